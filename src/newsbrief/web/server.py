"""Running the app under uvicorn with connection limits that slow clients cannot get around.

uvicorn times out idle keep-alive connections but not a request whose headers never finish, so a
client sending a byte every few seconds (slowloris) would hold a connection for ever. The h11
protocol below gives each request `header_timeout` seconds from the connection (or the previous
response) to the end of its headers, then closes the connection. Incomplete header blocks are
capped at 16 KB, idle keep-alive connections close after 5 s, and at most `MAX_CONNECTIONS` are
served at once (uvicorn answers 503 past that). On SIGINT/SIGTERM/SIGHUP requests in progress get
`GRACE` seconds to finish; then the app's worker lanes are stopped (none outlives the server).
"""

from __future__ import annotations

import contextlib
import errno
import re
import signal
import socket
import sys
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # `logging` loads with uvicorn (`config`), not with `newsbrief --help`, which imports this
    import logging

from ..errors import NewsbriefError, UsageError

KEEP_ALIVE = 5.0
MAX_HEADER_BYTES = 16 * 1024
MAX_CONNECTIONS = 256
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")  # uvicorn's, for --log-level
BACKLOG = 2048  # uvicorn's --backlog default
GRACE = 10.0  # seconds that requests in progress get to finish when the server is stopped


def header_timeout_protocol(seconds: float) -> type:
    """uvicorn's h11 protocol, closing a connection whose request headers take over `seconds`."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeaderTimeoutProtocol(H11Protocol):
        _header_timer: Any = None

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            """uvicorn's concurrency limit, answered in our words (`busy`): its own 503 was "Service
            Unavailable" as text/plain, without the security headers (cli56). The same test as
            uvicorn's, made once the request's task is counted (hence `>` for the tasks)."""
            super().__init__(*args, **kwargs)
            limit, self.limit_concurrency = self.limit_concurrency, None
            app = self.app

            async def limited(scope: Any, receive: Any, send: Any) -> None:
                if limit is not None and (len(self.connections) >= limit or len(self.tasks) > limit):
                    self.logger.warning("Exceeded concurrency limit.")
                    await busy(limit, send)
                    return
                await app(scope, receive, send)

            self.app = limited

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def _arm(self) -> None:
            self._disarm()
            self._header_timer = self.loop.call_later(seconds, self._too_slow)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _too_slow(self) -> None:
            self._header_timer = None
            waiting = self.cycle is None or self.cycle.response_complete  # no request being answered
            if waiting and not self.transport.is_closing():
                self.transport.close()

        def handle_events(self) -> None:
            before = self.cycle
            super().handle_events()
            if self.cycle is not before:  # a request's headers are in: it is being answered
                self._disarm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()  # the next request on this connection gets the same time

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def send_400_response(self, msg: str) -> None:
            """uvicorn's answer to a request h11 cannot read, in our words (its own, "Invalid HTTP
            request received.", named nothing; its log line is left out by `said_ours`), as JSON with
            the security headers (uvicorn's was text/plain without them, cli56). Called inside
            uvicorn's `except h11.RemoteProtocolError`: that error is the reason."""
            import h11

            from .middleware import SECURITY_HEADERS, error_json

            why = unreadable(sys.exc_info()[1])
            client = self.client
            who = f"{client[0]}:{client[1]}" if client else "a client"
            self.logger.warning("%s: refused before the app (400): %s", who, why)
            # as every error: JSON, with its length and the security headers (uvicorn's was text/plain)
            body, headers = error_json(why, (b"connection", b"close"), *SECURITY_HEADERS)
            for event in (
                h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                h11.Data(data=body),
                h11.EndOfMessage(),
            ):
                self.transport.write(self.conn.send(event))
            self.transport.close()

    return HeaderTimeoutProtocol


async def busy(limit: int, send: Any) -> None:
    """The answer past the `limit` of connections (uvicorn's `limit_concurrency`, `MAX_CONNECTIONS`):
    503, JSON, Retry-After, the security headers, the connection closed."""
    from .middleware import SECURITY_HEADERS, send_error

    why = f"the server is serving its most connections ({limit}) at once; try again shortly"
    await send_error(send, 503, why, (b"retry-after", b"5"), (b"connection", b"close"), *SECURITY_HEADERS)


UVICORN_UNREADABLE = "Invalid HTTP request received."  # uvicorn's log line and answer for it, replaced


def unreadable(error: BaseException | None) -> str:
    """Why a request was refused before the app, h11's reason given ("illegal header line", "conflicting
    Content-Length headers", "Found multiple Host: headers", ...); the header block over its cap (h11:
    "Receive buffer too long") said as the limit it is. ASCII: uvicorn sends it so."""
    reason = str(error or "").strip() or "no reason given"
    if reason == "Receive buffer too long":
        return f"its request line and headers are over {MAX_HEADER_BYTES // 1024} KB, the most it reads"
    reason = _BYTEARRAY.sub(r"\1", reason[:200])  # h11 shows the line as `bytearray(b'...')`
    why = f"the request cannot be read as HTTP ({reason})"
    return why.encode("ascii", "backslashreplace").decode()


_BYTEARRAY = re.compile(r"bytearray\((b'.*?'|b\".*?\")\)")


def said_ours(record: logging.LogRecord) -> bool:
    """uvicorn's logger without its "Invalid HTTP request received." (`send_400_response` logs ours)."""
    return record.msg != UVICORN_UNREADABLE


def config(app: Any, host: str, port: int, header_timeout: float, log_level: str = "info") -> Any:
    import logging

    import uvicorn

    logging.getLogger("uvicorn.error").addFilter(said_ours)  # once: a filter is added once
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        http=header_timeout_protocol(header_timeout),
        timeout_keep_alive=KEEP_ALIVE,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        limit_concurrency=MAX_CONNECTIONS,
        timeout_graceful_shutdown=GRACE,
    )


