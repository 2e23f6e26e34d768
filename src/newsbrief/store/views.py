"""Reads for the web app's story pages and the ingest's report: small data-access functions over a `Store`.

The story list reads no article text (a store of 50,000 articles lists a page of stories without
loading them all, as `Store.stories()` would)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, case, func, select

from ..cluster import NO_NEWS
from . import tables as T


def recent_briefs(store: Any, story_id: int, n: int = 2) -> list[tuple[str, list[str], dict[str, Any]]]:
    """The story's last `n` briefs, newest first: (when, the article ids it read, the brief)."""
    b = T.briefs.c
    q = select(b.at, b.article_ids, b.brief).where(b.story_id == story_id).order_by(b.id.desc()).limit(n)
    with store.engine.connect() as conn:
        return [(r.at, json.loads(r.article_ids), json.loads(r.brief)) for r in conn.execute(q)]


def story_page_rows(
    store: Any, newest_first: bool, offset: int, limit: int
) -> tuple[int, list[tuple[int, str, str, int, int, list[tuple[str | None, str]]]]]:
    """One page of the story list without reading any article text: the number of stories, and for
    each story on the page (id, title, updated, articles that are neither copies nor `NO_NEWS`, copies,
    [(outlet, source)] of its articles in id order). Ordered as `Store.stories()` (biggest, then
    newest, then id), or newest first."""
    a, s = T.articles.c, T.stories.c
    distinct = func.sum(case((and_(a.duplicate_of.is_(None), a.rule.not_in(sorted(NO_NEWS))), 1), else_=0))
    copies = func.sum(case((a.duplicate_of.is_not(None), 1), else_=0))
    order = [distinct.desc(), s.updated_at.desc(), s.id]
    if newest_first:
        order = [s.updated_at.desc(), distinct.desc(), s.id]
    q = (
        select(s.id, s.title, s.updated_at, distinct.label("n"), copies.label("copies"))
        .join(T.articles, a.story_id == s.id)
        .where(s.size > 0)
        .group_by(s.id, s.title, s.updated_at)
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(T.stories).where(s.size > 0)).scalar() or 0
        head = list(conn.execute(q))
        sources: dict[int, list[tuple[str | None, str]]] = {r.id: [] for r in head}
        if head:
            aq = select(a.story_id, a.outlet, a.source).where(a.story_id.in_(list(sources))).order_by(a.id)
            for r in conn.execute(aq):
                sources[r.story_id].append((r.outlet, r.source))
    return total, [
        (r.id, r.title, r.updated_at, int(r.n or 0), int(r.copies or 0), sources[r.id]) for r in head
    ]


def last_story(store: Any) -> int:
    """The highest story id stored (0 if none): every story made later has a higher one."""
    with store.engine.connect() as conn:
        return conn.execute(select(func.max(T.stories.c.id))).scalar() or 0


def story_sizes(store: Any, ids: list[int]) -> dict[int, int]:
    """The stored size (articles) of each of `ids` that has a row."""
    s = T.stories.c
    out: dict[int, int] = {}
    with store.engine.connect() as conn:
        for k in range(0, len(ids), 500):
            q = select(s.id, s.size).where(s.id.in_(ids[k : k + 500]))
            out.update((int(r.id), int(r.size or 0)) for r in conn.execute(q))
    return out
