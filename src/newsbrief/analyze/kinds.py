"""What kind of name a capitalised piece is, decided by evidence: an ordered table of small named rules.

`rules.py` cuts a document's capitalised runs into pieces (titles and demonyms split off); each
piece goes through `KIND_RULES` in order. A rule either trims the piece and lets the next rule look
(the `trim-*` rules), or decides: it emits a candidate (person, organisation, place, or None when the
document alone does not tell) or drops the piece, and returns True. The first rule that decides wins,
so the specific evidence (a listed name, a head word, a work or event cue) comes before the general
(context words, "an unknown run may be a person"). Sports teams and squads, media outlets and
companies named by the noun after them or by words said only of a company ("shares of X") or by a
post only a body holds ("president of X") are organisations, and so are "the House" and "the
Cabinet" alone and an acronym opening a two-word name ("CTV Winnipeg"); a person's town ("Linda
Holloway of Shawnee said") is a place; a plural before a plural verb ("The Onondagas say") is a
group, no person; facilities (lodges, parks, prisons) are places; events, shows ("Chicago Auto Show", "The
Larry Sanders Show") and works (films, books, games) and names that are a whole quotation ("“The Phantom
Menace”") or sit among the title-case words of a short quotation ("“Good Will Hunting”") are left out, and
so are products named by their container ("a bottle of Inca Kola"); an outlet writing its name in capitals
after "told" ("told PEOPLE", "told USA TODAY") is an organisation; a dateline
left inside a text ("HAYS, Kan. (AP) --") is a place; a name in capitals heading a transcript's turn or a
credit ("KENT JONES (writer): …", a turn's heading whatever its first name: "JUDD APATOW:") or after "By"
is a person, a listed name in capitals is that name, "THE" before it no part of it ("THE WASHINGTON
POST"), a first name and a listed place with a person cue one person ("GOP consultant Mike Madrid"), a
domed stadium, a sports ground ending in "Field" and "the Capitol" places, and a clock's "P.M." before a
name is no part of it, nor is an office's domain after a title and "of" ("Minister of Health Joshua Angatia":
`rules._office_domain`); a show named before "star" with a possessive inside ("Dawson's Creek star") and a
field of study after an academic post ("professor in
Analytical Chemistry") are left out; a house of worship named before its noun ("the Hassan mosque") is a
place, two or three Greek letters ("Zeta Beta Tau") a fraternity, an acronym before an ordinary word
("MPAA Classification") the body alone, and the plural of a role word ("Diplomats said") no person; a
first name is never a place; an event's head word alone or its adjective ("the Games", "Olympic champion")
is left out, a lone given name after "the" before a mark or a verb ("the Paloma was", "the Mackenzie, a
hotel": a ship or a house) no person (`the-first-name`), nor a name after an animal's or a vessel's noun
(`pet-name`: "her dog, Sophie"; `vessel-name`: "the support vessel Carolyn Chouest"), a name opening
with the word for "party" ("Parti Quebecois", "Bloc Quebecois") is an organisation, and a plural demonym
formed from a listed place ("Texans", "Quebecers") or a plural acronym ("MPs") no entity; "Minister of
Electricity and Energy Osman Abaza" ends the office's domain at the name (session 18); an unknown
capitalised run is a
person only with person evidence (a first name, a title or role, a speech verb, an age) or when the
story confirms it (`entities.py`), and one opening on an ordinary word no first-name list holds ("Crime
Stoppers", "Iron Dome") has no name's shape (session 37, with: a listed first name before a listed place
is a full name, "Michael Jackson"; a body's head or "Occupy" before a place one body, "Imperial College
London"; two unknown words after "from" no place by that alone; an award after a determiner, "his Oscar",
left out; a first name between "in" and a state, "in Aurora, Colorado", the town). Last of the
evidence, after every cue in the text: a place a well-kept data package lists (`namedata.py`, the
`[names]` extra).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from ..lexicon.gazetteer import Gazetteer, gazetteer, word_list
from ..lexicon.titles import ABBREVIATED_TITLES
from ..lexicon.verbs import listed_form
from .namedata import data_places
from .rules import (
    _AGE_AFTER,
    _APPOS_PERSON,
    _APPOS_ROLE,
    _APPOS_SPEECH_AFTER,
    _AT_BEFORE,
    _AT_PERSON,
    _BROADCASTER,
    _CALL_SIGN,
    _NUMBERED_PLACE,
    _OF_JOINERS,
    _PARTICLES,
    _PARTY_AFTER,
    _PLACE_BEFORE,
    _PLACE_NOUN,
    _PORTUGUESE_OF,
    _SPEECH_AFTER,
    _SPEECH_BEFORE,
    _SYLLABLE_PAIR,
    DOMAIN_END,
    GENERATIONAL_SUFFIXES,
    OPENING_PLACE_WORDS,
    PLACE_BEFORE_WORDS,
    PLACE_TAIL,
    SPEECH_BEFORE_WORDS,
    TOLD_VERBS,
    Candidate,
    Tok,
    _cand,
    _listed_in_capitals,
    _longest_listed,
    _norm_word,
    _opens_name,
    _role_before,
    common,
    of_tail_at,
    outlet_word,
)

# rule starred-in: what an actor stars in or a sequel follows is a work ("starred in Jurassic World")
_STARRED_CUE = r"(?:co-)?starred in|starring (?:role )?in|cameo in|(?:sequel|prequel) to"
# a work (film, book, game …) or a craft ("the Galileo spacecraft") named by the word before or after it:
# left out
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|book|novel|memoir|song|album|show|series|sitcom|play|musical|opera|game|video game|"
    r"documentary|episode|painting|poem|franchise|"
    r"(?:production|staging|adaptation|remake) of(?: [Tt]he)?|" + _STARRED_CUE + r")\s+$"
)
# the cue words of rule work: the last word of each `_WORK_BEFORE` ending, the first of each `_WORK_AFTER` one
_WORK_WORDS_BEFORE = frozenset(
    [
        *("film", "movie", "book", "novel", "memoir", "song", "album", "show", "series", "sitcom", "play"),
        *("musical", "opera", "game", "documentary", "episode", "painting", "poem", "franchise"),
        *("of", "the", "The", "in", "to"),
    ]
)
_WORK_WORDS_AFTER = frozenset(
    [
        *("film", "films", "movie", "movies", "franchise", "sequel", "sequels", "trilogy", "series", "saga"),
        *("prequel", "novel", "novels", "book", "books", "album", "soundtrack", "episode", "episodes"),
        *("premiere", "theme", "ride", "video", "spacecraft", "space", "probe", "satellite", "rover"),
        *("telescope",),
    ]
)
_WORK_AFTER = re.compile(
    r"^\s+(?:film|films|movie|movies|franchise|sequel|sequels|trilogy|series|saga|prequel|novel|novels|"
    r"book|books|album|soundtrack|episode|episodes|premiere|theme park|ride|video game|"
    r"spacecraft|space probe|probe|satellite|rover|telescope)\b"  # a craft is a product: "Galileo spacecraft"
)
# a list of names after a plural organisation noun ("advertisers including Ford, Allstate and Geico")
_ORG_LIST_NOUNS = (
    *("companies", "firms", "advertisers", "sponsors", "brands", "retailers", "banks", "airlines"),
    *("networks", "outlets", "newspapers", "broadcasters", "teams", "clubs", "chains", "insurers"),
    *("automakers", "carmakers", "studios", "labels", "sites", "restaurants", "stores", "manufacturers"),
    "publishers",
)
_ORG_LIST_TAIL = r"(?:,?\s+(?:such as|including|like|from|among them)\s+|\s+\()"
_ORG_LIST_OPENING = r"(?:" + "|".join(_ORG_LIST_NOUNS) + r")" + _ORG_LIST_TAIL
# every noun above ends in "s": a document opens a list where an "s" before the tail ends one of them
# (`_has_org_list`; no \b, as a window's start may cut a word)
_ORG_LIST_S = re.compile(r"s(?=" + _ORG_LIST_TAIL + r")")
_ORG_LIST_BEFORE = re.compile(
    r"\b" + _ORG_LIST_OPENING + r"(?:[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*)*,?\s+(?:and\s+|or\s+)?)*$"
)
# place head words that are also surnames ("Lena Park", "Anna Hill"): a first name before them says person
SURNAME_HEADS = frozenset(
    [
        "Park",
        "Hill",
        "Hills",
        "Hall",
        "Ward",
        "Lawn",
        "Chapel",
        "Field",
        "Wood",
        "Woods",
        "Brook",
        "Castle",
        "Temple",
        "Tower",
        "Towers",
        "Bay",
        "Forest",
        "Ridge",
        "Lane",
        "Heights",
        "Island",
        "Cape",
        "Falls",
    ]
)
_HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Mme", "Mlle")
_HONORIFIC_BEFORE = re.compile(r"\b(?:" + "|".join(_HONORIFICS) + r")\.?\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_THE_WORDS = frozenset(["the", "The"])
# the last word of each ending of `_SPEECH_BEFORE` and `_PLACE_BEFORE` (the word before a piece they fit)
_SPEECH_LAST = frozenset(x.split()[-1] for x in SPEECH_BEFORE_WORDS)
_PLACE_LAST = frozenset(x.split()[-1] for x in PLACE_BEFORE_WORDS + OPENING_PLACE_WORDS)


# what a `Piece` caches from its tokens (its rules read them often), dropped when the tokens change
_BY_IDX = ("before", "after", "next_word", "word_before", "word_after", "role_before", "the_before")
_T = TypeVar("_T")


class _once(Generic[_T]):
    """`functools.cached_property` without its lock: computed on first read, then read from the
    instance's `__dict__` (Python 3.11's takes a lock on each first read, and every piece makes some)."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.compute(obj)
        return value


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_FIRST_WORD = re.compile(r"\s+(\w+)")


@dataclass
class Piece:
    """One capitalised piece and everything the kind rules read about it."""

    text: str
    toks: list[Tok]
    _idx: list[int]  # token indices of the piece
    titled: bool  # a title ("Sen.", "President") came right before it
    g: Gazetteer
    vocab: set[str]  # the story's lower-case words
    out: list[Candidate] = field(default_factory=list)
    rule: str = ""  # the rule being tried: every candidate it emits carries its name
    words: list[str] = field(default_factory=list)  # the piece's words, kept in step with `idx`

    def __post_init__(self) -> None:
        # `idx`'s setter without its clearing: a new piece has nothing cached
        self.words = [_norm_word(self.toks[i].text) for i in self._idx]

    @property
    def idx(self) -> list[int]:
        return self._idx

    @idx.setter
    def idx(self, value: list[int]) -> None:
        self._idx = value
        self.words = [_norm_word(self.toks[i].text) for i in value]
        for name in _BY_IDX:  # worked out again for the new tokens when next read
            self.__dict__.pop(name, None)

    # the four below read `_idx` directly: the rules call them thousands of times per story
    @property
    def first(self) -> Tok:
        return self.toks[self._idx[0]]

    @property
    def last(self) -> Tok:
        return self.toks[self._idx[-1]]

    @_once
    def before(self) -> str:
        start = self.toks[self._idx[0]].start
        return self.text[max(0, start - 40) : start]

    @_once
    def after(self) -> str:
        end = self.toks[self._idx[-1]].end
        return self.text[end : end + 120]

    @_once
    def next_word(self) -> str | None:
        m = _NEXT_WORD.match(self.text, self.last.end, self.last.end + 20)
        return m.group(1) if m else None

    @_once
    def word_before(self) -> str:
        """The last word in `before` when a space ends it, less any marks after it ("of" of "president
        of ", "Mr" of "Mr. "), else "": what a rule's `before` cue words are matched with."""
        b = self.before
        s = b.rstrip()
        if len(s) == len(b) or not s:
            return ""
        m = _LAST_WORD.search(s.rsplit(None, 1)[-1])
        return m.group(1) if m else ""

    @_once
    def role_before(self) -> bool:
        """A role word right before the piece ("spokesman Tom Ross"): `rules._role_before`, once."""
        return _role_before(self.g, self.before)

    @_once
    def the_before(self) -> bool:
        """ "the" right before the piece: `_THE_BEFORE`, tried only when the word before is "the"."""
        return self.word_before in _THE_WORDS and _THE_BEFORE.search(self.before) is not None

    @_once
    def word_after(self) -> str:
        """The word after the piece's spaces in `after` ("film" of " film-maker"), else "": what a rule's
        `after` cue words are matched with."""
        m = _FIRST_WORD.match(self.after)
        return m.group(1) if m else ""

    def emit(
        self, kind: str | None, cue: bool = False, weak: bool = False, idx: list[int] | None = None
    ) -> bool:
        c = _cand(self.text, self.toks, idx or self.idx, kind, cue=cue, weak=weak)
        c.rule = self.rule
        self.out.append(c)
        return True

    def person_cue(self) -> bool:
        """A speech verb, an age, a party tag, a title or a role word around the piece."""
        a, b = self.after, self.before
        return bool(
            self.titled
            or self.role_before
            or _SPEECH_AFTER.match(a)
            or _APPOS_SPEECH_AFTER.match(a)
            or (self.word_before in _SPEECH_LAST and _SPEECH_BEFORE.search(b))
            or _AGE_AFTER.match(a)
            or _PARTY_AFTER.match(a)
        )


ANY_SIZE = (1, 1_000)


@dataclass(frozen=True, slots=True)
class KindRule:
    """One named rule: `decide` returns True when it has emitted a candidate or dropped the piece.

    The rest says which pieces it can act on at all (decide, trim or emit): `size`, the least and most
    words; `before` / `after`, when either is given, the word right before the piece (`Piece.word_before`)
    is one of `before` or the word right after it (`Piece.word_after`) one of `after`. `classify` does not
    try a rule on other pieces, so each bound must hold of everything `decide` does (a piece outside them
    meets no effect of it): tests/test_kind_dispatch.py checks that the decisions are the plain loop's."""

    name: str
    decide: Callable[[Piece], bool]
    size: tuple[int, int] = ANY_SIZE
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()


def classify(
    text: str,
    toks: list[Tok],
    piece: list[int],
    titled: bool,
    g: Gazetteer,
    lower_vocab: set[str],
    out: list[Candidate],
) -> None:
    """Run one piece through the table; the first rule that decides wins. Only the rules that can act
    on the piece are tried (`_Dispatch`), and again from the next rule on when one trims it."""
    p = Piece(text, toks, piece, titled, g, lower_vocab, out)
    d = _dispatch()
    start = 0
    while p._idx:
        idx = p._idx  # `_idx`, not the property: read once per rule and piece
        for at, name, decide in d.chain(p, start):
            p.rule = name
            if decide(p):
                return
            if p._idx is not idx:  # trimmed: the rules after this one, for what is left
                start = at + 1
                break
        else:
            return


_NO_CUE: frozenset[int] = frozenset()
_Link = tuple[int, str, Callable[[Piece], bool]]  # a rule in a dispatch chain: position, name, decide


