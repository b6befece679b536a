"""Temporal expressions in English news and report prose: find them, normalise them.

Pure Python (no spaCy): ``find_timexes(text, anchor)`` scans a text with one compiled regular
expression and returns ``(start, end, timex)`` triples; the ``crimecli_dates`` component maps
them to token spans. ``parse_user_date(text)`` reads a date typed on the command line.

A timex is a dict ``{"value", "precision", "resolved_from"}`` (docs/json-contract.md "Timex"):

- ``value`` is ISO 8601 cut to ``precision``, in TimeML's forms where ISO has none:
  ``2010-07-22`` (day), ``2013-W12`` (week; ``2013-W12-WE`` a weekend), ``2010-07`` (month),
  ``2012-SU`` / ``2012-Q3`` / ``2012-H1`` (season: a named part of a year) or ``2019`` for a
  vague part of one ("early 2019", "in recent months"), ``2010`` (year), ``201`` (decade: the
  2010s), ``20`` (century: 2000-2099, "the 21st century") or None. We never invent a finer
  grain than the text gives: "July 2010" is ``2010-07``. :func:`date_bounds` gives the first and
  last day any value covers (sorting and ``--since``/``--until`` compare those).
- ``precision``: ``day``, ``week``, ``month``, ``season``, ``year``, ``decade``, ``century`` or
  ``unresolved`` (value None).
- ``resolved_from``: ``explicit`` (the text gave it whole), ``document date`` (completed or
  computed from the document's own date: "on 4 October", "in mid-Oct", "last year", "two weeks
  ago", "now", "this morning", "overnight"),
  ``context`` (from the narrative: "the following year", "two weeks later", "that evening", "At
  the time", "next day", "on the day of the operation" (the day told for the operation), and a
  year-less "On March 5" told after "arrested on 3 March 2019", or "in October" after a full date
  in its own sentence: "arrested on 3 June 2015 and extradited in October") or
  ``unresolved``.
- ``timeml`` (optional): TimeML's value where it differs from ``value``: ``PRESENT_REF`` for
  "now" and "currently" (whose value is the document date), ``PAST_REF``/``FUTURE_REF`` for
  "recently", "in the past", "in the future".

**Narrative reference time.** A year-less date ("On March 5", "in October") is completed either
from the document date (the latest such date not after it, or the coming one in a clause about
the future: a past happening is never later than its report) or from the narrative: the last
date in the preceding text that states its year (same article, same or next paragraphs, never a
citation's or a footnote's date), taking the first such day on or after it ("arrested on 3 March
2019 ... On March 5" is 2019-03-05). The reading nearer its anchor wins, so "indicted in March
2021 ... On October 8, he pleaded guilty" in a release of 10 October 2024 stays 2024-10-08.
Weekdays ("was flown to Houston on Friday") count from the document date: the latest such day
on or before it, or the coming one in a clause about the future; in a story told from its own
dates, long after them, and that has counted nothing from the document date yet ("agents
searched his ranch on 3 March 2016. On Friday, ..."), the first such day after the narrative's.
A wire story's document date is its dateline's day (``crimecli.pipeline.dates``).

The tense of a clause is read from its nearest tense word (``lexicons/en/dates.json``): a
future or plan word ("will", "is scheduled", "plans to") or a past form ("was", "said", a verb
in -ed).
"""

from __future__ import annotations

import bisect
import calendar
import re
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import lru_cache
from typing import Any, Sequence

from crimecli.errors import QueryError
from crimecli.lexicons import calendar as calendar_lexicon
from crimecli.lexicons import date_cues, date_words, month_numbers
from crimecli.models import DateValue

Timex = dict[str, Any]

_CALENDAR = calendar_lexicon("en")  # the grammar below is English; month and weekday names come from data
_CUES = date_cues("en")  # and so are the words that mark tense, attributions and background (dates.json)
_WORDS = date_words("en")  # and the words that tie a date to its clause or make a number no year (dates.json)


def _either(words: Sequence[str] | frozenset[str], space: str = r"\s+") -> str:
    """A regex alternation of lexicon words and phrases, each escaped, longest first, a space
    between words matching ``space``."""
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=lambda w: (-len(w), w)))


MONTHS = _CALENDAR.month_numbers
WEEKDAYS = {name: i for i, name in enumerate(_CALENDAR.weekdays)}
SEASONS = _WORDS.seasons  # "summer" -> "SU"
NUMBER_WORDS = _WORDS.number_words  # "a few" -> 3
VAGUE_NUMBERS = _WORDS.vague_numbers
ORDINALS = _WORDS.ordinals  # of a quarter: "third" -> 3
CENTURY_WORDS = _WORDS.century_words  # "twenty first" -> 21
_SEASON = _either(SEASONS)
_ORDINAL = _either(ORDINALS)
_CENTURY = _either(CENTURY_WORDS, r"[\s-]")  # "twenty first", "twenty-first"

# Words after a four-digit number that make it a count, not a year ("2000 troops").
COUNT_NOUNS = _WORDS.count_nouns
# Capitalised words before a number that make it an identifier ("Resolution 2216", "Flight 1549").
ID_WORDS = _WORDS.identifier_words
_QUARTER_AFTER = re.compile(r"(?:['’]s)?\s+(?:fiscal\s+|first\s+|second\s+|third\s+|fourth\s+)?(?:quarter|period)\b", re.I)
_QUARTER_BEFORE = re.compile(r"\b(?:quarter|period)\s+(?:of\s+|in\s+)?$", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:\[\d+\])*\s+(?=[A-Z\"“‘'(\[])|\n")

_M_FULL = "|".join(month.title() for month in _CALENDAR.months)
_M_ABBR = "|".join(sorted((a.title() for a in _CALENDAR.abbreviations), key=lambda a: (-len(a), a)))
MONTH = rf"(?:(?:{_M_FULL})\b|(?:{_M_ABBR})(?:\.|\b))"
WEEKDAY = rf"(?:{'|'.join(day.title() for day in _CALENDAR.weekdays)})s?\b"
# Month names of the other language packs, for a date quoted in their form inside English text
# ("Fecha: 21 de octubre de 2024", "el 3 de mayo", "em 5 de março"): always "<day> de <month>"
DE_MONTHS = month_numbers(besides="en", abbreviated=False)
_M_DE = "|".join(sorted(DE_MONTHS, key=lambda word: (-len(word), word)))
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d|%)"
NUM = rf"(?:\d+|{_either(NUMBER_WORDS)})"
QUANT = (r"(?:(?:just|about|around|some|almost|nearly|close\s+to|roughly|more\s+than|less\s+than|"
         r"fewer\s+than|over|under|only|barely|at\s+least|nearly|approximately|little\s+more\s+than|"
         r"little\s+over)\s+)")
UNIT = r"(?:day|week|month|year|decade)s?"

PREP = (r"(?:(?:in|on|since|from|until|till|by|during|before|after|as\s+of|through|throughout|"
        r"between|to|around|circa)\s+)")
# Happenings whose day a text names by them: "on the day of the raid", "the day before his arrest".
HAPPENINGS = _either(_CUES.happenings)
MOD = (r"(?:(?:the\s+)?(?:very\s+)?(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of|"
       r"first\s+half\s+of|second\s+half\s+of|turn\s+of)(?:\s*-\s*|\s+)(?:in\s+|of\s+)?)")

_CORE = rf"""
  (?P<iso>(?P<iy>1[5-9]\d\d|20\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))(?![\d-])
| (?P<num>(?P<na>\d{{1,2}})/(?P<nb>\d{{1,2}})/(?P<nc>\d{{4}}|\d{{2}}))(?![\d/])
| (?P<dnum>(?P<da>\d{{1,2}})\.(?P<db>\d{{1,2}})\.(?P<dc>1[5-9]\d\d|20\d\d))(?!\.?\d)
| (?P<ldmy>(?P<d9>{DAY})\s+de\s+(?P<m9>{_M_DE})\b(?:,?\s+(?:de|del)\s+(?P<y9>{YEAR}))?)
| (?P<dmy>(?:(?P<wd1>{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<d0>{DAY})\s*(?:[-–—]|and|to|until|through)\s*)?(?P<d1>{DAY})(?:\s+of)?\s+(?P<m1>{MONTH})
        (?:,?\s+(?P<y1>{YEAR}))?)
| (?P<nth>(?<=\bon[ \t])the\s+(?P<nd>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?![-\w])
        (?=[ \t]*(?:[,.;:)\n]|$|(?:and(?![ \t]+(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)\b)|after|before|when|while|in|at|but|as
        |of\s+that\s+month)\b)))
| (?P<mdy>(?:(?P<wd2>{WEEKDAY}),?\s+)?(?P<m2>{MONTH})\s*(?P<d2>{DAY})(?!\s*(?:%|per\b|,\d|\.\d))
        (?:[-–](?:{DAY})(?=,?\s+{YEAR}))?(?:,?\s+(?P<y2>{YEAR}))?)
| (?P<my>(?P<m3>{MONTH})(?:\s+of)?,?\s+(?P<y3>{YEAR}))
| (?P<mrely>(?P<m4>{MONTH})\s+(?:of\s+)?(?P<rel4>last|this|next|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+year\b)
| (?P<seay>(?:the\s+)?(?P<sea1>{_SEASON})(?:\s+of)?,?\s+(?P<y5>{YEAR}))
| (?P<yrsea>(?P<y7>{YEAR})\s+(?P<sea3>{_SEASON})\b)
| (?P<quarter>(?:the\s+)?(?:(?P<qpy>{YEAR})\s+|(?P<qpr>this|last|next)\s+year['’]s\s+|(?P<qago>year-ago|year-earlier|comparable)\s+)?(?P<qord>{_ORDINAL})[\s-]+(?:fiscal\s+)?quarter\b
        (?:\s+of\s+(?:fiscal\s+)?(?P<qy>{YEAR})|,?\s+(?P<qy2>{YEAR})|\s+of\s+(?P<qrel>this|last|next)\s+year\b)?)
| (?P<qrelx>(?:the\s+)?(?:(?P<qr>latest|last|current|this|year-ago|year-earlier|previous|prior|same|next|coming|recent|most\s+recent|comparable)
        [\s-]+(?:fiscal\s+)?quarter\b|(?P<qr2>year-ago|year-earlier)\s+(?:period|quarter)\b|(?P<qthe>the)\s+quarter\b))
| (?P<half>(?:the\s+)?(?P<hord>first|second|last)\s+half\s+of\s+(?P<hy>{YEAR}))
| (?P<decade>(?:the\s+)?(?:(?P<decmod>early|mid|late)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0s|['’]\d0s)(?!\w))
| (?P<century>(?:the\s+)?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{_CENTURY})[\s-]+century\b)
| (?P<yrange>(?P<yr1>{YEAR})\s*[-–—]\s*(?P<yr2>{YEAR}|\d\d(?!\d)))
| (?P<deictic>(?P<deic>yesterday|today|tomorrow|tonight|overnight|last\s+night
        |this\s+(?:morning|afternoon|evening)|earlier\s+this\s+(?:morning|afternoon|evening))\b(?![-\w]))
| (?P<ctxwd>(?P<cwr>the\s+following|the\s+next|the\s+previous|the\s+preceding|that)\s+(?P<cwd>{WEEKDAY})
        (?:\s+(?:morning|afternoon|evening|night)\b)?)
| (?P<weekday>(?:(?P<wrel>last|next|this|coming|past)\s+)?(?P<wd>{WEEKDAY})
        (?:\s+(?P<wpart>morning|afternoon|evening|night))?)
| (?P<rel>(?:(?P<rmod>earlier|later|late|early|mid|the\s+end\s+of|end\s+of)[\s-]+)?
        (?P<rrel>this|current|the\s+current|last|next|the\s+coming|the\s+past|the\s+previous|the\s+following|the\s+same|that)
        \s+(?P<runit>week|weekend|month|year|fiscal\s+year|summer|winter|spring|autumn|fall)\b)
| (?P<ago>(?P<agoq>{QUANT})?(?P<agon>{NUM})\s+(?P<agou>{UNIT})(?:\s+and\s+a\s+half)?\s+ago\b)
| (?P<later>(?P<ctq>{QUANT})?(?:(?P<ctn>{NUM})\s+)?(?P<ctu>{UNIT}|hours?|minutes?)\s+(?P<ctdir>later|earlier|afterwards?\b|after\b(?=\s*(?:[,.;:!?)]|$|that\b|this\b))|before\s+(?=that|this|then)|on\b(?=[,.;]))\b)
| (?P<ctfix>the\s+(?P<cfrel>following|next|previous|preceding|prior|same)\s+(?P<cfu>day|week|month|year)\b
        |the\s+(?P<cfu2>day|week|month|year)\s+(?P<cfrel2>before|after)\b(?=[ \t]*(?:[,.;:)\n]|$))
        |(?:later\s+|earlier\s+)?that\s+(?:same\s+)?(?P<cfu3>day|week|month|year|night|morning|evening|afternoon)\b
        |the\s+(?:same|following|next)\s+(?P<cfu4>night|morning|evening|afternoon)\b
        |(?P<cfrel3>next|following|same)\s+(?P<cfu5>day|morning)\b(?!\s*-)
        |(?:the\s+)?(?:very\s+)?(?:same\s+)?(?P<cfu6>day)\s+of\s+(?:the|his|her|their|its)\s+(?:\w+\s+)?(?P<cfn6>{HAPPENINGS})\b
        |the\s+(?P<cfu7>day|night)\s+(?P<cfrel7>before|after)\s+(?:the|his|her|their|its)\s+(?:\w+\s+)?(?P<cfn7>{HAPPENINGS})\b
        |(?:soon|shortly)\s+(?:afterwards?|thereafter)\b
        |(?:soon|shortly)\s+(?:after|before)\b(?=\s*[,.;]))
| (?P<vague>(?:in|over|during|for)\s+(?:the\s+)?(?:recent|past|last)\s+(?:(?:few|several|couple\s+of|{NUM})\s+)?(?P<vu>days|weeks|months|years|decades)\b
        |(?:in\s+)?recent\s+(?P<vu2>days|weeks|months|years)\b
        |(?:more\s+)?recently\b|in\s+recent\s+times\b)
| (?P<future>(?:in\s+)?the\s+(?:near\s+|distant\s+|foreseeable\s+|not\s+too\s+distant\s+)?future\b
        |(?:in\s+|over\s+)?the\s+coming\s+(?:days|weeks|months|years)\b
        |(?:in\s+)?the\s+(?:near|short|long)\s+term\b)
| (?P<past>in\s+the\s+past\b(?!\s+(?:few|several|\d|two|three|four|five|six|year|month|week|decade)))
| (?P<present>(?:right\s+)?now\b(?!\s+that\b|-)|currently\b|nowadays\b|at\s+present\b|these\s+days\b|at\s+the\s+moment\b)
| (?P<attime>(?:at\s+(?:the|that)\s+time|at\s+that\s+(?:point|moment|stage)|by\s+then|back\s+then)\b(?=[ \t]*(?:[,.;:)\n]|$)))
| (?P<wkend>(?:over|during|on|at)\s+the\s+weekend\b(?!\s+(?:of|before|after)\b)|this\s+past\s+weekend\b)
| (?P<endof>(?:the\s+)?(?P<eopart>end|beginning|start|middle|rest|remainder)\s+of\s+the\s+(?P<eou>year|month)\b
        |(?P<eoin>earlier|later)\s+in\s+the\s+(?P<eou2>year|month)\b)
| (?P<followed>(?:in|over|during|within)\s+the\s+(?:(?P<fu>days|weeks|months|years)\s+that\s+followed|following\s+(?P<fu2>days|weeks|months|years))\b)
| (?P<relm>(?P<rm>that|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+same)\s+(?P<m8>(?:{_M_FULL})\b))
| (?P<year>(?P<y6>{YEAR})(?P<yposs>['’]s)?(?![-–]\d))
| (?P<mrel>(?P<mr>last|this|next|past|coming)\s+(?P<m6>(?:{_M_FULL})\b))
| (?P<month>(?P<m5>(?:{_M_FULL})\b|(?:{_M_ABBR})(?:\.|\b)))
| (?P<season>(?:(?P<srel>last|this|next|the\s+coming|this\s+past|the|early|late|mid)[\s-]+)?(?P<sea2>{_SEASON})\b)
"""

