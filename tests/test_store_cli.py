"""The store as a user meets it (issue 10): damaged files, a read-only store, a writer holding
the lock, a mistyped --store, the same content at two paths; `crimecli documents` and
`crimecli store`.

Stores are built once per module from two short seed articles with the real pipeline, then
copied, damaged, locked or made read-only per test. Every command is run as a user runs it
(Typer's CliRunner, or a subprocess where another user or process is involved).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimecli.cli import app
from crimecli.store import MIGRATIONS

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()

SHOWN = "001_166c45b11a889520.txt"
QUERIES = [["search", "cooperation"], ["entities"], ["aliases"], ["timeline", "Colombia"],
           ["show", SHOWN], ["documents"]]

STORY = (
    "Colombia and Venezuela agree to cooperate\n\n"
    "On 4 October 2022, Colombia's defence minister met Venezuela's interior minister in Caracas. "
    "Wilber Varela, alias \"Jabon\", was killed in Venezuela in January 2008, police said.\n"
)


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env)


def one_line_error(result, *words: str) -> None:
    """Exit 1, a single stderr line naming ``words``, no traceback."""
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for word in words:
        assert word in lines[0], lines[0]


def answers(store: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """What each query command prints (JSON) over ``store``; every one must succeed."""
    out = {}
    for query in QUERIES:
        result = run(*query, "--store", str(store), "--json", env=env)
        assert result.exit_code == 0, (query, result.stderr)
        out[query[0]] = result.stdout
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path]) -> tuple[Path, dict[str, str]]:
    """A store of two seed articles, and what every query command answers over it."""
    path = tmp_path_factory.mktemp("built") / "store.sqlite"
    files = [f for f in seed_files if f.name[:3] in ("001", "002")]
    result = run("ingest", *map(str, files), "--store", str(path), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    baseline = answers(path)
    assert all(json.loads(v) for v in baseline.values())  # every query finds something here
    return path, baseline


@pytest.fixture
def store(built: tuple[Path, dict[str, str]], tmp_path: Path) -> Path:
    """A fresh copy of the built store, to damage, lock or remove from."""
    copy = tmp_path / "copy" / "store.sqlite"
    copy.parent.mkdir()
    shutil.copy(built[0], copy)
    return copy


def make_stale(path: Path) -> None:
    """As after an interrupted ingest: documents changed since the merged entities were built."""
    db = sqlite3.connect(path)
    db.execute("DELETE FROM meta WHERE key = 'merged_generation'")
    db.commit()
    db.close()


# ---------------------------------------------------------------- damaged stores


@pytest.mark.parametrize("table", ["documents", "entities", "sentences_fts", "merged_entities", "expansions"])
def test_a_dropped_table_is_one_line_and_exit_1(store: Path, built, seed_files: list[Path], table: str):
    db = sqlite3.connect(store)
    db.execute(f"DROP TABLE {table}")
    db.commit()
    db.close()
    for query in QUERIES:
        one_line_error(run(*query, "--store", str(store), "--json"), "is damaged", table,
                       "crimecli store check")
    one_line_error(run("ingest", str(seed_files[0]), "--store", str(store)), "is damaged")
    check = run("store", "check", "--store", str(store), "--json")
    assert check.exit_code == 1
    [report] = json.loads(check.stdout)
    assert f"table {table} is missing" in report["problems"]

    repaired = run("store", "reindex", "--store", str(store), "--json")
    if table in ("documents", "entities"):  # the documents' own rows: only re-ingesting mends that
        one_line_error(repaired, "cannot repair", "new --store")
    else:  # derived: rebuilt from the rows, and every answer is as before
        assert repaired.exit_code == 0, repaired.stderr
        assert json.loads(repaired.stdout)[0]["ok"]
        assert answers(store) == built[1]


def overwrite(path: Path, offset: int, size: int, seed: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(random.Random(seed).randbytes(size))


def test_random_bytes_over_the_store_are_detected_or_harmless(store: Path, built, tmp_path: Path):
    """Each query either answers exactly as before (the damage lies where it does not read) or
    says in one line that the store is damaged; `store check` finds the damage."""
    size = store.stat().st_size
    detected = 0
    # The schema page, then spots across the file.
    for n, offset in enumerate([200, size // 5, size // 2, size * 4 // 5]):
        damaged = tmp_path / f"damaged{n}.sqlite"
        shutil.copy(store, damaged)
        overwrite(damaged, offset, min(16384, size - offset), seed=n)
        changed = False
        for query in QUERIES:
            result = run(*query, "--store", str(damaged), "--json")
            if result.exit_code == 0:
                assert result.stdout == built[1][query[0]], (offset, query)
            else:
                one_line_error(result, "is damaged", "crimecli store check")
                changed = True
        check = run("store", "check", "--store", str(damaged))
        assert check.exit_code in (0, 1) and isinstance(check.exception, SystemExit | None)
        if check.exit_code == 1:
            assert "DAMAGED" in check.stdout and "to repair" in check.stdout
            detected += 1
        else:
            assert not changed, f"queries failed at offset {offset} but store check saw nothing"
    assert detected >= 2


def test_a_corrupt_search_index_is_rebuilt(store: Path, built):
    db = sqlite3.connect(store)
    db.execute("DELETE FROM sentences_fts_docsize WHERE id % 3 = 0")  # out of step with the rows
    db.commit()
    db.close()
    check = run("store", "check", "--store", str(store))
    assert check.exit_code == 1 and "search index is out of step" in check.stdout
    assert run("store", "reindex", "--store", str(store)).exit_code == 0
    assert run("store", "check", "--store", str(store)).exit_code == 0
    assert answers(store) == built[1]


def test_store_check_reports_counts_and_schema(store: Path):
    result = run("store", "check", "--store", str(store), "--json")
    assert result.exit_code == 0, result.stderr
    [report] = json.loads(result.stdout)
    assert report["ok"] and report["problems"] == [] and report["pending_migrations"] == []
    assert report["schema_version"] == len(MIGRATIONS)
    assert report["migrations"] == [fn.__name__ for fn in MIGRATIONS]
    assert report["counts"]["documents"] == 2 and report["counts"]["sentences"] > 20
    table = run("store", "check", "--store", str(store))
    assert "documents: 2" in table.stdout and "integrity: ok" in table.stdout


# ---------------------------------------------------------------- queries only read


def other_user() -> Callable[[list[str], dict[str, str]], subprocess.CompletedProcess] | None:
    """A way to run ``python -m crimecli ...`` as an unprivileged user, or None.

    As root (where file modes do not bind) that is `setpriv` to nobody with an interpreter
    nobody may run; as anyone else, ourselves.
    """
    paths = [str(REPO), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]

    def runner_for(prefix: list[str], python: str):
        def run_as(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
            full = {"PATH": "/usr/bin:/bin", "PYTHONPATH": os.pathsep.join(paths), "LANG": "C.UTF-8", **env}
            return subprocess.run([*prefix, python, "-m", "crimecli", *args], env=full,
                                  capture_output=True, text=True, timeout=120)
        return run_as

    if os.geteuid() != 0:
        return runner_for([], sys.executable)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    for python in dict.fromkeys([sys.executable, os.path.realpath(sys.executable), sys._base_executable,
                                 shutil.which(f"python{version}") or "", f"/usr/bin/python{version}"]):
        if not python or not os.path.exists(python):
            continue
        try:
            probe = subprocess.run([*prefix, python, "-c", "import crimecli.cli"], capture_output=True,
                                   env={"PYTHONPATH": os.pathsep.join(paths)}, timeout=60)
        except OSError:
            continue
        if probe.returncode == 0:
            return runner_for(prefix, python)
    return None


@pytest.fixture
def read_only_store(built) -> Iterator[Path]:
    """The built store as a file 0444 in a folder 0555, in a world-readable temporary folder."""
    top = Path(tempfile.mkdtemp(prefix="crimecli-ro-"))
    top.chmod(0o755)
    folder = top / "ro"
    folder.mkdir()
    path = folder / "store.sqlite"
    shutil.copy(built[0], path)
    (top / "home").mkdir(mode=0o777)
    (top / "home").chmod(0o777)
    yield path
    folder.chmod(0o755)
    shutil.rmtree(top)


def lock_down(path: Path) -> None:
    path.chmod(0o444)
    path.parent.chmod(0o555)


@pytest.mark.parametrize("stale", [False, True], ids=["merged-current", "merged-stale"])
def test_queries_answer_from_a_read_only_store(read_only_store: Path, built, stale: bool):
    run_as = other_user()
    if run_as is None:
        pytest.skip("running as root with no setpriv, or no Python the user nobody may run: "
                    "cannot make a store read-only")
    if stale:
        make_stale(read_only_store)
    lock_down(read_only_store)
    before = read_only_store.read_bytes()
    home = read_only_store.parent.parent / "home"
    env = {"HOME": str(home), "CRIMECLI_CACHE": str(home / "cache.sqlite"), "CRIMECLI_DATA_DIR": str(home)}
    for query in QUERIES:
        done = run_as([*query, "--store", str(read_only_store), "--json"], env)
        assert done.returncode == 0, (query, done.stderr)
        assert done.stdout == built[1][query[0]], query
    done = run_as(["store", "check", "--store", str(read_only_store)], env)
    assert done.returncode == 0 and "integrity: ok" in done.stdout, done.stderr
    assert read_only_store.read_bytes() == before
    assert sorted(p.name for p in read_only_store.parent.iterdir()) == ["store.sqlite"]
    # Writing is refused in one line.
    done = run_as(["documents", "rm", SHOWN, "--store", str(read_only_store)], env)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "read-only" in done.stderr


LOCK_HOLDER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
db.execute("UPDATE meta SET value = value WHERE key = 'generation'")
print("locked", flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("stale", [False, True], ids=["merged-current", "merged-stale"])
def test_queries_answer_while_a_writer_holds_the_lock(store: Path, built, stale: bool):
    """Before, `entities` waited 30 s for the lock (to rebuild the merged entities) and failed."""
    if stale:
        make_stale(store)
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(store)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert answers(store) == built[1]
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()


# ---------------------------------------------------------------- which store


STORE_COMMANDS = [*QUERIES, ["documents", "rm", SHOWN], ["store", "check"], ["store", "reindex"]]


@pytest.mark.parametrize("command", STORE_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_mistyped_store_is_an_error_and_creates_nothing(tmp_path: Path, command: list[str]):
    typo = tmp_path / "typo" / "store.sqlite"
    one_line_error(run(*command, "--store", str(typo)), "no store at", str(typo))
    one_line_error(run(*command, env={"CRIMECLI_STORE": str(typo)}), "no store at")
    assert not typo.parent.exists()


def test_the_bundled_sample_answers_only_when_no_store_is_named(isolated_paths: Path):
    default = isolated_paths  # CRIMECLI_DATA_DIR/store.sqlite, absent
    sample = run("entities", "--json")
    assert sample.exit_code == 0 and json.loads(sample.stdout)
    assert "bundled sample corpus" in sample.stderr
    assert not default.exists()  # a query created nothing
    from crimecli.store import Store

    Store(default).close()  # the default store exists, empty: still the sample
    again = run("entities", "--json")
    assert again.exit_code == 0 and again.stdout == sample.stdout
    # A store named explicitly is that store, even empty.
    named = run("entities", "--json", "--store", str(default))
    assert named.exit_code == 0 and json.loads(named.stdout) == []
    assert "holds no documents" in named.stderr


@pytest.mark.parametrize("url", ["mysql://me@host/db", "postgres+foo://x"])
def test_an_unknown_store_url_scheme_lists_the_accepted_ones(url: str):
    one_line_error(run("search", "FARC", "--store", url), "unknown store URL scheme", "sqlite:///PATH",
                   "SQLite file path")


def test_a_sqlite_url_is_a_store(store: Path, built):
    result = run("documents", "--json", "--store", f"sqlite://{store}")
    assert result.exit_code == 0 and result.stdout == built[1]["documents"]


# ---------------------------------------------------------------- one document, several paths


def test_the_same_content_at_two_paths(tmp_path: Path):
    first = tmp_path / "a" / "story.txt"
    second = tmp_path / "b" / "copy of story.txt"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(STORY, encoding="utf-8")
    store = str(tmp_path / "store.sqlite")
    assert run("ingest", str(first), "--store", store, "--jobs", "1").exit_code == 0
    again = run("ingest", str(second), "--store", store, "--jobs", "1", "--json")
    assert again.exit_code == 0 and json.loads(again.stdout)[0]["unchanged"] == [str(second)]

    shown = run("show", "copy of story.txt", "--store", store, "--json")
    assert shown.exit_code == 0, shown.stderr
    assert json.loads(shown.stdout)["file"] == str(second)
    [doc] = json.loads(run("documents", "--json", "--store", store).stdout)
    assert doc["files"] == [str(first), str(second)]
    # One document: searching finds each sentence once.
    hits = json.loads(run("search", "Jabon", "--store", store, "--json").stdout)
    assert len(hits) == 1 and hits[0]["file"] == str(first)

    # --corpus DIR answers with the files under DIR, whatever was extracted before from elsewhere.
    for folder in (first.parent, second.parent, first.parent):
        for query in (["search", "Jabon"], ["entities"], ["aliases"], ["timeline", "Colombia"],
                      ["documents"], ["show", "story.txt"]):
            result = run(*query, "--corpus", str(folder), "--json")
            assert result.exit_code == 0, (query, result.stderr)
            files = files_named(json.loads(result.stdout))
            assert files and all(f.startswith(str(folder) + os.sep) for f in files), (query, files)


def files_named(data) -> list[str]:
    """Every file path a JSON answer names."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("file", "documents", "files") and value:
                found.extend([value] if isinstance(value, str) else value)
            else:
                found.extend(files_named(value))
    elif isinstance(data, list):
        for item in data:
            found.extend(files_named(item))
    return found


