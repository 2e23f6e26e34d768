"""Session 58 (issue 15, speakers58): speakers on text never seen, from a read of Multi-News+ training
stories (`random.Random(5845)`): a role after a pair of people names neither."""

from __future__ import annotations

from helpers import speakers

_AFTER = " the city council met later that week and voted on a new budget for the coming year."


def test_a_role_after_a_pair_of_people_names_neither() -> None:
    """Rule pair-role: "nora price and owen blake are expecting … "…," the comedy star, 33, told people"
    may be either of the pair: the description stands, not the one named last."""
    text = (
        "nora price and owen blake are expecting their first child, a rep confirmed on monday. "
        '"there is definitely a chance, no plans yet, " the comedy star, 33, told people last fall.' + _AFTER
    )
    assert speakers(text, lower=True)["there is definitely a chance, no plans yet"] == "the comedy star"


def test_a_pair_the_role_s_gender_rules_out_stays_named() -> None:
    """Rule pair-role stands down where the pair's other member is of the gender the role rules out:
    "matthew and camila vance … the actor" is Matthew."""
    text = (
        "matthew vance and camila vance welcomed a son on monday, the couple said. "
        '"god bless, just keep living, " the actor, 42, wrote online.' + _AFTER
    )
    assert speakers(text, lower=True)["god bless, just keep living"] == "Matthew Vance"
