"""Grading every question type, with partial credit and negative weights."""

from __future__ import annotations

import pytest

from kiosk.core.errors import InvalidInput
from kiosk.core.quiz.gift import parse_gift
from kiosk.core.quiz.grading import GradingStatus, grade_response, parse_number


def question(text):
    result = parse_gift(text)
    assert len(result.questions) == 1, result.problems
    return result.questions[0]


SINGLE = question("Capital? {=Paris#Yes ~London#No ~%50%Lyon#Half ~%-50%Berlin#Costly ####Since 987.}")
MULTIPLE = question("Primes? {~%50%2#two ~%50%3#three ~%-100%4#four ~%-50%9}")


def test_single_choice_right_wrong_partial_and_negative():
    right = grade_response(SINGLE, 0)
    assert (right.fraction, right.correct, right.feedback, right.general_feedback) == (1.0, True, "Yes", "Since 987.")
    wrong = grade_response(SINGLE, 1)
    assert (wrong.fraction, wrong.correct, wrong.feedback, wrong.right_answer) == (0.0, False, "No", "Paris")
    assert grade_response(SINGLE, 2).fraction == 0.5
    assert grade_response(SINGLE, 3).fraction == 0.0  # negative weight, clamped at zero
    assert grade_response(SINGLE, None).fraction == 0.0
    with pytest.raises(InvalidInput):
        grade_response(SINGLE, 7)


def test_multiple_choice_sums_weights_and_clamps():
    both = grade_response(MULTIPLE, [0, 1])
    assert (both.fraction, both.correct, both.feedback) == (1.0, True, "two\nthree")
    assert grade_response(MULTIPLE, [0]).fraction == 0.5
    assert grade_response(MULTIPLE, [0, 1, 3]).fraction == 0.5  # 0.5 + 0.5 - 0.5
    assert grade_response(MULTIPLE, [0, 2]).fraction == 0.0  # 0.5 - 1.0, clamped
    assert grade_response(MULTIPLE, [0, 1, 2, 3]).fraction == 0.0  # ticking everything does not pay
    assert grade_response(MULTIPLE, []).fraction == 0.0
    assert grade_response(MULTIPLE, [1]).right_answer == "2; 3"


def test_true_false_with_its_two_feedbacks():
    moon = question("The moon is cheese. {F#Look again.#Right, rock.}")
    said_true = grade_response(moon, True)
    assert (said_true.fraction, said_true.feedback, said_true.right_answer) == (0.0, "Look again.", "False")
    said_false = grade_response(moon, False)
    assert (said_false.correct, said_false.feedback) == (True, "Right, rock.")
    with pytest.raises(InvalidInput):
        grade_response(moon, "yes")


def test_short_answers_tolerate_case_space_and_unicode_form():
    planet = question("Largest planet? {=Jupiter =%50%Saturn#Second largest. =São Tomé}")
    assert grade_response(planet, "  jUPITER ").fraction == 1.0
    saturn = grade_response(planet, "saturn")
    assert (saturn.fraction, saturn.feedback, saturn.right_answer) == (0.5, "Second largest.", "Jupiter")
    assert grade_response(planet, "Sa\u0303o   Tome\u0301").fraction == 1.0  # decomposed accents
    assert grade_response(planet, "Mars").fraction == 0.0
    assert grade_response(planet, "Jupiter Saturn").fraction == 0.0  # whole answer, not a substring


def test_short_answer_wildcards():
    wild = question(r"Starts with kio? {=kio* =%50%*osk}")
    assert grade_response(wild, "Kiosk").fraction == 1.0  # best matching answer wins
    assert grade_response(wild, "desk kiosk").fraction == 0.5
    assert grade_response(wild, "kiwi").fraction == 0.0
    literal = question(r"Type a star? {=a\*b}")
    assert grade_response(literal, "a*b").fraction == 1.0
    assert grade_response(literal, "axxb").fraction == 0.0


def test_numerical_tolerance_ranges_best_answer_and_comma_decimals():
    pi = question("Pi? {#=3.14159:0.005#Precise =%50%3.1:0.1#Close}")
    assert grade_response(pi, "3.14").fraction == 1.0
    assert grade_response(pi, "3,14").fraction == 1.0
    close = grade_response(pi, "3.05")
    assert (close.fraction, close.feedback) == (0.5, "Close")
    assert grade_response(pi, "3.2").fraction == 0.5  # edge of the 3.1 ± 0.1 window
    assert grade_response(pi, "4").fraction == 0.0
    assert grade_response(pi, "pie").fraction == 0.0
    assert grade_response(pi, "4").right_answer == "3.14159 (± 0.005)"
    ranged = question("1 to 5? {#1..5}")
    assert [grade_response(ranged, v).fraction for v in ("1", "5", "5.01", "0.99")] == [1.0, 1.0, 0.0, 0.0]
    assert grade_response(ranged, "9").right_answer == "between 1 and 5"


