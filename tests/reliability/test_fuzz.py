"""Hostile input never crashes Kiosk: the parsers and the grader either work or say why (KnownError).

Default: a modest number of examples per target (the whole file runs in about 20 s).
``KIOSK_FUZZ=long python -m pytest -q tests/reliability/test_fuzz.py`` runs 20,000 per target.
Failing inputs found here are kept as explicit regression tests at the bottom.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.credentials import payload, verify
from kiosk.core.errors import KnownError
from kiosk.core.quiz import parse_quiz_text
from kiosk.core.quiz.gift import parse_gift
from kiosk.core.quiz.grading import grade_response
from kiosk.core.quiz.json_form import to_json

from .fuzzing import FUZZ, VALID_GIFT

GIFT_PIECES = st.sampled_from(
    ["{", "}", "=", "~", "#", "->", "%", "%50%", "%-100%", "::", "\\", "\\:", "\n", "\n\n", "//", "[id:x]",
     "[tag:y]", "T", "FALSE", "..", ":", "1e308", "-", "$CATEGORY:", "[html]", "[markdown]", "\u202e", "\x00", " ",
     "~#", "[plain]", "\\]", "{1:MC:", "<b>", "<img ", "\n\n="]
)


def _mutations(base: str):
    """Text made by cutting ``base`` at random places and splicing GIFT's special pieces in."""
    return st.lists(st.tuples(st.integers(0, len(base)), GIFT_PIECES | st.text(max_size=8)), max_size=8).map(
        lambda edits: _apply(base, edits)
    )


def _apply(base: str, edits) -> str:
    text = base
    for position, piece in edits:
        position = min(position, len(text))
        text = text[:position] + piece + text[position + len(piece) // 2 :]
    return text


def _check_parse(text: str) -> None:
    result = parse_gift(text)
    for question in result.questions:
        json.dumps(to_json(question))  # every parsed question has a JSON form
    for problem in result.problems:
        assert problem.severity in ("error", "warning")


# --- GIFT -----------------------------------------------------------------------------


@FUZZ
@given(st.text(max_size=400))
def test_gift_parser_never_raises_on_any_text(text):
    _check_parse(text)


@FUZZ
@given(_mutations(VALID_GIFT))
def test_gift_parser_never_raises_on_mangled_valid_gift(text):
    _check_parse(text)


@FUZZ
@given(st.text(max_size=300) | st.builds(json.dumps, st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=20)))
def test_json_quiz_reader_gives_only_known_errors(text):
    try:
        parse_quiz_text(text, json_form=True)
    except KnownError:
        pass


# --- grading -------------------------------------------------------------------------------

QUESTIONS = parse_gift(VALID_GIFT).questions
RESPONSES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10) | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5),
    max_leaves=10,
)


@FUZZ
@given(st.sampled_from(QUESTIONS), RESPONSES)
def test_grading_random_responses_gives_a_fraction_in_range_or_a_known_error(question, response):
    try:
        feedback = grade_response(question, response)
    except KnownError:
        return
    if feedback.fraction is not None:
        assert 0.0 <= feedback.fraction <= 1.0 and not math.isnan(feedback.fraction)
        assert feedback.correct == (feedback.fraction >= 0.999)


# --- certificate payloads ----------------------------------------------------------------

BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _decodes_cleanly(raw: bytes) -> None:
    try:
        fields = payload.decode(raw)
    except payload.InvalidPayload:
        return
    assert payload.encode(fields) == raw  # what is read back writes the same bytes


@FUZZ
@given(st.binary(max_size=300))
def test_payload_decoder_on_random_bytes(raw):
    _decodes_cleanly(raw)


@FUZZ
@given(st.text(alphabet=BASE32 + "=/:.?#abc01 ", max_size=260) | st.text(max_size=120))
def test_payload_text_reader_on_random_base32_and_text(text):
    try:
        raw = payload.payload_from_text(text)
    except payload.InvalidPayload:
        return
    _decodes_cleanly(raw)


