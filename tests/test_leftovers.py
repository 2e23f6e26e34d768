"""Hidden files a SIGKILL left beside an output (`-o`) or a new store under the short name were never
cleared (cli57): the next write into the folder clears them once stale, ours only (`leftovers`)."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsbrief import leftovers
from newsbrief.io import atomic_write
from newsbrief.store import Store

OLD = time.time() - 600  # older than `STALE_SECONDS`


def _make(folder: Path, names: dict[str, str], fresh: set[str]) -> None:
    for key, name in names.items():
        (folder / name).write_bytes(b"x")
        if key not in fresh:
            os.utime(folder / name, (OLD, OLD))


def test_a_write_clears_the_stale_hidden_files_of_its_folder(tmp_path: Path) -> None:
    names = {
        "stale": ".brief.md.0123abcd.newsbrief-tmp",
        "other_output": ".other.json.89abcdef.newsbrief-tmp",
        "short": ".newsbrief.0123abcd.newsbrief-tmp",
        "fresh": ".brief.md.11112222.newsbrief-tmp",
        "locked": ".brief.md.33334444.newsbrief-tmp",
        "users": ".brief.md.backup12.tmp",  # not our pattern: never touched
        "unlike": ".brief.md.0123abcd.newsbrief-tmp.bak",
    }
    _make(tmp_path, names, {"fresh"})
    with open(tmp_path / names["locked"], "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        atomic_write(tmp_path / "brief.md", "text\n")
    kept = {names[k] for k in ("fresh", "locked", "users", "unlike")}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept | {"brief.md"})


def test_an_output_name_near_the_longest_is_written(tmp_path: Path) -> None:
    """The hidden file of a name near the longest a file's may be takes the short name."""
    target = tmp_path / ("b" * 250 + ".md")
    atomic_write(target, "text\n")
    assert target.read_text() == "text\n" and sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_a_write_killed_leaves_a_file_the_next_write_clears(tmp_path: Path) -> None:
    """SIGKILL mid-write (between the hidden file and the rename) leaves it; once stale it goes."""
    code = (
        "import os, sys, time\n"
        "from newsbrief import io\n"
        "real = os.replace\n"
        "def hang(*a): print('in', flush=True); time.sleep(60)\n"
        "io.os.replace = hang\n"
        f"io.atomic_write({str(tmp_path / 'out.md')!r}, 'text')\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline() == b"in\n"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    (left,) = list(tmp_path.iterdir())
    assert leftovers.OURS.fullmatch(left.name)
    os.utime(left, (OLD, OLD))
    atomic_write(tmp_path / "out.md", "again\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_a_store_clears_the_short_named_hidden_files(tmp_path: Path) -> None:
    """A store whose name is near the longest makes `.newsbrief.XXXXXXXX.new`: a killed one was never
    cleared (only its own name's were, cli56)."""
    db = tmp_path / ("n" * 240 + ".db")
    names = {"short": ".newsbrief.0123abcd.new", "short_wal": ".newsbrief.0123abcd.new-wal"}
    _make(tmp_path, names, set())
    with Store(str(db)):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == [db.name]


def test_a_folder_of_many_writes_is_scanned_once(tmp_path: Path, monkeypatch) -> None:
    """Every write scanned its folder whole (`batch` into a folder of N briefs, the URL cache: N**2
    names read); a folder is scanned at most once each `STALE_SECONDS` (review57)."""
    scanned: list[str] = []
    scandir = os.scandir

    def counted(path):  # type: ignore[no-untyped-def]
        scanned.append(str(path))
        return scandir(path)

    monkeypatch.setattr(leftovers.os, "scandir", counted)
    for i in range(20):
        atomic_write(tmp_path / f"{i}.md", "text\n")
    assert scanned == [str(tmp_path)]
    assert len(list(tmp_path.iterdir())) == 20
