"""Document kinds (whose view): each rule of `clean.kinds.RULES` on text written for it, the kind
reaching the brief, and opinion sentences attributed in the Markdown while staying verbatim."""

from __future__ import annotations

import random

import pytest

from newsbrief.clean import clean
from newsbrief.clean.kinds import _FIRST_PERSON, RULES, _writers_text, document_kind
from newsbrief.model import RawDoc, Removed
from newsbrief.pipeline import brief
from newsbrief.render import render
from newsbrief.render.markdown import esc

NEWS = (
    "The council voted on Monday to close the harbour bridge for eight months after inspectors found cracks. "
    "A ferry will carry commuters across the river from next week, officials said. "
    "The repairs will cost four million dollars, according to the city budget office. "
    "Traffic on the ring road is expected to double during the closure. "
    "Shops near the bridge said they feared losing customers."
)
OPINION_VOICE = (
    "I have crossed the harbour bridge every day for twenty years. "
    "I never thought I would miss its traffic jams. "
    "The council should have repaired it a decade ago. "
    "My neighbours feel the same way about the delays. "
    "We must ask why the inspections came so late. "
    "I hope the ferry is better than the last one."
)

# rule name -> (text, title, removed) that must make it fire
CASES: dict[str, tuple[str, str, tuple[Removed, ...]]] = {
    "transcript-turns": ("SMITH: Hello.\nJONES: Hi.\nSMITH: The bridge?\nJONES: Closed.\n" + NEWS, "", ()),
    "press-release-line": (NEWS + "\nAbout Example Corp\nExample Corp makes bridges.", "", ()),
    "opinion-kicker": (NEWS, "", (Removed(0, 7, "section-kicker", "Opinion"),)),
    "opinion-title": (NEWS, "Opinion: Fix the bridge now", ()),
    "analysis-kicker": (NEWS, "", (Removed(0, 8, "section-kicker", "Analysis"),)),
    "analysis-title": (NEWS, "Analysis: Why the bridge failed", ()),
    "review-kicker": (NEWS, "", (Removed(0, 11, "section-kicker", "Film review"),)),
    "review-title": (NEWS, "Review: The Bridge, a thriller", ()),
    "star-rating": ("★★★½ " + NEWS, "", ()),
    "review-words": (NEWS + " Bottom line: worth seeing.", "", ()),
    "columnist-bio": (
        NEWS,
        "",
        (Removed(0, 40, "author-bio", "Jane Roe is a columnist for the Example Times."),),
    ),
    "normative-title": (
        "The council should close the bridge before winter. Inspectors must be paid properly. "
        "A ferry would carry commuters across the river. The repairs will cost four million dollars. "
        "The city needs to say when the work ends. Shops near the bridge fear losing customers.",
        "3 Steps the Council Should Take Before Closing the Bridge",
        (),
    ),
    "first-person-normative": (OPINION_VOICE, "", ()),
    "qa-explainer": (
        NEWS,
        "",
        tuple(Removed(k, k + 2, "transcript-marker", m) for k, m in enumerate("QAQA")),
    ),
}
NORMATIVE_TEXT = CASES["normative-title"][0]


@pytest.mark.parametrize(
    "title, text",
    [
        ("Mayor says the council must close the bridge", NORMATIVE_TEXT),  # a call reported, not made
        ("Council: the bridge must close", NORMATIVE_TEXT),
        ("Should the council close the bridge?", NORMATIVE_TEXT),
        ("You must enter the characters with black color", NORMATIVE_TEXT),  # a form, not a headline
        ("Judge rules state must redraw congressional map", NORMATIVE_TEXT),  # a ruling reported
        ("State must redraw congressional map, court rules", NORMATIVE_TEXT),
        ("Court orders new map; lawmakers must act by September", NORMATIVE_TEXT),
        ("3 Steps the Council Should Take Before Closing the Bridge", NEWS),  # the text reports
    ],
)
def test_a_normative_title_needs_the_writers_voice_and_a_text_that_argues(title: str, text: str) -> None:
    assert document_kind(text, title, None, ())[0] == "news"


