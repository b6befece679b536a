"""How the pipeline is assembled, saved, loaded and run (crimecli.nlp), on real text."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import spacy
from spacy.pipeline import SpanRuler
from spacy.tokens import Span
from typer.testing import CliRunner
from conftest import benchmark

from crimecli.cli import app
from crimecli.extract import doc_to_extraction, extract_document
from crimecli.nlp import (
    COMPONENTS,
    build_pipeline,
    get_pipeline,
    load_pipeline,
    make_doc,
    run,
    saved_pipeline_path,
)
from crimecli.pipeline import span_values
from crimecli.pipeline.component import NotInitializedError
from crimecli.pipeline.resolve import Resolver
from crimecli.reader import read_document, read_text

SEED = Path(__file__).resolve().parent.parent / "seeds" / "001_166c45b11a889520.txt"


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own, so it sees the pipeline saved (or not) there."""
    monkeypatch.setenv("CRIMECLI_CACHE", str(tmp_path / "cache" / "corpus-cache.sqlite"))
    return tmp_path / "cache" / "pipelines"


def extraction(nlp, path: Path = SEED) -> dict:
    document = read_document(path)
    return doc_to_extraction(document, run(nlp, make_doc(nlp, document))).to_dict()


def test_every_component_is_a_configured_factory():
    nlp = get_pipeline()
    assert nlp.pipe_names == [name for name, _ in COMPONENTS]
    for name, factory in COMPONENTS:
        meta = nlp.get_pipe_meta(name)
        assert meta.factory == factory
        assert isinstance(meta.default_config, dict)
        assert nlp.config["components"][name]["factory"] == factory
    # the gazetteer is spaCy's own span ruler, its patterns carrying the canonical ids
    ruler = nlp.get_pipe("crimecli_gazetteer_names")
    assert isinstance(ruler, SpanRuler) and len(ruler) > 1000
    assert all(p["id"] for p in ruler.patterns)
    assert {"label": "PLACE", "pattern": "Venezuela", "id": "place:venezuela"} in ruler.patterns
    assert {"label": "ORG", "pattern": "ELN", "id": "org:national-liberation-army"} in \
        nlp.get_pipe("crimecli_gazetteer_acronyms").patterns


def test_the_tokenizer_is_registered_and_no_component_changes_it():
    nlp = get_pipeline()
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": "crimecli.Tokenizer.v1"}
    assert [t.text for t in nlp.make_doc("Troops crossed into Colombia.[1] Later")] == [
        "Troops", "crossed", "into", "Colombia", ".", "[1]", "Later"]
    blank = spacy.blank("en")
    before = blank.tokenizer.suffix_search
    for name, factory in COMPONENTS:
        blank.add_pipe(factory, name=name)
    assert blank.tokenizer.suffix_search is before
    assert [t.text for t in blank.make_doc("Colombia.[1]")] == ["Colombia.[1", "]"]


def test_words_seen_before_are_split_the_same_from_the_tokenizer_cache():
    # a fresh tokenizer: the first reading splits every word, the later ones read the words
    # met in earlier texts from spaCy's cache; special cases ("Lt.", "don't") are never cached
    tokenizer = build_pipeline(components=[]).tokenizer
    texts = [read_document(SEED).body,
             "Lt. Col. Ruiz (a.k.a. 'El Chapo') don't cross into Colombia.[1] See www.state.gov.",
             "Lt. Col. Ruiz crossed into Colombia.[1]  Mr. O'Neil's PriceSmart, U.S.-Mexico's."]

    def tokens(text: str) -> list[tuple]:
        return [(t.text, t.whitespace_, t.norm_, t.idx) for t in tokenizer(text)]

    first = [tokens(text) for text in texts]
    assert [tokens(text) for text in reversed(texts)] == list(reversed(first))
    assert [tokens(text) for text in texts] == first
    assert [t[0] for t in first[1]] == [
        "Lt.", "Col.", "Ruiz", "(", "a.k.a.", "'", "El", "Chapo", "'", ")", "do", "n't", "cross",
        "into", "Colombia", ".", "[1]", "See", "www.state.gov", "."]
    assert [t[0] for t in first[2][5:]] == [
        "Colombia", ".", "[1]", " ", "Mr.", "O'Neil", "'s", "Price", "Smart", ",", "U.S.-Mexico",
        "'s", "."]


