"""Sentence vectors for one story: TF-IDF weights behind a small interface.

Every summarizer, the citation step and the analysis read vectors from here, so the
representation can change in one place. Vectors are L2-normalised rows, so a dot product
is a cosine similarity.

Built for speed on one story at a time: each distinct word is stemmed once per process (a plain
dict), the sparse matrix is assembled with numpy (no per-cell Python work), and nothing here
imports scikit-learn or nltk (whose import pulls in scikit-learn and scipy.stats): the stop-word
list is our own (`STOP_WORDS`) and so is the Porter stemmer (`newsbrief.porter`, nltk's stems).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property
from itertools import chain
from typing import Any

import numpy as np

from . import porter

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

# English function words (articles, pronouns, auxiliaries and their contractions, prepositions,
# conjunctions, quantifiers, common adverbs) plus words that every news story uses ("said").
# Written for newsbrief; about the size of the usual lists (~330 words).
_STOP_TEXT = """
a about above across after afterwards again against ago ahead all almost alone along already also
although always am among amongst an and another any anybody anyhow anyone anything anyway anywhere
are aren't around as at away back be became because become becomes becoming been before beforehand
behind being below beside besides between beyond both but by can can't cannot could couldn't did
didn't do does doesn't doing don't done down during each either else elsewhere enough etc even
ever every everybody everyone everything everywhere except few for former formerly from further
furthermore get gets getting go goes going got had hadn't has hasn't have haven't having he he'd
he'll he's hence her here here's hers herself him himself his how however i i'd i'll i'm i've if
in indeed inside instead into is isn't it it's its itself just last latter least less let let's
like likely many may maybe me meanwhile might mine more moreover most mostly mr mrs ms much must my
myself namely neither never nevertheless new next no nobody none nonetheless noone nor not nothing
now nowhere of off often on once one ones only onto or other others otherwise our ours ourselves
out outside over own per perhaps please put quite rather really said same say saying says see seem
seemed seeming seems several shall she she'd she'll she's should shouldn't since so some somebody
somehow someone something sometime sometimes somewhere still such than that that's the their theirs
them themselves then thence there there's thereafter thereby therefore therein thereupon these they
they'd they'll they're they've thing things this those though through throughout thru thus to
together too toward towards under underneath unless unlike until up upon us very via was wasn't we
we'd we'll we're we've well were weren't what what's whatever when whenever where whereas whereby
wherever whether which while whither who who's whoever whole whom whose why will with within without
won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_TEXT.split())

DENSE_LIMIT = 4_000_000  # similarity by a dense product below this many multiply-adds, else sparse
_STEMS: dict[str, str] = {}  # word -> Porter stem, for the life of the process
_MAX_STEMS = 500_000  # a long-running server starts the cache afresh past this many words


def stopwords() -> frozenset[str]:
    """The stop words left out of content terms."""
    return STOP_WORDS


def stem(word: str) -> str:
    """Porter stem: nltk's PorterStemmer (the stemmer rouge-score uses), as `newsbrief.porter` gives it."""
    s = _STEMS.get(word)
    if s is None:
        if len(_STEMS) >= _MAX_STEMS:
            _STEMS.clear()
        s = _STEMS[word] = porter.stem(word)
    return s


