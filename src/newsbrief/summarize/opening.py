"""News first: which sentence opens the summary.

An editor opens a brief on the report's news: who did what, where and when, the event the sources
share. The opening is a lead (a document's first candidate sentence, after a "Story Highlights" box
if it has one: `candidates.highlights`) of a main report (a news or analysis document at least half
as long as the longest report whose lead may open: `main_reports`) that stands alone and fits the
budget (a paper's abstract given as a source is none: `candidates.paper_docs`). Among those leads:

1. an ordered table of named rules (`RULES`) sets aside a lead written as a feature's opening rather
   than a report's: a quotation before the news, words to the reader, the writer's first person, a
   generic frame that reports no event, background opened on a past year or on a span of time ago, a
   photo caption in the present tense, an anecdote, a scene set in the reader's present ("these
   days"), a general statement that reports no event (a definition, "X, also known as Y, are ...", or
   a yearly habit, "Each year, ..."); when every lead is set aside, a sentence among a report's first
   NEWS_DEPTH that names the day of the news and quotes no one opens (`dated_news`), else a main
   report's best scored lead;
2. a main report's lead goes first, a shorter report's only when every main report's lead is set
   aside (a caption over the main report, "A woman waves the Egyptian flag during a protest ...");
3. then a lead that at least half of the other documents state too (`support_docs`: the share of
   the other documents with a sentence like it, at least SHARED): the story's shared event, not
   one outlet's angle; then the best score.

When no main report has a lead that stands alone (a 3,255-word feature's leans on what it leaves
out), the main reports are counted among the documents whose lead does (`main_reports`): the 406-word
report's news opens, not the feature's "If you've been watching ..." in reading order; a document of
fewer than FALLBACK_WORDS candidate words does not (a video page's widget line). When no such lead
stands alone, nothing is seeded: the summary opens in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..model import Budget, Story
from ..readability import unquoted
from . import features as F
from .candidates import highlights, paper_docs

REPORTING = ("news", "analysis")
_SUPPORT_DOCS = F.NAMES.index("support_docs")

# A quotation's words before any news: the speaker's line, not the report ("“Sometimes I lost
# hope,” Faraj said."); in Multi-News+ a spaced straight single mark may open it ("' the people have
# spoken ... "", multinews-val-47437), never an elision ("'90s", "'tis": no space after the mark).
_QUOTATION = re.compile(r"^(?:[\"“‘]|'\s)")
# ... but not a short quoted title as the sentence's subject or a credit's word ("" me and orson welles " is a
# frothy backstage pass ...", multinews-val-48603; "“Titanic” director James Cameron said ..."): a name in
# marks with no stop or comma inside, then a verb of being or having (not "is what ...", "was all ..."), or a
# credit's noun: a report's subject.
_TITLE_SUBJECT = re.compile(
    r"^[\"“]\s?[^\"“”,.;:!?\s][^\"“”,.;:!?]{0,59}?\s?[\"”]\s+(?:is|was|are|were|has|had|have|will|won|wins|opens|opened"
    r"|director|star|stars|author|creator|host|producer|actor|actress|singer|writer)\b"
    r"(?!\s+(?:what|how|all|the\s+words?|the\s+message)\b)",  # "“Rebuild” is what the mayor said": a line
    re.IGNORECASE,
)

# The writer speaking to the reader ("Saddle up to the gate on your next United flight ...", "If
# you've been watching ..."): a feature's opening; a report tells what happened. Quoted words aside.
_READER = re.compile(r"\b(?:you|your|you['’](?:re|ve|ll|d)|yourself|yourselves)\b", re.IGNORECASE)
# ... or tells the reader what to do ("Don't look for Amy Schumer in any Super Bowl commercials ...",
# "Meet the ...", "Forget ..."): an imperative opening.
_IMPERATIVE = re.compile(
    r"^(?:don['’]t|do\s+not|never\s+mind|forget|meet(?!\s+the\s+press)|picture|say\s+(?:goodbye|hello)|get\s+ready|move\s+over"
    r"|mark\s+your|let['’]s|let\s+us|check\s+out|take\s+a\s+look|look\s+no\s+further|behold|welcome\s+to"
    r"|saddle\s+up|buckle\s+up|brace\s+yourself|hold\s+on|step\s+aside|think\s+again)\b",
    re.IGNORECASE,
)

# The writer's own voice ("We measured maps of atmospheric water ...", "I've been at every Apple
# keynote since 1998."): a paper's abstract or a column opens so; a report opens on its news.
# Case-sensitive: "US officials said ..." and "I-95" are not the writer. In a lower-cased story a cut
# dateline leaves the pronoun in lower case ("los angeles ( ap ) — i've jumped ...": "i've jumped ..."):
# "i", "we", "my", "our" too, not "us" ("us officials") nor "me".
_WRITER = re.compile(r"^(?:I|We|My|Our|Us|Me|WE|MY|OUR|i|we|my|our)\b(?![-.’'](?!(?:ve|m|d|ll|re)\b))")

# A generic frame that reports no event: who "anyone" or "sometimes" is, a season's truism
# ("February is the time for movies that ...", "Anyone following the race could be forgiven for ...").
_GENERIC = re.compile(
    r"""^(?:anyone|anybody|everyone|everybody|nobody|no\s+one|sometimes|imagine(?!\s+dragons)|once\s+upon\s+a\s+time
        |when\s+it\s+comes\s+to|it['’]?s\s+not\s+every\s+day|it\s+is\s+not\s+every\s+day|ever\s+wonder
        |few\s+things|remember\s+when|what\s+do\b[^.?!]*\bhave\s+in\s+common)\b
      | ^[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:is|are|was|were)\s+(?:the|a)\s+(?:time|season|month|week|day|year)
        \s+(?:for|of|when|to)\b""",
    re.IGNORECASE | re.VERBOSE,
)

# Background opened on the past ("In 1992, in a good year for Democrats, Barbara Boxer won her seat
# ...", "Ten years ago this morning, ...", "Once at the top of world field hockey, India ..."): a lead
# reports the news first and the history after it. "Once" is the adverb of the past only before what
# the subject was ("Once a ...", "Once known as ...", "Once one of ...", "Once the world's ..."); the
# conjunction opens the news ("Once inside the school, the gunman opened fire ...", "Once the votes
# were counted, ...").
_BACKGROUND = re.compile(
    r"""^(?:(?:back\s+)?in\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:january|february|march|april|may|june
        |july|august|september|october|november|december|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?
        (?:1[89]\d\d|20\d\d)s?\s*,
      | (?:just\s+|some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:\w+|\d+)(?:\s+\w+)?
        \s+(?:years|decades|centuries)\s+ago\b
      | years\s+ago\b | decades\s+ago\b
      | once\s+(?:an?\b(?!\s+(?:day|week|month|year|decade)\b)|upon\b|one\s+of\b|among\b|home\s+to\b
        |(?:known|called|dubbed|hailed|considered|regarded|seen|thought|famed|famous)\b
        |at\s+the\s+(?:top|heart|centre|center|forefront|height|peak)\b
        |the\s+(?:world|nation|country|city|state|region|county)['’]s\b))""",
    re.IGNORECASE | re.VERBOSE,
)

# ... or on a span of time ago in its first clause, not in a relative clause and with no day of the news
# ("Stephen Roe arrived in Miami Gardens almost a year ago with a mission: ...", "On an August day four
# years ago, ..."): what happened then is the background; "A mother whose son was taken from her several
# months ago has regained custody" and "... escaped two years ago, was caught on Monday" report news.
_SPAN_AGO = re.compile(
    r"^(?![^,.;:]*\b(?:who|whose|whom|which|that)\b)[^,.;:]{0,80}?\b(?:an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|several|many|\d+)\s+(?:years?|decades?|months?)\s+ago\b"
    r"(?![^.]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b)",
    re.IGNORECASE,
)

# An anecdote before the news: one person stands for many ("Like thousands of children, 7-year-old
# Kyle Carroll takes Ritalin ..."), a life told from childhood ("When Evan Rosenberg was 2 years old,
# he didn't play like other children.") or a child portrayed as an ordinary one before the illness
# or the accident ("Little Tom Reed, of Dover, was a typical 4-year-old, playful and active."): a
# feature's opening; a report states the finding or the event.
_ANECDOTE = re.compile(
    r"""^(?:like\s+(?:many|most|so\s+many|thousands|millions|hundreds|countless|other|lots|a\s+lot)(?:\s+of)?
        (?:\s+[\w'’-]+)?\s+(?:people|americans|children|kids|parents|mothers|fathers|women|men|families|students
        |teenagers|teens|workers|patients|residents|seniors|girls|boys|couples|voters|fans|adults|youngsters)\b
        [^,.;:]{0,60},
      | when\s+[^,.;:]{1,40}\s+was\s+(?:just\s+|only\s+|about\s+|barely\s+)?(?:an?\s+)?
        (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)?[\s-]*
        (?:years?|months?)?[\s-]*(?:old|boy|girl|child|kid|toddler|baby|teen|teenager|infant)\b
      | [^.;:]{0,80}?\b(?:was|is)\s+(?:just\s+)?an?\s+(?:typical|normal|ordinary|average|healthy|happy|active
        |carefree)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:year|month)-old\b)""",
    re.IGNORECASE | re.VERBOSE,
)

# A photo caption: a person or thing doing something in the present tense, at a place or a date
# ("A woman waves the Egyptian flag during a protest ...", "An unknown visitor arrives at a gated house
# in Woodland Hills on Tuesday, Jan. 24, 2017.", "A worker returns a bag ... on April 16."). News text
# tells a past event in the past tense; a caption describes the picture in the present. A weekday
# alone is no caption's date: "A man stands trial in Boston on Monday ..." is news of the day.
_CAPTION_VERBS = (
    "waves|arrives|returns|walks|stands|speaks|looks|holds|sits|gestures|leaves|poses|attends|embraces"
    "|reacts|greets|talks|prays|mourns|carries|watches|listens|smiles|rides|waits|marches|kneels|hugs"
    "|wipes|lays|places|points|raises|shouts|cheers|weeps|takes\\s+part|pays\\s+(?:his|her)\\s+respects"
    "|inspects|displays|passes|crosses|runs|flees|plays|celebrates|kisses|cries|lights|wears|hangs|jumps"
)
# "A woman", "An unknown visitor", "A Palestinian protester": a short noun phrase (no preposition,
# relative or verb in it) and the verb right after it.
_NOT_IN_PHRASE = (
    r"(?!(?:of|in|on|at|for|with|from|to|by|who|whose|that|which|and|or|after|before|as|is|are|was|were"
    r"|has|have|had|will|would|said|says)\b)"
)
_CAPTION = re.compile(
    rf"^An?(?:\s+{_NOT_IN_PHRASE}[\w'’-]+){{1,4}}?\s+(?:{_CAPTION_VERBS})\b"
    r"(?=.*\b(?:on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"|during|near|outside|inside|in\s+front\s+of)\b)"
)
# A scene set in the reader's present with no event ("Outwardly at least, nearly everything on display in
# Libya these days seems calculated to project defiance.", "Nowadays, ..."): a feature's frame, not the news
# (session 43: the context model no longer refuses "these days", so such a lead could open).
_PRESENT_FRAME = re.compile(r"\b(?:these\s+days|nowadays|in\s+this\s+day\s+and\s+age)\b", re.IGNORECASE)
# A general statement, no event: a definition ("Tardigrades, also known as the water bear, are microscopic
# animals, which can survive ...", "At&t mobility v. Concepcion, 563 u.s. 333 ( 2011 ), is a legal dispute
# that was decided by ...") or a habit or yearly statistic ("Each year, americans consume ...", "Every day,
# ..."): an encyclopedia's or a feature's opening; a report's lead tells what happened. A definition is a
# short subject, an appositive ("also known as ...", ", 563 u.s. 333 ( 2011 ),") or none, then "is a/an" or
# "are" and a noun phrase that goes on to define it ("that", "which", "who", "of", "used", "found"); an
# appositive's "also known as" defines on its own. Never with the day of the news, an attribution or a word
# of news ("X is now a ...", "is a suspect in ..."): `_general`.
_DEFINITION = re.compile(
    r"""^[\w'’&.-]+(?:\s+[\w'’&.-]+){0,6}?
      (?:\s*,\s*(?:also\s+)?(?:known|called|referred\s+to)\s+as\s+[^,.;:]{1,60},\s+(?:is|are)\b
       |(?:\s*,\s*[^,;:]{1,40},)?\s+(?:is\s+an?\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,?\s+(?:of|that|which|who|whose|used|found)
        |are\s+(?![\w'’-]*(?:ing|ed)\b|(?:set|to|about|likely|unlikely|due|on|in|at|back|out|up|still|not|under|now|no|all
          |among|angry|afraid)\b)(?:[\w'’-]+\s+){0,2}[\w'’-]+,?\s+(?:that|which|who|whose|used|found|living)
        )\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_HABIT = re.compile(
    r"^(?:each|every)\s+(?:year|day|week|month|night|morning|season|summer|winter|spring|fall|autumn)\b",
    re.IGNORECASE,
)
_NEWS_WORD = re.compile(
    r"\b(?:said|says|say|told|according\s+to|reported|reports|announced|new|now|first|latest|again|no\s+longer"
    r"|officially|suspect|accused|charged)\b",
    re.IGNORECASE,
)
CAPTION_WORDS = 35  # a caption is one short line
SHARED = 0.5  # a lead at least half of the other documents state too tells the story's shared event
MAIN_SHARE = 0.5  # a main report is at least this share of the longest one's words (`main_reports`)
FALLBACK_WORDS = 100  # when no main report's lead stands alone, a report this long at least may open
NEWS_DEPTH = 3  # when every lead is set aside, a dated sentence among a report's first this many may open


def _quotation(text: str) -> bool:
    t = text.lstrip()
    return _QUOTATION.match(t) is not None and _TITLE_SUBJECT.match(t) is None


def _reader(text: str) -> bool:
    t = text.lstrip(" \"“‘'")
    return _IMPERATIVE.match(t) is not None or _READER.search(unquoted(text)) is not None


def _writer(text: str) -> bool:
    return _WRITER.match(text.lstrip()) is not None


def _generic(text: str) -> bool:
    return _GENERIC.match(text.lstrip(" \"“‘'")) is not None


def _background(text: str) -> bool:
    return _BACKGROUND.match(text.lstrip()) is not None


def _span_ago(text: str) -> bool:
    return _SPAN_AGO.match(text.lstrip(" \"“‘'")) is not None


def _anecdote(text: str) -> bool:
    return _ANECDOTE.match(text.lstrip(" \"“‘'")) is not None


def _present_frame(text: str) -> bool:
    return _PRESENT_FRAME.search(unquoted(text)) is not None


def _general(text: str) -> bool:
    t = text.lstrip(" \"“‘'")
    if _DEFINITION.match(t) is None and _HABIT.match(t) is None:
        return False
    return _NEWS_DAY.search(t) is None and _NEWS_WORD.search(unquoted(t)) is None


def _caption(text: str) -> bool:
    return len(text.split()) <= CAPTION_WORDS and _CAPTION.match(text.lstrip()) is not None


@dataclass(frozen=True)
class Rule:
    """One named rule: `test(text)` is True for a lead that should not open the summary."""

    name: str
    reason: str
    test: Callable[[str], bool]


RULES: tuple[Rule, ...] = (
    Rule("quotation-lede", "a quotation before the news: the speaker's line, not the report", _quotation),
    Rule("reader-address", "the writer speaks to the reader: a feature's opening", _reader),
    Rule("writer-voice", "the writer's own first person: a column or a paper, not a report", _writer),
    Rule("generic-lede", "a generic frame that reports no event", _generic),
    Rule("background-lede", "it opens on the past: background before the news", _background),
    Rule("span-ago-lede", "it opens on what happened months or years ago: background first", _span_ago),
    Rule("caption-lede", "a photo caption in the present tense", _caption),
    Rule("anecdote-lede", "one person's story stands for the news: a feature's opening", _anecdote),
    Rule("present-frame-lede", "a scene in the present, no event: a feature's frame", _present_frame),
    Rule("general-lede", "a definition or a yearly habit, no event: background, not the news", _general),
)


def set_aside(text: str) -> str | None:
    """The name of the first rule that sets this lead aside as an opening (None: none does)."""
    for rule in RULES:
        if rule.test(text):
            return rule.name
    return None


# The day of the news in a sentence ("on Tuesday", "yesterday", "last week", "Dec. 12", "on election
# day"): a report's sentence of what happened when, where a lead set aside tells a scene, a quotation
# or a column's voice.
_NEWS_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
    r"|election\s+(?:day|night)|last\s+(?:week|weekend|night)|this\s+(?:week|weekend|morning|afternoon|evening)"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}\b"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b)",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"[\"“”]|(?:^|\s)'\s")


def dated_news(text: str) -> bool:
    """`dated-news`: a sentence that may open when every lead is set aside (one of a report's first
    NEWS_DEPTH; "Earlier this month, ..." further down is background): it names the day of the news
    (`_NEWS_DAY`), quotes no one (no quotation mark: a reaction, not the report) and no rule of
    `RULES` sets it aside: "The council approved the bridge budget on Monday." may open where a
    quotation lead ("“We waited twenty years,” she said.") is set aside."""
    return _NEWS_DAY.search(text) is not None and _QUOTE_MARK.search(text) is None and set_aside(text) is None


def main_reports(size: np.ndarray, openers: np.ndarray) -> np.ndarray:
    """Per document: a main report, at least MAIN_SHARE of the longest report among `openers` (the
    documents whose lead may open the summary; `size`: each report's candidate words, 0 for a document
    that is none). A long analysis whose own lead cannot open (it leans on what it leaves unsaid)
    would otherwise leave only the one long feature beside it a main report, and that feature's
    scene-setting lead ("Along the quiet river bank, a fisherman cast his line alone") the opening
    over every wire report's news."""
    return size >= MAIN_SHARE * size[openers].max(initial=0)


def lead_of(story: Story, feats: F.StoryFeatures) -> np.ndarray:
    """Per document: its lead, the first candidate sentence, a "Story Highlights" box before it
    aside (-1: none)."""
    boxed = highlights(story)
    first = np.full(len(story.documents), -1)
    for i in np.flatnonzero((feats.rank >= 0) & ~boxed)[::-1]:
        first[story.sentences[i].doc] = i
    return first


def opening(
    story: Story,
    feats: F.StoryFeatures,
    q: np.ndarray,
    eligible: np.ndarray,
    requires: dict[int, tuple[int, ...]],
    budget: Budget,
    first: np.ndarray,
) -> tuple[int, ...]:
    """News first: when a main report (at least MAIN_SHARE of the longest) has a lead that stands
    alone and fits the budget, a lead no rule of `RULES` sets aside opens the summary: a main
    report's first (main among the reports whose lead may open: `main_reports`), of those one that
    at least half of the other documents state too (SHARED), then the best scored. When every lead
    is set aside, a main report's best scored lead opens, as it is. `first`: each document's lead
    (`lead_of`)."""
    limit = budget.words if budget.words is not None else 10**9
    doc = np.fromiter((s.doc for s in story.sentences), np.int64, len(story.sentences))
    size = np.bincount(doc[feats.candidate], feats.words[feats.candidate], minlength=len(story.documents))
    # a paper's abstract is no report: its findings may follow, the news report's lead opens
    reporting = np.array([d.kind in REPORTING for d in story.documents], dtype=bool) & ~paper_docs(story)
    if (reporting & (size > 0)).any():
        size = np.where(reporting, size, 0)  # the opening states news, not a view
    main = size[doc] >= MAIN_SHARE * size.max(initial=0)
    report = size[doc] > 0
    lead = np.zeros(len(doc), dtype=bool)
    lead[first[first >= 0]] = True
    leads = [
        int(i)
        for i in np.flatnonzero(eligible & lead & report & (feats.words <= limit))
        if int(i) not in requires
    ]
    if not leads:
        return ()  # no lead stands alone: the summary opens in reading order
    if not any(main[i] for i in leads):
        # No main report's lead stands alone (a long feature's leans on what it leaves out): the main
        # reports are counted among those whose lead does, as `main_reports` counts them below; not a
        # document of a few words (a video page's "Social sharing: share videos you watch ...").
        leads = [i for i in leads if size[doc[i]] >= FALLBACK_WORDS]
        if not leads:
            return ()
        main = main_reports(size, doc[leads])[doc]
    hard = [i for i in leads if set_aside(story.sentences[i].text) is None]
    if not hard:
        # No hard-news lead: a dated news sentence near a report's top (`dated_news`, NEWS_DEPTH), else
        # a main report's lead as it is.
        top = (feats.rank >= 0) & (feats.rank < NEWS_DEPTH)
        news = [
            int(i)
            for i in np.flatnonzero(eligible & report & top & (feats.words <= limit))
            if int(i) not in requires and dated_news(story.sentences[i].text)
        ]
        if news:
            main = main_reports(size, doc[news])[doc]
            shared = feats.matrix[:, _SUPPORT_DOCS] >= SHARED
            return (max(news, key=lambda i: (main[i], shared[i], q[i], -i)),)
        leads = [i for i in leads if main[i]]
        return (max(leads, key=lambda i: (q[i], -i)),) if leads else ()
    # A main report's lead (main among the reports whose lead may open); then the event most of the
    # other documents state too; then the score.
    main = main_reports(size, doc[hard])[doc]
    shared = feats.matrix[:, _SUPPORT_DOCS] >= SHARED
    return (max(hard, key=lambda i: (main[i], shared[i], q[i], -i)),)