@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The whole date grammar, compiled on first use (compiling it is most of this module's
    import time, which ``crimecli.reader`` and the query commands do not need)."""
    return re.compile(
        rf"(?<![\w$€£¥/.-])(?<!\d[,.])(?P<pre>{PREP})?(?P<mod>{MOD})?(?:{_CORE})",
        re.I | re.X,
    )


_WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+of\s+$", re.I)
_PREP_AT_START = re.compile(rf"^{PREP}", re.I)
_WORD_BEFORE = re.compile(r"([\w.']+)\W*$")
_WORD_AFTER = re.compile(r"^\W{0,2}([\w']+)")


# ---------------------------------------------------------------------------------------------
# Small date helpers


#: Precisions from finest to coarsest (``unresolved`` has no value).
PRECISION_ORDER = ("day", "week", "month", "season", "year", "decade", "century")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?|W(?P<w>\d{1,2})(?P<we>-WE)?"
    r"|(?P<s>SP|SU|FA|AU|WI)|Q(?P<q>[1-4])|H(?P<h>[12])))?|(?P<dec>\d{3})|(?P<cen>\d{2})")


def _month_end(y: int, m: int) -> date:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return date(y, m, calendar.monthrange(y, m)[1])


@lru_cache(maxsize=4096)
def date_bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day a date value covers, or None: ``2010-07`` -> (2010-07-01,
    2010-07-31); ``2013-W12`` -> its Monday and Sunday (``-WE`` its Saturday and Sunday);
    ``2012-SU`` -> June to August (``WI``: December to February); ``2012-Q3``, ``2012-H1``;
    ``201`` -> the 2010s; ``20`` -> 2000-2099. The one place crimecli reads a value's extent:
    the timeline sorts and filters by it, the store keeps it, the scorers compare with it."""
    if not value:
        return None
    m = _VALUE.fullmatch(value.strip())
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["dec"]:
            return date(int(g["dec"]) * 10, 1, 1), date(int(g["dec"]) * 10 + 9, 12, 31)
        if g["cen"]:
            return date(int(g["cen"]) * 100, 1, 1), date(int(g["cen"]) * 100 + 99, 12, 31)
        y = int(g["y"])
        if g["d"]:
            d = date(y, int(g["m"]), int(g["d"]))
            return d, d
        if g["m"]:
            return date(y, int(g["m"]), 1), _month_end(y, int(g["m"]))
        if g["w"]:
            monday = date.fromisocalendar(y, int(g["w"]), 1)
            if g["we"]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if g["s"]:
            first, last = _SEASON_MONTHS[g["s"]]
            return date(y, first, 1), _month_end(y, last)
        if g["q"]:
            q = int(g["q"])
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if g["h"]:
            h = int(g["h"])
            return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None


def precision_of(value: str) -> str:
    """The precision a well-formed value is written at (``2013-W12`` -> week)."""
    m = _VALUE.fullmatch(value)
    if m is None:
        return "unresolved"
    g = m.groupdict()
    if g["dec"]:
        return "decade"
    if g["cen"]:
        return "century"
    if g["d"]:
        return "day"
    if g["w"]:
        return "week"
    if g["m"]:
        return "month"
    if g["s"] or g["q"] or g["h"]:
        return "season"
    return "year"


def coarsen(value: str | None, precision: str) -> str | None:
    """``value`` cut to a coarser ``precision`` (``day``, ``week``, ``month`` or ``year``): a week
    becomes the month (or year) of its Thursday, as ISO 8601 assigns weeks; a value already as
    coarse or coarser is returned as it is."""
    if not value or precision not in PRECISION_ORDER:
        return value
    own = precision_of(value)
    if own == "unresolved" or PRECISION_ORDER.index(own) >= PRECISION_ORDER.index(precision):
        return value
    bounds = date_bounds(value)
    if bounds is None:
        return value
    first = bounds[0]
    if own == "week":
        first = first + timedelta(days=3)  # the week's Thursday
    return _iso(first, precision)


def _iso(d: date, precision: str) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        return _week(d)
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


_YEARS_PER_UNIT = {"day": 1 / 365.25, "week": 7 / 365.25, "month": 1 / 12, "year": 1, "decade": 10}


def _shift(d: date, amount: float, unit: str) -> date | None:
    """``d`` moved by ``amount`` units, or None past the calendar's ends ("5000 years ago")."""
    if not MINYEAR < d.year + amount * _YEARS_PER_UNIT.get(unit, 0) < MAXYEAR:
        return None
    if unit == "day":
        return d + timedelta(days=round(amount))
    if unit == "week":
        return d + timedelta(days=round(7 * amount))
    if unit == "month":
        whole = int(amount)
        out = _add_months(d, whole)
        return out + timedelta(days=round((amount - whole) * 30))
    if unit == "year":
        whole = int(amount)
        out = _add_months(d, 12 * whole)
        return out + timedelta(days=round((amount - whole) * 365))
    if unit == "decade":
        return _add_months(d, 120 * int(amount))
    return d


def shift_value(value: str | None, count: str, unit: str, before: bool = True) -> tuple[str, str] | None:
    """(value, precision) of the moment ``count`` ``unit`` before the date ``value`` (after it,
    ``before=False``), told no finer than the date or the count allows: "a day after 10 January
    2024" is 9 January 2024, "six weeks after 9 September 2024" July 2024, "a year after 2017"
    2016; a count without a number gives the month at best ("days after"), or nothing
    ("weeks after", "several months before"). ``count``: the words of the count ("a", "two", "about six", "")."""
    bounds = date_bounds(value)
    if bounds is None or precision_of(value) not in ("day", "month", "year"):
        return None
    plural = unit.lower().endswith("s")
    unit = unit.lower().rstrip("s")
    words = [w for w in count.lower().split() if w not in APPROXIMATE_WORDS]
    if words:
        amount, vague = _number(" ".join(words))
        vague = vague or " ".join(words) not in NUMBER_WORDS and not words[0].isdigit()
    else:
        amount, vague = (2.0, True) if plural else (1.0, False)  # "days after" / "the day after"
    if unit == "hour":  # "hours after": that day, however many
        unit, amount, vague = "day", float(round(amount / 24)), False
    if vague and unit != "day":
        return None  # "weeks after", "months before": no month or year to tell
    moved = _shift(bounds[0], -amount if before else amount, unit)
    if moved is None:
        return None
    own = "day" if unit == "day" and not vague else "month" if unit in ("day", "week", "month") else "year"
    precision = max(own, precision_of(value), key=PRECISION_ORDER.index)
    return _iso(moved, precision), precision


# Words that make a count approximate but leave its number ("about six weeks", "nearly a year").
APPROXIMATE_WORDS = _WORDS.approximate_words


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _cased(word: str) -> bool:
    """Month and weekday names count only when capitalised ("march" the verb, "may" the modal)."""
    return word[:1].isupper()


def _year(text: str) -> int:
    return int(text)


class Anchor:
    """The document date (or a context date): a day plus how much of it is known."""

    __slots__ = ("day", "precision")

    def __init__(self, day: date, precision: str):
        self.day = day
        self.precision = precision

    @classmethod
    def from_value(cls, value: Any) -> "Anchor | None":
        """An anchor from a DateValue, its dict form, a ``date`` or a value string; None for
        values too coarse to count from (decades, centuries) or unreadable ones. A season,
        quarter or half anchors at year precision, on its first day."""
        if value is None:
            return None
        if isinstance(value, DateValue):
            raw = value.value
        elif isinstance(value, dict):
            raw = value.get("value")
        elif isinstance(value, date):
            return cls(value, "day")
        else:
            raw = str(value)
        if not raw:
            return None
        raw = str(raw)
        bounds = date_bounds(raw[:10] if len(raw) > 10 and raw[10] in "T " else raw)
        if bounds is None:
            return None
        precision = precision_of(raw[:10] if len(raw) > 10 and raw[10] in "T " else raw)
        if precision in ("decade", "century"):
            return None
        if precision == "season":
            precision = "year"
        return cls(bounds[0], precision)


@lru_cache(maxsize=4096)
def _anchor(value: str) -> Anchor | None:
    """Anchor.from_value for a value string, cached: every dated expression sets the context."""
    return Anchor.from_value(value)


def _cap(precision: str, anchor_precision: str) -> str:
    """The coarser of two precisions (a month-precision anchor cannot resolve to a day)."""
    order = ("day", "week", "month", "year")
    if precision not in order or anchor_precision not in order:
        return precision
    return order[max(order.index(precision), order.index(anchor_precision))]


def _tx(value: str | None, precision: str, resolved_from: str, timeml: str | None = None) -> Timex:
    if value is None:
        precision, resolved_from = "unresolved", "unresolved"
    out: Timex = {"value": value, "precision": precision, "resolved_from": resolved_from}
    if timeml:
        out["timeml"] = timeml
    return out


def _unresolved(timeml: str | None = None) -> Timex:
    return _tx(None, "unresolved", "unresolved", timeml)


# ---------------------------------------------------------------------------------------------
# Completing partial dates from an anchor


def _occurrence(year: int, month: int, day: int | None) -> date:
    return date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))


def _gap(cand: date, ref: date, by_month: bool) -> int:
    """Days from ``ref`` to ``cand`` (whole months, as 30 days each, for a month without a day)."""
    if by_month:
        return ((cand.year - ref.year) * 12 + cand.month - ref.month) * 30
    return (cand - ref).days


def _document_reading(month: int, day: int | None, anchor: Anchor, tense: str | None) -> tuple[date, int]:
    """The year for "4 October" / "in March" from the document date, and how far from it that
    puts the date (days). In a past clause: the latest such date not after the document date
    (a report dated 10 October 2024 means 3 February 2024 by "On Feb. 3, police arrested"); in
    a clause about the future: the coming one; in a clause whose tense is not marked: the
    nearest, a date ahead of the document date counting double."""
    y = anchor.day.year
    if anchor.precision == "year":
        return _occurrence(y, month, day), 0
    by_month = day is None or anchor.precision != "day"
    best: tuple[int, date] | None = None
    for cy in (y - 1, y, y + 1):
        cand = _occurrence(cy, month, day)
        gap = _gap(cand, anchor.day, by_month)
        if tense == "past":
            cost = -gap if gap <= 0 else None
        elif tense == "future":
            cost = gap if gap >= 0 else None
        else:
            cost = 2 * gap if gap > 0 else -gap
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, cand)
    assert best is not None  # one of three consecutive years is on each side
    return best[1], best[0]


# How far back from the narrative's reference a year-less date may lie ("arrested on 5 March
# 2019 after being indicted on February 20"); further back, the story moves forward instead.
NARRATIVE_BACK_DAYS = 62

# How many years before the document's year a narrative may lie and still be recent background
# (the year before last, last year): a new paragraph's year-less date after it is this year's
# news rather than the story rolled on into the following year.
RECENT_BACKGROUND_YEARS = 2


def _narrative_reading(month: int, day: int | None, ref: Anchor) -> tuple[date, int]:
    """The year for "On March 5" told after a date that states its year: the first such date
    on or after it, or one shortly before it (NARRATIVE_BACK_DAYS, counting double), and the
    distance (days) as that reading's cost."""
    if ref.precision == "year":
        # "In 2021, agents seized ... On 12 March, soldiers captured": within the year the
        # narrative has moved to
        return _occurrence(ref.day.year, month, day), 0
    by_month = day is None or ref.precision != "day"
    best: tuple[int, date] | None = None
    for cy in (ref.day.year - 1, ref.day.year, ref.day.year + 1):
        cand = _occurrence(cy, month, day)
        gap = _gap(cand, ref.day, by_month)
        if gap < -NARRATIVE_BACK_DAYS:
            continue
        cost = gap if gap >= 0 else -2 * gap
        if best is None or cost < best[0]:
            best = (cost, cand)
    assert best is not None  # the next year's occurrence is always ahead
    return best[1], best[0]


def _weekday_date(weekday: int, anchor: date, rel: str | None, future: bool) -> date:
    delta = (anchor.weekday() - weekday) % 7
    if rel == "next" or rel == "coming" or (future and rel is None):
        ahead = (weekday - anchor.weekday()) % 7
        if rel == "next" and ahead == 0:
            ahead = 7
        return anchor + timedelta(days=ahead)
    if rel == "last" and delta == 0:
        delta = 7
    return anchor - timedelta(days=delta)


