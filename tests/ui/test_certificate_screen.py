from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kiosk.ui.certificate_screen import CertificateScreen
from kiosk.ui.tasks import TaskRunner


@pytest.fixture
def issued(set_up_kiosk):
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.issuing import award_credential
    from kiosk.core.learners.profiles import create_learner
    from tests.core.credentials.conftest import install_test_pack

    install_test_pack()
    learner = create_learner("Amina Okafor")
    return award_credential(learner_id=learner.id, definition=find_definition("digital-basics"), method="mastery")


def test_preview_then_save_to_a_folder(qtbot, issued, tmp_path, tasks):
    screen = CertificateScreen(issued.id, tasks)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.save_button.isEnabled()
    with qtbot.waitSignal(screen.preview_ready, timeout=20_000):
        pass
    assert screen.preview.pixmap() is not None and not screen.preview.pixmap().isNull()

    qtbot.mouseClick(screen.save_button, Qt.LeftButton)
    dialog = screen.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "usb" / "amina.pdf"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    with qtbot.waitSignal(screen.saved, timeout=20_000) as saved:
        dialog.accept()
    assert saved.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Saved to" in screen.status.text()


@pytest.fixture
def tasks(qtbot):
    """The worker, alive until the test's queued events are processed (as the app keeps it)."""
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()
    qtbot.wait(10)
