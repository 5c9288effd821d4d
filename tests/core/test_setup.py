import pytest

from kiosk.core import setup
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.storage.db import db


def settings_rows():
    return db.execute_sql("SELECT * FROM setting ORDER BY key").fetchall()


def test_setup_stores_answers_and_hashes_the_facilitator_pin(database):
    assert not setup.load_settings().is_set_up
    settings = setup.set_up_kiosk(
        organisation=" Riverside  Centre ", kiosk_name="Library PC 2", admin_pin="654321", language="fr",
        verify_url="https://verify.example.org/",
    )
    assert settings.is_set_up
    assert (settings.organisation, settings.kiosk_name, settings.language) == ("Riverside Centre", "Library PC 2", "fr")
    assert settings.verify_url == "https://verify.example.org"
    assert settings.idle_timeout_seconds == 300
    assert setup.check_admin_pin("654321") and not setup.check_admin_pin("123456")
    assert all("654321" not in value for _, value in settings_rows())


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"organisation": ""}, "organisation"),
        ({"kiosk_name": "x" * 81}, "at most 80"),
        ({"admin_pin": "12"}, "4 to 6 digits"),
        ({"admin_pin": "1234"}, "facilitator PIN has 6 digits"),
        ({"language": "xx"}, "Unknown language"),
        ({"verify_url": "ftp://example.org"}, "must start with https://"),
        ({"verify_url": "https://example.org/#x"}, "may not contain"),
        ({"idle_timeout_seconds": 5}, "between 30 seconds"),
    ],
)
def test_bad_setup_answers_store_nothing(database, changes, reason):
    answers = dict(organisation="Riverside", kiosk_name="PC 1", admin_pin="123456") | changes
    with pytest.raises(InvalidInput, match=reason):
        setup.set_up_kiosk(**answers)
    assert settings_rows() == []


def test_setup_runs_once(set_up_kiosk):
    before = settings_rows()
    with pytest.raises(KnownError, match="already set up"):
        setup.set_up_kiosk(organisation="Other", kiosk_name="PC 9", admin_pin="999999")
    assert settings_rows() == before


def test_idle_timeout_is_configurable_within_bounds(set_up_kiosk):
    setup.set_idle_timeout(120)
    assert setup.load_settings().idle_timeout_seconds == 120
    with pytest.raises(InvalidInput):
        setup.set_idle_timeout(10)
    assert setup.load_settings().idle_timeout_seconds == 120
