"""The JSON form of a quiz (docs/quiz-format.md): the one contract for a quiz.

The pack's JSON quizzes, the output of ``kiosk quiz check --json`` and what ``from_json``
accepts all have this shape; ``to_json`` writes it for any parsed question.
"""

from __future__ import annotations

import math
from typing import Any

from kiosk.core.errors import InvalidInput
from kiosk.core.quiz.model import (
    FORMATS,
    QUESTION_TYPES,
    Answer,
    NumericAnswer,
    Pair,
    ParseResult,
    Question,
    QuizReading,
    question_label,
)
from kiosk.core.say import QT_TRANSLATE_NOOP, reworded, say
from kiosk.core.untrusted_json import JsonRefused, load_json


def _with_format(out: dict[str, Any], key: str, fmt: str, question_format: str) -> dict[str, Any]:
    """Add a text's format under ``key`` only where it differs from the question's (as Moodle's export does)."""
    if fmt != question_format:
        out[key] = fmt
    return out


def _answer_json(a: Answer, question_format: str, *, choice: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"text": a.text}
    if choice:
        _with_format(out, "format", a.format, question_format)
    out.update(fraction=a.fraction, feedback=a.feedback)
    return _with_format(out, "feedback_format", a.feedback_format, question_format)


def _numeric_json(a: NumericAnswer, question_format: str) -> dict[str, Any]:
    if a.any:
        bounds: dict[str, Any] = {"any": True}
    elif a.value is not None:
        bounds = {"value": a.value, "tolerance": a.tolerance or 0.0}
    else:
        bounds = {"min": a.min, "max": a.max}
    out = {**bounds, "fraction": a.fraction, "feedback": a.feedback}
    return _with_format(out, "feedback_format", a.feedback_format, question_format)


def to_json(question: Question) -> dict[str, Any]:
    """The JSON form of a question (see docs/quiz-format.md).

    A text's own format (``"format"`` of a choice, ``"feedback_format"``, ``"left_format"``,
    ``"general_feedback_format"``...) is written only where it differs from the question's ``format``.
    """
    fmt = question.format
    out: dict[str, Any] = {
        "type": question.type,
        "id": question.id,
        "tags": list(question.tags),
        "category": question.category,
        "title": question.title,
        "stem": question.stem,
        "format": fmt,
        "general_feedback": question.general_feedback,
    }
    _with_format(out, "general_feedback_format", question.general_feedback_format, fmt)
    if question.type in ("single", "multiple"):
        out["choices"] = [_answer_json(c, fmt, choice=True) for c in question.choices]
    elif question.type == "truefalse":
        out["answer"] = question.answer
        out["feedback_true"] = question.feedback_true
        _with_format(out, "feedback_true_format", question.feedback_true_format, fmt)
        out["feedback_false"] = question.feedback_false
        _with_format(out, "feedback_false_format", question.feedback_false_format, fmt)
    elif question.type == "short":
        out["answers"] = [_answer_json(a, fmt, choice=False) for a in question.answers]  # type: ignore[arg-type]
    elif question.type == "numerical":
        out["answers"] = [_numeric_json(a, fmt) for a in question.answers]  # type: ignore[arg-type]
    elif question.type == "matching":
        out["pairs"] = [
            _with_format({"left": p.left}, "left_format", p.left_format, fmt) | {"right": p.right} for p in question.pairs
        ]
    return out


_COMMON_KEYS = {"type", "id", "tags", "category", "title", "stem", "format", "general_feedback", "general_feedback_format"}
_TYPE_KEYS = {
    "single": {"choices"},
    "multiple": {"choices"},
    "truefalse": {"answer", "feedback_true", "feedback_false", "feedback_true_format", "feedback_false_format"},
    "short": {"answers"},
    "numerical": {"answers"},
    "matching": {"pairs"},
    "essay": set(),
    "description": set(),
}


def _text(obj: dict, key: str, where: str, *, required: bool = False) -> str:
    if key not in obj:
        if required:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: '%2' is missing"), where, key))
        return ""
    value = obj[key]
    if not isinstance(value, str):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: '%2' must be text, not %3"), where, key, type(value).__name__))
    return value


