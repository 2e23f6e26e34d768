"""bench/bench_conflicts.py's tally: a link labelled "missed" (a real conflict the aligner did not make
when the set was labelled) gives the recall that precision alone cannot (session 57, conflicts-fresh57)."""

from __future__ import annotations

from bench_conflicts import Tally


def test_missed_links_give_a_recall_beside_the_precision() -> None:
    t = Tally(right=3, false=1, missed=5, gone=1, gone_right=1)
    assert "precision 0.750 (right 3 / false 1); recall 0.333 (missed 5);" in t.line()


def test_a_set_that_labels_no_miss_prints_no_recall() -> None:
    assert "recall" not in Tally(right=2, false=0).line()


def test_pooling_adds_the_misses() -> None:
    t = Tally(missed=2, gone_right=1)
    t.add(Tally(missed=1, right=2))
    assert (t.missed, t.gone_right, t.right) == (3, 1, 2)
