"""The article store: one data-access layer, a few verbs, one transaction per verb.

    store = Store("news.db")                 # SQLite file (WAL), or "postgresql://user@host/db"
    report = store.add(raws)                 # dedupe, cluster into stories, insert: one transaction
    store.stories(); store.story(7)          # StoryGroup views, biggest first
    store.record_brief(7, brief_dict, ids); store.last_brief(7)

The same SQLAlchemy Core statements run on SQLite and PostgreSQL. `add` assigns each new article with
the incremental clusterer (`cluster.engine.Clusterer`), rebuilt for each ingest from the kept aggregates
of only the stories the new ones can meet (`index.neighbourhood`: the term index, LSH bands and story
aggregates kept in the store), so an ingest costs the same in a small store and a large one. Articles
are deduplicated by URL and by content (the hash of the clean text); a near copy is stored, marked as a
copy. A crash inside `add` rolls the whole ingest back, so running it again adds every article exactly
once.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import pathlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Row,
    bindparam,
    create_engine,
    event,
    exc,
    func,
    select,
    text,
    update,
)

from .. import limits
from ..cluster import NO_NEWS, Member, StoryGroup, distinct
from ..cluster import engine as ce
from ..cluster.dedupe import band_keys, to_bytes
from ..errors import InputError, UsageError
from ..errors import shown as shown_text
from ..gcpause import paused
from ..io import file_kind
from ..model import Document, RawDoc
from . import index, size_limit
from . import tables as T
from .ahead import Failed, prepare_safely
from .languages import language_view, weigh_new
from .location import SIDECARS, SQLITE_URL, dangling_link, sidecar_of, sqlite_file, store_files
from .migrations import NewerSchema, migrate
from .new_file import clear_leftovers, make_whole
from .refiner import Refiner
from .writer import one_writer

TITLE_WORDS = 14
REFINE_WHOLE = 2  # a story near an ingest's articles with at most this many articles is refined whole
REFINE_WHOLE_AGREED = 6  # ... when refinement agrees in several orders (`Store(db, refine_orders=3)`)
REFINE_JOINED = 20  # ... and a story an ingest adds articles to, with at most this many before it
REFINE_ROUNDS = 2  # reassignment rounds per pass after an ingest (a one-shot run: `engine.REFINE_ROUNDS`)
REFINE_CANDIDATES = 5  # stories an article is compared with in those rounds, besides its own (a one-shot
# run: `engine.REFINE_CANDIDATES`, 10): the cosines with them were a quarter of an ingest's CPU, and an
# article rarely moves to a story past the fifth its terms point at most (session 15)
IN_CHUNK = 500  # values per IN (...) list
REFINE_ORDERS = 1  # runs of an ingest's refinement whose majority decides (`engine.refine_agreed`);
# 3 (with near stories of up to REFINE_WHOLE_AGREED whole) is an opt-in: a little closer to a one-shot
# run, but 2.19x / 4.75x the CPU per article at 1,000 / 3,000 stored (HISTORY, session 13)
ADOPT_MARGIN = 2.0  # an ingest's refinement (one order) ends with the pass over lone articles
# (`engine.adopt`), an article joining the story nearest it only when twice as alike as the next: a
# one-shot run's 1.25 is checked by the agreement of five runs, which a store's single run lacks
# (at 1.25 the pass lowered the store's F1: sessions 12 and 14)
LONE_MUTUAL = True  # ... where two lone articles that choose each other share a story, and a lone article
# sharing two event terms with the story nearest it joins it (rule store-mutual, session 60: `adopt`'s
# mutual-lone and event-lone, a one-shot run's since sessions 43 and 47; a wrong pair is a story of 2,
# refined whole when an ingest comes near it). Store B-cubed F1 (mean of 3 shuffles) went up on every dev
# file and the readable draw, flat on train-check (README, session 60)
SQLITE_CACHE_KIB = 65_536  # SQLite's page cache per connection (its default is 2 MiB): an ingest posts
# ~20 index entries per article into `story_terms` at keys all over its B-trees and reads postings from
# them; with 2 MiB (a store of 10,000 articles is ~70 MB) most of those pages were read again from the
# file each time (session 16: 0.92x main CPU per article, the same stores; 256 MiB gained no more)
SHOWN = True  # a lone article is shown in the story it would join at `SHOWN_MARGIN` (`Store._shown`)
SHOWN_MARGIN = 1.5  # ... as `engine.adopt` at this margin places it
THIN_WAIT = 1000  # a thin article alone among the last this many stored is weighed again at each ingest
REFINE_PROCESS = False  # an ingest's refinement in a worker process while this one posts its articles
# (`refiner.Refiner`): the same stories; main CPU 0.65x over the ingests from 1,000 to 5,000 stored, but
# not faster (wall 0.96x): this process waits for the worker, and pickling costs what the overlap saves
# (session 48; with it on, `bench_cluster --scale`'s "2 idle cores" bound counts the worker as if it
# ran beside this process: it does not)


_ARTICLE_COLUMNS = tuple(c.name for c in T.articles.c)
# an ingest's articles inserted through the driver (`index.executemany`): SQLAlchemy's handling of each
# row's 21 parameters cost more CPU than SQLite's insert
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})"
)


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def database_url(db: str) -> str:
    """A SQLAlchemy URL for `--db`: a PostgreSQL URL (driven by psycopg 3), a sqlite URL, or a file path.
    A PostgreSQL URL whose host or port is malformed is a `UsageError` (`check_server`), and so is an
    empty one (`--db ''` opened an in-memory store, and `stories` listed none, exit 0: fuzz36)."""
    if not db.strip():
        raise UsageError("give a store file or a postgresql:// URL", f"--db {db!r}")
    if db.startswith(("postgresql://", "postgres://")):
        check_server(db)
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if db.startswith("postgresql+psycopg://"):
        check_server(db)
        return db
    if db.startswith(SQLITE_URL):
        sqlite_file(db)  # a URL naming a file, not a store in memory
        return db
    if "://" in db:  # its password hidden, as in every message naming a store
        raise UsageError("give a file path, sqlite:// or postgresql:// URL", f"--db {_shown(db)}")
    sqlite_file(db)  # not `:memory:`
    # a path is no URL: "%" and "?" were read as a URL's ("a?b.db" made the store "a", "a%20b.db"
    # "a b.db", and `stories --db` the same path then found no store, cli49)
    return "sqlite:///" + db.replace("%", "%25").replace("?", "%3F")


# host[:port] of a server URL: a name or address, or an IPv6 address in brackets; the port digits
_HOST_PORT = re.compile(r"(?P<host>\[[^\[\]]*\]|[^\[\]:]*)(?::(?P<port>[^:]*))?")
# the user and password before the server, read as SQLAlchemy's URL pattern reads them (a user holds no
# ":" or "/", a password anything but "@": "u:pa/ss@h" is user u, password pa/ss, server h)
_USERINFO = re.compile(r"[^:/@]*(?::[^@]*)?@")


def check_server(db: str) -> None:
    """`UsageError` naming `--db` (its password hidden) when the host or port of a PostgreSQL URL is
    malformed, in our words: a port that is no number was Python's "invalid literal for int()", an
    unclosed "[" the driver's failure to resolve it, a port past 65535 was tried after the name. The
    part after the user and password (`_USERINFO`) up to the first "/" or "?" (SQLAlchemy takes several
    servers only as `?host=`)."""
    rest = db.split("://", 1)[1]
    if m := _USERINFO.match(rest):
        rest = rest[m.end() :]  # a password may hold "/" or "?" ("u:pa/ss@h" was the port 'pa', review)
    server = re.split(r"[/?]", rest, maxsplit=1)[0]
    m = _HOST_PORT.fullmatch(server)
    if m is None:
        why = "has no closing ]" if "[" in server and "]" not in server else "is not a host[:port]"
        raise UsageError(f"the server {server!r} {why}", f"--db {_shown(db)}")
    port = m["port"]
    if port is not None and "," in port:  # h1:5432,h2:5433 (h1,h2 without ports is read as libpq's list)
        raise UsageError(
            "give several servers with ports as ?host=h1:5432&host=h2:5433", f"--db {_shown(db)}"
        )
    if port is not None and not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        raise UsageError(f"the port {port!r} is not a number from 1 to 65535", f"--db {_shown(db)}")


@dataclass
class IngestReport:
    """What one `add` did."""

    added: int = 0
    skipped: int = 0  # already in the store (same URL or same clean text)
    new_stories: int = 0
    stories: list[int] = field(default_factory=list)  # stories that gained articles
    # left with no article: by `add`, those a thin article left for another; by `command.ingest`,
    # those stored before it that it merged into others
    emptied: list[int] = field(default_factory=list)
    rules: dict[str, int] = field(default_factory=dict)
    failed: list[Failed] = field(default_factory=list)  # articles whose cleaning raised: not stored


def _as_written(st: ce.StoryState, size: int) -> tuple[dict[str, float], int, int, float]:
    """A story's aggregate as `index.save` wrote it, with its size: what `Aggregates.hold` keeps (total,
    n, size, length). A story with no article absorbed has no total and length 0.0, a known length (not
    None, "compute it when met"): one form for `_add` and `_refine`. A big story `_refine` rebuilt from
    its kept part alone (its movable articles all moved out: nothing absorbed, `norm` never computed)
    has its total's length, computed here, never 0.0: held as 0.0, no article could join it."""
    return (st.total if st.n else {}, st.n, size, (st.norm or ce.norm(st.total)) if st.n else 0.0)


