"""No fact twice: which pairs of sentences a summary must not hold together.

Two sentences state the same fact when (in this order):
1. the align stage links them (`Alignment.same_fact`: a shared quotation or a fact link, across
   documents);
2. most of the rarer words of the shorter one are in the other: the IDF-weighted share of its
   content terms that the other holds is at least `CONTAINED` ("killed by a nerve agent" restated
   with a few words around it, in the same document or another);
3. they give the same distinctive number (three digits or more, or an amount or a share; not a
   year), share at least `NUMBER_WORDS` content terms and `NUMBER_CONTAINED` of the shorter one's
   weight ("an $83,000 payout" told four times in other words).

TF-IDF cosine (the selection's redundancy threshold) misses these when the sentences differ in
length or wording; this check is what keeps one sentence per fact.
"""

from __future__ import annotations

import re

import numpy as np

from ..model import Story

CONTAINED = 0.6
NUMBER_WORDS = 3
NUMBER_CONTAINED = 0.4
_NUMBER = re.compile(r"(?<![\w.])\$?\d[\d,.]*\d?%?")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def same_fact(story: Story, rows: np.ndarray, use_alignment: bool = True) -> np.ndarray:
    """Boolean (n x n) matrix over the story's sentences, filled for the pairs among `rows` (the
    candidates): True where the two sentences state the same fact."""
    n = len(story.sentences)
    out = np.zeros((n, n), dtype=bool)
    rows = np.asarray(rows, dtype=np.int64)
    if len(rows) < 2:
        return out
    from scipy.sparse import csr_matrix  # lazy, as in represent.py

    vec = story.vectors
    r, c, _, idf = vec._cells
    keep = np.zeros(n, dtype=bool)
    keep[rows] = True
    sel = keep[r]
    index = np.full(n, -1)
    index[rows] = np.arange(len(rows))
    m = len(rows)
    x = csr_matrix((idf[c[sel]], (index[r[sel]], c[sel])), shape=(m, len(idf)))
    b = x.copy()
    b.data[:] = 1.0
    mass = np.asarray(x.sum(axis=1)).ravel()
    overlap = (x @ b.T).toarray()  # overlap[a, b]: IDF mass of a's terms that b holds
    common = (b @ b.T).toarray()
    smaller = np.minimum(mass[:, None], mass[None, :])
    # Rule 2: the shorter sentence's terms are mostly in the other one.
    own = np.where(mass[:, None] <= mass[None, :], overlap, overlap.T)
    contained = own >= CONTAINED * np.maximum(smaller, 1e-9)
    # Rule 3: the same distinctive number and a few content words.
    values: dict[str, int] = {}
    cells: list[tuple[int, int]] = []
    for a, i in enumerate(rows):
        for hit in _NUMBER.finditer(story.sentences[i].text):
            v = hit.group().strip(".,")
            if len(v.replace(",", "")) >= 3 and not _YEAR.match(v):
                cells.append((a, values.setdefault(v, len(values))))
    if cells:
        na, nv = np.array(cells).T
        num = csr_matrix((np.ones(len(na)), (na, nv)), shape=(m, len(values)))
        same_number = (num @ num.T).toarray() > 0
        loose = own >= NUMBER_CONTAINED * np.maximum(smaller, 1e-9)
        contained |= same_number & (common >= NUMBER_WORDS) & loose
    np.fill_diagonal(contained, False)
    out[np.ix_(rows, rows)] = contained | contained.T
    # Rule 1: the align stage's quote and fact links.
    if use_alignment:
        for link in story.alignment.links:
            if link.kind in ("quote", "fact") and keep[link.a] and keep[link.b]:
                out[link.a, link.b] = out[link.b, link.a] = True
    return out
