"""The progress a learner sees on the home screen, computed from plain values.

Every state is a pure function of the answers, so it can always be recomputed: the app keeps
each skill's state between answers (``kiosk.core.mastery.kept``) and replays the answers
whenever they, or the pack's rules, changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.core.credentials.definitions import definitions_in_manifest
from kiosk.core.mastery.credentials import (
    Achievements,
    CredentialProgress,
    CredentialStatus,
    SkillKey,
    evaluate_credentials,
    next_within_reach,
)
from kiosk.core.mastery.models import AnswerRecord, SkillState, model_from_spec
from kiosk.core.mastery.review import assess_skill


@dataclass(frozen=True)
class SkillProgress:
    pack_id: str
    skill_id: str
    title: str
    state: SkillState


@dataclass(frozen=True)
class PackProgress:
    """One pack: ``progress`` is the mean of its skills' progress (a mastered skill counts 1)."""

    pack_id: str
    title: str
    progress: float
    mastered_count: int
    skills: tuple[SkillProgress, ...]
    credentials: tuple[CredentialStatus, ...]
    earned: tuple[CredentialStatus, ...]
    eligible: tuple[CredentialStatus, ...]
    next_credential: CredentialStatus | None


@dataclass(frozen=True)
class HomeProgress:
    packs: tuple[PackProgress, ...]
    credentials: tuple[CredentialStatus, ...]  # every credential of every pack
    next_credential: CredentialStatus | None  # the one within reach over all packs
    skill_states: Mapping[SkillKey, SkillState] = field(default_factory=dict)

    @property
    def eligible(self) -> tuple[CredentialStatus, ...]:
        """Credentials met now and not yet awarded: the app awards these."""
        return tuple(c for c in self.credentials if c.status == CredentialProgress.ELIGIBLE)


def group_answers(answers: Iterable[AnswerRecord]) -> dict[SkillKey, list[AnswerRecord]]:
    """Graded answers by (pack id, skill id); an answer tagged with two skills counts for both."""
    groups: defaultdict[SkillKey, list[AnswerRecord]] = defaultdict(list)
    for answer in answers:
        if answer.fraction is not None:
            pack_id = answer.pack_id
            for skill in answer.skills:
                groups[pack_id, skill].append(answer)
    return dict(groups)


def pack_standing(skills: Iterable[tuple[bool, float]]) -> tuple[float, int]:
    """(progress 0..1, skills mastered) of a pack from its skills' (mastered?, progress): the mean
    of their progress, a mastered skill counting 1 (a pack without skills: 0)."""
    total, count, mastered = 0.0, 0, 0
    for is_mastered, progress in skills:
        count += 1
        if is_mastered:
            total += 1.0
            mastered += 1
        else:
            total += progress
    return (min(1.0, max(0.0, total / count)) if count else 0.0), mastered


def compute_home_progress(
    manifests: Sequence[Mapping],
    answers: Iterable[AnswerRecord],
    done: Achievements,
    *,
    now: datetime,
    skill_questions: Mapping[SkillKey, Collection[str]] | None = None,
) -> HomeProgress:
    """Every installed pack's progress for one learner.

    ``manifests``: installed manifests (``id``, ``title``, ``skills``, ``credentials``).
    ``answers``: the learner's answers. ``done``: what else credentials ask for. ``now``: naive UTC.
    ``skill_questions``: question ids per (pack id, skill id), needed by the ``all``
    model (a skill's ``questions`` list in the manifest is used when given there).
    Raises InvalidInput if a manifest holds an invalid mastery rule.
    """
    groups = group_answers(answers)
    questions = skill_questions or {}
    skill_states: dict[SkillKey, SkillState] = {}
    for manifest in manifests:
        pack_id = manifest["id"]
        for skill in manifest.get("skills", []):
            key = (pack_id, skill["id"])
            model = model_from_spec(skill.get("mastery"), question_ids=questions.get(key, skill.get("questions")))
            skill_states[key] = assess_skill(model, groups.get(key, ()), now=now)
    return progress_from_states(manifests, skill_states, done)


def progress_from_states(
    manifests: Sequence[Mapping],
    skill_states: Mapping[SkillKey, SkillState],
    done: Achievements,
) -> HomeProgress:
    """Every installed pack's progress for one learner, from each skill's state (as of the day).

    ``skill_states`` holds a state for every skill of every manifest (``compute_home_progress``
    replays them from the answers; ``kiosk.core.mastery.kept`` keeps them between answers).
    """
    titles: dict[str, list[tuple[str, str]]] = {}
    definitions = []
    for manifest in manifests:
        pack_id = manifest["id"]
        titles[pack_id] = [(skill["id"], skill.get("title", skill["id"])) for skill in manifest.get("skills", [])]
        definitions.extend(definitions_in_manifest(dict(manifest)))

    statuses = evaluate_credentials(definitions, skill_states, done)
    packs = []
    for manifest in manifests:
        pack_id = manifest["id"]
        skills = tuple(
            SkillProgress(pack_id, skill_id, title, skill_states[(pack_id, skill_id)])
            for skill_id, title in titles[pack_id]
        )
        own = tuple(s for s in statuses if s.pack_id == pack_id)
        progress, mastered = pack_standing((s.state.is_mastered, s.state.progress) for s in skills)
        packs.append(
            PackProgress(
                pack_id=pack_id,
                title=manifest.get("title", pack_id),
                progress=progress,
                mastered_count=mastered,
                skills=skills,
                credentials=own,
                earned=tuple(s for s in own if s.status == CredentialProgress.EARNED),
                eligible=tuple(s for s in own if s.status == CredentialProgress.ELIGIBLE),
                next_credential=next_within_reach(own),
            )
        )
    return HomeProgress(
        packs=tuple(packs),
        credentials=tuple(statuses),
        next_credential=next_within_reach(statuses),
        skill_states=dict(skill_states),
    )
