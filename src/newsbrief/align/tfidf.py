"""Sentence links by TF-IDF cosine: for every sentence, the most similar sentence of each other
document, when the cosine reaches `SUPPORT_THRESHOLD`, is a `fact` link; its evidence is the
content words the two share (stems, rarest first)."""

from __future__ import annotations

import numpy as np

from ..model import Link, Story

SUPPORT_THRESHOLD = 0.45  # TF-IDF cosine from which another document's sentence says the same
MAX_EVIDENCE = 8  # shared content words kept per link


def links(story: Story, threshold: float = SUPPORT_THRESHOLD) -> tuple[Link, ...]:
    """Every sentence's best match in each other document above `threshold`, as links sorted by (a, b)."""
    n = len(story.sentences)
    if n == 0 or len(story.documents) < 2:
        return ()
    sim = np.asarray(story.vectors.similarity)
    docs = np.fromiter((s.doc for s in story.sentences), np.int64, n)
    rows = np.arange(n)
    pairs: set[tuple[int, int]] = set()
    for d in range(len(story.documents)):
        idx = np.flatnonzero(docs == d)
        if not len(idx):
            continue
        best = idx[np.argmax(sim[:, idx], axis=1)]  # every sentence's most similar sentence of d
        for i in np.flatnonzero((sim[rows, best] >= threshold) & (docs != d)).tolist():
            j = int(best[i])
            pairs.add((min(i, j), max(i, j)))
    terms = story.vectors.terms
    idf, vocab = story.vectors.idf, story.vectors.vocab
    out = []
    for a, b in sorted(pairs):
        shared = sorted(set(terms[a]) & set(terms[b]), key=lambda t: (-idf[vocab[t]], t))
        out.append(Link(a, b, "fact", float(sim[a, b]), tuple(shared[:MAX_EVIDENCE])))
    return tuple(out)