# ---------------------------------------------------------------------------------------------
# Normalising one match


def _number(text: str | None) -> tuple[float, bool]:
    """(amount, vague) for "two", "14", "a few"."""
    if not text:
        return 1.0, True
    t = re.sub(r"\s+", " ", text.lower())
    if t.isdigit():
        return float(t), False
    return float(NUMBER_WORDS.get(t, 2)), t in VAGUE_NUMBERS


def _quant_adjust(quant: str | None, amount: float) -> float:
    """"close to four years ago" is a little less than four years; "over" a little more."""
    if not quant:
        return amount
    q = quant.lower().strip()
    if any(q.startswith(w) for w in ("close", "almost", "nearly", "less", "fewer", "under", "barely")):
        return amount - 0.25
    if any(q.startswith(w) for w in ("more", "over", "at least", "little")):
        return amount + 0.25
    return amount


def _mod_timeml(mod: str | None) -> bool:
    return bool(mod and mod.strip())


_FUTURE_PHRASE = re.compile(r"(?<![\w'’])(?:" + _either(_CUES.future) + r")(?![\w'’])", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_JOINERS = _WORDS.clause_joiners
_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’-]*)")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z'’-]*)\W*$")
_CLAUSE_OPENER = re.compile(
    "|".join(re.escape(w) if not w.isalpha() else rf"\b{w}\b" for w in sorted(_CUES.clause_openers)), re.I)
