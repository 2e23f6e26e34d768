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
import operator
import struct
import sys
from array import array
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import TypeVar

from sqlalchemy import ColumnElement, Connection, TextClause, bindparam, func, inspect, select, text, update

from ..cluster import engine as ce
from ..cluster.dedupe import band_keys, from_bytes
from . import tables as T

IN_CHUNK = 500  # values per IN (...) list
TERMS_PER_QUERY = 200  # per-term selects in one UNION ALL (SQLite allows 500 by default)
HELD_MB = 120  # the memory `Aggregates` and `Vectors` may hold at their bounds (a test measures it)
_TERM_SEQ_STORY = operator.itemgetter(0, 2, 1)  # a `story_terms` row (term, story_id, seq): term, seq, story


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
            for b in _band_keys(p):
                bands[(b, int(p.id))] = None
    posted = sorted(terms.items())
    _post(conn, posted)
    _insert_bands(conn, sorted(bands))
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
        # every term `story_terms` holds, once `know` has read them (then kept in step by `post`): a
        # term outside it has an empty posting, held without asking the database (most of the terms
        # an ingest has not read yet are new: at 10,000 articles stored, 158 of 193 per ingest of 100)
        self.vocabulary: set[str] | None = None

    def clear(self, valid_for: int | None = None) -> None:
        self._drop()
        self.valid_for = valid_for
        self.vocabulary = None

    def know(self, conn: Connection) -> None:
        """Read every term `story_terms` holds (one scan of its index; the terms interned, shared with
        the vectors'): what a store does in a process that ingests more than once, or into an empty
        store, where the scan costs nothing."""
        rows = conn.execute(select(T.story_terms.c.term).distinct())
        self.vocabulary = {sys.intern(r[0]) for r in rows}

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
        a story posted again under a term takes the later seq), keeping each term's newest; and
        their terms to the `vocabulary`, if known."""
        if self.vocabulary is not None:
            self.vocabulary.update(t for (t, _), _ in entries)
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


K = TypeVar("K")
V = TypeVar("V")


def _used(held: dict[K, V], key: K) -> V | None:
    """`held[key]`, or None, made the most recently used of `held` (least recently used first): the `get`
    of `Aggregates`, `Vectors` and `Columns`."""
    got = held.pop(key, None)
    if got is not None:
        held[key] = got
    return got


class Aggregates:
    """Stories' kept aggregates as the database holds them (`stories.centroid` unpacked, `n`, `size`),
    kept in this process between ingests (story -> (total, n, size), least recently used first), so an
    ingest reads and unpacks only the stories it has not met yet: the stories an ingest meets are
    mostly those the ingests before met or wrote. `Store.add` holds the aggregates an ingest wrote once
    it commits (and drops those its refinement rewrote in SQL), and drops all of them when an ingest
    fails or another writer has ingested (as `Postings`), so it always holds what the database would
    return. A total held is never changed (`Clusterer.restore` shares it; a story copies it when
    an article joins), and neither is its length (`engine.norm`, kept beside it once known: computed
    again for every ingest that met the story, it was a tenth of the neighbourhood's CPU) nor its
    event terms (`engine.event_terms`, what `engine.event_pile` compares with the new articles')."""

    # centroid terms held at most (the least recently used stories dropped past it): at 500,000 (about
    # 25 MB) it was full by 13,000 articles stored, and past 20,000 each ingest of 100 read and unpacked
    # ~140 stories again (session 23); 1,000,000 is about 50 MB (`HELD_MB`)
    MAX_ENTRIES = 1_000_000

    def __init__(self) -> None:
        self.of: dict[int, tuple[dict[str, float], int, int]] = {}
        self.lengths: dict[int, float] = {}  # story -> `engine.norm` of its held total, once known
        self.events: dict[int, list[str]] = {}  # story -> `engine.event_terms` of its held total, once known
        self.entries = 0

    def clear(self) -> None:
        self.of.clear()
        self.lengths.clear()
        self.events.clear()
        self.entries = 0

    def get(self, story: int) -> tuple[dict[str, float], int, int] | None:
        return _used(self.of, story)

    def hold(
        self, story: int, total: dict[str, float], n: int, size: int, length: float | None = None
    ) -> None:
        """Keep a story's aggregate as the database holds it (`length`: `engine.norm(total)`, if known)."""
        self.drop([story])
        self.of[story] = (total, n, size)
        if length is not None:
            self.lengths[story] = length
        self.entries += len(total)
        while self.entries > self.MAX_ENTRIES:
            self.drop([next(iter(self.of))])

    def drop(self, stories: Iterable[int]) -> None:
        for story in stories:
            gone = self.of.pop(story, None)
            self.lengths.pop(story, None)
            self.events.pop(story, None)
            if gone is not None:
                self.entries -= len(gone[0])


class Vectors:
    """Stored articles' vectors (`articles.vec` parsed), kept in this process between ingests (article
    id -> vector, least recently used first), so refinement parses only the rows it has not met yet:
    the small stories it loads whole are mostly those the ingests just before wrote or loaded. An
    article's vector never changes once stored; `Store.add` holds the vectors of an ingest's movable
    articles once it commits, and drops all of them when an ingest fails (its article ids are used
    again) or another writer has ingested (as `Postings`)."""

    # vector terms held at most (about 12,000 articles; least recently used dropped): at 400,000 it was
    # full by 8,000 articles stored, and past 20,000 each ingest of 100 parsed ~150 stored vectors again
    # (session 23); 1,000,000 is about 60 MB (`HELD_MB`)
    MAX_ENTRIES = 1_000_000

    def __init__(self) -> None:
        self.of: dict[int, dict[str, float]] = {}
        self.entries = 0

    def clear(self) -> None:
        self.of.clear()
        self.entries = 0

    def get(self, article: int) -> dict[str, float] | None:
        return _used(self.of, article)

    def hold(self, vectors: dict[int, dict[str, float]]) -> None:
        for article, vec in vectors.items():
            gone = self.of.pop(article, None)
            self.entries += len(vec) - (len(gone) if gone is not None else 0)
            self.of[article] = vec
        while self.entries > self.MAX_ENTRIES:
            self.entries -= len(self.of.pop(next(iter(self.of))))


class Columns:
    """Stored articles' columns that never change once an article is stored and that refinement reads
    (`rule`, `duplicate_of`, `content_key`, `words`), kept in this process between ingests (article id
    -> those four, least recently used first), so refinement reads only the ids and stories of the
    articles of the stories it loads whole, and the other columns of those it has not met yet. (Their
    vector JSON lies past each row's raw and clean text: a select of the whole rows cost several times
    one of ids and stories, session 18.) `Store.add` holds what an ingest read or wrote once it commits,
    and drops all of it when an ingest fails (its article ids are used again) or another writer has
    ingested (as `Postings`)."""

    MAX_ENTRIES = 100_000  # articles held at most (about 250 bytes each; least recently used dropped)

    def __init__(self) -> None:
        self.of: dict[int, tuple[str, int | None, str, int]] = {}

    def clear(self) -> None:
        self.of.clear()

    def get(self, article: int) -> tuple[str, int | None, str, int] | None:
        return _used(self.of, article)

    def hold(self, columns: dict[int, tuple[str, int | None, str, int]]) -> None:
        for article, cols in columns.items():
            self.of.pop(article, None)
            self.of[article] = cols
        while len(self.of) > self.MAX_ENTRIES:
            del self.of[next(iter(self.of))]


def neighbourhood(
    conn: Connection,
    pieces: Sequence[ce.Piece],
    postings: Postings | None = None,
    aggregates: Aggregates | None = None,
    near: dict[str, list[int]] | None = None,
) -> ce.Clusterer:
    """A clusterer holding every stored story the new `pieces` can be compared with (by their query
    terms) or be a copy of (by their bands), each as its kept aggregate (`stories.centroid`, `n`,
    `size`: one row per story, never its articles), and the originals their bands meet; new stories
    get fresh ids. `postings`: the terms' postings held in this process, read from the database only
    for the terms it does not hold yet (and then held); `aggregates`: the same for stories' aggregates.
    `near`: filled with each piece's candidates (by id), what the clusterer's `candidates` gives before
    any article is added to it (the best of all the stories posted under its terms are all loaded)."""
    ab, a, s = T.article_bands.c, T.articles.c, T.stories.c
    held = postings.terms if postings is not None else {}
    terms = sorted({t for p in pieces for t in ce.query_terms(p)})
    # term -> its most recently posted stories, oldest first; the held ones copied before `hold` can drop them
    newest: dict[str, list[int]] = {t: list(held[t]) for t in terms if t in held}
    unread = [t for t in terms if t not in newest]
    known = postings.vocabulary if postings is not None else None
    if known is not None:  # a term no story is posted under: its posting is empty, not read
        empty: dict[str, dict[int, int]] = {t: {} for t in unread if t not in known}
        postings.hold(empty)  # type: ignore[union-attr]
        newest.update((t, []) for t in empty)
        unread = [t for t in unread if t in known]
    for k in range(0, len(unread), TERMS_PER_QUERY):
        chunk = unread[k : k + TERMS_PER_QUERY]
        params = {f"t{j}": t for j, t in enumerate(chunk)}
        rows = conn.execute(_postings_query(len(chunk)), params).all()
        read: dict[str, dict[int, int]] = {t: {} for t in chunk}
        for r in sorted(rows, key=_TERM_SEQ_STORY):
            read[r[0]][r[1]] = r[2]
        if postings is not None:
            postings.hold(read)
        newest.update((t, list(sq)) for t, sq in read.items())
    stories: set[int] = set()
    for p in pieces:  # each article's `CANDIDATES` best, ranked as `Clusterer.candidates` ranks them
        acc: dict[int, float] = {}
        for t, w in islice(p.vec.items(), ce.QUERY_TERMS):  # `query_terms` with their weights
            for sid in newest.get(t, ()):
                acc[sid] = acc.get(sid, 0.0) + w
        best = [x for x, _ in ce.top(acc, ce.CANDIDATES)]
        stories.update(best)
        if near is not None:
            near[p.id] = best
    bands = sorted(
        {b for p in pieces if p.sig is not None and p.words >= ce.THIN_WORDS for b in _band_keys(p)}
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
    kept = aggregates if aggregates is not None else Aggregates()
    found = {sid: got for sid in stories if (got := kept.get(sid)) is not None}
    for chunk in _chunks(sorted(stories.difference(found))):
        for r in conn.execute(select(s.id, s.centroid, s.n, s.size).where(s.id.in_(chunk))):
            found[r.id] = (unpack(r.centroid) if r.centroid else {}, r.n, r.size)
            if aggregates is not None:
                aggregates.hold(r.id, *found[r.id])
    lengths, events = kept.lengths, kept.events
    for sid in sorted(found):
        if sid in kept.of and sid not in events:
            events[sid] = ce.event_terms(found[sid][0])
        c.restore(sid, *found[sid], length=lengths.get(sid), events=events.get(sid))
        if sid in kept.of and sid not in lengths:
            lengths[sid] = c.stories[sid].norm
    c.restore_postings({t: newest[t] for t in terms})  # each ends with its most recently posted story
    for r in sorted(originals, key=lambda r: r.id):
        c.restore_original(str(r.id), from_bytes(r.sig), r.story_id)
    return c


def _band_keys(p: ce.Piece) -> Sequence[str]:
    """`dedupe.band_keys` of a piece's signature, or those its preparing made (`store.Ready.bands`)."""
    made = getattr(p, "bands", None)
    return made if made else band_keys(p.sig)


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


def clusters_in(conn: Connection) -> ColumnElement[int]:
    """The story an article clusters in, whose aggregate and index entries hold it: its `home` when it is
    shown in another story (`store.SHOWN`), else `story_id`; `story_id` alone in a store from before
    migration 10, which has no `home` column (every article is at home there)."""
    a = T.articles.c
    if "home" in {c["name"] for c in inspect(conn).get_columns("articles")}:
        return func.coalesce(a.home, a.story_id)
    return a.story_id


def recount(conn: Connection, ids: Sequence[int]) -> None:
    """Rebuild stories' aggregates from the stored movable articles that cluster in them (`clusters_in`:
    an article shown away from its home counts at home, as ingest keeps it), absorbed in id order (for
    stores made before migration 4, and every migration that makes the vectors again)."""
    a = T.articles.c
    story = clusters_in(conn)
    states = {sid: ce.StoryState(sid) for sid in ids}
    for chunk in _chunks(sorted(ids)):
        q = select(story.label("story"), a.vec).where(story.in_(chunk), a.rule.in_(sorted(ce.MOVABLE)))
        for r in conn.execute(q.order_by(a.id)):
            states[r.story].absorb(dict(json.loads(r.vec)))
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


def interned(vec: dict[str, float]) -> dict[str, float]:
    """The same vector (terms and weights in the same order) with its terms interned (`sys.intern`): the
    vectors an ingest reads from several places (a worker's pickle, a stored row, a story's packed
    aggregate) then share one string object per term, and a dict lookup of a term finds its key by
    identity instead of comparing characters (a cosine's key lookups about 1.4x faster). On CPython 3.12
    before the gh-113993 fix interned strings are never freed, so a long-running `watch`/`serve` keeps
    every term it ever interned (here and in `unpack`): bounded by the distinct terms seen (the
    vocabulary), which grows far slower than the articles and holds no article text."""
    return dict(zip(map(sys.intern, vec), vec.values(), strict=True))


def unpack(data: bytes) -> dict[str, float]:
    """The vector `pack` wrote."""
    (n,) = struct.unpack_from("<I", data)
    weights = array("d", data[4 : 4 + 8 * n])
    if sys.byteorder == "big":
        weights.byteswap()
    terms = map(sys.intern, data[4 + 8 * n :].decode().split("\x00"))  # shared with the articles' terms
    return dict(zip(terms, weights, strict=True)) if n else {}


def _post(conn: Connection, entries: list[tuple[tuple[str, int], int]]) -> None:
    """Insert the (term, story) entries with their seq; one already there takes the later seq."""
    executemany(
        conn,
        "INSERT INTO story_terms (term, story_id, seq) VALUES (?, ?, ?) ON CONFLICT (term, story_id) "
        "DO UPDATE SET seq = excluded.seq WHERE story_terms.seq < excluded.seq",
        [(t, s, n) for (t, s), n in entries],
    )


def _insert_bands(conn: Connection, pairs: list[tuple[str, int]]) -> None:
    """Insert the (band, article) pairs `article_bands` does not hold yet (`ON CONFLICT DO NOTHING`)."""
    executemany(
        conn, "INSERT INTO article_bands (band, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING", pairs
    )


def executemany(conn: Connection, sql: str, rows: list[tuple]) -> None:
    """One statement (SQL that SQLite and PostgreSQL both run, `?` for each value) over many rows, in
    chunks, straight through the driver: SQLAlchemy's handling of each row's parameters cost more
    CPU than the database's inserts."""
    if conn.dialect.paramstyle in ("format", "pyformat"):  # psycopg
        sql = sql.replace("?", "%s")
    for chunk in _chunks(rows):
        conn.exec_driver_sql(sql, chunk)


def _chunks(values: list) -> Iterable[list]:
    for k in range(0, len(values), IN_CHUNK):
        yield values[k : k + IN_CHUNK]
