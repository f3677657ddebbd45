"""A resumed audit does not fetch again the company's own website pages that answered recently:
it replays what they led to (crawler/spiders/websites.py, crawler/spiders/checkpoint.py).

A page or sitemap that answered is kept in ``site_pages`` (a ``SitePage`` item: its links with
their texts, the page's text); a resume replays one stored less than ``SITE_PAGE_MAX_AGE``
before, through the same code as a live answer, once per process. Fast: a real SQLite store,
the spider's functions called directly, no crawl.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse
from test_resume_searches import _kinds, _spider

from crawler.distributed.codec import decode_item, encode_item
from crawler.items import SitePage
from crawler.pipelines import StorePipeline
from crawler.spiders import websites
from crawler.spiders.checkpoint import (
    SITE_PAGE_MAX_AGE,
    Checkpoint,
    fresh_site_pages,
    site_key,
)
from crawler.store import Store
from matching.models import Sighting

HOME = "https://www.northwindcoffee.com"
PAGE = f"""<html><body>
<p>Follow us on <a href="https://www.instagram.com/northwindcoffee">Instagram</a>.</p>
<p>Our old page, no longer updated: <a href="https://x.com/NorthwindOld">X</a></p>
<a href="/about">About</a> <a href="{HOME}/menu?x=1#top">Menu</a>
<a href="https://partner.example/">A partner</a>
<link rel="me" href="https://github.com/northwind">
</body></html>"""
SITEMAP = f"""<?xml version="1.0"?><urlset>
<url><loc>{HOME}/stores</loc></url><url><loc>https://www.tiktok.com/@northwindcoffee</loc></url>
<url><loc>https://elsewhere.example/x</loc></url></urlset>"""


def _answer(request: Request, body: str, url: str | None = None) -> TextResponse:
    cls = HtmlResponse if "<html" in body else TextResponse
    if url is not None:  # redirected: Scrapy's redirect middleware keeps the first URL
        request = request.replace(url=url, meta={**request.meta,
                                                 "redirect_urls": [request.url]})
    return cls(request.url, status=200, body=body.encode(), encoding="utf-8", request=request)


def _live(spider, kind: str, url: str, body: str, final: str | None = None) -> list[object]:
    (request,) = websites.ask(spider, url, kind, websites.site_meta(HOME, 0 if kind == "page"
                                                                    else 1), 15)
    assert isinstance(request, Request)
    return list(request.callback(_answer(request, body, final)))


def test_site_pages_are_stored_upserted_and_fresh_ones_kept(tmp_path: Path) -> None:
    page = SitePage(HOME, "page", f"{HOME}/", ((f"{HOME}/about", "About"),), "Welcome")
    sitemap = SitePage(f"{HOME}/sitemap.xml", "sitemap", f"{HOME}/sitemap.xml",
                       ((f"{HOME}/stores", ""),), None, True)
    with Store(tmp_path / "a.db") as store:
        assert "012_site_pages" in store.migrations()
        store.add_site_pages(1, [page, sitemap, page])
        stored = store.site_pages(1)
        assert [p for p, _ in stored] == [page, sitemap] and store.site_pages(2) == []
    now = datetime.fromisoformat(stored[0][1])
    redirected = SitePage(f"{HOME}/old", "page", f"{HOME}/new")
    assert fresh_site_pages([*stored, (redirected, stored[0][1])], now + timedelta(hours=1)) == {
        (f"{HOME}/", "page"): page, (f"{HOME}/sitemap.xml", "sitemap"): sitemap,
        (f"{HOME}/old", "page"): redirected, (f"{HOME}/new", "page"): redirected}
    assert fresh_site_pages(stored, now + SITE_PAGE_MAX_AGE) == {}  # older: asked again
    assert fresh_site_pages([(page, "not a time")], now) == {}
    assert decode_item(encode_item(page)) == page  # a distributed audit's workers
    checkpoint = Checkpoint.from_items(Checkpoint(site_pages={(HOME, "page"): page}).items())
    assert checkpoint.site_page(f"{HOME}/", "page") == page and len(checkpoint) == 1


