"""One learner's progress and awards, read from storage (the glue between the records and the rules).

Quiz attempts are stored under the quiz's path as the manifest lists it, so a
credential's ``final_quiz`` matches ``(pack id, attempt.quiz_id)`` directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.core.clock import utcnow
from kiosk.core.credentials.issuing import AwardMethod, award_credential
from kiosk.core.learners.profiles import LearnerSession
from kiosk.core.mastery.credentials import Achievements
from kiosk.core.mastery.kept import skill_states_of
from kiosk.core.mastery.next_step import NextStep, next_step, preferred_order
from kiosk.core.mastery.progress import HomeProgress, progress_from_states
from kiosk.core.records import InstalledPackRecord, IssuedCredentialRecord
from kiosk.core.storage import repo

if TYPE_CHECKING:
    from kiosk.core.quiz.engine import QuizResult, QuizRun


MAX_AWARD_ROUNDS = 50  # stacked credentials: more levels than any pack has


def _learner_id(session: LearnerSession) -> int:
    if not isinstance(session, LearnerSession):
        raise TypeError("a learner's progress is read only through a LearnerSession")
    return session.learner_id


def learner_progress(session: LearnerSession, *, now: datetime | None = None) -> HomeProgress:
    """The logged-in learner's progress over every installed pack."""
    return progress_of_learner(_learner_id(session), now=now)


def progress_of_learner(
    learner_id: int, *, now: datetime | None = None, assume_signed_off: bool = False
) -> HomeProgress:
    """One learner's progress, for the facilitator's console (learners reach theirs through a session).

    Skills' states are kept between answers (``kiosk.core.mastery.kept``), so this reads the
    learner's answers only in packs they answered in since. Sign-offs recorded by a facilitator
    count. ``assume_signed_off`` counts every sign-off as given, which shows the credentials
    waiting only for one.
    """
    packs = repo.list_installed_packs()
    return _progress(learner_id, packs, _best_scores(learner_id, packs), now=now, assume_signed_off=assume_signed_off)


def _best_scores(learner_id: int, packs: list[InstalledPackRecord]) -> dict[tuple[str, str], float]:
    installed = {pack.id for pack in packs}
    return {key: score for key, score in repo.best_quiz_scores(learner_id=learner_id).items() if key[0] in installed}


def _progress(
    learner_id: int,
    packs: list[InstalledPackRecord],
    best: dict[tuple[str, str], float],
    *,
    now: datetime | None,
    assume_signed_off: bool = False,
) -> HomeProgress:
    earned = {
        c.credential_id for c in repo.list_issued_credentials(learner_id=learner_id, include_revoked=False)
    }
    done = Achievements(earned, best, _signoffs(learner_id, packs, assume_signed_off))
    return progress_from_states([p.manifest for p in packs], skill_states_of(learner_id, packs, now=now or utcnow()), done)


@dataclass(frozen=True)
class LearnerHome:
    """Everything the learner's home shows: progress, the one next step, each pack's language."""

    progress: HomeProgress
    next_step: NextStep | None
    pack_languages: dict[str, str]
    news: tuple[str, ...] = ()  # what changed since the home last showed: a skill lost, a certificate revoked


def learner_home(
    session: LearnerSession, *, pack_in_use: str | None = None, language: str | None = None, now: datetime | None = None
) -> LearnerHome:
    """The learner's home, worked out in one go. ``pack_in_use``: the pack they opened last in
    this session (else the one they answered in last); ``language``: the app's, whose packs come
    next when looking for a step."""
    learner_id = _learner_id(session)
    packs = repo.list_installed_packs()
    best = _best_scores(learner_id, packs)
    progress = _progress(learner_id, packs, best, now=now)
    last = repo.last_answer_ids(learner_id=learner_id, pack_ids=[p.id for p in packs])
    in_use = ([pack_in_use] if pack_in_use else []) + sorted(last, key=last.get, reverse=True)
    manifests = [p.manifest for p in packs]
    step = next_step(
        manifests,
        progress.skill_states,
        progress.credentials,
        final_quiz_scores=best,
        order=preferred_order(manifests, in_use=in_use, language=language),
    )
    return LearnerHome(
        progress=progress,
        next_step=step,
        pack_languages={p.id: p.language for p in packs},
        news=_news(session, packs, progress),
    )


def _news(session: LearnerSession, packs: list[InstalledPackRecord], progress: HomeProgress) -> tuple[str, ...]:
    """What to tell the learner since their home last showed (and keep what it shows now)."""
    from kiosk.core.credentials.issuing import learner_certificates
    from kiosk.core.mastery.news import RevokedCertificate, Seen, news_since

    learner_id = _learner_id(session)
    skills = {
        f"{pack.id}/{skill['id']}": (skill.get("title", skill["id"]), pack.title)
        for pack in packs
        for skill in pack.manifest.get("skills", [])
    }
    mastered = [f"{pack_id}/{skill_id}" for (pack_id, skill_id), state in progress.skill_states.items() if state.is_mastered]
    revoked = [
        RevokedCertificate(c.id, c.title, c.revoked_at) for c in learner_certificates(session) if c.revoked_at is not None
    ]
    before = Seen.from_json(repo.get_home_seen(learner_id))
    news, now = news_since(before, mastered=mastered, skills=skills, revoked=revoked)
    if now != before:
        repo.set_home_seen(learner_id, now.as_json())
    return news


def _signoffs(learner_id: int, packs: list[InstalledPackRecord], assume_all: bool) -> set[str]:
    if not assume_all:
        return repo.list_signoffs(learner_id)
    from kiosk.core.credentials.definitions import definitions_in_manifest

    return {d.id for p in packs for d in definitions_in_manifest(p.manifest) if d.facilitator_signoff}


def award_earned_credentials(session: LearnerSession, *, now: datetime | None = None) -> list[IssuedCredentialRecord]:
    """Award every credential the learner has now met (not those needing a facilitator's sign-off).

    Repeats until nothing new is eligible, so a stacked credential met by this
    round's awards is awarded too. Returns the new awards, in award order.
    """
    learner_id = _learner_id(session)
    awarded: list[IssuedCredentialRecord] = []
    for _ in range(MAX_AWARD_ROUNDS):
        progress = learner_progress(session, now=now)
        eligible = [c for c in progress.eligible if not c.definition.facilitator_signoff]
        if not eligible:
            break
        for status in eligible:
            score = _final_quiz_percent(session, status.definition)
            awarded.append(
                award_credential(
                    learner_id=learner_id, definition=status.definition, method=AwardMethod.MASTERY, score=score, now=now
                )
            )
    return awarded


@dataclass(frozen=True)
class FinishedQuiz:
    """What finishing a quiz did: its result, and the credentials it earned (in award order)."""

    result: QuizResult
    awarded: tuple[IssuedCredentialRecord, ...]


def finish_quiz(run: QuizRun, *, now: datetime | None = None) -> FinishedQuiz:
    """Finish a learner's quiz and award every credential they have now met: one use case, run as
    one job after the last answer (the screens only show what it returns)."""
    result = run.finish()
    return FinishedQuiz(result=result, awarded=tuple(award_earned_credentials(run.session, now=now)))


def _final_quiz_percent(session: LearnerSession, definition) -> float | None:
    if definition.final_quiz is None:
        return None
    scores = [
        a.score
        for a in repo.list_quiz_attempts(learner_id=session.learner_id, pack_id=definition.pack_id)
        if a.quiz_id == definition.final_quiz and a.finished_at is not None and a.score is not None
    ]
    return round(max(scores) * 100, 1) if scores else None
