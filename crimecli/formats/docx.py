"""Word .docx -> text laid out like crimecli's text files, with python-docx.

Paragraphs and tables in document order (a table row becomes "cell | cell"), headings as lines
of their own, the first Title (else first Heading 1) paragraph as the document's title. Footnote
and endnote references become "[n]" markers where they stand, and each note a "[n] ..."
paragraph right after the paragraph that cites it (endnotes at the end), as footnotes are in our
text files. Running headers and footers live in their own parts and are not read. The date is
the one the text states, else the file's creation date.
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile

from crimecli.errors import InputError
from crimecli.formats import Layout
from crimecli.models import DateValue

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NOTE_KINDS = {"footnoteReference": "footnotes", "endnoteReference": "endnotes"}


def read(raw: bytes, file: str) -> Layout:
    """A .docx file's text, title and creation date; InputError (one line) if it cannot be read."""
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(f"{file}: an old-format (.doc) or password-protected Word file; save it "
                         "as an unprotected .docx first")
    if not raw.startswith(b"PK"):
        raise InputError(f"{file}: not a Word .docx file (it is not a zip package)")
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(io.BytesIO(raw))
        notes = {kind: _notes(document, kind) for kind in ("footnotes", "endnotes")}
        paragraphs, title = _body(document, notes)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            XMLSyntaxError) as exc:
        raise InputError(f"{file}: damaged .docx file ({type(exc).__name__}: {exc})") from None
    properties = document.core_properties
    text = "\n\n".join(p for p in paragraphs if p.strip()) + "\n"
    return Layout(text=text, title=title or (properties.title or "").strip() or None,
                  metadata_date=_date(properties.created))


def _notes(document: object, kind: str) -> dict[str, str]:
    """Note id -> text, from the footnotes or endnotes part (python-docx does not read them)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    reltype = RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES
    part = next((rel.target_part for rel in document.part.rels.values()  # type: ignore[attr-defined]
                 if rel.reltype == reltype and not rel.is_external), None)
    if part is None:
        return {}
    root = etree.fromstring(part.blob)
    tag = W + ("footnote" if kind == "footnotes" else "endnote")
    out = {}
    for note in root.iter(tag):
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(" ".join(_runs(p, None)) for p in note.iter(W + "p"))
        out[note.get(W + "id")] = " ".join(text.split())
    return out


def _runs(paragraph: object, cite: object) -> list[str]:
    """A paragraph element's text in order; ``cite(kind, id)`` gives a note reference's marker."""
    parts: list[str] = []
    for element in paragraph.iter():  # type: ignore[attr-defined]
        name = element.tag.rsplit("}", 1)[-1]
        if name == "t":
            parts.append(element.text or "")
        elif name in ("tab", "noBreakHyphen"):
            parts.append(" " if name == "tab" else "-")
        elif name in ("br", "cr"):
            parts.append("\n")
        elif name in _NOTE_KINDS and cite is not None:
            parts.append(cite(_NOTE_KINDS[name], element.get(W + "id")))
    return ["".join(parts)]


def _body(document: object, notes: dict[str, dict[str, str]]) -> tuple[list[str], str | None]:
    numbers: dict[tuple[str, str], int] = {}
    counters = {"footnotes": 0, "endnotes": 0}
    cited: list[tuple[str, str]] = []

    def cite(kind: str, ident: str) -> str:
        key = (kind, ident)
        if key not in numbers:
            counters[kind] += 1
            numbers[key] = counters[kind]
        cited.append(key)
        return f"[{numbers[key]}]"

    paragraphs: list[str] = []
    title: str | None = None
    first_heading: str | None = None
    body = document.element.body  # type: ignore[attr-defined]
    for block in body.iterchildren():
        name = block.tag.rsplit("}", 1)[-1]
        if name == "p":
            text = _clean("".join(_runs(block, cite)))
            style = _style(document, block)
            if text and style == "Title" and title is None:
                title = text
            elif text and style.startswith("Heading") and first_heading is None:
                first_heading = text
            paragraphs.append(text)
        elif name == "tbl":
            rows = []
            for row in block.iter(W + "tr"):
                cells = [_clean(" ".join("".join(_runs(p, cite)) for p in cell.iter(W + "p")))
                         for cell in row.iter(W + "tc")]
                if any(cells):
                    rows.append(" | ".join(cells))
            paragraphs.append("\n".join(rows))
        else:
            continue
        # The notes this block cites, right after it, as footnotes are in our text files.
        for kind, ident in cited:
            if kind == "footnotes" and ident in notes[kind]:
                paragraphs.append(f"[{numbers[(kind, ident)]}] {notes[kind][ident]}")
        cited = [(k, i) for k, i in cited if k == "endnotes"]
    for kind, ident in dict.fromkeys(cited):
        if ident in notes[kind]:
            paragraphs.append(f"[{numbers[(kind, ident)]}] {notes[kind][ident]}")
    return paragraphs, title or first_heading


def _style(document: object, paragraph: object) -> str:
    """The paragraph style's name as Word shows it ("Title", "Heading 1", "Normal")."""
    from docx.text.paragraph import Paragraph

    style = Paragraph(paragraph, document).style  # type: ignore[arg-type]
    return style.name if style is not None and style.name else "Normal"


def _clean(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _date(value: _dt.datetime | None) -> DateValue | None:
    if value is None:
        return None
    return DateValue(value=value.date().isoformat(), precision="day", text=value.isoformat(),
                     resolved_from="explicit")
