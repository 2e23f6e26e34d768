"""Versioned schema migrations: an ordered table of named steps, each applied once, in order.

`newsbrief_migrations` records the versions applied. Each step runs in its own transaction, so a
store is never left half-migrated. Add a step at the end; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from . import tables
from .writer import one_writer


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _create_v1(conn: Connection) -> None:
    for t in (tables.ingests, tables.stories, tables.articles, tables.briefs):
        t.create(conn, checkfirst=True)


def _create_v2(conn: Connection) -> None:
    tables.feeds.create(conn, checkfirst=True)


def _create_v3(conn: Connection) -> None:
    """The story term index and the articles' LSH bands, filled from the stored articles, so an ingest
    reads only the stories its articles can meet. (Edited once after it shipped, in session 5: only to
    pass `index.add` the seq its entries gained with migration 5, which then fills the column.)"""
    import json

    from ..cluster import engine as ce
    from ..cluster.dedupe import from_bytes
    from . import index

    tables.story_terms.create(conn, checkfirst=True)
    tables.article_bands.create(conn, checkfirst=True)
    a = tables.articles.c
    q = select(a.id, a.story_id, a.vec, a.sig, a.words).where(a.rule.in_(sorted(ce.MOVABLE))).order_by(a.id)
    entries = []
    for r in conn.execute(q):
        sig = from_bytes(r.sig) if r.sig is not None else None
        entries.append((ce.Piece(str(r.id), "", r.words, dict(json.loads(r.vec)), sig), r.story_id, r.id))
    index.add(conn, entries)


def _create_v4(conn: Connection) -> None:
    """Each story's clustering aggregate (`stories.centroid`, `stories.n`), filled from its stored
    articles in id order, so an ingest loads one row per candidate story instead of its articles."""
    from sqlalchemy import inspect, text

    from . import index

    have = {c["name"] for c in inspect(conn).get_columns("stories")}
    if "centroid" not in have:  # a store made before version 4 (a new one has the columns already)
        blob = "BYTEA" if conn.dialect.name == "postgresql" else "BLOB"
        conn.execute(text(f"ALTER TABLE stories ADD COLUMN centroid {blob}"))
    if "n" not in have:
        conn.execute(text("ALTER TABLE stories ADD COLUMN n INTEGER NOT NULL DEFAULT 0"))
    ids = [r[0] for r in conn.execute(select(tables.stories.c.id).order_by(tables.stories.c.id))]
    for k in range(0, len(ids), index.IN_CHUNK):
        index.recount(conn, ids[k : k + index.IN_CHUNK])


def _create_v5(conn: Connection) -> None:
    """`story_terms.seq` (when each story was last posted under each term) and its index, so an ingest
    reads per term only the `MAX_POSTINGS` most recently posted stories; filled from the stored
    articles (an entry's seq: the highest id of the story's articles with the term among their index
    terms; 0 for an entry no article of the story holds any more)."""
    import json

    from sqlalchemy import bindparam, inspect, text, update

    from ..cluster import engine as ce

    st = tables.story_terms.c
    if "seq" not in {c["name"] for c in inspect(conn).get_columns("story_terms")}:
        conn.execute(text("ALTER TABLE story_terms ADD COLUMN seq INTEGER NOT NULL DEFAULT 0"))
        a = tables.articles.c
        q = select(a.id, a.story_id, a.vec).where(a.rule.in_(sorted(ce.MOVABLE))).order_by(a.id)
        seq: dict[tuple[str, int], int] = {}
        for r in conn.execute(q):
            piece = ce.Piece(str(r.id), "", 0, dict(json.loads(r.vec)))
            for t in ce.index_terms(piece):
                seq[(t, r.story_id)] = r.id
        rows = [{"b_term": t, "b_story": s, "b_seq": n} for (t, s), n in sorted(seq.items())]
        if rows:
            q = update(tables.story_terms).where(
                st.term == bindparam("b_term"), st.story_id == bindparam("b_story")
            )
            conn.execute(q.values(seq=bindparam("b_seq")), rows)
    for ix in tables.story_terms.indexes:
        ix.create(conn, checkfirst=True)


def _create_v6(conn: Connection) -> None:
    """Every article's vector again from its stored title and text, then the term index (as migrations
    3 and 5 fill it) and each story's aggregate (as migration 4) from them: session 5 reads a possessive
    as its noun ("Britney's" is `britney`, was `britney'`) and rebuilt `cluster/data/df.tsv`, so vectors
    stored before would not share those terms with the articles ingested after. (Edited once after it
    shipped, in session 36: an article's entries go to the story it clusters in, `index.clusters_in`,
    its home when it is shown elsewhere; the same on every store it ran on, before `home` existed.)"""
    import json

    from sqlalchemy import bindparam, update

    from ..cluster import engine as ce
    from ..cluster.dedupe import from_bytes
    from ..cluster.vectors import vector
    from . import index

    a = tables.articles.c
    story = index.clusters_in(conn).label("story")
    q = select(a.id, story, a.rule, a.title, a.text, a.words, a.sig).where(a.words > 0).order_by(a.id)
    rows, entries = [], []
    for r in conn.execute(q):
        vec = vector(r.text, r.title)
        rows.append({"b_id": r.id, "b_vec": json.dumps(list(vec.items()))})
        if r.rule in ce.MOVABLE:
            sig = from_bytes(r.sig) if r.sig is not None else None
            entries.append((ce.Piece(str(r.id), "", r.words, vec, sig), r.story, r.id))
    if rows:
        conn.execute(
            update(tables.articles).where(a.id == bindparam("b_id")).values(vec=bindparam("b_vec")), rows
        )
    conn.execute(tables.story_terms.delete())
    index.add(conn, [(p, story, seq) for p, story, seq in entries if p.vec])
    ids = [r[0] for r in conn.execute(select(tables.stories.c.id).order_by(tables.stories.c.id))]
    for k in range(0, len(ids), index.IN_CHUNK):
        index.recount(conn, ids[k : k + index.IN_CHUNK])


def _create_v7(conn: Connection) -> None:
    """A thin article's content key again (`engine.article_key`: its source and clean text since
    session 8, was its clean text alone), so the same thin text from the same place is still found as
    stored, and the same from another place is another article (as a one-shot run takes it)."""
    from sqlalchemy import bindparam, update

    from ..cluster import engine as ce

    a = tables.articles.c
    q = select(a.id, a.source, a.raw, a.text).where(a.words > 0, a.words < ce.THIN_WORDS).order_by(a.id)
    rows = [{"b_id": r.id, "b_key": ce.article_key(r.text, r.source, r.raw)} for r in conn.execute(q)]
    if rows:
        conn.execute(
            update(tables.articles).where(a.id == bindparam("b_id")).values(content_key=bindparam("b_key")),
            rows,
        )


def _create_v8(conn: Connection) -> None:
    """Every article's vector again, then the index and aggregates from them (as migration 6): session 9
    reads a number with thousands separators as one term ("3,197" is `3197`, was `197`) and rebuilt
    `cluster/data/df.tsv`."""
    _create_v6(conn)


def _create_v9(conn: Connection) -> None:
    """Every article's vector again, then the index and aggregates from them (as migration 6): session 18
    drops character entity references ("&QL;", "&amp;") from the terms, so newswire markup no longer
    links articles of different stories."""
    _create_v6(conn)


def _create_v10(conn: Connection) -> None:
    """`articles.home` (and its index): a lone article shown in the story it would join keeps the story
    it clusters in there (session 25, `store.Store._shown`); every article stored before is where it
    clusters (None). An index on `articles.duplicate_of` too: a shown article's copies follow it."""
    from sqlalchemy import inspect, text

    if "home" not in {c["name"] for c in inspect(conn).get_columns("articles")}:
        conn.execute(text("ALTER TABLE articles ADD COLUMN home INTEGER"))
    for ix in sorted(tables.articles.indexes, key=lambda ix: str(ix.name)):
        if ix.name in ("ix_articles_home", "ix_articles_duplicate"):
            ix.create(conn, checkfirst=True)


