"""The PostgreSQL store: one database shared by a team, written by many ingest workers at once.

Opened with ``--store postgresql://USER@HOST[:PORT]/DB`` (or ``CRIMECLI_STORE``). It implements
:class:`crimecli.store.protocol.CorpusStore` and gives the same answers as the SQLite store on
the same documents, search scores included:

- search matches on a ``tsvector`` of each sentence's words (see
  :mod:`crimecli.store.pg_migrations`) with a ``tsquery`` rendered from the same parsed,
  alias-expanded query as the SQLite store's FTS5 expression, and ranks with FTS5's bm25
  (:mod:`crimecli.store.ranking`) over the same window of latest matches;
- rows are ordered by ids that follow the order documents were stored in, as in SQLite.

Credentials come from the URL, the environment (``PGPASSWORD``, ``PGUSER``, ``PGSSLMODE``...)
or ``~/.pgpass``, as for any libpq client; :attr:`PostgresStore.location` and every message
show the URL with its password masked. Each document is saved in one transaction; two workers
saving the same content race on the document's primary key (its content hash), and the loser
records its path only. A store opened for reading runs read-only transactions (a role with
SELECT rights is enough) and never writes: stale derived data is computed in memory.

Every psycopg error becomes a one-line :class:`~crimecli.errors.StoreError` where it leaves
this module (see :func:`_guarded`).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from crimecli.errors import StoreDamagedError, StoreError, StoreMissingError, StoreTooNewError
from crimecli.merge import merge_entities
from crimecli.text import fold_words
from crimecli.models import Extraction
from crimecli.search import (RANK_BUDGET, RANK_FLOOR, RANK_WINDOW, All, Any_, CompiledQuery, Node, Term,
                             fts_tokens, phrases)
import crimecli.store.pg_migrations as migrations
from crimecli.store.migrations import now, pending, unknown
from crimecli.store.pg_migrations import ID_BITS, MIGRATIONS
from crimecli.store.protocol import Scope
from crimecli.store.queries import HIT, StoreQueries, guarded, like_prefix
from crimecli.store.ranking import BM25
from crimecli.store.records import Prepared, country_key, expansion_pairs, prepare

try:
    import psycopg
    from psycopg import errors as pgerrors
    from psycopg.rows import dict_row
except ImportError as exc:  # an optional extra: say how to get it
    raise StoreError("the PostgreSQL store needs psycopg: pip install 'crimecli[postgres]'") from exc

#: URL schemes this store answers to.
URL_SCHEMES = ("postgresql", "postgres")

#: Row counts ``check`` reports, in this order (as the SQLite store's).
COUNTED = ("documents", "document_files", "sentences", "entities", "mentions", "aliases", "events",
           "timexes")

#: Advisory lock held while the merged entities are rebuilt (one refresher at a time).
REFRESH_LOCK = migrations.MIGRATION_LOCK + 1

#: How many sentences hold a word (a lexeme): its folded count and its pending ones.
_WORD_COUNT = ("((SELECT coalesce(sum(n), 0) FROM term_counts WHERE lexeme = %s) + (SELECT coalesce(sum(u.c), 0)"
               " FROM pending_terms p, unnest(p.lexemes, p.counts) u(l, c) WHERE p.lexemes @> ARRAY[%s] AND u.l = %s))")
#: How many sentences a phrase or prefix matches (through the index: slower).
_PHRASE_COUNT = "(SELECT count(*) FROM sentences WHERE tsv @@ to_tsquery('crimecli', %s))"

#: A writer folds the pending word counts into term_counts every this many saves (unless
#: another connection is at it), so searching during a long ingest stays quick.
FOLD_EVERY = 200

#: How many times a save is retried when it deadlocks with another worker's.
SAVE_ATTEMPTS = 5


def mask_url(url: str) -> str:
    """``url`` with its password (in the user part or a ``password=`` parameter) as ``***``."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostpart = netloc.rpartition("@")
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        netloc = f"{userinfo}@{hostpart}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(k == "password" for k, _v in pairs):
            query = urlencode([(k, "***" if k == "password" else v) for k, v in pairs], safe="*/:")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _scrub(text: str, url: str) -> str:
    """A driver message on one line, with no trace of the URL's password."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        password = conninfo_to_dict(url).get("password")
    except psycopg.Error:
        password = None
    text = " ".join(str(text).replace("FATAL:", "").split())
    if password:
        text = text.replace(str(password), "***")
    return text


def _server(url: str) -> str:
    """Where the store's server is, for messages: ``host:port/db`` (libpq's defaults apply)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        info = conninfo_to_dict(url)
    except psycopg.Error:
        return mask_url(url)
    host = info.get("host") or "localhost"
    port = info.get("port") or "5432"
    return f"{host}:{port}/{info.get('dbname') or info.get('user') or ''}".rstrip("/")


def connection_error(url: str, exc: Exception) -> StoreError:
    """The one line a user sees when the server cannot be reached or refuses us."""
    text = _scrub(str(exc), url)
    where = f"the PostgreSQL store at {_server(url)}"
    user = re.search(r'for user "([^"]*)"', text)
    if "password authentication failed" in text or "authentication failed" in text:
        who = f" for user {user.group(1)}" if user else ""
        return StoreError(f"{where} refused the password{who}; check the password in the URL, "
                          "PGPASSWORD or ~/.pgpass")
    if "no password supplied" in text:
        return StoreError(f"{where} wants a password and none was given; put it in ~/.pgpass or "
                          "PGPASSWORD (or the URL)")
    if "does not exist" in text and "database" in text:
        return StoreMissingError(f"{where}: the database does not exist; create it (createdb) "
                                 "or check the name in the URL")
    if "Connection refused" in text or "No such file or directory" in text:
        return StoreError(f"cannot reach {where}: the server is down or not accepting connections "
                          "there; check the host and port")
    if "timeout" in text.lower():
        return StoreError(f"cannot reach {where}: no answer (timed out); check the host and port")
    if "resolve host" in text or "translate host name" in text:
        return StoreError(f"cannot reach {where}: unknown host; check the host name in the URL")
    return StoreError(f"cannot connect to {where}: {text}")


