"""What each polled feed last answered (ETag, Last-Modified), kept for conditional GET (`feeds` table).

Small data-access functions over a `Store`; `watch` saves a feed's state only after the articles of
that poll are committed, so a crash in between means the feed is read in full again (and its stored
articles skipped), never that articles are lost behind a 304.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, update

from ..model import displayable
from . import tables as T
from .store import IN_CHUNK, now
from .writer import one_writer


def feed_states(store: Any, urls: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    """url -> (etag, last_modified) for the feeds the store has polled before."""
    f = T.feeds.c
    named = {displayable(u): u for u in urls}  # the stored name -> the name given
    want = sorted(named)
    out: dict[str, tuple[str | None, str | None]] = {}
    with store.engine.connect() as conn:
        for k in range(0, len(want), IN_CHUNK):
            q = select(f.url, f.etag, f.last_modified).where(f.url.in_(want[k : k + IN_CHUNK]))
            out.update((named[r.url], (r.etag, r.last_modified)) for r in conn.execute(q))
    return out


def save_feed_state(store: Any, url: str, etag: str | None, last_modified: str | None, changed: bool) -> None:
    """Record a poll's answer: new validators after a 200 (`changed`), the poll time after a 304."""
    f = T.feeds.c
    stamp = now()
    url = displayable(url)  # a feed file's name may hold a byte that is no UTF-8, which no database takes
    with store.engine.begin() as conn:
        one_writer(conn)  # two watchers of one feed: one row for it
        have = conn.execute(select(f.id).where(f.url == url)).first()
        values: dict[str, Any] = {"polled_at": stamp}
        if changed:
            values.update(etag=etag, last_modified=last_modified, changed_at=stamp)
        if have is None:
            conn.execute(T.feeds.insert().values(**{"url": url, "changed_at": stamp, **values}))
        else:
            conn.execute(update(T.feeds).where(f.id == have.id).values(**values))


def stored_urls(store: Any, urls: Iterable[str]) -> set[str]:
    """The URLs among `urls` that stored articles have."""
    a = T.articles.c
    want = sorted(set(urls))
    found: set[str] = set()
    with store.engine.connect() as conn:
        for k in range(0, len(want), IN_CHUNK):
            found.update(r[0] for r in conn.execute(select(a.url).where(a.url.in_(want[k : k + IN_CHUNK]))))
    return found
