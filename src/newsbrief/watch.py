"""`newsbrief watch --db news.db FEEDS... --every 15m`: poll feeds into a store until stopped.

Each poll reads every feed (files again; URLs by conditional GET, so an unchanged feed answers 304 and adds
nothing), fetches the article pages of new entries politely (`feeds.Pacer`), and adds what it found
(`store.command.ingest`: one transaction per `--batch` articles, prepared in `--workers` processes); only
then are the feeds' validators saved. A feed that fails is one warning line (once while it fails the same
way, `FeedFailures`) and the others go on. Each poll ends with one log line on stderr. SIGINT, SIGTERM and
SIGHUP (a closed terminal; not under `nohup`, which ignores it) stop it: no further entry is read (a feed
cut short keeps its old validators, so it is read in full next time), what was read is committed, and the
command exits 0. A run of `--polls N` that never read a feed (each one failed in every poll) ends with one
error line and exits 1, so cron notices.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .errors import InputError, UsageError, counted
from .io import file_kind
from .options import cache_dir_option, inputs_argument
from .store.command import BatchOption, WorkersOption, sizes

if TYPE_CHECKING:
    from .model import RawDoc

# ASCII digits only, as every other number option reads them: `\d` took "٣٠s" while `-w ٣٠` was refused.
_DURATION = re.compile(r"(?:([0-9]+(?:\.[0-9]+)?)h)?(?:([0-9]+(?:\.[0-9]+)?)m)?(?:([0-9]+(?:\.[0-9]+)?)s)?")


# `--every 0.0001s` polled a feed host in a busy loop (cli49): a feed URL is polled once a minute at most;
# feed files and loopback hosts (a local test server) may be polled as often as asked.
MIN_URL_EVERY = 60.0


def register(app: typer.Typer) -> None:
    app.command("watch")(watch_command)


def parse_duration(text: str, option: str, allow_zero: bool = False) -> float:
    """Seconds in a duration like `30s`, `15m`, `1h`, `1h30m` or `0.5s`; `UsageError` otherwise."""
    m = _DURATION.fullmatch(text.strip().lower())
    if not text.strip() or m is None or not any(m.groups()):
        raise UsageError(f"{text!r} is not a duration (like 30s, 15m, 1h or 1h30m)", option)
    h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    seconds = h * 3600 + mi * 60 + s
    if seconds <= 0 and not allow_zero:
        raise UsageError("must be longer than 0 s", option)
    if seconds > threading.TIMEOUT_MAX:  # the wait for it was an OverflowError traceback
        raise UsageError(f"{text!r} is longer than the longest wait ({threading.TIMEOUT_MAX:.0f} s)", option)
    return seconds


@dataclass(frozen=True)
class Duration:
    """A duration option as the parser reads it: its seconds, and its text as given (for messages). Two
    spellings of one length are one value, so `--every 1m --every 60s` is not "given twice" (cli59)."""

    seconds: float
    text: str = field(compare=False)

    def __str__(self) -> str:  # as help shows the default
        return self.text


def _duration_parser(option: str, allow_zero: bool = False) -> Callable[[str | Duration], Duration]:
    """The parser of a duration option: `parse_duration`'s refusal as the parser's, naming `option`."""

    def read(value: str | Duration) -> Duration:
        if isinstance(value, Duration):  # the default, given to the parser as it is
            return value
        try:
            return Duration(parse_duration(value, "", allow_zero), value)
        except UsageError as e:
            raise typer.BadParameter(str(e)) from None

    read.__name__ = f"{option.lstrip('-')}_value"
    return read


@dataclass
class PollReport:
    """What one poll did."""

    added: int = 0
    skipped: int = 0
    stories: int = 0  # stories that gained or lost articles and still hold some
    new_stories: int = 0
    merged: int = 0  # stories stored before the poll that it merged into others
    read: int = 0  # feeds read in full
    not_modified: int = 0  # feeds that answered 304
    failed: list[str] = field(default_factory=list)  # the feeds that failed

    def line(self, n: int, at: str, stopped: bool) -> str:
        return (
            f"newsbrief: {at} poll {n}: {counted(self.added, 'new article')} "
            f"({self.skipped} already stored), "
            f"{counted(self.stories, 'story')} changed ({self.new_stories} new"
            + (f", {self.merged} merged into others" if self.merged else "")
            + f"); feeds: {self.read} read, "
            f"{self.not_modified} not modified, {len(self.failed)} failed" + ("; stopping" if stopped else "")
        )


class FeedFailures:
    """How each feed failed, and what its reading warned of, in the polls so far, so a feed that keeps
    failing the same way is one warning, not one per poll (`watch URL --polls 0` of a dead URL warned at
    every poll, forever, cli59), and a feed file read again unchanged does not repeat its warnings (an
    entry cut short): a feed is warned of when it fails anew or otherwise, or warns of something new,
    and said once when it is read again after failing."""

    def __init__(self, say: Callable[[str], None] | None = None) -> None:
        self.last: dict[str, tuple[str, int]] = {}  # feed -> (its last failure, polls failed in a row)
        self.warned: dict[str, tuple[str, ...]] = {}  # feed -> what its last reading warned of
        self.say = say or _log

    def failed(self, source: str, problem: str) -> None:
        from .log import warn

        before, polls = self.last.get(source, ("", 0))
        if problem != before:
            warn(problem)
        self.last[source] = (problem, polls + 1)
        self.warned.pop(source, None)

    def read(self, source: str, warnings: Sequence[str] = ()) -> None:
        from .log import warn

        if source in self.last:
            polls = self.last.pop(source)[1]
            self.say(f"newsbrief: {source}: read again, after {counted(polls, 'failed poll')}")
        before = self.warned.get(source, ())
        for w in warnings:
            if w not in before:
                warn(w)
        self.warned[source] = tuple(warnings)


def poll(
    store: Any,
    feeds: Sequence[str],
    fetching: Any,
    stop: threading.Event,
    workers: int = 0,
    batch: int | None = None,
    failures: FeedFailures | None = None,
    opened: dict[str, Any] | None = None,
) -> PollReport:
    """Read every feed (until `stop` is set) and add the new articles as they are read
    (`store.command.ingest`: in transactions of `batch` articles, prepared in `workers` processes; a
    poll held every feed's pages before it stored the first: killed at page 50, it kept nothing).
    A feed that fails is warned of as `failures` (the polls before) says: once per way it fails. A feed
    file's reading in `opened` (the start's check) is used instead of reading it again, once."""
    from .feeds import FeedPoll, FeedState, stream_feed
    from .ingest.load import iter_unique_ids
    from .store.command import BATCH, ingest
    from .store.feedstate import feed_states, save_feed_state, stored_urls

    report = PollReport()
    failures = failures or FeedFailures()
    states = feed_states(store, feeds)
    polled: list[FeedPoll] = []

    def done(p: FeedPoll) -> None:
        failures.read(p.source, p.warnings)
        report.not_modified += p.not_modified
        report.read += not p.not_modified
        polled.append(p)

    def known(url: str) -> bool:
        return bool(stored_urls(store, [url]))

    def articles() -> Iterator[RawDoc]:
        for source in feeds:
            if stop.is_set():
                break
            state = FeedState(*states[source]) if source in states else None
            try:
                docs = stream_feed(source, state, fetching, known, done, opened)
            except InputError as e:
                failures.failed(source, str(e))
                report.failed.append(source)
                continue
            yield from docs

    added = ingest(store, iter_unique_ids(articles()), workers, batch or BATCH)
    report.added, report.skipped = added.added, added.skipped
    report.stories, report.new_stories = len(added.stories), added.new_stories
    report.merged = len(added.emptied)
    for p in polled:  # after the articles are committed (see store/feedstate.py)
        if p.state is not None and p.complete:
            save_feed_state(store, p.source, p.state.etag, p.state.last_modified, not p.not_modified)
    return report


class StopOnSignal:
    """While inside, SIGINT, SIGTERM and SIGHUP set `event` instead of interrupting (restored on exit);
    a signal that is ignored (`nohup`'s SIGHUP, a background job's SIGINT) stays ignored."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

    def __init__(self) -> None:
        self.event = threading.Event()
        self._old: list[Any] = []

    def __enter__(self) -> threading.Event:
        if threading.current_thread() is threading.main_thread():
            for s in self.SIGNALS:
                if signal.getsignal(s) is not signal.SIG_IGN:
                    self._old.append((s, signal.signal(s, lambda *_: self.event.set())))
        return self.event

    def __exit__(self, *exc: object) -> None:
        for s, old in self._old:
            signal.signal(s, old)


