"""crimecli_dates: temporal expressions, normalised against the document date.

The scanning and normalising live in ``crimecli.dates`` (pure Python, one compiled regular
expression over ``doc.text``); this component maps the character offsets it returns to token
spans and stores them in ``doc.spans["crimecli_dates"]``, each with ``span._.timex`` =
``{"value", "precision", "resolved_from"}`` (plus ``timeml`` where it says more; see
``crimecli.dates``). The anchor is ``doc._.meta["published"]`` (a DateValue dict or None).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from crimecli.dates import find_timexes, parse_user_date  # noqa: F401  (re-exported for callers)
from crimecli.nlp import register_extensions
from crimecli.pipeline import doc_text

SPAN_KEY = "crimecli_dates"


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta or {}
        anchor = meta.get("published") if isinstance(meta, dict) else None
        spans = []
        last_end = -1
        text = doc_text(doc)
        for start, end, timex in find_timexes(text, anchor):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.start < last_end:
                continue  # two expressions inside one token: keep the first
            span._.timex = timex
            spans.append(span)
            last_end = span.end
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("crimecli_dates", assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    register_extensions()
    return DateFinder()
