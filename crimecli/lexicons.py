"""Typed views of the shipped lexicons (crimecli/data/lexicons/<language>/), built once.

The files hold the knowledge; this module only reads it (through crimecli.text's one loader)
into the shapes the code asks questions of: "is this word a month?", "does this word head a
role?". Pure Python, no spaCy; nothing is read until first asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from crimecli.text import fold, lexicon, lexicon_languages, read_data

__all__ = ["Abbreviations", "Calendar", "DateCues", "DateLineLabel", "DateLineWords", "DateWords", "EventOpeners",
           "NameParticles", "OrgWords", "PageFurniture", "PersonVerbs", "PlaceWords", "Titles", "abbreviations",
           "alias_types", "calendar", "date_cues", "date_line_labels", "date_line_words", "date_words", "event_kinds",
           "event_openers", "month_numbers", "weekday_forms", "name_particles", "org_words", "page_furniture",
           "name_suffixes", "person_verbs", "place_words", "titles", "word_class"]


# --------------------------------------------------------------------------------------------
# Calendar: month and weekday names
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Calendar:
    months: tuple[str, ...]  # full names, January first, lower case
    abbreviations: dict[str, int]  # "sept" -> 9 (written forms that are not the full name)
    weekdays: tuple[str, ...]  # Monday first, lower case
    month_numbers: dict[str, int]  # every month word, full or abbreviated, lower case -> 1..12
    month_words: frozenset[str]  # the keys of month_numbers


@lru_cache(maxsize=None)
def calendar(language: str = "en") -> Calendar:
    """Month and weekday names of a language (lexicons/<language>/calendar.json)."""
    data = lexicon("calendar.json", language)
    numbers = {name: i for i, name in enumerate(data["months"], 1)}
    numbers.update(data["abbreviations"])
    return Calendar(months=tuple(data["months"]), abbreviations=dict(data["abbreviations"]),
                    weekdays=tuple(data["weekdays"]), month_numbers=numbers, month_words=frozenset(numbers))


@lru_cache(maxsize=1)
def weekday_forms() -> str:
    """A regular expression (no groups) for a weekday name in any language pack, whole or cut to
    three letters or more, with an optional full stop: "Tuesday", "Tues.", "Thu", "mié"."""
    return "|".join(
        rf"{re.escape(day[:3])}(?:{'|'.join(re.escape(day[3:i]) for i in range(len(day), 3, -1))})?\.?"
        for language in lexicon_languages("calendar.json") for day in calendar(language).weekdays)


@lru_cache(maxsize=None)
def month_numbers(*, besides: str | None = None, abbreviated: bool = True) -> dict[str, int]:
    """Month words of every language pack -> 1..12 (for date lines of bilingual sites): all but
    language ``besides``'s, and only the full names unless ``abbreviated``."""
    table: dict[str, int] = {}
    for language in lexicon_languages("calendar.json"):
        if language == besides:
            continue
        months = calendar(language)
        words = months.month_numbers if abbreviated else {name: i for i, name in enumerate(months.months, 1)}
        for word, number in words.items():
            table.setdefault(word, number)
    return table


@dataclass(frozen=True)
class DateCues:
    future: tuple[str, ...]  # lower-case words and phrases that make a clause future or a plan
    past: frozenset[str]  # auxiliaries, adverbs and irregular past forms: a clause in the past
    irregular_past: frozenset[str]  # irregular past forms of verbs ("met", "fled"), the events' too
    not_past_before: frozenset[str]  # words after which an -ed form is not a past verb
    citation: tuple[str, ...]  # words that introduce a source's or a page's date
    clause_openers: frozenset[str]  # words and marks that open a new clause
    neutral: frozenset[str]  # words tying a date to a term or deadline ("payable", "effective")
    limit_prepositions: frozenset[str]  # prepositions making a date a limit ("until", "by")
    determiners: frozenset[str]  # "the", "a", "his": "to the border" is no infinitive
    verb_followers: frozenset[str]  # "it", "in", "and": an -ed form before them is a verb
    reporting: frozenset[str]  # "said", "told": an attribution's verbs
    happenings: tuple[str, ...]  # "raid", "arrest": "on the day of the raid" names a day
    attribution_addressees: tuple[str, ...]  # "told reporters", "said in a statement"
    attribution_media: tuple[str, ...]  # "agency": "told a news agency"
    telling_days: tuple[str, ...]  # "yesterday", "today": the day of the telling
    telling_day_modifiers: tuple[str, ...]  # "on", "late": "said late Monday"
    origin_participles: frozenset[str]  # "founded", "born": the date of a thing's origin
    origin_prepositions: tuple[str, ...]  # "in", "on": "founded in March 1998"
    relative_pronouns: tuple[str, ...]  # "who", "which": a relative clause set off by commas
    birth: tuple[str, ...] = ()  # "born", "date of birth": a person's birth date, no happening's


