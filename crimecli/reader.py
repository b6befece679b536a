"""file -> Document: decoding, HTML text, title, publication date, body end, footnotes.

Everything here works on plain strings with line-level rules, so it holds for layouts we have
never seen: a rule looks at the *shape* of a line (a breadcrumb, a photo credit, a byline, a
sign-off, a "Related posts" heading), never at one site's exact wording alone.

The module stays light: trafilatura (HTML) is imported only when an HTML page is read, and
dates are read by crimecli.dates (month names from the calendar lexicons of every language
pack) instead of dateparser, so ``import crimecli.reader`` costs almost nothing (``crimecli
--help`` and the tests stay fast).
"""

from __future__ import annotations

import bisect
import codecs
import datetime as _dt
import hashlib
import html as _html
import os
import re
import stat
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from crimecli.countries import place_country, writes_day_first
from crimecli.dates import date_bounds, parse_written_date, written_dates
from crimecli.errors import InputError
from crimecli.lexicons import date_line_labels, date_line_words, month_numbers, page_furniture, weekday_forms
from crimecli.models import Article, DateValue, Document
from crimecli.text import lexicon

# Suffixes a folder walk should pick up. ``read_document`` also accepts a file with no suffix
# (or any other) as long as its bytes decode as text.
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# Larger files are refused rather than exhausting memory; 20 MB of text reads in well under a second.
MAX_BYTES = 200 * 1024 * 1024

# How far the top of a document reaches when looking for a title or a byline.
TOP_LINES = 15
# How many lines before the body end are searched for a sign-off ("Bogotá, 1 December 2022").
SIGNOFF_LINES = 8

# The words of page furniture, every language pack's (lexicons/<language>/page_furniture.json).
_FURNITURE = page_furniture()


def _any(words) -> str:
    """A regex alternation of lexicon words and phrases, each escaped, longest first; one that
    never matches when no language pack lists any."""
    if not words:
        return r"(?!)"
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _any_spaced(words) -> str:
    """:func:`_any` with any run of white space between a phrase's words ("last  updated")."""
    return _any(words).replace(r"\ ", r"\s+")


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------


def read_document(path: str | Path, published: DateValue | None = None) -> Document:
    """Read one file into a Document, or raise InputError with a one-line reason.

    ``file`` is the path exactly as given. Text files are decoded (UTF-8, else cp1252/latin-1
    with a warning), HTML pages are reduced to their main text with trafilatura. ``published``
    (``extract --published``) dates a document that states no date of its own.
    """
    file = str(path)
    return read_bytes(_read_bytes(Path(path), file), file, published)


def read_bytes(raw: bytes, file: str, published: DateValue | None = None) -> Document:
    """A Document from bytes already read (standard input, say), decoded as files are."""
    if len(raw) > MAX_BYTES:
        raise InputError(f"{file}: too large ({len(raw) // 2**20} MB; the limit is {MAX_BYTES // 2**20} MB)")
    from crimecli.formats import reader_for

    kind = reader_for(file, raw)  # PDF and Word files: crimecli.formats
    if kind is not None:
        return _formatted_document(raw, file, kind, published)
    text, encoding, warnings = decode_bytes(raw, file)
    return _build_document(text, file, encoding, warnings, html=_has_html_suffix(file), published=published)


def read_text(text: str, file: str = "<text>", published: DateValue | None = None) -> Document:
    """Build a Document from text already in memory (plain text or an HTML page)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(f"{file}: empty file")
    return _build_document(text, file, "utf-8", [], html=_has_html_suffix(file), published=published)


def is_supported(path: str | Path) -> bool:
    """True when a folder walk should pick this file up (by its suffix)."""
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


# --------------------------------------------------------------------------------------------
# Reading and decoding
# --------------------------------------------------------------------------------------------


def _has_html_suffix(file: str) -> bool:
    return file.lower().endswith(HTML_SUFFIXES)


def _read_bytes(path: Path, file: str) -> bytes:
    """The file's bytes; every way a path can fail becomes one clear InputError line."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"{file}: broken symbolic link (its target does not exist)") from None
        raise InputError(f"{file}: no such file or directory") from None
    except PermissionError:
        raise InputError(f"{file}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{file}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{file}: is a directory, not a file (pass the files inside it, or ingest the folder)")
    if not stat.S_ISREG(info.st_mode):
        # FIFOs and devices could block forever or never end.
        raise InputError(f"{file}: not a regular file")
    if info.st_size > MAX_BYTES:
        raise InputError(f"{file}: file too large ({info.st_size // 2**20} MB; the limit is {MAX_BYTES // 2**20} MB)")
    if not os.access(path, os.R_OK):
        raise InputError(f"{file}: permission denied")
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError(f"{file}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{file}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{file}: cannot read ({exc.strerror or exc})") from None


# Bytes that never occur in text: C0 controls except tab, newline, vertical tab, form feed, CR
# and ESC (terminal colour codes), plus DEL.
_CONTROL_BYTES = bytes([b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)] + [127])
_BINARY_KINDS = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "zip archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)
_LEGACY_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252",
                   "us-ascii": "cp1252", "iso8859-1": "cp1252", "windows-1252": "cp1252"}


def decode_bytes(raw: bytes, file: str = "<bytes>") -> tuple[str, str, list[str]]:
    """Decode a file's bytes: (text with \\n newlines, encoding used, warnings).

    UTF-8 (BOM stripped) and BOM-marked UTF-16 are read as is. Anything else is legacy text,
    most often Windows-1252 from older Spanish-language or newsroom systems: decoded as cp1252
    (or latin-1 when cp1252 cannot) with a warning, not rejected. Binary files and empty files
    raise InputError.
    """
    warnings: list[str] = []
    if not raw.strip():
        raise InputError(f"{file}: empty file" + (" (only white space)" if raw else ""))
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _finish(raw.decode("utf-16"), file), "utf-16", warnings
        except UnicodeDecodeError:
            pass  # not really UTF-16: fall through to the binary checks
    utf16 = _bomless_utf16(raw)
    if utf16:
        try:
            text = raw.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            warnings.append(f"decoded as {utf16} (no byte-order mark), not UTF-8")
            return _finish(text, file), utf16, warnings
    _refuse_binary(raw, file)
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return _finish(raw.decode("utf-8"), file), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few stray bytes (a pasted cp1252 quote): keep UTF-8, replace the strays,
    # because re-decoding the whole file as cp1252 would garble every correct accent.
    lenient = raw.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd") - raw.count("\xef\xbf\xbd".encode("latin-1"))
    good = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd") if bad < 1000 else 0
    if good >= max(bad, 1):  # a cp1252 file almost never forms valid UTF-8 sequences by chance
        warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
        return _finish(lenient, file), "utf-8", warnings
    # An HTML page's <meta charset> beats our guess.
    declared = _declared_charset(raw)
    for encoding in filter(None, (declared, "cp1252")):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        warnings.append(f"decoded as {encoding}, not UTF-8")
        return _finish(text, file), encoding, warnings
    warnings.append("decoded as latin-1, not UTF-8")
    return _finish(raw.decode("latin-1"), file), "latin-1", warnings


