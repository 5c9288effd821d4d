"""The printable certificate: one PDF page, A4 or Letter, black on white.

Made for cheap black-and-white printers: thin lines, no fills except the QR
modules. The QR is drawn as vector squares from the ``qrcode`` module matrix
(made in ``kiosk.core.credentials.qr``), with its quiet zone kept clear. Text uses
the bundled DejaVu Sans, so names in Latin, Greek, Cyrillic, Arabic and many other
scripts print as typed. reportlab draws
characters left to right as given, so right-to-left text is first put in the order
and (for Arabic) the joined letter forms a reader sees (``for_page``).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk import paths
from kiosk.core.credentials import issuing, payload
from kiosk.core.credentials.qr import qr_matrix
from kiosk.core.errors import InvalidInput
from kiosk.core.records import IssuedCredentialRecord
from kiosk.core.say import QT_TRANSLATE_NOOP, fill, say

PAPERS = {"a4": A4, "letter": LETTER}
FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
QR_WIDTH = 42 * mm  # the modules alone; the quiet zone comes on top
QR_QUIET_MODULES = 4
MARGIN = 18 * mm


def register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(paths.asset("fonts/DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(paths.asset("fonts/DejaVuSans-Bold.ttf"))))


def draw_qr(canvas: Canvas, matrix: list[list[bool]], *, x: float, y: float, width: float) -> None:
    """Dark modules as filled rectangles (one per horizontal run), top-left module at (x, y + width)."""
    module = width / len(matrix)
    canvas.saveState()
    canvas.setFillGray(0)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + width - (row_index + 1) * module
        col = 0
        while col < len(row):
            if row[col]:
                start = col
                while col < len(row) and row[col]:
                    col += 1
                path.rect(x + start * module, top, (col - start) * module, module)
            else:
                col += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def for_page(text: str) -> str:
    """``text`` as drawn: right-to-left runs (Arabic, Hebrew...) reordered for the eye, Arabic
    letters in their joined forms (Unicode presentation forms, which DejaVu Sans has)."""
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text))


def _fitted_size(text: str, font: str, *, largest: float, smallest: float, width: float) -> float:
    size = largest
    text = for_page(text)
    while size > smallest and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _centred_lines(canvas: Canvas, text: str, font: str, size: float, *, centre: float, y: float, width: float) -> float:
    """Draw ``text`` centred, wrapped to ``width``; return the y below it."""
    from reportlab.lib.utils import simpleSplit

    canvas.setFont(font, size)
    for line in simpleSplit(text, font, size, width) or [""]:
        canvas.drawCentredString(centre, y, for_page(line))
        y -= size * 1.25
    return y


def _watermark(canvas: Canvas, text: str, page_w: float, page_h: float, *, size: float) -> None:
    """Large light-grey words across the page, drawn first so everything else (the QR too) stays on top."""
    canvas.saveState()
    canvas.setFillGray(0.8)
    canvas.translate(page_w / 2, page_h / 2)
    canvas.rotate(35)
    text = for_page(text)
    while size > 24 and pdfmetrics.stringWidth(text, FONT_BOLD, size) > page_h * 0.9:
        size -= 4
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def certificate_pdf(
    issued: IssuedCredentialRecord, *, paper: str = "a4", translate: Callable[[str], str] | None = None
) -> bytes:
    """The certificate of ``issued`` as PDF bytes.

    Its words are English unless ``translate`` (the app's translator for the "core"
    context, see ``kiosk.core.say``) gives them in the kiosk's language.
    """
    from kiosk.core.setup import load_settings

    def words(template: str, *args: object) -> str:
        return fill(translate(template) if translate else template, [str(a) for a in args])

    if paper not in PAPERS:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Paper is 'a4' or 'letter', not %1."), repr(paper)))
    register_fonts()
    settings = load_settings()
    fields = issuing.certificate_fields(issued)
    url = payload.certificate_url(payload.from_base32(issued.payload), settings.verify_url)
    page_w, page_h = PAPERS[paper]
    inner = page_w - 2 * MARGIN
    centre = page_w / 2

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(page_w, page_h), invariant=True)
    canvas.setTitle(f"Certificate: {fields.title} — {fields.learner_name}")
    canvas.setAuthor(settings.organisation or "Kiosk")
    canvas.setSubject(f"Credential {issued.id}")
    canvas.setStrokeGray(0)
    canvas.setFillGray(0)

    revoked_at = issuing.revoked_on(issued)
    if revoked_at is not None:
        _watermark(canvas, words(QT_TRANSLATE_NOOP("core", "REVOKED")), page_w, page_h, size=96)
    elif fields.demonstration:
        _watermark(canvas, words(QT_TRANSLATE_NOOP("core", "DEMONSTRATION")), page_w, page_h, size=64)

    # Frame: two thin lines.
    canvas.setLineWidth(1.2)
    canvas.rect(10 * mm, 10 * mm, page_w - 20 * mm, page_h - 20 * mm)
    canvas.setLineWidth(0.4)
    canvas.rect(12 * mm, 12 * mm, page_w - 24 * mm, page_h - 24 * mm)

    y = page_h - MARGIN - 14 * mm
    if settings.organisation:
        y = _centred_lines(canvas, settings.organisation.upper(), FONT, 12, centre=centre, y=y, width=inner)
        y -= 4 * mm
    canvas.setFont(FONT_BOLD, 26)
    canvas.drawCentredString(centre, y, for_page(words(QT_TRANSLATE_NOOP("core", "Certificate"))))
    y -= 9 * mm
    canvas.setFont(FONT, 12)
    canvas.drawCentredString(centre, y, for_page(words(QT_TRANSLATE_NOOP("core", "Micro-credential"))))
    y -= 6 * mm
    canvas.setLineWidth(0.6)
    canvas.line(centre - 30 * mm, y, centre + 30 * mm, y)
    y -= 16 * mm

    if revoked_at is not None:
        notice = words(
            QT_TRANSLATE_NOOP("core", "REVOKED on %1: this certificate is no longer valid."),
            f"{revoked_at:%Y/%m/%d}",
        )
        y = _centred_lines(canvas, notice, FONT_BOLD, 14, centre=centre, y=y + 6 * mm, width=inner) - 4 * mm
    if fields.demonstration:
        notice = words(QT_TRANSLATE_NOOP("core", "DEMONSTRATION: not a qualification (a sample pack)."))
        y = _centred_lines(canvas, notice, FONT_BOLD, 14, centre=centre, y=y + 6 * mm, width=inner) - 4 * mm
    canvas.setFont(FONT, 12)
    canvas.drawCentredString(centre, y, for_page(words(QT_TRANSLATE_NOOP("core", "This certifies that"))))
    y -= 16 * mm
    name_size = _fitted_size(fields.learner_name, FONT_BOLD, largest=34, smallest=18, width=inner)
    y = _centred_lines(canvas, fields.learner_name, FONT_BOLD, name_size, centre=centre, y=y, width=inner)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN + 15 * mm, y + name_size * 0.6, page_w - MARGIN - 15 * mm, y + name_size * 0.6)
    y -= 6 * mm
    if fields.method == payload.AwardMethod.FACILITATOR:
        how = words(QT_TRANSLATE_NOOP("core", "was assessed by a facilitator and has earned"))
    else:
        how = words(QT_TRANSLATE_NOOP("core", "has earned"))
    canvas.setFont(FONT, 12)
    canvas.drawCentredString(centre, y, for_page(how))
    y -= 12 * mm
    title_size = _fitted_size(issued.title, FONT_BOLD, largest=22, smallest=14, width=inner)
    y = _centred_lines(canvas, issued.title, FONT_BOLD, title_size, centre=centre, y=y, width=inner)
    y -= 3 * mm

    if issued.skills:
        canvas.setFont(FONT, 11)
        canvas.drawCentredString(centre, y, for_page(words(QT_TRANSLATE_NOOP("core", "Skills shown:"))))
        y -= 6 * mm
        for skill in issued.skills[:8]:
            y = _centred_lines(canvas, f"• {skill['title']}", FONT, 11, centre=centre, y=y, width=inner - 20 * mm)
        if len(issued.skills) > 8:
            more = words(QT_TRANSLATE_NOOP("core", "and %1 more"), len(issued.skills) - 8)
            y = _centred_lines(canvas, more, FONT, 10, centre=centre, y=y, width=inner)
    y -= 4 * mm

    # The month by name in English; elsewhere the date as numbers, year first (clear in any language;
    # slashes, because a right-to-left line keeps "2026/11/30" in order but turns "2026-11-30" round).
    day = f"{fields.issued_on:%d %B %Y}" if translate is None else f"{fields.issued_on:%Y/%m/%d}"
    details = [words(QT_TRANSLATE_NOOP("core", "Issued on %1"), day)]
    if fields.score is not None:
        details.append(words(QT_TRANSLATE_NOOP("core", "score %1%"), fields.score))
    y = _centred_lines(canvas, " · ".join(details), FONT, 11, centre=centre, y=y, width=inner)
    kiosk_name = settings.kiosk_name and words(QT_TRANSLATE_NOOP("core", "kiosk %1"), settings.kiosk_name)
    issuer = " — ".join(x for x in (settings.organisation, kiosk_name) if x)
    if issuer:
        y = _centred_lines(
            canvas, words(QT_TRANSLATE_NOOP("core", "Issued by %1"), issuer), FONT, 11, centre=centre, y=y, width=inner
        )

    # Bottom band: QR (left), how to check (right), signature line (above).
    matrix = qr_matrix(url)
    module = QR_WIDTH / len(matrix)
    quiet = QR_QUIET_MODULES * module
    qr_x = MARGIN + quiet
    qr_y = MARGIN + quiet
    draw_qr(canvas, matrix, x=qr_x, y=qr_y, width=QR_WIDTH)

    text_x = qr_x + QR_WIDTH + quiet + 6 * mm
    text_w = page_w - MARGIN - text_x
    # Signature and date lines, halfway between the text above and the QR band.
    band_top = qr_y + QR_WIDTH + quiet
    line_y = max(band_top + 14 * mm, (y + band_top) / 2)
    canvas.setLineWidth(0.6)
    canvas.setFont(FONT, 9)
    canvas.line(MARGIN + 5 * mm, line_y, MARGIN + 90 * mm, line_y)
    canvas.drawString(
        MARGIN + 5 * mm, line_y - 4 * mm, for_page(words(QT_TRANSLATE_NOOP("core", "Facilitator's signature")))
    )
    canvas.line(page_w - MARGIN - 60 * mm, line_y, page_w - MARGIN - 5 * mm, line_y)
    canvas.drawString(page_w - MARGIN - 60 * mm, line_y - 4 * mm, for_page(words(QT_TRANSLATE_NOOP("core", "Date"))))

    ty = qr_y + QR_WIDTH - 3 * mm
    canvas.setFont(FONT_BOLD, 11)
    canvas.drawString(text_x, ty, for_page(words(QT_TRANSLATE_NOOP("core", "Check this certificate"))))
    ty -= 6 * mm
    canvas.setFont(FONT, 9.5)
    from reportlab.lib.utils import simpleSplit

    base = payload.qr_base_url(settings.verify_url)
    how_to_check = words(
        QT_TRANSLATE_NOOP("core", "Scan the QR code with a phone, or go to %1 and type the code:"), base.lower()
    )
    for line in simpleSplit(how_to_check, FONT, 9.5, text_w):
        canvas.drawString(text_x, ty, for_page(line))
        ty -= 4.5 * mm
    ty -= 3 * mm
    canvas.setFont(FONT_BOLD, 18)
    canvas.drawString(text_x, ty, issued.short_code)
    ty -= 6 * mm
    canvas.setFont(FONT, 8)
    ids = words(QT_TRANSLATE_NOOP("core", "Credential %1 · kiosk key %2"), issued.id, fields.key_id)
    canvas.drawString(text_x, ty, for_page(ids))

    canvas.showPage()
    canvas.save()
    return out.getvalue()
