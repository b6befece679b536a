"""Merge per-document entities into corpus-level entities. Pure: no SQL, no spaCy.

Identity first: per-document entities that carry the same authority id (a gazetteer entry,
``place:valencia-spain``) are one corpus entity, and two different authority ids never are.
Names decide only for the rest. Two per-document entities become one corpus entity when they
have the same label and

1. the same folded name (accents, case and punctuation ignored: "Álvaro Uribe" = "alvaro uribe";
   organisations also ignore a leading article: "the Rastrojos" = "Los Rastrojos"), or
2. they share a *distinctive* name, alias or variant: an acronym of three letters or more
   ("FARC", "ELN") or a form of two or more words ("Diego Rastrojo"). A bare surname ("Santos")
   or a two-letter acronym ("PN", the National Police of many countries) is never enough, or
3. (people) one full name extends the other ("Alvaro Uribe" -> "Álvaro Uribe Vélez": same
   first name, every word in order) and the shorter name extends to nothing else; but a
   shorter name stated with a nickname does not extend to a fuller name that lacks it
   ("Joaquín "El Chapo" Guzmán" is not his son "Joaquín Guzmán López"): a nickname joins
   records by being shared (rule 2), never by a guess.

Records from the sections of one long document (``one_document=True``) also follow the rule
crimecli_resolve follows inside a Doc:

4. (people) a name that is part of exactly one fuller person name ("Duque", "Iván Duque
   Márquez") is that person: in one document, "Duque" after "Iván Duque" is him.

Whatever the rule, two people whose full names conflict are never merged: "Iván Duque" and
"Iván Márquez" share a first name, "Juan Manuel Santos" and "Jesús Santrich" nothing at all,
and a nickname shared by both ("El Mono") does not make them one man; and two places or
organisations whose countries differ are never merged (Valencia, Spain and Valencia, Venezuela).

A corpus entity keeps its authority id; otherwise its id is built from its canonical name by
crimecli.identity.entity_id, as the pipeline builds it for one document, so ``extract`` and
``entities`` print the same ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from crimecli.identity import UnionFind, entity_id, is_name_id
from crimecli.lexicons import org_words
from crimecli.text import fold_words
from crimecli.text import is_acronym

# Leading words that do not change which organisation or place is meant.
_ARTICLES = org_words().leading_articles


def name_key(name: str, label: str) -> str:
    """The key under which names of one label are the same name."""
    words = fold_words(name).split()
    if label != "PERSON":
        while len(words) > 1 and words[0] in _ARTICLES:
            words = words[1:]
    return " ".join(words)


def is_distinctive(form: str, label: str = "ORG") -> bool:
    """Can a shared form alone say two entities are one? Acronyms of three letters or more and
    multi-word forms can; single words (surnames, common nouns) and two-letter acronyms ("PN",
    "MP", "CD": the National Police, Public Ministry, Democratic Centre of many countries)
    cannot."""
    if is_acronym(form):
        return sum(c.isalnum() for c in form) >= 3
    return len(name_key(form, label).split()) >= 2


def extends(shorter: str, longer: str) -> bool:
    """Does person name ``longer`` extend ``shorter``? Same first word, every word of the shorter
    name in order in the longer, and the shorter name has at least two words."""
    a, b = fold_words(shorter).split(), fold_words(longer).split()
    if len(a) < 2 or len(a) > len(b) or a[0] != b[0]:
        return False
    it = iter(b)
    return all(word in it for word in a)


def compatible_people(a: str, b: str) -> bool:
    """Can two full person names (two words or more) name the same person?"""
    fa, fb = fold_words(a), fold_words(b)
    if fa == fb:
        return True
    if len(fa.split()) < 2 or len(fb.split()) < 2:
        return True  # a single word (a surname or nickname) does not conflict with anything
    return extends(a, b) or extends(b, a)


def authority_id(rec: Mapping[str, Any]) -> str | None:
    """The record's id when an authority (the gazetteer) gave it, not its name."""
    ident = rec.get("id")
    if not ident or is_name_id(ident, rec["label"], rec["name"]):
        return None
    return ident


