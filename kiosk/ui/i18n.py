"""The app's languages: Qt translators loaded from assets/i18n/kiosk_<code>.qm.

English is the source language (no file). The .qm files are compiled from the
.ts files beside them with ``pyside6-lrelease`` and committed (tools/update_translations.py).
Arabic turns the whole layout right-to-left.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk import paths

log = logging.getLogger(__name__)
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb"}
# Each language's locale for numbers: Arabic with the digits 0-9 (as its translations, PINs and
# codes write them), so one screen never shows two sets of digits.
LOCALES = {"ar": "ar_001"}
_installed: dict[str, object] = {"code": "en", "translator": None}


def current_language() -> str:
    return str(_installed["code"])


def is_right_to_left(language: str | None) -> bool:
    """Whether ``language`` (a BCP 47 code such as "ar" or "ar-MA") is written right to left."""
    return bool(language) and language.replace("_", "-").split("-")[0].lower() in RIGHT_TO_LEFT


def install_language(app: QCoreApplication, code: str) -> bool:
    """Make ``code`` the language of newly built widgets; False if no translation is found."""
    if code == _installed["code"]:
        return True
    old = _installed["translator"]
    if old is not None:
        app.removeTranslator(old)
        _installed["translator"] = None
    found = True
    if code != "en":
        translator = QTranslator(app)
        qm = paths.asset(f"i18n/kiosk_{code}.qm")
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed["translator"] = translator
        else:
            log.warning("no translation for %s at %s", code, qm)
            found = False
    _installed["code"] = code
    QLocale.setDefault(QLocale(LOCALES.get(code, code)))
    if isinstance(app, QApplication):
        # Through the property, as Qt::LeftToRight (0) or Qt::RightToLeft (1): an Arabic kiosk's
        # first screen is then built without the Qt namespace too (see kiosk/ui/__init__.py).
        app.setProperty("layoutDirection", 1 if code in RIGHT_TO_LEFT else 0)
    return found


def filled(template: str, *args: object) -> str:
    """A translated template with its %1, %2, ... filled in, as core fills its own (``kiosk.core.say``):
    ``filled(self.tr("Lesson %1 of %2"), index, count)``. One pass, so an argument's own "%2" stays."""
    from kiosk.core.say import fill

    return fill(template, [str(arg) for arg in args])


def translated(text: str, *, isolate: bool = False) -> str:
    """A message from core in the app's language (see ``kiosk.core.say``); other text as it is.

    ``isolate``: each word put in (a pack's or a learner's title, in its own language) keeps its
    own direction inside the sentence (Unicode first-strong isolates), so an English title in an
    Arabic sentence, or the reverse, is not turned round or its punctuation moved.
    """
    from kiosk.core.say import CONTEXT, Said, fill

    if not isinstance(text, Said):
        return text
    args = [translated(a) if isinstance(a, str) else str(a) for a in text.args]
    if isolate:
        args = [f"\u2068{a}\u2069" for a in args]
    return fill(QCoreApplication.translate(CONTEXT, text.template), args)
