"""crimecli report: one offline HTML page, checked as text here and in a real headless Chromium
(the distribution's ``chromium``; under CI=true these tests must run, elsewhere they skip when
it is missing)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from html import unescape
import zlib
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from browser import Browser, chromium_path, skip_or_fail
from crimecli.cli import app
from hostile import BITS, ingest_hostile

runner = CliRunner()

def make_report(tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def timeline_json(*countries: str) -> list[dict]:
    result = runner.invoke(app, ["timeline", *countries, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def inline(html: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.S)


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    return ingest_hostile(tmp_path)


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    if executable is None:
        skip_or_fail("no chromium on PATH (Debian: apt-get install chromium)")
    with Browser(executable) as running:
        yield running


# ---- as text ------------------------------------------------------------------------------------

def test_page_is_self_contained_with_a_strict_content_security_policy(tmp_path):
    html = make_report(tmp_path, "Colombia", "Venezuela").read_text(encoding="utf-8")
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
    csp = unescape(csp)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    (style,), (script,) = inline(html, "style"), inline(html, "script")
    for kind, body in (("style", style), ("script", script)):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    # Nothing to load: no src, no stylesheet link, no URL in style attributes or CSS.
    assert not re.search(r"\s(?:src|srcset|style)=", html)
    assert "<link" not in html and "url(" not in style and "@import" not in style
    assert html.count("<script") == 1


def test_numbers_on_the_page_are_the_timeline(tmp_path):
    html = make_report(tmp_path, "Colombia", "Venezuela").read_text(encoding="utf-8")
    rows = timeline_json("Colombia", "Venezuela")
    assert html.count('<tr class="event"') == len(rows) > 20
    per_year = Counter((r["date"]["value"][:4], r["polarity"]) for r in rows)
    bars = re.findall(r'<g class="year" data-year="(\d{4})" data-cooperation="(\d+)" '
                      r'data-conflict="(\d+)" data-neutral="(\d+)"', html)
    assert {y for y, *_ in bars} == {r["date"]["value"][:4] for r in rows}
    for year, coop, conflict, neutral in bars:
        assert int(coop) == per_year[(year, "cooperation")], year
        assert int(conflict) == per_year[(year, "conflict")], year
        assert int(neutral) == per_year[(year, "neutral")], year


def test_entity_report_and_user_errors(tmp_path):
    html = make_report(tmp_path, "--entity", "maduro").read_text(encoding="utf-8")
    assert "<h1>Nicolás Maduro</h1>" in html
    assert 'class="node person focus" data-id="person:nicolas-maduro"' in html
    result = runner.invoke(app, ["report", "--entity", "Nobody Atall", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "no entity called 'Nobody Atall'" in result.stderr
    result = runner.invoke(app, ["report", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "--entity" in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_hostile_document_text_is_escaped(tmp_path, hostile_store):
    html = make_report(tmp_path, "Colombia", "Venezuela").read_text(encoding="utf-8")
    assert html.count("<script") == 1 and html.count("</script>") == 1
    assert "<img" not in html and "</textarea>" not in html and html.count("</style>") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;/textarea&gt;" in html


# ---- in Chromium --------------------------------------------------------------------------------

def png_is_blank(png: bytes) -> bool:
    """True when a PNG has (almost) one colour: the decompressed scanlines hold few byte values."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pos, data = 8, b""
    while pos < len(png):
        length = int.from_bytes(png[pos:pos + 4], "big")
        kind = png[pos + 4:pos + 8]
        if kind == b"IDAT":
            data += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    return len(set(zlib.decompress(data))) < 8


def element_shot(page, selector: str) -> bytes:
    box = page.evaluate(f"(() => {{ const r = document.querySelector({selector!r})"
                        ".getBoundingClientRect(); return [r.x + scrollX, r.y + scrollY, r.width, r.height]; })()")
    clip = {"x": box[0], "y": box[1], "width": box[2], "height": box[3], "scale": 1}
    data = page.browser.send("Page.captureScreenshot", {"format": "png", "clip": clip,
                                                        "captureBeyondViewport": True},
                             session=page.session)["data"]
    return base64.b64decode(data)


