"""Kept mastery: what each learner's answers add up to, recomputable from the answers.

Written and read by kiosk.core.mastery.kept. Every change to answers that adds none
(an essay's mark, a merge) forgets what was kept, in the same transaction (``forget_kept``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime

from kiosk.core.records import KeptPackProgress, KeptSkillState
from kiosk.core.storage.db import db
from kiosk.core.storage.models import KeptPackProgress as KeptPackProgressRow
from kiosk.core.storage.models import KeptSkillState as KeptSkillStateRow
from kiosk.core.storage.models import QuizResponse


def last_answer_ids(*, learner_id: int, pack_ids: Collection[str]) -> dict[str, int]:
    """The id of one learner's last answer in each of these packs (packs with none are left out).

    One index lookup per pack: a new answer always gets a larger id than any before it.
    """
    found = {}
    for pack_id in pack_ids:
        (last,) = db.execute_sql(
            "SELECT MAX(id) FROM quiz_response WHERE learner_id = ? AND pack_id = ?", (learner_id, pack_id)
        ).fetchone()
        if last is not None:
            found[pack_id] = last
    return found



def all_last_answer_ids() -> dict[tuple[int, str], int]:
    """(learner id, pack id) -> the id of the pair's last answer, for every pair with answers
    (one pass over the (learner, pack) index)."""
    cursor = db.execute_sql("SELECT learner_id, pack_id, MAX(id) FROM quiz_response GROUP BY learner_id, pack_id")
    return {(learner_id, pack_id): last for learner_id, pack_id, last in cursor}



def recent_answer_counts(pairs: Collection[tuple[int, str]], *, since: datetime) -> dict[tuple[int, str], int]:
    """How many answers each (learner id, pack id) pair has at or after ``since`` (pairs with none are left out)."""
    found: dict[tuple[int, str], int] = {}
    learners = sorted({learner_id for learner_id, _ in pairs})
    wanted = set(pairs)
    for start in range(0, len(learners), 500):
        chunk = learners[start : start + 500]
        cursor = db.execute_sql(
            "SELECT learner_id, pack_id, COUNT(*) FROM quiz_response "
            f"WHERE learner_id IN ({marks(chunk)}) AND answered_at >= ? GROUP BY learner_id, pack_id",
            [*chunk, QuizResponse.answered_at.db_value(since)],
        )
        found.update({(lid, pack): count for lid, pack, count in cursor if (lid, pack) in wanted})
    return found



def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)



_KEPT_PACK_SQL = (
    "SELECT learner_id, pack_id, rule, last_answer_id, answers, last_answered_at, tenth_last_answered_at, "
    "skills, mastered, progress, latest_mastered_at FROM kept_pack_progress"
)



def kept_pack_progress(*, learner_id: int | None = None) -> dict[tuple[int, str], KeptPackProgress]:
    """What is kept per (learner id, pack id), for every learner or one."""
    sql, params = _KEPT_PACK_SQL, ()
    if learner_id is not None:
        sql, params = sql + " WHERE learner_id = ?", (learner_id,)
    return {
        (row[0], row[1]): KeptPackProgress(
            row[0], row[1], row[2], row[3], row[4], _time(row[5]), _time(row[6]), row[7], row[8], row[9], _time(row[10])
        )
        for row in db.execute_sql(sql, params)
    }



def kept_skill_states(*, learner_id: int, pack_ids: Collection[str]) -> list[KeptSkillState]:
    """The kept skill states of one learner in these packs."""
    if not pack_ids:
        return []
    packs = list(pack_ids)
    cursor = db.execute_sql(
        "SELECT learner_id, pack_id, skill_id, status, progress, explanation, attempts, mastered_at, due_at, "
        f"needs_review FROM kept_skill_state WHERE learner_id = ? AND pack_id IN ({marks(packs)})",
        [learner_id, *packs],
    )
    return [
        KeptSkillState(row[0], row[1], row[2], row[3], row[4], row[5], row[6], _time(row[7]), _time(row[8]), bool(row[9]))
        for row in cursor
    ]



def keep_progress(packs: Iterable[KeptPackProgress], skills: Iterable[KeptSkillState]) -> None:
    """Keep these (learner, pack) standings and their skills' states, replacing what was kept for those pairs.

    Plain statements, many rows each (a busy kiosk's report keeps tens of thousands at once).
    """
    packs, skills = list(packs), list(skills)
    connection = db.connection()
    with db.atomic():
        connection.executemany(
            "DELETE FROM kept_skill_state WHERE learner_id = ? AND pack_id = ?",
            [(pack.learner_id, pack.pack_id) for pack in packs],
        )
        connection.executemany(
            f"INSERT OR REPLACE INTO kept_pack_progress ({', '.join(KeptPackProgress._fields)}) "
            f"VALUES ({marks(KeptPackProgress._fields)})",
            [tuple(_stamp(value) for value in pack) for pack in packs],
        )
        connection.executemany(
            f"INSERT OR REPLACE INTO kept_skill_state ({', '.join(KeptSkillState._fields)}) "
            f"VALUES ({marks(KeptSkillState._fields)})",
            [tuple(_stamp(value) for value in skill) for skill in skills],
        )



def _stamp(value: object) -> object:
    """A time as storage writes every time (``2026-01-31 09:15:00.000000``-like); other values as they are."""
    return value.isoformat(" ") if isinstance(value, datetime) else value



def forget_kept(*, learner_ids: Collection[int], pack_id: str | None = None) -> None:
    for model in (KeptPackProgressRow, KeptSkillStateRow):
        query = model.delete().where(model.learner.in_(list(learner_ids)))
        if pack_id is not None:
            query = query.where(model.pack_id == pack_id)
        query.execute()



def marks(values: Collection) -> str:
    return ", ".join("?" * len(values))

