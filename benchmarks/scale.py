"""crimecli at scale: ingest speed, memory, store size, re-ingest and search latency.

For each corpus size (synthetic documents from benchmarks/synth_corpus.py, ~800 words each):

- ingest words/s with 1 core (on a sample of at most --single-core-docs documents, since one
  core over 10,000 documents takes many minutes) and with all cores (the whole corpus), through
  crimecli.ingest.ingest into a fresh store: the whole pipeline, reading to saving;
- peak memory of the ingesting process tree (sum of PSS, i.e. shared pages counted once, and
  sum of RSS), sampled every 0.1 s, plus the store's size on disk;
- re-ingest of the unchanged folder (nothing to extract: hashing and store look-ups);
- search latency p50/p99 in process (crimecli.api.search over the store, a fixed query set,
  several rounds) and end to end (``crimecli search ... --json`` as a subprocess);
- ``crimecli --help`` time (median of 10 runs).

Prints a table and writes JSON to benchmarks/out/ (scale-<time>.json and scale-latest.json).
Every step fails soft: a missing piece (the store, the CLI) is reported and the rest still runs.

    python benchmarks/scale.py                 # 1,000 and 10,000 documents
    python benchmarks/scale.py --skip-10k      # 1,000 only
    python benchmarks/scale.py --docs 2000 --jobs 2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

QUERIES = [
    "Venezuela", "cocaine", "Jabon", "Diego Rastrojo", "border security", "extradition", "FARC",
    "ELN", '"drug trafficking"', "Bogota", "Cucuta", "Maduro", "kidnapping OR extortion",
    "cartel*", "Colombia NOT Venezuela", "military", "Mexico", "Barrera", "money laundering",
    "guerrilla",
]
CLI_QUERIES = ["Venezuela", "Jabon", '"drug trafficking"', "cartel*", "extradition"]

TARGETS = {  # at 10,000 documents
    "ingest_words_per_s_all_cores": (">=", 40_000),
    "peak_memory_mb": ("<", 1024),
    "search_p50_ms": ("<=", 20),
    "search_p99_ms": ("<=", 100),
    "cli_search_median_s": ("<=", 0.3),
    "reingest_unchanged_s": ("<", 10),
    "help_median_s": ("<", 0.3),
}


# ---- memory of a process tree ---------------------------------------------------------------


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(entry))
    return kids


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(_children(current))
    return out


def _kb(path: str, key: str) -> int:
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class MemorySampler(threading.Thread):
    """Peak summed PSS and RSS (MB) of a process and its descendants."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_pss = self.peak_rss = 0.0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            pids = _tree(self.pid)
            pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids) / 1024
            rss = sum(_kb(f"/proc/{p}/status", "VmRSS:") for p in pids) / 1024
            self.peak_pss, self.peak_rss = max(self.peak_pss, pss), max(self.peak_rss, rss)
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        self.stopped.set()
        self.join()


# ---- the ingest phase runs in its own process, so its memory can be watched ----------------


def phase_ingest(store_path: str, jobs: int, paths_file: str) -> int:
    """Child process: ingest the listed paths, print the report as JSON on stdout."""
    try:
        from crimecli.ingest import ingest
        from crimecli.store import Store
    except ImportError as exc:
        print(json.dumps({"error": f"missing piece: {exc}"}))
        return 3
    paths = Path(paths_file).read_text(encoding="utf-8").splitlines()
    with Store(store_path) as store:
        report = ingest(paths, store, jobs=jobs)
    data = report.to_dict()
    summary = {k: (len(v) if isinstance(v, list) else v) for k, v in data.items()}
    # Where the CPU went: the parent reads, hashes and saves; workers extract.
    import resource

    summary["parent_cpu_s"] = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    summary["workers_cpu_s"] = sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2])
    summary["refused_sample"] = data["refused"][:5]
    print(json.dumps(summary))
    return 0


