"""People, organisations and places of a story, with short forms merged across documents.

Two recognisers find candidate names in each document: the core rules (`rules.py`, no model) or
spaCy's `en_core_web_sm` (`spacy_ner.py`, the `[nlp]` extra). The story-level pass here is the same
for both: it decides what one document left open ("Olgin" is a person once "Mollie Olgin" is),
merges short forms with full names ("Trump" -> "Donald Trump", "Kim" -> "Kim Jong Un", "U.S." ->
"United States", "DNC" -> "Democratic National Committee", "Tyson" -> "Tyson Foods" when the story
names the company in full) and builds one `Entity` per name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..lexicon.gazetteer import Gazetteer, canonical_alias, gazetteer, key, word_list
from ..lexicon.verbs import SPEECH_WORDS, listed_form
from ..model import Document, Entity, Mention, Sentence
from .caseless import _STATE_WORDS
from .kinds import SURNAME_HEADS
from .namedata import data_places
from .rules import _SPEECH_AFTER, _SYLLABLE_PAIR, GENERATIONAL_SUFFIXES, Candidate, common

KINDS = ("person", "organization", "place")
# `\b[a-z][a-z'’\-]+\b` with its first letter first: the regex engine skips to a letter, where a leading
# `\b` had it try every position
_LOWER_WORD = re.compile(r"[a-z](?<=\b[a-z])[a-z'’\-]+\b")
_SMALL = frozenset(
    [
        "of",
        "and",
        "the",
        "for",
        "&",
        "de",
        "del",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
    ]
)
_PARTICLES_LOWER = frozenset(w.lower() for w in _SMALL)
# kind rules whose evidence a person's name cannot give ("the Abu Salim facility", "the Jets")
_SURE_KIND = frozenset(
    [
        *("place-noun-after", "org-noun-after", "team", "domain-name", "numbered-place"),
        *("place-after-preposition", "first-name-town", "venue-named-after"),
    ]
)
# rule place-after-preposition: a preposition of place right before a lone word ("in Austin", "the town
# of Eagar"); not "to" or "from", which take people as often ("wrote to Bush", "support from Bush")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|(?:town|city|village) of)\s+$", re.IGNORECASE)
# "the daughter of another industry icon ": a relative of the person just named
_RELATIVE_OF = re.compile(
    r"\b(?:daughter|son|wife|husband|widow|mother|father|brother|sister|niece|nephew|grandson|granddaughter)"
    r"\s+of\s+(?:[a-z\-]+\s+){0,4}$"
)
_ARTICLE = re.compile(r"[Tt]he\s+(?=\S)")
_HONOR_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Det|Capt|Prof)\.?\s+)+")
# Unknown runs of two or three capitalised words are usually people's names in news text, when the
# last word has a surname's shape (not an ordinary English word: not "Jurassic World").
UNKNOWN_RUN_IS_PERSON = True


def _org_acronym(w: str) -> bool:
    """An acronym the story never spells out is an organisation ("EPA", "NMFS") unless it is one of
    the common acronyms for things (listed in not_acronyms.txt: "CEO", "DNA", "TV")."""
    if not (w.isupper() and w.isalpha() and 2 <= len(w) <= 5) or w in gazetteer().not_acronyms:
        return False
    return not common(w, set())  # "VOTE", "SHOW": an ordinary word in capitals


def _may_be_person(c: Candidate) -> bool:
    return UNKNOWN_RUN_IS_PERSON and not c.weak and not c.plain


@dataclass(frozen=True, slots=True)
class Found:
    """One mention: where, what it says, and the entity (index into `EntityIndex.entities`) it names."""

    doc: int
    start: int
    end: int
    entity: int


@dataclass
class EntityIndex:
    """The story's entities and, per document, their mentions in text order."""

    entities: tuple[Entity, ...]
    by_doc: list[list[Found]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [[f.start for f in fs] for fs in self.by_doc]
        self.by_name = {e.name: e for e in self.entities}

    def kind(self, f: Found) -> str:
        return self.entities[f.entity].kind

    def name(self, f: Found) -> str:
        return self.entities[f.entity].name

    def within(self, doc: int, start: int, end: int, kind: str | None = None) -> list[Found]:
        """Mentions that lie inside [start, end) of a document, in order."""
        fs, st = self.by_doc[doc], self._starts[doc]
        i = bisect.bisect_left(st, start)
        out = []
        while i < len(fs) and fs[i].start < end:
            if fs[i].end <= end and (kind is None or self.kind(fs[i]) == kind):
                out.append(fs[i])
            i += 1
        return out

    def before(self, doc: int, pos: int, kind: str | None = None) -> list[Found]:
        """Mentions ending at or before `pos`, nearest last."""
        fs = self.by_doc[doc]
        i = bisect.bisect_left(self._starts[doc], pos)
        return [f for f in fs[:i] if f.end <= pos and (kind is None or self.kind(f) == kind)]

    def canonical(self, surface: str) -> str | None:
        """The full name an entity surface form belongs to, if the story has it."""
        return self._surface.get(surface)

    _surface: dict[str, str] = field(default_factory=dict)


def lower_vocabulary(documents: Sequence[Document]) -> set[str]:
    """Every lower-case word in the story: a capitalised word also seen in lower case is ordinary.
    Read once per story (the recogniser and `_settle` both ask): one set, to be read, never changed."""
    return _lower_vocabulary(tuple(d.text for d in documents))


@lru_cache(maxsize=1)
def _lower_vocabulary(texts: tuple[str, ...]) -> set[str]:
    vocab: set[str] = set()
    for t in texts:
        vocab.update(_LOWER_WORD.findall(t))
    return vocab


def sentence_starts(sentences: Sequence[Sentence], n_docs: int) -> list[list[int]]:
    starts: list[list[int]] = [[] for _ in range(n_docs)]
    for s in sentences:
        starts[s.doc].append(s.start)
    return starts


def recognise_rules(documents: Sequence[Document], sentences: Sequence[Sentence]) -> list[list[Candidate]]:
    """Candidates of every document from the core rules."""
    from .rules import recognise

    vocab = lower_vocabulary(documents)
    starts = sentence_starts(sentences, len(documents))
    return [recognise(d.text, starts[i], vocab) for i, d in enumerate(documents)]


def _words(name: str) -> list[str]:
    return [w for w in name.replace(".", ". ").split() if w not in _SMALL]


# rule regnal-suffix: a numeral after a person's name ("Pope John Paul II", "William Ford III") ends the name
# as "Jr." does: "John Paul" later in the story is the same person, shown by the full form
_NAME_SUFFIXES = GENERATIONAL_SUFFIXES | frozenset(["II", "III", "IV"])


@lru_cache(maxsize=8192)
def _person_words(name: str) -> tuple[str, ...]:
    """The words that name a person: no particles, initials or generational or regnal suffix ("Jr.",
    "II"), so the last is the surname ("Powless" of "Irving Powless Jr.", "Paul" of "John Paul II").
    Worked out once per distinct name (resolve asks about each name many times)."""
    ws = [w.strip('“”"').rstrip(".") for w in name.split() if w not in _SMALL and w.strip('“”"')]
    ws = [w for w in ws if len(w) != 1]  # a quoted nickname counts without its marks ("Snooki")
    return tuple(ws[:-1] if len(ws) >= 3 and ws[-1] in _NAME_SUFFIXES else ws)


def _suffix(name: str) -> str | None:
    last = name.split()[-1].rstrip(".") if name.split() else ""
    return last if last in _NAME_SUFFIXES else None


def _initials(name: str) -> str:
    """The acronym a name's capitals spell; a dotted abbreviation gives all its letters (rule
    dotted-initials: "U.S. Postal Service" is "USPS", so "UPS", the company, is not taken for it)."""
    return "".join(
        w.replace(".", "") if "." in w.rstrip(".") else w[0]
        for w in name.split()
        if w not in _SMALL and w[0].isupper()
    )


def resolve(documents: Sequence[Document], cands: Sequence[Sequence[Candidate]]) -> EntityIndex:
    """Decide open candidates, merge short forms and build the story's entities."""
    cands = _without_glued_words(
        _place_acronyms(_place_forces(documents, _settle(documents, _without_works(cands))))
    )
    cands = _surname_cued(cands)
    persons = _person_names(cands)
    last_index: dict[str, list[str]] = defaultdict(list)
    first_index: dict[str, list[str]] = defaultdict(list)
    # a word of a name that is no first name and not its last word: a surname written first ("Zhu" of
    # "Zhu Muzhi") or a first surname ("Salas" of "Henrique Salas Romer"); used when it fits one person
    lead_index: dict[str, list[str]] = defaultdict(list)
    g = gazetteer()
    for full in persons:
        ws = _person_words(full)
        if len(ws) >= 2:
            last_index[ws[-1]].append(full)
            if ws[0] in gazetteer().first_names or len(ws) >= 3:  # "Hillary", "Kim" (Kim Jong Un)
                first_index[ws[0]].append(full)
            # rule family-name-first: before a given name of hyphened syllables ("Moon Jae-in") the
            # first word is the family name, an ordinary English word or not ("Moon said")
            family_first = _SYLLABLE_PAIR.fullmatch(ws[-1]) is not None
            for w in ws[:-1]:
                if (
                    w[1:].islower()
                    and w not in g.first_names
                    and not g.kind_of((w,))
                    and (family_first or not common(w, set()))  # an ordinary English word ("New", "West")
                ):
                    lead_index[w].append(full)
    lead_index = {w: v for w, v in lead_index.items() if len({persons[o] for o in v}) == 1}
    orgs_full = {
        c.text.removeprefix("the ").removeprefix("The ")
        for cs in cands
        for c in cs
        if c.kind == "organization" and len(c.text.split()) >= 2
    }
    companies = _company_short_forms(cands, orgs_full, last_index)
    companies |= _short_forms_in_parentheses(documents, cands)
    acronyms: dict[str, str] = {}
    for o in sorted(orgs_full):
        ini = _initials(o)
        if len(ini) >= 2:
            acronyms.setdefault(ini, o)
    for o in sorted(orgs_full):
        if len(_initials(o)) >= 2:
            acronyms.setdefault("T" + _initials(o), o)  # "THR": The Hollywood Reporter

    # single words the story gives a person by evidence ("Chad said"): such a first name is no place
    said = {c.text for cs in cands for c in cs if c.kind == "person" and c.person_cue and " " not in c.text}
    # ... of which those by evidence firmer than a speech verb ("Nine-year-old Kieran", "Mayor Nutter"):
    # organisations speak too ("Nestlé said"), so a soft person gives its word to no other mention
    sure_words = {
        c.text
        for cs in cands
        for c in cs
        if c.kind == "person" and c.person_cue and not c.soft and " " not in c.text
    }
    # how often the story names each person in full (a short form goes to the most named)
    full_counts = Counter(persons[t] for cs in cands for c in cs if (t := _untitled(c.text)) in persons)
    # the titles the story writes before each person's full name ("President Barack Obama")
    offices: dict[str, set[str]] = defaultdict(set)
    for d, cs in enumerate(cands):
        for c in cs:
            t = _untitled(c.text)
            if t in persons and (title := _title_of(documents[d].text, c)) is not None:
                offices[persons[t]].add(title)
    counts: Counter[str] = Counter()
    mentions: list[tuple[int, int, int, str, str]] = []  # doc, start, end, name, kind
    for d, cs in enumerate(cands):
        seen_here: dict[str, int] = {}  # full person name -> last position in this document
        for c in cs:
            pre = documents[d].text[max(0, c.start - 6) : c.start]
            if (
                c.kind in ("organization", "place")
                and c.text in last_index
                and _SPEECH_AFTER.match(documents[d].text[c.end : c.end + 60])
            ):
                c = replace(c, kind="person")  # "Fox said": the surname of James Alan Fox, not the network
            if (c.text in last_index or c.text in first_index) and _place_after_preposition(
                documents[d].text, c
            ):
                c = replace(c, kind="place", rule="place-after-preposition", soft=False, weak=False)
            if c.text in companies and (c.kind is None or c.soft or c.context or c.rule == "unknown-run"):
                # rule company-short-form, also over a place only by "from X"/"at X" ("an app from Xora")
                c = replace(c, kind="organization", text=companies[c.text], soft=False, weak=False)
            if c.kind in (None, "person") and _ordinary_family_name(
                documents[d].text, c, lead_index, persons
            ):
                continue
            honor = _HONOR_BEFORE.search(pre)
            if honor and not _HONORIFIC.match(c.text):
                c = replace(c, text=f"{honor.group(1)} {c.text}")  # "Mr Wilson": the title tells who
            name, kind = _decide(
                c,
                persons,
                last_index,
                first_index,
                lead_index,
                acronyms,
                seen_here,
                full_counts,
                said,
                sure_words,
                (_title_of(documents[d].text, c), offices),
            )
            if name is None or kind is None:
                continue
            if (
                kind == "person"
                and _person_words(name)[-1] in _person_words(_untitled(c.text))
                and not _RELATIVE_OF.search(documents[d].text, max(0, c.start - 60), c.start)
            ):
                # only forms with the surname decide what a bare surname means; a relative named in
                # apposition ("Eden Sassoon, the daughter of … Vidal Sassoon") does not
                seen_here[name] = c.start
            counts[name] += 1
            # "of The Wall Street Journal": the organisation's name, as the entity's own, is "Wall Street
            # Journal"; the article is no part of the mention (unless the name keeps it)
            the = _ARTICLE.match(c.text) if kind == "organization" and not name.startswith("The ") else None
            mentions.append((d, c.start + (the.end() if the else 0), c.end, name, kind))

    mentions = _place_prefixed(mentions)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, _, name, kind in mentions:
        kinds[name][kind] += 1
    names = sorted(kinds, key=lambda n: (-sum(kinds[n].values()), n))
    # majority kind; on a tie the more specific cue wins (a place or organisation noun over a name)
    entity_kind = {n: max(KINDS, key=lambda k: (kinds[n][k], KINDS.index(k))) for n in names}
    ids = {n: i for i, n in enumerate(names)}
    grouped: dict[str, list[Mention]] = defaultdict(list)
    by_doc: list[list[Found]] = [[] for _ in documents]
    surface: dict[str, str] = {}
    for d, s, e, name, _ in sorted(mentions):
        grouped[name].append(Mention(d, s, e))
        by_doc[d].append(Found(d, s, e, ids[name]))
        surface.setdefault(documents[d].text[s:e], name)
    entities = tuple(Entity(n, entity_kind[n], tuple(grouped[n])) for n in names)
    return EntityIndex(entities, by_doc, surface)


# the last word of a company's full name ("Tyson Foods", "Hasbro Inc.", "Lego Group")
_COMPANY_LAST = frozenset(
    [
        *("Inc", "Co", "Corp", "Corporation", "Ltd", "LLC", "Limited", "Group", "PLC", "Plc", "GmbH", "AG"),
        *("SA", "NV", "Foods", "Holdings", "Industries", "Toys", "Products", "Brands", "Images", "Studios"),
        *("Pictures", "Entertainment", "Stores", "Motors", "Airlines", "Airways", "Pharmaceuticals"),
        *("Technologies", "Systems", "Enterprises", "Securities"),
    ]
)


# a company's legal form, last in its full name: the words before it are the company's short name
_LEGAL_FORMS = frozenset(
    ["Inc", "Co", "Corp", "Corporation", "Ltd", "LLC", "Limited", "PLC", "Plc", "GmbH", "AG"]
)


def _before_legal_form(words: list[str]) -> list[str]:
    """The words of a company's full name before its legal form and the ampersand or comma that may
    precede it ("Dow Jones &AMP; Co." -> "Dow Jones", "Xora Systems, Inc." -> "Xora Systems")."""
    front = [w.rstrip(",") for w in words[:-1]]
    while front and front[-1] in ("&", "&AMP;", "&amp;", "and"):
        front.pop()
    return front


def _company_short_forms(
    cands: Sequence[Sequence[Candidate]], orgs_full: set[str], last_index: dict[str, list[str]]
) -> dict[str, str]:
    """The first word of a company's full name -> the company ("Tyson" of "Tyson Foods", "Hasbro" of
    "Hasbro Inc."), the words before a company's legal form when there are two or more ("Dow Jones" of
    "Dow Jones & Co.": `_LEGAL_FORMS`), and the name of a company's web address ("Borders" of
    "Borders.com"); not a word that is also a person's surname, a first name or a listed name, nor one
    shared by two companies."""
    g = gazetteer()
    found: dict[str, set[str]] = defaultdict(set)
    for o in orgs_full:
        ws = o.split()
        if ws[-1].rstrip(".") in _COMPANY_LAST:
            found[ws[0]].add(o)
        if ws[-1].rstrip(".") in _LEGAL_FORMS and len(front := _before_legal_form(ws)) >= 2:
            found[" ".join(front)].add(o)
    for cs in cands:
        for c in cs:
            if c.rule == "domain-name" and "." in c.text:
                found[c.text.split(".")[0]].add(c.text)
    return {
        w: next(iter(v))
        for w, v in found.items()
        if len(v) == 1
        and w[:1].isupper()
        and not w.isupper()
        and w not in last_index
        and w not in g.first_names
        and not g.kind_of(tuple(w.split()))
    }


_PAREN_GAP = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")


def _short_forms_in_parentheses(
    documents: Sequence[Document], cands: Sequence[Sequence[Candidate]]
) -> dict[str, str]:
    """A one-word name in parentheses right after an organisation's name is its short form ("the
    California Department of Transportation (CalTrans)", "… Civil Aviation Safety (BEA)"): wherever the
    story leaves that word open, it is the organisation. (Not an unknown run the acronym spells out:
    "the Advanced Composition Explorer (ACE)" is a spacecraft.)"""
    short: dict[str, set[str]] = defaultdict(set)
    for d, cs in enumerate(cands):
        text = documents[d].text
        for c, n in itertools.pairwise(cs):
            gap = _PAREN_GAP.match(text, c.end)
            if not (gap and gap.end() == n.start and _PAREN_CLOSE.match(text, n.end)) or " " in n.text:
                continue
            if c.kind == "organization" and n.text[:1].isupper():
                short[n.text].add(_bare(c.text))
    return {w: next(iter(v)) for w, v in short.items() if len(v) == 1}


def _place_prefixed(mentions: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, int, str, str]]:
    """An organisation named without the place its full name starts with ("Supreme Court" in a story
    that names the "U.S. Supreme Court") is that organisation, when only one such full name fits."""
    g = gazetteer()
    orgs = sorted({m[3] for m in mentions if m[4] == "organization"})
    tails: dict[str, set[str]] = defaultdict(set)
    for o in orgs:
        ws = o.split()
        for k in (1, 2):
            if len(ws) > k + 1 and g.kind_of(key(" ".join(ws[:k]))) == "place":
                tails[" ".join(ws[k:])].add(o)
    full = {t: next(iter(v)) for t, v in tails.items() if len(v) == 1 and t in orgs}
    if not full:
        return mentions
    return [(d, s, e, full.get(n, n) if k == "organization" else n, k) for d, s, e, n, k in mentions]


