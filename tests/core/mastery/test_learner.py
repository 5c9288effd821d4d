from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.core.credentials.issuing import revoke
from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.mastery.credentials import CredentialProgress
from kiosk.core.mastery.learner import award_earned_credentials, learner_progress
from kiosk.core.mastery.models import SkillStatus
from kiosk.core.packs.library import import_pack
from kiosk.core.packs.reading import pack_quiz_run
from kiosk.core.storage import repo
from tests.journey_packs import JOURNEY_CREDENTIAL, JOURNEY_ID, build_journey_pack

NOW = datetime(2026, 5, 1, 12, 0)


@pytest.fixture
def session(database, tmp_path):
    import_pack(build_journey_pack(tmp_path))
    learner = create_learner("Amina")
    return log_in(learner.id)


def take_quiz(session, *, right: bool):
    run = pack_quiz_run(session, pack_id=JOURNEY_ID, quiz="quizzes/01-check.gift")
    while run.current is not None:
        question = run.current.question
        answer = question.answer if right else not question.answer
        run.submit(answer)
        run.advance()
    return run.finish()


def test_nothing_answered_means_nothing_started(session):
    progress = learner_progress(session, now=NOW)
    (pack,) = progress.packs
    assert pack.pack_id == JOURNEY_ID
    assert [s.state.status for s in pack.skills] == [SkillStatus.NOT_STARTED, SkillStatus.NOT_STARTED]
    assert progress.next_credential.id == JOURNEY_CREDENTIAL
    assert award_earned_credentials(session, now=NOW) == []


def test_right_answers_master_skills_and_final_quiz_key_matches(session):
    result = take_quiz(session, right=True)
    assert result.score == 1.0
    progress = learner_progress(session)
    (pack,) = progress.packs
    assert all(s.state.status == SkillStatus.MASTERED for s in pack.skills)
    (status,) = progress.credentials
    assert status.status == CredentialProgress.ELIGIBLE, status.missing


def test_a_failed_final_quiz_is_missing(session):
    take_quiz(session, right=False)
    (status,) = learner_progress(session).credentials
    assert status.status == CredentialProgress.IN_PROGRESS
    assert any("final quiz" in m for m in status.missing)
    assert award_earned_credentials(session) == []


def test_award_once_then_earned(session):
    take_quiz(session, right=True)
    awarded = award_earned_credentials(session)
    assert [a.credential_id for a in awarded] == [JOURNEY_CREDENTIAL]
    assert awarded[0].method == "mastery" and awarded[0].score == 100.0
    assert award_earned_credentials(session) == []  # no second award
    (status,) = learner_progress(session).credentials
    assert status.status == CredentialProgress.EARNED
    assert len(repo.list_issued_credentials(learner_id=session.learner_id)) == 1


def test_revoked_credential_is_no_longer_earned(session):
    take_quiz(session, right=True)
    (issued,) = award_earned_credentials(session)
    revoke(issued.id, "test")
    (status,) = learner_progress(session).credentials
    assert status.status == CredentialProgress.ELIGIBLE


def test_progress_is_per_learner(session):
    take_quiz(session, right=True)
    other = log_in(create_learner("Bola").id)
    (pack,) = learner_progress(other).packs
    assert pack.mastered_count == 0
    assert award_earned_credentials(other) == []


def test_stacked_credentials_are_awarded_in_one_call(session, monkeypatch):
    original = repo.list_installed_packs

    def with_stacked():
        packs = original()
        out = []
        for pack in packs:
            manifest = dict(pack.manifest)
            manifest["credentials"] = list(manifest["credentials"]) + [
                {
                    "id": "journey-next",
                    "title": "Next level",
                    "requires_skills": ["mouse"],
                    "requires_credentials": [JOURNEY_CREDENTIAL],
                },
                {
                    "id": "journey-signed",
                    "title": "Signed off",
                    "requires_skills": [],
                    "facilitator_signoff": True,
                },
            ]
            out.append(type(pack)(**{**pack.__dict__, "manifest": manifest}))
        return out

    monkeypatch.setattr(repo, "list_installed_packs", with_stacked)
    take_quiz(session, right=True)
    awarded = award_earned_credentials(session, now=NOW + timedelta(days=1))
    assert {a.credential_id for a in awarded} == {JOURNEY_CREDENTIAL, f"{JOURNEY_ID}/journey-next"}


def test_skill_questions_come_from_quiz_tags(session):
    from kiosk.core.mastery.kept import skill_questions

    found = skill_questions(repo.get_installed_pack(JOURNEY_ID))
    assert found == {(JOURNEY_ID, "mouse"): {"j-1", "j-2"}, (JOURNEY_ID, "keys"): {"j-3", "j-4"}}


def test_finishing_a_quiz_awards_what_it_earned_in_the_same_call(session):
    """One use case, one job: the quiz's result and the credentials it earned (issue #16)."""
    from kiosk.core.mastery.learner import finish_quiz

    run = pack_quiz_run(session, pack_id=JOURNEY_ID, quiz="quizzes/01-check.gift")
    while run.current is not None:
        run.submit(run.current.question.answer)
        run.advance()
    finished = finish_quiz(run)
    assert finished.result.score == 1.0
    assert [issued.credential_id for issued in finished.awarded] == [JOURNEY_CREDENTIAL]
    assert finish_quiz(run).awarded == ()  # finishing again awards nothing twice


def test_the_home_suggests_a_step_in_the_pack_used_last(session, tmp_path):
    from kiosk.core.mastery.learner import learner_home
    from kiosk.core.mastery.next_step import StepKind
    from tests.facilitator_packs import FACILITATOR_PACK_ID, build_facilitator_pack

    import_pack(build_facilitator_pack(tmp_path))  # "Facilitated test pack" comes first by title
    assert learner_home(session, language="en").next_step.pack_id == FACILITATOR_PACK_ID
    run = pack_quiz_run(session, pack_id=JOURNEY_ID, quiz="quizzes/01-check.gift")
    run.submit(not run.current.question.answer)  # one wrong answer in the journey pack
    home = learner_home(session, language="en")
    assert (home.next_step.pack_id, home.next_step.kind) == (JOURNEY_ID, StepKind.PRACTISE)
    assert learner_home(session, pack_in_use=FACILITATOR_PACK_ID).next_step.pack_id == FACILITATOR_PACK_ID
    assert home.pack_languages == {JOURNEY_ID: "en", FACILITATOR_PACK_ID: "en"}
