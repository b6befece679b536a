"""crimecli_names: people, organisations and places that no list holds, found by their shape.

Runs after crimecli_gazetteer: reads its spans (``doc.spans["crimecli_gazetteer"]``) and writes
every rule-based entity span to ``doc.spans["crimecli_names"]``: the gazetteer's (never
overwritten, except that a place inside an organisation's name becomes that organisation:
"Cartel de Santa Rosa", "Tumaco Police") and the names found here. ``crimecli_ents`` turns them
into ``doc.ents``. One pass over the tokens collects runs of capitalised words, allowing Spanish and
Portuguese particles inside names ("Luiz Inácio Lula da Silva", "Mariano de Alba") and English
connectors inside organisation names ("High Level Group for Security and Justice"). Each run
is then read as:

- ORG when it holds an organisation head word ("... Cartel", "Ministry of ...", "... Front",
  "Fundación ..."), starts with "Cartel de", or is a Spanish-article gang name ("Los Choneros");
- PLACE after "department of", "state of", "city of", "province of", "municipality of", "town of";
- ORG (media) when a citation names it: ``”, El Espectador, 7 March 2013``;
- PERSON when it looks like a name: 1-5 words with evidence (a known given name, a known
  surname, a title or role before it, or an author citation ``Name, “Title”``). A single word is
  a person only after a title ("President Petro"), before "administration"/"government" ("the
  Biden administration"), or when it is the surname of a person already found in the document.

Sentence-initial words, headlines and bylines in capitals, months, demonyms and footnote markers
never start or join a name (stop list in crimecli/data/curated/names.json).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from collections.abc import Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from crimecli.countries import canonical_country, demonym_country
from crimecli.lexicons import (PersonVerbs, calendar, name_particles, name_suffixes, org_words, place_words,
                               titles, word_class)
from crimecli.pipeline import doc_text
from crimecli.pipeline.aliases import ALIAS_MARKER_RE, STRONG_MARKER_RE, names_no_entity
from crimecli.pipeline.component import DataComponent
from crimecli.pipeline.gazetteer import listed_organizations, names_lexicon
from crimecli.pipeline.ents import apposition_country
from crimecli.pipeline.places import context_words, language_names
from crimecli.pipeline.resolve import places_main_country
from crimecli.pipeline.sentences import token_lowers, token_texts
from crimecli.text import age_after_name, fold, lexicon, lexicon_languages, read_data

# Connectors allowed inside a run: Spanish/Portuguese name particles, English ones for orgs.
_NAME_PARTICLES = name_particles().words
# The organisation words of every language (lexicons/<language>/orgs.json); each name below is one
# key of those files, read once.
_ORGS = org_words()


def _union_of_orgs(key: str) -> tuple[str, ...]:
    """The words under ``key`` in every language pack's orgs.json ('en' first), each once."""
    return tuple(dict.fromkeys(word for language in lexicon_languages("orgs.json")
                               for word in lexicon("orgs.json", language).get(key, ())))


_ORG_CONNECTORS = _ORGS.run_connectors
# Head words of an organisation's name, with the kind of organisation each makes (``heads``).
_ORG_HEADS = dict(_ORGS.heads)
# Words that open a Spanish/Portuguese/Italian organisation name whatever comes after, with the
# kind of organisation they open (``opening_heads``), and the common nouns among them that alone
# name nothing, 'the Colectivo' being no organisation (``openers``).
_NAMED_OPENERS = dict(_ORGS.openers)
_ORG_OPENERS = {**_ORGS.opening_heads, **_NAMED_OPENERS}
# Words of a Spanish/Portuguese/Italian institution's name after its opener ('Guardia Civil',
# 'Fiscalía General del Estado', 'Consejo Superior de la Judicatura', 'Guardia di Finanza').
_ORG_NAME_WORDS = _ORGS.name_words
_ORG_MODIFIERS = _ORGS.modifiers
# Common nouns no one is named after that run on inside a body's name ('Prison Service', 'Port
# Authority', 'Highway Police') but, unlike the modifiers, say nothing of a heading being a name.
_BODY_NOUNS = _ORGS.body_nouns
# Spanish articles written as the first word of a group's name (``opening_articles``).
_SPANISH_OPENING_ARTICLES = _ORGS.opening_articles
# Tiers of government written before a body's name ('Federal Police', 'Bahia State Civil Police').
_TIERS = _ORGS.tiers
# Kinds of the bodies of a state, which a place or a demonym before them makes that place's own.
_STATE_KINDS = frozenset({"government body", "security force"})
# The kind of place a noun before 'of' names ('the province of X': lexicons/<language>/places.json ``kind_nouns``).
_KIND_OF_NOUN = place_words().kind_nouns
# Nouns after a surname that make it a person's: 'the Biden administration'.
_PERSON_AFTER = _ORGS.person_after
# Written after a name: 'Othon Marban, Sr.', 'John Doe Jr.', 'Pope John Paul II'.
_SUFFIXES = name_suffixes()
_INITIAL_RE = re.compile(r"[A-Z]\.")
_WORD_RE = re.compile(r"[^\W\d_]+")
_GLUED_RE = re.compile(r"[a-zà-ÿ]{4}[A-ZÀ-Þ]")
#: A French name after an elided article written with a capital: 'L'Estère', 'D'Osmond'.
_ELIDED_RE = re.compile(r"[LD]['’][A-ZÀ-Þ][a-zà-ÿ]+")
#: Articles that open a town's name ('La Gabarra', 'El Charco', 'Le Borgne').
_PLACE_ARTICLES = place_words().opening_articles
#: Kinds of place that lie in one country (a river, a valley, a region may span several).
_TOWN_KINDS = frozenset({"city or town", "neighbourhood", "facility"})
#: Words that end a town's name in a run ('the port of Bethel on the Usumacinta').
_PLACE_STOPS = place_words().name_stops
_SPANISH_ARTICLES = _ORGS.plural_articles  # 'Los Choneros'
# Institutions every country has: after a demonym they are that country's ('Colombian Senate',
# 'Haitian National Police', 'Mexican Customs').
_NATIONAL_BODIES = _ORGS.national_bodies
# A statistical model's labels as crimecli's (labels not listed, such as DATE or NORP, are dropped).
# Only its places by default: the rules have no list of every village and community, while on
# every gold set measured (seeds, dev, dev2 and the held-out sets) en_core_web_sm's people and
# organisations added no entity the rules missed and cost precision on the held-out text. The
# component's `model_labels` setting maps more.
MODEL_LABELS = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "PLACE": "PLACE"}
# Heads that name one body of a country even alone ('the Senate'), unlike 'Army' or 'Police'.
_LONE_BODIES = _ORGS.lone_bodies
# Heads of a listed body's own sub-units: 'U.S. Marshals Service Fugitive Unit', 'Federal Police
# Organised Crime Division' are one name, read whole by the runs.
_SUBUNIT_HEADS = _ORGS.subunit_heads
# A numbered unit of a court or a force: '23rd Federal Court of Curitiba', '4th Infantry Brigade'.
#: The number of a place's unit written after its name ('Sector 11', 'Renovación 1'), not a year.
_UNIT_NUMBER_RE = re.compile(r"\d{1,2}")
_ORDINAL_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th|ª|º|a|o)$")
_ORDINAL_WORDS = _ORGS.unit_ordinals
_NUMBERED_HEADS = _ORGS.numbered_heads
# The numbered seats of a court written after it ('the Federal Regional Court of the 1st Region').
_NUMBERED_SEATS = _ORGS.numbered_seats
# Numbered heads of a military unit, which make a unit named by its number a security force.
_MILITARY_UNIT_HEADS = _ORGS.military_unit_heads
# The parts of a court named before it with 'of the' ('the Second Chamber of the Supreme Court').
_CHAMBER_HEADS = _ORGS.chamber_heads
# Words that carry a Spanish or Portuguese place name on ('San Juan de Lurigancho').
_PLACE_LINKS = name_particles().links
# Connectors written with a capital inside a title-case organisation name.
_TITLE_CASE_CONNECTORS = _ORGS.title_case_connectors
# the heads of a body named for where it is posted ('Embassy in Paraguay'), and the heads that are
# such a body only as an international organisation's ('U.N. Integrated Office in Haiti')
_POSTED_HEADS = frozenset(_union_of_orgs("posted_heads"))
# capitalised connectors of Spanish and Portuguese names, which join the words of a name on their own
_NAME_ONLY_CONNECTORS = frozenset(_union_of_orgs("name_only_connectors"))
# the connectors after a body's head that open its field ('Office against Drug Trafficking')
_FIELD_CONNECTORS = frozenset(_union_of_orgs("field_connectors"))
# a facility's noun ending a body's name: the name is the building's ('Freeport Police Station')
_FACILITY_HEADS = frozenset(tuple(words.split()) for words in _union_of_orgs("facility_heads"))
# ... in any case when a list's name ends in one ('the Miraflores palace')
_FACILITY_ENDS = frozenset(tuple(w.lower() for w in words) for words in _FACILITY_HEADS)
_POSTED_OFFICE_HEADS = frozenset(_union_of_orgs("posted_office_heads"))
_OPEN_QUOTES = frozenset({"“", '"', "‘", "«"})
# A list entry at a line's start: surnames in capitals (particles too: 'DE LA CRUZ'), a comma, the
# given names in mixed case ('TREVIÑO MORALES, Juan Gerardo'), then the entry goes on.
_CAP_WORD = r"[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+"
_LIST_ENTRY_RE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]+)?(?P<sur>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){0,4}),[ \t]+"
    r"(?P<giv>[A-ZÀ-Þ][a-zß-ÿ]+(?:['’\-][A-ZÀ-Þa-zß-ÿ]+)*\.?(?:[ \t]+(?:[A-ZÀ-Þ][a-zß-ÿ'’\-]*\.?|de|del|da|dos|de la))"
    r"{0,4})(?=[ \t]*[(;,])")
_CLOSE_QUOTES = frozenset({"”", '"', "’", "»"})
#: The most words a company's registered name runs back over from its legal form.
_COMPANY_MAX_WORDS = 7
_WEEKDAYS = frozenset(fold(day) for day in calendar().weekdays)


