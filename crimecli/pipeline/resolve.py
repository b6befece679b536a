"""crimecli_resolve: clusters the entity spans of one document into entities.

Reads ``doc.ents`` (PERSON / ORG / PLACE, with ``span.id_`` from the gazetteer when it matched,
``span._.kind``, ``span._.country``) and ``doc._.aliases`` (from ``crimecli_aliases``), and sets
``doc._.entities``: one :class:`crimecli.pipeline.ResolvedEntity` per entity (id, label, name,
variants, aliases, kind, country and its mention spans). It also replaces ``doc._.aliases`` with
the statements naming the canonical entity they belong to, repeated statements dropped.
Canonical names of gazetteer ids are loaded in ``initialize()`` and saved with the pipeline.

How mentions become one entity (every step is a dictionary look-up, so the cost is linear in
the number of mentions; no pairwise fuzzy matching):

1. Same gazetteer id, or same label and same folded name: accents, case, quotes, a leading
   "the", a possessive "'s", titles before a person's name ("President Nicolás Maduro") and, for
   organisations, a leading Spanish article ("Los Rastrojos" = "the Rastrojos" = "Rastrojos").
2. Alias pairs: every mention of an alias joins the entity it names (FARC, Jabon, Otoniel).
   Two people a kinship word stands between ("X, the son of Y") are never joined by any step,
   so a father's nickname is never his son's.
3. People: a shorter name joins the one fuller name in the document it is part of ("Maduro",
   "Perez Henao", "Petro Gustavo"); when two people share it ("Calle Serna") it stays apart.
4. Organisations: a name prefixed by a country ("US Drug Enforcement Agency") joins the same
   name without it.

The canonical name is the gazetteer's for gazetteer entities, otherwise the fullest form the
document uses (no accents added). A person's country comes from the text around a mention
("Venezuela's Minister of Interior and Justice, Tareck El Aissami", "Colombian President Iván
Duque", "Homero Arellano, Ecuador's minister of security"); a place's from the gazetteer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import astuple, replace
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.tokens import Doc, Span

from crimecli.countries import canonical_country, capital_country, demonym_country
from crimecli.identity import LABEL_PREFIX, UnionFind, entity_id
from crimecli.lexicons import org_words, place_words, word_class
from crimecli.lexicons import titles as title_lexicon
from crimecli.pipeline import AliasStatement, ResolvedEntity, doc_text, span_text, span_values
from crimecli.pipeline.aliases import ALIAS_MARKER_RE, KINSHIP_WORDS, entity_spans, sentence_starts
from crimecli.pipeline.component import DataComponent
from crimecli.pipeline.gazetteer import NAMESAKE_ORIGINS, TOWNS_ELSEWHERE_MIN_POPULATION, Entry, canonical_names, gazetteer_entries
from crimecli.pipeline.places import local_kind_word
from crimecli.pipeline.sentences import capitalised, token_texts
from crimecli.reader import boilerplate_kind, might_be_boilerplate
from crimecli.text import age_after_name, fold, lexicon, read_jsonl

_THE = frozenset({"the", "The", "THE"})
_ARTICLES = org_words().leading_articles  # 'the', 'los': no part of which organisation is meant
_POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
_QUOTED_NICK_RE = re.compile(r"\s*[\"“‘'][^\"“”‘’']+[\"”’']\s*")
_US_FORMS = frozenset({"us", "u.s.", "u.s", "usa", "u.s.a."})


# --- shared resources ---------------------------------------------------------------------



# --- names --------------------------------------------------------------------------------

def strip_possessive(text: str) -> str:
    return _POSSESSIVE_RE.sub("", text.strip()).strip()


@lru_cache(maxsize=65536)  # every mention of a person asks again, from several rules
def person_core(text: str) -> str:
    """A person's name without titles, demonyms, nickname in quotes or possessive:
    'former Colombian President Iván Duque' -> 'Iván Duque'."""
    text = strip_possessive(_QUOTED_NICK_RE.sub(" ", text))
    words = text.split()
    titles = title_lexicon().words
    k = 0
    while k < len(words) - 1:
        w = fold(words[k]).rstrip(",")
        # a capitalised article opens a nickname ('El Tigre'), not a title ('Ministro de ...')
        if (w in titles or (w in title_lexicon().connectors and words[k].islower()) or _is_countryish(words[k])
                or (w.endswith(("'s", "’s")) and _is_countryish(words[k][:-2]))):
            k += 1
            continue
        break
    return " ".join(words[k:]).strip(" ,")


@lru_cache(maxsize=4096)
def _is_role_head(word: str) -> bool:
    """'prosecutor', 'Ministers': a title head (lexicons/en/titles.jsonl), singular or plural."""
    f = fold(word)
    return f in title_lexicon().heads or f.rstrip("s") in title_lexicon().heads


@lru_cache(maxsize=65536)
def _is_countryish(word: str) -> bool:
    word = word.strip(",")
    if not word[:1].isupper():
        return False
    return bool(demonym_country(word) or canonical_country(word))


def org_key(text: str) -> str:
    words = strip_possessive(text).split()
    while len(words) > 1 and fold(words[0]) in _ARTICLES:
        words = words[1:]
    return fold(" ".join(words))


def place_key(text: str) -> str:
    words = strip_possessive(text).split()
    if len(words) > 1 and words[0] in _THE and words[1][:1].isupper() and fold(words[1]) != "hague":
        words = words[1:]
    return fold(" ".join(words))


def mention_key(label: str, text: str) -> str:
    if label == "PERSON":
        return fold(person_core(text))
    if label == "ORG":
        return org_key(text)
    return place_key(text)


# --- person country from the text -----------------------------------------------------------

_PLACE_WORDS = frozenset("department state province region municipality city town district".split())


def _possessive_country(doc: Doc, i: int, floor: int) -> str | None:
    """The country named by the tokens before the possessive at ``i`` ("Venezuela’s",
    "United States’", "Bogotá’s" for Colombia)."""
    if i - 1 < floor:
        return None
    prev = doc[i - 1].text
    prev2 = f"{doc[i - 2].text} {prev}" if i - 2 >= floor else prev
    return (canonical_country(prev2) or canonical_country(prev)
            or capital_country(prev))


def _country_from_tokens_before(doc: Doc, start: int, sent_start: int, limit: int = 12) -> str | None:
    """Scan back from ``start`` over a role ("Minister of Interior and Justice", "President",
    "governor of Colombia’s Norte de Santander department,") to a demonym or a country's
    possessive; "Colombia’s Juan Manuel Santos" needs no role."""
    titles = title_lexicon().words
    if start >= len(doc):
        return None
    saw_head = False
    candidate = None  # a country seen before any role word: needs "head of" further back
    of_country = None  # "foreign minister of Nicaragua, Moncada": the country a role is of
    loose = 0  # lower-case words inside a role: "Honduran drug trafficker", "Guatemalan international ..."
    i = start - 1
    steps = 0
    while i >= sent_start and steps < limit:
        tok = doc[i]
        t = tok.text
        f = fold(t)
        steps += 1
        if t == "," or tok.is_space:
            i -= 1
            continue
        if tok.ent_type_ == "PERSON":
            # another person: 'Panamanian President X and Foreign Minister Y' shares the role's
            # country; 'with President X, Secretary Y will ...' does not
            ent_end = i + 1
            while ent_end < start and doc[ent_end].ent_type_ == "PERSON" and doc[ent_end].ent_iob_ == "I":
                ent_end += 1
            if doc[ent_end].lower_ != "and" or not saw_head:
                return None
            while i > sent_start and doc[i].ent_iob_ == "I":
                i -= 1
            i -= 1
            continue
        if tok.ent_type_ == "PLACE":
            ent_start = i
            while ent_start > sent_start and doc[ent_start].ent_iob_ == "I":
                ent_start -= 1
            country = canonical_country(doc[ent_start:i + 1].text)
            if not country and ent_start - 2 >= sent_start and doc[ent_start - 1].lower_ == "in" \
                    and i + 1 < start and doc[i + 1].text == "," and _is_role_head(doc[ent_start - 2].text):
                return doc[ent_start:i + 1]._.country  # 'A prosecutor in Asunción, Ana Paz'
            if country and saw_head and i + 1 < start and fold(doc[i + 1].text) in titles \
                    and doc[i + 1].text[:1].isupper() and (fold(doc[ent_start].text) in _US_FORMS or i > ent_start):
                return country  # 'the U.S. then-President X' is written 'U.S. President X'
            if country and ent_start - 1 > sent_start and doc[ent_start - 1].lower_ == "of" and of_country is None \
                    and fold(doc[ent_start - 2].text) in titles:
                of_country = country
            i = ent_start - 1
            continue
        if t.islower() and tok.is_alpha and saw_head and loose < 2 and f not in titles and doc[i + 1].is_lower:
            loose += 1
            i -= 1
            continue
        if t == "-" and saw_head and i > sent_start and doc[i - 1].is_lower and doc[i + 1].is_lower:
            i -= 2  # a compound inside a role: 'Paraguayan anti-mafia prosecutor X'
            continue
        if f in ("'s", "’s", "'", "’"):
            country = _possessive_country(doc, i, sent_start)
            if country and (saw_head or i == start - 1):
                return country
            if not country:
                return None
            candidate = country
            i -= 2
            continue
        pair = f"{doc[i - 1].text} {t}" if i > sent_start else ""
        if t[:1].isupper() and (demonym_country(t) or fold(t) in _US_FORMS or demonym_country(pair)):
            if saw_head:  # 'Costa Rican President X'
                return demonym_country(t) or canonical_country(t) or demonym_country(pair)
            if demonym_country(t) and i > sent_start and doc[i - 1].lower_ in ("a", "an", "the") \
                    and all(doc[k].text == "," for k in range(i + 1, start)):
                return demonym_country(t)  # 'the Brazilian Rui Lima', 'a Honduran, Ana Paz'
            return None
        if f in titles or f in title_lexicon().connectors or (t[:1].isupper() and f.rstrip(".") in titles) \
                or (t.islower() and t in title_lexicon().before_name):
            saw_head = saw_head or f in title_lexicon().heads or f.rstrip("s") in title_lexicon().heads \
                or (t.islower() and t in title_lexicon().before_name)
            if saw_head and (candidate or of_country):
                return candidate or of_country
            i -= 1
            continue
        if (t[:1].isupper() and saw_head) or tok.ent_type_ == "PLACE" or f in _PLACE_WORDS:
            # a capitalised word inside a role ("Minister of Interior and Justice") or the
            # place a role is of ("governor of Colombia’s Norte de Santander department")
            i -= 1
            continue
        return None
    return None


_NATIVE_RE = re.compile(r"\b(?:his|her|their)\s+native\s+([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)")
_FROM_RE = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?from\s+")


def _country_from_sentence(text: str, span: Span, ents_by_start_char: dict[int, Span],
                           sent_end_char: int) -> str | None:
    """'Senator James Risch, a Republican from Idaho'; 'Ever Villafañe, who had escaped from
    prison in his native Colombia'."""
    rest = text[span.end_char: sent_end_char]
    m = _FROM_RE.match(rest)
    if m:
        place = ents_by_start_char.get(span.end_char + m.end())
        if place is not None and place.label_ == "PLACE":
            if place._.kind == "country":
                return canonical_country(place.text) or place.text
            return place._.country
    m = _NATIVE_RE.search(rest)
    if m:
        return canonical_country(m.group(1))
    return None


