"""crimecli_events: dated happenings (who did what to whom, when) as Event dicts.

Runs last. Reads what the other components left on the Doc (sentences, ``doc.ents`` with
``span._.country``, ``doc._.entities``, ``doc.spans["crimecli_dates"]`` with ``span._.timex``,
the footnote blocks of ``doc._.document``) and sets ``doc._.events``: one
:class:`crimecli.pipeline.EventValue` per event, whose ``span`` (the sentence, labelled with the
kind) is also in ``doc.spans["crimecli_events"]``. The trigger lexicon and its phrases' token keys are
loaded in ``initialize()`` and saved with the pipeline.

How a sentence becomes events:

1. Triggers come from a curated lexicon per language
   (``crimecli/data/lexicons/en/event_triggers.jsonl``): verbs and nouns as lemmas, inflected
   when the lexicon is loaded, matched with a PhraseMatcher on lower-case tokens. A trigger
   under a modal or a wanted infinitive ("hopes to extradite"), in a question, or the topic of a
   discussion ("met to discuss reopening the border") reports nothing; "will" leaves scheduled
   kinds (meetings, visits, calls) alone. Some only count with a companion word nearby, in the
   trigger's own clause ("broke off" needs "relations"/"ties"; a dismissing verb's office word is
   its object, not its subject). A row kept to past forms also reads its present forms on a
   digest's note line opened by a date header ("Mon 17 Jun: Gunmen storm ..."); a numeric header
   ("03/04:") is read near the document's own date or its title's. What each kind is and how the rules below treat it (CAMEO root,
   Goldstein weight, polarity, one party or two, landmark, passive victim, ...) is data too,
   one row per kind in ``crimecli/data/events/kinds.jsonl``: a new kind is a row there and its
   words in the trigger lexicon, no code.
2. Only sentences with a trigger are looked at. Their date expressions are filtered
   (footnote citation dates such as "El Tiempo, 4 June 2020" are not event dates) and the
   sentence is cut into one region per date, at the clause boundary between two dates.
3. Each region's best trigger (lexicon priority, then closeness to the date) gives an event;
   a second trigger of another kind coordinated with it ("severing ties and moving troops"),
   or a second predicate of the same kind ("rejected one reform but approved another"), gives a
   second event with the same date; dates joined by "and" each date the region's happening.
4. A sentence with no date of its own that opens anaphorically ("In response", "Days later",
   "Soon afterward", any "N units later", "The move came"; classes in
   ``lexicons/en/event_openers.json``) borrows the previous sentence's date, cut to month (same moment) or year
   (a shift in time), with ``resolved_from`` "context".
6. A dateless sentence inside the scope of a dated happening (its paragraph line; a chronology
   entry opened by its date; the block under a date heading of a chronology, which has two such
   heading lines at least; an event note dated by a ``Date:``/``Fecha:`` field line, to the
   note's blank line) that narrates a happening of its own in the simple past, in its main clause,
   takes the narrative moment with ``resolved_from`` "context": the date of the paragraph's,
   entry's or note's happening as told (a news paragraph's next sentences tell of its day), its
   year when the sentence says "later". An opener of another time frame ("Previously", "Since then"), a
   statistic, hedge, allegation, habit or lasting state (``event_openers.json`` ``new_frame``,
   ``not_narrative``), a kind mostly told as background (``"narrated": false`` in kinds.jsonl), a
   long sentence, or a retelling of a happening already told of that moment gives nothing (another
   of its kind counts: "also", "a second", someone new, other countries); a date with no happening
   ends the moment.
7. Countries: named countries, capitals (as metonyms), demonyms ("Venezuelan authorities"),
   and the country of people, organisations and places the resolver placed (a state named in
   two countries takes the one the resolver read from the document). Kinds that concern one
   party only (``"participants": "self"``: taking office, elections, escapes) take the country
   of their own clause. In a government's release, what the issuer says it did ("We welcomed
   ...", "The Department designated ...") has the issuer's country too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date as Day
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import IS_TITLE, IS_UPPER, LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from crimecli.countries import canonical_country, capital_country, demonym_country
from crimecli.dates import COUNT_NOUNS, birth_date, coarsen, date_bounds, precision_of, shift_value
from crimecli.lexicons import (EVENT_KINDS, calendar, date_cues, date_words, event_kinds, event_openers, weekday_forms,
                               word_class)
from crimecli.models import DateValue
from crimecli.pipeline import EventValue, doc_text, span_text, span_values
from crimecli.pipeline.aliases import entity_spans, release_entity_spans
from crimecli.pipeline.component import DataComponent, plain
from crimecli.pipeline.dates import article_parts
from crimecli.pipeline.sentences import token_lowers, token_texts
from crimecli.text import lexicon

KINDS = EVENT_KINDS  # what each kind of event is and how the rules treat it
TRIGGERS = "event_triggers.jsonl"  # the words that report each kind, per language
GRAMMAR = "event_grammar.json"  # the function words and verb classes the rules read, per language


def _grammar(field: str) -> frozenset[str]:
    """One class of words of lexicons/en/event_grammar.json: the rules read English."""
    return word_class(GRAMMAR, field)


# Words that open a new clause: a date on one side and a trigger on the other are probably
# about different happenings.
CLAUSE_WORDS = _grammar("clause_words")
# ... and itself belongs to the clause before, whose date is the date of the saying.
SPEECH_PARTICIPLES = _grammar("speech_participles")
# Lower-case words inside a name ("Organization of American States"): a title-case run after
# one of them is the tail of a longer name.
NAME_CONNECTORS = _grammar("name_connectors")
CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "(", ")", "-"})
_CLAUSE_IDS = frozenset(get_string_id(w) for w in CLAUSE_WORDS | CLAUSE_PUNCT)
CONJUNCTIONS = _grammar("conjunctions")
# Words joining two predicates of one subject: with a date on each side, each dates its own.
PREDICATE_JOINS = _grammar("predicate_joins")

ANAPHORIC_DATE = re.compile(r"\b(later|after|afterwards?|before|earlier|following|previous|subsequently|"
                            r"in response|in protest)\b", re.I)

# Irregular past forms of verbs: one list, the dates lexicon's (lexicons/en/dates.json).
IRREGULAR_PAST = date_cues("en").irregular_past
# The auxiliaries of the past perfect ("had signed"), the dates lexicon's.
PAST_PERFECT = frozenset(date_words("en").past_perfect_auxiliaries)

# Clause words that make what follows a temporal frame for the main clause.
FRAME_WORDS = _grammar("frame_words")
AUXILIARIES = _grammar("auxiliaries")
DETERMINERS = _grammar("determiners")
# A second country as the target ("raided the Mexican embassy", "on Ecuadorian soil") rather
# than a partner: law enforcement is then not joint.
TARGETS = re.compile(r"\b(embassy|embassies|consulate|consulates|territory|soil|sovereignty|airspace)\b", re.I)
# Modal verbs that make a happening hypothetical: "relations will improve in 2025".
MODALS = _grammar("modals")
# ... unless someone demands it: "Cabello suggested that opponents should be extradited" reports
# a demand, which happened.
DEONTIC = _grammar("deontic")
DEMAND_VERBS = _grammar("demand_verbs")
# Words that make what follows them in their clause a condition: "If the talks collapse in June".
CONDITIONS = _grammar("conditions")
# A negation right before a trigger: "did not extradite him", "never met".
NEGATIONS = _grammar("negations")
# ... as the hash ids of their lower-case forms (the same in every vocabulary)
_CONDITION_IDS = frozenset(get_string_id(w) for w in CONDITIONS)
_NEGATION_IDS = frozenset(get_string_id(w) for w in NEGATIONS)
_ONLY_ID = get_string_id("only")
FUTURE = _grammar("future")
# Verbs a happening's noun takes to say it takes place: "the trial could begin", "talks may resume".
ONSET_VERBS = _grammar("onset_verbs")
SUBJECT_PRONOUNS = _grammar("subject_pronouns")
ONSET_REACH = 7  # tokens after a happening's noun where its modal and verb are read ("talks with the ELN may resume")
# "is scheduled to travel", "is due to meet": an announced, scheduled happening.
SCHEDULED_TO = _grammar("scheduled_to")
# A sentence holding one of these asks a question (transcripts of briefings).
QUESTION_OPENERS = _grammar("question_openers")
# Verbs whose object is a topic: what follows them in the clause was talked about, not done.
TOPIC_WORDS = _grammar("topic_words")
# Pictures and recordings: "footage of the attack" shows a happening, dated elsewhere.
DEPICTION_WORDS = _grammar("depiction_words")
# Words whose "for" names what was asked for, not done: "called for an emergency meeting".
CALL_WORDS = _grammar("call_words")
CALL_FORMS = _grammar("call_forms")
# Words before a noun that speak of a happening still to come: "his upcoming trip".
PROSPECTIVE = _grammar("prospective")
# Words whose "of"/"with" names a charge: "convicted three men of murder", "accused of kidnapping".
CHARGE_WORDS = _grammar("charge_words")
PUNISHED_REACH = 15  # tokens before "for" where a punishment word (event_clauses.json punished_words) makes it the charge
# ... and those that take it after "about" ("talk about the negotiations"; "about 500" is a number).
TALK_WORDS = _grammar("talk_words")
# Words before an infinitive that make it wanted, needed or possible rather than done.
WANTED_TO = _grammar("wanted_to")

# Phrases naming the parties without naming them: they are the last countries mentioned, as
# many as the phrase counts ("the three governments"; "bilateral", "binational": two).
PARTIES = re.compile(r"\b(?P<n>two|both|three|four|five|all three|all four) (countries|states|nations|neighbou?rs|"
                     r"governments|capitals|sides|leaders|presidents|delegations|armies|militaries|navies)\b"
                     r"(?! of\b)|"  # 'three leaders of the Comando Vermelho' are no states
                     # a joint release's first person plural: "our governments held ...", "our two nations"
                     r"\bour (?:(?P<m>two|three|four|five) )?(countries|nations|governments|delegations)\b|"
                     r"\b(bilateral|binational|bi-national)\b|\beach other\b|"
                     r"\bjoint (declaration|statement|communiqu[eé])\b", re.I)
PARTY_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "all three": 3, "all four": 4}
# A bare number read as a year can be a count: "up to 1500 Colombian rebels".
QUANTITY_WORDS = _grammar("quantity_words")



@dataclass(frozen=True)
class Trigger:
    """One row of the trigger lexicon with its kind's behaviour (data/events/kinds.jsonl):
    what a match means, and how the events rules treat it."""

    kind: str
    cameo: str
    goldstein: float
    polarity: str
    priority: int
    needs: frozenset[str]
    joint_polarity: str | None
    speech: bool = False
    # one party's own happening (taking office, an escape): its own clause names who takes part
    self_party: bool = False
    # a leader's tenure: a temporal landmark ("shortly after Petro took office")
    landmark: bool = False
    # always two parties: with one country named, the other is the one just talked about
    bilateral: bool = False
    # "X was killed in Venezuela": the passive subject is who it happened to
    passive_victim: bool = False
    # "the May 2020 launch of an invasion": a premodifying date dates what the noun introduces
    light_noun: bool = False
    # a happening people schedule (meetings, visits, calls; a trigger row may say so of its
    # own words: hearings, trials): "will attend on 1 June" is one
    scheduled: bool = False
    # a dateless sentence inside a dated paragraph may report it at the paragraph's moment
    narrated: bool = True
    # the companion word may be anywhere in the sentence, not only near the trigger
    needs_in_sentence: bool = False
    # the companion word is what the verb acts on: after it in its clause (before it when passive)
    needs_object: bool = False
    # trigger words that, written before a noun, are adjectives ("the alleged crimes")
    adjectival: frozenset[str] = frozenset()
    # words that, shortly after the trigger, make it another happening: a court that "found
    # the mayor guilty of trafficking cocaine" seized nothing
    unless: frozenset[str] = frozenset()
    # words shortly before the trigger, in its clause, that make it another happening: what
    # "was released" is a film, what "was born" is a company
    unless_before: frozenset[str] = frozenset()
    # words right after the trigger that make it another happening: what police "searched for"
    # they did not raid
    unless_next: frozenset[str] = frozenset()
    # the kind the happening is instead, with such a subject ("the faction was born": founded)
    unless_before_kind: str | None = None
    # a present form of a row kept to past forms, read only on a line a date header opens
    # ("Mon 17 Jun: Gunmen storm a radio studio"): a digest's headline-style note
    headline_only: bool = False
    # the row's place in the lexicon: between two rows of one priority on the same words, the
    # earlier wins, whatever the matcher's order ("found 300 kilos of cocaine in the body of a
    # truck" is the seizure row's before the body-found row's)
    order: int = 0


def build_lexicon(kinds: Iterable[Mapping[str, Any]], rows: Iterable[Mapping[str, Any]]) -> list[Trigger]:
    """Triggers from kind rows (data/events/kinds.jsonl) and trigger rows
    (lexicons/<language>/event_triggers.jsonl), one per trigger row. A trigger row of an
    unknown kind is an error."""
    by_kind = {k["kind"]: k for k in kinds}
    triggers: list[Trigger] = []
    for row in rows:
        kind = by_kind.get(row["kind"])
        if kind is None:
            raise ValueError(f"event trigger row for unknown kind {row['kind']!r}: add it to data/events/kinds.jsonl")
        triggers.append(Trigger(
            order=len(triggers),
            kind=kind["kind"], cameo=kind["cameo"], goldstein=float(kind["goldstein"]),
            polarity=kind["polarity"], priority=int(row.get("priority", 5)),
            # the tokenizer splits a hyphenated companion ("semi-submersible"), so its head
            # word ("submersible") is what a token can match
            needs=frozenset(w.lower().rsplit("-", 1)[-1] for w in row.get("needs", ())),
            joint_polarity=kind.get("joint_polarity"),
            speech=bool(kind.get("speech")),
            self_party=kind.get("participants", "all") == "self",
            landmark=bool(kind.get("landmark")),
            bilateral=bool(kind.get("bilateral")),
            passive_victim=bool(kind.get("passive_victim")),
            light_noun=bool(kind.get("light_noun")),
            scheduled=bool(row.get("scheduled", kind.get("scheduled"))),
            narrated=bool(kind.get("narrated", True)),
            needs_in_sentence=bool(row.get("needs_in_sentence")),
            needs_object=bool(row.get("needs_object")),
            adjectival=frozenset(w.lower() for w in row.get("adjectival", ())),
            unless=frozenset(w.lower() for w in row.get("unless", ())),
            unless_before=frozenset(w.lower() for w in row.get("unless_before", ())),
            unless_next=frozenset(w.lower() for w in row.get("unless_next", ())),
            unless_before_kind=row.get("unless_before_kind"),
        ))
    return triggers


# Penn tags of lemminflect's verb forms, by the names trigger rows use in "forms".
VERB_FORMS = {"base": ("VB", "VBP"), "s": ("VBZ",), "past": ("VBD", "VBN"), "ing": ("VBG",)}
# Words after a noun's head in a trigger phrase: "operation against" -> "operations against".
HEAD_ENDS = _grammar("head_ends")


def trigger_phrases(row: Mapping[str, Any]) -> list[str]:
    """Every written form of a trigger row, lower case: its ``verbs`` inflected (the first word:
    "hand over" -> "handed over", "hands over", ...; ``forms`` picks which), its ``nouns``
    with their plurals (the head: the word before a preposition, else the last), its
    ``triggers`` as written. Inflections come from lemminflect's English tables (read here
    only, when the lexicon is loaded: the saved pipeline keeps the phrases)."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    def inflections(word: str, upos: str) -> dict[str, tuple[str, ...]]:
        return getAllInflections(word, upos=upos) or getAllInflectionsOOV(word, upos=upos)

    out: list[str] = [p.lower() for p in row.get("triggers", ())]
    tags = [t for form in row.get("forms", VERB_FORMS) for t in VERB_FORMS[form]]
    for phrase in row.get("verbs", ()):
        head, *rest = phrase.lower().split()
        table = inflections(head, "VERB")
        forms = {head} if "base" in row.get("forms", VERB_FORMS) else set()
        forms.update(f for tag in tags for f in table.get(tag, ()))
        out.extend(" ".join([f, *rest]) for f in sorted(forms))
    for phrase in row.get("nouns", ()):
        words = phrase.lower().split()
        at = next((i - 1 for i, w in enumerate(words) if i and w in HEAD_ENDS), len(words) - 1)
        plurals = inflections(words[at], "NOUN").get("NNS", ())
        out.append(" ".join(words))
        out.extend(" ".join(words[:at] + [p] + words[at + 1:]) for p in plurals if p != words[at])
    return list(dict.fromkeys(out))


def present_phrases(row: Mapping[str, Any]) -> list[str]:
    """The present forms (base, third person) of a trigger row's verbs that its ``forms`` leave
    out ("storm", "storms" of a row kept to "stormed", "storming"); none for a row with all."""
    forms = row.get("forms", VERB_FORMS)
    if "base" in forms and "s" in forms:
        return []
    own = set(trigger_phrases(row))
    present = trigger_phrases({"verbs": row.get("verbs", ()), "forms": ["base", "s"]})
    return [p for p in present if p not in own]


@dataclass
class Hit:
    """One trigger occurrence: token span and its lexicon entry."""

    start: int
    end: int
    entry: Trigger


# The narrative moment (rule 6): its date, where its scope ends (a character offset), and what
# was already told of it: a (kind, "") pair
# for each kind of happening told, (kind, VERBAL) when a verb told it with its participants
# (not a label: "Kidnapping."), a (kind, actor) pair for each of their actors and a
# (kind, "country:" + country) pair for each of their countries.
Narrative = tuple[dict[str, Any], int, frozenset[tuple[str, str]]]
VERBAL = "\0verbal"


def told_of(doc: Doc, events: Iterable[dict[str, Any]]) -> frozenset[tuple[str, str]]:
    """What ``events`` tell of a narrative moment: their kinds, and each kind with its parties."""
    return frozenset(pair for e in events for pair in [
        (e["kind"], ""), *((e["kind"], a) for a in e["actors"]),
        *((e["kind"], "country:" + c) for c in e["countries"]),
        *([(e["kind"], VERBAL)] if _past_form(doc[e["trigger_at"]]) else [])])


def _past_form(token) -> bool:
    """A verb in the past ("seized", "met"): a happening told with who took part in it."""
    return _past_word(token.lower_) and _verbal(token)


def _past_word(word: str) -> bool:
    """Is the lower-case ``word`` shaped as a past form ("seized", "met"), verb or not?"""
    return word.endswith("ed") or word in IRREGULAR_PAST


def retold(doc: Doc, sent: Span, event: dict[str, Any], told: frozenset[tuple[str, str]]) -> bool:
    """Is a dateless happening of the narrative moment the one already told there ("Ortiz was
    taken to a police station in La Ceiba" after his arrest), rather than another of its kind?
    Another one is said to be ("also", "a second suspect", "another 900 kilos"), brings in someone
    new ("A journalist was shot dead", "killed two guards": an indefinite or counted subject or
    object), names a party the told ones did not have, or happens between other countries."""
    kind = event["kind"]
    openers = event_openers()
    if (kind, "") not in told or openers.another.search(sent.text):
        return False
    lead = sent.start + (doc[sent.start].text in QUOTES)
    for i in (lead, event["trigger_end"]) if (kind, VERBAL) in told else ():
        if i < sent.end and (doc[i].lower_ in openers.indefinites or doc[i].like_num and not year_number(doc[i])):
            return False
    countries = {"country:" + c for c in event["countries"]}
    if countries and not any((kind, c) in told for c in countries):
        return False
    return all((kind, a) in told for a in event["actors"])


