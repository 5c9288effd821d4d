from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
ANCHORS = REPO_ROOT.parent / "shared" / "anchors"

MANIFEST = {
    "id": "kiosk.test.digital",
    "version": "1.0.0",
    "title": "Digital skills",
    "language": "en",
    "publisher": "Test NGO",
    "skills": [
        {"id": "email", "title": "Send an email"},
        {"id": "search", "title": "Search the web"},
    ],
    "credentials": [
        {
            "id": "digital-basics",
            "title": "Digital basics",
            "description": "Uses email and the web safely.",
            "requires_skills": ["email", "search"],
            "final_quiz": {"quiz": "final", "pass_mark": 0.8},
        }
    ],
}


def install_test_pack(manifest: dict = MANIFEST) -> None:
    from kiosk.core.storage import repo

    repo.save_installed_pack(
        manifest=manifest, folder="packs/test", publisher_key_id="TESTKEY1", installed_at=datetime(2025, 1, 1)
    )


@pytest.fixture
def anchors() -> Path:
    return ANCHORS


@pytest.fixture
def credential_pack(set_up_kiosk):
    """A set-up kiosk with a pack offering 'kiosk.test.digital/digital-basics'."""
    from kiosk.core.credentials.definitions import find_definition

    install_test_pack()
    return find_definition("kiosk.test.digital/digital-basics")


@pytest.fixture
def learner(set_up_kiosk):
    from kiosk.core.learners.profiles import create_learner

    return create_learner("Amina Okafor")
