"""Avatar fingerprints: a perceptual hash and a tiny thumbnail, taken when the avatar is fetched.

Avatar URLs are signed and expire (Instagram ``oe=``, TikTok ``x-expires=``), so the URL is no
identity: an impostor re-uploads the official logo under a new URL. What survives is the picture
itself, so the crawler hashes it at fetch time (``imagehash.phash``: robust to re-encoding and
resizing) and keeps a thumbnail small enough (<= 64 px, a ``data:`` URI) to sit inline in the
single-file report next to the official account's logo.
"""

from __future__ import annotations

import base64
import io
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

#: largest side of the inline thumbnail, in pixels
THUMB_PX = 64
#: refuse to decode pictures above this many pixels (decompression bombs); avatars are small
MAX_PIXELS = 25_000_000


@dataclass(frozen=True)
class AvatarPrint:
    """What the report and the matcher need from one avatar image."""

    phash: str  # imagehash.phash hex (16 hex digits for the default 8x8 hash)
    thumb: str  # data:image/png;base64,... at most THUMB_PX on its longest side
    width: int
    height: int


def fingerprint(body: bytes, max_px: int = THUMB_PX) -> AvatarPrint | None:
    """Hash and thumbnail an image, or None when the bytes are not a picture Pillow can decode.

    >>> fingerprint(b"not an image") is None
    True
    """
    if not body:
        return None
    # Pillow and imagehash: only once there is a picture (a sweep of existence-only sites never
    # has one, and every audit's start-up would pay their import)
    import imagehash
    from PIL import Image, UnidentifiedImageError  # with imagehash, as said above

    try:
        with warnings.catch_warnings():
            # a huge image is refused, not decoded: turn Pillow's bomb warning into an error
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(body)) as img:
                if img.width * img.height > MAX_PIXELS:
                    return None
                _load_whole(img)
                rgb = _flatten(img)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError,
            Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None
    phash = str(imagehash.phash(rgb))
    thumb = rgb.copy()
    thumb.thumbnail((max_px, max_px))
    buf = io.BytesIO()
    thumb.save(buf, format="PNG", optimize=True)
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
    return AvatarPrint(phash=phash, thumb=uri, width=rgb.width, height=rgb.height)


def _load_whole(img: Image.Image) -> None:
    """Decode every byte or fail: a truncated picture is no avatar to compare.

    Pillow's ``ImageFile.LOAD_TRUNCATED_IMAGES`` is process-wide and WeasyPrint (``report
    --pdf``) sets it to True on import, which would make half a logo hash like a whole one; the
    flag is held False for this one decode and put back as it was.
    """
    from PIL import ImageFile  # Pillow: loaded by fingerprint already

    previous = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        img.load()
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = previous


def _flatten(img: Image.Image) -> Image.Image:
    """RGB on white: transparent logos hash the same as the same logo on a white background."""
    from PIL import Image  # Pillow: loaded by fingerprint already

    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    return img.convert("RGB")


def phash_distance(a: str, b: str) -> int:
    """Hamming distance between two phash hex strings (0 = same picture)."""
    import imagehash  # only where avatars are compared (see fingerprint)

    return imagehash.hex_to_hash(a) - imagehash.hex_to_hash(b)