def run_ingest(store_path: Path, jobs: int, paths: list[Path], work: Path) -> dict[str, Any]:
    paths_file = work / f"paths-{len(paths)}.txt"
    paths_file.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    env = dict(os.environ, CRIMECLI_CACHE=str(work / "cache.sqlite"))
    env.pop("CRIMECLI_MODEL", None)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--phase-ingest", str(store_path), str(jobs),
                             str(paths_file)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    sampler = MemorySampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    sampler.stop()
    wall = time.perf_counter() - start
    try:
        result = json.loads(stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        last = (stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"error": f"ingest failed (exit {proc.returncode}): {last}"}
    if "error" in result:
        return result
    result.update(wall_s=wall, peak_pss_mb=sampler.peak_pss, peak_rss_mb=sampler.peak_rss)
    result["words_per_s"] = result["words"] / result["seconds"] if result["seconds"] else 0.0
    return result


# ---- search ---------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def search_in_process(store_path: Path, rounds: int = 5) -> dict[str, Any]:
    try:
        from crimecli import api
        from crimecli.store import open_store
    except ImportError as exc:
        return {"error": f"missing piece: {exc}"}
    times, hits = [], {}
    with open_store(store_path) as store:  # read-only, as the query commands open it
        corpus = api.Corpus(store=store)
        for query in QUERIES:  # first pass warms caches; it is measured too, as a user would see
            hits[query] = len(api.search(query, corpus, limit=20))
        for _ in range(rounds):
            for query in QUERIES:
                start = time.perf_counter()
                api.search(query, corpus, limit=20)
                times.append((time.perf_counter() - start) * 1000)
    return {"p50_ms": percentile(times, 50), "p99_ms": percentile(times, 99), "max_ms": max(times),
            "samples": len(times), "hits": hits}


def search_cli(store_path: Path, work: Path, runs: int = 3) -> dict[str, Any]:
    from help_time import crimecli_command

    env = dict(os.environ, CRIMECLI_CACHE=str(work / "cache.sqlite"), COLUMNS="120")
    times = []
    for query in CLI_QUERIES:
        for _ in range(runs):
            start = time.perf_counter()
            proc = subprocess.run(crimecli_command() + ["search", query, "--store", str(store_path),
                                                        "--json"],
                                  capture_output=True, text=True, env=env)
            times.append(time.perf_counter() - start)
            if proc.returncode != 0:
                last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
                return {"error": f"crimecli search {query!r} exited {proc.returncode}: {last}"}
    return {"median_s": statistics.median(times), "max_s": max(times), "runs": len(times)}


# ---- driver ---------------------------------------------------------------------------------


def corpus_folder(work: Path, docs: int, seed: int) -> Path:
    """Generate (or reuse) a synthetic corpus of ``docs`` documents."""
    from synth_corpus import GENERATOR_VERSION, write_corpus

    folder = work / f"corpus-{docs}-seed{seed}-v{GENERATOR_VERSION}"
    marker = folder / ".complete"  # hidden: ingest leaves it out
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, docs, seed=seed)
        marker.write_text("ok")
    return folder


def store_size_mb(store_path: Path) -> float:
    files = [store_path, Path(f"{store_path}-wal"), Path(f"{store_path}-shm")]
    return sum(f.stat().st_size for f in files if f.exists()) / 2**20