def _country_from_tokens_after(doc: Doc, end: int, ents_by_start: dict[int, Span]) -> str | None:
    """'Homero Arellano, Ecuador's minister of security'; 'Petro Gustavo, president of
    Colombia'; 'Jimmy Story, U.S. ambassador to Venezuela'."""
    n = len(doc)
    i = end
    if i + 1 < n and doc[i].lower_ == "of":  # "President Santiago Peña of Paraguay"
        ent = ents_by_start.get(i + 1)
        if ent is not None and ent.label_ == "PLACE" and ent._.kind == "country":
            return canonical_country(ent.text) or ent.text
        return None
    if i < n and doc[i].text == "(":  # a bracket after the name: 'Ana Paz (a.k.a. "La Tía"), a Bolivian national'
        i = next((k + 1 for k in range(i + 1, min(n, i + 30)) if doc[k].text == ")"), n)
    if i >= n or doc[i].text not in (",", "as"):  # "Lula da Silva as Brazilian president"
        return None
    i += 1
    text = doc_text(doc)
    comma = i - 1  # what an age in apposition follows: the comma after the name or its alias
    if i < n and ALIAS_MARKER_RE.match(text, doc[i].idx):
        # an alias between the name and the rest: 'Ana Paz, alias "La Tía," a Bolivian national'
        k = next((k for k in range(i + 1, min(n, i + 12)) if doc[k].text == ","), None)
        if k is None:
            return None
        comma, i = k, k + 1 + (k + 1 < n and doc[k + 1].text in ('"', "”", "’", "'"))
    if i + 1 < n and doc[i].text.isdigit() and age_after_name(text, doc[comma].idx) is not None:
        i += 2  # an age: "Ana Paz, 52, a Bolivian national"
    if i + 1 < n and doc[i].lower_ == "of":  # a release's "Ana Paz, 41, of Cali, Colombia"
        ent = ents_by_start.get(i + 1)
        if ent is not None and ent.label_ == "PLACE":
            return canonical_country(ent.text) if ent._.kind == "country" else ent._.country
    article = False
    while i < n and fold(doc[i].text) in ("the", "a", "an", "who", "is", "was", "then", "now", "former"):
        article = article or doc[i].lower_ in ("a", "an")
        i += 1
    if i >= n:
        return None
    titles = title_lexicon().words
    t = doc[i].text
    # "Maximiliano Dávila, a Bolivian national"; "X, a Guatemalan international drug trafficker"
    if article and t[:1].isupper() and demonym_country(t) and i + 1 < n and doc[i + 1].is_lower \
            and doc[i + 1].is_alpha:
        return demonym_country(t)
    # "Ecuador's minister ..." / "Colombian senator" / "U.S. ambassador"
    if i + 1 < n and fold(doc[i + 1].text) in ("'s", "’s", "'", "’"):
        country = canonical_country(t) or capital_country(t)
        if country and i + 2 < n and _head_follows(doc, i + 2, titles):
            return country
        return None
    if t[:1].isupper() and (demonym_country(t) or fold(t) in _US_FORMS):
        if _head_follows(doc, i + 1, titles):
            return demonym_country(t) or canonical_country(t)
        return None
    # "president of Colombia", "governor of Táchira state"
    j = i
    saw_head = False
    while j < n and j < i + 6 and fold(doc[j].text) in titles:
        saw_head = saw_head or fold(doc[j].text) in title_lexicon().heads
        j += 1
    if saw_head and j + 1 < n and fold(doc[j].text) == "of":
        ent = ents_by_start.get(j + 1)
        if ent is not None and ent.label_ == "PLACE":
            if ent._.kind == "country":
                return canonical_country(ent.text) or ent.text
            return ent._.country or canonical_country(ent.text)
        return canonical_country(doc[j + 1].text)
    return None


@lru_cache(maxsize=1)
def _known_people() -> tuple[dict[str, str], dict[str, str]]:
    """(full name -> country, distinctive surname -> country) of the people the region's reporting
    names most without saying whose they are (data/curated/people.jsonl: heads of state and
    government)."""
    full: dict[str, str] = {}
    short: dict[str, str] = {}
    for row in read_jsonl("curated/people.jsonl"):
        for form in (row["name"], *row["variants"]):
            full[fold(form)] = row["country"]
        for form in row["short"]:
            short[fold(form)] = row["country"]
    return full, short


def _known_person_country(mentions: list[_Mention]) -> str | None:
    """The country of a person the curated list knows, by a mention's full name ('President Joe
    Biden') or its distinctive surname alone ('Maduro')."""
    full, short = _known_people()
    for m in mentions:
        core = fold(person_core(m.text))
        country = full.get(core) or short.get(core)
        if country:
            return country
    return None


@lru_cache(maxsize=1)
def _nationality_nouns() -> frozenset[str]:
    return frozenset(lexicon("names.json", "en")["nationality_nouns"])


def _national_before(doc: Doc, start: int, sent_start: int) -> str | None:
    """'Colombian national Ana Paz' (lexicons/en/names.json ``nationality_nouns``); 'a Dutch
    national, Jan de Vries', 'a Bolivian citizen, Ana Paz', 'a Colombian national identified as
    Ana Paz': a demonym after an article and before one or two lower-case nouns, then a comma or
    'identified as' / 'named' right before the name."""
    i = start - 1
    if i > sent_start and doc[i].lower_ in _nationality_nouns() and doc[i - 1].text[:1].isupper():
        return demonym_country(doc[i - 1].text)  # 'Colombian national Ana Paz'
    if i > sent_start and doc[i].lower_ == "as" and doc[i - 1].lower_ == "identified":
        i -= 2
    elif i >= sent_start and doc[i].lower_ in (",", "named"):
        i -= 1
    else:
        return None
    nouns = 0
    while i > sent_start and nouns < 2 and doc[i].is_lower and doc[i].is_alpha:
        i -= 1
        nouns += 1
    if not nouns or i <= sent_start or doc[i - 1].lower_ not in ("a", "an"):
        return None
    return demonym_country(doc[i].text) if doc[i].text[:1].isupper() else None


