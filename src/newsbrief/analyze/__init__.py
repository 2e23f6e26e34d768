"""Analysis of a story: quotes with speakers, entities, agreement across sources."""

from __future__ import annotations

from ..model import Claim, Entity, Quote
from ..summarize.base import Story


def analyze(story: Story) -> tuple[tuple[Quote, ...], tuple[Entity, ...], tuple[Claim, ...]]:
    """Quotes, entities and claims of a story (filled in by the analysis modules)."""
    return (), (), ()
