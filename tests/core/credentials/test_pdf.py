"""Print, scan, verify: the certificate's QR survives a poor copy."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageFilter

from kiosk.core.credentials import issuing, pdf, verify
from kiosk.core.errors import InvalidInput


@pytest.fixture
def issued(credential_pack, learner):
    return issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery", score=85)


def _page(data: bytes, tmp_path, dpi: int = 150) -> Image.Image:
    path = tmp_path / "cert.pdf"
    path.write_bytes(data)
    return verify.render_pdf_page(path, dpi=dpi)


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_scanned_page_verifies_even_after_blur_rotation_and_jpeg(issued, tmp_path, paper):
    data = pdf.certificate_pdf(issued, paper=paper)
    assert data.startswith(b"%PDF-")
    page = _page(data, tmp_path)
    damaged = {
        "clean": page,
        "blurred": page.filter(ImageFilter.GaussianBlur(radius=1.5)),
        "rotated": page.rotate(10, expand=True, fillcolor=255),
        "jpeg15": _jpeg(page, 15),
        "all three": _jpeg(page.filter(ImageFilter.GaussianBlur(1.2)).rotate(10, expand=True, fillcolor=255), 15),
    }
    for what, image in damaged.items():
        texts = verify.decode_qr_texts(image)
        assert texts, what
        result = verify.verify_text(texts[0])
        assert result.ok, (what, result.reason)
        assert result.fields.learner_name == "Amina Okafor"


def test_page_has_the_expected_text_and_a_vector_qr(issued):
    import pypdfium2

    data = pdf.certificate_pdf(issued)
    document = pypdfium2.PdfDocument(data)
    page = document[0]
    text = page.get_textpage().get_text_range()
    for expected in ("Amina Okafor", "Digital basics", "Send an email", "Search the web", issued.short_code,
                     "Riverside Centre", "Library PC 2", "Facilitator's signature", "https://verify.kiosk.invalid"):
        assert expected in text, expected
    kinds = {obj.type for obj in page.get_objects()}
    assert pypdfium2.raw.FPDF_PAGEOBJ_IMAGE not in kinds  # the QR is drawn, not pasted as a bitmap
    width_mm = page.get_width() / 72 * 25.4
    assert round(width_mm) == 210
    document.close()


def test_qr_is_at_least_30_mm_wide(issued):
    assert pdf.QR_WIDTH / pdf.mm >= 30


def test_unknown_paper_is_refused(issued):
    with pytest.raises(InvalidInput):
        pdf.certificate_pdf(issued, paper="a3")


def test_an_arabic_name_prints_joined_and_right_to_left_and_still_verifies(credential_pack, tmp_path):
    import pypdfium2

    from kiosk.core.learners.profiles import create_learner

    name = "فاطمة الزهراء"  # Fatima al-Zahra: two words, letters that join
    learner = create_learner(name)
    issued = issuing.award_credential(learner_id=learner.id, definition=credential_pack, method="mastery")
    # What is drawn: Arabic letters in their joined forms (Presentation Forms-B), in display order.
    drawn = pdf.for_page(name)
    assert not any("\u0600" <= ch <= "\u06ff" for ch in drawn)
    assert drawn[-1] == "\ufed3"  # the first letter read (faa, initial form) is drawn last: rightmost
    assert "\ufe94" in drawn  # the taa marbuta ending the first word, in its final joined form
    data = pdf.certificate_pdf(issued)
    document = pypdfium2.PdfDocument(data)
    textpage = document[0].get_textpage()
    text = textpage.get_text_range()  # PDFium reads it back in logical order
    start = text.index(name)
    first_x = textpage.get_charbox(start)[0]  # faa, the first letter read
    last_x = textpage.get_charbox(start + len(name) - 1)[0]  # hamza, the last
    document.close()
    assert first_x > last_x  # on the page, the name runs right to left
    # Latin text is untouched, and the QR carries the name as typed.
    assert pdf.for_page("Amina Okafor") == "Amina Okafor"
    texts = verify.decode_qr_texts(_page(data, tmp_path))
    result = verify.verify_text(texts[0])
    assert result.ok and result.fields.learner_name == name
