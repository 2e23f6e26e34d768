"""Rule `open-question` (`rules.decide`, `pairs.asked_apart`): a sentence that asks whether something
happened is never a source for a sentence that says it did. Sentences written for these tests."""

from __future__ import annotations

import pytest
from align_texts import links as _links

PAID = "Jon Tallis paid the Harwick fine on Monday."


@pytest.mark.parametrize(
    "question",
    [
        "It is unclear whether Jon Tallis paid the Harwick fine on Monday.",  # same-words before
        "The council asked whether Jon Tallis paid the Harwick fine on Monday.",
        "Police are investigating whether Jon Tallis paid the Harwick fine on Monday.",
        "It was not clear if Jon Tallis paid the Harwick fine on Monday.",
    ],
)
def test_session31_an_open_question_is_no_source_for_what_it_asks(question: str) -> None:
    (link,) = _links(question, PAID)
    assert (link.kind, link.evidence[0]) == ("related", "rule:open-question")


def test_session31_an_open_question_stated_within_a_longer_sentence_is_no_source() -> None:
    a = "Officials did not know whether Jon Tallis paid the fine to the Harwick court."
    b = "Jon Tallis paid the fine to the Harwick court last week, officials said."
    (link,) = _links(a, b)  # stated-within before
    assert (link.kind, link.evidence[0]) == ("related", "rule:open-question")


def test_session31_deciding_whether_to_run_is_not_deciding_to_run() -> None:
    a = "Dana Whitcombe decided whether to run for the Harwick council seat."
    (link,) = _links(a, "Dana Whitcombe decided to run for the Harwick council seat.")
    assert (link.kind, link.evidence[0]) == ("related", "rule:open-question")
    # both ask it: one question, cited as before
    (link,) = _links(a, "Dana Whitcombe decided whether to run for the Harwick council seat, her aide said.")
    assert link.kind == "fact"


def test_session31_two_sentences_asking_one_question_are_one_fact() -> None:
    a = "It is unclear whether Jon Tallis paid the Harwick fine on Monday."
    (link,) = _links(a, "Officials asked whether Jon Tallis paid the Harwick fine on Monday.")
    assert link.kind == "fact"
    a = "It was not clear if Jon Tallis paid the Harwick fine on Monday."
    (link,) = _links(a, a)  # the same sentence in two reports
    assert link.kind == "fact"


def test_session31_a_claim_outside_a_whether_clause_still_cites() -> None:
    a = "Police said Jon Tallis paid the Harwick fine on Monday, whether or not he owed it."
    (link,) = _links(a, PAID)
    assert link.kind == "fact"


def test_session31_a_question_the_other_asks_directly_is_asked_by_both() -> None:
    a = "The first thing I ask in every case is whether there is any doubt about the defendant's guilt."
    b = "In every case, I ask: Is there any doubt about this defendant's guilt?"
    assert all(k.evidence[0] != "rule:open-question" for k in _links(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # the question fronted, the main clause after it
            "A team led by Dana Whitcombe of Harwick University set out to explore whether the voices of "
            "lawyers affect trial outcomes.",
            "To explore whether the voices of lawyers affect trial outcomes, a team led by Dana Whitcombe of "
            "Harwick University collected 60 recordings of lawyers.",
        ),
        (  # an agent between the asking word and "if"
            "In an interview on Monday, Jon Tallis was asked if he knew the name of the Harwick mayor.",
            "Jon Tallis was asked by the Harwick Gazette if he knew the name of the Harwick mayor.",
        ),
    ],
)
def test_session31_one_question_asked_by_both_in_other_words_is_no_open_question(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert all(k.evidence[0] != "rule:open-question" for k in _links(x, y))


def test_session31_if_as_a_condition_keeps_its_handling() -> None:
    a = "If Jon Tallis paid the Harwick fine on Monday, the case against him is closed."
    (link,) = _links(a, PAID)
    assert link.evidence[0] != "rule:open-question"


def test_session31_what_a_question_takes_for_granted_is_not_asked() -> None:
    # the question is who caused the crash, not whether it happened (a presupposition stays a claim)
    a = (
        "Investigators worked through the night to determine whether a criminal act caused the Harwick "
        "ferry to sink on Monday, killing all 41 people on board."
    )
    b = "The Harwick ferry sank on Monday, killing all 41 people on board."
    assert all(k.evidence[0] != "rule:open-question" for k in _links(a, b))


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("it is unclear whether he paid", "he"),
        ("police would not say if he paid", "he"),  # "say" after a denial
        ("police asked him if he paid", "he"),
        ("he said if he paid the fine he would leave", None),  # a condition
        ("he knows that if he pays he can leave", None),
        ("i cant wait to see everyones performances if they are like last year", None),
        ("if he paid the fine the case is closed", None),
        ("whether or not he paid he left", None),  # a sentence's first word: no question of the claim
    ],
)
def test_session31_where_an_open_question_opens(text: str, opens: str | None) -> None:
    from newsbrief.align.pairs import open_question  # here: the other tests run on a tree without it

    words = text.split()
    at = open_question(words)
    assert (words[at] if at >= 0 else None) == opens


