"""One registered-domain rule everywhere, with the public suffix list's private section on (#10).

A company may publish on a shared host (``northwind.github.io``, ``northwind.blogspot.com``):
that name is its own, but the host's other names belong to anybody. Before, matching reduced
``northwind.github.io`` to ``github.io``, so a scam page at ``free-giveaway.github.io`` counted
as the company's own site (and the spider skipped fetching it).
"""

from __future__ import annotations

import ast
import types
from pathlib import Path

import pytest

from matching import signals as sig
from matching.classify import classify
from matching.inventory import load_inventory
from matching.models import FindingClass, HandleRule, ProbeState, ProfileFields, ProfileObservation
from matching.normalise import registered_domain

ROOT = Path(__file__).resolve().parents[1]

SHARED = [
    ("northwind.github.io", "free-giveaway.github.io"),
    ("northwind.blogspot.com", "northwind-prizes.blogspot.com"),
    ("northwind.web.app", "claim-northwind.web.app"),
    ("northwind.netlify.app", "free-giveaway.netlify.app"),
    ("northwind.azurewebsites.net", "giveaway.azurewebsites.net"),
]


@pytest.mark.parametrize("official,other", SHARED)
def test_a_name_on_a_shared_host_is_its_own_registered_domain(official: str, other: str) -> None:
    assert registered_domain(f"https://{official}/about") == official
    assert registered_domain(f"https://www.{official}/") == official
    assert registered_domain(f"https://{other}/claim") == other


def test_ordinary_domains_keep_their_registered_name() -> None:
    assert registered_domain("https://shop.northwindcoffee.com.tr/x") == "northwindcoffee.com.tr"
    assert registered_domain("WWW.NorthwindCoffee.com.") == "northwindcoffee.com"
    assert registered_domain("localhost") == "localhost"
    assert registered_domain("") == ""
    assert registered_domain("http://[::1") == ""


@pytest.mark.parametrize("official,other", SHARED)
def test_another_name_on_the_shared_host_is_not_official(official: str, other: str) -> None:
    offs = frozenset({registered_domain(official)})
    kind, dom, _ = sig.classify_domain(f"https://{other}/claim", offs, ("northwindcoffee",))
    assert kind != "official" and dom == other
    kind, dom, _ = sig.classify_domain(f"https://{official}/news", offs, ())
    assert (kind, dom) == ("official", official)


@pytest.mark.parametrize("official,other", SHARED)
def test_a_scam_page_on_the_shared_host_does_not_make_a_profile_the_companys(
    tmp_path: Path, official: str, other: str
) -> None:
    inv_file = tmp_path / "inventory.yaml"
    inv_file.write_text(
        "organization: Northwind Coffee Co.\n"
        f"domains: [{official}]\n"
        "brands:\n"
        "  - name: Northwind Coffee\n"
        f"    websites: [https://{official}]\n"
        "    accounts:\n"
        "      - {platform: instagram, handle: northwindcoffee}\n",
        encoding="utf-8",
    )
    inv = load_inventory(inv_file, {"instagram": HandleRule(r"[a-z0-9._]+")})
    assert official in inv.domains
    obs = ProfileObservation(
        "instagram",
        "northwindcoffee_giveaway",
        "https://www.instagram.com/northwindcoffee_giveaway/",
        ProbeState.FOUND,
        fields=ProfileFields(
            display_name="Northwind Coffee",
            bio="Claim your prize at the link!",
            external_links=(f"https://{other}/claim",),
            posts=3,
        ),
    )
    own = ProfileObservation(
        "facebook",
        "northwindcoffeenews",
        "https://www.facebook.com/northwindcoffeenews",
        ProbeState.FOUND,
        fields=ProfileFields(
            display_name="Northwind Coffee News",
            bio="News from Northwind Coffee.",
            external_links=(f"https://{official}/news",),
            verified=True,
            posts=30,
        ),
    )
    by = {f.handle: f for f in classify(inv, [obs, own], now="2026-11-20T00:00:00+00:00")}
    scam = by["northwindcoffee_giveaway"]
    assert scam.cls == FindingClass.IMPOSTOR, scam
    assert not any(e.signal in ("official_link", "company_resources") for e in scam.evidence)
    assert by["northwindcoffeenews"].cls in (
        FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT
    ), by["northwindcoffeenews"]


def test_the_spider_uses_the_same_rule() -> None:
    from crawler.spiders import sweep

    assert sweep.registered_domain is registered_domain
    spider = types.SimpleNamespace(official_domains=frozenset({"northwind.github.io"}))
    assert sweep.SweepSpider.is_official_url(spider, "https://northwind.github.io/x")  # type: ignore[arg-type]
    assert not sweep.SweepSpider.is_official_url(  # type: ignore[arg-type]
        spider, "https://free-giveaway.github.io/claim"
    )


def test_only_normalise_builds_a_suffix_list_reader() -> None:
    """One ``TLDExtract`` in the product: a second one is how the rules drifted apart."""
    where = []
    for pkg in ("matching", "crawler", "reports"):
        for path in (ROOT / pkg).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Attribute) and node.attr == "TLDExtract"
                        and path.name != "normalise.py"):
                    where.append(str(path.relative_to(ROOT)))
    assert where == []
