"""Many stories at once: `newsbrief batch` and `newsbrief.batch(...)`.

Stories are read in order (`sources`), each is briefed by one per-story function (`work`) run in
this process, in a local process pool or on a Dask cluster (`runners`), and the results come back
in input order through a small reorder buffer (`engine`) to the output files (`sinks`), which are
appended whole and resumable.

Only the standard library is imported here, so `newsbrief --help` stays fast.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from typing import Any

__all__ = ["batch"]


def batch(stories: Any, **options: Any) -> Iterator[tuple[str, Any]]:
    """Briefs of many stories, in input order: yields `(id, brief dict)` or `(id, StoryError)`.

    `stories` is a path (JSONL[.gz], a folder of story folders, a Multi-News `.src` file) or an
    iterable of `StoryRecord`s or dicts with `documents` (and optionally `id`). Options: `jobs`
    (default: all cores; 1 runs in this process), `words`, `sentences`, `method`, `analysis`, `ner`,
    `dask` (a scheduler address or "local"), `chunk`, `max_chars`. See `engine.briefs`.
    """
    from .engine import briefs

    return briefs(stories, **options)


class _CallableModule(types.ModuleType):
    """`newsbrief.batch` is both this package and the function: importing the package replaces the
    lazy `newsbrief.batch` function on `newsbrief` with the module, so the module must be callable."""

    def __call__(self, stories: Any, **options: Any) -> Iterator[tuple[str, Any]]:
        return batch(stories, **options)


sys.modules[__name__].__class__ = _CallableModule
