"""A busy kiosk: 2,000 learners, 30 packs, 1,000,000 recorded answers. How fast is it still?

    python benchmarks/scale.py [--json] [--fresh]

Generates the kiosk once (a temp KIOSK_HOME, cached between runs under the system temp
folder; ``--fresh`` rebuilds it) and measures, each beside a floor:

- start-up to first paint (``kiosk app --exit-after-first-paint``), floor: the same app
  on a kiosk with 3 learners and no answers;
- the learner picker: ``list_profiles()`` and ``list_profiles("ami")``, floor: a bare
  ``SELECT id, name FROM learner`` through sqlite3;
- one learner's home progress (``learner_home``, what the home screen calls), floor: a
  bare count of that learner's answers;
- the facilitator's report as the Progress tab and its exports run it (``report_steps``,
  ``export_csv_steps``, ``export_pdf_steps``): the first page and the whole CSV and PDF, with
  nothing kept yet (the first time after an upgrade) and kept, on the day after the last answer
  (so the last 14 days' answers are counted and some learners are stuck). Floors: the same data read the
  plainest way with sqlite3 (the pairs, the names, the page's answers; or every answer), and
  written with csv.writer or plain reportlab calls, with no mastery worked out;
- how long a learner's answer waits behind the report: answers recorded every 150 ms through
  the app's TaskRunner while it runs the whole CSV export (nothing kept yet); the longest wait.
Targets: first page < 1 s, whole export < 10 s, no answer waits > 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.timing import median_ms  # noqa: E402

# The app's own functions these figures time (tests/test_benchmarks.py checks a screen or command calls each).
APP_PATHS = {
    "learner picker": "kiosk.core.learners.profiles:list_profiles",
    "home progress": "kiosk.core.mastery.learner:learner_home",
    "report, first page": "kiosk.core.facilitator.report:report_steps",
    "report, CSV": "kiosk.core.facilitator.report:export_csv_steps",
    "report, PDF": "kiosk.core.facilitator.report:export_pdf_steps",
    "report in steps on the task runner": "kiosk.ui.tasks:TaskRunner",
}

LEARNERS, PACKS, ANSWERS = 2_000, 30, 1_000_000
PACKS_PER_LEARNER, PER_ATTEMPT = 5, 10
SKILLS_PER_PACK, QUESTIONS_PER_SKILL = 5, 12
FIRST_NAMES = ["Amina", "Kofi", "Zainab", "Tunde", "Fatou", "Kwame", "Aisha", "Yaw", "Ngozi", "Moussa",
               "Halima", "Chinedu", "Awa", "Emeka", "Mariam", "Ibrahim", "Esi", "Salif", "Adaeze", "Jomo"]
LAST_NAMES = ["Diallo", "Mensah", "Okoye", "Bello", "Traoré", "Owusu", "Kamau", "Ndiaye", "Okafor", "Sow"]
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def manifest_for(p: int) -> dict:
    skills = [{"id": f"s{s}", "title": f"Skill {s} of pack {p}"} for s in range(SKILLS_PER_PACK)]
    skills[1]["mastery"] = {"model": "streak", "n": 3}
    skills[2]["mastery"] = {"model": "bkt"}
    files = {f"lessons/{m:02d}-{l}.md": {"sha256": "0" * 64, "size": 2048} for m in range(3) for l in range(4)}
    files.update({f"quizzes/{m:02d}.gift": {"sha256": "0" * 64, "size": 4096} for m in range(3)})
    return {
        "format": 1, "id": f"scale.pack{p:02d}", "version": "1.2.0", "title": f"Pack {p:02d}: everyday skills",
        "language": "en", "publisher": "Scale test", "license": "CC-BY-4.0", "description": "Generated.",
        "min_app_version": "0.1.0", "skills": skills,
        "modules": [{"id": f"m{m}", "title": f"Module {m}", "lessons": [f"lessons/{m:02d}-{l}.md" for l in range(4)],
                     "quizzes": [f"quizzes/{m:02d}.gift"], "skills": [f"s{m}", f"s{m + 1}"]} for m in range(3)],
        "credentials": [
            {"id": "basics", "title": f"Pack {p} basics", "requires_skills": ["s0", "s1", "s2"]},
            {"id": "full", "title": f"Pack {p} complete", "requires_skills": ["s3", "s4"],
             "requires_credentials": [f"scale.pack{p:02d}/basics"]},
        ],
        "files": files,
    }


def generate(home: Path) -> float:
    """Fill ``home`` with the busy kiosk; returns the seconds it took."""
    started = time.perf_counter()
    os.environ["KIOSK_HOME"] = str(home)
    from kiosk import paths
    from kiosk.core.setup import set_up_kiosk
    from kiosk.core.storage import repo
    from kiosk.core.storage.db import close_db, db, init_db
    from kiosk.core.storage.models import Learner, QuizAttempt, QuizResponse

    rng = random.Random(2024)
    init_db(paths.database_path())
    set_up_kiosk(organisation="Riverside Centre", kiosk_name="Library PC 2", admin_pin="123456")
    manifests = [manifest_for(p) for p in range(PACKS)]
    for manifest in manifests:
        repo.save_installed_pack(manifest=manifest, folder=str(home / "packs" / manifest["id"] / "1.2.0"),
                                 publisher_key_id="SCALE", installed_at=datetime(2024, 1, 1))
    created = "2024-01-01 08:00:00.000000"
    names = set()
    learners = []
    while len(learners) < LEARNERS:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {len(learners) + 1}"
        if name.casefold() not in names:
            names.add(name.casefold())
            learners.append((name, name.casefold(), None, created, False, 0))
    with db.atomic():
        for start in range(0, len(learners), 500):
            Learner.insert_many(
                learners[start:start + 500],
                fields=[Learner.name, Learner.name_key, Learner.pin_hash, Learner.created_at, Learner.archived,
                        Learner.failed_pins],
            ).execute()
    learner_ids = [row.id for row in Learner.select(Learner.id).order_by(Learner.id)]

    # Attempts of 10 answers each, spread over a year and interleaved between learners as on a real kiosk.
    per_learner = ANSWERS // LEARNERS
    epoch = datetime(2024, 1, 1, 8)
    attempts = []  # (learner, pack, quiz, seed, started)
    for learner_id in learner_ids:
        packs = rng.sample(range(PACKS), PACKS_PER_LEARNER)
        for a in range(per_learner // PER_ATTEMPT):
            p = packs[a % PACKS_PER_LEARNER]
            started_at = epoch + timedelta(minutes=rng.randrange(365 * 24 * 60))
            attempts.append((learner_id, p, rng.randrange(3), started_at))
    attempts.sort(key=lambda a: a[3])
    attempt_rows = []
    for learner_id, p, quiz, started_at in attempts:
        attempt_rows.append((learner_id, f"scale.pack{p:02d}", f"quizzes/{quiz:02d}.gift", rng.randrange(2**31),
                             started_at.strftime(TIME_FORMAT),
                             (started_at + timedelta(minutes=PER_ATTEMPT)).strftime(TIME_FORMAT), None))
    attempt_fields = [QuizAttempt.learner, QuizAttempt.pack_id, QuizAttempt.quiz_id, QuizAttempt.seed,
                      QuizAttempt.started_at, QuizAttempt.finished_at, QuizAttempt.score]
    response_fields = [QuizResponse.attempt, QuizResponse.learner, QuizResponse.pack_id, QuizResponse.question_id,
                       QuizResponse.skills, QuizResponse.response, QuizResponse.fraction, QuizResponse.correct,
                       QuizResponse.answered_at]
    skills_json = [[f"s{s}"] for s in range(SKILLS_PER_PACK)]  # JSON columns take the value (JSONField)
    batch = 2_000
    with db.atomic():
        for start in range(0, len(attempt_rows), batch):
            QuizAttempt.insert_many(attempt_rows[start:start + batch], fields=attempt_fields).execute()
    attempt_ids = [row[0] for row in db.execute_sql("SELECT id FROM quiz_attempt ORDER BY id")]
    responses = []
    for attempt_id, (learner_id, p, quiz, started_at) in zip(attempt_ids, attempts):
        for q in range(PER_ATTEMPT):
            skill = rng.randrange(SKILLS_PER_PACK)
            fraction = 1.0 if rng.random() < 0.7 else rng.choice((0.0, 0.5))
            responses.append((attempt_id, learner_id, f"scale.pack{p:02d}", f"p{p}-s{skill}-q{rng.randrange(QUESTIONS_PER_SKILL)}",
                              skills_json[skill], 0, fraction, fraction >= 0.999,
                              (started_at + timedelta(seconds=40 * q)).strftime(TIME_FORMAT)))
        if len(responses) >= 200_000:
            _insert(db, QuizResponse, responses, response_fields)
            responses = []
    _insert(db, QuizResponse, responses, response_fields)
    db.execute_sql("ANALYZE")
    close_db()
    (home / "scale-complete").write_text(json.dumps({"learners": LEARNERS, "packs": PACKS, "answers": ANSWERS}))
    return time.perf_counter() - started


def _insert(db, model, rows, fields) -> None:
    with db.atomic():
        for start in range(0, len(rows), 2_000):
            model.insert_many(rows[start:start + 2_000], fields=fields).execute()


def cached_home(fresh: bool) -> tuple[Path, float | None]:
    """The generated kiosk, reused between runs while the schema is the same."""
    from kiosk.core.storage import migrations

    home = Path(tempfile.gettempdir()) / f"kiosk-scale-{LEARNERS}-{PACKS}-{ANSWERS}-schema{migrations.LATEST_VERSION}"
    if fresh or not (home / "scale-complete").is_file():
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        return home, generate(home)
    return home, None


def first_paint_seconds(home: Path, runs: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_HOME=str(home))
    times = []
    for i in range(runs + 1):
        started = time.time()
        proc = subprocess.run([sys.executable, "-m", "kiosk", "app", "--exit-after-first-paint"], env=env, cwd=REPO,
                              capture_output=True, text=True)
        painted = [float(line.split()[1]) for line in proc.stdout.splitlines() if line.startswith("first-paint ")]
        if proc.returncode != 0 or not painted:
            raise SystemExit(f"kiosk app did not paint (exit {proc.returncode}): {proc.stderr[-500:]}")
        if i:  # the first run warms the file cache
            times.append(painted[0] - started)
    return statistics.median(times)


def small_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="kiosk-scale-floor-"))
    env = dict(os.environ, KIOSK_HOME=str(home))
    kiosk = [sys.executable, "-m", "kiosk"]
    subprocess.run([*kiosk, "init", "--org", "Bench", "--kiosk-name", "PC", "--admin-pin", "123456"], env=env,
                   check=True, capture_output=True, cwd=REPO)
    for name in ("Amina Diallo", "Kofi Mensah", "Zainab Okoye"):
        subprocess.run([*kiosk, "learner", "add", name], env=env, check=True, capture_output=True, cwd=REPO)
    return home


def forget_kept(db) -> None:
    """As just after an upgrade: no mastery kept yet."""
    db.execute_sql("DELETE FROM kept_skill_state")
    db.execute_sql("DELETE FROM kept_pack_progress")


def timed(fn, runs: int, before=None) -> float:
    """Median seconds of ``fn()`` over ``runs`` calls, ``before()`` (untimed) ahead of each."""
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def first_page_floor(raw: sqlite3.Connection, size: int) -> None:
    """The first page's data the plainest way: the started pairs, the names, the page's answers."""
    pairs = raw.execute("SELECT learner_id, pack_id FROM quiz_response GROUP BY learner_id, pack_id").fetchall()
    names = dict(raw.execute("SELECT id, name FROM learner WHERE NOT archived").fetchall())
    titles = dict(raw.execute("SELECT id, title FROM installed_pack").fetchall())
    page = sorted((p for p in pairs if p[0] in names), key=lambda p: (names[p[0]].casefold(), titles[p[1]].casefold()))
    for learner_id, pack_id in page[:size]:
        raw.execute("SELECT question_id, skills, fraction, answered_at FROM quiz_response "
                    "WHERE learner_id = ? AND pack_id = ?", (learner_id, pack_id)).fetchall()


def export_floor(raw: sqlite3.Connection, path: Path, *, pdf: bool) -> None:
    """The whole report's data the plainest way: every answer read once, one line per pair written."""
    names = dict(raw.execute("SELECT id, name FROM learner WHERE NOT archived").fetchall())
    titles = dict(raw.execute("SELECT id, title FROM installed_pack").fetchall())
    pairs: dict[tuple[int, str], list] = {}
    for learner_id, pack_id, _question, _skills, _fraction, answered_at in raw.execute(
            "SELECT learner_id, pack_id, question_id, skills, fraction, answered_at FROM quiz_response"):
        seen = pairs.setdefault((learner_id, pack_id), [0, ""])
        seen[0] += 1
        seen[1] = max(seen[1], answered_at)
    lines = [[names[l], titles[p], str(n), last[:16]] for (l, p), (n, last) in sorted(pairs.items()) if l in names]
    if not pdf:
        import csv

        with open(path, "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(lines)
        return
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.core.credentials.pdf import FONT, register_fonts

    register_fonts()
    canvas = Canvas(str(path), pagesize=landscape(A4))
    y = 560
    for line in lines:
        if y < 30:
            canvas.showPage()
            y = 560
        canvas.setFont(FONT, 9)
        for x, cell in zip((30, 190, 390, 450), line):
            canvas.drawString(x, y, cell)
        y -= 15
    canvas.save()


def answer_waits(home: Path, export: Path, now: datetime) -> list[float]:
    """Seconds each learner's answer, asked for every 150 ms, waited on the app's TaskRunner
    while it ran the whole CSV export with nothing kept yet."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.core.facilitator.report import export_csv_steps
    from kiosk.core.storage import repo
    from kiosk.core.storage.db import db
    from kiosk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    forget_kept(db)
    attempt = repo.insert_quiz_attempt(learner_id=1, pack_id="scale.pack00", quiz_id="quizzes/00.gift", seed=1,
                                       started_at=datetime(2025, 1, 1))
    waits: list[float] = []

    def answer(asked: float) -> None:
        waits.append(time.perf_counter() - asked)
        repo.record_quiz_response(attempt_id=attempt.id, learner_id=1, question_id="p0-s0-q0", skills=["s0"],
                                  response=True, fraction=1.0, correct=True, answered_at=datetime(2025, 1, 1),
                                  review_status=None)

    def ask() -> None:
        asked = time.perf_counter()
        runner.run(lambda: answer(asked))

    loop = QEventLoop()
    timer = QTimer(interval=150)
    timer.timeout.connect(ask)
    failed: list[Exception] = []
    runner.run_steps(export_csv_steps(export, now=now), on_success=lambda _path: loop.quit(),
                     on_failure=lambda exc: (failed.append(exc), loop.quit()))
    timer.start()
    loop.exec()
    timer.stop()
    runner.wait_for_done()
    app.processEvents()
    if failed:
        raise SystemExit(f"the export failed: {failed[0]}")
    # Leave the cached busy kiosk as it was.
    db.execute_sql("DELETE FROM quiz_response WHERE attempt_id = ?", (attempt.id,))
    db.execute_sql("DELETE FROM quiz_attempt WHERE id = ?", (attempt.id,))
    return waits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--fresh", action="store_true", help="generate the kiosk again instead of reusing the cache")
    parser.add_argument("--paint-runs", type=int, default=3, help="start-ups to time for each home (median)")
    args = parser.parse_args()

    home, generated = cached_home(args.fresh)
    floor_home = small_home()
    try:
        paint = first_paint_seconds(home, args.paint_runs)
        paint_floor = first_paint_seconds(floor_home, args.paint_runs)
    finally:
        shutil.rmtree(floor_home, ignore_errors=True)

    os.environ["KIOSK_HOME"] = str(home)
    from kiosk.core.facilitator.report import PAGE_SIZE, ReportView, export_csv_steps, export_pdf_steps, report_steps
    from kiosk.core.learners.profiles import list_profiles, log_in
    from kiosk.core.mastery.learner import learner_home
    from kiosk.core.steps import run_to_end
    from kiosk.core.storage.db import close_db, db, init_db

    db_path = home / "kiosk.db"
    init_db(db_path)
    raw = sqlite3.connect(db_path)
    learner_id = raw.execute("SELECT learner_id FROM quiz_response GROUP BY learner_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    picker_ms = median_ms(list_profiles)
    search_ms = median_ms(lambda: list_profiles("ami"))
    picker_floor_ms = median_ms(lambda: raw.execute("SELECT id, name FROM learner ORDER BY name_key").fetchall())
    session = log_in(learner_id)
    progress = learner_home(session).progress
    answer_count = raw.execute("SELECT COUNT(*) FROM quiz_response WHERE learner_id = ?", (learner_id,)).fetchone()[0]
    progress_ms = median_ms(lambda: learner_home(session))
    progress_floor_ms = median_ms(
        lambda: raw.execute("SELECT COUNT(*) FROM quiz_response WHERE learner_id = ?", (learner_id,)).fetchone())

    def longest_step(steps) -> float:
        """Run ``steps`` to the end; the longest single step, in seconds."""
        longest, last = 0.0, time.perf_counter()
        while True:
            try:
                next(steps)
            except StopIteration:
                return max(longest, time.perf_counter() - last)
            now = time.perf_counter()
            longest, last = max(longest, now - last), now

    # "Now" is the day after the last answer, so the last 14 days are busy: answers to count, maybe stuck learners.
    now = datetime.fromisoformat(raw.execute("SELECT MAX(answered_at) FROM quiz_response").fetchone()[0]) + timedelta(days=1)
    with tempfile.TemporaryDirectory() as out:
        csv_path, pdf_path, floor_path = Path(out) / "report.csv", Path(out) / "report.pdf", Path(out) / "floor"
        page = run_to_end(report_steps(now=now))
        first_cold = timed(lambda: run_to_end(report_steps(now=now)), 3, before=lambda: forget_kept(db))
        first_kept = timed(lambda: run_to_end(report_steps(now=now)), 3)
        first_floor = timed(lambda: first_page_floor(raw, PAGE_SIZE), 3)
        stuck = run_to_end(report_steps(ReportView(stuck_only=True), now=now))
        stuck_kept = timed(lambda: run_to_end(report_steps(ReportView(stuck_only=True), now=now)), 3)
        csv_cold = timed(lambda: run_to_end(export_csv_steps(csv_path, now=now)), 2, before=lambda: forget_kept(db))
        pdf_cold = timed(lambda: run_to_end(export_pdf_steps(pdf_path, title="Progress", now=now)), 2,
                         before=lambda: forget_kept(db))
        csv_kept = timed(lambda: run_to_end(export_csv_steps(csv_path, now=now)), 3)
        pdf_kept = timed(lambda: run_to_end(export_pdf_steps(pdf_path, title="Progress", now=now)), 3)
        csv_floor = timed(lambda: export_floor(raw, floor_path, pdf=False), 2)
        pdf_floor = timed(lambda: export_floor(raw, floor_path, pdf=True), 2)
        forget_kept(db)
        step_cold = longest_step(export_pdf_steps(pdf_path, title="Progress", now=now))
        close_db()
        waits = answer_waits(home, csv_path, now)
    counts = raw.execute("SELECT (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM installed_pack), "
                         "(SELECT COUNT(*) FROM quiz_response)").fetchone()
    raw.close()
    close_db()

    def row(figure, value, unit, floor, target=None):
        return {"figure": figure, "value": round(value, 3), "unit": unit,
                "floor": None if floor is None else round(floor, 3),
                "ratio": round(value / floor, 2) if floor else None, "target": target}

    pairs = f"{page.total:,} rows"
    table = [
        row("first paint, busy kiosk", paint, "s", paint_floor, "≤ 1.2× a 3-learner kiosk"),
        row("learner picker list (2,000)", picker_ms, "ms", picker_floor_ms, "< 100 ms"),
        row("learner picker search 'ami'", search_ms, "ms", picker_floor_ms, "< 100 ms"),
        row(f"one learner's home progress ({answer_count} answers)", progress_ms, "ms", progress_floor_ms, "< 200 ms"),
        row(f"facilitator report, first page of {pairs}, nothing kept yet", first_cold, "s", first_floor, "< 1 s"),
        row(f"facilitator report, first page of {pairs}, kept", first_kept, "s", first_floor, "< 1 s"),
        row(f"facilitator report, only the stuck ({stuck.total:,} rows), kept", stuck_kept, "s", first_floor, "< 1 s"),
        row(f"facilitator report, whole CSV ({pairs}), nothing kept yet", csv_cold, "s", csv_floor, "< 10 s"),
        row(f"facilitator report, whole PDF ({pairs}), nothing kept yet", pdf_cold, "s", pdf_floor, "< 10 s"),
        row(f"facilitator report, whole CSV ({pairs}), kept", csv_kept, "s", csv_floor, "< 10 s"),
        row(f"facilitator report, whole PDF ({pairs}), kept", pdf_kept, "s", pdf_floor, "< 10 s"),
        row("facilitator report, longest step of the whole PDF, nothing kept yet", step_cold * 1000, "ms", None,
            "< 1,000 ms"),
        row(f"a learner's answer behind the whole CSV export, longest wait of {len(waits)}", max(waits) * 1000, "ms",
            None, "< 1,000 ms"),
    ]
    figures = {
        "learners": counts[0], "packs": counts[1], "answers": counts[2],
        "generation_seconds": None if generated is None else round(generated, 1),
        "db_mib": round(db_path.stat().st_size / 2**20, 1),
        "first_paint_seconds": round(paint, 3), "first_paint_floor_seconds": round(paint_floor, 3),
        "picker_list_ms": round(picker_ms, 2), "picker_search_ms": round(search_ms, 2),
        "home_progress_ms": round(progress_ms, 2), "home_progress_answers": answer_count,
        "home_progress_packs": len(progress.packs),
        "report_rows": page.total, "report_not_started": page.not_started, "report_stuck": stuck.total,
        "report_first_page_seconds": round(first_cold, 3), "report_csv_seconds": round(csv_cold, 3),
        "report_pdf_seconds": round(pdf_cold, 3), "answer_wait_max_ms": round(max(waits) * 1000, 1),
        "answer_wait_median_ms": round(statistics.median(waits) * 1000, 1),
        "table": table,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    made = "reused from the cache" if generated is None else f"generated in {generated:.0f} s"
    print(f"busy kiosk: {counts[0]} learners, {counts[1]} packs, {counts[2]:,} answers, "
          f"{figures['db_mib']} MiB ({made}; {home})")
    for entry in table:
        floor = "–" if entry["floor"] is None else f"{entry['floor']:8.2f}"
        print(f"  {entry['figure']:72} {entry['value']:9.2f} {entry['unit']:2}  floor {floor:>8}  "
              f"x{entry['ratio']}  target {entry['target']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
