"""Words for people, written in English in core and translated by the app with Qt's tools.

Core imports no Qt, yet the app shows core's messages (a wrong PIN, what a credential
still needs) in the kiosk's language. A message is made with ``say``: the English text
(what the CLI prints) that also carries its template and arguments, so the app can
look the template up in its translations and fill the arguments in again::

    raise PinRejected(say(QT_TRANSLATE_NOOP("core", "Wrong PIN. %1 tries left."), left))

``QT_TRANSLATE_NOOP`` does nothing at run time; ``pyside6-lupdate`` reads the call in the
source and puts the template in assets/i18n/*.ts under the context "core"
(tools/update_translations.py). Arguments are numbered Qt style: %1, %2, ...
"""

from __future__ import annotations

import re
from collections.abc import Mapping

CONTEXT = "core"
_ARG = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``source`` for translation; returns it unchanged."""
    return source


class Said(str):
    """English text with the template and arguments it was made from."""

    template: str
    args: tuple[object, ...]

    def __new__(cls, template: str, args: tuple[object, ...]) -> Said:
        self = super().__new__(cls, fill(template, [str(a) for a in args]))
        self.template = template
        self.args = args
        return self


def fill(template: str, args: list[str]) -> str:
    """Put ``args`` in for %1, %2, ... (in one pass, so an argument's own "%2" stays)."""
    return _ARG.sub(lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0), template)


def say(template: str, *args: object) -> Said:
    return Said(template, args)


def reworded(said: Said | None, words: Mapping[str, str]) -> Said | None:
    """``said`` in the other ``words`` given for its template (the same arguments), or None
    when it was not said or its template has no other words (a message reused inside another)."""
    if said is None or said.template not in words:
        return None
    return say(words[said.template], *said.args)
