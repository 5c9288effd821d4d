"""Kiosk's layers, kept honest: who may import whom, and no import cycles.

Read from the source (every import, the ones inside functions too), so a lazy import
cannot hide a dependency. The rules, from ARCHITECTURE.md:
- ``kiosk.ui`` and ``kiosk.commands`` never reach storage: they call core's capabilities;
- core never imports the front ends (``commands``, ``ui``, ``app``, ``cli``) nor the registry;
- the registry never imports ``ui`` or ``commands``;
- no import cycle among kiosk's modules, counting the imports inside functions too (a lazy
  import keeps start-up light; it is not a way around the layers).
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import kiosk

ROOT = Path(kiosk.__file__).resolve().parent

FORBIDDEN = [
    # (importer prefix, imported prefix, why)
    ("kiosk.ui", "kiosk.core.storage", "screens call core's capabilities, never storage"),
    ("kiosk.commands", "kiosk.core.storage", "commands call core's capabilities, never storage"),
    ("kiosk.core", "kiosk.commands", "core does not know the command line"),
    ("kiosk.core", "kiosk.ui", "core does not know the screens"),
    ("kiosk.core", "kiosk.app", "core does not know the app"),
    ("kiosk.core", "kiosk.cli", "core does not know the command line"),
    ("kiosk.core", "kiosk.registry", "core does not know the registry"),
    ("kiosk.registry", "kiosk.ui", "the registry has no screens"),
    ("kiosk.registry", "kiosk.commands", "the registry does not know the command line"),
]


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, module: str) -> set[str]:
    """The kiosk modules ``path`` imports, anywhere but under ``if TYPE_CHECKING:`` (never run).

    ``from a import b`` counts as ``a.b`` when that is a module.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            pending.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        pending.extend(ast.iter_child_nodes(node))
    return {name for name in found if name == "kiosk" or name.startswith("kiosk.")}


def read_tree(root: Path) -> dict[str, set[str]]:
    """Module name -> the kiosk modules it imports, for every module under ``root``."""
    sources = {_module_name(path, root): path for path in sorted(root.rglob("*.py"))}
    graph = {}
    for module, path in sources.items():
        graph[module] = {name for name in _imports(path, module) if name in sources and name != module}
    return graph


def violations(graph: dict[str, set[str]]) -> list[str]:
    found = []
    for module, imported in sorted(graph.items()):
        for target in sorted(imported):
            for importer, forbidden, why in FORBIDDEN:
                if _within(module, importer) and _within(target, forbidden):
                    found.append(f"{module} imports {target}: {why}")
    return found


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each import cycle once, as the modules along it (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _without_packages(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """A package importing its own modules (to re-export them) is not a cycle with them."""
    return {
        module: {target for target in imported if not _within(target, module) and not _within(module, target)}
        for module, imported in graph.items()
    }


def test_no_layer_imports_what_it_must_not():
    assert violations(read_tree(ROOT)) == []


def test_no_import_cycles_in_kiosk():
    assert cycles(_without_packages(read_tree(ROOT))) == []


def test_a_forbidden_import_added_anywhere_is_caught(tmp_path):
    """The checks can fail: a copy of the package with one forbidden import and one cycle added."""
    copy = tmp_path / "kiosk"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.ts", "assets"))
    screen = copy / "ui" / "pack_screen.py"
    screen.write_text(screen.read_text(encoding="utf-8") + "\n\ndef _sneak():\n    from kiosk.core.storage import repo\n")
    clock = copy / "core" / "clock.py"
    clock.write_text("from kiosk.core import say\n" + clock.read_text(encoding="utf-8"))
    say = copy / "core" / "say.py"
    say.write_text("from kiosk.core import clock\n" + say.read_text(encoding="utf-8"))

    added = set(violations(read_tree(copy))) - set(violations(read_tree(ROOT)))
    assert added == {
        "kiosk.ui.pack_screen imports kiosk.core.storage: screens call core's capabilities, never storage",
        "kiosk.ui.pack_screen imports kiosk.core.storage.repo: screens call core's capabilities, never storage",
    }
    (cycle,) = cycles(_without_packages(read_tree(copy)))
    assert {"kiosk.core.clock", "kiosk.core.say"} <= set(cycle)
