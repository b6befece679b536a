"""Settings and paths. Every path has an environment override (tests point them at tmp dirs)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "crimecli"


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The SQLite store: ``--store``, else ``CRIMECLI_STORE``, else the user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("CRIMECLI_STORE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME)) / "store.sqlite"


def cache_path() -> Path:
    """Store used for ``--corpus`` and the bundled sample: extractions cached by content hash."""
    env = os.environ.get("CRIMECLI_CACHE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME)) / "corpus-cache.sqlite"


def model_name(explicit: str | None = None) -> str | None:
    """A spaCy model to layer our rules on: ``--model``, else ``CRIMECLI_MODEL``, else none."""
    return explicit or os.environ.get("CRIMECLI_MODEL") or None


def bundled_seeds() -> Path:
    """The sample corpus: inside the installed package, or ``seeds/`` beside it in a checkout."""
    packaged = resources.files("crimecli") / "seeds"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "seeds"


def data_file(name: str) -> Path:
    """A shipped data file in ``crimecli/data``."""
    return Path(str(resources.files("crimecli") / "data" / name))
