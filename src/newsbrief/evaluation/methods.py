"""The methods eval can score: every summarizer, plus those that read the references (the oracle)."""

from __future__ import annotations

from importlib import import_module

from ..summarize import Summarizer

# name -> "module:attribute" of methods that exist only in eval: those that need reference summaries,
# and `compressed`, whose sentences are spans of source sentences that briefs cannot show yet.
EVAL_ONLY: dict[str, str] = {
    "oracle": "newsbrief.evaluation.oracle:OracleSummarizer",
    "compressed": "newsbrief.summarize.compressed:CompressedSummarizer",
}
# Methods eval runs only when asked for by name: `ilp` costs about ten times the default's selection
# time per story (docs/HISTORY.md, session 6), so a plain `newsbrief eval` would spend most of its time there.
# `compressed` is opt-in while it is measured (in session 33 it did not beat the default on the dev files).
ON_REQUEST: tuple[str, ...] = ("ilp", "compressed")


def names() -> list[str]:
    from .. import summarize

    return [*summarize.names(), *EVAL_ONLY]


def defaults() -> list[str]:
    """The methods a plain `newsbrief eval` (no --methods) runs: every one but the slow ones."""
    return [m for m in names() if m not in ON_REQUEST]


def get(name: str, **options: object) -> Summarizer:
    """A summarizer or an eval-only method by name; `KeyError` names the known ones."""
    if name in EVAL_ONLY:
        module, attr = EVAL_ONLY[name].split(":")
        return getattr(import_module(module), attr)(**options)
    from .. import summarize

    if name not in summarize.SUMMARIZERS:
        raise KeyError(f"unknown method {name!r}; choose one of {', '.join(names())}")
    return summarize.get(name, **options)
