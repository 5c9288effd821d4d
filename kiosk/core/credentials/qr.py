"""The certificate's QR matrix: the ``qrcode`` library's own code, with its mask chosen faster.

A QR symbol's data is XORed with one of 8 mask patterns, the one whose result scores lowest
on ISO/IEC 18004's four penalty rules (long runs, 2x2 blocks, finder-like patterns, too much
dark or light). ``qrcode`` finds it by laying out the whole symbol 8 times and scoring each
module by module in Python: about 80 % of a certificate's time. Here the data is laid out
once (by ``qrcode``, with mask 0), the other 7 masks are applied to whole rows at once as
integers, and the same rules are scored on rows and columns as integers and strings. The
result is the very matrix ``qrcode`` makes itself (tests/core/credentials/test_qr.py checks
that, symbol for symbol), in a fraction of the time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import qrcode
from qrcode import util

ERROR_CORRECTION = qrcode.constants.ERROR_CORRECT_Q


class _LaidOut(qrcode.QRCode):
    """A ``QRCode`` that remembers which modules carry data: ``map_data`` fills exactly those."""

    data_modules: list[list[bool]]

    def map_data(self, data, mask_pattern):  # noqa: ANN001 (qrcode's signature)
        self.data_modules = [[module is None for module in row] for row in self.modules]
        super().map_data(data, mask_pattern)


_BITS = {True: "1", False: "0"}


def _rows(modules: list[list[bool]]) -> list[int]:
    """Each row as an integer, column 0 in the highest bit (so ``format(row, "0nb")`` reads left to right)."""
    return [int("".join(map(_BITS.__getitem__, row)), 2) for row in modules]


@lru_cache(maxsize=48)
def _layout(version: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a symbol of this version carries data, and its other modules as qrcode scores a mask
    (format and version information left light), as rows of integers. The same for any text."""
    qr = _LaidOut(version=version, error_correction=ERROR_CORRECTION, border=0, mask_pattern=0)
    qr.add_data("0")
    qr.make(fit=False)
    data = _rows(qr.data_modules)
    qr.setup_type_info(True, 0)
    if version >= 7:
        qr.setup_type_number(True)
    return tuple(data), tuple(row & ~where for row, where in zip(_rows(qr.modules), data))


@lru_cache(maxsize=48)
def _masks(size: int) -> tuple[tuple[int, ...], ...]:
    """The 8 mask patterns of a ``size``-module symbol, as rows of integers."""
    masks = []
    for pattern in range(8):
        applies = util.mask_func(pattern)
        masks.append(
            tuple(sum(1 << (size - 1 - c) for c in range(size) if applies(r, c)) for r in range(size))
        )
    return tuple(masks)


@lru_cache(maxsize=48)
def _inside_lines(size: int) -> int:
    """Bits of ``2 * size`` lines of ``size`` bits, one integer: set where a bit and the next are on one line."""
    line = (1 << (size - 1)) - 1
    whole = 0
    for _ in range(2 * size):
        whole = (whole << size) | line
    return whole


def _penalty(rows: list[int], size: int) -> int:
    """ISO/IEC 18004's penalty score, exactly as ``qrcode.util.lost_point`` computes it."""
    texts = [format(row, f"0{size}b") for row in rows]
    columns = list(map("".join, zip(*texts)))
    lines = "\n".join(texts + columns)
    # Runs of 5 or more of one colour, in rows and columns: a run of n scores n - 2, i.e. its
    # windows of 5 (n - 4) plus 2. Every line side by side in one integer, pairs across lines masked out.
    every = int("".join(texts + columns), 2)
    same = ~(every ^ (every >> 1)) & _inside_lines(size)
    windows = same & (same >> 1) & (same >> 2) & (same >> 3)
    score = windows.bit_count() + 2 * (windows & ~(windows >> 1)).bit_count()
    # 1:1:3:1:1 beside 4 light modules (neither pattern can overlap itself).
    score += 40 * (lines.count("10111010000") + lines.count("00001011101"))
    pairs = (1 << (size - 1)) - 1
    for top, bottom in zip(rows, rows[1:]):  # 2x2 blocks of one colour
        alike = ~(top ^ bottom)
        score += 3 * (alike & (alike >> 1) & ~(top ^ (top >> 1)) & pairs).bit_count()
    dark = sum(row.bit_count() for row in rows)
    score += int(abs(float(dark) / size**2 * 100 - 50) / 5) * 10
    return score


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules of ``text`` (True = dark), without quiet zone, at error correction Q."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=0, mask_pattern=0)
    qr.add_data(text)
    qr.make(fit=True)  # laid out once, with mask 0
    size = qr.modules_count
    data, fixed = _layout(qr.version)
    masks = _masks(size)
    laid = _rows(qr.modules)
    bits = [(row ^ mask) & where for row, mask, where in zip(laid, masks[0], data)]  # the data, unmasked

    def with_mask(base: Sequence[int], pattern: int) -> list[int]:
        return [(row & ~where) | ((datum ^ mask) & where) for row, where, datum, mask in zip(base, data, bits, masks[pattern])]

    best = min(range(8), key=lambda pattern: (_penalty(with_mask(fixed, pattern), size), pattern))
    if best == 0:
        return qr.modules
    qr.modules = [[bit == "1" for bit in format(row, f"0{size}b")] for row in with_mask(laid, best)]
    qr.setup_type_info(False, best)  # the format information names the mask
    return qr.modules


def qr_version(text: str) -> int:
    qr = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=0)
    qr.add_data(text)
    return qr.best_fit()