def _create_v11(conn: Connection) -> None:
    """Each language's document frequencies (`languages.py`), counted from the stored articles that are
    not English (`vectors.language`; `articles.lang`), and those articles' vectors again, weighed by
    them (they were weighed by the English table), then the index and aggregates from the vectors (as
    migration 6 does; nothing to redo in a store of English articles alone)."""
    import json

    from sqlalchemy import bindparam, inspect, text, update

    from ..cluster import NO_NEWS
    from ..cluster.vectors import document_terms, language, term_counts, weigh
    from .languages import counted

    tables.language_docs.create(conn, checkfirst=True)
    tables.language_terms.create(conn, checkfirst=True)
    if "lang" not in {c["name"] for c in inspect(conn).get_columns("articles")}:
        conn.execute(text("ALTER TABLE articles ADD COLUMN lang VARCHAR(40)"))
    a = tables.articles.c
    q = select(a.id, a.title, a.text).where(a.words > 0, a.rule.not_in(sorted(NO_NEWS))).order_by(a.id)
    found: dict[str, list[tuple[int, dict[str, int], set[str]]]] = {}
    for r in conn.execute(q):
        if lang := language(r.text):
            found.setdefault(lang, []).append(
                (r.id, term_counts(r.text, r.title, True), document_terms(r.text, r.title))
            )
    rows = []
    for lang in sorted(found):
        idf = counted(conn, lang, [terms for _, _, terms in found[lang]])
        rows += [
            {"b_id": i, "b_vec": json.dumps(list(weigh(c, idf).items())), "b_lang": lang}
            for i, c, _ in found[lang]
        ]
    if rows:
        rows.sort(key=lambda r: r["b_id"])
        q = update(tables.articles).where(a.id == bindparam("b_id"))
        conn.execute(q.values(vec=bindparam("b_vec"), lang=bindparam("b_lang")), rows)
        _index_again(conn)


