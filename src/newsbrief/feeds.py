"""RSS and Atom feeds, from files or URLs, through `feedparser`.

Each entry becomes one article, its link the article's URL (so the store dedupes a re-read feed by
URL), with its title, date and the feed's title as outlet. Where the text comes from is decided by
an ordered table of named rules (`TEXT_RULES`): an entry of a feed given by URL whose feed text is
short gets its article page fetched; otherwise the feed's own content (or summary) is read as HTML
(trafilatura) and cleaned like any page. An entry with no text is kept as an article with none (a
story of its own, marked chrome), so every entry is accounted for; one of a title alone (no link, no
text: nothing to read or cite) is left out, counted in one warning.

Feeds and pages given by URL go through the one URL path (`ingest/url.py`: its deadline, byte caps,
redirect checks, optional private-address refusal; pages also through its cache). On top of it:
- politeness (`Pacer`): one request per host at a time and at least `delay` seconds between the end
  of one request to a host and the start of the next;
- conditional GET: a feed polled again is asked with If-None-Match / If-Modified-Since from its last
  answer (`FeedState`); a 304 answer means nothing new.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import InputError, counted
from .ingest.url import Fetched, FetchOptions, is_url
from .model import RawDoc

DEFAULT_DELAY = 1.0  # seconds between two requests to one host
FEED_HEAD_BYTES = 2048  # how much of a body or file is read to tell a feed
FULL_TEXT_WORDS = 150  # a feed entry carrying at least this many words is its own article text
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
URL_ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, */*;q=0.5"
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",  # these two only with a feed's opening tag
    "text/xml",
)


# --- politeness ------------------------------------------------------------------------------------


class Pacer:
    """Per-host politeness: one request per host at a time, `delay` seconds between requests to it.

    `clock` and `sleep` are injectable (tests pass a fake clock whose sleep advances it). Thread-safe:
    concurrent callers for one host queue on that host's lock; other hosts are not held up."""

    def __init__(
        self,
        delay: float = DEFAULT_DELAY,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = max(0.0, delay)
        self.clock = clock
        self.sleep = sleep
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}  # host -> when its last request ended

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold `url`'s host for one request, after waiting out the delay since the last one."""
        host = (urlsplit(url).hostname or "").lower()
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            last = self._last.get(host)
            if last is not None:
                wait = last + self.delay - self.clock()
                if wait > 0:
                    self.sleep(wait)
            try:
                yield
            finally:
                self._last[host] = self.clock()


