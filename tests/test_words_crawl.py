"""A user's words (``--words``) reach the crawl, not only the classifier.

The crawl judges text in two places: which web search results that are no profile deserve a
visit (a page naming the brand with scam wording), and what a company's own page says beside
its link to a channel ("our old channel, no longer updated"). Both read the user's phrases as
the classifier does, and the words travel with the plan wherever only paths can travel: the
spider's text arguments and a distributed audit's published payload. A real Scrapy crawler
object drives the spider's callbacks here, on responses built in memory (no network).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from urllib.parse import quote

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.distributed import audit
from crawler.plan import SweepPlan
from crawler.runner import spider_kwargs
from crawler.spiders import web_search, websites
from crawler.spiders.sweep import SweepSpider
from matching.models import Sighting
from matching.user_words import UserPhrase, UserWords

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"
WORDS = """words:
  - family: scam
    language: en
    phrases: [grab your barista bonus]
  - family: retired
    language: en
    phrases: [put out to pasture]
"""


@pytest.fixture(scope="module")
def plan() -> SweepPlan:
    return SweepPlan.load(SEED, ("x", "instagram"), max_variants=2)


def _spider(plan: SweepPlan, words: UserWords | None) -> SweepSpider:
    crawler = get_crawler(SweepSpider)
    return SweepSpider.from_crawler(crawler, plan=dataclasses.replace(plan, words=words))


def _user_words() -> UserWords:
    return UserWords((UserPhrase("scam", "en", "grab your barista bonus"),
                      UserPhrase("retired", "en", "put out to pasture")))


def _site_page(spider: SweepSpider) -> HtmlResponse:
    url = "https://northwindcoffee.com/"
    assert spider.is_official_url(url)
    body = ('<html><body><p>Our first channel, now put out to pasture: '
            '<a href="https://x.com/nwc_first">on X</a></p></body></html>')
    return HtmlResponse(url, body=body.encode(), encoding="utf-8",
                        request=Request(url, meta={"bs_depth": 0}))


@pytest.mark.parametrize("with_words", [True, False])
def test_company_page_note_reads_the_users_retired_words(plan: SweepPlan,
                                                         with_words: bool) -> None:
    spider = _spider(plan, _user_words() if with_words else None)
    sightings = [i for i in websites.parse_page(spider, _site_page(spider))
                 if isinstance(i, Sighting)]
    (seen,) = [s for s in sightings if s.handle == "nwc_first"]
    assert ("(put out to pasture)" in (seen.detail or "")) is with_words


def test_company_page_sighting_keeps_what_the_page_shows(plan: SweepPlan) -> None:
    """An official page's sighting keeps the page's text as a linked page's does
    (``Sighting.page_text``): matching reads "(archive)" or "closed in 2020" near the link."""
    spider = _spider(plan, None)
    (seen,) = [i for i in websites.parse_page(spider, _site_page(spider))
               if isinstance(i, Sighting) and i.handle == "nwc_first"]
    assert "Our first channel, now put out to pasture" in (seen.page_text or ""), seen


def _search_page(spider: SweepSpider) -> HtmlResponse:
    target = "https://coffee-perks.example.net/staff"
    wrapped = f"//duckduckgo.com/l/?uddg={quote(target, safe='')}&amp;rut=abc"
    body = (f'<html><body><div id="links" class="results"><div class="result results_links '
            f'web-result"><div class="links_main result__body"><h2 class="result__title">'
            f'<a class="result__a" href="{wrapped}">Northwind Coffee staff perks</a></h2>'
            f'<a class="result__snippet" href="{wrapped}">Grab your barista bonus before Friday'
            f'</a></div></div></div></body></html>')
    url = "https://html.duckduckgo.com/html/"
    meta = {"bs_web": {"engine": "duckduckgo", "query": '"Northwind Coffee"',
                       "brand": "Northwind Coffee", "page": 9, "platform": "x"}}
    return HtmlResponse(url, body=body.encode(), encoding="utf-8",
                        request=Request(url, meta=meta))


@pytest.mark.parametrize("with_words", [True, False])
def test_search_result_with_the_users_scam_words_gets_a_visit(plan: SweepPlan,
                                                              with_words: bool) -> None:
    spider = _spider(plan, _user_words() if with_words else None)
    visits = [r.url for r in web_search.parse(spider, _search_page(spider))
              if isinstance(r, Request) and "bs_search_site" in r.meta]
    assert visits == (["https://coffee-perks.example.net/staff"] if with_words else [])


def test_words_travel_with_the_spiders_text_arguments(tmp_path: Path, plan: SweepPlan) -> None:
    """``scrapy crawl sweep -a words_file=...``, the crawl subprocess and a distributed worker
    load the plan from text arguments: the words come with it."""
    words = tmp_path / "words.yaml"
    words.write_text(WORDS, encoding="utf-8")
    spider = SweepSpider(inventory=str(SEED), platforms="x", words_file=str(words))
    loaded = spider._load_plan(get_crawler(SweepSpider).settings)
    assert loaded.words is not None
    assert {p.phrase for p in loaded.words.phrases} == {"grab your barista bonus",
                                                        "put out to pasture"}
    assert SweepSpider(inventory=str(SEED), platforms="x")._load_plan(
        get_crawler(SweepSpider).settings).words is None


def test_runner_publishes_the_words_file_and_a_worker_gets_it(tmp_path: Path) -> None:
    from crawler.options import AuditOptions

    words = tmp_path / "words.yaml"
    words.write_text(WORDS, encoding="utf-8")
    options = AuditOptions(inventory=SEED, out=tmp_path, db=tmp_path / "a.db", words=_user_words(),
                           words_file=words)
    kwargs = spider_kwargs(options)
    assert kwargs["words_file"] == str(words)
    payload = audit.AuditPayload.from_files(1, SEED, (), None, {"platforms": "x"}, {},
                                            words_file=Path(kwargs["words_file"]))
    back = audit.AuditPayload.from_json(payload.to_json())
    worker_args = back.spider_kwargs(tmp_path / "worker")
    assert Path(worker_args["words_file"]).read_text(encoding="utf-8") == WORDS
    assert Path(worker_args["words_file"]).parent == tmp_path / "worker"
    without = audit.AuditPayload.from_json(audit.AuditPayload.from_files(
        1, SEED, (), None, {}, {}).to_json())
    assert without.spider_kwargs(tmp_path / "w2")["words_file"] == ""


def test_a_published_words_file_name_cannot_leave_the_worker_folder() -> None:
    payload = audit.AuditPayload(1, "inv.yaml", "organization: A\n",
                                 words_file=("../evil.yaml", "words: []\n"))
    with pytest.raises(ValueError, match="file name"):
        audit.AuditPayload.from_json(payload.to_json())
