"""Precision and recall of the classifier on labelled worlds, in two modes.

    python benchmarks/eval_worlds.py                       # every world under evaluation/, fast
    python benchmarks/eval_worlds.py --mode both evaluation/tuning
    python benchmarks/eval_worlds.py --mode both -v evaluation/tuning  # + each fast/e2e gap
    python benchmarks/eval_worlds.py --mode e2e simweb     # the demo world, a real audit
    python benchmarks/eval_worlds.py --json figures.json   # the figures, machine-readable

A *world folder* holds one labelled world in the schema of ``simweb/world.yaml`` (any ``*.yaml``
with ``profiles:``) and the company's ``inventory.yaml``; the demo world is the folder
``simweb`` (its inventory is ``seeds/official_accounts.yaml``). Per folder, two modes:

* **fast**: each profile becomes the observation an ideal crawl would make
  (:func:`eval_matching.world_observations`: fields as shown, avatar hash of the served image,
  sightings with the search engine's title and snippet, walled pages unverifiable, X's
  JavaScript shell as existence only) and goes through :func:`matching.classify.classify`.
* **e2e**: a real ``brandsweep audit`` in a subprocess against ``python -m simweb --world
  FILE`` (``--resolve '*=127.0.0.1:PORT' --allow-private-network``), its ``findings.json``
  compared with the labels. Both modes classify at the world's ``now:`` (e2e: ``--as-of``),
  the clock the simulated web also stamps its ``Date`` headers and relative dates with, so the
  two agree on dormancy whatever the machine's calendar says. Only profiles some discovery
  path can reach are scored: the simulated web, asked in-process the crawl's own search
  requests (its web search queries and pages, the platforms' search APIs) and read by the
  crawl's parsers, lists them; the company's site links them; the variant generator guesses
  the handle (and the crawl would report the answer); a suspicious site those results list,
  or a site a reachable profile links, links them. The world's ``indexed_by`` is not taken on
  trust. Findings for profiles the world does not have are counted apart ("extra"). The
  others are *unreachable*: not scored, neither hit nor miss, and counted per reason and per
  true class ("platform_search on instagram (the catalog has no search there)", "x would
  refuse the handle (the catalog's handle rule)", "web_search, but no search of the crawl
  lists it and no page it reads links it"); ``--verbose`` lists each. An unreachable profile
  the audit found anyway is scored.

Each end-to-end world also reports the requests its audit sent (the crawl's own count) and
their number per brand of the inventory (``requests``/``requests_per_brand`` in ``--json``):
what a change of discovery costs.

With ``--mode both`` each world also counts the profiles scored end to end whose class
differs from the fast one (``class_gaps_vs_fast`` in ``--json``; ``--verbose`` lists them):
each is a gap between what the crawl observes, or how the audit assembles it, and the ideal
observation.

Truth is ``World.expected_class`` (what an honest audit can report: the label, or
``unverified`` behind a wall unless ``truth.expected`` says more; behind a wall a declared
account is ``unverified`` though the company's site links it, an undeclared own account that
site links keeps its class; a private subreddit is found but unread: ``official`` when
declared, else as a walled page) and ``missing`` for every ``deleted`` account. Fast mode
observes a private subreddit as the crawl reads Reddit's 403 "private": found, private,
nothing else. Printed per class: precision, recall, support, and the confusion pairs
(true -> predicted, counts only).

Held-out worlds (any folder whose path has a part starting with ``heldout``:
``evaluation/heldout/``, ``evaluation/heldout2/`` ...) are scored in aggregate only: the script
refuses ``--verbose`` for them and prints no per-world figures, so nobody tuning the classifier
reads their profiles.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CLASSES = ("official", "missing", "official_unlisted", "redundant", "impostor", "fan",
           "unrelated", "unverified")
#: classes that are the company's own: never to be called impostor
OWN = ("official", "official_unlisted", "redundant")


def _eval_matching():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_matching",
                                                  ROOT / "benchmarks" / "eval_matching.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EM = _eval_matching()


# ----------------------------------------------------------------------------- world folders


@dataclass(frozen=True)
class WorldFolder:
    name: str
    world: Path
    inventory: Path
    heldout: bool


def is_heldout(path: Path) -> bool:
    """A held-out world: some part of its path starts with ``heldout`` (``heldout``,
    ``heldout2``, ``heldout-2027`` ...), so a new blind set needs no change here."""
    return any(part.lower().startswith("heldout") for part in path.parts)


def _heldout_set(path: Path) -> str:
    """The name of the held-out set a folder belongs to (its first ``heldout*`` part)."""
    return next((p for p in path.parts if p.lower().startswith("heldout")), "heldout")


def world_folders(paths: Sequence[Path]) -> list[WorldFolder]:
    """Every world folder under ``paths`` (a folder with a world file and inventory.yaml)."""
    out: list[WorldFolder] = []
    for base in paths:
        base = base.resolve()
        if base == (ROOT / "simweb").resolve():
            out.append(WorldFolder("demo", base / "world.yaml",
                                   ROOT / "seeds" / "official_accounts.yaml", False))
            continue
        candidates = [base] if (base / "inventory.yaml").exists() else sorted(
            p.parent for p in base.rglob("inventory.yaml"))
        for folder in candidates:
            world = _world_file(folder)
            if world is None:
                continue
            rel = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
            out.append(WorldFolder(str(rel), world, folder / "inventory.yaml",
                                   is_heldout(rel)))
    return out


def _world_file(folder: Path) -> Path | None:
    import yaml

    for p in sorted(folder.glob("*.y*ml")):
        if p.name.startswith("inventory."):
            continue
        try:
            doc = yaml.safe_load(p.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        if isinstance(doc, dict) and "profiles" in doc:
            return p
    return None


def load(folder: WorldFolder):  # type: ignore[no-untyped-def]
    """(world, inventory, rules) of a world folder: the generalised ``load_demo``."""
    from crawler.catalog import load_catalog
    from matching.inventory import load_inventory
    from simweb.world import load_world

    catalog = load_catalog()
    rules = catalog.rules()
    inventory = load_inventory(folder.inventory, rules, url_parser=catalog.match_profile_url)
    return load_world(folder.world), inventory, rules


def truth_of(world, rules) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    return dict(EM.demo_truth(world, rules))


# ----------------------------------------------------------------------------- scoring


@dataclass
class Score:
    """Per-class counts, summed over worlds; figures come from the counts."""

    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    extra: int = 0  # findings for profiles the world does not have (e2e)
    unreachable: int = 0  # labelled profiles no discovery path reaches (e2e)
    #: why, per reason (e2e): "platform_search on instagram (no search in the catalog)" ...
    unreachable_why: Counter[str] = field(default_factory=Counter)
    unreachable_truth: Counter[str] = field(default_factory=Counter)  # their true classes
    #: (platform, handle) -> (truth, predicted) of one world's scored profiles (not merged)
    by_profile: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    #: profiles whose end-to-end class differs from the fast one (``--mode both``), summed
    gaps: int | None = None
    #: (platform, handle) -> the signals of its finding (one world's, not merged)
    signals: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    #: "<platform> <signal> (fast only | e2e only)" -> profiles, summed (``--mode both``)
    signal_gaps: Counter[str] = field(default_factory=Counter)
    #: HTTP requests the audits sent (e2e, the crawl's own count), and how many brands
    requests: int = 0
    brands: int = 0

    def add(self, truth: Mapping[tuple[str, str], str], predicted: Mapping[tuple[str, str], str],
            *, ignore_extra: bool = False) -> None:
        for key, true in truth.items():
            self.confusion[(true, predicted.get(key, "(none)"))] += 1
            self.by_profile[key] = (true, predicted.get(key, "(none)"))
        for key, pred in predicted.items():
            if key not in truth:
                if ignore_extra:
                    self.extra += 1
                else:
                    self.confusion[("(none)", pred)] += 1

    def merge(self, other: Score) -> None:
        self.confusion.update(other.confusion)
        self.extra += other.extra
        self.unreachable += other.unreachable
        self.unreachable_why.update(other.unreachable_why)
        self.unreachable_truth.update(other.unreachable_truth)
        if other.gaps is not None:
            self.gaps = (self.gaps or 0) + other.gaps
        self.signal_gaps.update(other.signal_gaps)
        self.requests += other.requests
        self.brands += other.brands

    def metrics(self) -> dict[str, tuple[float, float, int]]:
        """class -> (precision, recall, support)."""
        out = {}
        for c in CLASSES:
            tp = self.confusion[(c, c)]
            fp = sum(n for (t, p), n in self.confusion.items() if p == c and t != c)
            fn = sum(n for (t, p), n in self.confusion.items() if t == c and p != c)
            if tp + fp + fn == 0:
                continue
            out[c] = (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0,
                      tp + fn)
        return out

    def errors(self) -> list[tuple[str, str, int]]:
        return sorted(((t, p, n) for (t, p), n in self.confusion.items() if t != p and n),
                      key=lambda x: (-x[2], x[0], x[1]))

    def own_as_impostor(self) -> int:
        return sum(self.confusion[(c, "impostor")] for c in OWN)

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": {c: {"precision": round(p, 3), "recall": round(r, 3), "support": n}
                        for c, (p, r, n) in self.metrics().items()},
            "confusion": [{"true": t, "predicted": p, "count": n} for t, p, n in self.errors()],
            "own_as_impostor": self.own_as_impostor(),
            "extra_findings": self.extra,
            "unreachable": self.unreachable,
            "unreachable_why": dict(sorted(self.unreachable_why.items())),
            "unreachable_truth": dict(sorted(self.unreachable_truth.items())),
            **({} if self.gaps is None else {"class_gaps_vs_fast": self.gaps}),
            **({"requests": self.requests, "requests_per_brand": round(
                self.requests / max(1, self.brands), 1)} if self.requests else {}),
            **({"signal_gaps_vs_fast": dict(self.signal_gaps.most_common())}
               if self.signal_gaps else {}),
        }


def print_score(title: str, s: Score) -> None:
    total = sum(s.confusion.values())
    print(f"\n== {title}: {total} labelled profiles")
    print(f"{'class':<18}{'precision':>10}{'recall':>8}{'support':>9}")
    for c, (p, r, n) in s.metrics().items():
        print(f"{c:<18}{p:>10.3f}{r:>8.3f}{n:>9}")
    errs = s.errors()
    if errs:
        print("confusion (true -> predicted: count): " + ", ".join(
            f"{t} -> {p}: {n}" for t, p, n in errs))
    print(f"own accounts called impostor: {s.own_as_impostor()}"
          + (f"; extra findings: {s.extra}" if s.extra else "")
          + (f"; unreachable labelled profiles: {s.unreachable}" if s.unreachable else "")
          + (f"; class differs from fast mode: {s.gaps}" if s.gaps is not None else "")
          + (f"; requests: {s.requests} ({s.requests / max(1, s.brands):.0f} per brand)"
             if s.requests else ""))
    if s.signal_gaps:
        print("signals of one mode only, same profile (platform signal: profiles): " + ", ".join(
            f"{k}: {n}" for k, n in s.signal_gaps.most_common(12)))
    if s.unreachable_why:
        print("unreachable, not scored (no discovery path of brandsweep leads there): " + "; ".join(
            f"{why}: {n}" for why, n in sorted(s.unreachable_why.items(), key=lambda x: -x[1])))
        print("  their true classes: " + ", ".join(
            f"{c} {n}" for c, n in sorted(s.unreachable_truth.items(), key=lambda x: -x[1])))


# ----------------------------------------------------------------------------- fast mode


def fast(folder: WorldFolder, verbose: bool = False) -> Score:
    """The classifier on the ideal observations of the world."""
    from matching.classify import classify

    world, inventory, rules = load(folder)
    obs, pages = EM.world_observations(world, rules)
    findings = classify(inventory, obs, pages, now=world.now, rules=rules)
    truth = truth_of(world, rules)
    predicted = {(f.platform, f.handle.lower()): f.cls.value for f in findings}
    s = Score()
    s.add(truth, predicted)
    s.signals = {(f.platform, f.handle.lower()): frozenset(e.signal for e in f.evidence)
                 for f in findings}
    if verbose:
        _show(findings, truth)
    return s


def _show(findings: Iterable[Any], truth: Mapping[tuple[str, str], str]) -> None:
    for f in findings:
        t = truth.get((f.platform, f.handle.lower()))
        if t != f.cls.value:
            print(f"  {f.platform}:{f.handle} truth={t} got={f.cls.value} sev={f.severity} "
                  f":: " + " | ".join(e.detail for e in f.evidence))


# ----------------------------------------------------------------------------- end to end


def _reachable(world, inventory, rules) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Profiles one of brandsweep's discovery paths can reach in this world: a guessable
    handle (the variant generator), a link on the company's site, a result the simulated
    search engine lists for the crawl's own web search queries (:func:`search_listed`), a
    result of a platform search where the catalog has one, a link on a suspicious site those
    web results list (``crawler.spiders.web_search.suspicious_hits``), a link on a site that a
    reachable profile links to. What the world's ``indexed_by`` says is not taken on trust:
    a profile is reachable when the simulated web answers the crawl's requests with it, so a
    label the web does not back (a search for the brand that never lists a namesake, a
    handle the platform would refuse, a link on a site no path leads to) is unreachable and
    :func:`unreachable_reason` says why."""
    from urllib.parse import urlsplit

    from matching.variants import generate_candidates

    # as the crawl reports a guess: the platform's canonical handle ("brand.lt" is Facebook's
    # "brandlt")
    guess = {(c.platform, rules[c.platform].canonical(c.handle))
             for c in generate_candidates(inventory, rules, 40)}
    found, listed_sites = search_listed(world, inventory)
    out: set[tuple[str, str]] = set(found)

    def key(p) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        return (p.platform, EM.profile_key(rules, p))

    def site_text(site, path: str = "/") -> str:  # type: ignore[no-untyped-def]
        page = site.pages.get(path) or site.pages.get(path.rstrip("/") or "/")
        return " ".join([*(f[0] for f in site.footer), page.body if page else "",
                         *(u for u, _t in (page.links if page else ()))])

    company = " ".join(site_text(s, path) for s in world.sites if s.kind == "company"
                       for path in (s.pages or {"/": None}))
    # suspicious sites the crawl's web searches list: it fetches them and sights the profiles
    # they link (the footer and the page body)
    listed = [company]
    for url in listed_sites:
        parts = urlsplit(url)
        site = world.site(parts.hostname or "")
        if site is not None:
            listed.append(site_text(site, parts.path or "/"))
    walled = walled_platforms(world)
    for p in world.profiles:
        guessed = key(p) in guess and not (
            p.platform in walled and p.effective_behaviour in EM.UNVERIFIABLE)
        if guessed or _links_profile(company, p.url):
            out.add(key(p))
    # linked pages: the page a reachable profile links to (its body and the site's footer),
    # and the profiles that page links to
    for _ in range(2):
        texts = list(listed)
        for p in world.profiles:
            if key(p) not in out:
                continue
            for link in p.links:
                parts = urlsplit(link if "//" in link else f"https://{link}")
                site = world.site(parts.hostname or "")
                if site is not None:
                    texts.append(site_text(site, parts.path or "/"))
        text = " ".join(texts)
        for p in world.profiles:
            if _links_profile(text, p.url):
                out.add(key(p))
        out |= _mentioned(world, inventory, rules, out)
    # a URL the crawl cannot read as a profile (a handle longer than the platform allows) is
    # never sighted, whoever links or lists it
    refused = {key(p) for p in world.profiles if not _readable(p.url)}
    return out - refused


