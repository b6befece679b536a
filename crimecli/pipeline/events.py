"""Placeholder for the crimecli_events component (passes the Doc through unchanged)."""

from spacy.language import Language


@Language.factory("crimecli_events")
def make_events(nlp: Language, name: str):
    return lambda doc: doc
