"""`scripts/align_anchored.py`, session 51's clause-level, argument-anchored matching experiment (not shipped:
its docstring holds the measurement), on sentences written for these tests: its evidence classes and how far
a pair of claims of two verbs gets."""

from __future__ import annotations

import pytest
from helpers import load_script


@pytest.fixture(scope="module")
def anchored():
    return load_script("scripts/align_anchored.py")


def _row(mod, a: str, b: str):
    from newsbrief.align.features import sentence_facts, story_casing
    from newsbrief.align.pairs import compare, document_frequency, idf

    casing = story_casing([a, b])
    fa, fb = sentence_facts(0, 0, a, casing, None), sentence_facts(1, 1, b, casing, None)
    df = document_frequency([fa, fb])
    weight = idf([fa, fb], df)
    return mod.Row("t", "s", "fact", compare(fa, fb, weight, df), (fa, fb), (a, b), weight)


def test_evidence_classes(anchored) -> None:
    cls = anchored.anchor_class
    assert cls(frozenset(["E:brill", "E:harwick", "depot"])) == "names"
    assert cls(frozenset(["E:brill", "N:worker:40"])) == "name-number"
    assert cls(frozenset(["E:brill", "Y:2016"])) == "name-date"
    assert cls(frozenset(["E:brill", "E:monday"])) is None  # a weekday is no anchor
    assert cls(frozenset(["beekeep", "offici"])) == "rare-noun"  # a word most articles do not use
    assert cls(frozenset(["E:brill", "offici"])) is None


def test_two_verbs_with_two_participants_pass_unless_one_is_denied(anchored) -> None:
    a = "Dana Whitcombe left Harwick Transit for Brill on Monday."
    stage, cls, pred = anchored.anchored(
        _row(anchored, a, "Dana Whitcombe quit Harwick Transit for Brill."), "strict"
    )
    assert (anchored.STAGES[stage], cls) == ("passes", "names") and "=" in pred
    denied = "Dana Whitcombe did not quit Harwick Transit for Brill."
    stage, _, _ = anchored.anchored(_row(anchored, a, denied), "strict")
    assert anchored.STAGES[stage] == "modality-differs"
