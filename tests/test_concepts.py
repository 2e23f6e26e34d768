"""Exact concept coverage (`summarize.concepts`): the solver's answer is the objective's optimum and
keeps the selection's constraints; the `ilp` method falls back to the greedy selection."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from test_default import STORY
from test_features import make_story

from newsbrief.model import Budget
from newsbrief.summarize import concepts as C
from newsbrief.summarize import features as F
from newsbrief.summarize import get
from newsbrief.summarize.default import DefaultSummarizer
from newsbrief.summarize.select import Options


def _objective(chosen: tuple[int, ...], q: np.ndarray, cov: F.Concepts) -> float:
    held = np.isin(cov.sentence, chosen)
    return float(cov.weight[np.unique(cov.concept[held])].sum() + q[list(chosen)].sum())


@pytest.mark.parametrize("words", [20, 40, 70])
def test_the_answer_is_the_optimum_of_the_objective(monkeypatch: pytest.MonkeyPatch, words: int) -> None:
    monkeypatch.setattr(C, "PAIR_PENALTY", 0.0)  # the plain objective: coverage + scores
    story = make_story(STORY)
    n = len(story.sentences)
    feats = F.compute(story)
    cov = F.word_bigrams(story)
    quality = np.linspace(0.1, 0.6, n)
    opts = Options(redundancy=1.01)  # no exclusions: every subset within the budget is allowed
    chosen = C.exact(story, Budget(words=words), quality, np.ones(n, bool), cov, opts, words=feats.words)
    assert chosen is not None
    length = feats.words.astype(float)
    q = quality * length
    best = max(
        (s for k in range(n + 1) for s in combinations(range(n), k) if length[list(s)].sum() <= words),
        key=lambda s: _objective(s, q, cov),
    )
    assert length[chosen].sum() <= words
    assert _objective(tuple(chosen), q, cov) == pytest.approx(_objective(best, q, cov))


def test_constraints_hold() -> None:
    story = make_story(STORY)
    n = len(story.sentences)
    feats = F.compute(story)
    cov = F.word_bigrams(story)
    quality = np.full(n, 0.5)
    quality[3] = 3.0  # worth a lot, but only with sentence 2 (what it leans on)
    clash = np.zeros((n, n), bool)
    clash[0, 5] = clash[5, 0] = True
    from scipy.sparse import csr_matrix

    from newsbrief.summarize.redundancy import SameFact

    for words in (25, 40, 60, 250):
        chosen = C.exact(
            story, Budget(words=words), quality, np.ones(n, bool), cov, Options(), requires={3: (2,)},
            words=feats.words, clash=SameFact(csr_matrix(clash), csr_matrix((n, 0), dtype=bool)), seed=(7,),
        )  # fmt: skip
        assert chosen is not None and 7 in chosen
        assert feats.words[chosen].sum() <= words
        assert not {0, 5} <= set(chosen)
        assert 3 not in chosen or 2 in chosen
        sim = story.vectors.rows(chosen)[:, chosen]
        assert (sim[~np.eye(len(chosen), dtype=bool)] < Options().redundancy).all()


def test_ilp_method_and_its_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    story = make_story(STORY)
    budget = Budget(words=60)
    ilp = get("ilp")
    assert ilp.name == "ilp"
    chosen = ilp.select(story, budget)
    assert chosen and chosen == get("ilp").select(story, budget)
    assert sum(story.sentences[i].words for i in chosen) <= 60
    monkeypatch.setattr(C, "_solve", lambda *a, **k: None)  # the solver gives no answer
    assert get("ilp").select(story, budget) == DefaultSummarizer().select(story, budget)


def test_caps_give_way_to_the_opening_and_to_an_unfilled_budget() -> None:
    story = make_story(STORY)
    n = len(story.sentences)
    feats = F.compute(story)
    tight = np.full(len(story.documents), 5.0)  # no sentence fits any document's cap
    chosen = C.exact(
        story, Budget(words=40), np.full(n, 0.5), np.ones(n, bool), F.word_bigrams(story), Options(),
        words=feats.words, cap=tight, seed=(0,),
    )  # fmt: skip
    assert chosen is not None and 0 in chosen and len(chosen) >= 2
    assert feats.words[chosen].sum() <= 40


def test_a_need_is_met_only_by_a_sentence_the_solver_may_take() -> None:
    story = make_story(STORY)
    n = len(story.sentences)
    feats = F.compute(story)
    short = int(np.argmin(feats.words))
    lean = next(i for i in range(n) if i != short)
    quality = np.full(n, 0.2)
    quality[lean] = 5.0  # worth a lot, but it leans on the shortest sentence only
    opts = Options(min_words=int(feats.words[short]) + 1)
    chosen = C.exact(
        story, Budget(words=250), quality, np.ones(n, bool), F.word_bigrams(story), opts,
        requires={lean: (short,)}, words=feats.words,
    )  # fmt: skip
    assert chosen is not None
    assert short not in chosen  # under min_words: never chosen, not even to meet a need
    assert lean not in chosen  # its only option is out, so it is out too


def test_a_node_limited_answer_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(0)
    m, rows = 60, 20
    coef = rng.random((rows, m))
    r, c = np.nonzero(coef >= 0)
    blocks = [np.column_stack([r, c, coef[r, c]]).astype(float)]
    monkeypatch.setattr(C, "NODE_LIMIT", 1)  # HiGHS stops at once with a feasible answer (status 4)
    x = C._solve(-rng.random(m), blocks, [3.0] * rows, m, m, np.zeros(m))
    assert x is not None and x.any()
    assert (coef[:, x].sum(axis=1) <= 3.0 + 1e-9).all()


def test_solver_chatter_never_reaches_stdout(capfd: pytest.CaptureFixture[str]) -> None:
    import os

    with C._stdout_to_stderr():
        os.write(1, b"HighsMipSolverData chatter\n")
    os.write(1, b"after\n")
    out, err = capfd.readouterr()
    assert "chatter" in err and "chatter" not in out
    assert "after" in out
