"""Whose view: the kind of a document (news, analysis, opinion, review, transcript, press release),
decided from cues a reader can check, by an ordered table of named rules (the first that fires wins).

Cues come from what cleaning found (a removed kicker such as "Analysis" or "Opinion", an author bio,
transcript markers), the title and standfirst, and the text itself (star ratings, first-person and
normative language outside quotations, wire-service release lines). Each document keeps its kind and
the cues that decided it (`Document.kind`, `Document.kind_cues`), so the brief can show whose view a
sentence is ("Opinion — Jane Roe:").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Removed
from .anchors import anchors, has_special, may_match

KINDS = ("news", "analysis", "opinion", "review", "transcript", "press-release")


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a rule may look at."""

    text: str  # the clean text
    title: str
    dek: str
    removed: Sequence[Removed]
    lowered: str  # text.lower(), for the anchor tests (anchors.py)
    special: bool  # has_special(text)


@dataclass(frozen=True, slots=True)
class KindRule:
    name: str
    kind: str
    test: Callable[[Evidence], str | None]  # the cue it found, shown to the reader


def _search(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return " ".join(m.group().split())[:60] if m else None


_KICKER = {
    "opinion": re.compile(r"^(?:opinion|op-ed|commentary|editorial|column|viewpoint|perspective)\b", re.I),
    "analysis": re.compile(r"^(?:analysis|news analysis|explainer|fact check)\b", re.I),
    "review": re.compile(
        r"^(?:review|film review|book review|album review|theater review|movie review)\b", re.I
    ),
}
_TITLE = {
    "opinion": re.compile(r"^(?:opinion|op-ed|commentary|editorial)\s*[:|—–-]", re.I),
    "analysis": re.compile(r"^(?:analysis|news analysis)\s*[:|—–-]", re.I),
    "review": re.compile(
        r"^(?:review|film review|book review|movie review)\s*[:|—–-]|\breview\s*[:|—–-]", re.I
    ),
}
_STARS = re.compile(
    r"(?:★|\*\s?){2,5}(?:\s?1/2|½)?\s*(?:\(?out of (?:four|five|4|5)(?: stars)?\)?)?"
    r"|\b(?:\d(?:\.5)?|one|two|three|four|five)(?: and a half)? (?:stars? )?out of (?:four|five|4|5|10)"
    r" stars\b"
    r"|\bgrade:\s*[A-F][+-]?(?=\s|$)|\brating:\s*\d",
    re.I,
)
_REVIEW_WORDS = re.compile(r"\bbottom line:|\b(?:film|movie|book|album) review\b|\breviewed by\b", re.I)
_RELEASE = re.compile(
    r"/PRNewswire(?:-\w+)?/|\bPR Newswire\b|\bBusiness Wire\b|\bGLOBE NEWSWIRE\b|\bfor immediate release\b"
    r"|\bforward-looking statements\b|\bmedia contacts?:|(?-i:^About [A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3}$)",
    re.I | re.M,
)
_TURN = re.compile(r"^(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}|Q|A):\s", re.M)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
# A first-person word: "I" (so "I'm", "I've", "I'd"), "me", "my", "mine", "myself". Only whether a text holds
# one is read: each branch opens with its letter and the word boundary before it is a look-behind
# (`I(?<!\wI)` is `\bI`), so the engine scans for "I" and "m" in C where a leading `\b` had it try every
# position (3x faster on LongBench dev documents; the same texts hold a match).
_FIRST_PERSON = re.compile(r"I(?<!\wI)\b|m(?<!\wm)(?:e|y|ine|yself)\b")
_NORMATIVE = re.compile(
    r"\b(?:should|shouldn't|must|ought to|needs? to|have to|has to)\b"
    r"|\b(?:we|us|our)\b(?=[^.?!]*\b(?:should|must|need|have to)\b)",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")  # split, not match: linear on text with no full stop
FIRST_PERSON_SHARE = 0.25  # of sentences (outside quotations) with a first-person word
NORMATIVE_SHARE = 0.2  # of sentences with should / must / need to (with some first person)


def _removed_kicker(kind: str) -> Callable[[Evidence], str | None]:
    def test(e: Evidence) -> str | None:
        for r in e.removed:
            if r.reason in ("section-kicker", "headline", "standfirst") and _KICKER[kind].match(
                r.text.strip()
            ):
                return f"kicker: {r.text.strip()[:40]}"
        return None

    return test


def _title(kind: str) -> Callable[[Evidence], str | None]:
    def test(e: Evidence) -> str | None:
        hit = _search(_TITLE[kind], e.title)
        return f"title: {hit}" if hit else None

    return test


def _transcript(e: Evidence) -> str | None:
    markers = sum(r.reason == "transcript-marker" for r in e.removed)
    turns = len(_TURN.findall(e.text))
    return f"{markers + turns} speaker turns or transcript markers" if markers + turns >= 4 else None


_QA_MARK = re.compile(r"^[QA][.:]?$")


def _qa_explainer(e: Evidence) -> str | None:
    """A question-and-answer explainer ("Q. What are the next steps in Congress? A. The House voted
    ..."): Q./A. markers only, no speaker named at a turn, no stage direction, and answers in the
    writer's voice (first person in under `FIRST_PERSON_SHARE` of the sentences outside quotations).
    The newsroom asks and answers: reporting arranged as questions, not a transcript of someone's words
    (an interview's answers are the speaker's, in the first person)."""
    marks = [r for r in e.removed if r.reason == "transcript-marker"]
    qa = sum(bool(_QA_MARK.match(r.text.strip())) for r in marks)
    if qa < 4 or qa < len(marks) or _TURN.search(e.text):
        return None
    plain = _QUOTED.sub(" ", e.text)
    sentences = [t for t in _SENTENCE_END.split(plain) if t.strip()]
    first = sum(bool(_FIRST_PERSON.search(t)) for t in sentences) / max(len(sentences), 1)
    if first >= FIRST_PERSON_SHARE:
        return None
    return f"{qa} Q./A. markers, no speaker named, first person in {first:.0%} of sentences"


def _stars(e: Evidence) -> str | None:
    head = e.text[:3000]  # searched only where the whole text holds a string every match needs
    hit = may_match(anchors(_STARS, 1), e.text, e.lowered, e.special) and _search(_STARS, head)
    hit = hit or _search(_STARS, e.title)
    return f"rating: {hit}" if hit else None


def _review_words(e: Evidence) -> str | None:
    hit = _search(_REVIEW_WORDS, e.title + "\n" + e.dek + "\n" + e.text[:600])
    return f"review: {hit}" if hit else None


def _release(e: Evidence) -> str | None:
    if not may_match(anchors(_RELEASE), e.text, e.lowered, e.special):
        return None  # none of the strings a match needs (anchors.py): the same answer without the scan
    hit = _search(_RELEASE, e.text)
    return f"release: {hit}" if hit else None


def _author_bio(e: Evidence) -> str | None:
    bio = next((r.text for r in e.removed if r.reason == "author-bio"), None)
    if bio and re.search(
        r"\b(?:columnist|contributor|contributing|op-ed|opinion|fellow|professor|author of)\b", bio, re.I
    ):
        return f"author bio: {' '.join(bio.split())[:60]}"
    return None


# "Robert Ricks: I would much rather have been wrong." / "Ricks: Yeah, I read each one.": an interview's
# answer under its speaker's name (in title case; an all-caps one is a transcript turn, `_TURN`).
_SPEAKER_LABEL = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}:\s")
_OPEN_MARK = re.compile(r"[\"“]")


def _writers_text(text: str) -> str:
    """The writer's own words: each paragraph without its quotations (one left open runs to the
    paragraph's end, as a quotation of several paragraphs does), and without interview answers under a
    speaker's name."""
    out = []
    for para in text.split("\n"):
        if _SPEAKER_LABEL.match(para):
            continue
        plain = _QUOTED.sub(" ", para)
        m = _OPEN_MARK.search(plain)
        out.append(plain[: m.start()] if m else plain)
    return "\n".join(out)


def _voice(e: Evidence) -> str | None:
    """First-person and normative language in the writer's own words (`_writers_text`), in enough of
    the sentences."""
    if not _FIRST_PERSON.search(e.text):
        # none in the whole text (64 % of dev documents), so none in the writer's words: `_writers_text`
        # only cuts text out, at quotation marks and line breaks (no letter), so a word it keeps is here too
        return None
    plain = _writers_text(e.text)
    if not _FIRST_PERSON.search(plain):
        return None  # no sentence has a first-person word: the shares below cannot fire (one scan)
    sentences = [t for t in _SENTENCE_END.split(plain) if t.strip()]
    if len(sentences) < 5:
        return None
    first = sum(bool(_FIRST_PERSON.search(s)) for s in sentences) / len(sentences)
    norm = sum(bool(_NORMATIVE.search(s)) for s in sentences) / len(sentences)
    if first >= FIRST_PERSON_SHARE or (norm >= NORMATIVE_SHARE and first > 0):
        return f"first person in {first:.0%}, should/must in {norm:.0%} of sentences"
    return None


_TITLE_NORMATIVE = re.compile(r"\b(?:should|shouldn['’]t|must|mustn['’]t|ought to|needs? to)\b", re.I)
# Headlines that report someone's call ("Mayor says city must ...", "UN: Israel must ...", a quotation,
# "Judge rules state must redraw congressional map", "Court orders ...; lawmakers must act") or address
# the reader ("You must enter the characters ...", a form's instruction) are not the writer's.
_TITLE_REPORTED = re.compile(
    r"\b(?:says?|said|tells?|told|urges?|urged|warns?|warned|argues?|claims?|insists?|rules?|ruled|orders?"
    r"|ordered|finds?|found|demands?|calls?\s+for|asks?|asked|votes?|voted|you|your)\b|[:?\"“”]",
    re.I,
)


def _normative_title(e: Evidence) -> str | None:
    """The headline says what someone should do ("3 Steps Trump Should Take Before Meeting Kim Jong
    Un"), in the writer's own voice, and the text argues the same way: should/must/need to in
    `NORMATIVE_SHARE` of its sentences outside quotations (a news report under such a headline would
    report, not prescribe). No first-person word is needed, unlike `first-person-normative`."""
    if not e.title or not _TITLE_NORMATIVE.search(e.title) or _TITLE_REPORTED.search(e.title):
        return None
    plain = _QUOTED.sub(" ", e.text)
    sentences = [t for t in _SENTENCE_END.split(plain) if t.strip()]
    if len(sentences) < 5:
        return None
    norm = sum(bool(_NORMATIVE.search(s)) for s in sentences) / len(sentences)
    if norm < NORMATIVE_SHARE:
        return None
    return f"title: {' '.join(e.title.split())[:50]}; should/must in {norm:.0%} of sentences"


RULES: tuple[KindRule, ...] = (
    KindRule("qa-explainer", "analysis", _qa_explainer),
    KindRule("transcript-turns", "transcript", _transcript),
    KindRule("press-release-line", "press-release", _release),
    KindRule("opinion-kicker", "opinion", _removed_kicker("opinion")),
    KindRule("opinion-title", "opinion", _title("opinion")),
    KindRule("analysis-kicker", "analysis", _removed_kicker("analysis")),
    KindRule("analysis-title", "analysis", _title("analysis")),
    KindRule("review-kicker", "review", _removed_kicker("review")),
    KindRule("review-title", "review", _title("review")),
    KindRule("star-rating", "review", _stars),
    KindRule("review-words", "review", _review_words),
    KindRule("columnist-bio", "opinion", _author_bio),
    KindRule("normative-title", "opinion", _normative_title),
    KindRule("first-person-normative", "opinion", _voice),
)


def document_kind(
    text: str, title: str | None, dek: str | None, removed: Sequence[Removed]
) -> tuple[str, tuple[str, ...]]:
    """The kind of a document and the cue that decided it (news, with no cue, when no rule fires)."""
    e = Evidence(text, title or "", dek or "", removed, text.lower(), has_special(text))
    for rule in RULES:
        cue = rule.test(e)
        if cue:
            return rule.kind, (f"{rule.name}: {cue}",)
    return "news", ()
