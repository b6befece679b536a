"""crimecli.reader: file -> Document, on the seeds (against the gold file) and on layouts of
other sites written here (AP, Reuters, El País, OCCRP, Crisis Group sign-offs, blogs)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crimecli.errors import InputError
from crimecli.models import Document
from crimecli.reader import (
    SUPPORTED_SUFFIXES,
    content_id,
    find_body_end,
    find_footnotes,
    find_title,
    is_caption,
    publication_date,
    searchable_sentences,
    read_document,
    read_text,
)

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# Two real-looking body paragraphs (long enough to count as the start of an article).
P1 = ("Colombian police arrested the alleged leader of the Clan del Golfo in the northwestern "
      "department of Antioquia, officials said, in the latest blow against the country's largest "
      "drug trafficking group.")
P2 = ("The arrest followed a months-long investigation supported by the US Drug Enforcement "
      "Administration, according to a statement from the national police, which did not say "
      "where the suspect would be held.")


def article(*top: str, tail: str = "") -> str:
    """A document: the given header lines, two body paragraphs, then an optional tail."""
    return "\n\n".join([*top, P1, P2]) + ("\n\n" + tail if tail else "") + "\n"


# --------------------------------------------------------------------------------------------
# The seeds against the gold file


def gold_docs(gold: dict) -> list[dict]:
    return gold["documents"]


@pytest.mark.parametrize("index", range(5))
def test_seed_title_date_and_body_end_match_gold(gold: dict, index: int) -> None:
    expected = gold_docs(gold)[index]
    document = read_document(SEEDS / expected["file"])
    assert document.title == expected["title"]
    assert (document.published.value if document.published else None) == expected["published"]
    if expected["published_evidence"]:
        assert expected["published_evidence"] in document.text
        assert document.published.text in expected["published_evidence"]
        assert document.published.precision == "day"
        assert document.published.resolved_from == "explicit"
    assert footer(document).startswith(expected["body_end"])
    assert document.encoding == "utf-8" and document.warnings == []


def test_seed_document_identity() -> None:
    path = next(SEEDS.glob("003_*.txt"))
    document = read_document(str(path))
    text = path.read_text(encoding="utf-8")
    assert document.file == str(path)
    assert document.text == text
    assert document.doc_id == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    assert content_id(path.read_bytes()) == document.doc_id


def test_seed_003_footnotes_are_the_bracketed_lines_only() -> None:
    document = read_document(next(SEEDS.glob("003_*.txt")))
    notes = [document.text[start:end] for start, end in document.footnotes]
    assert notes[0].startswith("[1] Occasional convulsions")
    assert any(note.startswith("[1]GOC Reacts to Chavez Aggression") for note in notes)
    assert all(note.startswith("[") for note in notes)
    # Every footnote line of the file is found, none lies past the body end, none is an in-text marker.
    lines = [line for line in document.text[: document.body_end].split("\n") if line[:1] == "["]
    assert len(notes) == len(lines)
    assert all(end <= document.body_end for _, end in document.footnotes)
    body_with_marker = next(line for line in document.text.split("\n") if ".[1]" in line)
    assert body_with_marker not in notes


def test_seeds_without_footnotes_have_none(gold: dict) -> None:
    for expected in gold_docs(gold):
        if not expected["file"].startswith("003"):
            assert read_document(SEEDS / expected["file"]).footnotes == []


# --------------------------------------------------------------------------------------------
# Publication dates in other layouts


def footer(document: Document) -> str:
    """The text of the document's first boilerplate block ('' when there is none)."""
    return "".join(document.text[start:end] for start, end in document.boilerplate[:1])


def published(text: str) -> tuple[str, str, str] | None:
    value = read_text(text).published
    return (value.value, value.precision, value.text) if value else None


def test_ap_dateline_with_date_line_above() -> None:
    text = article("Colombia arrests Clan del Golfo leader", "By JANE DOE", "March 3, 2021",
                   f"BOGOTA, Colombia (AP) — {P1}",
                   tail="Copyright 2021 The Associated Press. All rights reserved.")
    document = read_text(text)
    assert published(text) == ("2021-03-03", "day", "March 3, 2021")
    assert document.title == "Colombia arrests Clan del Golfo leader"
    assert footer(document).startswith("Copyright 2021")


def test_dateline_with_date_starts_the_first_paragraph() -> None:
    text = article("Army kills rebels near Venezuelan border", f"Cúcuta, 8 September 2015 — {P1}")
    assert published(text) == ("2015-09-08", "day", "8 September 2015")


def test_spanish_dateline() -> None:
    text = article("Capturan a alias Otoniel", f"Bogotá, 23 de octubre de 2021.- {P1}")
    assert published(text) == ("2021-10-23", "day", "23 de octubre de 2021")


def test_a_release_dateline_ends_with_a_full_stop() -> None:
    # ministries and prosecutors open "City, date." and the first sentence on the same line
    text = article("Public Ministry secures sentence", f"Asunción, 14 May 2024. {P1}")
    assert published(text) == ("2024-05-14", "day", "14 May 2024")


def test_reuters_dateline_without_year_gives_no_date() -> None:
    # "March 3" alone cannot be completed: the year is not stated, and guessing is not allowed.
    text = article("Colombia arrests Clan del Golfo leader", "By Jane Doe", "Updated 2 hours ago",
                   f"BOGOTA, March 3 (Reuters) - {P1}", tail="Reporting by Jane Doe; Editing by John Roe")
    assert published(text) is None


def test_published_line() -> None:
    text = article("Analysis", "Colombia’s Clan del Golfo Under Pressure", "Published 9 August 2023",
                   tail="Share this:\n\nTwitter")
    document = read_text(text)
    assert published(text) == ("2023-08-09", "day", "9 August 2023")
    assert document.title == "Colombia’s Clan del Golfo Under Pressure"
    assert footer(document).startswith("Share this:")


