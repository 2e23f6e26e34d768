"""Feeds by URL: conditional GET, politeness, article pages, bad feeds; `newsbrief watch`. A local HTTP
server stands in for the web (no internet); politeness is measured with an injected clock."""

from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from cluster_texts import STORIES
from helpers import as_a_terminal_starts_it
from localhttp import LocalServer

from newsbrief.cli import main
from newsbrief.errors import InputError
from newsbrief.feeds import FeedState, Fetching, Pacer, poll_feed, read_url
from newsbrief.ingest.url import FetchOptions
from newsbrief.watch import _names, parse_duration

EXE = str(Path(sys.executable).with_name("newsbrief"))
ETAG = '"v1"'
MODIFIED = "Mon, 30 Nov 2026 01:00:00 GMT"


def page(title: str, text: str) -> str:
    paras = "".join(f"<p>{escape(s.strip())}.</p>" for s in text.split(". ") if s.strip())
    return (
        f"<html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1>"
        f"{paras}</article></body></html>"
    )


def rss(base: str, items: list[tuple[str, str, str]], title: str = "Harbour Wire") -> str:
    """An RSS feed of (title, link path, description) items."""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{base}{link}</link><guid>{base}{link}</guid>"
        f"<description>{escape(d)}</description></item>"
        for t, link, d in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{body}</channel></rss>'


