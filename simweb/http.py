"""Small response helpers shared by the simulated platforms (no server code here)."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qs


@dataclass
class Request:
    """What a simulated site sees of one HTTP request."""

    method: str
    host: str  # lower-case, without port
    path: str  # without query
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""

    def arg(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[0] if values else default

    @property
    def form(self) -> dict[str, list[str]]:
        """Query merged with an url-encoded POST body (DuckDuckGo takes both)."""
        merged = dict(self.query)
        if self.body:
            text = self.body.decode("utf-8", "replace")
            merged.update(parse_qs(text, keep_blank_values=True))
        return merged

    def farg(self, name: str, default: str = "") -> str:
        values = self.form.get(name)
        return values[0] if values else default


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    reason: str | None = None


def http_date(when: datetime) -> str:
    """``when`` as an HTTP date (``Sun, 06 Dec 2026 10:51:23 GMT``); the simulated web passes
    its world's clock (``App.clock``), never the machine's."""
    return format_datetime(when.astimezone(UTC), usegmt=True)


def html_response(text: str, status: int = 200, charset: str = "utf-8",
                  headers: dict[str, str] | None = None, server: str | None = None) -> Response:
    h = {"Content-Type": f"text/html; charset={charset}", "Cache-Control": "private, no-cache"}
    if server:
        h["Server"] = server
    h.update(headers or {})
    return Response(status, text.encode(charset, "xmlcharrefreplace"), h)


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None,
                  indent: int | None = None, server: str | None = None) -> Response:
    h = {"Content-Type": "application/json; charset=utf-8"}
    if server:
        h["Server"] = server
    h.update(headers or {})
    seps = None if indent else (",", ":")
    body = json.dumps(data, ensure_ascii=False, indent=indent, separators=seps)
    return Response(status, body.encode("utf-8"), h)


def redirect(location: str, status: int = 302, headers: dict[str, str] | None = None) -> Response:
    h = {"Location": location, "Content-Type": "text/html; charset=utf-8"}
    h.update(headers or {})
    loc = html.escape(location)
    body = f'<html><body>Redirecting to <a href="{loc}">{loc}</a></body></html>'
    return Response(status, body.encode(), h)


def text_response(text: str, status: int = 200, content_type: str = "text/plain; charset=utf-8",
                  headers: dict[str, str] | None = None) -> Response:
    h = {"Content-Type": content_type}
    h.update(headers or {})
    return Response(status, text.encode("utf-8"), h)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def count_short(n: int) -> str:
    """Instagram/TikTok style: 2,362 / 48.2K / 1.2M."""
    if n < 10_000:
        return f"{n:,}"
    if n < 1_000_000:
        v = f"{n / 1000:.1f}".rstrip("0").rstrip(".")
        return f"{v}K"
    v = f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".")
    return f"{v}M"


def iso_to_epoch(iso: str) -> int:
    d = datetime.fromisoformat(iso if "T" in iso else iso + "T12:00:00+00:00")
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return int(d.timestamp())


def iso_full(iso: str) -> str:
    """'2026-11-18' -> '2026-11-18T12:00:00Z' (API style)."""
    d = datetime.fromtimestamp(iso_to_epoch(iso), UTC)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")
