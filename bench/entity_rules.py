"""What each entity rule adds per label file, and the rules chosen leaving one file out (`--rule-table`).

Every kind rule of `analyze/kinds.py` (`KIND_RULES`) and every story-level step of `analyze/entities.py`
(`STORY_STEPS` below) is switched off in turn and the entity mentions scored again against each file's
labels (exact span and kind, as `bench_analysis` scores them). A rule's cell is "+true/+false": the true
and the false mentions the rule adds when on (negative: it removes them; `.` when it changes nothing).
A rule is *flagged* when it changes mentions on one file only, or adds more false than true mentions on
a file where it changes five or more: to be dropped or tightened. Leave-one-file-out: for each file F,
the rules that change mentions on one of the other files at most, or add more false than true mentions
pooled over them, are switched off and F scored; F's figure is then a choice of rules made without
looking at F (the rules themselves were written with every tuning file in view: it is an upper
bound on what holds on unseen text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import label_scoring as labels

from newsbrief.analyze import entities as E
from newsbrief.analyze import find_entities
from newsbrief.analyze import kinds as K

# story-level steps of entities.py and how each is switched off (the module attribute, its stand-in)
STORY_STEPS: dict[str, tuple[str, Callable[..., Any] | bool]] = {
    "story:org-enumeration": ("_listed_with_organisations", lambda text, cs: list(cs)),
    "story:place-prefixed": ("_place_prefixed", lambda mentions: mentions),
    "story:place-police": ("_place_forces", lambda documents, cands: [list(cs) for cs in cands]),
    "story:place-acronym": ("_place_acronyms", lambda cands: [list(cs) for cs in cands]),
    "story:company-short-forms": ("_company_short_forms", lambda *a: {}),
    "story:short-form-in-parentheses": ("_short_forms_in_parentheses", lambda *a: {}),
    "story:surname-confirmed": ("_surname_confirmed", lambda *a: False),
    "story:place-given-name": ("_place_given_name", lambda text, cs, surnames: list(cs)),
    "story:first-name-heads": ("_first_name_heads", lambda c: False),
    "story:unknown-run-is-person": ("UNKNOWN_RUN_IS_PERSON", False),
}
_MIN_CHANGES = 5  # a rule must change this many mentions on a file before its balance there counts


@dataclass
class Prepared:
    """One label file's stories, cleaned and segmented once, with their labelled mentions."""

    name: str
    stories: list[tuple[Any, list[list[tuple[int, int, str]]]]]


def prepare(name: str, stories: Sequence[labels.LabelledStory]) -> Prepared:
    out = []
    for st in stories:
        story = labels.prepare(st)
        out.append((story, labels.gold_entities(st, story)))
    return Prepared(name, out)


@contextmanager
def switched_off(names: set[str]) -> Iterator[None]:
    """The kind rules and story steps named, off for the duration."""
    saved_rules = K.KIND_RULES
    saved = {attr: getattr(E, attr) for n, (attr, _) in STORY_STEPS.items() if n in names}
    K.KIND_RULES = tuple(r for r in saved_rules if r.name not in names)
    for n, (attr, stand_in) in STORY_STEPS.items():
        if n in names:
            setattr(E, attr, stand_in)
    try:
        yield
    finally:
        K.KIND_RULES = saved_rules
        for attr, value in saved.items():
            setattr(E, attr, value)


def mentions(p: Prepared) -> tuple[set[tuple[int, int, int, int, str]], set[tuple[int, int, int, int, str]]]:
    """The predicted mentions of a file (story, doc, start, end, kind), and the labelled ones."""
    pred, gold = set(), set()
    for i, (story, golds) in enumerate(p.stories):
        ents = find_entities(story, "rules")
        for ent in ents.entities:
            pred.update((i, m.doc, m.start, m.end, ent.kind) for m in ent.mentions)
        for d, g in enumerate(golds):
            gold.update((i, d, s, e, k) for s, e, k in g if k in labels.KINDS)
    return pred, gold


def score(p: Prepared, off: set[str] = frozenset()) -> labels.PRF:  # type: ignore[assignment]
    with switched_off(set(off)):
        pred, gold = mentions(p)
    return labels.PRF(len(pred & gold), len(pred - gold), len(gold - pred))


def rule_names() -> list[str]:
    return [r.name for r in K.KIND_RULES] + list(STORY_STEPS)


def _flagged(cells: dict[str, tuple[int, int, int]], files: Sequence[str]) -> str | None:
    """Why a rule is flagged on these files (None: it is not)."""
    firing = [f for f in files if cells[f][2]]
    if len(firing) == 1:
        return f"one file only ({firing[0]})"
    for f in files:
        tp, fp, changed = cells[f]
        if changed >= _MIN_CHANGES and fp > tp:
            return f"+{tp}/+{fp} on {f}"
    return None


def _lofo_off(cells: dict[str, tuple[int, int, int]], files: Sequence[str]) -> bool:
    """Off when F is left out: a rule the other files show fitted to one file, or harmful on them."""
    firing = [f for f in files if cells[f][2]]
    return len(firing) <= 1 or sum(cells[f][0] for f in files) < sum(cells[f][1] for f in files)


def table(files: Sequence[Prepared]) -> None:
    """Print the per-rule table and the leave-one-file-out scores."""
    base = {}
    for p in files:
        with switched_off(set()):
            base[p.name] = mentions(p)
    cells: dict[str, dict[str, tuple[int, int, int]]] = {}
    for rule in rule_names():
        cells[rule] = {}
        for p in files:
            with switched_off({rule}):
                pred, gold = mentions(p)
            on, _ = base[p.name]
            tp = len(on & gold) - len(pred & gold)
            fp = len(on - gold) - len(pred - gold)
            cells[rule][p.name] = (tp, fp, len(on ^ pred))
    names = [p.name for p in files]
    short = [n.removesuffix(".json").removesuffix("-unseen") for n in names]
    print("\n=== entity rules: true/false mentions each adds (on minus off), per file ===")
    print(f"{'rule':30}" + "".join(f"{s:>11}" for s in short) + f"{'all':>11}  flagged")
    for rule, row in cells.items():
        tps = sum(row[n][0] for n in names)
        fps = sum(row[n][1] for n in names)
        line = "".join(f"{_cell(row[n]):>11}" for n in names)
        why = _flagged(row, names) or ""
        print(f"{rule:30}{line}{f'+{tps}/+{fps}':>11}  {why}")
    print("\n=== leave one file out: rules that fire on one other file at most, or add more false than true")
    print("    mentions pooled over the other files, switched off; F scored ===")
    print(f"{'file':22}{'shipped F1':>12}{'LOFO F1':>10}  rules off")
    for p in files:
        others = [n for n in names if n != p.name]
        off = {r for r, row in cells.items() if _lofo_off(row, others)}
        pred, gold = base[p.name]
        shipped = labels.PRF(len(pred & gold), len(pred - gold), len(gold - pred))
        lofo = score(p, off) if off else shipped
        print(f"{p.name:22}{shipped.f1:12.3f}{lofo.f1:10.3f}  {', '.join(sorted(off)) or '-'}")


def _cell(c: tuple[int, int, int]) -> str:
    tp, fp, changed = c
    return "." if not changed else f"{tp:+d}/{fp:+d}"
