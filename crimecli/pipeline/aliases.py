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

Patterns (linear scans over the text; the words are data in lexicons/en/aliases.json):

- markers after a name: ``Name, alias "X"``, ``Name alias X``, ``Name (AKA "X")``,
  ``a.k.a.``/``aka``, and the weaker ``known as`` / ``better known as`` / ``nicknamed`` /
  ``dubbed`` / ``who goes by`` / ``called``. Weak markers only count when a recognised entity (or
  a name before a group noun: "the Choneros gang, also known as") stands right before them and
  the alias is a proper name: "para-police groups, known as colectivos" and "a mercenary invasion
  known as Operation Gideon" are not aliases. A quoted list gives every name in it (``also known
  as "X," "Y," and "Z"``); after a naming marker a quoted nickname may be in lower case
  (``nicknamed the "king of the river"``), and after ``alias`` one opened by a Spanish article
  (``alias "el Gordo"``). A short description may stand between the person and a quoted alias
  (``Ana Ruiz, a Peruvian broker known as "La Tía"``); a one-word place right after a person's
  name is their surname (``Luis Cedeño Perú, known as "Capitán Perú"``), never the named side.
- a nickname inside a name: ``Joaquín "El Chapo" Guzmán``, ``Erick "el 85" Valencia``; and a
  short quoted name right after a person's name: ``Carlos Ruiz, "El Flaco,"``, ``Ruiz "El Flaco"``.
- brackets after a name, read by what they hold: an acronym (``Haitian National Police
  (HNP)``, ``(MINUSTAH; 2004-2017)``, ``(PRC or China)``), a quoted nickname or short name
  (``("El Mencho")``, ``(“Molina”)``), a translation (``Cartel de los Soles (Cartel of the
  Suns)``), a translation and an acronym (``(Ejército de Liberación Nacional, ELN)``), a short
  name (``Porfirio Lobo Sosa (Lobo)``, ``U.S. Department of the Treasury (Treasury)``), or the
  long form after its acronym (``FDN (Family of the North)``); and ``Name, or ACRONYM``.
  An acronym must fit its long form (:func:`acronym_fit`: the words' initials or prefixes in
  order, in another order, or the initials of the name's translation); the longest fitting name
  wins, never one that starts with an owner's possessive ("Justice’s") or inside another name.
- short names: ``the Rio Treaty, as the Inter-American Treaty of Reciprocal Assistance is known``.
- translations stated in words: ``Los Lobos, whose name means “the wolves”``, ``Los Tiguerones,
  Spanish for “the big tigers”``, ``which translates as``, ``known in English as``, ``the Comando
  Vermelho, or Red Command`` (unquoted or after "or", the two must be one name in two
  languages); a bracket may say the language (``(Spanish: Policía Nacional)``); and
  ``the FAES, or Fuerzas de Acciones Especiales`` (an acronym, then its long form), also after
  ``short for`` / ``which stands for``; a name after the acronym in its bracket
  (``Comando Vermelho (CV, or Red Command)``) is a translation when it is one.
- a sanctions line's ``(a.k.a. "X"; a.k.a. "Y")`` gives every name; ``The Gulf Clan is also known
  as the Urabeños`` counts after a recognised organisation or person only.

Never aliases: the acronym, translation or short name of a category, law, programme or plan
(``a Foreign Terrorist Organization (FTO)``, ``Executive Order (EO) 14059``, ``Narcotics
Rewards Program (NRP)``: :func:`names_no_entity`); plurals (``TCOs``); a party or state after a
person (``(D-NJ)``); quotations and titles after a name (``Ebus, “A Rebel Playing Field”``);
handles (``@name``); and two names the gazetteer files as two entities.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from os.path import commonprefix
from typing import Any

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from crimecli.countries import canonical_country, demonym_country
from crimecli.identity import entity_id
from crimecli.lexicons import alias_types, calendar, name_particles, place_words, titles
from crimecli.pipeline import AliasStatement, doc_text
from crimecli.pipeline.gazetteer import names_lexicon
from crimecli.text import age_after_name, fold, is_acronym, lexicon


ENTS_KEY = "crimecli_entity_spans"


def entity_spans(doc: Doc) -> list[Span]:
    """``list(doc.ents)`` from the token arrays in one pass.

    ``doc.ents`` builds a Token object for every token of the document on each access; on a
    long report that costs more than everything this component does, so read the columns
    instead. Labels, ids and extension values (keyed by character offsets) are the same.
    The spans are kept in ``doc.user_data`` with the columns they were read from, so the later
    components that read unchanged entities do not build them again (never changed in place:
    each caller gets its own list).
    """
    if not len(doc):
        return []
    cols = doc.to_array([ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID])
    key = cols.tobytes()
    cached = doc.user_data.get(ENTS_KEY)
    if cached is not None and cached[0] == key:
        return list(cached[1])  # the same entities as the last call: the same spans
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
    doc.user_data[ENTS_KEY] = (key, tuple(spans))
    return spans


def release_entity_spans(doc: Doc) -> None:
    """Drop :func:`entity_spans`' cache: its spans refer to the Doc, so kept in ``doc.user_data``
    they would make the Doc part of a reference cycle that only the garbage collector frees.
    The last component that reads the entities calls this."""
    doc.user_data.pop(ENTS_KEY, None)


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
_WORD = rf"(?:[dl]['’])?[{_UP}][\w\-'’.]*"  # a capitalised word (accents, hyphens, inner apostrophes; "d'Haïti")
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
_SUBJECT_MARKER = rf"(?:{'|'.join(_CUES['subject_markers'])})"
_WEAK_MARKER = (
    rf"(?:(?:{'|'.join(_CUES['weak_marker_adverbs'])})\s+)?"
    rf"(?:{'|'.join(_CUES['weak_markers'])})|{_SUBJECT_MARKER}"
)
# A quoted alias: the quotes and a trailing comma or full stop inside them are not part of it.
_QUOTED = rf"[{_OPEN_Q}]\s*(?P<q>[^\"“”‘’'«»\n]{{1,40}}?)\s*[,.;]?\s*[{_CLOSE_Q}]"
# The name particles (curated/names.json), as regex alternations: every one, and those that mean "of".
_PARTICLE_ALT = "|".join(re.escape(w) for w in sorted(name_particles().words, key=lambda w: (-len(w), w)))
_LINK_ALT = "|".join(re.escape(w) for w in sorted(name_particles().links, key=lambda w: (-len(w), w)))
# An unquoted alias: one to four capitalised words, optional article or "de"/"del" inside.
_ARTICLE = rf"(?:(?:{'|'.join([*_CUES['nickname_articles'], *(a.lower() for a in _CUES['nickname_articles'])])})\s+)?"
_UNQUOTED = (rf"(?P<u>{_ARTICLE}[{_UP}][\w\-.]*"
             rf"(?:\s+(?:(?:{_PARTICLE_ALT}|of|of\s+the)\s+)?[{_UP}][\w\-]*){{0,4}}"
             r"(?:\s\d{1,3}(?![\w,.:/]\w))?)")  # 'alias Calle 18': a number may end it
_MARKER_RE = re.compile(
    rf"(?P<sep>\s*,\s*|\s*\(\s*|\s+[–—-]\s*|\s+)"
    rf"(?P<marker>{_STRONG_MARKER}|{_WEAK_MARKER})\s*(?:[:]|(?:(?<=guerre)|(?<=nickname)|(?<=alias)|(?<=initials)|(?<=acronym)),)?\s*(?:the\s+)?(?:{_QUOTED}|{_UNQUOTED})"
)
# Joaquín "El Chapo" Guzmán: capitalised words, a quoted nickname (capitalised, a number, or
# a lower-case article: Erick “el 85” Valencia), capitalised words.
_NICK_ARTICLES_LOWER = "|".join(a.lower() for a in _CUES["nickname_articles"])
_NICK_ARTICLES_LOWER_SET = frozenset(a.lower() for a in _CUES["nickname_articles"])
_NICK_ARTICLES = frozenset(_CUES["nickname_articles"])
_INLINE_RE = re.compile(
    rf"(?P<first>{_WORD}(?:\s+{_WORD}){{0,2}})\s+[\"“‘'](?P<nick>(?:[{_UP}0-9]|(?:{_NICK_ARTICLES_LOWER})\s)"
    rf"[^\"“”‘’'\n]{{0,30}}?)[\"”’']"
    rf"[ \t\xa0]+(?P<last>{_WORD}(?:[ \t\xa0]+(?:(?:{_LINK_ALT})[ \t\xa0]+)?{_WORD}){{0,2}})"
)
# 'Carlos Ruiz, “El Flaco,”', 'Carlos Ruiz, or “El Flaco,”' and 'Ruiz “El Flaco”' (matched at
# the end of a person's name).
_QUOTED_AFTER_NAME_RE = re.compile(
    rf"(?P<sep>[ \t\xa0]*,[ \t\xa0]*(?:or[ \t\xa0]+)?|[ \t\xa0]+)[\"“‘'](?P<nick>(?:[{_UP}0-9]|(?:{_NICK_ARTICLES_LOWER})\s)"
    rf"[^\"“”‘’'\n.!?:;]{{0,30}}?)(?P<trail>,?)[\"”’'](?![\w])"
)
# 'the Choneros gang': a group noun after a group's name, up to where a marker starts.
_GROUP_NOUN_END_RE = re.compile(rf"[ \t\xa0]+(?P<noun>{'|'.join(_CUES['group_nouns'])})[ \t\xa0]*$")
_SUBGROUP_NOUNS = frozenset(_CUES["subgroup_nouns"])
# 'a cell of the Tren de Aragua': a part of the group named after it
_PART_OF_RE = re.compile(rf"\b(?:{'|'.join(_CUES['subgroup_nouns'])})[ \t\xa0]+of[ \t\xa0]+(?:the[ \t\xa0]+)?$")
# Markers whose quoted name may be in lower case ("nicknamed the “king of the river”").
_DESCRIPTIVE_MARKER_RE = re.compile(r"known|nicknamed|dubbed|goes|went|go|going|nickname")
# The next quoted name of a list: 'also known as “X,” “Y,” and “Z”'.
# and a sanctions line's '(a.k.a. "X"; a.k.a. "Y")'; unquoted, 'alias Don Julio or El Patrón,'
# (a name that ends the clause).
_NEXT_UNQUOTED_RE = re.compile(rf"\s+or\s+{_UNQUOTED}(?=\s*[,.;:)]|\s*$)")
_NEXT_QUOTED_RE = re.compile(rf"\s*[,;]?\s*(?:(?:and|or)\s+|{_STRONG_MARKER}\s*)?[{_OPEN_Q}]\s*(?P<q>[^\"“”‘’'«»\n]{{1,40}}?)\s*[,.;]?\s*[{_CLOSE_Q}]")
# A bracket and what it may hold after a name.
_ACRONYM = rf"[{_UP}][{_UP}a-z0-9&.\-]{{1,11}}"
_BRACKET_RE = re.compile(r"\((?P<inner>[^()\n]{1,160})\)")
# Any marker of an alias, matched where it starts (also read by crimecli_resolve).
ALIAS_MARKER_RE = re.compile(rf"(?:{_STRONG_MARKER}|{_WEAK_MARKER})(?!\w)")
# A strong marker alone, as a word ("alias", "a.k.a."): also read by crimecli_names.
STRONG_MARKER_RE = re.compile(rf"(?<!\w){_STRONG_MARKER}(?!\w)")
_QUOTED_INNER_RE = re.compile(rf"[{_OPEN_Q}]\s*(?P<q>[^\"“”‘’'«»\n]{{1,40}}?)\s*[,.;]?\s*[{_CLOSE_Q}]")
# 'ELN', 'MINUSTAH; 2004-2017', 'CJNG, by its Spanish initials', 'PRC or China'
_ACR_INNER_RE = re.compile(rf"(?P<acr>{_ACRONYM})(?:\s*[;,]\s*[^;]*|\s+or\s+.*)?")
# 'CV, or Red Command', 'TCP; Pure Third Command': the note after the acronym is a name
_ACR_NOTE_NAME_RE = re.compile(rf"{_ACRONYM}(?:\s*[;,]\s*(?:or\s+)?|\s+or\s+)(?:the\s+)?(?P<name>{CAP_RUN})")
# 'Fiscalía General del Estado, FGE', 'Ejército de Liberación Nacional, or ELN'
_NAME_ACR_INNER_RE = re.compile(rf"(?P<name>{CAP_RUN})(?:\s*,\s*(?:or\s+)?|\s+[–—-]\s+)(?P<acr>{_ACRONYM})")
# a bracket's name, perhaps numbered ('23ª Vara Federal de Curitiba')
_CAP_RUN_RE = re.compile(rf"(?:\d{{1,3}}(?:ª|º|st|nd|rd|th)\s+)?{CAP_RUN}")
# '(Spanish: Policía Nacional)', '(in Portuguese, Polícia Federal)': the language a bracket's name is in
_LANGUAGE_LABEL_RE = re.compile(rf"(?:in\s+)?(?:{'|'.join(_CUES['translation_languages'])})\s*[:,]\s+(?=[{_UP}])")
# 'Micro, Small, and ': the end of a list of capitalised words before a name
_LIST_TAIL_RE = re.compile(rf"[{_UP}][\w\-]*,\s+(?:(?:and|or|&)\s+)?$")
# 'Jesús Santrich, whose real name is Seuxis Hernández': the person's own name after a nom de guerre
_REAL_NAME_RE = re.compile(rf"\b(?:{'|'.join(_CUES['real_name_markers'])})\s+(?P<name>{CAP_RUN})")
# 'the Central American Integration System, or SICA,'
_OR_ACRONYM_RE = re.compile(
    rf",\s+or\s+(?:the\s+)?(?P<acr>{_ACRONYM})"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|which|who|that|is|was|has|had|in|on|to|for|will|would)\b)"
)
# 'Los Lobos, whose name means “the wolves”', 'Los Tiguerones, Spanish for “the big tigers”',
# 'the Comando Vermelho, or Red Command': a name, then its meaning in English
_TRANSLATION_MARKER = (rf"(?:{'|'.join(_CUES['translation_markers'])}"
                       rf"|(?:in\s+)?(?:{'|'.join(_CUES['translation_languages'])})\s+for)")