def test_published_wins_over_updated() -> None:
    text = article("Gang leader arrested", "Updated: 5 March 2021", "Published: 3 March 2021")
    assert published(text) == ("2021-03-03", "day", "3 March 2021")


def test_updated_alone_is_used() -> None:
    assert published(article("Gang leader arrested", "Updated 5 March 2021")) == ("2021-03-05", "day", "5 March 2021")


@pytest.mark.parametrize("byline, expected", [
    ("By Jane Doe | March 3, 2021", ("2021-03-03", "day", "March 3, 2021")),
    ("March 3, 2021 12:00 PM", ("2021-03-03", "day", "March 3, 2021")),
    ("Wednesday, 3 March 2021", ("2021-03-03", "day", "3 March 2021")),
    ("COLOMBIA / 2 AUG 2011 BY PATRICK CORCORAN EN", ("2011-08-02", "day", "2 AUG 2011")),
    ("Bogotá - NOV 01, 2022 - 19:28 CET", ("2022-11-01", "day", "NOV 01, 2022")),
    ("Jane Doe, Aug. 2, 2011", ("2011-08-02", "day", "Aug. 2, 2011")),
    ("2021-03-03", ("2021-03-03", "day", "2021-03-03")),
    ("March 2021", ("2021-03", "month", "March 2021")),  # month-year: no day is invented
])
def test_byline_shapes(byline: str, expected: tuple[str, str, str]) -> None:
    assert published(article("Gang leader arrested in Cúcuta", byline)) == expected


def test_crisis_group_sign_off_near_the_end() -> None:
    text = article("Ties Restored", tail="Bogotá/Caracas/Washington/Brussels, 1 December 2022\n\n"
                                          "Subscribe to Crisis Group’s Email Updates\n\n"
                                          "Receive the best source of conflict analysis right in your inbox.")
    document = read_text(text)
    assert published(text) == ("2022-12-01", "day", "1 December 2022")
    assert footer(document).startswith("Subscribe to Crisis Group")


def test_related_block_dates_are_not_the_document_date() -> None:
    text = article("Gang leader arrested in Cúcuta", tail=(
        "Related articles\n\nCOLOMBIA / 28 FEB 2018\n\nA deadly ambush against Colombian soldiers.\n\n"
        "MEXICO / 3 MAR 2019\n\nCartel violence spreads.\n\nAbout InSight Crime\n\n24 JUN 2022"))
    document = read_text(text)
    assert document.published is None
    assert footer(document).startswith("Related articles")


def test_teaser_dates_after_an_unknown_marker_are_not_a_sign_off() -> None:
    text = article("Gang leader arrested in Cúcuta", tail="COLOMBIA / 28 FEB 2018\n\nA deadly ambush.\n\n24 JUN 2022")
    assert published(text) is None


def test_photo_caption_date_is_not_the_document_date() -> None:
    text = article("Soldiers patrol in Catatumbo. November 2020 CRISIS GROUP/Bram Ebus",
                   "Gang leader arrested in Cúcuta")
    document = read_text(text)
    assert document.published is None
    assert document.title == "Gang leader arrested in Cúcuta"


def test_dates_inside_sentences_are_not_the_document_date() -> None:
    text = article("Gang leader arrested in Cúcuta", "On 2 August 2011 police arrested him in Cúcuta.",
                   tail="The group was founded in March 2006, according to prosecutors.")
    assert published(text) is None


def test_byline_below_a_long_standfirst() -> None:
    standfirst = ("Bogotá and Caracas are back on cordial terms after a period of rancour, and the reopening "
                  "of the border promises relief for millions of people who live and trade on both sides of it.")
    text = article("Petro and Maduro meet in Caracas", standfirst, "JUAN DIEGO QUESADA", "Bogotá - NOV 01, 2022 - 19:28 CET")
    document = read_text(text)
    assert document.published.value == "2022-11-01"
    assert document.title == "Petro and Maduro meet in Caracas"


def test_a_date_inside_a_headline_is_not_a_byline() -> None:
    text = article("The March 2021 Massacre in Cauca", "Colombia, March 2021: a massacre foretold")
    document = read_text(text)
    assert document.published is None
    assert document.title == "The March 2021 Massacre in Cauca"


@pytest.mark.parametrize("byline", ["Posted on March 3, 2021 by admin", "Written by Jane Doe on 3 March 2021",
                                    "by Adriaan Alsema March 3, 2021", "Updated: March 3, 2021 at 9:30 a.m. ET"])
def test_blog_and_wire_bylines(byline: str) -> None:
    value, precision, text = published(article("Gang leader arrested in Cúcuta", byline))
    assert (value, precision) == ("2021-03-03", "day") and text in byline


@pytest.mark.parametrize("top, expected", [
    # labels of news sites, blogs and government releases, in any language pack
    (["Published: 2024-05-14 08:12:45"], ("2024-05-14", "2024-05-14")),
    (["Release Date: May 14, 2024"], ("2024-05-14", "May 14, 2024")),
    (["For Immediate Release: May 14, 2024"], ("2024-05-14", "May 14, 2024")),
    (["Last modified on 14 May 2024"], ("2024-05-14", "14 May 2024")),
    (["Fecha de publicación: 14 de mayo de 2024"], ("2024-05-14", "14 de mayo de 2024")),
    # a date line under a title, in capitals, with a short weekday or a reading time
    (["MEDIA NOTE", "OFFICE OF THE SPOKESPERSON", "MAY 14, 2024"], ("2024-05-14", "MAY 14, 2024")),
    (["Tue 14 May 2024 18.05 BST"], ("2024-05-14", "14 May 2024")),
    (["14 May 2024 • 4 min read"], ("2024-05-14", "14 May 2024")),
    (["Readout of the Deputy Secretary's Call with Guatemala's Foreign Minister", "May 14, 2024",
      "The below is attributable to the Deputy Spokesperson:"], ("2024-05-14", "May 14, 2024")),
    # radio and television transcripts, podcasts
    (["Broadcast: 14 May 2024"], ("2024-05-14", "14 May 2024")),
    (["First aired May 14, 2024"], ("2024-05-14", "May 14, 2024")),
    (["Air date: May 14, 2024"], ("2024-05-14", "May 14, 2024")),
    (["Recorded on 14 May 2024"], ("2024-05-14", "14 May 2024")),
    # year first is always year, month, day, whatever the separator
    (["2024/05/14"], ("2024-05-14", "2024/05/14")),
    (["Published: 2024.05.14 10:32"], ("2024-05-14", "2024.05.14")),
])
def test_date_lines_of_sites_wires_and_releases(top: list[str], expected: tuple[str, str]) -> None:
    value = read_text(article("Mayor shot dead in Manabí province", *top)).published
    assert (value.value, value.text) == expected


