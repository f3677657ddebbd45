"""Avatar fingerprints: perceptual hash + inline thumbnail, robust to re-encoding."""

from __future__ import annotations

import base64
import io

from PIL import Image, ImageDraw

from crawler.avatars import MAX_PIXELS, THUMB_PX, fingerprint, phash_distance


def logo(size: int = 200, mode: str = "RGB") -> bytes:
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((size * 0.1, size * 0.1, size * 0.9, size * 0.9), fill=(20, 60, 120, 255))
    d.rectangle((size * 0.4, size * 0.2, size * 0.6, size * 0.8), fill=(240, 200, 40, 255))
    if mode == "RGB":
        bg = Image.new("RGB", img.size, (255, 255, 255))
        bg.paste(img, mask=img.getchannel("A"))
        img = bg
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def photo(seed: int) -> bytes:
    img = Image.new("RGB", (120, 120))
    d = ImageDraw.Draw(img)
    for i in range(12):
        x = (seed * 37 + i * 53) % 120
        d.line((0, x, 120, (x * 7 + seed) % 120), fill=((i * 40) % 255, seed % 255, 90), width=6)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def test_thumbnail_is_a_small_png_data_uri() -> None:
    fp = fingerprint(logo(300))
    assert fp is not None and (fp.width, fp.height) == (300, 300)
    head, _, data = fp.thumb.partition(",")
    assert head == "data:image/png;base64"
    thumb = Image.open(io.BytesIO(base64.b64decode(data)))
    assert max(thumb.size) <= THUMB_PX
    assert len(fp.phash) == 16 and int(fp.phash, 16) >= 0


def test_reencoded_resized_transparent_copies_hash_close() -> None:
    original = Image.open(io.BytesIO(photo(3)))
    copy = io.BytesIO()
    original.resize((80, 80)).save(copy, format="JPEG", quality=45)  # an impostor's re-upload
    a, b = fingerprint(photo(3)), fingerprint(copy.getvalue())
    assert a and b
    assert phash_distance(a.phash, b.phash) <= 8
    other = fingerprint(photo(11))
    assert other and phash_distance(a.phash, other.phash) > 12
    # a transparent logo hashes as the same logo on white
    transparent, on_white = fingerprint(logo(200, "RGBA")), fingerprint(logo(200, "RGB"))
    assert transparent and on_white and transparent.phash == on_white.phash


def test_undecodable_and_oversized_images_give_none() -> None:
    assert fingerprint(b"") is None
    assert fingerprint(b"<svg xmlns='http://www.w3.org/2000/svg'/>") is None
    assert fingerprint(logo()[:60]) is None  # truncated
    side = int(MAX_PIXELS ** 0.5) + 10
    buf = io.BytesIO()
    Image.new("1", (side, side)).save(buf, format="PNG")  # small file, huge picture
    assert fingerprint(buf.getvalue()) is None


def test_a_truncated_picture_is_refused_even_when_another_library_allows_them() -> None:
    """WeasyPrint (``report --pdf``) sets Pillow's process-wide LOAD_TRUNCATED_IMAGES on import."""
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = True
    try:
        assert fingerprint(logo()[:60]) is None
        assert fingerprint(logo()[: len(logo()) // 2]) is None
        assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # put back as it was
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = before