def _bomless_utf16(raw: bytes) -> str | None:
    """utf-16-le/-be for UTF-16 text saved without a BOM: ASCII-range text then has a NUL in
    every other byte, which would otherwise read as a binary file."""
    sample = raw[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _refuse_binary(raw: bytes, file: str) -> None:
    sample = raw[: 1 << 20]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls > 0.05 * len(sample):
        kind = next((name for magic, name in _BINARY_KINDS if raw.startswith(magic)), None)
        hint = f" ({kind}: convert it to .txt first)" if kind else ""
        raise InputError(f"{file}: binary file, not text{hint}")


def _finish(text: str, file: str) -> str:
    text = normalise_newlines(text.lstrip("\ufeff") if text.startswith("\ufeff") else text)
    if not text.strip():
        raise InputError(f"{file}: empty file (only white space)")
    return text


def normalise_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n, so offsets agree whichever system wrote the file."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _declared_charset(raw: bytes) -> str | None:
    match = re.search(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", raw[:8192], re.I)
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    name = _LEGACY_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML page (starts with a doctype, <html>, <head> ...)."""
    return bool(_HTML_START.match(text[:4096]))


# --------------------------------------------------------------------------------------------
# HTML -> text
# --------------------------------------------------------------------------------------------


def html_to_text(page: str) -> tuple[str, str | None, str | None]:
    """(main text, title, stated publication date ``YYYY-MM-DD``) of an HTML page.

    trafilatura finds the main text (favor_precision, no comments). Its date search is told not
    to guess (no extensive search, original date): the date comes from what the page states in
    its metadata or markup, or stays None. Paragraph-like blocks are separated by blank lines,
    as in our text files. When trafilatura finds nothing, a plain tag strip takes over.
    """
    text, title, date = "", None, None
    try:
        import trafilatura  # heavy (lxml, htmldate): only for HTML input

        result = trafilatura.bare_extraction(
            page,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a malformed page must not stop a batch: fall back to the tag strip
        result = None
    if result is not None:
        body = getattr(result, "body", None)
        text = _blocks_from_tree(body) if body is not None else (getattr(result, "text", "") or "")
        title = _clean_inline(getattr(result, "title", None) or "") or None
        date = getattr(result, "date", None) or None
    fallback = _TagStripper.strip(page)
    if not text.strip():
        text = fallback.text
    title = title or fallback.title
    date = date or fallback.date
    if title and not _starts_with_title(text, title):
        # Pages often keep the headline outside the article element; our text files start with it.
        text = f"{title}\n\n{text}"
    return text.strip("\n") + "\n", title, date


def _starts_with_title(text: str, title: str) -> bool:
    head = [_clean_inline(line) for line in text.lstrip().split("\n", 6)[:6]]
    return title in head


def _blocks_from_tree(body: object) -> str:
    """Text of trafilatura's output tree, one block per paragraph/heading, blank lines between."""
    blocks: list[str] = []
    for element in body:  # type: ignore[attr-defined]
        tag = element.tag
        if tag == "list":
            items = [_element_text(item) for item in element.iter("item")]
            block = "\n".join(i for i in items if i)
        elif tag == "table":
            rows = [" | ".join(_element_text(cell) for cell in row.iter("cell")) for row in element.iter("row")]
            block = "\n".join(r for r in rows if r.strip(" |"))
        else:
            block = _element_text(element)
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)


def _element_text(element: object) -> str:
    parts: list[str] = []

    def walk(node: object) -> None:
        if node.tag == "lb":  # type: ignore[attr-defined]
            parts.append("\n")
        elif node.text:  # type: ignore[attr-defined]
            parts.append(node.text)  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (_clean_inline(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _clean_inline(text: str) -> str:
    return re.sub(r"[ \t\u00a0\u200b]+", " ", text).strip()


class _TagStripper(HTMLParser):
    """Last-resort HTML to text: drop scripts and styles, break lines at block tags."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
              "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    DATE_PROPS = {"article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
                  "pubdate", "publishdate", "og:published_time", "sailthru.date", "parsely-pub-date"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.date: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        if tag == "title":
            self.in_title = True
        if tag == "meta" and self.date is None:
            attributes = {k.lower(): (v or "") for k, v in attrs}
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key in self.DATE_PROPS and attributes.get("content"):
                match = _ISO_DATE.match(attributes["content"].strip())
                if match:
                    self.date = match.group(0)
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag == "title":
            self.in_title = False
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip:
            self.parts.append(data)

    class Result:
        def __init__(self, text: str, title: str | None, date: str | None) -> None:
            self.text, self.title, self.date = text, title, date

    @classmethod
    def strip(cls, page: str) -> _TagStripper.Result:
        parser = cls()
        try:
            parser.feed(page)
            parser.close()
        except Exception:  # HTMLParser is lenient; this is belt and braces
            pass
        lines = (_clean_inline(line) for line in _html.unescape("".join(parser.parts)).split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        title = _clean_inline("".join(parser.title_parts)) or None
        return cls.Result(text, title, parser.date)


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


# --------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------


def _build_document(text: str, file: str, encoding: str, warnings: list[str], html: bool,
                    published: DateValue | None = None) -> Document:
    meta_title: str | None = None
    meta_date: str | None = None
    doc_id = content_id(text)
    if html or looks_like_html(text):
        text, meta_title, meta_date = html_to_text(text)
        text = normalise_newlines(text)
        if not text.strip():
            raise InputError(f"{file}: HTML page with no readable text")
    else:
        meta_title, meta_date = front_matter(text)
    stated = parse_date(meta_date) if meta_date else None
    return _assemble(text, file, doc_id, encoding, warnings, meta_title, stated, published)


def _formatted_document(raw: bytes, file: str, kind: str, published: DateValue | None = None) -> Document:
    """A PDF or Word file, read by crimecli.formats into text laid out like our text files.
    The date the text states wins over the file's metadata date (often the day it was saved),
    which wins over the caller's ``published``."""
    from crimecli.formats import read_layout

    layout = read_layout(raw, file, kind)
    text = normalise_newlines(layout.text)
    if not text.strip():
        raise InputError(f"{file}: no readable text")
    return _assemble(text, file, content_id(raw), kind.lstrip("."), layout.warnings, layout.title,
                     None, layout.metadata_date or published)


def _assemble(text: str, file: str, doc_id: str, encoding: str, warnings: list[str],
              title: str | None, stated: DateValue | None, fallback: DateValue | None) -> Document:
    """The Document: body end, title, footnotes and publication date (``stated`` by the file's
    metadata, else what the text states, else ``fallback``) decided the same way for every format,
    and each article's story date (:func:`story_date`), decided here once for the pipeline.
    Nothing is cut: the articles the text holds and its boilerplate blocks are marked."""
    spans, boilerplate = page_layout(text)
    articles = [Article(start=start, end=end, body_end=body_end, title=find_title(text, body_end, start),
                        published=publication_date(text, body_end, start, end))
                for start, body_end, end in spans]
    first = articles[0]
    first.title = title or first.title
    first.published = stated or first.published or fallback
    for article in articles:  # an article that states no date is told on the document's
        told = article.published or first.published
        article.story_date = story_date(text, article.body_end, article.start, told)
        article.datelines = later_datelines(text, article.body_end, article.start, told)
    footnotes = [(a, b) for a, b in find_footnotes(text) if not _inside(a, boilerplate)]
    return Document(
        file=file,
        doc_id=doc_id,
        text=text,
        title=first.title,
        published=first.published,
        body_end=len(text),
        footnotes=footnotes,
        encoding=encoding,
        warnings=warnings,
        boilerplate=boilerplate,
        articles=articles,
    )


def _inside(offset: int, blocks: list[tuple[int, int]]) -> bool:
    """Does ``offset`` fall in one of the (sorted, disjoint) blocks?"""
    index = bisect.bisect_right(blocks, (offset, len(blocks) and blocks[-1][1] + 1)) - 1
    return index >= 0 and blocks[index][0] <= offset < blocks[index][1]


def searchable_sentences(document: Document, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences the store indexes: the pipeline's (cut where they run into boilerplate,
    whose text the pipeline saw blanked) and every line of every boilerplate block, so a
    footer, a teaser or a second article past a footer is still found by search."""
    blocks = document.boilerplate
    if not blocks:
        return sentences
    text = document.text
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        for piece_start, piece_end in _outside(start, end, blocks):
            piece_start, piece_end = trim_span(text, piece_start, piece_end)
            if piece_start < piece_end:
                out.append((piece_start, piece_end))
    for start, end in blocks:
        for offset, line in _lines(text, end, start):
            line_start, line_end = trim_span(text, offset, offset + len(line))
            if line_start < line_end:
                out.append((line_start, line_end))
    return sorted(out)


def _outside(start: int, end: int, blocks: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The parts of [start, end) that no block covers."""
    index = max(bisect.bisect_right(blocks, (start, end)) - 1, 0)
    while index < len(blocks) and start < end:
        block_start, block_end = blocks[index]
        if block_end <= start:
            index += 1
            continue
        if block_start >= end:
            break
        if block_start > start:
            yield start, block_start
        start = max(start, block_end)
        index += 1
    if start < end:
        yield start, end


_FRONT_MATTER_KEY = re.compile(
    r"^(" + _any(_FURNITURE.front_matter_title + _FURNITURE.front_matter_date) + r")\s*:\s*(.+?)\s*$", re.I)


def front_matter(text: str) -> tuple[str | None, str | None]:
    """(title, date) from a Markdown/Jekyll/Hugo front matter block ("---" ... "---") at the top.

    Blog exports state their title and date there; it is the document's own statement.
    """
    if not text.startswith(("---\n", "+++\n")):
        return None, None
    fence = text[:3]
    title = date = None
    for index, (_, line) in enumerate(_lines(text[:20_000])):
        if index == 0:
            continue
        if line.strip() == fence or index > 60:
            break
        match = _FRONT_MATTER_KEY.match(line.replace(" = ", ": ", 1))
        if match:
            key, value = match.group(1).lower(), match.group(2).strip().strip("'\"")
            if key in _FURNITURE.front_matter_title:
                title = title or value or None
            else:
                date = date or value or None
    return title, date


def content_id(content: str | bytes) -> str:
    """The doc_id: sha256 of the decoded, newline-normalised text, first 16 hex digits.

    The same article saved as UTF-8 or cp1252, with CRLF or LF, is keyed once. For an HTML page
    the hashed text is the decoded page, not trafilatura's extraction, so ids stay stable when
    the extractor is upgraded. Given bytes (a file's raw content, as ingest has them), it decodes
    them the way ``read_document`` does; bytes the reader would refuse hash as they are.
    """
    if isinstance(content, bytes):
        try:
            content, _, _ = decode_bytes(content)
        except InputError:
            return hashlib.sha256(content).hexdigest()[:16]
    return hashlib.sha256(content.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def _lines(text: str, end: int | None = None, start: int = 0) -> Iterator[tuple[int, str]]:
    """(offset, line) for each line of text[start:end], without building a list for huge files."""
    end = len(text) if end is None else end
    while start < end:
        stop = text.find("\n", start, end)
        if stop < 0:
            stop = end
        yield start, text[start:stop]
        start = stop + 1


def _words(line: str) -> int:
    return len(line.split())


# --------------------------------------------------------------------------------------------
# Line shapes shared by the title, date and body-end rules
# --------------------------------------------------------------------------------------------

# A breadcrumb: "HomeNewsAnalysisColombia and ..." (nav words glued together) or
# "Home > News > Colombia", "Home / World / Americas".
_BREADCRUMB = re.compile(
    r"^(?:(?:" + _any(_FURNITURE.breadcrumb_glued_roots) + r")(?=[A-Z])|(?:[A-Z][a-z]+){3,}[A-Z]"
    r"|(?:" + _any(_FURNITURE.breadcrumb_roots) + r")\s*[>»›/|•·\\]"
    r"|[^\n>»›]{1,40}\s[>»›]\s[^\n>»›]{1,40}\s[>»›]\s)")
# Photo credits at the end of a caption: "... NURPHOTO VIA AFP", "REUTERS/Luisa Gonzalez",
# "CRISIS GROUP/Bram Ebus", "(Photo: ...)"; or a caption that starts with "Photo:".
_CAPTION = re.compile(
    r"(?:\b(?:" + _any(_FURNITURE.credit_names) + r")\b[^.!?]{0,40}$"
    r"|\b(?:" + _any(_FURNITURE.credit_via) + r")\s+[A-Z]{2,}"
    # a credit 'REUTERS/Juan Pérez', never a clock's 'PM' ('March 13, 2019 / 6:42 PM / Updated')
    r"|(?<![:.h]\d\d\s)(?<![:.h]\d\d)\b[A-Z]{2,}(?:\s[A-Z]{2,})*\s?/\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)*\W*$"
    r"|^\W*(?:" + _any(_FURNITURE.caption_labels) + r")s?\b\s*(?::|(?:"
    + _any(_FURNITURE.caption_connectors) + r")\b)"
    r"|[(\[](?:" + _any(_FURNITURE.caption_bracket_labels) + r")s?\s*(?::|(?:"
    + _any(_FURNITURE.caption_bracket_connectors) + r")\b)[^)\]]*[)\]]\W*$)")
# Kicker lines above a headline: "Report / Latin America & Caribbean 20+ minutes", "5 min read".
_KICKER = re.compile(
    r"(?:\b\d+\+?\s*(?:" + _any(_FURNITURE.reading_time_units) + r")\b(?:\s*(?:"
    + _any(_FURNITURE.reading_time_words) + r"))?\W*$"
    r"|^(?:" + _any(_FURNITURE.kicker_sections) + r")s?\s*[/|·•:]\s)",
    re.I)
_BYLINE_START = re.compile(
    r"^(?:(?:" + _any(_FURNITURE.byline_openers) + r")\s+|(?:" + _any(_FURNITURE.byline_labels) + r"):\s*)"
    r"[A-ZÁÉÍÓÚÑ]", re.I)
_NAV = re.compile(
    r"^(?:" + _any(_FURNITURE.nav_lines) + r"|(?:" + _any(_FURNITURE.nav_prefixes) + r").*)\W*$", re.I)
_MARKDOWN = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[*_]{1,3}(?=\S))|(?<=\S)[*_]{1,3}\s*$")


# Bullets and quote marks that may open a line before its words.
_LINE_DECORATION = "•·▪►-–*> \t"


def _strip_decoration(line: str) -> str:
    """A line without bullets and Markdown heading or emphasis marks around it."""
    line = line.strip().lstrip(_LINE_DECORATION).strip()
    return _MARKDOWN.sub("", line).strip()


def _is_all_caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def is_caption(line: str) -> bool:
    """A photo caption or credit line ("... JORGE MANTILLA / NURPHOTO VIA AFP")."""
    return bool(_CAPTION.search(line.strip()))


def _is_prose(line: str, min_words: int = 25) -> bool:
    """A body paragraph: long, and not a caption."""
    return _words(line) >= min_words and not is_caption(line)


# --------------------------------------------------------------------------------------------
# Body end
# --------------------------------------------------------------------------------------------

# Lines that end an article on one site or another (lexicons/en/boilerplate.json). Matched
# against the whole line (lower-cased, bullets and a trailing colon stripped). Strong markers
# are never part of an article; weak ones also appear in headers and mid-article promotion
# boxes, so they only end the body once at least half the document's prose lies before them.
_CUES = lexicon("boilerplate.json")
_STRONG_END = re.compile("(?:" + "|".join(_CUES["strong"]) + ")", re.I)
_WEAK_END = re.compile("(?:" + "|".join(_CUES["weak"]) + ")", re.I)
# How every marker line starts (after bullets), and words it may hold anywhere, so that the
# full check in ``boilerplate_kind`` runs on a handful of lines even in a 20 MB file.
_MARKER_PREFIXES = tuple(_CUES["line_starts"])
_MARKER_ANYWHERE = tuple(_CUES["anywhere"])
_BULLETS = " \t•·▪►*>#_-–"


def might_be_boilerplate(line: str) -> bool:
    """The cheap pre-check: could ``line`` be a boilerplate line at all?"""
    low = line.lower()
    return low.lstrip(_BULLETS).startswith(_MARKER_PREFIXES) or any(w in low for w in _MARKER_ANYWHERE)


def boilerplate_kind(line: str) -> str | None:
    """"strong" or "weak" when ``line`` is page furniture (a share bar, "Related posts", "©
    2023 ... All rights reserved", "Subscribe to our newsletter"), else None."""
    stripped = line.strip()
    if not stripped or len(stripped) > 300:
        return None
    norm = _strip_decoration(stripped).rstrip(":›»→ ").strip()
    if not norm:
        return None
    if _STRONG_END.fullmatch(norm):
        return "strong"
    if len(norm) <= 120 and _WEAK_END.fullmatch(norm):
        return "weak"
    return None


# A line that separates documents in a news-database export: "Document 2 of 12", "3 of 40 DOCUMENTS",
# "End of Document", or a rule ("=====", "-----", "* * *", "_____").
_EXPORT_OF = r"\s+(?:" + _any(_FURNITURE.export_of) + r")\s+"
_EXPORT_SEPARATOR = re.compile(
    r"\s*(?:(?:" + _any(_FURNITURE.export_counters) + r")\s+\d{1,6}" + _EXPORT_OF + r"\d{1,6}"
    r"|\d{1,6}" + _EXPORT_OF + r"\d{1,6}\s+(?:" + _any(_FURNITURE.export_count_nouns) + r")"
    r"|(?:" + _any(_FURNITURE.export_ends) + r")|(?:[=_~#]\s*){3,}|-(?:\s*-){2,}|\*(?:\s*\*){2,})\s*", re.I)
# A wire dateline opening a story: "BOGOTA (Reuters) -", "MEXICO CITY, March 3 (AP) —", "WASHINGTON –".
# The agency in a dateline's brackets: "(Reuters)", "(AP)", "(EFE)", "(Agência Brasil)", "(AFP/Getty)".
_AGENCY = r"\((?:[^\W\d_]|[ .&/'’-]){1,30}\)"
# A city in capitals, with the capitals of Spanish, Portuguese and French ("SÃO PAULO",
# "PORT-AU-PRINCE", "ASUNCIÓN"): Latin-1's capital letters.
_CAPITAL_CITY = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’/-]{2,40}"
_WIRE_DATELINE = re.compile(
    _CAPITAL_CITY + r"(?:,[^—–\n]{1,40}?)?\s*(?:" + _AGENCY + r"\s*)?(?:[—–]|--?)\s")
_ELLIPSES = ("…", "...")
_YEAR_IN_LINE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?][”\"’')\]]?$")

# Kinds of non-blank lines.
_PROSE, _OTHER, _STRONG, _WEAK, _SEPARATOR = range(5)
# A new article begins with a header (title, byline, date line...) of at most this many lines,
_HEADER_LINES = 8
# then at least two paragraphs of prose in a row with at least this many words.
_RUN_WORDS = 50


class _Line:
    """A non-blank line: its offset, length, kind, prose words (lines of 12+ words and 50+
    characters, as the body-end rule counts them) and whether it is 25+ words long."""

    __slots__ = ("offset", "length", "kind", "words")

    def __init__(self, offset: int, length: int, kind: int, words: int) -> None:
        self.offset, self.length, self.kind, self.words = offset, length, kind, words

    @property
    def end(self) -> int:
        return self.offset + self.length


def _scan_lines(text: str) -> list[_Line]:
    """Every non-blank line, classified with cheap string tests first: the full marker and
    separator checks run only on lines that could be one, so a 50 MB file stays fast."""
    out: list[_Line] = []
    offset = 0
    for line in text.split("\n"):
        length = len(line)
        if not line or line.isspace():
            offset += length + 1
            continue
        kind = _OTHER
        words = 0
        if length <= 300:
            if might_be_boilerplate(line):
                marker = boilerplate_kind(line)
                if marker:
                    kind = _STRONG if marker == "strong" else _WEAK
            if kind == _OTHER and length <= 80 and _EXPORT_SEPARATOR.fullmatch(line):
                kind = _SEPARATOR
        if kind == _OTHER and length >= 50:
            count = line.count(" ") + 1
            if count >= 12:
                words = count
                if not line.rstrip().endswith(_ELLIPSES) and not _headline_with_date(line, count):
                    kind = _PROSE
        out.append(_Line(offset, length, kind, words))
        offset += length + 1
    return out


def _headline_with_date(line: str, count: int) -> bool:
    """A long headline line with its date ("June 2, 2024 - Honduran Police Seize ..."), which
    the word count alone would take for prose; the cheap tests first."""
    return (count <= 30 and not _SENTENCE_END.search(line.rstrip()) and _YEAR_IN_LINE.search(line) is not None
            and split_title_date(line) is not None)


class _Layout:
    """Articles and boilerplate blocks of one text (see :func:`page_layout`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _scan_lines(text)

    def line(self, index: int) -> str:
        item = self.lines[index]
        return self.text[item.offset:item.end]

    def is_paragraph(self, index: int) -> bool:
        """A 25+ word line that is not a photo caption: what "a real start" counts."""
        return self.lines[index].words >= 25 and not is_caption(self.line(index))

    def prose_run(self, index: int) -> bool:
        """Two or more prose paragraphs in a row start here, _RUN_WORDS words at least: an
        article's body, never a teaser (one excerpt under a headline) or a comment."""
        lines, words, count, first = self.lines, 0, 0, index
        while index < len(lines) and lines[index].kind == _PROSE:
            words += lines[index].words
            count += 1
            if count >= 2 and words >= _RUN_WORDS:
                return not is_caption(self.line(first))
            index += 1
        return False

    def may_be_dated(self, run: int, floor: int) -> bool:
        """A cheap test before :meth:`header`: can the header over ``run`` state a date (a
        year in one of its lines, an export separator, a wire dateline opening the run)?"""
        for index in range(run - 1, max(floor, run - _HEADER_LINES - 1) - 1, -1):
            item = self.lines[index]
            if item.kind == _SEPARATOR:
                return True
            if item.kind in (_STRONG, _WEAK):
                break
            if item.kind == _OTHER and _YEAR_IN_LINE.search(self.text, item.offset, item.end) \
                    and not _FOOTNOTE_LINE.match(self.text, item.offset, item.end):
                return True
        return bool(_WIRE_DATELINE.match(self.line(run)))

    def header(self, run: int, floor: int) -> tuple[int, bool] | None:
        """(first line, dated) of the header above the prose run at ``run``: lines back to
        ``floor`` that a headline block is made of (title, byline, date line, kicker,
        breadcrumb, caption, share bar, one standfirst paragraph), with one title among them.
        ``dated`` says the header states a date or follows an export separator. None when
        there is no title."""
        first, title, dated, standfirst = run, None, False, False
        index = run - 1
        while index >= floor and run - index <= _HEADER_LINES + 1:
            item = self.lines[index]
            if item.kind == _SEPARATOR:
                dated = True
                break
            if item.kind in (_STRONG, _WEAK):
                break
            line = self.line(index)
            if item.kind == _PROSE and not is_caption(line):
                if standfirst or title is not None:
                    break
                standfirst = True
                index -= 1
                continue
            stripped = _strip_decoration(line)
            if not stripped or stripped.endswith(_ELLIPSES):
                break
            headline = split_title_date(line)
            if headline is not None:
                dated = True
                if title is not None and headline[0] != title:
                    break
                title = headline[0]
            elif _dated_line_kind(line, top=True):
                dated = True
            elif (_BREADCRUMB.match(stripped) or is_caption(stripped) or _KICKER.search(stripped)
                  or _NAV.match(stripped) or _BYLINE_START.match(stripped) or _is_all_caps(stripped)
                  or set(stripped) <= set("=-_*#~ ")):
                pass
            elif _words(stripped) >= 3 and _is_title_shaped(stripped):
                if title is not None and stripped != title and not title.startswith(stripped):
                    break
                title = stripped
            elif _words(stripped) >= 4 and _SENTENCE_END.search(stripped):
                break  # a short sentence: the end of the previous article's text
            first = index
            index -= 1
        if title is None:
            return None
        if not dated:
            opening = self.line(run)
            dated = bool(_WIRE_DATELINE.match(opening) or _dated_line_kind(opening, top=True))
        return first, dated

    def next_article(self, begin: int, stop: int, floor: int, footer: bool) -> int | None:
        """Index of the first line of the next article that starts at or after line ``begin``
        (and before ``stop``): a header over a run of prose. Inside boilerplate (``footer``)
        any such header will do; inside an article's body it must also state a date (or follow
        an export separator), so a section heading is not taken for a new article."""
        lines = self.lines
        index = begin
        while index < stop:
            if lines[index].kind == _PROSE and (index == floor or lines[index - 1].kind != _PROSE) \
                    and self.prose_run(index):
                found = self.header(index, floor)
                if found is not None and (footer or found[1]):
                    return found[0]
            index += 1
        return None


def page_layout(text: str) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """The articles a text holds, as (start, body_end, end), and its boilerplate blocks.

    An article's boilerplate starts at its earliest end-marker line (share bars, related
    content, newsletter, copyright, comments) that follows a real start of the article: at
    least two prose paragraphs or 150 prose words before it, so a "Subscribe" link or a share
    bar above the headline is not taken for the end. Weak markers (subscribe, donate, read
    more) also need half the article's prose before them, because sites put them in
    mid-article promotion boxes too. The block runs to where the next article starts, or to
    the end of the text: nothing after a footer is ever dropped.

    A new article starts where a headline block (a title, with a byline or date line, or after
    an export separator such as "Document 2 of 5" or "=====") sits over paragraphs of prose,
    or where such a headline and prose resume inside boilerplate (files that concatenate pages).
    """
    layout = _Layout(text)
    lines = layout.lines
    count = len(lines)
    articles: list[tuple[int, int, int]] = []
    blocks: list[tuple[int, int]] = []
    first = 0  # index of the current article's first line
    start = 0  # its offset
    while True:
        # Markers, and where the next dated article starts once this one has really started;
        # the scan stops at the first strong marker after a real start (the footer begins
        # there at the latest, and the search for the next article goes on from it).
        words = paragraphs = 0
        markers: list[tuple[int, str, int, int]] = []
        following = count
        strong = None
        index = first
        while index < count:
            item = lines[index]
            real = paragraphs >= 2 or words >= 150
            if item.kind in (_STRONG, _WEAK):
                markers.append((index, "strong" if item.kind == _STRONG else "weak", words, paragraphs))
                if item.kind == _STRONG and real:
                    strong = index
                    break
            elif real and item.kind == _PROSE and index > first and lines[index - 1].kind != _PROSE \
                    and layout.prose_run(index) and layout.may_be_dated(index, first + 1):
                found = layout.header(index, first + 1)
                if found is not None and found[1]:
                    following = found[0]
                    break
            if item.kind not in (_STRONG, _WEAK) and item.words:
                words += item.words
                if item.words >= 25 and (paragraphs >= 2 or layout.is_paragraph(index)):
                    paragraphs += 1
            index += 1
        resumed = None
        if strong is not None:
            resumed = layout.next_article(strong + 1, count, strong + 1, footer=True)
            following = count if resumed is None else resumed
        # Weak markers need half the article's prose before them.
        total = sum(lines[i].words for i in range(first, following) if lines[i].kind not in (_STRONG, _WEAK))
        cut = None
        for index, kind, words_before, paragraphs_before in markers:
            if paragraphs_before < 2 and words_before < 150:
                continue
            if kind == "weak" and words_before < 0.5 * total:
                continue
            cut = index
            break
        end_index = following
        if cut is not None and cut != strong:
            resumed = layout.next_article(cut + 1, following, cut + 1, footer=True)
            if resumed is not None:
                end_index = resumed
        end = lines[end_index].offset if end_index < count else len(text)
        body_end = lines[cut].offset if cut is not None else end
        if cut is not None:
            blocks.append(trim_span(text, body_end, end))
        elif end_index - 1 > first and lines[end_index - 1].kind == _SEPARATOR:
            # The export separator between two articles is furniture too.
            body_end = lines[end_index - 1].offset
            blocks.append(trim_span(text, body_end, end))
        articles.append((start, body_end, end))
        if end_index >= count:
            break
        first, start = end_index, end
    return articles, blocks


def find_body_end(text: str) -> int:
    """Offset where the first article's boilerplate begins (len(text) when there is none).

    See :func:`page_layout`; the rest of the text is not dropped, only marked.
    """
    articles, _blocks = page_layout(text)
    return articles[0][1]


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the white space at its edges, as offsets into ``text``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --------------------------------------------------------------------------------------------
# Title
# --------------------------------------------------------------------------------------------


def _top_lines(text: str, body_end: int, limit: int = TOP_LINES, paragraphs: int = 1,
               start: int = 0) -> list[tuple[int, str]]:
    """The non-empty lines above the article: up to ``limit``, up to and including the
    ``paragraphs``-th prose paragraph (long and not a caption), never past the body end."""
    out: list[tuple[int, str]] = []
    seen = 0
    for offset, line in _lines(text, body_end, start):
        if not line.strip():
            continue
        out.append((offset, line))
        if _is_prose(line, 30):
            seen += 1
        if len(out) >= limit or seen >= paragraphs:
            break
    return out


def _is_title_shaped(line: str) -> bool:
    return _words(line) <= 25 and not line.rstrip().endswith((".", "…", ":", ";", ","))


# Separators between a headline and a date written on its line: "March 2, 2023 - Headline",
# "Department Press Briefing – March 2, 2023", "Headline | 2 March 2023", "2023-03-02: Headline".
_TITLE_DATE_SEPARATORS = "-–—|:·•/"
# "Jane Doe, Staff Writer – March 3, 2021": a name and a role beside a date is a byline.
_NAME_AND_ROLE = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*\s+){1,3}[A-ZÁÉÍÓÚÑ][\w.'’-]*,\s*[^,]{1,40}$")


# The start of a span whose end is the date that follows: "22 February - 1 March 2025",
# "Feb. 22 – March 1, 2025". Spans written with words ("from ... to") are words_before_date.
_SPAN_START = re.compile(r"(?:\b[0-3]?\d\s+(?P<month>[^\W\d_]{3,10})\.?|\b(?P<month_first>[^\W\d_]{3,10})\.?\s+[0-3]?\d"
                         r"(?:st|nd|rd|th)?)\s*(?:[-–—]|--)\s*$")


def _ends_a_span(before: str) -> bool:
    """Is the date after ``before`` the end of a span ("22 February - 1 March 2025")? A line
    giving one is the period a digest or a report covers, not the date it was published."""
    m = _SPAN_START.search(before)
    return bool(m and (m.group("month") or m.group("month_first")).lower() in month_numbers())


def split_title_date(line: str) -> tuple[str, DateValue] | None:
    """(headline, date) of a top line that holds a headline with its date at one end, set
    apart by a separator: "March 2, 2023 - Ecuador and Peru Sign a Pact", "Department Press
    Briefing – March 2, 2023", "Headline | Thursday, 2 March 2023 10:41". None for a byline
    ("By Jane Doe | March 3, 2021", "Jane Doe, Reuters – March 3, 2021"), a date line with
    little else, or a date inside a sentence or a headline ("The March 2021 Massacre")."""
    stripped = _strip_decoration(line)
    if not stripped or len(stripped) > 300 or is_caption(stripped):
        return None
    dates = list(written_dates(stripped, _latest_year()))
    if len(dates) > 1 and _LABEL_BEFORE_DATE.search(stripped[:dates[-1][0]]):
        dates = dates[-1:]  # "Digest — week of 10-16 February 2025, published 17 February 2025"
    if len(dates) != 1:
        return None
    start, end, value = dates[0]
    before, after = stripped[:start], stripped[end:]
    if _ends_a_span(before):
        return None
    # a weekday written with the date belongs to it: "Thursday, 2 March 2023"
    before = re.sub(rf"(?:^|(?<=\s))(?:{_WEEKDAY.pattern})\s*,?\s*$", "", before, flags=re.I)
    after_time = _TIME_TAIL.match(after)
    if after_time is not None:
        after = after[after_time.end():]
    labelled = _LABEL_BEFORE_DATE.search(before)
    if labelled and not after.strip(" ."):  # "Weekly security digest, published 21 June 2024"
        title = before[:labelled.start()].strip()
    elif not before.strip() and after.lstrip()[:1] in _TITLE_DATE_SEPARATORS:
        title = after.strip().lstrip(_TITLE_DATE_SEPARATORS).strip()
    elif not after.strip(" .") and before.rstrip()[-1:] in _TITLE_DATE_SEPARATORS:
        title = before.strip().rstrip(_TITLE_DATE_SEPARATORS).strip()
    else:
        return None
    if (_words(title) < 3 or not _is_title_shaped(title) or _is_all_caps(title) or _BYLINE_START.match(title)
            or _PUBLISH_LABEL.match(title) or _NAME_AND_ROLE.match(title) or _KICKER.search(title)):
        return None
    return title, value


def find_title(text: str, body_end: int | None = None, start: int = 0) -> str | None:
    """The headline: the first headline-shaped line at the top, skipping page furniture.

    Skipped: breadcrumbs ("HomeNewsAnalysis..."), photo captions and credits, kickers
    ("Report / Latin America & Caribbean 20+ minutes"), all-caps section labels ("ANALYSIS"),
    bylines and date lines, navigation words. A candidate that the breadcrumb ends with or that
    repeats is preferred; otherwise the first of at least three words. None when nothing at the
    top looks like a headline.
    """
    body_end = len(text) if body_end is None else body_end
    breadcrumbs: list[str] = []
    candidates: list[str] = []
    fallbacks: list[str] = []
    for _, raw_line in _top_lines(text, body_end, start=start):
        line = _strip_decoration(raw_line)
        if not line or set(line) <= set("=-_*#~ "):
            continue
        if _BREADCRUMB.match(line):
            breadcrumbs.append(line)
            continue
        headline = split_title_date(line)
        if headline is not None:
            candidates.append(headline[0])
            continue
        if (is_caption(line) or _KICKER.search(line) or _NAV.match(line) or _BYLINE_START.match(line)
                or boilerplate_kind(line) or _dated_line_kind(line, top=True) or _EXPORT_SEPARATOR.fullmatch(line)):
            continue
        if _is_all_caps(line) or not _is_title_shaped(line):
            if _words(line) <= 25 and not _is_all_caps(line):
                fallbacks.append(line.rstrip("."))
            continue
        candidates.append(line)
    for line in candidates:
        if any(crumb.endswith(line) for crumb in breadcrumbs) or candidates.count(line) > 1:
            return line
    for line in candidates:
        if _words(line) >= 3:
            return line
    if candidates:
        return candidates[0]
    return fallbacks[0] if fallbacks else None


# --------------------------------------------------------------------------------------------
# Publication date
# --------------------------------------------------------------------------------------------

# "Published: ", "Release Date:", "Last updated on", "Fecha de publicación:" (every language pack's
# date_lines.json), then an optional "on"/"at"/"em"/"el" (its label_prepositions) and a colon.
_LABELS = {row.label: row for row in date_line_labels()}
_DATE_LINE = date_line_words()
_LABEL_ALTERNATION = _any_spaced(_LABELS)
_PUBLISH_LABEL = re.compile(
    r"^(?P<label>" + _LABEL_ALTERNATION + r")\b"
    r"\s*(?:" + _any(_DATE_LINE.label_prepositions) + r")?\s*:?\s*", re.I)
# A word of a place's name on a sign-off or dateline: capitalised, or a joiner ("de", "of").
_PLACE_WORD = re.compile(r"^[A-ZÁÉÍÓÚÑÜ][\w'’.()-]*$|^(?:" + _any(_DATE_LINE.place_joiners) + r")$")
# A finite verb beside a date on a top line: the line is a sentence, not a byline.
_SENTENCE_VERB = re.compile(r"\b(?:" + _any(_DATE_LINE.sentence_verbs) + r")\b")
# A byline opening right after the date: "2 AUG 2011 BY PATRICK CORCORAN".
_BYLINE_AFTER_DATE = tuple(f"{word} " for word in _FURNITURE.byline_after_date)
# ... or a full stop and the first sentence, as prosecutors' and ministries' releases open
# ("Bogotá, 12 February 2025. The Attorney General's Office ...")
_DATELINE_TAIL = re.compile(r"^\s*(?:" + _AGENCY + r"\s*)?(?:(?:[—–]|--?|\.-)\s*\S|\.\s+[\"“]?[A-ZÁÉÍÓÚÑ])")
_SEPARATORS = "|/·•—–-,"
# A title line that ends with its own date after a comma and a publication label ("Weekly
# security digest, published 21 June 2024"): the labelled tail is a date line of its own ...
_LABEL_TAIL = re.compile(r",\s+(?=(?:" + _LABEL_ALTERNATION + r")\b)", re.I)
# ... and the words before the label are the title ("Regional brief — issued 3 March 2025").
_LABEL_BEFORE_DATE = re.compile(r"(?:,|\s[—–|-])\s*(?:" + _LABEL_ALTERNATION + r")\s*(?:on)?\s*:?\s*$", re.I)
# Where one date line holds several parts: a bar or a dot between spaces, or a dash before a
# publication label ("Tegucigalpa – Published 30 January 2024").
_LINE_SEGMENT = re.compile(
    r"\s+[|·•]\s+|\s+[—–-]\s+(?=(?:" + _LABEL_ALTERNATION + r")\b)"
    # or a capitalised label after a space alone: "October 14, 2025 6:12 PM CST Updated 2 hours ago"
    + r"|\s+(?=(?-i:" + _any_spaced([label[:1].upper() + label[1:] for label in _LABELS]) + r")\b)", re.I)
# A weekday name before a date on a byline ("Tuesday, 3 March 2021", "Thu 2 Mar 2023"), in any
# language pack, whole or cut to three letters or more ("Thu", "Thurs.", "mié").
_WEEKDAY = re.compile(weekday_forms(), re.I)
# What may follow a date on a date line: a time and a time zone ("12:00 PM EST", "at 9:30 a.m. ET").
_TIME_TAIL = re.compile(
    r"[\s,]*(?:(?:" + _any(_DATE_LINE.time_prepositions) + r")\s+)?"
    r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?[\s.]*", re.I)
# A time written with an "h" ("16h20") is the writing of day-first countries (Brazil, Portugal,
# France, Spanish America): on its line, "03/09/2024" is 3 September.
_DAY_FIRST_TIME = re.compile(r"\b\d{1,2}h\d{2}\b")
# A line about the document itself: "This article was published on 7 May 2024."
_SELF_REFERENCE = re.compile(r"(?:" + _any_spaced(_DATE_LINE.self_references) + r")\b", re.I)
_LABEL_WORD = re.compile(r"\b(?:" + _LABEL_ALTERNATION + r")\b", re.I)
_BRACKETED = re.compile(r"\[([^\[\]]{6,60})\]|\(([^()]{6,60})\)")
# The dash after a release dateline's place: "WASHINGTON –", "Bogotá, Colombia —", "QUITO --".
_PLACE_DASH = re.compile(r"\s+(?:[—–]|--?)$")
_ORIGINALLY = re.compile(
    r"\b(?:" + _any(_FURNITURE.first_publication) + r")\b[^.\n]{0,120}?\b(?:"
    + _any(_FURNITURE.first_publication_prepositions) + r")\s+$", re.I)


def parse_date(text: str) -> DateValue | None:
    """The first full date (day or month precision) written in ``text``, or None; never a year
    after next (a document is not dated in the future)."""
    return parse_written_date(text, _latest_year())


def _latest_year() -> int:
    return _dt.date.today().year + 1


# More words than this in one part of a line split at its bars or bullets make the line an
# event note or a sentence, not a date line ("By Jane Doe | Senior correspondent | 3 May 2024").
NOTE_SEGMENT_WORDS = 16


def _recording_label(line: str) -> bool:
    """Does the date line open with a label of a recording day ('Recorded 5 February 2025')?"""
    label = _PUBLISH_LABEL.match(_strip_decoration(line))
    row = _LABELS.get(re.sub(r"\s+", " ", label.group("label").lower())) if label else None
    return bool(row and row.recorded)


def _dated_line_kind(line: str, top: bool) -> tuple[str, DateValue] | None:
    """Classify a line that states a document date: ("label"|"signoff"|"dateline"|"byline", date).

    - label: "Published 9 August 2023", "Updated: March 3, 2021 12:00 PM", "Date: 2021-03-03"
    - signoff: "Bogotá/Caracas/Washington/Brussels, 1 December 2022" (places, comma, date, end)
    - dateline: "Cúcuta, 8 September 2015 — The army ..." (places, comma, date, dash, text)
    - byline (top of the document only): a short line with a date and little else,
      "COLOMBIA / 2 AUG 2011 BY PATRICK CORCORAN", "By Jane Doe | March 3, 2021", "March 3, 2021 12:00 PM"
    Photo captions ("November 2020 CRISIS GROUP/Bram Ebus") and dates inside sentences are not.
    """
    stripped = _strip_decoration(line)
    if not stripped or len(stripped) > 400 or is_caption(stripped):
        return None
    segments = _LINE_SEGMENT.split(stripped)
    if len(segments) > 1 and max(_words(seg) for seg in segments) > NOTE_SEGMENT_WORDS:
        return None  # "3 March 2025 | Culiacán (Mexico). Gunmen attacked ...": an event note's line
    if len(segments) > 1:
        # "June 3, 2024 10:42 PM UTC · Updated 2 hours ago", "Data period: 8–21 September 2024 |
        # Published 25 September 2024", "Tegucigalpa – Published 30 January 2024": each part of a
        # date line is read alone; a labelled publication date wins over the other parts.
        read = [(seg, kind) for seg in segments if seg.strip() and (kind := _dated_line_kind(seg, top))]
        kinds = [kind for _, kind in read]
        labelled = [kind for _, kind in read if kind[0] == "label"]
        # 'Recorded 5 February 2025 | Posted February 7, 2025': the posting dates the document
        published = [kind for seg, kind in read if kind[0] == "label" and not _recording_label(seg)]
        if labelled or kinds:
            return (published or labelled or kinds)[0]
    tail = _LABEL_TAIL.search(stripped) if top else None
    if tail and _words(stripped[:tail.start()]) <= 15:
        # "Weekly security digest, published 21 June 2024": the labelled date must close the
        # line ("The report, published 21 June 2024, says ..." is a sentence)
        rest = stripped[tail.end():]
        found = next(written_dates(rest[:160], _latest_year()), None)
        kind = _dated_line_kind(rest, top) if found else None
        if kind and kind[0] in ("label", "updated") and (
                not rest[found[1]:].strip(" .") or _TIME_TAIL.fullmatch(rest[found[1]:])):
            return kind
    if top and _SELF_REFERENCE.match(stripped):
        # "This interview was conducted on 5 February 2025 and published on 7 February 2025.": a
        # sentence about the document itself; the date after its publication label dates it
        said = [kind for m in _LABEL_WORD.finditer(stripped)
                if (kind := _dated_line_kind(stripped[m.start():], top)) and kind[0] in ("label", "updated")
                and not _recording_label(stripped[m.start():])]
        return min(said, key=lambda kind: kind[0] != "label") if said else None
    bracketed = _BRACKETED.fullmatch(stripped)
    if bracketed:
        stripped = (bracketed.group(1) or bracketed.group(2)).strip()  # "[2 May 2024]", "(March 3, 2021)": a date line in brackets
    label = _PUBLISH_LABEL.match(stripped)
    row = _LABELS.get(re.sub(r"\s+", " ", label.group("label").lower())) if label else None
    day_first = bool(row and row.day_first) or _DAY_FIRST_TIME.search(stripped) is not None \
        or _day_first_place(stripped)
    found = next(written_dates(stripped[:160], _latest_year(), day_first=day_first), None)
    if found is None:
        return None
    start, end, value = found
    before, after = stripped[:start], stripped[end:]
    if _ends_a_span(before):
        return None  # "Event notes, 22 February - 1 March 2025": the period covered
    if row is not None and label.end() >= len(before.rstrip(" ,|·•-–—")):
        return ("updated" if row.updated else "label"), value
    if _ORIGINALLY.search(before) and _words(after) <= 3:
        return "label", value
    place = before.rstrip()
    weekday = re.search(r",\s*(\w+\.?),?$", place)
    if weekday and _WEEKDAY.fullmatch(weekday.group(1)):
        place = place[: weekday.start(1)].rstrip()  # "San José, Thursday 18 July 2024"
    dashed = _PLACE_DASH.search(place)
    if dashed:
        # "WASHINGTON – March 3, 2025 – The Department ...", "SAN JUAN, Puerto Rico — March 3, 2025 —":
        # a release's dateline sets its place off by a dash where a wire uses a comma
        place = place[: dashed.start()] + ","
    if place.endswith(",") and 1 <= _words(place) <= 8:
        words = re.split(r"[\s/]+", place.rstrip(",").replace(",", " ").strip())
        if all(_PLACE_WORD.match(w) for w in words if w):
            if re.fullmatch(r"[\s.,]*", after) and not dashed:  # "Vigente — 3 May 2024" signs nothing off
                return "signoff", value
            if _DATELINE_TAIL.match(after):
                return "dateline", value
    if not top or _words(stripped) > 20:
        return None
    residual = f"{before} {after}".strip()
    labelled = bool(_PUBLISH_LABEL.match(before) or _BYLINE_START.match(before))
    previous = re.findall(r"[\w’']+", before.lower())
    if previous and previous[-1] in _DATE_LINE.words_before_date and not labelled:
        return None  # "... arrested on 2 August 2011 ..." is a sentence, not a byline
    if _words(residual) > 12 or (stripped.endswith((".", "!", "?")) and _words(stripped) > 8):
        return None
    if _SENTENCE_VERB.search(residual):
        return None
    # The date must stand apart from the words around it, as in a byline ("By Jane Doe | March 3,
    # 2021", "COLOMBIA / 2 AUG 2011 BY ..."), not inside a headline ("The March 2021 Massacre").
    before_ok = not before.strip() or before.rstrip()[-1:] in _SEPARATORS or labelled or _WEEKDAY.fullmatch(before.strip(" ,"))
    after_ok = (not after.strip() or after.lstrip()[:1] in _SEPARATORS or _TIME_TAIL.fullmatch(after)
                or after.lstrip().lower().startswith(_BYLINE_AFTER_DATE))
    if not (before_ok and after_ok) and not (labelled and after_ok):
        return None
    return "byline", value


# The place opening a dateline before a numeric date: "Asunción, 05/11/2024", "Lima, Peru, 05/11/2024".
_PLACE_BEFORE_NUMBER = re.compile(r"^([^\W\d_][^,\d]{1,40}?)\s*,\s*(?:([^\W\d_][^,\d]{1,40}?)\s*,\s*)?\d")


def _day_first_place(line: str) -> bool:
    """Does ``line`` open with a place whose country writes numeric dates day first ("Asunción,
    05/11/2024 - 14:20" is 5 November)? A country or a capital names the country; a place in
    the United States, or in one whose writers differ, gives no cue."""
    m = _PLACE_BEFORE_NUMBER.match(line)
    if m is None:
        return False
    country = next((c for part in m.groups() if part and (c := place_country(part))), None)
    return country is not None and writes_day_first(country)


def publication_date(text: str, body_end: int | None = None, start: int = 0,
                     end: int | None = None) -> DateValue | None:
    """The date the document (or its article at ``start``, ending at ``end``) states for
    itself, or None.

    Looked for only where documents state it: bylines, date lines and datelines at the top
    (before the first prose paragraph), and a sign-off ("Bogotá, 1 December 2022", "Published
    ...") in the last lines of the body. Related-content teasers and newsletters lie past the
    body end; captions and dates inside sentences are never taken. A "Published" date wins over
    an "Updated" one (the first publication is the document's date; a revision's only when no
    other is given). Under only an "Updated" line, a wire dateline opening the story
    ("PORT-AU-PRINCE, July 12 (Reuters) -") gives the date when its day lies at most
    DATELINE_DAYS before the revision's. A wire dateline alone takes the year of the article's
    copyright line ("© 2023 Reuters"), with ``resolved_from`` "context"; with no such line the
    date stays unknown (no year is guessed). Both are :func:`complete_dateline`.
    """
    body_end = len(text) if body_end is None else body_end
    end = len(text) if end is None else end
    found: list[tuple[str, DateValue]] = []
    # Two paragraphs deep: a long standfirst often sits between the headline and the byline.
    for _, line in _top_lines(text, body_end, paragraphs=2, start=start):
        kind = _dated_line_kind(line, top=True)
        headline = split_title_date(line) if kind is None or kind[0] == "byline" else None
        if headline is not None:
            kind = ("headline", headline[1])  # "March 2, 2023 - Headline": a date line of its own wins
        if kind:
            found.append(kind)
    if not found:
        tail = [line for _, line in _tail_lines(text, body_end, SIGNOFF_LINES, start)]
        for line in tail:
            kind = _dated_line_kind(line, top=False)
            if kind and kind[0] in ("signoff", "label", "updated"):
                found.append(kind)
    if not found:  # a wire dateline alone, its year from the copyright line
        dateline = wire_dateline(text, body_end, start)
        return complete_dateline(dateline, _copyright_year(text, start, end)) if dateline else None
    for kind, value in found:
        if kind == "label":  # a labelled date line says what it is: it wins over an unlabelled date
            return value
    # a month or a year beside a day's date line is the period the document covers, not the
    # day it was issued ("Border Security Digest — September 2023" over "Updated October 3, 2023")
    days = [value for _, value in found if value.precision == "day"]
    for kind, value in found:
        if kind not in ("updated", "headline") and (value.precision == "day" or not days):
            return value
    for kind, value in found:
        if kind == "headline" and (value.precision == "day" or not days):
            return value
    # only a revision's date: the wire story's own day when a dateline gives it ("Last updated:
    # 20 July 2021" over "PORT-AU-PRINCE, July 12 (Reuters) -")
    return story_date(text, body_end, start, next((value for kind, value in found if kind == "updated"), found[0][1]))


# A wire dateline without a year opening the story: "BOGOTÁ, March 2 (Reuters) -", "Quito, Nov. 3 (AP) —".
# Agencies writing day first put it before the month, and Spanish-language wires close the
# dateline with '.-': "Lima, 2 May (EFE).- ...".
_WIRE_MONTH_DAY = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w .'’/-]{1,40}?,\s*(?:(?P<month>[A-Za-zÀ-ÿ]{3,10})\.?\s+(?P<day>[0-3]?\d)\b"
    r"|(?P<first_day>[0-3]?\d)\s+(?P<later_month>[A-Za-zÀ-ÿ]{3,10})\b\.?)"
    r"\s*(?:" + _AGENCY + r"\s*)?(?:[—–]|--?|\.-)\s")
# "© 2023 Reuters", "Copyright 2021-2023 The Associated Press", "(c) 2023", "© EFE 2024".
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\b(?:" + _any(_FURNITURE.copyright_words) + r")\b)\s*(?:(?-i:[A-Z])[\w.&'’-]*\s+){0,3}(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)(?!\d)", re.I)


def _month_day(m: re.Match) -> tuple[int, int, str] | None:
    """(month, day, its text) of a dateline match, or None when it names no day of a month."""
    written_month, day = m.group("month") or m.group("later_month"), m.group("day") or m.group("first_day")
    month = month_numbers().get(written_month.lower())
    if month is None or not 1 <= int(day) <= 31:
        return None
    return month, int(day), f"{written_month} {day}" if m.group("month") else f"{day} {written_month}"


def wire_dateline(text: str, body_end: int, start: int = 0) -> tuple[int, int, str] | None:
    """(month, day, its text) of the wire dateline opening the article at ``start`` ("BOGOTÁ,
    March 2 (Reuters) -"), or None: the day the story is told from, whatever later date a
    "Posted" or "Updated" line gives the page."""
    for _, line in _top_lines(text, body_end, paragraphs=1, start=start):
        m = _WIRE_MONTH_DAY.match(_strip_decoration(line))
        if m is None:
            continue
        return _month_day(m)
    return None


# A line opening with a wire dateline, after any bullet, quote or Markdown marks.
_DATELINE_LINE = re.compile("^[" + re.escape(_LINE_DECORATION) + "#_]*(?:" + _WIRE_MONTH_DAY.pattern + ")", re.M)


# A paragraph a page added later, opened by its label and its own date: "Update, July 2, 2025: ...".
_LATER_LABEL_LINE = re.compile(
    r"^[ \t]*(?:" + _any_spaced(_DATE_LINE.later_labels) + r")\b[\s,(]*(?P<rest>.*)$", re.I | re.M)


def later_datelines(text: str, body_end: int, start: int, published: DateValue | None) -> list[tuple[int, DateValue]]:
    """(offset, day) of each wire dateline opening a paragraph after the article's first one,
    in order: a digest of news briefs ("LIMA, Nov. 3 — ...", then "QUITO, Nov. 5 — ...") tells
    each brief from its own day, completed from the article's ``published`` date as the opening
    dateline is (:func:`complete_dateline`)."""
    opening = {offset for offset, _ in _top_lines(text, body_end, paragraphs=1, start=start)}
    found: list[tuple[int, DateValue]] = []
    for index, line in enumerate(_DATELINE_LINE.finditer(text, start, body_end)):
        if index == 0 and line.start() in opening:
            continue  # the opening dateline: the article's story date (:func:`story_date`)
        day = complete_dateline(_month_day(line), published)
        if day is not None:
            found.append((line.start(), day))
    found.extend(quoted_statements(text, body_end, start, published))
    for line in _LATER_LABEL_LINE.finditer(text, start, body_end):
        # 'Update, July 2, 2025: SENAD announced today ...': a paragraph added later, told from its day
        head = line.group("rest")[:60]
        date = next(written_dates(head, _latest_year()), None)
        if date is not None and date[2].precision == "day" and re.match(r"[\s,]*[:—–-]", head[date[1]:].lstrip(")")):
            found.append((line.start(), date[2]))
    return sorted(found, key=lambda item: item[0])


_QUOTE_OPEN = ('"', "“")
_QUOTE_CLOSE = ('"', "”")
_INTRODUCER_LENGTH = 200  # characters: a line that introduces a quoted statement is short


# A day written without its year, either way round: "September 8", "8 September" (read by _month_day).
_MONTH_NAMES = _any(month_numbers())
_YEARLESS_DAYS = (re.compile(rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})\b", re.I),
                  re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})\b", re.I))


