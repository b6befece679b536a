"""Files and folders -> extractions -> the store, on every core, skipping what is already stored.

Three entry points, one per way the CLI reads documents:

- :func:`ingest` adds files to a store (``crimecli ingest``);
- :func:`extract_paths` yields extractions without storing them (``crimecli extract``);
- :func:`corpus_doc_ids` ingests into the cache store and returns the doc ids of exactly the
  files named (``--corpus PATH`` on the query commands).

Why it is shaped this way:

- Unchanged files are recognised by a hash of their raw bytes *before* anything is decoded or
  parsed, so re-running over an unchanged folder costs one read per file and no spaCy import.
- Extraction runs in a process pool fed a bounded window of files; the parent saves each result
  in its own store transaction as it arrives. Memory stays flat however large the folder, and an
  interrupted run leaves only whole documents behind (a re-run finishes the job).
- Nothing here imports spaCy at module level: workers (or the first in-process extraction) load
  the pipeline through :func:`crimecli.nlp.get_pipeline`.
- Every problem a user can cause (missing path, unreadable folder, symlink loop, binary or empty
  file, a file that crashes the pipeline) becomes a :class:`Refusal` with a one-line reason,
  never a traceback.
"""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import stat
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crimecli.errors import CrimecliError, InputError
from crimecli.models import DateValue, Document, Extraction

if TYPE_CHECKING:  # multiprocessing costs ~20 ms to import; query commands never need it
    import multiprocessing.context
    import multiprocessing.pool

    from crimecli.store import CorpusStore

PathLike = str | os.PathLike[str]

#: The path that means standard input (``crimecli extract -``).
STDIN = "-"


# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class FileItem:
    """A file to read: ``path`` as the user would recognise it, ``explicit`` if named directly."""

    path: Path
    explicit: bool = False

    @property
    def absolute(self) -> Path:
        """Absolute but not symlink-resolved: what the store records as the file."""
        return Path(os.path.abspath(self.path))


@dataclass(frozen=True)
class Refusal:
    """A path that could not be read as a document, with a one-line reason."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Skipped:
    """A file met inside a folder whose type crimecli does not read (an image, a spreadsheet):
    left out and listed, not an error."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class IngestEvent:
    """Progress: one per file handled (``status`` added, replaced, unchanged, refused), plus a
    first event with status ``start`` and ``file`` None once the files are listed (``workers``
    says how many processes extract: 1 means this one). When this process extracts, a
    ``working`` event with the file's ``size`` in bytes comes before each file is read, and a
    file read in sections (a long one) adds a ``working`` event as each ``section`` of
    ``sections`` is done, so a long single file shows how far it has got."""

    status: str
    file: Path | None
    done: int
    total: int
    words: int = 0
    reason: str | None = None
    workers: int = 0
    size: int = 0
    section: int = 0
    sections: int = 0


