"""HTML: one self-contained page (inline CSS and a little vanilla JS, nothing fetched) for a `Brief`.

Every passage the brief points at is found by offsets: each article's clean text is cut, here in
Python, into pieces at every summary, quote, claim and entity boundary, and each piece carries the
ids ("refs") of everything that covers it. A citation marker names one ref; the page's script
highlights the pieces carrying it. Templates (Jinja2, autoescape on) live in `templates/`.
A Content-Security-Policy allows only the page's own script and style (by hash), so neither the
article text nor a link in it can run anything or load anything.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from ..copies import mention_counts
from ..model import Brief, Document, Span
from .markdown import (
    HEADINGS,
    about_name,
    agreement_label,
    continues,
    copies_line,
    copy_note,
    distinct_quotes,
    full_names,
    here_places,
    owner_next,
    quote_docs,
    sentence_case,
    summary_about,
    view_labels,
)

KIND_LABELS = {"person": "People", "organization": "Organizations", "place": "Places"}
# A single line break between paragraphs is shown as a blank line (only outside cited passages,
# whose text must stay exactly the document's).
_LONE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")
# A piece's CSS class from the kind of ref covering it.
_REF_CLASSES = {"s": "sum", "a": "also", "q": "quote", "k": "claim", "e": "ent"}


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of one document's text and the ref (citation id) it belongs to."""

    start: int
    end: int
    ref: str
    cls: str = ""


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text covered by the same refs; `refs` and `classes` are space-separated."""

    text: str
    refs: str = ""
    classes: str = ""


def pieces(text: str, marks: Iterable[Mark]) -> list[Piece]:
    """`text` cut at every mark boundary; offsets out of range are clipped, empty marks dropped.

    Hand-written (a sweep over sorted boundaries) because no library does offset-based splitting
    of overlapping spans; the page needs it to highlight passages without re-finding text.
    """
    n = len(text)
    starts: dict[int, list[Mark]] = defaultdict(list)
    ends: dict[int, list[Mark]] = defaultdict(list)
    cuts = {0, n}
    for m in marks:
        s, e = max(0, min(m.start, n)), max(0, min(m.end, n))
        if s >= e:
            continue
        starts[s].append(m)
        ends[e].append(m)
        cuts.update((s, e))
    active: dict[Mark, int] = defaultdict(int)
    out: list[Piece] = []
    bounds = sorted(cuts)
    for a, b in pairwise(bounds):
        for m in ends.get(a, ()):
            active[m] -= 1
            if not active[m]:
                del active[m]
        for m in starts.get(a, ()):
            active[m] += 1
        refs = sorted({m.ref for m in active}, key=_ref_key)
        classes = sorted({m.cls or _REF_CLASSES.get(m.ref[0], "") for m in active} - {""})
        out.append(Piece(text[a:b], " ".join(refs), " ".join(classes)))
    return out


def _ref_key(ref: str) -> tuple[str, int, int]:
    i, _, d = ref[1:].partition("-")
    return (ref[0], int(i or 0), int(d or 0))


def ref_spans(brief: Brief) -> dict[str, list[Span]]:
    """Every ref of the page and the spans it stands for (the browser tests check against this)."""
    out: dict[str, list[Span]] = defaultdict(list)
    for i, s in enumerate(brief.summary):
        out[f"s{i}-{s.doc}"].append(Span(s.doc, s.start, s.end))
        for x in s.support:
            out[f"s{i}-{x.doc}"].append(x)
        for x in s.see_also:  # "see also", never support: a ref of its own
            out[f"a{i}-{x.doc}"].append(x)
    for i, q in enumerate(brief.quotes):
        out[f"q{i}-{q.doc}"].append(Span(q.doc, q.start, q.end))
        for x in q.repeats:
            out[f"q{i}-{x.doc}"].append(x)
    for i, c in enumerate(brief.claims):
        if c.in_summary:
            continue  # the summary gives it (`newsbrief.in_summary`): not on the page (see `context`)
        out[f"k{i}-{c.doc}"].append(Span(c.doc, c.start, c.end))
        for x in c.sources:
            out[f"k{i}-{x.doc}"].append(x)
    for i, e in enumerate(brief.entities):
        for m in e.mentions:
            out[f"e{i}-{m.doc}"].append(Span(m.doc, m.start, m.end))
    n = len(brief.documents)
    return {r: [x for x in spans if 0 <= x.doc < n] for r, spans in out.items()}


def _safe_href(url: str | None) -> str | None:
    """The URL if it is http(s) (so a `javascript:` or `data:` source never becomes a link)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _markers(prefix: str, i: int, docs: Iterable[int], n: int) -> list[dict[str, Any]]:
    return [{"label": d + 1, "ref": f"{prefix}{i}-{d}", "doc": d} for d in docs if 0 <= d < n]


