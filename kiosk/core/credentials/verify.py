"""Offline verification of a certificate: from its URL, base32 text, a photo or a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.credentials import keys, ob3, payload
from kiosk.core.credentials.payload import CertificateFields, InvalidPayload
from kiosk.core.errors import KnownError
from kiosk.core.storage import repo

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
PDF_RENDER_DPI = 200


@dataclass(frozen=True)
class Verification:
    """What ``verify`` checked. ``genuine`` = signature good under a trusted, unrevoked key."""

    genuine: bool
    revoked: bool
    reason: str
    fields: CertificateFields | None = None
    signature_ok: bool = False
    key_known: bool = False
    key_name: str | None = None
    revoked_at: str | None = None
    revoke_reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.genuine and not self.revoked

    def as_dict(self) -> dict:
        f = self.fields
        return {
            "ok": self.ok,
            "genuine": self.genuine,
            "revoked": self.revoked,
            "reason": self.reason,
            "signature_ok": self.signature_ok,
            "key_known": self.key_known,
            "key_id": f.key_id if f else None,
            "key_name": self.key_name,
            "id": f.credential_id if f else None,
            "learner": f.learner_name if f else None,
            "credential": f.title if f else None,
            "credential_code": f.credential_code if f else None,
            "issued_on": f.issued_on.isoformat() if f else None,
            "method": f.method if f else None,
            "score": f.score if f else None,
            "revoked_at": self.revoked_at,
            "revoke_reason": self.revoke_reason,
        }


def revocation_of(credential_id: str) -> tuple[datetime | None, str | None]:
    """When and why a credential was revoked: on this kiosk, or at the registry (pulled by sync)."""
    local = repo.find_issued_credential(credential_id)
    if local is not None and local.revoked_at is not None:
        return local.revoked_at, local.revoke_reason
    pulled = repo.find_registry_revocation(credential_id)
    if pulled is not None:
        return pulled.revoked_at, pulled.reason
    return None, None


def verify_payload(raw: bytes) -> Verification:
    """Check payload bytes against the trusted keys and the local revocation list."""
    try:
        fields = payload.decode(raw)
    except InvalidPayload as exc:
        return Verification(genuine=False, revoked=False, reason=str(exc))
    key = repo.find_trusted_kiosk_key(fields.key_id)
    if key is None:
        return Verification(
            genuine=False,
            revoked=False,
            fields=fields,
            reason=f"Signed by kiosk key {fields.key_id}, which this kiosk does not know (import it, or check online).",
        )
    signature_ok = ob3.signature_is_valid(fields, keys.public_raw_from_multibase(key.public_key))
    if not signature_ok:
        return Verification(
            genuine=False,
            revoked=False,
            fields=fields,
            key_known=True,
            key_name=key.name,
            reason="The signature does not match: this certificate was changed or forged.",
        )
    if key.revoked_at is not None and fields.issued_on >= key.revoked_at.date():
        return Verification(
            genuine=False,
            revoked=True,
            fields=fields,
            signature_ok=True,
            key_known=True,
            key_name=key.name,
            revoked_at=key.revoked_at.date().isoformat(),
            reason=f"The kiosk key {key.key_id} was revoked on {key.revoked_at:%Y-%m-%d}, before this was issued.",
        )
    revoked_at, revoke_reason = revocation_of(fields.credential_id)
    if revoked_at is not None:
        why = f" ({revoke_reason})" if revoke_reason else ""
        return Verification(
            genuine=True,
            revoked=True,
            fields=fields,
            signature_ok=True,
            key_known=True,
            key_name=key.name,
            revoked_at=revoked_at.date().isoformat(),
            revoke_reason=revoke_reason,
            reason=f"Genuine, but revoked on {revoked_at:%Y-%m-%d}{why}.",
        )
    return Verification(
        genuine=True,
        revoked=False,
        fields=fields,
        signature_ok=True,
        key_known=True,
        key_name=key.name,
        reason="Genuine: the signature matches a trusted kiosk key and it is not revoked here.",
    )


def verify_text(text: str) -> Verification:
    """Verify a scanned URL or bare base32 text."""
    try:
        raw = payload.payload_from_text(text)
    except InvalidPayload as exc:
        return Verification(genuine=False, revoked=False, reason=str(exc))
    return verify_payload(raw)


def decode_qr_texts(image) -> list[str]:  # image: PIL.Image.Image
    """The texts of the QR codes zxing-cpp finds in an image."""
    import zxingcpp

    return [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode) if b.text]


def render_pdf_page(path: Path, *, dpi: int = PDF_RENDER_DPI, page: int = 0):
    """Page ``page`` of a PDF as a greyscale PIL image."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        raise KnownError(f"{path} is not a readable PDF ({exc}).") from exc
    try:
        if len(pdf) <= page:
            raise KnownError(f"{path} has no page {page + 1}.")
        return pdf[page].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()


def texts_in_file(path: Path) -> list[str]:
    """QR texts found in an image file or on page 1 of a PDF."""
    from PIL import Image, UnidentifiedImageError

    if not path.is_file():
        raise KnownError(f"There is no file {path}.")
    if path.suffix.lower() == ".pdf" or path.read_bytes()[:5] == b"%PDF-":
        image = render_pdf_page(path)
    else:
        try:
            with Image.open(path) as opened:
                image = opened.convert("L")
        except (UnidentifiedImageError, OSError) as exc:
            raise KnownError(f"{path} is not an image or a PDF Kiosk can read.") from exc
    return decode_qr_texts(image)


def verify_file(path: Path) -> Verification:
    texts = texts_in_file(path)
    if not texts:
        return Verification(genuine=False, revoked=False, reason=f"No QR code could be read in {path.name}.")
    results = [verify_text(t) for t in texts]
    return next((r for r in results if r.ok), results[0])


def verify_input(value: str) -> Verification:
    """``kiosk verify``'s argument: a file path if it names an existing file, else text."""
    path = Path(value)
    looks_like_file = path.suffix.lower() in IMAGE_SUFFIXES | {".pdf"}
    try:
        exists = path.is_file()
    except OSError:
        exists = False
    if exists or looks_like_file:
        return verify_file(path)
    return verify_text(value)
