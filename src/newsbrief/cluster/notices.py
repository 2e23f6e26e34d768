"""Site notices: a page whose text is what a site says to its reader (sign in, a verification email sent,
cookies, a page not found), not news. Such a page, when the cleaner leaves its words, shares them with
the same notice printed under other stories (two sign-in walls of two stations are alike, and unlike
either story), so clustering keeps it a story of its own (`engine` rule `notice`).

Decided by an ordered table of named patterns, each a phrase a reader can find in the text: a sentence
is a notice's when one of them matches it, and a text is a notice when at least `NOTICE_SENTENCES` of
its sentences are and they are at least half of them. A news report about logins or cookies names them
in a sentence or two among many; a notice is little else. Where a topic has news of its own (ad blockers,
accounts), a pattern is what the site says to its reader ("disable your ad blocker", "verify your
account"), not the topic's words, which a short report about it has in most of its sentences. A short page
(under `NOTICE_SHORT` words) has room for one sentence: there one of `SHORT_NOTICE_RULES`' phrases, which
no report uses ("you must log in to continue", "this site uses cookies"), is enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NOTICE_SENTENCES = 2  # a notice has at least this many notice sentences (and they are half its sentences)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_IC = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class NoticeRule:
    name: str
    reason: str
    pattern: re.Pattern[str]


NOTICE_RULES: tuple[NoticeRule, ...] = (
    NoticeRule(
        "sign-in",
        "a sign-in or sign-up wall",
        re.compile(
            r"\bsign (?:in|up) (?:using|with)\b|\bplease sign (?:in|up)\b|\balready have an account\b"
            r"|\bforgot (?:your )?password\b|\b(?:create|activate|verify) your (?:account|profile)\b"
            r"|\b(?:you must|please|log ?in or|sign (?:in|up) or) create an account\b"
            r"|\bthank you for registering\b|\bconfirmation e-?mail\b",
            _IC,
        ),
    ),
    NoticeRule(
        "verification",
        "a verification email sent",
        re.compile(r"\bverification (?:e-?mail|message|link)\b", _IC),
    ),
    NoticeRule(
        "cookies",
        "the site's cookies",
        re.compile(r"\b(?:enable|accept|we use) cookies\b|\bcookies and (?:other technologies|data)\b", _IC),
    ),
    NoticeRule(
        "javascript",
        "the reader's browser",
        re.compile(
            r"\b(?:enable|turn on) javascript\b|\bjavascript is (?:disabled|required)\b"
            r"|\b(?:update|upgrade) your browser\b",
            _IC,
        ),
    ),
    NoticeRule(
        "terms",
        "the site's terms",
        re.compile(
            r"\bagree to (?:our|the|these) (?:terms|privacy policy|user agreement)\b"
            r"|\bthese terms of (?:use|service)\b|\bsee our privacy policy\b",
            _IC,
        ),
    ),
    NoticeRule(
        "notifications",
        "the site's email notifications",
        re.compile(r"\bemail notifications?\b|\byour notification has been saved\b", _IC),
    ),
    NoticeRule(
        "not-found",
        "a page not found",
        re.compile(
            r"\bpage (?:you (?:requested|are looking for|were looking for)|(?:was |is )?not found"
            r"|cannot be found)\b|\b(?:error 404|404 (?:error|not found))\b",
            _IC,
        ),
    ),
    NoticeRule(
        "ad-blocker",
        "the reader's ad blocker",
        re.compile(
            r"\b(?:disable|turn off|pause|whitelist) (?:your )?ad ?-?block(?:er)?\b"
            r"|\b(?:you(?:'re| are)|are you) using an? ad ?-?block(?:er)?\b",
            _IC,
        ),
    ),
)
# a literal (lower case) in every match of every rule: a text holding fewer than `NOTICE_SENTENCES` of
# them is no notice, found by a count of each in C, not a regular expression search (most texts)
LITERALS = (
    *("sign ", "account", "password", "profile", "registering", "confirmation e", "verification"),
    *("cookies", "javascript", "browser", "agree to", "terms of", "privacy policy", "notification"),
    *("page you", "not found", "be found", "404", "block"),
)


# a short page (under `NOTICE_SHORT` words) is a notice when one of its sentences, and half of them, hold
# what a site says to its reader and no report says: a log-in prompt, a cookie banner in the site's voice,
# a video player's queue (session 49: "Notice you must log in to continue." was a story of its own among
# the news, titled so). A social network's page stub ("See more of <name> on Facebook") is left thin: it
# joins its story on the name (rule thin-event), as the benchmark's stories hold it
NOTICE_SHORT = 40  # words (as `engine.THIN_WORDS`: a thin page has room for one such sentence only)
SHORT_NOTICE_RULES: tuple[NoticeRule, ...] = (
    NoticeRule(
        "log-in",
        "a log-in prompt",
        re.compile(
            # "you must", or a sentence's first word: "Twitter users must log in to view tweets" is news
            r"(?:^|\byou\s+)must (?:log|sign) ?in to (?:continue|view|read|see)\b"
            r"|\bkeep me (?:logged|signed) in\b|\b(?:log|sign) ?in or sign ?up\b"
            r"|\bforgot account\b|\bdo you want to join facebook\b",  # a social network's log-in box
            _IC,
        ),
    ),
    NoticeRule(
        "site-cookies",
        "a cookie banner in the site's voice",
        re.compile(
            r"\b(?:this (?:site|website)|we) uses? cookies\b|\bconsent to (?:our|the) use of cookies\b"
            # "<name> uses cookies to make your website experience ...": the site speaks to its reader
            r"|\b(?:uses|is using) cookies to (?:make your|give you|deliver a better|improve your)\b"
            r"|\bread more about cookies\b|\bby using our (?:web)?site,? you agree\b",
            _IC,
        ),
    ),
    NoticeRule("video-queue", "a video player's queue", re.compile(r"\bwatch queue\b", _IC)),
    # session 50: short site pages the cleaner keeps, each phrase read on the training file's thin pages
    NoticeRule(
        "site-search",
        "a site's search box",
        re.compile(
            r"\b(?:hit|press) enter to search\b|\bselect the department you want to search in\b"
            r"|\bposting in the form of a question\b|\btry your search again\b|\bperhaps searching can help\b"
            r"|\bwe can(?:'|no)t find what you(?:'| a)re looking for\b|\bplease try another search\b"
            r"|\bthe location you searched for\b",
            _IC,
        ),
    ),
    NoticeRule(
        "embed-widget",
        "a box giving a page's embed code",
        re.compile(
            r"\bembeddable widget\b|\bcopy and paste the embed code\b"
            r"|\bcode changes based on your selection\b",
            _IC,
        ),
    ),
    NoticeRule(
        "paywall",
        "a subscriber wall or a subscription's advertisement",
        re.compile(
            r"\bpurchase a subscription to continue reading\b|\byou must be a (?:digital )?subscriber to\b"
            r"|\bsubscribers get the latest news first\b"
            r"|\bgain (?:a global perspective on|access to global coverage from)\b",
            _IC,
        ),
    ),
    NoticeRule(
        "page-tools",
        "a page's tools for its reader (reactions, votes, its owner's edit link, a legal-help link)",
        re.compile(
            r"\byou can only react up to\b|\balready used that reaction\b|\bmark as (?:not )?useful\b"
            r"|\byou are the owner of this article\b"
            r"|\bgo to the legal help page\b",
            _IC,
        ),
    ),
    NoticeRule(
        "old-browser",
        "an out-of-date browser or plug-in",
        re.compile(
            r"\b(?:update|upgrade) your (?:browser|flash plugin)\b"
            r"|\b(?:flash|javascript) enabled in your browser\b|\byou are using an old version of\b",
            _IC,
        ),
    ),
    NoticeRule(
        "web-archive",
        "a web archive's note on its collection",
        re.compile(
            r"\bthis crawl of online resources\b|\bthis collection contains content\b"
            r"|\bweb archive data from a crawl\b",
            _IC,
        ),
    ),
)


def notice(text: str) -> str | None:
    """The name of the first rule that decides a text is a site notice, else None."""
    if len(text.split()) < NOTICE_SHORT:
        short = _short_notice(text)
        if short is not None:
            return short
    lowered = text.lower()
    held = sum(map(lowered.count, LITERALS))  # at least the notice sentences
    if held < NOTICE_SENTENCES:
        return None
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    if 2 * held < len(sentences):
        return None
    found = [next((r.name for r in NOTICE_RULES if r.pattern.search(s)), None) for s in sentences]
    named = [n for n in found if n is not None]
    if len(named) >= NOTICE_SENTENCES and 2 * len(named) >= len(sentences):
        return named[0]
    return None


def _short_notice(text: str) -> str | None:
    """The rule of `SHORT_NOTICE_RULES` that decides a short text is a notice: one of its sentences, and at
    least half of them, hold one of their phrases, none reported (`reported-notice`)."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    found = [None if _REPORTED.search(s) else _short_rule(s) for s in sentences]
    named = [n for n in found if n is not None]
    return named[0] if named and 2 * len(named) >= len(sentences) else None


def _short_rule(sentence: str) -> str | None:
    return next((r.name for r in SHORT_NOTICE_RULES if r.pattern.search(sentence)), None)


# rule `reported-notice` (review50): a sentence that reports someone's words or finding is news about a site,
# not the site speaking ("Regulators said Facebook uses cookies to give you targeted ads", "Contestants must
# be posting in the form of a question, the host reminded viewers")
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|according to|reported|ruled|found that|reminded|warned|wrote)\b",
    re.IGNORECASE,
)
