"""crimecli for a team: ingest on a Dask cluster, and the PostgreSQL store, at scale.

Over a synthetic corpus (benchmarks/synth_corpus.py, ~885 words a document, 10,000 documents
by default), on a PostgreSQL server (``--pg URL``, a role that may create databases; else a
throwaway server with PostgreSQL's default, durable settings from tests/pgserver.py):

- cluster ingest into PostgreSQL with ``--cluster local:1`` and ``local:2`` (each a fresh
  database; the workers extract and write), as ``crimecli ingest`` subprocesses: words per
  second, and the ratio of the two (how ingest scales with workers); and the CPU seconds each
  kind of process spent (the client with its LocalCluster scheduler and nannies, the workers,
  the PostgreSQL backends and PostgreSQL's background processes, read from /proc when the
  server runs on this machine): on two shared cores, every CPU-second outside the workers
  comes out of the two-worker figure;
- the PostgreSQL store's size: the database, and each table with its indexes;
- ``crimecli store copy`` of that store into SQLite (documents per second), and its size;
- search latency over both stores, p50/p99 in process (crimecli.api.search, the query set of
  benchmarks/scale.py, several rounds, the store opened read-only as the CLI opens it) and end
  to end (``crimecli search ... --json`` subprocesses); and whether both stores return the
  same hits for every query;
- a projection to 1,000,000 documents from the measured per-document costs (assumptions in
  the output and in docs/benchmarks.md).

The load average is recorded before each timed step: other work on the machine slows the runs.

    python benchmarks/scale_cluster.py                     # 10,000 documents
    python benchmarks/scale_cluster.py --docs 1000 --pg postgresql://me@localhost/postgres
    python benchmarks/scale_cluster.py --docs 1000 --ingest-only   # the two ingests and their CPU
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests"))

from help_time import crimecli_command  # noqa: E402
from scale import (QUERIES, MemorySampler, _tree, corpus_folder, save_result, search_cli,  # noqa: E402
                   search_in_process, store_size_mb)

TARGETS = {"scaling_ratio_2_over_1": (">=", 1.7), "pg_search_p50_ms": ("<=", 30)}


def load() -> float:
    return round(os.getloadavg()[0], 2)


TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int | str, task: str = "") -> tuple[int, str, float] | None:
    """(parent pid, name, CPU seconds: user + system) of a process (or of one of its threads)."""
    try:
        with open(f"/proc/{pid}{task}/stat") as fh:
            text = fh.read()
    except OSError:
        return None
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[1]), name, (int(fields[11]) + int(fields[12])) / TICK


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


#: The first word of the titles of PostgreSQL's own processes (``postgres: checkpointer``).
BACKGROUND = {"checkpointer", "background", "walwriter", "autovacuum", "logical", "stats", "archiver",
              "io", "walsummarizer", "startup", "wal"}


class CpuSampler(threading.Thread):
    """CPU seconds spent during an ingest by each kind of process: the crimecli client (which
    runs a LocalCluster's scheduler), the Dask nannies and workers (its descendants), the
    PostgreSQL backends serving this database, and PostgreSQL's own background processes.
    Polled from /proc; the last poll of a process that exits stands for its total, so what it
    spends in its last ``interval`` is missed (processes idle by then: a few ms)."""

    def __init__(self, client: int, postmaster: int | None, interval: float = 0.2):
        super().__init__(daemon=True)
        self.client, self.postmaster, self.interval = client, postmaster, interval
        self.base: dict[int, float] = {}  # what processes alive at the start had spent already
        self.seen: dict[int, tuple[str, float]] = {}
        self.client_threads: dict[str, float] = {}
        self.stopped = threading.Event()
        if postmaster is not None:
            for pid in self._pg_children():
                found = _stat(pid)
                if found:
                    self.base[pid] = found[2]

    def _pg_children(self) -> list[int]:
        return [int(p) for p in os.listdir("/proc") if p.isdigit() and (_stat(p) or (0,))[0] == self.postmaster]

    def _poll(self) -> None:
        for pid in _tree(self.client):
            found = _stat(pid)
            if not found:
                continue
            parent, _name, cpu = found
            if pid == self.client:
                role = "client (and LocalCluster scheduler)"
            elif "resource_tracker" in _cmdline(pid):
                role = "other client children"
            else:  # a LocalCluster's nannies run in the client; its workers are their processes
                role = "dask workers"
            self.seen[pid] = (role, cpu)
        threads: dict[str, float] = {}
        try:
            tids = os.listdir(f"/proc/{self.client}/task")
        except OSError:  # the client has exited
            tids = []
        for tid in tids:
            found = _stat(self.client, f"/task/{tid}")
            if found:
                threads[f"{found[1]} {tid}"] = found[2]
        if threads:
            self.client_threads = threads
        if self.postmaster is None:
            return
        for pid in self._pg_children():
            found = _stat(pid)
            if not found:
                continue
            title = _cmdline(pid)
            words = title.split()
            if len(words) < 2 or words[0] != "postgres:":  # not titled yet: classified at the next poll
                continue
            role = "postgres background" if words[1] in BACKGROUND else "postgres backends"
            self.seen[pid] = (role, found[2] - self.base.get(pid, 0.0))

    def run(self) -> None:
        while not self.stopped.is_set():
            self._poll()
            self.stopped.wait(self.interval)

    def stop(self) -> dict[str, float]:
        self.stopped.set()
        self.join()
        if self.postmaster is not None:
            time.sleep(self.interval)  # backends still closing
            self._poll()
        totals: dict[str, float] = {}
        for role, cpu in self.seen.values():
            totals[role] = totals.get(role, 0.0) + cpu
        return totals


def postmaster_pid(url: str) -> int | None:
    """The PostgreSQL server's main process, when it runs on this machine (else None)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        backend = db.execute("SELECT pg_backend_pid()").fetchone()[0]
    found = _stat(backend)
    return found[0] if found else None


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))


