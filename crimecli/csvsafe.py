"""CSV cells that a spreadsheet will not run as formulas (OWASP "CSV Injection").

Document text reaches CSV files (``--format csv``, ``graph --format links-csv``) and those files
are opened in Excel, LibreOffice or Google Sheets, which run a cell starting with ``=``, ``+``,
``-`` or ``@`` (and, in some, a tab or carriage return before one) as a formula: a report that
says ``=HYPERLINK("http://...")`` would become a live link. OWASP's rule: prefix such a cell
with a single quote, which spreadsheets show as text. Plain numbers ("-7", "-3.5") are left
alone: a negative Goldstein score is a number, not a formula, and must stay one.
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_STARTS", "neutralise"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(cell: str) -> str:
    """``cell`` as a spreadsheet should show it: prefixed with ``'`` when it would start a formula."""
    if cell.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell
