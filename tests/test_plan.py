"""The sweep's inputs are loaded once: the runner's SweepPlan goes to the spider as it is, and a
spider given only paths (a worker, ``python -m crawler.crawl``) loads the same plan, once, in
``from_crawler``; every discovery path reads one typed SweepContext built there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from scrapy.crawler import Crawler

from crawler.options import AuditOptions, UsageError, scrapy_settings
from crawler.plan import SweepPlan
from crawler.runner import load_plan
from crawler.spiders.context import SweepContext
from crawler.spiders.sweep import SweepSpider
from matching.variants import DEFAULT_MAX_VARIANTS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"


def _spider(**kwargs: object) -> SweepSpider:
    crawler = Crawler(SweepSpider, scrapy_settings({}))
    return SweepSpider.from_crawler(crawler, **kwargs)


def test_the_spider_takes_the_loaded_plan_and_reads_no_file(tmp_path: Path) -> None:
    copy = tmp_path / "inventory.yaml"
    shutil.copy(SEED, copy)
    plan = load_plan(AuditOptions(inventory=copy, out=tmp_path, db=tmp_path / "db",
                                  platforms=("x", "github"), max_variants=5))
    copy.unlink()  # the spider must not need it any more
    spider = _spider(plan=plan)
    assert spider.ctx.plan is plan
    assert spider.active == ("x", "github")
    assert spider.candidates == plan.candidates and spider.max_variants == 5
    assert {c.platform for c in spider.candidates} == {"x", "github"}


def test_paths_give_the_same_plan_as_the_runner(tmp_path: Path) -> None:
    """What a distributed worker does: the same files, the same candidates, in order."""
    runner = load_plan(AuditOptions(inventory=SEED, out=tmp_path, db=tmp_path / "db"))
    spider = _spider(inventory=str(SEED), max_variants="")
    assert spider.max_variants == DEFAULT_MAX_VARIANTS == runner.max_variants
    assert [(c.platform, c.handle, c.family) for c in spider.candidates] == \
        [(c.platform, c.handle, c.family) for c in runner.candidates]
    assert spider.active == runner.platforms


def test_the_context_is_derived_once_from_the_plan() -> None:
    plan = SweepPlan.load(SEED, ("x", "instagram"), max_variants=3)
    ctx = SweepContext.build(plan)
    declared = {(a.platform, plan.catalog[a.platform].canonical(a.handle))
                for a in plan.inventory.accounts if a.platform in plan.catalog}
    assert ctx.declared == declared
    assert all(c.family != "declared" for c in ctx.variant_of.values())
    assert [c for cs in ctx.candidates_by_platform.values() for c in cs] == sorted(
        plan.candidates, key=lambda c: ("x", "instagram").index(c.platform))
    assert ctx.is_official_url("https://www.northwindcoffee.com/about")
    assert not ctx.is_official_url("https://free-giveaway.github.io/claim")
    assert ctx.stats is None  # outside a crawl


def test_bad_inputs_are_usage_errors_before_anything_runs(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown platform"):
        SweepPlan.load(SEED, ("myspace",))
    with pytest.raises(UsageError, match="searxng"):
        SweepPlan.load(SEED, search_engine="searxng")
    with pytest.raises(ValueError, match="unknown platform"):
        _spider(inventory=str(SEED), platforms="myspace")
    with pytest.raises(ValueError, match="needs a plan"):
        SweepSpider()
