"""Mastery kept in storage per learner and pack, so a busy kiosk need not replay every answer.

The answers stay the record. What is kept for a learner in a pack (each skill's state as its
answers left it, and the pack's standing) is used only while it still matches: the learner's
answers in the pack end with the same answer and number the same, and the pack's mastery
rules are the ones it was worked out with (same pack version and install, same rules, same
``KEPT_VERSION`` of this code). Otherwise it is replayed from the answers and kept again.
An essay's mark and a learner merge change answers without adding one: storage forgets what
was kept for them in the same transaction.

A kept skill state is never "due for review": that depends on the day, and ``review.as_of``
decides it each time it is read.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from kiosk.core.errors import KnownError
from kiosk.core.mastery.credentials import SkillKey
from kiosk.core.mastery.models import MasteryModel, SkillState, SkillStatus, model_from_spec, not_started
from kiosk.core.mastery.progress import group_answers, pack_standing
from kiosk.core.mastery.review import as_of, replay_mastery, replay_skill
from kiosk.core.records import AnswerRecord, InstalledPackRecord, KeptPackProgress, KeptSkillState
from kiosk.core.storage import repo

log = logging.getLogger(__name__)

KEPT_VERSION = 1  # raise when the mastery rules' code changes what a replay gives
NTH_LAST = 10  # the report's "stuck" rule asks whether the 10th most recent answer is recent

Pair = tuple[int, str]  # (learner id, pack id)


@dataclass(frozen=True)
class PackRules:
    """A pack's mastery rules, as a kept standing records them (``rule``) and as a replay applies them."""

    pack: InstalledPackRecord
    rule: str

    @property
    def skill_ids(self) -> list[str]:
        return [skill["id"] for skill in self.pack.manifest.get("skills", [])]

    @cached_property
    def models(self) -> list[tuple[str, MasteryModel]]:
        """(skill id, model) for each skill; the ``all`` model's questions come from the quiz files
        when the manifest does not list them (read only here, when a replay first needs them)."""
        skills = self.pack.manifest.get("skills", [])
        questions: Mapping[SkillKey, Collection[str]] = {}
        if any((s.get("mastery") or {}).get("model") == "all" and not s.get("questions") for s in skills):
            questions = skill_questions(self.pack)
        return [
            (
                s["id"],
                model_from_spec(s.get("mastery"), question_ids=questions.get((self.pack.id, s["id"]), s.get("questions"))),
            )
            for s in skills
        ]


def pack_rules(pack: InstalledPackRecord) -> PackRules:
    """The rules of an installed pack, named by what they depend on (a new install may bring new quiz files)."""
    skills = [[s["id"], s.get("mastery"), s.get("questions")] for s in pack.manifest.get("skills", [])]
    described = json.dumps(
        [KEPT_VERSION, pack.version, pack.installed_at.isoformat(), skills], sort_keys=True, ensure_ascii=False
    )
    return PackRules(pack=pack, rule=hashlib.sha256(described.encode()).hexdigest()[:24])


def is_current(kept: KeptPackProgress | None, rules: PackRules, last_answer_id: int) -> bool:
    """Whether what is kept still holds: the same rules, and the learner's answers in the pack
    still end with the same answer."""
    return kept is not None and kept.rule == rules.rule and kept.last_answer_id == last_answer_id


def replay_pack(
    learner_id: int, rules: PackRules, answers: list[AnswerRecord], last_answer_id: int, *, skills: bool = True
) -> tuple[KeptPackProgress, list[KeptSkillState]]:
    """The standing of one learner in one pack, replayed from all their answers there
    (``last_answer_id`` is the last of them), and each skill's state, unless ``skills`` is
    False (the report needs only the standing, which skips the review schedule)."""
    groups = group_answers(answers)
    pack_id = rules.pack.id
    kept_skills: list[KeptSkillState] = []
    if skills:
        states = [(skill_id, replay_skill(model, groups.get((pack_id, skill_id), ()))) for skill_id, model in rules.models]
        runs = [(state.mastered_at if state.status == SkillStatus.MASTERED else None, state.progress) for _, state in states]
        kept_skills = [
            KeptSkillState(
                learner_id, pack_id, skill_id, state.status, state.progress, state.explanation, state.attempts,
                state.mastered_at, state.due_at, state.needs_review,
            )
            for skill_id, state in states
        ]
    else:
        runs = [replay_mastery(model, groups.get((pack_id, skill_id), ())) for skill_id, model in rules.models]
    progress, mastered = pack_standing((at is not None, value) for at, value in runs)
    times = sorted(answer.answered_at for answer in answers)
    standing = KeptPackProgress(
        learner_id=learner_id,
        pack_id=pack_id,
        rule=rules.rule,
        last_answer_id=last_answer_id,
        answers=len(answers),
        last_answered_at=times[-1],
        tenth_last_answered_at=times[-NTH_LAST] if len(times) >= NTH_LAST else None,
        skills=len(runs),
        mastered=mastered,
        progress=progress,
        latest_mastered_at=max((at for at, _ in runs if at is not None), default=None),
    )
    return standing, kept_skills