_LIMIT_PREPOSITION = re.compile(r"(?:" + _either(_CUES.limit_prepositions) + r")\s", re.I)
_CITATION_BEFORE = re.compile(r"(?:" + _either(_CUES.citation) + r")(?:\s+on)?[\s:,]*$", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# How far a narrative reference reaches: the rest of its paragraph and the next ones up to
# this many paragraph breaks, and never more than this many characters.
NARRATIVE_PARAGRAPHS = 2
NARRATIVE_REACH = 2000
# A year-less date that the document date puts within this many days of it is read from the
# document date whatever the narrative (news gives this year's happenings no year), unless the
# narrative puts it within NARRATIVE_NEAR_DAYS after its own day (and the document date does not).
RECENT_DAYS = 31
# A story's year-less date stays in the story's year rather than leap this many years or more to
# the document's, which the text would name.
STORY_LEAP_YEARS = 2
NARRATIVE_NEAR_DAYS = 14


# Words that open a look back to an earlier moment, and the past perfect that tells one.
# A date told from the one before ("The day before", "Two days later") continues the chain of
# the story's moments; only a date of its own ("In 2021", "on 17 February") can look back.
_ANAPHORIC = re.compile(r"\b(?:" + _either(_WORDS.anaphoric) + r")\b", re.I)
_LOOK_BACK = re.compile(r"\b(?:" + _either(_WORDS.look_back) + r")\b", re.I)
_PAST_PERFECT = re.compile(r"\b(?:" + _either(_WORDS.past_perfect_auxiliaries) + r")\s+(?:(?:"
                           + _either(_WORDS.past_perfect_adverbs) + r")\s+)*[a-z]+(?:ed|en|wn|ght|ook|ew|ung|ed|id)\b")

# "this year" right after a year-less day: "On 27 January this year", "on 4 May of last year".
_DEICTIC_YEAR = re.compile(r",?\s+(?:of\s+)?(this|last|next)\s+year\b", re.I)
# ... and a demonstrative one: "On 7 May of that year", "on 22 September of the same year", "on 3
# March of the following year": the year the text named last, or the one after or before it.
_ANAPHORIC_YEAR = re.compile(r",?\s+of\s+(that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous|"
                             r"the\s+preceding)\s+year\b", re.I)


class _Scanner:
    """Holds the text and anchors while ``find_timexes`` walks its matches."""

    def __init__(self, text: str, anchor: Anchor | None):
        self.text = text
        self.anchor = anchor
        self.context: Anchor | None = None
        self.context_end = 0  # where the expression that set ``context`` ended
        # where the last expression that opened its sentence ("In 2019, ...") ended: such a
        # context moves the story, so later counts are no longer from an earlier day
        self.scene_end = -1
        self.context_from = "unresolved"  # how ``context`` was resolved
        self.context_quarter: tuple[int, int] | None = None
        # The latest day-precision expression and where it ended: "the following day" counts
        # from the last day the text named, not from a year mentioned in passing between
        # ("On 3 April, X said Ecuador's 2023 election was ... The following day, ...").
        self.day_anchor: tuple[Anchor, int] | None = None
        # every day told so far, (end, day), None for one the text does not let us place
        self.days: list[tuple[int, Anchor | None]] = []
        # The narrative reference time: the last date that stated its year (or was completed
        # from one), where it ended; None inside footnotes and once out of reach.
        self.narrative: tuple[Anchor, int] | None = None
        # A chronology's year heading ("2010" alone on its line) and where it ended: the year
        # of every year-less date below it, up to the next heading
        self.section: tuple[int, int] | None = None
        # the narrative was set by a date completed from the story ("On January 5" after "2013
        # was the year ..."), or by a year the story moved to: the text tells a story in its own
        # year, not a date in passing
        self.narrative_told = False
        self.quiet = False  # inside a footnote: no narrative reference either way
        # the text has counted from the document date ("yesterday", "on Tuesday"): news of the day
        self.news = False
        self._breaks: list[int] | None = None
        # (context, context_end, day_anchor, end of the sentence) before a look back to an
        # earlier moment, restored for the sentence after it
        self.foreground: tuple[Anchor | None, int, tuple[Anchor, int] | None, int] | None = None
        # (context, context_end) of the look back itself once the foreground is restored: a
        # demonstrative ("that month", "in October of that year", "the same year") points at the
        # time the text named last, the look back included, not at the story's moment
        self.looked_back: tuple[Anchor, int] | None = None

    DAY_CONTEXT_REACH = 600  # characters
    DAY_LOOK_BACK_REACH = 1200  # characters, when only an earlier time was named since that day

    def looks_back(self, start: int, end: int, found: list[tuple[int, int, Timex]]) -> bool:
        """Is the date ``text[start:end]`` a look back from the story's moment: in a clause
        opened by "after", "before", "since" or "following" after another date of its sentence
        ("arrested on 3 March 2023, two weeks after he was indicted on 17 February"), or in a
        clause told in the past perfect ("In 2021, the group had kidnapped a priest"; not
        "On 7 January, guards discovered that he had escaped")?"""
        near = max(0, start - 250)
        if not (found and found[-1][0] >= near) and "had " not in self.text[near:end + 300]:
            return False  # no date before it nearby and no past perfect: the common case, cheaply
        lo = max((m.end() for m in _SENTENCE_END.finditer(self.text, near, min(len(self.text), start + 2))
                  if m.end() <= start), default=near)
        earlier = [e for s, e, tx in found[-4:] if s >= lo and tx["value"]]
        if earlier and _LOOK_BACK.search(self.text, earlier[-1], start):
            return True
        if _PAST_PERFECT.search(self.text, lo, min(len(self.text), end + 300)) is None:
            return False  # no past perfect near: no need to find the clause
        clause_lo, clause_hi = self.clause_bounds(start, end)
        # what a saying verb reports is another clause: "On 6 May, the minister said the
        # reform had failed" is told on 6 May
        said = next((m.start() for m in _WORD.finditer(self.text, end, clause_hi)
                     if m.group(0).lower() in _CUES.reporting), clause_hi)
        return self.flashback(max(lo, clause_lo), said)

    def flashback(self, lo: int, hi: int) -> bool:
        """Is the sentence ``text[lo:hi]`` told in the past perfect ("had kidnapped")?"""
        return _PAST_PERFECT.search(self.text, lo, hi) is not None

    def day_of(self, noun: str, start: int) -> tuple[bool, Anchor | None]:
        """The latest day told a few paragraphs up in a sentence naming ``noun``, the happening
        ("Operation Lince was launched on 14 February"): (found, the day; None when the text
        does not let us place it: "on June 18" in an undated report)."""
        stem = noun.lower().rstrip("s")
        for at, day in reversed(self.days):
            if start - at > 3 * NARRATIVE_REACH:  # the same story, a few paragraphs up
                return False, None
            lo = max((m.end() for m in _SENTENCE_END.finditer(self.text, max(0, at - 400), at)),
                     default=max(0, at - 400))
            nxt = _SENTENCE_END.search(self.text, at)
            if stem in self.text[lo:nxt.start() if nxt else len(self.text)].lower():
                return True, day
        return False, None

    def day_context(self, start: int) -> Anchor | None:
        if self.context is not None and self.context.precision == "day":
            return None
        if self.day_anchor is None:
            return None
        day, at = self.day_anchor
        ctx = self.context
        if start - at > self.DAY_CONTEXT_REACH and not (
                start - at <= self.DAY_LOOK_BACK_REACH and ctx is not None and self.context_end > at
                and ctx.day < day.day):
            # ("On 19 November, officers arrested 14 people. The investigation began in March
            # 2023 ... His deputy was detained the same day": a look back told between leaves the
            # story at its day, a little further than a day is otherwise kept)
            return None
        if ctx is not None and self.context_end > at and self.after_report(ctx) and not self.after_report(day):
            # "on 17 Oct signed a deal to hold elections in the second half of 2024. The U.S.
            # next day eased sanctions": a time still to come when the report was written is
            # planned, not where the story of what happened has moved
            return day
        if ctx is not None and self.context_end > at and self.anchor is not None \
                and self.anchor.precision == "day" and day.day == self.anchor.day \
                and _iso(ctx.day, ctx.precision) != _iso(day.day, ctx.precision):
            # "Sunday, April 13, 2025 ... painted on a kiosk in the winter of 2013. A week later":
            # the day named last is the document's own date line; the story has since gone to
            # another time, and counts from there
            return None
        if ctx is not None and self.context_end > at \
                and (ctx.day > day.day or self.scene_end == self.context_end) \
                and _iso(ctx.day, ctx.precision) != _iso(day.day, ctx.precision):
            # "On 15 June 2016, ... In June 2019, a brawl ... Two weeks later": the narrative has
            # moved on to a later period that day is not in; count from where it is now. A look
            # back in passing ("since December", "the 2016 earthquake") does not move it; one
            # that opens its sentence does ("In 2019, the gang attacked ... Two days later").
            return None
        return day

    def after_report(self, time: Anchor) -> bool:
        """Does ``time`` begin after the last day the document date covers?"""
        a = self.anchor
        if a is None:
            return False
        last = a.day if a.precision == "day" else date_bounds(_iso(a.day, a.precision))[1]
        return time.day > last

    # How long before the document date a narrative's day must lie for a weekday to be read
    # from it rather than from the document date.
    NARRATIVE_WEEKDAY_DAYS = 7

    def narrative_weekday(self, weekday: int, start: int) -> date | None:
        """"On Friday" told after "agents searched his ranch on 3 March 2016" in a story written
        years later: the first such weekday after the narrative's day. Only where the story is
        told from its own dates: once the text has counted a weekday, "yesterday" or "today"
        from the document date (news of the day), or when its last date was counted from the
        document date ("Last year, ..."), weekdays are the document's."""
        if self.news or self.context_from == "document date":
            return None  # (the story has come to the present: "Last year, ... On Tuesday")
        ref = self.narrative_ref(start)
        if ref is None or ref.precision != "day":
            return None
        a = self.anchor
        if a is not None and (a.day - ref.day).days <= self.NARRATIVE_WEEKDAY_DAYS:
            return None
        at = self.narrative[1]
        if _SENTENCE_END.search(self.text, at, start + 1) is None and any(
                w.group(0).lower() in _CUES.reporting for w in _WORD.finditer(self.text, at, start)):
            # "prosecutors said on 3 March 2016 that he had been detained on Sunday": what was
            # said that day, the latest such day before it
            return _weekday_date(weekday, ref.day, "last", False)
        return _weekday_date(weekday, ref.day, "next", True)

    def named_last(self, start: int, unit: str = "year") -> Anchor | None:
        """The time a demonstrative points at ("that month", "October of that year"): the one the
        text named last, a look back included, if it is still within the narrative's reach and
        names a whole ``unit`` (a year named in a look back has no one week: "That week" is
        then the story's)."""
        unit = {"weekend": "week"}.get(unit, unit)
        unit = unit if unit in ("day", "week", "month") else "year"
        if self.looked_back is not None:
            ctx, end = self.looked_back
            if start - end <= NARRATIVE_REACH and self.paragraph_breaks(end, start) <= NARRATIVE_PARAGRAPHS \
                    and _cap(unit, ctx.precision) == unit:
                return ctx
        return self.recent_context(start)

    def recent_context(self, start: int) -> Anchor | None:
        """The last dated expression, if the narrative is still there: within the reach of a
        narrative reference (so "At the time" never reaches back to an unrelated page)."""
        if self.context is None or start - self.context_end > NARRATIVE_REACH \
                or self.paragraph_breaks(self.context_end, start) > NARRATIVE_PARAGRAPHS:
            return None
        return self.context

    # -- the narrative reference -----------------------------------------------------------------
    def paragraph_breaks(self, start: int, end: int) -> int:
        """How many paragraph breaks (line breaks) lie between two offsets."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        return bisect.bisect_left(self._breaks, end) - bisect.bisect_left(self._breaks, start)

    def narrative_ref(self, start: int) -> Anchor | None:
        if self.quiet or self.narrative is None:
            return None
        ref, at = self.narrative
        if start - at > NARRATIVE_REACH or self.paragraph_breaks(at, start) > NARRATIVE_PARAGRAPHS:
            return None
        if self.paragraph_breaks(at, start) and _HEADING.search(self.text, at, start):
            return None  # a section heading between: another part of the story
        if self.context_from == "document date" and self.context_end > at \
                and not (self.context is not None and self.context.precision in ("day", "month")
                         and self.context.day.year == ref.day.year):
            # the story has come to the present since: "Last year, ... In March"; not where the
            # document's reading fell in the story's own year ("Cases documented in 2023. On 14
            # March ... released on 20 March. In May" in a report of February 2024)
            return None
        return ref

    def same_sentence(self, start: int) -> bool:
        """Does the narrative reference stand in the sentence that ``start`` is in, before a
        happening coordinated with its own ("arrested on 3 June 2015 and extradited in October")?"""
        if self.narrative is None:
            return False
        at = self.narrative[1]
        return _SENTENCE_END.search(self.text, at, start + 1) is None \
            and _COORDINATED.search(self.text, at, start) is not None

    def complete(self, month: int, day: int | None, start: int, end: int,
                 weekday: int | None = None) -> tuple[date, str, str] | None:
        """A year-less "On March 5" / "in October": (date, precision, resolved_from) from the
        narrative reference or the document date. The document's reading wins when it lies
        within RECENT_DAYS of the document date (news dates this year's happenings without a
        year), else the reading nearer its anchor; a past clause never gives a date after the
        document date, a future one never one before it. A weekday written with the date
        ("Saturday, April 25") picks the year in which that day is that weekday. None with
        neither anchor."""
        a = self.anchor
        ref = self.narrative_ref(start)
        ctx = self.context
        # ``context`` names its own time ("In 2019", "two years ago"), not one counted from the narrative
        if ctx is not None and ctx.precision == "year" and self.context_from != "context" \
                and _APPOSITION_JOIN.match(self.text[self.context_end:start]):
            # "Two years ago, on 12 March", "In 2019, in October": the year right beside it
            # (not one counted from the narrative: "Days later, on 26 November")
            return _occurrence(ctx.day.year, month, day), "month" if day is None else "day", "context"
        section = self.section_year(start)
        if section is not None:
            # under a chronology's year heading, a year-less entry is that year's ("2010 /
            # February 8 - ... arrested"), however near the document date its date falls
            found = _occurrence(section, month, day)
            if weekday is None or day is None or found.weekday() == weekday:
                return found, "month" if day is None else "day", "context"
        if a is None and ref is None:
            return None
        tense = self.tense(start, end)
        doc = _document_reading(month, day, a, tense) if a is not None else None
        told = _narrative_reading(month, day, ref) if ref is not None else None
        if told is not None and a is not None and (
                (tense == "past" and told[0] > a.day) or (tense == "future" and told[0] < a.day)):
            told = None
        precision = "month" if day is None else "day"
        if told is not None and doc is not None and ref.day.year < told[0].year < doc[0].year \
                and doc[0].year - ref.day.year <= RECENT_BACKGROUND_YEARS \
                and 0 <= (a.day - doc[0]).days <= 366 and self.paragraph_breaks(self.narrative[1], start):
            # "... retook the prison in September 2023." then, a paragraph on, "The investigation
            # began after a kidnapping on 4 January" in a report of August 2025: recent background
            # would have to roll on into a new year it never names, across a paragraph; this
            # year's news is nearer. A story within its own year stays there ("... in March 2008.
            # [new paragraph] On 17 March"), and so does an old chronicle told on ("captured in
            # 2019 ... October of that year. [new paragraph] On Feb. 3" in 2024: 2020).
            told = None
        if told is not None and (doc is None or (told[0] != doc[0] and (
                (doc[1] > RECENT_DAYS and told[1] < doc[1])
                # "arrested on 3 March 2016. On March 5, a judge ..." in a report of 20 March
                # 2022: days after the story's own day, whatever the publication date
                or (day is not None and ref.precision == "day" and told[1] <= NARRATIVE_NEAR_DAYS < doc[1])
                # "arrested on 3 June 2015 and extradited in October": the sentence's own year
                or (self.same_sentence(start) and told[1] <= 366)
                # the paragraph has just moved the story to a year ("Then came 2014. On September
                # 26, ..."), however near the document date its reading would fall
                or (self.narrative_told and not self.paragraph_breaks(self.narrative[1], start) and (
                    ref.precision == "year" and told[1] == 0
                    # ... or to a day it has been telling ("On October 23, ... On October 16, ...")
                    or day is not None and ref.precision == "day" and told[1] <= NARRATIVE_NEAR_DAYS))
                # a story told in its own year ("2013 was the year ... On January 5 ... On August
                # 21") does not leap two years or more to the document's without naming a year
                or (self.narrative_told and told[0].year == ref.day.year
                    and doc[0].year - ref.day.year >= STORY_LEAP_YEARS and doc[1] > RECENT_DAYS)))):
            found, resolved = told[0], "context"
        elif doc is not None:
            found, resolved = doc[0], "document date"
        else:
            return None
        if weekday is not None and day is not None and found.weekday() != weekday:
            for year in sorted((found.year - 1, found.year + 1), key=lambda y: abs(y - found.year)):
                try:
                    candidate = date(year, month, day)
                except ValueError:
                    continue
                if candidate.weekday() == weekday:
                    return candidate, precision, resolved
        return found, precision, resolved

    def citation(self, start: int, end: int, has_pre: bool) -> bool:
        """Is ``text[start:end]`` a source's or a page's date ("accessed 3 March 2021",
        "..., El Tiempo, 4 June 2020.")? Such dates are not part of the narrative. A citation's
        date follows a comma and closes the sentence or a list item; a narrative date has a
        preposition ("on 4 June 2020") or stands beside a weekday ("Monday, 4 June 2020, ...")."""
        if _CITATION_BEFORE.search(self.text, max(0, start - 30), start):
            return True
        if has_pre or self.char_before(start) != ",":
            return False
        if self.word_before(start).lower() in WEEKDAYS:
            return False
        after = self.text[end:end + 3].lstrip(" \t")
        return not after or after[0] in ".;),\n]"

    # -- helpers ------------------------------------------------------------------------------
    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        lo = max(0, start - 250)
        cut = lo
        # (up to one character past ``start``: a sentence end right before the date looks ahead
        # at the date's first letter)
        for m in _SENTENCE_END.finditer(text, lo, min(len(text), start + 1)):
            if m.end() <= start:
                cut = m.end()
        hi = min(len(text), end + 200)
        m = _SENTENCE_END.search(text, end, hi)
        return cut, (m.start() + 1 if m else hi)

    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``text[start:end]``: its sentence, cut at the nearest clause
        openers on either side ("when", "that", "which", ";", ...)."""
        lo, hi = self.sentence_bounds(start, end)
        opener = None
        for opener in _CLAUSE_OPENER.finditer(self.text, lo, start):
            lo = opener.end()
        m = _CLAUSE_OPENER.search(self.text, end, hi)
        if m:
            hi = m.start()
        if opener is not None and self.text[max(0, opener.start() - 2):opener.start()].strip() == ",":
            # ", which restarted in mid-November, will ...": the relative clause ends at its comma
            comma = self.text.find(",", end, hi)
            if comma >= 0:
                hi = comma
        return lo, hi

    def tense(self, start: int, end: int) -> str | None:
        """"future", "past" or None: the tense of the tense word nearest to ``text[start:end]``
        in its clause. Strong cues first: a future, plan or obligation word; an auxiliary or an
        irregular past form; a present form or a word tying the date to a term ("is calling",
        "payable Dec. 15") and a to-infinitive ("asked it to respond by Oct. 31"), which leave
        the tense unmarked (None). A verb in -ed counts only where no strong cue does ("On Feb.
        3, the ministry arrested ten men"): many are adjectives ("preferred shares"), except
        before a pronoun, a preposition, a capitalised word or a mark ("announced it",
        "arrested in", "seized Cali"), where it is a strong cue too. A past form after
        a determiner, a modal or a form of "be" is no past ("will be paid", "the detained man");
        a past clause does not make a limit ("until March", "by Oct. 31") past."""
        text = self.text
        lo, hi = self.clause_bounds(start, end)
        strong: tuple[int, str, int, str] | None = None  # (distance, kind, where the cue ends, word)
        weak: int | None = None
        left: tuple[int, str, int, str] | None = None  # the nearest strong cue before the date
        for window_lo, window_hi in ((lo, start), (end, hi)):
            if window_lo == end:
                left = strong
            plan_ends: set[int] = set()  # where a plan phrase ending in "to" ends: "is set to"
            for m in _FUTURE_PHRASE.finditer(text, window_lo, window_hi):
                before = _LAST_WORD.search(text, window_lo, m.start())
                if before is not None and (before.group(1).lower() in _CUES.determiners
                                           or before.group(1).lower().endswith("ed")):
                    continue  # "announced plans to", "its deadline": a noun, not a plan made
                plan_ends.add(m.end())
                distance = start - m.end() if m.end() <= start else m.start() - end
                if strong is None or distance < strong[0]:
                    strong = (distance, "future", m.end(), "")
            previous, previous_end = "", -1
            after_comma = False  # in the forward window, past a comma: "..., prosecutors said"
            for m in _WORD.finditer(text, window_lo, window_hi):
                word = m.group(0)
                lower = word.lower()
                distance = start - m.end() if m.end() <= start else m.start() - end
                if window_lo == end and not after_comma and "," in text[end:m.start()]:
                    after_comma = True
                if after_comma and lower in _CUES.reporting and (_NEXT_WORD.match(text, m.end(), window_hi) is None
                                                                 or _ATTRIBUTION_TAIL.fullmatch(text, m.end(), window_hi)):
                    # "..., prosecutors said." closing the clause: an attribution tells when it was
                    # said, not when the clause's date is
                    previous = lower
                    continue
                kind = None
                if word == "may" and previous not in _CUES.determiners:  # the modal, never the month
                    kind = "future"
                elif previous == "to" and previous_end in plan_ends:
                    pass  # "is set to open in February": the planned act, as future as its plan
                elif lower in _CUES.neutral or (previous == "to" and word[0].islower()
                                              and lower not in _CUES.determiners):
                    kind = "neutral"
                elif previous not in _CUES.not_past_before:
                    if lower in _CUES.past:
                        kind = "past"
                    elif len(lower) > 4 and lower.endswith("ed") and word[0].islower():
                        follower = _NEXT_WORD.match(text, m.end())
                        if follower is None or not follower.group(1)[0].islower() \
                                or follower.group(1).lower() in _CUES.verb_followers:
                            kind = "past"  # "announced it", "arrested in", "seized Cali"
                        elif weak is None or distance < weak:
                            weak = distance  # "preferred shares": perhaps an adjective
                if kind is not None and (strong is None or distance < strong[0]):
                    strong = (distance, kind, m.end(), lower)
                previous, previous_end = lower, m.end()
        if left is not None and left[1] != "neutral" and left[3] not in _CUES.reporting \
                and "," not in text[left[2]:start]:
            # a date after its verb tells that verb's time, whatever follows: "the programme
            # agreed by the four governments in August should be extended" (past), "troops
            # who were deployed in March will return" (past); not a saying verb's ("officials
            # said elections in October would be postponed")
            strong = left
        found = strong[1] if strong is not None else ("past" if weak is not None else None)
        if found == "neutral":
            return None
        if found == "past" and _LIMIT_PREPOSITION.match(text, start):
            return None  # "lasted until March", "had to respond by Oct. 31": a limit, not a moment
        return found

    def plans(self, start: int, end: int) -> bool:
        """Does the clause around ``text[start:end]`` hold a future or plan word anywhere? Where
        the nearest tense word leaves a weekday's tense unmarked, such a word marks the coming
        one ("planned to leave Nairobi on Thursday")."""
        lo, hi = self.clause_bounds(start, end)
        return bool(_FUTURE_PHRASE.search(self.text, lo, start) or _FUTURE_PHRASE.search(self.text, end, hi))

    def future(self, start: int, end: int) -> bool:
        return self.tense(start, end) == "future"

    def quarter_of_year(self, start: int, end: int) -> bool:
        """Is the year a quarter or period of it, in a text about quarterly results ("the 1988
        quarter", "last year's quarter", "the same period last year")?"""
        if self.context_quarter is None:
            return False
        after = self.text[end:end + 24]
        before = self.text[max(0, start - 24):start]
        return bool(_QUARTER_AFTER.match(after) or _QUARTER_BEFORE.search(before))

    def word_before(self, start: int) -> str:
        m = _WORD_BEFORE.search(self.text[max(0, start - 40):start])
        return m.group(1) if m else ""

    def char_before(self, start: int) -> str:
        i = start - 1
        while i >= 0 and self.text[i] in " \t":
            i -= 1
        return self.text[i] if i >= 0 else "\n"

    def word_after(self, end: int) -> str:
        m = _WORD_AFTER.search(self.text[end:end + 40])
        return m.group(1) if m else ""

    def clause_initial(self, start: int) -> bool:
        """Does a clause start at ``start`` ("At the time, ...", "...; by then", "and at that point")?"""
        return self.sentence_initial(start) or self.word_before(start).lower() in _CLAUSE_JOINERS

    def sets_scene(self, start: int) -> bool:
        """Does the expression at ``start`` open its sentence as the time the sentence is set
        in ("In 2019, ...", "In September 2023 police ...")? Unlike a year in passing ("the
        2019 election"), such an expression moves the narrative."""
        return _SCENE_OPENER.match(self.text, start) is not None \
            and (self.sentence_initial(start) or self.char_before(start) in "-–—")  # after a dateline

    def year_heading(self, start: int, end: int) -> bool:
        """Is the year ``text[start:end]`` alone on its line, a chronology's heading ("2010",
        "2011:", "## 2012", "**2013**")?"""
        lo = self.text.rfind("\n", 0, start) + 1
        hi = self.text.find("\n", end)
        hi = len(self.text) if hi < 0 else hi
        return _HEADING_MARKS.fullmatch(self.text, lo, start) is not None \
            and _HEADING_MARKS.fullmatch(self.text, end, hi) is not None and hi < len(self.text)

    def year_subject(self, start: int, end: int) -> bool:
        """Does the year ``text[start:end]`` open its sentence as its subject ("2013 was the year
        the villages answered")? The story moves to that year."""
        return self.sentence_initial(start) and _YEAR_SUBJECT.match(self.text, end) is not None

    def year_sentence(self, start: int, end: int) -> bool:
        """Does the year ``text[start:end]`` end a sentence of a few words that only names it,
        after a word of arrival ("Then came 2014.", "Fast forward to 2019.")? The story moves to
        that year."""
        if self.text[end:end + 1] not in (".", "!") or self.word_before(start).lower() not in _WORDS.year_arrival_words:
            return False  # ('his father was a trustee until 1974.' names no time the story moves to)
        lo, hi = self.sentence_bounds(start, end)
        return len(_WORD.findall(self.text, lo, end)) <= YEAR_SENTENCE_WORDS

    def moves_story(self, m: re.Match, start: int, end: int) -> bool:
        """Does the bare year ``text[start:end]`` move the story to that year: as its sentence's
        subject, at the end of a short sentence that brings it, or "in" it at the end of a
        sentence whose next one opens on a year-less date ("... was in 2012. On 3 February")?"""
        if self.year_subject(start, end) or self.year_sentence(start, end):
            return True
        return _OPENS_ON_YEARLESS_DATE.match(self.text, end) is not None \
            and (m.group("pre") or self.word_before(start)).strip().lower() in _WORDS.scene_openers

    def section_year(self, start: int) -> int | None:
        """The year of the chronology section ``start`` is in: its year heading's, unless a date
        of another year has become the narrative since."""
        if self.quiet or self.section is None:
            return None
        year, at = self.section
        if start - at > SECTION_REACH:
            return None
        if self.narrative is not None and self.narrative[1] > at and self.narrative[0].day.year != year:
            return None
        return year

    def sentence_initial(self, start: int) -> bool:
        c = self.char_before(start)
        return c in ".!?\n\"“‘'([:;" or start == 0

    # -- the dispatcher -------------------------------------------------------------------------
    def normalise(self, m: re.Match) -> list[tuple[int, int, Timex]] | None:
        g = m.groupdict()
        start, end = m.start(), m.end()
        has_pre = bool(g["pre"])
        mod = (g["mod"] or "").strip().lower()
        a = self.anchor

        def season_mod(value: str, explicit: str = "explicit", timeml: str | None = None):
            # "early 2019", "mid-2019", "the end of 2021": a part of a year.
            return _tx(value, "season" if mod else "year", explicit, timeml)

        if g["iso"]:
            try:
                d = date(int(g["iy"]), int(g["im"]), int(g["id"]))
            except ValueError:
                return None
            return [(start, end, _tx(d.isoformat(), "day", "explicit"))]

        if g["dnum"]:
            # 22.08.2024: dots are how day-first countries write a date (never a US spelling)
            try:
                d = date(int(g["dc"]), int(g["db"]), int(g["da"]))
            except ValueError:
                return None
            return [(start, end, _tx(d.isoformat(), "day", "explicit"))]

        if g["num"]:
            a_, b_, c_ = int(g["na"]), int(g["nb"]), g["nc"]
            y = int(c_) if len(c_) == 4 else (2000 + int(c_) if int(c_) < 50 else 1900 + int(c_))
            if not 1500 <= y <= 2099:
                return None
            if a_ > 12 and 1 <= b_ <= 12:
                month, day = b_, a_
            elif b_ > 12 and 1 <= a_ <= 12:
                month, day = a_, b_
            elif a_ == b_ and 1 <= a_ <= 12:
                month = day = a_
            elif 1 <= a_ <= 12 and 1 <= b_ <= 12:
                # 03/05/2020: March 5 in the US, 3 May elsewhere; only the year is certain.
                return [(start, end, _tx(f"{y:04d}", "year", "explicit"))]
            else:
                return None
            try:
                d = date(y, month, day)
            except ValueError:
                return None
            return [(start, end, _tx(d.isoformat(), "day", "explicit"))]

        if g["dmy"] or g["mdy"] or g["ldmy"]:
            mword = g["m1"] or g["m2"] or g["m9"]
            dword = g["d0"] or g["d1"] or g["d2"] or g["d9"]  # "3 and 4 May", "3-5 May": the first day
            yword = g["y1"] or g["y2"] or g["y9"]
            if g["ldmy"]:
                month = DE_MONTHS[mword.lower()]  # lower case, as those languages write it
            elif not _cased(mword):
                return None
            else:
                month = _month_number(mword)
            day = int(re.sub(r"\D", "", dword))
            if g["mdy"] and mword.lower() == "may" and not yword and not has_pre and not mod:
                # "May 5" is a date; "Theresa May 5 ..." rarely; "May 1" is fine.
                if self.word_before(start)[:1].isupper() and not self.sentence_initial(start):
                    return None
            week_of = _WEEK_OF.search(self.text, max(0, start - 16), start) if not g["pre"] else None
            if yword:
                try:
                    d = date(int(yword), month, day)
                except ValueError:
                    return None
                if week_of:  # "the week of March 6, 2000": that week
                    return [(week_of.start(), end, _tx(_week(d), "week", "explicit"))]
                return [(start, end, _tx(d.isoformat(), "day", "explicit"))]
            try:
                date(2000, month, day)  # a day the month can have (29 February in a leap year)
            except ValueError:
                return None
            deictic_year = _DEICTIC_YEAR.match(self.text, end)
            if deictic_year and a is not None:
                # "On 27 January this year", "on 4 May last year": the year is the document's
                year = a.day.year + {"last": -1, "next": 1}.get(deictic_year.group(1).lower(), 0)
                return [(start, end, _tx(_occurrence(year, month, day).isoformat(), "day", "document date"))]
            anaphoric_year = _ANAPHORIC_YEAR.match(self.text, end)
            base = self.named_last(start) if anaphoric_year else None
            if base is not None:
                shift = anaphoric_year.group(1).lower().split()[-1]
                year = base.day.year + {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(shift, 0)
                return [(start, anaphoric_year.end(), _tx(_occurrence(year, month, day).isoformat(), "day", "context"))]
            weekday = g["wd1"] or g["wd2"]
            found = self.complete(month, day, start, end,
                                  WEEKDAYS.get(weekday.lower()) if weekday and _cased(weekday) else None)
            if found is None:
                return [(start, end, _unresolved())]
            d, precision, resolved = found
            if week_of:
                return [(week_of.start(), end, _tx(_week(d), "week", resolved))]
            return [(start, end, _tx(d.isoformat(), "day", resolved))]

        if g["nth"]:
            # "released on the 5th": a day of the month the story is in
            if not has_pre:
                return None
            base = self.day_context(start) or self.recent_context(start)
            if base is None or base.precision not in ("day", "month"):
                return [(start, end, _unresolved())]
            day = int(re.sub(r"\D", "", g["nd"]))
            first = base.day.replace(day=1)
            try:
                d = first.replace(day=day)
            except ValueError:
                return [(start, end, _unresolved())]
            if base.precision == "day" and d < base.day:
                d = _add_months(first, 1)  # "arrested on 28 March ... charged on the 2nd": April
                if calendar.monthrange(d.year, d.month)[1] < day:
                    return [(start, end, _unresolved())]
                d = d.replace(day=day)
            return [(start, end, _tx(d.isoformat(), "day", "context"))]

        if g["my"]:
            if not _cased(g["m3"]):
                return None
            if g["m3"].lower() == "may" and not has_pre and not mod:
                wb = self.word_before(start)
                if wb.lower() in ("he", "she", "it", "they", "we", "you", "i", "who", "which", "that"):
                    return None
            month = _month_number(g["m3"])
            return [(start, end, _tx(f"{int(g['y3']):04d}-{month:02d}", "month", "explicit"))]

        if g["mrely"]:
            if not _cased(g["m4"]):
                return None
            month = _month_number(g["m4"])
            rel = re.sub(r"\s+", " ", g["rel4"].lower())
            if rel in ("last", "this", "next"):  # "July last year": from the document date
                base, resolved = a, "document date"
            elif rel in ("that", "the same"):  # "October of that year": the year named last
                base, resolved = self.named_last(start), "context"
            else:  # "March of the following year": from the narrative
                base, resolved = self.recent_context(start), "context"
            if base is None:
                return [(start, end, _unresolved())]
            y = base.day.year + (-1 if rel in ("last", "the previous", "the preceding", "the prior")
                                 else 1 if rel in ("next", "the following", "the next") else 0)
            return [(start, end, _tx(f"{y:04d}-{month:02d}", "month", resolved))]

        if g["seay"] or g["yrsea"]:
            sea = (g["sea1"] or g["sea3"]).lower()
            y = int(g["y5"] or g["y7"])
            return [(start, end, _tx(f"{y:04d}-{SEASONS[sea]}", "season", "explicit"))]

        if g["quarter"]:
            q = ORDINALS[g["qord"].lower()]
            if g["qago"] and self.context_quarter and g["qago"].lower() != "comparable":
                y = self.context_quarter[0] - 1
                return [(start, end, _tx(f"{y:04d}-Q{q}", "season", "context"))]
            if g["qpr"] and a is not None:
                y = a.day.year + {"this": 0, "last": -1, "next": 1}[g["qpr"].lower()]
                self.context_quarter = (y, q)
                return [(start, end, _tx(f"{y:04d}-Q{q}", "season", "document date"))]
            if g["qy"] or g["qy2"] or g["qpy"]:
                y = int(g["qy"] or g["qy2"] or g["qpy"])
                self.context_quarter = (y, q)
                return [(start, end, _tx(f"{y:04d}-Q{q}", "season", "explicit"))]
            if a is None:
                return [(start, end, _unresolved())]
            y = a.day.year
            rel = (g["qrel"] or "").lower()
            if rel == "last":
                y -= 1
            elif rel == "next":
                y += 1
            elif not rel:
                fut = self.future(start, end)
                if not fut and q > _quarter(a.day):
                    y -= 1
            self.context_quarter = (y, q)
            return [(start, end, _tx(f"{y:04d}-Q{q}", "season", "document date"))]

        if g["qrelx"]:
            if g["qthe"]:
                # "the quarter": the one being discussed, else the last complete one
                if self.context_quarter:
                    y, q = self.context_quarter
                    return [(start, end, _tx(f"{y:04d}-Q{q}", "season", "context"))]
                qr = "latest"
            else:
                qr = re.sub(r"\s+", " ", (g["qr"] or g["qr2"]).lower())
            if qr == "comparable":
                qr = "year-ago"
            if qr in ("year-ago", "year-earlier", "same") and self.context_quarter:
                y, q = self.context_quarter
                if qr != "same":
                    y -= 1
                return [(start, end, _tx(f"{y:04d}-Q{q}", "season", "context"))]
            if a is None:
                return [(start, end, _unresolved())]
            y, q = a.day.year, _quarter(a.day)
            if qr in ("latest", "last", "previous", "prior", "recent", "most recent", "year-ago", "year-earlier"):
                q -= 1
                if q == 0:
                    y, q = y - 1, 4
                if qr in ("year-ago", "year-earlier"):
                    y -= 1
            elif qr in ("next", "coming"):
                q += 1
                if q == 5:
                    y, q = y + 1, 1
            if qr not in ("year-ago", "year-earlier"):
                self.context_quarter = (y, q)
            return [(start, end, _tx(f"{y:04d}-Q{q}", "season", "document date"))]

        if g["half"]:
            y = int(g["hy"])
            h = 1 if g["hord"].lower() == "first" else 2
            return [(start, end, _tx(f"{y:04d}-H{h}", "season", "explicit"))]

        if g["decade"]:
            dec = g["dec"]
            if dec[0] in "'’":  # "the '90s": last century's, but "the '10s" this one's
                digit = dec[1]
                value = f"{'20' if digit in '01' else '19'}{digit}"
            else:
                value = dec[:3]
            return [(start, end, _tx(value, "decade", "explicit"))]

        if g["century"]:
            word = g["cent"].lower()
            digits = re.sub(r"\D", "", word)
            n = int(digits) if digits else CENTURY_WORDS.get(re.sub(r"[\s-]+", " ", word), 0)
            if not 1 <= n <= 21:
                return None
            return [(start, end, _tx(f"{n - 1:02d}", "century", "explicit"))]

        if g["yrange"]:
            y1 = int(g["yr1"])
            raw2 = g["yr2"]
            y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
            if y2 <= y1 or y2 - y1 > 100:
                return None
            s2 = m.start("yr2")
            return [(start, m.end("yr1"), _tx(f"{y1:04d}", "year", "explicit")),
                    (s2, end, _tx(f"{y2:04d}", "year", "explicit"))]

        if g["deictic"]:
            if g["deic"].lower() == "overnight" and not (
                    self.clause_initial(start) or self.char_before(start) == "," or _OVERNIGHT_ENDS.match(self.text, end)):
                return None  # "overnight losses", "struck overnight with": a manner, not the night of the report
            if a is None or a.precision != "day":
                return [(start, end, _unresolved())]
            self.news = True
            # a part of the document's own day ("this morning", "overnight") is that day
            off = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(" ".join(g["deic"].lower().split()), 0)
            return [(start, end, _tx((a.day + timedelta(days=off)).isoformat(), "day", "document date"))]

        if g["ctxwd"]:
            if not _cased(g["cwd"]):
                return None
            # "the following Monday", "that Friday": from the day the narrative is at.
            base = self.day_context(start) or self.recent_context(start)
            if base is None or base.precision != "day":
                return [(start, end, _unresolved())]
            rel = re.sub(r"\s+", " ", g["cwr"].lower())
            weekday = WEEKDAYS[g["cwd"].lower()]
            if rel in ("the previous", "the preceding"):
                d = base.day - timedelta(days=(base.day.weekday() - weekday - 1) % 7 + 1)
            elif rel == "that":  # the one in that day's week
                d = base.day + timedelta(days=weekday - base.day.weekday())
            else:
                d = base.day + timedelta(days=(weekday - base.day.weekday() - 1) % 7 + 1)
            return [(start, end, _tx(d.isoformat(), "day", "context"))]

        if g["weekday"]:
            if not _cased(g["wd"]):
                return None
            if g["wd"].lower().endswith("s"):  # "on Mondays": a set, not a date
                return None
            rel = (g["wrel"] or "").lower() or None
            told = self.narrative_weekday(WEEKDAYS[g["wd"].lower()], start) if rel is None else None
            if told is not None:
                return [(start, end, _tx(told.isoformat(), "day", "context"))]
            if a is None or a.precision != "day":
                return [(start, end, _unresolved())]
            self.news = True
            tense = self.tense(start, end)
            ahead = tense == "future" or (tense is None and self.plans(start, end))
            d = _weekday_date(WEEKDAYS[g["wd"].lower()], a.day, rel, ahead)
            return [(start, end, _tx(d.isoformat(), "day", "document date"))]

        if g["rel"]:
            return self._relative(m, g, start, end)

        if g["ago"]:
            if a is None:
                return [(start, end, _unresolved())]
            amount, vague = _number(g["agon"])
            unit = g["agou"].lower().rstrip("s")
            if vague:
                return [(start, end, _tx(None, "unresolved", "unresolved", "PAST_REF"))]
            if unit == "year" and amount == 1 and not g["agoq"] and self.context_quarter:
                # "net rose 5% from a year ago" in quarterly results: the same quarter last year
                y, q = self.context_quarter
                return [(start, end, _tx(f"{y - 1:04d}-Q{q}", "season", "context"))]
            amount = _quant_adjust(g["agoq"], amount)
            d = _shift(a.day, -amount, unit)
            if d is None:
                return [(start, end, _unresolved("PAST_REF"))]
            if unit == "decade":
                return [(start, end, _tx(f"{d.year:04d}", "season", "document date"))]
            precision = _cap(unit, a.precision)
            return [(start, end, _tx(_iso(d, precision), precision, "document date"))]

        if g["later"]:
            ctx = self.context
            unit = g["ctu"].lower().rstrip("s")
            if unit in ("day", "week", "hour", "minute"):
                ctx = self.day_context(start) or ctx
            direction = g["ctdir"].lower()
            if ctx is None:
                return [(start, end, _unresolved())]
            if unit in ("hour", "minute"):  # "Hours later", "minutes after": the same day
                return [(start, end, _tx(_iso(ctx.day, ctx.precision), ctx.precision, "context"))]
            amount, vague = _number(g["ctn"])
            if not g["ctn"]:
                vague = True
            if unit == "year" and amount == 1 and not vague and direction == "earlier" and self.context_quarter:
                y, q = self.context_quarter
                return [(start, end, _tx(f"{y - 1:04d}-Q{q}", "season", "context"))]
            sign = -1 if direction.startswith(("earlier", "before")) else 1
            exact = not vague and not g["ctq"]
            d = _shift(ctx.day, sign * _quant_adjust(g["ctq"], amount), unit)
            if d is None:
                return [(start, end, _unresolved())]
            if exact:
                precision = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}[unit]
            else:
                # "weeks after", "less than two months later": only the year is safe.
                precision = "month" if unit == "day" else "year"
            precision = _cap(precision, ctx.precision)
            return [(start, end, _tx(_iso(d, precision), precision, "context"))]

        if g["ctfix"]:
            ctx = self.context
            if ctx is None:
                return [(start, end, _unresolved())]
            unit = (g["cfu"] or g["cfu2"] or g["cfu3"] or g["cfu4"] or g["cfu5"] or g["cfu6"] or g["cfu7"] or "").lower()
            rel = (g["cfrel"] or g["cfrel2"] or g["cfrel3"] or g["cfrel7"] or "").lower()
            if g["cfu4"]:
                rel = m.group(0).split()[1].lower()  # "the next morning", "the same night"
            if unit in ("night", "morning", "evening", "afternoon"):
                unit = "day"  # a part of that day, or of the next one
            if g["cfn6"] or g["cfn7"]:
                # "on the day of the operation", "the day before his arrest": from the day the
                # text gave the operation or the arrest
                told, named = self.day_of(g["cfn6"] or g["cfn7"], start)
                if told:
                    if named is None:  # told on a day the text does not let us place
                        return [(start, end, _unresolved())]
                    shift = {"before": -1, "after": 1}.get(rel, 0)
                    return [(start, end, _tx(_iso(named.day + timedelta(days=shift), "day"), "day", "context"))]
            if unit in ("day", "week"):
                ctx = self.day_context(start) or ctx
            if not unit:  # "soon afterward", "shortly before"
                precision = _cap("year", ctx.precision)
                return [(start, end, _tx(_iso(ctx.day, precision), precision, "context"))]
            sign = 0
            if rel in ("following", "next", "after"):
                sign = 1
            elif rel in ("previous", "preceding", "prior", "before"):
                sign = -1
            d = _shift(ctx.day, sign, unit)
            if d is None:
                return [(start, end, _unresolved())]
            precision = unit
            precision = _cap(precision, ctx.precision)
            return [(start, end, _tx(_iso(d, precision), precision, "context"))]

        if g["vague"]:
            unit = (g["vu"] or g["vu2"] or "").lower()
            if a is None or unit in ("years", "decades"):
                return [(start, end, _unresolved("PAST_REF"))]
            return [(start, end, _tx(f"{a.day.year:04d}", "season", "document date", "PAST_REF"))]

        if g["future"]:
            return [(start, end, _unresolved("FUTURE_REF"))]

        if g["past"]:
            return [(start, end, _unresolved("PAST_REF"))]

        if g["present"]:  # "now", "currently": the document's own date
            if a is None:
                return [(start, end, _unresolved("PRESENT_REF"))]
            return [(start, end, _tx(_iso(a.day, a.precision), a.precision, "document date", "PRESENT_REF"))]

        if g["attime"]:  # "At the time", "by then": the moment the narrative is at
            if not self.clause_initial(start):
                return None  # "chair of the assembly at the time", ", at the time a senator,": a role's time
            base = self.recent_context(start)
            if base is None:
                return [(start, end, _unresolved("PAST_REF"))]
            return [(start, end, _tx(_iso(base.day, base.precision), base.precision, "context", "PAST_REF"))]

        if g["wkend"]:
            if a is None or a.precision != "day":
                return [(start, end, _unresolved())]
            ahead = self.future(start, end)
            saturday = _weekday_date(5, a.day, None, ahead)
            if not ahead and a.day.weekday() == 6:
                saturday = a.day - timedelta(days=1)
            return [(start, end, _tx(_week(saturday) + "-WE", "week", "document date"))]

        if g["endof"]:  # "by the end of the year", "earlier in the month": the narrative's, else now
            unit = g["eou"] or g["eou2"]
            base, resolved = self.narrative_ref(start), "context"
            if base is None:
                base, resolved = a, "document date"
            if base is None:
                return [(start, end, _unresolved())]
            if unit == "month" and base.precision in ("day", "week", "month"):
                return [(start, end, _tx(_iso(base.day, "month"), "month", resolved))]
            return [(start, end, _tx(f"{base.day.year:04d}", "season", resolved))]

        if g["followed"]:  # "In the months that followed": shortly after the narrative's moment
            unit = g["fu"] or g["fu2"]
            base = self.recent_context(start)
            if base is None or unit == "years":
                return [(start, end, _unresolved())]
            if unit in ("days", "weeks"):
                precision = _cap("month", base.precision)
                return [(start, end, _tx(_iso(base.day, precision), precision, "context"))]
            return [(start, end, _tx(f"{base.day.year:04d}", "season", "context"))]

        if g["relm"]:  # "the following October", "that March": from the narrative
            if not _cased(g["m8"]):
                return None
            month = _month_number(g["m8"])
            base = self.recent_context(start)
            if base is None:
                return [(start, end, _unresolved())]
            rel = re.sub(r"\s+", " ", g["rm"].lower())
            y = base.day.year
            if rel in ("the following", "the next") and month <= base.day.month:
                y += 1
            elif rel in ("the previous", "the preceding") and month >= base.day.month:
                y -= 1
            elif self.anchor is not None and (y, month) > (self.anchor.day.year, self.anchor.day.month) \
                    and self.tense(start, end) == "past":
                # "... found in a grave that October" in a report of August 2023, told after "last
                # February": a past happening is never later than its report, so the October before
                y -= 1
            return [(start, end, _tx(f"{y:04d}-{month:02d}", "month", "context"))]

        if g["year"]:
            return self._bare_year(m, g, start, end, mod, has_pre)

        if g["mrel"]:
            if not _cased(g["m6"]):
                return None
            month = _month_number(g["m6"])
            if a is None:
                return [(start, end, _unresolved())]
            rel = g["mr"].lower()
            d = date(a.day.year, month, 1)
            if rel in ("last", "past") and month >= a.day.month:
                d = date(a.day.year - 1, month, 1)
            elif rel in ("next", "coming") and month <= a.day.month:
                d = date(a.day.year + 1, month, 1)
            return [(start, end, _tx(_iso(d, "month"), "month", "document date"))]

        if g["month"]:
            return self._bare_month(m, g, start, end, mod, has_pre)

        if g["season"]:
            sea = g["sea2"].lower()
            srel = re.sub(r"\s+", " ", (g["srel"] or "").lower())
            if not srel and not has_pre and not mod:
                return None
            if sea == "fall" and srel not in ("last", "this", "next", "the coming", "this past"):
                return None
            if srel == "" and sea == "spring" and not has_pre:
                return None
            if a is None:
                return [(start, end, _unresolved())]
            if srel in ("last", "this past", "next", "the coming"):
                direction = srel
            else:  # "the summer", "in early summer": the coming one when the clause plans it
                direction = "next" if self.future(start, end) else "begun"
            y = _season_year(SEASONS[sea], a.day, direction)
            return [(start, end, _tx(f"{y:04d}-{SEASONS[sea]}", "season", "document date"))]
        return None

    def _relative(self, m, g, start, end):
        a = self.anchor
        unit = re.sub(r"\s+", " ", g["runit"].lower())
        rrel = re.sub(r"\s+", " ", g["rrel"].lower())
        rmod = (g["rmod"] or g["mod"] or "").strip().lower()
        rmod = re.sub(r"^the\s+|[\s-]+$", "", rmod)
        if rrel in ("the same", "that"):  # "that month": the time the text named last
            base = self.named_last(start, unit) or self.context
            resolved = "context"
        elif rrel in ("the following", "the previous"):
            base = self.context
            resolved = "context"
        else:
            base = a
            resolved = "document date"
        if base is None:
            if unit == "fall" and rrel not in ("last", "this", "next"):
                return None
            return [(start, end, _unresolved())]
        # "the past year" is the twelve months up to the document date (a vague part of this
        # year, as "in recent months"), "last year" the calendar year before it
        step = {"last": -1, "the previous": -1, "next": 1, "the coming": 1,
                "the following": 1}.get(rrel, 0)
        if unit in ("summer", "winter", "spring", "autumn", "fall"):
            if resolved == "document date":
                y = _season_year(SEASONS[unit], base.day, rrel)
            else:
                y = base.day.year + step
            return [(start, end, _tx(f"{y:04d}-{SEASONS[unit]}", "season", resolved))]
        if unit in ("week", "weekend", "month"):
            d = _shift(base.day, step, "month" if unit == "month" else "week")
            if d is None:  # "next month" in a document dated December 9999 (--published)
                return [(start, end, _unresolved())]
        if unit in ("week", "weekend"):
            precision = _cap("week", base.precision)
            value = _iso(d, precision) + ("-WE" if unit == "weekend" and precision == "week" else "")
            return [(start, end, _tx(value, precision, resolved))]
        if unit == "month":
            precision = _cap("month", base.precision)
            return [(start, end, _tx(_iso(d, precision), precision, resolved))]
        # year, fiscal year
        y = base.day.year + step
        if unit == "year" and not rmod and self.quarter_of_year(start, end):
            # "last year's quarter", "the same period last year": that year's quarter of the results
            q = self.context_quarter[1]
            return [(start, end, _tx(f"{y:04d}-Q{q}", "season", resolved))]
        precision = "season" if rrel == "the past" or rmod in (
            "late", "early", "mid", "end of", "beginning of", "start of", "middle of", "first half of",
            "second half of") else "year"
        return [(start, end, _tx(f"{y:04d}", precision, resolved))]

    def _bare_year(self, m, g, start, end, mod, has_pre):
        y = int(g["y6"])
        if not 1500 <= y <= 2099:
            return None
        ys, ye = m.start("y6"), m.end("y6")
        text = self.text
        if not has_pre and not mod:
            nxt = self.word_after(ye).lower()
            if nxt in COUNT_NOUNS or text[ye:ye + 1] in ("%", "+", "/") or text[ye:ye + 2] == " %" \
                    or text[ye:ye + 1] == ":" and text[ye + 1:ye + 2].isdigit():
                return None  # '2000 troops', '2019/20', '2019:3'; not a heading's '2011:'
            # a word on the line before says what the number is ('Resolution 2216'), not a title above it
            prev = "" if text[max(0, ys - 80):ys].rstrip(" \t#*_").endswith("\n") else self.word_before(ys).lower()
            if prev in ID_WORDS or prev.endswith("#"):
                return None
            if self.char_before(ys) == "[" or text[ys - 1:ys] == "#" or text[ye:ye + 1] == "]":
                return None  # footnote markers, hashtags (not a Markdown heading's '## 2011')
            if y < 1800 and not prev in ("the", "of", "since", "in", "by"):
                return None
        if mod:
            return [(start, end, _tx(f"{y:04d}", "season", "explicit"))]
        if self.quarter_of_year(start, end):
            q = self.context_quarter[1]  # "the 1988 quarter", "the 1989 period"
            return [(start, end, _tx(f"{y:04d}-Q{q}", "season", "explicit"))]
        return [(start, end, _tx(f"{y:04d}", "year", "explicit"))]

    def _bare_month(self, m, g, start, end, mod, has_pre):
        word = g["m5"]
        if _month_number(word) is not None and word.lower().rstrip(".") not in _CALENDAR.months and not mod:
            return None  # a lone short form ("Mar", "Dec"): a month only with its part, "mid-Oct"
        if not _cased(word) or (word.isupper() and len(word) > 3 and word.lower() == "may"):
            return None
        month = _month_number(word)
        prev = self.word_before(m.start("m5")).lower()
        nxt_word = self.word_after(m.end("m5"))
        triggered = has_pre or bool(mod) or prev in ("the", "a", "an", "last", "this", "next", "early", "late", "mid")
        if word.lower() == "may":
            pre = (g["pre"] or "").strip().lower()
            if not (mod or pre in ("in", "since", "until", "till", "by", "during", "from", "of", "through", "before", "after", "between")
                    or prev in ("the", "a", "last", "this", "next", "early", "late", "mid")
                    or (prev.isalpha() and prev.islower() and prev not in _MODAL_SUBJECTS
                        and not self.sentence_initial(m.start("m5")) and nxt_word[:1].islower()
                        and nxt_word.lower() in _MAY_NOUNS)):
                return None
        elif not triggered:
            # A lone month name: a date unless it starts a sentence or begins a name ("June
            # Carter"); one opening a line as the date of what follows it is a chronology's entry
            # ("September: Colombia recalled its ambassador.", "March - Troops deployed ...")
            entry = self.char_before(start) == "\n" and _ENTRY_DATE_END.match(self.text, end) is not None
            if not entry and (self.sentence_initial(m.start("m5")) or nxt_word[:1].isupper()
                              or self.word_before(m.start("m5"))[:1].isupper()):
                return None
        elif nxt_word[:1].isupper() and not has_pre and not mod and word.lower() in ("april", "june", "august"):
            return None  # "the June Carter show"
        found = self.complete(month, None, start, end)
        if found is None:
            return [(start, end, _unresolved())]
        d, _precision, resolved = found
        return [(start, end, _tx(_iso(d, "month"), "month", resolved))]


# What closes the date of a chronology's entry at the start of its line ("September: ...").
_ENTRY_DATE_END = re.compile(r"[ \t]*(?::|[-–—][ \t])")

# How an expression that sets its sentence's time begins ("In 2019", "During March 2020").
_SCENE_OPENER = re.compile(r"(?:" + _either(_WORDS.scene_openers) + r")\s", re.IGNORECASE)

# What joins a second happening to the first in one sentence.
_COORDINATED = re.compile(r"\b(?:" + _either(_WORDS.coordinators) + r")\b|;")
# After "overnight" standing for the report's own night: the clause or sentence ends.
_OVERNIGHT_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)")
_MODAL_SUBJECTS = _WORDS.modal_subjects
_MAY_NOUNS = _WORDS.may_nouns


