"""PDF -> text laid out like crimecli's text files, with pdfminer.six.

A report's PDF is read the way a person reads it:

- **Running headers, footers and page numbers** are left out: a line near the top or bottom
  edge whose text (digits aside) recurs at the edge of other pages, or that is only a page
  number keeping step with the pages ("12", "Page 3 of 20", "- 4 -").
- **Footnotes** are the lines in smaller type below the last line of body text on a page,
  starting with a note number (raised or not, "1", "1.", "[1]"). Each becomes a "[1] ..."
  paragraph, as footnotes are in our text files, placed after the paragraph that was running
  when its page ended (so a paragraph broken by a page stays whole). A note that runs over to
  the next page is joined to its beginning.
- **Note markers** set as superscripts are split from the word they follow: "Cúcuta¹" becomes
  "Cúcuta[1]", as in-text markers are written in our text files.
- **Reading order** follows the columns: the lines of a page are cut recursively along the
  widest white space, preferring the gaps between columns (the "XY-cut"), so a two-column page
  reads down the left column, then down the right, and a title above both comes first.
- **Paragraphs** end at a larger gap between lines, an indented first line, a change of type
  size or weight (headings), or a short line that ends a sentence; a paragraph that runs on to
  the next column or page is joined again, and a word hyphenated across lines is rejoined.
- **Title and date**: the largest type on the first page is the title (else the metadata's);
  the date is the one the text states (found by the same rules as for text files), else the
  metadata's creation date.

Refused, with the reason: encrypted PDFs that need a password or forbid text extraction,
PDFs with no text layer (scans: run OCR first), truncated and damaged files.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import struct
import zlib
from collections import Counter
from dataclasses import dataclass

from crimecli.errors import InputError
from crimecli.formats import Layout
from crimecli.models import DateValue

# Type this much smaller than the body text is "small" (footnotes, captions).
SMALL = 0.88
# How far from the top or bottom edge (as a share of the page height) running heads are looked for.
EDGE = 0.12
# A superscript: at most this share of the line's type size, raised by at least this share of it.
SUPERSCRIPT_SIZE = 0.85
SUPERSCRIPT_RISE = 0.15

_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|p\.|pág\.?|página|seite)\s*)?(?:(\d{1,4})|[ivxlcdm]{1,7})"
    r"(?:\s*(?:of|/|de|von)\s*\d{1,4})?[-–—\s]*$", re.I)
_NOTE_START = re.compile(r"^(?:\[(\d{1,3})\]|(\d{1,3})(?:[.)]\s*|\s+)(?=\S))")
# Typographic ligatures (ﬁ, ﬂ, ﬀ ...) as the letters they join, so "conﬂict" is "conflict".
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
# pdfminer's stand-in for a glyph its font maps to no character.
_CID = re.compile(r"\(cid:\d+\)")
_PARAGRAPH_END = re.compile(r"[a-z]{2}[.!?][”\"’')]*$")
_SENTENCE_END = re.compile(r"[.!?:;…”\"’')\]]\s*$")


@dataclass
class Line:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0


# ---- reading the file -------------------------------------------------------------------------

def read(raw: bytes, file: str) -> Layout:
    """A PDF's text, title and metadata date; InputError (one line) when it cannot be read."""
    if not raw.startswith(b"%PDF-"):
        raise InputError(f"{file}: not a PDF (the file does not start with %PDF)")
    if b"%%EOF" not in raw[-4096:]:
        raise InputError(f"{file}: truncated PDF (it ends before its end-of-file marker; "
                         "download or copy it again)")
    from pdfminer.pdfdocument import (PDFEncryptionError, PDFPasswordIncorrect,
                                      PDFTextExtractionNotAllowed)
    from pdfminer.pdfexceptions import PDFException
    from pdfminer.psexceptions import PSException

    try:
        pages, info = _pages(raw)
    except PDFPasswordIncorrect:
        raise InputError(f"{file}: encrypted PDF (it needs a password; save an unprotected "
                         "copy first)") from None
    except (PDFEncryptionError, PDFTextExtractionNotAllowed) as exc:
        raise InputError(f"{file}: encrypted PDF ({exc})") from None
    except (PDFException, PSException, ValueError, KeyError, TypeError, IndexError,
            AssertionError, struct.error, zlib.error) as exc:
        raise InputError(f"{file}: damaged PDF ({type(exc).__name__}: {exc})") from None
    characters = sum(len(line.text.strip()) for page in pages for line in page[1])
    if characters < 20:
        raise InputError(f"{file}: PDF with no text layer (a scan or images only); run OCR on it "
                         "first, e.g. ocrmypdf")
    return _layout(pages, info)


