"""URLs as input: a local HTTP server on 127.0.0.1 serving pages written for these tests."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from localhttp import LocalServer

from newsbrief.cli import main
from newsbrief.errors import InputError
from newsbrief.ingest.url import FetchOptions, cache_path, check_url, fetch, fetch_documents, is_url

BOILER = (
    "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
    "<div class='cookie'>We use cookies to improve your experience. Accept all cookies?</div>"
)
FOOT = "<footer>Copyright Lakeside Media. All rights reserved. Terms. Privacy.</footer>"


def article(title: str, author: str, date: str, site: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title} | {site}</title><meta name='author' content='{author}'>"
        f"<meta property='og:site_name' content='{site}'><meta property='og:title' content='{title}'>"
        f"<meta property='article:published_time' content='{date}'></head><body>{BOILER}"
        f"<article><h1>{title}</h1>{body}</article>{FOOT}</body></html>"
    )


PAGES = {
    "/ferry": article(
        "Ferry strike ends after two weeks",
        "Mira Holm",
        "2024-05-03",
        "Lakeside Post",
        [
            "The ferry service across the lake will resume on Monday after a two-week strike by crews ended.",
            "The operator said crews had accepted a pay rise of four percent spread over two years.",
            "Passengers had been forced to take buses that added an hour to their daily journeys.",
            "The union said it would keep pressing for better safety equipment on the older boats.",
        ],
    ),
    "/ferry-2": article(
        "Crews accept pay deal, ferries to sail again",
        "Tom Ekdahl",
        "2024-05-04",
        "Valley Herald",
        [
            "Ferry crews voted to accept a four percent pay rise, ending a strike that lasted two weeks.",
            "Services across the lake will restart on Monday morning, the operator announced on Friday.",
            "Commuters welcomed the news after two weeks of long bus rides around the southern shore.",
        ],
    ),
}
PLAIN = "Plain text news: the lake ferry returns on Monday after the strike. Crews accepted the pay offer."


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "TestPages/1"
    hits: Counter  # set per server

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.server.hits[path] += 1  # type: ignore[attr-defined]
        if path in PAGES:
            self._send(200, PAGES[path].encode())
        elif path == "/latin1":
            html = PAGES["/ferry"].replace("utf-8", "iso-8859-1").replace("two-week", "two-week café")
            self._send(200, html.encode("latin-1"), "text/html; charset=iso-8859-1")
        elif path == "/plain":
            self._send(200, PLAIN.encode(), "text/plain; charset=utf-8")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n", "image/png")
        elif path == "/empty":
            self._send(
                200, b"<html><head><title>Empty</title></head><body><script>var a = 1;</script></body></html>"
            )
        elif path == "/redirect":
            self._send(302, b"", Location="/ferry")
        elif path == "/loop":
            self._send(302, b"", Location="/loop")
        elif path == "/to-file":
            self._send(302, b"", Location="file:///etc/passwd")
        elif path == "/to-bad-url":
            self._send(302, b"", Location="http://[bad")
        elif path == "/not-modified":  # whatever was asked
            self._send(304, b"", ETag='"v1"')
        elif path == "/big-declared":
            self._send(200, b"<html><body>" + b"x" * 300_000 + b"</body></html>")
        elif path == "/big-chunked":  # no Content-Length: the client must count while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                self.server.aborted += 1  # type: ignore[attr-defined]
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGES["/ferry"].encode())
        else:
            self._send(404, b"<h1>not found</h1>")


class PageServer(LocalServer):
    """The article pages above on a local server; `hits` counts requests per path."""

    def __init__(self) -> None:
        super().__init__(Handler)


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with PageServer() as s:
        yield s


def test_fetch_extracts_article_and_metadata_and_keeps_the_url(server: PageServer) -> None:
    urls = [server.url("/ferry"), server.url("/ferry-2")]
    docs = fetch_documents(urls)
    assert [d.source for d in docs] == urls
    d = docs[0]
    assert d.title == "Ferry strike ends after two weeks"
    assert d.author == "Mira Holm" and d.date == "2024-05-03" and d.outlet == "Lakeside Post"
    assert d.kind == "html"
    assert "pay rise of four percent" in d.raw
    for junk in ("cookies", "Copyright", "Home", "Ferry strike ends after two weeks"):
        assert junk not in d.raw, junk
    assert docs[1].outlet == "Valley Herald"
    assert len({d.id for d in docs}) == 2


def test_cache_means_a_rerun_does_not_refetch(server: PageServer, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    urls = [server.url("/ferry"), server.url("/ferry-2") + "?c=1"]
    before = Counter(server.hits)
    first = fetch_documents(urls, cache_dir=cache)
    assert server.hits["/ferry"] - before["/ferry"] == 1 and server.hits["/ferry-2"] - before["/ferry-2"] == 1
    mid = Counter(server.hits)
    second = fetch_documents(urls, cache_dir=cache)
    assert server.hits == mid, "second run must not touch the server"
    assert first == second
    names = sorted(p.name for p in cache.iterdir())
    assert names == sorted(hashlib.sha256(u.encode()).hexdigest() + ".json" for u in urls)
    assert cache_path(cache, urls[0]).name in names
    # a corrupt entry is a miss, refetched and rewritten
    cache_path(cache, urls[0]).write_text("{not json", encoding="utf-8")
    assert fetch_documents(urls[:1], cache_dir=cache)[0] == first[0]
    assert server.hits["/ferry"] == mid["/ferry"] + 1
    json.loads(cache_path(cache, urls[0]).read_text(encoding="utf-8"))


def test_failed_urls_get_one_line_each_and_the_others_go_on(server: PageServer) -> None:
    errors: list[tuple[str, str]] = []
    bad = [
        server.url("/missing"),
        "file:///etc/passwd",
        "ftp://example.org/a",
        server.url("/image"),
        server.url("/empty"),
        server.url("/loop"),
        server.url("/to-file"),
    ]
    docs = fetch_documents(
        [server.url("/ferry"), *bad],
        options=FetchOptions(max_redirects=3),
        on_error=lambda u, m: errors.append((u, m)),
    )
    assert [d.source for d in docs] == [server.url("/ferry")]
    assert [u for u, _ in errors] == bad
    for u, m in errors:
        assert m.startswith(u + ": ") and "\n" not in m
    msgs = dict(errors)
    assert "HTTP 404" in msgs[bad[0]]
    assert "only http and https" in msgs[bad[1]] and "only http and https" in msgs[bad[2]]
    assert "not an HTML page" in msgs[bad[3]]
    assert "no text found" in msgs[bad[4]]
    assert "more than 3 redirects" in msgs[bad[5]]
    assert "only http and https" in msgs[bad[6]]


def test_default_error_reporting_is_one_warning_line_on_stderr(server: PageServer, capsys) -> None:
    fetch_documents([server.url("/ferry"), server.url("/missing")])
    err = capsys.readouterr().err
    assert err == f"newsbrief: warning: {server.url('/missing')}: HTTP 404 Not Found\n"


def test_none_worked_is_an_input_error(server: PageServer) -> None:
    with pytest.raises(InputError, match=r"no URL could be used: .*/missing: HTTP 404.*\(and 1 more\)"):
        fetch_documents([server.url("/missing"), "file:///etc/hosts"], on_error=None)


def test_a_redirect_to_a_malformed_url_is_one_line(server: PageServer) -> None:
    """A Location of "http://[bad" was a ValueError traceback in `brief`, `ingest` and `watch` (cli46)."""
    with pytest.raises(InputError) as e:
        fetch(server.url("/to-bad-url"))
    assert str(e.value) == (
        f"{server.url('/to-bad-url')}: redirected to a URL that cannot be fetched: "
        "http://[bad: not a valid URL (Invalid IPv6 URL)"
    )


@pytest.mark.parametrize(
    ("url", "port"),
    [
        ("http://127.0.0.1:-1/", "-1"),
        ("http://[::1]:abc/x", "abc"),
        ("https://u:p@example.org:99999/", "99999"),
        ("http://example.org:1e3", "1e3"),
    ],
)
def test_a_url_with_a_port_that_is_no_port_is_named_in_our_words(url: str, port: str) -> None:
    """urllib's words were shown: "Port could not be cast to integer value as '-1'" (cli52)."""
    with pytest.raises(InputError) as e:
        check_url(url)
    assert str(e.value) == f"{url}: not a valid URL (its port {port!r} is not a number from 0 to 65535)"