def _introducer_day(line: str, published: DateValue | None) -> DateValue | None:
    """The one day a line introducing a quoted statement names ("Readout of the September 8
    call, as released that day:", "Statement of 3 March 2025:"), completed from ``published``
    as a dateline is, or None."""
    whole = [value for _s, _e, value in written_dates(line) if value.precision == "day"]
    if whole:
        return whole[0] if len(whole) == 1 else None
    days = [m for pattern in _YEARLESS_DAYS for m in pattern.finditer(line)]
    if len(days) != 1:
        return None
    return complete_dateline(_month_day(days[0]), published)


def quoted_statements(text: str, body_end: int, start: int, published: DateValue | None) -> list[tuple[int, DateValue]]:
    """(offset, day) where a statement quoted whole from an earlier day starts, and (offset,
    ``published``) where it ends: a short line ending with a colon that names one day ("Readout of
    the September 8 call, as released that day:") and a paragraph opening with a quotation mark
    right after it. Its "today" is that day's, not the quoting document's."""
    found: list[tuple[int, DateValue]] = []
    for m in re.finditer(r"(?m)^([^\n]{1,%d}):[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[\"“])" % _INTRODUCER_LENGTH, text[:body_end]):
        if m.start() < start:
            continue
        day = _introducer_day(m.group(1), published)
        if day is None:
            continue
        quote = m.end()
        end = quote
        while end < body_end:  # the quotation's paragraphs, up to the one that closes it
            stop = text.find("\n", end)
            stop = body_end if stop < 0 or stop > body_end else stop
            if text[end:stop].rstrip().endswith(_QUOTE_CLOSE) or stop >= body_end:
                end = stop
                break
            end = stop + 1
        found.append((quote, day))
        if published is not None and end < body_end:
            found.append((end, published))
    return found


