"""Grading with partial credit, the way Moodle grades each question type.

Responses are plain, JSON-friendly values:

- single: the index of the chosen choice in ``question.choices`` (or None)
- multiple: a list of chosen indexes
- truefalse: True or False
- short, numerical, essay: the typed text
- matching: a list with the chosen right-hand text for each of ``question.prompts``
- description: None

A question's fraction is always clamped to 0..1, so a wrong choice with a
negative weight costs marks inside its question but never below zero.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.core.errors import InvalidInput
from kiosk.core.quiz.model import Answer, NumericAnswer, Question
from kiosk.core.quiz.text import formatted_to_text
from kiosk.core.say import QT_TRANSLATE_NOOP, say

CORRECT_AT = 0.999


class GradingStatus(enum.StrEnum):
    """What grading made of an answer."""

    GRADED = "graded"
    PENDING_REVIEW = "pending_review"  # an essay, until a facilitator reviews it
    NOT_GRADED = "not_graded"  # a description: nothing to answer


class ReviewStatus(enum.StrEnum):
    """An essay answer's review, as stored with the answer."""

    PENDING = "pending"
    REVIEWED = "reviewed"



@dataclass(frozen=True)
class Feedback:
    """What the learner is told after answering.

    ``feedback`` is the author's feedback as words; ``feedback_parts`` the same as
    (text, format) pieces, one per chosen answer, for a screen to render each in its format.
    """

    fraction: float | None  # None: not graded (description) or not yet (essay)
    correct: bool
    feedback: str  # the author's feedback for what was chosen
    general_feedback: str
    right_answer: str  # the right answer in words, without markup ("" for essays and descriptions)
    status: GradingStatus = GradingStatus.GRADED
    feedback_parts: tuple[tuple[str, str], ...] = ()
    general_feedback_format: str = "moodle"
    # The right answer as lines for a screen: each right choice, or each matching pair, on its own.
    right_answer_lines: tuple[str, ...] = ()


def normalise_text(text: str) -> str:
    """Unicode-normalised (NFKC), case-folded, white space folded to single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _short_pattern(answer: str) -> re.Pattern[str]:
    """Moodle's short answer: ``*`` matches anything, ``\\*`` is a literal star."""
    parts = re.split(r"(\\\*|\*)", normalise_text(answer))
    regex = "".join(".*" if p == "*" else re.escape("*" if p == "\\*" else p) for p in parts)
    return re.compile(regex, re.DOTALL)


def short_answer_matches(answer: str, response: str) -> bool:
    return _short_pattern(answer).fullmatch(normalise_text(response)) is not None


