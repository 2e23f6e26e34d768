"""JSON: the brief as plain data, following `schema/brief.schema.json`, and back (`from_dict`).

`from_dict(to_dict(b)) == b` for every brief, so a saved brief renders again byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..errors import InputError
from ..in_summary import marked
from ..model import (
    Brief,
    Claim,
    CopyOf,
    Document,
    Entity,
    Mention,
    Quote,
    Removed,
    Repaired,
    Span,
    SummarySentence,
    Support,
)


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


def _claim(c: Claim, marks: bool) -> dict[str, Any]:
    out = {
        "text": c.text,
        "doc": c.doc,
        "start": c.start,
        "end": c.end,
        "sources": [_span(x) for x in c.sources],
        "kind": c.kind,
        "conflict": c.conflict,
    }
    if marks:
        out["in_summary"] = c.in_summary
    if c.about is not None:  # additive: a claim about no one named before it keeps its 1.2 form
        out["about"] = _span(c.about)
    return out


def _marks_in_summary(version: str) -> bool:
    """Schema 1.2 added `claims[].in_summary`: a brief saved under an earlier version is written back
    without it, as it was saved (session 24 review S3: `render` of a 1.1 brief is byte for byte)."""
    return _at_least(version, (1, 2))


def _at_least(version: str, least: tuple[int, int]) -> bool:
    """Whether schema `version` is `least` or later (an unreadable one is taken as the latest)."""
    try:
        return tuple(int(p) for p in version.split(".")) >= least
    except ValueError:
        return True


def _summary_line(s: SummarySentence, see_also: bool) -> dict[str, Any]:
    """One summary sentence; `see_also` (schema 1.3) only when the brief's version has it, so a 1.2 brief
    is written back as it was saved."""
    out: dict[str, Any] = {
        "text": s.text,
        "doc": s.doc,
        "start": s.start,
        "end": s.end,
        "sources": list(s.sources),
        "support": [_support(x) for x in s.support],
        "conflicts": [_support(x) for x in s.conflicts],
        "conflict": s.conflict,
    }
    if see_also:
        out["see_also"] = [_support(x) for x in s.see_also]
    if s.about is not None:  # additive: only when it has one
        out["about"] = _span(s.about)
    return out


def to_dict(brief: Brief) -> dict[str, Any]:
    """A JSON-ready dict; key order is fixed so output is byte-for-byte reproducible."""
    marks = _marks_in_summary(brief.schema_version)
    see_also = _at_least(brief.schema_version, (1, 3))
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
                "kind": d.kind,
                "kind_cues": list(d.kind_cues),
                "copy_of": None if d.copy_of is None else {"doc": d.copy_of.doc, "shared": d.copy_of.shared},
                "text": d.text,
                "raw": d.raw,
                "removed": [
                    {"start": r.start, "end": r.end, "reason": r.reason, "text": r.text} for r in d.removed
                ],
                "repaired": [
                    {"start": r.start, "end": r.end, "reason": r.reason, "was": r.was} for r in d.repaired
                ],
            }
            for d in brief.documents
        ],
        "summary": [_summary_line(s, see_also) for s in brief.summary],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "doc": q.doc,
                "start": q.start,
                "end": q.end,
                "repeats": [_span(x) for x in q.repeats],
                "speaker_rule": q.speaker_rule,
            }
            for q in brief.quotes
        ],
        "entities": [
            {"name": e.name, "kind": e.kind, "mentions": _mentions(e.mentions)} for e in brief.entities
        ],
        "claims": [_claim(c, marks) for c in brief.claims],
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


def from_dict(data: Any) -> Brief:
    """The `Brief` a brief's JSON form describes (a batch line's `id` is ignored); `InputError` names
    the first field that is missing or malformed."""
    if not isinstance(data, dict):
        raise InputError("not a newsbrief brief (a JSON object was expected)")
    try:
        _shaped(data)
        _typed(data)
        return _checked(_brief(data))
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        what = f"missing field {e.args[0]!r}" if isinstance(e, KeyError) else f"malformed ({e})"
        raise InputError(f"not a newsbrief brief: {what}") from None


LISTS = ("documents", "summary", "quotes", "entities", "claims")  # of objects, each


def _shaped(data: dict[str, Any]) -> None:
    """`ValueError` when a list of the brief is no list of objects (`"summary": "text"` said "malformed
    (string indices must be integers, not 'str')")."""
    from ..ingest.files import json_kind

    for key in LISTS:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise ValueError(f"{key} is {json_kind(value)}, not a list")
        if (bad := next((x for x in value if not isinstance(x, dict)), None)) is not None or None in value:
            raise ValueError(f"{key} holds {json_kind(bad)}, not objects")


def _supports_of(data: dict[str, Any]) -> list[Any]:
    """Every support, conflict and see-also object of the summary (lists of objects: checked before)."""
    return [
        x for s in data.get("summary", []) for f in ("support", "conflicts", "see_also") for x in s.get(f, [])
    ]


def _mentions_of(data: dict[str, Any]) -> list[Any]:
    return [m for e in data.get("entities", []) for m in e.get("mentions", [])]


# The text fields the renderers read, per list of the brief: (list, what one item is called, field, null
# allowed). A saved brief edited by hand with a number, a list or a `true` in one was a traceback in
# `render` (`'int' object has no attribute 'split'`), or `[]` for a title rendered nothing (cli50).
TEXT_FIELDS: tuple[tuple[str, str, str, bool], ...] = (
    ("documents", "document", "id", False),
    ("documents", "document", "source", False),
    ("documents", "document", "raw", False),
    ("documents", "document", "kind", False),
    *(("documents", "document", f, True) for f in ("title", "dek", "outlet", "author", "date", "dateline")),
    ("summary", "summary sentence", "text", False),
    ("summary", "summary sentence", "conflict", True),
    ("quotes", "quote", "text", False),
    ("quotes", "quote", "speaker", True),
    ("quotes", "quote", "speaker_rule", True),
    ("entities", "entity", "name", False),
    ("entities", "entity", "kind", False),
    ("claims", "claim", "text", False),
    ("claims", "claim", "kind", False),
    ("claims", "claim", "conflict", True),
)

# The spans of a document's raw text it lists (removed, repaired), each `(start, end, text fields)`
RAW_SPANS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("removed", ("reason", "text")),
    ("repaired", ("reason", "was")),
)


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _objects(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, dict) for x in v)