def test_a_french_elided_article_before_a_capital_is_its_own_token():
    tokenizer = build_pipeline(components=[]).tokenizer
    text = "Gangs left Saint-Marc de l'Estère (d’Aquin) for Jacmel; Ana D'Souza and Liam O'Hara d'you l'eau."
    first = [t.text for t in tokenizer(text)]
    assert [t.text for t in tokenizer(text)] == first  # the second reading comes from the cache
    assert first[5:12] == ["de", "l'", "Estère", "(", "d’", "Aquin", ")"]
    # near misses: a capital's apostrophe opens a name ('D'Souza', 'O'Hara'), and an elision
    # before a lower-case word is a word of French, not a name
    assert {"D'Souza", "O'Hara", "d'you", "l'eau"} <= set(first)


def test_a_component_used_before_initialize_says_so():
    nlp = spacy.blank("en")
    nlp.add_pipe("crimecli_names")
    with pytest.raises(NotInitializedError, match="crimecli_names has no data"):
        nlp("Evo Morales spoke.")


def test_component_data_round_trips_through_bytes():
    nlp = get_pipeline()
    names = nlp.get_pipe("crimecli_names")
    other = build_pipeline(components=["crimecli_names"]).get_pipe("crimecli_names")
    other.from_bytes(names.to_bytes())
    assert other.data == names.data and "Maduro" in other.surnames


def test_the_gazetteer_rulers_load_their_matchers_without_the_tokenizer(tmp_path: Path):
    nlp = get_pipeline()
    text = "The eln and the ELN met in Bogotá, BOGOTA and bogota; the U.S. and the u.s. watched."
    for name in ("crimecli_gazetteer_names", "crimecli_gazetteer_acronyms"):
        ruler = nlp.get_pipe(name)
        ruler.to_disk(tmp_path / name)
        fresh = build_pipeline(components=[name]).get_pipe(name)
        fresh.clear()
        fresh.from_disk(tmp_path / name)
        assert fresh.patterns == ruler.patterns
        # the match keys' lexemes are made bare; words read afterwards still get their attributes
        assert fresh.nlp.vocab[f"Zzyqx{name}"].lower_ == f"zzyqx{name}"
        doc = nlp.make_doc(text)
        assert [(s.text, s.id_) for s in fresh.match(doc)] == [(s.text, s.id_) for s in ruler.match(doc)]
    doc = nlp.make_doc(text)
    assert [s.text for s in nlp.get_pipe("crimecli_gazetteer_acronyms").match(doc)] == ["ELN", "U.S."]


def test_the_built_pipeline_is_saved_once_and_loaded_from_the_cache(own_cache: Path):
    path = saved_pipeline_path()
    assert path.parent == own_cache and not path.exists()
    built = load_pipeline()
    assert (path / "config.cfg").is_file() and (path / "crimecli_gazetteer_names" / "patterns").is_file()
    loaded = load_pipeline()
    assert loaded.pipe_names == built.pipe_names
    assert extraction(loaded) == extraction(built)
    # a plain spacy.load (as a user would) rebuilds the same tokenizer from the saved config
    plain = spacy.load(path)
    assert [t.text for t in plain.make_doc("Venezuela,[12] agreed")] == ["Venezuela", ",", "[12]", "agreed"]


def test_the_rules_digest_is_remembered_until_a_source_changes(own_cache: Path):
    import json

    from crimecli.digest import MEMO_FILE, digest_sources, hash_sources, rules_digest

    hashed = hash_sources(digest_sources())
    memo = own_cache / MEMO_FILE
    try:
        rules_digest.cache_clear()
        assert rules_digest() == hashed
        remembered = json.loads(memo.read_text(encoding="utf-8"))
        assert remembered["digest"] == hashed and len(remembered["sources"]) == len(digest_sources())
        # the same sources: the remembered digest is used without hashing
        memo.write_text(json.dumps({**remembered, "digest": "remembered00"}), encoding="utf-8")
        rules_digest.cache_clear()
        assert rules_digest() == "remembered00"
        # a source of another size or time (an edited file) is hashed again
        remembered["sources"][0][2] += 1
        memo.write_text(json.dumps({**remembered, "digest": "stale0000000"}), encoding="utf-8")
        rules_digest.cache_clear()
        assert rules_digest() == hashed
        memo.write_text("{not json", encoding="utf-8")
        rules_digest.cache_clear()
        assert rules_digest() == hashed
    finally:
        rules_digest.cache_clear()


