"""classify: each class from a small hand-built inventory, triage overrides, no clock."""

from __future__ import annotations

import contextlib
import importlib.util
import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.classify import classify
from matching.config import DEFAULT_CONFIG
from matching.models import (
    AllowEntry,
    Brand,
    Department,
    FindingClass,
    Inventory,
    LinkedPage,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Severity,
    Sighting,
    Triage,
    TriageDecision,
    Via,
)

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-11-20T12:00:00+00:00"
LOGO = "f766e88961998798"
LOGO_COPY = "f766e88961998799"  # 1 bit off: a re-encoded copy
OTHER = "0123456789abcdef"
BIO = "Small-batch roasters since 2009. Ethically sourced, roasted in Leeds."
SITE = "https://www.northwindcoffee.com/"

INV = Inventory(
    organization="Northwind Coffee Co.",
    domains=("northwindcoffee.com",),
    departments=(Department("Marketing"), Department("Customer Care"), Department("People")),
    brands=(
        Brand(
            "Northwind Coffee",
            aliases=("Northwind", "NWC"),
            websites=(SITE,),
            strategy=("instagram", "x", "tiktok"),
            accounts=(
                OfficialAccount("instagram", "northwindcoffee", "Northwind Coffee", "Marketing"),
                OfficialAccount("instagram", "northwindcoffeeco", "Northwind Coffee", "Marketing"),
                OfficialAccount("x", "NorthwindCare", "Northwind Coffee", "Customer Care"),
                OfficialAccount("tiktok", "northwindcoffee", "Northwind Coffee", "Marketing"),
                OfficialAccount("x", "NorthwindGone", "Northwind Coffee", "Marketing"),
            ),
        ),
    ),
    allow=(AllowEntry("instagram", "northwindreseller", "our Leeds reseller"),),
)


def found(
    platform: str, handle: str, sightings: tuple[Sighting, ...] = (), **fields
) -> ProfileObservation:  # noqa: E501
    return ProfileObservation(
        platform,
        handle.lower(),
        f"https://{platform}.test/{handle}",
        ProbeState.FOUND,
        fields=ProfileFields(**fields),
        sightings=sightings,
    )


OFFICIAL_OBS = [
    found(
        "instagram",
        "northwindcoffee",
        display_name="Northwind Coffee Co.",
        bio=BIO,
        avatar_phash=LOGO,
        posts=1000,
        followers=50000,
        external_links=(SITE,),
        last_active_at="2026-11-18",
    ),
    found(
        "instagram",
        "northwindcoffeeco",
        display_name="Northwind Coffee Co.",
        bio="We've moved! Follow @northwindcoffee",
        avatar_phash=LOGO,
        posts=200,
        followers=900,
        last_active_at="2023-04-02",
    ),
    found(
        "x",
        "NorthwindCare",
        display_name="Northwind Coffee Care",
        avatar_phash=LOGO,
        posts=9000,
        last_active_at="2026-11-19",
    ),
    ProfileObservation("x", "northwindgone", "https://x.com/NorthwindGone", ProbeState.NOT_FOUND),
    ProfileObservation(
        "tiktok",
        "northwindcoffee",
        "https://tiktok.com/@northwindcoffee",
        ProbeState.UNVERIFIABLE,
        reason="rate_limited",
    ),
]


def run(*extra: ProfileObservation, triage=None, **kw):  # type: ignore[no-untyped-def]
    findings = classify(INV, [*OFFICIAL_OBS, *extra], triage=triage or {}, now=NOW, **kw)
    return {f.key: f for f in findings}


def test_declared_accounts() -> None:
    out = run()
    assert out[("instagram", "northwindcoffee")].cls == FindingClass.OFFICIAL
    red = out[("instagram", "northwindcoffeeco")]
    assert red.cls == FindingClass.REDUNDANT
    assert {"dormant", "duplicate_account"} <= {e.signal for e in red.evidence}
    assert out[("x", "northwindcare")].cls == FindingClass.OFFICIAL
    assert out[("x", "northwindgone")].cls == FindingClass.MISSING
    unv = out[("tiktok", "northwindcoffee")]
    assert unv.cls == FindingClass.UNVERIFIED and unv.probe_reason == "rate_limited"


def test_declared_but_never_observed_is_unverified_not_missing() -> None:
    findings = classify(INV, OFFICIAL_OBS[:1], now=NOW)
    by = {f.key: f for f in findings}
    assert by[("x", "northwindcare")].cls == FindingClass.UNVERIFIED
    assert by[("x", "northwindcare")].probe_reason == "not_checked"


