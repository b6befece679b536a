"""Events -> timeline rows: filtered, merged across reports, sorted by date. Pure functions, no spaCy.

One happening is often reported several times (a report's summary, its body and a footnote
all tell of the 2019 rupture); a row merges the reports that share countries, kind and date
value, keeps every mention, and shows the clearest sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from crimecli.dates import date_bounds, precision_of
from crimecli.models import DateValue, Event

__all__ = ["TimelineRow", "build_timeline", "yearly_summary", "trim_sentence", "date_key", "within"]


@dataclass
class TimelineRow:
    """One happening on the timeline: the Event contract plus every mention that reports it."""

    event: Event
    mentions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def date(self) -> DateValue:
        return self.event.date

    @property
    def year(self) -> str | None:
        """The year the row counts in (a week's by ISO 8601, whose weeks belong to the year of
        their Thursday); None when undated or dated only to a decade or century, which no
        single year can stand for (the yearly summary leaves such rows out)."""
        value = self.event.date.value
        if not value or precision_of(value) in ("decade", "century", "unresolved"):
            return None
        return value[:4]

    def to_dict(self) -> dict[str, Any]:
        data = self.event.to_dict()
        data["mentions"] = [dict(m) for m in self.mentions]
        return data


def _value(date: DateValue | str | None) -> str | None:
    if date is None:
        return None
    return date.value if isinstance(date, DateValue) else str(date)


def date_key(value: str | None) -> tuple:
    """Sort key for date values of any precision (``2019-02-23``, ``2013-W12``, ``2012-SU``,
    ``2019``, the decade ``201``): by the first day each covers, the coarser first on ties;
    undated (or unreadable) last."""
    bounds = date_bounds(value)
    if bounds is None:
        return (1, "", 0)
    return (0, bounds[0].isoformat(), -(bounds[1] - bounds[0]).days)


# Precisions too coarse to place a happening in a window they only overlap.
COARSE = ("decade", "century")


def within(value: str, since: str | None, until: str | None) -> bool:
    """Does a date of any precision fall in [since, until] (each of any precision too)?

    Up to a year, a date is kept when the days it covers overlap the window: an event dated
    "2019" is kept for since="2019-06", a week or a season by its days. A decade or a century
    is kept only when the window holds all of it: "the 1990s" is in ``--since 1990`` but not in
    ``--since 1995``, so a narrow window is not filled with rows that may lie anywhere in ten or
    a hundred years."""
    bounds = date_bounds(value)
    if bounds is None:
        return False
    coarse = precision_of(value) in COARSE
    if since:
        low = date_bounds(since)
        if low is not None and (bounds[0] if coarse else bounds[1]) < low[0]:
            return False
    if until:
        high = date_bounds(until)
        if high is not None and (bounds[1] if coarse else bounds[0]) > high[1]:
            return False
    return True


def _clarity(event: Event) -> tuple:
    """Smaller is clearer: body text before footnotes, then a dated, explicit, short sentence."""
    return (event.in_footnote, event.date.resolved_from not in {"explicit", "document date"},
            len(event.sentence), event.file, event.start)


def build_timeline(
    events: Iterable[Event],
    countries: Sequence[str] = (),
    since: DateValue | str | None = None,
    until: DateValue | str | None = None,
    polarity: str | None = None,
    kinds: Iterable[str] | None = None,
    footnotes: bool = True,
    undated: bool = False,
) -> list[TimelineRow]:
    """Filter, merge and sort events.

    - ``countries``: with two (or more), keep events involving all of them; with one, events
      involving it.
    - ``since`` / ``until``: ISO values or DateValues, compared at the event's precision
      (an event dated "2019" is kept for since="2019-06").
    - ``polarity``: cooperation, conflict or neutral; ``kinds``: event kinds to keep.
    - ``footnotes``: keep events told only in footnotes; ``undated``: keep events without a
      date value (listed last).
    """
    wanted = [c for c in countries if c]
    kind_set = set(kinds) if kinds else None
    lo, hi = _value(since), _value(until)
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        if wanted and not all(c in event.countries for c in wanted):
            continue
        if polarity and event.polarity != polarity:
            continue
        if kind_set is not None and event.kind not in kind_set:
            continue
        if not footnotes and event.in_footnote:
            continue
        value = event.date.value
        if value is None and not undated:
            continue
        if value is not None and not within(value, lo, hi):
            continue
        if value is None and (lo or hi):
            continue
        key = (frozenset(event.countries), event.kind, value,
               # undated reports are only the same happening when they are the same sentence
               None if value else (event.file, event.start))
        groups.setdefault(key, []).append(event)
    rows = []
    for members in groups.values():
        members.sort(key=_clarity)
        best = members[0]
        mentions, seen = [], set()
        for e in sorted(members, key=lambda e: (e.file, e.start)):
            ident = (e.file, e.start, e.end)
            if ident in seen:
                continue
            seen.add(ident)
            mentions.append({"file": e.file, "sentence": e.sentence, "start": e.start, "end": e.end})
        rows.append(TimelineRow(event=best, mentions=mentions))
    rows.sort(key=lambda r: (date_key(r.event.date.value), r.event.file, r.event.start, r.event.kind))
    return rows


def yearly_summary(rows: Iterable[TimelineRow]) -> list[dict[str, Any]]:
    """Per year, how many rows are cooperation, conflict and neutral: rows dated to a year or
    finer only (a decade or a century is not spread over its years nor put in its first)."""
    years: dict[str, dict[str, Any]] = {}
    for row in rows:
        year = row.year
        if year is None:
            continue
        counts = years.setdefault(year, {"year": year, "cooperation": 0, "conflict": 0, "neutral": 0})
        pol = row.event.polarity if row.event.polarity in ("cooperation", "conflict", "neutral") else "neutral"
        counts[pol] += 1
    return [years[y] for y in sorted(years)]


def trim_sentence(sentence: str, around_text: str | None = None, width: int = 120) -> str:
    """Cut a sentence to ``width`` characters, keeping ``around_text`` (the date, say) in view.

    Cuts fall on word boundaries and are marked with "…".
    """
    text = re.sub(r"\s+", " ", sentence).strip()
    if len(text) <= width:
        return text
    width = max(width, 10)
    pos = text.find(around_text) if around_text else -1
    if pos < 0:
        pos = 0
    anchor_end = pos + len(around_text or "")
    # Centre the window on the anchor, but never start after it or end before it ends.
    start = max(0, min(pos - (width - (anchor_end - pos)) // 2, len(text) - width))
    start = min(start, pos)
    end = min(len(text), start + width)
    if start > 0:
        space = text.find(" ", start)
        if 0 <= space < pos:
            start = space + 1
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > max(anchor_end, start):
            end = space
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    body = text[start:end]
    overflow = len(prefix) + len(body) + len(suffix) - width
    if overflow > 0:
        body = body[:-overflow] if suffix else body[overflow:]
    return prefix + body + suffix
