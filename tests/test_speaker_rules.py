"""Session 17 (issue 15): every speaker comes from a row of one table of named rules, and the brief says
which (`Quote.speaker_rule`, `speaker_rule` in the JSON), so a reader can check the evidence."""

from __future__ import annotations

import json

import jsonschema
import pytest

from newsbrief import brief
from newsbrief.analyze import attribution, coreference
from newsbrief.render import render
from newsbrief.render.json import from_dict
from newsbrief.schema import schema


def _rules(*texts: str) -> dict[str, tuple[str | None, str | None]]:
    b = brief(texts=list(texts), words=40, timings=False)
    return {q.text.strip(" ,."): (q.speaker, q.speaker_rule) for q in b.quotes}


def test_speaker_rule_table_is_ordered_and_named() -> None:
    names = [r.name for r in coreference.SPEAKER_RULES]
    assert names[0] == "demonstrative-source" and names[-1] == "description"
    assert len(set(names)) == len(names)


# the session 16 rules, once branches inside coreference, each named on the quote it decides (the texts
# are those of their session 16 tests)
SESSION16 = [
    (
        "family-surname",
        [
            "Autumn Veatch, 16, called her father, David Veatch, from a hospital on Monday.\n"
            "The small plane she had been traveling in had crashed in the North Cascades on Saturday.\n"
            "Autumn had walked for two days before she reached a road.\n"
            "Veatch was taken to a hospital in Brewster, officials said.\n"
            "Autumn asked for food when her father arrived late Monday.\n"
            "“I hear there’s one down the hill,” "
            "Veatch said."
        ],
        "I hear there’s one down the hill",
        "David Veatch",
    ),
    (
        "name-after-title",
        [
            "The inmate had been on death row for 21 years.\n“At no time did we prevent or prohibit him from "
            "calling the Canadian Embassy,” former Gregg County District Attorney Odis Hill told The "
            "Associated Press."
        ],
        "At no time did we prevent or prohibit him from calling the Canadian Embassy",
        "Odis Hill",
    ),
    (
        "possessive-apposition",
        [
            "Joseph Faulder was granted a stay on Thursday.\nFaulder's niece, Barbara Allen, 39, of Jasper, "
            "Alberta, said she was “very happy and quite relieved tonight” about the stay."
        ],
        "very happy and quite relieved tonight",
        "Barbara Allen",
    ),
    (
        "origin-firm",
        [
            "Quebec votes on Monday.\n“Generally speaking, people feel better economically,” said Jean-Marc "
            "Leger of the Quebec polling firm Leger & Leger."
        ],
        "Generally speaking, people feel better economically",
        "Jean-Marc Leger",
    ),
    (
        "demonstrative-source",
        [
            "A Clinton administration official acknowledged that the embassy in Kenya had received a "
            "specific warning.\n“It is embarrassing and very sad for all of us,” this official said."
        ],
        "It is embarrassing and very sad for all of us",
        "A Clinton administration official",
    ),
    (
        "adverb-before-verb",
        [
            "Asked whether people were getting fair trials, Gov. George Bush quickly and succinctly "
            "responded, “That's what the appellate process is for in this state.”"
        ],
        "That's what the appellate process is for in this state",
        "George Bush",
    ),
    (
        "place-object",
        [
            "NASA plans a mission to Europa.\nDr. Ronald Greeley of Arizona State University in Tempe, a "
            "member of the Galileo science team, said, “The likelihood is that, yes, there are liquid oceans "
            "on Europa.”"
        ],
        "The likelihood is that, yes, there are liquid oceans on Europa",
        "Ronald Greeley",
    ),
    (
        "first-word-here",
        [
            "Li Hongzhi, the founder of Falun Gong, lives in New York. Li Hongzhi has not spoken since "
            "July.\nLi Hongzhi's followers marched in Beijing.",
            "Li Boyong, a delegate to the congress, said deepening reforms in state-owned enterprises will "
            "bring about certain pressure on employment in urban areas in China, but it is within the "
            "handling capacity of the society, and is far from touching off any social unrest in the cities "
            "or in the countryside, where millions of peasants have become idle.\n“But no such disastrous "
            "outcome as predicted by some overseas figures will go off,” Li emphasized.",
        ],
        "But no such disastrous outcome as predicted by some overseas figures will go off",
        "Li Boyong",
    ),
]


@pytest.mark.parametrize(("rule", "texts", "quote", "speaker"), SESSION16, ids=[c[0] for c in SESSION16])
def test_session17_each_session16_rule_is_named_on_the_quote_it_decides(
    rule: str, texts: list[str], quote: str, speaker: str
) -> None:
    assert _rules(*texts)[quote] == (speaker, rule)


def test_session17_the_speaker_rule_names_the_row_or_the_attribution_rule() -> None:
    q = _rules(
        "“The bridge will open in May,” said engineer Tova Lind. “It will carry 4,000 cars a day.”\n"
        "Lind spoke on Monday. “We are on time and on budget for the whole project,” she said."
    )
    assert q["The bridge will open in May"] == ("Tova Lind", "name-in-phrase")
    assert q["It will carry 4,000 cars a day"] == ("Tova Lind", "continued")  # an attribution rule's own
    assert q["We are on time and on budget for the whole project"] == ("Tova Lind", "pronoun-antecedent")
    known = {r.name for r in attribution.RULES} | {r.name for r in coreference.SPEAKER_RULES}
    assert {rule for _, rule in q.values()} <= known


def test_session17_speaker_rule_is_in_the_json_and_reads_back() -> None:
    b = brief(
        texts=["Storm Elsa closed three schools.\n“We had no choice with the roads under water,” said head "
               "teacher Maya Collins."],
        words=40,
        timings=False,
    )  # fmt: skip
    data = json.loads(render(b, "json"))
    jsonschema.validate(data, schema())
    assert [q["speaker_rule"] for q in data["quotes"]] == ["name-in-phrase"]
    assert from_dict(data).quotes == b.quotes
    # a brief saved before session 17 (no speaker_rule) still reads
    for q in data["quotes"]:
        del q["speaker_rule"]
    jsonschema.validate(data, schema())
    assert from_dict(data).quotes[0].speaker_rule is None
