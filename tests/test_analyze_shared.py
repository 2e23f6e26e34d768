"""The analysis scored against the hand-labelled set (bench/labels/analysis.json) stays above a floor.

The labels index the original ../shared texts (offsets and hashes only); `bench/label_scoring.py`
finds each span again in the clean text. Floors sit a little under the measured figures
(bench/bench_analysis.py) so a real regression fails while small label-mapping drift does not.
"""

from __future__ import annotations

from pathlib import Path

import label_scoring as labels
import pytest

from newsbrief.analyze import ner_backend

pytestmark = [pytest.mark.shared, pytest.mark.slow]

LABELS = Path(__file__).resolve().parents[1] / "bench" / "labels" / "analysis.json"


@pytest.fixture(scope="module")
def stories(shared):
    return labels.load(LABELS, shared)


def test_labelled_set_is_big_enough_and_has_not_drifted(stories) -> None:
    c = labels.counts(stories)
    assert c["documents"] >= 32 and c["stories with shared points"] >= 10
    assert c["quotes"] >= 100 and c["entity mentions"] >= 800
    assert sum(d.drift for s in stories for d in s.docs) == 0  # the shared texts are the labelled ones


@pytest.fixture(scope="module")
def core(stories):
    return labels.evaluate(stories, "rules")


def test_core_quotes_floor(core) -> None:
    assert core.speakers_fragments_aside.f1 >= 0.90
    # a labelled term comes out as speech only as a short fragment given its sentence's speaker
    assert core.terms_as_speech == core.term_fragments


def test_core_entities_floor(core) -> None:
    for kind in labels.KINDS:
        assert core.entities[kind].f1 >= 0.85, kind


def test_core_agreement_floor(core) -> None:
    # issue 14: shared claims rest on fact links, precision first (measured 32/32 pairs right, 0.36 of
    # the labelled points found; 38/39 and 0.47 before session 9's `one-sided` rule, which gave recall
    # for precision; the TF-IDF agreement before found 0.58 at 0.78 precision). Points made in other
    # words (kind "point", a stretch of each sentence) are not scored here.
    assert core.pairs.precision >= 0.95
    assert core.point_recall >= 0.33


def test_spacy_entities_floor(stories) -> None:
    if ner_backend("auto") != "spacy":
        pytest.skip("spaCy model not installed")
    sc = labels.evaluate(stories, "spacy")
    for kind in labels.KINDS:
        assert sc.entities[kind].f1 >= 0.85, kind
    assert sc.speakers_fragments_aside.f1 >= 0.90
