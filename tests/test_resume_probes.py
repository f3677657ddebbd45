"""A resumed audit does not ask again a variant probe that had settled "not found".

Such a probe leaves no observation; its outcome is kept in ``probe_outcomes`` (a
``ProbeOutcome`` item, from the crawl's callback and from a forked worker's answer alike) and
the resumed crawl skips it. "Could not check" is never kept: it is asked again. Fast: a real
SQLite store, the spider's functions called directly, no crawl.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy import Request

from crawler import store as store_module
from crawler.items import ProbeOutcome
from crawler.pipelines import StorePipeline
from crawler.spiders import enrich, probes
from crawler.spiders.sweep import SweepSpider
from crawler.store import Store, StoreSchemaError
from matching.models import ProbeState, ProfileFields
from tests.builders import resumable_spider

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"


def _spider(tmp_path: Path, resume: bool, audit: int | None = None) -> tuple[SweepSpider, int]:
    return resumable_spider(tmp_path, resume, audit, platforms=("instagram",), max_variants=3)


def _variants(spider: SweepSpider) -> list[str]:
    platform = spider.catalog["instagram"]
    return [platform.canonical(c.handle) for c in spider.candidates_by_platform["instagram"]
            if c.family != "declared"]


def _asked(spider: SweepSpider) -> list[str]:
    out = probes.variant_requests(spider, spider.catalog["instagram"], ProbeState.NOT_FOUND)
    return [o.meta["bs"]["handle"] for o in out if isinstance(o, Request)]


def test_outcomes_are_upserted_once_per_probe(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        assert "008_probe_outcomes" in store.migrations()
        store.add_probe_outcome(1, "instagram", "x", "not_found", "http_404")
        store.add_probe_outcomes(1, [ProbeOutcome("instagram", "x", "not_found", "rule"),
                                     ("github", "y", "not_found", None)])
        assert store.probe_outcomes(1) == {("instagram", "x"): ("not_found", "rule"),
                                           ("github", "y"): ("not_found", None)}
        assert store.probe_outcomes(2) == {}


def test_a_settled_probe_is_skipped_on_resume_and_counted(tmp_path: Path) -> None:
    fresh, audit = _spider(tmp_path, resume=False)
    handles = _variants(fresh)
    assert len(handles) >= 2
    with Store(tmp_path / "a.db") as store:
        store.add_probe_outcome(audit, "instagram", handles[0], "not_found", "http_404")
        # "could not check" is never a settled outcome: asked again whatever the table holds
        store.add_probe_outcome(audit, "instagram", handles[1], "unverifiable", "rate_limited")
    # a fresh audit skips nothing
    assert _asked(fresh) == handles
    resumed, _ = _spider(tmp_path, resume=True, audit=audit)
    assert resumed.checkpoint.not_found("instagram", handles[0])
    assert _asked(resumed) == handles[1:]
    assert resumed.crawler.stats.get_value("brandsweep/resume/skipped/probe") == 1


def test_only_a_definite_not_found_becomes_an_outcome(tmp_path: Path) -> None:
    spider, _ = _spider(tmp_path, resume=False)
    platform = spider.catalog["instagram"]
    handle = _variants(spider)[0]
    answer = SimpleNamespace(body=b"", url=platform.profile_url(handle), status=404, meta={})
    bs = {"platform": "instagram", "handle": handle, "kind": "variant", "family": "typo"}

    def read(state: ProbeState, reason: str | None, **extra: object) -> list[object]:
        return list(enrich._after_read(spider, platform, handle, {**bs, **extra}, state,
                                       reason, ProfileFields(), answer))

    assert read(ProbeState.NOT_FOUND, "http_404") == [
        ProbeOutcome("instagram", handle, "not_found", "http_404")]
    for reason in ("rate_limited", "login_wall", "timeout"):
        out = read(ProbeState.UNVERIFIABLE, reason, uncalibrated="x")
        assert not [o for o in out if isinstance(o, ProbeOutcome)]


def test_the_pipeline_stores_an_outcome(tmp_path: Path) -> None:
    pipe = StorePipeline(str(tmp_path / "a.db"), 1)
    pipe.open_spider()
    pipe.begin_batch()
    pipe.process_item(ProbeOutcome("instagram", "x", "not_found", "http_404"))
    pipe.close_spider()
    with Store(tmp_path / "a.db") as store:
        assert store.probe_outcomes(1) == {("instagram", "x"): ("not_found", "http_404")}


def test_an_older_brandsweep_refuses_the_file_and_says_why(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    Store(tmp_path / "a.db").close()
    known = store_module.MIGRATIONS[-2][0]  # the last one the "older" brandsweep knows
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:-1])
    with pytest.raises(StoreSchemaError,
                       match="newer brandsweep.*" + known):
        Store(tmp_path / "a.db")


def test_a_distributed_worker_sends_an_outcome_to_the_coordinator() -> None:
    from crawler.distributed.codec import decode_item, encode_item

    item = ProbeOutcome("instagram", "x", "not_found", "http_404")
    assert decode_item(encode_item(item).encode()) == item
