"""Plain result records. ``to_dict()`` of each is the JSON contract (docs/json-contract.md).

Field names are stable: add fields, never rename them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LABELS = ("PERSON", "ORG", "PLACE")
PRECISIONS = ("day", "week", "month", "season", "year", "decade", "century", "unresolved")
RESOLVED_FROM = ("explicit", "document date", "context", "unresolved")
POLARITIES = ("cooperation", "conflict", "neutral")


@dataclass
class DateValue:
    """A normalised date: an ISO 8601 value cut to its precision (``2010-07-22``, ``2010-07``,
    ``2010``), in TimeML's forms where ISO has none (week ``2013-W12``, season ``2012-SU`` or
    ``2012-Q3``, decade ``201``, century ``20``); ``precision`` is one of PRECISIONS."""

    value: str | None
    precision: str
    text: str
    resolved_from: str = "explicit"

    # Written out rather than dataclasses.asdict(), which is 20 times slower: the store builds
    # these records for every timex, alias and event of every document it saves.
    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "text": self.text,
                "resolved_from": self.resolved_from}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateValue:
        return cls(value=data.get("value"), precision=data.get("precision", "unresolved"),
                   text=data.get("text", ""), resolved_from=data.get("resolved_from", "explicit"))


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
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "precision": self.precision, "resolved_from": self.resolved_from}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timex:
        return cls(text=data["text"], start=data["start"], end=data["end"], value=data.get("value"),
                   precision=data["precision"], resolved_from=data["resolved_from"])


@dataclass
class Mention:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(start=data["start"], end=data["end"], text=data["text"])


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
        return {"id": self.id, "label": self.label, "name": self.name, "variants": list(self.variants),
                "aliases": list(self.aliases), "kind": self.kind, "country": self.country,
                "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(id=data["id"], label=data["label"], name=data["name"],
                   variants=list(data.get("variants", [])), aliases=list(data.get("aliases", [])),
                   kind=data.get("kind"), country=data.get("country"),
                   mentions=[Mention.from_dict(m) for m in data.get("mentions", [])])


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
        return {"entity": self.entity, "label": self.label, "alias": self.alias, "type": self.type,
                "evidence": self.evidence, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Alias:
        return cls(entity=data["entity"], label=data["label"], alias=data["alias"], type=data["type"],
                   evidence=data["evidence"], start=data["start"], end=data["end"])


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
        return {"date": self.date.to_dict(), "kind": self.kind, "cameo": self.cameo,
                "polarity": self.polarity, "goldstein": self.goldstein, "countries": list(self.countries),
                "actors": list(self.actors), "sentence": self.sentence, "start": self.start,
                "end": self.end, "in_footnote": self.in_footnote, "file": self.file}

    @classmethod
    def from_dict(cls, data: dict[str, Any], file: str | None = None) -> Event:
        """``file`` names the document when the record does not (stored events leave it out)."""
        return cls(
            date=(DateValue.from_dict(data["date"]) if data.get("date")
                  else DateValue(None, "unresolved", "", "unresolved")),
            kind=data["kind"], cameo=data["cameo"], polarity=data["polarity"],
            goldstein=float(data["goldstein"]), countries=list(data.get("countries", [])),
            actors=list(data.get("actors", [])), sentence=data["sentence"], start=data["start"],
            end=data["end"], in_footnote=bool(data.get("in_footnote", False)),
            file=data.get("file", "") if file is None else file,
        )


@dataclass
class Article:
    """One article of a document: a file may hold several (a news-database export).

    ``start``/``end`` bound the article with its own boilerplate; ``body_end`` is where that
    boilerplate begins (``end`` when there is none). ``story_date`` is the date its relative
    dates count from (its wire dateline's day, else its publication date), set by the reader
    (``crimecli.reader.story_date``) for the pipeline; ``datelines`` are the (offset, day) of
    the wire datelines opening later paragraphs (a digest of briefs: each is told from its own
    day, ``crimecli.reader.later_datelines``). Neither is part of the record.
    """

    start: int
    end: int
    body_end: int
    title: str | None = None
    published: DateValue | None = None
    story_date: DateValue | None = None
    datelines: list[tuple[int, DateValue]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "body_end": self.body_end, "title": self.title,
                "published": self.published.to_dict() if self.published else None}


@dataclass
class Document:
    """A file read from disk, before any NLP: decoded text and what the reader found.

    Nothing of the text is dropped: ``boilerplate`` lists the (start, end) blocks that are page
    furniture (share bars, related content, copyright lines, export separators), which the
    pipeline skips but search still finds. ``title`` and ``published`` are the first article's.
    """

    file: str
    doc_id: str
    text: str
    title: str | None = None
    published: DateValue | None = None
    body_end: int = 0
    footnotes: list[tuple[int, int]] = field(default_factory=list)
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    #: For a section of a long document (:meth:`section`): the words the whole document writes
    #: in lower case, so that a capitalised word is read as a common noun ('Playing Field')
    #: whichever section the document writes it in lower case in. Empty for a whole document.
    lower_words: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    @property
    def body(self) -> str:
        """What the pipeline reads: the text up to ``body_end`` with every boilerplate block
        blanked out (spaces, newlines kept), so offsets are the text's own. A footer that ends
        the text is left off instead of blanked (nothing follows it that offsets could shift)."""
        body = self.text[: self.body_end]
        blocks = [block for block in self.boilerplate if block[0] < len(body)]
        if blocks and not body[blocks[-1][1]:].strip():
            body = body[: blocks[-1][0]]
            blocks.pop()
        if not blocks:
            return body
        parts, at = [], 0
        for start, end in blocks:
            start, end = max(start, at), min(end, len(body))
            if start >= end:
                continue
            parts.append(body[at:start])
            parts.append(_blank(body[start:end]))
            at = end
        parts.append(body[at:])
        return "".join(parts)

    def boilerplate_words(self) -> int:
        """Words set aside as boilerplate (kept and searchable, never analysed)."""
        return sum(len(self.text[start:end].split()) for start, end in self.boilerplate)

    def section(self, start: int, end: int, lower_words: frozenset[str] = frozenset()) -> Document:
        """``text[start:end]`` as a document of its own, for the pipeline to read a long text a
        part at a time: the same file, id, title and date, and the blocks, footnotes and
        articles that fall inside it (cut at its edges), at offsets counted from ``start``.
        Each article keeps its own title and date, whichever section it starts in."""
        length = end - start

        def inside(blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
            return [(max(a, start) - start, min(b, end) - start) for a, b in blocks if a < end and b > start]

        inner = [(index, a) for index, a in enumerate(self.articles) if a.start < end and a.end > start]
        articles = [Article(start=max(a.start, start) - start, end=min(a.end, end) - start,
                            body_end=min(max(a.body_end - start, 0), length),
                            title=a.title, published=a.published,
                            # a section opening inside a brief is told from that brief's dateline
                            story_date=([day for offset, day in a.datelines if offset <= start]
                                        or [a.story_date])[-1],
                            datelines=[(offset - start, day) for offset, day in a.datelines
                                       if start <= offset < end])
                    for _index, a in inner]
        # The section's date is that of the article it opens in: the pipeline dates the first
        # article of a Doc by the document's date (the file's own, or --published), the others
        # by their own, and a later article must keep its date when a section starts in it.
        published = self.published
        if inner and inner[0][0] > 0:
            published = inner[0][1].published or self.published
        return Document(file=self.file, doc_id=self.doc_id, text=self.text[start:end], title=self.title,
                        published=published, body_end=min(max(self.body_end - start, 0), length),
                        footnotes=inside(self.footnotes), encoding=self.encoding,
                        boilerplate=inside(self.boilerplate), articles=articles, lower_words=lower_words)


def _blank(text: str) -> str:
    """Every character but a line break becomes a space."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


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
    # Pipeline stages that raised on this document (their records are missing); reported as
    # document warnings, not part of the JSON record.
    failed_stages: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        return {
            "file": doc.file,
            "doc_id": doc.doc_id,
            "title": doc.title,
            "published": doc.published.to_dict() if doc.published else None,
            "words": self.words,
            "body_end": doc.body_end,
            "boilerplate": [list(block) for block in doc.boilerplate],
            "articles": [a.to_dict() for a in doc.articles],
            "entities": [e.to_dict() for e in self.entities],
            "aliases": [a.to_dict() for a in self.aliases],
            "dates": [t.to_dict() for t in self.dates],
            "events": [e.to_dict() for e in self.events],
        }
