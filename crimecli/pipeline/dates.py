"""crimecli_dates: temporal expressions, normalised against the document date.

The scanning and normalising live in ``crimecli.dates`` (pure Python, one compiled regular
expression over the text); this component maps the character offsets it returns to token
spans and stores them in ``doc.spans["crimecli_dates"]``, each with ``span._.timex``, a
:class:`crimecli.pipeline.TimexValue` (``timeml`` set where it says more than ``value``; see
``crimecli.dates``). The anchor is the publication date of ``doc._.document`` (or none).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from crimecli.dates import find_timexes
from crimecli.pipeline import TimexValue, doc_text


class DateFinder:
    def __init__(self, nlp: Language, name: str, *, spans_key: str) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        document = doc._.document
        anchor = document.published if document is not None else None
        spans = []
        last_end = -1
        text = doc_text(doc)
        for start, end, timex in find_timexes(text, anchor):
            span = doc.char_span(start, end, alignment_mode="expand")
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