@dataclass
class IngestReport:
    added: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    replaced: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0  # files left out: hidden ones (silently) and those in skipped_files
    # Files of types crimecli does not read, met inside folders: listed, not an error.
    skipped_files: list[tuple[Path, str]] = field(default_factory=list)
    # Words of boilerplate (share bars, related content, footers) in the documents added: kept
    # and searchable, but not analysed.
    boilerplate_words: int = 0
    # Documents stored although a pipeline stage failed on them (with the stages): their text
    # and the other stages' results are in the store, and the next ingest extracts them again.
    incomplete: list[tuple[Path, list[str]]] = field(default_factory=list)

    @property
    def files(self) -> int:
        return len(self.added) + len(self.unchanged) + len(self.replaced) + len(self.refused)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": [str(p) for p in self.added],
            "unchanged": [str(p) for p in self.unchanged],
            "replaced": [str(p) for p in self.replaced],
            "refused": [{"file": str(p), "reason": r} for p, r in self.refused],
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "warnings": list(self.warnings),
            "skipped": self.skipped,
            "skipped_files": [{"file": str(p), "reason": r} for p, r in self.skipped_files],
            "boilerplate_words": self.boilerplate_words,
            "incomplete": [{"file": str(p), "failed_stages": list(s)} for p, s in self.incomplete],
        }


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during :func:`ingest`: every document saved so far is whole; ``report`` says which.

    A subclass of KeyboardInterrupt so callers that only know about Ctrl-C still see one.
    """

    def __init__(self, report: IngestReport):
        super().__init__("ingest interrupted")
        self.report = report


# --------------------------------------------------------------------------------------------
# Walking paths


def supported_suffixes() -> frozenset[str]:
    """Suffixes read inside folders (a file named explicitly is always attempted): the reader's."""
    from crimecli.reader import SUPPORTED_SUFFIXES

    return frozenset(s.lower() for s in SUPPORTED_SUFFIXES)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop (the link points back to itself)"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def iter_files(
    paths: Iterable[PathLike],
    *,
    skipped: list[Path] | None = None,
    suffixes: Iterable[str] | None = None,
    stdin: bool = False,
) -> Iterator[FileItem | Refusal | Skipped]:
    """Expand files and folders into files to read, in a deterministic (sorted) order.

    Folders are walked recursively, following symlinks; a link back to a folder being walked is
    a symlink loop and becomes a Refusal, as do missing paths and unreadable folders. Inside
    folders, hidden entries are left out silently (appended to ``skipped`` when given); a file
    with a suffix crimecli does not read (an image, random bytes in ``x.bin``) is yielded as
    Skipped, so the summary lists what was not read without calling it an error (a Refusal is
    for a file crimecli should read and could not); a file with no suffix is tried
    (the reader refuses it if it is binary). A file named explicitly is always attempted. A
    file reached twice (named twice, or through two links) is yielded once. With ``stdin``, the
    path "-" is standard input (yielded once, as a FileItem). A file whose name is not valid
    text (bytes a Latin-1 file system wrote) is refused with a request to rename it: the store
    and every output keep file names as UTF-8 text.
    """
    for item in _iter_files(paths, skipped=skipped, suffixes=suffixes, stdin=stdin):
        if isinstance(item, FileItem) and not _valid_name(item.path):
            yield Refusal(item.path, "the file name is not valid UTF-8; rename the file to read it")
        else:
            yield item


def _valid_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:  # os.fsdecode kept undecodable bytes as lone surrogates
        return False
    return True


def _iter_files(
    paths: Iterable[PathLike],
    *,
    skipped: list[Path] | None,
    suffixes: Iterable[str] | None,
    stdin: bool,
) -> Iterator[FileItem | Refusal | Skipped]:
    allowed = frozenset(s.lower() for s in suffixes) if suffixes is not None else supported_suffixes()
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    read_stdin = False
    for raw in paths:
        if stdin and str(raw) == STDIN:
            if not read_stdin:
                read_stdin = True
                yield FileItem(Path(STDIN), explicit=True)
            continue
        path = Path(raw).expanduser()
        try:
            st = os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ENOENT and os.path.islink(path):
                yield Refusal(path, f"broken symlink (points to {os.readlink(path)})")
            else:
                yield Refusal(path, _os_reason(exc))
            continue
        except ValueError as exc:  # embedded NUL and the like
            yield Refusal(path, f"not a valid path ({exc})")
            continue
        key = (st.st_dev, st.st_ino)
        if stat.S_ISDIR(st.st_mode):
            if key in seen_dirs:
                continue
            yield from _walk_dir(path, (key,), seen_dirs, seen_files, allowed, skipped)
        elif stat.S_ISREG(st.st_mode):
            if key not in seen_files:
                seen_files.add(key)
                yield FileItem(path, explicit=True)
        else:
            yield Refusal(path, "not a regular file (device, pipe or socket)")


