"""Method `compressed`: the default's summary with removable parts cut, each sentence a list of spans of
one source sentence, verbatim at its offsets (eval only, opt-in)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_features import make_story

from newsbrief.model import Budget
from newsbrief.summarize.compressed import RULES, CompressedSummarizer, Setting, cuts, keep, settings

SETTING = Setting(frozenset({"riverton"}))


def shortened(text: str, setting: Setting = SETTING) -> tuple[str, list[str]]:
    found = cuts(text, setting)
    return "".join(text[a:b] for a, b in keep(text, found)), [c.rule for c in found]


@pytest.mark.parametrize(
    ("text", "left", "rule"),
    [
        (
            "The ferry ran aground near the northern pier, officials said.",
            "The ferry ran aground near the northern pier.",
            "attribution-end",
        ),
        (
            "The ferry ran aground near the northern pier, the harbour authority told reporters.",
            "The ferry ran aground near the northern pier.",
            "attribution-end",
        ),
        (
            "The ferry ran aground near the northern pier, according to the harbour police.",
            "The ferry ran aground near the northern pier.",
            "attribution-end",
        ),
        (
            "According to the harbour police, the ferry ran aground near the northern pier.",
            "the ferry ran aground near the northern pier.",
            "according-opening",
        ),
        (
            "The harbour board (which owns the pier) closed the bridge.",
            "The harbour board closed the bridge.",
            "parenthetical",
        ),
        (
            "The old mill — the valley's largest — closed for good.",
            "The old mill closed for good.",
            "dash-aside",
        ),
        (
            "Mara Quint, a retired ferry captain, steered the boat home.",
            "Mara Quint steered the boat home.",
            "appositive",
        ),
        (
            "Mara Quint, who steered ferries for years, took the wheel of the damaged boat.",
            "Mara Quint took the wheel of the damaged boat.",
            "appositive",
        ),
        (
            "The harbour board thanked Mara Quint, who steered the boat home.",
            "The harbour board thanked Mara Quint.",
            "appositive-end",
        ),
        (
            "On Tuesday, the harbour board voted to close the pier.",
            "the harbour board voted to close the pier.",
            "leading-time",
        ),
        (
            "In Riverton, the harbour board closed the old bridge.",
            "the harbour board closed the old bridge.",
            "leading-place",
        ),
        ("The harbour board also closed the old bridge.", "The harbour board closed the old bridge.", "also"),
    ],
)
def test_each_rule_cuts_what_it_names(text: str, left: str, rule: str) -> None:
    assert shortened(text) == (left, [rule])


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        (
            "“The ferry ran aground near the northern pier,” officials said.",
            SETTING,
        ),  # a quote keeps its speaker
        ("The ferry ran aground near the northern pier, officials said.", Setting(quoted=True)),
        ("The ferry ran aground near the old northern pier, two officials said.", SETTING),  # a number
        ("The old mill — never a profitable one — closed for good.", SETTING),  # a negation
        (
            "Mara Quint, who said the plan would fail, voted against the plan.",
            SETTING,
        ),  # saying: not by this rule
        (
            "According to the harbour police, who arrived late, the ferry ran aground.",
            SETTING,
        ),  # what follows leans
        (
            "In Eastfield, the harbour board closed the old bridge.",
            SETTING,
        ),  # a place no other document names
        (
            "The ferry ran aground near the northern pier, and the harbour police said so.",
            SETTING,
        ),  # a clause
    ],
)
def test_protected_words_and_quotes_stay(text: str, setting: Setting) -> None:
    assert shortened(text, setting) == (text, [])


def test_a_sentence_mostly_cut_is_left_whole() -> None:
    text = "Mara Quint, a retired ferry captain of the valley, won, officials said."
    assert shortened(text) == (text, [])


def test_a_sentence_inside_a_quotation_opened_earlier_is_never_cut() -> None:
    story = make_story(
        [
            [
                "Mara Quint spoke to the harbour board on the morning after the storm.",
                "“We lost the pier.",
                "The ferry ran aground near the northern pier, the captain said.”",
                "The ferry ran aground near the northern pier, officials said.",
            ]
        ]
    )
    given = settings(story)
    assert [(g.quoted, g.inside) for g in given] == [
        (False, False),
        (True, False),
        (True, True),
        (False, False),
    ]
    summ = CompressedSummarizer()
    assert summ.texts(story, [2, 3]) == [
        story.sentences[2].text,
        "The ferry ran aground near the northern pier.",
    ]


def test_compressed_sentences_are_spans_of_one_sentence_within_the_budget() -> None:
    docs = [
        [
            "The ferry ran aground near the northern pier of Riverton late on Sunday, officials said.",
            "Mara Quint, a retired ferry captain, steered the damaged boat back to the harbour.",
            "The harbour board also closed the old bridge over the river for repairs.",
            "Engineers will inspect the pier and the bridge before the ferry service resumes.",
        ],
        [
            "A ferry ran aground near the northern pier of Riverton on Sunday night, the police said.",
            "According to the harbour police, the ferry service will stay closed this week.",
            "Passengers were taken off the ferry by the coast guard within an hour.",
        ],
    ]
    story = make_story(docs)
    summ = CompressedSummarizer()
    budget = Budget(words=40)
    chosen = summ.select(story, budget)
    spans = summ.spans(story, chosen)
    texts = summ.texts(story, chosen)
    assert chosen and sum(len(t.split()) for t in texts) <= 40
    for i, kept, text in zip(chosen, spans, texts, strict=True):
        s = story.sentences[i]
        doc = story.documents[s.doc].text
        assert all(s.start <= a < b <= s.end for a, b in kept)  # spans of ONE sentence, in order
        assert text == "".join(doc[a:b] for a, b in kept)
    assert any(t != story.sentences[i].text for i, t in zip(chosen, texts, strict=True))


def test_compressed_is_an_opt_in_eval_method_and_no_brief_method() -> None:
    from newsbrief import summarize
    from newsbrief.evaluation.command import parse_methods
    from newsbrief.evaluation.methods import get, names

    assert "compressed" in names() and "compressed" not in parse_methods(None)
    assert "compressed" not in summarize.names()
    assert isinstance(get("compressed"), CompressedSummarizer)


def test_rule_names_are_unique() -> None:
    names = [n for n, _ in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "text",
    [
        "''The board is slower (than we hoped) to fix the pier,'' said Mara Quint of the ferry union.",
        "The board named the Riverton Harbour Safety Office (RHSO) to inspect the pier on the river.",
    ],
)
def test_a_quotation_in_double_apostrophes_and_a_defined_acronym_stay(text: str) -> None:
    assert shortened(text) == (text, [])


def test_a_dash_aside_before_a_clause_stays() -> None:
    text = "In a sign of the board's doubts — as well as of the town's — the harbour board voted to wait."
    assert shortened(text) == (text, [])


def test_eval_scores_what_compressed_shows(tmp_path: Path) -> None:
    """Eval reads a method's `texts` (the kept spans): the words counted are the cut sentences'."""
    from newsbrief.cli import main

    docs = [
        "The ferry ran aground near the northern pier of Riverton late on Sunday, officials said. "
        "Mara Quint, a retired ferry captain, steered the damaged boat back to the harbour. "
        "Engineers will inspect the pier and the bridge before the ferry service resumes.",
        "A ferry ran aground near the northern pier of Riverton on Sunday night, the police said. "
        "Passengers were taken off the ferry by the coast guard within an hour.",
    ]
    data = tmp_path / "ferry.jsonl"
    data.write_text(
        json.dumps({"id": "ferry", "documents": docs, "summaries": ["A ferry ran aground."]}) + "\n"
    )
    out = tmp_path / "scores.json"
    args = [
        "eval",
        str(data),
        "--words",
        "30",
        "--methods",
        "default,compressed",
        "--format",
        "json",
        "-o",
        str(out),
    ]
    assert main(args) == 0
    methods = json.loads(out.read_text())["methods"]
    assert set(methods) == {"default", "compressed"}
    assert methods["compressed"]["words_per_summary"] <= 30
