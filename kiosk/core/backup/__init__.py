"""Backup and restore of a whole kiosk as one file (for a USB stick or a folder).

The file (format 2): ``MAGIC``, a format version byte, a mode byte, then either

- mode 0 (plain): the signer's public key (32 bytes), its signature (64), then the body;
- mode 1 (encrypted): a 16-byte scrypt salt, a 12-byte nonce, then the same three parts
  encrypted with AES-256-GCM under a key derived from the passphrase (the GCM tag
  authenticates the header too).

The signature is the kiosk key's Ed25519 signature over ``kiosk-backup/2`` + the header + the
SHA-256 of the body: a backup is signed by the kiosk that made it, so nobody can hand-make one.
The body is a zip: ``backup.json`` (what is inside and which kiosk made it), ``kiosk.db`` (a
consistent copy made with SQLite's online backup API while the kiosk runs), ``packs/`` (the
installed packs' files) and, only in an encrypted backup and only when asked, ``keys/`` with
the kiosk's signing key.

Restore checks everything before it touches anything, then swaps the new files in:

- the signature, then whose backup it is. Another kiosk's backup needs the facilitator PIN,
  a pinned organisation key and that kiosk's key on the organisation's trust list;
- every name in the zip, pack ids and folders checked like a pack's, and size, count and
  ratio limits while unpacking (a zip bomb is refused, not written);
- the facilitator PIN and the organisation's trust list stay this kiosk's: a backup never
  brings an older trust list or another PIN.

A damaged, forged, foreign or wrongly-unlocked file changes nothing. Format 1 backups carry no
signature and are refused.
"""

from kiosk.core.backup.format import (
    DB_NAME,
    ENCRYPTED,
    FORMAT_VERSION,
    MAGIC,
    MAX_BACKUP_BYTES,
    PASSPHRASE_MIN,
    PLAIN,
)
from kiosk.core.backup.making import BackupInfo, make_backup
from kiosk.core.backup.reading import read_backup
from kiosk.core.backup.restoring import (
    JOURNAL_NAME,
    KEPT_SETTINGS,
    LOCK_NAME,
    ForeignBackup,
    finish_interrupted_restore,
    restore_backup,
)

__all__ = [
    "DB_NAME",
    "ENCRYPTED",
    "FORMAT_VERSION",
    "JOURNAL_NAME",
    "KEPT_SETTINGS",
    "LOCK_NAME",
    "MAGIC",
    "MAX_BACKUP_BYTES",
    "PASSPHRASE_MIN",
    "PLAIN",
    "BackupInfo",
    "ForeignBackup",
    "finish_interrupted_restore",
    "make_backup",
    "read_backup",
    "restore_backup",
]
