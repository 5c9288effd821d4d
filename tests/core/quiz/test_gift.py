"""The GIFT parser: every feature of a Moodle-style bank, malformed questions, warnings, random text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.quiz.gift import parse_gift
from kiosk.core.quiz.json_form import from_json, to_json
from kiosk.core.quiz.model import QUESTION_TYPES, Problem

SAMPLE = Path(__file__).parent / "data" / "moodle_sample.gift"


def common(**fields):
    base = {
        "id": None,
        "tags": [],
        "category": "$course$/top/Geography",
        "title": "",
        "format": "moodle",
        "general_feedback": "",
    }
    return {**base, **fields}


EXPECTED = [
    common(
        type="single",
        id="geo-capital-fr",
        tags=["capitals", "europe"],
        title="Capital of France",
        stem="What is the <b>capital</b> of France?",
        format="html",
        general_feedback="Paris has been the capital since 987.",
        choices=[
            {"text": "Paris", "fraction": 1.0, "feedback": "Yes, Paris."},
            {"text": "London", "fraction": 0.0, "feedback": "No, London is in England."},
            {"text": "Lyon", "fraction": 0.5, "feedback": "Half marks: a big city, not the capital."},
            {"text": "Berlin", "fraction": -0.5, "feedback": "No, and that costs marks."},
        ],
    ),
    common(
        type="multiple",
        title="Primes",
        stem="Which of these are prime numbers?",
        choices=[
            {"text": "2", "fraction": 0.5, "feedback": "2 is prime."},
            {"text": "3", "fraction": 0.5, "feedback": ""},
            {"text": "4", "fraction": -1.0, "feedback": "4 is 2 × 2."},
            {"text": "9", "fraction": -1.0, "feedback": ""},
        ],
    ),
    common(
        type="single",
        stem="Mahatma Gandhi was born in _____ in 1869.",
        choices=[
            {"text": "India", "fraction": 1.0, "feedback": ""},
            {"text": "Pakistan", "fraction": 0.0, "feedback": ""},
            {"text": "Nepal", "fraction": 0.0, "feedback": ""},
        ],
    ),
    common(
        type="truefalse",
        title="Sun",
        stem="The sun rises in the east.",
        answer=True,
        feedback_true="",
        feedback_false="",
    ),
    common(
        type="truefalse",
        title="Moon",
        stem="The moon is made of cheese.",
        answer=False,
        # Moodle: the first feedback is for a wrong answer (here True), the second for a right one.
        feedback_true="Look again: cheese?",
        feedback_false="Right, it is rock.",
    ),
    common(
        type="short",
        id="short-1",
        title="Two names",
        stem="Name one of the two largest planets.",
        answers=[
            {"text": "Jupiter", "fraction": 1.0, "feedback": ""},
            {"text": "Saturn", "fraction": 0.5, "feedback": "Saturn is the second largest."},
            {"text": "Jupiter's", "fraction": 1.0, "feedback": "Fine."},
        ],
    ),
    common(
        type="numerical",
        title="Pi",
        stem="What is pi to two decimal places?",
        answers=[{"value": 3.14, "tolerance": 0.01, "fraction": 1.0, "feedback": ""}],
    ),
    common(
        type="numerical",
        title="Range",
        stem="Pick a whole number from 1 to 5.",
        answers=[{"min": 1.0, "max": 5.0, "fraction": 1.0, "feedback": ""}],
    ),
    common(
        type="numerical",
        title="Pi again",
        stem="What is pi?",
        answers=[
            {"value": 3.14159, "tolerance": 0.005, "fraction": 1.0, "feedback": "Very precise."},
            {"value": 3.1, "tolerance": 0.1, "fraction": 0.5, "feedback": "Close enough for half marks."},
        ],
    ),
    common(
        type="matching",
        title="Match",
        stem="Match the country to its capital.",
        pairs=[
            {"left": "Kenya", "right": "Nairobi"},
            {"left": "Ghana", "right": "Accra"},
            {"left": "Peru", "right": "Lima"},
            {"left": "", "right": "Oslo"},
        ],
    ),
    common(
        type="essay",
        category="$course$/top/Writing",
        title="Essay",
        stem="Describe your village in a few sentences.",
        general_feedback="A facilitator will read it.",
    ),
    common(
        type="description",
        category="$course$/top/Writing",
        title="Welcome",
        stem="Welcome to the **quiz**.\nIt has several lines.",
        format="markdown",
    ),
    common(
        type="single",
        category="$course$/top/Writing",
        title="Escapes: all of them",
        stem="Escape ~ = # { } and : then a new\nline.",
        choices=[
            {"text": "a=b", "fraction": 1.0, "feedback": "it is #1"},
            {"text": "c~d", "fraction": 0.0, "feedback": ""},
        ],
    ),
    common(
        type="short",
        category="$course$/top/Writing",
        stem='Words with a wildcard: type any word that starts with "kio".',
        format="plain",
        answers=[{"text": "kio*", "fraction": 1.0, "feedback": ""}],
    ),
]


@pytest.fixture(scope="module")
def sample():
    return parse_gift(SAMPLE.read_text(encoding="utf-8"))


def test_the_sample_bank_loads_without_problems(sample):
    assert sample.problems == ()
    assert len(sample.questions) == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)), ids=[e["title"] or e["stem"][:20] for e in EXPECTED])
def test_each_question_has_the_expected_json_field_by_field(sample, index):
    got = to_json(sample.questions[index])
    expected = EXPECTED[index]
    assert set(got) == set(expected)
    for key, value in expected.items():
        assert got[key] == value, key


def test_json_form_round_trips_and_is_plain_json(sample):
    for question in sample.questions:
        data = json.loads(json.dumps(to_json(question)))
        assert from_json(data) == question


def test_questions_remember_their_first_line(sample):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    capital = sample.questions[0]
    assert lines[capital.line - 1].startswith("::Capital of France::")
    assert lines[sample.questions[2].line - 1].startswith("Mahatma Gandhi")


def parse_one(text: str):
    result = parse_gift(text)
    assert len(result.questions) == 1, result.problems
    return result.questions[0]


@pytest.mark.parametrize("braces,answer", [("{T}", True), ("{TRUE}", True), ("{F}", False), ("{FALSE}", False)])
def test_every_true_false_spelling(braces, answer):
    question = parse_one(f"Water is wet. {braces}")
    assert (question.type, question.answer) == ("truefalse", answer)


def test_true_feedback_order_when_the_answer_is_true():
    question = parse_one("Water is wet. {T#Wrong: it is wet.#Right.}")
    assert question.feedback_false == "Wrong: it is wet."
    assert question.feedback_true == "Right."


def test_a_single_numerical_answer_without_tolerance():
    question = parse_one("How many legs has a spider? {#8}")
    assert to_json(question)["answers"] == [{"value": 8.0, "tolerance": 0.0, "fraction": 1.0, "feedback": ""}]


def test_numerical_answers_with_feedback_and_negative_numbers():
    question = parse_one("Freezing point in F? {#=32:0#Yes =%50%0:0#That is Celsius.}")
    assert [(a.value, a.fraction, a.feedback) for a in question.answers] == [(32.0, 1.0, "Yes"), (0.0, 0.5, "That is Celsius.")]
    question = parse_one("Lowest? {#-5..-1}")
    assert (question.answers[0].min, question.answers[0].max) == (-5.0, -1.0)


def test_missing_word_with_short_answers_keeps_the_blank():
    question = parse_one("Two plus two is {=four =4} and not five.")
    assert question.type == "short"
    assert question.stem == "Two plus two is _____ and not five."


def test_category_lines_and_id_tag_comments_apply_to_the_right_questions():
    result = parse_gift(
        "$CATEGORY: A\n\n// [id:x1] [tag:t1] [tag:t2]\nQ one {T}\n\n$CATEGORY: B\n\n// just a comment\nQ two {F}\n"
    )
    one, two = result.questions
    assert (one.id, one.tags, one.category) == ("x1", ("t1", "t2"), "A")
    assert (two.id, two.tags, two.category) == (None, (), "B")


def test_a_comment_inside_a_question_is_dropped():
    question = parse_one("What is 2+2?\n// a note for authors\n{=4 ~5}")
    assert question.stem == "What is 2+2?"
    assert [c.text for c in question.choices] == ["4", "5"]


def test_crlf_line_endings_and_a_byte_order_mark():
    result = parse_gift("\ufeff::A:: Q one {T}\r\n\r\n::B:: Q two {F}\r\n")
    assert [q.title for q in result.questions] == ["A", "B"]
    assert result.problems == ()


# --- malformed questions: reported with their line, the rest loads -----------------

MALFORMED = """::Good one:: Is this fine? {T}

