"""The local web app: `newsbrief serve` (FastAPI + uvicorn, the `[web]` extra).

Only typer is imported here; FastAPI and uvicorn are imported when the command runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError


def register(app: typer.Typer) -> None:
    """Add the `serve` command to the CLI."""
    app.command("serve")(serve_command)


def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", "-p", min=0, max=65535, help="Port (0: any free one).")
    ] = 8000,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Fetch private/loopback addresses even when listening on a non-loopback address.",
        ),
    ] = False,
    max_request_bytes: Annotated[int, typer.Option(min=1, help="Largest request body.")] = 5_000_000,
    max_documents: Annotated[int, typer.Option(min=1, help="Most documents + URLs per brief.")] = 20,
    max_document_chars: Annotated[
        int, typer.Option(min=1, help="Longest document, in characters.")
    ] = 200_000,
    max_words: Annotated[int, typer.Option(min=1, help="Largest word budget a request may ask for.")] = 1_000,
    fetch_timeout: Annotated[float, typer.Option(min=0.1, help="Seconds allowed per URL.")] = 10.0,
    fetch_max_bytes: Annotated[int, typer.Option(min=1, help="Largest page downloaded.")] = 5_000_000,
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help="Cache fetched pages here.")] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Run the local web app (page at /, JSON API at /api/brief, OpenAPI docs at /docs)."""
    try:
        import uvicorn

        from .app import create_app
    except ImportError as e:
        raise UsageError(f"the web app needs the [web] extra: pip install 'newsbrief[web]' ({e})") from None
    from .settings import Settings, is_loopback

    settings = Settings(
        max_request_bytes=max_request_bytes,
        max_documents=max_documents,
        max_document_chars=max_document_chars,
        max_words=max_words,
        fetch_timeout=fetch_timeout,
        fetch_max_bytes=fetch_max_bytes,
        allow_private=allow_private or is_loopback(host),
        cache_dir=cache_dir,
    )
    if not settings.allow_private:
        typer.echo(f"newsbrief: listening on {host}: private and loopback URLs will not be fetched", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level)