def words(text: str) -> list[str]:
    """Lower-cased word tokens of a text (letters and digits, with an apostrophe suffix: "we're")."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def terms(text: str) -> list[str]:
    """Content terms of a text: lower-cased, stop words dropped, Porter-stemmed."""
    return _content(words(text))


_TERMS: dict[str, str] = {}  # token -> its content term ("" for stop words and single characters)


def _content(tokens: list[str]) -> list[str]:
    looked = list(map(_TERMS.get, tokens))  # one dict lookup per token, in C
    if None in looked:
        if len(_TERMS) >= _MAX_STEMS:
            _TERMS.clear()
        for k, t in enumerate(tokens):
            if looked[k] is None:
                looked[k] = _TERMS[t] = "" if t in STOP_WORDS or len(t) < 2 else stem(t)
    return list(filter(None, looked))


class StoryVectors:
    """TF-IDF rows for a list of texts (sentences of one story), IDF from the story itself.

    Term frequency is 1 + log(count), IDF is log((1 + n) / (1 + df)) + 1 (smoothed, as in
    scikit-learn's TfidfVectorizer), rows are L2-normalised.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)

    @cached_property
    def words(self) -> list[list[str]]:
        """Lower-cased word tokens of each text (see `words`)."""
        # One lower() over the whole story instead of one per text (same tokens).
        joined = "\x00".join(self.texts).lower().replace("’", "'")
        parts = joined.split("\x00")
        if len(parts) != len(self.texts):  # a text holding NUL: tokenise one by one
            return [words(t) for t in self.texts]
        return [_TOKEN.findall(p) for p in parts]

    @cached_property
    def terms(self) -> list[list[str]]:
        """Content terms of each text (see `terms`)."""
        return [_content(ws) for ws in self.words]

    @cached_property
    def _ids(self) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
        flat = list(chain.from_iterable(self.terms))
        vocab = {t: k for k, t in enumerate(dict.fromkeys(flat))}  # ids in order of first use
        ids = np.fromiter(map(vocab.__getitem__, flat), np.int64, len(flat))
        rows = np.repeat(np.arange(len(self.texts), dtype=np.int64), list(map(len, self.terms)))
        return vocab, rows, ids

    @property
    def tokens(self) -> tuple[np.ndarray, np.ndarray]:
        """Every content term of every text, in order, as flat arrays: (text row, vocabulary id)."""
        _, rows, ids = self._ids
        return rows, ids

    @cached_property
    def _cells(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The non-zero cells of the TF-IDF matrix in row-major order: rows, columns, values; and IDF."""
        vocab, rows, ids = self._ids
        n = len(self.texts)
        v = max(len(vocab), 1)
        cells, counts = np.unique(rows * v + ids, return_counts=True)
        r, c = cells // v, cells % v
        df = np.bincount(c, minlength=v)
        idf = np.log((1 + n) / (1 + df)) + 1.0
        vals = (1.0 + np.log(counts)) * idf[c]
        norms = np.sqrt(np.bincount(r, vals * vals, minlength=n))
        vals /= np.where(norms > 0, norms, 1.0)[r]
        return r, c, vals, idf

    @property
    def vocab(self) -> dict[str, int]:
        return self._ids[0]

    @property
    def idf(self) -> np.ndarray:
        return self._cells[3]

    @cached_property
    def matrix(self) -> Any:
        """Sparse (n_sentences x vocab) TF-IDF, rows L2-normalised (scipy CSR)."""
        from scipy.sparse import csr_matrix

        r, c, vals, idf = self._cells
        n = len(self.texts)
        indptr = np.concatenate(([0], np.cumsum(np.bincount(r, minlength=n))))
        return csr_matrix((vals, c, indptr), shape=(n, len(idf)))

    @cached_property
    def similarity(self) -> np.ndarray:
        """Dense cosine similarity between every pair of sentences."""
        r, c, vals, idf = self._cells
        n = len(self.texts)
        # Only terms of two or more texts make two texts similar: for a small story a dense product
        # over those columns is cheaper than a sparse one; the diagonal is each row's squared norm.
        df = np.bincount(c, minlength=len(idf))
        shared = df[c] > 1
        width = int((df > 1).sum())
        if n * n * width > DENSE_LIMIT:
            m = self.matrix
            return (m @ m.T).toarray()
        column = np.cumsum(df > 1) - 1
        x = np.zeros((n, width))
        x[r[shared], column[c[shared]]] = vals[shared]
        sim = x @ x.T
        sim[np.diag_indices(n)] = np.bincount(r, vals * vals, minlength=n)
        return sim

    @cached_property
    def centroid(self) -> np.ndarray:
        """The story's mean TF-IDF vector (dense, L2-normalised)."""
        _, c, vals, idf = self._cells
        total = np.bincount(c, vals, minlength=len(idf))
        norm = np.linalg.norm(total)
        return total / norm if norm else total

    @cached_property
    def centroid_similarity(self) -> np.ndarray:
        r, c, vals, _ = self._cells
        return np.bincount(r, vals * self.centroid[c], minlength=len(self.texts))
