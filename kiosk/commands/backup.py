"""``kiosk backup create|restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.commands import Argument, command, command_group
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers, "backup", help="back up or restore this kiosk", description="Back up this kiosk to one file, or restore one."
    )
    command(
        actions, "create", run_create,
        Argument("-o", "--output", required=True, type=Path, help="the backup file to write"),
        Argument("--include-key", action="store_true", help="also save the kiosk's signing key (needs --passphrase-file)"),
        Argument("--passphrase-file", type=Path, help="a file whose first line is the passphrase that encrypts the backup"),
        help="write a backup file",
        description="Write the database and the installed packs to one file (e.g. on a USB stick).",
    )
    command(
        actions, "restore", run_restore,
        Argument("file", type=Path, help="the backup file"),
        Argument("--passphrase-file", type=Path, help="the passphrase of an encrypted backup, in a file"),
        Argument("--admin-pin", help="the facilitator PIN (needed for another kiosk's backup)"),
        help="restore a backup file",
        description="Replace this kiosk's data by a backup's. The backup's signature is checked first; a "
        "damaged, forged or hand-made file changes nothing. Another kiosk's backup (a replacement computer) needs "
        "the facilitator PIN and that kiosk's key on the organisation's trust list. This kiosk's facilitator PIN "
        "and its newest trust list stay as they are.",
    )


def _passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    from kiosk.core.errors import KnownError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnownError(f"Could not read the passphrase file {path}: {exc.strerror or exc}.") from exc
    return lines[0] if lines else ""


def run_create(args: argparse.Namespace) -> int:
    from kiosk.core.backup import make_backup

    open_storage()
    info = make_backup(args.output, include_key=args.include_key, passphrase=_passphrase(args.passphrase_file))
    extra = ", encrypted" if info.encrypted else ""
    extra += ", with the signing key" if info.includes_key else ""
    print(f"Wrote {info.path} ({info.size / 1024:.0f} KB, {info.packs} packs{extra}).")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kiosk.core.backup import restore_backup

    open_storage()
    about = restore_backup(args.file, passphrase=_passphrase(args.passphrase_file), admin_pin=args.admin_pin)
    whose = "" if about.get("own") else f" by kiosk {about['kiosk'].get('name')!r} ({about['kiosk'].get('key_id')})"
    print(f"Restored the backup made {about.get('created_at', '?')}{whose} ({len(about.get('packs', []))} packs).")
    return 0
