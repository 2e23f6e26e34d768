"""A story id of the store as a user writes it: on the command line (`brief --db X --story N`) and in
the story pages' paths (`/stories/N`). Light: no database library is imported."""

from __future__ import annotations

MAX_STORY_ID = 2**63 - 1  # SQLite's largest INTEGER (PostgreSQL's BIGINT too): no stored id is past it


def story_number(text: str) -> int | None:
    """The story id `text` writes in ASCII digits, None for anything else. `str.isdigit` alone took "²"
    (a digit to it, no number to `int`: a ValueError) and "٣" (read as story 3), and a number past
    SQLite's INTEGER overflowed in the driver: tracebacks, or a 500 on the story pages."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_STORY_ID)):
        return None
    number = int(text)
    return number if number <= MAX_STORY_ID else None


def page_number(text: str, pages: int = 10**6) -> int:
    """The page a list's `?page=` asks for: ASCII digits from 1 to `pages`, else the first page."""
    number = story_number(text)
    return number if number is not None and 1 <= number <= pages else 1
