"""Summarizers by name. Each lives in its own module and is imported only when asked for."""

from __future__ import annotations

from importlib import import_module

from .base import Summarizer

__all__ = ["Summarizer", "get", "names"]

# name -> "module:attribute"; modules are imported lazily so start-up stays fast.
_REGISTRY: dict[str, str] = {
    "default": "newsbrief.summarize.default:DefaultSummarizer",
    "lead": "newsbrief.summarize.lead:LeadSummarizer",
    "lexrank": "newsbrief.summarize.lexrank:LexRankSummarizer",
    "textrank": "newsbrief.summarize.textrank:TextRankSummarizer",
    "mmr": "newsbrief.summarize.mmr:MMRSummarizer",
    "centroid": "newsbrief.summarize.centroid:CentroidSummarizer",
    "random": "newsbrief.summarize.random_baseline:RandomSummarizer",
}


def names() -> list[str]:
    return list(_REGISTRY)


def get(name: str, **options: object) -> Summarizer:
    """A summarizer instance by registry name; `KeyError` names the known ones."""
    try:
        module, attr = _REGISTRY[name].split(":")
    except KeyError:
        raise KeyError(f"unknown method {name!r}; known: {', '.join(names())}") from None
    return getattr(import_module(module), attr)(**options)