def _bases(word: str) -> tuple[str, ...]:
    """The forms an English inflection may come from: 'welcomes', 'welcomed' -> 'welcome'."""
    forms = [word]
    for ending, back in (("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            forms.append(word[:-len(ending)] + back)
    return tuple(forms)


def _covered(doc: Doc, spans: list[Span]) -> bytearray:
    """One byte per token, set where one of the spans holds it."""
    mask = bytearray(len(doc))
    for span in spans:
        mask[span.start:span.end] = b"\x01" * (span.end - span.start)
    return mask


@lru_cache(maxsize=1)
def person_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames): the generated lists (data/generated/person_names.json, from an
    open source) with the curated ones (data/curated/names.json), each also without accents."""
    generated = read_data("generated/person_names.json")
    curated = names_lexicon()
    given = frozenset(generated["given_names"]) | curated["first_names"]
    surnames = frozenset(generated["surnames"]) | curated["surnames"]
    return (given | frozenset(fold(n).title() for n in given),
            surnames | frozenset(fold(n).title() for n in surnames))


def lexicon_of_names(language: str = "en") -> Any:
    """Words of a language that tell names from other capitalised words (lexicons/<language>/names.json)."""
    return lexicon("names.json", language)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names and abbreviations as written in a name's position ("March", "Sept")."""
    return frozenset(word.title() for word in calendar().month_words)


#: ``doc.user_data`` key of :meth:`NameFinder._strip_title`'s answers for the Doc.
_TITLE_RUNS_KEY = "crimecli_names_title_runs"
_LOWER_BASES_KEY = "crimecli_names_lower_bases"  # the forms of the lower-case words of a Doc


def _after_division_noun(doc: Doc, k: int) -> int:
    """Past a division's kind noun and 'of' at token ``k`` ('State of', 'Province of': 'the
    Military Police of the State of Rio de Janeiro'), where the division's name starts; else ``k``."""
    if k + 1 < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ in _KIND_OF_NOUN and doc[k + 1].lower_ == "of":
        return k + 2
    return k


def _replacing(spans: list[Span], new: list[Span]) -> list[Span]:
    """``spans`` with ``new`` in place of every span that overlaps one of them, in text order."""
    if not new:
        return spans
    covered = {t for sp in new for t in range(sp.start, sp.end)}
    kept = [sp for sp in spans if not any(t in covered for t in range(sp.start, sp.end))]
    return sorted(kept + new, key=lambda sp: sp.start)


class NameFinder(DataComponent):
    def __init__(self, nlp: Language, name: str, *, input_key: str, spans_key: str, model_key: str,
                 model_labels: dict[str, str]) -> None:
        super().__init__(nlp, name)
        self.input_key = input_key
        self.spans_key = spans_key
        self.model_key = model_key
        self.model_labels = dict(model_labels)
        self.first_names: frozenset[str] = frozenset()
        self.surnames: frozenset[str] = frozenset()
        self.not_names: frozenset[str] = frozenset()
        self.title_last: frozenset[str] = frozenset()
        self.months: frozenset[str] = frozenset()
        self.title_phrases: frozenset[tuple[str, ...]] = frozenset()
        self.title_max = 0
        self.title_ends: frozenset[str] = frozenset()
        self.title_words: frozenset[str] = frozenset()
        self.noun_endings: tuple[str, ...] = ()
        self.person_verbs: frozenset[str] = frozenset()
        self.person_passives: frozenset[str] = frozenset()
        self.auxiliaries: frozenset[str] = frozenset()
        self.verbs_of_a_person = PersonVerbs(frozenset(), frozenset(), frozenset())
        self.not_person_after: dict[str, tuple[str, str] | None] = {}
        self.not_person_before: frozenset[str] = frozenset()
        self.group_after: dict[tuple[str, ...], tuple[str, bool]] = {}
        self.group_before: frozenset[tuple[str, ...]] = frozenset()
        self.company_nouns: dict[str, str | None] = {}
        self.place_name_openers: frozenset[str] = frozenset()
        self.office_words: frozenset[str] = frozenset()
        self.nationality_nouns: frozenset[str] = frozenset()
        self.bodily_verbs = PersonVerbs(frozenset(), frozenset(), frozenset())
        self._doc_lower: set[str] = set()  # the lower-case words of the document being read
        self._place_ends: set[int] = set()  # token ends of the places found before this component
        self._place_starts_by_end: dict[int, int] = {}  # the same places' starts
        self._town_ends_by_start: dict[int, int] = {}  # the ends of the places that are no countries, by start
        self._place_ends_by_start: dict[int, int] = {}  # the ends of the places, by start
        self._guessed_places: set[int] = set()  # starts of the places read from a preposition alone
        self._line_cache: dict[int, bool] = {}  # line start -> is the line in title case
        self._class_cache: dict[str, tuple[bool, bool]] = {}

    def load_data(self) -> dict[str, Any]:
        lex = names_lexicon()
        given, surnames = person_names()
        not_names = lex["not_names"]
        lexicon = titles()
        # title phrases as the tokenizer splits them ('Lt. Col.', 'Secretary-General')
        phrases = sorted({" ".join(t.lower_ for t in self.nlp.make_doc(form)) for form in lexicon.phrases})
        return {"first_names": sorted(given - not_names), "surnames": sorted(surnames - not_names),
                "not_names": sorted(not_names), "title_last": sorted(lexicon.before_name),
                "title_phrases": phrases, "title_ends": sorted(lexicon.ends),
                "title_words": sorted(lexicon.words), "months": sorted(_month_words()),
                "noun_endings": list(lexicon_of_names()["noun_endings"]),
                "person_verbs": list(lexicon_of_names()["person_verbs"]),
                "person_passives": list(lexicon_of_names()["person_passives"]),
                "auxiliaries": list(lexicon_of_names()["auxiliaries"]),
                "not_person_after": dict(lexicon_of_names()["not_person_after"]),
                "not_person_before": list(lexicon_of_names()["not_person_before"]),
                "group_after": dict(lexicon_of_names()["group_after"]),
                "group_before": list(lexicon_of_names()["group_before"]),
                "company_nouns": dict(lexicon_of_names()["company_nouns"]),
                "byline_cues": list(lexicon_of_names()["byline_cues"]),
                "nationality_nouns": list(lexicon_of_names()["nationality_nouns"]),
                "legal_forms": sorted({" ".join(t.text for t in self.nlp.make_doc(form)) for form in _ORGS.legal_forms}),
                "name_connectors": sorted(_ORGS.name_connectors),
                "seat_nouns": sorted(_ORGS.seat_nouns),
                "outlet_before": sorted(_ORGS.outlet_before),
                "outlet_articles": sorted(_ORGS.outlet_articles),
                "code_name_heads": sorted(_ORGS.code_name_heads),
                "age_after": dict(lexicon_of_names()["age_after"]),
                "place_name_openers": list(lexicon_of_names()["place_name_openers"]),
                "office_words": list(lexicon_of_names()["office_words"]),
                "list_entry_cues": list(lexicon_of_names()["list_entry_cues"]),
                "bodily_passives": list(lexicon_of_names()["bodily_passives"])}

    def setup(self, data: dict[str, Any]) -> None:
        self.first_names = frozenset(data["first_names"])
        self.surnames = frozenset(data["surnames"])
        self.not_names = frozenset(data["not_names"])
        self.title_last = frozenset(data["title_last"])
        self.title_phrases = frozenset(tuple(p.split(" ")) for p in data["title_phrases"])
        self.title_max = max((len(p) for p in self.title_phrases), default=0)
        self.title_ends = frozenset(data["title_ends"])
        self.title_words = frozenset(data["title_words"])
        self.months = frozenset(data["months"])
        self.noun_endings = tuple(data["noun_endings"])
        self.person_verbs = frozenset(data["person_verbs"])
        self.person_passives = frozenset(data["person_passives"])
        self.auxiliaries = frozenset(data["auxiliaries"])
        self.verbs_of_a_person = PersonVerbs(self.person_verbs, self.person_passives, self.auxiliaries)
        self.not_person_after = {word: (tuple(v) if v else None) for word, v in data["not_person_after"].items()}
        self.not_person_before = frozenset(data["not_person_before"])
        self.group_after = {tuple(k.split()): tuple(v) for k, v in data["group_after"].items()}
        self.group_before = frozenset(tuple(k.split()) for k in data["group_before"])
        self.company_nouns = dict(data["company_nouns"])
        self.byline_cues = frozenset(tuple(k.split()) for k in data["byline_cues"])
        self.nationality_nouns = frozenset(data["nationality_nouns"])
        self.name_connectors = frozenset(data["name_connectors"])
        self.seat_nouns = frozenset(data["seat_nouns"])
        self.outlet_before = frozenset(tuple(cue.split()) for cue in data["outlet_before"])
        self.outlet_articles = frozenset(data["outlet_articles"])
        self.code_name_heads = [tuple(head.split()) for head in data["code_name_heads"]]
        self.legal_forms: dict[str, list[tuple[str, ...]]] = {}
        for form in sorted(data["legal_forms"], key=lambda f: -len(f.split())):  # the longest first
            self.legal_forms.setdefault(form.split()[0], []).append(tuple(form.split()))
        self.age_articles = frozenset(data["age_after"]["articles"])
        self.age_unit = data["age_after"]["unit"]
        self.place_name_openers = frozenset(data["place_name_openers"])
        self.office_words = frozenset(data["office_words"]) | _ORG_NAME_WORDS
        self.bodily_verbs = PersonVerbs(frozenset(), frozenset(data["bodily_passives"]), self.auxiliaries)
        self.list_entry_cue_re = re.compile("|".join(r"(?<!\w)" + re.escape(c) for c in data["list_entry_cues"]))
        self.list_entry_cues = tuple(data["list_entry_cues"])
        self._class_cache = {}

    # -- token classes -------------------------------------------------------------------
    def _classes(self, text: str) -> tuple[bool, bool]:
        """(usable in a name, usable in an organisation's name), memoised by token text."""
        found = self._class_cache.get(text)
        if found is None:
            cap = bool(text) and text[:1].isupper() and (text.isalpha() or any(c in text for c in "'’.")) \
                and (not (len(text) > 1 and text.isupper())  # acronyms, headlines, bylines in capitals
                     or _INITIAL_RE.fullmatch(text) is not None)  # a middle initial: 'Antony J. Blinken'
            if cap and _GLUED_RE.search(text):
                cap = False  # 'SecretaryBureau': two words glued by a lost line break, not 'McDonald'

            usable = cap and text not in self.not_names and text not in self.months
            low = text.lower()
            org = cap and (low in _ORG_HEADS or low in _ORG_OPENERS or text in _ORG_MODIFIERS or text in _BODY_NOUNS
                           or text in _ORG_NAME_WORDS
                           or fold(text) in self.title_words)  # a role: 'Attorney General John Doe'
            found = (usable, usable or org)
            if len(self._class_cache) < 200_000:
                self._class_cache[text] = found
        return found

    def _usable(self, tok) -> bool:
        return self._classes(tok.text)[0]

    def _in_run(self, tok) -> bool:
        return self._classes(tok.text)[1]

    # -- runs ----------------------------------------------------------------------------
    def _runs(self, doc: Doc, blocked: bytearray, classes: list[tuple[bool, bool]]) -> list[tuple[int, int]]:
        """Capitalised runs; ``classes`` is :meth:`_classes` of every token, computed once by
        :meth:`find`."""
        texts, spaces = token_texts(doc)
        runs = []
        n = len(doc)
        i = 0
        while i < n:
            if blocked[i] or not (classes[i][1] or (texts[i] in _SPANISH_ARTICLES and i + 1 < n
                                                     and classes[i + 1][0])):
                i += 1
                continue
            j = i + 1
            while j < n and not blocked[j]:
                if classes[j][1]:
                    if not spaces[j - 1] and self._glued(texts[j - 1], "", texts[j]):
                        break
                    j += 1
                    continue
                end = self._org_continues(texts, spaces, classes, blocked, i, j)
                if end > j:
                    j = end
                    continue
                # particles and connectors (lower-case) followed by a usable capitalised word
                k = j
                # 'Comisión Nacional para el Desarrollo y Vida sin Drogas'
                opened = any(texts[x].lower() in _ORG_OPENERS and texts[x][:1].isupper() for x in range(i, j))
                while k < n and k - j < 3 and not blocked[k] and texts[k].islower() \
                        and (texts[k] in _NAME_PARTICLES or texts[k] in _ORG_CONNECTORS
                             or opened and texts[k] in self.name_connectors):
                    k += 1
                if k > j and k < n and not blocked[k] and classes[k][1]:
                    j = k + 1
                    continue
                if k > j and k + 1 < n and not blocked[k] and not blocked[k + 1] and classes[k + 1][1] \
                        and texts[j] in ("of", "for") and texts[k][:1].isupper() and demonym_country(texts[k]) \
                        and self._org_so_far(texts, i, j):
                    # 'Association for the Development of the Peruvian Rainforest': a demonym (no name
                    # of its own) inside a body's name before the capitalised word it qualifies
                    j = k + 2
                    continue
                # hyphenated surnames: 'López-Portillo'
                if texts[j] == "-" and not spaces[j] and not spaces[j - 1] and j + 1 < n \
                        and (classes[j + 1][1] or _ELIDED_RE.fullmatch(texts[j + 1][:1].upper() + texts[j + 1][1:])):
                    j += 2  # ... and a French name's elided article: 'Saut-d'Eau', 'Anse-d'Hainault'
                    continue
                break
            if any(classes[k][0] or texts[k].lower() in _ORG_HEADS for k in range(i, j)):
                runs.append((self._common_word_before_head(doc, blocked, texts, spaces, runs, i), j))
            i = j
        return runs

    def _common_word_before_head(self, doc: Doc, blocked: bytearray, texts: list[str], spaces: list[bool],
                                 runs: list[tuple[int, int]], i: int) -> int:
        """Where a run that opens on an organisation's head starts, taking in a capitalised common
        word written right before it inside a sentence ('the Law Association of Trinidad and
        Tobago', 'the Bar Council'): such a word opens no name of its own, so the runs skip it,
        but before a head it is the name's first word. Not a stop word ('The', 'Our'), a month,
        a title, a demonym, nor a word on a heading in title case; a company's initials are
        ('APM Terminals')."""
        k = i - 1
        if k < 0 or blocked[k] or texts[i].lower() not in _ORG_HEADS or not texts[i][:1].isupper() \
                or (runs and runs[-1][1] > k) or not spaces[k]:
            return i
        if doc[k].is_upper and doc[k].is_alpha and len(texts[k]) >= 2 and _ORG_HEADS[texts[i].lower()] == "company":
            return k  # a company's initials before its head: 'APM Terminals'
        return k if self._common_word_of_name(doc, k) else i

    def _common_word_of_name(self, doc: Doc, k: int) -> bool:
        """Token ``k`` is a capitalised common word inside a sentence that can open the name of
        the organisation whose head follows it (see :meth:`_common_word_before_head`)."""
        tok = doc[k]
        return tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and not tok.is_sent_start \
            and not tok.is_stop and tok.text not in self.months and fold(tok.text) not in _WEEKDAYS \
            and fold(tok.text) not in self.title_words and not demonym_country(tok.text) \
            and not self._title_case_line(doc, k)

    def _glued(self, left: str, space: str, right: str) -> bool:
        """'SecretaryBureau', 'AffairsBureau': a word of a role or an office and a capitalised
        word written together where a line break was lost (the tokenizer splits them); a brand
        in camel case ('PriceSmart') stays one name."""
        return not space and left[-1:].islower() and right[:1].isupper() and (
            fold(left) in self.title_words or left in _ORG_MODIFIERS or left.lower() in _ORG_HEADS)

    def _org_continues(self, texts: list[str], spaces: list[bool], classes: list[tuple[bool, bool]],
                       blocked: bytearray, i: int, j: int) -> int:
        """Where an organisation's name running from ``i`` goes on past token ``j``, which would
        end a name, or ``j``. Only once the run holds a head or a title word: a possessive
        before a head ('Attorney’s Office', 'Prosecutor’s Office'), a connector written with a
        capital inside a title-case name ('Crimes Against Freedom of Expression'), and a list
        closed by 'and' after 'of' ('Bureau of Population, Refugees, and Migration')."""
        n = len(texts)
        t = texts[j]
        if j + 1 >= n or blocked[j + 1]:
            return j
        if t in ("’s", "'s"):
            nxt, prev = texts[j + 1], texts[j - 1]
            if not spaces[j - 1] and nxt[:1].isupper() and nxt.lower() in _ORG_HEADS \
                    and (fold(prev) in self.title_words or prev in _ORG_MODIFIERS
                         or j - 2 >= i and texts[j - 2] in _ORG_MODIFIERS and fold(texts[j - 2]) not in self.title_words):
                # ... or of a holder a modifier names ('Public Defender’s Office'), not a person's
                # ('President Maduro’s Office')
                return j + 2
            return j
        if t in ("'", "’") and not spaces[j - 1] and texts[j - 1].endswith("s") and texts[j + 1][:1].isupper() \
                and texts[j + 1].lower() in _ORG_HEADS:
            return j + 2  # a plural's possessive before a head: "Citizens' Council", "Workers' Party"
        if t in _TITLE_CASE_CONNECTORS and classes[j + 1][1] and (self._org_so_far(texts, i, j)
                                                                  or t in _NAME_ONLY_CONNECTORS):
            return j + 1  # ... or one no English sentence writes but in a name: 'Médicos Sin Fronteras'
        if t == "to" and texts[j - 1].lower() in _ORG_HEADS and texts[j - 1][:1].isupper() and j + 2 < n \
                and not blocked[j + 2] and classes[j + 1][0] and classes[j + 2][1] \
                and texts[j + 1].lower() not in _ORG_HEADS and texts[j + 1] not in _ORG_MODIFIERS \
                and fold(texts[j + 1]) not in self.title_words:
            return j + 2  # a body named for its purpose: 'Special Unit to Combat Money Laundering'
        if t == "," and (self._org_so_far(texts, i, j) or texts[i].lower() in _ORG_OPENERS) \
                and any(texts[k] in ("of", "for", "de") for k in range(i, j)):
            # ... and a Spanish name's: 'Servicio Administrativo de Identificación, Migración y Extranjería'
            return self._list_end(texts, classes, blocked, j)
        return j

    def _org_so_far(self, texts: list[str], i: int, j: int) -> bool:
        return any(texts[k].lower() in _ORG_HEADS or fold(texts[k]) in self.title_words
                   for k in range(i, j) if texts[k][:1].isupper())

    def _list_end(self, texts: list[str], classes: list[tuple[bool, bool]], blocked: bytearray, j: int) -> int:
        """The end of ', Refugees, and Migration' starting at the comma ``j``: items of one or
        two capitalised words that no entity holds, the last after 'and', and no capitalised
        word after it but a title's ('... and Migration Acting Deputy Secretary X'); else ``j``."""
        n = len(texts)

        def ends(k: int) -> bool:
            return k >= n or not texts[k][:1].isupper() or fold(texts[k]) in self.title_words

        k = j
        while k < n and texts[k] == ",":
            k += 1
            closing = k < n and texts[k] in ("and", "y", "e")
            k += closing
            m = k
            while m < n and m - k < 2 and not blocked[m] and classes[m][1] and (m == k or not ends(m)):
                m += 1
            if m == k:
                return j
            k = m
            if closing:
                return k if ends(k) else j
            if k < n and texts[k] in ("and", "y", "e"):
                m = k + 1
                while m < n and m - k <= 2 and not blocked[m] and classes[m][1] and not ends(m):
                    m += 1
                return m if m > k + 1 and ends(m) else j
        return j

    # -- classification -----------------------------------------------------------------
    def _title_start(self, doc: Doc, end: int) -> int:
        """Where a title written right before token ``end`` starts ('Attorney General', 'Rear
        Admiral', 'Dr.', 'trafficker'), or -1. The longest title wins."""
        found = -1
        key: tuple[str, ...] = ()
        lower = token_lowers(doc)
        for k in range(1, min(self.title_max, end) + 1):
            key = (lower[end - k], *key)  # one token more each step, not a new slice
            if key in self.title_phrases:
                found = end - k
        return found

    def _office_of(self, doc: Doc, start: int) -> bool:
        """'the Secretary of the Treasury', 'the President of the Senate': a body named after a
        title word and 'of (the)' is the field of an office, a title, not the body itself."""
        k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
        return k >= 1 and doc[k].lower_ == "of" and fold(doc[k - 1].text) in self.title_words

    def _title_before(self, doc: Doc, start: int) -> bool:
        return start > 0 and self._title_start(doc, start) >= 0

    def _appositive_role(self, doc: Doc, start: int) -> bool:
        """'the Colombian Defense Minister, Rodrigo Rivera': a role, a comma, then the name."""
        if start < 2 or doc[start - 1].text != ",":
            return False
        for k in range(start - 2, max(-1, start - 8), -1):
            t = doc[k]
            if t.text in (".", ";", ",", "(", ")", ":"):
                break
            if t.lower_ in self.title_ends:
                return True
        return False

    def _role_after(self, doc: Doc, end: int) -> bool:
        """'Ned Price, Department Spokesperson'; 'Julie Chung, Acting Assistant Secretary';
        'Ana Ruiz, a lawyer for ...': a comma, then a role within a few words."""
        n = len(doc)
        if end + 1 >= n or doc[end].text != ",":
            return False
        for k in range(end + 1, min(n, end + 6)):
            t = doc[k]
            low = t.lower_
            if low in self.title_ends and (t.text[:1].isupper() or k > end + 1):
                return True
            if t.is_punct or t.is_space or t.like_num:
                return False
            if not (t.text[:1].isupper() or low in ("the", "a", "an", "'s", "’s", "former", "then")
                    or low in self.title_words):
                return False
        return False

    def _age_after(self, doc: Doc, end: int) -> bool:
        """'Ana Ruiz, 51, of Lima'; 'Deo Ram, a 34-year-old miner': an age in apposition right
        after the name says it is a person's (lexicons/<language>/names.json, ``age_after``)."""
        n = len(doc)
        if end + 2 >= n or doc[end].text != ",":
            return False
        k = end + 1
        if doc[k].text.isdigit():
            return age_after_name(doc_text(doc), doc[end].idx) is not None
        if doc[k].lower_ not in self.age_articles or k + 3 >= n:
            return False
        return doc[k + 1].text.isdigit() and doc[k + 2].text == "-" and doc[k + 3].lower_ == self.age_unit

    def _strip_title(self, doc: Doc, a: int, b: int) -> tuple[int, bool]:
        """Title words at the start of a capitalised run are not part of the name ('Advisor Jake
        Sullivan', 'Rear Admiral Thomas Allan', 'Dr. Liz Sherwood-Randall'): the name's first
        token, and whether a title was there. Remembered per Doc: the classifiers ask again
        about the same run."""
        memo = doc.user_data.get(_TITLE_RUNS_KEY)
        if memo is None:
            memo = doc.user_data[_TITLE_RUNS_KEY] = {}
        found = memo.get((a, b))
        if found is not None:
            return found
        titled = False
        k = a
        lower, texts = token_lowers(doc), token_texts(doc)[0]
        while k < b - 1:
            low = lower[k]
            if low in self.title_ends:
                titled = True
            elif fold(texts[k]) not in self.title_words and not demonym_country(texts[k]):
                break  # 'Panamanian President ...': a demonym belongs to the title
            k += 1
        found = memo[(a, b)] = (k, True) if titled else (a, False)
        return found

    def _role_word(self, tok) -> bool:
        """A word of a role or an office, not of a name: 'Secretary', 'Affairs', 'Command'."""
        return (tok.lower_ in _ORG_HEADS or tok.text in _ORG_MODIFIERS or fold(tok.text) in self.title_words
                or tok.text in self.not_names)

    def _office_word(self, tok) -> bool:
        """A word of a role or of the office it holds after a title ('Fiscal Regional Oriente',
        'Fiscal General de la Nación'; ``office_words`` in lexicons/<language>/names.json)."""
        return self._role_word(tok) or tok.text in self.office_words

    def _noun_shape(self, tok) -> bool:
        """'Protection', 'Partnership': an ending that makes common nouns, never a name
        (lexicons/<language>/names.json)."""
        return tok.lower_.endswith(self.noun_endings) and tok.text not in self.surnames \
            and tok.text not in self.first_names

    def _common(self, tok) -> bool:
        """A capitalised word the same document also writes in lower case ('Protection' where
        'protection' occurs): a common noun in a heading or a name of a thing, not a name part."""
        return tok.text[:1].isupper() and tok.lower_ in self._doc_lower

    def _role_name(self, doc: Doc, start: int, end: int, role_run: bool = False) -> Span | None:
        """The person a role phrase ends with: 'Deputy Secretary of State for Management and
        Resources Richard Verma' -> 'Richard Verma'; 'Secretary of State Blinken' -> 'Blinken'.
        The name is the run's last words that are not words of the role; past the role's own
        words it needs a known given name or surname, or the title right before it."""
        j = end
        while j > start:
            t = doc[j - 1]
            if self._usable(t) and not self._office_word(t) and not self._common(t) and not self._noun_shape(t):
                j -= 1
            elif t.text in _NAME_PARTICLES and j < end and j - 1 > start and self._usable(doc[j - 2]):
                j -= 1  # 'Manuel Trujillo y Torres', 'Abelardo de la Espriella'
            elif t.text == "-" and j < end and j - 1 > start:
                j -= 1  # 'Sherwood-Randall'
            else:
                break
        while j < end and (doc[j].text in _NAME_PARTICLES or doc[j].text == "-"):
            j += 1
        if j >= end or j == start or doc[j - 1].text in _TITLE_CASE_CONNECTORS:
            return None  # after a capitalised 'Against': what a body works on ('Office Against Organized Crime')
        # 'Resources Richard Verma': the name starts at its given name
        for k in range(j, end - 1):
            if doc[k].text in self.first_names:
                if k > j and not self._title_before(doc, j):
                    j = k
                break
        words = [t.text for t in doc[j:end] if t.text not in _NAME_PARTICLES and t.text != "-"]
        if not words or len(words) > 5 or any(demonym_country(w) for w in words):
            return None
        if end - j == 1 and (doc[j - 1].lower_ in _ORG_CONNECTORS or not (self._single_name(doc, j) and (
                self._title_before(doc, j) or (role_run and self._role_word(doc[j - 1]))))):
            return None  # one word needs a title right before it: 'Secretary of the Interior Ogilvy'

        if _INITIAL_RE.fullmatch(words[-1]):
            return None
        if not (self._title_before(doc, j) or words[0] in self.first_names
                or (len(words) >= 2 and words[-1] in self.surnames) or (end - j == 1 and role_run)
                or (role_run and 2 <= len(words) <= 3 and self._office_word(doc[j - 1]))):
            # 'Minister of Home Affairs Kareem Musa': after a whole role, two or three name words
            return None
        return self._person(doc, j, end)

    def _suffix_end(self, doc: Doc, end: int) -> int:
        """'Othon Marban, Sr.', 'John Doe Jr.': the end of the name with its generational suffix."""
        n = len(doc)
        k = end + (end < n and doc[end].text == ",")
        if k < n and doc[k].text in _SUFFIXES:
            # 'Sr.' as a title comes before a name: 'Sr. Pérez' is not a suffix
            if k + 1 < n and self._usable(doc[k + 1]) and doc[k].text in ("Sr.", "Sr"):
                return end
            if k + 1 < n and doc[k + 1].text == "." and not doc[k].whitespace_:
                return k + 2  # 'Sr' '.' as the tokenizer splits a suffix ending a sentence
            return k + 1
        return end

    def _org_kind(self, doc: Doc, start: int, end: int) -> tuple[bool, str | None]:
        lower, texts = token_lowers(doc), token_texts(doc)[0]
        if lower[end - 1] in self.title_ends and lower[end - 1] not in _ORG_HEADS \
                and not any(t in _ORG_CONNECTORS for t in texts[start:end]):
            return False, None  # 'Department Spokesperson', 'Embassy Chief': a role
        first = lower[start]
        if first in _NAMED_OPENERS and end - start == 1:
            return False, None
        if first in _ORG_OPENERS:
            return True, _ORG_OPENERS[first]
        if texts[start] in _SPANISH_ARTICLES and end - start >= 2 and lower[start + 1].endswith("s") \
                and (end - start == 2 or lower[start + 2] in ("de", "del") and end - start <= 6):
            return True, "criminal group"  # 'Los Choneros', 'Los Malditos de Alto Trujillo'
        if texts[start] in _SPANISH_ARTICLES and 3 <= end - start <= 5 and lower[start + 1] in ("de", "del") \
                and texts[start + 2][:1].isupper():
            return True, "criminal group"  # 'Los del Muelle', 'Las de Juárez': 'those of ...', a group

        for k in range(end - 1, start - 1, -1):
            low = lower[k]
            if low in _ORG_HEADS and texts[k][:1].isupper():
                # 'Countering Cartel Criminal Activity': words after the head that are neither a
                # connector nor words of a name's office make the head a modifier of a noun
                if k + 2 == end and self._code_name(doc, k):
                    return True, _ORG_HEADS[low]  # 'Joint Task Force Vulcan'
                if k + 1 < end and texts[k + 1] not in _ORG_CONNECTORS and texts[k + 1] not in _NAME_PARTICLES \
                        and texts[k + 1] != "to" and texts[k + 1] not in _TITLE_CASE_CONNECTORS \
                        and not all(texts[x] in _ORG_MODIFIERS or lower[x] in _ORG_HEADS for x in range(k + 1, end)):
                    return False, None
                return True, _ORG_HEADS[low]
        return False, None

    def _code_name(self, doc: Doc, k: int) -> bool:
        """Token ``k + 1`` is a unit's code name after its head ending at ``k`` ('Task Force
        Vulcan'; ``code_name_heads`` in lexicons/<language>/orgs.json): one capitalised word that
        is no word of a role or an office ('the Task Force Commander' is a role)."""
        lower = token_lowers(doc)
        name = doc[k + 1]
        return any(tuple(lower[k - len(head) + 1:k + 1]) == head for head in self.code_name_heads) \
            and name.is_alpha and name.text[:1].isupper() and not self._office_word(name)

    def _office(self, doc: Doc, start: int, end: int) -> Span | None:
        """'the Special Prosecutor for Crimes Against Freedom of Expression', 'Special Rapporteur
        for Freedom of Expression': a title that also names its office (``office`` in the titles
        lexicon), then 'for' or 'against' and a capitalised name, is that office."""
        k, titled = self._strip_title(doc, start, end)
        if not titled or k >= end - 1 or k == start or fold(doc[k - 1].text) not in titles().offices:
            return None
        if doc[k].lower_ not in ("for", "against") or not doc[k + 1].text[:1].isupper():
            return None
        span = Span(doc, start, end, label="ORG")
        span._.kind = "government body"
        return span

    @staticmethod
    def _category(doc: Doc, start: int, end: int) -> bool:
        """A category, law or programme ('Transnational Criminal Organizations', 'Executive
        Order'), decided where aliases decide it (an acronym of one is no alias either)."""
        return names_no_entity(doc_text(doc), doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))

    def _person_evidence(self, doc: Doc, start: int, end: int, titled: bool = False) -> bool:
        words = [t for t in doc[start:end] if t.text not in _NAME_PARTICLES and t.text != "-"]
        if not words or len(words) > 5:
            return False
        texts = [t.text for t in words]
        if any(demonym_country(t) for t in texts):
            return False
        if texts[0] in self.place_name_openers and not (titled or self._title_before(doc, start)):
            return False  # 'Petite-Rivière', 'Croix-des-Bouquets', 'St. James': a place's name
        if _INITIAL_RE.fullmatch(texts[-1]) or (_INITIAL_RE.fullmatch(texts[0]) and len(words) < 3):
            return False  # 'Plan B.', 'Section A.': an initial does not end a name
        if all(self._common(t) for t in words):
            return False  # 'Protection Mechanism', 'Playing Field'
        if titled or self._title_before(doc, start) or self._appositive_role(doc, start) \
                or self._role_after(doc, end) or self._suffix_end(doc, end) > end \
                or (len(words) >= 2 and (self._age_after(doc, end) or self._person_apposition(doc, end))):
            return True
        if len(words) >= 2 and (texts[0] in self.first_names
                                or (len(words) >= 3 and texts[1] in self.first_names)):
            # 'Clara Ortiz'; 'Abdalá Jaime Bucaram Pulley'; not a heading's 'Rosario Violence Report'
            return not (self._noun_shape(words[-1]) and self._title_case_line(doc, start))

        if 2 <= len(words) <= 3 and (texts[-1] in self.surnames or (len(texts) > 2 and texts[-2] in self.surnames)):
            opens = doc[start].is_sent_start or (start > 0 and doc[start - 1].text in _OPEN_QUOTES)
            if not opens or texts[0] in self.surnames:
                return True
        # Author citation: 'Phil Gunson, “A Twist in Caracas”'
        if len(words) >= 2 and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in _OPEN_QUOTES:
            return True
        # a wire's credit line: '(Reporting by Ana Ríos in Lima; Editing by Tom Hale)'
        if 2 <= len(words) <= 4 and any(
                tuple(t.lower_ for t in doc[start - len(cue):start]) == cue for cue in self.byline_cues if start >= len(cue)):
            return True
        return False

    def _person_apposition(self, doc: Doc, end: int) -> bool:
        """What follows a name after a comma says it is a person's: a nationality told by a
        demonym as a noun ('Shondell Baptiste, a Trinidadian who ...', 'X, a Venezuelan
        national,') or a quoted nickname after an alias marker ('X, also known as "Shaq,"')."""
        n = len(doc)
        if end + 2 >= n or doc[end].text != ",":
            return False
        nxt = doc[end + 1]
        if nxt.lower_ in ("a", "an") and doc[end + 2].text[:1].isupper() and demonym_country(doc[end + 2].text):
            after = doc[end + 3] if end + 3 < n else None
            return after is None or not after.is_alpha or after.lower_ in self.nationality_nouns \
                or after.lower_ in ("who", "whose")
        text = doc_text(doc)
        marker = ALIAS_MARKER_RE.match(text, nxt.idx)
        if marker is None:
            return False
        rest = text[marker.end():marker.end() + 3].lstrip()
        return rest[:1] in _OPEN_QUOTES

    def _citation_media(self, doc: Doc, start: int, end: int) -> bool:
        """'”, El Espectador, 7 March 2013' and '”, Reuters, 2 May': the outlet of a citation."""
        if start < 2 or end >= len(doc):
            return False
        if not (doc[start - 1].text == "," and doc[start - 2].text in _CLOSE_QUOTES):
            return False
        nxt = doc[end]
        if nxt.text in (".", ";"):
            return True
        if nxt.text == "," and end + 1 < len(doc):
            after = doc[end + 1]
            return after.like_num or after.text in self.months
        return False

    def find(self, doc: Doc, ents: list[Span]) -> list[Span]:
        n = len(doc)
        blocked = bytearray(n)
        for ent in ents:
            blocked[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
        texts = token_texts(doc)[0]
        self._doc_lower = {t for t in texts if t.islower()}
        document = doc._.document
        if document is not None:  # a section of a long document: the whole document's words
            self._doc_lower |= document.lower_words
        self._place_starts_by_end = {e.end: e.start for e in ents if e.label_ == "PLACE"}
        self._town_ends_by_start = {e.start: e.end for e in ents if e.label_ == "PLACE" and e._.kind != "country"}
        self._place_ends_by_start = {e.start: e.end for e in ents if e.label_ == "PLACE"}
        self._guessed_places = set()
        self._place_ends = set(self._place_starts_by_end)
        self._line_cache: dict[int, bool] = {}
        found: list[Span] = self._capitals_names(doc, texts, blocked)
        for span, (a, b) in self._list_entries(doc, blocked):
            found.append(span)
            blocked[a:b] = b"\x01" * (b - a)  # the given names after the comma are no name of their own
        for span in found:
            blocked[span.start:span.end] = b"\x01" * (span.end - span.start)
        for i, text in enumerate(texts):
            if not text[:1].isalpha() and text not in ("-", ",", "’s", "'s") \
                    and not (text in ("'", "’") and i and texts[i - 1].endswith("s") and not doc[i - 1].whitespace_):
                blocked[i] = 1  # punctuation, numbers, white space, footnote markers ("Citizens' Council" goes on)
        classes = [self._classes(t) for t in texts]
        unread: list[tuple[int, int]] = []  # runs read as nothing
        for start, end in self._byline_split(doc, self._runs(doc, blocked, classes)):
            # trim trailing connectors
            while end > start and (texts[end - 1] in _ORG_CONNECTORS or texts[end - 1] in _NAME_PARTICLES):
                end -= 1
            if end <= start:
                continue
            listed = self._plural_noun_list(doc, start, end)
            if listed:
                found.extend(listed)
                continue
            group = self._group(doc, start, end) or self._company(doc, start, end)
            if group is not None:
                found.append(group)
                continue
            classified = self._classify(doc, start, end)
            if not classified:
                unread.append((start, end))
            spans = self._things(doc, classified)
            if any(sp.label_ == "ORG" for sp in spans) and self._title_case_line(doc, start):
                spans = self._heading_orgs(doc, spans, self._line_end(doc, end))
            found.extend(spans)
            for span in spans:  # a list of places goes on: 'the towns of Villa Tunari, Shinahota and ...'
                if span.label_ == "PLACE":
                    self._place_starts_by_end[span.end] = span.start
        found.extend(self._things(doc, self._coordinated_people(doc, unread, found)))  # 'the trawler X' is no one
        # Single words: the surname of someone named in full, a known surname before a verb of a
        # person ('Ortega said'), a word before 'administration' ('the Biden administration').
        taken = bytearray(blocked)
        for span in found:
            taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        persons = [s for s in found if s.label_ == "PERSON"]
        for ent in ents:
            if ent.label_ == "PERSON":
                persons.append(ent)
        surnames: set[str] = set()
        for span in persons:
            name = [t for t in self._name_words(doc, span.start, span.end) if t not in _SUFFIXES and t not in (",", ".")]
            if len(name) >= 2 and name[-1][:1].isupper():
                surnames.add(name[-1])
            if len(name) >= 3:
                surnames.add(name[-2] + " " + name[-1])
                # the first of two surnames: 'Duarte' for 'Héctor Manuel Duarte Pineda' (in a name of
                # three words, only a word no one is given: 'Juan Carlos Pérez' has one surname)
                if name[-2][:1].isupper() and name[-2] not in _NAME_PARTICLES \
                        and (len(name) >= 4 or name[-2] not in self.first_names):
                    surnames.add(name[-2])

        usable = [c[0] for c in classes]
        lower = token_lowers(doc)
        for i in range(n):
            if taken[i] or not usable[i] or (i + 1 < n and usable[i + 1]):
                continue  # (a usable word next: part of a run, not a single word)
            tok = doc[i]
            if i + 1 < n and lower[i + 1] in self.not_person_after:
                continue  # 'the Úsuga David brothers', 'the Kennedy neighbourhood': no one person
            if i > 0 and f"{texts[i - 1]} {texts[i]}" in surnames and not taken[i - 1]:
                found.append(Span(doc, i - 1, i + 1, label="PERSON"))  # 'El Aissami', 'Calle Serna'
                taken[i - 1:i + 1] = b"\x01\x01"
                continue
            if i > 1 and texts[i - 1] == "-" and not taken[i - 2] and not taken[i - 1] \
                    and f"{texts[i - 2]}-{texts[i]}" in surnames and "".join(self._name_words(doc, i - 2, i + 1)) \
                    == f"{texts[i - 2]}-{texts[i]}":
                found.append(Span(doc, i - 2, i + 1, label="PERSON"))  # 'Harewood-Christopher said'
                taken[i - 2:i + 1] = b"\x01\x01\x01"
                continue
            ok = tok.text in surnames or (self._appositive_role(doc, i) and self._single_name(doc, i)
                                          and not self._common(tok) and not self._noun_shape(tok))
            if not ok and i + 1 < n and lower[i + 1] in _PERSON_AFTER and not demonym_country(tok.text) \
                    and not any(c in tok.text for c in "-‑") and not (i > 0 and texts[i - 1] in ("-", "‑")):
                # 'the Biden-Harris administration': two people
                ok = i > 0 and lower[i - 1] in ("the", "a", "an") or tok.text in self.surnames
            if not ok and tok.text in self.surnames and not self._common(tok) and not self._role_word(tok):
                ok = self._person_verb_after(doc, i + 1)  # 'Ortega is doing', 'Moncada said'
            if ok and not _INITIAL_RE.fullmatch(tok.text):
                found.append(Span(doc, i, i + 1, label="PERSON"))
                taken[i] = 1
        found.extend(self._nicknames(doc, taken))
        found.extend(self._alias_only(doc, taken, found))
        return found

    def _coordinated_people(self, doc: Doc, unread: list[tuple[int, int]], found: list[Span]) -> list[Span]:
        """'Otis McKie and Jamal O'Garro', 'Ridouan Taghi was arrested': a name of two or three
        words no list knows, joined by 'and' to a person found or the subject of what befalls a
        body, is a person too, when none of its words is a common word, a word of a role or an
        office, a demonym or a place's opener."""
        ends = {s.end for s in found if s.label_ == "PERSON"}
        starts = {s.start for s in found if s.label_ == "PERSON"}
        out = []
        n = len(doc)
        for start, end in unread:
            words = [t for t in doc[start:end] if t.text not in _NAME_PARTICLES and t.text != "-"]
            if not 2 <= len(words) <= 3 or words[0].text in self.place_name_openers \
                    or _INITIAL_RE.fullmatch(words[-1].text) or (end < n and doc[end].text[:1].isupper()):
                continue
            if any(not self._usable(t) or self._office_word(t) or self._common(t) or self._noun_shape(t)
                   or demonym_country(t.text) or t.lower_ in self.company_nouns
                   or t.lower_.endswith("ing") and t.text not in self.surnames for t in words):
                continue  # 'Tierra Dorada Mining': a firm's words
            k = start - 1
            left = k > 0 and doc[k].lower_ == "and" and (k in ends or doc[k - 1].text == "," and k - 1 in ends)
            right = end + 1 < n and doc[end].lower_ == "and" and end + 1 in starts
            # 'Ridouan Taghi was arrested': what befalls a body, never an organisation
            # (``bodily_passives`` in lexicons/<language>/names.json)
            if left or right or self.bodily_verbs.after(lambda i: doc[i].lower_, n, end):
                out.append(self._person(doc, start, end))
        return out

    def _nickname_follows(self, doc: Doc, end: int) -> bool:
        """Does a nickname in quotes right after token ``end`` cut a name in two ('Ismael "El Mayo"
        Zambada', 'Juan Antonio "Tony" Hernández'): one to four words in quotes, then a capitalised
        word that can be a name's?"""
        n = len(doc)
        if end >= n or doc[end].text not in _OPEN_QUOTES:
            return False
        k = end + 1
        while k < n and k - end <= 4 and doc[k].text not in _CLOSE_QUOTES and (
                doc[k].text[:1].isupper() or doc[k].text in _NAME_PARTICLES):
            k += 1
        if k == end + 1 or k >= n - 1 or doc[k].text not in _CLOSE_QUOTES:
            return False
        return self._usable(doc[k + 1]) and not self._role_word(doc[k + 1])

    @staticmethod
    def _name_words(doc: Doc, start: int, end: int) -> list[str]:
        """The words of a name, with the parts of a hyphenated one joined ('Erla Harewood-Christopher'
        -> 'Erla', 'Harewood-Christopher'): the tokenizer splits them, a surname is the whole."""
        words: list[str] = []
        for k in range(start, end):
            tok = doc[k]
            if k > start and (tok.text == "-" or doc[k - 1].text == "-") and not doc[k - 1].whitespace_ and words:
                words[-1] += tok.text
            else:
                words.append(tok.text)
        return words

    def _group(self, doc: Doc, start: int, end: int) -> Span | None:
        """An armed or criminal group no list holds, known by the words around its name: 'the
        Chone Killers gang', 'the Pedro Páramo front', 'members of Viv Ansanm'."""
        texts, lower = token_texts(doc)[0], token_lowers(doc)  # columns, not Token objects
        for k in (2, 3):  # 'Members of Viv Ansanm' opening a sentence: the run holds the cue
            if end - start > k and tuple(lower[start:start + k]) in self.group_before:
                group = self._group(doc, start + k + (lower[start + k] == "the"), end)
                return group if group is not None and group.start < group.end else None
        names = [k for k in range(start, end) if texts[k] not in _NAME_PARTICLES]  # Tokens made only as needed
        if not names or all(self._role_word(t) or self._common(t) or demonym_country(t.text)
                            for t in map(doc.__getitem__, names)):
            return None
        if self._strip_title(doc, start, end)[1] or _INITIAL_RE.fullmatch(texts[end - 1]):
            return None
        if texts[end - 1] in self.first_names and self._nickname_follows(doc, end):
            return None  # 'the faction of Ismael "El Mayo" Zambada': a name the nickname cuts in two
        if end - start == 1 and doc[start].is_sent_start:
            return None  # 'Rampant gang violence'
        n = len(doc)
        if end < n and texts[end] in ("'", "’", "'s", "’s"):
            return None  # 'members of the Lobos’ family'
        # 'the Gran Grif gang': a capitalised word the runs leave out ('Gran') opens the name
        if start > 1 and texts[start - 1][:1].isupper() and doc[start - 1].is_alpha \
                and not doc[start - 1].is_sent_start and texts[start - 1] not in ("The", "A", "An"):
            start -= 1
        for k in (3, 2, 1):
            words = tuple(lower[end:min(n, end + k)])
            found = self.group_after.get(words) if len(words) == k else None
            first = start
            if found is not None and words[0] == "family":
                # a family is named by surnames only: 'Lawyers for the Cantero family' is the Canteros'
                first = max([start] + [t.i + 1 for t in doc[start:end] if t.lower_ in ("for", "of", "the", "and")])
                if first >= end or texts[first] in names_lexicon()["first_names"]:
                    found = None  # 'the Juan Pérez family' is a man's relatives; 'the Valle Valle family' a clan
            if found is not None and texts[end].islower():
                span = Span(doc, first, end + k if found[1] else end, label="ORG")
                span._.kind = found[0]
                return span
        before = start - (start > 0 and lower[start - 1] == "the")
        if any(tuple(lower[max(0, before - k):before]) in self.group_before for k in (2, 3)):
            if texts[start] in _SPANISH_OPENING_ARTICLES:
                # 'members of La Nueva Familia Serrana', 'fighters of El Tren de los Llanos': a name
                # opened by an article goes on over every capitalised word, and no one is so named
                while end < n and not doc[end].is_sent_start and (
                        texts[end][:1].isupper() and doc[end].is_alpha
                        or texts[end] in _NAME_PARTICLES and end + 1 < n and texts[end + 1][:1].isupper()):
                    end += 1
                if end - start >= 3 and not self._org_kind(doc, start, end)[0]:
                    span = Span(doc, start, end, label="ORG")
                    span._.kind = "criminal group"
                    return span
            if any(s.label_ == "PERSON" for s in self._classify(doc, start, end)) or self._org_kind(doc, start, end)[0]:
                return None
            return Span(doc, start, end, label="ORG")
        return None

    def _company(self, doc: Doc, start: int, end: int) -> Span | None:
        """'the airline Wingo', 'the firm Pomona Impact', 'Turpial, a Venezuelan carrier',
        'Satena, which is partially owned by ...': a company or an outlet known by the noun before
        it or in apposition after it (``company_nouns`` in lexicons/<language>/names.json), or by
        its owner."""
        texts, lower = token_texts(doc)[0], token_lowers(doc)  # columns, not Token objects
        if self._strip_title(doc, start, end)[1] or self._org_kind(doc, start, end)[0]:
            return None
        n = len(doc)
        noun = lower[start - 1] if start > 0 and (doc[start - 1].is_lower or doc[start - 1].is_upper
                                                  and lower[start - 1] in self.company_nouns) else None
        if noun is not None and start > 1 and doc[start - 2].is_lower \
                and f"{lower[start - 2]} {noun}" in self.company_nouns:
            noun = f"{lower[start - 2]} {noun}"  # 'the news site ...'
        elif noun == "for" and self._byline_before(doc, start - 1):
            noun = "outlet"  # 'Reporting by Ana Ríos for Canal Cinco'
        elif noun is None and start > 2 and texts[start - 1] == "," and lower[start - 2] in self.company_nouns \
                and doc[start - 2].is_lower and end < n and texts[end] in (",", ".", ";") \
                and doc[start - 3].is_lower and doc[start - 3].is_alpha \
                and not (texts[start] in self.first_names and self._person_evidence(doc, start, end)):
            # 'a private contractor, Vectus Global, that ...': the noun, then the name in apposition
            noun = lower[start - 2]
        if noun not in self.company_nouns:
            noun = None
            # 'Transparencia Venezuela, an NGO', 'El Sur de Acapulco, a regional daily': a place ends the name
            at = end + (end < n and texts[end] in _PLACE_LINKS)
            if at + 1 < n and at in self._place_ends_by_start \
                    and self._place_ends_by_start[at] + 1 < n and texts[self._place_ends_by_start[at]] == ",":
                end = self._place_ends_by_start[at]
            k = end + 1
            if end + 2 < n and texts[end] == "," and lower[k] in ("a", "an", "the"):
                k += 1
                if k < n and texts[k][:1].isupper() and demonym_country(texts[k]):
                    k += 1
                while k < n and k < end + 7 and (doc[k].is_lower or texts[k] == "-" or k + 1 < n and texts[k + 1] == "-"
                                                  and not doc[k].whitespace_) \
                        and lower[k] not in self.company_nouns and " ".join(lower[k:k + 2]) not in self.company_nouns:
                    k += 1  # 'a state-owned oil company', 'a Belém-based research group'
                noun = " ".join(lower[k:k + 2]) if " ".join(lower[k:k + 2]) in self.company_nouns \
                    else lower[k] if k < n and lower[k] in self.company_nouns else None
                after = k + 1 + (noun is not None and " " in noun)
                if noun is not None and after < n and doc[after].is_lower and doc[after].is_alpha \
                        and not doc[after].is_stop and not lower[after].endswith(("ed", "ing")):
                    noun = None  # 'Ana Ruiz, a bank employee': the noun is another noun's modifier
            elif end + 4 < n and texts[end] == "," and lower[end + 1] in ("which", "that") \
                    and lower[end + 2] in ("is", "was"):
                k = end + 3 + lower[end + 3].endswith("ly")  # 'Satena, which is partially owned by'
                if k + 1 < n and lower[k] == "owned" and lower[k + 1] == "by":
                    noun = "company"
        if noun is None and self._outlet(doc, start, end):
            noun = "outlet"
        if noun is None:
            return None
        if end < n and doc[end].is_alpha and texts[end][:1].isupper() and doc[end - 1].whitespace_ \
                and not doc[end].is_sent_start:
            return None  # 'the humanitarian group Médicos Sin Fronteras': a name the runs cut is not whole
        span = Span(doc, start, end, label="ORG")
        span._.kind = self.company_nouns[noun]
        return span

    def _plural_noun_list(self, doc: Doc, start: int, end: int) -> list[Span]:
        """'the gang federations Bagdad and Bagdad Rojo', 'the firms Alfa Trading and Beta
        Shipping': the plural of a noun for a company, an outlet or a group (``company_nouns`` in
        lexicons/<language>/names.json) right before a run joined by 'and' makes each of its
        names one of them; a run with no 'and' is left to :meth:`_company`."""
        lower = token_lowers(doc)
        if start < 1 or not doc[start - 1].is_lower or not lower[start - 1].endswith("s"):
            return []
        singular = lower[start - 1][:-1]
        nouns = [singular] + ([singular[:-2] + "y"] if singular.endswith("ie") else [])
        if start > 1 and doc[start - 2].is_lower:
            nouns = [f"{lower[start - 2]} {noun}" for noun in nouns] + nouns
        noun = next((noun for noun in nouns if noun in self.company_nouns), None)
        ands = [k for k in range(start + 1, end - 1) if lower[k] == "and"]
        if noun is None or self.company_nouns[noun] is None or len(ands) != 1:
            return []
        out = []
        for a, b in ((start, ands[0]), (ands[0] + 1, end)):
            if b <= a or not doc[a].text[:1].isupper() or self._strip_title(doc, a, b)[1]:
                return []
            span = Span(doc, a, b, label="ORG")
            span._.kind = self.company_nouns[noun]
            out.append(span)
        return out

    def _outlet(self, doc: Doc, start: int, end: int) -> bool:
        """'told El Heraldo', 'according to Atlântico Wire', 'PORT-AU-PRINCE (Caribe Hoy) -': a
        name in the place of a source (``outlet_before`` in lexicons/<language>/orgs.json, or a
        wire dateline's brackets) that nothing makes a person's: opened by an outlet's article
        ('El Universal', 'O Globo') or holding no known given name or surname."""
        texts, lower = token_texts(doc)[0], token_lowers(doc)
        n = len(doc)
        if end - start < 2:
            return False
        # 'LIMA (Andes Wire) -', 'GEORGETOWN, Guyana (Demerara Post) -'
        dateline = start >= 2 and texts[start - 1] == "(" and end + 1 < n and texts[end] == ")" \
            and texts[end + 1] in ("-", "–", "—") and (doc[start - 2].is_upper and doc[start - 2].is_alpha
                                                      or start - 1 in self._place_ends)
        # 'By Ana Ríos | El Faro del Caribe': the field after a byline's authors and a bar
        byline = start >= 3 and texts[start - 1] == "|" and self._byline_line(doc, start)
        if not dateline and not byline and not any(start >= len(cue) and tuple(lower[start - len(cue):start]) == cue
                                                   for cue in self.outlet_before):
            return False
        if byline:
            return not self._strip_title(doc, start, end)[1] and not any(t.text in self.months for t in doc[start:end])
        if texts[start] in self.outlet_articles:
            return texts[start + 1][:1].isupper()
        if dateline:
            return not self._strip_title(doc, start, end)[1]  # a wire's brackets name no person
        if end < n and (lower[end] == "to" or texts[end] == "," and end + 1 < n and lower[end + 1] in ("a", "an")):
            return False  # 'told Jamal Ottley to kneel', 'according to Kwame Baptiste, a farmer': a person
        return not self._strip_title(doc, start, end)[1] and not any(
            t in self.first_names or t in self.surnames or t in _NAME_PARTICLES for t in texts[start:end])

    @staticmethod
    def _byline_line(doc: Doc, start: int) -> bool:
        """Is the bar before token ``start`` the first one of a byline line ('By Ana Ríos | ...')?"""
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, doc[start].idx) + 1
        before = text[line_start:doc[start].idx]
        return before.lstrip().startswith("By ") and before.count("|") == 1

    def _legal_companies(self, doc: Doc) -> list[Span]:
        """'Inversiones Cerro Verde, S.R.L.', 'Blue Reef Holdings LLC', 'Agro Export N.V.': a legal
        form (lexicons/<language>/companies.json) ends a company's registered name, which runs
        back over capitalised words, name particles and '&'."""
        texts = token_texts(doc)[0]
        n = len(doc)
        found: list[Span] = []
        forms = self.legal_forms
        after = 0  # the end of the last company found: a form inside it starts no other
        for i in [i for i, text in enumerate(texts) if text in forms]:  # few tokens open a form
            if i < after:
                continue
            end = next((i + len(form) for form in forms[texts[i]] if tuple(texts[i:i + len(form)]) == form), None)
            if end is None or (end < n and texts[end][:1].isalpha() and texts[end][:1].isupper()
                               and not doc[end].is_sent_start):
                continue  # 'SA' or 'Co.' opening a longer capitalised name is no legal form
            if end < n and texts[end] == "." and not doc[end - 1].whitespace_ \
                    and (texts[end - 1] + ".",) in self.legal_forms.get(texts[end - 1] + ".", ()):
                end += 1  # 'Ltda' '.' as the tokenizer splits a form ending a sentence
            k = i - 1 - (i > 0 and texts[i - 1] == ",")
            start = k + 1
            while k >= 0 and i - k <= _COMPANY_MAX_WORDS:
                word = texts[k]
                if word[:1].isupper() and (doc[k].is_alpha or re.fullmatch(r"[\w'’\-]+", word)) \
                        and word not in self.legal_forms:
                    start = k
                elif (word == "&" or word in _NAME_PARTICLES or word in ("of", "the")) and k > 0 \
                        and texts[k - 1][:1].isupper() and start == k + 1:
                    pass  # 'Ríos & Asociados', 'Grupo Constructor del Pacífico'
                else:
                    break
                if doc[k].is_sent_start:
                    break
                k -= 1
            while start < i and (texts[start] in ("The", "A", "An") or demonym_country(texts[start])
                                 or texts[start] in _NAME_PARTICLES or texts[start] in self.not_names
                                 or texts[start] in self.months or fold(texts[start]) in _WEEKDAYS):
                start += 1  # 'the Panamanian firm ...' is no part of the name
            if start < i and texts[start][:1].isupper():
                span = Span(doc, start, end, label="ORG")
                span._.kind = "company"
                found.append(span)
            after = end
        return found

    def _byline_split(self, doc: Doc, runs: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """A byline's 'for' ends the authors' names: 'Ana Ríos for Canal Cinco' is two runs."""
        for start, end in runs:
            for k in range(start + 1, end - 1):
                if doc[k].lower_ == "for" and self._byline_before(doc, k):
                    yield start, k
                    start = k + 1
                    break
            yield start, end

    def _byline_before(self, doc: Doc, k: int) -> bool:
        """Is the 'for' at ``k`` the one of a wire byline, after its authors ('Reporting by Ana
        Ríos and Luis Paz for ...')?"""
        i = k - 1
        while i >= 0 and k - i <= 10 and (doc[i].text[:1].isupper() or doc[i].lower_ in ("and", ",")
                                          or doc[i].lower_ in _NAME_PARTICLES):
            i -= 1
        if i == k - 1 or i < 0 or doc[i].lower_ != "by":
            return False
        return any(tuple(t.lower_ for t in doc[i - len(cue) + 1:i + 1]) == cue
                   for cue in self.byline_cues if i - len(cue) + 1 >= 0)

    def _things(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A person's name that names a thing ('John F. Kennedy Airport', 'Operation Jorge
        Alonso', 'the Kennedy neighbourhood') is no person: dropped, or the place it names."""
        out = []
        n = len(doc)
        for span in spans:
            if span.label_ == "PERSON":
                # 'the vessel Doña Fátima': the word before a title too ('Doña' is no person's)
                before = self._title_start(doc, span.start) if span.start > 0 else -1
                before = span.start if before < 0 else before
                if span.start > 0 and doc[span.start - 1].lower_ in self.not_person_before \
                        or before > 0 and doc[before - 1].lower_ in self.not_person_before \
                        or len(span) > 2 and span[0].lower_ in self.not_person_before:
                    continue  # ... or its first word: 'the Coast Guard Cutter Joseph Napier'
                if span.end < n and doc[span.end].lower_ in _PERSON_AFTER and len(span) == 3 and span[1].text == "-" \
                        and not span[0].whitespace_ and not span[1].whitespace_:
                    continue  # 'the Ortega-Murillo government': a pair of rulers, no one person
                if span.end < n and doc[span.end].lower_ in self.not_person_after:
                    found = self.not_person_after[doc[span.end].lower_]
                    if found is None:
                        continue
                    span = Span(doc, span.start, span.end, label=found[0])
                    span._.kind = found[1]
            out.append(span)
        return out

    def _named_thing(self, doc: Doc, span: Span) -> bool:
        """A town or state that names a thing after the capitalised word of one ('Operation
        Roraima', 'Plan Mérida', 'BAP Callao'; ``not_person_before``) is no place mention; a
        country stays ('Plan Colombia' is about Colombia)."""
        if span.start == 0 or span.label_ != "PLACE":
            return False
        before = doc[span.start - 1]
        return before.lower_ in self.not_person_before and before.text[:1].isupper() \
            and span._.kind != "country"

    def _person_verb_after(self, doc: Doc, i: int) -> bool:
        """Does a verb whose subject is a person start at token ``i`` ('said', 'was arrested')?"""
        return self.verbs_of_a_person.after(lambda k: doc[k].lower_, len(doc), i)

    def _nicknames(self, doc: Doc, taken: bytearray) -> list[Span]:
        """'El Tigre was arrested', 'La Tuta said': a nickname with a Spanish article, used as
        the subject of a verb of a person, is that person."""
        out = []
        n = len(doc)
        texts = token_texts(doc)[0]
        for i in range(n - 1):
            if texts[i] not in ("El", "La") or taken[i] or taken[i + 1]:
                continue
            j = i + 1
            while j < n and j < i + 3 and not taken[j] and self._usable(doc[j]) and not self._role_word(doc[j]):
                j += 1
            if j > i + 1 and self._person_verb_after(doc, j):
                out.append(Span(doc, i, j, label="PERSON"))
                taken[i:j] = b"\x01" * (j - i)
        return out

    def _list_entries(self, doc: Doc, blocked: bytearray) -> list[tuple[Span, tuple[int, int]]]:
        """The people of a sanctions or wanted list, written surnames first in capitals: 'PEREZ
        LOPEZ, Juan Carlos (a.k.a. ...); DOB ...' (a line holding one of ``list_entry_cues``,
        lexicons/<language>/names.json). Each is a person and the token range of the entry. When
        the prose also writes the name given names first ('Juan Carlos Perez Lopez leads ...'),
        that mention is the person too, and the entry's span is the capital surnames alone, so it
        joins that name; else the span is the whole entry."""
        text = doc_text(doc)
        out: list[tuple[Span, tuple[int, int]]] = []
        # a substring test first: the regex's look-behind makes it scan every character
        if not any(cue in text for cue in self.list_entry_cues) or not self.list_entry_cue_re.search(text):
            return out
        folded = None
        for m in _LIST_ENTRY_RE.finditer(text):
            line_end = text.find("\n", m.end())
            if not self.list_entry_cue_re.search(text, m.end(), line_end if line_end >= 0 else len(text)):
                continue
            whole = doc.char_span(m.start("sur"), m.end("giv"), alignment_mode="expand")
            surname = doc.char_span(m.start("sur"), m.end("sur"), alignment_mode="expand")
            if whole is None or surname is None or any(blocked[whole.start:whole.end]):
                continue
            if folded is None:
                folded = fold(_LIST_ENTRY_RE.sub(" ", text))
            natural = m.group("giv").split() + m.group("sur").split()
            in_prose = False
            for p in re.finditer(r"(?<!\w)" + r"\s+".join(map(re.escape, natural)) + r"(?!\w)", text, re.IGNORECASE):
                mention = doc.char_span(p.start(), p.end())
                if mention is not None and not p.group().isupper() and not any(blocked[mention.start:mention.end]):
                    out.append((Span(doc, mention.start, mention.end, label="PERSON"), (mention.start, mention.end)))
                    blocked[mention.start:mention.end] = b"\x01" * len(mention)
                    in_prose = True
            prose = fold(" ".join(w.title() for w in m.group("sur").split()))
            name = surname if in_prose or re.search(r"(?<!\w)" + re.escape(prose) + r"(?!\w)", folded) else whole
            out.append((Span(doc, name.start, name.end, label="PERSON"), (whole.start, whole.end)))
            blocked[whole.start:whole.end] = b"\x01" * len(whole)
        return out

    def _alias_only(self, doc: Doc, taken: bytearray, found: list[Span]) -> list[Span]:
        """'the gang's leader, alias "Chucky,"', 'a suspect alias El Gato': a person the text names
        only by a nickname, after a strong alias marker (lexicons/<language>/aliases.json,
        ``strong_markers``) that follows no name of a person (that is the nickname's owner)."""
        markers = STRONG_MARKER_RE
        person_ends = {s.end for s in found if s.label_ == "PERSON"}
        out = []
        n = len(doc)
        texts = token_texts(doc)[0]
        for m in markers.finditer(doc_text(doc)):
            marker = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if marker is None or marker.end >= n:
                continue
            before = marker.start - (marker.start > 0 and texts[marker.start - 1] in (",", "("))
            if before in person_ends or before == 0 or texts[before - 1][:1].isupper():
                continue  # 'Juan Pérez, alias ...': the owner is named; 'San Pedro Sula, alias': unclear
            k = marker.end
            quoted = texts[k] in _OPEN_QUOTES
            k += quoted
            j = k
            while j < n and j - k < 4 and (texts[j][:1].isupper() and doc[j].is_alpha or j > k and texts[j] in _NAME_PARTICLES):
                j += 1
            while j > k and texts[j - 1] in _NAME_PARTICLES:
                j -= 1
            if j == k or any(taken[k:j]) or (quoted and (j >= n or texts[j] not in _CLOSE_QUOTES and texts[j] != ",")):
                continue
            out.append(Span(doc, k, j, label="PERSON"))
            taken[k:j] = b"\x01" * (j - k)
        return out

    def _capitals_names(self, doc: Doc, texts: list[str], blocked: bytearray) -> list[Span]:
        """Names in capitals in mixed-case text: the speaker labels of a transcript ('MS CHUNG:',
        'SECRETARY BLINKEN:') and the signer of a proclamation ('I, DONALD J. TRUMP, President
        of ...'). The span keeps the title, so 'MS CHUNG' is a variant of the speaker's name."""
        # each token is asked about several times: decided once per token
        caps = [(t.isupper() and t.isalpha() and len(t) > 1) or (len(t) == 2 and _INITIAL_RE.fullmatch(t) is not None)
                for t in texts].__getitem__  # (an initial has two characters: the pattern only runs there)

        out = []
        n = len(doc)
        i = 0
        while i < n:
            if not caps(i) or blocked[i] or (i > 0 and caps(i - 1)):
                i += 1
                continue
            j = i
            while j < n and caps(j) and not blocked[j] and j - i < 5:
                j += 1
            if j < n and caps(j):  # a headline in capitals, or a longer run
                i = j + 1
                continue
            words = [texts[k].title() for k in range(i, j)]
            k = 0
            while k < len(words) - 1 and (words[k].lower() in self.title_ends or fold(words[k]) in self.title_words):
                k += 1
            name = words[k:]
            line_start = i == 0 or "\n" in texts[i - 1] or doc[i - 1].is_space
            label = line_start and j < n and texts[j] == ":" and (
                k > 0 or 0 < len(name) <= 3 and name[-1] in self.surnames)  # 'MARTINEZ:' in a transcript
            signed = len(name) >= 2 and name[0] in self.first_names and j + 1 < n and self._role_after(doc, j)
            if name and (label or signed) and not any(w in self.not_names for w in name) \
                    and not demonym_country(name[-1]) and not _INITIAL_RE.fullmatch(texts[j - 1]):
                out.append(Span(doc, i, j, label="PERSON"))
            i = j
        return out

    def _classify(self, doc: Doc, start: int, end: int) -> list[Span]:
        texts, lower = token_texts(doc)[0], token_lowers(doc)  # columns, not Token objects
        if self._strip_title(doc, start, end)[1] and not (
                lower[start] in _NAMED_OPENERS and end - start > 1 and texts[start + 1] not in self.first_names):
            # ('Coordinadora Guerrillera del Pacífico' opens a body's name; 'Coordinadora Ana Ruiz' is a title)
            # 'Secretary of State Blinken and President Petro': two roles, two people
            # 'President Nicolás Maduro and Luiz Inácio Lula da Silva': a name, then another
            for k in range(start + 2, end - 1):
                if texts[k] in ("and", "y", "e", "&"):
                    right = k + 1 + (lower[k + 1] == "the")  # '... and the Special Rapporteur for ...'
                    if right < end and self._strip_title(doc, right, end)[1]:
                        return self._classify(doc, start, k) + self._classify(doc, right, end)
                    left = self._role_name(doc, start, k)
                    if left is not None:
                        return [left] + self._classify(doc, k + 1, end)
            person = self._role_name(doc, start, end, role_run=True)  # 'Attorney General John Doe'
            if person is not None:
                return [person]
            office = self._office(doc, start, end)
            if office is not None:
                return [office]
        for k in range(start + 1, end):
            if lower[k] in _PERSON_AFTER:
                if any(lower[x] in _ORG_HEADS and texts[x][:1].isupper() for x in range(k + 1, end)):
                    break  # 'the Tax Administration Superintendency': the noun opens a body's name
                people = self._administration(doc, start, k + 1)
                if people:  # 'the Kirchner Administration and the Macri government'
                    rest = k + 1
                    while rest < end and texts[rest] in _ORG_CONNECTORS:
                        rest += 1
                    return people + (self._classify(doc, rest, end) if rest < end else [])
                break
        if texts[start] in _SPANISH_ARTICLES and end - start == 2 and start > 0 \
                and (lower[start - 1] in self._PREPOSITIONS or texts[start - 1] in context_words()[0]
                     or lower[start - 1] in ("and", "or", ",") and start - 1 in self._place_ends):
            # 'the mountains in Los Nevados', 'the neighbourhoods of Agua Fría and Los Olivos'
            return [Span(doc, start, end, label="PLACE")]
        if end - start >= 3 and texts[start + 1] == "in" and self._unknown_place(doc, start + 2, end):
            # 'Police in Llochegua seized ...': a body's noun and the place it works in, no name
            return self._classify(doc, start, start + 1) + self._classify(doc, start + 2, end)
        is_org, kind = self._org_kind(doc, start, end)
        if not is_org:
            for k in (2, 3):  # 'Members of the Coordinadora Guerrillera del Pacífico': the body after the cue
                rest = start + k + (end - start > k + 1 and lower[start + k] == "the")
                if end - start > k and tuple(lower[start:start + k]) in self.group_before and rest < end \
                        and lower[rest] in _ORG_OPENERS and self._org_kind(doc, rest, end)[0]:
                    return self._classify(doc, rest, end)
        if is_org:
            for k in (2, 3):  # 'Members of Congress': the group, not its members
                if end - start > k and tuple(lower[start:start + k]) in self.group_before:
                    # 'Leaders of the Popular Party': the party, without the heading's article
                    return self._classify(doc, start + k + (end - start > k + 1 and lower[start + k] == "the"), end)
            if start > 0 and lower[start - 1] in ("a", "an"):
                return []  # 'designated as a Foreign Terrorist Organization': a category, not a name
            titled_in = self._strip_title(doc, start, end)[1]
            titled_before = not titled_in and self._title_before(doc, start)
            if titled_in or titled_before:
                # 'Judge Ana B. Ruiz of the Lima Criminal Court': a titled person, then her court;
                # so with the title before the run ('prosecutor Ana Ruiz of the Anti-Corruption
                # Office'), when no word before 'of' is one of a body's name
                k = next((x for x in range(start + 1 + titled_in, end - 1) if texts[x] == "of"), None)
                if k is not None and titled_before and any(
                        lower[x] in _ORG_HEADS or texts[x] in _ORG_MODIFIERS for x in range(start, k)):
                    k = None
                if k is not None:
                    right = k + 1 + (texts[k + 1] == "the")
                    person = self._role_name(doc, start, k) if titled_in else \
                        self._person(doc, start, k) if self._person_evidence(doc, start, k, True) else None
                    if person is not None and right < end and self._org_kind(doc, right, end)[0]:
                        return [person] + self._classify(doc, right, end)
            if self._category(doc, start, end):
                return []  # 'Transnational Criminal Organizations', 'Foreign Terrorist Organization'
            # 'the Ministry of Mines and the Northern Coast Front': two names joined by 'and'
            for k in range(start + 1, end - 1):
                if texts[k] == "and":
                    right = k + 1 + (texts[k + 1] == "the")
                    left_org, _ = self._org_kind(doc, start, k)
                    right_org, _ = self._org_kind(doc, right, end) if right < end else (False, None)
                    heads_left = any(lower[x] in _ORG_HEADS or lower[x] in _ORG_OPENERS for x in range(start, k))
                    heads_right = any(lower[x] in _ORG_HEADS or lower[x] in _ORG_OPENERS
                                      for x in range(right, end))
                    if left_org and right_org and heads_left and heads_right and texts[right - 1] == "the":
                        return self._classify(doc, start, k) + self._classify(doc, right, end)
                    # 'the Counter Cartel Coalition and Shield of the Americas': a name ends in
                    # its head word, and what follows 'and' holds none: a second name
                    if k - start >= 2 and lower[k - 1] in _ORG_HEADS and not heads_right \
                            and texts[k - 1][:1].isupper():
                        left = Span(doc, start, k, label="ORG")
                        left._.kind = _ORG_HEADS[lower[k - 1]]
                        return [left] + (self._classify(doc, right, end) if right < end else [])
            # 'our Bureau of Population, Refugees, and Migration Acting Deputy Assistant Secretary
            # Marta Youth': the organisation, then a role and its holder
            for k in range(start + 2, end - 1):
                if fold(texts[k]) in self.title_words and self._strip_title(doc, k, end)[1]:
                    person = self._role_name(doc, k, end, role_run=True)
                    if person is not None:
                        return self._classify(doc, start, k) + [person]
                    break
            if end - start == 1 and lower[start] in _ORG_HEADS:
                if lower[start] in _LONE_BODIES and not doc[start].is_sent_start:
                    span = Span(doc, start, end, label="ORG")  # 'the Chamber of Deputies and the Senate'
                    span._.kind = kind
                    return [span]
                return []  # a bare 'Army', 'Police': too generic on its own
            # a leading 'The' is not part of the name; gazetteer-less orgs need 2+ words
            span = Span(doc, start, end, label="ORG")
            span._.kind = kind
            return [span]
        opener = self._place_list_opener(texts, start)
        if opener is not None and opener in place_words().kind_nouns:  # 'the parish of X', 'the hamlet of X'
            kind = _KIND_OF_NOUN[opener]
            places, a = [], start
            for k in range(start, end + 1):  # 'the communities of Tawes Pen and Lauriston': two places
                if k == end or texts[k] in ("and", "or", "y") or texts[k] in _PLACE_STOPS:
                    if a < k and texts[a][:1].isupper():
                        span = Span(doc, a, k, label="PLACE")
                        span._.kind = kind
                        places.append(span)
                    if k < end and texts[k] in _PLACE_STOPS:
                        # 'the river port of Bethel on the Usumacinta': the town ends; what follows
                        # is read as a run of its own
                        rest = k + 1
                        while rest < end and texts[rest] in ("the", "of"):
                            rest += 1
                        return places + (self._classify(doc, rest, end) if rest < end else [])
                    a = k + 1
            return places
        if self._citation_media(doc, start, end):
            span = Span(doc, start, end, label="ORG")
            span._.kind = "media"
            return [span]
        # Not an organisation: English connectors split the run into separate candidates.
        pieces, s = [], start
        for k in range(start, end):
            if (texts[k] in _ORG_CONNECTORS and texts[k] not in _NAME_PARTICLES) or texts[k] in ("y", "e"):
                if k > s:
                    pieces.append((s, k))
                s = k + 1
        if s < end:
            pieces.append((s, end))
        out = []
        for a, b in pieces:
            while a < b and not self._classes(texts[a])[0] and lower[a] not in self.title_ends:
                a += 1  # 'General', 'Security' ... are not names
            while b > a and not self._classes(texts[b - 1])[0] and texts[b - 1] not in _NAME_PARTICLES:
                b -= 1
            while b > a and texts[b - 1] in _NAME_PARTICLES:
                b -= 1
            while a < b and texts[a] in _NAME_PARTICLES:
                a += 1
            if b <= a:
                continue
            a, titled = self._strip_title(doc, a, b)
            while a < b and not self._classes(texts[a])[0]:
                a += 1
            if titled and (texts[a - 1] in _NAME_PARTICLES or lower[a - 1] in _ORG_CONNECTORS):
                # a title whose office goes on to its own 'of' names no holder there: in
                # 'Comisionado Nacional de los Derechos Humanos', 'Derechos Humanos' is no person
                titled = False
            if b <= a:
                continue
            if not titled and self._unknown_place(doc, a, b):
                b = self._place_name_goes_on(doc, b)
                span = Span(doc, a, b, label="PLACE")
                span._.kind = "city or town"
                self._guessed_places.add(a)
                self._place_starts_by_end[b] = a  # 'in Zwijndrecht and Beveren': the next one in the list
                out.append(span)
                continue
            if b - a == 1:
                if (titled or self._title_before(doc, a)) and self._single_name(doc, a) \
                        or texts[a] in self.first_names and self._nickname_follows(doc, b):
                    out.append(self._person(doc, a, b))  # 'Ismael "El Mayo" Zambada': the given name
                continue
            if any(self._office_word(t) or (self._common(t) and t.text not in self.first_names)
                   or self._noun_shape(t) for t in doc[a:b - 1]):
                # 'Enforcement Affairs Heide Fulton': the end of a role, then the name
                person = self._role_name(doc, a, b)
                if person is not None:
                    out.append(person)
                continue
            while b - a > 2 and self._common(doc[b - 1]) and texts[b - 1] not in self.surnames:
                b -= 1  # 'Congressperson Boris España Cáceres Due to ...' in a title-case headline
            if self._person_evidence(doc, a, b, titled):
                out.append(self._person(doc, a, b))
        unread = [(a, b) for a, b in pieces if not any(sp.start < b and a < sp.end for sp in out)]
        if unread and len(pieces) > 1:  # 'Otis McKie and Jamal O'Garro': one run, two people
            out = sorted(out + self._coordinated_people(doc, unread, out), key=lambda sp: sp.start)
        return self._join_y(doc, out)

    def _place_countries(self, doc: Doc, ents: list[Span], new: list[Span]) -> list[Span]:
        """A place found here takes the country the text gives it: that of a known place right
        after it ('Sapzurro, Chocó', 'Kaukira in Gracias a Dios') or of the place before it in a
        list ('toward Capurganá and Sapzurro'), else the country most of the document's places
        are in, as a statistical model's village does (crimecli/pipeline/ents.py), else the one
        country the document names ('Haiti: ... in L'Estère') or, naming none, the one its places
        are in; with none of these a place read
        from its context ('near Wampusirpi') is still a place, of no country."""
        main: list[str | None] = []  # the document's main country, counted once if needed
        before = {e.end: e for e in ents if e.label_ == "PLACE" and e._.kind != "country"}
        openers = frozenset(lexicon("layering.json")["place_apposition"])
        found = sorted((s for s in new if s.label_ == "PLACE"), key=lambda s: s.start)
        own = {span.start: apposition_country(doc, span, ents, openers) for span in found}
        following: dict[int, str | None] = {}  # the next place of a list, built when needed
        for span in found:
            country = own[span.start]
            sep = span.start - 1
            if sep > 0 and doc[sep].lower_ in ("and", "or") and doc[sep - 1].text == ",":
                sep -= 1
            if country is None and sep > 0 and doc[sep].lower_ in ("and", "or", ",") and sep in before:
                country = before[sep]._.country
            nxt = span.end + (span.end + 1 < len(doc) and doc[span.end].text == ","
                              and doc[span.end + 1].lower_ in ("and", "or"))
            if country is None and nxt < len(doc) and doc[nxt].lower_ in ("and", "or", ","):
                if not following:  # 'in Zwijndrecht and Beveren, near Antwerp'
                    following.update((e.start, e._.country) for e in ents
                                     if e.label_ == "PLACE" and e._.kind != "country")
                    following.update((start, c) for start, c in own.items() if c is not None)
                country = following.get(nxt + 1)
            if country is None and span._.kind != "country":
                if not main:
                    main += self._document_countries(ents)
                country = main[0] or self._paragraph_country(doc, ents, span.start) or main[1]
            if country:
                span._.country = country
            if span._.kind != "country":
                before[span.end] = span
        # a town or a facility found by its shape, of no country its name or apposition gives
        # ('Port Kaituma', 'the village of Sacpuy'): the country of the document's context
        # (not a river's, a valley's or a region's: such places often span borders)
        for e in ents:
            if e.label_ == "PLACE" and e._.country is None and e._.kind in _TOWN_KINDS:
                if not main:
                    main += self._document_countries(ents)
                country = main[0] or self._paragraph_country(doc, ents, e.start) or main[1]
                if country:
                    e._.country = country
        return new

    @staticmethod
    def _document_countries(ents: list[Span]) -> list[str | None]:
        """The document's main country (:func:`places_main_country`), and the one country it
        names or, naming none, the one country its places are in."""
        named = {canonical_country(e.text) for e in ents if e.label_ == "PLACE" and e._.kind == "country"}
        located = {e._.country for e in ents if e.label_ == "PLACE"} - {None}
        return [places_main_country(ents), (named.pop() if len(named) == 1 else None)
                or (located.pop() if not named and len(located) == 1 else None)]

    @staticmethod
    def _paragraph_country(doc: Doc, ents: list[Span], start: int) -> str | None:
        """The country most places of the paragraph around ``start`` are in ('Port-au-Prince,
        Haiti ... the massacre in Pont-Sondé'), or on a tie the nearest one's before it; the
        United States left aside: the author of a release or the seat of a court, seldom where
        a village no list holds lies."""
        votes: Counter[str] = Counter()
        nearest: tuple[int, str] | None = None
        text = doc_text(doc)
        at = doc[start].idx if start < len(doc) else len(text)
        for e in ents:
            if e.label_ != "PLACE" or "\n" in (text[e.end_char:at] if e.end_char <= at else text[at:e.start_char]):
                continue  # (a place in another paragraph; read on the text, not on a Span's)
            country = canonical_country(e.text) if e._.kind == "country" else e._.country
            if country and country != "United States":
                votes[country] += 1
                if e.end <= start and (nearest is None or e.end > nearest[0]):
                    nearest = (e.end, country)
        top = votes.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        return nearest[1] if nearest else None

    def _place_list_opener(self, texts: list[str], start: int) -> str | None:
        """The lower-case word that says a place follows, before the name at ``start`` or before
        the list of places the name closes: 'the parish of X' -> 'parish', 'the cantons of San
        Lorenzo and X' -> 'cantons', 'near Tela, Omoa and X' -> 'near'."""
        k = start
        kinds_before, motion = context_words()
        for _ in range(6):
            if k >= 2 and texts[k - 1] == "of" and texts[k - 2].islower():
                return texts[k - 2]
            if k >= 2 and texts[k - 1] == "of" and texts[k - 2].istitle() \
                    and (k == 2 or not texts[k - 3][:1].isalnum()):
                return texts[k - 2].lower()  # 'Residents of Pont-Sondé said': a sentence opens on it
            if k >= 1 and texts[k - 1].islower() and (texts[k - 1],) in place_words().strong_before:
                return texts[k - 1]
            if k >= 1 and texts[k - 1] in kinds_before:
                return texts[k - 1]  # 'the vereda La Esperanza', 'the favela Jacarezinho'
            if k >= 1 and texts[k - 1].istitle() and (texts[k - 1].lower(),) in place_words().strong_before \
                    and (k == 1 or not texts[k - 2][:1].isalnum()):
                return texts[k - 1].lower()  # 'In Petrolea, no one speaks': a sentence opens on it
            if k >= 2 and (texts[k - 1],) in place_words().weak_before:
                if texts[k - 2].lower() in motion:
                    return f"{texts[k - 2].lower()} {texts[k - 1]}"  # 'fled to X', 'a landing at X'
                if texts[k - 1] == "to" and k - 1 in self._place_starts_by_end:
                    at = self._place_starts_by_end[k - 1]
                    if at and texts[at - 1].lower() == "from":
                        return "from to"  # 'from Bajo Chiquito to Lajas Blancas'
            sep = k - 1
            if sep >= 1 and texts[sep] in ("and", "or") and texts[sep - 1] == ",":
                sep -= 1  # 'A, B, and X'
            if sep < 1 or texts[sep] not in ("and", "or", ",") or sep not in self._place_starts_by_end:
                return None
            k = self._place_starts_by_end[sep]
        return None

    def _place_name_goes_on(self, doc: Doc, end: int) -> int:
        """The end of a town's name that goes on over a particle with an article and a place
        found on its own ('Benque Viejo del Carmen', 'Pueblo Nuevo de las Flores': not the
        town Carmen nor the department Flores)."""
        k = end + 1
        if end >= len(doc):
            return end
        if _UNIT_NUMBER_RE.fullmatch(doc[end].text) and doc[end - 1].whitespace_ \
                and (k == len(doc) or doc[k].is_punct or doc[k].lower_ in _ORG_CONNECTORS):
            # 'in Sector 11 of ...', 'held in Renovación 1.': a numbered place is named with its number
            return k
        if k < len(doc) and doc[end].lower_ == "de" and doc[k].lower_ in ("la", "las", "los", "l'", "l’"):
            k += 1  # ('Petite-Rivière de l'Artibonite': the tokenizer splits the elided article off)
        elif doc[end].lower_ not in ("del", "do", "da", "dos", "das", "du", "des"):
            return end
        return self._town_ends_by_start.get(k, end)

    def _unknown_place(self, doc: Doc, start: int, end: int) -> bool:
        """A name no list holds right after a word that puts a place after it ('near
        Wampusirpi', 'fled into Kuri Tara', 'In Petrolea, ...', 'residents of Pont-Sondé', 'the
        vereda La Esperanza', 'flew to Roatán', 'from Bajo Chiquito to Lajas Blancas';
        lexicons/<language>/places.json, ``strong``, ``motion``, ``kind_nouns_before``) or a
        weak one before a list that ends on a known place ('from Desdunes and Verrettes'): a place
        when none of its words can be a person's name, a common word, a demonym, a language or an
        acronym, and it is no possessive ('in Quispe's home'). An article ('La Gabarra') and a
        surname joined by a hyphen to a word no one bears ('Petite-Rivière') do not count as
        names; a capitalised elided article is no acronym ('L'Estère'). Words after a Spanish or
        Portuguese particle go on the town's name whatever else they name ('in Benque Viejo del
        Carmen', 'near Nova Vida dos Santos')."""
        texts = token_texts(doc)[0]
        opener = self._place_list_opener(texts, start)
        strong = place_words().strong_before
        if opener is None or not ((opener,) in strong or (opener, "of") in strong or " " in opener):
            # (' ': 'fled to', 'from ... to', read by _place_list_opener); a weak word and a list
            # that goes on to a known place: 'survivors from Desdunes and Verrettes'
            if not (start and (texts[start - 1],) in place_words().weak_before and end + 1 < len(doc)
                    and texts[end] in ("and", "or") and end + 1 in self._town_ends_by_start):
                return False
        link = next((k for k in range(start + 1, end - 1) if doc[k].text in _PLACE_LINKS), end)
        hyphens = sum(self._place_hyphen(doc, k, start, link) for k in range(start, link))
        if link - start - hyphens > 3 or end - link > 3:
            return False
        if end < len(doc) and (doc[end].text in ("'s", "’s", "'", "’", "-") or doc[end].text[:1].isupper()):
            return False
        if link < end and not all(t.text in _NAME_PARTICLES or t.text[:1].isupper() and t.is_alpha
                                  and t.text not in self.not_names for t in doc[link:end]):
            return False
        words = [t for t in doc[start:link] if not self._place_hyphen(doc, t.i, start, link)]
        if len(words) > 1 and words[0].text in _PLACE_ARTICLES:
            words = words[1:]  # 'in La Gabarra': the article is no one's name
        # a surname joined by a hyphen to a word no one bears names a place ('Petite-Rivière',
        # 'Pont-Sondé'); two names joined are a person's ('Sherwood-Randall')
        surnames = self.surnames if not hyphens or all(
            t.text in self.surnames or t.text in self.first_names for t in words) else frozenset()
        return bool(words) and not any(
            t.text in self.first_names or t.text in surnames or t.text in self.not_names or t.text in language_names()
            or self._common(t) or self._noun_shape(t) or self._role_word(t) or demonym_country(t.text)
            or (any(c.isupper() for c in t.text[1:]) or not t.is_alpha)  # 'UNODC', 'WhatsApp'
            and not _ELIDED_RE.fullmatch(t.text)  # but 'L'Estère'
            or t.text.endswith("s") and (t.text[:-1] in self.not_names or demonym_country(t.text[:-1]))
            for t in words)  # 'Africans', 'Hondurans'

    @staticmethod
    def _place_hyphen(doc: Doc, i: int, start: int, end: int) -> bool:
        """A hyphen inside a place's name, between two capitalised words with no space
        ('Petite-Rivière', 'Pont-Sondé')."""
        return doc[i].text == "-" and start < i < end - 1 and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_ and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()


    def _administration(self, doc: Doc, start: int, end: int) -> list[Span]:
        """'the Biden Administration', 'the Maduro Regime', 'the Biden-Harris Administration':
        a surname before one of these words names a person (or two), and the phrase is no
        organisation of its own."""
        if end - start < 2 or doc[end - 1].lower_ not in _PERSON_AFTER or end - start > 4:
            return []
        names = [t for t in doc[start:end - 1] if t.text != "-"]
        if any(not self._usable(t) or self._role_word(t) or self._common(t) or demonym_country(t.text)
               for t in names):
            return []
        if any(doc[k].text == "-" and (doc[k - 1].whitespace_ or doc[k].whitespace_) for k in range(start, end - 1)):
            return []
        return [Span(doc, t.i, t.i + 1, label="PERSON") for t in names]

    def _join_y(self, doc: Doc, people: list[Span]) -> list[Span]:
        """'Manuel Trujillo y Torres', 'José Dirceu de Oliveira e Silva': a Spanish 'y' or a
        Portuguese 'e' between the two surnames of a name."""
        out: list[Span] = []
        n = len(doc)
        for span in people:
            end = span.end
            if end + 1 < n and doc[end].text in ("y", "e") and doc[end + 1].text in self.surnames \
                    and len(span) >= 2 and (end + 2 >= n or not self._usable(doc[end + 2])):
                span = self._person(doc, span.start, end + 2)
            out.append(span)
        return out

    def _single_name(self, doc: Doc, i: int) -> bool:
        """Can token ``i`` alone, after a title, be a person's name? Not a demonym, an initial, a
        word of a role ('Deputy Assistant'), nor the first part of a compound ('Major Non-NATO')."""
        tok = doc[i]
        if demonym_country(tok.text) or _INITIAL_RE.fullmatch(tok.text) or self._office_word(tok):
            return False
        if self._common(tok) and tok.text not in self.surnames:
            return False  # 'Bolivian Drug Trafficker Sentenced to ...' where 'sentenced' also occurs
        return not (i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_)

    def _person(self, doc: Doc, start: int, end: int) -> Span:
        # 'Ambassador Ana Ruiz Welcomes Border Talks' in a title-case headline: the name ends
        # before the headline's verb
        end = next((k for k in range(start + 2, end) if self._headline_verb(doc, k)), end)
        return Span(doc, start, self._suffix_end(doc, end), label="PERSON")

    def _headline_verb(self, doc: Doc, i: int) -> bool:
        """A capitalised word of a title-case line that the document also writes in lower case in
        another inflection ('Welcomes' where 'welcomed' occurs): a headline's verb, not a name."""
        text = doc[i].text
        if text in self.surnames or text in self.first_names or not self._title_case_line(doc, i):
            return False
        bases = doc.user_data.get(_LOWER_BASES_KEY)
        if bases is None:
            bases = doc.user_data[_LOWER_BASES_KEY] = {b for w in self._doc_lower for b in _bases(w)}
        return any(b in bases for b in _bases(text.lower()))

    def _merge_place_orgs(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Cartel de Santa Rosa', 'Jalisco Cartel', 'Tumaco Police': a place inside an org name."""
        texts, lower = token_texts(doc)[0], token_lowers(doc)  # columns, not Token objects
        ents = list(ents)
        n = len(doc)
        idx = -1
        while idx + 1 < len(ents):  # ``ents`` may shrink as we go: index the current list
            idx += 1
            ent = ents[idx]
            if ent.label_ != "PLACE":
                continue
            start, end = ent.start, ent.end
            # 'Cartel de[l] PLACE'
            k = start - 1
            while k >= 0 and texts[k] in ("de", "del", "los", "la", "da", "do", "das", "dos"):
                k -= 1
            if k < start - 1 and k >= 0 and lower[k] in _ORG_OPENERS and texts[k][:1].isupper():
                start = k
            elif k < start - 1 and k >= 1 and texts[k - 1] in _SPANISH_ARTICLES and doc[k].is_alpha \
                    and texts[k][:1].isupper() and lower[k].endswith("s") \
                    and texts[k] not in self.not_names and lower[start - 1] in ("de", "del") \
                    and ent._.kind != "country" and not any(e.start <= k < e.end for e in ents):
                start = k - 1  # 'Los Malditos de Villa Nueva', 'Los Pulpos de Trujillo': a gang and its home
            # 'PLACE Cartel'
            elif end < n and texts[end][:1].isupper() and lower[end] in ("cartel", "clan", "front", "gang"):
                end += 1
            # 'Colorado Party', 'Tumaco Police', 'Callao Port Authority', 'Cali Municipal Transit
            # Police': a place that is not a country before capitalised words ending in an org head
            elif ent._.kind != "country" and self._place_prefix(doc, ent) \
                    and (head := self._head_after_place(doc, ents, idx)) is not None:
                span = Span(doc, start, head + 1, label="ORG")
                span._.kind = next(_ORG_HEADS[lower[k]] for k in range(head, end - 1, -1)
                                   if lower[k] in _ORG_HEADS)
                ents[idx] = span
                continue
            # 'the Cusco Superior Court of Justice', 'the Manaus Civil Police': a place that is not a
            # country before a listed generic body is that place's body (a listed group's name is
            # its own: 'the Sinaloa Gulf Clan' is no one name)
            elif idx + 1 < len(ents) and ents[idx + 1].start == end \
                    and ents[idx + 1].label_ == "ORG" and ents[idx + 1]._.kind in _STATE_KINDS \
                    and texts[end] != "Federal" and self._place_prefix(doc, ent) \
                    and (ent._.kind != "country" or lower[end] in _NATIONAL_BODIES):
                # a country too, before a body every country has ('the El Salvador National Civil Police')
                body = ents[idx + 1]
                span = Span(doc, start, body.end, label="ORG")
                span._.kind, span._.country = body._.kind, ent._.country
                ents[idx:idx + 2] = [span]
                continue
            # 'National Autonomous University of Honduras', 'Policía Nacional del Ecuador'
            elif start >= 2 and (lower[start - 1] in ("of", "de", "del", "da", "do")
                                 or lower[start - 1] in ("on", "for") and lower[start - 2] in _ORG_HEADS
                                 and not (end < n and texts[end] in ("'s", "’s"))) \
                    and texts[start - 2][:1].isupper():
                merged = self._org_before_place(doc, ents, idx)
                if merged is not None:
                    # the organisation before the place may have been folded in: the next
                    # entity is the one after the merged span
                    idx -= len(ents) - len(merged)
                    ents = merged
                continue
            else:
                continue
            span = Span(doc, start, end, label="ORG")
            span._.kind = _ORG_OPENERS.get(lower[start], "criminal group")  # 'Jalisco Cartel'
            ents[idx] = span
        return ents

    def _head_after_place(self, doc: Doc, ents: list[Span], idx: int) -> int | None:
        """The last organisation head among at most four capitalised words right after the place
        ``ents[idx]`` that no other entity holds ('Port Authority', 'Municipal Guard', 'Governor's
        Office'), or None."""
        n = len(doc)
        limit = ents[idx + 1].start if idx + 1 < len(ents) else n
        head = None
        j = ents[idx].end
        words = 0
        while j < min(limit, n) and words < 4:
            tok = doc[j]
            if tok.text in ("'s", "’s") and j > ents[idx].end and tok.lower_ not in _ORG_HEADS:
                j += 1  # 'Governor's Office', 'Attorney's Office'
                continue
            if not (tok.is_alpha and tok.text[:1].isupper()) or tok.is_sent_start or not doc[j - 1].whitespace_:
                break  # '... Hemisphere AffairsBureau of ...': glued text is two lines run together
            if tok.lower_ in _ORG_HEADS and tok.lower_ not in ("red", "news", "radio"):
                head = j
            words += 1
            j += 1
        if head is not None and head + 2 < limit and doc[head + 1].lower_ in ("of", "for") \
                and doc[head + 2].is_alpha and doc[head + 2].text[:1].isupper():
            # 'the Tegucigalpa Chamber of Commerce', 'the Cusco Court of Appeals'
            j = head + 2
            while j < limit and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j - 1].whitespace_:
                j += 1
            head = j - 1
        return head

    def _org_before_place(self, doc: Doc, ents: list, idx: int) -> list | None:
        """An institution named '... of PLACE': the capitalised run before 'of'/'de' holds an
        organisation head ('University', 'Policía'), or is an organisation the gazetteer gave
        a generic name ('Policía Nacional'), so the whole is one organisation."""
        place = ents[idx]
        k = place.start - 2  # the word before 'of'
        prev = ents[idx - 1] if idx > 0 else None
        if prev is not None and prev.end == k + 1 and prev.label_ == "ORG":
            if prev.id_ and (prev._.kind in ("criminal group", "armed group") or doc[k + 1].lower_ in ("on", "for")):
                # ... and a listed body's name is whole: 'the Security Council on Haiti' is its agenda
                return None  # 'the Gulf Clan of Colombia': a listed group's name is whole; the place is its home
            start = prev.start
            head = any(t.lower_ in _ORG_HEADS for t in prev)
            if not head:
                return None
            span = Span(doc, start, place.end, label="ORG")
            span._.kind = prev._.kind
            return ents[:idx - 1] + [span] + ents[idx + 1:]
        if prev is not None and prev.end > k - 6:
            floor = prev.end
        else:
            floor = max(0, k - 6)
        start = k + 1
        has_head = False
        while start - 1 >= floor and not doc[start - 1].is_sent_start:
            if doc[start - 1].text == "-" and start - 2 >= floor and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and self._in_run(doc[start - 2]):
                start -= 1  # 'the Independent International Fact-Finding Mission on Venezuela'
                continue
            if doc[start - 1].lower_ == "of" and start - 2 >= floor and not has_head and start <= k \
                    and doc[start - 2].lower_ in _ORG_HEADS and doc[start - 2].text[:1].isupper():
                start -= 2  # 'the Tribunal of Justice of Rio de Janeiro': a head and its field
                has_head = True
                continue
            if not self._in_run(doc[start - 1]) \
                    or self._glued(doc[start - 1].text, doc[start - 1].whitespace_, doc[start].text):
                if doc[start].lower_ in _ORG_HEADS and doc[start - 1].whitespace_ \
                        and self._common_word_of_name(doc, start - 1):
                    start -= 1  # 'the Law Association of Trinidad and Tobago'
                break
            start -= 1
            has_head = has_head or doc[start].lower_ in _ORG_HEADS
        if start - 1 >= floor and doc[start - 1].is_sent_start and self._in_run(doc[start - 1]) \
                and doc[start - 1].text not in ("The", "A", "An", "In", "At"):
            start -= 1
            has_head = has_head or doc[start].lower_ in _ORG_HEADS
        if start > k or not has_head or doc[k].lower_ not in _ORG_HEADS and not has_head:
            return None
        if doc[k + 1].lower_ in ("on", "for") and k - start < 1:
            return None  # 'the Army on Honduras': one head word is no name's whole
        span = Span(doc, start, place.end, label="ORG")
        span._.kind = next((_ORG_HEADS[doc[i].lower_] for i in range(k, start - 1, -1)
                            if doc[i].lower_ in _ORG_HEADS), None)
        return ents[:idx] + [span] + ents[idx + 1:]

    def _opener_of_longer_name(self, doc: Doc, ent: Span) -> bool:
        """A list's one-word institution ('Fiscalía', one country's attorney general) that opens a
        longer name ('Fiscalía General del Estado', another country's), or a listed name with a
        lower-case article after 'de' that ends one: the runs read the whole."""
        if ent.label_ == "ORG" and ent[0].text in ("la", "el", "los", "las", "a", "o") and ent.start \
                and doc[ent.start - 1].lower_ in ("de", "da", "do"):
            return True  # 'Contraloría General de la República' holds no newspaper 'La República'
        if ent.label_ == "ORG" and len(ent) > 1 and self._subunit_after(doc, ent.end):
            return True  # 'U.S. Marshals Service Fugitive Unit'
        if ent.label_ == "ORG" and ent._.kind == "media" and ent.end < len(doc) and doc[ent.end].text[:1].isupper() \
                and _ORG_HEADS.get(doc[ent.end].lower_, "media") not in ("media", "company") \
                and not doc[ent.end].is_sent_start:
            return True  # 'the Atlantic Council', 'the Herald Foundation': an outlet's name opens another body's
        if ent.label_ == "ORG" and ent._.kind == "media" and self._outlet_of_place(doc, ent.end):
            return True  # 'El Diario del Istmo', 'El Heraldo de Chihuahua': a newspaper named for its town
        if ent.label_ != "ORG" or len(ent) != 1 or ent[0].lower_ not in _ORG_OPENERS:
            return False
        k = ent.end
        if k < len(doc) and doc[k].lower_ in _NAME_PARTICLES:
            k += 1
        return k < len(doc) and doc[k].text in _ORG_NAME_WORDS

    def _outlet_of_place(self, doc: Doc, k: int) -> bool:
        """'del Istmo', 'de Chihuahua', 'de la Costa' right after an outlet's listed name: the
        newspaper of a town or region, one longer name (a country after it is where the outlet
        is: 'La Prensa de Honduras' is 'La Prensa')."""
        n = len(doc)
        if k + 1 >= n or doc[k].text not in ("de", "del", "do", "da"):
            return False
        j = k + 1 + (doc[k + 1].lower_ in ("la", "las", "los") and doc[k].text == "de")
        if j >= n or not (doc[j].is_alpha and doc[j].text[:1].isupper()) or doc[j].text in self.not_names:
            return False
        return not any(canonical_country(doc[j:min(n, j + m)].text) for m in (1, 2, 3))

    def _subunit_after(self, doc: Doc, k: int) -> bool:
        """One to three capitalised words after a listed name, the last a sub-unit head ('Fugitive
        Unit', 'Special Operations Division', 'Anti-Kidnapping Task')."""
        words = 0
        for j in range(k, min(k + 6, len(doc))):
            tok = doc[j]
            if tok.text == "-" and j > k and not doc[j - 1].whitespace_ and not tok.whitespace_:
                continue  # 'Counter-Terrorism'
            if not (tok.is_alpha and tok.text[:1].isupper()) or tok.text in self.not_names:
                return False
            words += 1
            if tok.lower_ in _SUBUNIT_HEADS:
                return j > k and (words > 1 or tok.lower_ != "task")
            if words == 3:
                return False
        return False

    def _join_org_parts(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """An organisation found here whose name goes on through entities next to it: a place or
        an acronym before it ('U.S. Attorney’s Office', 'Coahuila Regional Identification Center',
        'HSI-FGR Transnational Criminal Investigative Unit', 'UN Stabilization Mission'), a place
        after 'of', 'for' or 'de' ('... for the Southern District of Texas', 'Bureau of Western
        Hemisphere Affairs'), and the capitalised words of the name after that place."""
        out: list[Span] = []
        n = len(doc)
        i = 0
        while i < len(spans):
            span = spans[i]
            i += 1
            if span.label_ == "ORG" and span.id_ and span._.kind == "media" and span.start >= 2:
                # a title that is also the field of a body: 'the Ministry of Foreign Affairs', 'the
                # Committee on Foreign Affairs' (not the magazine Foreign Affairs)
                k = span.start - 1 - (doc[span.start - 1].lower_ == "the")
                if k >= 1 and doc[k].lower_ in ("of", "on", "for") and doc[k - 1].lower_ in _ORG_HEADS \
                        and doc[k - 1].text[:1].isupper() and (not out or out[-1].end <= k):
                    if out and out[-1].end == k:
                        if out[-1].label_ != "ORG":
                            out.append(span)
                            continue
                        first = out.pop().start  # 'the House Committee' + 'on Foreign Affairs'
                    else:
                        first = k - 1
                        while first > 0 and doc[first - 1].text in _ORG_MODIFIERS and (not out or out[-1].end < first):
                            first -= 1  # 'the National Ministry of ...'
                    body = Span(doc, first, span.end, label="ORG")
                    body._.kind = _ORG_HEADS[doc[k - 1].lower_] or "government body"
                    span = body  # no listed body: its name may go on ('... of the Kingdom of Norway')
            if span.label_ == "ORG" and span.id_ and i < len(spans):
                # a listed body named for one division of a country: 'the Military Police of the
                # State of Rio de Janeiro' is that state's force, a name of its own
                nxt, k = spans[i], span.end
                if k + 3 < n and doc[k].lower_ == "of":
                    k += 1 + (doc[k + 1].lower_ == "the")
                    if nxt.label_ == "PLACE" and k < nxt.start == _after_division_noun(doc, k):
                        joined = Span(doc, span.start, nxt.end, label="ORG")
                        joined._.kind = span._.kind
                        out.append(joined)
                        i += 1
                        continue
            if span.label_ != "ORG" or span.id_:
                out.append(span)
                continue
            start, end = span.start, span.end
            # a holder's title is no part of the body: 'Executive President of the National
            # Commission for ...' names the commission
            of = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "of"), None)
            if of is not None and doc[of - 1].lower_ not in _ORG_HEADS and fold(doc[of - 1].text) in self.title_words \
                    and all(t.text[:1].isupper() for t in doc[start:of]):
                start = of + 1 + (doc[of + 1].lower_ == "the")
                if start >= end or not doc[start].text[:1].isupper():
                    out.append(span)
                    continue
                if end - start == 1 and doc[start].lower_ in _LONE_BODIES and self._office_of(doc, start):
                    continue  # 'the Secretary of the Treasury' is a title
                kind = span._.kind
                span = Span(doc, start, end, label="ORG")
                span._.kind = kind
            # 'Office of the United Nations High Commissioner for Human Rights': a listed body opens
            # the name of one of its offices, which an office's head before 'of the' opens
            if out and out[-1].end == start and out[-1].label_ == "ORG" and out[-1].id_ \
                    and out[-1]._.kind == "international organization" and start >= 3 \
                    and doc[start - 1].text[:1].isupper() and doc[out[-1].start - 1].lower_ == "the" \
                    and doc[out[-1].start - 2].lower_ == "of" and out[-1].start >= 3 \
                    and doc[out[-1].start - 3].lower_ in _ORG_HEADS and doc[out[-1].start - 3].text[:1].isupper():
                start = out.pop().start - 3
            # before: 'U.S.' / 'Coahuila' / 'UN' / 'HSI-FGR'
            while out:
                prev = out[-1]
                gap = start - prev.end
                joined = gap == 0 or (gap == 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                                      and not doc[start - 2].whitespace_)
                if not joined or not (self._place_prefix(doc, prev) or self._acronym(prev)
                                      # 'the United Nations' + 'Committee against Torture': a listed
                                      # international body opens the name of one of its bodies
                                      or prev.label_ == "ORG" and prev._.kind == "international organization"
                                      and doc[start].lower_ in _ORG_HEADS and doc[start].text[:1].isupper()):
                    break
                start = prev.start
                if prev.label_ == "ORG" and prev._.kind == "international organization":
                    span._.kind = prev._.kind  # the body of an international organisation is one too
                out.pop()
            # after: 'of Texas', 'in Haiti' after a mission, then the name's own words ('Affairs')
            while i < len(spans):
                nxt = spans[i]
                k = end
                if k >= n or nxt.label_ != "PLACE" or doc[end - 1].is_lower:
                    break  # 'the Lorenzana family of Zacapa': the family is from Zacapa
                if doc[k].text == "," and nxt.start == k + 1 and doc[end - 1].lower_ in _ORG_HEADS \
                        and any(t.text in self.seat_nouns and t.nbor(1).lower_ == "of" for t in nxt[:3] if t.i + 1 < n):
                    end = nxt.end  # "U.S. Attorney's Office, Eastern District of Virginia"
                    i += 1
                    continue
                if not (doc[k].lower_ in ("of", "for", "de", "del")
                        or (doc[k].lower_ == "in" and self._posted(span, doc[end - 1]))
                        # Portuguese 'in the': 'Procuradoria da República no Rio Grande do Sul'
                        or (doc[k].text in ("no", "na") and doc[start].lower_ in _ORG_OPENERS)):
                    break
                if doc[k].lower_ in ("of", "for") and doc[start].lower_ in _ORG_OPENERS:
                    break  # 'the Fiscalía General del Estado of Ecuador': English after a Spanish name
                k += 1
                if k < n and doc[k].lower_ == "the":
                    k += 1
                if nxt.start != k:
                    k = _after_division_noun(doc, k)  # '... of the State of Rio de Janeiro'
                if nxt.start != k:
                    break
                end = nxt.end
                i += 1
            # the name's own words after a place inside it: 'Bureau of Western Hemisphere Affairs'
            limit = spans[i].start if i < len(spans) else n
            while end < limit and self._in_run(doc[end]) and not doc[end].is_sent_start \
                    and (doc[end].lower_ in _ORG_HEADS or doc[end].text in _ORG_MODIFIERS) \
                    and not self._title_phrase_at(doc, end):  # 'DEA Houston Field Division Special Agent X'
                end += 1
            if (start, end) != (span.start, span.end):
                kind = span._.kind
                span = Span(doc, start, end, label="ORG")
                span._.kind = kind
            out.append(span)
        return out

    def _posted_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the U.S. Embassy in Tegucigalpa': a body found whole (listed, or a country's) whose
        head makes it a post named for where it stands takes 'in' and that place into its name."""
        out: list[Span] = []
        # one Doc holds no entity inside another: a place the document names only in a post's
        # name stays a place, and so does a country (each mention of a country is a vote for
        # the country a document is about); the post then keeps its shorter name
        places = Counter(s.text for s in spans if s.label_ == "PLACE")
        i = 0
        while i < len(spans):
            span = spans[i]
            i += 1
            nxt = spans[i] if i < len(spans) else None
            if span.label_ == "ORG" and nxt is not None and nxt.label_ == "PLACE" \
                    and nxt.start == span.end + 1 and doc[span.end].lower_ == "in" \
                    and places[nxt.text] > 1 and nxt._.kind != "country" \
                    and self._posted(span, doc[span.end - 1]):
                joined = Span(doc, span.start, nxt.end, label="ORG", span_id=span.id_)
                joined._.kind = span._.kind
                out.append(joined)
                i += 1
                continue
            out.append(span)
        return out

    def _facilities(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Freeport Police Station', 'the Mirebalais University Hospital', 'the Machala
        Social Rehabilitation Centre': a body's name that a facility's noun ends (``facility_heads``
        in lexicons/<language>/orgs.json), or that one follows, names a building, a place, not
        the body; its country is the document's, not that of a homonym inside it (a 'Freeport' in
        Jamaica)."""
        n = len(doc)
        out: list[Span] = []
        for span in spans:
            if span.label_ == "ORG":
                end = None
                for size in (2, 1):  # a facility's noun after the name: 'Police' + 'Station'
                    words = tuple(t.text for t in doc[span.end:min(n, span.end + size)])
                    if len(words) == size and words in _FACILITY_HEADS \
                            and not any(t.is_sent_start for t in doc[span.end:span.end + size]):
                        end = span.end + size
                        break
                if end is None and any(tuple(t.lower_ for t in span[len(span) - size:]) in _FACILITY_ENDS
                                       for size in (1, 2) if len(span) > size):
                    end = span.end  # the noun ends the name: 'Social Rehabilitation Centre'
                if end is not None:
                    place = Span(doc, span.start, end, label="PLACE")
                    place._.kind = "facility"
                    if span.id_ and end == span.end:
                        place._.country = span._.country  # a listed seat: 'Miraflores Palace'
                    span = place  # else of the document's country, as a town found by its shape
            out.append(span)
        return out

    def _named_before_noun(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Prosegur cash-transport company', 'the Fogo Cruzado institute', 'the El Faro
        newspaper': one to three capitalised words between 'the' and a company's, an outlet's or
        an NGO's noun (``company_nouns`` in lexicons/<language>/names.json), with at most two
        lower-case words of its trade between, are its name (the noun is no part of it); not a
        demonym, a month, nor words a person's, a place's or a longer name hold ('the U.S. oil
        company', 'the Bogotá daily')."""
        n = len(doc)
        texts, lower = token_texts(doc)[0], token_lowers(doc)
        owner: dict[int, Span] = {t: sp for sp in spans for t in range(sp.start, sp.end)}
        new: list[Span] = []
        for i in range(2, n):
            if not texts[i].islower() or i in owner:
                continue
            noun = f"{lower[i - 1]} {lower[i]}" if f"{lower[i - 1]} {lower[i]}" in self.company_nouns else lower[i]
            if self.company_nouns.get(noun) not in ("company", "media", "ngo") \
                    or (i + 1 < n and texts[i + 1][:1].isupper() and doc[i].whitespace_):
                continue  # 'the firm Pomona Impact': the name follows the noun (read by the runs)
            end = i - len(noun.split()) + 1
            trade = 0
            while end > 0 and trade < 4 and (texts[end - 1].islower() and doc[end - 1].is_alpha
                                             and not doc[end - 1].is_stop or texts[end - 1] == "-"):
                end -= 1  # 'cash-transport', 'construction'
                trade += texts[end] != "-"
            if trade > 2 or end in owner or end - 1 in owner and owner[end - 1].label_ != "ORG":
                continue
            start = end
            while start > 0 and end - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            if start == end or start == 0 or lower[start - 1] != "the":
                continue
            if any(demonym_country(texts[k]) or texts[k] in self.months or fold(texts[k]) in self.title_words
                   for k in range(start, end)):
                continue
            inside = {id(owner[k]): owner[k] for k in range(start, end) if k in owner}.values()
            if any(sp.label_ != "ORG" or sp.start < start or sp.end > end for sp in inside) \
                    or any(sp.start == start and sp.end == end for sp in inside):
                continue
            named = Span(doc, start, end, label="ORG")
            named._.kind = self.company_nouns[noun]
            new.append(named)
        return _replacing(spans, new)

    def _modified_listed(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the National Navy', 'the National Gendarmerie': capitalised modifiers or tiers a list's
        one-word body ('Navy', 'Gendarmerie') follows after 'the' are its name's first words; the
        longer name is one country's body, no longer the list's generic one (no id)."""
        covered = {t for sp in spans for t in range(sp.start, sp.end)}
        out: list[Span] = []
        for span in spans:
            start = span.start
            if span.label_ == "ORG" and span.id_ and len(span) == 1 and span._.kind in _STATE_KINDS:
                while start > 0 and span.start - start < 2 and start - 1 not in covered \
                        and (doc[start - 1].text in _ORG_MODIFIERS or doc[start - 1].text in _TIERS) \
                        and not doc[start - 1].is_sent_start:
                    start -= 1
                if start < span.start and start > 0 and doc[start - 1].lower_ == "the":
                    grown = Span(doc, start, span.end, label="ORG")
                    grown._.kind, grown._.country = span._.kind, span._.country
                    span = grown
            out.append(span)
        return out

    def _coordinated_groups(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Sinaloa and Gulf cartels', 'the Klansman and One Order gangs': names of one to
        three capitalised words joined by commas and 'and' or 'or', between 'the' and the plural of
        a group's noun (``group_after``), are each a group; one a list holds with that noun
        ('Sinaloa Cartel') is that listed group, so a place's name ('Sinaloa') there is none."""
        n = len(doc)
        texts, lower = token_texts(doc)[0], token_lowers(doc)
        plurals = {words[0] + "s": words[0] for words, (kind, _) in self.group_after.items()
                   if len(words) == 1 and kind in ("criminal group", "armed group")}
        listed = listed_organizations()
        new: list[Span] = []
        for i in range(3, n):
            if lower[i] not in plurals or not texts[i].islower():
                continue
            names: list[tuple[int, int]] = []
            end = i
            while end > 0:
                start = end
                while start > 0 and end - start < 3 and (doc[start - 1].is_alpha or texts[start - 1].isalnum()) \
                        and texts[start - 1][:1].isupper() and not doc[start - 1].is_sent_start:
                    start -= 1
                if start == end:
                    break
                names.append((start, end))
                if start > 0 and texts[start - 1] in (",", "and", "or"):
                    end = start - 1 - (texts[start - 1] in ("and", "or") and start > 1 and texts[start - 2] == ",")
                    continue
                break
            if len(names) < 2 or names[-1][0] == 0 or lower[names[-1][0] - 1] != "the" \
                    or texts[names[0][1]] != texts[i] or names[0][1] != i:
                continue
            if any(demonym_country(texts[k]) or texts[k] in self.months for a, b in names for k in range(a, b)):
                continue
            for a, b in names:
                span = Span(doc, a, b, label="ORG")
                entry = listed.get(fold(f"{doc[a:b].text} {plurals[lower[i]]}"))
                if entry is not None:
                    span = Span(doc, a, b, label="ORG", span_id=entry.id)
                    span._.kind, span._.country = entry.kind, entry.country
                else:
                    span._.kind = self.group_after[(plurals[lower[i]],)][0]
                new.append(span)
        return _replacing(spans, new)

    def _groups_before_noun(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Sixth Street gang', 'the One Don faction', 'the Second Street gang': one to three
        capitalised words between 'the' and a group's noun the name keeps (``group_after``) are a
        gang's name even when none of them is a name on its own (an ordinal, a number word, a
        street, an honorific); not a demonym ('the Haitian gang'), and not over a person or a
        place another rule found ('the Kingston gang' may be a place's gangs)."""
        n = len(doc)
        texts, lower = token_texts(doc)[0], token_lowers(doc)
        owner: dict[int, Span] = {t: sp for sp in spans for t in range(sp.start, sp.end)}
        nouns = {words[0]: kind for words, (kind, keeps) in self.group_after.items()
                 if keeps and len(words) == 1 and words[0] != "family"}
        new: list[Span] = []
        for i in range(2, n):
            if lower[i] not in nouns or not texts[i].islower() or i in owner:
                continue
            start = i
            while start > 0 and i - start < 3 and doc[start - 1].text[:1].isupper() \
                    and (doc[start - 1].is_alpha or _ORDINAL_RE.fullmatch(texts[start - 1])) \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            if start == i or start == 0 or lower[start - 1] != "the":
                continue
            if any(demonym_country(texts[k]) or texts[k] in self.months for k in range(start, i)):
                continue
            inside = {id(owner[k]): owner[k] for k in range(start, i) if k in owner}.values()
            if any(sp.label_ != "ORG" or sp.start < start or sp.end > i for sp in inside):
                continue  # a person's or a place's words, or a longer name
            if any(sp.label_ == "ORG" and sp.end == i and len(sp) == i - start for sp in inside):
                continue  # found whole already ('the Klansman gang' keeps what the runs made)
            group = Span(doc, start, i + 1, label="ORG")
            group._.kind = nouns[lower[i]]
            new.append(group)
        return _replacing(spans, new)

    def _field_goes_on(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Prosecutor's Office against Drug Trafficking and Related Crimes', 'the National
        Service for Comprehensive Attention to Persons Deprived of Liberty': a body named by its
        head and its field ('against', 'for', 'on', 'of' and what follows) whose field goes on
        after 'and' or 'to' in capitalised words no other name holds, with no head of their own,
        is one name, not a name and a stray (a body with a head of its own after 'and' is another)."""
        n = len(doc)
        starts = {sp.start for sp in spans}
        covered = {t for sp in spans for t in range(sp.start, sp.end)}
        out: list[Span] = []
        for span in spans:
            k = span.end
            if span.label_ == "ORG" and not span.id_ and span._.kind in _STATE_KINDS and k + 1 < n \
                    and doc[k].lower_ in ("and", "to") and k + 1 not in covered \
                    and any(t.lower_ in _ORG_HEADS and t.text[:1].isupper() for t in span) \
                    and any(t.lower_ in _FIELD_CONNECTORS for t in span[1:]):
                j = k + 1
                while j < n and j - k <= 6 and j not in covered and not doc[j].is_sent_start and (
                        doc[j].is_alpha and doc[j].text[:1].isupper()
                        or doc[j].lower_ in _FIELD_CONNECTORS and j + 1 < n and doc[j + 1].text[:1].isupper()):
                    j += 1
                words = doc[k + 1:j]
                if len(words) >= 2 and j not in starts and not (j < n and doc[j].text[:1].isupper()) \
                        and not any(t.lower_ in _ORG_HEADS or t.lower_ in _ORG_OPENERS for t in words) \
                        and doc[j - 1].text[:1].isupper() and words[0].text not in self.first_names:
                    whole = Span(doc, span.start, j, label="ORG")
                    whole._.kind, whole._.country = span._.kind, span._.country
                    span = whole
            out.append(span)
        return out

    def _units_of_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Joint Command of the Armed Forces', 'the Anti-Narcotics Directorate of the National
        Police': a state body's unit, named by its own head, then 'of the' and the state body it
        belongs to, is one name no list holds (a listed unit's name read alone may be another
        country's: the longer name says whose it is)."""
        out: list[Span] = []
        i = 0
        while i < len(spans):
            span = spans[i]
            i += 1
            nxt = spans[i] if i < len(spans) else None
            k = span.end
            if nxt is not None and span.label_ == "ORG" and nxt.label_ == "ORG" \
                    and nxt.start == k + 2 and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the" \
                    and span._.kind in _STATE_KINDS and nxt._.kind in _STATE_KINDS \
                    and doc[k - 1].lower_ in _ORG_HEADS and doc[k - 1].text[:1].isupper() \
                    and fold(doc[span.start].text) not in self.title_words:
                unit = Span(doc, span.start, nxt.end, label="ORG")
                unit._.kind, unit._.country = span._.kind, nxt._.country
                out.append(unit)
                i += 1
                continue
            out.append(span)
        return out

    @staticmethod
    def _lone_bodies_listed(doc: Doc, spans: list[Span]) -> list[Span]:
        """'The U.S. Department of the Treasury sanctioned ... The Treasury said': a lone body
        ('the Treasury', 'the Senate') in a text that names one listed body with that word is
        that body (its id, kind and country); with none, or two, it stays a body of its own."""
        listed: dict[str, set[str]] = {}
        by_id: dict[str, Span] = {}
        for s in spans:
            if s.label_ == "ORG" and s.id_ and len(s) > 1:
                by_id.setdefault(s.id_, s)
                for t in s:
                    if t.lower_ in _LONE_BODIES and t.text[:1].isupper():
                        listed.setdefault(t.lower_, set()).add(s.id_)
        out: list[Span] = []
        for s in spans:
            ids = listed.get(s[0].lower_, ()) if s.label_ == "ORG" and len(s) == 1 and not s.id_ else ()
            if len(ids) == 1:
                body = by_id[next(iter(ids))]
                lone = Span(doc, s.start, s.end, label="ORG", span_id=body.id_)
                lone._.kind, lone._.country = body._.kind, body._.country
                s = lone
            out.append(s)
        return out

    @staticmethod
    def _posted(span: Span, head) -> bool:
        """Is a body whose name ends in ``head`` named for the country or city it is posted in
        ('the U.S. Embassy in Paraguay', 'the UN Stabilization Mission in Haiti')? An embassy's,
        a consulate's or a mission's always is; an office only an international organisation's
        ('the U.N. Integrated Office in Haiti'), not one country's ('a Safe Mobility Office in
        Guatemala City' is one office of many)."""
        if head.lower_ in _POSTED_HEADS:
            return True
        return head.lower_ in _POSTED_OFFICE_HEADS and span._.kind == "international organization"

    def _title_phrase_at(self, doc: Doc, k: int) -> bool:
        """Does a title of two words or more ('Special Agent', 'Special Agent in Charge') start at token ``k``?"""
        lower = token_lowers(doc)
        return any(tuple(lower[k:k + size]) in self.title_phrases for size in range(2, self.title_max + 1))

    def _listed_orgs(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'partners include the Argidius Foundation, PriceSmart Foundation, IDC-Alterna, Pomona
        Impact, Ascenda, and Valhalla Capital': a list closed by 'and' holding two organisations
        or more and otherwise only capitalised names nothing recognised is a list of
        organisations (a person or a place among them and it is left alone)."""
        n = len(doc)
        by_start = {s.start: s for s in spans}
        covered = bytearray(n)
        for s in spans:
            covered[s.start:s.end] = b"\x01" * (s.end - s.start)
        added: list[Span] = []
        done = -1
        for span in spans:
            if span.label_ != "ORG" or span.start <= done:
                continue
            orgs, unknown, pos, closed = 1, [], span.end, False
            while pos < n and not closed:
                if doc[pos].text == ",":
                    pos += 1
                    closed = pos < n and doc[pos].lower_ == "and"
                    pos += closed
                elif doc[pos].lower_ == "and":
                    closed = True
                    pos += 1
                else:
                    break
                if pos < n and doc[pos].lower_ == "the":
                    pos += 1
                item = by_start.get(pos)
                if item is not None:
                    if item.label_ != "ORG":
                        orgs = 0
                        break
                    orgs += 1
                    pos = item.end
                    continue
                end = pos
                while end < n and end - pos < 4 and not covered[end] and (
                        (doc[end].is_alpha and (self._classes(doc[end].text)[0] or doc[end].is_upper)
                         and not self._role_word(doc[end]))
                        or (doc[end].text == "-" and end > pos and not doc[end - 1].whitespace_)):
                    end += 1
                if end == pos or doc[end - 1].text == "-":
                    orgs = 0
                    break
                unknown.append((pos, end))
                pos = end
            done = pos
            if closed and orgs >= 2 and unknown:
                for a, b in unknown:
                    added.append(Span(doc, a, b, label="ORG"))
        return sorted(spans + added, key=lambda s: s.start) if added else spans

    _PREPOSITIONS = word_class("places.json", "governing_prepositions")

    def _place_prefix(self, doc: Doc, span: Span) -> bool:
        """A place written as the first word(s) of an organisation's name: not one a preposition
        governs ('in Texas Border Patrol agents ...' stays a place)."""
        return span.label_ == "PLACE" and not (span.start > 0 and doc[span.start - 1].lower_ in self._PREPOSITIONS)

    @staticmethod
    def _acronym(span: Span) -> bool:
        return span.label_ == "ORG" and len(span) == 1 and span.text.isupper() and len(span.text) > 1

    def _places_in_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Erick Valencia Salazar', 'Boris España Cáceres': a one-word place between a known
        given name and another name word is part of a person's name."""
        n = len(doc)
        covered = bytearray(n)
        for e in ents:
            covered[e.start:e.end] = b"\x01" * (e.end - e.start)
        out = []
        for e in ents:
            i = e.start
            if e.label_ == "PLACE" and e.end - i == 1 and 0 < i and e.end < n \
                    and not covered[i - 1] and not covered[e.end] \
                    and doc[i - 1].text in self.first_names and self._usable(doc[e.end]) \
                    and not self._role_word(doc[e.end]) and not self._common(doc[e.end]):
                continue
            out.append(e)
        return out

    # -- a statistical model's entities -------------------------------------------------
    def vet_model(self, doc: Doc, model: list[Span], ours: list[Span]) -> list[Span]:
        """A model's entities that pass the shape checks our own names pass, relabelled
        (``model_labels``): a model tags section headings, Spanish phrases, common words and
        titles as names, which must never make the result worse than the rules alone."""
        people = {t.text for s in ours if s.label_ == "PERSON" for t in s if t.text[:1].isupper()}
        taken = bytearray(len(doc))
        for s in ours:
            taken[s.start:s.end] = b"\x01" * (s.end - s.start)
        out = []
        for span in model:
            label = self.model_labels.get(span.label_)
            # ours win on overlap (crimecli_ents); vetting such a span would only overwrite ours'
            # kind and country, which spaCy keys by character offsets, not by span
            if label is None or any(taken[span.start:span.end]):
                continue
            start, end = span.start, span.end
            while start < end and doc[start].lower_ in ("the", "a", "an"):
                start += 1
            while end > start and doc[end - 1].text in ("'s", "’s", "'", "’", ".", ","):
                end -= 1
            if end <= start:
                continue
            vetted = self._vet(doc, start, end, label, people)
            if vetted is not None:
                out.append(vetted)
        return out

    def _vet(self, doc: Doc, start: int, end: int, label: str, people: set[str]) -> Span | None:
        toks = doc[start:end]
        words = [t for t in toks if t.is_alpha and t.text not in _NAME_PARTICLES
                 and t.text not in _ORG_CONNECTORS]
        if not words or not toks[0].text[:1].isupper() or any(not t.text[:1].isupper() for t in words):
            return None  # 'fentanyl powder', "n’t", 'the supreme court'
        if any("\n" in t.text for t in toks) or any(t.like_url or t.like_email for t in toks):
            return None
        n = len(doc)
        if (start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()
                and not doc[start - 1].is_sent_start) or (end < n and doc[end].is_alpha and doc[end].text[:1].isupper()):
            return None  # cut out of a longer capitalised name ('General’s Office' of 'Attorney General’s Office')
        if label == "PERSON":
            if end < n and doc[end].text in ("’", "'"):
                return None  # 'the Lobos’ family': a family, in the plural
            found = [s for s in self._classify(doc, start, end) if s.label_ == "PERSON"]
            if found:
                return found[0]
            # a name shape the model vouches for: usable words, none a common word or a role
            if any(not self._usable(t) or self._role_word(t) or self._common(t) or self._noun_shape(t)
                   or demonym_country(t.text) or (t.is_upper and len(t) > 1) for t in words):
                return None
            if len(words) == 1 and words[0].text not in self.surnames and words[0].text not in people:
                return None
            if not any(t.text in self.first_names or t.text in self.surnames or t.text in people for t in words):
                return None  # the model's word alone is no evidence: 'Alien Enemies', 'Pomona Impact'
            return Span(doc, start, end, label="PERSON")
        if label == "ORG":
            is_org, kind = self._org_kind(doc, start, end)
            if not is_org or (end - start == 1) or self._heading(doc, start, end) \
                    or any(self._common(t) and t.lower_ not in _ORG_HEADS and t.text not in _ORG_MODIFIERS
                           for t in words):
                return None
            span = Span(doc, start, end, label="ORG")
            span._.kind = kind
            return span
        # PLACE: a name in place context, made of words that are neither common nor names of people
        if any(t.text in self.not_names or self._common(t) or self._noun_shape(t) or demonym_country(t.text)
               or t.text in self.first_names or t.text in people for t in words):
            return None
        prev = doc[start - 1].lower_ if start > 0 else ""
        if prev not in ("in", "from", "to", "near", "outside", "across", "of", "at", "into", "through"):
            return None
        return Span(doc, start, end, label="PLACE")

    def _national_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A demonym before a country's generic institution is part of its name: 'Haitian
        National Police', 'Colombian Senate', 'Mexican Customs' (and that country's body, not the
        one a generic name was linked to); so it is before a body found here ('Colombian Ministry
        for Health and Social Protection', 'Bolivian Special Forces for ...')."""
        covered = _covered(doc, spans)
        out = []
        for s in spans:
            i = s.start
            if s.label_ == "ORG" and i > 0 and not covered[i - 1] and doc[i - 1].text[:1].isupper() \
                    and demonym_country(doc[i - 1].text):
                kind, country = s._.kind, demonym_country(doc[i - 1].text)
                if doc[i].lower_ in _ORG_OPENERS:  # 'the Spanish Guardia Civil': the name is Spanish
                    s._.country = country
                elif doc[i].lower_ in _NATIONAL_BODIES or (not s.id_ and kind in ("government body", "security force", None)) \
                        or (not s.id_ and kind in ("ngo", "other") and i > 1 and doc[i - 2].lower_ == "the"):
                    # 'the Colombian Institute of Family Welfare', 'the Venezuelan Violence Observatory':
                    # after 'the', a demonym opens an institute's or observatory's name no list holds
                    s = Span(doc, i - 1, s.end, label="ORG")
                    s._.kind, s._.country = kind, country
                elif s.id_ and kind in _STATE_KINDS and s._.country == country:
                    # 'the Venezuelan Bolivarian National Guard': a listed body of that very country
                    # keeps its id (its listed name) and is written whole
                    s = Span(doc, i - 1, s.end, label="ORG", span_id=s.id_)
                    s._.kind, s._.country = kind, country
            out.append(s)
        # a country written as one word before a body is its demonym ('the U.S. Embassy', 'UK Customs'),
        # and so is a country's possessive ('Colombia's Embassy', 'Chile's Congress')
        one_word = {s.start: s for s in out if s.label_ == "PLACE" and len(s) == 1}
        countries_before = {s.end + 1: s for s in out if s.label_ == "PLACE" and s._.kind == "country"
                            and s.end < len(doc) and doc[s.end].text in ("'s", "’s")}
        # ... and so is a country's name of two words or more, not one a preposition governs
        # ('the United States Embassy'; 'in the United States Congress passed ...' is no body)
        countries_named_before = {s.end: s for s in out if s.label_ == "PLACE" and s._.kind == "country"
                                  and len(s) > 1 and canonical_country(s.text) and self._place_prefix(doc, s)}
        lower = token_lowers(doc)
        for i in range(1, len(doc)):  # a bare 'Senate' or 'Customs' after a demonym
            if covered[i] or lower[i] not in _ORG_HEADS or lower[i] not in _NATIONAL_BODIES \
                    or not doc[i].text[:1].isupper() or i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
                continue
            owner = countries_before.get(i) or countries_named_before.get(i)
            if owner is not None:
                start, country = owner.start, canonical_country(owner.text)
            elif (not covered[i - 1] or i - 1 in one_word) and doc[i - 1].text[:1].isupper() \
                    and demonym_country(doc[i - 1].text):
                start, country = i - 1, demonym_country(doc[i - 1].text)
            else:
                continue
            span = Span(doc, start, i + 1, label="ORG")
            span._.kind, span._.country = _ORG_HEADS[doc[i].lower_], country
            if owner is not None:
                out.remove(owner)
            elif i - 1 in one_word:
                out.remove(one_word.pop(i - 1))
            out.append(span)
        return sorted(out, key=lambda s: s.start)

    @staticmethod
    def _generic_body(span: Span) -> bool:
        """An organisation whose name is only modifiers and heads ('Joint Command', 'Foreign
        Relations Committee'), or title-case words no list holds ending in a head ('Special
        Operations Command'): a body every state or force has, named by its parent before it."""
        return span.label_ == "ORG" and span._.kind in _STATE_KINDS and span[-1].lower_ in _ORG_HEADS \
            and (not span.id_ and all(t.is_title or t.text == "-" for t in span)
                 or all(t.text in _ORG_MODIFIERS or t.lower_ in _ORG_HEADS for t in span))

    def _body_of_body(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A state body written right before a generic one names its part: 'the Ecuadorian Armed
        Forces Joint Command', 'the Senate Foreign Relations Committee' are one name each; so is
        a force before its ministry's head ('the Mexican Navy Secretariat')."""
        out: list[Span] = []
        n = len(doc)
        starts = {s.start for s in spans}
        for s in spans:
            prev = out[-1] if out else None
            if prev is not None and prev.end == s.start and prev.label_ == "ORG" and prev._.kind in _STATE_KINDS \
                    and not s[0].is_sent_start and self._generic_body(s) and not self._generic_body(prev):
                s_joined = Span(doc, prev.start, s.end, label="ORG")
                s_joined._.kind, s_joined._.country = s._.kind, prev._.country
                out.pop()
                s = s_joined
            k = s.end
            if s.label_ == "ORG" and s._.kind in _STATE_KINDS and k < n and k not in starts \
                    and _ORG_HEADS.get(doc[k].lower_) == "government body" and doc[k].is_title \
                    and doc[k - 1].whitespace_ and not (k + 1 < n and doc[k + 1].is_title):
                grown = Span(doc, s.start, k + 1, label="ORG")
                grown._.kind, grown._.country = "government body", s._.country
                s = grown
            out.append(s)
        return out

    def _heading_orgs(self, doc: Doc, spans: list[Span], line_end: bool) -> list[Span]:
        """Organisations read in a title-case line, whose every word is capitalised: words before
        'of' that hold no head of a name are the heading's ('Deployment of the Multinational
        Security Support Mission'), and a line that is all one candidate with words the text also
        writes in lower case is a heading, not a name ('Anticorruption Task Force'); so is a generic
        body the text also writes in lower case ('Security Forces' beside 'security forces')."""
        def plain(t) -> bool:
            return self._common(t) and t.lower_ not in _ORG_HEADS and t.text not in _ORG_MODIFIERS \
                and t.lower_ not in _ORG_CONNECTORS

        out = []
        for sp in spans:
            if sp.label_ == "ORG":
                of = next((t.i for t in sp if t.lower_ == "of"), None)
                if of is not None and of > sp.start and not any(
                        t.lower_ in _ORG_HEADS or t.text in _ORG_MODIFIERS for t in doc[sp.start:of]):
                    start = of + 1 + (doc[of + 1].lower_ == "the")
                    if sp.end - start < 2 or not self._org_kind(doc, start, sp.end)[0] or all(
                            t.text in _ORG_MODIFIERS or t.lower_ in _ORG_HEADS for t in doc[start:sp.end]):
                        continue  # '... Takedown of Criminal Network': a heading's generic words
                    kind = sp._.kind
                    sp = Span(doc, start, sp.end, label="ORG")
                    sp._.kind = kind
                elif line_end and any(plain(t) for t in sp):
                    continue
                elif any(demonym_country(t.text) for t in doc[sp.start + 1:sp.end]) \
                        and not any(t.lower_ in ("of", "for", "de") for t in sp) \
                        and not demonym_country(sp[0].text):
                    continue  # 'Treasury Designates Paraguayan Smuggling Network': a headline's words
                elif line_end and self._topics(sp):
                    continue
                elif not sp.id_ and all(t.text in _ORG_MODIFIERS or t.lower_ in _ORG_HEADS for t in sp) \
                        and re.search(r"\b%s\b" % re.escape(sp.text.lower()), doc_text(doc)):
                    continue  # 'Colectivos, Security Forces and Repression' where the text says 'security forces'
            out.append(sp)
        return out

    @staticmethod
    def _topics(sp: Span) -> bool:
        """A heading that joins topics with 'and' ('Community Responses and Civil Society'): the
        words before 'and' hold no head or modifier of a name, so it names no body."""
        k = next((t.i for t in sp if t.lower_ == "and"), None)
        return k is not None and k > sp.start and not any(
            t.lower_ in _ORG_HEADS or t.lower_ in _ORG_OPENERS or t.text in _ORG_MODIFIERS for t in sp.doc[sp.start:k])

    @staticmethod
    def _line_end(doc: Doc, end: int) -> bool:
        """Does the run end its line ('U.S.-Mexican Relations and Issues for Congress')?"""
        return end >= len(doc) or "\n" in doc[end - 1].whitespace_ or "\n" in doc[end].text \
            or (doc[end].is_punct and (end + 1 >= len(doc) or "\n" in doc[end].whitespace_))

    def _title_case_line(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` on a line written in title case (a title or a section heading): every
        word of four letters or more capitalised, and no full stop at its end?"""
        text = doc_text(doc)
        char = doc[i].idx
        line_start = text.rfind("\n", 0, char) + 1
        found = self._line_cache.get(line_start)
        if found is None:
            line_end = text.find("\n", char)
            line = text[line_start: line_end if line_end != -1 else len(text)].rstrip()
            words = [w for w in _WORD_RE.findall(line) if len(w) > 3]
            found = len(words) >= 2 and all(w[:1].isupper() for w in words) and not line.endswith(".")
            self._line_cache[line_start] = found
        return found

    def _members_of(self, doc: Doc, span: Span) -> Span:
        """A sentence-initial plural noun before 'of (the)' names people of the body that follows
        ('Agents of the Anti-Kidnapping Unit', 'Soldiers of the 4th Brigade'), not the body: the
        capital is the sentence's. The rest must hold a head of its own, so a name that is such a
        phrase ('Mothers of the Plaza de Mayo', 'Friends of the Earth') stays whole."""
        texts = token_texts(doc)[0]  # the column, not Token objects
        first = span[0]
        opening = first.is_sent_start or first.i > 0 and texts[first.i - 1] in ("—", "–", "-", ":")
        if span.label_ != "ORG" or span.id_ or len(span) < 4 or not opening \
                or span[1].lower_ != "of" or not first.lower_.endswith("s") or self._role_word(first) \
                or first.text in self.first_names or first.text in self.surnames:
            return span
        start = span.start + (3 if span[2].lower_ == "the" else 2)
        # the rest holds a head of its own, or ends on the kind noun of a group no list holds
        # ('Residents of the Pedro Páramo front': the front)
        kind_noun = any(tuple(t.lower_ for t in span[len(span) - k:]) in self.group_after
                        for k in (1, 2, 3) if len(span) - k > start - span.start)
        if not (self._org_kind(doc, start, span.end)[0] or kind_noun):
            return span
        out = Span(doc, start, span.end, label="ORG")
        out._.kind = span._.kind
        return out

    def _place_de(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A Spanish or Portuguese place name goes on over 'de/del/de la' and capitalised words no
        other entity holds ('Villa María del Triunfo', 'San Juan de Lurigancho', 'São José dos
        Campos'): the listed start is only the saint's or the village's name. A country stays
        itself ('Colombia de ...' is no district). A plural 'Los/Las X' so continued is a gang's
        name ('Los Gatos de Occidente', 'Los Lobos del Sur'), whether a list held 'Los X' as a
        town or as another gang."""
        texts, lower = token_texts(doc)[0], token_lowers(doc)  # columns, not Token objects
        taken = _covered(doc, ents)
        place_at = {e.start: e for e in ents if e.label_ == "PLACE" and e._.kind != "country"}
        swallowed: set[int] = set()
        out = []
        for e in ents:
            if e.start in swallowed:
                continue
            j = e.end
            gang = e[0].text in _SPANISH_ARTICLES and (e.label_ == "PLACE" and e._.kind != "country"
                                                       or e.label_ == "ORG" and e._.kind == "criminal group")
            if (e.label_ == "PLACE" and e[0].text not in _SPANISH_ARTICLES or gang) \
                    and j + 1 < len(doc) and lower[j] in _PLACE_LINKS and not canonical_country(e.text):
                k = j + 1
                if k < len(doc) and lower[k] in ("la", "las", "los", "a", "as", "os") and lower[j] == "de":
                    k += 1
                end = k
                while end < len(doc) and end - k < 3 and not taken[end] and doc[end].is_alpha \
                        and texts[end][:1].isupper() and texts[end] not in self.not_names \
                        and not demonym_country(texts[end]):
                    end += 1
                if end == k and k > j + 1 and not gang and k in place_at:
                    # 'Villa Alegre de los Andes', 'Nueva Esperanza del Sur': with an article, the
                    # words after the link are the town's name, whatever other place they name
                    end = place_at[k].end
                    swallowed.add(k)
                if end > k and not (end < len(doc) and taken[end] and texts[end][:1].isupper()):
                    if gang:  # 'Los Lobos del Sur', 'Los Gatos de Occidente': a gang's name, not
                        grown = Span(doc, e.start, end, label="ORG")  # the town or group it opens
                        grown._.kind, grown._.country = "criminal group", None
                    else:  # another place than the listed start ('San Juan de Lurigancho' is no San Juan):
                        grown = Span(doc, e.start, end, label="PLACE")  # its own id, no country guessed
                        grown._.kind = e._.kind
                    e = grown
            out.append(e)
        return out

    def _grown_listed(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A listed body cut out of a longer name: a Spanish article before it ('La Oficina de
        Envigado'), its tier before it ('the Federal Public Ministry', 'the Bahia State Civil
        Police', a state's or province's name with it), or a one-word force's secretariat after
        it ('the Navy Secretariat')."""
        taken = _covered(doc, ents)
        place_at_end = {e.end: e for e in ents if e.label_ == "PLACE" and e._.kind != "country"}
        out: list[Span] = []
        drop: set[int] = set()
        for e in ents:
            start, end = e.start, e.end
            if e.label_ != "ORG":
                out.append(e)
                continue
            if start > 0 and not taken[start - 1] and doc[start - 1].text in _SPANISH_OPENING_ARTICLES \
                    and doc[start].text[:1].isupper() and doc[start].text not in _SPANISH_OPENING_ARTICLES:
                # 'La Oficina de Envigado', 'El Cartel de los Soles': the article is the name's
                grown = Span(doc, start - 1, end, label="ORG", span_id=e.id_)
                grown._.kind, grown._.country = e._.kind, e._.country
                out.append(grown)
                continue
            if start > 0 and not taken[start - 1] and doc[start - 1].text in _TIERS:
                start -= 1
                place = place_at_end.get(start)
                if place is not None and doc[start].text != "Federal":
                    start = place.start
                    drop.add(place.start)
            if len(e) == 1 and end < len(doc) and not taken[end] and doc[end].text[:1].isupper() \
                    and doc[end].lower_ in _ORG_HEADS and _ORG_HEADS[doc[end].lower_] == "government body" \
                    and not (end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
                end += 1
            if (start, end) != (e.start, e.end):
                kind, country = e._.kind, e._.country
                grown = Span(doc, start, end, label="ORG")
                grown._.kind = _ORG_HEADS[doc[end - 1].lower_] if end > e.end else kind
                grown._.country = next((p._.country for p in ents if p.start == start and p.label_ == "PLACE"),
                                       country)
                e = grown
            if out and e.id_ and out[-1].label_ == "ORG" and out[-1].end == e.start and out[-1].id_ != e.id_ \
                    and len(out[-1]) == 1 and out[-1].id_ and out[-1].text.replace(".", "").isupper() \
                    and e[0].text[:1].isupper() and not e.text.isupper():
                # 'the U.N. Security Council', 'the OAS Secretariat': the parent's acronym opens the body's name
                grown = Span(doc, out[-1].start, e.end, label="ORG", span_id=e.id_)
                grown._.kind, grown._.country = e._.kind, e._.country
                out[-1] = grown
                continue
            out.append(e)
        return [e for e in out if not (e.label_ == "PLACE" and e.start in drop)]

    @staticmethod
    def _chamber_of(doc: Doc, span: Span) -> Span:
        """A chamber or section of a court named before it is one body with it ('the Third Chamber
        of the Superior Court of Justice', 'the Criminal Chamber of the National Court'), even when
        the court alone is a listed name."""
        k = span.start - 3
        if span.label_ != "ORG" or k < 0 or doc[k + 2].lower_ != "the" or doc[k + 1].lower_ != "of" \
                or doc[k].lower_ not in _CHAMBER_HEADS or not doc[k].text[:1].isupper():
            return span
        start = k
        while start > 0 and (doc[start - 1].text in _ORDINAL_WORDS or _ORDINAL_RE.match(doc[start - 1].text)
                             or doc[start - 1].text in _ORG_MODIFIERS):
            start -= 1
        out = Span(doc, start, span.end, label="ORG")
        out._.kind, out._.country = span._.kind, span._.country
        return out

    @staticmethod
    def _numbered(doc: Doc, span: Span) -> Span:
        """An ordinal before a court's or a force's name is part of it ('the 23rd Federal Court of
        Curitiba', 'the Second Criminal Chamber'): the number tells one unit from its siblings."""
        if span.label_ != "ORG" or span.id_ or span.start == 0 or not span[0].text[:1].isupper():
            return span  # a listed name is whole
        prev = doc[span.start - 1]
        if not (_ORDINAL_RE.match(prev.text) or prev.text in _ORDINAL_WORDS) or prev.is_sent_start \
                and prev.text in _ORDINAL_WORDS:
            return span
        if not any(t.lower_ in _NUMBERED_HEADS for t in span[:4]):
            return span
        out = Span(doc, span.start - 1, span.end, label="ORG")
        out._.kind = span._.kind
        return out

    @staticmethod
    def _opened_places(doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Cártel Santa Rosa de Lima', 'the Universidad de Lima': a Spanish or Portuguese
        opener of an institution's name (``_ORG_OPENERS``) right before a place, or with 'de' or
        'del' between, makes the place part of that institution's name."""
        out = []
        covered = _covered(doc, ents)
        for e in ents:
            k = e.start - 1
            if e.label_ == "PLACE" and k >= 0 and doc[k].lower_ in ("de", "del", "do", "da") and k > 0:
                k -= 1
            if e.label_ == "PLACE" and k >= 0 and not covered[k] and doc[k].text[:1].isupper() \
                    and doc[k].lower_ in _ORG_OPENERS and _ORG_OPENERS[doc[k].lower_] is not None:
                org = Span(doc, k, e.end, label="ORG")
                org._.kind = _ORG_OPENERS[doc[k].lower_]
                e = org
            out.append(e)
        return out

    def _units_named_for_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Urabá bloc', 'the Clan del Golfo's Magdalena Medio front': an armed group's unit
        named for the region it holds, a place then a noun of such a unit that is part of its name
        (``group_after`` in lexicons/<language>/names.json with kind 'armed group'), after 'the'
        or its group's possessive."""
        lower = token_lowers(doc)
        n = len(doc)
        out = []
        for s in spans:
            k = s.end
            if s.label_ == "PLACE" and s.start > 0 and (lower[s.start - 1] == "the" or doc[s.start - 1].text in ("'s", "’s")):
                for size in (2, 1):
                    found = self.group_after.get(tuple(lower[k:k + size])) if k + size <= n else None
                    after = doc[k + size] if k + size < n else None
                    if found is not None and found[0] == "armed group" and found[1] and doc[k].is_lower \
                            and not (after is not None and after.is_alpha and (after.text[:1].isupper() or (
                                after.is_lower and not after.is_stop and not after.lower_.endswith(("ed", "ing"))))):
                        # not before a noun it qualifies ('the Cauca front lines') nor a longer name
                        unit = Span(doc, s.start, k + size, label="ORG")
                        unit._.kind = found[0]
                        s = unit
                        break
            out.append(s)
        return out

    @staticmethod
    def _ordinal_units(doc: Doc, spans: list[Span]) -> list[Span]:
        """Numbered units no list holds. The numbered seat of a court after it is part of its
        name ('the Federal Regional Court of the 1st Region', 'the Court of Appeals for the Fifth
        Circuit'); an ordinal, words of a body's office and a numbered head are a unit's name
        ('commanded the 9th Military Zone'), and so is an ordinal and a head alone after the
        possessive of the body they belong to ('the Coast Guard's Seventh District'). A bare
        ordinal and head ('the Seventh District') may be a ward or a constituency: left alone."""
        def ordinal(tok) -> bool:
            return bool(_ORDINAL_RE.match(tok.text)) or tok.text in _ORDINAL_WORDS and not tok.is_sent_start

        n = len(doc)
        covered = _covered(doc, spans)
        lower = token_lowers(doc)
        ends = {s.end: s for s in spans if s.label_ == "ORG"}
        out = []
        for s in spans:
            e = s.end
            if s.label_ == "ORG" and s._.kind == "government body" and e + 3 < n \
                    and lower[e] in ("of", "for") and lower[e + 1] == "the" and ordinal(doc[e + 2]) \
                    and doc[e + 3].text[:1].isupper() and lower[e + 3] in _NUMBERED_SEATS \
                    and not covered[e + 2] and not covered[e + 3]:
                grown = Span(doc, s.start, e + 4, label="ORG", span_id=s.id_)
                grown._.kind, grown._.country = s._.kind, s._.country
                covered[e:e + 4] = b"\x01" * 4
                s = grown
            out.append(s)
        for i in range(n):
            if covered[i] or not ordinal(doc[i]):
                continue
            k = i + 1
            while k < n and k - i <= 3 and not covered[k] and doc[k].text in _ORG_MODIFIERS \
                    and lower[k] not in _NUMBERED_HEADS:
                k += 1
            if k >= n or covered[k] or not doc[k].text[:1].isupper() or lower[k] not in _NUMBERED_HEADS \
                    or k + 1 < n and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
                continue
            owner = ends.get(i - 1) if i > 0 and doc[i - 1].text in ("'s", "’s") else None
            if owner is None and k == i + 1:
                continue
            span = Span(doc, i, k + 1, label="ORG")
            span._.kind = owner._.kind if owner is not None else \
                "security force" if lower[k] in _MILITARY_UNIT_HEADS or any(
                    _ORG_HEADS.get(t.lower_) == "security force" or t.text in ("Military", "Naval")
                    for t in doc[i + 1:k]) else "government body"
            if owner is not None:
                span._.country = owner._.country
            covered[i:k + 1] = b"\x01" * (k + 1 - i)
            out.append(span)
        return sorted(out, key=lambda s: s.start)

    @staticmethod
    def _lone_headings(doc: Doc, spans: list[Span]) -> list[Span]:
        """'LOS GARCIA NETWORK' over a story that never names them again: an organisation in a
        heading line in capitals is the heading's topic, no entity, unless the text names it
        again outside that line."""
        text = doc_text(doc)
        out = []
        for span in spans:
            if span.label_ == "ORG":
                line_start = text.rfind("\n", 0, span.start_char) + 1
                line_end = text.find("\n", span.end_char)
                line_end = len(text) if line_end < 0 else line_end
                line = text[line_start:line_end].strip()
                if line and line == line.upper() and any(c.isalpha() for c in line) and line[-1:] not in ".:":
                    rest = (text[:line_start] + "\n" + text[line_end:]).casefold()
                    if span.text.casefold() not in rest:
                        continue
            out.append(span)
        return out

    @staticmethod
    def _heading(doc: Doc, start: int, end: int) -> bool:
        """Is the span a whole line of its own (a title or section heading)?"""
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        return (before is None or "\n" in before.text or "\n" in before.whitespace_ or before.is_space) \
            and (after is None or "\n" in after.text or after.is_space)

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        ents = self._merge_place_orgs(doc, list(doc.spans.get(self.input_key, ())))
        ents = self._places_in_names(doc, ents)
        ents = self._place_de(doc, ents)
        ents = self._opened_places(doc, self._grown_listed(doc, ents))
        ents = [e for e in ents if not self._opener_of_longer_name(doc, e) and not self._named_thing(doc, e)]
        # 'Minister of Foreign Affairs', 'Secretary of Homeland Security': a title, no organisation
        ents = [e for e in ents if not (e.label_ == "ORG" and 0 <= self._title_start(doc, e.end) < e.start)]
        companies = self._legal_companies(doc)  # a place or person inside a company's name is the company's
        ents = [e for e in ents if not any(e.start < c.end and c.start < e.end for c in companies)] + companies
        ents = self._facilities(doc, ents)
        new = self._place_countries(doc, ents, self._facilities(doc, self.find(doc, ents)))
        ours = self._listed_orgs(doc, self._join_org_parts(doc, sorted(ents + new, key=lambda s: s.start)))
        ours = self._body_of_body(doc, self._national_bodies(doc, ours))
        ours = [self._numbered(doc, self._chamber_of(doc, self._members_of(doc, span))) for span in ours]
        ours = self._ordinal_units(doc, ours)
        ours = self._units_named_for_places(doc, ours)
        ours = self._posted_bodies(doc, ours)
        ours = self._units_of_bodies(doc, ours)
        ours = self._field_goes_on(doc, ours)
        ours = self._groups_before_noun(doc, ours)
        ours = self._coordinated_groups(doc, ours)
        ours = self._modified_listed(doc, ours)
        ours = self._named_before_noun(doc, ours)
        ours = self._lone_bodies_listed(doc, ours)
        ours = self._lone_headings(doc, ours)
        # A name grown over a gazetteer span ('Carrillo-Ibarra' over the city Ibarra, a
        # hyphenated surname) overlaps it; doc.ents takes no overlaps, so the longer span wins.
        ours = filter_spans(ours)
        doc.spans[self.spans_key] = ours
        if doc.has_annotation("ENT_IOB"):  # a statistical model ran before us
            doc.spans[self.model_key] = self.vet_model(doc, list(doc.ents), ours)
        return doc


@Language.factory(
    "crimecli_names",
    assigns=["doc.spans", "span._.kind"],
    default_config={"input_key": "crimecli_gazetteer", "spans_key": "crimecli_names",
                    "model_key": "crimecli_model", "model_labels": MODEL_LABELS},
)
def make_names(nlp: Language, name: str, input_key: str, spans_key: str, model_key: str,
               model_labels: dict[str, str]) -> NameFinder:
    return NameFinder(nlp, name, input_key=input_key, spans_key=spans_key, model_key=model_key,
                      model_labels=model_labels)