def _mentioned(world, inventory, rules, reached: set[tuple[str, str]]  # type: ignore[no-untyped-def]
               ) -> set[tuple[str, str]]:
    """Profiles a reached, readable, undeclared profile's bio mentions on its own platform
    (``linked_pages.bio_mentions``: the crawl sights them)."""
    from crawler.spiders.linked_pages import bio_mentions
    from simweb.shows import shown_bio

    declared = {(a.platform, rules[a.platform].canonical(a.handle)) for b in inventory.brands
                for a in b.accounts if a.platform in rules}
    out: set[tuple[str, str]] = set()
    for p in world.profiles:
        k = (p.platform, EM.profile_key(rules, p))
        if k not in reached or k in declared or p.effective_behaviour in EM.UNVERIFIABLE:
            continue
        for name in bio_mentions(_catalog(), p.platform, p.handle, shown_bio(p)):
            out.add((p.platform, rules[p.platform].canonical(name)))
    return out


def _readable(url: str) -> bool:
    """Whether the crawl reads ``url`` as a profile: the catalog's patterns, or a fediverse
    profile's path on a server the catalog does not list."""
    from crawler.spiders import fediverse

    catalog = _catalog()
    return bool(catalog.match_profile_url(url)) or fediverse.candidate(catalog, url) is not None


