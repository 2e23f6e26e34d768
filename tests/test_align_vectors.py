"""The word vectors of the align stage's paraphrase evidence (`align/vectors.py`) and the script that
builds them (`scripts/train_word_vectors.py`), on texts written for these tests."""

from __future__ import annotations

import importlib.util
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from newsbrief.align import rules, vectors
from newsbrief.align.features import sentence_facts, story_casing, tokens
from newsbrief.align.pairs import compare, document_frequency, idf

ROOT = Path(__file__).resolve().parents[1]


def _pairs(texts: list[str], docs: list[int], pairs: list[tuple[int, int]], soft: bool = True):
    toks = [tokens(t) for t in texts]
    casing = story_casing(texts, toks)
    facts = [
        sentence_facts(k, d, t, casing, None, toks[k])
        for k, (d, t) in enumerate(zip(docs, texts, strict=True))
    ]
    df = document_frequency(facts)
    weight = idf(facts, df)
    memo: dict = {}
    soft_memo: dict | None = {} if soft else None
    return [compare(facts[a], facts[b], weight, df, memo, soft_memo) for a, b in pairs]


def test_the_vectors_ship_small_unit_length_and_one_per_word() -> None:
    data = resources.files("newsbrief.align").joinpath("data")
    size = sum(data.joinpath(n).stat().st_size for n in ("vectors.npy", "vectors.txt"))  # type: ignore[attr-defined]
    assert size < 5_000_000
    v = vectors.vectors()
    assert v.matrix.shape[0] == len(v.row) >= 10_000
    assert np.allclose(np.linalg.norm(v.matrix, axis=1), 1.0, atol=1e-3)
    assert vectors.vectors() is v  # loaded once


def test_related_words_are_nearer_than_unrelated_ones() -> None:
    v = vectors.vectors()
    m, r = v.matrix, v.row
    assert m[r["kill"]] @ m[r["dead"]] > 0.4
    assert m[r["kill"]] @ m[r["kill"]] > 0.99
    assert m[r["kill"]] @ m[r["budget"]] < m[r["kill"]] @ m[r["dead"]]


def test_a_paraphrase_is_covered_in_other_words_and_an_unrelated_sentence_is_not() -> None:
    texts = [
        "The summit was a propaganda tool for the North Korean leader Kim Jong Un, critics said.",
        "Critics called the meeting a public relations coup for Kim.",
        "There was no real preparation for the talks with Pyongyang, officials admitted.",
    ]
    para, other = _pairs(texts, [0, 1, 1], [(0, 1), (0, 2)])
    assert para.soft.soft_share > other.soft.soft_share
    for p in (para, other):  # a word in other words only adds to what is stated exactly
        assert p.soft.soft_a >= p.sent_a - 1e-9 and p.soft.soft_b >= p.sent_b - 1e-9
    f = rules.features(para)
    assert f["soft_min"] == min(para.soft.soft_a, para.soft.soft_b)
    assert f["soft_gain"] > 0


def test_without_soft_memo_the_pair_carries_no_soft_evidence() -> None:
    texts = ["Workers walked off the job on Monday across the network.", "Staff went on strike on Monday."]
    (p,) = _pairs(texts, [0, 1], [(0, 1)], soft=False)
    assert p.soft == vectors.Soft()


def test_the_stage_reads_the_vectors_only_when_the_weights_weigh_them() -> None:
    assert vectors.uses_vectors({"coef": {"soft_share": 1.0}})
    assert not vectors.uses_vectors({"coef": {"cover_min": 1.0}})


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location(
        "train_word_vectors", ROOT / "scripts" / "train_word_vectors.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_word_vectors"] = mod
    spec.loader.exec_module(mod)
    return mod


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


def test_the_soft_weights_run_the_stage_with_the_vectors_and_keep_the_example_honest() -> None:
    """`weights-soft.json` (not the default) names only features `rules.features` gives, and with it the
    stage computes the vector evidence and still gives the closed road lane no support for the schools."""
    import json

    from newsbrief import align as stage
    from newsbrief import segment
    from newsbrief.clean import clean
    from newsbrief.example import example_docs
    from newsbrief.model import Story

    text = resources.files("newsbrief.align").joinpath("weights-soft.json").read_text(encoding="utf-8")
    soft_weights = json.loads(text)
    assert vectors.uses_vectors(soft_weights) and not vectors.uses_vectors(rules._weights())
    (p,) = _pairs(
        ["Workers walked off the job on Monday.", "Staff went on strike on Monday."], [0, 1], [(0, 1)]
    )
    assert set(soft_weights["coef"]) <= set(rules.features(p))
    docs = tuple(clean(r) for r in example_docs())
    story = Story(docs, segment.split_all(docs))
    vectors.vectors.cache_clear()
    plain = stage.align(Story(docs, story.sentences))
    assert vectors.vectors.cache_info().currsize == 0  # the default stage never loads the vectors
    al = stage.align(story, soft_weights)
    assert vectors.vectors.cache_info().currsize == 1
    assert al != plain  # the scores differ: the vectors were read
    schools = next(k for k, s in enumerate(story.sentences) if "Schools in Eastbrook closed" in s.text)
    assert not al.supporting(schools)
    assert any(k.kind == "fact" for k in al.links)
