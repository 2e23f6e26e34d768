"""Renderers: each turns a `Brief` into text. Registry by format name, imported lazily.

A new format is one module with `render(brief) -> str`, plus one line below (or, from another
package, an entry in the `newsbrief.renderers` entry-point group).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..registry import Registry

if TYPE_CHECKING:  # `newsbrief --help` imports this package (the render command): keep it light
    from ..model import Brief

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
    return RENDERERS.get(format_name(fmt))(brief)


def format_name(fmt: str) -> str:
    """The registered name `fmt` stands for: an alias's target, else `fmt`, else the one name equal to it
    but for case (`--format` is lower-cased as parsed, so a plugin registered as `PDF` is `-f pdf`)."""
    fmt = ALIASES.get(fmt, fmt)
    if fmt in RENDERERS:
        return fmt
    same = [n for n in RENDERERS.names() if n.lower() == fmt.lower()]
    return same[0] if len(same) == 1 else fmt


def formats() -> list[str]:
    return [*RENDERERS.names(), *ALIASES]


def builtin_formats() -> list[str]:
    """The formats newsbrief itself ships (no entry-point scan, so `--help` stays fast)."""
    return [*RENDERERS.builtin_names(), *ALIASES]


def is_format(fmt: str) -> bool:
    return format_name(fmt) in RENDERERS


def show(brief: Brief, fmt: str, output: Path | None = None) -> None:
    """Write the brief where the command line writes it: to `output` atomically, else to stdout (the
    terminal format in colour when stdout is a terminal). `brief` and `render` both end here."""
    import sys

    if fmt in ("terminal", "text") and output is None and sys.stdout.isatty():
        from .terminal import print_brief

        print_brief(brief)
        return
    from ..io import emit

    emit(render(brief, fmt), output)
