"""PDF and Word input: the same text given as a PDF (two columns, running heads, page numbers,
superscript note markers, footnotes in small type) or as a .docx gives the same document, and
the same entities and events, as given as .txt; unreadable PDFs are refused with their reason.

Tolerance for PDFs: the entity sets (label, name) and the event multisets (date, kind,
countries, in a footnote or not) agree to a Jaccard index of at least 0.97. They differ only
where a PDF must put footnotes elsewhere than the text file does: under the paragraph that runs
at the page's end, not under the paragraph that cites them, which can change the context a
relative date is resolved from.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimecli.cli import app
from crimecli.extract import extract_document
from crimecli.models import Extraction
from crimecli.reader import read_document
from docxmaker import make_docx
from pdfmaker import Block, blocks_from_text, make_pdf

REPO = Path(__file__).resolve().parent.parent
SEED_003 = REPO / "seeds" / "003_8935b5cdd3d6178b.txt"
TOLERANCE = 0.97

TITLE = "Border Cooperation between Colombia and Venezuela"
DATE_LINE = "Published 3 March 2021"
HEADER = "Andean Security Review · Colombia and Venezuela"
PARAGRAPHS = [
    "On 12 January 2021, Colombian President Iván Duque and Venezuelan opposition leader Juan "
    "Guaidó met in Bogotá to discuss the crossings near Cúcuta[1], where thousands of migrants "
    "walk every week. The meeting angered the government of Nicolás Maduro, which accused "
    "Bogotá of plotting against Caracas and closed the remaining legal crossings for a month.",
    "Relations between the two neighbours have been broken since February 2019, when Maduro "
    "severed diplomatic ties with Colombia after an attempt to bring humanitarian aid across "
    "the Simón Bolívar bridge. Since then, consular services have been suspended and families "
    "living on both sides of the border depend on informal paths known as trochas, many of "
    "them controlled by armed groups that charge a toll for every crossing.",
    "The National Liberation Army (ELN) has used the Venezuelan state of Apure as a rear guard "
    "for years[2]. In March 2021, clashes between the Venezuelan armed forces and FARC "
    "dissidents in La Victoria displaced more than 5,000 people into the Colombian department "
    "of Arauca, according to local officials. The Colombian government said Venezuela "
    "protected the ELN and refused to cooperate against the dissident groups.",
    "Trade across the border has collapsed. Official exchanges between the two countries fell "
    "from more than seven billion dollars in 2008 to a few hundred million in 2020, while "
    "smuggling of fuel, food and medicine grew. Business associations in Norte de Santander "
    "and Táchira have asked both governments to reopen the formal crossings and to restore "
    "the consulates that once processed visas and residence permits for workers.",
    "The United States has backed Colombia throughout the dispute. In 2020 the U.S. "
    "Department of Justice indicted Maduro on drug trafficking charges[3], and Washington "
    "offered a reward of fifteen million dollars for information leading to his arrest. "
    "Officials in Caracas called the indictment an act of aggression and accused Colombia of "
    "hosting the camps where the failed Operation Gideon was prepared in May 2020.",
    "Humanitarian agencies describe the border as one of the most dangerous in the region. "
    "Migrants who walk the trochas are exposed to extortion, forced recruitment and sexual "
    "violence, and the closure of the official crossings has pushed more of them into the "
    "hands of criminal groups. Local priests and volunteers in Cúcuta run shelters that feed "
    "thousands of people every day with donations from the Catholic Church and private firms.",
    "Some officials on both sides have kept talking despite the rupture. Governors and mayors "
    "of the border regions meet informally to coordinate the response to epidemics and "
    "floods, and the health ministries exchanged information through the Pan American Health "
    "Organization during the pandemic[4]. These contacts show that practical cooperation "
    "remains possible even when the two capitals refuse to recognise each other.",
    "Analysts expect the next Colombian government to revisit the policy of isolation. A "
    "restoration of consular relations would allow migrants to obtain documents, help "
    "companies resume legal trade and give the authorities of both countries a channel to "
    "act against the armed groups that profit from the closed border. Until then, the "
    "people of the borderlands will keep paying the price of a quarrel between capitals.",
]
NOTES = {
    "1": "Crisis Group interview, humanitarian worker, Cúcuta, 20 January 2021.",
    "2": "The ELN has kept camps in Apure since the 1990s, according to Colombian military "
         "intelligence. Crisis Group interview, Colombian army officer, Bogotá, 2 February 2021.",
    "3": "The charges were announced by the U.S. Attorney General on 26 March 2020.",
    "4": "Crisis Group interview, official of the Pan American Health Organization, "
         "Washington, 15 February 2021.",
}


def as_text() -> str:
    """The source as a text file: footnotes after the paragraph that cites them."""
    parts = [TITLE, DATE_LINE]
    for paragraph in PARAGRAPHS:
        parts.append(paragraph)
        parts += [f"[{n}] {NOTES[n]}" for n in re.findall(r"\[(\d)\]", paragraph)]
    return "\n\n".join(parts) + "\n"


def as_blocks() -> list[Block]:
    blocks = [Block(TITLE, kind="title"), Block(DATE_LINE)]
    for paragraph in PARAGRAPHS:
        blocks.append(Block(paragraph, notes={n: NOTES[n] for n in re.findall(r"\[(\d)\]", paragraph)}))
    return blocks


def paragraphs_of(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def jaccard(a: Counter, b: Counter) -> float:
    union = sum((a | b).values())
    return sum((a & b).values()) / union if union else 1.0


def compare(pdf: Extraction, txt: Extraction) -> tuple[float, float]:
    entities = [Counter({(e.label, e.name): 1 for e in x.entities}) for x in (pdf, txt)]
    events = [Counter((e.date.value, e.kind, tuple(sorted(e.countries)), e.in_footnote)
                      for e in x.events) for x in (pdf, txt)]
    return jaccard(*entities), jaccard(*events)


@pytest.fixture(scope="module")
def two_column_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "border.pdf"
    return make_pdf(path, as_blocks(), columns=2, header=HEADER, page_numbers="Page {page}",
                    size=12, note_size=9, title=TITLE)


# ---- PDF: the test set ----------------------------------------------------------------------

def test_pdf_is_a_two_column_multi_page_document(two_column_pdf):
    from pdfminer.high_level import extract_pages

    pages = list(extract_pages(two_column_pdf))
    assert len(pages) >= 2
    assert two_column_pdf.read_bytes().startswith(b"%PDF")


def test_pdf_reads_in_column_order_without_running_heads_or_page_numbers(two_column_pdf):
    document = read_document(two_column_pdf)
    paragraphs = paragraphs_of(document.text)
    body = [p for p in paragraphs if not p.startswith("[")]
    assert body == [TITLE, DATE_LINE, *PARAGRAPHS]  # every paragraph whole, in order
    assert HEADER not in document.text and not re.search(r"\bPage \d", document.text)
    assert document.title == TITLE
    assert document.published.value == "2021-03-03"


def test_pdf_footnotes_are_marked_like_a_text_files(two_column_pdf):
    document = read_document(two_column_pdf)
    notes = [document.text[s:e] for s, e in document.footnotes]
    assert notes == [f"[{n}] {t}" for n, t in NOTES.items()]
    # The superscript "1" after Cúcuta is a note marker, not part of the word.
    assert "Cúcuta[1], where" in document.text
    assert "Cúcuta1" not in document.text
    text = read_document_from_text(as_text())
    assert [text.text[s:e] for s, e in text.footnotes] == notes


def read_document_from_text(text: str):
    from crimecli.reader import read_text

    return read_text(text, "border.txt")


def test_pdf_gives_the_entities_and_events_of_the_text(two_column_pdf, tmp_path):
    txt = tmp_path / "border.txt"
    txt.write_text(as_text(), encoding="utf-8")
    pdf_result = extract_document(read_document(two_column_pdf))
    txt_result = extract_document(read_document(txt))
    assert len(txt_result.entities) >= 15 and len(txt_result.events) >= 4
    entities, events = compare(pdf_result, txt_result)
    assert entities >= TOLERANCE and events >= TOLERANCE, (entities, events)
    names = {e.name for e in pdf_result.entities}
    assert {"Cúcuta", "Iván Duque", "Nicolás Maduro"} <= names


def test_a_pdf_that_states_no_date_takes_its_metadata_date(tmp_path):
    path = make_pdf(tmp_path / "undated.pdf", [Block(TITLE, kind="title"), *map(Block, PARAGRAPHS[:2])],
                    columns=1)
    document = read_document(path)
    # reportlab's reproducible mode dates every file 1 January 2000.
    assert document.published.value == "2000-01-01"


def test_report_style_pdf_of_a_seed_gives_the_entities_and_events_of_the_seed(tmp_path):
    """Seed 003 (a 16,000-word report with 102 footnotes) set as a 20-page two-column PDF."""
    path = make_pdf(tmp_path / "003.pdf", blocks_from_text(SEED_003.read_text(encoding="utf-8")),
                    columns=2)
    pdf_doc, txt_doc = read_document(path), read_document(SEED_003)
    assert pdf_doc.title == "Ties without Strings? Rebuilding Relations between Colombia and Venezuela"
    assert pdf_doc.published.value == txt_doc.published.value == "2022-12-01"
    assert len(pdf_doc.footnotes) == len(txt_doc.footnotes) > 100
    # The body text is the seed's, line by line (bullets aside: the PDF's font has no glyph for
    # them), once the footnotes are set aside.
    def lines(text: str) -> list[str]:
        return [" ".join(line.split()).lstrip("• ") for line in text.splitlines()
                if line.strip() and not line.startswith("[")]

    assert lines(pdf_doc.text) == lines(txt_doc.text)
    entities, events = compare(extract_document(pdf_doc), extract_document(txt_doc))
    assert entities >= TOLERANCE and events >= TOLERANCE, (entities, events)


# ---- PDF: refusals ----------------------------------------------------------------------------

def _pdf_with(tmp_path: Path, name: str, **canvas_options) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / name
    canvas = Canvas(str(path), invariant=1, **canvas_options)
    if name != "scan.pdf":
        canvas.drawString(72, 720, "Venezuela closed the border with Colombia on 22 February 2019.")
    else:
        canvas.rect(72, 300, 400, 400, fill=1)  # an image and nothing else
    canvas.showPage()
    canvas.save()
    return path


def test_unreadable_pdfs_are_refused_with_their_reason_in_the_ingest_summary(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _pdf_with(inbox, "locked.pdf", encrypt="secret")
    _pdf_with(inbox, "nocopy.pdf", encrypt=StandardEncryption("", canCopy=0))
    _pdf_with(inbox, "scan.pdf")
    good = _pdf_with(inbox, "good.pdf")
    (inbox / "cut.pdf").write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    (inbox / "junk.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n"
                                     b"trailer << /Root 1 0 R >>\n%%EOF\n")
    result = CliRunner().invoke(app, ["ingest", str(inbox), "--jobs", "1"])
    assert result.exit_code == 1
    reasons = dict(re.findall(r"refused \S*/(\S+\.pdf): (.+)", result.stderr))
    assert reasons["locked.pdf"].startswith("encrypted PDF (it needs a password")
    assert reasons["nocopy.pdf"].startswith("encrypted PDF (its permissions forbid text extraction")
    assert reasons["scan.pdf"].startswith("PDF with no text layer")
    assert reasons["cut.pdf"].startswith("truncated PDF")
    assert re.match(r"damaged PDF|PDF with no text layer", reasons["junk.pdf"])
    assert "good.pdf" not in reasons and "added 1" in result.stderr
    assert "Traceback" not in result.output


# ---- Word ---------------------------------------------------------------------------------------

DOCX_BLOCKS = [("para", DATE_LINE), ("para", PARAGRAPHS[0]), ("heading", "The rupture"),
               ("para", PARAGRAPHS[1]), ("para", PARAGRAPHS[2]), ("heading", "Trade"),
               ("para", PARAGRAPHS[3]), ("para", PARAGRAPHS[4])]


def docx_as_text() -> str:
    parts = [TITLE]
    for _, text in DOCX_BLOCKS:
        parts.append(text)
        parts += [f"[{n}] {NOTES[n]}" for n in re.findall(r"\[(\d)\]", text)]
    return "\n\n".join(parts) + "\n"


def test_docx_paragraphs_headings_and_footnotes(tmp_path):
    path = make_docx(tmp_path / "border.docx", TITLE, DOCX_BLOCKS, NOTES, header=HEADER,
                     created="2021-03-04T10:00:00")
    document = read_document(path)
    assert document.title == TITLE
    assert document.text == docx_as_text()
    assert HEADER not in document.text
    assert [document.text[s:e] for s, e in document.footnotes] == \
        [f"[{n}] {NOTES[n]}" for n in ("1", "2", "3")]
    assert document.published.value == "2021-03-03"  # the text's own date beats the file's

    txt = tmp_path / "border.txt"
    txt.write_text(docx_as_text(), encoding="utf-8")
    docx_result, txt_result = extract_document(document), extract_document(read_document(txt))
    assert compare(docx_result, txt_result) == (1.0, 1.0)


def test_docx_without_a_stated_date_takes_its_creation_date_and_bad_files_are_refused(tmp_path):
    path = make_docx(tmp_path / "undated.docx", TITLE, DOCX_BLOCKS[1:], NOTES,
                     created="2021-03-04T10:00:00")
    assert read_document(path).published.value == "2021-03-04"
    for name, content, reason in (
            ("old.docx", b"\xd0\xcf\x11\xe0" + b"\x00" * 600, "an old-format (.doc) or password-protected"),
            ("text.docx", b"just text", "not a Word .docx file"),
            ("broken.docx", b"PK\x03\x04" + b"\x00" * 100, "damaged .docx file")):
        bad = tmp_path / name
        bad.write_bytes(content)
        with pytest.raises(Exception) as info:
            read_document(bad)
        assert str(info.value).startswith(f"{bad}: {reason}"), str(info.value)


# ---- PDF layout rules on hand-made lines ------------------------------------------------------

def _line(page: int, x0: float, y1: float, text: str, size: float = 10.0, width: float = 230.0):
    from crimecli.formats.pdf import Line

    return Line(page=page, x0=x0, y0=y1 - size, x1=x0 + width, y1=y1, size=size, bold=False,
                text=text)


def test_layout_rules_on_hand_made_pages():
    from crimecli.formats.pdf import _layout

    height = 842.0
    page1 = [
        _line(0, 56, 800, "Quarterly Border Bulletin", size=8, width=120),      # running head
        _line(0, 56, 190, "Smuggling on the Border", size=20, width=300),       # title
        _line(0, 56, 139, "Fuel smuggled from Venezuela is sold in"),           # left column
        _line(0, 56, 126, "Cúcuta[1] at half the price of legal"),
        _line(0, 56, 113, "fuel, officials said in 2021, and the"),
        _line(0, 310, 139, "trade is run by armed groups that tax"),           # right column
        _line(0, 310, 126, "every shipment. The army seized a fuel"),
        _line(0, 310, 113, "convoy on the border in", width=110),
        _line(0, 310, 100, "2022", width=25),                                    # at the foot
        _line(0, 56, 80, "1 Crisis Group interview, Cúcuta, 3 March", size=7, width=480),
        _line(0, 56, 71, "2021. Officials asked not to be named and", size=7, width=480),
        _line(0, 290, 30, "1", size=8, width=6),                                  # page number
    ]
    page2 = [
        _line(1, 56, 800, "Quarterly Border Bulletin", size=8, width=120),
        _line(1, 56, 700, "after a tip from Venezuelan officers."),
        _line(1, 56, 80, "17 February 2022 to speak for the record.", size=7, width=480),
        _line(1, 56, 71, "2 Crisis Group interview, Bogotá, 2022.", size=7, width=200),
        _line(1, 290, 30, "2", size=8, width=6),
    ]
    layout = _layout([(height, page1), (height, page2)], {})
    paragraphs = paragraphs_of(layout.text)
    assert paragraphs == [
        "Smuggling on the Border",
        "Fuel smuggled from Venezuela is sold in Cúcuta[1] at half the price of legal fuel, "
        "officials said in 2021, and the trade is run by armed groups that tax every shipment. "
        "The army seized a fuel convoy on the border in 2022 after a tip from Venezuelan officers.",
        "[1] Crisis Group interview, Cúcuta, 3 March 2021. Officials asked not to be named and "
        "17 February 2022 to speak for the record.",
        "[2] Crisis Group interview, Bogotá, 2022.",
    ]
    assert layout.title == "Smuggling on the Border"
