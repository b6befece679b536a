"""crimecli_aliases: alias pairs stated in the text, with their evidence and offsets.

Runs after the recognisers (``crimecli_gazetteer``, ``crimecli_names``) and before
``crimecli_resolve``. It reads ``doc.ents`` and the raw text, and writes:

- ``doc._.aliases``: one :class:`crimecli.pipeline.AliasStatement` per alias statement (the
  JSON contract's fields plus ``name_offsets`` and ``alias_offsets``, the (start_char,
  end_char) of the named entity and of the alias inside the evidence), which
  ``crimecli_resolve`` uses to link later mentions of the alias to the entity and to replace the
  provisional ``entity`` name with the canonical one.
- ``doc.ents``: the named side and the alias side of each pair become entity spans (replacing
  recogniser spans that cut across them, the classic ``alias "Beto`` error), and later bare
  mentions of an alias ("Otoniel was extradited") are added where no entity span covers them.

Patterns (all linear regular-expression scans over the text):

- markers after a name: ``Name, alias "X"``, ``Name alias X``, ``Name (alias X)``,
  ``a.k.a.``/``aka``, and the weaker ``known as`` / ``better known as`` / ``nicknamed`` /
  ``dubbed`` / ``called``. Weak markers only count when a recognised entity stands right before
  them and the alias is a proper name: "para-police groups, known as colectivos" and "a mercenary
  invasion known as Operation Gideon" are not aliases.
- a nickname inside a name: ``Joaquín "El Chapo" Guzmán``.
- acronyms in both orders, checked against the initials of the long form (English or Spanish
  word order, function words optional): ``Revolutionary Armed Forces of Colombia (FARC)``,
  ``FELCN (Fuerza Especial de Lucha Contra el Narcotráfico)``.
- translations: ``Cartel de los Soles (Cartel of the Suns)``.
- short names: ``the Rio Treaty, as the Inter-American Treaty of Reciprocal Assistance is known``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from crimecli.lexicons import alias_types, calendar
from crimecli.pipeline import AliasStatement, doc_text
from crimecli.text import fold, is_acronym, lexicon


def entity_spans(doc: Doc) -> list[Span]:
    """``list(doc.ents)`` from the token arrays in one pass.

    ``doc.ents`` builds a Token object for every token of the document on each access; on a
    long report that costs more than everything this component does, so read the columns
    instead. Labels, ids and extension values (keyed by character offsets) are the same.
    """
    if not len(doc):
        return []
    cols = doc.to_array([ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID])
    iob = cols[:, 0]
    starts = numpy.flatnonzero(iob == 3)
    if not len(starts):
        return []
    not_inside = numpy.flatnonzero(iob != 1)  # where each entity has ended
    ends = numpy.searchsorted(not_inside, starts + 1)
    n = len(doc)
    spans = []
    for start, pos in zip(starts.tolist(), ends.tolist()):
        end = int(not_inside[pos]) if pos < len(not_inside) else n
        spans.append(Span(doc, start, end, label=int(cols[start, 1]), span_id=int(cols[start, 2]),
                          kb_id=int(cols[start, 3])))
    return spans


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of every sentence start (``span.sent`` re-checks the whole Doc per call)."""
    if not len(doc):
        return []
    flags = doc.to_array([SENT_START]).astype("int64")
    starts = numpy.flatnonzero(flags == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return starts


# --- lexical building blocks --------------------------------------------------------------

_UP = "A-ZÁÉÍÓÚÑÜÀÂÇÈÊÎÔÛ"
_LOW = "a-záéíóúñüàâçèêîôûß"
_WORD = rf"[{_UP}][\w\-'’.]*"  # a capitalised word (accents, hyphens, inner apostrophes)
_OPEN_Q = "\"“‘'«"
_CLOSE_Q = "\"”’'»"
_CUES = lexicon("aliases.json")  # how English reporting introduces aliases (data, per language)
# Function words that may sit inside a proper name (English, Spanish, Portuguese, French).
NAME_FUNCTION_WORDS = frozenset(_CUES["name_function_words"])
_FUNC_ALT = "|".join(sorted(NAME_FUNCTION_WORDS, key=lambda w: (-len(w), w)))
# A run of capitalised words with function words allowed inside (never at either end).
CAP_RUN = rf"{_WORD}(?:\s+(?:(?:{_FUNC_ALT})\s+){{0,2}}{_WORD})*"
_CAP_RUN_END = re.compile(rf"({CAP_RUN})\s*$")

# Sentence-initial words and connectors that a backwards capitalised run must not start with.
_LEADING_NOISE = frozenset(_CUES["leading_noise"]) | frozenset(calendar().months) | frozenset(calendar().weekdays)

_STRONG_MARKER = rf"(?:{'|'.join(_CUES['strong_markers'])})"
_WEAK_MARKER = (
    rf"(?:(?:{'|'.join(_CUES['weak_marker_adverbs'])})\s+)?"
    rf"(?:{'|'.join(_CUES['weak_markers'])})"
)
# A quoted alias: the quotes and a trailing comma or full stop inside them are not part of it.
_QUOTED = rf"[{_OPEN_Q}]\s*(?P<q>[^\"“”‘’'«»\n]{{1,40}}?)\s*[,.;]?\s*[{_CLOSE_Q}]"
# An unquoted alias: one to four capitalised words, optional article or "de"/"del" inside.
_ARTICLE = rf"(?:(?:{'|'.join(_CUES['nickname_articles'])})\s+)?"
_UNQUOTED = rf"(?P<u>{_ARTICLE}[{_UP}][\w\-.]*(?:\s+(?:(?:de|del|la)\s+)?[{_UP}][\w\-]*){{0,3}})"
_MARKER_RE = re.compile(
    rf"(?P<sep>\s*,\s*|\s*\(\s*|\s+[–—-]\s*|\s+)"
    rf"(?P<marker>{_STRONG_MARKER}|{_WEAK_MARKER})\s*[:]?\s*(?:the\s+)?(?:{_QUOTED}|{_UNQUOTED})"
)
# Joaquín "El Chapo" Guzmán: capitalised words, a quoted capitalised nickname, capitalised words.
_INLINE_RE = re.compile(
    rf"(?P<first>{_WORD}(?:\s+{_WORD}){{0,2}})\s+[\"“‘'](?P<nick>[{_UP}][^\"“”‘’'\n]{{0,30}}?)[\"”’']"
    rf"[ \t\xa0]+(?P<last>{_WORD}(?:[ \t\xa0]+(?:(?:de|del|da|dos)[ \t\xa0]+)?{_WORD}){{0,2}})"
)
# "(ACR)" after a long name; "ACR (Long Name)" the other way round.
_ACRONYM = rf"[{_UP}][{_UP}a-z0-9&.\-]{{1,11}}"
# (?<!\s): a match starts where its white space starts, never again from inside a long run of
# it (blank lines, blanked boilerplate), which made these scans quadratic.
_PAREN_ACR_RE = re.compile(rf"(?<!\s)\s*\(\s*(?P<acr>{_ACRONYM})\s*\)")
_ACR_PAREN_RE = re.compile(rf"\b(?P<acr>{_ACRONYM})\s*\(\s*(?P<long>{CAP_RUN})\s*\)")
# "Spanish Name (English Name)" and the other way round.
_PAREN_NAME_RE = re.compile(rf"(?<!\s)\s*\(\s*(?P<inner>{CAP_RUN})\s*\)")
# "Attorney General's Office (Fiscalía General del Estado, FGE)": a translation and an acronym
# in one bracket, the acronym usually of the Spanish or Portuguese name.
_PAREN_BOTH_RE = re.compile(rf"(?<!\s)\s*\(\s*(?P<inner>{CAP_RUN})\s*,\s*(?P<acr>{_ACRONYM})\s*\)")
# "the Rio Treaty, as the Inter-American Treaty of Reciprocal Assistance is known"
_AS_KNOWN_TAIL = (rf"(?:(?:{'|'.join(_CUES['as_known_adverbs'])})\s+)?"
                  rf"(?:{'|'.join(_CUES['as_known_verbs'])})\b")
_AS_KNOWN_RE = re.compile(
    rf"(?:\b[Tt]he\s+)?(?P<short>{CAP_RUN})\s*,?\s+as\s+(?:the\s+)?(?P<full>{CAP_RUN})\s+is\s+"
    + _AS_KNOWN_TAIL
)

# Cheap anchors: the full patterns above are only tried where one of these occurs.
_MARKER_ANCHOR_RE = re.compile(rf"\b(?:{_STRONG_MARKER}|{_WEAK_MARKER})(?![\w])")
_AS_KNOWN_ANCHOR_RE = re.compile(r"\bis\s+" + _AS_KNOWN_TAIL)
_SEPARATOR_CHARS = frozenset(" \t\n\xa0,(–—-")


def _marker_matches(text: str):
    for hit in _MARKER_ANCHOR_RE.finditer(text):
        start = hit.start()
        while start > 0 and text[start - 1] in _SEPARATOR_CHARS:
            start -= 1
        m = _MARKER_RE.match(text, start)
        if m is not None:
            yield m


def _as_known_matches(text: str):
    for hit in _AS_KNOWN_ANCHOR_RE.finditer(text):
        pos, end = max(0, hit.start() - 300), hit.end()
        m = _AS_KNOWN_RE.search(text, pos, end)
        while m is not None and m.end() != end:
            m = _AS_KNOWN_RE.search(text, m.start() + 1, end)
        if m is not None:
            yield m


# Things written like aliases that are not names: wire services and file formats in brackets,
# operation and plan names, generic category words.
_NOT_ACRONYMS = frozenset(_CUES["not_acronyms"])
_NOT_ALIAS_START = frozenset(_CUES["not_alias_start"])
# Telling a Spanish or Portuguese name from an English one: function words, letters, and
# institutional words with no accent or particle to give them away ("Guardia Nacional").
_ES_MARKERS = frozenset(_CUES["translation"]["es_function_words"])
_ES_LETTERS = _CUES["translation"]["es_letters"]
_ES_WORDS = frozenset(_CUES["translation"]["es_words"])
_EN_MARKERS = frozenset(_CUES["translation"]["en_function_words"])


def _initials(words: list[str]) -> list[tuple[str, bool]]:
    out = []
    for w in words:
        for part in re.split(r"[-‐]", w):
            part = part.strip(".'’")
            if part:
                out.append((fold(part[0]), fold(part) in NAME_FUNCTION_WORDS))
    return out


def _ordered_match(letters: str, initials: list[tuple[str, bool]]) -> bool:
    """Every letter of the acronym is the initial of the next word; function words may be
    skipped and so may one content word (the acronym for a translated name often drops one)."""
    i = 0
    skipped_content = 0
    for initial, is_func in initials:
        if i < len(letters) and initial == letters[i]:
            i += 1
        elif not is_func:
            skipped_content += 1
    return i == len(letters) and skipped_content <= 1


def acronym_matches(acronym: str, words: list[str], strict: bool = True) -> bool:
    """Does ``acronym`` plausibly abbreviate the name made of ``words``?

    Strict: the acronym's letters are the initials in order (function words optional, e.g.
    FELCN for Fuerza Especial de Lucha Contra el Narcotráfico), or the same letters as the
    content-word initials in another order (FARC for Revolutionary Armed Forces of Colombia,
    from the Spanish Fuerzas Armadas Revolucionarias de Colombia). Loose (used when the long
    form is a recognised organisation right before the bracket): most letters are initials.
    """
    letters = "".join(fold(c) for c in acronym if c.isalpha())
    if len(letters) < 2:
        return False
    initials = _initials(words)
    if not initials:
        return False
    if _ordered_match(letters, initials):
        return True
    content = sorted(i for i, f in initials if not f)
    if sorted(letters) == content:
        return True
    if len(letters) >= 3 and len(content) == len(letters):
        # an acronym of the name in another language keeps most initials and the word count
        # (ELN for National Liberation Army, from Ejército de Liberación Nacional)
        pool = list(content)
        misses = 0
        for c in letters:
            if c in pool:
                pool.remove(c)
            else:
                misses += 1
        if misses <= 1:
            return True
    if not strict:
        pool = [i for i, _ in initials]
        hits = 0
        for c in letters:
            if c in pool:
                pool.remove(c)
                hits += 1
        return hits * 2 >= len(letters)
    return False


def _language(words: list[str]) -> str:
    tokens = [fold(w) for w in words]
    es = any(t in _ES_MARKERS for t in tokens) or any(c in _ES_LETTERS for w in words for c in w.lower()) \
        or any(t in _ES_WORDS for t in tokens)
    en = any(t in _EN_MARKERS for t in tokens)
    if es and not en:
        return "es"
    if en and not es:
        return "en"
    if not es and not en:
        return "en?"  # "Eastern War Front": no function word, no accent
    return "mixed"


def is_translation(outer: str, inner: str) -> bool:
    """``Cartel de los Soles (Cartel of the Suns)``: two multi-word names, one Spanish or
    Portuguese and the other English."""
    a, b = outer.split(), inner.split()
    if len(a) < 2 or len(b) < 2 or fold(outer) == fold(inner):
        return False
    la, lb = _language(a), _language(b)
    return {la, lb} in ({"es", "en"}, {"es", "en?"})


# --- the component ------------------------------------------------------------------------


class _EntIndex:
    """Entity spans by character offsets, for 'which entity ends here / covers this'."""

    def __init__(self, ents: list[Span]):
        self.ents = sorted(ents, key=lambda e: e.start_char)
        self.starts = [e.start_char for e in self.ents]
        self.by_end = {e.end_char: e for e in self.ents}

    def ending_at(self, pos: int) -> Span | None:
        return self.by_end.get(pos)

    def overlapping(self, start: int, end: int) -> list[Span]:
        i = bisect_left(self.starts, end)
        out = []
        j = i - 1
        while j >= 0:
            e = self.ents[j]
            if e.end_char <= start:
                break  # entity spans do not overlap: every earlier one ends earlier still
            out.append(e)
            j -= 1
        return out


def _cap_run_before(text: str, pos: int) -> tuple[int, int] | None:
    """Offsets of the capitalised run that ends right at ``pos`` (leading noise words cut)."""
    window_start = max(0, pos - 160)
    m = _CAP_RUN_END.search(text, window_start, pos)
    if not m:
        return None
    start, end = m.start(1), m.end(1)
    words = list(re.finditer(r"\S+", text[start:end]))
    k = 0
    while k < len(words) - 1 and fold(words[k].group()) in _LEADING_NOISE:
        k += 1
    start += words[k].start()
    # a run glued to an earlier line ("Venezuela\nThe ...") is cut at the line break
    nl = text.rfind("\n", start, end)
    if nl != -1:
        start = nl + 1
        while start < end and text[start].isspace():
            start += 1
    return (start, end) if start < end else None


def _strip_possessive_lead(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'Ecuador's Attorney General's Office' -> 'Attorney General's Office' (a country's or
    other owner's possessive before a name is not part of it)."""
    start, end = span
    m = re.match(r"\S+['’]s\s+", text[start:end])
    if m and text[start + m.end():end][:1].isupper():
        return start + m.end(), end
    return span


def _suffix_matching_acronym(text: str, span: tuple[int, int], acronym: str) -> tuple[int, int] | None:
    """The longest tail of a capitalised run whose initials spell the acronym."""
    start, end = span
    words = list(re.finditer(r"\S+", text[start:end]))
    for k in range(len(words)):
        if fold(words[k].group()) in NAME_FUNCTION_WORDS:
            continue
        tail = [w.group() for w in words[k:]]
        if len(tail) >= 2 and acronym_matches(acronym, tail, strict=True):
            return start + words[k].start(), end
    return None


class AliasFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    # Each finder returns dicts: name (s, e), alias (s, e), evidence (s, e), type, label,
    # strength ("strong": our spans win over recogniser spans; "weak": only if nothing overlaps).
    def _markers(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        found = []
        for m in _marker_matches(text):
            strong = bool(re.fullmatch(_STRONG_MARKER, m.group("marker")))
            if m.group("q") is not None:
                a_start, a_end = m.span("q")
                quoted = True
            else:
                a_start, a_end = m.span("u")
                quoted = False
            alias = text[a_start:a_end]
            if not quoted:
                alias = re.split(r"(?<=\w\w)\.\s", alias)[0]  # 'CJNG. The group' ends at the stop
            alias = alias.rstrip(".,;:")
            a_end = a_start + len(alias)
            if not alias or alias.startswith("@") or not alias[0].isupper():
                continue
            if fold(alias.split()[0]) in _NOT_ALIAS_START:
                continue
            name_end = m.start()
            ent = index.ending_at(name_end)
            if ent is not None and ent.label_ not in ("PERSON", "ORG", "PLACE"):
                ent = None
            if ent is not None:
                name = (ent.start_char, ent.end_char)
                label = ent.label_
            elif strong:
                run = _cap_run_before(text, name_end)
                if run is None or len(text[run[0]:run[1]].split()) < 2:
                    continue
                # a recogniser span that ran over the marker still shows where the name starts
                crossing = [e for e in index.overlapping(name_end - 1, name_end + 1)
                            if e.label_ == "PERSON" and run[0] <= e.start_char < name_end]
                if crossing:
                    run = (crossing[0].start_char, run[1])
                name = run
                label = "PERSON"
            else:
                continue
            if not strong:
                # weak markers: the alias must look like a proper name, not a category
                if not quoted and len(alias.split()) > 3:
                    continue
            if fold(text[name[0]:name[1]]) == fold(alias):
                continue
            end = m.end()
            if m.group("sep").strip() == "(" and text[end:end + 1] == ")":
                end += 1
            found.append({
                "name": name, "alias": (a_start, a_end), "evidence": (name[0], end),
                "type": self._type(label, text[name[0]:name[1]], alias),
                "label": label, "strong": strong or ent is not None,
            })
        return found

    @staticmethod
    def _type(label: str, name: str, alias: str) -> str:
        if label == "PERSON":
            return "nickname"
        if is_acronym(alias):
            return "acronym"
        if is_translation(name, alias):
            return "translation"
        name_words = {fold(w) for w in name.split()}
        alias_words = [fold(w) for w in alias.split() if fold(w) not in NAME_FUNCTION_WORDS]
        if len(alias) < len(name) and alias_words and all(w in name_words for w in alias_words):
            return "short name"
        return "other"

    def _inline(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        found = []
        for m in _INLINE_RE.finditer(text):
            first_s, first_e = m.span("first")
            run = _cap_run_before(text, first_e)
            if run and run[0] > first_s:
                first_s = run[0]  # "In Joaquín" -> "Joaquín"
            if fold(text[first_s:first_e].split()[0]) in _LEADING_NOISE:
                continue
            # the entities around must be people (or absent): 'the "X" Cartel' is not a person
            labels = {e.label_ for e in index.overlapping(first_s, m.end("last"))}
            if labels - {"PERSON"}:
                continue
            last_s, last_e = m.span("last")
            last = text[last_s:last_e]
            if last.endswith(".") and len(last.split()[-1]) > 3:  # "Guzmán." ends a sentence
                last_e -= 1
            nick_s, nick_e = m.span("nick")
            nick = text[nick_s:nick_e].rstrip(".,;")
            nick_e = nick_s + len(nick)
            found.append({
                "name": (first_s, last_e), "alias": (nick_s, nick_e),
                "evidence": (first_s, last_e), "type": "nickname", "label": "PERSON",
                "strong": True, "inline": (first_s, first_e, last_s, last_e),
            })
        return found

    def _acronyms(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        found = []
        for m in _PAREN_ACR_RE.finditer(text):
            acr = m.group("acr").rstrip(".-") if not m.group("acr").endswith(".") or m.group("acr").count(".") > 1 else m.group("acr")
            if not is_acronym(acr) or acr.replace(".", "") in _NOT_ACRONYMS:
                continue
            pos = m.start()
            ent = index.ending_at(pos)
            name = None
            label = "ORG"
            if ent is not None and ent.label_ in ("ORG", "PLACE") and len(ent.text.split()) >= 2:
                if acronym_matches(acr, ent.text.split(), strict=False):
                    name, label = (ent.start_char, ent.end_char), ent.label_
            if name is None:
                run = _cap_run_before(text, pos)
                if run:
                    name = _suffix_matching_acronym(text, _strip_possessive_lead(text, run), acr)
                if name is None and ent is not None and ent.label_ in ("ORG", "PLACE"):
                    # a recognised organisation whose acronym follows another language's name
                    # ("... Refugees and Migrants (R4V)"): accept it when the first letter fits
                    if any(fold(acr[0]) == fold(w[0]) for w in ent.text.split() if w[:1].isalpha()):
                        name, label = (ent.start_char, ent.end_char), ent.label_
            if name is None:
                continue
            a_s, a_e = m.span("acr")
            found.append({
                "name": name, "alias": (a_s, a_s + len(acr)), "evidence": (name[0], m.end()),
                "type": "acronym", "label": label, "strong": True,
            })
        for m in _ACR_PAREN_RE.finditer(text):
            acr = m.group("acr")
            long_words = m.group("long").split()
            if not is_acronym(acr) or len(long_words) < 2 or is_acronym(m.group("long")):
                continue
            if not acronym_matches(acr, long_words, strict=True):
                continue
            ls, le = m.span("long")
            ent = index.ending_at(le)
            label = ent.label_ if ent is not None and ent.label_ in ("ORG", "PLACE") else "ORG"
            a_s, a_e = m.span("acr")
            found.append({
                "name": (ls, le), "alias": (a_s, a_e), "evidence": (a_s, m.end()),
                "type": "acronym", "label": label, "strong": True,
            })
        return found

    def _translation_and_acronym(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        """``English Name (Spanish Name, ACR)``: two pairs for the name before the bracket."""
        found = []
        for m in _PAREN_BOTH_RE.finditer(text):
            inner, acr = m.group("inner"), m.group("acr").rstrip(".")
            if not is_acronym(acr) or acr.replace(".", "") in _NOT_ACRONYMS or len(inner.split()) < 2:
                continue
            pos = m.start()
            ent = index.ending_at(pos)
            if ent is not None and ent.label_ == "ORG" and len(ent.text.split()) >= 2:
                name = (ent.start_char, ent.end_char)
            else:
                run = _cap_run_before(text, pos)
                if run is None:
                    continue
                name = _strip_possessive_lead(text, run)
            outer = text[name[0]:name[1]]
            if not is_translation(outer, inner):
                continue
            if not (acronym_matches(acr, inner.split()) or acronym_matches(acr, outer.split())):
                continue
            i_s, i_e = m.span("inner")
            if any(e.label_ in ("PLACE", "PERSON") for e in index.overlapping(i_s, i_e)):
                continue
            a_s = m.start("acr")
            for alias, kind in (((i_s, i_e), "translation"), ((a_s, a_s + len(acr)), "acronym")):
                found.append({
                    "name": name, "alias": alias, "evidence": (name[0], m.end()),
                    "type": kind, "label": "ORG", "strong": True,
                })
        return found

    def _translations(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        found = []
        for m in _PAREN_NAME_RE.finditer(text):
            inner = m.group("inner")
            if is_acronym(inner):
                continue
            pos = m.start()
            ent = index.ending_at(pos)
            if ent is not None and ent.label_ not in ("ORG",):
                continue
            if ent is not None:
                name = (ent.start_char, ent.end_char)
            else:
                run = _cap_run_before(text, pos)
                if run is None:
                    continue
                name = run
            outer = text[name[0]:name[1]]
            if not is_translation(outer, inner):
                continue
            # the inner name must not be a place or person the recogniser knows
            i_s, i_e = m.span("inner")
            if any(e.label_ in ("PLACE", "PERSON") for e in index.overlapping(i_s, i_e)):
                continue
            found.append({
                "name": name, "alias": (i_s, i_e), "evidence": (name[0], m.end()),
                "type": "translation", "label": "ORG", "strong": ent is not None,
            })
        return found

    def _as_known(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        found = []
        for m in _as_known_matches(text):
            s_s, s_e = m.span("short")
            f_s, f_e = m.span("full")
            short, full = text[s_s:s_e], text[f_s:f_e]
            # cut leading noise from the short name ("Under the Rio Treaty" -> "Rio Treaty")
            run = _cap_run_before(text, s_e)
            if run and run[0] > s_s:
                s_s, short = run[0], text[run[0]:s_e]
            if fold(short) == fold(full) or len(full.split()) < 2:
                continue
            labels = {e.label_ for e in index.overlapping(f_s, f_e)}
            label = "PERSON" if labels == {"PERSON"} else "PLACE" if labels == {"PLACE"} else "ORG"
            kind = "acronym" if is_acronym(short) else (
                "nickname" if label == "PERSON" else "short name")
            ev_start = m.start() if text[m.start():s_s].strip().lower() == "the" else s_s
            found.append({
                "name": (f_s, f_e), "alias": (s_s, s_e), "evidence": (ev_start, m.end()),
                "type": kind, "label": label, "strong": True,
            })
        return found

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        ents = entity_spans(doc)
        index = _EntIndex(ents)
        pairs = (self._inline(text, index) + self._markers(text, index)
                 + self._acronyms(text, index) + self._translations(text, index)
                 + self._translation_and_acronym(text, index)
                 + self._as_known(text, index))
        pairs.sort(key=lambda p: (p["evidence"][0], -(p["evidence"][1] - p["evidence"][0])))

        new_spans: list[tuple[int, int, str, bool]] = []  # (start, end, label, strong)
        aliases = []
        taken: set[tuple[int, int]] = set()
        for p in pairs:
            if p["alias"] in taken:
                continue  # the same alias text claimed by two patterns: first wins
            taken.add(p["alias"])
            n_s, n_e = p["name"]
            a_s, a_e = p["alias"]
            if "inline" in p:
                f_s, f_e, l_s, l_e = p["inline"]
                entity = f"{text[f_s:f_e]} {text[l_s:l_e]}"
                # the whole 'Joaquín "El Chapo" Guzmán' is one mention of the person; the
                # nickname inside it is recorded as the alias only
                new_spans.append((n_s, n_e, "PERSON", True))
            else:
                entity = text[n_s:n_e]
                new_spans.append((n_s, n_e, p["label"], p["strong"]))
                new_spans.append((a_s, a_e, p["label"], p["strong"]))
            e_s, e_e = p["evidence"]
            aliases.append(AliasStatement(
                entity=" ".join(entity.split()), label=p["label"], alias=text[a_s:a_e],
                type=p["type"], evidence=text[e_s:e_e], start=e_s, end=e_e,
                name_offsets=(n_s, n_e), alias_offsets=(a_s, a_e),
            ))

        doc.ents = _merge_spans(doc, text, ents, new_spans, aliases)
        doc._.aliases = aliases
        return doc


def _merge_spans(doc: Doc, text: str, ents: list[Span], new: list[tuple[int, int, str, bool]],
                 aliases: list[AliasStatement]) -> list[Span]:
    """Put the pairs' spans into the entity list, then tag later bare mentions of each alias."""
    index = _EntIndex(list(ents))
    dropped: set[tuple[int, int]] = set()
    added: list[Span] = []
    for start, end, label, strong in new:
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            continue  # the tokeniser glued the name to something else ("FARC).[4]")
        over = [o for o in index.overlapping(span.start_char, span.end_char)
                if (o.start_char, o.end_char) not in dropped]
        over += [a for a in added if a.start_char < span.end_char and span.start_char < a.end_char]
        if any(o.start_char == span.start_char and o.end_char == span.end_char for o in over):
            continue  # already exactly this span
        if over and not strong:
            continue
        for o in over:
            dropped.add((o.start_char, o.end_char))
        added = [a for a in added if (a.start_char, a.end_char) not in dropped]
        added.append(span)
    result = [e for e in ents if (e.start_char, e.end_char) not in dropped] + added
    index = _EntIndex(result)
    # later mentions of an alias: one alternation over all alias strings, longest first
    labels: dict[str, str] = {}
    types = alias_types()
    for a in aliases:
        if types[a.type]["names_the_entity"] and len(a.alias) >= 2:
            labels.setdefault(a.alias, a.label)
    if labels:
        alternation = "|".join(re.escape(s) for s in sorted(labels, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w@#])(?:{alternation})(?![\w])")
        additions = []
        for m in pattern.finditer(text):
            if index.overlapping(m.start(), m.end()):
                continue
            span = doc.char_span(m.start(), m.end(), label=labels[m.group()], alignment_mode="strict")
            if span is not None:
                additions.append(span)
        result.extend(additions)
    result.sort(key=lambda e: e.start)
    # doc.ents refuses overlaps: keep the first of any overlapping pair
    final, last_end = [], -1
    for e in result:
        if e.start >= last_end:
            final.append(e)
            last_end = e.end
    return final


@Language.factory("crimecli_aliases", assigns=["doc.ents", "doc._.aliases"], default_config={})
def make_aliases(nlp: Language, name: str) -> AliasFinder:
    return AliasFinder(nlp, name)
