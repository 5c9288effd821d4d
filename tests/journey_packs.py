"""Build the journey fixture pack for tests (core, UI and CLI)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
JOURNEY_SOURCE = REPO / "tests" / "fixtures" / "packs" / "journey"
JOURNEY_ID = "kiosk.sample.journey"
JOURNEY_CREDENTIAL = f"{JOURNEY_ID}/journey-devices"


def build_journey_pack(folder: Path) -> Path:
    from kiosk.core.packs.build import build_pack

    out = Path(folder) / "journey.kpack"
    build_pack(JOURNEY_SOURCE, out)
    return out
