"""Dispatch: turn command-line inputs into raw documents."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError
from .base import RawDoc

MULTINEWS_SEP = "|||||"


def load_texts(texts: Sequence[str], source: str = "<text>") -> list[RawDoc]:
    """Documents given as strings (Python API, web app)."""
    return [RawDoc(id=str(i + 1), source=f"{source}#{i + 1}", raw=t) for i, t in enumerate(texts)]


def load(inputs: Sequence[str]) -> list[RawDoc]:
    """Read every input path into raw documents."""
    docs: list[RawDoc] = []
    for inp in inputs:
        p = Path(inp)
        if not p.exists():
            raise InputError("no such file or directory", inp)
        raw = p.read_text(encoding="utf-8", errors="replace")
        if MULTINEWS_SEP in raw:
            parts = [x.replace("NEWLINE_CHAR", "\n").strip() for x in raw.split(MULTINEWS_SEP)]
            docs.extend(
                RawDoc(id=f"{p.stem}-{i + 1}", source=f"{inp}#{i + 1}", raw=t)
                for i, t in enumerate(parts)
                if t
            )
        else:
            docs.append(RawDoc(id=p.stem, source=inp, raw=raw))
    return docs
