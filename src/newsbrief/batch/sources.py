"""Where a batch's stories come from, read lazily and in order.

A source is a path — JSONL[.gz] in the `../shared/data` form (read by `ingest.stories.iter_stories`),
a folder of story folders, or a Multi-News `.src` file (one story per line, documents separated by
`|||||`) — or an iterable of `StoryRecord`s, `StoryError`s or dicts with `documents` (and maybe `id`).
Every item comes out as a `StoryRecord` or a `StoryError`, so bad rows are reported, never fatal.

The readers are those of `ingest.stories` (shared with `eval`): a `.src` file needs no `.tgt` partner
and a story folder may hold documents under any file name.
"""

from __future__ import annotations

import gzip
import io
import itertools
import zlib
from collections.abc import Iterable, Iterator, Sized
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest.files import stat_input
from ..ingest.stories import StoryError, StoryItem, StoryRecord, iter_stories, record_from_row

Source = str | Path | Iterable[StoryRecord | StoryError | dict[str, Any]]


def iter_items(source: Source) -> Iterator[StoryItem]:
    """Every story of `source`, good or bad, in input order."""
    if isinstance(source, str | Path):
        return _iter_path(Path(source))
    if isinstance(source, dict | StoryRecord):
        raise TypeError("batch() takes many stories: wrap a single story in a list")
    return _iter_objects(source)


def count(source: Source) -> int | None:
    """How many stories `source` holds (cheap pre-pass for the progress bar), or None if unknown."""
    if isinstance(source, str | Path):
        p = Path(source)
        if p.is_dir():
            subdirs = sum(1 for d in p.iterdir() if d.is_dir() and not d.name.startswith("."))
            return subdirs or 1
        if p.is_file():
            try:
                with _open_binary(p) as f:
                    return sum(1 for line in f if line.strip())
            except (OSError, EOFError, zlib.error):  # the real read reports it, with what was done before
                return None
        return None
    return len(source) if isinstance(source, Sized) else None


def is_multinews_src(p: Path) -> bool:
    return p.name.lower().endswith((".src", ".src.gz", ".src.txt"))


def _iter_path(p: Path) -> Iterator[StoryItem]:
    stat_input(p, str(p))  # missing, a symlink loop, no permission: one line naming the path
    fmt = "multinews" if is_multinews_src(p) else "folder" if p.is_dir() else "jsonl"
    if fmt != "folder" and p.is_file():  # a FIFO or device is refused by the reader, never opened here
        _refuse_not_stories(p, fmt)
    return _at_least_one(_guarded(iter_stories(p, fmt), p), p)


NOT_STORIES = "not stories (JSONL, a Multi-News .src file or a folder)"


def _refuse_not_stories(p: Path, fmt: str) -> None:
    """A binary file (a NUL byte or many control bytes in its first 8 KB, unless every line of JSONL opens
    a JSON object: `_json_lines`), or a file read as JSONL
    none of whose first 8 KB's lines opens a JSON object (an article, an HTML page), is one error
    line before any output is touched, not one failed "story" per line of it."""
    from ..ingest.decode import sniff_binary

    try:
        with _open_binary(p) as f:
            head = f.read(8192)
    except (OSError, EOFError, zlib.error):
        return  # the real read reports it
    what = sniff_binary(head)
    if what is not None and not (fmt == "jsonl" and _json_lines(head)):
        raise InputError(f"{what}, {NOT_STORIES}", str(p))
    if fmt == "jsonl" and not _opens_an_object(head):
        raise InputError(f"no line of its first 8 KB is a JSON object: {NOT_STORIES}", str(p))


def _json_lines(head: bytes) -> bool:
    """Every whole non-blank line of `head` opens a JSON object: JSONL whose NUL or control bytes sit in
    some line, which the reader records as that line's broken story while the others go on (as `eval`
    does); a binary file's lines do not all open on "{"."""
    lines = [line for line in head.splitlines(keepends=True) if line.strip()]
    if lines and not lines[-1].endswith((b"\n", b"\r")):
        lines.pop()  # the 8 KB read may cut the last line
    return bool(lines) and all(line.lstrip().startswith(b"{") for line in lines)


def _opens_an_object(head: bytes) -> bool:
    """Some line of `head` starts a JSON object, or `head` is no UTF-8 text this test can read (blank,
    or UTF-16: the reader reports those)."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    if not head.strip() or b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return any(line.lstrip().startswith(b"{") for line in head.splitlines())


def _at_least_one(items: Iterator[StoryItem], p: Path) -> Iterator[StoryItem]:
    """An input with no story at all (an empty or blank file) is an error, not "0 done" and exit 0;
    the first item is read now, before the caller opens any output (`--restart` would remove it)."""
    first = next(items, None)
    if first is None:
        raise InputError("no stories in it (an empty file?)", str(p))
    return itertools.chain((first,), items)


def _guarded(items: Iterator[StoryItem], p: Path) -> Iterator[StoryItem]:
    """A file that cannot be read on (a truncated gzip, a disk error) is one clear error, not a traceback;
    what was briefed before it stays written."""
    try:
        yield from items
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(f"cannot read further: {e}", str(p)) from None


def _open_binary(p: Path) -> io.BufferedIOBase:
    return gzip.open(p, "rb") if p.suffix == ".gz" else open(p, "rb")  # type: ignore[return-value]


def _iter_objects(items: Iterable[Any]) -> Iterator[StoryItem]:
    for n, item in enumerate(items, 1):
        if isinstance(item, StoryRecord | StoryError):
            yield item
        elif isinstance(item, dict):
            yield record_from_row(item, n, "item")
        else:
            yield StoryError(f"item-{n}", f"item {n} is a {type(item).__name__}, not a story")