@lru_cache(maxsize=None)
def date_cues(language: str = "en") -> DateCues:
    """How a language marks a clause's tense and a citation's date (lexicons/<language>/dates.json)."""
    data = lexicon("dates.json", language)
    return DateCues(future=tuple(data["future"]), past=frozenset(data["past"]) | frozenset(data["irregular_past"]),
                    irregular_past=frozenset(data["irregular_past"]),
                    not_past_before=frozenset(data["not_past_before"]), citation=tuple(data["citation"]),
                    clause_openers=frozenset(data["clause_openers"]), neutral=frozenset(data["neutral"]),
                    limit_prepositions=frozenset(data["limit_prepositions"]),
                    determiners=frozenset(data["determiners"]), verb_followers=frozenset(data["verb_followers"]),
                    reporting=frozenset(data["reporting"]), happenings=tuple(data["happenings"]),
                    attribution_addressees=tuple(data["attribution_addressees"]),
                    attribution_media=tuple(data["attribution_media"]), telling_days=tuple(data["telling_days"]),
                    telling_day_modifiers=tuple(data["telling_day_modifiers"]),
                    origin_participles=frozenset(data["origin_participles"]),
                    origin_prepositions=tuple(data["origin_prepositions"]),
                    relative_pronouns=tuple(data["relative_pronouns"]), birth=tuple(data.get("birth", ())))


@dataclass(frozen=True)
class DateLineLabel:
    label: str  # lower case, as it opens a date line ("published", "fecha de publicación")
    updated: bool  # a revision's date ("updated", "actualizado"), not the first publication's
    day_first: bool  # the label's language writes numeric dates day first (03/02/2023 = 3 February)
    recorded: bool = False  # the day the content was recorded ("recorded"): a publication label beside it wins


@lru_cache(maxsize=1)
def date_line_labels() -> tuple[DateLineLabel, ...]:
    """The labels of date lines in every language pack (lexicons/<language>/date_lines.json),
    longest first, so "last updated" is tried before "updated"."""
    found: dict[str, DateLineLabel] = {}
    for language in lexicon_languages("date_lines.json"):
        data = lexicon("date_lines.json", language)
        day_first = data["numeric_order"] == "day-month"
        for kind in ("published", "updated", "recorded"):
            for label in data.get(kind, ()):
                found.setdefault(label, DateLineLabel(label, kind == "updated", day_first, kind == "recorded"))
    return tuple(sorted(found.values(), key=lambda row: (-len(row.label), row.label)))


# --------------------------------------------------------------------------------------------
# Abbreviations: which full stops do not end a sentence
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Abbreviations:
    before_name: frozenset[str]  # "Lt.", "Gen.": never end a sentence
    after_name: frozenset[str]  # "Sr.", "Inc.": end one only before a capitalised word
    other: frozenset[str]  # "a.k.a.", "No.": never end a sentence
    all_forms: tuple[str, ...]  # every written form the tokenizer keeps whole

    def never_ends_sentence(self, token: str) -> bool:
        return token in self.before_name or token in self.other


@lru_cache(maxsize=None)
def abbreviations(language: str = "en") -> Abbreviations:
    """Abbreviations of a language's prose (lexicons/<language>/abbreviations.json), as written
    and with a capital first letter ("aka." and "Aka.")."""
    data = lexicon("abbreviations.json", language)

    def forms(key: str) -> frozenset[str]:
        return frozenset(f for form in data[key] for f in (form, form[:1].upper() + form[1:]))

    before, after, other = forms("before_name"), forms("after_name"), forms("other")
    return Abbreviations(before, after, other, tuple(sorted(before | after | other)))


# --------------------------------------------------------------------------------------------
# Titles and roles
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Titles:
    rows: tuple[dict, ...]
    before_name: frozenset[str]  # lower-cased words after which a name follows ("president", "trafficker")
    words: frozenset[str]  # folded words that make up a title before a name ("former", "defense", "minister")
    heads: frozenset[str]  # folded words that make a run of title words a role ("minister", "official")
    after_organisation: frozenset[str]  # folded role nouns after an organisation ("DEA chief X")
    connectors: frozenset[str]  # words that join the parts of a title ("of", "de")
    phrases: tuple[str, ...]  # every written form of a title or descriptor ("Attorney General", "Dr.")
    ends: frozenset[str]  # lower-cased words that end a title without a connector ("minister", "dr.")
    offices: frozenset[str]  # folded last words of titles that also name an office ("prosecutor")
    countries: dict[tuple[str, ...], str]  # folded words of a title only one country has -> it
    kin: frozenset[str]  # folded descriptors of family ("son", "spouse")


def _forms(row) -> list[str]:
    return [row["title"], *row.get("forms", ())]


