"""Stories for eval and batch: one record per story (documents + optional reference summaries).

`iter_stories(path)` yields `StoryRecord` for good rows and `StoryError` for bad ones, so a caller
can count and report bad rows and go on. Readers form a small registry keyed by format name.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError


@dataclass(frozen=True)
class StoryRecord:
    id: str
    documents: tuple[str, ...]
    references: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoryError:
    id: str
    reason: str
    line: int | None = None


StoryItem = StoryRecord | StoryError
Reader = Callable[[Path], Iterator[StoryItem]]


def content_id(documents: tuple[str, ...]) -> str:
    """A stable id for a story that has none: a hash of its documents."""
    h = hashlib.sha256()
    for d in documents:
        h.update(d.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return "story-" + h.hexdigest()[:16]


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def read_jsonl(path: Path) -> Iterator[StoryItem]:
    """The `../shared/data` form: `{"id", "documents": [str], "summaries": [str], ...}` per line."""
    with _open_text(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                yield StoryError(f"line-{n}", f"broken JSON on line {n}: {e.msg}", n)
                continue
            yield _record(row, n)


def _record(row: Any, n: int) -> StoryItem:
    if not isinstance(row, dict):
        return StoryError(f"line-{n}", f"line {n} is not a JSON object", n)
    docs = row.get("documents")
    sid = str(row.get("id")) if row.get("id") is not None else None
    if not isinstance(docs, list) or not docs:
        return StoryError(sid or f"line-{n}", "no documents", n)
    if not all(isinstance(d, str) for d in docs):
        return StoryError(sid or f"line-{n}", "a document is not a string", n)
    refs = row.get("summaries") or []
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        return StoryError(sid or f"line-{n}", "summaries is not a list of strings", n)
    documents = tuple(docs)
    meta = {k: v for k, v in row.items() if k not in ("id", "documents", "summaries")}
    return StoryRecord(sid or content_id(documents), documents, tuple(refs), meta)


READERS: dict[str, Reader] = {"jsonl": read_jsonl}


def detect_format(path: Path) -> str:
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".json", ".ndjson")):
        return "jsonl"
    raise InputError("cannot tell the story format (expected .jsonl or .jsonl.gz)", str(path))


def iter_stories(path: str | Path, fmt: str | None = None) -> Iterator[StoryItem]:
    """Every story of a stories file (or folder), good ones and bad ones, in order."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or directory", str(p))
    fmt = fmt or detect_format(p)
    if fmt not in READERS:
        raise InputError(f"unknown story format {fmt!r}; known: {', '.join(READERS)}", str(p))
    return READERS[fmt](p)
