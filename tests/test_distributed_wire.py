"""Every request the spiders build travels through Redis (crawler/distributed/wire.py).

A distributed audit's queue holds requests as JSON (``wire.dumps`` / ``wire.loads``), and only
plain ``Request``\\ s with a spider callback pass. A request of a new kind (a ``FormRequest``,
a callback named otherwise, a meta value that is not data) would fail in the first distributed
audit that builds it, not in the single-process tests: DuckDuckGo's ``FormRequest`` did, and a
distributed audit with the default engine ended partial at its first search. Here the demo
world's first pages are answered in-process by the simulated web's own logic (no server, no
crawl), every request the spider builds on them (probes, calibrations, the official sites,
platform searches, DuckDuckGo pages, linked pages, ...) goes through the queue's codec, and
comes back the same request. Fast: a few hundred requests, no network.
"""

from __future__ import annotations

import inspect
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.request import fingerprint, request_from_dict

from crawler.distributed import wire
from crawler.options import AuditOptions
from crawler.runner import load_plan
from crawler.spiders.sweep import SweepSpider
from crawler.store import Store
from matching.models import ProbeState, ProfileFields, ProfileObservation, Sighting, Via
from tests.builders import store_spider

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"
#: requests followed per callback at each level (enough to meet every other kind, still fast)
PER_KIND = {"parse_profile": 20}
#: every kind of request the demo's first pages lead to (the callbacks that answer them)
KINDS = {"parse_profile", "parse_calibration", "parse_platform_search", "parse_web_search",
         "parse_site_page", "parse_linked_page"}


#: a profile that is not the company's and links a page off its site (a linked page to fetch)
IMPOSTOR = ProfileObservation(
    "instagram", "northwind.coffee.deals", "https://www.instagram.com/northwind.coffee.deals/",
    ProbeState.FOUND, http_status=200,
    fields=ProfileFields(display_name="Northwind Coffee giveaway", bio="Claim your prize",
                         external_links=("https://nw-giveaway.example/",)),
    sightings=(Sighting("instagram", "northwind.coffee.deals", Via.PLATFORM_SEARCH,
                        "search:instagram", "northwind"),))


def _spider(tmp_path: Path) -> SweepSpider:
    plan = load_plan(AuditOptions(inventory=SEED, out=tmp_path, db=tmp_path / "a.db",
                                  max_variants=2))
    assert plan.search_engine == "duckduckgo"  # what users run: the default engine
    with Store(tmp_path / "a.db") as store:
        audit = store.begin_audit(plan.inventory)
    return store_spider(plan, tmp_path / "a.db", audit)


def _answer(app: Any, request: Request) -> TextResponse:
    """``request`` answered by the simulated web's logic, in this process."""
    from simweb.http import Request as SimRequest

    url = urlsplit(request.url)
    headers = {k.decode().lower(): b", ".join(v).decode() for k, v in request.headers.items()}
    got = app.handle(SimRequest(request.method, (url.hostname or "").lower(), url.path or "/",
                                parse_qs(url.query, keep_blank_values=True), headers,
                                request.body))
    kind = str(got.headers.get("Content-Type", ""))
    cls = HtmlResponse if "html" in kind else TextResponse
    return cls(request.url, status=got.status, body=got.body, encoding="utf-8",
               headers=dict(got.headers), request=request)


def _round_trip(request: Request, spider: SweepSpider) -> Request:
    """What the queue does: ``AuditQueue._encode_request`` then ``_decode_request``."""
    text = wire.dumps(request.to_dict(spider=spider))
    return request_from_dict(wire.check(wire.loads(text.encode("utf-8")), spider),
                             spider=spider)


def _same(a: Request, b: Request) -> None:
    assert type(b) is Request
    assert (b.method, b.url, b.body, b.priority, b.dont_filter) == \
        (a.method, a.url, a.body, a.priority, a.dont_filter)
    assert dict(b.headers) == dict(a.headers)
    assert b.meta == a.meta and b.cb_kwargs == a.cb_kwargs
    assert getattr(b.callback, "__name__", b.callback) == getattr(a.callback, "__name__",
                                                                  a.callback)
    assert getattr(b.errback, "__name__", None) == getattr(a.errback, "__name__", None)
    assert fingerprint(b) == fingerprint(a)


@pytest.fixture(scope="module")
def demo_requests(tmp_path_factory: pytest.TempPathFactory) -> tuple[SweepSpider, list[Request]]:
    """The requests the spider builds at its start and on the answers to a few of each kind,
    two levels deep, over the demo world."""
    from simweb import load_world
    from simweb.server import App

    app = App(load_world())
    spider = _spider(tmp_path_factory.mktemp("wire"))
    seen: list[Request] = []
    level = [r for r in spider.initial() if isinstance(r, Request)]
    for _ in range(3):
        seen += level
        if {getattr(r.callback, "__name__", "") for r in seen} >= KINDS:
            break
        followed: Counter[str] = Counter()
        following: list[Request] = []
        for request in level:
            name = getattr(request.callback, "__name__", "parse")
            if followed[name] >= PER_KIND.get(name, 3):
                continue
            followed[name] += 1
            response = _answer(app, request)
            following += [r for r in request.callback(response) or ()
                          if isinstance(r, Request)]
        level = following
    # a linked page: the first such profile is met deep in the crawl, so one is given here
    seen += [r for r in spider.follow_links(IMPOSTOR) if isinstance(r, Request)]
    return spider, seen


def test_every_request_the_demo_s_first_pages_lead_to_survives_the_queue(demo_requests):
    spider, requests = demo_requests
    kinds = Counter(getattr(r.callback, "__name__", "parse") for r in requests)
    assert set(kinds) >= KINDS, kinds
    assert any(r.method == "POST" for r in requests)  # DuckDuckGo's form
    for request in requests:
        _same(request, _round_trip(request, spider))


def test_a_form_request_is_refused_loudly(demo_requests):
    """What DuckDuckGo's request was: the queue's writer raises (never a silent drop)."""
    from scrapy import FormRequest

    spider, _ = demo_requests
    form = FormRequest("https://html.duckduckgo.com/html/", formdata={"q": "northwind"},
                       callback=spider.parse_web_search)
    with pytest.raises(TypeError, match="only plain Requests"):
        wire.dumps(form.to_dict(spider=spider))


def test_every_spider_callback_is_a_name_the_queue_accepts():
    """A callback the queue's schema refused would drop its requests in distributed audits
    only (``wire.CALLBACK``)."""
    names = [n for n, f in vars(SweepSpider).items()
             if inspect.isfunction(f) and (n.startswith("parse") or n.endswith("_failed"))]
    assert len(names) >= 15
    assert [n for n in names if not wire.CALLBACK.match(n)] == []