def test_first_publication_wins_over_an_update_in_either_order() -> None:
    for lines in (["Updated May 15, 2024, 9:10 a.m. ET", "Published May 14, 2024, 6:00 p.m. ET"],
                  ["Published May 14, 2024", "Last updated: May 15, 2024"]):
        assert published(article("Mayor shot dead in Manabí province", *lines))[0] == "2024-05-14"


def test_numeric_dates_need_a_locale_cue_or_dots() -> None:
    # a label in a day-first language settles 03/05/2024; dots are written day first
    assert published(article("Alcalde asesinado en Manabí", "Publicado el 03/05/2024"))[0] == "2024-05-03"
    assert published(article("Prefeito morto no Pará", "Atualizado em 03/05/2024 10h12"))[0] == "2024-05-03"
    assert published(article("Mayor shot dead in Manabí province", "03.05.2024"))[0] == "2024-05-03"
    # an English label does not: the US and the UK write it in opposite orders
    assert published(article("Mayor shot dead in Manabí province", "Published 03/05/2024")) is None
    # ... but a time written "14h35" is: translated releases of Brazil, Portugal, France
    assert published(article("Mayor shot dead in Pará state", "Published 07/05/2024 14h35"))[0] == "2024-05-07"
    assert published(article("Mayor shot dead in Manabí province", "Published 07/05/2024 2:35 PM")) is None
    assert published(article("Mayor shot dead in Manabí province", "Published 03/25/2024"))[0] == "2024-03-25"


def test_a_wire_dateline_without_a_year_takes_the_copyright_year() -> None:
    text = article("Mayor shot dead in Manabí province", f"QUITO, May 14 (Reuters) - {P1}",
                   tail="© 2024 Thomson Reuters. All rights reserved.")
    assert read_text(text).published.to_dict() == {
        "value": "2024-05-14", "precision": "day", "text": "May 14", "resolved_from": "context"}


@pytest.mark.parametrize("dateline", [
    "SÃO PAULO, Aug 14, 2025 (Agência Brasil) - ",  # a capital with a tilde, an accented agency
    "PORT-AU-PRINCE, Aug. 14, 2025 (AP) — ",  # a hyphenated city
    "ASUNCIÓN, August 14, 2025 (EFE/Última Hora) -- ",  # two agencies
])
def test_a_wire_dateline_is_read_whatever_letters_its_city_and_agency_are_written_in(dateline: str) -> None:
    text = article("Police arrest militia chief in dawn raids", dateline + P1)
    assert published(text)[0] == "2025-08-14"


@pytest.mark.parametrize("line", ["Compiled 10 March 2025 by the Regional Monitoring Unit.",
                                  "Prepared on 10 March 2025 for the Security Committee.",
                                  "Produced 10 March 2025"])
def test_a_compilers_or_preparers_date_line_dates_a_report(line: str) -> None:
    assert published(article("Regional violence event notes: 3-9 March 2025", line))[0] == "2025-03-10"


def test_compiled_inside_a_sentence_is_no_date_line() -> None:
    # near miss: the verb in a sentence of the body, not a label opening a line
    assert published(article("Gang violence report", "The army compiled 20 reports on 10 March 2025.")) is None


def test_ambiguous_numeric_date_is_not_guessed() -> None:
    assert published(article("Gang leader arrested", "03/04/2021")) is None
    assert published(article("Gang leader arrested", "23/04/2021")) == ("2021-04-23", "day", "23/04/2021")


def test_publication_date_helper_on_plain_strings() -> None:
    text = "Title\n\nPublished 9 August 2023\n\n" + P1
    assert publication_date(text).value == "2023-08-09"
    assert publication_date("Title\n\n" + P1) is None


# --------------------------------------------------------------------------------------------
# Titles, body end and footnotes in other layouts


@pytest.mark.parametrize("top, title", [
    (["HomeNewsBriefBolivia Turns to Venezuela", "Bolivia Turns to Venezuela"], "Bolivia Turns to Venezuela"),
    (["Home > Daily > Colombia", "Colombian Drug Lord Extradited to US", "4 January 2022"],
     "Colombian Drug Lord Extradited to US"),
    (["A police officer in Cúcuta. REUTERS/Luisa Gonzalez", "Opinion / 5 min read", "ANALYSIS",
      "Why the Border Matters"], "Why the Border Matters"),
    (["# Gang leader arrested in Cúcuta", "*By Jane Doe*"], "Gang leader arrested in Cúcuta"),
    (["Colombia", "Petro and Maduro meet in Caracas", "The two leaders discussed the border",
      "JUAN DIEGO QUESADA"], "Petro and Maduro meet in Caracas"),
])
def test_title_rules(top: list[str], title: str) -> None:
    assert find_title(article(*top)) == title


def test_no_title_when_the_text_starts_with_prose() -> None:
    assert find_title(P1 + "\n\n" + P2) is None


