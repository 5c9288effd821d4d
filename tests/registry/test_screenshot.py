"""The verification page in a real headless Chromium at phone size (390x844), in English, French
and Arabic: the pictures, the direction of the page, and the download and LinkedIn links as
Chromium finds them. Skipped without chromium, unless KIOSK_REQUIRE_CHROMIUM=1 (CI)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
GREEN = (10, 107, 45)  # the VALID box's border and word


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    if shutil.which("chromium") is None:
        if os.environ.get("KIOSK_REQUIRE_CHROMIUM") == "1":
            pytest.fail("KIOSK_REQUIRE_CHROMIUM=1 but chromium is not installed")
        pytest.skip("chromium is not installed")
    output = tmp_path_factory.mktemp("shots")
    done = subprocess.run([sys.executable, "tools/screenshot_verify_page.py", "-o", str(output), "--record"], cwd=REPO,
                          timeout=300, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return output


def _green_columns(path: Path, top: int, bottom: int) -> list[int]:
    from PIL import Image

    with Image.open(path) as image:
        rgb = image.convert("RGB")
        width = image.size[0]
        # Inside the box: skip its 4-pixel borders at both sides (near x = 16 and x = width - 16).
        return [x for x in range(24, width - 24) for y in range(top, bottom) if rgb.getpixel((x, y)) == GREEN]


@pytest.mark.browser
def test_the_page_at_phone_size_in_three_languages_reads_in_its_direction(shots):
    from PIL import Image

    for lang in ("en", "fr", "ar"):
        with Image.open(shots / f"verify-page-{lang}.png") as image:
            assert image.size == (390, 844)
            rgb = image.convert("RGB")
            # The VALID box's green border is on screen, inside the phone's width.
            greens = [x for x in range(390) if rgb.getpixel((x, 60)) == GREEN]
            assert greens and max(greens) < 390
        # The big green verdict word (✔ VALID / ✔ VALIDE / صالحة ✔) starts at the reading side.
        word = _green_columns(shots / f"verify-page-{lang}.png", 70, 115)
        assert word, lang
        middle = sum(word) / len(word)
        assert (middle > 195) if lang == "ar" else (middle < 195), (lang, middle)


@pytest.mark.browser
def test_the_download_and_linkedin_links_chromium_finds(shots):
    from kiosk.core.credentials import keys, ob3

    found = json.loads((shots / "verify-page-links.json").read_text(encoding="utf-8"))
    labels = {
        "en": ("Download Open Badge (.json)", "Add to LinkedIn profile"),
        "fr": ("Télécharger l'Open Badge (.json)", "Ajouter au profil LinkedIn"),
        "ar": ("تنزيل الشارة المفتوحة Open Badge (\u200e.json)", "إضافة إلى الملف الشخصي على LinkedIn"),
    }
    downloads = set()
    for lang, (download_label, linkedin_label) in labels.items():
        links = found[lang]
        assert set(links) == {download_label, linkedin_label}, (lang, links)
        download = links[download_label]
        assert download.startswith("/C/") and download.endswith("/open-badge.json")
        downloads.add(download)
        linkedin = urlsplit(links[linkedin_label])
        assert (linkedin.netloc, linkedin.path) == ("www.linkedin.com", "/profile/add")
        query = {k: v[0] for k, v in parse_qs(linkedin.query).items()}
        assert query["startTask"] == "CERTIFICATION_NAME" and query["name"] == "Digital basics"
        assert query["organizationName"] == "Riverside Trust"
        assert (query["issueYear"], query["issueMonth"]) == ("2025", "3")
        assert query["certUrl"] == "https://verify.example.org" + download.removesuffix("/open-badge.json")
        assert len(query["certId"]) == 17 and query["certId"][8] == "-"
    assert len(downloads) == 1  # the same badge in every language
    # What the download link served: the full credential, both proofs good.
    document = json.loads((shots / "verify-page-open-badge.json").read_text(encoding="utf-8"))
    assert [p["cryptosuite"] for p in document["proof"]] == ["eddsa-jcs-2022", "eddsa-rdfc-2022"]
    public_raw = keys.public_raw_from_multibase(document["issuer"]["id"].removeprefix("did:key:"))
    assert ob3.verify_signed_credential(document, public_raw)
    assert [a["targetName"] for a in document["credentialSubject"]["achievement"]["alignment"]] == [
        "Send an email", "Search the web"]