def tsquery(node: Node) -> str:
    """``node`` (a parsed, expanded search) as ``to_tsquery`` input: the operators of
    :func:`crimecli.search.to_fts` in tsquery syntax, each word quoted (words are letters and
    digits only: nothing a user typed can be an operator)."""
    if isinstance(node, Term):
        words = ["'" + w.replace("\\", "\\\\").replace("'", "''") + "'" for w in node.words]
        if node.prefix:
            words[-1] += ":*"
        return words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")"
    if isinstance(node, Any_):
        return "(" + " | ".join(tsquery(i) for i in node.items) + ")"
    assert isinstance(node, All)
    expr = " & ".join(tsquery(p) for p in node.positives)
    for negative in node.negatives:
        expr += f" & !{tsquery(negative)}"
    return f"({expr})"


def _columns(rows: Sequence[Sequence[Any]], width: int) -> list[list[Any]]:
    """Rows as columns (``unnest`` takes one array per column)."""
    if not rows:
        return [[] for _ in range(width)]
    return [list(col) for col in zip(*rows)]


#: Longer words are left out of a tsvector (PostgreSQL's limit).
MAX_WORD = 2047


def index_words(text: str) -> tuple[str, int]:
    """What ``to_tsvector`` is given for a sentence (its FTS5 words, space-separated), and how
    many there are (bm25's sentence length)."""
    tokens = fts_tokens(text)
    return " ".join(tokens), len(tokens)


