"""The SQLite store's schema, as named migrations applied once each (llm's migrations.py).

Each migration is a function registered in order with :func:`migration`; :func:`migrate`
applies the ones a store has not had, in one transaction, and records each by name in the
``migrations`` table. The schema version of a store is how many it has had. Never rename,
reorder or edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

from crimecli.store.records import LABEL_BITS, expansion_pairs

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = []

#: Each table a store has, with the migration that creates it: a table missing from a store
#: that had that migration means the file was damaged (or edited by hand).
TABLES = {
    **dict.fromkeys(("migrations", "meta", "documents", "sentences", "sentences_fts", "entities", "mentions",
                     "aliases", "events", "event_countries", "sentence_countries", "timexes",
                     "merged_entities", "merged_members", "merged_forms"), "m001_initial"),
    "expansions": "m002_expansions",
    "document_files": "m007_document_files",
}


def missing_tables(db: sqlite3.Connection, names: list[str]) -> list[str]:
    """Tables the migrations ``names`` created that are not in the store."""
    present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    done = set(names)
    return sorted(t for t, created_by in TABLES.items() if created_by in done and t not in present)


def migration(fn: Migration) -> Migration:
    """Register a migration. Never rename or reorder one that has shipped; add a new one."""
    MIGRATIONS.append(fn)
    return fn


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def applied(db: sqlite3.Connection) -> list[str]:
    """Names of the migrations a store has had, in the order they were applied ([] for a new
    file); raises sqlite3.DatabaseError for a file that is not a SQLite database."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "migrations" not in tables:
        return []
    return [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY rowid")]


def pending(names: list[str], registry: list[Callable[..., None]] = MIGRATIONS) -> list[Callable[..., None]]:
    """The migrations of ``registry`` (the SQLite store's, or another store's) not in ``names``,
    in order."""
    done = set(names)
    return [fn for fn in registry if fn.__name__ not in done]


def unknown(names: list[str], registry: list[Callable[..., None]] = MIGRATIONS) -> list[str]:
    """Migrations a store has had that this crimecli does not know (a newer crimecli wrote it)."""
    known = {fn.__name__ for fn in registry}
    return [name for name in names if name not in known]


def migrate(db: sqlite3.Connection) -> None:
    """Apply every pending migration, recording each; the caller holds the write transaction."""
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for fn in pending([r[0] for r in db.execute("SELECT name FROM migrations")]):
        fn(db)
        db.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (fn.__name__, now()))


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (executescript() would COMMIT it)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


#: The full-text index over sentences: external content, kept in step by triggers, so
#: ``INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')`` rebuilds it from the rows.
FTS_SCHEMA = """
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
"""

#: The corpus-entity cache (crimecli.merge over every document), rebuilt by refresh().
MERGED_SCHEMA = """
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
"""

EXPANSIONS_SCHEMA = ("CREATE TABLE expansions (key TEXT NOT NULL, form TEXT NOT NULL, spelling TEXT NOT NULL,"
                     " n INTEGER NOT NULL, PRIMARY KEY (key, form)) WITHOUT ROWID")

DOCUMENT_FILES_SCHEMA = """
    CREATE TABLE document_files (
        file TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        added_at TEXT NOT NULL
    );
    CREATE INDEX document_files_doc ON document_files(doc_id);
    INSERT OR IGNORE INTO document_files (file, doc_id, added_at) SELECT file, doc_id, added_at FROM documents
"""

#: Tables computed from the others, with the schema that recreates each: ``reindex`` rebuilds
#: them (and recreates a dropped one); the rest is the documents' own data.
DERIVED = {"sentences_fts": FTS_SCHEMA, "merged_entities": MERGED_SCHEMA, "merged_members": MERGED_SCHEMA,
           "merged_forms": MERGED_SCHEMA, "expansions": EXPANSIONS_SCHEMA,
           "document_files": DOCUMENT_FILES_SCHEMA}

#: Adds one (key, form) expansion, or counts one more entity behind it.
ADD_EXPANSION = (
    "INSERT INTO expansions (key, form, spelling, n) VALUES (?, ?, ?, 1)"
    " ON CONFLICT (key, form) DO UPDATE SET n = n + 1,"
    # keep the accented spelling: the longer UTF-8 encoding of the same folded form
    " spelling = CASE WHEN length(CAST(excluded.spelling AS BLOB)) > length(CAST(spelling AS BLOB))"
    " THEN excluded.spelling ELSE spelling END")


def fill_expansions(db: sqlite3.Connection) -> None:
    """(Re)compute the expansions table from the entity rows."""
    rows = db.execute("SELECT label, name, variants, aliases FROM entities").fetchall()
    for label, name, variants, aliases in rows:
        db.executemany(ADD_EXPANSION, expansion_pairs(label, name, json.loads(variants), json.loads(aliases)))


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    run_script(db, """
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
    """ + FTS_SCHEMA + """
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
    """ + MERGED_SCHEMA)


@migration
def m002_expansions(db: sqlite3.Connection) -> None:
    """A corpus-wide table from each name to the other names of the same entities, kept up to
    date on save, so alias expansion costs one indexed read per query term."""
    db.execute(EXPANSIONS_SCHEMA)
    fill_expansions(db)


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


@migration
def m007_document_files(db: sqlite3.Connection) -> None:
    """Every path a document was found at (the same content copied into two folders is one
    document with two paths, and ``show`` finds it by either); ``documents.file`` stays the
    path it was first stored from. And entity_forms goes: nothing has written it since m004."""
    run_script(db, DOCUMENT_FILES_SCHEMA)
    db.execute("DROP TABLE entity_forms")


@migration
def m008_merge_by_id(db: sqlite3.Connection) -> None:
    """Corpus entities are grouped by their per-document (gazetteer) ids first and keep them
    (crimecli.merge): drop the merged-entity cache built the old way, so it is rebuilt."""
    db.execute("DELETE FROM meta WHERE key = 'merged_generation'")


@migration
def m009_failed_stages_and_articles(db: sqlite3.Connection) -> None:
    """``failed_stages``: the pipeline stages that failed on a document, as a JSON list (NULL
    when none did), so ingest extracts it again instead of calling it unchanged. ``articles``:
    the articles a file holds (where each starts, its title and date), so a search hit names
    the title of the article it is in without reading the document's whole record."""
    db.execute("ALTER TABLE documents ADD COLUMN failed_stages TEXT")
    db.execute("ALTER TABLE documents ADD COLUMN articles TEXT NOT NULL DEFAULT '[]'")
    db.execute("UPDATE documents SET articles = COALESCE(json_extract(record, '$.articles'), '[]')")
