"""Avatars of the simulated web, drawn with Pillow on demand and served from CDN-like hosts.

Nothing is committed as a binary: an avatar is an *image spec* string in world.yaml, rendered
deterministically (same spec, same bytes), so impostors can carry "the logo, re-encoded as JPEG,
resized, slightly recoloured" exactly like real copies do, and the perceptual hash of the copy
stays close to the original's while the bytes differ.

Spec grammar: ``<base>[|<transform>...]``
- bases: ``logo:nwc`` (Northwind Coffee compass), ``logo:kahve`` (the Turkish variant),
  ``logo:polaris`` (the cold-brew star), ``logo:<any other key>`` (a generated emblem, the same
  for the same key and clearly different from other keys' emblems, so evaluation worlds written
  for other companies can give each brand its own logo), ``photo:<seed>`` (an unrelated picture),
  ``default:<platform>`` (the platform's grey silhouette, for profiles without an avatar)
- transforms: ``jpeg:<quality>`` (encode as JPEG), ``resize:<px>``, ``hue:<degrees>`` (shift),
  ``crop:<fraction>`` (central crop, then back to size)
"""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

from PIL import Image, ImageDraw

SIZE = 320

_LOGOS = {
    # background, ring, star, accent
    "nwc": ((245, 236, 220), (60, 36, 21), (60, 36, 21), (196, 120, 48)),
    "kahve": ((176, 28, 46), (250, 244, 235), (250, 244, 235), (240, 190, 60)),
    "polaris": ((18, 34, 74), (220, 232, 255), (250, 250, 255), (120, 190, 255)),
}


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r_out: float, r_in: float,
          points: int, fill: tuple[int, int, int], rotation: float = -math.pi / 2) -> None:
    pts = []
    for i in range(points * 2):
        r = r_out if i % 2 == 0 else r_in
        a = rotation + i * math.pi / points
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    draw.polygon(pts, fill=fill)