def _format(obj: dict, key: str, where: str, default: str) -> str:
    """A text's format: one of FORMATS; missing means ``default`` (the question's), as older quizzes are written."""
    if key not in obj:
        return default
    value = obj[key]
    if value not in FORMATS:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: '%2' must be one of %3, not %4"), where, key, ", ".join(FORMATS), repr(value)))
    return value


def _number(obj: dict, key: str, where: str) -> float:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: '%2' must be a number"), where, key))
    return float(value)


def _fraction(obj: dict, where: str) -> float:
    value = _number(obj, "fraction", where)
    if not -1.0 <= value <= 1.0:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'fraction' must be between -1 and 1, not %2"), where, f"{value:g}"))
    return value


def _items(obj: dict, key: str, where: str) -> list[dict]:
    value = obj.get(key)
    if not isinstance(value, list) or not value:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: '%2' must be a non-empty list"), where, key))
    for index, item in enumerate(value, 1):
        if not isinstance(item, dict):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: '%2' item %3 must be an object"), where, key, index))
    return value


def _only_keys(obj: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if len(unknown) > 1:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: unknown keys %2"), where, ", ".join(map(repr, unknown))))
    if unknown:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: unknown key %2"), where, repr(unknown[0])))


def _numeric_from_json(item: dict, at: str, fmt: str) -> NumericAnswer:
    fraction, feedback = _fraction(item, at), _text(item, "feedback", at)
    feedback_format = _format(item, "feedback_format", at, fmt)
    if "any" in item:
        _only_keys(item, {"any", "fraction", "feedback", "feedback_format"}, at)
        if item["any"] is not True:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'any' must be true (leave it out otherwise)"), at))
        return NumericAnswer(fraction, feedback, feedback_format=feedback_format, any=True)
    if "value" in item:
        _only_keys(item, {"value", "tolerance", "fraction", "feedback", "feedback_format"}, at)
        tolerance = _number(item, "tolerance", at) if "tolerance" in item else 0.0
        if tolerance < 0:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'tolerance' cannot be negative"), at))
        value = _number(item, "value", at)
        return NumericAnswer(fraction, feedback, value=value, tolerance=tolerance, feedback_format=feedback_format)
    _only_keys(item, {"min", "max", "fraction", "feedback", "feedback_format"}, at)
    low, high = _number(item, "min", at), _number(item, "max", at)
    if low > high:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'min' is larger than 'max'"), at))
    return NumericAnswer(fraction, feedback, min=low, max=high, feedback_format=feedback_format)


def from_json(obj: Any) -> Question:
    """A question from its JSON form; ``InvalidInput`` names the first thing wrong."""
    if not isinstance(obj, dict):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "a question must be a JSON object")))
    qtype = obj.get("type")
    if qtype not in QUESTION_TYPES:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "'type' must be one of %1, not %2"), ", ".join(QUESTION_TYPES), repr(qtype)))
    where = qtype
    _only_keys(obj, _COMMON_KEYS | _TYPE_KEYS[qtype], where)
    stem = _text(obj, "stem", where, required=True)
    qid = obj.get("id")
    if qid is not None and (not isinstance(qid, str) or not qid.strip()):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'id' must be non-empty text or null"), where))
    tags = obj.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'tags' must be a list of text"), where))
    category = obj.get("category")
    if category is not None and not isinstance(category, str):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'category' must be text or null"), where))
    fmt = _text(obj, "format", where) or "moodle"
    if fmt not in FORMATS:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'format' must be one of %2, not %3"), where, ", ".join(FORMATS), repr(fmt)))
    common = dict(
        type=qtype,
        stem=stem,
        id=qid,
        tags=tuple(tags),
        category=category,
        title=_text(obj, "title", where),
        format=fmt,
        general_feedback=_text(obj, "general_feedback", where),
        general_feedback_format=_format(obj, "general_feedback_format", where, fmt),
        feedback_true_format=_format(obj, "feedback_true_format", where, fmt),
        feedback_false_format=_format(obj, "feedback_false_format", where, fmt),
    )
    if qtype in ("single", "multiple"):
        choices = []
        for index, item in enumerate(_items(obj, "choices", where), 1):
            at = say(QT_TRANSLATE_NOOP("core", "%1: choice %2"), where, index)
            _only_keys(item, {"text", "format", "fraction", "feedback", "feedback_format"}, at)
            choices.append(
                Answer(
                    _text(item, "text", at, required=True),
                    _fraction(item, at),
                    _text(item, "feedback", at),
                    format=_format(item, "format", at, fmt),
                    feedback_format=_format(item, "feedback_format", at, fmt),
                )
            )
        return Question(**common, choices=tuple(choices))
    if qtype == "truefalse":
        if not isinstance(obj.get("answer"), bool):
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'answer' must be true or false"), where))
        return Question(
            **common,
            answer=obj["answer"],
            feedback_true=_text(obj, "feedback_true", where),
            feedback_false=_text(obj, "feedback_false", where),
        )
    if qtype == "short":
        answers = []
        for index, item in enumerate(_items(obj, "answers", where), 1):
            at = say(QT_TRANSLATE_NOOP("core", "%1: answer %2"), where, index)
            _only_keys(item, {"text", "fraction", "feedback", "feedback_format"}, at)
            text = _text(item, "text", at, required=True)
            if not text.strip():
                raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1: 'text' is empty"), at))
            feedback_format = _format(item, "feedback_format", at, fmt)
            answers.append(
                Answer(text, _fraction(item, at), _text(item, "feedback", at), format=fmt, feedback_format=feedback_format)
            )
        return Question(**common, answers=tuple(answers))
    if qtype == "numerical":
        numeric = [
            _numeric_from_json(item, say(QT_TRANSLATE_NOOP("core", "%1: answer %2"), where, index), fmt)
            for index, item in enumerate(_items(obj, "answers", where), 1)
        ]
        return Question(**common, answers=tuple(numeric))
    if qtype == "matching":
        pairs = []
        for index, item in enumerate(_items(obj, "pairs", where), 1):
            at = say(QT_TRANSLATE_NOOP("core", "%1: pair %2"), where, index)
            _only_keys(item, {"left", "left_format", "right"}, at)
            left, right = _text(item, "left", at, required=True), _text(item, "right", at, required=True)
            pairs.append(Pair(left, right, left_format=_format(item, "left_format", at, fmt)))
        return Question(**common, pairs=tuple(pairs))
    return Question(**common)