@pytest.mark.parametrize("top, title, date", [
    # the date before the headline, or after it, set apart by a dash, a pipe or a colon
    (["May 14, 2024 - Guatemalan Court Orders Arrest of Former Minister"],
     "Guatemalan Court Orders Arrest of Former Minister", "2024-05-14"),
    (["Daily Press Briefing – May 14, 2024", "Maria Lopez, Deputy Spokesperson"], "Daily Press Briefing", "2024-05-14"),
    (["Honduran Police Seize Cocaine Plane | Tuesday, 14 May 2024"], "Honduran Police Seize Cocaine Plane",
     "2024-05-14"),
    (["2024-05-14: Brazil and Paraguay Raid Border Ranches"], "Brazil and Paraguay Raid Border Ranches",
     "2024-05-14"),
    # a date line of its own is the better date; the headline still loses its date
    (["14 May 2024 — Brazil and Paraguay Raid Border Ranches", "Published: 15 May 2024"],
     "Brazil and Paraguay Raid Border Ranches", "2024-05-15"),
])
def test_a_date_at_either_end_of_the_headline_is_split_off(top: list[str], title: str, date: str) -> None:
    document = read_text(article(*top))
    assert (document.title, document.published.value) == (title, date)


@pytest.mark.parametrize("top, title", [
    (["Maria Lopez, Staff Writer – May 14, 2024", "Brazil Raids Border Ranches"], "Brazil Raids Border Ranches"),
    (["By Maria Lopez | May 14, 2024", "Brazil Raids Border Ranches"], "Brazil Raids Border Ranches"),
    (["The May 2024 Raids on the Border Ranches"], "The May 2024 Raids on the Border Ranches"),
])
def test_bylines_and_dates_inside_a_headline_are_not_split(top: list[str], title: str) -> None:
    assert read_text(article(*top)).title == title


def test_articles_whose_headline_line_holds_the_date() -> None:
    one = "May 14, 2024 - Guatemalan Court Orders Arrest of Former Minister"
    two = "June 2, 2024 - Honduran Police Seize Cocaine Plane at Remote Airstrip"
    document = read_text("\n\n".join([one, P1, P2, P1, two, P2, P1, P2]) + "\n")
    assert [(a.title, a.published.value) for a in document.articles] == [
        ("Guatemalan Court Orders Arrest of Former Minister", "2024-05-14"),
        ("Honduran Police Seize Cocaine Plane at Remote Airstrip", "2024-06-02")]


@pytest.mark.parametrize("marker", [
    "Related Content", "## Related posts", "• Share this:", "Recent Posts", "You may also like",
    "Tags: Colombia, Venezuela, ELN", "Copyright 2021 The Associated Press. All rights reserved.",
    "We use cookies to improve your experience on our site.", "Leave a Reply", "Was this article helpful?",
    "About the author", "Support independent journalism today", "Our Standards: The Thomson Reuters Trust Principles.",
])
def test_end_markers_of_other_sites(marker: str) -> None:
    text = article("Gang leader arrested", tail=f"{marker}\n\nSomething else, 3 March 2020")
    assert text[find_body_end(text):].startswith(marker)


def test_header_subscribe_link_does_not_cut_the_article() -> None:
    text = article("Subscribe", "Share", "Gang leader arrested in Cúcuta", tail="Related posts\n\nOther story")
    assert text[find_body_end(text):].startswith("Related posts")


def test_mid_article_newsletter_promo_does_not_cut_the_article() -> None:
    text = article("Gang leader arrested", "Sign up for our newsletter",
                   tail=f"{P1}\n\n{P2}\n\n{P1}\n\nTags: Colombia, Clan del Golfo")
    assert text[find_body_end(text):].startswith("Tags: Colombia")


def test_photo_credit_with_copyright_sign_does_not_cut_the_article() -> None:
    text = article("Gang leader arrested", P1, "© AFP", tail="© 2024 Example Crime News")
    assert text[find_body_end(text):] == "© 2024 Example Crime News\n"


def test_body_end_is_text_length_without_markers() -> None:
    text = article("Gang leader arrested")
    assert find_body_end(text) == len(text)


def test_markdown_style_notes_section() -> None:
    text = article("Gang leader arrested", tail="Notes\n\n1. Interview with a police officer, Medellín, May 2022.\n"
                                                 "2. Fiscalía statement, 3 March 2021.\n\nTags: Colombia")
    notes = [text[start:end] for start, end in find_footnotes(text, find_body_end(text))]
    assert notes == ["1. Interview with a police officer, Medellín, May 2022.", "2. Fiscalía statement, 3 March 2021."]


def test_numbered_lines_without_a_notes_heading_are_not_footnotes() -> None:
    text = article("Five things to know", tail="1. The group controls the coast.\n2. It exports cocaine.")
    assert find_footnotes(text) == []


def test_caret_and_markdown_footnotes() -> None:
    text = "Title\n\nBody text.[^1]\n\n[^1]: A source, 2021.\n^ 2 Another source.\n"
    notes = [text[start:end] for start, end in find_footnotes(text)]
    assert notes == ["[^1]: A source, 2021.", "^ 2 Another source."]


def test_front_matter_title_and_date() -> None:
    document = read_text("---\ntitle: \"Gang leader arrested\"\ndate: 2021-03-03T10:00:00Z\n---\n\n" + P1)
    assert document.title == "Gang leader arrested"
    assert document.published.value == "2021-03-03"


