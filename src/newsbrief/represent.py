"""Sentence vectors for one story: TF-IDF weights behind a small interface.

Every summarizer, the citation step and the analysis read vectors from here, so the
representation can change in one place. Vectors are L2-normalised rows, so a dot product
is a cosine similarity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import Any

import numpy as np

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "mr", "ms", "mrs", "just", "like", "new"}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem (the stemmer rouge-score uses, so features and the metric agree)."""
    return _porter().stem(word)


@lru_cache(maxsize=1)
def _porter() -> Any:
    from nltk.stem import porter

    return porter.PorterStemmer()


def terms(text: str) -> list[str]:
    """Content terms of a text: lower-cased, stop words dropped, Porter-stemmed."""
    stop = stopwords()
    return [stem(t) for t in _TOKEN.findall(text.lower().replace("’", "'")) if t not in stop and len(t) > 1]


class StoryVectors:
    """TF-IDF rows for a list of texts (sentences of one story), IDF from the story itself."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)

    @cached_property
    def terms(self) -> list[list[str]]:
        return [terms(t) for t in self.texts]

    @cached_property
    def _fit(self) -> tuple[Any, dict[str, int], np.ndarray]:
        from scipy.sparse import csr_matrix

        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, ts in enumerate(self.terms):
            counts: dict[int, int] = {}
            for t in ts:
                j = vocab.setdefault(t, len(vocab))
                counts[j] = counts.get(j, 0) + 1
            for j, c in counts.items():
                rows.append(i)
                cols.append(j)
                vals.append(1.0 + np.log(c))
        n = len(self.texts)
        tf = csr_matrix((vals, (rows, cols)), shape=(n, max(len(vocab), 1)))
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=max(len(vocab), 1))
        idf = np.log((1 + n) / (1 + df)) + 1.0
        return tf, vocab, idf

    @property
    def vocab(self) -> dict[str, int]:
        return self._fit[1]

    @property
    def idf(self) -> np.ndarray:
        return self._fit[2]

    @cached_property
    def matrix(self) -> Any:
        """Sparse (n_sentences x vocab) TF-IDF, rows L2-normalised."""
        from sklearn.preprocessing import normalize

        tf, _, idf = self._fit
        return normalize(tf.multiply(idf).tocsr())

    @cached_property
    def similarity(self) -> np.ndarray:
        """Dense cosine similarity between every pair of sentences."""
        m = self.matrix
        return np.asarray((m @ m.T).todense())

    @cached_property
    def centroid(self) -> np.ndarray:
        """The story's mean TF-IDF vector (dense, L2-normalised)."""
        c = np.asarray(self.matrix.mean(axis=0)).ravel()
        norm = np.linalg.norm(c)
        return c / norm if norm else c

    @cached_property
    def centroid_similarity(self) -> np.ndarray:
        return np.asarray(self.matrix @ self.centroid).ravel()
