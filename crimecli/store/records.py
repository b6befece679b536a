"""One document's store rows, built in pure Python (no database), and the stored record read back.

:func:`prepare` turns an :class:`~crimecli.models.Extraction` into plain tuples, one list per
table, so ingest workers build them and the parent only inserts. Row ids are local (0-based
positions in these lists); the store adds the first free id of each table when it writes them.
:func:`extraction_from_record` is the way back: the document record the store keeps, as the
pipeline produced it. Nothing here knows SQL.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from crimecli.dates import date_bounds as value_bounds
from crimecli.errors import QueryError
from crimecli.merge import is_distinctive, search_forms, suggest
from crimecli.text import fold_words
from crimecli.models import Alias, Article, DateValue, Document, Entity, Event, Extraction, Mention, Timex
from crimecli.reader import trim_span

#: Which labels a sentence mentions, as bits on the sentence row (``--type`` filters on them).
LABEL_BITS = {"PERSON": 1, "ORG": 2, "PLACE": 4}

LABELS = {"person": "PERSON", "org": "ORG", "organisation": "ORG", "organization": "ORG",
          "place": "PLACE", "location": "PLACE"}


def store_label(label: str | None) -> str | None:
    """A ``--type`` value (person, org, place, or the label itself) as the label stores keep."""
    if not label:
        return None
    found = LABELS.get(label.lower()) or (label.upper() if label.upper() in ("PERSON", "ORG", "PLACE") else None)
    if found is None:
        raise QueryError(f"unknown entity type {label!r}; use person, org or place, e.g. --type person")
    return found

# ---------------------------------------------------------------- dates

@lru_cache(maxsize=4096)
def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day (ISO) a date value covers: "2010-07" -> ("2010-07-01", "2010-07-31"),
    a week, a season, a decade by its days (crimecli.dates.date_bounds reads the value)."""
    bounds = value_bounds(value)
    if bounds is None:
        return None, None
    return bounds[0].isoformat(), bounds[1].isoformat()


def bound(value: str | None, which: str) -> str | None:
    """The first (``which="lo"``) or last day of an ISO date a user filters by."""
    if value is None or value == "":
        return None
    lo, hi = date_bounds(str(value))
    if lo is None:
        raise QueryError(f"not an ISO date: {value!r}; give YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2010-07")
    return lo if which == "lo" else hi


# ---------------------------------------------------------------- keys


def country_key(name: str | None) -> str | None:
    """How countries are stored and looked up: folded ("Perú" and "peru" are one key)."""
    key = fold_words(name or "")
    return key or None


def expansion_pairs(label: str, name: str, variants: Sequence[str],
                    aliases: Sequence[str]) -> list[tuple[str, str, str]]:
    """(key, form, spelling) rows: a search for ``key`` (the entity's name, an alias or a
    distinctive variant, folded) also looks for ``form`` (spelled ``spelling``)."""
    keys = {fold_words(name)} | {fold_words(a) for a in aliases} | {fold_words(v) for v in variants if is_distinctive(v, label)}
    forms = {fold_words(f): f for f in search_forms({"label": label, "name": name, "variants": list(variants),
                                                "aliases": list(aliases)})}
    return [(k, f, spelling) for k in keys if k for f, spelling in forms.items() if f and f != k]


# ---------------------------------------------------------------- sentences

_FALLBACK_SPLIT = re.compile(r"([.!?][\"'”’)]?)\s+(?=[\"“‘(]?[A-Z0-9ÁÉÍÓÚÑ])|\n+")


def _fallback_sentences(text: str, end: int) -> list[tuple[int, int]]:
    """Sentence spans when the pipeline gave none: line breaks and full stops."""
    spans, start = [], 0
    for m in _FALLBACK_SPLIT.finditer(text, 0, end):
        stop = m.end(1) if m.group(1) else m.start()
        spans.append((start, stop))
        start = m.end()
    spans.append((start, end))
    return spans


def _sentence_index(starts: list[int], ends: list[int], start: int, end: int) -> int | None:
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and start < ends[i]:
        return i
    # A mention that begins in white space before a sentence still belongs to it.
    if i + 1 < len(starts) and starts[i + 1] < end:
        return i + 1
    return None


# ---------------------------------------------------------------- rows for one document

# One encoder, built once: json.dumps(..., ensure_ascii=False) builds a new one per call.
encode_json = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(", ", ": ")).encode


def _json_list(items: Sequence[str]) -> str:
    return encode_json(list(items)) if items else "[]"


