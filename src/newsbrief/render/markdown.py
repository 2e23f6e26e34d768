"""Markdown: summary with [n] citation markers, then the sources."""

from __future__ import annotations

from ..model import Brief, Document


def marker(sources: tuple[int, ...]) -> str:
    """`[1,2]`: 1-based document numbers."""
    return "[" + ",".join(str(d + 1) for d in sources) + "]"


def doc_label(d: Document) -> str:
    return d.title or d.id


def render(brief: Brief) -> str:
    lines = ["# " + (brief.documents[0].title or "Brief") if len(brief.documents) == 1 else "# Brief", ""]
    lines.append("## Summary")
    lines.append("")
    for s in brief.summary:
        lines.append(f"- {s.text} {marker(s.sources)}")
    lines.append("")
    lines.extend(_analysis_sections(brief))
    lines.append("## Sources")
    lines.append("")
    for i, d in enumerate(brief.documents, 1):
        meta = ", ".join(x for x in (d.outlet, d.author, d.date) if x)
        lines.append(f"{i}. **{doc_label(d)}**" + (f" ({meta})" if meta else "") + f" — `{d.source}`")
    lines.append("")
    return "\n".join(lines)


def _analysis_sections(brief: Brief) -> list[str]:
    out: list[str] = []
    if brief.quotes:
        out += ["## Who said what", ""]
        out += [f"- **{q.speaker or 'unattributed'}**: {q.text} {marker((q.doc,))}" for q in brief.quotes]
        out.append("")
    if brief.entities:
        out += ["## Who and where", ""]
        for kind in ("person", "organization", "place"):
            names = [e.name for e in brief.entities if e.kind == kind]
            if names:
                out.append(f"- **{kind.capitalize()}**: " + ", ".join(names))
        out.append("")
    shared = [c for c in brief.claims if c.kind == "shared"]
    single = [c for c in brief.claims if c.kind == "single"]
    if shared:
        out += ["## All sources agree", ""]
        for c in shared:
            docs = tuple(sorted({c.doc, *(x.doc for x in c.sources)}))
            flag = f" ⚠ {c.conflict}" if c.conflict else ""
            out.append(f"- {c.text} {marker(docs)}{flag}")
        out.append("")
    if single:
        out += ["## Only one source says", ""]
        out += [f"- {c.text} {marker((c.doc,))}" for c in single]
        out.append("")
    return out
