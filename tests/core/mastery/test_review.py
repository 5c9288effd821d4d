"""Spaced review: the refresher falls due after the FSRS interval, and a lapse lowers mastery."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.core.mastery.models import BKT, MOfN, SkillStatus, Streak
from kiosk.core.mastery.review import assess_skill

from .helpers import START, answers

DAY = timedelta(days=1)


def test_refresher_is_due_one_fsrs_interval_after_mastery():
    # Mastered at the 4th answer (09:03). With FSRS's default weights a first Good
    # gives stability w[2] = 2.3065 days; at 90% desired retention the interval is
    # the stability rounded to whole days: 2 days.
    learnt = answers("RRRR")
    mastered_at = START + timedelta(minutes=3)
    state = assess_skill(MOfN(), learnt, now=mastered_at + DAY)
    assert state.status == SkillStatus.MASTERED
    assert state.mastered_at == mastered_at
    assert state.due_at == mastered_at + 2 * DAY
    assert state.explanation == "Mastered on 1 May 2025. Next review on 3 May 2025."
    assert assess_skill(MOfN(), learnt, now=mastered_at + 2 * DAY - timedelta(seconds=1)).status == SkillStatus.MASTERED
    due = assess_skill(MOfN(), learnt, now=mastered_at + 2 * DAY)
    assert (due.status, due.progress, due.is_mastered) == (SkillStatus.DUE, 1.0, True)
    assert "Time for a short review" in due.explanation


def test_answers_before_the_refresher_do_not_move_it_and_a_review_pushes_it_out():
    learnt = answers("RRRR")
    mastered_at = START + timedelta(minutes=3)
    early = answers("R", start=mastered_at + DAY)
    assert assess_skill(MOfN(), learnt + early, now=mastered_at).due_at == mastered_at + 2 * DAY
    # a right answer 3 days after mastery (after the due time) is a Good review:
    # the next interval is longer than the first 2 days
    review_at = mastered_at + 3 * DAY
    state = assess_skill(MOfN(), learnt + early + answers("R", start=review_at), now=review_at)
    assert state.status == SkillStatus.MASTERED
    assert state.due_at - review_at > 2 * DAY
    assert state.mastered_at == mastered_at


def test_a_lapse_sends_a_counting_model_back_to_in_progress_until_the_rule_is_met_again():
    learnt = answers("RRRR")
    lapse_at = START + 5 * DAY
    lapsed = learnt + answers("W", start=lapse_at)
    state = assess_skill(MOfN(), lapsed, now=lapse_at)
    # The rule restarts at the lapse: 0 right of 1 -> progress 0 (the bare model would still say 4 of 5).
    assert MOfN().assess(lapsed).status == SkillStatus.MASTERED
    assert (state.status, state.needs_review, state.progress) == (SkillStatus.IN_PROGRESS, True, 0.0)
    assert state.explanation.startswith("Needs review: you missed a question on 6 May 2025 after mastering")
    # three right since: W R R R -> 3 of 4, need 4
    again = lapsed + answers("RRR", start=lapse_at + timedelta(minutes=1))
    assert assess_skill(MOfN(), again, now=lapse_at).progress == 0.75
    # a fourth: mastered again, a fresh refresher from that moment
    remastered_at = lapse_at + timedelta(minutes=4)
    state = assess_skill(MOfN(), again + answers("R", start=remastered_at), now=remastered_at)
    assert (state.status, state.needs_review) == (SkillStatus.MASTERED, False)
    assert state.mastered_at == remastered_at
    assert state.due_at == remastered_at + 2 * DAY


def test_partial_credit_after_mastery_is_a_lapse_for_streak():
    state = assess_skill(Streak(n=2), answers(["R", "R", 0.5]), now=START + DAY)
    assert (state.status, state.needs_review) == (SkillStatus.IN_PROGRESS, True)


def test_bkt_lapse_lowers_p_known():
    # R R W R R gives P(known) = 0.975318 (see test_models): mastered.
    # Then W: post = 0.0975318 / (0.0975318 + 0.0246820*0.8) = 0.831634,
    #         P = 0.831634 + 0.168366*0.15 = 0.856889 < 0.95: in progress,
    #         bar (0.856889 - 0.2) / 0.75 = 0.875852.
    model = BKT()
    learnt = answers("RRWRR")
    assert assess_skill(model, learnt, now=START + DAY).status == SkillStatus.MASTERED
    state = assess_skill(model, learnt + answers("W", start=START + DAY), now=START + DAY)
    assert (state.status, state.needs_review) == (SkillStatus.IN_PROGRESS, True)
    assert state.progress == pytest.approx(0.875852, abs=1e-5)


def test_bkt_wrong_answer_at_the_refresher_brings_the_next_one_closer():
    model = BKT()
    learnt = answers("RRWRRRRR")  # P(known) well above 0.95
    mastered = assess_skill(model, learnt, now=START)
    first_due = mastered.due_at
    # At the refresher, a half-right answer: P(known) stays above 0.95 (no evidence, then learning),
    # FSRS takes it as Again.
    state = assess_skill(model, learnt + answers([0.5], start=first_due), now=first_due)
    assert state.status == SkillStatus.MASTERED
    assert state.mastered_at == mastered.mastered_at
    good = assess_skill(model, learnt + answers("R", start=first_due), now=first_due)
    assert state.due_at < good.due_at


def test_unreviewed_essays_do_not_count_and_order_does_not_matter():
    given = answers(["R", None, "R", "R", "R"])
    state = assess_skill(MOfN(), list(reversed(given)), now=START + DAY)
    assert (state.status, state.attempts) == (SkillStatus.MASTERED, 4)
    assert assess_skill(MOfN(), answers([None]), now=START).status == SkillStatus.NOT_STARTED
