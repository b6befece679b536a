"""Ingest on a real Dask cluster (issue 11): a LocalCluster, and a ``dask scheduler`` with two
``dask worker`` processes on loopback. Whatever the cluster, the store answers as after a plain
ingest (tests/answers.py); a worker killed mid-run, Ctrl-C and a re-run leave no duplicate; a
scheduler nobody runs is one line.

Needs dask (crimecli[cluster]) and, for the PostgreSQL store, a server (tests/conftest.py);
skips saying why where they are missing, fails under CI=true.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from answers import answers, one_line_error, run, same_answers

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def distributed():
    from browser import skip_or_fail

    try:
        import distributed
    except ImportError:
        skip_or_fail("dask distributed is not installed (pip install 'crimecli[cluster]')")
    return distributed


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def scheduler(distributed, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``dask scheduler`` and two ``dask worker`` processes (one thread each) on loopback."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    dask = [sys.executable, "-m", "dask"]
    processes = [subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                   "--no-dashboard", "--dashboard-address", "127.0.0.1:0"], stdout=subprocess.DEVNULL,
                                  stderr=open(logs / "scheduler.log", "w"), env=env)]
    for i in range(2):
        processes.append(subprocess.Popen([*dask, "worker", address, "--nworkers", "1", "--nthreads", "1",
                                           "--host", "127.0.0.1", "--no-dashboard"],
                                          stdout=subprocess.DEVNULL, stderr=open(logs / f"worker{i}.log", "w"),
                                          env=env))
    try:
        with distributed.Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        with distributed.Client(address, timeout="10s") as client:
            client.shutdown()  # the scheduler, then the workers it knows, close at once
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def counts(report: dict) -> dict[str, int]:
    return {k: len(report[k]) for k in ("added", "unchanged", "replaced", "refused")}


def ingest(*args: str) -> dict:
    result = run("ingest", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)[0]


def test_a_local_cluster_into_postgresql_answers_as_a_plain_ingest(distributed, reference, pg_url: str,
                                                                   seed_files: list[Path]):
    report = ingest(*map(str, seed_files), "--store", pg_url, "--cluster", "local:2")
    assert counts(report) == {"added": 5, "unchanged": 0, "replaced": 0, "refused": 0}
    same_answers(reference[1], answers(pg_url))


def test_a_scheduler_and_two_workers_into_both_stores(scheduler: str, reference, pg_url: str, tmp_path: Path,
                                                      seed_files: list[Path]):
    sqlite = str(tmp_path / "store.sqlite")
    for store in (pg_url, sqlite):  # PostgreSQL: the workers write; SQLite: the client does
        report = ingest(*map(str, seed_files), "--store", store, "--cluster", scheduler)
        assert counts(report) == {"added": 5, "unchanged": 0, "replaced": 0, "refused": 0}, store
        same_answers(reference[1], answers(store))
        again = ingest(*map(str, seed_files), "--store", store, "--cluster", scheduler)
        assert counts(again) == {"added": 0, "unchanged": 5, "replaced": 0, "refused": 0}, store


def test_workers_read_fsspec_urls(scheduler: str, tmp_path: Path):
    seeds = REPO / "seeds"
    store = str(tmp_path / "store.sqlite")
    report = ingest(f"file://{seeds}", "--store", store, "--cluster", scheduler)
    assert counts(report)["added"] == 5
    listed = json.loads(run("documents", "--store", store, "--json").stdout)
    assert sorted(d["file"] for d in listed) == sorted(f"file://{p}" for p in seeds.glob("*.txt"))
    hits = json.loads(run("search", "Jabon", "--store", store, "--json").stdout)
    assert hits and all(h["file"].startswith("file://") for h in hits)


@pytest.fixture
def synthetic(tmp_path: Path) -> Path:
    """Twenty short synthetic reports (benchmarks/synth_corpus.py), all different."""
    from conftest import benchmark

    folder = tmp_path / "corpus"
    benchmark("synth_corpus").write_corpus(folder, 20, seed=7, words=250)
    return folder


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(scheduler: str, distributed, pg_url: str,
                                                             synthetic: Path, monkeypatch: pytest.MonkeyPatch):
    import crimecli.cluster
    from crimecli import api
    from crimecli.store import open_store

    monkeypatch.setattr(crimecli.cluster, "BATCH", 2)  # small batches, so the kill lands mid-run
    with distributed.Client(scheduler) as client:
        victim = next(iter(client.run(os.getpid).values()))
    killed = []

    def kill_once(event) -> None:
        if event.status == "added" and not killed:
            os.kill(victim, signal.SIGKILL)  # the nanny starts a new worker; Dask re-runs its batch
            killed.append(event.file)

    report = api.ingest([str(synthetic)], pg_url, cluster=scheduler, progress=kill_once)
    assert killed and not report.refused
    assert len(report.added) + len(report.unchanged) == 20
    with open_store(pg_url) as store:
        assert store.count_documents() == 20
        assert len({d["file"] for d in store.documents()}) == 20
        assert store.check()["ok"]
    again = api.ingest([str(synthetic)], pg_url, cluster=scheduler)
    assert len(again.unchanged) == 20 and not again.added
    with distributed.Client(scheduler) as client:
        client.wait_for_workers(2, timeout=120)  # the next test has both again


def test_ctrl_c_leaves_whole_documents_and_a_rerun_finishes(scheduler: str, pg_url: str, synthetic: Path,
                                                           monkeypatch: pytest.MonkeyPatch):
    import crimecli.cluster
    from crimecli import api
    from crimecli.ingest import IngestInterrupted
    from crimecli.store import open_store

    monkeypatch.setattr(crimecli.cluster, "BATCH", 2)

    def interrupt(event) -> None:
        if event.done == 3:
            raise KeyboardInterrupt

    with pytest.raises(IngestInterrupted) as caught:
        api.ingest([str(synthetic)], pg_url, cluster=scheduler, progress=interrupt)
    assert caught.value.report.files == 3
    time.sleep(1)  # batches already running finish, each document in its own transaction
    with open_store(pg_url) as store:
        assert store.check()["ok"]
        first = store.count_documents()
    rest = api.ingest([str(synthetic)], pg_url, cluster=scheduler)
    assert len(rest.added) == 20 - first and len(rest.unchanged) == first
    with open_store(pg_url) as store:
        assert store.count_documents() == 20


def test_a_scheduler_nobody_runs_is_one_line(distributed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import crimecli.cluster

    monkeypatch.setattr(crimecli.cluster, "CONNECT_TIMEOUT", "1s")
    address = f"tcp://127.0.0.1:{_free_port()}"
    store = tmp_path / "store.sqlite"
    one_line_error(run("ingest", str(REPO / "seeds"), "--store", str(store), "--cluster", address),
                   "cannot reach the Dask scheduler", address)
    other = tmp_path / "other.sqlite"
    result = run("ingest", str(REPO / "seeds"), "--store", str(other), "--cluster", "my-laptop")
    one_line_error(result, "--cluster 'my-laptop'", "local:N", "tcp://")
    assert not other.exists()  # a mistyped --cluster fails before the store is created


def test_a_worker_running_another_crimecli_refuses_to_start(distributed):
    """Its extractions would be stored under the client's pipeline version."""
    import logging

    from crimecli.cluster import CrimecliWorker
    from crimecli.errors import ClusterError

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL) as cluster:
        with distributed.Client(cluster) as client:
            with pytest.raises(ClusterError, match="another crimecli"):
                client.register_plugin(CrimecliWorker(None, None, "0.0.older"), name="crimecli-test")


def test_batches_are_large_for_many_files_and_spread_few_files_over_the_workers(distributed):
    from crimecli.cluster import BATCH, TASKS_PER_THREAD, batch_size

    assert batch_size(10_000, 2) == BATCH  # the client and scheduler's cost per task, amortised
    assert batch_size(20, 2) == 1  # twenty tasks: both workers busy until the end
    assert batch_size(TASKS_PER_THREAD * 2 * 5, 2) == 5
    assert batch_size(3, 0) == 1
