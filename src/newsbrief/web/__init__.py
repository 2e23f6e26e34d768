"""The local web app: `newsbrief serve` (FastAPI + uvicorn, the `[web]` extra).

Only typer (and the plain settings) are imported here; FastAPI and uvicorn when the command runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..options import cache_dir_option
from .settings import DEFAULT_HOSTS, Settings


def register(app: typer.Typer) -> None:
    """Add the `serve` command to the CLI."""
    app.command("serve")(serve_command)


_D = Settings()  # the defaults, derived from newsbrief.limits


def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", "-p", min=0, max=65535, help="Port (0: any free one).")
    ] = 8000,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="Another name the server may be reached by (Host header); repeat for more. "
            "The bound host, localhost, 127.0.0.1 and [::1] are always served.",
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Fetch URLs on private, loopback and link-local addresses too."),
    ] = False,
    max_request_bytes: Annotated[
        int, typer.Option(min=1, help="Largest request body.")
    ] = _D.max_request_bytes,
    max_documents: Annotated[
        int, typer.Option(min=1, help="Most documents + URLs per brief.")
    ] = _D.max_documents,
    max_document_chars: Annotated[
        int, typer.Option(min=1, help="Longest document, in characters.")
    ] = _D.max_document_chars,
    max_story_bytes: Annotated[
        int, typer.Option(min=1, help="Most bytes of text per brief (all documents and pages).")
    ] = _D.max_story_bytes,
    max_story_sentences: Annotated[
        int, typer.Option(min=1, help="Most sentences per brief.")
    ] = _D.max_story_sentences,
    max_words: Annotated[
        int, typer.Option(min=1, help="Largest word budget a request may ask for.")
    ] = _D.max_words,
    fetch_timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds per URL, from connecting to the last byte.")
    ] = _D.fetch_timeout,
    fetch_max_bytes: Annotated[
        int, typer.Option(min=1, help="Largest page, on the wire and decoded.")
    ] = _D.fetch_max_bytes,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes for small requests.")] = _D.workers,
    large_workers: Annotated[
        int, typer.Option(min=1, help="Worker processes for large requests and URL fetches.")
    ] = _D.large_workers,
    queue: Annotated[
        int, typer.Option(min=0, help="Requests that may wait per lane; past that the answer is 503.")
    ] = _D.queue,
    header_timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds a client may take to send a request's headers.")
    ] = _D.header_timeout,
    cache_dir: Annotated[Path | None, cache_dir_option("Cache fetched pages here.")] = None,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Serve this store's stories at /stories (SQLite file or URL)."),
    ] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Run the local web app (page at /, JSON API at /api/brief, OpenAPI docs at /docs; with --db the
    store's stories at /stories)."""
    try:
        import uvicorn  # noqa: F401

        from . import server
        from .app import create_app
    except ImportError as e:
        raise UsageError(f"the web app needs the [web] extra: pip install 'newsbrief[web]' ({e})") from None
    from .settings import host_name

    if log_level not in server.LOG_LEVELS:
        raise UsageError(f"unknown --log-level {log_level!r}; choose one of {', '.join(server.LOG_LEVELS)}")
    if db is not None:
        from ..store.command import _need_file, open_store

        _need_file(db)
        open_store(db).close()  # migrated now; an unreachable server is one error line, not a 500 later
    hosts = dict.fromkeys([*DEFAULT_HOSTS, host_name(host), *(host_name(h) for h in allowed_host or [])])
    settings = Settings(
        max_request_bytes=max_request_bytes,
        max_documents=max_documents,
        max_document_chars=max_document_chars,
        max_story_bytes=max_story_bytes,
        max_story_sentences=max_story_sentences,
        max_words=max_words,
        fetch_timeout=fetch_timeout,
        fetch_max_bytes=fetch_max_bytes,
        allow_private=allow_private,
        allowed_hosts=tuple(hosts),
        workers=workers,
        large_workers=large_workers,
        queue=queue,
        header_timeout=header_timeout,
        cache_dir=cache_dir,
        db=db,
    )
    server.run(create_app(settings), host, port, header_timeout, log_level)