class _Dispatch:
    """The rules of one table a piece can meet, by its size and cue words, from a position on: worked out
    once per (size, position, cued rules) and kept."""

    def __init__(self, table: tuple[KindRule, ...]) -> None:
        self.table = table
        by_before: dict[str, set[int]] = {}
        by_after: dict[str, set[int]] = {}
        for at, rule in enumerate(table):
            for word in rule.before:
                by_before.setdefault(word, set()).add(at)
            for word in rule.after:
                by_after.setdefault(word, set()).add(at)
        self.by_before = {w: frozenset(v) for w, v in by_before.items()}
        self.by_after = {w: frozenset(v) for w, v in by_after.items()}
        self.chains: dict[tuple[int, int, frozenset[int]], tuple[_Link, ...]] = {}
        # pieces of `long` words or more meet the same rules: every bound below ANY_SIZE's is under it
        self.long = 1 + max(x for r in table for x in r.size if x < ANY_SIZE[1])

    def chain(self, p: Piece, start: int) -> tuple[_Link, ...]:
        """The rules from position `start` on that can act on `p` as it is, in table order, each as its
        position, name and `decide` (read once here, not on each of the thousands of tries)."""
        b = self.by_before.get(p.word_before, _NO_CUE)
        a = self.by_after.get(p.word_after, _NO_CUE)
        cued = b | a if a and b else a or b
        key = (min(len(p._idx), self.long), start, cued)
        rules = self.chains.get(key)
        if rules is None:
            rules = self.chains[key] = tuple(
                (at, r.name, r.decide)
                for at, r in enumerate(self.table)
                if at >= start
                and r.size[0] <= key[0] <= r.size[1]
                and (not (r.before or r.after) or at in cued)
            )
        return rules


_DISPATCH: list[_Dispatch] = []


def _dispatch() -> _Dispatch:
    """The dispatch of `KIND_RULES` as it is now (bench/entity_rules.py replaces the table to drop rules)."""
    if not _DISPATCH or _DISPATCH[0].table is not KIND_RULES:
        _DISPATCH[:] = [_Dispatch(KIND_RULES)]
    return _DISPATCH[0]


# --- trimming ----------------------------------------------------------------------------------


_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)")


def _lone_ordinal(p: Piece) -> bool:
    """ "at 18th and spruce streets", "the 40th": an ordinal opens a name ("42nd Street", "101st Airborne
    Division") but alone it names nothing."""
    return len(p.words) == 1 and _ORDINAL_WORD.fullmatch(p.words[0]) is not None


def _numbered_place(p: Piece) -> bool:
    """ "Route 9", "Pier 39"."""
    w = p.words
    return len(w) == 2 and w[0] in _NUMBERED_PLACE and w[1].isdigit() and p.emit("place")


# AP-style abbreviations of US states and Canadian provinces ("Oakland, Calif.", "Ormstown, Que."): places
# only in that position, since most are also words or titles ("Miss.", "Wash.", "Del").
STATE_ABBREV = frozenset(
    [
        "Ala",
        "Ariz",
        "Ark",
        "Calif",
        "Colo",
        "Conn",
        "Del",
        "Fla",
        "Ga",
        "Ill",
        "Ind",
        "Kan",
        "Kans",
        "Ky",
        "La",
        "Md",
        "Mass",
        "Mich",
        "Minn",
        "Miss",
        "Mo",
        "Mont",
        "Neb",
        "Nev",
        "Okla",
        "Ore",
        "Pa",
        "Tenn",
        "Vt",
        "Va",
        "Wash",
        "Wis",
        "Wyo",
        "Alta",
        "Man",
        "Ont",
        "Que",
        "Sask",
        "Nfld",
        "N.H.",
        "N.J.",
        "N.M.",
        "N.Y.",
        "N.C.",
        "N.D.",
        "R.I.",
        "S.C.",
        "S.D.",
        "W.Va.",
        "B.C.",
        "N.B.",
        "N.S.",
        "P.E.I.",
        "D.C.",
    ]
)
_AFTER_PLACE_COMMA = re.compile(r"[A-Z][\w.'’\-]*,\s$")


# the US Postal Service's two-letter state codes ("Fairmont, NC", "Rogersville, TN"): rule state-abbreviation,
# only after a place and a comma, as the AP-style ones (most are also acronyms or words: "IN", "OK", "ME")
POSTAL_STATES = frozenset(
    [
        *("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL"),
        *("IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT"),
        *("NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI"),
        *("SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"),
    ]
)

# postal codes that are words in capitals too ("Brady, OR the other quarterback", "Jenkins, HI everyone"):
# no state where a lower-case word runs on from them (review37)
_WORD_CODES = frozenset(["HI", "IN", "ME", "OH", "OK", "OR"])
_RUNS_ON = re.compile(r"\s+[a-z]")


def _state_abbreviation(p: Piece) -> bool:
    """ "Oakland, Calif.", "Ormstown, Que.", "Fairmont, NC": a state or province after a place and a comma."""
    w = p.words
    if len(w) != 1 or not _AFTER_PLACE_COMMA.search(p.before):
        return False
    if w[0] in POSTAL_STATES and p.text[p.last.end : p.last.end + 1] not in ("-", "."):
        if w[0] in _WORD_CODES and _RUNS_ON.match(p.text, p.last.end):
            return False  # "Brady, OR the other quarterback": the word, run on in lower case
        return p.emit("place")  # not "PA-based", nor the sentence-ending "…, IN." of a list
    if w[0] not in STATE_ABBREV:
        return False
    s, e = p.first.start, p.last.end
    if not w[0].endswith("."):
        if p.text[e : e + 1] != ".":
            return False
        e += 1
    p.out.append(Candidate(s, e, p.text[s:e], "place", rule=p.rule))
    return True


_ABBREVIATED_TITLES = frozenset(ABBREVIATED_TITLES)


def _lone_title(p: Piece) -> bool:
    """Rule lone-title: ranks or titles written abbreviated with no name after them ("“Yes,” said Brig.",
    "... said Amb.", "Brig. Gen." before a verb) are a title, no one."""
    return all(w in _ABBREVIATED_TITLES for w in p.words) and p.text[p.last.end : p.last.end + 1] == "."


def _generational_suffix(p: Piece) -> bool:
    """ "Irving Powless Jr.": a generational suffix after two to four capitalised words makes them a
    person's full name, the first word included though it opens a sentence and is also written in
    lower case elsewhere ("Irving", "Sterling")."""
    w = p.words
    if len(w) == 1 and w[0] in GENERATIONAL_SUFFIXES:
        return True  # a suffix cut from its name by a title ("Martin Luther King Jr."): no name alone
    if not 3 <= len(w) <= 5 or w[-1] not in GENERATIONAL_SUFFIXES or p.g.kind_of(tuple(w[:-1])):
        return False
    return p.emit("person", cue=True)


def _trim_initial_word(p: Piece) -> bool:
    """A sentence-initial ordinary word is not part of the name ("Despite Trump", "Realising"). Not a
    particle opening a name ("Bin Laden", "La Nina"), nor a word before a name that an apposition
    describes as a person ("Sterling Golongergen, 43,"). A single such word is kept weak:
    it stands only for a person the story names ("Hall is sending …", "Fox said …": James Alan Fox)."""
    g = p.g
    while p.idx and p.first.initial and common(p.words[0], p.vocab) and not g.kind_of((p.words[0],)):
        words = p.words
        if len(words) > 1 and (g.kind_of(tuple(words)) or _opens_name(g, words, 0)):
            break  # a listed name, or a first name that is also a word before a surname ("Per Gustafson")
        headed = words[-1] in g.org_last or words[-1] in g.place_last
        if len(words) > 1 and words[0] not in g.not_names and headed:
            break  # "National Weather Service" opening a line
        if len(words) > 1 and words[0].lower() in _PARTICLES:
            break  # "Bin Laden", "Van Gogh", "La Nina": the particle opens the name
        if len(words) == 2 and not common(words[1], p.vocab) and _apposition(p):
            break  # "Sterling Golongergen, 43, a community worker": a person's full name
        if len(words) == 1 and words[0] not in g.not_names:
            return p.emit(None, cue=bool(_SPEECH_AFTER.match(p.after)), weak=True)
        p.idx = p.idx[1:]
        p.titled = False
    return False


# a title, "of"/"for", one to three capitalised words and "and" right before a piece: "Minister of
# Electricity and " (rule trim-office-and)
_OFFICE_AND_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:[A-Z][\w\-]*\s+){1,3}and\s+$")


def _trim_office_and(p: Piece) -> bool:
    """ "Minister of Electricity and Energy Osman Abaza", "Minister of Labor and Social Security Wang
    Jianlun": after a title's "of" and its domain's "and", the ordinary words opening the piece end the
    office's domain (the run was cut at "and"); the name after them is a titled person's. Only when two
    words or more are left."""
    m = _OFFICE_AND_BEFORE.search(p.before)
    g = p.g
    if not m or not ((m.group(1),) in g.titles or m.group(1).lower() in g.roles):
        return False
    k = 0
    while k < len(p.words) and common(p.words[k], p.vocab) and not g.kind_of((p.words[k],)):
        k += 1
    if k and len(p.words) - k >= 2:
        p.idx = p.idx[k:]
        p.titled = True
    return False


def _trim_trailing_particle(p: Piece) -> bool:
    while p.idx and (p.words[-1] in _PARTICLES or p.words[-1] in _OF_JOINERS):
        p.idx = p.idx[:-1]
    return False


# a dateline inside the text (a wire budget of several stories: "HAYS, Kan. (AP) -- …", "BOSTON (AP) _",
# "DALTON, Ga. _"): a line opening with a name in capitals, then the agency, or a state or country and
# the dash (a slug alone before a dash, "MONEYTALK _", is no place)
_DATELINE_AFTER = re.compile(
    r"^(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}\s*(?:--|—|_\s)"
    r"|(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?\s*\((?:AP|Reuters|AFP|UPI|Xinhua|XINHUA|Bloomberg)\))"
)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def _dateline(p: Piece) -> bool:
    """ "HAYS, Kan. (AP) -- A smaller wheat crop …": a line opening with a name in capitals that a
    state, the news agency or the dateline's dash follows is the place the story was filed from (in
    the middle of a text too, where cleaning leaves it), never an acronym or a body."""
    first = p.first.text
    if not (first.isupper() and first.isalpha() and len(first) > 1):
        return False  # the first word alone, before every word's
    raw = [p.toks[i].text for i in p.idx]
    if not all(x.isupper() and x.isalpha() and len(x) > 1 for x in raw):
        return False
    start = p.first.start
    if not _LINE_START.search(p.text, max(0, start - 40), start) or not _DATELINE_AFTER.match(p.after):
        return False
    return p.emit("place")


def _listed_capitals(p: Piece) -> bool:
    """ "NEW YORK TIMES", "THE WASHINGTON POST" (a shouted line would drop them, or split the place off):
    a listed name of two words or more written in capitals is that name, and "THE" or "The" before it no
    part of it (`rules._listed_in_capitals`)."""
    first = p.first.text
    if not first.isupper() and first != "The":
        return False  # most pieces: title case
    idx = p.idx[1:] if first in ("THE", "The") else p.idx
    kind = _listed_in_capitals(p.g, p.toks, idx)
    return bool(kind) and p.emit(kind, idx=idx)


def _listed_capital_word(p: Piece) -> bool:
    """Rule listed-capital-word: one word of four or more capitals that is a listed place written in
    capitals ("CUBA _ It is off-limits", "HAITI _ The tourist …", "in GAZA"): the place, not an unknown
    acronym taken for a body. Not one that spells an ordinary word ("NICE", "READING"): as often a body's
    acronym or a heading as a town."""
    raw = p.first.text
    if len(raw) < 4 or not raw.isalpha() or not raw.isupper() or common(raw.title(), p.vocab):
        return False
    return p.g.kind_of((raw.title(),)) == "place" and p.emit("place")


def _shouted(p: Piece) -> bool:
    """A sentence in capitals ("ALL GABLED ROOFS WILL FAIL", "IS SHE FACING ANY TIME IN PRISON") names
    nothing. Read as written: `words` compares a capital word of six letters or more in title case."""
    w = p.words
    raw = [p.toks[i].text for i in p.idx]
    if len(w) < 3 or not all(x.isupper() for x in raw if x[0].isalpha()) or p.g.kind_of(tuple(w)):
        return False
    # a name in capitals heading its line ("NANCY WALLS CARELL (correspondent):", "ANTIGUA AND BARBUDA _")
    # or after "By" (a byline) is a speaker's or a place's name, not a sentence
    start = p.first.start
    heading = _LINE_START.search(p.text, max(0, start - 40), start) and _HEADING_AFTER.match(p.after)
    return not (heading or _BYLINE_BEFORE.search(p.before))


_HEADING_AFTER = re.compile(r"^\s*(?:[:(]|_\s|--|—)")
_BYLINE_BEFORE = re.compile(r"\bBy\s+$")


# a line's heading before a transcript turn or a credit ("STEW BAILEY: …", "JUDD APATOW (stand-up comic, …)")
_TURN_AFTER = re.compile(r"^\s*[:(]")


def _capitals_name(p: Piece) -> bool:
    """A name in capitals heading its line before a colon or a bracket (a transcript's turn, a credits
    list: "STEW BAILEY: …", "JUDD APATOW (writer)") or after "By" (a byline: "By JODIE SNYDER"), two to
    four words opening with a listed first name (in a turn's heading, any first name: `capitals-turn`): a
    person. In capitals a first name of five letters or fewer reads as an acronym, so "STEW BAILEY" was an
    organisation and "NANCY WALLS CARELL" lost "NANCY" to `trim-acronym-prefix`. A body's or a place's
    head word last ("FLORENCE COUNTY:", "GRACE CHURCH:", "VICTORIA STATION:") names no person (a surname
    that is also a place head, "JIM HALL:", still does)."""
    raw = [p.toks[i].text for i in p.idx]
    if not 2 <= len(raw) <= 4 or not all(
        x.isupper() and x.replace("'", "").replace("-", "").isalpha() for x in raw
    ):
        return False
    g, last = p.g, raw[-1].capitalize()
    if last in g.org_last or (last in g.place_last and last not in SURNAME_HEADS):
        return False
    if g.kind_of(tuple(p.words)):
        return False
    start = p.first.start
    heading = _LINE_START.search(p.text, max(0, start - 40), start) and _TURN_AFTER.match(p.after)
    # rule capitals-turn: a first name no list holds ("JUDD APATOW (writer):", "LIZZ WINSTEAD:"), in a turn's
    # heading only, of words no list names and a last word that is no ordinary word (a section's heading
    # is: "COURT DOCUMENTS:", "SEE ALSO:"); nor a first word the place data lists, a live page's section
    # heading on a place ("FUKUSHIMA DAIICHI:"): `capitals-place-heading`
    if raw[0].title() not in g.first_names and (
        not heading
        or common(last, p.vocab)
        or any(g.kind_of((x.capitalize(),)) for x in raw)
        or (raw[0].capitalize(),) in data_places()
    ):
        return False
    return bool(heading or _BYLINE_BEFORE.search(p.before)) and p.emit("person", cue=True)


# a clock's "A.M." / "P.M." glued before a name in a live blog ("5:50 P.M. UNRWA's Gaza spokesman")
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}\s*$")


def _trim_clock(p: Piece) -> bool:
    """ "5:50 P.M. UNRWA", "8:00 A.M. IDF": the time of day after a clock time is no part of the name."""
    if (
        len(p.idx) >= 2
        and p.first.text.upper() in ("A.M.", "P.M.", "AM", "PM")
        and _CLOCK_BEFORE.search(p.before)
    ):
        p.idx = p.idx[1:]
        p.titled = False
    return False