def _links_profile(text: str, url: str) -> bool:
    """Whether ``text`` links ``url`` itself (with or without its trailing slash), on any of
    its platform's hosts (a site's ``threads.net/@brand`` is the crawl's ``threads.com/@brand``:
    ``Catalog.match_profile_url`` reads both)."""
    return any(EM._links_url(text, u) >= 0 for u in _host_forms(url))


def _host_forms(url: str) -> list[str]:
    """``url`` and the same path on the other hosts of its platform."""
    from urllib.parse import urlsplit

    catalog = _catalog()
    hit = catalog.match_profile_url(url)
    parts = urlsplit(url)
    if hit is None or not parts.hostname:
        return [url]
    hosts = catalog[hit[0]].hosts
    return [url, *(f"{parts.scheme}://{h}{url.split(parts.netloc, 1)[1]}" for h in hosts
                   if h != parts.hostname)]


# ----------------------------------------------------------------------------- dry discovery
# The crawl's search requests asked of the simulated web in-process (``simweb.server.App``),
# read by the crawl's own parsers: what the web would list for them, timing aside.


def _ask(app, url: str, form: Mapping[str, str] | None = None,  # type: ignore[no-untyped-def]
         headers: Mapping[str, str] | None = None):
    """One request to the in-process simulated web: (status, headers, body)."""
    from urllib.parse import parse_qs, urlencode, urlsplit

    from simweb.http import Request

    parts = urlsplit(url)
    body = urlencode(dict(form)).encode() if form is not None else b""
    sent = {"user-agent": "brandsweep-eval", **{k.lower(): v for k, v in (headers or {}).items()}}
    req = Request("POST" if form is not None else "GET", (parts.hostname or "").lower(),
                  parts.path or "/", parse_qs(parts.query, keep_blank_values=True), sent, body)
    resp = app.handle(req)
    return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.body


