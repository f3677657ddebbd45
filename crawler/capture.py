"""Capture a profile as a person sees it: the public page, a screenshot and a PDF (#15).

A probe answer proves existence (X's sign-up check says ``{"reason":"taken"}``); a takedown
request needs the profile itself. For each profile this module:

1. fetches the public profile page (the catalog's ``profile_url``) with :class:`GuardedFetcher`,
   following redirects hop by hop, each hop through the crawl's rules: the SSRF guard of
   ``crawler/netguard.py`` (schemes, IP literals, every DNS answer, the connection pinned to the
   address that was checked), ``--resolve`` routes, ``--proxy`` / HTTP(S)_PROXY / NO_PROXY, the
   honest User-Agent, the catalog's per-host delay, ``Retry-After`` and the size/time limits;
2. renders exactly those bytes in Debian's headless Chromium (never a downloaded browser),
   driven over ``--remote-debugging-pipe`` (no port, no websocket library). Chromium never
   touches the network: every request it would send (the document, images, CSS, frames) is
   paused by the DevTools ``Fetch`` domain and either fulfilled from the guarded fetcher or
   failed. As a second lock its proxy is a local port that refuses connections, so anything
   the interception might miss goes nowhere. JavaScript is off (``scriptEnabled=false``, the
   DevTools switch and a ``script-src 'none'`` policy on the document) unless asked for;
3. takes a full-page PNG screenshot and, with the links' targets removed (a reviewer opening the
   PDF is one click from nothing), a PDF; reads the text Chromium laid out to decide whether
   the page *shows* the profile;
4. says what was captured in plain words: ``shown`` (screenshot and PDF kept), or why not:
   the platform answered a login wall, a JavaScript shell, a block page, a rate limit, a
   "no such profile" page, a refused or failed fetch, or a page whose profile lives only in
   data for its scripts. Screenshots and PDFs of a wall are not kept: a file named
   ``screenshot.png`` must show the profile, never a login form.

The bodies are stored byte for byte with their content type; the evidence pack gives them an
extension a double-click cannot execute (``.html.txt``, ``.json``).
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import logging
import os
import re
import select
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from matching.models import ProbeState, utcnow_iso

from .netguard import address_refusal, ip_literal, url_refusal_without_dns
from .resolve import unserved

if TYPE_CHECKING:
    from .catalog import Catalog, Platform

log = logging.getLogger(__name__)

REDIRECTS = (301, 302, 303, 307, 308)
#: capture states; only ``shown`` keeps a screenshot and a PDF
STATES = ("shown", "script_only", "js_shell", "login_wall", "blocked", "rate_limited",
          "not_found", "refused", "failed", "no_browser")
_LOGIN = re.compile(r"(?i)/(accounts/)?login|/authwall|/checkpoint|/signin|/uas/login")
_WALL_REASONS = {
    "login_wall": "login_wall", "consent_wall": "login_wall", "js_shell": "js_shell",
    "bot_block": "blocked", "captcha": "blocked", "waf": "blocked", "rate_limited": "rate_limited",
}


def find_chromium() -> str | None:
    """Debian's Chromium (``BRANDSWEEP_CHROMIUM`` overrides); None when it is not installed.
    brandsweep never downloads a browser."""
    env = os.environ.get("BRANDSWEEP_CHROMIUM")
    if env:
        return env if os.access(env, os.X_OK) else None
    for name in ("/usr/bin/chromium", "/usr/lib/chromium/chromium"):
        if os.access(name, os.X_OK):
            return name
    return shutil.which("chromium") or shutil.which("chromium-browser")


# --------------------------------------------------------------------------- options


@dataclass
class CaptureConfig:
    """How captures reach the web: the crawl's own switches, and the limits of one capture."""

    allow_private_network: bool = False
    resolve: Mapping[str, str] = field(default_factory=dict)  # --resolve HOST=ADDR:PORT
    proxy: str | None = None  # --proxy; HTTP(S)_PROXY / NO_PROXY are honoured too
    scripts: bool = False  # run the page's JavaScript (requests stay guarded)
    chromium: str | None = None  # path; default find_chromium(); "" = no screenshots
    timeout: float = 20.0  # per request
    page_budget: float = 45.0  # per capture, rendering included
    max_resources: int = 60  # subresources fetched for one rendering
    max_bytes: int = 5 * 1024 * 1024  # per response (DOWNLOAD_MAXSIZE)
    total_bytes: int = 20 * 1024 * 1024  # per rendering
    default_delay: float = 0.5  # DOWNLOAD_DELAY for hosts the catalog does not name
    max_retry_after: float = 10.0
    max_screenshot_height: int = 12000
    viewport: tuple[int, int] = (1280, 900)


