"""Trust the instrument: our LexRank and TextRank against sumy's, same sentences, same budget, same ROUGE.

    python bench/bench_sumy.py [--data FILE --words N [--recall]] [--limit N]

Without --data it runs both dev files with their usual protocol (LongBench Multi-News: 250 words,
F1; DUC 2003: 100 words, recall). Every story goes through eval's own preparation (clean,
segment); both systems get the same candidate sentences (`summarize.lexrank.candidates`). sumy ranks
them with its own stemmer (Snowball) and stop list and our word tokenizer (its default tokenizer
needs NLTK data that cannot be downloaded); its ranking is then cut to the word budget with our
`summarize.base.fill`, since sumy counts sentences, not words. Times are medians per story of
the whole method from a fresh story: ours includes building its TF-IDF vectors, sumy's includes
tokenizing words. "ours (no skip)" is our ranking without the redundancy skip, the plain algorithm.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from newsbrief import summarize
from newsbrief.evaluation.prepare import Prepared, prepare
from newsbrief.evaluation.rouge import Rouge, truncate
from newsbrief.ingest.stories import StoryRecord, iter_stories
from newsbrief.model import Budget, Story
from newsbrief.summarize.base import fill, reading_order
from newsbrief.summarize.lexrank import candidates

DATA = Path(__file__).resolve().parents[2] / "shared/data"
RUNS = [("longbench-multinews-dev.jsonl", 250, False), ("duc2003-task2-dev.jsonl", 100, True)]
_WORD = re.compile(r"\w+(?:['’]\w+)*")


class Tokenizer:
    """What sumy needs from a tokenizer; sentences are already split by newsbrief."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        from newsbrief.segment import split_text

        return split_text(paragraph)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def sumy_summarizers() -> dict[str, Any]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    out = {}
    for name, cls in (("lexrank", LexRankSummarizer), ("textrank", TextRankSummarizer)):

        class Rated(cls):  # type: ignore[misc, valid-type]
            """sumy's summarizer, keeping its ratings instead of cutting to a sentence count."""

            def _get_best_sentences(self, sentences: Any, count: Any, rating: Any, *a: Any, **k: Any) -> Any:
                self.rating = rating
                return tuple(sentences)

        s = Rated(Stemmer("english"))
        s.stop_words = get_stop_words("english")
        out[name] = s
    return out


def run_sumy(summarizer: Any, story: Story, budget: Budget) -> list[int]:
    """Indices picked by sumy's ranking of the candidate sentences, filled to the word budget."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tok = Tokenizer()
    cand = [int(i) for i in candidates(story)]
    sents = [SumySentence(story.sentences[i].text, tok) for i in cand]
    summarizer(ObjectDocumentModel([Paragraph(sents)]), len(sents))
    rating = summarizer.rating
    rate = (lambda s: rating[s]) if isinstance(rating, dict) else rating
    scores = [float(rate(s)) for s in sents]
    order = sorted(range(len(cand)), key=lambda k: -scores[k])  # stable: ties keep document order
    return reading_order(story, fill([cand[k] for k in order], story, budget))


def bench(path: Path, words: int, recall: bool, limit: int | None) -> list[dict[str, Any]]:
    stories: list[Prepared] = []
    for item in iter_stories(path):
        if isinstance(item, StoryRecord):
            p = prepare(item)
            if isinstance(p, Prepared):
                stories.append(p)
        if limit and len(stories) >= limit:
            break
    budget = Budget(words=words)
    rouge = Rouge()
    sumy = sumy_summarizers()
    systems = {}
    for name in ("lexrank", "textrank"):
        systems[(name, "ours")] = summarize.get(name).select
        systems[(name, "ours (no skip)")] = summarize.get(name, redundancy=1.01).select
        systems[(name, "sumy")] = lambda st, b, s=sumy[name]: run_sumy(s, st, b)
    k = "r" if recall else "f"
    res: dict[tuple[str, str], dict[str, list[float]]] = {key: {} for key in systems}
    for p in stories:
        for key, select in systems.items():
            fresh = Story(p.story.documents, p.story.sentences)  # no cached vectors: time it all
            t = time.perf_counter()
            chosen = select(fresh, budget)
            ms = (time.perf_counter() - t) * 1000
            s = rouge.score(truncate([fresh.sentences[i].text for i in chosen], words), p.references)
            for m, v in (("R1", s["rouge1"][k]), ("R2", s["rouge2"][k]), ("RL", s["rougeL"][k]), ("ms", ms)):
                res[key].setdefault(m, []).append(v)
    rows = []
    for (method, system), r in res.items():
        rows.append(
            {
                "data": f"{path.name} ({len(stories)}, {words} w, {'R' if recall else 'F'})",
                "method": method,
                "system": system,
                **{m: 100 * statistics.fmean(r[m]) for m in ("R1", "R2", "RL")},
                "ms": statistics.median(r["ms"]),
            }
        )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--recall", action="store_true")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    runs = [(args.data, args.words, args.recall)] if args.data else [(DATA / n, w, r) for n, w, r in RUNS]
    title = "ours vs sumy: ROUGE x100 (mean over stories), median ms per story"
    table = Table(title=title, title_justify="left")
    for col in ("data", "method", "system", "R1", "R2", "RL", "ΔR2 vs sumy", "ms", "sumy ms / ours"):
        left = col in ("data", "method", "system")
        table.add_column(col, justify="left" if left else "right", no_wrap=True)
    for path, words, recall in runs:
        rows = bench(path, words, recall, args.limit)
        for row in rows:
            ref = next(r for r in rows if r["method"] == row["method"] and r["system"] == "sumy")
            table.add_row(
                row["data"],
                row["method"],
                row["system"],
                f"{row['R1']:.2f}",
                f"{row['R2']:.2f}",
                f"{row['RL']:.2f}",
                "" if row is ref else f"{row['R2'] - ref['R2']:+.2f}",
                f"{row['ms']:.1f}",
                "" if row is ref else f"{ref['ms'] / max(row['ms'], 1e-9):.1f}x",
            )
    Console(width=160).print(table)


if __name__ == "__main__":
    main()
