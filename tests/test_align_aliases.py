"""Session 42 (issue 14, recall): one party under two names, an acronym and the long form the story itself
spells out ("the FBI" / "the Federal Bureau of Investigation"), is one participant: a sentence opening on
each is no second person (`aliases.py`, `features._seed_aliases`, rule `story-alias`). Never guessed: an
acronym no long form of the story spells stays a name of its own. Sentences written for these tests."""

from __future__ import annotations

from align_texts import link_kinds

from newsbrief.align.aliases import story_aliases

SEIZED_LONG = (
    "A former soldier was arrested in Ohio on Monday. "
    "The Federal Bureau of Investigation said it had seized three rifles from his home in Dayton. "
    "He is due in court on Friday."
)
SEIZED_SHORT = (
    "Police in Dayton arrested a man on Monday. "
    "The FBI said it had seized three rifles from his home. "
    "Neighbours said he kept to himself."
)


def test_an_acronym_the_story_spells_out_is_one_party() -> None:
    """ "The FBI said ..." / "The Federal Bureau of Investigation said ...": one fact (related before)."""
    assert "fact" in link_kinds(SEIZED_LONG, SEIZED_SHORT)


def test_an_acronym_no_long_form_spells_is_another_party() -> None:
    """ "The FBI" / "The Bureau of Alcohol, Tobacco and Firearms": the story never says they are one."""
    other = SEIZED_LONG.replace("Federal Bureau of Investigation", "Bureau of Alcohol, Tobacco and Firearms")
    assert "fact" not in link_kinds(other, SEIZED_SHORT)


def test_one_name_of_two_joined_by_and_is_one_party() -> None:
    """Session 43 (rule `acronym-in-list`): "The Federal Bureau of Investigation and the Drug Enforcement
    Administration said ..." / "The FBI said ...": one fact (the run read whole spells none: related)."""
    both = SEIZED_LONG.replace(
        "The Federal Bureau of Investigation said it had",
        "The Federal Bureau of Investigation and the Drug Enforcement Administration said they had",
    )
    assert "fact" in link_kinds(both, SEIZED_SHORT)


def test_the_names_of_a_list_spell_their_acronyms() -> None:
    found = story_aliases(
        [
            "Agents of the Federal Bureau of Investigation and the Drug Enforcement Administration came.",
            "The FBI said so. The DEA agreed.",
        ]
    )
    assert {(a.acronym, " ".join(a.long), a.rule) for a in found} == {
        ("FBI", "Federal Bureau of Investigation", "acronym-in-list"),
        ("DEA", "Drug Enforcement Administration", "acronym-in-list"),
    }
    # a run whole that spells none, and no part of it of two capitalised words that spells one: no alias
    assert story_aliases(["The Department of Health and Human Services said.", "HHS agreed."]) == []


def test_the_rules_that_spell_an_acronym() -> None:
    found = story_aliases(
        [
            "Hollywood's Screen Actors Guild (SAG) approved the deal.",
            "The Federal Bureau of Investigation said so.",
            "The FBI agreed.",
        ]
    )
    assert {(a.acronym, " ".join(a.long), a.rule) for a in found} == {
        ("SAG", "Screen Actors Guild", "acronym-in-parentheses"),
        ("FBI", "Federal Bureau of Investigation", "acronym-initials"),
    }


def test_no_alias_from_part_of_a_name_or_a_short_acronym() -> None:
    assert story_aliases(["He flew from Los Angeles and New York to ANY city."]) == []  # a tail of a name
    assert story_aliases(["The United Nations met. The UN agreed."]) == []  # two letters: only in parentheses


def test_an_acronym_two_long_forms_spell_is_left_out() -> None:
    texts = [
        "The Central Intelligence Agency said so.",
        "The Criminal Investigation Authority said no.",
        "CIA",
    ]
    assert story_aliases(texts) == []
