"""The analysis in the brief's JSON (schema-valid, offsets exact) and in the Markdown sections."""

from __future__ import annotations

import json

import jsonschema
import pytest

from newsbrief import brief
from newsbrief.model import SummarySentence
from newsbrief.render import render
from newsbrief.schema import schema

TEXTS = [
    "Storm Elsa closed three schools in the Avon valley on Friday, officials in Bristol said.\n"
    "“We had no choice with the roads under water,” said head teacher Maya Collins.\n"
    "The storm knocked out power to 4,000 homes.",
    "Three schools in the Avon valley shut on Friday as Storm Elsa flooded the roads.\n"
    "“Safety comes first,” Maya Collins told parents. “We will reopen when the water goes down.”\n"
    "Power was cut to 6,000 homes, Western Power said.",
]


@pytest.fixture(scope="module")
def b():
    return brief(texts=TEXTS, words=40, timings=False)


def test_json_analysis_fields_validate_and_point_at_the_text(b) -> None:
    data = json.loads(render(b, "json"))
    jsonschema.validate(data, schema())
    docs = data["documents"]
    assert data["quotes"] and data["entities"] and data["claims"]
    for q in data["quotes"]:
        assert docs[q["doc"]]["text"][q["start"] : q["end"]] == q["text"]
    for e in data["entities"]:
        assert e["kind"] in ("person", "organization", "place")
        for m in e["mentions"]:
            assert m["count"] == len(m["spans"])
            for s, t in m["spans"]:
                assert docs[m["doc"]]["text"][s:t]
    for c in data["claims"]:
        assert docs[c["doc"]]["text"][c["start"] : c["end"]] == c["text"]
        assert c["kind"] in ("shared", "point", "conflict", "single")


def test_speaker_and_conflict_in_the_brief(b) -> None:
    assert {q.speaker for q in b.quotes} == {"Maya Collins"}
    power = [c for c in b.claims if "homes" in c.text]
    assert power and power[0].kind == "conflict"
    assert power[0].conflict == "numbers differ: 4,000 homes [1] vs 6,000 homes [2]"  # as written


def test_markdown_has_the_four_analysis_sections(b) -> None:
    md = render(b, "markdown")
    for title in ("## Who said what", "## Who and where", "## Where the sources differ"):
        assert title in md
    assert "**Maya Collins**" in md
    assert "⚠ numbers differ" in md
    assert md.index("## Who said what") < md.index("## Sources")


def test_analysis_is_deterministic() -> None:
    one = render(brief(texts=TEXTS, timings=False), "json")
    two = render(brief(texts=TEXTS, timings=False), "json")
    assert one == two


def test_a_shared_point_the_summary_gives_is_not_listed_again() -> None:
    """Session 22 (issue 16: the agreement sections restating the summary, seen by both blind readers of
    session 21): rule shared-in-summary. A point several sources state whose sentence, or another
    source's passage of it, is in the summary is not listed under "Stated by several sources" in
    Markdown or HTML (the summary line marks its sources); the JSON keeps it. 13c91a5 listed it: on WRITE
    at 150 words 41 of the 45 shared items repeated a summary sentence."""
    import dataclasses

    from newsbrief import brief
    from newsbrief.in_summary import marked as mark_claims
    from newsbrief.in_summary import shared_in_summary
    from newsbrief.render import render
    from newsbrief.render.markdown import HEADINGS

    a = (
        "A landslide buried the main road into Kelso village on Sunday night.\n"
        "The slide killed 12 people, the regional police chief Anna Berg said on Monday.\n"
    )
    b = (
        "Rescuers are still digging after the Kelso landslide.\n"
        "The main road into the village was buried on Sunday night under tonnes of mud.\n"
    )
    full = brief(texts=[a, b], words=60, timings=False)
    shared = [c for c in full.claims if c.kind == "shared"]
    assert shared, full.claims
    unmarked = tuple(dataclasses.replace(c, in_summary=False) for c in full.claims)
    for summary in ((), full.summary):  # the brief as made with that summary (claims marked by it)
        bf = dataclasses.replace(full, summary=tuple(summary), claims=mark_claims(summary, unmarked))
        md, html = render(bf, "markdown"), render(bf, "html")
        said = any(s.doc == shared[0].doc and s.start == shared[0].start for s in summary) or any(
            s.doc == x.doc and s.start == x.start for s in summary for x in shared[0].sources
        )
        assert (HEADINGS["shared"] in md) == (not said), md
        assert (HEADINGS["shared"] in html) == (not said)
    assert said  # the brief's own summary gives the landslide, so its section is left out
    assert [c for c in full.claims if c.kind == "shared"] == shared  # the JSON keeps the claim
    for c in shared:  # the README's promise: a hidden point's sources are all marked on its lines
        if c.in_summary:
            spans = [(c.doc, c.start, c.end), *((x.doc, x.start, x.end) for x in c.sources)]
            marked = {d for s in full.summary for d in s.sources if any(_over(s, x) for x in spans)}
            assert {c.doc, *(x.doc for x in c.sources)} <= marked, (c, full.summary)
    # Session 22 review #5: a line that marks only its own source (its support lost) does not give a
    # point two sources state; it is listed again with "2 of 2" (1605d67 hid it).
    lines = tuple(dataclasses.replace(s, support=()) for s in full.summary)
    one = dataclasses.replace(full, summary=lines, claims=mark_claims(lines, unmarked))
    assert not shared_in_summary(one.summary, shared[0])
    assert HEADINGS["shared"] in render(one, "markdown")
    assert HEADINGS["shared"] in render(one, "html")