def _head_follows(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    for k in range(i, min(len(doc), i + 4)):
        f = fold(doc[k].text)
        if f in title_lexicon().heads or f.rstrip("s") in title_lexicon().heads:
            return True
        if f not in titles and f not in title_lexicon().connectors:
            return False
    return False


def _core_start(span: Span) -> int:
    """Index of the first token of the person's own name inside a titled span."""
    core = person_core(span_text(span)).split()
    if not core:
        return span.start
    texts = token_texts(span.doc)[0]
    for i in range(span.start, span.end):
        if texts[i].startswith(core[0]) or fold(texts[i]) == fold(core[0]):
            return i
    return span.start


# --- countries read through other entities (after clustering) -------------------------------

_GROUP_NOUNS = word_class("names.json", "official_groups")  # 'Mexican officials', 'the Colombian delegation'


def countries_from_context(doc: Doc, entities: list[ResolvedEntity], sent_starts: list[int]) -> list[ResolvedEntity]:
    """Countries the text gives a person or an organisation through another entity, once every
    entity is clustered (an alias such as 'PH' then carries its party's country):

    - a person's role names a body of one country: 'PH senator Iván Cepeda', 'Commander of
      the U.S. Southern Command General X', 'Mario Cárdenas, former head of the Gulf Cartel',
      'Paloma Valencia of the CD'; or is a title only one country's government has
      ('Secretary of State X', 'National Security Advisor X': titles.jsonl ``country``);
    - family: 'Bucaram’s spouse, María Rosa Pulley', 'her two sons, A and B', and a relative
      sharing a surname in a sentence about family;
    - 'A, B and other Mexican officials', 'U.S. officials, including X';
    - an organisation opened by a country ('U.S. Attorney’s Office ...') or possessed by a
      body of one ('the State Department’s Bureau of ...').
    A country stated for the entity itself (resolved before) always wins."""
    owner: dict[int, int] = {}
    for k, ent in enumerate(entities):
        for m in ent.mentions:
            for t in range(m.start, m.end):
                owner[t] = k
    countries = [ent.country for ent in entities]

    def entity_at(i: int, label: str) -> int | None:
        k = owner.get(i)
        return k if k is not None and entities[k].label == label else None

    def sentence(i: int) -> tuple[int, int]:
        k = bisect_right(sent_starts, i) - 1
        return (sent_starts[k] if k >= 0 else 0,
                sent_starts[k + 1] if k + 1 < len(sent_starts) else len(doc))

    for k, ent in enumerate(entities):  # organisations first: people read them
        if ent.label == "ORG" and countries[k] is None:
            countries[k] = _org_country_from_context(doc, ent, entity_at, countries)
    kin_found: dict[int, str] = {}  # token index after a person given a country by family
    for k, ent in enumerate(entities):
        if ent.label != "PERSON" or countries[k] is not None:
            continue
        for m in sorted(ent.mentions, key=lambda m: m.start):
            core = _core_start(m)
            lo, hi = sentence(core)
            c = (_role_window_country(doc, core, lo, entity_at, countries, entities)
                 or _org_after_name(doc, m.end, hi, entity_at, countries, entities)
                 or _kin_country(doc, core, lo, m.end, entity_at, countries, entities, kin_found)
                 or _group_country(doc, core, m.end, lo, hi)
                 or _led_by_country(doc, core, lo, entity_at, countries)
                 or _birthplace_country(doc, m.end, hi, entity_at, entities, countries))
            if c:
                countries[k] = c
                kin_found[m.end] = c
                break
    for k, ent in enumerate(entities):  # relatives sharing a surname, in a sentence about family
        if ent.label == "PERSON" and countries[k] is None:
            countries[k] = _relative_country(doc, ent, entities, countries, sentence)
    main = _main_country(entities, countries)
    if main:
        for k, ent in enumerate(entities):  # 'the justice minister, Ana Paz' in a text about one country
            if ent.label == "PERSON" and countries[k] is None and any(
                    _bare_office(doc, _core_start(m), m.end, *sentence(_core_start(m))) for m in ent.mentions):
                countries[k] = main
    if main:
        header_end = _header_end(doc)
        for k, ent in enumerate(entities):
            if ent.label == "PERSON" and countries[k] is None \
                    and any(m.start_char >= header_end and not _credit(doc, m) for m in ent.mentions) \
                    and _only_country_around(doc, ent, main, entity_at, countries, entities, sentence):
                countries[k] = main
    voice = doc._.release_voice = release_voice(doc, entities, countries)  # read by the events too
    if voice:
        header_end = _header_end(doc)
        for k, ent in enumerate(entities):
            if ent.label == "PERSON" and countries[k] is None and any(
                    m.start_char < header_end or _speaker_label(doc, m) for m in ent.mentions):
                countries[k] = voice
    return [replace(ent, country=c) if c != ent.country else ent for ent, c in zip(entities, countries)]


def _only_country_around(doc: Doc, ent: ResolvedEntity, main: str, entity_at, countries, entities,
                         sentence) -> bool:
    """Does every country the sentences of a person's mentions name (through places and bodies)
    agree with the document's one country ``main``? Then a person the text gives no country
    of their own ('Jorge Vera, alias X, was arrested in Manta') is taken as of that country;
    a sentence naming another country leaves them unknown ('Maduro' in a text on Colombia)."""
    for m in ent.mentions:
        lo, hi = sentence(m.start)
        for i in range(lo, hi):
            k = entity_at(i, "PLACE")
            if k is None:
                k = entity_at(i, "ORG")
            if k is None:
                continue
            other = entities[k]
            c = (canonical_country(other.name) or other.name) if other.kind == "country" else countries[k]
            if c and c != main:
                return False
    return True


_CREDIT_LINE_RE = re.compile(r"\[\d+\]|Q:|[Bb]y\b[^.,;:]*$")


def _credit(doc: Doc, m: Span) -> bool:
    """A name as the author of a cited work, a byline or a questioner, not someone the story is
    about: a footnote ('[3] Ana Ruiz, "Title," ...'), 'By A and B', 'Q: Ana Ruiz, Canal 7.',
    'Reporting by Ana Ruiz' (byline cues of lexicons/<language>/names.json)."""
    text = doc_text(doc)
    line = text[text.rfind("\n", 0, m.start_char) + 1:m.start_char].strip()
    if _CREDIT_LINE_RE.match(line) and len(line.split()) <= 12:
        return True
    if m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].text in ('"', "“"):
        return True
    lower = line.lower()
    return any(lower.endswith(cue) for cue in lexicon("names.json")["byline_cues"])


def _header_end(doc: Doc) -> int:
    """Where a document's header (title, byline, date line) ends: the first line of prose (20
    words or more, ending a sentence), at most six lines down."""
    text = doc_text(doc)
    pos = 0
    for _ in range(6):
        end = text.find("\n", pos)
        if end == -1:
            return len(text)
        line = text[pos:end].rstrip()
        if len(line.split()) >= 20 and line.endswith((".", "?", "!", "”", '"')):
            return pos
        pos = end + 1
    return pos


def _speaker_label(doc: Doc, m: Span) -> bool:
    """'SECRETARY BLINKEN:' at the start of a line of a transcript."""
    return m.text.isupper() and m.end < len(doc) and doc[m.end].text == ":" \
        and (m.start == 0 or "\n" in doc[m.start - 1].whitespace_ or "\n" in doc[m.start - 1].text)


def release_voice(doc: Doc, entities: list[ResolvedEntity], countries: list[str | None]) -> str | None:
    """The government a document is the release of: its header has a release cue
    (lexicons/<language>/voice.json) and one country's government bodies and forces clearly lead
    the document's mentions of them (people do not vote: the foreign ones are the ones a
    release qualifies); else None."""
    header = doc_text(doc)[:_header_end(doc)].lower()
    if not any(cue in header for cue in lexicon("voice.json")["release_cues"]):
        return None
    votes: Counter[str] = Counter()
    for ent, country in zip(entities, countries):
        if country and ent.label == "ORG" and ent.kind in ("government body", "security force"):
            votes[country] += len(ent.mentions)
    top = votes.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] < 1.5 * top[1][1]):
        return None
    return top[0][0]


def _org_country_from_context(doc: Doc, ent: ResolvedEntity, entity_at, countries) -> str | None:
    for m in ent.mentions:
        first = m[0].text
        if len(m) > 1 and first[:1].isupper() and (fold(first) in _US_FORMS or canonical_country(first)
                                                   or demonym_country(first)):
            return demonym_country(first) or canonical_country(first)
        if m.start >= 2 and doc[m.start - 1].text in ("’s", "'s"):
            k = entity_at(m.start - 2, "ORG")
            if k is not None and countries[k]:
                return countries[k]
    return None


