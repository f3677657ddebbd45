"""Every Scrapy setting of a brandsweep crawl, in one module (Scrapy's own habit).

Ours carry the ``BRANDSWEEP_`` prefix. ``crawler.crawl.run_crawl`` loads this module at project
priority and lays the runner's overrides on top; ``scrapy crawl sweep`` picks it up through
``SCRAPY_SETTINGS_MODULE=crawler.settings``. Per-host politeness (``DOWNLOAD_SLOTS``) is filled
from the platform catalog by the spider when it starts, because the catalog can be extended by
the user's ``--platforms-file``.
"""

from __future__ import annotations

import scrapy.settings.default_settings as _scrapy_defaults  # lower case: not a setting

import matching.variants as _variants  # lower case: Scrapy reads only upper-case names here

from .identity import USER_AGENT, VERSION  # noqa: F401 - settings (upper case), read by Scrapy

BOT_NAME = "brandsweep"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --------------------------------------------------------------------------- identity
# Honest and descriptive, with a contact URL: Reddit's API rules say never lie about the
# user-agent, GitHub rejects requests without one. No browser impersonation, ever.
# USER_AGENT: crawler/identity.py (the forked probe workers send it too, without Scrapy)
ROBOTSTXT_USER_AGENT = "brandsweep"

# --------------------------------------------------------------------------- reactor, consoles
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# checks the address each connection really goes to (DNS rebinding), see crawler/netguard.py
TWISTED_DNS_RESOLVER = "crawler.netguard.GuardedResolver"
REMOTE_CONTROL_ENABLED = False  # 2.19 starts an HTTP control server by default
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
# Scrapy's stats collector, its end-of-crawl dump (crawl.log) without pprint: crawl_stats.py
STATS_CLASS = "crawler.crawl_stats.StatsCollector"

# --------------------------------------------------------------------------- politeness
# Defaults for hosts the catalog does not name (official sites, linked pages, search engines);
# platform hosts get their own concurrency/delay from the catalog via DOWNLOAD_SLOTS.
# the floor of global concurrency: the spider raises it to the sum of the catalog hosts'
# concurrencies (up to BRANDSWEEP_MAX_CONCURRENT_REQUESTS), each host held to its own slot
CONCURRENT_REQUESTS = 16
BRANDSWEEP_MAX_CONCURRENT_REQUESTS = 1024
# idle keep-alive connections are closed after this many seconds (Twisted: 240): longer than
# any catalog delay, short enough that a 10,000-site sweep does not hold 10,000 sockets open
BRANDSWEEP_IDLE_CONNECTION_TIMEOUT = 10.0
# Scrapy's downloader lets a slot with no delay exceed its concurrency (crawler/downloader.py)
DOWNLOADER = "crawler.downloader.PoliteDownloader"
# Items are written to SQLite one by one (synchronous pipeline): Scrapy's parallel item path
# (100 asyncio tasks per response by default) bought nothing and cost most of the engine's CPU
CONCURRENT_ITEMS = 1
# existence-only probes (WhatsMyName sites, catalog entries marked existence_only) are fetched
# by the probe lane (crawler/probe_lane.py): a small HTTP client (crawler/lane_http.py) on the
# crawl's asyncio loop, the same downloader middlewares, politeness and callbacks, a fraction of
# Scrapy's per-request CPU
BRANDSWEEP_PROBE_LANE = True
# and on Linux, before the crawl, by forked workers, one per core up to this many (0: none),
# each owning a shard of the hosts (crawler/lane_fork.py). On 2 cores 1 to 4 workers swept
# 1,000 sites equally fast (benchmarks/bench_probe_engine.py); a machine with more cores
# gets one per core
BRANDSWEEP_PROBE_WORKERS = 8
# when the workers settled every probe of an audit that has nothing else to crawl (no search,
# no official site, no link or avatar to follow), their answers are stored without starting a
# crawl at all (crawler/lane_direct.py); False: always through the crawl
BRANDSWEEP_SETTLED_WITHOUT_CRAWL = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
DOWNLOAD_DELAY_JITTER = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024  # profile pages and avatars are far below this
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# The response head (status line and headers) has limits of its own, enforced by our download
# handler (crawler/transport.py): a head that never ends is cut, not read for DOWNLOAD_TIMEOUT
BRANDSWEEP_MAX_HEADER_BYTES = 64 * 1024
BRANDSWEEP_MAX_HEADERS = 100
BRANDSWEEP_HEADERS_TIMEOUT = 10.0  # seconds from the request to the end of the head
DOWNLOAD_HANDLERS = {
    "http": "crawler.transport.GuardedHTTPDownloadHandler",
    "https": "crawler.transport.GuardedHTTPDownloadHandler",
}
DOWNLOAD_FAIL_ON_DATALOSS = False  # a truncated page is still evidence; page objects judge it
# Limits (crawler/limits.py records each hit): DOWNLOAD_MAXSIZE holds on the wire and while
# inflating gzip bodies (HttpCompressionMiddleware), so a decompression bomb stops at 5 MB;
# DOWNLOAD_TIMEOUT is the time per request; CLOSESPIDER_TIMEOUT the time per audit (the crawl
# then ends with finish_reason "closespider_timeout", which the report's coverage prints).
CLOSESPIDER_TIMEOUT = 4 * 3600