class Store:
    """An article store at `db` (see `database_url`); migrated to the latest schema when opened.
    `refine_orders`: runs of an ingest's refinement whose majority decides; with more than one, near
    stories of up to `REFINE_WHOLE_AGREED` articles (not `REFINE_WHOLE`) are refined whole."""

    def __init__(self, db: str, refine_orders: int = REFINE_ORDERS, writes: bool = True) -> None:
        self.url = database_url(db)
        # why a SQLite store that is only read (`writes=False`) cannot be written, or None: it is then
        # read as it is (`_read_only`), never migrated, and `record_brief` is not to be called
        self.read_only: str | None = _check_file(db, writes)
        _refuse_foreign(db, writes)
        self.engine: Engine = _engine(self.url, db, self.read_only)
        try:
            if self.read_only is None:
                if (path := sqlite_file(db)) is not None:
                    clear_leftovers(path)  # hidden files of a process killed while making it
                    if not os.path.lexists(path):
                        make_whole(path, _made)  # a new store appears with its schema, or not at all
                migrate(self.engine, now)
            else:
                _as_it_is(self.engine, self.read_only, db)
        except InputError:
            self.engine.dispose()
            raise
        except NewerSchema as e:
            self.engine.dispose()
            raise InputError(f"{e}; open it with a newer newsbrief", _shown(db)) from None
        except OSError as e:  # the hidden file a new store is made in (`make_whole`): no inode left, ...
            self.engine.dispose()
            raise InputError(f"cannot create the store ({e.strerror or _reason(e)})", _shown(db)) from None
        except Exception as e:  # a path that cannot be created, a server that is not there, ...
            self.engine.dispose()
            raise InputError(_failure("cannot open the store", e, db), _shown(db)) from None
        self.refine_rounds = REFINE_ROUNDS  # after each ingest; the next ingest near them refines again
        self.refine_orders = refine_orders  # ... in this many orders, whose majority decides
        self._postings = index.Postings()  # the index's postings read so far, kept in step with ingests
        # refinement, here or in a worker, with its cosines with the centroids no ingest has changed since
        self._refiner = Refiner(REFINE_PROCESS)
        self._aggregates = index.Aggregates()  # story aggregates read or written so far, kept in step too
        self._vectors = index.Vectors()  # stored articles' vectors refinement has read or written
        self._columns = index.Columns()  # ... and their other columns it reads (never changed once stored)

    def name_failures(self, db: str) -> Store:
        """From here on a failure of the database itself is an `InputError` naming `db`, not a
        traceback: for the command line (the web app keeps its logged 500, its store path unshown)."""
        event.listen(self.engine, "handle_error", lambda context: _failed(context, db))
        return self

    def close(self) -> None:
        self._refiner.close()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- add -------------------------------------------------------------------------------------

    def add(
        self,
        raws: Sequence[RawDoc],
        map_fn: Callable = map,
        prepared: Sequence[tuple[Document, ce.Piece]] | None = None,
    ) -> IngestReport:
        """Clean, deduplicate, cluster and insert articles, all in one transaction. `map_fn` runs
        `ahead.prepare_safely` (cleaning and vectorising) over `raws`, in order: `map`, or a process
        pool's `imap`; or `prepared` gives its results (`ahead.ingest_batches` prepares the next batches
        in worker processes while this one is stored). An article whose preparing failed is left out
        and listed in the report's `failed`."""
        prepared = list(map_fn(prepare_safely, raws)) if prepared is None else list(prepared)
        if len(prepared) != len(raws):
            raise ValueError("one prepared article per raw article")
        report = IngestReport(failed=[p for p in prepared if isinstance(p, Failed)])
        if report.failed:
            raws = [r for r, p in zip(raws, prepared, strict=True) if not isinstance(p, Failed)]
            prepared = [p for p in prepared if not isinstance(p, Failed)]
        posted: list = []  # the index entries this ingest posts (for the postings held in this process)
        written: dict = {}  # story -> the aggregate this ingest wrote, or None (rewritten in SQL)
        vectors: dict = {}  # article -> the vector refinement read or this ingest wrote
        columns: dict = {}  # article -> its columns refinement read or this ingest wrote (`index.Columns`)
        try:
            with paused():  # an ingest's objects die with it; the collector would scan all held ones too
                ingest_id = self._add(raws, prepared, report, posted, written, vectors, columns)
        except BaseException:
            self._postings.clear()  # rolled back: what it read may be gone too
            self._refiner.clear()
            self._aggregates.clear()
            self._vectors.clear()
            self._columns.clear()
            raise
        self._vectors.hold(vectors)
        self._columns.hold(columns)
        self._refiner.forget(report.stories)  # their aggregates and members are not what the cosines saw
        self._postings.post(posted)
        self._postings.valid_for = ingest_id
        for sid, aggregate in written.items():
            if aggregate is None:
                self._aggregates.drop([sid])
            else:
                self._aggregates.hold(sid, *aggregate)
        return report

    def _add(
        self, raws, prepared, report: IngestReport, posted: list, written: dict, vectors: dict, columns: dict
    ) -> int:
        """`add`'s transaction; returns the ingest's id. Fills `posted`, `written`, `vectors` and
        `columns` (see `add`)."""
        kinds = {r.id: r.kind for r in raws}
        with self.engine.begin() as conn:
            one_writer(conn)  # SQLite: another ingest waits, not reads the same last ingest
            if conn.dialect.name == "postgresql":  # one writer at a time; readers go on
                conn.execute(text("LOCK TABLE stories IN SHARE ROW EXCLUSIVE MODE"))
            last_ingest = conn.execute(select(func.max(T.ingests.c.id))).scalar() or 0
            again = self._postings.valid_for == last_ingest  # this process made the last ingest
            if not again:  # another writer has ingested since (or none has in this process)
                self._postings.clear(last_ingest)
                self._refiner.clear()
                self._aggregates.clear()
                self._vectors.clear()
                self._columns.clear()
            if self._postings.vocabulary is None and (again or not last_ingest):
                self._postings.know(conn)  # a process that ingests again reads the vocabulary once
            next_id = (conn.execute(select(func.max(T.articles.c.id))).scalar() or 0) + 1
            # those not in English weighed by their language's frequencies, these articles counted in
            fresh = weigh_new(conn, self._new_only(conn, prepared, report))
            # numbered, their terms the same string objects as the stored vectors' (`index.interned`)
            pieces = [
                (replace(p, id=str(next_id + k), vec=index.interned(p.vec)), d)
                for k, (d, p) in enumerate(fresh)
            ]
            pieces.sort(key=lambda pd: ce.order(pd[0]))
            waiting = _waiting_thin(conn, next_id) if pieces else []
            found: dict[str, list[int]] = {}  # each article's candidates before any is added
            clusterer = index.neighbourhood(
                conn,
                [p for p, _ in pieces] + [p for p, _ in waiting],
                self._postings,
                self._aggregates,
                found,
            )
            before = {  # the loaded stories as stored (aggregate, n, size; a total a story never changes)
                sid: (st.total, st.n, st.stored) for sid, st in clusterer.stories.items()
            }
            # a pile of events or of topics: the new articles with the stored stories they are compared with
            event = clusterer.pile_of_events([p for p, _ in pieces], found)
            stamp = now()
            ingest_id = last_ingest + 1
            conn.execute(
                T.ingests.insert().values(id=ingest_id, at=stamp, added=len(pieces), skipped=report.skipped)
            )
            known = set(clusterer.stories)
            rows, touched, indexed = [], {}, []
            for k, (p, d) in enumerate(pieces):  # posted in this order: next_id + k
                a = clusterer.add(p, event)
                if a.rule in ce.MOVABLE:
                    indexed.append((p, a.story, next_id + k))
                report.rules[a.rule] = report.rules.get(a.rule, 0) + 1
                touched.setdefault(a.story, d)
                rows.append(_article_row(p, d, a, ingest_id, stamp, kinds.get(d.id, "text")))
            _copies_home(conn, rows, next_id)
            # this ingest's thin articles left alone: rule thin-event, as a one-shot run's
            for r, (p, d) in zip(rows, pieces, strict=True):
                own = clusterer.stories.get(r["story_id"])
                if r["rule"] != "thin" or r["story_id"] in known or own is None or own.members != [p.id]:
                    continue
                if (home := clusterer.thin_home(p, own.id, event)) is not None:
                    best, sim = home
                    clusterer.move_thin(p.id, own, best)
                    del touched[own.id]
                    touched.setdefault(best.id, d)
                    r["story_id"], r["score"] = best.id, round(sim, 4)
            # thin articles stored alone before their story's first article: judged again, after this
            # ingest's own (as a one-shot run judges every thin article after the longer ones)
            rejoined = []
            for p, own in waiting:
                if (home := clusterer.thin_home(p, own, event)) is not None:
                    best, sim = home
                    best.members.append(p.id)
                    touched.setdefault(best.id, None)
                    rejoined.append(
                        {"b_id": int(p.id), "b_story": best.id, "b_score": round(sim, 4), "b_own": own}
                    )
            states = {sid: clusterer.stories[sid] for sid in sorted(touched)}
            fresh_rows = [
                {
                    "id": sid,
                    "title": _title(touched[sid]),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "size": 0,
                }
                for sid in states
                if sid not in known
            ]
            if fresh_rows:
                conn.execute(T.stories.insert(), fresh_rows)
            report.new_stories = len(fresh_rows)
            sizes = [{"b_id": sid, "b_size": st.stored + len(st.members)} for sid, st in states.items()]
            if sizes:
                s = T.stories.c
                q = update(T.stories).where(s.id == bindparam("b_id"))
                conn.execute(q.values(size=bindparam("b_size"), updated_at=stamp), sizes)
            index.save(conn, states.values())
            for sid, st in states.items():  # as `index.save` wrote them, and the sizes above
                written[sid] = _as_written(st, st.stored + len(st.members))
            index.executemany(
                conn, _INSERT_ARTICLE, [tuple(map(r.__getitem__, _ARTICLE_COLUMNS)) for r in rows]
            )
            if rejoined:
                q = update(T.articles).where(T.articles.c.id == bindparam("b_id"))
                conn.execute(q.values(story_id=bindparam("b_story"), score=bindparam("b_score")), rejoined)
                q = update(T.stories).where(T.stories.c.id == bindparam("b_own"))
                conn.execute(q.values(size=0, updated_at=stamp), [{"b_own": r["b_own"]} for r in rejoined])
                for r in rejoined:
                    written[r["b_own"]] = None  # emptied: read again when met
                report.emptied = sorted({r["b_own"] for r in rejoined})
            report.added = len(rows)
            post = lambda: posted.extend(index.add(conn, indexed))  # noqa: E731
            if not (rows and self.refine_rounds):
                post()
            else:
                near = set().union(*(clusterer.candidates(p.vec) for p, _ in pieces)).difference(touched)
                new_rows = [SimpleNamespace(**r) for r in rows]
                vectors.update(  # as `articles.vec` holds them
                    (r["id"], p.vec)
                    for r, (p, _) in zip(rows, pieces, strict=True)
                    if r["rule"] in ce.MOVABLE
                )
                last = next_id + len(pieces) - 1  # moved articles are posted last
                changed = self._refine(
                    conn,
                    before,
                    near,
                    new_rows,
                    sorted(touched),
                    stamp,
                    last,
                    posted,
                    vectors,
                    columns,
                    event,
                    written,
                    post,
                )
                touched.update(dict.fromkeys(changed))
            report.stories = sorted(touched)
        return ingest_id

    def _refine(
        self,
        conn,
        before: dict[int, tuple[dict[str, float], int, int]],
        near: set[int],
        new_rows: list[SimpleNamespace],
        dirty: list[int],
        stamp: str,
        seq: int,
        posted: list,
        vectors: dict[int, dict[str, float]],
        columns: dict[int, tuple[str, int | None, str, int]],
        event: bool = False,
        written: dict | None = None,
        meanwhile: Callable[[], None] = lambda: None,
    ) -> list[int]:
        """Refinement rounds (`engine.refine_agreed`: in `refine_orders` orders, the majority deciding)
        over the stories this ingest added articles to (`dirty`)
        and those its articles were compared with (`near`), never over the whole store nor over a big
        story whole. A story new in this ingest, one that held at most `REFINE_JOINED` articles before
        it and gained some, and a near one of at most `REFINE_WHOLE` (`REFINE_WHOLE_AGREED` in several
        orders) take part with all their articles,
        which may move (an article shown in one of those is read at its home, which takes part whole
        too: `_homes`); a bigger one by its kept aggregate from before the ingest (`before`: total, n,
        size) plus the articles this ingest added to it, which alone may move (articles may move into
        it). So an ingest's work is bounded by its own size, however big the store and its stories
        grow. Moved articles get their new story; sizes and aggregates are recomputed (an aggregate is
        the kept one from before the ingest, if the story took part by it, plus the movable articles
        now in the story, absorbed in id order); a story left empty keeps its row (and its briefs) with
        size 0; the moved articles' index entries point at their new stories. Returns the stories
        that changed. `vectors`: the new articles' vectors, to which it adds those it reads; `event`: the
        ingest's pile is one of events (`engine.event_pile`); `written`: filled with the aggregates it
        wrote (story -> `_as_written`), as `add` holds them; `meanwhile`: run while refinement runs (in a
        worker, `REFINE_PROCESS`), before its result is written: SQL that no step here reads."""
        joined = set(dirty)
        involved = near | joined
        small = REFINE_WHOLE if self.refine_orders <= 1 else REFINE_WHOLE_AGREED
        whole = sorted(
            sid
            for sid in involved
            if sid not in before or before[sid][2] <= (REFINE_JOINED if sid in joined else small)
        )
        a = T.articles.c
        whole = sorted({*whole, *_homes(conn, whole, new_rows)})
        fixed = {sid: before[sid][:2] for sid in sorted(involved.difference(whole))}
        # the whole stories' articles by id and story alone; their other columns never change once
        # stored, so those held in this process (`index.Columns`, `index.Vectors`) are not read again: a
        # row's vector JSON lies past its raw and clean text, and reading it cost most of the select
        story_of: dict[int, int] = {}  # the story each article clusters in (its home, when shown elsewhere)
        shown: dict[int, int] = {}  # the story an article shown away from its home is shown in
        for k in range(0, len(whole), IN_CHUNK):  # (a whole story's shown members' homes are whole too)
            chunk = whole[k : k + IN_CHUNK]
            q = select(a.id, a.story_id).where(a.story_id.in_(chunk), a.home.is_(None))
            story_of.update(conn.execute(q).all())
            for i, sid, home in conn.execute(select(a.id, a.story_id, a.home).where(a.home.in_(chunk))):
                story_of[i], shown[i] = home, sid
        for r in new_rows:  # the new articles of the big stories (those of the others are found)
            if r.id not in story_of and r.home is not None:  # a copy of a shown article
                shown[r.id] = r.story_id
            story_of.setdefault(r.id, r.home or r.story_id)
            columns.setdefault(r.id, (r.rule, r.duplicate_of, r.content_key, r.words))
        _held_or_read(conn, sorted(story_of), columns, self._columns, _HELD_COLUMNS, _columns_of)
        loaded = {i for i in story_of if columns[i][0] in ce.MOVABLE}
        _held_or_read(conn, sorted(loaded), vectors, self._vectors, (a.id, a.vec), _vector_of)
        pieces, assignments, current = {}, {}, {}
        for i in sorted(story_of):  # the movable articles, and the copies of those (they follow them)
            rule, duplicate_of, content_key, words = columns[i]
            if rule not in ce.MOVABLE and duplicate_of not in loaded:
                continue
            key = str(i)
            dup = str(duplicate_of) if duplicate_of is not None else None
            assignments[key] = ce.Assignment(key, story_of[i], rule, dup)
            current[key] = story_of[i]
            pieces[key] = ce.Piece(key, content_key, words, vectors[i] if rule in ce.MOVABLE else {})
        movable = [p for i, p in pieces.items() if assignments[i].rule in ce.MOVABLE]
        top = conn.execute(select(func.max(T.stories.c.id))).scalar() or 0
        kw = {
            "rounds": self.refine_rounds,
            "next_id": top + 1,
            "fixed": fixed,
            "dirty": dirty,
            "orders": self.refine_orders,
            "adopt_margin": ADOPT_MARGIN if self.refine_orders <= 1 else None,
            "candidates": REFINE_CANDIDATES,
            "event": event,
            "mutual": LONE_MUTUAL,
        }
        margin = SHOWN_MARGIN if SHOWN and self.refine_orders <= 1 else None
        self._refiner.start(movable, assignments, kw, margin)
        meanwhile()
        story_of, targets = self._refiner.result()  # targets: where the result's lone articles are shown
        moved = {i: s for i, s in story_of.items() if s != current[i]}
        if not moved:
            display = self._shown(conn, movable, story_of, targets, shown, current, stamp, written)
            return sorted({*display, *_homeless(conn, display, stamp, written)})
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
        q = update(T.articles).where(a.id == bindparam("b_id"))
        ordered = sorted(moved.items(), key=lambda x: int(x[0]))
        conn.execute(
            q.values(story_id=bindparam("b_story"), home=None),
            [{"b_id": int(i), "b_story": s} for i, s in ordered],
        )
        vacated = set()  # stories an article shown in them left by moving
        for i in moved:  # shown where it clusters now (`_shown` below shows it elsewhere again)
            if int(i) in shown:
                vacated.add(shown.pop(int(i)))
            current[i] = story_of[i]
        s = T.stories.c
        size = select(func.count()).select_from(T.articles).where(a.story_id == s.id).scalar_subquery()
        conn.execute(update(T.stories).where(s.id.in_(changed)).values(size=size, updated_at=stamp))
        states = {}
        for sid in changed:  # the kept part of a big story, then its movable articles in id order
            total, n = fixed.get(sid, ({}, 0))
            states[sid] = ce.StoryState(sid, total=dict(total), n=n)
        for p in movable:  # in id order
            sid = story_of[p.id]
            if sid in states:
                states[sid].absorb(p.vec)
        index.save(conn, states.values())
        if written is not None:  # as saved, with the sizes counted above: not read again when next met
            q = select(s.id, s.size).where(s.id.in_(changed))
            for sid, size in conn.execute(q):
                st = states[sid]
                written[sid] = _as_written(st, size)
        posted.extend(index.add(conn, [(pieces[i], s, seq) for i, s in ordered if pieces[i].vec]))
        display = self._shown(conn, movable, story_of, targets, shown, current, stamp, written, vacated)
        return sorted({*changed, *display, *_homeless(conn, [*changed, *display], stamp, written)})

    def _shown(
        self,
        conn,
        movable: list[ce.Piece],
        story_of: dict[str, int],
        target: dict[str, int],
        shown: dict[int, int],
        current: dict[str, int],
        stamp: str,
        written: dict | None,
        vacated: set[int] | frozenset[int] = frozenset(),
    ) -> list[int]:
        """Lone articles shown in the story they would join (`SHOWN`): an article still alone after
        refinement (the store's own pass, at `ADOPT_MARGIN`, left it: its story may not have come yet)
        that `engine.adopt` places at `SHOWN_MARGIN` (`target`, from refinement's settled centroids:
        `engine.adopt_settled`) is shown there (`articles.story_id`), while it clusters in its own
        story (`articles.home`): that story keeps its aggregate and index entries (size 0: not
        listed), so the article's story-mates that come later find it and join it there, and it goes
        home; it is in no other story's aggregate, so it pulls no story towards another.
        Weighed again whenever its home or the story it is shown in takes part whole (`_homes`).
        Writes the articles (and their copies) whose shown story changed and counts again the sizes of
        their stories and of those `vacated` (left by a shown article that refinement moved); returns
        the stories whose members shown changed."""
        if not SHOWN or self.refine_orders > 1:  # several orders: the other runs adopt, agreed
            return _recount(conn, vacated, stamp, written)
        a = T.articles.c
        rows, stories = [], set(vacated)
        for p in movable:
            i, home = int(p.id), story_of[p.id]
            show = target.get(p.id, home)
            was = shown.get(i, current[p.id])
            if show != was or (i in shown) != (show != home):
                rows.append({"b_id": i, "b_story": show, "b_home": home if show != home else None})
                stories.update((show, was))
        if not stories:
            return []
        if rows:
            rows.sort(key=lambda r: r["b_id"])
            q = update(T.articles).where(a.id == bindparam("b_id"))
            conn.execute(q.values(story_id=bindparam("b_story"), home=bindparam("b_home")), rows)
            q = update(T.articles).where(a.duplicate_of == bindparam("b_id"))  # copies follow their original
            conn.execute(q.values(story_id=bindparam("b_story"), home=bindparam("b_home")), rows)
        return _recount(conn, stories, stamp, written)

    def _new_only(self, conn, prepared: list[tuple[Document, ce.Piece]], report: IngestReport) -> list:
        """The documents whose URL and clean text (content key) the store does not hold yet (first of
        equals wins), with their pieces."""
        have_keys = _existing(conn, T.articles.c.content_key, {p.key for _, p in prepared})
        have_urls = _existing(conn, T.articles.c.url, {u for d, _ in prepared if (u := _url(d))})
        out = []
        for d, p in prepared:
            url = _url(d)
            if p.key in have_keys or (url and url in have_urls):
                report.skipped += 1
                continue
            if url and (over := _unindexable(conn, url)):
                report.failed.append(Failed(d.id, _cut(d.source), over, cleaning=False))
                continue
            have_keys.add(p.key)
            if url:
                have_urls.add(url)
            out.append((d, p))
        return out

    # -- read --------------------------------------------------------------------------------------

    def stories(self, ids: Iterable[int] | None = None, text: bool = False) -> list[StoryGroup]:
        """Stories with their articles (their text only with `text`; `Member.words` counts it): biggest
        first (articles that are not copies or chrome), then most recently updated, then id."""
        want = None if ids is None else list(ids)
        s = T.stories.c
        q = select(s.id, s.title, s.updated_at).where(s.size > 0).order_by(s.id)
        skip = ("raw", "vec", "sig") if text else ("raw", "text", "vec", "sig")
        aq = select(*[c for c in T.articles.c if c.name not in skip]).order_by(T.articles.c.id)
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
        groups.sort(key=lambda g: distinct(g.members), reverse=True)
        return groups

    def story(self, story_id: int) -> StoryGroup:
        found = self.stories([story_id], text=True)
        if not found:
            raise InputError(f"no story {story_id} in the store")
        return found[0]

    def raw_documents(self, story_id: int, copies: bool = True, bounded: bool = False) -> list[RawDoc]:
        """The raw articles of a story, in id order, for briefing it: its own articles with news (not page
        chrome or a site notice, `NO_NEWS`: `cluster --brief` leaves them out alike), not those shown in it
        (`articles.home`: another story's article, weakly placed; session 26 review S3); with `copies`,
        those `duplicate_of` marks too (the brief's `copy_of` marks each and counts it once, as
        `cluster --brief` does). With
        `bounded`, reading stops at the per-story byte limit (`limits.within_bytes`: an InputError
        naming "story <id>"), so a story too large to brief is never read whole."""
        a = T.articles.c
        q = (
            select(a.id, a.source, a.raw, a.title, a.author, a.date, a.outlet, a.kind)
            .where(a.story_id == story_id, a.words > 0, a.rule.not_in(sorted(NO_NEWS)), a.home.is_(None))
            .order_by(a.id)
        )
        if not copies:
            q = q.where(a.duplicate_of.is_(None))
        with self.engine.connect() as conn:
            rows = conn.execution_options(yield_per=64).execute(q)
            docs = (
                RawDoc(str(r.id), r.source, r.raw, r.title, r.author, r.date, r.outlet, r.kind) for r in rows
            )
            return limits.within_bytes(docs, f"story {story_id}") if bounded else list(docs)

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