# --------------------------------------------------------------------------- fetching


class Refused(Exception):
    """The guard would not send this request; ``reason`` is what the pack prints."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Fetched:
    """One guarded GET, redirects followed: what came back and how it got there."""

    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes | None = None
    hops: list[dict[str, Any]] = field(default_factory=list)  # {url, status, location}
    refused: str | None = None
    error: str | None = None
    truncated: bool = False
    fetched_at: str | None = None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").strip()


class _PinnedHTTP(http.client.HTTPConnection):
    """HTTP to the address the guard checked (no second DNS answer can slip in)."""

    def __init__(self, host: str, port: int | None, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to the checked address, certificate verified for the host name (SNI)."""

    def __init__(self, host: str, port: int | None, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


class GuardedFetcher:
    """GETs under the crawl's rules, for the capture and for everything Chromium asks for.

    Example::

        fetcher = GuardedFetcher(CaptureConfig(), catalog)
        page = fetcher.fetch("https://t.me/northwindcoffee_support")
        page.status, page.content_type, len(page.body)
    """

    def __init__(self, config: CaptureConfig, catalog: Catalog | None = None):
        from .settings import USER_AGENT

        self.config = config
        self.user_agent = USER_AGENT
        self.resolve = {k.lower(): v for k, v in (config.resolve or {}).items()}
        self.proxies = self._proxies(config.proxy)
        self.delays: dict[str, float] = {}
        if catalog is not None:
            for platform in catalog.values():
                for host in platform.hosts:
                    self.delays[host.lstrip("*.")] = platform.delay
        # the demo and tests route every host to one local server: no need to wait there
        self.delay_scale = 0.0 if "*" in self.resolve else 1.0
        self._last: dict[str, float] = {}
        self.requests = 0

    # -- routing and the guard

    @staticmethod
    def _proxies(proxy: str | None) -> dict[str, str]:
        if proxy:
            return {"http": proxy, "https": proxy}
        env = urllib.request.getproxies_environment()
        return {k: v for k, v in env.items() if k in ("http", "https")}

    def _proxy_for(self, url: str) -> str | None:
        parts = urlsplit(url)
        proxy = self.proxies.get(parts.scheme)
        if not proxy or urllib.request.proxy_bypass_environment(parts.hostname or ""):
            return None
        return proxy

    def route(self, url: str) -> tuple[str, str | None]:
        """``("resolve", "ADDR:PORT")``, ``("proxy", URL)`` or ``("direct", ADDRESS)``; raises
        :class:`Refused` with the guard's reason."""
        allow = self.config.allow_private_network
        reason = url_refusal_without_dns(url, allow)
        if reason:
            raise Refused(reason)
        host = (urlsplit(url).hostname or "").lower()
        target = self.resolve.get(host) or self.resolve.get("*")
        if target:
            return "resolve", target  # the operator's own route, like an /etc/hosts entry
        literal = ip_literal(host)
        addresses = [literal] if literal else self._addresses(host)
        proxy = self._proxy_for(url)
        if addresses is None:
            if proxy:
                return "proxy", proxy  # the proxy may know names this machine cannot resolve
            raise Refused(f"{host} does not resolve")
        if not allow:
            for address in addresses:
                why = address_refusal(address)
                if why:
                    raise Refused(why if literal else f"{host} resolves to a {why}")
        if proxy:
            return "proxy", proxy
        return "direct", addresses[0]

    @staticmethod
    def _addresses(host: str) -> list[str] | None:
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return None
        seen: list[str] = []
        for info in infos:
            address = str(info[4][0])
            if address not in seen:
                seen.append(address)
        return seen or None

    # -- politeness

    def _wait_turn(self, host: str) -> None:
        delay = self.config.default_delay
        for known, value in self.delays.items():
            if host == known or host.endswith("." + known):
                delay = value
                break
        delay *= self.delay_scale
        last = self._last.get(host)
        if last is not None and delay > 0:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    # -- one request

    def _connection(self, url: str) -> tuple[http.client.HTTPConnection, str, dict[str, str]]:
        parts = urlsplit(url)
        kind, where = self.route(url)
        host = parts.hostname or ""
        port = parts.port
        path = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        headers = {"Host": parts.netloc}
        timeout = self.config.timeout
        if kind == "resolve":
            address, _, tport = str(where).rpartition(":")
            conn: http.client.HTTPConnection = _PinnedHTTP(host, int(tport), address.strip("[]"),
                                                           timeout)
            headers["X-Forwarded-Proto"] = parts.scheme
            return conn, path, headers
        if kind == "proxy":
            proxy = urlsplit(str(where) if "://" in str(where) else f"http://{where}")
            auth = {}
            if proxy.username:
                token = f"{proxy.username}:{proxy.password or ''}".encode()
                auth["Proxy-Authorization"] = "Basic " + base64.b64encode(token).decode()
            if parts.scheme == "https":
                conn = http.client.HTTPSConnection(proxy.hostname or "", proxy.port or 8080,
                                                   timeout=timeout)
                conn.set_tunnel(host, port or 443, headers=auth)
                return conn, path, headers
            conn = http.client.HTTPConnection(proxy.hostname or "", proxy.port or 8080,
                                              timeout=timeout)
            headers.update(auth)
            return conn, url, headers  # absolute URI through a plain proxy
        if parts.scheme == "https":
            return _PinnedHTTPS(host, port or 443, str(where), timeout), path, headers
        return _PinnedHTTP(host, port or 80, str(where), timeout), path, headers

    def _once(self, url: str, extra: Mapping[str, str]) -> tuple[int, dict[str, str], bytes, bool]:
        conn, target, headers = self._connection(url)
        headers.update({
            "User-Agent": self.user_agent,
            "Accept-Encoding": "identity",  # no decompression bombs: bytes as they are
            "Accept-Language": "en",
            **extra,
        })
        self._wait_turn((urlsplit(url).hostname or "").lower())
        self.requests += 1
        try:
            conn.request("GET", target, headers=headers)
            resp = conn.getresponse()
            parts = urlsplit(url)
            kind = unserved(self.resolve, parts.hostname or "", resp.status)
            if kind == "no_such_name":  # a wildcard pin's 421: no address (crawler/resolve.py)
                raise socket.gaierror(socket.EAI_NONAME, f"{parts.hostname}: no such name")
            if kind == "connection_refused":
                raise ConnectionRefusedError(f"{parts.hostname}: connection refused")
            body = resp.read(self.config.max_bytes + 1)
            truncated = len(body) > self.config.max_bytes
            return (resp.status, {k.lower(): v for k, v in resp.getheaders()},
                    body[: self.config.max_bytes], truncated)
        finally:
            conn.close()

    def fetch(self, url: str, *, follow: bool = True, max_hops: int = 5,
              headers: Mapping[str, str] | None = None) -> Fetched:
        """GET ``url``; never raises (refusals and errors are in the result)."""
        out = Fetched(url=url, final_url=url, fetched_at=utcnow_iso())
        current = url
        for _hop in range(max_hops + 1):
            try:
                status, hdrs, body, truncated = self._once(current, headers or {})
                wait = _retry_after(status, hdrs, self.config.max_retry_after)
                if wait is not None:
                    time.sleep(wait)
                    status, hdrs, body, truncated = self._once(current, headers or {})
            except Refused as exc:
                out.refused = exc.reason
                out.final_url = current
                return out
            except (OSError, http.client.HTTPException, ValueError) as exc:
                out.error = f"{type(exc).__name__}: {exc}"[:300]
                out.final_url = current
                return out
            location = hdrs.get("location")
            out.hops.append({"url": current, "status": status, "location": location})
            out.final_url, out.status, out.headers, out.body = current, status, hdrs, body
            out.truncated = truncated
            if not (follow and status in REDIRECTS and location):
                return out
            current = urljoin(current, location)
        out.error = f"more than {max_hops} redirects"
        return out


def _retry_after(status: int, headers: Mapping[str, str], cap: float) -> float | None:
    """Seconds a 429/503 asks us to wait, when short enough to wait for in a capture."""
    if status not in (429, 503):
        return None
    from .middlewares import parse_retry_after

    wait = parse_retry_after(headers.get("retry-after"))
    if wait is None or wait > cap:
        return None
    return wait


# --------------------------------------------------------------------------- Chromium


@dataclass
class Rendered:
    """What Chromium made of a page."""

    screenshot: bytes | None = None
    pdf: bytes | None = None
    visible_text: str = ""
    title: str = ""
    resources: list[dict[str, Any]] = field(default_factory=list)  # {url, status|refused|error}
    error: str | None = None


class BrowserError(RuntimeError):
    pass


class Browser:
    """One headless Chromium driven through DevTools over a pipe; renders pages it may not
    fetch itself. Use as a context manager; one browser serves many captures."""

    def __init__(self, path: str, *, scripts: bool = False):
        self.path = path
        self.scripts = scripts
        self.proc: subprocess.Popen[bytes] | None = None
        self._buf = b""
        self._id = 0
        self._profile: tempfile.TemporaryDirectory[str] | None = None
        self._sink: socket.socket | None = None

    def __enter__(self) -> Browser:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="brandsweep-chromium-")
        # a port bound but never listening: connections to it are refused. Chromium's proxy
        # points there, so a request the interception missed cannot reach any network.
        self._sink = socket.socket()
        self._sink.bind(("127.0.0.1", 0))
        sink_port = self._sink.getsockname()[1]
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        args = [
            self.path, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--disable-default-apps",
            "--no-first-run", "--no-default-browser-check", "--dns-prefetch-disable",
            "--disable-features=NetworkPrediction,InterestFeedContentSuggestions,Translate,"
            "IsolateOrigins,site-per-process",
            # frames stay in the page's process, so the page's request interception sees theirs
            "--disable-site-isolation-trials",
            "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
            "--hide-scrollbars", "--mute-audio", "--remote-debugging-pipe",
            f"--proxy-server=http://127.0.0.1:{sink_port}", "--proxy-bypass-list=<-loopback>",
            f"--user-data-dir={self._profile.name}",
        ]
        if not self.scripts:
            args.append("--blink-settings=scriptEnabled=false")
        args.append("about:blank")

        def fds() -> None:  # Chromium reads commands on fd 3 and answers on fd 4
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(  # noqa: S603 - our own argument list
            args, pass_fds=(3, 4), preexec_fn=fds, stdin=subprocess.DEVNULL,  # noqa: PLW1509
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.call("Browser.getVersion", timeout=30)

    def close(self) -> None:
        if self.proc is not None:
            with contextlib.suppress(Exception):
                self.send("Browser.close")
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
            self.proc = None
            for fd in (self._to_chrome, self._from_chrome):
                with contextlib.suppress(OSError):
                    os.close(fd)
        if self._sink is not None:
            self._sink.close()
            self._sink = None
        if self._profile is not None:
            self._profile.cleanup()
            self._profile = None

    # -- the pipe protocol: JSON messages separated by NUL bytes

    def send(self, method: str, params: Mapping[str, Any] | None = None,
             session: str | None = None) -> int:
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": dict(params or {})}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            written = os.write(self._to_chrome, data)
            data = data[written:]
        return self._id

    def recv(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_chrome], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium exited")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: Mapping[str, Any] | None = None,
             session: str | None = None, timeout: float = 30.0,
             on_event: Any = None) -> dict[str, Any]:
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            msg = self.recv(max(0.01, deadline - time.monotonic()))
            if msg.get("id") == wanted:
                if "error" in msg:
                    raise BrowserError(f"{method}: {msg['error'].get('message')}")
                return msg.get("result") or {}
            if "method" in msg and on_event is not None:
                on_event(msg)

    # -- one page

    def render(self, url: str, document: Fetched, fetcher: GuardedFetcher,
               config: CaptureConfig) -> Rendered:
        """Render ``document`` (already fetched) as if loaded from ``url``; every other request
        goes through ``fetcher`` or fails."""
        out = Rendered()
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"]
        budget = {"bytes": 0, "count": 0}
        deadline = time.monotonic() + config.page_budget
        state = {"loaded": False, "main": False}

        def on_event(msg: dict[str, Any]) -> None:
            if msg.get("sessionId") != session:
                return
            method = msg.get("method")
            if method == "Page.loadEventFired":
                state["loaded"] = True
            elif method == "Fetch.requestPaused":
                self._answer(msg["params"], session, url, document, fetcher, config, budget,
                             out, state, deadline)

        try:
            self.call("Fetch.enable", {"patterns": [{"urlPattern": "*"}]}, session)
            self.call("Page.enable", {}, session)
            if not self.scripts:
                self.call("Emulation.setScriptExecutionDisabled", {"value": True}, session)
            width, height = config.viewport
            self.call("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
                session)
            self.call("Page.navigate", {"url": url}, session, on_event=on_event)
            while not state["loaded"] and time.monotonic() < deadline:
                try:
                    msg = self.recv(max(0.01, deadline - time.monotonic()))
                except BrowserError:
                    if self.proc is not None and self.proc.poll() is not None:
                        raise
                    break
                if "method" in msg:
                    on_event(msg)
            if not state["loaded"]:
                out.error = "the page did not finish loading in time"
            snap = self.call("DOMSnapshot.captureSnapshot", {"computedStyles": []}, session,
                             on_event=on_event)
            out.visible_text, out.title = _laid_out_text(snap)
            size = self.call("Page.getLayoutMetrics", {}, session, on_event=on_event)
            content = size.get("cssContentSize") or size.get("contentSize") or {}
            page_h = min(int(content.get("height") or height), config.max_screenshot_height)
            page_w = max(width, min(int(content.get("width") or width), 4000))
            shot = self.call("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True, "fromSurface": True,
                "clip": {"x": 0, "y": 0, "width": page_w, "height": max(page_h, 1), "scale": 1},
            }, session, timeout=60, on_event=on_event)
            out.screenshot = base64.b64decode(shot["data"])
            self._unlink(session, on_event)
            pdf = self.call("Page.printToPDF", {
                "printBackground": True, "paperWidth": 8.27, "paperHeight": 11.69,
                "marginTop": 0.4, "marginBottom": 0.4, "marginLeft": 0.4, "marginRight": 0.4,
            }, session, timeout=60, on_event=on_event)
            out.pdf = base64.b64decode(pdf["data"])
        finally:
            with contextlib.suppress(BrowserError, OSError):
                self.call("Target.closeTarget", {"targetId": target}, timeout=10)
        return out

    def _unlink(self, session: str, on_event: Any) -> None:
        """Take the targets off links and forms (no JavaScript needed: the DevTools DOM), so
        the PDF holds text, not one-click routes to the impostor's pages."""
        root = self.call("DOM.getDocument", {"depth": -1, "pierce": True}, session,
                         on_event=on_event)["root"]["nodeId"]
        for selector, attribute in (("a[href], area[href]", "href"), ("form[action]", "action")):
            nodes = self.call("DOM.querySelectorAll", {"nodeId": root, "selector": selector},
                              session, on_event=on_event).get("nodeIds", [])
            for node in nodes:
                with contextlib.suppress(BrowserError):
                    self.call("DOM.removeAttribute", {"nodeId": node, "name": attribute},
                              session, on_event=on_event)

    def _answer(self, params: dict[str, Any], session: str, url: str, document: Fetched,
                fetcher: GuardedFetcher, config: CaptureConfig, budget: dict[str, int],
                out: Rendered, state: dict[str, bool], deadline: float) -> None:
        """Fulfil one paused request from the guarded fetcher, or fail it."""
        rid = params["requestId"]
        req_url = params["request"]["url"]
        if params.get("resourceType") == "Document" and not state["main"] and req_url == url:
            state["main"] = True
            headers = [{"name": "Content-Type",
                        "value": document.content_type or "text/html"}]
            if not self.scripts:
                headers.append({"name": "Content-Security-Policy",
                                "value": "script-src 'none'; object-src 'none'"})
            self.send("Fetch.fulfillRequest", {
                "requestId": rid, "responseCode": document.status or 200,
                "responseHeaders": headers,
                "body": base64.b64encode(document.body or b"").decode()}, session)
            return
        record: dict[str, Any] = {"url": req_url[:500], "type": params.get("resourceType")}
        out.resources.append(record)
        if params["request"].get("method", "GET") != "GET":
            record["refused"] = "not a GET"
        elif budget["count"] >= config.max_resources:
            record["refused"] = f"more than {config.max_resources} resources"
        elif budget["bytes"] >= config.total_bytes or time.monotonic() > deadline:
            record["refused"] = "capture budget spent"
        if record.get("refused"):
            self.send("Fetch.failRequest", {"requestId": rid, "errorReason": "BlockedByClient"},
                      session)
            return
        budget["count"] += 1
        got = fetcher.fetch(req_url, headers={"Accept": "*/*"})
        if got.refused or got.error or got.status is None:
            record["refused" if got.refused else "error"] = got.refused or got.error
            reason = "AccessDenied" if got.refused else "Failed"
            self.send("Fetch.failRequest", {"requestId": rid, "errorReason": reason}, session)
            return
        body = got.body or b""
        budget["bytes"] += len(body)
        record["status"] = got.status
        headers = [{"name": "Content-Type", "value": got.content_type or
                    "application/octet-stream"}]
        self.send("Fetch.fulfillRequest", {
            "requestId": rid, "responseCode": got.status, "responseHeaders": headers,
            "body": base64.b64encode(body).decode()}, session)


