"""Every path crimecli writes to points into tmp dirs (llm's tests/conftest.py habit)."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOLD = REPO / "benchmarks" / "gold" / "seeds.gold.json"


def _load(folder: str, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def benchmark(name: str) -> ModuleType:
    """A script of benchmarks/ imported as a module, so tests reuse the scorers' own code."""
    return _load("benchmarks", name)


@cache
def script(name: str) -> ModuleType:
    """A script of scripts/ imported as a module (e.g. the command list of build_command_docs)."""
    return _load("scripts", name)


@pytest.fixture(scope="session")
def corpus_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One extraction cache for the whole run, so the sample corpus is processed once."""
    return tmp_path_factory.mktemp("cache") / "corpus-cache.sqlite"


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, corpus_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default store (absent until something is ingested) lives in tmp_path; no store is
    named, so query commands answer from the bundled sample until one is."""
    monkeypatch.setenv("CRIMECLI_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("CRIMECLI_STORE", raising=False)
    monkeypatch.setenv("CRIMECLI_CACHE", str(corpus_cache))  # the saved pipeline goes beside it
    monkeypatch.delenv("CRIMECLI_MODEL", raising=False)
    return tmp_path / "store.sqlite"


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
