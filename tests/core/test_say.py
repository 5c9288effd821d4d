"""Core's words: English for the CLI, with template and arguments kept for the app to translate."""

import pytest

from kiosk.core.errors import InvalidInput
from kiosk.core.learners.pins import validate_pin
from kiosk.core.say import QT_TRANSLATE_NOOP, fill, say


def test_a_message_reads_in_english_and_keeps_what_it_was_made_from():
    said = say(QT_TRANSLATE_NOOP("core", "Master: %1"), "Use a mouse")
    assert said == "Master: Use a mouse"
    assert (said.template, said.args) == ("Master: %1", ("Use a mouse",))


def test_arguments_are_filled_in_once_so_their_own_percent_signs_stay():
    assert fill("%1 then %2", ["%2", "100%"]) == "%2 then 100%"
    assert fill("no arguments: %3", []) == "no arguments: %3"


def test_a_known_error_carries_its_message_for_translation():
    with pytest.raises(InvalidInput) as refused:
        validate_pin("12")
    assert str(refused.value) == "A PIN has 4 to 6 digits; this one has 2."
    assert refused.value.said.template == "A PIN has %1 to %2 digits; this one has %3."
    assert InvalidInput("plain words").said is None