class Prepared:
    """One document's store rows, built without the database (see :func:`prepare`).

    Row ids are local (0-based positions in these lists); the store adds the first free id of
    each table. ``failed_stages`` names the pipeline stages that failed on the document (the
    store marks it, so it is extracted again); ``articles`` is the JSON list of its articles
    (where each starts, its title and date). Picklable, so ingest workers can build it.
    """

    __slots__ = ("doc_id", "file", "pipeline_version", "document", "sentences", "entities", "mentions",
                 "sentence_countries", "expansions", "aliases", "events", "event_countries", "timexes",
                 "failed_stages", "articles")

    def __init__(self, **fields: Any):
        for key in self.__slots__:
            setattr(self, key, fields[key])

    def __getstate__(self) -> tuple:
        return tuple(getattr(self, k) for k in self.__slots__)

    def __setstate__(self, state: tuple) -> None:
        for key, value in zip(self.__slots__, state):
            setattr(self, key, value)


def _event_record(event: Event) -> dict[str, Any]:
    """An event's stored record: Event.to_dict() without ``file`` (the document says it)."""
    record = event.to_dict()
    del record["file"]
    return record


def prepare(extraction: Extraction, pipeline_version: str) -> Prepared:
    """Every row the store writes for ``extraction``, as plain tuples; pure Python, no
    database, so ingest runs it in its workers and the parent only inserts."""
    doc = extraction.document
    text = doc.text
    pub = doc.published

    # Sentences: body only, trimmed, deduplicated, in order.
    body_end = doc.body_end if doc.body_end > 0 else len(text)
    spans = extraction.sentences or _fallback_sentences(text, body_end)
    kept = []
    for start, end in sorted(set((int(s), int(e)) for s, e in spans)):
        if start >= body_end:
            continue
        start, end = trim_span(text, max(start, 0), min(end, body_end))
        if start < end:
            kept.append((start, end))
    starts = [a for a, _b in kept]
    ends = [b for _a, b in kept]
    # An event's date dates its sentence; otherwise the document's date does.
    dates: list[str | None] = [None] * len(kept)
    for ev_start, ev_end, value in sorted((e.start, e.end, e.date.value) for e in extraction.events
                                          if e.date and e.date.value):
        i = max(bisect.bisect_right(starts, ev_start) - 1, 0)
        while i < len(kept) and kept[i][0] < ev_end:
            if kept[i][1] > ev_start and dates[i] is None:
                dates[i] = value
            i += 1
    footnotes = sorted((int(a), int(b)) for a, b in doc.footnotes)
    footnote_starts = [a for a, _b in footnotes]
    labels = [0] * len(kept)

    # Entities and their mentions.
    recorded: dict[str, list[str]] = {}  # an alias found only in the alias records is still a name
    for a in extraction.aliases:
        recorded.setdefault(fold_words(a.entity), []).append(a.alias)
    entity_rows, mention_rows, expansions = [], [], []
    countries: set[tuple[str, int]] = set()
    by_name: dict[str, int] = {}
    entity_records = []
    for index, entity in enumerate(extraction.entities):
        folded = fold_words(entity.name)
        aliases = list(entity.aliases)
        known = {fold_words(a) for a in aliases} | {folded}
        for alias in recorded.get(folded, []):
            if fold_words(alias) not in known:
                known.add(fold_words(alias))
                aliases.append(alias)
        by_name.setdefault(folded, index)
        for form in [*entity.variants, *aliases]:
            by_name.setdefault(fold_words(form), index)
        entity_rows.append((entity.id, entity.label, entity.name, folded, entity.kind, entity.country,
                            _json_list(entity.variants), _json_list(aliases), len(entity.mentions)))
        expansions.extend(expansion_pairs(entity.label, entity.name, entity.variants, aliases))
        involved = {country_key(entity.country)}
        if entity.label == "PLACE" and (entity.kind or "").lower() == "country":
            involved.add(country_key(entity.name))
        involved.discard(None)
        bit = LABEL_BITS.get(entity.label, 0)
        mentions = []
        for m in entity.mentions:
            sid = _sentence_index(starts, ends, m.start, m.end) if kept else None
            mention_rows.append((index, entity.label, sid, m.start, m.end, m.text))
            mentions.append([m.start, m.end, m.text])
            if sid is not None:
                labels[sid] |= bit
                for c in involved:
                    countries.add((c, sid))
        entity_records.append({"id": entity.id, "label": entity.label, "name": entity.name,
                               "variants": list(entity.variants), "aliases": list(entity.aliases),
                               "kind": entity.kind, "country": entity.country, "mentions": mentions})

    sentence_rows = []
    published = pub.value if pub else None
    # A sentence without an event is dated by its article (a file may hold several, each with
    # its own date), else by the document.
    article_dates = {a.start: a.published.value if a.published else published for a in doc.articles}
    article_starts = sorted(article_dates)
    for i, (start, end) in enumerate(kept):
        a = bisect.bisect_right(article_starts, start) - 1
        value = dates[i] or (article_dates[article_starts[a]] if a >= 0 else published)
        lo, hi = date_bounds(value)
        f = bisect.bisect_right(footnote_starts, start) - 1
        in_footnote = f >= 0 and start < footnotes[f][1]
        sentence_rows.append((start, end, text[start:end], int(in_footnote), value, lo, hi, labels[i]))

    alias_rows = [(by_name.get(fold_words(a.entity)), a.entity, a.label, a.alias, fold_words(a.alias), a.type,
                   a.evidence, a.start, a.end) for a in extraction.aliases]

    event_rows, event_countries = [], []
    for index, event in enumerate(extraction.events):
        sid = _sentence_index(starts, ends, event.start, event.end) if kept else None
        date = event.date
        lo, hi = date_bounds(date.value if date else None)
        event_rows.append((sid, date.value, date.precision, lo, hi, event.kind, event.polarity,
                           event.start, event.end, encode_json(_event_record(event))))
        for country in dict.fromkeys(country_key(c) for c in event.countries):
            if country:
                event_countries.append((index, country))
                if sid is not None:
                    countries.add((country, sid))

    timex_rows = [(t.start, t.end, t.text, t.value, t.precision, t.resolved_from) for t in extraction.dates]

    articles = [a.to_dict() for a in doc.articles]
    # The document's record (Extraction.to_dict() less what other rows hold: events live in
    # the events table; mentions are [start, end, text]). See extraction_from_record.
    record = {"file": doc.file, "doc_id": doc.doc_id, "title": doc.title,
              "published": pub.to_dict() if pub else None,
              "words": extraction.words, "body_end": doc.body_end, "entities": entity_records,
              "aliases": [a.to_dict() for a in extraction.aliases],
              "dates": [t.to_dict() for t in extraction.dates],
              "events_in_table": True,
              "sentences": [list(s) for s in extraction.sentences],
              "footnotes": [list(f) for f in doc.footnotes], "encoding": doc.encoding,
              "warnings": list(doc.warnings), "boilerplate": [list(b) for b in doc.boilerplate],
              "articles": articles, "failed_stages": list(extraction.failed_stages)}
    document = (doc.doc_id, doc.file, doc.title, pub.value if pub else None, pub.precision if pub else None,
                pub.text if pub else None, extraction.words, doc.body_end, pipeline_version, text,
                encode_json(record))
    return Prepared(doc_id=doc.doc_id, file=doc.file, pipeline_version=pipeline_version, document=document,
                    sentences=sentence_rows, entities=entity_rows, mentions=mention_rows,
                    sentence_countries=sorted(countries), expansions=expansions, aliases=alias_rows,
                    events=event_rows, event_countries=event_countries, timexes=timex_rows,
                    failed_stages=list(extraction.failed_stages), articles=encode_json(articles))


