"""The SQLite store: crimecli's default store, one file, all of its SQL.

WAL mode (readers never wait for the writer), foreign keys on, the schema applied as named
migrations (:mod:`crimecli.store.migrations`). Each document is saved in one transaction, so a
crash leaves either the whole document or none of it. A store opened for reading (``write=False``,
what query commands do) uses a read-only connection and never writes: not the schema, not the
merged-entity cache (computed in memory when it is stale), so queries work on a read-only file
and while another process holds the write lock.

Search runs on an FTS5 index over the sentences of document bodies (tokenizer ``unicode61
remove_diacritics 2``: "cucuta" finds "Cúcuta"). Queries are parsed by :mod:`crimecli.search`
into a MATCH expression bound as a parameter; filters use columns denormalised onto the
sentence rows (document, date bounds) or small indexed side tables (labels, countries).

Dates are filtered as intervals: a sentence dated "2010-07" spans 2010-07-01..2010-07-31 and
passes ``since="2010-07-15"``. A sentence's date is that of an event in it, else the
document's publication date.

Every sqlite3 error is turned into a one-line :class:`~crimecli.errors.StoreError` where it
leaves this module (busy, read-only, damaged...): see :func:`crimecli.store.queries.guarded`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from crimecli.errors import QueryError, StoreDamagedError, StoreError, StoreMissingError, StoreTooNewError, shown
from crimecli.merge import merge_entities
from crimecli.text import fold_words
from crimecli.models import Extraction
from crimecli.search import RANK_BUDGET, RANK_FLOOR, RANK_WINDOW, CompiledQuery
import crimecli.store.migrations as migrations
from crimecli.store.migrations import ADD_EXPANSION, MIGRATIONS
from crimecli.store.queries import HIT, StoreQueries, guarded
from crimecli.store.records import Prepared, country_key, expansion_pairs, prepare

#: Row counts ``check`` reports, in this order.
COUNTED = ("documents", "document_files", "sentences", "entities", "mentions", "aliases", "events",
           "timexes")


def _errorname(exc: sqlite3.Error) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def _is_damage(exc: sqlite3.Error) -> bool:
    text = str(exc)
    # crimecli writes only str to text columns: bytes there that are not UTF-8 are damage
    return (_errorname(exc).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
            or "malformed" in text or "no such table" in text or "no such column" in text
            or "not a database" in text or text.startswith("Could not decode to UTF-8"))


def _uri_path(path: Path) -> str:
    """``path`` for a SQLite ``file:`` URI: only ``%``, ``?`` and ``#`` need escaping there.
    (urllib.parse.quote would do, but importing it costs every query command ~10 ms.)"""
    return str(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")


class SQLiteStore(StoreQueries):
    """A crimecli store in the SQLite file ``path``.

    ``write=True`` (ingest, ``documents rm``, tests) creates the file and its folders if
    missing and applies pending migrations. ``write=False`` (the query commands) requires the
    file to exist (StoreMissingError), opens it read-only and writes nothing; a store written by
    an older crimecli is upgraded first, which needs write access once. ``verify=False`` opens
    the file as it is, damaged or not, for :meth:`check` and :meth:`reindex`.

    Search ranks (bm25) among the ``rank_window`` most recently stored sentences that match
    the query and its filters (fewer for queries of many phrases: ``rank_budget`` rows x
    phrases, at least ``rank_floor`` rows); below that many matches the ranking is exact.

    >>> with SQLiteStore(path) as store:        # doctest: +SKIP
    ...     store.save(extraction, PIPELINE_VERSION)
    'added'
    """

    DRIVER_ERROR = sqlite3.DatabaseError

    rank_window = RANK_WINDOW
    rank_budget = RANK_BUDGET  # rows x phrases bm25 scores per query (a phrase-heavy query ranks fewer rows)
    rank_floor = RANK_FLOOR    # ...but never fewer than this many (unless rank_window is smaller)

    def __init__(self, path: str | Path, *, write: bool = True, verify: bool = True):
        self.path = Path(path).expanduser()
        self.location = str(self.path)
        self.writable = write
        self.db: sqlite3.Connection | None = None
        self._merged_memo: tuple[int, list[dict[str, Any]]] | None = None
        if self.path.is_dir():
            raise StoreError(f"not a crimecli store: {self.path} is a folder; give a file path, "
                             "e.g. --store ~/crimecli.sqlite")
        if not write and not self.path.exists():
            raise StoreMissingError(f"no store at {self.path}; check the path, or create it with "
                                    f"crimecli ingest PATH --store {self.path}")
        if write:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder for the store {self.path}: {exc.strerror}") from exc
        try:
            self._connect(write)
            self._open(verify)
        except sqlite3.DatabaseError as exc:
            if not verify and self.db is not None and _is_damage(exc):
                return  # opened as it is: check() says what is wrong
            self.close()
            if _errorname(exc).startswith("SQLITE_NOTADB") or "not a database" in str(exc):
                raise StoreError(f"not a crimecli store: {self.path} is not a SQLite database; "
                                 "give another --store path") from exc
            raise self.failure(exc) from exc
        except BaseException:
            self.close()
            raise

    # -- lifecycle

    def _connect(self, write: bool, immutable: bool = False) -> None:
        if write:
            self.db = db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        else:
            # A read-only file in a folder we cannot write: SQLite cannot create the WAL index
            # beside it, and nobody can be writing to it either, so read it as immutable.
            mode = "immutable=1" if immutable else "mode=ro"
            uri = f"file:{_uri_path(self.path.absolute())}?{mode}"
            self.db = db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA foreign_keys = ON")
        if write:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        else:
            db.execute("PRAGMA query_only = ON")

    def _open(self, verify: bool) -> None:
        """Check what the file is, then bring its schema up to date (cheap when it is)."""
        try:
            try:
                names = migrations.applied(self.db)
            except sqlite3.OperationalError as exc:
                if self.writable or not _errorname(exc).startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
                    raise
                self.close()
                self._connect(False, immutable=True)
                names = migrations.applied(self.db)
        except sqlite3.DatabaseError:
            if verify:
                raise
            return  # check() says what is wrong
        if not verify:
            return
        tables = self._tables()
        if tables and not names:
            raise StoreError(f"not a crimecli store: {self.path} is a SQLite database of something "
                             "else; give another --store path")
        if not tables and not self.writable:  # an empty file: nothing to read, and queries create nothing
            raise StoreMissingError(f"no store at {self.path} (the file is empty); create it with "
                                    f"crimecli ingest PATH --store {self.path}")
        newer = migrations.unknown(names)
        if newer:
            raise StoreTooNewError(f"the store {self.path} was written by a newer crimecli "
                             f"(migrations {', '.join(newer)}); upgrade crimecli")
        if migrations.pending(names):
            if self.writable:
                with self._transaction() as db:
                    migrations.migrate(db)  # migrate() re-reads what is applied inside the lock
            else:
                self._upgrade()
            names = migrations.applied(self.db)
        missing = migrations.missing_tables(self.db, names)
        if missing:
            raise StoreDamagedError(self._damaged(f"table {', '.join(missing)} missing"))

    def _upgrade(self) -> None:
        """A store from an older crimecli opened for reading: migrate it once, writably."""
        try:
            with SQLiteStore(self.path, write=True) as upgraded:
                upgraded.refresh()
        except StoreError as exc:
            raise StoreError(f"the store {self.path} was written by an older crimecli and must be "
                             f"upgraded, which needs write access ({exc}); run crimecli ingest "
                             "once with write access, or copy the store somewhere writable") from exc

    def _tables(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def own_files(self) -> list[Path]:
        return [Path(f"{self.path}{end}") for end in ("", "-wal", "-shm", "-journal")]

    def failure(self, exc: sqlite3.Error) -> StoreError:
        """The one-line error a user sees for a sqlite3 error on this store."""
        name, text = _errorname(exc), str(exc)
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
            return StoreError(f"the store {self.path} is busy (another crimecli is writing to it); "
                              "try again when it has finished")
        if name.startswith("SQLITE_READONLY") or "readonly" in text:
            return StoreError(f"cannot write to the store {self.path} (the file or its folder is "
                              "read-only); give a writable --store")
        if name.startswith("SQLITE_FULL"):
            return StoreError(f"cannot write to the store {self.path}: the disk is full")
        if _is_damage(exc):
            return StoreDamagedError(self._damaged(text))
        if name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM", "SQLITE_AUTH")):
            return StoreError(f"cannot open the store {self.path} ({text}); check the path and its "
                              "permissions, or give another --store")
        return StoreError(f"the store {self.path} failed ({text})")

    def _damaged(self, detail: str) -> str:
        return (f"the store {self.path} is damaged ({detail}); run `crimecli store check --store "
                f"{self.path}` to see what can be repaired")

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

    @property
    @guarded
    def applied_migrations(self) -> list[str]:
        return migrations.applied(self.db)

    @property
    def schema_version(self) -> int:
        """How many migrations this store has had applied."""
        return len(self.applied_migrations)

    @property
    def journal_mode(self) -> str:
        return self.db.execute("PRAGMA journal_mode").fetchone()[0]

    def _generation(self) -> int:
        """Bumped by every write that changes documents: derived data records the one it saw."""
        return int(self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])

    # -- writing

    @guarded
    def add_path(self, doc_id: str, file: str) -> str:
        """Record ``file`` as a path of the stored document ``doc_id``: "unchanged", or
        "replaced" when the path named other content (forgotten if no other path names it)."""
        file = str(file)
        if self.doc_id_for_file(file) == doc_id:
            return "unchanged"  # the common case of a re-run: no write
        with self._transaction() as db:
            status = self._claim_path(file, doc_id)
            db.execute("INSERT OR IGNORE INTO document_files (file, doc_id, added_at) VALUES (?, ?, ?)",
                       (file, doc_id, migrations.now()))
            return status

    def _claim_path(self, file: str, doc_id: str) -> str:
        """``file`` is about to name ``doc_id``: take it from the document it named, if another
        (dropping that document when it has no path left). "replaced" if there was one."""
        db = self.db
        holder = db.execute("SELECT doc_id FROM document_files WHERE file = ?", (file,)).fetchone()
        if holder is None or holder[0] == doc_id:
            return "unchanged"
        old = holder[0]
        db.execute("DELETE FROM document_files WHERE file = ?", (file,))
        rest = db.execute("SELECT file FROM document_files WHERE doc_id = ? ORDER BY rowid LIMIT 1",
                          (old,)).fetchone()
        if rest is None:
            self._delete(old)
        else:
            db.execute("UPDATE documents SET file = ? WHERE doc_id = ? AND file = ?", (rest[0], old, file))
        self._bump()
        return "replaced"

    def save(self, extraction: Extraction, pipeline_version: str) -> str:
        """Store one document's records in one transaction.

        Returns "unchanged" (this content and pipeline version are stored already; the path is
        recorded), "replaced" (the same path with other content, or this content from another
        pipeline version, was stored: its rows are gone) or "added".
        """
        return self.save_prepared(prepare(extraction, pipeline_version))

    @guarded
    def save_prepared(self, rows: Prepared) -> str:
        """:meth:`save` for rows :func:`~crimecli.store.records.prepare` built (ingest builds
        them in its workers)."""
        with self._transaction() as db:
            row = db.execute("SELECT pipeline_version, failed_stages FROM documents WHERE doc_id = ?",
                             (rows.doc_id,)).fetchone()
            claimed = self._claim_path(rows.file, rows.doc_id)
            # A document stored while a stage failed on it is stored again.
            if row is not None and row[0] == rows.pipeline_version and row[1] is None:
                db.execute("INSERT OR IGNORE INTO document_files (file, doc_id, added_at) VALUES (?, ?, ?)",
                           (rows.file, rows.doc_id, migrations.now()))
                return claimed
            paths: list[tuple[str, str]] = []
            if row is not None:  # stored by another pipeline version: re-stored, under every path
                paths = db.execute("SELECT file, added_at FROM document_files WHERE doc_id = ?"
                                   " ORDER BY rowid", (rows.doc_id,)).fetchall()
                self._delete(rows.doc_id)
            self._insert(rows, paths)
            self._bump()
            return "replaced" if row is not None or claimed == "replaced" else "added"

    @guarded
    def delete(self, ref: str) -> dict[str, Any] | None:
        """Forget one document (doc_id, prefix, path or basename), under all its paths. Its
        :meth:`documents` entry, or None if it was not stored."""
        found = self.document(ref, with_text=False)
        if found is None:
            return None
        with self._transaction():
            self._delete(found["doc_id"])
            self._bump()
        return found

    def _bump(self) -> None:
        self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")

    def _delete(self, doc_id: str) -> None:
        db = self.db
        pairs = [p for r in db.execute("SELECT label, name, variants, aliases FROM entities WHERE doc_id = ?",
                                       (doc_id,))
                 for p in expansion_pairs(r[0], r[1], json.loads(r[2]), json.loads(r[3]))]
        keys = [(k, f) for k, f, _s in pairs]
        db.executemany("UPDATE expansions SET n = n - 1 WHERE key = ? AND form = ?", keys)
        db.executemany("DELETE FROM expansions WHERE key = ? AND form = ? AND n <= 0", keys)
        db.execute("DELETE FROM sentence_countries WHERE sentence_id IN (SELECT id FROM sentences WHERE doc_id = ?)", (doc_id,))
        db.execute("DELETE FROM mentions WHERE entity_id IN (SELECT id FROM entities WHERE doc_id = ?)", (doc_id,))
        db.execute("DELETE FROM event_countries WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)", (doc_id,))
        for table in ("sentences", "aliases", "events", "timexes", "entities", "document_files"):
            db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def _next_id(self, table: str) -> int:
        return self.db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]

    def _insert(self, rows: Prepared, paths: Sequence[tuple[str, str]] = ()) -> None:
        """Write ``rows``; ``paths`` ((file, added_at) pairs) are the paths of a document being
        re-stored, which keep their order, the first staying its name."""
        db = self.db
        doc_id = rows.doc_id
        added_at = migrations.now()
        document = (*rows.document[:1], paths[0][0] if paths else rows.file, *rows.document[2:])
        db.execute(
            "INSERT INTO documents (doc_id, file, title, published_value, published_precision,"
            " published_text, words, body_end, pipeline_version, text, record, added_at,"
            " failed_stages, articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*document, added_at, json.dumps(rows.failed_stages) if rows.failed_stages else None,
             rows.articles))
        db.executemany("INSERT OR IGNORE INTO document_files (file, doc_id, added_at) VALUES (?, ?, ?)",
                       [*((f, doc_id, at) for f, at in paths), (rows.file, doc_id, added_at)])
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
        db.executemany(ADD_EXPANSION, rows.expansions)
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

    @guarded
    def stored_order(self) -> list[str]:
        """Every doc_id, in the order stored (row ids grow with each save)."""
        return [r[0] for r in self.db.execute("SELECT doc_id FROM documents ORDER BY rowid")]

    @guarded
    def refresh(self) -> None:
        """Rebuild the corpus-entity cache if documents changed since it was built."""
        if self._merged_is_current():
            return
        with self._transaction() as db:
            generation = self._generation()  # another process may have saved meanwhile
            merged = merge_entities(self._entity_records())
            db.execute("DELETE FROM merged_entities")
            db.execute("DELETE FROM merged_members")
            db.execute("DELETE FROM merged_forms")
            ent_rows, member_rows, form_rows = [], [], []
            for gid, ent in enumerate(merged, 1):
                members = ent.pop("members")
                ent_rows.append((gid, ent["id"], ent["label"], ent["name"], country_key(ent["country"]),
                                 ent["mentions"], json.dumps(ent, ensure_ascii=False)))
                member_rows.extend((m, gid) for m in members)
                forms = {fold_words(f) for f in [ent["name"], *ent["variants"], *ent["aliases"]]}
                form_rows.extend((f, gid) for f in forms if f)
            db.executemany("INSERT INTO merged_entities (gid, id, label, name, country, mentions, record)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)", ent_rows)
            db.executemany("INSERT INTO merged_members (entity_id, gid) VALUES (?, ?)", member_rows)
            db.executemany("INSERT OR IGNORE INTO merged_forms (folded, gid) VALUES (?, ?)", form_rows)
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('merged_generation', ?)", (str(generation),))
        self._merged_memo = None

    def _match(self, compiled: CompiledQuery) -> tuple[str, Any]:
        return "sentences_fts MATCH ?", compiled.match

    def _ranked_rows(self, compiled: CompiledQuery, where: list[str], params: list[Any],
                     limit: int) -> list[tuple[sqlite3.Row, float]]:
        """The ``limit`` best sentences for ``where`` (whose first clause is the MATCH, bound to
        the first parameter), with their bm25 rank, in two steps when alias expansion made the
        expression long.

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
        filtered = len(where) > 1
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
                sql = (f"SELECT {HIT}, f.rank AS rank"
                       " FROM (SELECT rowid, rank FROM sentences_fts WHERE " + " AND ".join(where) +
                       "       ORDER BY rank LIMIT ?) f"
                       " JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.doc_id = s.doc_id"
                       " ORDER BY f.rank, s.id")
            else:
                sql = (f"SELECT {HIT}, sentences_fts.rank AS rank " + joined +
                       " WHERE " + " AND ".join(where) + " ORDER BY sentences_fts.rank, s.id LIMIT ?")
            rows = self.db.execute(sql, [*rank_params, limit]).fetchall()
            if compiled.rank_match and len(rows) < limit:
                # Every row the reduced expression matches is ranked; the rest of the window
                # matches only rarer names: latest first, scored 0 (after every ranked row).
                sql = (f"SELECT {HIT}, 0.0 AS rank " + joined + " WHERE " + " AND ".join(where) +
                       " AND sentences_fts.rowid NOT IN (SELECT value FROM json_each(?))"
                       " ORDER BY sentences_fts.rowid DESC LIMIT ?")
                rows += self.db.execute(sql, [*params, json.dumps([r["id"] for r in rows]),
                                              limit - len(rows)]).fetchall()
        except sqlite3.OperationalError as exc:
            if "fts5" not in str(exc):
                raise  # not the query's fault: guarded says what is wrong with the store
            # should not happen: every term is quoted
            raise QueryError(f"cannot search for {shown(compiled.query)} ({exc}); simplify the query, "
                             "e.g. crimecli search 'FARC Venezuela'") from exc
        return [(r, r["rank"]) for r in rows]

    # -- upkeep

    def check(self, *, full: bool = True) -> dict[str, Any]:
        """Integrity (SQLite's integrity_check and the search index's own check when ``full``),
        schema version and row counts. Damage is reported in ``problems``, never raised."""
        problems: list[str] = []
        report: dict[str, Any] = {"store": self.location, "ok": True, "problems": problems,
                                  "schema_version": None, "migrations": [], "pending_migrations": [],
                                  "counts": {}}
        db = self.db
        try:
            names = migrations.applied(db)
            report["migrations"] = names
            report["schema_version"] = len(names)
            report["pending_migrations"] = [fn.__name__ for fn in migrations.pending(names)]
            missing = migrations.missing_tables(db, names)
            problems.extend(f"table {name} is missing" for name in missing)
            absent = set(missing) | {t for t, m in migrations.TABLES.items() if m not in names}
        except sqlite3.DatabaseError as exc:
            problems.append(f"the schema cannot be read ({exc})")
            absent = set(migrations.TABLES)
        if full:
            try:
                # integrity_check, not quick_check: SQLite 3.40's quick_check reports NULLs in
                # WITHOUT ROWID tables that hold none.
                found = [r[0] for r in db.execute("PRAGMA integrity_check(20)")]
                if found != ["ok"]:
                    problems.extend(line for f in found for line in f.splitlines() if line.strip())
            except sqlite3.DatabaseError as exc:
                problems.append(f"integrity check failed ({exc})")
            if not {"sentences", "sentences_fts"} & absent:
                # FTS5's own 'integrity-check' is an INSERT, refused on a read-only connection:
                # compare the index's row list with the sentences instead.
                try:
                    unindexed = db.execute(
                        "SELECT count(*) FROM sentences s WHERE NOT EXISTS"
                        " (SELECT 1 FROM sentences_fts_docsize f WHERE f.id = s.id)").fetchone()[0]
                    stale = db.execute(
                        "SELECT count(*) FROM sentences_fts_docsize f WHERE NOT EXISTS"
                        " (SELECT 1 FROM sentences s WHERE s.id = f.id)").fetchone()[0]
                    if unindexed or stale:
                        problems.append(f"the search index is out of step with the sentences ({unindexed:,} "
                                        f"missing, {stale:,} stale); crimecli store reindex rebuilds it")
                except sqlite3.DatabaseError as exc:
                    problems.append(f"the search index cannot be read ({exc})")
        for table in COUNTED:
            if table in absent:
                continue
            try:
                report["counts"][table] = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                problems.append(f"cannot count {table} ({exc})")
        report["ok"] = not problems
        return report

    def reindex(self) -> dict[str, Any]:
        """Rebuild what is derived from the documents' own rows: the search index, every SQL
        index, the alias expansions and the merged entities, recreating a derived table that
        was dropped. Then :meth:`check`. StoreDamagedError when the damage is in the documents'
        own rows, which only re-ingesting the files into a new store mends."""
        try:
            with self._transaction() as db:
                names = migrations.applied(db)
                base = [t for t in migrations.missing_tables(db, names) if t not in migrations.DERIVED]
                if base:
                    raise StoreDamagedError(self._beyond_repair(f"table {', '.join(base)} missing"))
                self._recreate_dropped(names)
                migrations.migrate(db)
                db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
                db.execute("REINDEX")
                db.execute("DELETE FROM expansions")
                migrations.fill_expansions(db)
                db.execute("DELETE FROM meta WHERE key = 'merged_generation'")
        except sqlite3.DatabaseError as exc:
            if _is_damage(exc):
                raise StoreDamagedError(self._beyond_repair(str(exc))) from exc
            raise self.failure(exc) from exc
        self.refresh()
        return self.check()

    def _recreate_dropped(self, names: list[str]) -> None:
        """Recreate each derived table that was dropped (with the tables its schema makes)."""
        tables = self._tables()
        for schema in dict.fromkeys(migrations.DERIVED.values()):
            made = [t for t, s in migrations.DERIVED.items() if s is schema and migrations.TABLES[t] in names]
            if not made or all(t in tables for t in made):
                continue
            for table in made:
                self.db.execute(f"DROP TABLE IF EXISTS {table}")
            if schema is migrations.FTS_SCHEMA:
                for trigger in ("sentences_ai", "sentences_ad"):
                    self.db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            migrations.run_script(self.db, schema)

    def _beyond_repair(self, detail: str) -> str:
        return (f"cannot repair the store {self.path} ({detail}): reindex rebuilds only the search "
                "index and the derived tables; ingest your files into a new --store")


__all__ = ["MIGRATIONS", "SQLiteStore"]
