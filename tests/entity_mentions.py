"""Test helper: the entities a brief of texts written for a test names, each with its kind and mentions."""

from __future__ import annotations

from newsbrief import brief


def mentions(*texts: str) -> dict[str, tuple[str, list[str]]]:
    """Each entity's name -> its kind and the text of its mentions, lower-cased."""
    b = brief(texts=list(texts), words=40, timings=False)
    out = {}
    for e in b.entities:
        out[e.name] = (e.kind, [b.documents[m.doc].text[m.start : m.end].lower() for m in e.mentions])
    return out
