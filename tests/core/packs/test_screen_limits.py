"""Pack content that would freeze a screen or slip past a check is refused, at build and at import alike.

Each hostile input is built from the mini source (``build_pack`` must refuse it) and signed into
a pack by hand (``import_pack`` must refuse it, with one line, and change nothing).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.core.errors import KnownError
from kiosk.core.packs.build import build_pack
from kiosk.core.packs.format import (
    MAX_LESSON_BRACKETS,
    MAX_LESSON_BYTES,
    MAX_LESSON_IMAGES,
    MAX_LESSON_LINKS,
    MAX_QUIZ_BYTES,
    MAX_SVG_DRAWN,
    MAX_SVG_ELEMENTS,
)
from kiosk.core.packs.library import import_pack

from .kpack_maker import base_manifest, copy_source, simple_files, write_kpack

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">{}</svg>'
LESSON = "lessons/01-mouse.md"
PICTURE = "media/mouse.svg"
QUIZ = "quizzes/01-devices.gift"


def use_bomb(levels: int = 7) -> bytes:
    """Each level draws the one below ten times: 10**levels shapes from a 1.4 KB file."""
    parts = ['<defs><rect id="l0" width="1" height="1"/>']
    for level in range(1, levels + 1):
        uses = "".join(f'<use xlink:href="#l{level - 1}" x="{i}"/>' for i in range(10))
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append(f'</defs><use xlink:href="#l{levels}"/>')
    return SVG.format("".join(parts)).encode()


def hostile_files() -> dict[str, tuple[str, bytes, str]]:
    """name -> (file in the pack, its hostile bytes, the words the refusal must hold)."""
    gift_line = b"// " + b"[id:" * (24 * 1024) + b"\n// [id:q-1]\n::Q::Yes? {T}\n"
    return {
        "svg-use-bomb": (PICTURE, use_bomb(), f"draws more than {MAX_SVG_DRAWN} elements"),
        "svg-self-use": (PICTURE, SVG.format('<g id="a"><use xlink:href="#a"/></g>').encode(), "refers to itself"),
        "svg-too-many-elements": (PICTURE, SVG.format("<rect/>" * (MAX_SVG_ELEMENTS + 1)).encode(),
                                  f"more than {MAX_SVG_ELEMENTS} elements"),
        "svg-utf16-doctype": (
            PICTURE,
            ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE svg [<!ENTITY e "boom">]>'
             + SVG.format("<text>&e;</text>")).encode("utf-16"),
            "is not UTF-8",
        ),
        "svg-doctype-after-spaces": (PICTURE, b"\n" * 5000 + b'<!DOCTYPE svg SYSTEM "x.dtd">' + SVG.format("").encode(),
                                     "DOCTYPE"),
        "svg-entity": (PICTURE, b'<!DOCTYPE svg [<!ENTITY a "aaaa">]>' + SVG.format("<text>&a;</text>").encode(),
                       "DOCTYPE"),
        "svg-stylesheet-instruction": (PICTURE, b'<?xml-stylesheet href="../../outside.css"?>' + SVG.format("").encode(),
                                       "processing instructions"),
        "svg-latin1-declaration": (PICTURE, b'<?xml version="1.0" encoding="ISO-8859-1"?>' + SVG.format("").encode(),
                                   "declares the encoding ISO-8859-1"),
        "lesson-bracket-bomb-100kb": (LESSON, b"![" * (50 * 1024), f"at most {MAX_LESSON_BYTES // 1024} KB"),
        "lesson-bracket-bomb-under-size": (LESSON, b"# Mouse\n\n" + b"![" * (MAX_LESSON_BRACKETS + 1),
                                           f"at most {MAX_LESSON_BRACKETS}"),
        "lesson-deep-nesting": (LESSON, b"# Mouse\n\n" + b"> " * 20 + b"deep\n", "nests lists or quotes"),
        "lesson-many-links": (LESSON, b"# Mouse\n\n" + b"[x](#a) " * (MAX_LESSON_LINKS + 1), "links; at most"),
        "lesson-many-images": (LESSON, b"# Mouse\n\n" + b"![a](../media/mouse.svg)\n\n" * (MAX_LESSON_IMAGES + 1),
                               "images; at most"),
        "lesson-many-list-items": (LESSON, b"# Mouse\n\n" + b"- item\n" * 600, "list items; at most"),
        "lesson-many-spans": (LESSON, b"# Mouse\n\n" + b"*a* " * 1500, "pieces of formatted text"),
        "quiz-too-big": (QUIZ, b"// [id:q-1]\n::Q::Yes? {T}\n" + b"// padding\n" * (MAX_QUIZ_BYTES // 11), "KB; a quiz"),
        "quiz-long-comment-line": (QUIZ, gift_line, "a quiz line has at most"),
        "quiz-markdown-bomb": (QUIZ, b"// [id:q-1]\n::Q::[markdown]" + b"*a* " * 1500 + b" {T}\n",
                               "pieces of formatted text"),
    }


MANIFEST_CASES = {
    "id-trailing-newline": ({"id": "kiosk.sample.mini\n"}, "control character"),
    "version-trailing-newline": ({"version": "1.0.0\n"}, "control character"),
    "title-escape-sequence": ({"title": "Mouse \x1b[31mbasics"}, "control character (U+001B)"),
    "description-line-separator": ({"description": "One line\u2028and another"}, "control character (U+2028)"),
}


def _source_with(tmp_path: Path, name: str, data: bytes) -> Path:
    src = copy_source(tmp_path)
    (src / name).write_bytes(data)
    return src


def _pack_with(tmp_path: Path, name: str, data: bytes) -> Path:
    files = {**simple_files(), name: data}
    if name == QUIZ:
        files.pop("quizzes/01-mouse.gift")
    return write_kpack(tmp_path / "hostile.kpack", files)


@pytest.mark.parametrize("case", list(hostile_files()))
def test_hostile_content_is_refused_at_build(case, tmp_path):
    name, data, reason = hostile_files()[case]
    out = tmp_path / "out.kpack"
    with pytest.raises(KnownError) as caught:
        build_pack(_source_with(tmp_path, name, data), out)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value) and not out.exists()


@pytest.mark.parametrize("case", list(hostile_files()))
def test_hostile_content_is_refused_at_import_and_changes_nothing(case, database, kiosk_home, tmp_path, mini_kpack,
                                                                  snapshot):
    import_pack(mini_kpack)
    before = snapshot(kiosk_home)
    name, data, reason = hostile_files()[case]
    bad = _pack_with(tmp_path, name, data)
    with pytest.raises(KnownError) as caught:
        import_pack(bad, force=True, trust_publisher=True)
    message = str(caught.value)
    assert reason in message and message.startswith("hostile.kpack refused:") and "\n" not in message
    assert snapshot(kiosk_home) == before


@pytest.mark.parametrize("case", list(MANIFEST_CASES))
def test_control_characters_in_the_manifest_are_refused_at_build(case, tmp_path):
    changes, reason = MANIFEST_CASES[case]
    src = copy_source(tmp_path)
    text = (src / "pack.toml").read_text(encoding="utf-8")
    for key, value in changes.items():
        old = tomllib.loads(text)[key]
        escaped = value.encode("unicode_escape").decode("ascii").replace("\\x", "\\u00")
        text = text.replace(f'{key} = "{old}"', f'{key} = "{escaped}"', 1)
    (src / "pack.toml").write_text(text, encoding="utf-8")
    assert tomllib.loads(text)[next(iter(changes))] == next(iter(changes.values()))
    with pytest.raises(KnownError) as caught:
        build_pack(src, tmp_path / "out.kpack")
    assert reason in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("case", list(MANIFEST_CASES))
def test_control_characters_in_the_manifest_are_refused_at_import(case, database, kiosk_home, tmp_path, mini_kpack,
                                                                  snapshot):
    """``kiosk.sample.mini\\n`` would otherwise install as a second, identical-looking pack."""
    import_pack(mini_kpack)
    before = snapshot(kiosk_home)
    changes, reason = MANIFEST_CASES[case]
    files = simple_files()
    bad = write_kpack(tmp_path / "hostile.kpack", files, manifest=base_manifest(files, **changes))
    with pytest.raises(KnownError) as caught:
        import_pack(bad, force=True, trust_publisher=True)
    assert reason in str(caught.value) and "\n" not in str(caught.value)
    assert snapshot(kiosk_home) == before


def test_ids_and_versions_are_matched_whole():
    from kiosk.core.packs.format import PACK_ID_RE, check_entry_path, manifest_problems, parse_version
    from kiosk.core.errors import InvalidInput

    assert PACK_ID_RE.fullmatch("kiosk.sample.x") and not PACK_ID_RE.fullmatch("kiosk.sample.x\n")
    with pytest.raises(InvalidInput):
        parse_version("1.0.0\n")
    assert check_entry_path("media/a\n/b.svg") is not None
    files = simple_files()
    assert manifest_problems(base_manifest(files)) == []
    assert manifest_problems(base_manifest(files, skills=[{"id": "mouse\n", "title": "Use a mouse"}]))


def test_the_limits_leave_room_for_real_content(tmp_path):
    """A lesson at each limit, a quiz near its size and an SVG with many shapes and copies still build."""
    src = copy_source(tmp_path)
    links = "".join(f"[see {i}](#top) " for i in range(MAX_LESSON_LINKS))
    images = "![a mouse](../media/mouse.svg)\n\n" * MAX_LESSON_IMAGES
    (src / LESSON).write_text(f"# Mouse\n\n{links}\n\n{images}" + "> quoted\n" * 5 + "- item\n" * 200,
                              encoding="utf-8")
    shapes = "".join(f'<rect id="r{i}" x="{i % 90}" width="5" height="5"/>' for i in range(MAX_SVG_ELEMENTS // 4))
    copies = "".join(f'<use xlink:href="#r{i}" y="10"/>' for i in range(MAX_SVG_ELEMENTS // 4))
    (src / PICTURE).write_bytes(SVG.format(shapes + copies).encode())
    quiz = (src / QUIZ).read_bytes()
    (src / QUIZ).write_bytes(quiz + b"// a comment line\n" * ((MAX_QUIZ_BYTES - len(quiz)) // 20))
    result = build_pack(src, tmp_path / "out.kpack")
    assert result.path.is_file()
