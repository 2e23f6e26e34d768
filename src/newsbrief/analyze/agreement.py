"""Agreement across sources (placeholder while the quote and entity passes are measured)."""

from __future__ import annotations

from ..model import Claim
from ..summarize.base import Story


def find_claims(story: Story, ents) -> tuple[Claim, ...]:
    return ()
