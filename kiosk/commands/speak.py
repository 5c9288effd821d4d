"""``kiosk speak``: read a text aloud with the kiosk's own voices, or save it as a WAV file."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from kiosk.commands import Argument, answer, command


def register(subparsers: argparse._SubParsersAction) -> None:
    command(
        subparsers, "speak", run_speak,
        Argument("text", help="the text to read"),
        Argument("--language", default="en", help="the text's language: en, fr or ar (default: en)"),
        Argument("--speed", choices=["slow", "normal", "fast"], default="normal", help="how fast to read"),
        Argument("-o", "--output", type=Path, help="write a WAV file (16-bit mono) instead of playing"),
        json="print language, sentences, seconds and loudness as JSON",
        help="read a text aloud, offline (or save it as a WAV file)",
        description="Read TEXT aloud with the voice the kiosk uses for lessons and quizzes (eSpeak NG, "
        "offline), sentence by sentence, on this computer's sound device; with -o, write the speech to a "
        "WAV file instead. A way to check that reading aloud works on a kiosk.",
    )


def run_speak(args: argparse.Namespace) -> int:
    import array

    from kiosk.core.errors import InvalidInput
    from kiosk.core.speech.audio import Clip
    from kiosk.core.speech.engine import Speed, language_voice, speech_engine
    from kiosk.core.speech.text import sentences

    if language_voice(args.language) is None:
        raise InvalidInput(f"There is no voice for the language {args.language!r}; one of: en, fr, ar.")
    speed = Speed(args.speed)
    found = sentences(args.text)
    if not found:
        raise InvalidInput("The text has nothing to read aloud.")
    engine = speech_engine()
    samples = array.array("h")
    for sentence in found:
        samples.extend(engine.synthesise(sentence.text, language=args.language, speed=speed).samples)
    clip = Clip(samples, engine.sample_rate)
    if args.output is not None:
        clip.write_wav(args.output)
    else:
        _play(args.text, args.language, speed)
    info = {"language": args.language, "sentences": len(found), "seconds": round(clip.duration, 2),
            "rms": round(clip.rms()), "output": str(args.output) if args.output else None}
    lines = [] if args.output is None else [f"Wrote {info['seconds']} s of speech ({len(found)} sentences) to {args.output}."]
    return answer(args, info, lines)


def _play(text: str, language: str, speed) -> None:
    from kiosk.core.speech.narrator import Narrator, Part

    done = threading.Event()
    errors: list[Exception] = []

    class Listener:
        def reading(self, number: int, part: int, start: int, end: int) -> None:
            print(text[start:end], flush=True)

        def finished(self, number: int) -> None:
            done.set()

        def failed(self, number: int, error: Exception) -> None:
            errors.append(error)
            done.set()

    narrator = Narrator(Listener())
    try:
        narrator.read([Part(text, language)], speed=speed)
        done.wait()
    finally:
        narrator.close()
    if errors:
        raise errors[0]