# ---------------------------------------------------------------- the record read back


def extraction_from_record(record: dict[str, Any], text: str, events: list[dict[str, Any]] | None,
                           file: str | None = None) -> Extraction:
    """The Extraction a stored document ``record`` (see :func:`prepare`) holds, with its
    ``text``; ``events`` are the event records kept in their own rows (None for records written
    before they were, which hold their events themselves). ``file`` names the document by
    another of its paths."""
    file = file or record["file"]
    if events is None:
        events = record.get("events", [])
    published = record.get("published")
    document = Document(
        file=file, doc_id=record["doc_id"], text=text, title=record.get("title"),
        published=DateValue.from_dict(published) if published else None,
        body_end=record.get("body_end", len(text)),
        footnotes=[tuple(f) for f in record.get("footnotes", [])],
        encoding=record.get("encoding", "utf-8"), warnings=list(record.get("warnings", [])),
        boilerplate=[tuple(b) for b in record.get("boilerplate", [])],
        articles=[Article(**{**a, "published": DateValue.from_dict(a["published"]) if a["published"] else None})
                  for a in record.get("articles", [])])
    entities = []
    for data in record.get("entities", []):
        # Mentions are stored as [start, end, text] (records before m004 hold dicts).
        mentions = [Mention(*m) if isinstance(m, list) else Mention.from_dict(m)
                    for m in data.get("mentions", [])]
        entity = Entity.from_dict({**data, "mentions": []})
        entity.mentions = mentions
        entities.append(entity)
    return Extraction(
        document=document,
        words=record.get("words", 0),
        entities=entities,
        aliases=[Alias.from_dict(a) for a in record.get("aliases", [])],
        dates=[Timex.from_dict(t) for t in record.get("dates", [])],
        events=[Event.from_dict(e, file) for e in events],
        sentences=[tuple(s) for s in record.get("sentences", [])],
        failed_stages=list(record.get("failed_stages", [])),
    )


# ---------------------------------------------------------------- answers, whatever the store