def _role_window_country(doc: Doc, core: int, lo: int, entity_at, countries, entities) -> str | None:
    """The role phrase right before a name: a title only one country has, or a body of one
    country named inside it ('Assistant Secretary ... at the Department of Homeland Security X')."""
    lex = title_lexicon()
    i = core - 1
    appositive = i - 1 >= lo and doc[i].text == ","  # 'the mayor of Trujillo, Arturo Vega'
    if appositive:
        i -= 1
    window: list[int] = []
    while i >= lo and len(window) < 16:
        tok = doc[i]
        t, f = tok.text, fold(tok.text)
        if entity_at(i, "PERSON") is not None:
            break
        if t == ")" and i - 2 >= lo and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
            i -= 3  # 'Southern Command (SOUTHCOM) General X'
            continue
        if f == "and" and not (i > lo and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha
                               and not owner_label(entity_at, i - 1)):
            break  # 'the CIA and Mr Smith': two subjects, not one role ('Defense and Hemispheric Affairs')
        if (t[:1].isupper() and tok.is_alpha) or f in ("of", "for", "and", "the", "at", "on") \
                or t in lex.before_name or owner_label(entity_at, i):
            window.append(i)
            i -= 1
            continue
        break
    if not any(fold(doc[j].text) in lex.words or doc[j].lower_ in lex.before_name for j in window):
        return None
    for j in window:  # the nearest body of one country inside the role
        k = entity_at(j, "ORG")
        if k is not None and countries[k]:
            return countries[k]
    found = _country_title(doc, window)
    if found or not appositive:
        return found
    for j in window:  # 'the mayor of Trujillo, X', 'the president of Chile, X': the place's
        k = entity_at(j, "PLACE")
        if k is not None:
            place = entities[k]
            return (canonical_country(place.name) or place.name) if place.kind == "country" else countries[k]
    return None


def owner_label(entity_at, i: int) -> bool:
    return entity_at(i, "ORG") is not None or entity_at(i, "PLACE") is not None


def _org_after_name(doc: Doc, end: int, hi: int, entity_at, countries, entities) -> str | None:
    """The role written after a name: 'Paloma Valencia of the CD'; 'Mario Cárdenas Guillén,
    former head of the Gulf Cartel'; 'Nemesio Oseguera ("El Mencho"), head of CJNG'; 'Antony
    Blinken, Secretary of State'; 'Ned Price, Department Spokesperson' (the department the
    document names)."""
    lex = title_lexicon()
    i = end
    if i + 1 < hi and doc[i].lower_ in ("of", "at"):
        i += 1 + (doc[i + 1].lower_ == "the")
        k = entity_at(i, "ORG")
        return countries[k] if k is not None and countries[k] else None
    if i < hi and doc[i].text == "(":  # a nickname or an acronym in brackets
        close = next((j for j in range(i + 1, min(hi, i + 10)) if doc[j].text == ")"), None)
        if close is None:
            return None
        i = close + 1
    if i >= hi or doc[i].text != ",":
        return None
    i += 1
    window: list[int] = []
    while i < hi and len(window) < 14:
        tok = doc[i]
        if entity_at(i, "PERSON") is not None:
            break
        if tok.lower_ in ("the", "a", "an", "current", "of", "for", "and", "at") or fold(tok.text) in lex.words \
                or (tok.text[:1].isupper() and tok.is_alpha) or tok.lower_ in lex.before_name \
                or entity_at(i, "ORG") is not None:  # 'X, alleged leader of Los Huistas'
            window.append(i)
            i += 1
            continue
        break
    if not any(fold(doc[j].text) in lex.words or doc[j].lower_ in lex.before_name for j in window):
        return None
    for j in window:
        k = entity_at(j, "ORG")
        if k is not None and countries[k]:
            return countries[k]
    found = _country_title(doc, window)
    if found:
        return found
    for j in window:  # 'Sebastián Marset, the Uruguayan trafficker'
        if doc[j].text[:1].isupper() and entity_at(j, "ORG") is None:
            found = _demonym(doc[j].text)
            if found:
                return found
    for j in window:  # 'Department Spokesperson': the one department the document names
        if doc[j].text[:1].isupper() and entity_at(j, "ORG") is None and doc[j].lower_ in _BODY_WORDS:
            bodies = {countries[k] for k, e in enumerate(entities) if e.label == "ORG" and countries[k]
                      and doc[j].lower_ in e.name.lower().split()}
            return bodies.pop() if len(bodies) == 1 else None
    return None


_BODY_WORDS = word_class("orgs.json", "department_words")  # 'Department Spokesperson'


def _country_title(doc: Doc, window: list[int]) -> str | None:
    """A title only one country's government has, among the tokens of a role."""
    lex = title_lexicon()
    folded = [fold(doc[j].text) for j in sorted(window)]
    longest = max((len(key) for key in lex.countries), default=0)
    for a in range(len(folded)):
        for b in range(a + 1, min(len(folded), a + longest) + 1):
            found = lex.countries.get(tuple(folded[a:b]))
            if found:
                return found
    return None


def _kin_country(doc: Doc, core: int, lo: int, end: int, entity_at, countries, entities,
                 kin_found: dict[int, str]) -> str | None:
    """'Bucaram’s spouse, María Rosa Pulley'; 'her two sons, Tito Montes and Juan Carlos Montes'
    (the nearest person named before, in this sentence or the one before it); a name listed
    right after a relative found so ('..., and sons A, B, and C')."""
    lex = title_lexicon()
    i = core - 1
    while i >= lo and doc[i].text in (",", "and", ":", ";"):
        i -= 1
    if i + 1 in kin_found and i < core - 1:
        return kin_found[i + 1]  # the list goes on
    j = i
    while j >= lo and j > i - 4 and fold(doc[j].text) not in lex.kin:
        if not (doc[j].is_alpha and doc[j].is_lower or doc[j].like_num):
            return None
        j -= 1
    if j < lo or fold(doc[j].text) not in lex.kin:
        return None
    j -= 1
    while j >= lo and (doc[j].is_alpha and doc[j].is_lower and doc[j].lower_ not in ("his", "her", "their")
                       or doc[j].like_num):
        j -= 1  # 'her two sons', "Bucaram's immediate family"
    if j >= lo + 1 and doc[j].text in ("’s", "'s"):
        k = entity_at(j - 1, "PERSON")
        if k is None and not doc[j - 1].text[:1].isupper():
            return None
        if k is None or countries[k] is None:  # 'Tejada’s spouse' where two Tejadas are named: the family's
            surname = fold(doc[j - 1].text if k is None else entities[k].name.split()[-1])
            found = {countries[x] for x, e in enumerate(entities) if e.label == "PERSON" and countries[x]
                     and surname in (fold(w) for w in e.name.split()[1:])}
            return found.pop() if len(found) == 1 else None
        return countries[k]
    if j >= lo and doc[j].lower_ in ("his", "her", "their"):
        for t in range(j - 1, max(-1, j - 120), -1):
            k = entity_at(t, "PERSON")
            if k is not None:
                return countries[k]
    return None


def _group_country(doc: Doc, core: int, end: int, lo: int, hi: int) -> str | None:
    """'U.S. officials, including X'; 'A, B, and other Mexican government representatives'."""
    for i in range(core - 1, max(lo - 1, core - 4), -1):
        if doc[i].lower_ == "including":
            for j in range(i - 1, max(lo - 1, i - 5), -1):
                c = _demonym_or_us(doc[j].text)
                if c and any(doc[x].lower_ in _GROUP_NOUNS for x in range(j + 1, i)):
                    return c
            break
    for i in range(end, min(hi, end + 40)):
        t = doc[i]
        if t.lower_ == "other" and i > end and doc[i - 1].lower_ == "and" and i + 1 < hi:
            c = _demonym_or_us(doc[i + 1].text)
            if c and any(doc[x].lower_ in _GROUP_NOUNS for x in range(i + 2, min(hi, i + 5))):
                return c
            return None
        if t.is_lower and t.is_alpha and t.lower_ not in ("and", "of", "for", "the", "at"):
            return None  # a verb or another phrase: the list has ended
    return None


def _led_by_country(doc: Doc, core: int, lo: int, entity_at, countries) -> str | None:
    """'the G9 federation led by X', 'a cell headed by X', 'the Monos gang, led by X', 'Los
    Choneros were led by X': the group of one country a person leads."""
    i = core - 1
    if i - 1 < lo or doc[i].lower_ != "by" or doc[i - 1].lower_ not in _LED_VERBS:
        return None
    i -= 1
    while i - 1 >= lo and doc[i - 1].lower_ in ("was", "were", "is", "are", "been", "being", "be", "has", "have",
                                                "had", "once", "now", "then", "long", "reportedly", "allegedly"):
        i -= 1
    if i - 1 >= lo and doc[i - 1].text == ",":
        i -= 1
    for j in range(i - 1, max(lo - 1, i - 7), -1):
        k = entity_at(j, "ORG")
        if k is not None:
            return countries[k]
        if entity_at(j, "PERSON") is not None or doc[j].text in (",", ";", "(", ")"):
            return None
    return None


