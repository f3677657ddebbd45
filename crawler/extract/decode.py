"""Bytes -> text without ever crashing: charset header, then <meta charset>, then UTF-8.

Real pages lie about their charset (windows-1254 pages labelled UTF-8 exist): a wrong or unknown
label falls back to UTF-8 with replacement characters rather than an exception.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from typing import Any

MAX_BODY_BYTES = 8 * 1024 * 1024  # bigger bodies are cut: no profile needs more

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


def header(headers: Mapping[str, Any] | None, name: str) -> str | None:
    """A header value as str, case-insensitively; lists/bytes (Scrapy) are accepted."""
    if not headers:
        return None
    wanted = name.lower()
    try:
        items = list(headers.items())
    except Exception:  # noqa: BLE001 - a strange mapping is "no headers"
        return None
    for key, value in items:
        k = key.decode("latin-1", "replace") if isinstance(key, bytes) else str(key)
        if k.lower() != wanted:
            continue
        if isinstance(value, list | tuple):
            value = value[0] if value else ""
        if isinstance(value, bytes):
            return value.decode("latin-1", "replace")
        return str(value)
    return None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except (LookupError, ValueError):
        return None


def decode_body(
    body: bytes | str | None, headers: Mapping[str, Any] | None = None
) -> tuple[str, dict]:
    """The body as text and notes about how it was decoded (charset, truncation)."""
    notes: dict[str, Any] = {}
    if body is None:
        return "", notes
    if isinstance(body, str):
        return body, notes
    if not isinstance(body, bytes | bytearray | memoryview):
        return "", notes
    raw = bytes(body)
    if len(raw) > MAX_BODY_BYTES:
        notes["body_truncated"] = len(raw)
        raw = raw[:MAX_BODY_BYTES]
    candidates: list[str] = []
    ctype = header(headers, "content-type") or ""
    m = _HEADER_CHARSET.search(ctype)
    if m and _codec(m.group(1)):
        candidates.append(_codec(m.group(1)))  # type: ignore[arg-type]
    m2 = _META_CHARSET.search(raw[:4096])
    if m2:
        label = _codec(m2.group(1).decode("ascii", "replace"))
        if label:
            candidates.append(label)
    if raw.startswith(codecs.BOM_UTF8):
        candidates.insert(0, "utf-8-sig")
    for codec in candidates:
        try:
            text = raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            notes.setdefault("charset_mismatch", codec)
            continue
        notes["charset"] = codec
        return text, notes
    try:
        notes["charset"] = "utf-8"
        return raw.decode("utf-8"), notes
    except UnicodeDecodeError:
        notes["charset"] = "utf-8 (replaced)"
        return raw.decode("utf-8", "replace"), notes
