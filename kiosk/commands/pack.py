"""``kiosk pack keygen|build|verify|inspect|import|list|remove|download|trust``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.commands import FILE, OUTPUT, Argument, answer, command, command_group, fields_as_json, listing
from kiosk.core.start import open_storage



def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers,
        "pack",
        help="build, check, import and manage content packs",
        description="Content packs: signed .kpack files with lessons, quizzes and media (see docs/pack-format.md).",
    )
    command(
        actions, "keygen", run_keygen,
        OUTPUT.but(help="the private key file to write"),
        help="make a publisher signing key", description="Make a new Ed25519 publisher key file (0600).",
    )
    command(
        actions, "build", run_build,
        Argument("source", type=Path, metavar="SRC_DIR", help="the folder with pack.toml"),
        OUTPUT.but(metavar="FILE.kpack", help="the pack to write"),
        Argument("--key", type=Path, help="the publisher key file (default: the public sample key, for kiosk.sample.* only)"),
        help="build a signed .kpack from a source folder",
        description="Check a pack source folder (pack.toml, lessons/, quizzes/, media/), shrink its images "
        "and write a signed .kpack.",
    )
    command(
        actions, "verify", run_verify,
        FILE,
        json="print the result as JSON",
        help="check a pack's signature, hashes and limits",
        description="Check a .kpack completely and say which publisher key signed it and whether it is trusted. "
        "Exit 0 when the pack is intact.",
    )
    command(
        actions, "inspect", run_inspect,
        FILE,
        json="print the whole manifest as JSON",
        help="show what a pack contains", description="Show a pack's manifest (after checking its signature).",
    )
    command(
        actions, "import", run_import,
        FILE,
        Argument("--force", action="store_true", help="reinstall the same version or go back to an older one"),
        Argument(
            "--trust-publisher",
            action="store_true",
            help="approve the pack's publisher key if it is unknown (check the fingerprint with the publisher first)",
        ),
        help="install a pack on this kiosk",
        description="Check a pack completely and install it; a newer version upgrades the installed one and "
        "keeps learners' progress. Nothing changes if any check fails.",
    )
    listing(
        actions, _packs,
        as_json=_pack_dict,
        line=lambda p: f"{p.id}  {p.version}  {p.title}  ({p.publisher})",
        none="No packs installed. Import one with: kiosk pack import FILE.kpack",
        help="list installed packs", description="List the installed packs.",
    )
    command(
        actions, "remove", run_remove,
        Argument("pack_id", metavar="ID"),
        help="uninstall a pack",
        description="Remove an installed pack's files and record. Learners' progress records are kept, "
        "so reinstalling the pack brings it back.",
    )
    command(
        actions, "download", run_download,
        Argument("url", metavar="URL", help="a catalog.json URL or a .kpack URL (http or https)"),
        Argument("--import", dest="do_import", action="store_true", help="install what was downloaded"),
        Argument("--only", metavar="ID", action="append", help="from a catalog, only this pack id"),
        help="download packs from a web catalog or a .kpack URL",
        description="Download a .kpack, or every pack in a catalog.json newer than what is installed. "
        "Interrupted downloads resume where they stopped. Each pack is verified.",
    )
    command(
        actions, "trust", run_trust,
        Argument("key", metavar="FINGERPRINT|KEYFILE"),
        Argument("--label", help="a name for this publisher in the list of trusted keys"),
        help="trust a publisher key",
        description="Approve a publisher key so its packs can be imported: give the fingerprint the publisher "
        "gave you (32 hex digits) or their public key file.",
    )


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(n, 1) / 1024:.1f} KB"


def run_keygen(args: argparse.Namespace) -> int:
    from kiosk.core.packs.keys import format_fingerprint, generate_key_file

    key = generate_key_file(args.output)
    print(f"Wrote the private key {args.output} (keep it secret; it signs your packs).")
    print(f"public key:  {key.public_key}")
    print(f"fingerprint: {format_fingerprint(key.fingerprint)}")
    print("Give the fingerprint to facilitators so they can trust your packs.")
    return 0


def run_build(args: argparse.Namespace) -> int:
    from kiosk.core.packs.build import build_pack
    from kiosk.core.packs.keys import format_fingerprint

    result = build_pack(args.source, args.output, key_path=args.key)
    for note in result.notes:
        print(f"  shrank {note}")
    print(
        f"Built {result.path}: {_size(result.size)} (source folder {_size(result.source_size)}), "
        f"{result.manifest['id']} {result.manifest['version']}, {len(result.manifest['files'])} files, "
        f"signed by key {format_fingerprint(result.publisher.fingerprint)}."
    )
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from kiosk.core.packs.archive import read_pack
    from kiosk.core.packs.trust import trust_for

    info = read_pack(args.file)
    open_storage()
    decision = trust_for(info.id, info.publisher)
    files = len(info.manifest["files"])
    return answer(
        args,
        {
            "id": info.id,
            "version": info.version,
            "intact": True,
            "publisher": info.manifest["publisher"],
            "key_id": info.publisher.fingerprint,
            "public_key": info.publisher.public_key,
            "trusted": decision.trusted,
            "trust": decision.reason,
            "files": files,
        },
        [
            f"{args.file.name}: {info.id} {info.version} is intact: signature good, {files} files match their hashes, within limits.",
            f"publisher: {info.manifest['publisher']}, key {info.publisher.fingerprint}",
            f"trusted: {'yes' if decision.trusted else 'NO'} ({decision.reason})",
        ],
    )


def run_inspect(args: argparse.Namespace) -> int:
    from kiosk.core.packs.archive import peek_pack

    info = peek_pack(args.file)
    return answer(args, info.manifest, _manifest_lines(info))


def _manifest_lines(info):
    manifest = info.manifest
    yield f"{manifest['title']} ({manifest['id']} {manifest['version']}, {manifest['language']})"
    yield f"publisher: {manifest['publisher']} (key {info.publisher.fingerprint}), license {manifest['license']}"
    yield f"size: {_size(info.archive_size)} packed, {_size(info.unpacked_size)} unpacked; needs Kiosk {manifest['min_app_version']}+"
    yield manifest["description"]
    for module in manifest["modules"]:
        yield f"  module {module['id']}: {module['title']} ({len(module['lessons'])} lessons, {len(module['quizzes'])} quizzes)"
    for cred in manifest["credentials"]:
        yield f"  credential {manifest['id']}/{cred['id']}: {cred['title']}"


def run_import(args: argparse.Namespace) -> int:
    from kiosk.core.packs.archive import peek_pack
    from kiosk.core.packs.library import import_pack
    from kiosk.core.packs.trust import trust_for, untrusted_warning

    open_storage()
    if args.trust_publisher:
        info = peek_pack(args.file)
        decision = trust_for(info.id, info.publisher)
        if not decision.trusted and decision.approvable:
            print(untrusted_warning(info.manifest["publisher"], info.publisher), file=sys.stderr)
    result = import_pack(args.file, force=args.force, trust_publisher=args.trust_publisher)
    if result.previous_version is None:
        change = "installed"
    elif result.previous_version == result.version:
        change = "reinstalled"
    else:
        change = f"installed (was {result.previous_version})"
    print(f"{result.title} ({result.pack_id} {result.version}) {change}.")
    return 0


def _packs():
    from kiosk.core.packs.library import list_packs

    return list_packs()


def _pack_dict(p) -> dict:
    return {
        **fields_as_json(p, "id", "version", "title", "language", "publisher", "publisher_key_id", "installed_at"),
        "credentials": [f"{p.id}/{c['id']}" for c in p.manifest.get("credentials", [])],
    }


def run_remove(args: argparse.Namespace) -> int:
    from kiosk.core.packs.library import remove_pack

    open_storage()
    record = remove_pack(args.pack_id)
    print(f"Removed {record.title} ({record.id} {record.version}); learners' progress is kept.")
    return 0


def run_download(args: argparse.Namespace) -> int:
    from kiosk.core.packs.download import download_packs
    from kiosk.core.packs.library import import_pack

    open_storage()

    def report(name: str, done: int, total: int) -> None:
        if total:
            print(f"\r  {name}: {done * 100 // total}%", end="", file=sys.stderr, flush=True)

    files = download_packs(args.url, only=args.only, progress=report)
    print("", file=sys.stderr)
    if not files:
        print("Nothing to download: every pack in the catalog is installed and up to date.")
    for file in files:
        print(f"Downloaded and verified {file}.")
        if args.do_import:
            result = import_pack(file)
            print(f"  installed {result.title} ({result.pack_id} {result.version}).")
    return 0


def run_trust(args: argparse.Namespace) -> int:
    from kiosk.core.packs.keys import format_fingerprint, load_public_key_file
    from kiosk.core.packs.trust import trust_fingerprint, trust_publisher

    open_storage()
    path = Path(args.key)
    if path.is_file():
        key = load_public_key_file(path)
        record = trust_publisher(key, label=args.label or path.stem)
    else:
        record = trust_fingerprint(args.key, label=args.label or "approved by fingerprint")
    print(f"Packs signed by key {format_fingerprint(record.fingerprint)} can now be imported on this kiosk.")
    return 0
