"""The stores: round trips, content-hash dedupe, replacement without leftovers, WAL,
migrations, readers during a write, crash safety.

Tests taking the ``store`` fixture run against both stores (SQLite, then PostgreSQL on a real
server: see tests/conftest.py); the others are about the SQLite file itself.

Records are built by hand from seed sentences (``make_extraction`` / ``corpus``, also used by
tests/test_search.py), so these tests do not depend on how well the pipeline does today.
Offsets are found in the text, so every expectation can be checked by reading the sentences.
"""


from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from crimecli.models import Alias, DateValue, Document, Entity, Event, Extraction, Mention, Timex


def make_extraction(
    file: str,
    sentences: Sequence[str],
    *,
    entities: Iterable[dict[str, Any]] = (),
    aliases: Iterable[tuple[str, str, str, str]] = (),
    events: Iterable[dict[str, Any]] = (),
    published: str | None = None,
    boilerplate: Sequence[str] = (),
    title: str | None = None,
) -> Extraction:
    """One document: ``sentences`` form the body, ``boilerplate`` follows ``body_end``.

    entities: {"name", "label", "surface": [strings whose every occurrence is a mention],
    "variants", "aliases", "kind", "country"}; aliases: (entity, label, alias, type) with the
    evidence being the sentence that holds the alias; events: {"sentence": index, "date":
    ISO value or None, "countries": [...], "kind": ...}.
    """
    body = " ".join(sentences)
    text = body + ("\n\n" + " ".join(boilerplate) if boilerplate else "")
    spans, pos = [], 0
    for sentence in sentences:
        start = text.index(sentence, pos)
        spans.append((start, start + len(sentence)))
        pos = start + len(sentence)
    for line in boilerplate:
        start = text.index(line, pos)
        spans.append((start, start + len(line)))
        pos = start + len(line)
    doc = Document(
        file=file,
        doc_id=hashlib.sha256(text.encode()).hexdigest()[:16],
        text=text,
        title=title or sentences[0][:40],
        published=DateValue(published, "day" if published and len(published) == 10 else "year",
                            published or "") if published else None,
        body_end=len(body),
    )
    ents = []
    for spec in entities:
        mentions = []
        for surface in spec.get("surface", [spec["name"]]):
            start = text.find(surface)
            while start >= 0:
                mentions.append(Mention(start, start + len(surface), surface))
                start = text.find(surface, start + 1)
        label = spec["label"]
        ents.append(Entity(
            id=f"{label.lower()}:{spec['name'].lower().replace(' ', '-')}", label=label, name=spec["name"],
            variants=list(spec.get("variants", [])), aliases=list(spec.get("aliases", [])),
            kind=spec.get("kind"), country=spec.get("country"), mentions=sorted(mentions, key=lambda m: m.start),
        ))
    alias_records = []
    for entity, label, alias, kind in aliases:
        start, end = next((s, e) for s, e in spans if alias in text[s:e])
        alias_records.append(Alias(entity, label, alias, kind, text[start:end], start, end))
    event_records = []
    for spec in events:
        start, end = spans[spec["sentence"]]
        value = spec.get("date")
        precision = "unresolved" if value is None else {4: "year", 7: "month", 10: "day"}[len(value)]
        event_records.append(Event(
            date=DateValue(value, precision, value or "", "explicit" if value else "unresolved"),
            kind=spec.get("kind", "other"), cameo="01", polarity=spec.get("polarity", "neutral"), goldstein=0.0,
            countries=list(spec.get("countries", [])), actors=list(spec.get("actors", [])),
            sentence=text[start:end], start=start, end=end, file=file,
        ))
    timexes = [Timex(e.date.text, e.start, e.start + 1, e.date.value, e.date.precision, e.date.resolved_from)
               for e in event_records if e.date.value]
    return Extraction(document=doc, words=len(text.split()), entities=ents, aliases=alias_records,
                      dates=timexes, events=event_records, sentences=spans)


# --- a small corpus: sentences from the seed articles ---------------------------------------

