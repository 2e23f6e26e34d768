"""Direct quotations and who said them.

Hand-written rules (no library finds English quotations and their speakers without a parser):

1. *Spans*: quotation marks are paired per paragraph (curly, straight, DUC ``…'', guillemets); a
   straight mark opens or closes by the characters around it. A quote left open at a paragraph's
   end continues when the next paragraph opens with a quote mark (the newspaper convention).
2. *Attribution*, in order: an attribution next to the quote ("…," X said / said X / X said: "…"
   / adding "…"); a speech verb elsewhere in its sentence (X said that … "…"); the speaker of an
   earlier quote in the same paragraph, or of the previous paragraph when this one opens with
   the quote; else none.
3. *Speech or term*: a quote set off by an adjacent attribution is speech even when short ("Yes,"
   Clinton said); otherwise it must have at least four words. Shorter quoted phrases (scare quotes,
   nicknames, "best barometer") and titles of works are terms, not speech, and are left out.
4. *Speaker*: the person or organisation named in the attribution, by its full name from
   the entity pass ("Trump" -> "Donald Trump"); he/she/this person -> the last speaker or the last
   person named before, skipping names of the other gender when the first name or the pronouns
   the text itself uses for the person tell ("Lena Park … said her journey …"); a place or an
   organisation is never the antecedent of he/she;
   unnamed sources keep their description ("one Obama administration foreign policy aide").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Document, Quote, Sentence, Span
from .entities import EntityIndex, Found
from .gazetteer import gazetteer
from .rules import SPEECH_VERBS

MIN_SPEECH_WORDS = 4
_MARK = re.compile(r"``|''|[“”\"«»„]")
_OPENERS = frozenset("“«„") | {"``"}
_CLOSERS = frozenset("”»") | {"''"}
_LEFT_OPEN = set(" \t([{—–-/:;'‘“\"")
_RIGHT_CLOSE = set(" \t.,;:!?)]}—–-'’…”\"")
_WORD = re.compile(r"[\w’']+")
_VERB = re.compile(r"\b(?:" + SPEECH_VERBS + r"|According to)\b")  # case-sensitive: not "States"
_PARTICIPLE = re.compile(r"^(?:saying|adding|calling|telling|describing)$")
_ASKED_BY = re.compile(r"\b[Aa]sked by\s+(.{2,80}?)(?:,|$)")
_TITLE_CUE = re.compile(
    r"\b(?:film|movie|book|novel|song|album|show|program|programme|series|play|musical|campaign|"
    r"titled|entitled|known as|dubbed|nicknamed|headlined|slogan|hashtag|premiere of)\s*$",
    re.IGNORECASE,
)
_SENT_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Mt))(?<!\bMrs)(?<!\bSen|\bGov|\bRep|\bGen)[.!?][\"”’)]?\s+(?=[A-Z“\"])"
)
_LEAD_JUNK = re.compile(r"^(?:[,;:—–\-\s]|and\b|but\b|then\b|so\b|while\b|as\b|also\b)+", re.IGNORECASE)
_TRAIL_JUNK = re.compile(
    r"(?:[,;:—–\-\s]|\b(?:also|later|then|again|further|previously|recently|repeatedly|once|earlier|"
    r"has|have|had|was|is|would|will|had|once|simply|finally|quickly|flatly|only|then|still|even))+$",
    re.IGNORECASE,
)
_PRONOUNS = {"he": "m", "she": "f", "this person": None, "the person": None, "this official": None}
_DESCRIPTION = re.compile(
    r"^(?:a|an|the|one|another|two|three|several|some|his|her|their|its|our|\d[\d,]*)\b", re.IGNORECASE
)
_SPEAKER_LABEL = re.compile(r"([A-Z][\w.'’\- ]{1,40}?):\s")  # "Robert Ricks: I would …" (a transcript)
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$")
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@dataclass
class _Span:
    """One quotation: inside-the-marks `start:end`, the marks at `open_at` / `close_at`."""

    start: int
    end: int
    open_at: int
    close_at: int
    para_start: int  # paragraph of the opening mark
    para_end: int  # paragraph of the closing mark (differs for multi-paragraph quotes)
    speaker: str | None = None
    speech: bool = False
    who: tuple[int, int] | None = None  # attribution phrase used, for pronoun chains
    mode: str = "none"
    words: int = 0
    extra: dict = field(default_factory=dict)


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def spans(text: str) -> list[_Span]:
    """Every quotation in a text, paired mark by mark (see module docstring)."""
    duc = "``" in text
    paras = paragraphs(text)
    out: list[_Span] = []
    inside: tuple[int, int, int] | None = None  # (content start, open mark position, paragraph start)
    for k, (ps, pe) in enumerate(paras):
        marks = [m for m in _MARK.finditer(text, ps, pe) if m.group() != "''" or duc]
        j = 0
        if inside is not None:
            # continuing from the previous paragraph: this one must open with a quote mark
            if marks and marks[0].start() == ps and _role(text, marks[0], ps, pe, True) != "close":
                j = 1
            else:
                inside = None
        for m in marks[j:]:
            role = _role(text, m, ps, pe, inside is not None)
            if inside is None:
                if role == "open":
                    inside = (m.end(), m.start(), ps)
            elif role == "close":
                if m.start() > inside[0]:
                    out.append(_Span(inside[0], m.start(), inside[1], m.start(), inside[2], ps))
                inside = None
            elif role == "open":
                inside = (m.end(), m.start(), ps)  # the earlier mark was never closed
        if inside is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is None or not _MARK.match(text, nxt[0]):
                # never closed: a quote that runs to the end of its paragraph (a sentence end there),
                # or one closed by a mistyped single mark ("sexually violent predator' just …")
                body = text[inside[0] : pe].rstrip()
                stray = re.search(r"(?<=[a-z])['’](?=\s)", body)
                if stray and len(body[: stray.start()].split()) <= 4:
                    end = inside[0] + stray.start()
                    out.append(_Span(inside[0], end, inside[1], end, inside[2], ps))
                elif body.endswith((".", "?", "!", "…")) and len(body.split()) >= MIN_SPEECH_WORDS:
                    end = inside[0] + len(body)
                    out.append(_Span(inside[0], end, inside[1], end, inside[2], ps))
                inside = None
    return out


def _role(text: str, m: re.Match[str], ps: int, pe: int, inside: bool) -> str:
    c = m.group()
    prev = text[m.start() - 1] if m.start() > ps else " "
    nxt = text[m.end()] if m.end() < pe else " "
    left_open = prev in _LEFT_OPEN or prev.isspace()
    right_close = nxt in _RIGHT_CLOSE or nxt.isspace()
    if c in _OPENERS:
        return "close" if inside and right_close and not left_open else "open"
    if c in _CLOSERS:
        return "open" if not inside and left_open and not right_close else "close"
    if left_open and not right_close:
        return "open"
    if right_close and not left_open:
        return "close"
    return "close" if inside else "open"


class _Doc:
    """One document's text, sentences, quotes and entity mentions, with the lookups attribution needs."""

    def __init__(self, d: int, doc: Document, sents: list[Sentence], ents: EntityIndex) -> None:
        self.d = d
        self.text = doc.text
        self.sent_starts = [s.start for s in sents]
        self.sents = sents
        self.ents = ents
        self.quotes = spans(doc.text)
        self.para_starts = [p[0] for p in paragraphs(doc.text)]
        self._q_open = [q.open_at for q in self.quotes]

    def para_index(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sent_starts[i] if i >= 0 else 0

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._q_open, pos) - 1
        return i >= 0 and self.quotes[i].open_at <= pos < self.quotes[i].close_at

    def persons(self, start: int, end: int) -> list[Found]:
        return [f for f in self.ents.within(self.d, start, end) if not self.in_quote(f.start)]

    @cached_property
    def text_gender(self) -> dict[str, str]:
        """The gender the text itself gives a person: he/his/him or she/her after the name in a
        sentence that names nobody else ("Lena Park … said her journey …"), or opening the next one."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for k, s in enumerate(self.sents):
            people = [f for f in self.persons(s.start, s.end) if self.ents.kind(f) == "person"]
            if len({self.ents.name(f) for f in people}) != 1:
                continue
            name = self.ents.name(people[0])
            for m in _PRONOUN.finditer(self.text, people[0].end, s.end):
                if not self.in_quote(m.start()):
                    votes[name][_PRONOUN_GENDER[m.group().lower()]] += 1
            if k + 1 < len(self.sents):
                nxt = _PRONOUN.match(self.text, self.sents[k + 1].start)
                if nxt and nxt.group().lower() in ("he", "she"):
                    votes[name][_PRONOUN_GENDER[nxt.group().lower()]] += 1
        return {n: next(iter(v)) for n, v in votes.items() if len(v) == 1}


def extract(
    documents: Sequence[Document], sentences: Sequence[Sentence], ents: EntityIndex
) -> tuple[Quote, ...]:
    """The quotes (speech only) of every document, with speakers and repeats in other documents."""
    by_doc: list[list[Sentence]] = [[] for _ in documents]
    for s in sentences:
        by_doc[s.doc].append(s)
    found: list[tuple[int, _Span]] = []
    for d, doc in enumerate(documents):
        dd = _Doc(d, doc, by_doc[d], ents)
        for i, q in enumerate(dd.quotes):
            _attribute(dd, i, q)
        found.extend((d, q) for q in dd.quotes if q.speech)
    return _with_repeats(documents, found)


# --- attribution -------------------------------------------------------------------------------


def _attribute(dd: _Doc, i: int, q: _Span) -> None:
    text = dd.text
    q.words = len(_WORD.findall(text[q.start : q.end]))
    prev_close = dd.quotes[i - 1].close_at + 1 if i > 0 else 0
    next_open = dd.quotes[i + 1].open_at if i + 1 < len(dd.quotes) else len(text)
    para_end = text.find("\n", q.close_at)
    para_end = len(text) if para_end < 0 else para_end
    # before: from the sentence (or paragraph, or previous quote) start to the opening mark
    b0 = max(q.para_start, dd.sentence_start(q.open_at), prev_close)
    if b0 == q.open_at and q.para_start == q.open_at:
        # a quote opening a paragraph may be introduced by the previous one ending in ':' or ','
        pb = text.rfind("\n", 0, max(0, q.para_start - 1))
        prev_para = text[pb + 1 : q.para_start].rstrip()
        if prev_para.endswith((":", ",")) and (i == 0 or dd.quotes[i - 1].close_at < pb + 1):
            b0 = max(pb + 1, dd.sentence_start(pb + 1 + len(prev_para) - 1))
    before = (b0, q.open_at)
    # after: from the closing mark to the end of its sentence (or the next quote)
    a0 = q.close_at + 1
    a1 = min(para_end, next_open)
    m = _SENT_END.search(text, a0, a1)
    if m and text[a0 : m.start()].strip():
        a1 = m.start() + 1
    elif m:  # the quote itself ends the sentence: "... dead.” Faraj said." keeps the next clause
        m2 = _SENT_END.search(text, m.end(), a1)
        a1 = m2.start() + 1 if m2 else a1
    after = (a0, a1)
    mode, who = _adjacent_after(dd, q, after)
    if mode in (None, "participle"):
        mode2, who2 = _intro_before(dd, q, before)
        if mode2 is None:
            mode2, who2 = _in_sentence(dd, q, before, after)
        if mode2 is not None:
            mode, who = mode2, who2
    q.mode = mode or "none"
    if mode == "intro-inherit":
        q.speech, q.speaker = True, _previous_speaker(dd, q)
        return
    if mode in ("adjacent", "intro"):
        q.speech = True
    elif mode == "sentence":
        q.speech = q.words >= MIN_SPEECH_WORDS and not _looks_like_title(dd, q)
    if who is not None and q.speech:
        q.who = who
        q.speaker = _resolve(dd, q, who)
        if q.speaker is None and mode == "sentence":
            q.speech = False
        return
    if mode == "participle" or mode is None or not q.speech:
        _continuation(dd, i, q, before)


def _continuation(dd: _Doc, i: int, q: _Span, before: tuple[int, int]) -> None:
    """An unattributed quote: the previous speaker in the paragraph, or of the paragraph before."""
    text = dd.text
    full = _is_full_sentence(dd, q, before)
    if (q.words < MIN_SPEECH_WORDS and not full) or _looks_like_title(dd, q):
        return
    prev = next((p for p in reversed(dd.quotes[:i]) if p.speech), None)
    if prev is not None and prev.speech and prev.speaker:
        same_para = prev.para_end == q.para_start
        opens_para = (
            q.open_at == q.para_start and dd.para_index(prev.para_end) == dd.para_index(q.para_start) - 1
        )
        if same_para or opens_para:
            q.speech, q.speaker, q.mode = True, prev.speaker, "continued"
            return
    turn = _turn_speaker(dd, q)
    if turn and q.words >= MIN_SPEECH_WORDS:
        q.speech, q.speaker, q.mode = True, turn, "turn"
        return
    # an attribution clause elsewhere in the paragraph ("…, this person said, …")
    for m in _VERB.finditer(text, q.para_start, q.open_at):
        if dd.in_quote(m.start()) or _PARTICIPLE.match(m.group()):
            continue
        who = _who_before(dd, dd.sentence_start(m.start()), m.start())
        if who is not None and full:
            speaker = _resolve(dd, q, who)
            if speaker:
                q.speech, q.speaker, q.mode = True, speaker, "paragraph"
                return
    if full and q.words >= MIN_SPEECH_WORDS:
        q.speech, q.speaker, q.mode = True, None, "unattributed"


def _looks_like_title(dd: _Doc, q: _Span) -> bool:
    """A name in quotes rather than words said: Title Case ("State of the Union"), after a possessive
    ("CNN's "…"") or a cue word ("the film "…""), or naming a role ("…" host Candy Crowley)."""
    text = dd.text
    inner = text[q.start : q.end].strip(" .,")
    words = inner.split()
    title_case = all(w[0].isupper() or len(w) <= 3 for w in words if w[0].isalpha())
    if words and len(words) <= 8 and title_case and not inner.endswith(("?", "!")):
        return True
    pre = text[max(0, q.open_at - 40) : q.open_at]
    if _TITLE_CUE.search(pre) or re.search(r"['’]s\s*$", pre):
        return True
    post = re.match(r"\s+([a-z]+)", text[q.close_at + 1 : q.close_at + 30])
    return bool(post and text[q.end - 1 : q.end] not in ",.?!—" and post.group(1) in gazetteer().roles)


def _is_full_sentence(dd: _Doc, q: _Span, before: tuple[int, int]) -> bool:
    """A quote that stands as a sentence of its own (nothing but punctuation around it)."""
    text = dd.text
    pre = text[before[0] : q.open_at].strip()
    if pre and not pre.endswith((":", ".", "?", "!")):
        return False
    inner = text[q.start : q.end].rstrip()
    post = text[q.close_at + 1 : q.close_at + 3]
    return inner.endswith((".", "?", "!", "…", ",")) or post[:1] in (".", "") or post.startswith("\n")


def _adjacent_after(dd: _Doc, q: _Span, after: tuple[int, int]) -> tuple[str | None, tuple[int, int] | None]:
    """ "…," X said / "…" said X / "…?" X asked: an attribution right after the closing mark."""
    text = dd.text
    a0, a1 = after
    seg = text[a0:a1]
    inner_end = text[q.start : q.end].rstrip(" '’)]")[-1:]
    lead = len(seg) - len(seg.lstrip(" ,—–-"))
    if not (inner_end in ",?!—–-" or seg[:lead].strip(" ") in (",", "—", "–", "-")):
        return None, None
    for m in _VERB.finditer(seg):
        pre = seg[: m.start()]
        if _PARTICIPLE.match(m.group()):
            return ("participle", None) if not pre.strip(" ,") else (None, None)
        if len(pre.split()) > 20:
            break
        if pre.strip(" ,—–-"):
            who = _who_before(dd, a0 + lead, a0 + m.start())
            if who is not None:
                return "adjacent", who
            continue
        # inverted: said X
        rest_start = a0 + m.end()
        rest_end = _phrase_end(text, rest_start, a1)
        who = _who_span(dd, rest_start, rest_end, before_verb=False)
        if who is not None:
            return "adjacent", who
        break
    return None, None


def _intro_before(dd: _Doc, q: _Span, before: tuple[int, int]) -> tuple[str | None, tuple[int, int] | None]:
    """X said: "…" / he shot back: "…" / adding "…" / Asked by X, "…": an attribution leading in."""
    text = dd.text
    b0, b1 = before
    seg = text[b0:b1]
    stripped = seg.rstrip()
    m_ask = _ASKED_BY.search(seg)
    if m_ask and seg[m_ask.end() :].strip(" ,:") == "":
        who = _who_span(dd, b0 + m_ask.start(1), b0 + m_ask.end(1), before_verb=False)
        if who is not None:
            return "intro", who
    verbs = [m for m in _VERB.finditer(seg) if not dd.in_quote(b0 + m.start())]
    if not verbs:
        return None, None
    m = verbs[-1]
    tail = seg[m.end() :]
    ends_intro = stripped.endswith((":", ",")) and len(tail.split()) <= 6 and "that" not in tail.split()
    immediate = tail.strip() == "" or tail.strip() in (",", ":")
    if not (ends_intro or immediate):
        return None, None
    if _PARTICIPLE.match(m.group()):
        who = _sentence_subject(dd, b0, b0 + m.start())
        return ("intro", who) if who is not None else ("intro-inherit", None)
    who = _who_before(dd, b0, b0 + m.start())
    if (
        who is None
        and m.group().lower() in ("added", "adds", "continued")
        and not seg[: m.start()].strip(" ,")
    ):
        return "intro-inherit", None
    if who is None:
        rest_end = _phrase_end(text, b0 + m.end(), b1)
        who = _who_span(dd, b0 + m.end(), rest_end, before_verb=False)
    return ("intro", who) if who is not None else (None, None)


def _in_sentence(
    dd: _Doc, q: _Span, before: tuple[int, int], after: tuple[int, int]
) -> tuple[str | None, tuple[int, int] | None]:
    """X said that … "…" / "…" … , X said: a speech verb elsewhere in the quote's sentence."""
    text = dd.text
    b0, b1 = before
    verbs = [m for m in _VERB.finditer(text, b0, b1) if not dd.in_quote(m.start())]
    for m in reversed(verbs):
        if m.group().lower() == "according to":
            who = _who_span(dd, m.end(), _phrase_end(text, m.end(), b1), before_verb=False)
            if who is not None:
                return "sentence", who
            continue
        if _PARTICIPLE.match(m.group()):
            who = _sentence_subject(dd, b0, m.start())
        else:
            who = _who_before(dd, b0, m.start())
        if who is not None:
            return "sentence", who
    a0, a1 = after
    for m in _VERB.finditer(text, a0, a1):
        if dd.in_quote(m.start()) or _PARTICIPLE.match(m.group()):
            continue
        who = _who_before(dd, a0, m.start())
        if who is not None:
            return "sentence", who
    if verbs:
        return "participle", None
    return None, None