def test_a_path_that_now_holds_other_content_is_replaced(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(STORY.replace("2008", "2009"), encoding="utf-8")
    store = str(tmp_path / "store.sqlite")
    assert run("ingest", str(path), str(other), "--store", store, "--jobs", "1").exit_code == 0
    # story.txt now holds what other.txt holds (already stored): no NLP, but no stale document.
    path.write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("ingest", str(path), "--store", store, "--jobs", "1", "--json")
    assert json.loads(result.stdout)[0]["replaced"] == [str(path)]
    [doc] = json.loads(run("documents", "--json", "--store", store).stdout)
    assert doc["files"] == [str(other), str(path)]
    assert "2008" not in run("search", "January", "--store", store, "--json").stdout


# ---------------------------------------------------------------- crimecli documents


def test_documents_lists_and_removes(store: Path, built):
    listed = json.loads(built[1]["documents"])
    assert [Path(d["file"]).name[:3] for d in listed] == ["001", "002"]
    for doc in listed:
        assert set(doc) >= {"doc_id", "file", "files", "title", "published", "words", "added_at"}
        assert doc["files"] == [doc["file"]] and doc["words"] > 100
    table = run("documents", "--store", str(store))
    assert listed[0]["doc_id"][:12] in table.stdout and "Stored at" in table.stdout

    people = {e["name"] for e in json.loads(run("entities", "--store", str(store), "--json").stdout)}
    removed = run("documents", "rm", listed[0]["doc_id"][:8], "--store", str(store))
    assert removed.exit_code == 0 and "removed" in removed.stderr
    [left] = json.loads(run("documents", "--json", "--store", str(store)).stdout)
    assert left["doc_id"] == listed[1]["doc_id"]
    after = {e["name"] for e in json.loads(run("entities", "--store", str(store), "--json").stdout)}
    assert after < people  # the merged entities follow at once
    assert run("show", SHOWN, "--store", str(store)).exit_code == 1
    assert run("documents", "rm", Path(left["file"]).name, "--store", str(store)).exit_code == 0
    assert json.loads(run("documents", "--json", "--store", str(store)).stdout) == []


def test_unknown_documents_point_to_crimecli_documents(store: Path):
    one_line_error(run("documents", "rm", "nothing-like-it.txt", "--store", str(store)),
                   "no document", "crimecli documents")
    one_line_error(run("show", "nothing-like-it.txt", "--store", str(store)), "crimecli documents")
    one_line_error(run("search", "FARC", "--file", "nothing-like-it.txt", "--store", str(store)),
                   "crimecli documents")


def test_documents_over_the_bundled_sample_lists_the_sample():
    result = run("documents", "--json")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == len(list((REPO / "seeds").glob("*.txt")))
