"""Run every benchmark in benchmarks/ and write the figures beside their floors.

    python benchmarks/run_all.py [--only startup,scale] [--skip scale]

Each ``benchmarks/<name>.py`` is run as ``python <name>.py --json`` and must print one JSON
object. All of them go to ``benchmarks/results/latest.json``; a Markdown table (figure,
value, floor, ratio) is printed and written to ``benchmarks/results/latest.md``.
A script may give its own rows as ``"table": [{"figure", "value", "unit", "floor", "ratio"}]``;
for the others the rows are read from their figures below.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def _row(figure: str, value: float, unit: str, floor: float | None, ratio: float | None = None) -> dict:
    if ratio is None and floor:
        ratio = value / floor
    return {"figure": figure, "value": value, "unit": unit, "floor": floor, "ratio": ratio}


def rows_for(name: str, figures: dict) -> list[dict]:
    """The table rows of one benchmark's figures."""
    if "table" in figures:
        return figures["table"]
    if name == "startup":
        floor, app = figures["bare PySide6 window (floor)"], figures["kiosk app (learner picker)"]
        return [
            _row("start-up to first paint", app["seconds"], "s", floor["seconds"], figures["time_ratio"]),
            _row("start-up peak memory, at the first paint", app["peak_mib"], "MiB", floor["peak_mib"],
                 figures["memory_ratio"]),
            _row("peak memory, whole run (storage opened after the paint)", app["peak_whole_run_mib"], "MiB",
                 floor["peak_whole_run_mib"], figures["memory_whole_run_ratio"]),
        ]
    if name == "packs":
        # Throughput: higher is better, so the ratio is value / floor (target >= 0.7).
        rows = [_row(f"pack import ({figures['pack_mb']} MB), same disk", figures["import_mb_per_s"], "MB/s",
                     figures["floor_mb_per_s"], figures["ratio"])]
        if figures.get("import_from_other_disk_mb_per_s"):
            other = figures["import_from_other_disk_mb_per_s"]
            rows.append(_row(f"pack import ({figures['pack_mb']} MB), from another disk", other, "MB/s",
                             figures["floor_mb_per_s"], other / figures["floor_mb_per_s"]))
        return rows
    return [_row(f"{name}: {key}", value, "", None) for key, value in figures.items()
            if isinstance(value, (int, float)) and not isinstance(value, bool)]


def run_one(script: Path) -> dict:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(script), "--json"], capture_output=True, text=True, cwd=HERE.parent)
    if proc.returncode != 0:
        raise SystemExit(f"{script.name} failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    text = proc.stdout
    try:
        figures = json.loads(text[text.index("{"):])
    except ValueError as exc:
        raise SystemExit(f"{script.name} --json did not print one JSON object: {text[-500:]!r}") from exc
    figures["_seconds"] = round(time.perf_counter() - started, 1)
    return figures


def _number(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}" if abs(value) < 1000 else f"{value:,.0f}"


def markdown(results: dict[str, dict]) -> str:
    lines = ["| benchmark | figure | value | floor | ratio |", "|---|---|---:|---:|---:|"]
    for name, figures in results.items():
        for row in rows_for(name, figures):
            unit = f" {row['unit']}" if row.get("unit") else ""
            floor = f"{_number(row['floor'])}{unit}" if row.get("floor") is not None else "–"
            ratio = f"{row['ratio']:.2f}×" if row.get("ratio") is not None else "–"
            lines.append(f"| {name} | {row['figure']} | {_number(row['value'])}{unit} | {floor} | {ratio} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated benchmark names to run (default: all)")
    parser.add_argument("--skip", default="", help="comma-separated benchmark names to leave out")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n}
    skip = {n for n in args.skip.split(",") if n}
    # Every script that runs on its own (helpers such as timing.py are only imported).
    scripts = [p for p in sorted(HERE.glob("*.py"))
               if p.stem != "run_all" and 'if __name__ == "__main__":' in p.read_text(encoding="utf-8")]
    scripts = [p for p in scripts if (not only or p.stem in only) and p.stem not in skip]
    results = {}
    for script in scripts:
        print(f"running {script.name} ...", file=sys.stderr, flush=True)
        results[script.stem] = run_one(script)
    RESULTS.mkdir(exist_ok=True)
    meta = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {__import__('os').cpu_count()} cores",
    }
    (RESULTS / "latest.json").write_text(json.dumps({"meta": meta, "results": results}, indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    table = f"Measured {meta['date']} on {meta['machine']}, Python {meta['python']}.\n\n" + markdown(results)
    (RESULTS / "latest.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
