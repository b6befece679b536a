"""Merge per-document entities into corpus-level entities. Pure: no SQL, no spaCy.

Two per-document entities become one corpus entity when they have the same label and

1. the same folded name (accents, case and punctuation ignored: "Álvaro Uribe" = "alvaro uribe";
   organisations also ignore a leading article: "the Rastrojos" = "Los Rastrojos"), or
2. they share a *distinctive* name, alias or variant: an acronym ("FARC", "ELN") or a form of
   two or more words ("Diego Rastrojo"). A bare surname ("Santos") is never enough, or
3. (people) one full name extends the other ("Alvaro Uribe" -> "Álvaro Uribe Vélez": same
   first name, every word in order) and the shorter name extends to nothing else.

Whatever the rule, two people whose full names conflict are never merged: "Iván Duque" and
"Iván Márquez" share a first name, "Juan Manuel Santos" and "Jesús Santrich" nothing at all,
and a nickname shared by both ("El Mono") does not make them one man.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Leading words that do not change which organisation or place is meant.
_ARTICLES = frozenset({"the", "los", "las", "el", "la", "lo"})
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9&]{1,9}|(?:[A-Z]\.){2,8})(?:-[A-Z0-9]{1,4})?$")


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form used to compare names.

    >>> fold("Álvaro  Uribe-Vélez")
    'alvaro uribe velez'
    """
    text = anyascii(unicodedata.normalize("NFC", text or "")).lower()
    return _NON_ALNUM.sub(" ", text.replace("'", "")).strip()


def name_key(name: str, label: str) -> str:
    """The key under which names of one label are the same name."""
    words = fold(name).split()
    if label != "PERSON":
        while len(words) > 1 and words[0] in _ARTICLES:
            words = words[1:]
    return " ".join(words)


def is_acronym(form: str) -> bool:
    """"FARC", "ELN", "FARC-EP", "U.S.": all capitals, short, no lower-case letters."""
    return bool(_ACRONYM.match(form.strip()))


def is_distinctive(form: str, label: str = "ORG") -> bool:
    """Can a shared form alone say two entities are one? Acronyms and multi-word forms can;
    single words (surnames, common nouns) cannot."""
    if is_acronym(form):
        return True
    return len(name_key(form, label).split()) >= 2


def extends(shorter: str, longer: str) -> bool:
    """Does person name ``longer`` extend ``shorter``? Same first word, every word of the shorter
    name in order in the longer, and the shorter name has at least two words."""
    a, b = fold(shorter).split(), fold(longer).split()
    if len(a) < 2 or len(a) > len(b) or a[0] != b[0]:
        return False
    it = iter(b)
    return all(word in it for word in a)


def compatible_people(a: str, b: str) -> bool:
    """Can two full person names (two words or more) name the same person?"""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if len(fa.split()) < 2 or len(fb.split()) < 2:
        return True  # a single word (a surname or nickname) does not conflict with anything
    return extends(a, b) or extends(b, a)


class _Groups:
    """Union-find over record indexes, keeping each group's full person names for the guard."""

    def __init__(self, records: Sequence[Mapping[str, Any]]):
        self.parent = list(range(len(records)))
        self.full_names: dict[int, set[str]] = {}
        for i, rec in enumerate(records):
            names = {fold(rec["name"])} if rec["label"] == "PERSON" and len(fold(rec["name"]).split()) >= 2 else set()
            self.full_names[i] = names

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def compatible(self, i: int, j: int) -> bool:
        a, b = self.full_names[self.find(i)], self.full_names[self.find(j)]
        return all(compatible_people(x, y) for x in a for y in b)

    def union(self, i: int, j: int, *, guard: bool = True) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if guard and not self.compatible(ri, rj):
            return False
        if len(self.full_names[ri]) < len(self.full_names[rj]):
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.full_names[ri] |= self.full_names.pop(rj)
        return True


def _forms(rec: Mapping[str, Any]) -> list[str]:
    return [rec["name"], *rec.get("aliases", []), *rec.get("variants", [])]


def group_records(records: Sequence[Mapping[str, Any]]) -> list[list[int]]:
    """Indexes of ``records`` grouped into corpus entities (see the module docstring).

    Each record needs ``label`` and ``name``; ``aliases`` and ``variants`` are optional lists.
    """
    groups = _Groups(records)

    # 1. Same label and folded name. People with the same full name are assumed the same person.
    by_key: dict[tuple[str, str], int] = {}
    for i, rec in enumerate(records):
        key = (rec["label"], name_key(rec["name"], rec["label"]))
        if key in by_key:
            groups.union(by_key[key], i, guard=False)
        else:
            by_key[key] = i

    # 2. A shared distinctive form (acronym or multi-word name, alias or variant).
    by_form: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        seen = set()
        for form in _forms(rec):
            if not form or not is_distinctive(form, rec["label"]):
                continue
            key = (rec["label"], name_key(form, rec["label"]))
            if key not in seen:
                seen.add(key)
                by_form[key].append(i)
    for members in by_form.values():
        for j in members[1:]:
            groups.union(members[0], j)

    # 3. A person's name extended by exactly one other full name ("Alvaro Uribe" -> "Álvaro Uribe Vélez").
    people: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        if rec["label"] == "PERSON":
            people[fold(rec["name"])].append(i)
    # Index longer names by (first word, any later word) so a short name finds its candidates fast.
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in people:
        words = name.split()
        for later in set(words[1:]):
            index[(words[0], later)].append(name)
    for name, members in people.items():
        words = name.split()
        if len(words) < 2:
            continue
        longer = [other for other in index.get((words[0], words[-1]), [])
                  if other != name and extends(name, other)]
        roots = {groups.find(people[other][0]) for other in longer}
        if len(roots) == 1:  # extends to one entity only; two candidates would be a guess
            groups.union(members[0], people[longer[0]][0])

    out: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        out[groups.find(i)].append(i)
    return list(out.values())


