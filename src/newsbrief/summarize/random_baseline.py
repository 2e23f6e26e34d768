"""Random: the candidate sentences in a seeded random order, taken while they fit the budget."""

from __future__ import annotations

import random

from ..model import Budget, Story
from .base import fill, reading_order
from .lexrank import candidates


class RandomSummarizer:
    name = "random"

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def select(self, story: Story, budget: Budget) -> list[int]:
        # A fresh generator per story: the result depends on the seed and the story only, not on
        # which stories came before (so parallel runs agree with serial ones).
        order = [int(i) for i in candidates(story)] if story.sentences else []
        random.Random(self.seed).shuffle(order)
        return reading_order(story, fill(order, story, budget))
