"""A lone unknown capitalised word is a person only with evidence (session 50, names50), on own text."""

from __future__ import annotations

from entity_mentions import mentions as _mentions


def test_names50_the_object_of_a_preposition_is_no_speaker() -> None:
    """Rule lone-word-speaker: "Critics of Quorvex called it": the verb's subject is "Critics", so the
    unknown word gets no person from it and, with no other evidence, is left out."""
    found = _mentions("Critics of Quorvex called it thin. The new phone went on sale in Boston on Monday.")
    assert "Quorvex" not in found, found
    assert found["Boston"] == ("place", ["boston"]), found


def test_names50_a_word_opening_the_reported_clause_is_no_speaker() -> None:
    """Rule lone-word-speaker: "the company said Noble had": the word opens what was said, it does not
    say it; the inverted attribution ('…," said Noble.') still names a speaker."""
    found = _mentions("The company said Noble had taken the stage at the gala on Friday night in Leeds.")
    assert "Noble" not in found, found
    found = _mentions('"We will be back next year," said Noble. The crowd cheered when the band came on.')
    assert found["Noble"] == ("person", ["noble"]), found


def test_names50_a_word_describing_the_named_speaker_is_no_person() -> None:
    """Rule lone-word-speaker: in "said Nobel laureate Henry Kendall" the speaker is the full name after the
    description; the word before it is none."""
    found = _mentions('"The threat is real," said Zorbin laureate Henry Kendall, head of the group.')
    assert "Zorbin" not in found, found
    assert found["Henry Kendall"][0] == "person", found


def test_names50_a_lone_word_before_a_verb_of_saying_stays_a_person() -> None:
    """Rule lone-word-speaker keeps the plain cases: the word as the subject of a verb of saying, after
    "according to", or before an age."""
    found = _mentions(
        "Marlowe said the plan would fail. The vote was close, according to Quennel. Tavish, 44, was "
        "arrested on Friday."
    )
    assert found["Marlowe"] == ("person", ["marlowe"]), found
    assert found["Quennel"] == ("person", ["quennel"]), found
    assert found["Tavish"] == ("person", ["tavish"]), found


def test_names50_the_county_closing_a_from_apposition_is_no_speaker() -> None:
    """Rule lone-word-speaker: in "Kieran, from Bushey, Zorbshire, said" the speaker is Kieran; the
    unknown word closing the "from Town, County," apposition gets no person from the verb."""
    found = _mentions('After it, Kieran, from Bushey, Zorbshire, said: "I have always wanted this."')
    assert "Zorbshire" not in found, found
    assert found["Kieran"] == ("person", ["kieran"]), found