_APPOSITIVE = rf"(?:{'|'.join(_CUES['naming_appositives'])})"
_TRANSLATION_RE = re.compile(
    rf"(?P<sep>\s*,\s*|\s*\(\s*|\s+[–—-]\s*|\s+)(?:(?P<marker>{_TRANSLATION_MARKER})|(?P<or>or|{_APPOSITIVE}))\s+"
    rf"(?:{_QUOTED}|(?:the\s+)?(?P<u>{CAP_RUN}))"
)
_TRANSLATION_ANCHOR_RE = re.compile(
    rf"\b{_TRANSLATION_MARKER}\b|,\s+(?:or|{_APPOSITIVE})\s+(?=(?:the\s+)?[{_UP}{_OPEN_Q}])")
# 'MS-13, short for Mara Salvatrucha', 'the FNAMP, which stands for ...': an acronym, then its long form
_EXPANSION_RE = re.compile(rf"\b(?:{'|'.join(_CUES['expansion_markers'])})\s+(?:the\s+)?(?P<name>{CAP_RUN})")
_ACRONYM_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<acr>{_ACRONYM})[ \t\xa0]*,?[ \t\xa0]+$")
# the capitalised word that ends right before a marker ('Wilmar, known to his men as ...')
_LAST_NAME_WORD_RE = re.compile(rf"(?<![\w’'-])[{_UP}][{_LOW}]+$")
# 'Los Monos, a Rosario gang whose name means': a short description that ends in a group noun
_GROUP_DESCRIPTION_END_RE = re.compile(
    rf",[ \t\xa0]+(?:a|an|the)[ \t\xa0]+(?:[\w’'\-]+[ \t\xa0]+){{0,3}}?"
    rf"(?:{'|'.join(_CUES['group_nouns'])})[ \t\xa0]*$")
# the capitalised word that ends a list item right before a name ('the Gulf Clan, Los Rastrojos, or ...')
_LIST_ITEM_BEFORE_RE = re.compile(rf"[{_UP}][\w\-’']*[.)]?,[ \t\xa0]+(?:the[ \t\xa0]+)?$")
# "the Rio Treaty, as the Inter-American Treaty of Reciprocal Assistance is known"
_AS_KNOWN_TAIL = (rf"(?:(?:{'|'.join(_CUES['as_known_adverbs'])})\s+)?"
                  rf"(?:{'|'.join(_CUES['as_known_verbs'])})\b")
_AS_KNOWN_RE = re.compile(
    rf"(?:\b[Tt]he\s+)?(?P<short>{CAP_RUN})\s*,?\s+as\s+(?:the\s+)?(?P<full>{CAP_RUN})\s+is\s+"
    + _AS_KNOWN_TAIL
)