# --------------------------------------------------------------------------------------------
# HTML

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Venezuela deports rebels to Colombia | Example Crime News</title>
<meta property="og:title" content="Venezuela deports rebels to Colombia">
{date_meta}
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<h1>Venezuela deports rebels to Colombia</h1>
<p>Venezuela has deported four wanted Marxist rebels to Colombia over the last three months, a sign
of warming security ties between the two neighbours after years of tension.</p>
<p>The latest, a commander of the National Liberation Army (ELN) known as alias "Julian", was handed
over at the Simón Bolívar bridge near Cúcuta on Tuesday, Colombian officials said.</p>
<p>Analysts said the deportations were part of a broader détente between President Juan Manuel
Santos and his Venezuelan counterpart, Hugo Chávez.</p>
</article>
<aside class="related"><h3>Related Content</h3><ul><li><a href="/x">Another story</a> 28 Feb 2018</li></ul></aside>
<footer><p>© 2024 Example Crime News. All rights reserved.</p></footer>
</body></html>
"""


def test_html_page_main_text_title_and_stated_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(date_meta='<meta property="article:published_time" content="2011-05-04T09:30:00-05:00">'),
                    encoding="utf-8")
    document = read_document(path)
    assert document.title == "Venezuela deports rebels to Colombia"
    assert document.published.value == "2011-05-04" and document.published.precision == "day"
    paragraphs = document.text.strip().split("\n\n")
    assert paragraphs[0] == "Venezuela deports rebels to Colombia"
    assert paragraphs[1].startswith("Venezuela has deported four wanted Marxist rebels")
    assert "Hugo Chávez" in paragraphs[-1]
    for boilerplate in ("Subscribe", "Related Content", "28 Feb 2018", "All rights reserved", "<p>"):
        assert boilerplate not in document.text
    # The id is the decoded page's hash, independent of the extractor's output.
    assert document.doc_id == hashlib.sha256(path.read_text(encoding="utf-8").encode()).hexdigest()[:16]


def test_html_page_without_a_stated_date_gets_none(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(PAGE.format(date_meta=""), encoding="utf-8")
    assert read_document(path).published is None


def test_html_is_sniffed_without_suffix() -> None:
    document = read_text(PAGE.format(date_meta=""))
    assert document.title == "Venezuela deports rebels to Colombia"
    assert "<article>" not in document.text


def test_html_falls_back_to_tag_strip_for_tiny_pages() -> None:
    document = read_text("<html><head><title>Short note</title></head><body><p>Police arrested two men.</p>"
                         "<script>var x = 1;</script></body></html>")
    assert "Police arrested two men." in document.text
    assert "var x" not in document.text
    assert document.title == "Short note"


def test_legacy_html_uses_its_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    path.write_bytes(PAGE.format(date_meta="").replace('charset="utf-8"', 'charset="iso-8859-1"').encode("cp1252"))
    document = read_document(path)
    assert "Simón Bolívar" in document.text
    assert document.warnings == ["decoded as cp1252, not UTF-8"]


# --------------------------------------------------------------------------------------------
# Decoding and refusals


def test_cp1252_bytes_are_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "bogota.txt"
    path.write_bytes(b"Police raid in Bogot\xe1\r\n\r\nThe \x93Clan del Golfo\x94 lost a leader.\r\n")
    document = read_document(path)
    assert document.text == "Police raid in Bogotá\n\nThe “Clan del Golfo” lost a leader.\n"
    assert document.encoding == "cp1252"
    assert document.warnings == ["decoded as cp1252, not UTF-8"]
    assert document.title == "Police raid in Bogotá"


def test_latin1_bytes_cp1252_cannot_decode(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Bogot\xe1 \x81 report\n")  # 0x81 is undefined in cp1252
    document = read_document(path)
    assert document.text.startswith("Bogotá")
    assert document.warnings == ["decoded as latin-1, not UTF-8"]


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Bogotá, Cúcuta, Mérida, Táchira and Zulia: ".encode() + b"\x93quoted\x94\n")
    document = read_document(path)
    assert document.text.startswith("Bogotá, Cúcuta, Mérida")
    assert document.encoding == "utf-8"
    assert document.warnings == ["2 invalid UTF-8 byte sequence(s) replaced with U+FFFD"]


def test_bom_and_crlf_do_not_change_the_id(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_bytes(b"Gang leader arrested\n\nPolice said.\n")
    windows = tmp_path / "b.txt"
    windows.write_bytes(b"\xef\xbb\xbfGang leader arrested\r\n\r\nPolice said.\r\n")
    utf16 = tmp_path / "c"  # no suffix: fine when it decodes as text
    utf16.write_bytes("Gang leader arrested\r\n\r\nPolice said.\r\n".encode("utf-16"))
    ids = {read_document(p).doc_id for p in (plain, windows, utf16)}
    assert len(ids) == 1
    assert read_document(windows).text == "Gang leader arrested\n\nPolice said.\n"


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes("Police raid in Bogotá\n\nThe Clan del Golfo lost a leader.\n".encode("utf-16-le"))
    document = read_document(path)
    assert document.text == "Police raid in Bogotá\n\nThe Clan del Golfo lost a leader.\n"
    assert document.warnings == ["decoded as utf-16-le (no byte-order mark), not UTF-8"]


@pytest.mark.parametrize("content, reason", [
    # A PDF is read as one whatever its name; this one ends before its end-of-file marker.
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00", "truncated PDF"),
    (bytes(range(256)) * 40, "binary file, not text"),
    (b"", "empty file"),
    (b"  \n\t\r\n  \n", "empty file"),
])
def test_refusals(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert str(info.value).startswith(f"{path}: {reason}")
    assert "\n" not in str(info.value)


def test_control_characters_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x01\x02\x03abc\x04\x05\x06def\x07\x08" * 100)
    with pytest.raises(InputError, match="binary file, not text"):
        read_document(path)


def test_missing_path() -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file or directory$"):
        read_document("nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory, not a file"):
        read_document(tmp_path)


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_document(link)


def test_symlink_to_a_file_reads_the_target_and_keeps_the_given_path(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(article("Gang leader arrested"), encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    document = read_document(link)
    assert document.file == str(link) and document.title == "Gang leader arrested"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(article("Gang leader arrested"), encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: make the check see what a user would
        monkeypatch.setattr("crimecli.reader.os.access", lambda *args, **kwargs: False)
    with pytest.raises(InputError, match=r"secret\.txt: permission denied$"):
        read_document(path)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_document(fifo)


def test_read_text_refuses_blank_text() -> None:
    with pytest.raises(InputError, match="<text>: empty file"):
        read_text(" \n\n ")


def test_twenty_megabyte_file_reads_whole(tmp_path: Path) -> None:
    paragraph = P1 + "\n\n" + P2 + "\n\n"
    path = tmp_path / "big.txt"
    head = "Big Report on the Border\n\nPublished 9 August 2023\n\n"
    tail = "Related posts\n\nOther story\n"
    path.write_text(head + paragraph * (20_000_000 // len(paragraph)) + tail, encoding="utf-8")
    document = read_document(path)
    assert len(document.text) > 19_000_000
    assert document.title == "Big Report on the Border"
    assert document.published.value == "2023-08-09"
    assert footer(document) == tail.strip()
    assert document.body_end == len(document.text)  # nothing is cut: the footer is only marked


def test_supported_suffixes() -> None:
    assert {".txt", ".md", ".html", ".htm"} <= set(SUPPORTED_SUFFIXES)


def test_import_is_light() -> None:
    code = ("import sys, crimecli.reader; "
            "print([m for m in ('spacy', 'dateparser', 'trafilatura', 'lxml') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_boilerplate_cues_come_from_data_and_their_examples_pass_the_cheap_pre_check():
    from crimecli.reader import boilerplate_kind, might_be_boilerplate
    from crimecli.text import lexicon

    examples = lexicon("boilerplate.json")["examples"]
    assert examples["strong"] and examples["weak"]
    for kind, lines in examples.items():
        for line in lines:
            for written in (line, f"• {line}", f"## {line}:"):
                assert might_be_boilerplate(written), written
                assert boilerplate_kind(written) == kind, written
    for line in ("Colombia's president said the talks would resume.", "More than 200 people were arrested.",
                 "About 40 soldiers crossed the river.", "About a third of the cocaine leaves through Guayaquil.",
                 "The mayor said the city needs help from the army.",
                 "Prosecutors say they need resources to track the money, and the court agreed."):
        assert boilerplate_kind(line) is None, line


# --------------------------------------------------------------------------------------------
# Several articles in one file; boilerplate marked, never cut (issue 10)

WIRE = REPO / "tests" / "data" / "three_wire_stories.txt"
WIRE_TITLES = ["Colombia extradites alleged Clan del Golfo financier to the United States",
               "Ecuador troops raid Guayaquil prison after gang clashes",
               "Peru seizes record cocaine shipment bound for Belgium"]


def blocks(document: Document) -> list[str]:
    return [document.text[start:end] for start, end in document.boilerplate]


def test_three_wire_stories_are_three_articles_and_nothing_is_cut() -> None:
    document = read_document(WIRE)
    assert [a.title for a in document.articles] == WIRE_TITLES
    assert [a.published.value for a in document.articles] == ["2023-03-03", "2023-06-12", "2023-09-08"]
    assert document.title == WIRE_TITLES[0] and document.published.value == "2023-03-03"
    # Each story's own footer is boilerplate; every story's text is in what the pipeline reads.
    assert [b.split("\n")[0] for b in blocks(document)] == [
        "Copyright 2023 Reuters. All rights reserved.", "Tags: Ecuador, prisons, Los Choneros", "See also"]
    assert "Sinaloa" in blocks(document)[0]  # a related-posts teaser
    assert document.body_end == len(document.text)
    for sentence in ("Ecuadorean soldiers and police on Monday raided the Litoral penitentiary",
                     "Interior Minister Vicente Romero said four people had been arrested"):
        assert sentence in document.body
    assert "Sinaloa" not in document.body
    # Blocks inside the text are blanked, offsets kept; the footer that ends it is left off.
    for start, end in document.boilerplate[:-1]:
        assert document.body[start:end].strip() == "" and end - start > 20
    assert len(document.body) == document.boilerplate[-1][0]
    middle = document.boilerplate[0][1]
    assert document.body[middle:middle + 300] == document.text[middle:middle + 300]
    assert document.boilerplate_words() == sum(len(b.split()) for b in blocks(document))


@pytest.mark.parametrize("separator", ["==========", "* * *", "Document {n} of 3", "{n} of 3 DOCUMENTS",
                                       "End of Document"])
def test_export_separators_between_stories(separator: str) -> None:
    text = WIRE.read_text(encoding="utf-8")
    for n, title in enumerate(WIRE_TITLES[1:], start=2):
        text = text.replace(title, f"{separator.format(n=n)}\n\n{title}")
    document = read_text(text)
    assert [a.title for a in document.articles] == WIRE_TITLES
    for article, title in zip(document.articles, WIRE_TITLES):
        assert text[article.start:article.end].lstrip().startswith(title)


def test_stories_without_footers_or_separators_split_at_their_headlines() -> None:
    text = WIRE.read_text(encoding="utf-8")
    starts = [text.index(title) for title in WIRE_TITLES] + [len(text)]
    stories = [re.split(r"\n(?:Copyright|Tags|See also)", text[a:b])[0] for a, b in zip(starts, starts[1:])]
    document = read_text("\n\n".join(stories))
    assert [a.title for a in document.articles] == WIRE_TITLES
    assert document.boilerplate == []


def test_pages_saved_into_one_file_split_at_each_page(gold: dict) -> None:
    # The seeds have no date lines and long footers of teasers (headline, date, excerpt), which
    # stay boilerplate; each page starts where its own headline block starts.
    pages = [(SEEDS / d["file"]).read_text(encoding="utf-8") for d in gold_docs(gold)]
    order = [0, 1, 2, 3, 4, 0, 2]
    text = "\n\n".join(pages[i] for i in order)
    starts = [0]
    for i in order[:-1]:
        starts.append(starts[-1] + len(pages[i]) + 2)
    document = read_text(text)
    assert [a.start for a in document.articles] == starts
    assert [a.title for a in document.articles] == [gold_docs(gold)[i]["title"] for i in order]
    assert len(document.boilerplate) == len(order)


def test_a_single_page_footer_runs_to_the_end(gold: dict) -> None:
    for expected in gold_docs(gold):
        document = read_document(SEEDS / expected["file"])
        assert len(document.articles) == 1
        [(start, end)] = document.boilerplate
        assert document.text[end:].strip() == ""


def test_section_headings_and_dates_in_the_text_are_not_new_articles() -> None:
    text = article("Gang leader arrested in Cúcuta", "By Jane Doe", "March 3, 2021",
                   tail=f"## Background to the arrest\n\n{P2}\n\n{P1}\n\n"
                        f"Timeline of the investigation\n\nIn March 2020 police opened the case.\n\n{P1}\n\n{P2}")
    document = read_text(text)
    assert len(document.articles) == 1 and document.boilerplate == []


def test_a_footer_marker_in_the_middle_keeps_the_prose_after_it() -> None:
    # "Tags:" ends the first story's body, but the second story (headline, byline, prose) that
    # follows is an article of its own, not boilerplate.
    text = (article("Gang leader arrested in Cúcuta", tail="Tags: Colombia, Clan del Golfo") + "\n"
            + article("Second story about the border", "By John Roe"))
    document = read_text(text)
    assert [a.title for a in document.articles] == ["Gang leader arrested in Cúcuta",
                                                    "Second story about the border"]
    assert blocks(document) == ["Tags: Colombia, Clan del Golfo"]
    assert document.body.count(P1) == 2


def test_searchable_sentences_add_boilerplate_lines_and_stop_at_blocks() -> None:
    document = read_document(WIRE)
    first = document.articles[0]
    # A pipeline sentence running into the footer (blank in the body) is cut at the block.
    start = document.text.index("The Clan del Golfo, also known")
    sentences = searchable_sentences(document, [(start, first.end)])
    texts = [document.text[a:b] for a, b in sentences]
    assert texts[0].startswith("The Clan del Golfo") and texts[0].endswith("according to prosecutors.")
    assert "Related posts" in texts and "Mexico arrests cartel boss in Sinaloa" in texts


@pytest.mark.parametrize("line, value", [
    # a time and a relative "Updated" after a dot: the part holding the date is the byline
    ("March 9, 2022 7:15 AM EST · Updated 5 hours ago", "2022-03-09"),
    # a labelled date wins over a date range in another part of the same line
    ("Reporting period: 1–14 May 2021 | Published 20 May 2021", "2021-05-20"),
    # a place, a dash, then the label
    ("Lima and Quito – Published 2 February 2022", "2022-02-02"),
    # a sign-off with the weekday between the place and the date
    ("Asunción, Tuesday 4 October 2022", "2022-10-04"),
])
def test_date_line_in_parts_or_with_a_weekday(line: str, value: str) -> None:
    text = f"Gang violence in the region\n\n{line}\n\n" + P1
    assert publication_date(text).value == value


def test_labelled_date_line_wins_over_a_dated_title() -> None:
    text = "Security Digest: Andean Region, January–March 2022\n\nPublished 12 April 2022\n\n" + P1
    assert publication_date(text).value == "2022-04-12"


def test_a_wire_story_under_only_an_update_line_is_dated_by_its_dateline() -> None:
    text = article("Haitian police kill gang leader", "Last updated: 20 July 2021",
                   f"PORT-AU-PRINCE, July 12 (Agency) - {P1}")
    assert published(text)[:2] == ("2021-07-12", "day")
    # a dateline further back than a month is no story of this page's date
    old = article("Haitian police kill gang leader", "Last updated: 20 July 2021",
                  f"PORT-AU-PRINCE, March 12 (Agency) - {P1}")
    assert published(old)[:2] == ("2021-07-20", "day")
    # a page's publication line wins over the dateline
    posted = article("Haitian police kill gang leader", "Published: 20 July 2021",
                     f"PORT-AU-PRINCE, July 12 (Agency) - {P1}")
    assert published(posted)[:2] == ("2021-07-20", "day")


@pytest.mark.parametrize("top, title, published", [
    ("Weekly security digest, published 21 June 2024", "Weekly security digest", "2024-06-21"),
    ("Andean security brief — issued 3 March 2025", "Andean security brief", "2025-03-03"),
    ("Weekly security digest, published 21 June 2024 10:00 GMT", "Weekly security digest", "2024-06-21"),
    ("Security digest — week of 10-16 February 2025, published 17 February 2025",
     "Security digest — week of 10-16 February 2025", "2025-02-17"),
])
def test_a_title_line_closed_by_a_labelled_date_gives_title_and_date(top: str, title: str, published: str) -> None:
    from crimecli.reader import find_title, publication_date
    text = f"{top}\n\n{P1}"
    assert find_title(text) == title
    assert publication_date(text).value == published


def test_a_labelled_date_inside_a_sentence_of_the_top_is_no_date_line() -> None:
    from crimecli.reader import publication_date
    text = f"Gang report\n\nThe report, published 21 June 2024, says gangs grew in the port\n\n{P1}"
    assert publication_date(text) is None


def test_an_event_notes_first_line_is_no_date_line_and_the_updated_line_dates_the_page() -> None:
    text = ("Security notes, 10-14 June 2024\nUpdated June 17, 2024\n\n"
            "10 June 2024 | Tela, Atlántida (Honduras). Gunmen shot dead three bus drivers at a terminal "
            "on the road to the coast, police said.\n")
    assert published(text) == ("2024-06-17", "day", "June 17, 2024")


def test_a_byline_split_by_bars_is_still_a_date_line() -> None:
    text = article("Gangs in the port", "By Ana Ruiz | Senior correspondent | 3 May 2024", P1)
    assert published(text) == ("2024-05-03", "day", "3 May 2024")


def test_a_date_line_with_a_revision_label_after_a_time_and_zone_keeps_its_date() -> None:
    text = article("Gunmen kill nine in Navolato", "By Ana Ruiz", "October 14, 2025 6:12 PM CST Updated 2 hours ago",
                   f"NAVOLATO, Mexico, Oct 14 (Reuters) - {P1}")
    assert published(text) == ("2025-10-14", "day", "October 14, 2025")


def test_a_titles_month_is_the_period_covered_when_a_day_is_given() -> None:
    text = article("Border Security Digest — September 2023", "Updated October 3, 2023")
    assert published(text) == ("2023-10-03", "day", "October 3, 2023")
    # with no day given, the title's month is all the document says of its date
    assert published(article("Border Security Digest — September 2023")) == ("2023-09", "month", "September 2023")


def test_a_clock_before_a_slash_is_no_photo_credit() -> None:
    # "PM / Updated" is shaped like "REUTERS / Juan Pérez", but a clock's PM credits no one
    text = article("Honduras extradites trafficker", "March 13, 2019 / 6:42 PM / Updated", "By Ana Ruiz",
                   f"TEGUCIGALPA, March 13 (Reuters) - {P1}")
    assert published(text) == ("2019-03-13", "day", "March 13, 2019")
    assert is_caption("Police at the port. REUTERS / Juan Perez")


def test_a_capitalised_label_inside_a_sentence_on_top_is_no_date_line() -> None:
    text = article("The report Published in March 2024 says the gangs grew", P1)
    assert published(text) is None


def test_an_update_paragraph_is_told_from_its_own_day() -> None:
    from crimecli.extract import extract_document

    text = ("FOR IMMEDIATE RELEASE Tuesday, June 10, 2025\n\nPolice in Asunción received a radar from the "
            "embassy.\n\nUpdate, July 2, 2025: Police arrested a pilot in Concepción on Monday.\n")
    events = extract_document(read_text(text)).to_dict()["events"]
    arrest = [e for e in events if e["kind"] == "arrest"]
    assert arrest and arrest[0]["date"]["value"] == "2025-06-30"


def test_a_posting_date_beside_a_recording_date_dates_the_document() -> None:
    text = ("A Talk With a Retired Prosecutor\nInterview transcript | Recorded 3 March 2024 | Posted March 6, 2024\n\n"
            "Q: What happened in the port? A: The gangs moved in.\n")
    assert publication_date(text).value == "2024-03-06"
    alone = "A Talk With a Retired Prosecutor\nInterview transcript | Recorded 3 March 2024\n\nQ: What happened?\n"
    assert publication_date(alone).value == "2024-03-03"


# --------------------------------------------------------------------------------------------
# Date lines of releases and wires in the shapes without a comma before the date


@pytest.mark.parametrize("dateline", [
    "WASHINGTON – March 3, 2025 – ",  # a release's place set off by dashes
    "WASHINGTON, D.C. — March 3, 2025 — ",
    "SAN JUAN, Puerto Rico -- March 3, 2025 -- ",
])
def test_a_release_dateline_with_dashes_dates_the_release(dateline: str) -> None:
    assert published(article("Justice Department charges gang leaders", dateline + P1))[0] == "2025-03-03"


def test_a_title_with_a_dash_and_a_date_inside_a_sentence_is_no_dateline() -> None:
    # near miss: the dash follows a sentence's words, not a place
    text = article("Gang leaders charged", f"The gang was dismantled – on March 3, 2025 – by the police. {P1}")
    assert published(text) is None


def test_a_sentence_about_the_document_gives_its_publication_date() -> None:
    line = "This interview was conducted on 5 February 2025 and published on 7 February 2025."
    assert published(article("An interview with a former prosecutor", line))[0] == "2025-02-07"
    # near misses: no publication label, or a sentence about something else
    assert published(article("An interview with a former prosecutor",
                             "This interview was conducted on 5 February 2025 in Lima.")) is None
    assert published(article("Gang leaders charged", "The report was published on 7 February 2025.")) is None


def test_a_date_line_in_brackets() -> None:
    assert published(article("Gang leaders charged", "[2 May 2024]"))[0] == "2024-05-02"
    assert published(article("Gang leaders charged", "[see the annex of 2 May 2024 for the list]")) is None


def test_a_day_first_wire_dateline_takes_the_agencys_copyright_year() -> None:
    text = article("Capturan a líder de banda", f"Lima, 2 May (EFE).- {P1}", tail="© EFE 2024")
    assert read_text(text).published.to_dict() == {
        "value": "2024-05-02", "precision": "day", "text": "2 May", "resolved_from": "context"}
    # near miss: with no year anywhere the day stays undated
    assert published(article("Capturan a líder de banda", f"Lima, 2 May (EFE).- {P1}")) is None


@pytest.mark.parametrize("title", ["Event notes: Andean region, 22 February - 1 March 2025",
                                   "Event notes: Andean region, Feb. 22 – March 1, 2025"])
def test_a_span_in_a_title_is_the_period_covered_not_the_publication_date(title: str) -> None:
    # the span ends on 1 March; the page's own date line says when it was put out
    assert published(article(title, "Updated March 2, 2025"))[0] == "2025-03-02"
    # near miss: a single date after the title's dash is the headline's date
    assert published(article("Gang leader arrested in Lima – March 1, 2025", P1))[0] == "2025-03-01"


def test_a_numeric_date_after_a_place_that_writes_day_first_is_read_day_first() -> None:
    # Paraguay, like the whole region, writes the day first: 05/11/2024 is 5 November
    assert published(article("Sentence in Amambay", f"Asunción, 05/11/2024 – 14:20\n\n{P1}"))[0] == "2024-11-05"
    assert published(article("Sentence in Amambay", f"Lima, Peru, 05/11/2024 – {P1}"))[0] == "2024-11-05"
    # near misses: a US dateline, or a numeric date with no place, stays ambiguous and undated
    assert published(article("Sentence in Maryland", f"Washington, 05/11/2024 – {P1}")) is None
    assert published(article("Sentence in Amambay", "05/11/2024")) is None