def _pages(raw: bytes) -> tuple[list[tuple[float, list[Line]]], dict]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFTextExtractionNotAllowed
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    # pdfminer logs what it repairs in a file (a missing font box, a bad xref) as warnings:
    # nothing a user can act on, and noise on stderr.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    parser = PDFParser(io.BytesIO(raw))
    document = PDFDocument(parser, password="")
    if not document.is_extractable:
        raise PDFTextExtractionNotAllowed("its permissions forbid text extraction")
    manager = PDFResourceManager()
    # char_margin 1.0: two columns a narrow gutter apart stay two lines, not one.
    device = PDFPageAggregator(manager, laparams=LAParams(char_margin=1.0, line_margin=0.5))
    interpreter = PDFPageInterpreter(manager, device)
    pages = []
    for number, page in enumerate(PDFPage.create_pages(document)):
        interpreter.process_page(page)
        layout = device.get_result()
        pages.append((layout.height, list(_lines(layout, number))))
    info = document.info[0] if document.info else {}
    return pages, info


def _lines(container: object, page: int):
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLineHorizontal

    for item in container:  # type: ignore[attr-defined]
        if isinstance(item, LTTextLineHorizontal):
            chars = [c for c in item if isinstance(c, LTChar) and c.get_text().strip()]
            if not chars:
                continue
            line = _line(item, chars, page)
            if line.text.strip():
                yield line
        elif isinstance(item, LTTextContainer):
            yield from _lines(item, page)


def _line(item: object, chars: list, page: int) -> Line:
    """One text line; superscript numbers become "[n]" note markers."""
    from pdfminer.layout import LTChar

    size = Counter(round(c.size, 1) for c in chars).most_common(1)[0][0]
    base = statistics.median(c.y0 for c in chars if abs(c.size - size) < 0.2)
    parts: list[str] = []
    marker = ""

    def flush() -> None:
        nonlocal marker
        if marker:
            parts.append(f"[{marker}]")
            marker = ""

    for obj in item:  # type: ignore[attr-defined]
        text = obj.get_text()
        if isinstance(obj, LTChar):
            raised = (obj.size <= SUPERSCRIPT_SIZE * size
                      and obj.y0 >= base + SUPERSCRIPT_RISE * size)
            if raised and text.isdigit():
                marker += text
                continue
            flush()
            parts.append(text)
        else:  # LTAnno: a space or the line's end, inferred by pdfminer
            flush()
            if text != "\n":
                parts.append(text)
    flush()
    bold = sum(1 for c in chars if re.search(r"bold|black|heavy|semibold", c.fontname, re.I))
    x0, y0, x1, y1 = item.bbox  # type: ignore[attr-defined]
    return Line(page=page, x0=x0, y0=y0, x1=x1, y1=y1, size=size, bold=bold > len(chars) / 2,
                text=re.sub(r"\s+", " ", "".join(parts).translate(_LIGATURES)).strip())


# ---- page furniture ---------------------------------------------------------------------------

def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.lower())).strip()


def _drop_furniture(pages: list[tuple[float, list[Line]]]) -> list[list[Line]]:
    """Each page's lines without running headers, footers and page numbers.

    A running head is a line at the top or bottom edge whose text, digits aside, recurs at the
    edge of other pages. A page number is a number alone at an edge ("7", "Page 7
    of 20", "- 7 -") that keeps step with the page: the same offset from the page's index as
    on most pages, so a year closing a column ("2022") is not taken for one."""
    def at_edge(line: Line, height: float) -> bool:
        return line.y0 >= height * (1 - EDGE) or line.y1 <= height * EDGE

    seen: Counter[str] = Counter()
    offsets: Counter[int] = Counter()
    numbers: dict[int, int] = {}  # id(line) -> page-number offset
    for index, (height, lines) in enumerate(pages):
        edge = [l for l in lines if at_edge(l, height)]
        # Numbers alone are judged by the page-number rule, not by recurring ("#" on every page).
        seen.update({_furniture_key(l.text) for l in edge if not _PAGE_NUMBER.match(l.text)})
        for line in edge:
            match = _PAGE_NUMBER.match(line.text)
            if match and match.group(1):
                numbers[id(line)] = int(match.group(1)) - index
        offsets.update({numbers[id(l)] for l in edge if id(l) in numbers})
    # Running heads recur: on 2 pages of a short document, on 3 of a long one (a chapter's
    # head recurs only over its chapter).
    repeated = 2 if len(pages) <= 5 else 3
    offset = offsets.most_common(1)[0][0] if offsets else None
    if offset is not None and (offsets[offset] < 2 if len(pages) > 1 else offset not in (0, 1)):
        offset = None  # a lone number keeps step with nothing (unless "1" on a single page)
    kept = []
    for height, lines in pages:
        kept.append([l for l in lines if not (at_edge(l, height) and (
            seen[_furniture_key(l.text)] >= repeated
            or (id(l) in numbers and numbers[id(l)] == offset)
            or (id(l) not in numbers and _PAGE_NUMBER.match(l.text))))])  # roman: front matter
    return kept


