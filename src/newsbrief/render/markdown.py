"""Markdown: summary with [n] citation markers, then the sources.

Every piece of article text (sentences, titles, names, quotes, sources) goes through `esc`, so an
article cannot inject links, images, emphasis or HTML into the brief.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..copies import mention_counts, of_documents, one_per_source
from ..errors import shown
from ..lexicon.gazetteer import gazetteer
from ..lexicon.verbs import PLAIN_SAYING
from ..model import Brief, Claim, Document, Quote, SummarySentence

_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#])")
# C0 control characters but tab and line feed, DEL, and the C1 ones (U+0080 to U+009F): a terminal acts on
# them (ESC c resets it, ESC ] or U+009D sets its title, U+009B opens a command as ESC [ does, CR writes over
# the line); the decoder lets ESC and a few others through (a text file with terminal colours is text), and
# cleaning leaves the C1 ones Windows-1252 has no letter for (U+0081, U+008D, U+008F, U+0090, U+009D).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def controls_shown(text: str) -> str:
    """`text` with each control character (`_CONTROL`) shown as an error line shows one in a name
    (`errors.shown`: ESC as \\x1b), for text a terminal prints."""
    return _CONTROL.sub(lambda m: shown(m.group()), text)


def esc(text: str) -> str:
    """Article text as literal Markdown: every character Markdown gives a meaning to is backslashed, and
    a control character is shown (`controls_shown`)."""
    return controls_shown(_SPECIAL.sub(r"\\\1", text))


_MARKER = re.compile(r"\\\[(\d+(?:,\d+)*)\\\]")


def esc_noting(text: str) -> str:
    """`esc` for a note the analysis wrote about article text ("1,500 workers [3] vs 1,200 [1,2]"):
    its citation markers stay markers."""
    return _MARKER.sub(r"[\1]", esc(text))


def code(text: str) -> str:
    """Article text as an inline code span (fenced by more backticks than it holds; a control character
    shown as `esc` shows it)."""
    text = controls_shown(text)
    run = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (run + 1)
    pad = " " if run or text.startswith(" ") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def marker(sources: tuple[int, ...]) -> str:
    """`[1,2]`: 1-based document numbers."""
    return "[" + ",".join(str(d + 1) for d in sources) + "]"


def link_kinds(s: SummarySentence) -> str:
    """ " (2: fact, 3: quote)": how each other source supports a summary sentence."""
    if not s.support:
        return ""
    return " (" + ", ".join(f"{x.doc + 1}: {x.kind}" for x in s.support) + ")"


def see_also(s: SummarySentence) -> str:
    """ " *(see also [2])*": other sources' passages on the sentence's point that do not state it
    (`newsbrief.see_also`), muted after the citation marker; never support."""
    return f" *(see also {marker(tuple(x.doc for x in s.see_also))})*" if s.see_also else ""


def conflict_flag(s: SummarySentence) -> str:
    """ " ⚠ differs: 1,500 workers [3] vs 1,200 workers [1,2]" when another source gives another value."""
    return f" ⚠ differs: {esc_noting(s.conflict)}" if s.conflict else ""


def agreement_label(docs: tuple[int, ...], brief: Brief) -> str:
    """ "all 3 sources" only when every source with text states it in its first document, else "2 of 3
    sources"; a document and its copies are one source (`newsbrief.copies`; the header says how many are
    copies), but a point only a later version states is not in the first one a reader checks "all" by."""
    source = of_documents(brief.documents)
    firsts = {source[k] for k, d in enumerate(brief.documents) if d.text.strip()}
    k = len({source[d] for d in docs})
    return f"all {len(firsts)} sources" if firsts <= set(docs) else f"{k} of {len(firsts)} sources"


def copies_line(brief: Brief) -> str | None:
    """ "9 documents, 7 sources: 2 are copies of another ([3] of [1], [5] of [2])", when some are."""
    copies = [(k, d.copy_of) for k, d in enumerate(brief.documents) if d.copy_of is not None]
    if not copies:
        return None
    n = len(brief.documents)
    which = ", ".join(f"{marker((k,))} of {marker((c.doc,))}" for k, c in copies)
    are = "is a copy" if len(copies) == 1 else "are copies"
    sources = "1 source" if n - len(copies) == 1 else f"{n - len(copies)} sources"
    return f"{n} documents, {sources}: {len(copies)} {are} of another ({which})"


def copy_note(d: Document) -> str | None:
    """ "copy of 1, sharing 92% of the shorter one's text word for word", for a copy."""
    c = d.copy_of
    if c is None:
        return None
    return f"copy of {c.doc + 1}, sharing {round(c.shared * 100)}% of the shorter one's text word for word"


def doc_label(d: Document) -> str:
    return esc(d.title or d.id)


VIEW_LABELS = {
    "opinion": "Opinion",
    "review": "Review",
    "analysis": "Analysis",
    "transcript": "Transcript",
    "press-release": "Press release",
}


def view_label(d: Document, number: int) -> str | None:
    """Whose view a sentence of document `d` (1-based `number`) is, when it is not news:
    "Opinion — Jane Roe, Example Times"; the sentence itself stays verbatim after it."""
    label = VIEW_LABELS.get(d.kind)
    if label is None:
        return None
    who = ", ".join(x for x in (d.author, d.outlet) if x) or d.title or f"source {number}"
    return f"{label} — {who}"


# Rule writers-voice: a sentence of a news document in its writer's first person ("Below is our take on
# the best and the worst of the night.", "And i admire portman.", a statement's "we simply dropped the
# ball") is the writer's view, not a reported fact: it is labelled "Writer's voice — source 2" like a
# view document's sentence. Not a sentence with a quotation mark or a verb of saying (the words may be
# someone's the writer quotes; a quotation split over sentences shows no mark at all), not "us" (in
# lower-cased text "u.s." may be) nor a state's "me." ("waterville, me."), nor one opening in lower case
# ("my father was my best friend.": the rest of a quotation whose marks were lost; "i" may open it).
# "Should" and "must" alone are no cue: reported rulings use them ("ruled that the rates should not").
# A capitalised word is a name's more often than the writer's (`_first_person`, rule first-person-case).
WRITERS_VOICE = "Writer's voice"
_FIRST_PERSON = re.compile(
    r"(?<![\w'’.-])(?:i|i['’]m|i['’]ve|i['’]d|i['’]ll|me(?!\.)|my|mine|we|we['’]re|we['’]ve|our)(?![\w'’-])",
    re.I,
)
_QUOTE_MARKS = re.compile(r"[\"“”]|``|''")  # DUC newswire quotes ``thus''
_SAYING = re.compile(r"\b(?:" + PLAIN_SAYING + r")\b", re.I)
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\s+$")
# A sentence's first word that is no name, so an "I" after it is the writer ("And I admire ...", "All I
# know is ...", "Can I see ...?").
_OPENERS_TEXT = """
and but so yet or then now here there today yesterday when if as because since while though although
once still also perhaps maybe what why how where before after until unless sometimes honestly frankly
again last this all thus technically even only well yes no oh
am is are was were have has had do does did can could would will should shall may might must
"""
_OPENERS = frozenset(_OPENERS_TEXT.split())


# Rule numeral-i: "i" / "I" after a numbering word ("world war i", "stage I", "division i") is a numeral,
# and an "i" with a full stop right after it ("i.e.", "edward i.") no pronoun, in any case.
_NUMBERING_TEXT = (
    "war stage type schedule class category level grade phase division title part chapter article tier unit"
)
_NUMBERING = frozenset(_NUMBERING_TEXT.split())


def _first_person(text: str, m: re.Match[str]) -> bool:
    """Rule first-person-case: is the match `m` in `text` the writer's first person? In lower case, yes
    ("me" not "me."). Capitalised, only "I" after a word in lower case (not "World War I", "Queen
    Elizabeth I", "Type I", "Proposition I": a name's numeral), after a comma, colon or dash, or after a
    sentence's opening word that is no name ("And I", "All I", "Can I"), and "Our/My/We/Me" only as the
    sentence's first word (not "Our Lady of Guadalupe", "My Life in France", "Me Before You"); in
    capitals ("ME", "WE tv") never."""
    word = m.group()
    if word.lower() == "i":
        prev = _WORD_BEFORE.search(text[: m.start()])
        if text[m.end() : m.end() + 1] == "." or (prev and prev.group(1).lower() in _NUMBERING):
            return False  # rule numeral-i
    if word.islower():
        return True
    if not (word[0].isupper() and word[1:].islower()) and word != "I":
        return False  # "ME", "WE", "OUR": a state, a channel, a heading
    before = text[: m.start()]
    if not before.strip(" \t\n([‘'.…"):
        return True  # the sentence's first word
    if word[0] != "I":
        return False  # "Our/My/We/Me" inside a sentence: a name's word
    prev = _WORD_BEFORE.search(before)
    if prev is None:
        return True  # after a comma, colon or dash: a clause's first word
    if not prev.group(1)[:1].isupper():
        return True
    opening = not before[: prev.start()].strip(" \t\n([‘'.…")
    return opening and prev.group(1).lower() in _OPENERS


def writers_voice(text: str) -> bool:
    """Rule writers-voice (above): the sentence speaks in its writer's first person (rule
    first-person-case), with no quotation mark and no verb of saying."""
    if text[:1].islower() and not text.startswith(("i ", "i'", "i’")):
        return False  # opens in lower case: the rest of something, a quotation that lost its marks
    if _QUOTE_MARKS.search(text) or _SAYING.search(text):
        return False
    return any(_first_person(text, m) for m in _FIRST_PERSON.finditer(text))


def view_labels(brief: Brief) -> list[str | None]:
    """Each summary sentence's view label (`view_label`): in full on the first of a run of summary
    sentences from one view document, "Analysis (cont.)" on the ones after it in that run (the label
    said once, not on every line), none on the rest of a quotation (`continues`). A news document's
    sentence in its writer's own voice is labelled too (rule writers-voice)."""
    out: list[str | None] = []
    cont = continues(brief)
    for i, s in enumerate(brief.summary):
        d = brief.documents[s.doc]
        view = view_label(d, s.doc + 1)
        if view and cont[i]:
            view = None
        elif view and i and brief.summary[i - 1].doc == s.doc:
            view = f"{VIEW_LABELS[d.kind]} (cont.)"
        elif view is None and not cont[i] and d.kind == "news" and writers_voice(s.text):
            who = ", ".join(x for x in (d.author, d.outlet) if x) or d.title or f"source {s.doc + 1}"
            view = f"{WRITERS_VOICE} — {who}"
        out.append(view)
    return out


