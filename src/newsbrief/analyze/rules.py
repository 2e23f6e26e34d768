"""The core entity recogniser: capitalised word runs, gazetteers and context cues; no model.

Hand-written because no well-kept library does English NER without a statistical model; spaCy (the
`[nlp]` extra) is the model-based alternative (see `spacy_ner.py`). The recogniser works on one
document at a time and leaves what it cannot decide (`kind=None`) to the story-level pass in
`entities.py`, which sees every document (a bare "Kim" is a person once "Kim Jong Un" appears).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from ..lexicon.gazetteer import Gazetteer, gazetteer
from ..lexicon.verbs import SPEECH_VERBS  # re-exported: attribution and coreference import it from here

# The web-address endings a token may carry ("freep.com", "bbc.co.uk"): one list for the tokenizer,
# the hyphen split, bare addresses and kinds.py's organisation rule.
DOMAIN_ENDINGS = r"(?:com|org|net|gov|edu|co\.uk|tv)"
DOMAIN_END = re.compile(r"\." + DOMAIN_ENDINGS + r"$")
# "U.S." / "J.C." acronyms with dots, else words with inner apostrophes, hyphens, ampersands (also as
# the HTML entity wire text leaves in: "AT&AMP;T", "PG&amp;E").
# Written so the regex engine does little per character (the same matches as the plain form
# `(?:[A-Z]\.){2,}|[^\W_](?:&(?:amp|AMP);(?=\w)|[\w'’&\-])*(?:(?:\.[a-z\d\-]+)*\.ENDING\b)?`): each branch
# opens on a character class (the engine skips to where one fits), runs of word characters are one
# class repeat (not one group step per character), and an ampersand, rare, is the only step between them.
_TOKEN = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)+|[^\W_][\w'’\-]*(?:(?:&(?:amp|AMP);(?=\w)|&)[\w'’\-]*)*(?:\.(?:[a-z\d\-]+\.)*"
    + DOMAIN_ENDINGS
    + r"\b)?"
)
_HYPHEN_PREFIX = frozenset(
    ["Ben", "Abu", "Jean", "Saint", "Trans", "Anti", "Pro", "Pan", "Non", "Mid", "Post", "Pre"]
)
_LOWER_HYPHEN = re.compile(r"^(?:[a-z]+-)+(?=[A-Z])")  # "pro-Gadhafi", "pregnant-Amy": the name is the rest
_PLACE_NOUN = frozenset(
    [
        "prison",
        "jail",
        "facility",
        "airport",
        "park",
        "square",
        "camp",
        "base",
        "compound",
        "station",
        "stadium",
        "arena",
        "bridge",
        "hotel",
        "mall",
        "village",
        "town",
        "county",
        "province",
        "district",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "island",
        "river",
        "lake",
        "mountain",
        "valley",
        "peninsula",
        "coast",
        "beach",
        "street",
        "road",
        "avenue",
        "highway",
        "peak",
        "summit",
        "region",
        "area",
        "junction",
        "terminal",
    ]
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")  # what `_POSSESSIVE` finds ("years" has nothing to split)
_PARTICLES = frozenset(
    ["bin", "ibn", "al", "el", "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le"]
)
_OF_JOINERS = frozenset(["of", "for"])
# rule portuguese-of: Portuguese "of the" in a place's or a paper's name ("Rio Grande do Sul", "Mato Grosso
# do Sul", "Jornal do Brasil"); "da" is among `_PARTICLES`. English "do" between capitals follows a question
# word or comes before "I" ("How do I", "What do Italians do"): never joined there
_PORTUGUESE_OF = frozenset(["do", "dos", "das"])
_QUESTION_WORDS = frozenset(["What", "How", "Why", "Where", "When", "Who", "Whom", "Which", "Whose"])


def _portuguese_of(before: str, word: str, after: str) -> bool:
    """Rule portuguese-of: `word` is a Portuguese "do"/"dos"/"das" joining the capitalised words around it
    into one name, not English "do" after a question word or before "I"."""
    return word in _PORTUGUESE_OF and before not in _QUESTION_WORDS and after != "I"


_ABBREV_JOIN = frozenset(["St", "Mt", "Ft", "Jr", "Sr"])
_OF_EXTRA = frozenset(
    ["House", "Secretary", "Duke", "Duchess", "Prince", "Princess", "Earl", "Archbishop", "Bishop"]
)
_COMPASS = frozenset(
    ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"]
)
_SPEECH_AFTER = re.compile(r"^,?\s+(?:" + SPEECH_VERBS + r")\b")
_APPOS_SPEECH_AFTER = re.compile(
    r"^,\s+(?:\d{1,3}|the|a|an|who|whose|his|her)\b[^,\n]{0,80},\s+(?:said|says|told)\b"
)
# "said X" names the speaker; "told X" / "asked X" name whom they spoke to, often an outlet ("told SiriusXM")
SPEECH_BEFORE_WORDS = ("said", "says", "according to", "added", "wrote")
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(SPEECH_BEFORE_WORDS) + r")\s+$")
# ", 45," is an age; ", 40 kilometers (25 miles) from", ", 45 minutes west of" is a distance
_AGE_AFTER = re.compile(
    r"^,\s+\d{1,3}(?:,|\s|$)(?!\s*(?:kilometers|kilometres|km|miles|minutes|hours|meters|metres|feet|yards)\b)"
)
_PARTY_AFTER = re.compile(r"^\s+\([DRI]-")
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}$")
_BROADCASTER = re.compile(r"^(?:TV|Channel)\d*$")
PLACE_BEFORE_WORDS = (
    *("in", "near", "outside", "from", "town of", "city of", "village of", "suburb of"),
    # rule place-of-noun: a kind of place or a bearing, then "of" ("the neighborhood of Har Zayit", "east of
    # Red Mesa"): what follows is a place, never a person
    *("neighborhood of", "neighbourhood of", "settlement of", "district of", "province of", "outskirts of"),
    *("north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of"),
    "southwest of",
)
# rule opening-in: "In X," opening a sentence, as "in X" inside one ("In Wadi Sura, in the hills, …")
OPENING_PLACE_WORDS = ("In", "Near", "Outside")
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(PLACE_BEFORE_WORDS + OPENING_PLACE_WORDS) + r")\s+$")
# "at X" puts X in a place ("Queues at Northvale Central") unless the word before takes a person
# ("looked at", "angry at", "a swipe at").
_AT_BEFORE = re.compile(r"\b([A-Za-z]+)\s+at\s+$")
_AT_PERSON = frozenset([
    "look", "looks", "looked", "looking", "stare", "stared", "staring", "glance", "glanced", "aim", "aimed",
    "aiming", "angry", "mad", "furious", "upset", "swipe", "swipes", "jab", "jabs", "shot", "shoot",
    "shooting", "fire", "fired", "firing", "laugh", "laughed", "laughing", "smile", "smiled", "yell",
    "yelled", "yelling", "shout", "shouted", "shouting", "point", "pointed", "pointing", "direct",
    "directed", "lash", "lashed", "hit", "lob", "lobbed", "wave", "waved", "snap", "snapped", "scream",
    "screamed", "grab", "grabbed", "dig", "digs",
])  # fmt: skip
_NUMBERED_PLACE = frozenset(["Route", "Highway", "Interstate", "Pier", "Terminal", "Platform"])
_APPOS_ROLE = re.compile(r"^,\s+(?:(?:a|an|the)\s+)?(?:[a-z\-]+\s+){0,2}?([a-z]+)\b")  # ", (a) spokeswoman"
_APPOS_PERSON = re.compile(r"^,\s+(?:\d{1,3},|(?:a|an|the|who|whose|his|her)\s)")
_ROLE_BEFORE = re.compile(r"\b([a-z][a-z\-]+),?\s+$")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    possessive: bool = False
    initial: bool = False  # first word of a sentence (or of a quote, or of a headline-like line)


@dataclass(slots=True)
class Candidate:
    """A name found in one document: `kind` None when the document alone does not tell."""

    start: int
    end: int
    text: str
    kind: str | None
    person_cue: bool = False
    weak: bool = False  # only initial-capital evidence: keep only if the story confirms it
    soft: bool = False  # a person only by a speech verb after it ("X said"): organisations speak too
    context: bool = False  # a place only by "at X" / "from X": "a call from X" misleads
    rule: str = ""  # the kind rule that decided (kinds.py), "" from other recognisers
    plain: bool = False  # an unknown run ending in an ordinary word ("Jurassic World"): no name shape


_CAP_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s$")


def _named_in_full_elsewhere(text: str, t: str) -> bool:
    """A hyphenated surname the text writes after a first name somewhere ("David Bar-Illan") is one
    name also where it stands alone ("Bar-Illan said"), not two."""
    for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(t) + r"\b", text):
        if m.group(1) not in gazetteer().not_names:
            return True
    return False


_CAP_AFTER = re.compile(r"\s[A-Z][a-z]")
_LOWER_TAIL = re.compile(r"-[a-z]+$")
# a given name of two hyphened syllables after a family name ("Ban Ki-moon", "Wan Kuok-koi", "Kim
# Jong-un"): part of the name, unlike the tail of a compound adjective ("Obama-led", "Bush-era")
_SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,4}-([a-z]{1,4})")
_COMPOUND_TAILS = frozenset(
    [
        *("led", "run", "era", "born", "made", "like", "free", "wide", "held", "area", "type", "size"),
        *("only", "less", "ish", "fed", "bred", "ward", "side", "day", "year", "old", "time", "long"),
        *("up", "in", "out", "off", "on", "to", "by", "hit", "torn", "tied", "some"),
    ]
)
# "Virginia-based", "Alaska-bound", "Puget Sound-area": a place's name before a lower-case tail
PLACE_TAIL = ("-based", "-bound", "-area")
_PLACE_TAIL = re.compile(r"(?:" + "|".join(PLACE_TAIL) + r")$")


def tokens(text: str, starts: Iterable[int]) -> list[Tok]:
    """Word tokens with possessives split off and sentence-initial words marked (`_opens`, then
    `_mark_title_lines`)."""
    start_set = set(starts)
    out: list[Tok] = []
    has_amp = "&" in text
    pos = prev_end = 0  # prev_end: where the last token kept ends (0: none yet)
    for t in _TOKEN.findall(text):  # strings, not match objects: this runs on every word of the story
        # `_TOKEN` matches at every letter and digit, so none lies between two tokens: a token starts
        # where it is first written after the one before
        s = text.find(t, pos)
        e = pos = s + len(t)
        if has_amp and text[s - 1 : s] == "&" and text[e : e + 1] == ";":
            continue  # "&AMP;": an HTML entity the source left undecoded, no word
        if len(t) == 2 and t.lower() == "cq" and text[s - 1 : s] == "(" and text[e : e + 1] == ")":
            continue  # "Bry(cq) Conley": a copy desk's "checked" mark, no word
        if "-" not in t and (t[-1] not in "'’s" or not t.endswith(_POSSESSIVE_ENDS)):
            # the common word: no hyphen, no possessive, nothing to split; `_opens` written out, the
            # common gap (one space) first
            if prev_end and s == prev_end + 1 and text[prev_end] == " " and s not in start_set:
                out.append(Tok(s, e, t))
            else:
                out.append(Tok(s, e, t, False, _opens(text, prev_end, s, start_set)))
            prev_end = e
            continue
        lh = _LOWER_HYPHEN.match(t) if "-" in t else None
        if lh and not t.startswith(("al-", "el-")):
            s += lh.end()
            t = t[lh.end() :]
        pt = _PLACE_TAIL.search(t) if "-" in t else None
        if pt and t[0].isupper():  # "California-based", "Alaska-bound": the name without its tail
            e -= len(pt.group())
            t = t[: pt.start()]
        parts = t.split("-") if "-" in t else [t]
        two_names = len(parts) == 2 and all(len(p) >= 3 and p[0].isupper() and p[1:].islower() for p in parts)
        # inside a longer name ("Mary Ann Dewey-Plante", "Hetrick-Martin Institute") it is one name
        before = _CAP_BEFORE.search(text, max(0, s - 40), s) if two_names else None
        in_name = two_names and (
            (before is not None and before.group(1) not in gazetteer().not_names)
            or _CAP_AFTER.match(text, e)
            or _named_in_full_elsewhere(text, t)
        )
        if two_names and not in_name and not DOMAIN_END.search(t):
            g = gazetteer()
            if parts[0] not in _HYPHEN_PREFIX and not g.kind_of((t,)) and t not in g.demonyms:
                # "Trump-Kim summit": two names
                out.append(Tok(s, s + len(parts[0]), parts[0], False, _opens(text, prev_end, s, start_set)))
                prev_end = s + len(parts[0])
                s += len(parts[0]) + 1
                t = parts[1]
        t2 = t.rstrip("-")
        poss = False
        if t2 != t:
            e -= len(t) - len(t2)
            t = t2
        pm = _POSSESSIVE.search(t) if t[-1] in "'’s" else None
        if pm and len(t) > len(pm.group()):
            e -= len(pm.group())
            t = t[: len(t) - len(pm.group())]
            poss = True
        out.append(Tok(s, e, t, poss, _opens(text, prev_end, s, start_set)))
        prev_end = e
    _mark_title_lines(text, out)
    return out


def _opens(text: str, prev_end: int, start: int, starts: set[int]) -> bool:
    """Whether the token at `start` opens a sentence (`starts`) or the text, or follows a line break, an
    opening quote mark or bracket, or a colon (a single space, the common gap, is none of them)."""
    if start in starts or prev_end == 0:
        return True
    gap = text[prev_end:start]
    return gap != " " and ("\n" in gap or gap[-1:] in '“"‘([`' or gap.rstrip()[-1:] == ":")


_START = attrgetter("start")


def _mark_title_lines(text: str, toks: list[Tok]) -> None:
    """Title-case lines (headlines, captions): every word capitalised tells nothing, so every word of a
    line of four words or more, 70 % of them capitalised, counts as initial."""
    line_start, k = 0, 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        end = bisect_left(toks, line_end, k, key=_START)  # tokens are in text order: one pass
        if end - k >= 4 and not _mostly_lower(toks, k, end):  # fewer tokens, fewer than four words
            words = [t for t in toks[k:end] if t.text[0].isalpha()]  # no token starts on the line break
            if len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words):
                for t in words:
                    t.initial = True
        k = end
        line_start = line_end + 1


def _mostly_lower(toks: list[Tok], k: int, end: int) -> bool:
    """More than 30 % of tokens k:end are words not capitalised: the line is no title-case line whatever
    its other tokens (`_mark_title_lines`' cheap test, stopped as soon as it is known; in integers)."""
    most = 3 * (end - k)
    lower = 0
    for t in toks[k:end]:
        c = t.text[0]
        if c.isalpha() and not c.isupper():
            lower += 10
            if lower > most:
                return True
    return False


def _is_cap(t: str) -> bool:
    # the regex only for a word opening on a digit (`_ORDINAL`'s \d is a subset of str.isdigit)
    c = t[0]
    return c.isupper() or t.startswith(("al-", "el-")) or (c.isdigit() and _ORDINAL.match(t) is not None)


def _bare_address(text: str, tok: Tok) -> bool:
    """A bare web address names its site whatever its case ("on freep.com", "www.hud.gov"); inside a
    link ("http://islam.org/list.html") or an e-mail address ("dan(at)pni.com") it names nothing."""
    t = tok.text
    if "." not in t or DOMAIN_END.search(t) is None:
        return False
    before, after = text[max(0, tok.start - 4) : tok.start], text[tok.end : tok.end + 1]
    return not (before.endswith(("@", "(at)", "/")) or after == "/")


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_NICK_OPEN = re.compile(r" [“\"] ?")
_NICK_CLOSE = re.compile(r" ?[”\"] ")


def _given_syllables(text: str, toks: list[Tok], cur: list[int], i: int) -> bool:
    """ "Ki-moon" right after "Ban": a hyphened given name that goes on a family name. Rule syllable-tail: a
    compound's tail word ("-in", "-up") is a syllable too after a head no English word ("Moon Jae-in"; not
    "Starlight Drive-in")."""
    m = _SYLLABLE_PAIR.fullmatch(toks[i].text)
    return bool(
        m
        and (m.group(1) not in _COMPOUND_TAILS or not common(toks[i].text.split("-")[0], set()))
        and cur
        and toks[cur[-1]].text[1:].islower()
        and text[toks[cur[-1]].end : toks[i].start] == " "
    )


def runs(text: str, toks: list[Tok]) -> list[list[int]]:
    """Maximal runs of capitalised tokens that may form one name (indices into `toks`)."""
    g = gazetteer()
    out: list[list[int]] = []
    cur: list[int] = []
    n = len(toks)
    nickname_end = -1  # the token closing a quoted nickname inside a name joins it
    joined_to = -1  # small words already joined into the name ("Bulletin of the …"): not seen again
    for i, tok in enumerate(toks):
        if i < joined_to:
            continue
        if i == nickname_end:
            cur.append(i)
            continue
        t = tok.text
        c = t[0]
        cap = (
            # `_is_cap` written out (a call per word of the story)
            (
                c.isupper()
                or ((c == "a" or c == "e") and t.startswith(("al-", "el-")))
                or (c.isdigit() and _ORDINAL.match(t) is not None)
                or ("." in t and _bare_address(text, tok))
            )
            and not (
                "-" in tok.text and _LOWER_TAIL.search(tok.text) and not _given_syllables(text, toks, cur, i)
            )
            and not (tok.text in ("Of", "For") and cur and _of_ok(g, [toks[j].text for j in cur]))
        )
        if cur:
            prev = toks[cur[-1]]
            gap = text[prev.end : tok.start]
            if prev.possessive and gap in ("’s ", "'s ") and cap and (tok.text in g.place_last):
                cur.append(i)  # "St Alban’s Avenue"
                continue
            if prev.possessive and cap and _noun_possessive_in_name(text, toks, cur[-1], i, g):
                cur.append(i)  # "Broward Sheriff's Office", "Children's Hospital"
                continue
            if (
                cap
                and len(cur) == 1
                and i + 1 < n
                and _NICK_OPEN.fullmatch(gap)
                and _NICK_CLOSE.fullmatch(text, tok.end, toks[i + 1].start)
                and _is_cap(toks[i + 1].text)
                and toks[cur[0]].text in g.first_names
            ):
                cur.append(i)  # 'Amy “Kalee” Kreider', 'Nicole " Snooki " Polizzi': a nickname inside
                nickname_end = i + 1
                continue
            joinable = not prev.possessive and (
                gap == " "
                or gap.lower() == "(cq) "  # "Bry(cq) Conley": the copy desk's mark inside a name
                or (
                    gap == ". "
                    and (len(prev.text) == 1 or prev.text in _ABBREV_JOIN or (prev.text,) in g.titles)
                )
            )
            if joinable and cap:
                cur.append(i)
                continue
            if gap == " " and prev.text in _NUMBERED_PLACE and tok.text.isdigit() and len(cur) == 1:
                cur.append(i)  # "Route 9"
                out.append(cur)
                cur = []
                continue
            if (
                joinable
                and i + 1 < n
                and text[tok.end : toks[i + 1].start] == " "
                and _is_cap(toks[i + 1].text)
                and (
                    tok.text in _PARTICLES
                    or _portuguese_of(prev.text, tok.text, toks[i + 1].text)
                    or (
                        tok.text.lower() in _OF_JOINERS
                        and (
                            _of_ok(g, ws := [toks[j].text for j in cur])
                            # a second "of"/"for" in a headed name: "International Union for
                            # Conservation of Nature", "Bureau of Enquiry and Analysis for Civil …"
                            or (tok.text in _OF_JOINERS and of_tail_at(ws, g) > 0)
                        )
                    )
                    or (
                        tok.text == "on"  # "Committee on Foreign Relations", not "Committee on Thursday"
                        and prev.text in _ON_HEADS
                        and toks[i + 1].text not in g.not_names
                    )
                )
            ):
                cur.append(i)
                continue
            if (
                joinable
                and tok.text in _NAME_JOINERS
                and (
                    _may_continue(g, [toks[j].text for j in cur], tok.text)
                    or _couple_before_head(toks, cur, i, g)
                    or _listed_and_committee(text, toks, cur, i, g)
                )
            ):
                k = _joined_org_end(text, toks, i, g, _org_head(g, prev.text))
                if tok.text == "and" and of_tail_at([toks[j].text for j in cur], g) > 0:
                    k = 0  # "University of Rouen and New York Medical College": two bodies
                if k == i + 2 and not _org_head(g, prev.text):
                    k = 0  # two small words ("of the") only after a head ("Bulletin of the …"), not
                    # "According to the Secret Service", "Humboldt County on the … Department"
                k = k or _of_tail_and_end(text, toks, cur, i, g)
                if k:
                    cur.extend(range(i, k))
                    joined_to = k
                    continue
            if cap and "&" in gap and _AMPERSAND_GAP.fullmatch(gap) and not prev.possessive:
                cur.append(i)  # "Procter & Gamble", "Barnes &AMP; Noble": an ampersand joins one name
                continue
            out.append(cur)
            cur = []
        if cap:
            cur = [i]
    if cur:
        out.append(cur)
    return out


# small words inside an organisation's name ("Lesbian and Gay Community Services Center", "Right to
# Life Party", "Focus on the Family Center"): joined only when the name ends in an organisation head word
_NAME_JOINERS = frozenset(["and", "to", "on", "of", "for", "the", "&"])


# words that open a prepositional phrase, not a name, before "to"/"of" ("According to Eastern Television",
# "Thanks to", "Due to", "Prior to", "Contrary to", "Owing to", "Instead of", "Because of")
_PHRASE_OPENERS = frozenset(
    ["According", "Thanks", "Due", "Prior", "Contrary", "Owing", "Instead", "Because"]
)


def _opening_the_off(words: list[str]) -> list[str]:
    """Rule the-before-listed: a name so far without a sentence's opening "The" ("The FBI and Justice
    Department" is read as "FBI" is: a listed body, then another), none when "The" is all of it."""
    return words[1:] if len(words) > 1 and words[0] == "The" else words


def _may_continue(g: Gazetteer, words: list[str], joiner: str) -> bool:
    """Whether a name so far may go on past a small word: never a person's name or a listed name
    ("Charles Lago of …", "House and Senate", "The FBI and Justice Department": `the-before-listed`);
    past "of"/"for" only after a head word ("College of")."""
    words = _opening_the_off(words)
    if (
        words[0] in g.first_names
        or g.kind_of(tuple(words))
        or (len(words) == 1 and words[0] in _PHRASE_OPENERS)
        or words[-1] in g.first_names  # "Then David and Police Department officials"
    ):
        return False
    if joiner in ("of", "for", "the"):
        return words[-1] in g.org_last or words[-1] in g.org_first
    return True


def _couple_before_head(toks: list[Tok], cur: list[int], i: int, g: Gazetteer) -> bool:
    """ "David and Lucile Packard Foundation", "Bill and Melinda Gates Foundation": a first name, "and"
    and a name of three words ending in the head may be one body's name (not "David and Police
    Department officials"); a sentence's opening "The" before the first name too (`the-before-listed`)."""
    first = _opening_the_off([toks[j].text for j in cur])
    if not (len(first) == 1 and toks[i].text == "and" and first[0] in g.first_names):
        return False
    ws = [t.text for t in toks[i + 1 : i + 4]]
    return (
        len(ws) == 3
        and all(_is_cap(w) for w in ws)
        and ws[2] in g.org_last
        and not (_org_head(g, ws[0]) or _org_head(g, ws[1]) or g.kind_of((ws[0],)))
    )


# rule and-in-name: the heads of a committee, commission or board whose name holds "and" after a listed
# name ("Homeland Security and Governmental Affairs Committee")
_AND_HEADS = frozenset(["Committee", "Subcommittee", "Commission", "Board"])


def _listed_and_committee(text: str, toks: list[Tok], cur: list[int], i: int, g: Gazetteer) -> bool:
    """Rule and-in-name: a listed organisation of two words or more, "and", then one to three capitalised
    words ending on one of `_AND_HEADS` and nothing capitalised after it, is one committee's name
    ("Homeland Security and Governmental Affairs Committee"), not the listed body and a committee; not a
    listed name of one word ("House and Senate", "FBI and Justice Department")."""
    words = _opening_the_off([toks[j].text for j in cur])
    if toks[i].text != "and" or len(words) < 2 or g.kind_of(tuple(words)) != "organization":
        return False
    n = len(toks)
    for j in range(i + 1, min(i + 5, n)):
        if text[toks[j - 1].end : toks[j].start] != " " or not _is_cap(toks[j].text) or toks[j].possessive:
            return False
        if toks[j].text in _AND_HEADS:
            nxt = toks[j + 1] if j + 1 < n else None
            return j > i + 1 and not (nxt and _is_cap(nxt.text) and text[toks[j].end : nxt.start] == " ")
    return False


def _joined_org_end(text: str, toks: list[Tok], i: int, g: Gazetteer, after_head: bool = False) -> int:
    """Index after the small word(s) at `i` and the capitalised words after them, when those words
    end in an organisation head word ("… and Allied Workers Union"), or after a head word when they
    are "of the" ("Hastings College of the Law", "Church of the Nazarene"); else 0."""
    n, k = len(toks), i
    while k < n and toks[k].text in _NAME_JOINERS and k - i < 2:
        if text[toks[k].end : toks[k].end + 1] != " ":
            return 0
        k += 1
    if (
        k == i
        or k >= n
        or (toks[i].text == "and" and (toks[i + 1].text == "the" or g.kind_of((toks[k].text,))))
    ):
        return 0  # "Israel and the Palestinian Authority", "House and Senate": two names
    if (
        after_head
        and k == i + 2
        and (toks[i].text, toks[i + 1].text) == ("of", "the")
        and _is_cap(toks[k].text)
    ):
        return k
    j = k
    while j < n and _is_cap(toks[j].text) and text[toks[j - 1].end : toks[j].start] == " " and j - k < 4:
        nxt = toks[j + 1] if j + 1 < n else None
        if toks[j].text in g.org_last and not (
            nxt and _is_cap(nxt.text) and text[toks[j].end : nxt.start] == " "
        ):
            if toks[i].text == "and" and nxt and nxt.text in _OF_JOINERS:
                return 0  # "Markham and University of Toronto": a name of its own after "and"
            return k
        if toks[j].possessive:
            return 0
        j += 1
    return 0


def _of_ok(g: Gazetteer, words: list[str]) -> bool:
    last = words[-1]
    return last in g.org_first or last in g.place_first or last in _OF_EXTRA or last in g.org_last


# heads that take "on" in a name ("Committee on …"; not "Books on Van Ness Avenue")
_ON_HEADS = frozenset(
    ["Committee", "Commission", "Council", "Center", "Centre", "Panel", "Conference", "Institute", "Office"]
)


def _org_head(g: Gazetteer, word: str) -> bool:
    return word in g.org_last or word in g.org_first


# " & ", " &AMP; " (an HTML entity the source left in capitals) between two capitalised words
_AMPERSAND_GAP = re.compile(r" &(?:amp;|AMP;)? ")


def of_tail_at(words: list[str], g: Gazetteer) -> int:
    """Index of the "of"/"for"/"on" that follows an organisation head word in `words` ("Department
    of …", "Committee on …"), else -1: the words after it belong to the organisation's name."""
    if len(words) < 3:
        return -1
    for j in range(1, len(words) - 1):
        if words[j] in ("of", "for", "on") and _org_head(g, words[j - 1]):
            return j
    return -1


def _of_tail_and_end(text: str, toks: list[Tok], cur: list[int], i: int, g: Gazetteer) -> int:
    """Index after "and" and one to three capitalised words that finish an organisation's "of" part
    ("Department of Housing and Urban Development", "Board of Pardons and Paroles"), else 0. Not
    before "the", a listed name or a first name ("Department of Justice and Microsoft": two names)."""
    if toks[i].text != "and" or of_tail_at([toks[j].text for j in cur], g) < 0:
        return 0
    j, n = i + 1, len(toks)
    while j < n and j - i <= 3 and text[toks[j - 1].end : toks[j].start] == " " and _is_cap(toks[j].text):
        w = toks[j].text
        if w in g.first_names or g.kind_of((w,)) or (w.isupper() and len(w) > 1):
            return 0
        j += 1
        if toks[j - 1].possessive:
            return 0
    return (
        j
        if j > i + 1
        and not (j < n and text[toks[j - 1].end : toks[j].start] == " " and _is_cap(toks[j].text))
        else 0
    )


_POSSESSIVE_GAP = frozenset(["'s ", "’s ", "' ", "’ "])
# titles that open the name of a place named after a royal or a saint (rule titled-place)
_TITLED_PLACE_WORDS = frozenset(["Prince", "Princess", "King", "Queen", "Saint", "St.", "St", "Lord", "Lady"])
_TIME_WORD = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Today|Yesterday|Tomorrow|Tonight|Year|Week|Month"
)