def _head_word(form: str) -> str:
    """The word a title is about: the last one before "of" ("Minister of Defense"), else the
    last one ("Defense Minister")."""
    words = form.split()
    for i, word in enumerate(words):
        if i and word.lower() in ("of", "de", "del", "for", "to"):
            return words[i - 1]
    return words[-1]


@lru_cache(maxsize=None)
def titles(language: str = "en") -> Titles:
    """Titles, their modifiers and role nouns (lexicons/<language>/titles.jsonl).

    A row's ``kind`` says how its forms are used: ``title`` (written before a name and not part
    of it: "President", "Gen."), ``modifier`` (qualifies a title: "former", "acting"),
    ``descriptor`` (a noun that says who someone is, written before the name: "trafficker",
    "brother") or ``connector`` (joins the parts of a title: "of"). ``head`` marks roles a country can hold ("the Venezuelan minister");
    ``after_organisation`` marks role nouns written after an organisation ("DEA chief");
    ``office`` titles that also name an office ("the Special Prosecutor for ..."); ``country``
    the one country whose government has a title ("Secretary of State"); ``kin`` family words."""
    rows = lexicon("titles.jsonl", language)
    connectors = frozenset(fold(row["title"]) for row in rows if row.get("kind") == "connector")
    before, words, heads, after, ends, offices, kin = set(), set(), set(), set(), set(), set(), set()
    countries: dict[tuple[str, ...], str] = {}
    phrases: list[str] = []
    for row in rows:
        kind = row.get("kind", "title")
        for form in _forms(row):
            if kind in ("title", "descriptor"):
                before.add(form.split()[-1].lower())
                phrases.append(form)
                if not any(fold(w) in connectors for w in form.split()[1:]):
                    ends.add(form.split()[-1].lower())
            if kind in ("title", "modifier"):
                parts = [fold(w) for w in form.split()]
                words.update(w for w in parts if w and (len(parts) == 1 or w not in connectors))
            if row.get("head"):
                heads.add(fold(_head_word(form)))
            if row.get("after_organisation"):
                after.add(fold(form))
            if row.get("office"):
                offices.add(fold(form.split()[-1]))
            if row.get("country"):
                countries[tuple(fold(w) for w in form.split())] = row["country"]
            if row.get("kin"):
                kin.add(fold(form))
    return Titles(rows=rows, before_name=frozenset(before), words=frozenset(words), heads=frozenset(heads),
                  after_organisation=frozenset(after), connectors=connectors, phrases=tuple(phrases),
                  ends=frozenset(ends), offices=frozenset(offices), countries=countries, kin=frozenset(kin))


# --------------------------------------------------------------------------------------------
# Name particles: the lower-case words inside a name ('Lula da Silva', 'Valle del Cauca')
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NameParticles:
    words: frozenset[str]  # every particle, as written inside a name ("de", "van", "d'", "d’")
    links: frozenset[str]  # those that mean "of": a family's or a place's name follows ('dos Reis')


def _apostrophe_forms(words) -> frozenset[str]:
    """Each word as written, and with a typographic apostrophe for a straight one ("d'", "d’")."""
    return frozenset(f for w in words for f in (w, w.replace("'", "’")))


@lru_cache(maxsize=1)
def name_particles() -> NameParticles:
    """The particles of people's and places' names (crimecli/data/curated/names.json
    ``particles``, ``linking_particles``), read by every recogniser that joins a name's words."""
    data = read_data("curated/names.json")
    words, links = _apostrophe_forms(data["particles"]), _apostrophe_forms(data["linking_particles"])
    if not links <= words:
        raise ValueError(f"curated/names.json: linking particles missing from particles: {sorted(links - words)}")
    return NameParticles(words, links)


# --------------------------------------------------------------------------------------------
# Verbs of a person: 'Ortega said', 'El Tigre was arrested'
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonVerbs:
    verbs: frozenset[str]  # 'said', 'arrived': their subject is a person
    passives: frozenset[str]  # 'arrested', 'doing': after auxiliaries, their subject is a person
    auxiliaries: frozenset[str]  # 'was', 'is', 'has been'

    def after(self, lower: Callable[[int], str], n: int, i: int) -> bool:
        """Does a verb whose subject is a person start at token ``i`` of ``n`` ('said', 'was
        arrested')? ``lower(k)`` is the lower-case text of token ``k``."""
        if i < n and lower(i) in self.verbs:
            return True
        k = i
        while k < n and k < i + 3 and lower(k) in self.auxiliaries:
            k += 1
        return i < k < n and lower(k) in self.passives


@lru_cache(maxsize=None)
def person_verbs(language: str = "en") -> PersonVerbs:
    """The verbs of lexicons/<language>/names.json that say their subject is a person."""
    data = lexicon("names.json", language)
    return PersonVerbs(frozenset(data["person_verbs"]), frozenset(data["person_passives"]),
                       frozenset(data["auxiliaries"]))