def _trim_acronym_prefix(p: Piece) -> bool:
    """ "MVP Taran Killam": the leading acronym is not part of the name; an initial ("K. George
    Thampy") is."""
    w, g = p.words, p.g
    if (
        len(w) >= 3
        and w[0].isupper()
        and "." not in w[0]
        and not (len(w[0]) == 1 and p.text[p.first.end : p.first.end + 1] == ".")
        and not _BROADCASTER.match(w[0])
        and not any(x in g.org_last or x in g.place_last for x in w[1:])
    ):
        p.idx = p.idx[1:]
    return False


def _titled_first_name(p: Piece) -> bool:
    """ "Pentagon spokesman Col. Rob Manning": a listed first name opening two or three words after a title
    is a person's, though each word reads as an ordinary one ("rob", "manning" and "Connerly", ending
    like an adverb) and title-chain would take it for a chain of titles."""
    w = p.words
    return (
        p.titled
        and 2 <= len(w) <= 3
        and w[0] in p.g.first_names
        and all(common(x, p.vocab) for x in w)
        and _longest_listed(p.g, w) is None
        and p.emit("person", cue=True)
    )


# rule titled-word-name: one ordinary word after a title, then a verb, is a surname ("President Park said",
# "President Moon met", "Judge Park ruled"): the title and the verb are the evidence. Not a word of a
# title or a role ("Attorney General said", "Surgeon General warned": title-chain keeps them no name), not
# before a noun it modifies ("President Park officials")
_TITLED_PASTS = frozenset(
    ["met", "went", "took", "gave", "made", "left", "held", "came", "won", "lost", "sent", "spoke", "kept"]
)
_PAST_ED = re.compile(r"[a-z]{2,}[^e]ed")  # "visited", "thanked": a past `verbs.txt` may not list


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of a listed title or role ("General" of "Attorney General", "Executive")."""
    g = gazetteer()
    return frozenset(w for t in g.titles for w in t) | frozenset(w.capitalize() for w in g.roles)


def _titled_word_name(p: Piece) -> bool:
    """ "President Park said": an ordinary word after a title, before a verb, is a person's surname."""
    w = p.words[0]
    if not p.titled or not w[1:].islower() or w in _title_words() or not common(w, p.vocab):
        return False
    after = p.next_word
    verb = _SPEECH_AFTER.match(p.after) or (
        after is not None
        and (after in _TITLED_PASTS or _PAST_ED.fullmatch(after) or (after[-1] == "s" and listed_form(after)))
    )
    return bool(verb) and p.emit("person", cue=True)


def _title_chain(p: Piece) -> bool:
    """ "Chief Medical Examiner" after a title: a chain of titles, no name."""
    w = p.words
    return p.titled and all(common(x, p.vocab) for x in w) and _longest_listed(p.g, w) is None


# --- specific evidence -------------------------------------------------------------------------


def _domain_name(p: Piece) -> bool:
    """ "NBCLatino.com"."""
    w = p.words
    return len(w) == 1 and bool(DOMAIN_END.search(w[0])) and p.emit("organization")


# rule party-tag: a party's letter and a state or district right after a name, in parentheses or between
# commas ("Rodney Ellis, D-Houston,", "Joe Cryan (D-Union)"): a tag, no name of its own (labels README)
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*")
_TAG_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:,\s|\s\()$")
_TAG_AFTER = re.compile(r"^[),]")


def _party_tag(p: Piece) -> bool:
    """Rule party-tag: one word of a party's letter, a hyphen and a capital, right after a capitalised
    word's comma or "(" and before ")" or ",", is a party-and-state tag: left out."""
    return (
        _PARTY_TAG.fullmatch(p.first.text) is not None
        and _TAG_BEFORE.search(p.before) is not None
        and _TAG_AFTER.match(p.after) is not None
    )


def _listed_non_entity(p: Piece) -> bool:
    """Events, documents and offices listed as not names ("Super Bowl", "Secretary of State")."""
    w, listed = p.words, p.g.not_entities
    if w[0] not in _first_words(listed):
        return False  # no listed name opens with the piece's first word
    return any(" ".join(w[:k]) in listed for k in range(1, len(w) + 1))


@lru_cache(maxsize=4)
def _first_words(listed: frozenset[str]) -> frozenset[str]:
    """The first word of every listed name (`_listed_non_entity`'s cheap test)."""
    return frozenset(x.split(" ")[0] for x in listed)


_STORM = (("Hurricane",), ("Typhoon",), ("Cyclone",), ("Tropical", "Storm"), ("Tropical", "Depression"))
_STORM_FIRST = frozenset(x[0] for x in _STORM)
_ILLNESS = frozenset(
    ["virus", "viruses", "disease", "diseases", "syndrome", "fever", "flu", "infection", "infections"]
)
# a name before one of these nouns is an illness or its agent ("West Nile virus", "Lyme disease")
_ILLNESS_AFTER = re.compile(r"^['’]?\s+(?:" + "|".join(sorted(_ILLNESS)) + r")\b")


# rule storm-like: a name given as an instance of storms ("hurricanes like Mitch", "storms such as Alma")
_STORM_LIKE_BEFORE = re.compile(
    r"\b(hurricanes?|typhoons?|cyclones?|storms?)\s+(?:like|such\s+as|named|called)\s+$", re.IGNORECASE
)


def _storm_or_illness(p: Piece) -> bool:
    """A storm's name ("Hurricane Mitch", "Tropical Storm Alma", "hurricanes like Mitch": `storm-like`) or
    an illness named after a person or place ("West Nile virus"): no entity, and its other mentions
    ("Mitch") are left out too."""
    w = p.words
    like = _STORM_LIKE_BEFORE.search(p.before) if len(w) == 1 else None
    if like and (w[0] in p.g.first_names or not like.group(1).lower().startswith("storm")):
        return _left_out(p)  # "storms" alone may be any trouble ("storms such as Enron"): a given name only
    if w[0] in _STORM_FIRST:
        for prefix in _STORM:
            k = len(prefix)
            if len(w) > k and tuple(w[:k]) == prefix:
                p.idx = p.idx[k:]
                return _left_out(p)
    after = p.text[p.last.end : p.last.end + 1]
    if after not in ("'", "’") and not after.isspace():
        return False  # neither a space (before `next_word`) nor a mark: `_ILLNESS_AFTER` cannot match
    if p.next_word not in _ILLNESS and after not in ("'", "’"):
        return False
    return bool(_ILLNESS_AFTER.match(p.after)) and not p.g.kind_of(tuple(w)) and _left_out(p)


# a noun right before a name that says what it is ("the journal Neurology", "the retailer Borders")
_ORG_NOUNS_BEFORE = frozenset(
    [
        *("journal", "magazine", "newspaper", "tabloid", "broadcaster", "network", "publisher", "retailer"),
        *("bookseller", "chain", "company", "firm", "carrier", "airline", "insurer", "automaker"),
        *("carmaker", "bank", "group", "party", "agency"),
    ]
)


def _org_noun_before(p: Piece) -> bool:
    """ "the journal Neurology", "the publisher Random House": the noun before says organisation."""
    last = p.before.rsplit(None, 1)[-1:] if p.before[-1:].isspace() else []
    return not p.titled and last and last[0] in _ORG_NOUNS_BEFORE and p.emit("organization")


def _event(p: Piece) -> bool:
    """An event by its last word ("Pyeongchang Winter Olympics", "Cannes Film Festival"), and a show, staged
    or broadcast ("Chicago Auto Show", "The Larry Sanders Show": no person's name ends in "Show"): left
    out."""
    w = p.words
    if w[-1] != "Show" and any(x in p.g.first_names for x in w[:-1]):
        return False  # "Doris Day"
    return len(w) >= 2 and w[-1] in p.g.event_last and not p.g.kind_of(tuple(w)) and _left_out(p)


# the endings of a demonym formed from a place's name (rule derived-demonym), and what the place may end in
# past the demonym's stem: the whole name ("Boston-ian", "Quebec-er"), or for a vowel-initial ending but
# "-er" the name less its final vowel ("Canad-a", "Mexic-o") or "-as" ("Tex-as", "Kans-as"); "-er" takes the
# whole name only ("Port-o" gives no "Porters", a family)
_DEMONYM_ENDS = {"ian": ("", "a", "e", "o"), "an": ("", "a", "e", "o", "as"), "er": ("",), "ite": ("", "e")}
# the shortest place a demonym is derived from ("Ohio-ans", "Cub-a-ns"; five letters lose some of the tuned
# sets' demonyms)
_DEMONYM_PLACE_MIN = 4


def _derived_demonym(p: Piece) -> bool:
    """One word, the plural of a demonym formed from a listed place's name ("Quebecers", "Texans",
    "Californians", "Bostonians", "Montrealers"): its people, a group, no entity of the kinds reported
    (the listed demonyms of `demonyms.txt` are split off before). Not a listed name itself; the demonym is
    the place's whole name and a demonym's ending, at most its final vowel dropped (`_DEMONYM_ENDS`)."""
    w, g = p.words, p.g
    if len(w) != 1 or not w[0].endswith("s") or g.kind_of((w[0],)) or w[0] in g.first_names:
        return False
    stem = w[0][:-1]
    for end, place_ends in _DEMONYM_ENDS.items():
        base = stem[: -len(end)]
        if stem.endswith(end) and any(
            len(base + x) >= _DEMONYM_PLACE_MIN and g.kind_of((base + x,)) == "place" for x in place_ends
        ):
            return True
    return False


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


def _plural_acronym(p: Piece) -> bool:
    """An acronym with a plural "s" ("MPs", "GIs", "CEOs"): people of a kind, a group, no person (a listed
    name stays)."""
    w = p.words
    return len(w) == 1 and bool(_PLURAL_ACRONYM.fullmatch(w[0])) and not p.g.kind_of((w[0],))


def _lone_event(p: Piece) -> bool:
    """An event's head word standing alone ("the Olympics", "the 2000 Games") or its adjective, the head
    without its plural "s" ("Olympic shot-put champion", "the Olympic team"): the event, left out, never
    a place. Not a listed name ("Derby"), a first name, nor a word with a person cue ("Day said")."""
    w, g = p.words, p.g
    if len(w) != 1 or (w[0] not in g.event_last and w[0] + "s" not in g.event_last):
        return False
    if g.kind_of((w[0],)) or w[0] in g.first_names or p.person_cue():
        return False
    return _left_out(p)


# rule award: an award's one-word name, some of them first names too ("an Oscar nominee", "his Oscar",
# "the Tony race"); read as the award only after a determiner or before a word said of awards
_AWARDS = frozenset(
    ["Oscar", "Oscars", "Emmy", "Emmys", "Grammy", "Grammys", "Tony", "Tonys", "Golden Globe"]
)
_AWARD_BEFORE = frozenset(
    [
        *("a", "an", "the", "his", "her", "their", "its", "my", "your", "our"),
        *("honorary", "first", "second", "another"),
    ]
)
_AWARD_AFTER = frozenset(
    [
        *("nominee", "nominees", "nomination", "nominations", "winner", "winners", "winning", "award"),
        *("awards", "speech", "statuette", "ceremony", "race", "night", "buzz", "win", "wins", "contender"),
    ]
)


def _award(p: Piece) -> bool:
    """ "an Oscar nomination", "an honorary Oscar": the award, no person ("Oscar" is a first name too) and
    no entity of the kinds reported: dropped. "Oscar said", "Oscar Pistorius" are left to the other rules."""
    name = " ".join(p.words)
    if name not in _AWARDS or p.person_cue():
        return False
    return p.word_before in _AWARD_BEFORE or p.next_word in _AWARD_AFTER


# the word for "party" opening a party's name in French, Spanish, Portuguese, Italian, German and Dutch,
# and "Bloc" ("Parti Quebecois", "Partido Popular", "Bloc Quebecois")
_PARTY_LEAD = frozenset(["Parti", "Partido", "Partito", "Partei", "Partij", "Bloc"])


def _party_lead(p: Piece) -> bool:
    """A name of two or more words opening with the word for "party" ("Parti Quebecois", "Partido
    Revolucionario Institucional") or "Bloc" ("Bloc Quebecois"): a political party, an organisation."""
    w = p.words
    return len(w) >= 2 and w[0] in _PARTY_LEAD and not p.titled and p.emit("organization")


def _work(p: Piece) -> bool:
    """A work named by the word before or after it ("the film Jurassic World", "Jurassic World
    franchise"): left out."""
    if p.g.kind_of(tuple(p.words)):
        return False
    if _STARRED_IN.search(p.before) and _OWNER_AFTER.match(p.after):
        return False  # rule starred-in: "starred in Kowalczyk's first film": the work's maker
    if _maker_of_work(p):
        return False
    return bool(_WORK_BEFORE.search(p.before) or _WORK_AFTER.match(p.after)) and _left_out(p)


# rule maker-work: "a"/"an"/"another" (and at most one lower-case word) before a name and a work's noun after
# it ("a Kevin Spacey movie", "a new Stephen King novel"): a kind of work by its maker or star, not a title
_MAKER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z]+\s+)?$")


def _maker_of_work(p: Piece) -> bool:
    """Rule maker-work: a listed first name and a surname between an indefinite article and a work's noun
    name the work's maker, who keeps the person's reading (only the mention is read so: "the Jurassic World
    sequel" and "the film Jerry Maguire" are still works)."""
    w = p.words
    return (
        len(w) in (2, 3)
        and w[0] in p.g.first_names
        and not _WORK_BEFORE.search(p.before)
        and bool(_MAKER_BEFORE.search(p.before))
        and bool(_WORK_AFTER.match(p.after))
    )


# rule starred-in: its cue, and a possessive before a lower-case word after the name: the name is the
# work's owner ("starred in Kowalczyk's first film"), where "starred in Schindler's List" is the work
_STARRED_IN = re.compile(r"\b(?:" + _STARRED_CUE + r")\s+$")
_OWNER_AFTER = re.compile(r"['’]s\s+[a-z]")


_POSSESSIVE_INSIDE = re.compile(r"\w['’]s\s")
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")  # a possessive right before: the name began earlier
_CONJUNCTION_BEFORE = re.compile(r"\b(?:and|or|nor),?\s+$")
# a performer's noun after a title with a possessive inside ("the former Dawson's Creek star"): a show
_PERFORMER_AFTER = re.compile(
    r"^\s+(?:star|stars|co-star|co-stars|actor|actors|actress|actresses|cast|creator|alum)\b"
)
_PERFORMER_WORDS = frozenset(
    ["star", "stars", "co", "actor", "actors", "actress", "actresses", "cast", "creator", "alum"]
)


def _show_star(p: Piece) -> bool:
    """A name with a possessive inside before a performer's noun ("Dawson's Creek star", "Grey's Anatomy
    actress"): the title of a show, left out (not a place by its "Creek"). A possessive keeps teams
    ("Chelsea star") and places ("Hollywood star") out of it."""
    if len(p.idx) < 2 or p.g.kind_of(tuple(p.words)) or not _PERFORMER_AFTER.match(p.after):
        return False
    inner = p.text[p.first.start : p.last.end]
    return bool(_POSSESSIVE_INSIDE.search(inner)) and _left_out(p)


