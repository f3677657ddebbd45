"""One imitated account per finding (ux19, issue #11): when the brand's logo is on every
official account, the account an impostor imitates is the one on its own platform, else the
one its handle resembles most, and every output names that one (the classifier's choice, then
``live_imitations``, which the report and the evidence packs apply again). Only ``imitates``
moves: never a class or severity. Pure functions, milliseconds."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from matching.classify import _imitates, live_imitations
from matching.models import (
    Brand,
    Finding,
    FindingClass,
    OfficialAccount,
    ProbeState,
    ProfileObservation,
    Severity,
)

LOGO = 0x0F0F_F0F0_1234_ABCD
OTHER = 0x7777_0000_FFFF_1111

YT = OfficialAccount("youtube", "@acmetransfer", "Acme")
GH = OfficialAccount("github", "acmecoffee", "Acme")
TG = OfficialAccount("telegram", "acmecoffee", "Acme")
IG = OfficialAccount("instagram", "acme.coffee", "Acme")


def _ix(*accounts_bits):
    return SimpleNamespace(
        avatar_bits=np.array([b for _a, b in accounts_bits], dtype=np.uint64),
        avatar_labels=[(0, a) for a, _b in accounts_bits],
        avatar_crops=[None] * len(accounts_bits),
    )


def _obs(platform: str, handle: str) -> ProfileObservation:
    return ProfileObservation(platform, handle, f"https://{platform}.example/{handle}",
                              ProbeState.FOUND)


def test_a_shared_logo_names_the_account_on_the_impostors_platform():
    """The avatar index names the logo's first owner (YouTube); the brand's Telegram channel
    shows the same logo: a Telegram impostor imitates the Telegram channel."""
    brand = Brand("Acme", accounts=(YT, GH, TG))
    ix = _ix((YT, LOGO), (GH, LOGO), (TG, LOGO ^ 0b11))  # re-encoded: 2 bits apart
    assert _imitates(brand, _obs("telegram", "acmecoffee_support"), YT, ix) is TG
    # of two Telegram accounts, the one showing the copied picture, whatever the handle
    jobs = OfficialAccount("telegram", "acmecoffee_jobs", "Acme")
    two = Brand("Acme", accounts=(YT, GH, TG, jobs))
    ix2 = _ix((YT, LOGO), (GH, LOGO), (TG, LOGO), (jobs, OTHER))
    assert _imitates(two, _obs("telegram", "acmecoffee_jobs_hr"), YT, ix2) is TG
    # the avatar's owner on the impostor's own platform is the one
    assert _imitates(two, _obs("youtube", "@acmecoffee"), YT, ix2) is YT


def test_without_an_account_there_the_one_its_handle_resembles_most():
    """No official Telegram account: of the accounts showing the copied logo, the one whose
    handle the impostor's resembles (not whichever the avatar index names first)."""
    brand = Brand("Acme", accounts=(YT, GH, IG))
    ix = _ix((YT, LOGO), (GH, LOGO), (IG, OTHER))
    assert _imitates(brand, _obs("telegram", "acme_coffee"), YT, ix) is GH
    # a picture only one account shows: that account
    only = _ix((YT, LOGO), (GH, OTHER), (IG, OTHER))
    assert _imitates(brand, _obs("telegram", "acme_coffee"), YT, only) is YT


def _f(platform, handle, cls, imitates=None, brand="Acme"):
    return Finding(platform, handle, f"https://{platform}.example/{handle}", None, cls,
                   Severity.HIGH if cls == FindingClass.IMPOSTOR else None, 0.9, brand, None,
                   imitates=imitates)


def _key(platform: str, handle: str) -> tuple[str, str]:
    return (platform, handle.lower())


def test_an_impostor_imitating_another_platforms_account_names_the_brands_own_one_there():
    """The audit found the brand's unlisted Telegram channel: the Telegram impostor that the
    classifier said imitates the GitHub account names the channel (the one the report's
    comparison shows); class and severity stay."""
    channel = _f("telegram", "acmecoffee_official", FindingClass.OFFICIAL_UNLISTED)
    imp = _f("telegram", "acmecoffee_help", FindingClass.IMPOSTOR, ("github", "acmecoffee"))
    elsewhere = _f("x", "acmecoffee_help", FindingClass.IMPOSTOR, ("github", "acmecoffee"))
    out = live_imitations([_f("github", "acmecoffee", FindingClass.OFFICIAL), channel, imp,
                           elsewhere], _key)
    assert out[2].imitates == ("telegram", "acmecoffee_official")
    assert (out[2].cls, out[2].severity) == (imp.cls, imp.severity)
    assert out[3].imitates == ("github", "acmecoffee")  # no account of ours on X
    # another brand's account on the platform is not ours to name
    other = _f("telegram", "othercoffee", FindingClass.OFFICIAL_UNLISTED, brand="Other")
    assert live_imitations([other, imp], _key)[1].imitates == ("github", "acmecoffee")
    # applied again (the report, the evidence pack): the same answer
    assert live_imitations(out, _key) == out
    # a channel of ours to retire is still ours: named where it is the only one there (an
    # official one first where there are both)
    old = _f("telegram", "acmecoffee", FindingClass.REDUNDANT)
    assert live_imitations([old, imp], _key)[1].imitates == ("telegram", "acmecoffee")
    both = live_imitations([old, channel, imp], _key)
    assert both[2].imitates == ("telegram", "acmecoffee_official")


def test_the_report_names_and_compares_with_the_same_account():
    """The action line's account and the comparison's official card are one account: a
    Telegram impostor the classifier said imitates the Instagram account is shown beside the
    brand's Telegram channel (a channel to retire, still ours) and its action names it."""
    from dataclasses import replace

    from reports import build_view, sample

    base = sample.findings()
    brand = base[1].brand
    channel = replace(base[4], platform="telegram", handle="northwindcoffee",
                      url="https://t.me/northwindcoffee", brand=brand)
    assert channel.cls == FindingClass.REDUNDANT
    imp = replace(base[1], platform="telegram", handle="northwindcoffee_support",
                  url="https://t.me/northwindcoffee_support")
    view = build_view(sample.inventory(), [*base, channel, imp], sample.audit())
    cmp = next(c for c in view.comparisons if c.row.handle_plain == "northwindcoffee_support"
               and c.row.platform == "telegram")
    assert cmp.official.platform == "telegram" and "northwindcoffee" in str(cmp.official.handle)
    assert cmp.row.imitates == "telegram northwindcoffee"  # (the sample has no titles)
    item = next(it for g in view.actions if g.key == "impostor" for it in g.items
                if it.row is cmp.row)
    assert "t.me/northwindcoffee" in item.instruction
