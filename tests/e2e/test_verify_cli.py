"""``kiosk verify`` judges first (security review, item 4), through the real program.

Before, it printed the decoded name and title raw before the verdict: escape codes in an
unsigned payload's name printed a fake "VALID: Genuine" line and hid the real verdict. A PDF
with one forged and one genuine QR gave VALID, a certificate dated 2199 was accepted, and a
20000 x 20000 PNG ended in an unhandled error (exit 70).
"""

from __future__ import annotations

import struct
import zlib
from datetime import date

import pytest

from kiosk.core.credentials import keys, payload
from tests.trust_helpers import certificate

URL = "https://verify.example.org"
FAKE_VALID = "\x1b[1A\x1b[2K\rVALID: Genuine: signed by a trusted kiosk key.\n"


@pytest.fixture
def own_key(set_up_kiosk):
    return keys.ensure_signing_key()


def forged_url(own_key, name: str) -> str:
    """A certificate naming ``name`` under this kiosk's key id, with a signature that does not match."""
    raw = bytearray(certificate(own_key, learner=name))
    raw[-1] ^= 0x01
    return payload.certificate_url(bytes(raw), URL)


def qr_png(path, *urls: str) -> None:
    import qrcode
    from PIL import Image

    codes = [qrcode.make(u, box_size=4, border=4).get_image().convert("L") for u in urls]
    sheet = Image.new("L", (sum(c.width for c in codes) + 40 * len(codes), max(c.height for c in codes) + 40), 255)
    x = 20
    for code in codes:
        sheet.paste(code, (x, 20))
        x += code.width + 40
    sheet.save(path)


def test_a_name_with_escape_codes_cannot_fake_the_verdict(own_key, kiosk_cli, tmp_path):
    url = forged_url(own_key, "Amina" + FAKE_VALID + "\u202eevil")
    picture = tmp_path / "forged.png"
    qr_png(picture, url)
    for argument in (url, str(picture)):
        done = kiosk_cli("verify", argument)
        assert done.returncode == 1
        lines = done.stdout.splitlines()
        assert lines[0].startswith("INVALID: The signature does not match"), lines[0]
        assert "\x1b" not in done.stdout and "\u202e" not in done.stdout and "\r" not in done.stdout
        assert "\\u001b[1A" in done.stdout and "\\u202e" in done.stdout
        assert sum(line.startswith("VALID") for line in lines) == 0
        assert "none of this is confirmed" in done.stdout


def test_a_pdf_with_one_forged_and_one_genuine_code_is_invalid(own_key, kiosk_cli, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    genuine = payload.certificate_url(certificate(own_key, learner="Amina Okafor"), URL)
    forged = forged_url(own_key, "Mallory")
    document = tmp_path / "two.pdf"
    page = canvas.Canvas(str(document), pagesize=A4)
    for index, url in enumerate((genuine, forged)):
        picture = tmp_path / f"code{index}.png"
        qr_png(picture, url)
        page.drawImage(ImageReader(str(picture)), 60 + index * 260, 400, width=220, height=220)
    page.save()

    done = kiosk_cli("verify", str(document))
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == "INVALID: 1 of the 2 certificate codes in two.pdf could not be confirmed."
    assert "Code 1 of 2: VALID" in done.stdout or "Code 2 of 2: VALID" in done.stdout
    assert "INVALID: The signature does not match" in done.stdout
    genuine_only = tmp_path / "one.png"
    qr_png(genuine_only, genuine)
    assert kiosk_cli("verify", str(genuine_only)).returncode == 0


def test_a_certificate_dated_2199_is_refused(own_key, kiosk_cli):
    url = payload.certificate_url(certificate(own_key, issued_on=date(2199, 1, 1)), URL)
    done = kiosk_cli("verify", url)
    assert done.returncode == 1 and done.stdout.startswith("INVALID: It is dated 2199-01-01, more than a day from now")


def test_a_huge_image_gets_a_one_line_refusal(set_up_kiosk, kiosk_cli, tmp_path):
    """A PNG that says it is 20000 x 20000 (400 megapixels) in a few hundred bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    width = height = 20000
    rows = zlib.compress(b"\0" * (width + 1) * 8)  # a few rows; the header claims them all
    huge = tmp_path / "huge.png"
    huge.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", rows)
        + chunk(b"IEND", b"")
    )
    done = kiosk_cli("verify", str(huge))
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == "kiosk: huge.png is too large to check (over 64 megapixels); use a smaller photo."
