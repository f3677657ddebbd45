"""Hostile behaviours of the simulated web: faults, oversized and malformed answers, traps.

The demo world is a well-behaved internet; the hostile world (``hostile_world.yaml``) is the
other one, where a server resets the connection, trickles its body, answers a gzip bomb or
redirects into the operator's own network. Its rules live in the world's ``settings.hostile``
list, so ``load_world`` reads the file unchanged and the demo (which has no such list) is not
touched. Each rule names a host, a path (exact, or a prefix ending in ``*``), optionally query
``args`` that must match (``{acct: qmbadjson}``), and a ``fault``:

==============  =================================================================================
fault           what the server does
==============  =================================================================================
status          answer ``status`` (with ``headers``, e.g. ``Retry-After``) for the first
                ``times`` requests (0 = always), then serve normally
reset           close the connection without a byte of answer (TCP RST), ``times`` as above
sleep           wait ``seconds`` before answering (a request timeout), ``times`` as above
slow_body       send the headers, then the normal body in ``chunks`` pieces over ``seconds``
huge            a 200 page of ``size`` bytes (``no_length: true``: no Content-Length, the
                size is only learnt while reading)
gzip_bomb       ``Content-Encoding: gzip``, a small body that inflates to ``size`` bytes
redirect        a 302 to ``location`` (``{port}`` becomes this server's port)
redirect_loop   a 302 to the same path with one more ``/hop`` segment, forever
body            a fixed answer: ``status``, ``content_type``, ``body`` encoded as ``encoding``
                (``{port}`` becomes this server's port: a canary URL for active content)
inflate         serve normally, then replace ``marker`` in the body by ``size`` bytes of text
recharset       serve normally, then re-encode the text as ``encoding`` and declare
                ``declare`` instead (``none`` = no charset anywhere)
link_farm       an HTML page with ``links`` links to further pages under the same prefix
header_flood    a status line, then headers that never end (``mode``: ``count`` endless short
                header fields, ``fold`` one field with endless folded continuation lines,
                ``line`` one field line with no end, ``drip`` a field every ``seconds``)
==============  =================================================================================

Socket-level faults (reset, sleep, slow_body, huge without length, header_flood) come back as a
:class:`Fault` response that the server's request handler acts on.
"""

from __future__ import annotations

import gzip
import re
import string
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from simweb.http import Request, Response, esc, html_response, redirect

if TYPE_CHECKING:
    from simweb.server import App

#: faults answered before the normal handler runs
BEFORE = frozenset({"status", "reset", "sleep", "huge", "gzip_bomb", "redirect", "redirect_loop",
                    "body", "link_farm", "header_flood"})
#: faults applied to the normal answer
AFTER = frozenset({"slow_body", "inflate", "recharset"})
FAULTS = BEFORE | AFTER


@dataclass
class Fault(Response):
    """A response the request handler must deliver badly (see the module table)."""

    action: str = ""  # reset | sleep | slow_body | no_length | header_flood
    mode: str = ""  # header_flood: count | fold | line | drip
    seconds: float = 0.0
    chunks: int = 1


def rules(world: Any) -> list[dict[str, Any]]:
    """The world's hostile rules, validated (a typo must fail loudly, not serve normally)."""
    raw = world.setting("hostile") or []
    for i, rule in enumerate(raw):
        if rule.get("fault") not in FAULTS:
            raise ValueError(f"hostile rule {i}: unknown fault {rule.get('fault')!r}")
        if not rule.get("host") or not rule.get("path"):
            raise ValueError(f"hostile rule {i}: host and path are required")
    return raw


def match(world: Any, req: Request) -> tuple[int, dict[str, Any]] | None:
    """The first rule for this request's host and path, with its index (for hit counters)."""
    for i, rule in enumerate(rules(world)):
        if rule["host"].lower() != req.host:
            continue
        path = rule["path"]
        if not (path.endswith("*") and req.path.startswith(path[:-1]) or req.path == path):
            continue
        if all(req.arg(k) == str(v) for k, v in (rule.get("args") or {}).items()):
            return i, rule
    return None