def replay_and_keep(
    stale: Mapping[int, Collection[str]],
    rules: Mapping[str, PackRules],
    last_ids: Mapping[Pair, int],
    *,
    skills: bool = True,
) -> dict[Pair, KeptPackProgress]:
    """Replay the stale pairs (learner id -> pack ids) from their answers, read at once, and keep
    the results (with each skill's state unless ``skills`` is False: then what was kept of the
    skills is forgotten, and the home screen replays them when it needs them).

    ``last_ids`` were read before the answers: an answer given in between makes the kept
    result stale again (its last answer is newer), never wrong.
    """
    packs = {pack_id for pack_ids in stale.values() for pack_id in pack_ids}
    read = repo.answers_by_pack(list(stale), pack_ids=packs)
    found: dict[Pair, KeptPackProgress] = {}
    kept_skills: list[KeptSkillState] = []
    for learner_id, pack_ids in stale.items():
        for pack_id in pack_ids:
            answers = read.get((learner_id, pack_id))
            if answers:  # (none when they moved away in a merge meanwhile)
                standing, states = replay_pack(
                    learner_id, rules[pack_id], answers, last_ids[learner_id, pack_id], skills=skills
                )
                found[learner_id, pack_id] = standing
                kept_skills.extend(states)
    if found:
        repo.keep_progress(found.values(), kept_skills)
    return found


def skill_states_of(
    learner_id: int, packs: list[InstalledPackRecord], *, now: datetime
) -> dict[SkillKey, SkillState]:
    """One learner's state on every skill of these packs, as of ``now``: kept where it still holds,
    replayed (and kept) where the learner answered since."""
    last_ids = repo.last_answer_ids(learner_id=learner_id, pack_ids=[pack.id for pack in packs])
    kept = repo.kept_pack_progress(learner_id=learner_id) if last_ids else {}
    rules = {pack.id: pack_rules(pack) for pack in packs}
    current: list[str] = []
    stale: list[str] = []
    for pack_id, last_id in last_ids.items():
        (current if is_current(kept.get((learner_id, pack_id)), rules[pack_id], last_id) else stale).append(pack_id)
    found: dict[SkillKey, KeptSkillState] = {}
    held: defaultdict[str, int] = defaultdict(int)
    for row in repo.kept_skill_states(learner_id=learner_id, pack_ids=current):
        found[row.pack_id, row.skill_id] = row
        held[row.pack_id] += 1
    stale += [pack_id for pack_id in current if held[pack_id] != kept[learner_id, pack_id].skills]
    if stale:
        replay_and_keep({learner_id: stale}, rules, {(learner_id, p): last_ids[p] for p in stale})
        for row in repo.kept_skill_states(learner_id=learner_id, pack_ids=stale):
            found[row.pack_id, row.skill_id] = row
    states: dict[SkillKey, SkillState] = {}
    for pack in packs:
        for skill_id in rules[pack.id].skill_ids:
            row = found.get((pack.id, skill_id))
            states[pack.id, skill_id] = not_started() if row is None else as_of(_state(row), now)
    return states


def _state(row: KeptSkillState) -> SkillState:
    return SkillState(
        SkillStatus(row.status),
        row.progress,
        row.explanation,
        row.attempts,
        mastered_at=row.mastered_at,
        due_at=row.due_at,
        needs_review=row.needs_review,
    )


def skill_questions(pack: InstalledPackRecord) -> dict[SkillKey, set[str]]:
    """Question ids per (pack id, skill id), from the tags in the pack's quiz files."""
    from kiosk.core.packs.reading import all_quizzes, quiz_questions

    found: defaultdict[SkillKey, set[str]] = defaultdict(set)
    for quiz in all_quizzes(pack):
        try:
            questions = quiz_questions(pack, quiz)
        except KnownError as exc:
            log.warning("quiz %s of %s unreadable: %s", quiz, pack.id, exc)
            continue
        for question in questions:
            if question.type == "description":
                continue
            for tag in question.tags:
                found[pack.id, tag].add(question.key)
    return dict(found)
