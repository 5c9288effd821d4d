"""The adversarial GIFT of benchmarks/gift.py, read at a small size: what the parser makes of each.

The benchmark times these cases at 100 KB (each must take under half a second); here each is
read at about 200 characters and its result checked, so a parser that reads one of them
differently fails a test here, whatever the machine's speed.
"""

from __future__ import annotations

import pytest

from benchmarks.gift import CASES
from kiosk.core.quiz.gift import MAX_ANSWERS, parse_gift

SIZE = 200


def one(result, qtype: str):
    (question,) = result.questions
    assert question.type == qtype
    return question


def no_meta_and_nothing_wrong(result):
    question = one(result, "truefalse")
    assert (question.id, question.tags, question.stem, result.problems) == (None, (), "Q?", ())


def error(result, words: str, line: int = 1):
    assert result.questions == ()
    (problem,) = result.errors
    assert problem.line == line and words in problem.message, problem.message


def warned(result, words: str):
    (problem,) = result.warnings
    assert words in problem.message, problem.message


def stem_is(result, stem: str, qtype: str = "truefalse"):
    assert one(result, qtype).stem == stem and result.problems == ()


def repeated(case: str) -> int:
    """How many times the case's long line repeats its unit at SIZE (read back from the text)."""
    return CASES[case](SIZE).count(UNITS[case])


UNITS = {
    "comment: '[id:' with only '\\]' after it": "\\]",
    "comment: '[tag:\\]' repeated": "[tag:\\]",
    "escapes: '\\=' repeated": "\\=",
    "escapes: '\\\\' repeated": "\\\\",
    "escapes: '\\' before a space, repeated": "\\ ",
    "weights: '~%' repeated": "~%",
    "feedback: '->' pairs with '#'": "=a -> b#c",
    "answers: '~a' repeated": "~a",
    "titles: '\\:' repeated in a title": "\\:",
}


def _id_runs_to_the_last_escape(result):
    # As Moodle's regular expression backtracks: with no ']' of its own, the last '\]' closes the id.
    count = repeated("comment: '[id:' with only '\\]' after it")
    assert one(result, "truefalse").id == "a" + "]" * (count - 1) + "\\"
    assert result.problems == ()


def _one_tag_up_to_the_last_escape(result):
    count = repeated("comment: '[tag:\\]' repeated")
    assert one(result, "truefalse").tags == ("][tag:" * (count - 1) + "\\",)


def _many_percent_choices(result):
    question = one(result, "single")
    assert [c.text for c in question.choices] == ["a"] + ["%"] * repeated("weights: '~%' repeated")


def _pairs_keep_their_hash(result):
    question = one(result, "matching")
    assert {(p.left, p.right) for p in question.pairs} == {("a", "b#c")}
    assert len(question.pairs) == repeated("feedback: '->' pairs with '#'")
    warned(result, "Moodle keeps the '#'")


def _all_the_wrong_choices(result):
    question = one(result, "single")
    assert [c.text for c in question.choices] == ["b"] + ["a"] * repeated("answers: '~a' repeated")


def _long_choices(result):
    question = one(result, "single")
    count = CASES["answers: about 1,000 long choices"](SIZE).count("~")
    assert [c.text for c in question.choices] == ["b"] + ["a" * 98] * count and result.problems == ()


def _numerical_any_other_keeps_the_rest(result):
    question = one(result, "numerical")
    first, rest = question.answers
    assert (first.value, first.fraction, rest.any, rest.fraction) == (1.0, 1.0, True, 0.0)
    assert set(rest.feedback) == {"~", "#"}
    warned(result, "an unescaped '~' inside feedback")


def _feedback_of_equals(result, spaced: bool):
    (answer,) = one(result, "short").answers
    assert set(answer.feedback.replace(" ", "")) == {"="} and (" " in answer.feedback) == spaced
    warned(result, "an unescaped '=' inside feedback")


def _one_long_id(result):
    assert one(result, "truefalse").id == "x" * (SIZE - len("// [id:]"))


def _percent_is_text(result):
    (answer,) = one(result, "short").answers
    assert answer.text == "%" + "5" * (SIZE - len("Q {=%}")) and answer.fraction == 1.0


def _long_number(result):
    (answer,) = one(result, "numerical").answers
    assert answer.value == float("1" * (SIZE - len("Q {#}")))


