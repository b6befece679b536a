"""Regenerate crimecli/data/generated/person_names.json: given names and surnames that count as
evidence that a capitalised run is a person's name ("Clara Ortiz", "Ned Price").

    pip install faker && python scripts/build_person_names.py

Source: the person providers of Faker (MIT licence, maintained; its locale lists are drawn from
national statistics offices and civil registries: INE Spain, the US Social Security and Census
name tables, and so on). Only the locales of the region and of the officials who write about it
are read: Spanish (Spain, Mexico, Colombia, Argentina, Chile), Portuguese (Brazil, Portugal),
English (United States, United Kingdom, Ireland), French (France, Canada: Haiti's names are
French), German, Italian and Dutch (European officials, Suriname). Names that are also common
English words ("Will", "Summer", "Price", "House") are left out, since a capitalised common word
at the start of a heading is no evidence of a person; Faker's English word list (its ``lorem``
provider) says which words are common. Faker is needed only to run this script, never by crimecli.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

import faker
from faker.providers.lorem.en_US import Provider as EnglishWords

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "crimecli" / "data" / "generated" / "person_names.json"
LOCALES = ("es_ES", "es_MX", "es_CO", "es_AR", "es_CL", "pt_BR", "pt_PT", "en_US", "en_GB", "en_IE",
           "fr_FR", "fr_CA", "de_DE", "it_IT", "nl_NL")
GIVEN = ("first_names", "first_names_male", "first_names_female")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _names(provider: type, attributes: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for attr in attributes:
        value = provider.__dict__.get(attr)  # the locale's own list, not one inherited
        if isinstance(value, dict):  # some locales weight names: {name: frequency}
            value = list(value)
        if isinstance(value, (list, tuple, set, frozenset)):
            for name in value:
                # 'Juan Pablo', 'Maria Luiza': each word is a given name
                found.update(w for w in str(name).split() if _WORD.fullmatch(w) and len(w) > 1)
    return {n for n in found if n[:1].isupper()}


def build() -> dict:
    common = {w.lower() for w in EnglishWords.word_list}
    given: set[str] = set()
    surnames: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given |= _names(provider, GIVEN)
        surnames |= _names(provider, ("last_names",))
    given = {n for n in given if n.lower() not in common}
    surnames = {n for n in surnames if n.lower() not in common}
    return {
        "_meta": {
            "source": "Faker person providers (MIT licence), locales " + ", ".join(LOCALES),
            "faker_version": faker.VERSION,
            "generated_by": "scripts/build_person_names.py",
            "filter": "left out: names that are common English words (Faker's en_US lorem word list)",
            "note": "generated; do not edit by hand (curated additions live in data/curated/names.json)",
        },
        "given_names": sorted(given),
        "surnames": sorted(surnames),
    }


def main() -> int:
    data = build()
    TARGET.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(REPO)}: {len(data['given_names'])} given names, "
          f"{len(data['surnames'])} surnames", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
