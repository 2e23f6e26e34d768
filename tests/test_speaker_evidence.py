"""Speakers only with evidence (issue 15, session 43): each test is one named rule, from a training-file
fresh read (Random(4343)) or a known miss, with text written for the test."""

from __future__ import annotations

import pytest

from newsbrief import brief

# case-less text (Multi-News+ style): enough of it that the story reads as case-less
_TOWN = (
    "The town council of millbrook met on tuesday to talk about the future of the old mill on river road. "
    "The building has stood empty for eleven years and its roof fell in during the storms last winter. "
    "Some residents want it torn down, while others want it turned into a market hall for local growers. "
    "The council said it would decide before the end of the year, after a survey of the site. "
)


def _speakers(*texts: str) -> dict[str, tuple[str | None, str | None]]:
    b = brief(texts=list(texts), words=40, timings=False)
    return {q.text.strip(" ,."): (q.speaker, q.speaker_rule) for q in b.quotes}


def test_caseless_name_before_a_colon_and_a_quote_leads_the_next_quote() -> None:
    """Rule leads-next in caseless-name (fresh read, multinews-train-41817: a church president's message
    went to the spokesman named after it): ""…." eric hawkins, a church spokesman, said: "…"": a long
    subject, its verb, a colon and a quote mark introduce the next quote, not the one before."""
    q = _speakers(
        _TOWN + "Before the meeting, the council's chairman, thomas s. ward, sent out a message that seemed "
        'directed at the growers: "we will keep the mill for the town and for its growers. " peter olsen, a '
        'council spokesman, said: "no decision has been made yet.'
    )
    assert q["we will keep the mill for the town and for its growers"][0] != "Peter Olsen"
    assert q["no decision has been made yet"][0] == "Peter Olsen"


def test_a_bare_surname_of_two_full_named_people_is_the_surname_as_written() -> None:
    """Rule surname-of-several (fresh read, multinews-train-33942: a mother's words went to her infant
    daughter, the last full name with the surname): "Okafor" after "jane okafor" and "sam okafor" could be
    either, and no one of them spoke before: the surname as the text writes it, not the nearest bearer."""
    text = (
        _TOWN + "Jane okafor, 31, is charged over the death of her son, 2-year-old sam okafor, in june. "
        'Okafor was inside the shop for four hours. " no hurry, " she told the clerk, according to police.'
    )
    assert _speakers(text)["no hurry"][0] == "Okafor"


def test_the_role_is_not_the_person_the_text_says_died() -> None:
    """Rule role-the-dead (fresh read, multinews-train-7636: "The coroner called the labelling
    "inadequate"" went to the girl whose death the inquest heard): the person last named is one the
    document says died, so "the coroner" stays the description."""
    text = (
        "An inquest into the death of a teenager who fell ill on a flight ended on Friday in London. "
        "Mia Hart, who had a severe nut allergy, died after eating a cake she had bought at an airport cafe. "
        'The coroner called the cafe\'s allergy labelling "inadequate" on the last day of the inquest.'
    )
    assert _speakers(text)["inadequate"][0] == "The coroner"


_LIBRARY = (
    "The city council of Brockton voted on Tuesday to close the old library on Main Street. Mayor Ellen Holt "
    "pushed for the vote.\n"
)


@pytest.mark.parametrize(
    "subject",
    [
        "Holt – along with council member Dana Price –",
        "Holt — together with Dana Price —",
        "Holt, along with Dana Price,",
        "Holt, and her critics on the council,",
        "Holt, as well as council member Dana Price,",
    ],
)
def test_an_aside_adding_a_second_speaker_gives_the_quote_to_no_one_of_them(subject: str) -> None:
    """Rule joint-aside (issue 15's known miss: "Holt – along with Dana Price – said" and "Holt, and her
    critics, said" gave Holt alone): an aside between the subject and its verb that adds a speaker makes
    two speakers, and the quote has one: none (joint-speakers), never the first alone."""
    text = f"{_LIBRARY}“We cannot keep a building open that nobody uses,” {subject} said."
    assert list(_speakers(text).values()) == [(None, "joint-speakers")]


def test_an_aside_that_adds_no_speaker_leaves_the_subject() -> None:
    """Rule joint-aside reads only an aside that adds a speaker: "Holt, a council member, said" and "Holt –
    who chairs the council – said" stay Holt's."""
    for subject in ("Holt, who chairs the council,", "Holt – who chairs the council –"):
        text = f"{_LIBRARY}“We cannot keep a building open that nobody uses,” {subject} said."
        assert [s for s, _ in _speakers(text).values()] == ["Ellen Holt"]


def test_a_show_title_is_no_speech_of_the_sentences_source() -> None:
    """Rule according-after-title (fresh read, multinews-train-29398: a talk show's title went to "several
    people" named by "according to" at the end of its sentence): "according to" after other words names
    the source of the whole sentence, not a speaker of the title set off after "show,"."""
    text = (
        _TOWN + 'the mayor is preparing to return to her radio show, " mornings with anna and paul, " and '
        "move past the row, according to several people close to the station."
    )
    assert "mornings with anna and paul" not in _speakers(text)


def test_a_caseless_name_someone_calls_himself_is_no_speech() -> None:
    """Rule self-named-first-name (fresh read, multinews-train-42587: "a facebook user who called himself
    " eugene terrorblanche "" became a police spokesman's speech): in case-less text a known first name
    opening at most three words after "called himself" is the name he gives himself."""
    text = (
        _TOWN + "Police spokesman peter olsen said yesterday that officers called him after reading a sunday "
        "times report which stated that the photograph featured on the profile of a facebook user who called "
        'himself " william terrorblanche ". " i was told that the photograph came to light in 2007. "'
    )
    q = _speakers(text)
    assert "william terrorblanche" not in q
    assert q["i was told that the photograph came to light in 2007"][0] == "Peter Olsen"
