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
    vec = story.vectors
    r, c, _, idf = vec._cells
    keep = np.zeros(n, dtype=bool)
    keep[rows] = True
    sel = keep[r]
    r, c = r[sel], c[sel]
    index = np.full(n, -1)
    index[rows] = np.arange(len(rows))
    cols, col = np.unique(c, return_inverse=True)
    x = np.zeros((len(rows), len(cols)))
    x[index[r], col] = idf[cols][col]
    mass = x.sum(axis=1)
    shared = (x > 0).astype(float)
    overlap = x @ shared.T  # overlap[a, b]: IDF mass of a's terms that b holds
    smaller = np.minimum(mass[:, None], mass[None, :])
    # Rule 2: the shorter sentence's terms are mostly in the other one.
    own = np.where(mass[:, None] <= mass[None, :], overlap, overlap.T)
    contained = own >= CONTAINED * np.maximum(smaller, 1e-9)
    # Rule 3: the same number and a few content words.
    numbers = [{m.group().strip(".,") for m in _NUMBER.finditer(story.sentences[i].text)} for i in rows]
    numbers = [{v for v in s if len(v.replace(",", "")) >= 3 and not _YEAR.match(v)} for s in numbers]
    loose = own >= NUMBER_CONTAINED * np.maximum(smaller, 1e-9)
    common = shared @ shared.T
    for a in range(len(rows)):
        if not numbers[a]:
            continue
        for b in range(a + 1, len(rows)):
            if numbers[a] & numbers[b] and common[a, b] >= NUMBER_WORDS and loose[a, b]:
                contained[a, b] = contained[b, a] = True
    np.fill_diagonal(contained, False)
    out[np.ix_(rows, rows)] = contained | contained.T
    # Rule 1: the align stage's quote and fact links.
    if use_alignment:
        for link in story.alignment.links:
            if link.kind in ("quote", "fact") and keep[link.a] and keep[link.b]:
                out[link.a, link.b] = out[link.b, link.a] = True
    return out
