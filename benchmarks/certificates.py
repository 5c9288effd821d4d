"""How long one certificate PDF takes, beside the same page drawn the plainest way; QR versions by name length.

The figure is ``certificate_pdf`` (what the certificate screen and ``kiosk credential pdf``
call). Its floor draws the same words in the same embedded DejaVu fonts and the same QR
modules (the matrix made beforehand, one filled square per dark module) with plain reportlab
calls, and saves the page. Target: at most 2x the floor.

Run: python benchmarks/certificates.py [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))



# The app's own functions these figures time (tests/test_benchmarks.py checks a screen or command calls each).
APP_PATHS = {"certificate PDF": "kiosk.core.credentials.pdf:certificate_pdf"}


def interleaved_ms(first, second, runs: int) -> tuple[float, float]:
    """Median ms of each, timed in turn, so a busy moment on the machine falls on both alike."""
    import statistics
    import time

    first(), second()  # fonts, imports, the page cache
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, kept in ((first, times[0]), (second, times[1])):
            started = time.perf_counter()
            fn()
            kept.append((time.perf_counter() - started) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def plain_page(words: list[tuple[str, float, str]], matrix: list[list[bool]]) -> bytes:
    """The floor: the certificate's words, centred line under line, and its QR, with plain reportlab calls."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    width, height = A4
    y = height - 40 * mm
    for font, size, text in words:
        canvas.setFont(font, size)
        canvas.drawCentredString(width / 2, y, text)
        y -= size * 1.6
    module = 42 * mm / len(matrix)
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                canvas.rect(25 * mm + col_index * module, 67 * mm - row_index * module, module, module, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    os.environ["KIOSK_HOME"] = tempfile.mkdtemp(prefix="kiosk-bench-")
    from kiosk import paths
    from kiosk.core.credentials import payload
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.issuing import award_credential
    from kiosk.core.credentials.pdf import certificate_pdf
    from kiosk.core.credentials.qr import qr_version
    from kiosk.core.learners.profiles import create_learner
    from kiosk.core.setup import set_up_kiosk
    from kiosk.core.storage import repo
    from kiosk.core.storage.db import init_db

    init_db(paths.database_path())
    set_up_kiosk(organisation="Riverside Centre", kiosk_name="Library PC 2", admin_pin="123456",
                 verify_url="https://verify.example.org")
    manifest = {
        "id": "bench.pack", "version": "1", "title": "Bench", "language": "en", "publisher": "Bench",
        "skills": [{"id": "a", "title": "Send an email"}],
        "credentials": [{"id": "c", "title": "Digital basics", "requires_skills": ["a"]}],
    }
    from datetime import datetime

    repo.save_installed_pack(manifest=manifest, folder="x", publisher_key_id="BENCH", installed_at=datetime.now())
    learner = create_learner("Amina Okafor")
    issued = award_credential(learner_id=learner.id, definition=find_definition("bench.pack/c"), method="mastery")

    from kiosk.core.credentials.issuing import certificate_fields
    from kiosk.core.credentials.pdf import FONT, FONT_BOLD, register_fonts
    from kiosk.core.credentials.qr import qr_matrix
    from kiosk.core.setup import load_settings

    register_fonts()  # once per process, in the app as here
    settings, fields = load_settings(), certificate_fields(issued)
    url = payload.certificate_url(payload.from_base32(issued.payload), settings.verify_url)
    words = [(FONT, 12, settings.organisation.upper()), (FONT_BOLD, 26, "Certificate"), (FONT, 12, "Micro-credential"),
             (FONT, 12, "This certifies that"), (FONT_BOLD, 34, fields.learner_name), (FONT, 12, "has earned"),
             (FONT_BOLD, 22, issued.title), (FONT, 11, "Skills shown:"),
             *[(FONT, 11, f"• {skill['title']}") for skill in issued.skills],
             (FONT, 11, f"Issued on {fields.issued_on:%d %B %Y}"),
             (FONT, 11, f"Issued by {settings.organisation} — kiosk {settings.kiosk_name}"),
             (FONT, 9, "Facilitator's signature"), (FONT, 9, "Date"), (FONT_BOLD, 11, "Check this certificate"),
             (FONT, 9.5, "Scan the QR code with a phone, or go to"), (FONT, 9.5, payload.qr_base_url(settings.verify_url)),
             (FONT, 9.5, "and type the code:"), (FONT_BOLD, 18, issued.short_code),
             (FONT, 8, f"Credential {issued.id} · kiosk key {fields.key_id}")]
    matrix = qr_matrix(url)
    pdf_ms, floor_ms = interleaved_ms(lambda: certificate_pdf(issued), lambda: plain_page(words, matrix), 25)
    versions = {}

    for title in ("Digital basics", "Safe use of mobile money and savings"):
        for length in (10, 24, 30, 60):
            name = ("Amina Okafor Nwosu " * 4)[:length]
            fields = payload.CertificateFields(
                key_id="K7Q2M4XA", serial="3FJ5QW2T", issued_on=date(2025, 3, 4), method="mastery", score=85,
                credential_code="3FA9C21B", title=title, learner_name=name, signature=bytes(64),
            )
            url = payload.certificate_url(payload.encode(fields), "https://verify.example.org")
            versions[f"{length}-character name, {len(title)}-byte title"] = (qr_version(url), len(url))
    # The bound: a 24-byte name and a 21-byte title at version 10, a demonstration's flag included.
    for demonstration in (False, True):
        fields = payload.CertificateFields(
            key_id="K7Q2M4XA", serial="3FJ5QW2T", issued_on=date(2025, 3, 4), method="mastery", score=85,
            credential_code="3FA9C21B", title="Safe online banking 1", learner_name="Ngozi Adaeze Okonkwo-Eze",
            signature=bytes(64), demonstration=demonstration,
        )
        url = payload.certificate_url(payload.encode(fields), "https://verify.example.org")
        label = "24-character name, 21-byte title" + (", demonstration" if demonstration else "")
        versions[label] = (qr_version(url), len(url))
    if args.json:
        table = [{"figure": "certificate PDF", "value": round(pdf_ms, 2), "unit": "ms", "floor": round(floor_ms, 2),
                  "ratio": round(pdf_ms / floor_ms, 2), "target": "≤ 2× the floor"}]
        print(json.dumps({"certificate_pdf_ms": round(pdf_ms, 1), "plain_page_floor_ms": round(floor_ms, 1),
                          "ratio": round(pdf_ms / floor_ms, 2),
                          "qr_versions": {k: v[0] for k, v in versions.items()}, "table": table}, indent=2))
        return
    print(f"certificate PDF (A4):                              {pdf_ms:7.1f} ms (median)")
    print(f"same words, fonts and QR with plain reportlab calls: {floor_ms:7.1f} ms (median, the floor)")
    print(f"ratio: {pdf_ms / floor_ms:.2f} (target ≤ 2)")
    for label, (version, length) in versions.items():
        print(f"QR version at Q, {label + ':':50s} {version:2d} ({length} characters)")


if __name__ == "__main__":
    main()
