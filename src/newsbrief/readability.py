"""Readability of a summary: sentences that cannot be read without an earlier one.

The context model is an ordered table of small named rules (`RULES`); the first that fires on a
sentence says what it leans on (`Need`):

- ``previous``: the sentence right before it in its document (a pronoun or connective opening, a
  quotation opened earlier, the speaker of a quotation ending in "!" or "?" before it, an answer
  after its question (not a full sentence after a headline's question), a reply with no question
  before it ("Well, ...", "No, ..."), a pronoun after an inverted opening ("Little did she know ...":
  ``inverted-pronoun``), a demonstrative ("those delays", "into that pattern": ``that-noun``;
  not "these days", "at this point", "those killed in ...", nor one that quotes the term it names, "That word
  "microbiome" ...": ``named-demonstrative``), an infinitive cut short: "it seems to have.");
- ``earlier``: some earlier sentence of its document, any of the few before it ("also", "too",
  "again" relate to something said before, and so does a connective set off by commas after the
  first words, "Pakistan, meanwhile, ..."; "The 53-year-old man ..." is someone named before; "There
  were no reports of casualties." denies a thing of an event told before; "Trump's assessment comes amid
  ..." dates a step told before: ``event-comes``; "On the same day, ..." is the day told before:
  ``same-reference``; "another 173 people", "one more case" add to a count told before: ``another-count``;
  "El Hage did come to New York." asserts against a doubt told before: ``emphatic-do``; "the remaining
  cars", "the others" are what is left of a group told before: ``remainder-reference``; "Garzon then
  issued ..." is a step after one told before: ``then-adverb``);
- ``antecedent``: an earlier sentence of its document that names what a definite description
  ("The report ...", "The comedian ...") refers to (any of the few before it when no earlier
  sentence uses its noun: "The comedian" after "Amy Schumer"); a short one early in the sentence
  ("If approved, the increase ...") only when one of the few before it uses its noun, unless its
  noun names a class ("Zeppos made the announcement", "the couple's car", anywhere in the sentence: any
  of the few before it, ``class-noun-reference``; not the case of an event the sentence itself names); or a
  sentence that gave the full name of a speaker it calls by surname alone ("..., Yoffie said." after "David
  Yoffie, a Harvard professor, ...": ``surname-speaker``), or of anyone so called but the subject a
  lead names ("Haskell was enraged" after "... ronald lee haskell", "hekmati" after "mr. hekmati":
  ``surname-reference``); a speaker called by a person noun ("..., said the prosecutor.") leans on the
  sentence that used the noun, however far back in its document (``definite-speaker``), and one called
  by a role in the possessive ("the president's comments") on a sentence before that used the role
  (``possessive-role``);
- ``never``: part of an enumeration ("First, ...", "three forms.", "Number two is ...", "One would ...",
  a list's item ending on ";"): all parts or none, so none.

A document's first sentence has no sentence before it: there an "it" that holds the place of a clause
after it ("It is fair to say that ...": ``expletive-it``), a person's pronoun in a fronted phrase ("In her
first interview since ..., former host Ann Curry ...": ``lead-cataphora``), ", he told AFP" after the name
of one he may be (``lead-named-speaker``) and "First, ..." with no second part after it (``lead-first``)
need nothing. A quotation mark after a comma and before its speaker (', " said Knight') closes the
quotation whatever marks were counted before it (``speaker-closes-quote``: Multi-News text loses marks
across paragraphs).

The default summarizer only takes such a sentence with what it needs before it (`requirements`),
and `newsbrief eval` reports the share that lack it (`dangling_count`), by the same rules. One need
holds for a summary only, not for a sentence in its document: a lead's subject called by the surname
alone needs the full name before it in the summary, which may open on another article's lead
(``subject-introduced``: `introductions`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise, repeat, takewhile
from typing import NamedTuple

from .casing import capitalises_inside, folds_apart, matches_at
from .lexicon.gazetteer import gazetteer
from .lexicon.verbs import SPEECH_VERBS
from .model import Sentence
from .represent import stopwords

# Time nouns: "this week", "this year" point at the present, not back to a sentence (both demonstrative
# rules below skip them).
_CALENDAR = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
_TIME_NOUNS = (
    r"year|week|month|morning|afternoon|evening|night|weekend|season|summer|fall|autumn|winter|spring|"
    r"century|decade|time of year|time around|week's|year's|month's|" + "|".join(_CALENDAR)
)
_TIME_NOUN_SET = frozenset(_TIME_NOUNS.split("|"))  # each alone
_TIME_WORDS = _TIME_NOUNS.replace(" ", r"\s+")  # as the verbose pattern below reads it
# "this past weekend", "these coming months": the time is still the reader's present.
_NOW = r"(?:(?:past|coming)\s+)?"
# "It's Friday afternoon during finals week, ...", "It was 3 a.m. when ...": an "it" that tells the
# time points at no earlier sentence.
_CLOCK = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|midnight"
    r"|noon|dawn|dusk|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b"
)
_TIME_IT = rf"(?!(?:['’]s|\s+is|\s+was)\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:{_CLOCK})\b)"
# An opening pronoun or connective that points back to a sentence the reader has not seen ("This
# week, ..." and "This year ..." do not: the time is now).
# "These days ...", "... these United States": the reader's present and country, idioms that point back to no
# sentence (context60, issue 16's leads); read by the opening rule and the demonstrative rule alike.
_PRESENT_IDIOM = r"(?:days|united\s+states)\b"
DANGLING_OPENING = re.compile(
    rf"""^[\"“‘']?(?:
        (?:he|she|they|it{_TIME_IT}|his|her|their|its|them|him|that|those)\b(?!\s+(?:is|are|was|were)\s+no\b)
      | (?:this|these)\b(?!\s+(?:is|are|was|were)\s+no\b)(?!\s+{_NOW}(?:{_TIME_WORDS})\b)
          (?!\s+{_PRESENT_IDIOM})
      | there\b(?!['’]s\b|\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be|may\s+be|might\s+be)\b)
      | (?:but|and|or|so|yet|also|however|still|meanwhile|instead|then|thus|therefore|moreover|
           furthermore|nevertheless|nonetheless|besides|otherwise|likewise|similarly|indeed|rather)\b
      | (?:the\s+(?:same|latter|former)|such\s+a|another|other(?!\s+than\b)|others(?![-'’]))\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


# "Little did she know she was about to be attacked ...", "Never had they seen ...": a pronoun, the subject,
# after an opening a negative adverb inverts (rule `inverted-pronoun`; the opening rule reads the first word).
_INVERTED_PRONOUN = re.compile(
    r"^[\"“‘']?(?:little|never|rarely|seldom|hardly|scarcely|only\s+then|no\s+sooner|not\s+once)\s+"
    r"(?:did|does|do|had|has|have|was|were|is|are|could|would|will|can|should)\s+(?:he|she|they)\b",
    re.IGNORECASE,
)


# "That word "microbiome" — ... — keeps popping up.", "this term "toll holiday"": a demonstrative before a
# noun of naming and the quoted term of one to four words it names points at that term, not at a sentence
# before, as a lead does after a headline the cleaner cut (rule `named-demonstrative`, MN+ 46147: the news
# report's finding leaned on that lead through three sentences). Still pointing back: a quoted word alone
# ("this "reform""), a closing mark after the noun ("that name," he wrote), a quotation before a noun ("This
# "once in a lifetime" event ..." is the event told before: in the training file such quotations were as
# often descriptions as names).
_QUOTED_WORD = r"[^\s\"“”‘’,.;:!?()\[\]]+"
_NAMED_DEMONSTRATIVE = re.compile(
    rf"""\b(?:this|that|these|those)\s+(?:(?!(?:the|a|an)\b)[a-z]+\s+)?
        (?:word|term|phrase|name|label|slogan|expression|hashtag|catchphrase|buzzword|motto|mantra|nickname|refrain)s?
        \s*[\"“‘]\s*{_QUOTED_WORD}(?:\s+{_QUOTED_WORD}){{0,3}}\s*[\"”’]""",
    re.IGNORECASE | re.VERBOSE,
)


# expletive-it: in a document's first sentence, an "it" that holds the place of a clause after it ("It is
# fair to say that most Americans ...", "It should come as no surprise that ...", "It's not clear whether
# ...", "It seems that ...") points at nothing before (session 59: three leads of a training draw,
# `Random(5951)`, lost to it). A "to" after the adjective only with a verb of saying ("It was hard to
# watch." is the thing watched). Later in a document such a sentence goes on with its paragraph's topic:
# of the two read where no other rule fired, both leaned on a definite reference the model does not read.
_EXPLETIVE_IT = re.compile(
    r"^[\"“‘'(\s]*it(?:['’]s|\s+(?:is|was|would\s+be|will\s+be|may\s+be|might\s+be|could\s+be|has\s+been"
    r"|had\s+been|remains|remained))(?:\s+not)?(?:\s+(?:very|so|quite|now|still|already|also|entirely"
    r"|perfectly|fairly|pretty|increasingly|far\s+from|by\s+no\s+means|abundantly))?\s+"
    r"(?:(?:possible|impossible|likely|unlikely|clear|unclear|true|obvious|certain|uncertain|doubtful|evident"
    r"|apparent|undeniable|ironic|striking|surprising|remarkable|telling|notable|noteworthy|significant"
    r"|important|worth\s+noting|no\s+secret|no\s+surprise|no\s+wonder|no\s+coincidence|a\s+safe\s+bet"
    r"|a\s+good\s+bet|a\s+shame|a\s+pity|a\s+wonder|a\s+miracle)\s+(?:that|whether|how|why|if)\b"
    r"|(?:fair|safe|accurate|true|too\s+early|too\s+soon|hard|difficult|easy)\s+to\s+(?:say|note|assume|argue"
    r"|conclude|predict|tell|know|overstate|exaggerate)\b)"
    r"|^[\"“‘'(\s]*it\s+(?:(?:should|would|will|may|might|does|did|must)\s+)?(?:comes?|came)\s+as\s+"
    r"(?:no|a|little|something\s+of\s+a)\s+(?:great\s+|big\s+|real\s+)?surprise\b"
    r"|^[\"“‘'(\s]*it\s+(?:seems|seemed|appears|appeared)\s+(?:that|as\s+if|as\s+though)\b"
    r"|^[\"“‘'(\s]*it\s+goes\s+without\s+saying\b"
    # context60 (brief60's LongBench and MN+ dev leads): "It is with great sadness ...", "It's been a week
    # since ...", "It's come to my attention that ...", and a cleft that tells its time or its one ("It was in
    # May of 1925 when ...", "It wasn't just any cop who answered ...")
    r"|^[\"“‘'(\s]*it\s+is\s+with\s+(?:great\s+|deep\s+|heavy\s+|profound\s+)?(?:sadness|regret|sorrow|pleasure"
    r"|pride|joy)\b"
    r"|^[\"“‘'(\s]*it(?:['’]s|\s+has)\s+been\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+"
    r"|several|many|a\s+few|only\s+a|just\s+a|almost\s+a|nearly\s+a|more\s+than\s+a)\s+(?:\w+\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?)\s+since\b"
    r"|^[\"“‘'(\s]*it(?:['’]s|\s+has)\s+come\s+to\s+(?:my|our)\s+attention\b"
    r"|^[\"“‘'(\s]*it\s+(?:was|is)\s+(?:in|on|at|during)\s+[^,;]{1,40}?\s+(?:when|that)\b"
    r"|^[\"“‘'(\s]*it\s+(?:was|is)(?:n['’]t|\s+not)\s+just\s+any\s+\w+\s+(?:who|that)\b",
    re.IGNORECASE,
)


def _dangling_opening(c: Context) -> bool:
    """Rule `pronoun-or-connective-opening` (`DANGLING_OPENING`), not a demonstrative that names its thing
    (`_NAMED_DEMONSTRATIVE`) nor an expletive "it" (`_EXPLETIVE_IT`)."""
    text = c.text.lstrip()
    if not opens_dangling(text) or _NAMED_DEMONSTRATIVE.match(text.lstrip(_OPENERS)) is not None:
        return False
    return not (
        c.previous is None and c.lower.lstrip(_OPENERS).startswith("it") and _EXPLETIVE_IT.match(text)
    )


def opens_dangling(text: str) -> bool:
    """True when the sentence starts on a pronoun or connective that needs a previous sentence."""
    return bool(DANGLING_OPENING.match(text.lstrip()))


_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def unquoted(text: str) -> str:
    """The text with its quoted words (a quotation left open runs to the end) blanked out."""
    return _QUOTED.sub(" ", text)


_SAYS_WORDS = (
    r"said|says|say|saying|told|tells|asked|asks|added|adds|according|explained|explains|wrote|writes|"
    r"recalled|recalls|declared|declares|insisted|insists|argued|argues|noted|notes|stated|quoted|"
    r"continued|continues|tweeted|tweets|posted|announced|announces|warned|warns|admitted|admits|"
    r"acknowledged|acknowledges|claimed|claims|conceded|concedes|replied|replies|responded|responds|"
    r"joked|jokes|quipped|quips|observed|observes|concluded|concludes|suggested|suggests|cautioned|"
    r"cautions|complained|complains|recounted|recounts|confirmed|confirms|reported|reports|predicted|"
    r"predicts|agreed|agrees|stressed|stresses|emphasized|emphasizes|testified|testifies|maintained|"
    r"maintains|boasted|boasts|lamented|laments|wondered|wonders|mused|muses|pointed out|points out"
)
# a verb of saying, the words above; the look-ahead of their first letters is the same pattern, only skipping
# at once every word that opens on another letter (an alternation of ~100 words is tried word by word)
_SAYS = re.compile(
    r"\b(?=[" + "".join(sorted({w[0] for w in _SAYS_WORDS.split("|")})) + r"])(?:" + _SAYS_WORDS + r")\b",
    re.IGNORECASE,
)
# speaker-closes-quote: a sentence's last straight mark closes the quotation when a comma, "!" or "?" comes
# right before it and its speaker right after it (`..., " said knight, almost a year ...`, `..., " she
# said ...`): after it no quotation is open, whatever the marks counted before (Multi-News text loses marks
# across paragraphs: MN+ train 16470's first document read its every later sentence as `quote-continues`).
_CLOSED_BY_SPEAKER = re.compile(
    r"[,!?]\s*\"\s+(?:[^\"\s]+\s+){0,3}?(?:" + _SAYS_WORDS + r")\b[^\"]*$", re.IGNORECASE
)
_OPENERS = "\"“‘'`( "
# "Earlier this week, ...", "Later today ...": the time is the reader's present, as "This week" (the
# pronoun rule above), not a time told before.
_PRESENT = rf",?\s+(?:(?:this|these)\s+{_NOW}(?:{_TIME_WORDS})\b|today\b|tonight\b)"
# Connectives the opening rule above does not list: they place the sentence after another one.
_CONNECTIVE = re.compile(
    # Each word or phrase ends at a word's end ("Plus" is no opening of "Plush", nor "See" of "Seen").
    rf"^(?:(?:later|earlier)\b(?!{_PRESENT})|(?:elsewhere|further|additionally|consequently|accordingly|hence|"
    # "In addition to perjury, federal law ..." has its own object and a clause after it (context49); a
    # fragment after the comma ("In addition to the so called Empty Tomb, i.e.") still leans on one before
    r"afterwards?|in addition(?!\s+to\b[^,]*,(?:\s+\S+){3})|as a result|even so|by contrast|in contrast|"
    r"conversely|for example|"
    r"for instance|"
    r"after that|since then|in turn|at the same time|in response|on top of that|what'?s more|seconds later|"
    r"minutes later|hours later|days later|weeks later|months later|years later|see|plus|"
    # "A week later, her transmission went out.", "An hour later, the upper stage fired ...", "The next
    # day, ...": a time counted from an event the sentence before told (brief41's read, session 41)
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+later"
    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|month|year)|"
    # "All the while, police looked on ...", "Specifically, they gathered ...", "Nor does it ...": the
    # time, the claim or the denial the sentence before told (brief39's read, session 39)
    r"all the while|in the meantime|in other words|even then|either way|in any case|nor)\b|specifically,|"
    # "Of course, the Wolfman was always ...", "At best, the results are mixed.": granting or weighing
    # what the sentences before told; "On the contrary, ..." denies it (brief40's read, session 40)
    r"of course,|at (?:best|worst),|on the contrary\b|"
    # "Already, three parties are calling for ...": so far, in what the sentences before told (context48)
    r"already,|"
    # "Meantime, Thompkins says she will soon quit ...": the time the sentences before told (context59)
    r"meantime,|"
    r"over (?:on|at)\b(?! (?:least|most|all)\b)"
    # "Prior to that, he served ...", "On that day two dissidents ...", "By then, ...": a time, a case or
    # a reason the sentence before gave ("that" or "then" as the preposition's object)
    r"|(?:prior to|before|after|until|till|by|since|from|at|on|in|during|for|despite|because of|with|of"
    r"|apart from|aside from|beyond|besides) (?:that|then)\b(?!['’])"
    # "As Yellin hinted, …", "As you were saying, …": the hint was told before.
    r"|as (?:[^\s,]+ ){1,3}"
    r"(?:hinted|mentioned|noted|suggested|teased|indicated|predicted|promised|warned|saying)\b)",
    re.IGNORECASE,
)
# A connective set off by commas after the sentence's first few words ("Pakistan, meanwhile, needs
# ...", "Later, however, the court ...", "Norwegians, though, have ..."): it relates the sentence to
# one said before, as at the opening.
_INNER_CONNECTIVE_WORDS = (
    "though", "however", "for instance", "for example", "meanwhile", "in turn", "instead", "nevertheless",
    "nonetheless", "in contrast", "by contrast", "likewise", "similarly", "therefore", "thus", "moreover",
    "furthermore", "after all", "as a result", "even so", "in addition",
)  # fmt: skip
_INNER_CONNECTIVE = re.compile(
    r"^[\"“‘'(]?(?:[^\s,;:]+\s+){0,4}[^\s,;:]+,\s+(?:" + "|".join(_INNER_CONNECTIVE_WORDS) + "),",
    re.IGNORECASE,
)
_INNER_CONNECTIVE_KEYS = tuple(w + "," for w in _INNER_CONNECTIVE_WORDS)  # its cheap pre-check
# "The office has since closed.", "Spears has since denied that ...": "since" as an adverb right after
# the subject's auxiliary means "since the event told before"; a time or a noun after it ("has since
# 2010", "has since its inception") is a preposition with its own object.
_SINCE_ADVERB = re.compile(
    r"^[\"“‘']?(?:[^\s,;:]+\s+){1,5}(?:has|have|had)\s+since\b(?!\s+(?:\d|(?:then|the|its|his|her|their|our|my"
    r"|a|an|last|early|late|mid|before|after|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b))",
    re.IGNORECASE,
)
_DEMONSTRATIVE = re.compile(
    rf"\b(?:this|these)\s+(?!{_NOW}(?:{_TIME_NOUNS})\b|is\b|was\b|are\b|were\b)[a-z]\w*"
    # "those who/with/in …" is a generic description, not a reference back.
    rf"|\bthose\s+(?!(?:{_TIME_NOUNS})\b|is\b|was\b|are\b|were\b|who\b|whom\b|whose\b|which\b|that\b"
    r"|with\b|in\b|on\b|at\b|of\b|for\b)[a-z]\w*"
    r"|(?<!first )(?<!only )(?<!no )(?<!any )(?<!one )(?<!last )\bsuch\s+(?!as\b)[a-z]\w*",
    re.IGNORECASE,
)
# "A drone strike killed 17 people, in the biggest such attack this year", "..., the second such crime in
# the city this month": a ranked "such" set off after the clause that tells the event is of the kind that
# clause tells ("The biggest such attack came in 2009." still points back); a noun ending in "-est" is no
# rank ("..., the interest such loans earn", "the protest such closures draw").
_RANKED_SUCH = re.compile(
    r",\s+(?:[a-z]+\s+)?(?:the|its|their|a)\s+"
    r"(?:(?!(?:inter|prot|requ|cont|conqu|inqu|bequ|qu|arr|harv|hon|mod|sugg|inv|dig|manif|beh|unr|pri|cr|gu"
    r"|ch|for|midw|t|r|w|n)est\b)[a-z]{2,}est|best|worst|second|third|fourth|fifth|most\s+[a-z]+)\s+such\s",
    re.IGNORECASE,
)
# ... but an opening phrase before that comma is no clause telling the event (session 34 review): one word,
# or words opening on a preposition or a time word, or ending in "ago", with no comma of their own ("In
# 2009, the biggest such attack killed 40 people.", "Last year, ...", "Three years ago, ...", "Nationwide,
# ..."); the "such" still points back.
_OPENING_PHRASE = re.compile(
    r"\s*[\"“‘'(]?(?:[\w'’-]+|(?:in|on|at|by|for|from|since|during|after|before|until|within|with|without|under"
    r"|over|despite|through|throughout|amid|across|around|near|last|next|earlier|later|yesterday|today)\b"
    r"[^,;:]*|[^,;:]*\bago)\s*",
    re.IGNORECASE,
)
# the words a match of `_THAT_SUBJECT` opens on: `casing.matches_at` tries it only where one stands
_THAT_OPENS = (
    *("say", "says", "said", "saying", "think", "thinks", "thought", "believe", "believes", "believed"),
    *("know", "knows", "knew", "hope", "hopes", "hoped", "insist", "insists", "insisted"),
    *("for", "of", "about", "behind", "against"),
)
# "The documents say that didn't happen.", "DeVine said that is the reason ...": "that" right after a
# verb of saying or thinking and right before a verb is the subject of the reported clause, a pronoun
# pointing back (a conjunction "that" is followed by the clause's own subject; a relative "that" follows
# a noun, not a verb of saying).
_THAT_SUBJECT = re.compile(
    # ... and "that" as a preposition's object before a verb ("Bids for that are around $11,000.", "The
    # reason for that is ..."): the thing it names was told before (brief40's read, session 40)
    r"\b(?:" + "|".join(_THAT_OPENS) + r")\s+that\s+"
    r"(?:are|were|is|was|isn['’]t|wasn['’]t|didn['’]t|did not|doesn['’]t"
    r"|does not|won['’]t|will|would|wouldn['’]t|has|had|hasn['’]t|hadn['’]t|could|couldn['’]t|can|can['’]t"
    r"|should|shouldn['’]t|may|might|must|makes|made|means|meant)\b",
    re.IGNORECASE,
)
# "“Focus” fits right into that pattern", "At that point the pillars gave way", "To that end, ...": "that"
# as the determiner of a preposition's object names a thing, time or case told before (rule `that-noun`); a
# pronoun, an article or a clause after it is none ("in that it ...", "so that the ..."); quoted words aside.
_THAT_NOUN = re.compile(
    r"\b(?=\w+\s+that\s)(?:in|into|on|onto|of|at|for|from|with|by|about|to|after|before|during|like|despite|under"
    r"|over|through"
    r"|toward|towards|against|behind|beyond|upon|within|without|since|until)\s+that\s+"
    r"(?!(?:is|was|are|were|be|been|it|he|she|they|we|i|you|the|a|an|this|his|her|their|its|our|my|your|there"
    r"|these|those|if|when|what|which|who|will|would|can|could|may|might|should|must|has|have|had|did|does|do"
    r"|not|no|and|or|but|so|as|in|on|of|at|to|for|with|by)\b)[a-z][a-z'’-]+\b",
    re.IGNORECASE,
)


# ... and "that" opening the subject after an opening phrase's comma ("Before World War II, that choice would
# have been applauded."): a noun and then its verb (an auxiliary or a past tense).
_THAT_SUBJECT_NOUN = re.compile(
    r"^([\"“‘']?(?:[^\s,;:]+\s+){0,6}[^\s,;:]+),\s+that\s+(?:[a-z][a-z'’-]+\s+)?[a-z][a-z'’-]+\s+"
    r"(?:would|will|is|was|are|were|has|had|have|could|can|may|might|must|should|did|does|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_THAT_IDIOM = re.compile(r"\b(?:for that matter|in that order)\b", re.IGNORECASE)  # no thing told before


def _that_noun(c: Context) -> bool:
    """Rule `that-noun` (above): a preposition's object, idioms aside (`_THAT_IDIOM`), or an opening phrase's
    subject (`_THAT_SUBJECT_NOUN`)."""
    if "that " not in c.lower:
        return False
    text = unquoted(c.text)
    m = _THAT_SUBJECT_NOUN.match(text)
    if m is not None and _SAYS.search(text, 0, m.end(1)) is None:  # "said on Monday, that ...": a clause
        return True
    return _THAT_NOUN.search(_THAT_IDIOM.sub(" ", text)) is not None


_ENUMERATION = re.compile(
    # An ordinal opens a part when a comma follows it ("First, ..."; not "First reactions to ...").
    r"^(?:(?:first|second|third|fourth|fifth)(?:ly)?\b\s*,|(?:finally|lastly|last but not least|"
    r"on the one hand|on the other hand|for one thing|for another)\b,?"
    # ... a part counted ("Number two is ...") or one of the things the sentence before announced ("One would
    # create ...", "The other would ..."; not the generic "One would think ..."), session 43
    r"|number\s+(?:one|two|three|four|five|six)\b|(?:one|the\s+other)\s+(?!would\s+(?:think|expect|hope"
    r"|imagine|assume|say|guess|have)\b)(?:would|will|could|calls\s+for|involves|requires)\b)"
    # ... or a list's item ending on a semicolon ("Information about the apps you use;")
    # (the look-ahead: where neither of the two branches below can open, skipped at once)
    r"|(?=[;tfs])(?:;$"
    r"|\b(?:two|three|four|five|six|several) (?:forms|ways|things|reasons|steps|lessons|questions|points"
    r"|options|scenarios|changes|goals|parts|areas|key \w+|main \w+)(?: to \w+)?[.:]$)",
    re.IGNORECASE,
)
_PERSONAL = re.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their)\b|\bit\s+(?!is\b|was\b|'s\b|seems\b|appears\b)[a-z]+",
    re.IGNORECASE,
)
_PRONOUN_SAYS = re.compile(
    r"[,”\"]\s*(?:he|she|they)\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|noted|asked"
    r"|recalled|continued)\b"
    # right after a quotation's closing mark, any verb of saying: '“...,” he emphasized.' (session 37)
    rf"|[”\"]\s*(?:he|she|they)\s+(?:{SPEECH_VERBS})\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][a-z]")
_ALSO = re.compile(
    # "as well as" joins two things of one sentence ("Diageo owns Guinness as well as Smirnoff"), no "too"
    # ... and "time and (time) again" is "often" (context49)
    r"\balso\b(?!\s+known\b)|,\s*too\b|\btoo[.!]$|(?<!time and )(?<!time and time )\bagain\b"
    r"|\bas well\b(?!\s+as\b)|^still\b|\bthe other\b",
    re.IGNORECASE,
)
_NOT_ONLY = re.compile(r"\bnot only\b", re.IGNORECASE)
# "In addition to perjury, federal law also prohibits ...", "Besides the ferry, the city also ...": what the
# "also" adds to is the opening phrase's object, in the sentence itself (context49)
_ADDED_TO = re.compile(
    r"^[\"“‘']?(?:in\s+addition\s+to|besides|apart\s+from|aside\s+from|along\s+with|as\s+well\s+as)\s[^,]+,",
    re.IGNORECASE,
)
# "The [adjective] noun" opening a sentence, in lower case (not a name such as "The Times"): up to
# three lower-case words, ending before a function word or verb.
_DEFINITE = re.compile(r"^[Tt]he((?:\s+[a-z][\w'-]*){1,3})(?=([\s,.;:]*)(\S*))")
# Relative words that open a clause saying which one the description means (context50's fresh read); not
# function words (`_FUNCTION`), so they end no description elsewhere.
_RELATIVE = ("where", "whose")
_INTRODUCING = re.compile(r"^,\s*(?:known|called|named|dubbed|formally|a|an|the)\b")
_FUNCTION = frozenset(
    ("of", "who", "that", "which", "is", "was", "are", "were", "has", "had", "have", "will", "would", "said",
     "says", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "can", "could", "may", "might",
     "should", "did", "does", "do", "also", "be", "been", "not", "as", "about", "after", "before", "than")
)  # fmt: skip
_WORD = re.compile(r"[a-z][a-z'-]+")
_DEFINITE_SKIP = frozenset(
    ("first", "last", "latest", "new", "next", "most", "best", "world", "public", "same", "only", "whole",
     "way")
)  # fmt: skip
WINDOW = 3  # "earlier" and "antecedent" needs look this many sentences back in the document
ANTECEDENT_WINDOW = 6  # a definite description's noun is looked for this many sentences back
HOLDERS = 64  # an antecedent need keeps at most this many sentences (those read last before it)


class Context(NamedTuple):
    """What a rule sees: the sentence, the one before it in its document, and the words seen earlier.
    (A named tuple: one is built per sentence, and a tuple is built fastest.)"""

    text: str
    lower: str  # the text in lower case (cheap keyword tests before the patterns)
    previous: str | None  # the sentence before it in its document
    inside_quote: bool  # starts inside a quotation opened earlier in its paragraph
    earlier: tuple[str, ...]  # the ANTECEDENT_WINDOW sentences before it in its document, lower case
    caseless: bool = False  # its story lost its letter case (`Story.caseless`)
    opens_quote: bool = False  # the quotation mark opening it was split off onto the sentence before
    surnames: frozenset[str] | set[str] = frozenset()  # last words of full names earlier in its document
    common: Callable[[], frozenset[str]] = frozenset  # words its document writes in lower case (lazy)
    leads: frozenset[str] = frozenset()  # the words of the story's leads (each document's first sentence)
    given: frozenset[str] | set[str] = (
        frozenset()
    )  # listed given names opening full names earlier in its document
    before: Sequence[str] = ()  # every sentence before it in its document, lower case (`earlier`'s source)
    later: Callable[[], Sequence[str]] = tuple  # its document's sentences after its first, lower case (lazy)

    @property
    def earlier_words(self) -> frozenset[str]:
        """The words of the `earlier` sentences (only the definite rules ask, for few sentences): each
        sentence's read once (`_words_of`), not once for each of the sentences after it that asks."""
        return frozenset().union(*map(_words_of, self.earlier))


@lru_cache(maxsize=4096)
def _words_of(lower: str) -> frozenset[str]:
    """The `_WORD`s of one lower-cased sentence. No match holds a space, so the words of sentences joined
    by spaces are the union of each one's."""
    return frozenset(_WORD.findall(lower))


@dataclass(frozen=True, slots=True)
class Need:
    """Why a sentence cannot stand alone: the rule, the cue type, what it needs, the term it refers to."""

    rule: str
    cue: str
    kind: str  # "previous" | "earlier" | "antecedent" | "never"
    term: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    cue: str
    kind: str
    test: Callable[[Context], bool | str]  # True (or the antecedent term) when it fires


_DEM_KEYS = ("this ", "these ", "those ", "such ")
_ALSO_KEYS = ("also", "too", "again", "as well", "still", "the other")
_SAY_KEYS = ("he ", "she ", "they ")


def _has(c: Context, keys: tuple[str, ...]) -> bool:
    """A cheap test before a pattern: one of the keywords is in the lower-cased text (a substring test
    per keyword, the loop in C: on LongBench dev sentences faster than one alternation of them all)."""
    return any(map(c.lower.__contains__, keys))


def _opening(c: Context) -> str:
    return c.text.lstrip(_OPENERS)


# "... labels similar to those found on packaged food", "prices higher than those of 2010": "those" after a
# comparison stands for a noun of its own sentence, the thing compared (brief41's read, session 41)
_COMPARED_THOSE = re.compile(
    r"\b(?:(?:similar|compared|comparable|identical|equivalent|akin|superior|inferior)\s+(?:to|with)|than|like)"
    r"\s+those\b",
    re.IGNORECASE,
)


# "these days", "at this point", "at this hour": the reader's present, no time told before; "those killed in
# the fire", "those arrested on Monday": a past participle after "those" and what tells where or when is
# "those who were ..." (as "those who"), people the sentence itself describes (session 43, the training
# file's fresh read); "responsibility for those killed." with nothing after it still points back
_DEMONSTRATIVE_IDIOM = re.compile(
    rf"\b(?:these\s+{_PRESENT_IDIOM}|at\s+this\s+(?:point|hour|moment|stage|juncture|time)\b)"
    r"|\bthose\s+(?:killed|injured|wounded|hurt|slain|arrested|detained|charged|accused|convicted|involved"
    r"|affected|displaced|evacuated|missing|rescued|infected|targeted)"
    r"\s+(?=(?:in|at|by|during|when|after|on|near|since|from|while|across|inside|outside)\b)"
    # "There's this idea that ...": a "this" that introduces (context49); "Among those urging people to vote
    # ...": "those" and a present participle are "those who urge", people the sentence describes
    r"|\bthere(?:['’]s|\s+is|\s+was)\s+this\b|\bthose\s+(?=[a-z]+ing\b)"
    # "an 'out of this world' way to share ...": an idiom (session 59's lead-first read)
    r"|\bout\s+of\s+this\s+world\b",
    re.IGNORECASE,
)
# "... has struck again, this time ensnaring a state lawmaker": in a document's first sentence the time
# before is the sentence's own "again" (a lead has nothing before it); later, "Trump stepped out again, this
# time with Don King" is the time the sentence before told (LongBench 71466da2: read as "also", it lost it)
_AGAIN_THIS_TIME = re.compile(r"\bagain,\s+this\s+time\b", re.IGNORECASE)


def _demonstrative(c: Context) -> bool:
    """A demonstrative ("those delays", "such damage") that points back, not a ranked "such" after the clause
    that tells the event (`_RANKED_SUCH`; after an opening phrase it still points back: `_OPENING_PHRASE`),
    nor "those" after a comparison (`_COMPARED_THOSE`: "similar to those found on ..."), nor an idiom of the
    present or "those" with a participle (`_DEMONSTRATIVE_IDIOM`: "these days", "those killed")."""
    if not _has(c, _DEM_KEYS):
        return False
    text = _RANKED_SUCH.sub(lambda m: _after_opening(c.text, m), c.text) if "such " in c.lower else c.text
    if "those " in c.lower:
        text = _COMPARED_THOSE.sub(" ", text)
    if '"' in text or "“" in text or "‘" in text:
        text = _NAMED_DEMONSTRATIVE.sub(" ", text)  # "this word "X"": it names its thing
    text = _DEMONSTRATIVE_IDIOM.sub(" ", text)
    if c.previous is None and "again" in c.lower:
        text = _AGAIN_THIS_TIME.sub(" ", text)
    before: set[str] = set()  # the words before the match, grown match by match (not re-read: linear)
    start = 0
    for m in _DEMONSTRATIVE.finditer(text):
        before.update(_WORD.findall(text[start : m.start()].lower()))
        start = m.start()
        if not _named_before(m, before):
            return True
    return False


_NOT_NOUNS = frozenset(
    ("must", "would", "could", "should", "might", "shall", "will", "seems", "means", "makes")
)


def _named_before(m: re.Match[str], before: set[str]) -> bool:
    """own-antecedent: the demonstrative's noun is a word of its own sentence before it (`before`, its
    lower-case words: "Amazon began drone deliveries, but such deliveries ...", "a plan ... this plan"): it
    points back inside the sentence, as a lead's does with nothing before it (context60, issue 16's leads)."""
    noun = m[0].split()[-1].lower()
    if len(noun) < 3 or noun in stopwords() or noun in _FUNCTION or noun in _NOT_NOUNS:
        return False  # "this must be ...", "run this to ground": no noun after it
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
    return noun in before or stem in before or stem + "s" in before


def _after_opening(text: str, m: re.Match[str]) -> str:
    """A ranked "such" (`_RANKED_SUCH`) kept where only an opening phrase stands before its comma (it
    still points back), else blanked."""
    return m[0] if _OPENING_PHRASE.fullmatch(text, 0, m.start()) else " "


# "Trump's assessment comes amid days of sparring ...", "Cohen's move comes as ...", "Her remarks came a day
# after ...": a statement or step of someone's told before, dated against other events (rule `event-comes`;
# "The move comes ..." is often a definite reference already)
_EVENT_COMES = re.compile(
    r"^[\"“‘']?(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s?)\s+(?:[a-z]+\s+)?"
    r"(?:assessment|comments?|remarks?|statements?|announcement|decision|move|tweets?|admission|apology|warning"
    r"|criticism|ruling|vote|visit|resignation|request|plea|proposal|findings|outburst|threat|response)\s+"
    r"(?:comes?|came)\s+(?:as|after|amid|following|just|only|shortly|days?|weeks?|months?|hours?|years?|a\s+day"
    r"|a\s+week|a\s+month|one|two|three|four|five|less|more|nearly|almost|barely|on\s+the\s+heels|in\s+the\s+wake)\b"
)


# The quotation a sentence opens on, when it closes inside the sentence (a mark glued to the next word
# opens another quotation: 'giggling "it made me ...').
_OPENING_QUOTATION = re.compile(r"^\s*[\"“]([^\"“”]*)[\"”](?!\w)")
QUOTED_PART_WORDS = 5  # words of the sentence's own after it make the quotation a part of the sentence


def _unattributed_quote(c: Context) -> bool:
    """A quotation with no speaker: it leans on the sentence before for one. Not when the quotation
    closes and the sentence goes on for QUOTED_PART_WORDS words of its own (outside quotation marks):
    a title or a term as its subject ("“Focus” is ridiculous in every detail.") or a quotation with
    its speaker ("“It's a miracle,” crowed the hotel's manager.")."""
    text = _reopened(c.text) if c.opens_quote else c.text  # its opening mark is on the sentence before
    if text.lstrip()[:1] not in ("“", '"') or _SAYS.search(unquoted(text)):
        return False
    part = _OPENING_QUOTATION.match(text)
    return not (
        part is not None
        and part.group(1).strip() != ""
        and len(unquoted(text[part.end() :]).split()) >= QUOTED_PART_WORDS
    )


# A quotation ending in "!" or "?" and then its speaker: the splitter ends a sentence at the mark
# ("“Oh, my God!” | Hernandez exclaimed in an interview."), but the attribution is the same sentence.
_EXCLAIMED = re.compile(r"[!?][\"”’']\s*$")
_SPEAKER_FIRST = re.compile(
    r"^(?:\S+\s+){1,4}?(?:" + _SAYS_WORDS + r"|exclaimed|exclaims|shouted|shouts|screamed|screams"
    r"|yelled|yells|cried|gushed|gushes)\b",
    re.IGNORECASE,
)


def _attribution_after_quotation(c: Context) -> bool:
    """The speaker of the quotation the sentence before ends with "!" or "?" (no quotation of its own)."""
    return (
        c.previous is not None
        and _EXCLAIMED.search(c.previous) is not None
        and not any(q in c.text for q in '"“”')
        and _SPEAKER_FIRST.match(c.text.lstrip()) is not None
    )


_ENUM_KEYS = (
    "first", "second", "third", "fourth", "fifth", "final", "last", "hand", "for one", "for another",
    "two ", "three ", "four ", "five ", "six ", "several ", "number ", "one ", "the other ", ";",
)  # fmt: skip


def _enumeration(c: Context) -> bool:
    """A part of an enumeration (`_ENUMERATION`); not a document's first sentence opening on "First, ..."
    when no later sentence of its document goes on with a second part (`lead-first`): with no list announced
    before it, it tells the first of a story's steps ("First, a batch of top-tier Republican prospects
    decided to sit out ... | And now, ...", session 59's lead-first read; "First, a prosecutor would need
    ... | ... | Second, ..." is still a list's part)."""
    if not _has(c, _ENUM_KEYS) or not _ENUMERATION.search(c.text.strip()):
        return False
    if c.previous is not None or not c.lower.lstrip(_OPENERS).startswith("first"):
        return True
    return any(s.lstrip(_OPENERS).startswith(_SECOND_PARTS) for s in c.later())


# lettered-item: a lettered or numbered list's item opening a sentence ("B ) we take your privacy
# seriously.", "c. ) a reality show", "(2) the ferry"): a part of a list, read with all its parts or not at
# all (the splitter ends a sentence before each; context60, issue 16: "is this tv show: a. ) ... B. ) ...").
# Not a letter and a stop with no bracket ("B. Miyamotoi", "C. Everett Koop": an initial).
# Nor a footnote mark in square brackets ("[1] Problems may include ...": a wiki's reference after the
# sentence before, split onto this one: LongBench dev's FAS article).
_LETTERED_ITEM = re.compile(r"^[\"“‘'(]?(?:[a-hA-H]|[1-9])\s?\.?\s?\)\s+\S")


# share-without-group: a survey's share with no group of its own opening a sentence ("Nineteen per cent
# said ...", "38 percent believe ...", "Half said ..."): the people asked are the sentence before's
# (context60, issue 16: fresh59's survey shares); "38 percent of voters said ..." names them.
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six"
    r"|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine)"
)
_SHARE_WITHOUT_GROUP = re.compile(
    r"^[\"“‘']?(?:(?:just|only|about|nearly|almost|some|roughly|over|under|more\s+than|fewer\s+than"
    rf"|less\s+than)\s+)?(?:(?:\d{{1,3}}(?:\.\d+)?|{_NUMBER_WORD})\s*(?:%|per\s*cent|percent)|half|a\s+third"
    r"|a\s+quarter|two[- ]thirds|three[- ]quarters)\s+(?:said|say|says|believe|believed|think|thought|agreed"
    r"|agree|disagreed|disagree"
    r"|reported|report|want|wanted|felt|feel|supported|support|opposed|oppose|favou?red|favou?r|approved"
    r"|approve|disapproved|disapprove|expected|expect|preferred|prefer|answered|responded|chose|picked"
    r"|named|admitted|described|rated|plan|planned|would|will|were|are)\b",
    re.IGNORECASE,
)


_ITEM_FIRST = frozenset("abcdefghABCDEFGH123456789\"“‘'( ")  # `_LETTERED_ITEM`'s cheap pre-check
_SECOND_PARTS = ("second", "next,", "then,", "finally", "lastly", "last,", "the second", "another")


ANSWER_WORDS = 10  # a sentence this short after a question is its answer ("Officials expect it by March.")
PROMPT_WORDS = 6  # a question this short prompts what follows ("Interested in gun control? | Add it as ...")
# ... when that is a call to the reader, at most this long; a longer sentence after a short question is the
# report itself ("Who says senators aren't tech-savvy? | Sen. jane roe ( d-md. ) briefly halted her hearing
# wednesday to respond to a tweet ...", MN+ train 4004: the lead was no candidate, the brief lost the news)
PROMPT_REST = 25
# Openings that answer a question: read alone, they say nothing ("Not so much.", "Yes, and ...").
_ANSWER_OPENING = re.compile(
    r"[\"“‘'(]*\s*(?:yes|yeah|yep|no|nope|not|maybe|perhaps|probably|possibly|sure|absolutely|definitely|"
    r"certainly|hardly|well|because|of course|the (?:short |simple |real )?answer|short answer|if so|if not|"
    r"if you|turns out|it turns out)(?![\w'’-])",
    re.IGNORECASE,
)
# A reply opening an unquoted sentence, with no question before it ("Well, okay, not really, not in the
# world of ...", "No, the rule does not ..."): the writer answers a claim the sentence before made. Not
# "No. 1" (a rank) nor a quoted reply (the quotation rules read those).
_REPLY = re.compile(r"^(?:well|okay|ok|yes|yeah|yep|no|nope|sure|oh),\s", re.IGNORECASE)


def _reply(c: Context) -> bool:
    return c.previous is not None and _REPLY.match(c.text) is not None


_CLOSED_QUESTION = re.compile(r"\?\s*[\"”’')\]]\s*$")  # a quotation's or an aside's question


def _after_question(c: Context) -> bool:
    """The answer to the question before it: a short sentence or one opening as an answer does ("When
    will it reopen? | Officials expect it by March.", "... computers? | Not so much."), and so does any
    sentence after a quoted question, whose speaker it may give ("'... casus belli?' | host Vladimir
    Solovyov asked his panel ..."), or after an aside's, the rest of the sentence ("They made the same
    threat (or was it a promise?) | when Republicans were ahead ..."), or after a short one, a prompt
    ("Not a subscriber? | Join the ..."), when it is short too (`PROMPT_REST`).
    A full sentence after a headline's or a writer's full question stands on its own ("Did early Mars
    have a vast northern ocean? | Scientists have located an impact crater ..."): what else it leans
    on, a pronoun, a connective, a demonstrative, the later rules say."""
    if c.previous is None:
        return False
    question = c.previous.rstrip()
    if not question.rstrip("\"'”’) ").endswith("?"):
        return False
    return (
        _CLOSED_QUESTION.search(question) is not None
        or (len(question.split()) < PROMPT_WORDS and len(c.text.split()) <= PROMPT_REST)
        or len(c.text.split()) < ANSWER_WORDS
        or _ANSWER_OPENING.match(c.text) is not None
    )


# An infinitive cut short at the sentence's end ("In Cheryl Roe's case, it seems to have.", "... as
# he had promised to."): the verb it leaves out is the sentence before's (verb phrase ellipsis).
_ELLIPSIS_TO = re.compile(
    r"\b(?:seems?|seemed|appears?|appeared|wants?|wanted|tries|tried|try|plans?|planned|needs?|needed"
    r"|going|ought|used|hopes?|hoped|expects?|expected|intends?|intended|refused?|refuses|declined?"
    r"|declines|promised?|promises|agreed?|agrees|chose|choose|chooses|able|willing|allowed|supposed"
    r"|likely|unlikely|has|have|had)\s+to(?:\s+(?:have|be))?\s*[.!?]$",
    re.IGNORECASE,
)
_ELLIPSIS_KEYS = ("to.", "to!", "to?", "have.", "be.")  # its cheap pre-check
# A negated existential in the past ("There were no reports of casualties.", "There has been no arrest."):
# no such thing in the event the sentences before told, which it does not name itself; in the present it
# is a standing fact ("There is no cure for ...") and stands alone.
_NONE_THERE = re.compile(r"^there\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+no\b", re.IGNORECASE)


# A noun phrase the pronoun may stand for: "a woman", "the man", and a counted or aged one, "About 200
# people ... their cars", "A 42-year-old man who says he ...". A span of time or a measure is no one
# ("After 10 years he ...", "For three days they ...": session 26 review S4) when it is counted; after an
# article the word is a noun like any other ("The second officer said he ...", "The pound fell ... it").
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century|percent|"
    r"per\s+cent|miles?|kilometers?|kilometres?|feet|foot|meters?|metres?|yards?|inches|pounds?|tons?)\b"
)
_NOUN_PHRASE = re.compile(
    r"\b(?:a|an|the)\s+(?!of\b)[a-z\d]"
    rf"|\b(?:one|two|three|four|five)\s+(?!of\b|{_UNIT})[a-z\d]"
    rf"|(?<![\w.,$])\d[\d,]*\s+(?!of\b|[ap]\.?m\b|{_UNIT})[a-z]",
    re.IGNORECASE,
)


# An opening prepositional phrase and its comma, right before the subject: "In a letter to UN
# Secretary General Ban Ki-moon, he ...", "During talks with Kim Jong Un, they ...". A name inside it is
# the preposition's object, not the subject the pronoun stands for.
_PREPOSITION_PHRASE = re.compile(
    r"^[\"“‘']?(?:In|At|On|During|With|Without|Under|Despite|Through|Amid|Throughout|Inside|Outside)\s"
    r"[^,;:\"“”]{2,80},\s*$"
)


_NAME_AFTER_COMMA = re.compile(r",\s+[A-Z][\w'’.-]*\s+[A-Z]")
# cataphora-name: the clause after a fronted phrase opens on a name, two capitalised words ("Christian
# Marty") or one with a possessive ("Scaramucci's wife"); not a function word ("The", "He", "In").
_NAME_OPENS = re.compile(r"([A-Z][a-z][\w-]*)(?:['’]s\b|\s+(?:[A-Z]\.\s+)?[A-Z][a-z])")
# ampersand-name: a first word joined by "&" is a name ("At&t says it ...", "AT&T"), not "At".
_FIRST_WORD = re.compile(r"[\"“‘']*([A-Z][\w'’&-]*)")


def _named_after_phrase(c: Context, text: str, at: int) -> bool:
    """cataphora-name: the pronoun at `at` of `text` (the sentence's words, single-spaced) stands in a
    fronted phrase, before the sentence's first comma, and a name opens the clause after that comma ("In
    his final speech before the caucus, Donald Trump renewed ...", "His jet aflame, Christian Marty
    tried ..."): the name is whom it means. In lower-cased text the name is a listed given name and a
    word that may be a surname ("donald trump renewed ...")."""
    gender = _ONE_PERSON.get(text[at:].split(None, 1)[0].lower())
    comma = text.find(",", at)
    if gender is None or comma < 0 or "," in text[:at]:
        return False
    rest = text[comma + 1 :].lstrip()
    if c.caseless:
        words = rest.split(None, 2)
        return (
            len(words) >= 2
            and words[0] in lower_given_names()
            and surname_word(words[1].rstrip(",.;:"))
            and _name_fits(words[0], gender)
        )
    m = _NAME_OPENS.match(rest)
    return m is not None and m.group(1).lower() not in stopwords() and _name_fits(m.group(1), gender)


_PRONOUN_OPENS = re.compile(
    r"[\"“‘'(]*(?:he|she|they|it|i|we|you|his|her|their|its|him|them)\b", re.IGNORECASE
)


def _lead_cataphora(text: str, m: re.Match[str]) -> bool:
    """lead-cataphora: in a document's first sentence, a person's pronoun in a fronted phrase, before the
    sentence's first comma, with a clause after that comma that does not open on a pronoun ("In her first
    television interview since leaving NBC, former "Today" show host Ann Curry is speaking out ...", "In
    their private session, ..., Republicans revealed ..."): no sentence comes before a lead, so the pronoun
    means the clause's subject (session 59's lead-first read; `cataphora-name` reads any sentence, but only
    a name right after the comma)."""
    comma = text.find(",", m.start())
    if comma < 0 or "," in text[: m.start()] or m[0].lower() == "it" or m[0].lower().startswith("it "):
        return False
    return _PRONOUN_OPENS.match(text[comma + 1 :].lstrip()) is None


# cataphora-name's pronouns (session 45 review): one person's, and the gender each says; "it", "they",
# "their" mean no person named after them ("When it opened in 1990, Ann Lee was its first director")
_ONE_PERSON = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _name_fits(first: str, gender: str) -> bool:
    """Whether a first name may be borne by one the pronoun's `gender` names: a woman's listed name is no
    "he", a name listed for men alone no "she" ("After her arrest, Tom Reed ..." is not Tom Reed's)."""
    g, name = gazetteer(), first.capitalize()
    if name in g.female_names:
        return gender == "f"
    return gender == "m" or name not in g.first_names or name in g.unisex_names


def _pronoun_before_name(c: Context) -> bool:
    """A personal pronoun among the first twelve words with nothing it could refer to before it:
    no name, no noun phrase ("With each stroke, he ..."; not "A woman pushed a man to his death"), nor
    a name right after the fronted phrase it stands in (`cataphora-name`)."""
    words = " ".join(c.text.split())
    head = " ".join(words.split(" ")[:12])
    m = _PERSONAL.search(head)
    if c.previous is None and m is not None and m[0][:2].lower() == "it" and _EXPLETIVE_IT.match(c.text):
        m = _PERSONAL.search(head, m.end())  # "It should come as no surprise that ...": `expletive-it`
    if not m:
        return False
    if _named_after_phrase(c, words, m.start()) or (c.previous is None and _lead_cataphora(words, m)):
        return False
    before = head[: m.start()]
    phrase = _PREPOSITION_PHRASE.match(before) and m.group().lower() in ("he", "she", "they")
    if not phrase and (_CAPITALISED.search(before) or _NOUN_PHRASE.search(before)):
        return False
    if c.caseless and any(w not in stopwords() for w in _CONTENT_WORD.findall(before)):
        return False  # lower-cased text hides names: a content word before it may be one
    if phrase:
        return True  # "In a letter to Ban Ki-moon, he accused ...": the phrase's names are not "he"
    # A capitalised first word that is not a function word is most likely a name ("Arias says she").
    first = _FIRST_WORD.match(before)
    if not first or first.group(1).lower() in stopwords():
        return True
    # ... unless the document writes it in lower case too ("Police believe he ...", "Think of it as
    # ..."), a common word "he" or "it" cannot stand for ("Shoppers _ many of them" can), and no full
    # name follows a comma after it ("Asked what she would do, Vikki Joseph ...": she is Vikki Joseph).
    # Lower-cased text writes every name in lower case: there the capital is the sentence's, "Conklin".
    if m.group().lower() in ("they", "them", "their") or c.caseless:
        return False
    after = c.text[len(before) :]
    return first.group(1).lower() in c.common() and not _NAME_AFTER_COMMA.search(after)


def _pronoun_attribution(c: Context) -> bool:
    """Rule `pronoun-attribution` (", he said"): not in a document's first sentence that names, before the
    pronoun, one the pronoun may be (`lead-named-speaker`: "US filmmaker Sean Stone, son of ..., converted to
    Islam ..., he told AFP."): nothing comes before a lead for the pronoun to mean."""
    if not _has(c, _SAY_KEYS):
        return False
    m = _PRONOUN_SAYS.search(c.text)
    if m is None:
        return False
    return c.previous is not None or not _names_person(c, c.text[: m.start()], m[0].lstrip(',”" ')[:3])


def _names_person(c: Context, text: str, pronoun: str) -> bool:
    """Whether `text` names a person "he" or "she" (`pronoun`, its first letters) may be: in lower-cased text
    a listed given name and a word that may be a surname, or any word but a stop word after a given name
    that is no ordinary word ("sean stone": `_named_by`); two capitalised words otherwise."""
    gender = {"he ": "m", "she": "f"}.get(pronoun.lower())
    if gender is None:
        return False
    if c.caseless:
        words = [w.strip(_PUNCT) for w in text.lower().split()]
        return any(
            len(a) > 2  # "al qaeda", "al jazeera"
            and a in lower_given_names()
            and _name_fits(a, gender)
            and (surname_word(b) or _named_by(a, b))
            for a, b in pairwise(words)
        )
    return any(
        m.group(1).lower() not in stopwords() and _name_fits(m.group(1), gender)
        for m in _NAME_OPENS.finditer(text)
    )


def _named_by(given: str, word: str) -> bool:
    """A given name that is no ordinary word ("sean", not "will") and a word after it: a full name."""
    return not _ordinary(given) and word not in stopwords() and _SURNAME_WORD.fullmatch(word) is not None


def _also(c: Context) -> bool:
    """Also, too, again outside quoted words (a speaker's "we can also help ourselves" is
    about what the speaker said, not about an earlier sentence), past a document's first sentence: a
    lead's "also" or "again" ("African leaders have once again pledged ...") points to events the
    writer takes as known, not to a sentence before it, and nothing before it could meet the need."""
    if c.previous is None:
        return False
    text = c.text
    if c.opens_quote or c.inside_quote:  # a quotation opened in an earlier sentence: reopen it
        text = _reopened(text)
    text = unquoted(text)
    return bool(_ALSO.search(text)) and not _NOT_ONLY.search(text) and not _ADDED_TO.match(text)


def _reopened(text: str) -> str:
    """`text` with the opening mark of the quotation it continues, the one its first closing mark
    pairs with (a straight '"' would swallow a sentence closed with a curly '”')."""
    curly, straight = text.find("”"), text.find('"')
    return ("“" if curly != -1 and (straight == -1 or curly < straight) else '"') + text


def _definite(c: Context) -> str | bool:
    """An opening definite description in lower case ("The comedian ...", "The bill would ..."), not
    one that introduces itself ("The treaty, known as ..."): its head noun when an earlier sentence
    of the document uses it (the antecedent), else True (the referent is named some other way)."""
    text = c.text.lstrip()
    m = _DEFINITE.match(text)
    if not m:
        return False
    words = m.group(1).split()
    k = next((j for j, w in enumerate(words) if w in _FUNCTION or w in _DETERMINERS), len(words))
    if k == 0 or (k < len(words) and words[k] in ("of", "who", "that", "which")) or _correlative(c, words):
        return False
    if any(w in _RELATIVE for w in words[1:k]):
        return False  # "The neighborhood where Smith lived ...": a relative clause says what it means
    rest = text[len("The") + len(" ".join(words[:k])) + 1 :]
    if words[0].lower() in _DEFINITE_SKIP or _INTRODUCING.match(rest) or c.previous is None:
        return False
    if words[0] in _COUNTS:
        # "The two moons ...", "The seven outposts ...": a group whose members a sentence before named;
        # not the word "two" (nor "moons") anywhere earlier
        return True
    earlier = c.earlier_words
    for word in (w.lower() for j, w in enumerate(words[:k]) if not _verb_after_noun(words, j)):
        stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
        if word in earlier or stem in earlier:
            return word
    # No earlier use of its noun: a description whose referent was named some other way. Lower-cased
    # text hides names ("The nevada department ...", "The fbi ...", "The food and drug ..."): there only
    # one word of four letters or more, alone or before a past tense ("The pact is ...", "The company
    # responded ...").
    # A person noun first hides no name ("The man just has ...": context50's fresh read).
    if not c.caseless or words[0].lower() in _PERSON_NOUNS:
        return True
    one = k == 1 or (k == 2 and words[1].endswith("ed"))
    return one and len(words[0]) > 3 and not (k < len(words) and words[k] == "and")


# Words that open a new noun phrase: "The ferry left the harbour" ends its description before "the"
# (description-ends; the word "the" as its term was met by any sentence at all: context55's report).
_DETERMINERS = frozenset(
    ("the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "our", "my")
)


def _verb_after_noun(words: list[str], j: int) -> bool:
    """verb-no-term: the word at `j` is a past tense after a noun ("The ferry left ...", "The mayor
    responded ..."; not after an adverb, "The newly elected mayor"): the sentence's verb, no term."""
    return j > 0 and _past(words[j]) and not words[j - 1].endswith("ly")


def _correlative(c: Context, words: list[str]) -> bool:
    """comparative-correlative: "The higher the price, the fewer the buyers." opens on a comparison, not a
    description (a comparative, then "the", then ", the" later in the sentence)."""
    first = words[0]
    comparative = first in ("more", "less", "fewer") or (first.endswith("er") and len(first) > 3)
    return comparative and words[1:2] == ["the"] and ", the " in c.lower


INNER_WORDS = 12  # how far into a sentence a definite description still reads as its topic
_PUNCT = ",.;:!?()\"“”‘’'"
_POSTMODIFIER = ("of", "who", "that", "which")  # as for an opening description


def _short_description(words: list[str], k: int) -> list[str]:
    """The one or two lower-case words after the "the" at `words[k]` when they are the whole
    description (a function word, punctuation or the end follows); none for a longer one ("the old
    harbour bridge" says in full what it means)."""
    out: list[str] = []
    for tok in words[k + 1 : k + 4]:
        core = tok.strip(_PUNCT)
        if not _WORD.fullmatch(core) or core in _FUNCTION:
            if core in _POSTMODIFIER and out and out[-1] == words[k + len(out)]:
                return []  # "the city of Hama", "the man who ...": it says what it means
            break
        out.append(core)
        if tok != core:  # punctuation ends it
            break
    return out if 1 <= len(out) <= 2 else []


def _inner_definite(c: Context) -> str | bool:
    """A short definite description among the first `INNER_WORDS` words after an opening phrase
    ("At the meeting, ...", "If approved, the increase ...", "Police are investigating the double
    murder in ..."): its noun when one of the `ANTECEDENT_WINDOW` sentences before it uses the word
    (the antecedent); unlike an opening description, one with no earlier use is a new referent, not a
    need, and neither is "the city of Hama" (it says what it means) nor an attribution (", the
    council said")."""
    if c.previous is None or " the " not in c.lower:
        return False
    words = c.text.split()
    earlier = None
    for k in range(1, min(INNER_WORDS, len(words))):
        if words[k] != "the":
            continue
        described = _short_description(words, k)
        after = k + 1 + len(described)
        if described and words[k - 1].endswith(",") and after < len(words) and _SAYS.match(words[after]):
            continue  # an attribution ("..., the council said."): the sentence reads alone
        for word in described:
            if word in _DEFINITE_SKIP or word in ("other", "same") or len(word) < 4:
                continue
            earlier = c.earlier_words if earlier is None else earlier
            stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
            if word in earlier:
                return word
            if stem in earlier:
                return stem
    return False


# Nouns that name a referent by its class ("the agency", "the couple", "the decision"): in a short
# definite description they point back to the one a sentence before named, as no place noun ("the
# capital") or thing noun ("the market") does so surely; an event, a body, a role.
_CLASS_NOUNS = frozenset(
    ("decision", "move", "plan", "proposal", "measure", "bill", "deal", "agreement", "merger", "order",
     "ruling", "verdict", "announcement", "report", "study", "findings", "letter", "meeting", "talks",
     "ceremony", "situation", "incident", "attack", "attacks", "shooting", "crash", "accident", "explosion",
     "blast", "raid", "operation", "outbreak", "investigation", "probe", "case", "trial", "lawsuit",
     "allegations", "charges", "campaign", "project", "agency", "company", "firm", "organization",
     "council", "committee", "board", "department", "university", "family", "couple", "pair", "suspect",
     "suspects", "victim", "victims", "gunman", "man", "men", "woman", "women", "boy", "girl", "child",
     "teen", "teenager", "researchers", "movie", "film", "episode",
     # an event, a law or a place told before (context48's read of the tuning misses)
     "legislation", "epidemic", "issue", "experiment", "confrontation", "facility", "commission",
     "injured", "wounded", "dead",
     # a proposal, a change or an event told before (context49's read of the tuning misses and of a moved
     # dev brief, d31038t: "The day of the search ended badly.")
     "idea", "increase", "conference", "search",
     # a request, a region or a problem told before (context49's fresh-read misses; context50: not "group",
     # most often one the sentence itself names: "Wikileaks ... praised the group's release")
     "request", "individuals", "region", "problem")
)  # fmt: skip


# Verbs in the past tense that end in no "-ed" ("the university began ...", "the agency took ..."): after a
# class noun they end its description as a regular past tense does.
_IRREGULAR_PAST = frozenset(
    ("began", "came", "went", "took", "made", "gave", "found", "held", "left", "brought", "sent", "got",
     "saw", "became", "won", "lost", "fell", "rose", "kept", "met", "paid", "sold", "built", "spent",
     "struck", "broke", "wrote", "chose", "led", "grew", "knew", "sought", "drew", "ran", "told", "thought",
     "felt")
)  # fmt: skip
# Adverbs of time between a subject and its verb in the past ("the epidemic first picked up ...", "the
# commission last week unveiled ..."): after a class noun they end its description ("sign the bill soon"
# has no verb after it: the adverb ends a clause, and "the bill" is its object).
_TIME_ADVERBS = frozenset(
    ("first", "last", "later", "already", "recently", "finally", "earlier", "quickly", "ultimately",
     "eventually", "never")
)  # fmt: skip


def _past(word: str) -> bool:
    """A verb in the past tense, by its "-ed" ending or `_IRREGULAR_PAST`."""
    return (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PAST


# Words that end a description after its noun ("the order but ...", "the council eliminated ...").
_AFTER_HEAD = frozenset(("but", "when", "while", "because", "if", "then", "since", "until", "so", "yet"))


# Past a sentence's first `INNER_WORDS` words a class noun's description must end at punctuation, a
# possessive, an auxiliary or a word of `_AFTER_HEAD`: there a preposition or a participle after the noun
# is most often a postmodifier saying what it means ("the attack on the U.S. Embassy", "one of the men
# accused in the bombing").
_AUXILIARIES = frozenset(
    ("is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might",
     "should", "did", "does", "do", "be", "been")
)  # fmt: skip


# ... and is no person: deep in a sentence "the child" is most often one it named ("A mother whose newborn
# son was taken ... has regained custody of the child": dev brief read by context48).
_PERSON_NOUNS = frozenset(
    ("man", "men", "woman", "women", "boy", "girl", "child", "teen", "teenager", "victim", "victims",
     "gunman", "suspect", "suspects")
)  # fmt: skip


_WEEKDAYS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


def _class_head(words: list[str], k: int, deep: bool = False) -> str | None:
    """The class noun (`_CLASS_NOUNS`) the "the" at `words[k]` opens a description of, right after it or
    after one lower-case modifier ("the brief incident"), when the description ends there: at a
    possessive ("the couple's car"), punctuation, the sentence's end, a function word that is no
    postmodifier (not "the company that ..."), a word of `_AFTER_HEAD`, a verb in the past tense or
    with a contraction ("the council eliminated ...", "the university began ...", "the study wasn't ..."),
    or an adverb of time before one (`_TIME_ADVERBS`: "the commission last week unveiled ...")."""
    for j in (k + 1, k + 2):
        if j >= len(words):
            return None
        core = words[j].strip(_PUNCT)
        # a curly possessive read as a straight one ("the victim’s car": context50's fresh read)
        if core.endswith(("'s", "’s")) and core[:-2] in _CLASS_NOUNS:
            return core[:-2]  # a possessive ends it: "the couple's car"
        if not _WORD.fullmatch(core) or core in _FUNCTION:
            return None
        if core not in _CLASS_NOUNS:
            if words[j] != core:
                return None  # punctuation after a modifier ends the description
            continue
        if words[j] != core or j + 1 == len(words):
            return core
        nxt = words[j + 1].strip(_PUNCT)
        if not deep and nxt in _WEEKDAYS:
            return core  # a day ends it: "made the announcement Monday"
        if nxt in _POSTMODIFIER or not nxt.islower():
            return None
        if deep:  # past the first `INNER_WORDS` words (`_AUXILIARIES`)
            return core if nxt in _AUXILIARIES or nxt in _AFTER_HEAD else None
        if nxt in _FUNCTION or nxt in _AFTER_HEAD or "'" in nxt or "’" in nxt:
            return core
        if nxt in _TIME_ADVERBS:  # "the epidemic first picked up", "the commission last week unveiled"
            after = [w.strip(_PUNCT).lower() for w in words[j + 2 : j + 4]]
            after = after[1:] if nxt == "last" and after[:1] and after[0] in _TIME_NOUN_SET else after
            return core if after and _past(after[0]) else None
        return core if _past(nxt) else None
    return None


# "Two months after the bombings of the embassies, a picture of those charged in the case is emerging.": a
# case, an investigation or a trial of an event the sentence itself names before it is that event's, no
# referent told before (session 49, DUC 2003 d31038t; an event noun that points back is a class noun itself:
# "after the shooting, the investigation ..." still fires on "the shooting").
_BE_SO = frozenset(("be", "is", "was", "were", "are", "been", "being", "not", "remains"))  # "... the case"
_CASE_NOUNS = frozenset(("case", "investigation", "probe", "trial", "charges", "lawsuit"))
_EVENT_NOUN = re.compile(
    r"\b(?:bombings?|attacks?|shootings?|murders?|killings?|slayings?|stabbings?|deaths?|crash(?:es)?"
    r"|explosions?|fires?|kidnappings?|thefts?|robbery|robberies|assaults?|rapes?|massacres?|hijackings?"
    r"|disappearance|fraud|scandal)\b",
    re.IGNORECASE,
)


# Verbs of saying whose object is the one addressed, a new referent ("told the council").
_ADDRESSING = frozenset(("told", "tells", "asked", "asks", "warned", "warns", "informed", "briefed", "urged"))


def _class_definite(c: Context) -> bool:
    """A definite description anywhere in the sentence whose noun names its referent's class
    (`_class_head`: "Zeppos made the announcement Monday", "the couple said ...", "..., said the
    legislation is intended to ..."): it points back to the one a sentence before named even when none
    used the word (the inner rule above needs that use; past its first `INNER_WORDS` words the class noun
    still points back: context48's read of the tuning misses, no false alarm added). Not one the sentence
    itself introduces (its noun used before it in the sentence: "a plan ... the plan"), nor an
    attribution ("..., the agency said", "... told the council")."""
    if c.previous is None or "the " not in c.lower:
        return False
    words = c.text.split()
    # the positions of "the" (the lower-cased words split as the text's: one comprehension, not a loop)
    at = [
        k
        for k, w in enumerate(c.lower.split())
        if w == "the" or (w[-3:] == "the" and w.lstrip(_OPENERS) == "the")
    ]
    for k in at:
        head = _class_head(words, k, deep=k >= INNER_WORDS)
        if head is None or (k >= INNER_WORDS and head in _PERSON_NOUNS):
            continue
        if c.caseless and words[k + 1].strip(_PUNCT).lower() not in (head, head + "'s", head + "’s"):
            continue  # lower-cased text hides names: "the justice department" may be one
        if k and words[k - 1].endswith(","):
            rest = words[k + 1 :]
            if any(_SAYS.match(w) for w in rest[:3]):
                continue  # an attribution ("..., the agency said."): the sentence reads alone
        if k and words[k - 1].lower() in _ADDRESSING:
            continue  # the one an attribution addresses ("..., the chief told the council.")
        stem = head[:-1] if head.endswith("s") and len(head) > 4 else head
        if any(_unpossessed(w.strip(_PUNCT).lower()) in (head, stem) for w in words[:k]):
            continue  # the sentence itself introduced it
        if head in _CASE_NOUNS and _EVENT_NOUN.search(" ".join(words[:k])):
            continue  # the case of an event the sentence itself named (`_CASE_NOUNS`)
        if head == "case" and k and words[k - 1].lower() in _BE_SO:
            continue  # "I think that not to be the case": so, true (context49)
        return True
    return False


# "Both men were indicted in 1991", "The two companies are drafting ...", "the couple", "All four
# defendants ...": a group counted or paired by a sentence before it.
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNT = rf"(?:{'|'.join(_COUNTS)})"
_GROUP = re.compile(
    r"^[\"“‘']?(?:both|the two|the three|the pair|the couple|the duo|the trio"
    # "All four defendants have pleaded innocent.": "all" and a count presuppose the group was counted
    rf"|all(?: of the)? {_COUNT})\b(?![-’']|\s+(?:of|sides)\b)"
    r"|(?<=\s)(?:both|the two|the three|the pair|the duo|the trio)\s+(?:men|women|boys|girls|leaders"
    r"|countries|companies|teams|brothers|sisters|suspects|victims|officers|parties"
    r"|bombings|attacks|camps|groups|nations|governments|candidates)\b"
    # the count standing for its noun ("Linking the two and using both ...", "talks between the two."):
    # an elided noun is one a sentence before gave
    rf"|(?<=\s)the {_COUNT}(?=\s+(?:of them|and|or|were|are|had|have|will|would|could|can|did|met|agreed"
    r"|said|say)\b|[,.;:])",
    re.IGNORECASE,
)
# "On the same day, a bomb exploded in Nairobi.", "The team carried out the same study.": the same time,
# place, study or result as one a sentence before told; not a comparison the sentence makes itself ("the
# same day as ..."), nor any other noun ("at the same time" is at once, "wearing the same set of clothes"
# is unchanged, "Both parties want the same thing" compares within the sentence: dev briefs read by
# context48; rule `same-reference`).
_SAME = re.compile(
    r"\bthe\s+same\s+(?!(?:[\w'’-]+\s+){0,3}as\b)(?:day|night|morning|afternoon|evening|week|month|year|date"
    r"|period|hour|study|survey|test|tests|experiment|analysis|result|results|conclusion|fate|spot|place"
    r"|location|area|route|incident)\b(?![-'’])",
    re.IGNORECASE,
)


# previous-definite: a short definite description anywhere in a sentence whose noun the sentence right before
# introduced with a determiner of its own ("... chartered five work-related flights last week. | In all, the
# private flights cost ...", "The site that once ruled ... | Whether it is enough to save the troubled site
# ...", "... next to the gate | ..., hanging on to the gate"): the inner rule reads only a sentence's first
# `INNER_WORDS` words and a description of one or two words; this one reads the whole sentence, but only
# the noun the sentence before introduced (context60's read of `Random(6051)`).
_INTRODUCERS = frozenset(
    ("a", "an", "the", "its", "his", "her", "their", "this", "that", "these", "those", "our", "some",
     "several", "one", *_COUNTS)
)  # fmt: skip
# Nouns a sentence names anew with "the" as well as any reader knows them (no reference back: "returned to the
# white house", "the president", "the world") or that a sentence before gave as a title's or a name's part.
_UNIQUE_NOUNS = frozenset(
    ("house", "court", "president", "world", "country", "nation", "government", "police", "city", "state",
     "states", "public", "media", "internet", "press", "army", "military", "senate", "congress", "economy",
     "administration", "market", "industry", "west", "north", "south", "east", "moon", "earth", "people",
     "time", "year", "week", "day", "night", "morning", "past", "future", "news", "show", "game", "season",
     "matter", "issue", "fact", "case", "point", "question", "end", "rest", "side", "part", "number",
     "kind", "type", "thing", "things", "something")
)  # fmt: skip
PREVIOUS_GAP = 3  # an introduced noun is at most this many words after its determiner ("a newly built site")


@lru_cache(maxsize=1024)
def _introduced(previous: str) -> frozenset[str]:
    """The nouns a sentence introduces: a lower-case word of four letters or more at most `PREVIOUS_GAP` words
    after a determiner (`_INTRODUCERS`), with only lower-case words between them (no function word)."""
    words = [w.strip(_PUNCT) for w in previous.split()]
    out: set[str] = set()
    for j, w in enumerate(words):
        if w.lower() not in _INTRODUCERS:
            continue
        for v in words[j + 1 : j + 1 + PREVIOUS_GAP]:
            core = _unpossessed(v)
            if not _WORD.fullmatch(core) or core in _FUNCTION:
                break
            if len(core) > 3:
                out.add(core)
    return frozenset(out)


# Verbs in the present that end a description as a past tense does ("the troubled site remains to be seen").
_PRESENT_VERBS = frozenset(
    ("remains", "remain", "seems", "seem", "appears", "appear", "looks", "look", "shows", "show", "cost",
     "costs", "includes", "include", "contains", "contain", "comes", "come", "goes", "go", "means", "makes",
     "gets", "takes", "needs", "allows", "lets", "will", "won't", "can't", "isn't", "wasn't", "doesn't")
)  # fmt: skip


def _head_run(words: list[str], k: int) -> list[str]:
    """The one or two lower-case words after the "the" at `words[k]` when the description ends after them
    (`_short_description`) or at a verb (a past tense or `_PRESENT_VERBS`: "the troubled site remains
    ...", "the private flights cost ..."); none for a longer one or a postmodified one."""
    run = _short_description(words, k)
    if run:
        return run
    run = [w.strip(_PUNCT) for w in words[k + 1 : k + 4]]
    if len(run) < 3 or words[k + 2] != run[1] or not all(_WORD.fullmatch(w) for w in run[:2]):
        return []
    if any(w in _FUNCTION for w in run[:2]) or not (run[2] in _PRESENT_VERBS or _past(run[2])):
        return []
    return run[:2]


RESTATED = 0.6  # a sentence sharing this share of its words with the one before restates it (a caption again)


def _restates(lower: str, previous: str) -> bool:
    """The sentence repeats the one before it (a caption or a lead printed twice, a dateline's copy): most
    of its words (`RESTATED`) are that sentence's; its descriptions are its own, no reference back."""
    mine, theirs = _words_of(lower), _words_of(previous)
    return bool(mine) and len(mine & theirs) >= RESTATED * len(mine | theirs)


def _previous_definite(c: Context) -> str | bool:
    """previous-definite: "the" and one or two lower-case words whose last (its head) is a noun the sentence
    before introduced (`_introduced`), ending there (`_head_run`), not a noun the sentence itself used
    before the "the", nor an attribution ("..., the agency said") or the one it addresses ("told the
    council"), nor a noun of `_UNIQUE_NOUNS`; in lower-cased text only an ordinary word (`_ordinary`: "the
    new york fed" is a name). Its head (the antecedent term)."""
    if c.previous is None or "the " not in c.lower:
        return False
    words = c.text.split()
    at = [k for k, w in enumerate(words) if k and w.strip(_OPENERS).lower() == "the"]
    if not at:
        return False
    introduced = _introduced(c.previous) - _UNIQUE_NOUNS
    if not introduced or _restates(c.lower, c.previous.lower()):
        return False
    first: dict[str, int] = {}  # each word's first place in the sentence: built once, when a head asks
    for k in at:
        if words[k - 1].lower() in _ADDRESSING:
            continue
        run = _head_run(words, k)
        if not run:
            continue
        head = _unpossessed(run[-1])
        if head not in introduced or (c.caseless and not _ordinary(head)):
            continue
        if not first:
            for j, w in enumerate(words):
                first.setdefault(_unpossessed(w.strip(_PUNCT).lower()), j)
        if first.get(head, k) < k:
            continue  # the sentence itself introduced it
        after = k + 1 + len(run)
        if words[k - 1].endswith(",") and any(_SAYS.match(w) for w in words[after : after + 2]):
            continue  # an attribution ("..., the agency said."): the sentence reads alone
        return head
    return False


def _same(c: Context) -> bool:
    return c.previous is not None and "the same " in c.lower and bool(_SAME.search(unquoted(c.text)))


# "Garzon then issued an arrest warrant ...", "The family then appealed ...", "Parker was then presented
# with ...": "then" between the subject and its verb in the past places the step after one a sentence before
# told (rule `then-adverb`); not after a verb of the sentence's own ("It started as a desk and then moved
# ...": `_THEN_SUBJECT`), and not "later" ("Smith later said ..." reads alone: the tuning labels).
_THEN_ADVERB = re.compile(
    r"^[\"“‘']?((?:[^\s,;:]+\s+){1,6}?)(?:(?:was|were|had|has|have|is|are)\s+)?then\s+([a-z]+)\b"
)
_THEN_SUBJECT = frozenset(("and", "or", "but", "when", "if", "since", "until", "because", "after", "before"))


def _then_adverb(c: Context) -> bool:
    """Rule `then-adverb` (above): a subject of up to six words with no verb or conjunction, and a past
    tense (`_past`) or a passive participle after "then"."""
    if c.previous is None or " then " not in c.lower:
        return False
    m = _THEN_ADVERB.match(c.text.lstrip())
    if m is None or not _past(m.group(2)):
        return False
    subject = [w.lower() for w in m.group(1).split()]
    return not any(w in _AUXILIARIES or w in _THEN_SUBJECT or w in _FUNCTION or _past(w) for w in subject)


# "El Hage did come to New York.", "Committee Republicans did agree to share the memo ...", "The proposal
# does prescribe new money ...": an emphatic "did"/"does" and a bare verb in the main clause asserts against
# a doubt or a denial a sentence before told (rule `emphatic-do`; context50's labelled survey of dev
# sentences, bench/labels/context-did50.json). A subject of up to six words opening the sentence, with no
# verb, conjunction or subordinator (not "If it does happen", "Only then did ..."), nor "I"/"we"/"you" (a
# speaker's "I did sketch comedy" is the verb "do"); not "did not", nor "do" with an object ("does
# business", "did poorly", "did these things").
_EMPHATIC_DO = re.compile(r"^((?:[^\s,;:\"“‘']+\s+){1,6}?)(?:did|does)\s+([a-z]+)\b(?![-'’])")
_DO_SUBJECT = frozenset(
    ("i", "we", "you", "while", "although", "though", "only", "what", "how", "why", "where", "whether", "so",
     "nor", "neither", "little", "never", "rarely", "seldom", "hardly", "unless", "once", "whatever")
)  # fmt: skip
_DO_OBJECT = frozenset(
    ("not", "so", "it", "that", "this", "these", "those", "the", "a", "an", "nothing", "everything",
     "anything", "something", "what", "his", "her", "their", "its", "my", "our", "your", "well", "much",
     "more", "less", "too", "also", "just", "all", "no", "any", "some", "enough", "as", "there", "here",
     "business", "research", "work", "damage", "harm", "justice", "time", "battle", "homework", "wonders",
     "interviews", "things", "better", "worse", "best", "badly", "good", "fine", "one", "two")
)  # fmt: skip


def _emphatic_do(c: Context) -> bool:
    """Rule `emphatic-do` (above)."""
    if c.previous is None or not ("did " in c.lower or "does " in c.lower) or c.text.rstrip().endswith("?"):
        return False
    m = _EMPHATIC_DO.match(c.text.lstrip())
    if m is None:
        return False
    verb = m.group(2)
    if verb in _DO_OBJECT or verb in _FUNCTION or verb.endswith(("ly", "ing")):
        return False
    subject = [w.lower() for w in m.group(1).split()]
    stops = (_AUXILIARIES, _THEN_SUBJECT, _FUNCTION, _DO_SUBJECT)
    return not any(_past(w) or any(w in stop for stop in stops) for w in subject)


# "Police said another 173 people were injured ...", "examiners identified another 22 of the bodies": a count
# added to one a sentence before told (rule `another-count`; "Another ..." opening a sentence is the
# opening rule's); not a span of time or a measure ("for another 59 years", "another 13 percent", "another
# three to five degrees"), nor one added to a count the sentence itself gave before it ("230 growers ...,
# with another 50 expected to ...", `_PARTITION`).
_ANOTHER_COUNT = re.compile(
    rf"\banother\s+(?:\d[\d,]*|{_COUNT}|dozen|several|few|hundred)\s+(?!{_UNIT}|degrees?\b|points?\b|to\b|or\b)"
    r"(?:of\b|[a-z])",
    re.IGNORECASE,
)
# "One more case is still outstanding.", "Police found two more bodies": the same, a count added by "more"
# (context50's fresh read); not "more than", a span or a measure, nor "one more time" (again: "also-too-again"
# is no rule for it either), nor "no one more senior" (nobody: review50).
_MORE_COUNT = re.compile(
    rf"\b(?:\d[\d,]*|(?<!\bno\s)one|{_COUNT}|a\s+few|several|dozens)\s+more\s+(?!than\b|{_UNIT}|time\b|times\b|degrees?\b"
    r"|points?\b|to\b|or\b|and\b)(?:of\b|[a-z])",
    re.IGNORECASE,
)
# "crews searched for the remaining black box", "along with the others", "the rest were freed": what is left
# of a group a sentence before told (rule `remainder-reference`); not "the rest of the country" (it says of
# what), nor the rest of a part the sentence itself told ("Most patients are seen in Miami; the rest ...",
# "7 percent of the market, with Celebrex taking the rest": `_PARTITION`).
_REMAINDER = re.compile(
    r"\bthe\s+(?:remaining\s+(?!of\b)[a-z\d]|rest\b(?!\s+of\b|[-'’])|others\b(?![-'’]))", re.IGNORECASE
)
# a count or a part the sentence itself told before "another" or "the rest" (`_another_count`, `_remainder`)
_PARTITION = re.compile(
    rf"\d|\b(?:{_COUNT}|one|most|some|many|half|each|part|majority|minority|third|quarter|percent|several)\b",
    re.IGNORECASE,
)


# "Five more cases were confirmed, taking to 30 the number infected", "..., bringing the total to 12": the
# sentence gives the sum itself, and reads alone (context50's read of a moved Multi-News+ dev brief)
_TOTAL_GIVEN = re.compile(
    r"\b(?:bringing|taking|raising|pushing|putting)\b[^.;]{0,40}?\bto\s+(?:\d|the\s+total)|\btotal\b",
    re.IGNORECASE,
)


def _another_count(c: Context) -> bool:
    """Rule `another-count` (above): "another" past the opening (an opening "Another" is the opening
    rule's) or a count and "more", outside quoted words, no count told before it, no total after it."""
    if c.previous is None or ("another " not in c.lower and " more " not in c.lower):
        return False
    text = unquoted(c.text)
    m = _ANOTHER_COUNT.search(text, 1) or _MORE_COUNT.search(text)
    if m is None or _PARTITION.search(text, 0, m.start()) is not None:
        return False
    return _TOTAL_GIVEN.search(text, m.end()) is None


def _remainder(c: Context) -> bool:
    """Rule `remainder-reference` (above): outside quoted words, no part told before it in the sentence."""
    if c.previous is None or not _has(c, _REMAINDER_KEYS):
        return False
    text = unquoted(c.text)
    m = _REMAINDER.search(text)
    return m is not None and _PARTITION.search(text, 0, m.start()) is None


_REMAINDER_KEYS = ("the remaining ", "the rest", "the others")


_AGED = re.compile(r"^[\"“‘']?the\s+\d+-year-old\b(?!-)", re.IGNORECASE)
# "the 51-year-old" after the opening, standing for a person ("the 51-year-old's words", "gates raped the
# 17-year-old, ...", "said the 55-year-old was last heard from"): a possessive, punctuation or a verb follows,
# no noun ("the 17-year-old suspect Ann Lee" describes one the sentence names) (context54)
_AGED_INNER = re.compile(
    r"\bthe\s+\d+-year-old(?:['’]s\b|(?=\s*[,.;:!?)])|(?=\s+(?:who|said|says|told|was|is|has|had|did|will"
    r"|would|could|added|explained)\b))",
    re.IGNORECASE,
)
# "In the first, 29 people ...", "Of the latter, ...": one of the parts the sentences before announced
# (context54; "First, ..." is `enumeration`'s)
_ORDINAL_PART = re.compile(
    r"^[\"“‘']?(?:in|for|of|at|during|with|under|from|by)\s+the\s+(?:first|second|third|fourth|fifth|former"
    r"|latter)\s*,",
    re.IGNORECASE,
)
# A quotation opening on "he", "she", "they" after its attribution ('Ann Lee said: "She was ...', 'WOFL says,
# "She still ...'): a speaker does not call herself "she", so the pronoun is someone told before (context54);
# not after an attribution that names whom it is about ('asked about the mayor, Lee said, "She ...')
_QUOTED_PRONOUN = re.compile(
    r"^(?P<who>[^\"“”]{2,60}?)\b(?:said|says|told\s[^,\"“]{1,30}|added|adds|explained|explains|wrote|writes)"
    r"\s*[,:]\s*[\"“]\s*(?:he|she|they|him|her|them)\b",
    re.IGNORECASE,
)
_ABOUT = re.compile(r"\b(?:about|of|asked|on)\b", re.IGNORECASE)


def _quoted_pronoun(c: Context) -> bool:
    """Rule `quoted-pronoun` (above)."""
    if c.previous is None or ('"' not in c.text and "“" not in c.text):
        return False
    m = _QUOTED_PRONOUN.match(c.text.lstrip())
    return m is not None and _ABOUT.search(m.group("who")) is None


# "the Thorpes", "the Joneses": a family, by the surname of a full name its document gave earlier (context54)
_FAMILY = re.compile(r"\b[Tt]he\s+([A-Z][a-z][\w'-]*?)(?:es|s)\b(?!['’])")


def _family(c: Context) -> str | bool:
    """Rule `family-reference` (above): the surname as its term. Cased text only (names show there)."""
    if c.caseless or c.previous is None or not c.surnames:
        return False
    g = gazetteer()
    for m in _FAMILY.finditer(c.text):
        plural = m.group(0).split()[-1]
        if plural in g.demonyms or plural in g.teams or plural in g.not_names:
            continue  # a people, a team or a group ("the Palestinians", "the Yankees"), no family
        for name in (m.group(1), m.group(1) + "e"):  # "Thorpes" is Thorpe's, "Joneses" Jones's
            if name in c.surnames and name not in _BODY and name not in g.demonyms:
                return name.lower()
    return False


# Person nouns a speaker is called by once a sentence before introduced them ("..., the pastor said",
# "said the prosecutor"): a role or a relation, no body ("the council said") and no office every reader
# knows ("the president said").
_SPEAKER_NOUNS = frozenset(
    ("prosecutor", "prosecutors", "pastor", "priest", "officer", "detective", "sheriff", "spokesman",
     "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "attorneys", "judge", "doctor",
     "doctors", "surgeon", "coroner", "investigator", "investigators", "witness", "neighbor", "neighbour",
     "husband", "wife", "mother", "father", "son", "daughter", "brother", "sister", "woman", "man", "boy",
     "girl", "teen", "teenager", "victim", "suspect", "source", "official", "researcher", "researchers",
     "scientist", "professor", "author", "expert", "analyst", "executive", "founder", "owner", "actor",
     "actress", "singer", "star", "host", "director", "coach", "senator", "governor", "mayor", "commander",
     "minister", "diplomat", "lawmaker", "candidate", "defendant", "plaintiff", "student", "teacher", "nurse",
     "pilot", "driver", "captain", "chef", "economist", "historian", "activist", "mom", "dad")
)  # fmt: skip


# "British foreign secretary philip hammond condemned the president's comments": a person called by a role in
# the possessive ("the president's", "the teen's") is one a sentence before told of, when the document used
# that role before and the sentence does not introduce it (rule `possessive-role`, context57).
_POSSESSIVE_ROLE = re.compile(r"\bthe ([a-z][a-z-]+)['’]s?\b")


def _possessive_role(c: Context) -> str | bool:
    """Rule `possessive-role` (above): "the X's" where X is a person noun or a role (`_person_word`), but
    no word of `_PERSON_WORDS` ("the man's", "the king's") and none ending in "s" (a plural, and with it
    "the boss's"), X is a word of the sentences before it in its document and not of this sentence before
    it."""
    if c.previous is None or ("'" not in c.lower and "’" not in c.lower):
        return False
    for m in _POSSESSIVE_ROLE.finditer(c.lower):
        noun = m.group(1)
        if noun.endswith("s") or not _person_word(noun) or noun in _PERSON_WORDS:
            continue
        if noun in _words_of(c.lower[: m.start()]):
            continue  # the sentence itself introduced it
        if any(noun in _words_of(b) for b in c.before):
            return noun
    return False


def _definite_speaker(c: Context) -> str | bool:
    """Rule `definite-speaker`: a speaker called by a short definite description of a person
    (`_SPEAKER_NOUNS`) beside a verb of saying, past the opening ("..., the pastor said.", "said the
    prosecutor.", "the woman's husband told ..."), when one of the `ANTECEDENT_WINDOW` sentences before it
    uses a word of the description and the sentence itself does not (that word is its term).
    `inner-definite-reference` leaves attributions alone (", the council said": a body, or one named
    there); a person so called is one told before. Not one a name follows ("said the pastor, Juan Lee"),
    nor the one addressed ("told the officer")."""
    if c.previous is None or "the " not in c.lower or not _SAYS.search(c.lower):
        return False
    words = c.text.split()
    cores = [w.strip(_PUNCT) for w in words]
    for k in range(1, len(words) - 1):
        if words[k] != "the":
            continue
        described: list[str] = []
        for j in range(k + 1, min(k + 4, len(words))):
            core = cores[j]
            if not core.islower() or not _WORD.fullmatch(_unpossessed(core)) or core in _FUNCTION:
                break
            described.append(core)
            if words[j] != core:
                break  # punctuation ends it
        if not described or _unpossessed(described[-1]) != described[-1]:
            continue
        head = described[-1]
        end = k + len(described)  # the description's last word
        if head not in _SPEAKER_NOUNS:
            continue
        nxt = words[end + 1] if end + 1 < len(words) else ""
        before = cores[k - 1].lower()
        if words[end].endswith(",") and nxt[:1].isupper():
            continue  # a name follows: "said the pastor, Juan Lee"
        possessed = any(_unpossessed(w) != w for w in described)  # "the woman's husband": the woman
        if not possessed and words[k - 1].endswith(",") and _names_before(words[k - 1], cores[k - 2], c):
            continue  # a name before it: "Erica Meier, the executive director, told ..." (context56)
        ends = words[end].endswith((".", ";"))  # the sentence or clause ends on the description
        says_after = not ends and _SAYS_WORD.fullmatch(nxt.strip(_PUNCT)) is not None
        says_before = _SAYS_WORD.fullmatch(before) is not None and before not in _ADDRESSING
        if not (says_after or says_before):
            continue
        own = {_unpossessed(w.lower()) for w in cores[:k]}
        for earlier in _earlier_then_far(c):  # the far words only when the near ones hold none
            for word in map(_unpossessed, described):
                stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
                if word in own or stem in own:
                    break  # the sentence itself introduced it ("a pastor ... the pastor said")
                if word in earlier:
                    return word
                if stem in earlier:
                    return stem
    return False


def _names_before(word: str, before: str, c: Context) -> bool:
    """Whether `word` (ending on a comma; `before` the word before it) may end a name the description
    after it stands beside: a capitalised word that may be a name (`_may_be_name`), in lower-cased text a
    word no ordinary English or one after a listed given name."""
    if not c.caseless:
        return _may_be_name(word, c)
    core = word.strip(_NAME_EDGES).lower()
    if core in _CALENDAR:
        return False  # "... in april, the source says"
    return surname_word(core) or before.lower() in lower_given_names()


def _earlier_then_far(c: Context) -> Iterator[frozenset[str]]:
    """The words of the sentences just before `c` (`c.earlier_words`), then, read only if asked for, those
    of its document before them (`_far_words`)."""
    yield c.earlier_words
    yield _far_words(c)


def _far_words(c: Context) -> frozenset[str]:
    """The words of the sentences of its document before `c.earlier` (read only when a description's word
    is not in those): "..., said the prosecutor." leans on the sentence that introduced the prosecutor
    however far back (session 55's open kind; `requirements` finds the holder anywhere before it)."""
    far = c.before[: -len(c.earlier)] if c.earlier else c.before
    return frozenset().union(*map(_words_of, far))


# "Seven people are being treated for shock.", "The 12 were taken to hospital.": a count of people
# and what befell them, with no event of its own (none named, no clause or "in a ..." telling one): the event
# is one told before (rule `count-without-event`).
_COUNT_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|\d{1,3}(?:,\d{3})*"
_BEFELL = (
    r"treated|taken|rushed|airlifted|hospitali[sz]ed|injured|hurt|wounded|killed|arrested|rescued|evacuated"
    r"|detained|released|missing|dead|charged|questioned"
)
_COUNT_EVENT = re.compile(
    rf"""^[\"“‘']?(?:(?:the\s+(?:{_COUNT_WORDS})(?:\s+(?:other|more))?(?:\s+[a-z]+)?)
        |(?:(?:{_COUNT_WORDS})(?:\s+(?:other|more))?\s+(?:people|persons|others|men|women|children|victims)))
        \s+(?:are|were|have\s+been|had\s+been|remain|remained)\s+(?:being\s+|still\s+|now\s+)?(?:{_BEFELL})\b""",
    re.IGNORECASE | re.VERBOSE,
)
_OWN_EVENT = re.compile(
    r"\b(?:(?:in|by|from|after|during|following|amid)\s+(?:a|an)|when|after|while|as|because|since|if|before)\b",
    re.IGNORECASE,
)


def _count_without_event(c: Context) -> bool:
    """Rule `count-without-event` (above)."""
    if c.previous is None or not _COUNT_EVENT.match(c.text):
        return False
    text = unquoted(c.text)
    return _OWN_EVENT.search(text) is None and _EVENT_NOUN.search(text) is None


@lru_cache(maxsize=4096)
def _given_names_of(text: str) -> frozenset[str]:
    """The listed given names (`lexicon/data/first_names.txt`) that open full names in `text` ("Maria" of
    "Engineer Maria Lopez"): a capitalised word follows, and the name's last word is no body's ("Austin
    Police"); none a place ("Jordan Valley"). A scan of the words (`_FULL_NAME` runs once a sentence, for
    `_surnames`)."""
    g = gazetteer()
    words = text.split()
    out = set()
    for k, w in enumerate(words[:-1]):
        if w not in g.first_names or not words[k + 1][:1].isupper() or (w,) in g.places:
            continue
        run = list(takewhile(lambda x: x[:1].isupper(), words[k + 1 :]))
        # a middle name is an initial or a listed given name ("Maria T. Lopez", "Mary Ann Lee"): not "Kim
        # Jong Un", whose first word is the surname
        middle = all(len(x.rstrip(".")) == 1 or x in g.first_names for x in run[:-1])
        if middle and run[-1].strip(_NAME_EDGES) not in _BODY:
            out.add(w)
    return frozenset(out)


def _given_name_reference(c: Context) -> str | bool:
    """Rule `given-name-reference`: a person called by the given name alone ("Maria said ...") whose full name
    ("Maria Lopez") only a sentence before gave: a reader of a summary that left it out meets a stranger (the
    name, lower case, as its term). Not a full name here ("Maria Lopez", "Santa Maria"), a word the document
    writes in lower case or English writes so ("Will"), a surname too ("Lee" of "Ann Lee"), nor the given
    name of a lead's subject (as `surname-reference`). Cased text only (names show there)."""
    if c.caseless or c.previous is None or not c.given or not any(map(c.text.__contains__, c.given)):
        return False
    words = c.text.split()
    cores = [w.strip(_NAME_EDGES) for w in words]
    own = _given_names_of(c.text)
    for k, core in enumerate(cores):
        name = _unpossessed(core)
        if name not in c.given or name in own or name in c.surnames:
            continue
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if before.lower() in _NOT_BEFORE_SURNAME:
            continue  # a thing's name ("a Jared in Woodstock": a shop)
        if (before[:1].isupper() and before[-1:] not in ",;:") or (
            words[k][-1:].isalnum() and any(map(str.isupper, after))
        ):
            continue  # part of a longer name ("Santa Maria", "Maria Lopez", "Mahmoud al-Zahar")
        low = name.lower()
        if low in c.leads or low in c.common() or _ordinary(low) or name in gazetteer().not_names:
            continue
        return low
    return False


# "The first item in her will was ...", "Details of her ordeal were sparse": a pronoun of one person past the
# sentence's first word with no word before it that could be that person (a name, a person noun, a pronoun):
# it is someone a sentence before told (rule `inner-pronoun`; `pronoun-before-name` reads the first twelve
# words and gives up at any noun phrase).
_ONE_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_PERSON_WORDS = frozenset(
    ("people", "person", "persons", "family", "families", "friend", "friends", "police", "authorities",
     "officials", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "no-one",
     "each", "who", "whom", "whose", "one", "i", "me", "my", "we", "us", "our", "you", "your", "they",
     "them", "their", "child", "children", "kid", "kids", "baby", "fan", "fans", "staff", "crew", "team",
     "couple", "pair", "parents", "relatives", "guy", "guys", "lady", "ladies", "gentleman", "himself",
     "herself", "self", "god", "pope", "king", "queen", "prince", "princess")
)  # fmt: skip
_SUBJECT_PRONOUNS = frozenset(("he", "she"))
# words that open a fronted clause or phrase, whose pronoun may stand for a name after it
_FRONTED = frozenset(
    ("if", "when", "whenever", "after", "before", "although", "though", "while", "as", "because", "since",
     "following", "despite", "surely", "once", "until", "unless", "upon", "asked", "speaking")
)  # fmt: skip
# agent nouns ("officer", "author", "scientist", "resident", "employee") may name the person
_AGENT_ENDS = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "ee",
    "ers",
    "ors",
    "ists",
    "ians",
    "ants",
    "ents",
    "ees",
)


# plural people (and the first or second person), who cannot be the one "he", "she" or "his" stands for:
# "Friends and colleagues described her as ...", "Police said his car ..." lean on one told before (context56)
_PLURAL_PERSONS = frozenset(
    ("people", "persons", "families", "friends", "police", "authorities", "officials", "children", "kids",
     "fans", "parents", "relatives", "guys", "ladies", "i", "me", "my", "we", "us", "our", "you", "your",
     "they", "them", "their")
)  # fmt: skip


def _binds(word: str) -> bool:
    """A word that may be the one a pronoun of one person stands for: a `_person_word` that is not plural
    (`_PLURAL_PERSONS`, or a person noun's plural in -s: "colleagues", "witnesses", "neighbors")."""
    word = _unpossessed(word)
    if word in _PLURAL_PERSONS:
        return False
    if word.endswith("s") and not word.endswith("ss") and word not in _PERSON_WORDS:
        single = word[:-2] if word.endswith("es") and _person_word(word[:-2]) else word[:-1]
        if _person_word(single):
            return False
    return _person_word(word)


def _person_word(word: str) -> bool:
    """A word that may name or stand for a person: see `_inner_pronoun`."""
    word = _unpossessed(word)
    if word in _PERSON_WORDS or word in _SPEAKER_NOUNS or word in _PERSON_NOUNS or "year-old" in word:
        return True
    single = word[:-1] if word.endswith("s") else word
    roles = gazetteer().roles
    return word in roles or single in roles or (len(word) > 4 and word.endswith(_AGENT_ENDS))


def _inner_pronoun(c: Context) -> bool:
    """Rule `inner-pronoun` (above): cased text (lower-cased text hides names) outside quotations (a
    speaker's "her" may be whom the attribution names), past the sentence's first word, which is a
    function word or one the document writes in lower case; no capitalised word and no `_person_word`
    before the pronoun."""
    if c.previous is None or c.inside_quote or c.opens_quote:
        return False
    text = unquoted(c.text)
    m = _ONE_PERSON_PRONOUN.search(text)
    if m is None:
        return False
    words = text[: m.start()].split()
    if not words:
        return False
    # a subject "he" / "she" of the main clause (no fronted clause before it, nor a participle or "to" that
    # opens one: "Wanting the locals to believe he was ..., mr. wong changed ...") cannot stand for a name
    # after it ("In town, he was active in the shortwave radio club ...": context57); a participle or "to"
    # opens the pronoun's clause only when no comma closes it first (`_opens_own_clause`: "During the
    # trial, he ...", "King's aides said he ..." open none: context58)
    subject = (
        m.group(0).lower() in _SUBJECT_PRONOUNS
        and not _opens_own_clause(words)
        and not any(w.strip(_NAME_EDGES).lower() in _FRONTED for w in words)
    )
    if c.caseless:
        pronoun = m.group(0).lower()
        if _caseless_inner_pronoun(words, [] if subject else text[m.end() :].split(), pronoun):
            return True
        # ... or a later pronoun of the other sex, past a full name of the first one's sex ("brandon bevers
        # said that he does not believe she was targeted": she is neither him nor he; context58)
        later = _OTHER_PRONOUN[pronoun in _FEMININE].search(text, m.end()) if pronoun in _GENDERED else None
        if later is None:
            return False
        before = [w for w in text[: later.start()].split() if w.strip(_NAME_EDGES).lower() not in _GENDERED]
        return _caseless_inner_pronoun(before, text[later.end() :].split(), later.group(0).lower())
    first = words[0].strip(_NAME_EDGES + "`")
    if not first or (
        first.lower() not in stopwords() and first.lower() not in c.common() and not _plain_opening(first, c)
    ):
        return False  # a name may open it ("Ricks says his ...")
    for w in words[1:]:
        core = w.strip(_NAME_EDGES)
        if any(map(str.isupper, core)) or _binds(core.lower()):
            return False
    if _binds(first.lower()):
        return False
    if subject:
        return True
    # cataphora: a full name after a comma ("Following her partner's death, Ann Lee ..."), any name after a
    # pronoun in a fronted clause ("Surely if a ruling goes against him, that shows Lee's case ..."), or a
    # word after it that may be a name ("The size of his victory strengthens Cardoso's hand", "At the time of
    # his arrest, Johnson had ...": dev briefs read by context55)
    rest = text[m.end() :]
    fronted = any(w.strip(_NAME_EDGES).lower() in _FRONTED for w in words)
    if _NAME_AFTER_COMMA.search(rest) or (fronted and _CAPITALISED.search(rest)):
        return False
    return not any(_may_be_name(w, c) for w in rest.split())


def _opens_own_clause(words: list[str]) -> bool:
    """Whether the words before a pronoun are a fronted clause the pronoun stands in: opened by a participle
    ("Wanting the locals to believe he ...") or "to" ("To prove he ..."), with no comma before the pronoun
    (after one, the pronoun is the main clause's: "During the trial, he ...", "Speaking in Beijing, he ...")
    and not a word ending in "-ing" that is none ("During", "King", "Beijing": `_NOT_PARTICIPLES`)."""
    opener = words[0].strip(_NAME_EDGES).lower()
    if not ((opener.endswith("ing") and opener not in _NOT_PARTICIPLES) or opener == "to"):
        return False
    return not any(w.endswith(",") for w in words)


# words ending in "-ing" that open no participle clause (a preposition, a noun, a name); a word that does not
# end in "-ing" ("King's", "things", "Xinjiang") is never read as one
_NOT_PARTICIPLES = frozenset(
    ("during", "king", "beijing", "nothing", "something", "anything", "everything", "thing",
     "spring", "morning", "evening", "ring", "wing", "sterling", "viking", "bing", "ming",
     "nanjing", "chongqing", "harding", "fielding", "notwithstanding", "pending",
     "regarding", "concerning", "including", "according", "excluding")
)  # fmt: skip


def _plain_opening(word: str, c: Context) -> bool:
    """A sentence's first word that names no one: ordinary English (`_ordinary`: "Details of her ordeal ..."),
    no listed given name and no surname of a full name earlier in its document ("Rice said his ..." after
    "Ray Rice") (context56)."""
    core = _unpossessed(word)
    return _ordinary(core.lower()) and core not in c.surnames and core.lower() not in lower_given_names()


def _caseless_inner_pronoun(before: list[str], after: list[str], pronoun: str = "") -> bool:
    """`inner-pronoun` in lower-cased text, where names do not show ("just about everyone on the planet
    condemned his remarks." is; "Friends ... described her as ..."): every word before the pronoun a stop
    word or ordinary English (`_ordinary`), none a listed given name, an honorific or a word that `_binds`;
    after it, no given name, honorific or word no ordinary English (`surname_word`: it may be the name the
    pronoun stands for, "after his arrest, haskell ..."). A full name whose given name is of the other sex
    than the `pronoun`'s is no one the pronoun stands for (`_other_sex`: "Brandon bevers said ... she was
    targeted"; not a given name alone, which may be a surname: "Nelson said she ...", context58)."""
    given = lower_given_names()
    stop = stopwords()
    skip = -1  # the surname after a given name of the other sex
    for k, w in enumerate(before):
        core = w.strip(_NAME_EDGES + "`").lower()
        if k == skip:
            continue
        surname = before[k + 1].strip(_NAME_EDGES + "`").lower() if k + 1 < len(before) else ""
        if core in given and _other_sex(core, pronoun) and not w.endswith(",") and surname_word(surname):
            skip = k + 1  # a full name ("brandon bevers"), not a surname alone ("nelson said she ...")
            continue
        if not core or core in _HONORIFIC_WORDS or core in given or _binds(core) or _man_noun(core):
            return False
        name = _unpossessed(core)
        plain = name in stop or _ordinary(name) or name in _CALENDAR  # a day or month: "said tuesday that"
        if not plain and _SURNAME_WORD.fullmatch(name):
            return False  # may be a name
    for w in after:
        core = w.strip(_NAME_EDGES + "`").lower()
        if core in _HONORIFIC_WORDS or core in given or surname_word(core):
            return False
    return True


def _man_noun(word: str) -> bool:
    """A noun in "-man" that may name the one a pronoun stands for ("seaman, 29, spoke ... since he was shot",
    "the spokeswoman said her ...": context58), read in lower-cased text only."""
    return len(word) > 4 and _unpossessed(word).endswith("man")


def _other_sex(name: str, pronoun: str) -> bool:
    """Whether a listed given name (lower case) is of the other sex than a pronoun of one person: a woman's
    (`female_names.txt`) before "he", "him" or "his", a man's (listed, neither a woman's nor a name of both:
    `unisex_names.txt`) before "she", "her" or "hers"; never for a name of both."""
    g = gazetteer()
    cap = name.capitalize()
    if cap not in g.first_names or cap in g.unisex_names or pronoun not in _GENDERED:
        return False
    return (cap in g.female_names) != (pronoun in _FEMININE)


_FEMININE = frozenset(("she", "her", "hers"))
_GENDERED = frozenset(("he", "him", "his", *_FEMININE))
# the pronouns of the other sex: after a man's (False), a woman's; after a woman's (True), a man's
_OTHER_PRONOUN = (
    re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE),
    re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE),
)


def _may_be_name(word: str, c: Context) -> bool:
    """A capitalised word that may be a person's name: not an acronym, a day or month, a word the document
    writes in lower case, nor an ordinary English word (`_ordinary`: "Under", "Project")."""
    core = _unpossessed(word.strip(_NAME_EDGES))
    if not core[:1].isupper() or not core[1:].islower() or core in _WEEKDAYS:
        return False
    low = core.lower()
    return low not in _TIME_NOUN_SET and low not in c.common() and not _ordinary(low)


# "We apologize for an inappropriate image ..." after "The company sent out a follow-up tweet.", "My wife
# and daughter are recovering." after "... released a statement saying:": a first-person sentence outside
# quotation marks, in a block a sentence before introduced (ending on a colon, or telling of a statement, a
# post, an account), is the words of one told before, not the writer's (rule `first-person-block`).
_FIRST_PERSON = re.compile(r"^[(\[]?(?:i|we|my|our)(?:['’](?:m|ve|ll|d|re))?\b(?!['’-])", re.IGNORECASE)
_INTRODUCES = re.compile(
    r":\s*$|\b(?:statement|tweet|tweeted|tweets|posted|post|wrote|writes|letter|account|story|message|saying"
    r"|reads|read)\b[^.]*\.?\s*\)?\s*$"
)


_WRITER = re.compile(r"\b(?:i|me|my|we|our)\b(?!['’-])")  # the writer's own first person (lower-cased text)
_INCLUSIVE_WE = re.compile(r"^we\s+(?:all|both|know|now\s+know)\b", re.IGNORECASE)


def _first_person_block(c: Context) -> bool:
    """Rule `first-person-block` (above): the sentences before it back to the introduction (at most two) open
    in the first person too, and neither the introduction nor any sentence before it speaks in the first
    person outside quotation marks (a writer's own "I" is no one's quoted words: "some asked me whether
    ... My letter was serious.")."""
    if c.previous is None or c.inside_quote or c.opens_quote or not _FIRST_PERSON.match(c.text.lstrip()):
        return False
    if c.text.lstrip()[:2] == "US" or _INCLUSIVE_WE.match(c.text.lstrip()):
        return False  # the country; the writer's and reader's "we" ("We all know that ...")
    earlier = list(c.earlier)
    k = len(earlier) - 1
    while k >= 0 and len(earlier) - 1 - k < 2 and _FIRST_PERSON.match(earlier[k].lstrip(_OPENERS)):
        k -= 1
    if k < 0 or _FIRST_PERSON.match(earlier[k].lstrip(_OPENERS)) or not _INTRODUCES.search(earlier[k]):
        return False
    return not any(_WRITER.search(unquoted(e)) for e in earlier[: k + 1])


_GROUP_KEYS = ("both", "the two", "the three", "the pair", "the couple", "the duo", "the trio", "all ")


def _group(c: Context) -> bool:
    if c.previous is None or not _has(c, _GROUP_KEYS):
        return False
    head = unquoted(" ".join(c.text.split()))
    for m in _GROUP.finditer(head):
        # "Both Russia and China vetoed ...": "both ... and" names its pair in the sentence itself
        if m.group().lstrip("\"“‘'").lower().startswith("both") and "and" in head[m.start() :].split()[1:5]:
            continue
        return True
    return False


# A full name: two or more capitalised words in a row ("Nicholas S. Zeppos", "Milen Nikolov"); its last
# word is the surname the story goes on to use alone. The capital first and the word boundary before it
# as a look-behind (`[A-Z](?<!\w[A-Z])` is `\b[A-Z]`): the engine then scans for a capital in C instead of
# trying `\b` at every position (the same matches, 40 % less time on LongBench dev sentences).
_FULL_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+([A-Z][a-z][\w'’-]*)")
_HONORIFIC = frozenset(("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Miss", "Prof."))
_HONORIFIC_WORDS = frozenset(h.lower() for h in _HONORIFIC) | {"prof"}  # lower-cased text's
# the last word of a body's name, not a person's ("Fort Worth Police said", "the Supreme Court said")
_BODY = frozenset(
    ("Police", "Court", "Department", "Ministry", "Office", "Agency", "Committee", "Council", "Service",
     "Commission", "House", "Senate", "Party", "Bureau", "Company", "Corp", "Corp.", "Inc", "Inc.", "Group",
     "Association", "Union", "Times", "Post", "News", "Journal", "Network", "Board", "University", "School",
     "Center", "Centre", "Institute", "Foundation", "Government", "Administration", "Army", "Forces", "Force",
     "Guard", "Patrol", "Navy", "Authority", "Organization", "Organisation", "Club", "Church", "Hospital",
     "Airlines", "Bank", "Fund", "Reserve", "Assembly", "Parliament", "Congress", "Cabinet", "Press",
     "Reuters", "Magazine", "Media", "Television", "Radio", "Team", "Campaign", "Project", "Society")
)  # fmt: skip
_SAYS_WORD = re.compile(_SAYS.pattern, re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\s*$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # `needs` and `_subject_mentions` read every sentence's: each pattern run once
def _surnames(text: str) -> frozenset[str]:
    """The last words of the full names in `text` (two capitalised words or more: "Police said" is no
    name)."""
    return frozenset(m.group(1) for m in _FULL_NAME.finditer(text)) if " " in text else frozenset()


def _unpossessed(word: str) -> str:
    """The word without a possessive ending ("Lee's", "Lee’s", "Jones'"), as `re.sub(r"['’]s?$", "", word)`
    gives it for a word with no line break (str methods: called for every word of a sentence)."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


_NAME_EDGES = _PUNCT + "—–-"  # what `_surname_speaker` strips off a word before reading it as a name
_POSSESSIVE_ENDS = frozenset("s'’")  # a word's last character when `_unpossessed` may shorten it


def _named(cores: list[str], surnames: frozenset[str] | set[str]) -> list[int]:
    """The positions of the words (`cores`: stripped of punctuation) whose name, `_unpossessed(core)`, is
    one of `surnames`. A word ending on neither "s" nor an apostrophe is its own name: only a surname
    itself, or a word with such an ending, is unpossessed (most words are one set lookup)."""
    return [
        k
        for k, core in enumerate(cores)
        if (core in surnames or core[-1:] in _POSSESSIVE_ENDS) and _unpossessed(core) in surnames
    ]


def _bare_surnames(c: Context) -> Iterator[tuple[list[str], int]]:
    """The sentence's words and the position of each surname of `c.surnames` it writes alone (not in
    full, "Nicholas Zeppos", nor inside a longer name, "Lee Street"), no body's word ("police", "the
    Court") and no word the document writes in lower case: what `surname-speaker` and
    `surname-reference` read (cased text)."""
    if not c.surnames or c.previous is None:
        return
    # a name read below is part of a word, so part of the text: with no surname in the text, none is read
    if not any(map(c.text.__contains__, c.surnames)):
        return
    words = c.text.split()
    cores = list(map(str.strip, words, repeat(_NAME_EDGES)))  # each word without the punctuation around it
    for k in _named(cores, c.surnames):
        w, core = words[k], cores[k]
        name = _unpossessed(core)
        if name in _BODY or name.lower() in c.common():
            continue  # a word the document writes in lower case too ("police")
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if before.lower() in ("the", "a", "an", "this", "that", "its", "their"):
            continue  # a body or a thing ("the Court said")
        if (before[:1].isupper() and before[-1:] not in ",;:" and before not in _HONORIFIC) or (
            w == core and after[:1].isupper()
        ):
            continue  # in full here ("Nicholas Zeppos"), or part of a longer name ("Lee Street")
        yield words, k


def _surname_speaker(c: Context) -> str | bool:
    """A speaker called by the last word of a full name the document gave earlier, and not in full
    here: "“Netscape had the perfect Trojan horse,” Yoffie said." after "David Yoffie, a Harvard
    professor, ...", "Schiff says ...", "said Mr. Warden", "according to Nikolov". A reader who meets
    the quotation first does not know who speaks: it leans on the sentence that introduced the name
    (its term, lower case). Only as a speaker (a name beside a verb of saying): a surname elsewhere
    ("Xu spent 12 years in prison") is left alone, as the many a story names in full once and a
    reader knows. Not in lower-cased text, where names do not show."""
    if c.caseless:
        return False
    for words, k in _bare_surnames(c):
        w = words[k]
        core = w.strip(_NAME_EDGES)
        name = _unpossessed(core)
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        honorific = before in _HONORIFIC
        said_before = words[k - 2] if honorific and k >= 2 else before
        prefix = " ".join(words[max(k - (3 if honorific else 2), 0) : k - (1 if honorific else 0)])
        # a possessive owns a noun, it does not speak: "Trump's tweets", "Lee's claims" (context49)
        speaks = (
            (w == core or w.endswith(","))
            and name == core
            and _SAYS_WORD.match(after.strip(_PUNCT)) is not None
        )
        # "..., said Lee." / "said Ms. Lee, a spokeswoman": an attribution after what was said (not
        # "Officials said Lee was killed": there the name opens what was said)
        ends = w != core or k + 1 == len(words)
        speaks = speaks or (ends and _SAYS_WORD.fullmatch(said_before.strip(_PUNCT)) is not None)
        if speaks or _ACCORDING.search(prefix):
            return name.lower()
    return False


def _surname_reference(c: Context) -> str | bool:
    """A person called by the surname alone anywhere in the sentence, whose full name the document gave
    earlier and not here: "Stubits sued the firm" after "Carla Stubits, a former ...", "authorities said
    haskell was enraged" after "... was ronald lee haskell". A reader of a summary that left the full name
    out meets a stranger: the sentence leans on one that uses the name (its term, lower case). A speaker
    so called is `surname-speaker`'s (first in the table); in lower-cased text the names are a listed
    given name before a word no ordinary English (`_caseless_surnames`)."""
    if c.caseless:
        return _caseless_reference(c)
    for words, k in _bare_surnames(c):
        name = _unpossessed(words[k].strip(_NAME_EDGES))
        # no day or month ("... Bashar Assad Tuesday" gave no surname "Tuesday"), no lead's subject
        if name not in gazetteer().not_names and name.lower() not in c.leads:
            return name.lower()
    return False


_NOT_BEFORE_SURNAME = frozenset(("the", "a", "an", "this", "that", "its", "their"))  # a thing's name


def _caseless_reference(c: Context) -> str | bool:
    """`surname-reference` in lower-cased text: a surname of `c.surnames` with no given name, initial or
    other word no ordinary English right before it (that is a full name again, "kateri schwandt" after
    "kateri and jay schwandt") and no determiner ("the thomas fire")."""
    if not c.surnames or c.previous is None or not any(map(c.lower.__contains__, c.surnames)):
        return False
    raw = c.lower.split()
    words = [w.strip(_NAME_EDGES) for w in raw]
    given = lower_given_names()
    for k, word in enumerate(words):
        name = _unpossessed(word)
        if name not in c.surnames:
            continue
        before = words[k - 1].rstrip(".") if k else ""
        if before in given or len(before) == 1 or before in _NOT_BEFORE_SURNAME or name in c.leads:
            continue
        if k and raw[k - 1].isalpha() and len(before) > 3 and surname_word(before):
            continue  # an unlisted given name, no mark after it ("passport, mancini"): the name in full
        return name
    return False


def _caseless_surnames(text: str) -> set[str]:
    """The surnames of the full names in lower-cased text: a listed given name ("kathy", `first_names.txt`),
    a middle initial or given name allowed ("mark h durkan", "ronald lee haskell"), then a word of three
    letters or more that is no stop word and no ordinary English (Punkt's table: "bill passed" names no
    one, "roger lyon" does)."""
    given = lower_given_names()
    raw = text.lower().split()
    words = [w.strip(_NAME_EDGES) for w in raw]
    out = set()
    for k in range(len(words) - 1):
        # an honorific before a word no given name names the person too ("mr. hekmati": context56)
        if words[k] not in given and (raw[k] not in _HONORIFIC_WORDS or words[k + 1] in given):
            continue
        j = k + 1
        middle = words[j].rstrip(".")
        if (len(middle) == 1 or middle in given) and j + 1 < len(words) and surname_word(words[j + 1]):
            j += 1
        name = _unpossessed(words[j])
        if surname_word(name):
            out.add(name)
    return out


_SURNAME_WORD = re.compile(r"[a-z][a-z'’-]+[a-z]")


def surname_word(word: str) -> bool:
    """A word that may be a surname in lower-cased text: letters (a hyphen or apostrophe inside), no stop
    word, no ordinary English word (seen written in lower case by Punkt's English table)."""
    word = _unpossessed(word)
    return _SURNAME_WORD.fullmatch(word) is not None and word not in stopwords() and not _ordinary(word)


@cache
def lower_given_names() -> frozenset[str]:
    """The listed given names (`lexicon/data/first_names.txt`), in lower case."""
    return frozenset(n.lower() for n in gazetteer().first_names)


_SEEN_LOWER = 16 | 32 | 64  # Punkt's orthographic flags for a word seen in lower case


def _ordinary(word: str) -> bool:
    """An ordinary English word: Punkt's English table saw it written in lower case (the sentence
    splitter's own data, as `analyze.rules.common` reads it)."""
    import punkt.data.english as en

    return bool(en.ORTHO_CONTEXT.get(word, 0) & _SEEN_LOWER)


# Needs the default summary meets when it can and leaves unmet when no candidate can meet them (the
# sentence that gave the full name is none: a caption, a line with a link, one of its own unmet need); in
# lower-cased stories only with an introduction short beside the budget (`summarize.default.INTRO_SHARE`):
# held to any, Multi-News+ summaries lost words and R2 (100 words: -0.43, -0.32 with unmet needs let go).
SOFT_NEEDS = frozenset(("surname-reference",))


RULES: tuple[Rule, ...] = (
    Rule("quote-continues", "quote", "previous", lambda c: c.inside_quote),
    Rule("quote-unattributed", "quote", "previous", _unattributed_quote),
    Rule("attribution-after-quotation", "quote", "previous", _attribution_after_quotation),
    Rule("answer-after-question", "answer", "previous", _after_question),
    Rule("enumeration", "enum", "never", _enumeration),
    Rule(
        "ordinal-part",
        "enum",
        "earlier",
        lambda c: c.previous is not None and bool(_ORDINAL_PART.match(c.text.lstrip())),
    ),
    Rule(
        "lettered-item",
        "enum",
        "never",
        lambda c: c.text[:1] in _ITEM_FIRST and bool(_LETTERED_ITEM.match(c.text.lstrip())),
    ),
    Rule("reply-opening", "answer", "previous", _reply),
    Rule("pronoun-or-connective-opening", "pron", "previous", _dangling_opening),
    Rule("connective-opening", "conn", "previous", lambda c: bool(_CONNECTIVE.match(_opening(c)))),
    Rule("inverted-pronoun", "pron", "previous", lambda c: bool(_INVERTED_PRONOUN.match(c.text.lstrip()))),
    Rule(
        "since-adverb",
        "conn",
        "previous",
        lambda c: " since" in c.lower and bool(_SINCE_ADVERB.match(c.text)),
    ),
    Rule(
        "pronoun-attribution",
        "pron",
        "previous",
        _pronoun_attribution,
    ),
    Rule("pronoun-before-name", "pron", "previous", _pronoun_before_name),
    Rule("inner-pronoun", "pron", "previous", _inner_pronoun),
    Rule("quoted-pronoun", "pron", "previous", _quoted_pronoun),
    Rule("first-person-block", "quote", "earlier", _first_person_block),
    Rule("demonstrative", "dem", "previous", _demonstrative),
    Rule(
        "demonstrative-that",
        "dem",
        "previous",
        lambda c: (
            " that " in c.lower
            and matches_at(_THAT_SUBJECT, c.text, None if folds_apart(c.text) else c.lower, _THAT_OPENS)
        ),
    ),
    Rule("that-noun", "dem", "previous", _that_noun),
    Rule("also-too-again", "also", "earlier", lambda c: _has(c, _ALSO_KEYS) and _also(c)),
    Rule(
        "ellipsis-to",
        "ellipsis",
        "previous",
        lambda c: c.lower.rstrip().endswith(_ELLIPSIS_KEYS) and bool(_ELLIPSIS_TO.search(c.text.rstrip())),
    ),
    Rule(
        "none-there",
        "def",
        "earlier",
        lambda c: c.lower.startswith("there") and bool(_NONE_THERE.match(c.text)),
    ),
    Rule("definite-reference", "def", "antecedent", _definite),
    Rule("inner-definite-reference", "def", "antecedent", _inner_definite),
    Rule("group-reference", "def", "earlier", _group),
    Rule("same-reference", "def", "earlier", _same),
    Rule("another-count", "def", "earlier", _another_count),
    Rule("count-without-event", "def", "earlier", _count_without_event),
    Rule("then-adverb", "conn", "earlier", _then_adverb),
    Rule("emphatic-do", "conn", "earlier", _emphatic_do),
    Rule("remainder-reference", "def", "earlier", _remainder),
    Rule("age-reference", "def", "earlier", lambda c: c.previous is not None and bool(_AGED.match(c.text))),
    Rule(
        "age-inner-reference",
        "def",
        "earlier",
        lambda c: c.previous is not None and "year-old" in c.lower and bool(_AGED_INNER.search(c.text)),
    ),
    Rule(
        "share-without-group",
        "def",
        "previous",
        lambda c: c.previous is not None and bool(_SHARE_WITHOUT_GROUP.match(c.text.lstrip())),
    ),
    Rule("class-noun-reference", "def", "antecedent", _class_definite),
    Rule("definite-speaker", "def", "antecedent", _definite_speaker),
    Rule("possessive-role", "def", "antecedent", _possessive_role),
    Rule(
        "event-comes",
        "def",
        "earlier",
        lambda c: (" come" in c.lower or " came" in c.lower) and bool(_EVENT_COMES.match(c.text)),
    ),
    Rule("family-reference", "def", "antecedent", _family),
    Rule("given-name-reference", "def", "antecedent", _given_name_reference),
    Rule("surname-speaker", "def", "antecedent", _surname_speaker),
    Rule("surname-reference", "def", "antecedent", _surname_reference),
    Rule("previous-definite", "def", "antecedent", _previous_definite),
    Rule(
        "inner-connective",
        "conn",
        "earlier",
        lambda c: _has(c, _INNER_CONNECTIVE_KEYS) and bool(_INNER_CONNECTIVE.match(c.text)),
    ),
)


def needs(sentences: Sequence[Sentence], caseless: bool = False) -> list[Need | None]:
    """For each sentence of a story (in document order): what it needs to be read, by the first rule
    of `RULES` that fires (None when it stands alone); `caseless`: the story lost its letter case
    (`Story.caseless`)."""
    out: list[Need | None] = []
    straight = curly = 0  # quote marks so far in the current paragraph
    para = (-1, -1)
    doc = -1
    recent: list[str] = []
    names: set[str] = set()
    given: set[str] = set()
    # a person the story's leads name is its subject, known to the reader of any summary opening on a
    # lead: "Vogelsang, 53, was charged ..." needs no sentence naming him in full (`surname-reference`)
    leads = frozenset(
        w
        for k, s in enumerate(sentences)
        if not k or s.doc != sentences[k - 1].doc
        for w in _leads_words(s.text)
    )
    for k, s in enumerate(sentences):
        if s.doc != doc:
            doc, recent, names, given = s.doc, [], set(), set()
            common = _lower_words(sentences, k)
            later = _later_sentences(sentences, k)
        if (s.doc, s.paragraph) != para:
            para, straight, curly = (s.doc, s.paragraph), 0, 0
        t = s.text
        prev = sentences[k - 1].text if k and sentences[k - 1].doc == s.doc else None
        lower = t.lower()
        # Text with spaced quotation marks (Multi-News: `says. " much of ...`) gets the mark that
        # opens a quotation split onto the sentence before: this one starts the quotation.
        opens = straight % 2 == 1 and prev is not None and prev.rstrip().endswith('"')
        inside = (straight % 2 == 1 and not opens) or curly > 0
        c = Context(
            t,
            lower,
            prev,
            inside,
            tuple(recent[-ANTECEDENT_WINDOW:]),
            caseless,
            opens,
            names,
            common,
            leads,
            given,
            recent,  # read by a rule before this sentence joins it
            later,
        )
        need = None
        for rule in RULES:
            hit = rule.test(c)
            if hit:
                need = Need(rule.name, rule.cue, rule.kind, hit if isinstance(hit, str) else None)
                break
        out.append(need)
        recent.append(lower)
        names |= _caseless_surnames(t) if caseless else _surnames(t)
        if not caseless:
            given |= _given_names_of(t)
        straight += t.count('"')
        if straight % 2 and _CLOSED_BY_SPEAKER.search(t):
            straight += 1  # its last mark closes a quotation (", " said Knight ..."): an opening one was lost
        curly = max(curly + t.count("“") - t.count("”"), 0)
    return out


_CONTENT_WORD = re.compile(r"\b[a-z][a-z'-]{2,}\b")


def _leads_words(text: str) -> list[str]:
    """A lead's words as `surname-reference` compares names: lower case, without the punctuation around
    them or a possessive ending."""
    return [_unpossessed(w.strip(_NAME_EDGES)) for w in text.lower().split()]


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def _later_sentences(sentences: Sequence[Sentence], first: int) -> Callable[[], tuple[str, ...]]:
    """The sentences after the first of the document starting at sentence `first`, in lower case, read at
    the first call only (a lead's "First, ..." asks: `_enumeration`)."""
    known: list[tuple[str, ...]] = []

    def later() -> tuple[str, ...]:
        if not known:
            doc = sentences[first].doc
            rest = takewhile(lambda s: s.doc == doc, sentences[first + 1 :])
            known.append(tuple(s.text.lower() for s in rest))
        return known[0]

    return later


def _lower_words(sentences: Sequence[Sentence], first: int) -> Callable[[], frozenset[str]]:
    """The words the document starting at sentence `first` writes in lower case, read at the first
    call only; none when it capitalises no word inside a sentence (lower-cased text, even one too
    short for `casing.lost_case`: "india" there is no common word)."""
    known: list[frozenset[str]] = []

    def words() -> frozenset[str]:
        if not known:
            doc = sentences[first].doc
            known.append(
                _document_lower(
                    " ".join(s.text for s in takewhile(lambda s: s.doc == doc, sentences[first:]))
                )
            )
        return known[0]

    return words


@lru_cache(maxsize=64)  # `needs` and `_subject_mentions` each ask of the same documents
def _document_lower(text: str) -> frozenset[str]:
    """`_lower_words` of one document's text (its sentences joined by spaces)."""
    return frozenset(_LOWER_WORD.findall(text)) if capitalises_inside(text) else frozenset()


def needs_previous(sentences: Sequence[Sentence], caseless: bool = False) -> list[bool]:
    """For each sentence: whether it cannot be read on its own (any rule of `RULES` fires)."""
    return [n is not None for n in needs(sentences, caseless)]


def requirements(
    sentences: Sequence[Sentence], found: Sequence[Need | None], doc_lengths: Sequence[int] | None = None
) -> dict[int, tuple[int, ...]]:
    """For each sentence with a need: the sentences any one of which meets it (empty: nothing can).

    previous: the sentence before it in its document; earlier: any of the WINDOW before it;
    antecedent: any sentence that uses the term and is read before it (by relative position in its
    document, as the summary is ordered, given `doc_lengths`; the HOLDERS read last; else the WINDOW
    before it in its document), or, with no term, any of the WINDOW before it."""
    out: dict[int, tuple[int, ...]] = {}
    index: dict[str, list[int]] = {}
    rank: list[int] = []
    if doc_lengths is not None and any(n is not None and n.term for n in found):
        # Reading rank: by relative position in its document, then document, then position.
        order = sorted(
            range(len(sentences)),
            key=lambda j: (
                sentences[j].index / max(doc_lengths[sentences[j].doc], 1),
                sentences[j].doc,
                sentences[j].index,
            ),
        )
        rank = [0] * len(sentences)
        for r, j in enumerate(order):
            rank[j] = r
        wanted = {n.term for n in found if n is not None and n.term}
        for j in order:  # each wanted term's holders in reading order (words as `earlier_words` read them)
            for w in wanted.intersection(_words_of(sentences[j].text.lower())):
                index.setdefault(w, []).append(j)
    ranks: dict[str, list[int]] = {}

    for i, need in enumerate(found):
        if need is None:
            continue
        s = sentences[i]
        before = [j for j in range(i - 1, max(i - 1 - WINDOW, -1), -1) if sentences[j].doc == s.doc]
        if need.kind == "never" or (not before and not (need.term and index)):
            out[i] = ()
        elif need.kind == "previous":
            out[i] = (before[0],)
        elif need.kind == "earlier" or not need.term:
            out[i] = tuple(sorted(before))
        elif index:
            # The holders read before it, at most HOLDERS of them (the last read): linear in the
            # story's size, where every holder of a common term would make it quadratic.
            held = index.get(need.term, [])
            if need.term not in ranks:
                ranks[need.term] = [rank[j] for j in held]
            stop = bisect_left(ranks[need.term], rank[i])
            out[i] = tuple(sorted(held[max(stop - HOLDERS, 0) : stop]))
        else:
            holders = [j for j in before if need.term in _words_of(sentences[j].text.lower())]
            out[i] = tuple(sorted(holders)) or (before[0],)
    return out


def _subject_mentions(
    sentences: Sequence[Sentence], found: Sequence[Need | None]
) -> tuple[dict[int, str], dict[str, list[int]]]:
    """Rule `subject-introduced`'s reading (`introductions`): each sentence of cased text that calls a
    lead's subject by the surname alone, whose need (`found`), if any, is not already a surname's, with
    that surname; and each such surname's sentences that write the full name."""
    leads = frozenset(
        w
        for k, s in enumerate(sentences)
        if not k or s.doc != sentences[k - 1].doc
        for w in _leads_words(s.text)
    )
    full: dict[str, list[int]] = {}  # each surname: the sentences that write its full name
    for k, s in enumerate(sentences):
        for name in _surnames(s.text):
            if name.lower() in leads:
                full.setdefault(name, []).append(k)
    bare: dict[int, str] = {}
    if not full:
        return bare, full
    doc, names = -1, set[str]()
    common: Callable[[], frozenset[str]] = frozenset
    for k, s in enumerate(sentences):
        if s.doc != doc:
            doc, names = s.doc, set()
            common = _lower_words(sentences, k)
        prev = sentences[k - 1].text if k and sentences[k - 1].doc == s.doc else None
        if names and (found[k] is None or not found[k].rule.startswith("surname-")):
            c = Context(s.text, s.text.lower(), prev, False, (), surnames=names, common=common, leads=leads)
            for words, w in _bare_surnames(c):
                name = _unpossessed(words[w].strip(_NAME_EDGES))
                if name in full and name not in gazetteer().not_names:
                    bare[k] = name
                    break
        names |= full.keys() & _surnames(s.text)
    return bare, full


def introductions(
    sentences: Sequence[Sentence],
    found: Sequence[Need | None],
    doc_lengths: Sequence[int] | None = None,
    caseless: bool = False,
) -> dict[int, tuple[int, ...]]:
    """Rule `subject-introduced`: a lead's subject called by the surname alone ("Herman, 54, is ...")
    needs no sentence for `surname-reference` (a summary opening on that lead named the person), yet a
    summary may open on another article's lead and never give the full name. For each such sentence
    (`_subject_mentions`): the sentences that write the full name ("lawyer Jeff Herman ...") and are
    read before it (by relative position in its document, as `requirements` ranks them, given
    `doc_lengths`; else earlier in its document). Lower-cased text (`caseless`): none (its names are
    guesses, `_caseless_surnames`)."""
    if caseless:
        return {}
    bare, full = _subject_mentions(sentences, found)

    def rank(j: int) -> tuple[float, int, int]:
        s = sentences[j]
        size = max(doc_lengths[s.doc], 1) if doc_lengths is not None else 0
        return (s.index / size if size else 0.0, s.doc, s.index)

    return {k: tuple(j for j in full[name] if rank(j) < rank(k)) for k, name in bare.items()}


def dangling_count(sentences: Sequence[Sentence], chosen: Sequence[int], caseless: bool = False) -> int:
    """Summary sentences (`chosen` indices into the story's `sentences`, in reading order) whose need
    (`needs`) is not met: "previous" by the sentence right before it in the summary; "earlier" by
    one of the few before it in its document, anywhere before it in the summary; "antecedent" by
    any sentence before it in the summary that uses the term; "never" not at all (`caseless`: the
    story's `Story.caseless`); and a lead's subject by surname alone (`introductions`) by a sentence
    before it in the summary that writes the full name."""
    found = needs(sentences, caseless)
    req = requirements(sentences, found)
    # a lead's subject by surname alone needs its full name before it in the summary (`introductions`)
    bare, full = ({}, {}) if caseless else _subject_mentions(sentences, found)
    bad = 0
    for k, i in enumerate(chosen):
        need = found[i]
        ok = True
        if need is None:
            pass
        elif need.kind == "previous":
            ok = k > 0 and chosen[k - 1] in req[i]
        elif need.kind == "antecedent" and need.term:
            ok = any(need.term in _WORD.findall(sentences[j].text.lower()) for j in chosen[:k])
        else:
            ok = bool(set(chosen[:k]) & set(req[i]))
        if ok and i in bare:
            ok = not set(full[bare[i]]).isdisjoint(chosen[:k])
        bad += not ok
    return bad
