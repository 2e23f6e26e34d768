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


def test_a_sentence_opening_on_but_names_no_new_speaker() -> None:
    """Rule contrast-opens: ""… of the law." but mr. webb has pleaded guilty …" sets itself against the
    quote: the quote after "… mr. carver wrote on twitter." goes on as his."""
    text = (
        'the lawyer spoke out on saturday. "the client is not implicated in any violation, " '
        'lawyer dan carver wrote on twitter. "no prosecutor would build a case on a reading like that." '
        "but mr. webb has pleaded guilty under that reading of the law, and the case goes on." + _AFTER
    )
    assert (
        speakers(text, lower=True)["no prosecutor would build a case on a reading like that"] == "Dan Carver"
    )


def test_a_sentence_leading_the_next_quote_in_names_its_speaker_not_this_one() -> None:
    """Rule next-intro: ""… i regret it." filip bondy, the freelancer who wrote it, said, "…"": the name
    speaks the next quote; the one before goes on as the editor's."""
    text = (
        'the paper apologized on monday. "it was a bad idea from the start, " said wendell jamison, the '
        'editor who runs the section. "it was meant well, but it fell flat. and i regret it." filip bondy, '
        'the freelancer who wrote the story, said, "sorry, sorry, sorry to everyone."' + _AFTER
    )
    assert (
        speakers(text, lower=True)["it was meant well, but it fell flat. and i regret it"]
        == "Wendell Jamison"
    )


def test_a_description_ending_on_a_named_speaker_s_surname_is_that_speaker() -> None:
    """Rule surname-known-speaker: ""…" abadi said in a statement" in one article, "prime minister haider
    al-abadi said" in another: the named speaker whose surname (an article particle aside) ends the phrase;
    not "the wife of abadi" (a relation)."""
    named = (
        'the army took the old mosque on thursday after a long siege. "the return of the mosque marks the '
        'end of their state, " prime minister haider al-abadi said in a statement.' + _AFTER
    )
    quote = "we will fight them until the last one is killed or brought to justice"
    for who, speaker in (
        ("abadi said in a statement.", "Haider Al-Abadi"),
        ("the wife of abadi said.", None),
    ):
        other = (
            f'forces took the mosque in the old city on thursday, the army said. "{quote}, " {who}' + _AFTER
        )
        assert speakers(named, other, lower=True)[quote] == speaker


def test_a_pronoun_is_no_one_its_own_sentence_names_after_it() -> None:
    """Rule pronoun-binds-name: "he said anyone … should look at bannon first because of his "…"" — the he
    who leads into the quote is not Bannon, whom his own sentence names after him; another sentence's he
    still goes on as Bannon."""
    lead = "the radio host spent an hour on steve bannon and the new white house on friday. "
    quote = "clear ties to the fringe groups of the far right."
    text = (
        lead
        + "he said anyone who wants to call the president a racist should look at bannon first because of "
        f'his "{quote}"' + _AFTER
    )
    assert speakers(text, lower=True).get(quote.rstrip(".")) is None
    own = lead + f'he said he wants everyone to know about his "{quote}"' + _AFTER
    assert speakers(own, lower=True)[quote.rstrip(".")] == "Steve Bannon"
