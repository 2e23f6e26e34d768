"""How large one story may be: limits that keep the largest accepted story within a memory budget.

Every stage costs time and memory linear in the story's size (the sentence similarity is sparse,
`represent.neighbours`). `python bench/bench_memory.py` measures a whole brief at 0.1 to 5 MB of
input: peak RSS grows by about RSS_PER_MB MB per MB of input. The limits below are chosen so
the largest story accepted stays within MEMORY_BUDGET_MB, and so do the most sentences accepted
(many short sentences cost more per byte than prose), and the documents of a story are bounded too
(`check_documents`). Every command that briefs applies them through
`pipeline.prepare_story` or `pipeline.segmented` (`brief`, `brief --db`, `cluster --brief`, `batch`,
`eval`); the web app divides the same budget among its workers (`web.settings`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    from .model import RawDoc

MEMORY_BUDGET_MB = 1024  # peak RSS of one brief at either limit (measured: see the README)
MAX_STORY_BYTES = 5_000_000  # UTF-8 bytes of all of a story's documents together
MAX_STORY_SENTENCES = 50_000  # sentences of all of a story's documents together
MAX_STORY_DOCUMENTS = 500  # documents of a story: a plain bound (see `check_documents`)
BATCH_MAX_CHARS = 500_000  # batch default: a larger story is reported as too large, not briefed
MAX_INPUT_BYTES = 20 * 1024 * 1024  # one article file (or stdin): a larger one is refused before it is read
# One HTML page's markup in UTF-8 bytes, its scripts' and styles' contents left out (`ingest.html`): a
# larger page is refused before extraction. trafilatura takes ~2.7 s per MB of markup (~14 s under load:
# a 20 MB page was 5 minutes), and a news article's markup is well under 1 MB; at the cap, its text
# alone could reach MAX_STORY_BYTES, the most a story may hold. No option raises it, as none raises the
# story limits: a larger page's text is given as text.
MAX_HTML_BYTES = MAX_STORY_BYTES


def check_html(html: str, source: str) -> None:
    """InputError naming `source` when an HTML page's markup (its scripts and styles left out) is over
    MAX_HTML_BYTES of UTF-8: refused before trafilatura reads it, with what to do instead. It counted
    characters, a third of the bytes of a page in Chinese; a character is 1 to 4 bytes, so only a page
    over a quarter of the cap in characters is encoded to count."""
    size = len(html)
    if size > MAX_HTML_BYTES // 4:
        size = len(html.encode("utf-8", "surrogatepass"))
    if size > MAX_HTML_BYTES:
        raise InputError(
            f"{size / 1e6:.1f} MB of HTML without its scripts, over the limit of "
            f"{MAX_HTML_BYTES / 1e6:.0f} MB read as a page; give the article's text instead",
            source,
        )


def check_bytes(texts: Iterable[str], limit: int | None = None, story: str = "story") -> int:
    """The story's size in UTF-8 bytes; InputError naming `story` when it is over `limit`
    (MAX_STORY_BYTES). Reads `texts` no further than the limit."""
    limit = MAX_STORY_BYTES if limit is None else limit
    size = 0
    for t in texts:
        size += len(t.encode("utf-8", "surrogatepass"))
        if size > limit:
            raise InputError(f"over the limit of {limit:,} bytes of text per story", story)
    return size


def check_sentences(count: int, limit: int | None = None, story: str = "story") -> None:
    """InputError naming `story` when it has more than `limit` (MAX_STORY_SENTENCES) sentences."""
    limit = MAX_STORY_SENTENCES if limit is None else limit
    if count > limit:
        raise InputError(f"{count:,} sentences, over the limit of {limit:,} per story", story)


def check_documents(count: int, limit: int | None = None, story: str = "story") -> None:
    """InputError naming `story` when it has more than `limit` (MAX_STORY_DOCUMENTS) documents: a plain
    bound. It was set when the summary's same-sum pairs grew with the square of the copies (N copies of a
    2.8 KB article giving one sum peaked at 846 MB for N = 600, over 2.8 GB for 1,300); since session 21
    (`SameFact`) they are kept as groups, linear in the sentences (README, *Memory*)."""
    limit = MAX_STORY_DOCUMENTS if limit is None else limit
    if count > limit:
        raise InputError(f"{count:,} documents, over the limit of {limit:,} per story", story)


def check_story(count: int, texts: Iterable[str], story: str = "story") -> None:
    """The limits a story is held to before it is segmented: its `count` documents (`check_documents`),
    then the UTF-8 bytes of `texts` (`check_bytes`). Read by both ways into `pipeline.segmented`."""
    check_documents(count, story=story)
    check_bytes(texts, story=story)


def within_bytes(docs: Iterable[RawDoc], story: str = "story", limit: int | None = None) -> list[RawDoc]:
    """`docs` read one at a time into a list, refused (`check_bytes`'s InputError) as soon as their raw
    text is over the byte limit: a huge stored story is never held whole (`prepare_story` then checks
    the documents and sentences of what was read)."""
    kept: list[RawDoc] = []

    def texts() -> Iterator[str]:
        for d in docs:
            kept.append(d)
            yield d.raw

    check_bytes(texts(), limit, story)
    return kept


# `cluster` (one-shot) holds every article it groups in memory, cleaned, with its terms and vectors, and
# its time grows faster than the articles. Measured (session 45, `/usr/bin/time -v`, the first N articles
# of the training file, ~920 bytes each, load 14-22): 1,000 4.2 s CPU / 130 MB peak; 5,000 29 s / 218 MB;
# 20,000 (18 MB of text) 268 s / 502 MB; all 55,750 (51 MB) past 1,063 MB and 318 s, unfinished; 400,000
# copies of one row went past 1.5 GB (cli45). It reads no more than these, refusing while it reads; a
# larger collection is grouped by `ingest --db`, which stores it a batch at a time. `cluster
# --max-articles N` raises both (the bytes as N times CLUSTER_BYTES_PER_ARTICLE).
CLUSTER_MAX_ARTICLES = 20_000  # articles read, every copy of a row and every bad row counted
CLUSTER_BYTES_PER_ARTICLE = 2_500  # UTF-8 bytes of text per article allowed on average (50 MB at 20,000)


class OverCommandLimit(InputError):
    """An input that takes a whole command past one of its limits: it ends the command (no input after
    it is read), where an input that cannot be read is one warning among others."""


class ArticleBudget:
    """The articles and UTF-8 bytes of text `cluster` may read, counted as each article is read:
    `take` refuses (`OverCommandLimit`, naming the input, the limit and `ingest --db`) the first article
    past either, so no more of the input is held."""

    def __init__(self, articles: int = CLUSTER_MAX_ARTICLES) -> None:
        self.max_articles = articles
        self.max_bytes = articles * CLUSTER_BYTES_PER_ARTICLE
        self.articles = 0
        self.bytes = 0

    def room(self) -> int:
        """The articles an input need give: those the budget takes, and one more, which it refuses."""
        return max(self.max_articles - self.articles, 0) + 1

    def take(self, name: str, text: str = "") -> None:
        """Count one article (or one bad row: `text` empty) of input `name`."""
        self.articles += 1
        self.bytes += len(text.encode("utf-8", "surrogatepass")) if text else 0
        if self.articles > self.max_articles:
            over = f"over the limit of {self.max_articles:,} articles"
        elif self.bytes > self.max_bytes:
            over = f"over the limit of {self.max_bytes:,} bytes of article text"
        else:
            return
        raise OverCommandLimit(
            f"{over} that `cluster` reads at once (--max-articles raises it); "
            "group more with `ingest --db`, which stores them a batch at a time",
            name,
        )
