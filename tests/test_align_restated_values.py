"""A value restated in another measure ("fell 212.40 points, or 2.8 %, to 7,410.55") and one measure in two
spellings ("75 pounds" / "75 lbs") are the same values to align (issue 14, recall44); texts written for
these tests."""

from __future__ import annotations

from align_texts import kinds_and_rules

from newsbrief.align.features import clause_spans
from newsbrief.analyze.numbers import counts


def test_or_value_opens_no_clause() -> None:
    # rule `or-value`: ", or 2.8 %" restates the value before it; ", or he ..." still opens a clause
    text = "The Harwick index closed down 212.40 points, or 2.8 %, to 7,410.55, as traders sold shares."
    assert len(clause_spans(text)) == 1
    assert len(clause_spans("The mayor may resign this week, or he may call a vote in June.")) == 2


def test_a_value_restated_in_percent_is_one_fact_with_its_level() -> None:
    # rule `range-comma`: "2.8 %, to 7,410.55" is a share and a level, no range from 2.8; the two values
    # written alike make one claim (`same-numbers`)
    got = kinds_and_rules(
        "The Harwick index closed down 212.40 points, or 2.8 %, to 7410.55, as traders sold bank shares and "
        "bought the Eastbrook dollar, which rose.",
        "Photo after falling nearly 300 points during the day, the Harwick index ended with a loss of 212.40 "
        "points, or 2.8 %, at 7,410.55.",
    )
    assert got == [("fact", "rule:same-numbers")]


def test_a_range_is_still_no_two_values() -> None:
    # the ends of a range written without a comma stay a range (`same_numbers` counts neither end)
    from newsbrief.align.pairs import _RANGE_TEXT

    assert [m.groups() for m in _RANGE_TEXT.finditer("prices rose 3 percent to 5 percent")] == [("3", "5")]
    assert [m.groups() for m in _RANGE_TEXT.finditer("between 1,200 and 1,500 men")] == [("1,200", "1,500")]
    assert list(_RANGE_TEXT.finditer("down 212.40 points, or 2.8 %, to 7,410.55")) == []
    assert list(_RANGE_TEXT.finditer("12, and 15 were hurt")) == []


def test_one_measure_in_two_spellings_is_one_unit() -> None:
    # rule `unit-alias`
    def unit(text: str) -> str:
        return counts(text)[0].unit

    assert unit("The dog weighs 75 pounds.") == unit("The dog weighs about 75 lbs.")
    assert unit("a depth of ten kilometres") == unit("a depth of 10 kilometers") == unit("a depth of 10 km")
    assert unit("He owes 53 million dollars.") == unit("He owes $53 million.")
    assert unit("a 40-kilometre march") == unit("a 40 km march")
    assert unit("a wall six feet high") == unit("a 6-foot wall")


def test_a_big_number_is_read_whole() -> None:
    # rule `whole-number`: a decimal level is not read as the head of its digits
    from newsbrief.align.features import _BIG_NUMBER

    assert [m.group() for m in _BIG_NUMBER.finditer("closed at 10733.83, as traders sold")] == []
    assert [m.group() for m in _BIG_NUMBER.finditer("86,000 troops and 12345 others")] == ["86,000", "12345"]