@dataclass(frozen=True, slots=True)
class Ready(ce.Piece):
    """An article's clustering view with what storing it writes, made where it is prepared (a worker
    process: the main process, which assigns and writes one ingest after another, sets the rate): its
    vector as `articles.vec` holds it, its signature as `articles.sig` does, and its LSH band keys."""

    vec_json: str = "[]"
    sig_bytes: bytes | None = None
    bands: tuple[str, ...] = ()
    # an article that is not English (`languages.language_view`): its language, term occurrences and
    # terms, which the ingest weighs by its language's document frequencies (`languages.weigh_new`)
    lang: str = ""
    counts: tuple[tuple[str, int], ...] = ()
    terms: tuple[str, ...] = ()


def prepare(raw: RawDoc) -> tuple[Document, ce.Piece]:
    """A raw article cleaned, and its clustering view (numbered when it is stored), with what storing
    it writes (`Ready`)."""
    from ..clean import clean

    d = clean(raw)
    p = ce.piece(d.id, d.text, d.title, source=d.source, raw=d.raw)
    lang, counts, terms = language_view(d.text, d.title) if p.sig is not None else ("", (), ())
    return d, Ready(
        p.id,
        p.key,
        p.words,
        p.vec,
        p.sig,
        p.notice,
        vec_json=_vec_json(p.vec),
        sig_bytes=to_bytes(p.sig) if p.sig is not None else None,
        bands=tuple(band_keys(p.sig)) if p.sig is not None else (),
        lang=lang,
        counts=counts,
        terms=terms,
    )


