"""Untrusted text and URLs made safe to print: hidden characters shown, links checked.

Every scraped value is untrusted. The report prints names, bios and URLs through these
helpers: bidi overrides, zero-width and control characters become visible markers, and a URL
is a link only when it is a plain absolute http(s) URL. The view model (``view``) and the
coverage section (``coverage``) both use them, so they live below both.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

#: Action groups and side-by-sides list this many entries; the rest are in the full table and
#: findings.json. Keeps a 10,000-finding report readable and its file size sane.
ITEM_LIMIT = 200



@dataclass(frozen=True)
class Seg:
    """A piece of untrusted text; ``flag`` set means an invisible/bidi character to show."""

    text: str
    flag: str | None = None


#: Either a plain string (nothing to mark, the common case) or marked segments.
Marked = str | tuple[Seg, ...]

_HANGUL_FILLERS = {"\u115f", "\u1160", "\u3164", "\uffa0"}


#: control characters every multi-line bio has (a link on its own line, Windows line ends):
#: shown as the white space they are, not flagged (the warning is for tricks, not for lines)
_ORDINARY = frozenset("\t\n\r")


def _is_hidden(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return (cat in ("Cf", "Cc", "Zl", "Zp") and ch not in _ORDINARY) or ch in _HANGUL_FILLERS


def mark_text(text: str | None) -> Marked | None:
    """Split out bidi overrides, zero-width and control characters so the template can show
    them as visible markers (``U+202E``) instead of letting them reorder or hide a name."""
    if text is None:
        return None
    text = str(text)
    if not has_hidden(text):
        return text
    segs: list[Seg] = []
    buf: list[str] = []
    for ch in text:
        if _is_hidden(ch):
            if buf:
                segs.append(Seg("".join(buf)))
                buf = []
            name = unicodedata.name(ch, "CONTROL CHARACTER")
            segs.append(Seg(f"U+{ord(ch):04X}", f"U+{ord(ch):04X} {name}"))
        else:
            buf.append(ch)
    if buf:
        segs.append(Seg("".join(buf)))
    return tuple(segs)


def has_hidden(text: str | None) -> bool:
    if not text:
        return False
    text = str(text)
    # Fast path: every hidden category (Cc, Cf, Zl, Zp) is non-printable for str.isprintable
    # (so are the line breaks of a multi-line bio, which the slow path lets pass)
    if text.isprintable() and not any(ch in text for ch in _HANGUL_FILLERS):
        return False
    return any(_is_hidden(ch) for ch in text)


def plain(text: str | None) -> str:
    """Text with hidden characters replaced by ``[U+XXXX]``: for attributes and search."""
    if not text:
        return ""
    text = str(text)
    if not has_hidden(text):  # the common case, without a look at each character
        return text
    return "".join(f"[U+{ord(ch):04X}]" if _is_hidden(ch) else ch for ch in text)


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain absolute http(s) URL, else None (it is then shown as text).

    Rejects ``javascript:``, ``data:``, ``vbscript:``, scheme-relative ``//host``, credentials,
    whitespace and control characters (browsers strip those before parsing the scheme)."""
    if not url or not isinstance(url, str) or len(url) > 4096:
        return None
    if " " in url or not url.isprintable() or has_hidden(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if parts.username or parts.password:
        return None
    return url


@dataclass(frozen=True)
class Link:
    """A link as printed: ``href`` only when :func:`safe_url` accepted it; otherwise the
    template prints ``text`` and the refused URL (``raw``) as inert text."""

    text: Marked
    href: str | None
    raw: Marked = ""


def make_link(url: str | None, text: str | None = None) -> Link | None:
    if not url:
        return None
    return Link(
        mark_text(text if text is not None else url) or "", safe_url(url), mark_text(url) or ""
    )
