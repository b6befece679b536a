"""The gazetteer: known places and organisations of the region, matched by spaCy's span_ruler.

Data (crimecli/data): countries (pycountry + curated short forms), first-level subdivisions of
the Americas and Spain (pycountry + curated short names), curated cities, regions and border
features, intergovernmental bodies, state agencies, security forces, armed and criminal groups,
parties, NGOs, companies and media; and, outside the rulers, GeoNames towns and villages
(generated/places_geonames.jsonl, read by crimecli/pipeline/places.py).

Three pipeline components:

- ``crimecli_gazetteer_names``: a span ruler matching names on LOWER, so that case is
  checked afterwards ("gulf of venezuela" in running lower-case text, "meta" the word);
- ``crimecli_gazetteer_acronyms``: a span ruler matching acronyms on ORTH ("ELN", "US",
  "UN" only as written);
- ``crimecli_gazetteer``: the filter after them, which also adds the places no curated list
  holds (GeoNames towns and places named by a head word, crimecli/pipeline/places.py).
  Longest match wins (curated before GeoNames before shapes); a name needs its first word
  capitalised; an acronym inside an all-capitals headline is a word; single-token places that
  are also personal names or words ("Santos", "Córdoba", "Guerrero", "Central") need place
  context and must not sit inside a run of capitalised words ("Piedad Córdoba", "Niño
  Guerrero"); a place name inside a person's name ("Andrés Bello") is not a place, nor are its
  bare mentions in that document without place context ("Simón Bolívar ... Bolívar wrote");
  a state inside a court's name ("Southern District of Texas") is no mention of it; a generic
  institutional name ("National Guard") is linked to its country's entry only when that
  country is in the document.

The rulers are spaCy's ``SpanRuler`` (factory ``crimecli_gazetteer_ruler``, see
:class:`GazetteerRuler`). Every pattern carries the canonical id (``"place:venezuela"``,
``"org:national-liberation-army"``) in its ``"id"``; the rulers write every match to
``doc.spans[<ruler name>]``, the filter writes what it keeps to ``doc.spans["crimecli_gazetteer"]``
with ``span.id_``, ``span._.kind`` and ``span._.country``. The patterns come from
:func:`gazetteer_patterns` when the pipeline is initialised and are saved with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import SimpleFrozenList, ensure_path

from crimecli.countries import countries, demonym_country
from crimecli.lexicons import PersonVerbs, name_particles, person_verbs
from crimecli.identity import entity_id
from crimecli.pipeline import span_values
from crimecli.pipeline.component import DataComponent
from crimecli.pipeline.places import (
    GeonamesTable,
    GeoPlace,
    PlaceContext,
    ShapeFinder,
    apposition_after,
    capitalised,
    geonames_table,
    in_list,
    local_kind_word,
    name_key,
)
from crimecli.pipeline.sentences import token_texts
from crimecli.text import fold, is_acronym, lexicon, read_data, read_jsonl

NAMES_RULER = "crimecli_gazetteer_names"
ACRONYMS_RULER = "crimecli_gazetteer_acronyms"
SPANS_KEY = "crimecli_gazetteer"

# Words that give a single ambiguous token a place reading: "in Córdoba", "Sucre state".
_PLACE_BEFORE = frozenset({
    "in", "from", "to", "into", "near", "across", "through", "throughout", "at", "outside", "around",
    "toward", "towards", "via", "between", "of", "inside", "within", "border", "bordering",
})
_PLACE_AFTER = frozenset({
    "state", "department", "province", "municipality", "region", "city", "town", "border", "governor",
    "governorship", "mayor", "port", "river", "coast", "valley", "area", "prison", "jail", "airport",
    # its public bodies, written in lower case: 'the Rosario police', 'Santiago prosecutors'
    "police", "prosecutors", "authorities",
})
# Lower-case words inside a place's or an organisation's name: the name particles, the
# connectors of organisations' names and joining marks.
_PARTICLES = name_particles().words | {"of", "the", "and", "for", "on", "in", "&", "-", "en", "para", "por", "a"}

# Acronyms that are also ordinary words: in capitals-only text they are words.
_WORD_ACRONYMS = frozenset({"WHO", "CAN", "ICE", "MAS", "PAN", "ADA", "ONA", "AFI", "CRS", "FAC", "MUD",
                            "PRI", "CDN", "CDG", "EMC", "ARN", "DNI", "UNP", "HSI", "INL", "NSC"})

# Words of institutional names that every country has ("National Police", "Guardia Nacional",
# "Attorney General's Office"): a form made only of these names a body of the document's own
# country, so it is linked to a country's entry only when that country is in the document.
_GENERIC_ORG_WORDS = frozenset("""
national police guard army navy air force forces armed military federal public prosecutor's prosecutor
general attorney attorney's office ministry defense defence interior security justice congress senate
supreme court of the de del la el los las policia nacional guardia ejercito armada fuerza fuerzas
fiscalia ministerio publico defensa seguridad congreso senado suprema corte justicia tribunal
intelligence service servicio directorate direccion investigation investigations bureau coast
""".split())
# The words of those names that are no article or particle ('Public', 'Prosecutor', not 'Los').
_BODY_WORDS = _GENERIC_ORG_WORDS - {"of", "the", "de", "del", "la", "el", "los", "las"}
# Tiers of local government written first in a body's name ('Rosario Municipal Guard').
_LOCAL_TIERS = frozenset({"Municipal", "Metropolitan", "Provincial", "Departmental", "State"})
_GEOGRAPHIC_AFTER = _PLACE_AFTER | {"ocean", "seaboard", "side", "route", "routes", "basin", "crossing"}
_NAME_LINKS = name_particles().links

# Separators of a page's share or follow bar ('Share: WhatsApp · Facebook · X').
_BAR_SEPARATORS = frozenset({"·", "|", "•"})
_OPEN_QUOTES = frozenset({"“", '"', "‘", "'", "«"})
_CLOSE_QUOTES = frozenset({"”", '"', "’", "'", "»"})

# A GeoNames place competes with the most populous of its name on the document's context when
# it is at least this fraction of its size (population weighted as in places.geonames_table).
COMPARABLE_SIZE = 10
# A GeoNames town this large in another country is a candidate for a curated place's name.
TOWNS_ELSEWHERE_MIN_POPULATION = 20000
# The countries whose towns gave their names to towns all over Latin America ('Las Palmas',
# 'Trujillo', 'Guadalupe'): in a paragraph about one country of the region that never names
# them, such a name is that country's namesake, however large the Iberian town.
NAMESAKE_ORIGINS = frozenset({"Spain", "Portugal"})

# Sources of candidate spans, in the order that wins between two spans of one length.
_RULER, _NAMED_SHAPE, _GEONAMES, _SHAPE = 0, 1, 2, 3

_PRIORITY = {"country": 0, "capital": 1, "ORG": 2, "state or department": 3, "region": 4,
             "city or town": 5}


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    label: str
    kind: str | None
    country: str | None
    ambiguous: bool = False
    lowercase: bool = False  # the canonical name is lower-case ("chavismo"): no case check
    medium: bool = False  # a platform: an organisation only where it is not the medium ('on Facebook')
    population: int | None = None  # a GeoNames town's; None for a curated entry


def _all_capitals(form: str) -> bool:
    """'ELN', 'U.S.', 'EE.UU', 'M-19', 'MS13', 'FARC-EP', 'G20': an acronym in capitals only,
    matched case-sensitively ('TdA', 'FinCEN' are matched as any other name)."""
    return is_acronym(form) and not any(c.islower() for c in form)


@lru_cache(maxsize=1)
def names_lexicon() -> dict:
    """First names, surnames, particles and never-a-name words (crimecli/data/curated/names.json)."""
    data = read_data("curated/names.json")
    return {
        "first_names": frozenset(data["first_names"]) | frozenset(fold(n).title() for n in data["first_names"]),
        "surnames": frozenset(data["surnames"]) | frozenset(fold(n).title() for n in data["surnames"]),
        "particles": name_particles().words,
        "not_names": frozenset(data["not_names"]),
    }


@lru_cache(maxsize=1)
def gazetteer_entries() -> list[tuple[Entry, list[str], int]]:
    """(entry, surface forms, priority) for everything the gazetteer matches."""
    out: list[tuple[Entry, list[str], int]] = []
    capitals: set[str] = set()
    for country in countries():
        entry = Entry(country.id, country.name, "PLACE", "country", None)
        forms = [country.name, *country.variants]
        out.append((entry, forms, _PRIORITY["country"]))
        capitals.update(fold(c) for c in country.capitals)
    lex = names_lexicon()
    personal = lex["first_names"] | lex["surnames"]
    for code, name, forms, row in _subdivisions():
        country = next((c.name for c in countries() if c.alpha2 == row["alpha2"]), None)
        # a name that is also a personal name or a common word ("Central") needs place context
        ambiguous = name in personal or fold(name).title() in personal or name in row.get("needs_context", {})
        entry = Entry(subdivision_ids()[code], name, "PLACE", "state or department", country, ambiguous)
        out.append((entry, forms, _PRIORITY["state or department"]))
    for fname in ("curated/places.jsonl", "curated/organizations.jsonl"):
        for row in read_jsonl(fname):
            name, label, kind = row["name"], row["label"], row.get("kind")
            ambiguous = bool(row.get("ambiguous")) or (
                label == "PLACE" and " " not in name and (name in personal or fold(name).title() in personal))
            ident = entity_id(label, row["id_hint"]) if row.get("id_hint") else entity_id(
                label, name, row.get("country") if label == "PLACE" and kind == "city or town" else None)
            entry = Entry(ident, name, label, kind, row.get("country"),
                          ambiguous, name[:1].islower(), bool(row.get("medium")))
            if label == "ORG":
                priority = _PRIORITY["ORG"]
            elif kind == "city or town" and fold(name) in capitals:
                priority = _PRIORITY["capital"]
            else:
                priority = _PRIORITY.get(kind or "", 4)
            out.append((entry, [name, *row.get("variants", [])], priority))
    return out


@lru_cache(maxsize=1)
def listed_organizations() -> dict[str, Entry]:
    """Folded surface form -> the listed organisation it names ('sinaloa cartel' -> the Sinaloa
    Cartel's entry): for a name the text writes only in part ('the Sinaloa and Gulf cartels')."""
    out: dict[str, Entry] = {}
    for entry, forms, _ in gazetteer_entries():
        if entry.label == "ORG":
            for form in forms:
                out.setdefault(fold(form), entry)
    return out


def _subdivisions() -> Iterator[tuple[str, str, list[str], dict]]:
    """(ISO 3166-2 code, display name, surface forms, generated row) of every first-level
    subdivision the gazetteer matches: the generated rows with their curated overrides."""
    overrides = {r["code"]: r for r in read_jsonl("curated/subdivisions.jsonl")}
    for row in read_jsonl("generated/subdivisions.jsonl"):
        extra = overrides.get(row["code"], {})
        if extra.get("skip"):
            continue
        name = extra.get("name") or row["name"]
        yield row["code"], name, [name, row["name"], *row.get("variants", []), *extra.get("variants", [])], row


@lru_cache(maxsize=1)
def subdivision_ids() -> dict[str, str]:
    """ISO 3166-2 code -> the gazetteer id of that first-level subdivision ("EC-M" ->
    "place:manabi-ec")."""
    return {code: entity_id("PLACE", name, row["alpha2"]) for code, name, _forms, row in _subdivisions()}


@lru_cache(maxsize=1)
def _claimed_patterns() -> tuple[dict[str, list[dict[str, str]]], dict[str, Entry]]:
    """Span-ruler patterns per ruler and the entry each id stands for.

    A surface form belongs to the highest-priority entry that has it (a country before a capital
    before an organisation before a subdivision ...); so does an id (the first entry with it).
    """
    claimed: dict[tuple[str, str], tuple[Entry, str]] = {}  # (ruler, key) -> (owner, form)
    entries: dict[str, Entry] = {}
    for entry, forms, _priority in sorted(gazetteer_entries(), key=lambda t: t[2]):
        entries.setdefault(entry.id, entry)
        variants: list[str] = []
        for form in forms:
            if not form:
                continue
            for v in (form, fold(form) if not _all_capitals(form) else form):
                # "Attorney General's Office" is also written with a typographic apostrophe
                for w in (v, v.replace("'", "’")):
                    if w not in variants:
                        variants.append(w)
        for form in variants:
            ruler = ACRONYMS_RULER if _all_capitals(form) else NAMES_RULER
            key = (ruler, form if ruler == ACRONYMS_RULER else form.lower())
            # Patterns are tokenised as written: lower-casing first changes tokenisation ('u.s.').
            claimed.setdefault(key, (entry, form))
    patterns: dict[str, list[dict[str, str]]] = {NAMES_RULER: [], ACRONYMS_RULER: []}
    for (ruler, _key), (entry, form) in claimed.items():
        patterns[ruler].append({"label": entry.label, "pattern": form, "id": entry.id})
    return patterns, entries


@spacy.registry.misc("crimecli.gazetteer_patterns.v1")
def gazetteer_patterns(ruler: str) -> list[dict[str, str]]:
    """The patterns of one gazetteer ruler (``crimecli_gazetteer_names`` or ``..._acronyms``)."""
    return list(_claimed_patterns()[0][ruler])


def canonical_names() -> dict[str, str]:
    """Canonical id -> the gazetteer's name for it ("place:united-states" -> "United States")."""
    return {entry_id: entry.name for entry_id, entry in _claimed_patterns()[1].items()}


# Config of the two span rulers (crimecli.nlp adds them with these).
RULERS: dict[str, dict[str, Any]] = {
    name: {"spans_key": name, "phrase_matcher_attr": attr,
           "scorer": {"@scorers": "spacy.overlapping_labeled_spans_scorer.v1", "spans_key": name}}
    for name, attr in ((NAMES_RULER, "LOWER"), (ACRONYMS_RULER, "ORTH"))
}
PHRASE_KEYS_FILE = "phrase_keys.msgpack"


class GazetteerRuler(SpanRuler):
    """spaCy's span ruler, saved with the token keys of its phrase patterns.

    ``SpanRuler.from_disk`` tokenises every phrase pattern again (the gazetteer's 3,400 forms:
    ~0.2 s of every command's start-up). This ruler also saves what its phrase matcher keys each
    pattern by (the LOWER or ORTH value of each token) and loads the matcher from those, without
    the tokenizer. Patterns, ids, labels and matching are the span ruler's own.
    """

    def _phrase_attr(self) -> str:
        return self.phrase_matcher_attr or "ORTH"

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        super().to_disk(path, exclude=exclude)
        attr = self._phrase_attr()
        keys = [self.nlp.make_doc(p["pattern"]).to_array(attr).tolist()
                for p in self.patterns if isinstance(p["pattern"], str)]
        srsly.write_msgpack(ensure_path(path) / PHRASE_KEYS_FILE, keys)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> GazetteerRuler:
        path = ensure_path(path)
        patterns = list(srsly.read_jsonl(path / "patterns"))
        keys = iter(srsly.read_msgpack(path / PHRASE_KEYS_FILE))
        self.clear()
        strings = self.nlp.vocab.strings
        phrases: dict[str, list[tuple[int, ...]]] = {}
        for entry in patterns:  # the bookkeeping of SpanRuler.add_patterns
            label, pattern_id = entry["label"], entry.get("id", "")
            key = repr((label, pattern_id))
            self._match_label_id_map[strings.add(key)] = {"label": label, "id": pattern_id}
            if isinstance(entry["pattern"], str):
                phrases.setdefault(key, []).append(tuple(next(keys)))
            else:
                self.matcher.add(key, [entry["pattern"]])
            self._patterns.append(entry)
        # PhraseMatcher.add takes a phrase as a Doc or as its tokens' attribute values. It also
        # makes a lexeme of each match key ("('PLACE', 'place:peru')"), computing its two dozen
        # lexical attributes in Python: nine tenths of the time these 1,800 keys take. A key
        # holds a space, so no token is ever that lexeme: it is made without attributes.
        vocab = self.nlp.vocab
        getters, vocab.lex_attr_getters = vocab.lex_attr_getters, None
        try:
            for key, keyed in phrases.items():
                self.phrase_matcher.add(key, keyed)
        finally:
            vocab.lex_attr_getters = getters
        return self


@Language.factory(
    "crimecli_gazetteer_ruler",
    assigns=["doc.spans"],
    default_config={
        "spans_key": NAMES_RULER,
        "spans_filter": None,
        "annotate_ents": False,
        "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
        "phrase_matcher_attr": None,
        "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
        "validate": False,
        "overwrite": True,
        "scorer": {"@scorers": "spacy.overlapping_labeled_spans_scorer.v1", "spans_key": NAMES_RULER},
    },
)
def make_gazetteer_ruler(nlp: Language, name: str, spans_key: str | None,
                         spans_filter: Callable | None, annotate_ents: bool, ents_filter: Callable,
                         phrase_matcher_attr: str | None, matcher_fuzzy_compare: Callable,
                         validate: bool, overwrite: bool, scorer: Callable | None) -> GazetteerRuler:
    return GazetteerRuler(nlp, name, spans_key=spans_key, spans_filter=spans_filter,
                          annotate_ents=annotate_ents, ents_filter=ents_filter,
                          phrase_matcher_attr=phrase_matcher_attr,
                          matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate,
                          overwrite=overwrite, scorer=scorer)


# (start, end, source, an Entry / a GeoNames key / a shape's kind, the ruler's span)
_Candidate = tuple[int, int, int, Any, "Span | None"]


@dataclass
class _DocumentContext:
    """What the gazetteer filter learns about one document before it keeps spans."""

    covered: bytearray  # tokens a curated name covers
    territories: dict[int, tuple[int, Entry]] = field(default_factory=dict)  # start -> (end, state or country)
    place_starts: set[int] = field(default_factory=set)  # where places no word could be start ...
    place_ends: set[int] = field(default_factory=set)  # ... and end
    person_words: set[str] = field(default_factory=set)  # name keys the document uses inside a person's name
    pending: list[tuple[int, int, str]] = field(default_factory=list)  # GeoNames forms waiting for context
    confirmed: set[str] = field(default_factory=set)  # GeoNames forms the document has read as places
    body_starts: set[int] = field(default_factory=set)  # where a listed government body or force starts


def _quoted(texts: list[str], start: int, end: int) -> bool:
    """Between quotation marks: a nickname or a title ('Carlos “El Tigre” Quiñónez')."""
    return start > 0 and end < len(texts) and texts[start - 1] in _OPEN_QUOTES and texts[end] in _CLOSE_QUOTES


def _named_by(place: GeoPlace, territory: Entry) -> bool:
    """Is ``place`` in the state or country ``territory`` (an apposition: 'San Pedro, Coahuila',
    'Trujillo, Colombia')?"""
    if territory.kind == "country":
        return place.country == territory.name
    return place.admin1 == territory.id if place.admin1 else place.country == territory.country


class GazetteerFilter(DataComponent):
    """The gazetteer's rules over the span rulers' raw matches (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, names_key: str, acronyms_key: str,
                 spans_key: str) -> None:
        super().__init__(nlp, name)
        self.names_key = names_key
        self.acronyms_key = acronyms_key
        self.spans_key = spans_key
        self.entries: dict[str, Entry] = {}
        self.not_names: frozenset[str] = frozenset()
        self.personal: frozenset[str] = frozenset()
        self.geonames: GeonamesTable | None = None
        self.context = PlaceContext()
        self.shapes = ShapeFinder(self.not_names, self.context.words)
        self.verbs_of_a_person = PersonVerbs(frozenset(), frozenset(), frozenset())
        self.medium_before: frozenset[str] = frozenset()
        self.medium_after: frozenset[str] = frozenset()

    def load_data(self) -> dict[str, Any]:
        lex = names_lexicon()
        patterns, entries = _claimed_patterns()
        claimed = frozenset(name_key(p["pattern"]) for ruler in patterns.values() for p in ruler)
        return {
            "entries": [list(astuple(entry)) for entry in entries.values()],
            "not_names": sorted(lex["not_names"]),
            "personal": sorted(lex["first_names"] | lex["surnames"]),
            "geonames": geonames_table(claimed, lex["not_names"], tuple(sorted(subdivision_ids().items()))),
            "person_verbs": [sorted(words) for words in astuple(person_verbs())],
            "medium_before": lexicon("names.json")["medium_before"],
            "medium_after": lexicon("names.json")["medium_after"],
        }

    def setup(self, data: dict[str, Any]) -> None:
        self.entries = {row[0]: Entry(*row) for row in data["entries"]}
        self.not_names = frozenset(data["not_names"])
        self.personal = frozenset(data["personal"])
        self.geonames = GeonamesTable(data["geonames"])
        self.context = PlaceContext()
        self.shapes = ShapeFinder(self.not_names, self.context.words)
        self.verbs_of_a_person = PersonVerbs(*(frozenset(words) for words in data["person_verbs"]))
        self.medium_before = frozenset(data["medium_before"])
        self.medium_after = frozenset(data["medium_after"])

    # -- filters -------------------------------------------------------------------------
    def _case_ok(self, span: Span, entry: Entry) -> bool:
        if entry.lowercase:
            return True
        if entry.label == "ORG" and entry.ambiguous:
            # 'The Atlantic', 'The Hill': a title that is also a common phrase is the title only
            # as written ('crossed the Atlantic' is the ocean) and not before a word that makes
            # it a place ('The Atlantic coast')
            nxt = span.doc[span.end] if span.end < len(span.doc) else None
            return span.text == entry.name and not (nxt is not None and nxt.lower_ in _GEOGRAPHIC_AFTER)
        if len(span) > 1 and span[0].is_sent_start and entry.label == "ORG" and self._generic_form(span) \
                and any(t.text[:1].islower() and t.lower_ not in _PARTICLES for t in span[1:]):
            return False  # 'Federal police in Santa Catarina said': the capital is the sentence's
        for tok in span:
            if tok.lower_ in _PARTICLES:
                continue
            return tok.text[:1].isupper() or tok.text[:1].isdigit()
        return False

    def _capitalised_word(self, tok) -> bool:
        return tok.is_alpha and tok.text[:1].isupper() and tok.text not in self.not_names

    def _ambiguous_ok(self, doc: Doc, span: Span) -> bool:
        """A place that is also a personal name needs place context and no name neighbours."""
        start, end = span.start, span.end
        prev = doc[start - 1] if start > 0 else None
        nxt = doc[end] if end < len(doc) else None
        if span.text.isupper() and len(span.text) > 2 and (prev is None or "\n" in prev.text) \
                and nxt is not None and nxt.text in (",", "-", "—", "–", "("):
            return True  # a wire dateline: 'LIMA, March 2 (Reuters) -', 'SANTIAGO —'
        if prev is not None and self._capitalised_word(prev) and not prev.is_sent_start:
            return False  # "Piedad Córdoba"
        if prev is not None and prev.text[:1].isupper() and prev.is_alpha and prev.text in self.not_names \
                and prev.lower_ not in ("the",):
            # "President Santos", "General Guerrero": a title or other capitalised word before it
            return False
        if nxt is not None and self._capitalised_word(nxt):
            return False  # "Santiago Uribe", "Lima Barreto"
        if nxt is not None and nxt.lower_ in _PLACE_AFTER:
            return not (prev is not None and prev.text in self.personal)  # 'Carlos Santos police officer'
        if prev is not None and prev.lower_ in _PLACE_BEFORE:
            return True
        return False

    def _opens_a_body(self, doc: Doc, span: Span, ctx: _DocumentContext) -> bool:
        """'the Lima Superior Court of Justice', 'the Santiago Court of Appeals', 'Rosario's
        Municipal Guard', 'Lima's police': a place that is also a personal name, right before (or
        with its possessive before) a listed government body, a local tier or its lower-case
        police, and after no capitalised word, is the city whose body it is (the names
        component joins the two)."""
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.text != "The" and prev.is_alpha and prev.text[:1].isupper():
            return False
        k = span.end
        if k + 1 < len(doc) and doc[k].text in ("'s", "’s"):
            k += 1  # 'Rosario's Municipal Guard', 'Lima's police'
            if doc[k].lower_ in _PLACE_AFTER:
                return True
        return k in ctx.body_starts or k < len(doc) and doc[k].text in _LOCAL_TIERS

    def _inside_name(self, doc: Doc, span: Span) -> bool:
        start = span.start
        if start == 0:
            return False
        prev = doc[start - 1]
        if prev.lower_ in _NAME_LINKS and start >= 2:
            # 'Rigoberto Zazueta de los Santos', 'Anderson dos Reis': a surname after a particle
            before = doc[start - 2]
            if not self._capitalised_word(before) or before.is_sent_start:
                return False
            if span[0].text in ("los", "las", "la", "el"):
                return True  # 'Zazueta de los Santos': lower-case article, a surname's shape
            return before.text in self.personal
        return self._capitalised_word(prev) and not prev.is_sent_start and prev.text in self.personal

    @staticmethod
    def _generic_form(span: Span) -> bool:
        words = [fold(t.text) for t in span if t.is_alpha or t.text in ("'s", "’s")]
        words = [w for w in words if w not in ("'s", "’s")]
        return len(words) >= 2 and all(w in _GENERIC_ORG_WORDS for w in words)

    @staticmethod
    def _in_capitals_run(doc: Doc, start: int, end: int) -> bool:
        """An acronym inside an all-capitals headline or byline ('WHO ARE THE ...') is not one."""
        def caps_word(i: int) -> bool:
            if i < 0 or i >= len(doc):
                return False
            t = doc[i]
            return t.is_alpha and len(t) > 1 and t.is_upper
        if doc[start:end].text in _WORD_ACRONYMS:
            return caps_word(start - 1) or caps_word(end) or doc[start].is_sent_start
        return caps_word(start - 1) and caps_word(end)

    # -- places no curated list holds ----------------------------------------------------------
    def _geo_case_ok(self, texts: list[str], start: int, end: int) -> bool:
        """Every word of a GeoNames name capitalised ('Nuevo Cuscatlán', not 'nuevo cuscatlán'
        nor a headline's 'NUEVO'); particles and joiners may be lower case."""
        if end - start == 1 and texts[start].isupper() and len(texts[start]) > 1:
            return False
        return all(t[:1].isupper() or t in _PARTICLES or not t[:1].isalpha() for t in texts[start:end])

    def _tail_of_a_name(self, doc: Doc, start: int) -> bool:
        """A capitalised word right before: the span ends a longer name ('Carla Angola',
        'Agro Atlantic', 'President Morales')."""
        if start == 0:
            return False
        prev = doc[start - 1]
        if len(prev.text) == 2 and prev.text[0].isupper() and prev.text[1] == ".":
            return True  # an initial: 'Joann S. Lublin'
        if not (prev.is_alpha and prev.text[:1].isupper()) or prev.text in ("The", "In", "At", "From", "To", "Near"):
            return False
        if prev.is_sent_start:
            # 'Julissa Villanueva, a Honduran official, ...': a sentence's first word before the
            # place's is a given name, unless it is a word ('Yesterday', 'Outside', 'Police')
            return prev.text not in self.not_names and (prev.lower_,) not in self.context.words.strong_before \
                and (prev.lower_,) not in self.context.words.weak_before and not prev.is_upper
        return True

    def _after_given_name(self, doc: Doc, start: int) -> bool:
        """'Freddy Bernal': a given name (or a title) right before."""
        if start == 0:
            return False
        prev = doc[start - 1]
        return prev.text in self.personal and prev.text[:1].isupper() and not prev.is_sent_start

    def _inside_unknown_name(self, doc: Doc, texts: list[str], start: int, end: int, covered: bytearray) -> bool:
        """Between two capitalised words no list holds ('Boris España Cáceres'): a country's
        name used as a surname."""
        if start == 0 or end >= len(texts) or covered[start - 1] or covered[end]:
            return False
        prev, nxt = texts[start - 1], texts[end]
        return all(w[:1].isupper() and w.isalpha() and w not in self.not_names for w in (prev, nxt)) \
            and not doc[start - 1].is_sent_start

    def _not_a_place_after(self, texts: list[str], start: int, end: int) -> bool:
        """'Bethlehem shares', 'Norton Co.': a company, not a town; 'El Tigre was arrested',
        'Magna said': a person or a body speaking (the verbs of a person of the names lexicon),
        unless a preposition governs the name, so that it is no subject ('residents of Ouanaminthe
        fled', 'gunmen in Ocotal opened fire')."""
        if end >= len(texts):
            return False
        if texts[end] in self.context.words.not_place_after:
            return True
        governed = start > 0 and (texts[start - 1] == "of" or self.context.strong_before(texts, start))
        return not governed and self.verbs_of_a_person.after(lambda k: texts[k].lower(), len(texts), end)

    def _head_of_a_name(self, doc: Doc, texts: list[str], end: int) -> bool:
        """A capitalised word right after that can be a name ('Pomona Impact'), or a hyphen
        joining one ('Sherwood-Randall'): the span opens a longer name. A word that is never a
        name leaves the place standing ('the Los Angeles Declaration', 'Tocoa Police')."""
        if end >= len(texts):
            return False
        nxt = texts[end]
        if nxt == "-" and not doc[end - 1].whitespace_ and end + 1 < len(texts) and texts[end + 1][:1].isupper():
            return True
        return nxt[:1].isupper() and nxt.rstrip(".").isalpha() and not doc[end].is_sent_start \
            and nxt not in self.not_names

    def _apposition(self, texts: list[str], end: int, ctx: _DocumentContext) -> Entry | None:
        """The state or country an apposition after a name names ('Chone, Manabí', 'Fraijanes,
        Guatemala'), when it is not the opening of a possessive ('Morales, Bolivia's ...')."""
        at = apposition_after(texts, end)
        if at is None and end + 1 < len(texts) and texts[end] == "(" and end + 1 in ctx.territories:
            # a conflict note's '(La Libertad)': a state or department in brackets, nothing else
            t_end, entry = ctx.territories[end + 1]
            if entry.kind != "country" and t_end < len(texts) and texts[t_end] == ")":
                return entry
            return None
        if at is None or at not in ctx.territories:
            return None
        t_end, entry = ctx.territories[at]
        if t_end < len(texts) and texts[t_end] in ("'s", "’s"):
            return None
        return entry

    def _place_context(self, texts: list[str], start: int, end: int, name_like: bool,
                       ctx: _DocumentContext) -> bool:
        """Does the text say the span names a place? See crimecli/pipeline/places.py."""
        words = self.context
        return (words.strong_before(texts, start) or words.kind_noun(texts, start, end)
                or (not name_like and words.weak_before(texts, start))
                or self._apposition(texts, end, ctx) is not None
                or in_list(texts, start, end, ctx.place_ends, ctx.place_starts))

    def _towns_elsewhere(self, doc: Doc, span: Span, entry: Entry) -> None:
        """A curated place whose name large towns of other countries bear ('Santa Rosa', a
        Guatemalan department and a town of El Oro, Ecuador): those towns become candidates the
        resolver weighs against the document's context, the curated place first."""
        assert self.geonames is not None
        places = self.geonames.candidates(name_key(span.text))
        floor = TOWNS_ELSEWHERE_MIN_POPULATION
        if entry.kind == "city or town":
            # a curated city is the well-known one: only larger namesakes compete ('Madrid' is
            # not the Colombian town, 'Oxford' not the American one, whatever the document)
            own = [p.population for p in places if p.country == entry.country]
            if not own:
                return
            floor = max(floor, own[0] + 1)
        others = [p for p in places if p.population >= floor and p.country != entry.country]
        if others:
            candidates = doc._.place_candidates
            if candidates is None:
                candidates = doc._.place_candidates = {}
            candidates[(span.start_char, span.end_char)] = (entry, *(
                Entry(p.id, p.name, "PLACE", "city or town", p.country) for p in others))

    def _geo_span(self, doc: Doc, start: int, end: int, key: str,
                  appos: Entry | None) -> tuple[Span, Entry]:
        """The span of a GeoNames place: the candidate an apposition names ('San Pedro,
        Coahuila'), else the most populous; the other candidates in other countries stay in
        ``doc._.place_candidates`` for the resolver to weigh against the document's context."""
        assert self.geonames is not None
        places = self.geonames.candidates(key)
        if appos is not None:
            places = [p for p in places if _named_by(p, appos)] or places
        chosen = places[0]
        entry = Entry(chosen.id, chosen.name, "PLACE", "city or town", chosen.country)
        span = Span(doc, start, end, label="PLACE", span_id=chosen.id)
        # only places of comparable size compete on the document's context: 'Los Angeles' in a
        # report on Mexico is still the Californian city, not a Mexican village of that name
        places = [p for p in places if p.weight * COMPARABLE_SIZE >= chosen.weight]
        # a small town's country is only a prior too: the resolver may find that the document
        # is about another country, where a village of that name no list holds lies
        if appos is None and (len({p.country for p in places}) > 1
                              or chosen.population < TOWNS_ELSEWHERE_MIN_POPULATION
                              or chosen.country in NAMESAKE_ORIGINS):
            candidates = doc._.place_candidates
            if candidates is None:
                candidates = doc._.place_candidates = {}
            candidates[(span.start_char, span.end_char)] = tuple(
                Entry(p.id, p.name, "PLACE", "city or town", p.country, population=p.population) for p in places)
        return span, entry

    def _inner_country(self, texts: list[str], start: int, end: int, cands: list) -> str | None:
        """The country of a place a shape's name holds ('Port of Cádiz': Spain), or of a demonym
        in it ('National Museum of American Diplomacy': United States); None for a name that
        holds neither ('Putumayo River' runs through two countries)."""
        assert self.geonames is not None
        # a place named with a kind word ('Puerto Azul', 'Puerto General San Martín', 'Estancia
        # Santa Teresa'): the words after it make a new name, and the town or region they may
        # name alone ('Azul', Argentina; 'San Martín', Peru) says nothing of where it lies; a
        # country does ('Puerto Colombia')
        new_town = self.shapes.kind_word_at(texts, start)
        for c_start, c_end, source, what, _span in cands:
            if not start <= c_start < c_end <= end or source in (_SHAPE, _NAMED_SHAPE):
                continue
            if new_town and c_start > start and not (source == _RULER and what.label == "PLACE"
                                                     and what.kind == "country"):
                continue
            if source == _RULER and what.label == "PLACE":
                country = what.name if what.kind == "country" else what.country
                if country:
                    return country
            elif source == _GEONAMES and not self.shapes.kind_word_opens_name(texts, c_start, c_end):
                # the shape is context enough for a town: 'Port of Cádiz', 'Port of Manzanillo'
                # (the larger). A village says nothing of where a prison or an airport named
                # after it lies ('Pavón prison', 'La Aurora International Airport'): the
                # document's context does (the resolver's local kinds)
                top = self.geonames.candidates(what)[0]
                return top.country if top.population >= TOWNS_ELSEWHERE_MIN_POPULATION else None
        for text in texts[start:end]:
            if text[:1].isupper() and (country := demonym_country(text)):
                return country
        return None

    def _sentence_country(self, texts: list[str], start: int, end: int, cands: list) -> str | None:
        """The country of the nearest known place in the sentence of [start, end), before or after
        it: a street, a ranch or a stream named with its kind word lies where its sentence is
        ('CIUDAD DEL ESTE, Paraguay — From a gallery on Avenida Monseñor Rodríguez'; 'the
        Membrillo stream in the Darién, Panama')."""
        best: tuple[int, str] | None = None
        for c_start, c_end, source, what, _span in cands:
            if source != _RULER or what.label != "PLACE" or start < c_end and c_start < end:
                continue
            country = what.name if what.kind == "country" else what.country
            if not country or c_start and self.shapes.kind_word_at(texts, c_start - 1):
                continue  # 'Estancia San Lorenzo' is not in San Lorenzo
            between = texts[c_end:start] if c_end <= start else texts[end:c_start]
            if any(t in (".", "!", "?") or "\n" in t for t in between):
                continue  # another sentence
            if best is None or len(between) < best[0]:
                best = (len(between), country)
        return best[1] if best is not None else None

    def _located_in(self, texts: list[str], end: int, cands: list) -> str | None:
        """The country of the known place right after 'in' or a comma following a name ('the
        Tacumbú prison in Asunción', 'Litoral Penitentiary, Guayaquil'), or of the demonym of a
        kind of place in apposition ('Aldea Tzununá, a Honduran hamlet')."""
        k = end
        if k < len(texts) and texts[k].isalpha() and texts[k].islower() and texts[k] != "in":
            k += 1  # the head noun: 'prison', 'neighbourhood'
        if k + 3 < len(texts) and texts[k] == "," and texts[k + 1] in ("a", "an") \
                and texts[k + 3] in self.context.words.kind_nouns and demonym_country(texts[k + 2]):
            return demonym_country(texts[k + 2])  # 'Aldea Tzununá, a Honduran hamlet'
        if k + 1 >= len(texts) or texts[k] not in (",", "in") and not (k > end and texts[k] == "of"):
            return None  # ('the Ponce Enríquez district of Azuay': 'of' after the head noun)
        at = k + 1
        for c_start, _c_end, source, what, _span in cands:
            if c_start == at and source == _RULER and what.label == "PLACE":
                return what.name if what.kind == "country" else what.country
        return None

    # -- main ------------------------------------------------------------------------------
    def _candidates(self, doc: Doc, texts: list[str], spaces: list[str]) -> list[_Candidate]:
        """Every span that may name a place or an organisation: the rulers' matches, GeoNames
        forms, places named by a head word."""
        assert self.geonames is not None
        entries = self.entries
        cands: list[_Candidate] = []
        for span in doc.spans.get(self.names_key, ()):
            entry = entries[span.id_]
            if entry.label == "ORG" and len(span) > 1 and span.text.isupper() \
                    and self._in_capitals_run(doc, span.start, span.end):
                continue  # 'MINISTRY OF FOREIGN AFFAIRS OF ...' holds no magazine 'Foreign Affairs'
            if self._case_ok(span, entry):
                cands.append((span.start, span.end, _RULER, entry, span))
        for span in doc.spans.get(self.acronyms_key, ()):
            if not self._in_capitals_run(doc, span.start, span.end):
                cands.append((span.start, span.end, _RULER, entries[span.id_], span))
        caps = capitalised(texts)
        for start, end, key in self.geonames.matches(texts, caps):
            if self.shapes.kind_word_opens_name(texts, start, end, caps):
                continue  # 'Puerto' of 'Puerto Nuevo': a kind word heading a name, not a town of its own
            if self._geo_case_ok(texts, start, end):
                cands.append((start, end, _GEONAMES, key, None))
        listed_places = {(c[0], c[1]) for c in cands if c[2] == _RULER and c[3].label == "PLACE"}
        for shape in self.shapes.find(texts, spaces, caps):
            if not shape.head_after and any(start == shape.start and end < shape.end and any(
                    fold(texts[k]) in _BODY_WORDS and texts[k][:1].isupper() for k in range(end, shape.end))
                    for start, end in listed_places):
                # 'the Rio de Janeiro State Public Prosecutor's Office': a listed place that opens
                # with a head word ('Rio') is that place, not a river running on over the words of a
                # body's name after it
                continue
            # 'the Ahome prison' is the prison before it is the town it is named after
            cands.append((shape.start, shape.end, _NAMED_SHAPE if shape.head_after else _SHAPE, shape.kind, None))
        return cands

    def _document_context(self, doc: Doc, texts: list[str], cands: list[_Candidate]) -> _DocumentContext:
        """What the context checks read: where known places start and end, which states and
        countries an apposition may name, and the words this document uses inside a person's
        name ('Simón Bolívar', 'Evo Morales'), which elsewhere need place context."""
        assert self.geonames is not None
        ctx = _DocumentContext(covered=bytearray(len(doc)))
        for start, end, source, _what, _span in cands:
            if source == _RULER:
                ctx.covered[start:end] = b"\x01" * (end - start)
        for start, end, source, what, span in cands:
            if source == _RULER:
                if what.label == "ORG" and what.kind in ("government body", "security force"):
                    ctx.body_starts.add(start)
                if what.label != "PLACE":
                    continue
                if what.kind in ("country", "state or department"):
                    ctx.territories.setdefault(start, (end, what))
                if end - start == 1 and span is not None and (
                        self._inside_name(doc, span) if what.kind != "country"
                        else self._inside_unknown_name(doc, texts, start, end, ctx.covered)):
                    ctx.person_words.add(name_key(texts[start]))  # 'Simón Bolívar', 'Boris España Cáceres'
                if what.ambiguous:
                    continue
            elif source == _GEONAMES:
                if self._after_given_name(doc, start):
                    ctx.person_words.add(what)
                if self.geonames.needs_context(what):
                    continue
            ctx.place_starts.add(start)
            ctx.place_ends.add(end)
        return ctx

    def _medium(self, texts: list[str], start: int, end: int, cands: list[_Candidate]) -> bool:
        """Is the platform at [start, end) named as the medium ('posted on Facebook', 'a WhatsApp
        group', 'on TikTok and Facebook') rather than as a company that acts ('Telegram said')?"""
        if start > 0 and texts[start - 1].lower() in self.medium_before:
            return True
        if end < len(texts) and texts[end].lower() in self.medium_after:
            return True
        if start > 0 and texts[start - 1] in _BAR_SEPARATORS or end < len(texts) and texts[end] in _BAR_SEPARATORS:
            return True  # 'Share: WhatsApp · Facebook · X': a page's share or follow bar
        # joined by 'and', 'or', ',' or '/' to another platform read as the medium
        platforms = {(c[0], c[1]) for c in cands if c[2] == _RULER and c[3].medium}
        if start > 1 and texts[start - 1] in ("and", "or", ",", "/"):
            before = next(((a, b) for a, b in platforms if b == start - 1), None)
            if before is not None and before[0] > 0 and texts[before[0] - 1].lower() in self.medium_before:
                return True
        if end + 1 < len(texts) and texts[end] in ("and", "or", ",", "/"):
            after = next(((a, b) for a, b in platforms if a == end + 1), None)
            if after is not None and after[1] < len(texts) and texts[after[1]].lower() in self.medium_after:
                return True
        return False

    def _keep_ruler(self, doc: Doc, texts: list[str], start: int, end: int, entry: Entry, span: Span,
                    ctx: _DocumentContext) -> tuple[Span, Entry] | None:
        """A ruler's match as kept (perhaps trimmed, or read as another place), or None."""
        if entry.label == "PLACE" and self.context.inside_a_name(texts, start):
            return None  # 'the Southern District of Texas'
        if entry.label == "PLACE" and entry.kind != "country" and end - start <= 2 \
                and span[0].lower_ in ("los", "las", "la", "el") and self._inside_name(doc, span):
            return None  # 'Zazueta de los Santos' is a surname, not the Panamanian province
        if end - start == 1 and entry.label == "PLACE" and entry.kind != "country":
            if name_key(texts[start]) in ctx.person_words:
                # 'Simón Bolívar ... Bolívar wrote': the document's person, unless the text
                # says a place ('in Bolívar state')
                if self._tail_of_a_name(doc, start) or not self._place_context(texts, start, end, True, ctx):
                    return None
            elif entry.ambiguous:
                if not (self._ambiguous_ok(doc, span) or self._place_context(texts, start, end, True, ctx)
                        and not self._tail_of_a_name(doc, start) or self._opens_a_body(doc, span, ctx)):
                    return None
            elif self._inside_name(doc, span):
                return None  # 'Andrés Bello', 'Simón Bolívar': a place name inside a person's name
            elif self._tail_of_a_name(doc, start) and (not ctx.covered[start - 1] or texts[start - 1] == texts[start]) \
                    and texts[start - 1] not in self.not_names and not demonym_country(texts[start - 1]):
                return None  # 'Agro Atlantic': the end of a name no list holds; 'Valle Valle': two surnames
        if entry.kind == "country" and end - start == 1 and name_key(texts[start]) in ctx.person_words \
                and not self._place_context(texts, start, end, True, ctx):
            return None  # 'Boris España Cáceres ... In addition to España': the person
        if start > 0 and end - start == 1 and entry.kind == "country" and doc[start - 1].text in self.personal \
                and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
            return None  # 'Carla Angola': a country's name as a surname after a given name
        if end - start > 1 and span[0].lower_ == "the" and not entry.name.startswith("The "):
            # 'the Rastrojos', 'The Washington Post': the article is not part of the name
            return Span(doc, start + 1, end, label=entry.label, span_id=entry.id), entry
        if entry.label == "PLACE" and entry.kind != "country":
            # 'San Pedro, Coahuila': not the Paraguayan department but the Mexican town
            appos = self._apposition(texts, end, ctx)
            if appos is not None and appos.id != entry.id and \
                    (appos.name if appos.kind == "country" else appos.country) != entry.country:
                key = name_key(doc[start:end].text)
                assert self.geonames is not None
                if any(_named_by(p, appos) for p in self.geonames.candidates(key)):
                    return self._geo_span(doc, start, end, key, appos)
            if entry.kind in ("state or department", "city or town"):
                self._towns_elsewhere(doc, span, entry)
        return span, entry

    def _keep_geonames(self, doc: Doc, texts: list[str], start: int, end: int, key: str,
                       taken: bytearray, ctx: _DocumentContext) -> tuple[Span, Entry] | None:
        """A GeoNames form as kept, or None; a form that waits for context goes to
        ``ctx.pending``."""
        assert self.geonames is not None
        if start > 0 and texts[start - 1] in ("El", "La") and not taken[start - 1]:
            start -= 1  # 'El Guabo' for the list's 'Guabo' (a plural 'Los Lobos' is a gang's shape)
        if self._tail_of_a_name(doc, start) or self._head_of_a_name(doc, texts, end) \
                or _quoted(texts, start, end) or self._not_a_place_after(texts, start, end):
            return None  # 'Carlos Bernal', 'Pomona Impact', 'Sherwood-Randall', '“El Tigre”'
        if self.geonames.needs_context(key) or key in ctx.person_words:
            name_like = self.geonames.name_like(key) or key in ctx.person_words
            if name_like and end < len(texts) and texts[end] in ("'s", "’s"):
                return None  # 'Morales's government'
            if not self._place_context(texts, start, end, name_like, ctx):
                ctx.pending.append((start, end, key))
                return None
            ctx.confirmed.add(key)
        return self._geo_span(doc, start, end, key, self._apposition(texts, end, ctx))

    def _keep_shape(self, doc: Doc, texts: list[str], start: int, end: int, kind: str,
                    cands: list[_Candidate]) -> tuple[Span, Entry]:
        """A place named by a head word, in the country of a place its name holds or of the
        place it is said to be in ('the Tacumbú prison in Asunción')."""
        if self.context.town_of(texts, start):
            kind = "city or town"  # 'the town of Rio Nido'
        text = doc[start:end].text
        # where the text says it is ('the El Inca prison in Quito') before what its name may hold
        country = self._located_in(texts, end, cands) or self._inner_country(texts, start, end, cands)
        if country is None and local_kind_word(text):
            country = self._sentence_country(texts, start, end, cands)
        entry = Entry(entity_id("PLACE", text), text, "PLACE", kind, country)
        return Span(doc, start, end, label="PLACE", span_id=entry.id), entry

    @staticmethod
    def _shaped_elsewhere(doc: Doc, texts: list[str], shaped: dict[tuple[str, ...], Entry],
                          taken: bytearray) -> list[tuple[Span, Entry]]:
        """The other mentions of the names in ``shaped`` (whole capitalised runs, not taken)."""
        out: list[tuple[Span, Entry]] = []
        if not shaped:
            return out
        n = len(texts)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for name in shaped:
            by_first.setdefault(name[0], []).append(name)
        for i, t in enumerate(texts):
            for name in by_first.get(t, ()):
                j = i + len(name)
                if tuple(texts[i:j]) != name or any(taken[i:j]):
                    continue
                if i and texts[i - 1][:1].isupper() or j < n and texts[j][:1].isupper():
                    continue  # part of a longer name
                entry = shaped[name]
                taken[i:j] = b"\x01" * (j - i)
                out.append((Span(doc, i, j, label="PLACE", span_id=entry.id), entry))
        return out

    def find(self, doc: Doc) -> list[Span]:
        texts, spaces = token_texts(doc)
        cands = self._candidates(doc, texts, spaces)
        ctx = self._document_context(doc, texts, cands)
        # Longest first, then curated before GeoNames before shapes, then earliest. A leading 'the'
        # the name does not hold is not counted: 'the Caribbean Community' is the organisation,
        # not the region 'The Caribbean' and a word after it.
        def length(c: _Candidate) -> int:
            start, end, source, what, _span = c
            article = source == _RULER and texts[start].lower() == "the" and not what.name.startswith("The ")
            return end - start - article
        cands.sort(key=lambda c: (-length(c), c[2], c[0]))
        taken = bytearray(len(doc))
        kept: list[tuple[Span, Entry]] = []
        shaped: dict[tuple[str, ...], Entry] = {}  # names of several words a head word made places
        for start, end, source, what, span in cands:
            if any(taken[start:end]):
                continue
            if source == _RULER and what.medium and self._medium(texts, start, end, cands):
                found = None  # 'posted on Facebook', 'a WhatsApp group': the medium, no organisation
            elif source == _RULER:
                found = self._keep_ruler(doc, texts, start, end, what, span, ctx)
            elif source == _GEONAMES:
                found = self._keep_geonames(doc, texts, start, end, what, taken, ctx)
            else:
                found = self._keep_shape(doc, texts, start, end, what, cands)
                if found is not None and len(found[0]) >= 2:
                    shaped.setdefault(tuple(texts[found[0].start:found[0].end]), found[1])
            if found is not None:
                taken[found[0].start:found[0].end] = b"\x01" * len(found[0])
                kept.append(found)
        # One sense per document: a form read as a place with context is that place elsewhere,
        # unless the document also uses it inside a person's name.
        for start, end, key in ctx.pending:
            if key in ctx.confirmed and not any(taken[start:end]) and key not in ctx.person_words:
                found = self._geo_span(doc, start, end, key, None)
                taken[start:end] = b"\x01" * (end - start)
                kept.append(found)
        # ... and so is a name of several words a head word made a place ('Padre Abad province',
        # then 'the provinces of Padre Abad and Puerto Inca'), where no other name holds it
        kept += self._shaped_elsewhere(doc, texts, shaped, taken)
        kind_of, country_of = span_values(doc, "kind"), span_values(doc, "country")  # span._.kind, ._.country
        for span, entry in kept:
            # Span extensions are kept by offsets: set them on kept spans only.
            key = (span.start_char, span.end_char)
            kind_of[key], country_of[key] = entry.kind, entry.country
        # A generic institutional name ("National Guard", "Policía Nacional") is one country's
        # body only when that country is in the document; otherwise it stays an unlinked ORG.
        present = {e.name for _, e in kept if e.kind == "country"} | {e.country for _, e in kept if e.label == "PLACE"}
        out = []
        for span, entry in kept:
            if entry.label == "ORG" and entry.country and entry.country not in present \
                    and not _all_capitals(span.text) and self._generic_form(span):
                kind = span._.kind
                span = Span(doc, span.start, span.end, label="ORG")
                span._.kind = kind
                span._.country = None
            out.append(span)
        out.sort(key=lambda s: s.start)
        return out

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        doc.spans[self.spans_key] = self.find(doc)
        return doc


@Language.factory(
    "crimecli_gazetteer",
    assigns=["doc.spans", "span._.kind", "span._.country"],
    default_config={"names_key": NAMES_RULER, "acronyms_key": ACRONYMS_RULER, "spans_key": SPANS_KEY},
)
def make_gazetteer(nlp: Language, name: str, names_key: str, acronyms_key: str,
                   spans_key: str) -> GazetteerFilter:
    return GazetteerFilter(nlp, name, names_key=names_key, acronyms_key=acronyms_key,
                           spans_key=spans_key)