@lru_cache(maxsize=8192)  # a story asks again of the same name: 81 % of calls (8 LongBench dev stories)
def _bare(text: str) -> str:
    """A name without its honorifics and an opening "the"."""
    return _untitled(text).removeprefix("the ").removeprefix("The ")


@lru_cache(maxsize=8192)  # `resolve` asks of each candidate's text five times or more (speed54)
def _untitled(text: str) -> str:
    """A name without its honorifics ("Dr. Jane Roe": "Jane Roe")."""
    return _HONORIFIC.sub("", text)


def _without_glued_words(cands: Sequence[Sequence[Candidate]]) -> list[list[Candidate]]:
    """Rule glued-word (session 21): one or two capitalised words before a person's full name, an ordinary
    word among them and no first name, are no part of it when the story writes the name without them
    ("Boy Elian Gonzales", "Communist Gennady Zyuganov", "Fleet Vladimir Navrotsky", "Wine Brat Jeff
    Bundschu": a descriptor or half a title the run took in); the mention keeps only the name."""
    g = gazetteer()
    names = {
        c.text
        for cs in cands
        for c in cs
        if (c.kind == "person" or c.kind is None) and len(_person_words(c.text)) >= 2
    }
    out = []
    for cs in cands:
        row = []
        for c in cs:
            ws = c.text.split()
            for k in (1, 2):
                rest = " ".join(ws[k:])
                if (
                    c.kind in ("person", None)
                    and len(ws) - k >= 2
                    and rest in names
                    and not any(common(w, set()) for w in ws[k:] if w not in g.first_names)
                    and not any(w in g.first_names or w.lower() in _PARTICLES_LOWER for w in ws[:k])
                    and any(common(w, set()) or "-" in w for w in ws[:k])
                    and all(w[:1].isupper() for w in ws[:k])
                ):
                    c = replace(c, start=c.end - len(rest), text=rest)
                    break
            row.append(c)
        out.append(row)
    return out


