"""A timeline story (articles of days apart, each on its own event): every article's lead comes in."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from test_features import make_story

from newsbrief.model import Budget, Story
from newsbrief.summarize import features as F
from newsbrief.summarize.default import DefaultSummarizer
from newsbrief.summarize.opening import lead_of
from newsbrief.summarize.timeline import RULES, day, timeline

# A cycling race told over three weeks, one article a step, each opening on its event.
RACE = [
    [
        "Jon Tallis of Harwick won the opening time trial of the Tour of Wessex in Dorchester.",
        "The Tour of Wessex riders covered the flat course along the river in under nine minutes.",
        "The Tour of Wessex crowd along the river cheered every rider who crossed the line.",
        "The Tour of Wessex organisers said the weather had been kind to the riders all day.",
    ],
    [
        "Dana Whitcombe took the mountain stage to Exmoor and the race leader's jersey.",
        "The Tour of Wessex riders climbed three passes in heavy rain before the finish.",
        "The Tour of Wessex team cars struggled on the narrow roads over the moor.",
        "The Tour of Wessex doctor treated two riders who fell on the last descent.",
    ],
    [
        "Police found two explosive devices on the route of the Tour of Wessex near Bridport.",
        "The Tour of Wessex stage was delayed by an hour while the road was searched.",
        "The Tour of Wessex riders waited in their team buses at the start in the town square.",
        "The Tour of Wessex organisers thanked the police for their quick work on the road.",
    ],
    [
        "Dana Whitcombe won the Tour of Wessex overall by two minutes in Salisbury.",
        "The Tour of Wessex riders finished with a lap of the cathedral close at dusk.",
        "The Tour of Wessex crowd in the market square was the largest of the race.",
        "The Tour of Wessex organisers said next year's race would start in Bath.",
    ],
]
DATES = [
    "Saturday, July 7, 2007",
    "Sunday, July 15, 2007",
    "Wednesday, July 25, 2007",
    "Sunday, July 29, 2007",
]


def _dated(docs: list[list[str]], dates: list[str | None]) -> Story:
    story = make_story(docs)
    documents = tuple(replace(d, date=date) for d, date in zip(story.documents, dates, strict=True))
    return Story(documents, story.sentences)


def _leads(story: Story) -> list[int]:
    return [int(i) for i in lead_of(story, F.compute(story))]


def test_day_reads_a_date_line() -> None:
    assert day("Saturday, July 7, 2007") == (2007, 7, 7)
    assert day("Dec. 29, 2004") == (2004, 12, 29)
    assert day("2005/01/08") == (2005, 1, 8)
    assert day("Updated at noon") is None
    assert day(None) is None


def test_day_reads_the_dates_feeds_give() -> None:
    # session 28 review S2b: a feed entry's date as RSS and Atom write it (feeds.py stores it as given)
    assert day("Mon, 05 Jan 2026 10:00:00 GMT") == (2026, 1, 5)
    assert day("2026-01-05T10:00:00Z") == (2026, 1, 5)
    assert day("2026-01-05T10:00:00+01:00") == (2026, 1, 5)
    assert day("5 January 2026") == (2026, 1, 5)
    assert day("Saturday, 7 July 2007") == (2007, 7, 7)
    assert day("12 Monkeys, 1995") is None
    # session 29 review S6: a web address's dated path, read before 15e8b14 and refused by its look-ahead
    assert day("/2026/01/05/harwick-fire") == (2026, 1, 5)
    assert day("2026-01-05-harwick-fire") == (2026, 1, 5)
    assert day("2026-01-051") is None


def test_day_reads_what_the_date_libraries_read() -> None:
    # session 30: RSS and Atom dates read by email.utils and datetime.fromisoformat, so the forms the
    # hand-written patterns never read come too: RFC 822's two-digit year, ISO 8601's basic and week dates
    assert day("Mon, 05 Jan 26 10:00:00 GMT") == (2026, 1, 5)
    assert day("20260105T100000Z") == (2026, 1, 5)
    assert day("2026-W02-1") == (2026, 1, 5)
    # a day no calendar has: the libraries refuse it, the patterns still read it (no span: `_weeks_apart`)
    assert day("Mon, 30 Feb 2026 10:00:00 GMT") == (2026, 2, 30)
    assert day("2026-02-30T10:00:00Z") == (2026, 2, 30)


def test_a_timeline_takes_every_lead_in_the_order_of_days() -> None:
    # the articles' order is not the days': the leads come in by day
    order = [2, 0, 3, 1]
    story = _dated([RACE[k] for k in order], [DATES[k] for k in order])
    leads = _leads(story)
    ok = np.ones(len(story.sentences), dtype=bool)
    assert timeline(story, np.array(leads), ok) == (leads[1], leads[3], leads[0], leads[2])


def test_no_timeline_without_dates_on_days_apart() -> None:
    ok = np.ones(sum(map(len, RACE)), dtype=bool)
    undated = _dated(RACE, [None] * 4)
    assert timeline(undated, np.array(_leads(undated)), ok) == ()
    one_day = _dated(RACE, ["Saturday, July 7, 2007"] * 3 + ["Sunday, July 8, 2007"])
    assert timeline(one_day, np.array(_leads(one_day)), ok) == ()


def test_no_timeline_for_a_burst_of_reports_on_one_day() -> None:
    # session 28 (review S4): two of four articles on one day are reports of that day's news, not a
    # series of one article a day (DAY_SHARE)
    ok = np.ones(sum(map(len, RACE)), dtype=bool)
    burst = _dated(RACE, [DATES[0], DATES[0], DATES[2], DATES[3]])
    leads = dict(enumerate(_leads(burst)))
    assert [r.name for r in RULES if not r.test(burst, leads)] == ["dated-days"]
    assert timeline(burst, np.array(_leads(burst)), ok) == ()


def test_no_timeline_for_one_event_reported_over_a_few_days() -> None:
    # Rule weeks-apart (session 27, lead): four articles on four days of one week are an event unfolding
    # (a strike's days, a trial's), however apart their leads read: dated feeds give such stories often.
    few_days = _dated(RACE, [f"July {d}, 2007" for d in (7, 8, 9, 10)])
    leads = dict(enumerate(_leads(few_days)))
    assert [r.name for r in RULES if not r.test(few_days, leads)] == ["weeks-apart"]
    ok = np.ones(sum(map(len, RACE)), dtype=bool)
    assert timeline(few_days, np.array(_leads(few_days)), ok) == ()
    no_day = _dated(RACE, [*DATES[:3], "February 30, 2007"])
    assert not next(r for r in RULES if r.name == "weeks-apart").test(no_day, leads)


def test_no_timeline_when_the_leads_state_one_event() -> None:
    # the same event told by every article (a quote or fact link between their leads): one event
    lead = "Police arrested Jon Tallis in Harwick on Monday after a raid on his farm."
    story = _dated([[lead, *doc[1:]] for doc in RACE], DATES)
    failing = [r.name for r in RULES if not r.test(story, dict(enumerate(_leads(story))))]
    assert failing == ["leads-apart", "leads-unlinked"]


def test_the_default_summary_of_a_timeline_holds_every_lead() -> None:
    story = _dated(RACE, DATES)
    chosen = DefaultSummarizer().select(story, Budget(words=60))
    assert set(_leads(story)) <= set(chosen)
    undated = DefaultSummarizer().select(_dated(RACE, [None] * 4), Budget(words=60))
    assert not set(_leads(story)) <= set(undated)


# One resignation told over eight days: three leads state the same event in other words (align links
# them `related`, not `fact`), the fourth its sequel.
RESIGNATION = [
    [
        "Harwick mayor Jon Tallis resigned on Monday after a month of protests over the town budget.",
        "Tallis said he had lost the trust of the council and would leave office at the end of the month.",
        "The council will choose an interim mayor at a special meeting next week.",
        "Residents had marched on the town hall every weekend since the budget cut library hours.",
    ],
    [
        "Harwick is looking for a new leader after its embattled mayor stepped down over the library row.",
        "His departure follows weeks of marches against cuts to the library and the swimming pool.",
        "Dana Whitcombe, the deputy mayor, is expected to take over until an election in the spring.",
        "Tallis thanked his staff in a short letter posted on the town website.",
    ],
    [
        "The resignation of Harwick's mayor leaves the town without a leader as winter approaches.",
        "Council members said they were surprised by the timing of the announcement.",
        "Dana Whitcombe said she would restore the library hours if she became mayor.",
        "The budget dispute has divided the town since the summer.",
    ],
    [
        "Harwick councillors chose Dana Whitcombe as interim mayor to replace Jon Tallis, who quit.",
        "Whitcombe won the vote by five to two at a special meeting in the town hall.",
        "She promised to reopen the library on Saturdays from next month.",
        "An election for a new mayor will be held in April.",
    ],
]


def test_no_timeline_when_the_leads_retell_one_event() -> None:
    # Rule leads-unlinked (session 28 review S2): the leads are paraphrases of one resignation, linked in
    # nearly every pair though never as one fact: the same news would come three times
    dates = [
        "Monday, January 5, 2026",
        "Tuesday, January 6, 2026",
        "Friday, January 9, 2026",
        "Tuesday, January 13, 2026",
    ]
    story = _dated(RESIGNATION, dates)
    leads = dict(enumerate(_leads(story)))
    assert [r.name for r in RULES if not r.test(story, leads)] == ["leads-unlinked"]
    ok = np.ones(len(story.sentences), dtype=bool)
    assert timeline(story, np.array(_leads(story)), ok) == ()
    race = _dated(RACE, DATES)
    assert next(r for r in RULES if r.name == "leads-unlinked").test(race, dict(enumerate(_leads(race))))


def test_a_year_past_any_calendar_is_no_day_and_no_crash() -> None:
    # session 31 review M1: the date libraries raise OverflowError on such a year; a brief still comes
    assert day("Mon, 05 Jan 99999999999999999999 10:00:00 GMT") is None
    assert day("99999999999999999999-01-05") is None


def test_session33_a_year_written_0000_is_no_day() -> None:
    # session 31 review N5: email.utils read the four-digit year "0000" as the two-digit "00", the year 2000
    assert day("Mon, 05 Jan 0000 10:00:00 GMT") is None
    assert day("0001-01-01") is None
    assert day("5 January 0999") is None
    assert day("Mon, 05 Jan 26 10:00:00 GMT") == (2026, 1, 5)  # a two-digit year as RFC 822 writes it
    assert day("Mon, 05 Jan 1026 10:00:00 GMT") == (1026, 1, 5)
