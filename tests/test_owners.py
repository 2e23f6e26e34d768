"""Whom a listed point naming no one is about (`analyze.owners`, `Claim.about`), and no two agreement
lines a reader cannot tell apart (rule lines-alike-once), on texts written for these tests."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

from newsbrief import brief
from newsbrief.analyze import find_entities
from newsbrief.analyze.owners import owner, why_not
from newsbrief.ingest.load import load_texts
from newsbrief.model import Brief, Story
from newsbrief.pipeline import prepare_story
from newsbrief.render import render
from newsbrief.render.json import from_dict, to_dict
from newsbrief.render.markdown import alike_once

PEOPLE = ["Marcus Bellamy", "Owen Pardo", "Luis Amaro", "Tomas Ferreira", "Alice Kolar", "Hugo Brandt"]


def _his(p: str) -> str:
    return "Her" if p.startswith("Alice") else "His"


DOC = " ".join(
    f"{p}, 19, of Harwick, was charged with arson. {_his(p)} bond was set at $100,000." for p in PEOPLE
)
OTHER = (
    "Police in Harwick arrested six volunteer firefighters on Tuesday after a long inquiry into barn fires. "
    + (
        " ".join(
            f"{p}, a {20 + k}-year-old volunteer from the north ward, faces {k + 2} counts of setting fires "
            f"to empty barns. {_his(p)} bond was set at $100,000."
            for k, p in enumerate(PEOPLE)
        )
    )
)


def _brief() -> Brief:
    return brief(texts=[DOC, OTHER], timings=False)


def _bonds(b: Brief) -> list:
    return [c for c in b.claims if c.kind == "shared" and "bond was set" in c.text]


def test_each_bond_point_says_whom_it_is_about() -> None:
    """A shared "His bond was set at $100,000." after each of six people was six points no reader could
    tell apart: each names the person the sentence before opens on, as the document writes it."""
    b = _brief()
    bonds = _bonds(b)
    assert len(bonds) == len(PEOPLE)  # one of them the summary gives (in_summary): not listed again
    about = []
    for c in bonds:
        assert c.about is not None and c.about.doc == c.doc
        about.append(b.documents[c.doc].text[c.about.start : c.about.end])
        before = b.documents[c.doc].text[: c.start]
        assert before.rstrip().rsplit(".", 2)[-2].lstrip().startswith(about[-1])  # the sentence before
    assert sorted(about) == sorted(PEOPLE)


def _agreement_lines(text: str) -> list[str]:
    lines, on = [], False
    for line in text.splitlines():
        if line.startswith("## "):
            on = line[3:] in ("Stated by several sources", "Where the sources differ", "Only one source says")
        elif on and line.startswith("- "):
            lines.append(line)
    return lines


def test_no_two_agreement_lines_alike_in_markdown_and_html() -> None:
    b = _brief()
    md = render(b, "markdown")
    lines = _agreement_lines(md)
    assert len(lines) == len(set(lines))
    assert "His bond was set at $100,000. *(about: Owen Pardo)* [1,2]" in md
    assert "Her bond was set at $100,000. *(about: Alice Kolar)* [1,2]" in md
    page = render(b, "html")
    assert '<span class="about">(about: Owen Pardo)</span>' in page


def test_alike_lines_with_no_owner_are_listed_once_with_a_count() -> None:
    """When whom the lines are about cannot be shown, the same line is listed once, with how many points
    it stands for (Markdown and HTML); the JSON keeps every claim."""
    b = _brief()
    bare = dataclasses.replace(b, claims=tuple(dataclasses.replace(c, about=None) for c in b.claims))
    md = render(bare, "markdown")
    lines = _agreement_lines(md)
    assert len(lines) == len(set(lines))
    n = sum(1 for c in _bonds(b) if not c.in_summary and c.text.startswith("His"))
    assert n > 1
    assert f"His bond was set at $100,000. [1,2] — all 2 sources *({n} points in these words)*" in md
    page = render(bare, "html")
    assert page.count('<li>His bond was set at $100,000. <span class="cites">') == 1
    assert f"({n} points in these words)" in page
    assert len(to_dict(bare)["claims"]) == len(b.claims)


def test_alike_once_keeps_order_and_counts() -> None:
    assert alike_once(["- a", "- b", "- a"]) == ["- a *(2 points in these words)*", "- b"]
    assert alike_once(["- a", "- b"]) == ["- a", "- b"]


def test_about_survives_a_saved_brief_and_is_absent_when_none() -> None:
    b = _brief()
    d = to_dict(b)
    assert all(("about" in c) == bool(c["text"].startswith(("His bond", "Her bond"))) for c in d["claims"])
    again = from_dict(json.loads(json.dumps(d)))
    assert again.claims == b.claims
    assert render(again, "markdown") == render(b, "markdown")


def _story(*texts: str) -> Story:
    return prepare_story(load_texts(list(texts)))


def test_owner_rules() -> None:
    """Rules pronoun-opening, lead-before, lead-alone, pronoun-fits, and owner-chain."""
    story = _story(
        "Marcus Bellamy, 19, of Harwick, was charged with arson. He was held overnight at the county jail. "
        "His bond was set at $50,000. Alice Kolar, 22, was charged with theft. His bond was set at $9,000. "
        "Owen Pardo and Luis Amaro were charged with fraud. His bond was set at $7,000. "
        "Hugo Brandt's lawyer spoke to reporters outside. He said the charges would be fought. "
        "The bond was set at $1,000.",
        "A second article about the court hearings in Harwick on Monday morning.",
    )
    ents = find_entities(story)
    sents = story.sentences
    at = {s.text: i for i, s in enumerate(sents) if s.doc == 0}
    text = story.documents[0].text

    def who(sentence: str) -> str | None:
        span = owner(sents, ents, at[sentence])
        return None if span is None else text[span.start : span.end]

    assert who("He was held overnight at the county jail.") == "Marcus Bellamy"
    assert who("His bond was set at $50,000.") == "Marcus Bellamy"  # owner-chain
    assert why_not(sents, ents, at["His bond was set at $9,000."]) == "pronoun-fits"
    assert why_not(sents, ents, at["His bond was set at $7,000."]) == "lead-alone"
    assert who("He said the charges would be fought.") is None  # "Hugo Brandt's lawyer": not Brandt
    assert why_not(sents, ents, at["The bond was set at $1,000."]) == "pronoun-opening"


def test_a_summary_line_naming_no_one_says_whom_when_the_line_before_does_not() -> None:
    """The summary's "His bond was set at $100,000." knows whom it is about (`SummarySentence.about`, the
    JSON keeps it); the note shows only when the line before it is not its document's sentence before."""
    b = _brief()
    bond = next(k for k, s in enumerate(b.summary) if "bond was set" in s.text)
    s = b.summary[bond]
    assert s.about is not None
    name = b.documents[s.about.doc].text[s.about.start : s.about.end]
    assert bond and b.summary[bond - 1].text.startswith(name)  # the line before names that person
    assert "(about:" not in render(b, "markdown").split("## Summary")[1].split("##")[0]
    alone = dataclasses.replace(b, summary=b.summary[bond:])
    line = render(alone, "markdown").split("## Summary\n\n")[1].splitlines()[0]
    assert line.startswith("- His bond was set at $100,000. [") and f"] *(about: {name})*" in line
    assert f'<span class="about">(about: {name})</span>' in render(alone, "html")
    assert from_dict(json.loads(json.dumps(to_dict(b)))).summary == b.summary


