"""Long documents are read in sections (crimecli.nlp.process_sections) and joined into one
extraction (crimecli.extract.join_sections), on real text: the seeds and the wire-story export."""

from __future__ import annotations

from pathlib import Path

import pytest

import crimecli.nlp
from crimecli.extract import extract_document
from crimecli.models import Extraction
from crimecli.nlp import get_pipeline, section_bounds
from crimecli.reader import read_document, read_text
from crimecli.store.records import prepare

REPO = Path(__file__).resolve().parent.parent
WIRE = REPO / "tests" / "data" / "three_wire_stories.txt"
LONG_SEED = REPO / "seeds" / "003_8935b5cdd3d6178b.txt"  # 97,000 characters, one report


def offsets_hold(extraction: Extraction) -> None:
    """Every offset points at the text it names, in the whole document's text."""
    text = extraction.document.text
    for entity in extraction.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
    for timex in extraction.dates:
        assert text[timex.start:timex.end] == timex.text
    for event in extraction.events:
        assert text[event.start:event.end] == event.sentence
    for alias in extraction.aliases:
        assert text[alias.start:alias.end] == alias.evidence


def stored_sentences(extraction: Extraction) -> list[tuple]:
    return [row[:3] for row in prepare(extraction, "test").sentences]


def test_a_short_document_is_one_section_and_a_long_one_is_cut_at_paragraphs():
    document = read_document(LONG_SEED)
    assert section_bounds(document, 500_000) == [(0, len(document.text))]
    bounds = section_bounds(document, 30_000)
    assert len(bounds) == 4 and bounds[0][0] == 0 and bounds[-1][1] == document.body_end
    for (_, end), (start, _) in zip(bounds, bounds[1:]):
        assert end == start  # nothing left out, nothing read twice
        assert document.text[start - 2:start] == "\n\n"  # a paragraph break
    assert all(15_000 <= end - start <= 30_000 for start, end in bounds[:-1])


def test_sections_start_where_articles_start():
    document = read_document(WIRE)
    starts = [article.start for article in document.articles]
    assert len(starts) == 3
    assert [start for start, _ in section_bounds(document, 1_200)] == starts


def test_text_with_no_paragraph_breaks_is_cut_at_line_breaks_then_spaces():
    lines = read_text("\n".join(["Gustavo Petro met Nicolás Maduro in Caracas on 1 November 2022."] * 40))
    bounds = section_bounds(lines, 1_000)
    assert all(lines.text[end - 1] == "\n" for _, end in bounds[:-1])
    words = read_text(" ".join(["Petro met Maduro in Caracas."] * 100))
    bounds = section_bounds(words, 1_000)
    assert all(words.text[end - 1] == " " for _, end in bounds[:-1]) and bounds[-1][1] == len(words.text)


def test_an_export_read_article_by_article_gives_what_the_whole_file_gives():
    whole = extract_document(read_document(WIRE))
    parts = extract_document(read_document(WIRE), section_chars=1_200)
    assert whole.failed_stages == parts.failed_stages == []
    # the same entities: Guillermo Lasso is Ecuador's from his story's own words ("President
    # Guillermo Lasso ordered the armed forces to take control of the country's prisons"),
    # whether the Doc holds that story alone or all three (Colombia, Ecuador, Peru)
    assert [e.to_dict() for e in parts.entities] == [e.to_dict() for e in whole.entities]
    assert next(e.country for e in parts.entities if e.name == "Guillermo Lasso") == "Ecuador"
    assert parts.aliases == whole.aliases and parts.dates == whole.dates and parts.events == whole.events
    assert parts.words == whole.words
    assert stored_sentences(parts) == stored_sentences(whole)
    offsets_hold(parts)


