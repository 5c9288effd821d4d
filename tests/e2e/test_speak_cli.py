"""``kiosk speak``: the kiosk's own voice from the command line, to a WAV file or the sound device."""

from __future__ import annotations

import json
import wave


def test_speak_writes_the_speech_of_each_language_to_a_wav_file(kiosk_cli, tmp_path):
    for language, text in [("en", "Welcome. Click to choose."), ("fr", "Bienvenue. Cliquez pour choisir."),
                           ("ar", "أهلًا بك. انقر لتختار.")]:
        out = tmp_path / f"{language}.wav"
        result = kiosk_cli("speak", "--language", language, text, "-o", str(out), "--json", check=True)
        info = json.loads(result.stdout)
        assert info["sentences"] == 2 and info["rms"] > 500
        with wave.open(str(out)) as audio:
            assert (audio.getnchannels(), audio.getsampwidth(), audio.getframerate()) == (1, 2, 22050)
            assert abs(audio.getnframes() / 22050 - info["seconds"]) < 0.02


def test_speak_plays_sentence_by_sentence_on_the_null_device(kiosk_cli):
    result = kiosk_cli("speak", "One. Two.", check=True)  # KIOSK_AUDIO_BACKEND=null in the tests
    assert result.stdout.splitlines() == ["One.", "Two."]


def test_speak_refuses_a_language_without_a_voice_in_one_line(kiosk_cli):
    result = kiosk_cli("speak", "--language", "sw", "Habari.")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["kiosk: There is no voice for the language 'sw'; one of: en, fr, ar."]