def test_high_severity_impostor_with_copied_logo_scam_and_lookalike() -> None:
    imp = found(
        "instagram",
        "northwindcofee",
        display_name="Northwind Coffee Co.",
        bio=BIO + " DM us your order number for a refund!",
        avatar_phash=LOGO_COPY,
        posts=3,
        external_links=("https://northwind-coffee-rewards.com/claim",),
    )
    f = run(imp)[("instagram", "northwindcofee")]
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH
    assert f.brand == "Northwind Coffee"
    assert f.imitates == ("instagram", "northwindcoffee")
    signals = {e.signal for e in f.evidence}
    assert {
        "handle_similarity",
        "avatar_match",
        "bio_copy",
        "lookalike_link",
        "scam_wording",
    } <= signals
    assert f.score >= DEFAULT_CONFIG.relevance_cutoff and f.harm >= DEFAULT_CONFIG.severity_high


def test_cyrillic_display_name_without_scam_is_medium() -> None:
    imp = found(
        "instagram",
        "northwind_coffee_co",
        display_name="N\u043erthwind Coffee Co.",
        bio=BIO,
        avatar_phash=LOGO_COPY,
        posts=5,
    )
    f = run(imp)[("instagram", "northwind_coffee_co")]
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM
    assert any(e.signal == "homoglyphs" and "U+043E" in e.detail for e in f.evidence)


def test_squatter_on_empty_brand_handle_is_low() -> None:
    f = run(found("x", "northwindcoffee", posts=0))[("x", "northwindcoffee")]
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.LOW
    assert any(e.signal == "empty_profile" for e in f.evidence)


@pytest.mark.parametrize(
    "handle, name, bio, link",
    [
        (
            "northwindsailing",
            "Northwind Sailing Club",
            "Dinghy sailing on Windermere since 1974.",
            "https://www.northwindsailing.org.uk/",
        ),
        (
            "northwind",
            "Elif Northwind | Birds",
            "Bird photographer, Norfolk coast.",
            "https://elifnorthwind.photo/",
        ),
        (
            "northwindcafe",
            "Northwind Café Wellington",
            "Flat whites & scones in Aro Valley.",
            "https://northwindcafe.co.nz/",
        ),
    ],
)
def test_namesakes_are_unrelated(handle: str, name: str, bio: str, link: str) -> None:
    obs = found(
        "instagram",
        handle,
        display_name=name,
        bio=bio,
        avatar_phash=OTHER,
        posts=500,
        external_links=(link,),
    )
    f = run(obs)[("instagram", handle)]
    assert f.cls == FindingClass.UNRELATED, [e.detail for e in f.evidence]
    assert f.severity is None


def test_fan_page_and_parody() -> None:
    fan = found(
        "instagram",
        "northwindcoffeefans",
        display_name="Northwind Coffee Fans",
        bio="Fan page, not affiliated with Northwind Coffee Co.",
        posts=300,
    )
    parody = found(
        "x",
        "NorthwindDecaf",
        display_name="Northwind Decaf (parody)",
        bio="Parody. Not affiliated with @NorthwindCoffee.",
        avatar_phash=LOGO_COPY,
    )
    out = run(fan, parody)
    assert out[("instagram", "northwindcoffeefans")].cls == FindingClass.FAN
    assert out[("x", "northwinddecaf")].cls == FindingClass.FAN


def test_official_unlisted_from_official_site_and_redundant_outside_strategy() -> None:
    careers = found(
        "instagram",
        "northwindcareers",
        sightings=(Sighting("instagram", "northwindcareers", Via.OFFICIAL_SITE, SITE + "careers"),),
        display_name="Life at Northwind Coffee",
        bio="We're hiring!",
        avatar_phash=LOGO,
        posts=100,
        last_active_at="2026-11-01",
    )
    tg = found(
        "telegram",
        "northwindcoffee",
        sightings=(Sighting("telegram", "northwindcoffee", Via.OFFICIAL_SITE, SITE),),
        display_name="Northwind Coffee Co.",
        posts=10,
        last_active_at="2026-10-01",
    )
    out = run(careers, tg)
    c = out[("instagram", "northwindcareers")]
    assert c.cls == FindingClass.OFFICIAL_UNLISTED and c.department == "People"
    assert c.evidence[0].signal == "official_site_link"
    t = out[("telegram", "northwindcoffee")]
    assert t.cls == FindingClass.REDUNDANT
    assert any(e.signal == "outside_strategy" for e in t.evidence)


