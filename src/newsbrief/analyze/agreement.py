"""What the sources agree on, what rests on one source, and where they disagree: read off the align
stage's links (`newsbrief.align`), so the agreement list and the citations never disagree.

* `shared`: a group of sentences of different sources joined by `quote`/`fact` links (at most
  one per source, best links first; a document and its copies are one source, `newsbrief.copies`,
  so a point only a document and its copy state is no shared point). Renderers label it "all N
  sources" only when every source with text states it in its first document (a later version of a
  source, `copies.one_per_source`, does not count), else "k of N sources". Ranked by how
  many sources state it, then how informative it is (people, places, numbers named; the links' scores).
* `point`: a point two sentences make in other words, in a short stretch of each (the align stage's
  `rule:shared-point` links: "removal of U.S. troops" / "reductions in U.S. military posture"): the
  claim's text and source are those two stretches, not the whole sentences, which may say more.
* `conflict`: a point some source gives another value for (a `conflict` link: "1,200 vs 1,500
  workers"): the group that states one value, the conflicting sentences as further sources, and a
  note with each value and the outlets that give it ("numbers differ: 1,200 workers [1,2] vs 1,500
  workers [3]"). Never listed as agreed; a sentence that gives one of its values ("about 1,200 of its
  members") is one of its sources, never a point only one source makes.
* `single`: the few most central sentences no other source holds a passage on: "Only one source says"
  asserts an absence, so a sentence with a near passage in another source (`ELSEWHERE`: a link of any
  kind, the same key words, or a count and a time a linked sentence gives too) is left out of it, not
  listed, even when the align stage found no `fact` link to cite. A point the brief's summary already
  gives (`summary`: the sentence, a copy of it, or its words) is not listed again, its citation marker
  already shows its one source, and no other takes its place: the next sentences down are less
  central, and more of them are chrome or lean on a sentence left out (read on WRITE, session 22).

A sentence of fewer than `MIN_WORDS` words with a letter or digit (`real_words`: a stray quotation mark
is none) and page furniture (very short lines, promos in parentheses, headline-case lines: align's
`is_furniture`) never count, nor is a quotation the splitter cut at its "?" or "!" a point's own text
(`quote-cut`); a sentence `NO_POINT` names (`unfinished`: cut off on no closing mark; `bare-question`)
states no shared point (its quote and fact links are not read here; its conflicts are).
Web-page chrome (`CHROME`: photo captions and credits, an embedded player's or post's markup, a
bibliography entry, a highlights box, the site talking to its reader, a note of where the article ran),
alone or glued to a sentence of a scraped page, is never a point's own text; a sentence with chrome glued
to it may still be another source of a point it states.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np

from ..align.features import is_furniture
from ..cite import conflict_note, note_key, supports
from ..clean.anchors import AnchorTable, anchors, has_special
from ..copies import sources
from ..lexicon.gazetteer import gazetteer, key
from ..model import Alignment, Claim, Link, Sentence, Span, Story
from ..represent import STOP_WORDS, stem
from .caseless import cased
from .entities import EntityIndex
from .numbers import counts
from .owners import owner

MIN_WORDS = 5  # real words (`real_words`) a sentence needs to count at all


_NO_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|_)+(?!\S)")  # a token of no letter or digit: a stray mark, a dash


def real_words(text: str) -> int:
    """Words with a letter or digit: a stray quotation mark the splitter left is no word ('Hanging on a tree.
    "', 'Nope, nothin \' at all.': four words, the tail of a quotation or an interjection, no point)."""
    return len(text.split()) - len(_NO_WORD.findall(text))


def _enough_words(s: Sentence) -> bool:
    """`MIN_WORDS` real words or more; counted only under twice as many tokens (no sentence of the dev sets
    with more holds fewer: more stray marks than words is page furniture): a long one costs nothing."""
    n = s.words
    return n >= 2 * MIN_WORDS or (n >= MIN_WORDS and real_words(s.text) >= MIN_WORDS)


MAX_SINGLE = 5
MAX_SINGLE_PER_DOC = 2
HELD_LINK = 0.2  # a link (any kind) this strong to another source's sentence: the point is not one source's
HELD_COSINE = 0.15  # key words this alike (stemmed TF-IDF cosine) with another source's sentence: likewise


@dataclass(frozen=True)
class Chrome:
    """One named rule: a sentence `pattern` finds is web-page chrome, never a point of the story; with
    `holds`, only a match it holds for (a test the pattern cannot make, e.g. a listed place)."""

    name: str
    reason: str
    pattern: re.Pattern[str]
    holds: Callable[[re.Match[str]], bool] | None = None


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_AGENCY = r"(?:ap|afp|reuters|getty|epa|upi|xinhua|ap photo|pa)"
# a word between "in this" and "photo" that no caption puts there: a determiner, a pronoun, a verb
# ("in this case, the judge said, the photos", "in this city the picture is bleak"); "undated" is a caption's
_NOT_IN_CAPTION = (
    r"(?!(?:the|a|an|his|her|its|their|our|my|your|he|she|it|they|we|i|you|is|are|was|were|be|been|has|have"
    r"|had|do|does|did|will|would|can|could|might|must|should|said|says|say|told|tells|(?!undated)\w{2,}ed)"
    r"[\s,.])"
)


def _place_before(m: re.Match[str]) -> bool:
    """Whether the one to three words before `m` (before its " / " for a credit) name a listed place."""
    words = [w.strip(",") for w in m.string[: m.start(1) if m.re.groups else m.start()].split()[-3:]]
    g = gazetteer()
    for n in range(1, len(words) + 1):
        k = key(cased(" ".join(words[-n:]).lower()))
        if "place" in (g.kind_of(k), g.kind_of(tuple(w.upper() if "." in w else w for w in k))):  # "U.S."
            return True
    return False


CHROME: tuple[Chrome, ...] = (
    Chrome(
        "caption",
        "a photo caption or credit, alone or glued to the text",
        re.compile(
            r"\bimage (?:\d+ of \d+|copyright|caption)\b|^enlarge\b|\benlarge this image\b"
            rf"|\bin this (?:{_NOT_IN_CAPTION}[\w.,'’-]+\s+){{0,5}}(?:file\s+)?(?:photo(?:graph)?|image)s?\b"
            r"|(?:^|\(\s*)(?:photo|picture|image|credit)s?\s*:|\bmedia (?:playback|caption)\b"
            r"|\bhandout (?:photo|picture|image)|\bback to gallery\b"
            # "(sarah parnass/the washington post)", "(afp/getty)": a space or an agency; not "(he/she)"
            rf"|\((?=[^()]*\w\s+\w|\s*{_AGENCY}\s*/|[^()]*/\s*{_AGENCY}\s*\))"
            r"\s*[a-z][\w .'’-]*/\s*[a-z][\w .'’&/-]*\)"
            r"|(?:\.\.\.|…)\s*\(\s*(?:associated press|ap|reuters|afp)\s*\)\s*$",
            re.IGNORECASE,
        ),
    ),
    Chrome(  # "Liam Daniel / Cinemanx Films One Christian McKay as ...": not "The U.S. / Mexico border"
        "slash-credit",
        "a photo credit opening the sentence: a name / an outlet",
        re.compile(r"^[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*){0,3}( / )[a-z]", re.IGNORECASE),
        lambda m: not _place_before(m),
    ),
    Chrome(  # "The Enquirer/Cara Owsley Cara Owsley/The Enquirer Police investigate ...": a credit both ways
        "mirrored-credit",
        "a photo credit written outlet/name then name/outlet",
        re.compile(
            r"^(?P<credit_a>(?:[a-z][\w.'’-]*\s+){0,3}[a-z][\w.'’-]*)\s*/\s*"
            r"(?P<credit_b>(?:[a-z][\w.'’-]*\s+){0,3}[a-z][\w.'’-]*)\s+(?P=credit_b)\s*/\s*(?P=credit_a)\b",
            re.IGNORECASE,
        ),
    ),
    # "... outside Cairo University in Giza, Egypt, Wednesday, March 26, 2014.": where, then when; not "The
    # company said it will cut 400 jobs, Monday, June 5, 2017."
    Chrome(
        "caption-date",
        "a photo caption ending as captions do: where, then the weekday and date",
        re.compile(
            rf",\s*{_WEEKDAY},?\s+[a-z]{{3,9}}\.?\s+\d{{1,2}},\s+\d{{4}}\s*\.?\s*$",
            re.IGNORECASE,
        ),
        _place_before,
    ),
    # 'Poster= " http://v.politico.com/images/...jpg"', "https://t.co/x via @name pic.twitter.com/y"; not
    # "the Honolulu Star-Advertiser (http://ow.ly/uPJl4) reported", "the website sherripapini.com"
    Chrome(
        "markup",
        "an embedded video player's or post's markup, not a sentence of the report",
        re.compile(r"\bposter\s*=\s*[\"“]|\bpic\.twitter\.com/|\bhttps?://t\.co/", re.IGNORECASE),
    ),
    # "General Fisheries Commission for the Mediterranean 92, FAO, Rome, 54 pp.", "Bayha, K.M. & Dawson, M.N.
    # (2010) New family of ...", "http://dx.doi.org/10.1093/icb/icq074 Boero, F. ..."
    Chrome(
        "reference",
        "a bibliography entry: a publication's page count, its authors' initials and year, or its DOI",
        re.compile(
            r",\s*\d+\s*pp\.?\s*$"
            r"|^[a-z][\w'’-]+,\s+[a-z]\.(?:\s*[a-z]\.){0,2}[^()]{0,200}?\(\s*(?:1[89]|20)\d\d[a-z]?\s*\)"
            r"|\bdoi\.org/10\.|\bdoi:\s*10\.\d",
            re.IGNORECASE,
        ),
    ),
    # "... a change of heart from Donald Trump Donald John TrumpDems make history, and other takeaways ...": a
    # page's tooltip names the person in full, glued to a related story's headline
    Chrome(
        "name-tag",
        "a name then the same name in full glued to the next words: a tooltip and a related story's link",
        re.compile(
            r"\b(?P<tag_first>[a-z]{2,}) (?P<tag_last>[a-z]{2,}) (?P=tag_first) [a-z]+ (?P=tag_last)[a-z]",
            re.IGNORECASE,
        ),
    ),
    # "This article was published in the March 2013 issue.", "This story originally appeared on ...", "A
    # version of this article appears in print on ...": where the page ran, never what the report states
    Chrome(
        "publication-note",
        "the page telling where and when the article ran",
        re.compile(
            r"^(?:a version of )?this (?:article|story|piece|post|essay|interview|report)\s+"
            r"(?:was\s+|has been\s+)?(?:originally\s+|first\s+)?"
            r"(?:published|appeared|appears|ran)\s+(?:in|on)\b"
            r"|\bappears? in print on\b",
            re.IGNORECASE,
        ),
    ),
    Chrome(
        "highlights",
        "an outlet's highlights box restates its report",
        re.compile(r"^story highlights\b", re.I),
    ),
    Chrome(
        "site",
        "the page talking to its reader: subscriptions, sign-ups, alerts, widgets",
        re.compile(
            r"\bsubscribe (?:today|now)\b|\bdigital access\b|\bfree articles\b|\bsign up (?:today|now)\b"
            # "sign up for our free newsletter", "sign up to subscribe"; not "sign up to the new rules"
            r"|\bsign up (?:for|to)\b(?:\s+[\w'’-]+){0,3}?\s+"
            r"(?:newsletters?|e-?mails?|alerts|free|subscribe)\b"
            r"|\bbreaking news (?:emails|alerts)\b|\bdelivered (?:weekday|daily|every)"
            r"|\benter (?:a |your )?(?:valid )?zip ?code\b|\bdeliverable area\b"
            r"|\badobe reader\b|\bunable to fetch\b|\bplease try again\b|\bthank you for reading\b"
            r"|\ball-access\b|\btext size\b"
            r"|\bstory continued below\b|\bmore coverage\b|\blaunch gallery\b"
            r"|\bcurated news and analysis\b"
            # a newsletter sign-up form's prompts ("enter your email address please enter an email address")
            r"|\b(?:please )?enter (?:your|an|a valid) e-?mail(?: address)?\b|\be-?mail address is invalid\b"
            # an archive's placeholder for a page behind a log-in ("Notice you must log in to continue.")
            r"|\byou must (?:log|sign) ?in to continue\b",
            re.IGNORECASE,
        ),
    ),
)


def chrome(text: str) -> str | None:
    """The name of the first `CHROME` rule that finds web-page chrome in `text`, or None."""
    for r in CHROME:
        if any(r.holds is None or r.holds(m) for m in r.pattern.finditer(text)):
            return r.name
    return None


# Each `CHROME` rule's literal anchors (`clean.anchors`: exact, a substring test cheaper than a search): a
# sentence is searched only with the rules whose anchors it holds. One pattern of every rule searched more
# slowly than the rules one by one, and the anchors of it skipped nothing ("name-tag"'s is a space)
_CHROME_TABLE = AnchorTable([anchors(r.pattern, 1) for r in CHROME])


def has_chrome(text: str) -> bool:
    """Whether any `CHROME` rule finds chrome in `text` (what `chrome` tells, without the name)."""
    may = _CHROME_TABLE.may_match(text, text.lower(), has_special(text))
    return any(
        any(r.holds is None or r.holds(m) for m in r.pattern.finditer(text))
        for k, r in enumerate(CHROME)
        if k in may
    )


@dataclass(frozen=True)
class NoPoint:
    """One named rule: a sentence whose text `test` holds for states no whole point a reader could check, so
    it is never a point's own text nor one of its sources (issue 14: an agreement item names only outlets
    that state it)."""

    name: str
    reason: str
    test: Callable[[str], bool]


_ENDS_LIKE_ONE = ".!?\"'”’)"  # how a finished sentence ends (`summarize.base.is_candidate` reads the same)
# a tag after a comma that turns a statement into a question ("... and rape or child molestation, right?"):
# the statement stands (a transcript's speaker, unquoted)
_TAG_QUESTION = re.compile(r",\s*(?:[\w'’]+\s*){1,3}\?$")
NO_POINT: tuple[NoPoint, ...] = (
    NoPoint(
        "unfinished",
        "ends on no closing mark: its article was cut off mid-sentence ('... as in \"the 9th district"
        " comprises all of centerville', '... he was stiff, like his body was trying to breathe but his eyes"
        " were rolled back in his head,') and the point it was linked on is not the one it would have made",
        lambda t: t.rstrip()[-1:] not in _ENDS_LIKE_ONE,
    ),
    NoPoint(
        "bare-question",
        "a question in the outlet's own voice ('The most trustworthy source of news?', a subhead) asks, it"
        " states nothing; a quoted one ends on its closing quotation mark, and a tag question (', right?')"
        " states what comes before it",
        lambda t: t.rstrip().endswith("?") and _TAG_QUESTION.search(t.rstrip()) is None,
    ),
)


def no_point(text: str) -> str | None:
    """The name of the first `NO_POINT` rule that holds for `text`, or None."""
    return next((r.name for r in NO_POINT if r.test(text)), None)


class _Whole(dict[int, bool]):
    """Sentence -> whether no `NO_POINT` rule holds for it, read only for the ends of quote and fact links."""

    def __init__(self, sents: Sequence[Sentence]) -> None:
        super().__init__()
        self.sents = sents

    def __missing__(self, i: int) -> bool:
        self[i] = value = no_point(self.sents[i].text) is None
        return value


# rule `quote-cut` (session 37 audit): a sentence that opens a quotation and ends inside it on a "?" or "!"
# ("“I asked ‘Is it OK? | Is it safe?’ and we said ...", cut by the splitter) is a piece of what was said
_QUOTE_CUT = re.compile(r'^\s*[“"][^”"]*[?!][’\']?\s*$')


class _Shown(dict[int, bool]):
    """Sentence -> whether it may be a point's own text: it counts (`ok`), holds no chrome and is no
    quotation cut at its question (`_QUOTE_CUT`). Read
    only for the sentences that may be shown (linked ones, candidate singles): the patterns cost more
    than the rest of the agreement pass would if run on every sentence."""

    def __init__(self, sents: Sequence[Sentence], ok: Sequence[bool]) -> None:
        super().__init__()
        self.sents = sents
        self.ok = ok

    def __missing__(self, i: int) -> bool:
        text = self.sents[i].text
        self[i] = value = self.ok[i] and not has_chrome(text) and _QUOTE_CUT.match(text) is None
        return value


def find_claims(
    story: Story, ents: EntityIndex, alignment: Alignment | None = None, summary: Collection[int] = ()
) -> tuple[Claim, ...]:
    """Shared claims (most sources, most informative first), conflicts, then single-source points
    (none the `summary`'s sentences, indices into `story.sentences`, already give)."""
    if len(story.documents) < 2 or not story.sentences:
        return ()
    if alignment is None:
        alignment = story.alignment
    sents = story.sentences
    ok = [_enough_words(s) and not is_furniture(s.text) for s in sents]
    shown = _Shown(sents, ok)  # whether a sentence may be a point's own text
    whole = _Whole(sents)  # whether a sentence may state a shared point (`NO_POINT`)
    links = Alignment(
        tuple(
            k
            for k in alignment.links
            if ok[k.a] and ok[k.b] and (k.kind not in ("quote", "fact") or (whole[k.a] and whole[k.b]))
        )
    )
    doc_of = [s.doc for s in sents]
    source = sources(story.copies)
    src = [source[d] for d in doc_of]  # each sentence's source: its document, or the one it copies
    conflicts: dict[int, list[tuple[int, str, str]]] = {}  # sentence -> (other end, its note, the rule)
    for k in links.links:
        if k.kind == "conflict":
            note = next((e[len("values:") :] for e in k.evidence if e.startswith("values:")), "")
            rule = next((e[len("rule:") :] for e in k.evidence if e.startswith("rule:")), "")
            conflicts.setdefault(k.a, []).append((k.b, note, rule))
            conflicts.setdefault(k.b, []).append((k.a, _swap(note), rule))
    score = Counter()
    for k in links.links:
        if k.kind in ("quote", "fact"):
            score[k.a] += k.score
            score[k.b] += k.score
    twins: dict[int, set[int]] = {}  # a sentence's copies: linked sentences of its source's other documents
    for k in links.links:
        if k.kind in ("quote", "fact") and src[k.a] == src[k.b] and doc_of[k.a] != doc_of[k.b]:
            twins.setdefault(k.a, set()).add(k.b)
            twins.setdefault(k.b, set()).add(k.a)
    used: set[int] = set()
    ranked: list[tuple[tuple, Claim | _Differ]] = []
    held: dict[int, _Differ] = {}  # sentence -> the conflict that lists it
    listed: dict[int, list[int]] = {}  # sentence -> the sentences of the point that lists it
    for main, members in _points(links, sents, shown, score, src):
        if main in used:
            continue  # already given as another point's source
        if _repeated(main, members, listed, src, sents):
            continue
        used.update(members)
        for i in members:
            listed.setdefault(i, []).extend(members)
        used.update(t for i in members for t in twins.get(i, ()))
        others = [i for i in members if i != main]
        docs = {src[i] for i in members}
        mine = {doc_of[i] for i in members}  # a copy's other value (a write-through's count) still differs
        clash = [(i, *c) for i in members for c in conflicts.get(i, ()) if doc_of[c[0]] not in mine]
        rank = (
            -len(docs),
            -_informative(sents[main], ents, story.caseless),
            -score[main],
            sents[main].doc,
            main,
        )
        if not clash:
            ranked.append((rank, _claim(sents, main, others, "shared", None)))
            continue
        differ = _Differ(*_value_first(main, members, [i for i, *_ in clash]))
        for i, j, note, rule in clash:
            differ.add(i, j, doc_of[i], doc_of[j], note, rule)
        used.update(differ.members)
        held.update(dict.fromkeys(differ.members, differ))
        ranked.append((rank, differ))
    together = {
        frozenset((c.doc, c.start, c.end, x.doc, x.start, x.end))
        for _, c in ranked
        if isinstance(c, Claim)
        for x in c.sources
    }
    for k in links.links:  # points made in other words: the stretch of each sentence that makes it
        point = _point_spans(k)
        if point is None or k.kind != "related" or src[k.a] == src[k.b] or not shown[k.a] or not shown[k.b]:
            continue
        a, b = sents[k.a], sents[k.b]
        if frozenset((a.doc, a.start, a.end, b.doc, b.start, b.end)) in together:
            continue
        (sa, ea), (sb, eb) = point
        text = a.text[sa:ea]
        claim = Claim(
            text, a.doc, a.start + sa, a.start + ea, (Span(b.doc, b.start + sb, b.start + eb),), "point"
        )
        ranked.append(((-2, -_informative(a, ents, story.caseless) - 1, -k.score, a.doc, k.a), claim))
    for i in sorted(conflicts):  # conflicts between sentences that no group holds
        if i in used or not shown[i]:
            continue
        js = [x for x in conflicts[i] if x[0] not in used]
        if not js:
            # every other end is already in a conflict: this sentence gives one of its values too
            # ("about 1,200 of its members" beside "About 1,200 signal workers" / "1,500 workers"),
            # so it joins it rather than stand as a point only one source makes
            # (any partner held will do: the first partner may stand in a shared group, not a conflict)
            for j, note, rule in conflicts[i]:
                if j in held:
                    held[j].add(i, j, doc_of[i], doc_of[j], note, rule)
                    held[i] = held[j]
                    used.add(i)
                    break
            continue
        differ = _Differ(i, [])
        for j, note, rule in js:
            differ.add(i, j, doc_of[i], doc_of[j], note, rule)
        used.update(differ.members)
        held.update(dict.fromkeys(differ.members, differ))
        ranked.append(((-2, -_informative(sents[i], ents, story.caseless), 0.0, sents[i].doc, i), differ))
    ranked = [(r, c if isinstance(c, Claim) else c.claim(sents, source)) for r, c in ranked]
    ranked.sort(key=lambda x: x[0])
    at = {(s.doc, s.start): i for i, s in enumerate(sents)}
    ranked = [(r, _about(c, at.get((c.doc, c.start)), sents, ents)) for r, c in ranked]
    shared = [c for _, c in ranked if c.kind == "shared"]
    points = [c for _, c in ranked if c.kind == "point"]
    clashing = [c for _, c in ranked if c.kind == "conflict"]
    elsewhere = _Elsewhere(story, alignment, src)
    return (
        tuple(shared)
        + tuple(points)
        + tuple(clashing)
        + _singles(story, ents, used, shown, twins, elsewhere, summary)
    )


def _about(c: Claim, i: int | None, sents: Sequence[Sentence], ents: EntityIndex) -> Claim:
    """A shared point's or a conflict's claim with whom its sentence i is about when it names no one
    (`owners.owner`: "His bond was set at $100,000." after "Jordan Scott, 19, ..."): `Claim.about`."""
    if c.kind == "point" or i is None:
        return c  # a stretch of a sentence, shown beside the other source's words
    who = owner(sents, ents, i)
    return c if who is None else replace(c, about=who)


def _value_first(main: int, members: Sequence[int], ends: Sequence[int]) -> tuple[int, list[int]]:
    """Rule `value-first`: a conflict's own text is a sentence that gives one of its values (an end of
    its conflict links, `ends`), the point's main one when it does ("Police found the three girls ..."
    gives no age of "ages 2½, 3 and 2 vs ages 2, 3 and 4": "The girls, aged 2½, 3 and 2, ..." leads).
    (main, the others)."""
    lead = main if main in ends or not ends else ends[0]
    return lead, [i for i in members if i != lead]


class _Differ:
    """A conflict being gathered: its main sentence, the sentences that state the main one's point, and
    each value with the documents that give it (the first value the main sentence's side)."""

    def __init__(self, main: int, others: Sequence[int]) -> None:
        self.main = main
        self.members = [main, *others]
        self.pairs: list[tuple[tuple[str, tuple[int]], tuple[str, tuple[int]]]] = []  # each link's sides
        self.rules: list[str] = []  # each link's rule (align's `rule:` evidence)

    def add(self, i: int, j: int, doc_i: int, doc_j: int, note: str, rule: str) -> None:
        """Sentences i and j of a conflict link whose note, from i's side, is `note` (`rule`: align's)."""
        for k in (i, j):
            if k not in self.members:
                self.members.append(k)
        mine, theirs = _sides(note)
        self.pairs.append(((mine, (doc_i,)), (theirs, (doc_j,))))
        self.rules.append(rule)

    def claim(self, sents: Sequence[Sentence], source: Sequence[int]) -> Claim:
        """The conflict's claim; its note names each value and the outlets that give it
        ("numbers differ: 1,200 workers [1,2] vs 1,500 workers [3]"), the main sentence's first; a copy
        giving its original's value is no second outlet (`source`: each document's). Rule `copy-own-value`
        (session 48): a copy's values are keyed as the note keys them (`note_key`), so a copy writing "nearly
        400" of its original's "400" is an outlet of its own value, listed as the note names it; and an
        original is weighed before its copies, so which of them counts does not hang on sentence order."""
        main_doc = sents[self.main].doc
        values: dict[int, set[str]] = {}  # each document's values, as the note merges them
        for side in (x for pair in self.pairs for x in pair):
            for d in side[1]:
                values.setdefault(d, set()).add(note_key(side[0]))
        seen: set[int] = {main_doc}
        others = []
        for i in sorted(self.members[1:], key=lambda i: source[sents[i].doc] != sents[i].doc):
            d = sents[i].doc
            if d in seen:  # one sentence a document, as a group holds
                continue
            if any(source[k] == source[d] and values.get(d, set()) <= values.get(k, set()) for k in seen):
                continue  # a copy that gives only its original's values is no second outlet
            seen.add(d)
            others.append(i)
        note = conflict_note(self.pairs, source)
        return _claim(sents, self.main, others, "conflict", _what_differs(self.rules) + " differ: " + note)


# align's rules whose conflicts date one event or state two ways ("May 2012" / "April", "since 2005" / "since
# 2002"): their claims say "dates differ"
DATE_RULES = frozenset(["months-differ", "start-years-differ"])
# ... and those whose conflicts name one person two ways ("born Betty Jane Perske" / "born Betty Joan
# Perske"): "names differ"
NAME_RULES = frozenset(["born-names-differ"])


def _what_differs(rules: Sequence[str]) -> str:
    """ "dates" when every link of the conflict is one of align's `DATE_RULES` ("May 2012" / "April"),
    "names" when every one is one of its `NAME_RULES`, read off its `rule:` evidence, never off how a value
    is written; else "numbers"."""
    if rules and all(r in DATE_RULES for r in rules):
        return "dates"
    return "names" if rules and all(r in NAME_RULES for r in rules) else "numbers"


def _sides(note: str) -> tuple[str, str]:
    """(this end's value, the other end's) of a conflict link's `values:` note."""
    x, _, y = note.partition(" vs ")
    return x, y


def _repeated(
    main: int,
    members: Sequence[int],
    listed: dict[int, list[int]],
    src: Sequence[int],
    sents: Sequence[Sentence],
) -> bool:
    """Rule `point-repeated` (session 39): every other sentence of a point already stands in a point listed
    with another sentence of the main one's own source that says what the main one says (`REPEAT_SHARE`
    of the shorter one's content words in the other): that source says it twice (a quotation and its
    pull-quote, a lead the page restates), one point, not two. A long sentence two points of one source
    each lean on ("fired Johnson and named Brooklen interim chief") keeps both."""
    others = [i for i in members if i != main]
    mine = _content(sents[main].text)
    return bool(others) and all(
        any(
            src[m] == src[main] and m != main and _restates(mine, _content(sents[m].text))
            for m in listed.get(i, ())
        )
        for i in others
    )


REPEAT_SHARE = 0.6  # `point-repeated`: this share of the shorter sentence's content words in the other


def _content(text: str) -> frozenset[str]:
    """A sentence's content words, stemmed (no stop words, no numbers)."""
    return frozenset(stem(w) for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in STOP_WORDS)


def _restates(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether one word set holds `REPEAT_SHARE` of the smaller other's."""
    small = min(len(x), len(y))
    return small > 0 and len(x & y) >= REPEAT_SHARE * small


def _points(
    links: Alignment, sents: Sequence[Sentence], ok: Sequence[bool], score: Counter[int], src: Sequence[int]
) -> list[tuple[int, list[int]]]:
    """Candidate points, most sources first: each sentence with, per other source (`src`: each
    sentence's), the best-linked sentence that states it (as a citation counts it). (main, members)."""
    best: dict[int, dict[int, tuple[float, int]]] = {}
    for k in links.links:
        if k.kind not in ("quote", "fact"):
            continue
        for i, j in ((k.a, k.b), (k.b, k.a)):
            if supports(k, i, sents[i].text, sents[j].text) and src[i] != src[j]:
                d = src[j]
                cur = best.setdefault(i, {}).get(d)
                if cur is None or (k.score, -j) > (cur[0], -cur[1]):
                    best[i][d] = (k.score, j)
    cands = [(i, [i, *sorted(j for _, j in per.values())]) for i, per in best.items() if ok[i]]
    cands.sort(key=lambda c: (-len(c[1]), -score[c[0]], sents[c[0]].doc, c[0]))
    return cands


def _point_spans(link: Link) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The stretches of the two sentences that make a shared point (`point:` evidence), if any."""
    for e in link.evidence:
        if e.startswith("point:"):
            x, _, y = e[len("point:") :].partition("/")
            (sa, ea), (sb, eb) = (tuple(map(int, v.split("-"))) for v in (x, y))
            return (sa, ea), (sb, eb)
    return None


def _claim(sents: Sequence[Sentence], main: int, others: Sequence[int], kind: str, note: str | None) -> Claim:
    s = sents[main]
    spans = tuple(
        Span(sents[i].doc, sents[i].start, sents[i].end)
        for i in sorted(others, key=lambda i: (sents[i].doc, i))
    )
    return Claim(s.text, s.doc, s.start, s.end, spans, kind, note)


def _swap(note: str) -> str:
    """The same conflict note seen from its other end."""
    x, y = _sides(note)
    return f"{y} vs {x}" if y else note


@dataclass(frozen=True)
class Held:
    """One named rule: `test(elsewhere, i)` is True when another source holds a passage on sentence i's
    point, so "Only one source says" would be false of it."""

    name: str
    reason: str
    test: Callable[[_Elsewhere, int], bool]


class _Elsewhere:
    """What the other sources hold near each sentence: its links and its key words' cosines (each
    sentence's row read only when a rule asks: only the few candidate singles are asked about)."""

    def __init__(self, story: Story, alignment: Alignment, src: Sequence[int]) -> None:
        self.story = story
        self.src = np.asarray(src)
        self.link = Counter()  # sentence -> its strongest link of any kind to another source's sentence
        self.count_time: set[int] = set()  # sentences linked to another source's by a count and a time
        for k in alignment.links:
            if src[k.a] != src[k.b]:
                self.link[k.a] = max(self.link[k.a], k.score)
                self.link[k.b] = max(self.link[k.b], k.score)
                if _count_and_time(k.evidence):
                    self.count_time.update((k.a, k.b))

    def cosine(self, i: int) -> float:
        """Sentence i's highest key-word cosine with a sentence of another source (from its stored
        neighbours when they hold every pair, `StoryVectors.exact`; else its exact row)."""
        vectors = self.story.vectors
        if vectors.exact:
            return float(self._best_other[i])
        row = vectors.rows([i])[0]
        cols = np.flatnonzero(row)
        other = self.src[cols] != self.src[i]
        return float(row[cols][other].max()) if other.any() else 0.0

    @cached_property
    def _best_other(self) -> np.ndarray:
        """`cosine` of every sentence from the stored neighbours, in one pass over their arrays (0.0 for a
        sentence with none from another source): a story asks it of dozens of sentences, and numpy's
        per-call cost on a row's few values was most of each answer."""
        nb = self.story.vectors.neighbours
        n = nb.shape[0]
        held = np.diff(nb.indptr)
        rows = np.repeat(np.arange(n, dtype=np.int64), held)
        values = np.where(self.src[nb.indices] != self.src[rows], nb.data, -np.inf)
        best = np.zeros(n)
        full = np.flatnonzero(held)  # rows with a stored value: each a run of `values` from its indptr
        if len(full):
            top = np.maximum.reduceat(values, nb.indptr[full])
            best[full] = np.where(top == -np.inf, 0.0, top)
        return best


# rule `same-count-time` (session 46): a link of any kind whose evidence has a count both sentences give (a
# number, or a scale word: "hundreds") and a time both give ("weekend", a weekday): "hundreds of the sick
# and starving ... were rescued this weekend" / "Hundreds of civilians were allowed to leave at the weekend"
# tell one event's count and time, so neither is a point only one source makes (nor one fact to cite, nor
# a conflict: no value differs)
_COUNT_STEMS = frozenset(["hundr", "thousand", "dozen"])
_TIME_STEMS = frozenset(
    [
        *("weekend", "yesterday", "today", "tonight", "overnight"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ]
)


def _count_and_time(evidence: Sequence[str]) -> bool:
    words = {e[5:] for e in evidence if e.startswith("word:")}
    count = bool(words & _COUNT_STEMS) or any(e.startswith("number:") for e in evidence)
    return count and bool(words & _TIME_STEMS)


def _count_time(elsewhere: _Elsewhere, i: int) -> bool:
    return i in elsewhere.count_time


def _linked(elsewhere: _Elsewhere, i: int) -> bool:
    return elsewhere.link[i] >= HELD_LINK


def _same_words(elsewhere: _Elsewhere, i: int) -> bool:
    return elsewhere.cosine(i) >= HELD_COSINE


ELSEWHERE: tuple[Held, ...] = (
    Held("linked", "the align stage links it to another source's sentence", _linked),
    Held("same-words", "another source's sentence shares its key words", _same_words),
    Held("same-count-time", "another source's sentence gives its count at its time", _count_time),
)


def held_elsewhere(elsewhere: _Elsewhere, i: int) -> str | None:
    """The first `ELSEWHERE` rule by which another source holds sentence i's point, or None."""
    return next((r.name for r in ELSEWHERE if r.test(elsewhere, i)), None)


def _singles(
    story: Story,
    ents: EntityIndex,
    used: set[int],
    shown: _Shown,
    twins: dict[int, set[int]],
    elsewhere: _Elsewhere,
    summary: Collection[int] = (),
) -> tuple[Claim, ...]:
    """The most central sentences that no other source backs or comes near (`ELSEWHERE`), naming someone
    or giving a number, and that the summary's editor would not keep out (`Story.kept_out`: rule
    `single-kept-out`); a sentence and its copy's (`twins`) once, the same words once. One the `summary`
    gives already (or its copy, or its words) keeps its place among those taken and is marked
    `in_summary` (rule single-in-summary: renderers do not list it, the JSON keeps it), after the others.
    Most informative first (the people, places and numbers it names), then in reading order."""
    centrality = story.vectors.centroid_similarity
    sents = story.sentences
    kept = story.kept_out  # what the summary's editor keeps out (a caption, a widget) is no point either
    eligible = (
        i
        for i, s in enumerate(sents)
        if i not in used and shown.ok[i] and not kept[i] and s.words >= 8 and s.text[-1:] in ".!?\"”’'"
    )
    out: list[tuple[int, int, Claim]] = []
    per_doc: Counter[int] = Counter()
    taken: set[int] = set()
    said: set[str] = set()  # the words of each sentence taken: a caption a page repeats is one point
    given = set(summary)
    given_words = {_words(sents[i].text) for i in given}
    listed = 0  # the points taken, those the summary gives among them: these keep their place, unshown

    def alone(i: int) -> bool:  # no other source comes near it, and it may be shown
        return held_elsewhere(elsewhere, i) is None and shown[i]

    for i in _by_centrality(eligible, centrality, sents, ents, story.caseless, keep=alone):
        s = sents[i]
        if per_doc[s.doc] >= MAX_SINGLE_PER_DOC or not twins.get(i, set()).isdisjoint(taken):
            continue
        words = _words(s.text)
        if words in said:
            continue
        taken.add(i)
        said.add(words)
        per_doc[s.doc] += 1
        listed += 1
        gives = i in given or words in given_words or not twins.get(i, set()).isdisjoint(given)
        claim = Claim(s.text, s.doc, s.start, s.end, (), "single", None, gives, owner(sents, ents, i))
        out.append((gives, -_informative(s, ents, story.caseless), i, claim))
        if listed >= MAX_SINGLE:
            break
    return tuple(c for *_, c in sorted(out, key=lambda x: x[:3]))


def _words(text: str) -> str:
    """A sentence's words, lower-cased, one space apart: two sentences alike in these say the same."""
    return " ".join(text.lower().split())


def _by_centrality(
    eligible: Iterable[int],
    centrality: Sequence[float],
    sents: Sequence[Sentence],
    ents: EntityIndex,
    caseless: bool = False,
    keep: Callable[[int], bool] | None = None,
) -> Iterator[int]:
    """Sentences in order of (-centrality, halved for one that names no one and gives no number; index):
    what a sentence names and counts is read only when it may come next. A heap holds each sentence
    first under the best key it can have, and under its own once read (only the first few are taken).
    `keep`, asked as a sentence may first come next, drops it before its names and numbers are read."""
    heap = []
    for i in eligible:
        c = -float(centrality[i])
        heap.append((min(c, c * 0.5), i, False))
    heapq.heapify(heap)
    while heap:
        _, i, known = heapq.heappop(heap)
        if known:
            yield i
        elif keep is not None and not keep(i):
            continue
        else:
            heapq.heappush(
                heap, (-float(centrality[i]) * (1.0 if _informs(sents[i], ents, caseless) else 0.5), i, True)
            )


def _informative(s: Sentence, ents: EntityIndex, caseless: bool = False) -> int:
    """How much a sentence pins down: the people, organisations and places it names, and its numbers
    (`caseless`: the story's `Story.caseless`, so "oct. 26" is a day, no number)."""
    return len(ents.within(s.doc, s.start, s.end)) + len(counts(s.text, caseless=caseless))


def _informs(s: Sentence, ents: EntityIndex, caseless: bool = False) -> bool:
    """Whether `_informative` is above 0, the numbers read only for a sentence that names no one (this
    runs on every sentence; reading its numbers costs more than finding its names)."""
    return bool(ents.within(s.doc, s.start, s.end)) or bool(counts(s.text, caseless=caseless))
