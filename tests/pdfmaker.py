"""Report-style PDFs for the PDF reader's tests, laid out with reportlab (a test-only dependency).

``make_pdf`` flows paragraphs through one or more columns per page, draws a running header and
a page number on every page, sets in-text note markers as superscripts ("Cúcuta[1]" in the
source becomes "Cúcuta" followed by a raised, smaller "1") and puts each note in smaller type at
the foot of the page where its paragraph starts, above the page number, under a short rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

MARKER = re.compile(r"\[(\d{1,3})\]")


@dataclass
class Block:
    """A paragraph, a heading or the title; ``notes`` maps a marker number to the note's text."""

    text: str
    kind: str = "para"
    notes: dict[str, str] = field(default_factory=dict)


def blocks_from_text(text: str) -> list[Block]:
    """The lines of a text file in the seeds' layout as paragraphs, footnotes ("[n] ..." lines)
    attached to the last paragraph before them that cites their number."""
    blocks: list[Block] = []
    for raw in text.replace("\u2002", " ").split("\n"):
        para = " ".join(raw.split())
        if not para:
            continue
        note = re.match(r"^\[(\d{1,3})\]\s*(.*)$", para)
        if note and blocks:
            number, body = note.groups()
            for block in reversed(blocks):
                if f"[{number}]" in block.text and number not in block.notes:
                    block.notes[number] = body
                    break
            else:
                blocks.append(Block(para))
            continue
        blocks.append(Block(para))
    return blocks


def _markup(text: str, size: float) -> str:
    out, last = [], 0
    for match in MARKER.finditer(text):
        out.append(escape(text[last:match.start()]))
        out.append(f'<super rise="{size * 0.35:.1f}" size="{size * 0.62:.1f}">{match.group(1)}</super>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def make_pdf(
    path: Path,
    blocks: list[Block],
    *,
    columns: int = 2,
    header: str = "Crisis Group Latin America Report · Colombia and Venezuela",
    page_numbers: str = "Page {page}",
    size: float = 10.0,
    note_size: float = 7.5,
    title: str | None = None,
) -> Path:
    """Write ``blocks`` as a PDF; the first block of kind "title" spans the page on page one."""
    width, height = A4
    left, right, top, bottom = 56.0, 56.0, 72.0, 60.0
    gutter = 20.0
    area = width - left - right
    col_w = (area - gutter * (columns - 1)) / columns
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=size, leading=size * 1.3)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=size * 1.2,
                             leading=size * 1.5)
    big = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=size * 2,
                         leading=size * 2.4)
    note_style = ParagraphStyle("note", fontName="Helvetica", fontSize=note_size,
                                leading=note_size * 1.25)
    # invariant: the same bytes every run; its creation date is then 1 January 2000.
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setTitle(title or "")
    def paragraph(index: int) -> Paragraph:
        block = blocks[index]
        style = heading if block.kind == "heading" else body
        return Paragraph(_markup(block.text, style.fontSize), style)

    def notes_of(index: int) -> list[Paragraph]:
        return [Paragraph(f'<super rise="{note_size * 0.35:.1f}" size="{note_size * 0.7:.1f}">'
                          f"{n}</super> {_markup(t, note_size)}", note_style)
                for n, t in blocks[index].notes.items()]

    def lay_out_page(order: list[int], pending: tuple[int, Paragraph] | None, y_start: float,
                     reserved: float):
        """Fill the columns above ``reserved`` points of notes. Returns the drawing operations,
        the paragraphs whose notes go on this page, and what is left to set."""
        order = list(order)
        ops: list[tuple[Paragraph, float, float]] = []
        started: list[int] = []
        for column in range(columns):
            x = left + column * (col_w + gutter)
            y = y_start
            while order or pending:
                if pending is not None:
                    index, para = pending
                else:
                    index, para = order[0], paragraph(order[0])
                avail = y - bottom - reserved
                _, h = para.wrap(col_w, avail)
                if h <= avail:
                    ops.append((para, x, y - h))
                    y -= h + size * 0.8
                    if pending is None:
                        started.append(order.pop(0))
                    pending = None
                    continue
                parts = para.split(col_w, avail) if avail > 2 * body.leading else []
                if parts:
                    _, h = parts[0].wrap(col_w, avail)
                    ops.append((parts[0], x, y - h))
                    if pending is None:
                        started.append(order.pop(0))
                    pending = (index, parts[1])
                break  # next column or page
        return ops, started, order, pending

    order = list(range(len(blocks)))
    pending: tuple[int, Paragraph] | None = None  # the rest of a split paragraph
    page = 0
    while order or pending:
        page += 1
        canvas.setFont("Helvetica", 8)
        canvas.drawString(left, height - 40, header)
        canvas.drawCentredString(width / 2, 30, page_numbers.format(page=page))
        y_start = height - top
        if page == 1 and order and blocks[order[0]].kind == "title":
            para = Paragraph(_markup(blocks[order[0]].text, size * 2), big)
            _, h = para.wrap(area, y_start - bottom)
            para.drawOn(canvas, left, y_start - h)
            y_start -= h + size * 1.5
            order.pop(0)
        reserved = 0.0
        while True:  # reserve room for the notes of the paragraphs that start on this page
            ops, started, rest, left_over = lay_out_page(order, pending, y_start, reserved)
            notes = [n for i in started for n in notes_of(i)]
            needed = sum(n.wrap(area, height)[1] + 2 for n in notes) + (12.0 if notes else 0.0)
            if needed <= reserved:
                break
            reserved = needed
        for para, x, y in ops:
            para.drawOn(canvas, x, y)
        if notes:
            y = bottom + needed
            canvas.setLineWidth(0.5)
            canvas.line(left, y - 4, left + 120, y - 4)
            y -= 10
            for note in notes:
                _, h = note.wrap(area, height)
                note.drawOn(canvas, left, y - h)
                y -= h + 2
        order, pending = rest, left_over
        canvas.showPage()
    canvas.save()
    return path
