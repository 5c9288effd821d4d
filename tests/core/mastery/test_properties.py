"""Properties over any answer sequence."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.mastery.models import BKT, AllCorrect, AnswerRecord, MOfN, Streak
from kiosk.core.mastery.review import assess_skill

START = datetime(2025, 1, 1)

fractions = st.one_of(st.none(), st.sampled_from([0.0, 1.0]), st.floats(min_value=0.0, max_value=1.0))
sequences = st.lists(
    st.tuples(fractions, st.sampled_from(["a", "b", "c"]), st.integers(min_value=0, max_value=60 * 24 * 30)),
    max_size=40,
)


@st.composite
def models(draw):
    kind = draw(st.sampled_from(["m_of_n", "streak", "all", "bkt"]))
    if kind == "m_of_n":
        n = draw(st.integers(1, 8))
        return MOfN(m=draw(st.integers(1, n)), n=n)
    if kind == "streak":
        return Streak(n=draw(st.integers(1, 8)))
    if kind == "all":
        return AllCorrect(frozenset(draw(st.sets(st.sampled_from(["a", "b", "c"]), min_size=1))))
    guess = draw(st.floats(0.01, 0.49))
    slip = draw(st.floats(0.01, 0.49))
    return BKT(prior=draw(st.floats(0.0, 1.0)), learn=draw(st.floats(0.0, 1.0)), guess=guess, slip=slip)


def to_answers(sequence) -> list[AnswerRecord]:
    return [
        AnswerRecord("p", "q", question, ("s",), fraction, START + timedelta(minutes=minutes))
        for fraction, question, minutes in sequence
    ]


@settings(max_examples=300, deadline=None)
@given(models(), sequences)
def test_progress_stays_between_0_and_1(model, sequence):
    given_answers = to_answers(sequence)
    for state in (model.assess(given_answers), assess_skill(model, given_answers, now=START + timedelta(days=60))):
        assert 0.0 <= state.progress <= 1.0
        assert state.status in ("not_started", "in_progress", "mastered", "due")
        assert state.explanation


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 6), st.lists(st.sampled_from([0.0, 0.5, 1.0]), max_size=20))
def test_m_of_n_with_m_equal_n_is_a_streak(k, graded):
    given_answers = to_answers([(f, "a", i) for i, f in enumerate(graded)])
    assert MOfN(m=k, n=k).assess(given_answers).status == Streak(n=k).assess(given_answers).status
    last_k_right = len(graded) >= k and all(f >= 0.999 for f in graded[-k:])
    assert (Streak(n=k).assess(given_answers).status == "mastered") == last_k_right
