"""The store's clustering index: which stories a term points at, which articles share an LSH band.

An ingest never loads every stored vector: `neighbourhood` looks the new articles' heaviest terms up
in `story_terms` (the `engine.MAX_POSTINGS` newest stories per term, as the in-memory index keeps),
ranks each article's candidate stories as `Clusterer.candidates` does and keeps its `CANDIDATES` best,
adds the stories of the articles sharing a MinHash band (`article_bands`) with it, and rebuilds a
`Clusterer` from the articles of those stories alone. Assigning the new articles against it gives what
the whole store would: a stored story outside an article's best candidates is never compared with it
(a story a new article joins is loaded already, so its growth within the ingest is seen in both).
`add` records the entries of articles as they are indexed (and of articles refinement moved), in the
same transaction as the articles themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, func, select

from ..cluster import engine as ce
from ..cluster.dedupe import band_keys, from_bytes
from . import tables as T

IN_CHUNK = 500  # values per IN (...) list


def add(conn: Connection, entries: Iterable[tuple[ce.Piece, int]]) -> None:
    """Index articles (piece, story): the story under each of the article's index terms, and the
    article under each of its LSH bands when it can be an original of copies (as `Clusterer._index`)."""
    terms: dict[tuple[str, int], None] = {}
    bands: dict[tuple[str, int], None] = {}
    for p, story in entries:
        for t in ce.index_terms(p):
            terms[(t, story)] = None
        if p.sig is not None and p.words >= ce.THIN_WORDS:
            for b in band_keys(p.sig):
                bands[(b, int(p.id))] = None
    _insert_new(conn, T.story_terms, "term", "story_id", sorted(terms))
    _insert_new(conn, T.article_bands, "band", "article_id", sorted(bands))


def neighbourhood(conn: Connection, pieces: Sequence[ce.Piece]) -> ce.Clusterer:
    """A clusterer holding every stored story the new `pieces` can be compared with (by their query
    terms) or be a copy of (by their bands), with all their articles; new stories get fresh ids."""
    st, ab, a = T.story_terms.c, T.article_bands.c, T.articles.c
    postings: dict[str, list[int]] = {}
    terms = sorted({t for p in pieces for t in ce.query_terms(p)})
    for chunk in _chunks(terms):
        for r in conn.execute(select(st.term, st.story_id).where(st.term.in_(chunk))):
            postings.setdefault(r.term, []).append(r.story_id)
    newest = {t: sorted(ids)[-ce.MAX_POSTINGS :] for t, ids in postings.items()}  # as in memory
    stories: set[int] = set()
    for p in pieces:  # each article's `CANDIDATES` best, ranked as `Clusterer.candidates` ranks them
        acc: dict[int, float] = {}
        for t in ce.query_terms(p):
            for s in newest.get(t, ()):
                acc[s] = acc.get(s, 0.0) + p.vec[t]
        stories.update(s for s, _ in sorted(acc.items(), key=lambda sw: (-sw[1], sw[0]))[: ce.CANDIDATES])
    bands = sorted(
        {b for p in pieces if p.sig is not None and p.words >= ce.THIN_WORDS for b in band_keys(p.sig)}
    )
    originals: set[int] = set()
    for chunk in _chunks(bands):
        originals.update(r[0] for r in conn.execute(select(ab.article_id).where(ab.band.in_(chunk))))
    for chunk in _chunks(sorted(originals)):
        stories.update(r[0] for r in conn.execute(select(a.story_id).where(a.id.in_(chunk))))
    top = conn.execute(select(func.max(T.stories.c.id))).scalar() or 0
    c = ce.Clusterer(next_id=top + 1)
    rows = []
    cols = (a.id, a.story_id, a.rule, a.vec, a.sig, a.content_key, a.words)
    for chunk in _chunks(sorted(stories)):
        rows.extend(conn.execute(select(*cols).where(a.story_id.in_(chunk))))
    for r in sorted(rows, key=lambda r: r.id):
        movable = r.rule in ce.MOVABLE
        vec = dict(json.loads(r.vec)) if movable else {}
        sig = from_bytes(r.sig) if movable and r.sig is not None else None
        c.restore(ce.Piece(str(r.id), r.content_key, r.words, vec, sig), r.story_id, r.rule)
    return c


def _insert_new(conn: Connection, table, first: str, second: str, pairs: list[tuple]) -> None:
    """Insert the pairs the table does not hold yet (it has them as its primary key)."""
    cols = table.c
    for chunk in _chunks(pairs):
        xs, ys = sorted({x for x, _ in chunk}), sorted({y for _, y in chunk})
        q = select(cols[first], cols[second]).where(cols[first].in_(xs), cols[second].in_(ys))
        have = {(r[0], r[1]) for r in conn.execute(q)}
        fresh = [{first: x, second: y} for x, y in chunk if (x, y) not in have]
        if fresh:
            conn.execute(table.insert(), fresh)


def _chunks(values: list) -> Iterable[list]:
    for k in range(0, len(values), IN_CHUNK):
        yield values[k : k + IN_CHUNK]