def _vec_json(vec: dict[str, float]) -> str:
    return json.dumps(list(vec.items()))


def _engine(url: str, db: str, read_only: str | None = None) -> Engine:
    """The engine of `url` (`database_url(db)`); errors name `db` as given, its password hidden. With
    `read_only` (why the SQLite file cannot be written), one that opens it read-only (`_read_only`)."""
    if url.startswith("sqlite"):
        if read_only is None:
            eng = create_engine(url, connect_args={"timeout": LOCK_WAIT})
        else:
            eng = _read_only(sqlite_file(db) or "")

        @event.listens_for(eng, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # WAL: readers never block the writer
            cur = dbapi_conn.cursor()
            if read_only is None:  # a store opened read-only is read in the mode it was written in
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            # FULL, not NORMAL: in WAL mode both keep every committed ingest through a crash of the
            # process (SIGKILL: the issue's crash test), but under NORMAL an OS crash or power loss
            # may roll the last committed ingests back (the store stays whole: WAL recovery keeps a
            # prefix of the commits). A re-run of `ingest` adds those again exactly once, but
            # `watch`'s articles came from feeds that may no longer list them, and "a crash mid-ingest
            # loses nothing" would not hold for what the command had reported stored. FULL syncs the
            # WAL at each commit, once per ingest of `--batch` articles: no CPU it costs was
            # measurable (session 23, ingests 30,501-32,000: 2.11 / 2.27 ms main CPU per article
            # with FULL, 2.09 / 2.19 with NORMAL, the same stores), only the sync's wait.
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")  # negative: KiB, not pages
            cur.close()

        return eng
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError:  # psycopg missing: its ImportError was the message
        raise UsageError(
            "needs the PostgreSQL driver psycopg: pip install 'newsbrief[store]'", f"--db {_shown(db)}"
        ) from None
    except Exception as e:  # a URL SQLAlchemy cannot read (`check_server` passed it)
        raise UsageError(f"cannot use this database ({_reason(e)})", f"--db {_shown(db)}") from None


def _made(path: str) -> None:
    """Make a store's schema in the new SQLite file `path` and close it (`new_file.make_whole`)."""
    engine = _engine(database_url(path), path)
    try:
        migrate(engine, now)
    finally:
        engine.dispose()


def _check_file(db: str, writes: bool = True) -> str | None:
    """`InputError` when the SQLite file `db` names (`sqlite_file`: a path or a sqlite URL) is no regular
    file: a store is a SQLite file. When it or its folder cannot be written: an `InputError` if the
    command `writes` the store, else why (the store is then read read-only); None otherwise."""
    path = sqlite_file(db)
    if path is None:
        return None
    if (store := sidecar_of(path)) is not None:
        raise InputError(
            f"is the name of a file SQLite keeps beside {shown_text(store)} (opening {shown_text(store)}"
            " would delete a store here); give the store another name",
            db,
        )
    if (longest := _longest_name(path)) is not None:
        raise InputError(
            f"its name is too long for the files SQLite keeps beside a store ({os.path.basename(path)[:20]}…"
            f"-journal): give a name of at most {longest} bytes",
            db,
        )
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if (target := dangling_link(path)) is not None:
            raise InputError(
                f"is a link to {shown_text(target)}, which does not exist; no store is made through a link"
                " (give the target's path to make one there)",
                db,
            ) from None
        folder = os.path.dirname(path) or "."
        if not os.path.isdir(folder):  # SQLite said only "unable to open database file"
            raise InputError(f"cannot create the store: there is no folder {folder}", db) from None
        _writable(path, folder, "create", db)
        return None  # missing: created
    except OSError as e:  # a file on the way, a name too long: SQLite said "unable to open database file"
        raise InputError(f"cannot open the store ({e.strerror or type(e).__name__})", db) from None
    # no file (SQLite said "disk I/O error" for a FIFO, "unable to open database file" for a folder)
    if kind := file_kind(mode):
        raise InputError(f"is {kind}, not a store file", db)
    why = _unwritable(path, os.path.dirname(path) or ".")
    if why is not None and writes:
        raise InputError(f"cannot write the store: {why}", db)
    return why


def _longest_name(path: str) -> int | None:
    """The longest name a store in `path`'s folder may have, when `path`'s is longer; else None. SQLite
    names its log and journal NAME-wal, NAME-journal: past the folder's longest file name it cannot open
    them, and said "unable to open database file" (a 250-byte name on a 255-byte file system), after
    making the store file there (cli56)."""
    folder = os.path.dirname(path) or "."
    try:
        most = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):  # no such folder (said later), or no limit known
        return None
    longest = most - max(len(s) for s in SIDECARS)  # a name past `most` itself: the system's words
    return longest if longest < len(os.fsencode(os.path.basename(path))) <= most else None


