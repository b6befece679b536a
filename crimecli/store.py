"""The SQLite store: all of crimecli's SQL lives here.

One file, WAL mode (readers never wait for the writer), foreign keys on, named migrations
recorded in a ``migrations`` table and applied once each (llm's migrations.py). Each document
is saved in one transaction, so a crash leaves either the whole document or none of it.

Search runs on an FTS5 index over the sentences of document bodies (tokenizer ``unicode61
remove_diacritics 2``: "cucuta" finds "Cúcuta"). Queries are parsed by :mod:`crimecli.search`
into a MATCH expression bound as a parameter; filters use columns denormalised onto the
sentence rows (document, date bounds) or small indexed side tables (labels, countries).

Dates are filtered as intervals: a sentence dated "2010-07" spans 2010-07-01..2010-07-31 and
passes ``since="2010-07-15"``. A sentence's date is that of an event in it, else the
document's publication date.
"""

from __future__ import annotations

import bisect
import calendar
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from crimecli.errors import QueryError, StoreError, UnknownNameError
from crimecli.merge import fold, is_distinctive, merge_entities, search_forms, suggest
from crimecli.models import Alias, DateValue, Document, Entity, Event, Extraction, Mention, Timex
from crimecli.search import MAX_EXPANSIONS, compile_query, lookup_keys, parse_query

LABELS = {"person": "PERSON", "org": "ORG", "organisation": "ORG", "organization": "ORG",
          "place": "PLACE", "location": "PLACE"}

# ---------------------------------------------------------------- migrations

MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = []


def migration(fn: Callable[[sqlite3.Connection], None]) -> Callable[[sqlite3.Connection], None]:
    """Register a migration. Never rename or reorder one that has shipped; add a new one."""
    MIGRATIONS.append(fn)
    return fn