def _phrase_end(text: str, start: int, limit: int) -> int:
    """End of the noun phrase after an inverted verb: the next comma, dash, bracket or sentence end."""
    m = re.compile(r"[,;()—–]|\.\s|\.$| who\b| whose\b| in a\b| on\b| at\b| to\b").search(text, start, limit)
    return m.start() if m else limit


def _who_before(dd: _Doc, b0: int, verb_at: int) -> tuple[int, int] | None:
    """The subject right before a speech verb: "X said", "X, the …, said", "X, according to …, replied"."""
    text = dd.text
    seg = text[b0:verb_at]
    m = re.search(
        r"(?:[;:]\s|\bthat\b|\bwhile\b|\bbecause\b|\bafter\b|\bwhen\b|\bbut\b)(?!.*(?:[;:]\s|\bthat\b|\bwhile\b|\bbecause\b|\bafter\b|\bwhen\b|\bbut\b))",
        seg,
    )
    if m:
        seg_start = b0 + m.end()
        seg = text[seg_start:verb_at]
    else:
        seg_start = b0
    body = seg.rstrip()
    if body.endswith(","):
        # appositive or parenthetical between subject and verb: "X, the woman's husband, told"
        parts = body[:-1].split(",")
        if len(parts) >= 2:
            subj = parts[-2]
            off = seg_start + len(",".join(parts[:-2])) + (1 if len(parts) > 2 else 0)
            return _who_span(dd, off, off + len(subj), before_verb=True)
        return None
    c = body.rfind(",")
    start = seg_start + c + 1 if c >= 0 else seg_start
    if text[start:verb_at].strip().lower() in ("which", "who") and c >= 0:
        # "…, the Ministry of Culture, which said": the name before the relative pronoun
        prev = [f for f in dd.ents.within(dd.d, b0, seg_start + c) if dd.ents.kind(f) != "place"]
        return (prev[-1].start, prev[-1].end) if prev else None
    return _who_span(dd, start, verb_at, before_verb=True)