_LED_VERBS = word_class("names.json", "leading_verbs")  # 'the gang led by X'


def _birthplace_country(doc: Doc, end: int, hi: int, entity_at, entities, countries) -> str | None:
    """'X, born in Recife,'; 'X, who was born in Sinaloa in 1957': the country of the place."""
    i = end
    while i < hi and i < end + 5 and doc[i].lower_ in (",", "who", "was", "is", "had", "been", "reportedly"):
        i += 1
    if not (i + 2 < hi and doc[i].lower_ == "born" and doc[i + 1].lower_ in ("in", "near")):
        return None
    k = entity_at(i + 2, "PLACE")
    if k is None:
        return None
    ent = entities[k]
    return (canonical_country(ent.name) or ent.name) if ent.kind == "country" else countries[k]


# Ranks of titles held in one country's government, whose holder a text about one country
# names without saying whose ('the justice minister, Ana Paz'); a diplomat serves abroad.
_OFFICE_RANKS = frozenset({"head of state", "head of government", "minister", "judicial", "legislator",
                           "local", "police"})


@lru_cache(maxsize=1)
def _office_forms() -> dict[tuple[str, ...], str]:
    """Folded written forms of the titles of _OFFICE_RANKS -> rank."""
    forms: dict[tuple[str, ...], str] = {}
    for row in title_lexicon().rows:
        if row.get("kind", "title") == "title" and row.get("rank") in _OFFICE_RANKS and not row.get("country"):
            for form in (row["title"], *row.get("forms", ())):
                forms[tuple(fold(w) for w in form.replace("-", " - ").split())] = row["rank"]
    return forms


def _bare_office(doc: Doc, core: int, end: int, lo: int, hi: int) -> bool:
    """Is the mention written with an office and no country ('Attorney General X', 'the
    justice minister, X', 'X, the interior minister,')? Whose office it is the caller decides."""
    forms = _office_forms()
    longest = max(len(f) for f in forms)

    def office_ending(i: int) -> bool:  # an office phrase whose last token is doc[i], no country before it
        for n in range(min(longest, i - lo + 1), 0, -1):
            if tuple(fold(t.text) for t in doc[i - n + 1:i + 1]) in forms:
                before = []  # the words right before it, up to a comma: 'Mexico’s', 'U.S.'
                for t in reversed(doc[max(lo, i - n - 2):i - n + 1]):
                    if t.text in (",", ";", ":"):
                        break
                    before.append(t)
                return not any(t.text[:1].isupper() and (_is_countryish(t.text) or fold(t.text) in _US_FORMS)
                               for t in before)
        return False

    i = core - 1
    if i >= lo and doc[i].text == ",":
        i -= 1
    if i >= lo and office_ending(i):
        return True
    j = end  # 'X, the interior minister,'
    if j + 2 < hi and doc[j].text == "," and doc[j + 1].lower_ in ("the", "then", "former"):
        for k in range(j + 2, min(hi, j + 6)):
            if doc[k].text in (",", ".", ";") or doc[k].text[:1].isupper() and _is_countryish(doc[k].text):
                return doc[k].text in (",", ".", ";") and office_ending(k - 1)
    return False


def _main_country(entities: list[ResolvedEntity], countries: list[str | None]) -> str | None:
    """The one country a document is about: named (itself, through its places and its bodies)
    at least four times and twice as often as any other; else None (a US release on
    Guatemala names both, and its bare 'Secretary' is not Guatemala's)."""
    votes: Counter[str] = Counter()
    for ent, country in zip(entities, countries):
        if ent.label == "PERSON":
            continue
        c = (canonical_country(ent.name) or country) if ent.label == "PLACE" and ent.kind == "country" else country
        if c:
            votes[c] += len(ent.mentions)
    top = votes.most_common(2)
    if not top or top[0][1] < 4 or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return None
    return top[0][0]


def _demonym_or_us(word: str) -> str | None:
    if not word[:1].isupper():
        return None
    return demonym_country(word) or (canonical_country(word) if fold(word) in _US_FORMS else None)


def _relative_country(doc: Doc, ent: ResolvedEntity, entities, countries, sentence) -> str | None:
    lex = title_lexicon()
    words = {fold(w) for w in ent.name.split()[1:] if w[:1].isupper() and len(w) > 2}
    if not words:
        return None
    texts = token_texts(doc)[0]
    for m in ent.mentions:
        lo, hi = sentence(m.start)
        if not any(fold(texts[i]) in lex.kin for i in range(lo, hi)):
            continue
        found = {countries[k] for k, other in enumerate(entities)
                 if other.label == "PERSON" and countries[k] and other is not ent
                 and words & {fold(w) for w in other.name.split()[1:]}}
        if len(found) == 1:
            return found.pop()
    return None


# --- places whose name several countries share ------------------------------------------------

# Words after a place name that say what kind of place it is ("Trujillo state", "Sucre department").
_KIND_AFTER = {"state": "state or department", "department": "state or department",
               "province": "state or department", "region": "state or department",
               "city": "city or town", "town": "city or town"}


# Places found by their shape that lie in one country: with no country of their own, they take
# the country of the document's places ('the Litoral Penitentiary' in a report on Ecuador).
_LOCAL_KINDS = frozenset({"facility", "neighbourhood", "island"})


def place_homonyms() -> dict[str, tuple[Entry, ...]]:
    """Folded name -> the gazetteer places it names when they lie in more than one country
    ("valencia": Valencia, Venezuela and Valencia, Spain; "sucre": the Bolivian capital, the
    Colombian department, the Venezuelan state), in the gazetteer's own order of preference."""
    by_form: dict[str, dict[str, tuple[int, Any]]] = {}
    for entry, forms, priority in gazetteer_entries():
        if entry.label != "PLACE" or entry.kind == "country" or not entry.country:
            continue
        for form in forms:
            if form:
                by_form.setdefault(fold(form), {}).setdefault(entry.id, (priority, entry))
    out = {}
    for form, found in by_form.items():
        if len({entry.country for _, entry in found.values()}) > 1:
            out[form] = tuple(entry for _, entry in sorted(found.values(), key=lambda pe: pe[0]))
    return out


@lru_cache(maxsize=8192)
def _demonym(word: str) -> str | None:
    return demonym_country(word)


def _context_countries(doc: Doc, ents: list[Span], skip: set[tuple[int, int]],
                       names: dict[str, str]) -> list[tuple[int, str]]:
    """Where and which country the document names: countries, places the gazetteer puts in one
    (a department, a city) and demonyms ("Spanish police"), as (character offset, country),
    leaving out the mentions in ``skip`` and the places found by their context alone, whose
    country is itself a guess from the places around them."""
    votes: list[tuple[int, str]] = []
    covered = bytearray(len(doc))
    kinds, countries = span_values(doc, "kind"), span_values(doc, "country")
    for e in ents:
        covered[e.start:e.end] = b"\x01" * (e.end - e.start)
        if e.label_ != "PLACE" or (e.start_char, e.end_char) in skip or not e.id_:
            continue  # a place found by its context alone has a guessed country: no vote
        key = (e.start_char, e.end_char)
        country = countries.get(key)
        if kinds.get(key) == "country":
            country = names.get(e.id_) or canonical_country(e.text)
        if country:
            votes.append((e.start_char, country))
    texts = token_texts(doc)[0]
    for i in capitalised(doc):
        if not covered[i]:
            country = _demonym(texts[i])
            if country:
                votes.append((doc[i].idx, country))
    return votes


def _paragraph_votes(text: str, votes: list[tuple[int, str]], at: int) -> Counter[str]:
    """The countries named in the paragraph (the block between blank lines) holding offset ``at``."""
    start = text.rfind("\n\n", 0, at) + 1
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    return Counter(country for offset, country in votes if start <= offset < end)


