"""Apply the cleaning rules to one raw document.

Passes, each over the paragraphs of `raw` (see `paragraphs.py`):

1. line and block rules (anywhere), widget blocks extended over the link-like lines after them; a
   caption glued to the article's text (caption-then-text) goes only up to its credit;
2. repeated paragraphs: an adjacent repeat is a doubled caption ("duplicate-caption"), a later
   repeat elsewhere a "duplicate"; the first copy stays unless a rule removed it;
3. the lead, before the first body paragraph: lead rules, then kicker, headline and standfirst,
   which become `Document.title` / `Document.dek`;
4. the tail, walking up from the end: tail rules (author bio, source notes, trailing fragments);
5. inner rules on paragraphs between body paragraphs (subheads, questions used as subheads);
6. prefix rules on the first body paragraphs (datelines such as "WASHINGTON (AP) —"), tried again
   after each cut (a video notice, then its dateline; a sign-up box opening the paragraph counts as a
   prefix: `_LEADERS`); the place and date of the first dateline become `Document.dateline`;
7. inline rules inside every kept paragraph (parenthetical promos, transcript markers).

The clean text is the kept paragraphs, one per line, whitespace collapsed. Every removed span is a
`Removed(start, end, reason, text)` with `raw[start:end] == text`.
"""

from __future__ import annotations

import re

from ..lexicon.gazetteer import gazetteer, lower_listed
from ..model import Document, RawDoc, Removed
from .anchors import Anchors, AnchorTable, anchors, has_special, only_at_start
from .kinds import document_kind
from .paragraphs import Paragraph, normalise_quotes, paragraphs
from .rules import BY_NAME, CREDIT_PAREN, FULL_DATE, PHOTO_CREDIT_OPENING, RULES, Rule, rules

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_LINE_RULES = tuple(r for r in RULES if r.scope in ("line", "block"))
_LEAD_RULES = rules("lead")
_TAIL_RULES = rules("tail")
_PREFIX_RULES = rules("prefix")
_PREFIX_DATE = re.compile(rf"^{FULL_DATE}$")  # a date run into the lead (date-prefix): the document's date
_INNER_RULES = rules("inner")
_INLINE_RULES = rules("inline")
SOFT_REASONS = frozenset({"embedded-tweet"})  # content-like: kept when nothing else is left
_CLOSES = (".", ",", ";", ":", "!", "?")  # marks that close on the word before them
PREFIX_PARAGRAPHS = 3  # prefix rules look at this many leading body paragraphs
PREFIX_ROUNDS = 3  # and cut at most this many prefixes one after another from each
# Inline rules that, opening a paragraph, count as a prefix: the prefix rules are tried again after them (a
# sign-up box, then NBC's "/ updated by ..." stamp, then the lead; a CBS station's follow box, then its
# dateline "miami ( cbsmiami ) –", then the lead)
_LEADERS = (BY_NAME["signup-inline"], BY_NAME["follow-box-inline"])


_BYLINE = re.compile(
    r"^(?:/\s*)?(?:.*?\bby\b\s*:?\s*|[-–—]+\s*)(?P<name>.+?)(?:\s*[,•|(].*)?$", re.IGNORECASE
)
_BYLINE_TAIL = re.compile(r"\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z].*$")
_DATELINE_TRIM = re.compile(r"(?:\s*\([^()]*\)|\s*/[^/]*/|\s*&[A-Za-z]{1,8};)+|[\s—–_|>-]+$")


def dateline_text(span: str, body: str = "") -> str | None:
    """The place (and date) of a removed dateline: "LIMA, Dec 1 (Reuters) —" -> "LIMA, Dec 1"; a
    widget's word run into it goes ("Photo hartford --" -> "hartford"), and so does a headline's name
    run into it (`body`: the article's text; `dateline-name-headline`)."""
    text = _DATELINE_TRIM.sub("", span).strip(" ,—–-_|>")
    text = _DATELINE_KICKER.sub("", text)
    if body:
        text = _name_headline_cut(text, body)
    return text or None


