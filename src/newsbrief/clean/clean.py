"""Apply the cleaning rules to one raw document."""

from __future__ import annotations

from ..ingest.base import RawDoc
from ..model import Document, Removed


def clean(doc: RawDoc) -> Document:
    """Clean text of a raw document (no rules yet: the text is the raw text, trimmed)."""
    text = doc.raw.strip()
    removed: tuple[Removed, ...] = ()
    return Document(
        id=doc.id,
        source=doc.source,
        raw=doc.raw,
        text=text,
        title=doc.title,
        outlet=doc.outlet,
        author=doc.author,
        date=doc.date,
        removed=removed,
    )
