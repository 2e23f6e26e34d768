"""Session 50's people50 cases (issue 15): a maker before a work's noun, a body's voice; text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions

# lower-cased places spoken of, so the story reads as one that lost its case
_CASELESS = (
    "Officials in boston said on tuesday that the hall had been full, and critics in los angeles said the "
    "night ran late. "
)


def test_people50_a_maker_before_a_work_noun_stays_a_person() -> None:
    """Rule maker-work: "a Martin Kowalczyk movie" is a film by or with that person, so the name stays his
    in every mention; "the Harbour Nights sequel" is still a work, left out."""
    text = (
        "Nobody wants to see a Martin Kowalczyk movie this winter, the critic wrote. Martin Kowalczyk said "
        "on Monday that he was sorry, and the studio cut the Harbour Nights sequel from its list."
    )
    found = _mentions(text)
    assert found["Martin Kowalczyk"][0] == "person", found
    assert found["Martin Kowalczyk"][1].count("martin kowalczyk") == 2, found
    assert "Harbour Nights" not in found, found


def test_people50_spoken_it_needs_a_body_s_own_voice() -> None:
    """Rule spoken-it: "adele said it was an honour" (the "it" a thing) leaves the singer a person named by
    one name; "chelsea said it would appeal" and "tiffany said its sales rose" are still a body's voice."""
    singer = (
        "The awards were handed out on monday night after a long wait. " + _CASELESS + "adele said it was "
        "an honour to win, and adele thanked her band. The tour would open in london in october."
    )
    assert _mentions(singer)["Adele"][0] == "person"
    bodies = (
        "The fine was set on monday after a long hearing. " + _CASELESS + "chelsea said it would appeal the "
        "fine, and chelsea added that the player was hurt. tiffany said its sales rose, and tiffany said "
        "more later. The tour would open in london in october."
    )
    found = _mentions(bodies)
    assert not {"Chelsea", "Tiffany"} & set(found), found


def test_people50_a_body_that_will_not_comment_is_no_person() -> None:
    """Rule spoken-it: "lindsay said it didn't want to comment" (and a quote mark before the verb: "it will
    "fully comply"") is a body's voice; "lindsay said on monday that ..." alone is the person's."""
    tail = ", and lindsay added that the player was hurt. The tour would open in london in october."
    opening = "The fine was set on monday after a long hearing. " + _CASELESS
    for said in (
        "said it didn't want to comment on the fine",
        'said it will " fully comply " with the ruling',
    ):
        assert "Lindsay" not in _mentions(opening + "lindsay " + said + tail), said
    assert (
        _mentions(opening + "lindsay said on monday that the fine was fair" + tail)["Lindsay"][0] == "person"
    )
