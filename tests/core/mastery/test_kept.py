"""Kept mastery: what the home screen reads between answers is always what a full replay of the answers gives."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.core.clock import utcnow
from kiosk.core.facilitator.review import essays_to_review, mark_essay
from kiosk.core.learners.admin import merge_learners
from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.mastery.credentials import Achievements
from kiosk.core.mastery.kept import skill_questions
from kiosk.core.mastery.learner import learner_progress, progress_of_learner
from kiosk.core.mastery.models import SkillStatus
from kiosk.core.mastery.progress import compute_home_progress
from kiosk.core.packs.library import import_pack
from kiosk.core.storage import repo
from kiosk.core.storage.models import KeptPackProgress, KeptSkillState
from tests.facilitator_packs import FACILITATOR_PACK_ID, build_facilitator_pack, take_quiz


@pytest.fixture
def pack_file(database, tmp_path):
    path = build_facilitator_pack(tmp_path)
    import_pack(path)
    return path


def replayed(learner_id: int, now):
    """The progress a full replay of every answer gives (no kept state involved)."""
    packs = repo.list_installed_packs()
    questions = {}
    for pack in packs:
        questions.update(skill_questions(pack))
    return compute_home_progress(
        [p.manifest for p in packs],
        repo.list_answers(learner_id=learner_id),
        Achievements(),
        now=now,
        skill_questions=questions,
    ).skill_states


def kept_explanations(learner_id: int) -> set[str]:
    return {row.explanation for row in KeptSkillState.select().where(KeptSkillState.learner == learner_id)}


def test_kept_states_match_a_full_replay_after_every_kind_of_change(pack_file):
    amina = log_in(create_learner("Amina").id)
    now = utcnow()
    assert learner_progress(amina, now=now).skill_states == replayed(amina.learner_id, now)
    take_quiz(amina, right=False, essay="I do not know.")
    assert learner_progress(amina, now=now).skill_states == replayed(amina.learner_id, now)
    take_quiz(amina, right=True, essay="I press the power button.")
    assert learner_progress(amina, now=now).skill_states == replayed(amina.learner_id, now)
    for essay in essays_to_review():
        mark_essay(essay.response_id, 100)
    assert learner_progress(amina, now=now).skill_states == replayed(amina.learner_id, now)
    later = now + timedelta(days=400)  # every refresher is due by then
    states = learner_progress(amina, now=later).skill_states
    assert states == replayed(amina.learner_id, later)
    assert {s.status for s in states.values()} == {SkillStatus.DUE}


def test_what_is_kept_is_read_until_the_learner_answers_again(pack_file):
    amina = log_in(create_learner("Amina").id)
    take_quiz(amina, right=True)
    learner_progress(amina)
    assert KeptPackProgress.select().where(KeptPackProgress.learner == amina.learner_id).count() == 1
    KeptSkillState.update(explanation="as kept").where(KeptSkillState.learner == amina.learner_id).execute()
    states = learner_progress(amina).skill_states
    assert {s.explanation for s in states.values()} == {"as kept"}  # read, not replayed
    take_quiz(amina, right=True)
    now = utcnow()
    states = learner_progress(amina, now=now).skill_states
    assert "as kept" not in {s.explanation for s in states.values()}
    assert states == replayed(amina.learner_id, now) and {s.status for s in states.values()} == {SkillStatus.MASTERED}


def test_an_essay_mark_and_a_merge_forget_what_was_kept(pack_file):
    amina = log_in(create_learner("Amina").id)
    take_quiz(amina, right=True, essay="Press the button.")
    learner_progress(amina)
    KeptSkillState.update(explanation="as kept").where(KeptSkillState.learner == amina.learner_id).execute()
    (essay,) = essays_to_review()
    mark_essay(essay.response_id, 50)
    assert "as kept" not in kept_explanations(amina.learner_id)
    now = utcnow()
    assert learner_progress(amina, now=now).skill_states == replayed(amina.learner_id, now)

    other = log_in(create_learner("Amina D").id)
    take_quiz(other, right=False)
    progress_of_learner(other.learner_id)
    KeptSkillState.update(explanation="as kept").execute()
    merge_learners(amina.learner_id, other.learner_id)
    assert KeptSkillState.select().count() == 0 and KeptPackProgress.select().count() == 0
    assert learner_progress(amina, now=now).skill_states == replayed(amina.learner_id, now)


def test_a_new_install_of_the_pack_replays_what_was_kept(pack_file):
    amina = log_in(create_learner("Amina").id)
    take_quiz(amina, right=True)
    learner_progress(amina)
    KeptSkillState.update(explanation="as kept").execute()
    import_pack(pack_file, force=True)  # the same version again: its quiz files may differ
    states = learner_progress(amina).skill_states
    assert "as kept" not in {s.explanation for s in states.values()}
    assert (FACILITATOR_PACK_ID, "mouse") in states


def test_after_the_report_kept_standings_only_the_home_screen_still_matches_a_replay(pack_file):
    from kiosk.core.facilitator.report import ReportSort, ReportView, report_page

    amina = log_in(create_learner("Amina").id)
    take_quiz(amina, right=True)
    report_page(ReportView(sort=ReportSort.PROGRESS))  # keeps the pack's standing, not its skills
    assert KeptPackProgress.select().count() == 1 and KeptSkillState.select().count() == 0
    now = utcnow()
    assert learner_progress(amina, now=now).skill_states == replayed(amina.learner_id, now)
    assert KeptSkillState.select().count() == 2
