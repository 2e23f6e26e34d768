"""A timeline story: articles that each report their own event, every article's lead in the summary.

A topic told over time (a WikiNews series: the Tour's prologue, a stage, a doping case, the final
classification, each dated and each opening on its event) is no one event many outlets report: the
news is the sequence, and each article's lead states one step of it. Concept coverage per word
favours short sentences that share the topic's words, so it spends the budget on one article's
details and leaves steps out (MultiLing 2011: lead ahead of the default on R2).

A story is a timeline when every rule of `RULES` holds:

1. `dated-days`: the articles with a lead are dated (`Document.date`, the date line cleaning
   removed, on a line of its own or run into the lead: rule date-prefix) on at least TIMELINE_DOCS
   days, and on as many days as DAY_SHARE of them: a series, one article a day, not a burst of
   reports of one day's news (DUC 2003's clusters dated from their document ids: 7 of 30 pass at
   0.8, 12 at a half, and a summary of leads scores below the default's there; MultiLing 2011's
   series: 8 to 10 days for 10 articles);
2. `weeks-apart`: those days span at least SPAN_DAYS: a topic followed over weeks, not one event
   reported on the days it unfolds (a strike's three days, a trial's week of reports);
3. `leads-apart`: at most LINKED of the leads state a fact or a quotation another article states
   (an align quote or fact link): each lead tells an event of its own, not the shared one;
4. `leads-unlinked`: at most LINKED_PAIRS of the pairs of leads are linked at all, `related` too: the
   leads of one event told over days ("Jon Tallis resigned on Monday" / "Harwick is looking for a new
   leader after its mayor stepped down" / "The resignation of Harwick's mayor ...") are paraphrases
   align seldom calls one fact, but it links nearly every pair of them; a topic's steps seldom are
   (MultiLing 2011's dated series: at most 0.42 of their lead pairs linked).

Then every article's lead (`leads`) comes into the summary after the opening, in the articles'
order of days (an undated one after them), each while it still fits and repeats no chosen sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import numpy as np

from ..lexicon.months import MONTHS
from ..model import SUPPORT_KINDS, Story

TIMELINE_DOCS = 3  # a timeline has at least this many dated articles, on as many days
DAY_SHARE = 0.8  # at least this share of the articles each on a day of its own
LINKED = 0.25  # at most this share of the leads states what another article states
SPAN_DAYS = 7  # the dated days span at least a week
LINKED_PAIRS = 0.5  # at most this share of the pairs of leads is linked at all

_MONTH = {m.lower()[:3]: k for k, m in enumerate(MONTHS, 1)}
# What the libraries read (`_feed_day`) is what feeds write, the whole date: RSS's RFC 2822 ("Mon, 05 Jan
# 2026 10:00:00 GMT", email.utils) and Atom's ISO 8601 ("2026-01-05T10:00:00Z", datetime.fromisoformat).
# Written by hand, what they do not read: a date inside other words — a date line ("Saturday, July 7,
# 2007", "Dec. 29, 2004", "Saturday, 7 July 2007", "5 January 2026": neither library knows a month's
# full name or a comma after the day) or a web address's path ("/2026/01/05/harwick-fire") — and
# "2005/01/08"; and a day no calendar has ("Mon, 30 Feb 2026 ...": both libraries refuse it, the
# patterns read it and `_weeks_apart` finds no span).
_WRITTEN = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DAY_FIRST = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_NUMERIC = re.compile(r"\b(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?!\d)")
# RFC 2822's year written in four digits: email.utils reads a year below 100 as two digits ("05 Jan 26" is
# 2026), four digits too ("05 Jan 0000" was 2000: session 31 review N5); a year as written is that year
_FOUR_DIGIT_YEAR = re.compile(r"\b\d{1,2}\s+[A-Za-z]{3}\s+(\d{4})\b")
# Rule no-ancient-day: a year before this is no date line's ("0000", "0001-01-01": a placeholder), no day
FIRST_YEAR = 1000


def _feed_day(date: str) -> tuple[int, int, int] | None:
    """The day of a whole RFC 2822 or ISO 8601 date (its own time zone's day), None for any other text."""
    for read in (parsedate_to_datetime, datetime.fromisoformat):
        try:
            d = read(date)
        except (TypeError, ValueError, IndexError, OverflowError):  # a year past any calendar's
            continue
        if (
            read is parsedate_to_datetime
            and (y := _FOUR_DIGIT_YEAR.search(date))
            and int(y.group(1)) != d.year
        ):
            continue  # a four-digit year read as two ("0000" as 2000)
        return d.year, d.month, d.day
    return None


def day(date: str | None) -> tuple[int, int, int] | None:
    """The day (year, month, day) a document's date line names, None when it names none or one of a year
    before `FIRST_YEAR` (rule no-ancient-day)."""
    found = _written_day(date)
    return found if found is None or found[0] >= FIRST_YEAR else None


def _written_day(date: str | None) -> tuple[int, int, int] | None:
    """`day` before rule no-ancient-day: the day the date line names as written."""
    if not date:
        return None
    found = _feed_day(date)
    if found is not None:
        return found
    m = _WRITTEN.search(date)
    if m and m.group(1).lower()[:3] in _MONTH:
        return int(m.group(3)), _MONTH[m.group(1).lower()[:3]], int(m.group(2))
    m = _DAY_FIRST.search(date)
    if m and m.group(2).lower()[:3] in _MONTH:
        return int(m.group(3)), _MONTH[m.group(2).lower()[:3]], int(m.group(1))
    m = _NUMERIC.search(date)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


@dataclass(frozen=True)
class Rule:
    """One named rule: `test(story, leads)` is True when the story may be a timeline."""

    name: str
    reason: str
    test: Callable[[Story, dict[int, int]], bool]


def _dated_days(story: Story, leads: dict[int, int]) -> bool:
    days = {day(story.documents[d].date) for d in leads} - {None}
    return len(days) >= max(TIMELINE_DOCS, DAY_SHARE * len(leads))


def _weeks_apart(story: Story, leads: dict[int, int]) -> bool:
    days = sorted({day(story.documents[d].date) for d in leads} - {None})
    try:
        return len(days) > 1 and (date(*days[-1]) - date(*days[0])).days >= SPAN_DAYS
    except ValueError:  # a date line no calendar has ("February 30"): no span to read
        return False


def _leads_apart(story: Story, leads: dict[int, int]) -> bool:
    doc = [s.doc for s in story.sentences]
    lead = set(leads.values())
    linked = {
        i
        for k in story.alignment.links
        if k.kind in SUPPORT_KINDS and doc[k.a] != doc[k.b]
        for i in (k.a, k.b)
        if i in lead
    }
    return len(linked) <= LINKED * len(lead)


def _leads_unlinked(story: Story, leads: dict[int, int]) -> bool:
    lead = set(leads.values())
    pairs = len(lead) * (len(lead) - 1) // 2
    doc = [s.doc for s in story.sentences]
    linked = {
        (min(k.a, k.b), max(k.a, k.b))
        for k in story.alignment.links
        if k.a in lead and k.b in lead and doc[k.a] != doc[k.b]
    }
    return len(linked) <= LINKED_PAIRS * pairs


RULES: tuple[Rule, ...] = (
    Rule("dated-days", "the articles are dated, on days apart", _dated_days),
    Rule("weeks-apart", "the dated days span a week or more: a topic over time", _weeks_apart),
    Rule("leads-apart", "few leads state what another article states: each its own event", _leads_apart),
    Rule("leads-unlinked", "few pairs of leads are linked at all: not one event told again", _leads_unlinked),
)


def leads(story: Story, first: np.ndarray, ok: np.ndarray) -> dict[int, int]:
    """Per document with a lead (`first[d]`, -1 for none) that may come in alone (`ok`): that lead."""
    return {d: int(i) for d, i in enumerate(first) if i >= 0 and ok[i]}


def timeline(story: Story, first: np.ndarray, ok: np.ndarray) -> tuple[int, ...]:
    """The leads to take after the opening when the story is a timeline (every rule of `RULES`
    holds), in the order of their articles' days; () otherwise. `first[d]`: document d's lead (-1:
    none); `ok`: the sentences that may come in alone."""
    found = leads(story, first, ok)
    if len(found) < TIMELINE_DOCS or not all(rule.test(story, found) for rule in RULES):
        return ()
    when = {d: day(story.documents[d].date) for d in found}
    return tuple(found[d] for d in sorted(found, key=lambda d: (when[d] is None, when[d] or (0, 0, 0), d)))
