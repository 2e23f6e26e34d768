"""The align stage: typed links between sentences of different documents that say the same thing.

`align(story) -> Alignment` runs after segmenting and before summarizing, on every brief (also with
`--no-analysis`). The citations (`cite.py`) rest only on its `quote` and `fact` links, and the
analysis reads the same links, so the two never disagree. This first version links sentences by
TF-IDF similarity (`tfidf.py`); the entry point stays this small whatever builds the links.
"""

from __future__ import annotations

from ..model import Alignment, Story

__all__ = ["align"]


def align(story: Story) -> Alignment:
    """The story's cross-document links, sorted by (a, b, kind)."""
    from .tfidf import links

    return Alignment(links(story))
