from __future__ import annotations

import os
import stat
import zipfile

import pytest

from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.packs.archive import read_pack
from kiosk.core.packs.build import build_pack
from kiosk.core.packs.content import check_quiz_file
from kiosk.core.packs.svg import svg_problems
from kiosk.core.packs.format import MAX_IMAGE_WIDTH, BUILD_IMAGE_WIDTH, check_entry_path, compare_versions, schema_problems
from kiosk.core.packs.keys import generate_key_file, load_private_key, publisher_key_of

from .kpack_maker import copy_source


@pytest.mark.parametrize(
    "name",
    ["../evil.md", "lessons/../../evil.md", "/etc/passwd", "C:/x/lessons/a.md", "c:evil.md", "lessons\\a.md",
     "lessons//a.md", "lessons/./a.md", "evil.md", "lessons/a.exe", "lessons/ä.md"],
)
def test_unsafe_entry_names_are_named_and_refused(name):
    assert check_entry_path(name)


def test_ordinary_entry_names_pass():
    for name in ["lessons/01-mouse.md", "quizzes/01-a.gift", "media/a_b-c.webp", "manifest.json"]:
        assert check_entry_path(name) is None


def test_versions_compare_semantically():
    assert compare_versions("1.10.0", "1.9.0") == 1
    assert compare_versions("1.0.0-beta.1", "1.0.0") == -1
    assert compare_versions("2.0.0", "2.0.0") == 0
    with pytest.raises(InvalidInput):
        compare_versions("1.0", "1.0.0")


def test_schema_names_the_bad_field(mini_kpack):
    manifest = read_pack(mini_kpack).manifest
    assert schema_problems(manifest) == []
    bad = {**manifest, "id": "Not An Id"}
    assert any(p.startswith("id:") for p in schema_problems(bad))


def test_build_shrinks_images_rewrites_links_and_signs(tmp_path):
    out = tmp_path / "mini.kpack"
    result = build_pack(copy_source(tmp_path), out)
    assert result.size == out.stat().st_size > 0
    assert result.source_size > 0
    info = read_pack(out)
    assert info.publisher.fingerprint == result.publisher.fingerprint
    files = info.manifest["files"]
    assert "media/keyboard.png" not in files and "media/keyboard.webp" in files
    with zipfile.ZipFile(out) as archive:
        lesson = archive.read("lessons/02-keyboard.md").decode()
        assert "](../media/keyboard.webp)" in lesson
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in archive.infolist())
        assert archive.read("media/mouse.svg") == (copy_source(tmp_path, "again") / "media/mouse.svg").read_bytes()
        from PIL import Image
        import io

        with Image.open(io.BytesIO(archive.read("media/keyboard.webp"))) as image:
            assert image.width == BUILD_IMAGE_WIDTH <= MAX_IMAGE_WIDTH
    # Credentials keep their ids for the certificate code.
    assert [c["id"] for c in info.manifest["credentials"]] == ["mini-devices"]
    assert info.manifest["skills"][1]["mastery"] == {"model": "streak", "n": 3}


def test_building_twice_gives_the_same_bytes(tmp_path):
    src = copy_source(tmp_path)
    a = build_pack(src, tmp_path / "a.kpack").path.read_bytes()
    b = build_pack(src, tmp_path / "b.kpack").path.read_bytes()
    assert a == b


@pytest.mark.parametrize(
    ("lesson", "reason"),
    [
        ("See [the web](https://example.org).", "links to the web"),
        ("See [the web](www.example.org).", "links to the web"),
        ("See <http://example.org>.", "links to the web"),
        ("See [secrets](../../other/secret.md).", "links outside the pack"),
        ("See [nothing](03-missing.md).", "not in the pack"),
        ("![gone](../media/gone.png)", "not in the pack"),
        ("Some <b>bold</b> text.", "raw HTML"),
        ("<script>alert(1)</script>", "raw HTML"),
    ],
)
def test_build_refuses_bad_lessons(tmp_path, lesson, reason):
    src = copy_source(tmp_path)
    (src / "lessons" / "01-mouse.md").write_text(f"# Mouse\n\n{lesson}\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=reason):
        build_pack(src, tmp_path / "out.kpack")
    assert not (tmp_path / "out.kpack").exists()


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="x()"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://e.org/a.png"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(http://e.org/x)"/></svg>',
        b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>hi</p></foreignObject></svg>',
    ],
)
def test_svg_with_scripts_or_outside_references_is_refused(tmp_path, svg):
    assert svg_problems("media/x.svg", svg)
    src = copy_source(tmp_path)
    (src / "media" / "mouse.svg").write_bytes(svg)
    with pytest.raises(InvalidInput, match="mouse.svg"):
        build_pack(src, tmp_path / "out.kpack")