# rule place-police: a place's police or council after its name, in lower case ("Ferguson police", "the
# Goteborg city council"); written capitalised ("Portland Police") the run already holds the head, and a
# "police department" is the recognisers' to read by its head (caseless `state-after-town`: "newton, kansas
# police department" is the town's, where its name begins unsure)
_FORCE_AFTER = re.compile(r"\s+(?:police(?!\s+(?:department|dept)\b)|(?:city|county|town) council)\b")
_COMMA_BEFORE = re.compile(r",\s*$")


def _place_forces(
    documents: Sequence[Document], cands: Sequence[Sequence[Candidate]]
) -> list[list[Candidate]]:
    """Rule place-police: a place named right before "police" or "city council" names that body, an
    organisation, the head word with it ("Ferguson police said", "the Goteborg city council"); the place's
    other mentions stay the place's. Not a state after a town and a comma ("newton, kansas police")."""
    out = []
    for d, cs in enumerate(cands):
        text = documents[d].text
        row = []
        for c in cs:
            if (
                c.kind == "place"
                and (m := _FORCE_AFTER.match(text, c.end))
                and not _state_after_town(text, c)
            ):
                head = " ".join(text[c.end : m.end()].split())
                c = replace(
                    c,
                    end=m.end(),
                    text=f"{c.text} {head}",
                    kind="organization",
                    rule="place-police",
                    context=False,  # the head word is the evidence, whatever made the place
                    weak=False,
                    soft=False,
                )
            row.append(c)
        out.append(row)
    return out