def walled_platforms(world) -> set[str]:  # type: ignore[no-untyped-def]
    """Platforms whose probe of a random handle the crawl cannot read (a login wall, a bot
    block): there it drops a guessed handle's unverifiable answer (``probes.variant_requests``:
    the coverage gap says it), so a walled profile only a guess reaches is not reported."""
    from urllib.parse import urljoin

    from crawler.probe_read import read_outcome
    from crawler.spiders.probes import random_handle
    from matching.models import ProbeState
    from simweb.server import App

    app, catalog, out = App(world), _catalog(), set()
    for name in catalog:
        platform = catalog[name]
        handle = random_handle(platform)
        spec = platform.probe_request(handle) if handle else None
        if spec is None or (spec.get("method") or "GET") != "GET":
            continue
        url = spec["url"]
        for _hop in range(5):
            status, headers, body = _ask(app, url, headers=spec.get("headers"))
            if status not in (301, 302, 303, 307, 308) or not headers.get("location"):
                break
            url = urljoin(url, headers["location"])
        if read_outcome(platform, url, status, headers, body, handle)[0] is ProbeState.UNVERIFIABLE:
            out.add(name)
    return out


def search_listed(world, inventory) -> tuple[set[tuple[str, str]], list[str]]:  # type: ignore[no-untyped-def]
    """What the crawl's searches would get from this world's simulated web: the profiles
    (platform, handle as the catalog reads the result's URL) that its DuckDuckGo queries
    (``web_search.build_queries``, as many pages as the crawl reads) and the platforms'
    search APIs (each brand name, ``BRANDSWEEP_SEARCH_PAGES`` pages) list, and the URLs of
    the suspicious sites the web results list (the crawl visits those)."""
    from crawler import settings
    from crawler.spiders import fediverse
    from crawler.spiders import web_search as ws
    from matching.index import build_index
    from simweb.server import App

    catalog = _catalog()
    app = App(world)
    found: set[tuple[str, str]] = set()
    sites = [(n, catalog[n].web_search_site) for n in catalog if catalog[n].web_search_site]
    communities = [(n, catalog[n].web_search_communities) for n in catalog
                   if catalog[n].web_search_communities]
    ix = build_index(inventory, {}, None)
    names = [n for b in inventory.brands for n in b.names]
    suspicious: list[str] = []
    for q in ws.build_queries(inventory, sites, settings.BRANDSWEEP_WEB_SEARCH_MAX_QUERIES,
                              communities):
        cap = settings.BRANDSWEEP_WEB_SEARCH_PAGES if q.platform else max(
            settings.BRANDSWEEP_WEB_SEARCH_PAGES, settings.BRANDSWEEP_WEB_SEARCH_BRAND_PAGES)
        form: dict[str, str] | None = ws.ddg_form(q.text)
        for _page in range(cap):
            if form is None:
                break
            read = ws.parse_duckduckgo(*_ask(app, ws.DDG_URL, form)[::2])
            for platform, handle, _hit in ws.profile_hits(read.hits, catalog.match_profile_url):
                found.add((platform, catalog[platform].canonical(handle)))
            for hit in read.hits:  # a Mastodon account on a server the catalog does not list
                acct = fediverse.candidate(catalog, hit.url)
                if acct is not None:
                    found.add(("mastodon", catalog["mastodon"].canonical("@".join(acct))))
            scam = [h.url for h, _why in ws.suspicious_hits(
                read.hits, catalog.match_profile_url, ix.official_domains, ix.brand_keys, names)]
            # the pages about the brand a search for its name lists (a review, a forum thread)
            about = [h.url for h, _why in ws.about_hits(read.hits, catalog.match_profile_url,
                                                        ix.official_domains, names)
                     if h.url not in scam][:ws.about_budget(_Settings, q.platform)]
            suspicious += scam + about
            form = read.next_form if read.hits else None
    found |= _platform_search_listed(app, inventory, catalog)
    return found, suspicious