def _noun_possessive_in_name(text: str, toks: list[Tok], p: int, i: int, g: Gazetteer) -> bool:
    """An ordinary noun's possessive inside a name ("Broward Sheriff's Office", "Citizens' Housing
    Council", "Fisherman's Wharf"): the capitalised words after it end in an organisation's or a place's
    head word. A name's possessive ("Obama's Justice Department") stays outside the name."""
    word = toks[p].text
    if text[toks[p].end : toks[i].start] not in _POSSESSIVE_GAP or not common(word, set()):
        return False
    if word in g.org_last or _TIME_WORD.fullmatch(word):
        return False  # "Northeastern University's College of …", "Tuesday's Washington Post"
    k = i
    while k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] == " " and _is_cap(toks[k + 1].text):
        k += 1
    last = toks[k].text
    return not toks[k].possessive and (last in g.org_last or last in g.place_last)


@lru_cache(maxsize=1)
def _ortho() -> dict[str, int]:
    """Punkt's English orthographic table (word -> where it was seen upper/lower case), already a
    dependency of the sentence splitter: a word seen in lower case is an ordinary English word."""
    import punkt.data.english as en

    return en.ORTHO_CONTEXT


_SEEN_LOWER = 16 | 32 | 64  # Punkt's _ORTHO_BEG_LC | _ORTHO_MID_LC | _ORTHO_UNK_LC