def _season_year(code: str, day: date, direction: str) -> int:
    """The year of a named season relative to ``day``: ``last`` / ``this past``: the latest one
    already over ("last summer" in December 2022 is the summer of 2022, in June or March 2023
    that of 2022); ``next`` / ``the coming``: the first one not yet begun; ``this``: the one of
    ``day``'s year; ``begun``: the latest one already begun ("floods hit in early summer" in
    August 2023 is the summer of 2023)."""
    if direction == "begun":
        return next(y for y in (day.year, day.year - 1) if date_bounds(f"{y:04d}-{code}")[0] <= day)
    if direction in ("last", "this past", "the past", "the previous"):
        return next(y for y in (day.year, day.year - 1, day.year - 2) if date_bounds(f"{y:04d}-{code}")[1] < day)
    if direction in ("next", "the coming", "coming"):
        return next(y for y in (day.year, day.year + 1) if date_bounds(f"{y:04d}-{code}")[0] > day)
    return day.year


# ---------------------------------------------------------------------------------------------
# Public API


# The trigger words (case-insensitive patterns, each opening with at least three letters, some
# only after a given word): the date pattern is tried around them.
_TRIGGER_WORDS = (
    "spring", "summer", "autumn", "fall", "winter", "yesterday", "today", "tomorrow", "tonight",
    "overnight", "now", r"current(?:ly)?", "nowadays", "present", "moment", r"recent(?:ly)?", "ago",
    "later", "earlier", r"after(?:wards?)?", "thereafter", "before", r"week(?:end)?s?", "months?",
    "years?", "days?", "decades?", "hours?", "minutes?", "century", "quarter", "future", "past", "term", "nineteenth",
    "twentieth", "eighteenth", "twenty", "night", "morning", "evening", "afternoon",
    r"(?<=the\s)time", r"(?<=that\s)time", r"(?<=that\s)point", r"(?<=that\s)stage",
    r"(?<=by\s)then", r"(?<=back\s)then",
)
# Every temporal expression contains one of these words or a digit. Scanning for them first and
# trying the full pattern only at the few word starts before each is about ten times faster than
# running the full pattern over the whole text (and gives the same leftmost matches).
_TRIGGER = re.compile(
    r"(?<![\w$€£¥.,])(?:\d{1,2}\.\d{1,2}\.(?:1[5-9]|20)\d\d(?!\.?\d)|\d{1,2}(?!\d|[.,]\d)|\d{4}(?!\d|[.,]\d))"
    r"|(?<![\w'’])['’]\d0s"
    r"|\b(?-i:(?:" + "|".join([m[:3].title() for m in _CALENDAR.months] + [m[:3].upper() for m in _CALENDAR.months])
    + r")[a-zA-Z]*|(?:" + "|".join(d.title().removesuffix("day") for d in _CALENDAR.weekdays) + r")days?)"
    r"|\b(?:" + "|".join(_TRIGGER_WORDS) + r")\b",
    re.I,
)
# The words (lower case) that may come before a trigger inside an expression: prepositions,
# modifiers ("early", "the end of"), quantities ("close to four"), determiners.
_PREFIX_WORDS = _WORDS.prefix_words
_PREFIX_WORD = re.compile(r"([\w'’-]+)[ \t\u00a0-]+$")
# Where a trigger can start: a digit, an apostrophe, one of the letters that begin a month,
# weekday or trigger word (either case), or any non-ASCII character (Unicode digits, case
# folding), not preceded by a word character. A superset of _TRIGGER's match positions that a
# simple pattern finds quickly; _TRIGGER itself is then tried only there.
_TRIGGER_START = re.compile(r"(?<!\w)[\d'’JFMASONDTWHsafwytncpmrlebdqohSAFWYTNCPMRLEBDQ\x80-\U0010ffff]")
# The first three letters (lower case) of every month, weekday and trigger word, each at least
# three letters long: at an ASCII word whose first three letters are none of these ('to',
# 'said', 'which' start with a trigger's first letter, not its first three) _TRIGGER cannot
# match, and a try of the full pattern costs many times this look-up.
_TRIGGER_WORD_STARTS = frozenset(
    {m[:3] for m in _CALENDAR.months} | {d[:3] for d in _CALENDAR.weekdays}
    | {re.sub(r"^\(\?<=[^)]*\)", "", word)[:3] for word in _TRIGGER_WORDS})