def _adjacent(brief: Brief, a: SummarySentence, b: SummarySentence) -> bool:
    """Is `b` the next sentence of `a`'s document (nothing but white space between them)?"""
    return a.doc == b.doc and b.start >= a.end and not brief.documents[a.doc].text[a.end : b.start].strip()


def continues(brief: Brief) -> list[bool]:
    """Whether each summary sentence goes on the previous one's line: the rest of a quotation the
    previous sentence opened, the next sentence of the same document (nothing but white space between
    them), so a quotation the splitter cut at its inner full stop reads whole, not as two bullets; a
    middle part with no quotation mark of its own keeps it open for the next ("“Turns out ... gunshots. |
    From my understanding, ... rifle. | From the looks of it, ... next door,” Milner said." is one
    bullet); the name after a sentence cut on a lower-case title ("... against army spc. | Alexis
    hutchinson.", `lexicon.titles.ends_on_title`)."""
    from ..lexicon.titles import ends_on_title

    out = [False] * len(brief.summary)
    open_ = False  # the previous sentence leaves a quotation open (itself, or the run it continues)
    for i in range(len(brief.summary)):
        b = brief.summary[i]
        if i and ends_on_title(brief.summary[i - 1].text) and _adjacent(brief, brief.summary[i - 1], b):
            out[i] = True
            open_ = _open_after(b.text, open_)
            continue
        if i and open_:
            adjacent = _adjacent(brief, brief.summary[i - 1], b)
            if adjacent and (_quote_closed(b.text) or not any(q in b.text for q in '"\u201c\u201d')):
                out[i] = True  # its rest, or a middle part (no mark: the quotation goes on)
                open_ = _open_after(b.text, True)
                continue
        open_ = _quote_left_open(b.text)
    return out