def _laid_out_text(snapshot: Mapping[str, Any]) -> tuple[str, str]:
    """The text of every laid-out node (what is drawn, not what hides in scripts) and the
    main document's title, from a DOMSnapshot."""
    strings = snapshot.get("strings") or []
    texts: list[str] = []
    title = ""
    for i, doc in enumerate(snapshot.get("documents") or []):
        for index in (doc.get("layout") or {}).get("text") or []:
            if isinstance(index, int) and 0 <= index < len(strings) and strings[index].strip():
                texts.append(strings[index])
        t = doc.get("title")
        if i == 0 and isinstance(t, int) and 0 <= t < len(strings):
            title = strings[t]
    return " ".join(" ".join(texts).split()), title


# --------------------------------------------------------------------------- one capture


@dataclass
class Capture:
    """One capture of one profile: what the platform sent and what a person would see."""

    platform: str
    handle: str
    url: str
    state: str  # one of STATES
    reason: str  # plain words for the pack
    captured_at: str
    final_url: str | None = None
    http_status: int | None = None
    content_type: str | None = None
    body: bytes | None = None
    screenshot: bytes | None = None
    pdf: bytes | None = None
    title: str | None = None
    hops: list[dict[str, Any]] = field(default_factory=list)
    resources: list[dict[str, Any]] = field(default_factory=list)
    scripts: bool = False

    def meta(self) -> dict[str, Any]:
        """Everything but the bytes, JSON-safe (stored beside the bodies)."""
        return {
            "platform": self.platform, "handle": self.handle, "url": self.url,
            "state": self.state, "reason": self.reason, "captured_at": self.captured_at,
            "final_url": self.final_url, "http_status": self.http_status,
            "content_type": self.content_type, "title": self.title, "hops": self.hops,
            "resources": self.resources, "scripts": self.scripts,
        }


