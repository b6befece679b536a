"""The library behind every command: plain values in, plain values out, no printing.

Each query function works over a *corpus*: the store (``--store`` / ``CRIMECLI_STORE`` / the
user data dir), exactly the files given with ``corpus`` (extracted on the fly and cached by
content hash), or, when no store is named and the default one is empty or absent, the bundled
sample corpus. Queries open stores read-only and never create one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crimecli import config
from crimecli.errors import QueryError, shown
from crimecli.models import DateValue, Extraction

if TYPE_CHECKING:
    from crimecli.ingest import IngestReport, Refusal
    from crimecli.store import CorpusStore, Scope

LABEL_NAMES = {"person": "PERSON", "org": "ORG", "organisation": "ORG", "organization": "ORG",
               "place": "PLACE"}


def parse_label(value: str | None) -> str | None:
    """``--type person|org|place`` -> PERSON / ORG / PLACE."""
    if value is None:
        return None
    label = LABEL_NAMES.get(value.strip().lower())
    if label is None:
        raise QueryError(f"unknown --type {shown(value)}; use one of: person, org, place")
    return label


# Dates written with digits only: a year, a year-month, an ISO day, or day/month/year.
_NUMERIC_DATE = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?|\d{4}[./]\d{1,2}[./]\d{1,2}"
                           r"|\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})")


def parse_date(value: str | None, option: str = "date") -> DateValue | None:
    """A user-typed date (``2019``, ``March 2020``, ``2020-03-05``, ``last year``).

    Blank text and digits that form no date (``-5``, ``12``) are refused, not read as
    "some day this year" the way a lenient date parser would."""
    if value is None:
        return None
    from crimecli.dates import parse_user_date

    text = value.strip()
    if text and not any(ch.isalpha() for ch in text) and not _NUMERIC_DATE.fullmatch(text):
        raise QueryError(f"{option}: cannot read {shown(text)} as a date: use a year (2019), a month "
                         "(March 2020, 2020-03) or a day (2020-03-05, 5 March 2020)")
    try:
        return parse_user_date(text)
    except QueryError as exc:
        raise QueryError(f"{option}: {exc}") from None


def date_range(since: str | None, until: str | None) -> tuple[DateValue | None, DateValue | None]:
    """``--since`` and ``--until`` read, refusing a range that ends before it starts."""
    since_date, until_date = parse_date(since, "--since"), parse_date(until, "--until")
    if since_date and until_date and since_date.value and until_date.value:
        first, last = since_date.value, until_date.value
        n = min(len(first), len(last))
        if first[:n] > last[:n]:
            raise QueryError(f"--since {shown(since or '')} is after --until {shown(until or '')}: "
                             "nothing can match; swap them")
    return since_date, until_date


@dataclass
class Corpus:
    """What a query runs over: a store, optionally narrowed to some documents (``doc_ids``:
    doc_id -> the path each was found at, for ``--corpus`` and the bundled sample)."""

    store: CorpusStore
    doc_ids: Scope = None
    source: str = "store"
    report: IngestReport | None = None
    notes: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_corpus(
    corpus: Sequence[str | Path] | None = None,
    store: str | Path | None = None,
    *,
    model: str | None = None,
    jobs: int | None = None,
    progress: Callable[[Any], None] | None = None,
) -> Corpus:
    """The store, or exactly the ``corpus`` files (cached), or the bundled sample.

    A store named with ``store`` or CRIMECLI_STORE must exist (StoreMissingError); the bundled
    sample answers only when none is named and the default store is empty or absent.
    """
    from crimecli.store import open_cache, open_store

    if not corpus:
        named = config.explicit_store(store)
        if named is not None:
            main = open_store(named)
            result = Corpus(store=main, source="store")
            if main.is_empty():
                result.notes.append(f"the store {main.location} holds no documents yet; add some "
                                    f"with `crimecli ingest PATH --store {main.location}`")
            return result
        default = config.default_store_path()
        if default.exists():
            main = open_store(default)
            if not main.is_empty():
                return Corpus(store=main, source="store")
            main.close()
        corpus = [config.bundled_seeds()]
        source = "bundled sample corpus"
    else:
        source = "corpus"
    from crimecli.ingest import corpus_doc_ids

    cache, cache_note = open_cache(config.cache_path())
    try:
        doc_ids, report = corpus_doc_ids(list(corpus), cache, model=model, jobs=jobs,
                                         progress=progress)
    except BaseException:
        cache.close()
        raise
    result = Corpus(store=cache, doc_ids=doc_ids, source=source, report=report)
    if cache_note:
        result.notes.append(cache_note)
    if source != "corpus":
        result.notes.append("the store is empty: showing the bundled sample corpus "
                            "(add your own documents with `crimecli ingest PATH`)")
    return result


def ingest(
    paths: Sequence[str | Path],
    store: str | Path | None = None,
    *,
    jobs: int | None = None,
    model: str | None = None,
    progress: Callable[[Any], None] | None = None,
    cluster: str | None = None,
) -> IngestReport:
    """Add files and folders to the store; unchanged content is skipped by hash. ``cluster``
    (else CRIMECLI_CLUSTER): extract on a Dask cluster, ``local[:N]`` or a scheduler address."""
    from crimecli.ingest import ingest as run_ingest
    from crimecli.store import open_store

    work = None
    cluster = config.cluster_address(cluster)
    if cluster:
        from crimecli.cluster import on_cluster

        work = on_cluster(cluster)  # a mistyped --cluster fails before the store is opened
    with open_store(config.store_location(store), write=True) as target:
        return run_ingest(list(paths), target, jobs=jobs, model=model, progress=progress, work=work)


def extract(
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    model: str | None = None,
    jobs: int = 1,
) -> Iterator[Extraction | Refusal]:
    """Run the pipeline over files without storing anything."""
    from crimecli.ingest import extract_paths

    date = parse_date(published, "--published")
    return extract_paths(list(paths), model=model, jobs=jobs, published=date)


def search(
    query: str,
    corpus: Corpus,
    *,
    label: str | None = None,
    entity: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    file: str | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Sentences matching ``query`` (alias- and accent-aware), best first."""
    since_date, until_date = date_range(since, until)
    return corpus.store.search(
        query,
        label=parse_label(label),
        entity=entity,
        country=_country(country),
        since=since_date.value if since_date else None,
        until=until_date.value if until_date else None,
        file=file,
        doc_ids=corpus.doc_ids,
        limit=limit,
    )


