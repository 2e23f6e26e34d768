"""Readability checks on a summary: sentences that open on something the reader cannot resolve."""

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


def dangling_count(summary: Sequence[Sentence]) -> int:
    """Summary sentences (in reading order) that open dangling without their antecedent right before."""
    bad = 0
    for k, s in enumerate(summary):
        if not opens_dangling(s.text):
            continue
        prev = summary[k - 1] if k else None
        if prev is None or prev.doc != s.doc or prev.index != s.index - 1:
            bad += 1
    return bad
