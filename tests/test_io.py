"""atomic_write: the old file or the whole new one, never half; only regular files are replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from newsbrief.errors import OutputError
from newsbrief.io import atomic_write, refuse_an_input


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "brief.json"
    out.write_text("old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError, match=r"brief.json: cannot write it \(No space left on device\)"):
        atomic_write(out, "new")
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["brief.json"]


def test_a_new_file_gets_the_usual_mode_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    atomic_write(new, "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~mask
    old = tmp_path / "old.txt"
    old.write_text("x")
    old.chmod(0o640)
    atomic_write(old, b"y")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640 and old.read_bytes() == b"y"


def test_a_symlink_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "real").write_text("keep")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    with pytest.raises(OutputError, match="symbolic link"):
        atomic_write(tmp_path / "link", "new")
    assert (tmp_path / "link").is_symlink() and (tmp_path / "real").read_text() == "keep"


def test_dash_is_stdout(capsys) -> None:
    atomic_write("-", "to stdout\n")
    assert capsys.readouterr().out == "to stdout\n"


def test_an_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    """The same file by device and inode, whatever the name (a hard link, another spelling); anything
    else passes: a new file, another file, `-`, a URL, a folder, no output."""
    article = tmp_path / "a.txt"
    article.write_text("keep me\n")
    other = tmp_path / "b.txt"
    other.write_text("other\n")
    os.link(article, tmp_path / "hard.txt")
    (tmp_path / "folder").mkdir()  # a folder read: an output made in it is refused (the test below)
    inputs = ["https://example.org/a", "-", str(tmp_path / "folder"), str(article), None]
    for same in (article, tmp_path / "hard.txt", tmp_path / "." / "a.txt"):
        with pytest.raises(OutputError, match=r": is also an input"):
            refuse_an_input(same, inputs)
    for fine in (None, "-", tmp_path / "new.md", other):
        refuse_an_input(fine, inputs)
    refuse_an_input(tmp_path, inputs, folder_ok=True)  # `batch -o FOLDER`
    with pytest.raises(OutputError, match=r": is a folder; give a file name$"):  # cli43: said after the work
        refuse_an_input(tmp_path, inputs)
    assert article.read_text() == "keep me\n"


def test_the_null_device_takes_the_output_and_is_never_replaced() -> None:
    """`-o /dev/null` discards the output as scripts expect (session 43: it was refused as "a device");
    the device stays a character device, and no temporary file is made beside it."""
    before = set(os.listdir(os.path.dirname(os.devnull)))
    refuse_an_input(os.devnull, [])
    atomic_write(os.devnull, "discarded\n")
    assert stat.S_ISCHR(os.lstat(os.devnull).st_mode)
    assert set(os.listdir(os.path.dirname(os.devnull))) == before


def _unwritable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`folder` as a read-only one looks to `os.access` (root writes into a chmod 500 folder)."""
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p) != folder and real(p, mode, **kw))


@pytest.mark.parametrize("name", ["out.json", "new/sub/out.json"])
def test_an_output_folder_that_cannot_be_written_is_refused_at_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A read-only folder (or one without permission) was found only by the write, after the work;
    the folder, or the nearest parent that exists when it is to be made, is checked at the start."""
    _unwritable(tmp_path, monkeypatch)
    with pytest.raises(OutputError) as e:
        refuse_an_input(tmp_path / name, [])
    assert str(e.value) == f"{tmp_path / name}: cannot write here (Permission denied)"
    with pytest.raises(OutputError):
        refuse_an_input(tmp_path, [], folder_ok=True)  # `batch -o FOLDER` writes in the folder itself
    with pytest.raises(OutputError):
        refuse_an_input(tmp_path / "new", [], folder_ok=True)  # ... or makes a new one in its parent
    refuse_an_input(os.devnull, [])  # the null device is written as scripts expect


def test_eval_into_a_folder_that_cannot_be_written_scores_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`eval --per-story` into a read-only folder scored every story, then failed (cli44 sweep: 14.6 s
    against 2.1 s for 40 stories); now the one line comes before any story is read."""
    import json

    from newsbrief.cli import main
    from newsbrief.evaluation import run

    data = tmp_path / "s.jsonl"
    data.write_text(
        json.dumps({"id": "s1", "documents": ["The ferry runs."], "summaries": ["Ferry."]}) + "\n"
    )
    locked = tmp_path / "locked"
    locked.mkdir()
    _unwritable(locked, monkeypatch)
    monkeypatch.setattr(run, "evaluate", lambda *a, **k: pytest.fail("scored before the check"))
    assert main(["eval", str(data), "-m", "lead", "--per-story", str(locked / "p.jsonl")]) == 1
    assert capsys.readouterr().err == (
        f"newsbrief: error: {locked / 'p.jsonl'}: cannot write here (Permission denied)\n"
    )


def test_an_output_reached_through_a_missing_folder_and_dotdot_is_the_file_there(tmp_path: Path) -> None:
    """`-o new/../a.txt` (no folder `new`): the path could not be looked up, so the input `a.txt` was
    not seen and was replaced once `new` was made (cli47); a link reached so was replaced too."""
    article = tmp_path / "a.txt"
    article.write_text("keep me\n")
    (tmp_path / "link").symlink_to(article)
    with pytest.raises(OutputError, match=r"new/\.\./a\.txt: is also an input \(.*a\.txt\); not replaced$"):
        refuse_an_input(tmp_path / "new" / ".." / "a.txt", [str(article)])
    with pytest.raises(OutputError, match="symbolic link"):
        atomic_write(tmp_path / "new" / ".." / "link", "new")
    atomic_write(tmp_path / "new" / ".." / "b.txt", "written")
    assert (tmp_path / "b.txt").read_text() == "written" and article.read_text() == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "link"]


def test_an_output_made_in_an_input_folder_is_refused(tmp_path: Path) -> None:
    """`brief articles/ -o articles/brief.md` wrote the brief among the articles, and the next `brief
    articles/` read it as one of them (cli47). The folder is among the inputs (`load.files_read`); a
    hidden file (not read), a sub-folder (not read) and a file beside the folder pass."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("keep me\n")
    for made in (folder / "brief.md", folder / "x" / ".." / "brief.md"):
        with pytest.raises(OutputError, match=r": is in the input folder .*articles, whose files are read"):
            refuse_an_input(made, [str(folder)])
    for fine in (folder / ".brief.md", folder / "sub" / "brief.md", tmp_path / "brief.md"):
        refuse_an_input(fine, [str(folder)])
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]
