"""crimecli_names: people, organisations and places that no list holds, found by their shape.

Runs after crimecli_gazetteer: reads its spans (``doc.spans["crimecli_gazetteer"]``) and writes
every rule-based entity span to ``doc.spans["crimecli_names"]``: the gazetteer's (never
overwritten, except that a place inside an organisation's name becomes that organisation:
"Cartel de Santa Rosa", "Tumaco Police") and the names found here. ``crimecli_ents`` turns them
into ``doc.ents``. One pass over the tokens collects runs of capitalised words, allowing Spanish and
Portuguese particles inside names ("Luiz Inácio Lula da Silva", "Mariano de Alba") and English
connectors inside organisation names ("High Level Group for Security and Justice"). Each run
is then read as:

- ORG when it holds an organisation head word ("... Cartel", "Ministry of ...", "... Front",
  "Fundación ..."), starts with "Cartel de", or is a Spanish-article gang name ("Los Choneros");
- PLACE after "department of", "state of", "city of", "province of", "municipality of", "town of";
- ORG (media) when a citation names it: ``”, El Espectador, 7 March 2013``;
- PERSON when it looks like a name: 1-5 words with evidence (a known given name, a known
  surname, a title or role before it, or an author citation ``Name, “Title”``). A single word is
  a person only after a title ("President Petro"), before "administration"/"government" ("the
  Biden administration"), or when it is the surname of a person already found in the document.

Sentence-initial words, headlines and bylines in capitals, months, demonyms and footnote markers
never start or join a name (stop list in crimecli/data/curated/names.json).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from crimecli.countries import demonym_country
from crimecli.lexicons import calendar, titles
from crimecli.pipeline.component import DataComponent
from crimecli.pipeline.gazetteer import names_lexicon
from crimecli.pipeline.sentences import token_texts

# Connectors allowed inside a run: Spanish/Portuguese name particles, English ones for orgs.
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos", "y", "e",
                             "van", "von", "der", "di", "du", "le", "bin", "ibn"})
_ORG_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "&", "against", "in", "para", "por", "en", "el"})

_ORG_HEADS = {
    "cartel": "criminal group", "cártel": "criminal group", "clan": "criminal group", "gang": "criminal group",
    "mafia": "criminal group", "syndicate": "criminal group", "organization": None, "organisation": None,
    "front": "armed group", "frente": "armed group", "army": "security force", "forces": "security force",
    "force": "security force", "militia": "armed group", "guerrilla": "armed group", "brigade": "security force",
    "battalion": "security force", "command": "security force", "comando": "criminal group", "police": "security force",
    "policía": "security force", "guard": "security force", "navy": "security force", "corps": "security force",
    "ministry": "government body", "ministerio": "government body", "office": "government body",
    "agency": "government body", "agencia": "government body", "commission": "government body", "comisión": "government body",
    "council": "government body", "consejo": "government body", "committee": "government body", "court": "government body",
    "tribunal": "government body", "congress": "government body", "congreso": "government body", "assembly": "government body",
    "asamblea": "government body", "senate": "government body", "parliament": "government body", "secretariat": "government body",
    "department": "government body", "directorate": "government body", "dirección": "government body", "bureau": "government body",
    "service": "government body", "unit": "government body", "unidad": "government body", "administration": "government body",
    "prosecutor's": "government body", "fiscalía": "government body", "procuraduría": "government body", "defensoría": "government body",
    "registry": "government body", "library": "government body", "authority": "government body",
    "party": "political party", "partido": "political party", "movement": "political movement", "movimiento": "political movement",
    "institute": "ngo", "instituto": "ngo", "foundation": "ngo", "fundación": "ngo", "fundacion": "ngo", "centre": "ngo",
    "center": "ngo", "centro": "ngo", "observatory": "ngo", "observatorio": "ngo", "association": "ngo", "asociación": "ngo",
    "network": "ngo", "red": None, "group": None, "grupo": None, "coalition": None, "alliance": None, "federation": None,
    "union": None, "university": "other", "universidad": "other", "universidade": "other", "college": "other",
    "bank": "company", "banco": "company", "company": "company", "corporation": "company", "corp": "company",
    "inc": "company", "ltd": "company", "airlines": "company", "airline": "company", "group's": None,
    "chamber": "other", "cámara": "other", "forum": "other", "club": "other", "church": "other",
    "radio": "media", "news": "media", "tv": "media", "televisión": "media",
    "magazine": "media", "revista": "media", "diario": "media", "journal": "media", "herald": "media", "tribune": "media",
}
# Words that open a Spanish/Portuguese organisation name whatever comes after.
_ORG_OPENERS = frozenset({"cartel", "cártel", "ministerio", "fundación", "fundacion", "instituto", "centro",
                          "comando", "frente", "universidad", "universidade", "partido", "movimiento",
                          "asociación", "observatorio", "banco", "policía", "ejército", "fuerzas"})
_ORG_MODIFIERS = frozenset("""National International Federal Regional Municipal Public Special Joint Supreme
Constitutional Central General Democratic Revolutionary Bolivarian United Northern Southern Eastern Western North
South East West New Popular Socialist Liberal Conservative Republican Human Rights Security Defense Defence Justice
Peace Trade Economic Foreign Affairs Interior Health Social Armed Military Intelligence Border Criminal Drug Narcotics
Anti-Narcotics Investigation Investigations Police Ministry Office Agency Commission Council Committee Court Congress
Assembly Senate State States Department Party Group Organization Organisation Institute Foundation Bank Front Army Navy
Forces Force Union Alliance Movement Network Cartel Clan Gang Nations Republic Federation Mission Prosecutor
Prosecutor's Attorney Office's Development Reconciliation Electoral Treasury Homeland Air Coast Guard""".split())
_PLACE_TRIGGERS = {("department", "of"), ("state", "of"), ("city", "of"), ("province", "of"),
                   ("municipality", "of"), ("town", "of"), ("village", "of"), ("region", "of"),
                   ("district", "of"), ("port", "of"), ("island", "of"), ("cities", "of"), ("towns", "of")}
_PERSON_AFTER = frozenset({"administration", "government", "presidency", "regime", "cabinet"})
_SPANISH_ARTICLES = frozenset({"Los", "Las"})
_OPEN_QUOTES = frozenset({"“", '"', "‘", "«"})
_CLOSE_QUOTES = frozenset({"”", '"', "’", "»"})


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names and abbreviations as written in a name's position ("March", "Sept")."""
    return frozenset(word.title() for word in calendar().month_words)