def common(word: str, lower_vocab: set[str]) -> bool:
    """A capitalised word that is probably an ordinary word (only capitalised by position)."""
    if word in gazetteer().not_names:
        return True
    low = word.lower()
    if low in lower_vocab or _ortho().get(low, 0) & _SEEN_LOWER:
        return True
    return len(word) >= 5 and word[1:].islower() and low.endswith(("ly", "ing", "ed"))


def recognise(text: str, sentence_starts: Iterable[int], lower_vocab: set[str]) -> list[Candidate]:
    """Candidate names in one document's clean text."""
    from .kinds import classify  # the kind rules read this module's cues (imported here: no cycle)

    g = gazetteer()
    toks = tokens(text, sentence_starts)
    out: list[Candidate] = []
    for run in runs(text, toks):
        _split_run(text, toks, run, g, lower_vocab, out, classify)
    return out


def _opens_name(g: Gazetteer, words: list[str], k: int) -> bool:
    """A first name that is also an ordinary word ("Per", "Jan") opens a name when an unlisted
    capitalised word follows ("Per Gustafson"; not "Per Reuters")."""
    if words[k] not in g.first_names or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    return nxt[:1].isupper() and nxt not in g.not_names and not g.kind_of((nxt,))


_THE_OR_OF = re.compile(r"\b(?:the|of)\s$")