def test_search_sighting_of_an_official_page_is_not_proof() -> None:
    obs = found(
        "instagram",
        "northwind.rewards",
        sightings=(Sighting("instagram", "northwind.rewards", Via.WEB_SEARCH, SITE),),
        display_name="Northwind Coffee Rewards",
        bio="Claim your free coffee! DM us.",
        avatar_phash=LOGO_COPY,
        posts=2,
    )
    f = run(obs)[("instagram", "northwind.rewards")]
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH


def test_allow_and_unverifiable_candidates() -> None:
    allowed = found(
        "instagram",
        "northwindreseller",
        display_name="Northwind Coffee Reseller",
        avatar_phash=LOGO_COPY,
        posts=50,
    )
    hidden = ProfileObservation(
        "instagram", "northwindcoffee.shop", "u", ProbeState.UNVERIFIABLE, reason="login_wall"
    )
    gone = ProfileObservation("instagram", "northwindcoffee.fake", "u", ProbeState.NOT_FOUND)
    out = run(allowed, hidden, gone)
    a = out[("instagram", "northwindreseller")]
    assert a.cls == FindingClass.UNRELATED and a.evidence[0].signal == "allowed"
    h = out[("instagram", "northwindcoffee.shop")]
    assert h.cls == FindingClass.UNVERIFIED and h.probe_reason == "login_wall"
    assert ("instagram", "northwindcoffee.fake") not in out  # undeclared + not found: nothing


@pytest.mark.parametrize(
    "decision, expected",
    [
        (TriageDecision.FALSE_POSITIVE, FindingClass.UNRELATED),
        (TriageDecision.ALLOW, FindingClass.UNRELATED),
        (TriageDecision.FAN, FindingClass.FAN),
        (TriageDecision.OFFICIAL, FindingClass.OFFICIAL_UNLISTED),
        (TriageDecision.IMPOSTOR_CONFIRMED, FindingClass.IMPOSTOR),
        (TriageDecision.TAKEN_DOWN, FindingClass.IMPOSTOR),
    ],
)
def test_triage_overrides(decision: TriageDecision, expected: FindingClass) -> None:
    obs = found(
        "instagram",
        "northwindcoffee_support",
        display_name="Northwind Coffee Support",
        bio="DM us your order number",
        posts=4,
    )
    t = Triage("instagram", "northwindcoffee_support", decision, note="checked")
    f = run(obs, triage={t.platform and (t.platform, t.handle): t})[
        ("instagram", "northwindcoffee_support")
    ]
    assert f.cls == expected and f.triage == t
    assert f.evidence[0].signal == "triage"
    assert (f.severity is not None) == (expected == FindingClass.IMPOSTOR)


def test_unrelated_triaged_impostor_becomes_impostor() -> None:
    obs = found("instagram", "coffeelover99", display_name="Coffee Lover", bio="hi", posts=3)
    t = Triage("instagram", "coffeelover99", TriageDecision.IMPOSTOR_CONFIRMED)
    f = run(obs, triage={("instagram", "coffeelover99"): t})[("instagram", "coffeelover99")]
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM


def test_pure_and_deterministic() -> None:
    obs = [
        *OFFICIAL_OBS,
        found(
            "instagram",
            "n0rthwindcoffee",
            display_name="Northwind Coffee",
            bio="free crypto",
            avatar_phash=LOGO,
            posts=1,
        ),
    ]
    a = classify(INV, obs, now=NOW)
    b = classify(INV, list(reversed(obs)), now=NOW)
    assert [(f.key, f.cls, f.severity, f.score) for f in a] == [
        (f.key, f.cls, f.severity, f.score) for f in b
    ]
    # a later "now" makes the busy official account dormant: the clock is a parameter
    later = {f.key: f for f in classify(INV, obs, now="2030-01-01T00:00:00+00:00")}
    assert later[("instagram", "northwindcoffee")].cls == FindingClass.REDUNDANT


def test_config_changes_thresholds() -> None:
    obs = found(
        "instagram",
        "northwindcofee",
        display_name="Northwind Coffee Co.",
        bio="DM us your order number",
        avatar_phash=LOGO_COPY,
        posts=3,
    )
    strict = replace(DEFAULT_CONFIG, relevance_cutoff=0.999)
    out = {f.key: f for f in classify(INV, [*OFFICIAL_OBS, obs], config=strict, now=NOW)}
    assert out[("instagram", "northwindcofee")].cls == FindingClass.UNRELATED


