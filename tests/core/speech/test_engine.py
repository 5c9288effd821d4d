"""eSpeak NG from its wheel speaks English, French and Arabic: real, audible sound of a likely length."""

import pytest

from kiosk.core.speech.engine import Speed, SpeechUnavailable, language_voice, speech_engine

SENTENCES = {
    "en": "The mouse moves the small arrow on the screen.",
    "fr": "La souris déplace la petite flèche sur l'écran.",
    "ar": "الفأرة تحرك السهم الصغير على الشاشة.",
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_sentence_becomes_audible_speech_of_a_plausible_length(language):
    text = SENTENCES[language]
    clip = speech_engine().synthesise(text, language=language)
    words = len(text.split())
    # Spoken at 150 words a minute with pauses: between a fifth of a second and a second a word.
    assert 0.2 * words < clip.duration < 1.0 * words
    assert clip.sample_rate == 22050
    assert clip.rms() > 500  # not silence: speech here is around 2000-3500
    assert max(clip.samples) > 5000


def test_each_language_has_its_own_voice():
    engine = speech_engine()
    english = engine.synthesise("Bonjour", language="en")
    french = engine.synthesise("Bonjour", language="fr")
    assert english.samples != french.samples


def test_slow_is_slower_than_fast():
    engine = speech_engine()
    slow = engine.synthesise(SENTENCES["ar"], language="ar", speed=Speed.SLOW)
    fast = engine.synthesise(SENTENCES["ar"], language="ar", speed=Speed.FAST)
    assert slow.duration > fast.duration * 1.3


def test_nothing_to_say_is_an_empty_clip():
    assert speech_engine().synthesise("✔ →", language="en").duration == 0


def test_languages_map_to_voices_and_others_are_refused():
    assert language_voice("fr-CA") == "fr"
    assert language_voice("AR") == "ar"
    assert language_voice("sw") is None
    with pytest.raises(SpeechUnavailable):
        speech_engine().synthesise("Habari", language="sw")


def test_speeds_read_back_from_storage():
    assert Speed.parse("slow") is Speed.SLOW
    assert Speed.parse(None) is Speed.NORMAL
    assert Speed.parse("warp") is Speed.NORMAL
