"""newsbrief: turn the articles covering one news story into a cited brief.

>>> from newsbrief import brief
>>> b = brief(["a.txt", "b.txt"], words=250)
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "batch", "brief"]


def brief(*args: Any, **kwargs: Any) -> Any:
    """The brief of one story; see `newsbrief.pipeline.brief`."""
    from .pipeline import brief as _brief

    return _brief(*args, **kwargs)


def batch(*args: Any, **kwargs: Any) -> Any:
    """Briefs of many stories; see `newsbrief.batch.batch`."""
    from .batch import batch as _batch

    return _batch(*args, **kwargs)
