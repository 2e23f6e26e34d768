"""An empty summary, refused where a user asked for one: the command line (`brief`, `batch`) and the
web app's `/api/brief` and form (a 422 with the same reason, `web/jobs.py`).

The Python API briefs any text and returns an empty summary as it is (a few lines are briefed for their
names and quotes); `pipeline.brief_raws(..., refuse_empty=True)` and `batch`'s command raise instead,
with the first of the rules below that explains it. A word budget no sentence a summary may use can
ever fit (under `MIN_WORDS`) is a usage error before any input is read (`check_words`).
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import InputError, UsageError
from .model import Budget, Story
from .summarize.base import MAX_WORDS, MIN_WORDS, is_candidate

# (name, applies to the usable sentences' lengths and the budget, what the error says given those, the
# method and how options are named: "--" on the command line, "" for a web request's fields), first
# match wins.
Rule = tuple[str, Callable[[list[int], Budget], bool], Callable[[list[int], Budget, str, str], str]]

RULES: tuple[Rule, ...] = (
    (
        "no prose",  # a list of links, a few words, a table: nothing any summarizer picks from
        lambda n, b: not n,
        lambda n, b, m, f: (
            f"no prose to brief: no sentence of {MIN_WORDS} to {MAX_WORDS} words that ends like one"
        ),
    ),
    (
        "over the word budget",  # every usable sentence is longer than --words
        lambda n, b: b.words is not None and min(n) > b.words,
        lambda n, b, m, f: (
            f"no sentence fits {f}words {b.words}: the shortest a summary may use has {min(n)} words"
        ),
    ),
    (
        "none chosen",  # the method picked nothing it could have picked (ilp at some budgets)
        lambda n, b: True,
        lambda n, b, m, f: f"method {m} chose no sentence within {_budget_text(b, f)}",
    ),
)


def _budget_text(budget: Budget, flag: str) -> str:
    return (
        f"{flag}sentences {budget.sentences}"
        if budget.sentences is not None
        else f"{flag}words {budget.words}"
    )


def why_empty(story: Story, budget: Budget, method: str, flag: str = "--") -> str:
    """Why `method` gave `story` an empty summary within `budget`: the first rule of `RULES` that applies
    (options named with `flag`: "" names a web request's fields)."""
    lengths = [s.words for s in story.sentences if is_candidate(s)]
    return next(say(lengths, budget, method, flag) for _, applies, say in RULES if applies(lengths, budget))


def refusal(story: Story, budget: Budget, method: str, flag: str = "--") -> InputError:
    """The error for a story briefed to an empty summary: its documents and why (`why_empty`)."""
    sources = ", ".join(d.source for d in story.documents) or None
    return InputError(why_empty(story, budget, method, flag), sources)


def check_words(words: int | None, sentences: int | None, flag: str = "--") -> None:
    """A `UsageError` naming `--words` (`flag` + "words") when it is below `MIN_WORDS` and no sentence
    budget replaces it: every summary would be empty (the shortest sentence a summary may use has
    `MIN_WORDS` words); and when it is below 1 at all (`--words 0` was told "at least 1", then `-w 1`
    "give 6 or more")."""
    if words is not None and words < MIN_WORDS and (sentences is None or words < 1):
        raise UsageError(
            f"{words} is below {MIN_WORDS}, the fewest words of a sentence a summary may use;"
            f" give {MIN_WORDS} or more",
            f"{flag}words",
        )
