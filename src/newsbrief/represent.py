"""Sentence vectors for one story: TF-IDF weights behind a small interface.

Every summarizer, the citation step and the analysis read vectors from here, so the
representation can change in one place. Vectors are L2-normalised rows, so a dot product
is a cosine similarity.

Similarity is sparse and its cost linear in the story's size (`neighbours`): a story small enough
gets every pair of sentences sharing a term (exact), a larger one only pairs that share a rare
term, each sentence keeping its best `NEIGHBOURS`. No n x n array is ever built; consumers that
need one sentence against all others ask for its exact row (`rows`, `cosines`).

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

# Sparse similarity (`neighbours`). Below EXACT_WORK multiply-adds (the sum over terms of the
# squared number of sentences using each: 562,000 for the largest dev story, duc2006-D0615F) every
# pair sharing a term is kept, so results are exact; above it, candidates share a term of at most
# RARE_DF sentences and each sentence keeps its NEIGHBOURS best, so memory and time grow linearly.
EXACT_WORK = 2_000_000
RARE_DF = 64
NEIGHBOURS = 32
_CHUNK = 1024  # rows per block of the blocked product (bounds its scratch memory)
_PAIRS = 8192  # pairs per block in `pair_dot` (bounds its scratch memory)
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
    def presence(self) -> Any:
        """Sparse 0/1 matrix (n_sentences x vocab): which content terms each sentence contains."""
        from scipy.sparse import csr_matrix

        m = self.matrix
        return csr_matrix((np.ones(len(m.data)), m.indices, m.indptr), shape=m.shape)

    @cached_property
    def shared_terms(self) -> Any:
        """How many distinct content terms each pair of `neighbours` shares: a CSR matrix with the
        same sparsity as `neighbours` (entry for entry, so `.data` arrays line up)."""
        from scipy.sparse import csr_matrix

        nb = self.neighbours
        p = self.presence
        if self.exact:  # the same product pattern as neighbours (a pair shares a term or not)
            out = csr_matrix(p @ p.T)
            out.sum_duplicates()
            return out
        i = np.repeat(np.arange(nb.shape[0], dtype=np.int64), np.diff(nb.indptr))
        return csr_matrix((pair_dot(p, i, nb.indices), nb.indices.copy(), nb.indptr.copy()), shape=nb.shape)

    def edges(self, among: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The pairs of `neighbours` without the diagonal as arrays (i, j, position in `.data`),
        row-major; with `among` (sentence indices), only pairs of those, numbered by position in
        `among`."""
        nb = self.neighbours
        n = nb.shape[0]
        i = np.repeat(np.arange(n, dtype=np.int64), np.diff(nb.indptr))
        j = nb.indices.astype(np.int64)
        keep = i != j
        if among is not None:
            pos = np.full(n, -1, dtype=np.int64)
            pos[np.asarray(among, dtype=np.int64)] = np.arange(len(among))
            i, j = pos[i], pos[j]
            keep &= (i >= 0) & (j >= 0)
        at = np.flatnonzero(keep)
        return i[at], j[at], at

    @cached_property
    def _neighbours(self) -> tuple[Any, bool]:
        return neighbours(self.matrix, exact_flag=True)

    @property
    def neighbours(self) -> Any:
        """Sparse symmetric cosine similarity (scipy CSR, diagonal included): see `neighbours`."""
        return self._neighbours[0]

    @property
    def exact(self) -> bool:
        """Does `neighbours` hold every pair of sentences with a non-zero similarity?"""
        return self._neighbours[1]

    @cached_property
    def _keys(self) -> np.ndarray:
        nb = self.neighbours
        n = nb.shape[0]
        return np.repeat(np.arange(n, dtype=np.int64), np.diff(nb.indptr)) * n + nb.indices

    def rows(self, idx: Sequence[int] | np.ndarray) -> np.ndarray:
        """Exact cosine of sentences `idx` with every sentence, dense (len(idx) x n)."""
        n = len(self.texts)
        if not self.exact:
            m = self.matrix
            return np.asarray((m[np.asarray(idx, dtype=np.int64)] @ m.T).toarray()).reshape(len(idx), n)
        nb = self.neighbours  # every non-zero pair: read the rows straight from its arrays
        out = np.zeros((len(idx), n))
        for k, i in enumerate(idx):
            a, b = nb.indptr[i], nb.indptr[i + 1]
            out[k, nb.indices[a:b]] = nb.data[a:b]
        return out

    def cosines(self, i: Sequence[int] | np.ndarray, j: Sequence[int] | np.ndarray) -> np.ndarray:
        """Exact cosine of each pair (i[k], j[k])."""
        if not self.exact:
            return pair_dot(self.matrix, i, j)
        keys = self._keys
        want = np.asarray(i, dtype=np.int64) * len(self.texts) + np.asarray(j, dtype=np.int64)
        pos = np.minimum(np.searchsorted(keys, want), max(len(keys) - 1, 0))
        if not len(keys):
            return np.zeros(len(want))
        return np.where(keys[pos] == want, self.neighbours.data[pos], 0.0)

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