VARELA = (
    'Wilber Varela, alias "Jabon," former head of the Rastrojos and leader of the Norte del Valle '
    "Cartel was killed in Venezuela in January 2008."
)
FARC_ACRONYM = (
    "There is still a great deal of sympathy for the two main rebel groups, the Revolutionary "
    "Armed Forces of Colombia (FARC) and the National Liberation Army (ELN)."
)
CUCUTA = (
    "During a visit to Cucuta, in Colombia's northeast, Defense Minister Juan Carlos Pinzon said "
    "operations along the border would continue."
)
BRIDGE = (
    "A truck crossed the Simón Bolívar International Bridge, which connects San Antonio del "
    "Táchira and Cúcuta."
)
CHAVEZ_ACCENT = "In protest, Chávez withdrew Venezuelan diplomatic personnel from Colombia."
CHAVEZ_PLAIN = "President Hugo Chavez responded by severing all diplomatic ties."
SANTOS = "Under the new détente with President Juan Manuel Santos, there are signs of real cooperation."
ROUTES = "Wilber Varela controlled cocaine routes through Venezuela for years."
PEACE = "The Revolutionary Armed Forces of Colombia signed a peace deal with the government in 2016."
RUPTURE = "In July 2010, Venezuela broke off diplomatic relations with Colombia."
DONATE = "Support our journalism about Cúcuta and the FARC with a donation."


def corpus() -> list[Extraction]:
    """Four documents (see the sentences above)."""
    a = make_extraction(
        "seeds/a.txt",
        [VARELA, FARC_ACRONYM, CHAVEZ_PLAIN, SANTOS],
        published="2011-04-11",
        entities=[
            {"name": "Wilber Varela", "label": "PERSON", "aliases": ["Jabon"], "country": "Colombia",
             "surface": ["Wilber Varela"]},
            {"name": "Revolutionary Armed Forces of Colombia", "label": "ORG", "aliases": ["FARC"],
             "kind": "armed group", "country": "Colombia",
             "surface": ["Revolutionary Armed Forces of Colombia", "FARC"]},
            {"name": "National Liberation Army", "label": "ORG", "aliases": ["ELN"],
             "surface": ["National Liberation Army", "ELN"]},
            {"name": "Hugo Chavez", "label": "PERSON", "country": "Venezuela", "surface": ["Hugo Chavez"]},
            {"name": "Juan Manuel Santos", "label": "PERSON", "country": "Colombia",
             "variants": ["President Juan Manuel Santos"], "surface": ["Juan Manuel Santos"]},
            {"name": "Venezuela", "label": "PLACE", "kind": "country", "surface": ["Venezuela"]},
        ],
        aliases=[("Wilber Varela", "PERSON", "Jabon", "nickname"),
                 ("Revolutionary Armed Forces of Colombia", "ORG", "FARC", "acronym"),
                 ("National Liberation Army", "ORG", "ELN", "acronym")],
        events=[{"sentence": 0, "date": "2008-01", "countries": ["Venezuela"], "kind": "kill"}],
        boilerplate=[DONATE],
    )
    b = make_extraction(
        "seeds/b.txt",
        [CUCUTA, BRIDGE, CHAVEZ_ACCENT],
        published="2022-12-01",
        entities=[
            {"name": "Cúcuta", "label": "PLACE", "kind": "city", "country": "Colombia",
             "surface": ["Cucuta", "Cúcuta"]},
            {"name": "Juan Carlos Pinzon", "label": "PERSON", "country": "Colombia"},
            {"name": "Hugo Chávez", "label": "PERSON", "country": "Venezuela", "variants": ["Chávez"],
             "surface": ["Chávez"]},
        ],
        events=[{"sentence": 2, "date": "2008-03", "countries": ["Venezuela", "Colombia"],
                 "kind": "expel diplomats", "polarity": "conflict"}],
    )
    c = make_extraction(
        "seeds/c.txt",
        [ROUTES, PEACE],
        published="2017-05-02",
        entities=[
            {"name": "Wilber Varela", "label": "PERSON", "surface": ["Wilber Varela"]},
            {"name": "Revolutionary Armed Forces of Colombia", "label": "ORG"},
        ],
        events=[{"sentence": 1, "date": "2016", "countries": ["Colombia"], "kind": "sign agreement",
                 "polarity": "cooperation"}],
    )
    d = make_extraction(
        "seeds/d.txt",
        [RUPTURE],
        events=[{"sentence": 0, "date": "2010-07", "countries": ["Venezuela", "Colombia"],
                 "kind": "sever diplomatic relations", "polarity": "conflict"}],
    )
    return [a, b, c, d]


# --- tests -----------------------------------------------------------------------------------

import json
import sqlite3
from pathlib import Path

import pytest

from crimecli.errors import StoreError
from crimecli.store import MIGRATIONS, SQLiteStore, Store, date_bounds, open_store

