"""Each mastery model against sequences worked out by hand."""

from __future__ import annotations

import pytest

from kiosk.core.errors import InvalidInput
from kiosk.core.mastery.models import BKT, AllCorrect, MOfN, SkillStatus, Streak, model_from_spec, validate_mastery_spec

from .helpers import answers


def test_default_model_is_four_of_five():
    assert model_from_spec(None) == MOfN(m=4, n=5)


def test_no_answers_is_not_started():
    for model in (MOfN(), Streak(n=3), AllCorrect(frozenset({"a"})), BKT()):
        state = model.assess([])
        assert (state.status, state.progress, state.attempts) == (SkillStatus.NOT_STARTED, 0.0, 0)


@pytest.mark.parametrize(
    ("sequence", "status", "progress", "explanation"),
    [
        # R R W R W: 3 right in the last 5, need 4 -> 3/4 of the way.
        ("RRWRW", SkillStatus.IN_PROGRESS, 0.75, "3 of your last 5 answers were right; you need 4 of 5."),
        # R R W R R: 4 right in the last 5.
        ("RRWRR", SkillStatus.MASTERED, 1.0, "4 of your last 5 answers were right; you needed 4 of 5."),
        # W W R R R R: the window is the last five, W R R R R: 4 right.
        ("WWRRRR", SkillStatus.MASTERED, 1.0, "4 of your last 5 answers were right; you needed 4 of 5."),
        # R R R R W W: last five R R R W W: 3 right (mastery is not sticky in the bare model).
        ("RRRRWW", SkillStatus.IN_PROGRESS, 0.75, "3 of your last 5 answers were right; you need 4 of 5."),
        # Fewer answers than n: 4 of 4 right is already 4 of the last 5.
        ("RRRR", SkillStatus.MASTERED, 1.0, "4 of your last 4 answers were right; you needed 4 of 5."),
        ("W", SkillStatus.IN_PROGRESS, 0.0, "Your only answer so far was wrong; you need 4 of 5."),
    ],
)
def test_m_of_n(sequence, status, progress, explanation):
    state = MOfN(m=4, n=5).assess(answers(sequence))
    assert (state.status, state.progress, state.explanation) == (status, progress, explanation)
    assert state.attempts == len(sequence)


def test_m_of_n_counts_partial_credit_as_wrong_and_skips_unreviewed_essays():
    # R, 0.5 (wrong), R, None (ignored), 0.9999 (right), R: rights 4 of the 5 graded -> mastered
    state = MOfN(m=4, n=5).assess(answers(["R", 0.5, "R", None, 0.9999, "R"]))
    assert (state.status, state.attempts) == (SkillStatus.MASTERED, 5)
    # R R 0.5 R: 3 of 4 -> 0.75
    state = MOfN(m=4, n=5).assess(answers(["R", "R", 0.5, "R"]))
    assert (state.status, state.progress) == (SkillStatus.IN_PROGRESS, 0.75)


@pytest.mark.parametrize(
    ("sequence", "status", "progress"),
    [
        ("RRWRR", SkillStatus.IN_PROGRESS, 2 / 3),  # run of 2 after the wrong one
        ("RWRRR", SkillStatus.MASTERED, 1.0),  # the last 3 are right
        ("RRRW", SkillStatus.IN_PROGRESS, 0.0),  # a wrong answer breaks the run
        ("RRRRR", SkillStatus.MASTERED, 1.0),
    ],
)
def test_streak(sequence, status, progress):
    state = Streak(n=3).assess(answers(sequence))
    assert (state.status, state.progress) == (status, pytest.approx(progress))


def test_streak_explanations():
    assert Streak(n=3).assess(answers("RR")).explanation == "You have 2 right in a row; you need 3 in a row."
    assert Streak(n=3).assess(answers("RW")).explanation == "Your last answer was wrong; you need 3 in a row."
    assert Streak(n=3).assess(answers("RRR")).explanation == "Your last 3 answers in a row were right."


def test_all_needs_every_question_right_once():
    model = AllCorrect(frozenset({"a", "b", "c"}))
    # a right, b wrong, b right, a right again, x (not in the skill) right: a and b -> 2 of 3
    so_far = answers(["R", "W", "R", "R", "R"], questions=["a", "b", "b", "a", "x"])
    state = model.assess(so_far)
    assert (state.status, state.progress) == (SkillStatus.IN_PROGRESS, pytest.approx(2 / 3))
    assert state.explanation == "You answered 2 of the 3 questions on this skill right; you need all of them."
    # then c with partial credit (not right), then c right: 3 of 3
    state = model.assess(so_far + answers([0.5, "R"], questions=["c", "c"], start=so_far[-1].answered_at))
    assert (state.status, state.progress) == (SkillStatus.MASTERED, 1.0)


def test_all_without_the_question_list_is_never_mastered():
    state = AllCorrect(None).assess(answers("RRRRR"))
    assert state.status == SkillStatus.IN_PROGRESS
    assert "cannot tell which questions" in state.explanation


