"""Bad inputs and early Ctrl-Cs, timed: seconds, peak memory, exit code and stderr's first line.

    python bench/bench_bad_input.py [--src DIR] [--only NAME ...] [--seed N] [--keep]

Sessions 38-39 measured these with scripts in /tmp that were lost; this writes its inputs (invented
words, `random.Random(seed)`) to a temporary folder and runs `python -m newsbrief` on each, with
`PYTHONPATH=--src` (default: this tree's src; give another tree's to compare). Each row is one run:

- feed bombs: an RSS file whose doctype nests entities (billion laughs), a 12 MB quadratic blowup (one
  large entity used many times) in UTF-8 and a 1 MB one in UTF-16, and an XHTML page declaring one;
- large HTML: a 20 MB page of text and an 8 MB page that is mostly an inline script;
- a Multi-News .src/.tgt pair of unequal length (`eval -m lead`);
- a feed item nested past the HTML parser's 256 levels; a stories file of 10 M blank lines (`batch`);
  20,000 small files given to `cluster --max-articles 100`; a folder holding a link to nothing;
- a 10 MB article given to `ingest` (over the text a story may hold: not read, cli49);
- Ctrl-C (SIGINT to the process group, as a terminal sends it) while `schema` starts and while
  `serve` starts; for these the seconds are from the signal to the exit.

Peak MB is the largest resident set of the process or any child it waited for (`wait4`). Not a test:
the times depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Common words too: a page of only rare ones is refused as "not English" before anything is timed.
_VOCABULARY = (
    "the the of and to in on was said harbour storm council mayor boats repair week officials reopened "
    "damaged month river bridge road town budget vote school ferry orchard frost tram flood riders"
)
WORDS = tuple(_VOCABULARY.split())


@dataclass(frozen=True)
class Case:
    """One run: `args` after `newsbrief`; `sigint`: seconds after the start to send Ctrl-C, if any."""

    name: str
    args: tuple[str, ...]
    sigint: float | None = None
    timeout: float = 900.0


def _prose(rng: random.Random, chars: int) -> str:
    """Invented sentences, `chars` characters or a little more."""
    out: list[str] = []
    size = 0
    while size < chars:
        s = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + ". "
        out.append(s)
        size += len(s)
    return "".join(out)


def _rss(doctype: str, title: str, summary: str) -> str:
    return (
        f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>Invented</title><item><title>'
        f"{title}</title><link>http://example.invalid/1</link><description>{summary}</description></item>"
        "</channel></rss>\n"
    )


def write_inputs(folder: Path, rng: random.Random) -> list[Case]:
    """The inputs, written to `folder`, and the cases that read them."""
    laughs = ['<!ENTITY a0 "ha">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)]
    (folder / "laughs.rss").write_text(_rss(f"<!DOCTYPE rss [{''.join(laughs)}]>", "Laughs", "&a9;"))
    big = f'<!DOCTYPE rss [<!ENTITY x "{_prose(rng, 100_000)}">]>'
    (folder / "quadratic.rss").write_text(_rss(big, "Quadratic", "&x;" * 4_000_000))
    wide = _rss(big, "Quadratic", "&x;" * 300_000).replace("?>", ' encoding="UTF-16"?>', 1)
    (folder / "quadratic16.rss").write_bytes(wide.encode("utf-16"))
    (folder / "entities.xhtml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        f'"xhtml1-strict.dtd" [<!ENTITY co "Invented Mills">]>\n<html><body><p>{_prose(rng, 500)} &co;.'
        "</p></body></html>\n"
    )
    paras = "".join(f"<p>{_prose(rng, 400)}</p>\n" for _ in range(42_000))  # 20 MB: under MAX_INPUT_BYTES
    (folder / "text20mb.html").write_text(f"<html><body><article>{paras}</article></body></html>\n")
    data = ",".join(f'{{"k": {rng.random():.6f}, "w": "{_prose(rng, 40)}"}}' for _ in range(100_000))
    article = "".join(f"<p>{_prose(rng, 400)}</p>\n" for _ in range(200))
    (folder / "script8mb.html").write_text(
        f"<html><head><script>window.DATA = [{data}];</script></head><body><article>{article}</article>"
        "</body></html>\n"
    )
    story = " ||||| ".join(_prose(rng, 600) for _ in range(2))
    (folder / "pair.src").write_text("\n".join([story] * 5) + "\n")
    (folder / "pair.tgt").write_text("\n".join(["– " + _prose(rng, 200)] * 3) + "\n")
    deep = "<div>" * 300 + _prose(rng, 2_000) + "</div>" * 300
    (folder / "deep.rss").write_text(_rss("", "Deep", deep.replace("<", "&lt;").replace(">", "&gt;")))
    row = json.dumps({"id": "s1", "documents": [_prose(rng, 600)]}) + "\n"
    (folder / "blank.jsonl").write_text("\n" * 10_000_000 + row)
    many = folder / "many"
    many.mkdir()
    for k in range(20_000):
        (many / f"{k:05d}.txt").write_text(_prose(rng, 300))
    linked = folder / "linked"
    linked.mkdir()
    (linked / "a.txt").write_text(_prose(rng, 600))
    (linked / "b.txt").symlink_to(folder / "gone.txt")
    (folder / "article10mb.txt").write_text(
        "\n\n".join(_prose(rng, 1_200) for _ in range(10_000_000 // 1_200))
    )
    f = str(folder)
    cases = [
        Case("feed: billion laughs", ("brief", f"{f}/laughs.rss")),
        Case("feed: 12 MB quadratic", ("brief", f"{f}/quadratic.rss")),
        Case("feed: 1 MB quadratic UTF-16", ("brief", f"{f}/quadratic16.rss")),
        Case("XHTML page declaring an entity", ("brief", f"{f}/entities.xhtml")),
        Case("HTML: 20 MB of text", ("brief", "--no-analysis", f"{f}/text20mb.html")),
        Case("HTML: 8 MB, mostly a script", ("brief", "--no-analysis", f"{f}/script8mb.html")),
        Case("Multi-News pair 5/3 lines", ("eval", f"{f}/pair.src", "-m", "lead")),
        Case("feed: an item nested 300 deep", ("brief", f"{f}/deep.rss")),
        Case("JSONL: 10 M blank lines, batch", ("batch", f"{f}/blank.jsonl", "-o", f"{f}/blank.out.jsonl")),
        Case("cluster: 20,000 files, limit 100", ("cluster", f"{f}/many", "--max-articles", "100")),
        Case("folder: a link to nothing", ("brief", f"{f}/linked")),
        Case(
            "ingest: a 10 MB article",
            ("ingest", f"{f}/article10mb.txt", "--db", f"{f}/big.db", "--workers", "0"),
        ),
    ]
    cases += [Case(f"Ctrl-C in schema at {t} s", ("schema",), sigint=t) for t in (0.05, 0.1, 0.2, 0.4)]
    port = str(40_000 + rng.randrange(20_000))
    serve = ("serve", "--port", port, "--log-level", "warning")
    cases += [Case(f"Ctrl-C in serve at {t} s", serve, sigint=t) for t in (1.0, 3.0, 8.0)]
    return cases


def run(case: Case, src: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit code, stderr's first line) of one case."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    # the script's own entry point where the tree has one (session 39), else the command line itself
    entry = "newsbrief" if (src / "newsbrief" / "__main__.py").is_file() else "newsbrief.cli"
    with tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", entry, *case.args],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=env,
            start_new_session=True,  # its own process group, signalled as a terminal signals its job
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as in a terminal
        )
        sent = start
        if case.sigint is not None:
            time.sleep(max(0.0, start + case.sigint - time.monotonic()))
            sent = time.monotonic()
            os.killpg(proc.pid, signal.SIGINT)
        stop = _killer(proc.pid, case.timeout)
        _, status, usage = os.wait4(proc.pid, 0)
        stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - sent
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    return seconds, usage.ru_maxrss / 1024, proc.returncode, lines[0] if lines else ""


def _killer(pid: int, timeout: float) -> Callable[[], None]:
    """Kill the process group of `pid` after `timeout` seconds; returns the function that cancels it."""
    import threading

    timer = threading.Timer(timeout, lambda: os.killpg(pid, signal.SIGKILL))
    timer.start()
    return timer.cancel


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the tree's src folder to run")
    ap.add_argument("--only", nargs="+", default=[], help="only the cases whose name holds one of these")
    ap.add_argument("--seed", type=int, default=39)
    ap.add_argument("--keep", action="store_true", help="keep the inputs' folder (its path is printed)")
    args = ap.parse_args()
    if not (args.src / "newsbrief").is_dir():
        ap.error(f"--src {args.src}: no newsbrief package in it")
    folder = Path(tempfile.mkdtemp(prefix="bench_bad_input."))
    try:
        cases = write_inputs(folder, random.Random(args.seed))
        cases = [c for c in cases if not args.only or any(o in c.name for o in args.only)]
        print(f"{'input':34}{'seconds':>9}{'peak MB':>9}{'exit':>6}  stderr's first line")
        for case in cases:
            seconds, mb, code, first = run(case, args.src)
            print(f"{case.name:34}{seconds:9.2f}{mb:9.0f}{code:6}  {first[:100]}", flush=True)
    finally:
        if args.keep:
            print(f"inputs kept in {folder}")
        else:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