::Unclosed:: What is {=this ~that

::Stray:: A closing } brace

::Two sets:: Pick {=a ~b} and {=c ~d}

::Bad weight:: Pick {=a ~%abc%b}

::No title end Pick {=a ~b}

::Nested:: Pick {=a {~b}}

::Last good:: Still loads? {F}
"""


def test_malformed_questions_are_reported_with_line_numbers_and_the_rest_loads():
    result = parse_gift(MALFORMED)
    assert [q.title for q in result.questions] == ["Good one", "Last good"]
    errors = {p.question: p for p in result.errors}
    assert errors["'Unclosed'"].line == 3 and "never closed" in errors["'Unclosed'"].message
    assert errors["'Stray'"].line == 5 and "'}'" in errors["'Stray'"].message
    assert errors["'Two sets'"].line == 7 and "more than one set" in errors["'Two sets'"].message
    assert errors["'Bad weight'"].line == 9 and "%abc%" in errors["'Bad weight'"].message
    assert any(p.line == 11 and "title" in p.message for p in result.errors)
    assert errors["'Nested'"].line == 13
    assert len(result.errors) == 6
    assert "line 3" in str(errors["'Unclosed'"]) and "'Unclosed'" in str(errors["'Unclosed'"])


def test_an_error_deep_in_a_multi_line_question_names_its_own_line():
    result = parse_gift("::Pi:: What is pi?{#\n=%100%3.14:0.01\n=%50%three:0.1\n}")
    (error,) = result.errors
    assert error.line == 3 and "'three'" in error.message


def test_an_untitled_question_is_named_by_its_first_words():
    (error,) = parse_gift("What is the boiling point of water in degrees? {#hot}").errors
    assert error.question == "'What is the boiling point of…'"


# --- where Moodle silently does something harmful -----------------------------------


def test_a_numerical_answer_that_is_not_a_number_is_refused():
    result = parse_gift("::N:: Pi? {#3,14:0.01}\n\n::M:: Pi? {#3.14:small}")
    assert result.questions == ()
    assert [p.line for p in result.errors] == [1, 3]
    assert "not a number" in result.errors[0].message


def test_an_unescaped_equals_in_feedback_warns_and_stays_feedback():
    result = parse_gift("::F:: 2+2? {=4#Yes, 2+2=4 ~5#No, 2 + 2 = 4}")
    (question,) = result.questions
    assert [(c.text, c.fraction, c.feedback) for c in question.choices] == [
        ("4", 1.0, "Yes, 2+2=4"),
        ("5", 0.0, "No, 2 + 2 = 4"),
    ]
    (warning,) = result.warnings
    assert warning.line == 1 and "\\=" in warning.message and "another right answer" in warning.message


def test_an_equals_after_feedback_that_starts_an_answer_is_still_an_answer():
    question = parse_one("Capital? {=Paris #Yes =Paris, France #Also fine ~Rome}")
    assert [c.text for c in question.choices] == ["Paris", "Paris, France", "Rome"]


def test_multiple_choice_weights_that_do_not_add_to_100_warn():
    result = parse_gift("::W:: Pick the even ones {~%50%2 ~%25%4 ~%-100%3}")
    assert len(result.questions) == 1
    (warning,) = result.warnings
    assert "75%" in warning.message and warning.question == "'W'"


def test_thirds_count_as_100_percent():
    result = parse_gift("Pick all {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}")
    assert result.problems == ()


@pytest.mark.parametrize(
    "text",
    [
        "::N:: None right {~a ~b ~c}",
        "::N:: None right {~%-50%a ~%0%b}",
        "::N:: None right {=%0%a =%0%b}",
        "::N:: None right {#=%0%1:0 =%0%2:0}",
    ],
)
def test_a_question_with_no_right_answer_is_refused(text):
    result = parse_gift(text)
    assert result.questions == ()
    (error,) = result.errors
    assert "no" in error.message and "right" in error.message


def test_duplicate_ids_refuse_the_later_question():
    result = parse_gift("// [id:q1]\nFirst {T}\n\n// [id:q1]\nSecond {F}\n\n// [id:q2]\nThird {T}")
    assert [q.stem for q in result.questions] == ["First", "Third"]
    (error,) = result.errors
    assert error.line == 5 and "'q1'" in error.message and "line 2" in error.message


def test_a_matching_question_needs_two_pairs():
    result = parse_gift("Match {=a -> b}")
    assert result.questions == () and "two pairs" in result.errors[0].message


def test_an_id_comment_cut_off_by_a_blank_line_warns():
    result = parse_gift("// [id:lost]\n\nQuestion {T}")
    assert result.questions[0].id is None
    assert result.warnings[0].line == 1


# --- random text ------------------------------------------------------------------

GIFT_ALPHABET = st.sampled_from(list("{}=~#:%\\->.[]/$\n T F0123456789abc"))


@settings(max_examples=300, deadline=None)
@given(st.text(GIFT_ALPHABET, max_size=300) | st.text(max_size=300))
def test_random_text_gives_only_questions_and_problems(text):
    result = parse_gift(text)
    line_count = max(1, len(text.splitlines()))
    for problem in result.problems:
        assert isinstance(problem, Problem) and problem.severity in ("error", "warning")
        assert problem.line is None or 1 <= problem.line <= line_count
    for question in result.questions:
        assert question.type in QUESTION_TYPES
        assert from_json(json.loads(json.dumps(to_json(question)))) == question
