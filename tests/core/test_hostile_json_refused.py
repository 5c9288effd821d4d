"""Nested or huge JSON is refused with one line wherever Kiosk reads JSON from outside.

At cbaebb9, 1,000 levels of nesting or a 5,000-digit integer made `kiosk pack import` and
`kiosk quiz check` exit 70 with a traceback, and one such file on a USB stick stopped the
scan, so the good pack beside it was not offered either.
"""

from __future__ import annotations

import json

import pytest

from kiosk.cli import main

from .packs.kpack_maker import write_kpack

NESTED = b'{"a": ' + b"[" * 1000 + b"]" * 1000 + b"}"
HUGE_INTEGER = b'{"a": ' + b"9" * 5000 + b"}"
HOSTILE = {"nested": NESTED, "huge integer": HUGE_INTEGER, "NaN": b'{"a": NaN}', "1e999": b'{"a": 1e999}'}


def one_line_refusal(capsys, code: int) -> str:
    err = capsys.readouterr().err.strip()
    assert code == 1, err
    assert err and "\n" not in err and "Traceback" not in err
    return err


@pytest.mark.parametrize("name", ["nested", "huge integer"])
def test_quiz_check_refuses_hostile_json(name, tmp_path, capsys):
    quiz = tmp_path / "bank.json"
    quiz.write_bytes(b"[" + HOSTILE[name] + b"]")
    code = main(["quiz", "check", str(quiz)])
    out = capsys.readouterr()
    assert code == 1 and "Traceback" not in out.err
    assert "nests more than" in out.out + out.err or "digits" in out.out + out.err


@pytest.mark.parametrize("part", ["manifest.json", "signature.json"])
def test_pack_import_refuses_a_nested_manifest_or_signature(part, database, tmp_path, capsys):
    pack = tmp_path / "nested.kpack"
    if part == "manifest.json":
        write_kpack(pack, manifest_bytes=NESTED)
    else:
        write_kpack(pack, signature_edit=lambda signature: signature.update(extra=json.loads("[" * 900 + "]" * 900)))
    err = one_line_refusal(capsys, main(["pack", "import", str(pack)]))
    assert "nests more than" in err and part in err


def test_usb_scan_lists_a_hostile_pack_as_refused_and_offers_the_good_one(database, tmp_path):
    from kiosk.core.packs.drives import scan_for_packs

    usb = tmp_path / "usb"
    usb.mkdir()
    write_kpack(usb / "a-nested.kpack", manifest_bytes=NESTED)
    write_kpack(usb / "b-huge.kpack", manifest_bytes=HUGE_INTEGER)
    write_kpack(usb / "c-good.kpack")
    offers = {o.path.name: o for o in scan_for_packs(usb)}
    assert not offers["a-nested.kpack"].importable and "nests more than" in offers["a-nested.kpack"].problem
    assert not offers["b-huge.kpack"].importable and "digits" in offers["b-huge.kpack"].problem
    assert offers["c-good.kpack"].importable and offers["c-good.kpack"].title == "A tiny test pack"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_enrolment_and_trust_files_are_refused_in_one_line(name, database, tmp_path):
    from kiosk.core.trust.documents import TrustRefused, read_enrolment_file
    from kiosk.core.trust.store import import_trust_file

    path = tmp_path / "file.json"
    path.write_bytes(HOSTILE[name])
    for read in (read_enrolment_file, import_trust_file):
        with pytest.raises(TrustRefused) as refused:
            read(path)
        assert "\n" not in str(refused.value)
