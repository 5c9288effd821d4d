"""How long the home screen's progress takes: 20 packs x 5 skills, 20,000 answers, from a real kiosk database.

The figures are ``learner_home`` (what the home screen calls: the progress, the next step and what changed), in the three situations
a home screen meets, each beside a floor (a bare SQL query over the same answers):
- opened again, nothing answered since: every skill's state is kept (``kiosk.core.mastery.kept``);
  floor: counting the learner's answers per pack from the index;
- just after an answer: one pack's kept state is stale and replayed from its 1,000 answers;
  floor: the same count;
- nothing kept yet (the first time after an upgrade): every pack replayed from all 20,000
  answers; floor: reading those answers' columns that mastery reads.
Targets: opened again and after an answer, at most 10x the floor.

Run: python benchmarks/mastery.py [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import median_ms  # noqa: E402

from kiosk.core.mastery.models import AnswerRecord  # noqa: E402

# The app's own functions these figures time (tests/test_benchmarks.py checks a screen or command calls each).
APP_PATHS = {"home progress": "kiosk.core.mastery.learner:learner_home"}

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
    figures = from_storage(make_manifests(), make_answers(rng))
    table = [
        {"figure": f"home progress from the database, {ANSWERS:,} answers, opened again", "value": figures["kept_ms"],
         "unit": "ms", "floor": figures["count_floor_ms"], "target": "≤ 10× the floor"},
        {"figure": f"home progress from the database, {ANSWERS:,} answers, after an answer",
         "value": figures["after_answer_ms"], "unit": "ms", "floor": figures["count_floor_ms"],
         "target": "≤ 10× the floor"},
        {"figure": f"home progress from the database, {ANSWERS:,} answers, nothing kept yet",
         "value": figures["nothing_kept_ms"], "unit": "ms", "floor": figures["read_floor_ms"]},
    ]
    for row in table:
        row["value"], row["floor"] = round(row["value"], 2), round(row["floor"], 2)
        row["ratio"] = round(row["value"] / row["floor"], 2)
    if args.json:
        print(json.dumps({"packs": PACKS, "skills": SKILLS, "answers": ANSWERS, "runs": RUNS, **figures,
                          "table": table}, indent=2))
        return
    print(f"{PACKS} packs x {SKILLS} skills, {ANSWERS} answers, median of {RUNS} runs")
    for row in table:
        print(f"  {row['figure']:70} {row['value']:8.2f} ms  floor {row['floor']:7.2f} ms  x{row['ratio']}")
    print(f"  skills by status: {figures['statuses']}")


def from_storage(manifests: list[dict], answers: list[AnswerRecord]) -> dict:
    """learner_home on a real database holding these packs and answers, in its three situations, and the floors."""
    import os

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KIOSK_HOME"] = tmp
        from kiosk import paths
        from kiosk.core.learners.profiles import create_learner, log_in
        from kiosk.core.mastery.learner import learner_home
        from kiosk.core.storage import repo
        from kiosk.core.storage.db import close_db, db, init_db
        from kiosk.core.storage.models import KeptPackProgress, KeptSkillState, QuizAttempt, QuizResponse

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
        rows = [(attempt_of[(a.pack_id, a.quiz_id)], learner.id, a.pack_id, a.question_id, list(a.skills),
                 0, a.fraction, a.fraction is not None and a.fraction >= 0.999, a.answered_at) for a in answers]
        fields = [QuizResponse.attempt, QuizResponse.learner, QuizResponse.pack_id, QuizResponse.question_id,
                  QuizResponse.skills, QuizResponse.response, QuizResponse.fraction, QuizResponse.correct,
                  QuizResponse.answered_at]
        with db.atomic():
            for start in range(0, len(rows), 2_000):
                QuizResponse.insert_many(rows[start:start + 2_000], fields=fields).execute()
        home = learner_home(session).progress  # warm the page cache, as a home screen opened before would
        kept_ms = median_ms(lambda: learner_home(session), RUNS)

        # After an answer: a learner answers one question (the quiz player's path), then opens home.
        attempt = repo.insert_quiz_attempt(learner_id=learner.id, pack_id="bench.pack3", quiz_id="quizzes/03.gift",
                                           seed=1, started_at=datetime(2024, 6, 1))
        moment = max(a.answered_at for a in answers)
        after_answer = []
        for run in range(RUNS):
            moment += timedelta(minutes=1)
            repo.record_quiz_response(attempt_id=attempt.id, learner_id=learner.id, question_id="p3-s3-q1",
                                      skills=["s3"], response=True, fraction=1.0, correct=True, answered_at=moment,
                                      review_status=None)
            started = time.perf_counter()
            learner_home(session)
            after_answer.append((time.perf_counter() - started) * 1000)

        nothing_kept = []
        for run in range(RUNS):
            KeptPackProgress.delete().execute()
            KeptSkillState.delete().execute()
            started = time.perf_counter()
            learner_home(session)
            nothing_kept.append((time.perf_counter() - started) * 1000)

        count = "SELECT pack_id, COUNT(*) FROM quiz_response WHERE learner_id = ? GROUP BY pack_id"
        count_floor_ms = median_ms(lambda: db.execute_sql(count, (learner.id,)).fetchall(), RUNS)
        read = "SELECT pack_id, question_id, skills, fraction, answered_at FROM quiz_response WHERE learner_id = ?"
        read_floor_ms = median_ms(lambda: db.execute_sql(read, (learner.id,)).fetchall(), RUNS)
        close_db()
    statuses: dict[str, int] = {}
    for pack in home.packs:
        for skill in pack.skills:
            statuses[skill.state.status] = statuses.get(skill.state.status, 0) + 1
    return {"kept_ms": kept_ms, "after_answer_ms": median(after_answer), "nothing_kept_ms": median(nothing_kept),
            "count_floor_ms": count_floor_ms, "read_floor_ms": read_floor_ms, "statuses": statuses}


if __name__ == "__main__":
    main()
