"""Right and wrong answers to any question, as core takes them and as a learner gives them on screen."""

from __future__ import annotations

from typing import Any

from kiosk.core.quiz.engine import PresentedQuestion

ESSAY = "I hold the mouse lightly and click with my first finger."


def right_response(presented: PresentedQuestion) -> Any:
    """The response ``QuizRun.submit`` grades as right (an essay's words, a description's None)."""
    question = presented.question
    kind = question.type
    if kind == "single":
        return max(range(len(question.choices)), key=lambda i: question.choices[i].fraction)
    if kind == "multiple":
        return [i for i, c in enumerate(question.choices) if c.fraction > 0]
    if kind == "truefalse":
        return bool(question.answer)
    if kind == "short":
        best = max(question.answers, key=lambda a: a.fraction)
        return best.text.replace("\\*", "*").replace("*", "")
    if kind == "numerical":
        best = max((a for a in question.answers if not a.any), key=lambda a: a.fraction)
        return f"{best.value:g}" if best.value is not None else f"{best.min:g}"
    if kind == "matching":
        return [pair.right for pair in question.prompts]
    if kind == "essay":
        return ESSAY
    return None


def wrong_response(presented: PresentedQuestion) -> Any:
    """A response graded as wrong (nothing right in it)."""
    question = presented.question
    kind = question.type
    if kind == "single":
        return min(range(len(question.choices)), key=lambda i: question.choices[i].fraction)
    if kind == "multiple":
        return [i for i, c in enumerate(question.choices) if c.fraction <= 0][:1]
    if kind == "truefalse":
        return not question.answer
    if kind == "short":
        return "xylophone"
    if kind == "numerical":
        return "98765"
    if kind == "matching":
        rights = [pair.right for pair in question.prompts]
        return rights[1:] + rights[:1] if len(set(rights)) > 1 else rights
    return right_response(presented)


def answer_in_player(player, *, right: bool) -> None:
    """Give the current question's answer with the player's own inputs (as a click or typing would)."""
    presented = player.run.current
    response = (right_response if right else wrong_response)(presented)
    kind = presented.question.type
    if kind == "single":
        position = presented.choice_order.index(response)
        player.answers.choices[position].setChecked(True)
    elif kind == "multiple":
        for position, index in enumerate(presented.choice_order):
            player.answers.choices[position].setChecked(index in response)
    elif kind == "truefalse":
        player.answers.choices[0 if response else 1].setChecked(True)
    elif kind in ("short", "numerical"):
        player.answers.text_input.setText(response)
    elif kind == "essay":
        player.answers.text_input.setPlainText(response)
    elif kind == "matching":
        for combo, value in zip(player.answers.combos, response):
            combo.setCurrentIndex(combo.findData(value))
