"""One self-contained HTML page for colleagues who never open a terminal: a per-year chart of
cooperation against conflict, the timeline with every report of each event, the main actors
and a network of who appears with whom.

The page works offline and makes no network request: the chart and the network are SVG drawn
here in Python, the style and the small script (crimecli/data/report/) are inlined, and a
Content-Security-Policy allows nothing else: no loads of any kind, no script or style but these
two, identified by their SHA-256 hashes. Document text reaches the page only through Jinja2's
autoescaping, so a document saying ``<script>`` shows the word, never runs it.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from crimecli.graph import Graph, Link, Node
from crimecli.timeline import TimelineRow

__all__ = ["ReportData", "render_report", "content_security_policy"]

# How much of the network the picture shows: enough to read, few enough to label.
NETWORK_NODES = 40
NETWORK_LINKS = 120
ACTORS = 15


@dataclass
class ReportData:
    title: str
    subtitle: str
    rows: list[TimelineRow]
    summary: list[dict[str, Any]]
    graph: Graph
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # file -> document record
    generated: str = ""
    version: str = ""
    focus: str | None = None  # the corpus id of --entity
    leave_out: list[str] = field(default_factory=list)  # ids the network does not draw


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (resources.files("crimecli") / "data" / "report" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def content_security_policy(style: str, script: str) -> str:
    """Nothing from anywhere; only this style and this script, by hash."""
    return ("default-src 'none'; "
            f"style-src '{_sha256(style)}'; script-src '{_sha256(script)}'; "
            "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
            "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
            "base-uri 'none'; form-action 'none'")


# ---- chart ------------------------------------------------------------------------------------

def chart(summary: Sequence[dict[str, Any]], width: int = 760, height: int = 240) -> dict[str, Any]:
    """Bars per year, cooperation above the axis and conflict below, every year from the first
    to the last (years with no event are shown empty, so the time axis is honest)."""
    if not summary:
        return {"bars": [], "width": width, "height": height, "axis": height / 2, "ticks": []}
    counts = {int(s["year"]): s for s in summary}
    first, last = min(counts), max(counts)
    years = list(range(first, last + 1))
    peak = max(max(s["cooperation"], s["conflict"]) for s in summary) or 1
    left, right, top, bottom = 44, 12, 14, 26
    plot_h = height - top - bottom
    axis = top + plot_h / 2
    slot = (width - left - right) / len(years)
    bar_w = max(2.0, min(28.0, slot * 0.7))
    scale = (plot_h / 2 - 4) / peak
    bars = []
    label_every = max(1, math.ceil(len(years) / 16))
    for i, year in enumerate(years):
        row = counts.get(year, {"cooperation": 0, "conflict": 0, "neutral": 0})
        x = left + i * slot + (slot - bar_w) / 2
        coop_h, conf_h = row["cooperation"] * scale, row["conflict"] * scale
        bars.append({
            "year": year, "x": round(x, 1), "w": round(bar_w, 1), "cx": round(x + bar_w / 2, 1),
            "cooperation": row["cooperation"], "conflict": row["conflict"],
            "neutral": row["neutral"], "present": year in counts,
            "coop_y": round(axis - coop_h, 1), "coop_h": round(coop_h, 1),
            "conf_y": round(axis, 1), "conf_h": round(conf_h, 1),
            # every few years, and the last one, never two labels side by side
            "label": year == last or (i % label_every == 0 and last - year >= label_every),
        })
    ticks = [{"value": v, "up": round(axis - v * scale, 1), "down": round(axis + v * scale, 1)}
             for v in _ticks(peak)]
    return {"bars": bars, "width": width, "height": height, "axis": round(axis, 1),
            "left": left, "right": width - right, "bottom": height - 6, "ticks": ticks}


def _ticks(peak: int) -> list[int]:
    step = max(1, math.ceil(peak / 3))
    return list(range(step, peak + 1, step))


# ---- network ----------------------------------------------------------------------------------

def network(graph: Graph, focus: str | None = None, leave_out: Sequence[str] = (),
            width: int = 760, height: int = 560) -> dict[str, Any]:
    """The most connected entities and the strongest links among them, laid out by a seeded
    force-directed layout (the same page for the same data). ``leave_out``: ids not drawn (the
    report's own countries, which every sentence involves)."""
    import networkx as nx

    strength: dict[str, int] = {}
    for link in graph.links:
        if link.source in leave_out or link.target in leave_out:
            continue
        strength[link.source] = strength.get(link.source, 0) + link.weight
        strength[link.target] = strength.get(link.target, 0) + link.weight
    ranked = sorted(strength, key=lambda i: (-strength[i], graph.nodes[i].name))
    if focus in strength:
        ranked.remove(focus)
        ranked.insert(0, focus)
    chosen = set(ranked[:NETWORK_NODES])
    links = [l for l in graph.links if l.source in chosen and l.target in chosen][:NETWORK_LINKS]
    used = {i for l in links for i in (l.source, l.target)}
    if not links:
        return {"nodes": [], "links": [], "width": width, "height": height}
    g = nx.Graph()
    for link in links:
        g.add_edge(link.source, link.target, weight=math.log1p(link.weight))
    positions = nx.spring_layout(g, seed=7, weight="weight", k=2.5 / math.sqrt(len(used)),
                                 iterations=300)
    margin = 80
    x_at = _spread([p[0] for p in positions.values()], width, margin)
    y_at = _spread([p[1] for p in positions.values()], height, 30)
    top_mentions = max(graph.nodes[i].mentions for i in used) or 1
    nodes = []
    for ident in sorted(used, key=lambda i: (-strength[i], i)):
        node = graph.nodes[ident]
        x, y = x_at(positions[ident][0]), y_at(positions[ident][1])
        nodes.append({"id": ident, "name": node.name, "type": node.label, "kind": node.kind or "",
                      "mentions": node.mentions, "documents": node.documents, "x": x, "y": y,
                      "r": round(4 + 12 * math.sqrt(node.mentions / top_mentions), 1),
                      "anchor": "start" if x < width - 160 else "end", "focus": ident == focus})
    where = {n["id"]: n for n in nodes}
    top_weight = max(l.weight for l in links)
    drawn = []
    for link in links:
        a, b = where[link.source], where[link.target]
        drawn.append({"source": link.source, "target": link.target, "x1": a["x"], "y1": a["y"],
                      "x2": b["x"], "y2": b["y"], "weight": link.weight,
                      "cooperation": link.cooperation, "conflict": link.conflict,
                      "tone": _tone(link), "relation": link.relation,
                      "a": a["name"], "b": b["name"],
                      "stroke": round(0.8 + 5 * math.log1p(link.weight) / math.log1p(top_weight), 2)})
    left_out = [graph.nodes[i].name for i in leave_out if i in graph.nodes]
    return {"nodes": nodes, "links": drawn, "width": width, "height": height, "left_out": left_out}


def _spread(values: Sequence[float], size: int, margin: int) -> Any:
    """Map layout coordinates onto [margin, size - margin], half by position and half by rank,
    so that a few outlying nodes do not squeeze the rest into the middle."""
    ordered = sorted(values)
    low, high = ordered[0], ordered[-1]
    span = (high - low) or 1.0
    last = max(len(ordered) - 1, 1)

    def at(value: float) -> float:
        linear = (value - low) / span
        rank = bisect.bisect_left(ordered, value) / last
        return round(margin + (0.5 * linear + 0.5 * rank) * (size - 2 * margin), 1)

    return at


def _tone(link: Link) -> str:
    if link.cooperation > link.conflict:
        return "cooperation"
    if link.conflict > link.cooperation:
        return "conflict"
    return "neutral"


def actors(graph: Graph, focus: str | None = None, limit: int = ACTORS) -> list[Node]:
    """The people and organisations the kept sentences name most."""
    people = [n for n in graph.nodes.values() if n.label in ("PERSON", "ORG") and n.id != focus]
    people.sort(key=lambda n: (-n.mentions, -n.documents, n.name))
    return people[:limit]


# ---- page -------------------------------------------------------------------------------------

def render_report(data: ReportData) -> str:
    """The whole page as one string."""
    from jinja2 import Environment, select_autoescape

    style, script = _asset("report.css"), _asset("report.js")
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["basename"] = lambda path: os.path.basename(path or "")
    template = env.from_string(_asset("report.html.j2"))
    totals = {p: sum(s[p] for s in data.summary) for p in ("cooperation", "conflict", "neutral")}
    return template.render(
        data=data, style=style, script=script, csp=content_security_policy(style, script),
        chart=chart(data.summary),
        network=network(data.graph, data.focus, data.leave_out),
        actors=actors(data.graph, data.focus), totals=totals,
        focus=data.graph.nodes.get(data.focus) if data.focus else None,
    )
