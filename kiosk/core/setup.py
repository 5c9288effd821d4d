"""First-run setup and the kiosk's own settings (organisation, name, language, idle time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kiosk.core.clock import utcnow
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.learners import pins
from kiosk.core.say import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from kiosk.core.trust.documents import Enrolment

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ar": "العربية"}
DEFAULT_LANGUAGE = "en"
DEFAULT_IDLE_SECONDS = 5 * 60
IDLE_MIN_SECONDS, IDLE_MAX_SECONDS = 30, 60 * 60
TEXT_MAX = 80

TEXT_SCALES = (1.0, 1.25, 1.5)
ORGANISATION_NAME = say(QT_TRANSLATE_NOOP("core", "organisation's name"))
KIOSK_NAME = say(QT_TRANSLATE_NOOP("core", "kiosk's name"))
SETTING_KEYS = [
    "organisation", "kiosk_name", "admin_pin_hash", "language", "verify_url", "idle_timeout_seconds",
    "fullscreen_lock", "high_contrast", "text_scale",
]


@dataclass(frozen=True)
class KioskSettings:
    organisation: str
    kiosk_name: str
    language: str
    verify_url: str | None
    idle_timeout_seconds: int
    is_set_up: bool
    fullscreen_lock: bool = True  # with --fullscreen, learners cannot leave the app
    high_contrast: bool = False
    text_scale: float = 1.0  # larger text: 1.0, 1.25 or 1.5


def load_settings() -> KioskSettings:
    from kiosk.core.storage import repo

    return settings_from_values(repo.get_settings(SETTING_KEYS))


def settings_from_values(values: dict[str, str]) -> KioskSettings:
    """The settings from their stored text (a missing value takes its default)."""
    return KioskSettings(
        organisation=values.get("organisation", ""),
        kiosk_name=values.get("kiosk_name", ""),
        language=values.get("language", DEFAULT_LANGUAGE),
        verify_url=values.get("verify_url") or None,
        idle_timeout_seconds=int(values.get("idle_timeout_seconds", DEFAULT_IDLE_SECONDS)),
        is_set_up="admin_pin_hash" in values,
        fullscreen_lock=values.get("fullscreen_lock", "1") == "1",
        high_contrast=values.get("high_contrast") == "1",
        text_scale=float(values.get("text_scale", "1.0")),
    )


def _text(value: str, what: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Type the %1."), what))
    if len(cleaned) > TEXT_MAX:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "The %1 has at most %2 characters."), what, TEXT_MAX))
    return cleaned


def validate_language(code: str) -> str:
    if code not in LANGUAGES:
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "Unknown language %1; choose one of: %2."), repr(code), ", ".join(LANGUAGES))
        )
    return code


def validate_verify_url(url: str) -> str:
    """An http(s) address with a host and no query or fragment (the certificate adds a path)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInput(
            say(
                QT_TRANSLATE_NOOP("core", "The verify URL must start with https:// and name a host; got %1."), repr(url)
            )
        )
    if parts.query or parts.fragment:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "The verify URL may not contain '?' or '#'.")))
    return url.strip().rstrip("/")


def validate_idle_seconds(seconds: int) -> int:
    if not IDLE_MIN_SECONDS <= seconds <= IDLE_MAX_SECONDS:
        raise InvalidInput(
            say(
                QT_TRANSLATE_NOOP("core", "The idle time-out must be between %1 seconds and %2 minutes."),
                IDLE_MIN_SECONDS,
                IDLE_MAX_SECONDS // 60,
            )
        )
    return seconds


def set_up_kiosk(
    *,
    organisation: str,
    kiosk_name: str,
    admin_pin: str,
    language: str = DEFAULT_LANGUAGE,
    verify_url: str | None = None,
    idle_timeout_seconds: int = DEFAULT_IDLE_SECONDS,
    org_key: str | None = None,
    enrolment: Enrolment | None = None,
) -> KioskSettings:
    """Record the first-run answers. Everything is checked before anything is written.

    ``org_key`` (typed) or ``enrolment`` (the organisation's enrolment file) pins the
    organisation key; the enrolment file also gives the organisation's name and verify URL
    when they are not typed. Without either, the kiosk trusts only its own certificates.
    """
    from kiosk.core.storage import repo

    if load_settings().is_set_up:
        raise KnownError(
            say(QT_TRANSLATE_NOOP("core", "This kiosk is already set up; change its settings in facilitator mode."))
        )
    if enrolment is not None:
        organisation = organisation or enrolment.organisation
        verify_url = verify_url or enrolment.verify_url
        org_key = enrolment.public_key
    values = {
        "organisation": _text(organisation, ORGANISATION_NAME),
        "kiosk_name": _text(kiosk_name, KIOSK_NAME),
        "language": validate_language(language),
        "idle_timeout_seconds": str(validate_idle_seconds(idle_timeout_seconds)),
        "admin_pin_hash": pins.hash_pin(pins.validate_admin_pin(admin_pin)),
    }
    if verify_url:
        values["verify_url"] = validate_verify_url(verify_url)
    if org_key:
        from kiosk.core.trust.pin import pin_values

        values.update(pin_values(org_key, values["organisation"]))
    repo.put_settings(values)
    from kiosk.core.credentials.keys import ensure_signing_key

    ensure_signing_key()  # the key that signs this kiosk's certificates
    return load_settings()