def _create_v12(conn: Connection) -> None:
    """Each language's document frequencies counted again, and the vectors of the articles that are
    not English weighed again by them, then the index and aggregates (migration 11 again, from empty
    counts): session 46 takes light affixes off Arabic, Hebrew and Hindi words (`cluster/affixes.py`:
    "الزلزال" and "والزلزال" are one term), so the counts and vectors stored before hold other terms
    than the articles ingested after. Nothing to redo in a store with no article in those scripts (its
    stored vectors stay as they were weighed)."""
    from ..cluster.affixes import RULES

    a = tables.articles.c
    scripts = sorted(r.name for r in RULES)
    if conn.execute(select(a.id).where(a.lang.in_(scripts)).limit(1)).first() is None:
        return
    conn.execute(tables.language_terms.delete())
    conn.execute(tables.language_docs.delete())
    _create_v11(conn)


def _index_again(conn: Connection) -> None:
    """The term index and every story's aggregate again from the stored vectors (as migration 6)."""
    import json

    from ..cluster import engine as ce
    from ..cluster.dedupe import from_bytes
    from . import index

    a = tables.articles.c
    story = index.clusters_in(conn).label("story")
    q = select(a.id, story, a.vec, a.sig, a.words).where(a.rule.in_(sorted(ce.MOVABLE))).order_by(a.id)
    entries = []
    for r in conn.execute(q):
        sig = from_bytes(r.sig) if r.sig is not None else None
        entries.append((ce.Piece(str(r.id), "", r.words, dict(json.loads(r.vec)), sig), r.story, r.id))
    conn.execute(tables.story_terms.delete())
    index.add(conn, [e for e in entries if e[0].vec])
    ids = [r[0] for r in conn.execute(select(tables.stories.c.id).order_by(tables.stories.c.id))]
    for k in range(0, len(ids), index.IN_CHUNK):
        index.recount(conn, ids[k : k + index.IN_CHUNK])


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, stories, ingests, briefs", _create_v1),
    Migration(2, "feeds (ETag and Last-Modified per feed URL)", _create_v2),
    Migration(3, "story_terms, article_bands (the clustering index)", _create_v3),
    Migration(4, "stories.centroid, stories.n (the clustering aggregate per story)", _create_v4),
    Migration(5, "story_terms.seq (the most recently posted stories per term first)", _create_v5),
    Migration(6, "article vectors with possessives read as their noun (and the index from them)", _create_v6),
    Migration(7, "thin articles keyed by their source and text", _create_v7),
    Migration(
        8, "article vectors with numbers in thousands as one term (and the index from them)", _create_v8
    ),
    Migration(9, "article vectors without character entity references (and the index from them)", _create_v9),
    Migration(
        10, "articles.home (a lone article shown in the story it would join), its copies indexed", _create_v10
    ),
    Migration(
        11, "each language's document frequencies (and the vectors of articles not in English)", _create_v11
    ),
    Migration(12, "Arabic, Hebrew and Hindi words without their light affixes (vectors again)", _create_v12),
)


LATEST = MIGRATIONS[-1].version


class NewerSchema(Exception):
    """The store was migrated by a newer newsbrief, past `LATEST`: its tables may not be the ones this
    code reads and writes (it opened such a store and wrote to it as its own)."""

    def __init__(self, found: int) -> None:
        super().__init__(f"the store's schema is version {found}, newer than this newsbrief's {LATEST}")
        self.found = found


def migrate(engine, now: Callable[[], str]) -> list[int]:
    """Apply every migration not yet applied; the versions applied now. `NewerSchema`, with nothing
    applied, if the store has a version past `LATEST`."""
    with engine.begin() as conn:
        one_writer(conn)  # two processes opening a new store: the second waits, then finds it made
        tables.migrations.create(conn, checkfirst=True)
    if (found := version(engine)) > LATEST:
        raise NewerSchema(found)
    done: list[int] = []
    for m in MIGRATIONS:
        with engine.begin() as conn:
            one_writer(conn)
            have = conn.execute(
                select(tables.migrations.c.version).where(tables.migrations.c.version == m.version)
            ).first()
            if have:
                continue
            m.apply(conn)
            conn.execute(tables.migrations.insert().values(version=m.version, name=m.name, applied_at=now()))
            done.append(m.version)
    return done


def applied(engine) -> set[int]:
    """The versions of the migrations applied to the store (read only)."""
    with engine.connect() as conn:
        return set(conn.execute(select(tables.migrations.c.version)).scalars())


def version(engine) -> int:
    with engine.connect() as conn:
        return (
            conn.execute(
                select(tables.migrations.c.version).order_by(tables.migrations.c.version.desc())
            ).scalar()
            or 0
        )