def test_a_long_report_in_sections_keeps_its_entities_one_each():
    whole = extract_document(read_document(LONG_SEED))
    parts = extract_document(read_document(LONG_SEED), section_chars=30_000)
    offsets_hold(parts)
    # the same entities: a surname in a later section joins the full name of an earlier one,
    # as it does inside one Doc ("Duque" after "Iván Duque")
    def identity(extraction: Extraction) -> dict:
        return {e.name: (e.label, e.id, e.aliases, e.kind, e.country) for e in extraction.entities}

    assert identity(parts) == identity(whole)
    assert len({e.id for e in parts.entities}) == len(parts.entities)
    duque = next(e for e in parts.entities if e.name == "Iván Duque")
    assert len({m.start // 30_000 for m in duque.mentions}) >= 3  # found in several sections
    # the same dates, but for a date read from the narrative before a section's start: each
    # section's narrative starts afresh ("Days later", a few paragraphs after the cut at 89,469,
    # was November 2022 from the story told before it)
    assert [(t.text, t.start) for t in parts.dates] == [(t.text, t.start) for t in whole.dates]
    differences = [(w.text, w.resolved_from, p.value) for w, p in zip(whole.dates, parts.dates) if w != p]
    assert differences == [("Days later", "context", None)]
    # the searchable sentences do not depend on sections
    assert parts.words == whole.words
    assert stored_sentences(parts) == stored_sentences(whole)
    assert len(parts.aliases) == len(whole.aliases)
    assert {a.alias for a in parts.aliases} == {a.alias for a in whole.aliases}


def test_a_text_longer_than_the_pipelines_max_length_is_read_in_sections(monkeypatch: pytest.MonkeyPatch):
    """spaCy refuses a text over nlp.max_length (E088): sections never exceed it."""
    nlp = get_pipeline()
    monkeypatch.setattr(nlp, "max_length", 1_200)
    document = read_document(WIRE)  # 2,406 characters
    sections: list[tuple[int, int]] = []
    extraction = extract_document(document, on_section=lambda done, total: sections.append((done, total)))
    assert sections == [(1, 3), (2, 3), (3, 3)]
    assert extraction.failed_stages == [] and extraction.events
    assert {"Hernando Ruiz Patiño", "Gulf Clan"} <= {e.name for e in extraction.entities}
    offsets_hold(extraction)


def test_ingest_reports_progress_section_by_section(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from crimecli.ingest import ingest
    from crimecli.store import Store

    monkeypatch.setattr(crimecli.nlp, "SECTION_CHARS", 1_200)
    events = []
    with Store(tmp_path / "store.sqlite") as store:
        report = ingest([WIRE], store, jobs=1, progress=events.append)
        assert report.added == [WIRE]
        [hit] = store.search("Antwerp")  # the third story, read in the last section
    working = [(e.section, e.sections) for e in events if e.status == "working"]
    assert working == [(0, 0), (1, 3), (2, 3), (3, 3)]
    assert [e.status for e in events][-1] == "added"


def test_the_progress_bar_moves_inside_a_long_file():
    from crimecli.cli import progress_description, progress_done
    from crimecli.ingest import IngestEvent

    event = IngestEvent("working", Path("/data/big.txt"), 0, 1, size=10 * 2**20, section=3, sections=12)
    assert progress_description("ingesting", event) == "ingesting big.txt (10.0 MB), section 3 of 12"
    assert progress_done(event) == 0.25
    first = IngestEvent("working", Path("/data/big.txt"), 0, 1, size=10 * 2**20)
    assert progress_description("ingesting", first) == "ingesting big.txt (10.0 MB)"
    assert progress_done(first) == 0


def test_the_cli_extracts_and_ingests_a_text_longer_than_the_pipelines_max_length(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """End to end through the commands: nothing refused, offsets into the whole file, every
    story searchable (the limit is lowered so the test stays small; the pipeline is the one
    the commands load)."""
    import json

    from typer.testing import CliRunner

    from crimecli.cli import app

    monkeypatch.setattr(get_pipeline(), "max_length", 1_200)
    big = tmp_path / "big.txt"
    big.write_text(WIRE.read_text(encoding="utf-8"), encoding="utf-8")  # 2,406 characters
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(big), "--json"])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    text = big.read_text(encoding="utf-8")
    assert {"Hernando Ruiz Patiño", "Guillermo Lasso"} <= {e["name"] for e in record["entities"]}
    mentions = [m for e in record["entities"] for m in e["mentions"]]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)
    assert any(m["text"] == "Antwerp" for m in mentions)  # in the third story, the last section
    store = tmp_path / "store.sqlite"
    result = runner.invoke(app, ["ingest", str(big), "--store", str(store)])
    assert result.exit_code == 0, result.output
    for word in ("Medellin", "Guayaquil", "Antwerp"):  # one from each story, each section
        result = runner.invoke(app, ["search", word, "--store", str(store), "--json"])
        assert result.exit_code == 0 and json.loads(result.stdout), (word, result.output)
