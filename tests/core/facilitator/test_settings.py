from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.core import setup
from kiosk.core.clock import utcnow
from kiosk.core.errors import InvalidInput
from kiosk.core.learners.profiles import PinRejected


def test_wrong_facilitator_pins_lock_out_like_a_learner(set_up_kiosk):
    now = utcnow()
    for _ in range(4):
        assert setup.check_admin_pin("999999", now=now) is False
    with pytest.raises(PinRejected):
        setup.check_admin_pin("999999", now=now)
    with pytest.raises(PinRejected):  # even the right PIN waits
        setup.check_admin_pin("123456", now=now + timedelta(seconds=5))
    assert setup.check_admin_pin("123456", now=now + timedelta(seconds=31))
    assert setup.check_admin_pin("999999", now=now + timedelta(seconds=32)) is False  # counter reset


def test_update_settings_checks_everything_first(set_up_kiosk):
    with pytest.raises(InvalidInput):
        setup.update_settings(kiosk_name="New name", idle_timeout_seconds=5)
    assert setup.load_settings().kiosk_name == "Library PC 2"
    changed = setup.update_settings(
        kiosk_name="Hall PC", language="fr", fullscreen_lock=True, high_contrast=True, text_scale=1.5,
        verify_url="https://verify.example.org",
    )
    assert (changed.kiosk_name, changed.language, changed.fullscreen_lock) == ("Hall PC", "fr", True)
    assert changed.high_contrast and changed.text_scale == 1.5
    assert setup.update_settings(verify_url="").verify_url is None


def test_change_admin_pin_needs_the_old_one(set_up_kiosk):
    with pytest.raises(InvalidInput):
        setup.change_admin_pin("000000", "567890")
    assert setup.check_admin_pin("123456")
    setup.change_admin_pin("123456", "567890")
    assert setup.check_admin_pin("567890") and not setup.check_admin_pin("123456")