# A wire dateline's day is the story's when it lies at most this many days before the page's
# date (a page posted or updated a few days after the wire story).
DATELINE_DAYS = 31


def complete_dateline(found: tuple[int, int, str] | None, near: DateValue | None) -> DateValue | None:
    """The day of a year-less wire dateline (``found``, from :func:`wire_dateline`), completed
    from ``near``, a date the article gives elsewhere: the latest such day on or before the end
    of ``near``. A page's date (day or month precision) takes a dateline at most DATELINE_DAYS
    before it; the year of a copyright line (year precision) any day of that year. None without
    a dateline, a usable ``near``, or when the day lies further back. The one way crimecli gives
    a dateline its year."""
    if found is None or near is None or near.precision not in ("day", "month", "year"):
        return None
    bounds = date_bounds(near.value)
    if bounds is None:
        return None
    month, day_number, written = found
    last = bounds[1]
    for year in (last.year,) if near.precision == "year" else (last.year, last.year - 1):
        try:
            told = _dt.date(year, month, day_number)
        except ValueError:
            continue
        if told <= last:
            if near.precision != "year" and (last - told).days > DATELINE_DAYS:
                return None
            return DateValue(told.isoformat(), "day", written, "context")
    return None


def story_date(text: str, body_end: int, start: int, published: DateValue | None) -> DateValue | None:
    """The date the relative dates of the article at ``start`` count from: the day of its wire
    dateline ("LIMA, July 8 (Agency) -") on or shortly before its ``published`` date when it has
    one, else that date. A wire story posted on 12 November under "MEXICO CITY, Nov 4" means 4
    November by "yesterday" and "on Monday". The reader sets it on each Article; the pipeline
    reads it from there."""
    return complete_dateline(wire_dateline(text, body_end, start), published) or published


