"""Where a batch's stories come from, read lazily and in order.

A source is a path — JSONL[.gz] in the `../shared/data` form (read by `ingest.stories.iter_stories`),
a folder of story folders, or a Multi-News `.src` file (one story per line, documents separated by
`|||||`) — or an iterable of `StoryRecord`s, `StoryError`s or dicts with `documents` (and maybe `id`).
Every item comes out as a `StoryRecord` or a `StoryError`, so bad rows are reported, never fatal.

The folder and `.src` readers are small and local: batch needs no reference summaries, so a `.src`
file needs no `.tgt` partner, and a story folder may hold documents under any file name.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterable, Iterator, Sized
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest.stories import StoryError, StoryItem, StoryRecord, content_id, iter_stories

MULTINEWS_SEP = "|||||"
_NEWLINE_TOKEN = re.compile(r"[ \t]*NEWLINE_CHAR[ \t]*")
_DIGITS = re.compile(r"(\d+)")

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
    if not p.exists():
        raise InputError("no such file or directory", str(p))
    if p.is_dir():
        return read_story_folders(p)
    if is_multinews_src(p):
        return _guarded(read_multinews_src(p), p)
    return _guarded(iter_stories(p, "jsonl"), p)


def _guarded(items: Iterator[StoryItem], p: Path) -> Iterator[StoryItem]:
    """A file that cannot be read on (a truncated gzip, a disk error) is one clear error, not a traceback;
    what was briefed before it stays written."""
    try:
        yield from items
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(f"cannot read further: {e}", str(p)) from None


def _open_binary(p: Path) -> io.BufferedIOBase:
    return gzip.open(p, "rb") if p.suffix == ".gz" else open(p, "rb")  # type: ignore[return-value]


def _natural(name: str) -> list[Any]:
    """Sort key putting doc2 before doc10."""
    return [int(x) if x.isdigit() else x for x in _DIGITS.split(name)]


def read_story_folders(root: Path) -> Iterator[StoryItem]:
    """One story per sub-folder (named by the folder); its files, in natural order, are the documents.

    If the folder holds `doc*.txt` files (the eval layout, with `ref*.txt` references beside them)
    only those are documents. A folder without sub-folders is itself one story.
    """
    folders = sorted(
        (d for d in root.iterdir() if d.is_dir() and not d.name.startswith(".")),
        key=lambda d: _natural(d.name),
    )
    for folder in folders or [root]:
        files = [f for f in folder.iterdir() if f.is_file() and not f.name.startswith(".")]
        docs = [f for f in files if f.name.startswith("doc") and f.suffix == ".txt"] or files
        docs.sort(key=lambda f: _natural(f.name))
        if not docs:
            yield StoryError(folder.name, f"no documents: {folder} has no files")
            continue
        try:
            texts = tuple(f.read_text(encoding="utf-8", errors="replace") for f in docs)
        except OSError as e:
            yield StoryError(folder.name, f"cannot read {folder}: {e.strerror or e}")
            continue
        yield StoryRecord(folder.name, texts, (), {"doc_ids": [f.name for f in docs]})


def decode_multinews(text: str) -> str:
    """Multi-News writes paragraph breaks as the token NEWLINE_CHAR; turn them back into line breaks."""
    return _NEWLINE_TOKEN.sub("\n", text).strip() if "NEWLINE_CHAR" in text else text.strip()


def read_multinews_src(p: Path) -> Iterator[StoryItem]:
    """A Multi-News `.src` file: line n is one story, its documents joined by `|||||`.
    The id is a hash of the documents (the file carries none)."""
    with io.TextIOWrapper(_open_binary(p), encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            docs = tuple(d for d in (decode_multinews(x) for x in line.split(MULTINEWS_SEP)) if d)
            if not docs:
                yield StoryError(f"line-{n}", f"no documents on line {n}", n)
                continue
            yield StoryRecord(content_id(docs), docs, (), {"line": n})


def _iter_objects(items: Iterable[Any]) -> Iterator[StoryItem]:
    for n, item in enumerate(items, 1):
        if isinstance(item, StoryRecord | StoryError):
            yield item
        elif isinstance(item, dict):
            yield from_dict(item, n)
        else:
            yield StoryError(f"item-{n}", f"item {n} is a {type(item).__name__}, not a story")


def from_dict(row: dict[str, Any], n: int) -> StoryItem:
    """A story from a dict `{"id"?, "documents": [str, ...]}` (the JSONL row form)."""
    sid = str(row["id"]) if row.get("id") is not None else None
    docs = row.get("documents")
    if not isinstance(docs, list | tuple) or not docs:
        return StoryError(sid or f"item-{n}", "no documents")
    if not all(isinstance(d, str) for d in docs):
        return StoryError(sid or f"item-{n}", "a document is not a string")
    documents = tuple(docs)
    meta = {k: v for k, v in row.items() if k not in ("id", "documents")}
    return StoryRecord(sid or content_id(documents), documents, (), meta)
