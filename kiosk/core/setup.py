"""First-run setup and the kiosk's own settings (organisation, name, language, idle time)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.learners import pins
from kiosk.core.storage import repo

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ar": "العربية"}
DEFAULT_LANGUAGE = "en"
DEFAULT_IDLE_SECONDS = 5 * 60
IDLE_MIN_SECONDS, IDLE_MAX_SECONDS = 30, 60 * 60
TEXT_MAX = 80

_KEYS = ["organisation", "kiosk_name", "admin_pin_hash", "language", "verify_url", "idle_timeout_seconds"]


@dataclass(frozen=True)
class KioskSettings:
    organisation: str
    kiosk_name: str
    language: str
    verify_url: str | None
    idle_timeout_seconds: int
    is_set_up: bool


def load_settings() -> KioskSettings:
    values = repo.get_settings(_KEYS)
    return KioskSettings(
        organisation=values.get("organisation", ""),
        kiosk_name=values.get("kiosk_name", ""),
        language=values.get("language", DEFAULT_LANGUAGE),
        verify_url=values.get("verify_url") or None,
        idle_timeout_seconds=int(values.get("idle_timeout_seconds", DEFAULT_IDLE_SECONDS)),
        is_set_up="admin_pin_hash" in values,
    )


def _text(value: str, what: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InvalidInput(f"Type the {what}.")
    if len(cleaned) > TEXT_MAX:
        raise InvalidInput(f"The {what} has at most {TEXT_MAX} characters.")
    return cleaned


def validate_language(code: str) -> str:
    if code not in LANGUAGES:
        raise InvalidInput(f"Unknown language {code!r}; choose one of: {', '.join(LANGUAGES)}.")
    return code


def validate_verify_url(url: str) -> str:
    """An http(s) address with a host and no query or fragment (the certificate adds a path)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInput(f"The verify URL must start with https:// and name a host; got {url!r}.")
    if parts.query or parts.fragment:
        raise InvalidInput("The verify URL may not contain '?' or '#'.")
    return url.strip().rstrip("/")


def validate_idle_seconds(seconds: int) -> int:
    if not IDLE_MIN_SECONDS <= seconds <= IDLE_MAX_SECONDS:
        raise InvalidInput(
            f"The idle time-out must be between {IDLE_MIN_SECONDS} seconds and {IDLE_MAX_SECONDS // 60} minutes."
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
) -> KioskSettings:
    """Record the first-run answers. Everything is checked before anything is written."""
    if load_settings().is_set_up:
        raise KnownError("This kiosk is already set up; change its settings in facilitator mode.")
    values = {
        "organisation": _text(organisation, "organisation's name"),
        "kiosk_name": _text(kiosk_name, "kiosk's name"),
        "language": validate_language(language),
        "idle_timeout_seconds": str(validate_idle_seconds(idle_timeout_seconds)),
        "admin_pin_hash": pins.hash_pin(pins.validate_pin(admin_pin)),
    }
    if verify_url:
        values["verify_url"] = validate_verify_url(verify_url)
    repo.put_settings(values)
    from kiosk.core.credentials.keys import ensure_signing_key

    ensure_signing_key()  # the key that signs this kiosk's certificates
    return load_settings()


def check_admin_pin(pin: str) -> bool:
    stored = repo.get_setting("admin_pin_hash")
    return stored is not None and pins.pin_matches(pin, stored)


def set_idle_timeout(seconds: int) -> None:
    repo.put_settings({"idle_timeout_seconds": str(validate_idle_seconds(seconds))})
