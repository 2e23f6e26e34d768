"""The Multi-News layout: documents of a bundle joined by `|||||`, line breaks written `NEWLINE_CHAR`.

The clean stage unwraps paragraphs itself (keeping raw offsets); this only undoes the two marks.
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
