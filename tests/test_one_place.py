"""Facts decided in one place: name particles, an age after a name, alias markers, the kind
of place a kind noun names, the month names of other languages. Each is data or one function,
and every module that asks reads that one source."""

import subprocess
import sys

import pytest

import crimecli.dates as dates
import crimecli.pipeline.aliases as aliases
import crimecli.pipeline.gazetteer as gazetteer
import crimecli.pipeline.names as names
import crimecli.pipeline.places as places
import crimecli.pipeline.resolve as resolve
from crimecli.lexicons import calendar, month_numbers, name_particles, place_words
from crimecli.nlp import build_pipeline
from crimecli.text import age_after_name, read_data


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def entities(doc) -> dict[str, tuple]:
    return {e.name: (e.kind, e.country) for e in doc._.entities}


# --- name particles -----------------------------------------------------------------------

def test_every_recogniser_reads_the_one_particle_list():
    particles = name_particles()
    assert names._NAME_PARTICLES is particles.words
    assert gazetteer.names_lexicon()["particles"] is particles.words
    assert names._PLACE_LINKS is particles.links and gazetteer._NAME_LINKS is particles.links
    # places and the gazetteer add the connectors of places' and organisations' names only
    assert places._RUN_PARTICLES - particles.words == {"of", "the"}
    assert particles.words <= gazetteer._PARTICLES
    assert all(not w[:1].isupper() for w in gazetteer._PARTICLES - particles.words)


def test_the_data_file_holds_each_particle_once_and_straight_apostrophes_only():
    data = read_data("curated/names.json")
    assert len(set(data["particles"])) == len(data["particles"])
    assert set(data["linking_particles"]) <= set(data["particles"])
    assert not any("’" in w or " " in w for w in data["particles"])  # the loader adds the ’ forms
    assert {"d'", "d’", "l'", "l’"} <= name_particles().words
    assert "d’" in name_particles().links


def test_a_particle_added_to_the_data_reaches_every_module():
    """The modules' sets are built from the data file at import: one more particle in the file
    (a made-up 'zu') is in all of them, and in none without it."""
    code = """
import crimecli.lexicons as lx
real = lx.read_data
def patched(relative):
    data = real(relative)
    if relative == "curated/names.json":
        data = dict(data, particles=(*data["particles"], "zu"))
    return data
lx.read_data = patched if ADD else real
import crimecli.pipeline.gazetteer as g, crimecli.pipeline.names as n, crimecli.pipeline.places as p
import crimecli.pipeline.aliases as a
print([("zu" in s) for s in (n._NAME_PARTICLES, p._RUN_PARTICLES, g._PARTICLES, g.names_lexicon()["particles"],
                             a._PARTICLE_ALT.split("|"))])
"""
    for add, expected in ((True, "[True, True, True, True, True]"), (False, "[False, False, False, False, False]")):
        out = subprocess.run([sys.executable, "-c", f"ADD = {add}\n{code}"], capture_output=True, text=True,
                             check=True).stdout
        assert out.strip() == expected


def test_elided_particles_inside_a_town_and_a_person(nlp):
    # d' in the gazetteer's case check, which every other copy already had
    pipe = nlp.get_pipe("crimecli_gazetteer")
    assert pipe._geo_case_ok(["Itaporanga", "d'", "Ajuda"], 0, 3)
    assert pipe._geo_case_ok(["Itaporanga", "d’", "Ajuda"], 0, 3)
    assert not pipe._geo_case_ok(["Itaporanga", "near", "Ajuda"], 0, 3)  # near-miss: not a particle
    doc = nlp("Police in Itaporanga d'Ajuda said Valéry Giscard d'Estaing, 51, of Lima, was held.")
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Itaporanga d'Ajuda", "PLACE"),
                                                         ("Valéry Giscard d'Estaing", "PERSON")]


def test_an_unquoted_alias_goes_on_over_any_name_particle(nlp):
    doc = nlp("Police arrested Ruperto Quispe, alias Chucho das Neves, in Lima.")
    assert [(a.entity, a.alias) for a in doc._.aliases] == [("Ruperto Quispe", "Chucho das Neves")]
    doc = nlp("Police arrested Ruperto Quispe, alias Chucho with Neves, in Lima.")  # 'with' is no particle
    assert [(a.entity, a.alias) for a in doc._.aliases] == [("Ruperto Quispe", "Chucho")]


# --- an age after a name ------------------------------------------------------------------

@pytest.mark.parametrize("text, age", [
    ("Ana Ruiz, 51, of Lima", "51"),
    ("(Ana Ruiz, 51)", "51"),
    ("Ana Ruiz,  7 , a boy", "7"),
    ('Ana Paz, alias "La Tía," 52, a Bolivian', "52"),
])
def test_age_after_name(text, age):
    pos = text.index(",") if "alias" not in text else text.index(',"')
    end = age_after_name(text, pos)
    assert end is not None and text[end - len(age):end] == age