# a field of study after an academic post or degree ("professor in Analytical Chemistry", "a degree in
# Political Science"): no organisation, place or person
_FIELD_BEFORE = re.compile(
    r"\b(?:[Pp]rofessor|[Ll]ecturer|[Ii]nstructor|[Rr]eader|[Dd]egree|[Dd]octorate|PhD|Ph\.D\.|[Mm]aster['’]?s|"
    r"[Bb]achelor['’]?s|[Mm]ajor|[Mm]ajored|[Dd]iploma)\s+(?:in|of)\s+$"
)


def _field_of_study(p: Piece) -> bool:
    """ "Charlotta Turner, professor in Analytical Chemistry": a field of study after an academic post
    or a degree and "in" / "of" is no entity (it was a place). A listed name or one ending in a body's
    head word ("professor of Harvard University") is not a field."""
    w, g = p.words, p.g
    listed = g.kind_of(tuple(w)) or w[-1] in g.org_last or w[-1] in g.place_last
    return bool(_FIELD_BEFORE.search(p.before)) and not listed


# a product named by its container or serving ("an empty bottle of Inca Kola", "a can of Red Bull"): a
# product is no entity (labels leave products out), so the piece is left out like a work
_CONTAINER_BEFORE = re.compile(
    r"\b(?:bottles?|cans?|cartons?|packs?|packets?|jars?|tubes?|boxes|box|bags?|cups?|glass|glasses|"
    r"pints?|sips?|swigs?|gulps?|spoonfuls?|tablets?|pills?|doses?)\s+of\s+$"
)


def _product(p: Piece) -> bool:
    """A name after a container or serving and "of" ("a bottle of Inca Kola"): a product, left out."""
    if p.g.kind_of(tuple(p.words)):
        return False
    return bool(_CONTAINER_BEFORE.search(p.before)) and _left_out(p)


_QUOTE_BEFORE = re.compile(r"[“\"](?:The\s+|A\s+|An\s+)?$")
_QUOTE_AFTER = re.compile(r"^[,.!?]?[”\"]")


def _quoted_title(p: Piece) -> bool:
    """A name that is the whole of a quotation ("“The Phantom Menace”", "“Jurassic Park”"): a title
    or nickname, left out like a work (unless it is a listed name)."""
    if p.g.kind_of(tuple(p.words)):
        return False
    return bool(_QUOTE_BEFORE.search(p.before) and _QUOTE_AFTER.match(p.after)) and _left_out(p)


# rule inside-quoted-title: a quotation's opening mark and the title-case words between it and the piece
# ("“Good Will", "“The Life of "), and the words between the piece and the closing mark
_TITLE_WORD = r"(?:[A-Z][\w'’.\-]*|of|the|in|and|a|an|to|for|on|at|with|from)"
_TITLE_OPENING = re.compile(r"[“\"](?:" + _TITLE_WORD + r"\s+)*$")
_TITLE_CLOSING = re.compile(r"^(?:\s+" + _TITLE_WORD + r")*[,.!?]?[”\"]")


def _inside_quoted_title(p: Piece) -> bool:
    """A name inside a quotation of two to eight words, each capitalised or a short function word, with
    other words beside it ("“Good Will Hunting”", "“The Life of Pablo”", "“Her Royal Hotness”"): a
    title or nickname, left out like a work (a person's name in such a title is no mention of the person;
    speech is not written in title case). A listed name alone in its run is decided before the rules."""
    b, a = p.before, p.after
    if ('"' not in b and "“" not in b) or a[:1] not in ' "”,.!?':
        return False
    opening = _TITLE_OPENING.search(b)
    closing = opening and _TITLE_CLOSING.match(a)
    if not opening or not closing:
        return False
    beside = len(opening.group()[1:].split()) + len(closing.group()[:-1].split())
    return 0 < beside <= 8 - len(p.words) and _left_out(p)


def _left_out(p: Piece) -> bool:
    """Mark a work or event for the story pass (its other mentions are left out too), and drop it."""
    c = _cand(p.text, p.toks, p.idx, None, weak=True)
    c.rule = p.rule
    p.out.append(c)
    return True


_ATTRIBUTIVE_NOUNS = frozenset(["radio", "television", "officials", "sources", "media", "troops", "police"])


# rule kin-possessive: a relative after the name's possessive ("Chad's mother", "Jordan's older sister")
_KIN_AFTER = re.compile(
    r"^['’]s\s+(?:(?:older|younger|twin|late|little|big)\s+)?(?:mother|father|mom|dad|parents|wife|husband|son|"
    r"daughter|sister|brother|grandmother|grandfather|grandparents|aunt|uncle|cousin|girlfriend|boyfriend|"
    r"fiancée?|widow|stepfather|stepmother|siblings|family)\b"
    # a country's "sister city", "big brother state", "family of nations": kin words as a place's
    r"(?!\s+(?:of|cit(?:y|ies)|states?|nations?|countr(?:y|ies)|provinces?|regions?|towns?|ships?)\b)"
)


# nouns no surname is, which name a text or a law after a given name ("the Cassandra Report", "the Sarah Act")
_NOT_SURNAME = frozenset(["Report", "Reports", "Act", "Amendment", "Doctrine", "Index", "Survey"])


def _first_name_before_noun(p: Piece) -> bool:
    """Rule first-name-before-noun: a given name followed by a noun no surname is ("Cassandra Report", "Sarah
    Act") names a text or a law after someone, not a person: left out, as works and events are."""
    w = p.words
    if len(w) != 2:  # the table's size (2, 2), kept when a rule is asked outside the dispatch
        return False
    return w[0] in p.g.first_names and w[1] in _NOT_SURNAME and not p.g.kind_of(tuple(w)) and _left_out(p)


# rule the-first-name: what may follow a thing named by a given name after "the" ("the Paloma was", "the
# Mackenzie, a hotel"): a mark or a verb, not a noun ("the Clinton administration" names the person)
_THE_NAME_AFTER = re.compile(r"^(?:\s*[,.;:)!?]|\s+(?:was|is|had|has|will|would|said|says)\b)")


def _the_first_name(p: Piece) -> bool:
    """Rule the-first-name: a lone given name after "the", no title, no listed place or body, then a mark or
    a verb ("the Paloma was carrying", "at the Mackenzie, a hotel"): a ship, a hotel or a house, which the
    text does not say; no person, as no one's name takes "the"."""
    w, g = p.words, p.g
    if len(w) != 1 or p.titled or not p.the_before or w[0] not in g.first_names or g.kind_of((w[0],)):
        return False
    return _THE_NAME_AFTER.match(p.after) is not None


# rule pet-name: an animal's noun right before a name, or with a comma, "named" or "called" between ("her
# dog, Sophie", "a lion named Sylvester", "their cat Bella"): the animal's name
_PET_BEFORE = re.compile(
    r"(?<![\w\-])(?:dogs?|cats?|pupp(?:y|ies)|kittens?|horses?|pony|pets?|parrot|rabbit|hamster|terrier|retriever|"
    r"labrador|poodle|beagle|bulldog|spaniel|husky|chihuahua|dachshund|mare|stallion|colt|gelding|filly|"
    r"gorilla|elephant|tiger|lion|lioness|giraffe|panda|chimpanzee|orca|dolphin)(?:(,)\s*|\s+(?:named|called)\s+|\s+)$"
)
# rules pet-name, vessel-name: the animal's or the vessel's noun read as a verb after "to", a modal, "do" or a
# subject pronoun ("questions continue to dog Kowalczyk", "the firms will ship Halvorsen turbines"): no noun
_NOUN_AS_VERB = re.compile(
    r"(?<![\w\-])(?:to|will|would|can|could|may|might|must|should|shall|do|does|did|i|we|you|they|he|she|it)\s+$",
    re.IGNORECASE,
)
# rule pet-name: a name set off by a comma after the animal's noun is closed by a mark too ("her dog, Sophie,
# was"); "it was a beautiful horse, Kowalczyk said" is the speaker
_CLOSED_AFTER = re.compile(r"\s*[,.;:)!?]")
_PET_WORDS = frozenset(
    [
        *("dog", "dogs", "cat", "cats", "puppy", "puppies", "kitten", "kittens", "horse", "horses", "pony"),
        *("pet", "pets", "parrot", "rabbit", "hamster", "terrier", "retriever", "labrador", "poodle"),
        *("beagle", "bulldog", "spaniel", "husky", "chihuahua", "dachshund", "mare", "stallion", "colt"),
        *("gelding", "filly", "gorilla", "elephant", "tiger", "lion", "lioness", "giraffe", "panda"),
        *("chimpanzee", "orca", "dolphin", "named", "called"),
    ]
)


def _pet_name(p: Piece) -> bool:
    """Rule pet-name: a one-word name after an animal's noun ("the dog, Sophie", "a lion named Sylvester"),
    no title before it: an animal, no person; left out, with its other mentions in the story. Not after a
    noun read as a verb (`_NOUN_AS_VERB`: "continue to dog Kowalczyk"), nor a name after a comma that no
    mark closes ("a beautiful horse, Kowalczyk said")."""
    m = _PET_BEFORE.search(p.before) if len(p.words) == 1 and not p.titled else None
    if m is None or _NOUN_AS_VERB.search(p.before, 0, m.start()):
        return False
    if m.group(1) and not _CLOSED_AFTER.match(p.after):
        return False  # "a beautiful horse, Kowalczyk said": the speaker, no apposition
    return _left_out(p)


# rule vessel-name: a vessel's or a craft's noun right before a name ("the submarine support vessel Carolyn
# Chouest", "the cruise ship Paloma Star", "the yacht Lady Ann"): the vessel's name
_VESSEL_BEFORE = re.compile(  # not after a hyphen: "hard-liner Ali Meshkini" is a person
    r"(?<![\w\-])(?:ship|vessel|boat|yacht|tanker|freighter|liner|ferry|frigate|destroyer|submarine|cruiser|trawler|"
    r"schooner|tugboat|barge|steamer|warship|icebreaker)\s+$"
)
_VESSEL_WORDS = frozenset(
    [
        *("ship", "vessel", "boat", "yacht", "tanker", "freighter", "liner", "ferry", "frigate", "destroyer"),
        *("submarine", "cruiser", "trawler", "schooner", "tugboat", "barge", "steamer", "warship"),
        "icebreaker",
    ]
)


def _vessel_name(p: Piece) -> bool:
    """Rule vessel-name: a name right after a vessel's noun ("the support vessel Carolyn Chouest"), no title
    before it and no listed name: a vessel, no person; left out, with its other mentions in the story. Not
    after a noun read as a verb (`_NOUN_AS_VERB`: "the firms will ship Halvorsen turbines")."""
    m = None if p.titled or p.g.kind_of(tuple(p.words)) else _VESSEL_BEFORE.search(p.before)
    if m is None or _NOUN_AS_VERB.search(p.before, 0, m.start()):
        return False  # "the firms will ship Halvorsen turbines": a verb
    return _left_out(p)


def _first_name_with_person_cue(p: Piece) -> bool:
    """A first name that is also a listed place ("Chad", "Jordan") is a person with person evidence,
    and never a place when a surname follows ("Chad Ochocinco")."""
    w, g = p.words, p.g
    if w[0] not in g.first_names or g.kind_of((w[0],)) != "place":
        return False
    # "according to Jordan radio", "Jordan officials said": the place names the noun after it
    attributive = p.next_word in g.org_after or p.next_word in _ATTRIBUTIVE_NOUNS or p.next_word in g.roles
    if len(w) == 1 and not attributive and (p.person_cue() or _APPOS_PERSON.match(p.after)):
        return p.emit("person", cue=True)
    if len(w) == 1 and p.last.possessive and _KIN_AFTER.match(p.after):
        return p.emit("person", cue=True)  # rule kin-possessive: "Chad's mother" (a country has no mother)
    if 2 <= len(w) <= 3 and not g.kind_of(tuple(w)) and not (w[-1] in g.place_last or w[-1] in g.org_last):
        return p.emit("person", cue=True)
    return False


def _honorific(p: Piece) -> bool:
    """ "Ms. Ferguson", "Mr Wilson": an honorific before a name says person, even a listed place's."""
    return _HONORIFIC_BEFORE.search(p.before) is not None and p.emit("person", cue=True)


def _possessive_listed(p: Piece) -> bool:
    """ "McDonald's": a listed name that ends in a possessive."""
    w = p.words
    if not p.last.possessive:
        return False
    kind = p.g.kind_of((*w[:-1], w[-1] + "'s"))
    if not kind:
        return False
    s0, e0 = p.first.start, p.last.end + 2
    p.out.append(Candidate(s0, e0, p.text[s0:e0], kind, rule=p.rule))
    return True


# rule maker-model: a model's designation right after its maker's name ("Boeing 767", "Airbus A330-200"):
# three digits or more, maybe after one or two letters, and no year ("Boeing 2017 profits")
MODEL_AFTER = re.compile(r"\s+(?:[A-Za-z]{1,2}-?)?(?!(?:19|20)\d\d\b)\d{3}[\w-]*")
# the makers of the vehicles news names by maker and number; an operator before a number stays a body ("an
# American Airlines 737", "an Air Force C-141")
MAKERS = frozenset(
    [
        *("Boeing", "Airbus", "Embraer", "Bombardier", "Cessna", "Lockheed", "Lockheed Martin"),
        *("Tesla", "Toyota", "Honda", "Volkswagen", "BMW", "Porsche", "Ferrari", "Peugeot"),
    ]
)


def _maker_model(p: Piece) -> bool:
    """Rule maker-model: a maker's name (`MAKERS`) right before a model's designation names the product,
    not the body ("an EgyptAir Boeing 767", "The Airbus A330-200 was last heard"): no mention there, the
    body's other mentions kept ("a Boeing spokesman")."""
    return " ".join(p.words) in MAKERS and MODEL_AFTER.match(p.after) is not None


def _listed(p: Piece) -> bool:
    kind = p.g.kind_of(tuple(p.words))
    return bool(kind) and p.emit(kind)


def _outlet_in_capitals(p: Piece) -> bool:
    """ "She told PEOPLE", "he told POLITICO", "told USA TODAY": after "told" (written in lower case, so
    no shouted line) a name of one to three words written wholly in capitals, each of four letters or
    more but a listed first one ("USA"), is an outlet styling its own name so: an organisation. Not a name
    opening with a first name ("told JON STEWART")."""
    raw = [p.toks[i].text for i in p.idx]
    if len(raw) > 3 or p.titled or p.word_before not in TOLD_VERBS or raw[0].title() in p.g.first_names:
        return False
    listed_first = raw[0].isupper() and p.g.kind_of((raw[0],)) is not None  # "USA TODAY"
    if not all(outlet_word(x) or (k == 0 and listed_first) for k, x in enumerate(raw)):
        return False
    return p.emit("organization")


def _title_case_acronym(p: Piece) -> bool:
    """ "Isis warriors", "Nato", "Unicef": a listed acronym written in title case (British style) is
    that body, never a place another list gives the word; the story pass names it as the acronym."""
    w = p.words
    if len(w) != 1 or not 3 <= len(w[0]) <= 6 or not w[0][1:].islower() or w[0] in p.g.first_names:
        return False
    kind = p.g.kind_of((w[0].upper(),))
    return bool(kind) and not common(w[0], p.vocab) and p.emit(kind)


# compass words: "the West" and "the Midwest" are regions; "North Pacific", "Pacific Northwest" places.
# "the North" and "the South" alone are left to the story: most often a divided country's halves
# ("the North's nuclear program"), which the labels do not count as names.
_COMPASS_REGIONS = frozenset(
    ["West", "East", "Midwest", "Mideast", "Northwest", "Northeast", "Southwest", "Southeast"]
)
_COMPASS_PARTS = _COMPASS_REGIONS | {
    "North",
    "South",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
}