def _place_acronyms(cands: Sequence[Sequence[Candidate]]) -> list[list[Candidate]]:
    """Rule place-acronym: an acronym no rule could decide that spells a place the story names in two words or
    more, and no organisation of it ("the PCT" beside "the Pacific Crest Trail"), is that place; a name with
    an abbreviation's stop spells none ("ST. KITTS" is no "St. Thomas")."""
    spelt: dict[str, set[tuple[str, str]]] = defaultdict(set)  # initials -> (kind, name) of what spells them
    for cs in cands:
        for c in cs:
            if c.kind in ("place", "organization") and len(c.text.split()) >= 2 and "." not in c.text:
                spelt[_initials(_bare(c.text))].add((c.kind, _bare(c.text)))  # "St. Thomas" spells no "ST"
    places = {}
    for ini, named in spelt.items():
        (kind, name), *others = named
        if len(ini) >= 2 and not others and kind == "place":
            places[ini] = name
    return [
        [
            replace(c, kind="place", text=places[c.text], weak=False, rule="place-acronym")
            if c.kind is None and c.text in places
            else c
            for c in cs
        ]
        for cs in cands
    ]


def _state_after_town(text: str, c: Candidate) -> bool:
    """A US state after a comma ("newton, kansas police"): the town's police, not the state's."""
    last = c.text.split()[-1].lower()
    return last in _STATE_WORDS and _COMMA_BEFORE.search(text, max(0, c.start - 3), c.start) is not None


def _without_works(cands: Sequence[Sequence[Candidate]]) -> list[list[Candidate]]:
    """A name one mention shows to be a work, an event or an animal ("the Jurassic World sequel", "her dog,
    Sophie": `kinds.py`'s pet-name) is left out everywhere in the story, unless a listed name or another
    sure kind rule says otherwise. Rule
    surname-not-work: the surname of a person the story names in full stays a person's where it is no work
    ("The latest polls show Bouchard's Parti Quebecois" read as a title must not take "Bouchard said" from
    Lucien Bouchard in every article); only the mention read as a work goes."""
    surnames = {
        c.text.split()[-1]
        for cs in cands
        for c in cs
        if c.kind == "person" and not c.weak and len(c.text.split()) >= 2
    }
    works = {_bare(c.text) for cs in cands for c in cs if c.rule in _LEFT_OUT} - surnames
    return [
        [c for c in cs if c.rule not in _LEFT_OUT and not (_bare(c.text) in works and c.rule not in _KEEP)]
        for cs in cands
    ]


_LEFT_OUT = frozenset(
    [
        "work",
        "show-star",
        "event",
        "quoted-title",
        "storm-or-illness",
        "term-acronym",
        "pet-name",
        "vessel-name",
    ]
)
_KEEP = frozenset(["listed", "org-noun-after", "org-noun-before", "team", "place-noun-after"])


def _settle(documents: Sequence[Document], cands: Sequence[Sequence[Candidate]]) -> list[list[Candidate]]:
    """Give names that one mention leaves open the kind the story's sure mentions give them.

    A name is a person only with person evidence: a mention the rules could not decide (an unknown
    run of capitalised words, or a person only because a speech verb follows: organisations speak
    too) takes the kind its sure mentions elsewhere give; a place only by its context ("outside X",
    "at X") outvotes the unknown runs of the same name ("Queues at Northvale Central" is the place of
    "a rally outside Northvale Central"; "a comment from Rush Limbaugh" is outvoted); failing that, a
    place name followed by ordinary words is a facility or organisation ("Northvale General said").
    """
    cands = [
        _channel_number(documents[d].text, _listed_with_organisations(documents[d].text, cs))
        for d, cs in enumerate(cands)
    ]
    sure: dict[str, Counter[str]] = defaultdict(Counter)
    context: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    for cs in cands:
        for c in cs:
            if c.context:
                context[_bare(c.text)] += 1
            elif c.kind is not None and not c.weak and not c.soft:
                sure[_bare(c.text)][c.kind] += 1
            elif (c.kind is None and not c.weak and " " in c.text) or c.soft:
                unknown[_bare(c.text)] += 1
    g = gazetteer()
    # surnames the story gives a person by evidence ("Owens said", "Jon Bernthal, 41,"): an unknown run
    # opening a sentence that ends in one is that person's full name ("Arne Owens, a … spokesman")
    surnames = {
        _bare(c.text).split()[-1]
        for cs in cands
        for c in cs
        if c.kind == "person" and not c.weak and (c.person_cue or " " in c.text)
    }
    cands = [_place_given_name(documents[d].text, cs, surnames) for d, cs in enumerate(cands)]
    places = {
        n
        for n, v in sure.items()
        if " " not in n and max(KINDS, key=lambda k: (v[k], KINDS.index(k))) == "place"
    }
    # rule data-place-not-opener: a word the story writes opening an unknown run of capitalised words
    # ("Kanye West") is a given name there, so the name data's town of that name is not what it means
    openers = {c.text.split()[0] for cs in cands for c in cs if c.rule == "unknown-run" and " " in c.text}
    vocab: set[str] | None = None
    d_of = {id(cs): d for d, cs in enumerate(cands)}
    out: list[list[Candidate]] = []
    for cs in cands:
        row: list[Candidate] = []
        for c in cs:
            if c.kind is None and c.weak and _surname_confirmed(c, surnames, g):
                if vocab is None:
                    vocab = lower_vocabulary(documents)
                if not common(_bare(c.text).split()[0], vocab):
                    c = replace(c, kind="person", weak=False, person_cue=True)
            if c.kind is None and c.weak and _pronoun_follows(documents[d_of[id(cs)]].text, c):
                if vocab is None:
                    vocab = lower_vocabulary(documents)
                if not any(common(w, vocab) for w in _bare(c.text).split()):
                    c = replace(c, kind="person", weak=False, person_cue=True)
            if (c.kind is None and not (c.weak and c.text.isupper())) or c.soft:
                # (an unknown acronym waits to be spelt out: see `resolve`)
                text = _bare(c.text)
                votes = sure.get(text)
                ws = text.split()
                if votes:
                    kind = max(KINDS, key=lambda k: (votes[k], KINDS.index(k)))
                    if kind != "person":
                        c = replace(c, kind=kind, weak=False, soft=False)
                elif context[text] > unknown[text]:
                    c = replace(c, kind="place", weak=False, soft=False)
                elif (
                    not c.weak
                    and len(ws) >= 2
                    and (ws[0] in places or g.kind_of((ws[0],)) == "place")
                    and ws[0] not in g.first_names
                ):
                    if vocab is None:
                        vocab = lower_vocabulary(documents)
                    if all(common(w, vocab) for w in ws[1:]):
                        kind = "place" if ws[-1] in g.place_last else "organization"
                        c = replace(c, kind=kind, soft=False)
                elif c.rule == "data-place" and text not in openers:
                    # no evidence in the story: the name data's (`kinds.py`)
                    c = replace(c, kind="place")
            row.append(c)
        out.append(row)
    return out