def _writable(path: str, folder: str, doing: str, db: str) -> None:
    """`InputError` naming `db` when a store cannot be made at `path`: its folder cannot be written (a
    read-only file system, no permission; SQLite said only "unable to open database file")."""
    if (why := _unwritable(None, folder)) is not None:
        raise InputError(f"cannot {doing} the store: {why}", db)


def _unwritable(path: str | None, folder: str) -> str | None:
    """Why the store file `path` (None: a file to be made) or its `folder` cannot be written, or None. A
    store written is written beside it too (its write-ahead log and shared memory, in `folder`)."""
    for where, what in ((folder, "its folder"), (path, "the file")):
        if where is not None and not os.access(where, os.W_OK):
            read_only = bool(os.statvfs(where).f_flag & os.ST_RDONLY)
            return f"{what} cannot be written ({os.strerror(errno.EROFS if read_only else errno.EACCES)})"
    return None


def _read_uri(path: str) -> str:
    """The URI that opens the SQLite file `path` read-only. SQLite reads a store in WAL mode beside its
    shared memory (`-shm`), made on first open: where the folder can be written, or a writer has the
    store open (its `-wal` and `-shm` there), `mode=ro` reads it so. Where neither (a read-only folder,
    no writer: the last one folded its log into the file and removed both), `mode=ro` fails ("attempt to
    write a readonly database") and only `immutable=1` reads it: the file as it is, without locks (a
    writer that starts meanwhile can only be one allowed to write the folder)."""
    folder = os.path.dirname(path) or "."
    how = "mode=ro" if os.access(folder, os.W_OK) or os.path.exists(path + "-wal") else "immutable=1"
    return f"{pathlib.Path(path).resolve().as_uri()}?{how}"