# --- polling ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedState:
    """A feed's validators from its last answer, sent back on the next poll."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FeedPoll:
    """One feed read: its articles, or `not_modified` (HTTP 304); `state` to keep for the next poll
    (None for a feed file); `warnings` for entries whose page could not be fetched."""

    source: str
    docs: tuple[RawDoc, ...] = ()
    state: FeedState | None = None
    not_modified: bool = False
    warnings: tuple[str, ...] = field(default=())
    complete: bool = True  # False when `Fetching.stop` cut it short: keep no state, read it again
    refused: tuple[InputError, ...] = ()  # entries whose own HTML was refused (each also a warning)


@dataclass(frozen=True, slots=True)
class Fetching:
    """How feeds and their pages are fetched."""

    options: FetchOptions = field(default_factory=FetchOptions)
    pacer: Pacer = field(default_factory=Pacer)
    cache_dir: str | Path | None = None  # article pages only: a feed is always asked again
    pages: bool = True  # fetch article pages of feeds given by URL (see TEXT_RULES)
    stop: threading.Event | None = None  # once set, no further entry is read (watch's SIGTERM)
    most: int | None = None  # entries read at most (`cluster --max-articles`, a file or URL: the rest unread)


def poll_feed(
    source: str,
    state: FeedState | None = None,
    fetching: Fetching | None = None,
    known: Callable[[str], bool] | None = None,
) -> FeedPoll:
    """Read one feed (a file, or a URL asked conditionally with `state`); `InputError` if it fails.

    Entries whose link `known` says is stored already are left out (their pages are not fetched)."""
    polls: list[FeedPoll] = []
    docs = tuple(stream_feed(source, state, fetching, known, polls.append))
    return replace(polls[0], docs=docs)


def stream_feed(
    source: str,
    state: FeedState | None,
    fetching: Fetching | None,
    known: Callable[[str], bool] | None,
    done: Callable[[FeedPoll], None],
    opened: dict[str, _Reading] | None = None,
) -> Iterator[RawDoc]:
    """`poll_feed` one article at a time: the feed is read or fetched and checked now (`InputError`
    here), its entries' articles are given as they are read (each page fetched when its article is
    asked for), then `done` gets the poll (with no `docs`): `watch` stores a feed's articles as they
    come, not after its last page (scale51). A feed file's reading in `opened` (`watch`'s check at its
    start) is taken from it and used once, not read and parsed again."""
    from .ingest.url import fetch

    fetching = fetching or Fetching()
    if not is_url(source):
        from .ingest.load import read_bytes

        reading = opened.pop(source, None) if opened else None
        if reading is None:
            reading = _open(source, read_bytes(Path(source), source))
        new = None
    else:
        with fetching.pacer.slot(source):
            page = fetch(source, fetching.options, _asking(FEED_ACCEPT, state))
        if page.status == 304:
            done(FeedPoll(source, (), state, not_modified=True))
            return iter(())
        reading, new = _open(source, page.body), FeedState(page.etag, page.last_modified)
    return _then(_articles(reading, fetching, known), lambda: done(reading.poll(new)))


def _then(items: Iterator[RawDoc], after: Callable[[], None]) -> Iterator[RawDoc]:
    """`items`, then `after()` once they are all given."""
    yield from items
    after()


def _asking(accept: str, state: FeedState | None) -> dict[str, str]:
    """The request headers: `accept`, and the validators of the last answer (`state`), if any, so the
    server may answer 304 Not Modified."""
    headers = {"Accept": accept}
    if state and state.etag:
        headers["If-None-Match"] = state.etag
    if state and state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def read_feed(source: str, cache_dir: str | Path | None = None, most: int | None = None) -> list[RawDoc]:
    """The entries of a feed file or URL (for `cluster` and `ingest`), the first `most` of them when
    given; page failures are warnings."""
    from .log import warn

    poll = poll_feed(source, None, Fetching(cache_dir=cache_dir, most=most))
    for w in poll.warnings:
        warn(w)
    return list(poll.docs)


def read_url(
    url: str,
    cache_dir: str | Path | None = None,
    fetching: Fetching | None = None,
    feeds: dict[str, FeedPoll] | None = None,
) -> list[RawDoc]:
    """`iter_url`'s articles, held whole."""
    return list(iter_url(url, cache_dir, fetching, feeds))