_LOOKBACK_WORDS = 6


def _triggers(text: str):
    """(start, end) of _TRIGGER.finditer(text), the same non-overlapping leftmost matches,
    trying the full pattern only where _TRIGGER_START says one can begin and the word there
    starts like a trigger (_TRIGGER_WORD_STARTS)."""
    pos = 0
    trigger = _TRIGGER.match
    for c in _TRIGGER_START.finditer(text):
        s = c.start()
        if s < pos:
            continue
        word = text[s:s + 3]
        if word.isascii() and word[0].isalpha() and word.lower() not in _TRIGGER_WORD_STARTS:
            continue  # (non-ASCII letters are left to _TRIGGER: re.I folds 'ſ' to 's')
        m = trigger(text, s)
        if m is not None:
            pos = m.end()
            yield s, pos


def _matches(text: str):
    """Leftmost, non-overlapping matches of the date pattern, found from trigger words: every
    expression holds one (a digit, a month or weekday name, "ago", "year", ...), and the words
    before it inside the expression are prefix words ("as of the end of 2021"). Trying the full
    pattern only there is many times faster than running it over the whole text."""
    pos = 0
    match = _pattern().match
    prefix_word = _PREFIX_WORD.search
    for s, trig_end in _triggers(text):
        if s < pos:
            continue
        starts = [s]
        cur = s
        for _ in range(_LOOKBACK_WORDS):
            w = prefix_word(text, max(pos, cur - 30), cur)
            if w is None or w.group(1).lower() not in _PREFIX_WORDS:
                break
            cur = w.start(1)
            starts.append(cur)
        for cs in reversed(starts):
            m = match(text, cs)
            if m is not None and m.end() > s:
                yield m
                pos = m.end()
                break


