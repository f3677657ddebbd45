"""An impostor's ``imitates`` never names a declared account the same audit found gone: the
brand's live account on that platform is named instead, in findings.json as in the report
(matching/classify.live_imitations). Pure functions, no audit."""

from __future__ import annotations

from matching.classify import classify, live_imitations
from matching.models import Finding, FindingClass, ProbeState, ProfileObservation
from tests.builders import one_brand_inventory, profile

NOW = "2026-11-20T12:00:00+00:00"
INV = one_brand_inventory(
    "Northwind Coffee Co.", "Northwind Coffee", domain="northwindcoffee.com",
    site="https://www.northwindcoffee.com/", aliases=("Northwind",),
    accounts=[("x", "NorthwindCare"), ("x", "NorthwindGone")],
)


def seen(handle: str, state: ProbeState = ProbeState.FOUND, **fields: object) -> ProfileObservation:
    return profile("x", handle, state=state, **fields)


def key(platform: str, handle: str) -> tuple[str, str]:
    return platform, handle.lower()


def finding(handle: str, cls: FindingClass, imitates: tuple[str, str] | None = None,
            followers: int | None = None) -> Finding:
    return Finding("x", handle, None, None, cls, None, 0.9, "Northwind Coffee", None,
                   imitates=imitates,
                   observation=seen(handle, followers=followers) if followers else None)


def test_an_impostor_of_a_gone_account_imitates_the_live_one_in_findings() -> None:
    scam = seen("northwindgone_", display_name="Northwind Coffee", posts=3,
                bio="DM us your card number to claim your refund, official support of "
                    "Northwind Coffee")
    out = {f.handle: f for f in classify(INV, [
        seen("northwindcare", display_name="Northwind Coffee Care", posts=9000),
        seen("northwindgone", ProbeState.NOT_FOUND), scam], now=NOW)}
    assert out["northwindgone"].cls == FindingClass.MISSING
    assert out["northwindgone_"].cls == FindingClass.IMPOSTOR
    assert out["northwindgone_"].imitates == ("x", "northwindcare")


def test_the_most_followed_live_account_is_named_and_none_leaves_it_as_it_was() -> None:
    imp = finding("northwindgone_", FindingClass.IMPOSTOR, ("x", "NorthwindGone"))
    gone = finding("northwindgone", FindingClass.MISSING)
    small = finding("northwindhelp", FindingClass.OFFICIAL_UNLISTED, followers=10)
    big = finding("northwindcare", FindingClass.OFFICIAL, followers=5000)
    got = live_imitations([imp, gone, small, big], key)
    assert got[0].imitates == ("x", "northwindcare") and got[1:] == [gone, small, big]
    assert live_imitations([imp, gone], key)[0].imitates == ("x", "NorthwindGone")
    alive = finding("northwindgone", FindingClass.OFFICIAL)  # not gone: nothing to replace
    assert live_imitations([imp, alive, big], key)[0].imitates == ("x", "NorthwindGone")