def measure(docs: int, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    print(f"\n== {docs:,} documents", file=sys.stderr)
    folder = corpus_folder(work, docs, args.seed)
    files = sorted(folder.glob("*.txt"))
    result: dict[str, Any] = {"docs": docs, "words": sum(len(f.read_text("utf-8").split()) for f in files)}

    sample = files[: args.single_core_docs]
    single_store = work / f"store-{docs}-1core.sqlite"
    for f in (single_store, Path(f"{single_store}-wal"), Path(f"{single_store}-shm")):
        f.unlink(missing_ok=True)
    print(f"   ingest, 1 core, {len(sample):,} documents ...", file=sys.stderr)
    result["ingest_1core"] = run_ingest(single_store, 1, sample, work)
    result["ingest_1core"]["docs"] = len(sample)

    store = work / f"store-{docs}.sqlite"
    for f in (store, Path(f"{store}-wal"), Path(f"{store}-shm")):
        f.unlink(missing_ok=True)
    print(f"   ingest, {args.jobs} cores, {docs:,} documents ...", file=sys.stderr)
    result["ingest_all"] = run_ingest(store, args.jobs, [folder], work)
    result["ingest_all"]["jobs"] = args.jobs
    result["store_mb"] = store_size_mb(store) if store.exists() else None

    print("   re-ingest, unchanged ...", file=sys.stderr)
    result["reingest"] = run_ingest(store, args.jobs, [folder], work)

    print("   search, in process ...", file=sys.stderr)
    result["search"] = search_in_process(store) if store.exists() else {"error": "no store"}
    print("   search, CLI ...", file=sys.stderr)
    try:
        result["cli_search"] = search_cli(store, work) if store.exists() else {"error": "no store"}
    except OSError as exc:
        result["cli_search"] = {"error": f"cannot run crimecli: {exc}"}
    return result


def flat(result: dict[str, Any]) -> dict[str, Any]:
    """The headline figures of one size, None where a step failed."""
    def get(section: str, key: str) -> Any:
        return result.get(section, {}).get(key)

    return {
        "ingest_words_per_s_1core": get("ingest_1core", "words_per_s"),
        "ingest_words_per_s_all_cores": get("ingest_all", "words_per_s"),
        "ingest_seconds_all_cores": get("ingest_all", "seconds"),
        "peak_memory_mb": get("ingest_all", "peak_pss_mb"),
        "peak_rss_sum_mb": get("ingest_all", "peak_rss_mb"),
        "parent_cpu_s_all_cores": get("ingest_all", "parent_cpu_s"),
        "workers_cpu_s_all_cores": get("ingest_all", "workers_cpu_s"),
        "store_mb": result.get("store_mb"),
        "reingest_unchanged_s": get("reingest", "wall_s"),
        "search_p50_ms": get("search", "p50_ms"),
        "search_p99_ms": get("search", "p99_ms"),
        "cli_search_median_s": get("cli_search", "median_s"),
        "cli_search_max_s": get("cli_search", "max_s"),
    }


def verdict(key: str, value: Any) -> str:
    if key not in TARGETS or value is None:
        return ""
    op, target = TARGETS[key]
    ok = {"<": value < target, "<=": value <= target, ">=": value >= target}[op]
    return f"{'ok ' if ok else 'MISS'} ({op} {target:g})"


def print_table(results: list[dict[str, Any]], help_s: float | None) -> None:
    sizes = [r["docs"] for r in results]
    rows = [flat(r) for r in results]
    keys = list(rows[0]) if rows else []
    width = max([len(k) for k in keys] + [len("help_median_s")])
    print("\n" + "metric".ljust(width) + "".join(f"{n:>16,}" for n in sizes) + "   target (largest size)")
    for key in keys:
        cells = "".join(f"{_fmt(row[key]):>16}" for row in rows)
        print(key.ljust(width) + cells + "   " + verdict(key, rows[-1][key]))
    print("help_median_s".ljust(width) + f"{_fmt(help_s):>16}" + " " * 16 * (len(sizes) - 1)
          + "   " + verdict("help_median_s", help_s))
    for r in results:
        for section, data in r.items():
            if isinstance(data, dict) and "error" in data:
                print(f"{r['docs']:,} docs, {section}: {data['error']}")
            if isinstance(data, dict) and data.get("refused"):
                print(f"{r['docs']:,} docs, {section}: {data['refused']} refused, e.g. "
                      f"{data.get('refused_sample')}")


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.0f}" if value >= 1000 else f"{value:,.3g}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--phase-ingest"]:
        return phase_ingest(argv[1], int(argv[2]), argv[3])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--skip-10k", action="store_true", help="leave out sizes above 5,000")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="cores for the "
                        "all-cores run (default: every core)")
    parser.add_argument("--single-core-docs", type=int, default=1000,
                        help="documents in the 1-core run (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=OUT / "scale-work",
                        help="where corpora and stores are kept (reused across runs)")
    args = parser.parse_args(argv)
    sizes = [d for d in args.docs if not (args.skip_10k and d > 5000)]
    args.work.mkdir(parents=True, exist_ok=True)

    results = [measure(n, args, args.work) for n in sizes]
    try:
        from help_time import help_times

        help_s: float | None = statistics.median(help_times(10))
    except (RuntimeError, OSError) as exc:
        print(f"crimecli --help: cannot time it ({exc})", file=sys.stderr)
        help_s = None

    print_table(results, help_s)
    record = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "cpus": os.cpu_count(),
              "jobs": args.jobs, "python": sys.version.split()[0], "help_median_s": help_s,
              "load_average": os.getloadavg(), "sizes": results, "summary": {r["docs"]: flat(r) for r in results}}
    save_result("scale", record)
    return 0


def save_result(name: str, record: dict[str, Any]) -> None:
    """Write ``record`` to benchmarks/out/NAME-<time>.json and NAME-latest.json."""
    OUT.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for file in (f"{name}-{stamp}.json", f"{name}-latest.json"):
        (OUT / file).write_text(json.dumps(record, indent=2, default=str), encoding="utf-8")
    print(f"\nwrote {OUT / f'{name}-{stamp}.json'}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
