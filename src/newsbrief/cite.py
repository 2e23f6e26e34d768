"""Citations: each summary sentence points at its own place and at the documents that say the same.

Support for a summary sentence comes first from the story's shared claims (`analyze.agreement`,
which matches paraphrases through entities and numbers), so "All sources agree" and the citation
markers never disagree; for documents no claim links, the most similar sentence of that document
counts when its TF-IDF cosine reaches `SUPPORT_THRESHOLD`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .model import Claim, Span, Story, SummarySentence

SUPPORT_THRESHOLD = 0.45  # TF-IDF cosine from which another document's sentence counts as support


def cite(
    story: Story,
    chosen: list[int],
    claims: Sequence[Claim] = (),
    threshold: float = SUPPORT_THRESHOLD,
) -> tuple[SummarySentence, ...]:
    """Summary sentences with their source span and, per other document, one supporting span."""
    by_span = _claim_members(claims)
    sim = story.vectors.similarity if chosen else np.zeros((0, 0))
    docs = np.array([s.doc for s in story.sentences])
    out: list[SummarySentence] = []
    for i in chosen:
        s = story.sentences[i]
        support = {sp.doc: sp for sp in by_span.get((s.doc, s.start, s.end), ()) if sp.doc != s.doc}
        for d in range(len(story.documents)):
            if d == s.doc or d in support:
                continue
            idx = np.flatnonzero(docs == d)
            if not len(idx):
                continue
            best = int(idx[int(np.argmax(sim[i, idx]))])
            if sim[i, best] >= threshold:
                b = story.sentences[best]
                support[d] = Span(d, b.start, b.end)
        out.append(SummarySentence(s.text, s.doc, s.start, s.end, tuple(support[d] for d in sorted(support))))
    return tuple(out)


def _claim_members(claims: Sequence[Claim]) -> dict[tuple[int, int, int], tuple[Span, ...]]:
    """Every span of a shared claim -> all spans of that claim (a span in two claims: the first,
    since claims come best supported first)."""
    out: dict[tuple[int, int, int], tuple[Span, ...]] = {}
    for c in claims:
        if c.kind != "shared":
            continue
        spans = (Span(c.doc, c.start, c.end), *c.sources)
        for sp in spans:
            out.setdefault((sp.doc, sp.start, sp.end), spans)
    return out
