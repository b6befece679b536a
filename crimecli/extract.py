"""Doc -> records: the single boundary between spaCy objects and crimecli's models."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from crimecli.models import Alias, DateValue, Document, Entity, Event, Extraction, Mention, Timex
from crimecli.reader import searchable_sentences


def count_words(doc: Doc) -> int:
    """Words in the body: tokens that are neither punctuation nor white space."""
    return sum(1 for tok in doc if not (tok.is_punct or tok.is_space))


def _entity(data: dict[str, Any]) -> Entity:
    mentions = [m if isinstance(m, Mention) else Mention(*m) if isinstance(m, (tuple, list))
                else Mention(**m) for m in data.get("mentions", [])]
    return Entity(
        id=data["id"],
        label=data["label"],
        name=data["name"],
        variants=list(data.get("variants", [])),
        aliases=list(data.get("aliases", [])),
        kind=data.get("kind"),
        country=data.get("country"),
        mentions=mentions,
    )


def _alias(data: dict[str, Any]) -> Alias:
    return Alias(**{k: data[k] for k in ("entity", "label", "alias", "type", "evidence", "start", "end")})


def _timexes(doc: Doc) -> list[Timex]:
    if "crimecli_dates" not in doc.spans:
        return []
    out = []
    for span in doc.spans["crimecli_dates"]:
        info = span._.timex or {}
        out.append(Timex(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            value=info.get("value"),
            precision=info.get("precision", "unresolved"),
            resolved_from=info.get("resolved_from", "unresolved"),
        ))
    return out


def _event(data: dict[str, Any], file: str) -> Event:
    date = data["date"]
    if not isinstance(date, DateValue):
        date = DateValue(**date)
    return Event(
        date=date,
        kind=data["kind"],
        cameo=data["cameo"],
        polarity=data["polarity"],
        goldstein=float(data["goldstein"]),
        countries=list(data.get("countries", [])),
        actors=list(data.get("actors", [])),
        sentence=data["sentence"],
        start=data["start"],
        end=data["end"],
        in_footnote=bool(data.get("in_footnote", False)),
        file=file,
    )


def doc_to_extraction(document: Document, doc: Doc) -> Extraction:
    """Collect what the components left on the Doc into plain records."""
    return Extraction(
        document=document,
        words=count_words(doc),
        entities=[_entity(e) for e in (doc._.entities or [])],
        aliases=[_alias(a) for a in (doc._.aliases or [])],
        dates=_timexes(doc),
        events=[_event(e, document.file) for e in (doc._.events or [])],
        sentences=searchable_sentences(document, [(s.start_char, s.end_char) for s in doc.sents]
                                       if doc.has_annotation("SENT_START") else []),
    )


def extract_document(document: Document, model: str | None = None) -> Extraction:
    """Run the pipeline over a read document and return its records."""
    from crimecli.nlp import process

    return doc_to_extraction(document, process(document, model))
