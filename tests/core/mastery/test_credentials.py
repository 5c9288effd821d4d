"""Credential requirements, stacking across packs, loops refused, the next one within reach."""

from __future__ import annotations

import pytest

from kiosk.core.credentials.definitions import definitions_in_manifest
from kiosk.core.errors import KnownError
from kiosk.core.mastery.credentials import (
    Achievements,
    CredentialProgress,
    dependency_order,
    evaluate_credentials,
    next_within_reach,
)
from kiosk.core.mastery.models import SkillState, SkillStatus

BASICS = {
    "id": "kiosk.sample.digital-basics",
    "title": "Digital skills basics",
    "skills": [
        {"id": "devices", "title": "Use a mouse and keyboard"},
        {"id": "safety", "title": "Staying safe online"},
    ],
    "credentials": [
        {"id": "digital-basics", "title": "Digital Skills Basics", "requires_skills": ["devices", "safety"]},
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
            "final_quiz": {"quiz": "quizzes/09-final.gift", "pass_mark": 0.8},
            "facilitator_signoff": True,
        }
    ],
}
DEFINITIONS = definitions_in_manifest(JOBS) + definitions_in_manifest(BASICS)  # the stacked one first on purpose
DONE = SkillState(SkillStatus.MASTERED, 1.0, "")


def half(progress: float) -> SkillState:
    return SkillState(SkillStatus.IN_PROGRESS, progress, "")


def evaluate(skills=None, earned=(), scores=None, signoffs=()):
    found = evaluate_credentials(DEFINITIONS, skills or {}, Achievements(set(earned), scores or {}, set(signoffs)))
    return {s.id.split("/")[1]: s for s in found}


def test_nothing_done_lists_everything_missing_in_plain_words():
    found = evaluate()
    assert found["digital-basics"].status == CredentialProgress.IN_PROGRESS
    assert found["digital-basics"].missing == ("Master: Use a mouse and keyboard", "Master: Staying safe online")
    assert found["job-ready"].missing == (
        "Master: Write a CV",
        "Pass the final quiz (80%)",
        "A facilitator must sign off a practical demonstration",
        "Earn: Digital Skills Basics first",
    )
    assert found["job-ready"].progress == 0.0


def test_a_stacked_credential_counts_a_required_one_met_now_across_packs():
    skills = {
        ("kiosk.sample.digital-basics", "devices"): DONE,
        ("kiosk.sample.digital-basics", "safety"): DONE,
        ("kiosk.sample.jobs", "cv"): DONE,
    }
    scores = {("kiosk.sample.jobs", "quizzes/09-final.gift"): 0.8}
    found = evaluate(skills, scores=scores, signoffs={"kiosk.sample.jobs/job-ready"})
    assert found["digital-basics"].status == CredentialProgress.ELIGIBLE
    assert (found["job-ready"].status, found["job-ready"].missing, found["job-ready"].progress) == (CredentialProgress.ELIGIBLE, (), 1.0)


def test_a_required_credential_already_earned_counts_even_if_its_skills_lapsed():
    skills = {("kiosk.sample.jobs", "cv"): DONE}
    found = evaluate(
        skills,
        earned={"kiosk.sample.digital-basics/digital-basics"},
        scores={("kiosk.sample.jobs", "quizzes/09-final.gift"): 0.6},
    )
    assert found["digital-basics"].status == CredentialProgress.EARNED
    assert found["digital-basics"].missing == ()
    job = found["job-ready"]
    assert job.missing == (
        "Pass the final quiz (80%); your best so far is 60%",
        "A facilitator must sign off a practical demonstration",
    )
    # parts: cv 1, quiz 0.6/0.8 = 0.75, sign-off 0, credential 1 -> 2.75 / 4
    assert job.progress == pytest.approx(2.75 / 4)


def test_progress_uses_each_skills_own_progress():
    skills = {("kiosk.sample.digital-basics", "devices"): half(0.5), ("kiosk.sample.digital-basics", "safety"): DONE}
    found = evaluate(skills)
    assert found["digital-basics"].missing == ("Master: Use a mouse and keyboard",)
    assert found["digital-basics"].progress == pytest.approx(0.75)
    # job-ready: cv 0, quiz 0, sign-off 0, digital-basics 0.75 -> 0.1875
    assert found["job-ready"].progress == pytest.approx(0.1875)