def _over(s: SummarySentence, span: tuple[int, int, int]) -> bool:
    """Does summary sentence `s` overlap the span (doc, start, end)?"""
    return s.doc == span[0] and s.start < span[2] and span[1] < s.end


KELSO_A = (
    "Rescue crews in Kelso pulled 14 survivors from the mud on Monday, fire chief Lars Holm said.\n"
    "A landslide buried the main road into Kelso village on Sunday night.\n"
)
KELSO_B = (
    "The main road into Kelso village was buried on Sunday night by a landslide.\n"
    "The government promised 40 million kroner for repairs in Kelso, minister Eva Lund said on Tuesday.\n"
)


def test_a_single_point_the_summary_gives_stays_in_the_json_marked_and_unlisted() -> None:
    """Session 23 (debt, one rule at one depth): a point only one source makes that the summary gives is
    kept in the JSON, marked `in_summary` as a shared point the summary gives is, and no renderer lists
    it under "Only one source says" (819a28a left it out of the JSON in analyze, while it kept the shared
    one and hid it in render). Sentences written for this test."""
    import dataclasses

    from newsbrief.render.markdown import HEADINGS

    full = brief(texts=[KELSO_A, KELSO_B], words=60, timings=False)
    assert [(c.kind, c.in_summary) for c in full.claims] == [
        ("shared", True),
        ("single", True),
        ("single", True),
    ]
    data = json.loads(render(full, "json"))
    jsonschema.validate(data, schema())
    assert [c["in_summary"] for c in data["claims"]] == [True, True, True]
    assert type(full).from_dict(data) == full
    for fmt in ("markdown", "html", "terminal"):
        assert HEADINGS["single"] not in render(full, fmt) and HEADINGS["shared"] not in render(full, fmt)
    short = brief(texts=[KELSO_A, KELSO_B], words=20, timings=False)  # the summary gives neither point
    assert [(c.kind, c.in_summary) for c in short.claims if c.kind == "single"] == [("single", False)] * 2
    assert HEADINGS["single"] in render(short, "markdown")
    # a brief saved before schema 1.2 (no `in_summary`, such single points left out) renders as it did
    old = dict(data, schema_version="1.1")
    old["claims"] = [{k: v for k, v in c.items() if k != "in_summary"} for c in data["claims"][:1]]
    old["summary"] = [{k: v for k, v in x.items() if k != "see_also"} for x in data["summary"]]  # 1.3's
    saved = type(full).from_dict(old)
    assert saved.claims[0].in_summary
    assert render(dataclasses.replace(saved, schema_version=full.schema_version), "markdown") == render(
        full, "markdown"
    )
    # ... and written back as JSON as it was saved: 1.1, no `in_summary` (session 24 review S3)
    assert render(saved, "json") == json.dumps(old, ensure_ascii=False, indent=2) + "\n"
