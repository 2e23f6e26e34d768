"""Boilerplate removal for scraped plain text: named rules, every removed span kept with its reason."""

from __future__ import annotations

from .clean import clean

__all__ = ["clean"]
