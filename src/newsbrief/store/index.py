"""The store's clustering index: which stories a term points at, which articles share an LSH band.

An ingest never loads every stored vector: `neighbourhood` looks the new articles' heaviest terms up in
`story_terms` (the `engine.MAX_POSTINGS` most recently posted stories per term, ranked by
`story_terms.seq` in the database, as the in-memory index keeps them), ranks each article's candidate
stories as `Clusterer.candidates` does and keeps its `CANDIDATES` best, adds the stories of the
articles sharing a MinHash band (`article_bands`) with it, and rebuilds a `Clusterer` from those
stories' kept aggregates (`stories.centroid`, `n`: `save` writes them as articles join, `recount`
rebuilds them from the articles in migration 4) and those originals alone. Assigning the new articles
against it gives what the whole store would: a stored story outside an article's best candidates is
never compared with it (a story a new article joins is loaded already, so its growth within the ingest
is seen in both). `add` records the entries of articles as they are indexed (and of articles
refinement moved), in the same transaction as the articles themselves."""

from __future__ import annotations

import functools
import json
import struct
import sys
from array import array
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, TextClause, bindparam, func, select, text, update

from ..cluster import engine as ce
from ..cluster.dedupe import band_keys, from_bytes
from . import tables as T

IN_CHUNK = 500  # values per IN (...) list
TERMS_PER_QUERY = 200  # per-term selects in one UNION ALL (SQLite allows 500 by default)


def add(conn: Connection, entries: Iterable[tuple[ce.Piece, int, int]]) -> list[tuple[tuple[str, int], int]]:
    """Index articles (piece, story, seq): the story under each of the article's index terms, posted
    at `seq` (increasing in the order articles are indexed; a story posted again under a term keeps
    the later seq), and the article under each of its LSH bands when it can be an original of copies
    (as `Clusterer._index`). Returns the ((term, story), seq) entries posted (for `Postings.post`)."""
    terms: dict[tuple[str, int], int] = {}
    bands: dict[tuple[str, int], None] = {}
    for p, story, seq in entries:
        for t in ce.index_terms(p):
            terms[(t, story)] = max(seq, terms.get((t, story), seq))
        if p.sig is not None and p.words >= ce.THIN_WORDS:
            for b in band_keys(p.sig):
                bands[(b, int(p.id))] = None
    posted = sorted(terms.items())
    _post(conn, posted)
    _insert_new(conn, T.article_bands, "band", "article_id", sorted(bands))
    return posted


class Postings:
    """The index terms' most recently posted stories, kept in this process between ingests (an
    in-process copy of what `neighbourhood` reads from `story_terms`, the terms it has read so far):
    term -> {story: seq}, least recently posted first, at most `MAX_POSTINGS`. `Store.add` posts an
    ingest's entries into it after the ingest commits, and drops it when an ingest fails or another
    writer has added an ingest since (`valid_for`: the last ingest this copy has seen), so it always
    holds what the database would return."""

    MAX_ENTRIES = 1_000_000  # terms + their (story, seq) entries held at most (about 100 bytes each)

    def __init__(self) -> None:
        self.terms: dict[str, dict[int, int]] = {}
        self.entries = 0  # the terms held and their stories, counted one each
        self.valid_for: int | None = None

    def clear(self, valid_for: int | None = None) -> None:
        self._drop()
        self.valid_for = valid_for

    def _drop(self) -> None:
        self.terms.clear()
        self.entries = 0

    def hold(self, read: dict[str, dict[int, int]]) -> None:
        """Keep terms' postings as read from the database (all of them dropped past `MAX_ENTRIES`)."""
        for t in read.keys() & self.terms.keys():
            self.entries -= 1 + len(self.terms[t])
        more = sum(1 + len(sq) for sq in read.values())
        if self.entries + more > self.MAX_ENTRIES:
            self._drop()
        self.terms.update(read)
        self.entries += more

    def post(self, entries: Iterable[tuple[tuple[str, int], int]]) -> None:
        """Apply posted ((term, story), seq) entries to the terms held (as the database applies them:
        a story posted again under a term takes the later seq), keeping each term's newest."""
        for (t, story), seq in sorted(entries, key=lambda e: (e[1], e[0][1])):  # oldest first
            held = self.terms.get(t)
            if held is None or held.get(story, -1) >= seq:
                continue
            self.entries -= held.pop(story, None) is not None
            last = next(reversed(held.items()), None)
            held[story] = seq
            self.entries += 1
            if last is not None and (last[1], last[0]) > (seq, story):  # out of order: rank again
                self.terms[t] = held = dict(sorted(held.items(), key=lambda sq: (sq[1], sq[0])))
            while len(held) > ce.MAX_POSTINGS:
                del held[next(iter(held))]
                self.entries -= 1
        if self.entries > self.MAX_ENTRIES:  # the held terms' postings grew past the bound
            self._drop()


