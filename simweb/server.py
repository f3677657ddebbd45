"""One local HTTP server for every host of the demo world; the Host header picks the site.

The crawler keeps real URLs (``https://www.instagram.com/northwindcoffee/``) and sends them as
plain HTTP to this port with the real Host header (``crawler/resolve.py``), so nothing in the
HTTP stack is mocked. ``App`` is the pure request -> response logic (world + per-server state such
as "this profile has had its one 429"); ``SimWeb`` wraps it in a ``ThreadingHTTPServer`` running
in a daemon thread and records every request in ``request_log`` for tests and benchmarks.

    with SimWeb() as web:
        urlopen(Request(f"http://{web.address}/northwindcoffee/",
                        headers={"Host": "www.instagram.com"}))
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from simweb import hostile, images, platforms, search
from simweb.http import (
    Request,
    Response,
    esc,
    html_response,
    http_date,
    iso_to_epoch,
    redirect,
    text_response,
)
from simweb.world import Site, World, WorldProfile, load_world

Handler = Callable[["App", Request], Response]

HOSTS: dict[str, Handler] = {}
for _h in ("www.instagram.com", "instagram.com", "i.instagram.com"):
    HOSTS[_h] = platforms.instagram
for _h in ("www.facebook.com", "facebook.com", "m.facebook.com", "l.facebook.com"):
    HOSTS[_h] = platforms.facebook
for _h in ("www.tiktok.com", "tiktok.com", "m.tiktok.com"):
    HOSTS[_h] = platforms.tiktok
for _h in ("x.com", "www.x.com", "mobile.x.com", "api.x.com", "twitter.com", "www.twitter.com",
           "mobile.twitter.com"):
    HOSTS[_h] = platforms.x
for _h in ("www.youtube.com", "youtube.com", "m.youtube.com"):
    HOSTS[_h] = platforms.youtube
for _h in ("t.me", "telegram.me", "www.t.me"):
    HOSTS[_h] = platforms.telegram
for _h in ("github.com", "www.github.com", "api.github.com"):
    HOSTS[_h] = platforms.github
for _h in ("www.reddit.com", "reddit.com", "old.reddit.com", "oauth.reddit.com", "new.reddit.com",
           "np.reddit.com", "m.reddit.com", "sh.reddit.com"):
    HOSTS[_h] = platforms.reddit
for _h in ("bsky.app", "public.api.bsky.app", "api.bsky.app"):
    HOSTS[_h] = platforms.bluesky
for _h in ("www.pinterest.com", "pinterest.com", "uk.pinterest.com"):
    HOSTS[_h] = platforms.pinterest
for _h in ("www.threads.com", "threads.com", "www.threads.net", "threads.net"):
    HOSTS[_h] = platforms.threads
for _h in ("html.duckduckgo.com", "duckduckgo.com", "lite.duckduckgo.com"):
    HOSTS[_h] = search.duckduckgo
for _h in ("searx.local", "searxng.local"):  # a SearXNG instance: --searxng-url http://searx.local
    HOSTS[_h] = search.searxng


class App:
    """The simulated web's logic: route a Request to a site and answer it."""

    def __init__(self, world: World):
        self._world = world
        self._lock = threading.Lock()
        self._seen: set[tuple[str, str]] = set()
        self._fault_hits: dict[int, int] = {}
        self._counts: dict[str, int] = {}
        self.port = 0  # set by SimWeb.start: hostile redirects into "our own" machine use it
        self._avatars: dict[tuple[str, str], str] = {}
        self._anchor = _anchor(world)
        self._index_avatars()

    @property
    def world(self) -> World:
        return self._world

    @world.setter
    def world(self, world: World) -> None:
        anchor = _anchor(world)
        with self._lock:
            self._world = world
            self._anchor = anchor
        self._index_avatars()

    def clock(self) -> datetime:
        """The world's time now: its ``now:`` plus the time elapsed since this world was set.

        One clock for everything that depends on time: the ``Date`` header and the relative
        dates pages show ("3 years ago"). Like a real platform, whose pages are rendered
        against the same clock that stamps the answer, and whose clock runs during an audit
        (a stopped clock would give every answer of a half-hour crawl the same second)."""
        with self._lock:
            start, since = self._anchor
        return start + timedelta(seconds=max(0.0, time.monotonic() - since))

    # ------------------------------------------------------------------ state
    def first_time(self, p: WorldProfile) -> bool:
        """True exactly once per profile: drives ``rate_limited_once``."""
        with self._lock:
            if p.key in self._seen:
                return False
            self._seen.add(p.key)
            return True

    def fault_hit(self, index: int) -> int:
        """Count one more request hitting hostile rule ``index``; returns the new count."""
        with self._lock:
            self._fault_hits[index] = self._fault_hits.get(index, 0) + 1
            return self._fault_hits[index]

    def count(self, key: str) -> int:
        """Count one more request of kind ``key`` (GitHub's authenticated quota); the new count."""
        with self._lock:
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]

    def reset(self) -> None:
        """Forget per-server state (which profiles already had their one 429, hostile rules'
        hit counts, quotas used)."""
        with self._lock:
            self._seen.clear()
            self._fault_hits.clear()
            self._counts.clear()

    def avatar(self, p: WorldProfile) -> str:
        did = platforms.bluesky_did(self, p) if p.platform == "bluesky" else None
        return images.avatar_url(p.platform, p.handle, p.avatar, p.numeric_id, did)

    def _index_avatars(self) -> None:
        index = {}
        for p in self._world.profiles:
            u = urlsplit(self.avatar(p))
            index[(u.netloc, u.path)] = p.avatar or f"default:{p.platform}"
        with self._lock:
            self._avatars = index

    # ------------------------------------------------------------------ dispatch
    def handle(self, req: Request) -> Response:
        rule = hostile.match(self._world, req) if self._world.setting("hostile") else None
        if rule is not None:
            resp = hostile.before(self, rule[0], rule[1], req, self.port)
            if resp is None:
                resp = self._dispatch(req)
                if rule[1]["fault"] in hostile.AFTER:
                    resp = hostile.after(rule[1], resp)
        else:
            resp = self._dispatch(req)
        resp.headers.setdefault("Date", http_date(self.clock()))
        return resp

    def _dispatch(self, req: Request) -> Response:
        handler = HOSTS.get(req.host)
        if handler is None and any(p.instance == req.host for p in self._world.on("mastodon")):
            handler = platforms.mastodon
        if handler is None and (req.host == "mastodon.social" or any(
                d.handle.lower().endswith("@" + req.host) for d in self._world.deleted
                if d.platform == "mastodon")):
            # a deleted account's server still answers (404 "Record not found"): it is gone,
            # not unreachable
            handler = platforms.mastodon
        if handler is None and req.host.endswith("linkedin.com"):
            handler = platforms.linkedin
        if handler is not None:
            resp = handler(self, req)
        elif req.host in images.CDN_HOSTS:
            resp = self.cdn(req)
        elif (site := self._world.site(req.host)) is not None:
            resp = self.website(site, req)
        else:
            resp = self.unknown_host(req.host)
        return resp

    def unknown_host(self, host: str) -> Response:
        """A host the simulated web does not serve: 421 Misdirected Request (this server cannot
        answer for that host), with the names it does serve.

        On the real web such a name does not resolve. A local server reached through the
        wildcard pin (``--resolve '*=127.0.0.1:PORT'``) cannot make a lookup fail, so it says
        "not mine" and the routing layer (crawler/resolve.py ``unserved``) reads a wildcard
        pin's 421 as real DNS would have answered: no such name (``dns_error``; an IP literal:
        ``connection_refused``), never a page and never "not found". curl shows the 421 and
        this page."""
        sites = sorted(h for s in self._world.sites for h in s.hosts)
        body = ("<html><head><title>421 Misdirected Request</title></head><body>"
                "<h1>421 Misdirected Request</h1>"
                f"<p>The simulated web serves no host named {esc(host)}.</p>"
                "<p>It serves: the platforms' hosts (simweb/server.py HOSTS: "
                f"{esc(', '.join(sorted(HOSTS)))}), any linkedin.com host, mastodon.social and "
                "every Mastodon <code>instance</code> of the world, the avatar CDNs, and the "
                f"world's sites: {esc(', '.join(sites)) or '(none)'}.</p></body></html>")
        return html_response(body, 421, server="simweb")

    def cdn(self, req: Request) -> Response:
        spec = self._avatars.get((req.host, req.path))
        if spec is None:
            return Response(404, b"Not Found", {"Content-Type": "text/plain; charset=utf-8"})
        body, ctype = images.render(spec)
        return Response(200, body, {"Content-Type": ctype, "Cache-Control": "max-age=1209600",
                                    "Access-Control-Allow-Origin": "*"})

    # ------------------------------------------------------------------ websites
    def website(self, site: Site, req: Request) -> Response:
        path = req.path or "/"
        if path == "/.well-known/atproto-did":
            did = self._atproto_did(site, req.host)
            if did:
                return text_response(did)
        if req.host != site.host and site.kind == "company":
            qs = urlsplit("?" + "&".join(f"{k}={v[0]}" for k, v in req.query.items())).query
            return redirect(f"https://{site.host}{path}" + (f"?{qs}" if qs else ""), 301)
        if path == "/robots.txt":
            return text_response(site.robots)
        if path == "/sitemap.xml":
            urls = "".join(f"<url><loc>https://{site.host}{p}</loc></url>"
                           for p in site.pages if not p.startswith("/private"))
            return text_response('<?xml version="1.0" encoding="UTF-8"?>'
                                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                 f"{urls}</urlset>", content_type="application/xml; charset=utf-8")
        if path == "/events" and site.calendar:
            return self._calendar(site, req)
        if site.kind == "lookalike" and req.method == "POST":
            thanks = "<h1>Thank you!</h1><p>Your reward is being processed.</p>"
            return self._page(site, "/claim", thanks, "Claim | " + site.title)
        page = site.pages.get(path) or site.pages.get(path.rstrip("/") or "/")
        if page is None:
            return self._page(site, path, "<h1>404</h1><p>Page not found.</p>", "Not found", 404)
        return self._page(site, path, page.body + _page_links(page.links), page.title)

    def _atproto_did(self, site: Site, host: str) -> str | None:
        """What ``https://<host>/.well-known/atproto-did`` answers 200 with, or None (then the
        path is served like any other: a company alias's 301 to the main host, else a 404).

        As a real site: the file is one file of the site, so every host that serves the site's
        pages serves it (the main host; any alias of a site that does not redirect its aliases).
        A company site's alias redirects every path to the main host, this one too, except on
        the host that *is* a Bluesky handle: Bluesky resolves ``<handle>`` by fetching
        ``https://<handle>/.well-known/atproto-did`` and follows no redirect, so a handle that
        Bluesky shows as valid implies its own host answers (the site exempts that path).
        The DID is the site's ``atproto_did``, else the DID of the Bluesky account whose handle
        is one of the site's hosts (a world need not repeat it in the site entry).
        """
        handles = [p for h in site.hosts if (p := self._world.profile("bluesky", h)) is not None]
        own = next((p for p in handles if p.key[1] == host), None)
        did = site.atproto_did or (platforms.bluesky_did(self, (own or handles[0]))
                                   if handles else None)
        if did is None:
            return None
        if own is not None or host == site.host or site.kind != "company":
            return did
        return None  # an alias of a company site: redirected like every other path

    def _calendar(self, site: Site, req: Request) -> Response:
        """An endless events calendar: every month links the next one (a crawler trap)."""
        month = req.arg("month") or self._world.now[:7]
        m = re.fullmatch(r"(\d{4})-(\d{2})", month)
        if not m or not 1 <= int(m.group(2)) <= 12:
            return self._page(site, "/events", "<h1>404</h1>", "Not found", 404)
        y, mo = int(m.group(1)), int(m.group(2))
        prev = f"{y - (mo == 1)}-{(mo - 2) % 12 + 1:02d}"
        nxt = f"{y + (mo == 12)}-{mo % 12 + 1:02d}"
        body = (f"<h1>Events in {y}-{mo:02d}</h1><p>No events this month.</p>"
                f'<p><a href="/events?month={prev}">Previous month</a> · '
                f'<a href="/events?month={nxt}">Next month</a></p>')
        here = f"{y}-{mo:02d}"
        return self._page(site, f"/events?month={here}", body, f"Events {here} | {site.title}")

    def _page(self, site: Site, path: str, body: str, title: str, status: int = 200) -> Response:
        footer = "".join(
            f'<li><a href="{esc(url)}"' + (f' rel="{esc(rel)}"' if rel else "")
            + f">{esc(text)}</a></li>"
            for url, text, rel in site.footer)
        year = self._world.now[:4]
        page = f"""<!DOCTYPE html>
<html lang="{site.lang}"><head><meta charset="{site.charset}">
<meta http-equiv="Content-Type" content="text/html; charset={site.charset}">
<title>{esc(title)}</title>
<link rel="canonical" href="https://{site.host}{esc(path)}">
<meta property="og:site_name" content="{esc(site.title)}">
</head><body>
<header><a href="/">{esc(site.title)}</a></header>
<main>
{body}
</main>
<footer><ul class="social">{footer}</ul><p>&copy; {year} {esc(site.title)}</p></footer>
</body></html>"""
        return html_response(page, status, charset=site.charset, server="nginx")