def resolve_place_homonyms(doc: Doc, mentions: list[_Mention], ents: list[Span],
                           homonyms: dict[str, tuple[Entry, ...]], names: dict[str, str]) -> None:
    """A place name several countries share ("Valencia", "Trujillo", "Sucre", a GeoNames "San
    Pedro") names the one in the country the document's context supports: the countries, places
    and demonyms it names elsewhere. A kind word right after the name ("Trujillo state") first
    narrows the choice to places of that kind. Among countries the context supports equally the
    gazetteer's own choice stands (for GeoNames places, the most populous: population is the
    prior). Updates the mentions' id, kind and country."""
    # the gazetteer's candidates for this very span (GeoNames places sharing a name), else the
    # curated places sharing the form
    by_span = doc._.place_candidates or {}
    found = []
    for m in mentions:
        if m.label_ != "PLACE" or not m.id_:
            continue
        unique: dict[str, Entry] = {}  # each place once, in order
        for c in by_span.get((m.start_char, m.end_char), ()) + homonyms.get(fold(m.text), ()):
            unique.setdefault(c.id, c)
        cands = tuple(unique.values())
        if cands and any(c.id == m.id_ for c in cands):
            found.append((m, cands))
    if not found:
        return
    located = _context_countries(doc, ents, {(m.start_char, m.end_char) for m, _ in found}, names)
    votes = Counter(country for _, country in located)
    text = doc_text(doc)
    n = len(doc)
    for m, candidates in found:
        kind = _KIND_AFTER.get(doc[m.end].lower_) if m.end < n else None
        if kind is None and m.start >= 2 and doc[m.start - 1].lower_ == "of":
            kind = _KIND_AFTER.get(doc[m.start - 2].lower_)  # "the city of Trujillo"
        if kind is not None:
            candidates = tuple(c for c in candidates if c.kind == kind) or candidates
        best = max(votes[c.country] for c in candidates)
        if best == 0 and (home := _home_of_villages(_paragraph_votes(text, located, m.start_char), candidates, 1)
                          or _home_of_villages(votes, candidates)):
            # 'La Cumbre' in a report on Honduras that names no other country of a town so
            # called: a village of Honduras that no list holds, not the Argentine town
            m.id_, m.kind, m.country = entity_id("PLACE", m.text, home), "city or town", home
            continue
        leading = [c for c in candidates if votes[c.country] == best]
        # among the countries in the lead, the gazetteer's own choice first, else its order
        chosen = next((c for c in leading if c.id == m.id_), leading[0])
        if chosen.country != m.country:
            _follow_apposition(mentions, m, chosen.country)
        m.id_, m.kind, m.country = chosen.id, chosen.kind, chosen.country


def _follow_apposition(mentions: list[_Mention], place: _Mention, country: str | None) -> None:
    """A place no list holds, set in apposition before ``place`` ('the prison at Golden Grove,
    Arouca'), took its country from ``place`` when the entities were read; it follows ``place``
    to the ``country`` the document's context gave that homonym."""
    doc = place.span.doc
    if place.start < 2 or doc[place.start - 1].text != ",":
        return
    for other in mentions:
        if (other.end == place.start - 1 and other.label_ == "PLACE" and not other.id_
                and other.country == place.country):
            other.country = country


#: How often a document must name a country (its places, demonyms) before a small town whose
#: namesakes all lie in countries it never names is taken for a village of that country.
HOME_COUNTRY_MIN_VOTES = 2


def _home_of_villages(votes: Counter[str], candidates: tuple[Entry, ...],
                      least: int = HOME_COUNTRY_MIN_VOTES) -> str | None:
    """The country a paragraph or a document is about, when ``candidates`` are all small
    GeoNames towns, or Iberian towns whose names the region's towns bear ('Las Palmas':
    NAMESAKE_ORIGINS), and that country names the context clearly: the one most
    named, at least ``least`` times (once is enough in the place's own paragraph) and more
    often than any other; else None. A
    curated place has no population and keeps its country: 'Cali' stays in Colombia in a
    report on Honduras."""
    if not votes or any(c.population is None or c.population >= TOWNS_ELSEWHERE_MIN_POPULATION
                        and c.country not in NAMESAKE_ORIGINS for c in candidates):
        return None
    ranked = votes.most_common(2)
    home, count = ranked[0]
    if count < least or (len(ranked) > 1 and ranked[1][1] == count):
        return None
    return home


# --- the component ------------------------------------------------------------------------

class _Mention:
    """What resolution reads from one entity span, looked up once."""

    __slots__ = ("span", "text", "label_", "id_", "start", "end", "start_char", "end_char",
                 "kind", "country")

    def __init__(self, span: Span, text: str, kinds: dict[tuple[int, int], str | None],
                 countries: dict[tuple[int, int], str | None]):
        self.span = span
        self.start, self.end = span.start, span.end
        self.start_char, self.end_char = span.start_char, span.end_char
        self.text = text[self.start_char:self.end_char]
        self.label_ = span.label_
        self.id_ = span.id_
        key = (self.start_char, self.end_char)
        self.kind, self.country = kinds.get(key), countries.get(key)  # span._.kind, span._.country