def before(app: App, index: int, rule: dict[str, Any], req: Request, port: int) -> Response | None:
    """The answer of a rule that replaces the normal handler, or None to serve normally."""
    fault = rule["fault"]
    if fault not in BEFORE:
        return None
    times = int(rule.get("times", 0))
    if fault in ("status", "reset", "sleep") and times and app.fault_hit(index) > times:
        return None
    if fault == "status":
        status = int(rule.get("status", 503))
        return html_response(f"<html><body><h1>{status}</h1><p>Try again later.</p></body></html>",
                             status, headers={k: str(v) for k, v in
                                              (rule.get("headers") or {}).items()})
    if fault == "reset":
        return Fault(action="reset")
    if fault == "header_flood":
        mode = str(rule.get("mode", "count"))
        if mode not in ("count", "fold", "line", "drip"):
            raise ValueError(f"header_flood: unknown mode {mode!r}")
        return Fault(action="header_flood", mode=mode, seconds=float(rule.get("seconds", 0.2)))
    if fault == "sleep":
        return Fault(action="sleep", seconds=float(rule.get("seconds", 5)))
    if fault == "huge":
        size = int(rule.get("size", 6_000_000))
        body = (b"<html><body><p>" + b"x" * size + b"</p></body></html>")[:size]
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if rule.get("no_length"):
            return Fault(200, body, headers, action="no_length")
        return Response(200, body, headers)
    if fault == "gzip_bomb":
        return Response(200, _bomb(int(rule.get("size", 50_000_000))),
                        {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"})
    if fault == "redirect":
        return redirect(str(rule["location"]).replace("{port}", str(port)),
                        int(rule.get("status", 302)))
    if fault == "redirect_loop":
        return redirect(f"https://{req.host}{req.path.rstrip('/')}/hop", 302)
    if fault == "body":
        encoding = rule.get("encoding", "utf-8")
        text = str(rule.get("body", "")).replace("{port}", str(port))
        return Response(int(rule.get("status", 200)), text.encode(encoding, "replace"),
                        {"Content-Type": rule.get("content_type", "text/html; charset=utf-8")})
    return _link_farm(rule, req)


def after(rule: dict[str, Any], resp: Response) -> Response:
    """A rule that spoils the normal answer."""
    fault = rule["fault"]
    if fault == "inflate":
        marker = str(rule["marker"]).encode()
        filler = _filler(int(rule.get("size", 1_048_576)))
        resp.body = resp.body.replace(marker, filler)
    elif fault == "recharset":
        resp = _recharset(rule, resp)
    elif fault == "slow_body":
        return Fault(resp.status, resp.body, resp.headers, resp.reason, action="slow_body",
                     seconds=float(rule.get("seconds", 3)), chunks=int(rule.get("chunks", 10)))
    return resp


@lru_cache(maxsize=4)
def _bomb(size: int) -> bytes:
    return gzip.compress(b"\0" * size, compresslevel=9)


@lru_cache(maxsize=4)
def _filler(size: int) -> bytes:
    words = b"lorem ipsum dolor sit amet consectetur adipiscing elit "
    return (words * (size // len(words) + 1))[:size]


_CHARSET = re.compile(r"charset=[\"']?[A-Za-z0-9_-]+[\"']?", re.IGNORECASE)


def _recharset(rule: dict[str, Any], resp: Response) -> Response:
    ctype = resp.headers.get("Content-Type", "text/html")
    match = re.search(r"charset=([A-Za-z0-9_-]+)", ctype)
    text = resp.body.decode(match.group(1) if match else "utf-8", "replace")
    declare = str(rule.get("declare", "none"))
    if declare == "none":
        text = re.sub(r"<meta charset=[^>]*>", "", text, flags=re.IGNORECASE)
        text = re.sub(r'<meta http-equiv="Content-Type"[^>]*>', "", text, flags=re.IGNORECASE)
        ctype = _CHARSET.sub("", ctype).rstrip("; ")
    else:
        text = _CHARSET.sub(f"charset={declare}", text)
        ctype = _CHARSET.sub(f"charset={declare}", ctype)
        if "charset=" not in ctype:
            ctype += f"; charset={declare}"
    resp.headers["Content-Type"] = ctype
    resp.body = text.encode(rule.get("encoding", "windows-1254"), "xmlcharrefreplace")
    return resp


def _word(n: int) -> str:
    """Letters only: a farm of /farm/ab, /farm/ac ... has one path shape per page, so the
    per-host page budget (not the per-shape one, which folds digits) is what stops it."""
    letters = string.ascii_lowercase
    out = ""
    n += 26
    while n:
        n, r = divmod(n, 26)
        out = letters[r] + out
    return out


def _link_farm(rule: dict[str, Any], req: Request) -> Response:
    base = req.path.rstrip("/")
    count = int(rule.get("links", 20))
    words = [_word(zlib.crc32(f"{base}/{i}".encode()) % 10_000) for i in range(count)]
    links = "".join(f'<li><a href="{esc(base)}/{w}">page {i}</a></li>'
                    for i, w in enumerate(words))
    return html_response(f"<!DOCTYPE html><html><head><title>Farm {esc(base)}</title></head>"
                         f"<body><h1>{esc(base)}</h1><ul>{links}</ul></body></html>")
