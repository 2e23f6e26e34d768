"""JSON: the brief as plain data, following `schema/brief.schema.json`."""

from __future__ import annotations

import json
from typing import Any

from ..model import Brief, Span, Support


def _span(s: Span) -> dict[str, int]:
    return {"doc": s.doc, "start": s.start, "end": s.end}


def _support(s: Support) -> dict[str, Any]:
    return {
        "doc": s.doc,
        "start": s.start,
        "end": s.end,
        "kind": s.kind,
        "score": s.score,
        "evidence": list(s.evidence),
    }


def to_dict(brief: Brief) -> dict[str, Any]:
    """A JSON-ready dict; key order is fixed so output is byte-for-byte reproducible."""
    out: dict[str, Any] = {
        "schema_version": brief.schema_version,
        "method": brief.method,
        "budget": dict(brief.budget),
        "documents": [
            {
                "id": d.id,
                "source": d.source,
                "title": d.title,
                "dek": d.dek,
                "outlet": d.outlet,
                "author": d.author,
                "date": d.date,
                "dateline": d.dateline,
                "text": d.text,
                "removed": [
                    {"start": r.start, "end": r.end, "reason": r.reason, "text": r.text} for r in d.removed
                ],
            }
            for d in brief.documents
        ],
        "summary": [
            {
                "text": s.text,
                "doc": s.doc,
                "start": s.start,
                "end": s.end,
                "sources": list(s.sources),
                "support": [_support(x) for x in s.support],
                "conflicts": [_support(x) for x in s.conflicts],
                "conflict": s.conflict,
            }
            for s in brief.summary
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "doc": q.doc,
                "start": q.start,
                "end": q.end,
                "repeats": [_span(x) for x in q.repeats],
            }
            for q in brief.quotes
        ],
        "entities": [
            {"name": e.name, "kind": e.kind, "mentions": _mentions(e.mentions)} for e in brief.entities
        ],
        "claims": [
            {
                "text": c.text,
                "doc": c.doc,
                "start": c.start,
                "end": c.end,
                "sources": [_span(x) for x in c.sources],
                "kind": c.kind,
                "conflict": c.conflict,
            }
            for c in brief.claims
        ],
    }
    if brief.timings_ms:
        out["timings_ms"] = dict(brief.timings_ms)
    return out


def _mentions(mentions: tuple) -> list[dict[str, Any]]:
    """Mentions grouped per document: `{"doc", "count", "spans": [[start, end], ...]}`."""
    by_doc: dict[int, list[list[int]]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append([m.start, m.end])
    return [{"doc": d, "count": len(sp), "spans": sp} for d, sp in sorted(by_doc.items())]


def render(brief: Brief) -> str:
    return json.dumps(to_dict(brief), ensure_ascii=False, indent=2) + "\n"