def test_report_in_chromium_loads_offline_draws_and_matches_the_timeline(tmp_path, browser):
    out = make_report(tmp_path, "Colombia", "Venezuela")
    page = browser.open_page(out)
    assert page.log.errors == []
    assert page.log.foreign_requests == []
    assert page.log.dialogs == []
    # Our own script ran (its hash is in the policy): it marks the page and shows the filter.
    assert page.evaluate("document.documentElement.classList.contains('js')") is True
    assert page.evaluate("document.getElementById('filter').hidden") is False

    rows = timeline_json("Colombia", "Venezuela")
    assert page.evaluate("document.querySelectorAll('tr.event').length") == len(rows)
    bars = page.evaluate("[...document.querySelectorAll('svg.chart g.year:not(.vacant)')].map(g => "
                         "[g.dataset.year, +g.dataset.cooperation, +g.dataset.conflict, "
                         "g.querySelector('title').textContent])")
    per_year = Counter((r["date"]["value"][:4], r["polarity"]) for r in rows)
    for year, coop, conflict, title in bars:
        assert (coop, conflict) == (per_year[(year, "cooperation")], per_year[(year, "conflict")])
        assert title.startswith(f"{year}: {coop} cooperation, {conflict} conflict")  # the hover
    drawn = page.evaluate("[...document.querySelectorAll('svg.chart rect.bar')]"
                          ".filter(r => r.getBBox().height > 0).length")
    assert drawn >= len(bars)
    totals = page.evaluate("[document.getElementById('totals').dataset.cooperation, "
                           "document.getElementById('totals').dataset.conflict]")
    assert [int(t) for t in totals] == [sum(1 for r in rows if r["polarity"] == p)
                                        for p in ("cooperation", "conflict")]

    nodes = page.evaluate("document.querySelectorAll('svg.network g.node').length")
    links = page.evaluate("document.querySelectorAll('svg.network line.link').length")
    assert nodes >= 10 and links >= nodes - 1
    labels = page.evaluate("[...document.querySelectorAll('svg.network g.node text')]"
                           ".map(t => t.textContent)")
    assert "Nicolás Maduro" in labels and "Gustavo Petro" in labels

    assert not png_is_blank(page.screenshot())
    assert not png_is_blank(element_shot(page, "svg.chart"))
    assert not png_is_blank(element_shot(page, "svg.network"))

    # The filter and the year buttons work.
    page.evaluate("document.getElementById('filter').value = 'extradition'; "
                  "document.getElementById('filter').dispatchEvent(new Event('input'))")
    shown = page.evaluate("[...document.querySelectorAll('tr.event')].filter(r => !r.hidden).length")
    assert 0 < shown < len(rows)
    page.evaluate("document.getElementById('filter').value = ''; "
                  "document.getElementById('filter').dispatchEvent(new Event('input'));"
                  "document.querySelector('svg.chart g.year[data-year=\"2019\"]')"
                  ".dispatchEvent(new MouseEvent('click'))")
    shown = page.evaluate("[...document.querySelectorAll('tr.event')].filter(r => !r.hidden)"
                          ".map(r => r.dataset.year)")
    assert shown and set(shown) == {"2019"}
    assert page.log.errors == []


def test_report_prints_to_pdf_with_every_event(tmp_path, browser):
    from pdfminer.high_level import extract_text

    out = make_report(tmp_path, "Colombia", "Venezuela")
    page = browser.open_page(out)
    pdf = tmp_path / "printed.pdf"
    pdf.write_bytes(page.pdf())
    # NFKC: the printed "conflict" may carry an fl ligature.
    text = " ".join(unicodedata.normalize("NFKC", extract_text(str(pdf))).split())
    assert "Cooperation and conflict by year" in text and "Who appears with whom" in text
    for row in timeline_json("Colombia", "Venezuela"):
        # a kind of several words may wrap in its narrow column, and the PDF's text interleaves
        # the columns of a wrapped row: every word of it must be printed
        assert all(word in text for word in row["kind"].split()), row["kind"]


def test_hostile_document_runs_no_script_and_reads_as_text(tmp_path, browser, hostile_store):
    out = make_report(tmp_path, "Colombia", "Venezuela")
    page = browser.open_page(out)
    assert page.log.dialogs == []  # no alert() ran
    assert page.log.errors == []  # nothing blocked by the policy either: nothing was injected
    assert page.log.foreign_requests == []  # no <img src=x> was requested
    assert page.evaluate("document.scripts.length") == 1
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.querySelectorAll('textarea').length") == 0
    text = page.evaluate("document.body.innerText")
    for bit in BITS:
        assert bit in text
    assert page.evaluate("document.querySelector('h1').textContent") == "Colombia – Venezuela"
    sources = page.evaluate("document.getElementById('sources').innerText")
    assert "Border tensions <script>alert(1)</script> rise again" in sources
