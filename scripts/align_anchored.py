"""Clause-level, argument-anchored matching measured on the labelled align files (issue 14, session 51).

    python scripts/align_anchored.py [--files align-tune ...] [--form strict|loose|roles] [--show]

Session 51's experiment (not shipped). The tuned misses tell one act with two verbs that no table pairs
(session 50: mined verb pairs add no right link), so this asks whether the *arguments* can stand in for the
verb: two clause claims (`features.claims_of`) with different predicates (no `equivalents.txt` group either),
neither a linking claim nor an event noun, alike in negation, hedge, modality, habit and "another", whose
shared arguments give an evidence class (`anchor_class`: two participants; a participant and a number; a
participant and a year; a word most articles do not use, `features.common`, and one more argument), with
the guards `claims.match` applies to its own routes (the subjects alike or the passive's subject the active's
object, no other doer, two arguments shared, the object sides sharing something, no object of another head
or another party, no `claims.clash`), the lighter claim's arguments stated `rules.CLAIM_STATED` by the other.
`--form loose` drops the subject test; `--form roles` asks instead for a participant shared on the subject
side and a participant or number shared on the object side (the same two participants in the same roles).

A pair counts as an add when the rule table does not cite it now and no rule before `shared-point` (where
the rule would sit) decides it, and when it passes `rules.clashes` (the check every citing rule makes) and
is neither a question nor a fragment. Printed: right and false adds per class and file (leave-one-file-out
reads them per file), and the stage each missed quote/fact pair reaches (why the arguments do not anchor).

Measured on the eight tuning files (citations 330 right, 6 false, 230 missed), session 51:
- strict: names 1 right / 10 false, name-number 0 / 3, name-date 0 / 0, rare-noun 1 / 5 (2 / 18 in all; the
  rule built into the stage gave the same 2 / 18, file by file); loose: 4 / 48; roles: 1 / 1 (the right one
  the two-bequests pair of sentences session 42 would not cite on its numbers alone). No class reaches one
  false add per four right ones pooled, nor holds in more than one file (names: 1 right / 0 false in
  align-frozen2, 10 false in five other files); nothing shipped. On the seeds the strict form adds one false
  citation ("is rolling the dice as he walks into a historic meeting with ... Kim" / "'s unexpected
  decision to meet with ... Kim has elicited sharply divided responses": "unexpected" read as a verb).
- Why so few: of the 232 missed quote/fact pairs as `align_lofo.collect` reads them, 21 are never compared,
  33 are decided before the rule, 40 have a sentence with no claim read, 121 have claims on both sides but
  no two clauses sharing an anchor (82 of them anchor as whole sentences: the shared participant sits in
  another clause, or the only anchor is a name the whole story repeats), 6 differ in modality, 7 have no
  subject alike, 2 fail the argument guards, 2 pass.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from align_lofo import FILES, Row, collect, judge  # noqa: E402

from newsbrief.align import claims as C  # noqa: E402
from newsbrief.align.features import claims_of  # noqa: E402
from newsbrief.align.pairs import equivalents  # noqa: E402
from newsbrief.align.rules import CLAIM_STATED, RULES, _weights, clashes  # noqa: E402

STAGES = (
    "no-claims",
    "no-anchor-in-clauses",
    "modality-differs",
    "no-subject",
    "argument-guards",
    "clash",
    "passes",
)
_AFTER = {r.name for r in RULES[[r.name for r in RULES].index("shared-point") :]} | {"unrelated"}


def anchor_class(shared: frozenset[str]) -> str | None:
    """What two claims' shared arguments anchor them by: "names", "name-number", "name-date", "rare-noun"."""
    named = sum(c[:2] == "E:" and c not in C.WEEKDAYS for c in shared)
    if named >= 2:
        return "names"
    if named and any(c[:2] == "N:" for c in shared):
        return "name-number"
    if named and any(c[:2] == "Y:" for c in shared):
        return "name-date"
    if len(shared - C.WEEKDAYS) >= 2 and C._rare_word(shared):
        return "rare-noun"
    return None


