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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..limits import BATCH_MAX_CHARS

if TYPE_CHECKING:
    from ..ingest.stories import StoryError, StoryRecord

__all__ = ["batch"]


def batch(
    stories: str | Path | Iterable[StoryRecord | StoryError | dict[str, Any]],
    *,
    jobs: int | None = None,
    words: int | None = 250,
    sentences: int | None = None,
    method: str = "default",
    analysis: bool = True,
    ner: str = "rules",
    dask: str | None = None,
    chunk: int | None = None,
    max_chars: int = BATCH_MAX_CHARS,
) -> Iterator[tuple[str, dict[str, Any] | StoryError]]:
    """Briefs of many stories, in input order: yields `(id, brief dict)` or `(id, StoryError)`.

    `stories` is a path (JSONL[.gz], a folder of story folders, a Multi-News `.src` file) or an
    iterable of `StoryRecord`s or dicts with `documents` (and optionally `id`). The options are
    `brief`'s (`words`, `sentences`, `method`, `analysis`, `ner`), plus where to run: `jobs` (default:
    all cores; 1 runs in this process), `dask` (a scheduler address or "local"), `chunk`; a story over
    `max_chars` characters fails as too large.
    """
    from .engine import briefs

    return briefs(
        stories,
        jobs=jobs,
        words=words,
        sentences=sentences,
        method=method,
        analysis=analysis,
        ner=ner,
        dask=dask,
        chunk=chunk,
        max_chars=max_chars,
    )


class _CallableModule(types.ModuleType):
    """`newsbrief.batch` is both this package and the function: importing the package replaces the
    lazy `newsbrief.batch` function on `newsbrief` with the module, so the module must be callable."""

    def __call__(self, stories: Any, **options: Any) -> Iterator[tuple[str, Any]]:  # see `batch`
        return batch(stories, **options)


sys.modules[__name__].__class__ = _CallableModule
