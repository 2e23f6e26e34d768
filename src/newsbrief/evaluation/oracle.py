"""Oracle: greedy extractive selection maximising ROUGE-1 + ROUGE-2 against the references.

The ceiling of sentence extraction under the budget (and a source of training labels); it reads the
references of a `ReferencedStory`, so it exists only in `newsbrief eval`. Each step adds the
sentence that most increases the mean over references of R1 + R2 (F1, or recall with `measure="r"`),
and stops when nothing that fits improves it. Hand-written n-gram counting rather than rouge-score
inside the loop: the greedy search scores thousands of candidate summaries per story, and
incremental clipped counts make each one cost only the n-grams of the added sentence. Tokens are
rouge-score's own (`evaluation.rouge.tokens`), and `rouge12` recomputes the exact score of a final
selection, which the tests check against rouge-score.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Budget
from ..summarize.base import reading_order
from .prepare import ReferencedStory

Grams = Counter[tuple[str, ...]]


def ngrams(tokens: Sequence[str], n: int) -> Grams:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f(overlap: float, pred: int, ref: int, measure: str) -> float:
    r = overlap / max(ref, 1)
    if measure == "r":
        return r
    p = overlap / max(pred, 1)
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def rouge12(summary_tokens: Sequence[str], references: Sequence[Sequence[str]], measure: str = "f") -> float:
    """Mean over references of ROUGE-1 + ROUGE-2 (F or recall) of one token sequence."""
    total = 0.0
    for ref in references:
        for n in (1, 2):
            s, r = ngrams(summary_tokens, n), ngrams(ref, n)
            overlap = sum(min(c, r[g]) for g, c in s.items())
            total += _f(overlap, sum(s.values()), sum(r.values()), measure)
    return total / max(len(references), 1)


class OracleSummarizer:
    name = "oracle"

    def __init__(self, measure: str = "f") -> None:
        if measure not in ("f", "r"):
            raise ValueError(f"oracle measure must be 'f' or 'r', not {measure!r}")
        self.measure = measure

    def select(self, story: ReferencedStory, budget: Budget) -> list[int]:
        from .rouge import reference_sentences, tokens

        if not story.sentences or not story.references:
            return []
        refs = [tokens(" ".join(reference_sentences(r))) for r in story.references]
        ref_grams = [(ngrams(r, 1), ngrams(r, 2)) for r in refs]
        ref_len = [(len(r), max(len(r) - 1, 0)) for r in refs]
        # Candidates: every sentence with tokens, first copy of each text only (syndicated repeats).
        seen: set[str] = set()
        cands: list[tuple[int, Grams, Grams, int]] = []
        for i, s in enumerate(story.sentences):
            toks = tokens(s.text)
            if toks and s.text not in seen:
                seen.add(s.text)
                cands.append((i, ngrams(toks, 1), ngrams(toks, 2), s.words))
        limit = budget.words
        have: list[Grams] = [Counter(), Counter()]
        size = [0, 0]
        overlap = [[0, 0] for _ in refs]  # per reference, clipped unigram and bigram matches
        chosen: list[int] = []
        used, best_value = 0, 0.0
        while cands:
            if budget.sentences is not None and len(chosen) >= budget.sentences:
                break
            best = None
            for k, (_i, g1, g2, w) in enumerate(cands):
                if limit is not None and used + w > limit:
                    continue
                value = self._value((g1, g2), have, size, overlap, ref_grams, ref_len)
                if best is None or value[0] > best[0]:
                    best = (value[0], k, value[1])
            if best is None or best[0] <= best_value:
                break
            best_value, k, overlap = best
            i, g1, g2, w = cands.pop(k)
            for n, g in enumerate((g1, g2)):
                have[n].update(g)
                size[n] += sum(g.values())
            chosen.append(i)
            used += w
        return reading_order(story, chosen)

    def _value(
        self,
        add: tuple[Grams, Grams],
        have: list[Grams],
        size: list[int],
        overlap: list[list[int]],
        ref_grams: list[tuple[Grams, Grams]],
        ref_len: list[tuple[int, int]],
    ) -> tuple[float, list[list[int]]]:
        """Objective after adding a sentence's n-grams, and the new clipped overlaps."""
        add_size = (len(add[0]) and sum(add[0].values()), len(add[1]) and sum(add[1].values()))
        total = 0.0
        new_overlap = []
        for r, (rg, rl) in enumerate(zip(ref_grams, ref_len, strict=True)):
            row = []
            for n in (0, 1):
                ref, cur = rg[n], have[n]
                o = overlap[r][n]
                for g, c in add[n].items():
                    rc = ref.get(g)
                    if rc:
                        h = cur.get(g, 0)
                        o += min(h + c, rc) - min(h, rc)
                row.append(o)
                total += _f(o, size[n] + add_size[n], rl[n], self.measure)
            new_overlap.append(row)
        return total / len(ref_grams), new_overlap
