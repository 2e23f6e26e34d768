"""Read inputs (files, folders, stdin, bundles, JSONL stories) into `RawDoc`s."""

from __future__ import annotations

from .base import RawDoc
from .load import load, load_texts

__all__ = ["RawDoc", "load", "load_texts"]