class Resolver(DataComponent):
    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name)
        self.canonical_names: dict[str, str] = {}
        self.place_homonyms: dict[str, tuple[Entry, ...]] = {}

    def load_data(self) -> dict[str, Any]:
        return {"canonical_names": canonical_names(),
                "place_homonyms": {form: [list(astuple(e)) for e in entries]
                                   for form, entries in place_homonyms().items()}}

    def setup(self, data: dict[str, Any]) -> None:
        self.canonical_names = dict(data["canonical_names"])
        self.place_homonyms = {form: tuple(Entry(*row) for row in rows)
                               for form, rows in data["place_homonyms"].items()}

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._resolve(doc)
        finally:
            # The per-document look-ups hold the Doc's spans: kept, they would keep the last Doc
            # (and its text) alive until the next one, doubling what a long file's sections cost.
            self._text = self._sent_starts = self._ents_by_start = None
            self._ents_by_start_char = self._ents_by_end = self._role_countries = None

    def _resolve(self, doc: Doc) -> Doc:
        self.require_data()
        text = self._text = doc_text(doc)
        all_ents = entity_spans(doc)
        lines_seen: dict[tuple[int, int], bool] = {}  # a paragraph's line is judged once, not per mention
        # one light record per mention: Span.text, .label_ and ._ look-ups are not free
        kinds, countries = span_values(doc, "kind"), span_values(doc, "country")
        spans = [_Mention(e, text, kinds, countries) for e in all_ents
                 if e.label_ in LABEL_PREFIX and not _in_boilerplate(text, e, lines_seen)]
        resolve_place_homonyms(doc, spans, all_ents, self.place_homonyms, self.canonical_names)
        # per-document look-ups for the country rules (doc.ents and span.sent are O(doc) each)
        self._sent_starts = sentence_starts(doc)
        self._ents_by_start = {e.start: e for e in all_ents}
        self._ents_by_start_char = {e.start_char: e for e in all_ents}
        self._ents_by_end = {e.end: e for e in all_ents}
        self._role_countries: tuple | None = None  # built on first need
        self._main_country: str | None | bool = False
        aliases: list[AliasStatement] = list(doc._.aliases or [])
        n = len(spans)
        apart = kin_apart(text, spans)
        groups = UnionFind(n, can_join=(lambda ra, rb: not any(
            {groups.find(a), groups.find(b)} == {ra, rb} for a, b in apart)) if apart else None)
        keys = [mention_key(s.label_, s.text) for s in spans]

        # 1. same gazetteer id / same label and folded name
        first_by_key: dict[tuple[str, str], int] = {}
        first_by_id: dict[str, int] = {}
        for i, s in enumerate(spans):
            if not keys[i]:
                continue
            k = (s.label_, keys[i])
            if k in first_by_key:
                groups.union(first_by_key[k], i)
            else:
                first_by_key[k] = i
            if s.id_:
                if s.id_ in first_by_id:
                    groups.union(first_by_id[s.id_], i)
                else:
                    first_by_id[s.id_] = i

        # 2. alias pairs: the alias's mentions join the named entity
        by_offsets = {(s.start_char, s.end_char): i for i, s in enumerate(spans)}
        by_fold: dict[str, list[int]] = {}
        for i, s in enumerate(spans):
            by_fold.setdefault(fold(strip_possessive(s.text)), []).append(i)
            by_fold.setdefault(keys[i], []).append(i)
        alias_mentions: set[int] = set()
        pair_anchor: list[int | None] = []
        for a in aliases:
            anchor = by_offsets.get(a.name_offsets)
            if anchor is None:
                cands = by_fold.get(fold(a.entity)) or by_fold.get(mention_key(a.label, a.entity))
                anchor = cands[0] if cands else None
            pair_anchor.append(anchor)
            if anchor is None:
                continue
            for j in by_fold.get(fold(a.alias), []):
                if a.label == "PERSON" and spans[j].label_ == "PLACE" and spans[j].id_:
                    continue  # a man nicknamed 'Colômbia' leaves the country's mentions alone
                groups.union(anchor, j)
                alias_mentions.add(j)

        # 3. people: a shorter name joins the unique fuller name it is part of
        self._merge_people(spans, keys, groups, alias_mentions)
        # 4. organisations: "US Drug Enforcement Agency" = "Drug Enforcement Agency"
        self._merge_country_prefixed(spans, keys, groups, first_by_key)

        members: dict[int, list[int]] = {}
        for i in range(n):
            members.setdefault(groups.find(i), []).append(i)
        alias_strings: dict[int, list[str]] = {}
        for a, anchor in zip(aliases, pair_anchor):
            if anchor is not None:
                alias_strings.setdefault(groups.find(anchor), []).append(a.alias)

        entities = []
        name_of_root: dict[int, tuple[str, str]] = {}
        used_ids: Counter[str] = Counter()
        for root in sorted(members, key=lambda r: spans[members[r][0]].start_char):
            ent = self._entity(doc, spans, keys, members[root], alias_mentions,
                               alias_strings.get(root, []))
            used_ids[ent.id] += 1
            if used_ids[ent.id] > 1:
                ent = replace(ent, id=f"{ent.id}-{used_ids[ent.id]}")
            name_of_root[root] = (ent.name, ent.label)
            entities.append(ent)
        entities = countries_from_context(doc, entities, self._sent_starts)

        # alias pairs name the canonical entity; repeated statements are kept once
        seen: set[tuple[str, str]] = set()
        kept = []
        for a, anchor in zip(aliases, pair_anchor):
            if anchor is not None:
                name, label = name_of_root[groups.find(anchor)]
                # the canonical name may be the alias itself (a gazetteer that files "Cartel de
                # los Soles" under "Cartel of the Suns"): then the pair keeps the stated name
                a = replace(a, label=label, entity=name if fold(name) != fold(a.alias) else a.entity)
            key = (fold(a.entity), fold(a.alias))
            if key in seen:
                continue
            seen.add(key)
            kept.append(a)
        doc._.aliases = kept
        doc._.entities = entities
        return doc

    @staticmethod
    def _merge_people(spans: list[Span], keys: list[str], groups: UnionFind, alias_mentions: set[int]) -> None:
        index: dict[tuple[str, ...], set[int]] = {}
        person = [i for i, s in enumerate(spans) if s.label_ == "PERSON" and keys[i]]
        for i in person:
            if i in alias_mentions:
                continue
            toks = tuple(keys[i].split())
            if len(toks) < 2:
                continue
            n = len(toks)
            for a in range(n):
                for b in range(a + 1, n + 1):
                    if b - a == n:
                        continue
                    if b - a == 1 and a == 0:
                        continue  # a first name alone is not enough to name someone
                    index.setdefault(toks[a:b], set()).add(i)
            index.setdefault(("<set>",) + tuple(sorted(toks)), set()).add(i)
        # spelling slips in a first name ("Anthony Blinken" / "Antony Blinken"): compare only
        # names that share the surname and the token count, so the work stays per bucket
        buckets: dict[tuple[str, int], list[int]] = {}
        for i in person:
            toks = keys[i].split()
            if len(toks) >= 2 and i not in alias_mentions:
                buckets.setdefault((toks[-1], len(toks)), []).append(i)
        for members in buckets.values():
            firsts: dict[tuple[str, ...], int] = {}
            for i in members:
                firsts.setdefault(tuple(keys[i].split()[:-1]), i)
            names = list(firsts)
            for a in range(len(names)):
                for b in range(a + 1, len(names)):
                    if _one_slip(names[a], names[b]):
                        groups.union(firsts[names[a]], firsts[names[b]])
        # shorter names first look up the fuller names that contain them
        for i in sorted(person, key=lambda i: len(keys[i].split())):
            if i in alias_mentions:
                continue
            toks = tuple(keys[i].split())
            cands = {groups.find(j) for j in index.get(toks, ())}
            cands |= {groups.find(j) for j in index.get(("<set>",) + tuple(sorted(toks)), ())}
            cands.discard(groups.find(i))
            if len(cands) == 1:
                groups.union(i, next(iter(cands)))

    @staticmethod
    def _merge_country_prefixed(spans: list[Span], keys: list[str], groups: UnionFind,
                                first_by_key: dict[tuple[str, str], int]) -> None:
        for i, s in enumerate(spans):
            if s.label_ != "ORG":
                continue
            words = s.text.split()
            if len(words) < 3:
                continue
            w0 = words[0]
            if words[0] in _THE:
                continue
            if not (fold(w0) in _US_FORMS or demonym_country(w0)
                    or canonical_country(w0)):
                continue
            j = first_by_key.get(("ORG", org_key(" ".join(words[1:]))))
            if j is not None:
                groups.union(i, j)

    def _entity(self, doc: Doc, spans: list[Span], keys: list[str], idx: list[int],
                alias_mentions: set[int], alias_strings: list[str]) -> ResolvedEntity:
        labels = Counter(spans[i].label_ for i in idx if i not in alias_mentions) or \
            Counter(spans[i].label_ for i in idx)
        label = labels.most_common(1)[0][0]
        ids = Counter(spans[i].id_ for i in idx if spans[i].id_ and spans[i].label_ == label)
        gaz_id = ids.most_common(1)[0][0] if ids else None
        # a gazetteer form keeps its "'s" (Moody's); a recogniser's "Maduro’s" loses it
        surfaces = [spans[i].text if spans[i].id_ else strip_possessive(spans[i].text) for i in idx]
        if label == "ORG":
            surfaces += self._owned_forms(doc, [spans[i] for i in idx])
        own = [i for i in idx if i not in alias_mentions] or idx
        name = self._name(label, spans, own, gaz_id)
        alias_set = {fold(a) for a in alias_strings}
        variants = []
        seen = {name}
        for s in surfaces + alias_strings:
            s = " ".join(s.split())
            if s and s not in seen:
                seen.add(s)
                variants.append(s)
        # kinds refine places and organisations: a nickname a gazetteer also knows as a town
        # ('El Gallo') gives a person none
        kinds = Counter(spans[i].kind for i in idx if spans[i].kind and label != "PERSON")
        kind = kinds.most_common(1)[0][0] if kinds else None
        if label == "PERSON":
            country = self._person_country(doc, [spans[i] for i in idx])
        else:
            countries = Counter(spans[i].country for i in idx if spans[i].country)
            country = countries.most_common(1)[0][0] if countries else None
            if country is None and label == "PLACE" and (kind in _LOCAL_KINDS or local_kind_word(name)):
                # a prison, a neighbourhood, an island; a street or a ranch named with its kind
                # word ('Avenida Monseñor Rodríguez', 'Estancia Santa Teresa')
                country = self._document_country(doc)
        aliases_out = []
        for a in alias_strings:
            if a not in aliases_out:
                aliases_out.append(a)
        del alias_set
        return ResolvedEntity(
            id=gaz_id or entity_id(label, name),
            label=label,
            name=name,
            variants=variants,
            aliases=aliases_out,
            kind=kind,
            country=country,
            mentions=[spans[i].span for i in sorted(idx, key=lambda i: spans[i].start_char)],
        )

    def _owned_forms(self, doc: Doc, mentions: list[_Mention]) -> list[str]:
        """An organisation written after a place's possessive ('Brazil's Federal Police', 'Peru's
        Anti-Drug Directorate') keeps its own name; the whole is one of its written forms."""
        assert self._ents_by_end is not None and self._text is not None
        out = []
        for m in mentions:
            mark = doc[m.start - 1].text if m.start >= 2 else ""
            if mark not in ("'s", "’s", "'", "’"):
                continue
            place = self._ents_by_end.get(m.start - 1)
            if place is None and m.start >= 3 and doc[m.start - 2].lower_ in _TIER_NOUNS:
                place = self._ents_by_end.get(m.start - 2)  # "São Paulo state's Public Security Secretariat"
            if place is not None and place.label_ == "PLACE" and (len(mark) == 2 or place.text[-1:] in "sS"):
                out.append(" ".join(self._text[place.start_char:m.end_char].split()))
        return out

    def _name(self, label: str, spans: list[Span], idx: list[int], gaz_id: str | None) -> str:
        if gaz_id:
            found = self.canonical_names.get(gaz_id)
            if found:
                return found
            # an id from elsewhere (another entity ruler): the form it was built from
            for i in idx:
                for form in (strip_possessive(spans[i].text), org_key_surface(spans[i].text)):
                    if entity_id(label, form) == gaz_id:
                        return form
            if label == "PLACE":
                for i in idx:
                    c = canonical_country(spans[i].text)
                    if c and entity_id(label, c) == gaz_id:
                        return c
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for i in idx:
            s = spans[i]
            form = person_core(s.text) if label == "PERSON" else org_key_surface(s.text)
            form = " ".join(form.split())
            if not form:
                continue
            counts[form] += 1
            first.setdefault(form, s.start_char)
        if not counts:
            return " ".join(spans[idx[0]].text.split())
        forms = list(counts)
        if label == "ORG":
            # "US Drug Enforcement Agency": prefer the name without the country
            plain = [f for f in forms if not _country_prefixed(f)]
            forms = plain or forms

        def score(f: str) -> tuple:
            allcaps = f.isupper() and len(f) > 4 and " " in f
            return (not allcaps, len(f.split()), counts[f], -first[f])

        best = max(forms, key=score)
        if label == "ORG":
            # "Ecuador's Armed Forces Joint Command": the body's name is what follows the country's
            # possessive (the whole stays a written form among the variants)
            owner, mark, rest = best.partition("'s ") if "'s " in best else best.partition("’s ")
            if mark and rest[:1].isupper() and len(rest.split()) > 1 and canonical_country(owner):
                return rest
        return best

    def _person_country(self, doc: Doc, mentions: list[Span]) -> str | None:
        starts = self._sent_starts
        votes: Counter[str] = Counter()
        for m in mentions:
            core = _core_start(m.span)
            k = bisect_right(starts, core) - 1
            sent_start = starts[k] if k >= 0 else 0
            sent_end = starts[k + 1] if k + 1 < len(starts) else len(doc)
            sent_end_char = doc[sent_end - 1].idx + len(doc[sent_end - 1]) if sent_end > 0 else 0
            c = (_country_from_tokens_before(doc, core, sent_start)
                 or _national_before(doc, core, sent_start)
                 or _country_from_tokens_after(doc, m.end, self._ents_by_start)
                 or _country_from_sentence(self._text, m, self._ents_by_start_char, sent_end_char))
            if c:
                votes[c] += 1
        if votes:
            return votes.most_common(1)[0][0]
        known = _known_person_country(mentions)
        if known:
            return known
        # the subject of a title line ('Statement by President X on ...') speaks for the
        # document's own government, which need not be the country its places are in
        title_end = self._text.find("\n")
        main = not any(m.start_char < title_end for m in mentions)
        for m in mentions:
            c = self._country_from_role_elsewhere(doc, _core_start(m.span), main)
            if c:
                return c
        return None

    # -- a role's country stated elsewhere in the document ----------------------------------
    def _title_before(self, doc: Doc, core: int) -> tuple[list[str], int]:
        """Folded title words right before a name ('former President' -> ['former',
        'president']) and the index where they start."""
        titles = title_lexicon().words
        i = core - 1
        words: list[str] = []
        while i >= 0 and len(words) < 5:
            f = fold(doc[i].text)
            if f in titles and (doc[i].text[:1].isupper() or f in ("former", "then", "late", "ex")):
                words.append(f)
                i -= 1
                continue
            break
        return words, i + 1

    def _country_from_role_elsewhere(self, doc: Doc, core: int, main: bool = True) -> str | None:
        """'President Hugo Chavez' where the document also says 'the Venezuelan president';
        'Los Choneros leader Fito' (the group's country); a bare 'President X' in a report
        about one country (its main country)."""
        words, start = self._title_before(doc, core)
        # an organisation right before the role: 'DEA Administrator Anne Milgram'
        org = self._ents_by_end.get(start) if start > 0 else None
        if org is None and start > 0 and fold(doc[start - 1].text) in title_lexicon().after_organisation:
            org = self._ents_by_end.get(start - 1)
        if org is not None and org.label_ == "ORG" and org._.country:
            return org._.country
        if words[:2] == ["minister", "prime"]:
            words = ["prime minister", *words[2:]]  # a head of government, like a president
        heads = [w for w in words if w in title_lexicon().heads or w == "prime minister"]
        if not heads or len(words) > len(heads) + (words[-1] in ("former", "then", "late", "ex")):
            return None  # 'Treasury Secretary X' is not whoever 'the Mexican secretary' is
        head = heads[0]
        roles, holders = self._roles(doc)
        if len(holders.get(head, ())) > 1:
            return None  # 'President Chavez' and 'President Santos': which is 'the Venezuelan president'?
        found = roles.get(head, set())
        if len(found) == 1:
            return next(iter(found))
        if not found and head in ("president", "prime minister") and main:
            return self._document_country(doc) or None
        return None

    def _roles(self, doc: Doc) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """(title head -> countries an unnamed holder is given: 'the Venezuelan president';
        title head -> people who carry it bare: 'President Hugo Chavez')."""
        if self._role_countries is not None:
            return self._role_countries
        out: dict[str, set[str]] = {}
        holders: dict[str, set[str]] = {}
        n = len(doc)
        texts = token_texts(doc)[0]  # shared, built once per Doc
        heads, title_words = title_lexicon().heads, title_lexicon().words  # looked up once
        for i in capitalised(doc):  # every rule below starts from a capitalised word
            t = texts[i]
            f0 = fold(t)
            if f0 in heads and i + 1 < n:
                ent = self._ents_by_start.get(i + 1)
                if ent is not None and ent.label_ == "PERSON" and (i == 0 or not _is_countryish(texts[i - 1])):
                    holders.setdefault(f0, set()).add(fold(ent.text))
            if not t.isalpha():  # token.is_alpha, without the Token
                continue
            country = None
            j = i + 1
            if j < n and texts[j] in ("'s", "’s", "'", "’"):
                country = canonical_country(t)
                j += 1
            elif _is_countryish(t):
                country = demonym_country(t)
            if not country:
                continue
            # skip modifiers up to the head: 'Interior Minister', 'Security Secretary'
            for k in range(j, min(n, j + 4)):
                f = fold(texts[k])
                if f in heads:
                    named = k + 1 < n and (self._ents_by_start.get(k + 1) is not None
                                           and self._ents_by_start[k + 1].label_ == "PERSON")
                    if not named:  # a named holder's role is theirs alone
                        out.setdefault(f, set()).add(country)
                    break
                if f not in title_words:
                    break
        self._role_countries = (out, holders)
        return self._role_countries

    def _document_country(self, doc: Doc) -> str | None:
        """The country most places in the document belong to, when it clearly leads."""
        if self._main_country is not False:
            return self._main_country  # type: ignore[return-value]
        self._main_country = places_main_country(self._ents_by_start.values())
        return self._main_country