# robots.txt is obeyed for crawled websites (official sites, linked pages). Platform probes,
# platform search APIs and web-search requests carry meta["dont_obey_robotstxt"]: they are
# single lookups of documented public endpoints, not crawls.
ROBOTSTXT_OBEY = True

# --------------------------------------------------------------------------- retries
RETRY_ENABLED = True
RETRY_TIMES = 2
# 429 is not here: RateLimitMiddleware honours Retry-After for it. 403/999 never: a retry
# does not lift a block.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]
BRANDSWEEP_RETRY_BACKOFF_BASE = 1.0  # seconds; doubled at each retry of a 5xx / timeout / reset
BRANDSWEEP_RETRY_BACKOFF_MAX = 30.0

# rate limits (429, GitHub's 403 + x-ratelimit-remaining: 0)
BRANDSWEEP_RATE_LIMIT_RETRIES = 3  # re-schedules of one request before unverifiable(rate_limited)
BRANDSWEEP_RETRY_AFTER_MAX = 120.0  # cap on one wait, seconds
BRANDSWEEP_RETRY_AFTER_DEFAULT = 5.0  # when a 429 carries no Retry-After

# --------------------------------------------------------------------------- HTTP behaviour
# Every status reaches the probe callbacks (requests list them in handle_httpstatus_list);
# redirects are kept short and switched off per platform where the redirect is the signal.
BRANDSWEEP_PROBE_STATUSES = [301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 406, 409, 410,
                             422, 429, 451, 500, 502, 503, 504, 999]
REDIRECT_MAX_TIMES = 5
METAREFRESH_ENABLED = False
COOKIES_ENABLED = True  # one cookiejar per platform (meta["cookiejar"]), never shared
HTTPCACHE_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.SiteBudgetMiddleware": 50,
    "crawler.netguard.PrivateNetworkGuard": 60,  # SSRF guard: every request and redirect hop
    "crawler.middlewares.RateLimitMiddleware": 560,
    # redirect loops and non-http(s) targets get a precise reason (crawler/redirects.py)
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.redirects.GuardedRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.ProxyOptionMiddleware": 740,
    # a catalog credential (GITHUB_TOKEN) on the platform's own API requests, added as they
    # leave and taken off before a retry or redirect re-queues them (crawler/credentials.py)
    "crawler.credentials.CredentialsMiddleware": 650,
    # Scrapy's own, with its public-suffix test on the bundled list, never a download
    # (crawler/cookies.py)
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "crawler.cookies.OfflineSuffixCookiesMiddleware": 700,
}
ITEM_PIPELINES = {
    "crawler.pipelines.StorePipeline": 300,
}
EXTENSIONS = {
    "crawler.middlewares.ProgressExtension": 500,
}
# Remote control and telnet are off above; out of the base list they are not even imported
# (Scrapy imports every listed extension, "None" ones too: remote control loads aiohttp, 0.1 s
# of every audit's start-up).
EXTENSIONS_BASE = {
    path: order for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
    if path not in ("scrapy.extensions.remote_control.RemoteControl",
                    "scrapy.extensions.telnet.TelnetConsole")
}

