"""One module per ``kiosk`` subcommand group; each has ``register(subparsers)``.

What every command shares lives here, so a command module says only what is its own: its
parser (``command``, ``command_group``, ``Argument``, ``OneOf``) and its answer, as JSON or as
text (``answer``, and ``answer_list`` for a listing).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

LIST_JSON = "print a JSON list of objects with an id"  # the --json help of a listing


class Argument:
    """One ``add_argument`` call, written where its command is declared."""

    def __init__(self, *names: str, **settings: Any) -> None:
        self.names, self.settings = names, settings

    def add_to(self, parser: argparse.ArgumentParser | argparse._ActionsContainer) -> None:
        parser.add_argument(*self.names, **self.settings)

    def but(self, **settings: Any) -> Argument:
        """The same argument with some settings of its own (another ``help``, ``metavar``...)."""
        return Argument(*self.names, **{**self.settings, **settings})


ADMIN_PIN = Argument("--admin-pin", required=True, help="the facilitator PIN")
OUTPUT = Argument("-o", "--output", required=True, type=Path)  # each command says what it writes: .but(help=...)
FILE = Argument("file", type=Path, metavar="FILE")  # the file a command reads; .but(help=...) says which


class OneOf:
    """Arguments of which at most one (with ``required``, exactly one) may be given."""

    def __init__(self, *arguments: Argument, required: bool = False) -> None:
        self.arguments, self.required = arguments, required

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        group = parser.add_mutually_exclusive_group(required=self.required)
        for argument in self.arguments:
            argument.add_to(group)


def command(
    subparsers: argparse._SubParsersAction,
    name: str,
    run: Callable[[argparse.Namespace], int],
    *arguments: Argument | OneOf,
    json: str | None = None,
    **texts: str,
) -> argparse.ArgumentParser:
    """Add the command (or action) ``name``, which runs ``run(args)``.

    ``texts`` are its ``help``, ``description`` and ``epilog``; ``json``, if given, is the help
    of its ``--json`` flag, which comes after its other arguments.
    """
    parser = subparsers.add_parser(name, **texts)
    for argument in arguments:
        argument.add_to(parser)
    if json:
        parser.add_argument("--json", action="store_true", help=json)
    parser.set_defaults(func=run)
    return parser


def listing(
    actions: argparse._SubParsersAction,
    items: Callable[[], Iterable[Any]],
    *,
    as_json: Callable[[Any], Any],
    line: Callable[[Any], str],
    none: str,
    **texts: str,
) -> None:
    """Add the action ``list``, which opens this kiosk's storage and answers ``items()`` as ``answer_list`` does."""

    def run(args: argparse.Namespace) -> int:
        from kiosk.core.start import open_storage

        open_storage()
        return answer_list(args, items(), as_json=as_json, line=line, none=none)

    command(actions, "list", run, json=LIST_JSON, **texts)


def command_group(subparsers: argparse._SubParsersAction, name: str, **texts: str) -> argparse._SubParsersAction:
    """Add the command ``name``, which needs an action (``kiosk NAME ACTION``); the actions go into what it returns."""
    parser = subparsers.add_parser(name, **texts)
    return parser.add_subparsers(title="actions", metavar="ACTION", required=True)


def answer(args: argparse.Namespace, data: Any, text: str | Iterable[str]) -> int:
    """Print ``data`` as JSON with ``--json``, else ``text`` (a line, or lines); 0, the exit status.

    ``text`` may be a generator, so lines that only the text needs are made only for it.
    """
    if args.json:
        print_json(data)
    else:
        for line in [text] if isinstance(text, str) else text:
            print(line)
    return 0


def answer_list(
    args: argparse.Namespace,
    items: Iterable[Any],
    *,
    as_json: Callable[[Any], Any],
    line: Callable[[Any], str],
    none: str,
) -> int:
    """Answer a listing: with ``--json`` a JSON list of ``as_json(item)``, else ``line(item)`` for
    each item, or ``none`` when there is none; 0, the exit status."""
    items = list(items)
    return answer(args, [as_json(item) for item in items], [line(item) for item in items] or [none])


def fields_as_json(record: Any, *names: str) -> dict:
    """``{name: record.name}`` for each of ``names``, in that order, times as ISO 8601 text.

    ``"key=attribute"`` gives the attribute under another key.
    """
    data = {}
    for name in names:
        key, _, attribute = name.partition("=")
        value = getattr(record, attribute or key)
        data[key] = value.isoformat() if isinstance(value, datetime) else value
    return data


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
