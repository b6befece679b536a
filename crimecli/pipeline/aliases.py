"""Placeholder for the crimecli_aliases component (passes the Doc through unchanged)."""

from spacy.language import Language


@Language.factory("crimecli_aliases")
def make_aliases(nlp: Language, name: str):
    return lambda doc: doc