def _compass_region(p: Piece) -> bool:
    """ "the West", "the Pacific Northwest", "the North Pacific": a compass word after "the", alone or
    beside a listed place, is a place."""
    w, g = p.words, p.g
    if len(w) == 1:
        return w[0] in _COMPASS_REGIONS and p.the_before and p.emit("place")
    if len(w) != 2 or g.kind_of(tuple(w)):
        return False
    if w[0] in _COMPASS_PARTS and g.kind_of((w[1],)) == "place":
        return p.emit("place")
    return w[1] in _COMPASS_REGIONS and g.kind_of((w[0],)) == "place" and p.emit("place")


# first words that make a short name a place ("Mount Rainier", "Lake Tahoe", "Fort Hood")
_PLACE_PREFIX = frozenset(["Mount", "Mt", "Mt.", "Lake", "Fort"])


def _place_prefix(p: Piece) -> bool:
    """ "Mount Rainier", "Lake Tahoe": a mountain, lake or fort prefix before one or two names."""
    w, g = p.words, p.g
    return (
        2 <= len(w) <= 3
        and w[0] in _PLACE_PREFIX
        and not p.titled
        and w[-1] not in g.org_last
        and all(x[:1].isupper() for x in w[1:])
        and p.emit("place")
    )


def _team(p: Piece) -> bool:
    """A sports team by its nickname ("Jets", "New York Jets", "Buffalo Bills"): an organisation."""
    w = p.words
    if w[-1] not in p.g.teams:
        return False
    alone_ok = p.the_before or not common(w[0], p.vocab)
    return (len(w) > 1 or alone_ok) and p.emit("organization")


_WHO_AFTER = re.compile(r"^,\s+who\s")
_WHOSE_AFTER = re.compile(r"^,\s+whose\s")


def _first_name_place_surname(p: Piece) -> bool:
    """ "GOP consultant Mike Madrid.", "Sen. Lena Paris": a listed first name and one word that is a listed
    place, with a title, a role word, a speech verb or an age beside them, are a person's full name (the
    place was split off as a place of its own). Not a listed name, nor a first name that is a place too
    (`first-name-not-place`). With no cue, a first name that is no ordinary word ("Michael Jackson", "Jimmy
    Wales"; not "Will Texas"), and not after "the": a place has no given name, so the place is a surname."""
    w, g = p.words, p.g
    if len(w) != 2 or w[0] not in g.first_names or g.kind_of((w[1],)) != "place" or g.kind_of(tuple(w)):
        return False
    if p.person_cue():
        return p.emit("person", cue=True)
    return not p.the_before and not common(w[0], p.vocab) and p.emit("person")


def _person_appositive(p: Piece) -> bool:
    """ "Lena Park, a nurse …, said": a role in apposition, or a first name with a speech verb or age."""
    w, g, a = p.words, p.g, p.after
    if len(w) == 2 and w[0] in g.first_names and _WHO_AFTER.match(a):
        return p.emit("person", cue=True)  # "Jim Courier, who trained …": no body is a "who"
    if len(w) >= 2 and (w[-1] in g.org_last or (w[-1] in g.place_last and w[-1] not in SURNAME_HEADS)):
        return False  # "Shannon County, the poorest …", "Grace Church, whose pastor …": the head word says
    if len(w) == 2 and w[0] in g.first_names and _WHOSE_AFTER.match(a):
        return p.emit("person", cue=True)  # "Lena Ward, whose son …" (an age: below)
    appos = _APPOS_ROLE.match(a)
    named_role = _APPOS_NAMED_ROLE.match(a)
    if (
        (appos and appos.group(1) in g.roles)
        or (len(w) <= 3 and named_role and named_role.group(1) in g.roles)
        or (
            w[0] in g.first_names
            and len(w) <= 3
            and (_APPOS_PERSON.match(a) or _SPEECH_AFTER.match(a) or _AGE_AFTER.match(a))
        )
    ):
        return p.emit("person", cue=True)
    return False


# rule person-appositive, its named-role form: a role word after one or two capitalised or numbered words
# (", an Inuit leader,", ", a 23-year-old Mervyn's manager"): the words before the role say whose or what
# kind, the role says person
_APPOS_NAMED_ROLE = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:(?:[A-Z][\w.\-]*(?:['’]s)?|\d[\w\-]*)\s+){1,2}([a-z]+)\s*(?:[,.;]|(?:in|at|of|for|from|with)\s)"
)


# ", a pro-Kremlin daily,": an organisation noun ending an appositive (no "of …": "a member of the party")
_APPOS_ORG = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:(?!(?:of|for|in|at|with|to|from|by)\b)[\w\-]+\s+){0,3}?([a-z]+)\s*[,.;]"
)


def _org_appositive(p: Piece) -> bool:
    """ "Izvestia, a pro-Kremlin daily, reported": an organisation noun in apposition says organisation."""
    m = _APPOS_ORG.match(p.after)
    if p.titled or m is None or m.group(1) not in p.g.org_after:
        return False
    # after a possessive the name began earlier ("Gay Men's Health Crisis"): not cut short here
    return _POSSESSIVE_BEFORE.search(p.before) is None and p.emit("organization")


# nouns a place modifies as often as a body does ("the Leyhill team", "the Mar-a-Lago club", "the Boston
# team"): no evidence of their own that the name before is an organisation
_PLACE_OR_BODY_AFTER = frozenset(["team", "club"])


def _org_noun_after(p: Piece) -> bool:
    """ "the Rodong Sinmun newspaper", "the Buffalo Jills cheerleaders": the noun after says organisation."""
    w = p.next_word
    return w in p.g.org_after and w not in _PLACE_OR_BODY_AFTER and not p.titled and p.emit("organization")


# "Interfax reported.", "Xinhua reported on Sunday,": a one-word name that reports, at a clause's end
_REPORTS_AFTER = re.compile(
    r"^,?\s+(?:reported|reports)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today|yesterday))?\s*[.,;]"
)


def _news_agency(p: Piece) -> bool:
    """A single unknown word that "reported." at the end of a clause is a news agency or outlet, no
    person: a person's report is followed by what it said ("Lee reported that …")."""
    w = p.words
    return (
        len(w) == 1
        and not p.titled
        and w[0] not in p.g.first_names
        and _REPORTS_AFTER.match(p.after) is not None
        and p.emit("organization")
    )


# what is said only of a company: "shares of X", "X's … unit", "X shares rose", "X, based in St. Louis,"
_COMPANY_BEFORE = re.compile(r"\b(?:shares|stock|stake|subsidiary|unit|division) (?:of|in) $")
_COMPANY_POSSESSIVE = re.compile(
    r"^['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:unit|subsidiary|division|shares|stock|shareholders)\b"
)
_COMPANY_SHARES = re.compile(
    r"^\s+(?:shares|stock)\s+(?:rose|fell|closed|jumped|dropped|climbed|slipped|gained|lost)\b"
)
_COMPANY_BASED = re.compile(r"^,\s+(?:which\s+is\s+)?(?:based|headquartered)\s+in\b")


def _company_context(p: Piece) -> bool:
    """ "shares of Monsanto", "Monsanto's Searle pharmaceutical unit", "Monsanto, based in St. Louis,":
    words said only of a company make a single unknown name an organisation."""
    if len(p.words) != 1 or p.titled:
        return False
    a, b = p.after, p.before
    company = (
        (b.endswith((" of ", " in ")) and _COMPANY_BEFORE.search(b))
        or (a[:1] in "'’" and _COMPANY_POSSESSIVE.match(a))
        or (a.startswith((" shares ", " stock ")) and _COMPANY_SHARES.match(a))
        or (a[:1] == "," and _COMPANY_BASED.match(a))
    )
    # after a capitalised word the name began earlier ("Compassion Over Killing, which is headquartered")
    if not company or p.words[0] in p.g.first_names or _CAPITAL_BEFORE.search(b):
        return False
    return p.emit("organization")


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.\-]*\s+$")
_CHAMBER_AFTER = re.compile(r"^(?:['’]s)?\s+(?![A-Z])")


def _legislative_house(p: Piece) -> bool:
    """ "the House passed the bill": "House" alone after "the" is the legislature's chamber."""
    return (
        p.words == ["House"]
        and p.the_before
        and _CHAMBER_AFTER.match(p.after) is not None
        and p.emit("organization")
    )


# a body named by its head noun alone, in capitals mid-sentence: "Israel's Cabinet", "the Legislature"
_LONE_BODIES = frozenset(["Cabinet", "Legislature", "Church", "Commission"])


def _lone_body(p: Piece) -> bool:
    """ "the Cabinet", "Arafat's Cabinet", "a Cabinet statement", "the Church has a position": a body's
    head noun alone, capitalised where a sentence does not open, names the body (a surname such as
    "Church" comes with a first name or opens the sentence: "Church said"; after a name it is that
    name's head: "Eastside Baptist Church")."""
    w = p.words
    if len(w) != 1 or w[0] not in _LONE_BODIES or p.titled:
        return False
    if p.first.initial and not p.the_before:
        return False
    b = p.before  # a name before it, not a possessive, makes it a longer name's head ("Baptist Church")
    if _CAPITAL_BEFORE.search(b) and not _POSSESSIVE_BEFORE.search(b):
        return False
    return p.emit("organization")


def _place_tail(p: Piece) -> bool:
    """ "a Los Altos-based foundation", "Alaska-bound boats", "the Puget Sound-area salmon": a name
    joined to "-based", "-bound" or "-area" is a place (a listed body is decided before: "a
    NATO-based force"; an acronym is a thing: "GPS-based")."""
    if p.titled or (len(p.words) == 1 and p.words[0].isupper()):  # "GPS-based", "AI-based": a thing
        return False
    return p.text.startswith(PLACE_TAIL, p.last.end) and p.emit("place")


def _org_list(p: Piece) -> bool:
    """ "advertisers including Ford, Allstate and Geico", "carmakers (Ford, GM)": names listed after a
    plural organisation noun."""
    if p.titled or not _has_org_list(p.text):
        return False
    before = p.text[max(0, p.first.start - 160) : p.first.start]
    return _ORG_LIST_BEFORE.search(before) is not None and p.emit("organization")


@lru_cache(maxsize=16)
def _has_org_list(text: str) -> bool:
    """Whether a document opens such a list anywhere: once per document, so that the search before
    each piece (most documents hold none) is skipped."""
    return any(text.endswith(_ORG_LIST_NOUNS, 0, m.end()) for m in _ORG_LIST_S.finditer(text))


def _hyphen_head(word: str) -> str:
    """The last part of a hyphenated capitalised word ("Sun-Times" -> "Times"), else the word."""
    parts = word.split("-")
    return parts[-1] if len(parts) > 1 and all(x[:1].isupper() for x in parts) else word


def _ampersand(p: Piece) -> bool:
    """ "Procter & Gamble", "Deloitte & Touche": names joined by an ampersand are one firm; so are
    capitals joined by one in a single word ("PG&E", "AT&T"), never a person's name (two capitals are
    more often a term, left open: "Q&A", "R&D", "R&B", "M&A")."""
    m = _AMPERSAND_WORD.fullmatch(p.first.text) if len(p.idx) == 1 else None
    if m:
        return p.emit("organization") if len(m.group(1) + m.group(2)) >= 3 else p.emit(None, weak=True)
    return len(p.idx) >= 2 and "&" in p.text[p.first.end : p.last.start] and p.emit("organization")


_AMPERSAND_WORD = re.compile(r"([A-Z]{1,3})&(?:amp;|AMP;)?([A-Z]{1,3})")


_DISTRICT_BODIES = frozenset(["School", "Schools", "Water", "Sanitation", "Irrigation", "Utility", "Transit"])


# two last words that name a building or grounds whatever comes before them: a facility is a place
# ("Los Angeles Convention Center", "Palmer Park Golf Course", "91st Avenue Wastewater Treatment Plant")
_FACILITY_ENDS = frozenset(
    [
        ("Convention", "Center"),
        ("Convention", "Centre"),
        ("Conference", "Center"),
        ("Conference", "Centre"),
        ("Golf", "Course"),
        ("Treatment", "Plant"),
        ("Power", "Plant"),
        ("Power", "Station"),
        ("Shopping", "Center"),
        ("Shopping", "Centre"),
    ]
)


# rule aged-surname-head: a determiner before the age ("the 100-year-old Carnegie Hall") says building
_DETERMINED_AGE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:\d{1,3}|[A-Za-z]+)-year-old\s+$", re.IGNORECASE
)
# ... and an age of a hundred years or more is a building's or a park's ("104-year-old Fenway Park",
# "125-year-old Carnegie Hall": news writes these without "the" too), not a person's (review38)
_CENTURY_AGE = re.compile(r"(?:\d{3}|hundred|thousand)-year-old\s+$", re.IGNORECASE)


def _aged_surname_head(p: Piece) -> bool:
    """Rule aged-surname-head: "shooting of 25-year-old Lavall Hall": two words after an age with no
    determiner before it, the last a head word that is also a surname (`SURNAME_HEADS`: Hall, Park, Hill …),
    are a person's name, not a building or a park (those take "the": "the 100-year-old Carnegie Hall", or
    are a hundred years old or more: "104-year-old Fenway Park").
    Not when the first word is an ordinary word or a listed name ("25-year-old Central Park")."""
    w = p.words
    if len(w) != 2 or w[-1] not in SURNAME_HEADS or "-year-old" not in p.before:
        return False
    if not _AGE_BEFORE.search(p.before):
        return False
    if _DETERMINED_AGE.search(p.before) or _CENTURY_AGE.search(p.before):
        return False
    if common(w[0], p.vocab) or p.g.kind_of((w[0],)):
        return False
    return p.emit("person", cue=True)


# rule venue-named-after: a hall named after a person ("at Alice Tully Hall", "in Avery Fisher Hall"), by
# the word before it; "Hall" is a surname too ("Jim Hall", "Mary Beth Hall")
_VENUE_HEADS = frozenset(["Hall"])
_VENUE_BEFORE = frozenset(["at", "in", "inside", "outside", "into", "the"])


def _venue_named_after(p: Piece) -> bool:
    """Rule venue-named-after: a first name, a surname that is no first name and "Hall" after "at", "in"
    or "the" is a place named after a person ("at Alice Tully Hall"); "Mary Beth Hall" (two first names)
    and a name with no such word before it stay a person's."""
    w = p.words
    if len(w) != 3 or w[-1] not in _VENUE_HEADS or w[0] not in p.g.first_names or w[1] in p.g.first_names:
        return False
    return not p.titled and p.word_before in _VENUE_BEFORE and p.emit("place")


def _facility(p: Piece) -> bool:
    """ "the Los Angeles Convention Center", "Chandler Park Golf Course": a facility, so a place (not the
    body a head word such as "Center" would make it); so is a sports ground's name ending in "Field"
    ("Ford Field", "Soldier Field"; not after a first name, "Sally Field", nor with a person cue), which
    was a person or nothing."""
    w = p.words
    if len(w) < 2:
        return False
    if tuple(w[-2:]) in _FACILITY_ENDS:
        return p.emit("place")
    if w[-1] != "Field" or any(x in p.g.first_names for x in w[:-1]):
        return False
    return not (p.titled or p.g.kind_of(tuple(w)) or p.person_cue()) and p.emit("place")


