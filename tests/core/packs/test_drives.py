from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.core.packs.drives import DrivePoller, find_pack_files, parse_proc_mounts, scan_for_packs
from kiosk.core.packs.keys import generate_key_file
from kiosk.core.packs.library import import_pack

from .kpack_maker import write_kpack

PROC_MOUNTS = r"""sysfs /sys sysfs rw,nosuid 0 0
proc /proc proc rw 0 0
/dev/sda2 / ext4 rw,relatime 0 0
tmpfs /run/user/1000 tmpfs rw 0 0
/dev/sdb1 /media/ana/KIOSK\040STICK vfat rw,nosuid,nodev 0 0
/dev/sdc1 /run/media/ben/PACKS exfat rw 0 0
/dev/sdd1 /mnt/usb vfat rw 0 0
tmpfs /mnt/ramdisk tmpfs rw 0 0
"""


def test_proc_mounts_gives_removable_points_and_skips_virtual_ones():
    assert parse_proc_mounts(PROC_MOUNTS) == [
        Path("/media/ana/KIOSK STICK"),
        Path("/run/media/ben/PACKS"),
        Path("/mnt/usb"),
    ]


def test_poller_reports_only_newly_inserted_drives():
    mounts = [[Path("/media/a")], [Path("/media/a")], [Path("/media/a"), Path("/media/b")], [Path("/media/b")], [], [Path("/media/b")]]
    poller = DrivePoller(lambda: mounts.pop(0))
    assert poller.poll() == []  # already there at start-up
    assert poller.poll() == []
    assert poller.poll() == [Path("/media/b")]
    assert poller.poll() == []
    assert poller.poll() == []
    assert poller.poll() == [Path("/media/b")]  # taken out and put back in


def test_poller_can_report_drives_present_at_start():
    assert DrivePoller(lambda: [Path("/media/a")], report_existing=True).poll() == [Path("/media/a")]


def test_scan_describes_packs_without_importing(database, kiosk_home, tmp_path, mini_kpack):
    usb = tmp_path / "usb"
    (usb / "packs").mkdir(parents=True)
    (usb / "deep" / "er" / "still").mkdir(parents=True)
    shutil.copy(mini_kpack, usb / "mini.kpack")
    shutil.copy(mini_kpack, usb / "deep" / "er" / "still" / "too-deep.kpack")
    (usb / "packs" / "broken.kpack").write_bytes(b"junk")
    key = tmp_path / "other.key"
    generate_key_file(key)
    write_kpack(usb / "packs" / "stranger.kpack", key_path=key)
    assert [p.name for p in find_pack_files(usb)] == ["mini.kpack", "broken.kpack", "stranger.kpack"]

    offers = {o.path.name: o for o in scan_for_packs(usb)}
    mini = offers["mini.kpack"]
    assert (mini.title, mini.version, mini.publisher) == ("A tiny test pack", "1.0.0", "Kiosk sample packs")
    assert mini.size == mini_kpack.stat().st_size and mini.signature_ok and mini.trusted and mini.importable
    assert not offers["broken.kpack"].signature_ok and "not a pack" in offers["broken.kpack"].problem
    stranger = offers["stranger.kpack"]
    assert stranger.signature_ok and not stranger.trusted and "not trusted" in stranger.problem
    assert not (kiosk_home / "packs").exists() or not any((kiosk_home / "packs").iterdir())

    import_pack(mini_kpack)
    again = {o.path.name: o for o in scan_for_packs(usb)}["mini.kpack"]
    assert again.installed_version == "1.0.0" and "already installed" in again.problem
