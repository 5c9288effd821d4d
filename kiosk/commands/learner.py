"""``kiosk learner add|list``."""

from __future__ import annotations

import argparse

from kiosk.commands import print_json
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("learner", help="add and list learner profiles", description="Learner profiles.")
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a learner", description="Add a learner profile.")
    add.add_argument("name", help="the learner's name as it will show on the picker")
    add.add_argument("--pin", help="an optional 4-6 digit PIN that keeps the profile private")
    add.add_argument("--language", help="the learner's language (en, fr, ar); default: the kiosk's")
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", help="list learners", description="List learner profiles.")
    listing.add_argument("--json", action="store_true", help="print a JSON list of objects with an id")
    listing.set_defaults(func=run_list)


def run_add(args: argparse.Namespace) -> int:
    from kiosk.core.learners.profiles import create_learner
    from kiosk.core.setup import validate_language

    language = validate_language(args.language) if args.language else None
    open_storage()
    profile = create_learner(args.name, pin=args.pin, language=language)
    print(f"Added learner {profile.name!r} (id {profile.id}{', with a PIN' if profile.has_pin else ''}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kiosk.core.learners.profiles import list_profiles

    open_storage()
    profiles = list_profiles()
    if args.json:
        print_json([{"id": p.id, "name": p.name, "has_pin": p.has_pin, "language": p.language} for p in profiles])
    elif not profiles:
        print("No learners yet. Add one with: kiosk learner add NAME")
    else:
        for p in profiles:
            print(f"{p.id:>5}  {p.name}{'  (PIN)' if p.has_pin else ''}")
    return 0
