"""``kiosk app``: the desktop app."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.commands import Argument, command


def register(subparsers: argparse._SubParsersAction) -> None:
    command(
        subparsers, "app", run,
        Argument("--fullscreen", action="store_true", help="kiosk mode: fill the screen"),
        Argument("--screenshot", type=Path, metavar="FILE.png", help="render the first screen to a PNG and exit"),
        Argument("--size", default="1280x800", help="window size for --screenshot, e.g. 1024x600"),
        # For benchmarks/startup.py: print a line when the first screen is painted, then quit.
        Argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS),
        help="start the desktop app (the default)",
        description="Start the Kiosk desktop app. Without a display it writes a screenshot instead.",
    )


def run(args: argparse.Namespace) -> int:
    from kiosk import app

    width, _, height = args.size.partition("x")
    if not (width.isdigit() and height.isdigit()):
        from kiosk.core.errors import InvalidInput

        raise InvalidInput(f"--size takes WIDTHxHEIGHT in pixels, e.g. 1024x600; got {args.size!r}.")
    return app.run(
        fullscreen=args.fullscreen,
        screenshot=args.screenshot,
        size=(int(width), int(height)),
        exit_after_first_paint=args.exit_after_first_paint,
    )
