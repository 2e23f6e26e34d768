"""Who an attribution phrase names: a person or organisation by its full name, a resolved pronoun or
description, or a clean description of an unnamed source; never a fragment of the sentence.

Hand-written: no well-kept library resolves English coreference without a large model. The rules:

- a name in the phrase -> the entity's full name from the entity pass ("Trump" -> "Donald Trump"), but
  not a name the phrase speaks for ("a lawyer for Reyes" is the lawyer);
- he/she/the person -> the last person in the few sentences before who fits: the subject of a speech
  verb or the speaker of a quote first, then the first person named in the nearest sentence; names of
  the other gender are skipped when a first name, an honorific or the pronouns the text itself uses for
  the person tell ("Lena Park … said her journey …"); a place or an organisation is never the
  antecedent of he/she; a sentence on the way that opens with an unnamed person ("A spokesman for the
  firm declined to comment.") is the antecedent, so no speaker; nothing fits -> no speaker;
- "the <role>" ("the medical examiner") -> the person the text introduced with that role word
  ("medical examiner Christopher Happy", "Christopher Happy, the medical examiner"), else the
  person last named, but never a person the rest of its sentence names ("named-in-clause": "the
  Foreign Ministry official said Ford's visit was "…"" is not Ford), else the description itself;
- an unnamed source keeps its description, cut to a noun phrase whose head is a person, a group or a
  document ("one Obama administration foreign policy aide", "the report"); anything else is no
  speaker rather than a piece of the sentence.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import NamedTuple

from ..lexicon.gazetteer import gazetteer
from ..lexicon.roles import KIN, SPEAKS_FOR
from ..lexicon.titles import ABBREVIATED_TITLES
from ..lexicon.verbs import SPEECH_WORDS
from ..model import Document, Sentence
from .caseless import cased_as, ordinary, unspaced
from .entities import EntityIndex, Found
from .rules import SPEECH_VERBS
from .spans import MIN_SPEECH_WORDS, QuoteSpan, paragraphs, spans

PRONOUNS = {"he": "m", "she": "f", "this person": None, "the person": None, "this official": None}
# an unnamed source's description opens with a determiner or a number, a word of its own ("an official of
# …", "One senior Democratic senator"); a name does not, even one opening with an initial ("A.J. Tallis")
DESCRIPTION = re.compile(
    r"^(?:a|an|the|one|another|two|three|several|some|his|her|their|its|our|\d[\d,]*)(?=\s)", re.IGNORECASE
)
# "Gierasch's group": a named person's or body's group, team or spokesman as an unnamed source
POSSESSIVE_NAME = re.compile(r"^[A-Z][\w.\-]*['’]s\s+[a-z]")
# what may follow a description's head word: a participle or a preposition ("standing outside", "at")
_AFTER_HEAD = re.compile(
    r"^(?:[a-z]+ing|at|in|on|for|from|with|near|outside|inside|here|there"
    # a participle that describes the source ("an official involved in China policy"), not a verb of a
    # relative clause or of the sentence ("a report the group released", "the prosecutor declared")
    r"|involved|based|stationed|posted|assigned|identified|familiar|close|reached|contacted|briefed)$"
)
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$")
# the same in a story that lost its case, with its stop ("mr. Simmons"; "miss" alone is a verb there)
_LOWER_TITLE_BEFORE = re.compile(r"\b(mr|mrs|ms)\.\s*$")
# subject and possessive pronouns ("her" only before a noun, not "pressed her on"); "him" is an object
_PRONOUN = re.compile(
    r"\b(?:he|his|she|hers|her(?=\s+(?!on\b|to\b|in\b|at\b|for\b|with\b|about\b|that\b|and\b)[a-z]))\b",
    re.IGNORECASE,
)
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_SPEAKER_LABEL = re.compile(r"([A-Z][\w.'’\- ]{1,40}?):\s")  # "Robert Ricks: I would …" (a transcript)
_SPEECH_VERB = re.compile(r"\b(?:" + SPEECH_VERBS + r")\b")
# rule party-tag: a legislator's party and state in brackets between the name and the verb ("Sen. Jon Reyes
# (D-Mass.) said", "Rep. Ana Ruiz (R-Texas) told") leave the name the verb's subject; before, the verb went
# unseen and the pronoun after it went to the first person named (the victim of "the raid that killed …")
_PARTY_TAG = r"(?:\s*\((?:[DRI]|Dem|Rep|Ind)\s*[-–,]\s*[A-Z][A-Za-z.\s]{1,20}\))?"
# rule emphatic-do: "Adele did write that …", "Reyes does say": the verb of saying after an emphatic "did" or
# "does" (never "did not") has the name as its subject; before, the he/she after it went to the first person
# the sentence names ("up against heavy hitters like Perry …, Adele did write that …. "…," she wrote")
_EMPHATIC_DO = r"(?:(?:did|does)\s+(?:say|write|tell|add|note|admit|insist|warn|concede|acknowledge)\b|"
_SPEAKS_AFTER = re.compile(
    _PARTY_TAG + r"\s*(?:,[^,]{0,80},\s*)?(?:also\s+)?" + _EMPHATIC_DO + r"(?:" + SPEECH_VERBS + r")\b)"
)
# "…," said X / according to X: an inverted verb names its speaker only right after a quote or a comma;
# "White said bin Laden was charged" has its subject before the verb, and "told X" names the listener
_SPEAKS_BEFORE = re.compile(r"(?:[,”\"]\s*(?:said|says)|\baccording to)\s+$")
# rule apposed-speaker: ""…," said the boy's mother, dina shacknai": the name set off after the description
# that follows an inverted verb of saying is that description's, so its bearer is the quote's speaker (read
# for `_bearers`: the full-named speaker a later bare surname of the family goes on naming)
_SPEAKS_AS_APPOSITION = re.compile(
    r"[,”\"]\s*(?:said|says)\s+(?:the|his|her|their)\s+[^,.;:!?“”\"]{1,40},\s+\Z"
)
_CUT_DESCRIPTION = re.compile(r",|\s(?:who|which|that|and|but|as|when|while|after|before)\s|\s\(")
_ANTECEDENT_SENTENCES = 8
# rule far-object (session 54, fresh read Random(5443), census Random(5453)): in case-less text a he/she
# whose walk back reaches a person only two or more sentences before (sentences the same pronoun opens not
# counted), by no quote of theirs and as no subject of a verb of saying, goes to a person there only if one
# opens the sentence (or speaks after a quote's closing mark: ""…," warren charged"): one named further in
# ("leaning against oprah winfrey", "urged mr mcguinness", "played by eddie redmayne") is an object, and
# the sentences between hold the subject the pronoun goes on naming, one the entity pass did not read
# ("witherspoon decided …", "lord tebbit", "prof hawking"). On those case-less reads the person so reached
# was right 3 times in 7; in cased text, where the subjects are read, 19 times in 19 (tuned files and dev
# briefs), so cased text keeps it
_FAR_FITS_STEPS = 2


# rule quote-opens-sentence: a full stop, "?" or "!" and a space before a quotation's opening mark end a
# sentence, whatever case follows (the splitter needs a capital, and case-less text has none:
# "… for middle schoolers. " what does …" said bernadette hartman"); not after an abbreviation or an initial
# (a lone letter: "approved it 5-4. " ends a sentence)
_END_BEFORE_MARK = re.compile(r"(\w*)[.!?][\"”’)]?\s+$")
# words whose full stop ends no sentence ("Cmdr. Andy Smith", "Sen. Reid"; `attribution._sentence_end`)
ABBREVIATIONS = frozenset(
    [
        *("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Lt", "Mt", "Sen", "Gov", "Rep", "Gen", "Col", "Sgt"),
        *("Cmdr", "Capt", "Det", "Insp", "Supt", "Prof", "Rev", "Maj", "Cpl", "Pvt", "Adm", "Atty", "Cpt"),
        *("Pres", "Ald", "Hon", "Fr", "No", "Vol", "Inc", "Co", "Corp", "Ltd", "vs"),
        # rule abbreviated-rank: "“…,” Israel's top military spokesman, Brig. Gen. Yoav Mordechai, told …",
        # "Army Spc. Charles Graner", "Msgr.", "Amb."
        *("Brig", "Msgr", "Amb", "Spc", "Pfc"),
    ]
)


def abbreviated_title(text: str, f: Found) -> bool:
    """Rule abbreviated-rank: a mention that is an abbreviated title and its full stop ("Brig." of "Brig. Gen.
    Yoav Mordechai", which the entity pass may read as a name) names no one."""
    return text[f.start : f.end] in ABBREVIATIONS and text[f.end : f.end + 1] == "."


# ... and, in any case, those and a few more a quotation may follow ("Ft.", "Aug.", "etc.")
_NO_SENTENCE_END = frozenset(a.lower() for a in ABBREVIATIONS) | frozenset(
    ["ft", "gop", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "etc", "pp", "ch", "fig"]
)


def _quote_opens_sentence(text: str, sents: list[Sentence], quotes: list[QuoteSpan]) -> list[Sentence]:
    """The sentences, split where a quotation opens after a sentence end the splitter kept inside one
    (rule quote-opens-sentence, above), for attribution only: the brief's sentences stay as they are."""
    cuts = []
    for q in quotes:
        m = _END_BEFORE_MARK.search(text, max(0, q.open_at - 40), q.open_at)
        word = m.group(1).lower() if m else ""
        if m and not ((len(word) == 1 and word.isalpha()) or word in _NO_SENTENCE_END):
            cuts.append(q.open_at)
    if not cuts:
        return sents
    out, k = [], 0
    for s in sents:
        start = s.start
        while k < len(cuts) and cuts[k] <= start:
            k += 1
        while k < len(cuts) and cuts[k] < s.end:
            if text[start : cuts[k]].strip():
                out.append(replace(s, start=start, end=cuts[k], text=text[start : cuts[k]]))
                start = cuts[k]
            k += 1
        out.append(s if start == s.start else replace(s, start=start, text=text[start : s.end]))
    return out


# a photo credit: "( photo: angela weiss, afp/getty images )", "photo by jane roe", "vince bucci/ getty"
# or brackets holding a name, a slash and its outlet: "( linda davidson/the washington post )"
_CREDIT = re.compile(
    r"\(\s*photo\s*:[^)\n]{0,80}\)|\bphoto(?:graph)?\s*(?::|\bby\b)[^.;)\n]{0,60}"
    r"|\(\s*(?:[\w'’.\-]+\s+){0,3}[\w'’.\-]+\s*/\s*[^()/\n]{1,40}\)",
    re.IGNORECASE,
)
# ... or up to three words before a slash and an agency ("vince bucci/ getty images"), found from the slash
_CREDIT_SLASH = re.compile(r"/\s*(?:getty|ap|afp|reuters)\b", re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"(?:[\w'’\-]+\s+){0,2}[\w'’\-]+\s*$")
_SLASH_AFTER = re.compile(r" ?/")


class DocView:
    """One document's text, sentences, quotes and entity mentions, with the lookups attribution needs."""

    def __init__(
        self, d: int, doc: Document, sents: list[Sentence], ents: EntityIndex, caseless: bool = False
    ) -> None:
        self.d = d
        # its story lost its letter case (`Story.caseless`): names, and so the people who break a chain
        # of quotes, cannot be seen
        self.caseless = caseless
        self.text = doc.text
        self.ents = ents
        self.quotes = spans(doc.text)
        self.sents = _quote_opens_sentence(doc.text, sents, self.quotes)
        self.sent_starts = [s.start for s in self.sents]
        self.para_starts = [p[0] for p in paragraphs(doc.text)]
        self._q_open = [q.open_at for q in self.quotes]
        self._names: dict[Found, tuple[str, str | None]] = {}  # `person_name_rule` per mention
        self.full_names: dict[str, str] = {}  # `full_name` per word

    def para_index(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def sentence_start(self, pos: int) -> int:
        i = self.sentence_index(pos)
        return self.sent_starts[i] if i >= 0 else 0

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._q_open, pos) - 1
        return i >= 0 and self.quotes[i].open_at <= pos < self.quotes[i].close_at

    def mentions(self, start: int, end: int) -> list[Found]:
        """Entity mentions in [start, end) outside quotation marks and photo credits (`in_credit`)."""
        return [
            f
            for f in self.ents.within(self.d, start, end)
            if not self.in_quote(f.start) and not self.in_credit(f.start)
        ]

    @cached_property
    def _credits(self) -> list[tuple[int, int]]:
        out = [m.span() for m in _CREDIT.finditer(self.text)]
        for m in _CREDIT_SLASH.finditer(self.text):
            words = _WORDS_BEFORE.search(self.text, max(0, m.start() - 60), m.start())
            if words:
                out.append((words.start(), m.end()))
        # rule credit-name: a person's name right before a slash, whatever follows ("paul tallis/associated
        # press", "Jon Tallis/NASA"): a photograph's or a video's credit too
        for f in self.ents.by_doc[self.d]:
            if self.ents.kind(f) == "person" and (slash := _SLASH_AFTER.match(self.text, f.end)):
                out.append((f.start, slash.end()))
        return out

    def in_credit(self, pos: int) -> bool:
        """Rule photo-credit: `pos` lies in a photo credit ("( photo: angela weiss, afp/getty images )",
        "vince bucci/ getty images"), whose name is the photographer's, no participant of the text: no
        speaker, antecedent or person between two quotes."""
        credits = self._credits  # none: no generator to build
        return bool(credits) and any(a <= pos < b for a, b in credits)

    def people(self, start: int, end: int) -> list[Found]:
        return [f for f in self.mentions(start, end) if self.ents.kind(f) == "person"]

    def person_name(self, f: Found) -> str:
        """The name a mention stands for in this document: the entity's name, but a bare surname that
        people of this document share ("Trent" for Shannon, Carlie and James Trent; "da Silva") is the
        one the text last named in full as the subject of a speech verb, as news writing
        introduces a speaker in full and then goes on by surname ("Gilberto Manuel da Silva, 40, …,
        said … "…," da Silva said"). A title ("Mr Wilson") or a spelling variant of the same first name
        ("Vladimir"/"Volodymyr Katriuk") leaves the entity's name; so do no such subject before it and the
        entity's full name written in the 300 characters before (the entity pass's own nearest choice)."""
        return self.person_name_rule(f)[0]

    def person_name_rule(self, f: Found) -> tuple[str, str | None]:
        """`person_name` and the rule that chose a name other than the entity's: "family-surname",
        "first-word-here" or "speaker-surname" (the bare surname's last full-named speaker), "name-as-written"
        (below), else None. Worked out once per mention (`_names`): it reads only the text, the mentions
        and where the quotation marks stand, none of which attribution changes. In a story that lost its
        case a person's name taken as written is shown as the entity's name cases it (`caseless.cased_as`:
        "robert k. mericle" as "Robert K. Mericle" beside the entity's "Robert Mericle")."""
        got = self._names.get(f)
        if got is None:
            name, rule = self._person_name_rule(f)
            here = self._form_here(name) if self.ents.kind(f) == "person" else None
            got = (here, "name-as-written") if here else (name, rule)
            if self.caseless and self.ents.kind(f) == "person":
                got = (cased_as(got[0], self.ents.name(f)), got[1])
            self._names[f] = got
        return got

    def _form_here(self, name: str) -> str | None:
        """Rule name-as-written: a person is named as this document writes them in full, when it never
        writes the story's name for them: the fullest form written here ("Hugo Chavez" in an article that
        never writes the "Hugo Chavez Frias" another one does; "Binyamin Netanyahu" where another writes
        "Benjamin"), as each news article names a person in full for its own reader. None when the
        document writes the story's name, or no form of it with two words or more."""
        forms = self._forms_here.get(name)
        if not forms or name in forms:
            return None
        return max(forms, key=lambda w: (len(w.split()), forms[w]))

    @cached_property
    def _forms_here(self) -> dict[str, Counter[str]]:
        """A person's name -> the forms of two words or more this document writes it in outside quotes,
        titles left out, with how often, in the order written."""
        out: dict[str, Counter[str]] = defaultdict(Counter)
        for f in self.ents.within(self.d, 0, len(self.text), "person"):
            # titles off ("Sen.", "President"), an initial kept ("K. George Thampy")
            words = _untitled_words(_COPY_MARK.sub("", self.text[f.start : f.end]).split(), keep_initial=True)
            if len(words) > 1 and not self.in_quote(f.start):
                name, form = self.ents.name(f), " ".join(words)
                # a story that lost its case writes the name "tim crawford" ("essena o ' neill" for
                # "Essena O'Neill"): it is the name, not a form
                out[name][name if unspaced(form).lower() == name.lower() else form] += 1
        return out

    def _person_name_rule(self, f: Found) -> tuple[str, str | None]:
        name = self._person_name(f)
        rule = "speaker-surname" if name != self.ents.name(f) else None
        written = _surname_form(" ".join(self.text[f.start : f.end].split()))
        titled = _TITLE_BEFORE.search(self.text, max(0, f.start - 6), f.start)
        honorific = titled.group(1) if titled else None
        if self.ents.kind(f) == "person" and (kin := self._family_surname(name, written, f.start, honorific)):
            return kin, "family-surname"
        if rule is None and self._surname_of_two(f, written, name):
            return written, "surname-of-two"
        if rule is None and (main := self._relative_not_bearer(f, written, name, titled is not None)):
            return main, "relative-not-bearer"
        if (
            self.ents.kind(f) == "person"
            and " " not in written
            and name.split()[0] == written
            and name not in self._written_in_full
        ):
            # rule first-word-here: "Li emphasized" in an article that names Li Boyong in full stands for him,
            # not for the story's other Li (Li Hongzhi) whom only other articles name; so does a first name
            # ("Evan says"): the one word a name opens with (a family name written first, or a first name)
            # is the person this article names in full with it, as news writing names a person in full
            # before it shortens the name
            here = {n for n in self._written_in_full if n.split()[0] == written}
            if len(here) == 1:
                return here.pop(), "first-word-here"
        # a surname with its lower-case particles ("da Silva", "van Gogh") is one surname here too
        *particles, last = written.split() or [""]
        if (
            self.ents.kind(f) == "person"
            and all(_particle(w) for w in particles)
            and not titled
            and name.split()[-1] == last
            and (name not in self._written_in_full or particles)
        ):
            # rule surname-here: "Adams, Buchanan's spokesman, agreed" in an article that named "His
            # spokesman, Bob Adams" is Bob Adams, not the story's other Adams (Cathie Adams) whom only other
            # articles name: an article names a person in full before it goes on by surname, so a bare
            # surname is the one person this article named in full with it before (none or two: no change),
            # when the article's first mention of the surname is that full name and no title stands before
            # the bare surname ("President Clinton" may be the surname's other bearer, known without a name);
            # not when a family word stands by the full name ("Cherie Blair, the prime minister's wife"):
            # the article names a relative of the surname's other bearer, who may go on by surname
            full = [m for m in _in_full(self, last, f.start) if self.text[m[0] : m[1]].endswith(written)]
            here = {n for _, _, n in full}
            if (
                len(here) == 1
                and (particles or written not in self._known_by_surname)
                and not any(FAMILY_WORD.search(self.text, max(0, a - 40), b + 40) for a, b, _ in full)
            ):
                return here.pop(), "surname-here"
        if rule is None and not titled and self._surname_of_several(f, written, name):
            return written[:1].upper() + written[1:], "surname-of-several"  # "fowler" as a name
        if rule is None and self._bearers_side_by_side(f, written, name, honorific):
            return written, "bearers-side-by-side"
        return name, rule

    @cached_property
    def _known_by_surname(self) -> frozenset[str]:
        """The surnames this article uses alone before it names anyone in full with them, or after a title
        or role ("President Clinton", "Gov. Bush"): such a surname stands for one the reader is expected to
        know."""
        g = gazetteer()
        seen: set[str] = set()
        out: set[str] = set()
        for f in self.ents.within(self.d, 0, len(self.text), "person"):
            if self.in_quote(f.start):
                continue
            words = _surname_form(self.text[f.start : f.end]).split()
            if not words:
                continue
            surname = words[-1]
            if surname not in seen and len(self.text[f.start : f.end].split()) == 1:
                out.add(surname)
            seen.add(surname)
            before = self.text[max(0, f.start - 30) : f.start].split()
            word = before[-1].rstrip(".") if before else ""
            if word[:1].isupper() and ((word,) in g.titles or word.lower() in g.roles):
                out.add(surname)
        return frozenset(out)

    def _last_sentence_in_full(self, f: Found, written: str) -> list[tuple[int, int, str]]:
        """For a bare surname `written` at person mention `f` that no bearer spoke before: the mentions naming
        it in full in the last sentence before `f` that does (`_in_full`); [] otherwise (rules
        surname-of-two, bearers-side-by-side)."""
        if self.ents.kind(f) != "person" or " " in written:
            return []
        if any(at < f.start for at, _ in self._bearers.get(written, [])):
            return []
        full = _in_full(self, written, f.start)
        if not full:
            return []
        last = self.sentence_index(full[-1][0])
        return [m for m in full if self.sentence_index(m[0]) == last]

    def _surname_of_two(self, f: Found, written: str, name: str) -> bool:
        """Rule surname-of-two: a bare surname whose last full-named bearers before it are two people of
        one sentence, the entity pass's choice (`name`) only as a possessor there ("Marty Singer, Bryan
        Singer's lawyer, has accused him …" then ""…," Singer has said"), when none was the subject of a
        speech verb before (no `_bearers` entry to choose by) and no earlier rule chose: the surname as
        written, not the story's best-known bearer (a guess a reader could not check). A bearer named
        alone last, or two named side by side, leave the entity pass's choice."""
        there = self._last_sentence_in_full(f, written)
        return len({n for _, _, n in there}) >= 2 and any(
            n == name and self.text[end : end + 2] in ("'s", "’s") for _, end, n in there
        )

    def _bearers_side_by_side(self, f: Found, written: str, name: str, honorific: str | None) -> bool:
        """Rule bearers-side-by-side (session 48, issue 15: "Dr. Hale said" after "Dr. Robert Hale … and his
        sister Dr. Roberta Hale" went to Roberta, the one named last): a bare surname, a title before it or
        not, whose last sentence naming it in full joins two of its bearers by "and", the entity pass's
        choice one of them, none the subject of a speech verb before it and no "Mr"/"Ms" fitting one of
        them only: the surname as written; which one spoke is a guess a reader could not check. A bearer
        named as another's relative ("Eden Sassoon, the daughter of … Vidal Sassoon") is not joined so."""
        there = self._last_sentence_in_full(f, written)
        if honorific:
            female = gazetteer().female_names
            there = [m for m in there if (m[2].split()[0] in female) == (honorific != "Mr")]
        return any(
            a[2] != b[2] and name in (a[2], b[2]) and _JOINED.fullmatch(self.text, a[1], b[0])
            for a, b in itertools.pairwise(there)
        )

    def _surname_of_several(self, f: Found, written: str, name: str) -> bool:
        """Rule surname-of-several (session 43): a bare surname that two or more people the document named in
        full before it bear ("dijanelle fowler" and her daughter "skylar fowler", then "Fowler was inside the
        salon"), none of them the subject of a speech verb before it and no earlier rule choosing: the
        surname as written, not the entity pass's nearest bearer (a guess a reader could not check). Cased
        text keeps the entity pass's choice, which reads titles and capitals there (the story's most-named
        bearer, a relative named just before), but for one named in full only as a preposition's object
        (session 45, `_object_only_bearer`: "Jennifer Lopez sang …. … organised by Richie Lopez …. "…,"
        Lopez said" went to Richie Lopez)."""
        if self.ents.kind(f) != "person" or (" " in written and not self.caseless):
            return False
        # case-less text writes "fowler" in full names and "Fowler" opening a sentence: one surname
        keys = {written, written.lower()}
        if any(at < f.start for k in keys for at, _ in self._bearers.get(k, [])):
            return False
        # a two-word surname (caseless `double-surname`, session 60: "debbie wasserman schultz" and "karen
        # wasserman schultz", then "wasserman schultz told") is looked up by its last word, the full names
        # that end in the whole of it
        last = written.split()[-1]
        whole = written.lower()
        full = sorted(
            m
            for k in {last, last.lower()}
            for m in _in_full(self, k, f.start)
            if " " not in written or " ".join(self.text[m[0] : m[1]].lower().split()).endswith(whole)
        )
        names = {n for _, _, n in full}
        if name not in names or len(names) < 2 or self._relative_speaks(name, full):
            return False  # rule relative-not-bearer's guard: the relative named speaking may go on
        if not self.caseless and not _object_only_bearer(self, name, full):
            return False
        # the others told dead before (relative-not-bearer's other guard) and not this one: it stands
        others_dead = all(self._died(n, full, f.start) for n in names - {name})
        return not others_dead or self._died(name, full, f.start)

    def _relative_not_bearer(self, f: Found, written: str, name: str, titled: bool) -> str | None:
        """Rule relative-not-bearer: a bare surname the entity pass gave to a relative the document named in
        full only as another bearer's relative ("his father, Irving Powless Sr.", "Cecile Richards, … the
        daughter of former Texas Gov. Ann Richards") stands for that other bearer, the one person of the
        surname it named in full before and not so, as news writing goes on by surname with the person it
        writes about; not when that one is called by first name ("Autumn" keeps the surname for her
        father: family-surname) nor after a title."""
        words = name.split()
        bears = words[-1] == written or (words[-1] in _GENERATIONS and words[-2:-1] == [written])
        if self.ents.kind(f) != "person" or " " in written or titled or not bears:
            return None
        # "Irving Powless Jr." is a bearer of "Powless" too: the surname before a generation's suffix
        full = sorted(
            m
            for key in (written, *_GENERATIONS)
            for m in _in_full(self, key, f.start)
            if key == written or m[2].split()[-2:-1] == [written]
        )
        if not any(n == name for _, _, n in full):
            return None
        related = {n: all(self._as_relative(a) for a, _, m in full if m == n) for _, _, n in full}
        others = [n for n, rel in related.items() if n != name and not rel]
        if not related[name] or len(others) != 1 or len(others[0].split()) < 2:
            return None
        main = others[0]
        first_main = min(a for a, _, n in full if n == main)
        first_relative = min(a for a, _, n in full if n == name)
        if first_main > first_relative or self._called_by_first_name(main.split()[0]):
            return None
        if self._relative_speaks(name, full) or self._died(main, full, f.start):
            return None
        return main

    def _relative_speaks(self, name: str, full: list[tuple[int, int, str]]) -> bool:
        """Rule relative-not-bearer's guard: the document named the relative speaking ("His father, Mark
        Tallis, said …"), so a later bare surname may go on with that speaker: the entity pass's choice."""
        return any(
            n == name
            and _OWN_RELATIVE_BEFORE.search(self.text[max(0, at - 60) : at])
            and _RELATIVE_SPEAKS.match(self.text, end)
            for at, end, n in full
        )

    def _died(self, main: str, full: list[tuple[int, int, str]], before: int) -> bool:
        """Rule relative-not-bearer's guard: a sentence naming the bearer in full before the quote tells of
        a death ("Jon Tallis, 19, was killed …"): the words after it are a relative's, not the dead
        person's; the entity pass's choice (the relative) stays."""
        for at, _, n in full:
            if n == main and at < before:
                s = self.sents[self.sentence_index(at)]
                if _DEATH.search(self.text, s.start, min(s.end, before)):
                    return True
        return False

    def _as_relative(self, start: int) -> bool:
        """Rule relative-not-bearer: a name written right after a possessive pronoun's family word ("his
        father, …") or after a family word's "of" and at most four titles ("the daughter of former Texas
        Gov. …"): a relative of someone else."""
        before = self.text[max(0, start - 60) : start]
        return bool(_RELATIVE_BEFORE.search(before))

    @cached_property
    def in_full_by_surname(self) -> dict[str, list[tuple[int, int, str]]]:
        """A surname -> (start, end, the entity's name) of each person's mention this document writes in
        full (two words or more, outside quotes) with it as the last word, titles left out, in text order
        (`_in_full` reads it: one pass over the mentions, not one per bare surname)."""
        out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for f in self.ents.within(self.d, 0, len(self.text), "person"):
            if _in_full_form(self.text[f.start : f.end]) and not self.in_quote(f.start):
                surname = _surname_form(" ".join(self.text[f.start : f.end].split())).split()[-1]
                out[surname].append((f.start, f.end, self.ents.name(f)))
        return out

    @cached_property
    def _written_in_full(self) -> frozenset[str]:
        """The names of the people this document writes in full (two words or more), outside quotes."""
        return frozenset(
            self.ents.name(f)
            for f in self.ents.within(self.d, 0, len(self.text), "person")
            if _in_full_form(self.text[f.start : f.end]) and not self.in_quote(f.start)
        )

    def _person_name(self, f: Found) -> str:
        name = self.ents.name(f)
        written = " ".join(self.text[f.start : f.end].split())
        titled = _TITLE_BEFORE.search(self.text, max(0, f.start - 6), f.start)
        if self.ents.kind(f) != "person" or _surname_form(written) != written or titled:
            return name
        before = [(at, b) for at, b in self._bearers.get(written, []) if at < f.start]
        if not before or before[-1][1] == name or _same_first_name(before[-1][1], name):
            return name
        near = self.ents.within(self.d, max(0, f.start - _NEAR_FULL), f.start, "person")
        if any(self.ents.name(g) == name and " " in self.text[g.start : g.end].strip() for g in near):
            return name  # "… her father, David Veatch, …" just before: the entity pass's nearest name
        return before[-1][1]

    def _family_surname(self, name: str, surname: str, at: int, honorific: str | None = None) -> str | None:
        """Rule family-surname: a bare surname ("Veatch said", "Dr. Mandel said") that two or more people
        the document has named in full before it bear ("Autumn Veatch" and her father "David Veatch"; "Rob
        and Anne Mandel" and their son "Sam") stands for one the text does not call by first name alone,
        as news writing calls one relative by first name ("Autumn", "Sam") to keep the surname for the
        other: the one such person, else the surname itself (no full name the text could be checked
        against). None when the surname is no such shared one or the entity's person is not one the text
        calls by first name. A relative named only after the surname is no candidate: a person is named
        in full before the surname alone stands for them. After "Mr", "Mrs", "Ms" or "Miss" only a relative
        of that gender is a candidate ("Mary Smith and her husband, John Smith, … Mary …, "…," Ms. Smith
        said" is Mary's: None, the entity's person stays)."""
        words = name.split()
        if " " in surname or len(words) < 2 or words[-1] != surname:
            return None
        family = {n for n, first_at in self._families.get(surname, {}).items() if first_at < at}
        if len(family) < 2 or name not in family or not self._called_by_first_name(words[0]):
            return None
        others = sorted(n for n in family if not self._called_by_first_name(n.split()[0]))
        if honorific:
            female = gazetteer().female_names
            others = [n for n in others if (n.split()[0] in female) == (honorific != "Mr")]
            return others[0] if len(others) == 1 else None
        return others[0] if len(others) == 1 else (surname if others else None)

    @cached_property
    def _families(self) -> dict[str, dict[str, int]]:
        """A surname -> the full names of the document's people that end in it, with the first names
        written before it joined by "and" ("Rob and Anne Mandel": Rob Mandel and Anne Mandel), each with
        where the document first writes it in full."""
        out: dict[str, dict[str, int]] = defaultdict(dict)
        for f in self.ents.within(self.d, 0, len(self.text), "person"):
            words = self.ents.name(f).split()
            if len(words) >= 2 and words[-1][:1].isupper() and " " in self.text[f.start : f.end].strip():
                out[words[-1]].setdefault(" ".join(words), f.start)
        first_names = gazetteer().first_names
        for m in _COUPLE.finditer(self.text):
            if m.group(1) in first_names and not self.in_quote(m.start()):
                for first in (m.group(1), m.group(2)):
                    full = f"{first} {m.group(3)}"
                    out[m.group(3)][full] = min(out[m.group(3)].get(full, m.start()), m.start())
        return out

    def _called_by_first_name(self, first: str) -> bool:
        """The document writes the first name alone, twice or more, outside quotation marks ("Autumn
        quickly explained …", "their son, Sam,"): not before a capitalised word ("Sam Mandel") nor in a
        couple's names ("Rob and Anne Mandel") nor after a capitalised word ("Uncle Sam")."""
        n = 0
        for m in re.finditer(r"\b" + re.escape(first) + r"\b(?![ \t]+(?:and[ \t]+)?[A-Z])", self.text):
            lead = self.text[max(0, m.start() - 30) : m.start()].split()
            after_name = lead and lead[-1][:1].isupper() and not lead[-1].endswith((".", ",", ":", "”", '"'))
            if not self.in_quote(m.start()) and not (after_name and lead[-1] not in _SENTENCE_OPENERS):
                n += 1
        return n >= 2

    @cached_property
    def _bearers(self) -> dict[str, list[tuple[int, str]]]:
        """A surname (the last one or two words of a name) -> the document's mentions written in full that
        end in it and are the subject of a speech verb, as (start, the entity's name),
        in text order."""
        out: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for f in self.ents.within(self.d, 0, len(self.text), "person"):
            words = _surname_form(self.text[f.start : f.end]).split()
            if len(words) < 2 or self.in_quote(f.start):
                continue
            if not (
                _speaks(self, f)
                or self._subject_of_speech(f)
                or _SPEAKS_AS_APPOSITION.search(self.text, max(0, f.start - 80), f.start)
            ):
                continue
            for k in (1, 2):
                if len(words) > k:
                    out[" ".join(words[-k:])].append((f.start, self.ents.name(f)))
        return out

    def _subject_of_speech(self, f: Found) -> bool:
        """A mention opening its sentence whose sentence then has a speech verb before any other person is
        named ("Gilberto Manuel da Silva, 40, who owns an ice cream parlor, said that …")."""
        k = self.sentence_index(f.start)
        if k < 0 or len(self.text[self.sents[k].start : f.start].split()) > 1:
            return False
        end = self.sents[k].end
        verbs = (m for m in _SPEECH_VERB.finditer(self.text, f.end, end) if not self.in_quote(m.start()))
        verb = next(verbs, None)
        return verb is not None and not self.people(f.end, verb.start())

    @cached_property
    def text_gender(self) -> dict[str, str]:
        """The gender the text itself gives a person: he/his/him or she/her after the name in a
        sentence that names nobody else and opens with the name as its subject ("Lena Park … said
        her journey …"), or opening the next one. The person is the one this document names
        (`person_name`; rule gender-as-named: a bare "Reeves" that stands for Samantha Reeves gives her
        "she" to her, not to the Jack Reeves the entity pass chose for the surname story-wide)."""
        return {n: next(iter(v)) for n, v in self.gender_votes.items() if len(v) == 1}

    @cached_property
    def gender_votes(self) -> dict[str, Counter[str]]:
        """The pronouns `text_gender` reads for each person, by gender, those of both genders too."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for k, s in enumerate(self.sents):
            people = self.people(s.start, s.end)
            if len({self.person_name(f) for f in people}) != 1:
                continue
            name = self.person_name(people[0])
            if not _opens_main_clause(self.text[s.start : people[0].start]):
                continue  # "But if Clinton escapes, she said, …": the pronoun is someone else's
            if _role_after(self.text, people[0].end):
                continue  # rule name-before-role: "Harry Potter author reaches out …, she …" is the author's
            said = [
                m for m in _PRONOUN.finditer(self.text, people[0].end, s.end) if not self.in_quote(m.start())
            ]
            if len({_PRONOUN_GENDER[m.group().lower()] for m in said}) > 1:
                # rule other-clause-subject: "Carter could barely stand when she picked him up, and his neck
                # …": both genders in the sentence; the "she" opening a clause of its own is another
                # person, the rest tell the named one's
                said = [m for m in said if not self._other_clause_subject(s.start, people[0].end, m)]
            for m in said:
                votes[name][_PRONOUN_GENDER[m.group().lower()]] += 1
            if k + 1 < len(self.sents):
                nxt = _PRONOUN.match(self.text, self.sents[k + 1].start)
                if nxt and nxt.group().lower() in ("he", "she"):
                    votes[name][_PRONOUN_GENDER[nxt.group().lower()]] += 1
        return votes

    def _other_clause_subject(self, s0: int, name_end: int, m: re.Match[str]) -> bool:
        """Rule other-clause-subject: the he/she `m` opens a clause of its own after a subordinator
        ("when she picked him up"), or after "and"/"but" when a noun of its gender stands between the name
        (ending at `name_end`) and it ("Ardo Tallis called his wife …, and she answered": the wife)."""
        if m.group().lower() not in ("he", "she"):
            return False
        if _CLAUSE_SUBJECT.search(self.text, max(s0, m.start() - 12), m.start()):
            return True
        if not _AND_SUBJECT.search(self.text, max(s0, m.start() - 6), m.start()):
            return False
        nouns = _FEMALE_ROLES if m.group().lower() == "she" else _MALE_ROLES
        return any(w in nouns for w in _WORD.findall(self.text, name_end, m.start()))


# a subordinator right before a subject pronoun: the pronoun opens a clause of its own. Not "and"/"but":
# "Sam Tallis met her …, and he married her" goes on with the named subject (session 29 review, M3), unless
# a noun of the pronoun's gender comes between (session 30 review, S1: "called his wife …, and she answered")
_CLAUSE_SUBJECT = re.compile(
    r"\b(?:when|while|as|after|before|because|since|until|if|though|although)\s+$", re.IGNORECASE
)
_AND_SUBJECT = re.compile(r"\b(?:and|but)\s+$", re.IGNORECASE)
_WORD = re.compile(r"\b[a-z]+\b")


def _in_full_form(written: str) -> bool:
    """A person written in full: two words or more, not a surname with its particles alone ("da Silva")."""
    words = written.split()
    return len(words) > 1 and not all(_particle(w) for w in words[:-1])


def _surname_form(written: str) -> str:
    """A mention as written, without the titles before it ("Ms. Oliveira" -> "Oliveira")."""
    return " ".join(_untitled_words(written.split()))


def _untitled_words(words: list[str], keep_initial: bool = False) -> list[str]:
    """A name's words without the titles before it, its last word always kept: an abbreviation ("Sen.",
    "Gov."), a title of the gazetteer ("President") or an honorific ("Ms"); an initial ("K.") too, unless
    `keep_initial`."""
    g = gazetteer()
    while len(words) > 1 and (
        (words[0].endswith(".") and (len(words[0]) > 2 or not keep_initial))
        or (words[0],) in g.titles
        or words[0] in _HONORIFICS
    ):
        words = words[1:]
    return words


_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr"])
# the rules `DocView.person_name_rule` names when it gives a person another name than the entity's
NAME_RULES: tuple[str, ...] = (
    "speaker-surname",
    "family-surname",
    "surname-of-two",
    "surname-of-several",
    "first-word-here",
)
NAME_RULES += ("surname-here", "name-as-written", "relative-not-bearer", "bearers-side-by-side")
_COPY_MARK = re.compile(r"\s*\((?:cq|CQ)\)")  # an editor's "checked" mark after a name ("Bry(cq) Conley")
_SENTENCE_OPENERS = frozenset(["But", "And", "So", "Then", "When", "As", "After", "Before", "While", "If"])
# `\b` as a look-behind after the first letter: searched only from capitals (as `aliases._LONG`)
_COUPLE = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+)\b(?![ \t]+[A-Z])")
# rule bearers-side-by-side: two full names joined by "and" (and at most 80 characters between them)
_JOINED = re.compile(r"[^;]{0,80}?\band\b[^;]{0,80}")
_NEAR_FULL = 300  # characters: a full name written this close before a surname is the one it stands for


def _same_first_name(a: str, b: str) -> bool:
    """Two full names whose first words are one name spelt two ways ("Vladimir", "Volodymyr") or short
    ("Steve", "Stephen"); never two listed first names of which one only is listed as female
    ("Jane"/"John", "Mark"/"Maria", "Dan"/"Diane")."""
    x, y = a.split()[0], b.split()[0]
    g = gazetteer()
    if x in g.first_names and y in g.first_names and (x in g.female_names) != (y in g.female_names):
        return False
    return difflib.SequenceMatcher(None, x.lower(), y.lower()).ratio() >= 0.5


_SUBORDINATOR = re.compile(
    r"\b(?:if|when|whether|after|before|because|while|although|though|unless|since|until|as)\b", re.I
)


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _role_after(text: str, end: int) -> bool:
    """Rule name-before-role: a role noun right after the name ("Harry Potter author", "Clinton aide")
    makes the name the role's modifier, not the subject its sentence's pronouns go on naming."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1) in gazetteer().roles


