"""Ingest: walking folders, refusing bad input with a reason, skipping stored content, workers.

Every case writes real files under tmp_path. Stores are real SQLite stores in tmp_path;
"consistent" means every document is whole: no rows left over from one that was not saved.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path

import pytest

from crimecli import ingest as ingest_mod
from crimecli.ingest import (
    FileItem,
    IngestInterrupted,
    Refusal,
    Skipped,
    corpus_doc_ids,
    extract_paths,
    ingest,
    iter_files,
)
from crimecli.models import DateValue, Extraction
from crimecli.store import Prepared, Store

GOOD_TEXT = (
    "Colombia and Venezuela agree on security cooperation\n\n"
    "On 4 October 2022 the Colombian defence minister met his Venezuelan counterpart in Caracas "
    "to discuss drug trafficking along the border. Wilber Varela, alias \"Jabon\", was killed "
    "in Venezuela in January 2008.\n"
)
LATIN1_TEXT = "Bogot\xe1 and Medell\xedn: the ELN's reach in Colombia\n\nThe ELN operates near Bogot\xe1.\n"


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store.sqlite") as opened:
        yield opened


def stored(store: Store) -> list[Extraction]:
    return [store.extraction(d["doc_id"]) for d in store.documents()]


def orphan_rows(store: Store) -> dict[str, int]:
    """Rows whose document is not stored: what a half-saved document would leave behind."""
    db = store.db
    out = {}
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if table != "documents" and "doc_id" in columns:
            n = db.execute(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN "
                           "(SELECT doc_id FROM documents)").fetchone()[0]
            if n:
                out[table] = n
    return out


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode(encoding)
    path.write_bytes(data)
    return path


def fake_extract(document, model=None, on_section=None) -> Extraction:
    """A pipeline stand-in for cases where NLP speed, not NLP, is beside the point."""
    return Extraction(document=document, words=len(document.text.split()))


def deny(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Make ``target`` unreadable even for root: opening it raises EACCES, as chmod 000 would."""
    real_open = io.open
    target = Path(os.path.abspath(target))

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and Path(os.path.abspath(file)) == target:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(builtins, "open", guarded_open)
    target.chmod(0)  # the real thing too, for runs that are not root


def names(paths) -> list[str]:
    return [Path(p).name for p in paths]


# ---- walking --------------------------------------------------------------------------------


def test_iter_files_sorted_recursive_skips_hidden_and_names_unsupported(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", GOOD_TEXT)
    write(tmp_path / "a.md", GOOD_TEXT)
    write(tmp_path / "sub" / "c.html", "<p>hi</p>")
    write(tmp_path / "NOTES", GOOD_TEXT)
    write(tmp_path / ".hidden.txt", GOOD_TEXT)
    write(tmp_path / ".git" / "d.txt", GOOD_TEXT)
    write(tmp_path / "photo.jpg", b"\xff\xd8\xff")
    skipped: list[Path] = []
    found = list(iter_files([tmp_path], skipped=skipped))
    items = [i for i in found if isinstance(i, FileItem)]
    assert [i.path.relative_to(tmp_path).as_posix() for i in items] == [
        "NOTES", "a.md", "b.txt", "sub/c.html"]
    # A type crimecli does not read is skipped and named, not refused (refusals are errors).
    [skip] = [i for i in found if not isinstance(i, FileItem)]
    assert isinstance(skip, Skipped)
    assert skip.path.name == "photo.jpg" and "unsupported file type '.jpg'" in skip.reason
    assert sorted(names(skipped)) == [".git", ".hidden.txt"]


def test_explicit_file_is_attempted_whatever_its_suffix(tmp_path: Path) -> None:
    odd = write(tmp_path / ".notes.log", GOOD_TEXT)
    assert list(iter_files([odd])) == [FileItem(odd, explicit=True)]


def test_same_file_named_twice_or_linked_is_listed_once(tmp_path: Path) -> None:
    real = write(tmp_path / "docs" / "a.txt", GOOD_TEXT)
    (tmp_path / "docs" / "link.txt").symlink_to(real)
    items = list(iter_files([tmp_path / "docs", real]))
    assert names(i.path for i in items) == ["a.txt"]


def test_missing_path_is_refused(tmp_path: Path) -> None:
    [item] = iter_files([tmp_path / "nope.txt"])
    assert item == Refusal(tmp_path / "nope.txt", "no such file or folder")


def test_symlink_loop_is_refused_not_followed_forever(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "a.txt", GOOD_TEXT)
    (tmp_path / "docs" / "back").symlink_to(tmp_path / "docs")  # a folder link to its parent
    (tmp_path / "docs" / "self.txt").symlink_to(tmp_path / "docs" / "self.txt")  # ELOOP
    items = list(iter_files([tmp_path / "docs"]))
    refusals = {i.path.name: i.reason for i in items if isinstance(i, Refusal)}
    assert [i.path.name for i in items if isinstance(i, FileItem)] == ["a.txt"]
    assert refusals["back"].startswith("symlink loop")
    assert refusals["self.txt"].startswith("symlink loop")


def test_followed_symlinked_folder_is_walked(tmp_path: Path) -> None:
    write(tmp_path / "elsewhere" / "x.txt", GOOD_TEXT)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "linked").symlink_to(tmp_path / "elsewhere")
    assert [i.path.relative_to(tmp_path).as_posix() for i in iter_files([tmp_path / "docs"])] == [
        "docs/linked/x.txt"]


