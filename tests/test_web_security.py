"""What a hostile web page or client cannot do to the local app: other Host names, cross-site
posts, slow headers, and one large request holding up everyone else (all on 127.0.0.1)."""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import ANY

import pytest
from fastapi.testclient import TestClient
from helpers import as_a_terminal_starts_it

from newsbrief.web import jobs
from newsbrief.web.app import create_app
from newsbrief.web.settings import Settings

DOCS = [
    "The city library will open on Sundays from next month, the council said on Wednesday. "
    "The change follows a petition signed by more than four thousand residents.",
    "Residents will be able to visit the library on Sundays starting next month. "
    "The council agreed to the plan after thousands of people signed a petition.",
]
BASE = "http://127.0.0.1:8000"


def client(settings: Settings | None = None, base: str = BASE) -> TestClient:
    return TestClient(
        create_app(settings or Settings(pool="thread")), raise_server_exceptions=False, base_url=base
    )


@pytest.mark.parametrize(
    "host", ["attacker.example", "127.0.0.1.nip.io", "localhost.attacker.example", "10.0.0.5"]
)
def test_other_host_names_are_refused(host: str) -> None:
    """DNS rebinding makes a hostile name point at 127.0.0.1: the browser still sends that name."""
    c = client()
    for r in (c.get("/", headers={"Host": host}), c.get("/api/health", headers={"Host": f"{host}:8000"})):
        assert r.status_code == 421 and "does not answer for host" in r.json()["error"]
    r = c.post("/api/brief", json={"documents": DOCS}, headers={"Host": host})
    assert r.status_code == 421


def asgi_scope(method: str, path: str, headers: list[tuple[bytes, bytes]], http_version: str = "1.1") -> dict:
    """An ASGI HTTP scope, for a request httpx cannot send (no Host header, a body that stops coming)."""
    return {
        "type": "http",
        "http_version": http_version,
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 40000),
    }


def test_a_request_without_a_host_header_is_told_so() -> None:
    """An HTTP/1.0 request without a Host header was told "this server does not answer for host 'none'"
    (cli51), as if it had named a host "none". httpx always sends one: the app is called as ASGI."""
    import asyncio

    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = asgi_scope("GET", "/api/health", [], http_version="1.0")
    asyncio.run(create_app(Settings(pool="thread"))(scope, receive, send))
    assert sent[0]["status"] == 421
    body = b"".join(m.get("body", b"") for m in sent[1:])
    assert json.loads(body) == {
        "error": "the request has no Host header; this server answers only for its own names"
    }


@pytest.mark.parametrize(
    ("host", "shown"),
    [
        ("lоcalhost".encode(), r"'l\u043ecalhost'"),  # a Cyrillic o: 'lÐ¾calhost' before
        (b"local\xffhost", r"'local\xffhost'"),  # no UTF-8: 'localÿhost' before
        (b"evil.example", "'evil.example'"),
    ],
)
def test_a_host_not_answered_for_is_shown_as_it_was_sent(host: bytes, shown: str) -> None:
    """The Host header was read as Latin-1 for the refusal: a UTF-8 name was shown garbled (cli54)."""
    import asyncio

    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = asgi_scope("GET", "/api/health", [(b"host", host)])
    asyncio.run(create_app(Settings(pool="thread"))(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent[1:])
    assert sent[0]["status"] == 421
    assert json.loads(body) == {"error": f"this server does not answer for host {shown}"}


@pytest.mark.parametrize(
    ("host", "why"),
    [
        ("127.0.0.1:abc", "its port 'abc' is not a number from 0 to 65535"),
        ("localhost:99999", "its port '99999' is not a number from 0 to 65535"),
        ("[::1]abc", "'abc' follows its host name"),
        ("localhost:" + "9" * 5000, f"its port {'9' * 40!r} is not a number from 0 to 65535"),
        ("[::1]:x", "its port 'x' is not a number from 0 to 65535"),
    ],
)
def test_a_served_name_with_a_malformed_port_is_refused(host: str, why: str) -> None:
    """A served name followed by a port that is no port was served (cli51: the port part was never read)."""
    said = f"the Host header {host[:100]!r} is malformed: {why}"
    r = client().get("/api/health", headers={"Host": host})
    assert r.status_code == 400 and r.json() == {"error": said}
    r = client().get("/brief", headers={"Host": host})  # the form's route: its HTML page
    assert r.status_code == 400 and said in html.unescape(r.text)


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1", "127.0.0.1:", "[::1]:8000", "LOCALHOST"])
def test_local_names_are_served(host: str) -> None:
    assert client().get("/api/health", headers={"Host": host}).status_code == 200


def test_allowed_host_adds_a_name() -> None:
    settings = Settings(pool="thread", allowed_hosts=("localhost", "127.0.0.1", "[::1]", "news.example"))
    c = client(settings, base="http://news.example")
    assert c.get("/api/health").status_code == 200
    assert c.get("/api/health", headers={"Host": "other.example"}).status_code == 421


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://attacker.example"},
        {"Origin": "null"},
        {"Origin": "http://127.0.0.1:9999"},  # another local port is another origin
        {"Referer": "http://attacker.example/page.html"},
        {"Origin": "http://attacker.example", "Referer": f"{BASE}/"},
    ],
)
def test_cross_site_posts_are_refused(headers: dict[str, str]) -> None:
    c = client()
    r = c.post("/api/brief", json={"documents": DOCS}, headers=headers)
    assert r.status_code == 403 and "cross-site request refused" in r.json()["error"]
    r = c.post("/brief", data={"texts": DOCS[0]}, headers=headers)
    assert r.status_code == 403


