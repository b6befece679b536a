"""What every hand-made gold set's scripts share (dev2, heldout_d ... heldout_i: each set's
tools/make_gold_a.py and make_gold_b.py): the record builders and the checks every annotation
passes against its document. Taken from shared/dev/tools/make_gold.py. The set is the one whose
script is running: its documents are in <set>/docs and its gold files are written to <set>/.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(sys.argv[0])))  # <set>/tools/make_gold_x.py -> <set>
DOCS = os.path.join(ROOT, "docs")


def P(name, *variants, country=None, roles=()):
    return dict(name=name, variants=list(variants), country=country, roles=list(roles))


def O(name, *variants, kind=None):
    return dict(name=name, variants=list(variants), kind=kind)


def L(name, *variants, kind=None, country=None):
    return dict(name=name, variants=list(variants), kind=kind, country=country)


def A(entity, alias, typ, evidence):
    return dict(entity=entity, alias=alias, type=typ, evidence=evidence)


def E(date, precision, date_text, resolved, countries, summary, evidence, in_footnote=False):
    return dict(date=date, precision=precision, date_text=date_text, resolved_from=resolved,
                countries=list(countries), summary=summary, evidence=evidence, in_footnote=in_footnote)


# frequent entities, copied per document (variants are filtered to those the document contains)
US = lambda: L("United States", "U.S.", "US", "United States of America", "U.S", "America", kind="country")
def C(name, *v):
    return L(name, *v, kind="country")


# places of one kind: a name, its country (optional where a place may lie in no one country), variants
def city(name, country, *v):
    return L(name, *v, kind="city or town", country=country)


def state(name, country, *v):
    return L(name, *v, kind="state or department", country=country)


def fac(name, country, *v):
    return L(name, *v, kind="facility", country=country)


def reg(name, country=None, *v):
    return L(name, *v, kind="region", country=country)


def oth(name, country=None, *v):
    return L(name, *v, kind="other", country=country)


def infra(name, country=None, *v):
    return L(name, *v, kind="border crossing or infrastructure", country=country)

# title words of shared/dev/tools/make_gold.py; each script adds its own
TITLE_WORDS = frozenset("""Secretary SECRETARY President PRESIDENT Presidents Ambassador Dr. Mr. Ms. MR MS General Speaker Professor Vice Foreign
Minister Prime Special Envoy Acting Assistant ASSISTANT Principal Deputy National Security Advisor Homeland Attorney of State Rear Admiral
Former Colombian Costa Rican Honduran Panamanian Guatemalan Mexican USAID Administrator PRC Public Commander Congressperson Senator
Governor Professor""".split())


def _occurs(form, text):
    """``form`` stands in ``text`` as a word of its own, not inside a longer word ("US" in "JUSTINIANO")."""
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def text_of(file):
    return open(os.path.join(DOCS, file), encoding="utf-8").read()


def doc(D, title_words, file, source, title, published, precision, published_evidence, people=(), organizations=(),
        places=(), aliases=(), events=(), optional=None, timeline_pair=None):
    """Check one document's annotations against its text and add them to ``D`` (file -> record);
    ``title_words`` are stripped from a person's variant to give its bare form too."""
    t = text_of(file)
    tl = t.lower()
    for area, items in (("people", people), ("organizations", organizations), ("places", places)):
        for g in items:
            forms = [g["name"]] + g["variants"]
            assert any(f.lower() in tl for f in forms), (file, area, g["name"])
            g["variants"] = [v for v in dict.fromkeys(g["variants"]) if _occurs(v, t) and v != g["name"]]
    # every surface form of a person is a variant: a form used with a title ("Secretary Blinken",
    # "Dr. Pickering") also counts without it ("Blinken", "Pickering")
    for g in people:
        for v in list(g["variants"]):
            toks = v.split()
            while len(toks) > 1 and (toks[0] in title_words or toks[0][0].islower()):
                toks = toks[1:]
            bare = " ".join(toks)
            if bare != v and bare != g["name"] and bare not in g["variants"] and bare[0].isupper() and bare in t:
                g["variants"].append(bare)
    for a in aliases:
        assert a["evidence"] in t, (file, "alias", a["evidence"])
        assert a["alias"].lower() in t.lower(), (file, "alias form", a["alias"])
    for e in events:
        assert e["evidence"] in t, (file, "event", e["evidence"][:70])
        assert e["date_text"] is None or e["date_text"].lower() in t.lower(), (file, "date_text", e["date_text"])
        assert e["precision"] in ("day", "month", "year", "season", "unresolved"), e
        if e["date"]:
            assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e["date"]), e["date"]
    if published_evidence:
        assert published_evidence in t, (file, "published_evidence")
    opt = dict(optional or {})
    for o in opt.get("events_evidence", []):
        assert o in t, (file, "optional event", o[:70])
    for area in ("people", "organizations", "places"):
        for o in opt.get(area, []):
            assert o.lower() in tl, (file, "optional " + area, o)
    assert title in t.splitlines()[0], (file, "title")
    D[file] = dict(file=file, title=title, published=published, published_precision=precision,
                   published_evidence=published_evidence, people=list(people),
                   organizations=list(organizations), places=list(places), aliases=list(aliases),
                   events=list(events), optional=opt, source=source)
    if timeline_pair:
        D[file]["timeline_pair"] = list(timeline_pair)