def _visible(text: str, names: Iterable[str | None]) -> bool:
    hay = " ".join(text.split()).casefold()
    return any(n and " ".join(n.split()).casefold() in hay for n in names)


def capture_profile(
    platform: Platform,
    handle: str,
    fetcher: GuardedFetcher,
    browser: Browser | None,
    config: CaptureConfig,
    *,
    display_name: str | None = None,
    url: str | None = None,
) -> Capture:
    """Capture one profile page. Never raises: what could not be captured is the result."""
    from .extract import read_profile

    url = url or platform.profile_url(handle)
    got = fetcher.fetch(url, headers={
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    cap = Capture(platform=platform.name, handle=handle, url=url, state="failed", reason="",
                  captured_at=got.fetched_at or utcnow_iso(), final_url=got.final_url,
                  http_status=got.status, content_type=got.content_type or None,
                  body=got.body, hops=got.hops, scripts=config.scripts)
    if got.refused:
        cap.state = "refused"
        cap.reason = f"the page was not fetched: the network guard refused it ({got.refused})"
        return cap
    if got.error or got.status is None:
        cap.state = "failed"
        cap.reason = f"the page could not be fetched: {got.error or 'no answer'}"
        return cap
    walled = next((h for h in got.hops if h.get("location") and _LOGIN.search(h["location"])),
                  None)
    read = read_profile(platform, got.final_url, got.status, got.headers, got.body or b"",
                        handle=handle)
    title = platform.title
    if walled is not None:
        cap.state = "login_wall"
        cap.reason = (f"{title} sent the visitor to its login page ({walled['location']}) "
                      "instead of showing the profile")
    elif read.state is ProbeState.NOT_FOUND:
        cap.state = "not_found"
        cap.reason = (f"{title} answered that there is no such profile (HTTP {got.status}): "
                      "it may have been removed or renamed since the audit")
    elif read.state is ProbeState.UNVERIFIABLE and read.reason in _WALL_REASONS:
        cap.state = _WALL_REASONS[read.reason or ""]
        cap.reason = {
            "login_wall": f"{title} showed a login wall instead of the profile",
            "js_shell": f"{title} sent a JavaScript application shell: without running its "
                        "scripts the page shows no profile",
            "blocked": f"{title} answered a block, error or CAPTCHA page "
                       f"(HTTP {got.status}, {read.reason})",
            "rate_limited": f"{title} asked us to slow down (HTTP {got.status})",
        }[cap.state]
    if got.truncated:
        cap.reason = (cap.reason + "; " if cap.reason else "") + \
            f"the body was cut at {config.max_bytes:,} bytes"
    if cap.state != "failed":
        return cap
    if browser is None:
        cap.state = "no_browser"
        cap.reason = ("the page was fetched; no screenshot or PDF: headless Chromium is not "
                      "installed (Debian: apt-get install chromium)")
        return cap
    try:
        shown = browser.render(got.final_url, got, fetcher, config)
    except (BrowserError, OSError, KeyError, ValueError) as exc:
        cap.state = "failed"
        cap.reason = f"the page was fetched but Chromium could not render it: {exc}"
        return cap
    cap.title = shown.title or None
    cap.resources = shown.resources
    names = [display_name, read.fields.display_name, handle, "@" + handle]
    if _visible(shown.visible_text, names):
        cap.state = "shown"
        cap.screenshot, cap.pdf = shown.screenshot, shown.pdf
        cap.reason = "the page shows the profile" + (
            " (JavaScript was on)" if config.scripts else " (rendered without JavaScript)")
        if shown.error:
            cap.reason += f"; {shown.error}"
    elif config.scripts:
        cap.state = "js_shell"
        cap.reason = "even with JavaScript on, the rendered page does not show the profile"
    elif read.state is ProbeState.FOUND:
        named = read.fields.display_name or display_name
        cap.state = "script_only"
        cap.reason = (
            f"{title} sent the profile only as data for its scripts"
            + (f" (it names {named!r})" if named else "")
            + ": rendered without JavaScript the page shows none of it, so no screenshot was "
              "kept ('brandsweep evidence --recapture --capture-scripts' renders it with "
              "JavaScript on)"
        )
    else:
        cap.state = "js_shell"
        cap.reason = (f"{title} sent a page that needs JavaScript: rendered without it, the "
                      "page shows no profile, so no screenshot was kept")
    return cap


# --------------------------------------------------------------------------- many captures


@dataclass
class CaptureTarget:
    platform: str
    handle: str
    display_name: str | None = None
    url: str | None = None


def capture_many(
    targets: Sequence[CaptureTarget],
    catalog: Catalog,
    config: CaptureConfig,
    *,
    budget_seconds: float = 600.0,
) -> list[Capture]:
    """Capture each target with one fetcher and one browser; stops starting new captures
    once ``budget_seconds`` are spent. Unknown platforms are skipped."""
    if not targets:
        return []  # no browser started for nothing (it would weigh on the audit's memory)
    fetcher = GuardedFetcher(config, catalog)
    path = find_chromium() if config.chromium is None else config.chromium
    out: list[Capture] = []
    started = time.monotonic()
    browser: Browser | None = None
    try:
        if path:
            try:
                browser = Browser(path, scripts=config.scripts)
                browser.start()
            except (BrowserError, OSError) as exc:
                log.warning("headless Chromium did not start (%s): no screenshots", exc)
                if browser is not None:
                    browser.close()
                browser = None
        for target in targets:
            if time.monotonic() - started > budget_seconds:
                log.warning("capture budget of %.0f s spent: %d profile(s) not captured",
                            budget_seconds, len(targets) - len(out))
                break
            platform = catalog.get(target.platform)
            if platform is None:
                continue
            out.append(capture_profile(platform, target.handle, fetcher, browser, config,
                                       display_name=target.display_name, url=target.url))
            if browser is not None and (browser.proc is None or browser.proc.poll() is not None):
                browser.close()  # crashed: the rest are captured without screenshots
                browser = None
    finally:
        if browser is not None:
            browser.close()
    return out


#: triage decisions that make a profile worth capturing whatever its class
CAPTURE_DECISIONS = ("impostor_confirmed", "takedown_requested")


def capture_for_audit(store: Any, audit_id: int, findings: Sequence[Any], catalog: Catalog,
                      config: CaptureConfig, limit: int) -> list[Capture]:
    """Capture the audit's impostors (worst first, at most ``limit``) into the store, so their
    evidence packs hold the page as it was at audit time. Profiles already captured for this
    audit (a resumed one) are skipped. Never raises for a page; returns the captures."""
    if limit <= 0:
        return []
    done = store.captured_in(audit_id)
    wanted = [
        f for f in findings
        if (f.cls.value == "impostor"
            or (f.triage is not None and f.triage.decision.value in CAPTURE_DECISIONS))
        and (f.platform, f.handle) not in done and f.platform in catalog
    ]
    wanted.sort(key=lambda f: (-(f.severity.rank if f.severity else 0), -f.harm, -f.score,
                               f.platform, f.handle))
    targets = [CaptureTarget(f.platform, f.handle, f.display_name, f.url)
               for f in wanted[:limit]]
    if not targets:
        return []
    if len(wanted) > limit:
        log.warning("captured %d of %d impostor pages (--capture-max %d)", limit, len(wanted),
                    limit)
    captures = capture_many(targets, catalog, config)
    for cap in captures:
        store.add_capture(cap, audit_id=audit_id)
    return captures


__all__ = [
    "CAPTURE_DECISIONS", "capture_for_audit",
    "STATES", "Browser", "Capture", "CaptureConfig", "CaptureTarget", "Fetched",
    "GuardedFetcher", "Refused", "capture_many", "capture_profile", "find_chromium",
]
