"""Regenerate crimecli/data/generated/countries.jsonl and subdivisions.jsonl from pycountry
(ISO 3166-1 and ISO 3166-2).

Run:  pip install -e ".[data]" && python scripts/build_gazetteers.py

A subdivision whose name is also a common English word ("Central", Paraguay) gets
``needs_context`` (scripts/wordclasses.py): the pipeline then reads it as a place only where the
text says it is one ("in Central department"), not in "Central American". Names that are also
surnames are left to the curated name lexicon: most states bear a person's name (Bolívar,
Hidalgo, Morelos) and are read as places far more often than not.

Generated files are never edited by hand; curated knowledge (common names, demonyms, capitals,
cities, groups, agencies, media) lives in crimecli/data/curated/ and is applied on load.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry
from wordclasses import SOURCES, WordClasses

OUT = Path(__file__).resolve().parent.parent / "crimecli" / "data" / "generated"

# First-level subdivisions are generated for the Americas plus Spain (the reporting's world).
SUBDIVISION_COUNTRIES = (
    "AR BO BR BZ CA CL CO CR CU DO EC GT GY HN HT JM MX NI PA PE PY SR SV TT US UY VE ES"
).split()


def _slug(text: str) -> str:
    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")


def _clean_subdivision_name(name: str) -> tuple[str, list[str]]:
    """'Madrid, Comunidad de' -> 'Comunidad de Madrid'; 'Catalunya [Cataluña]' -> both forms."""
    variants: list[str] = []
    bracket = re.match(r"^(.*?)\s*\[(.*)\]$", name)
    if bracket:
        name, other = bracket.group(1).strip(), bracket.group(2).strip()
        variants.append(other)
    if ", " in name:
        head, tail = name.split(", ", 1)
        variants.append(head)  # 'Madrid' for 'Madrid, Comunidad de'
        name = f"{tail} {head}"
    return name, [v for v in variants if v != name]


def _header(source: str, count: int) -> dict:
    return {"_meta": {
        "source": source,
        "generated_by": "scripts/build_gazetteers.py",
        "pycountry_version": getattr(pycountry, "__version__", "unknown"),
        "word_sources": "needs_context: form -> 'English word' (scripts/wordclasses.py: " + ", ".join(SOURCES) + ")",
        "records": count,
        "note": "generated; do not edit by hand (curated overrides live in data/curated/)",
    }}


def build_countries() -> list[dict]:
    rows = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        rows.append({
            "alpha2": c.alpha_2,
            "alpha3": c.alpha_3,
            "name": name,
            "pycountry_name": c.name,
            "official_name": getattr(c, "official_name", None),
        })
    rows.sort(key=lambda r: r["alpha2"])
    return rows


def build_subdivisions() -> list[dict]:
    words = WordClasses()
    rows = []
    for code in SUBDIVISION_COUNTRIES:
        country = pycountry.countries.get(alpha_2=code)
        cname = getattr(country, "common_name", None) or country.name
        for sub in pycountry.subdivisions.get(country_code=code) or []:
            if sub.parent_code is not None:
                continue
            name, variants = _clean_subdivision_name(sub.name)
            needs = {form: "English word" for form in (name, *variants)
                     if words.needs_context(form, known=True) == "English word"}
            rows.append({
                "code": sub.code,
                "name": name,
                "variants": variants,
                "type": sub.type,
                "alpha2": code,
                "country_pycountry": cname,
                **({"needs_context": needs} if needs else {}),
            })
    rows.sort(key=lambda r: r["code"])
    return rows


def write_jsonl(path: Path, header: dict, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(header, ensure_ascii=False) + "\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    write_jsonl(OUT / "countries.jsonl", _header("pycountry ISO 3166-1", len(countries)), countries)
    subs = build_subdivisions()
    write_jsonl(OUT / "subdivisions.jsonl",
                _header("pycountry ISO 3166-2, first-level subdivisions of the Americas and Spain", len(subs)),
                subs)
    print(f"wrote {len(countries)} countries and {len(subs)} subdivisions to {OUT}")


if __name__ == "__main__":
    main()