def _opens_main_clause(lead: str) -> bool:
    """The words before a name leave it the subject of its sentence (no "if …", at most four words)."""
    return len(lead.split()) <= 4 and not _SUBORDINATOR.search(lead)


@dataclass(frozen=True, slots=True)
class Phrase:
    """An attribution phrase as the speaker rules read it: its place, its words, and its first part (up
    to a comma: "Edward Pease, R-Ind." names Edward Pease)."""

    start: int
    end: int
    text: str
    low: str
    first: str  # the phrase up to its first comma, stripped
    cut: int  # where that first part ends


class Resolved(NamedTuple):
    """What a speaker rule decided: the speaker (None: no one) and the name of the rule, the row's own
    or a more specific one inside it ("family-surname" inside `name-in-phrase`)."""

    speaker: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class SpeakerRule:
    """One named speaker rule: `find` returns a Resolved (a speaker, or a decision that there is none),
    or None to let the next row try."""

    name: str
    find: Callable[[DocView, QuoteSpan, Phrase], Resolved | str | None]
    subrules: tuple[str, ...] = ()  # the more specific names the row may give its decision instead


def resolve(dd: DocView, q: QuoteSpan, who: tuple[int, int]) -> str | None:
    """The speaker an attribution phrase names (see module docstring), or None."""
    return resolve_rule(dd, q, who).speaker


def resolve_rule(dd: DocView, q: QuoteSpan, who: tuple[int, int]) -> Resolved:
    """The speaker an attribution phrase names and the row of SPEAKER_RULES that decided it: the first
    row that returns anything decides (a row's `str` is a speaker under the row's name)."""
    s, e = who
    phrase = dd.text[s:e].strip()
    first_part = phrase.split(",")[0]
    ph = Phrase(s, e, phrase, phrase.lower(), first_part.strip(), s + len(first_part))
    for rule in SPEAKER_RULES:
        found = rule.find(dd, q, ph)
        if isinstance(found, Resolved):
            return found
        if found is not None:
            return Resolved(found, rule.name)
    return Resolved(None, "description")


def _demonstrative_source(dd: DocView, q: QuoteSpan, ph: Phrase) -> str | None:
    """Rule demonstrative-source: ""It is embarrassing," this official said" after "A Clinton
    administration official acknowledged …": the unnamed source just introduced."""
    demonstrative = _DEMONSTRATIVE.fullmatch(ph.low)
    return _by_indefinite(dd, ph.start, demonstrative.group(1)) if demonstrative else None


