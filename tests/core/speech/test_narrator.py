"""The narrator reads sentence by sentence through a sound device (miniaudio's null device here),
says where it is, and stops when told."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kiosk.core.speech.audio import AudioPlayer, AudioUnavailable, decode_recording, recording_info
from kiosk.core.speech.engine import Speed, speech_engine
from kiosk.core.speech.narrator import Narrator, Part
from kiosk.core.speech.recordings import Recording

AUDIO = Path(__file__).resolve().parents[2] / "fixtures" / "audio"


class Listener:
    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.first = threading.Event()
        self.done = threading.Event()
        self.lock = threading.Lock()

    def reading(self, number, part, start, end):
        with self.lock:
            self.events.append(("reading", number, part, start, end))
        self.first.set()

    def finished(self, number):
        with self.lock:
            self.events.append(("finished", number))
        self.done.set()

    def failed(self, number, error):
        with self.lock:
            self.events.append(("failed", number, error))
        self.done.set()


@pytest.fixture
def narrator():
    listener = Listener()
    narrator = Narrator(listener, backend="null")
    narrator.listener = listener
    yield narrator
    narrator.close()


def test_the_player_plays_a_clip_to_the_end_on_the_null_device():
    started, drained = [], threading.Event()
    player = AudioPlayer(on_started=started.append, on_drained=drained.set, backend="null")
    assert player.backend.lower() == "null"
    player.queue(speech_engine().synthesise("Yes.", language="en"), "yes")
    player.finish()
    assert drained.wait(30)
    assert started == ["yes"]
    player.close()


def test_the_player_stops_when_closed():
    started, drained = [], threading.Event()
    player = AudioPlayer(on_started=started.append, on_drained=drained.set, backend="null")
    long = speech_engine().synthesise("This sentence is long enough to still be playing when we stop it. " * 4,
                                      language="en")
    player.queue(long, "long")
    player.finish()
    assert player.started
    player.close()
    assert not drained.is_set()  # stopped, so it never reports having played to the end


def test_a_reading_goes_sentence_by_sentence_and_finishes(narrator):
    parts = [Part("One. Two, three.", "en"), Part("Un, deux.", "fr"), Part("واحد.", "ar")]
    number = narrator.read(parts, speed=Speed.FAST)
    assert narrator.listener.done.wait(60)
    assert narrator.listener.events == [
        ("reading", number, 0, 0, 4),
        ("reading", number, 0, 5, 16),
        ("reading", number, 1, 0, 9),
        ("reading", number, 2, 0, 5),
        ("finished", number),
    ]


def test_stop_ends_a_reading_and_it_says_nothing_more(narrator):
    text = " ".join(f"This is sentence number {n} of a long page." for n in range(1, 9))
    narrator.read([Part(text, "en")])
    assert narrator.listener.first.wait(30)
    narrator.stop()
    with narrator.listener.lock:
        heard = list(narrator.listener.events)
    narrator.close()  # the narrator's thread has handled the stop and let the device go
    assert narrator.listener.events == heard
    assert len(heard) < 8
    assert not any(event[0] == "finished" for event in heard)


def test_a_new_reading_replaces_the_one_before(narrator):
    first = narrator.read([Part("A first page that is never heard to its end. " * 3, "en")])
    second = narrator.read([Part("Second.", "en")])
    assert narrator.listener.done.wait(60)
    assert ("finished", second) in narrator.listener.events
    assert not any(event[1] == first for event in narrator.listener.events)


def test_a_recording_plays_instead_of_the_voice(narrator, tmp_path):
    (tmp_path / "media" / "audio").mkdir(parents=True)
    (tmp_path / "media" / "audio" / "01-mouse.ogg").write_bytes((AUDIO / "welcome.ogg").read_bytes())
    text = "Welcome. This recording is a human voice."
    number = narrator.read([Part(text, "en", Recording(tmp_path, "media/audio/01-mouse.ogg"))])
    assert narrator.listener.done.wait(60)
    # One piece for the whole part: a recording has no sentence marks.
    assert narrator.listener.events == [("reading", number, 0, 0, len(text)), ("finished", number)]


def test_a_missing_recording_falls_back_to_the_voice(narrator, tmp_path):
    number = narrator.read([Part("Hello. Again.", "en", Recording(tmp_path, "media/audio/none.ogg"))])
    assert narrator.listener.done.wait(60)
    assert [e for e in narrator.listener.events if e[0] == "reading"] == [
        ("reading", number, 0, 0, 6),
        ("reading", number, 0, 7, 13),
    ]


def test_no_voice_for_the_language_is_reported(narrator):
    number = narrator.read([Part("Habari.", "sw")])
    assert narrator.listener.done.wait(30)
    kind, got, error = narrator.listener.events[-1]
    assert (kind, got) == ("failed", number)
    assert "no voice" in str(error)


@pytest.mark.parametrize("name", ["welcome.ogg", "welcome.mp3"])
def test_recordings_in_vorbis_and_mp3_decode_to_the_voice_rate(name):
    data = (AUDIO / name).read_bytes()
    kind, seconds = recording_info(name, data)
    assert kind == {"welcome.ogg": "vorbis", "welcome.mp3": "mp3"}[name]
    assert 2.5 < seconds < 3.5
    clip = decode_recording(name, data)
    assert clip.sample_rate == 22050
    assert abs(clip.duration - seconds) < 0.1
    assert clip.rms() > 500


def test_a_file_that_is_not_a_recording_is_refused():
    with pytest.raises(AudioUnavailable):
        recording_info("media/audio/x.ogg", b"OggS" + bytes(200))
    with pytest.raises(AudioUnavailable):
        recording_info("media/audio/x.mp3", (AUDIO / "welcome.ogg").read_bytes())
    with pytest.raises(AudioUnavailable):
        recording_info("media/audio/x.wav", b"RIFF")