def _colons_make_an_empty_title(result):
    question = one(result, "truefalse")
    assert question.title == "" and set(question.stem[:-2]) == {":"} and question.stem.endswith(" Q")


def _escaped_colons_title(result):
    assert one(result, "truefalse").title == ":" * repeated("titles: '\\:' repeated in a title")


def _only_the_first_prefix(result):
    question = one(result, "truefalse")
    assert question.format == "html" and question.stem.startswith("[html][html]") and question.stem.endswith(" Q")


EXPECTED = {
    "comment: '[id:' never closed": no_meta_and_nothing_wrong,
    "comment: '[tag:' never closed": no_meta_and_nothing_wrong,
    "comment: '[id:' with only '\\]' after it": _id_runs_to_the_last_escape,
    "comment: '[tag:\\]' repeated": _one_tag_up_to_the_last_escape,
    "comment: one long [id:]": _one_long_id,
    "comment: '[tag:<' repeated": no_meta_and_nothing_wrong,
    "escapes: '\\=' repeated": lambda r: stem_is(r, "Q " + "=" * repeated("escapes: '\\=' repeated")),
    "escapes: '\\\\' repeated": lambda r: stem_is(r, "Q " + "\\" * repeated("escapes: '\\\\' repeated")),
    "escapes: '\\' before a space, repeated": lambda r: stem_is(
        r, "Q " + " ".join(["\\"] * repeated("escapes: '\\' before a space, repeated"))
    ),
    "braces: '{' repeated": lambda r: error(r, "never closed"),
    "braces: '}' repeated": lambda r: error(r, "a '}' with no '{'"),
    "braces: '{}' repeated": lambda r: error(r, "more than one set of answers"),
    "braces: Cloze '{1:' repeated": lambda r: error(r, "never closed"),
    "braces: a blank-line run inside them": lambda r: error(r, "a blank line inside the answers' braces (line 3)"),
    "weights: '~%' repeated": _many_percent_choices,
    "weights: '%' never closed": _percent_is_text,
    "weights: one long weight": lambda r: error(r, "is outside -100..100"),
    "weights: '%' repeated": lambda r: error(r, "the weight '%%' is not a number"),
    "feedback: '#' repeated": lambda r: error(r, "feedback with no number before it"),
    "feedback: '=' repeated inside it": lambda r: _feedback_of_equals(r, spaced=False),
    "feedback: ' =' repeated inside it": lambda r: _feedback_of_equals(r, spaced=True),
    "feedback: '~=' repeated": lambda r: error(r, "embedded answers (Cloze)"),
    "feedback: '~#' in a numerical question": _numerical_any_other_keeps_the_rest,
    "feedback: '->' pairs with '#'": _pairs_keep_their_hash,
    "answers: '~a' repeated": _all_the_wrong_choices,
    "answers: about 1,000 long choices": _long_choices,
    "numbers: one long number": _long_number,
    "numbers: '1..' repeated": lambda r: error(r, "the maximum '1..1..1"),
    "titles: '::' repeated": _colons_make_an_empty_title,
    "titles: '\\:' repeated in a title": _escaped_colons_title,
    "titles: never closed": lambda r: error(r, "the title has no closing '::'"),
    "formats: '[html]' repeated": _only_the_first_prefix,
    "formats: '<b ' never closed in [html]": lambda r: stem_is(r, "Q" + " <b" * ((SIZE - 12) // 3)),
    "formats: '<!--' repeated in [html]": lambda r: stem_is(r, "Q " + "<!--" * ((SIZE - 12) // 4)),
}


def test_every_benchmark_case_has_an_expected_result():
    assert set(EXPECTED) == set(CASES)


@pytest.mark.parametrize("case", list(CASES))
def test_each_adversarial_line_reads_as_expected(case):
    EXPECTED[case](parse_gift(CASES[case](SIZE)))


def test_too_many_answers_are_refused_at_once():
    result = parse_gift("Pick {=b" + " ~a" * (MAX_ANSWERS - 1) + "}")
    assert [len(q.choices) for q in result.questions] == [MAX_ANSWERS]
    error(parse_gift("Pick {=b" + " ~a" * MAX_ANSWERS + "}"), f"more than {MAX_ANSWERS} answers")
