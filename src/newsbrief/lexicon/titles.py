"""Titles and ranks written in lower case: where a lower-cased text's sentence splitter cut before a name.

The summary keeps such a sentence and the name after it together (`summarize.candidates.title_cut`), and
Markdown prints the two on one line (`render.markdown.continues`).
"""

from __future__ import annotations

import re

# A title or rank in lower case, its full stop at the end of a sentence ("against army spc.", "the
# rev.", "d.a."): in a lower-cased text whose sentence starts were capitalised (Multi-News+), the
# name after it opened a new sentence. Not "no." nor "u.s.": those end sentences too ("... said no."), nor
# "st." (session 20 review): in a training draw (Random(2020), 1,500 stories) and the dev file every "st."
# cut was a street's ("on elm st. | Firefighters said"), none a saint's; "dr." titled a name in all 4.
_LOWER_TITLE = re.compile(
    r"(?:^|[\s(\"“‘'—–-])(?:mr|mrs|ms|messrs|prof|sen|sens|rep|reps|gov|gen|lt|col|sgt|capt|cpl|pvt|pfc|spc"
    r"|adm|maj|cmdr|rev|det|insp|supt|atty|amb|dr|d\.a)\.$"
)


def ends_on_title(text: str) -> bool:
    """Does `text` end on a lower-case title's full stop ("... against army spc.")?"""
    return text.endswith(".") and _LOWER_TITLE.search(text, max(0, len(text) - 12)) is not None
