"""'See also' on the summary line (issue 14, item 2): another source's passage on the sentence's point that
does not state it, never support. Test stories written for these tests."""

from __future__ import annotations

import json

import jsonschema
import pytest

from newsbrief import brief
from newsbrief.cite import cite
from newsbrief.model import Alignment, Brief, Link, RawDoc
from newsbrief.pipeline import prepare_story
from newsbrief.render import render
from newsbrief.render.html import ref_spans
from newsbrief.render.json import from_dict, to_dict
from newsbrief.schema import schema
from newsbrief.see_also import points

# The council's sentence says far more than the reading club's: the club's states part of it (a fact link
# too thin to cite the long sentence), so the long sentence gets "see also [2]", no citation.
COUNCIL = (
    "The Harwick city council voted on Tuesday to close the old Millbrook library, a red brick building "
    "that volunteers had kept open for years without pay, and to sell the land to a grocery chain. "
    "Council members said the building needs repairs the city cannot pay for. "
    "The library's books will move to the new central branch next spring."
)
CLUB = (
    "Volunteers kept the Millbrook library open for years without pay, said Ana Ruiz, who led the "
    "reading club there. Many said the east side would lose its only public reading room. "
    "A grocery chain has offered to buy the Millbrook land, according to city records."
)


@pytest.fixture(scope="module")
def made() -> Brief:
    raws = [RawDoc(id="council", source="council", raw=COUNCIL), RawDoc(id="club", source="club", raw=CLUB)]
    return brief(raws=raws, sentences=3, timings=False)


def _first(b: Brief):
    return next(s for s in b.summary if s.text.startswith("The Harwick city council voted"))


def test_a_passage_stating_part_of_the_sentence_is_see_also_not_support(made: Brief) -> None:
    s = _first(made)
    assert s.sources == (0,) and not s.support  # no citation: the club states too little of it
    (x,) = s.see_also
    assert x.doc == 1 and made.documents[1].text[x.start : x.end].startswith("Volunteers kept the Millbrook")


def test_markdown_shows_see_also_after_the_marker(made: Brief) -> None:
    md = render(made, "markdown")
    assert "without pay, and to sell the land to a grocery chain. [1] *(see also [2])*" in md


def test_html_links_see_also_to_its_passage(made: Brief) -> None:
    i = made.summary.index(_first(made))
    html = render(made, "html")
    assert (
        f'<span class="also">see also <span class="cites">[<a class="cite" href="#doc-1" data-ref="a{i}-1"'
        in html
    )
    (span,) = ref_spans(made)[f"a{i}-1"]
    assert made.documents[1].text[span.start : span.end].startswith("Volunteers kept")
    assert f"s{i}-1" not in ref_spans(made)  # not a citation's ref


def test_json_carries_see_also_in_schema_1_3(made: Brief) -> None:
    data = json.loads(render(made, "json"))
    jsonschema.validate(data, schema())
    assert data["schema_version"] == "1.3"
    line = next(x for x in data["summary"] if x["text"] == _first(made).text)
    assert [x["doc"] for x in line["see_also"]] == [1] and line["sources"] == [0]
    assert from_dict(data) == made


def test_a_saved_1_2_brief_is_written_back_without_see_also(made: Brief) -> None:
    data = to_dict(made)
    data["schema_version"] = "1.2"
    for x in data["summary"]:
        del x["see_also"]
    again = to_dict(from_dict(data))
    assert again == data


STORY = [
    "Ships left the harbour at dawn. The storm closed the port of Vell for two days.",
    "Fishermen in Vell said the storm cost them two days at sea. Gulls sat on the roofs.",
    "The harbour master of Vell said the port reopened on Sunday. Nets dried in the sun.",
    "The port of Vell was shut for three days by the storm. Children watched the waves.",
]


def _link(a: int, b: int, kind: str, score: float, rule: str, *more: str) -> Link:
    return Link(a, b, kind, score, (f"rule:{rule}", *more))


