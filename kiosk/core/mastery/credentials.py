"""Which credentials a learner has earned, could be awarded now, or is working towards.

A credential's requirements: every listed skill mastered (a skill due for
review still counts), the final quiz passed if there is one (the best score of
a finished attempt >= pass_mark), a facilitator's sign-off if required, and
every credential it stacks on (``requires_credentials``, global ids, also from
other packs) either already earned or met now. Credentials are resolved in
dependency order; a loop of requirements is refused.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kiosk.core.credentials.definitions import CredentialDefinition
from kiosk.core.errors import KnownError
from kiosk.core.mastery.models import SkillState
from kiosk.core.say import QT_TRANSLATE_NOOP, say



class CredentialProgress(enum.StrEnum):
    """How far a learner is from a credential; written out as its value."""

    EARNED = "earned"
    ELIGIBLE = "eligible"  # every requirement met now, not yet awarded
    IN_PROGRESS = "in_progress"


SkillKey = tuple[str, str]  # (pack id, skill id)
QuizKey = tuple[str, str]  # (pack id, final quiz as the manifest names it)


@dataclass(frozen=True)
class CredentialStatus:
    """One credential as a learner sees it.

    ``missing`` lists what is left, in plain words, in the order skills,
    final quiz, sign-off, other credentials. ``progress`` (0..1) is the mean
    progress over the requirements (a skill's own progress value counts).
    """

    id: str
    pack_id: str
    title: str
    status: CredentialProgress
    missing: tuple[str, ...]
    progress: float
    definition: CredentialDefinition

    @property
    def is_met(self) -> bool:
        return self.status in (CredentialProgress.EARNED, CredentialProgress.ELIGIBLE)


def dependency_order(definitions: Iterable[CredentialDefinition]) -> list[CredentialDefinition]:
    """Definitions ordered so that every credential comes after those it requires.

    Requirements that name no known definition are left for the caller.
    Raises KnownError for a loop.
    """
    by_id = {d.id: d for d in definitions}
    ordered: list[CredentialDefinition] = []
    state: dict[str, int] = {}  # 1: being visited, 2: done

    def visit(cred_id: str, path: list[str]) -> None:
        mark = state.get(cred_id)
        if mark == 2:
            return
        if mark == 1:
            loop = path[path.index(cred_id):] + [cred_id]
            titles = " → ".join(by_id[c].title for c in loop)
            raise KnownError(say(QT_TRANSLATE_NOOP("core", "These credentials require each other in a loop, so none can be earned: %1."), titles))
        state[cred_id] = 1
        path.append(cred_id)
        for required in by_id[cred_id].requires_credentials:
            if required in by_id:
                visit(required, path)
        path.pop()
        state[cred_id] = 2
        ordered.append(by_id[cred_id])

    for cred_id in by_id:
        visit(cred_id, [])
    return ordered


def _percent(mark: float) -> str:
    return f"{round(mark * 100)}%"


@dataclass(frozen=True)
class Achievements:
    """What a learner has done that credentials ask for, besides mastering skills."""

    earned_ids: Collection[str] = frozenset()  # global ids of the credentials already awarded
    final_quiz_scores: Mapping[QuizKey, float] = field(default_factory=dict)  # best finished score (0..1)
    signoffs: Collection[str] = frozenset()  # global ids of the credentials a facilitator signed off


def evaluate_credentials(
    definitions: Sequence[CredentialDefinition],
    skill_states: Mapping[SkillKey, SkillState],
    done: Achievements,
) -> list[CredentialStatus]:
    """The status of every credential, in the order of ``definitions``.

    ``skill_states`` by (pack id, skill id); a skill absent there is not started.
    """
    earned_ids, final_quiz_scores, signoffs = done.earned_ids, done.final_quiz_scores, done.signoffs
    results: dict[str, CredentialStatus] = {}
    for definition in dependency_order(definitions):
        missing: list[str] = []
        parts: list[float] = []
        for skill in definition.skills:
            state = skill_states.get((definition.pack_id, skill.id))
            if state is not None and state.is_mastered:
                parts.append(1.0)
            else:
                parts.append(state.progress if state is not None else 0.0)
                missing.append(say(QT_TRANSLATE_NOOP("core", "Master: %1"), skill.title))
        if definition.final_quiz is not None:
            pass_mark = definition.pass_mark if definition.pass_mark is not None else 1.0
            best = final_quiz_scores.get((definition.pack_id, definition.final_quiz))
            if best is not None and best >= pass_mark:
                parts.append(1.0)
            else:
                if best is None:
                    needed = say(QT_TRANSLATE_NOOP("core", "Pass the final quiz (%1)"), _percent(pass_mark))
                else:
                    needed = say(
                        QT_TRANSLATE_NOOP("core", "Pass the final quiz (%1); your best so far is %2"),
                        _percent(pass_mark),
                        _percent(best),
                    )
                parts.append(min(1.0, best / pass_mark) if best is not None and pass_mark > 0 else 0.0)
                missing.append(needed)
        if definition.facilitator_signoff:
            if definition.id in signoffs:
                parts.append(1.0)
            else:
                parts.append(0.0)
                missing.append(say(QT_TRANSLATE_NOOP("core", "A facilitator must sign off a practical demonstration")))
        for required in definition.requires_credentials:
            if required in earned_ids:
                parts.append(1.0)
                continue
            known = results.get(required)
            if known is not None and known.is_met:
                parts.append(1.0)
                continue
            parts.append(known.progress if known is not None else 0.0)
            if known is not None:
                missing.append(say(QT_TRANSLATE_NOOP("core", "Earn: %1 first"), known.title))
            else:
                missing.append(say(QT_TRANSLATE_NOOP("core", "Earn: %1 first (its pack is not installed)"), required))
        if definition.id in earned_ids:
            status, missing = CredentialProgress.EARNED, []
        else:
            status = CredentialProgress.ELIGIBLE if not missing else CredentialProgress.IN_PROGRESS
        progress = 1.0 if status != CredentialProgress.IN_PROGRESS else (sum(parts) / len(parts) if parts else 0.0)
        results[definition.id] = CredentialStatus(
            id=definition.id,
            pack_id=definition.pack_id,
            title=definition.title,
            status=status,
            missing=tuple(missing),
            progress=min(1.0, max(0.0, progress)),
            definition=definition,
        )
    return [results[d.id] for d in definitions]


def next_within_reach(statuses: Iterable[CredentialStatus]) -> CredentialStatus | None:
    """The in-progress credential to work on next.

    One the learner can work on now (every credential it stacks on is earned or met) comes
    before one that waits on others; then the fewest missing items, most progress, title.
    """
    statuses = list(statuses)
    met = {s.id for s in statuses if s.status in (CredentialProgress.EARNED, CredentialProgress.ELIGIBLE)}
    candidates = [s for s in statuses if s.status == CredentialProgress.IN_PROGRESS]
    if not candidates:
        return None

    def waits_on_others(status: CredentialStatus) -> bool:
        return any(required not in met for required in status.definition.requires_credentials)

    return min(candidates, key=lambda s: (waits_on_others(s), len(s.missing), -s.progress, s.title, s.id))
