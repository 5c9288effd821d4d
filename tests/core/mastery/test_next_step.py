"""The next step on the home screen: one thing the learner can do now, in plain words (issue #16, item 4)."""

from __future__ import annotations

from datetime import timedelta

from kiosk.core.mastery.credentials import Achievements
from kiosk.core.mastery.next_step import StepKind, next_step, preferred_order
from kiosk.core.mastery.progress import compute_home_progress
from kiosk.core.packs.reading import quiz_titles

from .helpers import START, answers

DEVICES = {
    "id": "kiosk.sample.digital-basics",
    "title": "Digital skills basics",
    "language": "en",
    "skills": [
        {"id": "mouse", "title": "Use a mouse", "mastery": {"model": "streak", "n": 2}},
        {"id": "files", "title": "Organise files", "mastery": {"model": "streak", "n": 2}},
    ],
    "modules": [
        {"id": "mouse", "title": "Mouse and keyboard", "lessons": ["lessons/01.md"], "quizzes": ["quizzes/01-devices.gift"],
         "skills": ["mouse"]},
        {"id": "files", "title": "Files and folders", "lessons": [], "quizzes": ["quizzes/02-files.gift"],
         "skills": ["files"]},
        {"id": "final", "title": "Check what you know", "lessons": [], "quizzes": ["quizzes/05-final.gift"],
         "skills": ["mouse", "files"]},
    ],
    "credentials": [
        {"id": "basics", "title": "Digital Skills Basics", "requires_skills": ["mouse", "files"],
         "final_quiz": {"quiz": "quizzes/05-final.gift", "pass_mark": 0.8}},
    ],
}
MONEY = {
    "id": "kiosk.sample.money-basics",
    "title": "Small business money basics",
    "language": "en",
    "skills": [{"id": "sales", "title": "Record sales and costs every day", "mastery": {"model": "streak", "n": 1}}],
    "modules": [{"id": "records", "title": "Keeping records", "lessons": ["lessons/01.md"],
                 "quizzes": ["quizzes/01-records.gift"], "skills": ["sales"]}],
    "credentials": [
        {"id": "cash-book", "title": "Cash book keeper", "requires_skills": ["sales"], "facilitator_signoff": True},
    ],
}
FRENCH = {**DEVICES, "id": "kiosk.sample.digital-basics-fr", "title": "Compétences numériques", "language": "fr",
          "credentials": []}
MANIFESTS = [MONEY, DEVICES, FRENCH]


def step(given=(), *, in_use=(), language="en", scores=None, now=START + timedelta(hours=1)):
    progress = compute_home_progress(MANIFESTS, list(given), Achievements(set(), scores or {}, set()), now=now)
    return next_step(
        MANIFESTS, progress.skill_states, progress.credentials, final_quiz_scores=scores or {},
        order=preferred_order(MANIFESTS, in_use=list(in_use), language=language),
    )


def test_a_new_learner_starts_reading_the_first_module_of_the_pack_in_use():
    found = step(in_use=[DEVICES["id"]])
    assert (found.kind, found.pack_id, found.quiz) == (StepKind.READ, DEVICES["id"], "quizzes/01-devices.gift")
    assert found.words == "Next: in “Digital skills basics”, read the lessons “Mouse and keyboard”, then take the quiz."


def test_never_another_packs_sign_off_when_the_learner_can_do_something_themselves():
    """The issue's new learner was pushed to "Cash book keeper" (another pack, a facilitator's sign-off)."""
    mastered_sales = answers("R", skill="sales", pack=MONEY["id"])
    found = step(mastered_sales, in_use=[MONEY["id"]])
    assert found.kind is not StepKind.SIGN_OFF
    assert found.pack_id == DEVICES["id"]  # money basics is done but for the sign-off: the next pack's step
    assert "facilitator" not in found.words and "Master:" not in found.words


