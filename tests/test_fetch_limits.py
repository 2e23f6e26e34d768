"""URL fetch limits against hostile servers: raw sockets on 127.0.0.1 only (compression bombs, slow
headers), and the address check made on the address actually connected to (DNS rebinding)."""

from __future__ import annotations

import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from functools import cache

import pytest

from newsbrief.errors import InputError
from newsbrief.ingest import url as U
from newsbrief.ingest.url import FetchOptions, fetch


@cache
def gzipped_zeros(megabytes: int, layers: int) -> bytes:
    """`megabytes` MB of zero bytes, gzip-compressed `layers` times (built in 1 MB steps)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    data = b"".join(z.compress(block) for _ in range(megabytes)) + z.flush()
    for _ in range(layers - 1):
        z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        data = z.compress(data) + z.flush()
    return data


class RawServer:
    """A TCP server on 127.0.0.1 whose every connection runs `serve(conn)` in a thread."""

    def __init__(self, serve: Callable[[socket.socket], None]) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.serve = serve
        self.connections = 0
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/page"

    def _loop(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                self.serve(conn)
            except OSError:
                pass

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def raw_server() -> Iterator[Callable[[Callable[[socket.socket], None]], RawServer]]:
    made: list[RawServer] = []

    def make(serve: Callable[[socket.socket], None]) -> RawServer:
        made.append(RawServer(serve))
        return made[-1]

    yield make
    for s in made:
        s.close()


def respond(body: bytes, encoding: str) -> Callable[[socket.socket], None]:
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        f"Content-Encoding: {encoding}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return lambda conn: conn.sendall(head.encode() + body)


def test_nested_content_encoding_is_refused(raw_server) -> None:
    """`gzip, gzip`: 200 MB of zeros in a few hundred bytes; nothing is decoded."""
    body = gzipped_zeros(200, 2)
    assert len(body) < 10_000
    server = raw_server(respond(body, "gzip, gzip"))
    with pytest.raises(InputError, match=r"refusing a nested Content-Encoding \(gzip, gzip\)"):
        fetch(server.url)


def test_compression_bomb_stops_at_the_cap_after_decoding(raw_server) -> None:
    """One gzip layer, 200 MB of zeros in ~200 KB: decoding stops at the cap, memory stays small."""
    server = raw_server(respond(gzipped_zeros(200, 1), "gzip"))
    tracemalloc.start()
    try:
        with pytest.raises(
            InputError, match=r"over the 1,000,000-byte limit \(download stopped\) after decoding"
        ):
            fetch(server.url, FetchOptions(max_bytes=1_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20e6, f"peak {peak / 1e6:.0f} MB"


def test_a_small_gzip_page_is_decoded(raw_server) -> None:
    page = b"<html><body><p>" + b"The ferry runs again on Monday. " * 40 + b"</p></body></html>"
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    server = raw_server(respond(z.compress(page) + z.flush(), "gzip"))
    assert fetch(server.url).body == page


def test_unknown_encodings_are_refused(raw_server) -> None:
    server = raw_server(respond(b"xx", "compress"))
    with pytest.raises(InputError, match="unsupported Content-Encoding 'compress'"):
        fetch(server.url)


def test_slow_headers_fail_at_the_deadline_and_say_so(raw_server) -> None:
    """A byte every 0.2 s never trips a per-read timeout; the whole fetch still ends at 1 s."""

    def trickle(conn: socket.socket) -> None:
        for b in b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 60:
            conn.sendall(bytes([b]))
            time.sleep(0.2)

    server = raw_server(trickle)
    t = time.monotonic()
    with pytest.raises(InputError, match=r"timed out: the page did not arrive within 1 s"):
        fetch(server.url, FetchOptions(timeout=1.0))
    # the body takes 20 s; a bound far from both ends (not a timing target) so a loaded machine passes
    assert time.monotonic() - t < 10.0


def test_slow_body_fails_at_the_deadline(raw_server) -> None:
    def trickle(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n")
        for _ in range(100):
            conn.sendall(b"x")
            time.sleep(0.2)

    server = raw_server(trickle)
    t = time.monotonic()
    with pytest.raises(InputError, match=r"within 1 s"):
        fetch(server.url, FetchOptions(timeout=1.0))
    # the body takes 20 s; a bound far from both ends (not a timing target) so a loaded machine passes
    assert time.monotonic() - t < 10.0


def test_the_address_connected_to_is_the_address_checked(monkeypatch) -> None:
    """DNS rebinding: the name resolves to a public address first and to 127.0.0.1 after. The check
    and the connection use one answer, so the fetch goes to the checked (public) address or nowhere;
    the connection itself is intercepted here, so nothing leaves the machine."""
    import httpcore

    answers = iter(["93.184.215.14", "127.0.0.1", "127.0.0.1", "127.0.0.1"])

    def fake_getaddrinfo(host: str, port: int, *a: object, **k: object) -> list:
        if host != "rebind.test":
            raise OSError("unexpected lookup")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    connected: list[str] = []

    def fake_connect(self: object, host: str, port: int, *a: object, **k: object) -> None:
        connected.append(host)
        raise httpcore.ConnectError("intercepted by the test")

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", fake_connect)
    with pytest.raises(InputError, match="cannot fetch"):
        fetch("http://rebind.test/latest/meta-data", FetchOptions(allow_private=False, timeout=30))
    assert connected == ["93.184.215.14"]


def test_private_answer_is_refused_before_connecting(monkeypatch) -> None:
    import httpcore

    monkeypatch.setattr(
        socket, "getaddrinfo", lambda host, port, *a, **k: [(socket.AF_INET, 1, 6, "", ("10.1.2.3", port))]
    )
    connected: list[str] = []
    monkeypatch.setattr(
        httpcore.SyncBackend, "connect_tcp", lambda self, host, *a, **k: connected.append(host)
    )
    with pytest.raises(InputError, match=r"private or local address \(10.1.2.3\)"):
        fetch("http://intranet.test/", FetchOptions(allow_private=False))
    assert connected == []


def test_redirect_to_a_private_address_is_refused(raw_server, monkeypatch) -> None:
    """A page on an allowed address redirecting to 169.254.169.254 is stopped at the hop (the local
    test server stands in for a public site: 127.0.0.1 is allowed here, nothing else is)."""
    server = raw_server(
        lambda conn: conn.sendall(
            b"HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data\r\n"
            b"Content-Length: 0\r\nConnection: close\r\n\r\n"
        )
    )
    public = U._public
    monkeypatch.setattr(U, "_public", lambda a: str(a) == "127.0.0.1" or public(a))
    with pytest.raises(InputError, match=r"private or local address \(169.254.169.254\)"):
        fetch(server.url, FetchOptions(allow_private=False))
