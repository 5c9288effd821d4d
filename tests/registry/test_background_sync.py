"""The app sends certificates to the registry by itself once a connection is there."""

import pytest

from kiosk.core.storage import repo
from kiosk.core.sync.client import auto_sync_registry, last_synced

pytestmark = pytest.mark.gui


def test_no_registry_configured_means_no_sync(set_up_kiosk):
    assert auto_sync_registry() is None


def test_a_kiosk_without_an_organisation_key_does_not_sync_by_itself(set_up_kiosk):
    repo.put_settings({"verify_url": "https://verify.example.org"})
    assert auto_sync_registry() is None  # it could not tell its registry from a fake one


def test_background_sync_sends_an_award_when_the_registry_answers(qtbot, approved, award, live_registry):
    from PySide6.QtCore import QObject

    from kiosk.registry import service
    from kiosk.ui.background_sync import BackgroundSync

    issued = award("Amina Okafor")
    repo.put_settings({"verify_url": live_registry.url})
    assert auto_sync_registry() == live_registry.url
    owner = QObject()
    sync = BackgroundSync(parent=owner, first_try_ms=0, every_ms=60_000)
    with qtbot.waitSignal(sync.synced, timeout=20_000) as synced:
        pass
    assert synced.args[0].sent_credentials == 1
    assert last_synced() is not None
    page = service.check_text(issued.payload)
    assert page.status == "VALID" and page.record is not None
    sync.stop()


def test_an_unreachable_registry_is_tried_again_later_without_harm(qtbot, enrolled, award):
    from PySide6.QtCore import QObject

    from tests.registry.conftest import free_port
    from kiosk.ui.background_sync import BackgroundSync

    award("Amina Okafor")
    repo.put_settings({"verify_url": f"http://127.0.0.1:{free_port()}"})  # nothing listens there
    owner = QObject()
    sync = BackgroundSync(parent=owner, first_try_ms=0, every_ms=200)
    failures = []
    sync.failed.connect(failures.append)
    qtbot.waitUntil(lambda: len(failures) >= 2, timeout=20_000)  # it keeps trying
    assert last_synced() is None
    sync.stop()
