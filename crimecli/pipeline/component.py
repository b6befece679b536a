"""The shape every crimecli component with data shares, the way spaCy's own rulers do it.

The data a component's rules read (lexicons, entries, trigger phrases) is loaded from the
package in ``initialize()`` and saved with the pipeline (``to_disk``/``from_disk``,
``to_bytes``/``from_bytes``), so a pipeline loaded with ``spacy.load`` has it without
re-reading and re-deriving the shipped files. A component used before either raises at once
instead of running with empty lexicons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList, ensure_path

DATA_FILE = "data.msgpack"


def plain(value: Any) -> Any:
    """``value`` as what it will be after a save and a load: mappings as dicts, sequences and
    sets as lists (sets sorted), so a component holds the same data either way."""
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(plain(item) for item in value)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


class NotInitializedError(RuntimeError):
    """A component ran before ``initialize()`` or ``from_disk()`` gave it its data."""


class DataComponent:
    """Base of crimecli's components that read data: subclasses implement ``load_data()``
    (package files -> plain JSON-able values) and ``setup(data)`` (values -> look-up tables)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.data: dict[str, Any] | None = None

    # -- to be implemented ---------------------------------------------------------------
    def load_data(self) -> dict[str, Any]:
        raise NotImplementedError

    def setup(self, data: dict[str, Any]) -> None:
        raise NotImplementedError

    # -- spaCy's component protocol ------------------------------------------------------
    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None) -> None:
        """Load this component's data from the package files."""
        self._use(plain(self.load_data()))

    def require_data(self) -> None:
        if self.data is None:
            raise NotInitializedError(
                f"{self.name} has no data: call nlp.initialize() (or load a saved pipeline) first")

    def _use(self, data: dict[str, Any]) -> None:
        self.setup(data)
        self.data = data

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        self.require_data()
        return srsly.msgpack_dumps(self.data)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> DataComponent:
        self._use(srsly.msgpack_loads(bytes_data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        self.require_data()
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / DATA_FILE, self.data)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> DataComponent:
        self._use(srsly.read_msgpack(ensure_path(path) / DATA_FILE))
        return self
