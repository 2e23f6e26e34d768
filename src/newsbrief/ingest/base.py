"""The record every reader produces: raw text plus whatever metadata the input carried."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawDoc:
    id: str
    source: str
    raw: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    outlet: str | None = None
    kind: str = "text"  # "text" (scraped plain text, cleaned by rules) or "html" (already extracted)