@pytest.mark.parametrize(
    "asked",
    [
        "Asked whether he paid the Harwick fine on Monday, Jon Tallis said he had paid it.",
        "When asked if he paid the Harwick fine on Monday, Jon Tallis said he had paid it.",
    ],
)
def test_session32_an_opening_question_the_sentence_answers_is_no_open_question(asked: str) -> None:
    """Session 31 review S2: an opening participle's question ends at its comma, and the main clause after
    it answers it in the question's own words: the sentence states what it was asked."""
    (link,) = _links(asked, PAID)
    assert link.kind == "fact"


@pytest.mark.parametrize(
    "answer",
    [
        "Jon Tallis declined to comment.",  # no answer
        "Jon Tallis said he had not paid it.",  # a denial: the question's words must not state it
        "Jon Tallis would not say if he paid it.",  # a question of its own
    ],
)
def test_session32_an_opening_question_left_open_or_denied_is_no_source(answer: str) -> None:
    (link,) = _links("Asked whether he paid the Harwick fine on Monday, " + answer, PAID)
    assert link.kind == "related"


@pytest.mark.parametrize(
    "answer",
    [
        "Jon Tallis said the fine was paid by his brother.",
        "Jon Tallis said he paid the parking fee instead.",
    ],
)
def test_session33_an_answer_in_other_words_leaves_the_question_open(answer: str) -> None:
    """Session 33 review M2 (ba991a1): the answer restates the question's first content word ("paid") but
    says something else with it: the sentence does not state what it was asked, no source for it."""
    (link,) = _links("Asked whether he paid the Harwick fine on Monday, " + answer, PAID)
    assert link.kind == "related"


@pytest.mark.parametrize(
    "asked",
    [
        "Asked whether he paid the Harwick fine, Jon Tallis, with his lawyer, said he had paid it.",
        "Asked whether he paid the Harwick fine, Jon Tallis on Monday said he had paid it.",
    ],
)
def test_session45_on_and_with_are_no_verbs_of_saying(asked: str) -> None:
    """Session 45 (cite45, item 1): `SPEECH_WORDS` was split from the `SPEECH_VERBS` pattern, inside
    "agreed(?!...(?:to|with|on|that))", and held "on" and "with": the open-question guard read the answer
    from the first "on" or "with" ("on Monday said he had paid it"), found content words the question did not
    ask, and left an answered question open. The word list is now the source the pattern is built from."""
    from newsbrief.lexicon.verbs import SPEECH_LIST, SPEECH_VERBS, SPEECH_WORDS

    assert "on" not in SPEECH_WORDS and "with" not in SPEECH_WORDS and "said" in SPEECH_WORDS
    assert all(w.replace(" ", "").isalpha() for w in SPEECH_LIST)
    assert "agreed(?!" in SPEECH_VERBS and "agreed" not in SPEECH_WORDS  # a word test cannot see what follows
    (link,) = _links(asked, PAID)
    assert link.kind == "fact"
