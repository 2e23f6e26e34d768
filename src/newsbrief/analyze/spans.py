"""Where the quotations of a text are: quotation marks paired per paragraph, nothing about speakers.

Hand-written (no library pairs English quotation marks in scraped news text): curly, straight,
DUC ``…'', guillemets and low-9 marks; a straight mark opens or closes by the characters around it,
and so does a doubled apostrophe: some DUC 2003 and 2006 files write ''…'' for both marks (no ``, so
cleaning leaves them as they are), and their quotes were missed whole. Inside a quote, an opening mark
with nothing after it in its paragraph is a mistyped closing one ("… He “" at a paragraph's end), and
so is one set off by spaces after a comma or full stop ("“Sometimes, “ he said"); two right single marks
close a quote as one double mark does ("“The Wolfman’’").
A quote left open at a paragraph's end continues when the next paragraph opens with a quote mark
(the newspaper convention). A straight mark with a space on each side (Multi-News+'s lower-cased text,
one paragraph a document) is read by the words around it before the count (`spaced-evidence`: after a
comma with an attribution after it, it closes; after a verb of saying and a colon, it opens), and where
the count went out of step (a lost mark) the pairing is put back (`spaced-resync`), so one stray mark no
longer turns every later quotation of the document inside out. Mojibake that survives the repair at
ingest is read as the mark it was: a closing ” whose bytes were lost shows as "�?" (the "?" is the
last byte's stand-in), and an unrepaired "â€œ" / "â€\x9d" is an opening / closing mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MIN_SPEECH_WORDS = 4
_MARK = re.compile(r"``|''|’’|â€œ|â€\x9d|â€\?|\ufffd\?(?=[\s.,;:!?)\]]|$)|[“”\"«»„]")
_OPENERS = frozenset("“«„") | {"``", "â€œ"}
_CLOSERS = frozenset("”»") | {"''", "’’", "â€\x9d", "â€?", "\ufffd?"}
_LEFT_OPEN = set(" \t([{—–-/:;'‘“\"")
_RIGHT_CLOSE = set(" \t.,;:!?)]}—–-'’…”\"")


@dataclass
class QuoteSpan:
    """One quotation: inside-the-marks `start:end`, the marks at `open_at` / `close_at`, and what the
    attribution decided (`rule` names the rule that fired)."""

    start: int
    end: int
    open_at: int
    close_at: int
    para_start: int  # paragraph of the opening mark
    para_end: int  # paragraph of the closing mark (differs for multi-paragraph quotes)
    close_len: int = 1  # length of the closing mark ("�?" is two characters)
    speaker: str | None = None
    speech: bool = False
    who: tuple[int, int] | None = None  # attribution phrase used, for pronoun chains
    rule: str = "none"
    speaker_rule: str | None = None  # the rule that named the speaker, or decided there is none
    words: int = 0
    evidence: int = 0  # 3: a name in the quote's own sentence, 2: a pronoun or description there, 1: other
    extra: dict = field(default_factory=dict)

    @property
    def after_close(self) -> int:
        return self.close_at + self.close_len


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def spans(text: str) -> list[QuoteSpan]:
    """Every quotation in a text, paired mark by mark (see module docstring)."""
    paras = paragraphs(text)
    out: list[QuoteSpan] = []
    inside: tuple[int, int, int] | None = None  # (content start, open mark position, paragraph start)
    for k, (ps, pe) in enumerate(paras):
        marks = list(_MARK.finditer(text, ps, pe))
        j = 0
        if inside is not None:
            # continuing from the previous paragraph: this one must open with a quote mark
            if marks and marks[0].start() == ps and _role(text, marks[0], ps, pe, True) != "close":
                j = 1
            else:
                inside = None
        last_close = -1  # where the last quote of this paragraph was closed, while no mark came since
        sure: set[int] = set()  # opening marks that open by their characters or after an attribution
        prev_end = ps  # the end of the mark before this one in the paragraph
        for m in marks[j:]:
            role = _role(text, m, ps, pe, inside is not None)
            said = _spaced_evidence(text, m, ps, pe)
            if said == "open":
                role = "open"
            after, prev_end = prev_end, m.end()
            if inside is None and said == "close":
                # rule spaced-resync: a spaced mark after a comma with an attribution after it closes a
                # quotation, so one mark before it was lost and the pairing went out of step: the mark
                # taken as the last close opened this quotation too (a close and an open run together
                # into one mark); the "quote" it closed stays only when its opening mark was sure (after
                # an attribution, "he said. " …", or glued to its word), else it was the narrative
                # between two quotes, left out rather than guessed
                start = last_close + out[-1].close_len if out else -1
                if (
                    last_close >= 0
                    and out[-1].close_at == last_close
                    and len(text[start : m.start()].split()) > 1
                ):
                    if out[-1].open_at not in sure:
                        out.pop()
                    out.append(QuoteSpan(start, m.start(), last_close, m.start(), ps, ps, len(m.group())))
                    last_close = m.start()
                continue  # a stray closing mark with no opening one before it opens nothing either
            last_close = -1
            if inside is None:
                if role == "open":
                    inside = (m.end(), m.start(), ps)
                    if _spaced_evidence(text, m, ps, pe, ambiguous=True) is None or _SAYING_RE.search(
                        text, after, m.start()
                    ):
                        sure.add(m.start())
            elif role == "close":
                if not text[inside[0] : m.start()].strip():
                    # rule doubled-open: two marks with nothing but a space between (`states, " " even
                    # though …`, a scraped page's doubled opening mark) quote nothing; the quotation opens
                    # after the second
                    inside = (m.end(), inside[1], inside[2])
                    continue
                if m.start() > inside[0]:
                    out.append(
                        QuoteSpan(inside[0], m.start(), inside[1], m.start(), inside[2], ps, len(m.group()))
                    )
                    last_close = m.start()
                inside = None
            elif role == "open":
                inside = (m.end(), m.start(), ps)  # the earlier mark was never closed
        if inside is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is None or not _MARK.match(text, nxt[0]):
                _unclosed(text, inside, ps, pe, out)
                inside = None
    return [q for q in out if not _nickname_in_name(text, q)]


_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
_ONE_NAME = re.compile(r" ?[A-Z][\w'’\-]* ?")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


def _nickname_in_name(text: str, q: QuoteSpan) -> bool:
    """'Amy “Kalee” Kreider', 'Nicole " Snooki " Polizzi': one quoted capitalised word between a first
    name and a surname is a nickname inside the name, never a quotation."""
    return bool(
        _ONE_NAME.fullmatch(text, q.start, q.end)
        and _NAME_BEFORE.search(text, max(0, q.open_at - 30), q.open_at)
        and _NAME_AFTER.match(text, q.close_at + q.close_len)
    )


def _unclosed(text: str, inside: tuple[int, int, int], ps: int, pe: int, out: list[QuoteSpan]) -> None:
    """A quote never closed: one that runs to the end of its paragraph (a sentence end there), or one
    closed by a mistyped single mark ("sexually violent predator' just …")."""
    body = text[inside[0] : pe].rstrip()
    stray = re.search(r"(?<=[a-z])['’](?=\s)", body)
    if stray and len(body[: stray.start()].split()) <= 4:
        end = inside[0] + stray.start()
        out.append(QuoteSpan(inside[0], end, inside[1], end, inside[2], ps))
    elif body.endswith((".", "?", "!", "…")) and len(body.split()) >= MIN_SPEECH_WORDS:
        end = inside[0] + len(body)
        out.append(QuoteSpan(inside[0], end, inside[1], end, inside[2], ps, 0))


# a spaced straight mark (Multi-News+: `simply, " he said`): after a comma, "?" or "!", with an
# attribution right after it (up to four words before the verb, none a verb or a word a quotation's
# clause opens on: not `adding, " the couple have asked that …`), it closes; after a verb of saying and
# a colon (`replied: " i would`) it opens (not after "said," : `" '…,' the president said, " axelrod`)
_SAYING = r"(?:said|says|told|tells|added|adds|asked|asks|explained|wrote|writes)"
_NOT_BEFORE_SAYING = (
    r"(?!(?:have|has|had|is|was|were|are|be|been|will|would|can|could|should|to|that|who|which|it|i|we|you"
    r"|they|there|this|not|also|and|but|or|when|if)\s)"
)
_SAID_AFTER = re.compile(r"\s+(?:" + _NOT_BEFORE_SAYING + r"[a-z][\w.'’\-]*\s+){0,4}?" + _SAYING + r"\b")
_SAYING_BEFORE = re.compile(r"\b(?:" + _SAYING + r"|replied|responded|continued|noted|stated|tweeted):$")


_SAYING_RE = re.compile(r"\b" + _SAYING + r"\b")


def _spaced_evidence(text: str, m: re.Match[str], ps: int, pe: int, ambiguous: bool = False) -> str | None:
    """Rule spaced-evidence: what a straight mark with a space on both sides does, by the words around it
    rather than by the marks counted before it (one lost mark in a one-paragraph document turns every
    later quotation inside out): "close" after a comma, "?" or "!" with an attribution right after ("…
    simply, " he said", "… out, " said sgt. …"), else "open" after a verb of saying and a colon
    ("replied: " …"); None otherwise."""
    s = m.start()
    if m.group() != '"' or s - 2 < ps or m.end() >= pe or text[s - 1] != " " or text[m.end()] != " ":
        return None
    if ambiguous:
        return "spaced"  # `ambiguous`: only whether the mark is a spaced straight one
    before = text[s - 2]
    if before in ",?!" and _SAID_AFTER.match(text, m.end()):
        return "close"  # first: "… verify what she said, " the lawyer said" closes
    if before == ":" and _SAYING_BEFORE.search(text, max(ps, s - 12), s - 1):
        return "open"  # "markle replied: " i would": not a title's colon, "today's " vows: " see …"
    return None


def _role(text: str, m: re.Match[str], ps: int, pe: int, inside: bool) -> str:
    c = m.group()
    prev = text[m.start() - 1] if m.start() > ps else " "
    nxt = text[m.end()] if m.end() < pe else " "
    left_open = prev in _LEFT_OPEN or prev.isspace()
    right_close = nxt in _RIGHT_CLOSE or nxt.isspace()
    if c in _OPENERS:
        if inside and not text[m.end() : pe].strip():
            return "close"  # an opening mark ending its paragraph opens nothing: a mistyped closing one
        if (
            inside
            and prev == " "
            and nxt == " "
            and text[max(ps, m.start() - 2) : m.start() - 1] in (",", ".")
        ):
            return "close"  # "“Sometimes, “ he said": set off by spaces after a comma, it closes
        return "close" if inside and right_close and not left_open else "open"
    if c in _CLOSERS:
        return "open" if not inside and left_open and not right_close else "close"
    if left_open and not right_close:
        return "open"
    if right_close and not left_open:
        return "close"
    return "close" if inside else "open"