class _Groups(UnionFind):
    """Union-find over record indexes that never joins what cannot be one entity: people whose
    full names conflict, two different authority ids, places or organisations of two countries."""

    def __init__(self, records: Sequence[Mapping[str, Any]]):
        super().__init__(len(records), can_join=self.compatible, on_join=self._absorb)
        self.full_names: dict[int, set[str]] = {}
        self.ids: dict[int, set[str]] = {}
        self.countries: dict[int, set[str]] = {}
        self.aliases: dict[int, set[str]] = {}  # folded aliases of people
        for i, rec in enumerate(records):
            self.aliases[i] = {fold_words(a) for a in rec.get("aliases", [])} if rec["label"] == "PERSON" else set()
            folded = fold_words(rec["name"])
            self.full_names[i] = {folded} if rec["label"] == "PERSON" and len(folded.split()) >= 2 else set()
            ident = authority_id(rec)
            self.ids[i] = {ident} if ident else set()
            country = rec.get("country") if rec["label"] in ("PLACE", "ORG") else None
            self.countries[i] = {country} if country else set()

    def compatible(self, ri: int, rj: int) -> bool:
        if self.ids[ri] and self.ids[rj] and not self.ids[ri] & self.ids[rj]:
            return False
        if self.countries[ri] and self.countries[rj] and not self.countries[ri] & self.countries[rj]:
            return False
        a, b = self.full_names[ri], self.full_names[rj]
        return all(compatible_people(x, y) for x in a for y in b)

    def _absorb(self, keep: int, gone: int) -> None:
        for table in (self.full_names, self.ids, self.countries, self.aliases):
            table[keep] |= table.pop(gone)


def _forms(rec: Mapping[str, Any]) -> list[str]:
    return [rec["name"], *rec.get("aliases", []), *rec.get("variants", [])]


def _join_unambiguously(groups: _Groups, members: list[int]) -> None:
    """Join records that share a name or form: each joins the one group among those already
    seen that it may join, starts a group of its own when it may join none, and stays alone
    when it could join several (a bare "El Mono" when two men carry that nickname)."""
    heads: list[int] = []
    for j in members:
        rj = groups.find(j)
        roots = {groups.find(h) for h in heads}
        if rj in roots:
            continue
        fits = [r for r in roots if groups.compatible(r, rj)]
        if len(fits) == 1:
            groups.union(fits[0], j)
        elif not fits:
            heads.append(j)


def group_records(records: Sequence[Mapping[str, Any]], one_document: bool = False) -> list[list[int]]:
    """Indexes of ``records`` grouped into corpus entities (see the module docstring);
    ``one_document``: the records are the sections of one document (rule 4 applies).

    Each record needs ``label`` and ``name``; ``aliases`` and ``variants`` are optional lists.
    """
    groups = _Groups(records)

    # 0. The same authority id (a gazetteer entry): one entity, whatever the names say.
    by_id: dict[str, int] = {}
    for i, rec in enumerate(records):
        ident = authority_id(rec)
        if ident is None:
            continue
        if ident in by_id:
            groups.union(by_id[ident], i, guard=False)
        else:
            by_id[ident] = i

    # 1. Same label and folded name, unless the guard says no: two places or organisations of
    #    different countries, two different gazetteer entries. People with the same full name
    #    are assumed the same person. A record that fits more than one entity of that name
    #    ("Valencia" with no country, when Valencia in Spain and in Venezuela are both there)
    #    joins none.
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        by_key[(rec["label"], name_key(rec["name"], rec["label"]))].append(i)
    for members in by_key.values():
        _join_unambiguously(groups, members)

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
        _join_unambiguously(groups, members)

    # 3. A person's name extended by exactly one other full name ("Alvaro Uribe" -> "Álvaro Uribe Vélez").
    people: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        if rec["label"] == "PERSON":
            people[fold_words(rec["name"])].append(i)
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
            mine = groups.aliases[groups.find(members[0])]
            if mine and not mine & groups.aliases[roots.pop()]:
                continue  # a nickname stated with the shorter name is not the fuller name's
            groups.union(members[0], people[longer[0]][0])

    if one_document:
        _join_parts_of_names(groups, people)
        _join_lone_bodies(groups, records)

    out: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        out[groups.find(i)].append(i)
    return list(out.values())


def _join_lone_bodies(groups: _Groups, records: Sequence[Mapping[str, Any]]) -> None:
    """Rule 5: a lone body ('Congress', 'the Treasury') joins the one body of a country in the
    document whose name holds it ('Colombian Congress'), as the names component joins them
    inside one section; with none, or two, it stays a body of its own."""
    lone = org_words().lone_bodies
    holders: dict[str, set[int]] = defaultdict(set)
    for i, rec in enumerate(records):
        words = rec["name"].split()
        if rec["label"] == "ORG" and len(words) > 1 and rec.get("country"):
            for word in words:
                if word.lower() in lone and word[:1].isupper():
                    holders[word.lower()].add(i)
    for i, rec in enumerate(records):
        word = rec["name"].lower()
        if rec["label"] != "ORG" or " " in word or word not in holders or rec.get("country"):
            continue
        roots = {groups.find(j) for j in holders[word]}
        if len(roots) == 1 and groups.find(i) not in roots:
            groups.union(next(iter(roots)), i)