# the end of a sentence and the next one opening with "He" or "She"; a full stop after an initial or a
# title ends no sentence
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\bMrs)[.!?][\"”’]?\s+")
_HE_OR_SHE = re.compile(r"(?:He|She)\s")


def _place_after_preposition(text: str, c: Candidate) -> bool:
    """Rule place-after-preposition: one word a place list holds (`gazetteer`, `namedata`), right after a
    preposition of place ("lived in Austin", "near Eagar", "the town of Eagar"), stays a
    place though a person of the story has it for a first name or surname ("Austin Swonger", "Brannon
    Eagar"); "Austin said", "in Austin's car" are the person."""
    if " " in c.text or text.startswith(("'s", "’s"), c.end):
        return False  # "in Bush's run", "from Tucker's execution": an owner, the person
    if not _PLACE_PREPOSITION.search(text, max(0, c.start - 30), c.start):
        return False
    k = key(c.text)
    return gazetteer().kind_of(k) == "place" or k in data_places()


def _pronoun_follows(text: str, c: Candidate) -> bool:
    """Rule pronoun-after: a name of two or three words opening its sentence, known from no list and
    from no other mention, whose next sentence opens with "He" or "She" ("Dianne Hardy-Garcia of the
    Lesbian Gay Rights Lobby of Texas … questioned why …. She said …"): news writing goes on about a
    person just named as the subject, so the name is a person's."""
    if not 2 <= len(c.text.split()) <= 3 or not all(w[:1].isupper() for w in c.text.split()):
        return False
    if c.text.split()[0] not in gazetteer().first_names:
        return False  # "Westfield Dynamics cut 300 jobs. He said …": a person's name opens with a first name
    line_start = text.rfind("\n", 0, c.start) + 1
    if text[line_start : c.start].strip() and not re.search(r"[.!?][\"”’]?\s+$", text[line_start : c.start]):
        return False  # not the subject opening a sentence
    end = _SENTENCE_END.search(text, c.end, c.end + 400)
    return (
        end is not None and "\n" not in text[c.end : end.start()] and bool(_HE_OR_SHE.match(text, end.end()))
    )


_LIST_GAP = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


# rule channel-number: a broadcast network's name, then its local station's channel number ("CBS 2", "fox 5",
# "NBC 4 New York"): one organisation, the station, number and all; not a count ("ABC 20 years ago", "CBS 60
# Minutes": a unit or a show's word after it) nor a larger number or a score ("NBC 2-1", "ABC 20/20")
_NETWORKS = frozenset(["abc", "cbs", "nbc", "fox", "cw", "pix", "wgn"])
_CHANNEL = re.compile(
    r" (\d{1,2})(?![\d.,:/%\-])(?! (?:[Mm]inutes?|[Yy]ears?|[Dd]ays?|[Hh]ours?|[Pp]ercent|[Mm]illion))"
)


def _channel_number(text: str, cs: Sequence[Candidate]) -> list[Candidate]:
    """Rule channel-number: a network's name (`_NETWORKS`) found as an organisation, with the channel number
    after it taken into the mention ("CBS 2 reported", "told cbs 2's andrea grymes")."""
    out = list(cs)
    for i, c in enumerate(out):
        if c.kind == "organization" and c.text.lower() in _NETWORKS and (m := _CHANNEL.match(text, c.end)):
            if i + 1 < len(out) and out[i + 1].start < m.end():
                continue  # the number opens another name ("ABC 7 Eyewitness News" read otherwise)
            out[i] = replace(c, end=m.end(), text=f"{c.text} {m.group(1)}")
    return out


def _listed_with_organisations(text: str, cs: Sequence[Candidate]) -> list[Candidate]:
    """Undecided names in an enumeration of three or more whose decided names are all organisations
    ("Pepsi, Taco Bell, Pizza Hut and Kentucky Fried Chicken") are organisations too."""
    out = list(cs)
    chains: list[list[int]] = []
    for i, c in enumerate(out):
        if chains and _LIST_GAP.fullmatch(text, out[chains[-1][-1]].end, c.start):
            chains[-1].append(i)
        else:
            chains.append([i])
    for chain in chains:
        if len(chain) < 3:
            continue
        kinds = Counter(out[i].kind for i in chain if not (out[i].soft or out[i].context or out[i].weak))
        if kinds["organization"] == 0 or kinds["person"] or kinds["place"]:
            continue
        for i in chain:
            c = out[i]
            if (c.kind is None or c.soft) and not c.weak and not (c.person_cue and not c.soft):
                out[i] = replace(c, kind="organization", soft=False, plain=False, rule="org-enumeration")
    return out


def _place_given_name(text: str, cs: Sequence[Candidate], surnames: set[str]) -> list[Candidate]:
    """Rule place-given-name: a listed place split off the front of a run of two capitalised words
    (kinds `listed-inside`) whose second word the story gives a person by evidence ("Dallas Swonger
    wants …" where "Swonger says" stands elsewhere) is that person's first name: one person, not a place
    and a surname. Not after a preposition of place ("in Dallas Swonger's truck" may be the town), nor a
    place in capitals (a dateline)."""
    out = list(cs)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if (
            a.rule == "listed-inside"
            and a.kind == "place"
            and " " not in a.text
            and not a.text.isupper()  # "WASHINGTON Brennick said": a dateline whose dash was lost
            and b.start == a.end + 1
            and text[a.end] == " "
            and " " not in _bare(b.text)
            and _bare(b.text) in surnames
            and (b.kind is None or b.kind == "person")
            and not _PLACE_PREPOSITION.search(text, max(0, a.start - 30), a.start)
        ):
            s0, e0 = a.start, b.end
            out[i - 1 : i + 1] = [
                Candidate(s0, e0, text[s0:e0], "person", person_cue=True, rule="place-given-name")
            ]
    return out