def _pronoun(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """he/she/this person: the antecedent (`antecedent`), or no one; not one the pronoun's own sentence
    names after it, before the quote (rule pronoun-binds-name)."""
    if ph.low in PRONOUNS:
        name = antecedent(dd, q, ph.start, PRONOUNS[ph.low], ph.low)
        if name and _named_after_pronoun(dd, q, ph, name):
            return Resolved(None, "pronoun-binds-name")
        return Resolved(name, "pronoun-antecedent")
    return None


# rule pronoun-binds-name (session 58, speakers58's read of `Random(5845)`: "He once described clinton as "…"
# and accused obama of being a racist with a "…"" gave the words to Obama; "he said anyone … should look at
# bannon first because of his "…"" to Bannon; "he appeared to agree … that turner's intoxication … reduced the
# degree of "…"" to Turner): a pronoun that leads into the quote in its own sentence is no one that sentence
# names after it, before the quote, outside quotation marks (a name the pronoun's clause goes on to name is
# another person): who spoke is left unsaid
def _named_after_pronoun(dd: DocView, q: QuoteSpan, ph: Phrase, name: str) -> bool:
    """Rule pronoun-binds-name: `name`'s surname (a possessive too) between the pronoun and the quote's
    opening mark, in one sentence, outside quotation marks; after a pronoun that
    follows the quote, in the rest of its clause."""
    surname = re.compile(rf"(?<![\w'’]){re.escape(name.split()[-1])}(?!\w)", re.IGNORECASE)
    if ph.start >= q.close_at:
        # rule pronoun-binds-name after the quote (session 59): the pronoun there is no one its own clause
        # goes on to name (""…" he told channel 2's tom jones" is not Tom Jones), up to the clause's end
        # (`_CLAUSE_END`), the next quotation mark or the sentence's end
        i = dd.sentence_index(ph.end)
        stop = dd.sents[i].end if i + 1 >= len(dd.sents) else dd.sents[i + 1].start
        stop = next((x.open_at for x in dd.quotes if ph.end <= x.open_at < stop), stop)
        cut = _CLAUSE_END.search(dd.text, ph.end, stop)
        stop = cut.start() if cut else stop
        return any(
            surname.fullmatch(dd.person_name(f).split()[-1])
            and not dd.in_quote(f.start)
            and not _modifier(dd, f)
            for f in dd.people(ph.end, stop)
        )  # not a name that modifies a noun ("at the trump international hotel")
    if ph.end > q.open_at or dd.sentence_index(ph.end) != dd.sentence_index(q.open_at):
        return False
    return any(not dd.in_quote(m.start()) for m in surname.finditer(dd.text, ph.end, q.open_at))


# the end of an attribution's own clause: a comma, a dash or a relative pronoun ("…" she calls out, a
# signal, … heard by … who had stumbled upon the message from earhart")
_CLAUSE_END = re.compile(r"[,;:—–]|\s-\s|\b(?:who|which|that|whose|where|when)\b")


def _first_person(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """I/we: the person who has the floor in a transcript paragraph, or no one."""
    return Resolved(turn_speaker(dd, q), "first-person-turn") if ph.low in ("i", "we") else None


def _they(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """they: the plural unnamed source just before (`_plural_source`), or no one."""
    return Resolved(_plural_source(dd, ph.start), "plural-they") if ph.low == "they" else None


# rule possessive-proxy: "Trump's spokeswoman", "Whitcombe's lawyer", "tallis's daughter": a name and "'s"
# before a word of relation (kin, or one who speaks for another: `_RELATION`), the phrase's last word
_POSSESSIVE_PROXY = re.compile(r"[\w.\-]+['’]s\s+(?:[a-z\-]+\s+){0,2}([a-z]+)")


def _possessive_proxy(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """Rule possessive-proxy: a phrase that is a named person's or body's relation ("said Trump's
    spokeswoman", "Whitcombe's lawyer said") is not that person or body, who is spoken for: the person
    named in apposition after it (possessive-apposition: "…, Stephanie Grisham"), else the phrase itself
    as the description."""
    m = _POSSESSIVE_PROXY.fullmatch(ph.first)
    if m is None or not (m.group(1).lower() in _RELATION or _RELATION_HEAD.fullmatch(m.group(1).lower())):
        return None
    at = ph.start + (len(ph.text) - len(ph.text.lstrip()))
    owner = ph.first.index("'" if "'" in ph.first else "’")
    held = [f for f in dd.ents.within(dd.d, at, at + owner) if f.end == at + owner]
    if not held:
        return None  # "the boy's mother": no name spoken for (rule the-role reads it)
    after = _name_after(dd, ph.end) if ph.cut >= ph.end else None
    if after:  # rule possessive-apposition, as `_apposition` reads it (also in case-less text)
        return Resolved(after[0], "possessive-apposition" if after[1] == "name-in-apposition" else after[1])
    if dd.caseless and dd.ents.kind(held[0]) == "person":  # "crutcher's father": "Crutcher's father"
        shown = cased_as(ph.first[:owner], dd.ents.name(held[0])) + ph.first[owner:]
        return Resolved(shown, "possessive-proxy")
    return Resolved(ph.first, "possessive-proxy")


# rule joint-speakers: two speakers joined by "and" ("Jon Tallis and Dana Whitcombe said", "the town's fire
# chief … and his deputy told reporters"): the schema gives a quote one speaker, and either alone would be
# half of it, so none (the Kerry-and-Ban decision of session 25). The part after "and" is a person's name
# (titles allowed) or a determiner and a noun; the part before names a person or opens on a determiner or
# a possessive, in at most six words and no comma (more is a clause: "Jiang Zemin stressed … and Premier Li
# Peng said"); "of/for/with/from/…" before "and" opens a body or a principal the "and" may be inside ("a
# lawyer for Jon Tallis and Dana Whitcombe": the lawyer's words; "a statement from philicia ruffin and the
# ruffin family"), and titles alone are one person's ("President and Party Chief Jiang Zemin": joint-title)
# rule joint-aside (session 43): "along with", "together with" and "as well as" join a second speaker as
# "and" does ("Holt – along with council member Dana Price – said")
_JOINT_AND = re.compile(r"(?:\s*[,–—]|\s*--)?\s+(?:and|along\s+with|together\s+with|as\s+well\s+as)\s+")
# rule joint-bodies (session 55, frozen3 "… Marine Conservation Biology Institute and the World Wildlife Fund
# declare that "…"" went to the second body): "the" before a name after the "and" joins a second speaker too
_JOINT_RIGHT = re.compile(
    r"(?:(?:his|her|their|its|the|a|an|another|one)\s+[a-z][\w\-]*"
    r"|(?:the\s+)?(?:[A-Z][\w.\-'’]*\s+){0,5}[A-Z][\w.\-'’]*\s*$)"
)
# rule joint-aside (session 43): after "along with" (never one person's two titles, as "and" may join) a
# lower-case role may come before the name ("along with council member Dana Price")
_JOINT_WITH = re.compile(r"\s*(?:[,–—]|--)?\s*(?:(?:along|together)\s+with|as\s+well\s+as)\s")
_JOINT_ROLE_NAME = re.compile(r"(?:[a-z][\w\-]*\s+){1,3}(?:[A-Z][\w.\-'’]*\s+){0,3}[A-Z][\w.\-'’]*\s*$")
_JOINT_BEFORE = re.compile(r",\s+and\s+$")
# the first speaker right after the quotation's closing mark and comma: a determiner, a possessive or a
# capitalised name, and no verb before the "and" ("“…,” the chief, who was on duty all night, and")
_JOINT_FIRST = re.compile(
    r"[\s,”\"’]*(?:the|a|an|his|her|their|[A-Z][\w.\-'’]*)\s(?:(?!\b(?:said|says|told|added)\b)[^.;:!?“”\"])*$"
)
_JOINT_LEFT_OPENS = re.compile(r"(?:the|a|an|his|her|their|its|[A-Z][\w\-]*['’]s?)\s", re.IGNORECASE)
_JOINT_LEFT_BODY = re.compile(r"\b(?:of|for|with|to|by|from|at)\s", re.IGNORECASE)
# rule joint-role (session 27 review S2): titles and a name after the "and", and before it a role of no person
# of its own, are one person's: "the company's founder and Chief Executive Jon Tallis", "Harwick's mayor and
# Fire Commissioner Jon Tallis" (as "… and chief executive Jon Tallis" already was), or the first word of
# a firm whose name goes on after the "and" ("Barnes and Noble Chief Executive Jon Tallis"). Not a role
# opened by "his/her/their" or naming a relation ("his wife and Fire Chief Jon Tallis"), nor one the titles
# repeat or second ("the fire chief and Deputy Chief Jon Tallis": two people)
_JOINT_ROLE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?(?:[\w\-]+['’]s\s+)?(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*)"
)
_JOINT_ROLE_OPENS = re.compile(r"(?:the|a|an|its|[\w\-]+['’]s)\s", re.IGNORECASE)
_JOINT_FIRM = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?")
# kin (`KIN`: rule owner-not-relation leaves them fitting) and those who speak for someone
_RELATION = KIN | SPEAKS_FOR  # one list with align's `other-sayer` (`lexicon.roles`, session 35)
_SECOND_TITLE = frozenset(["deputy", "vice", "assistant", "associate", "acting", "interim"])
# rule joint-office: a public office after the "and" is another body's than the role before it ("the union
# president and Mayor Jon Tallis said in a joint statement": two people), and so are words of two
# speaking at once in the quotation's sentence ("joint", "both", "together"; in the quotation "both" only)
_PUBLIC_OFFICE = frozenset(
    [
        *("mayor", "governor", "gov", "senator", "sen", "representative", "rep", "congressman"),
        *("congresswoman", "assemblyman", "assemblywoman", "councilman", "councilwoman", "councilor"),
        *("councillor", "alderman", "premier", "minister", "lawmaker", "legislator", "sheriff"),
    ]
)
_TOGETHER = re.compile(r"\b(?:joint|jointly|both|together)\b", re.IGNORECASE)
_BOTH = re.compile(r"\bboth\b", re.IGNORECASE)
# words that name an office before a title ("Fire Chief", "Health Secretary"), not the rest of a firm's name:
# "Whitcombe and Fire Chief Jon Tallis" is two people, whoever Whitcombe is
_OFFICE_WORDS = frozenset(
    [
        *("fire", "police", "state", "county", "city", "town", "village", "public", "health", "school"),
        *("education", "finance", "foreign", "defense", "defence", "interior", "justice", "treasury"),
        *("labor", "labour", "commerce", "energy", "housing", "transportation", "transport", "water"),
        *("parks", "harbor", "port", "airport", "federal", "national", "regional", "district", "special"),
        *("emergency", "safety", "homeland", "security", "agriculture", "environment", "trade", "tourism"),
        *("culture", "sports", "youth", "home", "army", "navy", "air", "military", "senior", "executive"),
        "general",
    ]
)


def _joint_speakers(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """Rule joint-speakers (see `_JOINT_AND`): two speakers are no one speaker. After a quotation the
    phrase may begin after the "and" (a relative clause before it cut the first speaker off): then the
    first speaker stands between the quotation and the "and" (`_JOINT_FIRST`)."""
    if q.end <= ph.start <= q.end + 120:  # after the quotation: its first speaker stands before the "and"
        before = dd.text[q.end : ph.start]
        first = _JOINT_BEFORE.search(before)
        if first and _JOINT_RIGHT.match(ph.text) and _JOINT_FIRST.match(before, 0, first.start()):
            return Resolved(None, "joint-speakers")
    m = _JOINT_AND.search(ph.text)
    if m is None:
        return None
    left, right = ph.text[: m.start()].strip(), ph.text[m.end() :]
    if len(left.split()) > 6 or "," in left:
        return None  # a clause before the "and" ("Jiang Zemin stressed … and Premier Li Peng said")
    with_role = _JOINT_WITH.match(m.group()) is not None and _JOINT_ROLE_NAME.match(right) is not None
    if not (_JOINT_RIGHT.match(right) or with_role) or _JOINT_LEFT_BODY.search(left):
        return None
    persons = [f for f in dd.ents.within(dd.d, ph.start, ph.start + m.start()) if dd.ents.kind(f) == "person"]
    if not persons and not _JOINT_LEFT_OPENS.match(left):
        return None
    k = dd.sentence_index(ph.start)
    sentence = (dd.sents[k].start, dd.sents[k].end) if k >= 0 else (ph.start, ph.end)
    # in the quotation only "both" ("We are both proud"): one speaker may well "work together"
    together = _BOTH.search(dd.text, q.start, q.end) or any(
        not q.start <= m.start() < q.end for m in _TOGETHER.finditer(dd.text, *sentence)
    )
    if not together and _joint_role(dd, left, right.split(), persons, ph.start + m.end()):
        return None
    return Resolved(None, "joint-speakers")


def _joint_role(dd: DocView, left: str, right: list[str], persons: list[Found], at: int) -> bool:
    """Rule joint-role (see `_JOINT_ROLE`): `left` and `right` (the words after the "and", from `at`:
    firm words or a title's modifiers, titles, a name) name one person."""
    titled = next((k for k, w in enumerate(right) if _title_word(w) and w[0].isupper()), None)
    if titled is None or not all(w[0].isupper() for w in right):
        return False
    name = _untitled(right[titled:])
    if name == " ".join(right[titled:]):
        return False  # no name of two or three words after the titles
    said = {w.lower().rstrip(".") for w in right[: len(right) - len(name.split())]}
    if said & _PUBLIC_OFFICE:
        return False
    alone = not said & (set(left.lower().split()) | _SECOND_TITLE)
    if _JOINT_ROLE_OPENS.match(left):  # "the company's founder" + "Chief Executive Jon Tallis"
        role = _JOINT_ROLE.fullmatch(left)
        return (
            alone
            and not persons
            and role is not None
            and role.group(1) in gazetteer().roles
            and role.group(1) not in _RELATION
        )
    # "Barnes" + "Noble Chief Executive Jon Tallis": a firm's first word, no one this document names in full,
    # and the firm's name goes on before the titles (not a place or an office: "Whitcombe and Harwick Fire
    # Chief", "Whitcombe and Fire Chief")
    places = {dd.text[f.start : f.end] for f in dd.ents.within(dd.d, 0, len(dd.text), "place")}
    return bool(
        titled
        and _JOINT_FIRM.fullmatch(left)
        and not any(_title_word(w) for w in left.split())
        and all(len(dd.person_name(f).split()) == 1 for f in persons)
        and not any(
            w in places or w.lower() in _OFFICE_WORDS or gazetteer().kind_of((w,)) == "place"
            for w in right[:titled]
        )
    )


def _named_in_phrase(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """A person or organisation named in the phrase that heads it (`_heads_phrase`: "Tim Griffin of
    Arkansas", rule origin-firm "Jean-Marc Leger of the Quebec polling firm Leger & Leger", rule
    adverb-before-verb "Bush quickly and succinctly responded"), not one it speaks for ("a lawyer for
    Reyes") nor a relation's ("the mother of … Carlie Trent"): the last person, else the last body, by
    the name this document gives it (`DocView.person_name_rule`)."""
    text, s, e, cut = dd.text, ph.start, ph.end, ph.cut
    if reply := _REPLY_LEAD.match(text, s, cut):
        s = reply.end()  # rule reply-lead: "To which Rep. John Conyers Jr. … retorted": no relative clause
    named = [f for f in dd.ents.within(dd.d, s, cut) if dd.ents.kind(f) in ("person", "organization")]
    if not named:
        named = [f for f in dd.ents.within(dd.d, s, e) if dd.ents.kind(f) in ("person", "organization")][:1]
    heads = {}
    for f in named:
        how = _heads_phrase(text[f.end : cut], adverbs=q.words >= MIN_SPEECH_WORDS)
        if (
            how is not None
            and not _RELATION_OF.search(text, s, f.start)
            and not _RELATIVE_CLAUSE.search(text, s, f.start)
            and not (
                _object_of(text, s, f.start)
                and text[f.end : f.end + 2] not in ("'s", "’s")
                and not _TEXT_OF.match(text, s, f.start)
            )
            and not _object_pair(text, s, f, named)
            and not agent_of_modifier(text, s, f.start)
            and not participle_object(text, s, f.start)
        ):
            heads[f] = how
    # a name inside the body a headed name is "of" is not the speaker ("Kerr of Jane Doe's office")
    # and not one of two coordinated names ("Donna Taylor and Belinda Durham at Catholic Charities")
    for f, how in list(heads.items()):
        if how == "name-of-body" and _AND.search(text, s, f.start):
            del heads[f]
    bodies = [(f.end, cut) for f, how in heads.items() if how == "name-of-body"]
    lead = _person_heads_bodies(dd, s, named)
    named = [f for f in named if f in heads and not any(a <= f.start < b for a, b in bodies)]
    if lead is not None and lead not in named:
        name, how = dd.person_name_rule(lead)
        return Resolved(name, how or "person-heads-bodies")
    if not named:
        return None
    persons = [f for f in named if dd.ents.kind(f) == "person"]
    # rule place-object: "Dr. Ronald Greeley of Arizona State University in Tempe": a name after "in",
    # "at" or "near" inside the phrase is where the speaker works or lives, not the speaker (the entity
    # pass may read "Tempe" as a person)
    placed = [f for f in persons if not _PLACE_PREPOSITION.search(text, s, f.start)]
    chosen = (placed or persons or named)[-1]
    if _role_word_as_name(dd, chosen):
        return Resolved(description(ph.text), "role-word-not-name")
    if other := _other_first_name(dd, chosen, s):
        return Resolved(other, "other-first-name")
    name, how = dd.person_name_rule(chosen)
    if other_gender := _pronoun_not_bearer(dd, chosen, name):
        return Resolved(other_gender, "pronoun-not-bearer")
    if how is None:
        how = "place-object" if placed and persons[-1] is not chosen else heads[chosen] or "name-in-phrase"
    return Resolved(name, how)


# rule pronoun-not-bearer (session 47, issue 15 known-left item 1): the pronoun right after a bare surname's
# verb of saying ("Clinton said she was "…"")
_SAID_PRONOUN = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:said|says|added|adds|wrote|writes|told\s+[\w.]+(?:\s+[\w.]+)?)\s+(?:that\s+)?"
    r"(he|she)\b"
)


def _pronoun_not_bearer(dd: DocView, f: Found, name: str) -> str | None:
    """Rule pronoun-not-bearer: a bare surname this document writes in full for two people or more ("Bill
    Clinton", "Hillary Clinton"), given to one of them, when the pronoun after its verb of saying is the
    other gender's ("Clinton said she was "…""): the surname as written, not a guess the text
    contradicts (the pronoun may be a third person's, so it picks no bearer either)."""
    written = _surname_form(" ".join(dd.text[f.start : f.end].split()))
    if dd.ents.kind(f) != "person" or " " in written or name == written:
        return None
    said = _SAID_PRONOUN.match(dd.text, f.end)
    if said is None or len({n for _, _, n in _in_full(dd, written)}) < 2:
        return None
    gender = name_gender(name, dd)
    return written if gender is not None and gender != ("f" if said.group(1) == "she" else "m") else None


def _role_word_as_name(dd: DocView, f: Found) -> bool:
    """Rule role-word-not-name (session 43, fresh read multinews-train-42318: "The weinstein co. Exec
    insists …" gave the speaker "Exec"): a person the entity pass read in one word that is a role or a
    speaking head ("Exec", "Spokesman"), and no full name's, is no name; the phrase is a description,
    else no one."""
    word = dd.text[f.start : f.end].strip().lower()
    if dd.ents.kind(f) != "person" or " " in word or " " in dd.ents.name(f):
        return False  # "Singer" of "Marty Singer": a surname the entity pass joined to a full name
    g = gazetteer()
    return word in g.roles or word in g.speaking_heads


# rule other-first-name: in case-less text a word in lower case and no ordinary English right before a
# person's bare surname, the two right at a verb of saying ("cissy houston says" where the story names
# Whitney Houston, "said terence naphys"), is another first name: another person
_WORD_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z'’\-]+)\s+$")
_VERB_NEXT = re.compile(r"\s+(?:says|said|told|tells|added|adds|wrote|writes|explained|explains)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s+$")
# rule describing-word: a word of that shape describes the person ("singer-songwriter whitcombe said",
# "marathoner whitcombe", "olympian", "frontman", "republican", "teammate", "grandson", "ceo"): no first
# name unless the lexicon lists it as one ("peter", "brian")
_DESCRIBING = re.compile(
    r".*-.*|.+(?:er|or|ist|ian|an|man|men|ee|ite|ant|ent|at|mate|son|ess|ive)|ceo|cfo|coo|gop|mp|mep"
)


def _other_first_name(dd: DocView, f: Found, start: int) -> str | None:
    """Rule other-first-name (see `_WORD_BEFORE`): the name as written, each word capitalised, when the
    word before the surname is no ordinary word, title or role and not the entity's first name."""
    if not dd.caseless or dd.ents.kind(f) != "person" or " " in dd.text[f.start : f.end].strip():
        return None
    m = _WORD_BEFORE.search(dd.text, start, f.start)
    words = dd.ents.name(f).split()
    if m is None or len(words) < 2:
        return None
    first, g = m.group(1), gazetteer()
    if not first.islower() or ordinary(first) or first in g.roles or (first.capitalize(),) in g.titles:
        return None  # a capital opens a sentence or an abbreviation ("Cdr walton said")
    cap = first.capitalize()
    if cap in g.demonyms or (
        _DESCRIBING.fullmatch(first)
        and not any(cap in names for names in (g.first_names, g.female_names, g.unisex_names))
    ):
        return None
    at_verb = _VERB_NEXT.match(dd.text, f.end) or _SAID_BEFORE.search(
        dd.text, max(0, m.start() - 12), m.start()
    )
    if first == words[0].lower() or not at_verb:
        return None  # only a name right at its verb ("whereupon mccain denied that …" is a clause)
    return f"{first.capitalize()} {dd.text[f.start : f.end].strip().capitalize()}"


# rule person-heads-bodies: what may stand between a phrase's start and the person heading it (titles and
# capitalised words of office, "Rep.", "Defense Secretary"), and what ties a body after the person to
# them: "of", or a role and "of"/"for"/"at" ("… of Goldman Sachs and a former president of the …",
# "… spokesperson for Red River College")
_HEAD_TITLES = re.compile(r"(?:(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3})?")
_BODY_TIE = re.compile(
    r"\s*(?:,\s*)?(?:(?:and\s+)?(?:an?\s+|the\s+)?(?:[a-z\-]+\s+){0,3}(?:of|for|at|with)|of|at)\s+(?:the\s+)?$"
)


def _person_heads_bodies(dd: DocView, s: int, named: list[Found]) -> Found | None:
    """Rule person-heads-bodies: one person opens the phrase (after titles alone) and every other name in
    it is a body tied to that person by "of" or a role ("said E. Gerald Corrigan of Goldman Sachs and a
    former president of the New York Federal Reserve", "said Conor Lloyd spokesperson for Red River
    College"): the person speaks, not the last body named."""
    persons = [f for f in named if dd.ents.kind(f) == "person"]
    if len(persons) != 1 or len(named) < 2 or named[0] is not persons[0]:
        return None
    lead, text = persons[0], dd.text
    if not _HEAD_TITLES.fullmatch(text, s, lead.start) or text[lead.end : lead.end + 2] in ("'s", "’s"):
        return None
    prev = lead
    for f in named[1:]:
        if not _BODY_TIE.search(text, prev.end, f.start) or re.search(r"[.;:()]", text[prev.end : f.start]):
            return None
        prev = f
    return lead


def _capitalised_phrase(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | str | None:
    """A phrase of at most four capitalised words the entity pass did not name: the words without a
    title before a name ("Defense Secretary Orlando Mercado" -> "Orlando Mercado"). Rule stray-word: one
    word that is only a title or a word of no name ("Judge" of case-less "Judge kelly said", "Another",
    "He'll"), capitalised because it opens the sentence, names no one; nor do abbreviated titles alone
    ("“…,” Brig. Gen. said.", "“…,” said Amb.": `lexicon.titles.ABBREVIATED_TITLES`)."""
    words = ph.first.split()
    if (
        ph.first
        and ph.first[0].isupper()
        and all(w[0].isupper() or _particle(w) for w in words)
        and len(words) <= 4
    ):
        if len(words) == 1 and (_STRAY_WORD.fullmatch(words[0]) or (words[0],) in gazetteer().titles):
            return Resolved(None, "stray-word")
        if all(w[-1] == "." and w[:-1] in _ABBREVIATED_TITLES for w in words):
            return Resolved(None, "stray-word")
        if family := _titled_family_name(dd, words):
            return Resolved(family, "titled-family-name")
        return _untitled(words)
    return None


def _titled_family_name(dd: DocView, words: list[str]) -> str | None:
    """Rule titled-family-name (session 52, issue 15 left open by session 51: "President Park said she was
    tired" named no one): titles and one word that is no first name, the first word of the one person the
    document names so (a family name written first: "Park Geun-hye", "Moon Jae-in"), is that person; the
    entity pass leaves "Park" and "Moon" alone, as ordinary words."""
    g = gazetteer()
    if len(words) < 2 or words[-1] in g.first_names or words[-1].lower() in g.first_names:
        return None
    if not all(_titled_word(w) for w in words[:-1]):
        return None
    names = {dd.person_name(f) for f in dd.ents.within(dd.d, 0, len(dd.text), "person")}
    fits = {n for n in names if len(n.split()) >= 2 and n.split()[0] == words[-1]}
    return fits.pop() if len(fits) == 1 else None


def _titled_word(word: str) -> bool:
    """A title or role word, or a hyphened compound of one ("Vice-President"), as `_untitled` reads them."""
    g = gazetteer()
    return any((x,) in g.titles or x.lower() in g.roles for x in word.rstrip(".").split("-"))


_ABBREVIATED_TITLES = frozenset(ABBREVIATED_TITLES)
# a word that opens a sentence but names no one: an indefinite ("Another called the move: "…""), a pronoun's
# contraction ("He'll also say that … "…""), a title alone ("President-elect trump said" in case-less text)
_STRAY_WORD = re.compile(
    r"(?:Another|Others?|Some|Many|Several|Few|Each|Both|Most|All|One|(?:He|She|They|We|I|You|It)['’]\w+"
    r"|[\w.]+-elect)"
)


def _name_after_title(dd: DocView, q: QuoteSpan, ph: Phrase) -> str | None:
    return _after_title(ph.first.split())


def _apposition(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """ "said his spokeswoman, Lisette McSoud Mondello"; rule possessive-apposition: "Faulder's niece,
    Barbara Allen, 39, … said": the name in apposition is the person the description is of."""
    after = _name_after(dd, ph.end)
    if after and DESCRIPTION.match(ph.text):
        return Resolved(*after)
    if after and POSSESSIVE_NAME.match(ph.text):
        return Resolved(after[0], "possessive-apposition" if after[1] == "name-in-apposition" else after[1])
    return None


def _demonstrative_alone(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """ "this official" with no unnamed source introduced just before: no one."""
    return Resolved(None, "demonstrative-unintroduced") if _DEMONSTRATIVE.fullmatch(ph.low) else None


def _short_form(dd: DocView, q: QuoteSpan, ph: Phrase) -> str | None:
    """Rule short-form: "says the Tribune", "the Times reported": the body the text named before in
    full whose name ends in the word (news writing names a paper or a body in full once, then so)."""
    short = _SHORT_FORM.fullmatch(ph.text)
    return _by_head(dd, ph.start, short.group(1)) if short else None


def _the_body(dd: DocView, q: QuoteSpan, ph: Phrase) -> str | None:
    """ "the high court" -> the court the text named before; rule body-head: so too a body's own head
    word that is no speaking head ("the party said" -> the "… Party" named before)."""
    desc = description(ph.text)
    if desc and desc.split()[0].lower() == "the":
        return _by_head(dd, ph.start, desc.split()[-1])
    head = _THE_WORD.fullmatch(ph.text.strip())
    if head and head.group(1).title() in gazetteer().org_last:
        return _by_head(dd, ph.start, head.group(1))
    return None


_THE_WORD = re.compile(r"[Tt]he\s+([a-z]+)")


# rule org-by-kind: the organisation kinds a speaker is called by ("the airline said"), each with the
# name words that show an organisation is of the kind (its last word, or its first: "Air France")
_ORG_KINDS: dict[str, frozenset[str]] = {
    "airline": frozenset(["Air", "Airlines", "Airline", "Airways", "Air Lines"]),
    "company": frozenset(
        ["Inc", "Corp", "Co", "Corporation", "Company", "LLC", "Ltd", "PLC", "Plc", "AG", "GmbH"]
    ),
    "automaker": frozenset(["Motors", "Motor", "Automobiles"]),
    "university": frozenset(["University"]),
    "hospital": frozenset(["Hospital"]),
}
# words that keep a name of another kind despite its mark ("U.S. Air Force" is no airline)
_NOT_OF_KIND: dict[str, frozenset[str]] = {"airline": frozenset(["Force", "Forces", "Base", "Station"])}
# the same kinds by other nouns: a carrier is an airline, a firm a company, a carmaker an automaker
_KIND_NOUNS = {"carrier": "airline", "firm": "company", "carmaker": "automaker"}
_KIND_PHRASE = re.compile(r"[Tt]he\s+(" + "|".join([*_ORG_KINDS, *_KIND_NOUNS]) + r")")


def _org_by_kind(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """Rule org-by-kind: "the airline said", "the company said": the organisation named last before the
    phrase, no person named after it, when its name shows the kind ("Air France", "Harwick Foods Inc.") and
    the text named no other of that kind before it; else the description itself ("the airline"), never an
    organisation without evidence of the kind (news writing calls a body by its kind right after naming
    it; a body the entity pass misread as a person, "Neiman Marcus", may be the one meant)."""
    m = _KIND_PHRASE.fullmatch(ph.text.strip())
    if m is None:
        return None
    kind = _KIND_NOUNS.get(m.group(1), m.group(1))
    named = [
        f
        for f in dd.ents.before(dd.d, ph.start)
        if dd.ents.kind(f) in ("organization", "person") and not dd.in_quote(f.start)
    ]
    orgs = [dd.ents.name(f) for f in named if dd.ents.kind(f) == "organization"]
    fits = {name for name in orgs if _of_kind(name, kind)}
    last = named[-1] if named else None
    if len(fits) == 1 and last is not None and dd.ents.name(last) in fits:
        return Resolved(dd.ents.name(last), "org-by-kind")
    return Resolved(" ".join(m.group().split()), "org-kind-description")


def _of_kind(name: str, kind: str) -> bool:
    """Whether an organisation's name shows `kind` by its last word or two (a full stop aside: "Inc.",
    "Delta Air Lines") or its first ("Air France", "University of Texas")."""
    words, marks = name.split(), _ORG_KINDS[kind]
    last = {words[-1].rstrip("."), " ".join(words[-2:])} if words else set()
    if not words or _NOT_OF_KIND.get(kind, frozenset()).intersection(words):
        return False
    return bool(last & marks) or words[0] in marks


def _the_role(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved | None:
    """ "the <role>": the unnamed source just introduced with it ("the officer" after "said a Miami
    Gardens officer"; "the Arab official" after "said one Arab official."), else the person introduced
    with that role, else the person last named (not for a host: host-not-guest), but never one the rest of
    the sentence names ("named-in-clause"), else the description itself."""
    desc = description(ph.text)
    head = desc.split()[-1].lower() if desc else ""
    if not (
        desc
        and desc.split()[0].lower() == "the"
        and (head in gazetteer().roles or head in _PARTY_HEADS or head in _ORIGIN_HEADS)
    ):
        return None  # a role, a party (rule party-head) or an origin (rule native-head)
    s, e = ph.start, ph.end
    indefinite = _by_indefinite(dd, s, desc.split()[-1].lower())
    if indefinite:
        return Resolved(indefinite, "unnamed-source-before")
    if _introduced_unnamed(dd, s, desc):
        return Resolved(desc, "unnamed-source-before")
    # rule possessive-relation: "the family's daft daughter", "the victim's mother", "the man's lawyer"
    # name a person by a relation to someone else, whom the text more likely named last: no one but
    # one introduced with that role ("the party's front-runner" is a role, no relation: the last named)
    relation = _POSSESSIVE_WORD.search(desc) and _RELATION_HEAD.fullmatch(desc.split()[-1].lower())
    # rule pope-by-title: "the pope", "the pontiff" is the one the text introduced as "Pope …", else no
    # name (the person named last is rarely the pope: "Fidel Castro greeted … The pope said")
    titled = desc.split()[-1].lower() in ("pope", "pontiff")
    # rule host-not-guest: "the CNN host", "the moderator" is the one who asks, and the person named last
    # in an interview is its guest: only one introduced with that role ("CNN host Jake Tapper")
    host = desc.split()[-1].lower() in _HOST_HEADS
    # rule proxy-not-principal: "the rep", "the spokesman" speaks for someone, and the person named last is
    # more likely the one spoken for ("O'Donnell's rep told abcnews.com … "…," the rep said" is not
    # O'Donnell's wife): only one introduced with that role
    proxy = desc.split()[-1].lower() in _PROXY_HEADS
    by_role = _by_role(dd, s, _role_key(desc))
    last = (
        None if relation or titled or host or proxy or by_role else antecedent(dd, q, s, None, "the person")
    )
    # rule other-role: the speaker before is an unnamed source of another role ("an official" is not "the
    # governor"): no one
    other = last is not None and (
        _other_role(last, desc.split()[-1].lower()) or _object_pronoun_after(dd, q, e, last)
    )
    another = last is not None and not other and _role_of_another(dd, s, _role_key(desc))
    # rule role-other-gender: "the actress", "the spokesman" is no person whose name says the other gender
    # ("… karl cook announced … "…!" the actress says" is not Karl Cook): the description stands
    crossed = last is not None and not other and not another and _role_crosses_gender(dd, desc, last)
    # rule party-other (session 50): "the Iowa Republican" is no one the document ties to the other party,
    # nor one named by a single word (case-less "Peter" of "rep. Peter king": a name cut short), nor one
    # the document never ties to the description's place while it ties another to it (`party-place`), nor
    # one this document never writes in full
    party = last is not None and head in _PARTY_HEADS
    party = party and (
        len(last.split()) < 2
        or not _written_in_full(dd, last, s)
        or _other_party(dd, head, last, s)
        or _place_of_another(dd, desc, last, s)
    )
    # rule role-far: the person last named only when the text names them in the role's paragraph or the two
    # before; further back the walk has crossed into another part of the story ("… deployed from the
    # vessel Carolyn Chouest …" three paragraphs before "the captain said" of another crash): the role
    far = last is not None and not other and not another and not by_role and _named_far(dd, s, last)
    inside = last is not None and not by_role and _named_in_quote(dd, q, last)
    # an origin is no office held over the dead ("the coroner"): an obituary quotes "the Boston native" too
    dead = last is not None and not by_role and head not in _ORIGIN_HEADS and _named_dead(dd, s, last)
    beside = last is not None and not by_role and _named_before_in_sentence(dd, last, s)
    beside = beside or (last is not None and not by_role and _object_of_opener(dd, last, s))
    # a pair whose other member the role's gender rules out ("matthew and camila … the actor") stays named
    pair = None if last is None or by_role else _named_in_pair(dd, s, last)
    paired = pair is not None and not _role_crosses_gender(dd, desc, pair)
    unfit = other or another or crossed or party or far or inside or dead or beside or paired
    named = by_role or (None if unfit else last)
    if named and not _named_in_clause(dd, named, e):
        return Resolved(named, "role-introduced" if by_role else "role-last-named")
    why = (
        "other-role"
        if other
        else "named-in-quote"
        if inside
        else "role-the-dead"
        if dead
        else "role-far"
        if far
        else "role-beside-name"
        if beside
        else "role-of-another"
        if another
        else "role-other-gender"
        if crossed
        else "party-other"
        if party
        else "pair-role"
        if paired
        else "possessive-relation"
        if relation
        else "pope-by-title"
        if titled
        else "host-not-guest"
        if host
        else "proxy-not-principal"
        if proxy
        else "role-description"
    )
    return Resolved(_cased_description(dd, desc, ph), why)


def _role_crosses_gender(dd: DocView, desc: str, name: str) -> bool:
    """Rule role-other-gender (see `_the_role`): the role word is of one gender ("actress", "father") and
    the person's name of the other (`name_gender`: a first name, or the text's own pronouns for them)."""
    head = desc.split()[-1].lower()
    role = "f" if head in _FEMALE_ROLES else "m" if head in _MALE_ROLES else None
    person = name_gender(name, dd) if role else None
    return role is not None and person is not None and person != role


def _named_in_quote(dd: DocView, q: QuoteSpan, name: str) -> bool:
    """Rule named-in-quote (see `_the_role`): the quote's own words name the person `name` ("…we tried to
    reach Dana Tallis…," the lawyer said): whom a speaker talks about by name is not the speaker, so the
    person last named is no evidence for the role's bearer."""
    inside = dd.ents.within(dd.d, q.start, q.end)
    return any(dd.ents.kind(f) == "person" and dd.ents.name(f) == name for f in inside)


def _named_far(dd: DocView, pos: int, name: str) -> bool:
    """Rule role-far (see `_the_role`): no mention of the person `name` from the start of the second
    paragraph before the one holding `pos` up to `pos`."""
    k = dd.para_index(pos)
    start = dd.para_starts[max(0, k - 2)] if k >= 0 else 0
    return not any(dd.person_name(f) == name for f in dd.people(start, pos))


# rule role-the-dead: a death word a few words after a person's name in its own clause, no verb of saying or
# kin word between ("Natasha Ednan-Laperouse, who had a severe allergy, died after …"; not "Jones said his
# wife died")
_DIED_AFTER = re.compile(
    r"(?:(?!\b(?:said|says|told|tells|wife|husband|son|daughter|mother|father|brother|sister)\b)[^.;:!?\"“”])"
    r"{0,60}?\b(?:died|dies|was\s+killed|were\s+killed|was\s+found\s+dead|drowned)\b",
    re.IGNORECASE,
)


# rule pair-role (session 58, speakers58's read of `Random(5845)`: "claire danes and hugh dancy are expecting
# their first child … "…," the homeland star, 33, told people" gave the star's words to Dancy): a person last
# named as one of a pair joined by "and" with another person ("<first name> <word> and <name>", "<name> and
# <first name> …", or two people the entity pass read) may not be the one the role names: the other may be
_AND_PAIR_BEFORE = re.compile(r"(?:^|[^\w'’\-])([A-Za-z]+)\s+[\w'’\-]+\s+and\s+$")
_AND_PAIR_AFTER = re.compile(r"\s+and\s+([A-Za-z]+)\b")


def _named_in_pair(dd: DocView, pos: int, name: str) -> str | None:
    """Rule pair-role: the other person (a first name, or a name read) the last mention of `name` before
    `pos` is joined to by "and", else None."""
    mentions = [f for f in dd.people(0, pos) if dd.person_name(f) == name]
    if not mentions:
        return None
    f, text, firsts = mentions[-1], dd.text, gazetteer().first_names
    before = _AND_PAIR_BEFORE.search(text, max(0, f.start - 40), f.start)
    after = _AND_PAIR_AFTER.match(text, f.end)
    for m in (before, after):
        if m and m.group(1).capitalize() in firsts:
            return m.group(1).capitalize()
    for g in dd.people(max(0, f.start - 40), f.end + 40):
        gap = text[g.end : f.start] if g.end <= f.start else text[f.end : g.start]
        if dd.person_name(g) != name and re.fullmatch(r"\s+and\s+", gap):
            return dd.person_name(g)
    return None


def _named_dead(dd: DocView, pos: int, name: str) -> bool:
    """Rule role-the-dead (session 43, fresh read multinews-train-7636: "the coroner called … "inadequate""
    went to the girl whose death the inquest was about): the person last named is one this document
    says died, before `pos`, so not the one the role names."""
    return any(dd.person_name(f) == name and _DIED_AFTER.match(dd.text, f.end) for f in dd.people(0, pos))


def _description(dd: DocView, q: QuoteSpan, ph: Phrase) -> Resolved:
    """An unnamed source: its description cut to a noun phrase (`description`), else no one. In a story
    that lost its case, a name the entity pass found inside it whose every word its entity's name holds is
    cased so (`caseless-shown-name`: "a spotify spokesperson" as "a Spotify spokesperson"; "one faa
    manager" stays, its entity "Federal Aviation Administration" holding no "FAA")."""
    desc, rule = described(ph.text)
    if desc is None and dd.caseless:
        desc = _caseless_possessive(ph.text)
    return Resolved(desc and _cased_description(dd, desc, ph), rule)


# rule caseless-possessive (session 56, speakers56's fresh read Random(5652): ""… he hears voices, " tony
# kadyhrob's anguished sister told the daily news", "mr cantlie's family said:" had no speaker): in case-less
# text a name's possessive (one or two words, an honorific maybe, the last no ordinary word) before a speaking
# head is the unnamed source `POSSESSIVE_NAME` reads in cased text ("Gierasch's group"): the description, the
# name cased ("Tony Kadyhrob's anguished sister")
_CASELESS_OWNER = re.compile(
    r"((?:(?:mr|mrs|ms|dr)\.?\s+)?[a-z][\w.\-]*(?:\s+[a-z][\w.\-]*)?)(['’]s\s+[a-z].*)", re.S
)


def _caseless_possessive(phrase: str) -> str | None:
    """Rule caseless-possessive (see above): the description a lower-case possessive phrase makes, or None."""
    m = _CASELESS_OWNER.fullmatch(" ".join(phrase.split()))
    if m is None or DESCRIPTION.match(m.group(1)) or ordinary(m.group(1).split()[-1].rstrip(".")):
        return None
    desc = described("Owner" + m.group(2))[0]
    if desc is None or not desc.startswith("Owner"):
        return None
    return " ".join(w.capitalize() for w in m.group(1).split()) + desc.removeprefix("Owner")


def _cased_description(dd: DocView, desc: str, ph: Phrase) -> str:
    """`desc` with the names inside it cased as the entity list spells them, in case-less text
    (`caseless-shown-name`; also a role's description, "the arizona republican": session 50)."""
    if dd.caseless:
        for f in dd.ents.within(dd.d, ph.start, ph.end):
            desc = _cased_inside(desc, dd.text[f.start : f.end], dd.ents.name(f))
    return desc


def _cased_inside(desc: str, written: str, name: str) -> str:
    """`desc` with the whole words `written` cased as `name` writes them, when `name` holds them all."""
    held = {w.lower() for w in name.split()}
    if not all(w.lower() in held for w in unspaced(written).split()):
        return desc
    shown = cased_as(written, name)
    return re.sub(rf"(?<![\w'’]){re.escape(written)}(?![\w'’])", lambda _: shown, desc)


# what rule the-role names its decision: the source just introduced, the person introduced with the role or
# named last, a person by a relation, a pope, or the description itself
_ROLE_SUBRULES: tuple[str, ...] = ("unnamed-source-before", "role-introduced", "role-last-named")
_ROLE_SUBRULES += (
    "possessive-relation",
    "pope-by-title",
    "host-not-guest",
    "proxy-not-principal",
    "other-role",
    "role-far",
    "role-of-another",
    "role-beside-name",
    "role-other-gender",
    "party-other",
    "named-in-quote",
    "role-the-dead",
    "pair-role",
)


_HIM = re.compile(r"\bhim\b", re.IGNORECASE)


def _object_pronoun_after(dd: DocView, q: QuoteSpan, end: int, who: str) -> bool:
    """Rule other-role, object-pronoun: "the board chairman dismissed the allegations against him as
    lacking "…"": a "him" between the role and its quote is someone other than the role's bearer, most
    likely the man named last, so that man is not the role's bearer."""
    if not end <= q.open_at or name_gender(who, dd) == "f":
        return False
    return any(not dd.in_quote(m.start()) for m in _HIM.finditer(dd.text, end, q.open_at))


def _other_role(who: str, role: str) -> bool:
    """Rule other-role: `who`, the speaker the-role would take as the one named last, is an unnamed source
    described by another role ("an official" for "the governor"): not the role's bearer. A person named
    may hold several roles ("Governor Anton Vasquel" … "the party's front-runner"): not read here."""
    head = who.split()[-1].lower() if who[:1].islower() else ""
    return head in gazetteer().roles and head != role


_ROLE_SUBRULES += ("role-description",)
# rule party-head (session 50): "the Iowa Republican said" names a person by party as a role does ("the
# senator said"), so `_the_role` reads it (the person last named, with its guards), not as a bare description
# (speakers50's training census: 15 of 1,500 stories showed "the texas republican" for a Cornyn, a Durbin …)
_PARTY_HEADS = frozenset(["republican", "democrat"])
# rule native-head (session 55, frozen7 ""…," the New York native told Glenn Close" after a sentence about
# Lauren Bacall gave no one): "the Boston native" names a person by origin as "the Texas Republican" does by
# party, the one named last, with the-role's guards; alone it is a description ("a Boston native")
_ORIGIN_HEADS = frozenset(["native"])
_OTHER_PARTY = {"republican": ("democrat", "democratic", "d"), "democrat": ("republican", "gop", "r")}


def _written_in_full(dd: DocView, name: str, upto: int) -> bool:
    """Rule party-other: this document writes the person `name` in two words or more before `upto` (not
    only a bare surname the entity pass linked to a namesake: "former president bill clinton … she asked
    clinton …, "…," the democrat told her" is not Hillary Clinton)."""
    return any(
        dd.person_name(f) == name and len(dd.text[f.start : f.end].split()) >= 2 for f in dd.people(0, upto)
    )


def _other_party(dd: DocView, head: str, name: str, upto: int) -> bool:
    """Rule party-other: before `upto` the document writes the person `name` with the other party's word
    right before a mention ("Democrat Dana Hale", "democratic sen. Dana Hale") or its tag right after one
    ("Dana Hale, D-Ohio", "(D-Ohio)")."""
    other = _OTHER_PARTY[head]
    words = "|".join(other)
    before = re.compile(rf"\b(?:{words})\b\W*(?:\w+\.?\s+){{0,2}}$", re.IGNORECASE)
    after = re.compile(rf"\W{{0,3}}\b(?:{words})\s*-\s*[a-z]", re.IGNORECASE)
    return any(
        before.search(dd.text, max(0, f.start - 40), f.start) or after.match(dd.text, f.end)
        for f in dd.people(0, upto)
        if dd.person_name(f) == name
    )


def _place_of_another(dd: DocView, desc: str, name: str, upto: int) -> bool:
    """Rule party-place (review50): before `upto` the document ties another person to the description's
    place, its words right before a mention with at most two words between ("Ohio Sen. Dana Hale") or after
    it by "of" or a party tag ("Sen. Dana Hale of Ohio", "Hale (D-Ohio)"), and never ties `name` so ("...
    Gov. Mark Pell answered her. "...," the Ohio Democrat said": Hale's words, not Pell's)."""
    words = [w for w in desc.split()[1:-1] if w.isalpha()]
    if not words:
        return False
    place = " ".join(map(re.escape, words))
    before = re.compile(rf"\b{place}\W*(?:\w+\.?\s+){{0,2}}$", re.IGNORECASE)
    after = re.compile(rf"\s*(?:of\s+|[,(]\s*[dr]\s*-\s*){place}\b", re.IGNORECASE)
    tied = {
        dd.person_name(f)
        for f in dd.people(0, upto)
        if before.search(dd.text, max(0, f.start - 40), f.start) or after.match(dd.text, f.end)
    }
    return bool(tied) and name not in tied


# the heads of a role that speaks for another person (rule proxy-not-principal)
_PROXY_HEADS = frozenset(["rep", "representative", "spokesman", "spokeswoman", "spokesperson"])


# The speaker rules, in order: the first row that returns a speaker, or decides there is none, wins.
SPEAKER_RULES: tuple[SpeakerRule, ...] = (
    SpeakerRule("joint-speakers", _joint_speakers),
    SpeakerRule("demonstrative-source", _demonstrative_source),
    SpeakerRule("pronoun-antecedent", _pronoun, ("pronoun-binds-name",)),
    SpeakerRule("first-person-turn", _first_person),
    SpeakerRule("plural-they", _they),
    SpeakerRule("possessive-proxy", _possessive_proxy),
    SpeakerRule(
        "name-in-phrase",
        _named_in_phrase,
        (
            "place-object",
            "origin-firm",
            "adverb-before-verb",
            "modifier-after-name",
            "name-of-body",
            "topic-of",
            "person-heads-bodies",
            "other-first-name",
            "role-word-not-name",
            "pronoun-not-bearer",
            *NAME_RULES,
        ),
    ),
    SpeakerRule("capitalised-phrase", _capitalised_phrase, ("stray-word", "titled-family-name")),
    SpeakerRule("name-after-title", _name_after_title),
    SpeakerRule("name-in-apposition", _apposition, ("possessive-apposition", "titled-apposition")),
    SpeakerRule("demonstrative-unintroduced", _demonstrative_alone),
    SpeakerRule("short-form", _short_form),
    SpeakerRule("the-body", _the_body),
    SpeakerRule("org-by-kind", _org_by_kind, ("org-kind-description",)),
    SpeakerRule("the-role", _the_role, _ROLE_SUBRULES),
    SpeakerRule("description", _description, ("verb-ends-subject",)),
)


_SHORT_FORM = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near)\s+$")
_DEMONSTRATIVE = re.compile(r"[Tt]his\s+([a-z]+)")
_POSSESSIVE_WORD = re.compile(r"\w['’]s?\s")
# a person's relation to another person: kin, partner, friend, or who speaks or pleads for them
_RELATION_HEAD = re.compile(
    r"mother|father|parents?|wife|husband|widow(?:er)?|son|daughter|brother|sister|grand(?:mother|father|son|"
    r"daughter)|aunt|uncle|cousin|niece|nephew|girlfriend|boyfriend|fianc[eé]e?|friend|lawyer|attorney|"
    r"spokes(?:man|woman|person)|manager"
)


# the lower-case particles of names ("Seyyid al-Masri", "Osama bin Laden", "Vincent van Gogh")
_PARTICLES = frozenset(
    ["bin", "ibn", "al", "el", "de", "del", "della", "da", "di", "du", "van", "von", "der", "le"]
)
_PARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ash|as|at|az|ar)-[A-Z]")


def _particle(word: str) -> bool:
    """Rule name-particle: a name's lower-case particle, alone ("bin", "van") or joined by a hyphen to the
    next part ("al-Masri"), keeps a capitalised phrase a name ("said Seyyid al-Masri, Egypt's …")."""
    return word in _PARTICLES or _PARTICLE_PREFIX.match(word) is not None


def _named_in_clause(dd: DocView, name: str, e: int) -> bool:
    """Rule named-in-clause: a person named in the rest of the phrase's own sentence, outside quotation
    marks ("the Foreign Ministry official said Ford's visit was "…""), is whom the sentence reports about,
    so not the one its description stands for: news writing does not call a speaker by a description
    and then by name in the clause the speaker's verb reports."""
    i = dd.sentence_index(e)
    end = dd.sents[i].end if i >= 0 else e
    return any(dd.person_name(f) == name for f in dd.people(e, end))


# rule role-beside-name: the subordinators that open a clause whose subject is the role phrase
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:after|before|when|while|because|since|until|although|though|once|as)\s+$", re.IGNORECASE
)


def _named_before_in_sentence(dd: DocView, name: str, s: int) -> bool:
    """Rule role-beside-name: the person last named opens the role phrase's own sentence as its subject
    (within its first words) and the role is the subject of a clause that sentence subordinates ("But now
    Baumann is in a court fight after the tenant claimed "…""): of the main clause's subject, the clause
    would say "he" or "she", so "the tenant" is someone else, and the description stands. Not after "but"
    or "and" ("Baldwin admitted it, but the actor pleaded not guilty" is Baldwin), nor for a name further
    in ("… wrote on Baio's page, … the star responded" may be Baio)."""
    if not _SUBORDINATE_BEFORE.search(dd.text, max(0, s - 12), s):
        return False
    start = dd.sentence_start(s)
    return any(
        dd.person_name(f) == name and len(dd.text[start : f.start].split()) < _OPENING_WORDS
        for f in dd.people(start, s)
    )


def _object_of_opener(dd: DocView, name: str, s: int) -> bool:
    """Rule role-after-opener (samesent53, census Random(5353): "In an interview with abc news' robin roberts,
    the president described … as an "…"" gave the president's words to the host): the person last named
    closes the sentence's opening phrase as the object of "with" or "to", and the role right after its
    comma is the main clause's subject: someone else, so the description stands."""
    start = dd.sentence_start(s)
    return any(
        dd.person_name(f) == name
        and _OPENER_OBJECT.match(dd.text, start, f.start) is not None
        and _COMMA_ONLY.fullmatch(dd.text, f.end, s) is not None
        for f in dd.people(start, s)
    )


# the opening phrase up to the name: "In an interview with ABC News' ", "Speaking to "; no comma inside
_OPENER_OBJECT = re.compile(
    r"\s*(?:In|During|At|After|Before|On|Speaking|Talking)\b[^,;:\"“”]{0,60}?\b(?:with|to)\s[^,;:\"“”]*$",
    re.IGNORECASE,
)
_COMMA_ONLY = re.compile(r"\s*,\s*")


_TITLE_MODIFIER = frozenset(["former", "then", "acting", "interim", "retired", "longtime", "veteran", "the"])


def _after_title(words: list[str]) -> str | None:
    """Rule name-after-title: an attribution phrase of a title or role and a name ("former Gregg County
    District Attorney Odis Hill told The Associated Press"), however long the title and whatever kind
    the entity pass gave the name (a place: "Hill"): the two or three capitalised words after the
    title. A title is said of a person, so the words it heads name one; None without such a title, and
    None for words that end in an organisation's head or, three words or more, a place's ("the Queen Alia
    International Airport said", "the Chairman Mao Memorial Hall said": a body named after a person, whose
    title is part of its name; "Odis Hill" keeps its two words)."""
    lead = 0
    while lead < len(words) and words[lead] in _TITLE_MODIFIER:
        lead += 1
    caps = words[lead:]
    if not caps or not all(w[0].isupper() or _particle(w) for w in caps):
        return None
    if lead == 0 and len(caps) <= 4:
        return None  # the capitalised phrase above
    name = _untitled(caps)
    g, last = gazetteer(), name.split()[-1]
    if last in g.org_last or (last in g.place_last and len(name.split()) >= 3):
        return None
    return name if name != " ".join(caps) and all(w[0].isupper() for w in name.split()) else None


def _untitled(words: list[str]) -> str:
    """A capitalised phrase without the title or role words before a name ("Defense Secretary Orlando
    Mercado" -> "Orlando Mercado"); the phrase itself when no name of two or three words (one after an
    abbreviated title) follows them."""
    g = gazetteer()
    last = -1
    for k, w in enumerate(words):
        parts = w.rstrip(".").split("-")
        if any((x,) in g.titles or x.lower() in g.roles for x in parts):
            last = k
    rest = words[last + 1 :]
    # one word after a title only after an abbreviation ("Gen. Mills"), not "General Electric"
    enough = 2 <= len(rest) <= 3 or (len(rest) == 1 and words[last].endswith("."))
    return " ".join(rest) if last >= 0 and enough else " ".join(words)


_APPOSITIVE_NAME = re.compile(r",\s+")
# "the mother of … Carlie Trent says": the person named after a relation's "of" is not the speaker
_RELATION_OF = re.compile(
    r"\b(?:mother|father|parents?|wife|husband|widow|son|daughter|brother|sister|grand(?:mother|father)"
    r"|aunt|uncle|cousin|family|friend|lawyer|attorney|spokes(?:man|woman|person))\s+of\b",
    re.I,
)


# rule relative-object: a name inside a relative clause of the phrase ("investigators who questioned John
# Smith last week said", "friends who visited John Smith in the hospital") is its object, not the speaker
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|that|which)\b")
# rule reply-lead: "To which", "To that", "To this" opening the phrase ("To which Rep. John Conyers Jr. of
# Michigan, the committee's senior Democrat, retorted: "…"") ties a reply to what came before; its
# "which" opens no relative clause, and the name after it heads the phrase
_REPLY_LEAD = re.compile(r"[Tt]o\s+(?:which|that|this)\s+")
# "a lawyer for Reyes", "an aide to the senator Ana Ruiz": a description whose name is the object of a
# preposition speaks for that person or body, it is not them (but "a look at Yellin's page" is hers); two
# lower-case words before the name, and two more that are no function word ("a spokeswoman for middlesex
# county district attorney marian ryan"; not "seems to agree as the Department of State")
_OBJECT_OF = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:for|to|with|at|from|of|representing)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}"
    r"(?:(?!(?:as|and|or|but|that|which|who|when|while|if|because|since|after|before|the|an?)\s)[a-z][\w\-]*\s+){0,2}"
)

_TITLES_BEFORE = re.compile(r"(?:[A-Z][\w.\-]*\s+){1,3}$")
_PERSON_BEFORE_PREPOSITION = re.compile(r"([a-z]+)\s+(?:for|to|with|at|from|of|representing)\s+(?:the\s+)?$")


def _object_of(text: str, s: int, at: int) -> bool:
    """The name at `at` is the object of the phrase's preposition (`_OBJECT_OF`); rule titled-object
    (session 47): also after the name's own titles when the phrase's head is a person ("a spokesman for
    Mayor Tom Barrow said" is the spokesman's words, not the mayor's; not "the mayor of Springfield Tom
    Barrow", no title before him, nor "a dissenting opinion from Judge Tom Barrow", his own text)."""
    if _OBJECT_OF.fullmatch(text, s, at):
        return True
    titles = _TITLES_BEFORE.search(text, s, at)
    if titles is None or not all(_title_word(w) for w in titles.group().split()):
        return False
    head = _PERSON_BEFORE_PREPOSITION.search(text, s, titles.start())
    return bool(
        head
        and (head.group(1) in gazetteer().roles or head.group(1) in _RELATION)
        and _OBJECT_OF.fullmatch(text, s, titles.start())
    )


# rule agent-of-modifier: a name after a participle's "by" that modifies the phrase's noun ("the ideology
# propounded by Col. Jon Tallis declares", "the policy proposed by Sen. Tallis states") is no speaker:
# the noun is; but a text's maker is ("a report released by Amnesty International declares")
_AGENT_OF = re.compile(
    r"\b(?i:the|an?|its|his|her|their|this|that)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*)\s+"
    r"[a-z]+(?:ed|en|wn)\s+by\s+(?:the\s+)?(?:[A-Z][a-z]{0,4}\.\s+){0,2}$"
)
_MADE_TEXTS = frozenset(
    [
        *("statement", "report", "study", "survey", "poll", "letter", "memo", "release", "document"),
        *("paper", "analysis", "ad", "advertisement", "book", "article", "editorial", "complaint"),
        *("lawsuit", "suit", "filing", "message", "tweet", "post", "video", "email", "e-mail", "note"),
        *("review", "audit", "assessment", "petition", "motion", "brief", "ruling", "opinion", "order"),
        *("speech", "remarks", "address", "testimony", "interview", "sermon"),  # said aloud, still made
    ]
)


def agent_of_modifier(text: str, s: int, at: int) -> bool:
    """Rule agent-of-modifier (see `_AGENT_OF`): the name at `at` is the agent of a participle after the
    phrase's noun, and that noun no text a maker speaks through."""
    m = _AGENT_OF.search(text, s, at)
    return m is not None and m.end() == at and m.group(1) not in _MADE_TEXTS


# rule participle-object (session 52, training census Random(5251): "Syrian rebels fighting to topple
# president bashar assad say …" gave the rebels' words to Assad): a name right after a participle that
# modifies the phrase's plural or role noun ("rebels fighting to topple X", "protesters demanding X's …",
# "groups opposing Gov. X") is what they act on, not the speaker; the noun speaks. Not after "as" ("a man
# identifying himself as X"), nor a participle the noun does not head ("the visiting Prime Minister X":
# "visiting" follows no noun)
_PARTICIPLE_OBJECT = re.compile(
    r"(?:^|[\s(])([a-z][\w\-]*)\s+(?!according\b)((?-i:[a-z]{3,}ing))\s+(?:to\s+[a-z]+\s+)?$", re.IGNORECASE
)


def participle_object(text: str, s: int, at: int) -> bool:
    """Rule participle-object (see `_PARTICIPLE_OBJECT`): the name at `at`, after its own titles, is the
    object of a participle whose noun, a plural or a role word, heads the phrase from `s`."""
    # the name's own titles, capitalised or (case-less text) not: "topple president bashar assad"
    for _ in range(3):
        title = _PARTICIPLE_TITLE.search(text, s, at)
        if title is None or title.group(1).lower() == "the" or not _title_word(title.group(1).capitalize()):
            break
        at = title.start(1)
    m = _PARTICIPLE_OBJECT.search(text, s, at)
    if m is None or m.end() != at:
        return False
    noun = m.group(1).lower()
    plural = noun.endswith("s") and not noun.endswith("ss") and noun not in _NOT_PLURAL_HEAD
    return plural or noun in gazetteer().roles


_PARTICIPLE_TITLE = re.compile(r"([\w.\-]+)\s+$")
_NOT_PLURAL_HEAD = frozenset(
    ["his", "its", "is", "was", "has", "this", "as", "us", "thus", "news", "times", "series"]
)


def _object_pair(text: str, s: int, f: Found, named: list[Found]) -> bool:
    """Rule object-pair: the second of two names joined by "and" after "for"/"of"/… ("a lawyer for Jon
    Tallis and Dana Whitcombe") is an object with the first, not the speaker."""
    return any(
        g.end <= f.start
        and _PAIR_AND.fullmatch(text, g.end, f.start)
        and _OBJECT_OF.fullmatch(text, s, g.start)
        and not _TEXT_OF.match(text, s, g.start)
        for g in named
    )


_PAIR_AND = re.compile(r"(?:['’]s)?,?\s+and\s+")


# "a statement from the Foreign Ministry": a text's author is its speaker (not a person speaking for it)
_TEXT_OF = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?(?:statement|letter|report|message|"
    r"communique|release|note|memo|e-?mail|editorial|commentary)\s+(?:from|by|of)\s"
)


def _name_after(dd: DocView, end: int) -> tuple[str, str] | None:
    """A person named in apposition right after a description ("his agent, Stephen Rice,"), else None;
    with the rule that read it: rule titled-apposition when the name has a title of its own ("the head of
    the Lutheran church, the Rev. Manfred Kock", "the navy commander, Adm. Vladimir Kuroyedov,")."""
    m = _APPOSITIVE_NAME.match(dd.text, end)
    if not m:
        return None
    for f in dd.ents.within(dd.d, m.end(), m.end() + 60, "person"):
        if abbreviated_title(dd.text, f):
            continue
        lead = dd.text[m.end() : f.start].split()
        if (
            len(lead) <= 3
            and all(map(_title_word, lead))
            and re.match(r"\s*(?:[,.;]|$)", dd.text[f.end : f.end + 2])
        ):
            return dd.ents.name(f), "titled-apposition" if lead else "name-in-apposition"
        break
    return None


def _title_word(word: str) -> bool:
    """A title or role word before a name ("the", "Rev.", "Adm.", "ex-Mayor", "former")."""
    g = gazetteer()
    if word.lower() in ("the", "former") or (word.endswith(".") and word[:-1] in ABBREVIATIONS):
        return True
    return word[0].isupper() and any(
        (x,) in g.titles or x.lower() in g.roles for x in word.rstrip(".").split("-")
    )


# rule plural-description: "Local officials", "Critics", "Many residents": a plural noun of people (a group
# noun, a role word's plural) after at most three plain words (adjectives, "many", "both"; no article, no
# possessive, no clause word) is a body of unnamed sources, shown as written ("Reports", "Critics' reports"
# are no people)
_PLURAL_LEAD = re.compile(r"(?:[A-Za-z][a-z\-]*\s+){0,3}")
_NOT_PLURAL_LEAD = frozenset(
    [
        *("and", "or", "but", "who", "which", "that", "of", "in", "at", "for", "from", "with", "by", "to"),
        *("on", "he", "she", "it", "we", "they", "i", "you", "this", "when", "while", "as", "if", "have"),
        *("has", "had", "was", "were", "is", "are", "be", "been", "not", "also", "then", "so"),
    ]
)


def plural_people(phrase: str) -> bool:
    """Rule plural-description: a phrase that names unnamed people by a plural noun ("Local officials")."""
    words = phrase.split()
    if DESCRIPTION.match(phrase):
        return False  # "the researchers", "some officials": read as descriptions already
    if not words or len(words) > 4 or not _PLURAL_LEAD.fullmatch(phrase[: len(phrase) - len(words[-1])]):
        return False
    head = words[-1]
    if not (head.islower() or len(words) == 1) or any(w.lower() in _NOT_PLURAL_LEAD for w in words[:-1]):
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False  # "Palestinian Authority officials", "Critics Circle": names, read by the entity pass
    g = gazetteer()
    head = head.lower()
    if head in ("family", "forces", "police"):
        return False  # no plural, no people, or read already ("police said")
    return head in {w.lower() for w in g.group_nouns} or (head.endswith("s") and head[:-1] in g.roles)


# rule time-before-description: a clock time or a year before a determiner is the end of a dateline or a
# caption glued to the sentence in case-less text ("9:37 a.m. et a law enforcement source told", "may 9,
# 2017 a yale admissions officer wrote"), no part of the description
# (session 47, training read: "2016 ) a southern california high school student", "30 pm pt -- jerry's
# attorney"): also with the caption's closing bracket or a dash after it, and before a possessive
_TIME_BEFORE = re.compile(
    r"^(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+(?:et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst))?|(?:19|20)\d{2}),?"
    r"(?:\s*(?:\)|--|—|–))?\s+(?=(?:a|an|the|one|another)\s|[a-z][\w\-]*['’]s\s)",
    re.IGNORECASE,
)
# rule clock-not-count (session 47): a clock time left opening the phrase ("15 p.m. University of connecticut
# guard", the minutes of "7: 15 p.m.") is no count of people: no description
_CLOCK_OPENS = re.compile(r"^\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s", re.IGNORECASE)


# rule glued-stop: a sentence's end glued to the description by its full stop ("just after 1 am.another
# driver called"): the words up to the stop are the sentence before
_GLUED_STOP = re.compile(r"^[^.]{0,40}?[a-z]\.(?=(?:a|an|the|one|another)\s)", re.IGNORECASE)
_POSSESSIVE_RESTART = re.compile(
    r"^(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}(?!(?:of|for|to|with|from|by|at|in|on|and|or)\s)[a-z][\w\-]*\s+"
    r"(?=(?:his|her|their)\s)"
)
# rule relative-opens (attrib55): "…, whom grieving friends say "…"": the relative pronoun belongs to the
# clause, not to the source ("grieving friends"); not "whose" ("whose mother said" is the person's mother)
_RELATIVE_OPENS = re.compile(r"^(?:whom|who|which)\s+(?=[a-z])", re.IGNORECASE)
# rule article-restart (attrib55, case-less text with a comma lost): "the duchess of cambridge a spokeswoman
# said", "after his disappearance his family said": an article or a possessive after a noun opens the
# description ("a spokeswoman", "his family"); not after a preposition, a verb or a participle ("a friend of
# a friend", "the man told a reporter", "a woman holding a dog")
_ARTICLE_RESTART = re.compile(
    r"^(?:a|an|the|his|her|their|its)\s+(?:[a-z][\w\-]*\s+){0,3}"
    r"(?!(?:of|for|to|with|from|by|at|in|on|and|or|as|than|like|about|into|is|was|were|are|be|been|has|had|"
    r"have|told|asked|called|named|gave|said|says|tells|wrote|sent|took|left|met|saw|heard)\s)"
    r"(?![a-z][\w\-]*(?:ed|ing)\s)[a-z][\w\-]*\s+(?=(?:a|an|his|her|their)\s+[a-z])"
)


# rule verb-ends-subject (session 47, issue 15: "the group gloated in a message", "the stockton teen was
# emotional in court" were speakers): a finite verb after the first word ends the subject; the speaker is
# the subject's description when the verb says something and ends the phrase ("the man described") or says
# it in a text ("gloated in a message", "issued a statement"), else no one: not the subject of "was
# emotional", nor of a verb of saying with words after it, which report another's words ("one told milton
# the suspect [yelled]", "a source says council president [says]"). A participle after a head ("a
# complaint filed in", "a report posted on", "a man described as") is no finite verb. It only trims or
# drops a phrase taken whole before: never a speaker where there was none.
_AUXILIARIES = frozenset(["is", "are", "was", "were", "has", "have", "had"])
_SAYING = frozenset(w for w in SPEECH_WORDS if w.endswith("ed")) | {"told", "wrote", "said", "says", "tells"}
_PARTICIPLE_NEXT = frozenset(["by", "as"])
_OBJECT_NEXT = frozenset(["a", "an", "the", "his", "her", "their", "its", "our"])
_STATEMENT_NOUNS = r"(?:statement|message|post|tweet|letter|e-?mail|interview|release|video)"
_SAYING_AFTER = re.compile(
    r"(?:in|on)\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+)?" + _STATEMENT_NOUNS + r"\b"
)
_ISSUED = frozenset(["issued", "released"])
_ISSUED_WHAT = re.compile(r"(?:a|an)\s+(?:[\w\-]+\s+)?" + _STATEMENT_NOUNS + r"\b")


def _finite_verb(words: list[str], upto: int) -> tuple[str, bool] | None:
    """Rule verb-ends-subject: (the subject before the first finite verb among the phrase's first `upto`
    words, whether that verb says something), or None when there is none after the first word. The words
    after `upto` (cut off the description) still tell a participle ("described as")."""
    for k in range(1, upto):
        w = words[k].lower()
        rest = " ".join(words[k + 1 :]).lower()
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if _AFTER_HEAD.match(w) or nxt in _PARTICIPLE_NEXT:
            continue
        said = w in _SAYING
        ed_object = w.endswith("ed") and nxt in _OBJECT_NEXT
        ed_saying = (said or w.endswith("ed")) and _SAYING_AFTER.match(rest) is not None
        if w in _AUXILIARIES or said or ed_object or ed_saying:
            issued = w in _ISSUED and _ISSUED_WHAT.match(rest) is not None
            return " ".join(words[:k]), (said and k == upto - 1) or ed_saying or issued
    return None


def description(phrase: str, verbs: bool = True) -> str | None:
    """An unnamed source as a clean noun phrase ("a senior trade ministry official"), else None. With
    `verbs`, rule verb-ends-subject reads a finite verb in the phrase."""
    return described(phrase, verbs).speaker


def described(phrase: str, verbs: bool = True) -> Resolved:
    """`description` and the rule that decided it: "verb-ends-subject" when a finite verb in the phrase
    ended its subject (session 48: it was shown as "description"), else "description"."""
    phrase = re.sub(r"\s+", " ", phrase).strip()
    phrase = _TIME_BEFORE.sub("", phrase, count=1)
    if _CLOCK_OPENS.match(phrase):
        return Resolved(None, "description")
    phrase = _GLUED_STOP.sub("", phrase, count=1)
    # rule possessive-restart: "a birthday her agent said": a possessive after a noun, no preposition
    # between, opens the description ("her agent"); the words before end the phrase the quote describes
    phrase = _POSSESSIVE_RESTART.sub("", phrase, count=1)
    phrase = _ARTICLE_RESTART.sub("", phrase, count=1)  # rule article-restart
    phrase = _RELATIVE_OPENS.sub("", phrase, count=1)  # rule relative-opens
    whole = phrase.split()
    m = next((c for c in _CUT_DESCRIPTION.finditer(phrase) if not _names_pair(phrase, c)), None)
    if m:
        phrase = phrase[: m.start()].strip()
    verb = _finite_verb(whole, len(phrase.split())) if verbs else None
    if verb is not None and description(phrase, verbs=False) is not None:  # rule verb-ends-subject
        subject, saying = verb
        return Resolved(description(subject) if saying else None, "verb-ends-subject")
    return Resolved(_noun_phrase(phrase), "description")


def _noun_phrase(phrase: str) -> str | None:
    """The unnamed source `phrase` (trimmed by `described`) names, cut to its head, else None."""
    if plural_people(phrase):
        return phrase
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in gazetteer().speaking_heads and words[0].islower():
        return phrase  # "police said"
    if _place_body(words):
        return phrase  # "portland police said"
    if not words or not (DESCRIPTION.match(phrase) or POSSESSIVE_NAME.match(phrase)):
        return None
    g = gazetteer()
    one = _ONE_PERSON.match(phrase) is not None
    source_of: str | None = None
    for k, w in enumerate(words[:_DESCRIPTION_WORDS]):
        head = w.lower().strip(".'’")
        stem = head.removesuffix("s")  # "the court papers", "the officers"
        is_head = (
            head in _SOURCE_HEADS
            or stem in _SOURCE_HEADS
            or head in g.roles
            or head in g.speaking_heads
            or stem in g.roles
            or stem in g.speaking_heads
            or _AGE_HEAD.fullmatch(head) is not None
            or (one and k == 1 and w.strip(".'’") in g.demonyms)  # rule demonym-head
        )
        if len(words) > _DESCRIPTION_WORDS and not (
            one and k < len(words) - 1 and _AFTER_HEAD.match(words[k + 1])
        ):
            continue  # rule head-then-modifier: a long phrase is a description only up to a head it names
        # "one woman standing outside the office": the noun phrase ends at its head, or after a proper
        # name it belongs to ("a spokesman for Beijing 2008", "a 28-year-old in New York")
        # rule source-of: one unnamed source "of" a place or body ("a resident of the nearby Abu Rummaneh
        # district", "a resident of Gaza"), not a definite one ("the head of the agency" names someone) nor a
        # body ("a committee of lawmakers")
        person = head in g.roles or head in _SOURCE_HEADS  # "a committee of lawmakers" stays whole
        after = k < len(words) - 1 and (
            _AFTER_HEAD.match(words[k + 1]) or (one and person and words[k + 1] == "of")
        )
        if is_head and (k == len(words) - 1 or (k >= 1 and after)):
            named = _NAMED_PLACE.match(" ".join(words[k + 1 :]))
            if named or k == len(words) - 1 or words[k + 1] != "of":
                return " ".join([*words[: k + 1], *(named.group().split() if named else [])])
            # source-of without a named place: a later head may end the phrase whole ("a member of the
            # Tallis family", "a spokesman of the ministry": session 25 review S1), else it ends here
            source_of = source_of or " ".join(words[: k + 1])
    return source_of


# rule place-body: the bodies a place's name before them makes one source ("portland police said",
# "Chicago officials said"): the place's police or officials, as plain as "police said"
_PLACE_BODIES = frozenset(["police", "officials", "authorities", "prosecutors", "investigators"])


def _place_body(words: list[str]) -> bool:
    """Rule place-body: one or two words of a listed place, then a body of `_PLACE_BODIES` in lower case."""
    return (
        len(words) in (2, 3)
        and words[-1] in _PLACE_BODIES
        and tuple(w.capitalize() for w in words[:-1]) in gazetteer().places
    )


# rule principal-pair: "a lawyer for Jon Tallis and Dana Whitcombe": an "and" between two capitalised
# names after "for"/"of" joins the principals, so the description does not end there
_PAIR_BEFORE = re.compile(r"\b(?:for|of)\s+(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*$")
_PAIR_AFTER = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}$")


def _names_pair(phrase: str, cut: re.Match[str]) -> bool:
    """Rule principal-pair (see `_PAIR_BEFORE`): the cut is an "and" between two principals' names."""
    return (
        cut.group().strip() == "and"
        and _PAIR_BEFORE.search(phrase, 0, cut.start()) is not None
        and _PAIR_AFTER.match(phrase, cut.end()) is not None
    )


# a description holds at most eight words, or (rule head-then-modifier) names its head within them and a
# participle or preposition after it: "one House Republican with a good antenna for the speaker's
# intentions" -> "one House Republican"
_DESCRIPTION_WORDS = 8
# rule demonym-head: one person described by a listed demonym alone, "said one Indonesian", "an Iraqi
# told reporters" (not "the Chinese", a people)
_ONE_PERSON = re.compile(r"(?:one|a|an|another)\s", re.IGNORECASE)
# heads of an unnamed source's description beyond the role words the entity pass uses ("a Western
# ambassador here", "one political scholar in Beijing")
_SOURCE_HEADS = frozenset(
    [
        *("ambassador", "scholar", "academic", "activist", "organizer", "organiser", "historian", "lobbyist"),
        *("negotiator", "mediator", "monitor", "commentator", "insider", "consultant", "administrator"),
        *("student", "protester", "demonstrator", "villager", "refugee", "survivor", "soldier", "officer"),
        "native",  # rule native-head
    ]
)
# "a 28-year-old", "one 17-year-old": an age as the head of a description of a person
_AGE_HEAD = re.compile(r"\d{1,3}-year-old")
# a preposition and a proper name after a description's head: where or for whom the source speaks
_NAMED_PLACE = re.compile(
    r"(?:for|of|in|at|from)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|\d+|and(?=\s+[A-Z])))*$"
)


def _by_head(dd: DocView, pos: int, head: str) -> str | None:
    """The organisation named before `pos` whose name ends in `head` ("the court" -> "Supreme Court")."""
    head = head.lower()
    for f in reversed(dd.ents.before(dd.d, pos, "organization")):
        name = dd.ents.name(f)
        if name.split()[-1].lower() == head:
            return name
    return None


_INDEFINITE_SENTENCES = 2
# the article that introduces an unnamed source, also opening a sentence ("A spokesperson for … said")
_INDEFINITE = r"\b(?:[Aa]|[Aa]n|[Oo]ne)\s+"
# the head of a description that names a news outlet ("the newspaper said")
OUTLET_HEADS = frozenset(
    ["newspaper", "paper", "daily", "agency", "magazine", "network", "broadcaster", "tabloid"]
)


_PLURAL_SPEAKS = re.compile(
    r"\b(?:the|these|those)\s+(?:[\w\-]+\s+){0,2}?([a-z]+s)\s+(?:also\s+)?(?:" + SPEECH_VERBS + r")\b"
)


def _plural_source(dd: DocView, pos: int) -> str | None:
    """ "they said": the plural unnamed source that spoke in the sentence before or the one before that
    ("… the experts noted." then ""…," they claimed"), else None (no speaker)."""
    k = dd.sentence_index(pos)
    start = dd.sents[max(0, k - _INDEFINITE_SENTENCES)].start if k >= 0 else 0
    g = gazetteer()
    found = [
        m
        for m in _PLURAL_SPEAKS.finditer(dd.text, start, dd.sentence_start(pos))
        if not dd.in_quote(m.start()) and (m.group(1) in g.speaking_heads or m.group(1)[:-1] in g.roles)
    ]
    return description(found[-1].group()[: found[-1].end(1) - found[-1].start()]) if found else None


# up to four words between "a"/"one" and the head, an abbreviation among them ("a senior U.S. State
# Department official": rule unnamed-source-before); modifiers only, so no article, determiner, pronoun,
# relative or auxiliary among them: in "a man who shot the officer" and "A man attacked the officer" the
# head "officer" is not the man's (rule modifiers-only); nor a preposition: in "one of author Ann Lee's
# books" no unnamed source is introduced ("one of author" is a fragment), but "an on-duty officer" is one
_NOT_A_MODIFIER = (
    r"(?!(?i:a|an|the|this|that|these|those|his|her|their|its|our|my|your|who|whom|whose|which|he|she|they|"
    r"it|him|them|but|is|was|were|are|be|been|has|had|have|will|would|to)\b)"
    r"(?!(?i:of|for|from|in|on|at|with|by|about|among|into|like|than)\s)"
)
_BEFORE_HEAD = r"(?:" + _NOT_A_MODIFIER + r"[\w\-]+(?:\.[\w\-]+)*\.?\s+){0,4}?"


def _by_indefinite(dd: DocView, pos: int, head: str) -> str | None:
    """An unnamed source introduced in the sentence before `pos` or the one before that with the same
    head ("… said a Miami Gardens officer who …" then "the officer said"): its description, else None.
    A person named with the head in between ("officer Ann Lee") makes it no unnamed source; in case-less
    text, where no capital shows the name, a person the entity pass read right after the head does
    (rule head-before-name: "a dozen cities prompted president ann lee to …" names no unnamed source)."""
    k = dd.sentence_index(pos)
    start = dd.sents[max(0, k - _INDEFINITE_SENTENCES)].start if k >= 0 else 0
    end = dd.sentence_start(pos)
    if dd.text.find(head, start, end) < 0:
        return None  # the head nowhere before: no pattern to build (a new one is compiled per head)
    pattern = re.compile(_INDEFINITE + _BEFORE_HEAD + re.escape(head) + r"\b(?!\s+[A-Z])")
    before = pattern.finditer(dd.text, start, end)
    found = [m for m in before if not dd.in_quote(m.start()) and not _name_follows(dd, m.end())]
    return description(found[-1].group()) if found else None


def _name_follows(dd: DocView, pos: int) -> bool:
    """Whether a person the entity pass read starts right after `pos`, only spaces between."""
    after = dd.ents.within(dd.d, pos, pos + 80, "person")
    return bool(after) and not dd.text[pos : after[0].start].strip()


def _introduced_unnamed(dd: DocView, pos: int, desc: str) -> bool:
    """ "the Arab official" with a modifier, introduced earlier in the document with the same words after
    "a", "an" or "one" and no name or possessive after it ("said one Arab official."): an unnamed source."""
    words = desc.split()[1:]
    end = dd.sentence_start(pos)
    if len(words) < 2 or dd.text.find(words[-1], 0, end) < 0:
        return False  # the head nowhere before: no pattern to build
    pattern = re.compile(_INDEFINITE + r"\s+".join(map(re.escape, words)) + r"\b(?!['’]s\b|,?\s+[A-Z])")
    return any(not dd.in_quote(m.start()) for m in pattern.finditer(dd.text, 0, end))


# a role written as a title before a name ("Sen. Carol Moseley-Braun" is the senator)
_ROLE_ABBREVIATIONS = {
    "senator": "sen",
    "governor": "gov",
    "representative": "rep",
    "general": "gen",
    "professor": "prof",
    "president": "pres",
    "lieutenant": "lt",
    "sergeant": "sgt",
    "captain": "capt",
    "detective": "det",
    "pontiff": "pope",  # rule pontiff-pope: "the pontiff" is the one introduced as "Pope John Paul II"
}


def _by_role(dd: DocView, pos: int, role: str, only: bool = False) -> str | None:
    """The person introduced with `role` before `pos` ("examiner Dr. Christopher Happy", "Happy, the
    medical examiner"): the nearest such person, else None; with `only`, None unless the text introduces
    one person alone with that role ("Pope Pius XII" and "Pope John Paul II": no one)."""
    found: list[str] = []
    for f in reversed(dd.ents.before(dd.d, pos, "person")):
        if _role_at(dd, f, role):
            if not only:
                return dd.ents.name(f)
            found.append(dd.ents.name(f))
    return found[0] if len(set(found)) == 1 else None


def role_bearer(dd: DocView, pos: int, role: str) -> str | None:
    """The person the text introduced with `role` before `pos` (`_by_role`), for the attribution rules."""
    return _by_role(dd, pos, role)


def _role_of_another(dd: DocView, pos: int, role: str) -> bool:
    """Rule role-of-another: the text wrote `role` before `pos` as someone's, by a person's name ("The
    chief prosecutor in Jon Tallis's trial accused …" then "said the prosecutor"): it introduced the role's
    bearer by the role alone, so the person named last is no more the bearer than Tallis is."""
    return any(_role_at(dd, f, role) is False for f in dd.ents.before(dd.d, pos, "person"))


# rule role-of-another: a preposition, or "whose", between a role and a name makes the role another's: "the
# lawyer for Jon Tallis", "the chief prosecutor in Tallis's trial", "Bob Adams, spokesman for the mayor",
# "Tallis, whose lawyer …" (Tallis is no lawyer, Adams no mayor)
_ANOTHERS = frozenset(
    ["for", "in", "of", "to", "at", "with", "from", "on", "by", "against", "representing", "whose"]
)


def _own_title(words: list[str]) -> bool:
    """Rule role-own-title: a capitalised role whose "of"/"for" is followed by a capitalised word before the
    name ("Secretary of State Dana Whitcombe", "Minister for Health", "Mayor of Harwick Jon Tallis") is the
    person's own title, not another's role ("the lawyer for Jon Tallis"); but not when that word is a title
    of the name's own ("Widow of Senator Jon Tallis", "Lawyer for Sen. Tallis": the role, its capital the
    sentence's or a headline's, is the senator's widow's or lawyer's)."""
    return (
        len(words) > 1
        and words[0][0].isupper()
        and words[-1][0].isupper()
        and all(w[0].isupper() or w in ("of", "for") for w in words[1:])
        and (words[-1],) not in gazetteer().titles
        and words[-1] not in _HONORIFICS
    )


def _role_at(dd: DocView, f: Found, role: str) -> bool | None:
    """Whether the words by a person's mention introduce them with `role` (True: "examiner Dr.
    Christopher Happy", "Happy, the medical examiner", "his wife, Halima Fazul"), write the role as
    another's (False: rule role-of-another), or hold no such role (None)."""
    text = dd.text
    pre = text[max(0, f.start - 40) : f.start].split(",")[-1]
    cased = re.findall(r"[A-Za-z\-]+", pre)[-3:]
    pre_words = [w.lower() for w in cased]
    abbrev = _ROLE_ABBREVIATIONS.get(role)
    rank, _, head = role.rpartition(" ")
    for word in (head, abbrev):
        if word and word in pre_words:
            k = len(pre_words) - 1 - pre_words[::-1].index(word)
            if (pre_words[k - 1] if k else "") != rank and (rank or pre_words[k - 1] in _SECOND_IN_RANK):
                return None  # rule second-in-rank: "vice president Joe Biden" is no "president"
            return _own_title(cased[k:]) or _ANOTHERS.isdisjoint(pre_words[k + 1 :])
    # each pattern below holds the role: built (compiled, once per role) only when the words hold it
    # "Happy, the medical examiner", not "Omar, as well as his wife": no list goes on between
    next_words = text[f.end : f.end + 60].lower()
    after = role in next_words and re.match(
        r",\s+((?:(?!(?:and|or|as|but|with|nor|plus)\b)\w+\s+){0,5}?)" + re.escape(role) + r"\b", next_words
    )
    if after and _OPENS_CLAUSE.match(next_words, after.end()):
        after = None
    if after:
        return _ANOTHERS.isdisjoint(after.group(1).split())
    # rule role-apposition: "his wife, Halima Badroudine Fazul," introduces her as the wife
    near = text[max(0, f.start - 40) : f.start].lower()
    if role + "," in near and re.search(r"\b" + re.escape(role) + r",\s*$", near):
        return True
    # rule role-of-apposition: "The lawyer for Jon Tallis, Dana Whitcombe, asked …" introduces Whitcombe as
    # the lawyer (Tallis is the role's other: role-of-another), when her own comma closes the apposition
    # and no list goes on after it ("the lawyer for Tallis, Whitcombe and Hale" names three clients)
    further = text[max(0, f.start - 120) : f.start].lower()
    if (
        role in further
        and re.search(
            r"\b(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?" + re.escape(role) + _OF_ANOTHER_APPOSED, further
        )
        and re.match(r",(?!\s*(?:and|or)\b)", text[f.end : f.end + 10])
    ):
        return True
    return None


# rule second-in-rank (session 45, training-file read multinews-train-29577: "president obama and vice
# president joe biden offered toasts …. The president noted …" went to Biden): a word that makes the role
# after it another rank, whose bearer the bare role does not name
_SECOND_IN_RANK = frozenset(["vice", "deputy", "assistant", "associate", "lieutenant", "under"])


def _role_key(desc: str) -> str:
    """The role a description names: its last word, with a word of `_SECOND_IN_RANK` before it ("the vice
    president" -> "vice president", "the president" -> "president")."""
    words = desc.lower().split()
    return " ".join(words[-2:]) if len(words) > 1 and words[-2] in _SECOND_IN_RANK else words[-1]


# rule role-opens-clause: a role after a name's comma that a verb follows opens a new clause, no apposition:
# "after a run of losses to Mark Hale, the senator is turning to …" (the senator is not Hale); samesent53
# (census Random(5353): "In an interview with abc news' robin roberts, the president described his thought
# process as an "…"" gave the president's words to the host): the other verbs of saying in the past too
_OPENS_CLAUSE = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|said|says|told|tells|"
    r"described|called|added|noted|explained|argued|insisted|stated|wrote|announced|admitted|acknowledged|"
    r"warned|declared|replied|responded|claimed)\b"
)


