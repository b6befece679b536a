"""Places no curated list holds, and the context that tells a place from a word or a surname.

Used by the gazetteer filter (crimecli/pipeline/gazetteer.py), which weighs these candidates
against the span rulers' matches (longest first, curated knowledge before these):

- **GeoNames towns and villages** (``data/generated/places_geonames.jsonl``, built by
  ``scripts/build_places.py``): every populated place of the Americas, Spain and Portugal above
  a population threshold. A form any curated entry has (a country, a subdivision, a curated
  city, an organisation) is left to the curated entry. A form that is also a surname, a first
  name or a common word ("Guerrero", "Victoria", "Progreso") *needs context*: a preposition of
  place before it ("in Progreso"), a kind noun ("the town of Victoria", "Victoria
  municipality"), an apposition naming its state or country ("Progreso, Yoro"), or a list of
  places it stands in ("Tela, Progreso and La Ceiba"). Once a document has read a form as a
  place with context, its other mentions are that place too, unless the document also uses the
  word inside a person's name.
- **Places found by their shape**: a capitalised name with a head word that makes it a place
  ("the Atrato River", "Lake Titicaca", "Río Bravo", "Soto Cano Air Base", "Port of Cádiz",
  "La Modelo prison", "the Petare neighbourhood"); the words are language data
  (``lexicons/<language>/places.json``, read through :func:`crimecli.lexicons.place_words`).

A GeoNames form that several places share takes the most populous one, unless an apposition
names the state or country ("San Pedro, Coahuila"); the others stay candidates that the
resolver weighs against the document's context (``doc._.place_candidates``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import compress
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crimecli.countries import country_by_alpha2, demonym_country
from crimecli.identity import entity_id
from crimecli.lexicons import PlaceWords, calendar, name_particles, place_words, word_class
from crimecli.text import fold, fold_words, lexicon, lexicon_languages, read_jsonl

GEONAMES_FILE = "generated/places_geonames.jsonl"
#: Longest place name, in tokens, the GeoNames scan tries.
MAX_TOKENS = 8
#: Tokens that may sit inside a place name without ending the scan ("Port-au-Prince", "St.").
_JOINERS = frozenset({"-", "'", "’", "."})
_POSSESSIVES = frozenset({"'s", "’s"})
#: Lower-case words inside a capitalised run of a name ("Valle del Cauca", "Port of Cádiz",
#: "Petite-Rivière de l'Artibonite": the tokenizer splits a French elided article off its word).
_RUN_PARTICLES = name_particles().words | {"of", "the"}
#: Words that end a route begun with 'from' ('from Cáceres toward Tarazá').
_ROUTE_TO = word_class("places.json", "route_ends")
_TOWN_NOUNS = word_class("places.json", "town_nouns")  # 'the town of X'
#: Capitalised words that open a sentence or a phrase without being part of a name after them.
_OPENERS = frozenset({"The", "In", "At", "On", "From", "To", "For", "By", "Near", "And", "Of", "A", "An",
                      "Inside", "Outside", "Across", "Along", "Around", "Through", "Into", "After", "Before"})
_OPEN_QUOTES = frozenset({"“", '"', "‘", "'", "«"})
#: Why a form needs context (scripts/wordclasses.py) when a person may bear it: after "from" or
#: "to" such a form is as likely a person ("a call from Morales") as a place.
_NAME_REASONS = frozenset({"surname", "first name", "person's name"})


@lru_cache(maxsize=65536)
def token_key(text: str) -> str:
    """A token's part of a look-up key: folded, punctuation and spaces dropped ("Sondé" ->
    "sonde", "-" -> ""). A name's key is its tokens' keys joined."""
    return fold_words(text).replace(" ", "")


def name_key(text: str) -> str:
    """A name's look-up key: its folded words joined ("Nuevo Cuscatlán" -> "nuevocuscatlan"),
    the same whether it is read from a list or joined from the tokens of a text."""
    return fold_words(text).replace(" ", "")


@dataclass(frozen=True)
class GeoPlace:
    """One GeoNames place, as the filter and the resolver read it."""

    id: str
    name: str
    country: str
    admin1: str | None  # the gazetteer id of its first-level division ("place:manabi-ec")
    population: int
    weight: int  # the population as a prior: places of the reporting's region count REGION_WEIGHT times


# --- building the table (at initialize(); saved with the pipeline) -----------------------------

def _words(form: str) -> list[str]:
    """The keys of a form's words: a token never joins two words, so a name's key grows word
    by word as the scan adds tokens."""
    return fold_words(form).split()


_SEP = "\x1f"  # between the fields of a packed row
#: How much more a place of the reporting's region weighs than its population says.
REGION_WEIGHT = 3
#: How a GeoNames form may be read (the first item of its entry in the table's ``forms``).
FREE, NEEDS_CONTEXT, NAME_LIKE = 0, 1, 2


@lru_cache(maxsize=1)
def geonames_table(claimed: frozenset[str], never: frozenset[str],
                   divisions: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """The GeoNames places as plain, compact data for :class:`GeonamesTable` (it is loaded by
    every command, so strings are not repeated: countries and divisions are indexed).

    ``claimed`` holds the keys (:func:`name_key`) of every curated form: such a name is the
    curated entry's, and its GeoNames places are kept only for an apposition to choose from
    ('San Pedro, Coahuila'); ``never`` holds the capitalised words that are never names;
    ``divisions`` pairs ISO 3166-2 codes with the gazetteer ids of those subdivisions."""
    division_ids = dict(divisions)
    records = list(read_jsonl(GEONAMES_FILE))
    same_name = Counter((fold(r["name"]), r["country"]) for r in records)
    countries: dict[str, int] = {}
    division_index: dict[tuple[str | None, str], int] = {}
    rows: list[list[Any]] = []
    forms: dict[str, list[int]] = {}  # key -> [how it may be read, row, row, ...]
    prefixes: set[str] = set()
    for record in records:
        country = country_by_alpha2(record["country"])
        if country is None:
            continue
        name = record["name"]
        division = (division_ids.get(record.get("admin1", "")), record.get("admin1_name", ""))
        qualified = same_name[(fold(name), record["country"])] > 1 and bool(division[1])
        index = len(rows)
        rows.append([name, countries.setdefault(country.name, len(countries)),
                     division_index.setdefault(division, len(division_index)), record["population"],
                     int(qualified), record["population"] * (1 if record.get("elsewhere") else REGION_WEIGHT)])
        gated = record.get("needs_context", {})
        for form in (name, *record.get("alternate_names", ())):
            words = _words(form)
            if not words or not form[:1].isupper() or form in never:
                continue
            key = "".join(words)
            how = NAME_LIKE if gated.get(form) in _NAME_REASONS else NEEDS_CONTEXT if form in gated else FREE
            entry = forms.setdefault(key, [how])
            if index in entry[1:]:
                continue
            entry[0] = min(entry[0], how) if how == FREE or entry[0] == FREE else max(entry[0], how)
            entry.append(index)
            for i in range(1, len(words)):
                prefixes.add("".join(words[:i]))
    for entry in forms.values():
        # the most populous first, places of the reporting's region (the Americas, Spain and
        # Portugal) weighing three times their population: 'Cádiz' is the Spanish port before
        # the Philippine city, 'Warsaw' still the Polish capital before the town in Indiana
        entry[1:] = sorted(entry[1:], key=lambda i: -rows[i][5])
    # Compact for loading (msgpack decodes a long list far faster than a mapping): a row is one
    # string, the forms' keys one string, a form of one place one integer (row * 3 + how)
    keys = sorted(forms)
    return {"rows": [_SEP.join(str(v) for v in row) for row in rows], "countries": list(countries),
            "divisions": [list(d) for d in division_index], "form_keys": _SEP.join(keys),
            "form_places": [forms[k][1] * 3 + forms[k][0] if len(forms[k]) == 2 else forms[k] for k in keys],
            "claimed": _SEP.join(sorted(claimed & set(forms))), "prefixes": _SEP.join(sorted(prefixes - set(forms)))}


class GeonamesTable:
    """Look-ups over :func:`geonames_table`'s data."""

    def __init__(self, data: dict[str, Any]) -> None:
        # rows are made GeoPlace on demand: the table loads with every command
        self.rows: list[str] = data["rows"]
        self.countries: list[str] = data["countries"]
        self.divisions: list[list[Any]] = data["divisions"]
        # form key -> row * 3 + how, or [how, row, row, ...] (see geonames_table)
        self.forms: dict[str, int | list[int]] = dict(zip(data["form_keys"].split(_SEP), data["form_places"]))
        self.claimed = frozenset(data["claimed"].split(_SEP))  # forms a curated entry has
        self.prefixes = frozenset(data["prefixes"].split(_SEP))
        self._made: dict[str, list[GeoPlace]] = {}  # candidates() made so far

    def needs_context(self, key: str) -> bool:
        """Is the form also a word or a name ('Progreso', 'Guerrero'), to be read as a place
        only where the text says so?"""
        return self._how(key) != FREE

    def name_like(self, key: str) -> bool:
        """... and a name a person may bear ('Guerrero', 'Emiliano Zapata')?"""
        return self._how(key) == NAME_LIKE

    def _how(self, key: str) -> int:
        entry = self.forms[key]
        return entry % 3 if isinstance(entry, int) else entry[0]

    def _rows(self, key: str) -> list[int]:
        entry = self.forms.get(key)
        if entry is None:
            return []
        return [entry // 3] if isinstance(entry, int) else entry[1:]

    def matches(self, texts: list[str], caps: list[bool] | None = None) -> list[tuple[int, int, str]]:
        """(start, end, key) of every token sequence that is a GeoNames form no curated entry
        has and opens with a capital letter (``caps``: :func:`capitalised` of the texts). The
        key grows token by token and stops as soon as no form begins so."""
        forms, prefixes, claimed = self.forms, self.prefixes, self.claimed
        out = []
        n = len(texts)
        caps = caps if caps is not None else capitalised(texts)
        for i in compress(range(n), caps):
            text = texts[i]
            if not text[:1].isalpha():
                continue
            first = token_key(text)
            if first not in forms and first not in prefixes and not (i + 1 < n and texts[i + 1] == "-"):
                continue  # most capitalised words open no place name
            key = ""
            for j in range(i, min(n, i + MAX_TOKENS)):
                part = token_key(texts[j])
                if j > i and not part and texts[j] not in _JOINERS:
                    break  # a comma, a bracket, a line break ends a name
                key += part
                if key in forms:
                    if key not in claimed and part and not (
                            texts[j] in _POSSESSIVES and (key[:-1] in claimed or key[:-1] in forms)):
                        # a name never ends on a joiner; 'Peru's' is Peru's, not the town Perus
                        out.append((i, j + 1, key))
                elif key not in prefixes and texts[j] != "-" and not (j + 1 < n and texts[j + 1] == "-"):
                    break  # ('Petion-Ville' goes on: the list may write 'Pétionville')
        return out

    def candidates(self, key: str) -> list[GeoPlace]:
        """The places of a form, the most populous first (none for a form no place has)."""
        found = self._made.get(key)
        if found is None:
            found = self._make(key)
            if len(self._made) < 50_000:  # bounded: a long-lived process sees many names
                self._made[key] = found
        return found

    def _make(self, key: str) -> list[GeoPlace]:
        out = []
        for i in self._rows(key):
            name, country, division, population, qualified, weight = self.rows[i].split(_SEP)
            country, division = int(country), int(division)
            country_name = self.countries[country]
            division_id, division_name = self.divisions[division]
            # 'San Pedro, Coahuila' and 'San Pedro, Jujuy': the division tells them apart
            qualifier = f"{division_name} {country_name}" if qualified == "1" else country_name
            out.append(GeoPlace(entity_id("PLACE", name, qualifier), name, country_name, division_id, int(population),
                                int(weight)))
        return out


# --- places found by their shape ---------------------------------------------------------------

#: A road's number or code: '5', '15D', 'CA-13', 'PE-1S', 'BR-364' (not a year: 'Route 2024' is no road).
_ROUTE_CODE_RE = re.compile(r"(?:[A-Z]{1,4}-?)?\d{1,4}[A-Z]{0,2}")
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
#: The number of one unit of a facility, written between its name and its noun ('the Renovación 1 prison').
_UNIT_NUMBER_RE = re.compile(r"\d{1,2}")
_ROAD = "border crossing or infrastructure"

@dataclass(frozen=True)
class ShapePlace:
    start: int
    end: int
    kind: str
    head_after: bool = False  # named by a word after it ('the Ahome prison'): a town's name, taken as the facility's


@lru_cache(maxsize=1)
def date_name_words() -> tuple[frozenset[str], frozenset[str]]:
    """(links, months): the words that make a day's number and a month's name one place name
    ('23 de Enero'), from every language pack that writes them (lexicons/<language>/places.json
    'date_name_links', with that language's calendar.json months)."""
    links: set[str] = set()
    months: set[str] = set()
    for language in lexicon_languages("places.json"):
        found = lexicon("places.json", language).get("date_name_links", ())
        if found:
            links.update(found)
            months.update(m.lower() for m in calendar(language).months)
    return frozenset(links), frozenset(months)


def date_name_start(texts: list[str], a: int) -> int:
    """Where a place name that opens with a date starts when its month's name is at ``a``
    ('the 23 de Enero district': the number and 'de' are part of the name); ``a`` otherwise."""
    links, months = date_name_words()
    if a >= 2 and texts[a].lower() in months and texts[a - 1] in links and texts[a - 2].isdigit() \
            and 1 <= int(texts[a - 2]) <= 31:
        return a - 2
    return a


#: Kinds of place named with a kind word that lie inside one town: a street, a ranch, a prison.
_LOCAL_KIND_WORD_KINDS = frozenset({"facility", "neighbourhood", "border crossing or infrastructure", "other"})


def local_kind_word(name: str) -> bool:
    """Does a kind word of a place that lies inside one town open ``name`` ('Avenida Monseñor
    Rodríguez', 'Calle Hidalgo', 'Estancia Santa Teresa'), or a head of a place inside one
    country end it ('Membrillo stream', lexicons/en/places.json 'local')? Not a town's ('Puerto Nuevo', whose
    sentence may name another country's town), nor one that may cross a border ('Río Bravo')."""
    words = name.split()
    if len(words) < 2:
        return False
    found = place_words()
    # ... or a lower-case head of such a place after it ('the Membrillo stream')
    return found.heads_before.get((words[0],)) in _LOCAL_KIND_WORD_KINDS or (words[-1],) in found.local_after


def capitalised(texts: list[str]) -> list[bool]:
    """Per token: does it open with a capital letter ('Río', 'St.', 'd'Eau' does not)?"""
    return [t[:1].isupper() and (t[:1].isalpha() or t[1:2].isalpha()) for t in texts]


def capitalised_runs(texts: list[str], spaces: list[str], caps: list[bool] | None = None,
                     within: bytearray | None = None) -> list[tuple[int, int]]:
    """Runs of capitalised words, with lower-case particles between two of them ("Valle del
    Cauca", "Port of Cádiz") and hyphens inside words ("Pont-Sondé"); at most 10 tokens.
    With ``within``, only the runs that hold a marked token or end right before one."""
    caps = caps if caps is not None else capitalised(texts)
    runs = []
    n = len(texts)
    i = 0
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 10:
            if caps[j]:
                j += 1
                continue
            k = j
            while k < n and texts[k] in _RUN_PARTICLES and k - j < 2:
                k += 1
            if k > j and k < n and caps[k]:
                j = k + 1
                continue
            if texts[j] == "-" and not spaces[j - 1] and not spaces[j] and j + 1 < n and caps[j + 1]:
                j += 2
                continue
            break
        if within is None or any(within[i:j + 1]):
            runs.append((i, j))
        i = j
    return runs


def _starts_with(texts: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    return tuple(texts[at:at + len(phrase)]) == phrase


def _by_first_word(phrases: Iterable[tuple[tuple[str, ...], Any]]) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    index: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for phrase, value in phrases:
        index.setdefault(phrase[0], []).append((phrase, value))
    for found in index.values():
        found.sort(key=lambda pv: -len(pv[0]))  # 'Air Force Base' before 'Air Base'
    return index


def apposition_kind(texts: list[str], comma: int, words: PlaceWords,
                    articles: tuple[str, ...] = ("a", "an")) -> str | None:
    """The kind of place a kind noun in apposition names after the comma at ``comma``, or None:
    'Paz, a hamlet in Sinaloa', 'El Rosario, a fishing village in Sinaloa', 'Buenaventura, a
    port city'. Up to two lower-case modifiers may stand before the noun, and the noun must end
    the phrase (a word of ``apposition_followers`` or a punctuation mark after it): 'Ruiz, a
    village leader' and 'Ruiz, a farmer whose village ...' name no place."""
    n = len(texts)
    if comma + 2 >= n or texts[comma] != "," or texts[comma + 1].lower() not in articles:
        return None
    for at in range(comma + 2, min(comma + 5, n)):
        word = texts[at].lower() if at == comma + 2 else texts[at]
        after = texts[at + 1] if at + 1 < n else "."
        kind = words.kind_nouns.get(word)
        if kind is not None and (after in words.apposition_followers or not after[:1].isalnum()):
            return kind
        # a modifier: a lower-case word ('a port city' reads 'port' as one) or a demonym ('a
        # Venezuelan town'); no other capitalised word ('Ruiz, a Sinaloa Cartel ...')
        if not (texts[at].isalpha() and (texts[at].islower() or demonym_country(texts[at]))) \
                or word in words.apposition_followers:
            return None
    return None


class ShapeFinder:
    """Places named by a head word: 'the Atrato River', 'Lake Titicaca', 'Río Bravo', 'Soto Cano
    Air Base', 'National Museum of American Diplomacy', 'La Modelo prison', 'Paz, a hamlet'.
    The name must hold a word that can be a name (not only words such as 'National' or
    'Federal', the ``never`` list) and no word that makes it an organisation ('Academy',
    'Cartel'). The head words are indexed by their first word: a run is only looked at when
    one of them is in it or right after it."""

    def __init__(self, never: frozenset[str], words: PlaceWords | None = None) -> None:
        self.words = words = words or place_words()
        self.never = never
        self.before = _by_first_word(words.heads_before.items())
        self.after = _by_first_word(words.heads_after.items())
        self.lower = _by_first_word(words.lower_after.items())
        # 'the Tocorón and Tocuyito prisons', 'the Atrato and San Juan rivers': a plural head
        # after two names names each of them (without the head)
        self.lower_plural = {phrase[0] + "s": [(phrase + ("s",), (kind, False, min_words))]
                             for phrase, (kind, _with_head, min_words) in words.lower_after.items()
                             if len(phrase) == 1 and phrase[0] + "s" not in self.lower}

    def find(self, texts: list[str], spaces: list[str], caps: list[bool] | None = None) -> list[ShapePlace]:
        words, never = self.words, self.never
        out: list[ShapePlace] = self._routes(texts)
        if words.town_heads:
            out += self._headed_towns(texts)
        n = len(texts)
        # the tokens a shape hangs on: head words, and the comma of 'X, a hamlet'
        heads = bytearray(n)
        found_head = False
        for i, t in enumerate(texts):
            if t in self.after or t in self.before or t in self.lower or t in self.lower_plural or \
                    t == "," and apposition_kind(texts, i, words) is not None:
                heads[i] = 1
                found_head = True
                if t in self.lower and i >= 3 and texts[i - 2] == "-" and texts[i - 3].islower():
                    heads[i - 3] = 1  # 'the Pozo maximum-security prison': the run ends before the modifier
                if t in self.lower and i >= 2 and _UNIT_NUMBER_RE.fullmatch(texts[i - 1]):
                    heads[i - 1] = 1  # 'the Renovación 1 prison': the run ends before the number
        if not found_head:
            return out
        for a, b in capitalised_runs(texts, spaces, caps, within=heads):
            nxt = texts[b] if b < n else ""
            if a and texts[a - 1] in _OPEN_QUOTES:
                continue  # a quoted title or nickname: '“Bay of Piglets”'
            while a < b and (texts[a] in _OPENERS or texts[a] in _RUN_PARTICLES):
                a += 1  # 'In the Artibonite valley'
            if b - a < 1 or any(t in words.not_place_words for t in texts[a:b]):
                continue
            a = date_name_start(texts, a)  # 'the 23 de Enero district
            found = self._in_run(texts, a, b)
            if found is None and texts[a] not in self.before:
                # 'Residents of Agua Blanca': a run that is a phrase before 'of' and a named place
                of = next((k for k in range(a + 1, b - 2) if texts[k] == "of" and texts[k + 1] in self.before), None)
                found = self._in_run(texts, of + 1, b) if of is not None else None
            if found is not None:
                start, end, kind, head = found
                of = max((k for k in range(start, head[0]) if texts[k] == "of"), default=None)
                if of is not None and of > start and any(_starts_with(texts, of - 1, phrase)
                                                         for phrase, _ in self.before.get(texts[of - 1], ())):
                    of = None  # 'Bay of Pigs Museum': 'of' inside the name
                if of is not None:  # 'Sheriff Ana Ruiz of Cochise County': the place follows 'of'
                    start = of + 1
                    while start < head[0] and texts[start] in _RUN_PARTICLES:
                        start += 1
                    if start == head[0]:
                        continue
                name_tokens = [t for k, t in enumerate(texts[start:end], start) if not head[0] <= k < head[1]
                               and t not in _RUN_PARTICLES and t != "-"]
                # a kind word before a name makes a place of common words too ('Puerto Nuevo',
                # 'Villa Hermosa'), but no facility ('Parque Nacional' is no park's name)
                named_by_head = head[0] == start and kind != "facility"
                if name_tokens and (named_by_head or any(t not in never for t in name_tokens)):
                    out.append(ShapePlace(start, end, kind))
                continue
            if all(t in never for t in texts[a:b]):
                continue
            # 'Paz, a hamlet in Sinaloa': a kind noun in apposition
            if nxt == "," and texts[b - 1].isalpha() and apposition_kind(texts, b, words) is not None:
                # not after an abbreviation: 'Battle Creek, Mich., a city'
                of = max((k for k in range(a + 1, b - 1) if texts[k] == "of"), default=None)
                if of is not None and texts[of - 1] not in self.before:
                    # 'Residents of Las Juntas, a village of ...': the place follows 'of' ('Port of
                    # Spain' keeps its head)
                    a = of + 1
                    while a < b and texts[a] in _RUN_PARTICLES:
                        a += 1
                out.append(ShapePlace(a, b, "city or town"))
                continue
            # a lower-case head after the run: 'the Atrato river', 'La Modelo prison'; after a
            # compound modifier only the name is named ('the Pozo maximum-security prison')
            at = b
            if b + 3 < n and texts[b + 1] == "-" and texts[b].islower() and texts[b + 2].islower() \
                    and not spaces[b] and not spaces[b + 1]:
                at = b + 3
                nxt = texts[at]
            number = 0
            if at == b and b + 1 < n and _UNIT_NUMBER_RE.fullmatch(texts[b]) and spaces[b - 1]:
                # 'the Renovación 1 prison', 'Bangu 3 prison': a numbered unit of a facility;
                # the number is part of its name
                number, at = 1, b + 1
                nxt = texts[at]
            plural = nxt in self.lower_plural
            for phrase, (kind, with_head, min_words) in self.lower.get(nxt) or [
                    ((nxt,), value) for _, value in self.lower_plural.get(nxt, ())]:
                if at > b:
                    with_head = False
                if plural:
                    other = self._coordinated_run(texts, caps, a)
                    after = texts[at + 1] if at + 1 < n else "."
                    if other is None or after[:1].isalnum() and after not in _RUN_PARTICLES \
                            and after not in self.words.apposition_followers:
                        break  # 'the Tocuyito prisons' (one name), 'the Ruiz and Gómez prisons chief'
                    if not all(t in never for t in texts[other[0]:other[1]]):
                        out.append(ShapePlace(other[0], other[1], kind, head_after=True))
                if _starts_with(texts, at, phrase):
                    of = max((k for k in range(a, b) if texts[k] == "of"), default=None)
                    if of is not None:  # 'Residents of the Beetham Gardens area': the place follows 'of'
                        a = of + 1
                        while a < b and texts[a] in _RUN_PARTICLES:
                            a += 1
                    # words: 'Arauca-Apure' (two places joined) is one
                    if sum(t not in _RUN_PARTICLES and t != "-" and texts[k - 1] != "-"
                           for k, t in enumerate(texts[a:b], a)) < min_words \
                            or all(t in never for t in texts[a:b]):
                        break
                    if kind == "facility" and a and texts[a - 1].lower() in ("a", "an"):
                        break  # 'a Quito prison': one of the town's prisons, not its name
                    if number and kind != "facility":
                        break  # 'the Tumaco 14 river': no numbered town or river
                    end = b + number + len(phrase) if with_head else b + number
                    out.append(ShapePlace(a, end, kind, head_after=not with_head))
                    break
        return out

    @staticmethod
    def _coordinated_run(texts: list[str], caps: list[bool] | None, a: int) -> tuple[int, int] | None:
        """The capitalised run joined by 'and' to the one at ``a`` ('Tocorón and Tocuyito')."""
        if a < 2 or texts[a - 1] not in ("and", "&"):
            return None
        caps = caps if caps is not None else capitalised(texts)
        end = a - 1
        start = end
        while start > 0 and caps[start - 1] and end - start < 4:
            start -= 1
        while start < end and texts[start] in _OPENERS:
            start += 1
        return (start, end) if start < end else None

    def kind_word_opens_name(self, texts: list[str], start: int, end: int, caps: list[bool] | None = None) -> bool:
        """Is [start, end) a kind word alone that opens the name after it ('Puerto' of 'Puerto
        Nuevo', 'Villa' of 'Villa Tunari')? A list may know the word as some town's other name
        ('Puerto' for El Puerto de Santa María), which is never what the text names."""
        if end - start != 1 or end >= len(texts) or not texts[end][:1].isupper():
            return False
        if caps is not None and not caps[end]:
            return False
        return any(phrase == (texts[start],) for phrase, _ in self.before.get(texts[start], ()))

    def kind_word_at(self, texts: list[str], start: int) -> bool:
        """Does a kind word open the name at ``start`` ('Puerto Azul', 'Villa Tunari', 'Estancia
        Santa Teresa', 'Avenida Monseñor Rodríguez')? The words after it make a new name, not
        the town or person they may name alone ('Azul', Argentina; 'Santa Teresa', Venezuela)."""
        return any(phrase == (texts[start],) for phrase, _ in self.before.get(texts[start], ()))

    def _routes(self, texts: list[str]) -> list[ShapePlace]:
        """Numbered roads: 'Route 5', 'National Route 1', 'Highway CA-13', 'the BR-364 highway'."""
        words = self.words
        out = []
        n = len(texts)
        for i, t in enumerate(texts):
            if t in words.route_heads and i + 1 < n and _ROUTE_CODE_RE.fullmatch(texts[i + 1]) \
                    and not _YEAR_RE.fullmatch(texts[i + 1]):
                start = i - 1 if i and texts[i - 1] in words.route_tiers else i
                out.append(ShapePlace(start, i + 2, _ROAD))
            elif t in words.route_nouns and i and _ROUTE_CODE_RE.fullmatch(texts[i - 1]) \
                    and not texts[i - 1].isdigit() and (i < 2 or texts[i - 2] not in words.route_heads):
                out.append(ShapePlace(i - 1, i, _ROAD))
        return out

    def _headed_towns(self, texts: list[str]) -> list[ShapePlace]:
        """Towns no list holds named with a head word ('Port Kaituma'): the head and one
        capitalised word that is never a common word, nothing capitalised after them, after a
        word that says a place follows ('in', 'to'; not 'of': 'the head of Port Operations'). 'Port Security
        Officer Ana Ruiz', 'the Port Authority', 'Port Workers said' are no towns."""
        words, never = self.words, self.never
        out = []
        n = len(texts)
        for i in range(1, n - 1):
            if texts[i] not in words.town_heads:
                continue
            name = texts[i + 1]
            if not (name[:1].isupper() and name.isalpha()) or name in never or name in words.not_place_words:
                continue
            if i + 2 < n and texts[i + 2][:1].isupper() and texts[i + 2][:1].isalpha():
                continue  # a longer capitalised run: an office's or a body's name
            before = (texts[i - 1].lower(),)  # not 'of': 'the head of Port Operations'
            # ... but 'residents of Port Mourant' (a phrase of lexicons/<language>/places.json)
            of = i >= 2 and (texts[i - 2].lower(), before[0]) in words.strong_before
            if before in words.strong_before or before in words.weak_before or of:
                out.append(ShapePlace(i, i + 2, "city or town"))
        return out

    def _in_run(self, texts: list[str], a: int, b: int) -> tuple[int, int, str, tuple[int, int]] | None:
        """(start, end, kind, head span) of a place the head words make of the run [a, b). A head
        ending the run says what the whole is, whatever opens it: 'Puerto Quetzal Container
        Terminal' is a facility, not a town."""
        before = None
        for phrase, kind in self.before.get(texts[a], ()):
            if _starts_with(texts, a, phrase) and a + len(phrase) < b:
                # 'Colonia Las Palmas of Choloma': the name ends before 'of' and the next place
                # (a facility keeps it: 'Presídio Central of Porto Alegre' is the prison's name)
                end = b if kind == "facility" else next(
                    (k for k in range(a + len(phrase) + 1, b) if texts[k] == "of"), b)
                before = a, end, kind, (a, a + len(phrase))
                break
        for k in range(a + 1 if before else a, b):
            for phrase, kind in self.after.get(texts[k], ()):
                if not _starts_with(texts, k, phrase):
                    continue
                end = k + len(phrase)
                if end == b and k > a:
                    return a, b, kind, (k, end)  # 'Putumayo River', 'Soto Cano Air Base'
                if end < b and texts[end] == "of" and before is None:
                    return a, b, kind, (k, end)  # 'National Museum of American Diplomacy'
        return before


# --- context ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def context_words() -> tuple[frozenset[str], frozenset[str]]:
    """Two more classes of words that say a place follows (lexicons/<language>/places.json):
    the Spanish and Portuguese kind nouns English reporting writes right before a name ('the
    vereda La Esperanza', ``kind_nouns_before``), and the verbs of going and nouns of a route
    or a stop that make a weak word strong ('fled to X', 'a landing at X', ``context_before``
    ``motion``)."""
    kinds: set[str] = set()
    motion: set[str] = set()
    for language in lexicon_languages("places.json"):
        data = lexicon("places.json", language)
        kinds.update(data.get("kind_nouns_before", ()))
        motion.update(data.get("context_before", {}).get("motion", ()))
    return frozenset(kinds), frozenset(motion)


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Languages a text quotes words of ('In Quechua, the word for coca is ...'; ``language_names``
    in lexicons/<language>/places.json): a name after 'in' that is no place."""
    return frozenset(w for language in lexicon_languages("places.json")
                     for w in lexicon("places.json", language).get("language_names", ()))


class PlaceContext:
    """Does the text around a span say it names a place?"""

    def __init__(self, words: PlaceWords | None = None) -> None:
        self.words = words or place_words()
        self._name_before_last = frozenset(p[-1] for p in self.words.name_before)
        self.kind_before, self.motion = context_words()

    def _before(self, texts: list[str], start: int, phrases: frozenset[tuple[str, ...]]) -> bool:
        for phrase in phrases:
            at = start - len(phrase)
            if at >= 0 and tuple(t.lower() for t in texts[at:start]) == phrase:
                return True
        return False

    def strong_before(self, texts: list[str], start: int) -> bool:
        """'in X', 'near X', 'cerca de X', 'residents of X'; a weak word after a verb of going
        or a noun of a route ('fled to X', 'a landing at X')."""
        return self._before(texts, start, self.words.strong_before) or self.moved_to(texts, start)

    def moved_to(self, texts: list[str], start: int) -> bool:
        """'fled to X', 'flew to X', 'a landing at X', 'the road from X': a weak word ('to',
        'at', 'from') after a verb of going or a noun of a route or a stop."""
        return start >= 2 and texts[start - 2].lower() in self.motion and (texts[start - 1].lower(),) in self.words.weak_before

    def weak_before(self, texts: list[str], start: int) -> bool:
        """'from X', 'to X': a place, or a person."""
        return self._before(texts, start, self.words.weak_before)

    def inside_a_name(self, texts: list[str], start: int) -> bool:
        """'the Southern District of Texas': the place is a word of a court's name."""
        if not start or texts[start - 1] not in self._name_before_last:
            return False
        return any(tuple(texts[start - len(p):start]) == p for p in self.words.name_before if start >= len(p))

    @staticmethod
    def town_of(texts: list[str], start: int) -> bool:
        """'the town of Rio Nido', 'the village of X': whatever its name says, a town."""
        return start >= 2 and texts[start - 1] == "of" and texts[start - 2] in _TOWN_NOUNS

    def kind_noun(self, texts: list[str], start: int, end: int) -> bool:
        """'the town of X', 'the municipality of X', 'X municipality', 'X, a village ...'."""
        n = len(texts)
        if start >= 2 and texts[start - 1].lower() in ("of", "de") and texts[start - 2] in self.words.kind_nouns:
            return True  # lower case: 'the Department of Commerce' is an office
        if start >= 1 and texts[start - 1] in self.kind_before:
            return True  # 'the vereda La Esperanza', 'the favela Jacarezinho' (lower case: 'Barrio 18' is a gang)
        if end < n and texts[end].lower() in self.words.kind_nouns and texts[end].islower():
            return True
        return apposition_kind(texts, end, self.words, ("a", "an", "the")) is not None


def apposition_after(texts: list[str], end: int) -> int | None:
    """The token where an apposition after a name starts ('Chone, Manabí'), or None. A
    bracket is not one: 'Bank of Commerce (Canada)' names a bank's country."""
    if end + 1 < len(texts) and texts[end] == ",":
        return end + 1
    return None


def in_list(texts: list[str], start: int, end: int, place_ends: set[int], place_starts: set[int]) -> bool:
    """Does the span stand in a list of places: 'Tela, Progreso and La Ceiba', 'Tela and
    Progreso'? A comma alone is not a list ('Nicaragua, Moncada' names a person after a
    country; an apposition is read apart)."""
    n = len(texts)
    prev = texts[start - 1] if start else ""
    nxt = texts[end] if end < n else ""
    conj = ("and", "or", "y")
    place_before = start - 1 in place_ends
    if prev in conj and (place_before or start >= 2 and texts[start - 2] == "," and start - 2 in place_ends):
        return True  # 'Tela and Progreso', 'Tela, Siguatepeque, and Progreso'
    if nxt in conj and (end + 1 in place_starts or end + 1 < n and texts[end + 1] == "," and end + 2 in place_starts):
        return True  # 'Progreso and Tela'
    if nxt == "," and end + 1 in place_starts and prev == "," and place_before:
        return True  # 'Tela, Progreso, Tela'
    if prev == "," and place_before and (nxt == "," and end + 2 < n and texts[end + 1] in conj or nxt in conj):
        return True  # 'Tela, Progreso, and ...', 'Tela, Progreso and ...'
    # a route: 'from Cáceres toward Tarazá'
    if prev.lower() == "from" and nxt in _ROUTE_TO and end + 1 in place_starts:
        return True
    return False


__all__ = ["GeoPlace", "GeonamesTable", "PlaceContext", "ShapeFinder", "ShapePlace", "apposition_after",
           "capitalised", "capitalised_runs", "context_words", "geonames_table", "language_names", "in_list", "name_key", "token_key"]