def test_the_form_route_is_refused_with_its_html_page() -> None:
    """A refused form post (a privacy setting's `Origin: null`) or a wrong Host answered the form's
    route with JSON, every other error there being the page (cli46); the API stays JSON."""
    c = client()
    for r, status in (
        (c.post("/brief", data={"texts": DOCS[0]}, headers={"Origin": "null"}), 403),
        (c.post("/brief", data={"texts": DOCS[0]}, headers={"Host": "attacker.example"}), 421),
    ):
        assert r.status_code == status and r.headers["content-type"].startswith("text/html"), r.text
        assert (
            "<h1>Could not make the brief</h1>" in r.text
            and "default-src" in r.headers["content-security-policy"]
        )
    r = c.post("/api/brief", json={"documents": DOCS}, headers={"Origin": "null"})
    assert r.status_code == 403 and r.json() == {
        "error": "cross-site request refused: its Origin is not this server"
    }


@pytest.mark.parametrize("headers", [{"Origin": BASE}, {"Referer": f"{BASE}/"}, {}])
def test_same_origin_and_non_browser_posts_pass(headers: dict[str, str]) -> None:
    r = client().post("/api/brief", json={"documents": DOCS, "words": 40}, headers=headers)
    assert r.status_code == 200, r.text


def test_our_pages_send_their_origin_on_posts() -> None:
    """`Referrer-Policy: no-referrer` would make the browser send `Origin: null` on our own form."""
    r = client().get("/")
    assert r.headers["referrer-policy"] == "same-origin"
    assert '<meta name="referrer" content="same-origin">' in r.text


# --- the worker lanes ----------------------------------------------------------------------------


@pytest.fixture
def blocking_job(monkeypatch) -> Iterator[threading.Event]:
    """Briefs whose first document says "BIG" wait until the event is set (thread workers)."""
    release = threading.Event()
    real = jobs.api_job

    def job(settings, documents, urls, options):  # type: ignore[no-untyped-def]
        if documents and documents[0].raw.startswith("BIG"):
            release.wait(30)
        return real(settings, documents, urls, options)

    monkeypatch.setattr(jobs, "api_job", job)
    yield release
    release.set()


def wait_until_taken(c: TestClient, lane: str, n: int) -> None:
    """Until `n` requests hold the lane (polled: a fixed sleep was flaky on a loaded machine)."""
    held = getattr(c.app.state.lanes, lane)  # type: ignore[attr-defined]
    deadline = time.monotonic() + 30
    while held._inflight < n:
        assert time.monotonic() < deadline, f"the {lane} lane never held {n} requests"
        time.sleep(0.01)


def test_a_small_request_is_not_stuck_behind_a_large_one(blocking_job: threading.Event) -> None:
    c = client(Settings(pool="thread", small_bytes=2_000))
    big = {"documents": ["BIG " + " ".join(DOCS * 20), *DOCS], "words": 40}
    answers: list[int] = []
    t = threading.Thread(target=lambda: answers.append(c.post("/api/brief", json=big).status_code))
    t.start()
    wait_until_taken(c, "large", 1)
    start = time.monotonic()
    r = c.post("/api/brief", json={"documents": DOCS, "words": 40})
    assert r.status_code == 200 and time.monotonic() - start < 10
    assert not answers, "the large request is still held"
    assert c.get("/api/health").status_code == 200
    blocking_job.set()
    t.join(30)
    assert answers == [200]