# A sanctions list's entry: 'Name: 1: LUCKSON 2: ELAN A.k.a.: "General Luckson"', 'Name: VIV
# ANSANM A.k.a.: a) "Living Together" b) "Vivre Ensemble"' (the listed name, perhaps in numbered
# parts, then the quoted aliases, perhaps lettered).
_DESIGNATION = _CUES["designation_entry"]
_LIST_ITEM = rf"(?:(?:{'|'.join(_DESIGNATION['list_items'])})[ \t\xa0]*)?"
_DESIGNATION_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(_DESIGNATION['name_labels'])})[ \t\xa0]*:[ \t\xa0]*(?P<name>[^\n\"“”]{{1,120}}?)"
    rf"[ \t\xa0]+(?i:{_STRONG_MARKER})[ \t\xa0]*:[ \t\xa0]*"
    rf"(?P<list>{_LIST_ITEM}[{_OPEN_Q}][^\"“”‘’'«»\n]{{1,40}}[{_CLOSE_Q}]"
    rf"(?:[ \t\xa0]*[,;]?[ \t\xa0]*{_LIST_ITEM}[{_OPEN_Q}][^\"“”‘’'«»\n]{{1,40}}[{_CLOSE_Q}])*)")
_NAME_PART_NUMBER_RE = re.compile(r"(?<!\S)[0-9]{1,2}[ \t\xa0]*:[ \t\xa0]*")

# 'the ombudsman's office (Defensoría del Pueblo)': a lower-case English description before a
# bracketed name of a body in another language
_LOWER_TRANSLATION = _CUES["lower_case_translation"]
_LOWER_DESCRIPTION_END_RE = re.compile(
    rf"(?<![\w’'-])(?i:{'|'.join(_LOWER_TRANSLATION['determiners'])})[ \t\xa0]+"
    rf"(?P<d>[{_LOW}][{_LOW}’'\-]*(?:[ \t\xa0]+[{_LOW}][{_LOW}’'\-]*){{0,{_LOWER_TRANSLATION['max_words'] - 1}}})[ \t\xa0]*$")

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
_ES_ENDINGS = tuple(_CUES["translation"]["es_endings"])
_EN_MARKERS = frozenset(_CUES["translation"]["en_function_words"])
# English word -> the initials it takes in Spanish, Portuguese or French ("attorney" -> f, p).
_OTHER_INITIALS = {word: frozenset(letters) for word, letters in _CUES["translation"]["initials"].items()}
# Long forms that name no single entity: categories and laws, programmes, plans.
_CATEGORIES = frozenset(_CUES["non_entity"]["categories"])
_NON_ENTITY_HEADS = frozenset(_CUES["non_entity"]["heads"])
_CATEGORY_MODIFIERS = frozenset(_CUES["non_entity"]["category_modifiers"])
KINSHIP_WORDS = frozenset(_CUES["kinship_words"])
# Head nouns of a class of actors: "a Transnational Criminal Organization" names a category.
_CLASS_HEADS = frozenset(_CUES["class_heads"])


@lru_cache(maxsize=8192)
def _countryish(word: str) -> bool:
    """A country, a demonym or a US form written before a name ("U.S.", "Haitian", "Bolivia's")."""
    word = word.strip(",")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if not word[:1].isupper():
        return False
    return bool(demonym_country(word) or canonical_country(word))


def _parts(words: list[str]) -> list[tuple[str, bool]]:
    """(folded letters of each word part, is a function word): hyphenated words count as their
    parts ("Inter-American" -> inter, american); quotes, stops and a possessive are dropped."""
    return [part for w in words for part in _word_parts(w)]


_PART_SPLIT_RE = re.compile(r"[-‐/]")
_POSSESSIVE_END_RE = re.compile(r"['’]s$")
_WORDS_RE = re.compile(r"\S+")


@lru_cache(maxsize=16384)
def _word_parts(word: str) -> tuple[tuple[str, bool], ...]:
    out = []
    for part in _PART_SPLIT_RE.split(word):
        part = _POSSESSIVE_END_RE.sub("", part.strip(".,'’\"“”()"))
        folded = "".join(c for c in fold(part) if c.isalnum())
        if folded:
            out.append((folded, folded in NAME_FUNCTION_WORDS))
    return tuple(out)


def _prefix_skips(letters: str, parts: list[tuple[str, bool]]) -> int:
    """Fewest content words left out when the acronym is spelt by prefixes of the words in
    order: one letter each (DOJ = Department of Justice) or several (SOUTHCOM = SOUTHern
    COMmand, MERCOSUR = MERcado COmún del SUR). Function words may be left out freely."""
    n, m = len(letters), len(parts)
    memo: dict[tuple[int, int], int] = {}

    def go(i: int, k: int) -> int:
        if i == n:
            return sum(1 for _, func in parts[k:] if not func)
        if k == m:
            return 99
        key = (i, k)
        if key in memo:
            return memo[key]
        word, func = parts[k]
        best = go(i, k + 1) + (0 if func else 1)
        j = 0
        while j < len(word) and i + j < n and word[j] == letters[i + j]:
            j += 1
            best = min(best, go(i + j, k + 1))
        memo[key] = best
        return best

    return go(0, 0)


def _translated_fit(letters: str, parts: list[tuple[str, bool]]) -> bool:
    """Do the acronym's letters fit the words in another language's order and initials (FECI =
    Fiscalía Especial Contra la Impunidad for Special Prosecutor Against Impunity)? Each letter
    takes a distinct word whose initial, or the initial of its translation, it is; at most one
    letter unmatched and one content word unused."""
    options = [(frozenset({w[0]}) | _OTHER_INITIALS.get(w, frozenset()), func) for w, func in parts]
    owner: dict[int, int] = {}  # word index -> letter index (Kuhn's augmenting paths)

    def assign(li: int, seen: set[int]) -> bool:
        for wi, (opts, _) in enumerate(options):
            if letters[li] in opts and wi not in seen:
                seen.add(wi)
                if wi not in owner or assign(owner[wi], seen):
                    owner[wi] = li
                    return True
        return False

    matched = sum(1 for li in range(len(letters)) if assign(li, set()))
    unused_content = sum(1 for wi, (_, func) in enumerate(options) if not func and wi not in owner)
    misses = len(letters) - matched
    return matched >= 2 and misses <= (1 if len(letters) >= 3 else 0) and unused_content <= 1


def _acronym_letters(acronym: str) -> list[str]:
    """The letters an acronym spells, folded; a digit before a letter may repeat it (A3C =
    Americas Counter Cartel Coalition), so both readings are tried."""
    plain = "".join(fold(c) for c in acronym if c.isalpha())
    out = [plain]
    if re.search(r"[2-9][A-Za-z]", acronym):
        expanded = re.sub(r"([2-9])([A-Za-z])", lambda m: m.group(2) * int(m.group(1)), acronym)
        out.append("".join(fold(c) for c in expanded if c.isalpha()))
    # Spanish and Portuguese write a plural noun's initial twice: FFAA, FF.AA. (Fuerzas Armadas),
    # FFMM (Fuerzas Militares), EEUU (Estados Unidos)
    if len(plain) >= 4 and len(plain) % 2 == 0 and all(plain[k] == plain[k + 1] for k in range(0, len(plain), 2)):
        out.append(plain[::2])
    return [letters for letters in out if len(letters) >= 2]


def acronym_fit(acronym: str, words: list[str]) -> int | None:
    """How well ``acronym`` abbreviates the name made of ``words``: 0 its letters are the words'
    prefixes in order, nothing left out (a leading country or demonym may be: "U.S. Department
    of Justice (DOJ)"); 1 one content word left out, the same initials in another order (FARC for
    Revolutionary Armed Forces of Colombia, from the Spanish Fuerzas Armadas Revolucionarias de
    Colombia), or most initials of the same number of words (ELN for National Liberation Army);
    2 the initials of the name's translation (FGR for Attorney General's Office); None no fit."""
    best: int | None = None
    lead = 0  # 'U.S. Department of Justice', never 'U.S. and Caribbean Community'
    while lead < len(words) - 1 and _countryish(words[lead]) and fold(words[lead + 1]) not in NAME_FUNCTION_WORDS:
        lead += 1
    for letters in _acronym_letters(acronym):
        for start in {0, lead}:
            parts = _parts(words[start:])
            if not parts:
                continue
            skips = _prefix_skips(letters, parts)
            level: int | None = None
            if skips == 0:
                level = 0
            elif skips == 1:
                level = 1
            else:
                content = sorted(w[0] for w, func in parts if not func)
                if sorted(letters) == content:
                    level = 1
                elif len(letters) >= 3 and len(content) == len(letters):
                    pool = list(content)
                    misses = 0
                    for c in letters:
                        if c in pool:
                            pool.remove(c)
                        else:
                            misses += 1
                    if misses <= 1:
                        level = 1
                if level is None and _translated_fit(letters, parts):
                    level = 2
            if level is not None and (best is None or level < best):
                best = level
    return best


def _syllable_fit(acronym: str, words: list[str]) -> bool:
    """An acronym made of the first syllables of a Spanish or Portuguese name, read only where
    the text pairs the two ('(Policía Nacional de Colombia, PONAL)', '(Dirección Antidrogas,
    DIRANDRO)'): it opens with the first word's first two letters and holds the initial of every
    content word in order; a country or demonym ending the name may be left out."""
    letters = "".join(fold(c) for c in acronym if c.isalpha())
    content = [fold(w) for w, func in _parts(words) if not func]
    if len(content) >= 2 and _countryish(words[-1]):
        content = content[:-1]
    if len(letters) < 4 or len(content) < 2 or not letters.startswith(content[0][:2]):
        return False
    at = 0
    for word in content:
        at = letters.find(word[0], at)
        if at < 0:
            return False
        at += 1
    return True


def acronym_matches(acronym: str, words: list[str], strict: bool = True) -> bool:
    """Does ``acronym`` plausibly abbreviate the name made of ``words``? Strict: it fits
    (:func:`acronym_fit`). Loose (used when the long form is a recognised organisation right
    before the bracket): at least half its letters are initials of the words."""
    if acronym_fit(acronym, words) is not None:
        return True
    if strict:
        return False
    letters = "".join(fold(c) for c in acronym if c.isalpha())
    pool = [w[0] for w, _ in _parts(words)]
    hits = 0
    for c in letters:
        if c in pool:
            pool.remove(c)
            hits += 1
    return len(letters) >= 2 and hits * 2 >= len(letters)


def is_alias_acronym(acronym: str) -> bool:
    """An acronym that may be an alias: written as one, not a wire service, currency or
    numeral, not a plural ("TCOs" names a class of things) and not a report or bill number."""
    bare = acronym.replace(".", "")
    return (is_acronym(acronym) and bare not in _NOT_ACRONYMS and not re.fullmatch(r"[A-Z]{2,}s", bare)
            and sum(c.isdigit() for c in bare) <= 2)


_MIXED_ACRONYM_RE = re.compile(rf"[{_UP}][{_LOW}]{{2,7}}")


def fits_as_mixed_acronym(acronym: str, words: list[str]) -> bool:
    """'Sedena' for 'Secretaría de la Defensa Nacional', 'Gaeco', 'Dirandro': Spanish and
    Portuguese papers write an acronym read as a word with one capital. Such a word is an
    acronym only where the text pairs it with a name it abbreviates: its letters are the name's
    initials, or the first syllables of its words (:func:`_syllable_fit`)."""
    if any(fold(w).startswith(fold(acronym)) for w in words):
        return False  # 'Department of Commerce (Commerce)': a word of the name, its short name
    return bool(_MIXED_ACRONYM_RE.fullmatch(acronym)) and len(words) >= 2 and (
        acronym_fit(acronym, words) is not None or _syllable_fit(acronym, words))


def _language(words: list[str]) -> str:
    tokens = [fold(w) for w in words]
    es = any(t in _ES_MARKERS for t in tokens) or any(c in _ES_LETTERS for w in words for c in w.lower()) \
        or any(t in _ES_WORDS for t in tokens)
    en = any(t in _EN_MARKERS for t in tokens)
    if not es and not en and len(tokens) >= 2 and all(t.endswith(_ES_ENDINGS) for t in tokens):
        es = True  # "Destino Desarrollos": every word ends as Spanish or Portuguese words do
    if es and not en:
        return "es"
    if en and not es:
        return "en"
    if not es and not en:
        return "en?"  # "Eastern War Front": no function word, no accent
    return "mixed"


def _same_stem(a: str, b: str) -> bool:
    """Two folded words that are one name, or a name and a word made from it ('michoacan',
    'michoacana'; 'tolima', 'tolimense'): equal, or sharing an opening of five letters or more
    that is most of the shorter word."""
    if a == b:
        return True
    common = len(commonprefix((a, b)))
    return common >= 5 and common >= 0.8 * min(len(a), len(b))


def is_translation(outer: str, inner: str, sure: bool = False) -> bool:
    """``Cartel de los Soles (Cartel of the Suns)``: two multi-word names, one Spanish or
    Portuguese and the other English. A name with no English function word counts as English
    ("Eastern War Front") unless ``sure`` is asked for (a name given after "known as" is more
    often a second Spanish name than a translation)."""
    a, b = outer.split(), inner.split()
    if len(a) < 2 or len(b) < 2 or fold(outer) == fold(inner):
        return False
    # a word both sides share is a name no one translates ('Cúcuta Prison Complex (Complejo
    # Carcelario de Cúcuta)'), nor one that only changes its ending ('Familia Michoacana
    # (Michoacán Family)': a place and the adjective made from it): its accents say nothing
    # of either side's language
    a_f, b_f = [fold(w) for w in a], [fold(w) for w in b]
    shared = {x for x in a_f for y in b_f if _same_stem(x, y)} | {y for x in a_f for y in b_f if _same_stem(x, y)}
    if shared:
        a2, b2 = [w for w, f in zip(a, a_f) if f not in shared], [w for w, f in zip(b, b_f) if f not in shared]
        if len(a2) >= 2 and len(b2) >= 2:
            a, b = a2, b2
        else:  # too few words left to tell a language by: keep them, without their accents
            a, b = [f if f in shared else w for w, f in zip(a, a_f)], [f if f in shared else w for w, f in zip(b, b_f)]
    if len(a_f) == len(b_f) == 2 and a_f == b_f[::-1]:
        return True  # 'Clan Insfrán (Insfrán Clan)': the same words in the other language's order
    la, lb = _language(a), _language(b)
    return {la, lb} == {"es", "en"} or (not sure and {la, lb} == {"es", "en?"})


def _content_words(words: list[str]) -> list[str]:
    return [w for w, func in _parts(words) if not func]


def _head_word(words: list[str]) -> str:
    """The noun a name is about: the word before its first "of"/"for"/"on" ("Strategic
    Dialogue on Illicit Finance"), else its last word ("Narcotics Rewards Program")."""
    parts = [p for p, _ in _parts(words)]
    for i, p in enumerate(parts):
        if i and p in ("of", "for", "on", "against", "de", "para", "contra"):
            return parts[i - 1]
    return parts[-1] if parts else ""


def names_no_entity(text: str, start: int, end: int) -> bool:
    """Is the long form at ``text[start:end]`` a category, law, programme or plan rather than
    one entity ("a Foreign Terrorist Organization", "Executive Order", "Narcotics Rewards
    Program", "the Racketeer Influenced and Corrupt Organizations (RICO) Act")? Then its acronym,
    translation or short name is not an alias."""
    words = text[start:end].split()
    for k in range(len(words)):
        # the category itself, after words that only qualify it ('the', 'Mexican', 'Significant')
        phrase = " ".join(fold(w).strip(".,’'") for w in words[k:])
        singular = phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase
        if phrase in _CATEGORIES or singular in _CATEGORIES:
            return True
        if not (fold(words[k]) in ("the", "a", "an") or fold(words[k]) in _CATEGORY_MODIFIERS
                or _countryish(words[k])):
            break
    while len(words) > 1 and (fold(words[0]) == "the" or _countryish(words[0])):
        words = words[1:]
    parts = [p for p, _ in _parts(words)]
    if not parts:
        return True
    if _head_word(words) in _NON_ENTITY_HEADS or parts[0] in _NON_ENTITY_HEADS:
        return True
    if parts[-1] in _CLASS_HEADS and re.search(r"(?:^|\s)(?:a|an|A|An)\s+$", text[max(0, start - 4):start]):
        return True  # "designated a Transnational Criminal Organization (TCO)"
    return False


def _modifies_a_following_noun(text: str, pos: int) -> bool:
    """"(RICO) Act", "(EO) 14059": the bracket is followed by the noun or number the long form
    only qualifies, so the long form names a law or instrument, not an entity."""
    m = re.match(r"[ \t\xa0]+([\w’'-]+)", text[pos:pos + 40])
    if not m:
        return False
    word = m.group(1)
    return word[:1].isdigit() or fold(word) in _NON_ENTITY_HEADS


def _fitting_tails(text: str, run: tuple[int, int], acronym: str, index: _EntIndex) -> list[tuple[int, tuple[int, int]]]:
    """(fit level, tail) for the tails of two words or more that ``acronym`` fits, the best fit
    first and among equals the longest name ("Haitian National Police (HNP)" over "National
    Police"; "Caribbean Community (CARICOM)" over "U.S. and Caribbean Community")."""
    fits = []
    for tail in _tails(text, run, index):
        words = text[tail[0]:tail[1]].split()
        if len(words) >= 2:
            level = acronym_fit(acronym, words)
            if level is not None:
                fits.append((level, tail))
    fits.sort(key=lambda f: (f[0], f[1][0]))
    return fits


def _person_start(text: str, start: int, end: int, index: _EntIndex) -> int:
    """Where a person's name starts in the capitalised words ``text[start:end]``: after the
    words of a title, a demonym, a place or an organisation before it ("Plaza Boss in Colima
    Aldrin Miguel", "Honduran President Porfirio", "First Lady Rosa Elena")."""
    title_words = titles().words
    words = list(_WORDS_RE.finditer(text[start:end]))
    k = 0
    while k < len(words) - 1:
        w_s, w_e = start + words[k].start(), start + words[k].end()
        folded = fold(words[k].group())
        if (folded in _LEADING_NOISE or folded in title_words or _countryish(words[k].group())
                or any(e.label_ != "PERSON" and index.vetoes(e) for e in index.overlapping(w_s, w_e))):
            k += 1
            continue
        break
    return start + words[k].start() if words else start


def _is_headline(text: str, pos: int) -> bool:
    """Is ``pos`` on a short line that does not end a sentence (a headline or caption)?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end != -1 else len(text)].rstrip()
    return len(line) < 120 and not line.endswith((".", "!", "?", ".”", '."', ":"))


def _in_blocks(pos: int, blocks: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in blocks)


def _shares_words(short: str, name: str, every: bool = False) -> bool:
    """Do the words of ``short`` occur in ``name`` (hyphenated parts count: "Molina" is in
    "Molina-López")? One word is enough unless ``every``; function words do not count."""
    mine = {p for p, func in _parts(short.split()) if not func}
    theirs = {p for p, _ in _parts(name.split())}
    if not mine:
        return False
    return mine <= theirs if every else bool(mine & theirs)


# --- the component ------------------------------------------------------------------------


class _EntIndex:
    """Entity spans by character offsets, for 'which entity ends here / covers this'."""

    def __init__(self, ents: list[Span], guesses: frozenset[tuple[int, int]] = frozenset()):
        self.ents = sorted(ents, key=lambda e: e.start_char)
        self.starts = [e.start_char for e in self.ents]
        self.by_end = {e.end_char: e for e in self.ents}
        self.guesses = guesses  # offsets of a statistical model's entities

    def vetoes(self, e: Span) -> bool:
        """Can this entity's label overrule a clear alias shape? Ours can; a model's guess
        (“Joaquín” tagged ORG, a Spanish name tagged PERSON) cannot."""
        return (e.start_char, e.end_char) not in self.guesses

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


# ', a Bolivian-Chilean fish trader' / ', an Ecuadorian': a short description after a name
_DESCRIPTION_END_RE = re.compile(
    r",[ \t\xa0]+(?P<det>a|an|the)[ \t\xa0]+((?:[\w’'\-]+[ \t\xa0]+){0,3}[\w’'\-]+)[ \t\xa0]*$")


def _described_person(text: str, pos: int, index: _EntIndex) -> Span | None:
    """The person a short description ending at ``pos`` is about: 'Ana Ruiz, a Peruvian broker'
    (lower-case words and demonyms only, so never a clause or another name); after 'the' the
    description is a role ('Edgar Veytia, the former Nayarit attorney general'), where a place
    may say whose, never 'the group' (then the group is what the marker names)."""
    m = _DESCRIPTION_END_RE.search(text, max(0, pos - 80), pos)
    if m is None:
        return None
    words = m.group(2).split()
    the = m.group("det") == "the"
    if the and words[-1].lower() not in titles().ends:
        return None
    offset = m.start(2)
    for w in _WORDS_RE.finditer(m.group(2)):
        word = w.group()
        if word.islower() or all(demonym_country(part) for part in word.split("-")):
            continue
        w_s = offset + w.start()
        if the and any(e.label_ == "PLACE" for e in index.overlapping(w_s, w_s + len(word))):
            continue
        return None
    ent = index.ending_at(m.start())
    return ent if ent is not None and ent.label_ == "PERSON" else None


_APPOSITION = _CUES["person_apposition"]


def _words_alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


_PLACE_MARK = "\ue000"  # a recognised place, in the masked text between a person and a marker
# What may stand between a person's name and a marker that renames the person: a bracket, an
# age, a description and a residence ('Xiang Lin ("Tony Lin"), 44, of Arcadia, California,';
# ', 41, a fisherman from Boca Chica'), and a relative clause's opening ('who, according to
# investigators, is'), with every recognised place masked.
_APPOSED_TAIL_RE = re.compile(
    rf"(?:[ \t\xa0]*\([ \t\xa0]*[{_OPEN_Q}][^()\n]{{1,60}}\))?"  # a quoted nickname, never '(Honduras)'
    r"(?:[ \t\xa0]*,[ \t\xa0]*[0-9]{1,3}(?=[ \t\xa0]*,))?"
    rf"(?:[ \t\xa0]*,[ \t\xa0]*(?:(?:{_words_alt(_APPOSITION['articles'])})[ \t\xa0]+[{_LOW}][\w\-]*"
    rf"(?:[ \t\xa0]+[{_LOW}][\w\-]*){{0,3}}[ \t\xa0]*)?"
    rf"(?:(?:{_words_alt(_APPOSITION['residence'])})[ \t\xa0]+{_PLACE_MARK}(?:[ \t\xa0]*,[ \t\xa0]*{_PLACE_MARK})*)?)?"
    rf"[ \t\xa0]*,?[ \t\xa0]*(?:(?:{_words_alt(_APPOSITION['relatives'])})(?:[ \t\xa0]*,[^,\n.;]{{1,60}},)?"
    rf"[ \t\xa0]+(?:{_words_alt(_APPOSITION['relative_verbs'])}))?[ \t\xa0]*,?[ \t\xa0]*$")


def _apposed_person(text: str, pos: int, index: _EntIndex) -> Span | None:
    """The person whose apposition ends at ``pos``, where a marker follows: 'Xiang Lin, 44, of
    Arcadia, California, also known as "Brother Lin"' renames Xiang Lin, not California; 'Ana
    Ruiz, 41, a fisherman from Boca Chica who, according to investigators, is known in the port
    as "El Gallo"' renames Ana Ruiz. Only places may be named in between."""
    near = index.overlapping(max(0, pos - 200), pos)
    person = None
    for e in near:  # latest first
        if e.end_char > pos:
            continue
        after = text[e.end_char:pos]
        if ")" in after and ("(" not in after or after.index(")") < after.index("(")):
            continue  # inside a bracket after the name: 'Xiang Lin ("Tony Lin")'
        if e.label_ == "PERSON":
            person = e
            break
        if e.label_ != "PLACE":
            return None
    if person is None or person.end_char == pos:
        return None
    between, last = [], person.end_char
    for e in sorted((e for e in near if person.end_char <= e.start_char and e.end_char <= pos),
                    key=lambda e: e.start_char):
        between += [text[last:e.start_char], _PLACE_MARK]
        last = e.end_char
    between.append(text[last:pos])
    masked = "".join(between)
    if not masked.strip() or not _APPOSED_TAIL_RE.fullmatch(masked):
        return None
    return person


def _entity_before(text: str, pos: int, index: _EntIndex) -> Span | None:
    """The entity that ends at ``pos``, or before the acronym in brackets that does ('the
    Popular Liberation Army (EPL), known locally as Los Pelusos')."""
    ent = index.ending_at(pos)
    if ent is None:  # 'Ana Ruiz, 51, also known as ...': a person's age between
        comma = text.rfind(",", max(0, pos - 8), pos)
        age_end = age_after_name(text, comma) if comma >= 0 else None
        if age_end is not None and age_end <= pos and not text[age_end:pos].strip():
            ent = index.ending_at(comma)
            return ent if ent is not None and ent.label_ == "PERSON" else None
    if ent is None and text[pos - 1:pos] == ")":
        open_ = text.rfind("(", max(0, pos - 40), pos)
        inner = text[open_ + 1:pos - 1].strip() if open_ > 0 else ""
        if inner:
            before = index.ending_at(len(text[:open_].rstrip()))
            # 'the Popular Liberation Army (EPL), known as ...', and a release's short form of a
            # person's name: 'Wilmer Montoya Aceituno (Montoya), a.k.a. ...'
            if before is not None and (is_acronym(inner) or before.label_ == "PERSON"
                                       and _shares_words(inner, before.text, every=True)):
                ent = before
    return ent


def _opens_clause(text: str, pos: int) -> bool:
    """Does ``pos`` start a sentence, a line or a clause (after a full stop, colon, semicolon,
    dash or opening bracket)?"""
    before = text[max(0, pos - 3):pos].rstrip(" \t\xa0")
    return not before or before[-1] in ".!?:;\n(–—" or text[:pos].strip() == ""


def _names_a_facility(name: str) -> bool:
    """'Manaus Prison Unit', 'Terrorism Confinement Center', 'Centro de Confinamiento del
    Terrorismo': a head word or phrase makes the name a facility (lexicons/<language>/places.json:
    an English head anywhere in it, a Spanish or Portuguese opener at its start), which the gold
    and the map call a place."""
    words = tuple(w.strip(",.;:") for w in name.split())
    if words and fold(words[0]) == "the":
        words = words[1:]
    words_ = place_words()
    for size in (1, 2, 3, 4, 5):
        if any(words_.heads_after.get(words[i:i + size]) == "facility" for i in range(len(words) - size + 1)):
            return True
        if words_.heads_before.get(words[:size]) == "facility":
            return True
    return False


def _person_before_surname(text: str, ent: Span, index: _EntIndex) -> int | None:
    """Where a person's name starts right before a place that is the person's surname: a
    place of one or two words after a recognised person ('Jorge Véliz España', 'Ana Paz Perú',
    'Luis Fernando Santa Cruz'), or a place of up to three words after given names no
    recogniser took ('Mauro San Vicente'). The person is the named side of a marker."""
    if ent.label_ != "PLACE" or text[ent.start_char - 1:ent.start_char] != " ":
        return None
    words = len(ent.text.split())
    before = index.ending_at(ent.start_char - 1)
    if before is not None:
        return before.start_char if before.label_ == "PERSON" and words <= 2 else None
    if words > 3:
        return None
    run = _cap_run_before(text, ent.start_char - 1)
    if run is None or index.overlapping(*run):
        return None
    given = list(_WORDS_RE.finditer(text[run[0]:run[1]]))[-3:]
    first_names = names_lexicon()["first_names"]
    if given and all(w.group() in first_names for w in given):
        return run[0] + given[0].start()
    return None


def _cap_run_before(text: str, pos: int) -> tuple[int, int] | None:
    """Offsets of the capitalised run that ends right at ``pos`` (leading noise words cut)."""
    window_start = max(0, pos - 160)
    m = _CAP_RUN_END.search(text, window_start, pos)
    if not m:
        return None
    start, end = m.start(1), m.end(1)
    words = list(_WORDS_RE.finditer(text[start:end]))
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


def _tails(text: str, span: tuple[int, int], index: _EntIndex) -> list[tuple[int, int]]:
    """The tails of a capitalised run a name may be, longest first: never from a function word,
    a word of leading noise, a possessive ("Justice’s International ... Program" is the
    programme's name without "Justice’s") or inside a recognised name ("Petro of the Historic
    Pact" cuts "Gustavo Petro")."""
    start, end = span
    words = list(_WORDS_RE.finditer(text[start:end]))
    out = []
    for k, w in enumerate(words):
        word = w.group()
        folded = fold(word)
        if folded in NAME_FUNCTION_WORDS or folded in _LEADING_NOISE or not word[:1].isupper():
            continue
        if word.endswith(("'s", "’s")) and k < len(words) - 1:
            continue  # the owner, not the start of the name
        w_s = start + w.start()
        if any(e.start_char < w_s < e.end_char for e in index.overlapping(w_s, w_s + 1)):
            continue
        out.append((w_s, end))
    return out


class AliasFinder:
    def __init__(self, nlp: Language, name: str, *, rules_key: str) -> None:
        self.nlp = nlp
        self.name = name
        self.rules_key = rules_key  # the span group of our recognisers' entities (not a model's)

    # Each finder returns dicts: name (s, e), alias (s, e), evidence (s, e), type, label,
    # strength ("strong": our spans win over recogniser spans; "weak": only if nothing overlaps).
    def _markers(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        found = []
        person_words: frozenset[str] | None = None  # words of the people's full names, when needed
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
            if not alias or alias.startswith("@"):
                continue
            name_end = m.start()
            ent = _entity_before(text, name_end, index)
            group: tuple[int, int] | None = None
            if ent is None and m.group("q") is not None:
                # 'Ana Ruiz, a Peruvian broker known as “La Tía”': a description between
                ent = _described_person(text, name_end, index)
            if (ent is None or ent.label_ == "PLACE") and m.group("q") is not None:
                # 'Xiang Lin, 44, of Arcadia, California, also known as “Brother Lin”'
                ent = _apposed_person(text, name_end, index) or ent
            if ent is None:
                # 'the Choneros gang, also known as ...': the group noun after the name
                g = _GROUP_NOUN_END_RE.search(text, max(0, name_end - 30), name_end)
                if g is not None:
                    ent = index.ending_at(g.start())
                    if ent is not None and g.group("noun") in _SUBGROUP_NOUNS:
                        continue  # 'the Sinaloa Cartel faction known as Los Chapitos': a part of it
                    if ent is None:
                        group = _cap_run_before(text, g.start())
                        if group is not None and (index.overlapping(*group)
                                                  or fold(text[group[0]:group[1]]) in _LEADING_NOISE):
                            group = None  # 'The gang, known as ...' names no group
                        elif group is not None:
                            # 'Members of the Bloque Norte faction': the name follows the "of"
                            of = list(re.finditer(r"\s(?:of|de)\s+(?:the\s+)?", text[group[0]:group[1]]))
                            if of:
                                group = (group[0] + of[-1].end(), group[1])
                    elif ent.label_ != "ORG":
                        ent = None
            if ent is not None and ent.label_ not in ("PERSON", "ORG", "PLACE"):
                ent = None
            if ent is not None and ent.label_ == "ORG" and _PART_OF_RE.search(text, max(0, ent.start_char - 40), ent.start_char):
                continue  # 'a cell of the Tren de Aragua known as Los Gallegos': the part is named
            short_ref: tuple[int, int] | None = None
            if ent is None and group is None and m.group("q") is not None and m.group("sep").strip() == ",":
                # 'Wilmar, known to his men as “el Flaco,”': one word of a person's full name
                # named earlier or later in the text stands for the person
                w = _LAST_NAME_WORD_RE.search(text, max(0, name_end - 30), name_end)
                if w is not None and fold(w.group()) not in _LEADING_NOISE and not index.overlapping(*w.span()):
                    if person_words is None:
                        person_words = frozenset(fold(p) for e in index.ents if e.label_ == "PERSON"
                                                 and len(e.text.split()) >= 2 for p in e.text.split())
                    if fold(w.group()) in person_words:
                        short_ref = w.span()
            if re.fullmatch(_TRANSLATION_MARKER, m.group("marker")):
                continue  # 'known in English as': a translation (:meth:`_translations`)
            if re.fullmatch(_SUBJECT_MARKER, m.group("marker")) and (
                    not (group is not None or (ent is not None and ent.label_ in ("PERSON", "ORG")))
                    or (m.group("sep").strip() and not (
                        m.group("sep").strip() == "," and ent is not None
                        and text[max(0, ent.start_char - 3):ent.start_char].rstrip().endswith(",")))):
                # 'The Gulf Clan is also known as ...' needs a recognised name as subject, and a
                # comma only closes an apposition ('Its leader, Ana Ruiz, is known as ...')
                continue
            if not alias[0].isupper() and not (
                    quoted and (short_ref is not None or ent is not None and ent.label_ in ("PERSON", "ORG"))
                    and _DESCRIPTIVE_MARKER_RE.search(m.group("marker"))
                    and fold(alias.split()[0]) not in ("a", "an")) and not (
                    strong and len(alias.split()) > 1
                    and alias.split()[0] in _NICK_ARTICLES_LOWER_SET):
                # a quoted nickname in lower case only after a recognised name and a marker
                # that names ("nicknamed the “king of the river”"), never "called “a monster”";
                # after 'alias' a Spanish article may open it ('alias “el Gordo”')
                continue
            if fold(alias.split()[0]) in _NOT_ALIAS_START and not (
                    quoted and fold(alias.split()[0]) == "the" and len(alias.split()) > 1
                    and (ent is None or ent.label_ == "PERSON")):
                continue  # but 'Wilmer Castro, dubbed “The Butcher,”' is a nickname
            surnamed = _person_before_surname(text, ent, index) if ent is not None else None
            if surnamed is not None:
                # 'Luis Cedeño Perú, known as “Capitán Perú”': the country is his surname
                name, label = (surnamed, ent.end_char), "PERSON"
            elif ent is not None:
                name = (ent.start_char, ent.end_char)
                label = ent.label_
            elif group is not None:
                name, label = group, "ORG"
            elif short_ref is not None:
                name, label = short_ref, "PERSON"
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
                if not quoted and len([w for w in alias.split() if fold(w) not in NAME_FUNCTION_WORDS]) > 4:
                    continue
            if fold(text[name[0]:name[1]]) == fold(alias):
                continue
            if label == "ORG" and names_no_entity(text, name[0], name[1]):
                continue  # 'a Transnational Criminal Organization (TCO) known as Los Huistas'
            end = m.end() if quoted else a_end
            if m.group("sep").strip() == "(" and text[end:end + 1] == ")":
                end += 1
            is_strong = strong or ent is not None or group is not None or short_ref is not None
            found.append({
                "name": name, "alias": (a_start, a_end), "evidence": (name[0], end),
                "type": self._type(label, text[name[0]:name[1]], alias),
                "label": label, "strong": is_strong,
            })
            if quoted or label == "PERSON":
                # 'also known as “X,” “Y,” and “Z”' and 'alias RCQ and “the narco of narcos”':
                # every name of the list
                pos = m.end() if quoted else a_end
                while (more := _NEXT_QUOTED_RE.match(text, pos) or (
                        None if quoted else _NEXT_UNQUOTED_RE.match(text, pos))) is not None:
                    q_s, q_e = more.span("q") if more.re is _NEXT_QUOTED_RE else more.span("u")
                    nick = text[q_s:q_e].rstrip(".,;:")
                    if not nick[:1].isupper() and not (
                            label == "PERSON" and _DESCRIPTIVE_MARKER_RE.search(m.group("marker"))
                            and fold(nick.split()[0]) not in ("a", "an")):
                        break
                    pos = more.end()
                    found.append({
                        "name": name, "alias": (q_s, q_s + len(nick)), "evidence": (name[0], pos),
                        "type": self._type(label, text[name[0]:name[1]], nick),
                        "label": label, "strong": is_strong,
                    })
        return found

    def _designations(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        """A sanctions list's entry ('Name: 1: WILKENSON 2: JEAN-BAPTISTE 3: PIERRE-LOUIS A.k.a.:
        a) "Ti Makak" b) "Wilki"'): every quoted alias names the entity whose name the text
        writes with the listed name's words (the list's capitals and numbered parts aside)."""
        found = []
        for m in _DESIGNATION_RE.finditer(text):
            listed = fold(" ".join(_NAME_PART_NUMBER_RE.sub(" ", m.group("name")).split()))
            if not listed:
                continue
            named = [e for e in index.ents if e.label_ in ("PERSON", "ORG") and fold(e.text) == listed]
            if not named:
                continue
            ent = next((e for e in named if m.start("name") <= e.start_char < m.end("name")), named[0])
            for q in _QUOTED_INNER_RE.finditer(text, m.start("list"), m.end("list")):
                a_s, a_e = q.span("q")
                alias = text[a_s:a_e].rstrip(".,;")
                if not alias[:1].isupper() or fold(alias) == listed:
                    continue
                found.append({
                    "name": (ent.start_char, ent.end_char), "alias": (a_s, a_s + len(alias)),
                    "evidence": (m.start(), m.end()),
                    "type": self._type(ent.label_, ent.text, alias), "label": ent.label_, "strong": True,
                })
        return found

    @staticmethod
    def _type(label: str, name: str, alias: str, bracketed: bool = False) -> str:
        if label == "PERSON":
            if bracketed and _shares_words(alias, name, every=True):
                return "short name"  # 'Eugenio Molina-López (“Molina”)'
            return "nickname"
        if is_acronym(alias):
            return "acronym"
        if is_translation(name, alias, sure=not bracketed):
            return "translation"
        if len(alias) < len(name) and _shares_words(alias, name, every=True):
            return "short name"
        return "other"

    def _inline(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        found = []
        for m in _INLINE_RE.finditer(text):
            first_s, first_e = m.span("first")
            run = _cap_run_before(text, first_e)
            if run and run[0] > first_s:
                first_s = run[0]  # "In Joaquín" -> "Joaquín"
            first_s = _person_start(text, first_s, first_e, index)
            if fold(text[first_s:first_e].split()[0]) in _LEADING_NOISE:
                continue
            # the entities around must be people (or absent): 'the "X" Cartel' is not a person
            if any(e.label_ != "PERSON" and index.vetoes(e) for e in index.overlapping(first_s, m.end("last"))):
                continue
            last_s, last_e = m.span("last")
            # the surname ends at a full stop ('Guzmán Loera. Ovidio'), not at an initial
            for w in _WORDS_RE.finditer(text[last_s:last_e]):
                if w.group().endswith(".") and len(w.group().rstrip(".")) > 2:
                    last_e = last_s + w.end() - 1
                    break
            nick_s, nick_e = m.span("nick")
            nick = text[nick_s:nick_e].rstrip(".,;")
            nick_e = nick_s + len(nick)
            found.append({
                "name": (first_s, last_e), "alias": (nick_s, nick_e),
                "evidence": (first_s, last_e), "type": "nickname", "label": "PERSON",
                "strong": True, "inline": (first_s, first_e, last_s, last_e),
            })
        return found

    def _quoted_after_person(self, text: str, index: _EntIndex,
                             footnotes: list[tuple[int, int]]) -> list[dict[str, Any]]:
        """'Carlos Ruiz, “El Flaco,” ran the route'; 'police found Ruiz “El Flaco” in Cali': a
        short quoted name right after a person's name (never a quotation: capitalised words
        only, and what follows is not a surname)."""
        found = []
        for ent in index.ents:
            if ent.label_ != "PERSON":
                continue
            m = _QUOTED_AFTER_NAME_RE.match(text, ent.end_char)
            if m is None:
                continue
            nick_s, nick_e = m.span("nick")
            nick = text[nick_s:nick_e]
            words = nick.split()
            if len(words) > 4 or not all(w[:1].isupper() or w[:1].isdigit() or fold(w) in NAME_FUNCTION_WORDS
                                         for w in words):
                continue
            after = text[m.end():m.end() + 2].lstrip(" \t")
            comma = "," in m.group("sep") or m.group("trail")
            if comma:
                if not (m.group("trail") or after[:1] in (",", ";", ")", ".")):
                    continue  # 'said Carlos Ruiz, “We will…' is a quotation
                if len(words) > 3 or fold(words[0]) in ("a", "an", "the") or _in_blocks(ent.start_char, footnotes):
                    continue  # 'Ebus, “A Rebel Playing Field”, op. cit.' is a citation
            elif after[:1].isupper() or after[:1] in ("“", '"'):
                continue  # 'Ruiz “El Flaco” Mejía' is a name with a nickname inside
            elif _is_headline(text, ent.start_char):
                continue  # 'Noboa “Ready” for talks': a headline quoting him
            if fold(nick) == fold(ent.text):
                continue
            found.append({
                "name": (ent.start_char, ent.end_char), "alias": (nick_s, nick_e),
                "evidence": (ent.start_char, m.end()), "type": "nickname", "label": "PERSON",
                "strong": True,
            })
        return found

    # -- brackets and "or" ----------------------------------------------------------------
    def _acronym_name(self, text: str, index: _EntIndex, name_end: int, acr: str,
                      quoted: tuple[int, int] | None) -> tuple[tuple[int, int], str] | None:
        """The name an acronym written right after ``name_end`` abbreviates, and its label."""
        if quoted is not None:
            q_s, q_e = quoted  # '"Americas Counter Cartel Coalition" (A3C)'
            if re.match(r"[Tt]he\s", text[q_s:q_e]):
                q_s += 4
            words = text[q_s:q_e].split()
            if len(words) < 2 or not acronym_matches(acr, words, strict=False):
                return None
            labels = {e.label_ for e in index.overlapping(q_s, q_e)} - {"PERSON", "PLACE"}
            return (q_s, q_e), "ORG" if not labels else labels.pop()
        ent = index.ending_at(name_end)
        if ent is not None and ent.label_ == "PERSON":
            words = ent.text.split()
            fit = acronym_fit(acr, words) if len(words) >= 2 else None
            if fit is not None and fit <= 1:
                return (ent.start_char, ent.end_char), "PERSON"  # 'Andrés Manuel López Obrador (AMLO)'
            return None  # 'Senator X (D-NJ)': a party or state, not the person's name
        if ent is not None and (ent.label_ not in ("ORG", "PLACE") or len(ent.text.split()) < 2):
            ent = None
        run = _cap_run_before(text, name_end)
        fits = _fitting_tails(text, run, acr, index) if run else []
        strict = [tail for level, tail in fits if level <= 1]
        if ent is not None and run is not None and acronym_fit(acr, ent.text.split()) is None:
            # 'Dirección de Antinarcóticos of the National Police (DIRAN)': the unit the acronym
            # spells better, not the body it belongs to
            of = re.search(r"\s+(?:of|de)\s+(?:the\s+)?$", text[run[0]:ent.start_char])
            head_fits = _fitting_tails(text, (run[0], run[0] + of.start()), acr, index) if of else []
            if head_fits and head_fits[0][0] < min(fits[0][0] if fits else 2, 2):
                return head_fits[0][1], "ORG"
        if strict and (ent is None or strict[0][0] < ent.start_char):
            # the run says more than the recogniser: "Haitian National Police (HNP)"
            return strict[0], ent.label_ if ent is not None else "ORG"
        if ent is not None and acronym_fit(acr, ent.text.split()) is None \
                and _LIST_TAIL_RE.search(text, max(0, ent.start_char - 40), ent.start_char):
            ent = None  # 'Micro, Small, and Medium Enterprises (MSME)': the list's last item only
        if ent is not None:
            words = ent.text.split()
            if acronym_matches(acr, words, strict=False) or any(
                    fold(acr[0]) == fold(w[0]) for w in words if w[:1].isalpha()):
                # a recognised organisation whose acronym follows another language's name
                # ("... Refugees and Migrants (R4V)"): accept it when the first letter fits
                return (ent.start_char, ent.end_char), ent.label_
        if strict:
            return strict[0], "ORG"
        if fits:
            return fits[0][1], "ORG"  # 'Attorney General’s Office (FGR)': the Spanish initials
        return None

    def _bracket_name_end(self, text: str, pos: int) -> tuple[int, tuple[int, int] | None]:
        """Where the name before the bracket at ``pos`` ends, and the quoted name when the name
        is in quotes ('"Americas Counter Cartel Coalition" (A3C)'). A possessive is left out."""
        j = pos
        while j > 0 and text[j - 1] in " \t\xa0":
            j -= 1
        if j > 0 and text[j - 1] in _CLOSE_Q:
            close = j - 1
            open_ = max(text.rfind(q, max(0, close - 120), close) for q in _OPEN_Q)
            if open_ != -1 and "\n" not in text[open_:close]:
                inner = text[open_ + 1:close].strip().rstrip(",.")
                if inner[:1].isupper():
                    s = open_ + 1 + (len(text[open_ + 1:close]) - len(text[open_ + 1:close].lstrip()))
                    return j, (s, s + len(inner))
            return j, None
        if text[j - 2:j] in ("'s", "’s") and j > 2 and text[j - 3].isalpha():
            j -= 2  # 'Office of National Drug Control Policy’s (ONDCP)'
        return j, None

    def _brackets(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        """Everything a bracket after a name can say: an acronym (with or without a note after
        it), an acronym followed by its long form, a quoted nickname or short name, a
        translation, a translation and an acronym, a short name."""
        found = []
        for m in _BRACKET_RE.finditer(text):
            raw = m.group("inner")
            i_s = m.start("inner") + len(raw) - len(raw.lstrip())
            inner = raw.strip()
            i_e = i_s + len(inner)
            if not inner or ALIAS_MARKER_RE.match(inner):
                continue  # '(alias X)' and '(a.k.a. X)' are the markers' business
            label_ = _LANGUAGE_LABEL_RE.match(inner)
            if label_ is not None:  # '(Spanish: Policía Nacional)' holds the name after the label
                i_s += label_.end()
                inner = inner[label_.end():]
            name_end, quoted_name = self._bracket_name_end(text, m.start())
            if name_end <= 0:
                continue
            evidence_end = m.end()
            if _modifies_a_following_noun(text, evidence_end):
                continue
            q = _QUOTED_INNER_RE.fullmatch(inner)
            if q is not None:
                a_s, a_e = i_s + q.start("q"), i_s + q.end("q")
                alias = text[a_s:a_e].rstrip(".,;")
                a_e = a_s + len(alias)
                if is_alias_acronym(alias):
                    found += self._acronym_pairs(text, index, name_end, quoted_name, (a_s, a_e), evidence_end)
                else:
                    found += self._quoted_pairs(text, index, name_end, (a_s, a_e), evidence_end)
                continue
            a = _ACR_INNER_RE.fullmatch(inner)
            if a is not None and _MIXED_ACRONYM_RE.fullmatch(inner) and not any(
                    e.label_ in ("PERSON", "PLACE") for e in index.overlapping(i_s, i_e)):
                # 'Grupo de Atuação Especial de Combate ao Crime Organizado (Gaeco)'
                mixed = [pair for pair in self._acronym_pairs(text, index, name_end, quoted_name, (i_s, i_e),
                                                              evidence_end)
                         if pair["label"] != "PERSON"
                         and fits_as_mixed_acronym(inner, text[pair["name"][0]:pair["name"][1]].split())]
                if mixed:
                    found += mixed
                    continue
            if a is not None and is_alias_acronym(a.group("acr")):
                a_s = i_s + a.start("acr")
                got = self._acronym_pairs(text, index, name_end, quoted_name,
                                          (a_s, a_s + len(a.group("acr"))), evidence_end)
                note = _ACR_NOTE_NAME_RE.fullmatch(inner)
                if got and got[0]["label"] != "PERSON" and note is not None:
                    # 'Comando Vermelho (CV, or Red Command)': the name in another language too
                    n_s, n_e = got[0]["name"]
                    t_s, t_e = i_s + note.start("name"), i_s + note.end("name")
                    if is_translation(text[n_s:n_e], text[t_s:t_e]):
                        got.append({**got[0], "alias": (t_s, t_e), "type": "translation"})
                found += got
                continue
            b = _NAME_ACR_INNER_RE.fullmatch(inner)
            if b is not None and not is_alias_acronym(b.group("acr").rstrip(".")) \
                    and fits_as_mixed_acronym(b.group("acr"), b.group("name").split()):
                # 'Defence Ministry (Secretaría de la Defensa Nacional, Sedena)'
                found += self._translation_and_acronym(
                    text, index, name_end, (i_s + b.start("name"), i_s + b.end("name")),
                    (i_s + b.start("acr"), i_s + b.end("acr")), evidence_end)
                continue
            if b is not None and is_alias_acronym(b.group("acr").rstrip(".")):
                found += self._translation_and_acronym(
                    text, index, name_end, (i_s + b.start("name"), i_s + b.end("name")),
                    (i_s + b.start("acr"), i_s + b.start("acr") + len(b.group("acr").rstrip("."))), evidence_end)
                continue
            if _CAP_RUN_RE.fullmatch(inner) and not is_acronym(inner):
                found += (self._lower_case_translation(text, index, name_end, (i_s, i_e), evidence_end)
                          or self._name_pairs(text, index, name_end, (i_s, i_e), evidence_end))
            elif inner.startswith("the ") and _CAP_RUN_RE.fullmatch(inner[4:]):
                # 'Los Rojos (the Reds)': a translation may keep its article, nothing else may
                found += [pair for pair in self._name_pairs(text, index, name_end, (i_s, i_e), evidence_end)
                          if pair["type"] == "translation"]
        return found

    def _lower_case_translation(self, text: str, index: _EntIndex, name_end: int, inner: tuple[int, int],
                                evidence_end: int) -> list[dict[str, Any]]:
        """'The ombudsman's office (Defensoría del Pueblo)': a body's name in Spanish or Portuguese
        in brackets, after a lower-case English description of it that ends at the bracket; the
        description is its translation (never a bare noun: 'the police (Policía Nacional)' is
        one word, a category, not a name)."""
        i_s, i_e = inner
        ent = next((e for e in index.overlapping(i_s, i_e) if e.start_char == i_s and e.end_char == i_e), None)
        if ent is None or ent.label_ != "ORG" or _language(ent.text.split()) != "es":
            return []
        m = _LOWER_DESCRIPTION_END_RE.search(text, max(0, name_end - 60), name_end)
        if m is None or len(m.group("d").split()) < 2 or index.overlapping(*m.span("d")):
            return []
        if names_no_entity(text, i_s, i_e):
            return []
        return [{
            "name": (i_s, i_e), "alias": m.span("d"), "evidence": (m.start("d"), evidence_end),
            "type": "translation", "label": "ORG", "strong": True,
        }]

    def _acronym_pairs(self, text: str, index: _EntIndex, name_end: int, quoted_name: tuple[int, int] | None,
                       alias: tuple[int, int], evidence_end: int) -> list[dict[str, Any]]:
        acr = text[alias[0]:alias[1]]
        got = self._acronym_name(text, index, name_end, acr, quoted_name)
        if got is None:
            return []
        name, label = got
        if label != "PERSON" and names_no_entity(text, name[0], name[1]):
            return []
        return [{
            "name": name, "alias": alias, "evidence": (name[0], evidence_end),
            "type": "nickname" if label == "PERSON" else "acronym", "label": label, "strong": True,
            "bracketed": True,
        }]

    def _quoted_pairs(self, text: str, index: _EntIndex, name_end: int, alias: tuple[int, int],
                      evidence_end: int) -> list[dict[str, Any]]:
        """'Nemesio Oseguera Cervantes ("El Mencho")', 'Eugenio Molina-López (“Molina”)'."""
        nick = text[alias[0]:alias[1]]
        ent = index.ending_at(name_end)
        if ent is not None and ent.label_ in ("ORG", "PLACE") and is_translation(ent.text, nick) \
                and not names_no_entity(text, ent.start_char, ent.end_char):
            # 'Los Lobos (“The Wolves”)': a group's name and its meaning in English
            return [{
                "name": (ent.start_char, ent.end_char), "alias": alias, "evidence": (ent.start_char, evidence_end),
                "type": "translation", "label": ent.label_, "strong": True,
            }]
        if not nick[:1].isupper() or len(nick.split()) > 5 or fold(nick.split()[0]) in _NOT_ALIAS_START:
            return []
        if ent is not None and ent.label_ in ("PERSON", "ORG"):
            name, label = (ent.start_char, ent.end_char), ent.label_
        elif ent is None:
            run = _cap_run_before(text, name_end)
            if run is None or not 2 <= len(text[run[0]:run[1]].split()) <= 6:
                return []
            if any(e.label_ != "PERSON" and index.vetoes(e) for e in index.overlapping(*run)):
                return []
            # English function words make an institution's name ('Department of the Treasury
            # (“Treasury”)'), not a person's
            words = {fold(w) for w in text[run[0]:run[1]].split()}
            label = "ORG" if words & _EN_MARKERS else "PERSON"
            name = (_tails(text, run, index) or [run])[0] if label == "ORG" else run
            if label == "PERSON" and len(text[run[0]:run[1]].split()) > 5:
                return []
        else:
            return []
        if label == "ORG" and names_no_entity(text, name[0], name[1]):
            return []
        if fold(text[name[0]:name[1]]) == fold(nick):
            return []
        return [{
            "name": name, "alias": alias, "evidence": (name[0], evidence_end),
            "type": self._type(label, text[name[0]:name[1]], nick, bracketed=True), "label": label,
            "strong": True,
        }]

    def _name_pairs(self, text: str, index: _EntIndex, name_end: int, inner: tuple[int, int],
                    evidence_end: int) -> list[dict[str, Any]]:
        """'Porfirio Lobo Sosa (Lobo)' (a short name of a person), 'Department of the Treasury
        (Treasury)' (of an organisation), 'Cartel de los Soles (Cartel of the Suns)' and 'Eastern
        War Front (Frente de Guerra Oriental)' (translations), 'FDN (Family of the North)' (the
        long form after its acronym)."""
        i_s, i_e = inner
        inner_text = text[i_s:i_e]
        ent = index.ending_at(name_end)
        run = _cap_run_before(text, name_end)
        outer_text = ent.text if ent is not None else (text[run[0]:run[1]] if run is not None else "")
        # a place both names hold is part of them, not the bracket's meaning: 'Cúcuta Prison
        # Complex (Complejo Carcelario de Cúcuta)'; 'Arauca (Colombia)' still holds only a place
        # (or a word made from it: 'Familia Tolimense (Tolima Family)')
        outer_words = [fold(w) for w in outer_text.split()]
        inner_labels = {e.label_ for e in index.overlapping(i_s, i_e)
                        if not (e.label_ == "PLACE" and len(e.text) < len(inner_text)
                                and (fold(e.text) in fold(outer_text)
                                     or any(_same_stem(fold(e.text), w) for w in outer_words)))}
        facility = False
        if ent is not None and ent.label_ == "PLACE" and _names_a_facility(ent.text) \
                and _names_a_facility(inner_text) and is_translation(ent.text, inner_text):
            inner_labels.discard("PLACE")  # 'Litoral Penitentiary (Penitenciaría del Litoral)': one prison, two languages
        if ent is not None and ent.label_ == "PLACE" and "PLACE" not in inner_labels \
                and is_translation(ent.text, inner_text):
            ent, facility = None, True  # 'Coastal Penitentiary (Penitenciaría del Litoral)'
        words = inner_text.split()
        if ent is not None and ent.label_ == "PERSON" and 2 <= len(words) <= 4 and words[0] in _NICK_ARTICLES \
                and not words[0].endswith("s") and not inner_labels - {"PERSON"} \
                and not _shares_words(inner_text, ent.text):
            # 'Ismael Zambada (El Mayo)': an unquoted nickname opened by an article, no translation;
            # a plural ('Ana Ruiz (Los Pepes)') names her group
            return [{
                "name": (ent.start_char, ent.end_char), "alias": inner, "evidence": (ent.start_char, evidence_end),
                "type": "nickname", "label": "PERSON", "strong": True,
            }]
        relabel = False
        if (ent is None or ent.label_ == "PERSON") and "PLACE" not in inner_labels \
                and is_translation(outer_text, inner_text) \
                and (ent is None or _language(outer_text.split()) == "es"):
            # 'Destino Desarrollos (Destiny Developments)', either taken for people: no person's
            # name is translated, so the two are an organisation's; but after a person's name a
            # Spanish bracket is their nickname or group ('Fausto Meza Flores (Los Pelones)')
            ent, inner_labels, relabel = None, set(), True
        if ent is not None and ent.label_ == "PERSON":
            if len(inner_text.split()) > 3 or inner_labels - {"PERSON"}:
                return []
            name_text = text[ent.start_char:ent.end_char]
            if not _shares_words(inner_text, name_text) or fold(inner_text) == fold(name_text):
                return []
            return [{
                "name": (ent.start_char, ent.end_char), "alias": inner, "evidence": (ent.start_char, evidence_end),
                "type": "short name", "label": "PERSON", "strong": True,
            }]
        if ent is None and run is not None and inner_labels == {"PERSON"} and len(inner_text.split()) <= 3:
            # 'First Lady Rosa Elena Bonilla Avila (Rosa Lobo)': a person's name in the bracket
            # that shares a word with the capitalised words before it
            p_s = _person_start(text, run[0], run[1], index)
            if len(text[p_s:run[1]].split()) > 4:
                # 'First Lady Rosa Elena Bonilla Avila': the name starts at its given name
                first_names = names_lexicon()["first_names"]
                for w in _WORDS_RE.finditer(text[p_s:run[1]]):
                    if w.group() in first_names:
                        p_s += w.start()
                        break
            name_text = text[p_s:run[1]]
            if (2 <= len(name_text.split()) <= 5 and _shares_words(inner_text, name_text)
                    and not any(e.label_ != "PERSON" for e in index.overlapping(p_s, run[1]))):
                return [{
                    "name": (p_s, run[1]), "alias": inner, "evidence": (p_s, evidence_end),
                    "type": "short name", "label": "PERSON", "strong": True,
                }]
            return []
        if ent is not None and ent.label_ != "ORG":
            return []
        if inner_labels & {"PLACE", "PERSON"}:
            return []  # 'Arauca (Colombia)', 'the group (Iván Márquez)'
        # 'FDN (Family of the North)': the acronym before, its long form inside
        acr_s = ent.start_char if ent is not None else (run[0] if run else name_end)
        acr = text[acr_s:name_end]
        if is_alias_acronym(acr) and " " not in acr:
            if acronym_fit(acr, inner_text.split()) is None or names_no_entity(text, i_s, i_e):
                return []
            return [{
                "name": inner, "alias": (acr_s, name_end), "evidence": (acr_s, evidence_end),
                "type": "acronym", "label": ent.label_ if ent is not None else "ORG", "strong": True,
            }]
        if ent is not None:
            translated = whole = (ent.start_char, ent.end_char)
        elif run is not None:
            translated = self._closest_tail(text, run, inner_text, index)
            whole = (_tails(text, run, index) or [run])[0]
        else:
            return []
        # a list's entry the bracket names again in another form ('Federal Revenue Service (Receita
        # Federal)'): the gazetteer knows the two are one body, the bracket says so in the text
        same_entry = ent is not None and bool(ent.ent_id_) and any(
            e.ent_id_ == ent.ent_id_ and e.start_char == i_s and e.end_char == i_e for e in index.overlapping(i_s, i_e))
        if is_translation(text[translated[0]:translated[1]], inner_text) or same_entry and not _shares_words(
                inner_text, text[translated[0]:translated[1]], every=True) and len(inner_text.split()) >= 2:
            name, kind = translated, "translation"
        elif len(text[whole[0]:whole[1]].split()) >= 2 and _shares_words(inner_text, text[whole[0]:whole[1]], every=True):
            name, kind = whole, "short name"  # 'the U.S. Department of Commerce (Commerce)'
        else:
            return []
        if names_no_entity(text, name[0], name[1]) or (kind == "short name" and len(inner_text) >= name[1] - name[0]):
            return []
        label = "PLACE" if facility or _names_a_facility(text[name[0]:name[1]]) else "ORG"
        return [{
            "name": name, "alias": inner, "evidence": (name[0], evidence_end),
            "type": kind, "label": label, "strong": ent is not None or relabel or facility,
        }]

    @staticmethod
    def _closest_tail(text: str, run: tuple[int, int], other: str, index: _EntIndex) -> tuple[int, int]:
        """The tail of the run whose content words are as many as ``other``'s (a translation
        keeps the number of content words): 'Director of the Eastern War Front (Frente de
        Guerra Oriental)' -> 'Eastern War Front'."""
        want = len(_content_words(other.split()))
        tails = _tails(text, run, index) or [run]
        return min(tails, key=lambda t: (abs(len(_content_words(text[t[0]:t[1]].split())) - want), t[0]))

    def _translation_and_acronym(self, text: str, index: _EntIndex, name_end: int, inner: tuple[int, int],
                                 alias: tuple[int, int], evidence_end: int) -> list[dict[str, Any]]:
        """``English Name (Spanish Name, ACR)``: two pairs for the name before the bracket."""
        i_s, i_e = inner
        inner_text, acr = text[i_s:i_e], text[alias[0]:alias[1]]
        ent = index.ending_at(name_end)
        # 'Terrorism Confinement Center (Centro de Confinamiento del Terrorismo, CECOT)': a
        # facility's two names are one place; any other place inside the bracket is a place's own
        facility = ent is not None and ent.label_ == "PLACE" and len(ent.text.split()) >= 2 \
            and (_names_a_facility(ent.text) and _names_a_facility(inner_text) or is_translation(ent.text, inner_text))
        # 'Orinoco Mining Arc (Arco Minero del Orinoco, AMO)': a place's two names; a place the
        # two share ('Orinoco') is part of them
        # a place the two names share is part of both: 'Military Police of the State of Rio de
        # Janeiro (Polícia Militar do Estado do Rio de Janeiro, PMERJ)'
        shared = fold(ent.text) if ent is not None and ent.label_ == "ORG" else ""
        if len(inner_text.split()) < 2 or any(
                (e.label_ == "PLACE" and not facility and not (shared and fold(e.text) in shared))
                or (e.label_ == "PERSON" and index.vetoes(e))
                for e in index.overlapping(i_s, i_e)):
            return []
        name = None
        inner_only = [{
            "name": inner, "alias": alias, "evidence": (i_s, evidence_end),
            "type": "acronym", "label": "ORG", "strong": True,
        }] if (acronym_fit(acr, inner_text.split()) == 0 or _syllable_fit(acr, inner_text.split())) \
            and not names_no_entity(text, i_s, i_e) else []
        if ent is not None and (ent.label_ == "ORG" or facility) and (len(ent.text.split()) >= 2 or ent.id_):
            name = (ent.start_char, ent.end_char)
        else:
            run = _cap_run_before(text, name_end)
            if run is None:
                # 'the anti-drug police (Dirección Antidrogas, Dirandro)': no name before the
                # bracket, whose own name the acronym abbreviates
                return inner_only
            fits = _fitting_tails(text, run, acr, index)
            if fits:
                name = fits[0][1]  # 'Director of the Peruvian National Police' -> the police
            else:
                name = self._closest_tail(text, run, inner_text, index)
        outer = text[name[0]:name[1]]
        if names_no_entity(text, name[0], name[1]):
            return []
        if not is_translation(outer, inner_text):
            # 'Suriname Police Corps (Korps Politie Suriname, KPS)': a language told by no word
            # of it, whose name the acronym spells and the English name does not
            other = fold(inner_text) != fold(outer) and acronym_fit(acr, inner_text.split()) == 0 \
                and acronym_fit(acr, outer.split()) != 0 and len(outer.split()) >= 2 \
                and not {fold(w) for w in outer.split()} <= {fold(w) for w in inner_text.split()} \
                and ent is not None and ent.label_ == "ORG"
            # 'the Navy (Secretaría de Marina, Semar)': one word of a body every state has
            other = other or ent is not None and ent.label_ == "ORG" and len(ent.text.split()) == 1 \
                and _language(inner_text.split()) == "es" and (acronym_fit(acr, inner_text.split()) is not None
                                                               or _syllable_fit(acr, inner_text.split()))
            if not other:
                return inner_only if ent is None or ent.label_ != "ORG" else []
        pairs = [(inner, "translation")]
        if acronym_matches(acr, inner_text.split()) or acronym_matches(acr, outer.split()) \
                or _syllable_fit(acr, inner_text.split()):
            pairs.append((alias, "acronym"))
        # an acronym that fits neither name is not this name's: the translation stands on its own
        return [{
            "name": name, "alias": found, "evidence": (name[0], evidence_end),
            "type": kind, "label": "PLACE" if facility else "ORG", "strong": True,
        } for found, kind in pairs]

    def _real_names(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        """'Jesús Santrich, whose real name is Seuxis Hernández Solarte,' and 'Timochenko (real
        name: Rodrigo Londoño)': the name after the marker is the person, the one before his
        nom de guerre."""
        found = []
        for m in _REAL_NAME_RE.finditer(text):
            nick_end = m.start()
            while nick_end > 0 and text[nick_end - 1] in _SEPARATOR_CHARS:
                nick_end -= 1
            close = text[nick_end - 1:nick_end]
            ev_start = None
            if close in _CLOSE_Q:  # '“Otoniel,” whose real name is ...'
                open_ = max(text.rfind(q, max(0, nick_end - 40), nick_end - 1) for q in _OPEN_Q)
                alias = (open_ + 1, nick_end - 1) if open_ != -1 else None
                if alias is not None:
                    ev_start = open_
                    alias = (alias[0], alias[0] + len(text[alias[0]:alias[1]].rstrip(",. ")))
            else:
                ent = index.ending_at(nick_end)
                alias = None
                if ent is not None and ent.label_ == "PERSON":
                    alias = (_person_start(text, ent.start_char, ent.end_char, index), ent.end_char)
                elif ent is None and text[nick_end:m.start()].strip() in (",", "("):
                    # 'Barbecue, the nickname of Jimmy Chérizier', 'Zé Roberto (real name José
                    # Roberto Lima)': a nickname no recogniser took for a name, one to three
                    # capitalised words (opening the clause, unless the bracket says it)
                    run = _cap_run_before(text, nick_end)
                    if run is not None and len(text[run[0]:run[1]].split()) <= 3 \
                            and not any(e.label_ != "PERSON" for e in index.overlapping(*run)) \
                            and (text[nick_end:m.start()].strip() == "(" or _opens_clause(text, run[0])):
                        alias = run
            if alias is None or not text[alias[0]:alias[1]][:1].isupper():
                continue
            n_s, n_e = m.span("name")
            name = text[n_s:n_e]
            if name.endswith(".") and len(name.split()[-1]) > 3:
                n_e -= 1
            if not 2 <= len(text[n_s:n_e].split()) <= 6 or any(
                    e.label_ != "PERSON" for e in index.overlapping(n_s, n_e)):
                continue
            end = n_e + 1 if text[n_e:n_e + 1] == ")" and text[alias[1]:m.start()].count("(") else n_e
            found.append({
                "name": (n_s, n_e), "alias": alias, "evidence": (alias[0] if ev_start is None else ev_start, end),
                "type": "nickname", "label": "PERSON", "strong": True,
            })
        return found

    def _or_acronyms(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        """'the Central American Integration System, or SICA,'."""
        found = []
        for m in _OR_ACRONYM_RE.finditer(text):
            acr = m.group("acr")
            before = text[m.start() - 1:m.start()]
            if not (before.isalnum() or before in (".", "’", "'")) or not is_alias_acronym(acr):
                continue
            got = self._acronym_name(text, index, m.start(), acr, None)
            if got is None or got[1] == "PERSON" or names_no_entity(text, *got[0]):
                continue
            name, label = got
            a_s = m.start("acr")
            found.append({
                "name": name, "alias": (a_s, a_s + len(acr)), "evidence": (name[0], a_s + len(acr)),
                "type": "acronym", "label": label, "strong": True,
            })
        return found

    def _translations(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        """A name and what it means in English: 'Los Lobos, whose name means “the wolves”',
        'Los Tiguerones, Spanish for “the big tigers”', 'Rondas Campesinas, known in English as
        the Peasant Patrols', 'the Comando Vermelho, or Red Command', 'the Cartel de los Soles,
        the so-called Cartel of the Suns'. Unquoted and after "or" or "so-called",
        the two must be one name in two languages; a person's name is never translated."""
        found = []
        for hit in _TRANSLATION_ANCHOR_RE.finditer(text):
            start = hit.start()
            while start > 0 and text[start - 1] in _SEPARATOR_CHARS:
                start -= 1
            m = _TRANSLATION_RE.match(text, start)
            if m is None:
                continue
            by_or = m.group("or") is not None  # 'or', 'the so-called': the two names must be one
            if by_or and m.group("sep").strip() != ",":
                continue
            quoted = m.group("q") is not None
            a_s = m.start("q") if quoted else m.start("u")
            alias = text[a_s:m.end("q") if quoted else m.end("u")]
            if not quoted:
                alias = re.split(r"(?<=\w\w)\.\s", alias)[0]
            alias = alias.rstrip(".,;:")
            if not alias or len(alias.split()) > 6 or fold(alias.split()[0]) in ("a", "an"):
                continue
            name_end = m.start()
            ent = _entity_before(text, name_end, index)
            if ent is None and not by_or:
                # 'the Gran Grif gang, whose name ...', 'Los Monos, a Rosario gang whose name ...'
                d = _GROUP_DESCRIPTION_END_RE.search(text, max(0, name_end - 80), name_end) \
                    or _GROUP_NOUN_END_RE.search(text, max(0, name_end - 30), name_end)
                if d is not None:
                    ent = index.ending_at(d.start())
            if ent is not None:
                if ent.label_ not in ("ORG", "PLACE"):
                    continue
                name, label = (ent.start_char, ent.end_char), ent.label_
            else:
                run = _cap_run_before(text, name_end)
                if run is None or len(text[run[0]:run[1]].split()) > 6 or any(
                        index.vetoes(e) and e.label_ != "ORG" for e in index.overlapping(*run)):
                    continue
                last = list(_WORDS_RE.finditer(text[run[0]:run[1]]))[-1]
                if is_alias_acronym(last.group()):
                    run = (run[0] + last.start(), run[1])  # 'Later the FAES, or ...'
                elif by_or or not quoted:
                    run = self._closest_tail(text, run, alias, index)
                name, label = run, "ORG"
            name_text = text[name[0]:name[1]]
            a_e = a_s + len(alias)
            if by_or and not quoted and " " not in name_text and is_alias_acronym(name_text):
                # 'the FAES, or Fuerzas de Acciones Especiales': an acronym, then its long form
                if acronym_fit(name_text, alias.split()) is not None and len(alias.split()) >= 2 \
                        and not names_no_entity(text, a_s, a_e):
                    found.append({
                        "name": (a_s, a_e), "alias": name, "evidence": (name[0], a_e),
                        "type": "acronym", "label": label, "strong": True,
                    })
                continue
            if (by_or or not quoted) and not is_translation(name_text, alias):
                continue
            if by_or and text[a_e:a_e + 1] != "," and _LIST_ITEM_BEFORE_RE.search(text, max(0, name[0] - 40), name[0]):
                continue  # 'the Gulf Clan, Los Rastrojos, or the Shining Path were': a list
            if fold(name_text) == fold(alias) or (label == "ORG" and names_no_entity(text, *name)):
                continue
            end = m.end() if quoted else a_e
            if m.group("sep").strip() == "(" and text[end:end + 1] == ")":
                end += 1
            found.append({
                "name": name, "alias": (a_s, a_e), "evidence": (name[0], end),
                "type": "translation", "label": label, "strong": True,
            })
        return found

    def _expansions(self, text: str, index: _EntIndex) -> list[dict[str, Any]]:
        """'MS-13, short for Mara Salvatrucha', 'the FNAMP, which stands for Fuerza Nacional
        Anti-Maras y Pandillas': the long form after the marker is the entity."""
        found = []
        for m in _EXPANSION_RE.finditer(text):
            b = _ACRONYM_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            if b is None or not is_alias_acronym(b.group("acr")):
                continue
            acr, a_s = b.group("acr"), b.start("acr")
            n_s, n_e = m.span("name")
            n_e = n_s + len(re.split(r"(?<=\w\w)\.\s", text[n_s:n_e])[0].rstrip(".,;:"))
            words = text[n_s:n_e].split()
            if len(words) < 2 or acronym_fit(acr, words) is None or names_no_entity(text, n_s, n_e) \
                    or any(e.label_ == "PERSON" and index.vetoes(e) for e in index.overlapping(n_s, n_e)):
                continue
            labels = {e.label_ for e in index.overlapping(n_s, n_e)}
            found.append({
                "name": (n_s, n_e), "alias": (a_s, a_s + len(acr)), "evidence": (a_s, n_e),
                "type": "acronym", "label": "PLACE" if labels == {"PLACE"} else "ORG", "strong": True,
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
        document = doc._.document
        footnotes = list(document.footnotes) if document is not None else []
        rules = doc.spans.get(self.rules_key)
        guesses = frozenset() if rules is None else \
            frozenset((e.start_char, e.end_char) for e in ents) - {(s.start_char, s.end_char) for s in rules}
        index = _EntIndex(ents, guesses)
        inline = self._inline(text, index)
        if inline:
            # 'Porfirio “Pepe” Lobo Sosa (Lobo)': the other finders see the whole name as one
            named = [span for p in inline
                     if (span := doc.char_span(*p["name"], label="PERSON", alignment_mode="expand")) is not None]
            cut = {(e.start_char, e.end_char) for span in named for e in index.overlapping(span.start_char, span.end_char)}
            index = _EntIndex([e for e in ents if (e.start_char, e.end_char) not in cut] + named, guesses)
        pairs = (inline + self._markers(text, index)
                 + self._brackets(text, index) + self._or_acronyms(text, index) + self._real_names(text, index)
                 + self._quoted_after_person(text, index, footnotes) + self._as_known(text, index)
                 + self._translations(text, index) + self._expansions(text, index)
                 + self._designations(text, index))
        pairs.sort(key=lambda p: (p["evidence"][0], p["alias"][0], -(p["evidence"][1] - p["evidence"][0])))

        new_spans: list[tuple[int, int, str, bool]] = []  # (start, end, label, strong)
        aliases = []
        taken: set[tuple[int, int]] = set()
        # ids a list gave (not one a recogniser made from the words it found: 'Litoral
        # Penitentiary' and 'Penitenciaría del Litoral' found by their head words are one prison)
        known = {(e.start_char, e.end_char): e.id_ for e in ents
                 if e.id_ and e.id_ != entity_id(e.label_, text[e.start_char:e.end_char])}
        for p in pairs:
            if p["alias"] in taken:
                continue  # the same alias text claimed by two patterns: first wins
            taken.add(p["alias"])
            name_id, alias_id = known.get(p["name"]), known.get(p["alias"])
            if name_id and alias_id and name_id != alias_id and not (
                    p["type"] == "acronym" and p.get("bracketed")):
                # the gazetteer knows them as two entities ('Los Choneros', 'Los Lagartos'); but an
                # acronym the text defines in brackets is that name's, whatever other body
                # a list knows by the same letters ('National Police of Colombia (PNC)')
                continue
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

        # set_ents takes the spans as they are (``doc.ents = `` builds each one again)
        doc.set_ents(_merge_spans(doc, text, ents, new_spans, aliases), default="outside")
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
        if any(o.start_char == span.start_char and o.end_char == span.end_char
               and (o.label_ == span.label_ or not strong) for o in over):
            continue  # already exactly this span (a strong pair only corrects its label)
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
        added += additions
    # spaCy keeps a token's old entity id when a span without one is set over it: the
    # organisation 'Jalisco New Generation Cartel' must not keep the id of the place 'Jalisco'
    for span in added:
        for token in span:
            token.ent_id = 0
            token.ent_kb_id = 0
    result.sort(key=lambda e: e.start)
    # doc.ents refuses overlaps: keep the first of any overlapping pair
    final, last_end = [], -1
    for e in result:
        if e.start >= last_end:
            final.append(e)
            last_end = e.end
    return final


@Language.factory("crimecli_aliases", assigns=["doc.ents", "doc._.aliases"],
                  default_config={"rules_key": "crimecli_names"})
def make_aliases(nlp: Language, name: str, rules_key: str) -> AliasFinder:
    return AliasFinder(nlp, name, rules_key=rules_key)