def _copyright_year(text: str, start: int, end: int) -> DateValue | None:
    """The latest year of the copyright lines between ``start`` and ``end`` ("© 2023 Reuters"),
    never a year after next, or None."""
    years = [int(y) for y in _COPYRIGHT.findall(text, start, end)]
    if not years or max(years) > _latest_year():
        return None
    return DateValue(str(max(years)), "year", str(max(years)), "context")


def _tail_lines(text: str, body_end: int, count: int, start: int = 0) -> list[tuple[int, str]]:
    """The last ``count`` non-empty, non-footnote lines before body_end, last first."""
    out: list[tuple[int, str]] = []
    end = body_end
    while end > start and len(out) < count:
        line_start = max(text.rfind("\n", 0, end) + 1, start)  # start of the line ending at ``end``
        line = text[line_start:end]
        if line.strip() and not _FOOTNOTE_LINE.match(line):
            out.append((line_start, line))
        end = line_start - 1  # the newline before this line
    return out


# --------------------------------------------------------------------------------------------
# Footnotes
# --------------------------------------------------------------------------------------------

# "[1] Crisis Group interview ...", "[12]GOC Reacts to ...", "[^3]: ...", "^ 1 ...".
_FOOTNOTE_LINE = re.compile(r"^[ \t]*(?:\[\^?\d{1,4}\]|\^\s*\d{1,4}\b|\^\s*[a-z]\b)")
_NUMBERED = re.compile(r"^[ \t]*(?:\d{1,3}[.)]\s+|\d{1,3}\s+(?=[A-Z“\"‘']))")