def test_a_full_lane_answers_503_at_once(blocking_job: threading.Event) -> None:
    c = client(Settings(pool="thread", small_bytes=2_000, large_workers=1, queue=1))
    big = {"documents": ["BIG " + " ".join(DOCS * 20)], "words": 40}
    answers: list[int] = []
    threads = [
        threading.Thread(target=lambda: answers.append(c.post("/api/brief", json=big).status_code))
        for _ in range(2)
    ]
    for t in threads:
        t.start()
    wait_until_taken(c, "large", 2)  # one running, one waiting: the lane is full
    start = time.monotonic()
    r = c.post("/api/brief", json=big)
    assert r.status_code == 503 and "busy" in r.json()["error"] and r.headers["retry-after"] == "5"
    assert time.monotonic() - start < 5
    assert c.post("/api/brief", json={"documents": DOCS, "words": 40}).status_code == 200  # small lane free
    blocking_job.set()
    for t in threads:
        t.join(30)
    assert answers == [200, 200]


# --- the real server: slow headers ---------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(*extra: str) -> tuple[subprocess.Popen[bytes], int]:
    """`newsbrief serve` on a free loopback port, once /api/health answers."""
    port = free_port()
    cmd = [sys.executable, "-m", "newsbrief.cli", "serve", "--port", str(port), *extra]
    proc = subprocess.Popen(
        [*cmd, "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=as_a_terminal_starts_it,  # `serve` keeps a background job's ignored SIGINT ignored
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                if b"200 OK" in s.recv(1024):
                    break
        except OSError:
            time.sleep(0.2)
    return proc, port


@pytest.fixture(scope="module")
def live_server() -> Iterator[int]:
    proc, port = start_server("--header-timeout", "1", "--body-timeout", "1")
    yield port
    proc.terminate()
    proc.wait(10)


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie, dead but not yet reaped, does not count)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_no_worker_outlives_the_server(sig: signal.Signals) -> None:
    """Stopping the server stops its worker processes (uvicorn ends on SIGTERM without atexit). SIGTERM
    ended it by the signal (status -15), after which multiprocessing's resource tracker warned of leaked
    semaphores in two lines (cli54): a stop asked for, exit 0, as `watch`; Ctrl-C is "aborted", 130."""
    proc, _port = start_server()
    workers = children(proc.pid)
    assert workers, "the server starts its worker processes before it answers"
    proc.send_signal(sig)
    assert proc.wait(60) == (130 if sig == signal.SIGINT else 0)  # SIGHUP: a stop as SIGTERM (cli58)
    said = proc.stderr.read().decode()  # to its end: the resource tracker holds stderr until it exits
    assert "leaked" not in said and "Traceback" not in said, said
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(p) for p in workers):
        time.sleep(0.1)
    left = [p for p in workers if alive(p)]
    for p in left:  # do not leave them behind this test either
        os.kill(p, signal.SIGKILL)
    assert not left


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_workers_start_with_ctrl_c_blocked() -> None:
    """A terminal's Ctrl-C reaches the whole process group: a worker process must not take it (the
    server stops its workers itself), from its first instruction on, before any initializer runs."""
    from newsbrief.web.pool import Lane

    lane = Lane("small", 1, 0)
    try:
        blocked = lane.submit(signal.pthread_sigmask, signal.SIG_BLOCK, []).result(60)
    finally:
        lane.shutdown()
    assert signal.SIGINT in blocked
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # this process's mask put back


