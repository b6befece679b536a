"""Who appears with whom: the people-organisation-place network of a corpus. Pure functions over
records (extractions and corpus entities), no SQL, no spaCy.

The unit of evidence is a *context*: one sentence of one document, with the corpus entities it
names and the events told in it. Two entities are linked when they share a context; an event
adds its participants to the context even when the sentence does not name them ("Caracas
accused Bogotá" involves Venezuela and Colombia). A link's weight is the number of sentences
the two share; its cooperation, conflict and neutral counts are the events in those sentences,
and its first and last dates come from those events (or, for a sentence that tells no dated
event, from its document's publication date).

The writers (GEXF, GraphML, links CSV, FollowTheMoney) live in :mod:`crimecli.exporters`; the
HTML report draws the same graph.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from crimecli.merge import name_key
from crimecli.text import fold_words
from crimecli.models import LABELS, Entity, Event, Extraction
from crimecli.timeline import date_key, within

__all__ = ["Context", "EntityIndex", "Graph", "Link", "Node", "build_graph", "contexts"]

POLARITY_FIELDS = ("cooperation", "conflict", "neutral")


class EntityIndex:
    """Per-document entities and names -> corpus entity ids.

    A per-document entity is found by its id: each corpus entity lists in ``ids`` the ids its
    members had in their documents (crimecli.merge), and where two documents gave one id to two
    different entities (a "National Police" in Colombia and one in Ecuador) the document
    decides. A bare name (an event's actor or country, an alias record's entity) is matched to
    the corpus entity whose name, variants or aliases contain it, preferring one seen in the
    same document, then the one whose own name it is, then the most mentioned.
    """

    def __init__(self, entities: Iterable[Mapping[str, Any]]):
        self.entities: dict[str, Mapping[str, Any]] = {}
        self._forms: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._by_id: dict[str, list[str]] = defaultdict(list)
        for entity in entities:
            ident, label = entity["id"], entity["label"]
            self.entities[ident] = entity
            for member in entity.get("ids") or [ident]:
                self._by_id[member].append(ident)
            keys = {name_key(f, label) for f in
                    [entity["name"], *entity.get("variants", []), *entity.get("aliases", [])]}
            for key in keys:
                if key:
                    self._forms[(label, key)].append(ident)

    def _best(self, ids: Sequence[str], key: str | None, file: str | None) -> str:
        def rank(ident: str) -> tuple:
            entity = self.entities[ident]
            return (file is not None and file in entity.get("documents", ()),
                    key is not None and name_key(entity["name"], entity["label"]) == key,
                    int(entity.get("mentions") or 0))

        return max(ids, key=rank)

    def resolve(self, entity: Entity, file: str | None = None) -> str | None:
        """The corpus id of a per-document entity, or None when no corpus entity merged it."""
        ids = self._by_id.get(entity.id)
        return self._best(ids, None, file) if ids else None

    def lookup(self, name: str, file: str | None = None, labels: Sequence[str] = LABELS) -> str | None:
        """The corpus id of an entity known by ``name`` (an event's actor or country)."""
        for label in labels:
            key = name_key(name, label)
            ids = self._forms.get((label, key))
            if ids:
                return self._best(ids, key, file)
        return None


@dataclass
class Context:
    """One sentence of one document: who it names, which events it tells, which countries."""

    file: str
    doc_id: str
    start: int
    end: int
    sentence: str
    in_footnote: bool = False
    mentions: Counter = field(default_factory=Counter)  # corpus id -> mentions in the sentence
    participants: set[str] = field(default_factory=set)  # corpus ids named or taking part
    events: list[Event] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    published: str | None = None

    @property
    def dates(self) -> list[str]:
        """The dates this sentence speaks of: its events' dates, else its document's date."""
        dated = [e.date.value for e in self.events if e.date.value]
        if dated:
            return dated
        return [self.published] if self.published else []


def _sentence_spans(extraction: Extraction) -> list[tuple[int, int]]:
    if extraction.sentences:
        return sorted(extraction.sentences)
    # A record without sentence boundaries: each event's sentence is a context of its own.
    return sorted({(e.start, e.end) for e in extraction.events})


def contexts(extraction: Extraction, index: EntityIndex) -> list[Context]:
    """The sentences of one document that name at least one corpus entity or tell an event."""
    doc = extraction.document
    text = doc.text
    spans = _sentence_spans(extraction)
    starts = [s for s, _ in spans]
    published = doc.published.value if doc.published else None
    footnotes = sorted(doc.footnotes)
    note_starts = [s for s, _ in footnotes]
    found: dict[int, Context] = {}

    def context_at(offset: int) -> Context | None:
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0 or offset >= spans[i][1]:
            return None
        ctx = found.get(i)
        if ctx is None:
            start, end = spans[i]
            n = bisect.bisect_right(note_starts, start) - 1
            in_note = n >= 0 and start < footnotes[n][1]
            ctx = found[i] = Context(file=doc.file, doc_id=doc.doc_id, start=start, end=end,
                                     sentence=text[start:end], in_footnote=in_note,
                                     published=published)
        return ctx

    for entity in extraction.entities:
        ident = index.resolve(entity, doc.file)
        if ident is None:
            continue
        is_country = entity.label == "PLACE" and entity.kind == "country"
        for mention in entity.mentions:
            ctx = context_at(mention.start)
            if ctx is None:
                continue
            ctx.mentions[ident] += 1
            ctx.participants.add(ident)
            if is_country:
                ctx.countries.add(index.entities[ident]["name"])
    for event in extraction.events:
        ctx = context_at(event.start)
        if ctx is None:
            continue
        ctx.events.append(event)
        ctx.countries.update(event.countries)
        for name in [*event.actors, *event.countries]:
            ident = index.lookup(name, doc.file)
            if ident is not None:
                ctx.participants.add(ident)
    return [found[i] for i in sorted(found)]


@dataclass
class Node:
    """A corpus entity as a node: what it is and how often the kept sentences name it."""

    id: str
    label: str
    name: str
    kind: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    alias_types: dict[str, str] = field(default_factory=dict)
    mentions: int = 0
    files: set[str] = field(default_factory=set)

    @property
    def documents(self) -> int:
        return len(self.files)


@dataclass
class Link:
    """Two entities named in the same sentences (``source`` sorts before ``target``)."""

    source: str
    target: str
    weight: int = 0
    cooperation: int = 0
    conflict: int = 0
    neutral: int = 0
    first: str | None = None
    last: str | None = None
    kinds: Counter = field(default_factory=Counter)
    files: set[str] = field(default_factory=set)
    sample: str = ""
    sample_file: str = ""
    _sample_rank: tuple = ()

    @property
    def events(self) -> int:
        return self.cooperation + self.conflict + self.neutral

    @property
    def relation(self) -> str:
        """``same event`` when an event links them, else ``same sentence``."""
        return "same event" if self.events else "same sentence"

    def add(self, ctx: Context) -> None:
        self.weight += 1
        self.files.add(ctx.file)
        for event in ctx.events:
            polarity = event.polarity if event.polarity in POLARITY_FIELDS else "neutral"
            setattr(self, polarity, getattr(self, polarity) + 1)
            self.kinds[event.kind] += 1
        for value in ctx.dates:
            if self.first is None or date_key(value) < date_key(self.first):
                self.first = value
            if self.last is None or date_key(value) > date_key(self.last):
                self.last = value
        # The sample: a body sentence that tells an event, short enough to read in a table.
        sentence = " ".join(ctx.sentence.split())
        rank = (ctx.in_footnote, not ctx.events, abs(len(sentence) - 160), ctx.file, ctx.start)
        if not self._sample_rank or rank < self._sample_rank:
            self.sample, self.sample_file, self._sample_rank = sentence, ctx.file, rank


@dataclass
class Graph:
    nodes: dict[str, Node] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    contexts: list[Context] = field(default_factory=list)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc_id -> document record

    def events(self) -> list[tuple[Context, Event]]:
        """The kept sentences' events, in document order."""
        return [(ctx, event) for ctx in self.contexts for event in ctx.events]


def _keep_context(ctx: Context, countries: Sequence[str], since: str | None,
                  until: str | None) -> bool:
    if countries and not all(c in ctx.countries for c in countries):
        return False
    if since or until:
        return any(within(value, since, until) for value in ctx.dates)
    return True


def _selected(entity: Mapping[str, Any], label: str | None, country: str | None) -> bool:
    if label and entity["label"] != label:
        return False
    if country:
        key = fold_words(country)
        return fold_words(entity.get("country") or "") == key or (
            entity["label"] == "PLACE" and fold_words(entity["name"]) == key)
    return True


def build_graph(
    extractions: Iterable[Extraction],
    entities: Iterable[Mapping[str, Any]],
    documents: Iterable[Mapping[str, Any]] = (),
    *,
    countries: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
    label: str | None = None,
    country: str | None = None,
    entity: str | None = None,
    min_weight: int = 1,
) -> Graph:
    """The network of the sentences that pass the filters.

    - ``countries`` (one or two canonical names): only sentences involving all of them, through
      an event's countries or a country they name.
    - ``since``/``until`` (ISO values): only sentences whose dates overlap the range.
    - ``label`` (PERSON/ORG/PLACE) and ``country``: which entities become nodes; links join
      two nodes.
    - ``entity`` (a corpus id): only sentences where it takes part (its ego network).
    - ``min_weight``: drop links seen in fewer sentences, and nodes left with no link.
    """
    index = EntityIndex(entities)
    graph = Graph(documents={d["doc_id"]: dict(d) for d in documents})
    selected = {ident for ident, e in index.entities.items() if _selected(e, label, country)}
    pairs: dict[tuple[str, str], Link] = {}
    alias_types: dict[str, dict[str, str]] = defaultdict(dict)
    for extraction in extractions:
        doc = extraction.document
        graph.documents.setdefault(doc.doc_id, {
            "doc_id": doc.doc_id, "file": doc.file, "title": doc.title,
            "published": doc.published.to_dict() if doc.published else None})
        for alias in extraction.aliases:
            ident = index.lookup(alias.entity, doc.file, labels=(alias.label,))
            if ident is not None:
                alias_types[ident].setdefault(fold_words(alias.alias), alias.type)
        for ctx in contexts(extraction, index):
            if not _keep_context(ctx, countries, since, until):
                continue
            if entity is not None and entity not in ctx.participants:
                continue
            kept = sorted(ctx.participants & selected)
            if not kept and not ctx.events:
                continue
            graph.contexts.append(ctx)
            for ident in kept:
                node = graph.nodes.get(ident)
                if node is None:
                    node = graph.nodes[ident] = _node(index.entities[ident])
                node.mentions += ctx.mentions.get(ident, 0)
                node.files.add(ctx.file)
            for i, a in enumerate(kept):
                for b in kept[i + 1:]:
                    link = pairs.get((a, b))
                    if link is None:
                        link = pairs[(a, b)] = Link(a, b)
                    link.add(ctx)
    for ident, node in graph.nodes.items():
        node.alias_types = {a: alias_types[ident].get(fold_words(a), "other") for a in node.aliases}
    links = [link for link in pairs.values() if link.weight >= min_weight]
    if min_weight > 1:
        linked = {i for link in links for i in (link.source, link.target)}
        graph.nodes = {i: n for i, n in graph.nodes.items() if i in linked}
    graph.links = sorted(links, key=lambda l: (-l.weight, l.source, l.target))
    return graph


def _node(entity: Mapping[str, Any]) -> Node:
    # A country is its own country (Gephi partitions and CSV filters then group it with its people).
    country = entity.get("country") or (entity["name"] if entity.get("kind") == "country" else None)
    return Node(id=entity["id"], label=entity["label"], name=entity["name"], kind=entity.get("kind"),
                country=country, aliases=list(entity.get("aliases", [])),
                variants=list(entity.get("variants", [])))
