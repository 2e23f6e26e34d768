"""Session 60 (issue 15, speakers60): quotes left with no speaker where the text has the evidence, from a read
of Multi-News+ training stories (`random.Random(6044)`): the quote after "X said." goes on in X's voice."""

from __future__ import annotations

from helpers import speakers

_QUOTE = "it has been a long road for all of us and we are proud of the work"
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
