"""Load test of the web app: `newsbrief serve` on 127.0.0.1, N POST /api/brief of the example story.

    python bench/bench_load.py [--requests 200] [--concurrency 8] [--words 250]

Starts the server as a subprocess (so client threads do not share its GIL), waits for
/api/health, sends one warm-up request and a few sequential ones (the baseline latency), then
fires the requests with a thread pool, checks every answer (HTTP 200, a brief with a summary),
stops the server and prints a table: errors, median and p95 latency, throughput.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

HOST = "127.0.0.1"  # loopback only


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(port: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "newsbrief.cli", "serve", "--host", HOST, "--port", str(port)]
    return subprocess.Popen([*cmd, "--log-level", "warning"], stdout=subprocess.DEVNULL)


def wait_healthy(base: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with code {proc.returncode}")
        try:
            if httpx.get(base + "/api/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("server did not become healthy")


def one(client: httpx.Client, url: str, payload: dict[str, Any]) -> tuple[float, str | None]:
    """Latency in ms and an error message (None when the answer is a good brief)."""
    t = time.perf_counter()
    try:
        r = client.post(url, json=payload)
        ms = (time.perf_counter() - t) * 1000
        if r.status_code != 200:
            return ms, f"HTTP {r.status_code}: {r.text[:100]}"
        data = r.json()
        if not data.get("summary") or len(data.get("documents", [])) != len(payload["documents"]):
            return ms, "answer without a summary"
        return ms, None
    except (httpx.HTTPError, ValueError) as e:
        return (time.perf_counter() - t) * 1000, f"{type(e).__name__}: {e}"


def pct(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--baseline", type=int, default=10, help="sequential requests measured first")
    args = ap.parse_args()

    from newsbrief.example import example_docs

    docs = example_docs()
    payload = {"documents": [d.raw for d in docs], "words": args.words}
    port = free_port()
    base = f"http://{HOST}:{port}"
    proc = start_server(port)
    try:
        wait_healthy(base, proc)
        limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
        with httpx.Client(timeout=120.0, limits=limits) as client:
            url = base + "/api/brief"
            _, err = one(client, url, payload)  # warm-up: imports, models
            if err:
                raise SystemExit(f"warm-up request failed: {err}")
            seq = [one(client, url, payload)[0] for _ in range(args.baseline)]
            t0 = time.perf_counter()
            with ThreadPoolExecutor(args.concurrency) as pool:
                results = list(pool.map(lambda _: one(client, url, payload), range(args.requests)))
            wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    lat = [ms for ms, _ in results]
    errors = [e for _, e in results if e]
    words = sum(len(d.raw.split()) for d in docs)
    print(f"POST /api/brief, example story ({len(docs)} articles, {words} words), budget {args.words} words")
    print(f"server: newsbrief serve on {HOST} (one uvicorn worker); client: {args.concurrency} threads\n")
    rows = [
        ("requests", f"{len(results)}"),
        ("concurrency", f"{args.concurrency}"),
        ("errors", f"{len(errors)}"),
        ("median latency ms", f"{statistics.median(lat):.0f}"),
        ("p95 latency ms", f"{pct(lat, 95):.0f}"),
        ("max latency ms", f"{max(lat):.0f}"),
        ("throughput req/s", f"{len(results) / wall:.2f}"),
        (f"sequential median ms (n={len(seq)})", f"{statistics.median(seq):.0f}"),
        ("median / sequential", f"{statistics.median(lat) / statistics.median(seq):.1f}x"),
    ]
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
