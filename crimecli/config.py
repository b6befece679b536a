"""Settings and paths. Every path has an environment override (tests point them at tmp dirs)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "crimecli"


def explicit_store(explicit: str | os.PathLike[str] | None = None) -> str | None:
    """The store the user named: ``--store``, else ``CRIMECLI_STORE``, else None. A path or a
    URL, as given (a URL's ``//`` must survive, so no Path here)."""
    if explicit:
        return os.fspath(explicit)
    return os.environ.get("CRIMECLI_STORE") or None


def default_store_path() -> Path:
    """The store used when none is named: ``store.sqlite`` in ``CRIMECLI_DATA_DIR``, else in
    the user data dir."""
    folder = os.environ.get("CRIMECLI_DATA_DIR")
    if folder:
        return Path(folder).expanduser() / "store.sqlite"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME)) / "store.sqlite"


def store_location(explicit: str | os.PathLike[str] | None = None) -> str:
    """The store: ``--store``, else ``CRIMECLI_STORE``, else the default store."""
    named = explicit_store(explicit)
    return os.path.expanduser(named) if named else str(default_store_path())


def cluster_address(explicit: str | None = None) -> str | None:
    """The Dask cluster to ingest on: ``--cluster``, else ``CRIMECLI_CLUSTER``, else none."""
    return explicit or os.environ.get("CRIMECLI_CLUSTER") or None


def cache_path() -> Path:
    """Store used for ``--corpus`` and the bundled sample: extractions cached by content hash."""
    env = os.environ.get("CRIMECLI_CACHE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME)) / "corpus-cache.sqlite"


def pipeline_cache_dir() -> Path:
    """Where the built pipeline is saved (``crimecli.nlp``): a ``pipelines`` folder beside the
    corpus cache, so ``CRIMECLI_CACHE`` moves both."""
    return cache_path().parent / "pipelines"


def model_name(explicit: str | None = None) -> str | None:
    """A spaCy model to layer our rules on: ``--model``, else ``CRIMECLI_MODEL``, else none."""
    return explicit or os.environ.get("CRIMECLI_MODEL") or None


def bundled_seeds() -> Path:
    """The sample corpus: inside the installed package, or ``seeds/`` beside it in a checkout."""
    packaged = resources.files("crimecli") / "seeds"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "seeds"