def find_timexes(text: str, anchor: Any = None,
                 quiet: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, Timex]]:
    """All temporal expressions in ``text`` as ``(start, end, timex)``, in text order.

    ``anchor`` is the document date (a DateValue, its dict form, a ``date``, an ISO string or
    None). Expressions like "two weeks later" are resolved against the nearest preceding
    expression that has a value ("context"); year-less dates against the narrative reference
    time or the document date (see the module docstring). ``quiet`` lists sorted, disjoint
    ``(start, end)`` blocks (footnotes) whose dates are found but never become the narrative's
    reference, and whose context does not carry over to the text after them.
    """
    scanner = _Scanner(text, Anchor.from_value(anchor))
    out: list[tuple[int, int, Timex]] = []
    quiet_starts = [q[0] for q in quiet]
    saved: tuple | None = None  # the scanner's state before the footnote block we are in
    quiet_end = -1
    for m in _matches(text):
        start = m.start()
        if out and start < out[-1][1]:
            continue  # inside the expression just read ("On 7 May of that year")
        if saved is not None and start >= quiet_end:
            (scanner.context, scanner.context_end, scanner.day_anchor, scanner.narrative,
             scanner.context_quarter) = saved
            saved, scanner.quiet = None, False
        if saved is None and quiet:
            i = bisect.bisect_right(quiet_starts, start) - 1
            if i >= 0 and start < quiet[i][1]:
                saved = (scanner.context, scanner.context_end, scanner.day_anchor, scanner.narrative,
                         scanner.context_quarter)
                quiet_end, scanner.quiet = quiet[i][1], True
        if scanner.foreground is not None and start >= scanner.foreground[3] \
                and not scanner.flashback(scanner.foreground[3], scanner.sentence_bounds(start, m.end())[1]):
            # the sentence after a look back ("..., two weeks after he was indicted on 17
            # February." / "In 2021, the group had kidnapped a priest."): "The next day" counts
            # from the story's own moment, not from the look back
            if scanner.context is not None:
                scanner.looked_back = (scanner.context, scanner.context_end)
            scanner.context, scanner.context_end, scanner.day_anchor = scanner.foreground[:3]
        if scanner.foreground is not None and start >= scanner.foreground[3]:
            scanner.foreground = None
        found = scanner.normalise(m)
        if not found:
            continue
        for s, e, tx in found:
            if scanner.foreground is None and scanner.context is not None and tx["value"] \
                    and not _ANAPHORIC.search(text, s, e) and scanner.looks_back(s, e, out):
                scanner.foreground = (scanner.context, scanner.context_end, scanner.day_anchor,
                                      scanner.sentence_bounds(s, e)[1])
            out.append((s, e, tx))
            value, precision = tx["value"], tx["precision"]
            if tx.get("timeml") == "PRESENT_REF" or m.group("followed") or m.group("attime"):
                # "now" is the document's moment, not the narrative's; "in the months that
                # followed" and "At the time" only say roughly where the narrative is
                continue
            if value and precision in ("day", "week", "month", "year", "season") and not _in_passing(text, s, e) \
                    and not _attribution(text, s, e):
                ctx = _anchor(value)
                if ctx is not None:
                    scanner.context, scanner.context_end = ctx, e
                    scanner.looked_back = None
                    scanner.context_from = tx["resolved_from"]
                    scene = scanner.sets_scene(s)
                    if scene:
                        scanner.scene_end = e
                    if ctx.precision == "day":
                        scanner.day_anchor = (ctx, e)
                        if not scanner.quiet and not m.group("cfn7"):
                            # ("the night before the attack" is no day of the attack)
                            scanner.days.append((e, ctx))
                    if precision == "year" and m.group("year") and "timeml" not in tx and not scanner.quiet:
                        heading = scanner.year_heading(s, e)
                        if heading or scanner.moves_story(m, s, e):
                            if heading:
                                scanner.section = (ctx.day.year, e)
                            scanner.scene_end = e
                            scanner.narrative, scanner.narrative_told = (ctx, e), True
                            continue
                    if (_tells_the_year(m, tx) or (len(value) == 4 and "timeml" not in tx and (
                            # "The next year, ...", "A year later, ...": a year the story moved to
                            scene or (tx["resolved_from"] == "context" and scanner.sentence_initial(s))))) and not scanner.quiet \
                            and not scanner.citation(s, e, bool(m.group("pre"))) and not _background(text, s, e):
                        scanner.narrative = (ctx, e)
                        scanner.narrative_told = tx["resolved_from"] == "context" or bool(scene)
            elif value is None and "timeml" not in tx:
                # A calendar date the text does not let us place ("On 4 October" in an undated
                # report): what is counted from it ("Two weeks later") cannot be placed either,
                # nor can a year-less date told after it.
                scanner.context = None
                scanner.looked_back = None
                scanner.day_anchor = None
                scanner.narrative = None
                if not scanner.quiet and (m.group("dmy") or m.group("mdy") or m.group("ldmy")):
                    scanner.days.append((e, None))
    _borrow_years(text, out)
    _appositions(text, out)
    return out


# A past participle right before a date, with no auxiliary before it, opens a phrase that
# describes a noun: "the faction born in 1979", "The state of exception declared in December
# 2022 was extended". Such a date is mentioned in passing; the story is not at it.
_PARTICIPLE_BEFORE = re.compile(
    r"(?<![\w'’])(?P<before>\w+)\s+(?P<part>" + _either(_WORDS.passing_irregular_participles) + r"|\w+ed)\s+"
    r"(?:(?:" + _either(_WORDS.passing_prepositions) + r")\s+)?$", re.IGNORECASE)
_FINITE_AFTER = re.compile(r"^[\s,]*(?:" + _either(_WORDS.finite_after) + r")\b", re.IGNORECASE)
_AUXILIARIES = _WORDS.participle_auxiliaries


# A trailing attribution ending its sentence: ", the prosecutor's office said on Monday."
_ADDRESSEE = _either(_CUES.attribution_addressees, r"[ \t]+")
_ATTRIBUTION_BEFORE = re.compile(
    r",[ \t]*(?:[\w'’.-]+[ \t]+){0,6}?(?:" + _either(_CUES.reporting) + r")"
    r"(?:[ \t]+(?:" + _ADDRESSEE + r"|\w+[ \t]+(?:" + _either(_CUES.attribution_media) + r")))?[ \t]+$",
    re.IGNORECASE)
# What may close a trailing attribution after its saying verb: "..., an official said on Wednesday."
_ATTRIBUTION_TAIL = re.compile(
    rf"(?:[ \t]+(?:(?:{_either(_CUES.telling_day_modifiers)})[ \t]+)?(?:{WEEKDAY}|{_either(_CUES.telling_days)})"
    rf"|[ \t]+(?:{_ADDRESSEE}))+[ \t]*[.!?]?[\"”’']?\s*",
    re.IGNORECASE)
_ATTRIBUTION_AFTER = re.compile(r"[ \t]*(?:[.!?][\"”’']?(?:\s|$)|$)")