def test_a_304_to_a_request_that_was_not_conditional_says_so(server: PageServer) -> None:
    """It came back as an empty page: "no text found in this HTML" (cli46). Asked conditionally it is
    the answer `watch` expects."""
    with pytest.raises(InputError, match=r"/not-modified: HTTP 304 Not Modified, to a request that was not"):
        fetch(server.url("/not-modified"))
    assert fetch(server.url("/not-modified"), headers={"If-None-Match": '"v1"'}).status == 304


def test_redirect_is_followed_and_the_given_url_kept(server: PageServer) -> None:
    page = fetch(server.url("/redirect"))
    assert page.final_url == server.url("/ferry") and page.url == server.url("/redirect")
    (doc,) = fetch_documents([server.url("/redirect")])
    assert doc.source == server.url("/redirect") and doc.title == "Ferry strike ends after two weeks"


def test_size_cap_declared_and_streamed(server: PageServer) -> None:
    opts = FetchOptions(max_bytes=100_000)
    with pytest.raises(InputError, match="over the 100,000-byte limit"):
        fetch(server.url("/big-declared"), opts)
    with pytest.raises(InputError, match=r"over the 100,000-byte limit \(download stopped\)"):
        fetch(server.url("/big-chunked"), opts)


def test_timeout(server: PageServer) -> None:
    t = time.monotonic()
    with pytest.raises(InputError, match=r"timed out: the page did not arrive within 0.3 s"):
        fetch(server.url("/slow"), FetchOptions(timeout=0.3))
    assert time.monotonic() - t < 1.4  # gave up before the server answered


