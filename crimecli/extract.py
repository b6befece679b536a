"""Doc -> records: the single boundary between spaCy objects and crimecli's models."""

from __future__ import annotations

from copy import copy
from dataclasses import fields
from typing import Any, TypeVar

from spacy.tokens import Doc, Span

from crimecli.models import Alias, Document, Entity, Event, Extraction, Mention, Timex
from crimecli.nlp import process
from crimecli.pipeline import AliasStatement, EventValue, ResolvedEntity
from crimecli.reader import searchable_sentences

R = TypeVar("R")


def count_words(doc: Doc) -> int:
    """Words in the body: tokens that are neither punctuation nor white space."""
    return sum(1 for tok in doc if not (tok.is_punct or tok.is_space))


def _record(cls: type[R], value: Any, **given: Any) -> R:
    """A record of ``cls`` from a pipeline value with the same field names (``given`` first)."""
    names = [f.name for f in fields(cls) if f.name not in given]
    return cls(**{name: copy(getattr(value, name)) for name in names}, **given)


def entity_record(resolved: ResolvedEntity) -> Entity:
    return _record(Entity, resolved,
                   mentions=[Mention(m.start_char, m.end_char, m.text) for m in resolved.mentions])


def alias_record(statement: AliasStatement) -> Alias:
    return _record(Alias, statement)


def timex_record(span: Span) -> Timex:
    return _record(Timex, span._.timex, text=span.text, start=span.start_char, end=span.end_char)


def event_record(event: EventValue, file: str) -> Event:
    return _record(Event, event, file=file)


def doc_to_extraction(document: Document, doc: Doc) -> Extraction:
    """Collect what the components left on the Doc into plain records.

    A stage that failed left nothing (or its input unchanged): its records are empty and the
    document carries a warning naming it, which ``extract`` and ``ingest`` report.
    """
    failed = list(doc._.failed_stages or ())
    for failure in failed:
        document.warnings.append(f"pipeline stage {failure.stage} failed ({failure.error}); "
                                 "its results are missing")
    return Extraction(
        document=document,
        words=count_words(doc),
        entities=[entity_record(e) for e in (doc._.entities or ())],
        aliases=[alias_record(a) for a in (doc._.aliases or ())],
        dates=[timex_record(s) for s in doc.spans.get("crimecli_dates", ())],
        events=[event_record(e, document.file) for e in (doc._.events or ())],
        sentences=searchable_sentences(document, [(s.start_char, s.end_char) for s in doc.sents]
                                       if doc.has_annotation("SENT_START") else []),
        failed_stages=[f.stage for f in failed],
    )


def extract_document(document: Document, model: str | None = None) -> Extraction:
    """Run the pipeline over a read document and return its records."""
    return doc_to_extraction(document, process(document, model))
