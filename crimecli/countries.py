"""Country names, short forms, demonyms and capitals: text -> canonical English country name.

Pure Python and cheap to import: the data (pycountry-generated list plus curated overrides in
``crimecli/data``) is read on first use and cached. Lookups are case- and accent-insensitive.

    >>> canonical_country("EE.UU")
    'United States'
    >>> demonym_country("Venezuelans")
    'Venezuela'
    >>> capital_country("Bogota")
    'Colombia'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from crimecli.errors import UnknownCountryError
from crimecli.identity import entity_id
from crimecli.text import fold, read_jsonl

__all__ = [
    "Country",
    "canonical_country",
    "capital_country",
    "countries",
    "country_by_alpha2",
    "country_names",
    "demonym_country",
    "place_country",
    "resolve_country",
    "writes_day_first",
]


@dataclass
class Country:
    alpha2: str
    alpha3: str
    name: str
    variants: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    # how its writers order a numeric date: "day-month" (most of the world, all of Latin America),
    # "month-day" (the United States), or "mixed" (Canada): 05/11/2024 is 5 November only in the first
    numeric_date_order: str = "day-month"

    @property
    def id(self) -> str:
        return entity_id("PLACE", self.name)


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)  # the pipeline asks about the same words again and again
def _key(text: str) -> str:
    """Lookup key: folded, without dots, a leading 'the', or other punctuation ('U.S.' == 'US')."""
    key = fold(text).replace(".", "")
    key = _NON_ALNUM.sub(" ", key).strip()
    if key.startswith("the "):
        key = key[4:]
    return key


class _Tables:
    def __init__(self) -> None:
        curated = {r["alpha2"]: r for r in read_jsonl("curated/countries.jsonl")}
        self.countries: list[Country] = []
        self.by_alpha2: dict[str, Country] = {}
        self.by_name: dict[str, Country] = {}
        self.names: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        for row in read_jsonl("generated/countries.jsonl"):
            extra = curated.get(row["alpha2"], {})
            name = extra.get("name") or row["name"]
            variants = [v for v in (row["name"], row["pycountry_name"], row.get("official_name"))
                        if v and v != name and "," not in v]
            variants += [v for v in extra.get("variants", []) if v not in variants]
            country = Country(
                alpha2=row["alpha2"], alpha3=row["alpha3"], name=name, variants=variants,
                demonyms=list(extra.get("demonyms", [])), capitals=list(extra.get("capitals", [])),
                numeric_date_order=extra.get("numeric_date_order", "day-month"),
            )
            self.countries.append(country)
            self.by_alpha2[country.alpha2] = country
            self.by_name[country.name] = country
        # Names first, so that a curated name is never shadowed by another country's variant.
        for country in self.countries:
            self.names.setdefault(_key(country.name), country.name)
        for country in self.countries:
            for variant in country.variants:
                self.names.setdefault(_key(variant), country.name)
            self.names.setdefault(_key(country.alpha3), country.name)
            for demonym in country.demonyms:
                self.demonyms.setdefault(_key(demonym), country.name)
            for capital in country.capitals:
                self.capitals.setdefault(_key(capital), country.name)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def countries() -> list[Country]:
    """Every country (ISO 3166-1) with curated short forms, demonyms and capitals."""
    return list(_tables().countries)


def country_by_alpha2(code: str) -> Country | None:
    return _tables().by_alpha2.get(code.upper())


def country_names() -> list[str]:
    """Canonical (common English) names of all countries, sorted."""
    return sorted(c.name for c in _tables().countries)


@lru_cache(maxsize=65536)
def canonical_country(text: str) -> str | None:
    """'U.S.' / 'EE.UU' / 'the United States' -> 'United States'; None when not a country."""
    if not text:
        return None
    return _tables().names.get(_key(text))


@lru_cache(maxsize=65536)
def demonym_country(word: str) -> str | None:
    """'Venezuelans' / 'Colombian' / 'U.S.' -> the country; None when not a known demonym."""
    if not word:
        return None
    table = _tables().demonyms
    key = _key(word)
    found = table.get(key)
    if found is None and key.endswith("s"):
        found = table.get(key[:-1])  # 'Venezuelans', 'Argentines'
    if found is None and key.endswith("es"):
        found = table.get(key[:-2])
    if found is None and key.endswith("men"):
        found = table.get(key[:-3] + "man")
    return found


def capital_country(text: str) -> str | None:
    """'Caracas' -> 'Venezuela', 'Bogotá' -> 'Colombia' (seat of government, for metonymy)."""
    if not text:
        return None
    return _tables().capitals.get(_key(text))


def place_country(text: str) -> str | None:
    """The country a dateline's place names: a country ('Paraguay') or a capital ('Asunción')."""
    return canonical_country(text) or capital_country(text)


def writes_day_first(country: str) -> bool:
    """Do the writers of ``country`` (a canonical name) put the day first in a numeric date?"""
    found = _tables().by_name.get(country)
    return found is not None and found.numeric_date_order == "day-month"


def resolve_country(text: str) -> str:
    """Canonical name, or UnknownCountryError naming the nearest known countries."""
    found = canonical_country(text)
    if found:
        return found
    from rapidfuzz import fuzz, process, utils

    keys = _tables().names
    matches = process.extract(_key(text), list(keys), scorer=fuzz.ratio,
                              processor=utils.default_process, limit=8)
    best = matches[0][1] if matches else 0
    suggestions: list[str] = []
    for key, score, _ in matches:
        name = keys[key]
        # Only names nearly as close as the best one: a typo has one obvious fix.
        if score >= max(65, best - 6) and name not in suggestions:
            suggestions.append(name)
    if suggestions:
        hint = " or ".join(suggestions[:3])
        raise UnknownCountryError(f"unknown country {text!r}; did you mean {hint}?")
    raise UnknownCountryError(
        f"unknown country {text!r}; use a country name such as Venezuela or Colombia")