# rule currency-place: a currency's name after a listed place's ("Hong Kong dollars", "new zealand dollars"):
# the place names the money, not where anything is (caseless.py's listed-name reads the same words); no
# "pound(s)": after a place it is the verb ("Russia pounds Kharkiv"), the pound's places a demonym ("British")
CURRENCIES = frozenset(
    [
        *("dollar", "dollars", "peso", "pesos", "rupee", "rupees", "franc", "francs"),
        *("shekel", "shekels", "ruble", "rubles", "rand"),
    ]
)
_CURRENCY_AFTER = re.compile(r" (?:" + "|".join(sorted(CURRENCIES)) + r")\b")


def _split_run(
    text: str,
    toks: list[Tok],
    run: list[int],
    g: Gazetteer,
    lower_vocab: set[str],
    out: list[Candidate],
    classify: Callable[..., None],
) -> None:
    """Split one run into pieces at titles and plain words; each piece goes to `classify` (kinds.py)."""
    words = [_norm_word(toks[i].text) for i in run]
    # A whole run that is a listed name wins ("The Hague", "New York Times").
    whole = g.kind_of(tuple(words)) or _listed_in_capitals(g, toks, run)
    if whole == "place" and _CURRENCY_AFTER.match(text, toks[run[-1]].end):
        return  # rule currency-place: "600,000 New Zealand dollars" names the money, no place
    if whole and not (len(words) == 1 and words[0] in g.first_names):  # "Chad": the kind rules decide
        out.append(_cand(text, toks, run, whole, weak=False))
        return
    pieces: list[tuple[list[int], bool]] = []  # (token indices, preceded by a title)
    cur: list[int] = []
    title_before = False
    of_at = of_tail_at(words, g)  # "Union of Concerned Scientists": the words after "of" are the name's
    headed = len(words) >= 2 and (words[-1] in g.org_last or words[-1] in g.place_last or of_at > 0)
    # "the Family Research Council", "of Three Rivers Hospital": after "the" or "of", a run of three or
    # more words ending in an organisation's head keeps its first word even when that is a plain word;
    # so does one inside a sentence ("the Virginia-based Home School Legal Defense Association"), unless
    # that word is a day or a month ("on Monday Community Center staff")
    opens_headed_org = (
        len(words) >= 3
        and words[-1] in g.org_last
        and (
            _THE_OR_OF.search(text, max(0, toks[run[0]].start - 5), toks[run[0]].start) is not None
            or (not toks[run[0]].initial and not _TIME_WORD.fullmatch(words[0]))
        )
    )
    k = 0
    at = toks[run[0]].start
    office = (
        _OFFICE_OF_BEFORE.search(text, max(0, at - 40), at)
        if _word_and_space_before(text, at, _OF_FOR)
        else None
    )
    if office and (_title_len(g, [office.group(1)], 0) or office.group(1).lower() in g.roles):
        # "Minister of Health Joshua Angatia": the run starts after the title's "of"
        if words[-1] not in ("and", "of") and all(
            (common(w, lower_vocab) or w in ("and", "of")) and not _place_at(g, words, j)
            for j, w in enumerate(words)
        ):
            return  # rule office-domain: "The Minister of Health said": the office's domain, no name
        k = _office_domain(g, ["of", *words], 0, lower_vocab) - 1
        title_before = k > 0
        k = max(k, 0)
    if headed and any(toks[i].possessive for i in run[:-1]) and words[0] not in g.first_names:
        k = len(run)  # "Broward Sheriff's Office": a noun's possessive joined into a headed name, kept whole
        cur = list(run)
    while k < len(run):
        w = words[k]
        tl = _title_len(g, words, k)
        if not tl and not cur and k + 1 < len(run) and w.lower() in g.roles and toks[run[k]].initial:
            tl = 1  # "Analyst Jim Hall" opening a sentence: a role word used as a title
        if (
            tl
            and (words[-1] in g.org_last or (0 < of_at < k and common(words[-1], lower_vocab)))
            and words[k + tl : k + tl + 1] != [""]
        ):
            # "General Motors Corp", "Texas Criminal Justice Policy Council", "Bureau of Justice
            # Statistics": a title word inside a headed organisation's name, before no first name, is
            # a word of the name (not in "Board of Equalization Chairman Johan Klehs": a name ends it)
            tl = 0 if k + tl < len(run) and words[k + tl] not in g.first_names else tl
        if tl and k == 0 and words[0] in _TITLED_PLACE_WORDS and words[-1] in g.place_last and len(run) >= 3:
            # rule titled-place: "Prince Edward Island", "King William Island", "Queen Anne County": a
            # royal's or saint's title opening a name that ends in a place's head word is the place's own
            tl = 0
        if tl and k + tl < len(run) and not g.kind_of(tuple(words[k : k + tl])):
            if cur:
                pieces.append((cur, title_before))
                cur = []
            title_before = True
            k += tl + _office_domain(g, words, k + tl, lower_vocab)
            continue
        if not cur and (glued := _glued_before_name(g, text, toks, run, words, k)):
            # rule glued-name: "Chancellor of the Exchequer Gordon Brown" is Gordon Brown; the complement is
            # a piece of its own ("Governor of New Jersey Chris Christie": a place)
            pieces.append((run[k : k + glued], False))
            title_before = True
            k += glued
            continue
        if _office_then_name(g, words, k, headed):
            pieces.append(([*cur, run[k]], title_before))  # "… Near Eastern Affairs Martin Indyk"
            cur, title_before = [], True
            k += 1
            continue
        skip = 0
        if w in _COMPASS and k + 1 < len(run) and words[k + 1] in g.demonyms:
            skip = 2  # "North Korean"
        elif w in g.demonyms and ((k > 0 and words[k - 1] in ("of", "for", "Of", "For")) or 0 < of_at < k):
            skip = 0  # "Smithsonian Museum of American History"
        elif (
            w in g.demonyms
            and headed
            and (
                (not cur and (len(words) - k >= 3 or words[-1] in g.org_last))
                # a demonym or party word right before the head: "Russian Orthodox Church", "Stonewall
                # Democratic Club", "New York State Republican Party"
                or (k == len(words) - 2 and words[-1] in g.org_last)
            )
        ):
            skip = 0  # "Indian Health Service", "Russian Orthodox Church": the demonyms are in the name
        elif (w in g.demonyms and not _first_name_after_role(text, toks, run, words, k, g)) or (
            w in g.not_names
            and not _opens_name(g, words, k)
            and not _middle_initial(text, toks, run, words, k, g)
            and not (k == 0 and opens_headed_org)
            and not _preposition_in_name(toks, run, words, k, cur)
            and not _month_surname(g, words, k, cur)
            and not _group_body(g, words, k)
            and not _outlet_after_told(text, toks, run, k)
            and not (
                cur
                and (
                    w in g.org_last
                    or w in g.place_last
                    or (headed and w in g.group_nouns and k < len(words) - 1)  # "… Workers Union"
                    or (0 < of_at < k and w in g.group_nouns)  # "Union of Concerned Scientists"
                    # inside the of-part, more name after it: "Bureau of Enquiry and Analysis for …"
                    or (0 < of_at < k < len(words) - 1 and toks[run[k - 1]].text == "and")
                )
            )
        ):
            skip = 1
        if skip:
            if cur:
                pieces.append((cur, title_before))
                cur = []
            title_before = False
            k += skip
            continue
        cur.append(run[k])
        k += 1
    if cur:
        pieces.append((cur, title_before))
    for piece, titled in pieces:
        classify(text, toks, piece, titled, g, lower_vocab, out)