def neighbourhood(
    conn: Connection, pieces: Sequence[ce.Piece], postings: Postings | None = None
) -> ce.Clusterer:
    """A clusterer holding every stored story the new `pieces` can be compared with (by their query
    terms) or be a copy of (by their bands), each as its kept aggregate (`stories.centroid`, `n`,
    `size`: one row per story, never its articles), and the originals their bands meet; new stories
    get fresh ids. `postings`: the terms' postings held in this process, read from the database only
    for the terms it does not hold yet (and then held)."""
    ab, a, s = T.article_bands.c, T.articles.c, T.stories.c
    held = postings.terms if postings is not None else {}
    terms = sorted({t for p in pieces for t in ce.query_terms(p)})
    # term -> its most recently posted stories, oldest first; the held ones copied before `hold` can drop them
    newest: dict[str, list[int]] = {t: list(held[t]) for t in terms if t in held}
    unread = [t for t in terms if t not in newest]
    for k in range(0, len(unread), TERMS_PER_QUERY):
        chunk = unread[k : k + TERMS_PER_QUERY]
        params = {f"t{j}": t for j, t in enumerate(chunk)}
        rows = conn.execute(_postings_query(len(chunk)), params).all()
        read: dict[str, dict[int, int]] = {t: {} for t in chunk}
        for r in sorted(rows, key=lambda r: (r[0], r[2], r[1])):
            read[r[0]][r[1]] = r[2]
        if postings is not None:
            postings.hold(read)
        newest.update((t, list(sq)) for t, sq in read.items())
    stories: set[int] = set()
    for p in pieces:  # each article's `CANDIDATES` best, ranked as `Clusterer.candidates` ranks them
        acc: dict[int, float] = {}
        for t in ce.query_terms(p):
            for sid in newest.get(t, ()):
                acc[sid] = acc.get(sid, 0.0) + p.vec[t]
        stories.update(x for x, _ in ce.ranked(acc)[: ce.CANDIDATES])
    bands = sorted(
        {b for p in pieces if p.sig is not None and p.words >= ce.THIN_WORDS for b in band_keys(p.sig)}
    )
    found: set[int] = set()
    for chunk in _chunks(bands):
        found.update(r[0] for r in conn.execute(select(ab.article_id).where(ab.band.in_(chunk))))
    originals = []
    for chunk in _chunks(sorted(found)):
        originals.extend(conn.execute(select(a.id, a.story_id, a.sig).where(a.id.in_(chunk))))
    stories.update(r.story_id for r in originals)
    top = conn.execute(select(func.max(s.id))).scalar() or 0
    c = ce.Clusterer(next_id=top + 1)
    rows = []
    for chunk in _chunks(sorted(stories)):
        rows.extend(conn.execute(select(s.id, s.centroid, s.n, s.size).where(s.id.in_(chunk))))
    for r in sorted(rows, key=lambda r: r.id):
        total = unpack(r.centroid) if r.centroid else {}
        c.restore(r.id, total, r.n, r.size)
    for t in terms:  # each posting ends with its most recently posted story, as in memory
        c.restore_posting(t, [sid for sid in newest[t] if sid in c.stories])
    for r in sorted(originals, key=lambda r: r.id):
        c.restore_original(str(r.id), from_bytes(r.sig), r.story_id)
    return c


def _postings_query(n: int) -> TextClause:
    """The most recently posted `MAX_POSTINGS` stories of each of `n` terms (bound as `t0`...): one
    `LIMIT` per term, so the database reads at most that many index entries of a term however long its
    posting grows (a window function ranks every row of the term first)."""
    return _postings_sql(n, ce.MAX_POSTINGS)