@lru_cache(maxsize=None)
def word_class(name: str, field: str, language: str = "en") -> frozenset[str]:
    """One class of words of lexicons/<language>/<name>, lower case: the list under ``field``
    (``event_grammar.json``'s "modals", ``event_clauses.json``'s "consequence_verbs")."""
    return frozenset(word.lower() for word in lexicon(name, language)[field])


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """The generational suffixes written after a person's name in every language pack
    (lexicons/<language>/names.json ``name_suffixes``: 'John Doe Jr.', 'Othon Marban, Sr.')."""
    return frozenset(word for language in lexicon_languages("names.json")
                     for word in lexicon("names.json", language).get("name_suffixes", ()))


# --------------------------------------------------------------------------------------------
# Place words: what makes a name a place
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlaceWords:
    heads_after: dict[tuple[str, ...], str]  # ("Air", "Base") -> "facility": 'Soto Cano Air Base'
    heads_before: dict[tuple[str, ...], str]  # ("Port", "of") -> "facility": 'Port of Cádiz'
    # ("river",) -> ("body of water", True, 1): kind, whether the word is part of the name, and the
    # fewest words the name before it must have ('the Rivera Hernández sector', not 'the Energy sector')
    lower_after: dict[tuple[str, ...], tuple[str, bool, int]]
    strong_before: frozenset[tuple[str, ...]]  # ("in",), ("cerca", "de"): a place follows
    weak_before: frozenset[tuple[str, ...]]  # ("from",): a place or a person follows
    kind_nouns: Mapping[str, str]  # "town" -> "city or town": 'the town of X', 'X municipality'
    not_place_words: frozenset[str]  # "Academy", "Cartel": a run holding one is not a place
    not_place_after: frozenset[str]  # "said", "shares": a town's name before one is a company
    name_before: frozenset[tuple[str, ...]]  # ("Southern", "District", "of"): a court's name
    route_heads: frozenset[str] = frozenset()  # "Route", "Ruta": 'Route 5', 'Highway CA-13'
    route_tiers: frozenset[str] = frozenset()  # "National", "Federal": 'National Route 1'
    route_nouns: frozenset[str] = frozenset()  # "highway": 'the BR-364 highway'
    town_heads: frozenset[str] = frozenset()  # "Port": 'in Port Kaituma', never 'Port Security said'
    # "in", "near": a word after 'X, a fishing village' that ends the apposition ('... in Sinaloa')
    apposition_followers: frozenset[str] = frozenset()
    # ("stream",): lower_after heads flagged 'local', of places that lie inside one country
    local_after: frozenset[tuple[str, ...]] = frozenset()
    name_stops: frozenset[str] = frozenset()  # "on", "near": 'the port of Bethel on the Usumacinta'
    opening_articles: frozenset[str] = frozenset()  # "La", "Le": 'La Gabarra' is no one's name


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@lru_cache(maxsize=1)
def place_words() -> PlaceWords:
    """The place words of every language pack (lexicons/<language>/places.json): a Spanish head
    word opens a place's name in English reporting too ('Río Atrato')."""
    after: dict[tuple[str, ...], str] = {}
    before: dict[tuple[str, ...], str] = {}
    lower: dict[tuple[str, ...], tuple[str, bool, int]] = {}
    strong: set[tuple[str, ...]] = set()
    weak: set[tuple[str, ...]] = set()
    kinds: dict[str, str] = {}
    not_place: set[str] = set()
    not_after: set[str] = set()
    name_before: set[tuple[str, ...]] = set()
    routes: dict[str, set[str]] = {"heads": set(), "tiers": set(), "nouns_after": set()}
    town_heads: set[str] = set()
    followers: set[str] = set()
    local: set[tuple[str, ...]] = set()
    stops: set[str] = set()
    articles: set[str] = set()
    for language in lexicon_languages("places.json"):
        data = lexicon("places.json", language)
        for head, kind in data.get("heads_after", {}).items():
            after.setdefault(_phrase(head), kind)
        for head, kind in data.get("heads_before", {}).items():
            before.setdefault(_phrase(head), kind)
        for head, row in data.get("lower_after", {}).items():
            lower.setdefault(_phrase(head), (row["kind"], bool(row["with_head"]), int(row.get("min_words", 1))))
            if row.get("local"):
                local.add(_phrase(head))
        context = data.get("context_before", {})
        strong.update(_phrase(w) for w in context.get("strong", ()))
        weak.update(_phrase(w) for w in context.get("weak", ()))
        for noun, kind in data.get("kind_nouns", {}).items():
            kinds.setdefault(noun, kind)
        not_place.update(data.get("not_place_words", ()))
        not_after.update(data.get("not_place_after", ()))
        name_before.update(_phrase(w) for w in data.get("name_before", ()))
        town_heads.update(data.get("town_heads", ()))
        followers.update(data.get("apposition_followers", ()))
        stops.update(data.get("name_stops", ()))
        articles.update(data.get("opening_articles", ()))
        for field, words in routes.items():
            words.update(data.get("routes", {}).get(field, ()))
    return PlaceWords(heads_after=after, heads_before=before, lower_after=lower,
                      strong_before=frozenset(strong), weak_before=frozenset(weak - strong),
                      kind_nouns=MappingProxyType(kinds), not_place_words=frozenset(not_place),
                      not_place_after=frozenset(not_after), name_before=frozenset(name_before),
                      route_heads=frozenset(routes["heads"]), route_tiers=frozenset(routes["tiers"]),
                      route_nouns=frozenset(routes["nouns_after"]), town_heads=frozenset(town_heads),
                      apposition_followers=frozenset(followers), local_after=frozenset(local),
                      name_stops=frozenset(stops), opening_articles=frozenset(articles))


