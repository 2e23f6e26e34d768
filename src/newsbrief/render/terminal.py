"""Terminal: the Markdown brief rendered by rich (plain text when not a TTY)."""

from __future__ import annotations

from ..model import Brief
from . import markdown


def render(brief: Brief) -> str:
    """Plain text for pipes and files; `print_brief` gives the styled version on a terminal."""
    return markdown.render(brief)


def print_brief(brief: Brief) -> None:
    from rich.console import Console
    from rich.markdown import Markdown

    Console().print(Markdown(markdown.render(brief)))