YEAR_PREPOSITIONS = _grammar("year_prepositions")
YEAR_RANGE = (1500, 2099)  # the years the dates component reads (crimecli.dates.YEAR)


def year_number(token) -> bool:
    """Is the number ``token`` a year ("in 2022 kidnapped", "2019")? Four digits in the years the
    dates component reads, and no count noun after it: "1500 kilos", "2000 troops" are counts
    (the dates lexicon's COUNT_NOUNS). One decision, for every rule that tells a year from a count."""
    text = token.text
    if not (text.isdecimal() and len(text) == 4 and YEAR_RANGE[0] <= int(text) <= YEAR_RANGE[1]):
        return False
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in YEAR_PREPOSITIONS:
        return True  # "In 2019 police seized ...": a year, whatever follows
    return not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in COUNT_NOUNS)


class EventExtractor(DataComponent):
    # A dateless sentence longer than this carries more than a happening of the narrative
    # (reasons, background, argument): it takes no narrative date.
    NARRATIVE_MAX_TOKENS = 30
    NEEDS_WINDOW = 12  # tokens either side of a trigger where its companion word must appear
    UNLESS_BEFORE_WINDOW = 5  # tokens before a trigger where its subject's head word is read

    def __init__(self, nlp: Language, name: str, *, spans_key: str) -> None:
        super().__init__(nlp, name)
        self.spans_key = spans_key
        self.kinds: list[Trigger] = []
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.key_to_entry: dict[int, Trigger] = {}
        self.infinitives: frozenset[str] = frozenset()
        self.connector_ids: frozenset[int] = frozenset()  # verb base forms: after "to", an infinitive
        self.need_ids: dict[int, frozenset[int]] = {}
        self.unless_ids: dict[int, frozenset[int]] = {}
        self.unless_next_ids: dict[int, frozenset[int]] = {}
        self.punct_ids: frozenset[int] = frozenset()  # clause punctuation: ends an "unless" look-behind
        self.unless_end_ids: frozenset[int] = frozenset()  # ... and, with "and"/"but", the look-ahead
        self.hyphen_id = 0
        self.unsure_ids: frozenset[int] = frozenset()
        self.clause_word_ids: frozenset[int] = frozenset()
        self.clause_ids = numpy.array([], dtype="uint64")
        self._lower: list[int] = []
        self._title: list[int] = []
        self._bounds: list[int] = []
        self.prospective_ids: frozenset[int] = frozenset()
        self.determiner_ids: frozenset[int] = frozenset()
        # per article of the document: where it starts and the last day its own date covers
        self._reports: list[tuple[int, Day | None]] = []
        self._reference_days: list[Day] | None = None  # per document (see _references)
        self._speakers: list[tuple[int, str | None]] | None = None  # per document (see _speaker_country)

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, kinds: list[dict[str, Any]] | None = None,
                   triggers: list[dict[str, Any]] | None = None) -> None:
        """Load the event kinds (data/events/kinds.jsonl) and their trigger rows (the language's
        event_triggers.jsonl), or the ``kinds``/``triggers`` rows given instead."""
        self._use(plain(self.load_data(kinds, triggers)))

    def load_data(self, kinds: list[dict[str, Any]] | None = None,
                  triggers: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The lexicon rows, and each trigger row's phrases as the LOWER values of their tokens
        (tokenised once here, so a loaded pipeline rebuilds its matcher without the tokenizer)."""
        kinds = list(event_kinds()) if kinds is None else kinds
        triggers = list(lexicon(TRIGGERS)) if triggers is None else triggers
        build_lexicon(kinds, triggers)  # an unknown kind fails here, before any tokenising
        keys = [[[tok.lower for tok in self.nlp.make_doc(w)] for w in trigger_phrases(row)] for row in triggers]
        infinitives = sorted({verb.split()[0].lower() for row in triggers for verb in row.get("verbs", ())
                              if "base" in row.get("forms", VERB_FORMS)})
        # a row kept to past forms (not a speech kind's: "police say" reports no happening)
        # also matches its present forms, for the notes of a dated digest (Trigger.headline_only)
        speech = {k["kind"] for k in kinds if k.get("speech")}
        headline = [[[tok.lower for tok in self.nlp.make_doc(w)] for w in present_phrases(row)]
                    if row["kind"] not in speech else [] for row in triggers]
        return {"kinds": kinds, "triggers": triggers, "phrase_keys": keys, "headline_keys": headline,
                "infinitives": infinitives}

    def setup(self, data: dict[str, Any]) -> None:
        nlp = self.nlp
        self.kinds = build_lexicon(data["kinds"], data["triggers"])
        self.infinitives = frozenset(data["infinitives"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for index, keys in enumerate(data["phrase_keys"]):
            # PhraseMatcher takes a phrase as a Doc or as the sequence of its tokens' values.
            self.matcher.add(str(index), [tuple(k) for k in keys if k])
        self.key_to_entry = {nlp.vocab.strings[str(i)]: k for i, k in enumerate(self.kinds)}
        headline_kinds = []
        for index, keys in enumerate(data["headline_keys"]):
            if keys:
                headline_kinds.append(replace(self.kinds[index], headline_only=True))
                self.matcher.add(f"headline {index}", [tuple(k) for k in keys if k])
                self.key_to_entry[nlp.vocab.strings[f"headline {index}"]] = headline_kinds[-1]
        strings = nlp.vocab.strings
        every = self.kinds + headline_kinds
        # Lower-case word ids, so per-token tests read integers instead of building Tokens.
        self.need_ids = {id(k): frozenset(strings.add(w) for w in k.needs) for k in every}
        self.unless_ids = {id(k): frozenset(strings.add(w) for w in k.unless) for k in every}
        self.unless_before_ids = {id(k): frozenset(strings.add(w) for w in k.unless_before) for k in every}
        self.unless_next_ids = {id(k): frozenset(strings.add(w) for w in k.unless_next) for k in every}
        # ("removed him as director": the office an "as" names is the verb's own)
        self.clause_word_ids = frozenset(strings.add(w) for w in CLAUSE_WORDS - {"as"})
        self.clause_ids = numpy.array(sorted({strings.add(w) for w in CLAUSE_WORDS | CLAUSE_PUNCT}),
                                      dtype="uint64")
        self.connector_ids = frozenset(strings.add(w) for w in NAME_CONNECTORS)
        self.punct_ids = frozenset(strings.add(w) for w in CLAUSE_PUNCT)
        self.hyphen_id = strings.add("-")
        self.unsure_ids = frozenset(strings.add(w) for w in MODALS | SCHEDULED_TO)
        self.unless_end_ids = self.punct_ids | frozenset(strings.add(w) for w in PREDICATE_JOINS)
        self.prospective_ids = frozenset(strings.add(w) for w in PROSPECTIVE)
        self.determiner_ids = frozenset(strings.add(w) for w in DETERMINERS)

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        events = [self._value(doc, event) for event in self.events(doc)]
        release_entity_spans(doc)
        doc._.events = events
        doc.spans[self.spans_key] = [event.span for event in events]
        return doc

    @staticmethod
    def _value(doc: Doc, event: dict[str, Any]) -> EventValue:
        return EventValue(
            date=DateValue(**event["date"]), kind=event["kind"], cameo=event["cameo"],
            polarity=event["polarity"], goldstein=float(event["goldstein"]),
            countries=list(event["countries"]), actors=list(event["actors"]),
            sentence=event["sentence"], start=event["start"], end=event["end"],
            in_footnote=bool(event["in_footnote"]), trigger=event["trigger"],
            span=doc.char_span(event["start"], event["end"], label=event["kind"], alignment_mode="expand"),
        )

    def events(self, doc: Doc) -> list[dict[str, Any]]:
        if not len(doc):
            return []
        arrays = doc.to_array([LOWER, SENT_START, IS_TITLE, IS_UPPER])
        lower = arrays[:, 0]
        self._lower = lower.tolist()
        self._reference_days = None
        self._speakers = None
        self._title = arrays[:, 2].tolist()
        # the last day each article's own date covers: no past happening it reports is later
        self._reports = [(start, bounds[1] if bounds else None)
                         for start, _end, published in article_parts(doc._.document, len(doc_text(doc)))
                         for bounds in [date_bounds(published.value) if published else None]]
        # a hyphen inside a word ("Port-au-Prince", "anti-drug") opens no clause
        hyphen = self.hyphen_id
        spaces = token_texts(doc)[1]
        self._bounds = [i for i in numpy.flatnonzero(numpy.isin(lower, self.clause_ids)).tolist()
                        if lower[i] != hyphen or not i or spaces[i - 1] or spaces[i]]
        starts = numpy.flatnonzero(arrays[:, 1].astype("int64") == 1).tolist()
        if not starts or starts[0] != 0:
            starts = [0] + starts
        starts.append(len(doc))
        sents = split_at_note_marks([doc[a:b] for a, b in zip(starts, starts[1:]) if b > a])
        sent_starts = [s.start for s in sents]
        capitalised = numpy.flatnonzero(arrays[:, 2] | arrays[:, 3]).tolist()

        def sent_of(i: int) -> int:
            return bisect_right(sent_starts, i) - 1

        dates_by_sent: dict[int, list[Span]] = {}
        for span in doc.spans["crimecli_dates"] if "crimecli_dates" in doc.spans else ():
            dates_by_sent.setdefault(sent_of(span.start), []).append(span)
        numeric_headers = {si: date for si, sent in enumerate(sents)
                           for date in [numeric_header(sent, self._references(doc, sents, dates_by_sent))]
                           if date is not None}
        hits_by_sent: dict[int, list[Hit]] = {}
        in_entry: set[int] | None = None  # the sentences of dated entries told in the present
        for key, start, end in self.matcher(doc):
            entry = self.key_to_entry[key]
            si = sent_of(start)
            hit = Hit(start, end, entry)
            if entry.headline_only:
                if in_entry is None:
                    in_entry = entry_sentences(sents, dates_by_sent, numeric_headers)
                if not (si in in_entry and headline_verb(doc, hit, sents[si], dates_by_sent.get(si, ()))):
                    continue  # a present form outside a dated note's line reports nothing
            hits_by_sent.setdefault(si, []).append(hit)

        document = doc._.document
        footnotes = sorted(tuple(b) for b in (document.footnotes if document is not None else ()))
        note_starts = [a for a, _ in footnotes]
        headers = {si: head for si, sent in enumerate(sents)
                   for head in [note_header(sent, dates_by_sent.get(si, ()))] if head is not None}
        scan = sorted({j for si in hits_by_sent for j in (si - 1, si) if j >= 0} | set(headers))
        countries = CountryIndex(doc, [(sents[j].start, sents[j].end) for j in scan], capitalised)
        out: list[dict[str, Any]] = []
        last_date: dict[str, Any] | None = None  # the latest usable date, for anaphora
        last_date_sent = -10
        last_any: dict[str, Any] | None = None  # the previous sentence's date, even unresolved
        last_any_sent = -10
        # Sentences opening "Shortly after Petro took office": dated once the document's own
        # report of that landmark is known, after the loop.
        deferred: list[tuple[Span, list[Hit], bool, dict[str, Any]]] = []
        # A dateless sentence with a happening, which a following "Days later, on 26 November"
        # may date.
        # (Its last item: how many events rule 6 gave it meanwhile, which the later date replaces.)
        waiting: tuple[int, Span, list[Hit], bool, int] | None = None
        # An event note whose item opens with its date ("3. 9 May 2022 – Tumbes (Peru). Armed
        # clash. ..."): (header sentence, its date, where the item ends), until a happening of
        # the item gives it its event.
        note: tuple[Span, dict[str, Any], int] | None = None
        # The narrative moment of the paragraph, entry or note being read: (its date, where its
        # scope ends, the kinds of happening already told of it). A dateless happening told inside that scope takes it
        # (rule 6).
        text = doc_text(doc)
        lines = [m.start() for m in re.finditer("\n", text)]
        narrative: Narrative | None = None
        # A chronology whose entries sit under date headings of their own ("14 March 2024" on a
        # line): two such lines at least, so that a document's lone date line dates nothing.
        chronology = sum(1 for si, spans in dates_by_sent.items() if date_heading(sents[si], spans)) >= 2
        told_at: dict[str, int] = {}  # where the last happening of each kind told starts
        counted = 0
        for si, sent in enumerate(sents):
            found: list[dict[str, Any]] = []
            told_at.update((e["kind"], e["start"]) for e in out[counted:])
            counted = len(out)
            raw_dates = dates_by_sent.get(si, ())
            in_dates = date_tokens(raw_dates)
            heading = section_heading(sent, raw_dates)
            hits = [h for h in hits_by_sent.get(si, ()) if not heading and self._needs_met(doc, h, sent)
                    and not _hypothetical(doc, h, sent, in_dates, self.infinitives, self._lower)
                    and not _topic(doc, h, sent, in_dates) and not _denied(doc, h, sent) and not tally(doc, h, sent)
                    and not naming(doc, h, sent)]
            numeric = numeric_headers.get(si)
            if numeric is not None and hits and not any(d._.timex.value for d in raw_dates):
                # "03/04: Colombian police arrest ...": the note's own line, dated by its header
                told = [h for h in _drop_nested(hits) if not (h.entry.speech and _adjectival(doc, h))]
                events = self._dated_events(doc, sent, [((sent.start, sent.end, None), numeric)], told,
                                            in_block(footnotes, note_starts, sent.start_char), countries,
                                            self.clause_boundaries(sent))
                out.extend(events)
                continue
            if si in headers and not hits:
                header, date_span = headers[si]
                item_end = doc_text(doc).find("\n\n", header.start_char + len(header.text.rstrip()))
                note = (header, date_dict(date_span), len(doc_text(doc)) if item_end < 0 else item_end)
                continue
            if note is not None and sent.start_char >= note[2]:
                note = None
            told = [h for h in _drop_nested(hits) if not (h.entry.speech and _adjectival(doc, h))]
            if note is not None and told and not any(d._.timex.value for d in raw_dates):
                header, date, _ = note
                item = doc[header.start:sent.end]
                # every happening the note's sentence tells, as a dated sentence's ("Gang members
                # set fire to two buses and clashed with police")
                events = self._dated_events(doc, item, [((sent.start, sent.end, None), date)], told,
                                            in_block(footnotes, note_starts, item.start_char), countries,
                                            self.clause_boundaries(item))
                out.extend(events)
                narrative = (date, note[2], told_of(doc, events)) if date["value"] else None
                note = None
                continue
            if note is not None and told:
                # "9 March 2025 | Esmeraldas (Ecuador). Police found three bodies; they had been
                # reported missing on 7 March.": what the note's sentence tells before the clause
                # of its own date is the note's happening, of the header's date
                header, date, _ = note
                first = min(d.start for d in raw_dates if d._.timex.value)
                opens = max((b for b in self.clause_boundaries(sent) if b <= first), default=None)
                before = [h for h in told if opens is not None and h.end <= opens]
                if before:
                    item = doc[header.start:sent.end]
                    out.extend(self._dated_events(doc, item, [((sent.start, opens, None), date)], before,
                                                  in_block(footnotes, note_starts, item.start_char), countries,
                                                  self.clause_boundaries(item)))
                    hits = [h for h in hits if h.start >= opens]
                note = None
            if not hits and not raw_dates:
                continue
            boundaries = self.clause_boundaries(sent)
            hit_starts = {h.start for h in hits}
            dates = [d for d in raw_dates
                     if not is_citation_date(d, sent) and not is_quantity(d, sent)
                     and not birth_date(text, d.start_char, d.end_char)
                     and not (len(raw_dates) > 1 and is_dateline(d, sent))
                     and not cumulative(d, sent)
                     and not (in_until_clause(doc, d, sent, boundaries) and not dates_noun(doc, d, hits))
                     and not names_year(d, sent) and not coarse_context(d, sent, raw_dates)
                     and not ranking_period(d, sent, raw_dates)
                     and not state_date(d) and premodified(doc, d, sent.end, hit_starts) is not False
                     and not background_premodifier(doc, d, sent, boundaries, hit_starts)
                     and not since_state(doc, d, sent, boundaries)]
            dates = [d for d in dates if not vague_before_precise(d, dates) and not year_of_previous(d, dates)]
            if hits and (is_question(sent) or run_in_heading(sent, raw_dates)):
                hits = []
            hits = _drop_nested(hits)
            sent_char = sent.start_char  # a Span property: read once, not per footnote
            in_footnote = in_block(footnotes, note_starts, sent_char)
            resolved = [d for d in dates if d._.timex.value]
            if waiting is not None and waiting[0] == si - 1 and resolved:
                date = forward_date(sent, resolved[0])
                _, w_sent, w_hits, w_note, narrated = waiting
                if date is not None and not told_on_day_before(out[len(out) - narrated:] if narrated else [],
                                                               resolved[0]):
                    del out[len(out) - narrated:]
                    out.extend(self._dated_events(doc, w_sent, [((w_sent.start, w_sent.end, None), date)],
                                                  w_hits, w_note, countries, self.clause_boundaries(w_sent)))
            waiting = None
            if hits and not raw_dates:
                # "The arrest came after a two-year investigation": the happening just told, retold
                recent = sents[max(0, si - 2)].start_char
                hits = [h for h in hits if not (told_at.get(h.entry.kind, -1) >= recent and retold_subject(doc, sent, h))]
            if hits:
                landmark = None if dates else landmark_opener(doc, sent, hits, boundaries, countries)
                if landmark is not None:
                    deferred.append((sent, hits, in_footnote, landmark))
                else:
                    found = self._sentence_events(doc, sent, dates, hits, in_footnote, countries, boundaries,
                                                  last_date if si - last_date_sent <= 2 else None,
                                                  last_any if last_any_sent == si - 1 else None)
                    if found and (pointer_pattern().search(sent.text) or own_action_pattern().search(sent.text)):
                        found = release_furniture(sent.text, found)
                    if found and dates:
                        found = self._interval_events(doc, sent, dates, hits, found, in_footnote, countries,
                                                      boundaries)
                    told: list[dict[str, Any]] = []
                    if (not found and not raw_dates and narrative is not None and sent.start_char < narrative[1]
                            and not in_footnote):
                        told = [e for e in self._narrative_events(doc, sent, hits, narrative, countries, boundaries)
                                if not retold(doc, sent, e, narrative[2])]
                        narrative = (*narrative[:2], narrative[2] | told_of(doc, told))
                    before = len(out)
                    other = {h.start: h.entry for h in hits if self._other_subject(h, sent)}
                    out.extend(self._as_other_kind(e, other[e["trigger_at"]]) if e["trigger_at"] in other else e
                               for e in found or told
                               if e["trigger_at"] not in other or other[e["trigger_at"]].unless_before_kind)
                    if not found and not dates:
                        waiting = (si, sent, hits, in_footnote, len(out) - before)
            narrative = self._narrative(doc, sent, raw_dates, resolved, found, narrative, text, lines, chronology)
            if resolved:
                last_date = date_dict(resolved[-1])
                last_date_sent = si
            elif any(not d._.timex.timeml for d in dates):
                # "On 4 October" in an undated report: "Two weeks later" in the next sentence
                # counts from that unknown day, not from an older date two sentences up.
                last_date = None
            if dates:
                last_any, last_any_sent = date_dict(dates[-1]), si
            elif found and found[-1]["date"]["value"]:
                # "Two months later, Morales suspended ... Washington responded by ...": the
                # moment a sentence took from its context is the one a response answers
                last_any, last_any_sent = found[-1]["date"], si
        if deferred:
            out.extend(self._landmark_events(doc, out, deferred, countries))
            out.sort(key=lambda e: e["start"])
        return one_per_kind_and_date(doc, out)

    def _narrative(self, doc: Doc, sent: Span, raw_dates, resolved: list[Span], found: list[dict[str, Any]],
                   current: Narrative | None, text: str, lines: list[int],
                   chronology: bool = False) -> Narrative | None:
        """The narrative moment after ``sent``: a dated happening sets it until the end of its
        paragraph (to the end of its note for a "Date:" field line); a date with no happening, or
        an opener that leaves the moment ("Previously", "Since then"), ends it."""
        openers = event_openers()
        start = sent.start_char
        if not raw_dates:
            if current is None or current[1] <= start:
                return None
            head = text[start:start + 40].lower().lstrip(" \n\"“")
            return None if openers.new_frame.match(head) else current
        if not resolved:
            return None
        if openers.date_field.match(text[start:start + 40]):
            end = text.find("\n\n", start)
            return date_dict(resolved[0]), len(text) if end < 0 else end, frozenset()
        stop = words_end(sent)
        if chronology and not found and date_heading(sent, resolved):
            # the heading's entry: the block under it, up to the blank line after its text
            body = stop
            while body < len(text) and text[body].isspace():
                body += 1
            end = text.find("\n\n", body)
            return date_dict(resolved[0]), len(text) if end < 0 else end, frozenset()
        own = [e for e in found if e["date"]["resolved_from"] != "context"]
        # the moment of the happening the main clause tells in the past ("Venezuela expelled the
        # diplomats on Monday ... after they questioned the July 28 election": Monday), else the last
        told = [e for e in own if finite_past(doc, Hit(e["trigger_at"], e["trigger_end"], None), sent)]
        date = (told or own)[-1]["date"] if own else None
        if date is None or not date["value"] or precision_of(date["value"]) in ("decade", "century"):
            return None
        # a scheduled or expected happening ("will visit Lima on 3 June") is no moment of the
        # narrative: what the next sentence tells in the past happened before it
        lower, unsure = self._lower, self.unsure_ids
        # (a word of a date is none: "On 5 May 2024" holds no modal)
        in_dates = date_tokens(raw_dates)
        if any(lower[i] in unsure and i not in in_dates for i in range(sent.start, sent.end)):
            return None
        # the paragraph (one line) the sentence ends in
        k = bisect_left(lines, stop)
        end = lines[k] if k < len(lines) else len(text)
        return date, end, told_of(doc, (e for e in own if e["date"] == date))

    def _narrative_events(self, doc: Doc, sent: Span, hits: list[Hit],
                          narrative: Narrative, countries: "CountryIndex",
                          boundaries: list[int]) -> list[dict[str, Any]]:
        """Rule 6: the happenings a dateless sentence narrates inside a dated paragraph, entry or
        note, at the narrative moment: its date as told ("police raided a farm on 2 June. They
        seized 500 kilos": 2 June); its year when the sentence says it came later ("Peru later
        expelled two diplomats")."""
        openers = event_openers()
        if (len(sent) > self.NARRATIVE_MAX_TOKENS or openers.new_frame.match(sent[:6].text.lower().lstrip(" \n\"“"))
                or openers.not_narrative.search(sent.text)):
            return []
        told = [h for h in hits if h.entry.narrated and not h.entry.speech and not _adjectival(doc, h)
                and (finite_past(doc, h, sent) or noun_occurred(doc, h, sent))]
        if not told:
            return []
        date = narrative[0]
        value = date["value"]
        if openers.shift_word.search(sent.text) and precision_of(value) in ("day", "week", "month", "season"):
            date = {**date, "value": coarsen(value, "year"), "precision": "year"}
        date = {**date, "resolved_from": "context"}
        return self._dated_events(doc, sent, [((sent.start, sent.end, None), date)], told, False, countries,
                                  boundaries)

    def _landmark_events(self, doc: Doc, found: list[dict[str, Any]],
                         deferred: list[tuple[Span, list[Hit], bool, dict[str, Any]]],
                         countries: "CountryIndex") -> list[dict[str, Any]]:
        """Date "Shortly after Petro took office, ..." by this document's own dated report of
        Petro taking office (to the year: "shortly" may cross a new year)."""
        landmarks = {t.kind for t in self.kinds if t.landmark}
        known: dict[tuple[str, str], str] = {}
        for event in found:
            value = event["date"]["value"]
            if event["kind"] in landmarks and value and event["date"]["resolved_from"] != "context":
                for actor in event["actors"]:
                    known.setdefault((event["kind"], actor), value)
        out = []
        for sent, hits, in_footnote, landmark in deferred:
            value = next((known[(landmark["kind"], a)] for a in landmark["actors"]
                          if (landmark["kind"], a) in known), None)
            if value is None or precision_of(value) in ("decade", "century"):
                continue
            date = {"value": coarsen(value, "year"), "precision": "year", "text": landmark["text"],
                    "resolved_from": "context"}
            rest = [h for h in hits if h.start >= landmark["end"]]
            if rest:
                boundaries = self.clause_boundaries(sent)
                out.extend(self._dated_events(doc, sent, [((landmark["end"], sent.end, None), date)], rest,
                                              in_footnote, countries, boundaries))
        return out

    # ------------------------------------------------------------------ per sentence
    def _references(self, doc: Doc, sents: list[Span], dates_by_sent: dict[int, list[Span]]) -> list[Day]:
        """The days a numeric note header ("03/04:") is read near: the document's own date and
        the dates of its title line ("Regional brief — March 3-9, 2025")."""
        if self._reference_days is not None:
            return self._reference_days
        days: list[Day] = []
        document = doc._.document
        published = document.published if document is not None else None
        bounds = date_bounds(published.value) if published is not None and published.value else None
        if bounds:
            days.append(bounds[1])
        text = doc_text(doc)
        stripped = text.lstrip()
        first_line_end = len(text) - len(stripped) + (stripped.find("\n") if "\n" in stripped else len(stripped))
        for spans in dates_by_sent.values():
            for span in spans:
                if span.start_char < first_line_end and span._.timex.value:
                    found = date_bounds(span._.timex.value)
                    if found and found[0] == found[1] or found and span._.timex.precision == "week":
                        days.append(found[0])
        self._reference_days = days
        return days

    @staticmethod
    def _voice(doc: Doc) -> str | None:
        """The country of the government whose release the document is, as the resolver read it
        (``doc._.release_voice``); None for any other document."""
        return doc._.release_voice

    def _speaker_country(self, doc: Doc, sent: Span) -> str | None | bool:
        """In a transcript, the country of who speaks a sentence: the person named in the last
        speaker label before it ("SECRETARY BLINKEN:", "PRESIDENT DUQUE:"), None when the label
        names no one of known country; True for a sentence under no label (the release's own
        prose)."""
        if self._speakers is None:
            text = doc_text(doc)
            people = [(m.start_char, m.end_char, e.country) for e in doc._.entities or ()
                      if e.label == "PERSON" for m in e.mentions]
            self._speakers = []
            for m in SPEAKER_LABEL.finditer(text):
                country = next((c for a, b, c in people if m.start() <= a and b <= m.end()), None)
                self._speakers.append((m.start(), country))
        k = bisect_right([at for at, _ in self._speakers], sent.start_char) - 1
        return True if k < 0 else self._speakers[k][1]

    def _needs_met(self, doc: Doc, hit: Hit, sent: Span) -> bool:
        lower, title = self._lower, self._title
        # A word shortly after the trigger in its own clause that makes it another happening
        # ("found the mayor guilty", "released a report"); a comma ends the clause ("were
        # released on 9 June, police said in a statement"), and so does a second predicate
        # ("was released in June and shot dead in a café").
        if hit.end < sent.end and lower[hit.end] in self.unless_next_ids[id(hit.entry)]:
            return False
        unless = self.unless_ids[id(hit.entry)]
        if unless:
            for i in range(hit.end, min(sent.end, hit.end + self.NEEDS_WINDOW)):
                # a determiner in the list ("released a report") is the object's, right after
                # the trigger: "released him on a technicality" released a person
                if lower[i] in unless and (i == hit.end or lower[i] not in self.determiner_ids):
                    return False
                if lower[i] in self.unless_end_ids:
                    break
        if not hit.entry.needs:
            return True
        lo = max(sent.start, hit.start - self.NEEDS_WINDOW)
        hi = min(sent.end, hit.end + self.NEEDS_WINDOW)
        # A passive "they were severed" may sit far from "relations": the whole sentence counts.
        if hit.entry.needs_in_sentence:
            lo, hi = sent.start, sent.end
        else:  # ... else the trigger's own clause: "after the president met ..." is another's
            clause = self.clause_word_ids
            lo = next((i + 1 for i in range(hit.start - 1, lo - 1, -1) if lower[i] in clause), lo)
            hi = next((i for i in range(hit.end, hi) if lower[i] in clause), hi)
            if hit.entry.needs_object and not _passive(doc, hit, sent):
                # what a dismissing verb acts on follows it: "President Bukele suspended the
                # operations of the DEA" removed no president
                lo = hit.end
        needs = self.need_ids[id(hit.entry)]
        # A companion word that continues a title-case name ("the Vienna Convention on Diplomatic
        # Relations") is part of that name, not what happened; a name's head word still counts
        # ("pulled out of the Organization of American States").
        return any(lower[i] in needs and not (title[i] and i > sent.start + 1 and title[i - 1]
                                              and not self._name_head(i, sent))
                   for i in range(lo, hi))

    def _other_subject(self, hit: Hit, sent: Span) -> bool:
        """Is what the trigger happens to, shortly before it in its clause, a thing its kind does
        not happen to ("the film was released", "the company was born")? Such a trigger still
        holds its clause's date ("the faction born in 1979") but reports nothing."""
        unless, lower = self.unless_before_ids[id(hit.entry)], self._lower
        if unless:
            for i in range(hit.start - 1, max(sent.start, hit.start - self.UNLESS_BEFORE_WINDOW) - 1, -1):
                if lower[i] in unless:
                    return True
                if lower[i] in self.punct_ids:
                    break
        return False

    def _as_other_kind(self, event: dict[str, Any], entry: Trigger) -> dict[str, Any]:
        """The event of a trigger whose subject makes it another kind ("the faction was born in
        1979": a founding)."""
        kind = next(t for t in self.kinds if t.kind == entry.unless_before_kind)
        return {**event, "kind": kind.kind, "cameo": kind.cameo, "polarity": kind.polarity,
                "goldstein": kind.goldstein}

    def _name_head(self, i: int, sent: Span) -> bool:
        """Is title-case token ``i`` the head of a head-final name ("the Bipartisan Safer
        Communities Act", "its National Drug Control Strategy"): the last of its run, and the
        run not the tail of a longer name ("Convention on Diplomatic Relations")?"""
        title, lower = self._title, self._lower
        if i + 1 < sent.end and title[i + 1]:
            return False
        start = i
        while start > sent.start and title[start - 1]:
            start -= 1
        return start == sent.start or lower[start - 1] not in self.connector_ids

    def clause_boundaries(self, sent: Span) -> list[int]:
        """Token indices inside the sentence that open a new clause (from the per-document list)."""
        bounds = self._bounds
        return bounds[bisect_left(bounds, sent.start):bisect_left(bounds, sent.end)]

    def _sentence_events(self, doc: Doc, sent: Span, dates: list[Span], hits: list[Hit],
                         in_footnote: bool, countries: "CountryIndex", boundaries: list[int],
                         previous: dict[str, Any] | None,
                         adjacent: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        if not dates:
            sequel = came_after(doc, sent, hits, previous)
            if sequel is not None:
                # "The attack came a day after gunmen ambushed a police convoy": the subject
                # retells the happening just told; what came before it is the news, counted back
                hits, date = sequel
                if not hits:
                    return []
                return self._dated_events(doc, sent, [((sent.start, sent.end, None), date)], hits, in_footnote,
                                          countries, boundaries)
            date = anaphoric_date(sent, previous)
            if date is None and adjacent is not None and event_openers().response.search(sent[:8].text):
                # "Chavez responded by severing all diplomatic ties": the moment of what he
                # responded to, told in the sentence before, resolved or not.
                date = {**adjacent, "resolved_from": "context" if adjacent["value"] else "unresolved"}
            if date is None:
                return []
            dated = [((sent.start, sent.end, None), date)]
        else:
            dated = []
            for region in split_regions(doc, sent, dates, boundaries, {h.start for h in hits}):
                span = region[2]
                info = date_dict(span)
                if info["value"] is None and ANAPHORIC_DATE.search(span.text):
                    borrowed = anaphoric_date(sent, previous, opener=span.text)
                    if borrowed is not None:
                        info = borrowed
                dated.append((region, info))
        return self._dated_events(doc, sent, dated, hits, in_footnote, countries, boundaries)

    def _dated_events(self, doc: Doc, sent: Span, dated, hits: list[Hit], in_footnote: bool,
                      countries: "CountryIndex", boundaries: list[int]) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        last_main: Hit | None = None  # the happening of the region before, for a gapped one
        for (lo, hi, date_span), date in dated:
            late = self._after_report(date, sent.start_char)
            # told in the past, it is not of a date after the report; spoken of as to come
            # ("briefed reporters today on the upcoming visit"), not of a date before it
            region_hits = [h for h in hits if lo <= h.start < hi and not (
                finite_past(doc, h, sent) if late else late is False and self._prospective(h, sent))]
            if date_span is not None:
                # '"Tomorrow someone else will be collecting," said one shopkeeper': a date of
                # the quoted words dates no saying (nor anything) outside the quotation
                region_hits = [h for h in region_hits if not quoted_apart(doc, date_span, h, sent)]
            if date_span is not None:
                region_hits = [h for h in region_hits if not year_tally(doc, h, date_span)]
            since = since_clause(doc, date_span, sent) if date_span is not None else None
            if since is not None:
                # "had detained 329 people since the conflict was declared on Tuesday": the date
                # is the "since" clause's own happening; what the main clause tells ran from then
                region_hits = [h for h in region_hits if h.start > since]
            if not region_hits:
                if last_main is not None and date_span is not None and gapped(doc, lo, hi, date_span):
                    # "arrested the first suspect on 3 May and the second on 5 May": the verb
                    # of the region before, again, at this region's date
                    events.append(self._event(doc, sent, last_main, date, lo, hi, in_footnote, countries,
                                              boundaries, date_span))
                continue
            anchor = date_span.start if date_span is not None else lo
            frames = {h.start: f for h in region_hits if h.entry.landmark
                      for f in [frame_of(doc, h, boundaries, lo)] if f is not None}
            chosen = choose_triggers(doc, region_hits, anchor, boundaries, date_span, frames)
            last_main = chosen[0] if chosen else None
            # A landmark in an "after"/"before" clause that holds the date is a dated happening
            # of its own ("renewed ties after the former assumed power in August").
            if date_span is not None:
                for h in region_hits:
                    f = frames.get(h.start)
                    if (f is not None and h not in chosen and doc[f].lower_ in {"after", "before", "following"}
                            and _verbal(doc[h.start]) and f < date_span.start
                            and _crossings(boundaries, h.start, date_span.start) == 0
                            and h.entry.kind not in {c.entry.kind for c in chosen}):
                        chosen.append(h)
            conjuncts = conjunct_ranges(doc, chosen, lo, hi,
                                        lambda a, b: bool(countries.in_range(a, b)["countries"]))
            for hit in chosen:
                event = self._event(doc, sent, hit, date, lo, hi, in_footnote, countries, boundaries, date_span)
                if hit.start in conjuncts and not hit.entry.self_party:
                    # "Honduras broke off relations with Taiwan ... and established ties with
                    # China": the shared subject and each verb's own objects.
                    (s_lo, s_hi), (c_lo, c_hi) = conjuncts[hit.start]
                    own = countries.in_range(c_lo, c_hi)["countries"]
                    if own:
                        names = [c for c, _ in countries.in_range(s_lo, s_hi)["countries"]]
                        event["countries"] = names + [c for c, _ in own if c not in names]
                events.append(event)
        return events

    INTERVAL_REACH = 25  # tokens from "a day after" to the happening it counts back to

    def _interval_events(self, doc: Doc, sent: Span, dates: list[Span], hits: list[Hit],
                         found: list[dict[str, Any]], in_footnote: bool, countries: "CountryIndex",
                         boundaries: list[int]) -> list[dict[str, Any]]:
        """"escaped on 10 January 2024, a day after his arrest", "moved to Catatumbo in 2017, a
        year after the FARC signed a peace agreement": the happening told after "N units
        after/before" set off by a comma right after a date is dated by that date counted back
        (or on) by that many units (shift_value), not by the date itself. Not a phrase elsewhere
        ("and four days after the first attacks he announced": it counts to the announcement)."""
        text = sent.text
        for m in event_openers().interval.finditer(text):
            at = sent.start_char + m.start()
            base = [d for d in dates if d._.timex.value and d.end_char <= at]
            if not base or doc_text(doc)[base[-1].end_char:at].strip() != ",":
                continue  # only "DATE, N units after ...": the phrase counts from that date
            start = next((t.i for t in sent if t.idx >= sent.start_char + m.end()), sent.end)
            if any(start <= d.start < start + self.INTERVAL_REACH for d in dates):
                continue  # the counted happening has a date of its own
            later = [h for h in hits if start <= h.start < start + self.INTERVAL_REACH
                     and not any(doc[i].text == ";" for i in range(start, h.start))]
            if not later:
                continue
            hit = min(later, key=lambda h: h.start)
            moved = shift_value(base[-1]._.timex.value, m.group("count"), m.group("unit"),
                                before=m.group("after") is not None)
            if moved is None:
                continue
            date = {"value": moved[0], "precision": moved[1], "text": m.group(0).strip(),
                    "resolved_from": "context"}
            own = [e for e in found if e["trigger_at"] == hit.start]
            if own:
                for e in own:
                    e["date"] = date
            else:
                found = found + self._dated_events(doc, sent, [((start, sent.end, None), date)], [hit],
                                                   in_footnote, countries, boundaries)
        return found

    def _prospective(self, hit: Hit, sent: Span) -> bool:
        """Is the trigger a noun spoken of as still to come ("his upcoming visit")?"""
        lower = self._lower
        return any(lower[i] in self.prospective_ids for i in range(max(sent.start, hit.start - 3), hit.start))

    def _after_report(self, date: dict[str, Any], at: int) -> bool | None:
        """Does ``date`` begin after the date of the article holding character ``at`` (None:
        either is unknown)? A trigger told in the simple past ("police arrested", "the board
        declared") is then dated by another clause's date ("declared a dividend, payable
        Dec. 15"): a report tells no past happening of its future."""
        reports = self._reports
        k = bisect_right(reports, at, key=lambda r: r[0]) - 1
        reported_by = reports[k][1] if k >= 0 else None
        bounds = date_bounds(date["value"]) if reported_by is not None else None
        return None if bounds is None else bounds[0] > reported_by

    def _event(self, doc: Doc, sent: Span, hit: Hit, date: dict[str, Any], lo: int, hi: int,
               in_footnote: bool, countries: "CountryIndex", boundaries: list[int],
               date_span: Span | None = None) -> dict[str, Any]:
        entry = hit.entry
        inset = parenthetical(doc, sent, hit, date_span)
        if inset is not None and countries.in_range(inset[0], inset[1])["countries"]:
            # "... airline Conviasa – sanctioned by Washington since February 2020 – ...": the
            # inset and the noun phrase it describes, not the whole sentence. An inset naming
            # nobody ("(the last time they met was in 2006)") speaks of the sentence's parties.
            found = countries.in_range(max(sent.start, inset[0] - 6), inset[1])
        elif entry.passive_victim and _passive(doc, hit, sent):
            found = countries.after_passive(doc, sent, hit, hi, boundaries)
        elif entry.self_party:
            found = countries.for_self(doc, sent, hit, lo, hi, boundaries)
        else:
            found = countries.in_range(sent.start, sent.end)
        names = [c for c, _ in found["countries"]]
        if entry.polarity == "conflict" and len(names) > 1:
            doer = countries.abroad_doer(doc, sent, hit)
            if doer in names:
                names.remove(doer)
        voice = self._voice(doc)
        if not names and date.get("text") and starts_line(sent) \
                and span_text(sent).lstrip(" -–—•*").startswith(date["text"]):
            # a note's line opened by its date and place, whose doer's clause names no state: the
            # note's place says where it happened ("7 March 2025 | Durán (Ecuador). Soldiers
            # arrested ..."), up to the stop that ends the header
            stop = next((t.i for t in sent if t.text in NOTE_HEADER_STOPS and t.i > sent.start + 1), sent.start)
            names = [c for c, _ in countries.in_range(sent.start, stop)["countries"]]
        speaker = self._speaker_country(doc, sent) if voice else None
        # "We welcomed the extradition", "The Department designated ...": the government whose
        # release this is takes part (its country as the resolver read the release), besides
        # those the sentence or its paragraph gives
        issuer = voice if voice and voice not in names and issuer_speaks(
            doc, sent, hit, speaker is True or speaker == voice) else None
        sent_text = span_text(sent)
        parties = None if entry.self_party else PARTIES.search(sent_text)
        count = parties and (parties["n"] or parties["m"])
        wanted = PARTY_COUNTS[count.lower()] if count else 2
        if parties and len(names) < wanted:
            for country in countries.recent(sent.end, wanted):
                if country not in names:
                    names.append(country)
        if entry.bilateral and len(names) + (issuer is not None) == 1:
            other = countries.previous_other(sent.start, names[0] if names else issuer)
            if other:
                names.append(other)
        if not names:
            # a sentence that names no state ("The armed forces took over the prisons the
            # following week") tells of the country its paragraph is about, where it happens
            here = countries.previous_other(sent.start, None)
            if here:
                names.append(here)
        if issuer and issuer not in names:
            names.append(issuer)
        polarity = entry.polarity
        if entry.joint_polarity and len(names) >= 2 and not TARGETS.search(sent_text):
            polarity = entry.joint_polarity
        return {
            "date": date,
            "kind": entry.kind,
            "cameo": entry.cameo,
            "polarity": polarity,
            "goldstein": entry.goldstein,
            "countries": names,
            "actors": found["actors"],
            "sentence": sent_text.strip(),
            "start": sent.start_char,
            "end": sent.start_char + len(sent_text.rstrip()),
            "in_footnote": in_footnote,
            "trigger": doc[hit.start:hit.end].text,
            "trigger_at": hit.start,
            "trigger_end": hit.end,
        }

# ---------------------------------------------------------------------- helpers (pure)
@lru_cache(maxsize=None)
def _phrases(field: str) -> re.Pattern:
    words = sorted(clause_words(field), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)", re.I)


def pointer_pattern() -> re.Pattern:
    return _phrases("pointer_phrases")


def own_action_pattern() -> re.Pattern:
    return _phrases("own_action_phrases")


def release_furniture(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a release's furniture leaves of a sentence's events: a pointer to other material
    ("For identifying information on the individuals sanctioned today, click here.") tells
    none; a reference back to the release's own action ("As a result of today's action, all
    property ... is blocked") retells it wherever it takes its date from the document, and keeps
    what it dates otherwise ("Today's action builds on the sanctions of March 2023")."""
    if pointer_pattern().search(text):
        return []
    return [e for e in events if e["date"] and e["date"].get("resolved_from") not in ("document date", "context")]


def one_per_kind_and_date(doc: Doc, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One happening of a kind per sentence and date: "burned houses in Tibú and attacked a
    police post" tells one attack, not two; the later trigger's parties join the first's. A word
    between the triggers that makes them two ("rejected one reform but approved others", "then",
    "also", "four days later") keeps both."""
    markers = clause_words("distinct_markers")
    first: dict[tuple, dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    for event in events:
        date = event["date"] or {}
        key = (event["start"], event["kind"], date.get("value"))
        kept = first.get(key)
        if kept is not None and any(t.lower_ in markers for t in doc[kept["trigger_end"]:event["trigger_at"]]):
            kept = None
        if key[2] is None or kept is None:
            if key[2] is not None:
                first[key] = event
            out.append(event)
            continue
        kept["countries"] = kept["countries"] + [c for c in event["countries"] if c not in kept["countries"]]
        kept["actors"] = kept["actors"] + [a for a in event["actors"] if a not in kept["actors"]]
    return out


# A transcript's speaker label opening a line: "SECRETARY BLINKEN:", "MR BARTLETT:".
SPEAKER_LABEL = re.compile(r"(?m)^[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}[A-ZÀ-ÖØ-Þ.]:")


def issuer_speaks(doc: Doc, sent: Span, hit: Hit, first_person: bool = True) -> bool:
    """Does a release's issuer take part in the sentence's happening: a first-person word in the
    release's own prose or said by a speaker of its country (``first_person``) ("We welcomed ...", "our
    governments held ..."; voice_words), or an issuer phrase
    before the trigger that starts no longer name ("The Department designated ...", not "the
    Department of Justice charged ..."; voice_subjects of lexicons/<language>/event_clauses.json)?"""
    lower = token_lowers(doc)
    first_words = clause_words("voice_words")
    texts = token_texts(doc)[0]
    if first_person and any(lower[i] in first_words and texts[i] != "US" for i in range(sent.start, sent.end)):
        return True
    for phrase in clause_words("voice_subjects"):
        words = phrase.split()
        for i in range(sent.start, hit.start - len(words) + 1):
            if lower[i:i + len(words)] == words:
                after = i + len(words)
                if after < len(doc) and lower[after] not in ("of", "for", "'s", "’s") \
                        and not doc[after].is_title:
                    return True
    return False


def in_block(blocks: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Does ``offset`` fall in one of the sorted, non-overlapping (start, end) ``blocks``
    (``starts`` their starts)? A binary search, not a scan per sentence."""
    k = bisect_right(starts, offset) - 1
    return k >= 0 and offset < blocks[k][1]


def date_dict(span: Span) -> dict[str, Any]:
    info = span._.timex
    value = info.value
    return {
        "value": value,
        "precision": info.precision or ("unresolved" if value is None else "day"),
        "text": span_text(span),
        "resolved_from": info.resolved_from or ("unresolved" if value is None else "explicit"),
    }


def is_citation_date(span: Span, sent: Span) -> bool:
    """A source citation's date: "..., El Tiempo, 4 June 2020." or "interview, Bogotá, 6 July 2021;".

    The date follows a comma and closes the sentence or a list item; narrative dates are
    introduced by a preposition ("in 2019", "on 4 October") instead. A source's date is written
    with a number: one told in words from the telling (", in Valle del Cauca, last April") is
    the narrative's.
    """
    if not any(ch.isdigit() for ch in span.text):
        return False
    doc = span.doc
    texts = token_texts(doc)[0]  # the shared column, not a Token per word
    before = texts[span.start - 1] if span.start > sent.start else ""
    after_i = span.end
    while after_i < sent.end and doc[after_i].is_space:
        after_i += 1
    after = texts[after_i] if after_i < sent.end else ""
    if before in {",", "(", "’", "”"} and after in {"", ".", ";", ")", ",", "”"}:
        first = token_lowers(doc)[span.start]
        return first not in {"in", "on", "since", "from", "until", "by", "during", "early", "late", "mid"}
    return False


# The dash that ends a wire story's dateline ("QUITO, May 3 (Reuters) -").
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})


def is_dateline(span: Span, sent: Span) -> bool:
    """A wire story's dateline date: "PORT-AU-PRINCE, June 14, 2024 (Reuters) - Gunmen killed ...
    on Thursday". It is when the story was filed (the publication date), not when what the
    sentence reports happened, which another date of the sentence tells (with none, the
    filing date is the best date the story gives): a place in capitals or title case, a
    comma, the date, an optional agency in brackets, a dash."""
    doc = span.doc
    head = doc[sent.start:span.start]
    if not 1 < len(head) <= 6 or head[-1].text != ",":
        return False
    if not all(t.is_upper or t.is_title or t.is_punct for t in head):
        return False
    i = span.end
    if i < sent.end and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 8, sent.end)) if doc[j].text == ")"), None)
        if close is None:
            return False
        i = close + 1
    if i < sent.end and doc[i].text == ":" and span.start - sent.start == 2:
        # "Update, September 18, 2025: A court sentenced ... on Tuesday": a one-word label's
        # date is when the note was added, as a dateline's is when the story was filed
        return True
    return i < sent.end and doc[i].text in DATELINE_DASHES


def cumulative(span: Span, sent: Span) -> bool:
    """"more than 400 inmates killed since 2021", "Since the 2006 launch of the drug war, more than
    400,000 people have been killed": a "since" date in a sentence that counts starts the period
    over which things are counted; it dates no single happening. Without a count it dates the
    start of a state ("sanctioned since February 2020", "the severing of ties since early
    2019"), which is an event."""
    doc = span.doc
    lead = [t.lower_ for t in doc[max(sent.start, span.start - 2):span.start]] + [span[0].lower_]
    if "since" not in lead:
        return False
    return any(count(t) for t in sent if not (span.start <= t.i < span.end))


NAMING_REACH = 5  # tokens of a named object before its "a"/"an" complement


def naming(doc: Doc, hit: Hit, sent: Span) -> bool:
    """Does a one-word trigger that is a verb of naming (lexicons/<language>/event_clauses.json
    naming_verbs) name its object ("called the vote an existential threat", "called Petro a
    liar") rather than tell a happening ("called his counterpart on Tuesday")? An object of a
    few words, then "a"/"an", in one clause."""
    if hit.end - hit.start > 1 or doc[hit.start].lower_ not in clause_words("naming_verbs"):
        return False
    lower = token_lowers(doc)
    for i in range(hit.end + 1, min(sent.end, hit.end + 1 + NAMING_REACH)):
        if lower[i] in {"a", "an"}:
            # ... not a time after it: "called his counterpart a day after the attack"
            return (lower[i - 1] not in FUNCTION_WORDS
                    and not event_openers().units_later.match(doc[i:min(sent.end, i + 4)].text))
        if lower[i] in CLAUSE_PUNCT or lower[i] in CLAUSE_WORDS or lower[i] in {"on", "in", "to", "at", "for"}:
            return False
    return False


SINCE_REACH = 12  # tokens from a "since" that opens a clause to a date of that clause


def since_clause(doc: Doc, date: Span, sent: Span) -> int | None:
    """Where the "since" opening the clause that holds the date stands, when that clause has a
    verb of its own before the date ("since the state of conflict was declared on Tuesday");
    None for a date right after "since" ("sanctioned since February 2020": the start of a
    state, an event) or in no "since" clause."""
    lower = token_lowers(doc)
    for i in range(date.start - 1, max(sent.start, date.start - SINCE_REACH) - 1, -1):
        word = lower[i]
        if word == "since":
            return i if date.start - i > 2 and any(_verbal(t) or t.lower_ in IRREGULAR_PAST
                                                   for t in doc[i + 1:date.start]) else None
        if word in CLAUSE_WORDS or word in CLAUSE_PUNCT:
            return None
    return None


def since_state(doc: Doc, date: Span, sent: Span, boundaries: list[int]) -> bool:
    """A "since" date of a clause told in the present simple ("The lesson of Rosario since 2012
    is that arrests alone do not ...") starts a lasting state, a lesson or a trend: it dates no
    happening. A perfect ("has arrested 300 since 2012") or a past form in the clause keeps it."""
    if date[0].lower_ != "since" and (date.start == sent.start or doc[date.start - 1].lower_ != "since"):
        return False
    lo = max((b for b in boundaries if b <= date.start), default=sent.start)
    hi = min((b for b in boundaries if b >= date.end), default=sent.end)
    words = [t.lower_ for t in doc[lo:hi]]
    if not any(w in clause_words("state_since_verbs") for w in words):
        return False
    perfect = clause_words("perfect_auxiliaries")
    return not any(w in perfect or (_past_word(w) and _verbal(t)) for w, t in zip(words, doc[lo:hi])
                   if not (date.start <= t.i < date.end))


def tally(doc: Doc, hit: Hit, sent: Span) -> bool:
    """"recorded a record 605 murders in 2022", "some 1,200 arrests last year": a plural noun
    counted in the tens or more is a statistic, not one happening."""
    token = doc[hit.start]
    if _verbal(token) or not token.lower_.endswith("s") or hit.start == sent.start:
        return False
    return count(doc[hit.start - 1])


TALLY_REACH = 4  # tokens between a count and the verb of what was counted


def year_tally(doc: Doc, hit: Hit, date: Span) -> bool:
    """"at least 5,601 people were killed in Haiti last year", "gangs killed more than a dozen
    bus drivers this year": a happening to people counted by an estimate (hedged, by the dozens,
    or in hundreds) over a whole year (lexicons/<language>/event_clauses.json period_years,
    tally_counts, tally_hedges) is a statistic, not one happening ("killed 12 people in a bar
    last year" is one)."""
    if not hit.entry.passive_victim or date.text.lower() not in clause_words("period_years"):
        return False
    counts, hedges = clause_words("tally_counts"), clause_words("tally_hedges")

    def estimate(i: int) -> bool:  # a statistic's count: hedged, by the dozens, or of hundreds
        if doc[i].lower_ in counts:
            return True
        if not (count(doc[i]) or doc[i].lower_ == "dozen"):
            return False
        lead = doc[max(0, i - 3):i].text.lower()
        return (any(re.search(rf"\b{re.escape(h)}\b", lead) for h in hedges)
                or (count(doc[i]) and int(doc[i].text.replace(",", "")) >= 100))

    def counted(i: int) -> bool:  # such a count with no punctuation between it and the trigger
        lo, hi = (i + 1, hit.start) if i < hit.start else (hit.end, i)
        return (estimate(i) and not (date.start <= i < date.end)
                and not any(doc[j].is_punct for j in range(lo, hi)))
    return any(counted(i) for i in range(max(0, hit.start - TALLY_REACH), min(len(doc), hit.end + TALLY_REACH)))


def count(token) -> bool:
    """A written count of ten or more ("400", "1,300", "72,000"): not a year, a note mark, a sum
    ("$50") nor a measure ("a 37-year sentence")."""
    text = token.text.replace(",", "")
    if not text.isdecimal() or year_number(token) or int(text) < 10:
        return False
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return before not in {"[", "$", "US$"} and after not in {"-", "%", "]"}


NOTE_TAIL = re.compile(r"[.!?,;:]?\[\d{1,3}\]?$")
NOTE_MARK = re.compile(r"[.!?”\"]\[\d{1,3}$")


NOTE_BREAK = re.compile(r"[.!?”\"]\[\d{1,3}\]")


def split_at_note_marks(sents: list[Span]) -> list[Span]:
    """Also end a sentence after a footnote mark glued to its full stop ("Colombia.[1] The move").

    The tokenizer leaves "Colombia.[1" as one token, so the sentence splitter does not see
    the full stop; reports cite sources this way after nearly every sentence.
    """
    if not sents:
        return sents
    doc = sents[0].doc
    ends = [m.end() for m in NOTE_BREAK.finditer(doc_text(doc))]
    if not ends:
        return sents
    out: list[Span] = []
    for sent in sents:
        start = sent.start
        first = bisect_right(ends, sent.start_char)
        for char_end in ends[first:bisect_left(ends, sent.end_char)]:
            cut = doc.char_span(sent.start_char, char_end, alignment_mode="expand")
            if cut is None or cut.end <= start or cut.end >= sent.end:
                continue
            out.append(doc[start:cut.end])
            start = cut.end
            while start < sent.end and doc[start].is_space:
                start += 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    return out


# A dash or a bar after an event note's opening date: "9 May 2022 – Tumbes, Tumbes (Peru)",
# "3 March 2025 | Culiacán, Sinaloa (Mexico)".
NOTE_HEADER_DASH = frozenset({"–", "—", "-", "--", "|", "¦"})
NOTE_HEADER_STOPS = frozenset({".", ":"})  # "14 January 2024. Esmeraldas.", "16 January 2024: Cauca."
NOTE_HEADER_MARKS = NOTE_HEADER_DASH | NOTE_HEADER_STOPS


_WEEKDAY_NAME = re.compile(weekday_forms(), re.I)  # "Thu", "Thursday", "jue."


def header_mark(doc: Doc, i: int, end: int) -> int | None:
    """Where the mark after a note's date stands ('7 Nov – ARGENTINA.'), past a weekday in
    brackets after the date ('7 Nov (Thu) – ARGENTINA.'); None at the sentence's end."""
    if i + 2 < end and doc[i].text == "(" and doc[i + 2].text == ")" and _WEEKDAY_NAME.fullmatch(doc[i + 1].text):
        i += 3
    return i if i < end else None


def note_header(sent: Span, dates: Iterable[Span]) -> tuple[Span, Span] | None:
    """(the header, its date) when ``sent`` heads an item of an event list: a date of day or
    month at its start (after a list number), a dash, then a short place or label and no verb
    ("9 May 2022 – Tumbes (Peru)." or "12/05/2022 — Cúcuta, Norte de Santander"), or a full
    stop or colon with the item going on on its line ("August 2023. Congress approved ...").
    None otherwise."""
    dates = [d for d in dates if d._.timex.value and d._.timex.precision in ("day", "month")]
    if not dates:
        return None
    first = dates[0]
    doc = sent.doc
    lead = sent.start
    while lead < first.start and (doc[lead].like_num or doc[lead].is_punct or doc[lead].is_space):
        lead += 1
    mark = header_mark(doc, first.end, sent.end)
    if lead != first.start or mark is None or doc[mark].text not in NOTE_HEADER_MARKS:
        return None
    if doc[mark].text in NOTE_HEADER_STOPS:
        # "14 January 2024. Esmeraldas, Ecuador. Gang members ...": a date opening its line, the
        # note going on after it on that line
        if not starts_line(sent) or ends_line(sent):
            return None
    rest = doc[mark + 1:sent.end]
    # no part-of-speech test: a model's tags would make a header of a line without one and not with it
    if len(rest) > 14 or "\n\n" in rest.text.strip():
        return None
    return sent, first


# Words before a decade or a century that make it the background of a state of affairs
# ("during the 1990s", "since the 19th century", "by the 2010s") rather than a happening's date.
COARSE_FRAMES = _grammar("coarse_frames")


def coarse_context(span: Span, sent: Span, dates: Iterable[Span]) -> bool:
    """A decade or century is the sentence's background, not the date of its happening: when
    the sentence states a finer date ("Since the 1990s the two armies have trained together;
    in March 2021 they ..."), when it frames a state of affairs ("since the 19th century", "by
    the 2010s", "the violence of the 1980s", "the onset of the 21st century"), or as a modifier
    ("Peru's 1990s crisis", "a 19th-century treaty"). "In the 1990s, the group expanded into
    ...", "During the 1990s, Peru and Ecuador fought a border war" report a happening dated only
    that coarsely: the date stays."""
    precision = span._.timex.precision
    if precision not in ("decade", "century"):
        return False
    if any(d._.timex.value and d._.timex.precision not in ("decade", "century") for d in dates):
        return True
    doc = span.doc
    words = [t.lower_ for t in span if t.lower_ not in DETERMINERS and t.lower_ not in {"early", "mid", "late"}]
    if words and words[0] in COARSE_FRAMES:
        return True
    i = span.start - 1
    while i >= sent.start and doc[i].lower_ in DETERMINERS | {"early", "mid", "late", "-"}:
        i -= 1
    if i >= sent.start and (doc[i].lower_ in COARSE_FRAMES or doc[i].text.endswith(("’s", "'s"))):
        return True  # "since the late 1990s", "Peru's 1990s crisis"
    # a modifier: "a 19th-century treaty", "1990s-era laws"
    return "-century" in span.text.lower() or span.end < sent.end and doc[span.end].text in {"-", "–"}


# Dates that tell when a count was made, not when anything happened: "as of June 2024, 200 had
# been extradited", "to date".
TALLY_DATE = re.compile(r"^(?:as (?:of|at)\b|to date$|so far$)", re.I)


def state_date(span: Span) -> bool:
    """A date of a state of affairs or of a count, which dates no happening: "is currently
    serving a sentence", "at present holds", "as of June 2024". (The present-reference "now"
    may date one: "is now publicizing the designation".)"""
    text = span.text.strip()
    if TALLY_DATE.search(text):
        return True
    return span._.timex.timeml == "PRESENT_REF" and text.lower() != "now"


def _present(span: Span) -> bool:
    return span._.timex.timeml == "PRESENT_REF"


def dates_noun(doc: Doc, date: Span, hits: Iterable[Hit]) -> bool:
    """Does the date follow a trigger noun it dates ("until the first-round election on May
    31", "until the summit in June")? Then it is that happening's date even in a clause that
    ends a duration."""
    if date[0].lower_ not in {"on", "in"}:
        return False
    return any(h.end == date.start and not _verbal(doc[h.end - 1]) for h in hits)


# How many words after a premodifying date its noun may lie: "the 2016 peace accord".
PREMODIFIED_REACH = 3


def premodified(doc: Doc, date: Span, end: int, hit_starts: set[int]) -> int | None | bool:
    """A date that premodifies a noun ("the 2016 peace accord", "Ecuador's 2023 election") dates
    that happening: the start of the trigger it modifies. A bare year before a noun that
    reports no happening ("the 2025 budget", "its 2030 targets") labels that thing and dates
    nothing: False. None when the date is no premodifier, or names a moment of the thing ("an
    October 2024 letter", "the April 5 amendment" are when the letter and the amendment came
    about, and so date what the sentence tells of them). ``end``: where the sentence ends."""
    if not _premodifier(doc, date) or date.end >= end:
        return None
    for i in range(date.end, min(end, date.end + PREMODIFIED_REACH)):
        if i in hit_starts:
            return i
        token = doc[i]
        if not token.is_alpha or token.lower_ in FUNCTION_WORDS or token.is_sent_start:
            break
    nxt = doc[date.end]
    if not nxt.is_alpha or nxt.lower_ in FUNCTION_WORDS or date._.timex.precision != "year" \
            or not date[-1].is_digit:
        return None
    return False


def names_year(span: Span, sent: Span) -> bool:
    """A bare year inside a name: "the 1961 Vienna Convention", "Kopp's 1987 Chevrolet"."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    if not words or not words[-1].is_digit or len(words[-1].text) != 4:
        return False
    if any(t.lower_ not in DETERMINERS for t in words[:-1]):
        return False
    if span.end >= sent.end:
        return False
    nxt = doc[span.end]
    return nxt.is_title and nxt.lower_ not in calendar().month_words and not nxt.is_sent_start


def is_quantity(span: Span, sent: Span) -> bool:
    """A bare four-digit number after a quantity word ("up to 1500 rebels") is not a year."""
    number = span[-1]
    if not number.is_digit or any(not (t.is_digit or t.lower_ in {"to", "up"}) for t in span):
        return False
    doc = span.doc
    prev = doc[number.i - 1].lower_ if number.i > sent.start else ""
    if prev == "to" and number.i - 2 >= sent.start and doc[number.i - 2].lower_ == "up":
        return True
    nxt = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return prev in QUANTITY_WORDS or nxt in {"people", "troops", "rebels", "fighters", "soldiers", "members",
                                             "migrants", "tonnes", "tons", "kilos", "kilograms", "dollars"}


def clause_boundaries(doc: Doc, sent: Span) -> list[int]:
    """Token indices inside the sentence that open a new clause."""
    return [t.i for t in sent if t.text in CLAUSE_PUNCT or t.lower_ in CLAUSE_WORDS]


def split_regions(doc: Doc, sent: Span, dates: list[Span], boundaries: list[int],
                  hit_starts: Iterable[int] = ()):
    """Cut the sentence into one region per date: (start, end, date span).

    Between two dates the cut goes right after a participle that reports speech ("Reports
    emerged in May suggesting soldiers had killed him, near X, in March"), else at the last
    clause boundary before the second date that lies after the first (so "X happened in 2001
    and was ..., was arrested in 2008" splits at the last comma); with no boundary, right by
    a present-reference "now" (the other date dates the clause), else at an "and", "but" or
    "then" between them, or half-way; a cut that would leave a second date of a day or month
    only a stretch with no verb and no happening to the sentence's end ("arrested a trader, Wilber
    Loayza, in Cobija the following month") goes back to the boundary before the predicate that
    date ends. Dates joined by "and" or "or" alone
    ("In February 2025 and July 2026, ... designated") share one region: each dates what it holds.
    """
    dates = sorted(dates, key=lambda s: s.start)
    groups: list[list[Span]] = []
    for d in dates:
        if groups and _joined_dates(doc, groups[-1][-1], d):
            groups[-1].append(d)
        else:
            groups.append([d])
    cuts = [sent.start]
    for a, b in zip((g[-1] for g in groups), (g[0] for g in groups[1:])):
        # a comma right after a date that opens the sentence ("In May 2026, the congress
        # enacted ...") leaves that date no happening of its own: no cut there
        between = [i for i in boundaries if a.end <= i < b.start
                   and not (i == a.end and doc[i].text == "," and a.start <= sent.start + 1)]
        speech = [i for i in between if doc[i].lower_ in SPEECH_PARTICIPLES]
        joins = [i for i in range(a.end, b.start) if doc[i].lower_ in PREDICATE_JOINS and opens_predicate(doc, i, b.start)]
        if speech:
            # the reported clause runs from the participle to the date it holds, however many
            # commas lie between: "alleging that police had killed three men near X, in April"
            cuts.append(speech[-1] + 1)
        elif between or joins:
            # "was arrested in October 2022 and was extradited ... on 10 January 2023": two
            # predicates joined, each with its own date; a comma right after the first date
            # ("On 20 January, X suspended talks and declared ... four days later") opens no
            # second happening, the "and" does
            candidates = sorted(between + joins)
            cut = candidates[-1]
            if (b._.timex.precision in ("day", "month") and not _present(b)
                    and not (_tells(doc, cut + 1, b.start, hit_starts) or _tells(doc, b.end, sent.end, hit_starts))):
                # "..., and police arrested a trader, Wilber Loayza, in Cobija the following
                # month": the date trails the predicate, past the commas of its object
                cut = next((c for c in reversed(candidates[:-1]) if _tells(doc, c + 1, b.start, hit_starts)), cut)
            cuts.append(cut)
        elif _present(a) != _present(b):
            # "Mexico now says it extradited him on 28 February": in one clause, the date of the
            # happening wins over the present of the telling
            cuts.append(a.end if _present(a) else b.start)
        elif reported := [i for i in range(a.end + 1, b.start) if doc[i].lower_ == "that" and _past_form(doc[i - 1])]:
            # "On 2 October, the government and the ELN announced that they would resume talks in
            # November": the reported clause holds the later date, the saying the earlier one
            cuts.append(reported[-1] + 1)
        elif ands := [i for i in range(a.end, b.start) if doc[i].lower_ in PREDICATE_JOINS
                      and not subjects_joined(doc, a.end, i, b.start)]:
            # "arrested the first suspect on 3 May and the second on 5 May": at the "and" (not
            # one that joins the subjects of a verb after it: "the government and the ELN announced")
            cuts.append(ands[-1])
        else:
            cuts.append((a.end + b.start) // 2)
    cuts.append(sent.end)
    return [(cuts[k], cuts[k + 1], d) for k, group in enumerate(groups) for d in group]


def _tells(doc: Doc, start: int, end: int, hit_starts: Iterable[int]) -> bool:
    """Does the stretch hold a verb or a happening's trigger?"""
    return any(_verbal(doc[j]) for j in range(start, end)) or any(start <= h < end for h in hit_starts)


def subjects_joined(doc: Doc, start: int, i: int, end: int) -> bool:
    """Does the "and" at ``i`` join two subjects of a past verb that follows it before ``end``,
    with no verb between ``start`` and it ("On 2 October, the government and the ELN announced")?"""
    return (not any(_past_form(t) for t in doc[start:i])
            and any(_past_form(t) for t in doc[i + 1:end]))


# Words between "and" and the verb of a second predicate: "and was later extradited".
PREDICATE_LEAD = _grammar("predicate_lead")


def opens_predicate(doc: Doc, i: int, end: int) -> bool:
    """Does the conjunction at ``i`` open a second predicate ("and was extradited", "and
    declared"), not join two nouns ("defence and interior ministers")?"""
    j = i + 1
    while j < end and doc[j].lower_ in PREDICATE_LEAD:
        j += 1
    return j < end and _verbal(doc[j])


def _joined_dates(doc: Doc, a: Span, b: Span) -> bool:
    """"February 2025 and July 2026": nothing between but a conjunction ("Days later, on 26
    November" is one moment told twice, not two)."""
    gap = [t.lower_ for t in doc[a.end:b.start]]
    return gap in (["and"], ["or"], [",", "and"], [",", "or"])


def _drop_nested(hits: list[Hit]) -> list[Hit]:
    """Where one trigger phrase lies inside a longer one ("sworn" in "sworn in"), keep the longer."""
    out = []
    for h in hits:
        if any((o.start <= h.start and h.end <= o.end) and (o.end - o.start) > (h.end - h.start) for o in hits):
            continue
        out.append(h)
    return out


def _crossings(boundaries: list[int], a: int, b: int) -> int:
    lo, hi = min(a, b), max(a, b)
    return sum(1 for i in boundaries if lo < i < hi)


SHORT_PARENTHESIS = 6  # tokens inside a parenthesis that glosses a name ("(ELN)", "(Ejército Nacional)")


def short_parenthesis(doc: Doc, i: int) -> bool:
    """Is token ``i`` a bracket of a short parenthesis with no verb in it, an acronym or gloss
    of the name before it ("the National Liberation Army (ELN)")?"""
    if doc[i].text == "(":
        close = next((j for j in range(i + 1, min(len(doc), i + SHORT_PARENTHESIS + 2)) if doc[j].text == ")"), None)
        inside = range(i + 1, close) if close is not None else None
    elif doc[i].text == ")":
        opening = next((j for j in range(i - 1, max(-1, i - SHORT_PARENTHESIS - 2), -1) if doc[j].text == "("), None)
        inside = range(opening + 1, i) if opening is not None else None
    else:
        return False
    return inside is not None and not any(_verbal(doc[j]) for j in inside)


INSERT_REACH = 4  # tokens between the commas of an inserted attribution (", the minister said,")


def inserted_attribution(doc: Doc, i: int) -> bool:
    """Is token ``i`` a comma of an attribution inserted between two commas and ended by a
    reporting verb ("Last month, he said, prison officers found four phones")?"""
    if doc[i].text != ",":
        return False
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(doc) and abs(j - i) <= INSERT_REACH + 1 and doc[j].text != ",":
            j += step
        if 0 <= j < len(doc) and doc[j].text == "," and abs(j - i) > 1:
            inside = doc[min(i, j) + 1:max(i, j)]
            # the verb ends the insert (", he said,"); ', said X,' closes a quotation instead
            if inside[-1].lower_ in clause_words("reporting_verbs"):
                return True
    return False


def choose_triggers(doc: Doc, hits: list[Hit], anchor: int, boundaries: list[int],
                    date_span: Span | None = None, frames: dict[int, int] | None = None) -> list[Hit]:
    """The region's main trigger, plus coordinated triggers of other kinds.

    ``frames``: landmark triggers in a temporal frame ("since the departure of ...", "until
    his term ended") by start, which give way to any other happening in the region."""
    frames = frames or {}
    # Which trigger is main: a short parenthesis names or glosses ("the National Liberation Army
    # (ELN)"), it opens no clause between a trigger and its date.
    # An inserted attribution (", he said,") does not either.
    ranking_bounds = [b for b in boundaries if not short_parenthesis(doc, b) and not inserted_attribution(doc, b)]

    def cost(h: Hit) -> tuple:
        return (-h.entry.priority, _crossings(ranking_bounds, h.start, anchor), abs(h.start - anchor), h.entry.order)

    # Among triggers on the same tokens, the highest priority wins.
    by_pos: dict[int, Hit] = {}
    for h in sorted(hits, key=cost):
        by_pos.setdefault(h.start, h)
    # A date that premodifies a trigger dates that happening: "the June election of Petro",
    # "his successful 2021 campaign", "The May 2020 launch".
    # "alleged crimes", "the accused man": a participle used as an adjective reports nothing.
    if len(by_pos) > 1:
        by_pos = {k: h for k, h in by_pos.items() if not _adjectival(doc, h)}
        if not by_pos:  # "alleged mastermind X and accused killer Y": every trigger an adjective
            return []
    # Light nouns ("the May 2020 launch of an invasion") leave it to what they introduce.
    main = None
    modified = premodified(doc, date_span, len(doc), set(by_pos)) if date_span is not None else None
    if modified is not None and modified is not False and not by_pos[modified].entry.light_noun:
        main = by_pos[modified]
    # A date in a relative clause with a verb of its own dates that verb: "Duque, who left
    # office in August 2022, helped orchestrate ...".
    if main is None and date_span is not None:
        opened = [b for b in boundaries if b < date_span.start]
        if opened and doc[opened[-1]].lower_ in RELATIVE_PRONOUNS:
            own = [h for h in by_pos.values() if opened[-1] < h.start and _verbal(doc[h.start])
                   and _crossings(boundaries, h.start, date_span.start) == 0 and h.start not in frames]
            if own:
                main = min(own, key=lambda h: abs(h.start - date_span.start))
    # What follows a saying verb in its clause is what was said: "Maduro accused Colombia of
    # sponsoring an assassination attempt" is an accusation, not an attack.
    # Only a verb introduces what was said ("a complaint from the U.S." does not).
    speech = sorted((h for h in by_pos.values() if h.entry.speech and _verbal(doc[h.start])),
                    key=lambda h: h.start)
    if speech:
        first = speech[0]
        by_pos = {s: h for s, h in by_pos.items()
                  if h.start <= first.start or h.entry.speech or _crossings(boundaries, first.start, h.start) > 0
                  and h.start - first.end > 25}
    if main is None:
        pool = [h for h in by_pos.values() if h.start not in frames] or list(by_pos.values())
        ranked = sorted(pool, key=lambda h: (_crossings(ranking_bounds, h.start, anchor) > 1,) + cost(h))
        main = ranked[0]
    chosen = [main]
    kinds = {main.entry.kind}
    for h in sorted(by_pos.values(), key=lambda h: h.start):
        if h is main or h.start in frames or h.entry.priority < 6 and not second_actor(doc, main, h, boundaries):
            continue
        if h.entry.kind in kinds:
            # A second predicate of the same kind is a second happening: "rejected one reform
            # but approved others".
            if not h.entry.speech and _verbal(doc[h.start]) and any(
                    o.start < h.start and o.entry.kind == h.entry.kind and _verbal(doc[o.start])
                    and conjoined_predicate(doc, o, h) for o in chosen):
                chosen.append(h)
            continue
        # Coordinated with the main happening or with another report of the same kind
        # ("withdrew ..., expelled ... and deployed"), or an accusation in a clause of its own
        # ("broke off relations after the government ... accused Caracas").
        partners = [o for o in by_pos.values() if o.entry.kind in kinds]
        # Two saying verbs in one breath ("threatening to freeze relations and accusing him")
        # are one statement.
        if h.entry.speech and any(o.entry.speech and coordinated(doc, o, h) for o in partners):
            continue
        if any(coordinated(doc, o, h) for o in partners) or main_after_frame(doc, h, main, boundaries) or (
                frame_after_main(doc, main, h, boundaries)) or (
                h.entry.speech and _verbal(doc[h.start]) and _crossings(boundaries, main.start, h.start) > 0
                and _own_subject(doc, h, boundaries)) or (not h.entry.speech and (
                    sequel_clause(doc, main, h) or circumstance_clause(doc, main, h) or consequence_clause(doc, main, h)
                    or after_semicolon(doc, main, h) or opening_circumstance(doc, main, h))):
            chosen.append(h)
            kinds.add(h.entry.kind)
    return chosen


FUNCTION_WORDS = _grammar("function_words")


def _adjectival(doc: Doc, hit: Hit) -> bool:
    token = doc[hit.start]
    if hit.end - hit.start > 1 or token.lower_ not in hit.entry.adjectival or hit.end >= len(doc):
        return False
    nxt = doc[hit.end]
    if not (nxt.is_alpha and nxt.is_lower and nxt.lower_ not in FUNCTION_WORDS):
        return False
    # A verb of a deed with an object ("killed two men") reads like one; after a determiner
    # ("the kidnapped businessman") or a count ("two kidnapped engineers", not a year: "in 2022
    # kidnapped two men") it is an adjective. A saying verb rarely takes such an object.
    if hit.entry.speech or hit.start == 0:
        return hit.entry.speech
    before = doc[hit.start - 1]
    return before.lower_ in DETERMINERS or (before.like_num and not year_number(before))


def conjunct_ranges(doc: Doc, chosen: list[Hit], lo: int, hi: int,
                    names_party=None) -> dict[int, tuple[tuple[int, int], tuple[int, int]]]:
    """For verbs coordinated in one clause: trigger start -> (subject range, own range).

    ``names_party(a, b)``: does the token range name a country? A conjunct that names its own
    subject after "and" ("Ecuador broke off relations ..., and Venezuela moved troops") has
    that subject instead of the first one, and the conjunct before it ends at the "and"."""
    ordered = sorted(chosen, key=lambda h: h.start)
    if len(ordered) < 2 or not all(coordinated(doc, a, b) for a, b in zip(ordered, ordered[1:])):
        return {}
    subjects = [(lo, ordered[0].start)]
    ends = []
    for a, b in zip(ordered, ordered[1:]):
        # the "and" (or the comma of a series) right before the second verb
        joint = max(i for i in range(a.end, b.start) if doc[i].lower_ in CONJUNCTIONS or doc[i].text == ",")
        if names_party is not None and names_party(joint + 1, b.start):
            subjects.append((joint + 1, b.start))
            ends.append(joint)
        else:
            subjects.append(subjects[0])
            ends.append(b.start)
    ends.append(hi)
    return {h.start: (subjects[k], (h.start, ends[k])) for k, h in enumerate(ordered)}


def is_question(sent: Span) -> bool:
    """A question asked ("Will the Secretary meet ...?", "I wonder if you could talk about the
    program") tells no happening; the answer may."""
    whole = span_text(sent)
    if whole.rstrip(" \n\"”’)").endswith("?"):
        return True
    head = whole.lower()
    return any(opener in head for opener in QUESTION_OPENERS)


def vague_before_precise(date: Span, dates: list[Span]) -> bool:
    """"met twice, most recently at the summit on July 19": the vague "recently" only leads up to
    the date that follows it in the same sentence."""
    if date.text.lower().split()[-1] not in {"recently", "lately"}:
        return False
    return any(other.start > date.start and other._.timex.value for other in dates)


RANKING_REACH = 12  # tokens from a ranking "the fourth ..."/"the worst ..." to the period it ranks in
PRECISE = ("day", "week", "month")


def ranking_period(date: Span, sent: Span, dates: Iterable[Span]) -> bool:
    """"left Honduras on Thursday morning ..., the fourth Honduran extradited to the United
    States this year", "killed nine people on Saturday night, in the worst massacre in the
    state so far this year": a year-long period closing a noun phrase that ranks the happening
    (lexicons/<language>/event_clauses.json ranking_words, after "the", itself after one of
    ranking_leads: an apposition, a complement, a prepositional phrase) frames the ranking; it
    dates nothing when the sentence holds a finer date of its own. A ranked subject keeps its
    verb's date ("; the first scanners started working last year")."""
    if date._.timex.precision not in ("year", "season") or not any(
            o is not date and o._.timex.value and o._.timex.precision in PRECISE for o in dates):
        return False
    lower = token_lowers(date.doc)
    ranking = clause_words("ranking_words")
    for i in range(date.start - 1, max(sent.start, date.start - RANKING_REACH) - 1, -1):
        if lower[i] in CLAUSE_PUNCT:
            return False
        if lower[i] in ranking and i - 1 > sent.start and lower[i - 1] == "the":
            return lower[i - 2] in clause_words("ranking_leads")
    return False


YEAR_REFERENCE = re.compile(r"(of )?(this|that|the same|last|the previous|the following|next) year", re.I)


def year_of_previous(date: Span, dates: list[Span]) -> bool:
    """"On 27 January this year", "on 21 April of that year": the year phrase only gives the
    year of the day before it, one moment, not a second date for a second happening."""
    if not YEAR_REFERENCE.fullmatch(date.text):
        return False
    doc = date.doc
    return any(other.end <= date.start and all(t.lower_ in {"of", ","} for t in doc[other.end:date.start])
               and date.start - other.end <= 1 for other in dates)


# What a "that" clause after these says did not happen: "no evidence that the two men met",
# "denied that his troops attacked the village", "ruled out that police raided ...".
DENIAL_VERBS = _grammar("denial_verbs")
DENIAL_HEADS = _grammar("denial_heads") | DENIAL_VERBS
DENIAL_REACH = 12  # tokens from "that" back to the trigger


def _denied(doc: Doc, hit: Hit, sent: Span) -> bool:
    """Is the trigger said not to have happened: right after "no", or in a clause after "no
    evidence that", "no sign that", "denied that", "ruled out that", up to DENIAL_REACH tokens
    before it and no other clause opened between?"""
    lower = token_lowers(doc)
    if hit.start > sent.start and lower[hit.start - 1] == "no":
        return True  # "no arrests were made", "there was no sign that ...": none happened
    for i in range(hit.start - 1, max(sent.start, hit.start - DENIAL_REACH) - 1, -1):
        word = lower[i]
        if word in {"that", "whether"}:
            return _denial_before(lower, i, sent.start)
        if word in {";", ":", ".", "but", "and", "which", "who", "when", "after", "because"}:
            return False
    return False


def _denial_before(lower: list[str], i: int, start: int) -> bool:
    """Does a denial head stand right before the "that" at ``i``, or a few words before it
    with a date or place between ("denied on 8 June that ...")?"""
    for j in range(i - 1, max(start, i - 6) - 1, -1):
        head = lower[j]
        if head in DENIAL_HEADS:
            if head == "out":
                return j - 1 >= start and lower[j - 1] in {"ruled", "rules", "rule", "ruling"}
            # the noun heads need "no": "no evidence that", "little sign that"
            return head in DENIAL_VERBS or (j - 1 >= start and lower[j - 1] in {"no", "little"})
        if head in {",", ";", ":", "and", "but", "said", "says"}:
            return False
    return False


TALK_REACH = 12  # tokens before "about" where a talking word makes what follows a topic


def _topic(doc: Doc, hit: Hit, sent: Span, in_dates: set[int] = frozenset()) -> bool:
    """What a meeting discussed is its topic, not a happening: "to discuss re-establishing
    relations and opening crossings", "talked about extraditions"; nor is what a picture shows
    ("released video footage of the attack", "photos showing the raid")."""
    lower = token_lowers(doc)
    if hit.end < sent.end and lower[hit.end] in {"for", "upon"} and lower[hit.end - 1] in CALL_FORMS:
        return True  # "called for an emergency meeting": a demand, no phone call
    for i in range(hit.start - 1, max(sent.start, hit.start - 8) - 1, -1):
        word = lower[i]
        if word in TOPIC_WORDS or word == "about" and any(
                lower[j] in TALK_WORDS for j in range(max(sent.start, i - TALK_REACH), i)):
            return True  # "spoke by phone with President Castro on Friday about extradition"
        if i > sent.start and lower[i - 1] in DEPICTION_WORDS and word in {"of", "showing", "shows", "show"}:
            return True
        if word in {"of", "with"} and any(lower[j] in CHARGE_WORDS for j in range(max(sent.start, i - 4), i)):
            return True  # the charge of a trial, not a happening: "convicted three men of murder"
        if word == "for" and any(lower[j] in clause_words("punished_words") for j in range(max(sent.start, i - PUNISHED_REACH), i)) \
                and not any(j in in_dates for j in range(i, sent.end)):
            # the crime punished, not a happening: "sentenced him in 2021 for ordering the murder";
            # a crime with a date of its own is one ("for the 1985 murder", "for a kidnapping in 2023")
            return True
        if word == "for" and i > sent.start and lower[i - 1] in CALL_WORDS:
            return True  # asked for, not held: "called for an emergency meeting", "pressed for talks"
        if word in {";", ":", "."} or word in {"after", "before", "when", "while", "because"}:
            return False
    return False


def date_tokens(dates: Iterable[Span]) -> set[int]:
    """The token indices inside ``dates``: a word of a date is no modal ("the 3 May arrest")."""
    return {i for d in dates for i in range(d.start, d.end)}


def _hypothetical(doc: Doc, hit: Hit, sent: Span, in_dates: set[int] = frozenset(),
                  infinitives: frozenset[str] = frozenset(), lowers: list[int] | None = None) -> bool:
    """"will improve", "could not be extradited", "may have been killed", "it is essential to
    extradite": a modal or an infinitive. A happening people schedule is not hypothetical when
    it is announced: "will attend a meeting on 1 June", "is scheduled to travel on Tuesday"."""
    # read as lower-case ids, not Tokens: this runs for every trigger
    lower = lowers[max(sent.start, hit.start - 10):hit.start + 1] if lowers else \
        [t.lower for t in doc[max(sent.start, hit.start - 10):hit.start + 1]]
    for j in range(len(lower) - 2, -1, -1):
        # "If the talks collapse in June, ...", "unless police arrest him": a condition
        if lower[j] in _CONDITION_IDS:
            return True
        if lower[j] in _CLAUSE_IDS:
            break
    words = token_lowers(doc)  # the shared column, not a Token per word
    if hit.start > sent.start and words[hit.start - 1] in clause_words("pending_words") and not _verbal(doc[hit.start]):
        return True  # "is awaiting extradition to Spain": not yet happened
    for j in range(hit.end, min(sent.end, hit.end + ONSET_REACH)):
        # "the trial could begin in June", "talks may resume": the noun's own verb after it
        if words[j] in MODALS and j + 1 < sent.end and words[j + 1] in ONSET_VERBS:
            return not (hit.entry.scheduled and words[j] in FUTURE)
        if words[j] in CLAUSE_PUNCT or words[j] in SUBORDINATORS or words[j] in PREDICATE_JOINS \
                or words[j] in SUBJECT_PRONOUNS:
            break  # another clause's verb: "said he will begin", "said it ... and would start"
    for j in range(len(lower) - 2, max(-1, len(lower) - 5), -1):
        # "did not extradite", "was never charged" (but "not only arrested ... but", and "did
        # not restore relations until March 2024" says when it happened)
        if lower[j] in _NEGATION_IDS and lower[j + 1] != _ONLY_ID \
                and not any(w in {"until", "till"} for w in words[hit.end:sent.end]):
            return True
    i = hit.start - 1
    while i >= sent.start and i >= hit.start - 7:
        if words[i] in {"not", "be", "have", "been", "soon", "also", "further", "never", "then"} \
                or (i >= hit.start - 4 and len(words[i]) > 4 and words[i].endswith("ly")):
            i -= 1  # "must not be", "must be fully funded"
        elif words[i] in {"and", "or"} and i - 1 >= sent.start and _past_word(words[i - 1]) \
                and words[i - 1] not in {"and", "or"}:
            i -= 2  # the modal of a coordinated participle: "must be staffed and funded"
        else:
            break
    if i < sent.start:
        return False
    word = words[i]
    if word in DEONTIC and any(w in DEMAND_VERBS for w in words[sent.start:sent.end]):
        return False
    if word in MODALS and i not in in_dates:  # "the 3 May arrest": a month
        # "said the group would meet in October": the future of a reported announcement
        reported = word == "would" and any(w in clause_words("reporting_verbs") for w in words[sent.start:i])
        return not (hit.entry.scheduled and (word in FUTURE or reported))
    if word == "to" and i == hit.start - 1 and i > sent.start and (
            words[hit.start] in infinitives or words[i - 1] in WANTED_TO):
        # "failed to arrest": a noun trigger read as a verb after a wanted "to" too
        # "it is essential to extradite", "seeks to expand": wanted, not done ("a campaign to
        # isolate", "moved to expel" report what was done).
        return words[i - 1] in WANTED_TO and not (hit.entry.scheduled and words[i - 1] in SCHEDULED_TO)
    return False


# Relative pronouns: the clause they open tells of a participant.
RELATIVE_PRONOUNS = _grammar("relative_pronouns")


def background_premodifier(doc: Doc, date: Span, sent: Span, boundaries: list[int], hit_starts: set[int]) -> bool:
    """A date premodifying a noun in a relative clause told in the past perfect ("killed former
    combatants who had signed the 2016 peace agreement, and forced families to flee"): what a
    participant had done before the story, neither a happening the sentence tells nor the date of
    what it goes on to tell ("who had been moved the previous week" is no premodifier)."""
    if date.end >= sent.end or not date[-1].is_digit or not doc[date.end].is_alpha \
            or doc[date.end].lower_ in FUNCTION_WORDS or doc[date.end].lower_ in CLAUSE_WORDS:
        return False  # a year before its noun: 'the 2016 peace agreement'
    modified = premodified(doc, date, sent.end, hit_starts)
    if modified is None or modified is False:
        return False
    opened = [b for b in boundaries if sent.start <= b < date.start]
    return bool(opened) and doc[opened[-1]].lower_ in RELATIVE_PRONOUNS \
        and any(t.lower_ in PAST_PERFECT for t in doc[opened[-1] + 1:date.start])


def _premodifier(doc: Doc, date_span: Span) -> bool:
    """Is the date used as a modifier ("the June election", "Bernal's 2021 campaign")?"""
    first = date_span[0]
    if first.lower_ in DETERMINERS:
        return True
    if date_span.start == 0:
        return False
    before = doc[date_span.start - 1]
    return before.lower_ in DETERMINERS or before.lower_ in {"successful", "failed", "disputed", "contested"} \
        or before.text.endswith(("’s", "'s"))


def frame_of(doc: Doc, hit: Hit, boundaries: list[int], lo: int) -> int | None:
    """The frame word ("after", "since", "until", ...) opening the clause that holds the hit."""
    if doc[hit.start].lower_ in FRAME_WORDS:  # "until his term ended"
        return hit.start
    for b in reversed(boundaries):
        if b >= hit.start:
            continue
        if b < lo:
            break
        word = doc[b].lower_
        if word in FRAME_WORDS:
            return b
        return None
    return None


def in_until_clause(doc: Doc, date: Span, sent: Span, boundaries: list[int]) -> bool:
    """A date in an "until ..." clause ends a duration ("until his term ended in August 2022,
    Duque championed ..."); it does not date the happening."""
    if date[0].lower_ in {"until", "till"}:
        word = date.start
    else:
        before = [b for b in boundaries if sent.start <= b < date.start]
        if not before or doc[before[-1]].lower_ not in {"until", "till"}:
            return False
        word = before[-1]
    # "it was not until early November that they met": the date is the happening's; so is
    # the date a happening was put off to ("the deployment was delayed until June 2024").
    if word > sent.start and doc[word - 1].lower_ in {"not", "only", "delayed", "postponed", "deferred", "back",
                                                       "off", "rescheduled"}:
        return False
    # "did not restore relations until March 2024": the negated happening came at that date
    if any(doc[j].lower_ in NEGATIONS for j in range(sent.start, word)):
        return False
    return not _followed_by_when(doc, date, sent)


def _followed_by_when(doc: Doc, date: Span, sent: Span) -> bool:
    """"until 2015, when he was extradited": the date is the later happening's."""
    after = [t.lower_ for t in doc[date.end:min(sent.end, date.end + 2)]]
    return "when" in after


def _passive(doc: Doc, hit: Hit, sent: Span) -> bool:
    """"was killed", "were captured", "has been arrested"."""
    return hit.start > sent.start and doc[hit.start - 1].lower_ in AUXILIARIES


def parenthetical(doc: Doc, sent: Span, hit: Hit, date_span: Span | None) -> tuple[int, int] | None:
    """(start, end) of a dash or bracket inset holding both the trigger and its date."""
    if date_span is None:
        return None
    texts = token_texts(doc)[0]  # no Token object per word looked at
    opener = None
    for i in range(min(hit.start, date_span.start) - 1, sent.start - 1, -1):
        if texts[i] in {"–", "—", "("}:
            opener = i
            break
        if texts[i] in {")", ";"}:
            return None
    if opener is None or opener == sent.start:
        return None
    closers = {"(": {")"}}.get(texts[opener], {"–", "—"})
    for j in range(max(hit.end, date_span.end), sent.end):
        if texts[j] in closers:
            return (opener, j)
    return None


def landmark_opener(doc: Doc, sent: Span, hits: list[Hit], boundaries: list[int],
                    countries: "CountryIndex") -> dict[str, Any] | None:
    """A sentence that opens "Shortly after Petro took office," (its own date is that landmark).

    Returns the landmark kind, the people in the opener, the opener text and where it ends."""
    head = token_lowers(doc)[sent.start:min(sent.end, sent.start + 4)]  # no Token objects
    if not any(w in FRAME_WORDS for w in head):
        return None
    texts = token_texts(doc)[0]
    end = next((b for b in boundaries if b > sent.start + 1 and texts[b] in CLAUSE_PUNCT), None)
    if end is None:
        return None
    inside = [h for h in hits if h.start < end and h.entry.landmark]
    if not inside or not any(h.start >= end for h in hits):
        return None
    actors = [actor for _pos, _c, actor, label in countries._slice(sent.start, end)
              if label == "PERSON" and actor]
    if not actors:
        return None
    return {"kind": inside[0].entry.kind, "actors": actors, "text": doc[sent.start:end].text, "end": end}


def forward_date(sent: Span, date: Span) -> dict[str, Any] | None:
    """The previous sentence's date when this one opens "Days later, on 26 November": shortly
    before that date, so its month."""
    head = sent[:6].text.lstrip(" \n\"“")
    if not event_openers().forward.match(head):
        return None
    value = date._.timex.value
    if not value or date._.timex.precision not in ("day", "week", "month"):
        return None
    text = sent.doc[sent.start:date.end].text
    return {"value": coarsen(value, "month"), "precision": "month", "text": text, "resolved_from": "context"}


FORWARD_REACH_DAYS = 7  # how far "The next day", "Hours later", "Days later" may lie past the moment before


def told_on_day_before(narrated: list[dict[str, Any]], later: Span) -> bool:
    """Did the paragraph's narrative moment already date the dateless sentence to a day not after,
    and at most FORWARD_REACH_DAYS before, the one the next sentence counts to ("On 11 April,
    police stopped a car ... The driver was arrested. The next day a judge ..."): that day
    stays, not the month of the later one. A later date weeks on ("arrested a mayor on 3
    October. Troops seized cocaine. Days later, on 26 November, ...") dates the sentence before
    it instead."""
    bounds = date_bounds(later._.timex.value)
    if not narrated or bounds is None:
        return False
    for event in narrated:
        day = event["date"]
        if day.get("precision") != "day" or not day.get("value"):
            return False
        own = date_bounds(day["value"])
        if own is None or own[0] > bounds[1] or (bounds[0] - own[0]).days > FORWARD_REACH_DAYS:
            return False
    return True


# Words right before a past-tense form that make it no finite past of its own: an infinitive,
# a perfect (a state up to some other moment: "has long controlled", "had fled years before"),
# a present passive ("are smuggled").
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# ... or a copula that makes it an adjective ("remain committed").
NOT_FINITE_PAST = _grammar("not_finite_past")
# Adverbs between an auxiliary and its verb: "has successfully prosecuted", "had also fled".
INNER_ADVERBS = _grammar("inner_adverbs")
# Words before the trigger that put it in a clause of its own rather than the sentence's main
# clause: "the movement that Chávez founded", "when troops arrived".
SUBORDINATORS = _grammar("subordinators")


DOUBLE_QUOTES = frozenset({'"', "“", "”"})


def quoted_apart(doc: Doc, date: Span, hit: Hit, sent: Span) -> bool:
    """Does the date lie inside a quotation that the trigger follows, closed ('"Now we pay
    Jerónimo," he said.')? The date is inside when an odd number of double quotes precedes it
    in the sentence, or none does and the first after it closes a quotation opened in an earlier
    sentence. (A quoted tail of the trigger's own clause, 'he had met him "once, at a fair in
    2018"', dates it.)"""
    marks = [t.i for t in sent if t.text in DOUBLE_QUOTES]
    before = [i for i in marks if i < date.start]
    after = [i for i in marks if i >= date.end]
    if len(before) % 2:
        inside = True
    elif not before and after:
        first = doc[after[0]]
        inside = first.text == "”" or (first.text == '"' and after[0] > sent.start
                                        and not doc[after[0] - 1].whitespace_)
    else:
        inside = False
    return inside and hit.start > date.start and any(date.end <= i < hit.start for i in marks)


def finite_past(doc: Doc, hit: Hit, sent: Span) -> bool:
    """Does the trigger narrate the sentence's main happening in the simple past ("Officers
    seized 40 rifles", "Two men were detained"), after a subject of its own?"""
    token = doc[hit.start]
    if hit.end - hit.start > 1 and not _past_word(token.lower_):
        # a phrase whose verb follows its subject: "fighting broke out", "violence erupted"
        token = next((t for t in doc[hit.start + 1:hit.end] if _past_form(t)), token)
    if token.i == sent.start or not _past_form(token):
        return False
    # (nor in a quotation: what someone says happened is their telling)
    if any(t.lower_ in SUBORDINATORS or t.text in QUOTES for t in doc[sent.start:hit.start]):
        return False
    i = hit.start - 1
    while i > sent.start and (doc[i].lower_ in INNER_ADVERBS or doc[i].lower_.endswith("ly")):
        i -= 1
    if doc[i].lower_ in NOT_FINITE_PAST:
        return False
    # a participle that describes its noun before the clause's own verb: "A banner signed by
    # the gang was left at the scene"
    for t in doc[hit.end:min(sent.end, hit.end + 8)]:
        if t.lower_ in SUBORDINATORS or t.lower_ in CONJUNCTIONS or t.is_punct and t.text not in QUOTES:
            break
        if t.lower_ in {"was", "were"}:
            return False
    return True


def noun_occurred(doc: Doc, hit: Hit, sent: Span) -> bool:
    """Does the sentence tell its happening by a noun and a verb of occurring ("A firefight
    ensued.", "Clashes erupted near the bridge.", "A riot broke out in the prison")? Its noun is
    the subject: the sentence opens on it (after a determiner or a few modifiers); a definite
    one retells (see retold_subject)."""
    lead = sent.start + (doc[sent.start].text in QUOTES)
    if _past_form(doc[hit.start]) or not lead <= hit.start <= lead + 3 or hit.end >= sent.end:
        return False
    if doc[lead].lower_ in RETELLING_DETERMINERS:
        return False
    return event_openers().occurred.match(doc[hit.end:min(sent.end, hit.end + 4)].text) is not None


RETELLING_DETERMINERS = _grammar("retelling_determiners")


def retold_subject(doc: Doc, sent: Span, hit: Hit) -> bool:
    """Does the sentence open on a definite noun phrase whose head is the trigger ("The arrest
    came after ...", "This latest raid was part of ...")? Its happening is one just told."""
    lead = sent.start + (doc[sent.start].text in QUOTES)
    if _past_form(doc[hit.start]) or hit.end >= sent.end:
        return False  # "The gunmen killed two guards": a verb after its subject
    return (doc[lead].lower_ in RETELLING_DETERMINERS and lead < hit.start <= lead + 2
            and doc[hit.end].lower_ not in HEAD_ENDS | {"'s", "’s"})


def words_end(sent: Span) -> int:
    """The character offset where the sentence's last word (not its trailing space) ends."""
    doc, i = sent.doc, sent.end - 1
    while i > sent.start and doc[i].is_space:
        i -= 1
    return doc[i].idx + len(doc[i].text.rstrip())


def date_heading(sent: Span, dates: Iterable[Span]) -> bool:
    """Is ``sent`` a line that holds only a date of day or month precision, after a list mark
    ("14 March 2024", "- March 2024:", "**2 April 2024**")?"""
    if len(sent) > 12:  # a heading holds little besides its date
        return False
    dates = [d for d in dates if d._.timex.value and d._.timex.precision in ("day", "month")]
    if len(dates) != 1:
        return False
    date = dates[0]
    if len(sent) - len(date) > 6 or not starts_line(sent):  # a heading holds little besides its date
        return False
    if not all(t.is_punct or t.is_space or t.like_num and t.i < date.start
               for t in sent if not date.start <= t.i < date.end):
        return False
    return ends_line(sent)  # ... and the line ends with it


# A weekday, whole or cut to three letters or more ("Tuesday", "Tues.", "Tue", "Mon"), or a
# list number ("3.", "4)"), before a note's date header on its line.
_WEEKDAY_WORD = re.compile(rf"(?:{weekday_forms()}),?|\d{{1,3}}[.)]?", re.I)


NUMERIC_HEADER = re.compile(r"[ \t]*(?:[-*•]\s*)?(?P<a>[01]?\d)/(?P<b>[0-3]?\d)\s*(?::|[–—-]\s)")
NUMERIC_BEFORE, NUMERIC_AFTER = 31, 7  # days before and after a reference day a reading may lie


def numeric_header(sent: Span, references: list[Day]) -> dict[str, Any] | None:
    """The date of a note line opened by a numeric month and day ("03/04:", "3/7 –"), or None
    when the line opens with none. Of its two readings (month/day, day/month), the one lying
    near a reference day (from NUMERIC_BEFORE days before to NUMERIC_AFTER after the document's
    date or its title's: a digest of "March 3-9, 2025" holds 03/04 as 4 March) dates it; with
    none or both, the date stays unresolved."""
    if not starts_line(sent):
        return None
    text = doc_text(sent.doc)
    m = NUMERIC_HEADER.match(text, sent.start_char)
    if m is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    readings: set[Day] = set()
    for ref in references:
        for month, day in ((a, b), (b, a)):
            for year in (ref.year - 1, ref.year, ref.year + 1):
                try:
                    when = Day(year, month, day)
                except ValueError:
                    continue
                if -NUMERIC_BEFORE <= (when - ref).days <= NUMERIC_AFTER:
                    readings.add(when)
    written = f"{m.group('a')}/{m.group('b')}"
    if len(readings) != 1:
        return {"value": None, "precision": "unresolved", "text": written, "resolved_from": "unresolved"}
    return {"value": readings.pop().isoformat(), "precision": "day", "text": written, "resolved_from": "context"}


def entry_sentences(sents: list[Span], dates_by_sent: dict[int, list[Span]], numeric_headers: dict) -> set[int]:
    """The sentences of the lines a date header opens ("- 23 February 2019: Guaidó tries to ...
    The same day Maduro breaks relations ..."): a chronology tells the whole entry in the
    present, its first sentence and the ones after it on that line."""
    found: set[int] = set()
    line_end = -1
    for si, sent in enumerate(sents):
        if si in numeric_headers or headed_line(sent, dates_by_sent.get(si, ())):
            text = doc_text(sent.doc)
            line_end = text.find("\n", sent.start_char)
            line_end = len(text) if line_end < 0 else line_end
            found.add(si)
        elif sent.start_char < line_end:
            found.add(si)
    return found


HEADING_WORDS = 3  # words (not numbers) at most in a section heading ("The 2024 election.")


def section_heading(sent: Span, dates: Iterable[Span]) -> bool:
    """Is ``sent`` a section heading, run in ("2017 protests. On April 19, 2017, ...") or on a
    line of its own ("Maximum pressure, 2019-2021"): at the start of its line, a few words and
    no verb, not a dated entry's header ("12 March 2025 – Police arrest ...")? It names the
    topic of what follows; it reports nothing."""
    words = [t for t in sent if t.is_alpha]
    if not words or len(words) > HEADING_WORDS or not starts_line(sent) or headed_line(sent, dates):
        return False
    return not any(_verbal(t) for t in sent)


def headed_line(sent: Span, dates: Iterable[Span]) -> bool:
    """Does ``sent`` open with a date header on its line, a colon or dash after it ("Mon 17 Jun:
    Gunmen storm ...", "12 March 2025 – Police arrest ...")? Only list marks, punctuation and a
    weekday ("Tues.", split off as a sentence of its own) may come before the date on its line."""
    dates = [d for d in dates if d._.timex.precision in ("day", "month", None)]
    if not dates:
        return False
    first = min(dates, key=lambda d: d.start)
    doc = sent.doc
    mark = header_mark(doc, first.end, sent.end)
    if mark is None or doc[mark].text not in NOTE_HEADER_MARKS - {"."}:
        return False
    text = doc_text(doc)
    before = text[text.rfind("\n", 0, first.start_char) + 1:first.start_char]
    return all(_WEEKDAY_WORD.fullmatch(w) or not any(c.isalnum() for c in w) for w in before.split())


OBJECT_PREPOSITIONS = _grammar("object_prepositions")


def headline_verb(doc: Doc, hit: Hit, sent: Span, dates: Iterable[Span]) -> bool:
    """Is a present form in a note a verb, with no tagger to say so? It has a subject right
    before it, no determiner or header mark ("Gunmen storm", not "A storm" nor "3 March: Storms"),
    and a base form has an object or place right after it: a determiner, a number, a name or a
    preposition ("storm a jail", "storm Trujillo's jail"; "storm floods" is a noun's)."""
    if hit.start <= sent.start + 1 or any(d.start <= hit.start < d.end for d in dates):
        return False  # "3 March" is no march
    before = doc[hit.start - 1]
    if before.lower_ in DETERMINERS or before.is_punct or not before.is_alpha:
        return False
    if hit.end >= sent.end:
        return False
    after = doc[hit.end]
    return doc[hit.end - 1].lower_.endswith("s") or after.lower_ in DETERMINERS or after.like_num \
        or after.is_title or after.is_upper or after.lower_ in OBJECT_PREPOSITIONS


RUN_IN_HEADING_WORDS = 5  # words at most in a run-in heading ("The 2024 election. After the ...")


def run_in_heading(sent: Span, dates: Iterable[Span]) -> bool:
    """Is ``sent`` a dated run-in heading: a few words closed by a full stop that open a
    paragraph whose text runs on in the same line ("2017 protests. On April 19, 2017, ...",
    "The 2024 election. After the ..."), with no verb among them? It names the topic of the
    paragraph, whose own sentences tell what happened."""
    if not dates or not starts_line(sent) or ends_line(sent):
        return False
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > RUN_IN_HEADING_WORDS or sent[-1].text != ".":
        return False
    return not any(_verbal(t) for t in words)


def starts_line(sent: Span) -> bool:
    """Does ``sent`` open its line (only spaces or tabs before it on that line)?"""
    before = doc_text(sent.doc)[max(0, sent.start_char - 80):sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


def ends_line(sent: Span) -> bool:
    """Does ``sent`` close its line (only spaces after its last word on that line)?"""
    text = doc_text(sent.doc)
    end = words_end(sent)
    line_end = text.find("\n", end)
    return not text[end:len(text) if line_end < 0 else line_end].strip()


def second_actor(doc: Doc, main: Hit, hit: Hit, boundaries: list[int]) -> bool:
    """Is a minor trigger (a statement, a claim) the verb of a clause of its own after the main
    happening, joined by ", and" with a named subject of its own ("gunmen stormed the studios,
    and President Noboa declared an internal armed conflict")? Then someone else did something
    else: a second happening, not the first one's detail."""
    if hit.start <= main.end or not _verbal(doc[hit.start]):
        return False
    opened = max([b for b in boundaries if b < hit.start] or [main.end])
    if opened <= main.end or doc[opened].text != "," or opened + 1 >= hit.start \
            or doc[opened + 1].lower_ != "and":
        return False
    return _own_subject(doc, hit, [opened + 1])


def _own_subject(doc: Doc, hit: Hit, boundaries: list[int]) -> bool:
    """Does the trigger's clause name who acts ("after the Uribe government ... accused")?
    Not for passives ("was denounced by") or shared subjects ("..., and has accused")."""
    opened = max([b for b in boundaries if b < hit.start] or [hit.start])
    if hit.start > 0 and doc[hit.start - 1].lower_ in {"was", "were", "been", "be", "being", "is", "are"}:
        return False
    return any(t.text[:1].isupper() and not t.is_sent_start for t in doc[opened + 1:hit.start])


def coordinated(doc: Doc, a: Hit, b: Hit) -> bool:
    """Two verb triggers joined by "and" / a comma: "severing ties and moving troops"."""
    first, second = (a, b) if a.start < b.start else (b, a)
    if not _verbal(doc[first.start]) or not _verbal(doc[second.start]):
        return False
    if second.start - first.end > 12:
        return conjoined_predicate(doc, first, second)
    gap = doc[first.end:second.start]
    if any(t.lower_ in CLAUSE_WORDS - {","} for t in gap):
        return False
    # "and" between them, or a comma right before the second of a series that "and" closes
    # ("raided a ranch, seized the cocaine and detained five men")
    return any(t.lower_ == "and" for t in gap) or (
        len(gap) > 0 and gap[-1].text == "," and series_closed(doc, second))


def series_closed(doc: Doc, hit: Hit) -> bool:
    """Does an "and" before another past-tense verb follow ``hit`` in its clause, closing a
    series of predicates it belongs to?"""
    sent_end = doc[hit.start].sent.end
    for i in range(hit.end, min(sent_end - 1, hit.end + 15)):
        word = doc[i].lower_
        if word in CLAUSE_WORDS - {","} or word == ";":
            return False
        if word == "and" and _verbal(doc[i + 1]) and not doc[i + 1].lower_.endswith("ing"):
            return True
    return False


TEMPORAL_OPENERS = _grammar("temporal_openers")
# How far into its "when" clause a circumstance's verb may stand ("when riot police from the
# capital stormed"): its subject before it
CIRCUMSTANCE_REACH = 8
CIRCUMSTANCE_OPENERS = _grammar("circumstance_openers")


def circumstance_clause(doc: Doc, main: Hit, hit: Hit) -> bool:
    """A happening of another kind in the "when" or "while" clause right after the main one, at
    the same moment: "Sixty-four people were killed on Tuesday when police raided a hideout", "two
    guards died when inmates set fire to a wing", "seized 300 kilos while police detained four
    suspects". Its trigger is a past-tense verb of the clause, no other clause opened between."""
    if not main.start < hit.start or hit.start - main.end > 25:
        return False
    if not any(_verbal(t) and not t.lower_.endswith("ing") for t in doc[hit.start:hit.end]) \
            and not past_verb_object(doc, hit):
        return False
    gap = doc[main.end:hit.start]
    opener = [t.i for t in gap if t.lower_ in CLAUSE_WORDS or t.text in {";", ":", "(", ")"}]
    return (len(opener) == 1 and doc[opener[0]].lower_ in CIRCUMSTANCE_OPENERS
            and hit.start - opener[0] <= CIRCUMSTANCE_REACH)




CLAUSES = "event_clauses.json"  # words by which a clause tells a second happening (per language)


def clause_words(field: str, language: str = "en") -> frozenset[str]:
    """One class of words of lexicons/<language>/event_clauses.json, lower case."""
    return word_class(CLAUSES, field, language)
CONSEQUENCE_REACH = 6  # words from a verb of consequence to the "to" of what it brought about


def consequence_clause(doc: Doc, main: Hit, hit: Hit) -> bool:
    """A happening the main one brought about, told by a verb of consequence, its object and
    "to" ("bombed a FARC camp inside Ecuador, prompting Caracas to move ten battalions to the
    border"; "the ambush forced the army to withdraw"): it took place at the main one's moment.
    The trigger is the infinitive right after "to", a few words after the verb of consequence
    (lexicons/<language>/event_clauses.json), which comes after the main trigger."""
    if not main.end <= hit.start or hit.start - main.end > 25 or doc[hit.start - 1].lower_ != "to":
        return False
    verbs = clause_words("consequence_verbs")
    for i in range(hit.start - 2, max(main.end, hit.start - 2 - CONSEQUENCE_REACH) - 1, -1):
        if doc[i].lower_ in verbs:
            return True
        if doc[i].is_punct:
            return False
    return False


def past_verb_object(doc: Doc, hit: Hit) -> bool:
    """Is the trigger a noun told as the object of a past verb ("when Maduro ordered the
    deportation of ...", "when police launched a raid")? The noun is the happening the clause
    tells; a noun with no verb before it ("when the deportation began") is not."""
    i = hit.start
    return (i >= 2 and not _verbal(doc[i]) and doc[i - 1].lower_ in DETERMINERS
            and _past_form(doc[i - 2]))


def opening_circumstance(doc: Doc, main: Hit, hit: Hit) -> bool:
    """A happening of another kind in the "When" clause that opens the sentence, before the main
    one, at the same moment: "When the bloc demobilised in August 2006, its fighters handed in
    their rifles". Its trigger is a past-tense verb of the clause; one comma closes the clause."""
    sent = doc[hit.start].sent
    if not (doc[sent.start].lower_ == "when" and hit.start < main.start
            and hit.start - sent.start <= CIRCUMSTANCE_REACH):
        return False
    if not any(_verbal(t) and not t.lower_.endswith("ing") for t in doc[hit.start:hit.end]):
        return False
    gap = doc[hit.end:main.start]
    return ([t.text for t in gap if t.lower_ in CLAUSE_WORDS or t.text in CLAUSE_PUNCT] == [","]
            and not any(t.lower_ in CLAUSE_WORDS for t in doc[sent.start + 1:hit.start]))


def sequel_clause(doc: Doc, main: Hit, hit: Hit) -> bool:
    """A second happening in a clause of its own that follows the first, sharing its date:
    "X was captured in April 2011, and command passed to his nephews"; "After X was killed in
    2009, command passed to Y". Its trigger holds a past-tense verb of its own."""
    if not main.start < hit.start or hit.start - main.end > 25:
        return False
    if not any(_verbal(t) for t in doc[hit.start:hit.end]):
        return False
    gap = doc[main.end:hit.start]
    commas = [t.i for t in gap if t.text == ","]
    if not commas or any(t.text in {";", ":", "(", ")"} for t in gap):
        return False
    tail = doc[commas[-1] + 1:hit.start]
    if any(t.lower_ in CLAUSE_WORDS for t in doc[main.end:commas[-1]]):
        return False
    if len(tail) and tail[0].lower_ in CONJUNCTIONS:
        return not any(t.lower_ in CLAUSE_WORDS for t in tail)
    # the main clause after an opening temporal clause
    sent_start = doc[main.start].sent.start
    return (doc[sent_start].lower_ in TEMPORAL_OPENERS and not any(t.text == "," for t in doc[sent_start:main.start])
            and len(commas) == 1 and len(tail) <= 3 and not any(t.lower_ in CLAUSE_WORDS for t in tail))


def after_semicolon(doc: Doc, main: Hit, hit: Hit) -> bool:
    """A second happening told in a clause of its own after a semicolon, at the first one's
    moment: "The ELN kidnapped a farmer on 2 May; his son was rescued by police hours later."
    The clause opens on its subject (no "who", "that", "which") and its verb is in the past;
    one that moves on in time ("; a year later, ...") holds a date of its own or none."""
    if not main.start < hit.start or hit.start - main.end > 40 or not _verbal(doc[hit.start]):
        return False
    gap = doc[main.end:hit.start]
    stops = [t.i for t in gap if t.text in {";", ":", "(", ")"}]
    if len(stops) != 1 or doc[stops[0]].text != ";":
        return False
    lead = doc[stops[0] + 1:hit.start]
    if len(lead) > 8 or any(t.lower_ in SUBORDINATORS or t.lower_ in NOT_FINITE_PAST - AUXILIARIES
                            for t in lead):
        return False
    sent = doc[hit.start].sent
    tail = doc[stops[0] + 1:min(sent.end, hit.end + 12)].text
    return not ANAPHORIC_DATE.search(event_openers().same_day.sub("", tail))


def main_after_frame(doc: Doc, hit: Hit, main: Hit, boundaries: list[int]) -> bool:
    """Is ``hit`` the main clause's verb and ``main`` the happening of a temporal clause right
    after it: "declared a state of emergency after gunmen stormed a studio"? Both happened."""
    if (not hit.start < main.start or main.start - hit.end > 25 or not _verbal(doc[main.start])
            or not finite_past(doc, hit, doc[hit.start].sent)):
        return False
    between = [b for b in boundaries if hit.end <= b < main.start and doc[b].text != ","]
    return (len(between) == 1 and doc[between[0]].lower_ in TEMPORAL_OPENERS
            and not doc[hit.start].lower_.endswith("ing"))


# Words by which a part of a sentence has a predicate or a clause of its own.
GAP_FILLERS = AUXILIARIES | MODALS | NOT_FINITE_PAST | SUBORDINATORS | {"did", "does", "do"}
GAP_REACH = 12  # words of a gapped predicate besides its date


def gapped(doc: Doc, lo: int, hi: int, date: Span) -> bool:
    """Is the region a second predicate whose verb is left out, telling the same happening
    again ("... on 3 May and the second on 5 May", "and again on 9 May", "and another 900 kilos
    in Buenaventura on 6 May")? It opens with "and", "but" or "then", says it is another
    (event_openers.json: another_instance), is short and holds no verb, auxiliary or clause."""
    i = lo
    while i < hi and doc[i].is_punct:
        i += 1
    if i >= hi or doc[i].lower_ not in PREDICATE_JOINS:
        return False
    words = [t for t in doc[i + 1:hi] if not date.start <= t.i < date.end and not t.is_punct]
    return (len(words) <= GAP_REACH and event_openers().another.search(doc[i:hi].text) is not None
            and not any(_verbal(t) or t.lower_ in GAP_FILLERS or t.lower_ in IRREGULAR_PAST for t in words))


def frame_after_main(doc: Doc, main: Hit, hit: Hit, boundaries: list[int]) -> bool:
    """Is ``hit`` the past happening of a temporal clause right after the main one ("troops
    retook the prison after inmates killed four guards")? Both happened. Not a gerund ("after
    repeatedly closing the border"), a perfect ("and has accused"), a saying verb, nor a verb
    far into the clause."""
    if hit.entry.speech or not _past_form(doc[hit.start]) or doc[hit.start - 1].lower_ in NOT_FINITE_PAST:
        return False
    if not main_after_frame(doc, main, hit, boundaries):
        return False
    opener = max(b for b in boundaries if main.end <= b < hit.start and doc[b].text != ",")
    return hit.start - opener <= CIRCUMSTANCE_REACH


def conjoined_predicate(doc: Doc, first: Hit, second: Hit) -> bool:
    """A second predicate of the same subject, however long the first one's object: "declared
    a national emergency on the border ... and imposed tariffs", "rejected a reform ... but
    approved others" (the conjunction right before the second verb, no clause opened between)."""
    if second.start - first.end > 40:
        return False
    before = second.start - 1
    if before > first.end and doc[before].lower_ not in CONJUNCTIONS:
        before -= 1  # "and later imposed"
    if before <= first.end or doc[before].lower_ not in CONJUNCTIONS:
        return False
    gap = doc[first.end:before]
    return not any(t.lower_ in CLAUSE_WORDS - {"as"} or t.text in {";", ":"} for t in gap)


def _verbal(token) -> bool:
    text = token.lower_
    if not (_past_word(text) or text.endswith("ing")):
        return False
    # a word of a name, "Specially Designated Global Terrorists", is no verb
    return not (token.is_title and not token.is_sent_start and _in_title_run(token))


def _in_title_run(token) -> bool:
    doc, i = token.doc, token.i
    return (i > 0 and doc[i - 1].is_title and not token.is_sent_start) or (i + 1 < len(doc) and doc[i + 1].is_title)


def _opens(head: str, opener: str) -> bool:
    """Does ``head`` open with the words of ``opener`` ("afterward" does not open "afterwards")?"""
    return head.startswith(opener) and not head[len(opener):len(opener) + 1].isalnum()


def anaphoric_date(sent: Span, previous: dict[str, Any] | None, opener: str | None = None) -> dict[str, Any] | None:
    """The previous sentence's date, when this sentence opens by pointing back to it."""
    if previous is None or not previous.get("value"):
        return None
    openers = event_openers()
    head = (opener or span_text(sent[:8])).lower().lstrip(" \n\"“")
    # "Hours later", "That same day": the previous moment itself, to the day
    day = openers.same_day.match(head)
    if day is not None and previous["precision"] == "day":
        return {**previous, "text": opener or sent.text[:len(day.group(0))], "resolved_from": "context"}
    same = next((p for p in openers.same_time if _opens(head, p)), None)
    shift = None if same else next((p for p in openers.shift if _opens(head, p)), None)
    if not (same or shift):
        counted = openers.units_later.match(head)
        shift = counted.group(0) if counted else None
    if opener is not None and not (same or shift):
        shift = opener.lower()
    if not (same or shift):
        return None
    value = previous["value"]
    if precision_of(value) in ("decade", "century"):
        return None  # "In the 1990s ... In response": no moment to point back to
    text = opener or sent[: len(sent)].text[: len(same or shift)]
    if same and precision_of(value) in ("day", "week", "month"):
        value, precision = coarsen(value, "month"), "month"
    elif same:
        precision = previous["precision"]
    else:
        value, precision = coarsen(value, "year"), "year"
        if openers.previous_year.search(shift):
            value = str(int(value) - 1)
        elif openers.next_year.search(shift):
            value = str(int(value) + 1)
    return {"value": value, "precision": precision, "text": text, "resolved_from": "context"}


def came_after(doc: Doc, sent: Span, hits: list[Hit], previous: dict[str, Any] | None):
    """"The attack came a day after gunmen ambushed a police convoy", "The seizure came days after
    the Coast Guard stopped another vessel": a sentence opened by an anaphoric subject, a verb of
    sequence and "N units after/before" (lexicons/<language>/event_openers.json). Its subject
    retells the happening the sentence before told, which is no new event; the happening after
    the interval is, at the previous date counted back (or on) by the interval (shift_value).
    (the hits after the interval, their date) or None for another sentence; with an interval
    that counts to no day ("days after"), the previous date's year."""
    if previous is None or not previous.get("value"):
        return None
    openers = event_openers()
    text = sent.text
    head = text.lower().lstrip(" \n\"“")
    lead = len(text) - len(head)
    came = openers.units_later.match(head)
    if came is None or any(ch.isdigit() for ch in came.group(0)):
        return None
    interval = openers.interval.match(text, lead + came.end() + 1)
    if interval is None:
        return None
    after = sent.start_char + interval.end()
    told = [h for h in hits if doc[h.start].idx >= after]
    moved = shift_value(previous["value"], interval.group("count"), interval.group("unit"),
                        before=interval.group("after") is not None)
    if moved is None or moved[1] != "day":
        # "came days after", "weeks after": no day to count to; the year, as any sequel's
        value = coarsen(previous["value"], "year")
        moved = (value, "year") if value else None
    if moved is None:
        return [], None
    return told, {"value": moved[0], "precision": moved[1], "text": interval.group(0).strip(),
                  "resolved_from": "context"}


@lru_cache(maxsize=20000)
def token_country(text: str) -> str | None:
    """The country a capitalised word names by itself: demonym, short name or capital."""
    word = NOTE_TAIL.sub("", text)
    country = demonym_country(word)
    if country is None and len(word) > 3:
        country = canonical_country(word) or capital_country(word)
    return country


def region_demonym(texts: list[str], i: int) -> bool:
    """Is token ``i`` a demonym of a region, after a region word ("Latin American", "Central
    American", "Inter-American"; lexicons/<language>/event_clauses.json region_words)?"""
    j = i - 1 - (i > 1 and texts[i - 1] in {"-", "–"})
    return j >= 0 and texts[j].lower() in clause_words("region_words")


DESTINATION_REACH = 6  # tokens after a destination phrase that name where it was going


def destinations(doc: Doc) -> set[int]:
    """Token positions naming where a shipment or traveller was going ("a container of bananas
    bound for Valencia, Spain", "destined for the port of Rotterdam"): up to DESTINATION_REACH
    tokens after a destination phrase (lexicons/<language>/event_clauses.json), to the end of
    its clause (commas between a city and its country go on)."""
    lower = token_lowers(doc)
    return _after_phrases(doc, "destination_words", DESTINATION_REACH,
                          lambda j: lower[j] in CLAUSE_WORDS or lower[j] in CLAUSE_PUNCT and lower[j] != ",")


ATTRIBUTION_REACH = 14  # tokens after an attribution phrase that name the source cited


def attributions(doc: Doc) -> set[int]:
    """Token positions naming the source a sentence cites ("According to the U.S. Embassy in
    Tegucigalpa, he will appear before a judge in Manhattan"): after an attribution phrase
    (lexicons/<language>/event_clauses.json attribution_words), up to ATTRIBUTION_REACH tokens,
    to the next comma or clause stop. The source tells of the happening; it takes no part."""
    lower = token_lowers(doc)
    return _after_phrases(doc, "attribution_words", ATTRIBUTION_REACH,
                          lambda j: lower[j] in CLAUSE_PUNCT or lower[j] in {".", "!", "?"} or doc[j].is_sent_start)


def _after_phrases(doc: Doc, field: str, reach: int, stops: Callable[[int], bool]) -> set[int]:
    """Token positions after each phrase of ``field`` (event_clauses.json), up to ``reach``
    tokens, to the first position ``stops``."""
    phrases = [tuple(p.split()) for p in clause_words(field)]
    lower = token_lowers(doc)
    firsts = {p[0] for p in phrases}
    out: set[int] = set()
    for i, word in enumerate(lower):
        if word not in firsts:
            continue
        for phrase in phrases:
            if tuple(lower[i:i + len(phrase)]) != phrase:
                continue
            for j in range(i + len(phrase), min(len(lower), i + len(phrase) + reach)):
                if stops(j):
                    break
                out.add(j)
    return out


CURRENCY_WORDS = _grammar("currency_words")


def currency(texts: list[str], i: int) -> bool:
    """Is the country word at token ``i`` a currency's ("US$15 million", "US $20 million", "US
    dollars")? A sum paid or seized names no party."""
    return texts[i].endswith("$") or i + 1 < len(texts) and texts[i + 1].lower() in CURRENCY_WORDS


#: Organisation kinds that are not a state's: their country is where they are, not a party.
NON_STATE_KINDS = frozenset({"criminal group", "company", "media", "ngo"})
ARMED_GROUP = "armed group"  # the organisation kind whose country takes part only as a state's counterpart


class CountryIndex:
    """Countries and actors mentioned in the document, by token position."""

    def __init__(self, doc: Doc, ranges: list[tuple[int, int]] | None = None,
                 capitalised: list[int] | None = None):
        """``ranges``: token ranges where bare words (demonyms, short names) are looked up;
        entities count everywhere."""
        self.doc = doc
        # armed groups by the token their mention starts at: (where it ends, its country)
        self.armed: dict[int, tuple[int, str]] = {}
        entity_country: dict[tuple[int, int], tuple[str, str | None, str]] = {}
        for ent in doc._.entities or ():
            for m in ent.mentions:
                entity_country[(m.start_char, m.end_char)] = (ent.name, ent.country, ent.label)
        # (token index, country or None, actor name or None, label)
        items: list[tuple[int, str | None, str | None, str]] = []
        covered: set[int] = set()
        text = doc_text(doc)
        kinds, countries = span_values(doc, "kind"), span_values(doc, "country")  # span._.kind, ._.country
        texts = token_texts(doc)[0]  # token texts without making Token objects
        for span in entity_spans(doc):  # doc.ents makes a Token per token of the document
            key = (span.start_char, span.end_char)
            known = entity_country.get(key)
            span_words = text[key[0]:key[1]]
            name, country, label = known if known else (span_words, countries.get(key), span.label_)
            kind = kinds.get(key)
            if label == "PLACE" and currency(texts, span.end - 1):
                covered.update(range(span.start, span.end))  # "US $20 million": a sum, no party
                continue
            if label == "PLACE":
                named = canonical_country(span_words)
                if named:
                    items.append((span.start, named, named, label))
                elif country and canonical_country(country):
                    # a capital, state, city or region takes part as the country the resolver
                    # read it in (Sucre in Venezuela, Colombia or Bolivia, from the document)
                    items.append((span.start, canonical_country(country), None, label))
                elif kind in {None, "city", "city or town", "capital"} and capital_country(span_words):
                    items.append((span.start, capital_country(span_words), None, label))
            elif label in {"PERSON", "ORG"}:
                # a country takes part through its government, leaders, forces or capital: a
                # gang, an armed group, a company or a newspaper acts, but not for its country
                state = label == "PERSON" or kind not in NON_STATE_KINDS
                items.append((span.start, country if state else None, name, label))
                if kind == ARMED_GROUP and country:
                    self.armed[span.start] = (span.end, country)
            covered.update(range(span.start, span.end))
        if capitalised is None:
            indices = (i for a, b in (ranges if ranges is not None else [(0, len(doc))]) for i in range(a, b))
        else:  # title-case or upper-case token indices, sorted: only those are looked at
            indices = (i for a, b in (ranges if ranges is not None else [(0, len(doc))])
                       for i in capitalised[bisect_left(capitalised, a):bisect_left(capitalised, b)])
        for i in indices:
            text = texts[i]
            if i in covered or not text[:1].isupper() or len(text) < 2:
                continue
            if region_demonym(texts, i) or currency(texts, i):
                continue  # "Latin American governments", "the Inter-American Commission", "US$15"
            country = token_country(text)
            if country:
                items.append((i, country, None, "DEMONYM"))
        going = destinations(doc) | attributions(doc)
        items = sorted((it for it in items if it[0] not in going), key=lambda x: x[0])
        self.items = items
        self.positions = [i for i, *_ in items]

    def _slice(self, lo: int, hi: int):
        a = bisect_right(self.positions, lo - 1)
        b = bisect_right(self.positions, hi - 1)
        return self.items[a:b]

    def in_range(self, lo: int, hi: int) -> dict[str, Any]:
        return _collect(self._slice(lo, hi))

    def for_self(self, doc: Doc, sent: Span, hit: Hit, lo: int, hi: int, boundaries: list[int]) -> dict[str, Any]:
        """One party's own happening: the nearest person or organisation before the trigger
        (its subject) plus countries named in the trigger's own clause."""
        left = max([b for b in boundaries if b < hit.start and b >= lo] or [lo])
        right = min([b for b in boundaries if b >= hit.end and b < hi] or [hi])
        items = list(self._slice(left, right))
        before = [it for it in self._slice(sent.start, hit.start) if it[3] in {"PERSON", "ORG"}]
        pointer = doc[hit.start - 2:hit.start].text.lower() if hit.start - 2 >= sent.start else ""
        if pointer in {"the former", "the latter"} and len(before) >= 2:
            # "Presidents Petro and Maduro ... after the former assumed power"
            people = [it for it in before if it[3] == "PERSON"][-2:] or before[-2:]
            items = [people[0] if pointer == "the former" else people[-1]] + [
                it for it in items if it[3] not in {"PERSON", "ORG"}]
        elif before and not any(it[3] in {"PERSON", "ORG"} for it in items):
            items.insert(0, before[-1])
        if not items:
            before = [it for it in self._slice(sent.start, hit.start) if it[1]]
            items = before[-1:] or list(self._slice(lo, hi))
        return _collect(items)

    def after_passive(self, doc: Doc, sent: Span, hit: Hit, hi: int, boundaries: list[int]) -> dict[str, Any]:
        """"X, former head of the Rastrojos, was killed in Venezuela": the place and any agent
        after the verb take part; the subject is who it happened to (an actor, not a party)."""
        subject = [it for it in self._slice(sent.start, hit.start) if it[3] == "PERSON"][-1:]
        after = [it for it in self._slice(hit.end, hi) if it[3] != "PERSON"]
        collected = _collect(after)
        if not collected["countries"]:
            return self.for_self(doc, sent, hit, sent.start, hi, boundaries)
        collected["actors"] = [it[2] for it in subject if it[2]] + [
            a for a in collected["actors"] if all(a != it[2] for it in subject)]
        return collected

    def abroad_doer(self, doc: Doc, sent: Span, hit: Hit) -> str | None:
        """The country of an armed group that does the happening ("the Oliver Sinisterra Front
        kidnapped a team of reporters in Mataje", "... were kidnapped by the ELN") to no other
        state's party: no person, state body or demonym ("Venezuelan troops") of another
        country takes part in the sentence, only places. Such a group acts for itself, not for
        its country, as a gang does; a group that a state acts on or with (talks with the ELN,
        troops attacking FARC dissidents) brings its country in as that state's counterpart."""
        if not self.armed:
            return None
        items = self._slice(sent.start, sent.end)
        passive = _passive(doc, hit, sent)
        lower = token_lowers(doc)
        doer = None
        for pos, (end, country) in self.armed.items():
            if not sent.start <= pos < sent.end:
                continue
            if passive:
                acts = pos >= hit.end and "by" in lower[hit.end:pos]
            else:  # its subject: before the trigger, with only armed groups in between
                acts = end <= hit.start and not any(
                    p > pos and p < hit.start and label in {"PERSON", "ORG"} and p not in self.armed
                    for p, _c, _a, label in items)
            if acts:
                doer = country
        if doer is None:
            return None
        for pos, country, _actor, label in items:
            if country and pos not in self.armed and (country == doer or label != "PLACE"):
                # another state's party takes part (its counterpart), or the group's own
                # country does besides it ("Colombian police said ...")
                return None
        return doer

    def previous_other(self, before: int, country: str | None) -> str | None:
        """The country other than ``country`` (any, with None) that the paragraph before a token is about: the one
        it names most (a later one on a tie), so that a country named in passing ("moved loads
        into Guatemala") is not taken for the party; else the last other country named before."""
        items = self.items[: bisect_right(self.positions, before - 1)]
        doc = self.doc
        at = doc[before].idx if before < len(doc) else len(doc_text(doc))
        paragraph = doc_text(doc).rfind("\n", 0, at)
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for k, (pos, other, _actor, _label) in enumerate(items):
            if other and other != country and doc[pos].idx > paragraph:
                counts[other] = counts.get(other, 0) + 1
                last[other] = k
        if counts:
            return max(counts, key=lambda c: (counts[c], last[c]))
        for _pos, other, _actor, _label in reversed(items):
            if other and other != country:
                return other
        return None

    def recent(self, before: int, n: int = 2) -> list[str]:
        """The last ``n`` different countries named before a token: who "the two countries" or
        "the three governments" are."""
        found: list[str] = []
        for _pos, country, _actor, _label in reversed(self.items[: bisect_right(self.positions, before - 1)]):
            if country and country not in found:
                found.append(country)
                if len(found) == n:
                    break
        return found


def _collect(items) -> dict[str, Any]:
    countries: list[tuple[str, int]] = []
    actors: list[str] = []
    for pos, country, actor, _label in items:
        if country and country not in [c for c, _ in countries]:
            countries.append((country, pos))
        if actor and actor not in actors:
            actors.append(actor)
    return {"countries": countries, "actors": actors}


@Language.factory("crimecli_events", assigns=["doc._.events", "doc.spans"],
                  default_config={"spans_key": "crimecli_events"})
def make_events(nlp: Language, name: str, spans_key: str) -> EventExtractor:
    return EventExtractor(nlp, name, spans_key=spans_key)
