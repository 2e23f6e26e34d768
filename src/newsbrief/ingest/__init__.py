"""Read inputs (files, folders, stdin, bundles, JSONL stories, URLs) into `RawDoc`s."""

from __future__ import annotations

from .base import RawDoc
from .load import MAX_INPUT_BYTES, load, load_texts

__all__ = ["MAX_INPUT_BYTES", "RawDoc", "load", "load_texts"]
