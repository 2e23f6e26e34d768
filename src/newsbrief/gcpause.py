"""Python's cyclic garbage collector held off while a story is briefed.

A brief allocates hundreds of thousands of small objects (tokens, tuples, candidates), nearly all
freed by reference counting as soon as a stage ends; the cyclic collector still runs a young-generation
pass every 700 allocations and now and then a full pass over every object the process holds (the
loaded tables included): about 3 ms CPU of a 60 ms brief on LongBench dev stories (gc.callbacks,
session 5). The per-story limits (`limits.py`) bound what a brief can allocate, so the collector
runs again, on its usual schedule, once the brief is done; it is turned back on only if it was on
before. Only the main thread pauses it: the switch is process-wide, so in a server whose worker
threads brief overlapping stories it would stay off for every thread, and those leave it alone.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_inside = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cyclic collector off when on the main thread (see the module docstring);
    nests."""
    global _inside, _was_enabled
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    with _lock:
        if _inside == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if _inside == 0 and _was_enabled:
                gc.enable()
