"""A refinement round's candidate scores and cosines as array products over one term-id space.

`TermIds` numbers every term a process meets, in first-seen order; an id is never reused nor changed
while the process lives, so it is stable for as long as a store (or a one-shot run) is open in it. Ids
are not persisted: a store keeps terms as text and a vector becomes arrays when it is first weighed in
process (`Dots` keeps them with its cosines). A vector as arrays is its term ids sorted with their
weights (`as_arrays`).

Both products give the bits the dict code gives, so they decide nothing differently:
- `candidate_ids`: each article's query terms (in their order) times the stories posted under each
  (a 0/1 matrix) is each story's sum of the article's query weights, added in the article's term order
  as `engine._rounds` adds them (scipy's CSR product adds a row's entries in their stored order, from
  0.0); then the `candidates` heaviest per article (ties by story id), its own story added.
- `cosines`: the elementwise products of each (article, centroid) pair's shared terms in one CSR
  product, each pair's summed by `math.fsum` (exactly rounded, so in any order the bits of
  `vectors.cosine`).

Off by default (`engine.ARRAY_ROUNDS`): a store's round weighs about 550 (article, story) pairs, each
vector in about three, so making the arrays costs more than the dict cosines it saves (session 47,
docs/HISTORY.md); it pays only if vectors arrive as arrays and centroids are summed as arrays.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from itertools import chain

import numpy as np
from scipy import sparse

MIN_ROWS = 8  # a round weighing fewer articles scores them one by one (a product's set-up costs more)


class TermIds:
    """Term -> id, assigned in first-seen order, never reused (a process's term-id space)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def of(self, terms: Iterable[str]) -> list[int]:
        """The ids of `terms`, new terms numbered next (read twice: an iterator is listed first)."""
        if not isinstance(terms, Collection):
            terms = list(terms)
        ids = self.ids
        got = list(map(ids.get, terms))
        if None in got:
            got = [ids.setdefault(t, len(ids)) for t in terms]
        return got  # type: ignore[return-value]


TERMS = TermIds()  # the process's term-id space


def as_arrays(vec: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """A sparse vector as its term ids (`TERMS`), sorted, and their weights."""
    ids = np.array(TERMS.of(vec), dtype=np.int64)
    weights = np.fromiter(vec.values(), dtype=np.float64, count=len(vec))
    order = np.argsort(ids, kind="stable")
    return ids[order], weights[order]


def candidate_ids(
    queries: Sequence[Sequence[tuple[str, float]]],
    current: Sequence[int],
    postings: dict[str, set[int]],
    candidates: int,
) -> list[list[int]]:
    """Per article (its query terms and weights, its story): its own story and the `candidates` stories
    its query terms point at most (summed weights, ties by story id), sorted: `engine._rounds`' ids."""
    cols: list[int] = []
    weights: list[float] = []
    indptr = [0]
    local: dict[str, int] = {}
    for q in queries:
        for t, w in q:
            if t in postings:
                cols.append(local.setdefault(t, len(local)))
                weights.append(w)
        indptr.append(len(cols))
    posted = [postings[t] for t in local]
    sids = np.fromiter(chain.from_iterable(posted), dtype=np.int64)
    if not len(sids):
        return [[cur] for cur in current]
    stories, where = np.unique(sids, return_inverse=True)
    p_indptr = np.zeros(len(posted) + 1, dtype=np.int64)
    np.cumsum([len(s) for s in posted], out=p_indptr[1:])
    q = sparse.csr_matrix(
        (np.array(weights), np.array(cols, dtype=np.int64), np.array(indptr, dtype=np.int64)),
        shape=(len(queries), len(local)),
    )
    p = sparse.csr_matrix(
        (np.ones(len(sids)), where.astype(np.int64), p_indptr), shape=(len(local), len(stories))
    )
    s = q @ p  # each row's stories, each weight summed in the row's term order
    ptr = s.indptr
    rows = np.repeat(np.arange(len(queries)), np.diff(ptr))
    sid = stories[s.indices]
    order = np.lexsort((sid, -s.data, rows))
    rows, sid = rows[order], sid[order]
    keep = np.arange(len(rows)) - ptr[rows] < candidates
    kept = sid[keep].tolist()
    bounds = np.searchsorted(rows[keep], np.arange(len(queries) + 1)).tolist()
    out = []
    for i, cur in enumerate(current):
        ids = kept[bounds[i] : bounds[i + 1]]
        if cur not in ids:
            ids.append(cur)
        ids.sort()
        out.append(ids)
    return out


def cosines(
    left: Sequence[tuple[np.ndarray, np.ndarray]],
    right: Sequence[tuple[np.ndarray, np.ndarray]],
    pairs: Sequence[tuple[int, int]],
) -> list[float]:
    """The dot product of each pair (an index into `left`, one into `right`) of sparse vectors as
    arrays (`as_arrays`): `vectors.cosine`'s bits (each pair's shared terms' products, `math.fsum`).
    Each pair's left terms are found among its right vector's (one sorted search over all of them)."""
    if not pairs:
        return []
    width = len(TERMS) + 1
    l_ids, l_w, l_ptr = _joined(left)
    r_ids, r_w, r_ptr = _joined(right)
    r_key = np.repeat(np.arange(len(right), dtype=np.int64) * width, np.diff(r_ptr)) + r_ids
    pi = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
    pj = np.fromiter((j for _, j in pairs), dtype=np.int64, count=len(pairs))
    lens = l_ptr[pi + 1] - l_ptr[pi]
    ends = np.cumsum(lens)
    at = np.arange(ends[-1], dtype=np.int64) + np.repeat(l_ptr[pi] - (ends - lens), lens)
    keys = np.repeat(pj * width, lens) + l_ids[at]
    pos = np.minimum(np.searchsorted(r_key, keys), len(r_key) - 1)
    hit = r_key[pos] == keys if len(r_key) else np.zeros(len(keys), dtype=bool)
    products = (l_w[at[hit]] * r_w[pos[hit]]).tolist()
    owner = np.repeat(np.arange(len(pairs)), lens)[hit]  # the pair each shared term's product is of
    bounds = [0, *np.cumsum(np.bincount(owner, minlength=len(pairs))).tolist()]
    fsum = math.fsum
    return [fsum(products[bounds[k] : bounds[k + 1]]) for k in range(len(pairs))]


def _joined(vectors: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vectors as arrays laid end to end: their ids, their weights and where each starts."""
    ptr = np.zeros(len(vectors) + 1, dtype=np.int64)
    np.cumsum([len(ids) for ids, _ in vectors], out=ptr[1:])
    if not vectors:
        return np.zeros(0, dtype=np.int64), np.zeros(0), ptr
    return np.concatenate([ids for ids, _ in vectors]), np.concatenate([w for _, w in vectors]), ptr