# ---- reading order ----------------------------------------------------------------------------

def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The empty intervals between the union of ``spans`` (sorted by start)."""
    gaps = []
    spans = sorted(spans)
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start > reach:
            gaps.append((reach, start))
        reach = max(reach, end)
    return gaps


def reading_order(lines: list[Line], gutter: float) -> list[Line]:
    """Recursive XY-cut: split at a vertical gap (between columns) of at least ``gutter`` when
    there is one, else at the widest horizontal gap; lines that cannot be split read top-down."""
    if len(lines) <= 1:
        return list(lines)
    for cut in sorted((g for g in _gaps([(l.x0, l.x1) for l in lines]) if g[1] - g[0] >= gutter),
                      key=lambda g: g[0] - g[1]):
        left = [l for l in lines if l.x1 <= cut[0]]
        right = [l for l in lines if l.x0 >= cut[1]]
        # Columns stand side by side; a lone line off to the right above the text does not.
        if min(l.y0 for l in left) < max(l.y1 for l in right) and \
                min(l.y0 for l in right) < max(l.y1 for l in left):
            return reading_order(left, gutter) + reading_order(right, gutter)
    rows = _gaps([(-l.y1, -l.y0) for l in lines])
    if rows:
        cut = max(rows, key=lambda g: g[1] - g[0])
        upper = [l for l in lines if -l.y0 <= cut[0]]
        lower = [l for l in lines if -l.y1 >= cut[1]]
        return reading_order(upper, gutter) + reading_order(lower, gutter)
    return sorted(lines, key=lambda l: (-l.y1, l.x0))


# ---- paragraphs -------------------------------------------------------------------------------

def _join(text: str, more: str) -> str:
    if text.endswith("-") and more[:1].islower() and text[-2:-1].isalpha():
        return text + more  # a word (or compound) broken across lines
    return f"{text} {more}"


class _Flow:
    """Lines in reading order -> paragraphs; footnotes wait for the running paragraph to end."""

    def __init__(self, body_size: float, leading_gap: float):
        self.body_size = body_size
        self.leading_gap = leading_gap
        self.paragraphs: list[str] = []
        self.current: str = ""
        self.last: Line | None = None
        self.column_right = 0.0
        self.notes_waiting: list[str] = []
        self.last_note: int | None = None  # index in paragraphs of the last note set
        self.note_number = 0  # the number of the last note read

    def _close(self) -> None:
        if self.current:
            self.paragraphs.append(self.current)
            self.current = ""
        if self.notes_waiting:
            self.paragraphs.extend(self.notes_waiting)
            self.last_note = len(self.paragraphs) - 1
            self.notes_waiting = []

    def continue_note(self, text: str) -> bool:
        """Run the last note on (it went on to the next page); False when there is none."""
        if self.notes_waiting:
            self.notes_waiting[-1] = _join(self.notes_waiting[-1], text)
        elif self.last_note is not None:
            self.paragraphs[self.last_note] = _join(self.paragraphs[self.last_note], text)
        else:
            return False
        return True

    def _breaks(self, prev: Line, line: Line) -> bool:
        if abs(prev.size - line.size) > 0.5 or prev.bold != line.bold:
            return True  # a heading begins or ends
        below = prev.page == line.page and prev.y0 > line.y1 - 1 and abs(line.x0 - prev.x0) < 3 * line.size \
            and prev.y0 - line.y1 < 3 * line.size
        if line.text[:1].islower():
            return False  # a sentence running on
        full = prev.x1 >= self.column_right - 0.15 * max(self.column_right - prev.x0, 1.0)
        if not below:
            # Another column or page: a paragraph runs on from a full last line that ends no
            # sentence; a short line (a heading, a paragraph's end) ends it.
            return not full or bool(_SENTENCE_END.search(prev.text))
        if prev.y0 - line.y1 > self.leading_gap + 0.4 * line.size:
            return True
        if line.x0 > prev.x0 + 0.8 * line.size:
            return True  # an indented first line
        # A line less than half full that ends a sentence ends its paragraph (in layouts with
        # neither spacing nor indents; a ragged line is never that short unless a word is huge).
        short = prev.x1 < self.column_right - 0.5 * max(self.column_right - prev.x0, 1.0)
        return short and bool(_PARAGRAPH_END.search(prev.text))

    def add(self, line: Line) -> None:
        prev = self.last
        if prev is None or self._breaks(prev, line):
            self._close()
            self.current = line.text
        else:
            self.current = _join(self.current, line.text)
        # How far this column's lines reach: over lines of this size only (a title is wider).
        same_column = (prev is not None and prev.page == line.page and prev.size == line.size
                       and abs(prev.x0 - line.x0) < 3 * line.size)
        self.column_right = max(self.column_right, line.x1) if same_column else line.x1
        self.last = line

    def page_notes(self, notes: list[str]) -> None:
        self.notes_waiting.extend(notes)

    def text(self) -> str:
        self._close()
        return "\n\n".join(self.paragraphs) + "\n"


def _footnotes(zone: list[Line], flow: _Flow) -> tuple[list[str], list[Line]]:
    """The notes of a page's foot zone as "[n] ..." paragraphs, and the zone's lines that are
    no notes (small print without a number, when no note runs on from the previous page).
    Lines before the first numbered one continue the previous page's last note."""
    notes: list[str] = []
    stray: list[Line] = []
    for line in zone:
        start = _NOTE_START.match(line.text)
        # A number in plain type starts a note only when it is the next one ("17 February
        # 2022" at the start of a note's second line is no note 17).
        if start and start.group(2) and int(start.group(2)) not in (1, flow.note_number + 1):
            start = None
        if start:
            number = start.group(1) or start.group(2)
            flow.note_number = int(number)
            notes.append(f"[{number}] {line.text[start.end():].strip()}")
        elif notes:
            notes[-1] = _join(notes[-1], line.text)
        elif stray or not flow.continue_note(line.text):
            stray.append(line)
    return notes, stray