def places_main_country(spans: Iterable[Span]) -> str | None:
    """The country most of these place spans belong to, when it clearly leads; else None."""
    votes: Counter[str] = Counter()
    for e in spans:
        if e.label_ != "PLACE":
            continue
        c = e._.country if e._.kind != "country" else (canonical_country(e.text) or None)
        if c:
            votes[c] += 1
    top = votes.most_common(2)
    if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 1.5 * top[1][1]):
        return top[0][0]
    return None


def org_key_surface(text: str) -> str:
    """The surface form without a leading 'the' or possessive (kept as written otherwise)."""
    words = strip_possessive(text).split()
    if len(words) > 1 and words[0] in _THE and not (len(words) == 2 and fold(words[1]) == "hague"):
        words = words[1:]
    return " ".join(words)


# Lower-case nouns of a kind of place, written between a place and its possessive ("São Paulo
# state's", "Lima city's": lexicons/<language>/places.json ``kind_nouns``).
_TIER_NOUNS = place_words().kind_nouns


def _country_prefixed(form: str) -> bool:
    words = form.split()
    if len(words) < 3:
        return False
    return bool(fold(words[0]) in _US_FORMS or demonym_country(words[0])
                or canonical_country(words[0]))


def _one_slip(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same words but one, and that one differs by a single edit in a word of 5+ letters."""
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < 5:
        return False
    return Levenshtein.distance(x, y) <= 1


_KIN_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, KINSHIP_WORDS), key=len, reverse=True))
                     + r")(?![\w-])", re.IGNORECASE)
_SENTENCE_BREAK_RE = re.compile(r"\n|[.!?][\"”’]?\s+[A-Z]")


def kin_apart(text: str, spans: list[_Mention]) -> list[tuple[int, int]]:
    """Pairs of person mentions a kinship word stands between in one sentence ("Joaquín Guzmán
    López, the son of Joaquín “El Chapo” Guzmán"; "Guzmán’s son Ovidio"): two people, so
    neither a name nor the nickname stated with one passes to the other."""
    people = sorted((i for i, s in enumerate(spans) if s.label_ == "PERSON"), key=lambda i: spans[i].start_char)
    out = []
    for i, j in zip(people, people[1:]):
        between = text[spans[i].end_char:spans[j].start_char]
        if len(between) <= 80 and _KIN_RE.search(between) and not _SENTENCE_BREAK_RE.search(between):
            out.append((i, j))
    return out


def _in_boilerplate(text: str, span: Span, seen: dict[tuple[int, int], bool]) -> bool:
    """Is the mention on a line of page furniture ("Subscribe to ...", "© 2023 ...")? The
    reader's cues decide (lexicons/en/boilerplate.json), as they decide where a body ends.
    ``seen``: the verdicts so far on this text, by the (start, end) of their line."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    verdict = seen.get((line_start, line_end))
    if verdict is None:
        line = text[line_start: line_end if line_end != -1 else len(text)]
        verdict = might_be_boilerplate(line) and boilerplate_kind(line) is not None
        seen[(line_start, line_end)] = verdict
    return verdict


@Language.factory("crimecli_resolve", assigns=["doc._.entities", "doc._.aliases"], default_config={})
def make_resolve(nlp: Language, name: str) -> Resolver:
    return Resolver(nlp, name)


__all__ = ["Resolver", "person_core", "mention_key"]
