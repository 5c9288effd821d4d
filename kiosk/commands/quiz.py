"""``kiosk quiz check``: lint a GIFT or JSON quiz file."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from kiosk.commands import Argument, command, command_group, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers, "quiz", help="check quiz files (GIFT or JSON)", description="Work with quiz files written in GIFT or JSON."
    )
    command(
        actions, "check", run_check,
        Argument("file", type=Path, help="the quiz file (.gift or .txt for GIFT, .json for JSON)"),
        json="print the parsed questions as a JSON list on stdout (problems on stderr)",
        help="check a GIFT or JSON quiz file and list its problems",
        description=(
            "Read a quiz file in Moodle's GIFT format (or a .json list of questions) and list every problem "
            "with its line number. Exits 1 if any question is malformed (it would be left out), 0 if there "
            "are only warnings."
        ),
        epilog="The JSON shape is described in docs/quiz-format.md.",
    )


def run_check(args: argparse.Namespace) -> int:
    from kiosk.core.quiz import load_quiz_file
    from kiosk.core.quiz.json_form import to_json

    result = load_quiz_file(args.file)
    report = sys.stderr if args.json else sys.stdout
    for problem in result.problems:
        print(f"{args.file.name}: {problem}", file=report)
    if args.json:
        print_json([to_json(q) for q in result.questions])
    by_type = Counter(q.type for q in result.questions)
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(by_type.items()))
    errors, warnings = len(result.errors), len(result.warnings)
    summary = (
        f"{len(result.questions)} question{'s' if len(result.questions) != 1 else ''}"
        f"{f' ({kinds})' if kinds else ''}; {errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}."
    )
    print(summary, file=report)
    return 1 if errors or not result.questions else 0
