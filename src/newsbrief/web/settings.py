"""Limits and options of the web app (plain data, so importing it costs nothing).

The size limits come from the CLI's per-story limits (`newsbrief.limits`), divided so the whole
server stays within the same memory budget: one large request may use half the CLI's story limit,
and each small-request worker a small share of it (see `Settings` and the README's memory table).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

from ..limits import MAX_STORY_BYTES, MAX_STORY_SENTENCES

DEFAULT_HOSTS = ("localhost", "127.0.0.1", "[::1]")


@dataclass(frozen=True, slots=True)
class Settings:
    """What the server accepts; every limit is a `newsbrief serve` option."""

    max_documents: int = 20
    max_document_chars: int = 200_000
    max_story_bytes: int = MAX_STORY_BYTES // 2  # all of one request's documents, texts and pages
    max_story_sentences: int = MAX_STORY_SENTENCES // 2
    max_request_bytes: int = MAX_STORY_BYTES  # the body: the texts plus JSON/form escaping
    max_words: int = 1_000
    fetch_timeout: float = 10.0  # per URL, from connecting to the last byte
    fetch_max_bytes: int = 2_000_000  # per page, on the wire and after decoding
    max_redirects: int = 5
    allow_private: bool = False  # may URLs point at private/loopback/link-local/reserved addresses?
    allowed_hosts: tuple[str, ...] = DEFAULT_HOSTS  # Host header values served (plus the bound host)
    workers: int = 2  # processes for small requests
    large_workers: int = 1  # processes for large requests (over `small_bytes`, or with URLs)
    queue: int = 16  # requests waiting per lane beyond the running ones; past that: 503
    small_bytes: int = 100_000  # a request with at most this much text and no URL is small
    pool: str = "process"  # "process" (separate processes) or "thread" (in-process, for tests)
    header_timeout: float = 10.0  # seconds a connection may take to send a request's headers
    body_timeout: float = 30.0  # seconds a request's body may take to come after its headers
    cache_dir: Path | None = None
    db: str | None = None  # a store (`--db`): its stories are served at /stories


def is_loopback(host: str) -> bool:
    """True when `host` (a bind address) is reachable only from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(host: str) -> str:
    """A host as it appears in a Host header, port left off: IPv6 in brackets, lower case."""
    host = host.strip().lower()
    if ":" in host and not host.startswith("["):
        return f"[{host}]"
    return host