def _emblem(key: str) -> Image.Image:
    """A brand emblem drawn from a key: seeded colours, a ring and a star with 3 to 8 points.

    Why a star and blocks: the perceptual hash compares coarse light/dark structure, so emblems
    of different keys need different large shapes, not only different colours.
    """
    rnd = random.Random(f"emblem:{key}")
    bg = tuple(rnd.randrange(170, 256) for _ in range(3))
    ink = tuple(rnd.randrange(0, 90) for _ in range(3))
    accent = tuple(rnd.randrange(256) for _ in range(3))
    img = Image.new("RGB", (SIZE, SIZE), bg)
    d = ImageDraw.Draw(img)
    c = SIZE / 2
    for _ in range(rnd.randrange(2, 5)):
        x, y = rnd.randrange(SIZE), rnd.randrange(SIZE)
        w, h = rnd.randrange(40, 140), rnd.randrange(40, 140)
        d.rectangle((x - w // 2, y - h // 2, x + w // 2, y + h // 2), fill=accent)
    d.ellipse((18, 18, SIZE - 18, SIZE - 18), outline=ink, width=rnd.randrange(8, 20))
    _star(d, c, c, rnd.randrange(90, 130), rnd.randrange(15, 45), rnd.randrange(3, 9), ink,
          rotation=rnd.uniform(0, math.pi))
    return img


def _logo(name: str) -> Image.Image:
    if name not in _LOGOS:
        return _emblem(name)
    bg, ring, star, accent = _LOGOS[name]
    img = Image.new("RGB", (SIZE, SIZE), bg)
    d = ImageDraw.Draw(img)
    c = SIZE / 2
    d.ellipse((18, 18, SIZE - 18, SIZE - 18), outline=ring, width=14)
    if name == "polaris":
        _star(d, c, c, 120, 28, 4, star)
        _star(d, c, c, 60, 14, 4, accent, rotation=-math.pi / 4)
        for x, y in ((80, 90), (235, 110), (100, 240)):
            d.ellipse((x - 6, y - 6, x + 6, y + 6), fill=accent)
    else:
        _star(d, c, c, 118, 22, 4, star)  # compass rose: north-south-east-west
        _star(d, c, c, 70, 14, 4, accent, rotation=-math.pi / 4)
        d.ellipse((c - 18, c - 18, c + 18, c + 18), fill=bg, outline=ring, width=6)
        # the north arrow, the "wind" of Northwind
        d.polygon([(c, 30), (c - 20, 80), (c + 20, 80)], fill=accent)
        if name == "kahve":
            # a crescent-shaped steam curl for the Turkish brand
            d.arc((c + 40, c + 40, c + 110, c + 110), 200, 340, fill=accent, width=10)
    return img


def _photo(seed: str) -> Image.Image:
    """An unrelated picture: a seeded landscape of gradients and shapes."""
    rnd = random.Random(seed)
    top = tuple(rnd.randrange(40, 230) for _ in range(3))
    bottom = tuple(rnd.randrange(10, 200) for _ in range(3))
    img = Image.new("RGB", (SIZE, SIZE))
    d = ImageDraw.Draw(img)
    for y in range(SIZE):
        t = y / SIZE
        d.line([(0, y), (SIZE, y)],
               fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    for _ in range(rnd.randrange(4, 9)):
        x, y = rnd.randrange(SIZE), rnd.randrange(SIZE)
        r = rnd.randrange(15, 90)
        colour = tuple(rnd.randrange(256) for _ in range(3))
        if rnd.random() < 0.5:
            d.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        else:
            d.rectangle((x - r, y - r // 2, x + r, y + r // 2), fill=colour)
    return img


def _default(platform: str) -> Image.Image:
    img = Image.new("RGB", (SIZE, SIZE), (219, 219, 219))
    d = ImageDraw.Draw(img)
    c = SIZE / 2
    d.ellipse((c - 55, 70, c + 55, 180), fill=(255, 255, 255))
    d.ellipse((c - 110, 200, c + 110, 400), fill=(255, 255, 255))
    return img


def _hue(img: Image.Image, degrees: float) -> Image.Image:
    """Shift the hue, as a careless re-colouring of a copied logo does."""
    shift = int(round(degrees / 360.0 * 256)) % 256
    h, s, v = img.convert("HSV").split()
    h = h.point(lambda x: (x + shift) % 256)
    return Image.merge("HSV", (h, s, v)).convert("RGB")


def parse_spec(spec: str) -> tuple[str, list[tuple[str, str]]]:
    base, *rest = spec.split("|")
    transforms = []
    for t in rest:
        name, _, arg = t.partition(":")
        transforms.append((name.strip(), arg.strip()))
    return base.strip(), transforms


@lru_cache(maxsize=256)
def render(spec: str) -> tuple[bytes, str]:
    """The image bytes and content type of a spec. Deterministic; cached."""
    base, transforms = parse_spec(spec)
    kind, _, arg = base.partition(":")
    if kind == "logo":
        img = _logo(arg)
    elif kind == "photo":
        img = _photo(arg)
    elif kind == "default":
        img = _default(arg)
    else:
        raise ValueError(f"unknown image spec {spec!r}")
    fmt, quality = "PNG", 0
    for name, value in transforms:
        if name == "jpeg":
            fmt, quality = "JPEG", int(value or 75)
        elif name == "resize":
            n = int(value)
            img = img.resize((n, n), Image.Resampling.LANCZOS)
        elif name == "hue":
            img = _hue(img, float(value))
        elif name == "crop":
            f = float(value)
            w, h = img.size
            dx, dy = int(w * (1 - f) / 2), int(h * (1 - f) / 2)
            img = img.crop((dx, dy, w - dx, h - dy)).resize((w, h), Image.Resampling.LANCZOS)
        else:
            raise ValueError(f"unknown image transform {name!r} in {spec!r}")
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=quality)
        return buf.getvalue(), "image/jpeg"
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue(), "image/png"


def _h(text: str, n: int = 32) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()[:n]


def avatar_url(platform: str, handle: str, spec: str | None, numeric_id: int = 0,
               did: str | None = None) -> str:
    """A realistic CDN URL for an avatar (the same spec and owner always give the same URL)."""
    spec = spec or f"default:{platform}"
    ext = "jpg" if "jpeg:" in spec else "png"
    k = _h(f"{platform}:{handle.lower()}:{spec}")
    n = int(k[:8], 16)
    return {
        "instagram": f"https://scontent-lhr8-1.cdninstagram.com/v/t51.2885-19/{n}_{numeric_id}_n.{ext}"
                     f"?stp=dst-jpg_s320x320&_nc_ht=scontent-lhr8-1.cdninstagram.com&oh=00_{k[8:28]}"
                     f"&oe=6A3F2B1C",
        "threads": f"https://scontent-lhr8-2.cdninstagram.com/v/t51.2885-19/{n}_{numeric_id}_n.{ext}"
                   f"?_nc_ht=scontent-lhr8-2.cdninstagram.com&oh=00_{k[8:28]}&oe=6A3F2B1C",
        "facebook": f"https://scontent.flhr4-1.fna.fbcdn.net/v/t39.30808-1/{n}_{numeric_id}_n.{ext}"
                    f"?stp=dst-jpg_s200x200&_nc_cat=1&oh=00_{k[8:28]}&oe=6A3F2B1C",
        "tiktok": f"https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/{k}~tplv-tiktokx-cropcenter"
                  f":720:720.{ext}?x-expires=1795000000&x-signature={k[:20]}",
        "x": f"https://pbs.twimg.com/profile_images/{numeric_id}{n % 1000}/{k[:10]}_200x200.{ext}",
        "youtube": f"https://yt3.googleusercontent.com/ytc/{k}=s176-c-k-c0x00ffffff-no-rj",
        "telegram": f"https://cdn4.telegram-cdn.org/file/{k}{k}.{ext}",
        "github": f"https://avatars.githubusercontent.com/u/{numeric_id}?v=4&s={k[:6]}",
        "bluesky": f"https://cdn.bsky.app/img/avatar/plain/{did or 'did:plc:' + k[:24]}"
                   f"/bafkrei{k}@jpeg",  # under the account's own DID, as Bluesky's CDN
        "mastodon": f"https://files.mastodon.social/accounts/avatars/{k[:3]}/{k[3:6]}/{k[6:9]}"
                    f"/original/{k[9:25]}.{ext}",
        "pinterest": f"https://i.pinimg.com/280x280_RS/{k[:2]}/{k[2:4]}/{k[4:6]}/{k}.{ext}",
        "linkedin": f"https://media.licdn.com/dms/image/v2/C4E0BAQ{k[:12]}/company-logo_200_200/"
                    f"company-logo_200_200/0/{numeric_id}?e=2147483647&v=beta&t={k[12:30]}",
        "reddit": f"https://styles.redditmedia.com/t5_{k[:6]}/styles/profileIcon_{k[6:20]}.{ext}",
    }[platform]


CDN_HOSTS = (
    "scontent-lhr8-1.cdninstagram.com",
    "scontent-lhr8-2.cdninstagram.com",
    "scontent.flhr4-1.fna.fbcdn.net",
    "p16-sign-va.tiktokcdn.com",
    "pbs.twimg.com",
    "yt3.googleusercontent.com",
    "cdn4.telegram-cdn.org",
    "avatars.githubusercontent.com",
    "cdn.bsky.app",
    "files.mastodon.social",
    "i.pinimg.com",
    "media.licdn.com",
    "styles.redditmedia.com",
)