def _walk_dir(
    folder: Path,
    ancestors: tuple[tuple[int, int], ...],
    seen_dirs: set[tuple[int, int]],
    seen_files: set[tuple[int, int]],
    allowed: frozenset[str],
    skipped: list[Path] | None,
) -> Iterator[FileItem | Refusal | Skipped]:
    seen_dirs.add(ancestors[-1])
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Refusal(folder, f"cannot read folder ({_os_reason(exc)})")
        return
    folder_dev = ancestors[-1][0]
    for entry in entries:
        path = folder / entry.name
        if entry.name.startswith("."):
            if skipped is not None:
                skipped.append(path)
            continue
        # Plain files (the bulk of any folder) need no stat call: scandir already knows their
        # type and inode. Links and folders are stat'ed, for loop detection and dedupe.
        if not entry.is_symlink():
            try:
                is_file = entry.is_file(follow_symlinks=False)
            except OSError:
                is_file = False
            if is_file:
                if not _readable_suffix(path, allowed):
                    yield Skipped(path, _unsupported(path, allowed))
                    continue
                key = (folder_dev, entry.inode())
                if key not in seen_files:
                    seen_files.add(key)
                    yield FileItem(path)
                continue
        try:
            st = os.stat(path)  # follows symlinks
        except OSError as exc:
            if exc.errno == errno.ENOENT and entry.is_symlink():
                yield Refusal(path, f"broken symlink (points to {os.readlink(path)})")
            else:
                yield Refusal(path, _os_reason(exc))
            continue
        key = (st.st_dev, st.st_ino)
        if stat.S_ISDIR(st.st_mode):
            if key in ancestors:
                target = os.readlink(path) if entry.is_symlink() else path
                yield Refusal(path, f"symlink loop (points back to {target})")
            elif key not in seen_dirs:  # a second link to a folder already walked adds nothing
                yield from _walk_dir(path, ancestors + (key,), seen_dirs, seen_files, allowed, skipped)
        elif stat.S_ISREG(st.st_mode):
            if not _readable_suffix(path, allowed):
                yield Skipped(path, _unsupported(path, allowed))
            elif key not in seen_files:
                seen_files.add(key)
                yield FileItem(path)
        else:
            yield Refusal(path, "not a regular file (device, pipe or socket)")


def _readable_suffix(path: Path, allowed: frozenset[str]) -> bool:
    """Files with a supported suffix, or none at all ("README", "notes"), are tried."""
    return not path.suffix or path.suffix.lower() in allowed


def _unsupported(path: Path, allowed: frozenset[str]) -> str:
    kinds = ", ".join(sorted(allowed))
    return f"unsupported file type '{path.suffix}' (crimecli reads {kinds})"


# --------------------------------------------------------------------------------------------
# Hashing: must give the reader's doc_id for the same bytes, without decoding anything


def content_id(raw: bytes) -> str:
    """The doc_id of a file's raw bytes, as :func:`crimecli.reader.content_id` defines it (a hash
    of the decoded, newline-normalised text), computed cheaply where that is possible.

    For bytes that are valid UTF-8 with no byte-order mark and no carriage return, the reader's
    decoded text re-encodes to exactly these bytes (and bytes it refuses hash as they are), so
    hashing the raw bytes gives the same id without the reader's decoding and checks: this is
    what keeps an unchanged 10,000-file re-run to a few seconds. Anything else goes through the
    reader. tests/test_ingest.py checks both paths agree.
    """
    if b"\r" not in raw and not raw.startswith(_BOMS):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return hashlib.sha256(raw).hexdigest()[:16]
    from crimecli.reader import content_id as reader_content_id

    return reader_content_id(raw)


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


# --------------------------------------------------------------------------------------------
# Extraction, in process or in a pool


@dataclass(frozen=True)
class _Task:
    path: str
    published: DateValue | None = None
    version: str | None = None  # set when the result is to be stored: the worker builds its rows


class _Prepared:
    """What the parent needs of a document a worker extracted: the store rows it built (see
    :func:`_prepare_rows`) and the few fields the report reads. Not the extraction itself: the
    parent would unpickle every entity, mention and event only to read four fields (a third of
    what it spent per document besides saving)."""

    __slots__ = ("rows", "doc_id", "words", "warnings", "boilerplate_words", "failed_stages")

    def __init__(self, rows: Any, doc_id: str, words: int, warnings: tuple[str, ...],
                 boilerplate_words: int = 0, failed_stages: tuple[str, ...] = ()):
        self.rows, self.doc_id, self.words, self.warnings = rows, doc_id, words, warnings
        self.boilerplate_words, self.failed_stages = boilerplate_words, failed_stages

    def __reduce__(self) -> tuple:
        return _Prepared, (self.rows, self.doc_id, self.words, self.warnings, self.boilerplate_words,
                           self.failed_stages)