# rule role-of-apposition: the preposition that makes a role another's, that other (no clause's punctuation)
# and the comma before the name in apposition ("the lawyer| for Jon Tallis, |Dana Whitcombe,")
_OF_ANOTHER_APPOSED = r"\s+(?:" + "|".join(sorted(_ANOTHERS - {"whose"})) + r")\s+[^,.;:!?()\"“”]{1,60},\s*$"


_OWN_CHANNEL = re.compile(
    r"^['’]s?\s+(?:\w+\s+)?(?:page|account|post|posts|feed|website|site|blog|statement|letter|note|tweet|"
    r"video|message|channel|spokesman|spokeswoman|spokesperson|office|document|bulletin|report|forecast)\s*$"
)


# "Tim Griffin of Arkansas", "Frank Wolf (R-Va.)": where the person is from still names the person
_ORIGIN = re.compile(
    r"^(?:(?:of|from)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|of|for|and|in|the|&)){0,9}"
    r"|\([DRI]-[\w. ]+\))$"
)


# "Kevin Welner of the graduate school of education (at the University of Denver)", "Julio Castro of
# Peru's board of medicine": where the person works
_ORIGIN_UNIT = re.compile(
    r"^(?:of|from|at)\s+(?:the|[A-Z][\w.\-]*['’]s)\s+[a-z]+(?:\s+[a-z]+){0,5}(?:\s+(?:of|at)\s+(?:the\s+)?"
    r"[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|of|for|and|in|the|&)){0,9})?$"
)


