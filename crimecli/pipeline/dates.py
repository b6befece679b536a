"""Placeholder for the crimecli_dates component (passes the Doc through unchanged)."""

from spacy.language import Language


@Language.factory("crimecli_dates")
def make_dates(nlp: Language, name: str):
    return lambda doc: doc