# rule group-body: the heads of a body of members that a plural group noun opens as a two-word name
# ("the leftist Workers Party", "Teachers Union"); longer names read the group noun already ("Socialist
# Workers Party", "Rail Signal Workers Union": `headed`)
_MEMBER_BODIES = frozenset(
    ["Party", "Union", "Federation", "Association", "Alliance", "Front", "Movement", "League"]
)


def _group_body(g: Gazetteer, words: list[str], k: int) -> bool:
    """Rule group-body: a plural group noun ("Workers") is the first of a two-word name whose second word
    heads a body of members ("Workers Party"): the name of that body, not a plain word before one."""
    return (
        k == 0
        and len(words) == 2
        and words[0] in g.group_nouns
        and words[0].endswith("s")
        and words[1] in _MEMBER_BODIES
    )


# "told PEOPLE", "tells TODAY": an outlet styling its name in capitals (kinds rule outlet-in-capitals)
TOLD_VERBS = frozenset(["told", "tells", "telling", "tell"])
_TOLD_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TOLD_VERBS)) + r")\s$")
# pronouns a writer stresses in capitals after "told" ("told THEM", "told NOBODY"): no outlet; so are
# the words ending in "one", "body", "thing" ("EVERYONE", "ANYBODY")
_STRESSED_PRONOUNS = frozenset(["them", "they", "their", "this", "that", "these", "those", "both", "each"])