def _strings(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _pairs(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, list) and len(x) == 2 and all(map(_whole, x)) for x in v)


# The other fields the renderers read, where they are: (where, what one is called, field, test, what it
# should be). `"shared": "x"` in a copy_of was a traceback ("type str doesn't define __round__"),
# `"evidence": "abc"` rendered as three pieces of evidence, `"in_summary": "no"` as true, a budget or a
# mention's spans of another shape said Python's words ("not enough values to unpack") (cli50).
Where = Callable[[dict[str, Any]], list[Any]]
FIELDS: tuple[tuple[Where, str, str, Callable[[Any], bool], str], ...] = (
    (
        lambda d: [d],
        "the brief",
        "budget",
        lambda v: isinstance(v, dict) and all(map(_whole, v.values())),
        "an object of whole numbers",
    ),
    (
        lambda d: [d],
        "the brief",
        "timings_ms",
        lambda v: isinstance(v, dict) and all(map(_number, v.values())),
        "an object of numbers",
    ),
    (lambda d: d.get("documents", []), "document", "kind_cues", _strings, "a list of strings"),
    (
        lambda d: d.get("documents", []),
        "document",
        "copy_of",
        lambda v: v is None or (isinstance(v, dict) and _number(v.get("shared", 0))),
        "null or an object with a number shared",
    ),
    *(
        (lambda d: d.get("summary", []), "summary sentence", f, _objects, "a list of objects")
        for f in ("support", "conflicts", "see_also")
    ),
    (lambda d: d.get("quotes", []), "quote", "repeats", _objects, "a list of objects"),
    (lambda d: d.get("claims", []), "claim", "sources", _objects, "a list of objects"),
    (lambda d: d.get("claims", []), "claim", "in_summary", lambda v: isinstance(v, bool), "true or false"),
    (lambda d: d.get("entities", []), "entity", "mentions", _objects, "a list of objects"),
    (_mentions_of, "a mention", "spans", _pairs, "a list of [start, end] pairs"),
    (_supports_of, "a support", "score", _number, "a number"),
    (_supports_of, "a support", "evidence", _strings, "a list of strings"),
    (_supports_of, "a support", "kind", lambda v: isinstance(v, str), "a string"),
)


