"""Citations: each summary sentence points at its own place and at the documents that say the same.

Support rests only on the story's alignment (`align/`): for each other document, the `quote` or
`fact` link of the sentence with the highest score (the lowest sentence index on a tie). The
analysis never changes a citation, so a brief with `--no-analysis` cites exactly as one with it.
"""

from __future__ import annotations

from .model import Alignment, Story, SummarySentence, Support

SCORE_DIGITS = 4  # link scores as the brief carries them (so a saved brief reloads to equal values)


def cite(story: Story, chosen: list[int], alignment: Alignment) -> tuple[SummarySentence, ...]:
    """Summary sentences with their source span and, per other document, its best supporting span."""
    out: list[SummarySentence] = []
    for i in chosen:
        s = story.sentences[i]
        best: dict[int, Support] = {}
        for link in alignment.supporting(i):  # sorted by (a, b): the other sentence's index rises
            o = story.sentences[link.b if link.a == i else link.a]
            if o.doc != s.doc and (o.doc not in best or link.score > best[o.doc].score):
                best[o.doc] = Support(o.doc, o.start, o.end, link.kind, link.score, link.evidence)
        support = tuple(_rounded(best[d]) for d in sorted(best))
        out.append(SummarySentence(s.text, s.doc, s.start, s.end, support))
    return tuple(out)


def _rounded(sp: Support) -> Support:
    return Support(sp.doc, sp.start, sp.end, sp.kind, round(sp.score, SCORE_DIGITS), sp.evidence)
