"""Essay answers waiting for a facilitator, and sign-offs waiting for one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.core.clock import utcnow
from kiosk.core.credentials.definitions import find_definition
from kiosk.core.credentials.issuing import AwardMethod, award_credential
from kiosk.core.errors import InvalidInput, KnownError, NotFound
from kiosk.core.mastery.credentials import CredentialProgress
from kiosk.core.mastery.learner import progress_of_learner
from kiosk.core.quiz.grading import ReviewStatus
from kiosk.core.records import InstalledPackRecord, IssuedCredentialRecord, QuizResponseRecord
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo


@dataclass(frozen=True)
class EssayToReview:
    response_id: int
    learner_name: str
    pack_title: str
    question: str
    answer: str
    answered_at: datetime


def _question_text(pack: InstalledPackRecord, quiz_id: str, question_id: str) -> str:
    from kiosk.core.packs.reading import quiz_questions

    try:
        for question in quiz_questions(pack, quiz_id):
            if question.key == question_id:
                return question.stem
    except KnownError:
        pass
    return question_id  # the pack changed or went: show the id rather than nothing


def essays_to_review() -> list[EssayToReview]:
    """Every essay answer waiting for a mark, oldest first, with its question."""
    packs = {p.id: p for p in repo.list_installed_packs()}
    names = {learner.id: learner.name for learner in repo.list_learners(include_archived=True)}
    found = []
    for response in repo.list_pending_essays():
        pack = packs.get(response.pack_id)
        attempt = repo.get_quiz_attempt_any(response.attempt_id)
        answer = response.response if isinstance(response.response, str) else str(response.response)
        found.append(
            EssayToReview(
                response_id=response.id,
                learner_name=names.get(response.learner_id, "?"),
                pack_title=pack.title if pack else response.pack_id,
                question=_question_text(pack, attempt.quiz_id, response.question_id) if pack else response.question_id,
                answer=answer,
                answered_at=response.answered_at,
            )
        )
    return found


def mark_essay(response_id: int, percent: int) -> QuizResponseRecord:
    """Give an essay answer a mark from 0 to 100 %."""
    if not 0 <= percent <= 100:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A mark is a percentage from 0 to 100.")))
    response = repo.get_quiz_response(response_id)
    if response.review_status != ReviewStatus.PENDING:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "This answer was already marked.")))
    return repo.review_essay(response_id=response_id, fraction=percent / 100)


@dataclass(frozen=True)
class PendingSignoff:
    learner_id: int
    learner_name: str
    credential_id: str
    title: str
    pack_title: str


def pending_signoffs(*, now: datetime | None = None) -> list[PendingSignoff]:
    """Credentials needing a facilitator's sign-off whose other requirements a learner has met.

    A sign-off stored without its award (a failed write) shows here again, so it can be retried.
    """
    found = []
    for learner in repo.list_learners():
        progress = progress_of_learner(learner.id, now=now, assume_signed_off=True)
        for status in progress.credentials:
            definition = status.definition
            if status.status == CredentialProgress.ELIGIBLE and definition.facilitator_signoff:
                found.append(
                    PendingSignoff(learner.id, learner.name, definition.id, definition.title, definition.pack_title)
                )
    return found


def confirm_signoff(learner_id: int, credential_id: str, *, now: datetime | None = None) -> IssuedCredentialRecord:
    """The facilitator confirms in person: the sign-off is stored and the credential awarded."""
    now = now or utcnow()
    pending = {(p.learner_id, p.credential_id) for p in pending_signoffs(now=now)}
    if (learner_id, credential_id) not in pending:
        raise NotFound(
            say(QT_TRANSLATE_NOOP("core", "This learner has not met the other requirements of that credential yet."))
        )
    definition = find_definition(credential_id)
    repo.insert_signoff(learner_id=learner_id, credential_id=credential_id, at=now)
    return award_credential(learner_id=learner_id, definition=definition, method=AwardMethod.FACILITATOR, now=now)