@pytest.fixture
def signed_payload(set_up_kiosk) -> bytes:
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.issuing import award_credential
    from kiosk.core.learners.profiles import create_learner
    from kiosk.core.storage import repo

    from .harness import PACK_MANIFEST

    repo.save_installed_pack(manifest=PACK_MANIFEST, folder="x", publisher_key_id="T", installed_at=set_up_kiosk and date(2025, 1, 1))
    learner = create_learner("Zainab Okoye")
    issued = award_credential(learner_id=learner.id, definition=find_definition("reliability.pack/steady"), method="mastery")
    return payload.from_base32(issued.payload)


@FUZZ
@given(data=st.data())
def test_mutated_valid_payloads_never_verify_and_never_crash(signed_payload, data):
    raw = bytearray(signed_payload)
    flips = data.draw(st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255)), min_size=1, max_size=4))
    for position, mask in flips:
        raw[position] ^= mask
    cut = data.draw(st.integers(0, len(raw)))
    mutated = bytes(raw[:cut]) + data.draw(st.binary(max_size=4)) if data.draw(st.booleans()) else bytes(raw)
    if mutated == signed_payload:
        return
    checked = verify.verify_payload(mutated)
    assert not checked.ok
    text_checked = verify.verify_text("https://verify.example.org/C/" + payload.to_base32(mutated))
    assert not text_checked.ok


def test_the_valid_payload_itself_verifies(signed_payload):
    assert verify.verify_payload(signed_payload).ok


# --- packs ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_kpack(tmp_path_factory) -> bytes:
    from kiosk.core.packs.build import build_pack

    from ..core.packs.kpack_maker import MINI_SOURCE

    out = tmp_path_factory.mktemp("fuzz") / "mini.kpack"
    build_pack(MINI_SOURCE, out)
    return out.read_bytes()


def _read(tmp_path, data: bytes) -> None:
    from kiosk.core.packs.archive import peek_pack, read_pack

    file = tmp_path / "fuzzed.kpack"
    file.write_bytes(data)
    for reader in (peek_pack, read_pack):
        try:
            reader(file)
        except KnownError:
            pass


@FUZZ
@given(data=st.data())
def test_pack_reader_on_mangled_zips_gives_only_known_errors(small_kpack, tmp_path, data):
    raw = bytearray(small_kpack)
    kind = data.draw(st.sampled_from(["flip", "truncate", "splice", "zero-run"]))
    if kind == "flip":
        for position, mask in data.draw(st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255)), min_size=1, max_size=8)):
            raw[position] ^= mask
    elif kind == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    elif kind == "splice":
        at = data.draw(st.integers(0, len(raw)))
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=64))
    else:
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at : at + data.draw(st.integers(1, 64))] = bytes(64)
    _read(tmp_path, bytes(raw))


@pytest.mark.filterwarnings("ignore:Duplicate name")
@FUZZ
@given(entries=st.lists(st.tuples(st.sampled_from(["manifest.json", "signature.json", "lessons/a.md", "../x", "a/../../b", "C:/x", "media/é.svg"]) | st.text(max_size=20), st.binary(max_size=200)), max_size=6))
def test_pack_reader_on_random_zips_gives_only_known_errors(tmp_path, entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            if name:
                try:
                    archive.writestr(name, content)
                except (ValueError, UnicodeEncodeError, IndexError):  # zipfile itself rejects some names (e.g. "//")
                    pass
    _read(tmp_path, buffer.getvalue())


# --- regressions found by the fuzzing above ---------------------------------------------------


@pytest.mark.parametrize("response", [0.0, 1.5, {"a": 1}, "0", b"\x00"])
def test_regression_a_choice_question_refuses_a_response_that_is_not_indexes(response):
    """Found by hypothesis: a float response to a choice question raised TypeError, not InvalidInput."""
    single, multiple = QUESTIONS[0], QUESTIONS[1]
    for question in (single, multiple):
        with pytest.raises(KnownError):
            grade_response(question, response)
