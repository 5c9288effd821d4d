"""Kiosk reads GIFT as Moodle reads it.

Moodle's own GIFT tests (question/format/gift/tests/giftformat_test.php in Moodle) check
33 behaviours: 14 imports, 9 readings of the ``[id:]`` / ``[tag:]`` comment, and 10
exports, whose GIFT Kiosk must read back as Moodle meant it. Each is mirrored here with
GIFT of our own, asserting the question's JSON form as ``kiosk quiz check --json``
prints it (a text's own format appears only where it differs from the question's).
Then the cases found on other input (issue #21), and the Moodle syntax Kiosk refuses
with a hint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kiosk.core.quiz.gift import parse_gift
from kiosk.core.quiz.json_form import from_json, to_json


def q(qtype: str, stem: str, **fields) -> dict:
    """A question's expected JSON, with the defaults every question has."""
    base = {"type": qtype, "id": None, "tags": [], "category": None, "title": "", "stem": stem, "format": "moodle",
            "general_feedback": ""}
    return {**base, **fields}


def tf(stem: str, answer: bool, feedback_true: str = "", feedback_false: str = "", **fields) -> dict:
    return q("truefalse", stem, answer=answer, feedback_true=feedback_true, feedback_false=feedback_false, **fields)


def choice(text: str, fraction: float, feedback: str = "", **formats) -> dict:
    out = {"text": text}
    if "format" in formats:
        out["format"] = formats["format"]
    out.update(fraction=fraction, feedback=feedback)
    if "feedback_format" in formats:
        out["feedback_format"] = formats["feedback_format"]
    return out


def only(gift: str) -> dict:
    """The JSON of the one question in ``gift``, which must parse without any problem."""
    result = parse_gift(gift)
    assert result.problems == (), [str(p) for p in result.problems]
    (question,) = result.questions
    assert from_json(json.loads(json.dumps(to_json(question)))) == question  # the JSON says everything
    return to_json(question)


# --- Moodle's import tests -------------------------------------------------------------------

