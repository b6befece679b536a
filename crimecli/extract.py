"""Doc -> records: the single boundary between spaCy objects and crimecli's models.

A long document is read in sections (:func:`crimecli.nlp.process_sections`); the records of
each are taken from its Doc before the next is made, and joined into one extraction of the
whole document (:func:`join_sections`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from copy import copy
from dataclasses import fields
from typing import Any, TypeVar

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Span

from crimecli.merge import merge_entities
from crimecli.models import Alias, Document, Entity, Event, Extraction, Mention, Timex
from crimecli.nlp import process_sections
from crimecli.pipeline import AliasStatement, EventValue, ResolvedEntity, StageFailure
from crimecli.reader import searchable_sentences
from crimecli.text import fold

R = TypeVar("R")


def count_words(doc: Doc) -> int:
    """Words in the body: tokens that are neither punctuation nor white space (read from the
    token array: a Token object per token would cost more than some components)."""
    if not len(doc):
        return 0
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int((flags.sum(axis=1) == 0).sum())


def _record(cls: type[R], value: Any, **given: Any) -> R:
    """A record of ``cls`` from a pipeline value with the same field names (``given`` first)."""
    names = [f.name for f in fields(cls) if f.name not in given]
    return cls(**{name: copy(getattr(value, name)) for name in names}, **given)


# ``offset``: where the Doc's text starts in the document's (a section's place in it).


def entity_record(resolved: ResolvedEntity, offset: int = 0) -> Entity:
    return _record(Entity, resolved, mentions=[Mention(m.start_char + offset, m.end_char + offset, m.text)
                                               for m in resolved.mentions])


def alias_record(statement: AliasStatement, offset: int = 0) -> Alias:
    return _record(Alias, statement, start=statement.start + offset, end=statement.end + offset)


def timex_record(span: Span, offset: int = 0) -> Timex:
    return _record(Timex, span._.timex, text=span.text, start=span.start_char + offset,
                   end=span.end_char + offset)


def event_record(event: EventValue, file: str, offset: int = 0) -> Event:
    return _record(Event, event, file=file, start=event.start + offset, end=event.end + offset)


def doc_to_extraction(document: Document, doc: Doc) -> Extraction:
    """Collect what the components left on the Doc of a whole document into plain records.

    A stage that failed left nothing (or its input unchanged): its records are empty and the
    document carries a warning naming it, which ``extract`` and ``ingest`` report.
    """
    failures = list(doc._.failed_stages or ())
    document.warnings.extend(stage_warnings(failures, sections=1))
    return _collect(document, doc, failures)


def _collect(document: Document, doc: Doc, failures: list[StageFailure], offset: int = 0) -> Extraction:
    """The records of ``doc``, made from ``document`` (a section of the document, ``offset``
    characters into it: the records' offsets are the document's)."""
    sentences = searchable_sentences(document, [(s.start_char, s.end_char) for s in doc.sents]
                                     if doc.has_annotation("SENT_START") else [])
    return Extraction(
        document=document,
        words=count_words(doc),
        entities=[entity_record(e, offset) for e in (doc._.entities or ())],
        aliases=[alias_record(a, offset) for a in (doc._.aliases or ())],
        dates=[timex_record(s, offset) for s in doc.spans.get("crimecli_dates", ())],
        events=[event_record(e, document.file, offset) for e in (doc._.events or ())],
        sentences=[(a + offset, b + offset) for a, b in sentences] if offset else sentences,
        failed_stages=list(dict.fromkeys(f.stage for f in failures)),
    )


def stage_warnings(failures: list[StageFailure], sections: int) -> list[str]:
    """One warning per pipeline stage that failed, naming it and its first error (and, for a
    document read in sections, in how many of them it failed)."""
    first: dict[str, StageFailure] = {}
    times: Counter[str] = Counter()
    for failure in failures:
        first.setdefault(failure.stage, failure)
        times[failure.stage] += 1
    out = []
    for stage, failure in first.items():
        where = f" in {times[stage]} of {sections} sections" if sections > 1 else ""
        out.append(f"pipeline stage {stage} failed{where} ({failure.error}); its results are missing")
    return out


def extract_document(document: Document, model: str | None = None, *, section_chars: int | None = None,
                     on_section: Callable[[int, int], None] | None = None) -> Extraction:
    """Run the pipeline over a read document and return its records. A document longer than
    ``section_chars`` (default :data:`crimecli.nlp.SECTION_CHARS`) is read in sections
    (:func:`crimecli.nlp.process_sections`; ``on_section(done, total)`` follows them), whose
    records :func:`join_sections` makes one extraction."""
    parts: list[tuple[int, Extraction]] = []
    failures: list[StageFailure] = []
    for start, part, doc in process_sections(document, model, limit=section_chars, on_section=on_section):
        found = list(doc._.failed_stages or ())
        failures.extend(found)
        parts.append((start, _collect(part, doc, found, start)))
        del doc  # the next section's Doc is made only once this one is gone
    extraction = parts[0][1] if len(parts) == 1 else join_sections(document, parts)
    document.warnings.extend(stage_warnings(failures, sections=len(parts)))
    return extraction


def join_sections(document: Document, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One extraction of ``document`` from those of its sections (each with its offset in the
    text; their records' offsets are already the document's, and their records are taken
    over, not copied). The entities of all sections are merged as the entities of different
    documents are (:mod:`crimecli.merge`: the same gazetteer id, the same name, a shared alias
    or distinctive name, a full name that extends another) and, as inside one Doc, a surname
    joins the one full name it is part of: an entity named in several sections is one entity.
    Alias statements and event actors name the merged entity; an alias stated in several
    sections is kept once.
    """
    records = [{"id": e.id, "label": e.label, "name": e.name, "variants": e.variants, "aliases": e.aliases,
                "kind": e.kind, "country": e.country, "mentions": len(e.mentions), "key": (p, i)}
               for p, (_start, part) in enumerate(parts) for i, e in enumerate(part.entities)]
    # (section, name there) -> the entity's name in the document
    renamed: dict[tuple[int, str], str] = {}
    entities = []
    for merged in merge_entities(records, one_document=True):
        members = [parts[p][1].entities[i] for p, i in merged["members"]]
        for (p, _i), member in zip(merged["members"], members):
            if member.name != merged["name"]:
                renamed[(p, member.name)] = merged["name"]
        if len(members) == 1:  # named in one section only: as that section's Doc resolved it
            members[0].id = merged["id"]
            entities.append(members[0])
            continue
        stated: dict[str, str] = {}  # every alias the sections' Docs gave it, first spelling kept
        for member in members:
            for alias in member.aliases:
                stated.setdefault(fold(alias), alias)
        entities.append(Entity(id=merged["id"], label=merged["label"], name=merged["name"],
                               variants=merged["variants"], aliases=list(stated.values()),
                               kind=merged["kind"], country=merged["country"],
                               mentions=sorted((m for member in members for m in member.mentions),
                                               key=lambda m: m.start)))
    entities.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)

    aliases: list[Alias] = []
    seen: set[tuple[str, str]] = set()
    for p, (_offset, part) in enumerate(parts):
        for alias in part.aliases:
            entity = renamed.get((p, alias.entity), alias.entity)
            if fold(entity) == fold(alias.alias):  # never "X, also known as X"
                entity = alias.entity
            key = (fold(entity), fold(alias.alias))
            if key not in seen:
                seen.add(key)
                alias.entity = entity
                aliases.append(alias)
    events = []
    for p, (_offset, part) in enumerate(parts):
        for event in part.events:
            event.actors = list(dict.fromkeys(renamed.get((p, a), a) for a in event.actors))
            events.append(event)
    return Extraction(
        document=document,
        words=sum(part.words for _offset, part in parts),
        entities=entities,
        aliases=aliases,
        dates=[t for _offset, part in parts for t in part.dates],
        events=events,
        sentences=[s for _offset, part in parts for s in part.sentences],
        failed_stages=list(dict.fromkeys(stage for _offset, part in parts for stage in part.failed_stages)),
    )