class _Settings:
    """The crawl's default settings, read as a Scrapy ``Settings`` reads them."""

    @staticmethod
    def getint(name: str, default: int = 0) -> int:
        from crawler import settings

        return int(getattr(settings, name, default))


def _platform_search_listed(app, inventory, catalog) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from crawler import settings
    from crawler.extract import read_search
    from crawler.spiders.platform_search import inventory_queries

    queries = inventory_queries(inventory)
    found: set[tuple[str, str]] = set()
    for name in catalog:
        platform = catalog[name]
        if platform.search is None:
            continue
        cap = min(settings.BRANDSWEEP_SEARCH_PAGES, platform.search.max_pages)
        for q in queries:
            url: str | None = platform.search_url(q)
            for _page in range(cap):
                if url is None:
                    break
                read = read_search(platform, url, *_ask(app, url))
                for hit in read.results:
                    handle = getattr(hit, "handle", None)
                    if handle:
                        found.add((name, platform.canonical(handle)))
                url = read.next_url if read.results else None
    return found


def unreachable_reason(profile, catalog) -> str:  # type: ignore[no-untyped-def]
    """Why no discovery path of brandsweep reaches a labelled profile, in a few words."""
    vias = set(profile.indexed_by)
    entry = catalog[profile.platform] if profile.platform in set(catalog) else None
    url = getattr(profile, "url", None)
    if url and entry is not None and not _readable(url):
        return f"{profile.platform} would refuse the handle (the catalog's handle rule)"
    if "platform_search" in vias and not getattr(entry, "search", None):
        return f"platform_search on {profile.platform} (the catalog has no search there)"
    if not vias:
        return "indexed nowhere, handle not guessable"
    return (f"{'+'.join(sorted(vias))}, but no search of the crawl lists it and no page it "
            "reads links it")


