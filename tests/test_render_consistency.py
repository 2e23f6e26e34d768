"""The formats agree: what Markdown/terminal cut is counted, headings match HTML, help lists formats."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief import brief
from newsbrief.render import builtin_formats, is_format, render
from newsbrief.render.markdown import ENTITY_KINDS, MAX_NAMES


def _entity_rows(md: str) -> dict[str, tuple[int, int]]:
    """Per label: names shown and the "+N more" count of the Markdown entity section."""
    rows = {}
    for label, names in re.findall(r"^- \*\*(\w+)\*\*: (.*)$", md, re.M):
        hidden = re.search(r", \+(\d+) more$", names)
        shown = names[: hidden.start()] if hidden else names
        rows[label] = (len(re.split(r", (?![^(]*\))", shown)), int(hidden.group(1)) if hidden else 0)
    return rows


@pytest.mark.shared
def test_markdown_counts_every_entity_of_the_seeds(seeds: list[Path]) -> None:
    b = brief([str(p) for p in seeds], timings=False)
    rows = _entity_rows(render(b, "md"))
    for kind, label in ENTITY_KINDS:
        n = sum(e.kind == kind for e in b.entities)
        if n:
            shown, hidden = rows[label]
            assert (shown, hidden) == (min(n, MAX_NAMES), max(0, n - MAX_NAMES)), (label, n)
    assert any(hidden for _, hidden in rows.values())  # the seeds have more places than are shown


def test_analysis_headings_are_the_same_in_markdown_terminal_and_html() -> None:
    b = brief(raws=_example(), timings=False)
    md_heads = re.findall(r"^## (.+)$", render(b, "md"), re.M)
    text_heads = re.findall(r"^## (.+)$", render(b, "terminal"), re.M)
    html_heads = [h for h in re.findall(r"<h2[^>]*>([^<]+)</h2>", render(b, "html"))]
    analysis = [h for h in md_heads if h not in ("Summary", "Sources")]
    assert len(analysis) >= 3 and text_heads == md_heads
    assert all(h in html_heads for h in analysis), (analysis, html_heads)


def _example() -> list:
    from newsbrief.example import example_docs

    return list(example_docs())


def test_format_help_lists_every_format_newsbrief_ships() -> None:
    proc = subprocess.run(
        [str(Path(sys.executable).with_name("newsbrief")), "brief", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    help_text = " ".join(proc.stdout.split())
    shipped = builtin_formats()
    assert {"terminal", "markdown", "md", "json", "html"} <= set(shipped)
    assert f"Output format: {', '.join(shipped)}." in help_text
    assert all(is_format(f) for f in shipped)
