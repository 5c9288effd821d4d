"""The ``kiosk`` command: argparse subcommands, one module each under ``kiosk.commands``.

Start-up stays light: this module imports only the standard library; each
command imports what it needs (Qt only inside ``app``) when it runs.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from kiosk import __version__

# Each module defines ``register(subparsers)``; its parsers set ``func(args) -> int``.
COMMAND_MODULES = [
    "kiosk.commands.app",
    "kiosk.commands.init",
    "kiosk.commands.learner",
    "kiosk.commands.key",
    "kiosk.commands.credential",
    "kiosk.commands.verify",
    "kiosk.commands.quiz",
    "kiosk.commands.pack",
    "kiosk.commands.registry",
    "kiosk.commands.sync",
    "kiosk.commands.backup",
]

log = logging.getLogger("kiosk")


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors fit on one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> Parser:
    parser = Parser(
        prog="kiosk",
        description="Kiosk: an offline learning kiosk. Run without a command to start the app.",
        epilog="Data lives in $KIOSK_HOME if set, else in the platform's user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to stderr")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not hasattr(args, "func"):
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "app"])

    from kiosk.core.errors import KnownError

    try:
        return int(args.func(args) or 0)
    except KnownError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug: keep the traceback, tell the user briefly
        log.exception("unexpected error")
        print("kiosk: an unexpected error happened; the details are above.", file=sys.stderr)
        return 70