def _layout(pages: list[tuple[float, list[Line]]], info: dict) -> Layout:
    kept = _drop_furniture(pages)
    sizes: Counter[float] = Counter()
    for lines in kept:
        for line in lines:
            sizes[line.size] += len(line.text)
    body_size = sizes.most_common(1)[0][0]
    gaps = [a.y0 - b.y1 for lines in kept for a, b in zip(lines, lines[1:])
            if a.size == b.size == body_size and 0 < a.y0 - b.y1 < body_size]
    leading_gap = statistics.median(gaps) if gaps else 0.3 * body_size
    flow = _Flow(body_size, leading_gap)
    title = _visual_title(kept[0] if kept else [], body_size)
    for lines in kept:
        body = [l for l in lines if l.size >= SMALL * body_size]
        floor = min((l.y0 for l in body), default=float("inf"))
        zone = [l for l in lines if l.size < SMALL * body_size and l.y1 <= floor + 1]
        zone_ids = {id(l) for l in zone}
        notes, stray = _footnotes(reading_order(zone, body_size), flow)
        rest = [l for l in lines if id(l) not in zone_ids] + stray
        for line in reading_order(rest, 0.6 * body_size):
            flow.add(line)
        flow.page_notes(notes)
    text, unmapped = _CID.subn("", flow.text())
    warnings = [f"{unmapped} character(s) with no Unicode mapping in the PDF's fonts left out"] \
        if unmapped else []
    meta_title = _info_text(info.get("Title"))
    return Layout(text=text, title=title or meta_title, warnings=warnings,
                  metadata_date=_info_date(info.get("CreationDate")))


def _visual_title(lines: list[Line], body_size: float) -> str | None:
    """The first page's largest type, when it is clearly larger than the body's."""
    large = [l for l in lines if l.size >= 1.3 * body_size]
    if not large:
        return None
    biggest = max(l.size for l in large)
    top = sorted((l for l in large if abs(l.size - biggest) < 0.5), key=lambda l: -l.y1)
    parts = [top[0].text]
    for prev, line in zip(top, top[1:]):
        if prev.y0 - line.y1 > line.size:
            break
        parts.append(line.text)
    return " ".join(parts)


def _info_text(value: object) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, bytes):
        value = decode_text(value)
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return None


def _info_date(value: object) -> DateValue | None:
    """A PDF date ("D:20221201093000+01'00'") as a day-precision DateValue."""
    text = _info_text(value)
    match = re.match(r"^(?:D:)?(\d{4})(\d{2})(\d{2})", text or "")
    if not match:
        return None
    import datetime as _dt

    try:
        day = _dt.date(*map(int, match.groups()))
    except ValueError:
        return None
    return DateValue(value=day.isoformat(), precision="day", text=text or "",
                     resolved_from="explicit")