def pair_dot(x: Any, i: Sequence[int] | np.ndarray, j: Sequence[int] | np.ndarray) -> np.ndarray:
    """Dot product of rows i[k] and j[k] of the sparse matrix `x`, for each k.

    Plain numpy (no scipy call per pair): each pair's shorter row is spread out and its columns
    looked up in the other row by binary search over the sorted (row, column) keys; linear in the
    shorter rows' size, in blocks of pairs so scratch memory stays bounded.
    """
    from scipy.sparse import csr_matrix

    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    out = np.zeros(len(i))
    if not len(i):
        return out
    x = csr_matrix(x)
    if not x.has_canonical_format:
        x = x.copy()
        x.sum_duplicates()
    indptr = x.indptr.astype(np.int64)
    length = np.diff(indptr)
    width = max(x.shape[1], 1)
    keys = np.repeat(np.arange(x.shape[0], dtype=np.int64), length) * width + x.indices
    if not len(keys):
        return out
    swap = length[j] < length[i]
    i, j = np.where(swap, j, i), np.where(swap, i, j)
    for a in range(0, len(i), _PAIRS):
        ii, jj = i[a : a + _PAIRS], j[a : a + _PAIRS]
        n = length[ii]
        owner = np.repeat(np.arange(len(ii)), n)
        pos = np.repeat(indptr[ii] - np.cumsum(n) + n, n) + np.arange(int(n.sum()))
        want = jj[owner] * width + x.indices[pos]
        hit = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
        found = keys[hit] == want
        out[a : a + _PAIRS] = np.bincount(
            owner[found], x.data[pos[found]] * x.data[hit[found]], minlength=len(ii)
        )
    return out


def off_diagonal(x: Any) -> Any:
    """A sparse square matrix without its diagonal (CSR)."""
    from scipy.sparse import csr_matrix

    c = x.tocoo()
    off = c.row != c.col
    return csr_matrix((c.data[off], (c.row[off], c.col[off])), shape=x.shape)


def neighbours(
    x: Any, k: int = NEIGHBOURS, rare: int = RARE_DF, exact_work: int = EXACT_WORK, exact_flag: bool = False
) -> Any:
    """The sparse product x @ x.T of a CSR row matrix, symmetric, diagonal included.

    Exact (every pair of rows sharing a column) when that costs at most `exact_work` multiply-adds.
    Beyond, it is blocked: candidate pairs share a column used by at most `rare` rows (so their
    number is at most `rare` times the non-zeros of x); each row keeps the `k` best by the dot
    product over those rare columns (ties by index), and every kept pair gets its exact dot
    product; a pair kept by either row is kept for both. Rows that share only common columns are
    not neighbours, which is what bounds the cost: memory and time are linear in the non-zeros of x.
    With `exact_flag`, returns (matrix, whether it is exact).
    """
    from scipy.sparse import csr_matrix

    x = csr_matrix(x, copy=True)
    x.sum_duplicates()  # canonical: sorted indices, no spare capacity
    n = x.shape[0]
    df = np.bincount(x.indices, minlength=x.shape[1]).astype(np.float64)
    if float((df * df).sum()) <= exact_work:
        out = csr_matrix(x @ x.T)
        out.sum_duplicates()
        return (out, True) if exact_flag else out
    is_rare = (df <= rare)[x.indices]
    xr = csr_matrix((np.where(is_rare, x.data, 0.0), x.indices.copy(), x.indptr.copy()), shape=x.shape)
    xr.eliminate_zeros()
    xrt = csr_matrix(xr.T)
    keep_i, keep_j = [], []
    for a in range(0, n, _CHUNK):
        p = csr_matrix(xr[a : a + _CHUNK] @ xrt)  # candidates, ranked by their rare terms
        for r in range(p.shape[0]):
            lo, hi = p.indptr[r], p.indptr[r + 1]
            cols, vals = p.indices[lo:hi], p.data[lo:hi]
            own = cols != a + r
            cols, vals = cols[own], vals[own]
            if len(cols) > k:
                cols = cols[np.lexsort((cols, -vals))[:k]]  # best first, ties by index
            keep_i.append(np.full(len(cols), a + r, dtype=np.int64))
            keep_j.append(cols.astype(np.int64))
    i = np.concatenate([np.zeros(0, np.int64), *keep_i])
    j = np.concatenate([np.zeros(0, np.int64), *keep_j])
    v = pair_dot(x, i, j)  # the exact cosine of every kept pair, common terms included
    diag = np.arange(n, dtype=np.int64)
    norms = np.asarray(x.multiply(x).sum(axis=1)).ravel()
    ii = np.concatenate([i, j, diag])
    jj = np.concatenate([j, i, diag])
    vv = np.concatenate([v, v, norms])
    keys, first = np.unique(ii * n + jj, return_index=True)
    nonzero = vv[first] != 0
    keys, vals = keys[nonzero], vv[first][nonzero]
    rows, cols = keys // max(n, 1), keys % max(n, 1)
    indptr = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=n))))
    out = csr_matrix((vals, cols, indptr), shape=(n, n))
    return (out, False) if exact_flag else out
