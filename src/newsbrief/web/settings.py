"""Limits and options of the web app (plain data, so importing it costs nothing)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    """What the server accepts; every limit is a `newsbrief serve` option."""

    max_request_bytes: int = 5_000_000
    max_documents: int = 20
    max_document_chars: int = 200_000
    max_words: int = 1_000
    fetch_timeout: float = 10.0
    fetch_max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = True  # may URLs point at private/loopback/link-local addresses?
    cache_dir: Path | None = None


def is_loopback(host: str) -> bool:
    """True when `host` (a bind address) is reachable only from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