def document_entry(row: Any, files: list[str], name: str | None = None,
                   with_text: bool = False) -> dict[str, Any]:
    """A :meth:`~crimecli.store.protocol.CorpusStore.documents` entry from a documents row
    (any mapping of its columns) and the document's paths; ``name`` is the path to name it by."""
    published = None
    if row["published_value"] is not None or row["published_text"] is not None:
        published = {"value": row["published_value"], "precision": row["published_precision"],
                     "text": row["published_text"]}
    file = name or row["file"]
    files = [file, *(f for f in files if f != file)]
    out = {"file": file, "files": files, "doc_id": row["doc_id"], "title": row["title"],
           "published": published, "words": row["words"], "body_end": row["body_end"],
           "pipeline_version": row["pipeline_version"], "added_at": row["added_at"],
           "failed_stages": json.loads(row["failed_stages"]) if row["failed_stages"] else [],
           "articles": [{"title": a["title"], "published": a["published"], "start": a["start"], "end": a["end"]}
                        for a in json.loads(row["articles"])]}
    if with_text:
        out["text"] = row["text"]
    return out


class ArticleTitles:
    """The title of the article a search hit is in (a file may hold several), each document's
    articles (the documents.articles column) read once."""

    def __init__(self) -> None:
        self.read: dict[str, tuple[list[int], list[str | None]]] = {}

    def at(self, doc_id: str, stored: str, offset: int, title: str | None) -> str | None:
        if doc_id not in self.read:
            articles = sorted((a["start"], a["title"]) for a in json.loads(stored))
            self.read[doc_id] = ([start for start, _ in articles], [t for _, t in articles])
        starts, titles = self.read[doc_id]
        index = bisect.bisect_right(starts, offset) - 1
        return titles[index] if index >= 1 else title  # the first article's is the document's


def entities_known_by(entities: Sequence[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """The corpus entities one of whose names, variants or aliases is ``name`` (folded)."""
    key = fold_words(name)
    return [e for e in entities if key in {fold_words(f) for f in [e["name"], *e["variants"], *e["aliases"]]}]


def filter_entities(merged: list[dict[str, Any]], label: str | None, country: str | None) -> list[dict[str, Any]]:
    """Merged entities of ``label`` (a stored label) and of ``country`` (its own, or the
    country itself)."""
    if label:
        merged = [e for e in merged if e["label"] == label]
    if country:
        key = country_key(country)
        merged = [e for e in merged if country_key(e.get("country")) == key
                  or (e["label"] == "PLACE" and fold_words(e["name"]) == key)]
    return merged


def unknown_name(name: str, names: Iterable[str]) -> str:
    """The message for a name no entity has, with the nearest of ``names``."""
    near = suggest(name, names)
    hint = f"; did you mean {', '.join(repr(n) for n in near)}?" if near else "; list names with crimecli entities"
    return f"no entity named {name!r} in the corpus{hint}"


def aliases_with_evidence(found: list[dict[str, Any]], rows: Iterable[Any],
                          names: Mapping[str, str]) -> list[dict[str, Any]]:
    """``found`` (entities with aliases), each given ``evidence``: the alias rows (columns
    entity, label, alias, type, evidence, start_char, end_char, doc_id, file; in file order)
    recorded under one of its names. ``names`` maps doc_ids to the paths to name them by."""
    by_form: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        rec = {"entity": r["entity"], "label": r["label"], "alias": r["alias"], "type": r["type"],
               "evidence": r["evidence"], "start": r["start_char"], "end": r["end_char"],
               "file": names.get(r["doc_id"], r["file"])}
        by_form.setdefault((r["label"], fold_words(r["entity"])), []).append(rec)
    for ent in found:
        forms = {fold_words(f) for f in [ent["name"], *ent["variants"]]}
        ent["evidence"] = [rec for f in forms for rec in by_form.get((ent["label"], f), [])]
        ent["evidence"].sort(key=lambda r: (r["file"], r["start"]))
    return found


def entity_record(row: Any, keys: list[Any], files: list[str], docs: list[str] | None,
                  names: Mapping[str, str]) -> dict[str, Any]:
    """A record for :func:`crimecli.merge.merge_entities` from a row of identical per-document
    entities (columns local_id, label, name, kind, country, variants, aliases as stored, and the
    sum of their mentions), their row ``keys``, the ``files`` (and ``docs``) they come from;
    ``names`` maps doc_ids to the paths to name them by."""
    if names and docs is not None:
        files = [names.get(doc, file) for doc, file in zip(docs, files)]
    return {"keys": keys, "id": row["local_id"], "label": row["label"], "name": row["name"], "kind": row["kind"],
            "country": row["country"], "variants": json.loads(row["variants"]),
            "aliases": json.loads(row["aliases"]), "mentions": int(row["mentions"]), "files": sorted(set(files))}
