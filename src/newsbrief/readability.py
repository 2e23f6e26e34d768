"""Readability of a summary: sentences that cannot be read without the one before them.

The default summarizer avoids them and `newsbrief eval` reports their rate, by the same rule."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Sentence

# An opening pronoun or connective that points back to a sentence the reader has not seen.
DANGLING_OPENING = re.compile(
    r"""^[\"“‘']?(?:
        (?:he|she|they|it|his|her|their|its|them|him|this|that|these|those|there)\b(?!\s+(?:is|are|was|were)\s+no\b)
      | (?:but|and|or|so|yet|also|however|still|meanwhile|instead|then|thus|therefore|moreover|
           furthermore|nevertheless|nonetheless|besides|otherwise|likewise|similarly|indeed|rather)\b
      | (?:the\s+(?:same|latter|former)|such\s+a|another|other)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def opens_dangling(text: str) -> bool:
    """True when the sentence starts on a pronoun or connective that needs a previous sentence."""
    return bool(DANGLING_OPENING.match(text.lstrip()))


_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
_SAYS = re.compile(
    r"\b(?:said|says|say|told|tells|asked|asks|added|adds|according|explained|wrote|writes|recalled|"
    r"declared|insisted|argued|noted|stated|quoted)\b",
    re.IGNORECASE,
)


def needs_previous(sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence of a story (in document order): whether it cannot be read without the
    sentence before it: it opens on a pronoun or connective, starts inside a quotation opened
    earlier in its paragraph, or is a quotation that does not name its speaker ("“We will win.”")."""
    out: list[bool] = []
    straight = curly = 0  # quote marks so far in the current paragraph
    para = (-1, -1)
    for s in sentences:
        if (s.doc, s.paragraph) != para:
            para, straight, curly = (s.doc, s.paragraph), 0, 0
        t = s.text
        inside = straight % 2 == 1 or curly > 0
        opens = t.lstrip()[:1] in ("“", '"')
        unattributed = opens and not _SAYS.search(_QUOTED.sub(" ", t))
        out.append(inside or unattributed or opens_dangling(t))
        straight += t.count('"')
        curly = max(curly + t.count("“") - t.count("”"), 0)
    return out


def dangling_count(sentences: Sequence[Sentence], chosen: Sequence[int]) -> int:
    """Summary sentences (`chosen` indices into the story's `sentences`, in reading order) that need
    the sentence before them (`needs_previous`) without having it right before them."""
    needs = needs_previous(sentences)
    bad = 0
    for k, i in enumerate(chosen):
        if needs[i] and not (k and chosen[k - 1] == i - 1 and sentences[i - 1].doc == sentences[i].doc):
            bad += 1
    return bad