def _read_only(path: str) -> Engine:
    """An engine reading the SQLite store `path` read-only (`_read_uri`), which this process cannot write."""
    import sqlite3

    from sqlalchemy.pool import NullPool

    uri = _read_uri(path)
    return create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT, check_same_thread=False),
        poolclass=NullPool,
    )


def _as_it_is(engine: Engine, why: str, db: str) -> None:
    """A store opened read-only (`why` it cannot be written) is read only when no migration is due (one
    would write it): else an `InputError` naming `db`; `NewerSchema` past `LATEST`, as `migrate`."""
    from .migrations import LATEST, MIGRATIONS, applied

    have = applied(engine)
    if max(have, default=0) > LATEST:
        raise NewerSchema(max(have))
    if missing := [m.version for m in MIGRATIONS if m.version not in have]:
        raise InputError(
            f"cannot read the store: {why}, and its schema (version {max(have, default=0)}) needs"
            f" upgrading to this newsbrief's {LATEST} (migration{'s' if len(missing) > 1 else ''}"
            f" {', '.join(map(str, missing))}), which writes it",
            db,
        )


def _refuse_foreign(db: str, writes: bool = True) -> None:
    """`InputError` for a SQLite file (a path) that holds tables, none of them the store's: another
    program's database (`ingest` added the store's tables to it, `stories` read it as an empty store,
    exit 0); and, for a command that only reads (not `writes`), one that holds no table (`stories` wrote
    the store's tables into it and listed none, as into an empty file before cli48). Read before the
    store's engine opens it (that turns on WAL, a change to the file)."""
    import sqlite3

    path = sqlite_file(db)
    if path is None or not os.path.isfile(path) or os.path.getsize(path) == 0:
        return
    try:
        with contextlib.closing(sqlite3.connect(_read_uri(path), uri=True)) as con:
            names = sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    except sqlite3.Error:
        return  # no database, or one that cannot be read: what opening it says
    if not names and not writes:  # the words of `command._need_file` for an empty file
        there = os.access(os.path.dirname(path) or ".", os.W_OK)
        hint = " (newsbrief ingest --db … makes one there)" if there else ""
        raise InputError(f"no store in it: a SQLite database with no tables{hint}", db)
    if names and T.migrations.name not in names:
        some = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
        raise InputError(
            f"is a SQLite database of something else (tables: {some}), not a store; left as it is", db
        )