def test_the_cache_key_holds_the_rules_digest_and_the_spacy_version(own_cache: Path):
    from crimecli.digest import rules_digest

    assert saved_pipeline_path().name == f"en-{rules_digest()}-spacy{spacy.__version__}"


def test_an_unreadable_saved_pipeline_is_rebuilt_with_one_line_on_stderr(own_cache: Path, capsys):
    stale = own_cache / "en-000000000000-spacy0"
    stale.mkdir(parents=True)  # another digest's copy unused for 40 days: removed on saving
    os.utime(stale, (time.time() - 40 * 86400,) * 2)
    recent = own_cache / "en-111111111111-spacy0"
    recent.mkdir()  # another checkout's, in use: kept
    load_pipeline()
    assert not stale.exists() and recent.exists()
    path = saved_pipeline_path()
    (path / "crimecli_names" / "data.msgpack").write_bytes(b"\x00 not msgpack")
    capsys.readouterr()
    nlp = load_pipeline()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"crimecli: the saved pipeline in {path} cannot be read")
    assert "Traceback" not in err[0]
    assert "Maduro" in nlp.get_pipe("crimecli_names").surnames
    assert load_pipeline().get_pipe("crimecli_names").data == nlp.get_pipe("crimecli_names").data
    assert capsys.readouterr().err == ""  # rebuilt and saved: read cleanly next time


@pytest.fixture
def broken_resolve(monkeypatch: pytest.MonkeyPatch) -> str:
    """crimecli_resolve raising a KeyError (the kind spaCy's own error handlers never see);
    returns the warning each document then carries."""
    def broken(self, doc):
        raise KeyError("no such entity")

    monkeypatch.setattr(Resolver, "__call__", broken)
    return "pipeline stage crimecli_resolve failed (KeyError: 'no such entity'); its results are missing"


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text("In July 2010, Venezuela broke off diplomatic relations with Colombia.\n", encoding="utf-8")
    return path


def test_a_failing_stage_loses_only_its_own_results(request: pytest.FixtureRequest):
    seed = SEED.with_name("000_cd505946326ca5f5.txt")
    whole = extract_document(read_document(seed))
    assert whole.failed_stages == [] and whole.entities and whole.aliases and whole.events
    warning = request.getfixturevalue("broken_resolve")
    partial = extract_document(read_document(seed))
    assert partial.failed_stages == ["crimecli_resolve"]
    assert partial.entities == []
    # the stages before and after it still ran: aliases as stated, the same dates, events
    assert {a.alias for a in partial.aliases} == {a.alias for a in whole.aliases}
    assert partial.dates == whole.dates and partial.events
    assert partial.document.warnings == [warning]


def test_extract_names_a_failed_stage_on_stderr_keeps_the_record_and_exits_1(broken_resolve: str, note: Path):
    result = CliRunner().invoke(app, ["extract", str(note), "--jsonl"])
    assert result.exit_code == 1  # the record lacks a stage's results: a script must know
    assert f"warning: {note}: {broken_resolve}" in result.output
    assert '"kind": "sever diplomatic relations"' in result.output


