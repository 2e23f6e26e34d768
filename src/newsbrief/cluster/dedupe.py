"""Near-duplicate articles (the same wire copy in several outlets): MinHash signatures in an LSH index.

`datasketch` does the hashing and the banding; an LSH hit is only a candidate, so the estimated Jaccard
similarity of the two shingle sets is checked against the threshold before a copy is declared.
"""

from __future__ import annotations

import zlib
from functools import cache
from typing import Any

from .vectors import shingle_words

SHINGLE = 4  # words per shingle
NUM_PERM = 64  # MinHash permutations
THRESHOLD = 0.7  # estimated Jaccard similarity of shingle sets at or above which two articles are copies
_SEED = 1
_BASE = 1_000_003  # multiplier of the shingle hash polynomial
SCHEME = "affine32"  # datasketch 2 hashing scheme (32-bit values: half the memory of 64-bit)


def shingle_hashes(text: str) -> list[int]:
    """32-bit hashes of the distinct word `SHINGLE`-grams of a text, sorted.

    Each word is hashed once (CRC-32, in C) and a shingle's hash is a polynomial of its words' hashes,
    computed for all shingles at once with numpy: no string per shingle."""
    import numpy as np

    ws = shingle_words(text)
    if not ws:
        return []
    h = np.fromiter(map(zlib.crc32, map(str.encode, ws)), dtype=np.uint64, count=len(ws))  # loops in C
    if len(ws) >= SHINGLE:
        n = len(ws) - SHINGLE + 1
        acc = np.zeros(n, dtype=np.uint64)
        for k in range(SHINGLE):
            acc = (acc * np.uint64(_BASE) + h[k : k + n]) & np.uint64(0xFFFFFFFF)
        h = acc
    return np.unique(h).tolist()


@cache
def _permutations() -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=SCHEME).permutations


def signature(text: str) -> Any:
    """The MinHash signature of a text (a `datasketch.LeanMinHash`) over `shingle_hashes` (stable across
    processes; datasketch's default SHA-1 per shingle costs more than the rest of an assignment)."""
    from datasketch import LeanMinHash, MinHash

    m = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=int, permutations=_permutations(), scheme=SCHEME)
    m.update_batch(shingle_hashes(text))
    return LeanMinHash(m)


def to_bytes(sig: Any) -> bytes:
    """A signature as bytes, for a store."""
    import numpy as np

    return np.asarray(sig.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes) -> Any:
    """The signature `to_bytes` wrote."""
    import numpy as np
    from datasketch import LeanMinHash

    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(data, dtype=np.uint32), scheme=SCHEME)


@cache
def _bands() -> tuple[tuple[int, int], ...]:
    """The hash ranges of datasketch's bands for `THRESHOLD` (as `MinHashLSH.hashranges` lays them)."""
    b, r = _params(THRESHOLD)
    return tuple((i * r, (i + 1) * r) for i in range(b))


@cache
def _params(threshold: float) -> tuple[int, int]:
    """datasketch's bands and rows for a threshold (found by numerical integration: worth it once per
    process, not once per index: a store builds an index per ingest)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def band_keys(sig: Any) -> list[str]:
    """The LSH band keys of a signature, as `CopyIndex` bands it (datasketch's bands for `THRESHOLD`):
    two articles that share a key are copy candidates. For a store's table of bands: band number, then
    a 64-bit BLAKE2b digest of the band's hash values."""
    import hashlib

    import numpy as np

    hv = np.asarray(sig.hashvalues, dtype=np.uint32)
    return [
        f"{k}:{hashlib.blake2b(hv[a:b].tobytes(), digest_size=8).hexdigest()}"
        for k, (a, b) in enumerate(_bands())
    ]


class CopyIndex:
    """Articles by MinHash signature; `find` gives the earliest-added copy of a new article, if any.

    Banded as datasketch's `MinHashLSH` bands it for the threshold (`_params`: b bands of r hash values;
    two signatures are candidates when all the values of one band are equal), in plain dicts: a band's
    key is its slice of the signature's bytes (equal bytes, equal values), cut once per signature, where
    `MinHashLSH` swaps the bytes of each band in Python and goes through its storage classes (an ingest
    asks and fills such an index a few hundred times)."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        b, r = _params(threshold)
        self._ranges = tuple((i * r, (i + 1) * r) for i in range(b))
        self._tables: tuple[dict[bytes, list[str]], ...] = tuple({} for _ in range(b))
        self._sigs: dict[str, Any] = {}
        self._order: dict[str, int] = {}

    def _keys(self, sig: Any) -> list[bytes]:
        hv = sig.hashvalues
        raw, size = hv.tobytes(), hv.itemsize
        return [raw[a * size : b * size] for a, b in self._ranges]

    def find(self, sig: Any) -> str | None:
        """The id of the first-added article whose signature is at least `threshold` similar."""
        near = {
            k for table, key in zip(self._tables, self._keys(sig), strict=True) for k in table.get(key, ())
        }
        hits = [k for k in near if self._sigs[k].jaccard(sig) >= self.threshold]
        return min(hits, key=self._order.__getitem__) if hits else None

    def add(self, key: str, sig: Any) -> None:
        if key in self._sigs:
            return
        self._order[key] = len(self._order)
        self._sigs[key] = sig
        for table, band in zip(self._tables, self._keys(sig), strict=True):
            table.setdefault(band, []).append(key)

    def __len__(self) -> int:
        return len(self._sigs)