def _outlet_after_told(text: str, toks: list[Tok], run: list[int], k: int) -> bool:
    """An ordinary word written wholly in capitals opening a run right after a lower-case "told" ("she
    told PEOPLE that …") is kept for the kind rules: an outlet's name, no plain word."""
    t = toks[run[k]]
    return (
        k == 0 and outlet_word(t.text) and _TOLD_BEFORE.search(text, max(0, t.start - 8), t.start) is not None
    )


# the people one tells things to that no list of plural group nouns holds ("told REPORTERS")
_TOLD_AUDIENCES = frozenset(["reporters", "journalists", "audience", "crowd"])


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    """Ordinary plural words of people, stressed in capitals after "told" ("told FANS", "told VOTERS"):
    the plural group nouns and the plural speaking heads, bar "people" (the magazine styles itself
    PEOPLE)."""
    g = gazetteer()
    plural_heads = {w for w in g.speaking_heads if w.endswith("s")}
    return (frozenset(w.lower() for w in g.group_nouns) | plural_heads | _TOLD_AUDIENCES) - {"people"}


def outlet_word(w: str) -> bool:
    """A word of four letters or more written wholly in capitals, no stressed pronoun ("THEM",
    "NOBODY") and no ordinary word of people ("FANS", "REPORTERS"): it may be a word of an outlet's
    name styled in capitals ("PEOPLE", "TODAY")."""
    return (
        len(w) >= 4
        and w.isalpha()
        and w.isupper()
        and w.lower() not in _STRESSED_PRONOUNS
        and not w.endswith(("ONE", "BODY", "THING"))
        and w.lower() not in _people_words()
    )