@functools.cache
def _catalog():  # type: ignore[no-untyped-def]
    from crawler.catalog import load_catalog

    return load_catalog()


def e2e(folder: WorldFolder, verbose: bool = False, timeout: float = 900) -> Score:
    """A real ``brandsweep audit`` against the world served by ``python -m simweb``."""
    sys.path.insert(0, str(ROOT / "tests"))
    from subprocess_audit import SimWebProcess, audit_env

    world, inventory, rules = load(folder)
    truth = truth_of(world, rules)
    reach = _reachable(world, inventory, rules)
    reach |= {(d.platform, d.handle.lower()) for d in world.deleted}
    by_key = {(p.platform, EM.profile_key(rules, p)): p for p in world.profiles}
    with tempfile.TemporaryDirectory() as tmp, SimWebProcess(folder.world) as web:
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "crawler.cli", "audit", str(folder.inventory),
               "--resolve", web.resolve, "--allow-private-network", "--db",
               str(Path(tmp) / "audit.db"), "--out", str(out), "-q", "--as-of", world.now]
        env = audit_env({"DOWNLOAD_TIMEOUT": 5})
        env.pop("GITHUB_TOKEN", None)
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=timeout)
        if proc.returncode not in (0, 3):
            raise RuntimeError(f"audit of {folder.name} failed ({proc.returncode}): "
                               f"{proc.stderr[-2000:]}")
        findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
        requests = _requests_sent(Path(tmp) / "audit.db")
    predicted = {(f["platform"], f["handle"].lower()): f["class"] for f in findings}
    s = Score(requests=requests, brands=len(inventory.brands))
    # a labelled profile the audit reported was reachable, whatever _reachable guessed
    scored = {k: v for k, v in truth.items() if k in reach or k in predicted}
    s.unreachable = len(truth) - len(scored)
    catalog = _catalog()
    for k in sorted(set(truth) - set(scored)):
        p = by_key.get(k)
        why = unreachable_reason(p, catalog) if p is not None else "deleted"
        s.unreachable_why[why] += 1
        s.unreachable_truth[truth[k]] += 1
        if verbose:
            print(f"  {k[0]}:{k[1]} truth={truth[k]} unreachable, not scored: {why}")
    s.add(scored, predicted, ignore_extra=True)
    s.signals = {(f["platform"], f["handle"].lower()): frozenset(e["signal"] for e in f["evidence"])
                 for f in findings}
    if verbose:
        for f in findings:
            k = (f["platform"], f["handle"].lower())
            if k in scored and scored[k] != f["class"]:
                print(f"  {k[0]}:{k[1]} truth={scored[k]} got={f['class']} :: "
                      + " | ".join(e["detail"] for e in f["evidence"]))
        for k in sorted(set(scored) - set(predicted)):
            p = by_key.get(k)
            via = ",".join(p.indexed_by) if p is not None else "deleted"
            print(f"  {k[0]}:{k[1]} truth={scored[k]} not in the findings (indexed_by: {via})")
    return s


