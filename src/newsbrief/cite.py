"""Citations: each summary sentence points at its own place and at the documents that state it too.

Support rests only on the align stage's `quote` and `fact` links (`newsbrief.align`), never on the
analysis, so `--no-analysis` changes no citation. A `quote` link supports a summary sentence only when the
other sentence holds at least `QUOTE_COVER` of its quoted words (rule `quote-part`: the link's `quoted:`
evidence; all its words when it has no quotation mark, rule `quote-unquoted`), and only when the quotation
is the sentence's point (rule `quote-point`: the quoted words the other holds are half its words or more,
or the other states `CITE_COVER` of the whole sentence; '"..." Trump told reporters outside his club in
Florida' is not stated by '"...," Trump said': that source is offered as "see also"), unless every word
around the quotation only says who said it, how, when or where (rule `quote-attribution`: '"...," Parker
said during a press conference at the University of Chicago today'), and the two share a name there when
both name someone (rule `quote-attribution-named`: '"...," Governor Palmer told reporters in Harwick
today' is not stated by 'Whitcombe said: "..."'). Nor does a quote link cite when the two sentences
give the quotation to two different named speakers (rule `quote-other-speaker`,
`features.speakers_apart`: '"...," Governor Palmer said' / 'Whitcombe said: "..."'; "he said" names no
one else; '"...," said a statement from Palmer' and 'Palmer, in Harwick, told reporters' name Palmer: rules
`speaker-voice`, `speaker-aside`), nor when the other sentence brings the quotation in as a text ('employed
the famous verse, "..."') and the sentence gives it to a speaker (rule `quote-text`, `quoted_as_text`).
A quote link that cites only by its cover, the quotation not the sentence's point, needs the words around
the quotation stated too (rule `quote-report-stated`, `OUTSIDE_STATED`).
A `fact` link supports a summary sentence only when the other sentence states most of it (`CITE_COVER` of
its concept weight, the link's `sentence:` evidence): a long
sentence that shares one clause with a short one is not cited by it, nor is a sentence by one that writes
its side clause and not its main one (rule `side-stated`, `align.main_clause.side_stated`: "The mayor of
Harwick resigned after the council voted to cut the budget" is not stated by "The council voted to cut the
budget"; the vote's sentence is still cited by the mayor's); a claim joined by ", and" or ", adding that" is
a claim of its own (rules `joined-claim`, `adding-that`).
One supporting sentence per other source, the best-scored: a document and its copies (`newsbrief.copies`)
are one source, so a copy never supports its original, nor backs a sentence a second time (a copy's other
value, a write-through's new count, is still a conflict). Conflict links give the sentence's `conflicts`
and a one-line `conflict` note naming both values and their outlets ("1,500 workers [3] vs 1,200 workers
[1,2]"). A related link may point at another source's passage as "see also" (`see_also.py`): never a
source the sentence cites or a conflict names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .align.features import outside_stated, quotation_part, quoted_spans, speakers_apart
from .align.main_clause import side_stated
from .analyze.numbers import QUALIFIERS
from .copies import one_per_source, sources
from .lexicon.verbs import PLAIN_SAYING
from .model import Alignment, Link, Sentence, Story, SummarySentence, Support
from .represent import STOP_WORDS, stem
from .see_also import pointers

CITE_COVER = 0.5  # share of the summary sentence's weight the other sentence must state too
# rule `quote-part`: share of the summary sentence's quoted words the other sentence holds word for word
# (its `quoted:` evidence): a long quotation is not cited by a source that quotes a few of its words
# ('"It was wild," he says ... "I would slip out between innings ..."' / '"Yes, it was wild," he said')
QUOTE_COVER = 0.5
# rule `quote-point`: share of the summary sentence's words that must be quoted words the other sentence
# holds, unless it states `CITE_COVER` of the sentence: a long report around a short quotation
# ('Netanyahu said Israel will destroy the tunnel network "with or without a cease-fire," as the military
# called up another 16,000 reservists') is not what a source quoting only those words states
QUOTE_POINT = 0.5
# rule `quote-report-stated` (session 56): a quote link that cites a line by its cover, the quotation not its
# point, states this share of the line's words outside the quotation too (`features.outside_stated`): 'the
# president said that all too often he has been called to mourn the deaths of innocents killed by those "who
# had no trouble getting their hands on a gun"' is not stated by a sentence about one shooting that holds
# the quoted words
OUTSIDE_STATED = 0.5
SCORE_DIGITS = 4  # link scores as the brief carries them (so a saved brief reloads to equal values)


def cite(story: Story, chosen: Sequence[int], alignment: Alignment) -> tuple[SummarySentence, ...]:
    """Summary sentences with their source span, one supporting span per other document that states
    them, and the spans that give another value for one of their numbers."""
    sentences = story.sentences
    source = sources(story.copies)
    doc_of = [x.doc for x in sentences]
    sentence_texts = [x.text for x in sentences]
    by_sentence: dict[int, list[Link]] = {}
    for k in alignment.links:
        by_sentence.setdefault(k.a, []).append(k)
        by_sentence.setdefault(k.b, []).append(k)
    out = []
    for i in chosen:
        s = sentences[i]
        support: dict[int, Support] = {}
        by: dict[int, int] = {}  # each supporting document's sentence
        conflicts: dict[int, tuple[Support, tuple[str, str]]] = {}
        for k in sorted(by_sentence.get(i, ()), key=lambda k: (-k.score, k.a, k.b, k.kind)):
            o = sentences[k.b if k.a == i else k.a]
            if o.doc == s.doc:
                continue
            sup = Support(o.doc, o.start, o.end, k.kind, round(k.score, SCORE_DIGITS), k.evidence)
            if k.kind == "conflict":
                v = values(k, i)
                if v is not None:
                    conflicts.setdefault(o.doc, (sup, v))
            elif supports(k, i, s.text, o.text) and all(
                source[d] != source[o.doc] for d in (s.doc, *support)
            ):
                support.setdefault(o.doc, sup)  # the best-scored, first; one per source
                by.setdefault(o.doc, k.b if k.a == i else k.a)
        for d in support:
            conflicts.pop(d, None)  # a source that states the sentence is no conflict
        through: dict[
            int, int
        ] = {}  # a conflict through support: the supporting document that writes the value
        for d, x, w in _through_support(i, s, by, by_sentence, sentences, source, support, conflicts):
            conflicts.setdefault(d, x)
            through.setdefault(d, w)
        taken = (s.doc, *support, *conflicts)
        note = None
        if conflicts:
            texts = {d: story.documents[d].text[x.start : x.end] for d, x in support.items()}
            note = conflict_note(
                [
                    ((v[0], (through[d],) if d in through else outlets_of(v[0], s.doc, texts)), (v[1], (d,)))
                    for d in sorted(conflicts)
                    for v in [conflicts[d][1]]
                ],
                source,
            )
        out.append(
            SummarySentence(
                s.text,
                s.doc,
                s.start,
                s.end,
                tuple(support[d] for d in sorted(support)),
                tuple(conflicts[d][0] for d in sorted(conflicts)),
                note,
                tuple(
                    Support(o.doc, o.start, o.end, k.kind, round(k.score, SCORE_DIGITS), k.evidence)
                    for d, k in sorted(
                        pointers(i, by_sentence.get(i, ()), doc_of, source, taken, sentence_texts).items()
                    )
                    for o in [sentences[k.b if k.a == i else k.a]]
                ),
            )
        )
    return tuple(out)


def _through_support(
    i: int,
    s: Sentence,
    by: dict[int, int],
    by_sentence: dict[int, list[Link]],
    sentences: Sequence[Sentence],
    source: Sequence[int],
    support: dict[int, Support],
    conflicts: dict[int, tuple[Support, tuple[str, str]]],
) -> list[tuple[int, tuple[Support, tuple[str, str]], int]]:
    """Rule `conflict-through-support`: the conflicts of the sentences that support summary sentence `s`
    (`by`: each supporting document's sentence) on a value `s` writes too (`stated`), with an outlet
    that is none of its sources nor already a conflict of its own, and whose sentence `s` itself gives
    another value that may hold beside its own (align's rule `other-value`: one slot, two approximations):
    "killing at least 11 people [3,2]", whose source 2 writes "11 people were killed" where source 1 writes
    "at least 13" (an exact 11 and "at least 13" cannot both hold), carries that conflict though "at least
    11" and "at least 13" may. A sentence `s` has no link with (a later count, "47 deaths as of
    Wednesday", beside "32 ... thus far, but by evening more deaths were reported") gives it none. Each
    comes with the supporting document that writes the contradicted value: the note names that outlet
    alone on the line's side ("11 people [2] vs 13 people [1]"), not the line's own "at least 11"."""
    mine = {source[d] for d in (s.doc, *support, *conflicts)}
    slot = {
        k.b if k.a == i else k.a for k in by_sentence.get(i, ()) if k.evidence[:1] == ("rule:other-value",)
    }
    out: list[tuple[int, tuple[Support, tuple[str, str]], int]] = []
    for j in by.values():
        for k in sorted(by_sentence.get(j, ()), key=lambda k: (-k.score, k.a, k.b)):
            t = k.b if k.a == j else k.a
            o = sentences[t]
            v = values(k, j) if k.kind == "conflict" and t in slot else None
            if v is None or source[o.doc] in mine or not stated(v[0], s.text) or stated(v[1], s.text):
                continue
            mine.add(source[o.doc])
            out.append(
                (
                    o.doc,
                    (Support(o.doc, o.start, o.end, k.kind, round(k.score, SCORE_DIGITS), k.evidence), v),
                    sentences[j].doc,
                )
            )
    return out


def supports(link: Link, i: int, text: str, other: str) -> bool:
    """Whether the other end of `link` (`other`, its text) supports sentence `i` (`text`): the same
    quotation, holding at least `QUOTE_COVER` of sentence i's quoted words (rule `quote-part`) and the
    quotation its point (rules `quote-point`, `quote-attribution`, `quote-attribution-named`), given to
    no other named speaker (rule `quote-other-speaker`) and not brought in as a text by the other alone
    (rule `quote-text`), or the same fact stated in full (at least
    `CITE_COVER` of sentence i's weight, no joined claim left out, `joined-claim`, and more than a side
    clause of it, `side-stated`)."""
    if link.kind == "quote":
        held = quoted(link, i)
        return (
            held >= QUOTE_COVER
            and not speakers_apart(text, other)
            and (quoted_as_text(text) or not quoted_as_text(other))  # rule `quote-text`
            and (
                held * quotation_part(text, True, other) >= QUOTE_POINT
                or (coverage(link, i) >= CITE_COVER and outside_stated(text, other) >= OUTSIDE_STATED)
            )
        )
    return (
        link.kind == "fact"
        and coverage(link, i) >= CITE_COVER
        and joined_unstated(text, other) is None
        and not side_stated(text, other)  # rule `side-stated`
    )


# rule `quote-text`: a quotation brought in as a text, after a noun that names words ("employed the famous
# verse, "..."", "the slogan "...""), is a mention of those words, not someone saying them: it does not state
# a line that gives them a speaker ("The healer pronounces him cursed: "..."")
_TEXT_BEFORE = re.compile(
    r"(?:\b([a-z]+)[\s-]+)?\b(verses?|lines?|lyrics?|poem|rhyme|motto|slogan|inscription|epitaph|refrain)"
    r"\s*[,:]?\s*$",
    re.IGNORECASE,
)
TEXT_REACH = 40  # characters before a quotation's opening mark where its text noun may stand
# rule `line-compound`: "line" after these words is no line of text: 'a nurse on the front lines: "..."'
# speaks, 'toed the party line: "..."' too
_LINE_COMPOUNDS = frozenset(
    [
        *("front", "party", "picket", "battle", "enemy", "bottom", "finish", "hard", "red", "fault", "phone"),
        *("tip", "hot", "assembly", "production", "supply", "power", "poverty", "time", "side", "dotted"),
    ]
)


def quoted_as_text(text: str) -> bool:
    """Rule `quote-text`: a quotation of `text` opens right after a noun that names words (`_TEXT_BEFORE`),
    "line" not in a compound that names no text (rule `line-compound`, `_LINE_COMPOUNDS`)."""
    for s, _, _ in quoted_spans(text):
        m = _TEXT_BEFORE.search(text, max(0, s - TEXT_REACH), s)
        if m is not None and not (m[2][:4].lower() == "line" and (m[1] or "").lower() in _LINE_COMPOUNDS):
            return True
    return False


# rule `joined-claim`: a clause joined to the sentence by ", and", ", but", ", while", ", yet", ", whereas" or
# "; " that opens on a subject (a pronoun, a determiner, a name or a number, after a qualifier such as
# "nearly") with a finite verb within `JOINED_VERB_REACH` words, and has `JOINED_WORDS` content words or
# more, at most `JOINED_HELD` of whose stems the other sentence writes, is a claim of its own that the other
# does not state: "Beatification of the Harwick priest is the final step before sainthood, and the rite was
# controversial." is not stated by "Beatification of the Harwick priest is the final step before
# sainthood." A list ("Harwick, Eastbrook, and Varna also enacted bans": the item before ", and" is
# `LIST_ITEM_WORDS` words or fewer after a comma) is no clause; nor is a verb phrase (", but are milder").
# Rule `adding-that` (issue 14, session 56): ", adding that", ", noting that" (", and added that") joins a
# second reported claim to an attribution's first: "Police said the driver fled on foot, adding that no one
# was hurt" is not stated by "No one was hurt in the crash, police said".
_JOINER = re.compile(
    r"(,\s+(?:and|but|while|yet|whereas)\s+(?!added\s+that\s|noted\s+that\s)|;\s+"
    r"|,\s+(?:and\s+)?(?:adding|added|noting|noted)\s+that\s+)",
    re.IGNORECASE,
)
_ADDING = re.compile(r"\b(?:adding|added|noting|noted)\s", re.IGNORECASE)
_SAID = re.compile(rf"\b(?:{PLAIN_SAYING})\b(?:\s+to)?(?:\s+that)?", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*")
_LEADS = frozenset(
    "nearly about almost more less fewer at least only some many most all none each every both".split()  # noqa: SIM905
)
_SUBJECTS = frozenset(
    "i we you he she it they this that these those there the a an his her its their our my your".split()  # noqa: SIM905
)
_AUXILIARIES = frozenset(
    "is are was were has have had will would could can may might should must did do does".split()  # noqa: SIM905
)
JOINED_VERB_REACH = 6
JOINED_WORDS = 2
JOINED_HELD = 1 / 3
LIST_ITEM_WORDS = 3


def joined_unstated(text: str, other: str) -> str | None:
    """Rule `joined-claim`: the first clause of `text` that is a claim of its own which `other` does not
    state, or None: a clause joined to it (`_JOINER`) that opens on a subject, or, when there is one, the
    clause before the first joiner (rule `joined-first`: "Officials say the mayor will resign, but the mayor
    denied it" is two claims, and a source that writes only the denial states neither the line nor its
    first claim)."""
    held = {stem(w.lower()) for w in _WORD.findall(other)}
    bits = _JOINER.split(text)
    claims = [bits[0]]
    for k in range(2, len(bits), 2):
        before = bits[k - 2].rsplit(",", 1) if bits[k - 1].lstrip().startswith(",") else []
        if len(before) == 2 and len(before[1].split()) <= LIST_ITEM_WORDS:
            continue  # a list's last item
        if _ADDING.search(bits[k - 1]) or _opens_on_subject(_WORD.findall(bits[k])):
            claims.append(bits[k])  # after "adding that" a clause by its form (rule `adding-that`)
    if len(claims) < 2:
        return None  # one claim: the link's cover says how much of it the other states
    if _ADDING.search(text) and (said := _SAID.search(claims[0])):
        claims[0] = claims[0][said.end() :]  # rule `adding-that`: what was said, not who said it
    for claim in claims[1:] + claims[:1]:
        words = [stem(w.lower()) for w in _WORD.findall(claim) if w.lower() not in STOP_WORDS and len(w) > 1]
        if len(words) >= JOINED_WORDS and sum(w in held for w in words) / len(words) <= JOINED_HELD:
            return claim
    return None


def _opens_on_subject(words: list[str]) -> bool:
    """A clause's words open on a subject (after qualifiers, `_LEADS`) and a finite verb follows within
    `JOINED_VERB_REACH` words: an auxiliary, or a word ending as a past or third-person verb does."""
    k = 0
    while k < len(words) and words[k].lower() in _LEADS:
        k += 1
    if k >= len(words) or not (
        words[k].lower() in _SUBJECTS or words[k][:1].isupper() or words[k][:1].isdigit()
    ):
        return False
    return any(_finite(w.lower()) for w in words[k + 1 : k + 1 + JOINED_VERB_REACH])


def _finite(word: str) -> bool:
    return (
        word in _AUXILIARIES
        or (len(word) > 4 and word.endswith("ed"))
        or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))
    )


def marker(docs) -> str:
    return "[" + ",".join(str(d + 1) for d in sorted(docs)) + "]"


def conflict_note(
    pairs: Iterable[tuple[tuple[str, Iterable[int]], tuple[str, Iterable[int]]]],
    source: Sequence[int] | None = None,
) -> str:
    """A conflict in one line, the one wording of the summary line and the conflict claim, from its links'
    two sides (a value and the outlets that give it, each): each value once with all its outlets, in the
    order first given ("1,200 workers [1,2] vs 1,500 workers [3]"). Values of one number are one value
    ("1,200 members" is "1,200 workers", "about 1,200 workers": `value_key`), written as first given
    unless that was the bare number ("1,500" then "1,500 workers") or unqualified ("1,200 workers" then
    "about 1,200 workers", the form true of both: rule `note-qualifier`); a qualifier not true of the bare
    number is a value of its own ("more than 400", `note_key`), two qualifiers of one number write it
    bare. Values no link joins are two slots, each its own comparison ("12 people [1] vs 15 people [2]; 30
    people [1] vs 40 people [3]": the killed and the hurt of one sentence are not four values of one
    count). With `source` (each document's, `copies.sources`), a value names one outlet a source: a copy
    that gives its original's value is not a second outlet giving it ("65 dead [1,3]", not "[1,2,3]" when 2
    copies 1)."""
    merged: dict[str, tuple[str, set[int]]] = {}
    mixed: set[str] = set()  # keys told with two qualifiers ("about 400", "at least 400"): written bare
    slots: list[list[str]] = []  # value keys, each list one slot
    for (x, xd), (y, yd) in pairs:
        for value, docs in ((x, xd), (y, yd)):
            key = note_key(value)
            written, ds = merged.get(key, (value, set()))
            qw, qv = _qualifier(written), _qualifier(value)
            if key in mixed or (qw and qv and qw != qv):
                mixed.add(key)
                written, value = _QUALIFIED.sub("", written, count=1), _QUALIFIED.sub("", value, count=1)
            if (written == key and value != key) or (_qualifier(value) and not _qualifier(written)):
                written = value  # rule `note-qualifier`: "400 people" and "about 400 people" as the latter
            merged[key] = (written, ds | set(docs))
        keys = (note_key(x), note_key(y))
        touched = [k for k, slot in enumerate(slots) if not set(slot).isdisjoint(keys)]
        if not touched:
            slots.append(list(dict.fromkeys(keys)))
            continue
        first = slots[touched[0]]
        for k in touched[1:]:
            first.extend(v for v in slots[k] if v not in first)
        first.extend(v for v in keys if v not in first)
        slots = [slot for k, slot in enumerate(slots) if k not in touched[1:]]

    def outlets(docs: set[int]) -> set[int]:
        return docs if source is None else set(one_per_source(docs, source))

    return "; ".join(
        " vs ".join(f"{merged[k][0]} {marker(outlets(merged[k][1]))}" for k in slot) for slot in slots
    )


def value_key(value: str) -> str:
    """What makes two written values of a conflict one value: the number ("1,200 members" is "1,200
    workers"), or the whole of an age note ("aged 52", "ages 2½, 3 and 2"), of a start ("since 2002":
    align's `start-years-differ`) or of a birth name ("born Betty Joan Perske": `born-names-differ`)."""
    bare = _QUALIFIED.sub("", value, count=1)  # rule `note-qualifier`: "about 400 people" is 400
    head = bare.split(maxsplit=1)[0] if bare.strip() else bare
    return value if head in ("aged", "ages", "since", "born") else head


# a qualifier align writes before a note's number ("about 400 people", "as many as 10 gunmen")
_QUALIFIED = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+(?=\S)"
)


# rule `note-qualifier` (review47): the qualifiers true of their bare number ("about 400" holds of an outlet
# that wrote 400); "more than 400", "nearly 400" do not, and stay values of their own in a note
_HOLDS_OF_BARE = frozenset(
    [
        *("about", "around", "roughly", "approximately", "some", "estimated", "close to", "at least"),
        *("up to", "as many as", "as much as"),
    ]
)


_BOUNDING_BEFORE = re.compile(
    r"\b("
    + "|".join(sorted(map(re.escape, QUALIFIERS - _HOLDS_OF_BARE), key=len, reverse=True))
    + r")\s+(?:[$£€]\s?)?$",
    re.IGNORECASE,
)


def _qualifier(value: str) -> str:
    """The qualifier a note's value opens on ("about" of "about 400 people"), or ""."""
    m = _QUALIFIED.match(value)
    return m.group(0).strip() if m else ""


def note_key(value: str) -> str:
    """Rule `note-qualifier`: `value_key`, with a qualifier not true of the bare number kept in it ("more
    than 400" is not one value with "400"; "about 400" is)."""
    q = _qualifier(value)
    return value_key(value) if q in _HOLDS_OF_BARE or not q else f"{q} {value_key(value)}"


# the word a value of a conflict note opens on when the rest is what the sentence writes ("aged 52")
_VALUE_HEADS = ("aged ", "ages ", "since ", "born ")


def outlets_of(value: str, doc: int, texts: dict[int, str]) -> tuple[int, ...]:
    """The summary sentence's document and each supporting document whose sentence (`texts`) writes
    `value` (rule `value-stated`)."""
    return (doc, *(d for d, t in texts.items() if stated(value, t)))


def stated(value: str, text: str) -> bool:
    """Rule `value-stated`: whether `text`, a sentence supporting the summary sentence, writes the
    summary sentence's side of a conflict itself: its number as written ("1,500" of "1,500 workers"), or
    the rest of an age, start or birth-name note ("2½, 3 and 2" of "ages 2½, 3 and 2"). A source that
    states the claim but gives no value is no outlet of the value ("Police found the girls" beside
    "The girls, aged 2½, 3 and 2, were found")."""
    head = next((h for h in _VALUE_HEADS if value.startswith(h)), None)
    written = value[len(head) :] if head else value_key(value)
    if not written.strip():
        return False
    word = written.strip()
    sign = re.escape(word[0]) + " ?" if word[0] in "$£€" else ""  # rule `spaced-sign`: "$18" or "$ 18"
    pattern = rf"(?<![\w.,]){sign}{re.escape(word[len(sign) > 0 :])}(?![\w]|[.,]\d)"
    want = "" if head else note_key(value)[: -len(written)].strip()  # "more than" of "more than 400"
    return any(
        _bounding(text[: m.start()]) == want for m in re.finditer(pattern, text, re.IGNORECASE)
    )  # rule `note-qualifier`: "more than 400" states no "400 people", nor "400" a "more than 400"


def _bounding(before: str) -> str:
    """The qualifier not true of its bare number (`note_key`) that `before` ends on, lower-cased, or ""."""
    m = _BOUNDING_BEFORE.search(before)
    return m.group(1).lower() if m else ""


def coverage(link: Link, i: int) -> float:
    """How much of sentence `i` (one end of `link`) the other end states (its `sentence:` evidence)."""
    for e in link.evidence:
        if e.startswith("sentence:"):
            a, _, b = e[len("sentence:") :].partition("/")
            return float(a if i == link.a else b)
    return 0.0


def quoted(link: Link, i: int) -> float:
    """How much of sentence `i`'s quoted words (one end of a quote link) the other end holds (its
    `quoted:` evidence; 1.0 when the link has none)."""
    for e in link.evidence:
        if e.startswith("quoted:"):
            a, _, b = e[len("quoted:") :].partition("/")
            return float(a if i == link.a else b)
    return 1.0


def values(link: Link, i: int) -> tuple[str, str] | None:
    """(sentence i's value, the other end's value) of a conflict link."""
    for e in link.evidence:
        if e.startswith("values:"):
            x, _, y = e[len("values:") :].partition(" vs ")
            return (x, y) if i == link.a else (y, x)
    return None
