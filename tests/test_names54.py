"""Entities that hold on text never seen (session 54, names54), on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions

# a story as Multi-News+ gives it: lower-cased, a capital only where the lower-caser saw a sentence start
_LOWER = (
    "The trade talks resumed in geneva on tuesday after a week of delays, officials said. "
    "The negotiators met for six hours and agreed to meet again next month, a spokesman said. "
)


def test_names54_a_country_cased_english_writes_in_lower_case_too_is_the_place_with_evidence() -> None:
    """Rule ordinary-place: "china", "turkey" (words cased English writes in lower case too, so listed-name
    leaves them) are the places where the story writes their people ("chinese officials"), after a place's
    preposition with the name ending there ("a trip to turkey."), or in the possessive ("dubbed china's")."""
    found = _mentions(
        _LOWER + "Chinese officials said china would not budge, and the talks moved on to tariffs. "
        "A minister said she planned a trip to turkey. The press dubbed china's offer a first step."
    )
    assert found["China"] == ("place", ["china", "china"]), found
    assert found["Turkey"] == ("place", ["turkey"]), found


def test_names54_an_ordinary_word_stays_ordinary_without_evidence() -> None:
    """Ordinary-place reads no place after a determiner or a modifier ("a turkey", "the guinea worm", "bone
    china") nor before a noun the word names a kind of ("guinea pig", "turkey dinner"), even in a story
    writing "chinese" and "turkish"."""
    found = _mentions(
        _LOWER + "Chinese and turkish cooks served a turkey on bone china at the summit dinner. "
        "The lab kept a guinea pig, and the guinea worm talk ran late. Then a turkey dinner was served."
    )
    assert "China" not in found and "Turkey" not in found and "Guinea" not in found, found


def test_names54_an_article_and_a_place_before_a_school_name_a_kind_of_school() -> None:
    """Rule place-school-kind: "a florida high school" is a kind of school in Florida, no school's name
    (before: the organisation "Florida High School"), a school's sort between or not ("a texas catholic high
    school"); a school named by its own words keeps its name."""
    found = _mentions(
        _LOWER + "A gunman killed nine people at a florida high school last year, the report said. "
        "Students at harwell ridge high school held a vigil on friday, the principal said. A teacher at a "
        "texas catholic high school spoke."
    )
    assert found["Florida"] == ("place", ["florida"]), found
    assert "Florida High School" not in found and "Texas Catholic High School" not in found, found
    assert found["Texas"] == ("place", ["texas"]), found
    assert found["Harwell Ridge High School"][0] == "organization", found


def test_names54_us_after_the_is_the_country() -> None:
    """Rule the-us: "us" after "the" is the United States written without its stops (the pronoun takes no
    article), read as "u.s." by every rule: the place, and the body it opens ("the us department of
    agriculture"); "us" elsewhere stays the pronoun."""
    found = _mentions(
        _LOWER + "The beetle has spread to 24 states of the us, the report said. The us department of "
        "agriculture has studied it since 2002. The rangers told us the woods were closed."
    )
    assert found["United States"] == ("place", ["us"]), found
    assert found["U.S. Department of Agriculture"] == ("organization", ["us department of agriculture"]), (
        found
    )


def test_names54_a_given_name_after_a_kin_noun_is_a_person() -> None:
    """Rule kin-name: a kin noun or "friend", a comma or not, then a listed first name no ordinary word ("his
    wife, jane,", "her husband mike and") is a person; not an ordinary word ("son sue over a typo") nor a
    name after "named" ("a chimpanzee named tommy")."""
    found = _mentions(
        _LOWER + "He was joined by his wife, jane, at the hotel. Her husband mike and the children came "
        "later. A chimpanzee named tommy was there. A mother and son sue over a typo."
    )
    assert found["Jane"] == ("person", ["jane"]), found
    assert found["Mike"] == ("person", ["mike"]), found
    assert "Tommy" not in found and "Sue" not in found, found


def test_names54_a_first_head_before_of_is_no_body_cut_at_its_head() -> None:
    """Rule of-name-cut: a first head ("department") before "of" whose of-name reading failed is no body cut
    at its head: "her hr department of the photo" names no "Hr Department"."""
    found = _mentions(_LOWER + "She told her hr department of the photo on friday, the report said.")
    assert not any("Department" in name for name in found), found


def test_names54_a_data_place_before_a_demonym_is_no_place() -> None:
    """Rule data-place-demonym: a name only the place data lists ("Roman", a town in Romania) right before a
    people's or a faith's word ("Roman Catholic") is that word's modifier, no place; "Zagreb" stays one."""
    found = _mentions(
        "The Roman Catholic bishops of Croatia met in Zagreb on Monday. Roman Catholics from the coast "
        "joined them, and the Vatican sent an envoy to the meeting, officials said."
    )
    assert "Roman" not in found, found
    assert found["Zagreb"][0] == "place", found