def country_argument(value: str) -> str:
    """A country as a user types it: name, short form (US, U.S.) or demonym (Venezuelan)."""
    from crimecli.countries import demonym_country, resolve_country

    return demonym_country(value.strip()) or resolve_country(value)


def _country(value: str | None) -> str | None:
    return None if value is None else country_argument(value)


def entities(
    corpus: Corpus,
    *,
    label: str | None = None,
    country: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """People, organisations and places merged across the corpus, most mentioned first."""
    rows = corpus.store.entities(doc_ids=corpus.doc_ids, label=parse_label(label),
                                 country=_country(country))
    rows.sort(key=lambda e: (-int(e.get("mentions") or 0), e["name"].lower()))
    return rows[:limit] if limit else rows


def aliases(
    corpus: Corpus,
    name: str | None = None,
    *,
    label: str | None = None,
    country: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Entities that have aliases, with the evidence for each; with ``name`` (any name,
    variant or alias, any case or accents), the entity known by that name."""
    from crimecli.errors import UnknownNameError

    label, country = parse_label(label), _country(country)
    try:
        rows = corpus.store.aliases(name, doc_ids=corpus.doc_ids, label=label, country=country)
    except UnknownNameError:
        # A person with no alias ("crimecli aliases chavez") is still worth showing: the
        # variants say which spellings were merged into that name.
        from crimecli.store.records import entities_known_by

        rows = entities_known_by(corpus.store.entities(corpus.doc_ids, label, country), name or "")
        if not rows:
            hints = corpus.store.suggest_names(name or "", corpus.doc_ids, label, country)
            tip = f"; did you mean {' or '.join(repr(h) for h in hints)}?" if hints else ""
            raise UnknownNameError(f"no entity called {shown(name or '')} in the corpus{tip}") from None
    rows.sort(key=lambda e: (-int(e.get("mentions") or 0), e["name"].lower()))
    return rows[:limit] if limit else rows


def timeline(
    countries: Sequence[str],
    corpus: Corpus,
    *,
    since: str | None = None,
    until: str | None = None,
    polarity: str | None = None,
    kinds: Sequence[str] | None = None,
    footnotes: bool = True,
    undated: bool = False,
    limit: int | None = None,
) -> tuple[list[Any], list[dict[str, Any]]]:
    """Dated events between two countries (or involving one), merged and sorted, and a
    per-year count of cooperation against conflict."""
    from crimecli.timeline import build_timeline, yearly_summary

    names = [country_argument(c) for c in countries]
    if polarity and polarity not in ("cooperation", "conflict", "neutral"):
        raise QueryError(f"unknown --polarity {shown(polarity)}; use cooperation, conflict or neutral")
    since_date, until_date = date_range(since, until)
    events = corpus.store.events(doc_ids=corpus.doc_ids)
    wanted = [" ".join(k.lower().split()) for k in kinds] if kinds else None
    if wanted:
        _check_kinds(wanted, {e.kind for e in events})
    rows = build_timeline(
        events,
        countries=names,
        since=since_date,
        until=until_date,
        polarity=polarity,
        kinds=wanted,
        footnotes=footnotes,
        undated=undated,
    )
    summary = yearly_summary(rows)
    return (rows[:limit] if limit else rows), summary


def _check_kinds(kinds: Sequence[str], found: set[str]) -> None:
    """Refuse an event kind crimecli never produces, listing the ones it does. The event
    kinds are read only when a kind is not among the corpus's events."""
    unknown = [k for k in kinds if k not in found]
    if not unknown:
        return
    from crimecli.lexicons import event_kinds

    known = sorted({row["kind"] for row in event_kinds()})
    unknown = [k for k in unknown if k not in known]
    if unknown:
        raise QueryError(f"unknown --kind {shown(unknown[0])}; use one of: {', '.join(known)}")


def show(ref: str, corpus: Corpus) -> Extraction:
    """One stored document (by doc_id prefix, path or file name) with what was found in it."""
    from crimecli.errors import InputError

    info = corpus.store.document(ref, with_text=False)
    if info is None or (corpus.doc_ids is not None and info["doc_id"] not in corpus.doc_ids):
        raise InputError(f"no document {shown(ref)} in the corpus; list them with "
                         "`crimecli documents` or give a file with --corpus")
    file = info["file"]  # the path ref named, when it named one
    if isinstance(corpus.doc_ids, Mapping):
        file = corpus.doc_ids[info["doc_id"]]  # the path under --corpus, not one from elsewhere
    return corpus.store.extraction(info["doc_id"], file)


def documents(corpus: Corpus) -> list[dict[str, Any]]:
    """The documents a query over ``corpus`` answers from, sorted by file."""
    return corpus.store.documents(corpus.doc_ids)


def _open_named_store(store: str | Path | None, *, write: bool, verify: bool = True) -> CorpusStore:
    """The store itself (never the bundled sample), which must exist."""
    from crimecli.store import open_store

    location = config.store_location(store)
    if write:
        open_store(location, verify=False).close()  # must exist: a mistyped path creates nothing
    return open_store(location, write=write, verify=verify)


def remove_document(ref: str, store: str | Path | None = None) -> dict[str, Any]:
    """Remove one document (doc_id prefix, path or file name) from the store; its entry."""
    from crimecli.errors import InputError

    with _open_named_store(store, write=True) as target:
        removed = target.delete(ref)
        if removed is None:
            raise InputError(f"no document {shown(ref)} in the store {target.location}; list them with "
                             "`crimecli documents`")
        target.refresh()
    return removed


def check_store(store: str | Path | None = None) -> dict[str, Any]:
    """Integrity, schema version and row counts of the store (damage reported, not raised)."""
    with _open_named_store(store, write=False, verify=False) as target:
        return target.check()


def copy_store(source: str | Path, destination: str | Path,
               progress: Callable[[Any], None] | None = None) -> dict[str, Any]:
    """Copy every document of the store ``source`` into ``destination`` (created if needed; a
    PostgreSQL database must exist), each in its own transaction: SQLite to PostgreSQL or back,
    or between two of a kind. Documents go over as stored (their records, every path, the
    pipeline version that made them), in the order they were stored, so the copy answers as the
    original does (the time each was added becomes the time of the copy).
    Content the destination holds already is left as it is, so an interrupted copy is finished
    by running it again. A summary: ``{"source", "destination", "documents", "added",
    "unchanged", "replaced", "seconds"}``."""
    import time

    from crimecli.errors import StoreError
    from crimecli.ingest import IngestEvent
    from crimecli.store import open_store

    started = time.perf_counter()
    with open_store(str(source)) as src:
        with open_store(str(destination), write=True) as dest:
            if src.location == dest.location:
                raise StoreError(f"{src.location} is both the source and the destination; give another DEST")
            order = {doc_id: i for i, doc_id in enumerate(src.stored_order())}
            documents = sorted(src.documents(), key=lambda d: order[d["doc_id"]])
            summary = {"source": src.location, "destination": dest.location, "documents": len(documents),
                       "added": 0, "unchanged": 0, "replaced": 0}
            if progress is not None:
                progress(IngestEvent("start", None, 0, len(documents)))
            for done, info in enumerate(documents, 1):
                extraction = src.extraction(info["doc_id"], info["file"])
                status = dest.save(extraction, info["pipeline_version"])
                for path in info["files"][1:]:
                    dest.add_path(info["doc_id"], path)
                summary[status] += 1
                if progress is not None:
                    progress(IngestEvent(status, Path(info["file"]), done, len(documents)))
            dest.refresh()
    summary["seconds"] = round(time.perf_counter() - started, 3)
    return summary


def reindex_store(store: str | Path | None = None) -> dict[str, Any]:
    """Rebuild the store's search index and derived tables; then its check."""
    with _open_named_store(store, write=True, verify=False) as target:
        return target.reindex()


def graph(
    corpus: Corpus,
    countries: Sequence[str] = (),
    *,
    since: str | None = None,
    until: str | None = None,
    label: str | None = None,
    country: str | None = None,
    min_weight: int = 1,
) -> Any:
    """The people-organisation-place network of the corpus (a :class:`crimecli.graph.Graph`):
    entities named in the same sentence or event, linked and weighted. ``countries`` keeps the
    sentences involving all of them; ``label`` and ``country`` choose the nodes."""
    if len(countries) > 2:
        raise QueryError("give one or two countries, e.g. Colombia Venezuela")
    if min_weight < 1:
        raise QueryError("--min-weight must be 1 or more")
    documents = corpus.store.documents(corpus.doc_ids)
    return _corpus_graph(corpus, documents, corpus.store.entities(doc_ids=corpus.doc_ids),
                         [country_argument(c) for c in countries], *date_range(since, until),
                         label=parse_label(label), country=_country(country),
                         min_weight=min_weight)


def _corpus_graph(corpus: Corpus, documents: list[dict[str, Any]], entities: list[dict[str, Any]],
                  countries: list[str], since: DateValue | None, until: DateValue | None,
                  **options: Any) -> Any:
    """build_graph over the corpus's stored extractions, read one document at a time."""
    from crimecli.graph import build_graph

    extractions = (corpus.store.extraction(d["doc_id"], d["file"]) for d in documents)
    return build_graph(extractions, entities, documents, countries=countries,
                       since=since.value if since else None, until=until.value if until else None,
                       **options)


def report(
    corpus: Corpus,
    countries: Sequence[str] = (),
    *,
    entity: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> str:
    """One self-contained, offline HTML page: the yearly chart of cooperation against conflict,
    the timeline (the rows of :func:`timeline`) with every report of each event, the main actors
    and the network. ``entity`` (any name, variant or alias) narrows it to one person or group."""
    import datetime as _dt

    from crimecli import __version__
    from crimecli.errors import UnknownNameError
    from crimecli.graph import EntityIndex
    from crimecli.merge import suggest
    from crimecli.report import ReportData, render_report
    from crimecli.timeline import build_timeline, yearly_summary

    if len(countries) > 2:
        raise QueryError("give one or two countries, e.g. crimecli report Colombia Venezuela")
    if not countries and not entity:
        raise QueryError("give one or two countries, or --entity NAME")
    names = [country_argument(c) for c in countries]
    since_date, until_date = date_range(since, until)
    documents = corpus.store.documents(corpus.doc_ids)
    everything = corpus.store.entities(doc_ids=corpus.doc_ids)
    focus = None
    if entity:
        focus = EntityIndex(everything).lookup(entity)
        if focus is None:
            hints = suggest(entity, [f for e in everything for f in [e["name"], *e["aliases"]]])
            tip = f"; did you mean {' or '.join(repr(h) for h in hints)}?" if hints else ""
            raise UnknownNameError(f"no entity called {entity!r} in the corpus{tip}")
    network = _corpus_graph(corpus, documents, everything, names, since_date, until_date,
                            entity=focus)
    events = corpus.store.events(doc_ids=corpus.doc_ids)
    if focus is not None:
        told = {(e.file, e.start, e.kind) for _, e in network.events()}
        events = [e for e in events if (e.file, e.start, e.kind) in told]
    rows = build_timeline(events, countries=names, since=since_date, until=until_date)
    cited = {m["file"] for row in rows for m in row.mentions} | {c.file for c in network.contexts}
    by_file = {d["file"]: d for d in documents if d["file"] in cited}
    title = " – ".join(names)
    if focus is not None:
        name = network.nodes[focus].name if focus in network.nodes else entity
        title = f"{name}{': ' + title if title else ''}"
    subtitle = "Events, actors and links found by crimecli in " + (
        f"{len(by_file)} document{'s' if len(by_file) != 1 else ''}")
    if since or until:
        subtitle += f", {since_date.value if since_date else '…'} to {until_date.value if until_date else '…'}"
    data = ReportData(title=title, subtitle=subtitle, rows=rows, summary=yearly_summary(rows),
                      graph=network, documents=by_file, focus=focus, version=__version__,
                      leave_out=[i for i in (EntityIndex(everything).lookup(n, labels=("PLACE",))
                                             for n in names) if i and i != focus],
                      generated=_dt.date.today().isoformat())
    return render_report(data)
