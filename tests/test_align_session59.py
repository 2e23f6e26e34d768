"""Session 59 (issue 14, facts59): `claim-frame` with the allegation on both sides. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from align_texts import cited

from newsbrief.align.facts_apart import apart

_CLAIM = "Dana Whitcombe stole 2 million dollars from the Harwick pension fund"


def _words(text: str) -> str:
    return " " + text.lower().replace(",", "").rstrip(".") + " "


@pytest.mark.parametrize(
    "other",
    [
        f"{_CLAIM}, prosecutors said.",
        f"{_CLAIM}, according to prosecutors.",
        f"{_CLAIM}, the prosecutors charged on Monday.",
    ],
)
def test_an_allegation_given_to_the_same_party_on_both_sides_is_one_fact(other: str) -> None:
    """Rule `claim-frame` (`facts_apart._claim_frame`): "Prosecutors allege that X" and "X, prosecutors said"
    are one allegation attributed alike: not told apart, and cited."""
    framed = f"Prosecutors allege that {_CLAIM}."
    assert apart(_words(framed), _words(other)) == ""
    assert cited(framed, other)


def test_an_allegation_is_still_not_another_partys_statement_nor_the_outlets() -> None:
    framed = _words(f"Prosecutors allege that {_CLAIM}.")
    assert apart(framed, _words(f"{_CLAIM}, police said.")) == "claim-frame"
    assert apart(framed, _words(f"{_CLAIM}.")) == "claim-frame"
    # a pronoun names no party to match: the frame stays one-sided
    assert apart(_words(f"They claimed that {_CLAIM}."), _words(f"{_CLAIM}, they said.")) == "claim-frame"
    # a side's saying: "critics say" / "according to critics"
    toll = "the new Harwick bridge toll will hurt low-income commuters the most"
    assert apart(_words(f"Critics say {toll}."), _words(f"{toll}, according to critics.")) == ""
    assert apart(_words(f"Critics say {toll}."), _words(f"{toll}.")) == "claim-frame"


def test_an_adverb_between_the_party_and_its_claim_is_no_party() -> None:
    """Rule `claimant-past-adverb` (session 60, facts60): "Prosecutors also allege that X" gives the claim to
    the prosecutors, not to "also": "X, prosecutors said" is the same allegation; another party differs."""
    for framed in (
        f"Prosecutors also allege that {_CLAIM}.",
        f"Prosecutors have repeatedly claimed that {_CLAIM}.",
    ):
        assert apart(_words(framed), _words(f"{_CLAIM}, prosecutors said.")) == "", framed
        assert apart(_words(framed), _words(f"{_CLAIM}, police said.")) == "claim-frame", framed


def test_a_noun_or_a_name_in_ly_is_the_party_not_an_adverb() -> None:
    """review60: `claimant-past-adverb` passed over every word in "-ly", so "The family alleges that X" gave
    the claim to "the" (no party) and "X, the family said" was told apart as another party's; likewise "in
    Italy", "Dr. Kelly". After a determiner, a preposition or a title the word is the party itself."""
    for party in ("the family", "officials in Italy", "Dr. Kelly"):
        said = party.split()[-1]
        framed = _words(f"{party} alleges that {_CLAIM}.").replace(".", "")
        assert apart(framed, _words(f"{_CLAIM}, {said} said.")) == "", party
        assert apart(framed, _words(f"{_CLAIM}, police said.")) == "claim-frame", party
    framed = _words(f"Prosecutors publicly allege that {_CLAIM}.")
    assert apart(framed, _words(f"{_CLAIM}, prosecutors said.")) == ""