def _requests_sent(db: Path) -> int:
    """The requests the audit stored in ``db`` sent (its crawl summary's count)."""
    from crawler.store import Store

    with Store(db) as store:
        audits = store.audits()
        return int(store.crawl_summary(audits[-1]["id"]).get("requests") or 0) if audits else 0


# ----------------------------------------------------------------------------- main


def class_gaps(fast_score: Score, e2e_score: Score) -> list[tuple[tuple[str, str], str, str, str]]:
    """(profile, truth, fast class, end-to-end class) of every profile scored end to end
    (reachable, or reported) whose class differs between the two modes of one world: what
    the crawl observes (or how the audit assembles it) differs from the ideal observation."""
    out = []
    for key, (true, got) in sorted(e2e_score.by_profile.items()):
        ideal = fast_score.by_profile.get(key, (true, "(none)"))[1]
        if ideal != got:
            out.append((key, true, ideal, got))
    return out


def signal_gaps(fast_score: Score, e2e_score: Score) -> Counter[str]:
    """Per platform and signal, the labelled profiles both modes reported whose finding has
    the signal in one mode only ("instagram young_with_logo (fast only)"): a field the ideal
    observation has and the crawl's has not (or the other way), whether or not the class
    changed. Counts only, so held-out worlds may report them."""
    out: Counter[str] = Counter()
    for key in e2e_score.by_profile:
        ideal, got = fast_score.signals.get(key), e2e_score.signals.get(key)
        if ideal is None or got is None:
            continue
        out.update(f"{key[0]} {sig} (fast only)" for sig in ideal - got)
        out.update(f"{key[0]} {sig} (e2e only)" for sig in got - ideal)
    return out


