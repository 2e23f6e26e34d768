"""scripts/mine_equivalents.py: word substitutions of sentences that one reference sentence sums up (session
33); stories written for these tests."""

from __future__ import annotations

from collections import Counter

from helpers import load_script


def _script():
    return load_script("scripts/mine_equivalents.py")


def test_a_word_written_for_another_in_one_slot_is_a_substitution() -> None:
    me = _script()
    x = me.content("The new film by Dana Whitcombe opened in Harwick theaters on Friday.", Counter())
    y = me.content("The new movie by Dana Whitcombe opened in Harwick theaters on Friday.", Counter())
    assert me.substitutions(x, y) == {("film", "movi")}
    # a word the other sentence writes elsewhere is no substitution
    z = me.content("The new movie by Dana Whitcombe, her first film, opened in Harwick theaters.", Counter())
    assert me.substitutions(x, z) == set()


def test_sentences_of_one_reference_sentence_are_a_same_pair_of_two_a_chance_pair() -> None:
    me = _script()
    story = {
        "documents": [
            "The new film by Dana Whitcombe opened in Harwick theaters on Friday. "
            "Critics praised the lead actor Jon Tallis and his singing voice.",
            "The new movie by Dana Whitcombe opened in Harwick theaters on Friday. "
            "Critics praised the lead performer Jon Tallis and his singing voice.",
        ],
        "summaries": [
            "– Dana Whitcombe's new film opened in Harwick theaters on Friday. "
            "Critics praised lead actor Jon Tallis and his singing voice."
        ],
    }
    same, chance = me.story_pairs(story, Counter())
    assert same == {("film", "movi"), ("actor", "perform")}
    assert chance == set()