# rule origin-firm: "Jean-Marc Leger of the Quebec polling firm Leger & Leger", "Ann Cole of the New York
# law firm Cole & Co.": a kind of body between its place and its name, where the person works
_ORIGIN_FIRM = re.compile(
    r"^(?:of|from|at)\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){1,3}(?:[a-z]+\s+){1,3}"
    r"(?:[A-Z][\w.’'\-]*|&\w*;?)(?:\s+(?:[A-Z][\w.’'\-]*|&\w*;?|of|and|the)){0,6}$"
)


# "said Bernthal of finally working alongside Spacey": what the speaker spoke about
_ABOUT_DOING = re.compile(r"^(?:of|about|on)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
# rule topic-of: "says Young of cannabis-related cases": lower-case words after "of" say what the words
# are about, and the name still heads the phrase
_TOPIC_OF = re.compile(r"of\s+(?:the\s+)?[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}")


_BARE_APPOSITIVE = re.compile(r"(?:a|an)\s")
# rule modifier-after-name: a phrase of place or of time after a name modifies the name, which still heads
# the attribution phrase (English puts such phrases after their head): "Lina Jacques of nearby
# Lennoxville", "Kang'ethe Gitu in the ministry", "Prime Minister Jean Chretien last December"; a place
# is a preposition of place and a name, or one noun after "the" ("in the ministry"), nothing more
_PLACE_AFTER = re.compile(
    r"(?:of|from|in|at)\s+(?:(?:nearby|neighbou?ring)\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}|the\s+[a-z]+)"
)
_TIME_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|week|weekend|month|year|night|morning|afternoon|evening|"
    r"spring|summer|fall|autumn|winter)"
)
_TIME_AFTER = re.compile(
    r"(?:(?:last|this|next|earlier|later|late|early)\s+(?:this\s+|last\s+)?"
    + _TIME_WORD
    + r"|"
    + _TIME_WORD
    + r"\s+(?:night|morning|afternoon|evening)|afterwards?|at\s+the\s+time)"
)
# rule caseless-day (session 46, training-file fragments read): in case-less text a weekday after the name is
# lower-cased ("mitt romney on friday called the report a "kick in the gut.""), and still only dates the verb
_CASELESS_DAY = re.compile(
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:night|morning|afternoon|evening))?"
)
# rule name-of-body: "Andrew Kerr of the WWF's Climate Change campaign", "Yevgeny Volk of the Heritage
# Foundation think tank", "Tim N. Palmer of the European Centre for Medium-Range Weather Forecasts near
# Reading": a body's name (capitalised words, "of"/"for"/"and" between them), up to three lower-case words
# of its kind and a place after "in"/"near" follow the name, which still heads the phrase ("X of Y" is X)
_AND = re.compile(r"\band\s")
_BODY_WORD = r"[A-Z][\w.’'\-]*(?:['’]s)?"
_OF_BODY = re.compile(
    r"(?:of|from|at|with)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
    + _BODY_WORD
    + r"(?:\s+(?:"
    + _BODY_WORD
    + r"|of|for|and|on|the|&))*(?:\s+[a-z]+){0,3}(?:\s+(?:in|near)\s+"
    + _BODY_WORD
    + r"(?:\s+"
    + _BODY_WORD
    + r"){0,2})?"
)
# adverbs between a subject and its verb ("quickly and succinctly", "later", "also"), not a noun in -ly
_ADVERBS = re.compile(r"(?:(?:[a-z]+ly|and|then|later|also|again|once|still|never|often|even|just)\s*)+")
_LY_NOUN = re.compile(
    r"\b(?:family|families|ally|assembly|supply|rally|monopoly|anomaly|jelly|belly|bully|lily|folly)\b"
)


