"""Where a cluster worker's time goes per document, without Dask: the steps of
``crimecli.cluster.run_batch`` run in this one process over the synthetic corpus, against a
throwaway PostgreSQL server with PostgreSQL's default, durable settings (tests/pgserver.py).

Per document: wall ms of each step (read and hash, the store's ``known`` check, extraction,
building the rows, saving), this process's CPU ms while saving, and the CPU ms its PostgreSQL
backend spent (from /proc). ``--before SQL`` runs statements on the fresh store first, to see
what a schema detail costs (``--before "DROP INDEX sentences_tsv"``).

    python benchmarks/scale_pg_costs.py --docs 300
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from scale import OUT, corpus_folder  # noqa: E402
from scale_cluster import _stat, with_database  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--before", default="", help="SQL statements (;-separated) run on the fresh store first")
    parser.add_argument("--work", type=Path, default=OUT / "scale-work")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    import pgserver
    import psycopg

    from crimecli.ingest import _prepare_rows, _warm_up, content_id, extract_bytes, pipeline_version
    from crimecli.nlp import get_pipeline
    from crimecli.store.postgres import PostgresStore

    files = sorted(corpus_folder(args.work, args.docs, args.seed).glob("*.txt"))[:args.docs]
    version = pipeline_version(None)
    get_pipeline(None)
    _warm_up(None)
    server = pgserver.start(durable=True)
    try:
        with psycopg.connect(server.url, autocommit=True) as admin:
            admin.execute("CREATE DATABASE crimecli_costs")
        url = with_database(server.url, "crimecli_costs")
        store = PostgresStore(url, write=True)
        with psycopg.connect(url, autocommit=True) as db:
            for statement in filter(str.strip, args.before.split(";")):
                db.execute(statement)
        backend = store._one("SELECT pg_backend_pid() AS pid")["pid"]
        first = store.reserve_order(len(files))
        steps = dict.fromkeys(("read", "known", "extract", "rows", "save", "save_cpu"), 0.0)
        backend_cpu = _stat(backend)[2]
        for i, file in enumerate(files):
            a = time.perf_counter()
            raw = file.read_bytes()
            doc_id = content_id(raw)
            b = time.perf_counter()
            store.known(doc_id, version)
            c = time.perf_counter()
            extraction = extract_bytes(raw, str(file), None)
            d = time.perf_counter()
            prepared = _prepare_rows(extraction, version)
            e = time.perf_counter()
            cpu = time.process_time()
            store.save_ordered(prepared.rows, first + i)
            steps["save_cpu"] += time.process_time() - cpu
            f = time.perf_counter()
            for step, seconds in zip(("read", "known", "extract", "rows", "save"), (b - a, c - b, d - c, e - d, f - e)):
                steps[step] += seconds
        backend_cpu = _stat(backend)[2] - backend_cpu
        store.close()
    finally:
        pgserver.stop(server.folder)
    n = len(files)
    for step, seconds in steps.items():
        label = "save, this process's CPU" if step == "save_cpu" else f"{step}, wall"
        print(f"{label:<36}{1000 * seconds / n:8.2f} ms a document")
    print(f"{'save, the PostgreSQL backend CPU':<36}{1000 * backend_cpu / n:8.2f} ms a document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