def _surname_confirmed(c: Candidate, surnames: set[str], g: Gazetteer) -> bool:
    """Two or three capitalised words (no listed name, no acronym) ending in a confirmed surname."""
    ws = _bare(c.text).split()
    return (
        2 <= len(ws) <= 3
        and ws[-1] in surnames
        and all(w[:1].isupper() and not w.isupper() for w in ws)
        and not g.kind_of(tuple(ws))
        and not any(g.kind_of((w,)) for w in ws[:-1])
    )


def _surname_cued(cands: Sequence[Sequence[Candidate]]) -> list[list[Candidate]]:
    """Rule surname-cued: an unknown run of two words ending in an ordinary word ("Kanye West",
    `plain`: no name's shape by itself) is a person when the story writes that last word alone with a
    person's cue ("West tweeted", "West, 38,") and the run opens on a plain word that is no ordinary one
    ("Kanye"; not "Jurassic World" beside "World said", not "St. John" of "St. John's Wood"). Not a last
    word that is a given name ("John said") or the surname of a person the story names otherwise ("Muneer
    Own" beside "Muneer Masoud Own": the story-level pass gives it that person as it is). Three words are
    left: a word before a name may be its office ("Regent Wade Connerly"). Nor when two runs end in the
    word ("Tavio Green" beside "Ealing Green"): the cue tells of one of them, not which (review55)."""
    g = gazetteer()
    cued = {
        c.text
        for cs in cands
        for c in cs
        if c.person_cue and c.kind in (None, "person") and " " not in c.text and not g.kind_of((c.text,))
    }
    taken = {c.text.split()[-1] for cs in cands for c in cs if c.kind == "person" and " " in c.text}
    cued -= taken | g.first_names
    if not cued:
        return [list(cs) for cs in cands]

    def fits(c: Candidate) -> bool:
        return (
            c.kind is None
            and c.plain
            and c.rule == "unknown-run"
            and len(ws := c.text.split()) == 2
            and ws[-1] in cued
            and ws[0].isalpha()
            and not common(ws[0], set())
        )

    # the two-word runs of no kind ending in a cued word, whatever rule read them ("Ealing Green", which
    # `fits` leaves, became a person too once "Tavio Green" was one)
    ending = {
        (ws[-1], c.text)
        for cs in cands
        for c in cs
        if c.kind is None and len(ws := c.text.split()) == 2 and ws[-1] in cued
    }
    runs = Counter(last for last, _ in ending)
    return [
        [
            replace(c, kind="person", plain=False, weak=False, rule="surname-cued")
            if fits(c) and runs[c.text.split()[-1]] == 1
            else c
            for c in cs
        ]
        for cs in cands
    ]


def _person_names(cands: Sequence[Sequence[Candidate]]) -> dict[str, str]:
    """Multi-word person names -> the full form they merge into ("John Kerry" -> "John F. Kerry")."""
    forms: Counter[str] = Counter()
    order: dict[str, int] = {}
    for cs in cands:
        for c in cs:
            if c.kind == "person" or (c.kind is None and _may_be_person(c)) or _first_name_heads(c):
                t = _untitled(c.text)
                if len(_person_words(t)) >= 2:
                    forms[t] += 1
                    order.setdefault(t, len(order))
    groups: list[list[str]] = []
    by_last: dict[str, list[tuple[tuple[str, ...], list[str]]]] = defaultdict(list)  # only these can match
    for f in sorted(forms, key=lambda x: (-len(_person_words(x)), order[x])):
        fw = _person_words(f)
        for gw, g in by_last[fw[-1]]:  # groups ending in the same word, oldest first
            # "Van Stigt" is "Rien van Stigt": particles compared without their case
            if _suffix(f) not in (None, _suffix(g[0])):
                continue  # "Irving Powless Sr." is not "Irving Powless Jr.": father and son
            if fw[0] == gw[0] or set(fw) <= set(gw) or _lower_words(f) <= _lower_words(g[0]):
                g.append(f)
                break
        else:
            fuller = _opened_by(fw, f, groups)
            if fuller is not None:
                fuller.append(f)
            else:
                groups.append([f])
                by_last[fw[-1]].append((fw, groups[-1]))
    out: dict[str, str] = {}
    for g in groups:
        best = _shown_name(g, forms, order)
        for f in g:
            out[f] = best
    return out


def _opened_by(fw: tuple[str, ...], f: str, groups: list[list[str]]) -> list[str] | None:
    """Rule name-opens-fuller: a name of two words that opens the one longer name the story gives a
    person ("Hugo Chavez" of "Hugo Chavez Frias", "Fundi Twawilou" of "Fundi Twawilou Abdulfateh": a
    double surname, a patronymic, a teacher's title) is that person; None when no group's fullest form
    or more than one opens with it ("Kim Jong" of "Kim Jong Il" and "Kim Jong Un")."""
    if len(fw) != 2 or _suffix(f):
        return None
    found = [g for g in groups if len(gw := _person_words(g[0])) >= 3 and gw[:2] == fw]
    return found[0] if len(found) == 1 else None


def _shown_name(group: list[str], forms: Counter[str], order: dict[str, int]) -> str:
    """Rule most-frequent-full-form: a person is shown by the full form (the fullest form's first and
    last word) the story writes most often, the longest only on a tie: "Clarissa Dickson Wright", not
    her baptismal name written once ("Clarissa Theresa Philomena … Esmerelda Dickson Wright"); a short
    form is never shown ("Rien van Stigt", not the more frequent "Van Stigt")."""
    longest = max(group, key=lambda x: (len(x.split()), forms[x], -order[x]))
    lw, g = longest.split(), gazetteer()
    full = [f for f in group if _full_form(f.split(), lw, g) and _suffix(f) == _suffix(longest)]
    return max(full, key=lambda x: (forms[x], len(x.split()), -order[x]))


def _full_form(fw: list[str], lw: list[str], g: Gazetteer) -> bool:
    """`fw` keeps the first and last word of `lw`, in order, and leaves out only middle names, none a
    head word ("Douglas PUD" is no full form of "Douglas County PUD", "George W. Bush" none of "George
    Herbert Walker Bush")."""
    if fw[0] != lw[0] or fw[-1] != lw[-1]:
        return False
    rest = iter(lw)
    if not all(w in rest for w in fw):  # in order, a subsequence
        return False
    left_out = [w for w in lw if w not in fw]
    return not any(w in g.place_last or w in g.org_last for w in left_out)


def _lower_words(name: str) -> set[str]:
    return {w.lower().rstrip(".") for w in name.split()}