class NameFinder(DataComponent):
    def __init__(self, nlp: Language, name: str, *, input_key: str, spans_key: str) -> None:
        super().__init__(nlp, name)
        self.input_key = input_key
        self.spans_key = spans_key
        self.first_names: frozenset[str] = frozenset()
        self.surnames: frozenset[str] = frozenset()
        self.not_names: frozenset[str] = frozenset()
        self.title_last: frozenset[str] = frozenset()
        self.months: frozenset[str] = frozenset()
        self._class_cache: dict[str, tuple[bool, bool]] = {}

    def load_data(self) -> dict[str, Any]:
        lex = names_lexicon()
        return {"first_names": sorted(lex["first_names"]), "surnames": sorted(lex["surnames"]),
                "not_names": sorted(lex["not_names"]), "title_last": sorted(titles().before_name),
                "months": sorted(_month_words())}

    def setup(self, data: dict[str, Any]) -> None:
        self.first_names = frozenset(data["first_names"])
        self.surnames = frozenset(data["surnames"])
        self.not_names = frozenset(data["not_names"])
        self.title_last = frozenset(data["title_last"])
        self.months = frozenset(data["months"])
        self._class_cache = {}

    # -- token classes -------------------------------------------------------------------
    def _classes(self, text: str) -> tuple[bool, bool]:
        """(usable in a name, usable in an organisation's name), memoised by token text."""
        found = self._class_cache.get(text)
        if found is None:
            cap = bool(text) and text[:1].isupper() and (text.isalpha() or any(c in text for c in "'’.")) \
                and not (len(text) > 1 and text.isupper())  # acronyms, headlines, bylines in capitals
            usable = cap and text not in self.not_names and text not in self.months
            low = text.lower()
            org = cap and (low in _ORG_HEADS or low in _ORG_OPENERS or text in _ORG_MODIFIERS)
            found = (usable, usable or org)
            if len(self._class_cache) < 200_000:
                self._class_cache[text] = found
        return found

    def _usable(self, tok) -> bool:
        return self._classes(tok.text)[0]

    def _in_run(self, tok) -> bool:
        return self._classes(tok.text)[1]

    # -- runs ----------------------------------------------------------------------------
    def _runs(self, doc: Doc, blocked: bytearray) -> list[tuple[int, int]]:
        texts, spaces = token_texts(doc)
        classes = [self._classes(t) for t in texts]
        runs = []
        n = len(doc)
        i = 0
        while i < n:
            if blocked[i] or not (classes[i][1] or (texts[i] in _SPANISH_ARTICLES and i + 1 < n
                                                     and classes[i + 1][0])):
                i += 1
                continue
            j = i + 1
            while j < n and not blocked[j]:
                if classes[j][1]:
                    j += 1
                    continue
                # particles and connectors (lower-case) followed by a usable capitalised word
                k = j
                while k < n and k - j < 3 and not blocked[k] and texts[k].islower() \
                        and (texts[k] in _NAME_PARTICLES or texts[k] in _ORG_CONNECTORS):
                    k += 1
                if k > j and k < n and not blocked[k] and classes[k][1]:
                    j = k + 1
                    continue
                # hyphenated surnames: 'López-Portillo'
                if texts[j] == "-" and not spaces[j] and not spaces[j - 1] and j + 1 < n and classes[j + 1][1]:
                    j += 2
                    continue
                break
            if any(classes[k][0] or texts[k].lower() in _ORG_HEADS for k in range(i, j)):
                runs.append((i, j))
            i = j
        return runs

    # -- classification -----------------------------------------------------------------
    def _title_before(self, doc: Doc, start: int) -> bool:
        i = start - 1
        if i >= 0 and doc[i].text in (",",) and i - 1 >= 0:
            return False
        if i >= 0 and doc[i].lower_ in self.title_last:
            return True
        return False

    def _appositive_role(self, doc: Doc, start: int) -> bool:
        """'the Colombian Defense Minister, Rodrigo Rivera': a role, a comma, then the name."""
        if start < 2 or doc[start - 1].text != ",":
            return False
        for k in range(start - 2, max(-1, start - 8), -1):
            t = doc[k]
            if t.text in (".", ";", ",", "(", ")") or t.is_sent_start and k < start - 2 and False:
                break
            if t.lower_ in self.title_last:
                return True
        return False

    def _org_kind(self, doc: Doc, start: int, end: int) -> tuple[bool, str | None]:
        first = doc[start].lower_
        if first in _ORG_OPENERS:
            return True, _ORG_HEADS.get(first)
        if doc[start].text in _SPANISH_ARTICLES and end - start == 2 and doc[start + 1].lower_.endswith("s"):
            return True, "criminal group"
        for k in range(end - 1, start - 1, -1):
            low = doc[k].lower_
            if low in _ORG_HEADS and doc[k].text[:1].isupper():
                return True, _ORG_HEADS[low]
        return False, None

    def _person_evidence(self, doc: Doc, start: int, end: int) -> bool:
        words = [t for t in doc[start:end] if t.text not in _NAME_PARTICLES and t.text != "-"]
        if not words or len(words) > 5:
            return False
        texts = [t.text for t in words]
        if any(demonym_country(t) for t in texts):
            return False
        if self._title_before(doc, start) or self._appositive_role(doc, start):
            return True
        if texts[0] in self.first_names and len(words) >= 2:
            return True
        if 2 <= len(words) <= 3 and (texts[-1] in self.surnames or (len(texts) > 2 and texts[-2] in self.surnames)):
            opens = doc[start].is_sent_start or (start > 0 and doc[start - 1].text in _OPEN_QUOTES)
            if not opens or texts[0] in self.surnames:
                return True
        # Author citation: 'Phil Gunson, “A Twist in Caracas”'
        if len(words) >= 2 and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in _OPEN_QUOTES:
            return True
        return False

    def _citation_media(self, doc: Doc, start: int, end: int) -> bool:
        """'”, El Espectador, 7 March 2013' and '”, Reuters, 2 May': the outlet of a citation."""
        if start < 2 or end >= len(doc):
            return False
        if not (doc[start - 1].text == "," and doc[start - 2].text in _CLOSE_QUOTES):
            return False
        nxt = doc[end]
        if nxt.text in (".", ";"):
            return True
        if nxt.text == "," and end + 1 < len(doc):
            after = doc[end + 1]
            return after.like_num or after.text in self.months
        return False

    def find(self, doc: Doc, ents: list[Span]) -> list[Span]:
        n = len(doc)
        blocked = bytearray(n)
        for ent in ents:
            blocked[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
        texts = token_texts(doc)[0]
        for i, text in enumerate(texts):
            if not text[:1].isalpha() and text != "-":
                blocked[i] = 1  # punctuation, numbers, white space, footnote markers
        found: list[Span] = []
        for start, end in self._runs(doc, blocked):
            # trim trailing connectors
            while end > start and (texts[end - 1] in _ORG_CONNECTORS or texts[end - 1] in _NAME_PARTICLES):
                end -= 1
            if end <= start:
                continue
            found.extend(self._classify(doc, start, end))
        # Single words before 'administration'/'government' ('the Biden administration').
        taken = bytearray(blocked)
        for span in found:
            taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        persons = [s for s in found if s.label_ == "PERSON"]
        for ent in ents:
            if ent.label_ == "PERSON":
                persons.append(ent)
        surnames = {s[-1].text for s in persons if len(s) >= 2 and s[-1].text[:1].isupper()}
        surnames |= {s[-2].text + " " + s[-1].text for s in persons if len(s) >= 3}
        for i in range(n):
            if taken[i] or not self._classes(texts[i])[0]:
                continue
            tok = doc[i]
            nxt = doc[i + 1] if i + 1 < n else None
            prev = doc[i - 1] if i > 0 else None
            ok = tok.text in surnames
            if not ok and nxt is not None and nxt.lower_ in _PERSON_AFTER and not demonym_country(tok.text):
                ok = prev is not None and prev.lower_ in ("the", "a", "an") or tok.text in self.surnames
            if ok and (nxt is None or not self._usable(nxt)):
                found.append(Span(doc, i, i + 1, label="PERSON"))
                taken[i] = 1
        return found

    def _classify(self, doc: Doc, start: int, end: int) -> list[Span]:
        is_org, kind = self._org_kind(doc, start, end)
        if is_org:
            # 'the Ministry of Mines and the Northern Coast Front': two names joined by 'and'
            for k in range(start + 1, end - 1):
                if doc[k].text == "and":
                    right = k + 1 + (doc[k + 1].text == "the")
                    left_org, _ = self._org_kind(doc, start, k)
                    right_org, _ = self._org_kind(doc, right, end) if right < end else (False, None)
                    heads_left = any(doc[x].lower_ in _ORG_HEADS for x in range(start, k))
                    heads_right = any(doc[x].lower_ in _ORG_HEADS for x in range(right, end))
                    if left_org and right_org and heads_left and heads_right and doc[right - 1].text == "the":
                        return self._classify(doc, start, k) + self._classify(doc, right, end)
            if end - start == 1 and doc[start].lower_ in _ORG_HEADS:
                return []  # a bare 'Army', 'Congress': too generic on its own
            # a leading 'The' is not part of the name; gazetteer-less orgs need 2+ words
            span = Span(doc, start, end, label="ORG")
            span._.kind = kind
            return [span]
        if start >= 2 and doc[start - 2].text.islower() and (doc[start - 2].text, doc[start - 1].text) in _PLACE_TRIGGERS:
            span = Span(doc, start, end, label="PLACE")
            span._.kind = "state or department" if doc[start - 2].lower_ in ("department", "state", "province") \
                else "city or town"
            return [span]
        if self._citation_media(doc, start, end):
            span = Span(doc, start, end, label="ORG")
            span._.kind = "media"
            return [span]
        # Not an organisation: English connectors split the run into separate candidates.
        pieces, s = [], start
        for k in range(start, end):
            if (doc[k].text in _ORG_CONNECTORS and doc[k].text not in _NAME_PARTICLES) or doc[k].text in ("y", "e"):
                if k > s:
                    pieces.append((s, k))
                s = k + 1
        if s < end:
            pieces.append((s, end))
        out = []
        for a, b in pieces:
            while a < b and not self._usable(doc[a]):  # 'General', 'Security' ... are not names
                a += 1
            while b > a and not self._usable(doc[b - 1]) and doc[b - 1].text not in _NAME_PARTICLES:
                b -= 1
            while b > a and doc[b - 1].text in _NAME_PARTICLES:
                b -= 1
            while a < b and doc[a].text in _NAME_PARTICLES:
                a += 1
            if b <= a:
                continue
            if b - a == 1:
                if self._title_before(doc, a) and not demonym_country(doc[a].text):
                    out.append(Span(doc, a, b, label="PERSON"))
                continue
            if self._person_evidence(doc, a, b):
                out.append(Span(doc, a, b, label="PERSON"))
        return out

    def _merge_place_orgs(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Cartel de Santa Rosa', 'Jalisco Cartel', 'Tumaco Police': a place inside an org name."""
        ents = list(ents)
        n = len(doc)
        idx = -1
        while idx + 1 < len(ents):  # ``ents`` may shrink as we go: index the current list
            idx += 1
            ent = ents[idx]
            if ent.label_ != "PLACE":
                continue
            start, end = ent.start, ent.end
            # 'Cartel de[l] PLACE'
            k = start - 1
            while k >= 0 and doc[k].text in ("de", "del", "los", "la"):
                k -= 1
            if k < start - 1 and k >= 0 and doc[k].lower_ in _ORG_OPENERS and doc[k].text[:1].isupper():
                start = k
            # 'PLACE Cartel'
            elif end < n and doc[end].text[:1].isupper() and doc[end].lower_ in ("cartel", "clan", "front", "gang"):
                end += 1
            # 'Colorado Party', 'Tumaco Police': a place that is not a country before an org head
            elif end < n and ent._.kind != "country" and doc[end].text[:1].isupper() \
                    and doc[end].lower_ in _ORG_HEADS and doc[end].lower_ not in ("red", "news", "radio"):
                span = Span(doc, start, end + 1, label="ORG")
                span._.kind = _ORG_HEADS[doc[end].lower_]
                ents[idx] = span
                continue
            # 'National Autonomous University of Honduras', 'Policía Nacional del Ecuador'
            elif start >= 2 and doc[start - 1].lower_ in ("of", "de", "del", "da", "do") \
                    and doc[start - 2].text[:1].isupper():
                merged = self._org_before_place(doc, ents, idx)
                if merged is not None:
                    # the organisation before the place may have been folded in: the next
                    # entity is the one after the merged span
                    idx -= len(ents) - len(merged)
                    ents = merged
                continue
            else:
                continue
            span = Span(doc, start, end, label="ORG")
            span._.kind = "criminal group" if doc[start].lower_ != "frente" else "armed group"
            ents[idx] = span
        return ents

    def _org_before_place(self, doc: Doc, ents: list, idx: int) -> list | None:
        """An institution named '... of PLACE': the capitalised run before 'of'/'de' holds an
        organisation head ('University', 'Policía'), or is an organisation the gazetteer gave
        a generic name ('Policía Nacional'), so the whole is one organisation."""
        place = ents[idx]
        k = place.start - 2  # the word before 'of'
        prev = ents[idx - 1] if idx > 0 else None
        if prev is not None and prev.end == k + 1 and prev.label_ == "ORG":
            start = prev.start
            head = any(t.lower_ in _ORG_HEADS for t in prev)
            if not head:
                return None
            span = Span(doc, start, place.end, label="ORG")
            span._.kind = prev._.kind
            return ents[:idx - 1] + [span] + ents[idx + 1:]
        if prev is not None and prev.end > k - 6:
            floor = prev.end
        else:
            floor = max(0, k - 6)
        start = k + 1
        has_head = False
        while start - 1 >= floor and self._in_run(doc[start - 1]) and not doc[start - 1].is_sent_start:
            start -= 1
            has_head = has_head or doc[start].lower_ in _ORG_HEADS
        if start - 1 >= floor and doc[start - 1].is_sent_start and self._in_run(doc[start - 1]) \
                and doc[start - 1].text not in ("The", "A", "An", "In", "At"):
            start -= 1
            has_head = has_head or doc[start].lower_ in _ORG_HEADS
        if start > k or not has_head or doc[k].lower_ not in _ORG_HEADS and not has_head:
            return None
        span = Span(doc, start, place.end, label="ORG")
        span._.kind = next((_ORG_HEADS[doc[i].lower_] for i in range(k, start - 1, -1)
                            if doc[i].lower_ in _ORG_HEADS), None)
        return ents[:idx] + [span] + ents[idx + 1:]

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        ents = self._merge_place_orgs(doc, list(doc.spans.get(self.input_key, ())))
        new = self.find(doc, ents)
        doc.spans[self.spans_key] = sorted(ents + new, key=lambda s: s.start)
        return doc


@Language.factory(
    "crimecli_names",
    assigns=["doc.spans", "span._.kind"],
    default_config={"input_key": "crimecli_gazetteer", "spans_key": "crimecli_names"},
)
def make_names(nlp: Language, name: str, input_key: str, spans_key: str) -> NameFinder:
    return NameFinder(nlp, name, input_key=input_key, spans_key=spans_key)
