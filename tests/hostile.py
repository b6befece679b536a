"""A document written to break exports and pages: markup, a formula, a control character."""

from __future__ import annotations

from pathlib import Path

from crimecli import api

BITS = ("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</textarea>")
TEXT = (
    "Border tensions <script>alert(1)</script> rise again\n\n"
    "Published 5 May 2021\n\n"
    "On 3 March 2021, Venezuela expelled Colombia's ambassador after President Nicolás Maduro "
    "accused Bogotá of plotting <script>alert(1)</script> against him, \"><img src=x "
    "onerror=alert(1)> according to officials </textarea> in Caracas & Bogotá \x1b[31m.\n\n"
    "=HYPERLINK(\"http://evil.example/x\",\"click\") Colombia and Venezuela signed a trade "
    "agreement on 4 April 2021, said Foreign Minister Jorge Arreaza <img src=x "
    "onerror=alert(2)> in Caracas </style><script>alert(3)</script>.\n"
)


def ingest_hostile(folder: Path) -> Path:
    """Write the document under ``folder`` and ingest it into the test's store."""
    doc = folder / "docs" / "hostile.txt"
    doc.parent.mkdir()
    doc.write_text(TEXT, encoding="utf-8")
    report = api.ingest([doc], jobs=1)
    assert not report.refused, report.refused
    return doc
