"""A resumed audit does not ask again a search page that answered, nor a platform's recent
calibration: it replays what they led to.

A search page that really searched is kept in ``search_pages`` (a ``SearchPage`` item: what it
listed, how to reach the next page); a calibration that gave a definite answer in
``calibrations`` (per platform). The resumed crawl skips them and replays what they led to (the
profiles listed are still sighted and probed unless their observation is stored). A page that
was rate-limited, blocked or failed, and a calibration that could not be read, are never kept.
Fast: a real SQLite store, the spider's functions called directly, no crawl.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, TextResponse
from scrapy.statscollectors import MemoryStatsCollector

from crawler import store as store_module
from crawler.distributed.codec import decode_item, encode_item
from crawler.items import Calibration, CoverageGap, SearchHit, SearchPage
from crawler.options import AuditOptions, scrapy_settings
from crawler.pipelines import StorePipeline
from crawler.runner import load_plan
from crawler.spiders import platform_search, probes, web_search
from crawler.spiders.checkpoint import (
    CALIBRATION_MAX_AGE,
    Checkpoint,
    calibration_rules,
    fresh_calibrations,
)
from crawler.spiders.sweep import SweepSpider
from crawler.store import Store, StoreSchemaError
from matching.models import LinkedPage, ProbeState, ProfileFields, ProfileObservation, Sighting
from tests.builders import resumable_spider

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"
DDG_PAGE = """<html><body>
<div class="result"><h2>
<a href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fgithub.com%2Fnorthwind-fake&rut=x">
Northwind support</a></h2><a class="result__snippet">Official Northwind help</a></div>
<div class="result"><h2><a href="https://northwind-refunds.example/claim">Northwind refund</a></h2>
<a class="result__snippet">Claim your Northwind refund now, verify your wallet</a></div>
<div class="nav-link"><form><input type="submit" value="Next"><input name="q" value="x">
<input name="s" value="10"><input name="vqd" value="4-123"></form></div>
</body></html>"""


def _spider(tmp_path: Path, resume: bool, audit: int | None = None,
            platforms: tuple[str, ...] = ("github",),
            platforms_files: tuple[Path, ...] = ()) -> tuple[SweepSpider, int]:
    return resumable_spider(tmp_path, resume, audit, platforms=platforms, max_variants=3,
                            platforms_files=platforms_files)


def _answer(request: Request, body: str, status: int = 200, **meta: object) -> TextResponse:
    request.meta.update(meta)
    cls = HtmlResponse if body.lstrip().startswith("<") else TextResponse
    return cls(request.url, status=status, body=body.encode(), encoding="utf-8",
               request=request)


def _kinds(out: list[object]) -> list[object]:
    """What a callback yielded, comparable: items as they are, requests by method and URL."""
    return [(o.method, o.url, o.body) if isinstance(o, Request) else o for o in out]


def _stored(tmp_path: Path, audit: int, items: list[object]) -> None:
    with Store(tmp_path / "a.db") as store:
        store.add_search_pages(audit, [o for o in items if isinstance(o, SearchPage)])


# --------------------------------------------------------------------------- the store


def test_search_pages_and_calibrations_are_upserted(tmp_path: Path) -> None:
    page = SearchPage("web_search", "duckduckgo", '"Northwind"', 1, "https://d/?q=n",
                      (SearchHit("https://github.com/nw"), SearchHit("https://x", "h", "T", None)),
                      next_form=(("q", "n"), ("vqd", "4-1")))
    with Store(tmp_path / "a.db") as store:
        assert "009_search_pages_calibrations" in store.migrations()
        store.add_search_pages(1, [page, page])
        nothing = SearchPage("platform_search", "github", "nw", 1, "u", state="not_found")
        store.add_search_pages(1, [nothing])
        assert store.search_pages(1) == [page, nothing]
        assert store.search_pages(2) == []
        store.add_calibrations(1, [Calibration("github", "not_found", "http_404")])
        store.add_calibrations(2, [Calibration("github", "found", None)])
        ((state, reason, audit, at, rules),) = store.calibrations().values()
        assert (state, reason, audit, rules) == ("found", None, 2, "")  # the newest, whoever
        assert "010_calibration_rules" in store.migrations()
        assert datetime.fromisoformat(at).tzinfo is not None


def test_an_older_brandsweep_refuses_the_file_and_says_why(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    Store(tmp_path / "a.db").close()
    known = store_module.MIGRATIONS[-2][0]  # the last one the "older" brandsweep knows
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:-1])
    with pytest.raises(StoreSchemaError,
                       match="newer brandsweep .schema 0.+ up to "
                       + known):
        Store(tmp_path / "a.db")


def test_a_calibration_is_reused_only_when_settled_and_recent() -> None:
    now = datetime(2026, 12, 7, 12, tzinfo=UTC)
    at = (now - CALIBRATION_MAX_AGE + timedelta(minutes=1)).isoformat()
    old = (now - CALIBRATION_MAX_AGE).isoformat()
    stored = {"github": ("not_found", "http_404", 1, at, "r1"), "x": ("found", None, 3, at, ""),
              "reddit": ("unverifiable", "login_wall", 1, at, "r"),
              "tiktok": ("not_found", None, 1, old, "r"),
              "future": ("not_found", None, 1, (now + timedelta(hours=1)).isoformat(), "r"),
              "junk": ("not_found", None, 1, "yesterday", "r")}
    fresh = fresh_calibrations(stored, now)
    assert fresh == {"github": (ProbeState.NOT_FOUND, "http_404", "r1"),
                     "x": (ProbeState.FOUND, None, "")}
    checkpoint = Checkpoint(calibrations=fresh)
    assert checkpoint.calibration("github", "r1") == (ProbeState.NOT_FOUND, "http_404")
    # made under other rules (the entry changed since), or before the rules were kept: asked
    assert checkpoint.calibration("github", "r2") is None
    assert checkpoint.calibration("x", "r1") is None


def test_the_pipeline_and_the_redis_codec_carry_both_items(tmp_path: Path) -> None:
    page = SearchPage("web_search", "duckduckgo", "q", 2, "u", (SearchHit("https://a", "", "t"),),
                      next_form=(("q", "q"),), has_more=True)
    calibration = Calibration("github", "not_found", "http_404", "0123abcd")
    for item in (page, calibration):  # a worker on another machine sends them the same way
        assert decode_item(encode_item(item).encode()) == item
    pipe = StorePipeline(str(tmp_path / "a.db"), 1)
    pipe.open_spider()
    pipe.process_item(page)
    pipe.process_item(calibration)
    pipe.close_spider()
    with Store(tmp_path / "a.db") as store:
        assert store.search_pages(1) == [page]
        stored = store.calibrations()["github"]
        assert stored[:3] == ("not_found", "http_404", 1) and stored[4] == "0123abcd"


# --------------------------------------------------------------------------- web search


def test_a_settled_web_search_page_is_replayed_not_asked(tmp_path: Path) -> None:
    fresh, audit = _spider(tmp_path, resume=False)
    assert fresh.search_engine == "duckduckgo"
    first = next(web_search.start(fresh))
    live = list(web_search.parse(fresh, _answer(first, DDG_PAGE)))
    (page,) = [o for o in live if isinstance(o, SearchPage)]
    assert page.page == 1 and len(page.hits) == 2 and dict(page.next_form)["vqd"] == "4-123"
    # it led to a sighting (and its probe), a visit to the refund site and the next page
    assert any(isinstance(o, Sighting) and o.handle == "northwind-fake" for o in live)
    assert any(isinstance(o, Request) and "northwind-refunds" in o.url for o in live)
    assert any(isinstance(o, Request) and b"vqd=4-123" in (o.body or b"") for o in live)
    _stored(tmp_path, audit, live)
    # its next page has not answered: page 1 is asked again, for a fresh "Next" token (vqd)
    stale, _ = _spider(tmp_path, resume=True, audit=audit)
    assert isinstance(next(web_search.start(stale)), Request)
    with Store(tmp_path / "a.db") as store:  # now page 2 answered too (listing nothing new)
        store.add_search_pages(audit, [SearchPage("web_search", "duckduckgo", page.query, 2,
                                                  page.url)])

    resumed, _ = _spider(tmp_path, resume=True, audit=audit)
    replayed = list(web_search.start(resumed))
    # neither is asked again; what page 1 led to is the same, the page item and the request
    # for page 2 aside
    kept = [o for o in live if o is not page and not (isinstance(o, Request) and o.body
                                                      and b"vqd=4-123" in o.body)]
    assert _kinds(replayed[:len(kept)]) == _kinds(kept)
    assert resumed.crawler.stats.get_value("brandsweep/resume/skipped/search") == 2
    assert resumed.crawler.stats.get_value("brandsweep/web_search/duckduckgo/pages") == 2
    # a fresh audit asks it, whatever the store holds
    assert isinstance(next(web_search.start(_spider(tmp_path, resume=False)[0])), Request)


def test_a_web_search_page_that_could_not_search_is_asked_again(tmp_path: Path) -> None:
    spider, _ = _spider(tmp_path, resume=False)
    first = next(web_search.start(spider))
    for status, body in ((202, "<form id='challenge-form'></form>"), (429, "<p>slow</p>"),
                         (500, "<p>error</p>")):
        out = list(web_search.parse(spider, _answer(first, body, status)))
        assert [type(o) for o in out] == [CoverageGap], status


# --------------------------------------------------------------------------- platform search


def _github_page(handles: list[str]) -> str:
    return json.dumps({"total_count": 100, "items": [
        {"login": h, "html_url": f"https://github.com/{h}", "id": i, "type": "User"}
        for i, h in enumerate(handles)]})


def test_a_settled_platform_search_page_is_replayed_its_profiles_probed(tmp_path: Path) -> None:
    fresh, audit = _spider(tmp_path, resume=False)
    first = next(platform_search.start(fresh))
    live = list(platform_search.parse(fresh, _answer(first, _github_page(["nw-help", "nw2"]))))
    (page,) = [o for o in live if isinstance(o, SearchPage)]
    assert [h.handle for h in page.hits] == ["nw-help", "nw2"]
    _stored(tmp_path, audit, live)
    with Store(tmp_path / "a.db") as store:  # "nothing matched" is settled too
        store.add_search_pages(audit, [SearchPage("platform_search", "github", "Northwind", 9,
                                                  "u", state="not_found")])

    resumed, _ = _spider(tmp_path, resume=True, audit=audit)
    replayed = list(platform_search.start(resumed))
    assert _kinds(replayed[:len(live) - 1]) == _kinds([o for o in live if o is not page])
    # the profiles it listed are probed: their observations were not stored
    assert {o.meta["bs"]["handle"] for o in replayed if isinstance(o, Request)
            and o.meta.get("bs", {}).get("kind") != "search"} >= {"nw-help", "nw2"}
    assert resumed.crawler.stats.get_value("brandsweep/resume/skipped/search") == 1


def test_a_refused_or_rate_limited_platform_search_is_never_settled(tmp_path: Path) -> None:
    spider, _ = _spider(tmp_path, resume=False)
    first = next(platform_search.start(spider))
    failed = list(platform_search.parse(spider, _answer(first, "{}", 503)))
    assert not [o for o in failed if isinstance(o, SearchPage)]
    limited = list(platform_search.parse(spider, _answer(first, _github_page(["a"]), 200,
                                                         brandsweep_rate_limited=True)))
    assert not [o for o in limited if isinstance(o, SearchPage)]
    assert any(isinstance(o, Sighting) for o in limited)  # what it listed is still used


def _bluesky_page(handles: list[str], cursor: str) -> str:
    return json.dumps({"actors": [{"handle": h, "did": f"did:plc:{h}", "displayName": h}
                                  for h in handles], "cursor": cursor})


def test_a_bluesky_page_whose_cursor_led_nowhere_yet_is_asked_again(tmp_path: Path) -> None:
    """Bluesky's search pages with a cursor its server issued (documented as a "pagination
    mechanism", never as lasting): a stored page 1 whose page 2 had not answered is asked
    again for a fresh cursor; once page 2 answered too, both are replayed."""
    fresh, audit = _spider(tmp_path, resume=False, platforms=("bluesky",))
    first = next(platform_search.start(fresh))
    live = list(platform_search.parse(fresh, _answer(first, _bluesky_page(["nw-a.bsky.social"],
                                                                          "c-25"))))
    (page,) = [o for o in live if isinstance(o, SearchPage)]
    assert "cursor=c-25" in page.next_url
    _stored(tmp_path, audit, live)
    stale, _ = _spider(tmp_path, resume=True, audit=audit, platforms=("bluesky",))
    again = next(platform_search.start(stale))
    assert isinstance(again, Request) and again.url == first.url
    assert not stale.crawler.stats.get_value("brandsweep/resume/skipped/search")
    with Store(tmp_path / "a.db") as store:  # page 2 answered (the last one read: cap 2)
        store.add_search_pages(audit, [SearchPage("platform_search", "bluesky", page.query, 2,
                                                  page.next_url, (SearchHit("u", "b"),),
                                                  "https://x/?cursor=c-50")])
    resumed, _ = _spider(tmp_path, resume=True, audit=audit, platforms=("bluesky",))
    replayed = list(platform_search.start(resumed))
    assert not [o for o in replayed if isinstance(o, Request)  # neither page asked
                and o.meta.get("bs_search", {}).get("query") == page.query]
    assert resumed.crawler.stats.get_value("brandsweep/resume/skipped/search") == 2


def test_pages_numbered_by_the_client_are_replayed_whatever_follows(tmp_path: Path) -> None:
    """GitHub's page numbers (``paging: {type: page}``) are the client's own: no token to go
    stale, a stored page is replayed even when the next one never answered."""
    fresh, audit = _spider(tmp_path, resume=False)
    first = next(platform_search.start(fresh))
    live = list(platform_search.parse(fresh, _answer(first, _github_page(["nw-help"]))))
    (page,) = [o for o in live if isinstance(o, SearchPage)]
    assert page.next_url  # a page 2 to ask, never asked
    _stored(tmp_path, audit, live)
    resumed, _ = _spider(tmp_path, resume=True, audit=audit)
    assert not platform_search.stale_cursor(resumed, resumed.catalog["github"], page)
    list(platform_search.start(resumed))
    assert resumed.crawler.stats.get_value("brandsweep/resume/skipped/search") == 1


# --------------------------------------------------------------------------- calibrations


def test_a_recent_calibration_is_reused_on_resume(tmp_path: Path) -> None:
    fresh, audit = _spider(tmp_path, resume=False)
    (calibrate,) = [o for o in probes.start(fresh) if isinstance(o, Request)
                    and o.meta["bs"].get("kind") == "calibrate"]
    live = list(probes.calibrated(fresh, _answer(calibrate, "Not Found", 404)))
    assert live[0] == Calibration("github", "not_found", live[0].reason,
                                  calibration_rules(fresh.catalog["github"]))
    variants = [o.meta["bs"]["handle"] for o in live if isinstance(o, Request)]
    assert variants
    with Store(tmp_path / "a.db") as store:
        store.add_calibrations(audit, [live[0]])
        # one that could not be read is never reused, nor kept (``calibrated`` yields none)
        assert not [o for o in probes.calibrated(fresh, _answer(calibrate, "", 429))
                    if isinstance(o, Calibration)]

    resumed, _ = _spider(tmp_path, resume=True, audit=audit)
    rules = calibration_rules(resumed.catalog["github"])
    assert live[0].rules == rules
    assert resumed.checkpoint.calibration("github", rules) == (ProbeState.NOT_FOUND,
                                                               live[0].reason)
    out = [o for o in probes.start(resumed) if isinstance(o, Request)]
    assert not [o for o in out if o.meta["bs"].get("kind") == "calibrate"]
    assert [o.meta["bs"]["handle"] for o in out if o.meta["bs"].get("kind") == "variant"] \
        == variants
    stats = resumed.crawler.stats
    assert stats.get_value("brandsweep/resume/skipped/calibration") == 1
    assert stats.get_value("brandsweep/calibration/github") == "not_found"
    # a fresh audit calibrates, whatever the store holds; an old calibration is asked again
    assert len(Checkpoint.load(str(tmp_path / "a.db"), audit,
                               now=datetime.now(UTC) + CALIBRATION_MAX_AGE).calibrations) == 0


def test_a_calibration_made_under_other_rules_is_asked_again(tmp_path: Path) -> None:
    """The user's own catalog file edited between the stop and the resume (here: one more
    status means "no such user"): the stored calibration was read with the old rules, so the
    resumed audit calibrates again; under unchanged rules it reuses it."""
    fresh, audit = _spider(tmp_path, resume=False)
    (calibrate,) = [o for o in probes.start(fresh) if isinstance(o, Request)
                    and o.meta["bs"].get("kind") == "calibrate"]
    (made,) = [o for o in probes.calibrated(fresh, _answer(calibrate, "Not Found", 404))
               if isinstance(o, Calibration)]
    with Store(tmp_path / "a.db") as store:
        store.add_calibrations(audit, [made])
    edited = tmp_path / "mine.yaml"
    edited.write_text("platforms:\n  github:\n    views:\n      page:\n"
                      "        not_found: {status: [404, 410]}\n", encoding="utf-8")

    def calibrates(*files: Path) -> bool:
        resumed, _ = _spider(tmp_path, resume=True, audit=audit, platforms_files=files)
        return any(isinstance(o, Request) and o.meta["bs"].get("kind") == "calibrate"
                   for o in probes.start(resumed))

    assert not calibrates()
    assert calibrates(edited)
    changed, _ = _spider(tmp_path, resume=True, audit=audit, platforms_files=(edited,))
    assert calibration_rules(changed.catalog["github"]) != made.rules
    # what the rules do not depend on (the platform's name, pace, report form) changes nothing
    paced = tmp_path / "paced.yaml"
    paced.write_text("platforms:\n  github:\n    title: GitHub (ours)\n", encoding="utf-8")
    assert not calibrates(paced)


# --------------------------------------------------------------------------- distributed


def _full_checkpoint() -> Checkpoint:
    obs = ProfileObservation("github", "nw-help", "https://github.com/nw-help", ProbeState.FOUND,
                             http_status=200, fields=ProfileFields(display_name="NW"))
    page = LinkedPage("https://nw.example/", "github", "nw-help", http_status=200)
    search = SearchPage("web_search", "duckduckgo", "q", 1, "u", (SearchHit("https://a"),),
                        next_form=(("q", "q"), ("s", "10")))
    return Checkpoint({obs.key: obs}, {(page.url, "github", "nw-help"): page},
                      settled=frozenset({("github", "nw-1")}),
                      searches={("web_search", "duckduckgo", "q", 1): search},
                      calibrations={"github": (ProbeState.NOT_FOUND, "http_404", "r")})


def test_a_worker_gets_the_coordinator_s_checkpoint_through_redis(tmp_path: Path) -> None:
    """Workers on other machines never open the store: the resumed coordinator publishes
    the checkpoint (``audit.publish_checkpoint``) and each worker's spider skips with it."""
    pytest.importorskip("redis")
    from redis_server import RedisServer

    from crawler.distributed import audit
    from crawler.distributed.worker import WorkerSpider

    done = _full_checkpoint()
    assert Checkpoint.from_items(done.items()) == done  # the items give it back
    (tmp_path / "redis").mkdir()
    try:
        server = RedisServer(tmp_path / "redis")
    except FileNotFoundError:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    keys = audit.AuditKeys("brandsweep:t:1")
    with server:
        client = server.client()
        assert audit.checkpoint_items(client, keys) == []  # a fresh audit publishes none
        assert audit.publish_checkpoint(client, keys, done.items()) == 5
        client.rpush(keys.checkpoint, b"junk")  # dropped, with a warning
        got = Checkpoint.from_items(audit.checkpoint_items(client, keys))
        client.close()
    assert got == done
    plan = load_plan(AuditOptions(inventory=SEED, out=tmp_path, db=tmp_path / "a.db",
                                  platforms=("github",), max_variants=3))
    crawler = Crawler(WorkerSpider, scrapy_settings({}))
    crawler.stats = MemoryStatsCollector(crawler)
    spider = WorkerSpider.from_crawler(crawler, plan=plan, checkpoint=got)
    assert spider.checkpoint is got and spider.checkpoint.not_found("github", "nw-1")
    assert spider.checkpoint.search_page("web_search", "duckduckgo", "q", 1) is not None


def test_a_duckduckgo_page_travels_through_redis_as_the_form_it_was(tmp_path: Path) -> None:
    """DuckDuckGo's POST is a plain Request (a FormRequest cannot travel through Redis, so a
    distributed audit stopped at its first search): the same bytes as the form, same
    fingerprint."""
    from scrapy import FormRequest
    from scrapy.utils.request import fingerprint

    from crawler.distributed import wire

    spider, _ = _spider(tmp_path, resume=False)
    query = web_search.WebQuery('"Northwind Café"', "Northwind")
    form = {"q": query.text, "s": "10", "vqd": "4-1"}
    for fields in (None, form):
        req = web_search.search_request(spider, query, 2 if fields else 1, fields)
        was = FormRequest(web_search.DDG_URL, formdata=fields or web_search.ddg_form(query.text))
        assert (req.method, req.url, req.body) == (was.method, was.url, was.body)
        assert req.headers[b"Content-Type"] == was.headers[b"Content-Type"]
        assert fingerprint(req) == fingerprint(was)
        wire.dumps(req.to_dict(spider=spider))  # a FormRequest raised TypeError
