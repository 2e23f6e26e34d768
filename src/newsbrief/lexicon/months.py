"""Month and weekday names, the one home of the stages that read them: align's days of a month and months
with no day (`features._DAY`, `_MONTH`, `_MONTH_HINT`, `_STREET`), its clause reader's test of "may"
(`claims.month_may`), and the weekdays a name run ends at (`features._RUN_DAYS`, `_NOT_A_PERSON`).
"""

from __future__ import annotations

MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December"),
)
# the days of the week, capitalised as written: a day is a name of its own, no person's nor part of one
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# the short forms written with a stop (AP style: March to July are written whole), as a month with no day
# reads them ("in Sept."): the key is still the first three letters
SHORT_WITH_STOP = ("Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
# words a month follows and a modal never does ("in may", "since may", "mid-may"): rule `month-may`
BEFORE_MONTH = frozenset(
    ("in", "since", "until", "till", "by", "of", "from", "through", "last", "next", "early", "late", "mid")
)


def spellings(month: str) -> tuple[str, ...]:
    """How a month is written before a day, longest first: whole, short ("Sept" too), so "Sept. 30",
    "Aug 7", "June 2" all read ("September" -> September, Sept, Sep)."""
    out = [month]
    if month == "September":
        out.append("Sept")
    if len(month) > 3:
        out.append(month[:3])
    return tuple(out)


def names_pattern() -> str:
    """The twelve months written whole, as a regex alternation."""
    return "|".join(MONTHS)


def day_pattern() -> str:
    """Every spelling of a month before a day (`spellings`), as a regex alternation."""
    return "|".join(s for m in MONTHS for s in spellings(m))


def short_pattern() -> str:
    """The short forms with their stop (`SHORT_WITH_STOP`), as a regex alternation."""
    return "|".join(s.replace(".", r"\.") for s in SHORT_WITH_STOP)


def hint_pattern() -> str:
    """The first three letters of each month, as a regex alternation: the cheap test before a month."""
    return "|".join(dict.fromkeys(m[:3] for m in MONTHS))
