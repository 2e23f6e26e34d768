"""Quoted words that name a thing, not words said: one rule the quote stage and the align stage share.

Rule `noun-modifier`: quoted words written inside a noun phrase, after "the", "so-called" or a noun's
possessive (one lower-case word between at most: "the murky "…" policy") and before the lower-case noun
they modify ("the military's "don't ask, don't tell" policy", "the "orange socks" murder"), are the name of
a known thing (a policy, a slogan, a case), not words anyone says in that sentence. The quote stage leaves
them out as terms (`attribution`'s rule `named-term`); the align stage gives them no quotation, so two
sentences naming one policy share no statement (`align.features`, rule `quoted-name`). After "a"/"an" the
words describe ("an "amazing" recovery, her brother said": his word), after a pronoun's possessive they are
often the speaker's own ("he treats his "profound" responsibility"), after a demonstrative the quote is as
often a pronoun's object ("said this "could be the end" soon enough"): none of these names a thing.
"""

from __future__ import annotations

import re

__all__ = [
    "CALLED_FRAGMENT",
    "CALLED_PARTICIPLE",
    "CALLED_SUBJECT",
    "CALLING",
    "GIVING_NAME",
    "MODIFIER_WORDS",
    "NAMING_FRAME",
    "NAMING_PARTICIPLES",
    "NOT_NOUN",
    "REFERRED_AS",
    "named_by_frame",
    "names_a_thing",
    "word_count",
]

# -- The naming verbs: one list of each class here, and the named subsets their readers need --------
# verbs that give a person or a thing a name: the quotation or capitalised words after them are the name
# given, not words said ("a stripper named "suki"", "other inmates nicknamed it "…"", "christened it "…"")
GIVING_NAME = ("named", "nicknamed", "renamed", "christened", "dubbed", "code-named", "codenamed")
# verbs of calling or describing: what follows is a speaker's characterisation, words said ("called the new
# stadium "a complete waste of money"", "described the plan as "…""; align's rule `said-not-title`)
CALLING = (
    *("call", "calls", "called", "calling", "describe", "described", "describes", "describing"),
    *("dubbed", "labeled", "labelled", "branded"),
)
# the participles written between a noun and its name, a reduced clause naming the noun, no claim ("the
# 13-year-old lion named Mohawk", "a film titled Born Killers"; align's claim reader): "titled" names too;
# "renamed", "christened", "code-named" tell of an act of naming, which a claim may report
NAMING_PARTICIPLES = frozenset(("named", "called", "dubbed", "nicknamed", "titled"))
# the forms of calling after which a quotation shorter than a statement is a fragment of the writer's
# sentence, decided by the sentence rule ("calling it "…"", "described as "…"": attribution); the other
# forms of `CALLING` do not reach that test (they are no verb of saying, or a present "calls")
CALLED_FRAGMENT = frozenset(("called", "calling", "described", "describing"))


# a frame that names the quoted words rather than reporting them, right before the opening mark: "the
# so-called "…"", "known as "…"", "dubbed "…"", with an article between (session 32: "known as the "…"",
# "a route known as a "…""), "aka "…"", "a.k.a. "…"", "under the alias "…"" (session 32), "the concept of
# "…"", "the practice of "…"" (a process or practice named by its word: "discontinued the process of
# "boning"", session 28; an article may come between: "the concept of a "pope emeritus"") (the quote
# stage's `attribution._named_term` and align's rule `said-not-title` read it)
NAMING_FRAME = re.compile(
    r"\b(?:(?:so[-\s]called|known\s+as|also\s+called|dubbed|nicknamed|code-?named|billed\s+as|a\.k\.a\.?|aka|"
    r"alias)(?:\s+(?:a|an|the))?|branded|"
    r"(?:the|a|an)\s+(?:concept|notion|doctrine|principle|process|practice)\s+of(?:\s+(?:a|an|the))?)\s*$",
    re.I,
)
# rule referred-as (session 32): "referred to as" as a passive or a participle names the quoted words ("a
# disease often referred to as "…"", "the victim – referred to as "jd " in court documents", "land referred
# to by local residents as "…""); with a subject before it the words are a speaker's ("whom the fbi referred
# to as "pimps,"", "who has referred to mr trump as a "…""), and no match
REFERRED_AS = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|often|commonly|widely|sometimes|also|popularly|usually|generally|"
    r"hereinafter|hereafter|herein|locally|affectionately|routinely)\s+|[,(—–]\s*)"
    r"referred\s+to\s+(?:by\s+[^,.;“”\"]{1,40}?\s+)?as(?:\s+(?:a|an|the))?\s*$",
    re.I,
)
# "a supplement called "…"", "the plan is called "…"": "called" as a participle naming a thing (a noun or
# "is" before it, nothing between it and the mark); "Lehner called Kipke a "…"", "what he called "…"",
# "critics have called "…"" report words
CALLED_PARTICIPLE = re.compile(r"\b([a-z]+)\s+called\s*$")
CALLED_SUBJECT = frozenset(
    [
        *("he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "what", "has", "had", "have"),
        *("and", "but", "or", "also", "once", "then", "later", "first", "previously", "critics", "some"),
        *("others", "many", "both", "all", "opponents", "supporters", "officials", "analysts", "experts"),
    ]
)


def named_by_frame(pre: str) -> bool:
    """The text `pre` right before a quotation's opening mark names the quoted words, it does not report
    them: a naming frame ("dubbed", "known as", `NAMING_FRAME`; "often referred to as", `REFERRED_AS`) or
    "called" as a participle ("a drama called "…"", `CALLED_PARTICIPLE`; not after a subject that says it,
    `CALLED_SUBJECT`, an adverb or "what ... called")."""
    if NAMING_FRAME.search(pre) or ("referred" in pre and REFERRED_AS.search(pre)):
        return True
    called = CALLED_PARTICIPLE.search(pre)
    return bool(
        called
        and called.group(1) not in CALLED_SUBJECT
        and not called.group(1).endswith("ly")
        and "what" not in pre[: called.start()].split()[-3:]
    )


MODIFIER_WORDS = 6  # a quote of at most this many words before a noun is a name

# "the", "so-called" or a noun's possessive right before the mark, one lower-case word between at most
# ("the murky "…""), not a degree word (after "the most "robust"" the quoted word is graded, not named);
# not a pronoun's possessive, nor "it's" / "that's" / "there's" (a verb); tokenised text (Multi-News+)
# spaces a plural's or a name's apostrophe off its word ("doctors said giffords ' " upbeat " personality":
# rule tokenised-possessive, session 28)
_NAMING_DETERMINER = re.compile(
    r"(?:\b(?i:the|so-called)|\b(?!(?i:he|she|it|that|who|there|what|where|here)['’]s\b)\w+['’]s|\ws ?['’])"
    r"\s+(?:(?!(?:most|more|least|less|very|so|too|only)\s)[a-z][a-z\-]*\s+)?$"
)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]+)\b")

