"""``kiosk quiz check`` as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).parents[1] / "core" / "quiz" / "data" / "moodle_sample.gift"


def kiosk(*args, home):
    env = {**os.environ, "KIOSK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True, text=True, env=env, timeout=60
    )


def test_a_clean_bank_passes_with_a_summary(tmp_path):
    done = kiosk("quiz", "check", SAMPLE, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "14 questions" in done.stdout and "3 numerical" in done.stdout and "0 errors, 0 warnings" in done.stdout


def test_json_output_is_the_question_list_and_problems_go_to_stderr(tmp_path):
    quiz = tmp_path / "q.gift"
    quiz.write_text("// [id:a]\n::A:: 2+2? {=4#Yes, 2+2=4 ~5}\n\n::B:: Pi? {#three}\n", encoding="utf-8")
    done = kiosk("quiz", "check", quiz, "--json", home=tmp_path)
    assert done.returncode == 1  # B is malformed
    questions = json.loads(done.stdout)
    assert [q["id"] for q in questions] == ["a"]
    assert questions[0]["choices"][0] == {"text": "4", "fraction": 1.0, "feedback": "Yes, 2+2=4"}
    assert "line 2" in done.stderr and "line 4" in done.stderr and "1 error, 1 warning" in done.stderr


def test_only_warnings_exit_zero(tmp_path):
    quiz = tmp_path / "q.gift"
    quiz.write_text("::W:: Pick {~%50%a ~%25%b ~c}\n", encoding="utf-8")
    done = kiosk("quiz", "check", quiz, home=tmp_path)
    assert done.returncode == 0
    assert "q.gift: warning: line 1, 'W': the right weights add to 75%" in done.stdout


def test_a_json_quiz_file_is_checked_too(tmp_path):
    quiz = tmp_path / "q.json"
    quiz.write_text(json.dumps([{"type": "truefalse", "stem": "Sky is blue", "answer": "yes"}]), encoding="utf-8")
    done = kiosk("quiz", "check", quiz, home=tmp_path)
    assert done.returncode == 1 and "'answer' must be true or false" in done.stdout


def test_unreadable_files_give_one_line_and_exit_1(tmp_path):
    latin = tmp_path / "latin.gift"
    latin.write_bytes("Caf\xe9? {T}".encode("latin-1"))
    empty = tmp_path / "empty.gift"
    empty.write_text("")
    for path, reason in ((tmp_path / "missing.gift", "There is no file"), (latin, "not UTF-8"), (empty, "is empty")):
        done = kiosk("quiz", "check", path, home=tmp_path)
        assert done.returncode == 1 and reason in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and done.stdout == ""


def test_help_explains_the_command(tmp_path):
    done = kiosk("quiz", "check", "--help", home=tmp_path)
    assert done.returncode == 0 and "GIFT" in done.stdout and "--json" in done.stdout