MOODLE_IMPORTS = {
    "essay": (
        "// an essay\n::Q-essay:: Tell us about your day. {}",
        q("essay", "Tell us about your day.", title="Q-essay"),
    ),
    "matching, a format on each left side": (
        "// matching\n"
        "::Tools::[html]Match each <b>tool</b> to its use.{\n"
        "    =[html]Cuts <i>wood</i> into pieces. -> Saw\n"
        "    =[moodle]Drives a nail into a board. -> Hammer\n"
        "    =[plain]Tightens a <bolt>. -> Spanner\n"
        "    =[markdown]Measures **length**. -> Tape\n"
        "    = -> Chisel\n"
        "}",
        q("matching", "Match each <b>tool</b> to its use.", title="Tools", format="html", pairs=[
            {"left": "Cuts <i>wood</i> into pieces.", "right": "Saw"},
            {"left": "Drives a nail into a board.", "left_format": "moodle", "right": "Hammer"},
            {"left": "Tightens a <bolt>.", "left_format": "plain", "right": "Spanner"},
            {"left": "Measures **length**.", "left_format": "markdown", "right": "Tape"},
            {"left": "", "right": "Chisel"},  # an empty left side takes the question's format, html
        ]),
    ),
    "single choice, formats on a choice and on a feedback": (
        "// one right answer, feedback on each\n"
        "::Colour:: Which colour do you get by mixing blue and yellow?\n"
        "{\n"
        "    =green # right, well done!\n"
        "    ~purple # [html]no, that needs <i>red</i>\n"
        "    ~[plain]orange # no, that needs red\n"
        "}",
        q("single", "Which colour do you get by mixing blue and yellow?", title="Colour", choices=[
            choice("green", 1.0, "right, well done!"),
            choice("purple", 0.0, "no, that needs <i>red</i>", feedback_format="html"),
            choice("orange", 0.0, "no, that needs red", format="plain"),
        ]),
    ),
    "multiple answers, a format after a weight": (
        "::Mixes:: Which two colours make green?\n"
        "{\n"
        "    ~%50%blue # right\n"
        "    ~%-100%red # [html]no\n"
        "    ~%50%yellow # right\n"
        "    ~%-100%[plain]white # no\n"
        "}",
        q("multiple", "Which two colours make green?", title="Mixes", choices=[
            choice("blue", 0.5, "right"),
            choice("red", -1.0, "no", feedback_format="html"),
            choice("yellow", 0.5, "right"),
            choice("white", -1.0, "no", format="plain"),
        ]),
    ),
    "multiple answers, one worth 100%": (
        "::Mixes:: Which colour is a primary colour of paint?\n{\n    ~%100%red # yes\n    ~%-50%green # no\n"
        "    ~%-50%orange # no\n}",
        q("multiple", "Which colour is a primary colour of paint?", title="Mixes", choices=[
            choice("red", 1.0, "yes"), choice("green", -0.5, "no"), choice("orange", -0.5, "no"),
        ]),
    ),
    "numerical, feedback for any other number": (
        "// a range\n::Legs:: How many legs has an insect, give or take two? {#6:2~#Count again}",
        q("numerical", "How many legs has an insect, give or take two?", title="Legs", answers=[
            {"value": 6.0, "tolerance": 2.0, "fraction": 1.0, "feedback": ""},
            {"any": True, "fraction": 0.0, "feedback": "Count again"},
        ]),
    ),
    "short answer, a wildcard worth 0%": (
        "::Fruit::Which fruit is long, curved and yellow?{\n    =banana#Yes!\n"
        "    =%50%plantain#Close: that is a cooking banana.\n    =%0%*#Think of what monkeys eat.\n}",
        q("short", "Which fruit is long, curved and yellow?", title="Fruit", answers=[
            {"text": "banana", "fraction": 1.0, "feedback": "Yes!"},
            {"text": "plantain", "fraction": 0.5, "feedback": "Close: that is a cooking banana."},
            {"text": "*", "fraction": 0.0, "feedback": "Think of what monkeys eat."},
        ]),
    ),
    "short answer, general feedback with its own format": (
        "::Fruit::Which fruit is long, curved and yellow?{\n    =banana#Yes!\n    =%0%*#Think of monkeys.\n"
        "    ####[html]Bananas grow in <i>bunches</i>.\n}",
        q("short", "Which fruit is long, curved and yellow?", title="Fruit",
          general_feedback="Bananas grow in <i>bunches</i>.", general_feedback_format="html", answers=[
              {"text": "banana", "fraction": 1.0, "feedback": "Yes!"},
              {"text": "*", "fraction": 0.0, "feedback": "Think of monkeys."},
          ]),
    ),
    "true/false, answer FALSE on its own line, both feedbacks": (
        "// true or false\n::Boil:: Water boils at 50 degrees at sea level.{\nFALSE#It boils at 100.#Right: 100.}",
        # Moodle: the first feedback is shown to a wrong answer (here True), the second to a right one.
        tf("Water boils at 50 degrees at sea level.", False, "It boils at 100.", "Right: 100.", title="Boil"),
    ),
    "true/false, {T}": (
        "// name 3-1\n::3-1 Sky::The sky is blue on a clear day.{T}",
        tf("The sky is blue on a clear day.", True, title="3-1 Sky"),
    ),
    "true/false, {TRUE}": (
        "// name 3-1\n::3-1 Sky::The sky is blue on a clear day.{TRUE}",
        tf("The sky is blue on a clear day.", True, title="3-1 Sky"),
    ),
    "a doubled backslash is one backslash": (
        "// essay\n::two backslashes:: C \\\\ D \\\\\\\\ E{}",
        q("essay", "C \\ D \\\\ E", title="two backslashes"),
    ),
    "[html] text over several lines, with escaped braces": (
        "::Code::[html]<p>What does this print?</p>\n<pre>\n    if (ready) \\{\n        say();\n    \\}\n</pre>\n{}",
        q("essay", "<p>What does this print?</p>\n<pre>\n    if (ready) {\n        say();\n    }\n</pre>",
          title="Code", format="html"),
    ),
    "tags and an id from the comment lines": (
        "// Tags for this one: [tag:maths] [tag:mental-arithmetic].\n// And its id: [id:sum-7].\n"
        "::Sum:: What is 3 + 4? {}",
        q("essay", "What is 3 + 4?", title="Sum", id="sum-7", tags=["maths", "mental-arithmetic"]),
    ),
}


