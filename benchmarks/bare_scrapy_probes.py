"""A bare Scrapy spider doing brandsweep's probes of a WhatsMyName list, for bench_probe_engine.py.

Per site: the handle's probe, after a calibration request with a random handle only where
brandsweep asks one (a rule that cannot tell found from missing by itself: no ``e_string``, or
one that the ``m_string`` page carries under the same status, ``crawler.wmn.rules_decide``);
redirects followed, WhatsMyName's rule (status and string) on the final answer; per-host slots of
one request at a time and ``--delay`` apart, global concurrency as high as the hosts. No store, no
matching, no report: the floor of what Scrapy costs for the same requests.

    python benchmarks/bare_scrapy_probes.py LIST.json HANDLE [--delay 0.25]
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
import time
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess


def needs_calibration(site: dict[str, Any]) -> bool:
    """brandsweep's choice (``crawler.wmn.rules_decide``) for a WhatsMyName site."""
    e_string, m_string = str(site["e_string"]).strip(), str(site["m_string"])
    same_status = int(site["e_code"]) == int(site["m_code"])
    return not e_string or (same_status and e_string in m_string)


def state(site: dict[str, Any], response: Any) -> str:
    text = response.text
    if response.status == int(site["e_code"]) and site["e_string"] in text:
        return "found"
    if response.status == int(site["m_code"]) and site["m_string"] in text:
        return "not_found"
    return "unverifiable"


class Probes(scrapy.Spider):
    name = "bare_probes"

    def __init__(self, sites: list[dict[str, Any]], handle: str, **kw: Any):
        super().__init__(**kw)
        self.sites, self.handle = sites, handle
        self.found = 0

    async def start(self):  # type: ignore[override]
        for site in self.sites:
            if not needs_calibration(site):
                yield self.probe(site, "not_needed")
                continue
            rand = "bsw" + secrets.token_hex(6)
            yield scrapy.Request(site["uri_check"].replace("{account}", rand),
                                 callback=self.calibrated, cb_kwargs={"site": site},
                                 dont_filter=True, meta={"handle_httpstatus_all": True})

    def probe(self, site: dict[str, Any], calibration: str) -> Any:
        return scrapy.Request(site["uri_check"].replace("{account}", self.handle),
                              callback=self.probed, cb_kwargs={"site": site,
                                                               "calibration": calibration},
                              meta={"handle_httpstatus_all": True})

    def calibrated(self, response: Any, site: dict[str, Any]):
        yield self.probe(site, state(site, response))

    def probed(self, response: Any, site: dict[str, Any], calibration: str):
        if state(site, response) == "found" and calibration != "found":
            self.found += 1
        return iter(())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("sites_file")
    parser.add_argument("handle")
    parser.add_argument("--delay", type=float, default=0.25)
    args = parser.parse_args()
    with open(args.sites_file, encoding="utf-8") as f:
        sites = [s for s in json.load(f)["sites"] if s.get("valid") is not False]
    hosts = {urlsplit(s["uri_check"]).hostname for s in sites}
    process = CrawlerProcess({
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
        "ROBOTSTXT_OBEY": False, "COOKIES_ENABLED": False,
        "CONCURRENT_REQUESTS": min(1024, len(hosts)), "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": args.delay, "DOWNLOAD_DELAY_JITTER": 0.0,
        "CONCURRENT_ITEMS": 1,
    })
    crawler = process.create_crawler(Probes)
    started, cpu = time.monotonic(), time.process_time()
    process.crawl(crawler, sites=sites, handle=args.handle)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    print(json.dumps({"found": crawler.spider.found,
                      "requests": stats.get("downloader/request_count", 0),
                      "crawl_elapsed": round(time.monotonic() - started, 3),
                      "crawl_cpu": round(time.process_time() - cpu, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