def test_bkt_posterior_step_by_step():
    # prior 0.2, learn 0.15, guess 0.2, slip 0.1; answers R R W R.
    # 1 R: post = 0.2*0.9 / (0.2*0.9 + 0.8*0.2) = 0.18/0.34 = 0.529412
    #      P = 0.529412 + 0.470588*0.15 = 0.6
    # 2 R: post = 0.6*0.9 / (0.54 + 0.4*0.2) = 0.54/0.62 = 0.870968
    #      P = 0.870968 + 0.129032*0.15 = 0.890323
    # 3 W: post = 0.890323*0.1 / (0.0890323 + 0.109677*0.8) = 0.0890323/0.176774 = 0.503650
    #      P = 0.503650 + 0.496350*0.15 = 0.578102
    # 4 R: post = 0.578102*0.9 / (0.520292 + 0.421898*0.2) = 0.520292/0.604672 = 0.860454
    #      P = 0.860454 + 0.139546*0.15 = 0.881386
    model = BKT(prior=0.2, learn=0.15, guess=0.2, slip=0.1)
    p = model.prior
    expected = [0.6, 0.890323, 0.578102, 0.881386]
    for fraction, want in zip([1.0, 1.0, 0.0, 1.0], expected):
        p = model.update(p, fraction)
        assert p == pytest.approx(want, abs=1e-6)
    state = model.assess(answers("RRWR"))
    assert state.status == SkillStatus.IN_PROGRESS
    # bar: (0.881386 - 0.2) / (0.95 - 0.2) = 0.908514
    assert state.progress == pytest.approx(0.908514, abs=1e-6)
    assert state.explanation == "Kiosk's estimate that you know this: 88%; you need 95%."
    # 5 R: post = 0.793247 / (0.793247 + 0.118614*0.2) = 0.970962; P = 0.970962 + 0.029038*0.15 = 0.975318
    state = model.assess(answers("RRWRR"))
    assert (state.status, state.progress) == (SkillStatus.MASTERED, 1.0)
    assert state.explanation == "Kiosk's estimate that you know this: 97% (95% needed)."


def test_bkt_partial_credit_is_soft_evidence():
    # f = 0.5 with guess 0.2, slip 0.1: P(obs|known) = 0.5*0.9 + 0.5*0.1 = 0.5,
    # P(obs|unknown) = 0.5*0.2 + 0.5*0.8 = 0.5: no evidence, post = prior = 0.2,
    # then learning: 0.2 + 0.8*0.15 = 0.32.
    assert BKT().update(0.2, 0.5) == pytest.approx(0.32)
    # f = 1 and f = 0 are the classic updates
    assert BKT().update(0.2, 1.0) == pytest.approx(0.6)


def test_model_from_spec_reads_every_model():
    assert model_from_spec({"model": "m_of_n", "m": 2, "n": 3}) == MOfN(m=2, n=3)
    assert model_from_spec({"model": "streak", "n": 3}) == Streak(n=3)
    assert model_from_spec({"model": "all"}, question_ids=["a", "b"]) == AllCorrect(frozenset({"a", "b"}))
    spec = {"model": "bkt", "prior": 0.3, "learn": 0.1, "guess": 0.25, "slip": 0.05}
    assert model_from_spec(spec) == BKT(prior=0.3, learn=0.1, guess=0.25, slip=0.05)
    assert model_from_spec({"model": "bkt"}) == BKT(prior=0.2, learn=0.15, guess=0.2, slip=0.1)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"model": "elo"}, "Unknown mastery model 'elo': use one of all, bkt, m_of_n, streak."),
        ({"m": 4, "n": 5}, "A skill's mastery rule needs a 'model'"),
        ("m_of_n", "must be a table"),
        ({"model": "m_of_n", "m": 4}, "The mastery model 'm_of_n' needs a value for 'n'."),
        ({"model": "streak"}, "The mastery model 'streak' needs a value for 'n'."),
        ({"model": "m_of_n", "m": 6, "n": 5}, "needs m no larger than n (got m = 6, n = 5)"),
        ({"model": "m_of_n", "m": 4.0, "n": 5}, "'m' must be a whole number, not 4.0"),
        ({"model": "streak", "n": True}, "'n' must be a whole number"),
        ({"model": "streak", "n": 0}, "'n' must be between 1 and 100, not 0"),
        ({"model": "streak", "n": 3, "m": 2}, "The mastery model 'streak' has no setting 'm'."),
        ({"model": "all", "n": 2}, "has no setting 'n'"),
        ({"model": "bkt", "prior": 1.5}, "BKT setting 'prior' must be between 0 and 1, not 1.5."),
        ({"model": "bkt", "learn": "high"}, "BKT setting 'learn' must be a number between 0 and 1"),
        ({"model": "bkt", "guess": 0}, "BKT setting 'guess' must be between 0 and 1 (not 0 or 1 itself)"),
        ({"model": "bkt", "slip": float("nan")}, "BKT setting 'slip' must be a number"),
        ({"model": "bkt", "guess": 0.6, "slip": 0.4}, "BKT needs guess + slip below 1 (got 0.6 + 0.4)."),
    ],
)
def test_invalid_specs_are_refused_in_plain_words(spec, message):
    with pytest.raises(InvalidInput) as caught:
        validate_mastery_spec(spec)
    assert message in caught.value.message


def test_valid_specs_pass_validation():
    for spec in (None, {"model": "m_of_n", "m": 5, "n": 5}, {"model": "all"}, {"model": "bkt", "prior": 0.0}):
        validate_mastery_spec(spec)
