"""Ingest on a Dask cluster: ``crimecli ingest PATH... --cluster tcp://scheduler:8786`` (or
``CRIMECLI_CLUSTER``), or ``--cluster local[:N]`` for a LocalCluster of N worker processes.

How the work is split (what each side does, and why):

- The client lists the files (paths only: it never reads them, so it is not the bottleneck)
  and hands them to the workers in batches, a bounded number in flight. Local paths must be
  readable at the same place on every worker (a shared file system); ``s3://``, ``gs://`` and
  other fsspec URLs are read by the workers through fsspec.
- Each worker loads the pipeline once (:class:`CrimecliWorker`, a Dask worker plugin), reads
  each file, hashes it and skips content the store already holds *before* any NLP work, then
  extracts and builds the store rows (:func:`crimecli.store.records.prepare`).
- With a PostgreSQL store, workers write each document straight to it, in its own
  transaction; the store's primary key (the content hash) means two workers, two clients or a
  re-run never store one document twice. Each file carries the position the client reserved
  for it (:meth:`PostgresStore.reserve_order`), so documents sort in file order whichever
  worker finishes first, and answers are those of a local ingest.
- With a SQLite store, the rows come back to the client, the only writer, which saves them in
  file order.
- Dask re-runs the batch of a worker that died on another worker; what the dead worker had
  saved is skipped by its hash. A batch that kills workers again and again (3 times: Dask's
  ``allowed-failures``) refuses its files. Ctrl-C cancels what has not started and leaves
  only whole documents: a re-run finishes the job.

Dask (``pip install 'crimecli[cluster]'``) is imported only here.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crimecli.errors import ClusterError, CrimecliError
from crimecli.ingest import (FileItem, IngestEvent, IngestReport, Refusal, Skipped, Tally, content_id,
                             extract_bytes, iter_files, pipeline_version, supported_suffixes, to_read, _os_reason,
                             _readable_suffix, _unsupported)
from crimecli.reader import MAX_BYTES
from crimecli.store import is_server_url

try:
    import distributed
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # an optional extra: say how to get it
    raise ClusterError("ingest --cluster needs Dask: pip install 'crimecli[cluster]'") from None

#: The most files per task. Each task costs the client and its scheduler about 5 ms of CPU
#: (measured with a LocalCluster), CPU taken from the workers when they share the machine: 32
#: files (under a second of NLP) make that ~0.15 ms a document, and a lost worker loses little.
BATCH = 32

#: Fewer files per task when there are few files: at least this many tasks per worker thread,
#: so that the work spreads evenly and no worker idles long at the end.
TASKS_PER_THREAD = 16


def batch_size(files: int, threads: int) -> int:
    """Files per task for ``files`` files on ``threads`` worker threads."""
    return max(1, min(BATCH, files // (TASKS_PER_THREAD * max(threads, 1))))

#: How long to try reaching a scheduler before giving up.
CONNECT_TIMEOUT = "10s"

#: What ``--cluster`` accepts, for messages.
ACCEPTED = "local, local:N (N worker processes here) or a scheduler address such as tcp://host:8786"


@dataclass(frozen=True)
class ClusterSpec:
    """``--cluster``: a LocalCluster of ``workers`` processes (None: one per core), or the
    ``address`` of a running scheduler."""

    address: str | None = None
    workers: int | None = None

    @property
    def local(self) -> bool:
        return self.address is None


def parse_cluster(value: str) -> ClusterSpec:
    """``local``, ``local:N`` or a scheduler address (``tcp://``, ``tls://``, ``ws://``,
    ``wss://``, ``inproc://`` or ``host:port``)."""
    text = value.strip()
    if text == "local":
        return ClusterSpec()
    if text.startswith("local:"):
        count = text.partition(":")[2]
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--cluster {value!r}: give the number of workers, e.g. local:2")
        return ClusterSpec(workers=int(count))
    scheme, separator, rest = text.partition("://")
    if separator and scheme in ("tcp", "tls", "ws", "wss", "inproc", "ucx") and rest:
        return ClusterSpec(address=text)
    if not separator and ":" in text and text.rpartition(":")[2].isdigit():
        return ClusterSpec(address=f"tcp://{text}")
    raise ClusterError(f"--cluster {value!r} is not a cluster; give {ACCEPTED}")


def _is_url(path: str) -> bool:
    scheme, separator, _rest = path.partition("://")
    return bool(separator) and scheme.isidentifier() and len(scheme) > 1


# --------------------------------------------------------------------------------------------
# What runs on the workers


class CrimecliWorker(WorkerPlugin):
    """The Dask worker plugin: loads the pipeline once per worker process (at set-up, so the
    first batch does not pay for it) and keeps one store connection per worker thread (a
    PostgreSQL store; None with a SQLite store, whose client writes)."""

    def __init__(self, model: str | None, store_url: str | None, version: str):
        self.model = model
        self.store_url = store_url
        self.version = version
        self.stores: dict[int, Any] = {}
        self.lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model, "store_url": self.store_url, "version": self.version}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["model"], state["store_url"], state["version"])

    def setup(self, worker: Any = None) -> None:
        from crimecli.ingest import _warm_up
        from crimecli.nlp import get_pipeline

        here = pipeline_version(self.model)
        if here != self.version:
            raise ClusterError(f"this worker runs another crimecli (pipeline {here}, the client's "
                               f"{self.version}); install the same crimecli on every worker")
        get_pipeline(self.model)
        _warm_up(self.model)

    def teardown(self, worker: Any = None) -> None:
        with self.lock:
            for store in self.stores.values():
                store.close()
            self.stores.clear()

    def store(self) -> Any:
        """This thread's connection to the store (PostgreSQL), opened on first use."""
        if self.store_url is None:
            return None
        key = threading.get_ident()
        with self.lock:
            store = self.stores.get(key)
        if store is None:
            from crimecli.store.postgres import PostgresStore

            store = PostgresStore(self.store_url, write=True)
            with self.lock:
                self.stores[key] = store
        return store