def test_existence_only_profile_promoted_by_a_lookalike_site_is_an_impostor() -> None:
    # X proves only that the name is taken; the scam site linking to it says the rest
    obs = found(
        "x",
        "NWC_Giveaway",
        sightings=(
            Sighting("x", "nwc_giveaway", Via.LINKED_PAGE, "https://northwind-coffee-rewards.com/"),
        ),
    )
    f = run(obs)[("x", "nwc_giveaway")]
    assert f.cls == FindingClass.IMPOSTOR and f.brand == "Northwind Coffee"
    assert any(e.signal == "promoted_by_lookalike" for e in f.evidence)
    # the same bare profile without that sighting only proves the name is taken (#13):
    # existence is not impersonation
    bare = run(found("x", "NWC_Giveaway"))[("x", "nwc_giveaway")]
    assert bare.cls == FindingClass.UNVERIFIED and bare.severity is None
    assert bare.evidence[0].signal == "decision"
    assert bare.evidence[0].detail.startswith("handle taken: check by hand")


def test_link_into_a_private_network_is_harm_and_evidence() -> None:
    link = "https://northwind-deals.example/claim"
    target = "http://127.0.0.1:8080/admin"
    obs = found("instagram", "northwindcoffee_support", display_name="Northwind Coffee Support",
                bio="Questions about your order?", posts=4, external_links=(link,))
    refused = LinkedPage(link, "instagram", "northwindcoffee_support", final_url=target,
                         refused=f"refused: loopback address 127.0.0.1 (redirected to {target})")
    plain = run(obs)[("instagram", "northwindcoffee_support")]
    findings = classify(INV, [*OFFICIAL_OBS, obs], [refused], now=NOW)
    f = next(x for x in findings if x.key == ("instagram", "northwindcoffee_support"))
    assert f.cls == FindingClass.IMPOSTOR
    ev = next(e for e in f.evidence if e.signal == "link_refused")
    assert ev.value == target and f"redirects to {target}" in ev.detail
    assert f.harm > plain.harm
    # high severity stays for profiles that also solicit victims in their own words
    assert f.severity == Severity.MEDIUM


def test_refused_link_keeps_a_logo_copy_from_passing_as_the_company() -> None:
    # the official logo and only official links would make it the company's own channel;
    # a link that bounces into 127.0.0.1 is something no honest page does
    obs = found("instagram", "northwindbeans", display_name="Northwind Beans",
                avatar_phash=LOGO_COPY, posts=40, external_links=(SITE, "https://nwc.example/"))
    pages = [LinkedPage("https://nwc.example/", "instagram", "northwindbeans",
                        refused="refused: link-local address 169.254.169.254 (redirected to "
                                "http://169.254.169.254/)")]
    f = next(x for x in classify(INV, [*OFFICIAL_OBS, obs], pages, now=NOW)
             if x.key == ("instagram", "northwindbeans"))
    assert f.cls == FindingClass.IMPOSTOR
    assert any(e.signal == "link_refused" for e in f.evidence)


def test_official_site_warning_about_an_impostor_is_not_proof_when_its_links_are_hostile() -> None:
    # "Fake accounts: this one is not ours" on the company's site links the impostor
    warn = SITE + "fake-accounts"
    link = "https://northwind-coffee-rewards.com/claim"
    obs = found("instagram", "northwindcoffee_help",
                (Sighting("instagram", "northwindcoffee_help", Via.OFFICIAL_SITE, warn),),
                display_name="Northwind Coffee Help", bio="Claim your free coffee! DM us.",
                posts=3, external_links=(link,))
    refused = LinkedPage(link, "instagram", "northwindcoffee_help",
                         final_url="http://127.0.0.1/admin",
                         refused="refused: loopback address 127.0.0.1 (redirected to "
                                 "http://127.0.0.1/admin)")
    for pages in ([refused], []):  # the refusal alone, and scam wording with a lookalike link
        f = next(x for x in classify(INV, [*OFFICIAL_OBS, obs], pages, now=NOW)
                 if x.key == ("instagram", "northwindcoffee_help"))
        assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH
        mention = next(e for e in f.evidence if e.signal == "official_site_mention")
        assert warn in mention.detail and "not taken as proof" in mention.detail
    # a plain company channel the site links stays official
    calm = replace(obs, fields=ProfileFields(display_name="Northwind Coffee Help",
                                             bio="Opening hours and news.", posts=30))
    f = run(calm)[("instagram", "northwindcoffee_help")]
    assert f.cls == FindingClass.OFFICIAL_UNLISTED


# ----------------------------------------------------------------------------- search results

DDG = "https://duckduckgo.com/html/?q=%22Northwind%22"
FROM_SEARCH = "from a web search result: "


def from_search(detail: str) -> bool:
    """Evidence from a search result's text; "secondary: " first when the profile's own page
    showed nothing (a JavaScript shell, a login wall)."""
    return detail.removeprefix("secondary: ").startswith(FROM_SEARCH)


