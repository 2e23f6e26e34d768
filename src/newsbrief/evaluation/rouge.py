"""ROUGE as rouge-score computes it, with multiple references averaged and texts pre-split.

- Metric: `rouge_score.rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeL', 'rougeLsum'],
  use_stemmer=True)` (ROUGE-1.5.5 `-m`: Porter stemmer, no stop-word removal).
- Sentences for ROUGE-Lsum: split with newsbrief's own segmenter and joined with "\\n" (rouge-score's
  `split_summaries` needs NLTK data that cannot be downloaded here). References are first
  whitespace-normalised, since DUC's come one clause per line.
- Several references: score against each and average precision, recall and F (ROUGE-1.5.5 `-f A`).
- Budget: the system output is cut to its first `words` whitespace words before scoring.

The only change to rouge-score is a tokenizer that memoises: the same code on the same text, run
once per text instead of once per (method, reference) pair, and Porter stems cached by word.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

ROUGE_TYPES: tuple[str, ...] = ("rouge1", "rouge2", "rougeL", "rougeLsum")
Scores = dict[str, dict[str, float]]  # rouge type -> {"p", "r", "f"}


class _Stemmer:
    """Porter stemmer with a cache (rouge-score stems every token of every text again)."""

    def stem(self, word: str) -> str:
        from ..represent import stem  # same nltk PorterStemmer as rouge-score, lru-cached

        return stem(word)


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """rouge-score's tokens of a text: lower-cased alphanumeric runs, words over 3 letters stemmed."""
    from rouge_score import tokenize

    return tuple(tokenize.tokenize(text, _Stemmer()))


def _tokenizer() -> Any:
    from rouge_score import tokenizers

    class CachedTokenizer(tokenizers.Tokenizer):
        def tokenize(self, text: str) -> tuple[str, ...]:
            return tokens(text)

    return CachedTokenizer()


def reference_sentences(reference: str) -> list[str]:
    """Sentences of a reference summary (line breaks inside it are not sentence ends)."""
    from ..segment import split_text

    return split_text(" ".join(reference.split()))


def truncate(sentences: Sequence[str], words: int | None) -> list[str]:
    """The sentences cut after the first `words` whitespace words (the last one possibly cut)."""
    if words is None:
        return [s for s in sentences if s.strip()]
    out: list[str] = []
    left = words
    for s in sentences:
        ws = s.split()
        if not ws:
            continue
        if left <= 0:
            break
        out.append(" ".join(ws[:left]) if len(ws) > left else s)
        left -= len(ws)
    return out


class Rouge:
    """Scores a candidate (list of sentences) against one story's references."""

    def __init__(self) -> None:
        from rouge_score import rouge_scorer

        self.scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True, tokenizer=_tokenizer())

    def score(self, candidate: Sequence[str], references: Sequence[Sequence[str]]) -> Scores:
        """Mean over references of P, R, F for every ROUGE type; sentences one per item."""
        pred = "\n".join(" ".join(s.split()) for s in candidate)
        total = {t: {"p": 0.0, "r": 0.0, "f": 0.0} for t in ROUGE_TYPES}
        for ref in references:
            got = self.scorer.score("\n".join(ref), pred)
            for t in ROUGE_TYPES:
                total[t]["p"] += got[t].precision
                total[t]["r"] += got[t].recall
                total[t]["f"] += got[t].fmeasure
        k = max(len(references), 1)
        return {t: {m: v / k for m, v in d.items()} for t, d in total.items()}
