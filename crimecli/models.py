"""Plain result records. ``to_dict()`` of each is the JSON contract (docs/json-contract.md).

Field names are stable: add fields, never rename them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

LABELS = ("PERSON", "ORG", "PLACE")
ALIAS_TYPES = ("nickname", "acronym", "translation", "short name", "other")
PRECISIONS = ("day", "month", "year", "season", "unresolved")
RESOLVED_FROM = ("explicit", "document date", "context", "unresolved")
POLARITIES = ("cooperation", "conflict", "neutral")


@dataclass
class DateValue:
    """A normalised date: ISO value cut to its precision (``2010``, ``2010-07``, ``2010-07-22``)."""

    value: str | None
    precision: str
    text: str
    resolved_from: str = "explicit"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Timex:
    """A temporal expression found in the text, whether or not it dates an event."""

    text: str
    start: int
    end: int
    value: str | None
    precision: str
    resolved_from: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Mention:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Entity:
    id: str
    label: str
    name: str
    variants: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["mentions"] = [m.to_dict() for m in self.mentions]
        return data


@dataclass
class Alias:
    entity: str
    label: str
    alias: str
    type: str
    evidence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    date: DateValue
    kind: str
    cameo: str
    polarity: str
    goldstein: float
    countries: list[str]
    actors: list[str]
    sentence: str
    start: int
    end: int
    in_footnote: bool = False
    file: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.to_dict()
        return data


@dataclass
class Document:
    """A file read from disk, before any NLP: decoded text and what the reader found."""

    file: str
    doc_id: str
    text: str
    title: str | None = None
    published: DateValue | None = None
    body_end: int = 0
    footnotes: list[tuple[int, int]] = field(default_factory=list)
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The article text before boilerplate (donation appeals, related content, ...)."""
        return self.text[: self.body_end]


@dataclass
class Extraction:
    """Everything the pipeline found in one document (the ``extract`` JSON record)."""

    document: Document
    words: int
    entities: list[Entity] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    dates: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        return {
            "file": doc.file,
            "doc_id": doc.doc_id,
            "title": doc.title,
            "published": doc.published.to_dict() if doc.published else None,
            "words": self.words,
            "body_end": doc.body_end,
            "entities": [e.to_dict() for e in self.entities],
            "aliases": [a.to_dict() for a in self.aliases],
            "dates": [t.to_dict() for t in self.dates],
            "events": [e.to_dict() for e in self.events],
        }
