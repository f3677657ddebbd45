"""Builders the mutation and audit tests share: one brand's inventory, a profile observation
with given fields, the finding ``classify`` gives one profile beside the brand's own accounts,
a page of the company's site read by the sweep spider, and a simulated web audited end to end.

Why one module: the mutation-test files (fans, own accounts, pictures, written handles, link
context, Mastodon moves) each wrote these again, a few lines apart; a copy that drifts (an
account's department, a URL shape) changes what a test means without anyone noticing. A
mutation test should show only the words it mutates; the scaffolding lives here.

Examples::

    inv = one_brand_inventory("Quillmark Papier GmbH", "Quillmark Papier",
                              domain="quillmark.de", site="https://www.quillmark.de/",
                              aliases=("Quillmark",), strategy=("instagram",),
                              accounts=[("instagram", "quillmarkpapier", "Marketing")],
                              departments=("Marketing",))
    poser = profile("instagram", "quillmark_promo", display_name="Quillmark", posts=3)
    finding = finding_for(inv, poser, [official])

Nothing here mocks Scrapy, HTTP or SQLite: the spider is Scrapy's own, the audit runs the CLI
against a simulated web on 127.0.0.1 in subprocesses (:mod:`tests.subprocess_audit`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from matching.classify import classify
from matching.models import (
    Brand,
    Department,
    Finding,
    Inventory,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Sighting,
)

REPO = Path(__file__).resolve().parents[1]
#: the bundled demo inventory (Northwind Coffee), which the spider tests plan a sweep from
SEED = REPO / "seeds" / "official_accounts.yaml"
#: the instant most mutation tests classify at
NOW = "2026-11-20T12:00:00+00:00"

#: an account as a test declares it: (platform, handle) or (platform, handle, department)
Declared = tuple[str, str] | tuple[str, str, str | None]


# ----------------------------------------------------------------------------- matching


def one_brand_inventory(organization: str, brand: str, *, domain: str, site: str,
                        aliases: Sequence[str] = (), strategy: Sequence[str] = (),
                        accounts: Iterable[Declared | OfficialAccount] = (),
                        departments: Sequence[str] = ()) -> Inventory:
    """An inventory of one brand (one domain, one website) and its declared accounts, each
    ``(platform, handle)``, ``(platform, handle, department)`` or an ``OfficialAccount`` (when
    a test needs its line or note)."""
    declared = tuple(a if isinstance(a, OfficialAccount)
                     else OfficialAccount(a[0], a[1], brand, a[2] if len(a) > 2 else None)
                     for a in accounts)
    return Inventory(
        organization=organization,
        domains=(domain,),
        departments=tuple(Department(d) for d in departments),
        brands=(Brand(brand, aliases=tuple(aliases), websites=(site,),
                      strategy=tuple(strategy), accounts=declared),),
    )


def profile(platform: str, handle: str, *, url: str | None = None,
            state: ProbeState = ProbeState.FOUND, reason: str | None = None,
            sightings: Iterable[Sighting] = (), **fields: Any) -> ProfileObservation:
    """A profile observation with the given fields (``ProfileFields`` keywords), found at
    ``https://<platform>.test/<handle>`` unless ``url`` says otherwise (``state`` and
    ``reason`` for one that could not be read)."""
    return ProfileObservation(platform, handle, url or f"https://{platform}.test/{handle}",
                              state, reason=reason, fields=ProfileFields(**fields),
                              sightings=tuple(sightings))


def active_page(platform: str, handle: str, name: str, bio: str) -> ProfileObservation:
    """An ordinary page nobody declared, in use (120 posts, 800 followers, active this month):
    only its name and bio say whose it is, which is what a mutation pair changes."""
    return profile(platform, handle, display_name=name, bio=bio, posts=120, followers=800,
                   last_active_at="2026-11-01")


def with_fields(observation: ProfileObservation, **changes: Any) -> ProfileObservation:
    """The same observation with some fields changed: one mutation of a pair."""
    return replace(observation, fields=replace(observation.fields, **changes))


def finding_for(inventory: Inventory, observation: ProfileObservation,
                beside: Iterable[ProfileObservation] = (), *, now: str = NOW,
                **classify_options: Any) -> Finding:
    """The finding ``classify`` gives ``observation`` when it is seen beside ``beside``
    (usually the brand's declared accounts)."""
    findings = classify(inventory, [*beside, observation], now=now, **classify_options)
    return next(f for f in findings if f.key == observation.key)


def declared_in_file(tmp_path: Path, catalog: Any, *accounts: str) -> set[tuple[str, str]]:
    """The accounts an inventory file declares, as ``load_inventory`` reads them with
    ``catalog``'s handle rules and URL parser: ``(platform, canonical handle)``. The file is
    Tallowmere Cycles Ltd's, one brand, ``accounts`` its YAML lines (``{platform: ...,
    handle: ...}`` or ``url: ...``): what a test of a new kind of handle declares."""
    from matching.inventory import load_inventory

    path = tmp_path / "inventory.yaml"
    path.write_text(
        "organization: Tallowmere Cycles Ltd\n"
        "brands:\n"
        "  - name: Tallowmere\n"
        "    accounts:\n" + "".join(f"      - {line}\n" for line in accounts), encoding="utf-8")
    inv = load_inventory(path, catalog.rules(), url_parser=catalog.match_profile_url)
    return {(a.platform, catalog[a.platform].canonical(a.handle)) for a in inv.brands[0].accounts}


# ----------------------------------------------------------------------------- the crawler


def seed_spider(*platforms: str) -> Any:
    """The sweep spider of the demo inventory on ``platforms``, as a crawl builds it (Scrapy's
    own crawler, no network): for reading pages of the company's site with ``parse_page``."""
    from scrapy.utils.test import get_crawler

    from crawler.plan import SweepPlan
    from crawler.spiders.sweep import SweepSpider

    plan = SweepPlan.load(SEED, platforms, max_variants=2)
    return SweepSpider.from_crawler(get_crawler(SweepSpider), plan=plan)


def store_spider(plan: Any, db: Path, audit: int, **settings: Any) -> Any:
    """The sweep spider of ``plan`` writing audit ``audit`` to the SQLite store ``db``, as a
    crawl starts it: Scrapy's own ``Crawler`` with its stats collector in place (no network),
    ``settings`` the crawl's others (``BRANDSWEEP_RESUME``...)."""
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import MemoryStatsCollector

    from crawler.options import scrapy_settings
    from crawler.spiders.sweep import SweepSpider

    crawler = Crawler(SweepSpider, scrapy_settings({
        "BRANDSWEEP_AUDIT_ID": audit, "BRANDSWEEP_DB": str(db), **settings}))
    crawler.stats = MemoryStatsCollector(crawler)
    return SweepSpider.from_crawler(crawler, plan=plan)


def resumable_spider(tmp_path: Path, resume: bool, audit: int | None = None,
                     **options: Any) -> tuple[Any, int]:
    """The sweep spider of the demo inventory (``AuditOptions`` ``options``: platforms,
    variants...) over the store ``tmp_path/a.db``, resuming audit ``audit`` when ``resume``
    (a new audit begun there when ``audit`` is None), and the audit's id: what the resume
    tests run a first crawl and its resumption with."""
    from crawler.options import AuditOptions
    from crawler.runner import load_plan
    from crawler.store import Store

    db = tmp_path / "a.db"
    plan = load_plan(AuditOptions(inventory=SEED, out=tmp_path, db=db, **options))
    if audit is None:
        with Store(db) as store:
            audit = store.begin_audit(plan.inventory)
    return store_spider(plan, db, audit, BRANDSWEEP_RESUME=resume), audit


def company_page(path: str, title: str, main: str, *, header: str = "",
                 footer: str = "") -> Any:
    """A page of the demo company's site (northwindcoffee.com) as the spider receives it:
    ``<main>`` holds what the test writes, ``header``/``footer`` the page's chrome."""
    from scrapy.http import HtmlResponse, Request

    url = f"https://northwindcoffee.com{path}"
    body = (f"<html><head><title>{title}</title></head><body>{header}<main>{main}</main>"
            f"{footer}</body></html>")
    return HtmlResponse(url, body=body.encode(), encoding="utf-8",
                        request=Request(url, meta={"bs_depth": 0}))


def sightings_on(spider: Any, response: Any) -> list[Sighting]:
    """The profiles the spider sights on a page of the company's site."""
    from crawler.spiders import websites

    return [i for i in websites.parse_page(spider, response) if isinstance(i, Sighting)]


# ----------------------------------------------------------------------------- simulated webs


def written_world(folder: Path, data: dict[str, Any]) -> Any:
    """A simulated web's world from ``data`` (the YAML schema's keys: ``now``,
    ``organization``, ``sites``, ``profiles``...), written to ``folder/w.yaml`` and read back
    by ``simweb.load_world``, so the checks a world file gets run on it too."""
    import yaml

    from simweb import load_world

    path = folder / "w.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return load_world(path)


# ----------------------------------------------------------------------------- subprocesses


def child_env(**settings: Any) -> dict[str, str]:
    """The environment of a ``python -m crawler...`` child on 127.0.0.1: this one without
    its proxies (a local address must not go through one), this checkout first on the path,
    and ``settings`` as the Scrapy settings it reads (none inherited when there are none)."""
    import os

    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["PYTHONPATH"] = str(REPO)
    env.pop("BRANDSWEEP_SCRAPY_SETTINGS", None)
    if settings:
        env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps(settings)
    return env


# ----------------------------------------------------------------------------- a real audit


def audit_findings(tmp_path: Path, world: str, inventory: str, *options: str,
                   timeout: float = 240) -> dict[str, dict[str, Any]]:
    """One real audit (the CLI in a subprocess) of the simulated web ``world`` (its YAML),
    served in another subprocess, for the inventory ``inventory`` (its YAML): the report's
    findings by handle. The audit must end 0 (nothing to act on) or 3 (findings)."""
    from tests.subprocess_audit import SimWebProcess, run_audit

    world_file = tmp_path / "world.yaml"
    world_file.write_text(world, encoding="utf-8")
    inventory_file = tmp_path / "inventory.yaml"
    inventory_file.write_text(inventory, encoding="utf-8")
    out = tmp_path / "out"
    with SimWebProcess(world_file) as web:
        done = run_audit(inventory_file, web, tmp_path / "a.db", out, *options, timeout=timeout)
    if done.returncode not in (0, 3):
        raise AssertionError(f"audit ended {done.returncode}:\n{done.stderr[-3000:]}")
    return {f["handle"]: f for f in json.loads((out / "findings.json").read_text())}


# ----------------------------------------------------------------------------- Quillmark Papier
# Quillmark Papier GmbH, a fictional paper maker in Hamburg, is the brand most mutation tests
# are about: one brand, its site, its logo and its declared Instagram account.

QUILLMARK_SITE = "https://www.quillmark.de"
#: the site as the inventory declares it
QUILLMARK_URL = f"{QUILLMARK_SITE}/"
#: the perceptual hash of the company's logo
QUILLMARK_LOGO = "f766e88961998798"


def quillmark_inventory(strategy: Sequence[str], *, aliases: Sequence[str] = ("Quillmark",),
                        accounts: Iterable[Declared | OfficialAccount] = (
                            ("instagram", "quillmarkpapier"),),
                        departments: Sequence[str] = ()) -> Inventory:
    """Quillmark Papier GmbH's inventory: the brand on ``strategy``'s platforms, its site
    ``https://www.quillmark.de/``, by default only its Instagram account declared."""
    return one_brand_inventory("Quillmark Papier GmbH", "Quillmark Papier",
                               domain="quillmark.de", site=QUILLMARK_URL, aliases=aliases,
                               strategy=strategy, accounts=accounts, departments=departments)


def quillmark_instagram(**fields: Any) -> ProfileObservation:
    """The declared Instagram account ``quillmarkpapier`` as read: the brand's name, a bio,
    the logo, 900 posts, 20,000 followers, the site's link, active two days ago. ``fields``
    change any of it (``None`` for what a test's page does not show)."""
    shown: dict[str, Any] = {
        "display_name": "Quillmark Papier", "bio": "Papier aus Hamburg seit 1921.",
        "avatar_phash": QUILLMARK_LOGO, "posts": 900, "followers": 20000,
        "external_links": (QUILLMARK_URL,), "last_active_at": "2026-11-18"}
    return profile("instagram", "quillmarkpapier", **{**shown, **fields})


#: Quillmark's Instagram and Facebook accounts, both declared for Marketing
QUILLMARK_MARKETING: tuple[Declared, ...] = (("instagram", "quillmarkpapier", "Marketing"),
                                             ("facebook", "quillmarkpapier", "Marketing"))


def quillmark_facebook(**fields: Any) -> ProfileObservation:
    """The Facebook page ``quillmarkpapier`` as read (declared in ``QUILLMARK_MARKETING``):
    the brand's name, the logo, 300 posts, the site's link, active ten days ago; ``fields``
    change any of it."""
    shown: dict[str, Any] = {
        "display_name": "Quillmark Papier", "avatar_phash": QUILLMARK_LOGO, "posts": 300,
        "external_links": (QUILLMARK_URL,), "last_active_at": "2026-11-10"}
    return profile("facebook", "quillmarkpapier", **{**shown, **fields})


def quillmark_world_yaml(home_links: Sequence[tuple[str, str]],
                         pages: dict[str, dict[str, Any]],
                         profiles: Sequence[dict[str, Any]]) -> str:
    """The YAML of a simulated web of Quillmark Papier GmbH (a German paper maker): its site
    (the footer links the declared Instagram account; the home page links ``home_links``,
    ``(path, text)``; ``pages`` by path), the declared account, the giveaway poser
    ``quillmark_gewinnspiel`` that the site's warning page is there to disown, and
    ``profiles``."""
    import yaml

    home = {"title": "Quillmark Papier",
            "body": "<h1>Quillmark Papier</h1><p>Papier aus Hamburg seit 1921.</p>",
            "links": [{"url": f"{QUILLMARK_SITE}{path}", "text": text}
                      for path, text in home_links]}
    declared = {
        "platform": "instagram", "handle": "quillmarkpapier", "display_name": "Quillmark Papier",
        "bio": "Papier aus Hamburg seit 1921. quillmark.de", "avatar": "logo:quillmark",
        "followers": 20000, "posts": 900, "links": [QUILLMARK_SITE],
        "created_at": "2015-01-01", "last_active_at": "2026-11-18",
        "truth": {"class": "official", "brand": "Quillmark Papier"}}
    poser = {
        "platform": "instagram", "handle": "quillmark_gewinnspiel",
        "display_name": "Quillmark Papier Gewinnspiel",
        "bio": "Quillmark Papier Gewinnspiel! Schreib uns eine DM.", "avatar": "logo:quillmark",
        "followers": 90, "posts": 3, "created_at": "2026-09-01", "last_active_at": "2026-11-18",
        "indexed_by": ["official_site"],
        "truth": {"class": "impostor", "brand": "Quillmark Papier", "severity": "medium"}}
    world = {
        "now": NOW, "organization": "Quillmark Papier GmbH",
        "sites": [{"host": "www.quillmark.de", "aliases": ["quillmark.de"], "kind": "company",
                   "lang": "de", "title": "Quillmark Papier",
                   "footer": [{"url": "https://www.instagram.com/quillmarkpapier/",
                               "text": "Instagram"}],
                   "pages": {"/": home, **pages}}],
        "profiles": [declared, poser, *profiles]}
    return yaml.safe_dump(world, allow_unicode=True, sort_keys=False)


def quillmark_inventory_yaml(*departments: tuple[str, str]) -> str:
    """The YAML of Quillmark Papier GmbH's inventory: one brand on Instagram, its account
    declared for Marketing; ``departments`` as ``(name, owner)``, Marketing's first."""
    import yaml

    return yaml.safe_dump({
        "organization": "Quillmark Papier GmbH", "domains": ["quillmark.de"],
        "departments": [{"name": name, "owner": owner} for name, owner in departments],
        "brands": [{"name": "Quillmark Papier", "aliases": ["Quillmark"],
                    "websites": [QUILLMARK_SITE], "strategy": ["instagram"],
                    "accounts": [{"platform": "instagram", "handle": "quillmarkpapier",
                                  "department": "Marketing"}]}],
    }, allow_unicode=True, sort_keys=False)