def _heads_phrase(rest: str, adverbs: bool = False) -> str | None:
    """A mention names the speaker when nothing but a time word, or "'s page/statement/…", follows: the
    name of the session 16 rule that let it ("origin-firm", "adverb-before-verb"), "" for the others,
    None when the mention does not head the phrase."""
    rest = rest.strip(" ,.")
    if not rest or _OWN_CHANNEL.match(rest) or _ORIGIN.match(rest) or _ABOUT_DOING.match(rest):
        return ""
    if _BARE_APPOSITIVE.match(rest):  # "said Carl Askins a Jamaica Plain parent": an apposition's lost comma
        return ""
    if _ORIGIN_UNIT.match(rest):
        return ""
    if _ORIGIN_FIRM.match(rest):
        return "origin-firm"
    if _PLACE_AFTER.fullmatch(rest) or _TIME_AFTER.fullmatch(rest) or _CASELESS_DAY.fullmatch(rest):
        return "modifier-after-name"
    if _OF_BODY.fullmatch(rest):
        return "name-of-body"
    if _TOPIC_OF.fullmatch(rest):
        return "topic-of"
    if adverbs and _ADVERBS.fullmatch(rest) and not _LY_NOUN.search(rest):
        # rule adverb-before-verb: "Gov. George Bush quickly and succinctly responded, "…"", for words
        # reported (four or more: "bluntly dismissed it as "destructive"" quotes a term)
        return "adverb-before-verb"
    g = gazetteer()
    return "" if all(w in g.not_names or w in ("on", "in", "at") for w in rest.split()) else None


def turn_speaker(dd: DocView, q: QuoteSpan) -> str | None:
    """In a transcript paragraph ("Robert Ricks: …"), the person who has the floor."""
    m = _SPEAKER_LABEL.match(dd.text, q.para_start)
    if not m or m.end() > q.open_at:
        return None
    persons = [f for f in dd.ents.within(dd.d, m.start(1), m.end(1)) if dd.ents.kind(f) == "person"]
    if persons:
        # rule label-is-name: the label ends on the person's name ("Sen. Robert Ricks:"); a lead that
        # names someone and goes on ("John Parr was sentenced on Monday:", "Harold Whitcombe's widow was
        # blunt:") is no turn label (session 24 review M3)
        end = m.start(1) + len(m.group(1).rstrip(" .,"))
        return dd.ents.name(persons[-1]) if persons[-1].end >= end else None
    label = m.group(1).split()
    g = gazetteer()
    if 2 <= len(label) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and w not in g.not_names for w in label
    ):
        return m.group(1)  # "Pavel Dorn: …" names the one who has the floor
    return None


def full_name(dd: DocView, name: str) -> str:
    """A person known only by one word ("Golongergen said") written whole once in the document, as a
    news story first names a person ("Sterling Golongergen, an Alaska native, …"): that one
    first-name-and-surname form; the word itself when the text has none or more than one. Worked out
    once per document and word (`DocView.full_names`): it reads only the text and the mentions."""
    got = dd.full_names.get(name)
    if got is None:
        got = dd.full_names[name] = _full_name(dd, name)
    return got


def _full_name(dd: DocView, name: str) -> str:
    e = dd.ents.by_name.get(name)
    if " " in name:
        return name
    if len({n for _, _, n in _in_full(dd, name)}) >= 2:
        return name  # rule surname-of-two: "Marty Singer" and "Bryan Singer" both named: no guess
    if e is None or e.kind != "person":
        # a speaker whose one word the entity pass read as a place ("London said" for Dr. Eric London): the
        # one person of the document whose name ends in it, else the word itself; no capitalised word may
        # follow, which would make both words part of a body's or a place's name ("Harold Washington Library")
        first_names = gazetteer().first_names
        people = {
            " ".join(m.group().split())
            for m in re.finditer(
                r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?" + re.escape(name) + r"\b(?![ \t]+[A-Z])", dd.text
            )
            if m.group(1) in first_names and not dd.in_quote(m.start())
        }
        if len(people) == 1:
            return people.pop()
        return _surname_of_one(dd, name)
    g = gazetteer()
    found = set()
    # a capitalised word before the name, a middle initial between them maybe: "Sterling (J.) Golongergen"
    for m in re.finditer(r"\b([A-Z][a-z][\w'’\-]*)\s+(?:[A-Z]\.\s+)?" + re.escape(name) + r"\b", dd.text):
        first = m.group(1)
        covered = [
            f for f in dd.ents.within(dd.d, m.start(), m.start(1) + len(first)) if dd.ents.kind(f) != "person"
        ]
        if dd.in_quote(m.start()) or covered or first.lower() in g.not_names or first in g.not_names:
            continue
        if (
            (first,) in g.titles
            or first.lower() in g.roles
            or (first in g.demonyms and first not in g.first_names)
            or _plural_title(first)
            or _AGE_WORD.fullmatch(first)  # rule age-not-first-name: "Nine-year-old Kieran" is Kieran
        ):
            continue
        found.add(" ".join(m.group().split()))
    if not found:
        found = _family_name_first(dd, name) or _misspelt(dd, name)
    return found.pop() if len(found) == 1 else name


# an age written before a name at a sentence's start ("Nine-year-old", "Two-month-old")
_AGE_WORD = re.compile(r"[A-Z][a-z]+-(?:year|month|week|day)s?-old")


def _plural_title(word: str) -> bool:
    """Rule plural-title: a title or role word in the plural before a surname ("Ministers Sa'ar, Shalom
    criticize …", "Senators Kerry and Lugar") is no first name of that person."""
    g = gazetteer()
    return len(word) > 4 and word.endswith("s") and ((word[:-1],) in g.titles or word[:-1].lower() in g.roles)


# a family word by a full name: the person is named as someone's relative (rule surname-here; attribution's
# kin-of-bearer reads it too)
FAMILY_WORD = re.compile(
    r"\b(?:wife|husband|son|daughter|father|mother|brother|sister|widow|widower)s?\b", re.I
)


_GENERATIONS = ("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV")
# rule relative-not-bearer: "his father, " or "the daughter of former Texas Gov. " right before a name
_FAMILY_WORDS = r"(?:wife|husband|son|daughter|father|mother|brother|sister|widow|widower)s?"
# rule relative-unset (session 55): the name may follow the family word with no comma ("his brother Michel
# Corbin", as "his brother, Michel Corbin,"): news writing sets the name off or not, the relation is the same
_OWN_RELATIVE = r"\b(?:his|her|their)\s+(?:[\w\-]+\s+)?" + _FAMILY_WORDS + r"(?:,\s*|\s+)"
_RELATIVE_BEFORE = re.compile(
    r"(?:" + _OWN_RELATIVE + r"|\b" + _FAMILY_WORDS + r"\s+of\s+(?:[A-Za-z.\-]+\s+){0,4})$", re.IGNORECASE
)
# its guards: the relative named as the subject of a verb of saying ("His father, Mark Tallis, said …";
# "His mother, Ann Tallis, a teacher, asked …"), and the bearer's death told in a sentence naming him
_OWN_RELATIVE_BEFORE = re.compile(_OWN_RELATIVE + "$", re.IGNORECASE)
_RELATIVE_SPEAKS = re.compile(r"(?:,(?:[^,.\n]{0,80},)?)?\s+(?:also\s+)?(?:" + SPEECH_VERBS + r")\b")
_DEATH = re.compile(
    r"\b(?:killed|died|dies|dead|death|slain|murdered|drowned|body|funeral|the\s+late)\b", re.IGNORECASE
)


def _in_full(dd: DocView, surname: str, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, the entity's name) of each mention this document writes in full (two words or more,
    outside quotes) with `surname` as its last word, before `end` when given, in text order."""
    full = dd.in_full_by_surname.get(surname, [])
    return list(full) if end is None else [m for m in full if m[0] < end and m[1] <= end]


def _family_name_first(dd: DocView, name: str) -> set[str]:
    """A family name written first ("Jiang Zemin" … "Jiang said"): the person the entity pass named so,
    or a romanised given name with hyphened syllables ("Wan Kuok-koi"), as the document writes it."""
    found = set()
    for m in re.finditer(r"\b" + re.escape(name) + r"\s+([A-Z][a-z]+(-[a-z]+)?)\b(?!['’])", dd.text):
        full = " ".join(m.group().split())
        e2 = dd.ents.by_name.get(full)
        if not dd.in_quote(m.start()) and (m.group(2) or (e2 is not None and e2.kind == "person")):
            found.add(full)
    return found


def _surname_of_one(dd: DocView, name: str) -> str:
    """A one-word speaker that no entity is named by ("Bouchard said" where the entity pass kept no bare
    "Bouchard"): the one person of the story whose full name ends in it and whom this document names in
    full, as a news story names a person in full before the surname alone, else the one full name the
    document writes with it as a family name first ("Wan Kuok-koi" … "Wan shrieked"); else the word."""
    if not name[:1].isupper() or not name[1:].islower():
        return name
    full = {n for n in _full_names(dd) if n.split()[-1] == name} or _family_name_first(dd, name)
    full = full or _misspelt(dd, name)
    return full.pop() if len(full) == 1 else name


def _full_names(dd: DocView) -> set[str]:
    """The names of two or more words of the people the document mentions."""
    return {n for f in dd.ents.within(dd.d, 0, len(dd.text), "person") if " " in (n := dd.ents.name(f))}


def _misspelt(dd: DocView, name: str) -> set[str]:
    """A surname misspelt by one slip of the keys ("Homes says" for David Holmes, "Koble said" for Jim
    Kolbe): the people of the document whose surname it is that close to (same first letter, 5+ letters)."""
    if len(name) < 5:
        return set()
    return {n for n in _full_names(dd) if n.split()[-1][:1] == name[:1] and _one_slip(n.split()[-1], name)}


def _one_slip(a: str, b: str) -> bool:
    """Two words one typing slip apart: a letter left out, added, changed or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        i = diff[0] if diff else 0
        swapped = len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
        return len(diff) == 1 or swapped
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def previous_speaker(dd: DocView, q: QuoteSpan) -> str | None:
    for p in reversed([x for x in dd.quotes if x.close_at < q.open_at]):
        if p.speech and p.speaker:
            return p.speaker
    return None


def _gender(dd: DocView, f: Found) -> str | None:
    honor = _TITLE_BEFORE.search(dd.text[max(0, f.start - 6) : f.start])
    if honor:
        return "m" if honor.group(1) == "Mr" else "f"
    lower = _LOWER_TITLE_BEFORE.search(dd.text[max(0, f.start - 6) : f.start]) if dd.caseless else None
    if lower:
        return "m" if lower.group(1) == "mr" else "f"  # rule lower-honorific: "mr. Simmons" in case-less text
    return name_gender(dd.person_name(f), dd)


# rule kin-before-name (session 53, a Multi-News+ dev brief: ""…," she revealed" went to the "husband kanye
# west" named before): a family word right before a name ("her husband, X", "said husband X", "his sister
# X") tells its gender, which only keeps the pronoun of the other gender off it (as the person's own gender
# it also made the "girlfriend, reeva steenkamp" named long before the "she" of a columnist whose "he" the
# text read as hers: training census); no job word ("actor" names women too)
_KIN_BEFORE = re.compile(r"\b([A-Za-z]+),?\s+$")
_KIN_GENDER = {
    **dict.fromkeys(("husband", "boyfriend", "fiance", "father", "dad", "son", "brother", "uncle"), "m"),
    **dict.fromkeys(("nephew", "grandfather", "grandson", "stepfather", "stepson"), "m"),
    **dict.fromkeys(("wife", "girlfriend", "fiancee", "mother", "mom", "daughter", "sister", "aunt"), "f"),
    **dict.fromkeys(("niece", "grandmother", "granddaughter", "stepmother", "stepdaughter", "widow"), "f"),
}


def _unisex_open(dd: DocView, f: Found) -> bool:
    """Rule unisex-fits (session 53, a Multi-News+ dev brief: ""…," she revealed" could not be Kim
    Kardashian's): a person named in full whose first name women and men bear alike ("Kim", "Kelly",
    "Jordan": unisex_names.txt), with no title and no he/she the text writes for them, may be the he or the
    she; name_gender's "m" for any listed first name stays a guess that only ranks candidates ("sure")."""
    name = dd.person_name(f)
    if not name or len(name.split()) < 2 or name in dd.gender_votes:
        return False  # the text's own he or she, even both ("Sam Tallis met her …, and he married her")
    before = dd.text[max(0, f.start - 6) : f.start]
    if _TITLE_BEFORE.search(before) or (dd.caseless and _LOWER_TITLE_BEFORE.search(before)):
        return False
    return name.split()[0] in gazetteer().unisex_names


def _kin_gender(dd: DocView, f: Found) -> str | None:
    """Rule kin-before-name: "m" / "f" when a family word of that gender stands right before the mention,
    else None."""
    m = _KIN_BEFORE.search(dd.text, max(0, f.start - 24), f.start)
    return _KIN_GENDER.get(m.group(1).lower()) if m else None


def name_gender(name: str | None, dd: DocView | None = None) -> str | None:
    """ "f" / "m" when the first name or the text says so (a rough guide, used only to skip unlikely
    antecedents): a first name listed as mostly female, else one listed and borne by men alone before a
    surname (rule list-before-text: the text's own vote may be the very pronoun being resolved, "John
    Tallis arrived late. She said, "…"" is not his), else the pronouns the text uses for the person,
    else "m" for any other listed first name."""
    if not name:
        return None
    g = gazetteer()
    first = name.split()[0]
    if first in g.female_names:
        return "f"
    if first in g.first_names and first not in g.unisex_names and name.split()[1:]:
        return "m"  # a bare "Clinton" or "Reeves" is a surname: the text tells
    if dd is not None and name in dd.text_gender:
        return dd.text_gender[name]
    if first in g.first_names:
        return "m"
    return None