# --------------------------------------------------------------------------------------------
# Organisation words: what makes a run of capitalised words an organisation's name
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgWords:
    """The organisation words of every language pack (lexicons/<language>/orgs.json), each key
    the union of the packs' (a word's case as the pack writes it)."""

    heads: Mapping[str, str | None]  # "cartel" -> "criminal group": 'Sinaloa Cartel'
    opening_heads: Mapping[str, str | None]  # "fiscalía" -> "government body": 'Fiscalía General'
    openers: Mapping[str, str | None]  # "colectivo" -> "armed group": a common noun, alone no name
    legal_forms: frozenset[str]  # "S.A. de C.V.", "Ltd.": the end of a company's name
    name_connectors: frozenset[str]  # "para", "ao": inside an institution's name after its opener
    seat_nouns: frozenset[str]  # "district": 'U.S. Attorney's Office, Southern District of Texas'
    outlet_before: frozenset[str]  # "told", "according to": an outlet follows
    outlet_articles: frozenset[str]  # "El", "O": 'El Universal', 'O Globo'
    code_name_heads: frozenset[str]  # "task force": 'Task Force Bravo'
    run_connectors: frozenset[str]  # "of", "&", "para": inside a run of capitalised words
    name_words: frozenset[str]  # "Civil", "General": 'Guardia Civil', 'Fiscalía General'
    modifiers: frozenset[str]  # "National", "Armed": before a head ('Armed Forces')
    body_nouns: frozenset[str]  # "Prison", "Port": 'Prison Service', 'Port Authority'
    opening_articles: frozenset[str]  # "La", "Los": 'La Línea', 'Los Zetas'
    plural_articles: frozenset[str]  # "Los", "Las": 'Los Choneros'
    tiers: frozenset[str]  # "Federal", "State": 'Federal Police'
    person_after: frozenset[str]  # "administration": 'the Biden administration'
    national_bodies: frozenset[str]  # "senate", "police": 'Colombian Senate'
    lone_bodies: frozenset[str]  # "senate": 'the Senate' alone
    subunit_heads: frozenset[str]  # "unit", "division": 'Federal Police Organised Crime Division'
    unit_ordinals: frozenset[str]  # "Second", "Segunda": 'the Second Chamber'
    numbered_heads: frozenset[str]  # "court", "brigade", "vara": '4th Infantry Brigade'
    numbered_seats: frozenset[str]  # "region": 'the Federal Regional Court of the 1st Region'
    military_unit_heads: frozenset[str]  # "brigade", "frente": a numbered unit is a security force
    chamber_heads: frozenset[str]  # "chamber", "sala": 'the Second Chamber of the Supreme Court'
    title_case_connectors: frozenset[str]  # "Against", "Of": 'Coalition Against Organized Crime'
    leading_articles: frozenset[str]  # "the", "los": 'the Sinaloa Cartel' is 'Sinaloa Cartel'


@lru_cache(maxsize=1)
def org_words() -> OrgWords:
    """The organisation words of every language pack (lexicons/<language>/orgs.json): a Spanish
    head word makes an organisation's name in English reporting too ('Fiscalía General de la
    Nación'). A word under one kinds key in two packs takes the later pack's kind."""
    name = "orgs.json"
    kinds: dict[str, dict[str, str | None]] = {"heads": {}, "opening_heads": {}, "openers": {}}
    for language in lexicon_languages(name):
        data = lexicon(name, language)
        for field, merged in kinds.items():
            merged.update(data.get(field, {}))
    words = [f for f in OrgWords.__dataclass_fields__ if f not in kinds]
    return OrgWords(**{f: MappingProxyType(merged) for f, merged in kinds.items()},
                    **{f: frozenset(_union(name, f)) for f in words})


# --------------------------------------------------------------------------------------------
# Alias types
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def alias_types() -> dict[str, dict]:
    """Alias type -> its row in data/aliases/types.jsonl (in file order)."""
    return {row["type"]: row for row in read_data("aliases/types.jsonl")}


