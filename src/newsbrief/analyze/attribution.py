"""Whether a quotation is speech and whose: an ordered table of small named rules.

Each rule looks for one kind of evidence and returns an `Attribution` or None; the first that returns one
decides, and its name stays on the quote (`QuoteSpan.rule`). A speaker needs evidence: an attribution in
the quote's sentence or in the adjacent one (also the last sentence of the paragraph before, when the
quote is a paragraph of its own), a person's sentence leading into it with a colon or, as the subject who
acts in the sentence right before it in its paragraph, naming no one else by name or role (`narrative-beat`:
"Herman shakes his head. "…"", not "Parr was shot dead." nor "… and the judge's words were blunt:"), a
resolved pronoun, an interview turn or the quote it continues. A name seen earlier in the
paragraph is not evidence by itself: a quote no rule attributes is speech without a speaker
("unattributed"), or not speech at all. A rule gives no speaker where its evidence cannot be read: an
outlet as the subject of the quote's sentence ("The magazine reported that …"; by `relayed-report` an outlet
or relayer after "X said," passes X's words on: ""…," varek said, the paper reported" is never the paper's,
and is no second sayer for the quote that goes on), a text whose author the
document names ("said in a memorandum …. The memorandum said "…"": the labels give its words to the
author), or a chain of quotes in case-less text, whose names (and so the people who break the chain)
cannot be seen. A text whose author is named nowhere before speaks for itself: `text-speaker` keeps its
description ("The memorandum said "…"", "According to a training video, "…"", "…," it said, after the
sentence that opened with the memorandum).

Speech or term: a quote set off by an attribution next to it is speech even when short ("Yes,"
Clinton said). A short fragment inside an attributed sentence (called the ruling "disgusting") is
speech with the sentence's speaker; so is one a judging verb frames ("dismissed it as "…"", "likened it
to a "…"", "praised Davis' "…"", "what she calls "…""), the subject before an "-ly" adverb of manner
("Ross bluntly dismissed"). What another called the subject ("was labelled a "…" by …") and a text's word
("her tweet calling him a "…"") are no speaker's. Nicknames, titles of works and scare quotes in sentences
with no attribution are terms and are left out, and so is a title right after "In" or a work noun even when
an attribution follows it ("In "Forgetting to be Afraid," Davis writes"). The first rule,
`named-term`, reads the frame around the marks: words named rather than reported ("the so-called
"…"", "known as "…"", "a supplement called "…"", ", or "black boxes"", "the "orange socks" murder")
are a term whatever attribution follows; so, by `apposed-title`, is a title set off by a comma or colon
after a naming cue or a work noun ("an email titled: "…"", "its most popular song, "…""); by
`preposition-title`, a short quote right after "on" or "wrote in" (the show or work it sits in:
"appearing on "…,""), by `work-frame`, one after a part in a work or a performance of one ("his roles in
"…"", "a rendition of "…"", "season 5 of "…""), and by `naming-verb`, one after a verb that gives a name
("a dancer named "…"", "nicknamed it "…""). In cased text `self-named` reads a name given to oneself
("who called himself "AJ,""),
`cue-copula` a motto or headline ("his motto was "…"", "headlined a story …: "…"") and `work-of` a title
after its maker ("the writer of "…," said"); `as-puts-it` gives words to the one who "put it" ("… as he puts
it"); `clause-after-mark` gives no speaker to a quote ending in "?" or "!" that a new "X said that …" or
"X said the board would …" follows; after `said-after`, `participle-opener` gives a quote inside an opening
"Hailing … as "…","
to the person named right after it, whatever that person's verb; after `intro-before`, `inverted-lead` reads
a lead that opens on its verb ("Says a friend: "…""). Before `continued`, `quoted-as` gives a
quote to the one an outlet "quoted … as" doing anything
("quoted X as rejecting the claim: "…"") or "quoted … recalling/saying".
Near the end, `reported-clause` reads the frame of a verb of
saying in any form ("declare that "…"", "with Barroso noting that "…"", "went on to say", "but said
"…""): a quote of four words or more in its clause is speech, the verb's subject its speaker when the
clause names one, else unattributed. Then `unread-speaker`: a quote set off by its comma, "?" or "!" and
followed at once by an attribution whose speaker no rule could read (lower-cased text: ""…," said brewer")
is speech, unattributed. Then `subject-words`: four words or more inside a sentence that name nothing, whose
clause opens with a person and that person's own verb outside the marks, are that person's, whatever the
verb ("Pope John Paul appealed to the country "to forgive and reconcile""; no passive, no other clause
between). Words are counted as written: a compound of lower-case words
is one word.
In case-less text (Multi-News+), where no name shows, `caseless-name` reads a known first name and
surname next to the verb after the quote ("…," said neighbor janice palm), or two words no ordinary English
after a role or title or before an apposition (`_unlisted_name`: "said police chief kert thomas"; a role in
another form counts, "…, president and ceo of …"), or a known first name and a title word before one
(`_first_then_title_word`: "said jim king, the national director …"); the name starts no pronoun chain.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..letter_gate import gated_cased
from ..lexicon.gazetteer import gazetteer, word_list
from ..lexicon.naming import (
    CALLED_FRAGMENT,
    GIVING_NAME,
    MODIFIER_WORDS,
    NOT_NOUN,
    named_by_frame,
    names_a_thing,
    word_count,
)
from ..lexicon.roles import KIN, SPEAKS_FOR
from ..lexicon.verbs import SPEECH_ALTERNATIVES, listed_form
from ..model import Sentence
from .caseless import mc_name, ordinary
from .coreference import (
    ABBREVIATIONS,
    DESCRIPTION,
    FAMILY_WORD,
    OUTLET_HEADS,
    POSSESSIVE_NAME,
    PRONOUNS,
    RELATIVE_SAYER,
    DocView,
    abbreviated_title,
    agent_of_modifier,
    antecedent,
    full_name,
    name_gender,
    participle_object,
    plural_people,
    prepositions_of,
    previous_speaker,
    resolve_rule,
    role_bearer,
    turn_speaker,
)
from .entities import Found
from .rules import SPEECH_VERBS
from .spans import MIN_SPEECH_WORDS, QuoteSpan

_WORD = re.compile(r"[\w’']+")
# rule pronounced-verb: "pronounced" reports words only right after a quotation (""The president is going
# to remain in office," pronounced Rep. James Moran") or before one or a "that" clause ("the Libyan leader
# pronounced that "…""); elsewhere it is an adjective ("more pronounced") or a verdict ("pronounced dead",
# "later pronounced Jon Tallis the winner": session 25 review M4). After a quotation: only the closing mark
# (and one space) right before it, or the start of the stretch after the mark that `_adjacent_after` reads;
# not a comma (", the judge, pronounced him the winner": session 26's review, M3)
# (`(?:(?<![\s\S])|(?<=^\s)|(?<=[”"’»])|(?<=[”"’»]\s))pronounced`: its look-behinds read after the "p", as
# `_VERB` opens each verb on its first letter)
_PRONOUNCED = (
    r"p(?:(?<![\s\S]p)|(?<=^\sp)|(?<=[”\"’»]p)|(?<=[”\"’»]\sp))ronounced",
    r"pronounced(?=\s+(?:that\b|[“\"]))",
)
# rule shared-alone: "shared" reports words only when nothing follows it but a comma or the sentence's end
# (""…," the source shared."; "She shared, "…""), not "shared a photo", "shared concerns that"
_SHARED = r"shared(?=\s*[.,])"
# rule shared-subject: and only when its subject (a pronoun, a name, or a short description: "the source")
# stands right after a closing mark (""…," the source shared.") or opens the clause before an opening mark
# ("She shared, "…""), not closing a relative clause after a noun ("the flat Jon Tallis shared.", "the award
# Jon Tallis shared, "…"": session 27 review M2)
_SHARED_WHO = (
    r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I"
    r"|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*"
    r"|(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)(?:\s+[a-z][\w’'-]*){1,2})\s+$"
)
_SHARED_AFTER_MARK = re.compile(r"(?:^|[”\"’»])[\s,]*" + _SHARED_WHO)
_SHARED_OPENS = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)" + _SHARED_WHO)
_SHARED_THEN_MARK = re.compile(r"\s*,\s*[“\"]")
# `\b(?:said|says|...|According to|pronounced...|shared...)\b`, written to open on the verbs' first letters
# (`letter_gate.gated_cased`: searched only from those, ~3x faster); case-sensitive: not "States"
_VERB = re.compile(gated_cased([*SPEECH_ALTERNATIVES, "According to", *_PRONOUNCED, _SHARED]) + r"\b")
_PARTICIPLE = re.compile(r"^(?:saying|adding|calling|telling|describing)$")
# verbs that report words said or written: only these give a short fragment its speaker, and since session 20
# the verbs of saying that report a statement (`_REPORTING_CLAUSE`: "Zhu conceded that police did have "a
# little" tear gas") when their object is a clause; not those of a promise or a plea ("he promised to work
# for the "winning conditions"", "vowed", "urged"), whose fragments name what is promised, nor "announced"
# (what is announced is often named: "announced that the creation of their "signing store" will")
_REPORTING = re.compile(
    r"^(?:said|says|say|told|tells|called|calling|described|describes|describing|wrote|writes|added|adds|argued|"
    r"argues|warned|warns|insisted|insists|claimed|claims|stated|states|declared|noted|notes|complained|"
    r"tweeted|posted|saying|adding|according to|According to|"
    # session 38: "asserted that it was "untypical"" reports words as "claimed" does
    r"asserted|asserts|asserting)$"
)
# rule clause-object (session 20 review): these verbs also take a plain object that is no speech
# ("observed a "moment of silence"", "maintained his "tough on crime" image", "confirmed a "fair pay" deal"),
# so they give a fragment its speaker only when what they report is a clause: "that" between the verb and
# the quote, or for a verb of memory or admission an "-ing" clause right after it ("recalled seeing "thugs"")
_REPORTING_CLAUSE = re.compile(
    r"^(?:acknowledged|acknowledges|conceded|concedes|confirmed|confirms|recalled|recalls|"
    r"admitted|admits|explained|explains|replied|replies|stressed|stresses|emphasized|emphasised|reported|"
    r"remarked|observed|testified|reiterated|contended|contends|maintained|suggested|predicted|cautioned)$"
)
_ING_CLAUSE_VERB = re.compile(r"^(?:recalled|recalls|admitted|admits)$")
# the verb's complementiser "that": right after the verb, or after an adverb ("confirmed privately that"), a
# comma-set phrase ("confirmed, in a statement, that") or a short phrase that opens with a preposition or
# a time word ("confirmed on Monday that", "admitted with a chuckle that"). "confirmed the deal that unions
# hailed as "…"" (a relative) is no clause.
_THAT = re.compile(
    r"\s*(?:,[^,“”\"]{0,40},\s*|\w+ly\s+|"
    r"(?:on|in|at|to|during|after|before|last|this|earlier|later|with)\s+(?:[\w'’\-]+\s+){0,3}?)?"
    r"that\s+"
)
# a quote right after "that" opens the clause only when a finite verb follows it closely ("acknowledged
# that "innocent" people were hurt"); else the "that" is a determiner ("confirmed that "fair pay" deal")
_FINITE_AFTER = re.compile(
    r"[\s,]*(?:[\w'’\-]+\s+){0,2}?(?:is|are|was|were|will|would|could|can|may|might|must|should|"
    r"has|have|had|did|does|do|\w+ed)\b"
)
_ING_NEXT = re.compile(r"\s+(?:to\s+)?\w+ing\b")  # "admits to being "…"" as "admits being "…"" (session 38)
_ASKED_BY = re.compile(r"\b[Aa]sked by\s+(.{2,80}?)(?:,|$)")
_TITLE_CUE = re.compile(
    r"\b(?:film|movie|book|novel|song|album|show|program|programme|series|play|musical|campaign|"
    r"titled|entitled|known as|dubbed|nicknamed|headlined|slogan|hashtag|premiere of|brand|label|"
    r"nickname|name|term|phrase|word|so-called)\s*$",
    re.IGNORECASE,
)
_SENT_END_MARK = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"])")


# rule caseless-title-stop: in a story that lost its case (Multi-News+) a title is written in lower case
# and the data capitalised the word after its full stop ("barnstable police sgt. Ben baxter said", "- dr.
# Judy melinek"): the title's full stop ends no sentence there either. Titles only: "no.", "co.", "jr."
# and "st." end sentences in lower-case text as often as not
_NO_TITLE_STOPS = frozenset(["no", "vol", "inc", "co", "corp", "ltd", "vs", "jr", "sr", "st", "mt", "brig"])
_LOWER_TITLE_STOPS = frozenset(a.lower() for a in ABBREVIATIONS) - _NO_TITLE_STOPS


# rule caseless-initials-stop: in case-less text the data capitalised the word after lower-case initials
# ("an m.l.b. Spokesman said in a statement"); initials after an article modify the noun after them, so
# where the segmenter joined the two (its initials-phrase rule) their full stop ends no sentence here
# either (a person's initials, "… ohio school shooter t.j. Lane was …", are left as they were)
_LOWER_INITIALS = re.compile(r"\b(?:a|an|the)\s+[a-z]\.(?:[a-z]\.)+$", re.IGNORECASE)


def _sentence_end(text: str, start: int, end: int, dd: DocView | None = None) -> re.Match[str] | None:
    """The first sentence end in text[start:end] that is no abbreviation's or initial's full stop (nor,
    in case-less text, a lower-case title's: rule caseless-title-stop; nor lower-case initials' that the
    document's sentences go on past: rule caseless-initials-stop)."""
    caseless = dd is not None and dd.caseless
    for m in _SENT_END_MARK.finditer(text, start, end):
        if text[m.start()] == ".":
            word = re.search(r"(\w+)$", text[max(0, m.start() - 12) : m.start()])
            w = word.group(1) if word else ""
            if w in ABBREVIATIONS or (len(w) == 1 and w.isupper()) or (caseless and w in _LOWER_TITLE_STOPS):
                continue
            if caseless and len(w) == 1 and _after_first_name(text, m.start() - 1):
                continue  # rule caseless-initial: "ted a. Johnson, the bureau's director, said": an initial
            if (
                caseless
                and _LOWER_INITIALS.search(text, max(0, m.start() - 16), m.start() + 1)
                and dd.sentence_start(m.end()) != m.end()
            ):
                continue  # rule caseless-initials-stop
        return m
    return None


def _after_first_name(text: str, at: int) -> bool:
    """The word before text[at] (one letter) is a listed first name: the letter is a middle initial."""
    before = re.search(r"([A-Za-z]+) $", text[max(0, at - 20) : at])
    return before is not None and before.group(1).capitalize() in gazetteer().first_names


_LEAD_JUNK = re.compile(
    r"^(?:[,;:—–\-\s]|and\b|but\b|then\b|so\b|while\b|as\b|also\b|afterwards?\b|later\b|earlier\b|finally\b"
    r"|meanwhile\b|instead\b"
    # rule chrome-lead: a news site's link glued to the sentence in case-less text ("advertisement continue
    # reading the main story senator …"), no part of the subject
    r"|(?:advertisement\s+)?continue\s+reading\s+the\s+main\s+story\b)+",
    re.IGNORECASE,
)
_TRAIL_JUNK = re.compile(
    r"(?:[,;:—–\-\s]|\b(?:also|later|then|again|further|previously|recently|repeatedly|once|earlier|"
    r"has|have|had|was|is|would|(?-i:will)|had|once|simply|finally|quickly|flatly|only|then|still|even))+$",
    re.IGNORECASE,
)  # "Will" capitalised right before the verb is a name (""…," Will said"), not an auxiliary
# bare plural sources that speak as a body ("police said", "officials said")
_GROUPS = frozenset(["police", "officials", "authorities", "prosecutors", "investigators", "witnesses"])
_INTERVIEW_HOST = re.compile(r"\b(?:the|a)\s+(?:\w+\s+)?(?:host|anchor|interviewer|moderator)\b", re.I)


@dataclass(frozen=True, slots=True)
class Attribution:
    """What a rule decided: speech or not, the attribution phrase (`who`) or a speaker already known."""

    speech: bool
    who: tuple[int, int] | None = None
    speaker: str | None = None
    direct: bool = False  # the attribution sits in the quote's own sentence
    speaker_rule: str | None = None  # the speaker rule (coreference.SPEAKER_RULES) that named `speaker`


@dataclass(frozen=True, slots=True)
class Rule:
    """One named attribution rule: `find` returns an Attribution, or None to let the next rule try."""

    name: str
    find: Callable[[DocView, int, QuoteSpan, Window], Attribution | None]
    subrules: tuple[str, ...] = ()  # speaker rules of its own it may name instead of a SPEAKER_RULES row


@dataclass(frozen=True, slots=True)
class Window:
    """The text a quote's attribution may sit in: `before` (sentence start to the opening mark) and
    `after` (the closing mark to the sentence end), both clipped at the neighbouring quotes."""

    before: tuple[int, int]
    after: tuple[int, int]


def attribute(dd: DocView, i: int, q: QuoteSpan) -> None:
    """Decide speech and speaker of quote `i` by the first rule that fires."""
    q.words = word_count(dd.text[q.start : q.end])
    w = window(dd, i, q)
    for rule in RULES:
        a = rule.find(dd, i, q, w)
        if a is None:
            continue
        q.rule, q.speech = rule.name, a.speech
        if a.speech:
            q.who = a.who
            if a.who is None or a.speaker:
                q.speaker, q.speaker_rule = a.speaker, a.speaker_rule or rule.name
            else:
                q.speaker, q.speaker_rule = resolve_rule(dd, q, a.who)
                if q.speaker is None and (spoken := _text_speaker(dd, q, a.who)):
                    q.speaker, q.speaker_rule = spoken, "text-speaker"  # "…," the petition stated
            if q.speaker and a.who is not None and _photo_credit(dd.text, a.who[0]):
                q.speaker, q.speaker_rule = None, "photo-credit"
            q.speaker = q.speaker and full_name(dd, q.speaker)
            if q.speaker is None and _unspoken_fragment(dd, q):
                q.speech = False
                return
            named = a.who is not None and bool(dd.ents.within(dd.d, *a.who))
            q.evidence = (3 if named else 2) if a.direct else 1
        return


# rule photo-credit (session 52, multinews-train-39310): a name right after a photo credit the scraper glued
# to the text ("Credit joe esposito "…," the statement said, … and said …") is the photographer, never the
# subject of the sentence it was glued to: the words stay unattributed (clean's credit-line cuts the credit
# lines whose end it can find; this one runs straight into the quote)
_CREDIT_BEFORE = re.compile(
    r"(?:^|[\s.)\]\"”])(?-i:Credits?|Photo(?:graph)?s?|Image|Pictured)(?:\s+by)?\s*:?\s*$", re.IGNORECASE
)


def _photo_credit(text: str, at: int) -> bool:
    """Rule photo-credit: the name at `at` is set off by a capitalised photo credit word just before it
    ("Credit X", "Photo: X", "Photograph by X"; the capital: a caption's or a sentence's first word, not the
    verb of "the coach credits X")."""
    return bool(_CREDIT_BEFORE.search(text, max(0, at - 30), at))


def _unspoken_fragment(dd: DocView, q: QuoteSpan) -> bool:
    """A short fragment inside a sentence ("numbers "suggests large-scale starvation," they said") is the
    speaker's words only when the speaker is known: without one it is a quoted term, not speech."""
    return q.words < MIN_SPEECH_WORDS and bool(
        dd.text[dd.sentence_start(q.open_at) : q.open_at].strip(" “\"‘'")
    )


def window(dd: DocView, i: int, q: QuoteSpan) -> Window:
    text = dd.text
    prev_close = dd.quotes[i - 1].after_close if i > 0 else 0
    next_open = dd.quotes[i + 1].open_at if i + 1 < len(dd.quotes) else len(text)
    para_end = text.find("\n", q.close_at)
    para_end = len(text) if para_end < 0 else para_end
    b0 = max(q.para_start, dd.sentence_start(q.open_at), prev_close)
    if b0 == q.open_at and q.para_start == q.open_at:
        # a quote opening a paragraph may be introduced by the previous one ending in ':' or ','
        pb = text.rfind("\n", 0, max(0, q.para_start - 1))
        prev_para = text[pb + 1 : q.para_start].rstrip()
        if prev_para.endswith((":", ",")) and (i == 0 or dd.quotes[i - 1].close_at < pb + 1):
            b0 = max(pb + 1, dd.sentence_start(pb + 1 + len(prev_para) - 1))
    a0 = q.after_close
    a1 = min(para_end, next_open)
    if _glued_sentence_end(text, q):
        return Window((b0, q.open_at), (a0, a0))
    m = _sentence_end(text, a0, a1, dd)
    if m:
        # the first sentence end after the closing mark ends the window, also one right after the mark:
        # a full stop outside the marks (British style: "… proposal of a "narrative". Writing on her
        # weblog, Ms North says: …") ends the quote's sentence, and the next one attributes nothing to it
        a1 = m.start() + 1
    return Window((b0, q.open_at), (a0, max(a0, a1)))


def _glued_sentence_end(text: str, q: QuoteSpan) -> bool:
    """A quote ending its sentence whose closing mark runs straight into a capitalised word
    ("… premeditated."Authorities say …"): a paragraph break lost in extraction, so the words after the
    mark are the next paragraph and attribute nothing to this quote."""
    a0 = q.after_close
    return text[q.start : q.end].rstrip()[-1:] in (".", "!", "?") and text[a0 : a0 + 1].isupper()


# --- the rules ---------------------------------------------------------------------------------


# "the cockpit voice recorder, or "black boxes"": a second name for the noun before, not words said
_OR_GLOSS = re.compile(r"\w,\s+or\s+(?:an?\s+|the\s+)?$")
# rule definite-fragment: a fragment of one to three words right after a lower-case "the" names a thing the
# sentence talks about ("when he heard about the "two-girl special," Johnson said he was willing", "the
# "war of words" between"), whatever attribution follows; the speaker's own framing keeps it his ("what Kerry
# called the "road map."", "describing the talks as the "one area""), and so does a sentence it opens ("The
# "best barometer" for Kim's seriousness, this person said, is …": "The" is no lower-case "the"); and
# a short quote after "the" (any case) used as a modifier of the noun after it ("the "orange socks" murder",
# "the "pro-family" plank"): the name of a thing; the next word is no verb or function word
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# rule definite-fragment (session 32) reads one word between "the" and the mark too when it is an ordinal or
# a word that marks a name as well known ("the second "black box,"", "the first "Rocky"", "the infamous
# "ozone hole"", "the proverbial "…""): the thing named, not words said
_MENTION_WORDS = (
    r"(?:first|second|third|fourth|fifth|last|next|final|proverbial|infamous|notorious|dreaded|famous|"
    r"legendary|iconic|vaunted|much-vaunted|much-touted|much-maligned|now-famous|now-infamous)"
)
_THE_MENTION = re.compile(r"\bthe\s+" + _MENTION_WORDS + r"\s+$", re.I)
_FRAMED_THE = re.compile(
    r"\b(?:call|calls|called|calling|term|terms|termed|as)\s+the\s+(?:" + _MENTION_WORDS + r"\s+)?$", re.I
)
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z\-]+)\b")


# `_TITLE_CUE`'s work nouns: before a quote they name a work only when the quoted words read as its title
# ("the movie "Jurassic World""); "The results show "we are on the right track," the minister said", "the
# program "has saved hundreds of lives," Mayor Ada Brandt said", "his word "that nothing would change,""
# are speech
_WORK_NOUN = re.compile(
    r"\b(?:film|movie|book|novel|song|album|show|program|programme|series|play|musical|campaign|premiere of|"
    r"brand|label|name|word)\s*$",
    re.IGNORECASE,
)
_WORK_NOUNS = r"(?:film|movie|book|novel|song|album|show|program|programme|series|play|musical|campaign)"


def _title_like(dd: DocView, q: QuoteSpan) -> bool:
    """Quoted words that read as a title: short (under `MIN_SPEECH_WORDS`), or an upper-case first letter
    and no lower-case word longer than three letters ("Jurassic World", "The Art of War")."""
    words = dd.text[q.start : q.end].strip(" .,;:!?").split()
    if len(words) < MIN_SPEECH_WORDS:
        return True
    return words[0][:1].isupper() and not any(x[:1].islower() and len(x) > 3 for x in words)


# rule name-nickname: one or two quoted words between a listed first name (no ordinary word: "will") and
# the next word of the name ('the father of amy " dolly " everett', "Amy “Kalee” Kreider") are a nickname,
# not words said
_FIRST_BEFORE = re.compile(r"\b([A-Za-z]+)\s*$")
_NAME_GOES_ON = re.compile(r"\s*([A-Za-z][\w\-'’]*)")
_NOT_SURNAME = frozenset(
    [
        *("and", "or", "but", "nor", "said", "says", "told"),
        *("to", "in", "on", "at", "for", "of", "as", "is", "was"),
    ]
)


def _nickname_in_name(text: str, pre: str, q: QuoteSpan) -> bool:
    """Rule name-nickname (see `_FIRST_BEFORE`)."""
    first = _FIRST_BEFORE.search(pre)
    after = _NAME_GOES_ON.match(text, q.after_close)
    return (
        first is not None
        and after is not None
        and _middle_name(first.group(1))
        and not ordinary(first.group(1).lower())  # "airbus will "provide" helicopters"
        and after.group(1).lower() not in _NOT_SURNAME
    )