def _page_links(links: tuple[tuple[str, str], ...]) -> str:
    """A page's ``links:`` entries as a list after its body (escaped: worlds hold any text)."""
    if not links:
        return ""
    items = "".join(f'<li><a href="{esc(url)}">{esc(text)}</a></li>' for url, text in links)
    return f'\n<ul class="links">{items}</ul>'


def _anchor(world: World) -> tuple[datetime, float]:
    """(the world's ``now:`` as a datetime, the monotonic moment it starts to run from)."""
    return datetime.fromtimestamp(iso_to_epoch(world.now), UTC), time.monotonic()


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: without TCP_NODELAY, Nagle + delayed ACK cost
    # ~40 ms per keep-alive request (measured: 22 req/s instead of thousands)
    disable_nagle_algorithm = True
    server_version = "simweb"
    sys_version = ""
    app: App
    sim: SimWeb

    def _serve(self, method: str) -> None:
        parts = urlsplit(self.path)
        host = (self.headers.get("Host") or "").strip().lower()
        host = re.sub(r":\d+$", "", host)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        query = parse_qs(parts.query, keep_blank_values=True)
        headers = {k.lower(): v for k, v in self.headers.items()}
        req = Request(method, host, parts.path or "/", query, headers, body)
        try:
            resp = self.sim.app.handle(req)
        except Exception as exc:  # a bug in the simulation must show, not hang the crawler
            resp = html_response(f"<h1>500</h1><pre>{esc(repr(exc))}</pre>", 500)
        path_q = parts.path + (f"?{parts.query}" if parts.query else "")
        fault = resp.action if isinstance(resp, hostile.Fault) else ""
        with self.sim._log_lock:
            self.sim.request_log.append((method, host, path_q, 0 if fault == "reset" else
                                         resp.status))
            self.sim.header_log.append((method, host, path_q, headers))
        if fault:
            self._misbehave(resp, method)  # type: ignore[arg-type]
            return
        self.send_response(resp.status, resp.reason)
        for k, v in resp.headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(resp.body)

    def _misbehave(self, resp: hostile.Fault, method: str) -> None:
        """Deliver a hostile answer: reset, late, trickling, or of unannounced length."""
        import socket
        import struct

        self.close_connection = True
        if resp.action == "reset":
            # SO_LINGER 0: close() sends RST, the client sees a reset, not a clean close
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()  # before socketserver's shutdown(SHUT_WR) sends a FIN
            return
        if resp.action == "header_flood":
            self._header_flood(resp)
            return
        try:
            if resp.action == "sleep":
                time.sleep(resp.seconds)
            self.send_response(resp.status, resp.reason)
            for k, v in resp.headers.items():
                self.send_header(k, v)
            if resp.action != "no_length":
                self.send_header("Content-Length", str(len(resp.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if method == "HEAD":
                return
            if resp.action == "slow_body":
                self.wfile.flush()
                n = max(1, resp.chunks)
                step = max(1, -(-len(resp.body) // n))
                for i in range(0, len(resp.body), step):
                    time.sleep(resp.seconds / n)
                    self.wfile.write(resp.body[i:i + step])
                    self.wfile.flush()
            else:
                self.wfile.write(resp.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout): that is the point

    def _header_flood(self, resp: hostile.Fault) -> None:
        """A head that never ends, until the client hangs up (or 2 GB / 10 minutes pass, so a
        client without limits cannot keep this thread for ever)."""
        deadline = time.monotonic() + 600
        sent = 0
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
            if resp.mode == "fold":
                self.wfile.write(b"X-Folded: start\r\n")
            elif resp.mode == "line":
                self.wfile.write(b"X-Endless: ")
            n = 0
            while sent < 2_000_000_000 and time.monotonic() < deadline:
                n += 1
                if resp.mode == "count":
                    chunk = b"".join(b"X-Flood-%d-%d: %s\r\n" % (n, i, b"f" * 40)
                                     for i in range(200))
                elif resp.mode == "fold":
                    chunk = b" continued" * 20 + b"\r\n"
                    chunk *= 100
                elif resp.mode == "line":
                    chunk = b"a" * 16384
                else:  # drip
                    chunk = b"X-Drip-%d: d\r\n" % n
                    time.sleep(resp.seconds)
                self.wfile.write(chunk)
                self.wfile.flush()
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the client cut it: that is the point

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._serve("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve("HEAD")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # request_log is the record; stderr noise would drown test output

    def send_response(self, code: int, message: str | None = None) -> None:
        # BaseHTTPRequestHandler adds Server and Date itself; keep ours (the platform's) instead.
        self.log_request(code)
        self.send_response_only(code, message or self.responses.get(code, ("",))[0] or "Unknown")


class SimWeb:
    """The simulated web on 127.0.0.1, in a daemon thread. A context manager.

    ``world`` may be replaced while running (history tests change it between two audits);
    ``request_log`` holds ``(method, host, path_with_query, status)`` of every request;
    ``header_log`` the same requests as ``(method, host, path_with_query, headers)`` with
    header names in lower case (what credentials, user agents and Accept headers arrived).
    """

    def __init__(self, world: World | None = None, host: str = "127.0.0.1", port: int = 0):
        self.app = App(world or load_world())
        self._bind = (host, port)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._log_lock = threading.Lock()
        self.request_log: list[tuple[str, str, str, int]] = []
        self.header_log: list[tuple[str, str, str, dict[str, str]]] = []
        self.started_at: datetime | None = None

    @property
    def world(self) -> World:
        return self.app.world

    @world.setter
    def world(self, world: World) -> None:
        self.app.world = world

    def start(self) -> SimWeb:
        handler = type("BoundHandler", (_RequestHandler,), {"sim": self})
        self._httpd = ThreadingHTTPServer(self._bind, handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="simweb",
                                        kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        self.app.port = self.port
        self.started_at = self.app.clock()  # the world's time, as every answer's Date header
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("SimWeb is not started")
        return self._httpd.server_address[1]

    @property
    def address(self) -> str:
        return f"{self._bind[0]}:{self.port}"

    @property
    def resolve_map(self) -> dict[str, str]:
        """The BRANDSWEEP_RESOLVE setting that routes every host here."""
        return {"*": self.address}

    def reset(self, world: World | None = None) -> None:
        """Start afresh between two audits: clear request_log and one-time behaviours
        (``rate_limited_once``), optionally with a new world."""
        if world is not None:
            self.world = world
        self.app.reset()
        with self._log_lock:
            self.request_log.clear()
            self.header_log.clear()

    def requests_to(self, host: str) -> list[tuple[str, str, str, int]]:
        with self._log_lock:
            return [r for r in self.request_log if r[1] == host]

    def headers_to(self, host: str) -> list[tuple[str, str, str, dict[str, str]]]:
        """``header_log`` entries of requests to ``host``."""
        with self._log_lock:
            return [r for r in self.header_log if r[1] == host]

    def __enter__(self) -> SimWeb:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
