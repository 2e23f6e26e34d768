"""Text layout fixes shared by ingest, training and evaluation.

`normalize_benchmark_text` turns benchmark text into what a user would paste: Multi-News paragraph
marks (`NEWLINE_CHAR`) become line breaks and hard-wrapped newswire (DUC) is unwrapped to one paragraph
per line. The clean stage applies the same paragraph rules to raw text itself (keeping raw offsets),
so a document gives the same clean text whether or not it went through here first.
"""

from __future__ import annotations

import re

MULTINEWS_SEP = "|||||"
_NEWLINE_MARK = re.compile(r"[ \t]*(?<!\S)NEWLINE_CHAR(?!\S)[ \t]*")


def decode_newline_marks(text: str) -> str:
    """Multi-News writes a line break as the token `NEWLINE_CHAR`; put the line breaks back."""
    if "NEWLINE_CHAR" not in text:
        return text
    return _NEWLINE_MARK.sub("\n", text).strip()


def split_bundle(text: str) -> list[str]:
    """The documents of a Multi-News bundle (`doc ||||| doc ...`), marks decoded, empty ones dropped."""
    parts = (decode_newline_marks(p).strip() for p in text.split(MULTINEWS_SEP))
    return [p for p in parts if p]


def normalize_benchmark_text(text: str) -> str:
    """One paragraph per line: Multi-News marks decoded, hard wraps undone, whitespace collapsed."""
    from ..clean.paragraphs import normalise_text

    return normalise_text(text)
