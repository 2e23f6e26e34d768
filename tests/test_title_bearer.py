"""Rule title-fits-bearer (`entities`): a surname after a title joins only the full name it fits."""

from __future__ import annotations

from newsbrief import brief
from newsbrief.analyze import find_entities
from newsbrief.analyze.entities import _spelling_variants
from newsbrief.model import RawDoc
from newsbrief.pipeline import prepare_story

_TOWN = (
    "The town council met on tuesday to talk about the old mill on river road. The roof of the mill fell "
    "in during the storms of last winter. Some residents want it torn down, others want a market hall. "
)


def _bearer(texts: list[str], surface: str, doc: int) -> str | None:
    """The entity whose mention in document `doc` is written `surface` (its first such mention, the
    words before it included: "Mrs. Clinton" is the mention "Clinton" after "Mrs. ")."""
    story = prepare_story([RawDoc(id=str(i), source=str(i), raw=t) for i, t in enumerate(texts)])
    for e in find_entities(story).entities:
        for m in e.mentions:
            text = story.documents[doc].text
            if m.doc == doc and text[: m.end].endswith(surface) and surface.endswith(text[m.start : m.end]):
                return e.name
    return None


def test_an_office_joins_the_bearer_the_story_gives_it() -> None:
    """ "President Obama" is the one written "President Barack Obama", not "First Lady Michelle Obama", the
    story's most-named Obama (a training-file story gave the president's toast to Michelle Obama)."""
    first = (
        "First Lady Michelle Obama smiled at the lunch. Michelle Obama wore blue. President Barack Obama "
        "spoke to the speaker of the house."
    )
    second = (
        "On Monday, President Obama and Vice President Joe Biden offered toasts. The president noted that "
        'there were "profound differences in this room," and he thanked everyone.'
    )
    assert _bearer([first, second], "Obama", 1) == "Barack Obama"
    b = brief(texts=[first, second], words=40, timings=False)
    assert [q.speaker for q in b.quotes] == ["Barack Obama"]
    lost = [_TOWN + first.lower(), _TOWN + second.lower()]
    assert _bearer(lost, "president obama", 1) == "Barack Obama"


def test_a_title_two_bearers_fit_or_none_fits_stays_as_written() -> None:
    """No office the story gives either Trump, and "Mr" fits both men: "Trump" is no one's full name."""
    text = (
        "Donald Trump spoke on Monday. Donald Trump spoke again on Tuesday. Eric Trump spoke on Wednesday. "
        "Later, Mr. Trump said little. Senator Trump was not in the room."
    )
    assert _bearer([text], "Mr. Trump", 0) == "Trump"
    assert _bearer([text], "Senator Trump", 0) == "Trump"
    # the gendered title picks the one bearer it fits, in either case
    clinton = (
        "Bill Clinton spoke first. Bill Clinton spoke again. Hillary Clinton spoke next. Mrs. Clinton left."
    )
    assert _bearer([clinton], "Mrs. Clinton", 0) == "Hillary Clinton"
    lost = _TOWN + "gary wilson, 61, spoke first. jane wilson, 58, spoke next. Later mr. wilson left."
    assert _bearer([lost], "mr. wilson", 0) == "Gary Wilson"


def test_one_bearer_written_two_ways_keeps_the_link() -> None:
    """Rule spelling-variant: "Mohamed Morsi" and "Mohammed Morsi" are one man, so "Mr. Morsi" is him; a
    sentence ending on an office ("... governor.") gives the next sentence's surname no title."""
    text = (
        "Mohamed Morsi spoke in Cairo on Monday. Mohammed Morsi was elected last year. Crowds cheered Mr. "
        "Morsi on Tuesday."
    )
    assert _bearer([text], "Mr. Morsi", 0) in ("Mohamed Morsi", "Mohammed Morsi")
    davis = (
        "Jeff Davis left early on Monday. Wendy Davis spoke on Monday. Wendy Davis ran for governor.\n"
        "Davis said little."
    )
    assert _bearer([davis], "Davis", 0) == "Wendy Davis"


def test_a_man_s_title_is_not_the_only_bearer_if_she_is_a_woman() -> None:
    """Rule title-not-woman: "Mr. Obama" is not Michelle Obama, the story's only Obama in full."""
    text = "Michelle Obama visited the school on Monday. Later, Mr. Obama spoke to the pupils."
    assert _bearer([text], "Mr. Obama", 0) == "Obama"
    assert _bearer([text.replace("Mr.", "Mrs.")], "Mrs. Obama", 0) == "Michelle Obama"


def test_one_first_name_transliterated_two_ways_keeps_the_link() -> None:
    """Rule transliterated-first-name: "Vladimir" and "Volodymyr Katriuk" are one man (one initial, the
    consonants "vldmr"), so "Mr. Katriuk" is him; "Tim" and "Tom" (a skeleton too short) stay two."""
    text = (
        "Vladimir Katriuk lived on a farm near Montreal. Volodymyr Katriuk was born in Ukraine. Reporters "
        "found Mr. Katriuk at home."
    )
    assert _bearer([text], "Mr. Katriuk", 0) in ("Vladimir Katriuk", "Volodymyr Katriuk")
    brothers = "Tim Walsh ran the shop on Monday. Tom Walsh ran it on Tuesday. Later, Mr. Walsh closed it."
    assert _bearer([brothers], "Mr. Walsh", 0) == "Walsh"


def test_two_listed_or_differently_sexed_first_names_are_not_one_name_transliterated() -> None:
    """Rule transliterated-first-name (review46): "Kristen" and "Kristin" (both listed given names) or
    "Marilyn" and "Marlon" (a woman's and a man's) share a skeleton but are two people: "Ms. Moss" stays
    as written."""
    cousins = (
        "Kristen Moss teaches math. Kristin Moss, her cousin, teaches art. Later, Ms. Moss closed the school."
    )
    assert _bearer([cousins], "Ms. Moss", 0) == "Moss"
    assert not _spelling_variants(["Marilyn Vale", "Marlon Vale"])
    assert _spelling_variants(["Vladimir Katriuk", "Volodymyr Katriuk"])
