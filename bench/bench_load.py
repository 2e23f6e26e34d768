"""Load test of the web app: small briefs while a large one runs, over loopback.

    python bench/bench_load.py [--requests 300] [--concurrency 16] [--large-mb 1.0] [--words 250]

Starts `newsbrief serve` on 127.0.0.1 as a subprocess (so client threads do not share its GIL),
waits for /api/health (the workers start first), sends a few sequential small requests (the
baseline latency), then one large request (`--large-mb` of real dev articles from ../shared/data,
built at run time, split into documents of 100,000 characters) and, while it runs, `--requests`
small ones (the example story) from `--concurrency` threads. Every answer is checked (HTTP 200,
a brief with a summary). The table gives errors, the small requests' median and p95 latency
(all of them, and those that ran entirely while the large one was running) and the large one's
latency.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

HOST = "127.0.0.1"  # loopback only
DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
PART = 100_000  # characters per document of the large request


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(port: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "newsbrief.cli", "serve", "--host", HOST, "--port", str(port)]
    return subprocess.Popen([*cmd, "--log-level", "warning"], stdout=subprocess.DEVNULL)


def wait_healthy(base: str, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with code {proc.returncode}")
        try:
            if httpx.get(base + "/api/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not become healthy")


def large_documents(chars: int) -> list[str]:
    """`chars` characters of real dev articles, as documents of `PART` characters (built now)."""
    from bench_memory import articles  # the same English dev articles as the memory bench

    text: list[str] = []
    size = 0
    for doc in articles():
        if size >= chars:
            break
        text.append(doc)
        size += len(doc) + 2
    if size < chars:
        raise SystemExit(f"not enough dev articles in {DATA} for {chars:,} characters")
    joined = "\n\n".join(text)[:chars]
    return [joined[k : k + PART] for k in range(0, len(joined), PART)]


def one(client: httpx.Client, url: str, payload: dict[str, Any]) -> tuple[float, float, str | None]:
    """Start and end time (perf_counter) and an error message (None when the answer is a good brief)."""
    t = time.perf_counter()
    try:
        r = client.post(url, json=payload)
        end = time.perf_counter()
        if r.status_code != 200:
            return t, end, f"HTTP {r.status_code}: {r.text[:100]}"
        data = r.json()
        if not data.get("summary") or len(data.get("documents", [])) != len(payload["documents"]):
            return t, end, "answer without a summary"
        return t, end, None
    except (httpx.HTTPError, ValueError) as e:
        return t, time.perf_counter(), f"{type(e).__name__}: {e}"


def pct(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--large-mb", type=float, default=1.0, help="size of the large request (0: none)")
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--baseline", type=int, default=10, help="sequential requests measured first")
    args = ap.parse_args()

    from newsbrief.example import example_docs

    docs = example_docs()
    payload = {"documents": [d.raw for d in docs], "words": args.words}
    big = (
        {"documents": large_documents(int(args.large_mb * 1e6)), "words": args.words}
        if args.large_mb
        else None
    )
    port = free_port()
    base = f"http://{HOST}:{port}"
    url = base + "/api/brief"
    proc = start_server(port)
    large: list[tuple[float, float, str | None]] = []
    try:
        wait_healthy(base, proc)
        limits = httpx.Limits(
            max_connections=args.concurrency + 1, max_keepalive_connections=args.concurrency + 1
        )
        with httpx.Client(timeout=600.0, limits=limits) as client:
            if one(client, url, payload)[2]:
                raise SystemExit("warm-up request failed")
            seq = [(lambda r: (r[1] - r[0]) * 1000)(one(client, url, payload)) for _ in range(args.baseline)]
            runner = None
            if big is not None:
                runner = threading.Thread(target=lambda: large.append(one(client, url, big)))
                runner.start()
                time.sleep(1.0)  # the large request is on a worker
            t0 = time.perf_counter()
            with ThreadPoolExecutor(args.concurrency) as pool:
                results = list(pool.map(lambda _: one(client, url, payload), range(args.requests)))
            wall = time.perf_counter() - t0
            if runner is not None:
                runner.join()
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    lat = [(end - start) * 1000 for start, end, _ in results]
    errors = [e for *_, e in results if e] + [e for *_, e in large if e]
    words = sum(len(d.raw.split()) for d in docs)
    print(f"small: POST /api/brief, example story ({len(docs)} articles, {words} words), {args.words} words")
    if big is not None:
        chars = sum(map(len, big["documents"]))
        print(f"large: {chars:,} characters of dev articles in {len(big['documents'])} documents, sent first")
    print(f"server: newsbrief serve on {HOST} (default workers); client: {args.concurrency} threads\n")
    rows = [
        ("small requests", f"{len(results)}"),
        ("concurrency", f"{args.concurrency}"),
        ("errors (small + large)", f"{len(errors)}"),
        ("small median latency ms", f"{statistics.median(lat):.0f}"),
        ("small p95 latency ms", f"{pct(lat, 95):.0f}"),
        ("small max latency ms", f"{max(lat):.0f}"),
        ("small throughput req/s", f"{len(results) / wall:.2f}"),
        (f"sequential median ms (n={len(seq)})", f"{statistics.median(seq):.0f}"),
    ]
    if large:
        start, end, _ = large[0]
        during = [(e - s) * 1000 for s, e, _ in results if s >= start and e <= end]
        rows += [
            ("large request latency s", f"{end - start:.1f}"),
            ("small requests done while it ran", f"{len(during)} of {len(results)}"),
        ]
        if during:
            rows += [("  their p95 latency ms", f"{pct(during, 95):.0f}")]
    width = max(len(k) for k, _ in rows)
    print(f"| {'metric'.ljust(width)} | value |\n|{'-' * (width + 2)}|-------|")
    for k, v in rows:
        print(f"| {k.ljust(width)} | {v} |")
    for e in errors[:5]:
        print("error:", e, file=sys.stderr)
    print(f"\n0 errors check: {'OK' if not errors else 'FAILED'}")
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