@dataclass(frozen=True)
class _File:
    index: int  # position in the client's file list
    path: str  # what the store records: an absolute path or a URL
    seq: int | None  # position reserved among the store's documents (PostgreSQL)


@dataclass
class _Outcome:
    index: int
    status: str  # added, replaced, unchanged, known (SQLite: stored already), extracted, refused
    doc_id: str | None = None
    words: int = 0
    warnings: tuple[str, ...] = ()
    reason: str | None = None
    boilerplate_words: int = 0
    failed_stages: tuple[str, ...] = ()  # pipeline stages that failed on the document
    rows: Any = None  # SQLite: the store rows for the client to save


def _read(path: str) -> bytes:
    if not _is_url(path):
        return Path(path).read_bytes()
    import fsspec

    fs, location = fsspec.core.url_to_fs(path)
    if fs.size(location) > MAX_BYTES:
        raise OSError(f"file too large (the limit is {MAX_BYTES // 2**20} MB)")
    return fs.cat_file(location)


def run_batch(plugin_name: str, files: list[_File], known: frozenset[str] | None) -> list[_Outcome]:
    """A Dask task: read, skip what is stored, extract and save (PostgreSQL) or return the rows
    (SQLite) for each file of one batch."""
    from distributed import get_worker

    from crimecli.ingest import _prepare_rows

    plugin: CrimecliWorker = get_worker().plugins[plugin_name]
    store = plugin.store()
    out = []
    for f in files:
        try:
            raw = _read(f.path)
        except OSError as exc:
            out.append(_Outcome(f.index, "refused", reason=_os_reason(exc)))
            continue
        except MemoryError:
            out.append(_Outcome(f.index, "refused", reason="too large to read into memory"))
            continue
        doc_id = content_id(raw)
        if store is not None and store.known(doc_id, plugin.version):
            out.append(_Outcome(f.index, store.add_path(doc_id, f.path), doc_id))
            continue
        if store is None and known is not None and doc_id in known:
            out.append(_Outcome(f.index, "known", doc_id))
            continue
        outcome = extract_bytes(raw, f.path, plugin.model)
        del raw
        if isinstance(outcome, str):
            out.append(_Outcome(f.index, "refused", reason=outcome))
            continue
        prepared = _prepare_rows(outcome, plugin.version)
        if store is None:
            out.append(_Outcome(f.index, "extracted", prepared.doc_id, prepared.words, prepared.warnings,
                                boilerplate_words=prepared.boilerplate_words,
                                failed_stages=prepared.failed_stages, rows=prepared.rows))
        else:
            status = store.save_ordered(prepared.rows, f.seq)
            out.append(_Outcome(f.index, status, prepared.doc_id, prepared.words, prepared.warnings,
                                boilerplate_words=prepared.boilerplate_words,
                                failed_stages=prepared.failed_stages))
    return out


