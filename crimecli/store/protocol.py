"""What crimecli asks of a store: the one interface every store implements.

Two stores implement it with the same answers: :class:`crimecli.store.sqlite.SQLiteStore` (one
file, the default) and :class:`crimecli.store.postgres.PostgresStore` (a shared database).
crimecli.api, crimecli.ingest and crimecli.cli call nothing else on a store.

Conventions every implementation keeps:

- Documents are keyed by ``doc_id`` (a content hash). One document may have been found at
  several paths; ``file`` in answers is the path it was first stored from, unless the caller
  scoped the query with a mapping ``{doc_id: path}`` (see ``Scope``), which names each document
  by the path given.
- ``ref`` (a user's reference to a document) is a doc_id, a doc_id prefix of 4+ characters, a
  path or a file name. Ambiguous references raise :class:`crimecli.errors.QueryError`.
- Dates given to filters are ISO values (``2010``, ``2010-07``, ``2010-07-22``); an event or
  sentence passes when its date's interval overlaps the range.
- A store opened for reading never writes. Derived data (the corpus-wide merged entities) is
  refreshed by :meth:`CorpusStore.refresh` after writing, or computed in memory when stale.
- Every failure a user can cause or meet (a missing, busy, read-only or damaged store) is a
  :class:`crimecli.errors.StoreError` with a one-line message, never a driver exception.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, Self, runtime_checkable

from crimecli.models import Event, Extraction
from crimecli.store.records import Prepared

#: Which documents a query answers from: None for all of them, doc_ids, or doc_id -> the path
#: to name each by (``--corpus DIR`` answers with the files under DIR, whatever other paths
#: the same content was stored from).
Scope = Sequence[str] | Mapping[str, str] | None


@runtime_checkable
class CorpusStore(Protocol):
    """A crimecli store: documents, their records, search and the corpus-wide views."""

    #: Where the store lives, for messages (a path, or a URL without its password).
    location: str

    # -- lifecycle

    def close(self) -> None:
        """Release the connection; the store is unusable afterwards."""

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def own_files(self) -> list[Path]:
        """Files the store itself writes (ingest never reads them as documents); [] for a server."""

    # -- writing (a store opened for writing)

    def known(self, doc_id: str, pipeline_version: str) -> bool:
        """Is this content stored by this pipeline version, with no pipeline stage failed on it
        (``Prepared.failed_stages``)? (Then ingest skips the NLP.)"""

    def add_path(self, doc_id: str, file: str) -> str:
        """Record ``file`` as a path of the stored document ``doc_id`` (ingest, for content it
        need not extract again): "unchanged", or "replaced" when the path named other content,
        which no longer has it (and is dropped when no path is left)."""

    def save(self, extraction: Extraction, pipeline_version: str) -> str:
        """:meth:`save_prepared` of :func:`crimecli.store.records.prepare` ``(extraction)``."""

    def save_prepared(self, rows: Prepared) -> str:
        """Store one document's rows in one transaction: "added", "replaced" (the same path
        held other content, or this content was stored by another pipeline version or while a
        pipeline stage failed on it: the old rows are gone) or "unchanged" (stored already; its
        path is recorded). ``rows.failed_stages`` is kept with the document."""

    def delete(self, ref: str) -> dict[str, Any] | None:
        """Forget one document (all its paths); its :meth:`documents` entry, or None if no
        document matches ``ref``."""

    def refresh(self) -> None:
        """Bring derived data (merged entities) up to date after writes; cheap when current."""

    # -- documents

    def is_empty(self) -> bool: ...

    def count_documents(self) -> int: ...

    def documents(self, doc_ids: Scope = None) -> list[dict[str, Any]]:
        """Stored documents, sorted by file: ``{"file", "files", "doc_id", "title", "published",
        "words", "body_end", "pipeline_version", "added_at", "failed_stages", "articles"}`` (no
        text); ``files`` lists every path, the first being ``file``; ``failed_stages`` the
        pipeline stages that failed on it ([] when none did); ``articles`` the articles the file
        holds, ``{"title", "published", "start", "end"}`` each."""

    def stored_order(self) -> list[str]:
        """Every doc_id, in the order the documents were stored (search's window and its ties
        go by it; ``store copy`` stores documents in this order so the copy answers alike)."""

    def document(self, ref: str, *, with_text: bool = True) -> dict[str, Any] | None:
        """One document (as in :meth:`documents`, plus ``text``) by ``ref``; None if none
        matches. ``file`` is the path ``ref`` named when it named one."""

    def extraction(self, doc_id: str, file: str | None = None) -> Extraction:
        """A stored document's records, as the pipeline produced them (``file`` names it by
        another of its paths). KeyError if not stored."""

    # -- queries

    def search(self, query: str, *, label: str | None = None, entity: str | None = None,
               country: str | None = None, since: str | None = None, until: str | None = None,
               file: str | None = None, doc_ids: Scope = None, limit: int = 20,
               expand_aliases: bool = True) -> list[dict[str, Any]]:
        """Sentences matching ``query`` (crimecli.search syntax, alias-expanded), best first:
        ``{"file", "doc_id", "title", "sentence", "start", "end", "score", "entities", "date",
        "in_footnote", "highlight"}``; ``title`` is that of the article the sentence is in, and
        ``date`` its event's date, else its article's."""

    def entities(self, doc_ids: Scope = None, label: str | None = None,
                 country: str | None = None) -> list[dict[str, Any]]:
        """Entities merged across documents (crimecli.merge): ``{"id", "ids", "label", "name",
        "variants", "aliases", "kind", "country", "mentions", "documents"}`` (``ids``: the
        per-document ids merged into the entity, ``id`` first)."""

    def aliases(self, name: str | None = None, doc_ids: Scope = None, label: str | None = None,
                country: str | None = None) -> list[dict[str, Any]]:
        """:meth:`entities` that have aliases, each with ``evidence`` (alias records with
        ``file``); ``name`` keeps those known by it (UnknownNameError if none)."""

    def suggest_names(self, name: str, doc_ids: Scope = None, label: str | None = None,
                      country: str | None = None, limit: int = 3) -> list[str]:
        """Names and aliases of corpus entities nearest to ``name`` (for "did you mean"),
        nearest first, as :func:`crimecli.merge.suggest` ranks them."""

    def events(self, doc_ids: Scope = None, *, country: str | None = None,
               since: str | None = None, until: str | None = None) -> list[Event]:
        """Events with ``file`` set, by date (undated last), then file and position."""

    # -- upkeep

    def check(self, *, full: bool = True) -> dict[str, Any]:
        """Integrity and contents: ``{"store", "ok", "problems", "schema_version",
        "migrations", "counts"}``. Never raises for damage: it reports it."""

    def reindex(self) -> dict[str, Any]:
        """Rebuild the search index and the derived tables from the document rows; then
        :meth:`check` ``(full=True)``."""