def _typed(data: dict[str, Any]) -> None:
    """`ValueError` naming the first `TEXT_FIELDS` field that is there and no string (nor null where
    allowed), or `RAW_SPANS` span of a document that is no list of objects with whole offsets."""
    from ..ingest.files import json_kind

    if not isinstance(data.get("method", ""), str):
        raise ValueError(f"method is {json_kind(data['method'])}, not a string")
    for key, item, field, nullable in TEXT_FIELDS:
        for k, x in enumerate(data.get(key, [])):
            value = x.get(field, "")
            if not (isinstance(value, str) or (nullable and value is None)):
                allowed = "a string or null" if nullable else "a string"
                raise ValueError(f"{item} {k}'s {field} is {json_kind(value)}, not {allowed}")
    for where, item, field, test, wanted in FIELDS:
        for k, x in enumerate(where(data)):
            if field in x and not test(x[field]):
                named = f"{item}'s " if item.startswith("a ") else f"{item} {k}'s "
                name = "" if item == "the brief" else named
                raise ValueError(f"{name}{field} is {json_kind(x[field])}, not {wanted}")
    for k, d in enumerate(data.get("documents", [])):
        for key, texts in RAW_SPANS:
            spans = d.get(key, [])
            if not isinstance(spans, list) or not all(isinstance(r, dict) for r in spans):
                raise ValueError(f"document {k}'s {key} is no list of objects")
            for r in spans:
                start, end = r.get("start", 0), r.get("end", 0)
                if not (_whole(start) and _whole(end) and 0 <= start <= end):
                    raise ValueError(
                        f"document {k}'s {key} span {json.dumps(start)}-{json.dumps(end)} is no span"
                    )
                if (bad := next((t for t in texts if not isinstance(r.get(t, ""), str)), None)) is not None:
                    raise ValueError(f"document {k}'s {key} {bad} is {json_kind(r[bad])}, not a string")


def _version_problem(version: Any) -> str | None:
    """What is wrong with a saved brief's `schema_version`: not "MAJOR.MINOR" (a number 1.3 was an
    AttributeError traceback in `-f json`), or a major version newer than this newsbrief writes (its
    fields may mean what this one cannot read). None when it is fine."""
    from ..model import SCHEMA_VERSION

    parts = version.split(".") if isinstance(version, str) else []
    if len(parts) != 2 or not all(p.isascii() and p.isdigit() for p in parts):
        return f'schema_version {json.dumps(version)} is no version string such as "{SCHEMA_VERSION}"'
    if int(parts[0]) > int(SCHEMA_VERSION.split(".")[0]):
        return f"schema_version {version} is newer than this newsbrief reads ({SCHEMA_VERSION}): update it"
    return None


def _spans(b: Brief) -> tuple[tuple[str, int, Any, Any], ...]:
    """(field, document, start, end) of every span of the brief's clean texts."""
    return (
        *(("summary", s.doc, s.start, s.end) for s in b.summary),
        *(("support", x.doc, x.start, x.end) for s in b.summary for x in (*s.support, *s.conflicts)),
        *(("see_also", x.doc, x.start, x.end) for s in b.summary for x in s.see_also),
        *(("quotes", q.doc, q.start, q.end) for q in b.quotes),
        *(("repeats", r.doc, r.start, r.end) for q in b.quotes for r in q.repeats),
        *(("entities", m.doc, m.start, m.end) for e in b.entities for m in e.mentions),
        *(("claims", c.doc, c.start, c.end) for c in b.claims),
        *(("sources", x.doc, x.start, x.end) for c in b.claims for x in c.sources),
        *(("about", x.about.doc, x.about.start, x.about.end) for x in (*b.summary, *b.claims) if x.about),
    )


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _checked(b: Brief) -> Brief:
    """The brief, when its schema version is one this newsbrief reads, every document's text is a string,
    every document index it holds names one of its documents, each `copy_of` an earlier one, and every
    span lies in its document's text; else `ValueError` naming the first that does not (renderers index
    by them: a span past the text, a negative or fractional one, rendered a wrong passage or raised)."""
    if (problem := _version_problem(b.schema_version)) is not None:
        raise ValueError(problem)
    for k, d in enumerate(b.documents):
        if not isinstance(d.text, str):
            raise ValueError(f"document {k}'s text is {json.dumps(d.text)}, not a string")
    n = len(b.documents)
    for k, d in enumerate(b.documents):
        if d.copy_of is not None and not (_whole(d.copy_of.doc) and 0 <= d.copy_of.doc < k):
            raise ValueError(f"document {k}'s copy_of.doc {json.dumps(d.copy_of.doc)} is no earlier document")
    named = (
        *(("summary", s.doc) for s in b.summary),
        *(("support", x.doc) for s in b.summary for x in (*s.support, *s.conflicts)),
        *(("see_also", x.doc) for s in b.summary for x in s.see_also),
        *(("quotes", q.doc) for q in b.quotes),
        *(("repeats", r.doc) for q in b.quotes for r in q.repeats),
        *(("entities", m.doc) for e in b.entities for m in e.mentions),
        *(("claims", c.doc) for c in b.claims),
        *(("sources", x.doc) for c in b.claims for x in c.sources),
        *(("about", x.about.doc) for x in (*b.summary, *b.claims) if x.about is not None),
    )
    for where, doc in named:  # a whole number: "0" said "'<=' not supported between ... 'str'" (cli47)
        if not (_whole(doc) and 0 <= doc < n):
            raise ValueError(f"{where} names document {json.dumps(doc)} of {n}")
    for where, doc, start, end in _spans(b):
        size = len(b.documents[doc].text)
        if not (_whole(start) and _whole(end) and 0 <= start <= end <= size):
            raise ValueError(
                f"{where} span {json.dumps(start)}-{json.dumps(end)} is not within document {doc}'s text"
                f" ({size:,} characters)"
            )
    return b


