"""`newsbrief ingest | stories` and `newsbrief brief --db DB --story ID`: the store from the command line."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import InputError, UsageError, counted, shown
from ..options import MAX_PROCESSES, cache_dir_option, format_option, inputs_argument, path_option

DbOption = Annotated[
    str, typer.Option("--db", help="Store: a file (SQLite, created if missing) or postgresql://…")
]
WORKERS = 1  # on 2 cores: one process prepares the next articles while the main one stores (measured)
BATCH = 100  # articles per transaction: refinement's work per article grows with the batch (docs/HISTORY.md)
# An ingest of URLs, unless told otherwise: each fetched article is stored before the next page is fetched
# (a feed of 100 pages fetched a second apart was one transaction: killed at page 50, it kept nothing), and
# prepared in this process (workers reading batches ahead would hold the fetched pages back from the store).
URL_BATCH = 1
URL_WORKERS = 0

WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=0,
        max=MAX_PROCESSES,
        help="Processes that clean and vectorise articles beside the main one (0: none) "
        f"[default: {WORKERS}; {URL_WORKERS} with a URL].",
        show_default=False,
    ),
]
BatchOption = Annotated[
    int | None,
    typer.Option(
        "--batch",
        min=1,
        help="Articles per transaction (each batch is stored whole or not) "
        f"[default: {BATCH}; {URL_BATCH} for a URL's articles: each page stored as it is fetched].",
        show_default=False,
    ),
]


def sizes(workers: int | None, batch: int | None, urls: bool) -> tuple[int, int]:
    """--workers and --batch as given, else their defaults (`URL_WORKERS`, `URL_BATCH` with `urls`)."""
    if workers is None:
        workers = URL_WORKERS if urls else WORKERS
    return workers, batch or (URL_BATCH if urls else BATCH)


def by_input(batch: int | None, current: list[str]) -> Any:
    """`ingest`'s transaction size: --batch as given, else one decided by the input each article
    comes from (`current[0]`, the input being read): `URL_BATCH` for a URL's, `BATCH` for the others
    (files given beside a feed URL were stored one article a transaction too: scale51)."""
    from ..ingest.load import is_url

    if batch:
        return batch
    return lambda _article: URL_BATCH if is_url(current[0]) else BATCH


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("stories")(stories_command)


def open_store(db: str, writes: bool = True) -> Any:
    """The store `db` for a command; one that only reads it (not `writes`) reads a SQLite store it cannot
    write (a read-only file or folder) read-only."""
    try:
        from . import Store
    except ImportError:
        raise UsageError("--db needs the store extra: pip install 'newsbrief[store]'") from None
    return Store(db, writes=writes).name_failures(db)


def ingest_command(
    inputs: Annotated[list[str], inputs_argument("Files, folders, JSONL of articles, feeds, URLs.")],
    db: DbOption = "news.db",
    cache_dir: Annotated[
        Path | None, cache_dir_option("Cache fetched URLs here; a re-run does not refetch.")
    ] = None,
    workers: WorkersOption = None,
    batch: BatchOption = None,
) -> None:
    """Add articles to a store: each joins a story or starts one (one transaction per --batch
    articles; a re-run after a crash adds the rest). A feed URL read before is asked conditionally
    (its ETag and Last-Modified, as `watch` keeps them). An input that cannot be read, a bad row of a
    JSONL file, or an article that cannot be cleaned, is a warning, the others are stored, and the
    exit status is then 1."""
    from ..cluster.sources import iter_articles
    from ..feeds import FeedPoll, FeedState
    from ..ingest.load import files_read, is_url
    from .feedstate import feed_states, save_feed_state
    from .location import refuse_an_input_as_store

    refuse_an_input_as_store(db, files_read(inputs))
    # A URL given twice is read once: a second read would be asked conditionally with the first's
    # validators, answer 304 and take the place of the first answer (losing its new validators).
    inputs = [u for k, u in enumerate(inputs) if not is_url(u) or u not in inputs[:k]]
    urls = [u for u in inputs if is_url(u)]
    workers, _ = sizes(workers, batch, bool(urls))  # one pool a run: none with a URL
    current = [""]  # the input being read
    size = by_input(batch, current)
    feeds: dict[str, FeedPoll] = {}
    failed: list[InputError] = []  # inputs not read: warned, the others stored, exit 1 (as `batch`)
    bad_rows: list[str] = []  # JSONL rows skipped: warned, exit 1 (as `batch` counts them failed)
    left_out: list[str] = []  # URLs of pages stored already, not fetched: counted already stored
    with ExitStack() as stack:
        store = None
        if urls and ("://" in db or Path(db).exists()):  # reading the inputs creates no store
            store = stack.enter_context(open_store(db))
            feeds = {u: FeedPoll(u, (), FeedState(*st)) for u, st in feed_states(store, urls).items()}
        asked = dict(feeds)
        raws = iter_articles(
            inputs,
            cache_dir=cache_dir,
            feeds=feeds,
            failed=failed,
            bad_rows=bad_rows,
            known=None if store is None else partial(_stored, store),
            reading=lambda inp: current.__setitem__(0, inp),
            left_out=left_out,
        )
        first = next(raws, None)  # no article read: the error line, and no store made
        store = store or stack.enter_context(open_store(db))
        report = ingest(store, itertools.chain([first], raws) if first else (), workers, size)
        report.skipped += len(left_out)
        for url, p in sorted(feeds.items()):  # after the articles are committed (see feedstate.py)
            if p.state is not None and (p is not asked.get(url) or p.not_modified):
                save_feed_state(store, url, p.state.etag, p.state.last_modified, not p.not_modified)
        not_modified = sum(p.not_modified for p in feeds.values())
    print(
        f"newsbrief: {counted(report.added, 'article')} added ({report.skipped:,} already stored), "
        f"{counted(len(report.stories), 'story')} updated ({report.new_stories:,} new)"
        + (f", {len(report.emptied)} merged into others" if report.emptied else "")
        + (f"; {uncleaned} not cleaned" if (uncleaned := sum(f.cleaning for f in report.failed)) else "")
        + (f"; {unheld} not storable" if (unheld := sum(not f.cleaning for f in report.failed)) else "")
        + (f"; {counted(len(failed), 'input')} not read" if failed else "")
        + (f"; {counted(len(bad_rows), 'bad row')} skipped" if bad_rows else "")
        + (f"; {counted(not_modified, 'feed')} not modified" if not_modified else ""),
        file=sys.stderr,
    )
    if failed or bad_rows or report.failed:  # an input, row or article not stored: each warned, exit 1
        raise typer.Exit(1)


def _stored(store: Any, url: str) -> bool:
    """Does an article of `store` have this URL? (A feed's entry stored by an ingest a crash cut short.)"""
    from .feedstate import stored_urls

    return bool(stored_urls(store, [url]))


def ingest(store: Any, raws: Iterable[Any], workers: int = WORKERS, batch: Any = BATCH) -> Any:
    """`raws` added to `store` in transactions of `batch` articles (`ahead.Batch`), prepared in
    `workers` processes (`ahead.ingest_batches`), read as they are stored (an input of 50,000
    articles was read into one list first: 330 MB, cli46); one report for them all. Each article that
    could not be cleaned is a warning line and is not stored; the others are."""
    from ..log import warn
    from .ahead import ingest_batches
    from .store import IngestReport
    from .views import last_story, story_sizes

    total = IngestReport()
    stories: set[int] = set()
    top = last_story(store)  # the stories made by this ingest are numbered above it
    for r in ingest_batches(store, raws, batch=batch, workers=workers):
        total.added += r.added
        total.skipped += r.skipped
        stories.update(r.stories, r.emptied)
        for rule, n in r.rules.items():
            total.rules[rule] = total.rules.get(rule, 0) + n
        total.failed.extend(r.failed)
    as_they_stand(total, stories, story_sizes(store, sorted(stories)), top)
    for f in total.failed:
        warn(f"{shown(f.source)}: {f'cannot clean it ({f.reason})' if f.cleaning else f.reason}; not stored")
    return total


def as_they_stand(report: Any, changed: set[int], sizes: dict[int, int], top: int) -> None:
    """`report`'s stories counted as they stand after the ingest, not as its batches touched them:
    `stories` those left with articles, `new_stories` those of them made by it (numbered above `top`),
    `emptied` those it merged away (stored before it, left empty). A story made and emptied in the same
    ingest (refinement merged it into another) is none of these: "9 stories updated (9 new)" was
    printed where `stories` then listed 6 (cli47)."""
    report.stories = sorted(sid for sid in changed if sizes.get(sid, 0) > 0)
    report.new_stories = sum(sid > top for sid in report.stories)
    report.emptied = sorted(sid for sid in changed if sid <= top and sizes.get(sid, 0) == 0)


def stories_command(
    db: DbOption = "news.db",
    fmt: Annotated[str, format_option("terminal, md, json or html.")] = "terminal",
    output: Annotated[
        Path | None, path_option("--output", "-o", help="Write to this file (atomically).")
    ] = None,
) -> None:
    """List the stories of a store, biggest and newest first."""
    from ..cluster.output import formats, render, to_dict

    if fmt not in formats():
        raise UsageError(f"unknown --format {fmt!r}; choose one of {', '.join(formats())}")
    from ..io import refuse_an_input
    from .location import refuse_a_sidecar, store_files

    refuse_an_input(output, store_files(db))
    refuse_a_sidecar(output, db)
    _need_file(db)
    with open_store(db, writes=False) as store:
        text = render(to_dict(store.stories()), fmt)
    emit(text, output)


def brief_from_store(db: str, story: str | None, options: Any, fmt: str, output: Path | None) -> None:
    """`newsbrief brief --db DB --story ID`: brief one stored story and say what is new since its last
    brief (articles and summary sentences); the brief is recorded for next time."""
    from ..pipeline import brief_raws
    from ..render import render
    from ..render.json import to_dict

    if story is None:
        raise UsageError("--db needs --story ID (newsbrief stories --db … lists them)")
    from .ids import story_number

    sid = story_number(story)
    if sid is None:
        if story.isascii() and story.isdigit():  # past any id the store can hold
            raise InputError(f"no story {story} in the store")
        raise UsageError(f"--story {story!r}: a story id of the store is a number such as 12 (ASCII digits)")
    _need_file(db)
    with open_store(db, writes=False) as store:
        group = store.story(sid)  # InputError when there is no such story
        raws = store.raw_documents(sid, bounded=True)  # the limits of `brief`: `limits.py`
        if not raws:  # as `cluster --brief` leaves it unbriefed: its list marks each article so
            from ..cluster import nothing_to_brief

            raise InputError(nothing_to_brief(m.rule for m in group.members), f"story {sid}")
        b = brief_raws(raws, options, name=f"story {sid}", refuse_empty=True)
        data = to_dict(b)
        previous = store.last_brief(sid)
        if store.read_only is None:
            store.record_brief(sid, data, [r.id for r in raws])
        else:  # briefed all the same: only the record for the next brief's "What is new" is missing
            from ..log import warn

            warn(
                f"{shown(db)}: {store.read_only}: this brief is not recorded (the next brief's"
                ' "What is new" counts from the last one recorded)'
            )
    since = what_is_new(previous, [r.id for r in raws], data)
    if fmt == "json":
        import json

        wrapped = {"schema_version": "1.0", "story": sid, **since, "brief": data}
        emit(json.dumps(wrapped, ensure_ascii=False, indent=2) + "\n", output)
        return
    text = render(b, fmt)
    if fmt in ("terminal", "text", "markdown", "md"):
        text = news_text(since, data, markdown=fmt in ("markdown", "md")) + text
    emit(text, output)


def what_is_new(previous: tuple | None, ids: list[str], brief: dict[str, Any]) -> dict[str, Any]:
    """Articles and summary sentences that the previous brief of the story did not have."""
    if previous is None:
        return {
            "previous_brief": None,
            "new_documents": ids,
            "new_summary": list(range(len(brief["summary"]))),
        }
    at, old_ids, old = previous
    old_texts = {s["text"] for s in old.get("summary", [])}
    seen = set(old_ids)
    return {
        "previous_brief": at,
        "new_documents": [i for i in ids if i not in seen],
        "new_summary": [k for k, s in enumerate(brief["summary"]) if s["text"] not in old_texts],
    }


def news_text(since: dict[str, Any], brief: dict[str, Any], markdown: bool) -> str:
    head = "## What is new\n\n" if markdown else "What is new\n"
    if since["previous_brief"] is None:
        return head + "First brief of this story.\n\n"
    docs = {d["id"]: d for d in brief["documents"]}
    lines = [f"Since the brief of {since['previous_brief']}:"]
    n = len(since["new_documents"])
    lines.append(counted(n, "new article") + (":" if n else "."))
    lines.extend(f"  - {docs[i]['title'] or docs[i]['source']}" for i in since["new_documents"] if i in docs)
    new = since["new_summary"]
    lines.append(counted(len(new), "new summary sentence") + (":" if new else "."))
    lines.extend(f"  + {brief['summary'][k]['text']}" for k in new)
    return head + "\n".join(lines) + "\n\n"


def _need_file(db: str) -> None:
    """Reading commands do not create a store: a missing SQLite file (a path or a sqlite URL, or a link
    to nothing) is an input error, and so is an empty file: `stories --db empty.db` wrote the store's
    tables into it and listed no stories, exit 0, where a missing one is refused (cli48); the sqlite3
    shell leaves an empty file empty when it only reads."""
    from .location import SQLITE_URL, dangling_link, link_loop, sqlite_file

    if "://" in db and not db.startswith(SQLITE_URL):
        return  # a server
    path = sqlite_file(db)
    if path is None:
        return
    if (loop := link_loop(path)) is not None:
        raise InputError(f"cannot open the store ({loop})", db)
    if (target := dangling_link(path)) is not None:
        raise InputError(f"no such store: it is a link to {shown(target)}, which does not exist", db)
    if not Path(path).exists():
        raise InputError("no such store (newsbrief ingest --db … creates one)", db)
    if Path(path).is_file() and Path(path).stat().st_size == 0:
        # no hint where no store can be made: /proc/self/mem's folder cannot be written (cli51)
        there = os.access(os.path.dirname(path) or ".", os.W_OK)
        hint = " (newsbrief ingest --db … makes one there)" if there else ""
        raise InputError(f"no store in it: the file is empty{hint}", db)


def emit(text: str, output: Path | None) -> None:
    """`io.emit`, imported when a command writes (only typer is imported at start-up)."""
    from ..io import emit

    emit(text, output)
