"""The checks an SVG picture in a pack must pass: UTF-8, no DOCTYPE or entities, nothing that
runs or reaches outside the pack, and not too much to draw (a nested ``<use>`` can freeze QtSvg).

Part of the pack content checks (``kiosk.core.packs.content``), which the builder and the
importer both run.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from kiosk.core.packs.format import MAX_SVG_BYTES, MAX_SVG_DRAWN, MAX_SVG_ELEMENTS
from kiosk.core.say import QT_TRANSLATE_NOOP, say

_SVG_FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "audio", "video", "handler", "listener"}
_HREF_ATTRS = {"href", "src"}


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def _style_refers_outside(text: str) -> bool:
    lowered = text.lower()
    if "@import" in lowered or "expression(" in lowered or "javascript:" in lowered:
        return True
    return any(not ref.strip(" '\"").startswith("#") for ref in re.findall(r"url\(([^)]*)\)", lowered))


class _SvgRefused(Exception):
    """Raised from inside the parse to stop at the first thing an SVG may not hold."""


def _svg_declaration_problem(name: str, data: bytes) -> str | None:
    """Why the SVG is not plain UTF-8 XML without DOCTYPE, entities or processing instructions, if it is not.

    Parsed with expat (not searched for bytes), after checking the bytes are UTF-8: a
    declaration in another encoding (UTF-16, say) is refused before anything else.
    """
    from xml.parsers import expat

    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")) or b"\x00" in data:
        return say(QT_TRANSLATE_NOOP("core", "%1 is not UTF-8 text (SVG in a pack is UTF-8)"), name)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return say(QT_TRANSLATE_NOOP("core", "%1 is not UTF-8 text (SVG in a pack is UTF-8)"), name)
    parser = expat.ParserCreate()
    elements = 0

    def refuse(*_args) -> None:
        raise _SvgRefused(
            say(QT_TRANSLATE_NOOP("core", "%1 declares a DOCTYPE, entities or processing instructions, which packs do not allow in SVG"), name)
        )

    def declaration(_version, encoding, _standalone) -> None:
        if encoding is not None and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
            raise _SvgRefused(say(QT_TRANSLATE_NOOP("core", "%1 declares the encoding %2; SVG in a pack is UTF-8"), name, encoding))

    def element(_tag, _attributes) -> None:
        nonlocal elements
        elements += 1
        if elements > MAX_SVG_ELEMENTS:
            raise _SvgRefused(
                say(QT_TRANSLATE_NOOP("core", "%1 has more than %2 elements"), name, MAX_SVG_ELEMENTS)
            )

    parser.XmlDeclHandler = declaration
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.NotationDeclHandler = refuse
    parser.ProcessingInstructionHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SkippedEntityHandler = refuse
    parser.StartElementHandler = element
    try:
        parser.Parse(data, True)
    except _SvgRefused as refused:
        return str(refused.args[0])
    except expat.ExpatError as exc:
        return say(QT_TRANSLATE_NOOP("core", "%1 is not a well-formed SVG file (%2)"), name, exc)
    return None


def _drawn_elements(name: str, root: ET.Element) -> str | None:
    """Why drawing the SVG would take too long once every ``<use>`` is expanded, if it would."""
    by_id = {element.get("id"): element for element in root.iter() if element.get("id")}
    sizes: dict[int, int] = {}
    visiting: set[int] = set()

    def drawn(element: ET.Element) -> int:
        key = id(element)
        if key in sizes:
            return sizes[key]
        if key in visiting:
            raise _SvgRefused(say(QT_TRANSLATE_NOOP("core", "%1 has a <use> that refers to itself"), name))
        visiting.add(key)
        total = 1 + sum(drawn(child) for child in element)
        if _local(element.tag) == "use":
            href = next((v for k, v in element.attrib.items() if _local(k) == "href"), "")
            target = by_id.get(href.strip()[1:]) if href.strip().startswith("#") else None
            if target is not None:
                total += drawn(target)
        visiting.discard(key)
        sizes[key] = total = min(total, MAX_SVG_DRAWN + 1)
        return total

    try:
        if drawn(root) > MAX_SVG_DRAWN:
            return say(
                QT_TRANSLATE_NOOP("core", "%1 draws more than %2 elements once its <use> copies are counted"),
                name,
                MAX_SVG_DRAWN,
            )
    except _SvgRefused as refused:
        return str(refused.args[0])
    except RecursionError:
        return say(QT_TRANSLATE_NOOP("core", "%1 nests its elements too deeply"), name)
    return None


def svg_problems(name: str, data: bytes) -> list[str]:
    """Why the SVG ``name`` is refused: not UTF-8, a DOCTYPE, entities or processing instructions,
    too many elements (counting ``<use>`` copies), scripts, event attributes, external references."""
    if len(data) > MAX_SVG_BYTES:
        return [say(QT_TRANSLATE_NOOP("core", "%1 is larger than %2 KB"), name, MAX_SVG_BYTES // 1024)]
    problem = _svg_declaration_problem(name, data)
    if problem:
        return [problem]
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return [say(QT_TRANSLATE_NOOP("core", "%1 is not a well-formed SVG file (%2)"), name, exc)]
    if _local(root.tag) != "svg":
        return [say(QT_TRANSLATE_NOOP("core", "%1 is not an SVG image"), name)]
    problem = _drawn_elements(name, root)
    if problem:
        return [problem]
    problems: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = _local(element.tag)
        if tag in _SVG_FORBIDDEN_ELEMENTS:
            problems.append(
                say(
                    QT_TRANSLATE_NOOP("core", "%1 contains a <%2> element (scripts and embedded content are refused)"),
                    name,
                    tag,
                )
            )
        if tag == "style" and _style_refers_outside(element.text or ""):
            problems.append(say(QT_TRANSLATE_NOOP("core", "%1 has a style sheet that refers outside the image"), name))
        for attr, value in element.attrib.items():
            key = _local(attr)
            if key.startswith("on"):
                problems.append(
                    say(
                        QT_TRANSLATE_NOOP("core", "%1 has an event attribute %2 (scripts are refused)"), name, repr(key)
                    )
                )
            elif key in _HREF_ATTRS and not value.strip().startswith("#"):
                problems.append(
                    say(QT_TRANSLATE_NOOP("core", "%1 refers to something outside the image (%2)"), name, value[:60])
                )
            elif key == "style" and _style_refers_outside(value):
                problems.append(say(QT_TRANSLATE_NOOP("core", "%1 has a style that refers outside the image"), name))
            elif "javascript:" in value.lower().replace(" ", ""):
                problems.append(say(QT_TRANSLATE_NOOP("core", "%1 has a javascript: value"), name))
            elif "url(" in value.lower() and _style_refers_outside(value):
                problems.append(
                    say(QT_TRANSLATE_NOOP("core", "%1 refers to something outside the image (%2)"), name, value[:60])
                )
    return sorted(set(problems))