def _attribution(text: str, start: int, end: int) -> bool:
    """Is the date that of a trailing attribution (", officials said on Monday.")? It tells when
    a thing was said, not where the story is: "The next day" after it counts from the story."""
    return _ATTRIBUTION_AFTER.match(text, end) is not None \
        and _ATTRIBUTION_BEFORE.search(text, max(0, start - 80), start) is not None


# What may stand around a year heading on its line ("## 2012", "**2013**", "2011:").
_HEADING_MARKS = re.compile(r"[ \t#*_:.|\-–—]*")
# A verb after a year that opens its sentence, which makes the year its subject.
_YEAR_SUBJECT = re.compile(r"\s+(?:" + _either(_WORDS.year_subject_verbs) + r")\b", re.IGNORECASE)
# The most words of a sentence that only names a year ("Then came 2014."), the year included.
YEAR_SENTENCE_WORDS = 5
# A sentence that ends on "in" a year, and the next that opens on a year-less date ("... was in
# 2012. On 3 February, marines killed him"): the year is the story's, as "In 2012, on 3 February"
# is ("profits doubled annually since 1980. In September, ..." is not).
_OPENS_ON_YEARLESS_DATE = re.compile(rf"[.!]\s+(?:(?:On|In|By)\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?)?"
                                     rf"(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY}|{MONTH})(?!,?\s*\d)")
# How far below its heading a chronology's year still dates year-less entries (characters).
SECTION_REACH = 6000
# A heading line between blank lines: a line of at most about 80 characters that opens with a
# capital or a digit and has no sentence mark (. ! ? : ;) and no trailing comma.
_HEADING = re.compile(r"\n[ \t]*\n[ \t]*(?:#+[ \t]*)?[A-Z0-9][^\n.!?:;]{0,80}?(?<![,\s])[ \t]*\n[ \t]*\n")
# A participle that tells the origin of a thing before its date ("founded in March 1998", "was
# born on 4 May 1970"): background, not the time the story is at.
_ORIGIN_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{_either(_CUES.origin_participles)})\s+(?:(?:{_either(_CUES.origin_prepositions)})\s+)?$",
    re.IGNORECASE)
# A non-restrictive relative clause the date closes (", who joined the group in March 2001,").
_RELATIVE_OPENER = re.compile(rf",\s*(?:{_either(_CUES.relative_pronouns)})\s[^,;.]*$", re.IGNORECASE)


# A person's birth date: "born March 30, 1971", "born on 2 May 1975", "DOB: 2 May 1975".
_BIRTH_BEFORE = re.compile(rf"(?<![\w'’])(?:{_either(_CUES.birth)})[\s:]*$", re.IGNORECASE)


def birth_date(text: str, start: int, end: int) -> bool:
    """Is the date expression ``text[start:end]`` a birth date given beside a person's name ("X,
    born March 30, 1971,", "DOB: 2 May 1975")? It dates no happening of its sentence. Its
    leading words are read with the words before it: 'the faction born in 1979' is a founding."""
    words = re.match(r"(?:[A-Za-z]+\s+)*", text[start:end]).group()
    lead = 0
    for w in re.finditer(r"[A-Za-z]+\s+", words):
        if w.group().strip().lower() not in _WORDS.prefix_words:
            break
        lead = w.end()
    at = start + lead
    m = _BIRTH_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    # 'was born on 2 May 1980' tells of the birth itself (an event of its own); only the
    # birth date given beside a name ('X, born March 30, 1971,') is no happening's
    before = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
    return before is None or before.group(1).lower() not in _WORDS.participle_auxiliaries


def _background(text: str, start: int, end: int) -> bool:
    """Is the date background that a year-less date after it does not continue: a thing's origin
    ("the group, founded in March 1998,") or a relative clause set off by commas ("its leader,
    who joined the group in March 2001, was arrested on June 4")? It still dates what is
    counted from it ("Two years later")."""
    if _ORIGIN_BEFORE.search(text, max(0, start - 30), start):
        return True
    return text[end:end + 1] == "," and _RELATIVE_OPENER.search(text, max(0, start - 150), start) is not None


def _in_passing(text: str, start: int, end: int) -> bool:
    m = _PARTICIPLE_BEFORE.search(text, max(0, start - 60), start)
    if m is None or m.group("before").lower() in _AUXILIARIES:
        return False
    return m.group("part").lower() in _CUES.origin_participles or bool(_FINITE_AFTER.match(text[end:end + 20]))


def _tells_the_year(m: re.Match, tx: Timex) -> bool:
    """Can this expression be the narrative's reference time: a day or month that states its
    year ("on 3 March 2019", "in March 2019") or was completed from the narrative? A year alone
    ("in 2019", "since early 2019") is not: it is too often mentioned in passing."""
    if tx["precision"] not in ("day", "month"):
        return False
    if tx["resolved_from"] == "explicit":
        return True
    return tx["resolved_from"] == "context" and bool(
        m.group("dmy") or m.group("mdy") or m.group("ldmy") or m.group("month") or m.group("mrely") or m.group("relm"))


_APPOSITION_JOIN = re.compile(r"^,?\s*$")


def _appositions(text: str, found: list[tuple[int, int, Timex]]) -> None:
    """"Days later, on 26 November": the context expression is dated by the one beside it."""
    for i in range(len(found) - 1):
        s1, e1, t1 = found[i]
        s2, e2, t2 = found[i + 1]
        if t1["resolved_from"] != "context" or not t2["value"] or t2["resolved_from"] == "context":
            continue
        if not _APPOSITION_JOIN.match(text[e1:s2]):
            continue
        # "Days later, on 26 November": the appositive date places it, to the month at most
        # when the expression itself says less ("days later" is no particular day)
        own = t1["precision"] if t1["precision"] in ("day", "week", "month") else "month"
        if PRECISION_ORDER.index(t2["precision"]) >= PRECISION_ORDER.index(own):
            found[i] = (s1, e1, _tx(t2["value"], t2["precision"], "context"))
        else:
            found[i] = (s1, e1, _tx(coarsen(t2["value"], own), own, "context"))


_RANGE_JOIN = re.compile(r"^\s*(?:" + _either(_WORDS.range_joiners) + r"|[-–—])\s*$", re.I)


def _borrow_years(text: str, found: list[tuple[int, int, Timex]]) -> None:
    """"between March and August 2020": the first month takes the second's year (explicit)."""
    for i in range(len(found) - 1):
        s1, e1, t1 = found[i]
        s2, e2, t2 = found[i + 1]
        if t1["resolved_from"] not in ("document date", "context", "unresolved") or t2["resolved_from"] != "explicit":
            continue
        if t2["precision"] not in ("day", "month") or not t2["value"]:
            continue
        if not _RANGE_JOIN.match(text[e1:s2]):
            continue
        m = re.match(rf"^(?:{PREP})?(?:{MOD})?(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+)?({MONTH})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?$",
                     text[s1:e1], re.I)
        if not m:
            continue
        month = _month_number(m.group(2))
        year = t2["value"][:4]
        dword = m.group(1) or m.group(3)
        if dword:
            found[i] = (s1, e1, _tx(f"{year}-{month:02d}-{int(dword):02d}", "day", "explicit"))
        else:
            found[i] = (s1, e1, _tx(f"{year}-{month:02d}", "month", "explicit"))


# ---------------------------------------------------------------------------------------------
# Calendar dates written out whole, in any language pack: date lines, bylines, meta tags


@lru_cache(maxsize=1)
def _written_date_pattern() -> re.Pattern[str]:
    month = "(?:" + "|".join(sorted(map(re.escape, month_numbers()), key=len, reverse=True)) + r")\b\.?"
    ordinal = r"(?:st|nd|rd|th|º|°)?"
    year = r"(?:19|20)\d\d(?!\d)"
    return re.compile(
        rf"(?<![\w/-])(?:"
        rf"(?P<d1>[0-3]?\d){ordinal}(?:\s+de|\s+of)?\s+(?P<m1>{month})(?:\s+de|\s+del)?,?\s+(?P<y1>{year})"
        rf"|(?P<m2>{month})\s+(?P<d2>[0-3]?\d){ordinal},?\s+(?P<y2>{year})"
        rf"|(?P<m3>{month})(?:\s+de|\s+del)?,?\s+(?P<y3>{year})"
        rf"|(?P<y4>{year})(?P<s4>[-/.])(?P<n4>[01]?\d)(?P=s4)(?P<d4>[0-3]?\d)(?!\d)"
        rf"|(?P<a5>[0-3]?\d)[./](?P<b5>[0-3]?\d)[./](?P<y5>{year})"
        rf")",
        re.I)


def _written_value(match: re.Match[str], latest_year: int | None, day_first: bool = False) -> DateValue | None:
    """A DateValue for a written-date match; month-year stays month precision (no day invented)."""
    g = match.groupdict()
    table = month_numbers()
    try:
        if g["y1"]:
            year, month, day = int(g["y1"]), table[g["m1"].lower().rstrip(".")], int(g["d1"])
        elif g["y2"]:
            year, month, day = int(g["y2"]), table[g["m2"].lower().rstrip(".")], int(g["d2"])
        elif g["y3"]:
            year, month, day = int(g["y3"]), table[g["m3"].lower().rstrip(".")], 0
        elif g["y4"]:
            year, month, day = int(g["y4"]), int(g["n4"]), int(g["d4"])
        else:
            first, second, year = int(g["a5"]), int(g["b5"]), int(g["y5"])
            if first > 12 and second <= 12:
                day, month = first, second
            elif second > 12 and first <= 12:
                month, day = first, second
            elif first == second:
                day = month = first
            elif day_first or "." in match.group(0):
                # 03.04.2021 (dots: the day-first writing of Europe and Latin America), or a
                # label in a day-first language on the line ("Fecha: 03/04/2021")
                day, month = first, second
            else:
                return None  # 03/04/2021: day-month or month-day? Not ours to guess.
        if day:
            date(year, month, day)
        elif not 1 <= month <= 12:
            return None
    except (KeyError, ValueError):
        return None
    if latest_year is not None and year > latest_year:
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"
    return DateValue(value=value, precision="day" if day else "month", text=match.group(0).rstrip(".,"),
                     resolved_from="explicit")


def written_dates(text: str, latest_year: int | None = None, day_first: bool = False):
    """``(start, end, DateValue)`` for each calendar date written out whole in ``text``: "1
    December 2022", "March 3, 2021", "3 de marzo de 2021", "2021-03-03" (or "2021/03/03": year
    first is always year, month, day), "13/04/2021" (month
    names of every language pack; day or month precision; never a year later than
    ``latest_year``). An ambiguous numeric date ("03/04/2021") is read day first when written
    with dots ("03.04.2021") or when ``day_first`` says the line's language writes it so, and
    skipped otherwise."""
    for match in _written_date_pattern().finditer(text):
        value = _written_value(match, latest_year, day_first)
        if value is not None:
            yield match.start(), match.end(), value


def parse_written_date(text: str, latest_year: int | None = None) -> DateValue | None:
    """The first calendar date written out whole in ``text`` (see :func:`written_dates`), or None."""
    return next((value for _start, _end, value in written_dates(text, latest_year)), None)


def strip_preposition(text: str) -> str:
    """The expression without a leading preposition ("in August 2010" -> "August 2010")."""
    return _PREP_AT_START.sub("", text, count=1)


_USER_RELATIVE = re.compile(r"^\s*(last|this|next)\s+(year|month|week)\s*$", re.I)


def parse_user_date(text: str, today: date | None = None) -> DateValue:
    """Read a date typed on the command line (``--since 2019``, ``"March 2020"``,
    ``2020-03-05``, ``"last year"``, ``"this week"``, ``2013-W12``, ``"summer 2012"``) into a
    DateValue cut to the precision the user gave.

    Raises QueryError with a message that says what is accepted.
    """
    raw = (text or "").strip()
    if not raw:
        raise QueryError("empty date: give a year (2019), a month (March 2020 or 2020-03) or a day (2020-03-05)")
    today = today or date.today()
    if date_bounds(raw) is not None and not re.fullmatch(r"\d{2,3}|\d{4}(?:-\d{1,2}){1,2}", raw):
        return DateValue(raw, precision_of(raw), raw)  # a value as crimecli prints it: 2013-W12, 2012-SU
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", raw)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            if d:
                return DateValue(date(int(y), int(mo), int(d)).isoformat(), "day", raw)
            if mo:
                date(int(y), int(mo), 1)
                return DateValue(f"{int(y):04d}-{int(mo):02d}", "month", raw)
        except ValueError:
            raise QueryError(f"invalid date {raw!r}: month or day out of range") from None
        return DateValue(f"{int(y):04d}", "year", raw)
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})", raw)
    if m and m.group(1) != m.group(2) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12:
        raise QueryError(f"ambiguous date {raw!r} (day/month or month/day?): write it as YYYY-MM-DD")
    m = _USER_RELATIVE.match(raw)
    if m:
        rel, unit = m.group(1).lower(), m.group(2).lower()
        step = {"last": -1, "this": 0, "next": 1}[rel]
        if unit == "year":
            return DateValue(f"{today.year + step:04d}", "year", raw, "document date")
        if unit == "month":
            return DateValue(_iso(_add_months(today, step), "month"), "month", raw, "document date")
        return DateValue(_week(today + timedelta(days=7 * step)), "week", raw, "document date")
    found = find_timexes(raw, {"value": today.isoformat(), "precision": "day"})
    if len(found) == 1:
        s, e, tx = found[0]
        rest = (raw[:s] + raw[e:]).strip(" ,.")
        if not rest and tx["value"]:
            return DateValue(tx["value"], tx["precision"], raw, tx["resolved_from"])
    # Anything else dateparser reads ("3 weeks ago", "05.03.2020"), at day precision.
    from datetime import datetime

    import dateparser  # imported here: it is slow to load

    parsed = dateparser.parse(raw, languages=["en"], settings={
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "REQUIRE_PARTS": ["year"] if re.search(r"\d{4}", raw) else [],
    })
    if parsed is not None:
        return DateValue(parsed.date().isoformat(), "day", raw, "explicit")
    raise QueryError(
        f"cannot read {raw!r} as a date: use a year (2019), a month (March 2020, 2020-03), "
        "a day (2020-03-05, 5 March 2020) or a relative date (last year, 3 months ago)"
    )