@pytest.mark.parametrize("text", [
    "Ana Ruiz, 151, of Lima",  # no one's age
    "Ana Ruiz, 0, of Lima",
    "Lima, 1000, people",
    "Cali, 51,000 people",  # a count
    "Ana Ruiz, 51 people",  # not closed by a comma or bracket
    "Ana Ruiz, '51, class",  # a year
])
def test_not_an_age_after_name(text):
    assert age_after_name(text, text.index(",")) is None


def test_an_age_makes_a_run_a_person():
    nlp = build_pipeline(components=["crimecli_gazetteer_names", "crimecli_gazetteer_acronyms",
                                     "crimecli_sentences", "crimecli_gazetteer", "crimecli_names", "crimecli_ents"])
    people = lambda text: [e.text for e in nlp(text).ents if e.label_ == "PERSON"]  # noqa: E731
    assert people("Police said Golden Field, 51, of Lima, was held.") == ["Golden Field"]
    assert people("Police said Golden Field, 151, of Lima, was held.") == []
    assert people("Police said Golden Field, 51,000 of Lima, was held.") == []


def test_an_age_between_a_person_and_an_alias_marker(nlp):
    doc = nlp('Prosecutors said Ruperto Quispe, 51, also known as "El Flaco," was arrested in Lima.')
    assert [(a.entity, a.alias) for a in doc._.aliases] == [("Ruperto Quispe", "El Flaco")]
    doc = nlp('Prosecutors said Ruperto Quispe, 151, also known as "El Flaco," was arrested in Lima.')
    assert not doc._.aliases


def test_an_age_after_an_alias_before_a_nationality(nlp):
    doc = nlp('Officers detained Ana Paz, alias "La Tía," 52, a Bolivian national, in Lima.')
    assert entities(doc)["Ana Paz"][1] == "Bolivia"
    doc = nlp('Officers detained Ana Paz, alias "La Tía," 152, a Bolivian national, in Lima.')
    assert entities(doc)["Ana Paz"][1] is None


# --- alias markers ------------------------------------------------------------------------

def test_resolve_reads_the_alias_markers_of_the_lexicon(nlp):
    assert resolve.ALIAS_MARKER_RE is aliases.ALIAS_MARKER_RE

    def country_after(text: str) -> str | None:
        doc = nlp(text)
        end = next(t.i for t in doc if t.text == "Paz") + 1
        return resolve._country_from_tokens_after(doc, end, {e.start: e for e in doc.ents})

    for marker in ("alias", "nicknamed", "a.k.a.", "also known as", "known as", "dubbed"):
        assert country_after(f'Officers detained Ana Paz, {marker} "La Tía," 52, a Bolivian national.') == "Bolivia", marker
    assert country_after('Officers detained Ana Paz, with "La Tía," 52, a Bolivian national.') is None  # no marker


# --- kinds of places ----------------------------------------------------------------------

def test_kind_nouns_map_to_their_kind_in_the_data():
    kinds = place_words().kind_nouns
    assert names._KIND_OF_NOUN is kinds and resolve._TIER_NOUNS is kinds
    assert kinds["province"] == "state or department" and kinds["hamlet"] == "city or town"
    assert kinds["suburb"] == "neighbourhood" and kinds["islands"] == "island"
    for language in ("en", "es", "pt"):
        for noun, kind in read_data(f"lexicons/{language}/places.json")["kind_nouns"].items():
            assert kind in ("city or town", "state or department", "region", "island", "neighbourhood"), noun
            assert noun in kinds


def test_the_kind_noun_before_of_gives_the_kind(nlp):
    found = entities(nlp("Soldiers patrolled the province of Quelbo and the hamlet of Tarambu."))
    assert found["Quelbo"][0] == "state or department"
    assert found["Tarambu"][0] == "city or town"


# --- months of other languages ------------------------------------------------------------

def test_other_languages_month_names_come_from_month_numbers():
    assert dates.DE_MONTHS == month_numbers(besides="en", abbreviated=False)
    assert dates.DE_MONTHS["octubre"] == 10 and dates.DE_MONTHS["março"] == 3
    assert "october" not in dates.DE_MONTHS and "oct" not in dates.DE_MONTHS  # English, abbreviated
    assert set(calendar("es").months) <= set(dates.DE_MONTHS)
    assert set(dates.DE_MONTHS) <= set(month_numbers())


def test_one_weekday_pattern_for_the_reader_and_the_event_notes():
    from crimecli import reader
    from crimecli.lexicons import weekday_forms
    from crimecli.pipeline import events
    assert reader._WEEKDAY.pattern == weekday_forms()
    assert weekday_forms() in events._WEEKDAY_WORD.pattern
    assert events._WEEKDAY_WORD.fullmatch("Tues.,") and reader._WEEKDAY.fullmatch("mié")


def test_names_reads_the_aliases_strong_marker():
    from crimecli.pipeline import aliases, names
    assert names.STRONG_MARKER_RE is aliases.STRONG_MARKER_RE
    assert aliases.STRONG_MARKER_RE.search('a suspect alias "El Gato"')
