"""TF-IDF sentence vectors: our stop words and stems, the formula (as scikit-learn's), lean imports."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from newsbrief import represent as R

TEXTS = [
    "The harbour bridge will close for eight months after inspectors found cracked steel supports.",
    "Inspectors said the cracked supports of the bridge must be replaced before winter.",
    "A free ferry will carry commuters across the river, the council said.",
    "We're told it's the council's biggest repair bill in twenty years.",
    "",
    "Ferry, ferry, ferry: commuters cheered the ferries.",
]


def test_stop_words_are_our_own_list_of_function_words() -> None:
    stop = R.stopwords()
    assert 250 <= len(stop) <= 450
    for w in ("the", "and", "of", "said", "we're", "it's", "would", "however", "themselves"):
        assert w in stop
    for w in ("bridge", "council", "two", "first", "police", "fire", "million", "president"):
        assert w not in stop
    assert all(w == w.lower() and " " not in w for w in stop)


def test_terms_are_porter_stems_of_content_words() -> None:
    from nltk.stem.porter import PorterStemmer

    porter = PorterStemmer()
    got = R.terms("The Inspectors’ cracked supports were REPLACED, officials said.")
    assert got == [porter.stem(w) for w in ("inspectors", "cracked", "supports", "replaced", "officials")]
    assert R.terms("We're told it's over.") == ["told"]
    assert R.stem("ferries") == porter.stem("ferries") == R.stem("ferries")  # cached, same answer


def test_vectors_match_scikit_learn_sublinear_tfidf() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    v = R.StoryVectors(TEXTS)
    ref = TfidfVectorizer(analyzer=R.terms, sublinear_tf=True).fit(TEXTS)
    expect = ref.transform(TEXTS).toarray()
    order = [v.vocab[t] for t in ref.get_feature_names_out()]
    np.testing.assert_allclose(v.matrix.toarray()[:, order], expect, atol=1e-12)
    np.testing.assert_allclose(v.neighbours.toarray(), expect @ expect.T, atol=1e-12)
    np.testing.assert_allclose(v.rows([1, 0]), (expect @ expect.T)[[1, 0]], atol=1e-12)
    np.testing.assert_allclose(
        v.cosines([0, 1, 2], [1, 2, 2]),
        [(expect @ expect.T)[a, b] for a, b in [(0, 1), (1, 2), (2, 2)]],
        atol=1e-12,
    )
    c = expect.sum(axis=0)
    c /= np.linalg.norm(c)
    np.testing.assert_allclose(v.centroid[order], c, atol=1e-12)
    np.testing.assert_allclose(v.centroid_similarity, expect @ c, atol=1e-12)
    np.testing.assert_allclose(v.idf[order], ref.idf_, atol=1e-12)


def test_tokens_and_words_line_up_with_terms() -> None:
    v = R.StoryVectors(TEXTS)
    assert v.words == [R.words(t) for t in TEXTS]
    assert R.StoryVectors(["One\x00two words.", "Three."]).words == [["one", "two", "words"], ["three"]]
    rows, ids = v.tokens
    stems = list(v.vocab)
    for i, ts in enumerate(v.terms):
        assert [stems[k] for k in ids[rows == i]] == ts
    assert v.words[3][:2] == ["we're", "told"]
    assert not v.matrix[4].nnz and v.neighbours[4, 4] == 0.0 and v.rows([4]).max() == 0.0


def test_empty_story() -> None:
    v = R.StoryVectors([])
    assert v.neighbours.shape == (0, 0) and v.rows([]).shape == (0, 0) and v.centroid_similarity.shape == (0,)


@pytest.mark.parametrize("module", ["newsbrief.represent", "newsbrief.summarize.default"])
def test_brief_path_does_not_import_scikit_learn(module: str) -> None:
    code = (
        f"import sys, {module}; from newsbrief.represent import StoryVectors; "
        "StoryVectors(['One bridge closed.', 'A bridge reopened.']).neighbours; "
        "print('sklearn' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_neighbours_blocked_is_sparse_exact_on_kept_pairs_and_linear() -> None:
    """Past the exact budget: only pairs sharing a rare term, each row's best k, values exact."""
    from scipy.sparse import random as sparse_random

    x = sparse_random(400, 300, density=0.03, format="csr", random_state=7)
    x.data[:] = 1.0
    x = x.tolil()
    x[:, 0] = 1.0  # a column every row uses: common, so it makes no pair on its own
    x = x.tocsr()
    full = (x @ x.T).toarray()
    exact = R.neighbours(x)
    np.testing.assert_allclose(exact.toarray(), full)
    got = R.neighbours(x, k=5, rare=20, exact_work=0)
    assert (abs(got - got.T) > 1e-12).nnz == 0  # symmetric
    np.testing.assert_allclose(got.diagonal(), full.diagonal())
    c = got.tocoo()
    np.testing.assert_allclose(c.data, full[c.row, c.col])  # each kept pair has its exact value
    assert got.nnz <= 400 * (2 * 5 + 1)
    rare = np.r_[False, np.asarray((x[:, 1:] > 0).sum(axis=0)).ravel() <= 20]
    xr = x[:, np.flatnonzero(rare)]
    by_rare = (xr @ xr.T).toarray()
    off = c.row != c.col
    assert (by_rare[c.row[off], c.col[off]] > 0).all()  # every pair shares a rare column
    for i in range(0, 400, 37):  # each row's own best 5 by its rare columns are kept
        cand = np.flatnonzero((by_rare[i] > 0) & (np.arange(400) != i))
        best = cand[np.lexsort((cand, -by_rare[i, cand]))][:5]
        assert set(best) <= set(got[i].indices)


def test_neighbours_of_identical_rows_stay_bounded() -> None:
    """The worst case for a pairwise matrix (one sentence repeated) keeps k neighbours per row."""
    v = R.StoryVectors(["The bridge over the river closed for repairs today."] * 3000)
    nb = v.neighbours
    assert nb.shape == (3000, 3000) and nb.nnz <= 3000 * (2 * R.NEIGHBOURS + 1)