# rule landmark: a domed stadium or the seat of government by its name alone
_DOMED = re.compile(r"[A-Z][a-z]{2,}dome")  # "Superdome", "Astrodome", "Metrodome"
_CAPITOL_BEFORE = frozenset(["the", "The", "state", "State"])


def _landmark(p: Piece) -> bool:
    """ "the Superdome", "the Capitol", "the state Capitol": one word naming a domed stadium, and "Capitol"
    after "the" or "state", are places (they were people, or nothing)."""
    w = p.words[0]
    if w == "Capitol":
        return not p.titled and p.word_before in _CAPITOL_BEFORE and p.emit("place")
    if not w.endswith("dome") or _DOMED.fullmatch(w) is None:
        return False
    return not (p.titled or p.g.kind_of((w,)) or p.person_cue()) and p.emit("place")


def _head_word(p: Piece) -> bool:
    """The last word gives the kind ("… Department", "… Lodge"); "University of …" by the first;
    a newspaper's hyphenated last word by its last part ("Chicago Sun-Times", "Star-Advertiser")."""
    w, g = p.words, p.g
    if _hyphen_head(w[-1]) != w[-1] and _hyphen_head(w[-1]) in g.org_last:
        return p.emit("organization")
    if len(w) < 2:
        return False
    if w[-1] in g.org_last or (w[-1] == "District" and w[-2] in _DISTRICT_BODIES):
        return p.emit("organization")  # (a school or water district is a body, not an area)
    if w[-1] in g.place_last:
        return p.emit("place")
    if len(w) >= 3 and w[1] in _OF_JOINERS and w[0] in g.place_first and w[0] not in g.org_first:
        return p.emit("place")
    if of_tail_at(w, g) > 0:  # "Texas Court of Criminal Appeals", "Committee on Electronic Commerce"
        return p.emit("organization")
    return _BROADCASTER.match(w[0]) is not None and p.emit("organization")  # "TV3 New Zealand"


# a landform ending a name ("the Olorgesailie Basin", "Olduvai Gorge"): the head words `heads.tsv` lacks
_LANDFORMS = frozenset(
    [
        *("Basin", "Gorge", "Plateau", "Rift", "Escarpment", "Steppe", "Swamp", "Wetlands", "Fjord"),
        *("Lagoon", "Atoll", "Archipelago", "Dunes", "Plain", "Plains", "Lowland", "Upland", "Uplands"),
        *("Crater", "Volcano", "Caldera", "Ravine", "Trench", "Massif", "Tundra", "Oasis", "Delta"),
    ]
)


def _landform_head(p: Piece) -> bool:
    """ "the Olorgesailie Basin", "Olduvai Gorge", "the Tibetan Plateau": a name of two or more words
    ending in a landform is a place (a first name opening it or a title before it is a person's: left
    to the later rules)."""
    w = p.words
    if len(w) < 2 or p.titled or w[-1] not in _LANDFORMS or w[0] in p.g.first_names:
        return False
    return p.emit("place")


def _portuguese_place(p: Piece) -> bool:
    """Rule portuguese-place: a place the lists or the name data hold, Portuguese "do"/"dos"/"das" and a
    capitalised word are one place ("Rio Grande do Sul", "Mato Grosso do Sul": states named after a river
    or a land), as is a whole such name the data lists; `rules.portuguese-of` joined the words."""
    w = p.words
    j = next((k for k, x in enumerate(w) if x in _PORTUGUESE_OF), 0)
    if not 0 < j < len(w) - 1:
        return False
    head = tuple(w[:j])
    data = data_places()
    return (p.g.kind_of(head) == "place" or head in data or tuple(w) in data) and p.emit("place")


def _listed_inside(p: Piece) -> bool:
    """A listed name inside the piece: split around it ("Portland Texas", "Obama Washington")."""
    w, g = p.words, p.g
    if len(w) < 2:
        return False
    sub = _longest_listed(g, w)
    if sub is None:
        return False
    a, b, sk = sub
    piece = p.idx
    if " ".join(w[a:b]) in MAKERS and (
        MODEL_AFTER.match(" " + w[b]) if b < len(piece) else MODEL_AFTER.match(p.after)
    ):
        if a:  # rule maker-model: "EgyptAir Boeing 767", "Airbus A330-200": the product, no body there
            classify(p.text, p.toks, piece[:a], p.titled, g, p.vocab, p.out)
        return True
    if sk == "organization" and a > 0 and b == len(piece) and g.kind_of(tuple(w[:a])) == "place":
        return p.emit("organization")  # "Pennsylvania Department of …"
    if sk == "place" and a > 0 and b == len(piece) and (w[a - 1] in g.org_last or w[0] in _PLACE_ORG_LEADS):
        # rule place-after-body: a body's head word or a movement's first word before a place closes one
        # name ("Imperial College London", "Children's Hospital Colorado", "Occupy Philadelphia"): the
        # body's, not the place's
        return p.emit("organization")
    if (
        sk == "place"
        and a == 0
        and len(w) - b >= 2
        and all(common(x, p.vocab) and not x.endswith("s") for x in w[b:])
    ):
        return p.emit("organization")  # "Kentucky Fried Chicken": a company named after a place
    if (
        sk == "place"
        and a == 0
        and len(w) - b == 1
        and p.the_before
        and not _title_word(g, w[-1])
        and not p.last.possessive
    ):
        # "the Kyoto Protocol", "the Berlin Wall", "the Jamaica Plain section", "the Texas Capitol": after
        # "the", a place and one more name word are one name, whose head is the last word; left open
        return p.emit(None, weak=True)
    if a:
        classify(p.text, p.toks, piece[:a], p.titled, g, p.vocab, p.out)
    p.emit(sk, idx=piece[a:b])
    if b < len(piece):
        classify(p.text, p.toks, piece[b:], False, g, p.vocab, p.out)
    return True


# words that open a movement's or protest's name before a place ("Occupy Oakland"): rule place-after-body
_PLACE_ORG_LEADS = frozenset(["Occupy"])


def _title_word(g: Gazetteer, word: str) -> bool:
    """A title, a role or a nationality or party word ("Secretary", "Republican"): no head of a name."""
    return (word,) in g.titles or word.lower() in g.roles or word in g.demonyms


_PAIR_BEFORE = re.compile(r"([A-Z][\w.'’]*)[-–]$")


# plural place nouns: "the Andes mountains", "the Sacramento and San Joaquin rivers" (not "islands", nor
# "police" and "city": a demonym goes before them as often, "Aleutian islands", "Chechen police")
# a house of worship is a building, so a place ("the Hassan mosque", "Ebenezer church")
_WORSHIP = frozenset(
    ["mosque", "church", "cathedral", "temple", "synagogue", "chapel", "shrine", "basilica", "monastery"]
)
_PLACE_NOUN_MORE = frozenset(["rivers", "mountains", "lakes", "seas", "valleys", *_WORSHIP])
# a faith or an order before a house of worship ("a Benedictine monastery", "the Marian shrine"): no place
_FAITHS = frozenset(
    [
        *(
            "Catholic",
            "Protestant",
            "Anglican",
            "Methodist",
            "Baptist",
            "Lutheran",
            "Presbyterian",
            "Episcopal",
        ),
        *(
            "Orthodox",
            "Evangelical",
            "Pentecostal",
            "Mormon",
            "Coptic",
            "Marian",
            "Benedictine",
            "Franciscan",
        ),
        *(
            "Jesuit",
            "Dominican",
            "Carmelite",
            "Buddhist",
            "Hindu",
            "Sikh",
            "Shiite",
            "Sunni",
            "Jewish",
            "Muslim",
        ),
        *(
            "Christian",
            "Greek",
            "Russian",
            "Armenian",
            "Unitarian",
            "Congregational",
            "Adventist",
            "Reformed",
        ),
    ]
)


_KIND_OF_BUILDING = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Oo]ne|[Ee]ach)\s+$")  # "a Shinto shrine"


def _place_noun_after(p: Piece) -> bool:
    """ "the Abu Salim facility", "Graterford prison", "the Andes mountains"; not the
    second of a pair whose first is no place ("Trump-Kim summit": two people; "U.S.-China summit" keeps
    China a place by its listing); a faith or an order before a house of worship names no place."""
    if (p.next_word not in _PLACE_NOUN and p.next_word not in _PLACE_NOUN_MORE) or p.titled:
        return False
    if p.next_word in _WORSHIP and (
        p.words[-1] in _FAITHS
        or p.words[-1] in p.g.demonyms
        or _KIND_OF_BUILDING.search(p.text, max(0, p.first.start - 8), p.first.start)
    ):
        return False  # "a Shinto shrine", "a Gothic cathedral": a kind of building, not one building
    pair = _PAIR_BEFORE.search(p.text, max(0, p.first.start - 40), p.first.start)
    if pair and p.g.kind_of((_norm_word(pair.group(1)),)) != "place":
        return False
    return p.emit("place")


def _first_name_in_chain(p: Piece) -> bool:
    """ "UC Regent Ward Connerly": a listed first name that is also a head word ("Ward") before the last
    word, no other head in the piece: titles before a person's name, not a body. The piece is cut to the
    name and the person rules read it (head-inside would make the whole an organisation)."""
    w, g = p.words, p.g

    def head(x: str) -> bool:
        return x in g.place_last or x in g.org_last

    if len(w) >= 3 and w[-2] in g.first_names and head(w[-2]) and not any(map(head, [*w[1:-2], w[-1]])):
        p.idx = p.idx[-2:]
        p.titled = True
    return False


def _head_inside(p: Piece) -> bool:
    """ "Broward County Crime Stoppers": a head word inside a longer name."""
    w, g = p.words, p.g
    return (
        len(w) >= 3 and any(x in g.place_last or x in g.org_last for x in w[1:-1]) and p.emit("organization")
    )


# a post held only in a body: "president of", "chief executive of", "spokeswoman for the", "owner of"
_POST_OF = re.compile(
    r"\b((?:vice[ -])?president|chairman|chairwoman|chief executive|executive director|founder|co-founder|"
    r"owner|co-owner|publisher|(?:executive |managing )?editor|spokesman|spokeswoman|spokesperson)"
    r"\s+(?:of|for)\s+(?:[Tt]he\s+)?$"
)

# the name goes on past the piece ("Citizens' Housing and Planning Association", "Toy Manufacturers of
# America", "PG&AMP;E"): not cut short here
_NAME_GOES_ON = re.compile(r"^(?:['’]s?\s+[A-Z]|\s+of\s+[A-Z]|[;&])")


def _post_of(p: Piece) -> bool:
    """ "Cecile Richards, president of Planned Parenthood", "owner of Book Passage", "executive editor of
    The Licensing Letter": an unknown name after a post that only a body has is an organisation (a
    country or town is listed, or in the name data, and decided before or left to it; not a first
    name: "a spokesman for Ann Hale")."""
    w = p.words
    if p.titled or w[0] in p.g.first_names or not p.before.endswith(" ") or tuple(w) in data_places():
        return False
    if _NAME_GOES_ON.match(p.after):
        return False
    m = _POST_OF.search(p.before)
    if m is None:
        return False
    # "a spokesperson for Spacey": a spokesman speaks for people too; a body only after "the" or by a
    # name of two words or more ("a spokesman for Panamsat" is left to the story)
    if m.group(1).startswith("spokes") and len(w) == 1 and not m.group(0).rstrip().endswith(("the", "The")):
        return False
    return p.emit("organization")


# --- context and defaults ----------------------------------------------------------------------


# "Linda Holloway of ", "Ann Foley, 13, of ": a person's name (or age) and "of" before the piece
_HOMETOWN_BEFORE = re.compile(r"(?:\b[A-Z][a-z'’\-]+ ([A-Z][a-z'’\-]+)|\d{1,3},|\b[A-Z][a-z'’\-]+,) of $")
# then a speech verb, an apposition (", a conservative,") or a state (", Ohio,", ", S.C."); not ", Gardner and
# Associates" (a firm's name goes on)
_HOMETOWN_AFTER = re.compile(
    r"^(?:,\s+(?:[a-z]|[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?[,.])|\s+(?:said|says|told|tells|added|asked)\b)"
)


def _hometown(p: Piece) -> bool:
    """ "board Chairwoman Linda Holloway of Shawnee said", "Scott Hill of Abilene, a conservative,", "One
    player, Brian, of Mountlake Terrace, said" (session 18): an unknown name between a person's full name
    (or age, or a name and a comma) and "of" and a speech verb or a comma is where
    the person lives, a place (not a first name, nor after a head word: "Hall of Fame", "Policy
    Institute of Washington" are a name's own "of")."""
    w = p.words
    if len(w) > 2 or p.titled or w[0] in p.g.first_names or p.last.possessive:
        return False
    m = _HOMETOWN_BEFORE.search(p.before)
    if m is None or not _HOMETOWN_AFTER.match(p.after):
        return False
    head = m.group(1)
    if head and (head in p.g.org_last or head in p.g.place_last or head in p.g.org_first):
        return False
    return p.emit("place")


_STATE_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")  # "Sinton, Texas"


# rule office-of-place: a possessive place in apposition followed by a role ("Guillermo Ortiz, Mexico's
# central bank governor, said") gives the name an office there, not a state ("Goteborg, Sweden's
# second-largest city" stays a place)
_POSSESSED_WORDS = re.compile(r"['’]s\s+((?:[\w\-]+\s+){0,3}[\w\-]+)")


def _holds_office(p: Piece, at: int) -> bool:
    """The place after the name's comma is a possessive whose head, within four words, is a role word."""
    m = _POSSESSED_WORDS.match(p.text, at)
    return bool(m) and any(w.lower() in p.g.roles for w in m.group(1).split())


def _first_name_town(p: Piece) -> bool:
    """A lone first name after "in", "near" or "of" and before a comma and a state or country ("in
    Aurora, Colorado", "of Marion, Mont.") is the town: a person has no state after the comma there
    (a sure kind: `entities._SURE_KIND`). Not with a person cue (a title, a role word, an age)."""
    if p.words[0] not in p.g.first_names or p.titled or p.role_before or _AGE_AFTER.match(p.after):
        return False
    if p.word_before not in ("in", "near", "of") or p.last.possessive:
        return False
    m = _STATE_AFTER.match(p.text[p.last.end : p.last.end + 25])
    if not m or not (m.group(1) in STATE_ABBREV or p.g.kind_of((m.group(1),)) == "place"):
        return False
    return p.emit("place")