# --------------------------------------------------------------------------- ours
BRANDSWEEP_DB = "brandsweep.db"  # the SQLite store StorePipeline writes into
BRANDSWEEP_AUDIT_ID = None  # set by the runner; StorePipeline is off without it
BRANDSWEEP_RESOLVE: dict[str, str] = {}  # {"*": "127.0.0.1:PORT"}: route hosts locally (demo)
BRANDSWEEP_PROXY = None  # --proxy URL; HTTP(S)_PROXY / NO_PROXY are honoured by Scrapy
BRANDSWEEP_ALLOW_PRIVATE_NETWORK = False  # linked pages on loopback/private addresses
BRANDSWEEP_RESUME = False  # --resume: skip fetches whose outcome the audit already stored
BRANDSWEEP_LOCAL_DELAY_SCALE = 0.0  # delays x this when BRANDSWEEP_RESOLVE routes "*" locally
BRANDSWEEP_PROGRESS = True  # a line on stderr every few seconds during long sweeps
BRANDSWEEP_PROGRESS_INTERVAL = 5.0
# the language of the progress lines and of the stop (reports/terminal.py): the report's, set
# by the runner (--lang, else the inventory's language:); None is English
BRANDSWEEP_LANG = None
# after the first Ctrl-C/SIGTERM, requests already on the wire get this long to finish (queued
# ones are dropped at once); then the crawl stops regardless (crawler/interrupt.py)
BRANDSWEEP_STOP_GRACE = 5.0

# discovery caps
# per platform and brand (declared handles always probed)
BRANDSWEEP_MAX_VARIANTS = _variants.DEFAULT_MAX_VARIANTS
BRANDSWEEP_SEARCH_PAGES = 2  # platform search API pages per query
BRANDSWEEP_WEB_SEARCH_PAGES = 2  # web search result pages per query
# ... per query of a brand name alone (no site:): the company's own pages, news and profiles
# rank first, the scam sites whose footers link an impostor ring come after them
BRANDSWEEP_WEB_SEARCH_BRAND_PAGES = 5
BRANDSWEEP_WEB_SEARCH_MAX_QUERIES = 80
# pages about the brand (reviews, forums, blogs, a site named after it) visited for the profiles
# they link, from each page of results of a search for a brand name
# (crawler/spiders/web_search.py; they count against BRANDSWEEP_LINKED_MAX_PAGES)
BRANDSWEEP_WEB_SEARCH_ABOUT_PAGES = 3
BRANDSWEEP_SITE_MAX_DEPTH = 2  # links followed from an official home page
BRANDSWEEP_SITE_MAX_PAGES = 40  # pages per official host
BRANDSWEEP_SITE_MAX_PER_PATTERN = 5  # pages per path shape (/news/N?page=N): crawler traps
BRANDSWEEP_LINKED_MAX_PER_PROFILE = 3  # external links followed one hop per suspicious profile
# linked-page fetches per audit (per process under scrapy-redis): every suspicious profile,
# however discovered, has its links followed, so a ring of impostors linking each other is
# bounded here too; a hit is a CoverageGap(path="limit", reason="linked_max_pages")
BRANDSWEEP_LINKED_MAX_PAGES = 200
BRANDSWEEP_FETCH_AVATARS = True
