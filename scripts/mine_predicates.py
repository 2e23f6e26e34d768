"""Predicate equivalents learned from the Multi-News training stories (issue 14): `align/data/predicates.txt`.

    python scripts/mine_predicates.py [--shared ../shared] [--stories 20000] [--step N] [--out FILE]
                                   [--pairs FILE] [--cache FILE]

Source: `multinews-plus-train.jsonl.gz` only (no dev file, no labelled story). Each story is prepared as
the pipeline prepares it, each sentence read by the align stage's own clause claims (`align/claims.py`);
only plain claims count: not negated, hedged, modal, habitual, of "another" thing, nor a copula's or light
verb's (`PLAIN`). A concept is *strong* when it is a number ("N:...") or at most `RARE_DF` training
articles hold it (the text is lower-cased, so a rare word stands in for a name). Two sentences of two
different articles of one story are *anchored* when they share at least `ANCHORS` strong concepts; a claim
of each that holds one of them is an anchored claim pair. A key is the predicate's concept, "+p" when
passive ("kill+p" is "was killed"). An anchored pair of two different predicates is a *substitution* when
neither sentence writes the other's predicate (one that tells both "convicted" and "sentenced" tells two
steps; one that says "died" where the other says "was killed" has written the one for the other). Over
stories:

* n(p, q): stories with a substitution of p and q;
* n(p): stories where p is the predicate of an anchored claim (any partner, itself too);
* N: stories with an anchored claim pair;
* PMI(p, q) = log2(n(p, q) * N / (n(p) * n(q))), and the share each way n(p, q) / n(p), n(p, q) / n(q).

A pair is kept when n(p, q) >= `MIN_STORIES`, PMI >= `MIN_PMI` and both shares >= `MIN_SHARE` (each word
often written for the other, not only one way), unless `EXCLUDED` names it: the counts also keep two steps
of one story ("arrested" / "charged") and two events of one scene ("was shot" / "was killed"), which a
reader of the table drops with the reason. One predicate in two voices is no pair (`claims.match` turns
voices itself), nor is a reporting verb (`claims` never reads those). The table holds word pairs and counts
only, never text. Deterministic: the stories in file order, the output sorted.

Session 15: claims anchored one by one (two strong arguments of the two claims) and a substitution over
whole articles (neither article writes the other's word anywhere): 4 pairs kept of 18,863 stories, 3
shipped (bought/buy, file/su, post/share). Session 28: an article that writes "arrested" may also write
"detained" elsewhere (news varies its words), so the article-wide test dropped the synonyms it was meant
to find, and two claims' own arguments rarely hold two strong concepts; anchored sentences, the
substitution read in the two sentences, and plain claims only: 18,877 stories, see `predicates.txt`.
Session 50 (`--step 2`: the even stories, the odd ones held out for a fresh read; 9,387 stories, 5,049
anchored, 16,919 pairs counted, 11 min on a busy machine): any two predicates taken as one (every guard of
`claims.match` still on) would add 12 right and 34 false citations on the eight tuned align files; of those
46 predicate pairs only 5 are counted here at all, 1 of them in two or more stories (kill+p / identifi+p, 4
stories: a false add). So no cut of counts, PMI or shares (n >= 2..10, PMI >= 0..2, shares >= 0 or 0.015:
8 to 1,334 pairs) adds a right tuned citation: the acts the tuned misses tell in two verbs are each one of
a kind, and the counts mostly pair steps or scenes of one story ("arrived" / "left", "joined" / "left").
`predicates.txt` was not re-mined.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import pickle
from collections import Counter
from collections.abc import Callable
from itertools import combinations, product
from pathlib import Path

from newsbrief.align.features import sentence_facts, story_casing
from newsbrief.errors import NewsbriefError
from newsbrief.model import RawDoc
from newsbrief.pipeline import prepare_story

ROOT = Path(__file__).resolve().parents[1]
ANCHORS = 2  # strong concepts two sentences share
RARE_DF = 200  # a concept at most this many training articles hold is a strong one
PLAIN = ("", "e")  # the `flags` of a claim that counts: none, or an event noun ("the arrest of ...")
MIN_STORIES = 5
MIN_PMI = 1.5
MIN_SHARE = 0.015
# pairs the counts keep that name two different events, never written for each other (review J, issue 14):
# dropped from the table, with the reason
EXCLUDED = {
    ("creat", "name"): 'founding a thing is not appointing someone to it: "Microsoft created a research lab'
    ' in Beijing" / "Microsoft named a new head for its research lab in Beijing"',
    ("accus+p", "charg+p"): 'an accusation is not a charge: "was accused of fraud by a former partner" /'
    ' "was charged with fraud"',
    ("alleg", "su"): 'what a suit alleges is not the suing: "the suit alleges Acme fired her" /'
    ' "she sued Acme"',
    ("arraign+p", "charg+p"): "two steps of one case: charged, then arraigned in court",
    ("arrest+p", "charg+p"): "two steps of one case: arrested, then charged (or let go uncharged)",
    ("buy", "su"): "two events: a purchase and a lawsuit",
    ("convict+p", "sentenc+p"): "two steps of one case: convicted, then sentenced",
    ("plead", "sentenc+p"): "two steps of one case: a plea, then a sentence",
    ("decreas", "end"): 'two events: "shares fell 3% to end the day at $12" (the fall, the session\'s end)',
    ("file", "say"): "saying is not filing",
    ("file", "seek"): 'what a suit seeks is not its filing: "filed suit seeking $5 million"',
    ("kill+p", "murder+p"): "a murder is a killing, not every killing a murder, and a `fact` reads both ways:"
    ' "Two Harwick men were killed by a falling tree" / "... were murdered" (session 29 review M1)',
    ("kill+p", "shoot+p"): 'one shot may live: "was shot and wounded" is not "was killed"',
    ("dead+p", "pass"): '"pass" is also a bill passing, the opposite of one dying: "the Harwick bill died in'
    ' the Senate" / "the Harwick bill passed the Senate"',
    ("charg+p", "face"): '"face" is any contest as well as a charge: "Jon Tallis was charged with arson" /'
    ' "Jon Tallis faces Dana Whitcombe in the mayoral race" (session 29 review M1)',
    ("dead+p", "pronounc+p"): '"pronounced" is any verdict as well as death: "Jon Tallis was pronounced the'
    ' winner" / "Jon Tallis was dead" (session 29 review M1)',
    ("open", "shoot"): '"open" opens a shop or an inquiry as well as fire: "opened a store in Harwick" is'
    ' not "shot"',
}


# one claim as the miner keeps it: article, sentence, predicate key, subject side, object side, `flags`
Claim = tuple[int, int, str, frozenset[str], frozenset[str], str]


def key(c) -> str:
    return c.predicate + ("+p" if c.passive else "")


def flags(c) -> str:
    """What sets claim `c` apart from a plain statement of an event, one letter each: "n" negated, "h"
    hedged, "m" modal, "u" habitual, "o" another thing, "l" linking (a copula or light verb), "e" an
    event noun."""
    return "".join(
        f
        for f, on in zip(
            "nhmuole", (c.negated, c.hedged, c.modal, c.habitual, c.other, c.linking, c.nominal), strict=True
        )
        if on
    )


def concept(k: str) -> str:
    """The predicate of key `k`, its voice aside."""
    return k[:-2] if k.endswith("+p") else k


def story_claims(docs: list[str]) -> list[Claim] | None:
    """Every claim of one story (`Claim`); None when it does not prepare."""
    raws = [RawDoc(id=str(i), source=f"train#{i}", raw=t) for i, t in enumerate(docs)]
    try:
        story = prepare_story(raws)
    except NewsbriefError:
        return None
    if len(story.documents) < 2:
        return None
    sents = story.sentences
    casing = story_casing([s.text for s in sents])
    out = []
    for k, s in enumerate(sents):
        f = sentence_facts(k, s.doc, s.text, casing, None)
        out.extend((s.doc, k, key(c), c.before, c.after, flags(c)) for c in f.claims)
    return out


def read_claims(path: Path, limit: int, step: int = 1) -> list[list[Claim]]:
    """The claims of the training stories among the first `limit` whose line index is a multiple of `step`
    (2: the even ones, the odd ones held out for fresh reads) that prepare (`story_claims`), in file order."""
    stories = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            if n % step:
                continue
            got = story_claims([d for d in json.loads(line)["documents"] if d.strip()])
            if got:
                stories.append(got)
    return stories


def substitutions(got: list[Claim], strong: Callable[[str], bool]) -> tuple[set[tuple[str, str]], set[str]]:
    """The substituted predicate pairs of one story's claims `got` (sorted key pairs) and the predicates
    of its anchored claims (`strong`: whether a concept is a strong one)."""
    sentences: dict[tuple[int, int], list[tuple[str, frozenset[str]]]] = {}
    for d, k, p, before, after, f in got:
        if f in PLAIN:
            sentences.setdefault((d, k), []).append((p, frozenset(c for c in before | after if strong(c))))
    seen: set[tuple[str, str]] = set()
    preds: set[str] = set()
    for ((d1, _), xs), ((d2, _), ys) in combinations(sentences.items(), 2):
        if d1 == d2:
            continue
        shared = frozenset().union(*(a for _, a in xs)) & frozenset().union(*(a for _, a in ys))
        if len(shared) < ANCHORS:
            continue
        written1, written2 = {concept(p) for p, _ in xs}, {concept(p) for p, _ in ys}
        for (p, a), (q, b) in product(xs, ys):
            if not (a & shared and b & shared):
                continue
            preds.update((p, q))
            if concept(q) not in written1 and concept(p) not in written2:
                seen.add((min(p, q), max(p, q)))
    return seen, preds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--stories", type=int, default=20000)
    ap.add_argument("--out", type=Path, default=ROOT / "src/newsbrief/align/data/predicates.txt")
    ap.add_argument("--pairs", type=Path, help="also write every counted pair with its figures here (TSV)")
    ap.add_argument("--step", type=int, default=1, help="read only stories whose index is a multiple of this")
    ap.add_argument("--cache", type=Path, help="keep the stories' claims here (a pickle) and reuse them")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        stories = pickle.loads(args.cache.read_bytes())
    else:
        stories = read_claims(args.shared / "data" / "multinews-plus-train.jsonl.gz", args.stories, args.step)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(stories))
    df: Counter[str] = Counter()  # articles holding each argument concept
    for got in stories:
        per_doc: dict[int, set[str]] = {}
        for d, _, _, before, after, _ in got:
            per_doc.setdefault(d, set()).update(before | after)
        for cs in per_doc.values():
            df.update(cs)
    pair_n: Counter[tuple[str, str]] = Counter()
    pred_n: Counter[str] = Counter()
    anchored = 0
    for got in stories:
        seen, preds = substitutions(got, lambda c: c[:2] == "N:" or df[c] <= RARE_DF)
        if preds:
            anchored += 1
            pair_n.update(seen)
            pred_n.update(preds)
    rows = []
    for (p, q), n in pair_n.items():
        pmi = math.log2(n * anchored / (pred_n[p] * pred_n[q]))
        rows.append((p, q, n, pmi, n / pred_n[p], n / pred_n[q]))
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    if args.pairs:
        with args.pairs.open("w", encoding="utf-8") as out:
            out.write("p\tq\tn\tpmi\tshare_p\tshare_q\tn_p\tn_q\n")
            for p, q, n, pmi, sp, sq in rows:
                out.write(f"{p}\t{q}\t{n}\t{pmi:.2f}\t{sp:.3f}\t{sq:.3f}\t{pred_n[p]}\t{pred_n[q]}\n")
    kept = [
        r
        for r in rows
        if r[2] >= MIN_STORIES
        and r[3] >= MIN_PMI
        and min(r[4], r[5]) >= MIN_SHARE
        and tuple(sorted(r[:2])) not in EXCLUDED
    ]
    with args.out.open("w", encoding="utf-8") as out:
        out.write(
            "# Predicate pairs learned by scripts/mine_predicates.py from multinews-plus-train.jsonl.gz\n"
            f"# ({len(stories)} stories, {anchored} with anchored claim pairs): two predicate keys\n"
            f"# (a concept, '+p' passive) substituted in >= {MIN_STORIES} stories, PMI >= {MIN_PMI},\n"
            f"# each share >= {MIN_SHARE}. Generated: do not edit; columns p, q, stories, PMI.\n"
        )
        for (p, q), why in sorted(EXCLUDED.items()):
            out.write(f"# excluded (mine_predicates.EXCLUDED): {p} {q}: {why}\n")
        for p, q, n, pmi, _, _ in sorted(kept):
            out.write(f"{p}\t{q}\t{n}\t{pmi:.2f}\n")
    print(f"{len(stories)} stories, {anchored} anchored, {len(rows)} pairs counted, {len(kept)} kept")


if __name__ == "__main__":
    main()