def test_a_harmless_svg_with_internal_references_passes():
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
           b'<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use xlink:href="#g"/></svg>')
    assert svg_problems("media/ok.svg", svg) == []


def test_quiz_check_parses_gift_and_needs_stable_ids(tmp_path):
    good, no_id, broken = tmp_path / "a.gift", tmp_path / "n.gift", tmp_path / "x.gift"
    empty, latin = tmp_path / "b.gift", tmp_path / "c.gift"
    good.write_text("// [id:q-1] [tag:s]\n::Q::Yes? {T}\n", encoding="utf-8")
    no_id.write_text("::Q::Yes? {T}\n", encoding="utf-8")
    broken.write_text("// [id:q-2]\n::Q::Pick one {=a ~b\n", encoding="utf-8")
    empty.write_text("  \n", encoding="utf-8")
    latin.write_bytes("Caf\xe9 {T}".encode("latin-1"))
    assert check_quiz_file(good) == []
    [missing] = check_quiz_file(no_id)
    assert "n.gift line 1" in missing and "no [id:...]" in missing
    [error] = check_quiz_file(broken)
    assert error.startswith("x.gift: error: line 2")
    assert "empty" in check_quiz_file(empty)[0]
    assert "UTF-8" in check_quiz_file(latin)[0]


def test_build_refuses_a_non_utf8_quiz_and_a_bad_manifest(tmp_path):
    src = copy_source(tmp_path)
    (src / "quizzes" / "01-devices.gift").write_bytes(b"\xff\xfe bad")
    with pytest.raises(InvalidInput, match="not UTF-8"):
        build_pack(src, tmp_path / "out.kpack")
    src = copy_source(tmp_path, "src2")
    toml = (src / "pack.toml").read_text().replace('"kiosk.sample.mini"', '"kiosk.sample.Mini Pack"')
    (src / "pack.toml").write_text(toml)
    with pytest.raises(InvalidInput, match="pack.toml: id"):
        build_pack(src, tmp_path / "out.kpack", key_path=_key(tmp_path))


def _key(tmp_path):
    path = tmp_path / "author.key"
    if not path.exists():
        generate_key_file(path)
    return path


def test_build_refuses_modules_naming_missing_files_and_unknown_skills(tmp_path):
    src = copy_source(tmp_path)
    toml = (src / "pack.toml").read_text()
    (src / "pack.toml").write_text(toml.replace('"lessons/02-keyboard.md"]', '"lessons/09-gone.md"]').replace(
        'requires_skills = ["mouse", "keys"]', 'requires_skills = ["mouse", "flying"]'))
    with pytest.raises(InvalidInput) as caught:
        build_pack(src, tmp_path / "out.kpack")
    assert "09-gone.md" in str(caught.value) and "flying" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_build_refuses_symlinks_in_the_source(tmp_path):
    src = copy_source(tmp_path)
    os.symlink("/etc/hostname", src / "media" / "host.svg")
    with pytest.raises(InvalidInput, match="symbolic link"):
        build_pack(src, tmp_path / "out.kpack")


def test_build_needs_a_key_for_non_sample_ids(tmp_path):
    src = copy_source(tmp_path)
    (src / "pack.toml").write_text((src / "pack.toml").read_text().replace("kiosk.sample.mini", "org.example.mini"))
    with pytest.raises(InvalidInput, match="--key"):
        build_pack(src, tmp_path / "out.kpack")
    result = build_pack(src, tmp_path / "out.kpack", key_path=_key(tmp_path))
    assert result.manifest["id"] == "org.example.mini"


def test_keygen_writes_an_owner_only_key_and_never_overwrites(tmp_path):
    path = tmp_path / "me.key"
    key = generate_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert publisher_key_of(load_private_key(path)) == key
    with pytest.raises(KnownError, match="already exists"):
        generate_key_file(path)