def run(
    store: Any,
    feeds: Sequence[str],
    every: float,
    polls: int,
    fetching: Any,
    stop: threading.Event,
    log: Callable[[str], None],
    clock: Callable[[], str] | None = None,
    workers: int = 0,
    batch: int | None = None,
    opened: dict[str, Any] | None = None,
) -> int:
    """Poll `polls` times (0: until `stop`), `every` seconds from the start of one poll to the next;
    the number of polls. `InputError` when all `polls` were made (no stop) and none read a feed.
    `opened`: feed files read at the start, each reading used by the first poll (then gone)."""
    import time

    clock = clock or (lambda: datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    n, answered, failures = 0, False, FeedFailures(log)
    while not stop.is_set():
        started = time.monotonic()
        n += 1
        report = poll(store, feeds, fetching, stop, workers, batch, failures, opened)
        answered = answered or report.read + report.not_modified > 0
        log(report.line(n, clock(), stop.is_set()))
        if polls and n >= polls:
            if not answered and not stop.is_set():
                failed = f": {_names(report.failed)} failed" if report.failed else ""
                raise InputError(f"no feed was read in {n} poll{'s' * (n > 1)}{failed}")
            break
        stop.wait(max(0.0, every - (time.monotonic() - started)))
    return n


def _names(feeds: Sequence[str], shown: int = 3) -> str:
    """`a, b and c`; past `shown` names, `a, b, c and 4 more`; `none` for no name."""
    head, rest = list(feeds[:shown]), len(feeds) - shown
    if rest > 0:
        return f"{', '.join(head)} and {rest} more"
    if not head:
        return "none"
    return ", ".join(head[:-1]) + " and " * (len(head) > 1) + head[-1]


def watch_command(
    feeds: Annotated[list[str], inputs_argument("RSS/Atom feeds: URLs or files.", stdin=False)],
    db: Annotated[
        str, typer.Option("--db", help="Store: a file (SQLite, created if missing) or postgresql://…")
    ] = "news.db",
    every: Annotated[
        Duration,
        typer.Option(
            "--every",
            parser=_duration_parser("--every"),
            metavar="<duration>",
            help="Time between polls: 30s, 15m, 1h, 1h30m.",
        ),
    ] = Duration(900.0, "15m"),
    polls: Annotated[
        int,
        typer.Option(
            "--polls", min=0, help="Stop after this many polls (0: never); exit 1 if none read a feed."
        ),
    ] = 0,
    delay: Annotated[
        Duration,
        typer.Option(
            "--delay",
            parser=_duration_parser("--delay", allow_zero=True),
            metavar="<duration>",
            help="Politeness: time between two requests to one host.",
        ),
    ] = Duration(1.0, "1s"),
    no_pages: Annotated[
        bool, typer.Option("--no-pages", help="Use the feeds' own text; fetch no article pages.")
    ] = False,
    cache_dir: Annotated[Path | None, cache_dir_option("Cache fetched article pages here.")] = None,
    workers: WorkersOption = None,
    batch: BatchOption = None,
) -> None:
    """Poll feeds into a store until stopped (SIGINT/SIGTERM), one ingest per poll."""
    from .feeds import Fetching, Pacer, refuse_a_file_that_is_no_feed
    from .ingest.load import once
    from .ingest.url import check_url, is_url
    from .store.command import open_store
    from .store.location import refuse_an_input_as_store

    interval, pause = every.seconds, delay.seconds
    seen: dict[tuple[int, int], str] = {}
    kept = []
    for f in feeds:
        if is_url(f):
            check_url(f)
        elif not once(check_feed_file(f), f, seen):
            continue  # one file under two paths (`a.xml ./a.xml`, a link) was read twice: now once, warned
        kept.append(f)
    feeds = kept
    check_url_every(interval, every.text, [f for f in feeds if is_url(f)])
    refuse_an_input_as_store(db, feeds)
    opened: dict[str, Any] = {}  # each feed file's reading, checked here, used by the first poll
    for f in feeds:
        if not is_url(f) and (reading := refuse_a_file_that_is_no_feed(f)) is not None:
            opened[f] = reading  # refused above when no feed at all: not once per poll, forever (cli59)
    with open_store(db) as store, StopOnSignal() as stop:
        fetching = Fetching(pacer=Pacer(pause), cache_dir=cache_dir, pages=not no_pages, stop=stop)
        feeds = list(dict.fromkeys(feeds))
        workers, batch = sizes(workers, batch, any(map(is_url, feeds)))
        run(store, feeds, interval, polls, fetching, stop, _log, workers=workers, batch=batch, opened=opened)


def check_url_every(interval: float, every: str, urls: Sequence[str]) -> None:
    """`UsageError` when a feed URL of another machine would be polled more often than `MIN_URL_EVERY`."""
    remote = next((u for u in urls if not _is_loopback(u)), None)
    if remote is not None and interval < MIN_URL_EVERY:
        raise UsageError(
            f"{every!r} is shorter than 1m, the least wait between two polls of a feed URL"
            " (feed files and localhost: any)",
            "--every",
        )


def _is_loopback(url: str) -> bool:
    """Whether `url`'s host is this machine (`localhost`, 127.0.0.0/8, ::1), as `serve` tells it."""
    from urllib.parse import urlsplit

    from .web.settings import is_loopback

    return is_loopback(urlsplit(url).hostname or "")


def check_feed_file(f: str) -> os.stat_result:
    """A feed given as a path must be a regular file, checked by `stat` (a FIFO is never opened); its
    `stat`."""
    try:
        st = Path(f).stat()
    except FileNotFoundError:
        raise InputError("no such feed file", f) from None
    except OSError as e:  # a loop of links was "no such feed file" (cli54)
        raise InputError(f"cannot read it ({e.strerror})", f) from None
    if kind := file_kind(st.st_mode):
        raise InputError(f"is {kind}, not a feed file", f)
    return st


def _log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
