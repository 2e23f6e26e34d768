"""Story pages served live from the store (`newsbrief serve --db news.db`).

`/stories`: the stories, biggest then newest first (`?sort=new`: newest first), with their sources.
`/stories/{id}`: a story's brief, its articles, and what changed since its previous brief;
`/stories/{id}/report`: the full HTML report of that brief. A story is briefed when its page is
asked for and its articles differ from those of its last brief: on the large worker lane, within the
server's limits, recorded in the store (so `newsbrief brief --db` and the page share one history);
one brief per story at a time. A store that cannot be written is served read-only: each page's brief
is made as it is asked for, not recorded, and the page says so. The pages are read-only GETs behind
the same Host allow-list, headers and Content-Security-Policy as the rest of the app, rendered by
Jinja2 with autoescape on.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import InputError, NewsbriefError
from ..store.ids import page_number, story_number
from .settings import Settings

if TYPE_CHECKING:
    from ..model import RawDoc

PAGE_SIZE = 50
_STORES: dict[str, Any] = {}  # one open store per database, per process (a worker opens its own)
_STORES_LOCK = threading.Lock()  # requests open the store from thread-pool threads: one engine each


def open_store(db: str) -> Any:
    with _STORES_LOCK:
        if db not in _STORES:
            from ..store import Store

            _STORES[db] = Store(db, writes=False)  # read-only when it cannot be written (`read_only`)
        return _STORES[db]


# --- the work of a worker ---------------------------------------------------------------------------


def _over_limits(settings: Settings, raws: list[RawDoc], copies: int) -> str | None:
    """Why the articles are over the server's limits (`copies` of them left out), or None."""
    from .jobs import text_bytes

    if len(raws) > settings.max_documents:
        also = f" and {copies} {'copy' if copies == 1 else 'copies'}" if copies else ""
        return f"the story has {len(raws)} articles{also}; the app briefs at most {settings.max_documents}"
    size = text_bytes(raws)
    if size > settings.max_story_bytes:
        return f"the story is {size:,} bytes (the limit is {settings.max_story_bytes:,} per brief)"
    return None


def story_articles(settings: Settings, store: Any, story_id: int) -> list[RawDoc]:
    """The articles of a story the app briefs: with their copies when those are within the server's
    limits, else without them (a copy adds no source); `LimitError` when even the distinct ones are over."""
    from .jobs import LimitError

    raws = store.raw_documents(story_id)
    if _over_limits(settings, raws, 0) is None:
        return raws
    distinct = store.raw_documents(story_id, copies=False)
    why = _over_limits(settings, distinct, len(raws) - len(distinct))
    if why is not None:
        raise LimitError(why)
    return distinct


def briefed_ids(settings: Settings, store: Any, story_id: int) -> list[str]:
    """The ids of the articles a brief of the story reads now (all of them when it is over the limits)."""
    from .jobs import LimitError

    try:
        return [r.id for r in story_articles(settings, store, story_id)]
    except LimitError:
        return [r.id for r in store.raw_documents(story_id)]


def brief_job(settings: Settings, db: str, story_id: int) -> tuple[str, list[str], dict[str, Any]] | None:
    """Brief a stored story within the server's limits and record the brief (run on a worker). In a
    read-only store it is not recorded but given back as `recent_briefs` gives one (when, the ids of
    the articles it read, the brief)."""
    from ..model import BriefOptions
    from ..render.json import to_dict
    from .jobs import make_brief

    store = open_store(db)
    raws = story_articles(settings, store, story_id)
    if not raws:
        return None
    data = to_dict(make_brief(settings, raws, BriefOptions(timings=False)))
    if store.read_only is not None:
        from ..store.store import now

        return now(), [r.id for r in raws], data
    store.record_brief(story_id, data, [r.id for r in raws])
    return None


# --- what the templates show ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """A story in the list."""

    id: str
    title: str
    articles: int  # neither copies nor chrome
    copies: int
    sources: tuple[str, ...]
    updated: str


def source_name(outlet: str | None, source: str) -> str:
    """An article's outlet, else its URL's host, else the name of its file (or feed entry)."""
    if outlet:
        return outlet
    if source.startswith(("http://", "https://")):
        try:
            host = urlsplit(source).hostname
        except ValueError:
            host = None
        if host:
            return host.removeprefix("www.")
    return source.replace("\\", "/").rsplit("/", 1)[-1][:80] or "file"


def row(group: Any) -> Row:
    """A story of the store (`StoryGroup`) as a row of the list."""
    from ..cluster import distinct

    sources = dict.fromkeys(source_name(m.document.outlet, m.document.source) for m in group.members)
    copies = sum(1 for m in group.members if m.duplicate_of is not None)
    return Row(group.id, group.title, distinct(group.members), copies, tuple(sources), when(group.updated))


def list_rows(head: list[tuple]) -> list[Row]:
    """Rows of `store.views.story_page_rows`."""
    return [
        Row(str(i), title, n, copies, tuple(dict.fromkeys(source_name(o, s) for o, s in srcs)), when(upd))
        for i, title, upd, n, copies, srcs in head
    ]


def when(stamp: str | None) -> str:
    """A stored UTC time as `YYYY-MM-DD HH:MM UTC`."""
    return f"{stamp[:10]} {stamp[11:16]} UTC" if stamp and len(stamp) >= 16 else (stamp or "")


