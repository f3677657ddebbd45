"""Fediverse profiles on servers the catalog does not list (#11).

Mastodon is not one site: every server (``mastodon.dk``, ``snabelen.no``, a company's own
``social.example.com``) hosts accounts, and the catalog can list only the large ones. A page or
a search result may link ``https://<any host>/@name`` (or ``/users/name``); that path is how
Mastodon, and most software that speaks ActivityPub, shows a profile. The path alone proves
nothing (``/@name`` is also a blog's author page), so the server is asked once, politely, the
question every fediverse server answers: WebFinger
(``/.well-known/webfinger?resource=acct:name@host``). An answer whose subject is that account
and which names an ActivityPub actor (``rel=self``, ``application/activity+json``) makes the
link a Mastodon profile ``name@host``; it is then sighted and probed like any other (the
catalog's Mastodon entry takes the server from the handle). Any other answer (a 404, a web
page, a timeout) leaves the link alone: no sighting, no "not found".

Each (name, host) is asked once per audit; sightings from several pages that link the same
account while the question is out are kept and sighted together when the answer comes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from scrapy import Request

from matching.models import Via

from . import enrich

if TYPE_CHECKING:
    from scrapy.http import Response
    from twisted.python.failure import Failure

PLATFORM = "mastodon"
#: ``/@name``, ``/@name@server`` (a remote account shown by another server), ``/users/name``
_PATH = re.compile(r"^/(?:@(?P<at>[A-Za-z0-9_]{1,30})(?:@(?P<server>[A-Za-z0-9.-]+\.[A-Za-z]{2,}))?"
                   r"|users/(?P<user>[A-Za-z0-9_]{1,30}))/?$")
_HOST = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
#: the media types of an ActivityPub actor document
_ACTOR_TYPES = ("application/activity+json",
                'application/ld+json; profile="https://www.w3.org/ns/activitystreams"')
STAT_ASKED = "brandsweep/fediverse/webfinger_asked"
STAT_FOUND = "brandsweep/fediverse/actors_found"


def candidate(catalog: Any, url: str) -> tuple[str, str] | None:
    """(name, server) when ``url`` has a fediverse profile's path on a host no catalog
    platform claims; None otherwise (catalog hosts are read by the catalog's own patterns)."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(host):
        return None
    if catalog.platforms_for_host(host):
        return None
    m = _PATH.match(re.sub(r"/{2,}", "/", parts.path or "/"))
    if m is None:
        return None
    name = m.group("at") or m.group("user")
    server = (m.group("server") or host).lower()
    return name, server


def sighted(spider: Any, url: str, via: Via, source: str, detail: str = "",
            title: str | None = None, snippet: str | None = None,
            page_text: str | None = None) -> Iterator[Any]:
    """For a link the catalog did not recognise: when it looks like a fediverse profile, the
    WebFinger question (once per account), or, already answered, the sighting itself."""
    if PLATFORM not in spider.active:
        return
    hit = candidate(spider.catalog, url)
    if hit is None:
        return
    name, server = hit
    key = f"{name.lower()}@{server}"
    state = _state(spider)
    seen = {"via": str(Via(via)), "source": source, "detail": detail, "url": url,
            "title": title, "snippet": snippet, "page_text": page_text}
    if key in state["actors"]:
        if state["actors"][key]:
            yield from _sight(spider, name, server, seen)
        return
    if key in state["waiting"]:
        state["waiting"][key].append(seen)
        return
    state["waiting"][key] = [seen]
    stats = spider.crawler.stats
    if stats:
        stats.inc_value(STAT_ASKED)
    resource = quote(f"acct:{name}@{server}", safe=":@")
    yield Request(f"https://{server}/.well-known/webfinger?resource={resource}",
                  callback=spider.parse_webfinger, errback=spider.webfinger_failed,
                  meta={"bs_fedi": key, "handle_httpstatus_list": [400, 401, 403, 404, 410,
                                                                    429, 500, 502, 503]},
                  headers={"Accept": "application/jrd+json, application/json"}, priority=9)


def parse(spider: Any, response: Response) -> Iterator[Any]:
    """The server's WebFinger answer: an actor of this account makes every waiting link a
    Mastodon sighting; anything else drops them."""
    key = response.meta["bs_fedi"]
    name, _, server = key.partition("@")
    is_actor = response.status == 200 and _names_actor(response.body, name, server)
    state = _state(spider)
    state["actors"][key] = is_actor
    waiting = state["waiting"].pop(key, [])
    if not is_actor:
        return
    stats = spider.crawler.stats
    if stats:
        stats.inc_value(STAT_FOUND)
    for seen in waiting:
        yield from _sight(spider, name, server, seen)


def failed(spider: Any, failure: Failure) -> Iterator[Any]:
    """No answer: the links stay what they were, links to some page (no sighting, no gap:
    nothing says they were profiles)."""
    key = failure.request.meta.get("bs_fedi")  # type: ignore[attr-defined]
    state = _state(spider)
    state["waiting"].pop(key, None)
    state["actors"][key] = False
    return iter(())


def _names_actor(body: bytes, name: str, server: str) -> bool:
    try:
        doc = json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        return False
    if not isinstance(doc, dict):
        return False
    subject = str(doc.get("subject") or "").lower().removeprefix("acct:")
    aliases = [str(a).lower() for a in doc.get("aliases") or [] if isinstance(a, str)]
    wanted = f"{name}@{server}".lower()
    if subject != wanted and not any(a.rstrip("/").endswith((f"/@{name.lower()}",
                                                              f"/users/{name.lower()}"))
                                     for a in aliases):
        return False
    links = doc.get("links") or []
    return any(isinstance(link, dict) and link.get("rel") == "self"
               and str(link.get("type") or "") in _ACTOR_TYPES for link in links)


def _sight(spider: Any, name: str, server: str, seen: dict[str, Any]) -> Iterator[Any]:
    yield from enrich.sighted(spider, PLATFORM, f"{name}@{server}", Via(seen["via"]),
                              seen["source"], seen["detail"], seen["url"],
                              title=seen["title"], snippet=seen["snippet"],
                              page_text=seen.get("page_text"))


def _state(spider: Any) -> dict[str, dict[str, Any]]:
    state = getattr(spider, "_fediverse", None)
    if state is None:
        state = {"actors": {}, "waiting": {}}
        spider._fediverse = state
    return state
