"""The commands call the core's capabilities, never storage itself (as the screens should)."""

from __future__ import annotations

import ast
from pathlib import Path

COMMANDS = Path(__file__).resolve().parents[1] / "kiosk" / "commands"


def imported_modules(source: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_command_imports_storage():
    offenders = {
        path.name: sorted(m for m in imported_modules(path) if m == "kiosk.core.storage" or m.startswith("kiosk.core.storage."))
        for path in sorted(COMMANDS.glob("*.py"))
    }
    assert {name: found for name, found in offenders.items() if found} == {}