def test_an_interview_with_answers_in_the_first_person_stays_a_transcript() -> None:
    marks = tuple(Removed(k, k + 2, "transcript-marker", m) for k, m in enumerate("QAQA"))
    assert document_kind(OPINION_VOICE, "", None, marks)[0] == "transcript"  # the answers are the speaker's
    direction = (*marks, Removed(9, 19, "transcript-marker", "(LAUGHTER)"))
    assert document_kind(NEWS, "", None, direction)[0] == "transcript"  # a stage direction: a broadcast
    assert document_kind(NEWS, "", None, marks[:3])[0] == "news"  # three markers: neither


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == {r.name for r in RULES}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rule_fires_with_its_cue(name: str) -> None:
    text, title, removed = CASES[name]
    kind, cues = document_kind(text, title, None, removed)
    assert cues and cues[0].startswith(name + ":"), (name, kind, cues)
    assert kind == next(r.kind for r in RULES if r.name == name)


def test_plain_reporting_is_news_with_no_cue() -> None:
    assert document_kind(NEWS, "Bridge to close for eight months", None, ()) == ("news", ())
    # Quoted first person is the speaker's, not the writer's.
    quoted = " ".join(f'"I am worried about the bridge," resident {n} said.' for n in "ABCDEF")
    assert document_kind(quoted, "", None, ())[0] == "news"


def test_opinion_is_attributed_in_the_brief_and_stays_verbatim() -> None:
    op = clean(
        RawDoc("op", "op.txt", "Opinion\n\nFix the harbour bridge now\n\n" + OPINION_VOICE, author="Jane Roe")
    )
    assert op.kind == "opinion" and op.kind_cues
    b = brief(
        raws=[RawDoc("news", "news.txt", NEWS), RawDoc("op", "op.txt", op.raw, author="Jane Roe")],
        timings=False,
    )
    assert b.documents[1].kind == "opinion"
    md = render(b, "markdown")
    for i, s in enumerate(b.summary):
        assert b.documents[s.doc].text[s.start : s.end] == s.text
        if s.doc == 1:  # in full on the first of a run of the op-ed's sentences, short after it
            cont = i and b.summary[i - 1].doc == 1
            assert (
                f"*Opinion (cont.):* {esc(s.text)}" if cont else f"*Opinion — Jane Roe:* {esc(s.text)}"
            ) in md
    assert any(s.doc == 1 for s in b.summary)
    assert b.summary[0].doc == 0  # the news report opens the brief


def test_interview_answers_and_quotations_over_paragraphs_are_not_the_writers_voice() -> None:
    # A news feature built on an interview: answers under the speaker's name, a quotation running on
    # over two paragraphs (its first paragraph leaves it open); the writer's own sentences are news.
    answers = "\n".join(
        f"Ann Lee: I {v} the bridge every day. I never thought I would miss it." for v in ("crossed", "loved")
    )
    running = '"I walked it as a boy. I saw it built.\n"I will miss it," Lee said.'
    text = NEWS + "\n" + answers + "\nLee: My father built it.\n" + running
    assert document_kind(text, "", None, ()) == ("news", ())
    assert document_kind(OPINION_VOICE + "\n" + answers, "", None, ())[0] == "opinion"  # the writer's own


def test_the_star_rule_looks_past_the_first_line_and_the_voice_rule_needs_a_first_person_word() -> None:
    head = "The film opens in theaters on Friday and runs two hours. " * 3
    assert document_kind(head + "\u2605\u2605\u2605 (out of four)", None, None, ())[0] == "review"
    normative = "Officials should act now, the report says. The city must fix its roads. " * 4
    assert document_kind(normative, None, None, ()) == ("news", ())  # should/must but no "I", "my", "me"


def test_a_first_person_word_of_the_writer_is_one_of_the_text() -> None:
    # `_voice` stops when the whole text holds no first-person word: made-up mixtures of quotations,
    # interview answers and line breaks never show one in the writer's words that the text lacks
    pieces = [
        "I",
        "me",
        "my",
        "Im",
        "mine",
        "\u201c",
        "\u201d",
        '"',
        "\n",
        "Q: ",
        "Dana Roe: ",
        " ",
        "x",
        "time",
        ",",
    ]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        if _FIRST_PERSON.search(_writers_text(text)):
            assert _FIRST_PERSON.search(text)