ROW_TABLES = ("documents", "document_files", "sentences", "entities", "mentions", "aliases", "events",
              "event_countries", "sentence_countries", "timexes")


def rows(store: Store, sql: str, *params: object) -> list[tuple]:
    """``sql`` (with ? placeholders) run on either store's connection."""
    if isinstance(store, SQLiteStore):
        return store.db.execute(sql, params).fetchall()
    from psycopg.rows import tuple_row

    return store.db.cursor(row_factory=tuple_row).execute(sql.replace("?", "%s"), params).fetchall()


def counts(store: Store) -> dict[str, int]:
    """Rows in every table, and in the search index."""
    out = {t: rows(store, f"SELECT count(*) FROM {t}")[0][0] for t in ROW_TABLES}
    index = "sentences_fts" if isinstance(store, SQLiteStore) else "sentences WHERE tsv IS NOT NULL"
    out["fts"] = rows(store, f"SELECT count(*) FROM {index}")[0][0]
    return out


def fts_hits(store: Store, word: str) -> int:
    """Sentences the search index finds ``word`` in."""
    if isinstance(store, SQLiteStore):
        return rows(store, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", f'"{word}"')[0][0]
    return rows(store, "SELECT count(*) FROM sentences WHERE tsv @@ to_tsquery('crimecli', ?)", f"'{word}'")[0][0]


@pytest.fixture
def store(store_url: str):
    """A new store, once of each kind."""
    with open_store(store_url, write=True) as s:
        yield s


@pytest.fixture
def sqlite_store(tmp_path: Path):
    with Store(tmp_path / "nested" / "store.sqlite") as s:
        yield s


def test_new_store_is_empty_and_creates_its_folder(tmp_path: Path):
    path = tmp_path / "a" / "b" / "store.sqlite"
    with Store(path) as store:
        assert store.is_empty()
        assert store.count_documents() == 0
        assert store.search("FARC") == []
        assert store.entities() == []
        assert store.events() == []
    assert path.exists()


def test_round_trip(store: Store):
    a = corpus()[0]
    assert store.save(a, "1") == "added"
    assert not store.is_empty() and store.count_documents() == 1
    assert store.known(a.document.doc_id, "1")
    assert not store.known(a.document.doc_id, "2")
    assert store.doc_id_for_file("seeds/a.txt") == a.document.doc_id
    assert store.doc_id_for_file("seeds/zzz.txt") is None

    back = store.extraction(a.document.doc_id)
    assert back.to_dict() == a.to_dict()
    assert back.document.text == a.document.text
    assert back.sentences == a.sentences

    [info] = store.documents()
    assert info["file"] == "seeds/a.txt"
    assert info["published"] == {"value": "2011-04-11", "precision": "day", "text": "2011-04-11"}
    assert info["words"] == a.words
    assert "text" not in info
    for ref in (a.document.doc_id, a.document.doc_id[:6], "seeds/a.txt", "a.txt"):
        assert store.document(ref)["doc_id"] == a.document.doc_id, ref
    assert store.document("a.txt")["text"] == a.document.text
    assert store.document("nope.txt") is None

    [event] = store.events()
    assert event.file == "seeds/a.txt"
    assert event.date.value == "2008-01"
    assert event.sentence == VARELA


def test_only_body_sentences_are_searchable(store: Store):
    store.save(corpus()[0], "1")
    # DONATE ("Support our journalism about Cúcuta ...") lies after body_end.
    assert rows(store, "SELECT count(*) FROM sentences")[0][0] == 4
    assert store.search("journalism") == []
    assert store.search("donation") == []


def test_each_mention_knows_its_sentence(store: Store):
    store.save(corpus()[0], "1")
    [hit] = store.search('"Norte del Valle"')
    assert hit["entities"] == ["Wilber Varela", "Venezuela"]
    [hit] = store.search("sympathy")
    assert hit["entities"] == ["Revolutionary Armed Forces of Colombia", "National Liberation Army"]


def test_saving_the_same_content_twice_is_unchanged(store: Store):
    a = corpus()[0]
    assert store.save(a, "1") == "added"
    before = counts(store)
    assert store.save(a, "1") == "unchanged"
    assert counts(store) == before


def test_changed_file_replaces_its_rows(store: Store):
    a = corpus()[0]
    store.save(a, "1")
    empty = counts(store)
    edited = make_extraction("seeds/a.txt", [ROUTES], entities=[{"name": "Wilber Varela", "label": "PERSON"}])
    assert edited.document.doc_id != a.document.doc_id
    assert store.save(edited, "1") == "replaced"
    assert store.count_documents() == 1
    assert store.doc_id_for_file("seeds/a.txt") == edited.document.doc_id
    # Nothing of the old version is left in any table, the FTS index included.
    old = a.document.doc_id
    for table in ("documents", "document_files", "sentences", "entities", "mentions", "aliases", "events",
                  "timexes"):
        assert rows(store, f"SELECT count(*) FROM {table} WHERE doc_id = ?", old)[0][0] == 0, table
    assert fts_hits(store, "sympathy") == 0
    assert store.search("sympathy") == []
    assert store.search("Jabon") == []
    assert [h["sentence"] for h in store.search("cocaine")] == [ROUTES]
    now = counts(store)
    assert now["sentences"] == now["fts"] == 1
    assert now["events"] == now["event_countries"] == now["aliases"] == 0
    assert empty["sentences"] == 4


def test_new_pipeline_version_replaces(store: Store):
    a = corpus()[0]
    store.save(a, "1")
    before = counts(store)
    assert store.save(a, "2") == "replaced"
    assert store.known(a.document.doc_id, "2") and not store.known(a.document.doc_id, "1")
    assert counts(store) == before
    assert store.documents()[0]["pipeline_version"] == "2"


def test_wal_and_foreign_keys(sqlite_store: Store):
    store = sqlite_store
    assert store.journal_mode == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_migrations_recorded_once(tmp_path: Path):
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        names = store.applied_migrations
        assert names == [fn.__name__ for fn in MIGRATIONS]
        assert names[0] == "m001_initial"
        assert store.schema_version == len(MIGRATIONS)
        store.save(corpus()[0], "1")
    with Store(path) as store:  # reopening applies nothing twice and keeps the data
        assert store.applied_migrations == names
        assert store.count_documents() == 1
        assert store.db.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)