def _name_headline_cut(text: str, body: str) -> str:
    """Rule `dateline-name-headline`: a lower-cased page's headline that is a person's name, run into the
    dateline's place ("Nicole mittendorff fairfax, va."), goes: a given name (gazetteer `first_names`) and
    one more word before a place of at least one word ahead of the comma, the two words written again in
    the article ("firefighter nicole mittendorff"): a place's name that opens on a given name ("Charlotte",
    "Eugene, ore.") keeps it, as no place follows or the article never writes the two words."""
    head, comma, rest = text.partition(",")
    words = head.split()
    if not comma or len(words) < 3 or words[0].capitalize() not in gazetteer().first_names:
        return text
    name = f"{words[0]} {words[1]}"
    # the dateline's copy and one more
    if len(re.findall(rf"\b{re.escape(name)}\b", body, re.IGNORECASE)) < 2:
        return text
    return " ".join(words[2:]) + comma + rest


# words of a page widget a lower-cased dateline's place may open with ("Photo hartford --", "Article
# excerpt washington --"): never a place's
_DATELINE_KICKER = re.compile(r"^(?:photo|video|watch|article excerpt)\s+(?=\S)", re.I)
# first words that make a run of words a place's name ("Upper west side", "San ramon")
_PLACE_OPENERS = frozenset(
    {"new", "san", "santa", "st", "saint", "north", "south", "east", "west", "upper", "lower"}
    | {"los", "las", "el", "la", "port", "fort", "mount", "lake"}
)


def shown_dateline(rule: str, span: str, body: str) -> bool:
    """Whether a removed dateline's place may stand in the brief's header. Rule caseless-dateline-prefix
    cuts any title-case word before a long dash ("Apology — the ...", "Wipeable tablecloth — ..."): its
    place is shown only with evidence it is one: its region ("portland, ore."), a station's credit ("( cbs
    )"), a listed place, or a name of several words a place's word opens or ends ("Fort pierce", "Fall
    river", gazetteer `place_first` / `place_last`), or one the article writes as a place elsewhere ("in
    scranton", "near freehold"). Otherwise it is not shown (saying less). A page's "updated" time
    (rule timestamp-prefix) is no dateline: it tells when the page changed, not where the news is from."""
    if rule == "timestamp-prefix":
        return False
    if rule != "caseless-dateline-prefix" or "," in span or "(" in span:
        return True
    words = (dateline_text(span) or "").lower().split()
    if tuple(words) in lower_listed():
        return True
    if words and re.search(rf"\b(?:in|near|from|of) {re.escape(' '.join(words))}\b", body, re.I):
        return True
    g = gazetteer()
    return len(words) > 1 and (
        words[0] in _PLACE_OPENERS
        or words[0].capitalize() in g.place_first
        or words[-1].capitalize() in g.place_last
    )


_DATE_LABEL = re.compile(
    r"^(?:published|posted|updated|last updated|first published)(?:\s+on)?\s*:?\s*", re.I
)


def byline_author(text: str) -> str | None:
    """The name in a byline: "By Jane Roe, Staff Writer" -> "Jane Roe"; "-- Jane Roe" -> "Jane Roe"."""
    m = _BYLINE.match(text.strip())
    if not m:
        return None
    name = _BYLINE_TAIL.sub("", m.group("name")).strip(" .")
    return name or None


def _ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def _is_furniture(text: str) -> bool:
    """Any line or block rule takes the text: a caption, a copyright notice, "Follow ... on Twitter"."""
    words = len(text.split())
    return any(rule.match(text, words) for rule in _LINE_RULES)


# More credit straight after a caption's credit: another parenthesis ("(AP Photo/Jane Roe) (Associated
# Press)") or the photographer and agency bare ("(AP Photo/Jane Roe) Jane Roe / AP").
_MORE_CREDIT = re.compile(
    rf"^(?:\s*{CREDIT_PAREN.pattern}|\s*(?:[\w.'’-]+\s){{1,3}}/\s?(?:the associated press|ap|reuters|afp|epa"
    r"|getty images|bloomberg)\b)+\s*",
    re.IGNORECASE,
)


