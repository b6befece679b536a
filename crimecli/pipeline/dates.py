"""crimecli_dates: temporal expressions, normalised against the document date.

The scanning and normalising live in ``crimecli.dates`` (pure Python, one compiled regular
expression over the text); this component maps the character offsets it returns to token
spans and stores them in ``doc.spans["crimecli_dates"]``, each with ``span._.timex``, a
:class:`crimecli.pipeline.TimexValue` (``timeml`` set where TimeML's value differs from
``value``; see ``crimecli.dates``).

Each article of ``doc._.document`` is read on its own, anchored on its story date, which the
reader sets once (``Article.story_date``: its wire dateline's day, else its publication date; an
article that states none takes the document's, which ``extract --published`` may supply), so a
file of several articles dates "yesterday" in each by that article's date and no narrative
reference crosses from one article into the next; in a digest of briefs each wire dateline
after the first paragraph ("QUITO, Nov. 5 — ...") starts a part told from its own day. Footnote blocks and photo captions are read
too but never become the narrative's reference time.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from crimecli.dates import find_timexes
from crimecli.models import DateValue, Document
from crimecli.pipeline import TimexValue, doc_text
from crimecli.reader import is_caption

# Lines longer than this are prose, never a photo caption (saves the caption test on them).
_CAPTION_LENGTH = 300


def article_parts(document: Document | None, length: int) -> list[tuple[int, int, DateValue | None]]:
    """``(start, end, anchor)`` for each article of the document, covering ``[0, length)``: the
    anchor is the article's story date as the reader set it, else (a document built without the
    reader, or dated after reading) the document's date."""
    if document is None:
        return [(0, length, None)]
    if not document.articles:
        return [(0, length, document.published)]
    parts = []
    for index, article in enumerate(document.articles):
        start = 0 if index == 0 else article.start
        end = length if index == len(document.articles) - 1 else min(article.end, length)
        anchor = article.story_date or document.published
        # a digest of briefs: each dateline after the first paragraph starts a part of its own
        for offset, day in article.datelines:
            if start < offset < end:
                parts.append((start, offset, anchor))
                start, anchor = offset, day
        if start < end:
            parts.append((start, end, anchor))
    return parts or [(0, length, document.published)]


def quiet_blocks(text: str, footnotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Footnote blocks and photo-caption lines, sorted: their dates are not the narrative's."""
    blocks = [(start, end) for start, end in footnotes]
    offset = 0
    for line in text.split("\n"):
        if line and len(line) <= _CAPTION_LENGTH and is_caption(line):
            blocks.append((offset, offset + len(line)))
        offset += len(line) + 1
    blocks.sort()
    return blocks


class DateFinder:
    def __init__(self, nlp: Language, name: str, *, spans_key: str) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        document = doc._.document
        text = doc_text(doc)
        quiet = quiet_blocks(text, list(document.footnotes) if document is not None else [])
        spans = []
        last_end = -1
        for part_start, part_end, anchor in article_parts(document, len(text)):
            part = text[part_start:part_end]
            local_quiet = [(max(a, part_start) - part_start, min(b, part_end) - part_start)
                           for a, b in quiet if a < part_end and b > part_start]
            for start, end, timex in find_timexes(part, anchor, local_quiet):
                span = doc.char_span(part_start + start, part_start + end, alignment_mode="expand")
                if span is None or span.start < last_end:
                    continue  # two expressions inside one token: keep the first
                span._.timex = TimexValue(timex["value"], timex["precision"], timex["resolved_from"],
                                          timex.get("timeml"))
                spans.append(span)
                last_end = span.end
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("crimecli_dates", assigns=["doc.spans", "span._.timex"],
                  default_config={"spans_key": "crimecli_dates"})
def make_dates(nlp: Language, name: str, spans_key: str) -> DateFinder:
    return DateFinder(nlp, name, spans_key=spans_key)
