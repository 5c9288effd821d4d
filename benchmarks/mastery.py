"""How long the home screen's progress takes: 20 packs x 5 skills, 20,000 answers.

Two figures, each beside its floor (one bare SQL query counting the same answers):
- compute_home_progress over answers already in memory (the mastery rules alone);
- learner_progress from a real kiosk database: what the home screen does, reading
  the learner's stored answers and attempts and computing everything.
Run: python benchmarks/mastery.py [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import median_ms  # noqa: E402

from kiosk.core.mastery.models import AnswerRecord  # noqa: E402
from kiosk.core.mastery.progress import compute_home_progress  # noqa: E402

PACKS, SKILLS, ANSWERS, RUNS = 20, 5, 20_000, 7
MODELS = [None, {"model": "streak", "n": 3}, {"model": "bkt"}, {"model": "all"}, {"model": "m_of_n", "m": 3, "n": 4}]


def make_manifests() -> list[dict]:
    manifests = []
    for p in range(PACKS):
        skills = [
            {"id": f"s{s}", "title": f"Skill {s}", **({"mastery": MODELS[s]} if MODELS[s] else {}),
             **({"questions": [f"p{p}-s{s}-q{q}" for q in range(10)]} if s == 3 else {})}
            for s in range(SKILLS)
        ]
        credentials = [
            {"id": "basic", "title": f"Pack {p} basics", "requires_skills": ["s0", "s1", "s2"]},
            {"id": "full", "title": f"Pack {p} full", "requires_skills": ["s3", "s4"],
             "requires_credentials": [f"bench.pack{p}/basic"] + ([f"bench.pack{p - 1}/full"] if p else []),
             "final_quiz": {"quiz": "quizzes/final.gift", "pass_mark": 0.8}},
        ]
        manifests.append({"id": f"bench.pack{p}", "title": f"Pack {p}", "skills": skills, "credentials": credentials})
    return manifests


def make_answers(rng: random.Random) -> list[AnswerRecord]:
    start = datetime(2024, 1, 1, 9)
    answers = []
    for i in range(ANSWERS):
        p, s = rng.randrange(PACKS), rng.randrange(SKILLS)
        fraction = None if rng.random() < 0.01 else (1.0 if rng.random() < 0.85 else rng.choice([0.0, 0.5]))
        answers.append(AnswerRecord(
            pack_id=f"bench.pack{p}", quiz_id=f"quizzes/0{s}.gift", question_id=f"p{p}-s{s}-q{rng.randrange(10)}",
            skills=(f"s{s}",), fraction=fraction, answered_at=start + timedelta(minutes=30 * i + rng.randrange(20)),
        ))
    rng.shuffle(answers)
    return answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    rng = random.Random(5)
    manifests, answers = make_manifests(), make_answers(rng)
    now = max(a.answered_at for a in answers) + timedelta(days=1)
    scores = {(f"bench.pack{p}", "quizzes/final.gift"): 0.9 for p in range(0, PACKS, 2)}

    def progress():
        return compute_home_progress(manifests, answers, earned_ids={"bench.pack0/basic"},
                                     final_quiz_scores=scores, signoffs=set(), now=now)

    home = progress()
    compute_ms = median_ms(progress, RUNS, warm_up=False)

    with tempfile.TemporaryDirectory() as tmp:
        con = sqlite3.connect(Path(tmp) / "bench.db")
        con.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, learner_id INTEGER, pack_id TEXT, quiz_id TEXT,"
                    " question_id TEXT, skills TEXT, fraction REAL, answered_at TEXT)")
        con.execute("CREATE INDEX answer_learner ON answer (learner_id, answered_at)")
        con.executemany("INSERT INTO answer (learner_id, pack_id, quiz_id, question_id, skills, fraction, answered_at)"
                        " VALUES (1, ?, ?, ?, ?, ?, ?)",
                        [(a.pack_id, a.quiz_id, a.question_id, ",".join(a.skills), a.fraction,
                          a.answered_at.isoformat(sep=" ")) for a in answers])
        con.commit()
        query = ("SELECT pack_id, skills, COUNT(*), SUM(fraction >= 0.999) FROM answer"
                 " WHERE learner_id = 1 AND fraction IS NOT NULL GROUP BY pack_id, skills")
        rows = con.execute(query).fetchall()
        sql_ms = median_ms(lambda: con.execute(query).fetchall(), RUNS, warm_up=False)
        con.close()

    stored_ms, stored_floor_ms = from_storage(manifests, answers)

    statuses = {}
    for pack in home.packs:
        for skill in pack.skills:
            statuses[skill.state.status] = statuses.get(skill.state.status, 0) + 1
    if args.json:
        print(json.dumps({"packs": PACKS, "skills": SKILLS, "answers": len(answers), "runs": RUNS,
                          "compute_home_progress_ms": round(compute_ms, 2), "sql_count_floor_ms": round(sql_ms, 2),
                          "ratio": round(compute_ms / sql_ms, 1),
                          "learner_progress_from_storage_ms": round(stored_ms, 2),
                          "storage_sql_count_floor_ms": round(stored_floor_ms, 2),
                          "storage_ratio": round(stored_ms / stored_floor_ms, 1)}, indent=2))
        return
    print(f"{PACKS} packs x {SKILLS} skills, {len(answers)} answers, median of {RUNS} runs")
    print(f"compute_home_progress: {compute_ms:8.1f} ms   (target < 100 ms)")
    print(f"bare SQL count floor:  {sql_ms:8.1f} ms   ({len(rows)} groups)")
    print(f"learner_progress from the kiosk database: {stored_ms:8.1f} ms   (target < 100 ms)")
    print(f"bare SQL count of that learner's answers: {stored_floor_ms:8.1f} ms")
    print(f"skills by status: {statuses}; credentials: "
          f"{ {s: sum(1 for c in home.credentials if c.status == s) for s in ('earned', 'eligible', 'in_progress')} }")


def from_storage(manifests: list[dict], answers: list[AnswerRecord]) -> tuple[float, float]:
    """Median ms of learner_progress on a real database holding these packs and answers, and its floor."""
    import os

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KIOSK_HOME"] = tmp
        from kiosk import paths
        from kiosk.core.learners.profiles import create_learner, log_in
        from kiosk.core.mastery.learner import learner_progress
        from kiosk.core.storage import repo
        from kiosk.core.storage.db import close_db, db, init_db
        from kiosk.core.storage.models import QuizAttempt, QuizResponse

        init_db(paths.database_path())
        for manifest in manifests:
            full = {"version": "1.0.0", "language": "en", "publisher": "Bench", "modules": [], **manifest}
            repo.save_installed_pack(manifest=full, folder=str(Path(tmp) / manifest["id"]),
                                     publisher_key_id="BENCH", installed_at=datetime(2024, 1, 1))
        learner = create_learner("Amina Diallo")
        session = log_in(learner.id)
        quizzes = sorted({(a.pack_id, a.quiz_id) for a in answers})
        with db.atomic():
            QuizAttempt.insert_many(
                [(learner.id, pack, quiz, 1, datetime(2024, 1, 1), datetime(2024, 1, 1), 0.9) for pack, quiz in quizzes],
                fields=[QuizAttempt.learner, QuizAttempt.pack_id, QuizAttempt.quiz_id, QuizAttempt.seed,
                        QuizAttempt.started_at, QuizAttempt.finished_at, QuizAttempt.score],
            ).execute()
        attempt_of = {(r.pack_id, r.quiz_id): r.id for r in QuizAttempt.select()}
        rows = [(attempt_of[(a.pack_id, a.quiz_id)], learner.id, a.pack_id, a.question_id, json.dumps(list(a.skills)),
                 "0", a.fraction, a.fraction is not None and a.fraction >= 0.999, a.answered_at) for a in answers]
        fields = [QuizResponse.attempt, QuizResponse.learner, QuizResponse.pack_id, QuizResponse.question_id,
                  QuizResponse.skills, QuizResponse.response, QuizResponse.fraction, QuizResponse.correct,
                  QuizResponse.answered_at]
        with db.atomic():
            for start in range(0, len(rows), 2_000):
                QuizResponse.insert_many(rows[start:start + 2_000], fields=fields).execute()
        learner_progress(session)  # warm the page cache, as a home screen opened before would
        stored_ms = median_ms(lambda: learner_progress(session), RUNS, warm_up=False)
        query = "SELECT pack_id, COUNT(*) FROM quiz_response WHERE learner_id = ? GROUP BY pack_id"
        floor_ms = median_ms(lambda: db.execute_sql(query, (learner.id,)).fetchall(), RUNS, warm_up=False)
        close_db()
    return stored_ms, floor_ms


if __name__ == "__main__":
    main()
