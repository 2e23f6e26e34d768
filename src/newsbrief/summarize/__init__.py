"""Summarizers by name. Each lives in its own module and is imported only when asked for.

A new method is one module with a class following `base.Summarizer`, plus one line below (or, from
another package, an entry in the `newsbrief.summarizers` entry-point group).
"""

from __future__ import annotations

from ..registry import Registry
from .base import Summarizer

__all__ = ["SUMMARIZERS", "Summarizer", "get", "names"]

SUMMARIZERS: Registry[type[Summarizer]] = Registry(
    "method",
    "newsbrief.summarizers",
    {
        "default": "newsbrief.summarize.default:DefaultSummarizer",
        "lead": "newsbrief.summarize.lead:LeadSummarizer",
        "lexrank": "newsbrief.summarize.lexrank:LexRankSummarizer",
        "textrank": "newsbrief.summarize.textrank:TextRankSummarizer",
        "mmr": "newsbrief.summarize.mmr:MMRSummarizer",
        "centroid": "newsbrief.summarize.centroid:CentroidSummarizer",
        "random": "newsbrief.summarize.random_baseline:RandomSummarizer",
        "ilp": "newsbrief.summarize.concepts:ConceptsSummarizer",
    },
)


def names() -> list[str]:
    return SUMMARIZERS.names()


def get(name: str, **options: object) -> Summarizer:
    """A summarizer instance by name; `KeyError` names the known ones."""
    return SUMMARIZERS.get(name)(**options)