def test_the_sign_off_comes_when_nothing_else_is_left():
    done = (
        answers("R", skill="sales", pack=MONEY["id"])
        + answers("RR", skill="mouse", pack=DEVICES["id"]) + answers("RR", skill="files", pack=DEVICES["id"])
        + answers("RR", skill="mouse", pack=FRENCH["id"]) + answers("RR", skill="files", pack=FRENCH["id"])
    )
    found = step(done, in_use=[MONEY["id"]], scores={(DEVICES["id"], "quizzes/05-final.gift"): 0.9})
    assert found.kind is StepKind.SIGN_OFF
    assert found.words == (
        "Next: ask the facilitator to watch you show what you learned in “Small business money basics”, "
        "to earn “Cash book keeper”."
    )


def test_a_skill_in_progress_means_its_quiz_again_named_by_its_module():
    found = step(answers("RWR", skill="mouse", pack=DEVICES["id"]), in_use=[DEVICES["id"]])
    assert found.kind is StepKind.PRACTISE
    assert found.words == "Next: in “Digital skills basics”, take the quiz “Mouse and keyboard” again, to master “Use a mouse”."


def test_a_module_without_lessons_goes_straight_to_its_quiz():
    found = step(answers("RR", skill="mouse", pack=DEVICES["id"]), in_use=[DEVICES["id"]])
    assert (found.kind, found.quiz) == (StepKind.QUIZ, "quizzes/02-files.gift")
    assert found.words == "Next: in “Digital skills basics”, take the quiz “Files and folders”."


def test_every_skill_mastered_leads_to_the_final_quiz_with_its_pass_mark():
    mastered = answers("RR", skill="mouse", pack=DEVICES["id"]) + answers("RR", skill="files", pack=DEVICES["id"])
    found = step(mastered, in_use=[DEVICES["id"]], scores={(DEVICES["id"], "quizzes/05-final.gift"): 0.5})
    assert (found.kind, found.quiz, found.credential_id) == (
        StepKind.FINAL_QUIZ, "quizzes/05-final.gift", "kiosk.sample.digital-basics/basics")
    assert found.words == (
        "Next: in “Digital skills basics”, pass the quiz “Check what you know” (80% or more) "
        "to earn “Digital Skills Basics”."
    )


def test_a_review_that_is_due_comes_first():
    mastered = answers("RR", skill="mouse", pack=DEVICES["id"])
    found = step(mastered, in_use=[DEVICES["id"]], now=START + timedelta(days=30))
    assert found.kind is StepKind.REVIEW
    assert found.words == "Time to review “Use a mouse”: in “Digital skills basics”, take the quiz “Mouse and keyboard” again."


def test_without_a_pack_in_use_the_learners_language_comes_first():
    assert step(language="fr").pack_id == FRENCH["id"]
    assert preferred_order(MANIFESTS, in_use=[MONEY["id"]], language="fr") == [MONEY["id"], FRENCH["id"], DEVICES["id"]]


def test_everything_done_means_no_step():
    done = (
        answers("R", skill="sales", pack=MONEY["id"])
        + answers("RR", skill="mouse", pack=DEVICES["id"]) + answers("RR", skill="files", pack=DEVICES["id"])
        + answers("RR", skill="mouse", pack=FRENCH["id"]) + answers("RR", skill="files", pack=FRENCH["id"])
    )
    progress = compute_home_progress(
        MANIFESTS,
        done,
        Achievements({"kiosk.sample.money-basics/cash-book"}, {(DEVICES["id"], "quizzes/05-final.gift"): 0.9}, set()),
        now=START + timedelta(hours=1),
    )
    assert next_step(
        MANIFESTS, progress.skill_states, progress.credentials,
        final_quiz_scores={(DEVICES["id"], "quizzes/05-final.gift"): 0.9},
        order=preferred_order(MANIFESTS, in_use=[], language="en"),
    ) is None


def test_quiz_names_come_from_the_pack_not_from_file_names():
    """Item 13: "Quiz : Devices" came from quizzes/01-devices.gift in a French pack."""
    two = {"modules": [{"id": "m", "title": "Gestes de base", "quizzes": ["quizzes/01-devices.gift", "quizzes/02-x.gift"]},
                       {"id": "n", "title": "Dossiers", "quizzes": ["quizzes/03-files.gift"]}]}
    assert quiz_titles(two) == {
        "quizzes/01-devices.gift": "Gestes de base (1)",
        "quizzes/02-x.gift": "Gestes de base (2)",
        "quizzes/03-files.gift": "Dossiers",
    }
