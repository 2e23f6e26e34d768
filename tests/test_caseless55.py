"""Session 55 (issue 15, case-less speakers): names the text gives beside a speech verb that no rule read."""

from __future__ import annotations

from newsbrief import brief

# A case-less opening of my own (Multi-News+ writes no capitals in names), long enough to be told case-less.
_BRIDGE = (
    "The county board met on tuesday to talk about the new bridge over the river near the old mill. The plan "
    "would cost about $ 4 million and take two years to build, officials said. Residents have long asked for "
    "a safer way to cross the water during the spring floods, and the board said it would vote next month "
    "after a last round of public meetings in the town hall. "
)


def _rules(*texts: str) -> dict[str, tuple[str | None, str | None]]:
    b = brief(texts=list(texts), words=40, timings=False)
    return {q.text.strip(" ,."): (q.speaker, q.speaker_rule) for q in b.quotes}


def test_an_unlisted_first_name_opening_the_name_is_the_lone_surnames_bearer() -> None:
    """Rule unlisted-first-here: "led by bo quintanilla, restaurant general manager" … ""…," said
    quintanilla": the one name this document writes with the surname opens on a word no list holds and no
    ordinary word: that is the speaker's full name (before: a surname after an unlisted word was anyone's,
    no speaker)."""
    q = _rules(
        _BRIDGE + "The crowd by the water was led by bo quintanilla, restaurant general manager. "
        '" it was very loud in there and we closed early, " said quintanilla.'
    )
    assert q["it was very loud in there and we closed early"][0] == "Bo Quintanilla"
    q = _rules(
        _BRIDGE + "For ioannis pappadakis the bridge is a daily worry on the way to work. "
        '" the old one shakes when the trucks go over it, " said pappadakis.'
    )
    assert q["the old one shakes when the trucks go over it"][0] == "Ioannis Pappadakis"


def test_an_unlisted_word_inside_a_longer_name_reads_no_one() -> None:
    """Rule unlisted-first-here's guard: "kym koch halvorsen" … "halvorsen said": the word before the
    surname follows another name word, so which words make the name is unsure: no speaker."""
    q = _rules(
        _BRIDGE + "The spokeswoman, kym koch halvorsen, said the storm came in fast over the ridge. "
        '" we had no warning at all before the water rose, " halvorsen said.'
    )
    assert q["we had no warning at all before the water rose"][0] is None


def test_a_name_after_a_quoted_phrase_ended_by_its_stop_is_not_its_speaker() -> None:
    """Rule fragment-stop: "would take a call from a "high-ranking official at the state transport
    office." varga said no.": the phrase is quoted inside a sentence its own stop ends; the name after it
    opens the next sentence and said no to the call, so he is not the phrase's speaker (before: John
    Varga)."""
    q = _rules(
        _BRIDGE + "Farmer john varga was at home that week. An aide had asked whether he would take a call "
        'from a " high-ranking official at the state transport office. " varga said no. He was busy with the '
        "harvest."
    )
    phrase = "high-ranking official at the state transport office"
    assert phrase not in q or q[phrase][0] != "John Varga"


def test_an_unlisted_word_that_is_a_listed_place_or_body_opens_no_name() -> None:
    """Rule unlisted-first-here's guard: "a court in amsterdam facebook had to …" … ""…," facebook said": a
    listed place or body before the word, or the word itself a listed body, makes no person's name."""
    q = _rules(
        _BRIDGE + "A court in amsterdam facebook had to answer about the post last year. "
        '" the account was deleted before any request reached us, " facebook said in a statement.'
    )
    assert q["the account was deleted before any request reached us"][0] != "Amsterdam Facebook"


def test_a_title_after_titled_is_no_speech_of_the_name_after_it() -> None:
    """Rule titled-lead: "the piece was titled "…" " marta vole tweeted it": the quote is a title, so the
    name after it is not its speaker."""
    q = _rules(
        _BRIDGE + 'Actress marta vole read a story about the new film. The piece was titled " the director '
        'knows us, he truly knows us in his new film. " vole tweeted the story with one word in reply.'
    )
    assert all(v[0] != "Marta Vole" for k, v in q.items() if k.startswith("the director knows us"))


def test_a_relative_clause_after_two_unlisted_words_makes_them_a_name() -> None:
    """Rule who-apposed: ""…," said ricki strandvik, whose brother …": a relative clause on the two words
    after the verb makes them a person's name, as ", a farmer" does."""
    q = _rules(
        _BRIDGE + '" that was my first time away from home, " said ricki strandvik, whose brother lived by '
        "the river for many years."
    )
    assert q["that was my first time away from home"][0] == "Ricki Strandvik"