def is_worker(pid: int) -> bool:
    """Whether `pid` is a pool's worker process (not the resource tracker, say)."""
    try:
        return b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_ctrl_c_while_the_workers_warm_up() -> None:
    """Ctrl-C in serve's first seconds (the workers still importing): each worker printed a
    KeyboardInterrupt traceback, and the server then waited for the warm-up. Now: no traceback, the
    same "aborted" line and exit 130 as every command, soon, and no worker left behind."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsbrief.cli",
            "serve",
            "--port",
            str(free_port()),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, signalled as a terminal signals its job
        preexec_fn=as_a_terminal_starts_it,
    )
    try:
        deadline = time.monotonic() + 60
        while len(workers := [p for p in children(proc.pid) if is_worker(p)]) < 3:  # 2 small, 1 large
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(0.2)  # importing: the traceback's moment
        os.killpg(proc.pid, signal.SIGINT)
        start = time.monotonic()
        assert proc.wait(60) == 130
        assert time.monotonic() - start < 10
        assert proc.stderr.read().decode() == "newsbrief: aborted\n"
        time.sleep(1)
        assert not [p for p in workers if alive(p)]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stderr.close()


# Requests h11 cannot read, refused before the app; the answer each gets now
_UNREADABLE = {
    b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nno colon here\r\n\r\n": (
        "the request cannot be read as HTTP (illegal header line: b'no colon here')"
    ),
    b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\n\r\n": (
        "the request cannot be read as HTTP (Found multiple Host: headers)"
    ),
    b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: " + b"a" * 20_000: (
        "its request line and headers are over 16 KB, the most it reads"
    ),
}


def test_a_request_h11_cannot_read_is_said_in_our_words() -> None:
    """uvicorn answered and logged each "Invalid HTTP request received.", naming neither the client nor
    the reason (cli54): the answer says why, the log line names the client too, once."""
    proc, port = start_server()
    try:
        for request, why in _UNREADABLE.items():
            with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
                s.sendall(request)
                answer = b""
                while chunk := s.recv(65536):
                    answer += chunk
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 400 Bad Request\r\n") and json.loads(body) == {"error": why}
            # as every error (cli56: uvicorn's answer was text/plain, without the security headers)
            lines = head.decode().lower().split("\r\n")
            assert "content-type: application/json" in lines and "x-content-type-options: nosniff" in lines
            assert f"content-length: {len(body)}" in lines and "x-frame-options: deny" in lines
    finally:
        proc.terminate()
        said = proc.communicate(timeout=60)[1].decode()
    assert "Invalid HTTP request received" not in said, said
    refused = [line for line in said.splitlines() if "refused before the app" in line]
    assert [line.split(" (400): ", 1)[1] for line in refused] == list(_UNREADABLE.values()), said
    assert all(re.match(r"WARNING: +127\.0\.0\.1:\d+: refused", line) for line in refused), said


def test_slow_headers_are_cut_off(live_server: int) -> None:
    """Slowloris: a byte every 0.2 s never finishes the headers; the server hangs up after 1 s."""
    with socket.create_connection(("127.0.0.1", live_server), timeout=5) as s:
        start = time.monotonic()
        closed = False
        for b in b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100:
            try:
                s.sendall(bytes([b]))
            except OSError:
                closed = True
                break
            time.sleep(0.2)
            if time.monotonic() - start > 4:
                break
        if not closed:
            s.settimeout(3)
            try:
                closed = s.recv(1024) == b""
            except OSError:
                closed = True
        assert closed and time.monotonic() - start < 4


def test_a_body_shorter_than_its_content_length_is_answered_408_and_closed(live_server: int) -> None:
    """A client that dies (or lies in Content-Length) after part of its body held the connection for
    ever (cli51): no body-read timeout in uvicorn. Now 408 after --body-timeout, and the connection ends."""
    with socket.create_connection(("127.0.0.1", live_server), timeout=6) as s:
        start = time.monotonic()
        s.sendall(
            b"POST /api/brief HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100\r\n\r\n" + b'{"documents": '
        )
        answer = b""
        with contextlib.suppress(TimeoutError):
            while chunk := s.recv(4096):  # b"": the server closed the connection
                answer += chunk
    assert answer.startswith(b"HTTP/1.1 408 ") and time.monotonic() - start < 5
    assert b"connection: close" in answer.lower()
    said = json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"]
    assert said == (
        "the request's body was not all sent within 1 second of its headers "
        "(14 bytes of the 100 its Content-Length declared); send it again"
    )


def test_a_body_that_stops_coming_is_408_on_the_form_s_page_too() -> None:
    """The body-read timeout answers as the app answers errors: the HTML page on the form's route, JSON
    elsewhere; a chunked body (no Content-Length) says what came (ASGI call: a client that stops
    mid-body cannot be written with httpx)."""
    import asyncio

    app = create_app(Settings(pool="thread", body_timeout=0.2))

    async def call(path: str, headers: list[tuple[bytes, bytes]]) -> tuple[int, dict, bytes]:
        sent: list[dict] = []
        parts = [{"type": "http.request", "body": b"documents=", "more_body": True}]

        async def receive() -> dict:
            if parts:
                return parts.pop()
            await asyncio.Event().wait()  # the rest never comes
            return {}

        async def send(message: dict) -> None:
            sent.append(message)

        scope = asgi_scope("POST", path, [(b"host", b"127.0.0.1:8000"), *headers])
        await asyncio.wait_for(app(scope, receive, send), 10)
        return sent[0]["status"], dict(sent[0]["headers"]), b"".join(m.get("body", b"") for m in sent[1:])

    form = [(b"content-type", b"application/x-www-form-urlencoded"), (b"content-length", b"5000")]
    status, headers, body = asyncio.run(call("/brief", form))
    assert status == 408 and headers[b"connection"] == b"close"
    assert "(10 bytes of the 5,000 its Content-Length declared)" in html.unescape(body.decode())
    status, headers, body = asyncio.run(call("/api/brief", [(b"transfer-encoding", b"chunked")]))
    assert status == 408 and json.loads(body)["error"].endswith(
        "seconds of its headers (10 bytes); send it again"
    )


# A request line no route serves, as uvicorn/h11 passed it to the app: `HTTP/3.0` was served as 1.1, CONNECT
# and `OPTIONS *` answered "Not Found" in Starlette's words (cli56); the status, then the answer's words
_UNSERVED = {
    b"GET / HTTP/3.0\r\nHost: localhost\r\n\r\n": (
        505,
        "HTTP/3.0 is not served; this server speaks HTTP/1.1 (and 1.0)",
    ),
    b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n": (
        505,
        "HTTP/2.0 is not served; this server speaks HTTP/1.1 (and 1.0)",
    ),
    b"CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\n\r\n": (
        405,
        "CONNECT asks for a tunnel, and this server is no proxy; it answers GET, HEAD, POST",
    ),
    b"OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n": (
        501,
        "OPTIONS is not answered; this server answers GET, HEAD, POST",
    ),
    b"BREW / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n": (
        501,
        "BREW is no HTTP method this server knows; it answers GET, HEAD, POST",
    ),
}


@pytest.mark.parametrize("request_line", list(_UNSERVED))
def test_a_request_line_no_route_serves_is_answered_in_our_words(
    live_server: int, request_line: bytes
) -> None:
    status, why = _UNSERVED[request_line]
    with socket.create_connection(("127.0.0.1", live_server), timeout=10) as s:
        s.sendall(request_line)
        answer = b""
        while chunk := s.recv(65536):  # the server closes the connection: each asked for or forced
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode().lower().split("\r\n")
    assert lines[0].startswith(f"http/1.1 {status} ") and json.loads(body) == {"error": why}
    assert "x-content-type-options: nosniff" in lines and "x-frame-options: deny" in lines
    assert ("allow: get, head, post" in lines) == (status != 505)


def test_a_request_target_in_absolute_form_is_read_as_its_path_and_host(live_server: int) -> None:
    """`GET http://localhost:PORT/api/health` (RFC 9112: every HTTP/1.1 server must accept it) was 404,
    "/http://localhost:PORT/api/health" taken for the path (cli56). Its host, not the Host header's, is
    the one the guard checks."""
    answers = {}
    for target, host in (
        (f"http://localhost:{live_server}/api/health?x=1", "localhost"),
        ("http://evil.example/api/health", "localhost"),
        ("HTTP://127.0.0.1/api/health", "evil.example"),
    ):
        with socket.create_connection(("127.0.0.1", live_server), timeout=10) as s:
            s.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            answer = b""
            while chunk := s.recv(65536):
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        answers[target] = (head.split(b"\r\n")[0].decode(), json.loads(body))
    assert answers == {
        f"http://localhost:{live_server}/api/health?x=1": (
            "HTTP/1.1 200 OK",
            {"status": "ok", "version": ANY},
        ),
        "http://evil.example/api/health": (
            "HTTP/1.1 421 Misdirected Request",
            {"error": "this server does not answer for host 'evil.example'"},
        ),
        "HTTP://127.0.0.1/api/health": ("HTTP/1.1 200 OK", {"status": "ok", "version": ANY}),
    }


def test_past_the_most_connections_the_answer_is_ours() -> None:
    """uvicorn's 503 past `limit_concurrency` was "Service Unavailable", text/plain, without the security
    headers (cli56): now JSON in our words, with Retry-After; below the limit the app answers."""
    import asyncio

    import uvicorn
    from uvicorn.server import ServerState

    from newsbrief.web.server import header_timeout_protocol

    async def app(scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"served"})

    async def ask(connections: int, tasks: int) -> tuple[int, dict[bytes, bytes], bytes]:
        config = uvicorn.Config(app, limit_concurrency=3, log_level="critical")
        state = ServerState()
        protocol = header_timeout_protocol(5)(config, state, {})
        state.connections.update(range(connections))
        state.tasks.update(object() for _ in range(tasks))  # the request's own counted among them
        sent: list[dict] = []

        async def send(message: dict) -> None:
            sent.append(message)

        await protocol.app({"type": "http", "method": "GET", "path": "/", "headers": []}, None, send)
        return sent[0]["status"], dict(sent[0]["headers"]), sent[1]["body"]

    assert asyncio.run(ask(2, 3)) == (200, {}, b"served")
    status, headers, body = asyncio.run(ask(3, 1))
    assert (
        status == 503 and headers[b"retry-after"] == b"5" and headers[b"x-content-type-options"] == b"nosniff"
    )
    assert json.loads(body) == {
        "error": "the server is serving its most connections (3) at once; try again shortly"
    }
    assert asyncio.run(ask(1, 4))[0] == 503


def test_http_1_0_and_a_later_1_x_are_still_served(live_server: int) -> None:
    """RFC 9112: a 1.x past 1.1 is read as 1.1, not refused as a version the server does not speak."""
    for version in (b"1.0", b"1.2"):
        with socket.create_connection(("127.0.0.1", live_server), timeout=5) as s:
            s.sendall(
                b"GET /api/health HTTP/" + version + b"\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            )
            assert s.recv(1024).startswith(b"HTTP/1.1 200 OK")


def test_a_normal_request_still_works(live_server: int) -> None:
    with socket.create_connection(("127.0.0.1", live_server), timeout=5) as s:
        s.sendall(b"GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        assert b"200 OK" in s.recv(1024)


def test_a_signal_between_the_warm_up_start_ups_starts_no_more_workers(monkeypatch) -> None:
    """Ctrl-C after the first worker of the warm-up started (serve's handler terminates the lanes):
    the others were still started and warmed, and a pool broken by the terminate started afresh, so
    the server took about 6 s to exit. Now no worker is started after it."""
    import asyncio

    from newsbrief.web.pool import Busy, Lane, Lanes, _processes

    lanes = Lanes(2, 1, 0, "process")
    first = Lane.submit

    def submit_then_signal(self: Lane, fn, *args):
        future = first(self, fn, *args)
        lanes.terminate()  # as serve's signal handler does before uvicorn has started
        return future

    monkeypatch.setattr(Lane, "submit", submit_then_signal)
    try:
        asyncio.run(asyncio.wait_for(lanes.warm(os.getpid), 60))
        assert len(_processes(lanes.small._executor)) == 1 and lanes.large._executor is None
        with pytest.raises(Busy, match="stopping"):
            first(lanes.small, os.getpid)
    finally:
        lanes.shutdown()


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Host": "127.0.0.1:abc"}, 400),
        ({"Host": "other.example"}, 421),
        ({"Origin": "http://attacker.example"}, 403),
    ],
    ids=["malformed-port", "other-host", "cross-site"],
)
def test_the_host_guards_refusals_carry_the_security_headers(headers: dict[str, str], status: int) -> None:
    """The Host guard is the outermost middleware: its refusals went out without the headers every other
    answer has (nosniff, frame denial, referrer policy; cli52's left item)."""
    for path in ("/api/health", "/brief"):
        r = client().request("POST" if "Origin" in headers else "GET", path, headers=headers)
        assert r.status_code == status
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
        assert r.headers["referrer-policy"] == "same-origin"


@pytest.mark.parametrize("target", ["http://[::1/api/health", "http://[not-an-address]/api/health"])
def test_an_absolute_form_target_no_url_reads_is_a_400_in_our_words(live_server: int, target: str) -> None:
    """A request target in absolute form that `urlsplit` cannot read (an unclosed or bad IPv6 literal) was
    a ValueError out of the outermost middleware: uvicorn's 500 and a traceback in the log (review56)."""
    with socket.create_connection(("127.0.0.1", live_server), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode().lower().split("\r\n")
    assert lines[0] == "http/1.1 400 bad request", lines[0]
    assert json.loads(body)["error"].startswith(f"the request target {target!r} is no URL")
    assert "x-content-type-options: nosniff" in lines and "connection: close" in lines