def _join_parts_of_names(groups: _Groups, people: Mapping[str, list[int]]) -> None:
    """Rule 4: a person name that is a run of words of exactly one fuller person name (not its
    first name alone) joins it; shorter names first, so "Duque" finds "Iván Duque" once
    "Iván Duque" has joined "Iván Duque Márquez"."""
    parts: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in people:
        words = tuple(name.split())
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                if b - a < len(words) and (a, b) != (0, 1):
                    parts[words[a:b]].append(name)
    for name in sorted(people, key=lambda n: len(n.split())):
        members = people[name]
        roots = {groups.find(people[fuller][0]) for fuller in parts.get(tuple(name.split()), ())}
        roots.discard(groups.find(members[0]))
        if len(roots) == 1:
            groups.union(members[0], next(iter(roots)))


def canonical_name(names: Iterable[tuple[str, int]], label: str = "PERSON") -> str:
    """The most frequent of the fullest forms; among equals, a capitalised one ("Los Rastrojos"
    before "the Rastrojos"), then the one with its accents."""
    counts: Counter[str] = Counter()
    for name, weight in names:
        counts[name] += max(weight, 1)

    def rank(name: str) -> tuple[int, int, bool, int, int, str]:
        accents = sum(1 for ch in name if ord(ch) > 127)
        return (len(name_key(name, label).split()), counts[name], name[:1].isupper(),
                len(fold_words(name).split()), accents, name)

    return max(counts, key=rank)


def _free_id(ident: str, used: set[str], qualified: str | None) -> str:
    """``ident``, or when another entity has it, the id qualified by the country, or numbered."""
    if ident not in used:
        return ident
    if qualified and qualified not in used:
        return qualified
    n = 2
    while f"{ident}-{n}" in used:
        n += 1
    return f"{ident}-{n}"


def _dedupe(forms: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Forms with one spelling per folded form, accented spelling preferred, in first-seen order."""
    excluded = {fold_words(f) for f in exclude}
    chosen: dict[str, str] = {}
    for form in forms:
        key = fold_words(form)
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


def merge_entities(records: Sequence[Mapping[str, Any]], one_document: bool = False) -> list[dict[str, Any]]:
    """Per-document entities -> corpus entities (with ``one_document``, the entities of the
    sections of one document -> its entities).

    Each record: ``label``, ``name``, optional ``id`` (the per-document id), ``variants``,
    ``aliases``, ``kind``, ``country``, ``mentions`` (a count), ``file``, and ``key`` (anything
    that identifies the record to the caller); identical records may come pre-grouped with
    ``files`` and ``keys`` lists instead. Returns dicts ``{"id", "ids", "label", "name",
    "variants", "aliases", "kind", "country", "mentions", "documents", "members"}`` (``ids``:
    ``id`` and every per-document id merged into it; ``members``: the keys of the merged
    records), sorted by mentions, most first.
    """
    grouped = group_records(records, one_document)
    # Authority ids first: a gazetteer entry keeps its own id whatever else is named like it.
    used_ids = {ident for members in grouped for i in members
                for ident in [authority_id(records[i])] if ident}
    merged = []
    for members in grouped:
        recs = [records[i] for i in members]
        label = recs[0]["label"]
        name = canonical_name(((r["name"], int(r.get("mentions") or 0)) for r in recs), label)
        aliases = _dedupe((a for r in recs for a in r.get("aliases", [])), exclude=[name])
        variants = _dedupe(
            (v for r in recs for v in [r["name"], *r.get("variants", [])]),
            exclude=[name, *aliases],
        )
        country = _most_common((r.get("country"), _weight(r)) for r in recs)
        authority = Counter(ident for r in recs for ident in [authority_id(r)] if ident)
        if authority:
            ident = authority.most_common(1)[0][0]
        else:
            ident = _free_id(entity_id(label, name), used_ids,
                             entity_id(label, name, country) if label != "PERSON" and country else None)
            used_ids.add(ident)
        merged.append({
            "id": ident,
            # the ids this entity has in single documents (``extract``), its own first
            "ids": list(dict.fromkeys([ident, *(r["id"] for r in recs if r.get("id"))])),
            "label": label,
            "name": name,
            "variants": variants,
            "aliases": aliases,
            "kind": _most_common((r.get("kind"), _weight(r)) for r in recs),
            "country": country,
            "mentions": sum(int(r.get("mentions") or 0) for r in recs),
            "documents": sorted({f for r in recs for f in ([r["file"]] if r.get("file") else r.get("files", []))}),
            "members": [k for r in recs for k in (r["keys"] if "keys" in r else [r.get("key")])],
        })
    merged.sort(key=lambda e: (-e["mentions"], e["label"], fold_words(e["name"])))
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
            choices.setdefault(fold_words(candidate), candidate)
    if not choices or not fold_words(name):
        return []
    found = process.extract(fold_words(name), list(choices), scorer=fuzz.WRatio, limit=limit,
                            score_cutoff=cutoff)
    return [choices[match] for match, _score, _i in found]