def canonical_name(names: Iterable[tuple[str, int]], label: str = "PERSON") -> str:
    """The most frequent of the fullest forms; among equals, a capitalised one ("Los Rastrojos"
    before "the Rastrojos"), then the one with its accents."""
    counts: Counter[str] = Counter()
    for name, weight in names:
        counts[name] += max(weight, 1)

    def rank(name: str) -> tuple[int, int, bool, int, int, str]:
        accents = sum(1 for ch in name if ord(ch) > 127)
        return (len(name_key(name, label).split()), counts[name], name[:1].isupper(),
                len(fold(name).split()), accents, name)

    return max(counts, key=rank)


def slug(text: str) -> str:
    return fold(text).replace(" ", "-") or "unnamed"


def _dedupe(forms: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Forms with one spelling per folded form, accented spelling preferred, in first-seen order."""
    excluded = {fold(f) for f in exclude}
    chosen: dict[str, str] = {}
    for form in forms:
        key = fold(form)
        if not key or key in excluded:
            continue
        old = chosen.get(key)
        if old is None or sum(ord(c) > 127 for c in form) > sum(ord(c) > 127 for c in old):
            chosen[key] = form
    return list(chosen.values())


def _most_common(values: Iterable[tuple[str | None, int]]) -> str | None:
    counts: Counter[str] = Counter()
    for value, weight in values:
        if value:
            counts[value] += weight
    return counts.most_common(1)[0][0] if counts else None


def _weight(rec: Mapping[str, Any]) -> int:
    """How many per-document entities a (possibly pre-grouped) record stands for."""
    return len(rec["keys"]) if "keys" in rec else 1


def merge_entities(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per-document entities -> corpus entities.

    Each record: ``label``, ``name``, optional ``variants``, ``aliases``, ``kind``, ``country``,
    ``mentions`` (a count), ``file``, and ``key`` (anything that identifies the record to the
    caller); identical records may come pre-grouped with ``files`` and ``keys`` lists instead. Returns dicts ``{"id", "label", "name", "variants", "aliases", "kind", "country",
    "mentions", "documents", "members"}`` (``members``: the keys of the merged records), sorted
    by mentions, most first.
    """
    merged = []
    used_ids: set[str] = set()
    for members in group_records(records):
        recs = [records[i] for i in members]
        label = recs[0]["label"]
        name = canonical_name(((r["name"], int(r.get("mentions") or 0)) for r in recs), label)
        aliases = _dedupe((a for r in recs for a in r.get("aliases", [])), exclude=[name])
        variants = _dedupe(
            (v for r in recs for v in [r["name"], *r.get("variants", [])]),
            exclude=[name, *aliases],
        )
        ident = f"{label.lower()}:{slug(name)}"
        n = 2
        while ident in used_ids:
            ident = f"{label.lower()}:{slug(name)}-{n}"
            n += 1
        used_ids.add(ident)
        merged.append({
            "id": ident,
            "label": label,
            "name": name,
            "variants": variants,
            "aliases": aliases,
            "kind": _most_common((r.get("kind"), _weight(r)) for r in recs),
            "country": _most_common((r.get("country"), _weight(r)) for r in recs),
            "mentions": sum(int(r.get("mentions") or 0) for r in recs),
            "documents": sorted({f for r in recs for f in ([r["file"]] if r.get("file") else r.get("files", []))}),
            "members": [k for r in recs for k in (r["keys"] if "keys" in r else [r.get("key")])],
        })
    merged.sort(key=lambda e: (-e["mentions"], e["label"], fold(e["name"])))
    return merged


def search_forms(entity: Mapping[str, Any]) -> list[str]:
    """Surface forms a search for this entity should also look for: its name, aliases, and
    variants that say more than a bare surname (acronyms, two words or more)."""
    label = entity.get("label", "ORG")
    forms = [entity["name"], *entity.get("aliases", [])]
    forms += [v for v in entity.get("variants", []) if is_distinctive(v, label)]
    return _dedupe(forms)


def suggest(name: str, candidates: Iterable[str], limit: int = 3, cutoff: float = 70.0) -> list[str]:
    """Nearest candidate names, for "unknown name, did you mean ...?" messages."""
    from rapidfuzz import fuzz, process

    choices: dict[str, str] = {}
    for candidate in candidates:
        if candidate:
            choices.setdefault(fold(candidate), candidate)
    if not choices or not fold(name):
        return []
    found = process.extract(fold(name), list(choices), scorer=fuzz.WRatio, limit=limit,
                            score_cutoff=cutoff)
    return [choices[match] for match, _score, _i in found]
