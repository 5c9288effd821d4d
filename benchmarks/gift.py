"""GIFT parsing in linear time: a 100 KB adversarial line for every construct, against a floor.

    python benchmarks/gift.py [--chars 99900] [--json]

Each case is a small GIFT file whose one long line repeats a piece of GIFT that a
parser could stumble over: an ``[id:`` that never closes, runs of escapes, braces,
weights, feedback markers, titles, HTML. The line is just under the 100,000 characters
of one question (a longer question is refused unread). The file is read with
``load_quiz_file``, the function ``kiosk quiz check`` and pack import both call.
The floor reads the same file and splits its text into lines and words: the least
work any reader of it does. Target: every case under 0.5 s.

``CASES`` is shared with tests/core/quiz/test_gift_adversarial.py, which reads each
case at a small size and checks what the parser makes of it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import median_ms  # noqa: E402

TARGET_SECONDS = 0.5
APP_PATHS = {"a 100 KB adversarial GIFT line": "kiosk.core.quiz:load_quiz_file"}
DEFAULT_CHARS = 99_900


def _line(prefix: str, unit: str, suffix: str, chars: int) -> str:
    """``prefix`` + ``unit`` repeated + ``suffix``, about ``chars`` long in all."""
    return prefix + unit * max(1, (chars - len(prefix) - len(suffix)) // len(unit)) + suffix


# name -> GIFT text with one line of about `chars` characters.
CASES: dict[str, Callable[[int], str]] = {
    # comments, [id:] and [tag:] lines
    "comment: '[id:' never closed": lambda n: _line("// ", "[id:", "", n) + "\nQ? {T}",
    "comment: '[tag:' never closed": lambda n: _line("// ", "[tag:", "", n) + "\nQ? {T}",
    "comment: '[id:' with only '\\]' after it": lambda n: _line("// [id:a", "\\]", "", n) + "\nQ? {T}",
    "comment: '[tag:\\]' repeated": lambda n: _line("// ", "[tag:\\]", "", n) + "\nQ? {T}",
    "comment: one long [id:]": lambda n: _line("// [id:", "x", "]", n) + "\nQ? {T}",
    "comment: '[tag:<' repeated": lambda n: _line("// ", "[tag:<", "", n) + "\nQ? {T}",
    # escapes
    "escapes: '\\=' repeated": lambda n: _line("Q ", "\\=", " {T}", n),
    "escapes: '\\\\' repeated": lambda n: _line("Q ", "\\\\", " {T}", n),
    "escapes: '\\' before a space, repeated": lambda n: _line("Q ", "\\ ", " {T}", n),
    # braces
    "braces: '{' repeated": lambda n: _line("Q ", "{", "", n),
    "braces: '}' repeated": lambda n: _line("Q ", "}", "", n),
    "braces: '{}' repeated": lambda n: _line("Q ", "{}", "", n),
    "braces: Cloze '{1:' repeated": lambda n: _line("Q ", "{1:", "", n),
    "braces: a blank-line run inside them": lambda n: "Q? {\n=a\n" + "\n" * max(1, n - 12) + "~b\n}",
    # weights
    "weights: '~%' repeated": lambda n: _line("Q {=a ", "~%", "}", n),
    "weights: '%' never closed": lambda n: _line("Q {=%", "5", "}", n),
    "weights: one long weight": lambda n: _line("Q {=%", "1", "%a ~b}", n),
    "weights: '%' repeated": lambda n: _line("Q {=", "%", "}", n),
    # feedback markers
    "feedback: '#' repeated": lambda n: _line("Q {", "#", "}", n),
    "feedback: '=' repeated inside it": lambda n: _line("Q {=a#", "=", "}", n),
    "feedback: ' =' repeated inside it": lambda n: _line("Q {=a#", " =", "}", n),
    "feedback: '~=' repeated": lambda n: _line("Q {", "~=", "}", n),
    "feedback: '~#' in a numerical question": lambda n: _line("Q {#1 ", "~#", "}", n),
    "feedback: '->' pairs with '#'": lambda n: _line("Q {", "=a -> b#c ", "}", n),
    "answers: '~a' repeated": lambda n: _line("Q {=b ", "~a ", "}", n),
    "answers: about 1,000 long choices": lambda n: _line("Q {=b ", "~" + "a" * 98 + " ", "}", n),
    # numbers
    "numbers: one long number": lambda n: _line("Q {#", "1", "}", n),
    "numbers: '1..' repeated": lambda n: _line("Q {#", "1..", "}", n),
    # titles and formats
    "titles: '::' repeated": lambda n: _line("", "::", " Q {T}", n),
    "titles: '\\:' repeated in a title": lambda n: _line("::", "\\:", ":: Q {T}", n),
    "titles: never closed": lambda n: _line("::", "x", " {T}", n),
    "formats: '[html]' repeated": lambda n: _line("", "[html]", " Q {T}", n),
    "formats: '<b ' never closed in [html]": lambda n: _line("[html]Q ", "<b ", " {T}", n),
    "formats: '<!--' repeated in [html]": lambda n: _line("[html]Q ", "<!--", " {T}", n),
}


def floor(path: Path) -> int:
    """The least work: read and decode the file, split its text into lines and words."""
    text = path.read_bytes().decode("utf-8-sig")
    return sum(len(line.split()) for line in text.splitlines())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=DEFAULT_CHARS, help="length of each long line")
    parser.add_argument("--runs", type=int, default=5, help="median of this many runs")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    from kiosk.core.quiz import load_quiz_file

    rows = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        for number, (name, make) in enumerate(CASES.items()):
            path = Path(tmp) / f"case-{number:02d}.gift"
            path.write_text(make(args.chars), encoding="utf-8")
            parse_ms = median_ms(lambda: load_quiz_file(path), args.runs)
            floor_ms = median_ms(lambda: floor(path), args.runs)
            rows.append({"case": name, "kb": round(path.stat().st_size / 1000, 1), "ms": parse_ms, "floor_ms": floor_ms})
    slowest = max(rows, key=lambda r: r["ms"])
    passed = all(r["ms"] < TARGET_SECONDS * 1000 for r in rows)
    if args.json:
        total_ms, total_floor_ms = sum(r["ms"] for r in rows), sum(r["floor_ms"] for r in rows)
        table = [  # the two rows of the benchmark summary; every case is under "cases"
            {"figure": f"GIFT, slowest 100 KB adversarial line ({slowest['case']})", "value": round(slowest["ms"], 2),
             "unit": "ms", "floor": round(slowest["floor_ms"], 2), "ratio": slowest["ms"] / slowest["floor_ms"]},
            {"figure": f"GIFT, all {len(rows)} adversarial lines", "value": round(total_ms, 2), "unit": "ms",
             "floor": round(total_floor_ms, 2), "ratio": total_ms / total_floor_ms},
        ]
        print(json.dumps({"target_ms": TARGET_SECONDS * 1000, "all_under_target": passed, "table": table,
                          "cases": [{**r, "ms": round(r["ms"], 2), "floor_ms": round(r["floor_ms"], 2)} for r in rows]},
                         indent=2))
        return 0 if passed else 1
    print(f"{len(rows)} cases, one line of about {args.chars:,} characters each; median of {args.runs} runs")
    print(f"{'case':48} {'size':>8} {'load_quiz_file':>15} {'floor':>9} {'ratio':>7}")
    for r in rows:
        print(f"{r['case']:48} {r['kb']:6.1f}kB {r['ms']:12.1f} ms {r['floor_ms']:6.1f} ms {r['ms'] / r['floor_ms']:6.1f}x")
    print(f"slowest: {slowest['case']}, {slowest['ms']:.1f} ms (target < {TARGET_SECONDS * 1000:.0f} ms each): "
          f"{'all under' if passed else 'OVER TARGET'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