@pytest.mark.parametrize("case", MOODLE_IMPORTS, ids=list(MOODLE_IMPORTS))
def test_moodle_import_behaviour(case):
    gift, expected = MOODLE_IMPORTS[case]
    assert only(gift) == expected


# --- Moodle's readings of the [id:] and [tag:] comment ------------------------------------------

MOODLE_COMMENTS = {
    "no comment": ("", None, []),
    "a comment with neither": ("// Just a note for authors.", None, []),
    "an id only": ("// Here is one [id:owl] <-- the id.", "owl", []),
    "tags only": ("// Tags: [tag:owl] [tag:hawk].", None, ["owl", "hawk"]),
    "both": ("// [tag:bird] [tag:night] [id:owl-3]", "owl-3", ["bird", "night"]),
    "both, spread out and padded": (
        "// [tag:  bird] A comment that\n// goes on [id:   owl-4   ] over[tag:night   ] two lines.",
        "owl-4", ["bird", "night"],
    ),
    "a tag cut by a line break is none": ("// Not a tag: [tag:\n// owl].", None, []),
    "\\] inside an id": ("// [id:o\\]wl].", "o]wl", []),
    "\\] inside a tag": ("// [tag:o\\]wl].", None, ["o]wl"]),
}


@pytest.mark.parametrize("case", MOODLE_COMMENTS, ids=list(MOODLE_COMMENTS))
def test_moodle_id_and_tag_comments(case):
    comment, qid, tags = MOODLE_COMMENTS[case]
    gift = f"{comment}\n::Owl:: Owls hunt at night. {{T}}".lstrip("\n")
    assert only(gift) == tf("Owls hunt at night.", True, title="Owl", id=qid, tags=tags)


# --- what Moodle's export writes, read back ------------------------------------------------------