def written_by_a_newer_crimecli(path: Path) -> Path:
    """A store at ``path`` carrying a migration this crimecli does not know."""
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO migrations (name, applied_at) VALUES ('m999_future', 'x')")
    db.commit()
    db.close()
    return path


def test_store_from_a_newer_crimecli_is_refused(tmp_path: Path):
    path = written_by_a_newer_crimecli(tmp_path / "store.sqlite")
    with pytest.raises(StoreError, match="newer crimecli"):
        Store(path)


def test_a_corpus_cache_from_a_newer_crimecli_is_set_aside_and_started_afresh(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The cache only holds extractions crimecli can redo: a query must not fail on it (a store
    named with --store still does, above)."""
    from typer.testing import CliRunner

    from crimecli.cli import app

    cache = written_by_a_newer_crimecli(tmp_path / "cache.sqlite")
    monkeypatch.setenv("CRIMECLI_CACHE", str(cache))
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_cd505946326ca5f5.txt"
    result = CliRunner().invoke(app, ["entities", "--corpus", str(seed), "--json"])
    assert result.exit_code == 0, result.output
    assert "written by a newer crimecli" in result.stderr
    assert (tmp_path / "cache.sqlite.newer").exists()  # kept, not deleted
    with Store(cache) as fresh:
        assert "m999_future" not in fresh.applied_migrations and fresh.count_documents() == 1


def test_a_reader_sees_the_last_commit_during_a_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "store.sqlite"
    a, b = corpus()[:2]
    with Store(path) as writer:
        writer.save(a, "1")
        seen = {}
        original = Store._insert_events

        def read_meanwhile(self, extraction, sentences):
            original(self, extraction, sentences)
            # Inside b's write transaction: another connection reads without waiting.
            with Store(path) as reader:
                seen["documents"] = reader.count_documents()
                seen["cucuta"] = reader.search("cucuta")

        monkeypatch.setattr(Store, "_insert_events", read_meanwhile)
        assert writer.save(b, "1") == "added"
    assert seen == {"documents": 1, "cucuta": []}
    with Store(path) as reader:
        assert reader.count_documents() == 2
        assert [h["file"] for h in reader.search("cucuta")] == ["seeds/b.txt", "seeds/b.txt"]


def test_a_crash_mid_save_leaves_no_partial_document(store: Store, monkeypatch: pytest.MonkeyPatch):
    a, b = corpus()[:2]
    store.save(a, "1")
    before = counts(store)

    def crash(self, *args):
        raise RuntimeError("power cut")

    # One of the last writes of a save (most rows are written by then).
    last = "_insert_events" if isinstance(store, SQLiteStore) else "_add_expansions"
    monkeypatch.setattr(type(store), last, crash)
    with pytest.raises(RuntimeError, match="power cut"):
        store.save(b, "1")
    assert counts(store) == before
    assert not store.known(b.document.doc_id, "1")
    assert store.search("cucuta") == []
    # Replacing a document and crashing keeps the old version whole.
    edited = make_extraction("seeds/a.txt", [ROUTES])
    with pytest.raises(RuntimeError):
        store.save(edited, "1")
    assert counts(store) == before
    assert store.doc_id_for_file("seeds/a.txt") == a.document.doc_id
    monkeypatch.undo()
    assert store.save(b, "1") == "added"


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\x01" * 200])
def test_corrupt_file_is_a_clear_error(tmp_path: Path, content: bytes):
    path = tmp_path / "store.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a crimecli store"):
        Store(path)


def test_other_sqlite_database_and_folder_are_refused(tmp_path: Path):
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE dogs (name TEXT)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not a crimecli store"):
        Store(other)
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path)


def test_entities_are_merged_across_documents(store: Store):
    for x in corpus():
        store.save(x, "1")
    ents = {e["name"]: e for e in store.entities()}
    farc = ents["Revolutionary Armed Forces of Colombia"]
    assert farc["aliases"] == ["FARC"]
    assert farc["documents"] == ["seeds/a.txt", "seeds/c.txt"]
    assert farc["mentions"] == 4  # a: the name, "(FARC)", and FARC in the donation appeal; c: the name
    assert farc["kind"] == "armed group"
    assert ents["Wilber Varela"]["documents"] == ["seeds/a.txt", "seeds/c.txt"]
    # "Hugo Chavez" (a) and "Hugo Chávez" (b) are one man; the accented spelling is kept.
    assert "Hugo Chavez" not in ents
    assert ents["Hugo Chávez"]["documents"] == ["seeds/a.txt", "seeds/b.txt"]
    assert set(ents["Hugo Chávez"]) >= {"id", "label", "name", "variants", "aliases", "kind", "country",
                                         "mentions", "documents"}
    assert "members" not in ents["Hugo Chávez"]
    people = {e["name"] for e in store.entities(label="person")}
    assert people == {"Wilber Varela", "Hugo Chávez", "Juan Manuel Santos", "Juan Carlos Pinzon"}
    venezuelans = {e["name"] for e in store.entities(country="venezuela")}
    assert venezuelans == {"Hugo Chávez", "Venezuela"}
    only_c = store.entities(doc_ids=[corpus()[2].document.doc_id])
    assert {e["name"] for e in only_c} == {"Wilber Varela", "Revolutionary Armed Forces of Colombia"}
    assert only_c[0]["documents"] == ["seeds/c.txt"]


def test_merged_entities_follow_changes(store: Store):
    a, b, c, d = corpus()
    store.save(a, "1")
    assert len(store.entities()) == 6
    store.save(b, "1")  # adds Cúcuta and Pinzon; Chávez merges with Chavez
    assert len(store.entities()) == 8
    assert store.delete("seeds/b.txt")
    assert len(store.entities()) == 6
    assert not store.delete("seeds/b.txt")


def test_aliases_with_evidence(store: Store):
    for x in corpus():
        store.save(x, "1")
    [varela] = store.aliases("jabon")
    assert varela["name"] == "Wilber Varela"
    assert [e["evidence"] for e in varela["evidence"]] == [VARELA]
    assert varela["evidence"][0]["file"] == "seeds/a.txt"
    assert {e["name"] for e in store.aliases()} == {
        "Wilber Varela", "Revolutionary Armed Forces of Colombia", "National Liberation Army"}


def test_events_filters(store: Store):
    for x in corpus():
        store.save(x, "1")
    assert [e.date.value for e in store.events()] == ["2008-01", "2008-03", "2010-07", "2016"]
    assert [e.file for e in store.events(country="Colombia")] == ["seeds/b.txt", "seeds/d.txt", "seeds/c.txt"]
    assert [e.date.value for e in store.events(since="2010-07-20", until="2016-01")] == ["2010-07", "2016"]


@pytest.mark.parametrize("value, bounds", [
    ("2010", ("2010-01-01", "2010-12-31")),
    ("2010-02", ("2010-02-01", "2010-02-28")),
    ("2008-02", ("2008-02-01", "2008-02-29")),
    ("2010-07-22", ("2010-07-22", "2010-07-22")),
    ("2013-W12", ("2013-03-18", "2013-03-24")),
    ("2013-W12-WE", ("2013-03-23", "2013-03-24")),
    ("2012-SU", ("2012-06-01", "2012-08-31")),
    ("2012-WI", ("2012-12-01", "2013-02-28")),
    ("2012-Q4", ("2012-10-01", "2012-12-31")),
    ("2012-H1", ("2012-01-01", "2012-06-30")),
    ("201", ("2010-01-01", "2019-12-31")),
    ("20", ("2000-01-01", "2099-12-31")),
    (None, (None, None)),
    ("someday", (None, None)),
    ("2010-13", (None, None)),
])
def test_date_bounds(value, bounds):
    assert date_bounds(value) == bounds


def test_saving_a_pipeline_extraction(store: Store, seed_files):
    """The real reader and pipeline, whatever they find today, store and search cleanly."""
    from crimecli.extract import extract_document
    from crimecli.reader import read_document

    path = next(p for p in seed_files if "001_" in p.name)
    extraction = extract_document(read_document(path))
    assert extraction.entities and extraction.sentences
    assert store.save(extraction, "test") == "added"
    assert store.save(extraction, "test") == "unchanged"
    hits = store.search("cucuta")
    assert hits and all("Cucuta" in h["sentence"] for h in hits)
    assert store.extraction(extraction.document.doc_id).to_dict() == extraction.to_dict()


def test_a_later_migration_upgrades_an_older_store(tmp_path: Path):
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        for x in corpus():
            store.save(x, "1")
    # Make it look like a store written before m002 (alias expansions) existed.
    db = sqlite3.connect(path)
    db.execute("DROP TABLE expansions")
    db.execute("DELETE FROM migrations WHERE name = 'm002_expansions'")
    db.commit()
    db.close()
    with Store(path) as store:
        assert "m002_expansions" in store.applied_migrations
        assert store.alias_lookup(["jabon"]) == {"jabon": ["Wilber Varela"]}
        assert {h["sentence"] for h in store.search("Jabon")} == {VARELA, ROUTES}


def test_sentences_know_which_labels_they_mention(store: Store):
    store.save(corpus()[0], "1")
    labels = dict(rows(store, "SELECT text, labels FROM sentences"))
    assert labels[VARELA] == 1 | 4  # Wilber Varela (PERSON), Venezuela (PLACE)
    assert labels[FARC_ACRONYM] == 2
    assert labels[SANTOS] == 1


def test_same_content_under_another_path_is_stored_once(store: Store):
    a = corpus()[0]
    store.save(a, "1")
    copy = make_extraction("copies/a.txt", [VARELA, FARC_ACRONYM, CHAVEZ_PLAIN, SANTOS])
    copy.document.doc_id = a.document.doc_id  # same content hash
    assert store.save(copy, "1") == "unchanged"
    assert store.count_documents() == 1
    assert store.documents()[0]["file"] == "seeds/a.txt"


def test_prepared_rows_save_like_save(tmp_path: Path):
    """Ingest workers build rows with prepare(); the parent's save_prepared() must store
    exactly what save() does."""
    import pickle

    from crimecli.store import prepare

    with Store(tmp_path / "a.sqlite") as plain, Store(tmp_path / "b.sqlite") as prepared:
        for x in corpus():
            assert plain.save(x, "1") == prepared.save_prepared(pickle.loads(pickle.dumps(prepare(x, "1"))))
        assert counts(plain) == counts(prepared)
        for x in corpus():
            assert prepared.extraction(x.document.doc_id).to_dict() == x.to_dict()
        for query in ("Jabon", "cucuta", "FARC NOT ELN"):
            assert prepared.search(query) == plain.search(query)
        assert prepared.save_prepared(prepare(corpus()[0], "1")) == "unchanged"


def test_records_written_before_m004_still_read(sqlite_store: Store):
    """Older stores kept events and mention dicts inside the document record."""
    store = sqlite_store
    a = corpus()[0]
    store.save(a, "1")
    old = a.to_dict()
    for event in old["events"]:
        event.pop("file", None)
    store.db.execute("UPDATE documents SET record = ? WHERE doc_id = ?", (json.dumps(old), a.document.doc_id))
    assert store.extraction(a.document.doc_id).to_dict() == a.to_dict()


def as_before_m007(db: sqlite3.Connection) -> None:
    """Make a store look as one written before m007: no document_files, an entity_forms table."""
    db.execute("DROP TABLE document_files")
    db.execute("CREATE TABLE entity_forms (folded TEXT NOT NULL, entity_id INTEGER NOT NULL, doc_id TEXT NOT NULL,"
               " PRIMARY KEY (folded, entity_id)) WITHOUT ROWID")
    db.execute("DELETE FROM migrations WHERE name = 'm007_document_files'")


def store_before_m007(tmp_path: Path) -> Path:
    """The corpus in a store as a crimecli before m007 left it."""
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        for x in corpus():
            store.save(x, "1")
    db = sqlite3.connect(path)
    as_before_m007(db)
    db.commit()
    db.close()
    return path


def test_m004_upgrades_an_older_store(tmp_path: Path):
    path = store_before_m007(tmp_path)
    db = sqlite3.connect(path)
    db.execute("CREATE INDEX sentences_date ON sentences(date_lo, date_hi)")
    db.execute("CREATE INDEX mentions_doc ON mentions(doc_id)")
    db.execute("INSERT INTO entity_forms (folded, entity_id, doc_id) SELECT folded, id, doc_id FROM entities")
    db.execute("DELETE FROM migrations WHERE name = 'm004_lean_rows'")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.applied_migrations[-2:] == ["m004_lean_rows", "m007_document_files"]
        indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert not {"sentences_date", "mentions_doc"} & indexes
        assert {h["sentence"] for h in store.search("Jabon")} == {VARELA, ROUTES}
        assert store.delete("seeds/a.txt")
        assert store.count_documents() == len(corpus()) - 1


def test_m007_keeps_the_path_of_every_stored_document(tmp_path: Path):
    path = store_before_m007(tmp_path)
    with Store(path) as store:
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "entity_forms" not in tables
        assert [d["files"] for d in store.documents()] == [[x.document.file] for x in corpus()]
        assert store.document("b.txt")["doc_id"] == corpus()[1].document.doc_id


# --- one interface, several paths, read-only opening ------------------------------------------

import inspect

from crimecli.errors import StoreMissingError, UnknownNameError
from crimecli.store import CorpusStore


def test_every_store_implements_the_protocol(store: Store):
    """Every method of CorpusStore, with the same parameters."""
    assert isinstance(store, CorpusStore)
    for name, member in vars(CorpusStore).items():
        if name.startswith("_") and name not in ("__enter__", "__exit__") or not callable(member):
            continue
        ours = getattr(type(store), name)
        expected = list(inspect.signature(member).parameters)
        assert list(inspect.signature(ours).parameters) == expected, name


def test_open_store_takes_paths_and_sqlite_urls(tmp_path: Path):
    path = tmp_path / "s.sqlite"
    with open_store(path, write=True) as created:
        created.save(corpus()[0], "1")
    with open_store(f"sqlite://{path}") as opened:
        assert opened.count_documents() == 1 and not opened.writable
    with pytest.raises(StoreError, match="unknown store URL scheme 'mysql'.*sqlite:///PATH.*postgresql://"):
        open_store("mysql://me@host/db")
    with pytest.raises(StoreMissingError, match="no store at"):
        open_store(tmp_path / "nope" / "s.sqlite")
    assert not (tmp_path / "nope").exists()
    (tmp_path / "empty.sqlite").touch()
    with pytest.raises(StoreMissingError, match="the file is empty"):
        open_store(tmp_path / "empty.sqlite")
    assert (tmp_path / "empty.sqlite").stat().st_size == 0


def test_a_second_path_of_stored_content_is_kept(store: Store):
    a = corpus()[0]
    assert store.save(a, "1") == "added"
    assert store.add_path(a.document.doc_id, "copies/a.txt") == "unchanged"
    assert store.add_path(a.document.doc_id, "copies/a.txt") == "unchanged"
    [info] = store.documents()
    assert info["file"] == "seeds/a.txt" and info["files"] == ["seeds/a.txt", "copies/a.txt"]
    found = store.document("copies/a.txt")
    assert found["doc_id"] == a.document.doc_id and found["file"] == "copies/a.txt"
    assert store.document("a.txt")["doc_id"] == a.document.doc_id  # two paths, one document
    assert store.extraction(a.document.doc_id, "copies/a.txt").document.file == "copies/a.txt"
    assert store.count_documents() == 1 and store.delete("copies/a.txt")["doc_id"] == a.document.doc_id
    assert counts(store) == dict.fromkeys(counts(store), 0)


def test_a_path_given_other_stored_content_drops_what_it_held(store: Store):
    a, b = corpus()[:2]
    store.save(a, "1")
    store.save(b, "1")
    # seeds/a.txt now holds b's content, which is stored: a has no path left and goes.
    assert store.add_path(b.document.doc_id, "seeds/a.txt") == "replaced"
    [info] = store.documents()
    assert info["doc_id"] == b.document.doc_id and info["files"] == ["seeds/b.txt", "seeds/a.txt"]
    assert store.search("Jabon") == []
    # A document that keeps another path stays, named by it.
    c = corpus()[2]
    store.save(c, "1")
    store.add_path(c.document.doc_id, "elsewhere/c.txt")
    assert store.add_path(b.document.doc_id, "seeds/c.txt") == "replaced"
    assert store.document(c.document.doc_id)["files"] == ["elsewhere/c.txt"]
    assert [e.file for e in store.events() if e.kind == "sign agreement"] == ["elsewhere/c.txt"]


def test_saving_under_a_new_path_keeps_both(store: Store):
    a = corpus()[0]
    store.save(a, "1")
    copy = make_extraction("copies/a.txt", [VARELA, FARC_ACRONYM, CHAVEZ_PLAIN, SANTOS])
    copy.document.doc_id = a.document.doc_id
    assert store.save(copy, "1") == "unchanged"
    assert store.documents()[0]["files"] == ["seeds/a.txt", "copies/a.txt"]
    assert store.save(a, "2") == "replaced"  # re-stored by a new pipeline: both paths kept
    assert store.documents()[0]["files"] == ["seeds/a.txt", "copies/a.txt"]


def test_a_scope_names_documents_by_the_paths_given(store: Store):
    for x in corpus():
        store.save(x, "1")
    a = corpus()[0].document.doc_id
    scope = {a: "mine/a.txt"}
    assert {h["file"] for h in store.search("Jabon", doc_ids=scope)} == {"mine/a.txt"}
    assert store.entities(doc_ids=scope)[0]["documents"] == ["mine/a.txt"]
    assert {r["file"] for e in store.aliases(doc_ids=scope) for r in e["evidence"]} == {"mine/a.txt"}
    assert [e.file for e in store.events(doc_ids=scope)] == ["mine/a.txt"]
    assert [d["files"] for d in store.documents(scope)] == [["mine/a.txt"]]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_store_opened_for_reading_writes_nothing(tmp_path: Path):
    path = tmp_path / "store.sqlite"
    with Store(path) as writer:
        for x in corpus():
            writer.save(x, "1")
        writer.refresh()
        current = writer.entities()
        hits = writer.search("diplomatic", entity="Hugo Chavez")
        writer.db.execute("DELETE FROM meta WHERE key = 'merged_generation'")  # stale, as after Ctrl-C
    before = digest(path)
    with Store(path, write=False) as reader:
        assert not reader._merged_is_current()
        assert reader.entities() == current  # merged in memory
        assert reader.search("diplomatic", entity="Hugo Chavez") == hits
        with pytest.raises(UnknownNameError, match="Hugo Chávez"):
            reader.search("diplomatic", entity="Hugo Chaves")
        assert reader.aliases("jabon")[0]["name"] == "Wilber Varela"
        assert reader.check()["ok"]
        with pytest.raises(StoreError, match="read-only"):
            reader.delete("seeds/a.txt")
    assert digest(path) == before
    with Store(path) as writer:
        writer.refresh()
        assert writer._merged_is_current() and writer.entities() == current
        assert writer.search("diplomatic", entity="Hugo Chavez") == hits


def test_a_store_from_an_older_crimecli_is_upgraded_when_first_read(tmp_path: Path):
    path = store_before_m007(tmp_path)
    with Store(path, write=False) as reader:
        assert reader.applied_migrations[-1] == "m007_document_files"
        assert reader.document("b.txt")["files"] == ["seeds/b.txt"]


def test_store_check_finds_damage_that_queries_may_not_touch(tmp_path: Path):
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        for x in corpus():
            store.save(x, "1")
        report = store.check()
        assert report["ok"] and report["counts"]["documents"] == 4
        store.db.execute("DELETE FROM sentences_fts_docsize WHERE id = 1")  # the index loses a row
        report = store.check()
    assert not report["ok"] and "search index is out of step" in report["problems"][0]
    with Store(path) as store:
        assert store.reindex()["ok"]
