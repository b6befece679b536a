"""crimecli_ents: sets ``doc.ents`` from crimecli's entity spans and a statistical model's.

crimecli's recognisers write span groups (``doc.spans["crimecli_gazetteer"]``, then
``doc.spans["crimecli_names"]`` with every rule-based span) and leave ``doc.ents`` alone, so
whatever a statistical model put there is still there when this component runs. It combines
the two openly:

- every span of ``doc.spans["crimecli_names"]`` is an entity (ours win on overlap);
- the model's entities fill the gaps, relabelled to crimecli's labels (``model_labels``: GPE,
  LOC and FAC are PLACE; labels not listed, such as DATE or NORP, are dropped) and vetted with
  the name lexicon's stop list (never-a-name words, demonyms, spans without a letter).

It runs after ``crimecli_names`` because a model's span must not block a longer name the rules
find ("Maduro" tagged ORG inside "Nicolás Maduro"). With no model, ``doc.ents`` is simply ours.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from crimecli.countries import demonym_country
from crimecli.pipeline.component import DataComponent
from crimecli.pipeline.gazetteer import names_lexicon

MODEL_LABELS = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG", "PERSON": "PERSON",
                "PLACE": "PLACE"}


class EntityCombiner(DataComponent):
    def __init__(self, nlp: Language, name: str, *, spans_key: str, model_labels: dict[str, str]) -> None:
        super().__init__(nlp, name)
        self.spans_key = spans_key
        self.model_labels = dict(model_labels)
        self.not_names: frozenset[str] = frozenset()

    def load_data(self) -> dict[str, Any]:
        return {"not_names": sorted(names_lexicon()["not_names"])}

    def setup(self, data: dict[str, Any]) -> None:
        self.not_names = frozenset(data["not_names"])

    def vet(self, doc: Doc, model: list[Span]) -> list[Span]:
        """A model's spans relabelled to PERSON/ORG/PLACE, minus what the stop lists reject."""
        out = []
        for span in model:
            label = self.model_labels.get(span.label_)
            if label is None:
                continue
            text = span.text.strip()
            if text in self.not_names or demonym_country(text) or not any(c.isalpha() for c in text):
                continue
            out.append(Span(doc, span.start, span.end, label=label))
        return out

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        ours = list(doc.spans.get(self.spans_key, ()))
        model = self.vet(doc, list(doc.ents)) if doc.has_annotation("ENT_IOB") else []
        if model:
            taken = bytearray(len(doc))
            for span in ours:
                taken[span.start:span.end] = b"\x01" * (span.end - span.start)
            for span in model:
                if not any(taken[span.start:span.end]):
                    ours.append(span)
                    taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        doc.ents = sorted(ours, key=lambda s: s.start)
        return doc


@Language.factory(
    "crimecli_ents",
    assigns=["doc.ents"],
    default_config={"spans_key": "crimecli_names", "model_labels": MODEL_LABELS},
)
def make_ents(nlp: Language, name: str, spans_key: str, model_labels: dict[str, str]) -> EntityCombiner:
    return EntityCombiner(nlp, name, spans_key=spans_key, model_labels=model_labels)