def antecedent(dd: DocView, q: QuoteSpan, pos: int, gender: str | None, pronoun: str) -> str | None:
    """he/she/this person: walk back sentence by sentence to the last fitting speaker or person."""
    if pronoun not in ("he", "she", "the person"):
        return previous_speaker(dd, q)
    i = dd.sentence_index(pos)
    end = pos
    steps = 0
    split = q.open_at < dd.sents[i].start < q.close_at < pos
    passed = 0  # sentences rule pronoun-carries walked past
    carried = 0  # sentences the same pronoun opens (pronoun-chain, pronoun-carries): no step from its subject
    while i >= 0 and steps < _ANTECEDENT_SENTENCES:
        s0 = dd.sents[i].start
        # a quote in this stretch with a known speaker: the conversation goes on
        speakers = [
            x
            # the quotes opening in [s0, end): `quotes` is in text order (`_q_open`, as `in_quote` reads it)
            for x in dd.quotes[bisect.bisect_left(dd._q_open, s0) : bisect.bisect_left(dd._q_open, end)]
            if x.speech
            and x.speaker
            and x is not q
            # a name read in case-less text (attribution's caseless-name, or carried by caseless-adjacent)
            # starts no chain: the people named between it and the pronoun cannot be seen ("… said gerald
            # joyce. … president obama asked … He said …" is Obama); but for the pronoun right after its
            # quote, nothing between (""…," christie said. "…" he added: "…"")
            and not (
                (x.rule == "caseless-name" or x.speaker_rule == "caseless-adjacent")
                and dd.text[x.after_close : pos].strip(" ,.:;")
                and not _own_attribution_between(dd, x, pos)
            )
            # a gendered pronoun follows a speaker only of that gender: in an exchange ("…," the host
            # said. "…?" he shot back) a speaker of unknown gender is more likely the other party
            and (
                gender is None
                or name_gender(x.speaker, dd) == gender
                # an unnamed source just quoted ("… a U.N. source said. … he said"), not one further back
                or (steps - passed <= 1 and _unnamed_fits(x.speaker, gender, _goes_on(dd, x, q)))
                # a speaker named in the sentence just before, whose gender no name list tells
                # ("Roestandi, a three-star general …, said …. "…," he said"), not one further back
                or (steps <= 1 and _named_of_unknown_gender(dd, x))
            )
        ]
        if steps and gender and not speakers and _pronoun_says(dd, s0, gender):
            # rule pronoun-chain: "He said Whitcombe asked him to stay …. He said …, but added, "…"": a
            # sentence whose subject is the same pronoun, telling what it said, names others after its verb
            # (the one told about): the chain goes on before it
            end = s0
            i -= 1
            steps += 1
            carried += 1
            continue
        if steps and gender and not speakers and _pronoun_opens(dd, s0, gender) and not dd.people(s0, end):
            # rule pronoun-carries: "She was referring to the firm …" between an unnamed speaker's quote and
            # the "she says" after it names no one: the same she goes on, and the sentence is no step away
            # from that speaker (""…," says the family's daughter. She was referring to …. "…," she says")
            end = s0
            i -= 1
            steps += 1
            passed += 1
            carried += 1
            continue
        people = dd.people(s0, end)
        if steps and gender and not speakers and people and _pronoun_subject(dd, s0, gender, people):
            # rule pronoun-subject-carries (session 59): the same he/she is the sentence's subject, the
            # people it names come after it ("Along the way, he … called president trump's decision …
            # "counterproductive." The decision could "…," he said"; "She criticized … rep. Darrel issa …
            # "…," she said"): the one it names is no antecedent, the same pronoun goes on before it
            end = s0
            i -= 1
            steps += 1
            carried += 1
            continue
        if steps and gender is None and not speakers and people and _pronoun_reports(dd, s0, people):
            # rule pronoun-reports: for a role ("the congressman said"), a sentence whose subject is a he or
            # she names the people of its "that" clause as the ones it tells about ("He didn't mention that
            # the campaign aimed at helping Tom Hale …"): no antecedent there, the walk goes on before it
            end = s0
            i -= 1
            steps += 1
            continue
        # rule possessor: "Thompson's spokesman, Kevin Keane, …" is about the spokesman
        held = [f for f in people if _possessor(dd, f, gender)]
        fits = [
            f
            for f in people
            if (
                gender is None
                or (
                    (_gender(dd, f) in (None, gender) or _unisex_open(dd, f))
                    and _kin_gender(dd, f) in (None, gender)
                )
            )
            and not _modifier(dd, f)
            and f not in held
            and not (
                steps == 0
                and (_object_of_preposition(dd, f) or _relative_object(dd, f) or _talked_about(dd, q, f, pos))
            )
            and not _affiliation_of(dd, f, people)
        ]
        fits = _past_opening(dd, s0, fits)
        if not speakers and people and _name_run(dd, people[0], people):
            return None  # rule name-run: the sentence opens on a person no entity holds
        if not speakers and _unseen_subject(dd, s0, people):
            return None
        # rule relation-of-pronoun: "with him as the father … and his longtime comedic partner Serge
        # Theriault as the mother. … "…," he says": one named inside the sentence as the relation of a
        # "his" (a "her" for "she") is another person than the one that pronoun and this one go on naming,
        # when the sentence names that one as "him" ("her") too: "The court heard from his lawyer Tom Hall
        # … "…," he said" alone tells no other "he" than the lawyer
        fits = [f for f in fits if not _relation_of_pronoun(dd, s0, end, f, gender)]
        if not speakers and fits and all(_listed(dd, f, s0, end) for f in fits):
            return None  # rule list-member: no one of a list of names is the he or she that goes on
        if not speakers and fits and _other_gender_relative(dd, s0, end, gender, fits):
            return None
        if steps and not speakers and fits and _all_reported(dd, s0, fits):
            return (
                None  # rule reported-not-teller: ""Ben" told the BBC that Hale tried …. He said …": not Hale
            )
        subj = [_named_after_modifier(dd, f, end) for f in fits if _speaks(dd, f)]
        if steps == 1 and not speakers and fits and not subj and _object_only(dd, s0, fits, gender):
            return None  # rule object-not-speaker: "The seat is held by Rep. Nanette Barragan. "…," she said"
        if steps and not speakers and fits and all(_addressee(dd, s0, f, gender, people) for f in fits):
            return None  # rule addressee: "The reality star … told DeGeneres, "…" She went on …": the teller
        if not speakers and _unnamed_subject(dd, s0, gender, fits[0].start if fits else end, fits[:1]):
            return None  # "A spokesman for the firm declined to comment. "…," he said": not a named person
        if not speakers and not fits and held:
            # "Thompson's spokesman did not hold out much hope. "…," he said": the spokesman, unnamed
            return None
        role = None if speakers else _definite_subject(dd, s0, gender, fits[0].start if fits else end)
        if role:
            # "The pope seemed to address the questions. "…," he said": the person introduced with that
            # role ("Pope John Paul II"), else no one (not the person named before the pope)
            named = _by_role(dd, s0, role, only=True)
            if named and name_gender(named, dd) in (None, gender):
                return named
            # possessive-subject ("Her brother says …. "…," he says"), no one introduced with the role: the
            # last person before of the pronoun's gender as a name or the text tells it, else no one
            return _of_gender_before(dd, q, s0, gender) if _POSSESSIVE_SUBJECT.match(dd.text, s0) else None
        if (
            fits
            and _CONTRAST_OPENING.match(dd.text, s0)
            and _CLAUSE_OPENING.search(dd.text, s0, fits[-1].start)
        ):
            # "While Marcus and Clark said they expected no impact, Kelly is more pessimistic. "…" he
            # said": the subject of the main clause, not the speakers of the clause set against it
            return dd.person_name(fits[-1])
        if subj:
            return dd.person_name(subj[-1])
        known = _speaker_as_subject(dd, q, s0, fits[0].start if fits else end, gender)
        if known:
            return known
        if speakers:
            return speakers[-1].speaker
        if fits:
            if dd.caseless and steps - carried >= _FAR_FITS_STEPS:
                fits = [f for f in fits if _opens_sentence(dd, f)]
                if not fits:
                    return None  # rule far-object (see `_FAR_FITS_STEPS`)
            # the first person named, but one the pronoun's gender is known to fit before one of unknown
            # gender ("the Parti Quebecois candidate, Roger Paquin … he said")
            sure = [f for f in fits if gender is not None and _gender(dd, f) == gender]
            if sure and sure[0] is not fits[0] and _FINITE_VERB_AFTER.match(dd.text, fits[0].end):
                # rule subject-before-gender (session 59): the first person named is the subject of a verb
                # ("but aek's german coach ewald lienen has backed katidis. "…," he said"): not one named
                # after it whose gender a list tells
                return dd.person_name(fits[0])
            return dd.person_name((sure or fits)[0])
        end = s0
        i -= 1
        # the pronoun's sentence opened by the splitter inside the quote ("“After a `Yes' vote, . . . the
        # doors …,” he told"): the quote's own sentence goes on, no step back
        steps += not (split and q.open_at < s0 < q.close_at)
    return None


_SPEECH_VERB_ANY_CASE = re.compile(rf"(?:{SPEECH_VERBS})", re.IGNORECASE)  # a whole word, by fullmatch


def _own_attribution_between(dd: DocView, x: QuoteSpan, pos: int) -> bool:
    """Rule own-attribution-between (fixpron, session 21): in case-less text a speaker read by
    caseless-name stays the antecedent of a pronoun opening the next sentence when only the quote's own
    attribution, the speaker's name and a verb of saying, stands between (""…," earnest said. He said …"
    is Earnest): no one else is named there, seen or not. Else the chain breaks as before (a person
    named inside the quote, "a gold 'trump' sign", is no antecedent: `people` reads outside the marks)."""
    gap = dd.text[x.after_close : pos]
    if gap.count(".") != 1 or not gap.rstrip().endswith(".") or not x.speaker:
        return False  # the pronoun opens the sentence right after the attribution's
    name = {w.lower() for w in x.speaker.split()}
    words = re.findall(r"[\w'’\-]+", gap.lower())
    verbs = [w for w in words if _SPEECH_VERB_ANY_CASE.fullmatch(w)]
    return len(verbs) == 1 and bool(name & set(words)) and all(w in name or w in verbs for w in words)


# a finite verb right after a name: the name is its subject ("ewald lienen has backed", "smith told")
_FINITE_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|has|had|have|is|was|will|would)\s+)?"
    r"(?:has|had|is|was|says|said|told|tells|[a-z]{2,}ed|[a-z]{3,}s)\b(?!\s+(?:of|by)\b)"
)


def _of_gender_before(dd: DocView, q: QuoteSpan, pos: int, gender: str | None) -> str | None:
    """The last speaker, else the first person named, of the few sentences before `pos` whose gender a
    first name, an honorific or the text's own pronouns tell to be `gender` (rule possessive-subject)."""
    i = dd.sentence_index(pos) - 1
    for _ in range(_ANTECEDENT_SENTENCES):
        if i < 0:
            break
        s0, end = dd.sents[i].start, dd.sents[i].end
        said = [
            x.speaker for x in dd.quotes if s0 <= x.open_at < end and x.speech and x.speaker and x is not q
        ]
        said = [x for x in said if name_gender(x, dd) == gender]
        if said:
            return said[-1]
        people = [f for f in dd.people(s0, end) if _gender(dd, f) == gender and not _modifier(dd, f)]
        if people:
            return dd.person_name(people[0])
        i -= 1
    return None


# a possessive pronoun, up to three lower-case words ending in a role ("his longtime comedic partner"), a
# comma maybe, right before a name
_PRONOUN_RELATION = re.compile(r"\b([Hh]is|[Hh]er)((?:\s+[a-z][\w\-]*){1,3}),?\s+$")


def _relation_of_pronoun(dd: DocView, s0: int, end: int, f: Found, gender: str | None) -> bool:
    """Rule relation-of-pronoun (see `antecedent`): `f` named after "his <role>" for a "he" ("her <role>"
    for a "she") past the opening of its sentence (which runs from `s0` to `end`; "His lawyer, John Doe,
    said …" is the sentence's subject), speaking no verb, in a sentence that also names the relation's
    owner as "him" ("her"; "with him as the father … and his longtime comedic partner …")."""
    if gender is None:
        return False
    m = _PRONOUN_RELATION.search(dd.text, max(s0, f.start - 60), f.start)
    if m is None or (m.group(1).lower() == "his") != (gender == "m"):
        return False
    if m.group(2).split()[-1] not in gazetteer().roles or _speaks(dd, f):
        return False
    owner = _OWNER_OBJECT[gender]
    if not any(o.start() != m.start(1) for o in owner.finditer(dd.text, s0, end)):
        return False
    return _LEAD_WORDS.fullmatch(dd.text, s0, m.start()) is None


# the relation's owner named again in its sentence, as object ("with him as the father")
_OWNER_OBJECT = {"m": re.compile(r"\b[Hh]im(?:self)?\b"), "f": re.compile(r"\b[Hh]er(?:self)?\b")}


_LEAD_WORDS = re.compile(r"\s*(?:(?:But|And|Then|Later|Now|Still|Meanwhile),?\s*)?")


# a name in the possessive before a role word, up to two words between ("Thompson's spokesman", "Huang's
# older brother", "Reyes' lawyer", "Maloney's Republican opponent": a party or demonym may be capitalised);
# not past as/of/to/for ("Smith's election as mayor": the role is his)
_POSSESSIVE_ROLE = re.compile(r"['’]s?((?:\s+(?!(?:as|of|to|for)\b)[A-Za-z][\w\-]*){1,3})")


# a race's other side ("Maloney's Republican opponent"): a role after a possessive, not a role word that
# marks a name as a person's ("rival" and "challenger" are)
_RACE_ROLES = frozenset(["opponent", "opponents"])


def _possessor(dd: DocView, f: Found, gender: str | None) -> bool:
    """Rule possessor: a person named in the possessive before a role word ("Thompson's spokesman, Kevin
    Keane, did not …") names whose spokesman, lawyer or brother the sentence is about; the role's holder is
    its subject (named in apposition, or no one), so the possessor is no pronoun's antecedent. A role of
    the other gender ("Thompson's wife" for "he") leaves the possessor one."""
    m = _POSSESSIVE_ROLE.match(dd.text, f.end)
    roles = gazetteer().roles
    role = next((w for w in m.group(1).split() if w in roles or w in _RACE_ROLES), None) if m else None
    if role is None:
        return False
    if (gender == "m" and role in _FEMALE_ROLES) or (gender == "f" and role in _MALE_ROLES):
        return False
    return not _holder_of_other_gender(dd, m.start(1) + m.group(1).index(role) + len(role), gender)


# rule holder-of-other-gender: the role's holder named in apposition right after it ("Tallis's Republican
# opponent, Dana Whitcombe, conceded"), of the other gender than the pronoun, is not the he/she either: the
# possessor stays one (session 29 review, S5)
_APPOSED = re.compile(r",\s*")


def _holder_of_other_gender(dd: DocView, role_end: int, gender: str | None) -> bool:
    """The person named in apposition right after the role word ending at `role_end` has a gender, not
    `gender`."""
    if gender is None:
        return False
    named = dd.ents.within(dd.d, role_end, role_end + 80, "person")
    return bool(
        named
        and _APPOSED.fullmatch(dd.text, role_end, named[0].start)
        and _gender(dd, named[0]) not in (None, gender)
    )


# a phrase opening a sentence before its subject, up to the comma that ends it: a participle or a
# preposition or subordinator first ("Speaking to reporters after meeting with Netanyahu, …", "After
# talks with Smith, …", "When Jones left, …")
_OPENING_PHRASE = re.compile(
    r"(?:(?:But|And|Yet|Still|Meanwhile),?\s+)?([A-Z][a-z]+ing|After|Before|During|Following|Despite|"
    r"Unlike|Like|Upon|Without|Since|When|As|Because|If|Asked|Speaking|In|At|On|With)\b[^,.;:!?\"“”\n]{0,150},\s"
)


def _past_opening(dd: DocView, s0: int, fits: list[Found]) -> list[Found]:
    """Rule opening-phrase: the people named inside a phrase that opens the sentence at `s0` and ends at a
    comma are not its subject when a person is named after the comma ("Speaking to reporters after meeting
    with Netanyahu, visiting U.S. envoy Martin Indyk … "…," he said": Indyk); `fits` without them."""
    m = _OPENING_PHRASE.match(dd.text, s0)
    if (
        m is None
        or dd.in_quote(m.start())
        or any(f.start == m.start(1) for f in dd.ents.within(dd.d, s0, m.end()))
    ):
        return fits  # "Sterling Golongergen, an Alaska native, …" opens with a name, not a participle
    after = [f for f in fits if f.start >= m.end() and not _opening_apposition(dd, m, f)]
    return after if after else fits


# rule opening-apposition (session 52, training census Random(5251): "When President Obama first warned
# Syria's leader, President Bashar al-Assad, that …, Mr. Obama took … "…," he said" gave Obama's words to
# Assad): a name set off by commas right after an opening phrase that ends on a role noun is that role's
# apposition, still inside the phrase ("warned Syria's leader, X,"), not the subject after it
_ROLE_BEFORE_COMMA = re.compile(r"([a-z]+),\s+$")
_SUBJECT_OPENERS = frozenset(["As", "Like", "Unlike"])
_AS_ROLE = re.compile(r"\bas\s+(?:[\w'’\-]+\s+){0,3}$", re.IGNORECASE)


def _opening_apposition(dd: DocView, m: re.Match[str], f: Found) -> bool:
    """Rule opening-apposition: `f` follows the opening phrase `m` at once (its titles aside), the phrase's
    last word a role noun, and a comma follows `f`."""
    role = _ROLE_BEFORE_COMMA.search(dd.text, m.start(), m.end())
    if role is None or role.group(1) not in gazetteer().roles or role.end() != m.end():
        return False
    if m.group(1) in _SUBJECT_OPENERS or _AS_ROLE.search(dd.text, m.start(), role.start(1)):
        return False  # the subject's own role: "As the city's mayor, Tom Reyes, 54, said", "… as mayor, X,"
    between = dd.text[m.end() : f.start].split()
    return all(_title_word(w) for w in between) and dd.text[f.end : f.end + 1] == ","


# the prepositions whose object, a name right after them, is the person talked about, not the one who speaks:
# one table, read by two rules that differ on purpose. `object-in-sentence` (`_object_of_preposition`), in
# the pronoun's own sentence ("paying to Graham's case, he emphasized"): any of them but "by", whose agent
# is the doer ("founded by Tom Reyes"); `object-not-speaker` (`_object_only`), in the sentence before ("The
# seat is held by Rep. Nanette Barragan."): "by" too, but not "with", "from" or "than", whose object may be
# the one who speaks next ("an interview with Augusto Pinochet Hiriart", "a statement from", "Few knew him
# better than Eden Sassoon"), nor the place words ("on", "at", "into", "over", "toward"). Neither after
# "according" ("according to" names a source). A third reader, attribution's `relative-sayer`
# (`RELATIVE_SAYER`): a name right after one of its prepositions is no "who" clause's subject unless a comma
# sets the clause off ("an adviser to Bush who describes himself" is the adviser's): "by", "with", "from",
# "on", "at" and "under" too (the clause hangs on the phrase before: "a letter from Ada Brook who"), not
# "than" nor the motion words ("into", "over", "toward"), never read there
_IN_SENTENCE, _NOT_SPEAKER, RELATIVE_SAYER = "object-in-sentence", "object-not-speaker", "relative-sayer"
_OBJECT_PREPOSITIONS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["to", "about", "of", "for", "against"], frozenset([_IN_SENTENCE, _NOT_SPEAKER, RELATIVE_SAYER])
    ),
    **dict.fromkeys(["with", "from", "on", "at"], frozenset([_IN_SENTENCE, RELATIVE_SAYER])),
    **dict.fromkeys(["than", "into", "over", "toward", "towards"], frozenset([_IN_SENTENCE])),
    "by": frozenset([_NOT_SPEAKER, RELATIVE_SAYER]),
    "under": frozenset([RELATIVE_SAYER]),
}


def prepositions_of(rule: str) -> str:
    """The prepositions of `_OBJECT_PREPOSITIONS` that `rule` reads, as a regular expression's alternation."""
    return "|".join(p for p, rules in _OBJECT_PREPOSITIONS.items() if rule in rules)


_PREPOSITION_BEFORE = re.compile(
    rf"(?<!according )\b(?:{prepositions_of(_IN_SENTENCE)})\s+(?:the\s+)?$", re.IGNORECASE
)


# rule list-member (session 51, speakers51's fresh read, multinews-train-9042: "… two presidents, ryan
# seacrest, dr. phil, barbara walters … on one program … the clearly emotional host said …. He said he "…""
# went to Seacrest): a name in a list of three or more names, joined by commas and "and"/"or" only, is one
# of a crowd the writer tells about, not the he or she a later sentence goes on naming. A list item is a
# person's mention; in case-less text, which misses names ("ada price"), also a piece of one to three words
# with no digit, opening on a listed first name or title or with no ordinary English word ("heather
# humphreys, minister for arts, heritage and …", "in dover, tom hale, a spokesman, said" are no lists)
_LIST_JOINT_BEFORE = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
_LIST_JOINT_AFTER = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_LIST_ITEM = re.compile(r"[^\W\d_](?:[^\W\d_]|[.'’\-])*(?:\s+[^\W\d_](?:[^\W\d_]|[.'’\-])*){0,2}")
_LIST_NOT_FIRST = frozenset(
    ("a", "an", "the", "in", "on", "at", "of", "for", "from", "by", "with", "to", "into", "as", "but", "when",
     "while", "after", "before", "his", "her", "their", "its", "this", "that", "these", "those", "who",
     "which", "said", "says")
)  # fmt: skip
_LIST_AND = re.compile(r"\s(?:and|or)\s")
_LIST_ITEM_END = re.compile(r",|\s(?:and|or)\s|[;:]")
_LIST_MIN = 3


def _list_item(piece: str) -> bool:
    """Rule list-member: `piece` may be a name of a list (see above)."""
    words = piece.split()
    return (
        bool(_LIST_ITEM.fullmatch(piece.strip()))
        and words[0].lower() not in _LIST_NOT_FIRST
        and (_name_opening(words[0]) or not any(ordinary(w.lower().rstrip(".")) for w in words))
    )


def _name_opening(word: str) -> bool:
    """A listed first name or title ("barbara", "dr."), which opens a name."""
    low = word.lower().rstrip(".")
    return low.capitalize() in gazetteer().first_names or (low.capitalize(),) in gazetteer().titles


def _listed(dd: DocView, f: Found, s0: int, end: int) -> bool:
    """Rule list-member: `f` stands with at least `_LIST_MIN` - 1 other items in a run that only commas and
    "and"/"or" join, inside the sentence [s0, end): a person's mention, or in case-less text a piece
    `_list_item` takes ("in Palm Beach, Fla., Trump was asked" is no list)."""
    ends = {g.end: g.start for g in dd.people(s0, end)}
    starts = {g.start: g.end for g in dd.people(s0, end)}
    count, at = 1, f.start
    while count < _LIST_MIN and (joint := _LIST_JOINT_BEFORE.search(dd.text, s0, at)):
        if joint.start() in ends:
            count, at = count + 1, ends[joint.start()]
            continue
        if not dd.caseless:
            break
        piece = dd.text[max(dd.text.rfind(",", s0, joint.start()) + 1, s0) : joint.start()]
        item = _LIST_AND.split(piece)[-1]
        if not _list_item(item):
            break
        count, at = count + 1, joint.start() - len(item)
    at = f.end
    while count < _LIST_MIN and (joint := _LIST_JOINT_AFTER.match(dd.text, at, end)):
        if joint.end() in starts:
            count, at = count + 1, starts[joint.end()]
            continue
        if not dd.caseless:
            break
        stop = _LIST_ITEM_END.search(dd.text, joint.end(), end)
        at = stop.start() if stop else end
        if not _list_item(dd.text[joint.end() : at]):
            break
        count += 1
    return count >= _LIST_MIN


# rule affiliation-of: "Baker of Rutgers noted": the name after a person's name and "of" is where the person
# works or comes from, not another person a pronoun may stand for (even when read as a person's name)
_OF_BETWEEN = re.compile(r"\s+of\s+")


def _affiliation_of(dd: DocView, f: Found, people: list[Found]) -> bool:
    """Rule affiliation-of: `f` follows another person's name and "of" right before it."""
    return any(g.end < f.start and _OF_BETWEEN.fullmatch(dd.text, g.end, f.start) for g in people)


# a verb of telling right before the person told ("told DeGeneres", "asked Smith,"): rule addressee
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|asked|asks|informed|informs|assured|assures|reminded)\s*,?\s*$")
_HE_SHE = re.compile(r"\b(he|she)\b", re.IGNORECASE)
# rule told-quotation: one asked is left out only when the asker's own quotation follows at once ("asked
# DeGeneres, "…""); "Reporters asked Tallis about the fire. "…," he said" is the interview, the one asked
# answers. One told stays out either way (session 29 review, S2): after "The judge told Tallis that he
# faced ten years" the next "he said" is the judge's verdict as often as Tallis's reply, and the sentence
# does not say which
_TOLD_QUOTATION = re.compile(r"\s*[,:]?\s*[“\"]")
# verbs of asking: one asked answers (told-quotation), one who asks hands the he/she on (when-main-pronoun)
_ASKS = frozenset(["asked", "asks", "questioned", "pressed"])
# rule plural-teller: a teller no "he"/"she" can be — "they", "we", "police", a plural ("Doctors told Jon
# Tallis …", "Harwick officials informed Dana Whitcombe …") — leaves the one told as the he/she that goes on
# (session 29 live review, S2); not a singular in -ss, -us or -is ("the boss", "the bus", "his") nor a
# possessive. The teller is the word before the verb less the auxiliaries and adverbs there ("His father has
# told", "His mother always told": the father, the mother; session 30 review, S2)
_PLURAL_TELLER = re.compile(r"they|we|police|people|men|women|children|[a-z]*[^s'’iu]s")
_NOT_PLURAL = frozenset(["news", "times", "series"])
_TELLER_SKIP = frozenset(
    [
        *("has", "have", "had", "was", "were", "is", "are", "be", "been", "would", "will", "could", "did"),
        *("also", "always", "sometimes", "perhaps", "afterwards", "then", "later", "never", "once", "often"),
        *("already", "since", "again", "just", "even", "still", "not"),
    ]
)


def _plural_teller(teller: list[str]) -> bool:
    """Rule plural-teller: the last word of `teller` (the words before the verb of telling) that is no
    auxiliary nor adverb ("has", "always", "reportedly") is "they", "we", "police" or a plural."""
    words = [w.lower() for w in teller]
    while words and (words[-1] in _TELLER_SKIP or (words[-1].endswith("ly") and len(words[-1]) > 4)):
        words.pop()
    return bool(words) and words[-1] not in _NOT_PLURAL and _PLURAL_TELLER.fullmatch(words[-1]) is not None


