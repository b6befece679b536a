"""Entity identity: how an entity's id is built, and the one union-find that groups mentions
(within a document, crimecli.pipeline.resolve) and records (across documents, crimecli.merge).

An id is ``<label prefix>:<slug>``: ``person:nicolas-maduro``, ``org:moodys``. The gazetteer
builds its ids with the same function, qualified where one name has several referents
(``place:valencia-venezuela``, ``place:valencia-spain``, ``place:antioquia-co``); such an
*authority* id always wins over one derived from a name, in a document and across documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crimecli.text import slug

LABEL_PREFIX = {"PERSON": "person", "ORG": "org", "PLACE": "place"}

__all__ = ["LABEL_PREFIX", "UnionFind", "entity_id", "is_name_id"]


def entity_id(label: str, name: str, qualifier: str | None = None) -> str:
    """The id of an entity called ``name`` (``qualifier``, when given, tells apart referents
    that share the name: a country, an ISO code).

    >>> entity_id("PLACE", "Cúcuta", "Colombia")
    'place:cucuta-colombia'
    >>> entity_id("ORG", "Moody's")
    'org:moodys'
    """
    prefix = LABEL_PREFIX.get(label, label.lower())
    return f"{prefix}:{slug(f'{name} {qualifier}' if qualifier else name) or 'unnamed'}"


_NUMBERED = re.compile(r"-\d+$")


def is_name_id(ident: str, label: str, name: str) -> bool:
    """Was ``ident`` derived from ``name`` alone (perhaps numbered, ``person:juan-perez-2``, to
    tell apart two entities of one document)? If not, an authority (the gazetteer) gave it."""
    base = entity_id(label, name)
    return ident == base or (ident.startswith(base) and bool(_NUMBERED.fullmatch(ident[len(base):])))


class UnionFind:
    """Disjoint sets over ``0 .. n-1``, with path halving.

    ``can_join(root_a, root_b)``, when given, may refuse a union (two people whose full names
    conflict, two places in different countries); ``on_join(kept_root, absorbed_root)`` lets
    the caller merge what it keeps per root. Without them, the smaller root survives.
    """

    def __init__(self, n: int, can_join: Callable[[int, int], bool] | None = None,
                 on_join: Callable[[int, int], None] | None = None):
        self.parent = list(range(n))
        self.can_join = can_join
        self.on_join = on_join

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int, *, guard: bool = True) -> bool:
        """Join the sets of ``a`` and ``b``; False when ``can_join`` refused."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if guard and self.can_join is not None and not self.can_join(ra, rb):
            return False
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        self.parent[gone] = keep
        if self.on_join is not None:
            self.on_join(keep, gone)
        return True

    def groups(self) -> list[list[int]]:
        """Members of each set, sets in order of their first member."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())