# --------------------------------------------------------------------------------------------
# Event kinds
# --------------------------------------------------------------------------------------------

EVENT_KINDS = "events/kinds.jsonl"


def event_kinds() -> tuple[dict, ...]:
    """What each kind of event is and how the rules treat it (data/events/kinds.jsonl), in file
    order: what crimecli_events initialises with, and the kinds a query may name."""
    return tuple(read_data(EVENT_KINDS))


@dataclass(frozen=True)
class EventOpeners:
    """How a sentence with no date of its own points to the moment of the one before it."""

    same_time: tuple[str, ...]  # lower-case openers: the previous moment, to its month
    shift: tuple[str, ...]  # lower-case openers: shortly after or before it, to its year
    units_later: re.Pattern  # "two months later", "less than a year later", "The move came"
    forward: re.Pattern  # "Days later", "The next day": dates the sentence before by the date that follows
    next_year: re.Pattern
    previous_year: re.Pattern
    response: re.Pattern  # "Correa responded by ...": at the previous sentence's moment
    new_frame: re.Pattern  # "Previously, ...", "For years ...": the sentence leaves its paragraph's moment
    not_narrative: re.Pattern  # statistics, hedges, allegations, habits, lasting states
    date_field: re.Pattern  # "Date: 3 May 2025", the field line of an event note
    shift_word: re.Pattern  # "later", "eventually": after the narrative moment
    another: re.Pattern  # "also", "a second": another happening of a kind already told
    indefinites: frozenset[str]  # "a", "an", "several": someone new to the narrative (counts: like_num)
    same_day: re.Pattern  # "Hours later", "That same day": the previous moment, to the day (match at a start)
    occurred: re.Pattern  # "ensued", "broke out": a happening's noun and a verb of occurring (match at a start)
    # "a day after his arrest", "two days before the vote": groups ``count``, ``unit``, ``after``/``before``
    interval: re.Pattern


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _word(word: str) -> str:
    """``word`` as a whole word; a sign ("%") needs no boundary."""
    left = r"(?<!\w)" if word[:1].isalnum() else ""
    right = r"(?!\w)" if word[-1:].isalnum() else ""
    return f"{left}{re.escape(word)}{right}"


@lru_cache(maxsize=None)
def event_openers(language: str = "en") -> EventOpeners:
    """The anaphoric openers of a language (lexicons/<language>/event_openers.json), as classes:
    "N units later" for any count and unit, "<determiner> <noun> came/followed" for any noun."""
    data = lexicon("event_openers.json", language)
    quantity = rf"(?:(?:{_alternatives(data['quantities'])}|\d+)\s+){{0,3}}"
    later = rf"(?:{_alternatives(data['later'])})\b"
    units = rf"{quantity}(?:{_alternatives(data['units'])})\s+{later}"
    came = (rf"(?:{_alternatives(data['anaphoric_subjects'])})\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{_alternatives(data['sequence_verbs'])})\b")
    short = rf"{quantity}(?:{_alternatives(data['forward_units'])})\s+{later}|the (?:next|following) day\b"
    return EventOpeners(
        same_time=tuple(data["same_time"]), shift=tuple(data["shift"]),
        units_later=re.compile(rf"^(?:{units}|{came})", re.I),
        forward=re.compile(rf"^(?:{short})", re.I),
        next_year=re.compile(rf"\b(?:{_alternatives(data['next_year'])})\b", re.I),
        previous_year=re.compile(rf"\b(?:{_alternatives(data['previous_year'])})\b", re.I),
        response=re.compile(rf"\b(?:{_alternatives(data['response_verbs'])})\b", re.I),
        new_frame=re.compile(rf"^(?:{_alternatives(data['new_frame'])})\b", re.I),
        not_narrative=re.compile("|".join(_word(w) for w in data["not_narrative"]), re.I),
        shift_word=re.compile(rf"\b(?:{_alternatives(data['shift_words'])})\b", re.I),
        date_field=re.compile(rf"^\s*(?:{_alternatives(data['date_fields'])})\s*:", re.I),
        another=re.compile("|".join(_word(w) for w in data["another_instance"]), re.I),
        indefinites=frozenset(data["indefinites"]),
        occurred=re.compile(rf"(?:{_alternatives(data['occurrence_verbs'])})\b", re.I),
        interval=re.compile(
            rf"(?<!\w)(?P<count>(?:(?:{_alternatives(data['quantities'])}|\d+)\s+){{0,3}})"
            rf"(?P<unit>{_alternatives(data['units'])})\s+(?:(?P<after>{_alternatives(data['interval_after'])})"
            rf"|(?P<before>{_alternatives(data['interval_before'])}))\b", re.I),
        same_day=re.compile(rf"\b(?:{_alternatives(data['same_day'])}|{quantity}"
                            rf"(?:{_alternatives(data['same_day_units'])})\s+{later})", re.I),
    )


