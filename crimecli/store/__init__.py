"""crimecli's store: where documents and what was found in them are kept, and queried.

- :mod:`crimecli.store.protocol`: :class:`CorpusStore`, the interface every store implements
  (what crimecli.api, crimecli.ingest and crimecli.cli call);
- :mod:`crimecli.store.sqlite`: :class:`SQLiteStore`, the default store (one SQLite file);
- :mod:`crimecli.store.postgres`: ``PostgresStore``, a PostgreSQL database shared by a team
  (psycopg is an optional extra: ``pip install 'crimecli[postgres]'``);
- :mod:`crimecli.store.migrations`, :mod:`crimecli.store.pg_migrations`: their schemas, as
  named migrations;
- :mod:`crimecli.store.records`: one document's rows built in pure Python (:func:`prepare`),
  the stored record read back, and answers built the same way by both stores;
- :mod:`crimecli.store.ranking`: FTS5's bm25, for the PostgreSQL store's search.

:func:`open_store` opens the store a ``--store`` value names. ``Store`` is the SQLite store.
"""

from __future__ import annotations

from pathlib import Path

from crimecli.errors import StoreError, StoreTooNewError
from crimecli.store.migrations import MIGRATIONS
from crimecli.store.protocol import CorpusStore, Scope
from crimecli.store.records import Prepared, date_bounds, prepare
from crimecli.store.sqlite import SQLiteStore

Store = SQLiteStore

#: URL schemes ``--store`` accepts besides a plain file path, with what each means.
SCHEMES = {"sqlite": "sqlite:///PATH (a SQLite file)",
           "postgresql": "postgresql://USER@HOST[:PORT]/DB (a PostgreSQL database; also postgres://)"}
POSTGRES_SCHEMES = ("postgresql", "postgres")


def open_store(location: str | Path, *, write: bool = False, verify: bool = True) -> CorpusStore:
    """The store at ``location``: a SQLite file path, or a URL of a scheme in :data:`SCHEMES`.

    ``write=False`` (queries) never creates or changes anything and raises StoreMissingError if
    there is no store there; ``write=True`` creates it if needed (a PostgreSQL database must
    exist; the store's tables are created in it). ``verify=False`` opens a damaged store as it
    is, for ``check`` and ``reindex``.
    """
    text = str(location)
    scheme, separator, rest = text.partition("://")
    if separator:
        scheme = scheme.lower()
        if scheme in POSTGRES_SCHEMES:
            from crimecli.store.postgres import PostgresStore  # psycopg only when asked for

            return PostgresStore(text, write=write, verify=verify)
        if scheme != "sqlite":
            accepted = "; ".join(["a SQLite file path", *SCHEMES.values()])
            raise StoreError(f"unknown store URL scheme {scheme!r}; --store takes {accepted}")
        text = rest
        if not text:
            raise StoreError(f"no path in the store URL {location!r}; e.g. sqlite:///home/me/crimecli.sqlite")
    return SQLiteStore(text, write=write, verify=verify)


def open_cache(location: str | Path) -> tuple[CorpusStore, str | None]:
    """The corpus cache (``--corpus`` and the bundled sample) at ``location``, and a note when it
    had to be started afresh.

    The cache holds only extractions crimecli can make again, so one written by a newer crimecli
    (after a downgrade, or a second install beside the first) is not a reason to refuse a
    query: it is set aside as ``<name>.newer`` (kept, never deleted) and a new cache is made.
    A store named with ``--store`` is never treated so.
    """
    try:
        return open_store(location, write=True), None
    except StoreTooNewError:
        old = Path(location)
        aside = old.with_name(old.name + ".newer")
        old.replace(aside)
        note = (f"the corpus cache {old} was written by a newer crimecli: kept as {aside.name}, "
                "and a new cache started")
        return open_store(old, write=True), note


def is_server_url(location: str | Path | None) -> bool:
    """Does ``location`` name a database server (not a file)?"""
    scheme, separator, _rest = str(location or "").partition("://")
    return bool(separator) and scheme.lower() in POSTGRES_SCHEMES


__all__ = ["MIGRATIONS", "POSTGRES_SCHEMES", "SCHEMES", "is_server_url", "open_cache", "CorpusStore", "Prepared", "SQLiteStore", "Scope", "Store",
           "date_bounds", "open_store", "prepare"]