MOODLE_EXPORTS = {
    "essay": (
        "// question: 12  name: Day\n::Day::Tell us about your day.{}\n",
        q("essay", "Tell us about your day.", title="Day"),
    ),
    "matching: an escaped '=' in HTML, prefixes where a left side's format differs": (
        "// question: 13  name: Tools\n"
        "::Tools::[html]Match each <b>tool</b> to its use.{\n"
        '\t=<div class\\="tool">Cuts wood into pieces.</div> -> Saw\n'
        "\t=[moodle]Drives a nail into a board. -> Hammer\n"
        "\t=[plain]Tightens a bolt. -> Spanner\n"
        "\t=[markdown]Measures length. -> Tape\n"
        "\t= -> Chisel\n"
        "}\n",
        q("matching", "Match each <b>tool</b> to its use.", title="Tools", format="html", pairs=[
            {"left": '<div class="tool">Cuts wood into pieces.</div>', "right": "Saw"},
            {"left": "Drives a nail into a board.", "left_format": "moodle", "right": "Hammer"},
            {"left": "Tightens a bolt.", "left_format": "plain", "right": "Spanner"},
            {"left": "Measures length.", "left_format": "markdown", "right": "Tape"},
            {"left": "", "right": "Chisel"},
        ]),
    ),
    "single choice": (
        "// question: 14  name: Colour\n::Colour::Which colour do you get by mixing blue and yellow?{\n"
        "\t=green#right, well done!\n\t~purple#[html]no, that needs red\n\t~[plain]orange#no, that needs red\n}\n",
        q("single", "Which colour do you get by mixing blue and yellow?", title="Colour", choices=[
            choice("green", 1.0, "right, well done!"),
            choice("purple", 0.0, "no, that needs red", feedback_format="html"),
            choice("orange", 0.0, "no, that needs red", format="plain"),
        ]),
    ),
    "multiple answers": (
        "// question: 15  name: Mixes\n::Mixes::Which colour is a primary colour of paint?{\n"
        "\t~%100%red#yes\n\t~%-50%green#no\n\t~%-50%orange#no\n}\n",
        q("multiple", "Which colour is a primary colour of paint?", title="Mixes", choices=[
            choice("red", 1.0, "yes"), choice("green", -0.5, "no"), choice("orange", -0.5, "no"),
        ]),
    ),
    "numerical, its '~#' line for any other number": (
        "// question: 16  name: Legs\n::Legs::How many legs has an insect, give or take two?{#\n"
        "\t=%100%6:2#\n\t~#Count again\n}\n",
        q("numerical", "How many legs has an insect, give or take two?", title="Legs", answers=[
            {"value": 6.0, "tolerance": 2.0, "fraction": 1.0, "feedback": ""},
            {"any": True, "fraction": 0.0, "feedback": "Count again"},
        ]),
    ),
    "short answer, every weight written": (
        "// question: 17  name: Fruit\n::Fruit::Which fruit is long, curved and yellow?{\n"
        "\t=%100%banana#Yes!\n\t=%50%plantain#Close.\n\t=%0%*#Think of monkeys.\n}\n",
        q("short", "Which fruit is long, curved and yellow?", title="Fruit", answers=[
            {"text": "banana", "fraction": 1.0, "feedback": "Yes!"},
            {"text": "plantain", "fraction": 0.5, "feedback": "Close."},
            {"text": "*", "fraction": 0.0, "feedback": "Think of monkeys."},
        ]),
    ),
    "short answer, general feedback in another format": (
        "// question: 18  name: Fruit\n::Fruit::Which fruit is long, curved and yellow?{\n"
        "\t=%100%banana#Yes!\n\t####[html]Bananas grow in bunches.\n}\n",
        q("short", "Which fruit is long, curved and yellow?", title="Fruit",
          general_feedback="Bananas grow in bunches.", general_feedback_format="html",
          answers=[{"text": "banana", "fraction": 1.0, "feedback": "Yes!"}]),
    ),
    "true/false, the wrong answer's feedback in [html]": (
        "// question: 19  name: Sea\n::Sea::Sea water is salty.{TRUE#[html]Taste it: it <i>is</i> salty.#Right.}\n",
        tf("Sea water is salty.", True, "Right.", "Taste it: it <i>is</i> salty.", title="Sea",
           feedback_false_format="html"),
    ),
    "backslashes doubled": (
        "// question: 20  name: backslash\n::backslash::F \\\\ G \\\\\\\\ H{}\n",
        q("essay", "F \\ G \\\\ H", title="backslash"),
    ),
    "id and tags, [html] question, general feedback": (
        "// question: 21  name: True/false question\n// [id:tf-9] [tag:earth] [tag:water]\n"
        "::True/false question::[html]Most of the Earth is covered by water."
        "{TRUE#That is the wrong answer.#That is the right answer.####About 71% of it is.}\n",
        tf("Most of the Earth is covered by water.", True, "That is the right answer.", "That is the wrong answer.",
           title="True/false question", id="tf-9", tags=["earth", "water"], format="html",
           general_feedback="About 71% of it is."),
    ),
}


@pytest.mark.parametrize("case", MOODLE_EXPORTS, ids=list(MOODLE_EXPORTS))
def test_moodle_export_reads_back(case):
    gift, expected = MOODLE_EXPORTS[case]
    assert only(gift) == expected


def test_every_one_of_moodles_33_checks_is_mirrored():
    assert (len(MOODLE_IMPORTS), len(MOODLE_COMMENTS), len(MOODLE_EXPORTS)) == (14, 9, 10)


# --- found on other input (issue #21) ------------------------------------------------------------


def test_an_answer_marker_and_a_space_after_a_feedback_line_starts_an_answer():
    gift = "Which is a fruit? {\n= apple # yes\n~ carrot # a root\n~ leek\n}"
    assert only(gift) == q("single", "Which is a fruit?", choices=[
        choice("apple", 1.0, "yes"), choice("carrot", 0.0, "a root"), choice("leek", 0.0),
    ])


def test_a_percent_sign_with_no_closing_one_is_text_not_a_weight():
    assert only("Type the code word. {=%reset}") == q(
        "short", "Type the code word.", answers=[{"text": "%reset", "fraction": 1.0, "feedback": ""}]
    )
    assert only("Which is a setting? {=%on ~%off}")["choices"] == [choice("%on", 1.0), choice("%off", 0.0)]


def test_a_hash_in_a_matching_pair_stays_in_its_text_as_in_moodle():
    result = parse_gift("Match. {=France -> Paris#Bonne réponse =Italie -> Rome}")
    (question,) = result.questions
    assert to_json(question)["pairs"] == [
        {"left": "France", "right": "Paris#Bonne réponse"}, {"left": "Italie", "right": "Rome"}
    ]
    (warning,) = result.warnings
    assert "Moodle keeps the '#'" in warning.message and "'Paris#Bonne réponse'" in warning.message
    assert "ignores" not in warning.message