def test_a_due_skill_still_counts_as_mastered():
    due = SkillState("due", 1.0, "")
    skills = {("kiosk.sample.digital-basics", "devices"): due, ("kiosk.sample.digital-basics", "safety"): due}
    assert evaluate(skills)["digital-basics"].status == CredentialProgress.ELIGIBLE


def test_a_required_credential_from_a_pack_not_installed():
    found = evaluate_credentials(definitions_in_manifest(JOBS), {}, Achievements())
    assert found[0].missing[-1] == "Earn: kiosk.sample.digital-basics/digital-basics first (its pack is not installed)"
    earned = evaluate_credentials(
        definitions_in_manifest(JOBS),
        {},
        Achievements({"kiosk.sample.digital-basics/digital-basics"}, {}, set()),
    )
    assert not any(m.startswith("Earn:") for m in earned[0].missing)


def loop_manifest(pairs):
    return {
        "id": "p",
        "title": "P",
        "skills": [],
        "credentials": [
            {"id": cid, "title": cid.upper(), "requires_skills": [], "requires_credentials": [f"p/{r}" for r in reqs]}
            for cid, reqs in pairs
        ],
    }


def test_a_loop_of_requirements_is_refused():
    definitions = definitions_in_manifest(loop_manifest([("a", ["b"]), ("b", ["c"]), ("c", ["a"]), ("d", [])]))
    with pytest.raises(KnownError) as caught:
        evaluate_credentials(definitions, {}, Achievements())
    assert caught.value.message == (
        "These credentials require each other in a loop, so none can be earned: A → B → C → A."
    )
    with pytest.raises(KnownError, match="D → D"):
        dependency_order(definitions_in_manifest(loop_manifest([("d", ["d"])])))


def test_dependency_order_puts_requirements_first():
    definitions = definitions_in_manifest(loop_manifest([("top", ["mid", "low"]), ("mid", ["low"]), ("low", [])]))
    assert [d.id for d in dependency_order(definitions)] == ["p/low", "p/mid", "p/top"]


def test_next_within_reach_is_the_one_with_fewest_missing_then_most_progress():
    manifest = {
        "id": "p",
        "title": "P",
        "skills": [{"id": s, "title": s.upper()} for s in "abcd"],
        "credentials": [
            {"id": "two-left", "title": "Two left", "requires_skills": ["a", "b"]},
            {"id": "one-left-slow", "title": "One left slow", "requires_skills": ["c"]},
            {"id": "one-left-close", "title": "One left close", "requires_skills": ["d"]},
            {"id": "nothing", "title": "Nothing", "requires_skills": []},
        ],
    }
    found = evaluate_credentials(
        definitions_in_manifest(manifest),
        {("p", "c"): half(0.25), ("p", "d"): half(0.75)},
        Achievements(),
    )
    assert found[3].status == CredentialProgress.ELIGIBLE  # no requirements at all
    assert next_within_reach(found).title == "One left close"
    assert next_within_reach([s for s in found if s.title != "One left close"]).title == "One left slow"
    assert next_within_reach([found[3]]) is None


def test_next_within_reach_prefers_one_the_learner_can_work_on_now():
    """A stacked credential missing only "earn X first" waits behind X itself (a new learner's home)."""
    manifest = {
        "id": "p",
        "title": "P",
        "skills": [{"id": s, "title": s.upper()} for s in "abcd"],
        "credentials": [
            {"id": "small", "title": "Small", "requires_skills": ["a", "b", "c"]},
            {"id": "big", "title": "Big", "requires_skills": [], "requires_credentials": ["p/small"]},
        ],
    }
    definitions = definitions_in_manifest(manifest)
    fresh = evaluate_credentials(definitions, {}, Achievements())
    assert [len(s.missing) for s in fresh] == [3, 1]
    assert next_within_reach(fresh).title == "Small"
    after = evaluate_credentials(definitions, {}, Achievements({"p/small"}, {}, set()))
    assert [s.status for s in after] == [CredentialProgress.EARNED, CredentialProgress.ELIGIBLE]
