"""The home screen's progress, from manifests and answers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.core.errors import InvalidInput
from kiosk.core.mastery.credentials import Achievements
from kiosk.core.mastery.models import AnswerRecord, SkillStatus
from kiosk.core.mastery.progress import compute_home_progress, group_answers

from .helpers import START, answers

BASICS = {
    "id": "kiosk.sample.digital-basics",
    "title": "Digital skills basics",
    "skills": [
        {"id": "devices", "title": "Use a mouse and keyboard"},
        {"id": "safety", "title": "Staying safe online", "mastery": {"model": "streak", "n": 2}},
        {"id": "files", "title": "Save and find files", "mastery": {"model": "all"}, "questions": ["f1", "f2"]},
        {"id": "phone", "title": "Phone services"},
    ],
    "credentials": [
        {"id": "safe", "title": "Safe Online", "requires_skills": ["safety"]},
        {"id": "digital-basics", "title": "Digital Skills Basics", "requires_skills": ["devices", "safety", "files"]},
    ],
}
JOBS = {
    "id": "kiosk.sample.jobs",
    "title": "Finding work",
    "skills": [{"id": "cv", "title": "Write a CV"}],
    "credentials": [
        {
            "id": "job-ready",
            "title": "Job Ready",
            "requires_skills": ["cv"],
            "requires_credentials": ["kiosk.sample.digital-basics/digital-basics"],
        }
    ],
}
PACK = BASICS["id"]


def learner_answers() -> list[AnswerRecord]:
    return (
        answers("RRRR", skill="devices", pack=PACK)  # mastered 09:03, refresher 3 May 09:03
        + answers("RR", skill="safety", pack=PACK, start=START + timedelta(hours=1))  # streak of 2: mastered
        + answers(["R", "W"], skill="files", pack=PACK, questions=["f1", "f2"], start=START + timedelta(hours=2))
        + [AnswerRecord(PACK, "quizzes/04.gift", "e1", ("phone",), None, START)]  # essay not reviewed yet
        + answers("RRR", skill="cv", pack="kiosk.sample.jobs")  # 3 of 3: not yet 4
        + answers("RRRRR", skill="devices", pack="kiosk.sample.not-installed")
    )


def home(now=START + timedelta(days=1), earned=(), skill_questions=None, given=None):
    return compute_home_progress(
        [BASICS, JOBS],
        learner_answers() if given is None else given,
        Achievements(set(earned), {}, set()),
        now=now,
        skill_questions=skill_questions,
    )


def test_each_pack_shows_its_skills_progress_and_credentials():
    progress = home()
    basics, jobs = progress.packs
    assert (basics.pack_id, basics.title, jobs.title) == (PACK, "Digital skills basics", "Finding work")
    states = {s.skill_id: s.state for s in basics.skills}
    assert {k: v.status for k, v in states.items()} == {
        "devices": SkillStatus.MASTERED,
        "safety": SkillStatus.MASTERED,
        "files": SkillStatus.IN_PROGRESS,
        "phone": SkillStatus.NOT_STARTED,
    }
    assert states["files"].progress == 0.5
    # (1 + 1 + 0.5 + 0) / 4
    assert basics.progress == pytest.approx(0.625)
    assert basics.mastered_count == 2
    assert [c.title for c in basics.eligible] == ["Safe Online"]
    assert basics.earned == ()
    assert basics.next_credential.title == "Digital Skills Basics"
    assert basics.next_credential.missing == ("Master: Save and find files",)
    # cv: 3 of 3 right, needs 4 of 5 -> 0.75
    assert jobs.progress == pytest.approx(0.75)
    assert jobs.next_credential.missing == ("Master: Write a CV", "Earn: Digital Skills Basics first")
    assert [c.title for c in progress.eligible] == ["Safe Online"]
    assert progress.next_credential.title == "Digital Skills Basics"
    assert progress.skill_states[(PACK, "devices")].status == SkillStatus.MASTERED


def test_earned_credentials_and_due_reviews_show():
    progress = home(now=START + timedelta(days=3), earned={"kiosk.sample.digital-basics/safe"})
    basics = progress.packs[0]
    assert [c.title for c in basics.earned] == ["Safe Online"]
    assert basics.eligible == ()
    devices = next(s for s in basics.skills if s.skill_id == "devices")
    assert devices.state.status == SkillStatus.DUE
    assert devices.state.label == "due for review"
    assert basics.progress == pytest.approx(0.625)  # a due skill is still mastered


def test_question_lists_can_come_from_the_caller():
    later = START + timedelta(hours=3)
    given = learner_answers() + answers("R", skill="files", pack=PACK, questions=["f3"], start=later)
    files = home(given=given).skill_states[(PACK, "files")]
    assert files.status == SkillStatus.IN_PROGRESS
    # The caller's list wins over the manifest's: f1 and f3 right.
    files = home(given=given, skill_questions={(PACK, "files"): ["f1", "f3"]}).skill_states[(PACK, "files")]
    assert files.status == SkillStatus.MASTERED


def test_an_answer_tagged_with_two_skills_counts_for_both():
    both = AnswerRecord(PACK, "q", "x", ("devices", "safety"), 1.0, START)
    skipped = AnswerRecord(PACK, "q", "y", ("devices",), None, START)
    groups = group_answers([both, skipped])
    assert groups == {(PACK, "devices"): [both], (PACK, "safety"): [both]}


def test_an_invalid_mastery_rule_in_a_manifest_is_reported():
    broken = {**BASICS, "skills": [{"id": "devices", "title": "D", "mastery": {"model": "elo"}}]}
    with pytest.raises(InvalidInput, match="Unknown mastery model 'elo'"):
        compute_home_progress([broken], [], Achievements(), now=START)


def test_a_pack_without_skills_has_no_progress():
    empty = {"id": "p.empty", "title": "Empty", "skills": [], "credentials": []}
    progress = compute_home_progress([empty], [], Achievements(), now=START)
    assert (progress.packs[0].progress, progress.packs[0].skills, progress.next_credential) == (0.0, (), None)
