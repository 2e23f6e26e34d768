"""Stories as JSON (`schema/stories.schema.json`), markdown, plain text or HTML."""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import counted
from . import STORIES_SCHEMA_VERSION, StoryGroup


def _articles_in_stories(data: dict[str, Any]) -> str:
    return f"{counted(data['articles'], 'article')} in {counted(len(data['stories']), 'story')}"


def document_dict(m: Any) -> dict[str, Any]:
    d = m.document
    return {
        "source": d.source,
        "id": d.id,
        "title": d.title,
        "outlet": d.outlet,
        "date": d.date,
        "words": m.words if m.words is not None else len(d.text.split()),
        "duplicate_of": m.duplicate_of,
        "rule": m.rule,
        "shown": m.shown,
    }


def to_dict(stories: Sequence[StoryGroup], briefs: dict[str, Any] | None = None) -> dict[str, Any]:
    """A JSON-ready dict with a fixed key order (`briefs`: story id -> brief dict or None)."""
    out = []
    for s in stories:
        row: dict[str, Any] = {
            "id": s.id,
            "title": s.title,
            "size": len(s.members),
            **({"updated": s.updated} if s.updated is not None else {}),
            "documents": [document_dict(m) for m in s.members],
        }
        if briefs is not None:
            row["brief"] = briefs.get(s.id)
        out.append(row)
    return {
        "schema_version": STORIES_SCHEMA_VERSION,
        "articles": sum(len(s.members) for s in stories),
        "stories": out,
    }


def render_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _mark(d: dict[str, Any]) -> str:
    if d["duplicate_of"]:
        return f" (copy of {d['duplicate_of']})"
    if d["rule"] == "chrome":
        return " (no article text: page chrome)"
    if d["shown"]:
        return " (shown here: it may belong to another story; not briefed)"
    if d["rule"] == "notice":
        return " (a site notice, no news: a story of its own)"
    return ""


def render_terminal(data: dict[str, Any]) -> str:
    lines = [f"{_articles_in_stories(data)}", ""]
    for s in data["stories"]:
        lines.append(f"[{s['id']}] {s['title']}  ({counted(s['size'], 'article')})")
        lines.extend(f"    - {d['title'] or d['id']}  <{d['source']}>{_mark(d)}" for d in s["documents"])
        if s.get("brief"):
            lines.extend(f"    > {x['text']}" for x in s["brief"]["summary"])
        lines.append("")
    return "\n".join(lines)


def render_markdown(data: dict[str, Any]) -> str:
    """Article text (titles, summary sentences) through `render.markdown.esc` and sources in code spans,
    as in a brief: a title could make a link or an image of the list."""
    from ..render.markdown import code, esc

    lines = [f"# Stories\n\n{_articles_in_stories(data)}.\n"]
    for s in data["stories"]:
        lines.append(f"## {esc(str(s['id']))}: {esc(s['title'])}\n")
        lines.extend(
            f"- {esc(d['title'] or d['id'])} ({code(d['source'])}){_mark(d)}" for d in s["documents"]
        )
        if s.get("brief"):
            lines.append("")
            lines.extend(f"> {esc(x['text'])}" for x in s["brief"]["summary"])
        lines.append("")
    return "\n".join(lines)


def render_html(data: dict[str, Any]) -> str:
    e = html.escape
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Stories</title></head><body>",
        f"<h1>Stories</h1><p>{_articles_in_stories(data)}.</p>",
    ]
    for s in data["stories"]:
        parts.append(f"<section id='{e(s['id'])}'><h2>{e(s['title'])}</h2><ul>")
        parts.extend(
            f"<li>{e(d['title'] or d['id'])} <small>{e(d['source'])}{e(_mark(d))}</small></li>"
            for d in s["documents"]
        )
        parts.append("</ul>")
        if s.get("brief"):
            parts.append(
                "<blockquote>" + " ".join(e(x["text"]) for x in s["brief"]["summary"]) + "</blockquote>"
            )
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "terminal": render_terminal,
    "markdown": render_markdown,
    "json": render_json,
    "html": render_html,
}
ALIASES = {"md": "markdown", "text": "terminal"}


def render(data: dict[str, Any], fmt: str) -> str:
    """The story list in `fmt`; in text a terminal prints (terminal, markdown, html), an article title's
    control characters are shown escaped (`render.markdown.controls_shown`: an ESC c in one reset the
    terminal); JSON escapes its own."""
    fmt = ALIASES.get(fmt, fmt)
    text = RENDERERS[fmt](data)
    if fmt in ("terminal", "markdown", "html"):
        from ..render.markdown import controls_shown

        return controls_shown(text)
    return text


def formats() -> list[str]:
    return [*RENDERERS, *ALIASES]