# What the database answers when it, not the query, fails: SQLite's corrupt page ("database disk image is
# malformed"), full disk or file size limit ("disk I/O error"), a lock held past the 30 s timeout; a
# server that went away. Exact types: an IntegrityError or ProgrammingError is this code's bug.
STORE_FAILURES = (exc.OperationalError, exc.DatabaseError)


def _failed(context: Any, db: str) -> None:
    """`handle_error` listener: raise a store failure (`STORE_FAILURES`) again as one-line `InputError`;
    a value over a PostgreSQL index's limit names its row (`_over_index`)."""
    if type(context.sqlalchemy_exception) in STORE_FAILURES:
        over = _over_index(context)
        if over is not None:
            raise InputError(*over)
        raise InputError(_failure("the store failed", context.sqlalchemy_exception, db), _shown(db))


# PostgreSQL's words for a value its B-tree index cannot hold (an entry is at most about a third of a
# page, 2,704 bytes once compressed), and what the value is in each unique index on text a long value
# can meet: a URL (an article's is its source). A URL of 6,000 random characters was "the store failed
# (index row size 6032 exceeds btree version 4 maximum 2704 for index ...)", naming no article (cli57).
_INDEX_ROW = re.compile(r'index row size (\d+) exceeds .*maximum (\d+) for index "(\w+)"')
OVER_INDEX: dict[str, str] = {"uq_articles_url": "its URL", "uq_feeds_url": "the feed's URL"}


# A URL of at most this many bytes fits PostgreSQL's index whatever it holds; a longer one is tried
# (`_unindexable`). An index entry is at most 2,704 bytes, compressed when it can be.
SURE_TO_FIT = 2_000


class _Fits(Exception):
    """Raised to roll back `_unindexable`'s trial once the URL fitted."""


def _unindexable(conn: Any, url: str) -> str | None:
    """Why a PostgreSQL store cannot hold an article's `url` (over its unique index's limit), or None:
    tried in a temporary table's index of the same kind, in a savepoint rolled back at once, as only
    PostgreSQL can tell how well the URL compresses. One such URL rolled back the whole ingest batch
    (cli57); it is now left out, with a warning, and the others stored (cli58). Not tried for SQLite
    (no limit) nor for a URL of up to `SURE_TO_FIT` bytes."""
    size = len(url.encode("utf-8", "replace"))
    if conn.dialect.name != "postgresql" or size <= SURE_TO_FIT:
        return None
    try:
        with conn.begin_nested():
            conn.execute(text("CREATE TEMPORARY TABLE newsbrief_url_trial (url text) ON COMMIT DROP"))
            conn.execute(text("CREATE UNIQUE INDEX ON newsbrief_url_trial (url)"))
            conn.execute(text("INSERT INTO newsbrief_url_trial VALUES (:url)"), {"url": url})
            raise _Fits
    except _Fits:
        return None
    except InputError as e:
        found = _INDEX_ROW.search(str(e))
        if found is None:
            raise
        limit = int(found.group(2))
    return f"its URL is {size:,} bytes, more than a PostgreSQL store can index ({limit:,} once compressed)"


def _over_index(context: Any) -> tuple[str, str] | None:
    """(problem, name) for a URL over a PostgreSQL index's limit: the longest URL among the failed
    statement's values (rows of columns or of named values), named by itself cut short; None for any
    other failure."""
    found = _INDEX_ROW.search(_reason(context.sqlalchemy_exception))
    if found is None or found.group(3) not in OVER_INDEX:
        return None
    params = context.parameters
    rows = [params] if isinstance(params, dict | tuple) else list(params or ())
    urls = [
        v
        for row in rows
        for v in (row.values() if isinstance(row, dict) else row if isinstance(row, tuple | list) else ())
        if isinstance(v, str) and v.startswith(("http://", "https://"))
    ]
    if not urls:
        return None
    url = max(urls, key=lambda v: len(v.encode("utf-8", "replace")))
    size, limit = len(url.encode("utf-8", "replace")), int(found.group(2))
    problem = (
        f"{OVER_INDEX[found.group(3)]} is {size:,} bytes, more than a PostgreSQL store can index"
        f" ({limit:,} bytes once compressed); nothing of this batch was stored (a SQLite store takes it)"
    )
    return problem, shown_text(_cut(url))


def _cut(url: str) -> str:
    """A long URL as a message names it: its first 77 characters and "..." (80 in all)."""
    return url if len(url) <= 80 else url[:77] + "..."


# Seconds a SQLite store waits for another writer's lock before it gives up ("database is locked").
LOCK_WAIT = 30.0


def _failure(what: str, e: Exception, db: str = "") -> str:
    """`what (reason)`; a lock held past `LOCK_WAIT` (SQLite's bare "database is locked", from a running
    `ingest` or `watch`) says what to do; a file of the store `db` at the file size limit (SQLite's
    "disk I/O error") names that limit."""
    if (limit := size_limit.reached(e, store_files(db) if db else [])) is not None:
        return f"{what}: {size_limit.words(limit)}"
    why = _reason(e)
    if why == "database is locked":
        return f"the store is locked by another writer (waited {LOCK_WAIT:g} s); try again when it is done"
    return f"{what} ({why})"


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


