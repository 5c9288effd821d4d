"""The one next step a learner can take now, in plain words, for the home screen.

A credential's list of what is missing ("Master: …; A facilitator must sign off …") is for the
facilitator. A learner needs one thing to do now, in the pack they are using: read a module's
lessons, take its quiz (again), review a skill that is due, pass the final quiz. A step that
waits on someone else (a facilitator's sign-off) comes only when nothing else is left in any
pack, and a pack the learner is not using comes after the ones they are.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kiosk.core.mastery.credentials import CredentialProgress, CredentialStatus, QuizKey, SkillKey
from kiosk.core.mastery.models import SkillState, SkillStatus, not_started
from kiosk.core.say import QT_TRANSLATE_NOOP, Said, say


class StepKind(enum.Enum):
    READ = "read"  # a module not started: read its lessons, then take its quiz
    QUIZ = "quiz"  # a module not started that has no lessons: take its quiz
    PRACTISE = "practise"  # a module's skill in progress: take its quiz again
    REVIEW = "review"  # a mastered skill is due for review: take its quiz again
    FINAL_QUIZ = "final_quiz"  # every skill mastered: pass the credential's final quiz
    SIGN_OFF = "sign_off"  # only a facilitator's sign-off is missing


@dataclass(frozen=True)
class NextStep:
    """What to do next: in which pack, which quiz (or module) and for which credential, and the
    words to say it (``words``, English for the CLI, translated by the app)."""

    kind: StepKind
    pack_id: str
    pack_title: str
    words: Said
    quiz: str | None = None  # the quiz's path in the pack, as the manifest lists it
    credential_id: str | None = None


def preferred_order(
    manifests: Sequence[Mapping], *, in_use: Sequence[str], language: str | None
) -> list[str]:
    """Pack ids in the order to look for a step: the packs in use (most recent first), then
    those in the learner's language, then the rest, each in the given order."""
    ids = [m["id"] for m in manifests]
    languages = {m["id"]: m.get("language", "") for m in manifests}
    first = [p for p in dict.fromkeys(in_use) if p in languages]
    mine = [p for p in ids if p not in first and language and languages[p].split("-")[0] == language]
    return first + mine + [p for p in ids if p not in first and p not in mine]


def next_step(
    manifests: Sequence[Mapping],
    skill_states: Mapping[SkillKey, SkillState],
    credentials: Sequence[CredentialStatus],
    *,
    final_quiz_scores: Mapping[QuizKey, float],
    order: Sequence[str],
) -> NextStep | None:
    """The step to suggest, looking at packs in ``order`` (``preferred_order``); None when the
    learner has done everything the installed packs offer. ``final_quiz_scores``: the best
    finished score per (pack id, quiz)."""
    from kiosk.core.packs.reading import quiz_titles

    by_id = {m["id"]: m for m in manifests}
    met = {c.id for c in credentials if c.status in (CredentialProgress.EARNED, CredentialProgress.ELIGIBLE)}
    waiting_for_signoff: NextStep | None = None
    for pack_id in order:
        manifest = by_id.get(pack_id)
        if manifest is None:
            continue
        step = _step_in_pack(manifest, skill_states, quiz_titles(manifest))
        if step is not None:
            return step
        for status in sorted(
            (c for c in credentials if c.pack_id == pack_id and c.status == CredentialProgress.IN_PROGRESS), key=lambda c: len(c.missing)
        ):
            definition = status.definition
            if any(required not in met for required in definition.requires_credentials):
                continue  # it waits on another credential: that one's pack has the step
            final = _final_quiz_step(manifest, status, skill_states, quiz_titles(manifest), final_quiz_scores)
            if final is not None:
                return final
            if definition.facilitator_signoff and waiting_for_signoff is None:
                waiting_for_signoff = NextStep(
                    StepKind.SIGN_OFF, pack_id, _title(manifest),
                    say(
                        QT_TRANSLATE_NOOP(
                            "core", "Next: ask the facilitator to watch you show what you learned in “%1”, to earn “%2”."
                        ),
                        _title(manifest), status.title,
                    ),
                    credential_id=status.id,
                )
    return waiting_for_signoff


def _title(manifest: Mapping) -> str:
    return manifest.get("title") or manifest["id"]


def _step_in_pack(manifest: Mapping, states: Mapping[SkillKey, SkillState], titles: Mapping[str, str]) -> NextStep | None:
    """A review that is due, else the first module (in reading order) with a skill not mastered."""
    pack_id, pack_title = manifest["id"], _title(manifest)
    skill_titles = {s["id"]: s.get("title", s["id"]) for s in manifest.get("skills", [])}
    modules = [m for m in manifest.get("modules", []) if m.get("quizzes") and m.get("skills")]

    def state(skill: str) -> SkillState:
        return states.get((pack_id, skill)) or not_started()

    for module in modules:
        due = next((s for s in module["skills"] if state(s).status == SkillStatus.DUE), None)
        if due is not None:
            quiz = module["quizzes"][0]
            words = say(
                QT_TRANSLATE_NOOP("core", "Time to review “%1”: in “%2”, take the quiz “%3” again."),
                skill_titles.get(due, due), pack_title, titles[quiz],
            )
            return NextStep(StepKind.REVIEW, pack_id, pack_title, words, quiz=quiz)
    for module in modules:
        todo = [s for s in module["skills"] if not state(s).is_mastered]
        if not todo:
            continue
        quiz = module["quizzes"][0]
        if all(state(s).status == SkillStatus.NOT_STARTED for s in todo):
            if module.get("lessons"):
                words = say(
                    QT_TRANSLATE_NOOP("core", "Next: in “%1”, read the lessons “%2”, then take the quiz."),
                    pack_title, module.get("title", module["id"]),
                )
                return NextStep(StepKind.READ, pack_id, pack_title, words, quiz=quiz)
            words = say(QT_TRANSLATE_NOOP("core", "Next: in “%1”, take the quiz “%2”."), pack_title, titles[quiz])
            return NextStep(StepKind.QUIZ, pack_id, pack_title, words, quiz=quiz)
        skill = next(s for s in todo if state(s).status != SkillStatus.NOT_STARTED)
        words = say(
            QT_TRANSLATE_NOOP("core", "Next: in “%1”, take the quiz “%2” again, to master “%3”."),
            pack_title, titles[quiz], skill_titles.get(skill, skill),
        )
        return NextStep(StepKind.PRACTISE, pack_id, pack_title, words, quiz=quiz)
    return None


def _final_quiz_step(
    manifest: Mapping,
    status: CredentialStatus,
    states: Mapping[SkillKey, SkillState],
    titles: Mapping[str, str],
    scores: Mapping[QuizKey, float],
) -> NextStep | None:
    """Pass the final quiz, when the credential's skills are mastered and only the quiz is left to the learner."""
    definition = status.definition
    quiz = definition.final_quiz
    if quiz is None or quiz not in titles:
        return None
    if not all((states.get((definition.pack_id, s.id)) or not_started()).is_mastered for s in definition.skills):
        return None
    pass_mark = definition.pass_mark if definition.pass_mark is not None else 1.0
    best = scores.get((definition.pack_id, quiz))
    if best is not None and best >= pass_mark:
        return None  # passed already
    words = say(
        QT_TRANSLATE_NOOP("core", "Next: in “%1”, pass the quiz “%2” (%3 or more) to earn “%4”."),
        _title(manifest), titles[quiz], f"{round(pass_mark * 100)}%", status.title,
    )
    return NextStep(StepKind.FINAL_QUIZ, definition.pack_id, _title(manifest), words, quiz=quiz, credential_id=status.id)
