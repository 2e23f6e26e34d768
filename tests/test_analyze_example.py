"""The analysis of the built-in example story, asserted exactly (the example is our own text).

Every user sees this brief first: who said each quote, which names are people, organisations and
places, and the one number the outlets disagree on (about 1,200 striking workers vs 1,500).
"""

from __future__ import annotations

import dataclasses

import pytest

from newsbrief import brief
from newsbrief.analyze import ner_backend
from newsbrief.example import example_docs
from newsbrief.render import render

NERS = ["rules", "spacy"]

# (document, opening words of the quote, speaker): every quotation in the three articles, in order
QUOTES = [
    (0, "We did not want to walk out", "Dana Okafor"),
    (0, "Our members keep this railway safe", "Dana Okafor"),
    (0, "a fair and affordable offer", "Martin Keel"),
    (0, "Every day of this strike", "Martin Keel"),
    (0, "It's a mess", "Lena Park"),  # "Lena Park, a nurse …, said …" then "she said": not the station
    (0, "I left home before dawn", "Lena Park"),
    (0, "a settlement before the weekend", "Priya Nand"),  # "According to Nand"
    (1, "tired of being taken for granted", "Dana Okafor"),
    (1, "No one should be checking signals", "Dana Okafor"),
    (1, "are no different from those used", "Martin Keel"),
    (1, "Both parties need to give ground", "Priya Nand"),  # "she said" after Commissioner Priya Nand
    (1, "Commuters have been patient", "Priya Nand"),
    (2, "We planned for this", "Martin Keel"),
    (2, "the best we can do without raising fares", "Martin Keel"),
    (2, "an insult to people who work through the night", "Dana Okafor"),
    (2, "If this goes on for a week", "Tom Vasquez"),
    (2, "the best chance we have of ending this quickly", "Priya Nand"),
]

ENTITIES = {
    "Dana Okafor": "person",
    "Martin Keel": "person",
    "Priya Nand": "person",
    "Lena Park": "person",
    "Tom Vasquez": "person",
    "Northvale Rail": "organization",
    "Rail Signal Workers Union": "organization",  # head word "Union"; "Workers" stays inside the name
    "Northvale Chamber of Commerce": "organization",
    "Northvale General": "organization",  # the hospital: a place name and an ordinary word, no person cue
    "Northvale": "place",
    "Northvale Central": "place",  # the station: "outside Northvale Central", "Queues at Northvale Central"
    "Eastbrook": "place",
    "Route 9": "place",
}


@pytest.fixture(scope="module", params=NERS)
def b(request):
    if request.param == "spacy" and ner_backend("auto") != "spacy":
        pytest.skip("spaCy or its English model is not installed")
    return brief(raws=example_docs(), timings=False, ner=request.param)


def test_every_quote_has_its_speaker(b) -> None:
    got = [(q.doc, q.text, q.speaker) for q in b.quotes]
    assert len(got) == len(QUOTES)
    for (doc, text, speaker), (want_doc, opening, want) in zip(got, QUOTES, strict=True):
        assert doc == want_doc and text.startswith(opening), (text, opening)
        assert speaker == want, (text, speaker)


def test_people_organisations_and_places(b) -> None:
    assert {e.name: e.kind for e in b.entities} == ENTITIES
    surfaces = {e.name: {b.documents[m.doc].text[m.start : m.end] for m in e.mentions} for e in b.entities}
    assert surfaces["Priya Nand"] == {"Priya Nand", "Nand"}  # "According to Nand" merged
    assert surfaces["Dana Okafor"] == {"Dana Okafor", "Okafor"}
    station = next(e for e in b.entities if e.name == "Northvale Central")
    assert {m.doc for m in station.mentions} == {0, 1, 2}


def test_the_number_of_strikers_is_the_one_conflict(b) -> None:
    conflicts = [c for c in b.claims if c.conflict]
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c.kind == "conflict"
    assert c.conflict == "numbers differ: about 1,200 workers [1,2] vs 1,500 workers [3]"
    members = [(c.doc, c.text)] + [(s.doc, b.documents[s.doc].text[s.start : s.end]) for s in c.sources]
    texts = dict(members)
    assert "About 1,200 signal workers walked off" in texts[0]
    assert "1,500 workers were taking part" in texts[2]
    assert not [x for x in b.claims if x.kind == "shared" and x.conflict]  # a conflict is never "agreed"


def test_a_sentence_giving_a_value_of_the_conflict_is_listed_with_it_not_as_one_source(b) -> None:
    """The Valley Ledger's "about 1,200 of its members" conflicts with the Coastline Post's 1,500 as the
    Harbour Courier's "About 1,200 signal workers" does: it is one of the conflict's sources (its
    outlet on the 1,200 side), never a point "only one source says"."""
    c = next(c for c in b.claims if c.kind == "conflict")
    texts = {s.doc: b.documents[s.doc].text[s.start : s.end] for s in c.sources}
    assert "1,200 of its members" in texts[1]
    assert not [x for x in b.claims if x.kind == "single" and "1,200" in x.text]


def test_points_stated_by_some_sources_say_k_of_n(b) -> None:
    md = render(dataclasses.replace(b, summary=()), "markdown")  # a point the summary gives is not listed
    shared = [c for c in b.claims if c.kind == "shared"]
    assert shared and all(len({c.doc, *(s.doc for s in c.sources)}) == 2 for c in shared)
    assert "2 of 3 sources" in md and "all 3 sources" not in md


def test_the_markdown_brief_shows_speakers_and_the_conflict(b) -> None:
    md = render(b, "markdown")
    # both values, their outlets, each value's qualifier as written
    assert "⚠ numbers differ: about 1,200 workers [1,2] vs 1,500 workers [3]" in md
    for name in ("Lena Park", "Tom Vasquez", "Priya Nand"):
        assert f"**{name}**" in md
    assert "**Northvale Central**" not in md  # a station says nothing