def _reason_in_first(story: Story) -> Callable[[str], str | None]:
    """The rule that gives a sentence of the story's first document no owner (`why_not`), by its text."""
    ents = find_entities(story)
    at = {s.text: i for i, s in enumerate(story.sentences) if s.doc == 0}
    return lambda text: why_not(story.sentences, ents, at[text])


def test_rule_said_by_other() -> None:
    """Rule said-by-other: "He" after a sentence that opens on one person and ends on another saying it
    ("..., her spokesman said Wednesday.") may be the speaker: no owner."""
    story = _story(
        "Rita Vance, 41, of Harwick, is speaking again after the crash, her spokesman said Wednesday. "
        "He did not know when she would leave the hospital. "
        "Marcus Bellamy, 19, of Harwick, was charged, which he said was a mistake. He was held overnight.",
        "A second article about the court hearings in Harwick on Monday morning.",
    )
    reason = _reason_in_first(story)
    assert reason("He did not know when she would leave the hospital.") == "said-by-other"
    assert reason("He was held overnight.") is None


def test_rule_lead_alone_reads_a_person_named_by_a_role() -> None:
    """Rule lead-alone (session 42 review): "Jordan Scott was shot by a police officer. He fired three
    times." is not about Jordan Scott (it was): the sentence before names a doer by a role; a role the lead
    holds ("Marcus Bellamy, a volunteer, ...", "worked as a sales clerk") is no second person."""
    story = _story(
        "Jordan Scott, 19, was shot by a police officer outside the Harwick mall on Monday. He fired three "
        "times, witnesses said. Marcus Bellamy, a volunteer from the north ward, worked as a sales clerk and "
        "was charged with arson. He was held overnight.",
        "A second article about the shooting outside the Harwick mall on Monday night.",
    )
    reason = _reason_in_first(story)
    assert reason("He fired three times, witnesses said.") == "lead-alone"
    assert reason("He was held overnight.") is None


def test_a_bond_line_follows_the_charge_line_of_its_person() -> None:
    """Rule owner-next: in Markdown and HTML, a listed point naming no one comes right after the listed
    point whose sentence names the person it is about, not below the other people's charge lines."""
    people = ["Marcus Bellamy", "Owen Pardo", "Luis Amaro", "Tomas Ferreira", "Alice Kolar", "Hugo Brandt"]
    a = (
        "Six volunteer firefighters were arrested in Harwick after a year-long inquiry into barn fires. "
        + " ".join(
            f"{p}, {19 + k}, of Harwick, is charged with {k + 2} counts of arson. "
            f"{_his(p)} bond was set at $100,000."
            for k, p in enumerate(people)
        )
    )
    b = "The county sheriff said the fires had cost farmers dearly over two summers. " + " ".join(
        f"Deputies said {p}, {19 + k}, was charged with {k + 2} counts of arson on Tuesday. "
        f"{_his(p)} bond was set at $100,000."
        for k, p in enumerate(people)
    )
    made = brief(texts=[a, b], words=40, timings=False)
    lines = _agreement_lines(render(made, "markdown"))
    kolar = next(k for k, line in enumerate(lines) if line.startswith("- Alice Kolar, 23,"))
    assert lines[kolar + 1].startswith("- Her bond was set at $100,000. *(about: Alice Kolar)*")
    assert not lines[kolar + 2].startswith("- Her bond")
    page = render(made, "html")
    assert (
        page.index("Alice Kolar, 23,") < page.index("(about: Alice Kolar)") < page.index("Hugo Brandt, 24,")
    )
