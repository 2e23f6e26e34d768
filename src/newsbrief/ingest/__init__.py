"""Read inputs (files, folders, stdin, bundles, JSONL stories, URLs) into `RawDoc`s."""

from __future__ import annotations

from .load import MAX_INPUT_BYTES, load, load_texts

__all__ = ["MAX_INPUT_BYTES", "load", "load_texts"]
