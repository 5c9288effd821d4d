"""`kiosk init` installs the bundled sample packs once."""

from __future__ import annotations

import json

from tests.journey_packs import JOURNEY_ID, build_journey_pack


def test_init_installs_the_sample_packs(kiosk_cli, tmp_path, monkeypatch):
    samples = tmp_path / "samples"
    samples.mkdir()
    build_journey_pack(samples)
    monkeypatch.setenv("KIOSK_SAMPLE_PACKS_DIR", str(samples))

    assert json.loads(kiosk_cli("pack", "list", "--json", check=True).stdout) == []
    init = kiosk_cli("init", "--org", "Riverside", "--kiosk-name", "PC 1", "--admin-pin", "246810", check=True)
    assert JOURNEY_ID in init.stdout
    listed = json.loads(kiosk_cli("pack", "list", "--json", check=True).stdout)
    assert [p["id"] for p in listed] == [JOURNEY_ID]


def test_init_without_samples_still_sets_up(kiosk_cli):
    init = kiosk_cli("init", "--org", "Riverside", "--kiosk-name", "PC 1", "--admin-pin", "246810", check=True)
    assert "is set up" in init.stdout and "sample" not in init.stdout
