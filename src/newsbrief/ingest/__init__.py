"""Read inputs (files, folders, stdin, bundles, JSONL stories, URLs) into `RawDoc`s."""

from __future__ import annotations

from .load import MAX_INPUT_BYTES, load, load_bytes, load_texts
from .readers import READERS, Reader

__all__ = ["MAX_INPUT_BYTES", "READERS", "Reader", "load", "load_bytes", "load_texts"]