def laughs(base: str, levels: int = 9, padding: int = 0) -> str:
    """An RSS feed whose doctype nests entities ten to a level (billion laughs); `padding` bytes of
    comment before them put their first declaration past a sniffed head."""
    decls = ['<!ENTITY a0 "ha">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, levels + 1)]
    subset = f"<!-- {'-' * padding} ]> -->" + "".join(decls)
    items = rss(base, [("Laughs", "/bridge/0", "A summary.")]).replace("A summary.", f"&a{levels};")
    return items.replace("?><rss", f"?><!DOCTYPE rss [{subset}]><rss", 1)


PAGES = {f"/{n}/{k}": (f"{n.title()} report {k}", t) for n in STORIES for k, t in enumerate(STORIES[n])}
SLOW = ("/bridge/0", "/library/1", "/transfer/2", "/bridge/2", "/library/0")  # the pages of /slow.rss
GATED = 3  # the page of SLOW the server holds back while the gate is shut


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        srv = self.server
        path = self.path.split("?")[0]
        srv.hits[path] += 1  # type: ignore[attr-defined]
        srv.seen.append((path, dict(self.headers)))  # type: ignore[attr-defined]
        host = self.headers.get("Host", "")
        base = f"http://{host}"
        other = base.replace("127.0.0.1", "localhost")
        if path == "/etag.rss":  # validators: ETag
            if self.headers.get("If-None-Match") == ETAG:
                self._send(304, b"", "application/rss+xml", ETag=ETAG)
                return
            items = [(PAGES[p][0], p, "Short summary.") for p in ("/bridge/0", "/bridge/1", "/library/0")]
            self._send(200, rss(base, items).encode(), "application/rss+xml", ETag=ETAG)
        elif path == "/modified.atom":  # validators: Last-Modified only
            if self.headers.get("If-Modified-Since") == MODIFIED:
                self._send(304, b"", "application/atom+xml")
                return
            atom = (
                '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atoll</title>'
                f'<entry><title>Transfer news</title><link href="{base}/transfer/0"/><id>t0</id>'
                "<summary>Short.</summary></entry></feed>"
            )
            self._send(200, atom.encode(), "application/atom+xml", Last_Modified=MODIFIED)
        elif path == "/two-hosts.rss":  # pages on this host and on the same server named localhost
            items = [
                ("a", "/bridge/0", "s"),
                ("b", "/bridge/1", "s"),
                ("c", "/library/0", "s"),
            ]
            xml = rss(base, items[:1]).replace("</channel>", "")
            xml += "".join(
                f"<item><title>{t}</title><link>{b}{p}</link><description>s</description></item>"
                for (t, p, _), b in zip(items[1:], (other, base), strict=True)
            )
            self._send(200, (xml + "</channel></rss>").encode(), "application/rss+xml")
        elif path == "/full.rss":  # full text in the feed: no page to fetch
            items = [("Full", "/bridge/2", STORIES["bridge"][2] * 3)]
            self._send(200, rss(base, items).encode(), "application/rss+xml")
        elif path == "/relative.rss":  # links relative to the feed's URL, no xml:base
            self._send(200, rss("", [("Rel", "/bridge/0", "s")]).encode(), "application/rss+xml")
        elif path == "/broken-link.rss":
            items = [("Gone", "/missing", "The bridge stays shut, the ferry runs more often.")]
            self._send(200, rss(base, items).encode(), "application/rss+xml")
        elif path in ("/laughs.rss", "/laughs.xml"):  # an entity bomb, as a feed and as plain XML
            ctype = "application/rss+xml" if path.endswith(".rss") else "text/xml"
            self._send(200, laughs(base).encode(), ctype)
        elif path == "/many.rss":  # 40 short entries, each with a page to fetch
            items = [(f"Item {k}", f"/many/{k}", f"Short note {k}.") for k in range(40)]
            self._send(200, rss(base, items).encode(), "application/rss+xml")
        elif path.startswith("/many/"):
            self._send(200, page("Harbour note", STORIES["bridge"][0]).encode(), "text/html; charset=utf-8")
        elif path == "/huge.rss":  # 200 MB of feed, no Content-Length: the client must count
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Connection", "close")
            self.end_headers()
            item = rss(base, [("Item", "/many/0", "x" * 10_000)]).split("<item>")[1].split("</channel>")[0]
            try:
                self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>')
                for _ in range(20_000):
                    self.wfile.write(b"<item>" + item.encode())
                    srv.sent += len(item)  # type: ignore[attr-defined]
            except (BrokenPipeError, ConnectionResetError):
                srv.aborted += 1  # type: ignore[attr-defined]
        elif path == "/slow.rss":  # SLOW's pages, short entries: each page is fetched
            items = [(PAGES[q][0], f"/slow{q}", "Short summary.") for q in SLOW]
            self._send(200, rss(base, items).encode(), "application/rss+xml", ETag=ETAG)
        elif path.startswith("/slow/"):  # a page held until the test opens the gate (`srv.gate`)
            if path == f"/slow{SLOW[GATED]}":
                srv.gate.wait(60)  # type: ignore[attr-defined]
            self._send(200, page(*PAGES[path[5:]]).encode(), "text/html; charset=utf-8")
        elif path == "/not-a-feed":
            self._send(200, b"<html><body><p>hello</p></body></html>", "text/html")
        elif path in PAGES:
            self._send(200, page(*PAGES[path]).encode(), "text/html; charset=utf-8")
        else:
            self._send(404, b"not found", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(Handler) as s:
        s.httpd.gate = threading.Event()  # type: ignore[attr-defined]
        s.httpd.gate.set()  # type: ignore[attr-defined]
        yield s


class FakeClock:
    """Time stands still except when slept; every sleep is recorded."""

    def __init__(self) -> None:
        self.t = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.sleeps.append(round(s, 6))
        self.t += s


# The local server answers in milliseconds, but on a machine loaded by other jobs a 5 s fetch once
# timed out (test_etag_poll_then_304_adds_nothing). Twice the tool's own 15 s default still fails a
# server that hangs, only later.
LOCAL_TIMEOUT = 30.0


def fetching(clock: FakeClock | None = None, delay: float = 0.0, **kw) -> Fetching:
    pacer = Pacer(delay, clock, clock.sleep) if clock else Pacer(delay)
    return Fetching(options=FetchOptions(timeout=LOCAL_TIMEOUT), pacer=pacer, **kw)


# --- conditional GET ---------------------------------------------------------------------------------


def test_etag_poll_then_304_adds_nothing(server: LocalServer) -> None:
    server.reset()
    first = poll_feed(server.url("/etag.rss"), None, fetching())
    assert not first.not_modified and first.state == FeedState(ETAG, None)
    assert [d.title for d in first.docs] == ["Bridge report 0", "Bridge report 1", "Library report 0"]
    assert "Kessington" in first.docs[0].raw and first.docs[0].outlet == "Harbour Wire"
    assert first.docs[0].source == server.url("/bridge/0")
    again = poll_feed(server.url("/etag.rss"), first.state, fetching())
    assert again.not_modified and again.docs == () and again.state == first.state
    sent = [h for p, h in server.seen if p == "/etag.rss"]
    assert "If-None-Match" not in sent[0] and sent[1]["If-None-Match"] == ETAG
    assert server.hits["/bridge/0"] == 1  # the 304 fetched no page


def test_last_modified_is_sent_back(server: LocalServer) -> None:
    server.reset()
    first = poll_feed(server.url("/modified.atom"), None, fetching())
    assert first.state == FeedState(None, MODIFIED) and first.docs[0].outlet == "Atoll"
    assert poll_feed(server.url("/modified.atom"), first.state, fetching()).not_modified
    assert [h.get("If-Modified-Since") for p, h in server.seen if p == "/modified.atom"] == [None, MODIFIED]


# --- politeness ----------------------------------------------------------------------------------------


def test_delay_between_requests_to_one_host_measured_with_an_injected_clock(server: LocalServer) -> None:
    clock = FakeClock()
    server.reset()
    poll = poll_feed(server.url("/two-hosts.rss"), None, fetching(clock, delay=2.5))
    assert len(poll.docs) == 3 and not poll.warnings
    # feed (127.0.0.1), page a (127.0.0.1: waits 2.5 s), page b (localhost: first there, no wait),
    # page c (127.0.0.1: waits again; the fake clock stood still while b was fetched)
    assert clock.sleeps == [2.5, 2.5]
    assert [p for p, _ in server.seen] == ["/two-hosts.rss", "/bridge/0", "/bridge/1", "/library/0"]
    hosts = [h["Host"].split(":")[0] for _, h in server.seen]
    assert hosts == ["127.0.0.1", "127.0.0.1", "localhost", "127.0.0.1"]


def test_pacer_waits_only_what_is_left_of_the_delay() -> None:
    clock = FakeClock()
    pacer = Pacer(3.0, clock, clock.sleep)
    with pacer.slot("http://a.example/1"):
        clock.t += 1.0  # the request itself took 1 s
    clock.t += 1.0  # 1 s passes before the next one
    with pacer.slot("http://a.example/2"):
        pass
    with pacer.slot("http://b.example/1"):
        pass
    assert clock.sleeps == [2.0]


def test_one_request_per_host_at_a_time_other_hosts_in_parallel() -> None:
    pacer = Pacer(0.0)
    inside: Counter = Counter()
    most: Counter = Counter()
    lock = threading.Lock()
    both = threading.Barrier(2, timeout=5)

    def hold(url: str, host: str) -> None:
        with pacer.slot(url):
            with lock:
                inside[host] += 1
                most[host] = max(most[host], inside[host])
            time.sleep(0.05)
            with lock:
                inside[host] -= 1

    def run(host: str, n: int, wait: bool = False) -> None:
        if wait:
            both.wait()
        for k in range(n):
            hold(f"http://{host}/{k}", host)

    threads = [threading.Thread(target=run, args=("a.example", 3)) for _ in range(3)]
    threads += [threading.Thread(target=run, args=(h, 1, True)) for h in ("b.example", "c.example")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most["a.example"] == 1
    assert most["b.example"] == most["c.example"] == 1


# --- entries and pages ---------------------------------------------------------------------------------


def test_full_text_feed_fetches_no_page(server: LocalServer) -> None:
    server.reset()
    poll = poll_feed(server.url("/full.rss"), None, fetching())
    assert server.hits["/bridge/2"] == 0 and "Bluewake" in poll.docs[0].raw


def test_page_that_fails_falls_back_to_the_feed_text_with_a_warning(server: LocalServer) -> None:
    poll = poll_feed(server.url("/broken-link.rss"), None, fetching())
    assert "ferry runs more often" in poll.docs[0].raw
    assert len(poll.warnings) == 1 and "HTTP 404" in poll.warnings[0] and "/missing" in poll.warnings[0]


def test_known_links_are_left_out_and_their_pages_not_fetched(server: LocalServer) -> None:
    server.reset()
    known = {server.url("/bridge/0")}
    poll = poll_feed(server.url("/etag.rss"), None, fetching(), known=known.__contains__)
    assert [d.source for d in poll.docs] == [server.url("/bridge/1"), server.url("/library/0")]
    assert server.hits["/bridge/0"] == 0


def test_feed_file_stays_offline(server: LocalServer, tmp_path: Path) -> None:
    server.reset()
    f = tmp_path / "saved.rss"
    f.write_text(rss(server.url(""), [("Saved", "/bridge/0", "A short summary of the bridge.")]))
    poll = poll_feed(str(f), None, fetching())
    assert poll.state is None and "short summary" in poll.docs[0].raw and not server.hits


def test_a_relative_link_is_read_against_the_feeds_url(server: LocalServer, tmp_path: Path) -> None:
    """A relative link was the article's source (`/bridge/0`), its page never fetched (cli50). A feed
    file's relative link names no page: the entry is `<file>#1`, not a path on this machine."""
    server.reset()
    poll = poll_feed(server.url("/relative.rss"), None, fetching())
    assert [d.source for d in poll.docs] == [server.url("/bridge/0")] and server.hits["/bridge/0"] == 1
    f = tmp_path / "saved.rss"
    f.write_text(rss("", [("Saved", "/bridge/0", "A short summary of the bridge.")]))
    assert [d.source for d in poll_feed(str(f), None, fetching()).docs] == [f"{f}#1"]


def _deep(text: str, levels: int = 300) -> str:
    """`text` nested in `levels` divs: past the 256 levels the HTML parser reads."""
    return "<div>" * levels + text + "</div>" * levels


def test_feed_item_nested_past_the_parser_says_so_not_no_text(tmp_path: Path, capsys) -> None:
    f = tmp_path / "deep.rss"
    f.write_text(rss("http://example.invalid", [("Deep", "/a", _deep(STORIES["bridge"][0]))]))
    assert main(["brief", str(f)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "deep.rss: no entry has any text" in err[0], err
    assert "above the 256 levels of nesting" in err[0] and "no document with any text" not in err[0]


def test_feed_item_nested_past_the_parser_beside_a_readable_one_is_a_warning(tmp_path: Path, capsys) -> None:
    items = [("Deep", "/a", _deep("Some words here.")), ("Bridge", "/b", " ".join(STORIES["bridge"]))]
    f = tmp_path / "mixed.rss"
    f.write_text(rss("http://example.invalid", items))
    assert main(["brief", str(f)]) == 0
    err = capsys.readouterr().err
    assert "/a: no text found in this HTML above the 256 levels" in err and "the entry is left out" in err
    assert "left out: empty" not in err


def test_feed_item_nested_past_the_parser_is_a_warning_when_polled(tmp_path: Path) -> None:
    f = tmp_path / "deep.rss"
    f.write_text(rss("http://example.invalid", [("Deep", "/a", _deep("Some words here."))]))
    poll = poll_feed(str(f))
    assert (
        not poll.not_modified and len(poll.docs) == 1 and poll.docs[0].raw == ""
    )  # kept: `cluster`, `ingest`
    assert (
        len(poll.warnings) == 1
        and "256 levels" in poll.warnings[0]
        and "kept with no text" in poll.warnings[0]
    )


def test_a_feed_cut_short_leaves_its_cut_entry_out(tmp_path: Path, capsys) -> None:
    """A feed file cut in its last entry's text (a download or copy that stopped) was read loosely and
    the half entry stored as the article, exit 0 (cli48): it is left out with a warning; a feed cut
    only in its closing tags keeps every entry; one cut in its only entry is an error."""
    whole = " ".join(STORIES["bridge"])
    text = rss(
        "http://example.invalid", [("Bridge", "/a", whole), ("Library", "/b", " ".join(STORIES["library"]))]
    )
    cut = text[: text.rindex("</description>") - 40]  # in the second entry's text
    f = tmp_path / "cut.rss"
    f.write_text(cut)
    poll = poll_feed(str(f))
    assert [d.raw for d in poll.docs] == [whole] and not poll.complete
    assert len(poll.warnings) == 1 and poll.warnings[0].startswith(f"{f}: the feed ends early (")
    assert poll.warnings[0].endswith("no element found): entry 2 is cut short; left out")
    f.write_text(text[: text.rindex("</item>") - 2])  # in the second entry's end tag
    assert len(poll_feed(str(f)).docs) == 1
    f.write_text(text[: text.rindex("</channel>") + 4])  # past every entry: both whole
    poll = poll_feed(str(f))
    assert len(poll.docs) == 2 and poll.warnings == () and poll.complete
    f.write_text(text[: text.index("</description>") - 40])
    assert main(["brief", str(f)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"newsbrief: error: {f}: the feed ends early (") and err.count("\n") == 1
    assert err.endswith("no element found): no entry in it is whole\n")


def test_feed_item_with_no_text_at_all_is_no_warning(tmp_path: Path, capsys) -> None:
    items = [("Picture", "/a", '<img src="x.png">'), ("Bridge", "/b", " ".join(STORIES["bridge"]))]
    f = tmp_path / "picture.rss"
    f.write_text(rss("http://example.invalid", items))
    assert main(["brief", str(f)]) == 0
    assert "the entry is left out" not in capsys.readouterr().err  # only the pipeline's "left out: empty"


def _titles_feed(path: Path, full: bool) -> Path:
    """A feed file of two entries of a title alone (one with an empty description) and, with `full`,
    one article with its link and text between them."""
    text = escape(" ".join(STORIES["bridge"]))
    article = f"<item><title>Bridge</title><link>http://example.invalid/b</link><description>{text}</description></item>"
    items = (
        "<item><title>More soon</title></item>"
        + (article if full else "")
        + "<item><title>Later</title><description> </description></item>"
    )
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
    )
    return path


@pytest.mark.parametrize("command", ["ingest", "cluster", "brief", "stories"])
def test_a_feed_entry_of_a_title_alone_is_left_out_and_counted(tmp_path: Path, capsys, command: str) -> None:
    """An entry with a title and no link and no text was stored by `ingest` as a 0-word article that
    `stories` and `cluster` called "(no article text: page chrome)", a false reason (cli53); `brief`
    said "left out: empty". Each leaves it out with one count; a feed of them alone is one error."""
    db = ("--db", str(tmp_path / "n.db"))
    f = _titles_feed(tmp_path / "wire.rss", full=True)
    first = command if command != "stories" else "ingest"
    assert main([first, str(f), *(db if first == "ingest" else ())]) == 0
    if command == "stories":
        capsys.readouterr()
        assert main(["stories", *db]) == 0
    out, err = capsys.readouterr()
    assert "page chrome" not in out and "More soon" not in out and "left out: empty" not in err
    if command != "stories":
        assert f"{f}: 2 entries of a title alone (no text, no link) left out" in err
    assert main([first, str(_titles_feed(f, full=False)), *(db if first == "ingest" else ())]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"newsbrief: error: {f}: each entry of the feed is a title alone (no text, no link): nothing to read"
    ]


def test_read_url_tells_a_feed_from_a_page(server: LocalServer) -> None:
    docs = read_url(server.url("/etag.rss"))
    assert len(docs) == 3
    docs = read_url(server.url("/library/1"))
    assert len(docs) == 1 and "Ostermoor" in docs[0].raw


# --- watch ---------------------------------------------------------------------------------------------


def _feeds_table(db: Path) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT url, etag, last_modified FROM feeds ORDER BY url").fetchall()


def test_watch_polls_twice_the_second_adds_nothing(server: LocalServer, tmp_path: Path, capsys) -> None:
    db = tmp_path / "news.db"
    feeds = [server.url("/etag.rss"), server.url("/modified.atom")]
    args = ["watch", "--db", str(db), *feeds, "--every", "0.01s", "--polls", "2", "--delay", "0s"]
    assert main(args) == 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2, lines
    assert " poll 1: 4 new articles (0 already stored)" in lines[0]
    assert "feeds: 2 read, 0 not modified, 0 failed" in lines[0]
    assert " poll 2: 0 new articles" in lines[1] and "feeds: 0 read, 2 not modified" in lines[1]
    assert _feeds_table(db) == sorted([(feeds[0], ETAG, None), (feeds[1], None, MODIFIED)])
    assert main(["stories", "--db", str(db), "--format", "json"]) == 0
    assert '"Bridge report 0"' in capsys.readouterr().out


def test_ingest_asks_a_feed_it_read_before_conditionally(server: LocalServer, tmp_path: Path, capsys) -> None:
    db = tmp_path / "news.db"
    feed = server.url("/etag.rss")
    server.reset()
    assert main(["ingest", "--db", str(db), feed]) == 0
    assert "3 articles added" in capsys.readouterr().err
    assert _feeds_table(db) == [(feed, ETAG, None)]
    assert main(["ingest", "--db", str(db), feed]) == 0  # unchanged: a 304, no page fetched again
    assert capsys.readouterr().err.strip() == (
        "newsbrief: 0 articles added (0 already stored), 0 stories updated (0 new); 1 feed not modified"
    )
    sent = [h for p, h in server.seen if p == "/etag.rss"]
    assert "If-None-Match" not in sent[0] and sent[1]["If-None-Match"] == ETAG
    assert server.hits["/bridge/0"] == 1


def test_watch_bad_feed_is_one_warning_line_and_the_rest_go_on(
    server: LocalServer, tmp_path: Path, capsys
) -> None:
    db = tmp_path / "news.db"
    bad = [server.url("/nope.rss"), server.url("/not-a-feed")]
    args = ["watch", "--db", str(db), *bad, server.url("/full.rss"), "--polls", "1", "--delay", "0s"]
    assert main(args) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3, err
    assert err[0] == f"newsbrief: warning: {bad[0]}: HTTP 404 Not Found"
    assert err[1].startswith(f"newsbrief: warning: {bad[1]}: ") and "feed" in err[1]
    assert "1 new article (" in err[2] and "1 read, 0 not modified, 2 failed" in err[2]


def _bad_feed_files(tmp_path: Path) -> list[str]:
    """Two feed files that fail at every poll but are feeds (a file that is none is refused at the start)."""
    bare, cut = tmp_path / "bare.rss", tmp_path / "cut.rss"
    bare.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Bare</title></channel></rss>')
    cut.write_text('<?xml version="1.0"?><rss version="2.0"><channel><item><title>Half a')
    return [str(bare), str(cut)]


def test_watch_polls_that_never_read_a_feed_exit_1_with_one_line(tmp_path: Path, capsys) -> None:
    """Every feed failed in every poll: exit 1 (it was 0, so cron never noticed a dead feed)."""
    bad = _bad_feed_files(tmp_path)
    args = ["watch", "--db", str(tmp_path / "n.db"), *bad, "--every", "0.01s", "--polls", "2"]
    assert main(args) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 5, err  # two warnings (in the first poll only: cli59), two poll lines, the error
    assert all(line.startswith("newsbrief: warning: ") for line in err[0:2])
    assert "0 read, 0 not modified, 2 failed" in err[2] and " poll 2: " in err[3] and "2 failed" in err[3]
    assert err[4] == f"newsbrief: error: no feed was read in 2 polls: {bad[0]} and {bad[1]} failed"


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("notes.txt", "Shopping list: bread, two lemons.\n", "not a readable RSS or Atom feed ("),
        (
            "page.html",
            "<html><body><p>A page.</p></body></html>",
            "not an RSS or Atom feed (its root element is <html>)",
        ),
    ],
)
def test_watch_refuses_a_feed_file_that_is_no_feed_at_the_start(
    tmp_path: Path, capsys, name: str, text: str, problem: str
) -> None:
    """`watch notes.txt --polls 0` warned "not a readable RSS or Atom feed" at every poll, forever (cli58's
    left-alone): a file that is no feed at all is refused at the start, one line, exit 1, no store made."""
    path = tmp_path / name
    path.write_text(text)
    assert main(["watch", "--db", str(tmp_path / "n.db"), str(path), "--polls", "2", "--every", "0.01s"]) == 1
    assert capsys.readouterr().err.startswith(f"newsbrief: error: {path}: {problem}")
    assert not (tmp_path / "n.db").exists()


def test_watch_warns_of_a_failing_feed_url_once_per_way_it_fails(
    server: LocalServer, tmp_path: Path, capsys
) -> None:
    """A feed URL that failed the same way warned at every poll (forever under `--polls 0`): once now,
    with the poll lines still counting it as failed (cli59)."""
    gone = server.url("/nope.rss")
    args = ["watch", "--db", str(tmp_path / "n.db"), gone, server.url("/full.rss"), "--polls", "3"]
    assert main([*args, "--every", "0.01s", "--delay", "0s"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == f"newsbrief: warning: {gone}: HTTP 404 Not Found" and len(err) == 4, err
    assert all(" poll " in line and "1 failed" in line for line in err[1:])


def test_feed_failures_warn_again_when_the_failure_changes_or_comes_back(capsys) -> None:
    from newsbrief.watch import FeedFailures

    said: list[str] = []
    failures = FeedFailures(said.append)
    for problem in ["a: HTTP 503", "a: HTTP 503", "a: HTTP 404", "a: HTTP 404"]:
        failures.failed("a", problem)
    failures.read("a")
    failures.read("a")  # read again and again: said once
    failures.failed("a", "a: HTTP 404")
    warned = [line.removeprefix("newsbrief: warning: ") for line in capsys.readouterr().err.splitlines()]
    assert warned == ["a: HTTP 503", "a: HTTP 404", "a: HTTP 404"]
    assert said == ["newsbrief: a: read again, after 4 failed polls"]


def test_watch_feed_file_gone_after_the_start_is_a_failed_poll(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed file that is missing when polled (removed after the start's check) fails the run too."""
    monkeypatch.setattr("newsbrief.watch.check_feed_file", lambda f: tmp_path.stat())
    gone = str(tmp_path / "gone.rss")
    assert main(["watch", "--db", str(tmp_path / "n.db"), gone, "--polls", "1"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith(f"newsbrief: warning: {gone}: ") and len(err) == 3, err
    assert err[2] == f"newsbrief: error: no feed was read in 1 poll: {gone} failed"


@pytest.mark.parametrize(
    ("feeds", "text"),
    [
        ([], "none"),
        (["a"], "a"),
        (["a", "b"], "a and b"),
        (["a", "b", "c"], "a, b and c"),
        (["a", "b", "c", "d", "e"], "a, b, c and 2 more"),
    ],
)
def test_feed_names_of_any_length(feeds: list[str], text: str) -> None:
    """No list is too short: an empty one was an IndexError."""
    assert _names(feeds) == text


def test_watch_a_feed_file_whose_name_is_no_utf8_is_polled(tmp_path: Path, capsys) -> None:
    """Its name is the key of its state in the store: a UnicodeEncodeError traceback there (fuzz35)."""
    odd = tmp_path / os.fsdecode(b"news\xff.rss")
    odd.write_text(rss("https://example.org", [("Ferry", "/ferry", STORIES["bridge"][0] * 3)]))
    db = str(tmp_path / "n.db")
    assert main(["watch", "--db", db, str(odd), "--polls", "2", "--every", "0.01s", "--no-pages"]) == 0
    assert " poll 2: 0 new articles" in capsys.readouterr().err


def test_watch_one_feed_read_in_one_poll_keeps_exit_0(tmp_path: Path, capsys) -> None:
    good = tmp_path / "good.rss"
    good.write_text(rss("https://example.org", [("Ferry", "/ferry", STORIES["bridge"][0] * 3)]))
    bad = _bad_feed_files(tmp_path)
    args = ["watch", "--db", str(tmp_path / "n.db"), *bad, str(good), "--polls", "1"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "1 read, 0 not modified, 2 failed" in err and "newsbrief: error" not in err


def test_watch_reads_one_feed_file_given_under_two_paths_once(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`watch a.rss ./a.rss` (or a link to it) read the one file twice, "feeds: 2 read" (cli56): now
    once, with the warning `brief` gives a file given twice."""
    feed = tmp_path / "a.rss"
    feed.write_text(rss("https://example.org", [("Ferry", "/ferry", STORIES["bridge"][0] * 3)]))
    (tmp_path / "link.rss").symlink_to(feed)
    monkeypatch.chdir(tmp_path)
    args = ["watch", "--db", "n.db", "a.rss", "./a.rss", "link.rss", "a.rss", "--polls", "1", "--no-pages"]
    assert main(args) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[:3] == [
        "newsbrief: warning: ./a.rss: the same file as a.rss, given before; read once",
        "newsbrief: warning: link.rss: the same file as a.rss, given before; read once",
        "newsbrief: warning: a.rss: given twice; read once",
    ]
    assert "feeds: 1 read, 0 not modified, 0 failed" in err[3], err


def test_watch_parses_a_feed_file_once_per_poll(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`watch` checked each feed file at its start (cli59: no feed at all is refused there) by parsing it,
    then its first poll read and parsed it again (cluster60): now the first poll uses the check's reading,
    and each later poll reads the file anew (a change to it is seen)."""
    import feedparser

    feed = tmp_path / "a.rss"
    feed.write_text(rss("https://example.org", [("Ferry", "/ferry", STORIES["bridge"][0] * 3)]))
    parsed: list[object] = []
    parse = feedparser.parse
    monkeypatch.setattr(
        feedparser, "parse", lambda data, *a, **k: parsed.append(data) or parse(data, *a, **k)
    )
    args = [
        "watch",
        "--db",
        str(tmp_path / "n.db"),
        str(feed),
        "--polls",
        "2",
        "--every",
        "0.01s",
        "--no-pages",
    ]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert " poll 1: 1 new article " in err and " poll 2: 0 new articles " in err, err
    assert len(parsed) == 2  # the start's check (used by poll 1) and poll 2; it was 3


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("0.5s", 0.5), ("2M", 120)],
)
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text, "--every") == seconds


# "٣٠s" and "３０m" (non-ASCII digits) were read as 30 while `-w ٣٠` was refused (cli43)
@pytest.mark.parametrize(
    "bad", ["15", "15x", "m", "", "0s", "-1m", "1m1h", "9" * 20 + "h", "٣٠s", "３０m", "1.٥h"]
)
def test_bad_every_is_a_one_line_usage_error(bad: str, tmp_path: Path, capsys) -> None:
    assert main(["watch", "--db", str(tmp_path / "n.db"), "feed.rss", "--every", bad]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("newsbrief: error: --every: ")
    assert not (tmp_path / "n.db").exists()


def test_a_duration_past_the_longest_wait_is_a_usage_error() -> None:
    """`--every`/`--delay 99999999999999999999h` parsed, then the wait for it was an OverflowError."""
    from newsbrief.errors import UsageError

    with pytest.raises(UsageError, match=r"^--delay: '9+h' is longer than the longest wait \(\d+ s\)$"):
        parse_duration("9" * 20 + "h", "--delay", allow_zero=True)
    assert parse_duration("87600h", "--every") == 87600 * 3600  # ten years is still a wait


def test_watch_missing_feed_file_is_an_input_error(tmp_path: Path, capsys) -> None:
    assert main(["watch", "--db", str(tmp_path / "n.db"), str(tmp_path / "nope.rss"), "--polls", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such feed file" in err


@pytest.mark.parametrize(("kind", "problem"), [("fifo", "is a FIFO (named pipe)"), ("folder", "is a folder")])
def test_watch_feed_path_that_is_no_file_says_what_it_is(
    tmp_path: Path, capsys, kind: str, problem: str
) -> None:
    """A FIFO or a folder given as a feed was "no such feed file" (it exists); now the problem, unopened."""
    import os

    path = tmp_path / "feed.rss"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    assert main(["watch", "--db", str(tmp_path / "n.db"), str(path), "--polls", "1"]) == 1
    err = capsys.readouterr().err
    assert err == f"newsbrief: error: {path}: {problem}, not a feed file\n"
    assert not (tmp_path / "n.db").exists()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_signal_stops_watch_cleanly_with_exit_0(server: LocalServer, tmp_path: Path, sig: int) -> None:
    db = tmp_path / "news.db"
    proc = subprocess.Popen(
        [EXE, "watch", "--db", str(db), server.url("/etag.rss"), "--every", "1h", "--delay", "0s"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        preexec_fn=as_a_terminal_starts_it,
    )
    try:
        line = proc.stderr.readline()  # the first poll is done and committed
        assert " poll 1: 3 new articles" in line, line
        proc.send_signal(sig)
        assert proc.wait(timeout=30) == 0
        assert proc.stderr.read() == ""
    finally:
        if proc.poll() is None:
            proc.kill()
    assert len(_feeds_table(db)) == 1


def test_watch_leaves_an_ignored_hangup_ignored() -> None:
    """`nohup newsbrief watch` ignores SIGHUP (the terminal closing): watch's stop on SIGHUP (cli58)
    must not take it back."""
    from newsbrief.watch import StopOnSignal

    old = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with StopOnSignal():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, old)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_feed_state_round_trip_on_both_stores(backend: str, tmp_path: Path) -> None:
    from newsbrief.store import Store
    from newsbrief.store.feedstate import feed_states, save_feed_state

    if backend == "sqlite":
        db = str(tmp_path / "news.db")
    else:
        db = os.environ.get("NEWSBRIEF_TEST_PG", "")
        if not db:
            if os.environ.get("NEWSBRIEF_REQUIRE_PG") == "1":
                pytest.fail(
                    "PostgreSQL is required (NEWSBRIEF_REQUIRE_PG=1) but NEWSBRIEF_TEST_PG is not set"
                )
            pytest.skip("no PostgreSQL (set NEWSBRIEF_TEST_PG=postgresql://…)")
    url = f"https://feeds.example/{uuid.uuid4().hex}.rss"  # unique per run: a PostgreSQL store is shared
    with Store(db) as store:
        assert feed_states(store, [url]) == {}
        save_feed_state(store, url, ETAG, MODIFIED, changed=True)
        save_feed_state(store, url, None, None, changed=False)  # a 304 keeps the validators
        assert feed_states(store, [url, "https://other.example/"]) == {url: (ETAG, MODIFIED)}
        save_feed_state(store, url, '"v2"', None, changed=True)
        assert feed_states(store, [url]) == {url: ('"v2"', None)}


def test_stop_cuts_a_feed_short_and_keeps_no_state(server: LocalServer) -> None:
    stop = threading.Event()

    def known(url: str) -> bool:
        stop.set()  # the stop arrives while the first entry is being read
        return False

    server.reset()
    poll = poll_feed(server.url("/etag.rss"), None, fetching(stop=stop), known=known)
    assert [d.title for d in poll.docs] == ["Bridge report 0"] and server.hits["/bridge/1"] == 0
    assert not poll.complete and poll.state is None


def test_urls_given_together_share_one_politeness(server: LocalServer) -> None:
    from newsbrief.cluster.sources import read_articles

    clock = FakeClock()
    urls = [server.url("/library/1"), server.url("/bridge/1", "localhost"), server.url("/library/2")]
    docs = read_articles(urls, fetching=fetching(clock, delay=1.5))
    assert [d.source for d in docs] == urls
    assert clock.sleeps == [1.5]  # the second 127.0.0.1 request waited; localhost did not


def test_ingest_of_one_feed_given_twice_reads_it_once(server: LocalServer, tmp_path: Path, capsys) -> None:
    db = tmp_path / "news.db"
    feed = server.url("/etag.rss")
    server.reset()
    assert main(["ingest", "--db", str(db), feed, feed]) == 0
    err = capsys.readouterr().err
    assert "3 articles added" in err and "not modified" not in err
    assert [p for p, _ in server.seen].count("/etag.rss") == 1
    assert _feeds_table(db) == [(feed, ETAG, None)]


def _ingests(db: Path) -> list[int]:
    """The articles each ingest of a SQLite store added (one row a transaction), in order."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT added FROM ingests ORDER BY id")]


def test_ingest_again_fetches_no_page_of_a_feeds_entries_already_stored(
    server: LocalServer, tmp_path: Path, capsys
) -> None:
    """`ingest FEED` with no validators kept (a run a crash cut short keeps none) fetched the page of
    every entry again, then skipped the stored ones by URL; now, as `watch`, it leaves them out."""
    db = tmp_path / "news.db"
    assert main(["ingest", "--db", str(db), server.url("/bridge/0")]) == 0
    server.reset()
    assert main(["ingest", "--db", str(db), server.url("/etag.rss")]) == 0
    assert "2 articles added (1 already stored)" in capsys.readouterr().err
    assert server.hits["/bridge/0"] == 0 and server.hits["/bridge/1"] == server.hits["/library/0"] == 1
    assert _stored_urls(db) == sorted(server.url(p) for p in ("/bridge/0", "/bridge/1", "/library/0"))


def test_ingest_again_of_a_stored_page_or_feed_fetches_no_page_and_is_no_error(
    server: LocalServer, tmp_path: Path, capsys
) -> None:
    """`ingest PAGE_URL` of a page stored already fetched it again, then skipped it by URL (scale52's left
    item); a feed with no validators whose every entry is stored said "no articles in the input", exit 1.
    Now neither page is fetched, and nothing new is "0 articles added (N already stored)", exit 0."""
    db = tmp_path / "news.db"
    for url, pages in ((server.url("/bridge/0"), 1), (server.url("/two-hosts.rss"), 3)):
        assert main(["ingest", "--db", str(db), url]) == 0
        server.reset()
        capsys.readouterr()
        assert main(["ingest", "--db", str(db), url]) == 0
        assert capsys.readouterr().err == (
            f"newsbrief: 0 articles added ({pages} already stored), 0 stories updated (0 new)\n"
        )
        assert dict(server.hits) == ({} if pages == 1 else {"/two-hosts.rss": 1})


def test_files_given_beside_a_feed_url_are_stored_in_batches_its_pages_one_at_a_time(
    server: LocalServer, tmp_path: Path, capsys
) -> None:
    """With a URL among the inputs every article was one transaction, the files' too (one default a
    run, scale51); now each input's own: a batch for the files, one a page for the feed."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for k, text in enumerate(STORIES["transfer"]):
        (folder / f"n{k}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    assert main(["ingest", "--db", str(db), str(folder), server.url("/etag.rss")]) == 0
    n = len(STORIES["transfer"])
    assert f"{n + 3} articles added" in capsys.readouterr().err
    assert _ingests(db) == [n, 1, 1, 1]


# --- entity bombs ----------------------------------------------------------------------------------------

REFUSED = "the feed's doctype declares XML entities"


@pytest.mark.parametrize(
    "head, declares",
    [
        ('<!DOCTYPE rss [<!-- ]> --><!ENTITY a "x">]><rss/>', True),  # a comment's "]>" ends nothing
        ('<?xml version="1.0"?><!DOCTYPE rss SYSTEM "r.dtd" [ %p; <!ENTITY a "b"', True),  # a cut head
        ('<!DOCTYPE rss [<!ATTLIST rss v CDATA "]>"><!ELEMENT rss ANY>]><rss/>', False),
        ('<!DOCTYPE rss PUBLIC "-//N//DTD RSS 0.91//EN" "r.dtd"><rss version="0.91"/>', False),
        ('<rss><channel><description><![CDATA[<!DOCTYPE x [<!ENTITY a "b">]>]]>', False),
    ],
)
def test_declares_entities_reads_only_the_doctype(head: str, declares: bool) -> None:
    from newsbrief.feeds import declares_entities

    assert declares_entities(head.encode()) is declares


@pytest.mark.parametrize("command", ["ingest", "cluster", "brief"])
@pytest.mark.parametrize("suffix", [".rss", ".xml"])
def test_entity_bomb_feed_file_is_refused_in_one_line(
    command: str, suffix: str, tmp_path: Path, capsys
) -> None:
    f = tmp_path / f"laughs{suffix}"
    f.write_text(laughs("http://example.invalid", padding=4000))
    extra = ["--db", str(tmp_path / "news.db")] if command == "ingest" else []
    assert main([command, str(f), *extra]) == 1
    err = capsys.readouterr().err
    assert err == f"newsbrief: error: {f}: {REFUSED} (a feed needs none; refused unread)\n"


@pytest.mark.parametrize("path", ["/laughs.rss", "/laughs.xml"])
def test_entity_bomb_feed_url_is_refused(server: LocalServer, path: str) -> None:
    with pytest.raises(InputError, match=REFUSED):
        read_url(server.url(path), fetching=fetching())
    with pytest.raises(InputError, match=REFUSED):
        poll_feed(server.url(path), None, fetching())


def test_watch_entity_bomb_is_a_failed_poll(server: LocalServer, tmp_path: Path, capsys) -> None:
    args = ["watch", "--db", str(tmp_path / "news.db"), server.url("/laughs.rss"), "--polls", "1"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"warning: {server.url('/laughs.rss')}: {REFUSED}" in err and "Traceback" not in err


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_entity_bomb_feed_in_utf16_or_utf32_is_refused(codec: str) -> None:
    """The doctype check read bytes as ASCII: a UTF-16 feed declaring entities went to feedparser (cli38)."""
    from newsbrief.feeds import declares_entities, read_feed_text, starts_as_feed

    data = laughs("http://example.invalid", levels=3).replace("?>", ' encoding="UTF-16"?>', 1).encode(codec)
    assert declares_entities(data) and starts_as_feed(data[:2048])
    with pytest.raises(InputError, match=REFUSED):
        read_feed_text(data, "wide.rss")
    plain = rss("http://example.invalid", [("Ferry", "/ferry/0", "The ferry runs again.")]).encode(codec)
    assert not declares_entities(plain) and starts_as_feed(plain[:2048])


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            b'<?xml version="1.0"?><catalog><book><title>Ferry</title></book></catalog>',
            "(its root element is <catalog>)",
        ),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><text>Ferry</text></svg>', "(its root element is <svg>)"),
        (b"<html><body><p>The ferry runs again.</p></body></html>", "(its root element is <html>)"),
    ],
)
def test_xml_that_is_no_feed_says_so(data: bytes, problem: str) -> None:
    """Well-formed XML that is no RSS or Atom (a catalogue, an SVG, a web page given to `watch`) was
    "the feed has no entries", as if it were a feed; now it names the element it found."""
    from newsbrief.feeds import read_feed_text

    with pytest.raises(InputError) as e:
        read_feed_text(data, "x.rss")
    assert str(e.value) == f"x.rss: not an RSS or Atom feed {problem}"


@pytest.mark.parametrize(
    ("data", "problem"), [(b"", "the feed is empty"), (b" \n\t\r\n", "the feed is empty (only white space)")]
)
def test_an_empty_feed_says_so(data: bytes, problem: str) -> None:
    """A 0-byte feed was "not an RSS or Atom feed", one of white space "not a readable RSS or Atom feed
    (<unknown>:4:0: no element found)" (cli55)."""
    from newsbrief.feeds import read_feed_text

    with pytest.raises(InputError) as e:
        read_feed_text(data, "x.rss")
    assert str(e.value) == f"x.rss: {problem}"


def test_a_feed_with_no_entries_is_still_named_a_feed() -> None:
    from newsbrief.feeds import read_feed_text

    for data in (
        b'<rss version="2.0"><channel><title>T</title></channel></rss>',
        b"<feed><title>T</title></feed>",
    ):
        with pytest.raises(InputError) as e:
            read_feed_text(data, "x.rss")
        assert str(e.value) == "x.rss: the feed has no entries"


@pytest.mark.parametrize("every", ["0.0001s", "59s", "0.9m"])
def test_a_feed_url_polled_more_often_than_once_a_minute_is_a_usage_error(
    every: str, tmp_path: Path, capsys
) -> None:
    """`watch URL --every 0.0001s` was taken: a busy loop against the feed's host (cli49)."""
    url = "https://feeds.example.org/news.rss"
    assert main(["watch", "--db", str(tmp_path / "n.db"), url, "--every", every, "--polls", "1"]) == 2
    assert capsys.readouterr().err == (
        f"newsbrief: error: --every: {every!r} is shorter than 1m, the least wait between two polls of a"
        " feed URL (feed files and localhost: any)\n"
    )
    assert not (tmp_path / "n.db").exists()


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8000/a.rss", True),
        ("http://localhost/a.rss", True),
        ("http://[::1]:80/a.rss", True),
        ("https://feeds.example.org/a.rss", False),
        ("http://10.0.0.1/a.rss", False),
    ],
)
def test_only_loopback_feed_urls_may_be_polled_more_often(url: str, loopback: bool) -> None:
    from newsbrief.errors import UsageError
    from newsbrief.watch import check_url_every

    check_url_every(60.0, "1m", [url])
    if loopback:
        check_url_every(0.01, "0.01s", [url])
    else:
        with pytest.raises(UsageError):
            check_url_every(0.01, "0.01s", [url])


def test_cluster_reads_no_more_of_a_feed_than_its_article_limit(tmp_path: Path, capsys, monkeypatch) -> None:
    """`cluster big.rss --max-articles 100` read all 10,000 entries (300 s), then refused the 101st
    (cli50): now the entries past the limit's one over are never read."""
    import newsbrief.feeds as feeds

    f = tmp_path / "big.rss"
    f.write_text(rss("", [(f"Item {k}", f"/item/{k}", f"Short note {k} on the harbour.") for k in range(40)]))
    read: list[str] = []
    real = feeds._article

    def counted(entry, *args, **kwargs):
        read.append(entry.id)
        return real(entry, *args, **kwargs)

    monkeypatch.setattr(feeds, "_article", counted)
    assert main(["cluster", str(f), "--max-articles", "5"]) == 1
    assert "over the limit of 5 articles" in capsys.readouterr().err
    assert len(read) == 6


def test_cluster_reads_no_more_of_a_feed_url_than_its_article_limit(server: LocalServer, capsys) -> None:
    """As a feed file (above): `cluster URL --max-articles 5` of a 40-entry feed read every entry and
    fetched all 40 pages before refusing the 6th (feeds50); now 6 pages are fetched."""
    server.reset()
    assert main(["cluster", server.url("/many.rss"), "--max-articles", "5"]) == 1
    err = capsys.readouterr().err
    assert "/many.rss: over the limit of 5 articles" in err
    assert sum(n for p, n in server.hits.items() if p.startswith("/many/")) == 6


def test_a_feed_url_over_the_byte_limit_is_one_line_not_read_whole(server: LocalServer, capsys) -> None:
    """A 200 MB feed given by URL is refused at the fetch's byte cap, named with its URL, and the
    download stops there (the server got to send a few MB, not 200)."""
    server.reset()
    server.httpd.sent = 0  # type: ignore[attr-defined]
    url = server.url("/huge.rss")
    assert main(["cluster", url]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"newsbrief: error: {url}: feed is over the 5,000,000-byte limit (download stopped)"
    assert server.httpd.sent < 50_000_000  # type: ignore[attr-defined]


@pytest.mark.parametrize(("path", "what"), [("/many.rss", "feed"), ("/many/0", "page")])
def test_a_body_over_the_byte_limit_is_named_by_what_was_read(
    server: LocalServer, path: str, what: str
) -> None:
    """A feed over the fetch's byte cap was "page is ... over the limit" (cli50); now named by its
    content type or how it starts, a page still a page."""
    from newsbrief.ingest.url import fetch

    with pytest.raises(InputError, match=rf"{path}: {what} is [\d,]+ bytes, over the 100-byte limit$"):
        fetch(server.url(path), FetchOptions(max_bytes=100))


def test_a_feed_cut_at_its_article_limit_is_incomplete_and_keeps_no_validators(server: LocalServer) -> None:
    """A poll that stops at `Fetching.most` was marked complete with the feed's validators, so a later
    run asked with them would be answered 304 and never read the rest (scale51)."""
    poll = poll_feed(server.url("/etag.rss"), None, fetching(most=2))
    assert [d.title for d in poll.docs] == ["Bridge report 0", "Bridge report 1"]
    assert not poll.complete and poll.state is None
    whole = poll_feed(server.url("/etag.rss"), None, fetching(most=3))  # no entry left out
    assert whole.complete and whole.state == FeedState(ETAG, None)


def test_read_url_keeps_no_validators_of_a_feed_it_read_short(server: LocalServer) -> None:
    feeds: dict = {}
    assert len(read_url(server.url("/etag.rss"), fetching=fetching(most=1), feeds=feeds)) == 1
    assert feeds[server.url("/etag.rss")].state is None
    assert len(read_url(server.url("/etag.rss"), fetching=fetching(), feeds=feeds)) == 3
    assert feeds[server.url("/etag.rss")].state == FeedState(ETAG, None)


def _stored_urls(db: Path) -> list[str]:
    """The URLs of the articles in a SQLite store (none while it is being made)."""
    import sqlite3

    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        try:
            return [r[0] for r in conn.execute("SELECT url FROM articles ORDER BY url")]
        except sqlite3.OperationalError:  # no table yet
            return []


def _killed_at_the_gate(server: LocalServer, db: Path, args: list[str]) -> None:
    """`newsbrief ARGS` run until it has stored the `GATED` pages the server gives before the one it holds
    back, then killed (SIGKILL): what a crash in the middle of a feed leaves."""
    server.httpd.gate.clear()  # type: ignore[attr-defined]
    proc = subprocess.Popen([EXE, *args], stderr=subprocess.DEVNULL, env={**os.environ})
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(_stored_urls(db)) < GATED:
            time.sleep(0.2)
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        server.httpd.gate.set()  # type: ignore[attr-defined]
        if proc.poll() is None:
            proc.kill()


def test_sigkill_while_an_ingest_fetches_a_feeds_pages_keeps_those_before_and_a_rerun_adds_the_rest(
    server: LocalServer, tmp_path: Path
) -> None:
    """`ingest URL` of a feed fetched every entry's page before it stored the first article: killed
    at page 50 of 100, it kept nothing (scale51). Now each page is stored as it comes (`URL_BATCH`):
    killed while the server holds page 4 back, the store holds pages 1-3; a re-run adds the other
    two, every article once, and only then keeps the feed's validators."""
    db = tmp_path / "news.db"
    feed = server.url("/slow.rss")
    urls = sorted(server.url(f"/slow{q}") for q in SLOW)
    _killed_at_the_gate(server, db, ["ingest", "--db", str(db), feed])
    assert _stored_urls(db) == sorted(server.url(f"/slow{q}") for q in SLOW[:GATED])
    assert _feeds_table(db) == []
    server.reset()
    assert main(["ingest", "--db", str(db), feed]) == 0
    assert _stored_urls(db) == urls
    assert sum(n for p, n in server.hits.items() if p.startswith("/slow/")) == len(SLOW) - GATED
    assert _feeds_table(db) == [(feed, ETAG, None)]


def test_sigkill_while_watch_fetches_a_feeds_pages_keeps_those_before_and_the_next_poll_adds_the_rest(
    server: LocalServer, tmp_path: Path
) -> None:
    """As `ingest` (above): a poll of `watch` held every page of its feeds before it stored the first
    (scale51); now each is stored as it comes, and the next run's poll adds only the rest."""
    db = tmp_path / "news.db"
    feed = server.url("/slow.rss")
    _killed_at_the_gate(server, db, ["watch", "--db", str(db), feed, "--every", "1h", "--delay", "0s"])
    assert _stored_urls(db) == sorted(server.url(f"/slow{q}") for q in SLOW[:GATED])
    assert _feeds_table(db) == []
    server.reset()
    assert main(["watch", "--db", str(db), feed, "--polls", "1", "--delay", "0s"]) == 0
    assert _stored_urls(db) == sorted(server.url(f"/slow{q}") for q in SLOW)
    assert sum(n for p, n in server.hits.items() if p.startswith("/slow/")) == len(SLOW) - GATED
    assert _feeds_table(db) == [(feed, ETAG, None)]


@pytest.mark.parametrize(
    "args",
    [
        ("--every", "1m", "--every", "60s"),
        ("--every", "1h", "--every=60m"),
        ("--delay", "0s", "--delay", "0m"),
    ],
)
def test_two_spellings_of_one_duration_are_one_value(args: tuple[str, ...]) -> None:
    """`watch --every 1m --every 60s` was "given twice ('1m', then '60s')": `--every` was read after the
    parser, so the parser compared the strings (cli58's left-alone); the durations are compared (cli59)."""
    import typer

    from newsbrief.cli import app
    from newsbrief.watch import Duration

    command = typer.main.get_command(app).commands["watch"]
    ctx = command.make_context("watch", ["feed.rss", *args])
    name = args[0].lstrip("-")
    assert ctx.params[name] == Duration(parse_duration(args[1], args[0], allow_zero=True), args[1])


def test_two_durations_that_differ_are_still_given_twice(tmp_path: Path, capsys) -> None:
    args = ["watch", "--db", str(tmp_path / "n.db"), "feed.rss", "--every", "1m", "--every", "61s"]
    assert main(args) == 2
    assert (
        capsys.readouterr().err == "newsbrief: error: --every: given twice ('1m', then '61s'); give it once\n"
    )
    assert not (tmp_path / "n.db").exists()


def test_watch_does_not_repeat_a_feed_files_warning_at_every_poll(tmp_path: Path, capsys) -> None:
    """A feed file with an entry cut short, read again unchanged, warned of it at every poll (cli59's
    sweep): once, as long as the reading warns of the same."""
    feed = tmp_path / "cut.rss"
    whole = rss("https://example.org", [("Ferry", "/ferry", STORIES["bridge"][0] * 3)])
    feed.write_text(whole.replace("</channel>", "<item><title>Half").split("</rss>")[0])
    args = [
        "watch",
        "--db",
        str(tmp_path / "n.db"),
        str(feed),
        "--polls",
        "3",
        "--every",
        "0.01s",
        "--no-pages",
    ]
    assert main(args) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith(f"newsbrief: warning: {feed}: the feed ends early (") and len(err) == 4, err
    assert all(" poll " in line for line in err[1:])