# --------------------------------------------------------------------------------------------
# Page furniture, date lines and the clause words of the date grammar
# --------------------------------------------------------------------------------------------


def _union(name: str, key: str) -> tuple[str, ...]:
    """The words under ``key`` of lexicon ``name`` in every language pack that has it, in pack
    order (``en`` first), each once: a Spanish byline ("Por ...") opens a byline on any page."""
    return tuple(dict.fromkeys(word for language in lexicon_languages(name)
                               for word in lexicon(name, language).get(key, ())))


@dataclass(frozen=True)
class PageFurniture:
    """The words of a page's furniture, every language pack's (lexicons/<language>/page_furniture.json)."""

    byline_openers: tuple[str, ...]  # "by", "por": 'By Jane Doe'
    byline_labels: tuple[str, ...]  # "byline": 'Byline: Jane Doe'
    nav_lines: tuple[str, ...]  # "share", "skip to content", "español": a whole navigation line
    nav_prefixes: tuple[str, ...]  # "download": 'Download PDF (2 MB)'
    kicker_sections: tuple[str, ...]  # "Report", "Op-Ed": 'Report / Latin America'
    reading_time_units: tuple[str, ...]  # "min", "minutes": '20+ minutes'
    reading_time_words: tuple[str, ...]  # "read": '5 min read'
    credit_names: tuple[str, ...]  # "AFP", "Getty Images" (case counts)
    credit_via: tuple[str, ...]  # "VIA": 'NURPHOTO VIA AFP'
    caption_labels: tuple[str, ...]  # "Photo", "Foto": 'Photo: ...'
    caption_connectors: tuple[str, ...]  # "by", "courtesy": 'Photo courtesy of ...'
    caption_bracket_labels: tuple[str, ...]  # "Photo": '(Photo: ...)'
    caption_bracket_connectors: tuple[str, ...]  # "by": '(Photo by ...)'
    breadcrumb_roots: tuple[str, ...]  # "Home", "Inicio": 'Home > News'
    breadcrumb_glued_roots: tuple[str, ...]  # "Home", "Start": 'HomeNewsAnalysis'
    notes_headings: tuple[str, ...]  # "notes", "fuentes": the heading of a list of footnotes
    first_publication: tuple[str, ...]  # "originally published": 'Originally published ... on 3 May'
    first_publication_prepositions: tuple[str, ...]  # "on"
    byline_after_date: tuple[str, ...]  # "by": '2 AUG 2011 BY PATRICK CORCORAN'
    copyright_words: tuple[str, ...]  # "copyright": 'Copyright 2023 Reuters'
    export_counters: tuple[str, ...]  # "document", "doc.": 'Document 2 of 12'
    export_count_nouns: tuple[str, ...]  # "documents": '3 of 40 DOCUMENTS'
    export_of: tuple[str, ...]  # "of"
    export_ends: tuple[str, ...]  # "end of document"
    front_matter_title: tuple[str, ...]  # "title": front matter keys that give the title
    front_matter_date: tuple[str, ...]  # "date", "pubdate": front matter keys that give the date


@lru_cache(maxsize=1)
def page_furniture() -> PageFurniture:
    """Bylines, navigation, kickers, captions, breadcrumbs, notes headings and front matter keys
    of every language pack (lexicons/<language>/page_furniture.json), each list the union of the
    packs', so a bilingual site's Spanish furniture is recognised on an English page."""
    name = "page_furniture.json"
    front: dict[str, dict[str, None]] = {"title": {}, "date": {}}
    for language in lexicon_languages(name):
        for field, keys in lexicon(name, language).get("front_matter", {}).items():
            front[field].update(dict.fromkeys(keys))
    fields = [f for f in PageFurniture.__dataclass_fields__ if not f.startswith("front_matter")]
    return PageFurniture(**{f: _union(name, f) for f in fields},
                         front_matter_title=tuple(front["title"]), front_matter_date=tuple(front["date"]))


@dataclass(frozen=True)
class DateLineWords:
    """The words around a date on a date line, every language pack's (lexicons/<language>/date_lines.json)."""

    label_prepositions: tuple[str, ...]  # "on", "el", "em": 'Published on 2 March'
    words_before_date: frozenset[str]  # "on", "hasta": 'arrested on 2 August 2011' is a sentence
    place_joiners: frozenset[str]  # "of", "de": 'Puerto de la Cruz, 3 May 2024'
    sentence_verbs: tuple[str, ...]  # "was", "said": a top line holding one is a sentence
    time_prepositions: tuple[str, ...]  # "at": 'March 3, 2021 at 9:30 a.m.'
    later_labels: tuple[str, ...] = ()  # "update": 'Update, July 2, 2025: ...' a later paragraph's day
    self_references: tuple[str, ...] = ()  # "this article": 'This article was published on 7 May 2024.'