def _sentence_subject(dd: _Doc, b0: int, upto: int) -> tuple[int, int] | None:
    """Subject of the last finite speech verb before `upto` in the clause (for "…, adding "…"")."""
    for m in reversed(list(_VERB.finditer(dd.text, b0, upto))):
        if dd.in_quote(m.start()) or _PARTICIPLE.match(m.group()):
            continue
        who = _who_before(dd, b0, m.start())
        if who is not None:
            return who
    return None


def _who_span(dd: _Doc, s: int, e: int, before_verb: bool) -> tuple[int, int] | None:
    """A valid attribution phrase inside [s, e): a name, a pronoun or a short description."""
    text = dd.text
    seg = text[s:e]
    lead = len(seg) - len(_LEAD_JUNK.sub("", seg))
    s += lead
    seg = text[s:e]
    trail = len(seg) - len(_TRAIL_JUNK.sub("", seg))
    e -= trail
    if e <= s:
        return None
    phrase = text[s:e]
    if "“" in phrase or '"' in phrase or "”" in phrase:
        return None
    low = phrase.lower()
    if low in _PRONOUNS or low in ("i", "we"):
        return (s, e)
    if dd.ents.within(dd.d, s, e):
        return (s, e)
    words = phrase.split()
    if not words or len(words) > 14:
        return None
    if len(words) <= 4 and all(w[0].isupper() for w in words) and words[0] not in gazetteer().not_names:
        return (s, e)
    if before_verb and "," in phrase:
        # "X, the …," appositive without a recognised name: keep the first part when it is a name
        first = phrase.split(",")[0].strip()
        if first and first[0].isupper() and len(first.split()) <= 4:
            return (s, s + len(first))
    if (
        len(words) <= 10
        and _DESCRIPTION.match(phrase)
        and words[0].lower() not in ("it", "this", "that", "i", "we", "they", "you")
    ):
        return (s, e)
    return None