def _brief(d: dict[str, Any]) -> Brief:
    return Brief(
        documents=tuple(_document(x) for x in d["documents"]),
        summary=tuple(
            SummarySentence(
                s["text"],
                s["doc"],
                s["start"],
                s["end"],
                tuple(_support_of(x) for x in s["support"]),
                tuple(_support_of(x) for x in s.get("conflicts", ())),
                s.get("conflict"),
                tuple(_support_of(x) for x in s.get("see_also", ())),
                _span_of(s["about"]) if s.get("about") is not None else None,
            )
            for s in d["summary"]
        ),
        method=d["method"],
        budget=dict(d["budget"]),
        quotes=tuple(
            Quote(
                q["text"],
                q["speaker"],
                q["doc"],
                q["start"],
                q["end"],
                tuple(_span_of(x) for x in q["repeats"]),
                q.get("speaker_rule"),
            )
            for q in d["quotes"]
        ),
        entities=tuple(
            Entity(
                e["name"],
                e["kind"],
                tuple(Mention(g["doc"], a, b) for g in e["mentions"] for a, b in g["spans"]),
            )
            for e in d["entities"]
        ),
        claims=_claims(d),
        timings_ms=dict(d.get("timings_ms", {})),
        schema_version=d["schema_version"],
    )


def _claims(d: dict[str, Any]) -> tuple[Claim, ...]:
    """The claims; a brief saved before schema 1.2 has no `in_summary` (its single points the summary gives
    were left out): its shared points are marked by rule shared-in-summary, so it renders as it did."""
    claims = tuple(
        Claim(
            c["text"],
            c["doc"],
            c["start"],
            c["end"],
            tuple(_span_of(x) for x in c["sources"]),
            c["kind"],
            c["conflict"],
            bool(c.get("in_summary", False)),
            _span_of(c["about"]) if c.get("about") is not None else None,
        )
        for c in d["claims"]
    )
    if any("in_summary" in c for c in d["claims"]):
        return claims
    summary = tuple(
        SummarySentence(
            s["text"], s["doc"], s["start"], s["end"], tuple(_support_of(x) for x in s["support"])
        )
        for s in d["summary"]
    )
    return marked(summary, claims)


def _document(d: dict[str, Any]) -> Document:
    return Document(
        id=d["id"],
        source=d["source"],
        raw=d.get("raw", ""),
        text=d["text"],
        title=d.get("title"),
        dek=d.get("dek"),
        outlet=d.get("outlet"),
        author=d.get("author"),
        date=d.get("date"),
        removed=tuple(Removed(r["start"], r["end"], r["reason"], r["text"]) for r in d["removed"]),
        dateline=d.get("dateline"),
        repaired=tuple(Repaired(r["start"], r["end"], r["reason"], r["was"]) for r in d.get("repaired", ())),
        kind=d.get("kind", "news"),
        kind_cues=tuple(d.get("kind_cues", ())),
        copy_of=_copy_of(d.get("copy_of")),
    )


def _copy_of(d: dict[str, Any] | None) -> CopyOf | None:
    return None if d is None else CopyOf(d["doc"], d["shared"])


def _span_of(d: dict[str, Any]) -> Span:
    return Span(d["doc"], d["start"], d["end"])


def _support_of(d: dict[str, Any]) -> Support:
    return Support(
        d["doc"],
        d["start"],
        d["end"],
        d.get("kind", "fact"),
        d.get("score", 0.0),
        tuple(d.get("evidence", ())),
    )