def searched(platform: str, handle: str, title: str, snippet: str,
             state: ProbeState = ProbeState.FOUND, **fields) -> ProfileObservation:
    """A profile as X or LinkedIn give it: existence only, plus one search result's text."""
    hit = Sighting(platform, handle.lower(), Via.WEB_SEARCH, DDG, '"Northwind"',
                   f"https://{platform}.test/{handle}", title=title, snippet=snippet)
    return replace(found(platform, handle, (hit,), **fields), state=state,
                   reason="bot_block" if state is ProbeState.UNVERIFIABLE else None)


def _text_evidence(f) -> list:  # type: ignore[no-untyped-def]
    """Evidence that rests on a name or bio (the signals a search result's text feeds)."""
    text_signals = {"display_name_similarity", "brand_mention", "bio_copy", "scam_wording",
                    "self_declared_unofficial", "official_link", "lookalike_link",
                    "search_result", "search_result_company"}
    return [e for e in f.evidence if e.signal in text_signals]


def test_existence_only_profile_read_from_its_search_result_is_the_companys() -> None:
    obs = searched(
        "x", "NWCRoastery", "Northwind Coffee Roastery (@NWCRoastery) / X",
        "Roast logs from the Northwind Coffee Co. roastery in Leeds. northwindcoffee.com "
        "https://www.northwindcoffee.com/",
    )
    f = run(obs)[("x", "nwcroastery")]
    # the company's own; a second X account of the brand next to @NorthwindCoffee (#11)
    assert f.cls == FindingClass.REDUNDANT and f.brand == "Northwind Coffee"
    assert f.evidence[0].signal == "search_result_company"
    assert any(e.signal == "duplicate_account" for e in f.evidence)
    assert f.display_name == "Northwind Coffee Roastery"
    assert f.observation == obs  # the finding keeps what was really fetched
    texts = _text_evidence(f)
    assert {e.signal for e in texts} >= {"display_name_similarity", "official_link",
                                         "brand_mention", "search_result"}
    for e in texts:
        assert from_search(e.detail), e
    shown = next(e for e in f.evidence if e.signal == "search_result").detail
    assert "Northwind Coffee Roastery (@NWCRoastery) / X" in shown and DDG in shown
    # without the result it is a bare name nobody can place (and too far from the brand's
    # names to be worth a look)
    assert run(found("x", "NWCRoastery"))[("x", "nwcroastery")].cls == FindingClass.UNRELATED


def test_parody_and_scam_read_from_search_results() -> None:
    decaf = searched("x", "NorthwindDecaf", "Northwind Decaf (parody) (@NorthwindDecaf) / X",
                     "Parody. The sleepiest roaster in Leeds. Not affiliated with "
                     "@NorthwindCoffee.")
    # a stranger's handle: only the result's text ties it to us (the quiet-row shortcut
    # must not settle it before that text is read)
    scam = searched("x", "rst9981", "Northwind Coffee Rewards (@rst9981) / X",
                    "Claim a free year of coffee! https://northwind-coffee-rewards.com/")
    out = run(decaf, scam)
    fan = out[("x", "northwinddecaf")]
    assert fan.cls == FindingClass.FAN
    assert any(e.signal == "self_declared_unofficial" and from_search(e.detail)
               for e in fan.evidence)
    imp = out[("x", "rst9981")]
    assert imp.cls == FindingClass.IMPOSTOR and imp.severity == Severity.HIGH
    assert {e.signal for e in _text_evidence(imp)} >= {"lookalike_link", "scam_wording"}
    for e in _text_evidence(imp):
        assert from_search(e.detail), e
    # the handle's own evidence is not the search engine's
    assert not any(from_search(e.detail) for e in imp.evidence
                   if e.signal == "handle_similarity")


@pytest.mark.parametrize(
    ("handle", "title", "snippet"),
    [
        # a typo of the brand: the name and official link are what an impostor copies
        ("NorthwindCofee", "Northwind Coffee (@NorthwindCofee) / X",
         "Roasters in Leeds. https://www.northwindcoffee.com/"),
        # a scam affix on the handle
        ("NorthwindCoffeeHelp", "Northwind Coffee (@NorthwindCoffeeHelp) / X",
         "Roasters in Leeds. https://www.northwindcoffee.com/"),
        # a link that is not ours next to the official one
        ("NWCRoastery", "Northwind Coffee Roastery (@NWCRoastery) / X",
         "Roasters in Leeds. https://www.northwindcoffee.com/ https://wa.me/447700900123"),
    ],
)
def test_search_result_alone_never_makes_a_lookalike_official(
    handle: str, title: str, snippet: str
) -> None:
    """Never the company's own; a typo of the brand whose search result bears only the
    company's traces (its name, the official link) is checked by hand (detect34: the
    company's own X accounts one letter off read exactly so), the others stay impostors."""
    f = run(searched("x", handle, title, snippet))[("x", handle.lower())]
    expected = FindingClass.UNVERIFIED if handle == "NorthwindCofee" else FindingClass.IMPOSTOR
    assert f.cls == expected, f.evidence


