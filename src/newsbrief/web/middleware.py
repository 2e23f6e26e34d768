"""Pure ASGI middlewares: cap the request body and the time it takes, and add security headers to every
response (`LimitsMiddleware`); answer HEAD as GET without the body (`HeadMiddleware`); answer a request
line no route serves, an HTTP version or a method, before the rest (`RequestLineMiddleware`).

Hand-written because neither Starlette nor uvicorn has a request-size limit or a body-read timeout
(uvicorn's `timeout_keep_alive` runs between requests only, h11 has no timers). The body is read (up
to the cap) before the app sees it, so an oversized upload is refused with 413, and a body that has
not all come `body_timeout` seconds after its headers (a client that died, or lied in Content-Length)
with 408 and the connection closed; both answered as the app answers an error on that path (`error`:
the HTML page on the form's route), else as JSON.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

from ..errors import counted

Scope = dict[str, Any]
Message = dict[str, Any]

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # no-referrer would make our own form posts "Origin: null"
    (b"x-frame-options", b"DENY"),
]


def with_security_headers(send: Any) -> Any:
    """`send`, each response's start given the `SECURITY_HEADERS` it does not set itself (the limits'
    answers, the app's, and the Host guard's refusals, which no inner middleware sees)."""

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {k.lower() for k, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return sending


def error_json(message: str, *extra: tuple[bytes, bytes]) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """An error answer's body, `{"error": message}`, and its headers: its type and length, then `extra`
    (the middlewares', the Host guard's and the server's own answers share it)."""
    body = json.dumps({"error": message}).encode()
    kind = (b"content-type", b"application/json")
    return body, [kind, (b"content-length", str(len(body)).encode()), *extra]


async def send_error(send: Any, status: int, message: str, *extra: tuple[bytes, bytes]) -> None:
    """Send the JSON error answer `error_json` makes, with `status`."""
    body, headers = error_json(message, *extra)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# Methods HTTP defines (RFC 9110 and 5789): another is one this server does not know (501, not 405)
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"})
SERVED_METHODS = "GET, HEAD, POST"  # what some route of the app answers (an `Allow` for the server)


def _version(scope: Scope) -> str:
    return str(scope.get("http_version", "1.1"))


# What no route of this server answers, whatever the path, as a careful server answers it (RFC 9110):
# (name, the request's test, status, its message, whether the connection is then closed). uvicorn/h11
# served `GET / HTTP/3.0` as HTTP/1.1, and Starlette answered CONNECT and `OPTIONS *` "Not Found" (cli56).
UNSERVED: tuple[tuple[str, Callable[[Scope], bool], int, Callable[[Scope], str], bool], ...] = (
    (
        "http-version",  # RFC 9112: a 1.x past 1.1 is read as 1.1; another major version is not spoken
        lambda scope: not _version(scope).startswith("1."),
        505,
        lambda scope: f"HTTP/{_version(scope)[:10]} is not served; this server speaks HTTP/1.1 (and 1.0)",
        True,
    ),
    (
        "tunnel",  # what the client sends next is the tunnel's, not a request: the connection is closed
        lambda scope: scope.get("method") == "CONNECT",
        405,
        lambda _scope: f"CONNECT asks for a tunnel, and this server is no proxy; it answers {SERVED_METHODS}",
        True,
    ),
    (
        "options-of-the-server",  # `OPTIONS *`: what the server can do; no route answers OPTIONS
        lambda scope: scope.get("method") == "OPTIONS" and scope.get("raw_path") == b"*",
        501,
        lambda _scope: f"OPTIONS is not answered; this server answers {SERVED_METHODS}",
        False,
    ),
    (
        "unknown-method",
        lambda scope: scope.get("method") not in KNOWN_METHODS,
        501,
        lambda scope: (
            f"{ascii(scope.get('method', ''))[1:-1][:40]} is no HTTP method this server knows;"
            f" it answers {SERVED_METHODS}"
        ),
        False,
    ),
)


def absolute_form(scope: Scope) -> Scope:
    """`scope` with a request target in absolute form (`GET http://host/path`, which every HTTP/1.1
    server must accept: RFC 9112, 3.2.2) read as its path, and its authority as the Host header (the
    one sent is ignored), which the Host guard then checks. uvicorn took the whole URL for the path:
    "/http://localhost:8000/" was not found (cli56). A target `urlsplit` cannot read raises its ValueError."""
    from urllib.parse import unquote, urlsplit

    raw = scope.get("raw_path") or b""
    if not raw[:8].lower().startswith((b"http://", b"https://")):
        return scope
    target = urlsplit(raw.decode("latin-1"))
    path = target.path or "/"
    host = target.netloc.rpartition("@")[2].encode("latin-1")
    headers = [(k, v) for k, v in scope.get("headers", []) if k != b"host"]
    return {
        **scope,
        "path": unquote(path),
        "raw_path": path.encode("latin-1"),
        "headers": [*headers, (b"host", host)],
    }


class RequestLineMiddleware:
    """Answer a request line no route serves (`UNSERVED`) before the Host guard and the app, with the
    security headers (and, refusing a method, an `Allow` of the server's): the app's error answer
    (`error`: path, message, status, headers), else JSON."""

    def __init__(self, app: Any, error: Callable[..., Any] | None = None) -> None:
        self.app = app
        self.error = error

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            try:
                scope = absolute_form(scope)
            except ValueError as e:  # `urlsplit`'s: "http://[::1/" (review56: a 500 and a traceback)
                target = ascii(bytes(scope.get("raw_path") or b"").decode("latin-1")[:100])
                message = f"the request target {target} is no URL this server can read ({e})"
                await self._refuse(scope, receive, send, 400, message, True)
                return
            for _name, applies, status, message, closes in UNSERVED:
                if applies(scope):
                    await self._refuse(scope, receive, send, status, message(scope), closes)
                    return
        await self.app(scope, receive, send)

    async def _refuse(
        self, scope: Scope, receive: Any, send: Any, status: int, message: str, closes: bool
    ) -> None:
        headers = {"Allow": SERVED_METHODS} if status in (405, 501) else {}
        if closes:
            headers["Connection"] = "close"
        send = with_security_headers(send)
        if self.error is not None:
            await self.error(scope.get("path", ""), message, status, headers)(scope, receive, send)
            return
        extra = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        await send_error(send, status, message, *extra)


class LimitsMiddleware:
    def __init__(
        self,
        app: Any,
        max_bytes: int,
        error: Callable[[str, str, int], Any] | None = None,
        body_timeout: float = 30.0,
        form_paths: frozenset[str] = frozenset(),
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.error = error  # (path, message, status) -> an ASGI response
        self.body_timeout = body_timeout
        self.form_paths = form_paths  # the routes that read a form: a cut multipart body is refused there

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        send_with_headers = with_security_headers(send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(scope, receive, send_with_headers)
            return
        body = bytearray()
        more = True
        deadline = asyncio.get_running_loop().time() + self.body_timeout
        while more:
            try:
                message = await asyncio.wait_for(receive(), deadline - asyncio.get_running_loop().time())
            except TimeoutError:
                await self._too_slow(scope, receive, send_with_headers, len(body), declared)
                return
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                await self._too_large(scope, receive, send_with_headers)
                return
        coding = dict(scope.get("headers", [])).get(b"content-encoding", b"").decode("latin-1").strip()
        if body and coding.lower() not in ("", "identity") and self.error is not None:
            # a gzip body was read as the JSON's text: "the body is not UTF-8 text" (cli48's sweep)
            why = f"the body is sent with Content-Encoding: {coding[:40]}, which this server does not read"
            answer = self.error(scope.get("path", ""), f"{why}; send it uncompressed", 415)
            await answer(scope, receive, send_with_headers)
            return
        kind = dict(scope.get("headers", [])).get(b"content-type", b"")
        if body and scope.get("path") in self.form_paths and (cut := form_cut_off(kind, body)):
            await self._answer(scope, receive, send_with_headers, cut, 400)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)

    async def _too_large(self, scope: Scope, receive: Any, send: Any) -> None:
        await self._answer(
            scope, receive, send, f"request body is over the {self.max_bytes:,}-byte limit", 413
        )

    async def _too_slow(
        self, scope: Scope, receive: Any, send: Any, got: int, declared: bytes | None
    ) -> None:
        """408, and the connection closed: the rest of the body may still come, and would be read as
        the next request."""
        of = (
            f" of the {int(declared):,} its Content-Length declared"
            if declared and declared.isdigit()
            else ""
        )
        message = (
            f"the request's body was not all sent within {self.body_timeout:g} "
            f"second{'s' * (self.body_timeout != 1)} of its headers ({counted(got, 'byte')}{of}); "
            "send it again"
        )

        async def closing(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"connection", b"close")]}
            await send(message)

        await self._answer(scope, receive, closing, message, 408)

    async def _answer(self, scope: Scope, receive: Any, send: Any, message: str, status: int) -> None:
        if self.error is not None:
            await self.error(scope.get("path", ""), message, status)(scope, receive, send)
            return
        await send_error(send, status, message)


def form_cut_off(content_type: bytes, body: bytes) -> str | None:
    """Why a multipart form's body is not whole, or None: its closing boundary never came (the client
    stopped mid-send). python-multipart reads such a body as far as it goes without a word, so the form
    briefed a half-sent last document, or said "give at least one document or URL" (cli51)."""
    from python_multipart.multipart import parse_options_header  # as Starlette reads the header

    media, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if media != b"multipart/form-data" or not boundary or b"--" + boundary + b"--" in body:
        return None
    if b"--" + boundary not in body:
        shown = boundary.decode("latin-1")[:70]
        return f"the form's body has no part marked by its boundary {shown!r} (the Content-Type's boundary=)"
    return (
        f"the form's body ends before its closing boundary ({len(body):,} bytes came): "
        "it was cut off in sending; send it again"
    )


class HeadMiddleware:
    """A HEAD request answered as its GET, headers only (RFC 9110: a server answering GET should
    answer HEAD). FastAPI routes a GET route's HEAD nowhere: `curl -I /` and a monitor's HEAD
    /api/health got 405 (cli46). A HEAD of a story page briefs it, as its GET does."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