def find_footnotes(text: str, body_end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each footnote inside the body, in order.

    A footnote is a line that starts with a bracketed number ("[1] ...", "[1]GOC ...",
    Markdown "[^1]: ..."), a caret note ("^ 1 ..."), or a numbered line ("1. ...") under a
    Notes / Footnotes / Endnotes / References heading. In-text markers ("ties.[1]") are not.
    """
    body_end = len(text) if body_end is None else body_end
    spans: list[tuple[int, int]] = []
    in_notes = False
    offset = 0
    for line in text[:body_end].split("\n"):
        first = line[:1]
        if first in ("[", "^", " ", "\t") and _FOOTNOTE_LINE.match(line):
            spans.append(_line_span(offset, line))
        elif len(line) <= 40 and _NOTES_HEADING.match(line):
            in_notes = True
        elif in_notes and line.strip():
            if _NUMBERED.match(line):
                spans.append(_line_span(offset, line))
            else:
                in_notes = False
        offset += len(line) + 1
    return spans


def _line_span(offset: int, line: str) -> tuple[int, int]:
    return offset + len(line) - len(line.lstrip()), offset + len(line.rstrip())


_NOTES_HEADING = re.compile(r"^\W*(?:" + _any(_FURNITURE.notes_headings) + r")\W*$", re.I)