@lru_cache(maxsize=1)
def date_line_words() -> DateLineWords:
    """The words of date lines in every language pack (lexicons/<language>/date_lines.json)."""
    name = "date_lines.json"
    return DateLineWords(label_prepositions=_union(name, "label_prepositions"),
                         words_before_date=frozenset(_union(name, "words_before_date")),
                         place_joiners=frozenset(_union(name, "place_joiners")),
                         sentence_verbs=_union(name, "sentence_verbs"),
                         time_prepositions=_union(name, "time_prepositions"),
                         later_labels=_union(name, "later_labels"),
                         self_references=_union(name, "self_references"))


@dataclass(frozen=True)
class DateWords:
    """The words the date grammar reads a date's clause and its numbers by (lexicons/<language>/dates.json)."""

    clause_joiners: frozenset[str]  # "and", "because": a date after one opens a clause
    passing_prepositions: tuple[str, ...]  # "in", "during": 'declared in December 2022'
    passing_irregular_participles: tuple[str, ...]  # "born": 'the faction born in 1979'
    finite_after: tuple[str, ...]  # "was", "remains": '... declared in 2022 was extended'
    participle_auxiliaries: frozenset[str]  # "was", "who": 'was declared in' is the clause's verb
    anaphoric: tuple[str, ...]  # "later", "same": a date told from the one before
    look_back: tuple[str, ...]  # "after", "since": a look back to an earlier moment
    past_perfect_auxiliaries: tuple[str, ...]  # "had"
    past_perfect_adverbs: tuple[str, ...]  # "already", "been": 'had already fled'
    scene_openers: tuple[str, ...]  # "in", "during": 'In 2019, ...'
    coordinators: tuple[str, ...]  # "and", "then": a second happening in one sentence
    range_joiners: tuple[str, ...]  # "to", "until": 'from May to June'
    count_nouns: frozenset[str]  # "troops": '2000 troops' is no year
    identifier_words: frozenset[str]  # "resolution": 'Resolution 2216' is no year
    modal_subjects: frozenset[str]  # "they": 'they may' is no month
    may_nouns: frozenset[str]  # "elections": 'the May elections' is the month
    prefix_words: frozenset[str]  # "early", "the": words inside a date expression before its trigger
    number_words: Mapping[str, int]  # "a few" -> 3: the count of 'a few days ago'
    vague_numbers: frozenset[str]  # "several": a count that makes its date approximate
    ordinals: Mapping[str, int]  # "third" -> 3: 'the third quarter'
    century_words: Mapping[str, int]  # "nineteenth" -> 19 (a space for a space or a hyphen)
    seasons: Mapping[str, str]  # "summer" -> "SU"
    approximate_words: frozenset[str]  # "about", "nearly": 'about six weeks'
    year_subject_verbs: frozenset[str]  # "was", "saw": '2013 was the year ...' moves the story
    year_arrival_words: frozenset[str]  # "came", "to": 'Then came 2014.' moves the story


@lru_cache(maxsize=None)
def date_words(language: str = "en") -> DateWords:
    """The clause and number words of a language's date grammar (lexicons/<language>/dates.json)."""
    data = lexicon("dates.json", language)
    return DateWords(clause_joiners=frozenset(data["clause_joiners"]),
                     passing_prepositions=tuple(data["passing_prepositions"]),
                     passing_irregular_participles=tuple(data["passing_irregular_participles"]),
                     finite_after=tuple(data["finite_after"]),
                     participle_auxiliaries=frozenset(data["participle_auxiliaries"]),
                     anaphoric=tuple(data["anaphoric"]), look_back=tuple(data["look_back"]),
                     past_perfect_auxiliaries=tuple(data["past_perfect_auxiliaries"]),
                     past_perfect_adverbs=tuple(data["past_perfect_adverbs"]),
                     scene_openers=tuple(data["scene_openers"]), coordinators=tuple(data["coordinators"]),
                     range_joiners=tuple(data["range_joiners"]), count_nouns=frozenset(data["count_nouns"]),
                     identifier_words=frozenset(data["identifier_words"]),
                     modal_subjects=frozenset(data["modal_subjects"]), may_nouns=frozenset(data["may_nouns"]),
                     prefix_words=frozenset(data["prefix_words"]),
                     number_words=MappingProxyType(dict(data["number_words"])),
                     vague_numbers=frozenset(data["vague_numbers"]),
                     ordinals=MappingProxyType(dict(data["ordinals"])),
                     century_words=MappingProxyType(dict(data["century_words"])),
                     seasons=MappingProxyType(dict(data["seasons"])),
                     approximate_words=frozenset(data["approximate_words"]),
                     year_subject_verbs=frozenset(data["year_subject_verbs"]),
                     year_arrival_words=frozenset(data["year_arrival_words"]))