def _turn_speaker(dd: _Doc, q: _Span) -> str | None:
    """In a transcript paragraph ("Robert Ricks: …"), the person who has the floor."""
    m = _SPEAKER_LABEL.match(dd.text, q.para_start)
    if not m or m.end() > q.open_at:
        return None
    persons = [f for f in dd.ents.within(dd.d, m.start(1), m.end(1)) if dd.ents.kind(f) == "person"]
    return dd.ents.name(persons[-1]) if persons else None


def _previous_speaker(dd: _Doc, q: _Span) -> str | None:
    for p in reversed([x for x in dd.quotes if x.close_at < q.open_at]):
        if p.speech and p.speaker:
            return p.speaker
    return None


# --- speaker resolution ------------------------------------------------------------------------


def _resolve(dd: _Doc, q: _Span, who: tuple[int, int]) -> str | None:
    text = dd.text
    s, e = who
    phrase = text[s:e].strip()
    low = phrase.lower()
    if low in _PRONOUNS:
        return _antecedent(dd, q, s, _PRONOUNS[low], low)
    if low in ("i", "we"):
        return _turn_speaker(dd, q)
    first_part = phrase.split(",")[0]
    cut = s + len(first_part)
    mentions = [f for f in dd.ents.within(dd.d, s, cut) if dd.ents.kind(f) in ("person", "organization")]
    if not mentions:
        mentions = [f for f in dd.ents.within(dd.d, s, e) if dd.ents.kind(f) in ("person", "organization")]
        mentions = mentions[:1]
    mentions = [f for f in mentions if _heads_phrase(text[f.end : cut])]
    if mentions:
        persons = [f for f in mentions if dd.ents.kind(f) == "person"]
        pick = (persons or mentions)[-1]
        return dd.ents.name(pick)
    first = first_part.strip()
    words = first.split()
    if words and words[0].lower() == "the" and words[-1].lower() in gazetteer().roles:
        # "the Texas congressman", "the former CNN Chief White House Correspondent": the person last
        # talked about
        found = _antecedent(dd, q, s, None, "the person")
        if found:
            return found
    if (
        first
        and first[0].isupper()
        and all(w[0].isupper() for w in first.split())
        and len(first.split()) <= 4
    ):
        return first
    return re.sub(r"\s+", " ", phrase.split(",")[0]).strip() or None


