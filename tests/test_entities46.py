"""Entities and the prepositions coreference reads (session 46, entities46), on text written here."""

from __future__ import annotations

from newsbrief.analyze import coreference as coref


def test_entities46_one_preposition_table_for_both_object_rules() -> None:
    """The two rules that read a name as a preposition's object take their prepositions from one table:
    "by" is object-not-speaker's only (in the pronoun's own sentence its agent is the doer), "with",
    "from" and "than" object-in-sentence's only (in the sentence before, their object may speak next)."""
    table = coref._OBJECT_PREPOSITIONS
    assert table["by"] == {"object-not-speaker"}
    assert all(table[p] == {"object-in-sentence"} for p in ("with", "from", "than"))
    assert all(table[p] == {"object-in-sentence", "object-not-speaker"} for p in ("to", "of", "about"))
    in_sentence, before = coref._PREPOSITION_BEFORE, coref._OBJECT_BEFORE
    assert in_sentence.search("paying to the ") and not in_sentence.search("founded by ")
    assert not in_sentence.search("according to ")
    assert before.search("The seat is held by Rep. ") and before.search("a letter to Gov. ")
    assert not before.search("an interview with ") and not before.search("a statement issued by ")