def fresh_database(admin: Any, url: str, name: str) -> str:
    admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.execute(f"CREATE DATABASE {name}")
    return with_database(url, name)


def cluster_ingest(folder: Path, store: str, workers: int, work: Path) -> dict[str, Any]:
    env = dict(os.environ, CRIMECLI_CACHE=str(work / "cache.sqlite"))
    env.pop("CRIMECLI_MODEL", None)
    postmaster = postmaster_pid(store)
    before = load()
    start = time.perf_counter()
    proc = subprocess.Popen(crimecli_command() + ["ingest", str(folder), "--store", store, "--cluster",
                                                  f"local:{workers}", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    sampler = MemorySampler(proc.pid)  # the client, the scheduler and the workers (its children)
    sampler.start()
    cpu = CpuSampler(proc.pid, postmaster)
    cpu.start()
    stdout, stderr = proc.communicate()
    sampler.stop()
    cpu_s = cpu.stop()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        return {"error": (stderr.strip().splitlines() or ["(no output)"])[-1]}
    report = json.loads(stdout)[0]
    return {"workers": workers, "docs": len(report["added"]), "refused": len(report["refused"]),
            "words": report["words"], "seconds": report["seconds"], "wall_s": wall,
            "words_per_s": report["words"] / report["seconds"], "peak_pss_mb": sampler.peak_pss,
            "load_before": before, "load_after": load(),
            "cpu_s": cpu_s, "cpu_ms_per_doc": {k: 1000 * v / max(len(report["added"]), 1) for k, v in cpu_s.items()},
            "client_threads_cpu_s": dict(sorted(cpu.client_threads.items(), key=lambda kv: -kv[1])[:8])}


def empty_store_mb(admin: Any, url: str) -> float:
    """The size of a database holding an empty store (PostgreSQL's catalogs and our schema):
    what a store costs before its first document, left out of the per-document figures."""
    from crimecli.store import open_store

    empty = fresh_database(admin, url, "crimecli_bench_empty")
    open_store(empty, write=True).close()
    size = admin.execute("SELECT pg_database_size('crimecli_bench_empty')").fetchone()[0]
    admin.execute("DROP DATABASE crimecli_bench_empty WITH (FORCE)")
    return size / 2**20


def pg_sizes(url: str) -> dict[str, Any]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute("VACUUM (ANALYZE)")  # as autovacuum leaves a store that has settled
        total = db.execute("SELECT pg_database_size(current_database())").fetchone()[0]
        tables = db.execute(
            "SELECT c.relname, pg_total_relation_size(c.oid), pg_indexes_size(c.oid) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public'"
            " ORDER BY 2 DESC").fetchall()
        gin = db.execute("SELECT pg_relation_size('sentences_tsv')").fetchone()[0]
        rows = db.execute("SELECT (SELECT count(*) FROM documents), sentences, tokens FROM stats").fetchone()
    return {"database_mb": total / 2**20, "gin_index_mb": gin / 2**20,
            "tables_mb": {name: {"total": t / 2**20, "indexes": i / 2**20} for name, t, i in tables},
            "documents": rows[0], "sentences": rows[1], "tokens": rows[2]}


def count_cost_ms(url: str, word: str = "venezuela", rounds: int = 20) -> float:
    """Median time to count the sentences one common word matches (what bm25 needs per phrase)."""
    import statistics

    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            db.execute("SELECT count(*) FROM sentences WHERE tsv @@ to_tsquery('crimecli', %s)", (word,)).fetchone()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def store_copy(source: str, destination: Path) -> dict[str, Any]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{destination}{suffix}").unlink(missing_ok=True)
    before = load()
    start = time.perf_counter()
    proc = subprocess.run(crimecli_command() + ["store", "copy", source, str(destination), "--json"],
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["(no output)"])[-1]}
    summary = json.loads(proc.stdout)[0]
    return {"documents": summary["documents"], "wall_s": wall, "docs_per_s": summary["documents"] / wall,
            "load_before": before}


def same_hits(pg: str, sqlite: Path) -> dict[str, Any]:
    """Do both stores return the same hits (files, sentences, scores, order) for each query?"""
    from crimecli import api
    from crimecli.store import open_store

    differ = []
    with open_store(pg) as a, open_store(sqlite) as b:
        for query in QUERIES:
            if api.search(query, api.Corpus(store=a), limit=20) != api.search(query, api.Corpus(store=b), limit=20):
                differ.append(query)
    return {"queries": len(QUERIES), "differ": differ}


def projection(result: dict[str, Any], target: int = 1_000_000) -> dict[str, Any]:
    """Per-document costs measured here, times ``target`` documents (see the assumptions)."""
    docs = result["pg_sizes"]["documents"]
    one = result["ingest"].get("1", {})
    two = result["ingest"].get("2", {})
    per_doc_s = one["seconds"] / one["docs"] if one.get("docs") else None
    scale = target / docs
    sizes = result["pg_sizes"]
    out = {
        "documents": target,
        "pg_database_gb": (sizes["empty_store_mb"] + (sizes["database_mb"] - sizes["empty_store_mb"]) * scale) / 1024,
        "pg_gin_index_gb": result["pg_sizes"]["gin_index_mb"] * scale / 1024,
        "pg_sentences_millions": result["pg_sizes"]["sentences"] * scale / 1e6,
        "sqlite_gb": result.get("sqlite_mb", 0) * scale / 1024,
        "worker_seconds_per_doc": per_doc_s,
        "hours_one_worker": per_doc_s * target / 3600 if per_doc_s else None,
        "scaling_efficiency_2_workers": (result["scaling_ratio_2_over_1"] / 2) if two and one else None,
        "count_ms_common_word_now": result.get("count_ms"),
        "count_ms_common_word_projected": result.get("count_ms", 0) * scale,
    }
    if out["hours_one_worker"] and out["scaling_efficiency_2_workers"]:
        out["hours_32_workers"] = out["hours_one_worker"] / (32 * out["scaling_efficiency_2_workers"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--pg", help="a server URL whose role may create databases (default: a throwaway server)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ingest-only", action="store_true", help="only the cluster ingests (and their CPU by process)")
    parser.add_argument("--work", type=Path, default=OUT / "scale-work")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    import psycopg

    server = None
    url = args.pg
    if url is None:
        import pgserver

        server = pgserver.start(durable=True)
        url = server.url
    result: dict[str, Any] = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "cpus": os.cpu_count(),
                              "docs": args.docs, "python": sys.version.split()[0], "ingest": {}}
    try:
        admin = psycopg.connect(url, autocommit=True)
        folder = corpus_folder(args.work, args.docs, args.seed)
        result["words"] = sum(len(f.read_text("utf-8").split()) for f in folder.glob("*.txt"))
        store = None
        for workers in args.workers:
            if store is not None:
                # Each run starts from the same server: the previous run's database (its dirty
                # buffers, the autovacuum its inserts set off) would otherwise cost the next one
                # CPU. The last run's store is kept for what follows.
                admin.execute(f"DROP DATABASE {urlsplit(store).path.lstrip('/')} WITH (FORCE)")
            store = fresh_database(admin, url, f"crimecli_bench_{workers}w")
            print(f"== cluster ingest, {workers} worker(s), {args.docs:,} documents (load {load()})", file=sys.stderr)
            result["ingest"][str(workers)] = cluster_ingest(folder, store, workers, args.work)
            print(f"   {result['ingest'][str(workers)]}", file=sys.stderr)
        one, two = result["ingest"].get("1", {}), result["ingest"].get("2", {})
        if "words_per_s" in one and "words_per_s" in two:
            result["scaling_ratio_2_over_1"] = two["words_per_s"] / one["words_per_s"]
        if args.ingest_only:
            print(json.dumps({k: result.get(k) for k in ("docs", "ingest", "scaling_ratio_2_over_1")}, indent=1))
            return 0
        print("== sizes", file=sys.stderr)
        result["pg_sizes"] = pg_sizes(store)
        result["pg_sizes"]["empty_store_mb"] = empty_store_mb(admin, url)
        result["count_ms"] = count_cost_ms(store)
        sqlite = args.work / f"copy-{args.docs}.sqlite"
        print("== store copy into SQLite", file=sys.stderr)
        result["copy"] = store_copy(store, sqlite)
        result["sqlite_mb"] = store_size_mb(sqlite)
        print("== search", file=sys.stderr)
        result["load_before_search"] = load()
        result["pg_search"] = search_in_process(store)
        result["sqlite_search"] = search_in_process(sqlite)
        result["pg_cli_search"] = search_cli(store, args.work)
        result["sqlite_cli_search"] = search_cli(sqlite, args.work)
        result["same_hits"] = same_hits(store, sqlite)
        result["projection"] = projection(result)
        admin.close()
    finally:
        if server is not None:
            pgserver.stop(server.folder)
    print_summary(result)
    save_result("scale-cluster", result)
    return 0


def print_summary(r: dict[str, Any]) -> None:
    rows = []
    for workers, run in r["ingest"].items():
        rows.append((f"cluster ingest, {workers} worker(s), words/s", run.get("words_per_s"),
                     f"load {run.get('load_before')}, peak memory {run.get('peak_pss_mb', 0):.0f} MB (PSS)"))
    for workers, run in r["ingest"].items():
        for role, ms in sorted(run.get("cpu_ms_per_doc", {}).items(), key=lambda kv: -kv[1]):
            rows.append((f"  {workers} worker(s): CPU ms a document, {role}"[:51], ms, ""))
    rows.append(("scaling ratio, 2 workers / 1", r.get("scaling_ratio_2_over_1"), _verdict("scaling_ratio_2_over_1", r.get("scaling_ratio_2_over_1"))))
    rows.append(("PostgreSQL database, MB", r["pg_sizes"]["database_mb"], f"GIN index {r['pg_sizes']['gin_index_mb']:.0f} MB"))
    rows.append(("SQLite store (store copy), MB", r.get("sqlite_mb"), ""))
    rows.append(("store copy PG -> SQLite, documents/s", r["copy"].get("docs_per_s"), ""))
    for kind in ("pg", "sqlite"):
        s = r[f"{kind}_search"]
        rows.append((f"{kind} search in process p50 / p99, ms", s.get("p50_ms"), f"p99 {s.get('p99_ms', 0):.1f}"
                     + ("  " + _verdict("pg_search_p50_ms", s.get("p50_ms")) if kind == "pg" else "")))
        c = r[f"{kind}_cli_search"]
        rows.append((f"{kind} crimecli search end to end, median s", c.get("median_s"), f"max {c.get('max_s', 0):.2f}"))
    rows.append(("queries with different hits in the two stores", len(r["same_hits"]["differ"]),
                 f"of {r['same_hits']['queries']}"))
    for label, value, note in rows:
        shown = "-" if value is None else (f"{value:,.0f}" if value >= 1000 else f"{value:,.3g}")
        print(f"{label:<52}{shown:>12}   {note}")
    print("projection to 1,000,000 documents:", json.dumps(r["projection"], indent=1, default=str))


def _verdict(key: str, value: float | None) -> str:
    if value is None:
        return ""
    op, target = TARGETS[key]
    ok = value >= target if op == ">=" else value <= target
    return f"{'ok' if ok else 'MISS'} ({op} {target})"


if __name__ == "__main__":
    sys.exit(main())