def test_own_fields_are_kept_and_their_evidence_unmarked() -> None:
    obs = searched("x", "NorthwindGiveaway", "Someone Else (@NorthwindGiveaway) / X",
                   "Claim your prize now", display_name="Northwind Coffee Giveaway")
    f = run(obs)[("x", "northwindgiveaway")]
    assert f.display_name == "Northwind Coffee Giveaway"
    name = next(e for e in f.evidence if e.signal == "display_name_similarity")
    assert not from_search(name.detail)
    scam = next(e for e in f.evidence if e.signal == "scam_wording")
    assert "prize" in scam.detail and from_search(scam.detail)


def test_unverifiable_profile_shows_its_search_result_as_evidence() -> None:
    """A walled page with two signs of a scam around it (scam wording in its search result, a
    lure word in the handle) is an impostor on secondary evidence, labelled so (#11); one
    sign alone leaves it unverified."""
    obs = searched("linkedin", "northwind-coffee-rewards", "Northwind Coffee Rewards | LinkedIn",
                   "Claim your loyalty rewards", state=ProbeState.UNVERIFIABLE)
    f = run(obs)[("linkedin", "northwind-coffee-rewards")]
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM
    assert f.evidence[0].signal == "decision" and f.evidence[0].detail.startswith("secondary: ")
    assert any(e.signal == "search_result" for e in f.evidence)
    assert any(e.signal == "scam_wording" and e.detail.startswith("secondary: " + FROM_SEARCH)
               for e in f.evidence)
    one = searched("linkedin", "northwind-coffee-team", "Northwind Coffee Team | LinkedIn",
                   "Claim your loyalty rewards", state=ProbeState.UNVERIFIABLE)
    g = run(one)[("linkedin", "northwind-coffee-team")]
    assert g.cls == FindingClass.UNVERIFIED and g.severity is None


# ----------------------------------------------------------------------------- blocking


def _near_names(rng: random.Random, brands: list[str], n: int) -> list[str]:
    """Display names built to sit on every edge of the token_set blocking.

    Shared words, reordered and repeated words, one-letter typos, words glued or split, the
    brand inside a longer name, a subset of the brand, unrelated words, odd whitespace,
    non-ASCII and empty strings.
    """
    words = sorted({w for b in brands for w in b.split()} | {"rewards", "fans", "the", "co"})
    out: list[str] = ["", " ", "a", "\t".join(brands[0].split()), brands[0].upper() + "  x"]
    while len(out) < n:
        b = rng.choice(brands).split()
        kind = rng.randrange(9)
        if kind == 0:
            w = b[:]
            rng.shuffle(w)
        elif kind == 1:
            w = b + [rng.choice(words)]
        elif kind == 2:
            w = [rng.choice(b)]
        elif kind == 3:
            w = b + [b[0]]
        elif kind == 4:
            s = list(" ".join(b))
            i = rng.randrange(len(s))
            s[i] = rng.choice("aeiou0 ")
            w = "".join(s).split()
        elif kind == 5:
            w = ["".join(b)]
        elif kind == 6:
            w = [rng.choice(words) for _ in range(rng.randint(1, 4))]
        elif kind == 7:
            w = [x + rng.choice("sxz") for x in b]
        else:
            w = [rng.choice(b), "ş" + rng.choice(words)]
        out.append(" ".join(w))
    return out


def test_token_set_blocking_equals_brute_force() -> None:
    """The blocked token_set scores every pair exactly as cdist would, at every cut-off."""
    from rapidfuzz import fuzz

    from matching.bulk import cdist as _cdist
    from matching.bulk import token_set_blocked as _token_set_blocked

    rng = random.Random(5)
    brands = ["northwind coffee", "ritorwin chocolate", "torwin chocolate", "acme", "blue bay co"]
    brands += [
        "".join(rng.choice("abcdeilmnorstu") for _ in range(rng.randint(3, 9))) for _ in range(20)
    ]
    brands += [f"{a} {b}" for a, b in zip(brands[5:15], brands[15:25], strict=True)]
    queries = _near_names(rng, brands, 3000)
    for cutoff in (0, 50, 80, 85, 90, 100):
        blocked = _token_set_blocked(queries, brands, cutoff)
        brute = _cdist(queries, brands, fuzz.token_set_ratio, cutoff)
        assert (blocked == brute).all(), cutoff
    assert (brute > 0).sum() > 500  # the sample does reach the cut-off