@pytest.mark.parametrize(
    "typed,value",
    [("3.14", 3.14), ("3,14", 3.14), (" -2 ", -2.0), ("1 000", 1000.0), ("1,000.5", 1000.5), ("\u22125", -5.0), ("abc", None), ("", None)],
)
def test_parse_number(typed, value):
    assert parse_number(typed) == value


def test_matching_gives_a_share_for_each_right_pair():
    match = question("Match {=Kenya -> Nairobi =Ghana -> Accra =Peru -> Lima = -> Oslo}")
    assert grade_response(match, ["Nairobi", "Accra", "Lima"]).fraction == 1.0
    two = grade_response(match, ["Nairobi", "Accra", "Oslo"])
    assert two.fraction == pytest.approx(2 / 3) and not two.correct
    assert two.right_answer == "Kenya → Nairobi; Ghana → Accra; Peru → Lima"
    assert grade_response(match, [None, None, None]).fraction == 0.0
    with pytest.raises(InvalidInput):
        grade_response(match, ["Nairobi"])


def test_essays_wait_for_a_facilitator_and_descriptions_are_not_graded():
    essay = grade_response(question("Describe your village. {####Thanks.}"), "It is by a river.")
    assert (essay.fraction, essay.correct, essay.status, essay.general_feedback) == (None, False, GradingStatus.PENDING_REVIEW, "Thanks.")
    note = grade_response(question("Read this first."), None)
    assert (note.fraction, note.status) == (None, GradingStatus.NOT_GRADED)


def test_question_text_becomes_safe_html():
    from kiosk.core.quiz.text import formatted_to_html

    assert formatted_to_html("a <b>bold</b> <img src=http://x/y.png> <script>alert(1)</script>", "html") == "a <b>bold</b>  "
    assert formatted_to_html('<b onclick="x">b</b>', "html") == "<b>b</b>"
    assert formatted_to_html("**strong** <i>raw</i>", "markdown") == "<p><strong>strong</strong> &lt;i&gt;raw&lt;/i&gt;</p>\n"
    assert formatted_to_html("1 < 2\nnext", "moodle") == "1 &lt; 2<br>next"


def test_feedback_keeps_each_texts_format_for_the_screen():
    colours = question(
        "[markdown]Which make green? {~%50%[html]<b>blue</b>#[html]yes, <i>blue</i> ~%50%yellow#**yes** "
        "~%-100%red ####[plain]Blue + yellow = green.}"
    )
    both = grade_response(colours, [0, 1])
    assert both.feedback_parts == (("yes, <i>blue</i>", "html"), ("**yes**", "markdown"))
    assert both.feedback == "yes, <i>blue</i>\n**yes**"
    assert (both.general_feedback, both.general_feedback_format) == ("Blue + yellow = green.", "plain")
    wrong = grade_response(colours, [2])
    assert wrong.feedback_parts == () and wrong.right_answer == "blue; yellow"  # words, never markup
    tf = grade_response(question("Sky? {T#[html]<i>look</i> up#Right}"), False)
    assert tf.feedback_parts == (("<i>look</i> up", "html"),)


def test_numerical_feedback_for_any_other_number():
    legs = question("Legs of an insect? {#=6#Yes =%50%8#That is a spider. ~#Count again}")
    assert grade_response(legs, "6").feedback == "Yes"
    spider = grade_response(legs, "8")
    assert (spider.fraction, spider.feedback) == (0.5, "That is a spider.")
    other = grade_response(legs, "100")
    assert (other.fraction, other.feedback, other.right_answer) == (0.0, "Count again", "6")


def test_the_right_answer_comes_as_lines_for_a_screen_and_one_line_for_the_cli():
    from kiosk.core.quiz.gift import parse_gift
    from kiosk.core.quiz.grading import grade_response, right_choices

    matching, multiple = parse_gift(
        "::M::Match. {=Tap -> Open =Swipe -> Scroll}\n\n::P::Which? {~%50%a ~%50%b ~%-100%c}"
    ).questions
    feedback = grade_response(matching, ["Scroll", "Open"])
    assert feedback.right_answer_lines == ("Tap → Open", "Swipe → Scroll")
    assert feedback.right_answer == "Tap → Open; Swipe → Scroll"
    assert grade_response(multiple, [2]).right_answer_lines == ("a", "b")
    assert right_choices(multiple) == {0, 1}
