"""newsbrief: turn the articles covering one news story into a cited brief.

>>> from newsbrief import brief
>>> b = brief(["a.txt", "b.txt"], words=250)

`brief(...) -> Brief` is `newsbrief.pipeline.brief`; `batch(...)` is `newsbrief.batch.batch`; the
types a brief is made of live in `newsbrief.model`. They load on first use, so `import newsbrief`
(and `newsbrief --help`) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch import batch
    from .model import Brief, BriefOptions, RawDoc
    from .pipeline import brief

__version__ = "0.1.0"
__all__ = ["Brief", "BriefOptions", "RawDoc", "__version__", "batch", "brief"]

_LAZY = {
    "brief": ("newsbrief.pipeline", "brief"),
    "Brief": ("newsbrief.model", "Brief"),
    "BriefOptions": ("newsbrief.model", "BriefOptions"),
    "RawDoc": ("newsbrief.model", "RawDoc"),
}


def __getattr__(name: str) -> Any:
    """`brief`, `Brief`, `BriefOptions` and `RawDoc` from their modules, on first use; `batch` is the
    `newsbrief.batch` package itself, which is callable."""
    from importlib import import_module

    if name == "batch":
        return import_module("newsbrief.batch")
    if name in _LAZY:
        module, attr = _LAZY[name]
        return getattr(import_module(module), attr)
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")
