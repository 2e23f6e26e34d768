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


def load(inputs: Sequence[str], cache_dir: str | Path | None = None) -> list[RawDoc]:
    """Read every input path (or http(s) URL, fetched by `ingest.url`) into raw documents."""
    from .url import is_url

    urls = [i for i in inputs if is_url(i)]
    fetched = _fetch_urls(urls, cache_dir, others=len(urls) < len(inputs))
    docs: list[RawDoc] = []
    for inp in inputs:
        if is_url(inp):
            if inp in fetched:
                docs.append(fetched.pop(inp))
            continue
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


def _fetch_urls(urls: list[str], cache_dir: str | Path | None, others: bool) -> dict[str, RawDoc]:
    """The URLs that worked, by URL; failures are reported one line each (an error only if all fail)."""
    if not urls:
        return {}
    from .url import fetch_documents

    try:
        return {d.source: d for d in fetch_documents(urls, cache_dir=cache_dir)}
    except InputError:
        if others:
            return {}
        raise