def test_private_addresses_refused_when_asked(server: PageServer) -> None:
    before = Counter(server.hits)
    for host in ("127.0.0.1", "localhost", "[::1]", "10.0.0.1", "169.254.169.254", "[::ffff:127.0.0.1]"):
        with pytest.raises(InputError, match="private or local address"):
            check_url(f"http://{host}/x", allow_private=False)
    with pytest.raises(InputError, match="private or local address"):
        fetch(server.url("/ferry"), FetchOptions(allow_private=False))
    assert server.hits == before
    check_url("http://93.184.215.14/", allow_private=False)  # a public address passes (nothing fetched)


def test_encodings_and_plain_text(server: PageServer) -> None:
    (d,) = fetch_documents([server.url("/latin1")])
    assert "two-week café strike" in d.raw
    (p,) = fetch_documents([server.url("/plain")])
    assert p.raw == PLAIN and p.kind == "text"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("http://a.example/x", True),
        ("HTTPS://a.example", True),
        ("file:///etc/passwd", False),
        ("ftp://a.example/x", False),
        ("javascript:alert(1)", False),
        ("http:///nohost", False),
        ("data:text/html,hi", False),
        ("gopher://a.example", False),
    ],
)
def test_only_http_and_https(url: str, ok: bool) -> None:
    if ok:
        check_url(url)
    else:
        with pytest.raises(InputError):
            check_url(url)


@pytest.mark.parametrize("url", ["example.org/story", "www.example.org", "not"])
def test_a_url_without_a_scheme_says_so(url: str) -> None:
    """`example.org/story` (or a word of text pasted into the URL box) said "only http and https URLs
    can be fetched, not no:" (cli44)."""
    with pytest.raises(InputError) as e:
        check_url(url)
    assert str(e.value) == f"{url}: is no URL (no http:// or https:// before it)"