def _run(db: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT our transaction; run statements one by one instead.
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    _run(db, """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    INSERT INTO meta (key, value) VALUES ('generation', '0');
    CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY,
        file TEXT NOT NULL,
        title TEXT,
        published_value TEXT,
        published_precision TEXT,
        published_text TEXT,
        words INTEGER NOT NULL DEFAULT 0,
        body_end INTEGER NOT NULL DEFAULT 0,
        pipeline_version TEXT NOT NULL,
        added_at TEXT NOT NULL,
        text TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX documents_file ON documents(file);
    CREATE INDEX documents_published ON documents(published_value);
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        in_footnote INTEGER NOT NULL DEFAULT 0,
        date_value TEXT,
        date_lo TEXT,
        date_hi TEXT
    );
    CREATE INDEX sentences_doc ON sentences(doc_id, start_char);
    CREATE INDEX sentences_date ON sentences(date_lo, date_hi);
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        label TEXT NOT NULL,
        name TEXT NOT NULL,
        folded TEXT NOT NULL,
        kind TEXT,
        country TEXT,
        variants TEXT NOT NULL DEFAULT '[]',
        aliases TEXT NOT NULL DEFAULT '[]',
        mentions INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX entities_doc ON entities(doc_id);
    CREATE INDEX entities_label_folded ON entities(label, folded);
    CREATE TABLE entity_forms (
        folded TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        PRIMARY KEY (folded, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX entity_forms_entity ON entity_forms(entity_id);
    CREATE TABLE mentions (
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        label TEXT NOT NULL,
        sentence_id INTEGER,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX mentions_sentence ON mentions(sentence_id, label);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        entity_id INTEGER,
        entity TEXT NOT NULL,
        label TEXT NOT NULL,
        alias TEXT NOT NULL,
        folded TEXT NOT NULL,
        type TEXT NOT NULL,
        evidence TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL
    );
    CREATE INDEX aliases_doc ON aliases(doc_id);
    CREATE INDEX aliases_folded ON aliases(folded);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        sentence_id INTEGER,
        date_value TEXT,
        date_precision TEXT,
        date_lo TEXT,
        date_hi TEXT,
        kind TEXT,
        polarity TEXT,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_date ON events(date_lo, date_hi);
    CREATE TABLE event_countries (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        country TEXT NOT NULL,
        PRIMARY KEY (country, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_countries_event ON event_countries(event_id);
    CREATE TABLE sentence_countries (
        country TEXT NOT NULL,
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        PRIMARY KEY (country, sentence_id)
    ) WITHOUT ROWID;
    CREATE INDEX sentence_countries_sentence ON sentence_countries(sentence_id);
    CREATE TABLE timexes (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        precision TEXT,
        resolved_from TEXT
    );
    CREATE INDEX timexes_doc ON timexes(doc_id);
    CREATE TABLE merged_entities (
        gid INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        label TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        mentions INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    CREATE TABLE merged_members (
        entity_id INTEGER PRIMARY KEY,
        gid INTEGER NOT NULL
    );
    CREATE INDEX merged_members_gid ON merged_members(gid);
    CREATE TABLE merged_forms (
        folded TEXT NOT NULL,
        gid INTEGER NOT NULL,
        PRIMARY KEY (folded, gid)
    ) WITHOUT ROWID
    """)


def _expansion_pairs(label: str, name: str, variants: Sequence[str], aliases: Sequence[str]) -> list[tuple[str, str, str]]:
    """(key, form, spelling) rows: a search for ``key`` (the entity's name, an alias or a
    distinctive variant, folded) also looks for ``form`` (spelled ``spelling``)."""
    keys = {fold(name)} | {fold(a) for a in aliases} | {fold(v) for v in variants if is_distinctive(v, label)}
    forms = {fold(f): f for f in search_forms({"label": label, "name": name, "variants": list(variants),
                                                "aliases": list(aliases)})}
    return [(k, f, spelling) for k in keys if k for f, spelling in forms.items() if f and f != k]


_ADD_EXPANSION = (
    "INSERT INTO expansions (key, form, spelling, n) VALUES (?, ?, ?, 1)"
    " ON CONFLICT (key, form) DO UPDATE SET n = n + 1,"
    # keep the accented spelling: the longer UTF-8 encoding of the same folded form
    " spelling = CASE WHEN length(CAST(excluded.spelling AS BLOB)) > length(CAST(spelling AS BLOB))"
    " THEN excluded.spelling ELSE spelling END")


@migration
def m002_expansions(db: sqlite3.Connection) -> None:
    """A corpus-wide table from each name to the other names of the same entities, kept up to
    date on save, so alias expansion costs one indexed read per query term."""
    db.execute("CREATE TABLE expansions (key TEXT NOT NULL, form TEXT NOT NULL, spelling TEXT NOT NULL,"
               " n INTEGER NOT NULL, PRIMARY KEY (key, form)) WITHOUT ROWID")
    rows = db.execute("SELECT label, name, variants, aliases FROM entities").fetchall()
    for label, name, variants, aliases in rows:
        db.executemany(_ADD_EXPANSION, _expansion_pairs(label, name, json.loads(variants), json.loads(aliases)))


LABEL_BITS = {"PERSON": 1, "ORG": 2, "PLACE": 4}


@migration
def m003_sentence_labels(db: sqlite3.Connection) -> None:
    """Which labels a sentence mentions, as bits on the sentence row, so ``--type`` filters
    without a look-up per matching sentence."""
    db.execute("ALTER TABLE sentences ADD COLUMN labels INTEGER NOT NULL DEFAULT 0")
    for label, bit in LABEL_BITS.items():
        db.execute("UPDATE sentences SET labels = labels | ? WHERE id IN"
                   " (SELECT sentence_id FROM mentions WHERE label = ?)", (bit, label))


@migration
def m004_lean_rows(db: sqlite3.Connection) -> None:
    """Save writes less: drop indexes no query uses (deletes go through entity ids) and the
    entity_forms rows, which nothing reads (expansions and merged_forms answer name look-ups)."""
    for index in ("sentences_date", "mentions_doc", "aliases_folded", "entity_forms_entity"):
        db.execute(f"DROP INDEX IF EXISTS {index}")
    db.execute("DELETE FROM entity_forms")


@migration
def m005_mentions_by_entity(db: sqlite3.Connection) -> None:
    """``--entity`` reads the sentences of an entity's mentions: index (entity_id, sentence_id)
    so that is an index-only walk (it also serves what mentions_entity did)."""
    db.execute("CREATE INDEX mentions_entity_sentence ON mentions(entity_id, sentence_id)")
    db.execute("DROP INDEX IF EXISTS mentions_entity")


# ---------------------------------------------------------------- dates


_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@lru_cache(maxsize=4096)
def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day an ISO value cut to its precision covers: "2010-07" ->
    ("2010-07-01", "2010-07-31"). Seasons and other suffixes count as their whole year."""
    if not value:
        return None, None
    m = _ISO.match(value.strip())
    if not m:
        return None, None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return None, None
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    last = calendar.monthrange(year, month)[1]
    if day is None or not 1 <= day <= last:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return (f"{year:04d}-{month:02d}-{day:02d}",) * 2


def _bound(value: str | None, which: str) -> str | None:
    if value is None or value == "":
        return None
    lo, hi = date_bounds(str(value))
    if lo is None:
        raise QueryError(f"not an ISO date: {value!r}; give YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2010-07")
    return lo if which == "lo" else hi


# ---------------------------------------------------------------- helpers


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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _country_key(name: str | None) -> str | None:
    key = fold(name or "")
    return key or None


def _date_value(data: dict[str, Any] | None) -> DateValue | None:
    if not data:
        return None
    return DateValue(value=data.get("value"), precision=data.get("precision", "unresolved"),
                     text=data.get("text", ""), resolved_from=data.get("resolved_from", "explicit"))


def _event_from(data: dict[str, Any], file: str) -> Event:
    return Event(
        date=_date_value(data["date"]) or DateValue(None, "unresolved", "", "unresolved"),
        kind=data["kind"], cameo=data["cameo"], polarity=data["polarity"],
        goldstein=float(data["goldstein"]), countries=list(data.get("countries", [])),
        actors=list(data.get("actors", [])), sentence=data["sentence"], start=data["start"],
        end=data["end"], in_footnote=bool(data.get("in_footnote", False)), file=file,
    )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


# ---------------------------------------------------------------- rows for one document

# One encoder, built once: json.dumps(..., ensure_ascii=False) builds a new one per call.
_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(", ", ": ")).encode


def _json_list(items: Sequence[str]) -> str:
    return _JSON(list(items)) if items else "[]"


def _date_dict(d: DateValue | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"value": d.value, "precision": d.precision, "text": d.text, "resolved_from": d.resolved_from}


def _event_dict(e: Event) -> dict[str, Any]:
    """An event's stored record: Event.to_dict() without ``file`` (the document says it)."""
    return {"date": _date_dict(e.date), "kind": e.kind, "cameo": e.cameo, "polarity": e.polarity,
            "goldstein": e.goldstein, "countries": list(e.countries), "actors": list(e.actors),
            "sentence": e.sentence, "start": e.start, "end": e.end, "in_footnote": e.in_footnote}


class Prepared:
    """One document's store rows, built without the database (see :func:`prepare`).

    Row ids are local (0-based positions in these lists); :meth:`Store.save_prepared` adds the
    first free id of each table. Picklable, so ingest workers can build it.
    """

    __slots__ = ("doc_id", "file", "pipeline_version", "document", "sentences", "entities", "mentions",
                 "sentence_countries", "expansions", "aliases", "events", "event_countries", "timexes")

    def __init__(self, **fields: Any):
        for key in self.__slots__:
            setattr(self, key, fields[key])

    def __getstate__(self) -> tuple:
        return tuple(getattr(self, k) for k in self.__slots__)

    def __setstate__(self, state: tuple) -> None:
        for key, value in zip(self.__slots__, state):
            setattr(self, key, value)


def _sentence_index(starts: list[int], ends: list[int], start: int, end: int) -> int | None:
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and start < ends[i]:
        return i
    # A mention that begins in white space before a sentence still belongs to it.
    if i + 1 < len(starts) and starts[i + 1] < end:
        return i + 1
    return None


def prepare(extraction: Extraction, pipeline_version: str) -> Prepared:
    """Every row :meth:`Store.save` writes for ``extraction``, as plain tuples; pure Python, no
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
        start, end = _trim(text, max(start, 0), min(end, body_end))
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
        recorded.setdefault(fold(a.entity), []).append(a.alias)
    entity_rows, mention_rows, expansions = [], [], []
    countries: set[tuple[str, int]] = set()
    by_name: dict[str, int] = {}
    entity_records = []
    for index, entity in enumerate(extraction.entities):
        folded = fold(entity.name)
        aliases = list(entity.aliases)
        known = {fold(a) for a in aliases} | {folded}
        for alias in recorded.get(folded, []):
            if fold(alias) not in known:
                known.add(fold(alias))
                aliases.append(alias)
        by_name.setdefault(folded, index)
        for form in [*entity.variants, *aliases]:
            by_name.setdefault(fold(form), index)
        entity_rows.append((entity.id, entity.label, entity.name, folded, entity.kind, entity.country,
                            _json_list(entity.variants), _json_list(aliases), len(entity.mentions)))
        expansions.extend(_expansion_pairs(entity.label, entity.name, entity.variants, aliases))
        involved = {_country_key(entity.country)}
        if entity.label == "PLACE" and (entity.kind or "").lower() == "country":
            involved.add(_country_key(entity.name))
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
    for i, (start, end) in enumerate(kept):
        value = dates[i] or published
        lo, hi = date_bounds(value)
        f = bisect.bisect_right(footnote_starts, start) - 1
        in_footnote = f >= 0 and start < footnotes[f][1]
        sentence_rows.append((start, end, text[start:end], int(in_footnote), value, lo, hi, labels[i]))

    alias_rows = [(by_name.get(fold(a.entity)), a.entity, a.label, a.alias, fold(a.alias), a.type,
                   a.evidence, a.start, a.end) for a in extraction.aliases]

    event_rows, event_countries = [], []
    for index, event in enumerate(extraction.events):
        sid = _sentence_index(starts, ends, event.start, event.end) if kept else None
        date = event.date
        lo, hi = date_bounds(date.value if date else None)
        event_rows.append((sid, date.value, date.precision, lo, hi, event.kind, event.polarity,
                           event.start, event.end, _JSON(_event_dict(event))))
        for country in dict.fromkeys(_country_key(c) for c in event.countries):
            if country:
                event_countries.append((index, country))
                if sid is not None:
                    countries.add((country, sid))

    timex_rows = [(t.start, t.end, t.text, t.value, t.precision, t.resolved_from) for t in extraction.dates]

    # The document's record (Extraction.to_dict() less what other rows hold: events live in
    # the events table; mentions are [start, end, text]). See Store.extraction.
    record = {"file": doc.file, "doc_id": doc.doc_id, "title": doc.title, "published": _date_dict(pub),
              "words": extraction.words, "body_end": doc.body_end, "entities": entity_records,
              "aliases": [{"entity": a.entity, "label": a.label, "alias": a.alias, "type": a.type,
                           "evidence": a.evidence, "start": a.start, "end": a.end} for a in extraction.aliases],
              "dates": [{"text": t.text, "start": t.start, "end": t.end, "value": t.value,
                         "precision": t.precision, "resolved_from": t.resolved_from} for t in extraction.dates],
              "events_in_table": True,
              "sentences": [list(s) for s in extraction.sentences],
              "footnotes": [list(f) for f in doc.footnotes], "encoding": doc.encoding,
              "warnings": list(doc.warnings)}
    document = (doc.doc_id, doc.file, doc.title, pub.value if pub else None, pub.precision if pub else None,
                pub.text if pub else None, extraction.words, doc.body_end, pipeline_version, text, _JSON(record))
    return Prepared(doc_id=doc.doc_id, file=doc.file, pipeline_version=pipeline_version, document=document,
                    sentences=sentence_rows, entities=entity_rows, mentions=mention_rows,
                    sentence_countries=sorted(countries), expansions=expansions, aliases=alias_rows,
                    events=event_rows, event_countries=event_countries, timexes=timex_rows)


# ---------------------------------------------------------------- the store


class Store:
    """A crimecli store at ``path`` (created with its parent folders if missing).

    Search ranks (bm25) among the ``rank_window`` most recently stored sentences that match
    the query and its filters (fewer for queries of many phrases: ``rank_budget`` rows x
    phrases, at least ``rank_floor`` rows); below that many matches the ranking is exact.

    >>> with Store(path) as store:             # doctest: +SKIP
    ...     store.save(extraction, PIPELINE_VERSION)
    'added'
    """

    rank_window = 1000
    rank_budget = 4000  # rows x phrases bm25 scores per query (a phrase-heavy query ranks fewer rows)
    rank_floor = 250    # ...but never fewer than this many (unless rank_window is smaller)

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser()
        if self.path.is_dir():
            raise StoreError(f"not a crimecli store: {self.path} is a folder; give a file path, "
                             "e.g. --store ~/crimecli.sqlite")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the store {self.path}: {exc.strerror}") from exc
        self.db: sqlite3.Connection | None = None
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.OperationalError as exc:
            self.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(f"the store {self.path} is busy (another crimecli is writing to it); "
                                 "try again when it has finished") from exc
            raise StoreError(f"cannot open the store {self.path} ({exc}); check the path and its "
                             "permissions, or give another --store") from exc
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StoreError(f"not a crimecli store: {self.path} ({exc})") from exc
        except StoreError:
            self.close()
            raise

    # -- lifecycle

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception."""
        db = self.db
        assert db is not None, "store is closed"
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _migrate(self) -> None:
        db = self.db
        assert db is not None
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "migrations" not in tables:
            raise StoreError(f"not a crimecli store: {self.path} is a SQLite database of something "
                             "else; give another --store path")
        known = {fn.__name__ for fn in MIGRATIONS}
        if "migrations" in tables:
            applied = {r[0] for r in db.execute("SELECT name FROM migrations")}
            if applied == known:
                return  # the common case: no write lock, so opening never waits for a writer
        with self._transaction():
            db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            applied = {r[0] for r in db.execute("SELECT name FROM migrations")}
            unknown = applied - known
            if unknown:
                raise StoreError(f"the store {self.path} was written by a newer crimecli "
                                 f"(migrations {', '.join(sorted(unknown))}); upgrade crimecli")
            for fn in MIGRATIONS:
                if fn.__name__ not in applied:
                    fn(db)
                    db.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (fn.__name__, _now()))

    @property
    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM migrations ORDER BY rowid")]

    @property
    def schema_version(self) -> int:
        """How many migrations this store has had applied."""
        return self.db.execute("SELECT count(*) FROM migrations").fetchone()[0]

    @property
    def journal_mode(self) -> str:
        return self.db.execute("PRAGMA journal_mode").fetchone()[0]

    def _generation(self) -> int:
        return int(self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])

    # -- writing

    def known(self, doc_id: str, pipeline_version: str) -> bool:
        """Is this content already stored by this pipeline version? (Skip the NLP if so.)"""
        return self.db.execute("SELECT 1 FROM documents WHERE doc_id = ? AND pipeline_version = ?",
                               (doc_id, pipeline_version)).fetchone() is not None

    def doc_id_for_file(self, file: str) -> str | None:
        row = self.db.execute("SELECT doc_id FROM documents WHERE file = ? ORDER BY added_at DESC LIMIT 1",
                              (str(file),)).fetchone()
        return row[0] if row else None

    def save(self, extraction: Extraction, pipeline_version: str) -> str:
        """Store one document's records in one transaction.

        Returns "unchanged" (this content and pipeline version are stored already), "replaced"
        (the same file with other content, or this content from another pipeline version, was
        stored: its rows are gone) or "added".
        """
        if self._is_unchanged(extraction.document.doc_id, extraction.document.file, pipeline_version):
            return "unchanged"
        return self.save_prepared(prepare(extraction, pipeline_version))

    def _is_unchanged(self, doc_id: str, file: str, pipeline_version: str) -> bool:
        """Stored by this version, and no other content under this file: nothing to write (checked
        again inside the write transaction)."""
        row = self.db.execute("SELECT pipeline_version FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None or row[0] != pipeline_version:
            return False
        return self.db.execute("SELECT 1 FROM documents WHERE file = ? AND doc_id != ? LIMIT 1",
                               (file, doc_id)).fetchone() is None

    def save_prepared(self, rows: Prepared) -> str:
        """:meth:`save` for rows :func:`prepare` built (ingest builds them in its workers)."""
        with self._transaction() as db:
            row = db.execute("SELECT pipeline_version FROM documents WHERE doc_id = ?", (rows.doc_id,)).fetchone()
            stale = [r[0] for r in db.execute(
                "SELECT doc_id FROM documents WHERE file = ? AND doc_id != ?", (rows.file, rows.doc_id))]
            if row is not None and row[0] == rows.pipeline_version and not stale:
                return "unchanged"
            if row is not None and row[0] == rows.pipeline_version:
                for doc_id in stale:  # the file now holds content stored under another path
                    self._delete(doc_id)
                self._bump()
                return "replaced"
            if row is not None:
                stale.append(rows.doc_id)
            for doc_id in stale:
                self._delete(doc_id)
            self._insert(rows)
            self._bump()
            return "replaced" if stale else "added"

    def delete(self, ref: str) -> bool:
        """Forget one document (doc_id, prefix, path or basename). True if it was stored."""
        found = self.document(ref, with_text=False)
        if found is None:
            return False
        with self._transaction():
            self._delete(found["doc_id"])
            self._bump()
        return True

    def _bump(self) -> None:
        self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")

    def _delete(self, doc_id: str) -> None:
        db = self.db
        pairs = [p for r in db.execute("SELECT label, name, variants, aliases FROM entities WHERE doc_id = ?",
                                       (doc_id,))
                 for p in _expansion_pairs(r[0], r[1], json.loads(r[2]), json.loads(r[3]))]
        keys = [(k, f) for k, f, _s in pairs]
        db.executemany("UPDATE expansions SET n = n - 1 WHERE key = ? AND form = ?", keys)
        db.executemany("DELETE FROM expansions WHERE key = ? AND form = ? AND n <= 0", keys)
        db.execute("DELETE FROM sentence_countries WHERE sentence_id IN (SELECT id FROM sentences WHERE doc_id = ?)", (doc_id,))
        db.execute("DELETE FROM mentions WHERE entity_id IN (SELECT id FROM entities WHERE doc_id = ?)", (doc_id,))
        db.execute("DELETE FROM entity_forms WHERE doc_id = ?", (doc_id,))
        db.execute("DELETE FROM event_countries WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)", (doc_id,))
        for table in ("sentences", "aliases", "events", "timexes", "entities"):
            db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def _next_id(self, table: str) -> int:
        return self.db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]

    def _insert(self, rows: Prepared) -> None:
        db = self.db
        doc_id = rows.doc_id
        db.execute(
            "INSERT INTO documents (doc_id, file, title, published_value, published_precision,"
            " published_text, words, body_end, pipeline_version, text, record, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*rows.document, _now()))
        sid0 = self._next_id("sentences")
        db.executemany(
            "INSERT INTO sentences (id, doc_id, start_char, end_char, text, in_footnote, date_value,"
            " date_lo, date_hi, labels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sid0 + i, doc_id, *r) for i, r in enumerate(rows.sentences)])
        eid0 = self._next_id("entities")
        db.executemany(
            "INSERT INTO entities (id, doc_id, local_id, label, name, folded, kind, country, variants,"
            " aliases, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(eid0 + i, doc_id, *r) for i, r in enumerate(rows.entities)])
        db.executemany(
            "INSERT INTO mentions (entity_id, doc_id, label, sentence_id, start_char, end_char, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(eid0 + e, doc_id, label, None if s is None else sid0 + s, a, b, t)
             for e, label, s, a, b, t in rows.mentions])
        db.executemany(_ADD_EXPANSION, rows.expansions)
        db.executemany(
            "INSERT INTO aliases (doc_id, entity_id, entity, label, alias, folded, type, evidence,"
            " start_char, end_char) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, None if e is None else eid0 + e, *r) for e, *r in rows.aliases])
        db.executemany("INSERT INTO sentence_countries (country, sentence_id) VALUES (?, ?)",
                       [(c, sid0 + s) for c, s in rows.sentence_countries])
        self._insert_events(rows, sid0)
        db.executemany(
            "INSERT INTO timexes (doc_id, start_char, end_char, text, value, precision, resolved_from)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", [(doc_id, *r) for r in rows.timexes])

    def _insert_events(self, rows: Prepared, sid0: int) -> None:
        db = self.db
        ev0 = self._next_id("events")
        db.executemany(
            "INSERT INTO events (id, doc_id, sentence_id, date_value, date_precision, date_lo, date_hi,"
            " kind, polarity, start_char, end_char, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(ev0 + i, rows.doc_id, None if s is None else sid0 + s, *r) for i, (s, *r) in enumerate(rows.events)])
        db.executemany("INSERT OR IGNORE INTO event_countries (event_id, country) VALUES (?, ?)",
                       [(ev0 + e, c) for e, c in rows.event_countries])

    # -- documents

    def is_empty(self) -> bool:
        return self.db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

    def count_documents(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    @staticmethod
    def _doc_dict(row: sqlite3.Row, with_text: bool = False) -> dict[str, Any]:
        published = None
        if row["published_value"] is not None or row["published_text"] is not None:
            published = {"value": row["published_value"], "precision": row["published_precision"],
                         "text": row["published_text"]}
        out = {"file": row["file"], "doc_id": row["doc_id"], "title": row["title"], "published": published,
               "words": row["words"], "body_end": row["body_end"],
               "pipeline_version": row["pipeline_version"], "added_at": row["added_at"]}
        if with_text:
            out["text"] = row["text"]
        return out

    _DOC_COLUMNS = ("doc_id, file, title, published_value, published_precision, published_text, words,"
                    " body_end, pipeline_version, added_at")

    def documents(self, doc_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Stored documents (no text), sorted by file."""
        sql = f"SELECT {self._DOC_COLUMNS} FROM documents"
        params: list[Any] = []
        if doc_ids is not None:
            sql += f" WHERE doc_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(doc_ids)))
        return [self._doc_dict(r) for r in self.db.execute(sql + " ORDER BY file, doc_id", params)]

    def document(self, ref: str, *, with_text: bool = True) -> dict[str, Any] | None:
        """One document by doc_id, doc_id prefix, file path or basename; None if none matches.
        Raises QueryError if a prefix or basename matches several documents."""
        ref = str(ref)
        columns = self._DOC_COLUMNS + (", text" if with_text else "")
        for where, param in (("doc_id = ?", ref), ("file = ?", ref),
                             ("doc_id LIKE ? ESCAPE '\\'", _like_prefix(ref)),
                             ("file LIKE ? ESCAPE '\\'", "%/" + _like_escape(ref)),
                             ("file LIKE ? ESCAPE '\\'", "%\\" + _like_escape(ref))):
            if where.startswith("doc_id LIKE") and len(ref) < 4:
                continue
            rows = self.db.execute(f"SELECT {columns} FROM documents WHERE {where} LIMIT 6", (param,)).fetchall()
            if len(rows) == 1:
                return self._doc_dict(rows[0], with_text)
            if len(rows) > 1:
                files = ", ".join(r["file"] for r in rows[:5])
                raise QueryError(f"{ref!r} matches several documents ({files}); give more of the "
                                 "path or the doc_id")
        return None

    def extraction(self, doc_id: str) -> Extraction:
        """The stored record of one document, as the pipeline produced it."""
        row = self.db.execute("SELECT doc_id, text, record FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        data = json.loads(row["record"])
        if data.get("events_in_table"):  # stores since m004 keep events in their own rows only
            events = [json.loads(r[0]) for r in self.db.execute(
                "SELECT record FROM events WHERE doc_id = ? ORDER BY id", (doc_id,))]
        else:
            events = data.get("events", [])
        document = Document(
            file=data["file"], doc_id=data["doc_id"], text=row["text"], title=data.get("title"),
            published=_date_value(data.get("published")), body_end=data.get("body_end", len(row["text"])),
            footnotes=[tuple(f) for f in data.get("footnotes", [])], encoding=data.get("encoding", "utf-8"),
            warnings=list(data.get("warnings", [])))
        return Extraction(
            document=document,
            words=data.get("words", 0),
            entities=[Entity(id=e["id"], label=e["label"], name=e["name"], variants=list(e.get("variants", [])),
                             aliases=list(e.get("aliases", [])), kind=e.get("kind"), country=e.get("country"),
                             mentions=[Mention(*m) if isinstance(m, list) else Mention(**m)
                                       for m in e.get("mentions", [])])
                      for e in data.get("entities", [])],
            aliases=[Alias(**{k: a[k] for k in ("entity", "label", "alias", "type", "evidence", "start", "end")})
                     for a in data.get("aliases", [])],
            dates=[Timex(**t) for t in data.get("dates", [])],
            events=[_event_from(e, data["file"]) for e in events],
            sentences=[tuple(s) for s in data.get("sentences", [])],
        )

    # -- events

    def events(self, doc_ids: Sequence[str] | None = None, *, country: str | None = None,
               since: str | None = None, until: str | None = None) -> list[Event]:
        """Events (with ``file`` set), by date (undated last), then file and position.
        ``country`` keeps events that involve it; ``since``/``until`` keep events whose date
        overlaps the range (undated events are dropped when either is given)."""
        where, params = [], []
        if doc_ids is not None:
            where.append("e.doc_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(doc_ids)))
        if country:
            where.append("e.id IN (SELECT event_id FROM event_countries WHERE country = ?)")
            params.append(_country_key(country))
        if since:
            where.append("e.date_hi >= ?")
            params.append(_bound(since, "lo"))
        if until:
            where.append("e.date_lo <= ?")
            params.append(_bound(until, "hi"))
        sql = ("SELECT e.record, d.file FROM events e JOIN documents d ON d.doc_id = e.doc_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY e.date_lo IS NULL, e.date_lo, d.file, e.start_char")
        return [_event_from(json.loads(r["record"]), r["file"]) for r in self.db.execute(sql, params)]

    # -- entities

    def _entity_records(self, doc_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Per-document entities for merging; rows identical but for their document come as one
        record (a country named in 5,000 documents is one record, not 5,000)."""
        sql = ("SELECT e.label, e.name, e.kind, e.country, e.variants, e.aliases, sum(e.mentions) AS mentions,"
               " json_group_array(e.id) AS keys, json_group_array(d.file) AS files"
               " FROM entities e JOIN documents d ON d.doc_id = e.doc_id")
        params: list[Any] = []
        if doc_ids is not None:
            sql += " WHERE e.doc_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(doc_ids)))
        sql += " GROUP BY e.label, e.name, e.kind, e.country, e.variants, e.aliases ORDER BY min(e.id)"
        return [{"keys": json.loads(r["keys"]), "label": r["label"], "name": r["name"], "kind": r["kind"],
                 "country": r["country"], "variants": json.loads(r["variants"]),
                 "aliases": json.loads(r["aliases"]), "mentions": r["mentions"],
                 "files": sorted(set(json.loads(r["files"])))}
                for r in self.db.execute(sql, params)]

    def _ensure_merged(self) -> None:
        """Rebuild the corpus-entity cache if documents changed since it was built."""
        generation = self._generation()
        row = self.db.execute("SELECT value FROM meta WHERE key = 'merged_generation'").fetchone()
        if row is not None and int(row[0]) == generation:
            return
        try:
            self._rebuild_merged()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot update the store {self.path} ({exc}); is it read-only? "
                             "Copy it somewhere writable or run crimecli ingest once") from exc

    def _rebuild_merged(self) -> None:
        with self._transaction() as db:
            generation = self._generation()  # another process may have saved meanwhile
            merged = merge_entities(self._entity_records())
            db.execute("DELETE FROM merged_entities")
            db.execute("DELETE FROM merged_members")
            db.execute("DELETE FROM merged_forms")
            ent_rows, member_rows, form_rows = [], [], []
            for gid, ent in enumerate(merged, 1):
                members = ent.pop("members")
                ent_rows.append((gid, ent["id"], ent["label"], ent["name"], _country_key(ent["country"]),
                                 ent["mentions"], json.dumps(ent, ensure_ascii=False)))
                member_rows.extend((m, gid) for m in members)
                forms = {fold(f) for f in [ent["name"], *ent["variants"], *ent["aliases"]]}
                form_rows.extend((f, gid) for f in forms if f)
            db.executemany("INSERT INTO merged_entities (gid, id, label, name, country, mentions, record)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)", ent_rows)
            db.executemany("INSERT INTO merged_members (entity_id, gid) VALUES (?, ?)", member_rows)
            db.executemany("INSERT OR IGNORE INTO merged_forms (folded, gid) VALUES (?, ?)", form_rows)
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('merged_generation', ?)", (str(generation),))

    def entities(self, doc_ids: Sequence[str] | None = None, label: str | None = None,
                 country: str | None = None) -> list[dict[str, Any]]:
        """Corpus entities merged across documents (see crimecli.merge), most mentioned first:
        ``{"id", "label", "name", "variants", "aliases", "kind", "country", "mentions", "documents"}``."""
        label = _label(label)
        if doc_ids is not None:
            merged = merge_entities(self._entity_records(doc_ids))
            for ent in merged:
                ent.pop("members")
        else:
            self._ensure_merged()
            merged = [json.loads(r[0]) for r in
                      self.db.execute("SELECT record FROM merged_entities ORDER BY gid")]
        if label:
            merged = [e for e in merged if e["label"] == label]
        if country:
            key = _country_key(country)
            merged = [e for e in merged if _country_key(e.get("country")) == key
                      or (e["label"] == "PLACE" and fold(e["name"]) == key)]
        return merged

    def aliases(self, name: str | None = None, doc_ids: Sequence[str] | None = None,
                label: str | None = None, country: str | None = None) -> list[dict[str, Any]]:
        """Corpus entities that have aliases, each with ``evidence``: the alias records (with
        ``file``) behind them. ``name`` keeps the entities it names (by name, variant or alias);
        an unknown name raises UnknownNameError with suggestions."""
        found = [e for e in self.entities(doc_ids, label, country) if e["aliases"]]
        if name:
            key = fold(name)
            matching = [e for e in found if key in {fold(f) for f in [e["name"], *e["variants"], *e["aliases"]]}]
            if not matching:
                names = [f for e in found for f in [e["name"], *e["aliases"]]]
                raise UnknownNameError(_unknown_name(name, names))
            found = matching
        if not found:
            return []
        sql = ("SELECT a.entity, a.label, a.alias, a.type, a.evidence, a.start_char, a.end_char, d.file"
               " FROM aliases a JOIN documents d ON d.doc_id = a.doc_id")
        params: list[Any] = []
        if doc_ids is not None:
            sql += " WHERE a.doc_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(doc_ids)))
        by_form: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for r in self.db.execute(sql + " ORDER BY d.file, a.start_char", params):
            rec = {"entity": r["entity"], "label": r["label"], "alias": r["alias"], "type": r["type"],
                   "evidence": r["evidence"], "start": r["start_char"], "end": r["end_char"], "file": r["file"]}
            by_form.setdefault((r["label"], fold(r["entity"])), []).append(rec)
        for ent in found:
            forms = {fold(f) for f in [ent["name"], *ent["variants"]]}
            ent["evidence"] = [rec for f in forms for rec in by_form.get((ent["label"], f), [])]
            ent["evidence"].sort(key=lambda r: (r["file"], r["start"]))
        return found

    # -- search

    def alias_lookup(self, keys: Iterable[str], per_key: int = MAX_EXPANSIONS) -> dict[str, list[str]]:
        """Folded name -> other surface forms of the entities known by that name, alias or
        distinctive variant, most often seen first (what search expands a term to)."""
        out: dict[str, list[str]] = {}
        for key in keys:
            forms = [r[0] for r in self.db.execute(
                "SELECT spelling FROM expansions WHERE key = ? ORDER BY n DESC, form LIMIT ?", (key, per_key))]
            if forms:
                out[key] = forms
        return out

    def _entity_groups(self, name: str) -> list[int]:
        self._ensure_merged()
        gids = [r[0] for r in self.db.execute("SELECT gid FROM merged_forms WHERE folded = ?", (fold(name),))]
        if not gids:
            names = [r[0] for r in self.db.execute("SELECT name FROM merged_entities ORDER BY mentions DESC LIMIT 5000")]
            raise UnknownNameError(_unknown_name(name, names))
        return gids

    def search(self, query: str, *, label: str | None = None, entity: str | None = None,
               country: str | None = None, since: str | None = None, until: str | None = None,
               file: str | None = None, doc_ids: Sequence[str] | None = None, limit: int = 20,
               expand_aliases: bool = True) -> list[dict[str, Any]]:
        """Sentences matching ``query`` (crimecli.search syntax), best first (bm25).

        Hits: ``{"file", "doc_id", "title", "sentence", "start", "end", "score", "entities",
        "date", "in_footnote", "highlight"}``; ``highlight`` holds (start, end) spans of matched
        words within ``sentence``. Filters: ``label`` (a sentence mentioning a person/org/place),
        ``entity`` (mentioning that corpus entity under any of its names), ``country``
        (involving it through an event or a mentioned entity), ``since``/``until`` (ISO; the
        sentence's event date, else its document's date), ``file`` (path, basename or doc_id
        prefix), ``doc_ids``.
        """
        node = parse_query(query)
        lookup = self.alias_lookup(lookup_keys(node)) if expand_aliases else None
        compiled = compile_query(query, lookup)
        where, params = ["sentences_fts MATCH ?"], [compiled.match]
        if doc_ids is not None:
            where.append("s.doc_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(doc_ids)))
        if file:
            found = self.document(file, with_text=False)
            if found is None:
                raise QueryError(f"no stored document matches {file!r}; give the path, file name or "
                                 "doc_id prefix of a stored document")
            where.append("s.doc_id = ?")
            params.append(found["doc_id"])
        if since:
            where.append("s.date_hi >= ?")
            params.append(_bound(since, "lo"))
        if until:
            where.append("s.date_lo <= ?")
            params.append(_bound(until, "hi"))
        if label:
            where.append("(s.labels & ?) != 0")
            params.append(LABEL_BITS[_label(label)])
        if country:
            where.append("EXISTS (SELECT 1 FROM sentence_countries c WHERE c.sentence_id = s.id AND c.country = ?)")
            params.append(_country_key(country))
        if entity:
            # The sentences that mention the entity under any of its names: SQLite builds the
            # set once (from the covering index on mentions) and probes it per candidate.
            gids = self._entity_groups(entity)
            where.append("s.id IN (SELECT m.sentence_id FROM merged_members g JOIN mentions m"
                         " ON m.entity_id = g.entity_id WHERE g.gid IN (SELECT value FROM json_each(?)))")
            params.append(json.dumps(gids))
        limit = max(int(limit), 0)
        filtered = len(where) > 1
        rows = self._ranked_rows(query, compiled, where, params, limit, filtered) if limit else []
        names = self._sentence_entities([r["id"] for r in rows])
        return [{
            "file": r["file"], "doc_id": r["doc_id"], "title": r["title"], "sentence": r["text"],
            "start": r["start_char"], "end": r["end_char"], "score": round(-r["rank"], 4) or 0.0,
            "entities": names.get(r["id"], []), "date": r["date_value"], "in_footnote": bool(r["in_footnote"]),
            "highlight": compiled.highlight(r["text"]),
        } for r in rows]

    def _ranked_rows(self, query: str, compiled: Any, where: list[str], params: list[Any],
                     limit: int, filtered: bool) -> list[sqlite3.Row]:
        """The ``limit`` best sentences for ``where`` (whose first clause is the MATCH, bound to
        the first parameter), in two steps when alias expansion made the expression long.

        bm25 counts, for every phrase of the expression, the rows of the whole corpus holding it
        before it scores a single row: an alias expanded to a dozen names costs a dozen phrase
        look-ups over the corpus. So: find the window of matching rows with the full expression,
        unranked (cheap); rank in it with ``compiled.rank_match`` (the user's terms and each
        entity's most frequent names), which matches a subset of those rows; then list the rows
        only rarer names match, latest first, after the ranked ones. Every row the full
        expression matches in the window can still come back, just not ahead of a ranked one.
        """
        rank_match = compiled.rank_match or compiled.match
        rank_phrases = compiled.rank_phrases if compiled.rank_match else compiled.phrases
        where, params = list(where), list(params)
        # bm25 also costs per matching row and per phrase: keep rows x phrases ranked within a
        # budget. A common word in a big corpus matches hundreds of thousands of rows: rank the
        # latest `rank_window` matches only (finding where they start walks the index unranked).
        window = self.rank_window
        if window:
            window = min(window, max(self.rank_floor, self.rank_budget // max(rank_phrases, 1)))
        joined = ("FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
                  " JOIN documents d ON d.doc_id = s.doc_id")
        try:
            if window:
                if filtered:
                    bsql = ("SELECT sentences_fts.rowid FROM sentences_fts JOIN sentences s"
                            " ON s.id = sentences_fts.rowid WHERE " + " AND ".join(where) +
                            " ORDER BY sentences_fts.rowid DESC LIMIT 1 OFFSET ?")
                else:
                    bsql = ("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?"
                            " ORDER BY rowid DESC LIMIT 1 OFFSET ?")
                row = self.db.execute(bsql, [*params, window - 1]).fetchone()
                if row is not None:
                    where.append("sentences_fts.rowid >= ?")
                    params.append(row[0])
            rank_params = [rank_match, *params[1:]]
            if not filtered:
                # No filters: let FTS5 rank and cut on its own, then fetch the few rows it kept.
                sql = ("SELECT s.id, s.doc_id, s.start_char, s.end_char, s.text, s.in_footnote, s.date_value,"
                       " d.file, d.title, f.rank AS rank"
                       " FROM (SELECT rowid, rank FROM sentences_fts WHERE " + " AND ".join(where) +
                       "       ORDER BY rank LIMIT ?) f"
                       " JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.doc_id = s.doc_id"
                       " ORDER BY f.rank, s.id")
            else:
                sql = ("SELECT s.id, s.doc_id, s.start_char, s.end_char, s.text, s.in_footnote, s.date_value,"
                       " d.file, d.title, sentences_fts.rank AS rank " + joined +
                       " WHERE " + " AND ".join(where) + " ORDER BY sentences_fts.rank, s.id LIMIT ?")
            rows = self.db.execute(sql, [*rank_params, limit]).fetchall()
            if compiled.rank_match and len(rows) < limit:
                # Every row the reduced expression matches is ranked; the rest of the window
                # matches only rarer names: latest first, scored 0 (after every ranked row).
                sql = ("SELECT s.id, s.doc_id, s.start_char, s.end_char, s.text, s.in_footnote, s.date_value,"
                       " d.file, d.title, 0.0 AS rank " + joined + " WHERE " + " AND ".join(where) +
                       " AND sentences_fts.rowid NOT IN (SELECT value FROM json_each(?))"
                       " ORDER BY sentences_fts.rowid DESC LIMIT ?")
                rows += self.db.execute(sql, [*params, json.dumps([r["id"] for r in rows]),
                                              limit - len(rows)]).fetchall()
        except sqlite3.OperationalError as exc:  # should not happen: every term is quoted
            raise QueryError(f"cannot search for {query!r} ({exc}); simplify the query, "
                             "e.g. crimecli search 'FARC Venezuela'") from exc
        return rows

    def _sentence_entities(self, sentence_ids: list[int]) -> dict[int, list[str]]:
        if not sentence_ids:
            return {}
        out: dict[int, list[str]] = {}
        for r in self.db.execute(
                "SELECT m.sentence_id, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id"
                " WHERE m.sentence_id IN (SELECT value FROM json_each(?)) ORDER BY m.sentence_id, m.start_char",
                (json.dumps(sentence_ids),)):
            names = out.setdefault(r[0], [])
            if r[1] not in names:
                names.append(r[1])
        return out


def _label(label: str | None) -> str | None:
    if not label:
        return None
    found = LABELS.get(label.lower()) or (label.upper() if label.upper() in ("PERSON", "ORG", "PLACE") else None)
    if found is None:
        raise QueryError(f"unknown entity type {label!r}; use person, org or place, e.g. --type person")
    return found


def _unknown_name(name: str, names: Iterable[str]) -> str:
    near = suggest(name, names)
    hint = f"; did you mean {', '.join(repr(n) for n in near)}?" if near else "; list names with crimecli entities"
    return f"no entity named {name!r} in the corpus{hint}"


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_prefix(text: str) -> str:
    return _like_escape(text) + "%"
