"""Readers for files that are not text: PDF (pdfminer.six) and Word .docx (python-docx).

Each turns a file's bytes into a :class:`Layout`: plain text in the layout crimecli's text files
have (paragraphs separated by blank lines, footnotes as "[1] ..." paragraphs, in-text note
markers as "[1]"), plus what the file states about itself (title, date). The reader
(:mod:`crimecli.reader`) then builds the Document from it exactly as it does for a text file,
so footnotes, the body end and the publication date are decided in one place.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from crimecli.models import DateValue

__all__ = ["Layout", "SUFFIXES", "read_layout", "reader_for"]

READERS = {".pdf": "crimecli.formats.pdf", ".docx": "crimecli.formats.docx"}
SUFFIXES = tuple(READERS)


@dataclass
class Layout:
    """What a non-text file says: its text as crimecli's text files lay it out, its title, the
    date its metadata states (used when the text states none), and warnings for the user."""

    text: str
    title: str | None = None
    metadata_date: DateValue | None = None
    warnings: list[str] = field(default_factory=list)


def reader_for(file: str, raw: bytes) -> str | None:
    """The suffix whose reader handles this file (".pdf" for any file that is a PDF), or None."""
    suffix = Path(file).suffix.lower()
    if suffix in READERS:
        return suffix
    if raw.startswith(b"%PDF-"):
        return ".pdf"
    return None


def read_layout(raw: bytes, file: str, kind: str) -> Layout:
    """Read a file's bytes with the reader for ``kind`` (a key of READERS); raises InputError."""
    module = importlib.import_module(READERS[kind])
    return module.read(raw, file)
