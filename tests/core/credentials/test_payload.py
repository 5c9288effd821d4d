from __future__ import annotations

from dataclasses import replace

from datetime import date

import pytest
import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.credentials import payload, shortcode
from kiosk.core.credentials.payload import CertificateFields, InvalidPayload


def _fields(**changes) -> CertificateFields:
    values = dict(
        key_id="K7Q2M4XA",
        serial="3FJ5QW2T",
        issued_on=date(2025, 3, 4),
        method="mastery",
        score=85,
        credential_code="3FA9C21B",
        title="Digital basics",
        learner_name="Amina Okafor",
        signature=bytes(range(64)),
    )
    values.update(changes)
    return CertificateFields(**values)


@given(
    name=st.text(min_size=1, max_size=40),
    title=st.text(min_size=1, max_size=16),
    score=st.one_of(st.none(), st.integers(0, 100)),
    method=st.sampled_from(payload.METHODS),
    day=st.dates(date(2020, 1, 1), date(2199, 1, 1)),
)
@settings(max_examples=60, deadline=None)
def test_payload_round_trips(name, title, score, method, day):
    fields = _fields(learner_name=name, title=title, score=score, method=method, issued_on=day)
    url = payload.certificate_url(payload.encode(fields), "https://verify.example.org")
    assert payload.decode(payload.payload_from_text(url)) == fields


def test_url_is_qr_alphanumeric_without_fragment():
    url = payload.certificate_url(payload.encode(_fields()), "https://verify.example.org")
    assert url.startswith("HTTPS://VERIFY.EXAMPLE.ORG/C/")
    assert "#" not in url and "=" not in url
    assert set(url) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert payload.certificate_url(payload.encode(_fields()), None).startswith(payload.DEFAULT_VERIFY_URL + "/C/")


def _qr_version(fields) -> int:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q)
    qr.add_data(payload.certificate_url(payload.encode(fields), "https://verify.example.org"))
    qr.make(fit=True)
    return qr.version


@pytest.mark.parametrize("demonstration", [False, True])  # the flag makes the number about 128 times larger
@pytest.mark.parametrize("title", ["Digital basics", "Safe online banking 1"])  # 14 and 21 bytes
def test_qr_version_for_a_24_byte_name(title, demonstration):
    fields = _fields(learner_name="Ngozi Adaeze Okonkwo-Eze", title=title)
    assert _qr_version(replace(fields, demonstration=demonstration)) <= 10


def test_the_digits_take_a_smaller_qr_than_base32():
    fields = _fields(learner_name="A" * 24, title="Digital basics")
    raw = payload.encode(fields)
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q)
    qr.add_data("HTTPS://VERIFY.EXAMPLE.ORG/C/" + payload.to_base32(raw))
    qr.make(fit=True)
    assert _qr_version(fields) == 10 and qr.version == 11


def test_certificates_printed_in_base32_still_read():
    raw = payload.encode(_fields())
    assert payload.payload_from_text("https://verify.example.org/C/" + payload.to_base32(raw)) == raw
    assert payload.payload_from_text(payload.to_base32(raw).lower()) == raw


@pytest.mark.parametrize("change", ["leading zero", "too long", "too short"])
def test_odd_digits_are_refused_unread(change):
    digits = payload.to_digits(payload.encode(_fields()))
    text = {"leading zero": "0" + digits, "too long": "9" * 5000, "too short": digits[:40]}[change]
    with pytest.raises(InvalidPayload):
        payload.payload_from_text("HTTPS://VERIFY.EXAMPLE.ORG/C/" + text)


def test_any_changed_digit_is_never_read_as_the_same_certificate():
    fields = _fields()
    digits = payload.to_digits(payload.encode(fields))
    for index in range(0, len(digits), 7):
        for new in "0123456789":
            changed = digits[:index] + new + digits[index + 1 :]
            if changed == digits:
                continue
            try:
                assert payload.decode(payload.payload_from_text(changed)) != fields
            except InvalidPayload:
                pass


def test_truncated_garbled_or_foreign_text_is_refused_with_a_reason():
    raw = payload.encode(_fields())
    for bad in (raw[:-1], raw + b"x", raw[:20], b"\x02" + raw[1:]):
        with pytest.raises(InvalidPayload):
            payload.decode(bad)
    for text in ("", "hello world", "https://example.org/", "1234"):
        with pytest.raises(InvalidPayload):
            payload.payload_from_text(text)


def test_a_changed_last_character_is_never_read_as_the_same_bytes():
    text = payload.to_base32(payload.encode(_fields()))
    original = payload.payload_from_text(text)
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567":
        changed = text[:-1] + ch
        if changed == text:
            continue
        try:
            assert payload.payload_from_text(changed) != original
        except InvalidPayload:
            pass


def test_credential_code_and_title_fitting():
    assert payload.credential_code_for("p/c") == payload.credential_code_for("p/c")
    assert len(payload.credential_code_for("p/c")) == 8
    long_title = "é" * 100
    fitted = payload.fit_utf8(long_title, payload.TITLE_MAX_BYTES)
    assert len(fitted.encode()) <= payload.TITLE_MAX_BYTES and fitted.endswith("…")


def test_short_code_shape_and_check_character():
    code = shortcode.short_code_for("K7Q2M4XA-3FJ5QW2T")
    assert len(code) == 14 and code.count("-") == 2
    assert not set(code) & set("01OIL")
    assert shortcode.normalise_short_code(code.lower().replace("-", " ")) == code
    raw = code.replace("-", "")
    for i in range(12):
        for ch in shortcode.ALPHABET:
            if ch != raw[i]:
                assert shortcode.normalise_short_code(raw[:i] + ch + raw[i + 1 :]) is None
    swapped = raw[1] + raw[0] + raw[2:]
    if swapped != raw:
        assert shortcode.normalise_short_code(swapped) is None


@given(st.binary(max_size=400), st.data())
def test_is_base32_of_agrees_with_encoding(raw, data):
    text = payload.to_base32(raw)
    assert payload.is_base32_of(text, raw)
    if text:
        where = data.draw(st.integers(0, len(text) - 1))
        # Base32 letters, and what int() would take in base 32 were it not refused (digits 0, 1, 8, 9,
        # lower case, "_", spaces, signs), and what is not ASCII.
        other = text[:where] + data.draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" "0189az_ +-=é")) + text[where + 1:]
        assert payload.is_base32_of(other, raw) == (other == text)
    assert not payload.is_base32_of(text + "A", raw)
    if text.lower() != text:
        assert not payload.is_base32_of(text.lower(), raw)


@given(st.binary(min_size=5, max_size=5))
def test_key_ids_and_serials_read_as_base32_writes_them(raw):
    # The page reads both from every certificate without base64.b32encode; same text, every time.
    import base64

    assert payload._base32_of_5(raw) == base64.b32encode(raw).decode("ascii")