def iter_url(
    url: str,
    cache_dir: str | Path | None = None,
    fetching: Fetching | None = None,
    feeds: dict[str, FeedPoll] | None = None,
    known: Callable[[str], bool] | None = None,
) -> Iterator[RawDoc]:
    """A URL given to `cluster` or `ingest`: a feed's entries, or the article of a page.

    The URL is fetched (and a feed checked) now, so its errors are raised here; a feed's entries are
    then given one at a time, each entry's page fetched when it is asked for (`_articles`). A page
    comes from the cache when it is there (only pages are cached, never feeds). With `feeds` (url ->
    its last `FeedPoll`, from a store), a feed read before is asked conditionally, as `watch` asks it:
    a 304 gives no articles; what a feed answered is put back into `feeds` after its last entry (its
    validators, none for a feed read short, or `not_modified`) for the caller to keep once the
    articles are stored. A feed's entry whose link `known` says is stored already is left out, its
    page not fetched (as `watch` polls: an `ingest` run again after a crash fetched every page again,
    then skipped the stored ones by URL)."""
    from .ingest.url import cache_get, cache_put, check_url, extract, fetch

    fetching = fetching or Fetching(cache_dir=cache_dir)
    check_url(url)
    cached = cache_get(fetching.cache_dir, url)
    if cached is not None:
        return iter([extract(cached)])
    state = feeds[url].state if feeds is not None and url in feeds else None
    with fetching.pacer.slot(url):
        page = fetch(url, fetching.options, _asking(URL_ACCEPT, state))
    if page.status == 304 and state is not None and feeds is not None:
        feeds[url] = FeedPoll(url, (), state, not_modified=True)
        return iter(())
    if is_feed(page):
        return _feed_articles(
            _open(url, page.body), fetching, FeedState(page.etag, page.last_modified), feeds, known
        )
    doc = extract(page)
    cache_put(fetching.cache_dir, page)
    return iter([doc])


def _feed_articles(
    reading: _Reading,
    fetching: Fetching,
    state: FeedState,
    feeds: dict[str, FeedPoll] | None,
    known: Callable[[str], bool] | None = None,
) -> Iterator[RawDoc]:
    """The articles of a feed read by URL as they come; then its poll into `feeds` (its validators
    only when it was read whole: an ingest of a feed cut short kept them, so the next one was
    answered 304 and never read the rest) and its warnings."""
    from .log import warn

    yield from _articles(reading, fetching, known)
    poll = reading.poll(state)
    if feeds is not None:
        feeds[reading.source] = poll if poll.complete else replace(poll, state=None)
    for w in poll.warnings:
        warn(w)


def is_feed(page: Fetched) -> bool:
    """Does a fetched page hold a feed (by content type, or by how an XML body starts)?"""
    if page.content_type in FEED_TYPES[:3]:
        return True
    if page.content_type and page.content_type not in FEED_TYPES:
        return False
    return starts_as_feed(page.body[:FEED_HEAD_BYTES])


# A feed's first element is <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0), after an optional byte-order
# mark, XML declaration, processing instructions, comments and doctype.
_FEED_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!doctype[^>]*>\s*)*<(?:rss|feed|rdf:rdf)[\s>/]",
    re.I | re.S,
)


def starts_as_feed(head: bytes) -> bool:
    """Does this start of a file or body open an RSS or Atom feed? One whose doctype declares entities,
    or whose doctype's internal subset runs past the head, counts too (`_FEED_START` stops at such a
    subset), so that the feed path reads the whole and refuses it if it declares entities; but not an
    XHTML page's (`<!DOCTYPE html`): the page reader refuses it in a page's words."""
    head = as_utf8(head)
    if _FEED_START.match(head) is not None:
        return True
    m = _SUBSET_OPEN.match(head)
    return m is not None and m.group(1).lower() != b"html" and _subset_entities(head) is not False


# How XML in UTF-32 or UTF-16 starts without a byte-order mark (a wide "<"), longest first; a marked one
# is read by `decode.bom_of` (the one table of marks). feedparser reads all of them, so the checks here
# must too (they match ASCII bytes).
_WIDE_STARTS: tuple[tuple[bytes, str], ...] = (
    (b"<\0\0\0", "utf-32-le"),
    (b"\0\0\0<", "utf-32-be"),
    (b"<\0", "utf-16-le"),
    (b"\0<", "utf-16-be"),
)


def as_utf8(data: bytes) -> bytes:
    """`data` as UTF-8 when it is UTF-16 or UTF-32 (by its byte-order mark or a wide "<"), else as it
    is: a UTF-16 feed's doctype was not seen, so one declaring entities went to feedparser."""
    from .ingest.decode import bom_of

    marked = bom_of(data)
    if marked is not None:  # a UTF-8 mark stays: the patterns above allow it
        bom, codec = marked
        return data if codec == "utf-8" else data[len(bom) :].decode(codec, "replace").encode("utf-8")
    for start, codec in _WIDE_STARTS:
        if data.startswith(start):
            return data.decode(codec, "replace").encode("utf-8")
    return data


