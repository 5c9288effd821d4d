"""A busy kiosk: 2,000 learners, 30 packs, 1,000,000 recorded answers. How fast is it still?

    python benchmarks/scale.py [--json] [--fresh]

Generates the kiosk once (a temp KIOSK_HOME, cached between runs under the system temp
folder; ``--fresh`` rebuilds it) and measures, each beside a floor:

- start-up to first paint (``kiosk app --exit-after-first-paint``), floor: the same app
  on a kiosk with 3 learners and no answers;
- the learner picker: ``list_profiles()`` and ``list_profiles("ami")``, floor: a bare
  ``SELECT id, name FROM learner`` through sqlite3;
- one learner's home progress (their answers through ``repo``, then
  ``compute_home_progress``), floor: a bare count of that learner's answers;
- the facilitator's report (``repo.progress_report_rows``: learners x packs with answers,
  right answers, mean fraction and last activity), floor: ``SELECT COUNT(*)`` of all answers.
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
    skills_json = [json.dumps([f"s{s}"]) for s in range(SKILLS_PER_PACK)]
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
                              skills_json[skill], "0", fraction, fraction >= 0.999,
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


def learner_home_progress(learner_id: int):
    """What the home screen computes for one learner: their answers in every pack, then mastery."""
    from kiosk.core.clock import utcnow
    from kiosk.core.mastery.models import AnswerRecord
    from kiosk.core.mastery.progress import compute_home_progress
    from kiosk.core.storage import repo

    packs = repo.list_installed_packs()
    answers, scores = [], {}
    for pack in packs:
        attempts = repo.list_quiz_attempts(learner_id=learner_id, pack_id=pack.id)
        if not attempts:
            continue
        quiz_of = {a.id: a.quiz_id for a in attempts}
        for a in attempts:
            if a.score is not None:
                key = (pack.id, a.quiz_id)
                scores[key] = max(scores.get(key, 0.0), a.score)
        answers.extend(
            AnswerRecord(pack_id=r.pack_id, quiz_id=quiz_of[r.attempt_id], question_id=r.question_id, skills=r.skills,
                         fraction=r.fraction, answered_at=r.answered_at)
            for r in repo.list_quiz_responses(learner_id=learner_id, pack_id=pack.id)
        )
    earned = {c.credential_id for c in repo.list_issued_credentials(learner_id=learner_id, include_revoked=False)}
    progress = compute_home_progress([p.manifest for p in packs], answers, earned_ids=earned,
                                     final_quiz_scores=scores, signoffs=set(), now=utcnow())
    return progress, len(answers)


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
    from kiosk.core.learners.profiles import list_profiles
    from kiosk.core.storage import repo
    from kiosk.core.storage.db import close_db, init_db

    db_path = home / "kiosk.db"
    init_db(db_path)
    raw = sqlite3.connect(db_path)
    learner_id = raw.execute("SELECT learner_id FROM quiz_response GROUP BY learner_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    picker_ms = median_ms(list_profiles)
    search_ms = median_ms(lambda: list_profiles("ami"))
    picker_floor_ms = median_ms(lambda: raw.execute("SELECT id, name FROM learner ORDER BY name_key").fetchall())
    progress, answer_count = learner_home_progress(learner_id)
    progress_ms = median_ms(lambda: learner_home_progress(learner_id))
    progress_floor_ms = median_ms(
        lambda: raw.execute("SELECT COUNT(*) FROM quiz_response WHERE learner_id = ?", (learner_id,)).fetchone())
    report = repo.progress_report_rows()
    report_ms = median_ms(repo.progress_report_rows, runs=3)
    report_floor_ms = median_ms(lambda: raw.execute("SELECT COUNT(*) FROM quiz_response").fetchone(), runs=3)
    counts = raw.execute("SELECT (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM installed_pack), "
                         "(SELECT COUNT(*) FROM quiz_response)").fetchone()
    raw.close()
    close_db()

    def row(figure, value, unit, floor, target=None):
        return {"figure": figure, "value": round(value, 3), "unit": unit, "floor": round(floor, 3),
                "ratio": round(value / floor, 2) if floor else None, "target": target}

    table = [
        row("first paint, busy kiosk", paint, "s", paint_floor, "≤ 1.2× a 3-learner kiosk"),
        row("learner picker list (2,000)", picker_ms, "ms", picker_floor_ms, "< 100 ms"),
        row("learner picker search 'ami'", search_ms, "ms", picker_floor_ms, "< 100 ms"),
        row(f"one learner's home progress ({answer_count} answers)", progress_ms, "ms", progress_floor_ms, "< 200 ms"),
        row(f"facilitator report ({len(report)} rows)", report_ms, "ms", report_floor_ms, "< 2,000 ms"),
    ]
    figures = {
        "learners": counts[0], "packs": counts[1], "answers": counts[2],
        "generation_seconds": None if generated is None else round(generated, 1),
        "db_mib": round(db_path.stat().st_size / 2**20, 1),
        "first_paint_seconds": round(paint, 3), "first_paint_floor_seconds": round(paint_floor, 3),
        "picker_list_ms": round(picker_ms, 2), "picker_search_ms": round(search_ms, 2),
        "home_progress_ms": round(progress_ms, 2), "home_progress_answers": answer_count,
        "home_progress_packs": len(progress.packs),
        "report_ms": round(report_ms, 1), "report_rows": len(report),
        "table": table,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    made = "reused from the cache" if generated is None else f"generated in {generated:.0f} s"
    print(f"busy kiosk: {counts[0]} learners, {counts[1]} packs, {counts[2]:,} answers, "
          f"{figures['db_mib']} MiB ({made}; {home})")
    for entry in table:
        print(f"  {entry['figure']:48} {entry['value']:9.2f} {entry['unit']:2}  floor {entry['floor']:8.2f}  "
              f"x{entry['ratio']}  target {entry['target']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