def _first_name_heads(c: Candidate) -> bool:
    """A name whose head word made it a place or organisation but whose first word is a first name
    and whose head is also a surname ("Jim Hall", "Lena Park"): `_decide` makes it a person."""
    if c.kind not in ("organization", "place") or c.rule in _SURE_KIND:
        return False
    g = gazetteer()
    ws = _untitled(c.text).split()
    return (
        2 <= len(ws) <= 3
        and ws[0] in g.first_names
        and not g.kind_of(key(" ".join(ws)))
        and ws[-1] not in g.org_last
        and (ws[-1] not in g.place_last or ws[-1] in SURNAME_HEADS)
    )


# rule ordinary-family-name: a family name written first that is also an ordinary word ("Moon" of Moon
# Jae-in, "Park" of Park Geun-hye) names its bearer alone only where it reads as a name: not after an article
# or determiner ("The Moon was full", "a new Moon") and not before a lower-case word that is neither a verb
# nor a function word, the noun it then modifies ("Park officials", "Moon landing"); a title before it
# ("President Moon") or a verb of saying after it ("Moon said") is evidence enough
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|our|his|her|my|your|every|each|no|new|full|half|crescent)\s+$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# closed-class words, adverbs and the irregular pasts `listed_form` misses ("Moon met", "Park left")
_FUNCTION_AFTER = word_list("closed_class.txt") | frozenset(
    """also then still once now again whose whom himself herself met went took gave made left held came won
    lost became sent spoke kept led ran saw knew got put set flew fought sought brought bought chose
    drew shook sat stood wore felt thought heard paid sold built struck hit meant fled threw grew
    rode""".split()  # noqa: SIM905
)
# a past form `listed_form` does not know ("Moon visited", "Park thanked"): `verbs.txt` leaves out every
# lemma that is also a noun ("visit", "order", "thank"), but a noun a name modifies is rarely an "-ed" word
_PAST_FORM = re.compile(r"[a-z]{2,}[^e]ed")
# a present form `listed_form` does not know ("Moon wants the two Koreas to", "Park needs more"): an "-s" word
# with an object or a clause opening right after it; a plural noun the name modifies is followed by its own
# verb instead ("Park officials said", "Moon landings were")
_PRESENT_OBJECT = re.compile(r"[a-z]{2,}[^su]s\s+(?:to|the|a|an|his|her|their|its|it|them|him|this|more)\b")


def _ordinary_family_name(
    text: str, c: Candidate, lead_index: dict[str, list[str]], persons: dict[str, str]
) -> bool:
    """A bare mention of a family name that is an ordinary word, used as that word here (rule
    ordinary-family-name)."""
    w = c.text
    if w not in lead_index or w in persons or not common(w, set()) or (c.person_cue and not c.weak):
        return False
    if title_before(text, c.start) is not None:
        return False
    if _DETERMINER_BEFORE.search(text, max(0, c.start - 12), c.start):
        return True
    after = _WORD_AFTER.match(text, c.end)
    return after is not None and not _verb_after(text, after)


def _verb_after(text: str, after: re.Match[str]) -> bool:
    """The word `after` a family name reads as its verb: a function word, a verb of saying, a listed
    verb form, a past form or a present form with its object (`_PRESENT_OBJECT`), or an "-ly" adverb
    before one ("Moon quickly denied")."""
    w = after.group(1)
    if w in _FUNCTION_AFTER or w in SPEECH_WORDS or listed_form(w) or _PAST_FORM.fullmatch(w):
        return True
    if _PRESENT_OBJECT.match(text, after.start(1)):
        return True  # "Moon wants the two Koreas to march", "Park hopes that": a verb with its object
    then = _WORD_AFTER.match(text, after.end()) if w.endswith("ly") else None
    return then is not None and not then.group(1).endswith("ly") and _verb_after(text, then)


def _decide(
    c: Candidate,
    persons: dict[str, str],
    last_index: dict[str, list[str]],
    first_index: dict[str, list[str]],
    lead_index: dict[str, list[str]],
    acronyms: dict[str, str],
    seen_here: dict[str, int],
    full_counts: Counter[str],
    person_words: set[str],
    sure_words: set[str],
    titled: tuple[str | None, dict[str, set[str]]] = (None, {}),
) -> tuple[str | None, str | None]:
    text = _untitled(c.text)
    if c.rule == "caseless-surname-of-another":
        # a surname another person may share in a story that lost its case (`caseless._shared_surnames`):
        # a person of its own, never the full name of one who shares it
        return text, "person"
    g = gazetteer()
    if (
        c.kind == "place"
        and c.rule != "place-after-preposition"
        and text in g.first_names
        and (text in first_index or text in person_words)
    ):
        c = replace(c, kind="person")  # a first name is never a place once the story names the person
    if c.kind in ("organization", "place") and c.rule not in _SURE_KIND and not g.kind_of(key(text)):
        # a model may call a person's surname an organisation ("Spacey"): the story says otherwise
        ws = text.split()
        # rule data-place-opens-name: a place only the names data gives ("Kanye", a town in Botswana)
        # that the story writes opening a person's full name ("Kanye West") is that person
        one = len(ws) == 1 and (
            ws[0] in last_index
            or ws[0] in first_index
            or ws[0] in gazetteer().first_names
            or (c.rule == "data-place" and ws[0] in lead_index)
        )
        # an organisation head word is rarely a surname ("Simon Wiesenthal Center"); place heads often
        # are ("Lena Park", "Anna Hill")
        headed = len(ws) >= 2 and (
            ws[-1] in g.org_last or (ws[-1] in g.place_last and ws[-1] not in SURNAME_HEADS)
        )
        if not headed and (text in persons or one or (ws and ws[0] in g.first_names and len(ws) <= 3)):
            c = replace(c, kind="person")
    if c.kind in ("organization", "place"):
        bare = text.removeprefix("the ").removeprefix("The ")
        if c.rule == "title-case-acronym":
            bare = bare.upper()  # "Isis": named as "ISIS" is (its listed full name, "Islamic State")
        name = (canonical_alias(bare) or acronyms.get(bare)) if bare.isupper() else canonical_alias(bare)
        return name or bare, c.kind
    if text in persons:
        return persons[text], "person"
    ws = _person_words(text)
    if not ws:
        return None, None
    if len(ws) == 1:
        w = ws[0]
        title, offices = titled
        for index in (last_index, first_index, lead_index):
            options = index.get(w)
            if options:
                full = sorted({persons.get(o, o) for o in options})
                if (
                    index is last_index
                    and title is not None
                    and (len(full) > 1 or _man_titled(title, full[0]))
                ):
                    # title-fits-bearer: "Mrs Wilson" is not "Gary Wilson", "President Obama" not "First
                    # Lady Michelle Obama"; two bearers fit or none: the surname stays as written
                    fits = [o for o in full if _title_fits(title, o, offices)]
                    if len(fits) > 1 and _spelling_variants(fits):
                        return _nearest(fits, seen_here, full_counts, c.start), "person"
                    return (fits[0] if len(fits) == 1 else text), "person"
                if title in _GENDERED_TITLE and len(full) > 1:
                    # a first name or a surname written first: the gendered title picks where it tells
                    female = _GENDERED_TITLE[title]
                    full = [o for o in full if (o.split()[0] in gazetteer().female_names) == female] or full
                return _nearest(full, seen_here, full_counts, c.start), "person"
        if c.kind is None and w in acronyms:
            return acronyms[w], "organization"
        if c.kind == "person" or (c.person_cue and not c.weak):
            return text, "person"
        if c.kind is None and c.rule == "unknown-run" and not c.plain and w in sure_words:
            # rule word-named-person: "Nine-year-old Kieran" is a person, so are the bare "Kieran" of the
            # story's other sentences (even one opening a sentence), a name no list and no full form holds
            return text, "person"
        if c.kind is None and _org_acronym(w):
            return w, "organization"
        return None, None
    # an unknown multi-word run: a person if it shares a surname with one, else by the default rule
    if ws[-1] in last_index:
        same_first = [o for o in last_index[ws[-1]] if _person_words(o)[0] == ws[0]]
        return (persons.get(same_first[0], text) if same_first else text), "person"
    if c.kind == "person" or (c.kind is None and _may_be_person(c)):
        return persons.get(text, text), "person"
    return None, None


