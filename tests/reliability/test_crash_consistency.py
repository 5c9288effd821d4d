"""A learner, an importer and a restore killed with SIGKILL at random moments lose nothing acknowledged.

``KIOSK_KILL_RUNS=200 python -m pytest -q tests/reliability/test_crash_consistency.py``
is the full run; the default (15 kills each) keeps the suite fast.
"""

from __future__ import annotations

import sqlite3
import sys

import pytest

from . import harness
from .conftest import kill_runs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_killed_learner_loses_no_acknowledged_answer_and_no_credential_is_half_written(tmp_path):
    home = tmp_path / "home"
    report = harness.kill_quiz_runs(home, runs=kill_runs(), seed=10, max_delay=0.3)
    assert report.problems == []
    assert report.lost == 0
    assert report.killed_mid_work == report.runs
    assert report.acknowledged > report.runs  # the children really worked before each kill
    with sqlite3.connect(home / "kiosk.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM issued_credential").fetchone()[0] > 0


def test_killed_import_leaves_one_whole_version_and_a_later_import_works(tmp_path):
    packs = tmp_path / "packs"
    harness.build_crash_packs(packs, megabytes=4)
    report = harness.kill_pack_runs(tmp_path / "home", packs, runs=kill_runs(), seed=20)
    assert report.problems == []
    assert report.killed_mid_work == report.runs


def test_killed_restore_leaves_one_whole_state_after_the_next_start(tmp_path):
    packs = tmp_path / "packs"
    harness.build_crash_packs(packs, megabytes=4)
    report = harness.kill_restore_runs(tmp_path / "home", packs, tmp_path / "backups", runs=kill_runs(), seed=30)
    assert report.problems == []
    assert report.killed_mid_work == report.runs
    assert report.acknowledged > 0  # restores really finished between kills


def test_the_restore_check_notices_a_mixed_state(tmp_path):
    """Old packs with a new database is exactly what the journal prevents: the check must see it."""
    packs = tmp_path / "packs"
    harness.build_crash_packs(packs, megabytes=1)
    home = tmp_path / "home"
    harness.prepare_restore_home(home, packs, tmp_path / "backups")  # left in "monday"
    with sqlite3.connect(home / "kiosk.db") as conn:
        conn.execute("INSERT INTO learner (name, name_key, created_at, archived, failed_pins) "
                     "VALUES ('Kofi', 'kofi', '2026-01-01 00:00:00', 0, 0)")
    state, problems = harness.restore_problems(home, allowed={"monday", "friday"})
    assert state == "friday" and any("installed version" in p for p in problems)


def test_the_checks_notice_a_lost_answer_and_a_damaged_credential(tmp_path):
    """The harness's own check: remove an acknowledged answer and spoil a payload, and it says so."""
    home = tmp_path / "home"
    harness.prepare_quiz_home(home)
    killed = harness.run_and_kill(["quiz", str(home), "1"], home=home, delay=0.4)
    ledger = harness.QuizLedger()
    ledger.take(killed.lines)
    assert ledger.answers and ledger.awards
    attempt_id, question_id = sorted(ledger.answers)[0]
    with sqlite3.connect(home / "kiosk.db") as conn:
        conn.execute("DELETE FROM quiz_response WHERE attempt_id = ? AND question_id = ?", (attempt_id, question_id))
        conn.execute("UPDATE issued_credential SET payload = substr(payload, 1, 40)")
    lost, problems = harness.check_quiz_home(home, ledger)
    assert lost == 1
    assert any("payload unreadable" in p for p in problems)


def test_the_pack_check_notices_a_changed_file(tmp_path):
    packs = tmp_path / "packs"
    harness.build_crash_packs(packs, megabytes=1)
    home = tmp_path / "home"
    harness.prepare_pack_home(home, packs)
    assert harness.pack_problems(home, allowed_versions={"1.0.0"}) == []
    assert harness.pack_problems(home, allowed_versions={"2.0.0"})  # wrong version noticed
    with sqlite3.connect(home / "kiosk.db") as conn:
        folder = conn.execute("SELECT folder FROM installed_pack").fetchone()[0]
    (harness.Path(folder) / "lessons" / "01-intro.md").write_bytes(b"changed")
    assert any("does not match" in p for p in harness.pack_problems(home, allowed_versions={"1.0.0"}))
