"""``kiosk learner add|list``."""

from __future__ import annotations

import argparse

from kiosk.commands import Argument, command, command_group, fields_as_json, listing
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(subparsers, "learner", help="add and list learner profiles", description="Learner profiles.")
    command(
        actions, "add", run_add,
        Argument("name", help="the learner's name as it will show on the picker"),
        Argument("--pin", help="an optional 4-6 digit PIN that keeps the profile private"),
        Argument("--language", help="the learner's language (en, fr, ar); default: the kiosk's"),
        help="add a learner", description="Add a learner profile.",
    )
    listing(
        actions, _profiles,
        as_json=lambda p: fields_as_json(p, "id", "name", "has_pin", "language"),
        line=lambda p: f"{p.id:>5}  {p.name}{'  (PIN)' if p.has_pin else ''}",
        none="No learners yet. Add one with: kiosk learner add NAME",
        help="list learners", description="List learner profiles.",
    )


def run_add(args: argparse.Namespace) -> int:
    from kiosk.core.learners.profiles import create_learner
    from kiosk.core.setup import validate_language

    language = validate_language(args.language) if args.language else None
    open_storage()
    profile = create_learner(args.name, pin=args.pin, language=language)
    print(f"Added learner {profile.name!r} (id {profile.id}{', with a PIN' if profile.has_pin else ''}).")
    return 0


def _profiles():
    from kiosk.core.learners.profiles import list_profiles

    return list_profiles()