def _named_term(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """A quote its frame names rather than reports, whatever attribution follows: after a naming word
    ("the so-called "…"", "known as", "dubbed"; a work or name noun of `_TITLE_CUE`: "the movie "Wild,"
    according to …") or "called" naming a thing ("a supplement called "andro," made popular when
    McGwire admitted …"); a short quote glossing the noun before it (", or "black boxes"") or
    modifying the noun after it ("the "orange socks" murder"), and a quote of up to six words between
    "the" or a possessive and the noun it modifies (noun-modifier: "the military's "don't ask, don't
    tell" policy"). A term, not speech."""
    text = dd.text
    pre = text[max(0, q.open_at - 40) : q.open_at]
    if q.words <= 2 and _nickname_in_name(text, pre, q):
        return Attribution(False)
    cue = _TITLE_CUE.search(pre) if q.words <= 8 else None
    if cue and (not _WORK_NOUN.search(cue.group()) or _title_like(dd, q)):
        return Attribution(False)
    if named_by_frame(pre):  # "known as "…"", "a supplement called "andro,"" (lexicon.naming)
        return Attribution(False)
    if q.words < MIN_SPEECH_WORDS and _OR_GLOSS.search(pre):
        return Attribution(False)
    the = _THE_BEFORE.search(pre) if q.words < MIN_SPEECH_WORDS else None
    mention = the or (_THE_MENTION.search(pre) if q.words < MIN_SPEECH_WORDS else None)
    if mention and mention.group().startswith("the") and not _FRAMED_THE.search(pre):
        # definite-fragment: "when he heard about the "two-girl special," Johnson said", "the second "…""
        return Attribution(False)
    inner = text[q.start : q.end].rstrip()  # tokenised text spaces its marks: "the " real housewives " stars"
    if not inner[-1:].isalnum():
        return None
    if the:
        nxt = _NOUN_AFTER.match(text, q.after_close)
        word = nxt.group(1) if nxt else ""
        if word and word not in NOT_NOUN and not word.endswith(("ed", "ly", "ing")):
            return Attribution(False)
    if names_a_thing(text, q.open_at, q.after_close, inner):
        return Attribution(False)  # noun-modifier: "the party's "Contract with America" pledge" (`naming`)
    return None


# rule apposed-title: a naming cue or a work noun, then a comma or colon, then the quote ("a mass email
# titled: "…"", "planned parenthood's new slogan, "…"", "its most popular song, "…"", "for his book, "…"")
_APPOSED_CUE = re.compile(
    r"\b(?:(?P<cue>titled|entitled|headlined|slogan|motto|hashtag|nickname)|" + _WORK_NOUNS + r")\s*[,:]\s*$",
    re.I,
)
# a work noun after a preposition opens words from the work or about it ("In the book, "…"", "Asked about
# the show, "…""), not its title
_WORK_IN = re.compile(
    r"\b(?:in|on|about|from|into|during|at|of)\s+(?:[\w'’\-]+\s+){0,2}[\w'’\-]+\s*[,:]\s*$", re.I
)


def _may_end_with(window: str, words: tuple[str, ...]) -> bool:
    """Whether `window`, less white space at its end, may end in one of `words` (lower-case ASCII) in any
    case: the cheap test before a case-insensitive pattern anchored at the window's end (its `\\s` is
    `str.isspace`). A tail with a character other than ASCII goes to the pattern: re.IGNORECASE matches
    "ſ" to "s" and "ı" to "i", which str.lower keeps apart."""
    tail = window.rstrip()[-12:]
    return not tail.isascii() or tail.lower().endswith(words)


def _apposed_title(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule apposed-title: a quote set off by a comma or colon after a naming cue ("titled:", "slogan,")
    is a term; after a work noun ("song,", "book,", "show,") too, unless a preposition leads to the noun
    ("In the book, "…""), a verb of saying follows the marks in their sentence ("the show, "…," she said")
    or, in cased text, the words do not read as a title (`_title_like`). Words in case-less text show no
    capitals, so there the frame alone decides."""
    text = dd.text
    pre = text[max(0, q.open_at - 60) : q.open_at]
    cue = _APPOSED_CUE.search(pre) if pre.rstrip().endswith((",", ":")) else None  # its `\\s*[,:]\\s*$`
    if cue is None:
        return None
    if cue.group("cue"):
        return Attribution(False)  # a title of any length: "an email titled: "what … can buy with $ 10,000.""
    if q.words > 8:
        return None
    rest = _SENTENCE_REST.match(text, q.after_close).group()
    if _WORK_IN.search(pre) or any(not _sentence_source(rest, v) for v in _VERB.finditer(rest)):
        return None
    return Attribution(False) if dd.caseless or _title_like(dd, q) else None


def _sentence_source(rest: str, verb: re.Match[str]) -> bool:
    """Rule according-after-title (session 43, fresh read multinews-train-29398: "return to her talk show,
    "live with kelly and michael," and move past …, according to several people" gave the show's title
    to the people): "according to" after other words of the sentence names the source of the whole
    sentence, not a speaker of the quoted title."""
    return verb.group().lower() == "according to" and bool(rest[: verb.start()].strip(" ,"))


_SENTENCE_REST = re.compile(r"[^.!?\n]{0,80}")

# rule preposition-title (session 22 census: 4 titles given a speaker on WRITE, the training draw and frozen2,
# none a labelled quote in the ten tuned files): quoted words right after "on" are the name of the show they
# were said on ("appearing on "fox news sunday," graham said"), after "wrote in" / "said in" the work they
# sit in ("dr. Janov wrote in "the biology of love" ( 2000 )"), not words said there. After any other "in"
# the words were as often a speaker's ("expected to be deported in "a very short time"", "sworn in "on
# gambian soil"": a held-apart draw, 2 of 3), so case-less text needs the verb; cased text, a title's capital
# (an outlet's possessive may stand between: "said on nbc's "meet the press."")
_IN_ON = re.compile(r"(?:\b([\w'’]+)\s+)?\b(in|on)(?:\s+[\w.&\-]+['’]s)?\s*$", re.I)
_SAID_OR_WROTE = re.compile(r"(?:" + SPEECH_VERBS + r")", re.I)
# quoted words that open with "a"/"an" or a preposition are a phrase of the speaker's ("on "a regular basis"",
# "in "a very short time"", "sworn in "on gambian soil""), not a show's or a work's name
_PHRASE_OPENS = re.compile(r"\s*(?:a|an|on|in|at|by|for|with|to|from|of)\s", re.I)
# a state or a content, not a title: after a copula or "and" ("was on "deep cover"", "found safe and in
# "excellent health,"") and after a word that takes its content with "on" / "in" ("based on "rumor and
# innuendo"", "insisted on", "believes in")
_STATE_BEFORE = frozenset(
    [
        *("is", "was", "are", "were", "be", "been", "being", "and", "or", "remains", "remained", "based"),
        *("focus", "focused", "focuses", "insist", "insisted", "insists", "agree", "agreed", "agrees"),
        *("believe", "believed", "believes", "engaged", "result", "resulted", "results", "comment"),
        *("commented", "depend", "depends", "depended", "rely", "relies", "relied", "interested"),
        *("involved", "participate", "participated", "invest", "invested", "act", "acted", "acting"),
    ]
)


def _preposition_title(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule preposition-title: a quote of at most `MODIFIER_WORDS` words right after "on" ("talk about it on
    "watch what happens live"") or after "in" that a verb of saying or writing leads to ("wrote in "…"") is
    a term, also when a verb of saying follows ("Appearing on "…," graham said"); not after a copula or
    "and" (a state: "was on "deep cover""), nor words that open with "a" or a preposition (a phrase: "on "a
    regular basis""). In cased text "in" or "on" and words that read as a title and open with a capital
    ("firing on "thugs"" is a speaker's word)."""
    before = _IN_ON.search(dd.text[max(0, q.open_at - 30) : q.open_at]) if q.words <= MODIFIER_WORDS else None
    word = (before.group(1) or "").lower() if before else ""
    if before is None or word in _STATE_BEFORE:
        return None
    if dd.caseless:
        if _PHRASE_OPENS.match(dd.text, q.start):
            return None  # a phrase, not a name: "on "a regular basis"", "sworn in "on gambian soil""
        on = before.group(2).lower() == "on"
        return Attribution(False) if on or _SAID_OR_WROTE.fullmatch(word) else None
    capital = dd.text[q.start : q.end].lstrip(" '‘\"“")[:1].isupper()
    return Attribution(False) if capital and _title_like(dd, q) else None


# rule work-frame (session 45, training-file read of 60 fragments: "known for his roles in "sin city,"",
# "leading the crowd in a moving rendition of "amazing grace.""): a part in a work or a performance of one;
# a showing too (session 48, training census seed 4848: "the showing of " trainwreck "" was the
# authorities' speech; the training file's 59 quotations after "premiere/screening/showing of" are titles)
# a season or a taping too (session 48, frags48's training-file read Random(4849): "before season 5 of "veep""
# was HBO's speech, "the shooting of "rob & chyna"" Blac Chyna's; the training file's 52 quotations after
# "season (N) of", "finale/taping/shooting/filming of" and "the set/cast of" are titles, one a term)
# a work's takings and audience too (session 49, speakers49: "disney said the domestic gross of "the force
# awakens "" was Disney's speech; every quotation of the dev and training files after "gross/ratings/ticket
# sales of/for" names a work or a product, none is speech)
_WORK_FRAME = re.compile(
    r"\b(?:(?:roles?|starred|starring|cameos?)\s+in|(?:renditions?|version|cover|performance|remake|sequel|"
    r"episode|trailer|premiere|screening|showing|staging|production|finale|taping|shooting|filming)s?\s+of"
    r"|seasons?(?:\s+\d+)?\s+of|\b(?:the|on)\s+(?:[a-z]+\s+)?(?:set|cast)\s+of"
    r"|(?:gross|grosses|ratings|ticket\s+sales|box[- ]office)\s+(?:of|for))\s*$",
    re.IGNORECASE,
)


def _work_frame(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule work-frame: a quote of at most `MODIFIER_WORDS` words right after a part in a work ("his roles
    in "…"", "starred in "…"") or a performance of one ("a rendition of "…"", "the premiere of "…"") names
    the work: a term, whatever attribution follows."""
    if q.words > MODIFIER_WORDS or not _WORK_FRAME.search(dd.text, max(0, q.open_at - 40), q.open_at):
        return None
    return Attribution(False)


# the role nouns a show's or a work's name stands before: its host, and (session 28) its maker or star
# (""family guy" creator seth macfarlane tweeted", ""Sons of Anarchy" star")
_HOST_AFTER = re.compile(
    r"[\s\"”’]*(?:host|co-host|anchor|moderator|creator|co-creator|star|co-star|director|showrunner)s?\b",
    re.I,
)


_OWN_STOP = re.compile(r"[,.!?]\s*$")


def _host_after(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule host-after: a short quote right before "host" or "anchor" ("she told "face the nation" host john
    dickerson"), or before the maker or star of a work ("creator", "star", "director": ""family guy" creator
    seth macfarlane tweeted", session 28) is the show's or work's name, a term; not one that opens its
    sentence (or follows a colon) and ends on a comma or stop inside its marks (rule host-said: ""We lost
    four homes," host Jon Tallis told viewers":
    the host's words, session 27 review S1). A show's name there follows "on"/"told"/"of" ('on "Meet the
    Press," host Chuck Todd said') or stands bare ('"Meet the Press" host Chuck Todd said'), and in cased text
    is in a title's case."""
    if q.words > MODIFIER_WORDS or not _HOST_AFTER.match(dd.text, q.end):
        return None
    lead = dd.text[dd.sentence_start(q.open_at) : q.open_at]
    opens = not lead.strip() or lead.rstrip().endswith(":")
    words = dd.text[q.start : q.end].strip(" .,;:!?").split()
    if opens and _OWN_STOP.search(dd.text, q.start, q.end) and (dd.caseless or not _title_case(words)):
        return None
    return Attribution(False)


# rule told-show (session 32 census of Multi-News+ train): a short quote right after "told" or "tells", no
# comma between, is whom the words were told to: a show or an outlet ("rodman told " good morning america "
# co-anchor …", "Schnur told "The Arizona Republic" that …"), not words said; after a passive or an
# infinitive ("being told "…"", "to tell "…"") the quote is what was told, and so is one set off by a comma
_TOLD_SHOW = re.compile(r"\b(?:told|tells)\s*$", re.I)
_TOLD_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|get|gets|got|getting|not|never)\s+(?:\w+ly\s+)?(?:told|tells)\s*$",
    re.I,
)


def _told_show(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule told-show: a quote of at most `MODIFIER_WORDS` words right after an active "told" / "tells" is
    the show or outlet told, a term whatever attribution follows."""
    if q.words > MODIFIER_WORDS:
        return None
    lo = max(0, q.open_at - 30)
    pre = dd.text[lo : q.open_at]
    if not _may_end_with(pre, ("told", "tells")) or not _TOLD_SHOW.search(pre):
        return None
    return None if _TOLD_PASSIVE.search(pre) else Attribution(False)


# rule naming-verb: a verb that gives a name, with or without a pronoun object, before the mark ("a stripper
# named "suki"", "other inmates nicknamed it "…"", "christened it "…""): the quote is the name given
_NAMING_VERB_OBJECT = re.compile(
    r"\b(?:" + "|".join(GIVING_NAME) + r")"
    r"(?:\s+(?:it|him|her|them|itself|himself|herself|themselves))?\s*$",
    re.I,
)


# rule written-words (speakers44, a training draw: "a valentine's day card, addressed to "daddy" and
# affectionately signed "bean"" went to the father the sentence is about): words written on a thing, right
# after the verb that puts them there, are its inscription, no one's speech in the sentence
_WRITTEN_ON = re.compile(
    r"\b(?:addressed\s+to|signed|inscribed(?:\s+with)?|engraved(?:\s+with)?|emblazoned\s+with)\s*$", re.I
)


def _naming_verb(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule naming-verb: a quote right after "named", "nicknamed it", "christened it" … is the name given,
    a term whatever attribution follows; so is a short one right after "addressed to", "signed",
    "inscribed" … (`written-words`: what is written on a card or a plaque)."""
    if _NAMING_VERB_OBJECT.search(dd.text, max(0, q.open_at - 30), q.open_at):
        return Attribution(False)
    if q.words <= MODIFIER_WORDS and _WRITTEN_ON.search(dd.text, max(0, q.open_at - 30), q.open_at):
        return Attribution(False)
    return None


# rule self-named (session 23 census of cased text): a name someone gives himself ("a suspect who called
# himself "AJ,"", "identified herself as "Jane,"", "goes by "Sonny""): in cased text only words that read as
# a name (capitalised, `_title_like`); "Trump called himself a "very stable genius"" reports his words
_SELF_NAMED = re.compile(
    r"\b(?:(?:call|calls|called|calling)\s+(?:himself|herself|themselves|itself)|"
    r"(?:identif(?:y|ies|ied|ying)|introduc(?:e|es|ed|ing)|refer(?:s|red|ring)?\s+to|bill(?:s|ed)|"
    r"describ(?:e|es|ed|ing))\s+(?:himself|herself|themselves|itself)\s+as|goes\s+by|went\s+by|go\s+by)"
    r"(?:\s+the)?\s*$",
    re.I,
)


# `_SELF_NAMED`'s last words
_SELF_NAMED_ENDS = ("himself", "herself", "themselves", "itself", "as", "by", "the")


def _self_named(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule self-named: a capitalised name right after "called himself", "identified herself as", "goes
    by" … is the name, a term whatever attribution follows (in case-less text: a first name opens it)."""
    lo = max(0, q.open_at - 40)
    if not _may_end_with(dd.text[lo : q.open_at], _SELF_NAMED_ENDS) or not _SELF_NAMED.search(
        dd.text, lo, q.open_at
    ):
        return None
    words = dd.text[q.start : q.end].strip(" .,;:!?'’").split()
    if dd.caseless:
        # rule self-named-first-name (session 43, fresh read multinews-train-42587: "a facebook user who
        # called himself " eugene terrorblanche "" was a spokesman's speech): case-less text shows no
        # capital, so a known first name opening at most three words reads as the name
        first = words[0].capitalize() if words else ""
        g = gazetteer()
        named = len(words) <= 3 and first in g.first_names and first not in g.not_names
        return Attribution(False) if named else None
    return (
        Attribution(False)
        if words and len(words) <= 4 and _title_like(dd, q) and words[0][:1].isupper()
        else None
    )


# rule cue-copula (session 23 census of cased text): a naming cue as the subject of a copula or "read" right
# before the marks ("his motto was "You die, I fly."", "the slogan is "…"", "the headline read: "…""), or a
# text headlined with the quote after a colon ("headlined a story on the ruling: "End of the KitKat?""): the
# words are the motto's or the headline's, a term of any length
_CUE_COPULA = re.compile(
    r"\b(?:motto|slogan|mantra|catchphrase|catch-phrase|tagline|watchword|hashtag|nickname|headline|"
    r"rallying\s+cry|battle\s+cry|war\s+cry)s?\s+(?:is|was|are|were|became|remains|remained|reads|read)"
    r"\s*[,:]?\s*$"
    r"|\bheadlined\b[^.!?\n\"“”]{0,80}:\s*$"
    r"|\b(?:motto|slogan|mantra|catchphrase|catch-phrase|tagline|watchword|credo|theme|"
    r"rallying\s+cry|battle\s+cry|war\s+cry)s?\s+of(?:\s+(?:the|a|an))?\s*$",
    re.I,
)  # cue-of (session 32): "his campaign mantra of "…"", "the convention's theme of "…"": the motto named


_COPULA_ENDS = (
    *("is", "was", "are", "were", "became", "remains", "remained", "reads", "read"),
    *("of", "the", "a", "an"),
)


def _cue_copula(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule cue-copula: a quote a motto, slogan or headline "is" / "was" / "reads", one a text was
    "headlined …:", or one right after "the mantra of", "the theme of" (cue-of: "Bush's campaign mantra of
    "…"") is that motto, theme or headline: a term whatever attribution follows."""
    lo = max(0, q.open_at - 100)
    pre = dd.text[lo : q.open_at].rstrip()
    if not pre.endswith(":") and not _may_end_with(pre.removesuffix(","), _COPULA_ENDS):
        return None  # the cheap test first: `_CUE_COPULA` ends in a copula and "," or ":", or in ":"
    if _CUE_COPULA.search(dd.text, lo, q.open_at):
        return Attribution(False)
    return None


def _title_case(words: list[str]) -> bool:
    """Words as a title writes them: each one that opens with a letter capitalised, but short ones ("of")."""
    return all(x[0].isupper() or len(x) <= 3 for x in words if x[0].isalpha())


# rule work-of (session 23 census of cased text): a work's maker, then "of" and its title ("Nilton Bonder,
# a rabbi and the writer of "The Kabbalah of Money," said he …"): the title of the work, not words said, in
# cased text when the words read as a title (`_named_work`'s test: two to eight words in Title Case), in
# case-less text one to eight words
_MAKER_OF = re.compile(
    r"\b(?:(?:author|co-author|writer|co-writer|director|producer|creator|co-creator|composer|editor|"
    r"publisher|star|co-star|host|narrator|illustrator|lyricist|playwright)s?\s+of"
    r"|(?:episode|season|sequel|prequel|remake|reboot|screenplay|script|soundtrack|adaptation|cast|trailer|"
    r"finale|spinoff|spin-off|installment|instalment|production|revival)s?\s+(?:of|for|to))(?:\s+the)?\s*$",
    re.I,
)  # part-of-work (session 32): a part or a version of a work before its title ("wrote the screenplay for
# "…"", "the live episode of "…"", "a sequel to "…"")


def _work_of(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule work-of: a title in Title Case right after "the writer of", "author of", "star of" … or after a
    part of the work (part-of-work: "the screenplay for", "an episode of", "a sequel to") is the work's
    title, a term whatever attribution follows. Case-less text shows no title's case: there the
    frame decides, for a quote of one to eight words (session 28: "david chase, creator of " the
    sopranos, " has released a statement"; all six such quotes of the read draws were titles)."""
    lo = max(0, q.open_at - 40)
    if not _may_end_with(dd.text[lo : q.open_at], ("of", "for", "to", "the")) or not _MAKER_OF.search(
        dd.text, lo, q.open_at
    ):
        return None
    words = dd.text[q.start : q.end].strip(" .,").split()
    if dd.caseless:
        return Attribution(False) if 1 <= len(words) <= 8 else None
    return Attribution(False) if 2 <= len(words) <= 8 and _title_case(words) else None


# rule coordinated-term (session 28): a quote joined to the one right before it by "and", "or" or a comma
# alone shares its frame: after a title or name a frame rule read ("appeared on tv's " 7th heaven " and
# " party of five, " was kidnapped"), the second is a title too
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?$")
_FRAME_RULES = frozenset(
    [
        *("named-term", "apposed-title", "preposition-title", "host-after", "told-show", "naming-verb"),
        *("self-named", "work-of"),
    ]
)


def _coordinated_term(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule coordinated-term: a quote of at most `MODIFIER_WORDS` words joined to the quote right before it
    only by "and", "or" or a comma, when a frame rule (`_FRAME_RULES`) made that one a term, is a term too."""
    if i == 0 or q.words > MODIFIER_WORDS:
        return None
    prev = dd.quotes[i - 1]
    if prev.speech or prev.rule not in _FRAME_RULES or prev.para_end != q.para_start:
        return None
    gap = dd.text[prev.after_close : q.open_at]
    return Attribution(False) if gap.strip() and _COORDINATED.fullmatch(gap) else None


# as-put-it: ""…," as Pinkerton put it", "as one aide puts it", "as he has put it": the words are X's (read
# by `_adjacent_after` after a quote its comma or dash sets off, and by rule as-puts-it)
_AS_PUT_IT = re.compile(r"as\s+([^,.;“”\"]{1,60}?)\s+(?:put|puts|(?:has|had|once)\s+put)\s+it\b")
# rule as-argued (session 56, speakers56's fresh read Random(5652), multinews-train-3785: "critics said the
# rule … doesn't further "uphold the dignity of life" as some proponents have argued" gave the proponents'
# words to the critics): "as", a subject of at most four words (not "as long as", "as soon as", "as well
# as") and a verb of saying right after the closing mark: the words are that subject's
_AS_ARGUED = re.compile(
    r"as\s+(?!(?:long|soon|far|well|much|many|if|though|of|to|for|in|it|is|was|a\s+result)\b)"
    r"((?:[^\s,.;“”\"]+\s+){0,3}?[^\s,.;“”\"]+)\s+(?:(?:has|have|had|once)\s+)?"
    r"(?:argued|argue|argues|claimed|claim|claims|contended|contend|contends|insisted|insist|insists|said|say|"
    r"says|suggested|suggest|suggests)\b"
)
# rule as-puts-it (session 23 census of cased text): the same frame right after a closing mark with no comma
# (""spiritual pain" as he puts it -", ""…" as a top EU legal adviser put it") or right before the opening
# one ("it is, as he puts it, "…"", "As one mother puts it, "…""): the one who "put it" chose the words
_PUT_IT_LEAD = re.compile(r"[\s,]*(?:[-–—]\s*)?")
_AS_PUT_IT_BEFORE = re.compile(
    r"\b" + _AS_PUT_IT.pattern + r"(?:\s+in\s+[^,:.\"“”]{1,40})?\s*[,:]?\s*$", re.I
)
_MANNER = re.compile(r"\s+[a-z]+ly$")  # "as the board delicately put it": the adverb is no part of who
# no one's words: "as one might put it", "as you might put it", "as the old saying puts it": a term, a proverb
_IMPERSONAL_PUT = re.compile(
    r"(?:one|you|some)\s+(?:might|could|would|may)|the\s+(?:old\s+)?(?:saying|adage|proverb)", re.I
)


def _as_put_it(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule as-puts-it: ""spiritual pain" as he puts it", "it is, as he puts it, "…"": the words are
    those of the one who "put it" (or argued or said them: as-argued); one no one put ("as one might put
    it", "as the old saying puts it") is a term."""
    text = dd.text
    lead = _PUT_IT_LEAD.match(text, q.after_close, w.after[1])
    at = lead.end() if lead else q.after_close
    m = _AS_PUT_IT.match(text, at, w.after[1]) or _AS_ARGUED.match(text, at, w.after[1])
    m = m or _AS_PUT_IT_BEFORE.search(text, w.before[0], q.open_at)
    if m is None:
        return None
    if _IMPERSONAL_PUT.fullmatch(m.group(1).strip()):
        return Attribution(False)  # "as one might put it, "a marriage of convenience"": no one said it
    end = m.end(1) - len(x.group()) if (x := _MANNER.search(text, m.start(1), m.end(1))) else m.end(1)
    return Attribution(True, _who_span(dd, m.start(1), end, before_verb=True), direct=True)


def _said_after(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """ "…," X said / "…" said X / "…?" X asked: an attribution right after the closing mark."""
    if _named_work(dd, q):
        return Attribution(False)
    if _RECALLS_SAYING.match(dd.text, q.after_close):
        return Attribution(True)  # rule recalls-saying: "“Mommy,” she recalls him saying": his words
    who = _adjacent_after(dd, q, w.after)
    it = None if who else _IT_AFTER.match(dd.text, q.after_close, w.after[1])
    if it and (spoken := _text_speaker(dd, q, it.span(1))):
        return Attribution(True, it.span(1), spoken, direct=True, speaker_rule="text-speaker")  # "…," it said
    if who and _ACCORDING_TO.search(dd.text, max(q.after_close, who[0] - 16), who[0]):
        # rule according-to-report: "At least one onlooker yelled, "…" according to the Washington Post":
        # "according to" after a quote that a speaker's own verb leads into names where it was reported,
        # not who spoke; the verb before the quote decides (intro-before)
        intro = _intro_before(dd, i, q, w)
        if intro is not None and (intro.who or intro.speaker):
            if intro.who and _org_not_person(dd, intro.who):
                # "The Tribune reported, "…," according to Mayor John Smith": the intro's subject is no
                # person, so who spoke is unsure: speech, no speaker
                return Attribution(True)
            return None
    if (
        who
        and (asked := _ASKED_THEN.search(dd.text, w.before[0], w.before[1]))
        and _REPLIED.search(dd.text, q.after_close, w.after[1])
    ):
        # rule asked-reply (session 45, training-file read multinews-train-26031: "zuckerberg asked the former
        # president "why facebook," bush responded" gave the question to Bush): the quote right after
        # "asked <someone>" is the question, whose reply the verb after it tells: the asker's words
        asker = _who_before(dd, w.before[0], w.before[0] + asked.start())
        return Attribution(True, asker, direct=True) if asker else Attribution(True)
    if who and (_carried_by_outlet(dd, who, w) or _CARRIER.fullmatch(dd.text, *who)):
        # "Chen said the reports "…" the Evening News reported", "Arias says in her complaint that Lisy
        # "…" the complaint states": the outlet or the text carries the words of the sentence's speaker
        speaker = _person_said_before(dd, q, w)
        if speaker:
            return Attribution(True, speaker, direct=True)
        author = _text_author(dd, i, who)
        if author:
            return Attribution(True, speaker=author, direct=True)
        if _someone_said_before(dd, q, w):
            # rule carried-unread (session 48, frags48's read: "a … man … told police that he went "bananas,"
            # an arrest report said" gave the man's word to the report): the text carries the words of a
            # sayer before the quote whom no rule names: speech, no speaker
            return Attribution(True)
    return Attribution(True, who, direct=True) if who else None


# rule clause-after-mark (session 54, speakers54's census of seed 5443: ""…?" spitzer said that …", ""…?"
# university officials said a student reported …"): after a quote that ends in "?" or "!", a subject and
# "said"/"told" that take a clause of their own ("that …", or "a"/"the" + noun + a finite verb) open a new
# sentence reporting something else, not this quote's attribution: speech, no speaker. "Told" takes only
# "that" ("told the assembled crowd" is an object)
_SAYS_A_CLAUSE = re.compile(
    r"[\s\"”’]*(?:[\w.'’\-]+\s+){1,4}?"
    r"(?:(?:said|says|told|tells)\s+(?:[\w'’\-]+\s+){0,3}?that\s"
    r"|(?:said|says)\s+(?:a|an|the)\s+(?:[\w'’\-]+\s+){1,3}?"
    r"(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|did|does|\w+ed)\b)",
    re.IGNORECASE,
)


def _clause_after_mark(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """A quote ending in "?" or "!" followed by "X said that …" / "X said the board would …": the words
    after the mark are a new reporting sentence, so no speaker (rule clause-after-mark)."""
    if dd.text[q.start : q.end].rstrip(" '’)]")[-1:] not in ("?", "!"):
        return None
    return Attribution(True) if _SAYS_A_CLAUSE.match(dd.text, q.after_close, w.after[1]) else None


def _someone_said_before(dd: DocView, q: QuoteSpan, w: Window) -> bool:
    """Whether a verb that reports words ("told", "said"; not "began"), words before it (its subject), stands
    before the quote in its sentence."""
    b0, b1 = max(w.before[0], dd.sentence_start(q.open_at)), w.before[1]
    return any(
        not dd.in_quote(m.start())
        and not _PARTICIPLE.match(m.group())
        and m.group().lower() != "according to"
        and (_REPORTING.match(m.group()) or _REPORTING_CLAUSE.match(m.group()))
        and dd.text[b0 : m.start()].strip()
        for m in _verbs(dd.text, b0, b1)
    )


_ASKED_THEN = re.compile(r"\b(?:asked|asks)\s+(?:[\w.'’\-]+\s+){0,4}$")  # rule asked-reply
_REPLIED = re.compile(r"\b(?:responded|responds|replied|replies|answered|answers|shot\s+back)\b")


# rule participle-opener: a sentence opening with a participle of judging, the quote inside its phrase
# ("Hailing the archbishop as a martyr to "…," Pope John Paul II beatified him"): the participle's subject
# is the sentence's, a person named right after the quote (a title may stand before the name) whatever
# that person's verb; said-after reads only a verb of saying there. No "Calling": it also gives names
# ("Calling itself "…," the group …"). Nor an opener that reports another's words before the quote
# ("Accusing Lund of calling him "…"", "Dismissing Lund's claim that it was "…""): they are that other's
_JUDGING_OPENER = re.compile(
    r"(?:Hailing|Describing|Branding|Labeling|Labelling|Dismissing|Praising|Denouncing|Condemning|Decrying|"
    r"Lauding|Blasting|Accusing)(\s[^,;:“”\"]*)$"
)
_OPENER_REPORTS = re.compile(
    r"\b(?:that|what|claims?|words|remarks?|statements?|comments?|" + SPEECH_VERBS + r")\b"
)
_TO_OPENER_NAME = re.compile(r"[\s,]*(?:[A-Z][a-z]+\.?\s+){0,2}")
_NAME_THEN_VERB = re.compile(r"\s+[a-z]")


def _participle_opener(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """ "Hailing X as "…," NAME <verb> …": the words are the person's the sentence opens on (rule
    participle-opener)."""
    text = dd.text
    start = dd.sentence_start(q.open_at)
    lead = start + len(text[start : q.open_at]) - len(text[start : q.open_at].lstrip())
    if dd.caseless or (m := _JUDGING_OPENER.fullmatch(text, lead, q.open_at)) is None:
        return None
    if _OPENER_REPORTS.search(text, m.start(1), m.end(1)):
        return None  # another's words reported in the opener: not the sentence subject's
    people = dd.ents.within(dd.d, q.after_close, w.after[1], "person")
    if not people:
        return None
    first = people[0]
    if _TO_OPENER_NAME.fullmatch(text, q.after_close, first.start) and _NAME_THEN_VERB.match(text, first.end):
        return Attribution(True, (first.start, first.end), direct=True)
    return None


_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+$")
# rule recalls-saying: after the quote, one who recalls, remembers or heard another saying it (""Mommy," she
# recalls him saying"): the words are the other's, not the rememberer's; speech, no speaker
_RECALLS_SAYING = re.compile(
    r"[\s,]*(?:he|she|they|I|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+"
    r"(?:recalls|recalled|remembers|remembered|hears|heard)\s+(?:him|her|them|[A-Z][\w'’\-]+)\s+(?:saying|say)\b"
)


def _org_not_person(dd: DocView, who: tuple[int, int]) -> bool:
    """The phrase names an organisation and no person."""
    return bool(dd.ents.within(dd.d, *who, "organization")) and not dd.ents.within(dd.d, *who, "person")


# an abbreviated title ("sen.", "rep.", "dr."): rule titled-name lets it stand before a case-less name
_TITLE_ABBR = r"(?:mr|mrs|ms|dr|rep|sen|gov|gen|lt|sgt|col|capt|rev|prof)\."
# a word of a name, an initial ("willie e. gary") or an abbreviated title
_NAME_WORD = r"(?:[a-z]\.|st\.|" + _TITLE_ABBR + r"|[\w'’\-]+)"
_CASELESS_VERB = (
    r"(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|recalled|recalls|recounted|explained|explains|"
    r"answered|noted|tweeted|tweets)"
)
# rule after-quote-verbs (session 53, frozen2's "hilary remembers"): more verbs a name stands by right after a
# quote (""…," hill admitted", ""…," remembered ron rogers", ""…," rush quipped"); only there, not in the
# reads of a reply or of a lone surname, where "the actor joked that …" after a quote would name a new
# speaker and stop the quote before from going on; not "joked" (a song title: "" soak up the sun " onstage in
# february and joked" read as speech) nor "revealed" ("revealed that …"); and they read only a quote its own
# comma, "?" or "!" sets off (""idiot instead of using her name" documents also show reed admitted he …" is
# no quote of reed's)
_AFTER_QUOTE_ONLY = r"admits|admitted|remembers|remembered|quipped"
_CASELESS_AFTER_VERB = r"(?:" + _CASELESS_VERB + "|" + _AFTER_QUOTE_ONLY + r")"
_AFTER_QUOTE_ONLY_VERB = re.compile(rf"\b(?:{_AFTER_QUOTE_ONLY})\b")
# "…," said neighbor janice palm. / "…," killen told the post: the words next to the verb after the quote
_CASELESS_AFTER = re.compile(
    r"[\s,]*(?:" + _CASELESS_AFTER_VERB + r"\s+(?P<after>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,5}?)"
    r"(?=\s*[,;:!?]|\.(?:\s|$)|\s*$"
    r"|\s+(?:in|on|at|to|during|after|before|of|from|for|with|who|when|as|and|but|while)\b)"
    r"|(?P<before>(?:(?:mr|mrs|ms|dr)\.?\s+|"
    + _TITLE_ABBR
    + r"\s+)?[\w'’\-]+(?:\s+"
    + _NAME_WORD
    + r"){0,7}?)"
    # rule party-bracket: "senate minority leader mitch mcconnell ( r-ky. ) said": a party and state in
    # brackets between the name and its verb
    + r"(?:\s*\(\s*[rdi]-[^()\n]{1,16}\))?"
    # rule apposition-before-verb: "mohammed al-hijazy, a spokesman for benghazi security operations, said",
    # "sen. susan collins, r-maine, said": a comma-set apposition between the name and its verb
    # rule affiliation-before-verb (session 47, fresh read multinews-train-3461): "eddie garza with mercy for
    # animals, said", "ada brook of the town board, said": the body the name speaks for, set off by a comma
    + r"(?:,\s+[^,“”\"\n]{1,60}?,|(?P<body>\s+(?:with|of|from)\s+[^,“”\"\n]{1,50}?,))?\s+"
    + _CASELESS_AFTER_VERB
    + r"\b)",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"[a-z]\.|st\.", re.IGNORECASE)
# a content clause a few words after the verb ("told stiviano in the recording that"): rule stop-then-clause
_CLAUSE_AFTER_VERB = re.compile(r"(?:\s+[\w'’\-]+){0,6}?\s+that\b")
_OPENS_SENTENCE = re.compile(r"[.!?\"”]\s*$")
_HONORIFIC = re.compile(r"(?:mr|mrs|ms|dr)\.?\s+", re.IGNORECASE)


def _colon_opened(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule colon-opened: in case-less text, a quote its sentence leads into with a colon ("chief deputy
    joel heape tells people in a statement: "…"", "media caption jay carney: "…"") and that ends without a
    comma, "?" or "!" is the lead's: the words after its closing mark open the next sentence, which
    Multi-News+ does not capitalise, so their subject ("… " massimiani says that …", "… " brazilian
    president dilma rousseff has called off …") is not its speaker. The lead's verb and subject
    (intro-before), else a known first name and surname right before the colon when they open the lead
    (rule name-opens-lead: nothing before them but a caption label, "media caption jay carney: "…""; never
    an object after a verb or preposition, "signs mocking donald trump: "…""); else None (the later rules
    decide)."""
    text = dd.text
    b0, b1 = w.before
    if not dd.caseless or not text[b0:b1].rstrip().endswith(":") or q.words < MIN_SPEECH_WORDS:
        return None  # a short quoted term after a colon ("jerry seinfeld: "portlandia " is …") stays one
    if text[q.start : q.end].rstrip(" '’")[-1:] in (",", "?", "!"):
        return None
    intro = _intro_before(dd, i, q, w)
    if intro is not None and (intro.who or intro.speaker):
        return intro
    parts = text[b0:b1].rstrip().rstrip(":").rsplit(None, 2)  # [before the name,] first, surname
    name = _first_and_surname(parts[-2:]) if len(parts) >= 2 else None
    if name and _opens_lead(parts[0] if len(parts) == 3 else ""):
        return Attribution(True, speaker=mc_name(" ".join(x.capitalize() for x in name)))
    if org := _org_first_word(dd, text[b0:b1]):
        return Attribution(True, speaker=org, speaker_rule="org-first-word")
    words = text[b0:b1].rstrip().rstrip(":").split()
    if 3 <= len(words) <= 5 and (name := _unlisted_name(words, False)):
        # rule role-name-lead: the lead is a role and a name no list holds, nothing else ("republican
        # pollster daron shaw: "…"")
        return Attribution(True, speaker=mc_name(" ".join(x.capitalize() for x in name)))
    return None


# rule org-first-word: a one-word subject right after a comma or at the lead's start, then its verb and the
# colon ("in a statement sent to the bbc, united said: "…"")
_ORG_WORD_LEAD = re.compile(r"(?:^|,)\s*([a-z][a-z\-]+)\s+(?:said|says|stated|states|added|wrote)\s*:\s*$")


def _org_first_word(dd: DocView, lead: str) -> str | None:
    """Rule org-first-word (session 43, fresh read multinews-train-17510: "…, united said: "…"" left
    unattributed in an article that names United Airlines): in case-less text the entity pass reads no
    one-word short form of a body; the word is the one organisation this document names in full that
    opens with it (a first name or a word naming other bodies too: None)."""
    m = _ORG_WORD_LEAD.search(lead)
    if m is None or m.group(1).capitalize() in gazetteer().first_names:
        return None
    word = m.group(1)
    orgs = {
        dd.ents.name(f)
        for f in dd.ents.within(dd.d, 0, len(dd.text), "organization")
        if len(dd.ents.name(f).split()) > 1
        and dd.ents.name(f).split()[0].lower() == word
        and not dd.in_quote(f.start)
    }
    return orgs.pop() if len(orgs) == 1 else None


# rule name-opens-lead: the caption label a name that opens a colon's lead may stand after ("media caption
# jay carney:", "media caption the bbc's steve rosenberg:"); a page's chrome may come before the label
# ("media playback is unsupported on your device media caption …"), but not an article or preposition
# ("a photo of", "in the video")
_LEAD_LABEL = re.compile(
    r"(?:^|(?<![\w'’])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)"
    r"(?:(?:media\s+)?caption|photo|video)[\s:|\-–—]*(?:(?:the\s+)?[\w\-]+\s?['’]s)?)[\s:|\-–—]*$",
    re.IGNORECASE,
)


def _opens_lead(before: str) -> bool:
    """Rule name-opens-lead: the name opens its sentence (or the text after the quote before it), or stands
    right after a caption label; a name after a verb or preposition is the lead's object ("the post showed
    a photo of tom hanks: "…"")."""
    return _LEAD_LABEL.search(before) is not None


def _caseless_name(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule caseless-name: in case-less text (Multi-News+: names lower-cased) a person's name right next to
    the verb after the quote (""…," said neighbor janice palm", ""…," cordle told the judge"), as news
    writing names a speaker: a known first name and the word after it (an initial between: "willie e.
    gary"), or one word that this document writes after a known first name, one person only ("matthew
    cordle" … "cordle said"). The name as written, each word capitalised. Else None: case-less text
    shows no other name."""
    if not dd.caseless:
        return None
    m = _CASELESS_AFTER.match(dd.text, q.after_close, w.after[1])
    if m is None or _TITLED_LEAD.search(dd.text, max(0, q.open_at - 20), q.open_at):
        return None
    set_off = dd.text[q.start : q.end].rstrip(" '’")[-1:] in (",", "?", "!")
    if not set_off and _AFTER_QUOTE_ONLY_VERB.search(dd.text, q.after_close, m.end()):
        return None  # rule after-quote-verbs: a quote set off as speech only
    seg = dd.text[q.after_close : w.after[1]]
    if _RECALLED_SAYING.match(seg, len(seg) - len(seg.lstrip(" ,"))):
        return None  # rule recalled-saying: the one recalled speaks (said-after reads it)
    if m.group("after"):
        words = m.group("after").split()
        name = _first_and_surname(words)
        if name is None and len(words) == 1:
            # rule surname-after: ""…," said lane, who sat …" after "cornerback jeremy lane": the one
            # person this document names in full with that surname
            name = _surname_here(dd, words[0]) or _first_name_here(dd, words[0])
        if name is None:
            name = _unlisted_name(words, _apposed_after(dd.text, m.end("after")))
        if name is None:
            name = _first_then_title_word(words, _apposed_after(dd.text, m.end("after")))
        if name is None and _SAID_INVERTED.fullmatch(dd.text, q.after_close, m.start("after")):
            name = _role_then_name(dd.text, words, m.end("after"))
    else:
        pre = dd.text[q.after_close : m.end()].rsplit(None, 1)[0]  # the words before the one-word verb
        if _leads_next_after_end(dd.text, q, pre, m.end()):
            # rule leads-next (session 43): ""…." eric hawkins, a church spokesman, said: "…"": the long
            # subject's verb opens the next quote after its colon, so it is not this quote's attribution:
            # the later rules read the quote's own (""…," said x. " …" x wrote, "…"": intro-before)
            return None
        words = _HONORIFIC.sub("", m.group("before")).split()
        if m.group("body") and len(words) > 3:
            return (
                None  # affiliation-before-verb: a name, not "the key syrian city" of "… of kobani …, said x"
            )
        # rule nested-close-set-off: a comma before a nested quote's closing mark sets the quote off too
        # (""… ' keep up the good work, ' " protest organizer kevin huang told abc news")
        if len(words) > 3 and not set_off:
            # a long subject after a quote without its comma opens the next sentence: no speaker here,
            # whatever name the entity pass reads in it (session 21: it reads case-less names); the quote
            # may still go on from the one before (caseless-adjacent: ""…," lillie said. "…" lillie
            # acknowledged the situations are preventable …")
            return _caseless_adjacent(dd, i, q) or Attribution(True)
        if (
            dd.text[q.start : q.end].rstrip().endswith(".")
            and _OPENS_SENTENCE.search(dd.text, max(0, q.open_at - 4), q.open_at)
            and _CLAUSE_AFTER_VERB.match(dd.text, m.end())
        ):
            # rule stop-then-clause: a quote that is a sentence of its own, then "sterling told stiviano in
            # the recording that …": the next sentence reports something else, not this quote (a fragment
            # inside a sentence, "… backsliding "to a kind of a cold war status." kerry told …", is left)
            return _caseless_adjacent(dd, i, q) or Attribution(True)
        if _fragment_stop(dd, q, words):
            return None
        name = (
            _first_and_surname(words)
            if len(words) > 1
            else (_surname_here(dd, words[0]) or _first_name_here(dd, words[0]))
            if words
            else None
        )
        if name is None and len(words) > 1:
            name = _unlisted_name(words, _apposed_after(dd.text, m.end("before")))
        if name is None:
            name = _first_then_title_word(words, _apposed_after(dd.text, m.end("before")))
        if name is None and len(words) == 2:
            name = _surname_speaks(dd, words, q)
    if name == []:
        return Attribution(True)  # "said lawyers representing john smith": the lawyers spoke, unnamed
    if name is None:
        return None
    speaker = mc_name(" ".join(re.sub(r"\b[a-z]", lambda c: c.group().upper(), x) for x in name))
    if m.group("before") and _own_content_unsure(dd, i, q, m.span("before"), speaker, w):
        return Attribution(True)
    return Attribution(True, speaker=speaker)


# rule titled-lead: a quote right after "was titled", "headlined" is a work's or piece's title (""…" blair
# tweeted" after "the piece was titled "…""), no words of the name after it
_TITLED_LEAD = re.compile(r"\b(?:titled|entitled|headlined)\s*$", re.IGNORECASE)


def _fragment_stop(dd: DocView, q: QuoteSpan, words: list[str]) -> bool:
    """Rule fragment-stop: a phrase quoted inside a sentence that the quote's own stop ends ("a call from a
    "high-ranking official." carter said no.") has no attribution in the name after it, which opens the next
    sentence; unless the phrase's sentence names that person before it ("sullivan urged agents to "…."
    sullivan said"), whose words the phrase then is."""
    if not words or not dd.text[q.start : q.end].rstrip().endswith("."):
        return False
    if _OPENS_SENTENCE.search(dd.text, max(0, q.open_at - 4), q.open_at):
        return False
    start = dd.sentence_start(q.open_at)
    named = re.compile(r"\b" + re.escape(words[-1]) + r"\b", re.IGNORECASE)
    return not any(not dd.in_quote(m.start()) for m in named.finditer(dd.text, start, q.open_at))


def _first_and_surname(words: list[str]) -> list[str] | None:
    """The first known first name among the words and the surname after it (an initial between), when
    the words end there; [] when words that make the name no speaker's come before it; else None."""
    g = gazetteer()
    for k, x in enumerate(words[:-1]):
        if x.capitalize() not in g.first_names or x.capitalize() in g.not_names:
            continue
        if not all(_name_lead(y) for y in words[:k]) and not _role_before(words[:k]):
            # "said mary jane smith" is not Jane Smith, "said lawyers representing john smith" not John
            # Smith: only a determiner, role, title or age may come before the name
            return []
        rest = words[k + 1 :]
        # a middle name only after a role or title ("circuit judge patricia ann millet"): alone, "mary jane
        # smith" may be two people's words
        middle = len(rest) == 2 and (
            _INITIAL.fullmatch(rest[0]) or (_middle_name(rest[0]) and _role_before(words[:k]))
        )
        if (len(rest) == 1 or middle) and _plain_word(rest[-1]):
            return [x, *rest]
    return None


def _first_then_title_word(words: list[str], apposed: bool) -> list[str] | None:
    """Rule first-then-title-word (session 60, speakers60's read of `Random(6044)`: ""…," said jim king, the
    national executive director of am vets" had no speaker: "king" is a title): the two words, a listed
    first name and one word the lists hold as a title or role (king, bishop, judge), are a name when an
    apposition describes them right after; else None."""
    if len(words) != 2 or not apposed:
        return None
    first, last = words
    g = gazetteer()
    if first.capitalize() not in g.first_names or first.capitalize() in g.not_names:
        return None
    if not re.fullmatch(r"[a-z]{3,}", last, re.IGNORECASE):
        return None
    if (last.capitalize(),) not in g.titles and last.lower() not in g.roles:
        return None
    return words


def _middle_name(word: str) -> bool:
    """A listed first name between a first name and the surname ("patricia ann millet")."""
    return word.capitalize() in gazetteer().first_names and word.capitalize() not in gazetteer().not_names


# an apposition that describes a person right after the name ("said rwadan ziadeh, a representative of …",
# "said lili bernard, one of cosby's accusers"); rule who-apposed: a relative clause on a person ("said kerry
# hale, who was there", "said ricki vole, whose brother …")
# rule who-s-apposed (session 57, fresh read Random(5745): "said steffen martus, who's written …")
_APPOSED = re.compile(r",\s+(?:a|an|one\s+of|the|who|whose|who['’]s)\s", re.IGNORECASE)
# rule role-then-name (session 57, the same read: "said lead author of the study, chris whaley."): after a
# role and what it is of, the name set off by a comma that closes the clause is the role's apposition
_THEN_NAME = re.compile(
    r"((?:\s+(?:of|at|for|with)\s+[a-z'’\-]+(?:\s+[a-z'’\-]+){0,5})?),\s+([a-z]+)\s+([a-z'’\-]+)\s*[.,;]",
    re.IGNORECASE,
)


# ... after "said" or "says" only: after "told" the words are who heard it
_SAID_INVERTED = re.compile(r"[\s,]*(?:said|says)\s+", re.IGNORECASE)


def _role_then_name(text: str, words: list[str], end: int) -> list[str] | None:
    """Rule role-then-name: a role at the verb ("said lead author", a determiner or role words before it),
    maybe what it is of ("of the study"), then a comma and a known first name and surname that end the
    clause: that name. Not when a person or kin noun stands between ("said the lawyer for the victim, john
    smith": John Smith is the victim)."""
    if not words or not _role_noun(words[-1].lower()) or any("'" in w or "’" in w for w in words):
        return None  # a possessive's role ("whitcombe's spokeswoman, ann tallis") is possessive-proxy's
    m = _THEN_NAME.match(text, end)
    if m is None or any(_role_noun(w.lower()) or w.lower() in KIN for w in m.group(1).split()):
        return None
    return _first_and_surname([m.group(2), m.group(3)])


def _apposed_after(text: str, end: int) -> bool:
    """An apposition that describes a person right after the name: ", a …", ", one of …", ", the …" or,
    rule role-apposed, a listed role with up to two words before it and its body after ("said letitia
    hill, social media director for the team's mission control"); rule role-form-apposed, a role the list
    writes in another form ("said teri huyck, president and ceo of …", "said nita chaudhary, co-founder of
    …") or where the person is from (", of alerta migratoria nc.")."""
    if _APPOSED.match(text, end) or _FROM_APPOSED.match(text, end):
        return True
    m = _ROLE_OF.match(text, end)
    if m and m.group(1) in gazetteer().roles:
        return True
    m = _ROLE_FORM_OF.match(text, end)
    return bool(m and _role_noun(m.group(1)))


# rule role-form-apposed (session 60, speakers60's read of `Random(6044)`: ""…," said teri huyck, president
# and ceo of planned parenthood of wisconsin", ""…," said nita chaudhary, co-founder of ultraviolet", ""…,"
# said viridiana martinez, of alerta migratoria nc." had no speaker): a role by its form (`_role_noun`: a
# company officer's initials, a compound), and where the person is from, describe the two words before
_ROLE_FORM_OF = re.compile(r",\s+(?:[a-z\-]+\s+){0,2}?([a-z][a-z\-]*)\s+(?:of|at|for|with)\s")
_FROM_APPOSED = re.compile(r",\s+of\s+(?:the\s+)?[a-z]")


# rule surname-speaks: ""…," samaria rice said" … "rice also said": two words before the verb after the
# quote, the first no list holds and no ordinary word, are a name when the document writes the second alone
# as the subject of a verb of saying elsewhere (the surname that news writing uses after the full name)
def _surname_speaks(dd: DocView, words: list[str], q: QuoteSpan) -> list[str] | None:
    """The two words as a name by rule surname-speaks, else None."""
    first, last = words
    g = gazetteer()
    if not (_plain_word(first) and _plain_word(last)) or min(len(first), len(last)) < 3:
        return None
    if ordinary(first.lower()) or any(x.lower() in g.roles or x.lower() in _GROUPS for x in words):
        return None
    starts = _said_alone(dd.text).get(last.casefold(), ())
    elsewhere = any(not dd.in_quote(m) and not q.start <= m <= q.after_close + 40 for m in starts)
    return words if elsewhere else None


# rule surname-speaks: a word standing alone before a verb of saying (no word and a space right before it),
# read at every position (a lookahead: "o'smith said" holds "smith said" too)
_SAID_ALONE = re.compile(
    rf"(?<![\w'’\-] )\b(?=([a-z][a-z'’\-]*[a-z])\s+(?:also\s+)?{_CASELESS_VERB}\b)", re.IGNORECASE
)


@lru_cache(maxsize=8)
def _said_alone(text: str) -> dict[str, list[int]]:
    """Each word (case-folded) -> where it stands alone before a verb of saying in `text` (`_SAID_ALONE`):
    one pass a document, which `_surname_speaks` reads for each candidate surname."""
    out: dict[str, list[int]] = defaultdict(list)
    for m in _SAID_ALONE.finditer(text):
        out[m.group(1).casefold()].append(m.start())
    return out


def _unlisted_name(words: list[str], apposed: bool) -> list[str] | None:
    """Rule unlisted-first-name: the last two words, when no list holds the first name ("police chief kert
    thomas told", "said senior study author dr. Saad omer", "said rwadan ziadeh, a representative of …"):
    two words no ordinary English, after a role or title (`_role_before`) or, alone at the verb, followed
    by an apposition that describes them. Else None."""
    if len(words) < 2:
        return None
    lead, pair = words[:-2], words[-2:]
    if not all(_plain_word(x) and len(x) > 2 and not ordinary(x.lower()) for x in pair):
        return None
    if any(x.lower() in gazetteer().roles for x in pair):
        return None
    return pair if (_role_before(lead) if lead else apposed) else None


def _role_before(lead: list[str]) -> bool:
    """Rule role-before-name: a role or title right before the name, whatever names its body or place
    before it ("said lion air spokesman edward sirait", "6th grade language arts teacher amy warnock said"),
    but no word that makes the name another's relation or object ("the wife of senator john smith", "a
    lawyer for officer john smith")."""
    return (
        bool(lead)
        and _name_lead(lead[-1])
        and lead[-1].lower() not in _DETERMINER
        and not any(w.lower() in _RELATION_WORDS for w in lead)
    )


_RELATION_WORDS = frozenset(
    [
        "of",
        "for",
        "to",
        "with",
        "by",
        "from",
        "and",
        "or",
        "who",
        "whom",
        "whose",
        "that",
        "representing",
        "against",
    ]
)
_DETERMINER = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "former"})
_AGE = re.compile(r"\d+-year-old", re.IGNORECASE)


def _name_lead(word: str) -> bool:
    """A word that may stand before a speaker's name: a determiner, a role ("neighbor", `_role_noun`), a
    title ("gov.") or an age ("22-year-old")."""
    g = gazetteer()
    w = word.lower().rstrip(".")
    return w in _DETERMINER or _role_noun(w) or (w.capitalize(),) in g.titles or _AGE.fullmatch(w) is not None


# rule role-by-form (session 57, speakers57's fresh read Random(5745): ""…," ceo tim cook said", ""…,"
# celebrity psychotherapist stacy kaiser told fox411", "says singer-songwriter bob neuwirth, who …" had no
# speaker): a role the list lacks written as one it holds: a compound whose last part is a role
# ("singer-songwriter"), a word ending in a role of six letters or more ("psycho|therapist",
# "neuro|scientist"), or a company officer's initials
_OFFICER_INITIALS = frozenset(["ceo", "cfo", "coo", "cto"])
_ROLE_ENDINGS = re.compile(
    r"[a-z]{3,}(?:therapist|scientist|journalist|economist|historian|physician|strategist)$"
)


def _role_noun(w: str) -> bool:
    """Rule role-by-form: lower-case `w` is a listed role, or written as one (`_ROLE_ENDINGS`, a compound's
    last part, a company officer's initials)."""
    roles = gazetteer().roles
    return (
        w in roles
        or w in _OFFICER_INITIALS
        or ("-" in w and w.rsplit("-", 1)[1] in roles)
        or _ROLE_ENDINGS.fullmatch(w) is not None
    )


def _plain_word(word: str) -> bool:
    """A word that may be a surname: letters (an apostrophe or hyphen inside), no function word."""
    g = gazetteer()
    return (
        re.fullmatch(r"[a-z][a-z'’\-]*[a-z]", word, re.IGNORECASE) is not None
        and word.capitalize() not in g.not_names
        and word.lower() not in _CLOSED
        and (word.capitalize(),) not in g.titles  # "said virginia gov. terry mcauliffe" is no "Virginia Gov"
    )


# rule initials-after-role: a role or title, then a person's initials ("r.c.", "h. r.") ending right before
# the surname's match
_INITIALS_BEFORE = r"\b([a-z]+)\s+((?:[a-z]\.\s?){1,3})\s*"


def _surname_here(dd: DocView, word: str) -> list[str] | None:
    """The one full name this document writes outside quotes as a known first name and `word` (an
    initial between), else None: also None when `word` follows another word that may be a name (not a
    function word, title or role: "araceli rodriguez", whose first name no list holds) or a first name
    follows another ("jose antonio elena rodriguez" is the son, not "elena rodriguez") or a family word
    stands by such a full name (rule kin-of-bearer). Rule unlisted-first-here: a word no list holds and no
    ordinary word, opening the name ("cori schumacher" … "schumacher said"), counts as its first name."""
    if len(word) < 3 or not (_plain_word(word) or _title_as_surname(dd, word)):
        return None
    g = gazetteer()
    found = set()
    titled = False
    pattern = r"\b([a-z]+)(\.?)\s+(?:[a-z]\.\s+)?" + re.escape(word) + r"\b"
    for m in re.finditer(pattern, dd.text, re.IGNORECASE):
        if dd.in_quote(m.start()):
            continue
        first = m.group(1).capitalize()
        if (first,) in g.titles:
            # rule titled-surname: "president trump", "sen. collins": a title before the word says a person
            titled = True
            continue
        before = re.search(r"([a-z]+)\s+$", dd.text[max(0, m.start() - 30) : m.start()], re.IGNORECASE)
        if m.group(2):
            # "u.s. trump": an abbreviation, no first name; but rule initials-after-role: a person's
            # initials right after a role or title ("gingrich spokesman r.c. hammond", "national security
            # adviser h.r. mcmaster") are the name's first part
            at = max(0, m.start() - 40)
            initials = re.search(_INITIALS_BEFORE + re.escape(word) + "$", dd.text[at : m.end()], re.I)
            lead = initials.group(1) if initials else ""
            if initials and (_role_noun(lead.lower()) or (lead.capitalize(),) in g.titles):
                found.add(" ".join(dd.text[at + initials.start(2) : m.end()].lower().split()))
            continue
        if first in g.first_names and first not in g.not_names:
            longer = before is not None and before.group(1).capitalize() in g.first_names
            # rule kin-of-bearer (coreference's surname-here guard, case-less): a family word by the full
            # name ("meghan markle's father, thomas, …" … "markle said") names a relative who bears the
            # surname too, so the surname is not that full name here; the story-wide reading decides
            kin = FAMILY_WORD.search(dd.text, max(0, m.start() - 40), m.end() + 40) is not None
            found.add("?" if longer or kin else " ".join(m.group().lower().split()))
        elif (
            _plain_word(m.group(1))
            and m.group(1).lower() not in g.roles
            and (first,) not in g.titles
            and not re.search(r"(?:ed|ing|ly)$", m.group(1), re.IGNORECASE)  # "sentenced cordle"
            and not _VERB.fullmatch(m.group(1).lower())
        ):
            if _inflected(m.group(1).lower()):
                continue  # rule inflected-not-name: "… fourth ) chances fox said": a plural, no first name
            # another word before the surname: a first name no list holds when it opens the name (rule
            # unlisted-first-here: "bo fernandez"; not "kym koch thompson", "friend thompson", nor a listed
            # place or body, "amsterdam facebook"), else unsure
            opens = before is None or not _plain_word(before.group(1)) or _name_lead(before.group(1))
            kin = FAMILY_WORD.search(dd.text, max(0, m.start() - 40), m.end() + 40) is not None
            keys = ((m.group(1).capitalize(),), (word.capitalize(),))
            # rule person-over-listing: a listed place or body's word ("fox") is a surname where the entity
            # pass reads the two words as a person ("judge elden fox")
            read = dd.ents.by_name.get(f"{m.group(1).capitalize()} {word.capitalize()}")
            listed = any(k in g.places or k in g.orgs for k in keys) and not (read and read.kind == "person")
            plain = not ordinary(m.group(1).lower()) and len(m.group(1)) > 1
            unlisted = opens and plain and not (kin or listed)
            found.add(" ".join(m.group().lower().split()) if unlisted else "?")
    if not found and titled:
        return [word]
    return found.pop().split() if len(found) == 1 and "?" not in found else None


def _inflected(low: str) -> bool:
    """Rule inflected-not-name: a plural or a verb's "-s" form of an ordinary word ("chances") that no list
    holds as a first name: no name's part."""
    if len(low) < 5 or not low.endswith("s") or low.capitalize() in gazetteer().first_names:
        return False
    return any(ordinary(x) for x in (low[:-1], low[:-2] if low.endswith("es") else ""))


def _first_name_here(dd: DocView, word: str) -> list[str] | None:
    """Rule first-name-here: a first name alone at the verb (""…," said jermaine in an interview" after
    "jermaine jackson says"; a listed one, or the first word of a person the entity pass read), no ordinary
    word, is the one full name this document writes outside quotes with it (first name and surname,
    nothing name-like before them): a family's members go by their first names. None when two full names
    share it or none is written."""
    cap = word.capitalize()
    g = gazetteer()
    if len(word) < 3 or cap in g.not_names or ordinary(word.lower()):
        return None
    if cap not in g.first_names and not any(
        dd.ents.name(f).split()[0] == cap for f in dd.ents.within(dd.d, 0, len(dd.text), "person")
    ):
        return None  # no first name a list holds, nor the first word of a person the entity pass read
    for m in re.finditer(r"\b([a-z]+)\s+" + re.escape(word) + r"\b", dd.text, re.IGNORECASE):
        if m.group(1).capitalize() in g.first_names and not dd.in_quote(m.start()):
            return None  # "michael jordan" … "jordan said": the word is a surname here too
    found = set()
    for m in re.finditer(r"\b" + re.escape(word) + r"\s+([a-z][a-z'’\-]*[a-z])\b", dd.text, re.IGNORECASE):
        surname = re.sub(r"['’]s$", "", m.group(1))  # "cheri stocker's home"
        if dd.in_quote(m.start()) or not _plain_word(surname) or ordinary(surname.lower()):
            continue
        if _inflected(surname.lower()):
            continue  # rule inflected-not-name: "maddie tells": no surname
        before = re.search(r"([a-z]+)\s+$", dd.text[max(0, m.start() - 30) : m.start()], re.IGNORECASE)
        if before is not None and before.group(1).capitalize() in g.first_names:
            return None  # "mary jermaine jackson": whose first name is unsure
        found.add(surname.lower())
    if not found:
        return _first_name_entity(dd, word)
    return [word.lower(), found.pop()] if len(found) == 1 else None


def _first_name_entity(dd: DocView, word: str) -> list[str] | None:
    """Rule first-name-entity: a first name whose surname here is an ordinary word as well ("kanye west",
    "hilary swank"), so first-name-here found none, is the one person the entity pass read in this document
    with that first word, when two words name them and the document writes them so outside quotes; else
    None (none read, or two: "kim kardashian" and "kim jong un")."""
    people = {
        name
        for f in dd.ents.within(dd.d, 0, len(dd.text), "person")
        if (name := dd.ents.name(f)).split()[0].lower() == word.lower()
    }
    if len(people) != 1 or len(name := people.pop().lower().split()) != 2:
        return None
    name = " ".join(name)
    written = re.finditer(r"\b" + re.escape(name).replace(r"\ ", r"\s+") + r"\b", dd.text, re.IGNORECASE)
    return name.split() if any(not dd.in_quote(m.start()) for m in written) else None


def _title_as_surname(dd: DocView, word: str) -> bool:
    """Rule title-surname: a title word ("king", "bishop", "judge") alone before the verb after a quote is a
    surname when the document never uses it as a noun after an article ("the king", "a judge") outside
    quotes: ""…," king told the hill" after "rep. peter king" (`_surname_here` then needs the one person
    this document names in full with it)."""
    if (word.capitalize(),) not in gazetteer().titles or word.lower() in _CLOSED:
        return False
    noun = re.compile(r"\b(?:the|a|an|this|that|our|his|her|their|its)\s+" + re.escape(word) + r"\b", re.I)
    return not any(not dd.in_quote(m.start()) for m in noun.finditer(dd.text))


_CLOSED = frozenset(word_list("closed_class.txt")) | {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "who",
    "that",
}


# rule unread-speaker: ""…," elder said" / ""…," said brewer, herself a former state lawmaker": a quote
# set off by its comma, "?" or "!" and followed at once by a verb of saying and its subject, or a subject
# and its verb, up to the clause's end
_SAYS = (
    r"(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|replied|replies|explained|continued|"
    r"recalled|recalls|noted|insisted|observed|remarked|declared|stated|admitted|responded|answered|"
    r"quipped|joked|shouted|yelled|exclaimed|whispered)"
)
_FRAME_AFTER = re.compile(
    r"[\s,—–-]*(?:" + _SAYS + r"\s+[^.,;:!?“”\"()\n]{1,60}?|[^.,;:!?“”\"()\n]{1,60}?\s" + _SAYS + r")"
    r"(?:\s+[^.,;:!?“”\"()\n]{0,40})?[.,;:]"
)


def _unread_speaker(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """The frame of an attribution right after the quote whose speaker no earlier rule could read (a name
    in lower-case text: "said brewer"): the words are speech all the same, their speaker unknown. Only a
    quote its own comma, "?" or "!" sets off, never a title ("the film "…," she said")."""
    if dd.text[q.start : q.end].rstrip(" '’")[-1:] not in (",", "?", "!") or _looks_like_title(dd, q):
        return None
    return Attribution(True) if _FRAME_AFTER.match(dd.text, q.after_close, w.after[1]) else None


def _text_author(dd: DocView, i: int, who: tuple[int, int]) -> str | None:
    """ "In a statement, the ministry said … "…" / "…," the statement read": the speaker of the quote
    before, when "the <text>" points back to the text its sentence named (the same noun), at most two
    sentences back from the quote (those inside it not counted); else None. Rule text-verb: or the verb
    that made that text ("The GOP nominee later tweeted … "…" "…" The tweet said.": the tweet is his)."""
    words = dd.text[who[0] : who[1]].split()
    if len(words) != 2 or words[0].lower() != "the" or words[1][:1].isupper() or i == 0:
        return None  # rule capitalised-text: "the Post says" names a newspaper, not a post
    p = dd.quotes[i - 1]
    k = dd.sentence_index(p.open_at)
    if not (p.speech and p.speaker) or dd.sentence_index(dd.quotes[i].open_at) - k > 2:
        return None  # two sentences back from the quote's opening (the sentences inside it not counted)
    s = dd.sents[k]
    made = _TEXT_VERB.get(words[1].lower()) or (None if dd.caseless else _CASED_TEXT_VERB.get(words[1]))
    noun = re.compile(
        r"\b(?:(?:a|an|its|his|her|their)\s+" + re.escape(words[1]) + (f"|{made}" if made else "") + r")\b",
        re.IGNORECASE,
    )
    if not (named := noun.search(dd.text, s.start, s.end)):
        return None
    # rule text-of-another: a text that speaks of the person in the third person or by surname ("“Secretary
    # Hagel also expressed …,” the statement said") is no text of theirs, but of whoever issued it: the body
    # named as its issuer right after the noun ("a statement released by the Department of Defense"), else
    # no one
    person = (e := dd.ents.by_name.get(p.speaker)) is not None and e.kind == "person"
    if person and _speaks_of(dd, dd.quotes[i], p.speaker):
        issuer = _ISSUED_BY.match(dd.text, named.end(), s.end)
        bodies = dd.ents.within(dd.d, issuer.end(), s.end, "organization") if issuer else []
        return dd.ents.name(bodies[0]) if bodies and bodies[0].start == issuer.end() else None
    return p.speaker


# rule text-of-another: the words between a text's noun and the body that issued it
_ISSUED_BY = re.compile(r"\s+(?:(?:released|issued|put\s+out|sent|published)\s+)?(?:by|from)\s+(?:the\s+)?")


# rule text-verb: the verb that makes a text, for the text it made ("tweeted" for "the tweet"); "posted"
# for "the post" only in cased text (rule cased-post): in case-less text "the post says" is more often a
# newspaper than a post, and in cased text a newspaper is "the Post" (capitalised-text)
_TEXT_VERB = {
    "tweet": "tweeted",
    "email": "e-?mailed",
    "e-mail": "e-?mailed",
    "text": "texted",
}
_CASED_TEXT_VERB = {"post": "posted"}


_REPORTED = re.compile(r"\breport(?:ed|s)\b")
# what names a work just before its title: "In "…," she writes", "her 2007 memoir, "…," she recalled"
_WORK_CUE = re.compile(
    r"(?:\bIn|\b(?:memoir|autobiography|biography|book|novel|essay|poem|film|documentary|album|song|"
    r"play|column|cookbook|bestseller),?)\s*$"
)


def _named_work(dd: DocView, q: QuoteSpan) -> bool:
    """A title in quotes that an attribution follows ("In "Forgetting to be Afraid," Davis writes …"):
    two to eight words in Title Case right after "In" or a work noun: the work, not words said."""
    words = dd.text[q.start : q.end].strip(" .,").split()
    pre = dd.text[max(0, q.open_at - 30) : q.open_at]
    return 2 <= len(words) <= 8 and _title_case(words) and _WORK_CUE.search(pre) is not None


def _carried_by_outlet(dd: DocView, who: tuple[int, int], w: Window) -> bool:
    """The attribution after the quote is a news outlet: an organisation that reported, or "the
    newspaper said"."""
    words = dd.text[who[0] : who[1]].lower().split()
    named_org = bool(dd.ents.within(dd.d, *who, "organization"))
    return (named_org and _REPORTED.search(dd.text, *w.after) is not None) or (
        bool(words) and words[0] == "the" and words[-1] in OUTLET_HEADS
    )


def _person_said_before(dd: DocView, q: QuoteSpan, w: Window) -> tuple[int, int] | None:
    """A named person who is the subject of a speech verb before the quote in its sentence, else None."""
    b0, b1 = w.before
    for m in reversed([m for m in _verbs(dd.text, b0, b1) if not dd.in_quote(m.start())]):
        if _PARTICIPLE.match(m.group()) or m.group().lower() == "according to":
            continue
        who = _who_before(dd, b0, m.start())
        if who and (dd.ents.within(dd.d, *who, "person") or dd.ents.within(dd.d, *who, "organization")):
            return who
    return None


def _asked_by(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Asked by X, "…?": the question X asked (an answer after "Asked by X," is someone else's words)."""
    b0, b1 = w.before
    seg = dd.text[b0:b1]
    m = _ASKED_BY.search(seg)
    question = dd.text[q.start : q.end].rstrip(" ,'’\"”").endswith("?")
    if m and question and seg[m.end() :].strip(" ,:") == "":
        who = _who_span(dd, b0 + m.start(1), b0 + m.end(1), before_verb=False)
        if who is not None:
            return Attribution(True, who, direct=True)
    return None


def _intro_before(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """X said: "…" / he shot back: "…" / adding "…": an attribution leading into the quote."""
    text = dd.text
    b0, b1 = w.before
    seg = text[b0:b1]
    stripped = seg.rstrip()
    verbs = [m for m in _verbs(seg) if not dd.in_quote(b0 + m.start())]
    if not verbs:
        return None
    m = verbs[-1]
    tail = seg[m.end() :]
    ends_intro = stripped.endswith((":", ",")) and len(tail.split()) <= 6 and "that" not in tail.split()
    immediate = tail.strip() == "" or tail.strip() in (",", ":")
    if not (ends_intro or immediate):
        return None
    if q.words < MIN_SPEECH_WORDS and _named_not_said(dd, q):
        return None  # "According to X, "Star Wars" films have …": a title, decided by the sentence rule
    if immediate and _name_as_subject(dd, q):
        return Attribution(False)  # rule name-as-subject: "said "the Butcher of Lyon" must face trial"
    if _PARTICIPLE.match(m.group()):
        if m.group() in CALLED_FRAGMENT and q.words < MIN_SPEECH_WORDS:
            return None  # "calling it "…"": a fragment, decided by the sentence rule
        if quoted := _QUOTED_PRONOUN.search(text, max(b0, b0 + m.start() - 30), b0 + m.start()):
            return _quoted_pronoun(dd, q, quoted)
        who = _sentence_subject(dd, b0, b0 + m.start())
        if who is not None:
            return Attribution(True, who, direct=True)
        # "…," adding "…": the same speaker; else a subject the rules cannot name, not the last speaker
        return Attribution(True, speaker=_own_quote_speaker(dd, i, q))
    if m.group() in CALLED_FRAGMENT and q.words < MIN_SPEECH_WORDS:
        return None
    who = (
        _pronoun_subject(dd, b0 + m.start())
        or _what_subject(dd, b0, b0 + m.start())  # what-plain-subject in a speech-length quote too (review47)
        or _who_before(dd, b0, b0 + m.start(), intro=True)
    )
    bare_verb = re.fullmatch(r"[\s,”\"’]*(?:and|but)?\s*", seg[: m.start()]) is not None
    if who is None and m.group().lower() in ("added", "adds", "continued") and bare_verb:
        return Attribution(True, speaker=previous_speaker(dd, q))
    it = None if who else _IT_BEFORE.search(text, b0, b0 + m.start())
    if it and (spoken := _text_speaker(dd, q, it.span(1))):  # "It also says: "…"" (it-text)
        return Attribution(True, it.span(1), spoken, direct=True, speaker_rule="text-speaker")
    if who is None and not _TO_HEARER.fullmatch(m.group()):
        who = _who_span(dd, b0 + m.end(), _phrase_end(text, b0 + m.end(), b1), before_verb=False)
    if who is not None and (spoken := _text_speaker(dd, q, who)):
        return Attribution(True, who, spoken, direct=True, speaker_rule="text-speaker")
    if who is not None and _TEXT_SOURCE.fullmatch(dd.text, *who):
        return Attribution(True)  # "The memo continued, "…"": whose words, the sentence does not say
    return Attribution(True, who, direct=True) if who is not None else None


# rule quoted-pronoun: "The police quoted her as saying: "…"": the pronoun the verb quotes, right before the
# participle of saying
_QUOTED_PRONOUN = re.compile(r"\b(?:quoted|quotes|quoting)\s+(him|her)\s+(?:as\s+)?(?:[a-z]+ly\s+)?$")


def _quoted_pronoun(dd: DocView, q: QuoteSpan, quoted: re.Match[str]) -> Attribution:
    """Rule quoted-pronoun (session 45, issue 15's known miss): "The police quoted her as saying: "…"" is
    the words of the one "her" stands for (the pronoun's antecedent), not of the police who quote her;
    speech without a speaker when no antecedent fits."""
    pronoun = "he" if quoted.group(1) == "him" else "she"
    speaker = antecedent(dd, q, quoted.start(1), PRONOUNS[pronoun], pronoun)
    return Attribution(True, speaker=speaker, direct=True, speaker_rule="quoted-pronoun")


# rule name-as-subject: a quote in Title Case right after a verb of saying (no comma or colon), with no
# stop of its own and a finite verb right after its closing mark, is a name standing as the subject of the
# reported clause ("Tom Barrow said "the Butcher of Lyon" must face trial"): a term, not words said
_FINITE_NEXT = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|must|would|will|could|should|can|may|might|did|does)\b"
)


def _name_as_subject(dd: DocView, q: QuoteSpan) -> bool:
    """The quote reads as a name (Title Case, a capital, at most six words, no stop inside its marks)
    followed at once by a finite verb (rule name-as-subject)."""
    inner = dd.text[q.start : q.end].strip()
    words = inner.split()
    return (
        0 < len(words) <= 6
        and inner[-1:] not in ",.;:?!"
        and _title_case(words)
        and any(x[:1].isupper() for x in words)
        and _FINITE_NEXT.match(dd.text, q.after_close) is not None
    )


# rule inverted-lead: a sentence that opens on its verb of saying, then the speaker and a colon ("Says a
# friend: "…"", "Adds the coach's wife:"): the words after the verb are the subject. Not "Asked X:" (the
# one asked), nor a lead of more than eight words after the verb (a clause, not a speaker)
_INVERTED_LEAD = re.compile(
    r"(?:(?:And|But|Or),?\s+)?(?:Says|Said|Adds|Added|Writes|Wrote|Explains|Explained|Recalls|Recalled|Notes|"
    r"Noted)\s+((?:[^\s:;,.!?“”\"]+\s+){0,7}[^\s:;,.!?“”\"]+)\s*:\s*$"
)
# the speaker ends before a phrase of whom or where it is said ("Says Jon Roe of his friend Ada Lee:", "Writes
# the judge in her ruling:"): a name there is the one spoken of, not the speaker (review39)
_LEAD_TOPIC = re.compile(r"\s(?:about|to|in|on|at|for|with|of\s+(?:his|her|their|its|the|a|an|my|our)\s)")


def _inverted_lead(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule inverted-lead (see `_INVERTED_LEAD`): the speaker after the capitalised verb that opens the
    quote's lead; the case-sensitive verb list (`_VERB`) does not read a verb opening a sentence."""
    b0, b1 = w.before
    if b0 != dd.sentence_start(q.open_at) or (m := _INVERTED_LEAD.fullmatch(dd.text, b0, b1)) is None:
        return None
    topic = _LEAD_TOPIC.search(dd.text, m.start(1), m.end(1))
    who = _who_span(dd, m.start(1), topic.start() if topic else m.end(1), before_verb=False)
    return Attribution(True, who, direct=True) if who is not None else None


# rule addressee: the phrase after these verbs is the one spoken to ("… told DeGeneres, "…"", "asked the
# judge, "…"), never the speaker: an intro whose subject no rule reads has no speaker there
_TOLD = re.compile(r"told|tells|tell|telling")
_TO_HEARER = re.compile(_TOLD.pattern + r"|asked|asks|ask|asking")
_PRONOUN_BEFORE = re.compile(r"(?<=[a-z,] )(?:he|she)\s+$")


def _pronoun_subject(dd: DocView, verb_at: int) -> tuple[int, int] | None:
    """Rule pronoun-subject: in a sentence leading into its quote, a subject pronoun right before the
    speech verb after other words is the verb's subject ("… but the chief message he said was: "…"": a
    relative clause, "the message [that] he said"), where the whole phrase before the verb named no one."""
    m = _PRONOUN_BEFORE.search(dd.text, max(0, verb_at - 12), verb_at)
    return (m.start(), m.start() + len(m.group().rstrip())) if m else None


def _own_quote_speaker(dd: DocView, i: int, q: QuoteSpan) -> str | None:
    """The speaker of the quote right before, when it is speech with a speaker in the quote's sentence
    ("“…,” she said, adding “…”"): a participle with no subject of its own goes on with it. Otherwise
    (a scare quote before it, or the speech in another sentence) it names no one."""
    if i == 0:
        return None
    p = dd.quotes[i - 1]
    same = dd.sentence_index(p.open_at) == dd.sentence_index(q.open_at)
    return p.speaker if same and p.speech and p.speaker else None


def _in_sentence(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """X said that … "…" / "…" … , X said: a speech verb elsewhere in the quote's sentence. A short
    fragment is the speaker's words too (called the ruling "disgusting"), unless it is a title,
    nickname or name ("the film "…"", "known as "…"")."""
    found = _sentence_who(dd, q, w)
    if found is None:
        return None
    who, verb, verb_end = found
    if (
        verb.lower() == "according to"
        and who[1] <= q.open_at
        and _according_then_subject(dd, who[1], q.open_at)
    ):
        return Attribution(True)  # rule according-then-subject
    if relay := _relayed_at(dd.text, 0, verb_end - len(verb), verb_end):
        # rule relayed-report: "Ada Brook said, Le Monde reported, that "…"": the one who said it speaks
        said = _who_before(dd, dd.sentence_start(relay.start()), relay.start())
        if said is None:
            return Attribution(True)
        who, verb, verb_end = said, "said", relay.start() + 4  # the match opens on "said"/"says"
    if who[1] <= verb_end - len(verb) and (rel := _relative_subject(dd.text, who[0], verb_end - len(verb))):
        who = rel  # rule relative-subject: "the driver who a judge said …": the judge speaks
    if who[1] <= verb_end <= q.open_at and (by := _DESCRIBED_BY.match(dd.text, verb_end, q.open_at)):
        # rule described-by: "a man described by McManus as a "…"": the subject is the one described, the
        # words are the agent's; an agent no attribution phrase reads names no one
        agent = _who_span(dd, *by.span("agent"), before_verb=False)
        if agent is None:
            return Attribution(True)
        who = agent
    if verb_end > q.close_at and _leads_next_quote(dd.text, verb_end - len(verb), verb_end):
        return Attribution(True)  # what-described-as: "…" has created what X described as "…""
    if who[1] <= verb_end <= q.open_at and _CAUSED_TO.search(dd.text, verb_end, q.open_at):
        # caused-to: "Le Monde commented that …, prompting the BEA to warn against "…"": the words are the
        # one prompted's, not the verb's subject's; who that is, the rules do not read
        return Attribution(True)
    if who[1] <= verb_end <= q.open_at and _named_next_clause(dd, verb_end, q.open_at, who):
        # rule named-next-clause: "Rogers told Lynn Sweet that …, and Michelle Obama praised her in a
        # statement for "…"": the quote is in a clause of another person's; whose words, unsure
        return Attribution(True)
    if plural_people(dd.text[who[0] : who[1]]) and _modifies_noun(dd, q):
        return Attribution(False)  # plural-description: "Both senators argued that the current "…" policy"
    short = q.words < MIN_SPEECH_WORDS
    if _looks_like_title(dd, q) or (short and _named_not_said(dd, q)):
        return Attribution(False)
    if short and _PASSIVE_CALLED.search(dd.text, max(0, q.open_at - 80), q.open_at):
        return Attribution(True)  # passive-called: "she was labelled a "…" by a user": not her words
    if (
        _PARTICIPLE.match(verb)
        and who[1] <= verb_end - len(verb)
        and not _AS_BEFORE.search(dd.text, max(0, verb_end - len(verb) - 6), verb_end - len(verb))
        and _object_before(dd, who)
    ):
        # rule participle-object (session 59, speakers59's read of `Random(5944)`: "italy's premier welcomed
        # meriam ibrahim at the airport, calling it "…"" gave the premier's words to Ibrahim): the
        # participle's subject is the main clause's, and the one named right after its verb or a preposition
        # is its object; who that subject is, the name does not say
        return Attribution(True)
    if _PARTICIPLE.match(verb) and _TEXT_CALLING.search(dd.text, max(0, verb_end - 60), verb_end):
        return Attribution(True)  # text-calling: "he noted Hale's tweet calling him a "…"": the tweet's
    if short and not _reports_fragment(dd.text, verb, verb_end, q):
        return Attribution(False)  # "he promised to work for the "winning conditions"": not his words
    thing = _THING_THAT.search(dd.text, max(0, q.open_at - 40), q.open_at)
    medium = thing is not None and _SAID_IN.search(dd.text, max(0, thing.start() - 30), thing.start())
    if thing and thing.group(1) and _EVIDENCE_VERB.fullmatch(thing.group(2)):
        thing = None  # evidence-verb: "the documents show that "…"": the noun phrase is the verb's subject
    if thing and not _VERB.fullmatch(thing.group(2)) and not medium:
        # "a statement that "…"": a thing's words, not the speaker's (but "the governor commented that
        # "…"" is the governor's: the word before "that" is his verb, not a noun)
        return Attribution(True)
    if spoken := _text_speaker(dd, q, who):  # "The document said that … "…""
        return Attribution(True, who, spoken, direct=True, speaker_rule="text-speaker")
    speaker, how = resolve_rule(dd, q, who)
    if speaker and _TEXT_SOURCE.fullmatch(speaker):
        return Attribution(True)  # "The memo said that workers "…"": whose words, the sentence does not say
    if speaker and _own_content_after(dd, q, who, speaker, w):
        return None  # own-content: the quote before goes on (rule continued decides)
    if speaker and _own_content_unsure(dd, i, q, who, speaker, w):
        return Attribution(True)
    if who[0] >= q.after_close and _contrast_next(dd, q):
        return None  # contrast-next: "…." But Rich Galen said that …: the next sentence's speaker
    return Attribution(True, who, speaker, direct=True, speaker_rule=how) if speaker else None


# rule participle-object: the word right before the name a participle's attribution read, a title or "the"
# aside, is a verb in the past ("welcomed", "backed") or a preposition ("statements aimed at willis"); not
# "with" ("with wang describing them as "…"": the participle's own subject)
_OBJECT_BEFORE = re.compile(
    r"\b(?:[a-z]{2,}ed|at|to|for|against|on|about|from|toward|towards|into|after|before|by)\s+"
    r"(?:(?:the|mr|mrs|ms|dr|sen|rep|gov|president|prime\s+minister)\.?\s+)?$"
)


_AS_BEFORE = re.compile(r"\bas\s+$")  # "quoted an air lumo pilot … as saying": the object speaks


def _object_before(dd: DocView, who: tuple[int, int]) -> bool:
    """Rule participle-object (see `_OBJECT_BEFORE`): the name at `who` stands right after its sentence's
    verb or a preposition, outside quotation marks."""
    s0 = dd.sentence_start(who[0])
    before = _OBJECT_BEFORE.search(dd.text, max(s0, who[0] - 60), who[0])
    # "… by tillerson, who had urged … while calling for "…"": the relative clause's own subject
    relative = re.match(r",?\s+(?:who|whom)\b", dd.text[who[1] : who[1] + 8])
    return before is not None and relative is None and not dd.in_quote(who[0])


# rule described-by (samesent53, fresh read Random(5348): "a man described by mcmanus as a "good samaritan""
# gave the described man the chief's words): a passive verb of describing, its agent after "by", then "as" and
# the quote; the agent is no longer than six words and crosses no clause mark
_DESCRIBED_BY = re.compile(
    r"\s+by\s+(?P<agent>[^\s,;:()\"“”]+(?:\s+[^\s,;:()\"“”]+){0,5}?)\s+as\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# rule passive-called (session 48, frags48's training-file read Random(4849): "the actor … was also labelled a
# "…" by the instagram user" gave the user's words to the actor): a short quote right after a passive verb of
# naming is what someone else called the subject; whose words, the rules do not read (speech, no speaker)
_PASSIVE_CALLED = re.compile(
    r"\b(?:was|were|is|are|been|being|be|get|gets|got|getting)\s+(?:(?:also|even|often|not|\w+ly)\s+)?"
    r"(?:called|labell?ed|branded|termed|(?:described|referred\s+to|denounced|portrayed|characteri[sz]ed)\s+as)"
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# rule text-calling (session 48, same read: "he's noted trump's tweet calling … gillum a "thief,"" gave
# Trump's word to the sentence's subject): a participle of naming right after a text a name owns is that
# text's, not the sentence subject's; whose text, the rules do not read (speech, no speaker). Only after a
# named owner's "'s": "sent him an email calling it "…"" (dev multinews-val-47728) is the sender's own word
_TEXT_CALLING = re.compile(
    r"\b[a-z][\w-]*['’]s\s+(?:[\w-]+\s+)?(?:tweet|post|message|statement|letter|ad|advert|advertisement|video|"
    r"e-?mail|memo|headline|article|column|editorial|op-ed|speech|remarks|comments|petition|poster|banner|sign|"
    r"ruling|order|lawsuit|complaint)s?\s+(?:calling|describing)$",
    re.IGNORECASE,
)


def _reports_fragment(text: str, verb: str, verb_end: int, q: QuoteSpan) -> bool:
    """Whether the sentence's verb of saying reports a short fragment as the speaker's words: a verb that
    reports words (`_REPORTING`), or one of `_REPORTING_CLAUSE` whose object is a clause (rule
    clause-object: "confirmed that the talks had been "disappointing"", not "confirmed a "fair pay" deal",
    "confirmed that "fair pay" deal" or "confirmed the deal that unions hailed as "fair pay"": `_THAT`).
    A verb after the quote does not take it as its object."""
    if _REPORTING.match(verb):
        return True
    if not _REPORTING_CLAUSE.match(verb):
        return False
    if verb_end > q.open_at:
        return True
    that = _THAT.match(text, verb_end, q.open_at)
    if that and (that.end() < q.open_at or _FINITE_AFTER.match(text, q.after_close)):
        return True
    return bool(_ING_CLAUSE_VERB.match(verb) and _ING_NEXT.match(text, verb_end, q.open_at))


# the rest of a sentence after its verb of saying holds a clause of its own: "that", or a finite verb
# ("say more arrests are possible", "said the fires had spread")
_OWN_CONTENT = re.compile(
    r"(?:[^.!?“”\"]*?\b(?:that|is|are|was|were|will|would|could|can|may|might|must|should|has|have|had)\b"
    # pronoun-subject: a subject pronoun and a word right after the verb ("said he came from …")
    r"|\s+(?:he|she|they|we|I)\s+[a-z]+\b)"
    r"[^.!?“”\"]*(?:[.!?“\"]|$)"  # the clause ends its sentence or runs into a quote of its own
)


def _own_content_after(dd: DocView, q: QuoteSpan, who: tuple[int, int], speaker: str, w: Window) -> bool:
    """Rule own-content: ""Several fires in a week." Investigators say more arrests are possible.", after
    a quote that ends its sentence, a verb of saying whose rest holds a clause of its own says that
    clause; when the quote before goes on here with another speaker (rule continued), the quote is that
    speaker's, not this verb's subject's. With no other speaker going on, the subject stays ("…." Smith
    said the plan would pass": wire copy often so)."""
    if not _says_own_content(dd, q, who, w):
        return False
    i = next(k for k, x in enumerate(dd.quotes) if x is q)
    going_on = _continued(dd, i, q, w)
    return going_on is not None and going_on.speaker not in (None, speaker)


def _says_own_content(dd: DocView, q: QuoteSpan, who: tuple[int, int], w: Window) -> bool:
    """After a quote that ends its sentence, the verb of saying of the next one says a clause of its own."""
    text = dd.text
    if who[0] < q.after_close or not _ENDS_SENTENCE.search(text, q.start, q.end):
        return False
    verb = next((m for m in _verbs(text, who[1], w.after[1]) if not dd.in_quote(m.start())), None)
    return verb is not None and bool(_OWN_CONTENT.match(text, verb.end(), w.after[1]))


def _own_content_unsure(
    dd: DocView, i: int, q: QuoteSpan, who: tuple[int, int], speaker: str, w: Window
) -> bool:
    """Rule own-content-unsure: ""…," Ken Thompson said. "He did not receive a fair trial." Gatling, who
    walked with a cane, said he came from …": the quote right after another speaker's attributed quote of
    its paragraph, and a next sentence whose verb says its own clause: the quote goes on the one before or
    opens the next speaker's turn; the text does not tell which (speech, no speaker)."""
    if i == 0 or not _says_own_content(dd, q, who, w):
        return False
    prev = dd.quotes[i - 1]
    if not (prev.speech and prev.speaker) or prev.speaker == speaker or prev.para_end != q.para_start:
        return False
    gap = dd.text[prev.after_close : q.open_at]
    return len(gap.split()) <= 15 and not _SENTENCE_END.search(gap.rstrip()[:-1])


# a quote opening a relative clause after a noun phrase ("a statement that "…"", "their smartphones that
# "…""), not a verb's object ("said that "…""): the words of the thing the noun names
_THING_THAT = re.compile(r"\b(?:a|an|the|this|its|his|her|their)\s+((?:[\w\-]+\s+){0,2})([a-z]+)\s+that\s*$")
# rule evidence-verb: after a noun ("the documents show that "…"", "the report found that "…"", "the session
# meant that "…""), a verb that reports what evidence shows is the clause's verb, not the head of a noun
# phrase ("the show that "…"")
_EVIDENCE_VERB = re.compile(
    r"(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|prove|proves|proved|"
    r"reveal|reveals|revealed|find|finds|found|demonstrate|demonstrates|demonstrated|confirm|confirms|"
    r"confirmed|conclude|concludes|concluded|mean|means|meant)"
)


# "said in a statement that "…"": the statement is how the subject spoke, the words are the subject's
_SAID_IN = re.compile(r"\b(?:" + SPEECH_VERBS + r")\s+(?:\w+\s+)?(?:in|on|through)\s+$")


# a bare description of a text or an outlet as the subject of a sentence that quotes words inside it
# ("The document said that the bodies "…"", "The magazine reported that …"): its author is not named
_TEXT_SOURCE = re.compile(
    r"(?:the|a|an|this|that)\s+(?:memo|memorandum|document|documents|letter|filing|e-?mail|message|tweet|"
    + "|".join(sorted(OUTLET_HEADS))
    + r")",
    re.IGNORECASE,
)


# a text that carries the words of a speaker its sentence named first ("the complaint states")
# (session 48, frags48: one modifier may stand before the noun: "an arrest report", "the criminal complaint")
_CARRIER = re.compile(
    r"(?:the|a|an|this|that|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:memo|document|letter|filing|e-?mail|message|complaint|"
    r"statement|report|tweet|post|lawsuit|indictment|affidavit|suit)",
    re.IGNORECASE,
)


# the texts a document quotes; those a document credits to their author or issuer (a statement, a report)
# are no speaker of their own (rule text-speaker) but still "read" their words (rule text-reads)
_TEXT_WORDS = (
    "memo", "memorandum", "document", "letter", "email", "e-mail", "message", "note", "notice", "filing",
    "petition", "communique", "sign", "platform", "video", "banner", "placard", "headline", "caption",
    "inscription", "statement", "report", "post", "tweet", "release", "ad", "advertisement", "citation",
    "complaint", "verdict", "ruling", "order", "card", "text", "resolution",
)  # fmt: skip
_ISSUED_TEXTS = (
    "statement", "report", "post", "tweet", "release", "ad", "advertisement", "citation", "complaint",
    "verdict", "ruling", "order", "card", "text", "resolution",
)  # fmt: skip
_SPEAKING_TEXTS = tuple(w for w in _TEXT_WORDS if w not in _ISSUED_TEXTS)
_READ_TEXTS = tuple(w for w in _TEXT_WORDS if w not in ("memorandum", "platform", "video"))


def _words(words: tuple[str, ...]) -> str:
    """A group of alternatives matching any of `words`, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# rule text-speaker: a text that speaks is the speaker, kept as its description ("The memorandum said "…"",
# "The 1996 GOP platform states: "…"", "…," the sign read): "the/a/this" and at most two modifiers (no
# possessive, no "of") before a text noun as the verb's subject; "it" when the sentence before opens with
# such a text as the subject of a verb of saying (it-text: "The platform states: … It also says: "…"").
# author-named: not when the document names an author of a text before the quote ("said in a communique",
# "Rosen's memo", "a letter from Mayor Smith", "issued a statement"): the labels give a memo's words to its
# author, so the words stay unattributed
_TEXT_SPEAKER = re.compile(
    r"(?:the|a|an|this|that)\s+(?:(?![\w\-]+(?:'s|’s)\s)[\w\-]+\s+){0,2}?" + _words(_SPEAKING_TEXTS),
    re.IGNORECASE,
)
_AUTHOR_NAMED = (
    r"\b(?:in|through|with)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w\-]+\s+){{0,2}}{n}\b|"
    r"(?:'s|’s)\s+(?:[\w\-]+\s+){{0,2}}{n}\b|\b{n}\s+(?:from|by|of)\s+(?-i:[A-Z])|"
    r"\b(?:issued|released|sent|wrote|written|published|circulated|filed|signed|posted|drafted|authored)\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w\-]+\s+){{0,2}}{n}\b|"
    r"\b{n},?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:written|signed|sent|drafted|issued|authored)\s+by\b"
)
_AUTHOR_BEFORE = re.compile(
    _AUTHOR_NAMED.format(n=_words((*_SPEAKING_TEXTS, "statement", "release", "report")) + "s?"), re.IGNORECASE
)
# the apposition between a speaking text and its verb names its author ("The email, which Smith wrote on
# Monday, said", "The letter, signed by …, said"): author-named too
_APPOSITION_VERB = re.compile(r"\b(?:" + SPEECH_VERBS + r"|states|stated|reads|read)\b", re.IGNORECASE)
_BY = re.compile(r"\bby\b", re.IGNORECASE)
_IT = re.compile(r"(?:[Ii]t)")
_IT_AFTER = re.compile(r"[\s,]*\b(it)\s+(?:also\s+)?(?:said|says|stated|states|added|adds|read|reads)\b")
_IT_BEFORE = re.compile(r"(?:^|(?<=[\s\"”]))(It)\s+(?:also\s+)?$")
_TEXT_OPENS = re.compile(
    _TEXT_SPEAKER.pattern + r"(?=\s+(?:also\s+)?(?:" + SPEECH_VERBS + r"|states|stated|reads|read)\b)",
    re.IGNORECASE,
)


def _text_speaker(dd: DocView, q: QuoteSpan, who: tuple[int, int]) -> str | None:
    """Rule text-speaker: the description of the text that is the subject of the quote's verb of saying
    (`_TEXT_SPEAKER`, or "it" for the text the sentence before opens with: it-text), else None; None too
    for a short fragment and when the document names a text's author before the quote (author-named)."""
    text = dd.text
    if q.words < MIN_SPEECH_WORDS:
        return None  # a short fragment ("the memo said, was to "establish ownership"") stays a term
    phrase = text[who[0] : who[1]] if _TEXT_SPEAKER.fullmatch(text, *who) else None
    k = dd.sentence_index(who[0])
    if phrase is None and _IT.fullmatch(text, *who) and k > 0:
        before = dd.sents[k - 1]
        lead = _LEAD_CONNECTIVE.match(text, before.start)
        opens = _TEXT_OPENS.match(text, lead.end() if lead else before.start, before.end)
        phrase = opens.group() if opens else None
    if phrase is None or _AUTHOR_BEFORE.search(text, 0, q.open_at):
        return None  # author-named, read last: it scans the document before the quote
    if who[1] < q.open_at and _TEXT_SPEAKER.fullmatch(text, *who):
        verb = _APPOSITION_VERB.search(text, who[1], q.open_at)
        between = (who[1], verb.start()) if verb else (who[1], who[1])
        if _BY.search(text, *between) or dd.ents.within(dd.d, *between, "person"):
            return None  # author-named in the apposition ("The email, which Smith wrote on Monday, said")
    return phrase


_LEAD_CONNECTIVE = re.compile(r"(?:(?:Then|But|And|So|Later|Still|Now|Here|There),?\s+)?")
_SUBJECT_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b")


# a speech verb right before the colon: rule intro-before has read its subject and found none ("He watched
# as his son stood up and said: "…"": the son's words, not his)
_SAID_COLON = re.compile(r"\b(?:" + SPEECH_VERBS + r")\s*:\s*$")


def _colon_intro(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """A person's sentence leading into the quote with a colon but no speech verb ("Then he makes a
    little joke: "…"", "Ceballos' work is guided by one principle: "…""): the sentence's subject. Not
    when the lead tells what was done to the subject or names a role past the subject's appositive
    (narrative-beat's guards: "John Parr was sentenced on Monday:", "…, and the judge's words were
    blunt:")."""
    text = dd.text
    b0, b1 = w.before
    if q.words < MIN_SPEECH_WORDS or not text[b0:b1].rstrip().endswith(":") or _looks_like_title(dd, q):
        return None
    colon = b0 + len(text[b0:b1].rstrip()) - 1
    # rule colon-paragraph: the lead's sentence is the colon's, which for a quote opening the paragraph
    # after one ending in the colon ("Mayor Jon Tallis released this statement:" then "“…”") is not the
    # quote's own
    start = dd.sentence_start(colon)
    if start < b0 or len(text[start:b1].split()) > 16 or _SAID_COLON.search(text, start, b1):
        return None
    m = _LEAD_CONNECTIVE.match(text, start)
    s0 = m.end() if m else start
    who = _colon_subject(dd, s0, colon)
    if who is None or _beat_other_role(text, who[1], colon):
        return None
    # rule possessor-lead (session 55, frozen-unseen "Ceballos' work is guided by one principle: "…"" gave
    # no one): after a possessor the passive is the possessed thing's, not the person's, when that thing is
    # the person's words or thinking ("work", "pitch", "message"); "Hale's car was hit:" stays no one's
    if not _POSSESSED_WORDS.match(text, who[1]) and _beat_undergoes(text, who[1], colon):
        return None
    return Attribution(True, who, direct=True)


_POSSESSED_WORDS = re.compile(
    r"['’]s?\s+(?:[a-z]+\s+)?(?:work|pitch|message|motto|philosophy|principle|advice|answer|reply|response|"
    r"approach|creed|credo|mantra|view|explanation|reasoning|argument|verdict|conclusion|assessment|plea|"
    r"slogan|note|letter|statement|tweet|post)\b"
)


def _colon_subject(dd: DocView, s0: int, b1: int) -> tuple[int, int] | None:
    """The colon lead's subject: a he/she opening it, or the person named at its start (not in a credit
    line nor inside a quotation)."""
    if p := _SUBJECT_PRONOUN.match(dd.text, s0):
        return p.span()
    named = [f for f in dd.ents.within(dd.d, s0, b1, "person") if not dd.in_credit(f.start)]
    if named and _titles_only(dd.text[s0 : named[0].start]) and not dd.in_quote(s0):
        return named[0].start, named[0].end
    # rule body-statement: a body opening the lead that issued a text ("Harwick Academy released this
    # statement:"): the body, whose text the quote is (not one it passes on: `_PASSED_ON`); a body doing
    # anything else leads no words of its own
    bodies = dd.ents.within(dd.d, s0, b1, "organization")
    first = bodies[0] if bodies and not dd.in_quote(s0) else None
    issued = _ISSUED.search(dd.text, first.end, b1) if first else None
    if (
        first
        and issued
        and _THE_ONLY.fullmatch(dd.text, s0, first.start)
        and not _PASSED_ON.search(dd.text, issued.end(), b1)
    ):
        return first.start, first.end
    return None


_THE_ONLY = re.compile(r"(?:[Tt]he\s+)?")
# a text a body issues, and the verb that issues it, in a colon lead (rule body-statement)
_ISSUED = re.compile(
    r"\b(?:released|issued|posted|put\s+out|published|sent)\s+(?:this|a|the\s+following|its|an?\s+\w+)\s+"
    r"(?:statement|message|notice|letter|note|release)\b"
)
# after the text, words that make it another's the body passes on ("this statement from the family:", "a
# statement on behalf of the family:"): the words are theirs, so rule body-statement names no speaker
_PASSED_ON = re.compile(r"\b(?:from|by|behalf|with|of|for|written|signed|sent|received|left)\b")


def _interview_turn(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """A transcript paragraph ("Robert Ricks: …"): the person who has the floor, unless the words are
    another voice's the turn reports (rule turn-other-voice: "They're like, "…"", "they basically said
    to him, "…""): then speech without a speaker."""
    if q.words < MIN_SPEECH_WORDS:
        return None
    turn = turn_speaker(dd, q)
    if turn and _OTHER_VOICE.search(dd.text, max(q.para_start, q.open_at - 80), q.open_at):
        return Attribution(True)
    return Attribution(True, speaker=turn) if turn else None


# rule turn-other-voice: a third person's verb of saying (or "like") right before the quote inside a
# speaker's turn ("I think they called and said, "", "They’re like, "", "then she told me: ""): the
# words are that person's, not the turn's; "I said", "you go" and a turn's own words are the speaker's
_OTHER_VOICE = re.compile(
    r"\b(?:[Tt]hey|[Hh]e|[Ss]he)(?:['’](?:re|s))?(?:\s+[a-z]+){0,3}?\s+"
    r"(?:said|say|says|told|tells|asked|asks|like|went|goes|replied|wrote|yelled|shouted)"
    r"(?:\s+(?:to\s+)?(?:me|him|her|us|them))?\s*[,:]?\s*$"
)


def _continued(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """A quote right after a quote with a speaker, in the same paragraph with nothing but narrative
    between them, or opening the paragraph after one that ended with it: the same speaker goes on."""
    if _looks_like_title(dd, q):
        return None
    if not _is_full_sentence(dd, q, w) and (dd.caseless or not _speech_then_tail(dd, q, w)):
        return None
    if dd.caseless:  # case-less text: the names that would break a longer chain cannot be seen
        return _caseless_adjacent(dd, i, q)
    prev = next((p for p in reversed(dd.quotes[:i]) if p.speech), None)
    if prev is None or not prev.speaker:
        return None
    if _own_verb_after(dd, q, w):
        return None
    narrative = _narrative_after(dd, q, w)
    if not narrative and _other_named_after(dd, prev, w):
        # also after a "But"/"And" sentence naming someone (contrast-next): whose words they are is unsure
        # ("…" But on Monday, Mayor Jon Tallis said he would step down after all.": session 25 review M1)
        return None
    same_para = prev.para_end == q.para_start and not _other_person_between(dd, prev, q)
    opens_para = (
        q.open_at == q.para_start
        and dd.para_index(prev.para_end) == dd.para_index(q.para_start) - 1
        and not _other_person_between(dd, prev, q)
    )
    if same_para or opens_para or _across_narrative(dd, prev, q):
        named = narrative and _other_named_after(dd, prev, w)
        return Attribution(True, speaker=prev.speaker, speaker_rule="narrative-after" if named else None)
    return None


# rule continued-tail (session 55, issue 15: frozen7/frozen8 missed ""…," he added at the church. "I saw about
# 10 people in windows who just jumped. They didn't even look down" beforehand." and ""…," she said. "But this
# year the ice packs left sooner. There was … our food supply" and the time …"): a quote opening its sentence
# that holds a whole sentence of its own, closed before a short lower-case tail of narrative, is speech as a
# sentence-long quote is, and the same speaker goes on (cased text: case-less text hides the sentence ends)
_INNER_SENTENCE_END = re.compile(r"[.?!]\s+[A-Z]")
_SHORT_TAIL = re.compile(r"\s+[a-z][^.?!\"“”\n]{0,80}?(?:[.?!](?:\s|$)|\s[\"“])")
_TAIL_WORDS = 12


def _speech_then_tail(dd: DocView, q: QuoteSpan, w: Window) -> bool:
    """Rule continued-tail: the quote opens its sentence, holds a sentence end inside, and a short tail of
    lower-case narrative ends the sentence (or runs into the next quotation) after its closing mark."""
    text = dd.text
    pre = text[w.before[0] : q.open_at].strip()
    if pre and not pre.endswith((".", "?", "!")):
        return False
    if q.words < MIN_SPEECH_WORDS or not _INNER_SENTENCE_END.search(text, q.start, q.end):
        return False
    tail = _SHORT_TAIL.match(text, q.after_close)
    if tail is None or len(tail.group().split()) > _TAIL_WORDS:
        return False
    if tail.group().rstrip()[-1] in '"“':
        # running into the next quotation, the sentence may name its speaker after it (""… a legal path" if we
        # are faced with "fuss …," added Larijani"): only a sentence that ends with no verb of saying
        close = text.find("”" if tail.group().rstrip()[-1] == "“" else '"', tail.end())
        end = text.find("\n", close) if close >= 0 else -1
        rest = text[close : end if end >= 0 else len(text)] if close >= 0 else ""
        stop = re.search(r"[.?!](?:\s|$)", rest)
        if close < 0 or _SAYING_IN_REST.search(rest, 0, stop.end() if stop else len(rest)):
            return False
    return True


_SAYING_IN_REST = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)


# rule said-question (session 56, speakers56's fresh read Random(5652): ""is this the freedom they want? "
# said one woman near a group of wounded men. "they want death. …"", ""isn't that better …? " the business
# mogul said after retaking the stage. "they're all sleeping. …"" had no speaker): a question its speaker
# "said" (not "asked": no one is asked) is that speaker's own, and the quote right after it goes on in that
# voice. The gap is the one attribution: "said" and a subject, maybe a place or time after it
_WHERE_WHEN = r"(?:\s+(?:near|after|at|in|on|outside|as|while)\s+[^.?!]*)?\.$"
_SAID_QUESTION = re.compile(
    r"(?:said|says)\s+(?:[\w.'’\-]+\s+){0,8}?[\w.'’\-]+"
    + _WHERE_WHEN
    + r"|(?:[\w.'’\-]+\s+){0,6}?(?:said|says)"
    + _WHERE_WHEN,
    re.IGNORECASE,
)


def _caseless_adjacent(dd: DocView, i: int, q: QuoteSpan) -> Attribution | None:
    """Rule caseless-adjacent: in case-less text, a quote right after the one sentence that attributes the
    quote before it (""…," trump said. "i hope he gets approved.""): nothing but that attribution stands
    between them, so the same speaker goes on. Not after a question (but one its speaker "said": rule
    said-question) or an "asked" (the answer is another speaker's), nor for a quote ending in a comma (its
    own attribution follows), nor when the sentence after the quote names another person or a reply
    (`_names_next_speaker`: where case-less text names the new speaker), nor when the attribution holds a
    second verb of saying (rule one-sayer)."""
    if i == 0:
        return None
    text = dd.text
    k, gap = _past_quoted_words(dd, i - 1, text[dd.quotes[i - 1].after_close : q.open_at])
    prev = dd.quotes[k]
    if not (prev.speech and prev.speaker) or prev.rule not in ("said-after", "caseless-name"):
        return None
    gap = gap.strip()
    if (
        not gap.endswith(".")
        # a quote ending in a comma waits for its own attribution (""…," circuit judge … millet wrote")
        or text[q.start : q.end].rstrip().endswith(",")
        or len(_WHO_ASIDE.sub(lambda m: m.group(1) or "", _apposed_aside(dd, prev, gap)).split()) > 15
        or (text[prev.start : prev.end].rstrip(" ,").endswith("?") and not _SAID_QUESTION.match(gap))
        or _ASKED_GAP.search(gap)
        # one sentence: the gap's own closing full stop, whatever word it ends ("… told cnn."), and none
        # before it
        or _SENTENCE_END.search(" " + _PARTY_IN_BRACKETS.sub("", gap[:-1]))  # "rep. reid ribble said."
        # rule text-reads-adjacent (session 48, fresh read multinews-train-27294: ""…," the statement read.
        # "we no longer …"" had no speaker): a text's "read" is the one verb of saying too
        or not (
            (verbs := _verbs(text, prev.after_close, q.open_at))
            or _TEXT_READS.fullmatch(gap[:-1].strip(" ,"))
        )
        # rule one-sayer (review41): one verb of saying, the speaker's; a second is another sayer's (""…,"
        # smith said, and jones replied. "…"", ""…," smith said, before jones called it "a stunt." "…""), but
        # a text's participle ("said in a statement posted to facebook"), nor the verb of the speaker's own
        # who-aside (session 46 fresh read: "lise-lotte lublin, a teacher in las vegas who said cosby
        # assaulted her in 1989, tells time. "…"")
        or sum(_other_sayer(text, v, prev.after_close, q.open_at) for v in verbs) > 1
        or (_names_next_speaker(dd, i, q) and not _narrative_moves_on(dd, i, q))
        or _surname_of_several(dd, prev.speaker, gap)
    ):
        return None
    return Attribution(True, speaker=prev.speaker, speaker_rule="caseless-adjacent")


# rule narrative-moves-on (session 60, speakers60's read of `Random(6044)`: ""…," bjoergen said. "it has been
# an amazing career for me …" teresa stadlober of austria was in second place when she took a wrong turn …",
# ""…," ms. rivera said later. "you can just tell." still, ms. quinn's campaign team — led by …" had no
# speaker): the quote right after "X said." goes on in X's voice when the sentence after it, though it names
# someone, is narrative that moves on: no verb of saying or reply in it outside quotes, no word that sets it
# against the quote ("the university's chancellor, cecil staton, held a different tune.": a digest's next item
# may have begun), no gesture of a beat ("mary jones shook her head.": hers, maybe) nor relative clause on
# someone (", who has led …") nor kin ("mary jones and her husband …": review40), the quote does not name the
# previous speaker, and it runs to a full
# sentence (`_MOVES_ON_WORDS` words)
_MOVES_ON_WORDS = 8
_WHO_CLAUSE = re.compile(r",\s+(?:who|whose|who['’]s)\b|\band\s+(?:his|her|their)\s", re.IGNORECASE)
_SAYING_OR_REPLY = re.compile(
    rf"\b(?:{SPEECH_VERBS}|saying|telling|adding|calling|repl(?:y|ies|ied)|respond(?:s|ed|ing)|counter(?:s|ed)|"
    r"retort(?:s|ed)|disagree(?:s|d)?|argue(?:s|d)|insist(?:s|ed)|tweet(?:s|ed)|fired back|shot back|"
    r"pushed back|different(?:ly)?|otherwise|contrary|took issue|rejected|dismissed|denied|denies|"
    r"shook|shakes|nodded|nods|shrugged|shrugs|laughed|laughs|smiled|smiles|sighed|sighs|grinned|chuckled|"
    r"winced|paused|gestured)\b",
    re.IGNORECASE,
)


def _narrative_moves_on(dd: DocView, i: int, q: QuoteSpan) -> bool:
    """Rule narrative-moves-on: the sentence after quote `i` (to its full stop or the next quote's opening
    mark) holds `_MOVES_ON_WORDS` words or more and no verb of saying or reply outside quotes, and the quote
    does not name the previous speaker: the people it names are the story going on, not the quote's voice."""
    text, start = dd.text, q.after_close
    stop = _SENTENCE_END.search(text, start)
    end = stop.end() if stop else len(text)
    if i + 1 < len(dd.quotes):
        end = min(end, dd.quotes[i + 1].open_at)
    previous = dd.quotes[i - 1].speaker
    surname = re.escape(previous.split()[-1]) if previous else None
    if surname is None or re.search(r"\b" + surname + r"\b", text[q.start : q.end], re.IGNORECASE):
        return False
    if len(text[start:end].split()) < _MOVES_ON_WORDS or _WHO_CLAUSE.search(text, start, end):
        return False  # a relative clause tells of one's own deeds, kin may speak for a family (review40)
    return not any(not dd.in_quote(m.start()) for m in _SAYING_OR_REPLY.finditer(text, start, end))


def _other_sayer(text: str, v: re.Match[str], start: int, end: int) -> bool:
    """Rule one-sayer: does verb of saying `v` between two quotes count as a sayer's: not a text's participle
    ("a statement posted to facebook"), nor inside a who-aside about the speaker (`_WHO_ASIDE`), one that
    stands before any verb of saying ("ada brook, a teacher who said …, tells"); after one it hangs on
    another ("tom barrow said of ada brook, who said …": two sayers, review46)."""
    if _TEXT_BEFORE.search(text, max(0, v.start() - 20), v.start()):
        return False
    if _relayed(text, v, start):
        return False  # rule relayed-report: ""…," brigitte said, le monde reported. "…"": one sayer
    return not any(
        a.start() <= v.start() < a.end() and not _verbs(text, start, a.start())
        for a in _WHO_ASIDE.finditer(text, start, end)
    )


# rule relayed-report (outlet51; multinews-train-3358 ""…," brigitte said, le monde reported in its friday
# edition. "…""): "X said, <outlet> reported/told <someone>" names X as the speaker; the outlet (or a relayer
# such as "his daughter told the dispatcher") only passes the words on, so it is never the quote's speaker
# and counts as no second sayer
_RELAY_VERBS = r"reported|reports|told|tells|wrote|writes"
_RELAY_VERB = re.compile(_RELAY_VERBS, re.IGNORECASE)
# the relayer: one to five words, none a conjunction or a clause's opener ("smith said, and jones told
# reporters" has two sayers; "quenette said, summarizing what the university wrote" no relayer)
_RELAY_WORDS = (
    r"(?:(?!(?:and|but|or|nor|while|before|after|as|when|who|which|what|how|why|that|then|because|although|"
    r"though|since|until|where|if)\b)[\w.'’\-]+\s+){1,5}?"
)
_RELAY_BEFORE = re.compile(r"\b(?:said|says),\s+" + _RELAY_WORDS + r"$", re.IGNORECASE)
# ... and a relay is a clause of its own, ended within a few words ("told the dispatcher.", "reported in its
# friday edition.", "Le Monde reported, that"): "she said, an agent told her to "…"" reports the agent's words
_RELAY_END = re.compile(r"(?:\s+(?!(?:to|that)\b)[\w'’.\-]+){0,6}?\s*[,.;]", re.IGNORECASE)
_RELAYED_AFTER = re.compile(r",\s+" + _RELAY_WORDS + r"(?:" + _RELAY_VERBS + r")\b", re.IGNORECASE)


def _relayed_at(text: str, start: int, v0: int, v1: int) -> re.Match[str] | None:
    """Rule relayed-report: is the verb at text[v0:v1] (not before `start`) a relayer's, right after "X
    said, <relayer>" and ending its clause: the match of that "said, <relayer>"."""
    if not _RELAY_VERB.fullmatch(text, v0, v1) or not _RELAY_END.match(text, v1):
        return None
    return _RELAY_BEFORE.search(text, max(start, v0 - 60), v0)


def _relayed(text: str, v: re.Match[str], start: int) -> re.Match[str] | None:
    """`_relayed_at` for a verb's match."""
    return _relayed_at(text, start, v.start(), v.end())


# rule one-sayer: a text a verb of saying follows as its participle ("a statement posted to facebook")
_TEXT_BEFORE = re.compile(
    r"\b(?:statement|message|letter|video|post|tweet|note|e-?mail|memo|release)\s+$", re.IGNORECASE
)


def _past_quoted_words(dd: DocView, k: int, gap: str) -> tuple[int, str]:
    """Rule title-in-gap: quoted words that are no speech inside the attribution between two quotes ("…,"
    the ohio democrat said on "meet the press." "…"; "… some waving "smith-mania" signs.") are part of that
    sentence: the quote before them is the one the attribution closes. Returns that quote's index and the
    gap from it, each such quotation a word (its full stop kept: it ends the sentence)."""
    while k > 0 and not dd.quotes[k].speech:
        t = dd.quotes[k]
        inner = dd.text[t.start : t.end].strip()
        stop = "." if inner.endswith(".") else ""
        gap = dd.text[dd.quotes[k - 1].after_close : t.open_at] + " title" + stop + " " + gap
        k -= 1
    return k, gap


# rule apposed-aside: the attribution opens on the verb and the speaker's name (""…," said dr. mary jones, a
# senior scientist at the harwick institute, and senior author on the paper."): all after the name's comma is
# about the speaker, so it does not count toward the attribution's length
_SAID_NAME = re.compile(rf"{_CASELESS_VERB}\s+[^,.;:!?“”\"]{{1,30}}(?:\.\s+[^,.;:!?“”\"]{{1,30}})?,\s")


def _apposed_aside(dd: DocView, prev: QuoteSpan, gap: str) -> str:
    """The gap between two quotes without the speaker's apposition (rule apposed-aside): when it opens on a
    verb of saying and a name holding the speaker's surname, and the rest names no other person and holds
    no verb of saying, only the words up to the name's comma."""
    m = _SAID_NAME.match(gap)
    if m is None or not prev.speaker or prev.speaker.split()[-1].lower() not in m.group().lower():
        return gap
    start = prev.after_close + len(dd.text[prev.after_close :]) - len(dd.text[prev.after_close :].lstrip())
    if not dd.text.startswith(gap, start):
        return gap  # a gap title-in-gap rebuilt: its offsets are not the text's
    rest = start + m.end()
    end = start + len(gap)
    if dd.ents.within(dd.d, rest, end, "person") or _verbs(dd.text, rest, end):
        return gap
    return m.group()


# rule who-aside: a relative clause about the speaker after the name (""…," said sibona, whose research
# will be published in january by …") does not count toward the attribution's length; nor one right after
# the noun of the speaker's apposition, with no comma (rule who-after-apposition: "said suzanne bell, a
# professor at the state college who serves on the national board of …"), an apposition that opens on an
# article or a possessive ("a teacher", "the mother of"), not another comma part of the sentence (""…," said
# mary jones, a teacher, as a neighbour who lost her car told reporters about it.": review33b M3)
_WHO_ASIDE = re.compile(
    r"(?:,\s+|(,\s+(?:an?|the|his|her|their|its)\s[^,.;:!?“”\"]{1,56}?)\s+)(?:who|whose)\b[^,.;:!?“”\"]*(?=[,.])"
)
# rule party-bracket: "( r-wis. )" after a name ends no sentence
_PARTY_IN_BRACKETS = re.compile(r"\(\s*[rdi]-[^()\n]{1,16}\)", re.IGNORECASE)


def _surname_of_several(dd: DocView, speaker: str, gap: str) -> bool:
    """Rule several-bearers: the attribution between the two quotes names the speaker by surname alone, and
    two or more people this document names in full bear it ("max shacknai", "dina shacknai" … ""…,"
    shacknai told foxnews.com. "…""): which of them it stands for is unsure, so caseless-adjacent carries
    it no further."""
    words = speaker.lower().split()
    gap = gap.lower()
    if len(words) == 1:
        # rule surname-of-several (session 43) already gave the surname alone: still unsure whose it is
        return len({name for _, _, name in dd.in_full_by_surname.get(words[0], [])}) >= 2
    if " ".join(words) in gap or not re.search(r"\b" + re.escape(words[-1]) + r"\b", gap):
        return False
    bearers = dd.in_full_by_surname.get(words[-1], [])
    return len({name for _, _, name in bearers}) >= 2


# rule chrome-after: what follows the quote is page chrome glued to the text, a bullet or a video link
# ("( watch: … says …", "play facebook twitter embed …", "• mr. …"): the people it names are no speaker of
# the quote
_CHROME_OPENS = re.compile(r"\s*(?:•|\(\s*watch\s*:|play\s+facebook\s+twitter\b)", re.IGNORECASE)


def _names_next_speaker(dd: DocView, i: int, q: QuoteSpan) -> bool:
    """The opening of the sentence after quote `i` (its first `OPENING_WORDS` words, up to its full stop or
    the next quote's opening mark, quoted words aside) may credit the quote to someone else: it names a
    person other than the previous speaker before any verb of saying (""that is simply false." council
    leader mary jones shook her head."), or holds a verb of a reply (`_REPLY`) after no pronoun and does
    not name the previous speaker (""…" jones replied on twitter.", "… that was the reply from …"). Not a
    sentence opening with the previous speaker's surname (""…" cordle had written to the family."), nor
    one that says someone did not speak (""…" wattley did not respond to requests for comment.")."""
    text, start = dd.text, q.after_close
    if _CHROME_OPENS.match(text, start):
        return False  # rule chrome-after: a page's link or bullet names no one who speaks the quote
    stop = _SENTENCE_END.search(text, start)
    end = stop.end() if stop else len(text)
    if i + 1 < len(dd.quotes):
        end = min(end, dd.quotes[i + 1].open_at)
    if _AGAINST_QUOTE.match(text, start, end):
        return False  # rule contrast-opens
    if i + 1 < len(dd.quotes) and end == dd.quotes[i + 1].open_at and _INTRO_END.search(text, start, end):
        return False  # rule next-intro
    previous = dd.quotes[i - 1].speaker
    surname = re.escape(previous.split()[-1]) if previous else "$^"
    same = re.compile(r"\b" + surname + r"\b", re.IGNORECASE)
    if same.search(text, q.start, q.end):
        return True  # the quote speaks of the previous speaker (""smith is a liar." smith shrugged it off.")
    # rule opens-with-speaker: the sentence opens with the previous speaker's surname or, in case-less text,
    # the speaker's own first name and no other surname after it ("jermaine, 55, also said …" after "said
    # jermaine": family members go by their first names; "mahmoud aloul, a …" is another Mahmoud)
    opens_with_same = re.compile(r"[\s,;:.!?]*" + surname + r"\b", re.IGNORECASE)
    named = (
        previous
        and dd.caseless
        and " " in previous
        and previous[0].isupper()
        and not DESCRIPTION.match(previous)
    )
    if named and (
        own := re.match(r"[\s,;:.!?]*" + re.escape(previous.split()[0]) + r"\b", text[start:end], re.I)
    ):
        after = re.match(r"\s+([a-z][\w'’\-]*)", text[start + own.end() : end], re.IGNORECASE)
        if after is None or ordinary(after.group(1).lower()) or after.group(1).lower() == surname.lower():
            return False
    if opens_with_same.match(text, start, end) or _NO_COMMENT.search(text, start, end):
        return False
    if previous and _previous_reports(dd, previous, start, end):
        return False
    opening = _OPENING.match(text, start, end)
    head = opening.end() if opening else start
    said = [m for m in _REPLY.finditer(text, start, head) if not dd.in_quote(m.start())]
    first_said = said[0].start() if said else head
    persons = dd.ents.within(dd.d, start, end, "person")
    # joint-subject stands down where the sentence holds a verb of saying anywhere (a joint statement)
    saying = any(not dd.in_quote(m.start()) for m in _REPLY.finditer(text, start, end))
    if any(
        f.start < first_said
        and not dd.in_quote(f.start)
        and not same.search(text, f.start, f.end)
        and not _told_about(dd, start, end, f)
        and not (not saying and _joint_subject(dd, f, persons))
        for f in persons
    ):
        return True
    gender = name_gender(previous, dd)
    pronouns = [_PRONOUN_BEFORE_REPLY.search(text, max(0, m.start() - 6), m.start()) for m in said]
    if any(p is not None and not _agrees(p, gender) for p in pronouns):
        return True  # "she said smith had lied", "they said": someone other than the speaker replies
    replied = any(p is None for p in pronouns)
    return replied and not any(not dd.in_quote(m.start()) for m in same.finditer(text, start, end))


# rule contrast-opens (session 58, speakers58's read of `Random(5845)`: ""… of the law." but mr. cohen has
# pleaded guilty …", ""… functioning." but tom kellermann, … warned that …" left the quote with no speaker): a
# sentence opening on "but", "however" or "yet" sets itself against the quote, no attribution or beat of it,
# so the people it names credit the quote to no one else
_AGAINST_QUOTE = re.compile(r"[\s\"”’,]*(?:but|however|yet)\b", re.IGNORECASE)
# rule next-intro (the same read: ""… and i regret it." filip bondy, the freelancer who wrote the story, said,
# "sorry …""): a sentence that runs on to the next quote's opening mark and ends on a verb of saying and a
# comma or colon leads the next quote in: the people it names speak that one, not this one
_INTRO_END = re.compile(r"\b(?:" + _CASELESS_VERB + r")\s*[,:]\s*$", re.IGNORECASE)


# rule previous-reports: the sentence after the quote is the previous speaker's own report (""…" ali jr., 44,
# had no record, mancini says."): the people it names are what that speaker told, no one who answers. Only
# an attribution set off at the clause's end: in "she said smith had lied" smith is told about. Not a report
# of what someone it names said or denied (""i never took it." jones denies it, smith says.": the quote may
# be hers, review40)
def _previous_reports(dd: DocView, previous: str, start: int, end: int) -> bool:
    """The previous speaker's surname and a verb of saying after a comma, ending the clause (", mancini
    says.", ", says mancini."), outside quotes, in text[start:end], with no verb of saying, reply or denial
    before it (`_REPLY`, `_DENIAL`): rule previous-reports."""
    sayer = _sayer(previous.split()[-1])
    found = [m for m in sayer.finditer(dd.text, start, end) if not dd.in_quote(m.start())]
    return bool(found) and not _tells_speech(dd, start, found[0].start())


@lru_cache(maxsize=256)
def _sayer(surname: str) -> re.Pattern[str]:
    """Rule previous-reports' pattern for one surname (", mancini says.", ", says mancini."), built once."""
    name, verb = re.escape(surname), _CASELESS_VERB
    return re.compile(rf",\s+(?:{name}\s+(?:also\s+)?{verb}|{verb}\s+{name})\s*[.,;]", re.IGNORECASE)


def _tells_speech(dd: DocView, start: int, end: int) -> bool:
    """A verb of saying, reply or denial outside quotes in text[start:end] (`_REPLY`, `_DENIAL`)."""
    return any(not dd.in_quote(r.start()) for p in (_REPLY, _DENIAL) for r in p.finditer(dd.text, start, end))


_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|admit(?:s|ted)?|acknowledg(?:e|es|ed))\b", re.IGNORECASE)


# rule joint-subject: two people joined by "and" (""…" sheriff jim neil and police chief eliot isaac have
# also ordered investigations.", "… jon reed and ada tallis face new allegations") act together; with no verb
# of saying in the sentence, neither answers the quote alone. Not one told as the other's kin ("mary jones
# and her husband tom jones have lived there for years", review40): a family the quote may be said for
_JOINED = re.compile(r"\s*,?\s+and\s+(?!(?:her|his|their)\b)(?:[\w.'’\-]+\s+){0,4}")


def _joint_subject(dd: DocView, f: Found, persons: list[Found]) -> bool:
    """Person `f` and another of `persons` with only "and" and up to four words (a role: "police chief")
    between them: rule joint-subject."""
    text = dd.text
    return any(
        g is not f
        and (lo := min(f.end, g.end)) <= (hi := max(f.start, g.start))
        and _JOINED.fullmatch(text, lo, hi) is not None
        for g in persons
    )


# rule told-about: a person in the sentence after the quote that the sentence tells about is no new
# speaker: the object of a verb before it in the same clause (an auxiliary, or a listed verb's "-s" or
# "-ed" form, no comma between: "the film critic believes toback called her", "authorities have not
# identified frazee"), or the subject of a form of "be" ("conklin was 17 when …", "katz is believed to …",
# "depp, 49, and paradis, 39, have been together …"), not the subject of an act ("council leader mary
# jones shook her head", "asked about it, jones frowned"). The verb has its subject before it: one opening
# the sentence is her attribution (""…" quipped council leader mary jones", a verb caseless text does not
# read: told-about-subject); and a sentence that tells her reply is hers (""…" it was mary jones who
# answered him first", "mary jones, 52, was blunt in her reply": told-about-reply)
_AUXILIARY = frozenset(["is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does"])
# (an aside up to 30 characters, or up to 60 that is no relative clause: "kim, the third of his line to rule
# north korea, is a basketball fan"; a longer "who" / "whose" one tells of her own deeds, after which the
# quote may be hers: ""we lost everything." mary jones, whose house on elm street burned down on sunday
# night, is a widow", review40)
_BE_AFTER = re.compile(
    r"(?:\s*,(?:[^,.;:!?“”\"]{1,30}|(?!\s*(?:who|whose|which)\b)[^,.;:!?“”\"]{31,60}),)?"
    r"(?:\s+and\s+[^,.;:!?“”\"]{1,40}?(?:,[^,.;:!?“”\"]{1,30},)?)?"
    r"\s+(?:is|was|are|were|(?:has|have|had)\s+been)\b"
)
# words that open a sentence before an inverted verb and are no subject (""…" then quipped mary jones")
_LEAD_ADVERBS = frozenset(["then", "later", "again", "also", "finally", "moments", "minutes", "and", "but"])
_ANSWER = re.compile(
    r"\b(?:repl(?:y|ies|ied)|answer(?:s|ed)?|respon(?:se|ds?|ded)|retort(?:s|ed)?)\b", re.IGNORECASE
)


def _told_about(dd: DocView, start: int, end: int, f: Found) -> bool:
    """Rule told-about: person `f`, in the sentence from `start` to `end`, is told about (`_BE_AFTER`, or
    after a verb of its clause with a word before that verb), not named as the one who answers a quote,
    and the sentence tells no reply (`_ANSWER`)."""
    before = dd.text[start : f.start]
    words = _WORD.findall(before.lower())
    verb_before = "," not in before and any(
        (w in _AUXILIARY or (w.endswith(("s", "ed")) and _is_verb(w)))
        and any(x not in _LEAD_ADVERBS for x in words[:k])  # its subject before it
        for k, w in enumerate(words)
    )
    return (verb_before or _BE_AFTER.match(dd.text, f.end) is not None) and not any(
        not dd.in_quote(m.start()) for m in _ANSWER.finditer(dd.text, f.end, end)
    )


# the words after a quote where a new speaker is named ("about 11 hours later, murdoch tweeted")
OPENING_WORDS = 6
_OPENING = re.compile(rf"(?:\W*\w+){{0,{OPENING_WORDS}}}")
# "he said koon has no record": his, when the pronoun agrees with the previous speaker (never "they")
_PRONOUN_BEFORE_REPLY = re.compile(r"\b(?:he|she|they)\s+$", re.IGNORECASE)
_REPLY_GENDER = {"he": "m", "she": "f", "they": "plural"}


def _agrees(pronoun: re.Match[str] | None, gender: str | None) -> bool:
    """A "he"/"she" before a reply verb that fits the previous speaker's gender as this module knows it
    (`name_gender`); "they" never does."""
    return (
        pronoun is not None
        and gender is not None
        and _REPLY_GENDER[pronoun.group().split()[0].lower()] == gender
    )


# the verbs of a reply or of saying, as case-less text writes them after a new speaker ("jones replied")
_REPLY = re.compile(
    r"\b(?:"
    + _CASELESS_VERB
    + r"|repl(?:y|ies|ied)|respond(?:s|ed)|counter(?:s|ed)|retort(?:s|ed)|disagree(?:s|d)|argue(?:s|d)"
    r"|insist(?:s|ed)|tweet(?:s|ed)|fired back|shot back)\b",
    re.IGNORECASE,
)
# a sentence saying someone did not speak: "did not respond to requests for comment", "could not be reached"
_NO_COMMENT = re.compile(
    r"\b(?:(?:did|does|could|would)\s+not|(?:did|does|could|would)n['’]t)\s+(?:immediately\s+)?"
    r"(?:respond|return|reply|comment|be reached)|\bdeclined\s+to\s+comment",
    re.IGNORECASE,
)


# rule asked-gap: an asking verb between two quotations ("… was asked.", "asks the judge.") means the second
# answers, so it is not the first speaker's going on; word-initial, any case (not "task", "basket", "alaska")
_ASKED_GAP = re.compile(r"\bask", re.IGNORECASE)
# a full stop that ends a sentence: not one of an abbreviation or initial ("sen.", "u.s.", "d.c.", "jr.")
_SENTENCE_END = re.compile(r"(?<![\s.][a-z])(?<![\s.][a-z]{2})(?<![\s.][a-z]{3})[.!?](?=\s|$)", re.IGNORECASE)


# rule contrast-next: a quote that ends its sentence inside the marks, then a sentence opening with "But" or
# "And" (""… the witness chair." And Rep. John Conyers … said Thursday that …", ""…." But Rich Galen …
# said that …"): the next sentence sets another speaker against this one, it does not attribute this quote
_CONTRAST_OPENS = re.compile(r"\s+(?:But|And)\s")


def _own_verb_after(dd: DocView, q: QuoteSpan, w: Window) -> bool:
    """Rule own-verb-after: a quote ending in a comma inside its marks with a verb of saying later in its
    sentence has an attribution of its own, read or not (""…," a neighbour whose house was flooded, but who
    stayed, told reporters"), so the speaker before does not go on (session 25 review M6)."""
    return dd.text[q.start : q.end].rstrip().endswith(",") and any(
        not dd.in_quote(m.start()) for m in _verbs(dd.text, *w.after)
    )


def _contrast_next(dd: DocView, q: QuoteSpan) -> bool:
    """Rule contrast-next: the quote ends its own sentence and the next one opens with "But" or "And"."""
    return bool(
        _ENDS_SENTENCE.search(dd.text, q.start, q.end) and _CONTRAST_OPENS.match(dd.text, q.after_close)
    )


def _narrative_after(dd: DocView, q: QuoteSpan, w: Window) -> bool:
    """Rule narrative-after: a quote that ends its own sentence with a full stop inside the marks, followed
    by a capitalised sentence with no verb of saying (""We had to teach him what language was for." At
    first, Evan was oblivious."): a name there is the next sentence's, not the quote's attribution."""
    text = dd.text
    a0, a1 = w.after
    return (
        text[q.start : q.end].rstrip().endswith(".")
        and re.match(r"\s+[A-Z]", text[a0 : a1 + 1]) is not None
        and not _verbs(text, a0, a1)
    )


def _across_narrative(dd: DocView, prev: QuoteSpan, q: QuoteSpan) -> bool:
    """A quote that is a paragraph of its own, after one narrative paragraph that follows the speaker's
    quote and names no one, quotes nothing and reports no speech ("…," McCord says. / Carbonates create
    a less acidic environment. / "Here we have …"): the reporter's gloss, the same speaker goes on."""
    k = dd.para_index(q.para_start)
    if q.open_at != q.para_start or dd.para_index(prev.para_end) != k - 2:
        return False
    para_end = dd.text.find("\n", q.after_close)
    if dd.text[q.after_close : len(dd.text) if para_end < 0 else para_end].strip():
        return False  # ""…," boasts one character, …": words of its own after the quote
    start, end = dd.para_starts[k - 1], q.para_start
    return (
        not dd.mentions(start, end)
        and not any(start <= x.open_at < end for x in dd.quotes)
        and not _verbs(dd.text, start, end)
        and not _other_person_between(dd, prev, q)
    )


def _other_named_after(dd: DocView, prev: QuoteSpan, w: Window) -> bool:
    """Another person or organisation named in the quote's own sentence after it (""…" Barksdale
    retorted", a verb the rules do not know): the quote has its own attribution, so it is no
    continuation of the quote before. A name in brackets is a credit or an aside, no attribution
    ("… as adults.” (Susman, Palm Beach Post)")."""
    text = dd.text
    return any(
        dd.person_name(f) != prev.speaker
        and dd.ents.kind(f) != "place"
        and not dd.in_quote(f.start)
        and text.rfind("(", w.after[0], f.start) <= text.rfind(")", w.after[0], f.start)
        for f in dd.mentions(*w.after)
    )


def _adjacent_clause(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """A quote standing as its own sentence right after a sentence of the same paragraph that holds an
    attribution clause ("The "best barometer", this person said, is … "The less detailed …""); in case-less
    text only as rule caseless-adjacent-clause allows (a person's clause, a quote ending its sentence)."""
    if q.words < MIN_SPEECH_WORDS or not _is_full_sentence(dd, q, w):
        return None
    text = dd.text
    if text[q.start : q.end].rstrip(" '’")[-1:] in (",", "?", "!") and _FRAME_AFTER.match(
        text, q.after_close, w.after[1]
    ):
        return None  # rule own-frame-first: "…," engineer ravi patel told reporters.: its own frame decides
    if dd.caseless and (
        text[q.start : q.end].rstrip(" '’")[-1:] not in (".", "!") or _names_next_speaker(dd, i, q)
    ):
        # rule caseless-adjacent-clause: in case-less text only a quote that ends its sentence, no person
        # named after it: a comma leaves room for a frame of its own ("…," smith concluded.)
        return None
    k = dd.sentence_index(q.open_at)
    if k <= 0:
        return None
    prev = dd.sents[k - 1]
    if dd.sentence_start(w.before[0]) != dd.sents[k].start:
        return None
    if prev.start < q.para_start and not _opens_quote_paragraph(dd, q, prev):
        return None
    for m in reversed(list(_verbs(text, prev.start, min(prev.end, q.open_at)))):
        if dd.in_quote(m.start()) or _PARTICIPLE.match(m.group()) or m.group() in CALLED_FRAGMENT:
            continue
        if _relayed(text, m, prev.start):
            continue  # rule relayed-report: "varek said, the paper reported." speaks for varek, not the paper
        who = _who_before(dd, dd.sentence_start(m.start()), m.start())
        if who is None and _INVERTED_BEFORE.search(text, prev.start, m.start()):
            # rule adjacent-inverted: "That indicates a genetic component, said Geraldine Dawson, professor
            # … . "We believe …"": the phrase after an inverted verb is the one the sentence reports
            end = _phrase_end(text, m.end(), min(prev.end, q.open_at))
            who = _who_span(dd, m.end(), end, before_verb=False)
            who = who and (_named_in_apposition(dd, who, end) or who)
        if who is not None and dd.caseless and not dd.ents.within(dd.d, *who, "person"):
            return None  # rule caseless-adjacent-clause: in case-less text only a person the entity pass read
        if who is not None:
            return Attribution(True, who)
    return None


_INVERTED_BEFORE = re.compile(r",\s*$")
# rule own-attribution-first: the attribution right after a quote ends its clause at the verb or a few
# words on ("…," mayor dana whitcombe said. / told reporters.): a verb of saying past that full stop is
# another sentence's, whose subject ("…, officials said.") did not speak the quote; the sentence split
# misses that stop where the text lost its case but is too short to be told caseless
_CLAUSE_ENDS = re.compile(r"(?:\s+[a-z][\w'’\-]*){0,3}?\s*[.!?](?:\s|$)")


def _opens_quote_paragraph(dd: DocView, q: QuoteSpan, prev: Sentence) -> bool:
    """A paragraph that is one quotation, right after a paragraph whose last sentence reports what
    someone said ("…, she said, she felt she deserved a pardon." / "“I think he's …”")."""
    text = dd.text
    para_end = text.find("\n", q.para_start)
    para_end = len(text) if para_end < 0 else para_end
    return (
        q.open_at == q.para_start
        and q.para_end == q.para_start
        and not text[q.after_close : para_end].strip()
        and dd.para_index(prev.start) == dd.para_index(q.para_start) - 1
        and not any(x.open_at >= prev.start and x.close_at < q.open_at for x in dd.quotes)
    )


# ""…," as asserted Friday by NTSB chairman Jim Hall", ""…," as stated by the minister": a passive whose
# agent said the words (not "as reported by", "as quoted by": an outlet carries them)
_AS_STATED_BY = re.compile(
    r"\s*,?\s*as\s+(?:said|stated|asserted|claimed|declared|noted|put|told|argued|explained|announced|"
    r"insisted|stressed|emphasi[sz]ed|written|predicted|promised|admitted|acknowledged)"
    r"(?:\s+[\w.]+){0,2}?\s+by\s+"
)


def _passive_agent(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule passive-agent: a quote of four words or more followed by ", as asserted by X" is X's words,
    when X resolves to a speaker (else the later rules decide)."""
    if q.words < MIN_SPEECH_WORDS or _looks_like_title(dd, q):
        return None
    m = _AS_STATED_BY.match(dd.text, q.after_close, w.after[1])
    if m is None:
        return None
    who = _who_span(dd, m.end(), _phrase_end(dd.text, m.end(), w.after[1]), before_verb=False)
    speaker, how = resolve_rule(dd, q, who) if who else (None, None)
    return Attribution(True, who, speaker, direct=True, speaker_rule=how) if speaker else None


# rule subject-words: the words between a person opening the clause and the quote; "…, who" opens a
# relative clause whose subject is the name before it
_WHO_RELATIVE = re.compile(r",\s+who\s+(?!(?:is|are|was|were|has|have|had)\b)")
# the subject's own verb right after it (an "-ly" adverb may come between): a lower-case word that is no
# copula nor auxiliary ("Spacey is "…"" quotes the predicate itself: someone else's words about him)
_OWN_VERB = re.compile(
    r"(?:\s*,[^,“”\"]{1,60},)?\s+(?:[a-z]+ly\s+)?(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|"
    r"can|could|may|might|must|should|shall|did|does|do)\b)[a-z]{2,}\b"
)
# another clause between the subject's verb and the quote, with a subject of its own: a relative
# pronoun, a comma before a coordinating conjunction (English punctuates two independent clauses so:
# "Lopez sold the farm, and the buyers plan "…""), a semicolon, colon, dash or bracket
# "what" or "whether" opens a clause of its own ("signed what supporters call "…""), as does "that" before
# a subject ("denied reports that he had "…""); a verb of perceiving reports another's words ("heard the
# gunman yell "…"", "watched the crowd chant "…"")
_OWN_CLAUSE_BREAK = re.compile(
    r"\b(?:who|whom|whose|which|what|whether)\b|,\s+(?:and|but|or|so|yet)\b|[;:—–()]"
    r"|\bthat\s+(?:he|she|they|it|we|i|you|the|a|an|his|her|its|their)\b"
    r"|\b(?:heard|hears|hear|watched|watches|watch|saw|sees|see)\b"
)
# a quote right after "of" names a thing ("faces charges of "…"", "the crowd's shouts of "…"")
_OF_BEFORE = re.compile(r"\bof\s*$")
# the relative clause's own verb right after "who" (an adverb may come between): "who remembers him as",
# not "who critics regard as" (the critics' words about him)
_WHO_VERB = re.compile(r"\s*(?:(?:[a-z]+ly|also|once|later|still|often|never)\s+)?([a-z]+)\b")


# a passive between the subject and the quote ("… is widely viewed as "…"", "was told "…""): others' words
_PASSIVE_VERB = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")


def _subject_words(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule subject-words: a quote of four words or more inside a sentence (no title, no name of a work,
    no modifier of a noun, not set off as a sentence of its own) whose clause opens with a person as its
    subject, that person's own verb outside the marks and no other clause between: the person's words,
    whatever the verb ("Pope John Paul appealed to the country "to forgive and reconcile"", "Graber felt
    something needed to be done, so "I went to …"", "the teacher, who remembers him as "brilliant, …"").
    A fact of news writing: marks around several words that name nothing quote someone, and a clause's
    subject is the one whose words its verb reports. Not in case-less text (no name to see)."""
    if not _plain_fragment(dd, q, w):
        return None
    text = dd.text
    s0 = max(q.para_start, dd.sentence_start(q.open_at))
    lead = _LEAD_CONNECTIVE.match(text, s0)
    s0 = lead.end() if lead else s0
    rel = list(_WHO_RELATIVE.finditer(text, s0, q.open_at))
    if rel:
        # "… with Fundi Mohammed Ali, an older teacher, who remembers him as "…"": the name before "who"
        r = rel[-1]
        named = dd.ents.within(dd.d, s0, r.start(), "person")
        if not named or not re.fullmatch(r"(?:,[^,“”\"]{1,40})?", text[named[-1].end : r.start()]):
            return None
        verb = _WHO_VERB.match(text, r.end(), q.open_at)
        if verb is None or not _is_verb(verb.group(1)):
            return None
        who, verb_at = (named[-1].start, named[-1].end), r.end()
    else:
        pronoun = _SUBJECT_PRONOUN.match(text, s0)
        named = dd.ents.within(dd.d, s0, q.open_at, "person")
        if pronoun:
            who = pronoun.span()
        elif (
            named
            and _titles_only(text[s0 : named[0].start])
            and text[named[0].end : named[0].end + 1] not in "'’"
        ):
            who = (named[0].start, named[0].end)
        else:
            return None
        verb = _OWN_VERB.match(text, who[1], q.open_at)
        if verb is None:
            return None
        verb_at = verb.start()
    if (
        _OWN_CLAUSE_BREAK.search(text, verb_at, q.open_at)
        or _OF_BEFORE.search(text, verb_at, q.open_at)
        or _TEXT_HOLDS.search(text, verb_at, q.open_at)
        or _PASSIVE_VERB.search(text, who[1], q.open_at)
        or len(text[verb_at : q.open_at].split()) > 30
    ):
        return None
    return Attribution(True, who, direct=True)


def _is_verb(word: str) -> bool:
    """A verb form: a verb of saying, or a lemma of `lexicon/data/verbs.txt` (base, "-s" or "-ed" form)."""
    return bool(_REPORT_ANY.fullmatch(word) or re.fullmatch(SPEECH_VERBS, word)) or listed_form(word)


def _plain_fragment(dd: DocView, q: QuoteSpan, w: Window) -> bool:
    """Quoted words of four or more inside a sentence of cased text that name nothing: no title ("Title
    Case", a cue word, after a possessive), no work's title in apposition, no modifier of a noun, not a
    sentence of its own (`unattributed` reads those)."""
    return not (
        dd.caseless
        or q.words < MIN_SPEECH_WORDS
        or _looks_like_title(dd, q)
        or _is_full_sentence(dd, q, w)
        or _WORK_APPOSED.search(dd.text, max(0, q.open_at - 40), q.open_at)
        or _modifies_noun(dd, q)
    )


def _titles_only(pre: str) -> bool:
    """Words before a name that are only its titles, roles or capitalised words of a name ("Melrose High
    senior", "Pope", "Rep.", ""); never a function word ("While D'Amato continues …": a subordinate
    clause's). Titled-subject, subject-words, narrative-beat and `_named_next_clause` use it."""
    g = gazetteer()
    words = pre.split()
    return len(words) <= 4 and all(
        (x[:1].isupper() and x.lower() not in _CLOSED) or x.lower() in g.roles for x in words
    )


# a credit line after a quotation: a dash and one to five capitalised words, maybe in quotation marks, ending
# the line ("… "\n- Steve Carell", "… " - "Fiona"", "… ” -- Henri Bergson")
_DASH_CREDIT = re.compile(
    r"[ \t]*\n?[ \t]*(?:-{1,2}|[–—])[ \t]*[\"“]?"
    r"([A-Z][\w.'’\-]*(?:[ \t]+(?:[A-Z][\w.'’\-]*|bin|al|de|van|von|da|du|le)){0,4})[\"”]?[ \t]*(?:\n|$)"
)


def _dash_credit(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule dash-credit: a quotation standing alone on its line, followed by a dash and a name that ends
    the line ("“While you were chairman …”\n- Steve Carell"), is that person's: the credit line of an
    epigraph or a list of quotations, as English typography writes one. The name is a person's (not
    "- Reuters") and the quotation no title ("“Love the Way You Lie Again”\n- Eminem": a song's)."""
    text = dd.text
    line_start = text.rfind("\n", 0, q.open_at) + 1
    if text[line_start : q.open_at].strip() or q.words < MIN_SPEECH_WORDS or _looks_like_title(dd, q):
        return None  # "“Love the Way You Lie Again”\n- Eminem": a song's title and its singer
    m = _DASH_CREDIT.match(text, q.after_close)
    if m is None or not (
        dd.ents.within(dd.d, m.start(1), m.end(1), "person")
        or m.group(1).split()[0] in gazetteer().first_names
    ):
        return None  # "… ”\n- Reuters": an outlet's credit, not a person's (a person: "- "Fiona"")
    return Attribution(True, m.span(1), direct=True)


# rule narrative-beat: a connective may open the beat before its subject ("Then Herman shakes his head.")
_BEAT_OPENING = re.compile(r"(?:(?:Then|But|And|Later|Finally|Again|Now|Still|At that),?\s+)?")
# a beat whose subject undergoes it rather than acts ("was arrested", "was shot dead", "got hit", "died in
# the fire"): the quote after it is someone else's (the family's, the prosecutor's); "was in the area" acts
_BEAT_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being|got|gets)\s+(?:\w+ly\s+)?"
    r"(?!(?:often|even|then|when|open|keen|ten|seven|eleven)\b)"
    r"(?:\w+ed|\w+en|shot|hit|hurt|found|held|struck|left|led)\b"
    r"|\b(?:died|dies|dead)\b"
)
# the subject's own appositive, closed by its comma or its `_` / dash ("Delva, a reporter for Reuters, was
# …", "Barksdale _ normally a calm witness _ exploded"), or by the beat's end when its comma is never
# closed ("Domersant, an employee for Food for the Poor charity described …"): a role in it is the subject's
_BEAT_APPOSITIVE = re.compile(r",[^,]*,?|\s*(_|--|[–—]).*?\1")
_BEAT_WORD = re.compile(r"[a-z][a-z\-]*")
# "he", "his" … or "she", "her" …: the subject spoken of in the third person
_THIRD_PERSON = {
    "m": re.compile(r"\b(?:he|him|his|himself)\b", re.I),
    "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
    "": re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I),
}
# "X described the situation." frames what follows as X's account (not "described it as …", a naming)
_DESCRIBED_SCENE = re.compile(r"describe[sd]\s+(?:the|what|how)\s+(?!.*\bas\b)[^.]*\.\s*$")


def _beat_span(dd: DocView, q: QuoteSpan, w: Window) -> tuple[int, int] | None:
    """The beat: the lead of the quote's own sentence up to its colon ("… exploded: "…""), or the sentence
    of the same paragraph right before a quote that opens its sentence and ends in a full stop."""
    text = dd.text
    lead = text[w.before[0] : q.open_at].strip()
    if lead.endswith(":"):
        b0, b1 = dd.sentence_start(w.before[0]), w.before[0] + text[w.before[0] : q.open_at].rindex(":")
        return (b0, b1) if b0 >= q.para_start else None
    k = dd.sentence_index(q.open_at)
    if k <= 0 or dd.sents[k].start != dd.sentence_start(w.before[0]) or lead:
        return None
    b0, b1 = dd.sents[k - 1].start, dd.sents[k - 1].end
    if b0 < q.para_start or text[b1 : q.open_at].strip() or text[b0:b1].rstrip()[-1:] != ".":
        return None
    return b0, b1


def _beat_reports(dd: DocView, b0: int, b1: int) -> bool:
    """The beat holds a quotation or a verb of saying (but "described the scene"): other rules read it."""
    said = [m for m in _verbs(dd.text, b0, b1) if not _DESCRIBED_SCENE.match(dd.text, m.start(), b1)]
    return bool(said) or any(b0 <= x.open_at < b1 for x in dd.quotes)


def _beat_subject(dd: DocView, b0: int, b1: int) -> tuple[int, int] | None:
    """The beat's subject: a he/she in a beat that names no one, or the one person the beat names, at its
    start and not as a possessive ("Herman's lawyer …")."""
    text = dd.text
    s0 = _BEAT_OPENING.match(text, b0).end()
    people = dd.people(b0, b1)
    if pronoun := _SUBJECT_PRONOUN.match(text, s0):
        return None if people else pronoun.span()
    if (
        not people
        or not _titles_only(text[s0 : people[0].start])
        or len({dd.ents.name(f) for f in people}) > 1
    ):
        return None
    if text[people[0].end : people[0].end + 2] in ("'s", "’s"):
        return None
    return people[0].start, people[0].end


def _beat_undergoes(text: str, e: int, b1: int) -> bool:
    """The subject is acted on, not acting ("was sentenced to life", "died in the fire")."""
    return _BEAT_PASSIVE.search(text, e, b1) is not None


def _beat_other_role(text: str, e: int, b1: int) -> bool:
    """Past the subject's own appositive, the beat names a role ("the judge's words", "as prosecutors
    turned"): someone else is there whose words the quote may be."""
    roles = gazetteer().roles
    m = _BEAT_APPOSITIVE.match(text, e, b1)
    return any(
        form in roles
        for word in _BEAT_WORD.findall(text[m.end() if m else e : b1].lower())
        for form in _singulars(word)
    )


def _singulars(word: str) -> tuple[str, ...]:
    """A word and the singulars it may be the plural of ("prosecutors", "witnesses", "spokesmen")."""
    if word.endswith("men"):
        return word, word[:-3] + "man"
    return (word, word[:-1], word[:-2]) if word.endswith("s") else (word,)


def _speaks_of(dd: DocView, q: QuoteSpan, speaker: str) -> bool:
    """The quote speaks of the speaker in the third person or by surname ("She also had a fiery temper.
    "We called her …"": someone else speaks of her)."""
    inner = dd.text[q.start : q.end]
    third = _THIRD_PERSON[name_gender(speaker, dd) or ""]
    return bool(third.search(inner) or re.search(r"\b" + re.escape(speaker.split()[-1]) + r"\b", inner))


def _narrative_beat(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule narrative-beat: a full sentence in quotes right after a sentence of the same paragraph whose
    subject, a person named at its start or a he/she, acts without a verb of saying (but "described the
    scene") ("Efstathios Daras, the Greek ambassador, described the situation. "We fear …"", "Herman
    shakes his head. "I'm just …"") is that person's; so is one after such a sentence's colon, however
    long it runs ("At that Barksdale _ normally a calm witness _ exploded: "…"", colon-intro reads the
    short ones). Not when the sentence holds a quotation or a verb of saying (adjacent-clause and
    intro-before read those), names anyone else, by name or by role past the subject's appositive ("…, and
    the judge's words were blunt:"), tells what was done to the subject ("was arrested", "died"), nor
    when the quote speaks of the subject in the third person."""
    if (
        dd.caseless
        or q.words < MIN_SPEECH_WORDS
        or not _is_full_sentence(dd, q, w)
        or _looks_like_title(dd, q)
        or (beat := _beat_span(dd, q, w)) is None
        or _beat_reports(dd, *beat)
        or (who := _beat_subject(dd, *beat)) is None
        or _beat_undergoes(dd.text, who[1], beat[1])
        or _beat_other_role(dd.text, who[1], beat[1])
    ):
        return None
    speaker = resolve_rule(dd, q, who).speaker
    if speaker is None or _speaks_of(dd, q, speaker):
        return None
    return Attribution(True, who, speaker)


# rule quoted-as: "Buzzfeed quoted Bryan Freedman, one of Spacey's lawyers, as rejecting the claim: "…"",
# "The paper quoted production manager Dana Whitcombe recalling that "…"": the one quoted, an object that
# is no pronoun, then "as" and any participle, or a participle of saying
_QUOTED_AS = re.compile(
    r"\b(?:quoted|quotes|quoting)\s+(?!(?:him|her|them|it|me|us)\b)([^.;:“”\"]{1,100}?),?\s+"
    r"(?:(as)\s+(?:[a-z]+ly\s+)?)?([a-z]+ing)\b"
)
_QUOTED_AS_WORDS = 40


def _quoted_as(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """Rule quoted-as: a quote after "<outlet> quoted X as <participle>" in its sentence is X's (whatever
    the participle: "as rejecting the claim: "…""), with nothing but the participle's own clause between
    (no other quotation, no sentence end, at most forty words)."""
    text = dd.text
    b0, b1 = w.before
    for m in reversed(list(_QUOTED_AS.finditer(text, b0, b1))):
        if dd.in_quote(m.start()) or (m.group(2) is None and not _REPORT_ANY.fullmatch(m.group(3))):
            continue
        rest = text[m.end() : q.open_at]
        if len(rest.split()) > _QUOTED_AS_WORDS or re.search(r"[;“”\"]", rest):
            return None
        who = _who_span(dd, *m.span(1), before_verb=True)
        return Attribution(True, who, direct=True) if who is not None else None
    return None


def _unattributed(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """A full sentence in quotes with no evidence of who said it: speech, speaker unknown."""
    if q.words >= MIN_SPEECH_WORDS and _is_full_sentence(dd, q, w) and not _looks_like_title(dd, q):
        return Attribution(True)
    return None


# a verb of saying or writing in any form ("declare", "affirmed", "noting", "stating", "to say", "did …
# say"); forms that are as often nouns ("state", "note", "report", "remarks", "vows") are left out
_REPORT_ANY = re.compile(
    r"\b(?:"
    r"say|says|said|saying|tell|tells|told|telling|stated|stating|states?(?=\s+that\b)|noted|noting|add|adds|"
    r"added|adding|"
    r"declare|declares|declared|declaring|affirm|affirms|affirmed|affirming|assert|asserts|asserted|"
    r"asserting|explain|explains|explained|explaining|warn|warns|warned|warning|urge|urges|urged|urging|"
    r"insist|insists|insisted|insisting|argue|argues|argued|arguing|claims|claimed|claiming|reported|write|writes|wrote|"
    r"conclude|concludes|concluded|concluding|recall|recalls|recalled|recalling|admit|admits|admitted|"
    r"admitting|acknowledge|acknowledges|acknowledged|acknowledging|tweeted|tweeting|announce|announces|"
    r"announced|announcing|stressed|stressing|emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing|"
    r"reply|replies|replied|replying|respond|responds|responded|responding|ask|asks|asked|asking|"
    r"plead|pleads|pleaded|pleading|instruct|instructs|instructed|instructing|vowed|vowing|testify|"
    r"testifies|testified|testifying|proclaim|proclaims|proclaimed|proclaiming|pronounced|pronouncing|"
    r"chanted|chanting|shouted|shouting|remarked|remarking|contend|contends|contended|contending|concede|"
    r"concedes|conceded|conceding|complain|complains|complained|complaining|describe|describes|"
    r"described|describing|predict|predicts|predicted|predicting"
    r")\b"
)
# "with Commission President José Manuel Barroso noting that": an absolute phrase, its subject after "with"
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:the\s+)?((?:[\w.'’\-]+\s+){0,6}?)$")
# "a co-author of the report, "Texas Tough: An Analysis of …"": a title in apposition to the work it names
_WORK_APPOSED = re.compile(
    r"\b(?:report|study|book|memoir|novel|essay|paper|article|column|film|documentary|album|song|play|poem|"
    r"survey|bill|resolution|plan|program|programme|campaign|exhibit|exhibition|show|series|speech),\s*$",
    re.IGNORECASE,
)
# "went on to say", "did, however, say": the subject is before the helper
_HELPER = re.compile(r"\b(?:went\s+on\s+to|(?:did|does|do)(?:\s*,[^,]{1,30},)?|to)\s+$")
# a text as the subject ("The platform of the party states that …", "The appeal claims that …"): its words,
# its author unnamed
_TEXT_SUBJECT = re.compile(
    r"(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:statement|report|letter|note|message|memo|sign|banner|headline|post|tweet|caption|release|document|"
    r"notice|ad|advertisement|placard|inscription|complaint|filing|verdict|ruling|order|e-?mail|card|"
    r"petition|resolution|communique|platform|law|bill|appeal|study|book|article|paper|survey|poll|"
    r"preamble|section|declaration|video|website|site|page)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"you", re.IGNORECASE)
# "Minority Whip Steny Hoyer (D-Md.) pleaded": a party and state in brackets between name and verb
_PARTY_BRACKET = re.compile(r"\s*\([DRI]-[\w. ]{1,12}\)\s*$")
# "described by some lawmakers as": the words are the agent's; a clause of its own ("…, when they sat down")
_BY_AGENT = re.compile(r"\s+by\b")
# said-aside: ", said Singer, indicated": a verb of saying and a name set off by commas inside another clause
_SAID_ASIDE = re.compile(r"(?:said|says)\s+([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}),")
# conditions for a speaker, else unattributed: asked-question, a question put to someone is not the asker's
# own words; clause-subject, a subject ending in a relative's pronoun ("a dissent by Breyer in which he",
# "asked Bush what he") is no subject the clause names; indefinite-subject, "Another responds" names no one
_ASKED = re.compile(r"ask|asks|asked|asking")
_CLAUSE_SUBJECT = re.compile(r"\b(?:which|what|whom|whose)\s+(?:he|she|they|it|we|I)\s*$", re.IGNORECASE)
_INDEFINITE_SUBJECT = re.compile(
    r"(?:another|one|others|some|many|several|few|each|both|most|all)", re.IGNORECASE
)
_SUBORDINATE = re.compile(r"\b(?:when|because|if|while|although|unless)\b")


# rule content-clause: "said Wednesday that …": a clause of what was said, which runs to the sentence's end
_CONTENT_THAT = re.compile(r"\s*(?:[\w.'’\-]+\s+){0,6}?that\s")
_CONTENT_WORDS = 60


# rule relative-subject: "the driver who a county judge said committed one of the "…"": the verb's subject is
# the one its relative clause names after the pronoun, not the noun the clause is about
_RELATIVE_SUBJECT = re.compile(r"\b(?:who|whom)\s+((?:an?|the)\s+[^,;:()“”\"]{1,50}?)\s*$", re.IGNORECASE)
# a past form inside it is the relative clause's own verb ("the aide who the senator fired said …"): the
# clause ends before the verb of saying, whose subject is the noun before it (review41)
_OWN_PAST = re.compile(r"\s[a-z]{2,}(?<!e)ed\b", re.IGNORECASE)
# rule clause-verb (mend41): the verb of saying (after a helper: "has said") must run on into the relative
# clause's own verb ("who a judge said committed …", "whom the police said had been …"); else the clause
# ended before it, with a verb the pattern cannot tell from a noun ("the teacher who the students love said
# the plan was "…"": the teacher speaks, as the start code read it)
_INTO_CLAUSE_VERB = re.compile(
    r"(?:(?:has|have|had|would|will|did|does|also)\s+)*[a-z]+\s+(?:is|was|are|were|had|has|have|would|will"
    r"|could|should|might|may|can|did|does|remains?|[a-z]{2,}(?<!e)ed)\b",
    re.IGNORECASE,
)


def _relative_subject(text: str, start: int, at: int) -> tuple[int, int] | None:
    """Rule relative-subject: the span of the subject a relative clause names right before the verb of
    saying at `at` ("the driver who a county judge said …"), read from `start`; None when there is none
    or the clause holds a verb of its own before it ("the aide who the senator fired said …") or the verb
    of saying runs on into no verb of the clause (rule clause-verb)."""
    if "who" not in text[start:at].lower():
        return None  # the pronoun is the pattern's first word: most clauses hold none, so skip the search
    rel = _RELATIVE_SUBJECT.search(text, start, at)
    if rel is None or _OWN_PAST.search(text, rel.start(1), rel.end(1)):
        return None
    if not _INTO_CLAUSE_VERB.match(text, at):
        return None
    return rel.span(1)


def _reported_clause(dd: DocView, i: int, q: QuoteSpan, w: Window) -> Attribution | None:
    """A quote of four words or more in the clause of a verb of saying in any form that the earlier
    rules could not give a speaker ("… declare that "…"", "with Barroso noting that "…"", "went on to
    say that he "…"", "Hall praised DaimlerChrysler, but said "…""): speech, spoken by the verb's subject
    when the clause names one that resolves, else unattributed. A quote in apposition to a work ("the
    report, "…""), one modifying the noun after it ("the current "…" policy"), a full sentence (later
    rules read it), a passive ("described by lawmakers as") and a quote after a clause of its own ("…, when
    they sat down "…"", "…, which is that "…"") are left alone. After a quote and its inverted verb
    (""…," said X of Y, "…""), the second part is X's, and so is a quote after ", said X," set off inside
    another clause (said-aside). No speaker for a question asked (asked-question), a subject ending in a
    relative's pronoun ("in which he said", clause-subject) or "Another responds" (indefinite-subject).
    Rule content-clause: after "that" within the verb's first words ("said Wednesday that …") the clause
    of what was said runs to the sentence's end, so neither a subordinate clause inside it, nor a relative
    pronoun right before the marks (", which "operated under its umbrella""), nor sixty words end it."""
    text = dd.text
    if q.words < MIN_SPEECH_WORDS or _looks_like_title(dd, q) or _is_full_sentence(dd, q, w):
        return None
    if _WORK_APPOSED.search(text, max(0, q.open_at - 40), q.open_at) or _modifies_noun(dd, q):
        return None
    s0 = max(q.para_start, dd.sentence_start(q.open_at))
    while (
        s0 > q.para_start
        and text[s0 : s0 + 1].islower()
        and not re.search(r"[.!?][\"”’]?\s+$", text[max(q.para_start, s0 - 4) : s0])
    ):
        s0 = max(q.para_start, dd.sentence_start(s0 - 1))  # "Lund (D-Md.) pleaded": no sentence ends there
    verbs = [
        m
        for m in _REPORT_ANY.finditer(text, s0, q.open_at)
        if not dd.in_quote(m.start())
        and not _NOUN_BEFORE.search(text, max(0, m.start() - 24), m.start())
        and not text[max(0, m.start() - 3) : m.start()].lower().endswith("as ")
    ]
    if not verbs:
        return None
    m = verbs[-1]
    if (relay := _relayed(text, m, s0)) and len(verbs) > 1 and verbs[-2].start() == relay.start():
        # rule relayed-report: "She said, the paper reported, that …": her verb, not the paper's
        m = verbs[-2]
    stretch = text[m.end() : q.open_at]
    content = _CONTENT_THAT.match(stretch)
    if (
        len(stretch.split()) > (_CONTENT_WORDS if content else 30)
        or re.search(r"[;:—–]", stretch)
        or _sentence_end(text, m.end(), q.open_at, dd)
    ):
        return None
    if _SUBORDINATE.search(stretch, 0, content.end() if content else len(stretch)):
        return None  # "had not told him until five years ago, when they sat down "…"": another clause's
    relative = list(_RELATIVE_BETWEEN.finditer(stretch))
    if (
        relative
        and not re.search(r",\s+that\b", stretch[relative[-1].end() :])
        and not (
            content and relative[-1].start() >= content.end() and not stretch[relative[-1].end() :].strip()
        )
    ):
        return None  # "…'s platform, which is that "…"", "Maxey, whom he "…"": a clause of its own
    if _BY_AGENT.match(stretch):
        return None  # "described by some lawmakers as": the agent's words
    # the subject's clause starts after the last quotation before the verb
    b0 = max([s0] + [x.after_close for x in dd.quotes[:i] if s0 <= x.after_close <= m.start()])
    if (bracket := text.rfind("(", b0, m.start())) >= 0 and ")" not in text[bracket : m.start()]:
        b0 = bracket + 1  # rule bracket-subject: "He is robotic ( his own wife asserted that "…"": inside
    pre = text[b0 : m.start()]
    inverted = b0 > s0 and not pre.strip(" ,")  # ""…," said X, "…"": the verb right after a quote
    with_ = _WITH_SUBJECT.search(pre) if m.group().endswith("ing") else None
    if with_ and with_.group(1).strip():
        who = _with_subject(dd, b0, m.start())
    elif m.group().endswith("ing"):
        who = _sentence_subject(dd, b0, m.start())
    elif inverted:
        # ""The problem," said Dr. Kenneth Renney of Sports Medicine Associates, "is that …"": said X
        who = _who_span(dd, m.end(), _phrase_end(text, m.end(), q.open_at), before_verb=False)
        who = _named_in_apposition(dd, who, q.open_at) or who
    elif pre.rstrip().endswith(",") and (aside := _SAID_ASIDE.match(text, m.start())):
        # said-aside: "Herman's suspension, said Singer, indicated his "…"": the name of the aside speaks
        who = aside.span(1)
    else:
        helper = _HELPER.search(pre) or _PARTY_BRACKET.search(pre)
        at = b0 + helper.start() if helper else m.start()
        who = _relative_subject(text, b0, at) or _what_subject(dd, b0, at) or _who_before(dd, b0, at)
    if who is None and not inverted and not m.group().endswith("ing"):
        # pronoun-subject: "… a prerequisite to this, and in that regard he says that "…"", "After it was
        # over, she said she had not expected him to try to "…"": "he"/"she" right before the verb
        who = _pronoun_subject(dd, m.start())
    if who is None and (m.group().endswith("ing") or not _OWN_UNNAMED_SUBJECT.search(pre)):
        who = _opening_subject(dd, b0, m.start())
    if who is None or _SECOND_PERSON.fullmatch(text, *who):
        return Attribution(True)
    if plural_people(text[who[0] : who[1]]) and _NEXT_CLAUSE.search(stretch):
        return Attribution(True)  # rule plural-description: a later clause's quote is not the plural's
    if _ASKED.fullmatch(m.group()):
        return Attribution(True)  # asked-question: "asking Gwen, "Vill you …?"": a question
    if _CLAUSE_SUBJECT.search(text, *who):
        return Attribution(True)  # clause-subject: "a dissent by Breyer in which he said"
    if _INDEFINITE_SUBJECT.fullmatch(text, *who):
        return Attribution(True)  # indefinite-subject: "Another responds, "…"": no one named
    if _TEXT_SUBJECT.fullmatch(text, *who):  # "The appeal claims that "…""
        return Attribution(True, who, text[who[0] : who[1]], direct=True, speaker_rule="text-subject")
    if _TEXT_SUBJECT.match(text, who[0]):
        return Attribution(True)  # "The platform of the party states": a text, its author not named
    speaker, how = resolve_rule(dd, q, who)
    named = dd.ents.within(dd.d, *who, "person")
    if (
        speaker is None
        and how != "joint-speakers"  # rule joint-decided: two speakers, no one (not the first of them)
        and named
        and _heads(dd, who, named[0])
        and not agent_of_modifier(text, who[0], named[0].start)
        and not participle_object(text, who[0], named[0].start)
    ):
        # "Melrose High senior Muxie on the other hand said"
        speaker, how = dd.person_name(named[0]), "subject-head"
    return Attribution(True, who, speaker, direct=True, speaker_rule=how) if speaker else Attribution(True)


def _modifies_noun(dd: DocView, q: QuoteSpan) -> bool:
    """Quoted words run straight into a noun they modify ("the current "don't ask, don't tell" policy"):
    a name, not words reported."""
    if not dd.text[q.start : q.end][-1:].isalnum():
        return False
    nxt = _NOUN_AFTER.match(dd.text, q.after_close)
    word = nxt.group(1) if nxt else ""
    return bool(word) and word not in NOT_NOUN and not word.endswith(("ed", "ly", "ing"))


# a relative clause between the verb and the quote ("…, which is that", "…, whom he")
_RELATIVE_BETWEEN = re.compile(r",\s+(?:which|who|whom|whose)\b")
# the verb's own subject, unnamed, after a comma, "but" or "and": lower-case words, not a pronoun, a
# relative pronoun ("Stefan, who … describes") nor an adverb ("…, but critics said", "…, and lawmakers
# who opposed it warned"): the sentence's opening subject is not the speaker
_OWN_UNNAMED_SUBJECT = re.compile(
    r"(?:,|\b(?:but|and)\b)\s*"
    r"(?!(?:but|and|who|which|that|he|she|they|we|i|it|also|then|later|\w+ly)\b)[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)*\s*$"
)
# what may come between a clause's opening name and its verb: no clause of its own
_CLAUSE_WORD = re.compile(r"\b(?:when|because|if|while|although|since|after|before|unless)\b|[—–]")


def _heads(dd: DocView, who: tuple[int, int], f: Found) -> bool:
    """A person named in a subject phrase is its head, not the object of "of" or a possessive ("The mother
    of missing Carlie Trent" is not Carlie Trent)."""
    start = who[0]
    pre = dd.text[start : f.start]
    return (
        _names_subject(dd.text, start, f.start)
        and not re.search(r"\bof\b|['’]s?\s*$", pre)
        and dd.text[f.end : f.end + 1] not in ("'", "’")  # "John Smith's lawyer"
        and not _OWN_SUBJECT.search(dd.text, f.end, who[1])  # "… recalled the day her son [told]"
    )


_OWN_SUBJECT = re.compile(r"\b(?:the|a|an|his|her|their|its|my|our|your)\s+[a-z][\w\-]*\s*$")


def _opening_subject(dd: DocView, b0: int, verb_at: int) -> tuple[int, int] | None:
    """The subject a clause opens with, for a verb of saying further on ("Hall praised DaimlerChrysler,
    but said", "Muxie on the other hand said"): "He"/"She" first, or a person named within its first
    four words; None otherwise."""
    text = dd.text
    lead = _LEAD_CONNECTIVE.match(text, b0)
    s0 = lead.end() if lead else b0
    pronoun = _SUBJECT_PRONOUN.match(text, s0)
    if pronoun:
        return pronoun.span()
    for f in dd.ents.within(dd.d, s0, verb_at, "person"):
        if len(text[s0 : f.start].split()) <= 4 and not dd.in_quote(f.start):
            return None if _CLAUSE_WORD.search(text, s0, verb_at) else (f.start, f.end)
        return None
    return None


RULES: tuple[Rule, ...] = (
    Rule("named-term", _named_term),
    Rule("apposed-title", _apposed_title),
    Rule("preposition-title", _preposition_title),
    Rule("work-frame", _work_frame),
    Rule("host-after", _host_after),
    Rule("told-show", _told_show),
    Rule("naming-verb", _naming_verb),
    Rule("self-named", _self_named),
    Rule("cue-copula", _cue_copula),
    Rule("work-of", _work_of),
    Rule("coordinated-term", _coordinated_term),
    Rule("as-puts-it", _as_put_it),
    Rule("colon-opened", _colon_opened, ("org-first-word",)),
    Rule("clause-after-mark", _clause_after_mark),
    Rule("caseless-name", _caseless_name),
    Rule("said-after", _said_after, ("text-speaker",)),
    Rule("participle-opener", _participle_opener),
    Rule("dash-credit", _dash_credit),
    Rule("asked-by", _asked_by),
    Rule("intro-before", _intro_before, ("text-speaker", "quoted-pronoun")),
    Rule("inverted-lead", _inverted_lead),
    Rule("same-sentence", _in_sentence, ("text-speaker",)),
    Rule("colon-intro", _colon_intro),
    Rule("interview-turn", _interview_turn),
    Rule("quoted-as", _quoted_as),
    Rule("continued", _continued, ("narrative-after", "caseless-adjacent")),
    Rule("adjacent-clause", _adjacent_clause),
    Rule("passive-agent", _passive_agent),
    Rule("reported-clause", _reported_clause, ("text-subject", "subject-head")),
    Rule("unread-speaker", _unread_speaker),
    Rule("subject-words", _subject_words),
    Rule("narrative-beat", _narrative_beat),
    Rule("unattributed", _unattributed),
)
BY_NAME = {r.name: r for r in RULES}


# --- helpers -----------------------------------------------------------------------------------


# a determiner or a possessive ("Zhu's claims", "the students' notes") makes the verb a noun; a
# contraction ("He's said", "that's told") and a closing quotation mark ("‘We will win’ said") do not
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|these|those|such|new|false|similar)"
    r"|\b(?!(?:he|she|it|that|who|there|what|where|here)['’]s\b)\w+['’]s|\ws['’])\s+$",
    re.I,
)


# rule plural-noun: "reports", "states", "claims", "notes" are plural nouns after a number, a preposition, a
# verb they are the object of or a modifier of news ("two reports", "amid reports", "asked states Monday to",
# "said the foreign reports about … sought"), not verbs of saying; rule united-states: after "united" it is
# the country (case-less "calling the communist party of the united states a "…"" read the party as speaker)
_PLURAL_NOUN = frozenset(["reports", "states", "claims", "notes"])
_PLURAL_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|several|many|some|other|no|of|to|for|amid|from|about|on|with|asked|"
    r"urged|news|press|media|police|witness|earlier|recent|first|previous|initial|immediate|unconfirmed|"
    r"conflicting|special|foreign|local|united)\s+$"
)  # case-sensitive: "Fox News reports" is a verb
# rule outlet-news: in lower-cased text (Multi-News+) "news" after a broadcaster's name ends the outlet's
# name ("cbs news reports that", "fox news reports"): "reports" is its verb, as in "Fox News reports". A list,
# not any word: "chinese news reports", "influential news reports", "what news reports called" are nouns
# (a Random(2021) draw of 3,000 training stories: 2 "cbs news reports", 14 other "<word> news reports")
_OUTLET_NEWS = re.compile(
    r"\b(?:fox|abc|cbs|nbc|bbc|cnn|msnbc|cnbc|sky|yahoo|bloomberg|itv)\s+news\s+$", re.I
)


def _verbs(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Speech verbs in text[start:end], without the noun uses ("his reports", "asked states")."""
    end = len(text) if end is None else end
    return [
        m
        for m in _VERB.finditer(text, start, end)
        if not _NOUN_BEFORE.search(text, max(0, m.start() - 24), m.start())
        and not (m.group() in _PLURAL_NOUN and _plural_noun(text, m.start()))
        and (m.group() != "shared" or _shared_says(text, m.start(), m.end()))
    ]


def _shared_says(text: str, at: int, end: int) -> bool:
    """Rule shared-subject: "shared" at text[at:end] reports words: its subject follows a closing mark, or
    opens the clause and an opening mark follows the verb."""
    lo = max(0, at - 80)
    return bool(
        _SHARED_AFTER_MARK.search(text, lo, at)
        or (_SHARED_OPENS.search(text, lo, at) and _SHARED_THEN_MARK.match(text, end))
    )


def _plural_noun(text: str, at: int) -> bool:
    """Rule plural-noun: the word at `at` ("reports", "states") is a noun by the words before it, unless
    they end an outlet's name (rule outlet-news: "fox news reports")."""
    m = _PLURAL_BEFORE.search(text, max(0, at - 24), at)
    return m is not None and not (
        m.group().startswith("news") and _OUTLET_NEWS.search(text, max(0, at - 40), at)
    )


def _other_person_between(dd: DocView, prev: QuoteSpan, q: QuoteSpan) -> bool:
    """Narrative sentences between two quotes that name another person or organisation, or a host,
    break the chain ("… ," Kerry said. Lavrov disagreed. "…")."""
    end_of_attribution = _sentence_end(dd.text, prev.after_close, q.open_at, dd)
    start = end_of_attribution.end() if end_of_attribution else q.open_at
    between = dd.mentions(start, q.open_at)
    return any(dd.person_name(f) != prev.speaker and dd.ents.kind(f) != "place" for f in between) or bool(
        _INTERVIEW_HOST.search(dd.text, prev.after_close, q.open_at)
    )


def _named_not_said(dd: DocView, q: QuoteSpan) -> bool:
    """A short quoted phrase that names something rather than reporting words: Title Case words
    (a nickname or title), or a name cue before it ("the so-called "…"", "known as "…"")."""
    inner = dd.text[q.start : q.end].strip(" .,")
    words = inner.split()
    if _SPEECH_OPENS.search(dd.text, max(0, q.open_at - 40), q.open_at):
        return False  # speech-opens: "Johnson said, "Never."" is a reply, not a name
    return bool(words) and all(x[0].isupper() for x in words if x[0].isalpha())


# rule according-aside (session 56, speakers56's fresh read Random(5652), multinews-train-39143: "he added,
# according to the associated press, that he felt "more and more shame"" gave his words to the AP): an
# "according to" set off by commas right after a verb of saying (up to three words between: "said on monday,
# according to …") names where the words were reported; the verb before it has the speaker
_ACCORDING_ASIDE = re.compile(r"(?:\s+[\w'’\-]+){0,3}\s*,\s*", re.IGNORECASE)
# rule according-then-subject (same read, multinews-train-33096: "according to the observer, chappelle slammed
# the media for "twisting"" gave Chappelle's word to the paper): "according to X," then a clause whose subject
# is a person or a he/she/they with a verb of its own (not an auxiliary: "according to police, smith was
# "…"" is the police's account) before the quote: the words are that subject's, whom no verb of saying names
# here: speech, no speaker
_ACCORDING_THEN = re.compile(
    r"[^,.;:“”\"]{0,80}?,\s*(?P<subj>(?:[\w.'’\-]+\s+){0,3}?[\w.'’\-]+)\s+(?:\w+ly\s+)?"
    r"(?!(?:was|is|were|are|had|has|have|would|will|could|can|did|does|do|should|may|might|must)\b)"
    r"[a-z]+(?:ed|es)\b"
)
_PRONOUN_SUBJECT = frozenset(["he", "she", "they"])


def _according_then_subject(dd: DocView, who_end: int, open_at: int) -> bool:
    """Rule according-then-subject (see above): the clause after "according to X," up to the quote opens on a
    person (an entity) or a he/she/they with a verb of its own."""
    m = _ACCORDING_THEN.match(dd.text, who_end, open_at)
    if m is None:
        return False
    if m.group("subj").lower() in _PRONOUN_SUBJECT:
        return True
    return any(
        f.start == m.start("subj") for f in dd.ents.within(dd.d, m.start("subj"), m.end("subj"), "person")
    )


def _sentence_who(dd: DocView, q: QuoteSpan, w: Window) -> tuple[tuple[int, int], str, int] | None:
    """The attribution phrase of the quote's sentence, the verb that introduces it and where that verb
    ends."""
    text = dd.text
    b0, b1 = max(q.para_start, dd.sentence_start(q.open_at)), w.before[1]
    what = _what_calls(dd, max(b0, b1 - _WHAT_REACH), b1)
    if what is not None and not dd.in_quote(what.start()):
        # rule what-calls-nearest: "Israel has said it would not build, but Netanyahu supports … what he
        # terms "…"": the "what" clause right before the marks names whose words they are, nearer than the
        # sentence's verb of saying
        return what.span(1), "described", q.open_at
    verbs = [m for m in _verbs(text, b0, b1) if not dd.in_quote(m.start())]
    for m in reversed(verbs):
        if m.group().lower() == "according to":
            if any(
                _ACCORDING_ASIDE.fullmatch(text, v.end(), m.start()) for v in verbs if v.end() <= m.start()
            ):
                continue  # rule according-aside: the verb of saying before it has the speaker
            who = _who_span(dd, m.end(), _phrase_end(text, m.end(), b1), before_verb=False)
            if who is not None:
                return who, m.group(), m.end()
            continue
        if _PARTICIPLE.match(m.group()):
            quoted = _QUOTED_OBJECT.search(text, b0, m.start())
            if quoted:
                who = _who_span(dd, *quoted.span(1), before_verb=False)
            else:
                who = _with_subject(dd, b0, m.start()) or _sentence_subject(dd, b0, m.start())
        else:
            at = _before_adverb(text, b0, m.start())
            who = _what_subject(dd, b0, at) or _who_before(dd, b0, at)
            if who and plural_people(text[who[0] : who[1]]) and _NEXT_CLAUSE.search(text, m.end(), q.open_at):
                # "Palestinian officials described … as "…," and the U.S. state department criticized …
                # "…"": a quote after the next clause is no longer the plural description's
                who = None
        if who is not None:
            return who, m.group(), m.end()
        if m is verbs[-1] and _OTHER_SUBJECT.search(text, b0, m.start()) and not _PARTICIPLE.match(m.group()):
            # rule nearest-frame: "Dahl said bergdahl, whom he interviewed, admitted that he had been "…"",
            # "police say family told police he had been "…"": the verb of saying nearest the quote has a
            # subject of its own that no rule reads, so an earlier verb's subject reports the words but did
            # not say them (not after "and"/"but": "Kerry said …, but emphasized "…"" is one subject)
            break
    judged = _judged_as(dd, q, b0, b1)
    if judged is not None:
        return judged, "described", q.open_at
    a0, a1 = w.after
    ended = _ENDS_SENTENCE.search(text, q.start, q.end) is not None
    if ended and dd.caseless:
        # rule caseless-end: in case-less text a quote that ends its sentence is followed by the next
        # sentence, whose capital was lost (""… we all cried. " officials say it was nov. 24"): no verb
        # there attributes it (an attribution right after it is read by said-after)
        return None
    set_off = text[q.start : q.end].rstrip(" '’")[-1:] == ","
    for m in _verbs(text, a0, a1):
        if dd.in_quote(m.start()) or _PARTICIPLE.match(m.group()):
            continue
        if ended and _LEADS_INTO_QUOTE.match(text, m.end()):
            continue  # "… a priority.” And …, one diplomat said, “…”": the next sentence's quote is his
        who = _who_before(dd, a0, m.start())
        if _joined_plural(text, a0, who):
            continue
        if who is not None:
            return who, m.group(), m.end()
        if (
            not ended
            and q.words >= MIN_SPEECH_WORDS
            and _CLAUSE_THEN_VERB.fullmatch(text, a0, m.start())
            and not _TOLD.fullmatch(m.group())  # addressee: "…, told the governor" names the hearer
        ):
            # ""They were the dregs" of the army, said James Mulvenon, a military expert": the sentence
            # goes on past the quote and ends in an inverted attribution, whose speaker said it all (a
            # shorter quote is more often a term: "was "swift," said one Arab official")
            e = _phrase_end(text, m.end(), a1)
            who = _who_span(dd, m.end(), e, before_verb=False)
            if who is not None:
                return _named_in_apposition(dd, who, a1) or who, m.group(), m.end()
        if set_off:
            # rule first-frame: ""…," judiciary chief … larijani said in a letter …, the television report
            # said": the first verb after a quote its comma sets off attributes it; when no rule reads that
            # verb's speaker (case-less text), a later verb or phrase names a hearer, an outlet or a report
            return None
    return None


# rule caused-to: a clause between the verb of saying and the quote that makes another say something
# ("…, prompting the BEA to warn against "…"", "which led the minister to call it "…""); not one that asks
# ("urging residents to remain "calm"": the asker's words)
_CAUSED_TO = re.compile(
    r"\b(?:prompting|prompted|leading|led|forcing|forced|causing|caused|spurring|spurred)\s+"
    # another, not the verb's own subject ("prompted him to offer the bill aimed at raising "…"") nor a
    # preposition's object, made to say something ("forced inmates to undergo …" is no saying)
    r"(?!(?:him|her|them|it|us|me|himself|herself|themselves|for|about|of|in|on|at|with|from)\b)"
    r"(?:[\w.'’\-]+\s+){1,5}?to\s+(?:warn|say|call|declare|describe|caution|announce|insist|claim|label|dub|"
    r"brand|demand|state|comment|accuse)\b"
)
# nearest-frame: a word right before the nearest verb of saying that can end its own subject (a name, a
# noun, a comma closing an apposition); not a conjunction or adverb joining a second verb to the subject
# before ("… and added", "…, but emphasized", "also said"), nor a pronoun (most often the same person:
# "which it described as"), nor a passive's helper ("being told")
_OTHER_SUBJECT = re.compile(
    r"(?<![\w'’])(?!(?:he|she|it|they|we|i|you|and|but|or|then|also|later|again|further|once|who|which|that|to|"
    r"be|been|being|is|are|was|"
    r"were|has|have|had|would|will|could|can|did|does|do|not|never|just|[a-z]+ly|\w+n['’]t)(?![\w'’]))[\w'’]+,?\s+$"
)


# a clause of its own, with a subject of its own, joined after the verb's (", and the department criticized";
# not ", and had killed": the same subject's next verb)
_NEXT_CLAUSE = re.compile(r",[\"”’]?\s+(?:and|but)\s+(?:the\s|a\s|an\s|[A-Z])")


def _named_next_clause(dd: DocView, verb_end: int, open_at: int, who: tuple[int, int]) -> bool:
    """Between the verb and the quote a clause joined by "and"/"but" opens with a person other than `who`."""
    speaker = {dd.ents.name(f) for f in dd.ents.within(dd.d, *who, "person")}
    for m in _AND_CLAUSE.finditer(dd.text, verb_end, open_at):
        named = dd.ents.within(dd.d, m.end(), open_at, "person")
        if (
            named
            and _titles_only(dd.text[m.end() : named[0].start])
            and dd.ents.name(named[0]) not in speaker
        ):
            return True
    return False


_AND_CLAUSE = re.compile(r",\s*[\"”’]?\s*(?:and|but)\s+")


def _joined_plural(text: str, a0: int, who: tuple[int, int] | None) -> bool:
    """Rule plural-description: after a quote, a plural description opening a clause joined by "but"/"and"
    ("chastised Clinton for "legal hairsplitting," but former prosecutors say") speaks in that clause only."""
    return bool(
        who
        and plural_people(text[who[0] : who[1]])
        and re.search(r"\b(?:and|but|or)[\s,]*$", text[a0 : who[0]])
    )


# the words after a quote that end in a comma right before the speech verb (", said X"), with no clause
# break of their own (no semicolon, colon or full stop) and no bracket: a quote in brackets is an aside
# inside its sentence's subject ("Stefan, who … ("I started crying"), recalls …")
_CLAUSE_THEN_VERB = re.compile(r"[^;:.!?“”\"()]*\w[^;:.!?“”\"()]*,\s*")


# verbs that judge a thing by words ("slammed the ruling as "…"", "labeled the ruling "…""): with the
# quote as what the thing is judged to be, the quoted words are the subject's
_JUDGING_VERB = re.compile(
    r"\b(?:slam(?:med|s)|blast(?:ed|s)|dismiss(?:ed|es)|denounc(?:ed|es)|brand(?:ed|s)|label(?:l?ed|s)|"
    r"decr(?:ied|ies)|hail(?:ed|s)|prais(?:ed|es)|condemn(?:ed|s)|criticiz(?:ed|es)|criticis(?:ed|es)|"
    r"derid(?:ed|es)|characteri[sz](?:ed|es)|ridicul(?:ed|es)|mock(?:ed|s)|lambast(?:ed|s)|attack(?:ed|s)|"
    r"rejected|rejects|assail(?:ed|s)|deplor(?:ed|es)|welcom(?:ed|es)|"
    r"lik(?:ened|ens|ening)|compar(?:ed|es|ing)|accus(?:ed|es)|refer(?:s|red|ring))\b"
)
# between the verb and the mark: its object, then "as" and at most six words ("dismissed the report as a
# product of a "…""); "labeled"/"branded" take the quote right after the object ("labeled the ruling "…"")
_JUDGED_OBJECT = re.compile(r"[^.;:!?“”\"()]{1,80}?\sas(?:\s+[\w'’\-]+){0,6}\s*$")
_LABEL_OBJECT = re.compile(r"(?:\s+[\w'’\-]+){1,6}\s*$")
# "likened the fire to a "…"", "compared Prozac to a "…"": the thing, then "to" and at most three words
_LIKENED_OBJECT = re.compile(r"[^.;:!?“”\"()]{0,80}?\sto(?:\s+[\w'’\-]+){0,3}\s*$")
# rule accused-of (session 23 census of cased text): "Damascus accused Washington of "interfering"", "has
# accused him of "reckless and irresponsible" conduct": the one accused, "of", at most three words; not a
# passive ("was accused of "…"", "accused by police of": the accuser is no subject there)
_ACCUSED_OBJECT = re.compile(r"(?:\s+(?!by\b)[\w.'’\-]+){1,8}?\s+of(?:\s+[\w'’\-]+){0,3}\s*$")
# rule referred-to-as (session 38): "X referred to herself as a "…"", "referring to Romney as "…"": a person
# between "to" and "as" (a personal pronoun or a person's name, at most eight words), then at most three
# words, makes the words the subject's; a thing so referred to is named ("referred to the device as the
# "black box"", session 16), and so is anything "referred to as "…"" (lexicon.naming's referred-as)
_REFERRED_OBJECT = re.compile(r"\s+to\s+((?!as\b)(?:[\w.'’\-]+\s+){1,8}?)as(?:\s+[\w'’\-]+){0,3}\s*$")
_PERSONAL = re.compile(
    r"(?:him|her|them|me|us|you|himself|herself|themselves|myself|ourselves|yourself)\s*", re.I
)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?$", re.I)
# "praised Davis' "…"", "condemned the mayor's "…"": the quoted words name what the verb judges in someone
_POSSESSED_OBJECT = re.compile(r"(?:\s+[\w.\-]+){0,3}\s+[\w.\-]*\w(?:['’]s|s['’])\s*$")
# "denounced what she calls a "…"": the present tense and "has called" name the words as the subject's too
# rule what-called (session 46, training-file fragments read): so do "is calling" and the past "called", also
# with the work it was called in ("what spriggs is calling an "…"", "what Shultz called in a memoir "…"")
_WHAT_CALLS_VERB = (
    r"(?:calls|call|(?:has|have|had)\s+called|likes\s+to\s+call|terms|termed|(?:is|are|was|were)\s+calling|"
    r"called(?:\s+in\s+(?:a|an|the|his|her|their|its)\s+[a-z]+)?)\s+"
    r"(?:an?\s+|the\s+|(?:his|her|their|its|our|my)\s+)?$"  # "what she calls her "negatives"" (session 38)
)
# rule what-titled-subject (session 47): the subject may be a titled name with a lower-case "former",
# "then" or "the late" before it and an office "of" a place or body ("what former Secretary of State George
# Shultz called in a memoir "…"")
_CAP_WORD = r"[A-Z][\w.'’\-]+"
_OF_BODY = rf"\s+of\s+(?:the\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}}"
_WHAT_WHO = (
    rf"(?:he|she|they|{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}"
    rf"|(?:former|then|the\s+late)[\s\-]+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}}(?:{_OF_BODY})?"
    rf"|{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}{_OF_BODY})"
)
_WHAT_REACH = 90  # characters before the marks a "what" clause may start (the titled subject is long)
_WHAT_CALLS = re.compile(r"\bwhat\s+(" + _WHAT_WHO + r")\s+" + _WHAT_CALLS_VERB)
# in case-less text no capital shows: one or two words, kept only when they are a person the entity pass read
_WHAT_CALLS_CASELESS = re.compile(r"\bwhat\s+([a-z][\w.'’\-]+(?:\s+[a-z][\w.'’\-]+)?)\s+" + _WHAT_CALLS_VERB)


def _what_calls(dd: DocView, start: int, end: int) -> re.Match[str] | None:
    """ "what she calls "…"" ending right before the marks: in case-less text the subject must be a
    pronoun or a person named there (never "what many call", "what the agency calls")."""
    what = _WHAT_CALLS.search(dd.text, start, end)
    if what is not None or not dd.caseless:
        return what
    what = _WHAT_CALLS_CASELESS.search(dd.text, start, end)
    if what is None:
        return None
    s, e = what.span(1)
    named = dd.ents.within(dd.d, s, e, "person")
    return what if named and named[0].start == s and named[-1].end == e else None


def _judged_as(dd: DocView, q: QuoteSpan, b0: int, b1: int) -> tuple[int, int] | None:
    """ "Trump blasted the ruling as "disgusting"", "Beijing dismissed the report as a product of a "Cold
    War mentality"", "accused Washington of "interfering"": the subject of the judging verb said the
    words."""
    text = dd.text
    what = _what_calls(dd, max(b0, b1 - _WHAT_REACH), b1)
    if what:
        return what.span(1)
    found = [m for m in _JUDGING_VERB.finditer(text, b0, b1) if not dd.in_quote(m.start())]
    if not found:
        return None
    m = found[-1]
    between = text[m.end() : b1]
    label = m.group().startswith(("label", "brand"))
    liken = m.group().startswith(("lik", "compar"))
    if m.group().startswith("accus"):
        if not _ACCUSED_OBJECT.fullmatch(between) or _PASSIVE_BEFORE.search(text, b0, m.start()):
            return None
    elif liken:
        if not _LIKENED_OBJECT.fullmatch(between):
            return None
    elif m.group().startswith("refer"):
        obj = _REFERRED_OBJECT.fullmatch(between)
        if obj is None or _PASSIVE_BEFORE.search(text, b0, m.start()):
            return None
        o0, o1 = m.end() + obj.start(1), m.end() + obj.end(1)
        if not _PERSONAL.fullmatch(text, o0, o1) and not dd.ents.within(dd.d, o0, o1, "person"):
            return None
    elif not (
        _JUDGED_OBJECT.fullmatch(between)
        or (label and _LABEL_OBJECT.fullmatch(between))
        or _POSSESSED_OBJECT.fullmatch(between)
    ):
        return None
    if re.search(r"\b(?:and|but|which|who|that)\b", between):
        return None
    at = _before_adverb(text, b0, m.start())
    return _what_subject(dd, b0, at) or _who_before(dd, b0, at)


# an adverb of manner between the subject and its verb ("Dennis Ross bluntly dismissed", "angrily branded"):
# it belongs to the verb, the subject is before it. Lower-case words in "-ly" that are nouns or name a
# group ("the family said", "the elderly say", "the weekly reported") are no adverbs
_ADVERB_BEFORE = re.compile(r"\b([a-z]{3,}ly)\s+$")
_LY_NOUNS = frozenset(
    [
        *("family", "assembly", "supply", "rally", "ally", "monopoly", "anomaly", "butterfly", "belly"),
        *("bully", "reply", "homily", "jelly", "folly", "elderly", "weekly", "daily", "monthly", "quarterly"),
        *("yearly", "nightly", "biweekly", "fortnightly", "melancholy", "holy", "jolly", "lily", "italy"),
    ]
)


def _before_adverb(text: str, b0: int, verb_at: int) -> int:
    """Where the subject's phrase ends before a verb: before an "-ly" adverb of manner right before it
    ("Ross bluntly dismissed" -> "Ross"), else the verb's own start."""
    m = _ADVERB_BEFORE.search(text, b0, verb_at)
    return m.start() if m and m.group(1) not in _LY_NOUNS else verb_at


# "denounced what she called a "witch hunt"": the subject of a "what" clause right before the verb
_WHAT_CLAUSE = re.compile(r"\bwhat\s+(" + _WHAT_WHO + r")\s+$")


# rule what-plain-subject (session 47): a lower-case "what" clause subject whose verb leads straight into
# the marks ("what critics called "…"", "what aides described as "…"") is the subject, never the sentence
# before it ("The deal was what critics" was a speaker); not "believed what the child said because they
# considered him a "…"" (the clause's verb ends it)
_WHAT_PLAIN = re.compile(
    r"\bwhat\s+((?:[a-z][\w'’\-]*\s+){0,2}?[a-z][\w'’\-]*)\s+(?:(?:has|have|had|is|are|was|were)\s+)?$"
)
_VERB_INTO_MARKS = re.compile(r"[a-z]+\s+(?:as\s+)?(?:(?:an?|the|his|her|their|its)\s+)?[“\"]")


def _what_subject(dd: DocView, b0: int, verb: int) -> tuple[int, int] | None:
    """ "Reyes denounced what she called a "witch hunt"", "part of what Kerry called a "…"": the words
    are those of the "what" clause's subject (a pronoun, resolved as any other, or a name)."""
    m = _WHAT_CLAUSE.search(dd.text, max(b0, verb - _WHAT_REACH), verb)
    if m is None and _VERB_INTO_MARKS.match(dd.text, verb):
        m = _WHAT_PLAIN.search(dd.text, max(b0, verb - _WHAT_REACH), verb)
    return m.span(1) if m else None


# "El Mundo quoted an Air Comet pilot … as saying he witnessed "…"": the one quoted speaks, not the outlet
_QUOTED_OBJECT = re.compile(r"\bquoted\s+([^,.;“”\"]{1,80}?)(?:\s+[a-z]+ing\b[^,.;“”\"]{0,80}?)?\s+as\s+$")
# a quote whose words end a sentence inside its marks ("… a priority.”), and a verb that leads straight
# into the next quotation (", one diplomat said, “…")
_ENDS_SENTENCE = re.compile(r"[.!?][\s'’]*$")
_LEADS_INTO_QUOTE = re.compile(r"\s*[,:]?\s*[“\"]")


# rule speech-opens: a verb of saying and a comma or colon right before the mark open direct speech
# ("Johnson said, "Never."", "Then she asks, "Where's Mommy?""), never a title or a name; a naming verb
# opens none ("His new novel is called: "The Long Road Home."" names a work)
_SPEECH_OPENS = re.compile(
    r"\b(?!(?:called|calling|described|describing|describes)\b)(?:"
    + SPEECH_VERBS
    + r"|answered|answers)\s*[,:]\s*$"
)


# a noun's possessive right before the mark ("CNN's "…""); "it's", "that's", "there's" are a verb ("it's
# "happy noise."", "it's "almost 100 percent" certain": words said)
_POSSESSIVE_END = re.compile(r"\b(?!(?:he|she|it|that|there|what|who|here|where)['’]s\b)\w+['’]s\s*$", re.I)


# rule title-named-before: a work's name quoted before, a work cue right before it or before its owner's
# possessive ("the film "…"", "a song similar to eminem's "…""); no term cue ("the word "liar"": a word a
# speaker may use again)
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|book|novel|song|album|show|series|musical|titled|entitled)"
    r"(?:\s+[\w\-]+){0,3}?(?:\s+[\w\-]+['’]s)?\s*$",
    re.IGNORECASE,
)


def _titled_before(dd: DocView, q: QuoteSpan, words: str) -> bool:
    """Rule title-named-before: the document quoted the same words before as a work's name (`_WORK_BEFORE`:
    a song "similar to the singer's "lose the night"", then "the claim that "lose the night" was not
    original"): a name again, not words said."""
    text = dd.text
    return any(
        p.open_at < q.open_at
        and text[p.start : p.end].strip(" .,").lower() == words
        and _WORK_BEFORE.search(text, max(0, p.open_at - 50), p.open_at) is not None
        for p in dd.quotes
    )


def _looks_like_title(dd: DocView, q: QuoteSpan) -> bool:
    """A name in quotes rather than words said: Title Case ("State of the Union"), after a possessive
    ("CNN's "…"") or a cue word ("the film "…""), or naming a role ("…" host Candy Crowley)."""
    text = dd.text
    inner = text[q.start : q.end].strip(" .,")
    words = inner.split()
    pre = text[max(0, q.open_at - 40) : q.open_at]
    if (
        words
        and len(words) <= 8
        and _title_case(words)
        # rule title-needs-capital: short words alone ("no one", "bs", "fix") pass `_title_case` with no
        # capital at all; a title has one ("called the verdict "bs"" is the caller's word)
        and any(x[:1].isupper() for x in words)
        and not inner.endswith(("?", "!"))
        and not _SPEECH_OPENS.search(pre)
    ):
        return True
    if _TITLE_CUE.search(pre) or _POSSESSIVE_END.search(pre):
        return True
    if len(words) <= 6 and _titled_before(dd, q, inner.lower()):
        return True
    post = re.match(r"\s+([a-z]+)", text[q.after_close : q.after_close + 30])
    # the quote's last mark less the space Multi-News+ writes before the closing one ("…, " mayor …")
    last = text[q.start : q.end].rstrip()[-1:]
    return bool(post and last not in ",.?!—" and post.group(1) in gazetteer().roles)


def _is_full_sentence(dd: DocView, q: QuoteSpan, w: Window) -> bool:
    """A quote that stands as a sentence of its own (nothing but punctuation around it)."""
    text = dd.text
    pre = text[w.before[0] : q.open_at].strip()
    if pre and not pre.endswith((":", ".", "?", "!")):
        return False
    inner = text[q.start : q.end].rstrip()
    post = text[q.after_close : q.after_close + 2]
    return inner.endswith((".", "?", "!", "…", ",")) or post[:1] in (".", "") or post.startswith("\n")


# rule pronoun-said-stop: in case-less text a quote that ends its sentence is followed by the next sentence
# (its capital lost), except a pronoun and a verb of saying that end there (""… or something. " he said."):
# that sentence says nothing but who spoke, so it is the quote's attribution
_PRONOUN_SAID_STOP = re.compile(r"(?:he|she)\s+(?:said|says|added|adds|explained|recalled|wrote|writes)\s*\.")


def _adjacent_after(dd: DocView, q: QuoteSpan, after: tuple[int, int]) -> tuple[int, int] | None:
    text = dd.text
    a0, a1 = after
    seg = text[a0:a1]
    inner_end = text[q.start : q.end].rstrip(" '’)]")[-1:]
    # a single mark glued to the closing one closes a quote inside the quote (""… `I'm following the
    # law,”' he said"): it belongs to the marks, not to the attribution
    nested = _NESTED_CLOSE.match(seg)
    a0 += nested.end() if nested else 0
    seg = text[a0:a1]
    lead = len(seg) - len(seg.lstrip(" ,—–-"))
    if not (
        inner_end in ",?!—–-"
        or seg[:lead].strip(" ") in (",", "—", "–", "-")
        or (inner_end == "." and _GOES_ON.match(seg, lead) and not dd.caseless)
        or (inner_end == "." and dd.caseless and _PRONOUN_SAID_STOP.match(seg, lead))
    ):
        return None
    if quoted := _QUOTED_AS_SAYING.match(seg, lead):
        return _who_span(dd, a0 + quoted.start(1), a0 + quoted.end(1), before_verb=True)
    if quoted := _QUOTES_AS_SAYING.match(seg, lead):
        return _who_span(dd, a0 + quoted.start(1), a0 + quoted.end(1), before_verb=True)
    if recalled := _RECALLED_SAYING.match(seg, lead):
        # rule recalled-saying: ""…," cross recalled the flight attendant saying": the one recalled speaks
        return _who_span(dd, a0 + recalled.start(1), a0 + recalled.end(1), before_verb=True)
    if put := _AS_PUT_IT.match(seg, lead) or _AS_ARGUED.match(seg, lead):
        # as-put-it: ""…," as Pinkerton put it": the words are the one who put it so; as-argued: the same
        # with a verb of saying (""uphold the dignity of life" as some proponents have argued")
        return _who_span(dd, a0 + put.start(1), a0 + put.end(1), before_verb=True)
    if plural := _PLURAL_PRESENT.match(seg, lead):
        # rule plural-present: ""…," the authors write" / "the researchers note": a plural subject's
        # present verb of saying, which the verb list (third person singular and past forms) leaves out
        return _who_span(dd, a0 + plural.start(1), a0 + plural.end(1), before_verb=True)
    if reads := _TEXT_READS.match(seg, lead):
        # ""…," the report reads" / "read an Astana Team statement": a text's words, the text as speaker
        k = "inverted" if reads.group("inverted") else "subject"
        return a0 + reads.start(k), a0 + reads.end(k)
    for m in _verbs(seg):
        pre = seg[: m.start()]
        if _PARTICIPLE.match(m.group()):
            return None
        if len(pre.split()) > 20:
            break
        if _RELATIVE_END.search(pre):
            continue  # "a diplomat who insisted on anonymity said": the verb of a relative clause
        if _leads_next_quote(text, a0 + m.start(), a0 + m.end()):
            return None  # rule what-described-as: the verb leads into the quote after it
        if _SUBORDINATE_OPENS.search(pre) and not _SUBORDINATE_SET_OFF.search(pre):
            return None  # "called "andro," made popular when slugger Mark McGwire admitted …": no attribution
        if _OWN_CLAUSE_BETWEEN.search(pre):
            return None  # own-clause-between: "…," the map was removed, and the government announced that"
        if pre.strip(" ,—–-"):
            if _leads_next_after_end(text, q, pre, a0 + m.end()):
                return None
            who = _who_before(dd, a0 + lead, a0 + m.start())
            if _joined_plural(text, a0 + lead, who):
                continue
            if who is not None:
                return who
            if _CLAUSE_ENDS.match(seg, m.end()):
                return None  # rule own-attribution-first: the quote's own "…," mayor x said. ends here
            if (r := _RELAYED_AFTER.match(seg, m.end())) and _RELAY_END.match(seg, r.end()):
                return None  # rule relayed-report: the outlet after "varek said," only passes the words on
            continue
        # inverted: said X
        rest_start = a0 + m.end()
        if (comma := _COMMA_BEFORE_NAME.match(text, rest_start, a1)) and any(
            f.start == comma.end() for f in dd.ents.within(dd.d, comma.end(), a1, "person")
        ):
            rest_start = comma.end()  # "…," said, Becky Buell, Oxfam's Policy Director: a stray comma
        if by := _WRITTEN_BY.match(text, rest_start, a1):
            rest_start = by.end()
        who = _who_span(dd, rest_start, _phrase_end(text, rest_start, a1), before_verb=False)
        return _named_in_apposition(dd, who, a1) or who
    return None


# rule leads-next: a quote that ends its own sentence (".", "?" or "!" inside the marks), then a long subject
# whose verb opens the next quotation after a comma or colon (""… you know? " a letter from her attorney, marc
# bozeman, states, " …"): the attribution is the next quote's, not this one's (a split quote's attribution
# is short: ""Stop!" he shouted, "you will hurt him!"")
_LEADS_NEXT = re.compile(r"\s*[,:]\s*[“\"]")
_LEADS_NEXT_WORDS = 4


# rule leads-next-told (session 51, speakers51's training census, multinews-train-38513: ""… blood on his
# hands. " activist gregg housh told the new york times " that 1,500 people …" gave Palin's words to Housh):
# after a quote that ends its own sentence, "told" and its addressee run into the next opening mark with no
# comma or full stop ("told me in 2015. "…" ends the sentence): the teller's words are the next quote's,
# whatever the subject's length
_LEADS_NEXT_TOLD = re.compile(r"(?<=\btold)(?:\s+[\w'’\-]+(?:\.[\w'’\-]+)*){1,5}?\s+[“\"]")


# rule colon-leads-next (session 56, speakers56's fresh read Random(5652), multinews-train-14148: "ms. page
# asks: trump is "not ever going to become president, right? right?! " mr. strzok responds: "no. …"" gave
# Page's question to Strzok): after a quote that ends its own sentence, a verb of saying followed by a colon
# and an opening mark introduces the next quote, however short its subject (a split quote's own attribution
# takes a comma: ""Stop!" he shouted, "…"")
_LEADS_NEXT_COLON = re.compile(r"\s*:\s*[“\"]")


def _leads_next_after_end(text: str, q: QuoteSpan, pre: str, verb_end: int) -> bool:
    """Rule leads-next (see above): `pre` the words between the closing mark and the verb; and rules
    leads-next-told and colon-leads-next."""
    return text[q.start : q.end].rstrip(" '’")[-1:] in (".", "?", "!") and (
        (len(pre.split()) >= _LEADS_NEXT_WORDS and _LEADS_NEXT.match(text, verb_end) is not None)
        or _LEADS_NEXT_TOLD.match(text, verb_end) is not None
        or _LEADS_NEXT_COLON.match(text, verb_end) is not None
    )


# a text "reads" its words: "…," the report reads / read an Astana Team statement (only a text: "read" is
# no speech verb, and a person who reads reads someone else's words)
_TEXT_NOUN = _words(_READ_TEXTS)
# "held a sign that read, "…"": the words a text holds, not the words of the person holding it
_TEXT_HOLDS = re.compile(r"\b" + _TEXT_NOUN + r"s?\s+(?:that\s+|which\s+)?(?:reads?|said|says)\b", re.I)
_TEXT_READS = re.compile(
    r"(?:reads?\s+(?P<inverted>(?:a|an|the|this|its|his|her|their)\s+(?:[\w\-]+\s+){0,3}?"
    + _TEXT_NOUN
    + r")|(?P<subject>(?:a|an|the|this|its|his|her|their)\s+(?:[\w\-]+\s+){0,3}?"
    + _TEXT_NOUN
    + r")(?:\s+by\s+[^,.;“”\"]{1,40}?)?\s+reads?)\b(?=\s*(?:[,.;:]|$))",
    re.IGNORECASE,
)
_COMMA_BEFORE_NAME = re.compile(r",\s+(?=[A-Z])")
_NESTED_CLOSE = re.compile(r"['’](?=\s)")


# after a quote ending in a full stop, a lower-case word or a number goes on the sentence (""…." said
# Nathan Ballard", ""…." 17-year-old Zuhir Hersi said"): the words after the mark attribute it (not in
# case-less text, where every word is lower-case)
_GOES_ON = re.compile(r"[a-z0-9]")


def _named_in_apposition(dd: DocView, who: tuple[int, int] | None, limit: int) -> tuple[int, int] | None:
    """ "said one dejected lawmaker, Ruth Rabinowitz of …": a description whose comma is followed at
    once by a person's name stands for that person; None when no name follows."""
    if who is None:
        return None
    possessive = _POSSESSIVE_START.match(dd.text, who[0]) is not None
    if not (_DESCRIPTION_START.match(dd.text, who[0]) or possessive):
        return None
    comma = re.compile(r"\s*,\s*").match(dd.text, who[1])
    if comma is None:
        return None
    named = dd.ents.within(dd.d, comma.end(), limit, "person")
    if not named or named[0].start != comma.end():
        return None
    if possessive and " " not in dd.text[named[0].start : named[0].end]:
        return None  # "Zughayar's father, Mohammed": a first name alone may be another's
    return (named[0].start, named[0].end)


_DESCRIPTION_START = re.compile(r"(?:a|an|one|the|another)\s", re.IGNORECASE)
# "Puerto Rico's Housing Secretary, Ana Carmen Alemany": a named body's or person's officer or relative
_POSSESSIVE_START = re.compile(r"[A-Z][\w.\- ]{0,30}['’]s\s")


# rule what-described-as: ""…" has created what Cuisenier described as "not exactly …"": a free relative
# ("what X described as", "what she called") whose verb of saying leads into the next quote names that
# quote's speaker, not the one before
_WHAT_NAMED = re.compile(r"\bwhat\s+(?:[\w'’.\-]+\s+){1,4}$", re.IGNORECASE)
_QUOTE_NEXT = re.compile(r"\s+(?:as\s+)?[“\"`‘']")


def _leads_next_quote(text: str, verb_start: int, verb_end: int) -> bool:
    """Rule what-described-as: the verb of saying is a free relative's ("what X described as", "what she
    called") and leads into the quote right after it, whose speaker it names, not the one before's."""
    return bool(
        _WHAT_NAMED.search(text, max(0, verb_start - 60), verb_start) and _QUOTE_NEXT.match(text, verb_end)
    )


_RELATIVE_END = re.compile(
    r"\b(?:who|which|that)\s*$"
    # rule object-relative: "… based on a story that his daughter wrote": the relative clause's own subject
    r"|\b(?:that|which|whom)\s+(?:his|her|their|its|my|our|your)\s+[\w\-]+\s*$"
)
# a subordinate clause between a quote and a speech verb: the verb is the clause's, not an attribution of
# the quote, unless the clause sits inside commas after the subject ("…," Smith, who … when …, said);
# rule whereupon-clause (session 48, multinews-val-46412: "blasting his rival for supporting "amnesty,"
# whereupon mccain denied that …" gave the word to McCain): "whereupon" opens the next event, whose verb
# tells what its subject said then, not the quote before
_SUBORDINATE_OPENS = re.compile(
    r"\b(?:when|because|after|while|if|since|before|although|though|until|unless|whereupon)\b"
)
_SUBORDINATE_SET_OFF = re.compile(r"^[\s,—–-]*[A-Z][^,]*,")
# rule own-clause-between: a clause with its own finite verb, then ", and" or ", but" and the subject of a
# verb of saying, between a quote and that verb (""…" the map of the Arab world was removed from state
# television, and the government announced that …"): the verb is the second clause's, no attribution
_OWN_CLAUSE_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would)\b[^,]*,\s+(?:and|but|while|whereas)\s"
    r"(?!(?:who|whose|whom|which|that)\b)",  # ", and who has lived there": the description's own clause
    re.IGNORECASE,
)
# rule plural-present: a plural subject ("the authors", "these researchers", "they") and a present verb of
# saying of its own, the sentence ending or going on with a preposition or "that"
_PLURAL_PRESENT = re.compile(
    r"((?:the|these|those|both)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z]+s|they)\s+(?:also\s+)?"
    r"(?:write|add|note|explain|argue|conclude|contend|warn|insist)\b(?=\s*[,.;:]|\s+(?:in|on|that)\b)"
)
# ""…," he was quoted as saying", "… Grant was quoted by Reuters as saying", "he is quoted in the documents
# as saying": the passive that reports the subject's own words (the outlet or text after "by"/"in" only
# carried them)
_QUOTED_AS_SAYING = re.compile(
    r"([^,.;“”\"]{1,60}?)\s+(?:was|were|is|are)\s+(?:also\s+)?quoted\s+(?:(?:by|in)\s+[^,.;“”\"]{1,40}?\s+)?"
    r"as\s+saying\b"
)
# ""…," it quoted Warawut Sumon, head of the committee, as saying": the one quoted, not the outlet
# rule recalled-saying (session 43, fresh read multinews-train-14266: ""oh no, sweetie, put your hand down,"
# cross recalled the flight attendant saying" left unattributed): the one recalled, heard or remembered
# saying the words speaks them, not the one who recalls
_RECALLED_SAYING = re.compile(
    r"[^,.;“”\"]{1,40}?\s+(?:recalled|recalls|remembered|remembers|recounted|recounts|heard|hears)\s+"
    r"([^,.;“”\"]{1,60}?)\s+(?:saying|say)\b(?=\s*[.,;:!?]|\s*$)"
)
_QUOTES_AS_SAYING = re.compile(r"[^,.;“”\"]{1,40}?\s+quoted\s+([^.;“”\"]{1,100}?),?\s+as\s+saying\b")


def _phrase_end(text: str, start: int, limit: int) -> int:
    """End of the noun phrase after an inverted verb: the next comma, dash, bracket or sentence end."""
    m = _PHRASE_END.search(text, start, limit)
    return m.start() if m else limit


# a comma, bracket (not a copy desk's "(cq)") or dash (also newswire's "--"), a full stop that is no
# abbreviation's ("Dr. Kevin Messacar"), a clause ("said Muasher Friday when concluding a visit") or its
# topic ("said Ballard about")
_PHRASE_END = re.compile(
    r"[,;—–]|--|\((?!cq\))|(?<!\(cq)\)"
    r"|(?<!\b[A-Z])(?<!\bDr|\bMr|\bMs|\bSt|\bJr|\bSr|\bLt|\bMt|\bFr)"
    r"(?<!\bMrs|\bSen|\bGov|\bRep|\bGen|\bCol|\bSgt|\bMaj|\bRev|\bAdm|\bDet|\bCpl|\bPvt|\bCpt|\bHon)"
    r"(?<!\bAmb|\bSpc|\bPfc)(?<!\bProf|\bCapt|\bCmdr|\bInsp|\bSupt|\bAtty|\bPres|\bBrig|\bMsgr)"
    # rule lower-title-stop: the titles as a story that lost its case writes them ("said ms. Baker, …")
    r"(?<!\bdr|\bmr|\bms|\blt)(?<!\bmrs|\bsen|\bgov|\brep|\bgen|\bsgt|\brev)\.(?:\s|$)"
    r"| who\b| whose\b| in an?\b| during\b| on\b| at\b| to\b| when\b| while\b| after\b| before\b| about\b"
    # a time after the name ("said Pippig last fall", "said Ortiz yesterday")
    r"| last (?:week|month|year|fall|autumn|spring|summer|winter|night|weekend)\b"
    r"| this (?:week|month|year|weekend|morning)\b| yesterday\b| today\b| tonight\b| earlier\b| recently\b"
    # rule credit-slash: a slash glued between a name and a capital, a credit line's "Name/Outlet" ("said Ann
    # Cole/Harwick Post"): the outlet after it is no part of who spoke
    r"|(?<=[a-z])/(?=[A-Z])"
    # rule glued-stop-end (session 48, training census: "said sanchez.the stockton teen was emotional in
    # court", "says the source.in an exclusive statement", "said hogan.feeney had no"): a full stop glued
    # between a lower-case word of three letters or more, no title's, and the next sentence's first word
    # ends the phrase; a web address's ending ("frommers.com") is no sentence
    r"|(?<=[a-z]{3})(?<!\b(?:sen|gov|rep|gen|sgt|rev|col|maj|adm|det|mrs))(?<!\b(?:capt|prof|supt|insp|atty))"
    r"\.(?!(?:com|org|net|gov|edu|co|uk|tv|io|us|ca|au|ly|de|fr)\b)(?=[a-z]{2,}\s)"
)


_OF_ORG = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\s+$")
# rule apposed-aux: a perfect's auxiliary between an appositive's closing comma and the verb of saying
# ("His lawyer, Tom Berrick, has called the charges "baseless"", "X, a spokesman, had also said") belongs to
# the verb: the subject is read as for "X, the …, said"
_APPOSED_AUX = re.compile(r",\s*(?:has|have|had)(?:\s+(?:also|since|already|long|often|again))?$")
# the words `_APPOSED_AUX` can end on: a test in C before the pattern, which would otherwise try every comma
# of the subject stretch
_APPOSED_AUX_ENDS = ("has", "have", "had", "also", "since", "already", "long", "often", "again")
# the last clause break before a speech verb; a full stop glued to the next word ("… in Tennessee.Shannon
# Trent tells") is a sentence end lost in extraction that the splitter cannot see
_BREAKS = (
    r"(?:[;:]\s|\bthat\b|\bwhile\b|\bbecause\b|\bafter\b|\bwhen\b|\bbut\b|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))"
)
_CLAUSE_BREAK = re.compile(_BREAKS + r"(?!.*" + _BREAKS + r")")


# a clause opened by "he" or "she" (after the start, a comma, or "as", "while", "when", "said") running to
# the "and" before the speech verb, never across another clause's subject ("He said she cried and added":
# she; "He watched as his son stood up and said": not he)
_PRONOUN_AND = re.compile(
    r"(?:^|[,;]\s+|\b(?:as|while|when|said)\s+)((?:[Hh]e|[Ss]he))\s+(?=[a-z])"
    r"(?:(?!\b(?:as|while|when|said)\b)[^,;:\"“”])*\band$"
)
# "The study was published by the Academy and said": a name after a verb or "by" is no subject
_AGENT = re.compile(r"\b(?:by|was|were|is|are|been|has|had)\b")


_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
# rule dash-aside: an aside set off by two dashes between the subject and its verb ("Coleman – who is
# expecting the couple's fourth child – said") reads as one set off by commas
_DASH_ASIDE = re.compile(r"(?<=\w)(\s(?:–|—|--)\s)([^–—,;:“”\"]+?)(\s(?:–|—|--)\s*)$")


# ... but not one that adds a second speaker ("Holt – and her critics on the council – said": joint-speakers
# reads the two, as it did before dash-aside)
_DASH_JOINT = re.compile(r"(?:and|or|along\s+with|together\s+with|as\s+well\s+as)\b", re.IGNORECASE)


def _dash_commas(seg: str) -> str:
    """`seg` with a dash-aside's two dashes written as commas, of the same length (rule dash-aside)."""
    m = _DASH_ASIDE.search(seg)
    if m is None or "-" in seg[: m.start()].replace("--", "").strip()[-1:] or _DASH_JOINT.match(m.group(2)):
        return seg
    one, two = m.group(1), m.group(3)
    return seg[: m.start()] + "," + " " * (len(one) - 1) + m.group(2) + "," + " " * (len(two) - 1)


# one to three capitalised words and nothing else: a name ("Will", "Stephen Rice")
_APPOSED_NAME = re.compile(r"\s*([A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]+){0,2})\s*")
# the same after abbreviated titles ("Israel's top military spokesman, Brig. Gen. Yoav Mordechai, told"):
# the description is the phrase, and the speaker rules read the titled name after it (titled-apposition)
_TITLED_APPOSED_NAME = re.compile(
    r"\s*(?:(?:"
    + "|".join(sorted(ABBREVIATIONS))
    + r")\.\s+){1,3}[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]+){0,2}\s*"
)


# rule relative-sayer (session 46, dev fragments read): a verb of saying right after "who" (adverbs or an
# auxiliary between: "who nonetheless called", "who also added") has the person the relative clause hangs
# on as its subject ("… by a State Supreme Court justice, who nonetheless called the testimony a "…"",
# "a production assistant, Roi Maufas, who said the crew … a "…""), whatever the main clause says ("was
# acquitted … by"); not "who his father described as" (relative-subject: the father speaks)
_SUBJECT_RELATIVE = re.compile(
    r"(?:,\s*|\s)who\s+(?:(?:[a-z]+ly|also|had|has|have|then|later|once|still|earlier|nonetheless|never|often|"
    r"first|too)\s+){0,2}$"
)
_DESCRIPTION_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w.\-]+\s+){0,4}([a-z][\w\-]*)\s*,?\s*$")
# rule relative-sayer (review46): a name after these is no "who" clause's subject unless a
# comma sets the clause off: a preposition's object ("an adviser to Bush who"; the prepositions are
# coreference's one table's, `_OBJECT_PREPOSITIONS`), or the one asked or told ("reporters asked Tom Barrow
# who called it", an indirect question)
_NOT_ANTECEDENT_BEFORE = re.compile(
    rf"\b(?:{prepositions_of(RELATIVE_SAYER)}|asked|asks|ask|told|tells|tell)\s+$", re.IGNORECASE
)
# rule relative-sayer (review46): a description that runs over a second article after a word that joins no
# phrase ("The judge asked the officer"): two phrases, no one description ("an adviser to the senator" is one;
# the same prepositions, and "in": "a doctor in the city" is one phrase)
_VERB_THEN_ARTICLE = re.compile(
    rf"\b(?!(?:{prepositions_of(RELATIVE_SAYER)}|in)\b)[a-z]\w*\s+(?:an?|the)\s", re.IGNORECASE
)


# rule relation-antecedent (session 47, issue 15): a relation's or a spokesman's object set off by a comma
# ("The wife of Tom Barrow, who said", "a lawyer for Sen. Ada Brook, who called") is named to say whose
# relation the subject is: the clause hangs on the whole description, never on the name alone
_RELATION_OF_NAME = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s+(?:[\w\-]+\s+){0,3}?([a-z]+)\s+(?:of|for|to)\s+"
    r"(?:[A-Z][\w.\-]*\s+){0,2}$"
)


# rule who-after-appositives (session 55, issue 15: "Abdallah Shami, leader of the Islamic Jihad, a militant
# group sponsored by Iran, who affirmed "…"" went to the Islamic Jihad): a "who" clause after one or two
# appositives set off by commas (a role or a description: no name of a person, no clause, no conjunction, as
# ", and the principal who wrote" is another part, review33b M3) hangs on the person they describe, not on a
# body named inside them
_APPOSED_CHAIN = re.compile(
    r"(?:,\s+(?!(?:and|or|but|as|so|while|when|after|before|because|since|if|though|although)\b)"
    r"(?:(?:an?|the|one)\s+)?(?!\w+ing\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:that|which|who|whom|whose|said|says|told|when|while)\b)[^\s,;:.!?“”\"]+){0,12}){1,2}"
)


def _relative_antecedent(dd: DocView, b0: int, at: int) -> tuple[int, int] | None:
    """Rule relative-sayer: the person a "who" clause at `at` hangs on: a person named right before it (a
    preposition's object only set off by a comma: "an adviser to Bush who describes himself" is the
    adviser's, "heard from Ada Brook, who said" hers), or a description
    whose last word is a role ("a State Supreme Court justice"), or the name it is in apposition to ("Dave
    Mingey, a company spokesman, who")."""
    text = dd.text
    if any(x.after_close == b0 and _ENDS_SENTENCE.search(text, x.start, x.end) for x in dd.quotes):
        return None  # after a quote ending its sentence, the next one's clause (""….” A patient who asked")
    people = [f for f in dd.ents.within(dd.d, b0, at, "person") if not text[f.end : at].strip(" ,")]
    if people:
        f = people[-1]
        rel = _RELATION_OF_NAME.search(text, max(b0, f.start - 60), f.start)
        if rel and rel.group(1) in KIN | SPEAKS_FOR:
            return (rel.start(), f.end)  # rule relation-antecedent
        if "," not in text[f.end : at + 1] and _NOT_ANTECEDENT_BEFORE.search(
            text, max(b0, f.start - 12), f.start
        ):
            return (
                None  # "an adviser to Bush who", "reporters asked Tom Barrow who called it": no clause of his
            )
        return (f.start, f.end)
    apposed = [f for f in dd.ents.within(dd.d, b0, at, "person") if _APPOSED_CHAIN.fullmatch(text, f.end, at)]
    if apposed:
        return (apposed[-1].start, apposed[-1].end)  # rule who-after-appositives
    m = _DESCRIPTION_BEFORE.search(text, max(b0, at - 60), at)
    if m is None or m.group(1) not in gazetteer().roles or dd.ents.within(dd.d, m.start(), at, "person"):
        return None
    if _VERB_THEN_ARTICLE.search(m.group(0)):
        return None  # "The judge asked the officer who": two phrases, no one description (review46)
    named = [
        f for f in dd.ents.within(dd.d, b0, m.start(), "person") if text[f.end : m.start()].strip() == ","
    ]
    return (named[-1].start, named[-1].end) if named else (m.start(), m.end(1))


def _who_before(dd: DocView, b0: int, verb_at: int, intro: bool = False) -> tuple[int, int] | None:
    """The subject right before a speech verb: "X said", "X, the …, said", "X, according to …, replied";
    `intro`: the verb leads into its quote (rule opening-clause)."""
    text = dd.text
    if aside := _BRACKET_ASIDE.search(text, b0, verb_at):
        if named := _bracketed_name(dd, b0, aside.start(), aside.end()):
            return named  # rule bracket-aside: "The prosecutor (Ada Brook) said" is Ada Brook
        verb_at = aside.start()  # rule bracket-aside: "Marty Singer (no relation) has asserted"
    if (rel := _SUBJECT_RELATIVE.search(text, max(b0, verb_at - 40), verb_at)) and (
        ante := _relative_antecedent(dd, b0, rel.start())
    ):
        return ante  # rule relative-sayer
    seg = text[b0:verb_at]
    if _NUMBER_COMMA.search(seg):  # "2,000 scientists" is no appositive
        text = text[:b0] + _NUMBER_COMMA.sub(" ", seg)
        seg = text[b0:verb_at]
    if (commas := _dash_commas(seg)) is not seg:
        text = text[:b0] + commas
        seg = commas
    if _PASSIVE.search(seg):
        return None  # "Cosby was declared …", "she was told …": the subject did not speak
    m = _CLAUSE_BREAK.search(seg)
    seg_start = b0 + m.end() if m else b0
    seg = text[seg_start:verb_at]
    body = seg.rstrip()
    if body.endswith("and") and re.search(r"\band$", body):  # the test in C first: most bodies end otherwise
        # "X applauded the deal and said": the subject of the first verb of the clause
        named = [f for f in dd.mentions(seg_start, verb_at) if dd.ents.kind(f) != "place"]
        pronoun = _PRONOUN_AND.search(body)
        if pronoun and not [f for f in named if f.start >= seg_start + pronoun.start(1)]:
            # rule pronoun-and-verb: "…, a relative said, he pointed at his heart and replied: "…"": the
            # pronoun opening the last clause is the subject of both its verbs, not a parenthetical's
            return (seg_start + pronoun.start(1), seg_start + pronoun.end(1))
        lead = seg_start + len(seg) - len(seg.lstrip())
        if (
            not named
            or not _names_subject(text, lead, named[0].start)
            or _AGENT.search(text, lead, named[0].start)
        ):
            return None
        first = named[0]
        if (
            len(named) > 1
            and dd.ents.kind(first) != "person"
            and dd.ents.kind(named[1]) == "person"
            and re.fullmatch(r"\s+(?:[A-Z][\w.\-]*\s+){0,2}", text[first.end : named[1].start])
        ):
            first = named[1]  # "Treasury Secretary Robert Rubin welcomed … and said": the person
        return (first.start, first.end)
    if body.endswith(_APPOSED_AUX_ENDS) and (aux := _APPOSED_AUX.search(body)):
        body = body[: aux.start() + 1]  # rule apposed-aux: "His lawyer, Tom Berrick, has called"
    if body.endswith(","):
        # appositive or parenthetical between subject and verb: "X, the woman's husband, told"
        parts = body[:-1].split(",")
        if len(parts) < 2:
            return _subject_before_appositive(dd, b0, b0 + m.start()) if m else None
        if intro and len(parts) >= 3 and _OPENING_CLAUSE.match(parts[0]):
            # rule opening-clause: "Asked if Forbes would appoint …, his campaign manager, Bill Dal Col,
            # said: "…"": a participle's or a subordinator's phrase opening the sentence before a comma is
            # not its subject, whatever it names; the subject comes after it (for a verb that leads into
            # its quote: a fragment inside a reported clause is left to the quote rules' terms)
            seg_start += len(parts[0]) + 1
            parts = parts[1:]
        if (k := _and_clause_part(parts)) is not None:
            # rule and-apposed-subject: "Tyson says it has fired ten workers, and a senior executive, Jo
            # Roe, described …": after a first clause, ", and" opens a new one; its subject is the
            # description and the name set off after it, not a name of the first clause
            rest = _AND_DESCRIPTION.sub("", parts[k])
            seg_start += len(",".join(parts[:k])) + 1 + len(parts[k]) - len(rest)
            parts = [rest, *parts[k + 1 :]]
        first_named = dd.ents.within(dd.d, seg_start, seg_start + len(parts[0]))
        if len(parts) == 2 and _JOINT_ASIDE.match(parts[1]) and first_named:
            # rule joint-aside (session 43): "Holt, and her critics, said", "Holt, along with Dana Price,
            # said": the aside adds a second speaker; the whole phrase, which joint-speakers reads as two
            return (seg_start + len(parts[0]) - len(parts[0].lstrip()), seg_start + len(body) - 1)
        if len(parts) == 2 and _POSSESSIVE_DESCRIPTION.match(parts[0].strip()):
            # "Huang's brother, Will, told": a name in apposition to a named person's relative or agent
            tail = seg_start + len(parts[0]) + 1
            name = _APPOSED_NAME.fullmatch(text, tail, tail + len(parts[1]))
            if name:
                return name.span(1)
            if _TITLED_APPOSED_NAME.fullmatch(text, tail, tail + len(parts[1])):
                lead = len(parts[0]) - len(parts[0].lstrip())
                return (seg_start + lead, seg_start + len(parts[0].rstrip()))
        # the subject is the first part that names a person or organisation ("Carol Glaser, a
        # specialist at Kaiser in Oakland, Calif., said"), else the part before the last comma
        for kind in ("person", "organization"):
            off = seg_start
            for part in parts[:-1]:
                named = dd.ents.within(dd.d, off, off + len(part), kind)
                lead = len(part) - len(part.lstrip())
                if named and (kind == "person" or _names_subject(text, off + lead, named[0].start)):
                    return _who_span(dd, off, off + len(part), before_verb=True)
                off += len(part) + 1
        n = len(parts) - 2
        if n >= 1 and _HOMETOWN.match(parts[n]):
            # rule hometown: "Kieran, from Bushey, Hertfordshire, said": the comma inside the place of an
            # apposition "from …" does not end it; the subject stands before it
            n -= 1
        subj = parts[n]
        off = seg_start + len(",".join(parts[:n])) + (1 if n > 0 else 0)
        if len(parts) == 2 and re.match(r"\s*(?:his|her|their|its|the|a|an)\s", parts[0], re.I):
            # "His agent, Stephen Rice, told": the name in apposition to a description
            tail = seg_start + len(parts[0]) + 1
            named = [
                f
                for f in dd.ents.within(dd.d, tail, tail + len(parts[1]), "person")
                if not abbreviated_title(text, f)
            ]
            if named and not text[tail : named[0].start].strip():
                return (named[0].start, named[0].end)
        return _who_span(dd, off, off + len(subj), before_verb=True)
    c = body.rfind(",")
    if c >= 0 and (person := _appositive_person(dd, seg_start, verb_at)):
        return person
    start = seg_start + c + 1 if c >= 0 else seg_start
    if text[start:verb_at].strip().lower() in ("which", "who") and c >= 0:
        # "…, the Ministry of Culture, which said": the name before the relative pronoun
        prev = [f for f in dd.ents.within(dd.d, b0, seg_start + c) if dd.ents.kind(f) != "place"]
        if (
            len(prev) >= 2
            and dd.ents.kind(prev[-1]) == "organization"
            and dd.ents.kind(prev[-2]) == "person"
            and _OF_ORG.fullmatch(text[prev[-2].end : prev[-1].start])
        ):
            return (prev[-2].start, prev[-2].end)  # "Kenneth Turan of the Los Angeles Times, who said"
        return (prev[-1].start, prev[-1].end) if prev else None
    return _who_span(dd, start, verb_at, before_verb=True)


# rule bracket-aside: a short aside in brackets between the subject and its verb ("Marty Singer (no
# relation) has asserted", "Jon Roe (pictured) said") is no part of the subject; the subject ends before it
_BRACKET_ASIDE = re.compile(r"\s*\([^()\n]{1,30}\)(?:\s+(?:has|have|had))?\s*$")


def _bracketed_name(dd: DocView, b0: int, at: int, end: int) -> tuple[int, int] | None:
    """Rule bracket-aside: the person the brackets at `at` hold whole, after a subject that names no one
    ("The prosecutor (Ada Brook) said", "Her lawyer (Jon Roe) said"): the brackets name the subject (read
    as the description, the role went to the person last named: a false speaker; review39). None for
    "Marty Singer (no relation)" or "Ada Brook (Tom Barrow's lawyer)"."""
    text = dd.text
    left = text.index("(", at) + 1
    right = text.index(")", left)
    inner = text[left:right].strip()
    start = left + len(text[left:right]) - len(text[left:right].lstrip())
    people = [f for f in dd.mentions(b0, end) if dd.ents.kind(f) == "person"]
    if any(f.end <= at for f in people):
        return None  # the subject is named before the brackets
    hit = [f for f in people if f.start == start and f.end == start + len(inner)]
    return (hit[0].start, hit[0].end) if len(hit) == 1 else None


# rule and-apposed-subject: ", and" before an article and a description opens a new clause ("…, and a
# senior company executive, …"); the text before it must hold a verb ("says it has fired"), so a list of
# people ("Smith, the mayor, and a senior aide, Jones, said") is not cut: an "-ed" verb is lower case (not
# "Ted", "United"), and a relative clause's verb is an aside's ("Lund, who was elected in May, and …")
_AND_DESCRIPTION = re.compile(r"^\s*and\s+(?=(?:a|an|the|his|her|its|their)\s)")
_CLAUSE_VERB = re.compile(r"\b(?:says|said|has|have|had|is|are|was|were|will|would|[a-z]+ed)\b")
_RELATIVE_PART = re.compile(r"^\s*(?:who|whom|whose|which)\b")


def _and_clause_part(parts: list[str]) -> int | None:
    """The index of the last comma part before the final one (the name) that opens ", and <article>
    description" after a part holding a verb (no relative clause's); None when there is none."""
    for k in range(len(parts) - 2, 0, -1):
        if _AND_DESCRIPTION.match(parts[k]):
            clause = any(_CLAUSE_VERB.search(p) and not _RELATIVE_PART.match(p) for p in parts[:k])
            return k if clause else None
    return None


# rule joint-aside: a comma aside between the subject and its verb that adds a second speaker
_JOINT_ASIDE = re.compile(r"\s*(?:and|along\s+with|together\s+with|as\s+well\s+as)\s", re.IGNORECASE)
# rule hometown: an apposition telling where a person is from ("…, from Bushey, Hertfordshire,")
_HOMETOWN = re.compile(r"\s*from\s+[A-Z]")


# a phrase that opens a sentence before its subject: a participle ("Asked if …", "Speaking to reporters …")
# or a subordinator ("When …", "After …", "Although …"); a participle is followed by a lower-case word, a
# first name in -ing is not ("Sterling Marlin, a driver …, said", "Channing Tatum, 35, …")
_OPENING_CLAUSE = re.compile(
    r"\s*(?:(?:But|And|Yet|Still),?\s+)?(?:[A-Z][a-z]+ing(?=\s+[a-z])|Asked|Pressed|After|Before|When|While|Although|"
    r"Though|Because|Since|If|Unless|Once|Despite|During|Following)\s"
)


def _subject_before_appositive(dd: DocView, b0: int, clause_at: int) -> tuple[int, int] | None:
    """ "Graham, co-sponsor of legislation that would protect Mueller …, said": a clause inside an
    appositive set off by commas; the subject is the name before the appositive's comma, not a name in
    the clause (None when no person or organisation is named there)."""
    comma = dd.text.find(",", b0, clause_at)
    if comma < 0:
        return None
    lead = b0 + len(dd.text[b0:comma]) - len(dd.text[b0:comma].lstrip())
    named = [f for f in dd.mentions(lead, comma) if dd.ents.kind(f) in ("person", "organization")]
    if not named or not _names_subject(dd.text, lead, named[0].start):
        return None
    if dd.text[named[-1].end : comma].strip():
        return None
    return _who_span(dd, lead, comma, before_verb=True)


# "Huang's brother", "Mr. Ocalan's lawyer", "Kofi Annan's spokesman": a named person's or body's relative or
# agent (a title and up to three capitalised words before the possessive)
_POSSESSIVE_DESCRIPTION = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|Rep)\.?\s+)?(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*['’]s\s+[a-z]"
)


# ", 30, a teacher …" / ", one of the disc jockeys …": an age or a description in apposition
_APPOSITIVE_START = re.compile(r",\s+(?:\d{1,3},|(?:a|an|the|one)\s)")


# ", researcher at …" / ", president of …": a role word without an article, then where the person works
_ROLE_OF = re.compile(r",\s+(?:[a-z\-]+\s+){0,2}?([a-z]+)\s+(?:of|at|for|with)\s")


def _appositive_after(text: str, end: int) -> bool:
    """An age or a description in apposition after a name (", 30,", ", a teacher", ", researcher at")."""
    if _APPOSITIVE_START.match(text, end):
        return True
    m = _ROLE_OF.match(text, end)
    return bool(m and m.group(1) in gazetteer().roles)


def _appositive_person(dd: DocView, start: int, verb_at: int) -> tuple[int, int] | None:
    """ "Matt Helmenstine, 30, a teacher carrying a flag told", "John Sifton, researcher at Human Rights
    Watch said": the person the clause opens with (at most two words before the name), then an age or
    a description whose closing comma is missing."""
    text = dd.text
    for f in dd.ents.within(dd.d, start, verb_at, "person"):
        pre = text[start : f.start].split()
        if len(pre) <= 2 and "," not in text[start : f.start] and _appositive_after(text, f.end):
            return (f.start, f.end)
        return None
    return None


def _with_subject(dd: DocView, b0: int, verb_at: int) -> tuple[int, int] | None:
    """ "with Barroso noting that", "with spokesman Kumar Mushid calling it": the person (else the
    organisation) named between "with" and the participle is its subject."""
    text = dd.text
    with_ = _WITH_SUBJECT.search(text, b0, verb_at)
    if not with_ or not with_.group(1).strip():
        return None
    named = dd.ents.within(dd.d, with_.start(1), verb_at, "person")
    named = named or dd.ents.within(dd.d, with_.start(1), verb_at, "organization")
    named = [f for f in named if text[f.end : f.end + 1] not in ("'", "’")]
    return (named[0].start, named[0].end) if named else None


def _sentence_subject(dd: DocView, b0: int, upto: int) -> tuple[int, int] | None:
    """Subject of the last finite speech verb before `upto` in the clause (for "…, adding "…"")."""
    for m in reversed(list(_verbs(dd.text, b0, upto))):
        if dd.in_quote(m.start()) or _PARTICIPLE.match(m.group()):
            continue
        if _RELATIVE_ASIDE_VERB.search(dd.text, b0, m.start()) and "," in dd.text[m.end() : upto]:
            # rule aside-verb (session 33 review N6): "The Board, which said nothing for days, released a
            # video showing Jon Tallis saying "…"": a verb of saying inside a relative aside closed before
            # the participle is the aside's, not the verb the participle goes on from
            continue
        # the verb's subject follows the last quotation before it (""…," he said, describing …")
        at = max([b0] + [x.after_close for x in dd.quotes if b0 <= x.after_close <= m.start()])
        who = _who_before(dd, at, m.start())
        if who is not None:
            return who
    # no speech verb: the person the sentence opens with ("Damon addressed the claims, saying …"); a
    # sentence opening with "She" has her as subject, not the person after her verb ("She urges Holm
    # to come forward, telling …")
    start = dd.sentence_start(upto)
    lead = _LEAD_CONNECTIVE.match(dd.text, max(b0, start))
    pronoun = _SUBJECT_PRONOUN.match(dd.text, lead.end()) if lead else None
    if pronoun:
        return pronoun.span()
    for f in dd.ents.within(dd.d, max(b0, start), upto, "person"):
        if dd.text[f.end : f.end + 2] in ("'s", "’s"):
            # rule possessive-opener (samesent53, census Random(5353): "Kaepernick's attorney, mark geragos,
            # made the announcement …, calling …" gave the client the lawyer's words): an owner is not the
            # subject; its head noun is, and a name set off after it may be
            continue
        if not dd.in_quote(f.start) and (
            len(dd.text[start : f.start].split()) <= 4 or _FRONTED.fullmatch(dd.text, start, f.start)
        ):
            return (f.start, f.end)
    # rule body-subject: "The California Department of Transportation, which …, released a statement saying
    # "…"": an organisation that opens the sentence as its subject; not a possessive ("Apple's lawyers") nor
    # a modifier of a role ("CIA director Mike Pompeo launched …"), and not in case-less text, where the
    # person after it cannot be seen; nor when another may be the participle's subject (`_other_doer_before`)
    for f in [] if dd.caseless else dd.ents.within(dd.d, max(b0, start), upto, "organization"):
        after = _ROLE_AFTER_BODY.match(dd.text, f.end)
        if (
            _BODY_OPENS.fullmatch(dd.text, lead.end() if lead else start, f.start)
            and dd.text[f.end : f.end + 2] not in ("'s", "’s")
            and not (after and after.group(1).lower() in gazetteer().roles)
            and not _other_doer_before(dd, f.end, upto)
        ):
            return (f.start, f.end)
        break
    # rule group-subject (session 45): "Police issued a statement …, calling the news a "…"": a group word
    # (`_GROUPS`) opening the sentence as its subject, after at most two words ("City officials", "The
    # police") and before its verb; not a possessive ("police's"), nor with another doer before the
    # participle. Session 45 review: a second word before the group is capitalised ("New York police"), so
    # no subject and verb stand there ("Relatives believe investigators missed …" is not the investigators'
    # speech, nor "Relatives believe investigators" a speaker), nor an adverb and "the" ("Afterwards the")
    # Session 46 (group46): only a group that issues a statement (`_STATEMENT_ISSUED`)
    group = _GROUP_SUBJECT.match(dd.text, lead.end() if lead else start, upto)
    if group and not _other_doer_before(dd, group.end(), upto):
        return group.span()
    role = _role_subject(dd.text, lead.end() if lead else start, upto)
    if role and not _other_doer_before(dd, role[1], upto) and role_bearer(dd, role[0], role[2]):
        return role[:2]
    return None


# rule role-subject (session 50): "The president-elect made the announcement on Twitter, telling his
# followers, "…"": a definite role (`role_words.txt`, at most one word before it) opening the sentence as the
# subject of the verb right after it (`_past_verb`: "The president of the firm …", "The governor and his
# wife …", "The us justice department …" are not); not with another doer before the participle, and only
# for a role the text introduced someone with (`role_bearer`: "President-elect Donald Trump", "Gov. Christie
# Whitman"): "The president lectured …, saying "…"" in a story naming no president went to the congressman
# named last (speakers50's second census)
_ROLE_SUBJECT = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)(?=\s+[a-z])")
_LOWER_WORD = re.compile(r"\s+([a-z][\w\-]*)")
_ADVERB = re.compile(r"also|then|later|again|\w+ly")


def _role_subject(text: str, start: int, upto: int) -> tuple[int, int, str] | None:
    """Rule role-subject: the span of "The governor" or "The former governor" opening text[start:upto]
    when a verb in the past follows it, maybe after an adverb ("The governor also vetoed …"), and the
    role word."""
    m = _ROLE_SUBJECT.match(text, start, upto)
    if m is None:
        return None
    words, at = [], m.end()
    while len(words) < 4 and (w := _LOWER_WORD.match(text, at, upto)):
        words.append(w)
        at = w.end()
    roles = gazetteer().roles
    for k in range(min(2, len(words) - 1)):
        after = words[k + 1 :]
        if after and _ADVERB.fullmatch(after[0].group(1)) and len(after) > 1:
            after = after[1:]
        if words[k].group(1) in roles and _past_verb(after[0].group(1)):
            return (m.start(), words[k].end(), words[k].group(1))
    return None


# irregular past forms a role's sentence opens its clause with ("The governor made the call, saying …")
_IRREGULAR_PAST = frozenset(
    [
        "made", "took", "gave", "went", "spoke", "came", "held", "met", "sent", "left", "told", "wrote",
        "got", "put", "set", "kept", "stood", "ran", "broke",
    ]
)  # fmt: skip


def _past_verb(word: str) -> bool:
    """A verb in the past (listed, "-ed" or irregular): "The mayor made …", not "The justice department …"."""
    return word not in _CLOSED and (word in _IRREGULAR_PAST or word.endswith("ed") or _is_verb(word))


# group-subject's verb puts out words: issuing a statement ("Police issued a statement via community alert,
# calling …"), the one form the reads show right; not any "-ed" verb ("Police suspected the woman posted the
# video, calling …": hers) nor a plural's "-s" noun ("Police records show the man …")
_STATEMENT_ISSUED = (
    r"(?:issued|released|posted|published|sent|shared|put\s+out)\s+(?:a|an|the|their|its)\s+(?:[\w\-]+\s+)?"
    r"(?:statement|release|alert|notice|message|bulletin|letter|post|tweet|update)s?\b"
)
_GROUP_SUBJECT = re.compile(
    r"(?:[Tt]he\s+)?(?:[\w\-]+\s+)?(?:[A-Z][\w\-]*\s+)?"
    r"(?:[Pp]olice|[Oo]fficials|[Aa]uthorities|[Pp]rosecutors|[Ii]nvestigators)"
    r"(?=\s+(?:have\s+|had\s+|also\s+|then\s+|later\s+)?" + _STATEMENT_ISSUED + ")"
)


# aside-verb: a relative pronoun after a comma, at most two words ("has", "repeatedly", "had not"), the verb
_RELATIVE_ASIDE_VERB = re.compile(r",\s+(?:which|who)\s+(?:[\w'’]+\s+){0,2}$")
_BODY_OPENS = re.compile(r"(?:[Tt]he\s+)?")
_ROLE_AFTER_BODY = re.compile(r"\s+([A-Za-z]+)\b")
# a subject of its own for a participle after it: "with his lawyer later saying", "who was seen … saying"
_PARTICIPLE_SUBJECT = re.compile(r"\b(?:with|who|whom)\s")
# the organisation's own aside, set off by commas right after it ("(CalTrans), which is responsible …,",
# ", led by Jon Tallis,"): what it says of the organisation, no other subject
_BODY_ASIDE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,[^,;:“”\"]{1,160},")


def _other_doer_before(dd: DocView, at: int, upto: int) -> bool:
    """Rule body-subject's guard (session 33 review M1): between the organisation (ending at `at`, its own
    aside apart) and the participle (`upto`) a person is named ("released a video showing Jon Tallis saying
    "…"", "arrested Jon Tallis, who …") or a "with"/"who" opens a subject of its own ("fired him, with his
    lawyer saying "…"")."""
    aside = _BODY_ASIDE.match(dd.text, at, upto)
    at = aside.end() if aside else at
    return (
        bool(dd.ents.within(dd.d, at, upto, "person"))
        or _PARTICIPLE_SUBJECT.search(dd.text, at, upto) is not None
    )


# a phrase of place or time before the subject, set off by its comma ("In a series of tweets Sunday, Donald
# Trump launched …, calling it "…"")
_FRONTED = re.compile(r"(?:In|On|At|After|Before|During|Later|Earlier|Following)\s[^,;:.“”\"]{1,60},\s+")


# "said the article, authored by historian X": the writer is the speaker
_WRITTEN_BY = re.compile(
    r"\s*(?:the|a|an|his|her|their)\s+(?:\w+\s+){0,2}?(?:article|report|study|paper|book|letter|column|op-ed|"
    r"essay|piece|memo|post|review),?\s+(?:written|authored|co-authored|penned)\s+by\s+",
    re.I,
)


# "Dr. Pope … and colleagues referred to": a plural joined to a subject before it is no subject of its own
_JOINED_BEFORE = re.compile(r"\b(?:and|or)\s*$")


def _who_span(dd: DocView, s: int, e: int, before_verb: bool) -> tuple[int, int] | None:
    """A valid attribution phrase inside [s, e): a name, a pronoun or a short description."""
    text = dd.text
    seg = text[s:e]
    s += len(seg) - len(_LEAD_JUNK.sub("", seg))
    seg = text[s:e]
    e -= len(seg) - len(_TRAIL_JUNK.sub("", seg))
    if e <= s:
        return None
    phrase = text[s:e]
    if "“" in phrase or '"' in phrase or "”" in phrase:
        # no quotation inside a speaker, but a nickname inside a name may be ('Amy “Kalee” Kreider')
        for f in dd.ents.within(dd.d, s, e, "person"):
            phrase = phrase[: f.start - s] + " " * (f.end - f.start) + phrase[f.end - s :]
        if "“" in phrase or '"' in phrase or "”" in phrase:
            return None
        phrase = text[s:e]
    low = phrase.lower()
    if low in PRONOUNS or low in ("i", "we", "they") or low in _GROUPS:
        return (s, e)
    if before_verb and plural_people(phrase) and not _JOINED_BEFORE.search(text, max(0, s - 8), s):
        return (s, e)  # rule plural-description: "Local officials called them a "…"", "Critics called"
    named = dd.ents.within(dd.d, s, e)
    if named and _names_subject(text, s, named[0].start):
        return (s, e)
    words = phrase.split()
    if not words or len(words) > 14:
        return None
    if len(words) == 1 and re.fullmatch(_TEXT_NOUN + "s", words[0], re.IGNORECASE):
        return None  # rule plural-description: "Reports called it a "…"": a common noun opening the sentence
    if len(words) <= 4 and all(w[0].isupper() for w in words) and words[0] not in gazetteer().not_names:
        return (s, e)
    if len(words) == 1 and words[0][:1].isupper() and dd.in_full_by_surname.get(words[0]):
        return (s, e)  # rule surname-word: "May said" where the document names Theresa May in full
    if len(words) <= 3 and POSSESSIVE_NAME.match(phrase):
        return (s, e)  # "Varga's group", "Lucasfilm's spokeswoman
    if before_verb and "," in phrase:
        # "X, the …," appositive without a recognised name: keep the first part when it is a name
        first = phrase.split(",")[0].strip()
        if first and first[0].isupper() and len(first.split()) <= 4:
            return (s, s + len(first))
    if (
        len(words) <= 10
        and re.match(r"^(?:a|an|the|one|another|two|three|several|some|his|her|their|its|our|\d)", low)
        and words[0].lower() not in ("it", "this", "that", "i", "we", "they", "you")
    ):
        return (s, e)
    return None


def _names_subject(text: str, s: int, name_at: int) -> bool:
    """A name inside an attribution phrase is its subject only when what precedes it is a short
    description ("Democratic presidential candidate X"), not a clause."""
    pre = text[s:name_at]
    if _PREPOSITION_END.search(pre):
        return False  # "In a phone call to CNN, the ambassador … said", "In a Treasury statement, Rubin …
        # said": the object of a preposition (rule preposition-object, with an article since session 24)
    if _JOINT_TITLE.fullmatch(pre) and _titles_before_and(pre) and not _COUPLE.match(text, name_at):
        # rule joint-title: "President and Communist Party Chief Jiang Zemin stressed", "Insurance
        # Commissioner and State Fire Marshal Mike Causey said": two titles joined by "and" with no article
        # before the one name are that person's (two people need "the": "the President and Prime Minister
        # Blair")
        return len(pre.split()) <= 6
    return len(pre.split()) <= 6 and "," not in pre and " and " not in pre


def _titles_before_and(pre: str) -> bool:
    """Rule joint-title: the words before "and" open or end on a title ("President and …", "Insurance
    Commissioner and …"), so they are a title, not a name."""
    left = re.split(r"\s+and\s+", pre, maxsplit=1)[0].split()
    return any((w.rstrip("."),) in gazetteer().titles for w in (left[0], left[-1]))


# "President and Communist Party Chief ": titles joined by "and" ("President and Mrs." is a couple)
_JOINT_TITLE = re.compile(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s+and\s+(?!Mrs?\b|Ms\b)(?:[A-Z][\w.\-]*\s+)*")
_COUPLE = re.compile(r"(?:Mrs?|Ms)\b")


_PREPOSITION_END = re.compile(
    r"\b(?:to|in|on|at|for|with|from|by|of|about|into|toward|towards)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE
)