def test_a_replayed_page_leads_where_the_live_one_did(tmp_path: Path) -> None:
    """The live callback and the replay yield the same sightings, requests and gaps; the
    resumed crawl sends no request for the stored page and replays it once per process."""
    spider, audit = _spider(tmp_path, resume=False, platforms=("instagram", "x", "github",
                                                                 "tiktok"))
    live = _live(spider, "page", HOME, PAGE, final=f"{HOME}/")
    live_map = _live(spider, "sitemap", f"{HOME}/sitemap.xml", SITEMAP)
    stored = [o for o in live + live_map if isinstance(o, SitePage)]
    assert [(p.url, p.final_url, p.kind) for p in stored] == [
        (HOME, f"{HOME}/", "page"), (f"{HOME}/sitemap.xml", f"{HOME}/sitemap.xml", "sitemap")]
    assert stored[0].text and "Instagram" in stored[0].text
    sighted = {(o.platform, o.handle) for o in live + live_map if isinstance(o, Sighting)}
    assert {("instagram", "northwindcoffee"), ("x", "northwindold"), ("github", "northwind"),
            ("tiktok", "northwindcoffee")} <= sighted
    pipeline = StorePipeline(str(tmp_path / "a.db"), audit)
    pipeline.open_spider()
    for item in stored:
        pipeline.process_item(item)
    pipeline.close_spider()

    resumed, _ = _spider(tmp_path, resume=True, audit=audit,
                         platforms=("instagram", "x", "github", "tiktok"))
    meta = websites.site_meta(HOME, 0)
    replayed = list(websites.ask(resumed, HOME, "page", meta, 15))
    replayed_map = list(websites.ask(resumed, f"{HOME}/sitemap.xml", "sitemap",
                                     websites.site_meta(HOME, 1), 15))
    # URLs compared as the dupefilter reads them: w3lib 2.6 asks HOME as HOME + "/"
    assert not any(isinstance(o, Request) and site_key(o.url, "") in (
                       site_key(HOME, ""), site_key(f"{HOME}/sitemap.xml", ""))
                   for o in replayed + replayed_map)
    assert _kinds(replayed) == _kinds([o for o in live if not isinstance(o, SitePage)])
    assert _kinds(replayed_map) == _kinds([o for o in live_map if not isinstance(o, SitePage)])
    # what it led to: the official pages it links are asked (not stored), depth one deeper
    asked = {o.url: o.meta["bs_depth"] for o in replayed + replayed_map
             if isinstance(o, Request) and "brandsweep_site" in o.meta}
    assert asked[f"{HOME}/about"] == 1 and asked[f"{HOME}/stores"] == 1
    # once per process, as the dupefilter lets a live crawl fetch a page once (the same URL
    # as the dupefilter reads it: with or without the root's slash, a fragment)
    assert list(websites.ask(resumed, HOME, "page", meta, 15)) == []
    assert list(websites.ask(resumed, f"{HOME}/#top", "page", meta, 15)) == []
    # nor the URL it redirected to, which the live crawl's dupefilter had seen
    assert list(websites.ask(resumed, f"{HOME}/", "page", meta, 15)) == []
    stats = resumed.crawler.stats
    assert stats.get_value("brandsweep/resume/skipped/site") == 2
    assert stats.get_value("brandsweep/site/pages") == 1  # the replayed page counts as read


def test_a_fresh_audit_and_an_old_page_fetch_again(tmp_path: Path) -> None:
    spider, audit = _spider(tmp_path, resume=False)
    with Store(tmp_path / "a.db") as store:
        store.add_site_pages(audit, [SitePage(HOME, "page", HOME)])
    fresh, _ = _spider(tmp_path, resume=False, audit=audit)
    (request,) = websites.ask(fresh, HOME, "page", websites.site_meta(HOME, 0), 15)
    assert isinstance(request, Request) and site_key(request.url, "") == site_key(HOME, "")
    with Store(tmp_path / "a.db") as store:
        store.db.execute("UPDATE site_pages SET recorded_at = ?",
                         ((datetime.now(UTC) - SITE_PAGE_MAX_AGE).isoformat(),))
        store.db.conn.commit()
    old, _ = _spider(tmp_path, resume=True, audit=audit)
    (request,) = websites.ask(old, HOME, "page", websites.site_meta(HOME, 0), 15)
    assert isinstance(request, Request) and site_key(request.url, "") == site_key(HOME, "")
