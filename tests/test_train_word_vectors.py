"""`scripts/train_word_vectors.py`, the word vectors of session 7's paraphrase experiment (not shipped:
docs/HISTORY.md, "Alignment"), on texts written for these tests; and that the install carries no vectors."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from helpers import load_script

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def trainer():
    return load_script("scripts/train_word_vectors.py")


def test_the_package_ships_no_word_vectors_and_the_script_writes_outside_it(trainer) -> None:
    data = resources.files("newsbrief.align").joinpath("data")
    names = {p.name for p in data.iterdir()}  # type: ignore[attr-defined]
    assert not names & {"vectors.npy", "vectors.txt"}
    assert not resources.files("newsbrief.align").joinpath("weights-soft.json").is_file()
    assert "src" not in Path(trainer.OUT).relative_to(ROOT).parts


def test_ppmi_keeps_only_pairs_seen_together_more_than_by_chance(trainer) -> None:
    texts = [np.array([0, 1, 0, 1, 0, 1], dtype=np.int32), np.array([2, 3, 2, 3], dtype=np.int32)]
    keep = np.arange(4)
    m = trainer.ppmi(trainer.cooccurrence(texts, keep, 4, 1)).toarray()
    assert m[0, 1] > 0 and m[2, 3] > 0
    assert m[0, 2] == 0 and m[1, 3] == 0  # never within the window
    assert np.allclose(m, m.T)


def test_concept_ids_read_words_as_the_stage_does(trainer) -> None:
    ids: dict[str, int] = {}
    from newsbrief.align.features import lexicon

    got = trainer.concept_ids("The strikers walked out; 1,200 of them struck again.", lexicon(), ids)
    names = {k: c for c, k in ids.items()}
    assert [names[k] for k in got] == ["striker", "walk", "struck"]  # stems; stop words, numbers out
    assert trainer.concept_ids("Strikers walk", lexicon(), ids) == [0, 1]  # lower-cased, ids kept