def _after_credit(rest: str) -> int:
    m = _MORE_CREDIT.match(rest)
    return m.end() if m else 0


# A web player's caption box flattened: "toggle caption" and its credit twice, the caption itself not
# in the text ("... enlarge this image toggle caption jane roe/getty images jane roe/getty images").
_TOGGLE_CREDIT = re.compile(r"\btoggle caption\s+(?P<credit>\S.{1,80}?)\s+(?P=credit)(?=\s|$)", re.IGNORECASE)


def _credit_ends(text: str) -> list[int]:
    """Where a caption's credit ends: a credit parenthesis after a finished sentence (not one inside the
    caption: "This image taken from video (KXAN/AP) shows ..."), or a caption box's doubled credit
    (after a headline, no full stop)."""
    ends = [m.end() for m in CREDIT_PAREN.finditer(text) if _ends_sentence(text[: m.start()].rstrip())]
    ends += [m.end() for m in _TOGGLE_CREDIT.finditer(text)]
    return sorted(ends)


def caption_then_text(text: str) -> int | None:
    """Rule caption-then-text: where the article's text starts in a paragraph a caption rule took, when
    a caption closed by its credit ("... fort pierce. (AP Photo/Jane Roe)", a caption box's "toggle
    caption Jane Roe/AP Jane Roe/AP") runs into body text (pages flattened into one paragraph,
    Multi-News): the first credit after which the rest, more credit read past (`_MORE_CREDIT`), is
    nothing a line rule takes (a doubled caption is read past; a copyright notice or "Follow ... on
    Twitter" after the credit is no article) and reads as body (`is_body`'s test); None when there is
    no such rest (the whole paragraph is the caption)."""
    for end in _credit_ends(text):
        rest = text[end:].lstrip()
        rest = rest[_after_credit(rest) :]
        if not rest or _is_furniture(rest):
            continue
        words = len(rest.split())
        if words >= 20 or (words >= 8 and _ends_sentence(rest)):
            return len(text) - len(rest)
        return None
    return None