class PostgresStore(StoreQueries):
    """A crimecli store in the PostgreSQL database ``url`` names.

    ``write=True`` (ingest, ``documents rm``, ``store copy``) creates the schema in an empty
    database and applies pending migrations; the database itself must exist. ``write=False``
    (the query commands) needs a store there (StoreMissingError), and runs read-only
    transactions. ``verify=False`` opens a damaged store as it is, for :meth:`check`.

    Ranking follows the SQLite store: bm25 among the ``rank_window`` latest matches.
    """

    DRIVER_ERROR = psycopg.Error
    IN_LIST = "{} = ANY(?)"
    LIST_OF = "array_agg({})"
    PATH_ORDER = "added_order"

    rank_window = RANK_WINDOW
    rank_budget = RANK_BUDGET
    rank_floor = RANK_FLOOR
    #: Above this many names, "did you mean" ranks only those pg_trgm finds near the name typed.
    trigram_above = 500

    def __init__(self, url: str, *, write: bool = True, verify: bool = True):
        self.url = str(url)
        self.location = mask_url(self.url)
        self.writable = write
        self._merged_memo: tuple[int, list[dict[str, Any]]] | None = None
        self._saves = 0
        self._lexeme_of: dict[str, list[str]] = {}  # non-ASCII word -> its lexemes (see _lexemes)
        self.db: psycopg.Connection | None = None
        try:
            self.db = psycopg.connect(self.url, autocommit=True, connect_timeout=10,
                                      application_name="crimecli", row_factory=dict_row)
        except psycopg.Error as exc:
            raise connection_error(self.url, exc) from None
        if not write:
            self.db.read_only = True
            # One snapshot per query: what a search counts and what it ranks agree.
            self.db.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        try:
            self._open(verify)
        except psycopg.Error as exc:
            self.close()
            raise self.failure(exc) from exc
        except BaseException:
            self.close()
            raise

    # -- lifecycle

    def _open(self, verify: bool) -> None:
        with self.db.transaction():
            names = migrations.applied(self.db.cursor(row_factory=psycopg.rows.tuple_row))
        if not names and not self.writable:
            raise StoreMissingError(f"no crimecli store in {self.location}; create it with "
                                    f"crimecli ingest PATH --store {self.location}")
        newer = unknown(names, MIGRATIONS)
        if newer:
            raise StoreTooNewError(f"the store {self.location} was written by a newer crimecli "
                             f"(migrations {', '.join(newer)}); upgrade crimecli")
        if pending(names, MIGRATIONS):
            if not self.writable:
                raise StoreError(f"the store {self.location} was written by an older crimecli and "
                                 "must be upgraded; run crimecli ingest once with a role that may "
                                 "change the schema")
            try:
                with self.db.transaction():
                    migrations.migrate(self.db.cursor(row_factory=psycopg.rows.tuple_row))
            except pgerrors.InsufficientPrivilege as exc:
                raise StoreError(f"cannot create the crimecli schema in {self.location}: the role "
                                 f"may not ({_scrub(exc, self.url)}); ask the database owner, or "
                                 "use a role that owns the database") from None
        if verify:
            missing = self._missing_tables()
            if missing:
                raise StoreDamagedError(self._damaged(f"table {', '.join(missing)} missing"))

    def _missing_tables(self) -> list[str]:
        with self.db.transaction():
            cur = self.db.cursor(row_factory=psycopg.rows.tuple_row)
            return migrations.missing_tables(cur, migrations.applied(cur))

    def own_files(self) -> list[Path]:
        return []

    def failure(self, exc: Exception) -> StoreError:
        """The one-line error a user sees for a psycopg error on this store."""
        text = _scrub(str(exc), self.url)
        if isinstance(exc, pgerrors.InsufficientPrivilege):
            verb = "write to" if self.writable else "read"
            return StoreError(f"the role may not {verb} the store {self.location} ({text}); "
                              "ask its owner for the rights, or use another role")
        if isinstance(exc, pgerrors.ReadOnlySqlTransaction):
            return StoreError(f"cannot write to the store {self.location}: the connection is read-only")
        if isinstance(exc, (pgerrors.UndefinedTable, pgerrors.UndefinedColumn)):
            return StoreDamagedError(self._damaged(text))
        if isinstance(exc, pgerrors.DiskFull):
            return StoreError(f"cannot write to the store {self.location}: the server's disk is full")
        if isinstance(exc, psycopg.OperationalError):
            return StoreError(f"lost the connection to the store {self.location} ({text}); try again")
        return StoreError(f"the store {self.location} failed ({text})")

    def _damaged(self, detail: str) -> str:
        return (f"the store {self.location} is damaged ({detail}); run `crimecli store check --store "
                f"{self.location}` to see what can be repaired")

    def _reading(self) -> contextlib.AbstractContextManager[Any]:
        """One transaction per call (a read-only one, on one snapshot, for a reader), unless the
        caller holds one."""
        if self.db.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            return contextlib.nullcontext()
        return self.db.transaction()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _list(self, items: Iterable[Any]) -> list[Any]:
        return list(items)

    def _listed(self, value: Any) -> list[Any]:
        return value

    def _match(self, compiled: CompiledQuery) -> tuple[str, Any]:
        return "s.tsv @@ to_tsquery('crimecli', ?)", tsquery(compiled.node)

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        return self.db.execute(sql, params).fetchone()

    @property
    @guarded
    def applied_migrations(self) -> list[str]:
        return migrations.applied(self.db.cursor(row_factory=psycopg.rows.tuple_row))

    @property
    def schema_version(self) -> int:
        return len(self.applied_migrations)

    def _generation(self) -> int:
        return int(self._one("SELECT generation FROM stats")["generation"])

    # -- writing

    @guarded
    def known_ids(self, pipeline_version: str) -> set[str]:
        """Every stored doc_id of this pipeline version."""
        return {r["doc_id"] for r in self.db.execute(
            "SELECT doc_id FROM documents WHERE pipeline_version = %s", (pipeline_version,))}

    @guarded
    def reserve_order(self, count: int) -> int:
        """Reserve ``count`` consecutive document positions (an ingest gives one to each file,
        in file order, so documents sort as they were listed whichever worker saves first);
        the first of them."""
        row = self._one("UPDATE document_order SET next = next + %s RETURNING next - %s AS first",
                        (count, count))
        return int(row["first"])

    @guarded
    def add_path(self, doc_id: str, file: str) -> str:
        file = str(file)
        if self._one("SELECT doc_id FROM document_files WHERE file = %s", (file,)) == {"doc_id": doc_id}:
            return "unchanged"
        status = self._claim_path(file, doc_id)
        self.db.execute("INSERT INTO document_files (file, doc_id, added_at) VALUES (%s, %s, %s)"
                        " ON CONFLICT (file) DO NOTHING", (file, doc_id, now()))
        return status

    def _claim_path(self, file: str, doc_id: str) -> str:
        """``file`` is about to name ``doc_id``: take it from the document it named, if another
        (dropping that document when it has no path left). "replaced" if there was one."""
        holder = self._one("SELECT doc_id FROM document_files WHERE file = %s FOR UPDATE", (file,))
        if holder is None or holder["doc_id"] == doc_id:
            return "unchanged"
        old = holder["doc_id"]
        self.db.execute("DELETE FROM document_files WHERE file = %s", (file,))
        rest = self._one("SELECT file FROM document_files WHERE doc_id = %s ORDER BY added_order LIMIT 1", (old,))
        if rest is None:
            self._delete(old)
        else:
            self.db.execute("UPDATE documents SET file = %s WHERE doc_id = %s AND file = %s",
                            (rest["file"], old, file))
            self._bump()
        return "replaced"

    def save(self, extraction: Extraction, pipeline_version: str) -> str:
        return self.save_prepared(prepare(extraction, pipeline_version))

    def save_prepared(self, rows: Prepared) -> str:
        """Store one document's rows in one transaction, as the next document."""
        return self.save_ordered(rows, None)

    def save_ordered(self, rows: Prepared, seq: int | None) -> str:
        """:meth:`save_prepared` with the document's position among documents, ``seq``, from
        :meth:`reserve_order` (None: the next one). A save that deadlocks with another
        worker's is rolled back and tried again."""
        for attempt in range(SAVE_ATTEMPTS):
            try:
                with self.db.transaction():
                    return self._save(rows, seq)
            except (pgerrors.DeadlockDetected, pgerrors.SerializationFailure):
                if attempt == SAVE_ATTEMPTS - 1:
                    raise StoreError(f"the store {self.location} is busy (saving {rows.file} kept "
                                     "colliding with other writers); try again") from None
            except psycopg.Error as exc:
                raise self.failure(exc) from exc
            finally:
                self._saves += 1
                if self._saves % FOLD_EVERY == 0:
                    self._fold_terms(wait=False)
        raise AssertionError("unreachable")

    def _save(self, rows: Prepared, seq: int | None) -> str:
        stored = self._one("SELECT pipeline_version, failed_stages FROM documents WHERE doc_id = %s FOR UPDATE",
                           (rows.doc_id,))
        claimed = self._claim_path(rows.file, rows.doc_id)
        # A document stored while a stage failed on it is stored again.
        if stored is not None and stored["pipeline_version"] == rows.pipeline_version and stored["failed_stages"] is None:
            self._add_file(rows.file, rows.doc_id)
            return claimed
        paths: list[tuple[str, str]] = []
        if stored is not None:  # stored by another pipeline version: re-stored, under every path
            paths = [(r["file"], r["added_at"]) for r in self.db.execute(
                "SELECT file, added_at FROM document_files WHERE doc_id = %s ORDER BY added_order",
                (rows.doc_id,))]
            self._delete(rows.doc_id)
        if seq is None:
            seq = int(self._one("UPDATE document_order SET next = next + 1 RETURNING next - 1 AS seq")["seq"])
        if not self._insert(rows, seq, paths):
            # Another worker stored this content a moment ago (the key is the content hash).
            self._add_file(rows.file, rows.doc_id)
            return claimed
        return "replaced" if stored is not None or claimed == "replaced" else "added"

    def _add_file(self, file: str, doc_id: str) -> None:
        self.db.execute("INSERT INTO document_files (file, doc_id, added_at) VALUES (%s, %s, %s)"
                        " ON CONFLICT (file) DO NOTHING", (file, doc_id, now()))

    @guarded
    def delete(self, ref: str) -> dict[str, Any] | None:
        found = self.document(ref, with_text=False)
        if found is None:
            return None
        self._one("SELECT doc_id FROM documents WHERE doc_id = %s FOR UPDATE", (found["doc_id"],))
        self._delete(found["doc_id"])
        return found

    def _bump(self, sentences: int = 0, tokens: int = 0) -> None:
        """The last write of a transaction that changed documents (its row lock is held only
        until the commit, so concurrent writers queue here briefly)."""
        self.db.execute("UPDATE stats SET generation = generation + 1, sentences = sentences + %s,"
                        " tokens = tokens + %s", (sentences, tokens))

    def _id_range(self, doc_id: str) -> tuple[int, int] | None:
        row = self._one("SELECT seq FROM documents WHERE doc_id = %s", (doc_id,))
        if row is None:
            return None
        first = row["seq"] << ID_BITS
        return first, first + (1 << ID_BITS) - 1

    def _delete(self, doc_id: str) -> None:
        span = self._id_range(doc_id)
        if span is None:
            return
        db = self.db
        pairs = Counter((k, f) for r in db.execute(
            "SELECT label, name, variants, aliases FROM entities WHERE id BETWEEN %s AND %s", span)
            for k, f, _s in expansion_pairs(r["label"], r["name"], json.loads(r["variants"]),
                                            json.loads(r["aliases"])))
        if pairs:
            keys, forms, counts = _columns(sorted((k, f, n) for (k, f), n in pairs.items()), 3)
            db.execute("UPDATE expansions x SET n = x.n - t.n FROM unnest(%s::text[], %s::text[], %s::int[])"
                       " AS t(key, form, n) WHERE x.key = t.key AND x.form = t.form", (keys, forms, counts))
            db.execute("DELETE FROM expansions WHERE key = ANY(%s) AND n <= 0", (sorted(set(keys)),))
        size = self._one("SELECT count(*) AS n, coalesce(sum(ntokens), 0) AS tokens FROM sentences"
                         " WHERE id BETWEEN %s AND %s", span)
        if db.execute("DELETE FROM pending_terms WHERE doc_id = %s", (doc_id,)).rowcount == 0:  # folded in
            db.execute("UPDATE term_counts t SET n = t.n - c.n FROM (SELECT u.lexeme, count(*) AS n FROM sentences s,"
                       " unnest(s.tsv) u WHERE s.id BETWEEN %s AND %s GROUP BY u.lexeme) c WHERE t.lexeme = c.lexeme",
                       span)
        db.execute("DELETE FROM sentence_countries WHERE sentence_id BETWEEN %s AND %s", span)
        db.execute("DELETE FROM mentions WHERE entity_id BETWEEN %s AND %s", span)
        db.execute("DELETE FROM event_countries WHERE event_id BETWEEN %s AND %s", span)
        for table in ("sentences", "aliases", "events", "entities"):
            db.execute(f"DELETE FROM {table} WHERE id BETWEEN %s AND %s", span)
        db.execute("DELETE FROM timexes WHERE doc_id = %s", (doc_id,))
        db.execute("DELETE FROM document_files WHERE doc_id = %s", (doc_id,))
        db.execute("DELETE FROM documents WHERE doc_id = %s", (doc_id,))
        self._bump(-int(size["n"]), -int(size["tokens"]))

    def _insert(self, rows: Prepared, seq: int, paths: Sequence[tuple[str, str]] = ()) -> bool:
        """Write ``rows`` as the document at position ``seq``; False (and nothing written) when
        another writer has just stored the same content."""
        db = self.db
        doc_id = rows.doc_id
        added_at = now()
        base = seq << ID_BITS
        for table, count in (("sentences", len(rows.sentences)), ("entities", len(rows.entities)),
                             ("events", len(rows.events)), ("aliases", len(rows.aliases))):
            if count >= 1 << ID_BITS:
                raise StoreError(f"{rows.file}: too many {table} in one document ({count:,}) for the "
                                 "PostgreSQL store")
        document = (*rows.document[:1], paths[0][0] if paths else rows.file, *rows.document[2:])
        inserted = db.execute(
            "INSERT INTO documents (doc_id, file, title, published_value, published_precision,"
            " published_text, words, body_end, pipeline_version, text, record, added_at, seq, failed_stages,"
            " articles) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (doc_id) DO NOTHING RETURNING seq",
            (*document, added_at, seq, json.dumps(rows.failed_stages) if rows.failed_stages else None,
             rows.articles)).fetchone()
        if inserted is None:
            return False
        files = [*paths, (rows.file, added_at)]
        words = [index_words(r[2]) for r in rows.sentences]
        sentence_rows = [(base + i, *r, w, n) for i, (r, (w, n)) in enumerate(zip(rows.sentences, words))]
        # How many of this document's sentences hold each word (see pg_migrations: term_counts).
        counts = self._word_counts([w.split() for w, _n in words])
        # The rest in one round trip: statements are sent without waiting for each answer.
        with db.pipeline():
            db.cursor().executemany("INSERT INTO document_files (file, doc_id, added_at) VALUES (%s, %s, %s)"
                                    " ON CONFLICT (file) DO NOTHING", [(f, doc_id, at) for f, at in files])
            db.execute(
                "INSERT INTO sentences (id, doc_id, start_char, end_char, text, in_footnote, date_value, date_lo,"
                " date_hi, labels, ntokens, tsv) SELECT id, %s, a, b, t, f, v, lo, hi, l, n,"
                " to_tsvector('crimecli', w) FROM unnest(%b::bigint[], %b::int[], %b::int[], %b::text[], %b::int[],"
                " %b::text[], %b::text[], %b::text[], %b::int[], %b::text[], %b::int[])"
                " AS r(id, a, b, t, f, v, lo, hi, l, w, n)", (doc_id, *_columns(sentence_rows, 11)))
            db.execute("INSERT INTO pending_terms (doc_id, lexemes, counts) VALUES (%s, %s, %s)",
                       (doc_id, list(counts), list(counts.values())))
            self._insert_rows("entities", [(base + i, doc_id, *r) for i, r in enumerate(rows.entities)])
            self._insert_rows("mentions", [(base + e, doc_id, label, None if s is None else base + s, a, b, t)
                                           for e, label, s, a, b, t in rows.mentions])
            self._insert_rows("aliases", [(base + i, doc_id, None if e is None else base + e, *r)
                                          for i, (e, *r) in enumerate(rows.aliases)])
            self._insert_rows("sentence_countries", [(c, base + s) for c, s in rows.sentence_countries])
            self._insert_rows("events", [(base + i, doc_id, None if s is None else base + s, *r)
                                         for i, (s, *r) in enumerate(rows.events)])
            self._insert_rows("event_countries", sorted({(base + e, c) for e, c in rows.event_countries}))
            self._insert_rows("timexes", [(doc_id, *r) for r in rows.timexes])
            self._add_expansions(rows.expansions)
            self._bump(len(sentence_rows), sum(n for _w, n in words))
        return True

    #: The columns (and their types) each table's rows are inserted with.
    _ROW_COLUMNS = {
        "entities": (("id", "bigint"), ("doc_id", "text"), ("local_id", "text"), ("label", "text"), ("name", "text"),
                     ("folded", "text"), ("kind", "text"), ("country", "text"), ("variants", "text"),
                     ("aliases", "text"), ("mentions", "int")),
        "mentions": (("entity_id", "bigint"), ("doc_id", "text"), ("label", "text"), ("sentence_id", "bigint"),
                     ("start_char", "int"), ("end_char", "int"), ("text", "text")),
        "aliases": (("id", "bigint"), ("doc_id", "text"), ("entity_id", "bigint"), ("entity", "text"),
                    ("label", "text"), ("alias", "text"), ("folded", "text"), ("type", "text"), ("evidence", "text"),
                    ("start_char", "int"), ("end_char", "int")),
        "sentence_countries": (("country", "text"), ("sentence_id", "bigint")),
        "events": (("id", "bigint"), ("doc_id", "text"), ("sentence_id", "bigint"), ("date_value", "text"),
                   ("date_precision", "text"), ("date_lo", "text"), ("date_hi", "text"), ("kind", "text"),
                   ("polarity", "text"), ("start_char", "int"), ("end_char", "int"), ("record", "text")),
        "event_countries": (("event_id", "bigint"), ("country", "text")),
        "timexes": (("doc_id", "text"), ("start_char", "int"), ("end_char", "int"), ("text", "text"),
                    ("value", "text"), ("precision", "text"), ("resolved_from", "text")),
    }

    def _insert_rows(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        """Insert ``rows`` into ``table`` in one statement (one array per column)."""
        if not rows:
            return
        columns = self._ROW_COLUMNS[table]
        self.db.execute(f"INSERT INTO {table} ({', '.join(c for c, _t in columns)}) SELECT * FROM unnest("
                        + ", ".join(f"%b::{t}[]" for _c, t in columns) + ")", _columns(rows, len(columns)))

    def _copy(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        with self.db.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _add_expansions(self, pairs: Iterable[tuple[str, str, str]]) -> None:
        """Count one more entity behind each (key, form), keeping the accented spelling (the
        longer UTF-8 encoding), as the SQLite store does row by row. Rows are locked in key
        order, so concurrent writers cannot deadlock here."""
        merged: dict[tuple[str, str], list[Any]] = {}
        for key, form, spelling in pairs:
            slot = merged.get((key, form))
            if slot is None:
                merged[(key, form)] = [spelling, 1]
            else:
                slot[1] += 1
                if len(spelling.encode()) > len(slot[0].encode()):
                    slot[0] = spelling
        if not merged:
            return
        ordered = sorted((k, f, s, n) for (k, f), (s, n) in merged.items())
        self.db.execute(
            "INSERT INTO expansions (key, form, spelling, n) SELECT * FROM unnest(%s::text[], %s::text[],"
            " %s::text[], %s::int[]) ON CONFLICT (key, form) DO UPDATE SET n = expansions.n + excluded.n,"
            " spelling = CASE WHEN octet_length(excluded.spelling) > octet_length(expansions.spelling)"
            " THEN excluded.spelling ELSE expansions.spelling END", _columns(ordered, 4))

    # -- documents

    @guarded
    def stored_order(self) -> list[str]:
        return [r["doc_id"] for r in self.db.execute("SELECT doc_id FROM documents ORDER BY seq")]

    def _fold_terms(self, wait: bool = True) -> None:
        """Move the pending word counts into term_counts, in one transaction, unless another
        connection holds the refresher's lock (and ``wait`` is False)."""
        try:
            if wait:
                self.db.execute("SELECT pg_advisory_lock(%s)", (REFRESH_LOCK,))
            elif not self._one("SELECT pg_try_advisory_lock(%s) AS got", (REFRESH_LOCK,))["got"]:
                return
            try:
                self.db.execute(
                    "WITH moved AS (DELETE FROM pending_terms RETURNING lexemes, counts) INSERT INTO term_counts"
                    " (lexeme, n) SELECT u.l, sum(u.c) FROM moved, unnest(moved.lexemes, moved.counts) u(l, c)"
                    " GROUP BY u.l ORDER BY u.l ON CONFLICT (lexeme) DO UPDATE SET n = term_counts.n + excluded.n")
            finally:
                self.db.execute("SELECT pg_advisory_unlock(%s)", (REFRESH_LOCK,))
        except psycopg.Error as exc:
            raise self.failure(exc) from exc

    def refresh(self) -> None:
        """Fold the pending word counts, and rebuild the corpus-entity cache if documents
        changed since it was built. One refresher at a time (an advisory lock); the rebuild
        reads one snapshot and records the generation it saw, so a document saved meanwhile
        makes the cache stale again."""
        self._fold_terms()
        try:
            with self.db.transaction():
                if self._merged_is_current():
                    return
            self.db.execute("SELECT pg_advisory_lock(%s)", (REFRESH_LOCK,))
            try:
                with self.db.transaction():
                    self.db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    if not self._merged_is_current():
                        self._rebuild_merged()
            finally:
                self.db.execute("SELECT pg_advisory_unlock(%s)", (REFRESH_LOCK,))
        except psycopg.Error as exc:
            raise self.failure(exc) from exc
        self._merged_memo = None

    def _rebuild_merged(self) -> None:
        generation = self._generation()
        merged = merge_entities(self._entity_records())
        db = self.db
        for table in ("merged_entities", "merged_members", "merged_forms"):
            db.execute(f"DELETE FROM {table}")
        ent_rows, member_rows, form_rows = [], [], []
        for gid, ent in enumerate(merged, 1):
            members = ent.pop("members")
            ent_rows.append((gid, ent["id"], ent["label"], ent["name"], country_key(ent["country"]),
                             ent["mentions"], bool(ent["aliases"]), json.dumps(ent, ensure_ascii=False)))
            member_rows.extend((m, gid) for m in members)
            forms = {fold_words(f) for f in [ent["name"], *ent["variants"], *ent["aliases"]]}
            form_rows.extend((f, gid) for f in sorted(forms) if f)
        self._copy("merged_entities", ("gid", "id", "label", "name", "country", "mentions", "has_aliases", "record"),
                   ent_rows)
        self._copy("merged_members", ("entity_id", "gid"), member_rows)
        self._copy("merged_forms", ("folded", "gid"), form_rows)
        db.execute("INSERT INTO meta (key, value) VALUES ('merged_generation', %s)"
                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(generation),))

    def _near(self, name: str, entities: list[dict[str, Any]], doc_ids: Scope) -> list[str]:
        """The names and aliases of those of ``entities`` that pg_trgm finds near ``name`` in
        the merged forms, so that suggesting three names does not rank a million: all of them
        when there are few, the query is scoped or the cache stale. :func:`crimecli.merge.suggest`
        then picks, as in the SQLite store."""
        if doc_ids is None and len(entities) > self.trigram_above and self._merged_is_current():
            key = fold_words(name)
            near = {r["id"] for r in self.db.execute(
                "SELECT id FROM merged_entities WHERE gid IN (SELECT gid FROM merged_forms"
                " WHERE folded %% %s ORDER BY similarity(folded, %s) DESC, gid LIMIT 200)", (key, key))}
            entities = [e for e in entities if e["id"] in near]
        return [f for e in entities for f in [e["name"], *e["aliases"]]]

    def _ranked_rows(self, compiled: CompiledQuery, where: list[str], params: list[Any],
                     limit: int) -> list[tuple[dict[str, Any], float]]:
        """The ``limit`` best sentences for ``where`` (whose first clause is the match), with
        their rank (bm25 times -1, as FTS5 gives it): the SQLite store's ranking (see
        ``SQLiteStore._ranked_rows``) with bm25 computed here. Among the latest ``window``
        matches, the rows the ranking expression matches are scored; the rows only the rarer
        names of an expansion match come after them, latest first.

        One scan finds the window and, for each of its rows, whether the ranking expression
        matches and where its words are (from the tsvector: the sentence text is fetched for
        the hits alone); the word counts come from ``term_counts`` (see :meth:`_scorer`)."""
        rank_node = compiled.rank_node
        window = self.rank_window
        if window:
            window = min(window, max(self.rank_floor, self.rank_budget // max(compiled.rank_phrases, 1)))
        terms = phrases(rank_node)
        lexeme = self._lexemes({w for t in terms for w in t.words})
        by_position = all(len(found) == 1 for found in lexeme.values())  # else: read the texts
        if by_position:
            rank_node = _with_words(rank_node, {w: found[0] for w, found in lexeme.items()})
            terms = phrases(rank_node)
        words = sorted({w for t in terms for w in (t.words[:-1] if t.prefix else t.words)})
        prefixes = sorted({like_prefix(t.words[-1]) for t in terms if t.prefix})
        if not by_position:  # the texts, to split as FTS5 does
            places = "s.text"
        elif not prefixes:  # the query's words, each with where it occurs: 'word':3A,7A
            places = "ts_filter(setweight(s.tsv, 'A', %s), '{a}')::text AS places"
        else:  # and the words starting with a prefix
            places = ("ts_filter(setweight(s.tsv, 'A', ARRAY(SELECT u.lexeme FROM unnest(s.tsv) u WHERE"
                      " u.lexeme = ANY(%s) OR u.lexeme LIKE ANY(%s))), '{a}')::text AS places")
        # The window first; then, for its rows alone, where the query's words are.
        sql = ("SELECT s.id, s.ntokens, s.tsv @@ to_tsquery('crimecli', %s) AS ranked, " + places +
               " FROM (SELECT s.id, s.ntokens, s.tsv" + ("" if by_position else ", s.text") +
               " FROM sentences s WHERE " + " AND ".join(where) + " ORDER BY s.id DESC" +
               (" LIMIT %s" if window else "") + ") s ORDER BY s.id DESC")
        args = [tsquery(compiled.rank_node)]
        if by_position:
            args += [words, prefixes] if prefixes else [words]
        counts_sql, counts_args, scorer_from = self._scorer(rank_node, compiled.rank_node,
                                                            lexeme if by_position else None)
        with self.db.pipeline():  # the window and the word counts in one round trip
            window_rows = self.db.execute(self._sql(sql), [*args, *params, *([window] if window else [])])
            counts = self.db.execute(counts_sql, counts_args)
        found = window_rows.fetchall()
        ranked: list[tuple[int, float]] = []
        candidates = [r for r in found if r["ranked"]]
        if candidates:
            scorer = scorer_from(counts.fetchone())
            for r in candidates:
                if by_position:
                    score = scorer.score_positions(_places(r["places"]), r["ntokens"])
                else:
                    score = scorer.score(r["text"])
                ranked.append((r["id"], -1.0 * score))
            ranked = sorted(ranked, key=lambda pair: (pair[1], pair[0]))[:limit]
        if compiled.rank_match and len(ranked) < limit:
            kept = {i for i, _rank in ranked}
            ranked += [(r["id"], 0.0) for r in found if r["id"] not in kept][:limit - len(ranked)]
        rows = {r["id"]: r for r in self.db.execute(f"SELECT {HIT} FROM sentences s JOIN documents d"
                                                    " ON d.doc_id = s.doc_id WHERE s.id = ANY(%s)",
                                                    ([i for i, _ in ranked],))}
        return [(rows[i], rank) for i, rank in ranked]

    def _word_counts(self, sentences: list[list[str]]) -> dict[str, int]:
        """How many of ``sentences`` (each a list of words) hold each lexeme, by lexeme: what
        ``ts_stat`` counts of their tsvectors."""
        lexemes = self._lexemes({w for words in sentences for w in words})
        counts: Counter[str] = Counter()
        for words in sentences:
            counts.update({x for w in set(words) for x in lexemes[w]})
        return dict(sorted(counts.items()))

    def _lexemes(self, words: Iterable[str]) -> dict[str, list[str]]:
        """Each word (as :func:`crimecli.search.fts_tokens` gives it) as the lexemes the
        ``crimecli`` configuration makes of it: an ASCII word is its own lexeme; others are
        asked of the server once per connection (unaccent makes "ss" of "ß", "l" of "ł")."""
        words = set(words)
        missing = sorted(w for w in words if not w.isascii() and w not in self._lexeme_of)
        if missing:
            if len(self._lexeme_of) > 100_000:
                self._lexeme_of.clear()
            self._lexeme_of.update((r["word"], r["lexemes"]) for r in self.db.execute(
                "SELECT w AS word, tsvector_to_array(to_tsvector('crimecli', w)) AS lexemes"
                " FROM unnest(%s::text[]) w", (missing,)))
        return {w: (self._lexeme_of[w] if not w.isascii() else [w] if len(w) <= MAX_WORD else []) for w in words}

    def _scorer(self, node: Node, query: Node, lexeme: Mapping[str, list[str]] | None
                ) -> tuple[str, list[Any], Callable[[Mapping[str, Any]], BM25]]:
        """bm25 for ``node`` over the whole store: the SQL (and its parameters) counting the
        sentences, their tokens and the sentences each phrase matches, as FTS5 counts them
        (every sentence, whatever the filters), and what makes the scorer of its row. A word is
        counted in ``term_counts`` and the pending rows; phrases and prefixes through the index.
        ``query`` is ``node`` as the user's words (``lexeme`` maps them to ``node``'s)."""
        columns: dict[tuple[str, tuple[str, ...]], str] = {}  # (SQL, its parameters) -> column
        keys = []
        for term in phrases(query):
            if lexeme is not None and len(term.words) == 1 and not term.prefix:
                key = (_WORD_COUNT, (lexeme[term.words[0]][0],) * 3)
            else:
                key = (_PHRASE_COUNT, (tsquery(term),))
            keys.append(key)
            columns.setdefault(key, f"n{len(columns)}")
        sql = "SELECT sentences, tokens" + "".join(f", {sql} AS {name}" for (sql, _a), name in columns.items())

        def scorer(row: Mapping[str, Any]) -> BM25:
            return BM25(node, int(row["sentences"]), int(row["tokens"]), [int(row[columns[k]]) for k in keys])

        return sql + " FROM stats", [a for _sql, args in columns for a in args], scorer

    # -- upkeep

    def check(self, *, full: bool = True) -> dict[str, Any]:
        """Schema version, missing tables, the search statistics against the rows, and counts.
        Damage is reported in ``problems``, never raised."""
        problems: list[str] = []
        report: dict[str, Any] = {"store": self.location, "ok": True, "problems": problems,
                                  "schema_version": None, "migrations": [], "pending_migrations": [],
                                  "counts": {}}
        try:
            with self.db.transaction():
                cur = self.db.cursor(row_factory=psycopg.rows.tuple_row)
                names = migrations.applied(cur)
                report["migrations"] = names
                report["schema_version"] = len(names)
                report["pending_migrations"] = [fn.__name__ for fn in pending(names, MIGRATIONS)]
                missing = migrations.missing_tables(cur, names)
                problems.extend(f"table {name} is missing" for name in missing)
                absent = set(missing) | {t for t, m in migrations.TABLES.items() if m not in names}
                if full and not {"sentences", "stats"} & absent:
                    stats = self._one("SELECT sentences, tokens FROM stats")
                    real = self._one("SELECT count(*) AS sentences, coalesce(sum(ntokens), 0) AS tokens,"
                                     " count(*) FILTER (WHERE ntokens > 0 AND tsv = ''::tsvector) AS empty"
                                     " FROM sentences")
                    if (int(stats["sentences"]), int(stats["tokens"])) != (int(real["sentences"]), int(real["tokens"])):
                        problems.append("the search statistics are out of step with the sentences; "
                                        "crimecli store reindex rebuilds them")
                    if real["empty"]:
                        problems.append(f"{real['empty']:,} sentences are missing from the search index; "
                                        "crimecli store reindex rebuilds it")
                    wrong = self._one(
                        "SELECT count(*) AS n FROM (SELECT word COLLATE \"C\" AS word, ndoc FROM ts_stat("
                        "'SELECT tsv FROM sentences')) a FULL JOIN (SELECT l, sum(c) AS n FROM (SELECT lexeme AS l, n AS c"
                        " FROM term_counts UNION ALL SELECT u.l, u.c FROM pending_terms p, unnest(p.lexemes, p.counts)"
                        " u(l, c)) x GROUP BY l HAVING sum(c) > 0) b ON a.word = b.l WHERE a.ndoc IS DISTINCT FROM b.n")
                    if wrong["n"]:
                        problems.append(f"the word counts of {wrong['n']:,} words are out of step with the "
                                        "sentences; crimecli store reindex rebuilds them")
                for table in COUNTED:
                    if table not in absent:
                        report["counts"][table] = int(self._one(f"SELECT count(*) AS n FROM {table}")["n"])
        except psycopg.Error as exc:
            problems.append(f"the store cannot be read ({_scrub(exc, self.url)})")
        report["ok"] = not problems
        return report

    def reindex(self) -> dict[str, Any]:
        """Rebuild the search vectors and statistics, the alias expansions and the merged
        entities from the documents' own rows; then :meth:`check`."""
        try:
            with self.db.transaction():
                cur = self.db.cursor(row_factory=psycopg.rows.tuple_row)
                base = [t for t in migrations.missing_tables(cur, migrations.applied(cur))
                        if t not in migrations.DERIVED]
                if base:
                    raise StoreDamagedError(f"cannot repair the store {self.location} (table "
                                            f"{', '.join(base)} missing): reindex rebuilds only the "
                                            "search index and the derived tables; ingest your files "
                                            "into a new --store")
                migrations.migrate(cur)
                ids, texts = [], []
                for r in self.db.execute("SELECT id, text FROM sentences"):
                    ids.append(r["id"])
                    texts.append(r["text"])
                words = [index_words(t) for t in texts]
                self.db.execute(
                    "UPDATE sentences s SET tsv = to_tsvector('crimecli', r.w), ntokens = r.n FROM"
                    " unnest(%s::bigint[], %s::text[], %s::int[]) AS r(id, w, n) WHERE s.id = r.id",
                    (ids, [w for w, _n in words], [n for _w, n in words]))
                self.db.execute("UPDATE stats SET generation = generation + 1, sentences = %s, tokens = %s",
                                (len(ids), sum(n for _w, n in words)))
                self.db.execute("DELETE FROM pending_terms")
                self.db.execute("DELETE FROM term_counts")
                self.db.execute("INSERT INTO term_counts (lexeme, n) SELECT word, ndoc FROM ts_stat("
                                "'SELECT tsv FROM sentences')")
                self.db.execute("DELETE FROM expansions")
                self._add_expansions(p for r in self.db.execute(
                    "SELECT label, name, variants, aliases FROM entities")
                    for p in expansion_pairs(r["label"], r["name"], json.loads(r["variants"]),
                                             json.loads(r["aliases"])))
                self.db.execute("DELETE FROM meta WHERE key = 'merged_generation'")
        except psycopg.Error as exc:
            raise self.failure(exc) from exc
        self.refresh()
        return self.check()


_PLACE = re.compile(r"'((?:[^'\\]|''|\\.)*)':([0-9A-D,]+)")
_ESCAPED = re.compile(r"''|\\(.)")


def _places(text: str | None) -> dict[str, list[int]]:
    """Word -> positions, from a tsvector's text (``'word':3A,7A 'it''s':2A``)."""
    return {_ESCAPED.sub(lambda e: e.group(1) or "'", m.group(1)): [int(p.rstrip("ABCD")) for p in m.group(2).split(",")]
            for m in _PLACE.finditer(text or "")}


def _with_words(node: Node, lexeme: Mapping[str, str]) -> Node:
    """``node`` with each word of its terms replaced by ``lexeme[word]``."""
    if isinstance(node, Term):
        return Term(node.text, tuple(lexeme[w] for w in node.words), node.prefix, node.quoted)
    if isinstance(node, Any_):
        return Any_([_with_words(i, lexeme) for i in node.items], node.expansion_of)
    return All([_with_words(p, lexeme) for p in node.positives], [_with_words(n, lexeme) for n in node.negatives])


__all__ = ["PostgresStore", "URL_SCHEMES", "connection_error", "mask_url", "tsquery"]
