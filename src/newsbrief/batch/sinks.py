"""Batch outputs: a JSONL file of briefs, or a folder with one file per story; plus the errors file.

JSONL lines are appended whole and made durable with flush + fsync after each chunk, so a kill
leaves at most one partial last line; `recover` cuts it away on the next start. What a file already
holds is counted per story id, so a re-run skips exactly the stories already written (`Ledger`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError, OutputError, UsageError
from ..ingest.files import parse_json
from ..io import NOT_REPLACED

FOLDER_EXTENSIONS = {
    "json": ".json",
    "markdown": ".md",
    "md": ".md",
    "html": ".html",
    "terminal": ".txt",
    "text": ".txt",
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_DECODER = json.JSONDecoder()


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """A failing write (disk full, no permission) is a one-line error naming the output, in
    `atomic_write`'s words."""
    try:
        yield
    except OSError as e:
        raise OutputError(f"cannot write it ({e.strerror or e})", str(path)) from None


def errors_path(output: Path) -> Path:
    """`<output>.errors.jsonl`, beside the output (for a folder `briefs/`: `briefs.errors.jsonl`)."""
    return output.with_name(output.name + ".errors.jsonl")


def lock_path(output: Path) -> Path:
    """`<output>.lock`, beside the output (for a folder `briefs/`: `briefs.lock`)."""
    return output.with_name(output.name + ".lock")


@contextlib.contextmanager
def held(output: Path) -> Iterator[None]:
    """`output` for this run alone: `lock_path(output)` locked (`flock`) while inside, deleted after.
    Two batches writing one output at once (a resume started while a run goes on) both briefed every
    story not yet written, so each was written twice, and one's start cut the other's row in flight
    as torn; `--restart` deleted the file the other went on writing into (cli50). The lock goes with
    the process, so a killed run leaves no stale lock. A lock that cannot be made (a folder that
    cannot be written) is skipped: the writes say so."""
    path = lock_path(output)
    try:
        fd = _locked(path, output)
    except OSError:
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()  # still held: a run that opened it meanwhile finds it locked, or not its file
        os.close(fd)


LOCK_TRIES = 5  # opens of the lock file, each one a run ending at that moment may have unlinked


def _locked(path: Path, output: Path) -> int:
    """A descriptor of `path` open and `flock`ed (`OutputError` while another run holds it). Opened again
    when the file it locked is no longer the one at `path`: a run that ended between our open and our lock
    unlinked it, and a lock on an unlinked file keeps no later run out, so two would write `output` at
    once (review50)."""
    import fcntl

    for _ in range(LOCK_TRIES):
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO of that name was locked, then deleted (cli51)
            os.close(fd)
            raise OSError(f"{path} is no lock file")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OutputError(
                "another batch is writing it now; wait for it to end or give another output", str(output)
            ) from None
        if _same_file(fd, path):
            return fd
        os.close(fd)
    raise OutputError("other batches keep starting and ending on it; give another output", str(output))