def _place_context(p: Piece) -> bool:
    """ "in Ruthin", "outside Northvale Central", "Sinton, Texas": an unknown name where places go.
    Never a first name, a lone capitalised ordinary word, or a name with person cues."""
    w, g, b, last = p.words, p.g, p.before, p.last
    if w[0] in g.first_names:
        return False
    if len(w) == 1 and (w[0].isupper() or last.possessive or common(w[0], p.vocab)):
        return False
    if p.titled or _AGE_AFTER.match(p.after) or p.role_before:
        return False
    after_state = _STATE_AFTER.match(p.text[last.end : last.end + 25])
    if after_state and _holds_office(p, last.end + after_state.end()):
        after_state = None  # rule office-of-place: "Guillermo Ortiz, Mexico's central bank governor"
    at = _AT_BEFORE.search(b) if p.word_before == "at" else None  # its last word: no other can fit
    sure = _PLACE_BEFORE.search(b) if p.word_before in _PLACE_LAST else None
    if sure and last.possessive:
        # a possessive after a place cue is more often a person's than a place's ("In Ann Dale's view",
        # "north of Ann Dale's ranch", "the plan, in Ann Dale's view"); "in Ruthin's square" is left to
        # the name's other mentions. Session 36: on the tuned files only frozen5 moved, up (0.911 → 0.916)
        sure = None
    if sure and len(w) >= 2 and p.word_before == "from" and not p.the_before:
        # rule from-not-place: "from" takes a person as often as a place, and a run of two or more
        # unknown words after it is more often a person's or a thing's name ("help from Garry Shandling",
        # "items from Taylor Swift", "a diagnosis from Guillain-Barré Syndrome") than a town's
        sure = None
    if not (
        sure
        or (at and at.group(1).lower() not in _AT_PERSON)
        or (after_state and g.kind_of((after_state.group(1),)) == "place")
        or (after_state and after_state.group(1) in STATE_ABBREV and p.text[last.end :].startswith(", "))
    ):
        return False
    c = _cand(p.text, p.toks, p.idx, "place")
    # "at X" (a place or an organisation) and "from X" (a place or a person) tell less than "in X"
    c.context = not (after_state or (sure and sure.group().split()[0] != "from"))
    c.rule = p.rule
    p.out.append(c)
    return True


# "Sheryl and Bob Nichols": a one-word name, "and", then a first name and a surname: a couple sharing it
_COUPLE_AFTER = re.compile(r"^\s+(?:and|&)\s+([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+")
# a name after a preposition, or after a name and a comma, is a place or a body in a list, not half of
# a couple ("Luton, Bedfordshire and Anthony Garcia"; "her step-grandparents, Leland and Sharon Bowman" is)
_COUPLE_NOT_AFTER = re.compile(r"(?:\b(?:of|from|in|at|to|for|near|with|by)|\b[A-Z][\w.]*,)\s*$")


def _couple(p: Piece) -> bool:
    """ "Sheryl and Bob Nichols of West Milford": the first of a couple named with one surname is a
    person (her first name alone), whether or not the first-name list knows it."""
    w = p.words
    if len(w) != 1 or p.g.kind_of((w[0],)) or (w[0] not in p.g.first_names and common(w[0], p.vocab)):
        return False
    if _COUPLE_NOT_AFTER.search(p.before):
        return False  # "Marcus of Panamsat and Gregory Clark", "Luton, Bedfordshire and Anthony Garcia"
    m = _COUPLE_AFTER.match(p.after)
    return bool(m and m.group(1) in p.g.first_names) and p.emit("person", cue=True)


def _first_name(p: Piece) -> bool:
    """A known first name starting the piece: a person (alone only with a cue or mid-sentence)."""
    w = p.words
    if w[0] in p.g.first_names and (len(w) >= 2 or p.person_cue() or not p.first.initial):
        return p.emit("person", cue=True)
    return False


def _data_place(p: Piece) -> bool:
    """A place the name data lists ("Grozny", "Elkhart", "Fairbanks", `namedata.py`) where no cue in
    the text says anything else: no title, role, speech verb or age beside it, not an ordinary word
    of the story, a name on its own (not cut from a longer one, not half of a hyphenated one) and not
    a modifier (a lower-case word, a possessive name or a demonym right after it: "Roman Catholic").
    Left open (kind None): the story's own evidence for the name decides first ("Monsanto Co.",
    "President Obama"), the data only failing that (`entities._settle`)."""
    w = p.words
    if len(w) > 3 or tuple(w) not in data_places():  # the set first: most pieces are no listed place
        return False
    if p.titled or p.person_cue() or (len(w) == 1 and common(w[0], p.vocab)):
        return False
    if _HYPHEN_JOINED.match(p.text, p.last.end) or _PAIR_BEFORE.search(
        p.text, max(0, p.first.start - 40), p.first.start
    ):
        return False
    before = _CAP_WORD_BEFORE.search(p.text, max(0, p.first.start - 40), p.first.start)
    if before and not common(_norm_word(before.group(1)), p.vocab):
        return False  # cut from a longer name: "British Columbia", "Sydney Olympic officials"
    if (p.next_word is not None and p.next_word not in _CLOSED_CLASS) or _POSSESSIVE_CAP_AFTER.match(
        p.text, p.last.end
    ):
        return False  # a modifier: "Gloucester cattle", "Converse sneakers", "Lund's University Magazine"
    if p.text[p.last.end : p.last.end + 1] == " " and p.word_after in p.g.demonyms:
        return False  # rule data-place-demonym: a people's or a faith's word, "Roman Catholic", no town Roman
    return p.emit(None)


_HYPHEN_JOINED = re.compile(r"[-–][A-Z]")
# words that may follow a name without making it a modifier: prepositions, conjunctions, auxiliaries
# ("Grozny on Sunday", "Syracuse and Utica", "Tempe is"); any other lower-case word after it may be the
# noun it modifies ("Gloucester cattle", "Converse sneakers", "Columbine incident")
_CLOSED_CLASS = word_list("closed_class.txt")
_POSSESSIVE_CAP_AFTER = re.compile(r"['’]s\s+[A-Z]")
_CAP_WORD_BEFORE = re.compile(r"([A-Z][\w'’]*)\s+$")  # no full stop: "Sunday. Tukwila" is two


# a US broadcaster's call sign (K or W and two or three capitals) with its band: "WWUS-FM", "KQED-TV"
_CALL_SIGN_BAND = re.compile(r"[KW][A-Z]{2,3}-(?:FM|AM|TV|DT)")


def _acronym_led(p: Piece) -> bool:
    """ "CTV Winnipeg", "BBC Scotland": an acronym of three to five capitals opening a two-word name
    names a body or its unit, never a person; a call sign with its band ("WWUS-FM") is a station."""
    w = p.words
    if len(w) == 1 and _CALL_SIGN_BAND.fullmatch(w[0]):
        return p.emit("organization")
    lead = w[0]
    if (
        len(w) == 2
        and lead.isalpha()
        and lead.isupper()
        and 3 <= len(lead) <= 5
        and w[1][1:].islower()
        and lead.title() not in p.g.first_names  # a name in capitals ("DEBRA WEYDERT")
    ):
        if common(w[1], p.vocab) and w[1] not in p.g.org_last and w[1] != "Tour":
            # "MPAA Classification", "NTSB Spokesman": the body, then an ordinary word in capitals; a word
            # in capitals ("PILOT Pull", "THE INDEPENDENT") is no acronym
            return not common(lead.title(), set()) and p.emit("organization", idx=p.idx[:1])
        return p.emit("organization")
    return False


# a lower-case phrase and then the acronym: "greenhouse gas (GHG)", "erythropoietin, or EPO"
_LOWER_EXPANSION_BEFORE = re.compile(r"\b[a-z][a-z\-]+(?: \(|,? or )$")


def _term_acronym(p: Piece) -> bool:
    """ "greenhouse gas (GHG)", "erythropoietin, or EPO": an acronym the story spells out in lower case
    is a term, no body (a body is spelled out in capitals: "Federal Emergency Management Agency
    (FEMA)"); left out with its other mentions ("the EPO test")."""
    w = p.words
    if len(w) != 1 or not (w[0].isupper() and w[0].isalpha()) or p.g.kind_of((w[0],)):
        return False
    return _LOWER_EXPANSION_BEFORE.search(p.before) is not None and _left_out(p)


def _acronym(p: Piece) -> bool:
    """A broadcaster ("TV3"), a US call sign ("WXYZ"), or an unlisted acronym the story may spell out
    ("Democratic National Committee" … "DNC"), decided later."""
    w = p.words
    if len(w) != 1:
        return False
    if _BROADCASTER.match(w[0]) and any(ch.isdigit() for ch in w[0]):
        return p.emit("organization")  # "TV3" (but "reality TV" is no name)
    if _long_acronym(p):
        return p.emit(None, weak=True)  # "UNFCCC said": a body's acronym, never a person by a speech verb
    if not (w[0].isupper() and w[0].isalpha()):
        return False
    if _CALL_SIGN.match(w[0]):
        return p.emit("organization")
    if 2 <= len(w[0]) <= 5:
        p.emit(None, weak=True)
    return True


_LOWER_WORD_NEXT = re.compile(r"^\W{0,3}[a-z]")
_LOWER_WORD_BEFORE = re.compile(r"[a-z]\W{0,3}$")


def _long_acronym(p: Piece) -> bool:
    """One word of six or more capitals in running text ("UNFCCC", "UNICEF"; not a dateline or a
    shouted line, whose neighbours are capitals too) that no list names is an acronym, as a shorter one."""
    raw = p.first.text
    return (
        len(raw) > 5
        and raw.isupper()
        and raw.isalpha()
        and bool(_LOWER_WORD_NEXT.match(p.after) or _LOWER_WORD_BEFORE.search(p.before))
    )


def _lower_word_inside(p: Piece) -> bool:
    return any(not (x[0].isupper() or x in _PARTICLES) for x in p.words if not x.startswith(("al-", "el-")))


def _named_past_initial(p: Piece) -> bool:
    """ "Lasse Gustafsson, a former firefighter, …" opening a sentence: the words after the first are
    capitalised where no sentence starts, none is an ordinary word, and an apposition describes it
    (", a …", ", who …", ", former head of …"), so the run is a person's name although its first word's
    capital tells nothing. Without the apposition ("Hollister Dynamics agreed to pay", "Riverside
    Pharmacy closed") the run stays weak: the capitals alone fit a company as well as a person."""
    rest = p.idx[1:]
    return (
        bool(rest)
        and not any(p.toks[i].initial for i in rest)
        and not any(common(x, p.vocab) for x in p.words)
        and _apposition(p)
    )


_APPOS_WORDS = re.compile(r"^,\s+((?:[a-z\-]+\s+){0,3}[a-z\-]+)")
_APPOS_FORMER = re.compile(r"^,\s+(?:former|ex-|then-)")  # ", former head of …": a post someone held


_APPOS_PERSONAL = re.compile(r"^,\s+(?:\d{1,3},|(?:who|his|her)\s)")  # ", 45,", ", who …", ", his …"


def _apposition(p: Piece) -> bool:
    """A person's apposition after the piece: ", who / his / her …", an age, ", (a) former …", or a role
    word among the apposition's first four words (", party chairman …") and no organisation's head
    word there. ", a … / the … / whose …" alone is not one: "Hollister Dynamics, a defense
    contractor," and "Riverside Pharmacy, the oldest store in town," are companies."""
    if _APPOS_PERSONAL.match(p.after) or _APPOS_FORMER.match(p.after):
        return True
    m = _APPOS_WORDS.match(p.after)
    words = m.group(1).split() if m else []
    if words[:1] == ["whose"]:  # ", whose chief executive resigned": the role is someone else's
        return False
    if "former" in words[:2]:  # ", a former Goteborg firefighter": a post someone held
        return True
    return any(x in p.g.roles for x in words) and not any(x in p.g.org_after for x in words)


# rule place-appositive: ", a spa here", ", a small town in Texas", ", the village where …": a kind of place
# as the apposition's head (up to two words before it, and no noun after it: ", a park ranger" is a person's;
# nor "of": "another World Heritage Site, the oasis of Ghadames" names a category, then the place)
_PLACE_NOUNS = (
    *("town", "city", "village", "hamlet", "suburb", "township", "borough", "neighborhood", "neighbourhood"),
    *("district", "province", "county", "region", "island", "peninsula", "valley", "canyon", "settlement"),
    *("spa", "resort", "oasis", "enclave", "wetland", "wetlands", "port", "harbor", "harbour", "refuge"),
)
_PLACE_APPOS = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(_PLACE_NOUNS) + r")"
    r"(?=\s*[,.;:)]|\s+(?:here|there|in|on|near|outside|where|that|which|about|some|just|north|south|east|west)\b)"
    # rule area-appositive: an apposition opening on the land's area is a place's, whatever its head (", a
    # 12-acre wetlands project", ", a 300-hectare estate")
    r"|^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?[\d,.]+-(?:acre|hectare|square-mile|square-kilometer)s?\b"
)


# rule place-predicate: what the sentence says of the name is a place's ("X is today a city in shock", "X has
# about 435,000 people")
_PLACE_PREDICATE = re.compile(
    r"^\s+(?:(?:is|was)\s+(?:(?:now|today|still)\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:"
    + "|".join(_PLACE_NOUNS)
    + r")(?=\s*[,.;:]|\s+(?:in|on|near|where|that|which|with|of)\b)"
    # a town's people: thousands, the clause ending on them ("Kalvo Ruttner has 40 people working for him",
    # "Zentrix has 2,000 people in its plant" are a person's, a firm's)
    r"|has\s+(?:about|some|nearly|roughly|almost|more\s+than|fewer\s+than|only|just)?\s*"
    r"(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d[\d.]*\s+million)\s+(?:people|residents|inhabitants)(?=\s*[.;]|,\s+(?:and|but)\b))"
)


def _place_predicate(p: Piece) -> bool:
    """ "Tavik is today a city in shock", "Tavik has about 435,000 people": a name that is the subject of a
    place's predicate is a place (it was no name, or a person); the story's other mentions follow. Not a
    listed first name ("Austin is a town boy"), nor a name with a title or a role before it."""
    w = p.words
    if w[0] in p.g.first_names or p.titled or p.role_before or p.g.kind_of(tuple(w)):
        return False
    return _PLACE_PREDICATE.match(p.after) is not None and p.emit("place")


def _place_appositive(p: Piece) -> bool:
    """ "Rancho Alto, a spa here on the coast", "Tres Palmas, a small town in Texas": an unknown name whose
    apposition is a kind of place is a place (it was a person: an unknown run of two words or more). Not a
    name opening with a listed first name, nor one with a person's cue (a title, a role before it)."""
    w = p.words
    if w[0] in p.g.first_names or p.titled or p.role_before or p.g.kind_of(tuple(w)):
        return False
    return _PLACE_APPOS.match(p.after) is not None and p.emit("place")


# a plural verb after a name: "The Chechens say", "Xers are"; a person takes "says", "is"
_PLURAL_VERB_AFTER = re.compile(r"^\s+(?:say|are|were|have|want|do|don['’]t)\b")
_PLURAL_END = re.compile(r"[a-z][^su]s$")  # a plural's "-s" ("Onondagas", "Xers"); not "-ss", "-us"


def _plural_group(p: Piece) -> bool:
    """ "The Onondagas say", "Xers are": one unknown word in the plural before a plural verb names a
    group of people, no person: dropped (a team or a listed people is decided before; "the" alone is
    no evidence: "the Abrams proposal")."""
    w = p.words
    if len(w) != 1 or p.titled or not _PLURAL_END.search(w[0]) or w[0] in p.g.first_names:
        return False
    if _CONJUNCTION_BEFORE.search(p.before):
        return False  # the verb's subject is two names: "Barnes & Noble and Borders have"
    return _PLURAL_VERB_AFTER.match(p.after) is not None


