"""crimecli's spaCy components, one module each, and what they leave on a ``Doc``.

Importing a component module registers its ``@Language.factory``; ``crimecli.nlp`` assembles
them. Nothing in this package imports ``crimecli.nlp``.

What lives on a Doc (the typed values are the dataclasses below):

- ``doc._.document``: the :class:`crimecli.models.Document` the Doc was made from (publication
  date, footnote blocks), set by ``crimecli.nlp.make_doc`` before the components run.
- ``doc.spans["crimecli_gazetteer"]`` (known places and organisations, ``span.id_`` = canonical
  id), ``doc.spans["crimecli_names"]`` (every rule-based entity span), then ``doc.ents``
  (ours, plus a statistical model's vetted entities where ours leave a gap); entity spans carry
  ``span._.kind`` and ``span._.country``.
- ``doc._.place_candidates``: for a gazetteer place whose name places in several countries
  share, ``{(start_char, end_char): (Entry, ...)}`` (the gazetteer's choice first), which the
  resolver weighs against the document's context.
- ``doc._.release_voice``: the country of the government whose release the document is, as
  the resolver reads its header and government bodies (None for any other document).
- ``doc._.aliases``: :class:`AliasStatement` list; ``doc._.entities``: :class:`ResolvedEntity`
  list; ``doc.spans["crimecli_dates"]`` with ``span._.timex`` (:class:`TimexValue`);
  ``doc._.events``: :class:`EventValue` list, their sentences in ``doc.spans["crimecli_events"]``
  (one sentence may hold several events, so the values are not span extensions: spaCy keys
  those by character offsets).
- ``doc._.failed_stages``: :class:`StageFailure` list, one per component that raised.

A value is ``None`` when the component that sets it did not run (or failed): readers treat that
as "nothing found", so one failing stage never loses the others' results.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from crimecli.models import DateValue

TEXT_KEY = "crimecli_text"
TEXT_CHECKED_KEY = "crimecli_text_checked"


@dataclass(frozen=True)
class TimexValue:
    """What a temporal expression means (``span._.timex`` on ``doc.spans["crimecli_dates"]``)."""

    value: str | None
    precision: str
    resolved_from: str
    timeml: str | None = None  # TimeML value where it differs from ``value`` ("PRESENT_REF" for "now")


@dataclass(frozen=True)
class AliasStatement:
    """One alias stated in the text (``doc._.aliases``). ``entity`` is the name as written until
    crimecli_resolve replaces it with the canonical name of the entity it belongs to."""

    entity: str
    label: str
    alias: str
    type: str
    evidence: str
    start: int  # evidence offsets in the text
    end: int
    name_offsets: tuple[int, int]  # the named entity inside the evidence
    alias_offsets: tuple[int, int]  # the alias inside the evidence


@dataclass(frozen=True)
class ResolvedEntity:
    """One entity of the document (``doc._.entities``): its mentions are entity spans."""

    id: str
    label: str
    name: str
    variants: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    country: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class EventValue:
    """A dated happening (``doc._.events``). ``span`` is its sentence, labelled with the kind;
    ``sentence``/``start``/``end`` are that sentence without surrounding white space."""

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
    in_footnote: bool
    trigger: str
    span: Span


@dataclass(frozen=True)
class StageFailure:
    """A component that raised: the later ones ran on what the earlier ones left."""

    stage: str
    error: str


_DOC_EXTENSIONS = ("document", "aliases", "entities", "events", "failed_stages", "place_candidates",
                   "release_voice")
_SPAN_EXTENSIONS = ("kind", "country", "timex")


SPAN_VALUES_KEY = "crimecli_span_values"


def span_values(doc: Doc, name: str) -> dict[tuple[int, int], Any]:
    """Where the values of span extension ``name`` (``kind``, ``country``, ``timex``) of this
    Doc's spans live: ``(start_char, end_char) -> value``, the key spaCy itself gives a span's
    extension values (so two spans over the same characters share them, as in spaCy).

    ``span._.kind`` reads and writes this table; a component that reads the values of many
    spans (every entity's kind and country) reads the table once instead, where each ``span._``
    would make an accessor object and look its attribute up. A span missing from it has the
    value None. Kept in ``doc.user_data`` under crimecli's own key (it holds no spans), and
    like spaCy's own values it does not follow a span into another Doc (``Span.as_doc``)."""
    tables = doc.user_data.get(SPAN_VALUES_KEY)
    if tables is None:
        tables = doc.user_data[SPAN_VALUES_KEY] = {extension: {} for extension in _SPAN_EXTENSIONS}
    return tables[name]


def _span_value_accessors(name: str) -> tuple[Callable[[Span], Any], Callable[[Span, Any], None]]:
    def get(span: Span) -> Any:
        return span_values(span.doc, name).get((span.start_char, span.end_char))

    def put(span: Span, value: Any) -> None:
        span_values(span.doc, name)[(span.start_char, span.end_char)] = value

    return get, put


def register_extensions() -> None:
    """Declare crimecli's extension attributes (idempotent; every default is None, never a
    shared mutable list). The span extensions keep their values in :func:`span_values`."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            getter, setter = _span_value_accessors(name)
            Span.set_extension(name, getter=getter, setter=setter)


register_extensions()


def doc_text(doc: Doc) -> str:
    """``doc.text`` computed at most once per Doc and shared by the components.

    ``doc.text`` joins a new Token object per token on every access; ``crimecli.nlp.make_doc``
    leaves the source text in ``doc.user_data``. Same length means same characters (the
    tokenizer keeps every character), so a stale or foreign value is never used.
    """
    cached = doc.user_data.get(TEXT_KEY)
    n = len(doc)
    if isinstance(cached, str) and doc.user_data.get(TEXT_CHECKED_KEY) == (id(doc), n, len(cached)):
        return cached  # checked against this Doc already (checking makes two Token objects)
    if isinstance(cached, str) and n and len(cached) == doc[-1].idx + len(doc[-1].text_with_ws):
        doc.user_data[TEXT_CHECKED_KEY] = (id(doc), n, len(cached))
        return cached
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    return text


def span_text(span: Span) -> str:
    """``span.text`` sliced from :func:`doc_text` (``span.text`` joins a new Token object per
    token on every access)."""
    if span.end <= span.start:
        return ""
    return doc_text(span.doc)[span.start_char:span.end_char]