def test_a_url_with_a_byte_that_is_no_utf8_is_refused() -> None:
    """From a command line in bytes (`http://a.example/\\xff`): a UnicodeEncodeError traceback in httpx
    in brief, cluster, ingest and watch (fuzz35; tests/test_cli_errors runs one); a Unicode character is
    fine."""
    odd = "http://a.example/" + os.fsdecode(b"\xff")
    with pytest.raises(InputError, match="holds a byte that is no UTF-8; percent-encode it"):
        check_url(odd)
    check_url("http://a.example/caf\u00e9")


def test_is_url() -> None:
    assert (
        is_url("https://a.example/x") and is_url("file:///x") and is_url("http://[bad")
    )  # check_url says why
    assert not is_url("story.txt") and not is_url("C:\\news\\a.txt") and not is_url("-")


def test_a_cache_that_cannot_be_written_warns_once_and_the_brief_goes_on(
    server: PageServer, tmp_path: Path, capsys, monkeypatch
) -> None:
    """`brief URL... --cache-dir D` on a read-only file system (or a full disk) fetched every page, then
    failed on the cache's write, the brief lost, exit 1 (cli48). One warning now; the brief is made."""
    import newsbrief.io
    from newsbrief.errors import OutputError

    cache = tmp_path / "ro"
    real = newsbrief.io.atomic_write

    def read_only(path, *args, **kwargs):
        if Path(path).parent == cache:
            raise OutputError("cannot write here (Read-only file system)", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(newsbrief.io, "atomic_write", read_only)
    urls = [server.url("/ferry") + "?ro", server.url("/ferry-2") + "?ro"]
    assert main(["brief", *urls, "--cache-dir", str(cache), "-f", "json", "--no-timings", "-w", "60"]) == 0
    out, err = capsys.readouterr()
    assert [d["source"] for d in json.loads(out)["documents"]] == urls
    assert err == (
        f"newsbrief: warning: --cache-dir {cache}: cannot write here (Read-only file system); pages are"
        " fetched but not cached\n"
    )


def test_cli_brief_from_urls_with_cache(server: PageServer, tmp_path: Path, capsys) -> None:
    cache = tmp_path / "c"
    urls = [server.url("/ferry") + "?cli", server.url("/ferry-2") + "?cli", server.url("/missing") + "?cli"]
    out = tmp_path / "b.json"
    args = [
        "brief",
        *urls,
        "--cache-dir",
        str(cache),
        "-f",
        "json",
        "-o",
        str(out),
        "--no-timings",
        "-w",
        "60",
    ]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert err.strip() == f"newsbrief: warning: {urls[2]}: HTTP 404 Not Found"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["source"] for d in data["documents"]] == urls[:2]
    assert data["documents"][0]["title"] == "Ferry strike ends after two weeks"
    hits = Counter(server.hits)
    assert main(args) == 0
    assert server.hits["/ferry"] == hits["/ferry"] and server.hits["/ferry-2"] == hits["/ferry-2"]
    assert json.loads(out.read_text(encoding="utf-8")) == data


def test_cli_all_urls_failing_is_one_error_line(tmp_path: Path, capsys) -> None:
    assert main(["brief", "file:///etc/passwd"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("newsbrief: error: ") and "only http and https" in err[-1]
    assert "Traceback" not in "\n".join(err)


@pytest.mark.parametrize(
    ("content", "why"), [(None, "No such file or directory"), ("junk\n", "NO_CERTIFICATE_OR_CRL_FOUND")]
)
def test_certificates_ssl_cert_file_names_that_cannot_be_read_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | None, why: str
) -> None:
    """httpx reads SSL_CERT_FILE whatever `trust_env` says: a missing file was the error line "No such
    file or directory", naming nothing; a file of no certificate, an `ssl.SSLError` (cli54)."""
    pem = tmp_path / "certs.pem"
    if content is not None:
        pem.write_text(content)
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))
    with pytest.raises(InputError) as e:
        fetch("https://127.0.0.1:9/page.html")
    assert (
        str(e.value) == f"SSL_CERT_FILE={pem}: cannot read the certificates to check https pages with ({why})"
    )
