"""crimecli's store: where documents and what was found in them are kept, and queried.

- :mod:`crimecli.store.protocol`: :class:`CorpusStore`, the interface every store implements
  (what crimecli.api, crimecli.ingest and crimecli.cli call);
- :mod:`crimecli.store.sqlite`: :class:`SQLiteStore`, the default store (one SQLite file);
- :mod:`crimecli.store.migrations`: its schema, as named migrations;
- :mod:`crimecli.store.records`: one document's rows built in pure Python (:func:`prepare`),
  and the stored record read back.

:func:`open_store` opens the store a ``--store`` value names. ``Store`` is the SQLite store.
"""

from __future__ import annotations

from pathlib import Path

from crimecli.errors import StoreError
from crimecli.store.migrations import MIGRATIONS
from crimecli.store.protocol import CorpusStore, Scope
from crimecli.store.records import Prepared, date_bounds, prepare
from crimecli.store.sqlite import SQLiteStore

Store = SQLiteStore

#: URL schemes ``--store`` accepts besides a plain file path, with what each means.
SCHEMES = {"sqlite": "sqlite:///PATH (a SQLite file)"}


def open_store(location: str | Path, *, write: bool = False, verify: bool = True) -> CorpusStore:
    """The store at ``location``: a SQLite file path, or a URL of a scheme in :data:`SCHEMES`.

    ``write=False`` (queries) never creates or changes anything and raises StoreMissingError if
    there is no store there; ``write=True`` creates it if needed. ``verify=False`` opens a
    damaged store as it is, for ``check`` and ``reindex``.
    """
    text = str(location)
    scheme, separator, rest = text.partition("://")
    if separator:
        if scheme.lower() != "sqlite":
            accepted = "; ".join(["a SQLite file path", *SCHEMES.values()])
            raise StoreError(f"unknown store URL scheme {scheme!r}; --store takes {accepted}")
        text = rest
        if not text:
            raise StoreError(f"no path in the store URL {location!r}; e.g. sqlite:///home/me/crimecli.sqlite")
    return SQLiteStore(text, write=write, verify=verify)


__all__ = ["MIGRATIONS", "SCHEMES", "CorpusStore", "Prepared", "SQLiteStore", "Scope", "Store",
           "date_bounds", "open_store", "prepare"]