# prepositions a writer capitalises only inside a title-case name ("Compassion Over Killing", "Mothers
# Against Drunk Driving"); "of", "for", "on" and "and" are joined by `runs`
_NAME_PREPOSITIONS = frozenset(["Over", "Against", "Without", "Beyond", "Behind", "Across", "Under"])


def _preposition_in_name(toks: list[Tok], run: list[int], words: list[str], k: int, cur: list[int]) -> bool:
    """A capitalised preposition inside a sentence, between two capitalised words, is a word of the
    name: the run is one name, not two ("Compassion Over Killing", not "Compassion" and "Killing")."""
    return bool(cur) and words[k] in _NAME_PREPOSITIONS and k + 1 < len(run) and not toks[run[k]].initial


def _middle_initial(
    text: str, toks: list[Tok], run: list[int], words: list[str], k: int, g: Gazetteer
) -> bool:
    """ "Stanley A. Changnon": a one-letter word with its full stop between a first name and a capitalised
    word is a middle initial, also when it is an ordinary word ("A", "I")."""
    return (
        0 < k < len(run) - 1
        and len(words[k]) == 1
        and text[toks[run[k]].end : toks[run[k]].end + 1] == "."
        and words[k - 1] in g.first_names
    )


def _first_name_after_role(
    text: str, toks: list[Tok], run: list[int], words: list[str], k: int, g: Gazetteer
) -> bool:
    """ "Tour director Christian Prudhomme": a demonym that is also a first name opens a person's name
    right after a role word, when an unlisted capitalised word follows."""
    return (
        k == 0
        and len(words) >= 2
        and words[0] in g.first_names
        and words[1] not in g.not_names
        and not g.kind_of((words[1],))
        and _role_before(g, text[max(0, toks[run[0]].start - 30) : toks[run[0]].start])
    )


# the last word of an office's name ("Assistant Secretary of State for Near Eastern Affairs")
_OFFICE_END = frozenset(["Affairs", "Relations", "Security", "Defense", "Defence", "Justice", "Interior"])


def _office_then_name(g: Gazetteer, words: list[str], k: int, headed: bool) -> bool:
    """An office's last word or a role word ("City Manager") right before a first name and a surname
    ends the office: a title or office phrase is never part of the person's name."""
    return (
        not headed
        and k + 2 < len(words)
        and (words[k] in _OFFICE_END or words[k] in g.org_last or words[k].lower() in g.roles)
        and words[k + 1] in g.first_names
        and words[k + 2][:1].isupper()
        and words[k + 2] not in g.not_names
    )


# rule glued-name: at a run's start, words before a first name and a surname are the complement of the "of
# (the)" right before the run, not the person's ("Chancellor of the Exchequer Gordon Brown", "Chancellor of
# the Duchy of Lancaster Michael Gove", "the Mayor of Lanford Dana Whitcombe")
_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")
_OF_THE = ("of", "the")  # the words `_OF_BEFORE` can end on, tested first (`_word_and_space_before`)


