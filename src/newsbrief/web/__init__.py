"""The local web app: `newsbrief serve` (FastAPI + uvicorn, the `[web]` extra).

Only typer (and the plain settings) are imported here; FastAPI and uvicorn when the command runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..limits import MAX_INPUT_BYTES, MAX_STORY_BYTES, MAX_STORY_DOCUMENTS, MAX_STORY_SENTENCES
from ..options import MAX_PROCESSES, cache_dir_option, choice_option, seconds_option
from .server import MAX_CONNECTIONS
from .settings import DEFAULT_HOSTS, Settings


def register(app: typer.Typer) -> None:
    """Add the `serve` command to the CLI."""
    app.command("serve")(serve_command)


_D = Settings()  # the defaults, derived from newsbrief.limits


def host_value(value: str) -> str:
    """`--host` as the parser reads it, refusing an empty or blank one by name: the resolver's answer
    to it was "--host : cannot listen on this address (Name or service not known)"."""
    if not value.strip():
        raise typer.BadParameter("the address is empty (give one, such as 127.0.0.1, or 0.0.0.0 for all)")
    return value


def allowed_host_value(value: str) -> str:
    """`--allowed-host` as the parser reads it, refusing an empty or blank name (it was served: a
    request with an empty Host header passed the guard)."""
    if not value.strip():
        raise typer.BadParameter("the name is empty (give one the server is reached by, such as news.lan)")
    if any(c.isspace() or c in "/\\@" for c in value.strip()):  # no Host header holds one: never served
        raise typer.BadParameter(f"{value!r} is no host name (give one such as news.lan)")
    return value


# Each limit's ceiling is one the server could never go past anyway, so a larger value is a typo
# refused at start (exit 2), not a promise silently broken: every brief is held to the CLI's per-story
# limits (`pipeline.prepare_story`), a document or a budget larger than the most bytes of a story can
# never be reached, a body or a page larger than the CLI reads of one input is no story, no more than
# `server.MAX_CONNECTIONS` requests can wait, and a process count or a wait as `options` bounds them
# (a worker count past a C int was an OverflowError traceback in the pool, a timeout past ~1e9 s one
# in every fetch).


def serve_command(
    host: Annotated[
        str, typer.Option("--host", parser=host_value, help="Address to listen on.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", "-p", min=0, max=65535, help="Port (0: any free one).")
    ] = 8000,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            parser=allowed_host_value,
            help="Another name the server may be reached by (Host header); repeat for more. "
            "The bound host, localhost, 127.0.0.1 and [::1] are always served.",
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Fetch URLs on private, loopback and link-local addresses too."),
    ] = False,
    max_request_bytes: Annotated[
        int, typer.Option(min=1, max=MAX_INPUT_BYTES, help="Largest request body.")
    ] = _D.max_request_bytes,
    max_documents: Annotated[
        int, typer.Option(min=1, max=MAX_STORY_DOCUMENTS, help="Most documents + URLs per brief.")
    ] = _D.max_documents,
    max_document_chars: Annotated[
        int, typer.Option(min=1, max=MAX_STORY_BYTES, help="Longest document, in characters.")
    ] = _D.max_document_chars,
    max_story_bytes: Annotated[
        int,
        typer.Option(
            min=1, max=MAX_STORY_BYTES, help="Most bytes of text per brief (all documents and pages)."
        ),
    ] = _D.max_story_bytes,
    max_story_sentences: Annotated[
        int, typer.Option(min=1, max=MAX_STORY_SENTENCES, help="Most sentences per brief.")
    ] = _D.max_story_sentences,
    max_words: Annotated[
        int, typer.Option(min=1, max=MAX_STORY_BYTES, help="Largest word budget a request may ask for.")
    ] = _D.max_words,
    fetch_timeout: Annotated[
        float,
        seconds_option("Seconds per URL, from connecting to the last byte."),
    ] = _D.fetch_timeout,
    fetch_max_bytes: Annotated[
        int, typer.Option(min=1, max=MAX_INPUT_BYTES, help="Largest page, on the wire and decoded.")
    ] = _D.fetch_max_bytes,
    workers: Annotated[
        int, typer.Option(min=1, max=MAX_PROCESSES, help="Worker processes for small requests.")
    ] = _D.workers,
    large_workers: Annotated[
        int,
        typer.Option(min=1, max=MAX_PROCESSES, help="Worker processes for large requests and URL fetches."),
    ] = _D.large_workers,
    queue: Annotated[
        int,
        typer.Option(
            min=0, max=MAX_CONNECTIONS, help="Requests that may wait per lane; past that the answer is 503."
        ),
    ] = _D.queue,
    header_timeout: Annotated[
        float,
        seconds_option("Seconds a client may take to send a request's headers."),
    ] = _D.header_timeout,
    body_timeout: Annotated[
        float,
        seconds_option("Seconds a request's body may take to come after its headers (past that: 408)."),
    ] = _D.body_timeout,
    cache_dir: Annotated[Path | None, cache_dir_option("Cache fetched pages here.")] = None,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Serve this store's stories at /stories (SQLite file or URL)."),
    ] = None,
    log_level: Annotated[str, choice_option("--log-level", help="uvicorn log level.")] = "info",
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

    log_level = log_level.lower()  # any case, as --format (`--log-level DEBUG` was "unknown")
    if log_level not in server.LOG_LEVELS:
        raise UsageError(f"unknown --log-level {log_level!r}; choose one of {', '.join(server.LOG_LEVELS)}")
    if db is not None:
        from ..store.command import _need_file, open_store

        _need_file(db)
        # migrated now; an unreachable server is one error line, not a 500 later. A store that cannot be
        # written is served read-only, as `stories` and `brief --db` read it: briefs made, not recorded
        store = open_store(db, writes=False)
        if store.read_only is not None:
            from ..errors import shown
            from ..log import warn

            warn(
                f"{shown(db)}: {store.read_only}: served read-only; the story pages' briefs are not recorded"
            )
        store.close()
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
        body_timeout=body_timeout,
        cache_dir=cache_dir,
        db=db,
    )
    server.run(create_app(settings), host, port, header_timeout, log_level)