# A doctype with an internal subset, after what may precede it (as in `_FEED_START`); then the parts of
# that subset one at a time, quoted values whole (so a "]" or ">" in one does not end it early).
_SUBSET_OPEN = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*<!DOCTYPE\s+([^\s\[>]+)"
    rb"""(?:\s+(?:SYSTEM|PUBLIC)(?:\s*(?:"[^"]*"|'[^']*'))+)?\s*\[""",
    re.S,
)
_SUBSET_PART = re.compile(
    rb"""\s+|<!--.*?-->|<\?.*?\?>|%[^;\s]+;|<![A-Z]+(?:"[^"]*"|'[^']*'|[^"'>])*>""", re.S
)


def declares_entities(data: bytes) -> bool:
    """Does the document's doctype declare entities? A news feed needs none, and nested or repeated
    ones are how an XML bomb (billion laughs, quadratic blowup) grows: feedparser leaves them
    unexpanded but took 117 s and 740 MB on a 12 MB one, so such a feed is refused before it is parsed."""
    return _subset_entities(as_utf8(data)) is True


def _subset_entities(data: bytes) -> bool | None:
    """True if the doctype's internal subset declares an entity, False if it has none (or no subset),
    None if `data` ends inside the subset before one is declared (a head cut short, or a part not read)."""
    m = _SUBSET_OPEN.match(data)
    if m is None:
        return False
    pos = m.end()
    while not data.startswith(b"<!ENTITY", pos):  # its keyword is enough: a sniffed head may cut it
        part = _SUBSET_PART.match(data, pos)
        if part is None:
            return False if data.startswith(b"]", pos) else None
        pos = part.end()
    return True


def root_element(data: bytes, most: int = 1 << 16) -> str | None:
    """The name of the first element of `data` (without its namespace), read from at most `most`
    bytes; None if none is found there or the markup is broken before it."""
    from xml.etree.ElementTree import ParseError, XMLPullParser

    parser = XMLPullParser(events=("start",))
    try:
        for at in range(0, min(len(data), most), 4096):
            parser.feed(data[at : at + 4096])
            for _, element in parser.read_events():
                return str(element.tag).rpartition("}")[2][:40]
    except ParseError:
        return None
    return None


# What the XML parser says when the data ends inside an element or a tag: the feed was cut short (a
# download or a copy stopped), not merely sloppy (feedparser then reads it loosely, and reads on).
ENDED_EARLY = ("no element found", "unclosed token")
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)


def ended_entries(parsed: Any, data: bytes) -> tuple[list[Any], int]:
    """The entries of a parsed feed that end in `data`, and how many at the end do not: a feed cut short
    (`ENDED_EARLY`) has its last entry cut, and feedparser gave it as whole, its text half there (a
    feed file cut in an entry's text stored that half as the article, exit 0; cli48). A feed that
    ends whole, or is malformed elsewhere, keeps every entry."""
    entries = list(parsed.entries)
    error = str(parsed.get("bozo_exception") or "")
    if not parsed.get("bozo") or not any(words in error for words in ENDED_EARLY):
        return entries, 0
    ended = min(len(entries), len(_ENTRY_END.findall(data)))
    return entries[:ended], len(entries) - ended