def _same_file(fd: int, path: Path) -> bool:
    """The open file `fd` is still the one at `path`."""
    try:
        here = os.stat(path)
    except FileNotFoundError:
        return False
    there = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def safe_name(story_id: str) -> str:
    """A file name for a story id: unsafe characters become `_`; if anything changed, a short hash of
    the id is added so two ids never share a file."""
    name = _UNSAFE.sub("_", story_id).strip("._")[:100]
    if name == story_id:
        return name
    digest = hashlib.sha1(story_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{name or 'story'}-{digest}"


def recover(path: Path) -> int:
    """Cut a partial last line (no newline, or not valid JSON) left by a crash, and the blank lines
    and NUL bytes after the last complete row (a file of only those becomes empty: its blank lines
    were kept before the first row, one cut per run); bytes removed. A last line that is no torn row
    (it does not start with `{`) is not ours: an `InputError`, so `-o notes.txt` never truncates a
    file that holds something else."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    with open(path, "r+b") as f:
        keep = _complete_length(f, size)
        f.seek(keep)
        torn = f.read(64).lstrip(BLANK)
        if torn and not torn.startswith(b"{"):
            problem = "its last line is not a batch result; use --restart or another output"
            raise InputError(problem, str(path))
        if keep < size:
            f.truncate(keep)
            f.flush()
            os.fsync(f.fileno())
    return size - keep


BLANK = b"\x00 \t\r\n"  # what a crash or an editor leaves after the last row: no row of ours
_BLOCK = 1 << 16


def _complete_length(f: BinaryIO, size: int) -> int:
    """Length of the file up to and including its last complete, valid JSON line (and its "\n")."""
    end = _last_content(f, size)
    if end == 0:
        return 0
    start = _last_newline(f, end) + 1
    newline = _next_newline(f, end, size)
    if newline < 0:
        return start  # no newline after it: torn
    f.seek(start)
    try:
        parse_json(f.read(end - start))
    except ValueError:
        return start
    return newline + 1


def _last_content(f: BinaryIO, size: int) -> int:
    """Position just past the last byte that is not `BLANK`, or 0."""
    pos = size
    while pos > 0:
        start = max(0, pos - _BLOCK)
        f.seek(start)
        kept = len(f.read(pos - start).rstrip(BLANK))
        if kept:
            return start + kept
        pos = start
    return 0


def _next_newline(f: BinaryIO, at: int, size: int) -> int:
    """Position of the first b"\n" at or after `at`, or -1."""
    f.seek(at)
    while at < size:
        i = f.read(_BLOCK).find(b"\n")
        if i >= 0:
            return at + i
        at += _BLOCK
    return -1


def _last_newline(f: BinaryIO, before: int) -> int:
    """Position of the last b"\\n" strictly before `before`, or -1."""
    pos = before
    while pos > 0:
        start = max(0, pos - _BLOCK)
        f.seek(start)
        i = f.read(pos - start).rfind(b"\n")
        if i >= 0:
            return start + i
        pos = start
    return -1


def _line_id(line: str, path: Path, n: int) -> str:
    """The `id` of a JSON line, read from its start (`{"id":"..."`) without parsing the whole brief."""
    try:
        if line.startswith('{"id":'):
            value, _ = _DECODER.raw_decode(line, 6)
        else:
            value = parse_json(line)["id"]
        return str(value)
    except (ValueError, KeyError, TypeError, RecursionError):
        raise InputError(
            f"line {n} is not a batch result; use --restart or another output", str(path)
        ) from None


def read_ids(path: Path) -> tuple[Counter[str], dict[str, Any] | None]:
    """How often each id occurs in a JSONL file, and its first row (to check the options match)."""
    ids: Counter[str] = Counter()
    first = None
    if not path.exists():
        return ids, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            if first is None:
                with contextlib.suppress(ValueError):
                    first = parse_json(line)
            ids[_line_id(line, path, n)] += 1
    return ids, first


def _need_regular(path: Path) -> None:
    """Refuse an output that exists and is not a regular file (after links): reading a device such as
    /dev/zero or /dev/full for the ids already written never ends, a FIFO blocks, and `--restart`
    would unlink the device itself."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as e:  # a symbolic-link loop, a parent that is a file, ...
        raise OutputError(f"cannot write here ({e.strerror or type(e).__name__})", str(path)) from None
    if stat.S_ISREG(mode):
        return
    for is_kind, why in NOT_REPLACED:
        if is_kind(mode):
            raise OutputError(why, str(path))
    raise OutputError("is not a regular file; not replaced", str(path))


class AppendLog:
    """A JSONL file appended line by line and made durable (flush + fsync) at each `commit`."""

    def __init__(self, path: Path, restart: bool) -> None:
        _need_regular(path)
        self.path = path
        self.file: BinaryIO | None = None
        self.dirty = False
        if restart:
            path.unlink(missing_ok=True)
        else:
            recover(path)
        self.made = not path.exists()  # this run makes the file: a failure before any commit removes it
        self.durable = 0  # the file's length at the last commit: what a failed write is cut back to

    def append(self, line: str) -> None:
        with self._undone_on_failure():
            if self.file is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.file = open(self.path, "ab")  # noqa: SIM115 (kept open across commits; closed in close)
                self.durable = self.file.seek(0, os.SEEK_END)
            self.file.write(line.encode("utf-8") + b"\n")
        self.dirty = True

    def commit(self) -> None:
        if self.file is not None and self.dirty:
            with self._undone_on_failure():
                self.file.flush()
                os.fsync(self.file.fileno())
            self.durable = self.file.tell()
            self.dirty = False

    @contextlib.contextmanager
    def _undone_on_failure(self) -> Iterator[None]:
        """`_writing`, and the file cut back to its last commit: a full disk left a torn last row
        (a reader of the output met broken JSON until a re-run recovered it). A file this run made and
        never committed to is removed: a full disk left an empty output of no rows (cluster60)."""
        try:
            with _writing(self.path):
                yield
        except OutputError:
            if self.file is not None:
                with contextlib.suppress(OSError):
                    self.file.close()  # its buffer's rest is written or lost: cut off below either way
                self.file = None
                with contextlib.suppress(OSError):
                    if self.made and not self.durable:
                        self.path.unlink(missing_ok=True)
                    else:
                        os.truncate(self.path, self.durable)  # frees space: works on a full disk
            raise

    def close(self) -> None:
        self.commit()
        if self.file is not None:
            self.file.close()
            self.file = None


class JsonlSink:
    """Briefs as JSON lines, `{"id": ..., <brief --format json fields>}`, one per story."""

    kind = "jsonl"

    def __init__(self, path: Path, restart: bool) -> None:
        if path.is_dir():
            raise UsageError(
                f"{path} is a folder: give a file for JSONL output, or a --format for one file per story"
            )
        self.log = AppendLog(path, restart)
        self.done, self.first = read_ids(path)

    def count(self, story_id: str) -> int:
        return self.done[story_id]

    def write(self, story_id: str, payload: str) -> None:
        self.log.append(payload)

    def commit(self) -> None:
        self.log.commit()

    def close(self) -> None:
        self.log.close()


class FolderSink:
    """One file per story, `<folder>/<safe id>.<ext>`, each written atomically."""

    kind = "folder"

    def __init__(self, folder: Path, fmt: str, restart: bool) -> None:
        try:
            folder.stat()
        except FileNotFoundError:
            pass  # made at the first brief
        except OSError as e:  # a parent that is a file: the errors file beside it was named instead (cli52)
            raise OutputError(f"cannot write here ({e.strerror or type(e).__name__})", str(folder)) from None
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"{folder} is a file: give a folder for --format {fmt} (one file per story)")
        self.folder = folder
        self.ext = FOLDER_EXTENSIONS[fmt]
        self.restart = restart
        self.first = None

    def file_for(self, story_id: str) -> Path:
        return self.folder / (safe_name(story_id) + self.ext)

    def count(self, story_id: str) -> int:
        return 0 if self.restart else int(self.file_for(story_id).exists())

    def write(self, story_id: str, payload: str) -> None:
        from ..io import atomic_write

        with _writing(self.folder):
            atomic_write(self.file_for(story_id), payload)

    def commit(self) -> None:
        pass

    def close(self) -> None:
        pass


class ErrorLog:
    """`<output>.errors.jsonl`: one `{"id", "reason"}` line per failed story."""

    def __init__(self, path: Path, restart: bool) -> None:
        self.path = path
        self.log = AppendLog(path, restart)
        self.done: Counter[str] = Counter()
        if path.exists():
            with open(path, encoding="utf-8", errors="replace") as f:
                for n, line in enumerate(f, 1):
                    if line.strip():
                        self.done[_line_id(line, path, n)] += 1

    def write(self, story_id: str, reason: str) -> None:
        self.log.append(
            json.dumps({"id": story_id, "reason": reason}, ensure_ascii=False, separators=(",", ":"))
        )

    def commit(self) -> None:
        self.log.commit()

    def close(self) -> None:
        self.log.close()