def _subject(x: C.ClauseClaim, y: C.ClauseClaim, form: str, groups: dict[str, int]) -> bool:
    """The two claims' sides line up as `form` asks (see the module docstring)."""
    if x.passive == y.passive:
        sub, obj = x.before & y.before, x.after & y.after
        loose = bool(sub - C.WEEKDAYS or C.unnamed_subject(x, y))
    else:
        p, a = (x, y) if x.passive else (y, x)
        if C.doers_differ(p.agent, C.doer_side(a, p), groups):
            return False
        sub, obj = p.before & a.after, p.after & a.after
        loose = bool(sub - C.WEEKDAYS)
    if form == "roles":
        named = any(c[:2] == "E:" and c not in C.WEEKDAYS for c in sub)
        return named and any(c[:2] in ("E:", "N:") and c not in C.WEEKDAYS for c in obj - sub)
    return form == "loose" or loose


def anchored(r: Row, form: str) -> tuple[int, str, str]:
    """(the furthest `STAGES` index a pair of the sentences' claims reaches, its class, its predicates)."""
    fa, fb = r.facts
    xs, ys = claims_of(fa), claims_of(fb)
    if not xs or not ys:
        return 0, "", ""
    groups, weight = equivalents(), r.weight or {}
    best: tuple[int, float, str, str] = (1, 0.0, "", "")
    for x in xs:
        gx = groups.get(x.predicate)
        for y in ys:
            if x.predicate == y.predicate or (gx is not None and groups.get(y.predicate) == gx):
                continue
            if x.linking or y.linking or x.nominal or y.nominal:
                continue
            shared = x.args & y.args
            cls = anchor_class(shared)
            if cls is None:
                continue
            flags = (x.negated, x.hedged, x.other, x.modal, x.habitual)
            stage = 2
            if flags == (y.negated, y.hedged, y.other, y.modal, y.habitual):
                stage = 3
                if _subject(x, y, form, groups):
                    stage = 4
                    guards = (
                        len(shared) >= C.MIN_ARGS
                        and (x.passive != y.passive or C.same_object(x, y))
                        and not C._heads_differ(x, y)
                        and not C.parties_differ(x, y)
                    )
                    if guards:
                        stage = 5 if C.clash(x, y, fa.names, fb.names) else 6
            wx = math.fsum(weight.get(c, 1.0) for c in x.args)
            wy = math.fsum(weight.get(c, 1.0) for c in y.args)
            stated = math.fsum(weight.get(c, 1.0) for c in shared) / max(min(wx, wy), 1e-9)
            if stage == 6 and stated < CLAIM_STATED:
                stage = 4
            if (stage, stated) > best[:2]:
                best = (stage, stated, cls, f"{C.key(x)}={C.key(y)}")
    return best[0], best[2], best[3]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", nargs="+", default=list(FILES))
    ap.add_argument("--form", choices=("strict", "loose", "roles"), default="strict")
    ap.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print each add's sentences")
    args = ap.parse_args()
    weights = _weights()
    adds: Counter[tuple[str, str, str]] = Counter()
    census: Counter[str] = Counter()  # the missed quote/fact pairs, by stage
    for name in args.files:
        for r in collect(name, args.shared):
            if r.pair is None:
                census["never compared"] += r.gold
                continue
            kind, rule = judge(r, weights)[:2]
            if kind in ("quote", "fact"):
                continue
            if rule not in _AFTER:
                census["decided before the rule"] += r.gold
                continue
            stage, cls, pred = anchored(r, args.form)
            if r.gold:
                whole = anchor_class(r.facts[0].concepts & r.facts[1].concepts) is not None
                census[STAGES[stage] + (" (the sentences anchor)" if stage == 1 and whole else "")] += 1
            if stage == 6 and not (clashes(r.pair) or r.pair.asked or r.pair.fragment):
                tag = "right" if r.gold else "FALSE"
                adds[cls, name, tag] += 1
                if args.show:
                    print(
                        f"{tag} [{name}] {r.label} {rule} -> {cls} {pred}\n   {r.texts[0]}\n   {r.texts[1]}"
                    )
    for (cls, name, tag), n in sorted(adds.items()):
        print(f"{cls:12} {name:14} {tag:6} {n}")
    pooled = Counter()
    for (cls, _, tag), n in adds.items():
        pooled[cls, tag] += n
    print("pooled:", {f"{c}/{t}": n for (c, t), n in sorted(pooled.items())})
    print("missed quote/fact pairs by stage:", dict(census))


if __name__ == "__main__":
    main()
