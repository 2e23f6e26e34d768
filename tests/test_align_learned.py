"""`scripts/align_learned.py`, session 11's learned same-fact experiment (not shipped: docs/HISTORY.md),
on sentences written for these tests: what it may type, its features, its nested threshold choice."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from helpers import load_script

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("sklearn")


@pytest.fixture(scope="module")
def learned():
    return load_script("scripts/align_learned.py")


def _row(learned, a: str, b: str, label: str):
    from newsbrief.align.features import sentence_facts, story_casing
    from newsbrief.align.pairs import compare, document_frequency, idf

    casing = story_casing([a, b])
    fa, fb = sentence_facts(0, 0, a, casing, None), sentence_facts(1, 1, b, casing, None)
    df = document_frequency([fa, fb])
    weight = idf([fa, fb], df)
    return learned.Row("t", "s", label, compare(fa, fb, weight, df), (fa, fb), (a, b), weight)


SAME = (
    "Police charged Marcus Bellamy with setting fire to the Linden Street warehouse on Friday.",
    "Marcus Bellamy was charged with arson at the Linden Street warehouse in Harwick on Friday.",
)
OTHER_COUNT = (
    "Police said 12 people were hurt in the Linden Street fire on Friday.",
    "Police said 17 people were hurt in the Linden Street fire on Friday.",
)


def test_a_veto_keeps_a_pair_from_the_learned_decision(learned) -> None:
    rows = [_row(learned, *SAME, "fact"), _row(learned, *OTHER_COUNT, "conflict")]
    d = learned.Data(rows, "wide")
    assert d.pop.tolist() == [True, False]  # numbers-differ: never the classifier's to type
    assert not d.cited(np.ones(2), 0.5, union=False)[1]


def test_the_wide_features_are_finite_and_read_both_sentences(learned) -> None:
    f = learned.wide(_row(learned, *SAME, "fact"))
    assert all(math.isfinite(v) for v in f.values())
    assert f["names_hi"] == 1.0 and f["names_lo"] < 1.0  # the second names Harwick too
    assert 0 < f["jaccard"] < 1 and f["bigram_hi"] > 0
    assert set(learned.rule_features(_row(learned, *SAME, "fact").pair)) < set(f)


def test_pick_takes_the_highest_recall_at_the_precision_asked(learned) -> None:
    d = object.__new__(learned.Data)
    d.gold = np.array([True, True, True, False, True])
    d.quote = np.zeros(5, dtype=bool)
    d.rules = np.zeros(5, dtype=bool)
    d.pop = np.ones(5, dtype=bool)
    s = np.array([0.99, 0.9, 0.8, 0.7, 0.6])
    everything = np.ones(5, dtype=bool)
    # 0.8: 3 of 3 right (0.7 adds a wrong one); at precision 0.75, 0.6: 4 of 5 right
    assert learned.pick(d, s, everything, False, 0.95) == pytest.approx(0.8)
    assert learned.pick(d, s, everything, False, 0.75) == pytest.approx(0.6)
    assert learned.pick(d, np.zeros(5), d.gold & False, False, 0.95) == learned.THRESHOLDS[-1]


def test_the_frozen_align_files_never_open(learned) -> None:
    import align_lofo

    for name in ("align-frozen7", "align-frozen8"):
        assert name in align_lofo.NOT_YET_SCORED
        with pytest.raises(SystemExit):
            align_lofo.collect(name, ROOT.parent / "shared")
