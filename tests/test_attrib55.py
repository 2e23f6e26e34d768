"""Session 55 (issue 15, attrib55): a speaker is a clean name or description, never a fragment of the
sentence (census of speaker strings over Multi-News+ training Random(5550) and the dev files)."""

from __future__ import annotations

from helpers import speakers_and_rules

from newsbrief.analyze import coreference

_CLASS = (
    "A class assignment at hill middle school in fairview is causing a stir among families. Last week pupils "
    "in a sixth grade class were asked to name the book they loved most from a list of twenty. "
)
_AFTER = " The district said on monday that the lesson would go on next year."


def test_one_of_before_a_role_introduces_no_unnamed_source() -> None:
    """Rule modifiers-only reads no preposition as a modifier: "one of writer edna marsh's favorite
    characters" introduces no unnamed source "one of writer", so "the writer recalled" is the writer the text
    introduced with that role (role-introduced), not the fragment (unnamed-source-before)."""
    text = (
        _CLASS + "tom sawyer is one of writer edna marsh's favorite characters. She never thought she would "
        'write forty books, marsh said. " i wrote my first story on the back of a grocery list, " the writer '
        "recalled." + _AFTER
    )
    got = speakers_and_rules(text)["i wrote my first story on the back of a grocery list"]
    assert got == ("Edna Marsh", "role-introduced")


def test_a_modifier_with_a_hyphen_still_introduces_an_unnamed_source() -> None:
    """A word that opens on a preposition but is one modifier ("an on-duty officer") is still read as one."""
    text = (
        "A fire broke out at the depot on Friday night, said an on-duty officer who asked not to be named. "
        '"The smoke was visible for miles," the officer said.' + _AFTER
    )
    assert speakers_and_rules(text)["The smoke was visible for miles"] == (
        "an on-duty officer",
        "unnamed-source-before",
    )


def test_a_role_before_a_name_in_caseless_text_is_no_unnamed_source() -> None:
    """Rule head-before-name: in case-less text "a dozen cities prompted mayor ..." read "a ... mayor" as an
    unnamed source ("a dozen cities prompted mayor"), a fragment of the sentence, given to "the mayor said";
    a person the entity pass read right after the head makes it none."""
    text = (
        _CLASS
        + "Protests in more than a dozen cities prompted mayor rita okafor to speak about the lesson on "
        'friday. " we owe every family an answer, " the mayor said.' + _AFTER
    )
    got = speakers_and_rules(text)["we owe every family an answer"]
    assert got == ("Rita Okafor", "role-introduced")


def test_an_article_after_a_noun_opens_the_description() -> None:
    """Rule article-restart: in case-less text that lost a comma, "the niece of the mayor a spokeswoman
    said" gave the fragment "the niece of the mayor a spokeswoman"; the article after a noun opens the
    description. "a friend of a neighbour", "the man told a reporter" and "a man carrying a sign" keep
    theirs (a participle before the article: census Random(5550) "says a woman holding a … dog")."""
    assert coreference.description("the niece of the mayor a spokeswoman") == "a spokeswoman"
    assert coreference.description("his arrest his lawyer") == "his lawyer"
    assert coreference.description("a friend of a neighbour") == "a friend of a neighbour"
    assert coreference.description("the man told a reporter") != "a reporter"
    assert coreference.description("a man carrying a sign") == "a man"


def test_an_article_restart_in_a_caseless_brief() -> None:
    """The same in a brief: "…, the niece of the mayor a spokeswoman said: "…"" is the spokeswoman's (it
    was the fragment's, by proxy-not-principal); "after her arrest her lawyer said …" is her lawyer's."""
    text = (
        _CLASS + "The photo showed tess okafor with her aunt, the niece of the mayor a spokeswoman said: "
        '" the column did well and she will write again soon. " Okafor had spoken about her work, and after '
        'her arrest her lawyer said they worried she was in a " fragile state. "' + _AFTER
    )
    got = speakers_and_rules(text)
    assert got["the column did well and she will write again soon"] == ("a spokeswoman", "description")
    assert got["fragile state"] == ("her lawyer", "description")


def test_a_relative_pronoun_is_no_part_of_the_source() -> None:
    """Rule relative-opens: "…, whom grieving friends say "…"" gave the fragment "whom grieving friends"; the
    relative pronoun belongs to the clause. "whose" keeps its reading (no description of its own)."""
    text = (
        "The first victim of the warehouse fire has been named as refugee tomas okafor, whom grieving "
        'friends say " came here to build a life " but the city " let him down ". Tomas okafor, a nursing '
        "student at the college, was parted from his cousin on the stairs as they fled." + _AFTER
    )
    assert speakers_and_rules(text)["came here to build a life"] == ("grieving friends", "description")
    assert coreference.description("whose mother") != "mother"