def run(app: Any, host: str, port: int, header_timeout: float, log_level: str = "info") -> None:
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            """A signal while the workers warm up (uvicorn waits for the app's start before it stops)
            ends them at once: no request was accepted yet, so there is nothing to let finish, and
            Ctrl-C took as long as the warm-up (over ten seconds on a busy machine)."""
            super().handle_exit(sig, frame)
            lanes = getattr(getattr(app, "state", None), "lanes", None)
            if not self.started and lanes is not None:
                lanes.terminate()

        @contextlib.contextmanager
        def capture_signals(self):  # type: ignore[no-untyped-def]
            """uvicorn's capture of SIGINT and SIGTERM, and of SIGHUP (a closed terminal) likewise
            unless it is ignored (`nohup`): it raised from the event loop, a traceback while the
            workers warmed (cli58). uvicorn raises each signal again, once stopped, under the
            handler it found: `_stop`, as SIGTERM's."""
            with super().capture_signals():
                hangup = _takes(signal.SIGHUP)
                old = signal.signal(signal.SIGHUP, self.handle_exit) if hangup else None
                try:
                    yield
                finally:
                    if hangup:
                        signal.signal(signal.SIGHUP, old)

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            """uvicorn's start, and its "Uvicorn running on http://..." line, which it leaves out for
            sockets bound before it starts (`listen`) as for a process manager's."""
            await super().startup(sockets)
            if sockets is not None and self.started:
                self._log_started_message(sockets)

    sockets = listen(host, port)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        if _takes(sig):
            signal.signal(sig, _stop)
    # SIGTERM (SIGHUP) asks the server to stop: it did (exit 0, as `watch`), its workers with it
    with contextlib.suppress(Stopped), contextlib.ExitStack() as held:
        for sock in sockets:
            held.enter_context(sock)
        Server(config(app, host, port, header_timeout, log_level)).run(sockets=sockets)


def _takes(sig: signal.Signals) -> bool:
    """Whether the server takes `sig` as a stop: in the main thread (the one signals reach), and not
    ignored (`nohup` ignores SIGHUP, and so does the server then)."""
    return (
        threading.current_thread() is threading.main_thread() and signal.getsignal(sig) is not signal.SIG_IGN
    )


class Stopped(Exception):
    """SIGTERM, once uvicorn has stopped the server and raised it again under the handler it found: it
    was the default's, which ended the process by the signal without `atexit` (multiprocessing's
    resource tracker then warned of "5 leaked semaphore objects", two lines; cli54)."""


def _stop(signum: int, frame: Any) -> None:
    raise Stopped


def listen(host: str, port: int) -> list[socket.socket]:
    """The sockets the server listens on (each address `host` resolves to, as asyncio binds them for
    uvicorn), bound and listening before uvicorn starts. Fails with one line when `host` does not
    resolve (exit 2, `--host`) or `host:port` cannot be bound, e.g. a port in use or an address not of
    this machine (exit 1, `--port`); uvicorn would log a traceback-like error and its shutdown lines,
    and exit 3 or 1. Held from here, not checked then let go: two `serve` started at once on one port
    both passed the check, and the second warmed its workers, then logged uvicorn's "[Errno 98] error
    while attempting to bind" and exited 3 (cli55)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as e:
        reason = getattr(e, "strerror", None) or str(e)
        raise UsageError(f"cannot listen on this address ({reason})", f"--host {host}") from None
    sockets: list[socket.socket] = []
    try:
        for family, kind, proto, _, address in dict.fromkeys(infos):
            sock = socket.socket(family, kind, proto)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as asyncio binds for uvicorn
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)  # as asyncio: IPv4 apart
            try:
                sock.bind(address)
                sock.listen(BACKLOG)  # a second server that bound too (before either listened) fails here
            except OSError as e:
                ip = f"[{address[0]}]" if family == socket.AF_INET6 else address[0]
                option = f"--port {port}" if e.errno in (errno.EADDRINUSE, errno.EACCES) else f"--host {host}"
                raise NewsbriefError(
                    f"cannot listen on {ip}:{address[1]} ({e.strerror or type(e).__name__})", option
                ) from None
    except BaseException:
        for sock in sockets:
            sock.close()
        raise
    return sockets