def test_only_the_pointing_rules_point_one_per_source_never_a_cited_or_conflicting_one() -> None:
    story = prepare_story([RawDoc(id=str(k), source=str(k), raw=t) for k, t in enumerate(STORY)])
    assert [(x.doc, x.text.split()[0]) for x in story.sentences][1::2] == [
        (0, "The"),
        (1, "Gulls"),
        (2, "Nets"),
        (3, "Children"),
    ]
    links = (
        _link(1, 2, "related", 0.4, "same-topic"),  # "Fishermen in Vell ...": the best of source 2
        _link(1, 3, "related", 0.2, "shared-point"),  # source 2 again: one pointer a source
        _link(1, 4, "related", 0.9, "other-action"),  # a rule that tells two claims apart: none
        _link(1, 6, "conflict", 0.8, "numbers-differ", "values:two days vs three days"),  # the note names 4
    )
    (s,) = cite(story, [1], Alignment(links))
    assert [(x.doc, x.start, x.score) for x in s.see_also] == [(1, story.sentences[2].start, 0.4)]
    assert s.sources == (0,) and s.conflicts
    cited = _link(1, 2, "fact", 0.95, "same-fact", "sentence:0.9/0.9")
    (t,) = cite(story, [1], Alignment((*links[:1], cited, *links[1:])))
    assert t.sources == (0, 1) and not t.see_also  # a cited source is never "see also"
    thin = _link(1, 4, "fact", 0.95, "same-fact", "sentence:0.3/0.9")  # states too little to cite
    (u,) = cite(story, [1], Alignment((*links, thin)))
    assert [x.doc for x in u.see_also] == [1, 2] and u.see_also[1].kind == "fact"


def test_a_partial_link_is_no_pointer() -> None:
    """Rule `partial` (each states a claim, neither most of the other) is on the topic but, read on fresh
    stories, too often off the summary sentence's point: it offers no "see also" (session 42's lead)."""
    assert not points(_link(1, 2, "related", 0.9, "partial"))
    assert points(_link(1, 2, "related", 0.9, "shared-point"))


def test_a_fact_whose_claims_differ_is_no_see_also() -> None:
    """Rule `roles-reversed` (session 42 review): "Jon Tallis sued Dana Whitcombe" / "Dana Whitcombe sued
    Jon Tallis" is the scorer's fact with who did it to whom swapped; it was `one-sided`,
    a pointing rule, so the summary line read "... [1] (see also [2])" pointing at the reverse claim."""
    a = (
        "Jon Tallis sued Dana Whitcombe on Monday over the unpaid film royalties. The film earned millions "
        "of dollars in its first year at the box office. Lawyers for both sides declined to comment."
    )
    b = (
        "Dana Whitcombe sued Jon Tallis on Monday over the unpaid film royalties, court papers show. The "
        "case will be heard in Harwick next spring by a federal judge."
    )
    first = brief(texts=[a, b], timings=False, words=40).summary[0]
    assert first.text.startswith("Jon Tallis sued") and not first.see_also


def test_another_persons_arrest_is_no_see_also() -> None:
    """Rule `other-person` (session 42 review): "Police arrested Jon Tallis at his home" / "Police arrested
    Dana Whitcombe at her home" is one kind of event about two people (`one-sided`, a pointing rule): no
    "see also" from one to the other; a passage naming the sentence's own person still points."""
    from newsbrief.see_also import other_person, points_between

    tallis = "Police arrested Jon Tallis at his home in Harwick on Tuesday morning after a two-month inquiry."
    whitcombe = "Police arrested Dana Whitcombe at her home in Harwick on Tuesday morning, the sheriff said."
    link = _link(0, 1, "related", 0.97, "one-sided")
    assert other_person(tallis, whitcombe) and not points_between(link, tallis, whitcombe)
    lawyer = "A lawyer for Tallis, Amy Brandt, said police searched the home in Harwick on Tuesday morning."
    assert not other_person(tallis, lawyer) and points_between(link, tallis, lawyer)
    assert not other_person(tallis, "Police searched a home in Harwick on Tuesday morning.")
    # "Amber Alert" reads as a person, but the two share a name of two words: one girl, not two people
    assert not other_person(
        "The Amber Alert for Mia Kolar was lifted on Friday.",
        "The mother of Mia Kolar said she doubted Gary Pell.",
    )
    first = brief(
        texts=[tallis + " The fire service said the barns were old.", whitcombe], timings=False, words=20
    )
    assert first.summary[0].text.startswith("Police arrested") and not first.summary[0].see_also
