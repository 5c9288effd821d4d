"""Verifying certificates on this kiosk, offline: from a URL, typed digits, a photo or a PDF.

The verdict itself comes from ``kiosk.core.credentials.judge`` (the same check the registry
runs) with this kiosk's evidence (``kiosk.core.trust.store``). This module reads QR codes out
of files (every code on every page: a file is VALID only if all its codes are) and puts
verdicts into words.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.clock import utcnow
from kiosk.core.credentials import payload
from kiosk.core.credentials.judge import Finding, Status, Verdict, judge
from kiosk.core.credentials.payload import InvalidPayload
from kiosk.core.errors import KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, Said, say

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
PDF_RENDER_DPI = 200
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_IMAGE_PIXELS = 64_000_000  # a 50-megapixel phone photo fits
MAX_PDF_PAGES = 20
MAX_PAGE_PIXELS = 40_000_000  # a page is rendered smaller rather than bigger than this
_ESCAPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def verify_payload(raw: bytes, *, now: datetime | None = None) -> Verdict:
    """The verdict on payload bytes, with what this kiosk knows."""
    from kiosk.core.trust.store import evidence_for

    return judge(raw, evidence_for, today=(now or utcnow()).date())


def verify_text(text: str, *, now: datetime | None = None) -> Verdict:
    """Verify a scanned URL, or the digits (or older base32) after ``/C/``."""
    try:
        raw = payload.payload_from_text(text)
    except InvalidPayload as exc:
        return Verdict(Status.INVALID, Finding.UNREADABLE, detail=exc.said or str(exc))
    return verify_payload(raw, now=now)


@dataclass(frozen=True)
class Checked:
    """Every certificate code found in one input, each with its verdict."""

    source: str
    verdicts: tuple[Verdict, ...]

    @property
    def ok(self) -> bool:
        return bool(self.verdicts) and all(v.ok for v in self.verdicts)

    @property
    def headline(self) -> Said:
        """The verdict line: what a person must read first."""
        if not self.verdicts:
            return say(QT_TRANSLATE_NOOP("core", "INVALID: No QR code could be read in %1."), self.source)
        if len(self.verdicts) == 1:
            verdict = self.verdicts[0]
            return say(QT_TRANSLATE_NOOP("core", "%1: %2"), verdict_word(verdict), reason(verdict))
        bad = sum(not v.ok for v in self.verdicts)
        if bad:
            return say(
                QT_TRANSLATE_NOOP("core", "INVALID: %1 of the %2 certificate codes in %3 could not be confirmed."),
                bad,
                len(self.verdicts),
                self.source,
            )
        if any(v.demonstration for v in self.verdicts):
            return say(
                QT_TRANSLATE_NOOP(
                    "core", "VALID (DEMONSTRATION, not a qualification): all %1 certificate codes in %2 are genuine."
                ),
                len(self.verdicts),
                self.source,
            )
        return say(QT_TRANSLATE_NOOP("core", "VALID: all %1 certificate codes in %2 are genuine."), len(self.verdicts), self.source)


def verdict_word(verdict: Verdict) -> str:
    if verdict.ok and verdict.demonstration:
        return "VALID (DEMONSTRATION, not a qualification)"
    return verdict.status.value


def reason(verdict: Verdict) -> Said:
    """One line saying why, in the words this kiosk uses."""
    f, key = verdict.fields, verdict.key
    finding = verdict.finding
    if finding is Finding.UNREADABLE:
        return say(QT_TRANSLATE_NOOP("core", "This is not a certificate code this Kiosk can read (%1)."), verdict.detail)
    if finding is Finding.FUTURE_DATE:
        return say(
            QT_TRANSLATE_NOOP("core", "It is dated %1, more than a day from now: no genuine kiosk issues that."),
            f.issued_on.isoformat(),  # type: ignore[union-attr]
        )
    if finding is Finding.UNKNOWN_KEY:
        from kiosk.core.trust.store import pinned

        if pinned() is None:
            return say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Signed by kiosk key %1. This kiosk is not enrolled with an organisation, so it trusts only "
                    "its own certificates; check online or enrol this kiosk.",
                ),
                f.key_id,  # type: ignore[union-attr]
            )
        return say(
            QT_TRANSLATE_NOOP(
                "core", "Signed by kiosk key %1, which is not on the organisation's list this kiosk holds."
            ),
            f.key_id,  # type: ignore[union-attr]
        )
    if finding is Finding.BAD_SIGNATURE:
        return say(QT_TRANSLATE_NOOP("core", "The signature does not match: this certificate was changed or forged."))
    if finding is Finding.WITHDRAWN_KEY:
        return say(
            QT_TRANSLATE_NOOP(
                "core",
                "Signed by a withdrawn kiosk key (%1, withdrawn on %2), and the organisation had not received "
                "this certificate before then.",
            ),
            key.key_id,  # type: ignore[union-attr]
            format(key.withdrawn_at, "%Y-%m-%d"),  # type: ignore[union-attr]
        )
    if finding is Finding.CONFLICTING_RECORD:
        return say(
            QT_TRANSLATE_NOOP(
                "core", "This kiosk issued a different certificate under the id %1: this one is not it."
            ),
            f.credential_id,  # type: ignore[union-attr]
        )
    if finding is Finding.REVOKED:
        return say(
            QT_TRANSLATE_NOOP("core", "Genuine, but revoked on %1."),
            format(verdict.evidence.revoked_at, "%Y-%m-%d"),  # type: ignore[union-attr]
        )
    return say(QT_TRANSLATE_NOOP("core", "Genuine: signed by a trusted kiosk key. %1"), freshness(verdict))


def freshness(verdict: Verdict) -> Said:
    """How fresh "not revoked" is on this kiosk."""
    as_of = verdict.evidence.revocations_as_of if verdict.evidence else None
    if as_of is None:
        return say(
            QT_TRANSLATE_NOOP(
                "core",
                "Not revoked on this kiosk; it holds no list from its organisation, so a revocation made "
                "elsewhere would not show here.",
            )
        )
    return say(
        QT_TRANSLATE_NOOP("core", "Not revoked as of this kiosk's trust list of %1 (UTC)."), format(as_of, "%Y-%m-%d %H:%M")
    )


def printable(text: str) -> str:
    """``text`` with control, format (bidi overrides included) and unassigned characters escaped.

    Everything a certificate code claims is printed through this, so no code can move the
    cursor, recolour the terminal, or reorder the line it sits on.
    """
    out = []
    for ch in text:
        if unicodedata.category(ch) in _ESCAPED_CATEGORIES or ch == "\\":
            out.append("\\\\" if ch == "\\" else f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return "".join(out)


def as_dict(verdict: Verdict) -> dict:
    f, key = verdict.fields, verdict.key
    evidence = verdict.evidence
    return {
        "ok": verdict.ok,
        "status": verdict.status.value,
        "finding": verdict.finding.value,
        "genuine": verdict.genuine,
        "revoked": verdict.status is Status.REVOKED,
        "demonstration": verdict.demonstration,
        "reason": str(reason(verdict)),
        "signature_ok": verdict.finding not in (Finding.UNREADABLE, Finding.FUTURE_DATE, Finding.UNKNOWN_KEY,
                                                Finding.BAD_SIGNATURE),
        "key_known": key is not None,
        "key_id": f.key_id if f else None,
        "key_name": key.kiosk_name if key else None,
        "organisation": key.organisation if key else None,
        "key_withdrawn_at": key.withdrawn_at.isoformat() if key and key.withdrawn_at else None,
        "id": f.credential_id if f else None,
        "learner": f.learner_name if f else None,
        "credential": f.title if f else None,
        "credential_code": f.credential_code if f else None,
        "issued_on": f.issued_on.isoformat() if f else None,
        "method": f.method if f else None,
        "score": f.score if f else None,
        "revoked_at": evidence.revoked_at.date().isoformat() if evidence and evidence.revoked_at else None,
        "revocations_as_of": evidence.revocations_as_of.isoformat() if evidence and evidence.revocations_as_of else None,
    }


# --- reading codes out of files ------------------------------------------------


def decode_qr_texts(image) -> list[str]:  # image: PIL.Image.Image
    """The texts of the QR codes zxing-cpp finds in an image."""
    import zxingcpp

    return [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode) if b.text]


def render_pdf_page(path: Path, *, dpi: int = PDF_RENDER_DPI, page: int = 0):
    """Page ``page`` of a PDF as a greyscale PIL image (rendered smaller if it would be huge)."""
    return render_pdf_pages(path, dpi=dpi, first=page, last=page)[0]


def render_pdf_pages(path: Path, *, dpi: int = PDF_RENDER_DPI, first: int = 0, last: int | None = None) -> list:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "%1 is not a readable PDF."), path)) from exc
    try:
        count = len(pdf)
        if count <= first:
            raise KnownError(say(QT_TRANSLATE_NOOP("core", "%1 has no page %2."), path, first + 1))
        if last is None and count > MAX_PDF_PAGES:
            raise KnownError(
                say(QT_TRANSLATE_NOOP("core", "%1 has %2 pages; a certificate has at most %3."), path, count, MAX_PDF_PAGES)
            )
        images = []
        for index in range(first, (count - 1 if last is None else last) + 1):
            page = pdf[index]
            width, height = page.get_size()
            scale = dpi / 72
            pixels = max(1.0, width * height) * scale * scale
            if pixels > MAX_PAGE_PIXELS:
                scale *= (MAX_PAGE_PIXELS / pixels) ** 0.5
            images.append(page.render(scale=scale, grayscale=True).to_pil())
        return images
    finally:
        pdf.close()


def _image(path: Path):
    from PIL import Image, UnidentifiedImageError

    too_large = say(
        QT_TRANSLATE_NOOP("core", "%1 is too large to check (over %2 megapixels); use a smaller photo."),
        path.name,
        MAX_IMAGE_PIXELS // 1_000_000,
    )
    try:
        with Image.open(path) as opened:
            width, height = opened.size
            if width * height > MAX_IMAGE_PIXELS:
                raise KnownError(too_large)
            return opened.convert("L")
    except KnownError:
        raise
    except Image.DecompressionBombError as exc:  # Pillow's own limit, met before ours
        raise KnownError(too_large) from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "%1 is not an image or a PDF Kiosk can read."), path)) from exc


def texts_in_file(path: Path) -> list[str]:
    """The QR texts found in an image file or on every page of a PDF."""
    try:
        size = path.stat().st_size if path.is_file() else None
        head = path.open("rb").read(5) if size is not None else b""
    except OSError as exc:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "Could not read %1: %2."), path, exc.strerror or exc)) from exc
    if size is None:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "There is no file %1."), path))
    if size > MAX_FILE_BYTES:
        raise KnownError(say(QT_TRANSLATE_NOOP("core", "%1 is too large to be a certificate or a photo of one."), path))
    if path.suffix.lower() == ".pdf" or head == b"%PDF-":
        return [text for image in render_pdf_pages(path) for text in decode_qr_texts(image)]
    return decode_qr_texts(_image(path))


def verify_file(path: Path, *, now: datetime | None = None) -> Checked:
    path = Path(path)
    return Checked(source=path.name, verdicts=tuple(verify_text(t, now=now) for t in texts_in_file(path)))


def verify_input(value: str, *, now: datetime | None = None) -> Checked:
    """``kiosk verify``'s argument: a file path if it names an existing file, else text."""
    path = Path(value)
    looks_like_file = path.suffix.lower() in IMAGE_SUFFIXES | {".pdf"}
    try:
        exists = path.is_file()
    except OSError:
        exists = False
    if exists or looks_like_file:
        return verify_file(path, now=now)
    return Checked(source="the text", verdicts=(verify_text(value, now=now),))