def test_unreadable_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "ok" / "a.txt", GOOD_TEXT)
    locked = tmp_path / "locked"
    write(locked / "b.txt", GOOD_TEXT)
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_files([tmp_path]))
    assert [i.path.name for i in items if isinstance(i, FileItem)] == ["a.txt"]
    assert [(i.path, i.reason) for i in items if isinstance(i, Refusal)] == [
        (locked, "cannot read folder (permission denied)")]


# ---- ingest: one case each --------------------------------------------------------------


def test_good_text_is_added_then_unchanged(tmp_path: Path, store: Store) -> None:
    doc = write(tmp_path / "good.txt", GOOD_TEXT)
    first = ingest([doc], store, jobs=1)
    assert first.added == [doc] and first.refused == [] and first.words > 30
    second = ingest([doc], store, jobs=1)
    assert second.unchanged == [doc] and second.added == [] and second.words == 0
    assert store.count_documents() == 1


def test_unchanged_files_need_no_nlp(tmp_path: Path, store: Store,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    doc = write(tmp_path / "good.txt", GOOD_TEXT)
    ingest([doc], store, jobs=1)

    def boom(*args, **kwargs):
        raise AssertionError("an unchanged file was read or extracted again")

    monkeypatch.setattr("crimecli.extract.extract_document", boom)
    monkeypatch.setattr("crimecli.reader.read_document", boom)
    assert ingest([tmp_path], store, jobs=2).unchanged == [doc]


def test_edited_file_is_replaced(tmp_path: Path, store: Store) -> None:
    doc = write(tmp_path / "good.txt", GOOD_TEXT)
    ingest([doc], store, jobs=1)
    write(doc, GOOD_TEXT + "A second paragraph about Ecuador.\n")
    report = ingest([doc], store, jobs=1)
    assert report.replaced == [doc]
    assert store.count_documents() == 1


def test_missing_model_stops_the_run_with_one_error(tmp_path: Path, store: Store) -> None:
    from crimecli.errors import ModelError

    write(tmp_path / "a.txt", GOOD_TEXT)
    with pytest.raises(ModelError, match="not installed"):
        ingest([tmp_path], store, jobs=2, model="xx_no_such_model")
    assert store.count_documents() == 0


def test_hidden_files_are_counted_and_unreadable_types_named(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "inbox"
    write(folder / "a.txt", GOOD_TEXT)
    write(folder / ".DS_Store", b"\x00\x01")
    write(folder / "photo.png", b"\x89PNG\r\n\x1a\n")
    write(folder / "scan.pdf", b"%PDF-1.4")
    report = ingest([folder], store, jobs=1)
    # A type crimecli does not read is skipped and named; a PDF it should read and cannot is refused.
    assert names(report.added) == ["a.txt"] and report.skipped == 2
    assert [(p.name, r.split(" (")[0]) for p, r in report.skipped_files] == [
        ("photo.png", "unsupported file type '.png'")]
    assert [(p.name, r.split(" (")[0]) for p, r in report.refused] == [("scan.pdf", "truncated PDF")]
    assert report.to_dict()["skipped_files"][0]["file"].endswith("photo.png")


def test_the_store_in_the_ingested_folder_is_not_read(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD_TEXT)
    with Store(tmp_path / "store.sqlite") as inside:
        report = ingest([tmp_path], inside, jobs=1)
    assert names(report.added) == ["a.txt"] and report.refused == []


def test_binary_file_is_refused(tmp_path: Path, store: Store) -> None:
    blob = write(tmp_path / "blob.txt", bytes(range(256)) * 64)
    report = ingest([blob], store, jobs=1)
    [(path, reason)] = report.refused
    assert path == blob and reason and "\n" not in reason
    assert store.count_documents() == 0


def test_empty_file_is_refused(tmp_path: Path, store: Store) -> None:
    empty = write(tmp_path / "empty.txt", b"")
    report = ingest([empty], store, jobs=1)
    assert [p for p, _ in report.refused] == [empty]
    assert store.count_documents() == 0


def test_latin1_file_is_ingested_with_a_warning(tmp_path: Path, store: Store) -> None:
    doc = write(tmp_path / "bogota.txt", LATIN1_TEXT, encoding="latin-1")
    report = ingest([doc], store, jobs=1)
    assert report.added == [doc]
    [extraction] = stored(store)
    assert "Bogotá" in extraction.document.text
    assert any("bogota.txt" in w for w in report.warnings)  # e.g. "decoded as cp1252"


class ListStore:
    """Keeps the rows ingest hands a store in a list: for the cases where the store's own work
    is beside the point (saving 20 MB of sentences is the store's business; the combined test
    does it). Implements what ingest calls of crimecli.store.CorpusStore."""

    def __init__(self) -> None:
        self.rows: list[Prepared] = []
        self.refreshed = 0

    def own_files(self) -> list[Path]:
        return []

    def known(self, doc_id: str, pipeline_version: str) -> bool:
        return any(r.doc_id == doc_id for r in self.rows)

    def add_path(self, doc_id: str, file: str) -> str:
        return "unchanged"

    def save_prepared(self, rows: Prepared) -> str:
        self.rows.append(rows)
        return "added"

    def refresh(self) -> None:
        self.refreshed += 1


def test_20mb_file_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = GOOD_TEXT.split("\n\n", 1)[1]
    big = write(tmp_path / "big.txt", "Big report\n\n" + paragraph * (20_000_000 // len(paragraph)))
    assert big.stat().st_size > 19_000_000
    monkeypatch.setattr("crimecli.extract.extract_document", fake_extract)  # NLP of 20 MB is slow
    store = ListStore()
    report = ingest([big], store, jobs=1)
    assert report.added == [big] and report.refused == []
    [rows] = store.rows
    text = rows.document[9]  # the documents row: (doc_id, file, title, ..., text, record)
    assert len(text) == big.stat().st_size  # the reader really read it all
    assert report.words == 3_076_898
    assert store.refreshed == 1


def test_unreadable_file_is_refused(tmp_path: Path, store: Store,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    secret = write(tmp_path / "secret.txt", GOOD_TEXT)
    deny(monkeypatch, secret)
    report = ingest([secret], store, jobs=1)
    assert report.refused == [(secret, "permission denied")]
    assert store.count_documents() == 0


def test_missing_path_is_reported(tmp_path: Path, store: Store) -> None:
    report = ingest([tmp_path / "gone"], store, jobs=1)
    assert report.refused == [(tmp_path / "gone", "no such file or folder")]


def test_symlink_loop_is_reported(tmp_path: Path, store: Store) -> None:
    write(tmp_path / "docs" / "good.txt", GOOD_TEXT)
    (tmp_path / "docs" / "loop").symlink_to(tmp_path / "docs")
    report = ingest([tmp_path / "docs"], store, jobs=1)
    assert names(report.added) == ["good.txt"]
    assert [(p.name, r.split(" (")[0]) for p, r in report.refused] == [("loop", "symlink loop")]


def test_a_crashing_pipeline_refuses_the_file_not_the_run(tmp_path: Path, store: Store,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", GOOD_TEXT)
    write(tmp_path / "b.txt", GOOD_TEXT + "more\n")

    def flaky(document, model=None, on_section=None):
        if document.file.endswith("a.txt"):
            raise ValueError("component bug")
        return fake_extract(document)

    monkeypatch.setattr("crimecli.extract.extract_document", flaky)
    report = ingest([tmp_path], store, jobs=1)
    assert names(report.added) == ["b.txt"]
    assert [(p.name, r) for p, r in report.refused] == [
        ("a.txt", "extraction failed (ValueError: component bug)")]


# ---- ingest: everything at once ---------------------------------------------------------


def bad_folder(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    paragraph = GOOD_TEXT.split("\n\n", 1)[1]
    files = {
        "good": write(root / "good.txt", GOOD_TEXT),
        "latin1": write(root / "bogota.txt", LATIN1_TEXT, encoding="latin-1"),
        "big": write(root / "big.txt", "Big report\n\n" + paragraph * (20_000_000 // len(paragraph))),
        "binary": write(root / "random.txt", os.urandom(4096)),
        "empty": write(root / "empty.txt", b""),
        "secret": write(root / "secret.txt", GOOD_TEXT + "secret\n"),
        "loop": root / "loop",
    }
    files["loop"].symlink_to(root)
    deny(monkeypatch, files["secret"])
    return files


def test_folder_of_bad_input(tmp_path: Path, store: Store,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    files = bad_folder(tmp_path / "inbox", monkeypatch)
    monkeypatch.setattr("crimecli.extract.extract_document", fake_extract)
    missing = tmp_path / "missing.txt"
    report = ingest([tmp_path / "inbox", missing], store, jobs=1)
    assert names(report.added) == ["big.txt", "bogota.txt", "good.txt"]
    assert sorted(p.name for p, _ in report.refused) == [
        "empty.txt", "loop", "missing.txt", "random.txt", "secret.txt"]
    assert all(reason and "\n" not in reason for _, reason in report.refused)
    assert store.count_documents() == 3 and orphan_rows(store) == {}

    again = ingest([tmp_path / "inbox", missing], store, jobs=1)
    assert names(again.unchanged) == ["big.txt", "bogota.txt", "good.txt"]
    assert again.added == [] and len(again.refused) == 5
    assert store.count_documents() == 3 and orphan_rows(store) == {}


# ---- workers, interruption, corpus, extract ---------------------------------------------


def test_parallel_ingest_matches_serial(tmp_path: Path, seed_files: list[Path]) -> None:
    with Store(tmp_path / "one.sqlite") as serial, Store(tmp_path / "two.sqlite") as parallel:
        one = ingest(seed_files, serial, jobs=1)
        two = ingest(seed_files, parallel, jobs=2)
        assert one.added == two.added == seed_files
        assert one.words == two.words > 15_000
        assert [e.to_dict() for e in stored(serial)] == [e.to_dict() for e in stored(parallel)]


def test_ctrl_c_leaves_whole_documents_and_a_rerun_finishes(
        tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(6):
        write(tmp_path / f"doc{i}.txt", GOOD_TEXT + f"Document number {i}.\n")
    monkeypatch.setattr("crimecli.extract.extract_document", fake_extract)

    def interrupt_after_two(event) -> None:
        if event.status == "added" and event.done == 2:
            raise KeyboardInterrupt

    with pytest.raises(IngestInterrupted) as caught:
        ingest([tmp_path], store, jobs=1, progress=interrupt_after_two)
    assert names(caught.value.report.added) == ["doc0.txt", "doc1.txt"]
    assert store.count_documents() == 2 and orphan_rows(store) == {}
    rerun = ingest([tmp_path], store, jobs=1)
    assert names(rerun.unchanged) == ["doc0.txt", "doc1.txt"]
    assert names(rerun.added) == ["doc2.txt", "doc3.txt", "doc4.txt", "doc5.txt"]
    assert store.count_documents() == 6


SIGINT_SCRIPT = """
import json, os, signal, sys
import crimecli.extract
from crimecli.ingest import IngestInterrupted, ingest
from crimecli.models import Extraction
from crimecli.store import Store

# Forked workers inherit this stand-in: the case is about interruption, not NLP speed.
crimecli.extract.extract_document = lambda d, model=None, on_section=None: Extraction(d, len(d.text.split()))

# What a foreground process gets from a terminal. Python leaves SIGINT ignored when it starts
# with it ignored, as every job a non-interactive shell starts in the background does (`pytest &`):
# the os.kill below would then do nothing and the ingest would finish with exit 0.
signal.signal(signal.SIGINT, signal.default_int_handler)

def progress(event):
    if event.status == "added" and event.done == 5:
        os.kill(os.getpid(), signal.SIGINT)  # what Ctrl-C sends

with Store(sys.argv[1]) as store:
    try:
        ingest([sys.argv[2]], store, jobs=2, progress=progress)
    except IngestInterrupted as exc:
        print(json.dumps(len(exc.report.added)))
        sys.exit(130)
"""


def test_real_ctrl_c_with_workers_leaves_a_consistent_store(
        tmp_path: Path, seed_files, monkeypatch: pytest.MonkeyPatch) -> None:
    import json
    import subprocess
    import sys

    folder = tmp_path / "docs"
    for i in range(30):
        write(folder / f"doc{i:02d}.txt", seed_files[i % 5].read_text(encoding="utf-8")
              + f"\nCopy number {i}.\n")
    store_path = tmp_path / "store.sqlite"
    proc = subprocess.run([sys.executable, "-c", SIGINT_SCRIPT, str(store_path), str(folder)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 130, proc.stderr
    saved = json.loads(proc.stdout)
    assert 5 <= saved < 30
    monkeypatch.setattr("crimecli.extract.extract_document", fake_extract)
    with Store(store_path) as store:
        assert store.count_documents() == saved and orphan_rows(store) == {}
        rerun = ingest([folder], store, jobs=2)
        assert len(rerun.unchanged) == saved and len(rerun.added) == 30 - saved
        assert store.count_documents() == 30 and orphan_rows(store) == {}


def test_aborting_the_workers_kills_them_when_terminate_hangs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pool.terminate() can wait forever for a lock a worker holds (the worker blocked writing a
    result nobody reads any more): Ctrl-C must still end the run, so the workers are killed."""
    import multiprocessing.pool
    import threading
    import time

    def slow_after_the_first(document, model=None, on_section=None) -> Extraction:
        if Path(document.file).name in ("d1.txt", "d2.txt", "d3.txt"):
            time.sleep(120)  # still at work when the run is aborted
        return fake_extract(document)

    monkeypatch.setattr("crimecli.extract.extract_document", slow_after_the_first)
    for i in range(4):
        write(tmp_path / f"d{i}.txt", GOOD_TEXT + f"{i}\n")
    never = threading.Event()
    # Where terminate() waits on a lock a worker holds (after telling the pool to stop):
    monkeypatch.setattr(multiprocessing.pool.Pool, "_help_stuff_finish", staticmethod(lambda *a: never.wait()))
    monkeypatch.setattr(ingest_mod, "_TERMINATE_GRACE", 0.5)
    extractor = ingest_mod._Extractor(None, 2)
    results = extractor.run((p, ingest_mod._Task(str(p))) for p in sorted(tmp_path.glob("*.txt")))
    assert isinstance(next(results)[1], Extraction)
    workers = list(extractor.pool._pool)
    extractor.close(abort=True)
    assert extractor.pool is None
    assert [w.exitcode for w in workers] == [-9, -9]  # killed: terminate() never got to them


def test_report_lists_files_in_walk_order_whatever_the_jobs(tmp_path: Path, store: Store) -> None:
    write(tmp_path / "docs" / "a_empty.txt", b"")
    write(tmp_path / "docs" / "b.txt", GOOD_TEXT)
    (tmp_path / "docs" / "c_loop").symlink_to(tmp_path / "docs")
    write(tmp_path / "docs" / "d.txt", GOOD_TEXT + "d\n")
    report = ingest([tmp_path / "docs", tmp_path / "zz_missing"], store, jobs=2)
    assert names(report.added) == ["b.txt", "d.txt"]
    assert [p.name for p, _ in report.refused] == ["a_empty.txt", "c_loop", "zz_missing"]


def test_store_rows_are_prepared_in_workers_when_the_store_offers_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers build the rows (``crimecli.store.records.prepare``), the parent only writes them."""
    import crimecli.store.records

    def prepare(extraction: Extraction, pipeline_version: str) -> dict:
        return {"doc_id": extraction.document.doc_id, "version": pipeline_version, "pid": os.getpid()}

    monkeypatch.setattr(crimecli.store.records, "prepare", prepare)
    monkeypatch.setattr("crimecli.extract.extract_document", fake_extract)
    for i in range(4):
        write(tmp_path / f"d{i}.txt", GOOD_TEXT + f"{i}\n")
    store = ListStore()
    report = ingest([tmp_path], store, jobs=2)
    assert names(report.added) == ["d0.txt", "d1.txt", "d2.txt", "d3.txt"]
    assert len(store.rows) == 4
    assert all(r["pid"] != os.getpid() and r["version"] == ingest_mod.pipeline_version(None)
               for r in store.rows)


def test_workers_send_back_rows_not_the_extraction(tmp_path: Path) -> None:
    """The parent only reads doc_id, words and warnings: a worker's result carries those and the
    rows, never the whole extraction (unpickling it cost the parent more than the rows did)."""
    import pickle

    path = write(tmp_path / "a.txt", LATIN1_TEXT.encode("latin-1"))
    version = ingest_mod.pipeline_version(None)
    outcome = ingest_mod._work(ingest_mod._Task(str(path), version=version), None)
    assert isinstance(outcome, ingest_mod._Prepared)
    extraction = next(iter(extract_paths([path])))
    assert (outcome.doc_id, outcome.words) == (extraction.document.doc_id, extraction.words)
    assert list(outcome.warnings) == extraction.document.warnings != []
    data = pickle.dumps(outcome)
    assert b"Extraction" not in data and b"Entity" not in data
    assert pickle.loads(data).rows.doc_id == outcome.doc_id
    # Nothing to store (crimecli extract): the whole extraction.
    plain = ingest_mod._work(ingest_mod._Task(str(path)), None)
    assert isinstance(plain, Extraction)


def test_progress_reports_every_file(tmp_path: Path, store: Store) -> None:
    write(tmp_path / "a.txt", GOOD_TEXT)
    write(tmp_path / "b.txt", b"")
    events = []
    ingest([tmp_path], store, jobs=1, progress=events.append)
    # In process, each file is announced (with its size) before it is read.
    assert [(e.status, e.file and e.file.name, e.done, e.total) for e in events] == [
        ("start", None, 0, 2), ("working", "a.txt", 0, 2), ("added", "a.txt", 1, 2),
        ("working", "b.txt", 1, 2), ("refused", "b.txt", 2, 2)]
    assert events[0].workers == 1 and events[1].size == len(GOOD_TEXT.encode())


def test_corpus_doc_ids_are_exactly_those_files(tmp_path: Path, store: Store,
                                                seed_files: list[Path]) -> None:
    ingest(seed_files[:3], store, jobs=1)  # some already cached
    write(tmp_path / "copy.txt", seed_files[0].read_bytes())  # same content, same doc id
    ids, report = corpus_doc_ids([seed_files[0], seed_files[4], tmp_path], store, jobs=1)
    expected = [ingest_mod.content_id(f.read_bytes()) for f in (seed_files[0], seed_files[4])]
    assert list(ids) == expected
    # Each named by the first path it was found at in this corpus.
    assert list(ids.values()) == [os.path.abspath(f) for f in (seed_files[0], seed_files[4])]
    assert names(report.unchanged) == [seed_files[0].name, "copy.txt"]
    assert names(report.added) == [seed_files[4].name]


def test_extract_paths_fills_in_the_publication_date(tmp_path: Path) -> None:
    doc = write(tmp_path / "undated.txt", GOOD_TEXT)
    date = DateValue("2022-12-01", "day", "1 December 2022")
    [extraction] = extract_paths([doc], published=date)
    assert extraction.document.published == date
    assert extraction.to_dict()["published"]["value"] == "2022-12-01"


def test_extract_paths_keeps_refusals_in_order(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD_TEXT)
    write(tmp_path / "b.txt", b"")
    write(tmp_path / "c.txt", GOOD_TEXT + "c\n")
    out = list(extract_paths([tmp_path, tmp_path / "zz.txt"], jobs=2))
    assert [(type(o).__name__, Path(o.path if isinstance(o, Refusal) else o.document.file).name)
            for o in out] == [("Extraction", "a.txt"), ("Refusal", "b.txt"),
                              ("Extraction", "c.txt"), ("Refusal", "zz.txt")]


def test_reader_doc_id_matches_the_raw_byte_hash(seed_files: list[Path]) -> None:
    """The unchanged-file shortcut hashes raw bytes; it only works if the reader agrees."""
    from crimecli.reader import read_document

    for path in seed_files:
        assert read_document(path).doc_id == ingest_mod.content_id(path.read_bytes())


@pytest.mark.parametrize("raw", [
    b"", b"  \n", b"Plain ASCII text.\n", "Bogotá, UTF-8.\n".encode(), b"Windows\r\nlines\r\n",
    "Bogot\xe1, latin-1.\n".encode("latin-1"), b"\xef\xbb\xbfUTF-8 with a BOM\n",
    "UTF-16 text\n".encode("utf-16"), bytes(range(256)), b"\x00\x01binary", b"\x80 stray byte",
], ids=["empty", "blank", "ascii", "utf8", "crlf", "latin1", "bom", "utf16", "bytes", "nul", "stray"])
def test_fast_content_id_agrees_with_the_reader(raw: bytes) -> None:
    """ingest hashes raw bytes directly when it can; the id must be the reader's all the same."""
    from crimecli.reader import content_id as reader_id

    assert ingest_mod.content_id(raw) == reader_id(raw)


def test_importing_ingest_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, crimecli.ingest; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
