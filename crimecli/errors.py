"""Errors a user can cause. The CLI turns each into one stderr line and exit code 1."""

from __future__ import annotations

#: How much of a user's text an error message repeats (a 10 KB query is not echoed whole).
SHOWN_CHARACTERS = 60


def shown(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """User text quoted for an error message, cut to ``limit`` characters."""
    if len(text) > limit:
        return repr(text[: limit - 1] + "…") + f" ({len(text):,} characters)"
    return repr(text)


class CrimecliError(Exception):
    """Base class: ``str(error)`` is the one line shown to the user."""

    exit_code = 1


class InputError(CrimecliError):
    """A file or folder that cannot be read as a document (missing, binary, empty...)."""


class QueryError(CrimecliError):
    """A malformed search query, date or filter value."""


class UnknownCountryError(QueryError):
    """A country name we do not know; the message suggests the nearest ones."""


class UnknownNameError(QueryError):
    """An entity name not in the corpus; the message suggests the nearest ones."""


class ModelError(CrimecliError):
    """A spaCy model was asked for but is not installed."""


class StoreError(CrimecliError):
    """The store cannot be opened or is from an incompatible version."""


class StoreTooNewError(StoreError):
    """The store was written by a newer crimecli (a migration this one does not know)."""


class StoreMissingError(StoreError):
    """A query was pointed at a store that does not exist (queries never create one)."""


class StoreDamagedError(StoreError):
    """The store's file is damaged: a table is missing or SQLite finds it malformed."""


class ClusterError(CrimecliError):
    """A Dask cluster that cannot be reached or used (``ingest --cluster``)."""