def check_admin_pin(pin: str, *, now: datetime | None = None) -> bool:
    """True for the facilitator PIN. Wrong PINs lock it out like a learner's (counted in settings).

    Raises ``PinRejected`` while locked, or when this wrong PIN starts a lock.
    """
    from kiosk.core.learners.profiles import PinRejected
    from kiosk.core.storage import repo

    now = now or utcnow()
    values = repo.get_settings(["admin_pin_hash", "admin_failed_pins", "admin_locked_until"])
    stored = values.get("admin_pin_hash")
    if stored is None:
        return False
    locked = values.get("admin_locked_until")
    locked_until = datetime.fromisoformat(locked) if locked else None
    if locked_until is not None and locked_until > now:
        seconds = pins.seconds_left(locked_until, now)
        raise PinRejected(
            say(QT_TRANSLATE_NOOP("core", "Too many wrong facilitator PINs. Try again in %1 seconds."), seconds),
            locked_until=locked_until,
            attempts_left=0,
        )
    if pins.pin_matches(pin, stored):
        repo.put_settings({"admin_failed_pins": "0", "admin_locked_until": ""})
        return True
    failures = int(values.get("admin_failed_pins", "0") or 0) + 1
    until = pins.lock_after(failures, now)
    repo.put_settings(
        {"admin_failed_pins": str(failures), "admin_locked_until": until.isoformat() if until else ""}
    )
    if until is not None:
        seconds = pins.seconds_left(until, now)
        raise PinRejected(
            say(QT_TRANSLATE_NOOP("core", "Wrong facilitator PIN. Too many wrong PINs: wait %1 seconds."), seconds),
            locked_until=until,
            attempts_left=0,
        )
    return False


def change_admin_pin(old_pin: str, new_pin: str) -> None:
    """Change the facilitator PIN; the old one is required. Nothing changes if either is refused."""
    from kiosk.core.storage import repo

    new_hash = pins.hash_pin(pins.validate_admin_pin(new_pin))
    if not check_admin_pin(old_pin):
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "The current facilitator PIN is wrong; the PIN was not changed."))
        )
    repo.put_settings({"admin_pin_hash": new_hash})


def update_settings(
    *,
    organisation: str | None = None,
    kiosk_name: str | None = None,
    verify_url: str | None = None,
    idle_timeout_seconds: int | None = None,
    language: str | None = None,
    fullscreen_lock: bool | None = None,
    high_contrast: bool | None = None,
    text_scale: float | None = None,
) -> KioskSettings:
    """Change the given settings (None: leave as is; an empty verify URL removes it).

    Everything is checked before anything is written.
    """
    from kiosk.core.storage import repo

    values: dict[str, str] = {}
    if organisation is not None:
        values["organisation"] = _text(organisation, ORGANISATION_NAME)
    if kiosk_name is not None:
        values["kiosk_name"] = _text(kiosk_name, KIOSK_NAME)
    if verify_url is not None:
        values["verify_url"] = validate_verify_url(verify_url) if verify_url.strip() else ""
    if idle_timeout_seconds is not None:
        values["idle_timeout_seconds"] = str(validate_idle_seconds(idle_timeout_seconds))
    if language is not None:
        values["language"] = validate_language(language)
    if fullscreen_lock is not None:
        values["fullscreen_lock"] = "1" if fullscreen_lock else "0"
    if high_contrast is not None:
        values["high_contrast"] = "1" if high_contrast else "0"
    if text_scale is not None:
        if text_scale not in TEXT_SCALES:
            raise InvalidInput(
                say(QT_TRANSLATE_NOOP("core", "The text size is one of %1."), ", ".join(f"{s:g}" for s in TEXT_SCALES))
            )
        values["text_scale"] = str(text_scale)
    repo.put_settings(values)
    return load_settings()


def set_idle_timeout(seconds: int) -> None:
    from kiosk.core.storage import repo

    repo.put_settings({"idle_timeout_seconds": str(validate_idle_seconds(seconds))})