def _eval_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "eval_matching", ROOT / "benchmarks" / "eval_matching.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _mutants(rng: random.Random, inv: Inventory, n: int) -> list[ProfileObservation]:
    """Profiles one edit, glyph, affix or word away from the inventory's names and handles."""
    sources = [a.handle for a in inv.accounts] + [nm for b in inv.brands for nm in b.names]
    out: list[ProfileObservation] = []
    seen: set[str] = set()
    while len(out) < n:
        src = rng.choice(sources)
        s = list(src.lower().replace(" ", rng.choice(("", "_", "."))))
        op = rng.randrange(7)
        i = rng.randrange(len(s))
        if op == 6:  # a stranger: the quiet path
            s = [rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(len(s))]
        elif op == 0:
            s[i] = rng.choice("aeiou01lx")
        elif op == 1:
            del s[i]
        elif op == 2:
            s.insert(i, rng.choice("aeiouxz_"))
        elif op == 3:
            s += list(rng.choice(("support", "tr", "fans", "shop", "2024")))
        elif op == 4:
            s = list(rng.choice(("the", "real", "my"))) + s
        else:
            s = [{"o": "\u043e", "a": "\u0430", "e": "\u0435"}.get(c, c) for c in s]
        handle = "".join(s)
        if handle in seen or len(handle) < 2:
            continue
        seen.add(handle)
        name_words = rng.choice(sources).split() + rng.sample(["Rewards", "Fans", "Shop", "by"], 1)
        plat = rng.choice(("instagram", "x", "tiktok", "github"))
        via = rng.choice((Via.PROBE, Via.PLATFORM_SEARCH, Via.WEB_SEARCH, None))
        seen_at = (Sighting(plat, handle.lower(), via, "variant"),) if via else ()
        out.append(
            found(
                plat,
                handle,
                seen_at,
                display_name=" ".join(rng.sample(name_words, len(name_words))),
                bio=rng.choice(("", "hello there", "dm us for a giveaway", "photographer")),
                posts=rng.randint(0, 50),
            )
        )
    return out