_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def parse_number(text: str) -> float | None:
    """A number typed by a learner: ``3.14``, ``3,14``, ``1 000``, ``1,000.5``, ``-2e3``; else None."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("\u2212", "-")
    cleaned = re.sub(r"(?<=\d)[\s\u202f\u00a0'](?=\d{3})", "", cleaned)
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        return None
    value = float(cleaned)
    return value if value not in (float("inf"), float("-inf")) else None


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def _numeric_words(answer: NumericAnswer) -> str:
    if answer.any:
        return say(QT_TRANSLATE_NOOP("core", "any other number"))
    if answer.value is not None:
        return f"{answer.value:g}" + (f" (± {answer.tolerance:g})" if answer.tolerance else "")
    return say(QT_TRANSLATE_NOOP("core", "between %1 and %2"), f"{answer.min:g}", f"{answer.max:g}")


def right_answer_words(question: Question) -> str:
    """The right answer in words, for showing after a wrong answer (one line: for the CLI)."""
    if question.type in ("multiple", "matching"):
        return "; ".join(right_answer_lines(question))
    lines = right_answer_lines(question)
    return lines[0] if lines else ""


def right_answer_lines(question: Question) -> tuple[str, ...]:
    """The right answer in words, a line for each right choice or matching pair."""
    if question.type == "multiple":
        return tuple(formatted_to_text(c.text, c.format) for c in question.choices if c.fraction > 0)
    if question.type == "matching":
        return tuple(f"{formatted_to_text(p.left, p.left_format)} → {p.right}" for p in question.prompts)
    words = _right_answer_word(question)
    return (words,) if words else ()


def right_choices(question: Question) -> frozenset[int]:
    """Indexes (in ``question.choices``) of the choices to mark right after an answer: the best of a
    single-answer question (those with full marks, else the highest), every choice worth marks of a
    multiple-answer one."""
    if question.type == "multiple":
        return frozenset(i for i, c in enumerate(question.choices) if c.fraction > 0)
    if question.type == "single" and question.choices:
        best = max(c.fraction for c in question.choices)
        return frozenset(i for i, c in enumerate(question.choices) if c.fraction == best and best > 0)
    return frozenset()


def _right_answer_word(question: Question) -> str:
    if question.type == "single":
        best = max(question.choices, key=lambda c: c.fraction)
        return formatted_to_text(best.text, best.format)
    if question.type == "truefalse":
        return say(QT_TRANSLATE_NOOP("core", "True")) if question.answer else say(QT_TRANSLATE_NOOP("core", "False"))
    if question.type == "short":
        best = max(question.answers, key=lambda a: a.fraction)
        return best.text  # type: ignore[union-attr]
    if question.type == "numerical":
        best = max(question.answers, key=lambda a: a.fraction)
        return _numeric_words(best)  # type: ignore[arg-type]
    return ""


def _result(question: Question, fraction: float, parts: Sequence[tuple[str, str]] = ()) -> Feedback:
    """A graded result; ``parts`` are the (feedback, format) of what was chosen, empty ones left out."""
    fraction = _clamp(fraction)
    parts = tuple((text, fmt) for text, fmt in parts if text)
    return Feedback(
        fraction=fraction,
        correct=fraction >= CORRECT_AT,
        feedback="\n".join(text for text, _ in parts),
        general_feedback=question.general_feedback,
        right_answer=right_answer_words(question),
        feedback_parts=parts,
        right_answer_lines=right_answer_lines(question),
        general_feedback_format=question.general_feedback_format,
    )


def _ungraded(question: Question, status: GradingStatus) -> Feedback:
    return Feedback(
        None, False, "", question.general_feedback, "", status, general_feedback_format=question.general_feedback_format
    )


def _choice_indexes(question: Question, response: Any) -> list[int]:
    if response is None:
        chosen: list = []
    elif isinstance(response, int):
        chosen = [response]
    elif isinstance(response, (list, tuple)):
        chosen = list(response)
    else:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Choose by the number of a choice.")))
    for index in chosen:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(question.choices):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "There is no choice number %1 in this question."), repr(index)))
    return sorted(set(chosen))


def grade_response(question: Question, response: Any) -> Feedback:
    """Grade one response (shapes in the module docstring); ``InvalidInput`` for a malformed one."""
    kind = question.type
    if kind == "description":
        return _ungraded(question, GradingStatus.NOT_GRADED)
    if kind == "essay":
        if not isinstance(response, str):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "An essay answer is text.")))
        return _ungraded(question, GradingStatus.PENDING_REVIEW)
    if kind == "single":
        chosen = _choice_indexes(question, response)
        if len(chosen) > 1:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Choose only one answer.")))
        if not chosen:
            return _result(question, 0.0)
        choice = question.choices[chosen[0]]
        return _result(question, choice.fraction, [(choice.feedback, choice.feedback_format)])
    if kind == "multiple":
        chosen = [question.choices[i] for i in _choice_indexes(question, response)]
        parts = [(c.feedback, c.feedback_format) for c in chosen]
        return _result(question, sum(c.fraction for c in chosen), parts)
    if kind == "truefalse":
        if not isinstance(response, bool):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Answer True or False.")))
        if response:
            part = (question.feedback_true, question.feedback_true_format)
        else:
            part = (question.feedback_false, question.feedback_false_format)
        return _result(question, 1.0 if response == question.answer else 0.0, [part])
    if kind == "short":
        if not isinstance(response, str):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A short answer is text.")))
        matches: list[Answer] = [a for a in question.answers if short_answer_matches(a.text, response)]  # type: ignore[misc]
        return _best(question, matches)
    if kind == "numerical":
        number = parse_number(response) if isinstance(response, str) else None
        if isinstance(response, (int, float)) and not isinstance(response, bool):
            number = float(response)
        hits = [] if number is None else [a for a in question.answers if a.accepts(number)]  # type: ignore[union-attr]
        return _best(question, hits)
    if kind == "matching":
        prompts = question.prompts
        if not isinstance(response, Sequence) or isinstance(response, str) or len(response) != len(prompts):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Match each of the %1 items."), len(prompts)))
        right = sum(1 for pair, chosen in zip(prompts, response) if chosen is not None and chosen == pair.right)
        return _result(question, right / len(prompts))
    raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Unknown question type %1."), repr(kind)))


def _best(question: Question, hits: Sequence[Answer | NumericAnswer]) -> Feedback:
    if not hits:
        return _result(question, 0.0)
    best = max(hits, key=lambda a: a.fraction)
    return _result(question, best.fraction, [(best.feedback, best.feedback_format)])
