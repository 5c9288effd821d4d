"""How long one certificate PDF takes, beside a bare reportlab page; QR versions by name length.

Run: python benchmarks/certificates.py
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

from benchmarks.timing import median_ms  # noqa: E402


def bare_page() -> bytes:
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawImage(ImageReader(Image.new("L", (200, 200), 255)), 50, 50, 100, 100)
    canvas.drawString(50, 700, "Hello")
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
    from kiosk.core.credentials.pdf import certificate_pdf, qr_version
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

    pdf_ms, floor_ms = median_ms(lambda: certificate_pdf(issued), 15), median_ms(bare_page, 15)
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
        print(json.dumps({"certificate_pdf_ms": round(pdf_ms, 1), "bare_page_floor_ms": round(floor_ms, 1),
                          "ratio": round(pdf_ms / floor_ms, 2),
                          "qr_versions": {k: v[0] for k, v in versions.items()}}, indent=2))
        return
    print(f"certificate PDF (A4):          {pdf_ms:7.1f} ms (median)")
    print(f"bare reportlab page + 1 image: {floor_ms:7.1f} ms (median, the floor)")
    for label, (version, length) in versions.items():
        print(f"QR version at Q, {label + ':':50s} {version:2d} ({length} characters)")


if __name__ == "__main__":
    main()