MAX_JSON_QUIZ_BYTES = 8 * 1024 * 1024


def parse_json_quiz(text: str) -> ParseResult:
    """Questions from a JSON list of question objects; a bad item is reported, the rest load."""
    reading = QuizReading()
    try:
        data = load_json(text, max_bytes=MAX_JSON_QUIZ_BYTES)
    except JsonRefused as exc:
        reading.error(_without_it_is(exc), line=exc.line)
        return reading.result()
    if not isinstance(data, list):
        reading.error(say(QT_TRANSLATE_NOOP("core", "a JSON quiz must be a list of question objects")))
        return reading.result()
    for index, item in enumerate(data, 1):
        title = item.get("title", "") if isinstance(item, dict) else ""
        stem = item.get("stem", "") if isinstance(item, dict) else ""
        label: str = say(QT_TRANSLATE_NOOP("core", "question %1"), index)
        if isinstance(title, str) and isinstance(stem, str):
            label = say(QT_TRANSLATE_NOOP("core", "question %1 %2"), index, question_label(title, stem))
        try:
            question = from_json(item)
        except InvalidInput as exc:
            reading.error(exc.said or str(exc), question=label)
            continue
        reading.keep_if_sound(question, label=label)
    return reading.result()


# The JSON reader says "it is larger than ..."; a quiz problem names no "it".
_WITHOUT_IT_IS = {
    "it is larger than %1 bytes": QT_TRANSLATE_NOOP("core", "larger than %1 bytes"),
    "it is not valid JSON (not UTF-8 text)": QT_TRANSLATE_NOOP("core", "not valid JSON (not UTF-8 text)"),
    "it is not valid JSON (%1)": QT_TRANSLATE_NOOP("core", "not valid JSON (%1)"),
}


def _without_it_is(refused: JsonRefused) -> str:
    said = refused.said
    if (shorter := reworded(said, _WITHOUT_IT_IS)) is not None:
        return shorter
    if said is not None and not said.startswith("it is "):
        return said  # "it nests ...", "it has ...": kept whole, as before
    return refused.message.removeprefix("it is ")