def test_ingest_stores_a_document_a_stage_failed_on_and_extracts_it_again(
        broken_resolve: str, note: Path, store_url: str, monkeypatch: pytest.MonkeyPatch):
    from crimecli.ingest import ingest
    from crimecli.store import open_store

    with open_store(store_url, write=True) as store:  # each kind of store (tests/conftest.py)
        report = ingest([note], store, jobs=1)
        assert report.added == [note] and report.incomplete == [(note, ["crimecli_resolve"])]
        assert report.warnings == [f"{note}: {broken_resolve}"]
        # the text is stored and searchable, with what the other stages found
        [hit] = store.search("diplomatic relations")
        assert hit["sentence"].startswith("In July 2010, Venezuela broke off")
        [event] = store.events()
        assert event.kind == "sever diplomatic relations" and event.date.value == "2010-07"
        [listed] = store.documents()
        assert listed["failed_stages"] == ["crimecli_resolve"] and store.entities() == []
        # a plain re-run extracts it again instead of calling it unchanged
        again = ingest([note], store, jobs=1)
        assert again.replaced == [note] and again.unchanged == []
        assert again.incomplete == [(note, ["crimecli_resolve"])]
        monkeypatch.undo()  # the stage mended (a later version of crimecli)
        mended = ingest([note], store, jobs=1)
        assert mended.replaced == [note] and mended.incomplete == [] and mended.warnings == []
        assert store.documents()[0]["failed_stages"] == []
        assert {e["name"] for e in store.entities()} >= {"Venezuela", "Colombia"}
        assert ingest([note], store, jobs=1).unchanged == [note]


def test_ingest_names_the_failed_stage_in_its_summary_and_exits_1(broken_resolve: str, note: Path,
                                                                  tmp_path: Path):
    store = tmp_path / "store.sqlite"
    result = CliRunner().invoke(app, ["ingest", str(note), "--store", str(store), "--jobs", "1"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("added 1, unchanged 0, replaced 0, refused 0, incomplete 1 (")
    assert f"warning: {note}: {broken_resolve}" in lines
    assert any(line.startswith(f"incomplete {note}: stored without the results of crimecli_resolve")
               for line in lines)
    # what was stored answers queries
    found = CliRunner().invoke(app, ["search", "diplomatic", "--store", str(store), "--json"])
    assert found.exit_code == 0 and "broke off diplomatic relations" in found.output


def test_documents_and_their_pipeline_results_live_on_the_doc():
    nlp = get_pipeline()
    document = read_text("Wilber Varela, alias \"Jabon\", was killed in Venezuela in January 2008.\n",
                         file="t.txt")
    doc = run(nlp, make_doc(nlp, document))
    assert doc._.document is document and doc._.failed_stages == []
    assert [s.id_ for s in doc.spans["crimecli_gazetteer"]] == ["place:venezuela"]
    assert {e.text for e in doc.spans["crimecli_names"]} == {"Wilber Varela", "Venezuela"}
    [statement] = doc._.aliases
    assert (statement.entity, statement.alias, statement.type) == ("Wilber Varela", "Jabon", "nickname")
    varela = next(e for e in doc._.entities if e.name == "Wilber Varela")
    assert [m.text for m in varela.mentions] == ["Wilber Varela", "Jabon"]
    [date] = doc.spans["crimecli_dates"]
    assert (date.text, date._.timex.value) == ("in January 2008", "2008-01")
    [event] = doc._.events
    assert event.kind == "killing" and event.span.label_ == "killing"
    assert list(doc.spans["crimecli_events"]) == [event.span]


def test_a_score_refuses_a_document_a_stage_failed_on(broken_resolve: str):
    """The scorers fail loudly rather than count what a crash lost as misses."""
    scorer = benchmark("score_entities")
    gold = {"documents": [{"file": SEED.name}]}
    with pytest.raises(RuntimeError, match="crimecli_resolve"):
        scorer.run_in_process(gold, SEED.parent)


def test_span_extension_values_live_in_the_docs_table():
    nlp = spacy.blank("en")
    doc = nlp("Police in Sucre arrested two men from Valencia.")
    sucre, valencia = doc[2:3], doc[7:8]
    sucre._.kind, sucre._.country = "city or town", "Bolivia"
    countries = span_values(doc, "country")
    assert countries == {(sucre.start_char, sucre.end_char): "Bolivia"}
    countries[(valencia.start_char, valencia.end_char)] = "Venezuela"  # written by a component
    assert valencia._.country == "Venezuela" and valencia._.kind is None
    again = Span(doc, 2, 3, label="PLACE")  # another span over the same characters, as in spaCy
    assert (again._.kind, again._.country) == ("city or town", "Bolivia")
    assert span_values(nlp("Police in Sucre"), "country") == {}  # each Doc its own
