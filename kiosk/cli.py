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
    "kiosk.commands.trust",
    "kiosk.commands.credential",
    "kiosk.commands.verify",
    "kiosk.commands.quiz",
    "kiosk.commands.pack",
    "kiosk.commands.registry",
    "kiosk.commands.sync",
    "kiosk.commands.backup",
    "kiosk.commands.speak",
]

log = logging.getLogger("kiosk")


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors fit on one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def command_modules(argv: list[str]) -> list[str]:
    """The command modules this command line needs: only its own, so start-up stays quick.

    Help without a command, or a name that is not a command, needs them all (to list them).
    """
    words = [a for a in argv if not a.startswith("-")]
    if words:
        name = f"kiosk.commands.{words[0]}"
        return [name] if name in COMMAND_MODULES else COMMAND_MODULES
    if any(a in ("-h", "--help") for a in argv):
        return COMMAND_MODULES
    return ["kiosk.commands.app"]  # no command: the app (--version needs none of them)


def build_parser(modules: list[str] | None = None) -> Parser:
    parser = Parser(
        prog="kiosk",
        description="Kiosk: an offline learning kiosk. Run without a command to start the app.",
        epilog="Data lives in $KIOSK_HOME if set, else in the platform's user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to stderr")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES if modules is None else modules:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(command_modules(words))
    args = parser.parse_args(words)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not hasattr(args, "func"):
        args = parser.parse_args([*words, "app"])

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