def read_feed_text(data: bytes, source: str) -> list[RawDoc]:
    """The entries of a feed already read (a file's or an upload's bytes), offline: each entry's own
    text, no page fetched (`TEXT_RULES`' file-feed). `InputError` if it is no readable feed. An entry
    whose HTML was refused (`FeedPoll.refused`) is left out with its reason as a warning, not kept to be
    called "empty" later; when no entry with text is left, that reason is the error (cli46)."""
    from .log import warn

    poll = _poll_of(source, data, None, Fetching(), None)
    refused = {e.source for e in poll.refused}
    docs = [d for d in poll.docs if d.raw.strip() or d.source not in refused]
    if poll.refused and not any(d.raw.strip() for d in docs):
        raise InputError(f"no entry has any text ({poll.refused[0]})", source)
    for w in poll.warnings:
        if not w.endswith(KEPT_EMPTY):
            warn(w)
    for e in poll.refused:
        warn(f"{e}; the entry is left out")
    return docs


def _poll_of(
    source: str,
    data: bytes,
    state: FeedState | None,
    fetching: Fetching,
    known: Callable[[str], bool] | None,
) -> FeedPoll:
    """The feed `data` read whole: every entry's article (`_articles`) and how the reading ended."""
    reading = _open(source, data)
    docs = tuple(_articles(reading, fetching, known))
    return reading.poll(state, docs)


@dataclass(slots=True)
class _Reading:
    """One feed being read: its whole entries (checked before any is read), then what reading them
    gave besides the articles, filled in as they are read (`_articles`)."""

    source: str
    entries: list[Any]
    outlet: str | None
    warnings: list[str] = field(default_factory=list)
    refused: list[InputError] = field(default_factory=list)
    cut: bool = False  # entries at the end cut short in the data (`ended_entries`)
    stopped: bool = False  # `Fetching.stop` or `Fetching.most` ended it before its last entry
    taken: int = 0  # articles given so far
    titles: int = 0  # entries of a title alone left out so far (`_title_alone`)

    def poll(self, state: FeedState | None, docs: tuple[RawDoc, ...] = ()) -> FeedPoll:
        """The `FeedPoll` of the reading so far. A feed read short keeps no validators (asked again
        with them, a 304 would never give the rest): one stopped early, or cut at `most` (a feed cut
        at `--max-articles` was marked complete, so a later run could skip the rest, scale51)."""
        titles = (
            [f"{self.source}: {counted(self.titles, 'entry')} of {TITLE_ALONE} left out"]
            if self.titles
            else []
        )
        return FeedPoll(
            self.source,
            docs,
            None if self.stopped else state,
            warnings=(*self.warnings, *titles),
            complete=not (self.cut or self.stopped),
            refused=tuple(self.refused),
        )


class NotAFeed(InputError):
    """The data is no RSS or Atom feed at all (not XML, or XML of another kind), where a feed that is
    empty, cut short or has no entry yet is a feed that may be readable at the next poll."""


def refuse_a_file_that_is_no_feed(source: str) -> _Reading | None:
    """`NotAFeed` when the feed file `source` holds no feed at all: `watch notes.txt --polls 0` warned
    "not a readable RSS or Atom feed" at every poll, forever (cli59). Any other failure (empty, cut
    short, no entries yet) is left to the polls, as a feed being written may be whole by then (None).
    Else its reading, for the first poll (`stream_feed`'s `opened`): the check parsed every feed file
    once more than the polls (cluster60)."""
    from .ingest.load import read_bytes

    try:
        return _open(source, read_bytes(Path(source), source))
    except NotAFeed:
        raise
    except InputError:
        return None  # left to the polls


