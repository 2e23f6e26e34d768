"""Session 52 (issue 15, speakers52): a speaker only with evidence, from the fresh read of seed 5243 and the
tuned misses left by session 51."""

from __future__ import annotations

import pytest
from helpers import cased_and_lower, speakers


def _speakers(text: str) -> dict[str, str | None]:
    return speakers(text, lower=True)


_CLIP = (
    "The late-night show poked fun at the new mayor in a short clip that ran on Sunday evening. "
    '"Our harbour is the biggest harbour, believe me," a voiceover says, copying the mayor\'s voice. '
    '"Other harbours are a total disaster."'
)


@pytest.mark.parametrize("text", cased_and_lower(_CLIP), ids=["cased", "caseless"])
def test_voiceover_speaks(text: str) -> None:
    """Speaking head "voiceover" (frozen2-unseen, "a voiceover says"): the voice of a clip is a description
    that speaks, and the quote after it goes on with it."""
    q = _speakers(text)
    assert q["our harbour is the biggest harbour, believe me"] == "a voiceover"
    assert q["other harbours are a total disaster"] == "a voiceover"


_FILING = (
    "The two sides filed their settlement on Monday in the district court after three years of talks. "
    '"The tune is worth far more to the public than to any one owner," states the memorandum in support of '
    "the settlement."
)


@pytest.mark.parametrize("text", cased_and_lower(_FILING), ids=["cased", "caseless"])
def test_memorandum_does_not_speak(text: str) -> None:
    """No speaking head "memorandum" (session 38's choice, kept): speakers52 made "states the memorandum
    in support of …" speak (frozen2-unseen, tuned), and on the lead's blind frozen10 it gave one quote a wrong
    speaker (0 right / 1 wrong there, where the other nine frozen files moved nothing). A memorandum's words
    go to its author when the text names one; with no author, the quote stays unattributed."""
    quote = "the tune is worth far more to the public than to any one owner"
    assert _speakers(text)[quote] is None


_GLUED_CREDIT = (
    "On Sunday the keeper of an online group for the old heron posted a sad note for its many followers. "
    "The heron was shot by a hunter near the lake, the group said. "
    'Credit Tom Varek "the heron is gone," the statement said, which blamed the park board and said its '
    'members "simply do not care about the birds at all."'
)


# case-less text (Multi-News+) keeps a sentence's first capital: "Credit joe esposito"
_GLUED_CREDIT_CASELESS = _GLUED_CREDIT.lower().replace("credit tom", "Credit tom")


@pytest.mark.parametrize("text", [_GLUED_CREDIT, _GLUED_CREDIT_CASELESS], ids=["cased", "caseless"])
def test_photo_credit_is_no_speaker(text: str) -> None:
    """Rule photo-credit (multinews-train-39310: "Credit joe esposito "…," the statement said, … and said …"
    gave the statement's words to the photographer): a name right after a glued photo credit is no speaker."""
    q = _speakers(text)
    assert q["simply do not care about the birds at all"] is None
    assert q["the heron is gone"] == "the statement"


def test_photo_credit_is_no_verb_of_crediting() -> None:
    """Only a capitalised credit word (a caption's or a sentence's first word) sets a name off: the verb
    in "the keeper credits X, who said …" leaves X the speaker."""
    text = (
        "The old keeper credits Tom Varek, who said on Monday that the board members "
        '"simply do not care about the birds at all."'
    )
    assert _speakers(text)["simply do not care about the birds at all"] == "Tom Varek"


_ACTED_ON = [
    'Protesters demanding Mayor Tom Reyes resign said the city "has failed every family here for years."',
    'Fans cheering Tom Reyes said the late goal "was the best thing to happen to this town in years."',
    'Officials briefing Tom Reyes on Monday said the plan "was a clear win for every family here."',
]


@pytest.mark.parametrize("text", _ACTED_ON)
def test_participle_object_is_no_speaker(text: str) -> None:
    """Rule participle-object (training census: "Syrian rebels fighting to topple president bashar assad say
    …" gave the rebels' words to Assad): the name a participle after the subject's noun acts on is not the
    speaker; the words stay unattributed rather than his."""
    assert list(speakers(text).values()) == [None]


@pytest.mark.parametrize(
    "opening",
    [
        "The visiting Prime Minister Tom Reyes",  # a participle with no noun before it is an adjective
        "A man identifying himself as Tom Reyes",  # "as" names the speaker himself
        "Tom Reyes, thanking Ada Brook for her help,",  # the name heads the phrase
    ],
)
def test_participle_object_leaves_the_subject(opening: str) -> None:
    """Rule participle-object reads only a noun's participle and its object: the speaker named as the subject
    keeps the words."""
    text = opening + ' said the plan "was a clear win for every family on this street."'
    assert list(speakers(text).values()) == ["Tom Reyes"]


_SEOUL = "South Korean President Song Ha-yun met the envoy in Seoul on Monday. "


@pytest.mark.parametrize(
    "attribution",
    [
        'President Song said she was "tired of the endless threats from across the border."',
        '"We are tired of the endless threats from across the border," said President Song.',
    ],
)
def test_titled_family_name(attribution: str) -> None:
    """Rule titled-family-name (issue 15, left open by session 51: "President Park said she was tired" named
    no one): a title and the family name written first ("Song Ha-yun"), an ordinary word the entity pass
    leaves alone, is the one person the document names so."""
    assert list(speakers(_SEOUL + attribution).values()) == ["Song Ha-yun"]


_VISIT = (
    "After meeting the town's mayor, Tom Reyes, the governor Al Brook left the hall without a word. "
    '"We cannot go on like this for another year," he said.'
)


def test_opening_apposition_is_no_subject() -> None:
    """Rule opening-apposition (training census: "When President Obama first warned Syria's leader, President
    Bashar al-Assad, that …, Mr. Obama took …. "…," he said" gave Obama's words to Assad): the name set off
    after an opening phrase that ends on a role noun belongs to that phrase; the subject after it is the
    he."""
    assert speakers(_VISIT)["We cannot go on like this for another year"] == "Al Brook"


def test_opening_apposition_needs_a_role_noun() -> None:
    """After an opening that ends on no role noun ("When asked,"), the name after the comma is the subject."""
    text = 'When asked, Tom Reyes, the mayor, told Ada Brook he was done. "We cannot go on," he said.'
    assert speakers(text)["We cannot go on"] == "Tom Reyes"


@pytest.mark.parametrize(
    "opening",
    ["As the city's mayor, Tom Reyes, 54,", "Despite his role as mayor, Tom Reyes, 54,"],
)
def test_opening_apposition_leaves_the_subject_own_role(opening: str) -> None:
    """An opening that names the subject's own role ("As the city's mayor,", "… as mayor,") is no object's
    apposition: the name after it is the subject and the he."""
    text = opening + ' met Al Brook on Monday. "We cannot go on," he said.'
    assert speakers(text)["We cannot go on"] == "Tom Reyes"
