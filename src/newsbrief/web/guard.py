"""Who may drive the app: a Host allow-list and a same-origin check, as a pure ASGI middleware.

A web page the user visits must not be able to use the local app. DNS rebinding points a hostile
name at 127.0.0.1, so the browser's requests carry that name in `Host`: only the names the server
is meant to be reached by are served (the bound host, localhost, 127.0.0.1, [::1] and any
`--allowed-host`). A cross-site form or `fetch` that changes something (every method but GET,
HEAD and OPTIONS) carries the page's `Origin`: it must be this server itself. A request with
neither Origin nor Referer is not sent by a browser page (curl, scripts) and passes; `Origin:
null` (sandboxed frames, file: pages) does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from .middleware import send_error, with_security_headers
from .settings import host_name

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def split_host(value: str) -> tuple[str, str]:
    """A Host header value's host and what follows it ("[::1]:8000" -> ("[::1]", ":8000")); a bare
    IPv6 address, never a served name, is all host."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]") + 1 or len(value)
        return value[:end], value[end:]
    if value.count(":") == 1:
        host, port = value.split(":")
        return host, ":" + port
    return value, ""


def port_problem(rest: str) -> str | None:
    """What is wrong with what follows a Host header's host, if anything: RFC 9110 allows only a colon
    and a port of digits (an empty one too). "127.0.0.1:abc" and "[::1]abc" were served (cli51)."""
    if not rest:
        return None
    if not rest.startswith(":"):
        return f"{rest[:40]!r} follows its host name"
    port = rest[1:]
    number = port.lstrip("0")  # int() refuses over 4,300 digits: a ValueError, a 500
    if port and not (port.isascii() and port.isdigit() and len(number) <= 5 and int(number or 0) <= 65535):
        return f"its port {port[:40]!r} is not a number from 0 to 65535"
    return None


class GuardMiddleware:
    """`error` (path, message, status) -> an ASGI response: the app's own error answer (the HTML page on
    the form's route, which answered a refused form post with JSON: cli46), else JSON."""

    def __init__(
        self, app: Any, allowed_hosts: Iterable[str], error: Callable[[str, str, int], Any] | None = None
    ) -> None:
        self.app = app
        self.allowed = frozenset(host_name(h) for h in allowed_hosts)
        self.error = error

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = [v for k, v in scope.get("headers", []) if k == b"host"]
        hosts = [v.decode("latin-1") for v in raw]
        if len(hosts) == 1 and (bad := port_problem(split_host(hosts[0])[1])):
            await self._refuse(
                scope, receive, send, 400, f"the Host header {_shown(raw[0])} is malformed: {bad}"
            )
            return
        if len(hosts) != 1 or split_host(hosts[0])[0] not in self.allowed:
            why = (  # an HTTP/1.0 request without one said "... for host 'none'" (cli51)
                f"this server does not answer for host {_shown(raw[0])}"
                if hosts
                else "the request has no Host header; this server answers only for its own names"
            )
            await self._refuse(scope, receive, send, 421, why)
            return
        if scope.get("method", "GET") not in SAFE_METHODS and not _same_origin(scope, hosts[0]):
            message = "cross-site request refused: its Origin is not this server"
            await self._refuse(scope, receive, send, 403, message)
            return
        await self.app(scope, receive, send)

    async def _refuse(self, scope: dict[str, Any], receive: Any, send: Any, status: int, why: str) -> None:
        send = with_security_headers(send)  # outermost: the limits' headers never reach a refusal
        if self.error is not None:
            await self.error(scope.get("path", ""), why, status)(scope, receive, send)
            return
        await send_error(send, status, why)


def _shown(host: bytes) -> str:
    """A Host header's first 100 characters, quoted, as UTF-8 with what is not ASCII escaped: read as
    Latin-1, a Cyrillic "lоcalhost" was shown as 'lÐ¾calhost' (cli54); escaped, it is not mistaken for
    localhost."""
    shown = ascii(host.decode("utf-8", "surrogateescape")[:100])
    return re.sub(r"\\udc([89a-f][0-9a-f])", r"\\x\1", shown)  # a byte no UTF-8 reads: \xff, not \udcff


def _same_origin(scope: dict[str, Any], host: str) -> bool:
    headers = dict(scope.get("headers", []))
    origin = headers.get(b"origin")
    if origin is None:
        referer = headers.get(b"referer")
        if referer is None:
            return True  # not sent from a web page
        origin = referer
    try:
        parts = urlsplit(origin.decode("latin-1").strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and parts.netloc.lower() == host.strip().lower()
