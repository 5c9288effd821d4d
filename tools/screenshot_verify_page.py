"""Screenshot the verification page in headless Chromium at phone size (360x740).

Usage: python tools/screenshot_verify_page.py [-o docs/screenshots/verify-page.png]

Makes a throwaway kiosk and registry in a temporary folder, issues a certificate,
syncs it, serves the registry on 127.0.0.1 and photographs the QR's page.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def screenshot(url: str, output: Path, *, width: int = 360, height: int = 740) -> None:
    browser = chromium()
    if browser is None:
        raise SystemExit("chromium is not installed")
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--hide-scrollbars", f"--window-size={width},{height}", f"--screenshot={output}", url],
            check=True, capture_output=True, timeout=90,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "screenshots" / "verify-page.png")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        os.environ["KIOSK_HOME"] = home
        from kiosk.core.credentials import issuing, payload
        from kiosk.core.credentials.definitions import find_definition
        from kiosk.core.credentials.keys import ensure_signing_key
        from kiosk.core.learners.profiles import create_learner
        from kiosk.core.setup import set_up_kiosk
        from kiosk.core.storage.db import close_db, init_db
        from kiosk.core.sync.client import sync_with_registry
        from kiosk.registry.db import open_registry_db
        from kiosk.core.storage import repo
        from kiosk.core.trust.store import pin_values
        from kiosk.registry import orgkey
        from kiosk.registry.service import approve_kiosk, init_organisation
        from tests.core.credentials.conftest import install_test_pack
        from tests.registry.conftest import LiveRegistry

        init_db(Path(home) / "kiosk.db")
        set_up_kiosk(organisation="Riverside Centre", kiosk_name="Library PC 2", admin_pin="123456")
        install_test_pack()
        learner = create_learner("Amina Okafor")
        issued = issuing.award_credential(learner_id=learner.id, definition=find_definition(
            "kiosk.test.digital/digital-basics"), method="mastery", score=85, now=datetime(2025, 3, 4))
        open_registry_db(f"sqlite:///{home}/registry.db")
        organisation, _ = init_organisation(name="Riverside Trust", verify_url=None, key_file=orgkey.key_path())
        repo.put_settings(pin_values(organisation.public_key, organisation.name))
        approve_kiosk(ensure_signing_key().public_key, name="Library PC 2", organisation="Riverside Centre")
        server = LiveRegistry().start()
        try:
            sync_with_registry(server.url, timeout=10)
            url = payload.certificate_url(payload.from_base32(issued.payload), server.url)
            screenshot(url.replace(server.url.upper(), server.url), args.output)
        finally:
            server.stop()
            close_db()
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
