"""No module of banmian imports itself back, not even through an import put
inside a function: such an import hides a cycle (the package still loads)
and ties two jobs together that should live in one module or be layered."""

from __future__ import annotations

import ast
from pathlib import Path

import banmian

_ROOT = Path(banmian.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """module -> the banmian modules it imports (at the top or in a function);
    a package's ``__init__`` is left out as a target: it only hands names on."""
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for target in [source, *(f"{source}.{alias.name}" for alias in node.names)]:
                if target in modules and target != name and modules[target].name != "__init__.py":
                    targets.add(target)
        graph[name] = targets
    return graph


def _cycle_through(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a path of modules, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_no_module_imports_itself_back() -> None:
    modules = {_module_name(p): p for p in _ROOT.rglob("*.py")}
    cycle = _cycle_through(_imports(modules))
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_hidden_cycle() -> None:
    assert _cycle_through({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle_through({"a": {"b"}, "b": {"c"}, "c": set()}) is None
