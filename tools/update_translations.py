"""Refresh the app's translations: lupdate the .ts files, fill them from tools/i18n/<lang>.tsv, lrelease.

Run from the checkout: ``python tools/update_translations.py``. Needs pyside6-lupdate and
pyside6-lrelease (PySide6-Essentials ships both next to the Python that runs this).
The .tsv files hold "English<TAB>translation" per line (``\\n`` for a line break); the
compiled assets/i18n/kiosk_<lang>.qm files are committed, so the app needs no tools.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "ar")
BIN = Path(sys.executable).parent
# Plural forms for "%n": French has 2, Arabic 6 (Qt's order: 0, 1, 2, 3-10, 11-99, 100+).
PLURALS = {
    "You were logged out after %n minute(s) without activity, to keep your progress private.": {
        "fr": [
            "Vous avez été déconnecté après %n minute sans activité, pour protéger votre progression.",
            "Vous avez été déconnecté après %n minutes sans activité, pour protéger votre progression.",
        ],
        "ar": [
            "سُجّل خروجك بعد أقل من دقيقة دون نشاط، حفاظًا على خصوصية تقدمك.",
            "سُجّل خروجك بعد دقيقة واحدة دون نشاط، حفاظًا على خصوصية تقدمك.",
            "سُجّل خروجك بعد دقيقتين دون نشاط، حفاظًا على خصوصية تقدمك.",
            "سُجّل خروجك بعد %n دقائق دون نشاط، حفاظًا على خصوصية تقدمك.",
            "سُجّل خروجك بعد %n دقيقة دون نشاط، حفاظًا على خصوصية تقدمك.",
            "سُجّل خروجك بعد %n دقيقة دون نشاط، حفاظًا على خصوصية تقدمك.",
        ],
    },
}


def read_tsv(language: str) -> dict[str, str]:
    table = {}
    for line in (ROOT / "tools" / "i18n" / f"{language}.tsv").read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            source, target = line.split("\t", 1)
            table[source.replace("\\n", "\n")] = target.replace("\\n", "\n")
    return table


def fill(ts: Path, language: str) -> list[str]:
    table = read_tsv(language)
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            forms = PLURALS.get(source, {}).get(language) or ([table[source]] * (6 if language == "ar" else 2) if source in table else None)
            if forms is None:
                missing.append(source)
                continue
            translation.text = None
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
        elif source in table:
            translation.text = table[source]
        else:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    # Core's messages, marked with QT_TRANSLATE_NOOP("core", ...) (see kiosk/core/say.py).
    sources += sorted(str(p) for p in (ROOT / "kiosk" / "core").rglob("*.py") if "QT_TRANSLATE_NOOP(" in p.read_text("utf-8"))
    targets = [str(ROOT / "assets" / "i18n" / f"kiosk_{lang}.ts") for lang in LANGUAGES]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", *targets], check=True)
    for language, ts in zip(LANGUAGES, targets):
        missing = fill(Path(ts), language)
        for source in missing:
            print(f"{language}: no translation for {source!r}")
        subprocess.run([str(BIN / "pyside6-lrelease"), ts, "-qm", ts[:-3] + ".qm"], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
