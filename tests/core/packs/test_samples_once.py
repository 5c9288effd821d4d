from __future__ import annotations

from kiosk.core.packs.library import install_samples_once, list_packs, remove_pack
from kiosk.core.storage import repo
from tests.journey_packs import JOURNEY_ID, build_journey_pack


def test_samples_are_installed_once(database, tmp_path, monkeypatch):
    samples = tmp_path / "samples"
    samples.mkdir()
    monkeypatch.setenv("KIOSK_SAMPLE_PACKS_DIR", str(samples))
    assert install_samples_once() == []  # nothing to install: not marked done
    assert repo.get_setting("samples_installed") is None

    build_journey_pack(samples)
    assert install_samples_once() == [JOURNEY_ID]
    assert [p.id for p in list_packs()] == [JOURNEY_ID]
    remove_pack(JOURNEY_ID)
    assert install_samples_once() == []
    assert list_packs() == []
