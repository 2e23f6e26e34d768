"""Test helper: the text a set of highlighted spans shows (overlaps merged, in text order)."""

from __future__ import annotations

from newsbrief.model import Brief, Span


def expected_text(b: Brief, spans: list[Span]) -> str:
    """The union of spans (all in one document), in text order."""
    doc = b.documents[spans[0].doc].text
    merged: list[list[int]] = []
    for s in sorted(spans, key=lambda x: (x.start, x.end)):
        if merged and s.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], s.end)
        else:
            merged.append([s.start, s.end])
    return "".join(doc[a:e] for a, e in merged)
