"""The registry pages' words (kiosk/registry/words.json), keyed by the English text the code says."""

import re

from kiosk.registry import pages

OTHER_LANGUAGES = set(pages.LANGUAGES) - {"en"}


def test_every_verdict_and_error_text_is_there_in_each_page_language():
    texts = ["VALID", "INVALID", "REVOKED", "Error", *pages.HEADLINES.values(), *pages.INVALID_REASONS.values(),
             *pages.ERROR_TITLES.values()]
    for text in texts:
        assert set(pages.WORDS.get(text, {})) == OTHER_LANGUAGES, text


def test_each_translation_keeps_the_english_text_s_blanks():
    for english, translated in pages.WORDS.items():
        assert set(translated) <= OTHER_LANGUAGES, english
        for lang, text in translated.items():
            assert text and sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", english)), (lang, english)


def test_a_text_is_said_in_the_page_s_language_or_else_in_english():
    assert pages.say("fr", "Check") == "Vérifier"
    assert pages.say("ar", "Check") == "تحقّق"
    assert pages.say("en", "Check") == "Check"
    assert pages.say("fr", "Withdrawn on {when}", when="today") == "Withdrawn on today"  # not in the table
    assert pages.say("fr", "Genuine, but withdrawn on {date}.", date="1er mars") == "Authentique, mais retiré le 1er mars."
