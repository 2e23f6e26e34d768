"""A local HTTP server for tests: 127.0.0.1 at a free port, served from a thread, no internet needed.

Handlers count requests in `server.hits[path]` and may record `server.seen` (path, headers); a
client that hangs up early is not reported as an error.
"""

from __future__ import annotations

import http.server
import sys
import threading
from collections import Counter


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that gave up is expected
            super().handle_error(request, client_address)


class LocalServer:
    """`with LocalServer(Handler) as s: s.url("/path")`; what the handler counted in `hits`, `seen`."""

    def __init__(self, handler: type[http.server.BaseHTTPRequestHandler]) -> None:
        self.httpd = QuietServer(("127.0.0.1", 0), handler)
        self.reset()
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def reset(self) -> None:
        self.httpd.hits = Counter()  # type: ignore[attr-defined]
        self.httpd.seen = []  # type: ignore[attr-defined]
        self.httpd.aborted = 0  # type: ignore[attr-defined]

    @property
    def hits(self) -> Counter:
        return self.httpd.hits  # type: ignore[attr-defined]

    @property
    def seen(self) -> list[tuple[str, dict[str, str]]]:
        return self.httpd.seen  # type: ignore[attr-defined]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.httpd.server_port}{path}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