_HELD_COLUMNS = (  # an article's id and the columns `index.Columns` holds
    T.articles.c.id,
    T.articles.c.rule,
    T.articles.c.duplicate_of,
    T.articles.c.content_key,
    T.articles.c.words,
)


def _columns_of(row: Row[Any]) -> tuple[str, int | None, str, int]:
    """An article's columns `index.Columns` holds, from a row of `_HELD_COLUMNS`."""
    return (row.rule, row.duplicate_of, row.content_key, row.words)


def _vector_of(row: Row[Any]) -> dict[str, float]:
    """An article's vector from its row's `vec` JSON, its terms interned (`index.interned`)."""
    return index.interned(dict(json.loads(row.vec)))


_Held = TypeVar("_Held", dict[str, float], tuple[str, int | None, str, int])  # a vector, or `Columns`


def _held_or_read(
    conn: Connection,
    ids: list[int],
    got: dict[int, _Held],
    held: index.Vectors | index.Columns,
    cols: tuple[ColumnElement[Any], ...],
    value: Callable[[Row[Any]], _Held],
) -> None:
    """Fill `got` (what this ingest has read or written) with each of `ids`' value: its own, else the
    one `held` in process, else read from `articles` (the columns `cols`, the id first; `value(row)`).
    An empty value this ingest has (an empty vector) is looked up in `held`, then read again: cheap."""
    unread = []
    for i in ids:
        v = got.get(i) or held.get(i)
        if v is None:
            unread.append(i)
        else:
            got[i] = v
    a = T.articles.c
    for k in range(0, len(unread), IN_CHUNK):
        for r in conn.execute(select(*cols).where(a.id.in_(unread[k : k + IN_CHUNK]))):
            got[r.id] = value(r)


def _recount(conn: Connection, stories: Iterable[int], stamp: str, written: dict | None) -> list[int]:
    """Count again the sizes of `stories` (the articles shown in each); their aggregates as held in
    process (`written`) are read again when next met. Returns them, sorted."""
    stories = sorted(set(stories))
    if stories:
        a, s = T.articles.c, T.stories.c
        count = select(func.count()).select_from(T.articles).where(a.story_id == s.id).scalar_subquery()
        conn.execute(update(T.stories).where(s.id.in_(stories)).values(size=count, updated_at=stamp))
        if written is not None:
            written.update(dict.fromkeys(stories))  # their sizes changed: read again when met
    return stories


def _homeless(conn: Connection, stories: Sequence[int], stamp: str, written: dict | None) -> list[int]:
    """Rule shown-home: an article shown away from its home in one of `stories` (an ingest changed
    their members) that holds no article of its own any more (none at home there but copies: its
    articles all moved or are shown elsewhere) goes home, with its copies; else the story, titled
    after articles gone, would list it alone. Returns the stories whose sizes it counted again."""
    if not stories:
        return []
    a = T.articles.c
    own = T.articles.alias("own")
    at_home = select(own.c.id).where(
        own.c.story_id == a.story_id, own.c.home.is_(None), own.c.duplicate_of.is_(None)
    )
    rows = []
    ids = sorted(set(stories))
    for k in range(0, len(ids), IN_CHUNK):
        q = select(a.id, a.story_id, a.home).where(
            a.story_id.in_(ids[k : k + IN_CHUNK]), a.home.is_not(None), ~at_home.exists()
        )
        rows.extend(conn.execute(q))
    if not rows:
        return []
    rows.sort(key=lambda r: r.id)
    q = update(T.articles).where(a.id == bindparam("b_id"))
    conn.execute(
        q.values(story_id=bindparam("b_story"), home=None), [{"b_id": r.id, "b_story": r.home} for r in rows]
    )
    q = update(T.articles).where(a.duplicate_of == bindparam("b_id"))  # copies follow their original
    conn.execute(
        q.values(story_id=bindparam("b_story"), home=None), [{"b_id": r.id, "b_story": r.home} for r in rows]
    )
    return _recount(conn, [s for r in rows for s in (r.story_id, r.home)], stamp, written)


def _copies_home(conn: Connection, rows: list[dict[str, Any]], next_id: int) -> None:
    """A new copy of a stored article shown away from its home (`articles.home`) is stored with that
    home too: shown where its original is (the clusterer put it there), clustering where it does."""
    originals = sorted({o for r in rows if (o := r["duplicate_of"]) is not None and o < next_id})
    homes: dict[int, int] = {}
    a = T.articles.c
    for k in range(0, len(originals), IN_CHUNK):
        q = select(a.id, a.home).where(a.id.in_(originals[k : k + IN_CHUNK]), a.home.is_not(None))
        homes.update(conn.execute(q).all())
    for r in rows:
        if r["duplicate_of"] in homes:
            r["home"] = homes[r["duplicate_of"]]


def _homes(conn: Connection, whole: list[int], new_rows: list[SimpleNamespace]) -> set[int]:
    """The homes of the articles shown in `whole` stories (and in those homes, ...; and of the new
    copies of shown articles): refinement reads a shown article at its home, so that story takes part
    whole as well."""
    homes = {r.home for r in new_rows if r.home is not None}
    a = T.articles.c
    seen, todo = set(whole), sorted(whole)
    while todo:
        found: set[int] = set()
        for k in range(0, len(todo), IN_CHUNK):
            q = select(a.home).where(a.story_id.in_(todo[k : k + IN_CHUNK]), a.home.is_not(None)).distinct()
            found.update(conn.execute(q).scalars())
        homes |= found
        todo = sorted(found - seen)
        seen |= found
    return homes


def _waiting_thin(conn, next_id: int) -> list[tuple[ce.Piece, int]]:
    """The thin articles alone in their story among the last `THIN_WAIT` stored (ids under `next_id`),
    with their story, in id order: a thin article joins no story under `THIN_JOIN` and nothing joins
    it, so one stored before its story's longer articles would stay alone."""
    a, s = T.articles.c, T.stories.c
    q = (
        select(a.id, a.story_id, a.content_key, a.words, a.vec)
        .join_from(T.articles, T.stories, s.id == a.story_id)
        .where(a.id >= next_id - THIN_WAIT, a.rule == "thin", s.size == 1)
        .order_by(a.id)
    )
    return [
        (ce.Piece(str(r.id), r.content_key, r.words, index.interned(dict(json.loads(r.vec)))), r.story_id)
        for r in conn.execute(q)
    ]


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
        "vec": p.vec_json if isinstance(p, Ready) else _vec_json(p.vec),
        "sig": p.sig_bytes if isinstance(p, Ready) else to_bytes(p.sig) if p.sig is not None else None,
        "ingest_id": ingest_id,
        "added_at": stamp,
        "home": None,
        "lang": (p.lang or None) if isinstance(p, Ready) else None,
    }


def _member(a) -> Member:
    doc = Document(
        id=str(a.id),
        source=a.source,
        raw="",
        text=getattr(a, "text", ""),
        title=a.title,
        outlet=a.outlet,
        author=a.author,
        date=a.date,
    )
    dup = str(a.duplicate_of) if a.duplicate_of else None
    return Member(doc, a.rule, dup, a.score, a.words, shown=a.home is not None)
