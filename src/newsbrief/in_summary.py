"""Whether the summary already gives a point: one rule, decided when the brief is made and kept in the
JSON (`Claim.in_summary`); every renderer hides such a point, the JSON keeps it.

- `shared-in-summary`: a point several sources state whose sentence, or another source's passage of it,
  is a summary sentence (overlaps one), and those summary lines mark every one of its sources (a line
  citing fewer would show a shared point as one source's).
- `single-in-summary`: a point only one source makes whose sentence, its copy's or its words the summary
  gives (decided in `analyze.agreement`, which knows the sentences and their copies).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .model import Claim, SummarySentence


def shared_in_summary(summary: Sequence[SummarySentence], c: Claim) -> bool:
    """Rule shared-in-summary (above) for the shared point `c`."""
    spans = [(c.doc, c.start, c.end), *((x.doc, x.start, x.end) for x in c.sources)]
    lines = [s for s in summary if any(s.doc == d and s.start < e and b < s.end for d, b, e in spans)]
    marked = {d for s in lines for d in s.sources}
    return bool(lines) and {c.doc, *(x.doc for x in c.sources)} <= marked


def marked(summary: Sequence[SummarySentence], claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """The claims, each shared one marked `in_summary` when rule shared-in-summary holds (single points
    come marked from `analyze`)."""
    return tuple(
        replace(c, in_summary=True) if c.kind == "shared" and shared_in_summary(summary, c) else c
        for c in claims
    )
