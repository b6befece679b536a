"""crimecli_ents: sets ``doc.ents`` from crimecli's entity spans and a statistical model's.

crimecli's recognisers write span groups (``doc.spans["crimecli_gazetteer"]``, then
``doc.spans["crimecli_names"]`` with every rule-based span) and leave ``doc.ents`` alone, so
whatever a statistical model put there is still there when ``crimecli_names`` runs. That
component vets the model's entities with the same shape checks its own spans pass (relabelled to
crimecli's labels, see ``crimecli.pipeline.names.MODEL_LABELS``) and writes those that pass to
``doc.spans["crimecli_model"]`` (by default only its places: see ``MODEL_LABELS``). This
component combines the two openly:

- every span of ``doc.spans["crimecli_names"]`` is an entity (ours win on overlap);
- the vetted model spans fill the gaps.

It runs after ``crimecli_names`` because a model's span must not block a longer name the rules
find ("Maduro" tagged ORG inside "Nicolás Maduro"). With no model, ``doc.ents`` is simply ours.

A model's span that fits the shape of a name is still no name when its context says otherwise;
these checks read the document around it, so they live here:

- a capitalised phrase an indefinite article opens is a category, not a name ("a designated
  Foreign Terrorist Organization", "an Economic Crimes Unit"), unless it only qualifies the
  noun after it ("a Sinaloa Cartel cell");
- a single word is a person only when the document names that person in full ("Salamanca" of
  "the Celaya–Salamanca road" and the gang "the Lobos" are not, where "Cárdenas" after "Osiel
  Cárdenas Salinas" is);
- a place only the model knows (no list holds a village or a community) takes the country its
  apposition gives ("Islandia, the Peruvian village"; "Mataje, in the province of Esmeraldas"),
  else the country most of the document's places are in; with neither it is left out: a place
  nobody can put on a map is worth less than a country got wrong.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from crimecli.countries import canonical_country, demonym_country
from crimecli.pipeline.resolve import places_main_country
from crimecli.text import lexicon

#: Lower-case words an apposition may put between a place and the place it lies in
#: ("Mataje, in the province of Esmeraldas"; "Lauriston, a community in St Catherine").
_APPOSITION_GAP = 5


class EntityCombiner:
    def __init__(self, nlp: Language, name: str, *, spans_key: str, model_key: str) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.model_key = model_key
        words = lexicon("layering.json")  # English: a model's entities are English models' here
        self.indefinite = frozenset(words["indefinite_articles"])
        self.apposition = frozenset(words["place_apposition"])

    def __call__(self, doc: Doc) -> Doc:
        ours = list(doc.spans.get(self.spans_key, ()))
        model = list(doc.spans.get(self.model_key, ()))
        if model:
            known = list(ours)
            taken = bytearray(len(doc))
            for span in ours:
                taken[span.start:span.end] = b"\x01" * (span.end - span.start)
            # the words of every person named in full, by the rules or by the model
            full_names = {t.text for s in ours + model if s.label_ == "PERSON" and len(s) > 1 for t in s}
            main: list[str | None] = []  # the document's main country, counted once if needed
            for span in model:
                if any(taken[span.start:span.end]) or not self._in_context(doc, span, full_names):
                    continue
                if span.label_ == "PLACE" and span._.country is None:
                    country = apposition_country(doc, span, known, self.apposition)
                    if country is None:
                        if not main:
                            main.append(places_main_country(known))
                        country = main[0]
                    if country is None:
                        continue  # a place nobody can put on a map adds a place and loses a country
                    span._.country = country
                ours.append(span)
                taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        # set_ents takes the spans as they are (``doc.ents = `` builds each one again)
        doc.set_ents(sorted(ours, key=lambda s: s.start), default="outside")
        return doc

    def _in_context(self, doc: Doc, span: Span, full_names: set[str]) -> bool:
        """Whether the text around a model's span lets it be a name (see the module's notes)."""
        start, end = span.start, span.end
        if span.label_ == "PERSON" and end - start == 1 and span.text not in full_names:
            return False  # a surname nobody in the document bears ('the Lobos'), a first name alone
        i = start - 1
        while i >= 0 and start - i <= 2 and doc[i].is_lower and doc[i].is_alpha and not doc[i].is_stop:
            i -= 1  # 'a designated', 'a new'
        if i >= 0 and doc[i].lower_ in self.indefinite:
            after = doc[end] if end < len(doc) else None
            # 'a Sinaloa Cartel cell': the article is the noun's; the name only qualifies it
            return after is not None and after.is_lower and after.is_alpha and not after.is_stop
        return True


def apposition_country(doc: Doc, span: Span, known: list[Span], openers: frozenset[str]) -> str | None:
    """The country an apposition gives a place: a demonym ('Islandia, the Peruvian village'),
    or a place the rules know, after a comma or 'in' and a few lower-case words ('Mataje, in
    the province of Esmeraldas'; 'Lauriston in St Catherine parish')."""
    n = len(doc)
    i = span.end
    if i >= n or doc[i].text not in openers:
        return None
    i += 1
    gap_end = min(n, i + _APPOSITION_GAP)
    while i < gap_end and doc[i].is_lower and doc[i].is_alpha:
        i += 1
    if i >= n:
        return None
    if doc[i].text[:1].isupper() and (country := demonym_country(doc[i].text)) \
            and i + 1 < n and doc[i + 1].is_lower and doc[i + 1].is_alpha:
        return country
    for place in known:
        if place.start == i and place.label_ == "PLACE":
            return place._.country if place._.kind != "country" else canonical_country(place.text)
    return None


@Language.factory(
    "crimecli_ents",
    assigns=["doc.ents"],
    default_config={"spans_key": "crimecli_names", "model_key": "crimecli_model"},
)
def make_ents(nlp: Language, name: str, spans_key: str, model_key: str) -> EntityCombiner:
    return EntityCombiner(nlp, name, spans_key=spans_key, model_key=model_key)
