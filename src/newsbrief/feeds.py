"""RSS and Atom feeds (files) as articles, through `feedparser`.

Each entry becomes one article: its full content when the feed carries it, else its summary, read as
HTML (trafilatura) and cleaned like any page; its link is the article's URL (so the store dedupes a
re-read feed by URL), its title, date and the feed's title as outlet come along. An entry with no text
is kept as an article with none (a story of its own, marked chrome), so every entry is accounted for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import InputError
from .model import RawDoc


def read_feed(source: str, cache_dir: str | Path | None = None) -> list[RawDoc]:
    """The entries of a feed file (`cache_dir` is for feeds given by URL, not read here yet)."""
    import feedparser

    from .ingest.load import read_bytes

    data = read_bytes(Path(source), source)
    parsed = feedparser.parse(data)
    entries = [e for e in parsed.entries if any(e.get(k) for k in ("link", "title", "summary", "content"))]
    if parsed.get("bozo") and not entries:
        raise InputError(f"not a readable RSS or Atom feed ({parsed.get('bozo_exception')})", source)
    if not entries:
        raise InputError("the feed has no entries", source)
    outlet = _text(parsed.feed.get("title"))
    return [_entry(e, k, source, outlet) for k, e in enumerate(entries, 1)]


def _entry(e: Any, k: int, source: str, outlet: str | None) -> RawDoc:
    from .ingest.html import read_html

    link = _text(e.get("link"))
    aid = _text(e.get("id")) or link or f"{Path(source).stem}-{k}"
    where = link or f"{source}#{k}"
    body = ""
    if e.get("content"):
        body = e["content"][0].get("value") or ""
    body = body or e.get("summary") or ""
    title = _text(e.get("title"))
    date = _text(e.get("published") or e.get("updated"))
    try:
        doc = read_html(body, where, aid, url=link) if body.strip() else None
    except InputError:
        doc = None
    raw = doc.raw if doc is not None else ""
    return RawDoc(id=aid, source=where, raw=raw, title=title, date=date, outlet=outlet, kind="html")


def _text(v: Any) -> str | None:
    return v.strip() or None if isinstance(v, str) else None