# words that follow "the" and a quote but are no noun it modifies: verbs, function words
NOT_NOUN = frozenset(
    [
        *("is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could"),
        *("may", "might", "should", "must", "shall", "does", "did", "do", "that", "which", "who", "of"),
        *("in", "to", "and", "or", "but", "for", "as", "at", "on", "by", "with", "from", "than", "he", "she"),
        *("they", "it", "we", "i", "you", "said", "says", "say", "not", "because", "if", "when", "while"),
        *("so", "into", "about", "after", "before", "over", "under", "since", "until", "between", "against"),
        "through",
    ]
)
# more words that follow a quote but are no noun it modifies ("the "review" last week", "the "win" too"),
# and verbs of saying ("the "deal" told", "the party's "pledge" announced")
_NOT_MODIFIED = NOT_NOUN | frozenset(
    [
        *("last", "this", "next", "yesterday", "today", "tonight", "now", "then", "too", "again", "also"),
        *("even", "here", "there", "yet", "still", "instead", "anyway", "ago", "all", "both", "either"),
        *("neither", "nor", "whether", "where", "whom", "whose", "what", "how", "why", "though", "unless"),
        *("once", "per", "via", "upon", "within", "without", "toward", "towards", "among", "during", "like"),
        *("except", "despite", "amid", "around", "across", "behind", "beyond", "near", "off", "out", "up"),
        *("down", "back", "away", "rather", "just", "only", "very", "much", "more", "most", "less", "least"),
        *("an", "a", "the", "his", "her", "their", "its", "our", "my", "your", "these", "those", "me", "him"),
        *("them", "us", "one", "ones", "is", "are", "was", "were", "ever", "anymore", "told", "tells"),
    ]
)
_WORD = re.compile(r"[\w’']+")
_COMPOUND_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def word_count(text: str) -> int:
    """Words as written: a compound of lower-case words is one ("non-steroidal anti-inflammatory drugs":
    3), a hyphen before a capital parts two ("pregnant-Amy")."""
    return len(_WORD.findall(_COMPOUND_HYPHEN.sub("", text)))


def names_a_thing(text: str, open_at: int, after_close: int, inner: str) -> bool:
    """Rule `noun-modifier`: the quotation `inner`, its opening mark at `open_at` and its closing mark
    ending at `after_close` in `text`, names a thing (see the module docstring): at most
    `MODIFIER_WORDS` words ending in a letter or digit (a comma or stop inside the marks ends words
    said: 'is a "bro with no ho," according to'), a naming determiner before, a noun after."""
    inner = inner.rstrip()  # tokenised text spaces its marks: "the " kids for cash " scandal"
    if not inner[-1:].isalnum() or word_count(inner) > MODIFIER_WORDS:
        return False
    if _NAMING_DETERMINER.search(text, max(0, open_at - 40), open_at) is None:
        return False
    nxt = _NEXT_WORD.match(text, after_close)
    word = nxt.group(1) if nxt else ""
    return bool(word) and word not in _NOT_MODIFIED and not word.endswith(("ed", "ly", "ing"))
