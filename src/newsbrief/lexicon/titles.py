"""Titles and ranks written abbreviated: where a sentence goes on after a full stop, and where a lower-cased
text's sentence splitter cut before a name.

`ABBREVIATED_TITLES`: the segmenter ends no sentence at their full stop before a name, and the entity pass
reads one alone ("said Brig.") as no one. Lower case (`ends_on_title`): the summary keeps a sentence cut
there and the name after it together (`summarize.candidates.title_cut`), and Markdown prints the two on one
line (`render.markdown.continues`).
"""

from __future__ import annotations

import re

# Titles and ranks written abbreviated before a name ("Sen. Reid", "Brig. Gen. Dana Whitcombe", "Army Spc.
# Carl Ruiz", "Msgr. Tomas Vidal", "Drs. Ann Lee and Tom Ross", "Const. Marc Roy"). Census, session 31, of
# Punkt's cuts after one, in either case, before a capitalised word (Punkt knows the first block as
# abbreviations): the dev files outside the frozen stories (425 stories) "Brig." 1, "Spc." 6, "Drs." 1,
# "Const." 6; Multi-News+
# train (20,000 stories) "pfc." 16, "spc." 16, "brig." 10 (all "brig. | Gen."), "const." 9, "drs." 6, "ald."
# 6, "cpt." 2, "msgr." 2, "govs." 2, "lieut." 1, "comdr." 1. Not "Sec." (the SEC too), "Sr." (Senior: "Cuba
# Gooding Sr. | Was found"), "Asst." (before a title, no name), "Del." (Delaware too), "No.", "St.", "Dr."
# (`segment` reads those apart).
ABBREVIATED_TITLES: tuple[str, ...] = (
    *("Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt"),
    *("Col", "Sgt", "Capt", "Cpl", "Pvt", "Adm", "Maj", "Cmdr", "Rev", "Det", "Insp", "Supt", "Hon", "Atty"),
    *("Amb", "Pres", "Rt"),
    # session 31
    *("Brig", "Spc", "Pfc", "Msgr", "Drs", "Const", "Ald", "Cpt", "Govs", "Lieut", "Comdr", "Cdr", "Ens"),
)


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