def _open(source: str, data: bytes) -> _Reading:
    """The feed's entries, or `InputError` when it cannot be read (before any entry is)."""
    import feedparser

    from .ingest.decode import archive_of

    if not data.strip():  # "not an RSS or Atom feed", or "(<unknown>:4:0: no element found)" (cli55)
        raise InputError("the feed is empty" + (" (only white space)" if data else ""), source)
    if (what := archive_of(data[:16])) is not None:  # it was "not well-formed (invalid token)"
        hint = " (gunzip it)" if what == "a gzip archive" else ""
        raise NotAFeed(f"not an RSS or Atom feed: looks like {what}{hint}", source)
    if declares_entities(data):
        raise InputError(
            "the feed's doctype declares XML entities (a feed needs none; refused unread)", source
        )
    parsed = feedparser.parse(data)
    whole, cut = ended_entries(parsed, data)
    if cut and not whole:
        raise InputError(
            f"the feed ends early ({parsed.get('bozo_exception')}): no entry in it is whole", source
        )
    entries = [e for e in whole if any(e.get(k) for k in ("link", "title", "summary", "content"))]
    if parsed.get("bozo") and not entries:
        raise NotAFeed(f"not a readable RSS or Atom feed ({parsed.get('bozo_exception')})", source)
    if not entries and not parsed.get("version"):  # well-formed, but no feed: a web page, other XML
        root = root_element(data)
        named = f" (its root element is <{root}>)" if root else ""
        raise NotAFeed(f"not an RSS or Atom feed{named}", source)
    if not entries:
        raise InputError("the feed has no entries", source)
    if all(_title_alone(e) for e in entries):
        raise InputError(f"each entry of the feed is {TITLE_ALONE}: nothing to read", source)
    reading = _Reading(source, entries, _text(parsed.feed.get("title")), cut=bool(cut))
    if cut:
        which = (
            f"entry {len(whole) + 1} is" if cut == 1 else f"entries {len(whole) + 1}-{len(whole) + cut} are"
        )
        reading.warnings.append(
            f"{source}: the feed ends early ({parsed.get('bozo_exception')}): {which} cut short; left out"
        )
    return reading


def _articles(reading: _Reading, fetching: Fetching, known: Callable[[str], bool] | None) -> Iterator[RawDoc]:
    """The entries' articles one at a time, each page fetched only when the one before is taken (so
    `ingest` stores a feed's articles as they come, not after its last page: scale51)."""
    source = reading.source
    for k, e in enumerate(reading.entries, 1):
        if fetching.most is not None and reading.taken >= fetching.most:  # 10,000 entries, 100 wanted: 300 s
            reading.stopped = True
            return
        if fetching.stop is not None and fetching.stop.is_set():
            reading.stopped = True
            return
        if _title_alone(e):  # left out, counted (`_Reading.poll`); `k` still numbers every entry
            reading.titles += 1
            continue
        entry = Entry.of(e, k, source, reading.outlet)
        if known is not None and entry.link and known(entry.link):
            continue
        reading.taken += 1
        yield _article(entry, fetching if is_url(source) else None, reading.warnings, reading.refused)


def _title_alone(e: Any) -> bool:
    """An entry of a title alone: no link to fetch, no text to read. It was stored as a 0-word article
    that `stories` and `cluster` called "no article text: page chrome" (cli53): it is left out, counted."""
    body = (e["content"][0].get("value") or "") if e.get("content") else ""
    return not _text(e.get("link")) and not (body or e.get("summary") or "").strip()


TITLE_ALONE = "a title alone (no text, no link)"


# --- one entry -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """What a feed says about one article."""

    id: str
    where: str  # its link, or `<feed>#<k>`
    link: str | None
    title: str | None
    date: str | None
    outlet: str | None
    body: str  # HTML: the full content when the feed carries it, else the summary

    @classmethod
    def of(cls, e: Any, k: int, source: str, outlet: str | None) -> Entry:
        link = _absolute(_text(e.get("link")), source)
        body = (e["content"][0].get("value") or "") if e.get("content") else ""
        return cls(
            id=_text(e.get("id")) or link or f"{Path(urlsplit(source).path).stem or 'feed'}-{k}",
            where=link or f"{source}#{k}",
            link=link,
            title=_text(e.get("title")),
            date=_text(e.get("published") or e.get("updated")),
            outlet=outlet,
            body=body or e.get("summary") or "",
        )


