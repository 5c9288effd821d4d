"""Screenshot the verification page in headless Chromium at phone size (390x844), in English,
French and Arabic, and record the links Chromium finds on it.

Usage: python tools/screenshot_verify_page.py [-o docs/screenshots] [--record]

Makes a throwaway kiosk and registry in a temporary folder, issues a certificate, syncs it,
serves the registry on 127.0.0.1 and, for each language, photographs the QR's page
(``verify-page-<lang>.png``, and all of it in ``verify-page-<lang>-full.png``) and reads the page as Chromium built it (``--dump-dom``). With ``--record`` it also
writes ``verify-page-links.json`` (each language's "keep and share" links) and the Open Badge
the page's download link serves (``verify-page-open-badge.json``) beside the pictures; the test
(tests/registry/test_screenshot.py) checks all three.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from datetime import datetime
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WIDTH, HEIGHT = 390, 844
FULL_HEIGHT = 1500
LANGUAGES = ("en", "fr", "ar")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _run_chromium(args: list[str]) -> subprocess.CompletedProcess:
    browser = chromium()
    if browser is None:
        raise SystemExit("chromium is not installed")
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--force-device-scale-factor=1", *args],
            check=True, capture_output=True, timeout=120,
        )


def screenshot(url: str, output: Path, *, width: int = WIDTH, height: int = HEIGHT) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    _run_chromium(["--hide-scrollbars", f"--window-size={width},{height}", f"--screenshot={output}", url])


def dump_dom(url: str) -> str:
    """The page as Chromium built it."""
    return _run_chromium([f"--window-size={WIDTH},{HEIGHT}", "--dump-dom", url]).stdout.decode("utf-8")


def keep_and_share_links(dom: str) -> dict[str, str]:
    """The links of the page's "keep and share" section: text -> href."""
    section = re.search(r'<section class="keep">(.*?)</section>', dom, re.S)
    if section is None:
        return {}
    return {
        unescape(re.sub(r"<[^>]+>", "", text)).strip(): unescape(href)
        for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', section.group(1), re.S)
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "screenshots",
                        help="folder for verify-page-<lang>.png")
    parser.add_argument("--record", action="store_true", help="also write the links found and the badge served")
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["KIOSK_HOME"] = home
        from kiosk.core.credentials import issuing, payload
        from kiosk.core.credentials.definitions import find_definition
        from kiosk.core.credentials.keys import ensure_signing_key
        from kiosk.core.learners.profiles import create_learner
        from kiosk.core.setup import set_up_kiosk
        from kiosk.core.storage import repo
        from kiosk.core.storage.db import close_db, init_db
        from kiosk.core.sync.client import sync_with_registry
        from kiosk.core.trust.store import pin_values
        from kiosk.registry import orgkey
        from kiosk.registry.db import open_registry_db
        from kiosk.registry.service import approve_kiosk, init_organisation
        from tests.core.credentials.conftest import install_test_pack
        from tests.registry.conftest import LiveRegistry

        init_db(Path(home) / "kiosk.db")
        set_up_kiosk(organisation="Riverside Centre", kiosk_name="Library PC 2", admin_pin="123456")
        open_registry_db(f"sqlite:///{home}/registry.db")
        organisation, _key = init_organisation(name="Riverside Trust", verify_url="https://verify.example.org",
                                               key_file=orgkey.key_path())
        repo.put_settings(pin_values(organisation.public_key, organisation.name))
        install_test_pack()
        learner = create_learner("Amina Okafor")
        issued = issuing.award_credential(learner_id=learner.id, definition=find_definition(
            "kiosk.test.digital/digital-basics"), method="mastery", score=85, now=datetime(2025, 3, 4, 10))
        approve_kiosk(ensure_signing_key().public_key, name="Library PC 2", organisation="Riverside Centre")
        server = LiveRegistry().start()
        try:
            sync_with_registry(server.url, timeout=10)
            path = "/C/" + payload.to_digits(payload.from_base32(issued.payload))
            found = {}
            for lang in LANGUAGES:
                url = f"{server.url}{path}?lang={lang}"
                screenshot(url, args.output / f"verify-page-{lang}.png")
                # The whole page, down to its "keep and share" links (same width, so the same layout).
                screenshot(url, args.output / f"verify-page-{lang}-full.png", height=FULL_HEIGHT)
                found[lang] = keep_and_share_links(dump_dom(url))
            download = found["en"].get("Download Open Badge (.json)")
            if download and args.record:
                with urllib.request.urlopen(server.url + download, timeout=10) as answer:
                    (args.output / "verify-page-open-badge.json").write_bytes(answer.read())
            if args.record:
                (args.output / "verify-page-links.json").write_text(
                    json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        finally:
            server.stop()
            close_db()
    print(f"wrote {', '.join(f'verify-page-{lang}.png' for lang in LANGUAGES)} to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