def _addressee(dd: DocView, s0: int, f: Found, gender: str | None, people: Sequence[Found]) -> bool:
    """Rule addressee: in a sentence before the pronoun's, a person named only as the one told or asked
    ("The reality star-turned-author … told DeGeneres, "…" She went on to admit, "…"") is not the he/she
    that goes on: the teller is, whom that sentence does not name; so no one. One asked is, when no
    quotation of the asker's follows (rule told-quotation). Not when the sentence names
    anyone before (the teller, of another gender: "Jumaah told Turner that …. "…," she said" is Turner),
    nor when the teller is a pronoun of the other gender ("He told Dana Whitcombe …. She said …")."""
    told = _TOLD_BEFORE.search(dd.text, max(s0, f.start - 25), f.start)
    if not told:
        return False
    if told.group().split()[0].rstrip(",") in _ASKS and not _TOLD_QUOTATION.match(dd.text, f.end):
        return False
    if any(p.start < f.start for p in people):
        return False
    teller = dd.text[s0 : told.start()].split()
    if _plural_teller(teller):
        return False
    other = {"m": "she", "f": "he"}.get(gender or "")
    return not any(m.group(1).lower() == other for m in _HE_SHE.finditer(dd.text, s0, f.start))


# rule relative-object: a name right after the verb of a relative clause ("the raid that killed Ivan Petrov",
# "the man who shot Ana Ruiz", "a firm that had hired Tom Hale") is that verb's object, the one the clause
# tells about; in the pronoun's own sentence it is no antecedent ("…, Sen. Jon Reyes, a Democrat, who leads
# the panel, said …, part of what he called "…"" is not the victim's). A past tense in -ed or one of the
# common irregular ones; a short title may stand between ("that killed Sen. …")
_RELATIVE_VERB_BEFORE = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:had|has|have|was|were|allegedly|reportedly|later|once)\s+)?"
    r"(?:[a-z]+ed|shot|hit|beat|met|fought|caught|struck|sent|took|stole|slew|bit|left|sued|fired|hired)"
    r"\s+(?:[A-Z][a-z]{0,4}\.\s+)?$"
)


def _relative_object(dd: DocView, f: Found) -> bool:
    """Rule relative-object (see `_RELATIVE_VERB_BEFORE`): `f` is the object of a relative clause's verb."""
    return _RELATIVE_VERB_BEFORE.search(dd.text, max(0, f.start - 60), f.start) is not None


def _object_of_preposition(dd: DocView, f: Found) -> bool:
    """A name that is the object of a preposition ("Talking about how much attention he was paying to
    Graham's case, he emphasized …"): in the pronoun's own sentence, the person talked about, not the
    subject the pronoun stands for (in a sentence before, "Don't look for Amy Schumer …" may still be)."""
    return _PREPOSITION_BEFORE.search(dd.text, max(0, f.start - 20), f.start) is not None


# rule object-not-speaker: a name after one of its prepositions (`_OBJECT_PREPOSITIONS`), maybe with a title
# between ("held by Rep. Nanette Barragan", "a letter to Gov. Ann Ray"); not the "by" of a text ("a
# statement issued by")
_OBJECT_BEFORE = re.compile(
    r"(?<!according )(?<!issued )(?<!released )(?<!written )(?<!signed )(?<!posted )(?<!sent )"
    rf"\b(?:{prepositions_of(_NOT_SPEAKER)})\s+(?:the\s+)?"
    r"(?:(?:rep|sen|gov|gen|dr|mr|mrs|ms|lt|col|capt|sgt|rev|prof|det)\.\s+)?$",
    re.IGNORECASE,
)
_OPENING_WORDS = 4  # a person named within the first words of a sentence is its subject (`_object_only`)


def _opens_sentence(dd: DocView, f: Found) -> bool:
    """`f` is a subject (rule far-object): named within the first `_OPENING_WORDS` words of its sentence,
    or of what follows a closing quotation mark in it (""…," warren charged"), or of the clause after its
    last comma when a verb follows the name, maybe after the comma closing an apposition ("Speaking at a
    conference, hunt said …", "his mother, Dana Whitcombe, figured …")."""
    before = dd.text[dd.sentence_start(f.start) : f.start]
    after_mark = max(before.rfind('"'), before.rfind("”"))
    if len(before[after_mark + 1 :].split()) < _OPENING_WORDS:
        return True
    verb = _FINITE_AFTER.match(dd.text, f.end) or _SPEAKS_AFTER.match(dd.text, f.end)
    verb = verb or _VERB_AFTER_SUBJECT.match(dd.text, f.end)
    return bool(verb) and len(before[before.rfind(",") + 1 :].split()) < _OPENING_WORDS


# a verb in the past right after a subject, or after the comma that closes its apposition (far-object)
_VERB_AFTER_SUBJECT = re.compile(r",?\s+[a-z]+ed\b")


def _object_only(dd: DocView, s0: int, fits: list[Found], gender: str | None) -> bool:
    """Rule object-not-speaker (session 45): the sentence right before the pronoun's, whose fitting people
    are all objects of a preposition ("The seat is held by Rep. Nanette Barragan."), when the document
    opened an earlier sentence with another person of the pronoun's gender (the one the story is about:
    "Maria Lopez, 34, has lived in Compton …"): the object position is no speaker's, the pronoun may be
    either (no speaker, a guess a reader could not check). Not further back: sentences the same pronoun
    opens in between ("One glimmer came from Kenneth Tyler. He says … "…," he said") carry the object on
    as their subject."""
    if gender not in ("m", "f") or not all(
        _OBJECT_BEFORE.search(dd.text, max(0, f.start - 40), f.start) for f in fits
    ):
        return False
    names = {dd.person_name(f) for f in fits}
    for f in dd.people(0, s0):
        if _gender(dd, f) != gender or dd.in_quote(f.start) or dd.person_name(f) in names:
            continue
        if len(dd.text[dd.sentence_start(f.start) : f.start].split()) < _OPENING_WORDS:
            return True
    return False


def _object_only_bearer(dd: DocView, name: str, full: list[tuple[int, int, str]]) -> bool:
    """Rule surname-of-several's cased case (session 45): the bearer `name` is named in full only as a
    preposition's object ("organised by Richie Lopez"), and another bearer opens a sentence ("Jennifer Lopez
    sang …"): the nearest full name is no evidence of whose the bare surname is."""
    own = [a for a, _, n in full if n == name]
    if not own or not all(_OBJECT_BEFORE.search(dd.text, max(0, a - 40), a) for a in own):
        return False
    return any(
        n != name and len(dd.text[dd.sentence_start(a) : a].split()) < _OPENING_WORDS for a, _, n in full
    )


def _talked_about(dd: DocView, q: QuoteSpan, f: Found, pos: int) -> bool:
    """A person named right against the quote's opening mark in its own sentence, when the pronoun that
    attributes it comes after the quote and the name speaks no verb (""Charest "often looked hot-tempered
    …," he said"): the name is part of the words reported, the person talked about, not the speaker. A
    name with words between it and the mark ("Tom Smith, the chairman, was more cautious: "…," he said")
    is the sentence's subject, the speaker."""
    return (
        q.close_at <= pos
        and f.start < q.open_at
        and not dd.text[f.end : q.open_at].strip()
        and not _speaks(dd, f)
    )


# rule a-modifier (session 53, training census: ""…" she angrily posted" after "… is not a kim kardashian
# fan" went to Kim Kardashian once unisex-fits let a Kim be a she): "a"/"an" before a name and a noun makes it
# a modifier as "the" does ("a Trump supporter", "an Obama aide")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


# rule unseen-subject: in case-less text a sentence opening on two or three words and an apposition that
# describes them ("gunhild ninis rosqvist, a professor of geography …", "jodie anderson, the executive
# director of …") opens on a person the entity pass could not read (no listed first name)
_APPOSED_OPENING = re.compile(
    r"(?:(?:but|and|meanwhile|however),?\s+)?([a-z][\w'’\-]+(?:\s+[a-z][\w'’\-]+){1,2}),\s+(?:a|an|the)\s",
    re.IGNORECASE,
)


def _unseen_subject(dd: DocView, s0: int, people: list[Found]) -> bool:
    """Rule unseen-subject (see `_APPOSED_OPENING`): such a sentence's subject is someone, but no one the
    text names as an entity, so a pronoun after it has no antecedent there (it went to a person named
    further back: a reporter's byline, a singer the story is about)."""
    m = _APPOSED_OPENING.match(dd.text, s0) if dd.caseless else None
    if m is None or any(f.start < m.end(1) for f in people):
        return False
    return not any(ordinary(w.lower()) for w in m.group(1).split())


def _name_run(dd: DocView, f: Found, people: list[Found]) -> bool:
    """Rule name-run: a person's mention right next to another person's, a space between ("Jean-louis
    goldwater bourgeois": Robert Goldwater's and Louise Bourgeois's surnames, as the entity pass read them),
    is part of one name no entity holds, so neither person is the antecedent."""
    return any(
        dd.ents.name(g) != dd.ents.name(f)
        and (dd.text[f.end : g.start].isspace() or dd.text[g.end : f.start].isspace())
        for g in people
        if g is not f
    )


def _modifier(dd: DocView, f: Found) -> bool:
    """A name used as a noun's modifier ("the Bush campaign", "the Clinton administration", "a Trump
    supporter"): it names no one who could be a pronoun's antecedent."""
    return bool(
        _DETERMINER_BEFORE.search(dd.text, max(0, f.start - 5), f.start) and _NOUN_AFTER.match(dd.text, f.end)
    )


# a sentence opening with an unnamed person as its subject: "A spokesman for the firm …", "But one
# witness …"; the role word is the head before a verb, a preposition or a comma ("a senior official said",
# "A former official in President George Bush's administration … contends")
_UNNAMED_SUBJECT = re.compile(
    r"(?:(?:But|And|Meanwhile|However|Still|Later|Then),?\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    r"(?:[\w\-]+\s+){0,3}?([a-z]+)\b(?=\s+(?:[a-z]+ed|[a-z]+s|for|of|at|from|with|in|who|said|told)\b|,)"
)
# rule named-apposition: the rest of the unnamed subject's phrase up to the comma before a name, and what
# closes the apposition after it: a comma, or the subject's verb when the phrase was put first
_APPOSED_NAME = re.compile(r"[^,.;:!?\"“”()]{0,80},\s*$")
_APPOSITION_CLOSES = re.compile(
    r",|\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|adds|has|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b"
)
_FEMALE_ROLES = frozenset(
    [
        "actress",
        "businesswoman",
        "chairwoman",
        "congresswoman",
        "spokeswoman",
        "mother",
        "grandmother",
        "sister",
        "daughter",
        "wife",
        "widow",
        "girlfriend",
        "fiancee",
        "waitress",
        "princess",
        "queen",
        "mom",
        "niece",
        "woman",
    ]
)


def _other_gender_relative(
    dd: DocView, start: int, end: int, gender: str | None, fits: Sequence[Found]
) -> bool:
    """Rule relative-of-gender: the sentence names, outside quotes, a relative of the pronoun's gender
    through another's possessive ("As Swonger stood outside, his mother opened the door. "…," she says"),
    and no person it names is known to be of that gender: the pronoun may be the relative's, so no name
    is given (a name of unknown gender is a guess)."""
    if gender is None or any(_gender(dd, f) == gender for f in fits):
        return False
    own = "her" if gender == "f" else "his"
    return any(
        m.group(1).lower() != own and not dd.in_quote(m.start())
        for m in _RELATIVE_OF_GENDER[gender].finditer(dd.text, start, end)
    )


def _unnamed_subject(
    dd: DocView, start: int, gender: str | None, upto: int, first: Sequence[Found] = ()
) -> bool:
    """The sentence at `start` opens with an unnamed person as its subject, before `upto` ("A spokesman
    for the firm declined to comment."): a pronoun after it refers to that person, not to one named
    earlier. A role of the other gender ("a spokeswoman" for "he") does not count. Rule
    named-apposition: the first person named (`first`) set off by commas right after the subject's
    phrase names that subject ("A spokesman at The Hague, Jim Landale, said …"; "A member of the team,
    Horbury plans …"), which is then no unnamed person."""
    m = _UNNAMED_SUBJECT.match(dd.text, start)
    if m is None or m.end(1) > upto or dd.in_quote(m.start()):
        return False
    if (
        first
        and _APPOSED_NAME.match(dd.text, m.end(1), first[0].start)
        and _APPOSITION_CLOSES.match(dd.text, first[0].end)
    ):
        return False
    g = gazetteer()
    role = m.group(1)
    if role not in g.roles and role not in ("man", "woman", "spokesperson"):
        return False
    female = role in _FEMALE_ROLES
    return gender is None or (gender == "f") == female


# a sentence opening with a person described by role as its subject: "The senator had to press …",
# "But the pope seemed …"; the role is the head right before a verb. Rule clause-subject: also the subject
# of an opening "When" clause, whom the main clause's he/she goes on naming ("When the valet learned the
# chief was snared …, he shook his head."). Rule head-not-preposition (session 49): the head is no
# preposition or article, so a plural after one is no verb ("The harbour of lights actor had …" read "of"
# before "lights" as the head, found no role and let "the actor" go to a man the sentence names as an object).
# Rule said-subject (session 54, census 5453: "The president later said … what he called the "…"" went to the
# man fired the sentence before): "said" and "told", and an adverb, follow the head too
_DEFINITE_SUBJECT = re.compile(
    r"(?:(?:But|And|Meanwhile|However|Still|Later|Then|Now),?\s+|When\s+)?[Tt]he\s+"
    r"(?:[\w.\-]+\s+){0,3}?(?!(?:of|in|on|at|for|to|from|with|by|and|or|the|a|an)\b)([a-z]+)\b(?=\s+([a-z]+ed|[a-z]+s|had|was|is|would|will|could|can|cannot|did|has|also|later|then|again|earlier|recently|said|told)\b)"
)
# rule when-main-pronoun: the "When" clause's role goes on only into a main clause that opens on the
# pronoun after the clause's comma ("When the officer knocked, Tallis opened it": Tallis goes on), and not
# after one who asks ("When the reporter asked about the charges, he smiled": the asked goes on). One who
# arrives or knocks goes on (session 29 review, M2: "When the officer arrived, he found Tallis in the
# kitchen. “…,” he said" is the officer's account, not Tallis's)
_WHEN_MAIN_PRONOUN = re.compile(r"When\s+[^,.;:!?“”\"]+,\s+(?:he|she)\b")
_POSSESSIVE_SUBJECT = re.compile(
    r"(?:(?:But|And|Meanwhile|However|Still|Later|Then|Now),?\s+)?([Hh]is|[Hh]er)\s+"
    r"(?:[\w.\-]+\s+){0,2}?([a-z]+)\b(?=\s+(?:[a-z]+ed|[a-z]+s|had|was|is|would|will|could|can|cannot|did|has|also)\b)"
)
_MALE_ROLES = frozenset(
    [
        *("actor", "businessman", "chairman", "congressman", "spokesman", "father", "grandfather"),
        *("brother", "son", "husband", "boyfriend", "fiance", "waiter", "prince", "king", "dad", "nephew"),
        *("uncle", "man", "pope", "priest", "cardinal", "bishop"),
    ]
)
# rule relative-of-gender: "his mother", "her late husband", "their daughter": a person of the gender named
# through another's possessive
_RELATIVE_OF_GENDER = {
    gender: re.compile(r"\b(his|her|their)\s+(?:[a-z\-]+\s+)?(?:" + "|".join(sorted(roles)) + r")\b", re.I)
    for gender, roles in (("f", _FEMALE_ROLES), ("m", _MALE_ROLES))
}


def _definite_subject(dd: DocView, start: int, gender: str | None, upto: int) -> str | None:
    """The role word of a definite description of a person opening the sentence at `start` as its
    subject, before `upto` ("The senator had to press hard …"): a he/she after it refers to that
    person. None when there is none, or its role is of the other gender ("the spokeswoman" for he).
    Rule possessive-subject: "His wife cannot say what he does. "…," she said": a he/she of the other
    gender than the possessive ("his") cannot be its owner, so it is the person the phrase describes
    (of the same gender, the owner may be: "His brother died in 2003. "…," he said" is left alone)."""
    m = _DEFINITE_SUBJECT.match(dd.text, start)
    group = 1
    if m is None:
        m = _POSSESSIVE_SUBJECT.match(dd.text, start)
        if m is None or gender is None or _PRONOUN_GENDER[m.group(1).lower()] == gender:
            return None
        group = 2
    if m.end(group) > upto or dd.in_quote(m.start()):
        return None
    if (
        group == 1
        and m.group().startswith("When")
        and (m.group(2) in _ASKS or not _WHEN_MAIN_PRONOUN.match(dd.text, start))
    ):
        return None
    role = m.group(group)
    if role not in gazetteer().roles and (role.capitalize(),) not in gazetteer().titles:
        return None
    if (gender == "m" and role in _FEMALE_ROLES) or (gender == "f" and role in _MALE_ROLES):
        return None
    return role


# what only a host says: an exchange's unnamed party of unknown gender is the other one
_HOST_HEADS = frozenset(["host", "anchor", "interviewer", "moderator"])


# a sentence opening with one capitalised word as the subject of a speech verb ("Connerly also said …")
_WORD_SUBJECT = re.compile(
    r"(?:(?:But|And|Meanwhile|However|Still|Later|Then|Now),?\s+)?([A-Z][a-z][\w'’\-]*)\s+"
    r"(?:(?:also|then|later|again|further|[a-z]+ly)\s+)?(?:" + SPEECH_VERBS + r")\b"
)


def _speaker_as_subject(dd: DocView, q: QuoteSpan, start: int, upto: int, gender: str | None) -> str | None:
    """A sentence whose subject, before any person the entity pass found, is one word that no mention
    covers but that ends the name of a speaker of an earlier quote in the document ("“…,” said
    Connerly." … "Connerly also said …. “…,” he said" where the entity pass read "UC Regent Ward
    Connerly" as a body): that speaker, of the pronoun's gender or of none known."""
    m = _WORD_SUBJECT.match(dd.text, start)
    if m is None or m.end(1) > upto or dd.in_quote(m.start(1)) or dd.mentions(m.start(1), m.end(1)):
        return None
    word = m.group(1)
    for x in reversed([x for x in dd.quotes if x.close_at < start and x.speech and x.speaker]):
        if x.speaker.split()[-1] == word and (gender is None or name_gender(x.speaker, dd) in (None, gender)):
            return x.speaker
    return None


def _named_of_unknown_gender(dd: DocView, x: QuoteSpan) -> bool:
    """A quote's speaker named by a name in its own attribution ("Roestandi … said", not "he said" or a
    description) whose gender neither the name lists nor the text's pronouns tell."""
    if x.who is None or not x.speaker or name_gender(x.speaker, dd) is not None:
        return False
    phrase = dd.text[x.who[0] : x.who[1]].strip()
    return phrase[:1].isupper() and phrase.lower() not in PRONOUNS and not DESCRIPTION.match(phrase)


def _goes_on(dd: DocView, x: QuoteSpan, q: QuoteSpan) -> bool:
    """`q` opens the sentence right after the one `x` closes in (""…," her mother said. "…," she added"):
    the one who spoke `x` goes on."""
    i = dd.sentence_index(q.open_at)
    return i == dd.sentence_index(x.close_at) + 1 and not dd.text[dd.sent_starts[i] : q.open_at].strip()


def _unnamed_fits(speaker: str, gender: str | None, goes_on: bool = False) -> bool:
    """An unnamed source ("a U.N. source") whose description leaves the pronoun's gender open: he/she
    after it may be that source (but not a host, the other party of an exchange), and one described by
    the pronoun's own possessive ("her agent" for a "she") only when it is kin or its talk goes on
    (`_goes_on`)."""
    words = speaker.split()
    # a description, not a name: lower-case, or opening its sentence with an article ("A former official")
    if not words or not (words[0].islower() or words[0] in ("A", "An", "One", "Another")):
        return False
    head = words[-1].lower()
    if head in _HOST_HEADS:
        return False
    own = gender is not None and _PRONOUN_GENDER.get(words[0].lower()) == gender
    if own and not (goes_on or head in KIN):
        # rule owner-not-relation: "her agent" for a "she" after it: the "her" is most likely that "she",
        # the agent someone else (a "his agent" may be the "she"); not kin, who speak for themselves, nor
        # a quote opening the next sentence (""…," her mother said. "…," she added": the mother; review34)
        return False
    return not ((gender == "m" and head in _FEMALE_ROLES) or (gender == "f" and head in _MALE_ROLES))


# rule pronoun-chain: a sentence opening on he/she and a verb of saying ("He said …", "But she told …", "He
# predicted that …": any of `SPEECH_VERBS`, session 33 review M3: D0635H's "He predicted that the executions
# would not cost Bush votes …" stopped the chain on Bush)
_PRONOUN_SAYS = re.compile(
    r"(?:(?:But|And|Then|Later|Still|Now|Yet),?\s+)?(He|She)\s+(?:also\s+)?(?:" + SPEECH_VERBS + r")\b"
)


_PRONOUN_OPENS = re.compile(r"(?:(?:But|And|Then|Later|Still|Now|Yet),?\s+)?(He|She)\b")


# rule pronoun-subject-carries: a he/she opening the sentence, or right after an opening phrase and its
# comma ("Along the way, he announced …", "Tonight, she was given …"), a phrase of no clause marks or
# quotation marks, no subordinate clause ("When …", "If …"), and no pair as the subject ("He and …")
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?!(?:When|Whenever|While|If|As|Because|Since|Although|Though|Unless)\b)"
    r"[A-Z][^,.;:!?\"“”()]{0,60},\s+)?(?:(?:But|And|Then|Later|Still|Now|Yet),?\s+)?(He|She|he|she)\s+"
    r"(?!(?:and|or)\b)[a-z]"
)


def _pronoun_subject(dd: DocView, s0: int, gender: str, people: list[Found]) -> bool:
    """Rule pronoun-subject-carries: the sentence at `s0` has the pronoun of `gender` as its subject, at its
    opening or after an opening phrase, and names every person of `people` after it."""
    m = _PRONOUN_SUBJECT.match(dd.text, s0)
    return (
        m is not None
        and _PRONOUN_GENDER[m.group(1).lower()] == gender
        and all(f.start >= m.end(1) for f in people)
    )


def _pronoun_opens(dd: DocView, s0: int, gender: str) -> bool:
    """Rule pronoun-carries: the sentence at `s0` opens on the pronoun of `gender` as its subject."""
    m = _PRONOUN_OPENS.match(dd.text, s0)
    return m is not None and _PRONOUN_GENDER[m.group(1).lower()] == gender


_THAT = re.compile(r"\bthat\b")
# rule reported-not-teller: a verb of telling and its "that", up to eight words between ("told the BBC's
# Victoria Derbyshire on Oct. 31 that")
_TOLD_THAT = re.compile(
    r"\b(?:told|tells|said|says|claimed|claims|alleged|alleges)\b(?:\s+[^\s!?;:]+){0,8}?\s+that\b"
)


def _all_reported(dd: DocView, s0: int, fits: list[Found]) -> bool:
    """Rule reported-not-teller: in a sentence before the pronoun's, every fitting person is named after a
    verb of telling with its "that" (the one told, or the one told about) and the teller is named as no
    person (a nickname in marks, "a former aide"): not the one the he/she goes on naming; no one."""
    m = _TOLD_THAT.search(dd.text, s0, fits[-1].start)
    if m is None or dd.in_quote(m.start()) or dd.people(s0, m.start()):
        return False
    return all(f.start > m.start() for f in fits)  # the one told ("told the BBC's Ann Ruiz that") too


def _pronoun_reports(dd: DocView, s0: int, people: list[Found]) -> bool:
    """Rule pronoun-reports: the sentence at `s0` opens on "He" or "She" and names `people` only after a
    "that" past its subject (the clause it reports)."""
    m = _PRONOUN_OPENS.match(dd.text, s0)
    that = _THAT.search(dd.text, m.end(), people[0].start) if m else None
    return that is not None


def _pronoun_says(dd: DocView, s0: int, gender: str) -> bool:
    """Rule pronoun-chain: the sentence at `s0` opens on the pronoun of `gender` and its verb of saying."""
    m = _PRONOUN_SAYS.match(dd.text, s0)
    return m is not None and _PRONOUN_GENDER[m.group(1).lower()] == gender


_CONTRAST_OPENING = re.compile(r"(?:While|Although|Though|Whereas|Even though)\s")
_CLAUSE_OPENING = re.compile(r",\s+$")  # the person right after the comma that ends the opening clause


# "said Acadian student Eric Larocque": a role word between two mentions makes the first a modifier
_ROLE_GAP = re.compile(r"\s+(?:(?!(?:and|or|but|nor|to|of|for|with|told|and|then)\s)[a-z][\w\-]*\s+){1,3}")


def _named_after_modifier(dd: DocView, f: Found, end: int) -> Found:
    """The person a speaking mention is only a modifier of ("said Acadian student Eric Larocque": Eric
    Larocque, not "Acadian"), else the mention itself."""
    if not _SPEAKS_BEFORE.search(dd.text[max(0, f.start - 20) : f.start]):
        return f  # "Ince called Kameron …": the subject of the verb, not one after it
    for g in dd.people(f.end, end):
        if _ROLE_GAP.fullmatch(dd.text, f.end, g.start):
            return g
        break
    return f


def _speaks(dd: DocView, f: Found) -> bool:
    text = dd.text
    possessive = text[f.end : f.end + 2] in ("'s", "’s")  # "says Van Stigt's house …": not the speaker
    # "…, said Mars was surely habitable": the subject of the clause after the verb, not its speaker
    clause = _FINITE_AFTER.match(text, f.end) is not None
    return bool(
        _SPEAKS_AFTER.match(text, f.end)
        or (not possessive and not clause and _SPEAKS_BEFORE.search(text[max(0, f.start - 20) : f.start]))
    )


_FINITE_AFTER = re.compile(
    r"\s+(?:was|were|is|are|had|has|have|would|will|could|can|did|does|do|must|should|may|might)\b"
)
