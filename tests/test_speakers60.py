"""Session 60 (issue 15, speakers60): quotes left with no speaker where the text has the evidence, from a read
of Multi-News+ training stories (`random.Random(6044)`): the quote after "X said." goes on in X's voice."""

from __future__ import annotations

from helpers import speakers

_QUOTE = "it has been a long road for all of us and we are proud of the work"
_AFTER = " the city council met later that week and voted on a new budget for the coming year."
_OPEN = "the state health board closed two of its offices on monday after a long review of the budget. "
_LEAD = 'the mayor spoke at the opening on friday. "we finally have a bridge, " carla maddox said. '


def test_a_quote_after_x_said_goes_on_when_the_next_sentence_moves_on() -> None:
    """Rule narrative-moves-on: ""…," carla maddox said. "…" peter hale of the county board was not at the
    opening, and the road stays closed until june." is Maddox's: the sentence naming Hale is narrative with
    no verb of saying."""
    text = (
        _LEAD + f'"{_QUOTE}. " peter hale of the county board was not at the opening, and the road to the '
        "bridge stays closed until june."
    )
    assert speakers(text, lower=True)[_QUOTE] == "Carla Maddox"


def test_a_next_sentence_that_answers_or_sets_itself_against_the_quote_still_stops_it() -> None:
    """Rule narrative-moves-on stands down for a reply, a verb of saying, a sentence set against the quote (a
    digest's next item: "… held a different tune."), a short beat, and a quote naming the previous speaker."""
    for after in (
        "peter hale of the county board said the road to the bridge stays closed until june.",
        "the county board's chairman, peter hale, held a different tune about the bridge on monday.",
        "peter hale of the county board shook his head.",
    ):
        assert speakers(_LEAD + f'"{_QUOTE}. " ' + after, lower=True)[_QUOTE] is None, after
    quote = "maddox has been on this road for a long time and we are proud of the work"
    text = (
        _LEAD + f'"{quote}. " peter hale of the county board was not at the opening, and the road stays shut.'
    )
    assert speakers(text, lower=True)[quote] is None


def test_a_two_word_name_a_role_in_another_form_describes_is_the_speaker() -> None:
    """Rule role-form-apposed: ""…," said teri vandome, president and ceo of the clinic" (a company officer's
    initials), "…, co-founder of …" (a compound role) and "…, of the harbor group." describe the two words
    before as a person; a bare comma and a verb do not."""
    quote = "our primary concern today is our patients and our staff"
    for after in ("president and ceo of the clinic", "co-founder of the clinic", "of the harbor group"):
        text = _OPEN + f'"{quote}, " said teri vandome, {after}.' + _AFTER
        assert speakers(text, lower=True)[quote] == "Teri Vandome", after
    text = _OPEN + f'"{quote}, " said teri vandome, closing the door.' + _AFTER
    assert speakers(text, lower=True)[quote] is None


def test_a_listed_first_name_and_a_title_word_before_an_apposition_is_a_name() -> None:
    """Rule first-then-title-word: ""…," said jim king, the national director of the group" is Jim King;
    not without the apposition after it."""
    quote = "it is not anything she did and we will miss her"
    text = _OPEN + f'"{quote}, " said jim king, the national director of the group.' + _AFTER
    assert speakers(text, lower=True)[quote] == "Jim King"
    text = _OPEN + f'"{quote}, " said jim king.' + _AFTER
    assert speakers(text, lower=True)[quote] is None
