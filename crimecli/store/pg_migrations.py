"""The PostgreSQL store's schema, as named migrations applied once each (as for SQLite, see
:mod:`crimecli.store.migrations`): registered in order with :func:`migration`, applied by
:func:`migrate` in one transaction under an advisory lock (workers on many machines may open a
new store at the same moment), each recorded by name in the ``migrations`` table. The schema
version of a store is how many it has had. Never rename, reorder or edit a migration that has
shipped: add a new one.

The tables mirror the SQLite store's, so both give the same answers, with these differences:

- Search runs on ``sentences.tsv``, a ``tsvector`` built through the ``crimecli`` text-search
  configuration (the ``simple`` parser and dictionary behind ``unaccent``; a configuration,
  because ``unaccent()`` itself is not immutable), indexed with GIN. What it is given is the
  sentence's words as :func:`crimecli.search.fts_tokens` splits them (the words FTS5 indexes in
  the SQLite store), so phrases and prefixes match the same sentences in both stores.
  ``ntokens`` keeps each sentence's length for bm25 (:mod:`crimecli.store.ranking`).
- Row ids are ``documents.seq << 24 | position``: ``seq`` orders documents as they were stored
  (reserved in file order by an ingest, whichever worker finishes first), so ids sort like
  the SQLite store's ids for the same ingest, with no id handed out by a shared counter per row.
- ``stats`` (one row) counts sentences and tokens for bm25 and holds the generation that
  derived data (the merged entities) is checked against; ``document_order`` hands out ``seq``.
- bm25 needs, for each word of a query, how many sentences hold it. Counting them through the
  GIN index visits every matching row (~0.1 s for a common word at 10,000 documents), so
  ``term_counts`` keeps the count of each lexeme. Writers never update it (many workers would
  queue on the rows of common words): each save adds its document's counts as one row of
  ``pending_terms``, and one refresher at a time folds pending rows into ``term_counts``. The
  count of a word is its ``term_counts`` row plus its pending rows: exact at every moment.
- ``merged_forms.folded`` has a trigram index (pg_trgm) for "did you mean" name look-ups.
- Few foreign keys (rows are deleted explicitly, as in the SQLite store): each would cost a
  look-up per inserted row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crimecli.store.migrations import now

Migration = Callable[[Any], None]  # takes a psycopg cursor
MIGRATIONS: list[Migration] = []

#: Arbitrary key of the advisory lock held while migrating (and refreshing derived data).
MIGRATION_LOCK = 0x63726D63  # "crmc"

#: Each table a store has, with the migration that creates it.
TABLES = dict.fromkeys(
    ("migrations", "meta", "stats", "document_order", "documents", "document_files", "sentences",
     "entities", "mentions", "aliases", "events", "event_countries", "sentence_countries", "timexes",
     "term_counts", "pending_terms", "expansions", "merged_entities", "merged_members", "merged_forms"),
    "m001_initial")

#: Tables computed from the others (``reindex`` rebuilds them).
DERIVED = ("term_counts", "pending_terms", "expansions", "merged_entities", "merged_members", "merged_forms")

#: Bits of a row id below a document's ``seq`` (a document may have 16 million sentences).
ID_BITS = 24


def migration(fn: Migration) -> Migration:
    """Register a migration. Never rename or reorder one that has shipped; add a new one."""
    MIGRATIONS.append(fn)
    return fn


def applied(cur: Any) -> list[str]:
    """Names of the migrations the store has had, in order ([] for a database without one)."""
    cur.execute("SELECT to_regclass('migrations') IS NOT NULL")
    if not cur.fetchone()[0]:
        return []
    cur.execute("SELECT name FROM migrations ORDER BY applied_order")
    return [r[0] for r in cur.fetchall()]


def missing_tables(cur: Any, names: list[str]) -> list[str]:
    """Tables the migrations ``names`` created that the store lacks."""
    done = set(names)
    wanted = [t for t, created_by in TABLES.items() if created_by in done]
    cur.execute("SELECT t FROM unnest(%s::text[]) AS t WHERE to_regclass(t) IS NULL", (wanted,))
    return sorted(r[0] for r in cur.fetchall())


def migrate(cur: Any) -> None:
    """Apply every pending migration, recording each; the caller holds a transaction."""
    cur.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
    cur.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL,"
                " applied_order INTEGER GENERATED ALWAYS AS IDENTITY)")
    from crimecli.store.migrations import pending

    for fn in pending(applied(cur), MIGRATIONS):  # read again under the lock
        fn(cur)
        cur.execute("INSERT INTO migrations (name, applied_at) VALUES (%s, %s)", (fn.__name__, now()))


#: Every text column compares and sorts by code point, as SQLite does (and the database's own
#: collation, which differs from server to server, never decides an order crimecli prints).
TEXT = 'TEXT COLLATE "C"'


@migration
def m001_initial(cur: Any) -> None:
    # unaccent and pg_trgm are trusted extensions: a role that may create objects in the
    # database may add them (PostgreSQL 13+).
    cur.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    cur.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    cur.execute(f"""
    CREATE TEXT SEARCH CONFIGURATION crimecli (COPY = pg_catalog.simple);
    ALTER TEXT SEARCH CONFIGURATION crimecli
        ALTER MAPPING FOR asciiword, word, numword, uint, int, float, sfloat WITH unaccent, simple;

    CREATE TABLE meta (key {TEXT} PRIMARY KEY, value {TEXT});
    CREATE TABLE stats (
        only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
        generation BIGINT NOT NULL DEFAULT 0,
        sentences BIGINT NOT NULL DEFAULT 0,
        tokens BIGINT NOT NULL DEFAULT 0
    );
    INSERT INTO stats DEFAULT VALUES;
    CREATE TABLE document_order (
        only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
        next BIGINT NOT NULL DEFAULT 1
    );
    INSERT INTO document_order DEFAULT VALUES;

    CREATE TABLE documents (
        doc_id {TEXT} PRIMARY KEY,
        seq BIGINT NOT NULL UNIQUE,
        file {TEXT} NOT NULL,
        title {TEXT},
        published_value {TEXT},
        published_precision {TEXT},
        published_text {TEXT},
        words INTEGER NOT NULL DEFAULT 0,
        body_end INTEGER NOT NULL DEFAULT 0,
        pipeline_version {TEXT} NOT NULL,
        added_at {TEXT} NOT NULL,
        text {TEXT} NOT NULL,
        record {TEXT} NOT NULL
    );
    CREATE INDEX documents_file ON documents (file);
    CREATE TABLE document_files (
        file {TEXT} PRIMARY KEY,
        doc_id {TEXT} NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
        added_at {TEXT} NOT NULL,
        added_order BIGINT GENERATED ALWAYS AS IDENTITY
    );
    CREATE INDEX document_files_doc ON document_files (doc_id);

    CREATE TABLE sentences (
        id BIGINT PRIMARY KEY,
        doc_id {TEXT} NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text {TEXT} NOT NULL,
        in_footnote INTEGER NOT NULL DEFAULT 0,
        date_value {TEXT},
        date_lo {TEXT},
        date_hi {TEXT},
        labels INTEGER NOT NULL DEFAULT 0,
        ntokens INTEGER NOT NULL,
        tsv TSVECTOR NOT NULL
    );
    CREATE INDEX sentences_doc ON sentences (doc_id, start_char);
    CREATE INDEX sentences_tsv ON sentences USING gin (tsv);

    CREATE TABLE entities (
        id BIGINT PRIMARY KEY,
        doc_id {TEXT} NOT NULL,
        local_id {TEXT} NOT NULL,
        label {TEXT} NOT NULL,
        name {TEXT} NOT NULL,
        folded {TEXT} NOT NULL,
        kind {TEXT},
        country {TEXT},
        variants {TEXT} NOT NULL DEFAULT '[]',
        aliases {TEXT} NOT NULL DEFAULT '[]',
        mentions INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX entities_doc ON entities (doc_id);
    CREATE TABLE mentions (
        entity_id BIGINT NOT NULL,
        doc_id {TEXT} NOT NULL,
        label {TEXT} NOT NULL,
        sentence_id BIGINT,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text {TEXT} NOT NULL
    );
    CREATE INDEX mentions_sentence ON mentions (sentence_id, label);
    CREATE INDEX mentions_entity_sentence ON mentions (entity_id, sentence_id);
    CREATE TABLE aliases (
        id BIGINT PRIMARY KEY,
        doc_id {TEXT} NOT NULL,
        entity_id BIGINT,
        entity {TEXT} NOT NULL,
        label {TEXT} NOT NULL,
        alias {TEXT} NOT NULL,
        folded {TEXT} NOT NULL,
        type {TEXT} NOT NULL,
        evidence {TEXT} NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL
    );
    CREATE INDEX aliases_doc ON aliases (doc_id);
    CREATE TABLE events (
        id BIGINT PRIMARY KEY,
        doc_id {TEXT} NOT NULL,
        sentence_id BIGINT,
        date_value {TEXT},
        date_precision {TEXT},
        date_lo {TEXT},
        date_hi {TEXT},
        kind {TEXT},
        polarity {TEXT},
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        record {TEXT} NOT NULL
    );
    CREATE INDEX events_doc ON events (doc_id);
    CREATE INDEX events_date ON events (date_lo, date_hi);
    CREATE TABLE event_countries (
        event_id BIGINT NOT NULL,
        country {TEXT} NOT NULL,
        PRIMARY KEY (country, event_id)
    );
    CREATE INDEX event_countries_event ON event_countries (event_id);
    CREATE TABLE sentence_countries (
        country {TEXT} NOT NULL,
        sentence_id BIGINT NOT NULL,
        PRIMARY KEY (country, sentence_id)
    );
    CREATE INDEX sentence_countries_sentence ON sentence_countries (sentence_id);
    CREATE TABLE timexes (
        doc_id {TEXT} NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text {TEXT} NOT NULL,
        value {TEXT},
        precision {TEXT},
        resolved_from {TEXT}
    );
    CREATE INDEX timexes_doc ON timexes (doc_id);

    CREATE TABLE term_counts (
        lexeme {TEXT} PRIMARY KEY,
        n BIGINT NOT NULL
    );
    CREATE TABLE pending_terms (
        doc_id {TEXT} PRIMARY KEY,
        lexemes TEXT[] COLLATE "C" NOT NULL,
        counts INTEGER[] NOT NULL
    );
    CREATE INDEX pending_terms_lexemes ON pending_terms USING gin (lexemes);

    CREATE TABLE expansions (
        key {TEXT} NOT NULL,
        form {TEXT} NOT NULL,
        spelling {TEXT} NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (key, form)
    );
    CREATE TABLE merged_entities (
        gid INTEGER PRIMARY KEY,
        id {TEXT} NOT NULL,
        label {TEXT} NOT NULL,
        name {TEXT} NOT NULL,
        country {TEXT},
        mentions INTEGER NOT NULL,
        has_aliases BOOLEAN NOT NULL,
        record {TEXT} NOT NULL
    );
    CREATE TABLE merged_members (
        entity_id BIGINT PRIMARY KEY,
        gid INTEGER NOT NULL
    );
    CREATE INDEX merged_members_gid ON merged_members (gid);
    CREATE TABLE merged_forms (
        folded {TEXT} NOT NULL,
        gid INTEGER NOT NULL,
        PRIMARY KEY (folded, gid)
    );
    CREATE INDEX merged_forms_trgm ON merged_forms USING gin (folded gin_trgm_ops);
    """)


@migration
def m002_failed_stages_and_articles(cur: Any) -> None:
    """As SQLite's m009: ``failed_stages``, the pipeline stages that failed on a document (a
    JSON list; NULL when none did), so ingest extracts it again; ``articles``, the articles a
    file holds (start, title, date), so a search hit names its own article's title."""
    cur.execute("ALTER TABLE documents ADD COLUMN failed_stages TEXT COLLATE \"C\"")
    cur.execute("ALTER TABLE documents ADD COLUMN articles TEXT COLLATE \"C\" NOT NULL DEFAULT '[]'")
    cur.execute("UPDATE documents SET articles = coalesce((record::json -> 'articles')::text, '[]')")


__all__ = ["DERIVED", "ID_BITS", "MIGRATIONS", "TABLES", "applied", "migrate", "migration", "missing_tables"]
