"""JSON: the brief as plain data, following `schema/brief.schema.json`, and back (`from_dict`).

`from_dict(to_dict(b)) == b` for every brief, so a saved brief renders again byte for byte.
"""

from __future__ import annotations

import json
from functools import cache
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
        if (problem := _version_problem(data["schema_version"])) is not None:
            raise ValueError(problem)
        if (problem := _schema_problem(data)) is not None:
            raise InputError(f"not a newsbrief brief: {problem}")
        return _checked(_brief(data))
    except (KeyError, ValueError) as e:
        what = f"missing field {e.args[0]!r}" if isinstance(e, KeyError) else f"malformed ({e})"
        raise InputError(f"not a newsbrief brief: {what}") from None


# Keywords of `brief.schema.json` a saved brief is not held to, each with why: the schema describes the
# brief this newsbrief writes, and `render` reads those of every 1.x version too (a 1.0 brief's support has
# no kind, score or evidence, a 1.1 one's claims no in_summary; a later minor version may add keys).
NOT_HELD: dict[str, str] = {
    "required": "older versions lack fields added since: the reader fills them in or names the missing one",
    "additionalProperties": "keys a later minor version adds are left alone",
    "const": "schema_version: `_version_problem` reads every 1.x",
}

TYPE_WORDS = {
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
    "array": "a list",
    "object": "an object",
}


@cache
def _validator() -> Any:
    """The brief schema's validator without the `NOT_HELD` keywords (jsonschema is imported here, not
    with the package: `newsbrief --help` stays fast)."""
    import jsonschema
    from jsonschema import Draft202012Validator

    from ..schema import schema

    held = Draft202012Validator.VALIDATORS["additionalProperties"]

    def additional(validator: Any, extra: Any, instance: Any, at: Any) -> Any:
        # `false` is not held; a schema for extra keys (timings_ms: numbers) is
        return () if extra is False else held(validator, extra, instance, at)

    held_properties = Draft202012Validator.VALIDATORS["properties"]
    held_items = Draft202012Validator.VALIDATORS["items"]

    def properties(validator: Any, props: Any, instance: Any, at: Any) -> Any:
        # a value `_sure` vouches for is not descended into: jsonschema's own check goes on the others
        if isinstance(instance, dict):
            props = {k: v for k, v in props.items() if k not in instance or not _sure(instance[k], v)}
        return held_properties(validator, props, instance, at)

    def items(validator: Any, each: Any, instance: Any, at: Any) -> Any:
        sure = (
            isinstance(instance, list) and "prefixItems" not in at and all(_sure(x, each) for x in instance)
        )
        return () if sure else held_items(validator, each, instance, at)

    ignored = {k: (lambda *_: ()) for k in NOT_HELD if k != "additionalProperties"}
    kind = jsonschema.validators.extend(
        Draft202012Validator,
        {**ignored, "additionalProperties": additional, "properties": properties, "items": items},
    )
    return kind(schema())


# Python types that are surely of a JSON type (jsonschema's checker takes more: 1.0 as an integer, say)
_SURELY: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}
# what `_sure` reads; "required", and "additionalProperties": false, are `NOT_HELD`
_PLAIN_KEYWORDS = frozenset(
    {"type", "enum", "minimum", "maximum", "minItems", "maxItems", "items", "properties", "description"}
)


