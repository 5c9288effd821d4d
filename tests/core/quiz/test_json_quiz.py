"""JSON quiz files: the same shape as ``to_json``, validated with clear errors."""

from __future__ import annotations

import json

import pytest

from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.quiz import load_quiz_file
from kiosk.core.quiz.json_form import from_json, parse_json_quiz, to_json

GOOD = {
    "type": "single",
    "id": "q1",
    "tags": ["maths"],
    "stem": "2 + 2?",
    "choices": [{"text": "4", "fraction": 1.0}, {"text": "5", "fraction": 0}],
}


def test_optional_fields_take_their_defaults():
    question = from_json(GOOD)
    assert (question.title, question.format, question.category, question.general_feedback) == ("", "moodle", None, "")
    assert question.choices[1].feedback == ""


@pytest.mark.parametrize(
    "change,message",
    [
        ({"type": "poll"}, "'type' must be one of"),
        ({"stem": 3}, "'stem' must be text"),
        ({"choices": []}, "'choices' must be a non-empty list"),
        ({"choices": [{"text": "4", "fraction": 2}]}, "between -1 and 1"),
        ({"choices": [{"text": "4", "fraction": "1"}]}, "'fraction' must be a number"),
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"format": "rtf"}, "'format' must be one of"),
        ({"tags": "maths"}, "'tags' must be a list"),
    ],
)
def test_bad_questions_are_refused_with_a_clear_reason(change, message):
    with pytest.raises(InvalidInput, match=message):
        from_json({**GOOD, **change})


def test_a_json_list_loads_good_items_and_reports_bad_ones():
    items = [
        GOOD,
        {"type": "numerical", "stem": "x?", "answers": [{"min": 5, "max": 1, "fraction": 1}]},
        {"type": "truefalse", "stem": "Sky is blue", "answer": True},
        {"type": "multiple", "stem": "None right", "choices": [{"text": "a", "fraction": 0}, {"text": "b", "fraction": 0}]},
    ]
    result = parse_json_quiz(json.dumps(items))
    assert [q.stem for q in result.questions] == ["2 + 2?", "Sky is blue"]
    assert [p.question.split()[:2] for p in result.errors] == [["question", "2"], ["question", "4"]]
    assert "'min' is larger than 'max'" in result.errors[0].message


def test_not_a_list_and_broken_json_are_reported():
    assert "list of question objects" in parse_json_quiz('{"type": "essay"}').errors[0].message
    broken = parse_json_quiz('[\n{"type": }')
    assert broken.errors[0].line == 2 and "not valid JSON" in broken.errors[0].message


def test_files_that_cannot_be_read_give_one_line_reasons(tmp_path):
    with pytest.raises(KnownError, match="There is no file"):
        load_quiz_file(tmp_path / "missing.gift")
    latin = tmp_path / "latin.gift"
    latin.write_bytes("Caf\xe9? {T}".encode("latin-1"))
    with pytest.raises(KnownError, match="not UTF-8"):
        load_quiz_file(latin)
    empty = tmp_path / "empty.gift"
    empty.write_text("  \n\n")
    with pytest.raises(KnownError, match="is empty"):
        load_quiz_file(empty)
    as_json = tmp_path / "quiz.json"
    as_json.write_text(json.dumps([GOOD]))
    assert load_quiz_file(as_json).questions[0].id == "q1"


def test_an_older_quiz_without_text_formats_gives_every_text_the_questions_format():
    question = from_json({**GOOD, "format": "markdown", "general_feedback": "*Well* done"})
    assert {c.format for c in question.choices} == {c.feedback_format for c in question.choices} == {"markdown"}
    assert question.general_feedback_format == "markdown"
    match = from_json({"type": "matching", "stem": "Match", "format": "html",
                       "pairs": [{"left": "<b>Kenya</b>", "right": "Nairobi"}, {"left": "Peru", "right": "Lima"}]})
    assert {p.left_format for p in match.pairs} == {"html"}
    truth = from_json({"type": "truefalse", "stem": "Sky is blue", "answer": True, "format": "plain"})
    assert (truth.feedback_true_format, truth.feedback_false_format) == ("plain", "plain")


def test_a_texts_own_format_is_written_only_where_it_differs_and_read_back():
    data = {
        **GOOD,
        "format": "html",
        "general_feedback": "Four.",
        "general_feedback_format": "markdown",
        "choices": [
            {"text": "4", "format": "plain", "fraction": 1.0, "feedback": "*Yes*", "feedback_format": "markdown"},
            {"text": "<b>5</b>", "fraction": 0.0, "feedback": ""},
        ],
    }
    question = from_json(data)
    assert [(c.format, c.feedback_format) for c in question.choices] == [("plain", "markdown"), ("html", "html")]
    assert to_json(question) == {"category": None, "title": "", **data}


def test_numerical_feedback_for_any_other_number_in_json():
    data = {"type": "numerical", "stem": "Legs of an insect?", "answers": [
        {"value": 6, "tolerance": 0, "fraction": 1, "feedback": "Yes"},
        {"any": True, "fraction": 0, "feedback": "Count again", "feedback_format": "markdown"},
    ]}
    question = from_json(data)
    other = question.answers[1]
    assert (other.any, other.feedback, other.feedback_format) == (True, "Count again", "markdown")
    assert other.accepts(-3.5) and not question.answers[0].accepts(5)
    assert to_json(question)["answers"][1] == {"any": True, "fraction": 0.0, "feedback": "Count again",
                                              "feedback_format": "markdown"}


@pytest.mark.parametrize(
    "change,message",
    [
        ({"choices": [{"text": "4", "fraction": 1, "format": "rtf"}]}, "choice 1: 'format' must be one of"),
        ({"general_feedback_format": "HTML"}, "'general_feedback_format' must be one of"),
        ({"type": "numerical", "answers": [{"any": False, "fraction": 0}]}, "'any' must be true"),
        ({"type": "numerical", "answers": [{"any": True, "value": 3, "fraction": 0}]}, "unknown key 'value'"),
        ({"type": "short", "answers": [{"text": "4", "fraction": 1, "format": "html"}]}, "unknown key 'format'"),
    ],
)
def test_bad_text_formats_are_refused(change, message):
    item = {**GOOD, **change}
    if item["type"] != "single":
        item.pop("choices")
    with pytest.raises(InvalidInput, match=message):
        from_json(item)