@functools.lru_cache(maxsize=8)
def _postings_sql(n: int, limit: int) -> TextClause:
    """`_postings_query`, written once per (`n`, `limit`) as SQL that SQLite and PostgreSQL both run:
    building it as 200 SQLAlchemy subqueries cost more CPU per ingest than running it."""
    one = (
        "SELECT * FROM (SELECT term, story_id, seq FROM story_terms WHERE term = :t{j} "
        f"ORDER BY seq DESC, story_id DESC LIMIT {int(limit)}) AS p{{j}}"
    )
    return text(" UNION ALL ".join(one.format(j=j) for j in range(n)))


def save(conn: Connection, states: Iterable[ce.StoryState]) -> None:
    """Write stories' aggregates (centroid, n) as the clusterer holds them."""
    rows = [
        {"b_id": st.id, "b_centroid": _centroid(st), "b_n": st.n}
        for st in sorted(states, key=lambda st: st.id)
    ]
    if rows:
        s = T.stories.c
        q = update(T.stories).where(s.id == bindparam("b_id"))
        conn.execute(q.values(centroid=bindparam("b_centroid"), n=bindparam("b_n")), rows)


def recount(conn: Connection, ids: Sequence[int]) -> None:
    """Rebuild stories' aggregates from their stored movable articles, absorbed in id order (for
    stores made before migration 4)."""
    a = T.articles.c
    states = {sid: ce.StoryState(sid) for sid in ids}
    for chunk in _chunks(sorted(ids)):
        q = select(a.story_id, a.vec).where(a.story_id.in_(chunk), a.rule.in_(sorted(ce.MOVABLE)))
        for r in conn.execute(q.order_by(a.id)):
            states[r.story_id].absorb(dict(json.loads(r.vec)))
    save(conn, states.values())


def _centroid(st: ce.StoryState) -> bytes | None:
    return pack(st.total) if st.n else None


def pack(total: dict[str, float]) -> bytes:
    """A sparse vector as bytes, in its order: the count (uint32), the weights (float64, little
    endian), the terms joined by NUL. Loading it is a few C-level calls, several times faster than
    JSON, and a story's aggregate is loaded for every ingest that may meet the story."""
    weights = array("d", total.values())
    if sys.byteorder == "big":
        weights.byteswap()
    return struct.pack("<I", len(total)) + weights.tobytes() + "\x00".join(total).encode()


def unpack(data: bytes) -> dict[str, float]:
    """The vector `pack` wrote."""
    (n,) = struct.unpack_from("<I", data)
    weights = array("d", data[4 : 4 + 8 * n])
    if sys.byteorder == "big":
        weights.byteswap()
    return dict(zip(data[4 + 8 * n :].decode().split("\x00"), weights, strict=True)) if n else {}


def _post(conn: Connection, entries: list[tuple[tuple[str, int], int]]) -> None:
    """Insert the (term, story) entries with their seq; one already there takes the later seq."""
    insert = _insert_of(conn)
    q = insert(T.story_terms)
    q = q.on_conflict_do_update(
        index_elements=[T.story_terms.c.term, T.story_terms.c.story_id],
        set_={"seq": q.excluded.seq},
        where=T.story_terms.c.seq < q.excluded.seq,
    )
    for chunk in _chunks(entries):
        conn.execute(q, [{"term": t, "story_id": s, "seq": n} for (t, s), n in chunk])


def _insert_of(conn: Connection):
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def _insert_new(conn: Connection, table, first: str, second: str, pairs: list[tuple]) -> None:
    """Insert the pairs the table does not hold yet (it has them as its primary key): one statement
    per chunk that skips those it holds (`ON CONFLICT DO NOTHING`, in SQLite and PostgreSQL alike)."""
    q = _insert_of(conn)(table).on_conflict_do_nothing()
    for chunk in _chunks(pairs):
        conn.execute(q, [{first: x, second: y} for x, y in chunk])


def _chunks(values: list) -> Iterable[list]:
    for k in range(0, len(values), IN_CHUNK):
        yield values[k : k + IN_CHUNK]