_OWN_CHANNEL = re.compile(
    r"^['’]s?\s+(?:\w+\s+)?(?:page|account|post|posts|feed|website|site|blog|statement|letter|note|tweet|"
    r"video|message|channel|spokesman|spokeswoman|spokesperson|office|document|bulletin|report|forecast)\s*$"
)


def _heads_phrase(rest: str) -> bool:
    """A mention names the speaker when nothing but a time word, or "'s page/statement/…", follows."""
    rest = rest.strip(" ,.")
    if not rest or _OWN_CHANNEL.match(rest):
        return True
    g = gazetteer()
    return all(w in g.not_names or w in ("on", "in", "at") for w in rest.split())


def _gender(dd: _Doc, f: Found) -> str | None:
    honor = _TITLE_BEFORE.search(dd.text[max(0, f.start - 6) : f.start])
    if honor:
        return "m" if honor.group(1) == "Mr" else "f"
    return _name_gender(dd.ents.name(f), dd)


def _name_gender(name: str | None, dd: _Doc | None = None) -> str | None:
    """ "f" / "m" when the first name or the text says so (a rough guide, used only to skip unlikely
    antecedents): a first name listed as mostly female, else the pronouns the text uses for the
    person, else "m" for any other listed first name."""
    if not name:
        return None
    g = gazetteer()
    first = name.split()[0]
    if first in g.female_names:
        return "f"
    if dd is not None and name in dd.text_gender:
        return dd.text_gender[name]
    if first in g.first_names:
        return "m"
    return None


