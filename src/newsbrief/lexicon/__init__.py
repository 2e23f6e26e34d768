"""The word lists several stages read, and the small functions over them: one home, so a stage depends
on the lexicon and never on another stage's private lists.

gazetteer.py   the name lists (`data/`: places, organisations, titles, first names, role words, closed-class
               words ...) entity recognition, coreference and attribution read, align's participants and
               render's surname notes too: `gazetteer()`, `word_list(name)`, `key`, `canonical_alias`;
               in lower case (datelines, the case-less names): `lower_listed`
verbs.py       the verb lemmas `scripts/mine_verbs.py` learns (`data/verbs.txt`) and their forms: align's
               clause reader and attribution's verb test: `present_forms()`, `third_person`, `listed_form`
titles.py      titles and ranks written abbreviated ("Brig.", "Spc."): where the segmenter ends no sentence
               and what the entity pass and attribution read as no one alone (`ABBREVIATED_TITLES`); in lower
               case ("army spc."), where the summary and Markdown join a sentence cut before a name to the
               name: `ends_on_title`
months.py      month names and their spellings: align's days and months with no day, the clause reader's
               test of "may" (`BEFORE_MONTH`)
naming.py      quoted words that name a thing ("the "don't ask, don't tell" policy"), rule noun-modifier: the
               quote stage leaves them out as terms, align's `quoted-name` gives them no quotation

Each list is read on first use and kept (no import here loads one), so `newsbrief --help` stays fast.
"""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The lines of `lexicon/data/<name>` that hold something, each without its `#` comment and the
    spaces around it."""
    return [line for _, lines in data_sections(name) for line in lines]


def data_sections(name: str) -> list[tuple[str, list[str]]]:
    """`data_lines` by section: each line that is a `#` comment alone (the heading, "" before the first
    one) with the lines that hold something after it, up to the next ("# US states and territories":
    the places of one kind)."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    out: list[tuple[str, list[str]]] = [("", [])]
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            out.append((line, []))
        elif line := line.split("#", 1)[0].strip():
            out[-1][1].append(line)
    return out
