"""What every summarizer shares: the story it reads, the budget, the protocol, budget filling."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from ..model import Document, Sentence
from ..represent import StoryVectors


@dataclass(frozen=True)
class Budget:
    """Summary length: at most `words` words, or exactly up to `sentences` sentences if given."""

    words: int | None = 250
    sentences: int | None = None

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in (("words", self.words), ("sentences", self.sentences)) if v is not None}


@dataclass(frozen=True)
class Story:
    """The input of a summarizer: clean documents and their sentences (plus references, eval only)."""

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    references: tuple[str, ...] = field(default=())

    @cached_property
    def vectors(self) -> StoryVectors:
        return StoryVectors([s.text for s in self.sentences])

    @cached_property
    def doc_lengths(self) -> list[int]:
        """Number of sentences in each document."""
        counts = [0] * len(self.documents)
        for s in self.sentences:
            counts[s.doc] += 1
        return counts


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