# Rule marker-then-text: a caption marker opening a paragraph whose caption has no credit to end on, the
# article's text run into it (Multi-News+ lost the line breaks): "Media playback is unsupported on your
# device media caption <caption> <lede>", "Image copyright <agency> image caption <caption> <lede>",
# "Photo: <photographer> <lede>", "Enlarge image <lede>". Where the caption stops is not written, so
# the cut goes to the end of the first sentence (the caption and the lede's first sentence go, the rest
# of the article stays: less of the article rather than any of the caption in it); a photographer's
# credit whose end is sure ends there (`rules.PHOTO_CREDIT_OPENING`).
_MARKER_OPENING = re.compile(
    r"^(?:(?:media playback is (?:unsupported|not supported) on your device\s+)?media caption"
    r"|image copyright\b[^.!?]{0,60}?\bimage caption|image caption|photo:|enlarge (?:this )?image)\s",
    re.IGNORECASE,
)
# A sentence's stop: after a word of four letters or more (not "u.s.", "sen.", "jan."), before a
# capital or a digit (Multi-News+ capitalises each sentence's first word).
_FIRST_STOP = re.compile(r"(?<![.\s])(?<=[A-Za-z]{4})[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def marker_then_text(text: str, after: str = "") -> int | None:
    """Rule marker-then-text (see `_MARKER_OPENING`): where the article's text starts in a paragraph
    that a caption marker opens and no credit closes; None when what would stay is not body text
    (fewer than 20 words), is furniture itself (a gallery's counters, another caption) or is a teaser
    of the paragraph `after` it (a photo captioned with the opening of the text that follows)."""
    m = _MARKER_OPENING.match(text)
    if m is None:
        return None
    credit = re.match(PHOTO_CREDIT_OPENING, text, re.IGNORECASE)
    stop = credit or _FIRST_STOP.search(text, m.end())
    if stop is None:
        return None
    rest = text[stop.end() :]
    words = rest.split()
    if len(words) < 20 or _is_furniture(rest) or _MARKER_OPENING.search(rest):
        return None
    if " ".join(words[:8]) in " ".join(after.split()):
        return None
    return stop.end()


def is_body(p: Paragraph) -> bool:
    """Looks like article prose: a full sentence of some length, or simply long."""
    return p.words >= 20 or (p.words >= 8 and _ends_sentence(p.text))


_NOT_HEADLINE_END = re.compile(r"(?:[.!…][\"'”’)\]]*|[,;:])$")
_LIST_ITEM = re.compile(r"^\d+[.)]\s")


def is_headline(p: Paragraph) -> bool:
    """A short line that reads like a headline: 2-20 words, not a finished sentence, not a list item."""
    t = p.text
    return (
        2 <= p.words <= 20
        and len(t) <= 200
        and not _NOT_HEADLINE_END.search(t)
        and (t[0].isupper() or t[0].isdigit())
        and not t.isupper()
        and not _LIST_ITEM.match(t)
    )


def is_open_standfirst(p: Paragraph) -> bool:
    """A standfirst with no headline above it: 21-50 words that do not end as a sentence does."""
    t = p.text
    return 21 <= p.words <= 50 and not _NOT_HEADLINE_END.search(t) and not t.endswith("?") and t[0].isupper()


def is_kicker(p: Paragraph) -> bool:
    """A section name above a headline: at most five words and no sentence punctuation."""
    return p.words <= 5 and not _ends_sentence(p.text) and not p.text.endswith(",")


def is_link_like(p: Paragraph) -> bool:
    """A line of a link list: short and not a sentence."""
    return p.words <= 20 and not _ends_sentence(p.text)


# id of a rule table -> (the table, each rule with its anchors); the table is kept so an id reused by
# another tuple is never mistaken for it
_ANCHORED: dict[int, tuple[tuple[Rule, ...], list[tuple[Rule, Anchors | None]]]] = {}


def _anchored(rule_set: tuple[Rule, ...]) -> list[tuple[Rule, Anchors | None]]:
    """Each rule of a rule table with its anchors, derived once per process (none for a rule that can
    match only at the start of the text: searching it is cheaper, see `anchors.only_at_start`)."""
    got = _ANCHORED.get(id(rule_set))
    if got is None or got[0] is not rule_set:
        found = [None if only_at_start(rule.pattern) else anchors(rule.pattern) for rule in rule_set]
        got = _ANCHORED[id(rule_set)] = (rule_set, list(zip(rule_set, found, strict=True)))
    return got[1]


# id of a rule table -> (the table, its `AnchorTable`, and for each paragraph length in words the rules
# within their `max_words`, in table order, with theirs)
_BY_WORDS: dict[int, tuple[tuple[Rule, ...], AnchorTable, list[tuple[tuple[Rule, ...], AnchorTable]]]] = {}


def _within(rule_set: tuple[Rule, ...], words: int) -> tuple[tuple[Rule, ...], AnchorTable]:
    """The rules of a table that may meet a paragraph of `words` words (`words <= max_words`), in
    table order, with the `AnchorTable` of their anchors: built once per process for each length, so
    the loop over the rules never visits one the paragraph is too long for (body paragraphs are past
    most)."""
    got = _BY_WORDS.get(id(rule_set))
    if got is None or got[0] is not rule_set:
        pairs = _anchored(rule_set)
        top = max((rule.max_words for rule in rule_set), default=0)
        # one per distinct list, keyed by its length: each length's rules are those of the one before less
        # some, so two lists of one length are the same list. Not keyed by the rules themselves: a
        # `Rule`'s hash hashes its pattern, whose hash reads all its compiled code again each time (the
        # tuples of a few hundred rules made a process's first clean hash about 8 billion instructions)
        tables: dict[int, tuple[tuple[Rule, ...], AnchorTable]] = {}
        by_len = []
        for n in range(top + 2):
            kept = tuple(x for x in pairs if x[0].max_words >= n)
            if len(kept) not in tables:
                tables[len(kept)] = (
                    tuple(rule for rule, _ in kept),
                    AnchorTable([found for _, found in kept]),
                )
            by_len.append(tables[len(kept)])
        got = _BY_WORDS[id(rule_set)] = (rule_set, AnchorTable([found for _, found in pairs]), by_len)
    return got[2][min(words, len(got[2]) - 1)]


def _table(rule_set: tuple[Rule, ...]) -> AnchorTable:
    """The `AnchorTable` of a whole rule table (built with `_within`'s)."""
    _within(rule_set, 0)
    return _BY_WORDS[id(rule_set)][1]


class _Cleaner:
    def __init__(self, doc: RawDoc) -> None:
        self.doc = doc
        self.paras = paragraphs(doc.raw)
        self.reason: list[str | None] = [None] * len(self.paras)
        self.rule: list[str | None] = [None] * len(self.paras)  # name of the rule that removed it
        # paragraph -> each prefix cut's end in its text, reason and rule, in order
        self.prefix_cuts: dict[int, list[tuple[int, str, str]]] = {}
        self.caption_cut: dict[int, int] = {}  # paragraph -> start of its text after a glued caption
        # paragraph -> spans of its text (start, end, reason, rule name)
        self.inline_cuts: dict[int, list[tuple[int, int, str, str]]] = {}
        # paragraph -> the dateline its prefix cut held, the paragraph then left empty by inline cuts
        self.emptied_dateline: dict[int, str] = {}
        self.title: str | None = doc.title
        self.dek: str | None = None
        self._low: list[tuple[str, bool] | None] = [None] * len(self.paras)

    # -- helpers -----------------------------------------------------------------------------------
    def _lowered(self, i: int) -> tuple[str, bool]:
        """Paragraph `i` lower-cased, and whether it holds a letter `anchors.SPECIAL` (computed once)."""
        got = self._low[i]
        if got is None:
            text = self.paras[i].text
            got = self._low[i] = (text.lower(), has_special(text))
        return got

    def _first_rule(self, rule_set: tuple[Rule, ...], i: int, body: str = "") -> Rule | None:
        text = self.paras[i].text
        lowered, special = self._lowered(i)
        rules, table = _within(rule_set, self.paras[i].words)
        if not rules:
            return None
        for k in sorted(table.may_match(text, lowered, special)):  # the others cannot match (anchors.py)
            rule = rules[k]
            m = rule.pattern.search(text)  # `rule.match` without its word test, passed already
            if (
                m
                and (rule.unless is None or not rule.unless.search(text))
                and (rule.guard is None or rule.guard(m, body))
            ):
                return rule
        return None

    def _kept(self) -> list[int]:
        return [i for i, r in enumerate(self.reason) if r is None]

    # -- passes ------------------------------------------------------------------------------------
    def line_rules(self) -> None:
        i = 0
        n = len(self.paras)
        while i < n:
            rule = self._first_rule(_LINE_RULES, i)
            if rule is None:
                i += 1
                continue
            self._remove(i, rule)
            i += 1
            if rule.scope == "block":
                i = self._extend_block(i, rule)

    def _extend_block(self, i: int, block: Rule) -> int:
        """Remove the link list under a widget heading; returns the first paragraph after it."""
        n = len(self.paras)
        while i < n:
            other = self._first_rule(_LINE_RULES, i)
            if other is not None:
                self._remove(i, other)
            elif is_link_like(self.paras[i]) or self._short_tail(i):
                self.reason[i], self.rule[i] = block.reason, block.name
            else:
                break
            i += 1
        return i

    def _remove(self, i: int, rule: Rule) -> None:
        """Paragraph `i` goes by a line rule; a caption rule's paragraph whose text goes on after the
        caption's credit keeps that text (`caption_then_text`), and so does one a caption marker opens
        (`marker_then_text`)."""
        text = self.paras[i].text
        cut = caption_then_text(text) if rule.reason == "caption" else None
        if cut is None and rule.name == "photo-label":
            after = self.paras[i + 1].text if i + 1 < len(self.paras) else ""
            cut = marker_then_text(text, after)
        if cut is None:
            self.reason[i], self.rule[i] = rule.reason, rule.name
        else:
            self.caption_cut[i] = cut

    def _short_tail(self, i: int) -> bool:
        """True when paragraph `i` and everything after it (two or more) are short: teasers at the end."""
        rest = self.paras[i:]
        return len(rest) >= 2 and all(p.words <= 25 for p in rest)

    def duplicates(self) -> None:
        seen: dict[str, int] = {}
        for i, p in enumerate(self.paras):
            if p.words < 2:
                continue
            key = self._lowered(i)[0]  # a paragraph's text is its words joined by single spaces already
            first = seen.get(key)
            if first is None:
                seen[key] = i
                continue
            if first == i - 1 and p.words <= 60 and self.reason[first] in (None, "caption", "photo-credit"):
                self.reason[i] = "duplicate-caption"  # a doubled caption: alt text and figure caption
            elif self.reason[i] is None:
                self.reason[i] = "duplicate"

    def lead(self) -> None:
        """Lead rules, then kicker / headline / standfirst, up to the first body paragraph."""
        lead: list[int] = []
        for i in range(len(self.paras)):
            if self.reason[i] is not None:
                continue
            rule = self._first_rule(_LEAD_RULES, i)
            if rule is not None:
                self.reason[i], self.rule[i] = rule.reason, rule.name
                continue
            lead.append(i)
            if is_body(self.paras[i]):
                break
        if not lead:
            return
        if self.doc.title is not None:
            h = lead[0]
            if " ".join(self.paras[h].text.lower().split()) == " ".join(self.doc.title.lower().split()):
                self.reason[h] = "headline"
            return
        self._headline(lead)

    def _headline(self, lead: list[int]) -> None:
        h = lead[0]
        if not self._body_after(h):
            return
        if is_open_standfirst(self.paras[h]):
            self.reason[h] = "standfirst"
            self.dek = self.paras[h].text
            return
        if not is_headline(self.paras[h]):
            return
        if len(lead) > 1 and is_kicker(self.paras[h]):
            h2 = lead[1]
            if is_headline(self.paras[h2]) and self.paras[h2].words > self.paras[h].words:
                self.reason[h] = "section-kicker"
                h = h2
        self.reason[h] = "headline"
        self.title = self.paras[h].text
        d = h + 1
        if d < len(self.paras) and self.reason[d] is None and self._is_standfirst(d):
            self.reason[d] = "standfirst"
            self.dek = self.paras[d].text

    def _is_standfirst(self, d: int) -> bool:
        """The line under the headline is a standfirst when it is short and the body visibly starts
        after it (page chrome or a dateline follows), or when it is not a finished sentence."""
        p = self.paras[d]
        if p.words > 50 or self._dateline_prefix(d) or not self._body_after(d):
            return False
        if not _ends_sentence(p.text):
            return p.words >= 4
        nxt = d + 1
        return nxt < len(self.paras) and (self.reason[nxt] is not None or self._dateline_prefix(nxt))

    def _dateline_prefix(self, i: int) -> bool:
        text = self.paras[i].text
        return any(
            (m := r.match(text, 0)) and (r.guard is None or r.guard(m, text))
            for r in _PREFIX_RULES
            if r.after is None
        )

    def _body_after(self, i: int) -> bool:
        return any(self.reason[j] is None and is_body(self.paras[j]) for j in range(i + 1, len(self.paras)))

    def tail(self) -> None:
        kept = self._kept()
        if len(kept) < 2:
            return
        for i in reversed(kept):
            body = "\n".join(self.paras[j].text for j in kept if j != i)
            rule = self._first_rule(_TAIL_RULES, i, body)
            if rule is None:
                break
            if rule.name == "trailing-fragment" and not any(
                is_body(self.paras[j]) for j in kept if j < i and self.reason[j] is None
            ):
                break
            self.reason[i], self.rule[i] = rule.reason, rule.name

    def inner(self) -> None:
        """Inner rules on the kept paragraphs strictly between the first and the last body paragraph."""
        kept = self._kept()
        body = [i for i in kept if is_body(self.paras[i])]
        if len(body) < 2:
            return
        for i in kept:
            if body[0] < i < body[-1]:
                rule = self._first_rule(_INNER_RULES, i)
                if rule is not None:
                    self.reason[i], self.rule[i] = rule.reason, rule.name

    def inline(self) -> None:
        """Inline rules inside each kept paragraph (after its prefix cut); a paragraph left with no
        words is removed whole with the reason of its first cut."""
        kept = self._kept()
        body = "\n".join(self.paras[i].text for i in kept)
        for i in kept:
            text = self.paras[i].text
            prefix = self.prefix_cuts.get(i)
            base = prefix[-1][0] if prefix else self.caption_cut.get(i, 0)
            base += len(text[base:]) - len(text[base:].lstrip())  # a rule opening the rest sees its start
            cuts: list[tuple[int, int, str, str]] = []
            lowered, special = self._lowered(i)
            # the others match nowhere in the paragraph, so none after its prefix cut
            for k in sorted(_table(_INLINE_RULES).may_match(text, lowered, special)):
                rule = _INLINE_RULES[k]
                if rule.unless is not None and rule.unless.search(text, base):
                    continue
                for m in rule.pattern.finditer(text[base:]):
                    if rule.guard is not None and not rule.guard(m, body):
                        continue
                    a, b = base + m.start(), base + m.end()
                    if b > a and not any(a < e and s < b for s, e, _, _ in cuts):
                        cuts.append((a, b, rule.reason, rule.name))
            if not cuts:
                continue
            cuts.sort()
            left = text[base:]
            for a, b, _, _ in reversed(cuts):
                left = left[: a - base] + " " + left[b - base :]
            if not left.split():
                self.reason[i], self.rule[i] = cuts[0][2], None
                done = 0
                for cut, reason, name in self.prefix_cuts.pop(i, ()):
                    if reason == "dateline":  # "WASHINGTON (AP) — <live-blog heading>": the place stays known
                        if shown_dateline(name, text[done:cut], self.doc.raw):
                            self.emptied_dateline[i] = text[done:cut]
                        break
                    done = cut
                self.caption_cut.pop(i, None)
            else:
                self.inline_cuts[i] = cuts

    def keep_content(self) -> None:
        """A document that is nothing but an embedded post is that post: keep it rather than nothing."""
        if all(r is not None for r in self.reason):
            for i, r in enumerate(self.reason):
                if r in SOFT_REASONS:
                    self.reason[i] = self.rule[i] = None

    def prefixes(self) -> None:
        """Prefix rules at the start of the first body paragraphs, tried again after each cut, up to
        `PREFIX_ROUNDS` ("Please enable javascript to watch this video | hartford -- | a woman ...")."""
        for i in self._kept()[:PREFIX_PARAGRAPHS]:
            p = self.paras[i]
            at = self.caption_cut.get(i, 0)  # a dateline opens the text after a glued caption
            cuts: list[tuple[int, str, str]] = []
            for _ in range(PREFIX_ROUNDS):
                text = p.text[at:]
                at += len(text) - len(text.lstrip())
                text = text.lstrip()
                words = len(text.split()) if at else p.words
                for rule in _PREFIX_RULES + _LEADERS:
                    if rule.after is not None and (not cuts or cuts[-1][1] != rule.after):
                        continue
                    m = rule.match(text, words) if rule.scope == "prefix" else rule.pattern.match(text)
                    if m and len(text[m.end() :].split()) >= 3 and (not rule.guard or rule.guard(m, text)):
                        at += m.end()
                        cuts.append((at, rule.reason, rule.name))
                        break
                else:
                    break
            if cuts:
                self.prefix_cuts[i] = cuts

    # -- result ------------------------------------------------------------------------------------
    def document(self) -> Document:
        raw = self.doc.raw
        removed: list[Removed] = []
        lines: list[str] = []
        dateline: str | None = None
        prefix_date: str | None = None  # a date line run into the lead (rule date-prefix)
        for i, name in enumerate(self.rule):
            if name == "lone-dateline" and dateline is None:
                dateline = dateline_text(self.paras[i].text)
        for i, p in enumerate(self.paras):
            if self.reason[i] is not None:
                removed.append(Removed(p.start, p.end, self.reason[i] or "", raw[p.start : p.end]))
                if i in self.emptied_dateline and dateline is None:
                    dateline = dateline_text(self.emptied_dateline[i])
                continue
            text = p.text
            base = 0
            start = p.start
            if i in self.caption_cut:
                base = self.caption_cut[i]
                end = p.raw_offset(base)
                span = raw[start:end].rstrip()
                removed.append(Removed(start, start + len(span), "caption", span))
                start = end
            for cut, reason, name in self.prefix_cuts.get(i, ()):
                end = p.raw_offset(cut)
                start += len(raw[start:end]) - len(raw[start:end].lstrip())
                span = raw[start:end].rstrip()
                removed.append(Removed(start, start + len(span), reason, span))
                if _PREFIX_DATE.match(span):  # a date, no place: the document's date
                    prefix_date = prefix_date or span
                elif reason == "dateline" and dateline is None and shown_dateline(name, span, raw):
                    dateline = dateline_text(span, raw)
                base, start = cut, end
            if i in self.inline_cuts:
                pieces, at = [], base
                for a, b, reason, name in self.inline_cuts[i]:
                    pieces.append(text[at:a])
                    last = a + len(text[a:b].rstrip()) - 1
                    start, end = p.raw_offset(a), p.raw_offset(last) + 1
                    removed.append(Removed(start, end, reason, raw[start:end]))
                    if name == "wire-credit-inline" and dateline is None:  # a place, as a prefix's
                        dateline = dateline_text(raw[start:end])
                    at = b
                pieces.append(text[at:])
                # no space before the stop or comma a cut stood before: "children (1)." -> "children."
                glued = pieces[0]
                for piece in pieces[1:]:
                    glued = glued.rstrip() + piece if piece.lstrip()[:1] in _CLOSES else glued + " " + piece
                text = " ".join(glued.split())
            else:
                text = text[base:].lstrip()
            lines.append(text)
        text = "\n".join(lines)
        if "``" in raw:
            text = normalise_quotes(text)
        author, date = self.doc.author, self.doc.date
        for i, name in enumerate(self.rule):
            if author is None and name in ("byline", "sign-off"):
                author = byline_author(self.paras[i].text)
            elif author is None and name == "author-bio":
                m = BY_NAME[name].pattern.match(self.paras[i].text)
                author = m.group("name").strip() if m else None
            if date is None and name == "date-line":
                date = _DATE_LABEL.sub("", self.paras[i].text).strip() or None
        date = date or prefix_date
        removed.sort(key=lambda r: (r.start, r.end))
        kind, cues = document_kind(text, self.title, self.dek, removed)
        return Document(
            id=self.doc.id,
            source=self.doc.source,
            raw=raw,
            text=text,
            title=self.title,
            dek=self.dek,
            outlet=self.doc.outlet,
            author=author,
            date=date,
            removed=tuple(removed),
            dateline=dateline,
            repaired=self.doc.repaired,
            kind=kind,
            kind_cues=cues,
        )


def clean(doc: RawDoc) -> Document:
    """The clean document: page chrome removed (each span kept with its reason), title and dek found."""
    c = _Cleaner(doc)
    c.line_rules()
    c.duplicates()
    c.lead()
    c.tail()
    c.inner()
    c.keep_content()
    c.prefixes()
    c.inline()
    return c.document()
