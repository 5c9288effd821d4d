"""A pack may carry recordings (Ogg Vorbis or MP3) of its lessons and questions: checked when
built and when imported, found by name, read from the installed pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.errors import KnownError
from kiosk.core.packs.build import build_pack
from kiosk.core.packs.content import audio_problems
from kiosk.core.packs.format import MAX_AUDIO_BYTES, check_entry_path
from kiosk.core.packs.library import import_pack
from kiosk.core.packs.reading import installed_pack, pack_media
from kiosk.core.speech.recordings import Recording, lesson_recording, question_recording

from .kpack_maker import copy_source, simple_files, write_kpack

AUDIO = Path(__file__).resolve().parents[2] / "fixtures" / "audio"
OGG = (AUDIO / "welcome.ogg").read_bytes()
MP3 = (AUDIO / "welcome.mp3").read_bytes()


def with_recordings(tmp_path, recordings: dict[str, bytes]) -> Path:
    src = copy_source(tmp_path)
    for name, data in recordings.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(data)
    return src


def test_recordings_are_allowed_only_as_ogg_or_mp3():
    assert check_entry_path("media/audio/01-mouse.ogg") is None
    assert check_entry_path("media/audio/01-devices/mini-001.mp3") is None
    assert check_entry_path("media/audio/01-mouse.wav")
    assert check_entry_path("media/audio/01-mouse.opus")


def test_a_pack_with_recordings_builds_imports_and_plays_them_back(tmp_path, database):
    src = with_recordings(tmp_path, {"media/audio/01-mouse.ogg": OGG, "media/audio/01-devices/mini-001.mp3": MP3})
    result = build_pack(src, tmp_path / "mini.kpack")
    files = result.manifest["files"]
    assert {"media/audio/01-mouse.ogg", "media/audio/01-devices/mini-001.mp3"} <= set(files)

    import_pack(result.path)
    pack = installed_pack("kiosk.sample.mini")
    listed = pack.manifest["files"]
    assert lesson_recording(listed, "lessons/01-mouse.md") == "media/audio/01-mouse.ogg"
    assert lesson_recording(listed, "lessons/02-keyboard.md") is None
    assert question_recording(listed, "quizzes/01-devices.gift", "mini-001") == "media/audio/01-devices/mini-001.mp3"
    assert question_recording(listed, "quizzes/01-devices.gift", "mini-002") is None
    # Media stay in the installed pack file; the recording is read back whole from it.
    assert pack_media(Path(pack.folder), "media/audio/01-mouse.ogg") == OGG
    assert Recording(Path(pack.folder), "media/audio/01-devices/mini-001.mp3").read() == MP3


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("media/audio/01-mouse.ogg", b"OggS" + bytes(300), "not a recording the kiosk can play"),
        ("media/audio/01-mouse.ogg", MP3, "not a recording the kiosk can play"),  # an MP3 named .ogg
        ("media/audio/01-mouse.mp3", b"\x00" * 500, "not a recording the kiosk can play"),
        ("media/audio/01-mouse.ogg", OGG + bytes(MAX_AUDIO_BYTES), "oversized recording"),
        ("lessons/01-mouse.ogg", OGG, "not inside media/"),
    ],
)
def test_the_builder_refuses_a_bad_recording_and_names_it(tmp_path, name, data, words):
    src = with_recordings(tmp_path, {name: data})
    with pytest.raises(KnownError) as refused:
        build_pack(src, tmp_path / "bad.kpack")
    assert name in str(refused.value) and words in str(refused.value)


def test_an_import_refuses_a_bad_recording_that_skipped_the_builder(tmp_path, database, kiosk_home, snapshot):
    files = {**simple_files(), "media/audio/01-mouse.ogg": b"OggS" + bytes(300)}
    before = snapshot(kiosk_home)
    with pytest.raises(KnownError) as refused:
        import_pack(write_kpack(tmp_path / "hand.kpack", files))
    assert "media/audio/01-mouse.ogg" in str(refused.value)
    assert snapshot(kiosk_home) == before


def test_a_good_recording_has_no_problems():
    assert audio_problems("media/audio/01-mouse.ogg", OGG) == []
    assert audio_problems("media/audio/x/q-1.mp3", MP3) == []


def test_recording_names_that_cannot_be_files_find_nothing():
    assert question_recording({"media/audio/q/a/b.ogg"}, "quizzes/q.gift", "a/b") is None
    assert question_recording(set(), "quizzes/q.gift", "") is None
