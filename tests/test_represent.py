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


@pytest.mark.parametrize("dense_limit", [R.DENSE_LIMIT, 0])  # dense product, sparse product
def test_vectors_match_scikit_learn_sublinear_tfidf(dense_limit: int, monkeypatch) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    monkeypatch.setattr(R, "DENSE_LIMIT", dense_limit)
    v = R.StoryVectors(TEXTS)
    ref = TfidfVectorizer(analyzer=R.terms, sublinear_tf=True).fit(TEXTS)
    expect = ref.transform(TEXTS).toarray()
    order = [v.vocab[t] for t in ref.get_feature_names_out()]
    np.testing.assert_allclose(v.matrix.toarray()[:, order], expect, atol=1e-12)
    np.testing.assert_allclose(v.similarity, expect @ expect.T, atol=1e-12)
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
    assert not v.matrix[4].nnz and v.similarity[4, 4] == 0.0


def test_empty_story() -> None:
    v = R.StoryVectors([])
    assert v.similarity.shape == (0, 0) and v.centroid_similarity.shape == (0,)


@pytest.mark.parametrize("module", ["newsbrief.represent", "newsbrief.summarize.default"])
def test_brief_path_does_not_import_scikit_learn(module: str) -> None:
    code = (
        f"import sys, {module}; from newsbrief.represent import StoryVectors; "
        "StoryVectors(['One bridge closed.', 'A bridge reopened.']).similarity; "
        "print('sklearn' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
