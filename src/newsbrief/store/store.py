"""The article store: one data-access layer, a few verbs, one transaction per verb.

    store = Store("news.db")                 # SQLite file (WAL), or "postgresql://user@host/db"
    report = store.add(raws)                 # dedupe, cluster into stories, insert: one transaction
    store.stories(); store.story(7)          # StoryGroup views, biggest first
    store.record_brief(7, brief_dict, ids); store.last_brief(7)

The same SQLAlchemy Core statements run on SQLite and PostgreSQL. `add` assigns each new article with
the incremental clusterer (`cluster.engine.Clusterer`), rebuilt for each ingest from the stored
articles of only the stories the new ones can meet (`index.neighbourhood`: the term index and LSH bands
kept in the store), so an ingest costs the same in a small store and a large one. Articles are
deduplicated by URL and by content (the hash of the clean text); a near copy is stored, marked as a copy.
A crash inside `add` rolls the whole ingest back, so running it again adds every article exactly once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select, text, update

from ..cluster import Member, StoryGroup
from ..cluster import engine as ce
from ..cluster.dedupe import to_bytes
from ..errors import InputError, UsageError
from ..model import Document, RawDoc
from . import index
from . import tables as T
from .migrations import migrate

TITLE_WORDS = 14
IN_CHUNK = 500  # values per IN (...) list


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def database_url(db: str) -> str:
    """A SQLAlchemy URL for `--db`: a PostgreSQL URL (driven by psycopg 3), a sqlite URL, or a file path."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if db.startswith(("postgresql+psycopg://", "sqlite://")):
        return db
    if "://" in db:
        raise UsageError(f"--db {db!r}: give a file path, sqlite:// or postgresql:// URL")
    return f"sqlite:///{db}"


@dataclass
class IngestReport:
    """What one `add` did."""

    added: int = 0
    skipped: int = 0  # already in the store (same URL or same clean text)
    new_stories: int = 0
    stories: list[int] = field(default_factory=list)  # stories that gained articles
    rules: dict[str, int] = field(default_factory=dict)