def _plural_common_noun(p: Piece) -> bool:
    """ "Diplomats said", "Analysts in Vienna": one word that is the plural of a role word (`roles`: what a
    person is, "diplomat", "analyst", "witness") names people in general, no person: dropped. A word the
    document also writes as the last word of a longer name ("Ann Critics" … "Critics said") is kept for
    the later rules."""
    w = p.words
    if len(w) != 1 or p.titled or not w[0].endswith("s") or w[0] in p.g.first_names:
        return False
    low = w[0].lower()
    singulars = {
        low[:-1],
        low[:-2] if low.endswith("es") else "",
        low[:-3] + "y" if low.endswith("ies") else "",
    }
    if not singulars & p.g.roles:
        return False
    return not re.search(r"\b[A-Z][\w'’\-]* +" + re.escape(w[0]) + r"\b", p.text)


# a number word in capitals right before a name: "duo Two Fat Ladies", "the Three Tenors"
_NUMBER_WORD_LIST = ("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven")
_NUMBER_WORD_LIST += ("Twelve", "Hundred", "Thousand")
# one of them as the word before (`Piece.word_before`, tested first: the pattern matches only then)
_NUMBER_WORDS = frozenset(_NUMBER_WORD_LIST)
_NUMBER_WORD_BEFORE = re.compile(r"\b(?:" + "|".join(_NUMBER_WORD_LIST) + r")\s+$")


def _counted_or_plural_run(p: Piece) -> bool:
    """ "Two Fat Ladies", "the Three Tenors": a capitalised run led by a number word names a group, a
    show or a band: dropped; and "Fat Ladies" alone (ordinary words, the last a plural noun that no
    organisation ends in, "Brothers" being one) is no person either: kept weak, with no kind. A title, a
    listed name or a first name opening the run ("Joan Rivers") is decided before or kept."""
    w = p.words
    if p.titled or w[0] in p.g.first_names:
        return False
    if p.word_before in _NUMBER_WORDS and _NUMBER_WORD_BEFORE.search(p.before) and not p.first.initial:
        return True
    last = w[-1]
    if len(w) < 2 or last in p.g.org_last or not _PLURAL_END.search(last):
        return False
    low = last.lower()
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    if all(common(x, p.vocab) for x in w[:-1]) and common(singular, p.vocab):
        return p.emit(None, weak=True)  # it stands only for a name the story gives otherwise
    return False


# the Greek letters a fraternity or sorority takes its name from ("Zeta Beta Tau", "Phi Beta Kappa")
_GREEK_LETTERS = frozenset(
    [
        *("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda"),
        *("Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega"),
    ]
)


def _greek_letters(p: Piece) -> bool:
    """ "Zeta Beta Tau", "Sigma Alpha Epsilon": two or three Greek letters name a fraternity or a sorority,
    an organisation, never a person."""
    w = p.words
    if 2 <= len(w) <= 3 and all(x in _GREEK_LETTERS for x in w):
        return p.emit("organization")
    return False


# "Nine-year-old Kieran", "a 43-year-old Smith": an age right before the name
_AGE_BEFORE = re.compile(r"(?<![\d,.])\b(?:\d{1,3}|[A-Za-z]+)-year-old\s+$")  # not "4,000-year-old"


def _person_by_age_or_office(p: Piece) -> bool:
    """ "Nine-year-old Kieran was born deaf", "the Giuliani administration": an age before a name, or
    "administration" after one word of it, says person (a listed name is decided before: "the Obama
    administration" needs no list, "the Trump administration" none either)."""
    w = p.words
    if len(w) > 3 or p.titled or w[-1] in p.g.org_last or w[-1] in p.g.place_last:
        return False
    if ("-year-old" in p.before and _AGE_BEFORE.search(p.before)) or (
        len(w) == 1 and p.next_word == "administration"
    ):
        return p.emit("person", cue=True)
    return False


def _unknown_run(p: Piece) -> bool:
    """What is left: ordinary words in capitals ("Voice Recognition") are not a name unless a cue says
    person; an unknown run is a person only with a cue, else left to the story (`entities.py`)."""
    w, g = p.words, p.g
    cue = p.person_cue()
    if p.last.possessive and w[-1] in g.org_last:
        cue = False
    if cue and len(w) == 1 and not _lone_word_spoken(p):
        cue = False
    strong_cue = p.titled or p.role_before
    is_common = all(common(x, p.vocab) for x in w)
    # a hyphened given name ends a name of a person's shape ("Wan Kuok-koi" opening a sentence, though
    # "wan" is also a word): not weak
    given = len(w) >= 2 and _SYLLABLE_PAIR.fullmatch(w[-1]) is not None
    weak = ((p.first.initial and not _named_past_initial(p)) or is_common) and not (
        strong_cue or (cue and not is_common) or given
    )
    # only a speech verb says person: an organisation ("Northvale General said") may be speaking
    soft = cue and not (strong_cue or _AGE_AFTER.match(p.after) or _PARTY_AFTER.match(p.after))
    c = _cand(p.text, p.toks, p.idx, "person" if cue and not weak else None, cue=cue, weak=weak)
    c.soft = bool(soft) and c.kind == "person"
    c.rule = p.rule
    # no person by default (`entities.UNKNOWN_RUN_IS_PERSON`): a surname is rarely an ordinary word ("Rush
    # Limbaugh" is a name), and "the" goes before a thing, a place or a body, not before a person's name
    # ("the Deep Drone", "the Old Bailey", "the Cascade Locks"; the story may still name a person so)
    c.plain = common(w[-1], p.vocab) or p.the_before or _ordinary_first(p)
    p.out.append(c)
    return True


# rule lone-word-speaker: a verb of saying makes a lone unknown word a person only when the word is its
# subject: not the object of a preposition ("Critics of Quorvex called it thin"), and after "said" only in an
# inverted attribution ("…," said Noble.), not where it opens the reported clause ("the firm said Noble had")
# (nor the county closing a "from Town, County," apposition: "Kieran, from Bushey, Hertfordshire, said")
_OBJECT_OF_BEFORE = re.compile(
    r"\b(?i:of|for|from|with|by|against|about|to|on|at|in|into)\s+$|,\s+from\s+[A-Z][\w'’\-]+,\s+$"
)
_INVERTED_SAID = re.compile(r"(?:[,\"”’]|--|—)\s*(?:" + "|".join(SPEECH_BEFORE_WORDS) + r")\s+$")
# ("said Barnes and Noble Chief Executive Jon Tallis": a name joined by "and" is no description)
_DESCRIBES_NAME_AFTER = re.compile(r"^\s+(?!(?:and|or)\b)[a-z]+(?:\s+[a-z]+)?\s+[A-Z][\w'’\-]+\s+[A-Z]")
_CLAUSE_ENDS_AFTER = re.compile(r"^(?:'s\b|’s\b)?\s*(?:[,.;:!?)\"”]|--|—|$)")


def _lone_word_spoken(p: Piece) -> bool:
    """Rule lone-word-speaker: the evidence a verb of saying gives one unknown capitalised word (a title, a
    role word, an age or a party tag around it count as they are)."""
    if p.titled or p.role_before or _AGE_AFTER.match(p.after) or _PARTY_AFTER.match(p.after):
        return True
    if _SPEECH_AFTER.match(p.after) or _APPOS_SPEECH_AFTER.match(p.after):
        return not _OBJECT_OF_BEFORE.search(p.before)
    b = p.before
    if _DESCRIBES_NAME_AFTER.match(p.after):
        return False  # "said Nobel laureate Henry Kendall": the word describes the speaker named after it
    if b.rstrip().lower().endswith("according to"):
        return True
    return bool(_INVERTED_SAID.search(b) or _CLAUSE_ENDS_AFTER.match(p.after))


def _ordinary_first(p: Piece) -> bool:
    """Rule ordinary-first-word: an unknown run of two or more words opening on an ordinary word no
    first-name list holds ("Late Antiquity", "Clinical Depression", "Printable Version") has no
    name's shape either: a given name comes first in a person's name, and one that is also a word
    ("Rusty", "Will") is listed. A cue around it (a title, a speech verb, an age) still says person."""
    w = p.words
    if len(w) < 2 or w[0] in p.g.first_names or not common(w[0], p.vocab):
        return False
    # a hyphened given name ("Ban Ki-moon"), or a surname the document also writes alone ("Rush
    # Limbaugh" … "Limbaugh's show"), keeps the shape
    return not (len(w) == 2 and (_SYLLABLE_PAIR.fullmatch(w[1]) or _alone_elsewhere(p, w[1])))


def _alone_elsewhere(p: Piece, word: str) -> bool:
    """`word`, of a surname's shape (no acronym, ordinary word, first name, place or nationality),
    stands elsewhere in the text with no capitalised word right before it."""
    g = p.g
    if not word[1:].islower() or common(word, p.vocab) or word in g.first_names or g.kind_of((word,)):
        return False
    if word in g.demonyms or word.removesuffix("s") in g.demonyms:
        return False
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", p.text):
        if m.start() != p.last.start and not re.search(
            r"[A-Z][\w'’\-]*\s+$", p.text[max(0, m.start() - 30) : m.start()]
        ):
            return True
    return False


KIND_RULES: tuple[KindRule, ...] = (
    KindRule("lone-ordinal", _lone_ordinal, size=(1, 1)),
    KindRule("party-tag", _party_tag, size=(1, 1)),
    KindRule("numbered-place", _numbered_place, size=(2, 2)),
    KindRule("state-abbreviation", _state_abbreviation, size=(1, 1)),
    KindRule("lone-title", _lone_title, size=(1, 3)),
    KindRule("dateline", _dateline),
    KindRule("generational-suffix", _generational_suffix, size=(1, 5)),
    KindRule("trim-initial-word", _trim_initial_word),
    KindRule("trim-office-and", _trim_office_and, before=frozenset(["and"])),
    KindRule("trim-trailing-particle", _trim_trailing_particle),
    KindRule("listed-capitals", _listed_capitals, size=(2, ANY_SIZE[1])),
    KindRule("shouted-sentence", _shouted, size=(3, ANY_SIZE[1])),
    KindRule("listed-capital-word", _listed_capital_word, size=(1, 1)),
    KindRule("capitals-name", _capitals_name, size=(2, 4)),
    KindRule("trim-clock", _trim_clock, size=(2, ANY_SIZE[1])),
    KindRule("trim-acronym-prefix", _trim_acronym_prefix, size=(3, ANY_SIZE[1])),
    KindRule("ampersand", _ampersand),
    KindRule("honorific", _honorific, before=frozenset(_HONORIFICS)),
    KindRule("titled-first-name", _titled_first_name, size=(2, 3)),
    KindRule("titled-word-name", _titled_word_name, size=(1, 1)),
    KindRule("title-chain", _title_chain),
    KindRule("domain-name", _domain_name, size=(1, 1)),
    KindRule("storm-or-illness", _storm_or_illness),
    KindRule("listed-non-entity", _listed_non_entity),
    KindRule("event", _event, size=(2, ANY_SIZE[1])),
    KindRule("lone-event", _lone_event, size=(1, 1)),
    KindRule("award", _award, size=(1, 2)),
    KindRule("derived-demonym", _derived_demonym, size=(1, 1)),
    KindRule("plural-acronym", _plural_acronym, size=(1, 1)),
    KindRule("work", _work, before=_WORK_WORDS_BEFORE, after=_WORK_WORDS_AFTER),
    KindRule("show-star", _show_star, size=(2, ANY_SIZE[1]), after=_PERFORMER_WORDS),
    KindRule("field-of-study", _field_of_study, before=frozenset(["in", "of"])),
    KindRule("product", _product, before=frozenset(["of"])),
    KindRule("quoted-title", _quoted_title),
    KindRule("inside-quoted-title", _inside_quoted_title),
    KindRule("first-name-before-noun", _first_name_before_noun, size=(2, 2)),
    KindRule("the-first-name", _the_first_name, size=(1, 1), before=_THE_WORDS),
    KindRule("pet-name", _pet_name, size=(1, 1), before=_PET_WORDS),
    KindRule("vessel-name", _vessel_name, size=(1, 4), before=_VESSEL_WORDS),
    KindRule("first-name-not-place", _first_name_with_person_cue),
    KindRule("possessive-listed", _possessive_listed),
    KindRule("maker-model", _maker_model),
    KindRule("portuguese-place", _portuguese_place, size=(3, ANY_SIZE[1])),
    KindRule("listed", _listed),
    KindRule("outlet-in-capitals", _outlet_in_capitals, before=TOLD_VERBS),
    KindRule("party-lead", _party_lead, size=(2, ANY_SIZE[1])),
    KindRule("title-case-acronym", _title_case_acronym, size=(1, 1)),
    KindRule("acronym-led", _acronym_led, size=(1, 2)),
    KindRule("compass-region", _compass_region, size=(1, 2)),
    KindRule("place-prefix", _place_prefix, size=(2, 3)),
    KindRule("greek-letters", _greek_letters, size=(2, 3)),
    KindRule("team", _team),
    KindRule("person-appositive", _person_appositive),
    KindRule("place-appositive", _place_appositive, size=(2, ANY_SIZE[1])),
    KindRule("place-predicate", _place_predicate),
    KindRule("first-name-place-surname", _first_name_place_surname, size=(2, 2)),
    KindRule("org-appositive", _org_appositive),
    KindRule("org-noun-after", _org_noun_after),
    KindRule("org-noun-before", _org_noun_before, before=_ORG_NOUNS_BEFORE),
    KindRule("org-list", _org_list),
    KindRule("company-context", _company_context, size=(1, 1)),
    KindRule("legislative-house", _legislative_house, size=(1, 1)),
    KindRule("lone-body", _lone_body, size=(1, 1)),
    KindRule("place-tail", _place_tail),
    KindRule("news-agency", _news_agency, size=(1, 1)),
    KindRule("aged-surname-head", _aged_surname_head, size=(2, 2)),
    KindRule("venue-named-after", _venue_named_after, size=(3, 3), before=_VENUE_BEFORE),
    KindRule("facility", _facility, size=(2, ANY_SIZE[1])),
    KindRule("landmark", _landmark, size=(1, 1)),
    KindRule("head-word", _head_word),
    KindRule("landform-head", _landform_head, size=(2, ANY_SIZE[1])),
    KindRule("listed-inside", _listed_inside, size=(2, ANY_SIZE[1])),
    KindRule("place-noun-after", _place_noun_after),
    KindRule("first-name-in-chain", _first_name_in_chain, size=(3, ANY_SIZE[1])),
    KindRule("head-inside", _head_inside, size=(3, ANY_SIZE[1])),
    KindRule("post-of", _post_of, before=frozenset(["of", "for", "the", "The"])),
    KindRule("hometown", _hometown, size=(1, 2), before=frozenset(["of"])),
    KindRule("first-name-town", _first_name_town, size=(1, 1), before=frozenset(["in", "near", "of"])),
    KindRule("place-context", _place_context),
    KindRule("couple", _couple, size=(1, 1)),
    KindRule("first-name", _first_name),
    KindRule("data-place", _data_place, size=(1, 3)),
    KindRule("term-acronym", _term_acronym, size=(1, 1)),
    KindRule("acronym", _acronym, size=(1, 1)),
    KindRule("lower-word-inside", _lower_word_inside),
    KindRule("person-by-age-or-office", _person_by_age_or_office, size=(1, 3)),
    KindRule("counted-or-plural-run", _counted_or_plural_run),
    KindRule("plural-common-noun", _plural_common_noun, size=(1, 1)),
    KindRule("plural-group", _plural_group, size=(1, 1)),
    KindRule("unknown-run", _unknown_run),
)
KIND_BY_NAME = {r.name: r for r in KIND_RULES}
