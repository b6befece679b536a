"""Word files with footnotes for the .docx reader's tests, made with python-docx.

python-docx writes paragraphs, headings and tables but not footnotes, so the footnotes part is
added here as Word writes it: a ``word/footnotes.xml`` part related to the document, and a
``w:footnoteReference`` run where each note is cited ("[1]" in the source text).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MARKER = re.compile(r"\[(\d{1,3})\]")


def make_docx(path: Path, title: str, blocks: list[tuple[str, str]], notes: dict[str, str],
              created: str | None = None, header: str | None = None) -> Path:
    """``blocks``: (kind, text) with kind "heading" or "para"; "[n]" in a text cites note n."""
    document = docx.Document()
    document.add_heading(title, level=0)
    for kind, text in blocks:
        paragraph = document.add_heading(level=1) if kind == "heading" else document.add_paragraph()
        last = 0
        for match in MARKER.finditer(text):
            paragraph.add_run(text[last:match.start()])
            run = paragraph.add_run()
            run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{match.group(1)}"/>'))
            last = match.end()
        paragraph.add_run(text[last:])
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if created:
        import datetime as dt

        document.core_properties.created = dt.datetime.fromisoformat(created)
    body = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            f'</w:r></w:p></w:footnote>']
    for ident, text in notes.items():
        body.append(f'<w:footnote w:id="{ident}"><w:p><w:r><w:footnoteRef/></w:r>'
                    f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}">{"".join(body)}</w:footnotes>').encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    document.save(str(path))
    return path
