"""Renderers: each turns a `Brief` into text. Registry by format name, imported lazily."""

from __future__ import annotations

from importlib import import_module

from ..model import Brief

FORMATS: dict[str, str] = {
    "terminal": "newsbrief.render.terminal:render",
    "markdown": "newsbrief.render.markdown:render",
    "json": "newsbrief.render.json:render",
    "html": "newsbrief.render.html:render",
}
ALIASES = {"md": "markdown", "text": "terminal"}


def render(brief: Brief, fmt: str) -> str:
    """The brief as a string in format `fmt` ("terminal" gives plain text with rich markup stripped)."""
    fmt = ALIASES.get(fmt, fmt)
    module, attr = FORMATS[fmt].split(":")
    return getattr(import_module(module), attr)(brief)


def formats() -> list[str]:
    return [*FORMATS, *ALIASES]