def _sure(value: Any, schema: Any) -> bool:
    """Is `value` surely valid under `schema` as `_validator` holds it, read without jsonschema? True only
    where `schema` has no keyword but `_PLAIN_KEYWORDS` and the `NOT_HELD` ones and `value` plainly
    follows it; False when unsure: jsonschema then checks it and names what is wrong. jsonschema makes a
    validator for every value it goes into (9,800 for a 25-document brief, most for its spans' numbers)."""
    if not isinstance(schema, dict) or not schema.keys() <= _PLAIN_KEYWORDS | NOT_HELD.keys():
        return False
    if schema.get("additionalProperties", False) is not False or "const" in schema:
        return False
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(type(value) in _SURELY.get(k, ()) for k in kinds):  # type(): a bool is no integer
            return False
    if "enum" in schema and not (type(value) is str and value in schema["enum"]):
        return False
    if type(value) in (int, float):
        return schema.get("minimum", value) <= value <= schema.get("maximum", value)
    if "minimum" in schema or "maximum" in schema:
        return False
    if type(value) is list:
        n = len(value)
        if not schema.get("minItems", 0) <= n <= schema.get("maxItems", n):
            return False
        return "items" not in schema or all(_sure(x, schema["items"]) for x in value)
    if "minItems" in schema or "maxItems" in schema:
        return False
    if type(value) is dict:
        props = schema.get("properties", {})
        return all(_sure(v, props[k]) for k, v in value.items() if k in props)
    return True


def _schema_problem(data: dict[str, Any]) -> str | None:
    """The brief schema's most relevant error (jsonschema's `best_match`) in one line, its path first
    ("summary[2].in_summary: expected a boolean, got \"no\""); None when the brief follows it."""
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data))
    if error is None:
        return None
    path = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in error.absolute_path).lstrip(".")
    return f"{path or 'the brief'}: {_expected(error.validator, error.validator_value, error.instance)}"


def _expected(keyword: str, wanted: Any, got: Any) -> str:
    """What the schema wants where a brief breaks keyword `keyword`, and what it holds, in our words."""
    shown = _shown(got)
    if keyword == "type":
        kinds = [wanted] if isinstance(wanted, str) else wanted
        return f"expected {' or '.join(TYPE_WORDS[k] for k in kinds)}, got {shown}"
    if keyword == "enum":
        return f"expected one of {', '.join(wanted)}, got {shown}"
    if keyword in ("minimum", "maximum"):
        return f"expected {wanted} or {'more' if keyword == 'minimum' else 'less'}, got {shown}"
    if keyword in ("minItems", "maxItems"):
        most = "at least" if keyword == "minItems" else "at most"
        return f"expected {most} {wanted} item{'s' * (wanted != 1)}, got {len(got)}"
    if keyword == "oneOf":  # copy_of: null, or an object of doc and shared
        return f"expected {' or '.join(_kind_of(x) for x in wanted)}, got {shown}"
    return f"does not follow the schema's {keyword} ({shown})"


def _kind_of(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "object")
    return TYPE_WORDS.get(kind, "a value") if isinstance(kind, str) else "a value"


def _shown(value: Any) -> str:
    """A value as an error names it: a short scalar as JSON writes it, else what it is."""
    from ..ingest.files import json_kind

    text = json.dumps(value, ensure_ascii=False)
    return text if not isinstance(value, list | dict) and len(text) <= 40 else json_kind(value)


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


def _checked(b: Brief) -> Brief:
    """The brief, when every document index it holds names one of its documents, each `copy_of` an earlier
    one, every span lies in its document's text and no removed or repaired span ends before it starts;
    else `ValueError` naming the first that does not (renderers index by them: a span past the text
    rendered a wrong passage or raised). The schema has checked before that they are whole numbers, none
    negative."""
    n = len(b.documents)
    for k, d in enumerate(b.documents):
        if d.copy_of is not None and not d.copy_of.doc < k:
            raise ValueError(f"document {k}'s copy_of.doc {d.copy_of.doc} is no earlier document")
        for key, spans in (("removed", d.removed), ("repaired", d.repaired)):
            # the schema bounds each offset alone; an end before its start was refused by the hand tables
            if (j := next((j for j, r in enumerate(spans) if r.start > r.end), None)) is not None:
                raise ValueError(
                    f"documents[{k}].{key}[{j}]: span {spans[j].start}-{spans[j].end} ends before it starts"
                )
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
    for where, doc in named:
        if not doc < n:
            raise ValueError(f"{where} names document {doc} of {n}")
    for where, doc, start, end in _spans(b):
        size = len(b.documents[doc].text)
        if not start <= end <= size:
            raise ValueError(
                f"{where} span {start}-{end} is not within document {doc}'s text ({size:,} characters)"
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
