import json

import pytest

from kiosk import __version__
from kiosk.cli import COMMAND_MODULES, command_modules


def test_version_and_help(kiosk_cli):
    assert kiosk_cli("--version", check=True).stdout.strip() == f"kiosk {__version__}"
    helptext = kiosk_cli("--help", check=True).stdout
    for module in COMMAND_MODULES:  # the help lists every command, though a command loads only its own
        assert f"    {module.rsplit('.', 1)[1]} " in helptext
    assert "--pin" in kiosk_cli("learner", "add", "--help", check=True).stdout


@pytest.mark.parametrize(
    ("argv", "modules"),
    [
        ([], ["kiosk.commands.app"]),
        (["-v"], ["kiosk.commands.app"]),
        (["-v", "pack", "list"], ["kiosk.commands.pack"]),
        (["learner", "add", "app"], ["kiosk.commands.learner"]),
        (["--help"], COMMAND_MODULES),
        (["nonsense"], COMMAND_MODULES),  # so the error can list the real commands
    ],
)
def test_a_command_line_loads_only_its_own_command(argv, modules):
    assert command_modules(argv) == modules


def test_init_then_learners(kiosk_cli, kiosk_home):
    out = kiosk_cli("init", "--org", "Riverside Centre", "--kiosk-name", "Library PC 2", "--admin-pin", "123456", check=True)
    assert "Library PC 2" in out.stdout
    kiosk_cli("learner", "add", "Amina Diallo", "--pin", "2468", check=True)
    kiosk_cli("learner", "add", "Kofi Mensah", check=True)
    listed = json.loads(kiosk_cli("learner", "list", "--json", check=True).stdout)
    assert [(item["name"], item["has_pin"]) for item in listed] == [("Amina Diallo", True), ("Kofi Mensah", False)]
    assert all(isinstance(item["id"], int) for item in listed)
    assert (kiosk_home / "kiosk.db").is_file()


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["learner", "add", "Amina", "--pin", "12x4"], "digits only"),
        (["learner", "add", ""], "Type a name"),
        (["learner", "add", "Amina", "--language", "zz"], "Unknown language"),
        (["init", "--org", "X", "--kiosk-name", "Y", "--admin-pin", "1"], "4 to 6 digits"),
        (["init", "--org", "X"], "required"),
        (["nonsense"], "invalid choice"),
        (["app", "--size", "big"], "WIDTHxHEIGHT"),
    ],
)
def test_bad_input_gives_one_line_and_a_non_zero_exit(kiosk_cli, args, reason):
    kiosk_cli("learner", "add", "Kofi", check=True)
    result = kiosk_cli(*args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0], result.stderr
    listed = json.loads(kiosk_cli("learner", "list", "--json", check=True).stdout)
    assert [item["name"] for item in listed] == ["Kofi"]


def test_a_duplicate_learner_is_refused(kiosk_cli):
    kiosk_cli("learner", "add", "Kofi", check=True)
    result = kiosk_cli("learner", "add", "KOFI")
    assert result.returncode == 1 and "already exists" in result.stderr