def _open_after(text: str, before: bool) -> bool:
    """Whether a quotation is open at the end of `text`, given whether one was open at its start."""
    if "\u201c" in text or "\u201d" in text:
        return int(before) + text.count("\u201c") - text.count("\u201d") > 0
    return before != (text.count('"') % 2 == 1)


def _quote_left_open(text: str) -> bool:
    """A quotation opens in `text` and is still open at its end (curly marks counted; straight ones
    by parity)."""
    if "\u201c" in text or "\u201d" in text:
        return text.count("\u201c") > text.count("\u201d")
    return text.count('"') % 2 == 1


def _quote_closed(text: str) -> bool:
    """`text` closes a quotation opened before it (and does not open one at its start)."""
    if "\u201c" in text or "\u201d" in text:
        return text.count("\u201d") > text.count("\u201c")
    return text.count('"') % 2 == 1 and not text.lstrip().startswith('"')


def datelines(brief: Brief) -> list[str]:
    """The places (and dates) the documents' datelines give, each once, in document order."""
    seen: list[str] = []
    for d in brief.documents:
        if d.dateline and d.dateline.lower() not in (x.lower() for x in seen):
            seen.append(d.dateline)
    return seen


# "here" as a place ("The summit here this evening adopted ...", "the Supreme Court ruled here Thursday"):
# in wire copy it means the dateline's place, which cleaning moved into the document's metadata; not a
# signpost's "Here is/are ..." nor "here and there", nor inside a quotation (the speaker's place).
_HERE = re.compile(r"\bhere\b(?!['’]s\b|\s+(?:is|are|was|were|and there)\b)", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
# rule here-figure: "here" after a noun of discourse means "in this matter", no place ("The real issue
# here, experts say, is cost", "what is at stake here"); a noun of place keeps it ("the embassy here").
_HERE_FIGURE = re.compile(
    r"\b(?:issue|question|point|problem|concern|lesson|difference|challenge|message|irony|stake|goal|task)s?"
    r"\s+here\b",
    re.IGNORECASE,
)


def here_places(brief: Brief) -> list[str | None]:
    """Each summary sentence's dateline when it says "here" for a place outside quotations and its
    document has a dateline (the reader of the brief does not see the dateline above the sentence).
    Rule here-quote-rest: none for a sentence that closes a quotation opened before it ('We will stay
    here until the job is done," he said.': the speaker's place)."""
    out: list[str | None] = []
    for s in brief.summary:
        dateline = brief.documents[s.doc].dateline
        text = _HERE_FIGURE.sub("", _QUOTED.sub("", s.text))
        place = dateline and not _quote_closed(s.text) and _HERE.search(text)
        out.append(dateline if place else None)
    return out


# A person's surname alone ("Hopkins was killed ...") where the summary has not given the full name: news
# writing names a person in full at the first mention and by surname after it, so a summary that took a
# later sentence leaves the reader asking who. Rule surname-in-full: the note gives the full name the
# analysis found for that person in the documents (a name of two words or more), once, at the first
# sentence that needs it; none when the name was given before in the summary or earlier in the sentence,
# nor for a surname two people of the story share (which one would be a guess). Rule surname-titled: none
# when a title or honorific stands right before the surname, in the summary sentence or in the document
# ("Mrs. Hopkins told reporters ..." about Jack Hopkins' death is his widow, whom the entities fold into
# his name; "Deputy Hopkins" may be a brother): the title may name another of the family, and a note
# that is unsure is left out. Rule surname-any-case: in a story that lost its case ("... said stubbs.")
# the surname, the full name and a title are found whatever their case, as the entities are; a surname
# written in another case than the name's is glossed only after a word no first name can be (`_BEFORE`:
# "said stubbs", "close to romney", "Disturbingly, shukman"; not "paris jackson", whose first name the
# analysis missed, "american missionary" or "the spreckels mansion", a name for a thing) and not before
# a word of the name ("hillary clinton").
_BEFORE = frozenset(
    ("about", "according", "across", "after", "against", "along", "among", "and", "as", "at", "before",
     "behind", "between", "but", "by", "for", "from", "if", "in", "into", "like", "near", "of", "off", "on",
     "onto", "or", "over", "since", "than", "that", "through", "to", "toward", "towards", "under", "until",
     "upon", "when", "where", "while", "with", "without", "said", "says", "told", "tells", "wrote", "writes",
     "added", "adds", "asked", "asks", "explained", "explains", "noted", "notes", "claimed", "claims",
     "replied", "replies", "recalled", "recalls")
)  # fmt: skip


def _unsure_case(text: str, start: int, end: int, name: str) -> bool:
    """Rule surname-any-case (above): a lower-case surname right after a word that may be a first name,
    or right before a word of the name (it is a first name itself)."""
    before = text[max(0, start - 40) : start].split()
    after = text[end : end + 40].split()
    last = before[-1] if before else ""
    may_name = last.isalpha() and last.lower() not in _BEFORE
    words = {w.lower() for w in name.split()}
    return (
        may_name
        or bool(after and re.sub(r"['’]s?$", "", after[0].strip(",.;:")).lower() in words)
        or len(words) < len(name.split())
    )


def _titled(before: str) -> bool:
    """A title or honorific ends `before` ("... Mrs.", "... Deputy", "... mrs."): rule surname-titled,
    above (the gazetteer's titles, which coreference takes off names too, hold the honorifics)."""
    words = before.split()
    return bool(words) and (words[-1].rstrip(".").capitalize(),) in gazetteer().titles


def full_names(brief: Brief) -> list[str | None]:
    """Each summary sentence's note naming in full the people it calls by surname alone ("Hopkins:
    Jack Hopkins"), None when it needs none (rule surname-in-full, above)."""
    people = [e for e in brief.entities if e.kind == "person" and len(e.name.split()) >= 2]
    sharing: dict[str, int] = {}
    for e in people:
        surname = e.name.split()[-1]
        sharing[surname] = sharing.get(surname, 0) + 1
    out: list[str | None] = []
    read = ""  # the summary so far, with its notes, in lower case (rule surname-any-case)
    for s in brief.summary:
        text = brief.documents[s.doc].text
        found: list[str] = []
        for e in people:
            surname = e.name.split()[-1]
            if sharing[surname] > 1 or e.name.lower() in read:
                continue
            for m in e.mentions:
                if m.doc != s.doc or m.start < s.start or m.end > s.end:
                    continue
                short = text[m.start : m.end].split()
                if [w.lower() for w in short] != [surname.lower()]:
                    continue  # the full name, a longer or titled form, or not the surname
                if short != [surname] and _unsure_case(text, m.start, m.end, e.name):
                    continue  # rule surname-any-case: may be another's first name and surname
                if _titled(text[max(0, m.start - 40) : m.start]) or _titled(s.text[: m.start - s.start]):
                    break  # rule surname-titled: "Mrs. Hopkins" may be his widow
                if e.name.lower() in s.text[: m.start - s.start].lower():
                    continue  # named in full before it in the sentence
                found.append(f"{' '.join(short)}: {e.name}")
                break
        note = "; ".join(sorted(found, key=lambda f: s.text.find(f.split(":")[0]))) or None
        out.append(note)
        read += " " + s.text.lower() + " " + (note or "").lower()
    return out


# A summary line's first word written all in lower case, after any opening quotation mark, bracket or dash; a
# word with a capital inside ("iPhone", "eBay") or a full stop inside ("www.example.com") is no such word.
_LOWER_FIRST = re.compile(r"^([\"'“‘(\[–—-]*\s*)([a-z]+)(?=[\s,;:!?'’\"”)]|\.(?!\w)|$)")


def sentence_case(text: str) -> str:
    """A summary sentence as shown: its first word capitalised when written all in lower case (a lead whose
    dateline cleaning cut, "treasury secretary steven mnuchin announced ..." after "( cnn )"; a lower-cased
    page's quotation, "\"it's bad."); the brief (its JSON) keeps the sentence verbatim at its offsets."""
    m = _LOWER_FIRST.match(text)
    return text if m is None else text[: m.start(2)] + text[m.start(2)].upper() + text[m.start(2) + 1 :]


def render(brief: Brief) -> str:
    one = len(brief.documents) == 1 and brief.documents[0].title
    lines = ["# " + esc(brief.documents[0].title) if one else "# Brief", ""]
    places = datelines(brief)
    if places:
        lines += ["*Datelines: " + "; ".join(esc(p) for p in places) + "*", ""]
    copies = copies_line(brief)
    if copies:
        lines += [f"*{copies}*", ""]
    lines.append("## Summary")
    lines.append("")
    views, cont, here = view_labels(brief), continues(brief), here_places(brief)
    names, whom = full_names(brief), summary_about(brief)
    for i, s in enumerate(brief.summary):
        prefix = f"*{esc(views[i])}:* " if views[i] else ""
        text = f"{prefix}{esc(sentence_case(s.text))}"
        where = f" *(here: {esc(here[i])})*" if here[i] else ""
        where += f" *({esc(names[i])})*" if names[i] else ""
        where += f" *(about: {esc(whom[i])})*" if whom[i] else ""
        cites = f" {marker(s.sources)}{see_also(s)}{where}{link_kinds(s)}{conflict_flag(s)}"
        if cont[i]:  # the rest of a quotation: on the same line; the first part's citation goes when the same
            last = lines[-1]
            lines[-1] = (last[: -len(cites)] if last.endswith(cites) else last) + f" {text}{cites}"
        else:
            lines.append(f"- {text}{cites}")
    lines.append("")
    lines.extend(_analysis_sections(brief))
    lines.append("## Sources")
    lines.append("")
    for i, d in enumerate(brief.documents, 1):
        kind = VIEW_LABELS.get(d.kind)
        meta = ", ".join(esc(x) for x in (kind, d.outlet, d.author, d.date, d.dateline, copy_note(d)) if x)
        lines.append(f"{i}. **{doc_label(d)}**" + (f" ({meta})" if meta else "") + f" — {code(d.source)}")
    lines.append("")
    return "\n".join(lines)


MAX_SPEAKERS = 8
QUOTES_PER_SPEAKER = 2
MAX_NAMES = 12
MAX_SHARED = 8
QUOTE_WORDS = 45
# The analysis sections' headings, shared with the HTML report so every format names them alike.
HEADINGS = {
    "quotes": "Who said what",
    "entities": "Who and where",
    "shared": "Stated by several sources",
    "points": "The same point in other words",
    "differ": "Where the sources differ",
    "single": "Only one source says",
}
ENTITY_KINDS = (
    ("person", "People"),
    ("organization", "Organisations"),
    ("place", "Places"),
    ("date", "Dates"),
    ("number", "Numbers"),
)


def more(hidden: int) -> str:
    """ ", +4 more" when a list is cut (the JSON keeps them all), else ""."""
    return f", +{hidden} more" if hidden > 0 else ""


def _more_item(hidden: int) -> list[str]:
    """A last list item "- +4 more" when a list is cut, else nothing."""
    return [f"- +{hidden} more"] if hidden > 0 else []


def _analysis_sections(brief: Brief) -> list[str]:
    """Who said what, who and where, what several sources agree on, what only one says.

    A digest of the analysis for reading; the JSON keeps every quote, entity and claim."""
    out: list[str] = []
    if brief.quotes:
        out += [f"## {HEADINGS['quotes']}", "", *_speaker_lines(brief), ""]
    if brief.entities:
        out += [f"## {HEADINGS['entities']}", ""]
        for kind, label in ENTITY_KINDS:
            ents = [e for e in brief.entities if e.kind == kind]
            if ents:
                counts = mention_counts(ents[:MAX_NAMES], brief.documents)  # a copy's repeat is no mention
                names = [
                    f"{esc(e.name)} ({n})" if n > 1 else esc(e.name)
                    for e, n in zip(ents[:MAX_NAMES], counts, strict=True)
                ]
                out.append(f"- **{label}**: " + ", ".join(names) + more(len(ents) - MAX_NAMES))
        out.append("")
    # a point the summary already gives (`Claim.in_summary`) is not listed again; the JSON keeps it
    shared = owner_next([c for c in brief.claims if c.kind == "shared" and not c.in_summary])
    points = [c for c in brief.claims if c.kind == "point"]
    differ = owner_next([c for c in brief.claims if c.kind == "conflict"])
    single = owner_next([c for c in brief.claims if c.kind == "single" and not c.in_summary])
    out += _sourced("shared", shared, brief, lambda c, docs: f"— {agreement_label(docs, brief)}")
    if points:
        out += [f"## {HEADINGS['points']}", ""]
        for c in points[:MAX_SHARED]:
            other = " ≈ ".join(
                f"“{_flat(brief.documents[x.doc].text[x.start : x.end])}” {marker((x.doc,))}"
                for x in c.sources
            )
            out.append(f"- “{_flat(c.text)}” {marker((c.doc,))} ≈ {other}")
        out += _more_item(len(points) - MAX_SHARED)
        out.append("")
    out += _sourced("differ", differ, brief, lambda c, docs: f"⚠ {esc_noting(c.conflict or '')}")
    if single:
        out += [f"## {HEADINGS['single']}", ""]
        out += alike_once([f"- {_flat(c.text)}{_about(c, brief)} {marker((c.doc,))}" for c in single])
        out.append("")
    return out


def _sourced(
    section: str, claims: list[Claim], brief: Brief, note: Callable[[Claim, tuple[int, ...]], str]
) -> list[str]:
    """A section (`HEADINGS[section]`) of claims of several sources, none when there are none: a line each,
    its text, whom it is about, its documents' markers and `note` of the claim and those documents; lines
    alike once (`alike_once`), at most `MAX_SHARED` and a "more" item."""
    if not claims:
        return []
    lines = []
    for c in claims:
        docs = tuple(sorted({c.doc, *(x.doc for x in c.sources)}))
        lines.append(f"- {_flat(c.text)}{_about(c, brief)} {marker(docs)} {note(c, docs)}")
    lines = alike_once(lines)
    return [f"## {HEADINGS[section]}", "", *lines[:MAX_SHARED], *_more_item(len(lines) - MAX_SHARED), ""]


def owner_next(claims: list[Claim]) -> list[Claim]:
    """Rule owner-next: a listed claim naming no one (`Claim.about`) right after the listed claim whose
    sentence names the person it is about ("Jordan Scott, 19, is charged with arson." then "His bond was
    set at $100,000. *(about: Jordan Scott)*"), not seven lines below it; the list's order otherwise."""
    after: dict[int, list[Claim]] = {}
    for c in claims:
        x = c.about
        if x is None:
            continue
        host = next(
            (h for h in claims if h.about is None and h.doc == x.doc and h.start <= x.start < h.end), None
        )
        if host is not None and host.kind == c.kind:
            after.setdefault(id(host), []).append(c)
    moved = {id(c) for cs in after.values() for c in cs}
    return [y for c in claims if id(c) not in moved for y in (c, *after.get(id(c), ()))]


def summary_about(brief: Brief) -> list[str | None]:
    """Each summary sentence's `SummarySentence.about` name (whom it is about, naming no one), shown only
    when the line before it in the summary is not its document's sentence right before it (that line
    already tells the reader whom), else None."""
    return [
        None if i and _adjacent(brief, brief.summary[i - 1], s) else about_name(s, brief)
        for i, s in enumerate(brief.summary)
    ]


def about_name(c: Claim | SummarySentence, brief: Brief) -> str | None:
    """Whom a claim or summary sentence naming no one is about, as its document writes the name
    (`Claim.about`), or None."""
    x = c.about
    if x is None or not 0 <= x.doc < len(brief.documents):
        return None
    name = " ".join(brief.documents[x.doc].text[x.start : x.end].split())
    return name or None


def _about(c: Claim, brief: Brief) -> str:
    """ " *(about: Jordan Scott)*" for a claim naming no one that leans on the sentence before for whom
    it is about, else ""."""
    name = about_name(c, brief)
    return f" *(about: {esc(name)})*" if name else ""


def alike_once(lines: list[str]) -> list[str]:
    """Rule lines-alike-once: list lines that read the same once, in the first one's place, with how many
    points they stand for ("- His bond was set at $100,000. [1,2] — all 2 sources *(3 points in these
    words)*"): two lines a reader cannot tell apart are never shown (`Claim.about` tells most apart)."""
    count: dict[str, int] = {}
    for line in lines:
        count[line] = count.get(line, 0) + 1
    return [line + (f" *({n} points in these words)*" if (n := count[line]) > 1 else "") for line in count]


def distinct_quotes(brief: Brief) -> list[Quote]:
    """The brief's quotes, each once: a quote that repeats, with the same speaker, one listed before it in
    another document (a wire copy: `Quote.repeats`) is that quote, already shown with both documents'
    markers. The JSON keeps one quote per document."""
    seen: dict[tuple[int, int], str | None] = {}
    out = []
    for q in brief.quotes:
        if (q.doc, q.start) in seen and seen[(q.doc, q.start)] == q.speaker:
            continue
        out.append(q)
        for r in q.repeats:
            seen.setdefault((r.doc, r.start), q.speaker)
    return out


def quote_docs(q: Quote, brief: Brief) -> tuple[int, ...]:
    """The documents a quote's markers name: its own and those it repeats in, one a source (a wire copy's
    repeat is the same outlet's words, not a second outlet quoting them)."""
    return one_per_source((r.doc for r in q.repeats), of_documents(brief.documents), own=q.doc)


def _speaker_lines(brief: Brief) -> list[str]:
    """Speakers with the most quotes first (named before unattributed), their first quotes each."""
    by_speaker: dict[str, list] = {}
    for q in distinct_quotes(brief):
        by_speaker.setdefault(q.speaker or "", []).append(q)
    order = sorted(by_speaker, key=lambda k: (k == "", -len(by_speaker[k]), k))
    lines = []
    for name in order[:MAX_SPEAKERS]:
        qs = by_speaker[name]
        shown = "; ".join(
            f"“{_clip(q.text)}” {marker(quote_docs(q, brief))}" for q in qs[:QUOTES_PER_SPEAKER]
        )
        more = f" (+{len(qs) - QUOTES_PER_SPEAKER} more)" if len(qs) > QUOTES_PER_SPEAKER else ""
        lines.append(f"- **{esc(name) if name else 'Unattributed'}**: {shown}{more}")
    if len(order) > MAX_SPEAKERS:
        lines.append(f"- +{len(order) - MAX_SPEAKERS} more speakers")
    return lines


def _flat(text: str) -> str:
    return esc(" ".join(text.split()))


def _clip(text: str) -> str:
    words = text.split()
    text = " ".join(words[:QUOTE_WORDS]) + (" …" if len(words) > QUOTE_WORDS else "")
    return esc(text.strip().rstrip(","))
