"""Session 54 (issue 15, speakers54): a speaker only with evidence on text never seen, from the fresh read
of seed 5443 and the census of seed 5453 (training stories)."""

from __future__ import annotations

import pytest
from helpers import cased_and_lower, speakers

_AFTER = " The city council met later that week and voted on a new budget for the coming year."

_PLAYED_BY = (
    "The film shows his illness, and he is played by Sam Hale. "
    "In an interview, prof varek, 72, said he loves to talk to the world. "
    '"I kept that voice because it is now my trademark," he said.' + _AFTER
)


def test_a_pronoun_does_not_reach_back_to_an_object() -> None:
    """Rule far-object (fresh 5443 "prof hawking … he said" -> the actor who plays him): in case-less text a
    he whose walk back finds a person only two sentences before, named there after a verb ("played by sam
    hale"), goes to no one: the sentence between holds the subject the pronoun goes on naming, unread."""
    assert (
        speakers(_PLAYED_BY.lower(), lower=True)["i kept that voice because it is now my trademark"] is None
    )


def test_cased_text_keeps_the_far_person() -> None:
    """Rule far-object reads case-less text only: in cased text the entity pass reads the subjects, and the
    person the walk reaches further back was right on every tuned and dev quote it moved (19 of 19)."""
    text = (
        "After a run down the slope, the cold began to bother Tom Varek. It was around 1 a.m. and the three "
        'friends were near one of the lakes. "I was shaking so badly I could not hold the torch," he says.'
        + _AFTER
    )
    quote = "I was shaking so badly I could not hold the torch"
    assert speakers(text)[quote] == "Tom Varek"
    assert speakers(text.lower(), lower=True)[quote.lower()] is None


def test_a_far_object_of_the_same_gender_is_not_the_she() -> None:
    """Rule far-object (census 5453 "leaning against oprah winfrey … witherspoon decided … she tweeted"):
    in case-less text a surname alone is no person the walk reads, and the woman named further back as an
    object is not the "she"."""
    text = (
        "A magazine cover drew jokes this week. It seems that Ada Lane, who is leaning against Mia Cole, has "
        "three legs in the photo. After fans poked fun at it, lane decided to play along. "
        '"Well, I guess everybody knows now," she wrote.' + _AFTER
    )
    assert speakers(text.lower(), lower=True)["well, i guess everybody knows now"] is None


@pytest.mark.parametrize(
    "text",
    cased_and_lower(
        "Tom Varek opened a bakery in 1990. The shop sold bread and cakes. Business was slow at first. "
        '"It took years to get it right," he said.' + _AFTER
    ),
)
def test_a_far_subject_is_still_the_pronouns_antecedent(text: str) -> None:
    """Rule far-object keeps a person who opens a sentence further back as the antecedent, when the
    sentences between name no one (tuned files: feature stories whose subject speaks many times)."""
    got = speakers(text, lower=text.islower())
    assert got[next(k for k in got if k.lower().startswith("it took years"))] == "Tom Varek"


def test_the_president_later_said_is_the_he_of_that_sentence() -> None:
    """Rule said-subject (census 5453: "Trump abruptly fired comey …. The president later said … what he
    called the "russia thing"" went to the man fired): a definite description opening the sentence before
    "later said" is the subject the he goes on naming, the person the text introduced with that role."""
    text = (
        "The special counsel has cleared former agency director tom varek to testify before a committee "
        "about his contacts with president bush, according to an associate close to varek. Varek met with "
        "the counsel, who said he had no problems with varek's testimony, the associate said. Bush abruptly "
        "fired varek as head of the agency on may 9. The president later said in an interview on tv that he "
        'was worried about the inquiry into what he called the " russia thing. "'
    )
    assert speakers(text, lower=True)["russia thing"] == "Bush"


def test_the_chief_justice_said_names_the_chief_justice() -> None:
    """Rule said-subject (census 5453): "the chief justice said that was …. "…," he said" is the chief
    justice the text introduced (before: no one; "said" was no verb after the role's head)."""
    text = (
        "Washington — chief justice sam e. Hale jr. Defended the independence of the courts on wednesday, "
        'rebuking president bush for calling a judge who had ruled against his policy "a partisan judge. " '
        "the chief justice said that was a profound misunderstanding of the role of judges. "
        '"we do not have partisan judges or bush judges, " he said in a statement.'
    )
    assert speakers(text, lower=True)["we do not have partisan judges or bush judges"] == "Sam E. Hale Jr."
