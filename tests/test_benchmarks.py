"""Benchmarks measure what the app runs: each names the app's functions (or commands) its figures
time, the benchmark calls them, and a screen, the app's wiring or a command calls them too."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Every script run_all.py runs (it runs the others; helpers such as timing.py are only imported).
BENCHMARKS = sorted(
    p
    for p in (ROOT / "benchmarks").glob("*.py")
    if p.stem != "run_all" and 'if __name__ == "__main__":' in p.read_text(encoding="utf-8")
)
FRONT_ENDS = [
    *sorted((ROOT / "kiosk" / "ui").rglob("*.py")),  # the screens, and the console's tabs (kiosk/ui/facilitator/)
    *sorted((ROOT / "kiosk" / "commands").glob("*.py")),
    ROOT / "kiosk" / "app.py",
]


def app_paths(script: Path) -> dict[str, str]:
    for node in ast.parse(script.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "APP_PATHS" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{script.name} names no APP_PATHS")


def uses(source: Path, module: str, name: str) -> bool:
    """Whether ``source`` imports ``name`` from ``module`` and then refers to it."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    imported = any(
        isinstance(node, ast.ImportFrom) and node.module == module and any(alias.name == name for alias in node.names)
        for node in ast.walk(tree)
    )
    referred = any(isinstance(node, ast.Name) and node.id == name for node in ast.walk(tree))
    return imported and referred


def string_constants(source: Path) -> set[str]:
    return {
        node.value
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_every_benchmark_names_what_it_measures():
    assert {p.stem for p in BENCHMARKS} >= {"certificates", "mastery", "packs", "registry", "scale", "startup"}
    for script in BENCHMARKS:
        assert app_paths(script), script.name


@pytest.mark.parametrize(
    ("script", "figure", "path"),
    [(script, figure, path) for script in BENCHMARKS for figure, path in app_paths(script).items()],
    ids=lambda value: value.stem if isinstance(value, Path) else str(value),
)
def test_a_benchmark_times_what_a_screen_or_command_runs(script, figure, path):
    if path.startswith("kiosk "):  # a command, run as the user runs it
        from kiosk.cli import build_parser

        words = path.split()[1:]
        arguments = build_parser().parse_args([*words, *(["--port", "1"] if words[:2] == ["registry", "serve"] else [])])
        assert hasattr(arguments, "func"), f"{path!r} is not a kiosk command"
        assert set(words) <= string_constants(script), f"{script.name} does not run {path!r}"
        return
    module, name = path.split(":")
    assert hasattr(importlib.import_module(module), name), f"{path} does not exist"
    assert uses(script, module, name), f"{script.name} does not call {path} for {figure!r}"
    callers = [source for source in FRONT_ENDS if uses(source, module, name)]
    assert callers, f"no screen or command calls {path}, which {script.name} times for {figure!r}"


def test_the_check_sees_a_function_no_screen_calls(tmp_path):
    """The old report benchmark timed a storage query no screen called: this check would have said so."""
    script = tmp_path / "old_scale.py"
    script.write_text("from kiosk.core.storage.repo import list_learners\nlist_learners()\n", encoding="utf-8")
    assert uses(script, "kiosk.core.storage.repo", "list_learners")
    assert not any(uses(source, "kiosk.core.storage.repo", "list_learners") for source in FRONT_ENDS)
