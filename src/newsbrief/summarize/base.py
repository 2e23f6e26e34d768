"""What every summarizer shares: the protocol, candidate sentences, budget filling, reading order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from ..model import Budget, Sentence, Story


class Summarizer(Protocol):
    """Pick sentences of a story within a budget; return their indices into `story.sentences`."""

    name: str

    def select(self, story: Story, budget: Budget) -> list[int]: ...


MIN_WORDS = 6
MAX_WORDS = 80


def is_candidate(s: Sentence) -> bool:
    """A sentence a summary may use: not a fragment, not a run-on list, ends like a sentence."""
    n = s.words
    return MIN_WORDS <= n <= MAX_WORDS and s.text[-1] in ".!?\"'”’)"


def fill(
    ranked: Iterable[int],
    story: Story,
    budget: Budget,
    accept: Callable[[int, list[int]], bool] | None = None,
) -> list[int]:
    """Take sentences in ranked order while they fit the budget, never cutting one.

    A sentence that would overflow the word budget is skipped and smaller ones further down
    the ranking may still fill the gap. `accept(i, chosen)` can veto a sentence (redundancy).
    """
    chosen: list[int] = []
    used = 0
    limit = budget.words
    for i in ranked:
        if budget.sentences is not None and len(chosen) >= budget.sentences:
            break
        n = story.sentences[i].words
        if limit is not None and used + n > limit:
            continue
        if accept is not None and not accept(i, chosen):
            continue
        chosen.append(i)
        used += n
        if limit is not None and limit - used < MIN_WORDS:
            break
    return chosen


def reading_order(story: Story, chosen: Iterable[int]) -> list[int]:
    """Order picked sentences for reading: by source document, then position in it."""
    return sorted(chosen, key=lambda i: (story.sentences[i].doc, story.sentences[i].index))