# Rule title-fits-bearer: the title or role written right before a surname ("President Obama", "mrs.
# clinton", "Sen. Kennedy"), in either case. A gendered title fits a bearer by the first name's gender
# (`female_names`); an office fits a bearer the story writes with that office before the full name
# ("President Barack Obama", not "First Lady Michelle Obama"). "vice president" is its own office.
_TITLE_BEFORE = re.compile(
    r"(?<![\w.])((?:vice|deputy|first)\s+)?(mr|mrs|ms|miss|mme|lady|president|senator|sen|representative|rep"
    r"|congressman|congresswoman|governor|gov|mayor|secretary|judge|justice|general|gen|chancellor"
    r"|prime\s+minister|minister|prince|princess|king|queen|(?:mr|mrs|ms|sen|rep|gov|gen)\.) +$",
    re.IGNORECASE,
)
_TITLE_WORD = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general"}
_GENDERED_TITLE = {"mr": False, "mrs": True, "ms": True, "miss": True, "mme": True, "first lady": True}
_GENDERED_TITLE |= {"lady": True, "prince": False, "princess": True, "king": False, "queen": True}


def _title_of(text: str, c: Candidate) -> str | None:
    """A candidate's title: its own honorific ("Sen. Kennedy", "Mrs Wilson") or the one written before it."""
    own = _HONORIFIC.match(c.text)
    return title_before(own.group(0), len(own.group(0))) if own else title_before(text, c.start)


# the last word of each title `_TITLE_BEFORE` reads, as the text may end on it before the spaces: the pattern
# is searched only where an ASCII text ends so (`title_before` runs on every name a story writes, the
# pattern's thirty tries on each ten times the cost of this test; few names have a title before them)
_TITLE_ENDS = tuple(
    [
        *("mr", "mrs", "ms", "miss", "mme", "lady", "president", "senator", "sen", "representative", "rep"),
        *("congressman", "congresswoman", "governor", "gov", "mayor", "secretary", "judge", "justice"),
        *("general", "gen", "chancellor", "minister", "prince", "princess", "king", "queen"),
        *("mr.", "mrs.", "ms.", "sen.", "rep.", "gov.", "gen."),
    ]
)


def title_before(text: str, start: int) -> str | None:
    """The title written right before `start`, lower case ("president", "vice president", "mrs")."""
    head = text[max(0, start - 30) : start]
    if head.isascii() and not head.removesuffix("\n").rstrip(" ").lower().endswith(_TITLE_ENDS):
        return None  # `_TITLE_BEFORE` ends on a title, spaces and the end (`$`: or a last newline)
    m = _TITLE_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    title = " ".join(((m.group(1) or "") + m.group(2).rstrip(".")).lower().split())
    return _TITLE_WORD.get(title, title)


def _spelling_variants(names: list[str]) -> bool:
    """Rule spelling-variant: full names whose first names are one letter apart, added or left out
    ("Mohamed Morsi", "Mohammed Morsi"; "Gary", "Garry"), or one name transliterated two ways (rule
    transliterated-first-name: "Vladimir" / "Volodymyr Katriuk"), are one bearer written two ways."""
    firsts = sorted({n.split()[0].lower() for n in names}, key=len)
    return all(
        (len(b) == len(a) + 1 and any(b[:k] + b[k + 1 :] == a for k in range(len(b))))
        or _transliterated(a, b)
        for a, b in itertools.pairwise(firsts)
    )


def _transliterated(a: str, b: str) -> bool:
    """Rule transliterated-first-name: two first names with one initial and one skeleton of at least four
    consonants (vowels and "y" left out, a doubled letter once: "vldmr") are one name transliterated two
    ways ("Vladimir", "Volodymyr"); short skeletons are left out, as "Tim" and "Tom" are two names, and so
    are two listed given names ("Kristen" / "Kristin", "Brandon" / "Brendan": `first_names`) or a woman's
    and another's ("Marilyn" / "Marlon": `female_names`; review46)."""
    skeleton = _consonant_skeleton(a)
    if a[:1] != b[:1] or len(skeleton) < _SKELETON_MIN or skeleton != _consonant_skeleton(b):
        return False
    g, (ta, tb) = gazetteer(), (a.capitalize(), b.capitalize())
    both_listed = ta in g.first_names and tb in g.first_names
    return not both_listed and (ta in g.female_names) == (tb in g.female_names)


def _consonant_skeleton(name: str) -> str:
    """A first name's consonants in order, a run of one letter written once ("mohammed" -> "mhmd")."""
    letters = [ch for ch in name if ch.isalpha() and ch not in "aeiouy"]
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or letters[i - 1] != ch)


_SKELETON_MIN = 4


def _man_titled(title: str, bearer: str) -> bool:
    """Rule title-not-woman: "Mr. Obama" is not Michelle Obama though she is the story's only Obama (a
    woman's first name, `female_names`; no list tells a man's, so "Mrs." is judged only among two)."""
    return _GENDERED_TITLE.get(title) is False and bearer.split()[0] in gazetteer().female_names


def _title_fits(title: str, bearer: str, offices: dict[str, set[str]]) -> bool:
    """Does a full name's bearer fit a title: a gendered one by the first name, an office by the story."""
    if title in _GENDERED_TITLE:
        return (bearer.split()[0] in gazetteer().female_names) == _GENDERED_TITLE[title]
    return title in offices.get(bearer, set())


def _nearest(options: list[str], seen_here: dict[str, int], counts: Counter[str], pos: int) -> str:
    """Of several full names a short form could stand for ("Trump": Donald or Melania): the one named
    in the few lines before, else the one the story names most in full, else the last named here."""
    here = [o for o in options if o in seen_here]
    if here:
        last = max(here, key=lambda o: seen_here[o])
        if pos - seen_here[last] <= _NEAR_CHARS:
            return last
    return max(options, key=lambda o: (counts[o], seen_here.get(o, -1), -options.index(o)))


_NEAR_CHARS = 300
