"""The module graph of crimecli/, read from the source with ``ast``: no import cycles, the
pipeline never imports its assembler, and the rules digest covers everything extraction runs.

Every ``import`` counts, at module level or inside a function (a lazy import still runs, only
later). Imports under ``if TYPE_CHECKING:`` do not count: they never run.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import crimecli
from crimecli.digest import digest_sources

PACKAGE = Path(crimecli.__file__).resolve().parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def _resolve(name: str) -> str | None:
    """The crimecli module a dotted name refers to ('crimecli.pipeline.gazetteer.Entry' ->
    'crimecli.pipeline.gazetteer'), or None outside the package."""
    known = modules()
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def _runtime_imports(tree: ast.AST):
    """Import nodes that run: everything except the bodies of ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def imports_of(name: str) -> set[str]:
    """crimecli modules that importing ``name`` runs: each module it imports, and that module's
    packages (Python runs a package before its submodules) except the packages ``name`` itself
    belongs to, which were imported before it. ``from package import submodule`` depends on the
    submodule; ``from package import name`` on the package."""
    path = modules()[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    found: set[str] = set()
    for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules() else base
                       for alias in node.names]
        for target in targets:
            module = _resolve(target) if target.startswith("crimecli") else None
            if module is None:
                continue
            found.add(module)
            parent = module.rpartition(".")[0]
            while parent:
                if parent not in own:
                    found.add(parent)
                parent = parent.rpartition(".")[0]
    found.discard(name)
    return found


def graph() -> dict[str, set[str]]:
    return {name: imports_of(name) for name in modules()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def reachable(edges: dict[str, set[str]], roots: list[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        v = todo.pop()
        if v not in seen:
            seen.add(v)
            todo.extend(edges.get(v, ()))
    return seen


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_reader_sees_lazy_relative_and_parent_imports():
    edges = graph()
    # crimecli.extract imports crimecli.nlp at module level and crimecli.pipeline's names
    assert {"crimecli.nlp", "crimecli.pipeline", "crimecli.models"} <= edges["crimecli.extract"]
    # a function-level import counts: ingest loads the extraction lazily
    assert "crimecli.extract" in edges["crimecli.ingest"]
    # importing a submodule runs its package first, unless that is the importer's own package
    assert {"crimecli.store.records", "crimecli.store"} <= edges["crimecli.ingest"]
    assert "crimecli.store" not in edges["crimecli.store.sqlite"]
    assert "crimecli.store.records" in edges["crimecli.store.sqlite"]


def test_no_import_cycles_in_the_package():
    assert cycles(graph()) == []


def test_the_pipeline_never_imports_its_assembler():
    edges = graph()
    for name in edges:
        if name.startswith("crimecli.pipeline"):
            assert "crimecli.nlp" not in reachable(edges, [name]), name


def test_the_rules_digest_covers_everything_extraction_runs():
    edges = graph()
    needed = reachable(edges, ["crimecli.reader", "crimecli.extract", "crimecli.nlp"])
    digested = {module_name(p) for p in digest_sources() if p.suffix == ".py"}
    # nlp reads where to save the pipeline and under which digest: neither changes a record
    assert needed - digested == {"crimecli.config", "crimecli.digest"}
    assert any(p.suffix == ".jsonl" for p in digest_sources())  # and the shipped data
