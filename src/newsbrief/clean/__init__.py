"""Boilerplate removal for scraped plain text: named rules, every removed span kept with its reason."""

from __future__ import annotations

from .clean import clean
from .paragraphs import normalise_quotes, normalise_text, paragraphs
from .rules import RULES, Rule

__all__ = ["RULES", "Rule", "clean", "normalise_quotes", "normalise_text", "paragraphs"]