def _word_and_space_before(text: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether the 40 characters before `at` end in one of `words` and white space: what `_OF_BEFORE`
    and `_OFFICE_OF_BEFORE` need to match there (their `\\s` is `str.isspace`), tested before them."""
    return text[at - 1 : at].isspace() and text[max(0, at - 40) : at].rstrip().endswith(words)


GLUED_WORDS = 3  # complement words before a name, at most


def _glued_before_name(
    g: Gazetteer, text: str, toks: list[Tok], run: list[int], words: list[str], k: int
) -> int:
    """How many words at the run's start are an "of" complement before a name (rule glued-name), 0 when
    none: the name's first word is a listed first name, its second a capitalised word that is no listed
    non-name, no complement word is a first name, and the run ends in no body's or place's head word."""
    if k or words[-1] in g.org_last or words[-1] in g.place_last:
        return 0  # "Borrini of Liverpool John Moores University": a body's name, kept whole
    at = toks[run[0]].start
    if not (_word_and_space_before(text, at, _OF_THE) and _OF_BEFORE.search(text, max(0, at - 40), at)):
        return 0
    for e in range(min(GLUED_WORDS, len(words) - 2)):
        if words[e] in g.first_names:
            return 0
        nxt, last = words[e + 1], words[e + 2]
        if nxt in g.first_names and last[:1].isupper() and last not in g.not_names:
            return e + 1
    return 0


# rule month-surname: a month's name right after a first name that opens the piece is a surname
# ("Theresa May", "Brian May"), not a date; not after a first name that is a month or a day ("April May")
_MONTHS = frozenset(["January", "February", "March", "April", "May", "June", "July", "August", "September"])
_MONTHS |= frozenset(["October", "November", "December"])


def _month_surname(g: Gazetteer, words: list[str], k: int, cur: list[int]) -> bool:
    """Rule month-surname: words[k] is a month right after a piece of one listed first name."""
    return (
        words[k] in _MONTHS
        and len(cur) == 1
        and k > 0
        and words[k - 1] in g.first_names
        and words[k - 1] not in _MONTHS
        and not _TIME_WORD.fullmatch(words[k - 1])
    )


# a title and "of"/"for" right before a run ("Chief of Staff …", "Minister for Health …")
_OFFICE_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+$")
_OF_FOR = ("of", "for")  # the words `_OFFICE_OF_BEFORE` can end on


def _place_at(g: Gazetteer, words: list[str], j: int) -> bool:
    """A gazetteer place of two words or more starts at words[j] ("New York", "New Jersey"), or a
    place's first word before a capitalised word that is no first name ("Port Moresby")."""
    if words[j] in g.place_first and words[j + 1 : j + 2] and words[j + 1][:1].isupper():
        return words[j + 1] not in g.first_names
    return any(tuple(words[j : j + n]) in g.places for n in range(2, min(g.max_len, len(words) - j) + 1))


def _office_domain(g: Gazetteer, words: list[str], k: int, lower_vocab: set[str]) -> int:
    """Words of the office's domain after a title ("Minister of Health Joshua Angatia", "Chief of Staff
    Reince Priebus", "Commissioner for Human Rights Navi Pillay"): "of" or "for" and the ordinary words
    after it, when a name of two words or more follows; 0 when none. An office is named by common nouns,
    a person's name is not, so the name starts at the first word that is no ordinary word ("Chairman of
    Taiwan Solidarity Union" keeps its body: "Taiwan" is no ordinary word). The domain ends before a
    place's words ("Mayor of New York Bill de Blasio": "New" is an ordinary word, "New York" a place)."""
    if k >= len(words) or words[k] not in ("of", "for"):
        return 0
    j = k + 1
    while (
        j < len(words)
        and (common(words[j], lower_vocab) or words[j] in ("and", "of"))
        and not _place_at(g, words, j)
    ):
        j += 1
    if j == k + 1 or len(words) - j < 2 or words[j - 1] in ("and", "of"):
        return 0
    return j - k


def _listed_in_capitals(g: Gazetteer, toks: list[Tok], run: list[int]) -> str | None:
    """The kind of a listed name of two or more words written in capitals ("NEW YORK TIMES", "USA TODAY"
    for "USA Today"): its words compared in title case, or those past three letters only (acronyms
    kept)."""
    if len(run) < 2 or not all(toks[i].text.isupper() for i in run):
        return None
    raw = [toks[i].text for i in run]
    return g.kind_of(tuple(t.capitalize() for t in raw)) or g.kind_of(
        tuple(t if len(t) <= 3 else t.capitalize() for t in raw)
    )


def _norm_word(w: str) -> str:
    """All-capital words (datelines: "SINGAPORE") compared in title case; acronyms kept."""
    if len(w) > 5 and w.isupper() and w.isalpha():
        return w.capitalize()
    return w


def _title_len(g: Gazetteer, words: list[str], k: int) -> int:
    """Words of the title at words[k] (a title in the plural too: "House Majority Leaders Trent Lott and
    Dick Armey", "Senators Kerry and Lugar")."""
    if k >= len(words) or not _may_open_title(g, words[k]):
        return 0  # the cheap test first: no title starts with this word
    for n in (3, 2, 1):
        if k + n > len(words):
            continue
        title = tuple(w.rstrip(".") for w in words[k : k + n])
        plural = (
            len(title[-1]) > 4
            and (*title[:-1], _singular(title[-1])) in g.titles
            and k + n < len(words)
            and words[-1] not in g.place_last
            and words[-1] not in g.org_last
        )
        if title in g.titles or plural:
            return n
    return 0


_TITLE_OPENERS: list = []  # [gazetteer, first words of its titles, {word: may open a title}]
_TITLE_MEMO_MAX = 1 << 16  # words remembered at most: the memo starts over when full (a server reads on)


def _may_open_title(g: Gazetteer, word: str) -> bool:
    """Whether a title of `g.titles` may start at `word`: its first word is `word` less its full stops,
    or that word's singular (a one-word title in the plural); worked out once per distinct word, of the
    last `_TITLE_MEMO_MAX` at most."""
    if not _TITLE_OPENERS or _TITLE_OPENERS[0] is not g:
        _TITLE_OPENERS[:] = [g, frozenset(t[0] for t in g.titles), {}]
    firsts, seen = _TITLE_OPENERS[1], _TITLE_OPENERS[2]
    may = seen.get(word)
    if may is None:
        if len(seen) >= _TITLE_MEMO_MAX:
            seen.clear()
        w = word.rstrip(".")
        may = seen[word] = w in firsts or _singular(w) in firsts
    return may


def _singular(word: str) -> str:
    """ "Leaders" -> "Leader", "Secretaries" -> "Secretary"; a word not in the plural unchanged."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _longest_listed(g: Gazetteer, words: list[str]) -> tuple[int, int, str] | None:
    best: tuple[int, int, str] | None = None
    for a in range(len(words)):
        for b in range(min(len(words), a + g.max_len), a, -1):
            if b - a == len(words):
                continue
            k = g.kind_of(tuple(words[a:b]))
            if k and (best is None or b - a > best[1] - best[0]):
                best = (a, b, k)
                break
    return best


def _role_before(g: Gazetteer, before: str) -> bool:
    m = _ROLE_BEFORE.search(before)
    return bool(m and m.group(1) in g.roles)


_PARTICLE_BEFORE = re.compile(r"(?<![A-Z][a-z]\s)\b(?:bin|ibn|al|el|van|von|de|da|di|du|del|della|le|la)\s$")


def _cand(
    text: str, toks: list[Tok], piece: list[int], kind: str | None, cue: bool = False, weak: bool = False
) -> Candidate:
    s, e = toks[piece[0]].start, toks[piece[-1]].end
    if kind in ("person", None):
        m = _PARTICLE_BEFORE.search(text, max(0, s - 6), s)
        if m and m.end() == s:
            s = m.start()  # "bin Laden" when written without the first name
    if text[e : e + 1] == "." and toks[piece[-1]].text in _ABBREVIATION_ENDS:
        e += 1  # "Hasbro Inc.", "Irving Powless Jr.": the abbreviation's full stop is part of the name
    name = text[s:e]
    if "(" in name:
        name = _COPY_MARK.sub("", name)
    return Candidate(s, e, name, kind, person_cue=cue, weak=weak)


_COPY_MARK = re.compile(r"\((?:cq|CQ)\)")


_CORP_ABBREV = frozenset(["Inc", "Ltd", "Co", "Corp", "Bros", "Cos", "Assn"])
# a generational suffix ends a person's full name ("Irving Powless Jr.", "John Smith Sr.")
GENERATIONAL_SUFFIXES = frozenset(["Jr", "Sr"])
_ABBREVIATION_ENDS = _CORP_ABBREV | GENERATIONAL_SUFFIXES  # their full stop is the name's
