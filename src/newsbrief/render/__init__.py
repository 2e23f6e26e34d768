"""Renderers: each turns a `Brief` into text. Registry by format name, imported lazily.

A new format is one module with `render(brief) -> str`, plus one line below (or, from another
package, an entry in the `newsbrief.renderers` entry-point group).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Brief
from ..registry import Registry

RENDERERS: Registry[Callable[[Brief], str]] = Registry(
    "format",
    "newsbrief.renderers",
    {
        "terminal": "newsbrief.render.terminal:render",
        "markdown": "newsbrief.render.markdown:render",
        "json": "newsbrief.render.json:render",
        "html": "newsbrief.render.html:render",
    },
)
ALIASES = {"md": "markdown", "text": "terminal"}


def render(brief: Brief, fmt: str) -> str:
    """The brief as a string in format `fmt` ("terminal" gives plain text with rich markup stripped)."""
    return RENDERERS.get(ALIASES.get(fmt, fmt))(brief)


def formats() -> list[str]:
    return [*RENDERERS.names(), *ALIASES]


def is_format(fmt: str) -> bool:
    return fmt in ALIASES or fmt in RENDERERS
