"""The certificate's QR: the very matrix the qrcode library makes, its mask chosen without laying it out 8 times."""

from __future__ import annotations

import random
import string

import pytest
import qrcode

from kiosk.core.credentials.qr import qr_matrix, qr_version


def qrcode_own(text: str) -> tuple[list[list[bool]], int]:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=0)
    qr.add_data(text)
    qr.make(fit=True)
    return qr.get_matrix(), qr.version


def texts() -> list[str]:
    rng = random.Random(17)
    found = ["https://verify.example.org/C/" + "0123456789" * 25, "A", "HTTPS://VERIFY.EXAMPLE.ORG/C/12345"]
    for length in [*range(1, 60, 7), *range(60, 700, 37)]:  # versions 1 to 20: with and without version information
        alphabet = rng.choice([string.digits, string.ascii_uppercase + string.digits + " $%*+-./:", string.printable])
        found.append("".join(rng.choice(alphabet) for _ in range(length)))
    return found


@pytest.mark.parametrize("text", texts())
def test_the_matrix_is_the_one_qrcode_makes_itself(text):
    matrix, version = qrcode_own(text)
    assert qr_matrix(text) == matrix
    assert qr_version(text) == version


def test_the_texts_cover_every_mask_and_versions_with_version_information():
    masks, versions = set(), set()
    for text in texts():
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=0)
        qr.add_data(text)
        qr.best_fit()
        masks.add(qr.best_mask_pattern())
        versions.add(qr.version)
    assert masks == set(range(8)) and max(versions) >= 7 and min(versions) == 1