def test_blocked_classify_equals_brute_force(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocking never drops a true match: same classes, scores and brands as scoring all pairs."""
    import matching.classify as mc

    ev = _eval_module()
    inv, obs, pages, _truth = ev.synthetic(15, 120, seed=3)
    obs = [*obs, *_mutants(random.Random(9), inv, 1500)]
    # existence-only profiles whose name and bio come from search results (X, LinkedIn)
    obs += [
        replace(
            o,
            fields=ProfileFields(),
            sightings=(
                Sighting(o.platform, o.handle, Via.WEB_SEARCH, DDG, "q", o.url,
                         title=f"{o.fields.display_name} (@{o.handle}) / X",
                         snippet=o.fields.bio or None),
            ),
        )
        for o in _mutants(random.Random(10), inv, 400)
    ]
    assert len(obs) >= 3000

    blocked = classify(inv, obs, pages, now=NOW)
    monkeypatch.setattr(mc, "_BLOCKING", False)
    brute = classify(inv, obs, pages, now=NOW)
    assert [f.cls for f in blocked] == [f.cls for f in brute]
    assert blocked == brute  # every field: scores, brands, evidence, order
    classes = {f.cls for f in blocked}
    assert {FindingClass.IMPOSTOR, FindingClass.FAN, FindingClass.UNRELATED} <= classes


def test_blank_twins_replay_equals_deciding_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """An existence-only sweep: the same handles found blank on many sites. Deciding the
    first of each twin and replaying it gives every finding, field by field, that deciding
    each in full gives; on the inventory's and matching's named platforms, behind a linked
    page or with search text nothing is replayed."""
    import matching.classify as mc

    handles = ["northwind", "northwindcoffee", "northwind_support", "northwindfans",
               "thenorthwind", "n\u043erthwind", "nwc", "zq9x7kk", "northwindcare",
               *(o.handle for o in _mutants(random.Random(4), INV, 40))]
    sites = [f"site_{n:03d}" for n in range(25)]
    named = ["instagram", "x", "mastodon", "bluesky", "tiktok"]
    obs = []
    for n, h in enumerate(handles):
        for plat in [*sites, *named]:
            sighting = Sighting(plat, h, Via.PROBE, "candidate", "declared" if n % 3 else "typo")
            obs.append(ProfileObservation(
                plat, h, f"http://{plat}.test/u/{h}", ProbeState.FOUND, http_status=200,
                fetched_at=f"2026-11-20T12:00:0{n % 3}+00:00", sightings=(sighting,)))
    # one twin linked from a page, one read from search text: decided on their own
    obs.append(replace(obs[0], platform="site_900", url="http://site_900.test/u/northwind"))
    pages = [LinkedPage("https://n0rthwind-refunds.example/", "site_900", "northwind",
                        title="Northwind Coffee refunds")]
    obs.append(ProfileObservation(
        "site_901", "northwind", "http://site_901.test/u/northwind", ProbeState.FOUND,
        sightings=(Sighting("site_901", "northwind", Via.WEB_SEARCH, DDG, "q",
                            title="Northwind Coffee giveaway", snippet="claim your prize"),)))
    decided: list[str] = []
    real = mc._classify_one

    def counting(run, o, *args):  # type: ignore[no-untyped-def]
        decided.append(o.platform)
        return real(run, o, *args)

    monkeypatch.setattr(mc, "_classify_one", counting)
    replayed = classify(INV, obs, pages, now=NOW)
    in_full = len(decided)
    monkeypatch.setattr(mc, "_REPLAY", False)
    decided.clear()
    each = classify(INV, obs, pages, now=NOW)
    assert replayed == each  # every field: classes, scores, brands, evidence, order
    assert in_full * 5 < len(decided)  # the twins were replayed, not decided again
    assert not any(f.cls is FindingClass.IMPOSTOR for f in each
                   if f.platform.startswith("site_0") and f.handle == "northwind")


def test_every_platform_matching_names_is_never_replayed() -> None:
    """A platform compared by name anywhere in matching (``o.platform == "bluesky"``, a
    ``*_PLATFORMS`` set) must be in ``NAMED_IN_MATCHING``, or a blank profile there could be
    given a twin's finding although matching reads it differently."""
    import re

    from matching.classify import NAMED_IN_MATCHING

    named: set[str] = set()
    for path in (ROOT / "matching").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        named.update(re.findall(r"platform\s*[!=]=\s*[\"']([\w.-]+)[\"']", text))
        for body in re.findall(r"_PLATFORMS\s*=\s*frozenset\(\{([^}]*)\}", text):
            named.update(re.findall(r"[\"']([\w.-]+)[\"']", body))
    assert "bluesky" in named and "mastodon" in named  # the scan sees them
    assert named <= NAMED_IN_MATCHING, sorted(named - NAMED_IN_MATCHING)


_KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz0134578@$|!_.- lIİıоа" + "OFFICIALsupportHelpRealFans"


@settings(max_examples=400, deadline=None)
@given(
    core=st.text(alphabet=_KEY_ALPHABET, max_size=14),
    pre=st.sampled_from(["", "the_", "real", "0fficial.", "support", "heip", "fans", "x"]),
    post=st.sampled_from(["", "_tr", "support", "he1p", "giveaway", "fan", "us", "!"]),
)
def test_fast_key_is_comparison_key(core: str, pre: str, post: str) -> None:
    """The peeling shortcut never changes a key (affixes, leet, glyphs, Turkish i's)."""
    from matching.index import fast_key as _key
    from matching.normalise import comparison_key

    s = pre + core + post
    assert _key(s) == comparison_key(s)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", max_size=16)
)
def test_fast_key_of_plain_ascii_handles(s: str) -> None:
    """The one-translate path for letters-and-digits handles (uppercase, leet digits, 'rn')."""
    from matching.index import fast_key as _key
    from matching.normalise import comparison_key

    assert _key(s) == comparison_key(s)
    assert _key(s + "Support") == comparison_key(s + "Support")


def test_phash_values_parse_like_int() -> None:
    from matching.bulk import phash_values as _phash_values

    good = ["f766e88961998798", "F766E88961998799", "0000000000000000", "ffffffffffffffff"]
    odd = ["abc", "0x1f", "zz", "f766e8896199879", "1" * 20, " 1f", "f766e889 1998798"]
    for hashes in (good, good + odd, odd):
        rows = list(range(10, 10 + len(hashes)))
        ok, vals = _phash_values(rows, hashes)
        expect = []
        for i, h in zip(rows, hashes, strict=True):
            with contextlib.suppress(ValueError):
                expect.append((i, int(h, 16) & 0xFFFFFFFFFFFFFFFF))
        assert list(zip(ok.tolist(), vals.tolist(), strict=True)) == expect