def test_text_before_the_first_choice_is_a_wrong_choice_as_in_moodle():
    result = parse_gift("Capital of Kenya? {Mombasa ~Kisumu =Nairobi}")
    assert [(c.text, c.fraction) for c in result.questions[0].choices] == [
        ("Mombasa", 0.0), ("Kisumu", 0.0), ("Nairobi", 1.0)
    ]
    assert "wrong choice" in result.warnings[0].message


def test_the_last_general_feedback_marker_counts_as_in_moodle():
    question = only("Capital of Kenya? {=Nairobi#Yes####this####Since 1963.}")
    assert question["answers"] == [{"text": "Nairobi", "fraction": 1.0, "feedback": "Yes####this"}]
    assert question["general_feedback"] == "Since 1963."


def test_numerical_answers_as_moodle_reads_them():
    # A number before the first '=' is an answer too, and a weight may lead it.
    assert only("Pi? {#3.14:0.01 =%50%3:0.2}")["answers"] == [
        {"value": 3.14, "tolerance": 0.01, "fraction": 1.0, "feedback": ""},
        {"value": 3.0, "tolerance": 0.2, "fraction": 0.5, "feedback": ""},
    ]
    # '~' in a numerical question: feedback for any other number; text before its '#' is ignored, as in Moodle.
    result = parse_gift("Pi? {#=3.14:0.01 ~%50%3.1#Close, but no.}")
    assert to_json(result.questions[0])["answers"][1] == {"any": True, "fraction": 0.0, "feedback": "Close, but no."}
    assert "'=%50%3.1:0.1'" in result.warnings[0].message


def test_a_weight_after_an_equals_sign_in_a_choice_question_warns():
    result = parse_gift("Capital? {=%50%Lyon ~Nice =Paris}")
    assert [c.fraction for c in result.questions[0].choices] == [0.5, 0.0, 1.0]
    assert "Moodle gives an '=' choice full marks" in result.warnings[0].message


# --- Moodle syntax that is not GIFT: refused, with the line and what it is ---------------------------


@pytest.mark.parametrize(
    "gift,line,hint",
    [
        ("A note.\n\nThe capital is {1:MULTICHOICE:=Nairobi~Mombasa}.", 3, "embedded answers (Cloze) format, not GIFT"),
        ("Name it: {:SHORTANSWER:=owl}", 1, "embedded answers (Cloze) format, not GIFT"),
        ("Pick {=a ~b} or {2:MC:~c~=d}", 1, "embedded answers (Cloze) format, not GIFT"),
        ("Capital?\n{~=Nairobi~Mombasa}", 2, "'~=' marks a right answer in Moodle's embedded answers (Cloze)"),
    ],
)
def test_moodle_cloze_syntax_is_refused_with_a_hint(gift, line, hint):
    result = parse_gift(gift)
    assert [q.type for q in result.questions] == (["description"] if gift.startswith("A note") else [])
    (error,) = result.errors
    assert error.line == line and hint in error.message


def test_a_blank_line_inside_the_braces_is_one_error_naming_it():
    result = parse_gift("::Before:: Sky? {T}\n\n::Q:: Capital? {\n=Nairobi\n\n~Mombasa\n}\n\n::After:: Sea? {F}")
    assert [q.title for q in result.questions] == ["Before", "After"]
    (error,) = result.errors
    assert error.line == 3 and "a blank line inside the answers' braces (line 5)" in error.message
    assert "'}' on line 7" in error.message


# --- the same JSON from the command line ------------------------------------------------------------


def test_kiosk_quiz_check_json_prints_these_questions(tmp_path):
    cases = [*MOODLE_IMPORTS.values(), *MOODLE_EXPORTS.values()]
    quiz = tmp_path / "moodle.gift"
    quiz.write_text("\n\n".join(gift for gift, _ in cases) + "\n", encoding="utf-8")
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-m", "kiosk", "quiz", "check", quiz, "--json"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [expected for _, expected in cases]
    assert "0 errors, 0 warnings" in done.stderr