class Store:
    """An article store at `db` (see `database_url`); migrated to the latest schema when opened."""

    def __init__(self, db: str) -> None:
        self.url = database_url(db)
        self.engine: Engine = _engine(self.url)
        try:
            migrate(self.engine, now)
        except Exception as e:  # a path that cannot be created, a server that is not there, ...
            self.engine.dispose()
            raise InputError(f"cannot open the store ({_reason(e)})", _shown(db)) from None
        self.refine_rounds = ce.REFINE_ROUNDS  # after each ingest, as a one-shot run does

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- add -------------------------------------------------------------------------------------

    def add(self, raws: Sequence[RawDoc]) -> IngestReport:
        """Clean, deduplicate, cluster and insert articles, all in one transaction."""
        from ..clean import clean

        docs = [clean(r) for r in raws]
        kinds = {r.id: r.kind for r in raws}
        report = IngestReport()
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # one writer at a time; readers go on
                conn.execute(text("LOCK TABLE stories IN SHARE ROW EXCLUSIVE MODE"))
            next_id = (conn.execute(select(func.max(T.articles.c.id))).scalar() or 0) + 1
            fresh = self._new_only(conn, docs, report)
            pieces = [
                (ce.piece(str(next_id + k), d.text, d.title, source=d.source, raw=d.raw), d)
                for k, d in enumerate(fresh)
            ]
            pieces.sort(key=lambda pd: ce.order(pd[0]))
            clusterer = index.neighbourhood(conn, [p for p, _ in pieces])
            stamp = now()
            ingest_id = (conn.execute(select(func.max(T.ingests.c.id))).scalar() or 0) + 1
            conn.execute(
                T.ingests.insert().values(id=ingest_id, at=stamp, added=len(pieces), skipped=report.skipped)
            )
            known = set(clusterer.stories)
            rows, touched, indexed = [], {}, []
            for p, d in pieces:
                a = clusterer.add(p)
                if a.rule in ce.MOVABLE:
                    indexed.append((p, a.story))
                report.rules[a.rule] = report.rules.get(a.rule, 0) + 1
                touched.setdefault(a.story, d)
                rows.append(_article_row(p, d, a, ingest_id, stamp, kinds.get(d.id, "text")))
            for sid, first in touched.items():
                size = len(clusterer.stories[sid].members)
                if sid in known:
                    conn.execute(
                        update(T.stories).where(T.stories.c.id == sid).values(size=size, updated_at=stamp)
                    )
                else:
                    conn.execute(
                        T.stories.insert().values(
                            id=sid, title=_title(first), created_at=stamp, updated_at=stamp, size=size
                        )
                    )
                    report.new_stories += 1
            for k in range(0, len(rows), IN_CHUNK):
                conn.execute(T.articles.insert(), rows[k : k + IN_CHUNK])
            report.added = len(rows)
            index.add(conn, indexed)
            if rows and self.refine_rounds:
                scope = set(touched).union(*(clusterer.candidates(p.vec) for p, _ in pieces))
                touched.update(dict.fromkeys(self._refine(conn, sorted(scope), stamp)))
            report.stories = sorted(touched)
        return report

    def _refine(self, conn, scope: list[int], stamp: str) -> list[int]:
        """Refinement rounds (`engine.refine`) over the stories this ingest touched and those its articles
        were compared with (`scope`), never over the whole store: moved articles get their new story,
        sizes are recounted, a story left empty keeps its row (and its briefs) with size 0, and the moved
        articles' index entries point at their new stories. Returns the stories that changed."""
        a = T.articles.c
        cols = (a.id, a.story_id, a.rule, a.duplicate_of, a.vec, a.content_key, a.words)
        rows = []
        for k in range(0, len(scope), IN_CHUNK):
            rows.extend(conn.execute(select(*cols).where(a.story_id.in_(scope[k : k + IN_CHUNK]))))
        rows.sort(key=lambda r: r.id)
        pieces, assignments, current = {}, {}, {}
        for r in rows:
            i = str(r.id)
            dup = str(r.duplicate_of) if r.duplicate_of is not None else None
            assignments[i] = ce.Assignment(i, r.story_id, r.rule, dup)
            current[i] = r.story_id
            vec = dict(json.loads(r.vec)) if r.rule in ce.MOVABLE else {}
            pieces[i] = ce.Piece(i, r.content_key, r.words, vec)
        movable = [p for i, p in pieces.items() if assignments[i].rule in ce.MOVABLE]
        top = conn.execute(select(func.max(T.stories.c.id))).scalar() or 0
        story_of = ce.refine(movable, assignments, self.refine_rounds, next_id=top + 1)
        moved = {i: s for i, s in story_of.items() if s != current[i]}
        if not moved:
            return []
        changed = sorted({*moved.values(), *(current[i] for i in moved)})
        existing = {r[0] for r in conn.execute(select(T.stories.c.id).where(T.stories.c.id.in_(changed)))}
        for sid in changed:
            if sid not in existing:
                first = next(i for i in sorted(moved, key=int) if moved[i] == sid)
                row = conn.execute(select(a.title, a.text).where(a.id == int(first))).first()
                doc = Document(id=first, source="", raw="", text=row.text, title=row.title)
                conn.execute(
                    T.stories.insert().values(
                        id=sid, title=_title(doc), created_at=stamp, updated_at=stamp, size=0
                    )
                )
        for i, sid in sorted(moved.items(), key=lambda x: int(x[0])):
            conn.execute(update(T.articles).where(a.id == int(i)).values(story_id=sid))
        sizes = Counter(story_of.values())
        for sid in changed:
            conn.execute(
                update(T.stories).where(T.stories.c.id == sid).values(size=sizes[sid], updated_at=stamp)
            )
        index.add(
            conn, [(pieces[i], s) for i, s in sorted(moved.items(), key=lambda x: int(x[0])) if pieces[i].vec]
        )
        return changed

    def _new_only(self, conn, docs: list[Document], report: IngestReport) -> list[Document]:
        """The documents whose URL and clean text the store does not hold yet (first of equals wins)."""
        keys = {d.id: ce.article_key(d.text, d.source, d.raw) for d in docs}
        urls = {d.id: _url(d) for d in docs}
        have_keys = _existing(conn, T.articles.c.content_key, set(keys.values()))
        have_urls = _existing(conn, T.articles.c.url, {u for u in urls.values() if u})
        out = []
        for d in docs:
            if keys[d.id] in have_keys or (urls[d.id] and urls[d.id] in have_urls):
                report.skipped += 1
                continue
            have_keys.add(keys[d.id])
            if urls[d.id]:
                have_urls.add(urls[d.id])
            out.append(d)
        return out

    # -- read --------------------------------------------------------------------------------------

    def stories(self, ids: Iterable[int] | None = None) -> list[StoryGroup]:
        """Stories with their articles: biggest first (articles that are not copies or chrome), then
        most recently updated, then id."""
        want = None if ids is None else list(ids)
        q = select(T.stories).where(T.stories.c.size > 0).order_by(T.stories.c.id)
        aq = select(*[c for c in T.articles.c if c.name not in ("raw", "vec", "sig")]).order_by(
            T.articles.c.id
        )
        if want is not None:
            q = q.where(T.stories.c.id.in_(want))
            aq = aq.where(T.articles.c.story_id.in_(want))
        with self.engine.connect() as conn:
            srows = list(conn.execute(q))
            members: dict[int, list[Member]] = {r.id: [] for r in srows}
            for a in conn.execute(aq):
                members.setdefault(a.story_id, []).append(_member(a))
        groups = []
        for r in srows:
            ms = tuple(sorted(members[r.id], key=lambda m: (m.document.source, int(m.document.id))))
            groups.append(StoryGroup(str(r.id), r.title, ms, updated=r.updated_at))
        groups.sort(key=lambda g: int(g.id))
        groups.sort(key=lambda g: g.updated or "", reverse=True)  # stable sorts: the last key leads
        groups.sort(key=_distinct, reverse=True)
        return groups

    def story(self, story_id: int) -> StoryGroup:
        found = self.stories([story_id])
        if not found:
            raise InputError(f"no story {story_id} in the store")
        return found[0]

    def raw_documents(self, story_id: int) -> list[RawDoc]:
        """The raw articles of a story, copies left out, in id order (for briefing it)."""
        q = (
            select(T.articles)
            .where(T.articles.c.story_id == story_id, T.articles.c.duplicate_of.is_(None))
            .order_by(T.articles.c.id)
        )
        with self.engine.connect() as conn:
            return [
                RawDoc(str(a.id), a.source, a.raw, a.title, a.author, a.date, a.outlet, a.kind)
                for a in conn.execute(q)
                if a.words
            ]

    # -- briefs ------------------------------------------------------------------------------------

    def record_brief(self, story_id: int, brief: dict[str, Any], article_ids: Sequence[str]) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                T.briefs.insert().values(
                    story_id=story_id,
                    at=now(),
                    article_ids=json.dumps(list(article_ids)),
                    brief=json.dumps(brief, ensure_ascii=False),
                )
            )

    def last_brief(self, story_id: int) -> tuple[str, list[str], dict[str, Any]] | None:
        """When the story was last briefed, which articles that brief read, and the brief."""
        q = select(T.briefs).where(T.briefs.c.story_id == story_id).order_by(T.briefs.c.id.desc()).limit(1)
        with self.engine.connect() as conn:
            r = conn.execute(q).first()
        return (r.at, json.loads(r.article_ids), json.loads(r.brief)) if r else None

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(T.articles)).scalar() or 0