# --------------------------------------------------------------------------------------------
# The client


def list_files(paths: list[str], skipped: list[Path]) -> Iterator[FileItem | Refusal | Skipped | str]:
    """Files to ingest, in order: FileItems (local paths) and URLs (fsspec, listed here but read
    by the workers), Refusals and Skipped files (of types crimecli does not read)."""
    local: list[str] = []
    for path in paths:
        if not _is_url(path):
            local.append(path)
            continue
        if local:
            yield from iter_files(local, skipped=skipped)
            local = []
        yield from _list_url(path)
    if local:
        yield from iter_files(local, skipped=skipped)


def _list_url(url: str) -> Iterator[str | Refusal | Skipped]:
    try:
        import fsspec

        fs, root = fsspec.core.url_to_fs(url)
        if not fs.isdir(root):
            if fs.exists(root):
                yield url
            else:
                yield Refusal(Path(url), "no such file or folder")
            return
        names = sorted(fs.find(root))
    except ImportError as exc:  # fsspec is there, the backend for this scheme is not
        yield Refusal(Path(url), f"cannot read {url.partition('://')[0]}:// URLs ({exc})")
        return
    except (OSError, ValueError) as exc:
        yield Refusal(Path(url), f"cannot list it ({exc})")
        return
    allowed = supported_suffixes()
    protocol = url.partition("://")[0]
    for name in names:
        if any(part.startswith(".") for part in name.split("/")):
            continue
        path = Path(f"{protocol}://{name}")
        if not _readable_suffix(path, allowed):
            yield Skipped(path, _unsupported(path, allowed))
            continue
        yield f"{protocol}://{name}"