def _absolute(link: str | None, source: str) -> str | None:
    """An entry's link against the feed's URL (feedparser resolves one only against an `xml:base`): a
    link `/a/1.html` of a feed at a URL was stored as that source, its page never fetched, the store
    unable to dedupe it by URL (cli50). None when nothing makes it absolute (a feed file's relative
    link): the entry is then `<feed>#<k>`, not a source that reads as a path on this machine."""
    if not link:
        return None
    if is_url(source):
        from urllib.parse import urljoin

        link = urljoin(source, link)
    return link if urlsplit(link).scheme else None


def _web_link(entry: Entry, fetching: Fetching | None) -> bool:
    link = entry.link or ""
    return fetching is not None and urlsplit(link).scheme in ("http", "https")


def _short(entry: Entry) -> bool:
    return len(entry.body.split()) < FULL_TEXT_WORDS  # tags count as words: a generous test


# Where an entry's text comes from: the first rule whose test holds decides ("page" or "feed").
TEXT_RULES: tuple[tuple[str, str, Callable[[Entry, Fetching | None], bool]], ...] = (
    ("file-feed", "feed", lambda e, f: f is None),  # a feed file never goes online by itself
    ("pages-off", "feed", lambda e, f: f is not None and not f.pages),
    ("no-web-link", "feed", lambda e, f: not _web_link(e, f)),
    ("full-text", "feed", lambda e, f: not _short(e)),
    ("summary-only", "page", lambda e, f: True),
)


def text_source(entry: Entry, fetching: Fetching | None) -> tuple[str, str]:
    """(rule name, "page" or "feed") for an entry."""
    for name, where, test in TEXT_RULES:
        if test(entry, fetching):
            return name, where
    raise AssertionError("the last rule always holds")


def _article(
    entry: Entry, fetching: Fetching | None, warnings: list[str], refused: list[InputError]
) -> RawDoc:
    if text_source(entry, fetching)[1] == "page" and fetching is not None and entry.link:
        try:
            page = _page(entry.link, fetching)
        except InputError as e:
            warnings.append(f"{e} (the feed's own text is used)")
        else:
            return RawDoc(
                id=entry.id,
                source=entry.where,
                raw=page.raw,
                title=entry.title or page.title,
                author=page.author,
                date=entry.date or page.date,
                outlet=entry.outlet or page.outlet,
                kind="html",
            )
    return _from_feed(entry, warnings, refused)


def _page(url: str, fetching: Fetching) -> RawDoc:
    """An article page through the URL path: from the cache, else fetched politely (then cached)."""
    from .ingest.url import cache_get, cache_put, check_url, extract, fetch

    check_url(url)
    page = cache_get(fetching.cache_dir, url)
    if page is not None:
        return extract(page)
    with fetching.pacer.slot(url):
        page = fetch(url, fetching.options)
    doc = extract(page)
    cache_put(fetching.cache_dir, page)
    return doc


KEPT_EMPTY = "; the entry is kept with no text"


def _from_feed(entry: Entry, warnings: list[str], refused: list[InputError]) -> RawDoc:
    """The entry's own text. One whose HTML was refused (nested past the parser's depth, a doctype
    declaring entities, ...) is kept with no text, its reason in `refused` and a warning, not lost
    (cli46); one that simply has no text (an image) is kept so, silently."""
    from .ingest.html import NO_TEXT, read_html

    try:
        doc = read_html(entry.body, entry.where, entry.id, url=entry.link) if entry.body.strip() else None
    except InputError as e:
        if not str(e).endswith(NO_TEXT):
            refused.append(e)
            warnings.append(f"{e}{KEPT_EMPTY}")
        doc = None
    raw = doc.raw if doc is not None else ""
    return RawDoc(
        id=entry.id,
        source=entry.where,
        raw=raw,
        title=entry.title,
        date=entry.date,
        outlet=entry.outlet,
        kind="html",
    )


def _text(v: Any) -> str | None:
    return v.strip() or None if isinstance(v, str) else None