def evaluate(folders: Sequence[WorldFolder], modes: Sequence[str], verbose: bool = False,
             per_world: bool = True) -> dict[str, dict[str, Score]]:
    """mode -> set name (demo, tuning, heldout, ...) -> summed Score; prints as it goes.
    With both modes, each world's e2e Score counts its :func:`class_gaps` (listed per profile
    when ``verbose``, never for a held-out world)."""
    sets: dict[str, dict[str, Score]] = {m: {} for m in modes}
    for folder in folders:
        set_name = "demo" if folder.name == "demo" else (
            _heldout_set(Path(folder.name)) if folder.heldout
            else Path(folder.name).parent.name or folder.name)
        scores: dict[str, Score] = {}
        for mode in modes:
            show = verbose and not folder.heldout
            s = fast(folder, show) if mode == "fast" else e2e(folder, show)
            scores[mode] = s
            if mode == "e2e" and "fast" in scores:
                gaps = class_gaps(scores["fast"], s)
                s.gaps = len(gaps)
                s.signal_gaps = signal_gaps(scores["fast"], s)
                for (platform, handle), true, ideal, got in gaps if show else ():
                    print(f"  {platform}:{handle} truth={true} fast={ideal} e2e={got}: "
                          "the crawl's observation differs from the ideal one")
            if per_world:
                print_score(f"{folder.name} ({mode})", s)
            sets[mode].setdefault(set_name, Score()).merge(s)
    for mode, by_set in sets.items():
        for name, s in by_set.items():
            print_score(f"ALL {name} worlds ({mode})", s)
    return sets


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", type=Path,
                    help="world folders or folders of them (default: evaluation/)")
    ap.add_argument("--mode", choices=("fast", "e2e", "both"), default="fast")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="list every misclassified profile (refused for held-out worlds)")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    args = ap.parse_args(argv)
    paths = args.paths or [ROOT / "evaluation"]
    folders = world_folders(paths)
    if not folders:
        print(f"no world folders under {', '.join(map(str, paths))}", file=sys.stderr)
        return 2
    if args.verbose and any(f.heldout for f in folders):
        print("--verbose is refused for held-out worlds: their profiles are not to be read "
              "while tuning; run it on evaluation/tuning instead", file=sys.stderr)
        return 2
    modes = ("fast", "e2e") if args.mode == "both" else (args.mode,)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sets = evaluate(folders, modes, args.verbose, per_world=not any(f.heldout for f in folders))
    if args.json:
        args.json.write_text(json.dumps(
            {m: {n: s.to_json() for n, s in by.items()} for m, by in sets.items()}, indent=2),
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