def _prepare_rows(extraction: Extraction, version: str) -> _Prepared:
    """The store's rows for ``extraction``, built where it was extracted (in a worker).

    Saving is done by the parent, one document at a time, so whatever the parent does per
    document caps the throughput however many workers there are: the workers build the rows
    (:func:`crimecli.store.records.prepare`, pure Python) and the parent only writes them
    (``save_prepared``).
    """
    from crimecli.store.records import prepare

    rows = prepare(extraction, version)
    document = extraction.document
    return _Prepared(rows, document.doc_id, extraction.words, tuple(document.warnings),
                     document.boilerplate_words(), tuple(extraction.failed_stages))


def _read_stdin(published: DateValue | None) -> Document:
    """Standard input as a document; more than a file may hold is refused, as a file would be."""
    import sys

    from crimecli.reader import MAX_BYTES, read_bytes

    return read_bytes(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>", published)


def _extract_one(task: _Task, model: str | None,
                 on_section: Callable[[int, int], None] | None = None) -> Extraction | str:
    """Read and extract one file; a string is the reason it was refused. ``on_section(done,
    total)`` follows a long file's sections."""
    from crimecli.reader import read_document

    # the reader dates the document (and its stories) by task.published when it states no date
    return _extract_read(lambda: _read_stdin(task.published) if task.path == STDIN
                         else read_document(task.path, task.published), task.path, model, on_section)


def extract_bytes(raw: bytes, file: str, model: str | None) -> Extraction | str:
    """Extract a file whose bytes are read already (a cluster worker's); a string is the reason
    it was refused."""
    from crimecli.reader import read_bytes

    return _extract_read(lambda: read_bytes(raw, file), file, model)


def _extract_read(read: Callable[[], Any], path: str, model: str | None,
                  on_section: Callable[[int, int], None] | None = None) -> Extraction | str:
    from crimecli.extract import extract_document

    try:
        document = read()
    except InputError as exc:
        return _one_line(str(exc), path)
    except OSError as exc:
        return _os_reason(exc)
    except MemoryError:
        return "too large to read into memory"
    except Exception as exc:  # a reader bug must not end a 10,000-file run
        return f"could not be read ({type(exc).__name__}: {exc})"
    try:
        return extract_document(document, model, on_section=on_section)
    except CrimecliError:
        raise  # ModelError and the like concern the whole run, not this file
    except MemoryError:
        return "too large to extract in memory"
    except Exception as exc:
        return f"extraction failed ({type(exc).__name__}: {exc})"


def _one_line(message: str, path: str) -> str:
    """The reader's message without a repeated ``path:`` prefix, on one line."""
    for prefix in (f"{path}: ", f"{Path(path).name}: "):
        if message.startswith(prefix):
            message = message[len(prefix):]
            break
    return " ".join(message.split()) or "could not be read"


_worker_model: str | None = None


def _worker_init(model: str | None) -> None:
    # The parent handles Ctrl-C (terminating the pool); workers dying mid-task on SIGINT would
    # only add tracebacks to the terminal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_model
    _worker_model = model
    from crimecli.nlp import get_pipeline

    get_pipeline(model)  # once per worker; a no-op when forked from a parent that loaded it


def _worker_run(task: _Task) -> Extraction | _Prepared | str:
    return _work(task, _worker_model)


def _work(task: _Task, model: str | None,
          on_section: Callable[[int, int], None] | None = None) -> Extraction | _Prepared | str:
    outcome = _extract_one(task, model, on_section)
    if task.version is not None and isinstance(outcome, Extraction):
        return _prepare_rows(outcome, task.version)
    return outcome


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork where the OS has it: workers share the pipeline the parent already built (no start-up
    cost, copy-on-write memory). A fork server was tried for parents with threads (the CLI's
    progress bar runs one) but costs ~5 s of start-up building the pipeline once per worker;
    fork is safe here because workers never touch what other threads hold (the console, stderr):
    they only read files, run the pipeline and pickle results back."""
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


_WARM_UP_TEXT = (
    "Colombia and Venezuela agree to cooperate\n\n"
    "On 4 October 2022, Colombia's defence minister met Venezuela's interior minister in Caracas. "
    "Wilber Varela, alias \"Jabon\", was killed in Venezuela in January 2008, police said.\n"
)


def _warm_up(model: str | None) -> None:
    """Run one small document through the pipeline before forking: components load some data
    lazily on first use (date parsers, lexicons), and loaded in the parent it is shared by every
    worker instead of loaded once per worker."""
    from crimecli.extract import extract_document
    from crimecli.models import Document

    document = Document(file="<warm-up>", doc_id="warm-up", text=_WARM_UP_TEXT,
                        body_end=len(_WARM_UP_TEXT))
    try:
        extract_document(document, model)
    except Exception:  # noqa: BLE001 - only an optimisation; real files report real errors
        pass


class _Extractor:
    """Runs tasks in process (jobs == 1) or in a lazily started pool, results in task order.

    At most ``window`` tasks are in flight, so results never pile up in memory.
    """

    def __init__(self, model: str | None, jobs: int):
        self.model = model
        self.jobs = max(1, jobs)
        # Results are taken in file order: a deeper window keeps both cores busy behind a slow
        # document (4 -> 16 per worker: +2.5% words/s on 2,000 synthetic documents; 32 no better).
        self.window = self.jobs * 16
        self.pool: multiprocessing.pool.Pool | None = None
        self.loaded = False

    def _load(self, warm: bool = False) -> None:
        if not self.loaded:
            from crimecli.nlp import get_pipeline

            get_pipeline(self.model)  # raises ModelError once, up front, not once per file
            if warm:
                _warm_up(self.model)
            self.loaded = True

    def run(self, tasks: Iterable[tuple[Any, _Task]],
            on_section: Callable[[Any, int, int], None] | None = None) -> Iterator[tuple[Any, Extraction | str]]:
        """(key, outcome) for each (key, task), in order. ``on_section(key, done, total)``
        follows the sections of long files extracted in this process (workers report only
        whole files)."""
        if self.jobs == 1:
            for key, task in tasks:
                self._load()
                yield key, _work(task, self.model, None if on_section is None else partial(on_section, key))
            return
        pending: deque[tuple[Any, Any]] = deque()
        for key, task in tasks:
            if self.pool is None:
                self._load(warm=True)
                ctx = _pool_context()
                with warnings.catch_warnings():  # Python 3.12+ warns on fork with threads running
                    warnings.simplefilter("ignore", DeprecationWarning)
                    self.pool = ctx.Pool(self.jobs, initializer=_worker_init, initargs=(self.model,))
            pending.append((key, self.pool.apply_async(_worker_run, (task,))))
            while len(pending) >= self.window or (pending and pending[0][1].ready()):
                head_key, result = pending.popleft()
                yield head_key, result.get()
        while pending:
            head_key, result = pending.popleft()
            yield head_key, result.get()

    def close(self, *, abort: bool = False) -> None:
        """Stop the workers: after the last result, or at once (``abort``: Ctrl-C, an error)."""
        if self.pool is None:
            return
        pool, self.pool = self.pool, None
        if not abort:
            pool.close()
            pool.join()
            return
        _abort_pool(pool)


#: How long :func:`_abort_pool` lets Pool.terminate() run before it kills the workers.
_TERMINATE_GRACE = 2.0


def _abort_pool(pool: multiprocessing.pool.Pool) -> None:
    """End ``pool`` now, never hanging: Ctrl-C must end an ingest promptly.

    Pool.terminate() can deadlock: once its result thread has stopped reading, a worker finishing
    a result larger than the pipe holds (a long document's rows) blocks in the write holding the
    result queue's lock, and terminate() then waits for that lock forever (it puts a sentinel on
    that queue before it signals the workers). So terminate() runs in a daemon thread; if it has
    not finished within ``_TERMINATE_GRACE`` seconds (or a second Ctrl-C comes first), the
    workers are killed, which is safe: they only extract, the parent alone writes the store. The
    thread, still waiting on a lock a dead worker held, is left behind (a daemon: it does not keep
    the process alive).
    """
    import threading

    workers = list(pool._pool)  # noqa: SLF001 - the stdlib offers no public list of a Pool's processes
    pool.close()
    stopper = threading.Thread(target=pool.terminate, name="crimecli-pool-terminate", daemon=True)
    stopper.start()
    try:
        stopper.join(_TERMINATE_GRACE)
    finally:
        if stopper.is_alive():
            for worker in workers:
                worker.kill()
            for worker in workers:
                worker.join(1.0)
        else:
            pool.join()


# --------------------------------------------------------------------------------------------
# Entry points


def _resolve_jobs(jobs: int | None) -> int:
    """``jobs`` as given, else every core this process may run on (a container's CPU set, not
    the host's core count)."""
    if jobs is None or jobs <= 0:
        try:
            return len(os.sched_getaffinity(0)) or 1
        except (AttributeError, OSError):
            return os.cpu_count() or 1
    return jobs


def _resolve_model(model: str | None) -> str | None:
    from crimecli.config import model_name

    return model_name(model)


def pipeline_version(model: str | None) -> str:
    """What the store keys extractions by: the rules' version and a digest of the code and data
    that make extractions, plus the model if one is layered (a document extracted with
    en_core_web_sm is not the same extraction as one without). An upgraded crimecli, or an
    edited gazetteer, therefore re-extracts instead of serving stale cached results."""
    from crimecli import PIPELINE_VERSION
    from crimecli.digest import rules_digest

    version = f"{PIPELINE_VERSION}.{rules_digest()}"
    return f"{version}+{model}" if model else version


def to_read(listing: Iterable[Any], store: CorpusStore, report: IngestReport, hidden: list[Path]) -> list[Any]:
    """What an ingest reads of a ``listing`` (``iter_files``'s, or the cluster's, whose
    ``hidden`` files it left out): Skipped files go to ``report.skipped_files``, the store's own
    files (which may sit in the folder being ingested) are never read; ``report.skipped``
    counts them all."""
    own = {os.path.abspath(f) for f in store.own_files()}
    items = []
    for item in listing:
        if isinstance(item, Skipped):
            report.skipped_files.append((item.path, item.reason))
        elif isinstance(item, FileItem) and os.path.abspath(item.path) in own:
            hidden.append(item.path)
        else:
            items.append(item)
    report.skipped = len(hidden) + len(report.skipped_files)
    return items


class Tally:
    """Counts the files an ingest has handled, telling ``progress`` of each (an IngestEvent)."""

    def __init__(self, progress: Callable[[IngestEvent], None] | None, total: int):
        self.progress, self.total, self.done = progress, total, 0

    def __call__(self, status: str, file: Path, words: int = 0, reason: str | None = None) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(IngestEvent(status, file, self.done, self.total, words, reason))


def _ingest_files(
    paths: Iterable[PathLike],
    store: CorpusStore,
    report: IngestReport,
    found: list[tuple[str | None, str]],
    *,
    jobs: int | None,
    model: str | None,
    progress: Callable[[IngestEvent], None] | None,
) -> None:
    """The work behind :func:`ingest`; fills ``report`` (and ``found``: (doc_id or None, path)
    for each file) as it goes, so an interrupted run still reports what it saved."""
    version = pipeline_version(model)
    hidden: list[Path] = []
    items = to_read(iter_files(paths, skipped=hidden), store, report, hidden)  # paths only: small
    total = len(items)
    emit = Tally(progress, total)

    def refuse(file: Path, reason: str) -> None:
        report.refused.append((file, reason))
        emit("refused", file, reason=reason)

    # One file to extract needs no pool of workers (nor their start-up).
    extractor = _Extractor(model, min(_resolve_jobs(jobs), max(1, total)))
    if progress is not None:
        progress(IngestEvent("start", None, 0, total, workers=extractor.jobs))

    def tasks() -> Iterator[tuple[tuple[FileItem, int, int], _Task]]:
        for item in items:
            if isinstance(item, Refusal):
                refuse(item.path, item.reason)
                found.append((None, str(item.path)))
                continue
            path = str(item.absolute)
            try:
                raw = item.absolute.read_bytes()
            except OSError as exc:
                refuse(item.path, _os_reason(exc))
                found.append((None, path))
                continue
            except MemoryError:
                refuse(item.path, "too large to read into memory")
                found.append((None, path))
                continue
            doc_id = content_id(raw)
            size = len(raw)
            del raw
            if store.known(doc_id, version):
                # Stored already: no decoding, no NLP; the store learns this path of it. (Two
                # copies of a new file in one run are both extracted; the store keeps one
                # document with both paths.)
                status = store.add_path(doc_id, path)
                (report.replaced if status == "replaced" else report.unchanged).append(item.path)
                found.append((doc_id, path))
                emit(status, item.path)
                continue
            found.append((doc_id, path))  # corrected below if the reader disagrees
            if progress is not None and extractor.jobs == 1:  # extracted right after the yield
                progress(IngestEvent("working", item.path, emit.done, total, size=size))
            yield (item, len(found) - 1, size), _Task(path, version=version)

    def section_done(key: tuple[FileItem, int, int], section: int, sections: int) -> None:
        item, _index, size = key
        progress(IngestEvent("working", item.path, emit.done, total, size=size, section=section, sections=sections))

    try:
        for (item, index, _size), outcome in extractor.run(tasks(), None if progress is None else section_done):
            if isinstance(outcome, str):
                found[index] = (None, found[index][1])
                refuse(item.path, outcome)
                continue
            status = store.save_prepared(outcome.rows)
            doc_id, words, doc_warnings = outcome.doc_id, outcome.words, outcome.warnings
            found[index] = (doc_id, found[index][1])
            bucket = {"added": report.added, "replaced": report.replaced}.get(status, report.unchanged)
            bucket.append(item.path)
            if status in ("added", "replaced"):
                report.words += words
                report.boilerplate_words += outcome.boilerplate_words
                if outcome.failed_stages:
                    report.incomplete.append((item.path, list(outcome.failed_stages)))
            if doc_warnings:
                report.warnings.extend(f"{item.path}: {w}" for w in doc_warnings)
            emit(status if status in ("added", "replaced") else "unchanged", item.path, words)
    except BaseException:
        extractor.close(abort=True)
        _in_walk_order(report, items)
        raise
    extractor.close()
    _in_walk_order(report, items)


def _in_walk_order(report: IngestReport, items: list[FileItem | Refusal]) -> None:
    """Workers finish out of step with the walk; list files in walk order whatever ``jobs`` was."""
    order = {item.path: i for i, item in enumerate(items)}
    for files in (report.added, report.unchanged, report.replaced):
        files.sort(key=lambda path: order.get(path, len(order)))
    for pairs in (report.refused, report.incomplete):
        pairs.sort(key=lambda pair: order.get(pair[0], len(order)))


def ingest(
    paths: Iterable[PathLike],
    store: CorpusStore,
    *,
    jobs: int | None = None,
    model: str | None = None,
    progress: Callable[[IngestEvent], None] | None = None,
    work: Callable[..., None] | None = None,
) -> IngestReport:
    """Add files and folders to ``store``, each document in its own transaction, then bring
    the store's derived data (merged entities) up to date. Files whose content is stored (same
    rules version and model) are skipped before any NLP. ``jobs`` defaults to every core;
    ``jobs=1`` runs in this process. ``work`` does the listing, extracting and saving instead
    of this module's processes (:func:`crimecli.cluster.on_cluster`: on a Dask cluster), with
    the arguments of :func:`_ingest_files`.

    Raises :class:`IngestInterrupted` on Ctrl-C (with the partial report) and ModelError when
    ``model`` is not installed; every per-file problem ends up in ``report.refused``, and a
    document stored although a pipeline stage failed on it in ``report.incomplete``.
    """
    report, _found = _timed_ingest(paths, store, jobs=jobs, model=model, progress=progress, work=work)
    store.refresh()
    return report


def extract_paths(
    paths: Iterable[PathLike],
    *,
    model: str | None = None,
    jobs: int = 1,
    published: DateValue | None = None,
) -> Iterator[Extraction | Refusal | Skipped]:
    """Extract files and folders without storing anything, in file order.

    ``published`` fills in the date of documents that do not state their own. Files of types
    crimecli does not read, met inside folders, come out as Skipped.
    """
    model = _resolve_model(model)
    # Walk first (paths only, cheap), then extract in order, so refusals keep their place.
    # "-" is standard input, read once, in its place.
    items = list(iter_files(paths, stdin=True))
    reads_stdin = any(str(i.path) == STDIN for i in items)
    # Standard input is read in this process, where it is open.
    extractor = _Extractor(model, 1 if reads_stdin else _resolve_jobs(jobs))
    order = [(i.path, _Task(str(i.path), published)) for i in items if isinstance(i, FileItem)]
    results = extractor.run(iter(order))
    try:
        for item in items:
            if isinstance(item, (Refusal, Skipped)):
                yield item
                continue
            path, outcome = next(results)
            yield Refusal(path, outcome) if isinstance(outcome, str) else outcome
    except BaseException:
        extractor.close(abort=True)
        raise
    extractor.close()


def corpus_doc_ids(
    paths: Iterable[PathLike],
    cache_store: CorpusStore | PathLike | None = None,
    model: str | None = None,
    jobs: int | None = None,
    progress: Callable[[IngestEvent], None] | None = None,
) -> tuple[dict[str, str], IngestReport]:
    """``--corpus PATH``: make sure every file under ``paths`` is extracted in the cache store
    (by content hash, so repeated runs cost a read per file) and return their doc_ids, in file
    order, each with the path (under ``paths``) it was found at: the same content stored from
    elsewhere is named by that path. ``cache_store`` is an open store, a path, or None for
    :func:`crimecli.config.cache_path`.
    """
    if cache_store is None or isinstance(cache_store, (str, os.PathLike)):
        from crimecli.config import cache_path
        from crimecli.store import open_cache

        store, note = open_cache(Path(cache_store) if cache_store is not None else cache_path())
        with store:
            doc_ids, report = corpus_doc_ids(paths, store, model=model, jobs=jobs, progress=progress)
        if note:
            report.warnings.insert(0, note)
        return doc_ids, report
    report, found = _timed_ingest(paths, cache_store, jobs=jobs, model=model, progress=progress)
    doc_ids: dict[str, str] = {}
    for doc_id, path in found:
        if doc_id is not None:
            doc_ids.setdefault(doc_id, path)
    return doc_ids, report


def _timed_ingest(
    paths: Iterable[PathLike],
    store: CorpusStore,
    *,
    jobs: int | None,
    model: str | None,
    progress: Callable[[IngestEvent], None] | None,
    work: Callable[..., None] | None = None,
) -> tuple[IngestReport, list[tuple[str | None, str]]]:
    """Run :func:`_ingest_files` (or ``work``) timing it; Ctrl-C becomes IngestInterrupted
    with the report."""
    report = IngestReport()
    found: list[tuple[str | None, str]] = []
    started = time.perf_counter()
    try:
        (work or _ingest_files)(paths, store, report, found, jobs=jobs, model=_resolve_model(model),
                                progress=progress)
    except KeyboardInterrupt as exc:
        report.seconds = time.perf_counter() - started
        if isinstance(exc, IngestInterrupted):
            raise
        raise IngestInterrupted(report) from None
    report.seconds = time.perf_counter() - started
    return report, found