# -- helpers ---------------------------------------------------------------------------------------


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        eng = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(eng, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # WAL: readers never block the writer
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        return eng
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as e:  # psycopg missing (the [store] extra), a malformed URL
        raise UsageError(f"--db: cannot use this database ({_reason(e)})") from None


def _reason(e: Exception) -> str:
    msg = str(getattr(e, "orig", None) or e).strip().splitlines()
    return msg[0] if msg else type(e).__name__


def _shown(db: str) -> str:
    """A database name for messages, without a password."""
    if "://" in db and "@" in db:
        scheme, rest = db.split("://", 1)
        return f"{scheme}://…@{rest.rsplit('@', 1)[1]}"
    return db


def _existing(conn, column, values: set[str]) -> set[str]:
    found: set[str] = set()
    vals = sorted(values)
    for k in range(0, len(vals), IN_CHUNK):
        found.update(r[0] for r in conn.execute(select(column).where(column.in_(vals[k : k + IN_CHUNK]))))
    return found


def _url(d: Document) -> str | None:
    return d.source if d.source.startswith(("http://", "https://")) else None


def _title(d: Document) -> str:
    if d.title:
        return d.title
    words = d.text.split()
    if not words:
        return "(no text)"
    return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")


def _article_row(
    p: ce.Piece, d: Document, a: ce.Assignment, ingest_id: int, stamp: str, kind: str
) -> dict[str, Any]:
    return {
        "id": int(p.id),
        "ext_id": d.id,
        "source": d.source,
        "url": _url(d),
        "content_key": p.key,
        "title": d.title,
        "outlet": d.outlet,
        "author": d.author,
        "date": d.date,
        "kind": kind,
        "raw": d.raw,
        "text": d.text,
        "words": p.words,
        "story_id": a.story,
        "rule": a.rule,
        "duplicate_of": int(a.duplicate_of) if a.duplicate_of else None,
        "score": a.score,
        "vec": json.dumps(list(p.vec.items())),
        "sig": to_bytes(p.sig) if p.sig is not None else None,
        "ingest_id": ingest_id,
        "added_at": stamp,
    }


def _member(a) -> Member:
    doc = Document(
        id=str(a.id),
        source=a.source,
        raw="",
        text=a.text,
        title=a.title,
        outlet=a.outlet,
        author=a.author,
        date=a.date,
    )
    return Member(doc, a.rule, str(a.duplicate_of) if a.duplicate_of else None, a.score)


def _distinct(g: StoryGroup) -> int:
    return sum(1 for m in g.members if m.duplicate_of is None and m.rule != "chrome")
