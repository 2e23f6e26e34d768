"""Present-tense verb forms learned from the Multi-News training stories (issue 14): `lexicon/data/verbs.txt`.

    python scripts/mine_verbs.py [--shared ../shared] [--stories 10000] [--out FILE]

The clause reader (`align/claims.py`) sees a verb after an auxiliary, in a past form, or as an "-s" form
right after a name or a pronoun; a present tense after a common noun ("The disorder interferes with",
"the data suggest", "Many scientists believe") it cannot tell from a noun ("the costs", "a show"). Which
words are verbs is a fact of English the training stories show by counting, with no text read:

* a lemma's verb uses: written after "to" or a modal ("to remove", "will remove", "didn't remove"), or
  its base or "-s" form right after a subject pronoun ("they remove", "it removes");
* its noun uses: its base or "-s" form right after a determiner ("the remove", "his removes");

(each within one stretch of text between punctuation marks). A lemma is kept when it has at least
`MIN_USES` verb uses, at least one after a modal and one after "to" (a name or a noun written after "to",
"to australia", "to court", is rarely written after "will"), and at most `MAX_NOUN` noun uses per verb
use: its base and its "-s" form are then verbs wherever a subject can stand before them. Function words
(`CLOSED` and the clause reader's own sets: determiners, pronouns, auxiliaries, reporting and light verbs,
"-ly" adverbs), the given names of `NAMES` (the text is lower-cased), "-ed" and "-ing" words and words
under three letters are never lemmas.

Source: `multinews-plus-train.jsonl.gz`, its first `--stories` stories in file order (the session 17 check
stories were drawn from the others). Deterministic: the output sorted, counts stated per lemma.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
from collections import Counter
from pathlib import Path

from newsbrief.align import claims
from newsbrief.lexicon.verbs import third_person

ROOT = Path(__file__).resolve().parents[1]
MIN_USES = 3  # verb uses a lemma needs
MAX_NOUN = 0.1  # noun uses per verb use, at most


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


SUBJECTS = _set("he she it they we i")
DETERMINERS = _set("the a an his their its this these those our my your")  # not "her": "told her"
MODALS = _set(
    "will would could can should may might must did didn't didn’t doesn't doesn’t don't don’t won't won’t"
    " can't can’t couldn't couldn’t wouldn't wouldn’t shouldn't shouldn’t"
)
# function words a modal or "to" may stand before that are no verbs ("will always", "to him", "to what")
CLOSED = _set(
    "again always ever either neither often soon once twice here there together anyway instead otherwise"
    " perhaps maybe rather somehow still even him them you yourself himself herself itself themselves"
    " myself ourselves what where whether how another anyone anybody everyone everybody someone somebody"
    " anything everything something nothing nobody several within until despite off away all both each"
    " too nonetheless nevertheless meanwhile someday like unlike near via per plus minus worth versus amid"
    " toward towards upon beside besides alongside throughout inside outside round around past beyond below"
    " above behind beneath among between against along across through without except"
)
# given names the lower-cased training text writes after "to" and a modal ("to jon", "did jon"): no verbs
NAMES = _set("jon christine kate lindsay")
# a stretch of text between punctuation marks: no context crosses one
_BREAK = re.compile(r"[.,;:!?\"“”()\[\]—–]|\s-\s")


def closed() -> frozenset[str]:
    """Words never a lemma: `CLOSED`, `NAMES` and the clause reader's own function-word sets."""
    c = claims
    return (
        CLOSED
        | NAMES
        | c._NOT_VERB
        | c._DETERMINERS
        | c._PRONOUNS
        | c._AUXILIARY
        | c._BETWEEN
        | c._SPEECH
        | c._LIGHT
    )


def count(lines: list[str]) -> tuple[Counter, Counter, Counter, Counter]:
    """Counts of each word after a subject pronoun, a determiner, "to" and a modal."""
    subj, det, to, modal = Counter(), Counter(), Counter(), Counter()
    for line in lines:
        for doc in json.loads(line)["documents"]:
            for piece in _BREAK.split(doc):
                ws = [w.lower() for w in claims._WORD.findall(piece)]
                for p, w in itertools.pairwise(ws):
                    if p in SUBJECTS:
                        subj[w] += 1
                    elif p in DETERMINERS:
                        det[w] += 1
                    elif p == "to":
                        to[w] += 1
                    elif p in MODALS:
                        modal[w] += 1
    return subj, det, to, modal


def lemmas(subj: Counter, det: Counter, to: Counter, modal: Counter) -> list[tuple[str, int, int]]:
    """(lemma, verb uses, noun uses) of each lemma kept, sorted."""
    stop = closed()
    out = []
    for base in sorted(set(to) & set(modal)):
        if not base.isalpha() or len(base) < 3 or base in stop or base.endswith(("ed", "ing")):
            continue
        if claims._adverb(base):
            continue
        s = third_person(base)
        verb = to[base] + modal[base] + subj[base] + subj[s]
        noun = det[base] + det[s]
        if verb >= MIN_USES and noun <= MAX_NOUN * verb:
            out.append((base, verb, noun))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--stories", type=int, default=10000)
    ap.add_argument("--out", type=Path, default=ROOT / "src/newsbrief/lexicon/data/verbs.txt")
    args = ap.parse_args()
    with gzip.open(args.shared / "data/multinews-plus-train.jsonl.gz", "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, args.stories))
    kept = lemmas(*count(lines))
    with args.out.open("w", encoding="utf-8") as out:
        out.write(
            "# Verb lemmas learned by scripts/mine_verbs.py from multinews-plus-train.jsonl.gz\n"
            f"# (its first {len(lines)} stories): written after 'to' and after a modal,\n"
            f"# >= {MIN_USES} verb uses, <= {MAX_NOUN} noun uses (after a determiner) per verb use.\n"
            "# Generated: do not edit; columns lemma, verb uses, noun uses.\n"
        )
        for base, verb, noun in kept:
            out.write(f"{base}\t{verb}\t{noun}\n")
    print(f"{len(lines)} stories, {len(kept)} lemmas -> {args.out}")


if __name__ == "__main__":
    main()
