"""Build every pack source folder here into dist/<folder>.kpack, signed with the sample key.

    python content_packs/build_all.py [--root DIR] [--dist DIR] [--key KEYFILE]

The sample key (sample-publisher.key) is a PUBLIC demo key: anyone can rebuild the
samples, and kiosks trust it only for pack ids starting with ``kiosk.sample.``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kiosk.core.errors import KnownError  # noqa: E402
from kiosk.core.packs.build import build_pack  # noqa: E402


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / (1024 * 1024):.2f} MB"


def build_all(root: Path, dist: Path, key: Path) -> int:
    sources = sorted(p.parent for p in root.glob("*/pack.toml"))
    if not sources:
        print(f"No pack sources (folders with pack.toml) in {root}.")
        return 0
    failed = 0
    for source in sources:
        try:
            result = build_pack(source, dist / f"{source.name}.kpack", key_path=key)
        except KnownError as exc:
            print(f"FAILED {source.name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(f"{source.name}: {_size(result.size)} pack from a {_size(result.source_size)} source folder -> {result.path}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE, help="the folder holding pack source folders")
    parser.add_argument("--dist", type=Path, help="where to write the packs (default: ROOT/dist)")
    parser.add_argument("--key", type=Path, default=HERE / "sample-publisher.key", help="the signing key")
    args = parser.parse_args(argv)
    return build_all(args.root, args.dist or args.root / "dist", args.key)


if __name__ == "__main__":
    sys.exit(main())
