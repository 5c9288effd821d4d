"""Shrinking raster images for the kiosk's small screen (used by the pack builder)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from kiosk.core.errors import InvalidInput
from kiosk.core.packs.format import BUILD_IMAGE_WIDTH
from kiosk.core.say import QT_TRANSLATE_NOOP, say

SOURCE_PIXEL_LIMIT = 64_000_000  # refuse absurd source images rather than exhaust memory


@dataclass(frozen=True)
class ShrunkImage:
    data: bytes
    suffix: str  # ".webp", ".png" or ".jpg"/".jpeg" (the original suffix is kept when not converted)
    width: int
    height: int


def shrink_image(name: str, data: bytes, suffix: str) -> ShrunkImage:
    """At most ``BUILD_IMAGE_WIDTH`` px wide; WebP or optimised PNG/JPEG, whichever is smallest.

    The original bytes win when they are already smallest and need no resizing.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.width * opened.height > SOURCE_PIXEL_LIMIT:
                raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is %2x%3 px; far too big for a pack."), name, opened.width, opened.height))
            image = ImageOps.exif_transpose(opened)
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is not a readable PNG or JPEG image."), name)) from exc
    resized = image.width > BUILD_IMAGE_WIDTH
    if resized:
        height = max(1, round(image.height * BUILD_IMAGE_WIDTH / image.width))
        image = image.resize((BUILD_IMAGE_WIDTH, height), Image.Resampling.LANCZOS)
    is_jpeg = suffix.lower() in (".jpg", ".jpeg")
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)

    candidates: list[tuple[bytes, str]] = []
    if not resized:
        candidates.append((data, suffix.lower()))
    webp = io.BytesIO()
    if is_jpeg:
        image.convert("RGB").save(webp, "WEBP", quality=80, method=6)
    else:
        image.convert("RGBA" if has_alpha else "RGB").save(webp, "WEBP", lossless=True, method=6)
    candidates.append((webp.getvalue(), ".webp"))
    classic = io.BytesIO()
    if is_jpeg:
        image.convert("RGB").save(classic, "JPEG", quality=85, optimize=True, progressive=True)
    else:
        image.save(classic, "PNG", optimize=True)
    candidates.append((classic.getvalue(), suffix.lower()))
    best, best_suffix = min(candidates, key=lambda c: len(c[0]))
    return ShrunkImage(data=best, suffix=best_suffix, width=image.width, height=image.height)