def story_view(group: Any, briefs: list[tuple[str, list[str], dict[str, Any]]]) -> dict[str, Any]:
    """The story page's data: articles (numbered), the latest brief's summary with links to its
    articles, and what changed since the brief before it."""
    from ..render.html import _safe_href
    from ..store.command import what_is_new

    number = {m.document.id: k for k, m in enumerate(group.members, 1)}
    articles = [
        {
            "n": k,
            "id": m.document.id,
            "title": m.document.title or _opening(m.document.text) or m.document.source,
            "href": _safe_href(m.document.source),
            "source": source_name(m.document.outlet, m.document.source),
            "date": m.document.date,
            "copy_of": number.get(m.duplicate_of) if m.duplicate_of else None,
            "chrome": m.rule == "chrome",
            "notice": m.rule == "notice",
            "shown": m.shown,
        }
        for k, m in enumerate(group.members, 1)
    ]
    view: dict[str, Any] = {"articles": articles, "summary": [], "briefed": None, "changes": None}
    if not briefs:
        return view
    at, ids, data = briefs[0]
    since = what_is_new(briefs[1] if len(briefs) > 1 else None, ids, data)
    new = set(since["new_summary"]) if since["previous_brief"] else set()
    docs = data["documents"]
    view["briefed"] = when(at)
    view["summary"] = [
        {
            "text": s["text"],
            "new": k in new,
            "cites": [number[docs[d]["id"]] for d in s["sources"] if docs[d]["id"] in number],
        }
        for k, s in enumerate(data["summary"])
    ]
    if since["previous_brief"]:
        view["changes"] = {
            "previous": when(since["previous_brief"]),
            "articles": [a for a in articles if a["id"] in set(since["new_documents"])],
            "sentences": len(since["new_summary"]),
        }
    return view


def _opening(text: str, words: int = 14) -> str:
    w = text.split()
    return " ".join(w[:words]) + (" …" if len(w) > words else "")


# --- routes -----------------------------------------------------------------------------------------


def add_routes(app: Any, settings: Settings, lanes: Any, render_page: Any, error_page: Any) -> None:
    """Add the story pages to the app (`render_page(template, **ctx)`, `error_page(message, status)`)."""
    from fastapi.responses import HTMLResponse
    from starlette.concurrency import run_in_threadpool

    from ..store.views import recent_briefs

    db = settings.db
    assert db is not None
    locks: dict[int, asyncio.Lock] = {}

    async def store_of() -> Any:  # the first call opens (and migrates) the store: never on the event loop
        return await run_in_threadpool(open_store, db)

    async def brief_now(
        store: Any, story_id: int
    ) -> tuple[list[tuple[str, list[str], dict[str, Any]]], str | None]:
        """The story's last two briefs (`recent_briefs`), a new one made first when its articles differ
        from the last one's, and a notice for the page: why no new brief, or that a read-only store's
        brief (given first) is not recorded. A story with no news to brief (page chrome, a site notice:
        `Store.raw_documents`) shows none, not even one a store recorded before it left them out."""
        notice = None
        async with locks.setdefault(story_id, asyncio.Lock()):
            ids = await run_in_threadpool(briefed_ids, settings, store, story_id)
            if not ids:
                return [], None
            briefs = await run_in_threadpool(recent_briefs, store, story_id, 2)
            if not briefs or briefs[0][1] != ids:
                made = None
                try:
                    made = await lanes.pick(True).run(brief_job, settings, db, story_id)
                except NewsbriefError as e:
                    notice = f"No new brief: {e}"
                briefs = await run_in_threadpool(recent_briefs, store, story_id, 2)
                if made is not None:
                    briefs = [made, *briefs[:1]]
                    notice = f"The store is read-only ({store.read_only}): this brief is not recorded."
        return briefs, notice

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    async def story_list(sort: str = "big", page: str = "1") -> HTMLResponse:
        from ..store.views import story_page_rows

        sort = "new" if sort == "new" else "big"
        page_no = page_number(page)
        store = await store_of()
        total, head = await run_in_threadpool(
            story_page_rows, store, sort == "new", (page_no - 1) * PAGE_SIZE, PAGE_SIZE
        )
        pages = max(1, -(-total // PAGE_SIZE))
        if page_no > pages:  # past the end: the last page
            page_no = pages
            total, head = await run_in_threadpool(
                story_page_rows, store, sort == "new", (page_no - 1) * PAGE_SIZE, PAGE_SIZE
            )
        shown = list_rows(head)
        return render_page(
            "stories.html.j2", stories=shown, total=total, sort=sort, page_no=page_no, pages=pages
        )

    @app.get("/stories/{sid}", response_class=HTMLResponse, include_in_schema=False)
    async def story_page(sid: str) -> HTMLResponse:
        story_id = story_number(sid)
        if story_id is None:
            return error_page(f"no story {sid[:40]!r} in the store", 404)
        store = await store_of()
        try:
            group = await run_in_threadpool(store.story, story_id)
        except InputError as e:
            return error_page(str(e), 404)
        briefs, notice = await brief_now(store, story_id)
        return render_page(
            "story.html.j2", story=group, row=row(group), notice=notice, **story_view(group, briefs)
        )

    @app.get("/stories/{sid}/report", response_class=HTMLResponse, include_in_schema=False)
    async def story_report(sid: str) -> HTMLResponse:
        from ..model import Brief
        from ..render.html import render

        story_id = story_number(sid)
        store = await store_of()
        briefs = await run_in_threadpool(recent_briefs, store, story_id, 1) if story_id else []
        if story_id and store.read_only is not None:  # no brief is recorded: the page's is made again
            try:
                await run_in_threadpool(store.story, story_id)
            except InputError as e:
                return error_page(str(e), 404)
            briefs = (await brief_now(store, story_id))[0]
        if not briefs:
            return error_page(f"story {sid[:40]!r} has no brief yet (its page makes one)", 404)
        html = render(Brief.from_dict(briefs[0][2]), back_href=f"/stories/{story_id}")
        return HTMLResponse(html)