def connect(spec: ClusterSpec, jobs: int | None) -> tuple[Any, Any]:
    """A Dask client (and the LocalCluster it runs on, if we started one)."""
    if spec.local:
        from crimecli.ingest import _resolve_jobs

        workers = spec.workers or _resolve_jobs(jobs)
        # The scheduler serves HTTP (health, metrics) on 8787 unless told otherwise: any free port
        # on loopback, so two local runs (or anything else on 8787) do not collide.
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                           silence_logs=logging.ERROR)
        return distributed.Client(cluster), cluster
    try:
        return distributed.Client(spec.address, timeout=CONNECT_TIMEOUT), None
    except (OSError, TimeoutError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise ClusterError(f"cannot reach the Dask scheduler at {spec.address} ({reason}); start one "
                           "with `dask scheduler` and workers with `dask worker ADDRESS`, or use "
                           "--cluster local") from None


def on_cluster(cluster: str) -> Callable[..., None]:
    """What :func:`crimecli.ingest.ingest` runs (its ``work``) to ingest on the cluster
    ``cluster`` names (checked now: a mistyped address fails before anything is opened)."""
    parse_cluster(cluster)
    return functools.partial(ingest_on_cluster, cluster=cluster)


def ingest_on_cluster(
    paths: list[str],
    store: Any,
    report: IngestReport,
    found: list[tuple[str | None, str]],
    *,
    cluster: str,
    jobs: int | None,
    model: str | None,
    progress: Callable[[IngestEvent], None] | None,
) -> None:
    """:func:`crimecli.ingest.ingest`'s work, done by the cluster ``cluster`` names; fills
    ``report`` (and ``found``) as it goes, so an interrupted run still reports what it saved."""
    spec = parse_cluster(cluster)
    version = pipeline_version(model)
    server = is_server_url(store.location)  # workers write to it themselves
    hidden: list[Path] = []
    items = to_read(list_files([str(p) for p in paths], hidden), store, report, hidden)
    total = len(items)
    emit = Tally(progress, total)

    files: list[_File] = []
    names: dict[int, Path] = {}
    refusals: list[Refusal] = []
    for item in items:
        if isinstance(item, Refusal):
            refusals.append(item)
            found.append((None, str(item.path)))
            continue
        # A local file is recorded by its absolute path; a URL as it is.
        shown, recorded = (item.path, str(item.absolute)) if isinstance(item, FileItem) else (Path(item), item)
        names[len(found)] = shown
        files.append(_File(len(found), recorded, None))
        found.append((None, recorded))
    client = local_cluster = None
    if files:
        if server:
            first = store.reserve_order(len(files))
            files = [_File(f.index, f.path, first + i) for i, f in enumerate(files)]
        client, local_cluster = connect(spec, jobs)
    if progress is not None:
        progress(IngestEvent("start", None, 0, total, workers=len(client.nthreads()) if client else 0))
    for refusal in refusals:
        report.refused.append((refusal.path, refusal.reason))
        emit("refused", refusal.path, reason=refusal.reason)
    if client is None:
        return
    # Content stored by this pipeline, every stage of which ran on it (store.known's rule).
    known = None if server else frozenset(d["doc_id"] for d in store.documents()
                                          if d["pipeline_version"] == version and not d["failed_stages"])
    try:
        _run(client, store, report, found, files, names, known, version, model, emit,
             store.url if server else None)
    finally:
        client.close()
        if local_cluster is not None:
            local_cluster.close()


def _run(client: Any, store: Any, report: IngestReport, found: list[tuple[str | None, str]],
         files: list[_File], names: dict[int, Path], known: frozenset[str] | None, version: str,
         model: str | None, emit: Callable[..., None], store_url: str | None) -> None:
    plugin_name = "crimecli-" + hashlib.sha256(f"{store_url}|{model}|{version}".encode()).hexdigest()[:12]
    try:
        client.register_plugin(CrimecliWorker(model, store_url, version), name=plugin_name)
    except CrimecliError:
        raise
    except Exception as exc:  # noqa: BLE001 - a worker that cannot set up says why
        raise ClusterError(f"the workers could not load crimecli ({type(exc).__name__}: {exc})") from None
    if known:  # sent to every worker once, not with each batch
        known = client.scatter(known, broadcast=True)
    threads = max(sum(client.nthreads().values()), 1)
    size = batch_size(len(files), threads)
    batches = [files[i:i + size] for i in range(0, len(files), size)]
    window = max(4, 3 * threads)
    futures: dict[Any, int] = {}
    pending = distributed.as_completed()
    next_batch = 0
    waiting: dict[int, list[_Outcome]] = {}  # SQLite: finished batches waiting for earlier ones
    saved = 0

    def submit() -> None:
        nonlocal next_batch
        while next_batch < len(batches) and len(futures) < window:
            future = client.submit(run_batch, plugin_name, batches[next_batch], known, pure=False)
            futures[future] = next_batch
            pending.add(future)
            next_batch += 1

    def record(outcome: _Outcome) -> None:
        shown = names[outcome.index]
        if outcome.status == "refused":
            report.refused.append((shown, outcome.reason or "could not be read"))
            found[outcome.index] = (None, found[outcome.index][1])
            emit("refused", shown, reason=outcome.reason)
            return
        status = outcome.status
        if status == "known":
            status = store.add_path(outcome.doc_id, found[outcome.index][1])
        elif status == "extracted":
            status = store.save_prepared(outcome.rows)
        found[outcome.index] = (outcome.doc_id, found[outcome.index][1])
        bucket = {"added": report.added, "replaced": report.replaced}.get(status, report.unchanged)
        bucket.append(shown)
        words = outcome.words if status in ("added", "replaced") else 0
        report.words += words
        if status in ("added", "replaced"):
            report.boilerplate_words += outcome.boilerplate_words
            if outcome.failed_stages:
                report.incomplete.append((shown, list(outcome.failed_stages)))
        report.warnings.extend(f"{shown}: {w}" for w in outcome.warnings)
        emit(status if status in ("added", "replaced") else "unchanged", shown, words)

    try:
        submit()
        for future in pending:
            batch = futures.pop(future)
            try:
                outcomes = future.result()
            except distributed.KilledWorker:
                outcomes = [_Outcome(f.index, "refused", reason="a worker died reading or extracting its "
                                     "batch, again and again; ingest this file alone to see why")
                            for f in batches[batch]]
            except CrimecliError:
                raise
            except Exception as exc:  # noqa: BLE001 - a worker's error, on one line
                raise ClusterError(f"a worker failed ({type(exc).__name__}: {' '.join(str(exc).split())})") from None
            if store_url is not None:  # the workers saved them
                for outcome in outcomes:
                    record(outcome)
            else:  # the client saves, in file order
                waiting[batch] = outcomes
                while saved in waiting:
                    for outcome in waiting.pop(saved):
                        record(outcome)
                    saved += 1
            submit()
    except BaseException:
        client.cancel(list(futures), force=True)
        raise


__all__ = ["ACCEPTED", "BATCH", "ClusterSpec", "CrimecliWorker", "connect", "ingest_on_cluster",
           "list_files", "on_cluster", "parse_cluster", "run_batch"]