def _antecedent(dd: _Doc, q: _Span, pos: int, gender: str | None, pronoun: str) -> str | None:
    """he/she/this person: walk back sentence by sentence to the last fitting speaker or person."""
    if pronoun not in ("he", "she", "the person"):
        return _previous_speaker(dd, q)
    i = bisect.bisect_right(dd.sent_starts, pos) - 1
    end = pos
    steps = 0
    while i >= 0 and steps < 8:
        s0 = dd.sents[i].start
        # a quote in this stretch with a known speaker: the conversation goes on
        speakers = [
            x
            for x in dd.quotes
            if s0 <= x.open_at < end
            and x.speech
            and x.speaker
            and x is not q
            and (gender is None or _name_gender(x.speaker, dd) in (None, gender))
        ]
        mentions = [f for f in dd.persons(s0, end) if dd.ents.kind(f) == "person"]
        fits = [f for f in mentions if gender is None or _gender(dd, f) in (None, gender)]
        subj = [f for f in fits if _speaks(dd, f)]
        if subj:
            return dd.ents.name(subj[-1])
        if speakers:
            return speakers[-1].speaker
        if fits:
            return dd.ents.name(fits[0])
        end = s0
        i -= 1
        steps += 1
    return None


_SPEAKS_AFTER = re.compile(r"^\s*(?:,[^,]{0,80},\s*)?(?:also\s+)?(?:" + SPEECH_VERBS + r")\b")
_SPEAKS_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+$")


def _speaks(dd: _Doc, f: Found) -> bool:
    text = dd.text
    return bool(
        _SPEAKS_AFTER.match(text, f.end) or _SPEAKS_BEFORE.search(text[max(0, f.start - 20) : f.start])
    )


# --- repeats across documents -----------------------------------------------------------------


def _with_repeats(documents: Sequence[Document], found: list[tuple[int, _Span]]) -> tuple[Quote, ...]:
    toks = [set(w.lower() for w in _WORD.findall(documents[d].text[q.start : q.end])) for d, q in found]
    out = []
    for i, (d, q) in enumerate(found):
        reps = []
        for j, (d2, q2) in enumerate(found):
            if d2 == d or not toks[i] or not toks[j]:
                continue
            inter = len(toks[i] & toks[j])
            small = min(len(toks[i]), len(toks[j]))
            if inter / len(toks[i] | toks[j]) >= 0.6 or (small >= 4 and inter / small >= 0.8):
                reps.append(Span(d2, q2.start, q2.end))
        text = documents[d].text[q.start : q.end]
        out.append(Quote(text, q.speaker, d, q.start, q.end, tuple(reps)))
    return tuple(out)