def _raw_pieces(doc: Document) -> list[Piece]:
    """The raw text with removed spans marked (overlapping or out-of-range spans are skipped here)."""
    out: list[Piece] = []
    pos = 0
    for r in sorted(doc.removed, key=lambda r: (r.start, r.end)):
        if r.start < pos or r.end > len(doc.raw) or r.start >= r.end:
            continue
        if r.start > pos:
            out.append(Piece(doc.raw[pos : r.start]))
        out.append(Piece(doc.raw[r.start : r.end], r.reason, "removed"))
        pos = r.end
    if pos < len(doc.raw):
        out.append(Piece(doc.raw[pos:]))
    return out


def _reads(item: dict[str, Any]) -> tuple:
    """What a reader sees of a claim's line: its text, whom it is about, its markers, label and note."""
    return (
        " ".join(item["text"].split()),
        item["about"],
        tuple(m["doc"] for m in item["markers"]),
        item["label"],
        item["conflict"],
    )


def context(brief: Brief, notices: Sequence[str] = (), back_href: str | None = None) -> dict[str, Any]:
    """Everything the report template shows, as plain data."""
    n = len(brief.documents)
    marks: dict[int, list[Mark]] = defaultdict(list)
    for ref, spans in ref_spans(brief).items():
        for x in spans:
            marks[x.doc].append(Mark(x.start, x.end, ref))
    for i, s in enumerate(brief.summary):  # the summary's own sentence gets a stronger style
        marks[s.doc].append(Mark(s.start, s.end, f"s{i}-{s.doc}", "own"))

    views, cont, here = view_labels(brief), continues(brief), here_places(brief)
    names, whom = full_names(brief), summary_about(brief)
    summary = [
        {
            "i": i,
            "text": sentence_case(s.text),  # its first word capitalised when all lower case
            "markers": _markers("s", i, s.sources, n),
            "links": ", ".join(f"{x.doc + 1}: {x.kind}" for x in s.support),
            "also": _markers("a", i, [x.doc for x in s.see_also], n),  # "see also [2]" (`newsbrief.see_also`)
            "conflict": s.conflict,
            "view": views[i],
            "here": here[i],  # the dateline a "here" in the sentence means
            "names": names[i],  # the full names of the people it calls by surname alone
            "about": whom[i],  # whom it is about, naming no one, when the line before does not say
            "cont": cont[i],  # the rest of the previous item's quotation: in the same item
            "ends": i + 1 == len(cont) or not cont[i + 1],  # the item closes after this sentence
        }
        for i, s in enumerate(brief.summary)
    ]
    shown = {id(q) for q in distinct_quotes(brief)}
    quotes = [
        {
            "speaker": q.speaker,
            "text": q.text,
            "markers": _markers("q", i, quote_docs(q, brief), n),
        }
        for i, q in enumerate(brief.quotes)
        if id(q) in shown  # a wire copy's repeat is shown once, its refs keep their index
    ]
    claims: dict[str, list[dict[str, Any]]] = {"shared": [], "point": [], "conflict": [], "single": []}
    index = {id(c): i for i, c in enumerate(brief.claims)}
    # the summary gives it (`newsbrief.in_summary`; its index still names its markers); rule owner-next
    for c in owner_next([c for c in brief.claims if not c.in_summary]):
        i = index[id(c)]
        docs = sorted({c.doc, *(x.doc for x in c.sources)})
        item = {
            "text": c.text,
            "about": about_name(c, brief),  # whom a point naming no one is about (`Claim.about`)
            "alike": 1,  # how many points read as this line (rule lines-alike-once)
            "conflict": c.conflict,
            "markers": _markers("k", i, docs, n),
            "label": agreement_label(tuple(docs), brief),
            "others": [
                {
                    "text": brief.documents[x.doc].text[x.start : x.end],
                    "markers": _markers("k", i, [x.doc], n),
                }
                for x in c.sources
            ],
        }
        kind = c.kind if c.kind in claims else "single"
        same = next((x for x in claims[kind] if _reads(x) == _reads(item)), None)
        if same is not None and kind != "point":
            same["alike"] += 1  # rule lines-alike-once (`markdown.alike_once`): the first one's refs shown
            continue
        claims[kind].append(item)
    groups: dict[str, list[dict[str, Any]]] = {}
    counts = mention_counts(brief.entities, brief.documents)  # a copy's repeat is no mention
    for i, e in enumerate(brief.entities):
        per_doc: dict[int, int] = defaultdict(int)
        for m in e.mentions:
            per_doc[m.doc] += 1
        markers = _markers("e", i, sorted(per_doc), n)
        for mk in markers:
            mk["count"] = per_doc[mk["doc"]]
        groups.setdefault(e.kind, []).append({"name": e.name, "count": counts[i], "markers": markers})
    entities = [
        {"kind": k, "label": KIND_LABELS.get(k, k.capitalize()), "entries": groups[k]}
        for k in [*[k for k in KIND_LABELS if k in groups], *sorted(set(groups) - set(KIND_LABELS))]
    ]
    source_map = {
        "rows": [
            {
                "i": i,
                "cells": [
                    {"doc": d, "ref": f"s{i}-{d}", "role": "own" if d == s.doc else "support"}
                    if d in s.sources
                    else {"doc": d, "role": None}
                    for d in range(n)
                ],
            }
            for i, s in enumerate(brief.summary)
        ],
        "own": [sum(1 for s in brief.summary if s.doc == d) for d in range(n)],
        "cited": [sum(1 for s in brief.summary if d in s.sources) for d in range(n)],
    }
    documents = [
        {
            "n": d + 1,
            "index": d,
            "id": doc.id,
            "title": doc.title or doc.id,
            "dek": doc.dek,
            "meta": [x for x in (doc.outlet, doc.author, doc.date, doc.dateline, copy_note(doc)) if x],
            "source": doc.source,
            "href": _safe_href(doc.source),
            "words": len(doc.text.split()),
            "pieces": [
                p if p.refs else Piece(_LONE_NEWLINE.sub("\n\n", p.text))
                for p in pieces(doc.text, marks.get(d, ()))
            ],
            "removed": sorted(doc.removed, key=lambda r: (r.start, r.end)),
            "raw_pieces": _raw_pieces(doc) if doc.removed else [],
        }
        for d, doc in enumerate(brief.documents)
    ]
    heading = (brief.documents[0].title or brief.documents[0].id) if n == 1 else f"Brief of {n} articles"
    css, js = _asset("report.css"), _asset("report.js")
    return {
        "heading": heading,
        "headings": HEADINGS,
        "method": brief.method,
        "budget": brief.budget,
        "summary": summary,
        "quotes": quotes,
        "claims": claims,
        "entities": entities,
        "source_map": source_map,
        "documents": documents,
        "copies": copies_line(brief),
        "notices": list(notices),
        "back_href": back_href,
        "css": css,
        "js": js,
        "csp": _csp(css, js),
    }


@cache
def _asset(name: str) -> str:
    return resources.files("newsbrief.render").joinpath("templates", name).read_text(encoding="utf-8")


def _csp(css: str, js: str) -> str:
    """Only this page's own style and script may run; nothing may be fetched (no network at all)."""

    def h(s: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"

    return (
        f"default-src 'none'; script-src {h(js)}; style-src {h(css)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


@lru_cache(maxsize=4)
def environment(package: str = "newsbrief.render") -> Any:
    """The Jinja2 environment of a package's `templates/` (autoescape on for every template)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def render(brief: Brief, *, notices: Sequence[str] = (), back_href: str | None = None) -> str:
    """The brief as one self-contained HTML page; byte-for-byte the same for the same brief. An article's
    control character is shown as the terminal and Markdown show it (`markdown.controls_shown`: ESC as
    `\\x1b`): sent raw, `cat report.html` let an "ESC c" reset the terminal."""
    from .markdown import controls_shown

    return controls_shown(
        environment().get_template("report.html.j2").render(context(brief, notices, back_href))
    )
