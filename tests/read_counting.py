"""Counting a stories file's reads: `read` and `readline` calls on the file `stories.text_of` opens, so a
test can show blank lines are read by the chunk, not a Python step each (`batch`/`eval`, `cluster`)."""

from __future__ import annotations

from typing import Any


def count_reads(monkeypatch: Any) -> list[tuple]:
    """Every `read`/`readline` call on files `newsbrief.ingest.stories.text_of` opens from now on."""
    from newsbrief.ingest import stories

    calls: list[tuple] = []
    text_of = stories.text_of

    def counted(raw: Any, name: str | None = None) -> Any:
        f = text_of(raw, name)
        for method in ("read", "readline"):
            real = getattr(f, method)
            monkeypatch.setattr(f, method, lambda *a, real=real: calls.append(a) or real(*a), raising=False)
        return f

    monkeypatch.setattr(stories, "text_of", counted)
    return calls
