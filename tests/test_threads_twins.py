"""The company's own Threads profile, known by its Instagram account's name (#11).

A Threads profile made with an Instagram account carries that account's username, so a walled
Threads page (a login wall: Threads shows a crawler nothing) whose handle is exactly that of
an Instagram account of the company's is the company's own Threads profile
(``matching.classify.own_twins``): ``redundant`` when Threads is outside the brand's strategy
or the brand already declares a Threads account for that department, else
``official_unlisted``. Mutation pairs: the same Threads page with the twin declared / not
declared / an impostor / gone, with the handle one character off, with a sign of a scam
around it. The harness (``World.expected_class``) expects the same, and one real audit of the
simulated web reads it so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from crawler.catalog import CatalogError, load_catalog
from matching.classify import OWN_TWIN, classify
from matching.models import (
    Finding,
    FindingClass,
    Inventory,
    OfficialAccount,
    ProbeState,
    ProfileObservation,
    Sighting,
    SignalName,
    Via,
)
from simweb.world import Site, World, load_world, make_profile
from tests.builders import (
    QUILLMARK_LOGO,
    QUILLMARK_MARKETING,
    QUILLMARK_URL,
    Declared,
    finding_for,
    profile,
    quillmark_facebook,
    quillmark_instagram,
    quillmark_inventory,
)

ROOT = Path(__file__).resolve().parents[1]
#: the catalog's handle rules: its ``account_of`` says a Threads profile is the Instagram
#: account of its name (data, not code: without the rules no platform is another's account)
RULES = load_catalog().rules()
NOW = "2026-11-20T12:00:00+00:00"
SITE = QUILLMARK_URL
LOGO = QUILLMARK_LOGO
OWN = (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)


def inventory(strategy: tuple[str, ...] = ("instagram", "facebook"),
              accounts: Sequence[Declared | OfficialAccount] = QUILLMARK_MARKETING) -> Inventory:
    return quillmark_inventory(strategy, accounts=accounts,
                               departments=("Marketing", "Kundendienst"))


OFFICIAL = [quillmark_instagram(), quillmark_facebook()]


def walled(handle: str, *sightings: Sighting) -> ProfileObservation:
    """A Threads page behind its login wall, found by guessing its handle."""
    url = f"https://threads.test/@{handle}"
    return profile("threads", handle.lower(), url=url, state=ProbeState.UNVERIFIABLE,
                   reason="login_wall",
                   sightings=(Sighting("threads", handle.lower(), Via.PROBE, "variant", url=url),
                              *sightings))


def threads(handle: str, *, inv: Inventory | None = None,
            others: tuple[ProfileObservation, ...] = (),
            official: list[ProfileObservation] | None = None,
            sightings: tuple[Sighting, ...] = ()) -> Finding:
    return finding_for(inv or inventory(), walled(handle, *sightings),
                       [*(OFFICIAL if official is None else official), *others], rules=RULES)


def _reason(f: Finding) -> str:
    assert f.evidence and f.evidence[0].signal == SignalName.DECISION, f.evidence
    assert f.evidence[0].value == OWN_TWIN
    return f.evidence[0].detail


# --------------------------------------------------------------------------- mutation pairs


def test_the_threads_page_of_the_declared_instagram_account_is_ours_and_off_strategy() -> None:
    f = threads("quillmarkpapier")
    assert f.cls == FindingClass.REDUNDANT, f.evidence
    assert f.severity is None and f.imitates is None
    assert (f.brand, f.department) == ("Quillmark Papier", "Marketing")
    text = _reason(f)
    assert "instagram:quillmarkpapier" in text and "declares" in text
    assert "activity is unknown" in text and text.startswith("secondary:")
    assert any(e.signal == SignalName.OUTSIDE_STRATEGY for e in f.evidence)


def test_in_the_strategy_it_is_an_unlisted_official_account() -> None:
    f = threads("quillmarkpapier", inv=inventory(strategy=("instagram", "facebook", "threads")))
    assert f.cls == FindingClass.OFFICIAL_UNLISTED, f.evidence
    assert not any(e.signal == SignalName.OUTSIDE_STRATEGY for e in f.evidence)


def test_beside_a_declared_threads_account_of_the_same_team_it_is_a_second_one() -> None:
    inv = inventory(strategy=("instagram", "facebook", "threads"), accounts=(
        OfficialAccount("instagram", "quillmarkpapier", "Quillmark Papier", "Marketing"),
        OfficialAccount("facebook", "quillmarkpapier", "Quillmark Papier", "Marketing"),
        OfficialAccount("threads", "quillmark.news", "Quillmark Papier", "Marketing"),
    ))
    f = threads("quillmarkpapier", inv=inv, others=(walled("quillmark.news"),))
    assert f.cls == FindingClass.REDUNDANT, f.evidence
    assert any(e.signal == SignalName.DUPLICATE_ACCOUNT for e in f.evidence)


def test_case_aside_the_handle_is_the_same() -> None:
    inv = inventory(accounts=(
        OfficialAccount("instagram", "QuillmarkPapier", "Quillmark Papier", "Marketing"),
        OfficialAccount("facebook", "quillmarkpapier", "Quillmark Papier", "Marketing"),
    ))
    assert threads("QUILLMARKPAPIER", inv=inv).cls == FindingClass.REDUNDANT


def test_without_an_instagram_account_of_that_name_it_stays_unverified() -> None:
    inv = inventory(accounts=(
        OfficialAccount("instagram", "quillmark.hamburg", "Quillmark Papier", "Marketing"),
        OfficialAccount("facebook", "quillmarkpapier", "Quillmark Papier", "Marketing"),
    ))
    official = [replace(OFFICIAL[0], handle="quillmark.hamburg"), OFFICIAL[1]]
    f = threads("quillmarkpapier", inv=inv, official=official)
    assert f.cls == FindingClass.UNVERIFIED, f.evidence
    assert all(e.value != OWN_TWIN for e in f.evidence)


@pytest.mark.parametrize("handle", ["quillmarkpapie", "quillmarkpapierr", "quillmark_papier",
                                    "quillmark.papier"])
def test_a_handle_one_character_off_stays_unverified(handle: str) -> None:
    f = threads(handle)
    assert f.cls not in OWN, (handle, f.evidence)
    assert all(e.value != OWN_TWIN for e in f.evidence)


def test_the_threads_page_of_an_instagram_impostor_is_never_ours() -> None:
    """The Instagram account of that name is someone else's scam, not the company's: the Threads
    page is not the company's (found only by guessing, it stays to check by hand)."""
    scam = profile("instagram", "quillmark.gewinnspiel", display_name="Quillmark Papier",
                   bio="Gewinnspiel! Jetzt Kartendaten per DM senden und 500 € gewinnen",
                   avatar_phash=LOGO, posts=3, followers=40, created_at="2026-11-01",
                   last_active_at="2026-11-18")
    f = threads("quillmark.gewinnspiel", others=(scam,))
    assert f.cls not in OWN, f.evidence
    insta = finding_for(inventory(), scam, OFFICIAL, rules=RULES)
    assert insta.cls == FindingClass.IMPOSTOR


def test_the_threads_page_of_a_gone_declared_account_stays_unverified() -> None:
    """The declared Instagram account no longer exists: its name may be someone else's now."""
    gone = ProfileObservation("instagram", "quillmarkpapier",
                              "https://instagram.test/quillmarkpapier", ProbeState.NOT_FOUND,
                              http_status=404)
    f = threads("quillmarkpapier", official=[gone, OFFICIAL[1]])
    assert f.cls == FindingClass.UNVERIFIED, f.evidence


def test_the_threads_page_of_an_instagram_account_read_as_ours_is_ours() -> None:
    """An undeclared Instagram account the official site links is the company's: its Threads
    profile is too."""
    shop = profile("instagram", "quillmark.laden", display_name="Quillmark Laden",
                   bio="Unser Laden in Hamburg", avatar_phash=LOGO, posts=120,
                   external_links=(SITE,), last_active_at="2026-11-01",
                   sightings=(Sighting("instagram", "quillmark.laden", Via.OFFICIAL_SITE, SITE,
                                       "Instagram Laden",
                                       url="https://instagram.test/quillmark.laden"),))
    found = classify(inventory(), [*OFFICIAL, shop, walled("quillmark.laden")], [], now=NOW,
                     rules=RULES)
    by = {f.key: f for f in found}
    assert by[("instagram", "quillmark.laden")].cls in OWN
    f = by[("threads", "quillmark.laden")]
    assert f.cls == FindingClass.REDUNDANT, f.evidence
    assert "instagram:quillmark.laden" in _reason(f) and "reads as the company's" in _reason(f)


def test_a_sign_of_a_scam_in_its_search_result_keeps_it_off_our_list() -> None:
    hit = Sighting("threads", "quillmarkpapier", Via.WEB_SEARCH, "search",
                   url="https://threads.test/@quillmarkpapier",
                   title="Quillmark Papier (@quillmarkpapier) • Threads, Say more",
                   snippet="Gewinnspiel! Sende deine Kartendaten per DM und gewinne 500 €")
    f = threads("quillmarkpapier", sightings=(hit,))
    assert f.cls not in OWN, f.evidence
    plain = replace(hit, snippet="Papier aus Hamburg seit 1921.")
    assert threads("quillmarkpapier", sightings=(plain,)).cls == FindingClass.REDUNDANT


def test_only_threads_is_another_platform_s_account() -> None:
    """A walled page elsewhere (a Facebook page of the Instagram account's name) proves nothing:
    only Threads profiles are Instagram accounts."""
    fb = profile("facebook", "quillmarkpapier.de", state=ProbeState.UNVERIFIABLE,
                 reason="login_wall")
    inv = inventory(accounts=(
        OfficialAccount("instagram", "quillmarkpapier.de", "Quillmark Papier", "Marketing"),
        OfficialAccount("facebook", "quillmarkpapier", "Quillmark Papier", "Marketing"),
    ))
    f = finding_for(inv, fb, [replace(OFFICIAL[0], handle="quillmarkpapier.de"), OFFICIAL[1]],
                    rules=RULES)
    assert f.cls == FindingClass.UNVERIFIED, f.evidence


def test_without_the_catalogs_account_of_no_platform_is_anothers_account() -> None:
    """Which platform's profiles are another's accounts is the catalog's ``account_of``, not
    code: without the catalog's rules the Threads page stays to check by hand."""
    found = classify(inventory(), [*OFFICIAL, walled("quillmarkpapier")], [], now=NOW)
    f = next(g for g in found if g.key == ("threads", "quillmarkpapier"))
    assert f.cls == FindingClass.UNVERIFIED, f.evidence


#: a user's own platform whose profiles are Instagram accounts (``--platforms-file``)
USER_CATALOG = """\
platforms:
  lumen:
    title: Lumen
    hosts: [lumen.example]
    profile_url: 'https://lumen.example/@{handle}'
    profile_patterns: ['^/@(?P<handle>[a-z0-9._]{1,30})/?$']
    handle: {pattern: '[a-z0-9._]{1,30}', min_length: 1, max_length: 30}
    probe: {view: none, reason: no public pages}
    account_of: instagram
"""


def test_a_users_own_platform_can_be_another_platforms_account(tmp_path: Path) -> None:
    path = tmp_path / "platforms.yaml"
    path.write_text(USER_CATALOG, encoding="utf-8")
    rules = load_catalog([path]).rules()
    assert rules["lumen"].account_of == "instagram" and rules["threads"].account_of == "instagram"
    lumen = replace(walled("quillmarkpapier"), platform="lumen",
                    url="https://lumen.example/@quillmarkpapier",
                    sightings=(Sighting("lumen", "quillmarkpapier", Via.PROBE, "variant",
                                        url="https://lumen.example/@quillmarkpapier"),))
    found = classify(inventory(), [*OFFICIAL, lumen], [], now=NOW, rules=rules)
    f = next(g for g in found if g.key == ("lumen", "quillmarkpapier"))
    assert f.cls == FindingClass.REDUNDANT, f.evidence
    assert "instagram:quillmarkpapier" in _reason(f)


@pytest.mark.parametrize(("value", "said"), [
    ("instagramm", "account_of names 'instagramm', which is no platform of the catalog"),
    ("instagramm", "did you mean 'instagram'?"),
    ("lumen", "account_of names another platform of the catalog, not 'lumen'"),
    ("[instagram]", "account_of names another platform of the catalog, not"),
    ("''", "account_of names another platform of the catalog, not ''"),
])
def test_a_bad_account_of_is_refused_with_its_line(tmp_path: Path, value: str, said: str):
    path = tmp_path / "platforms.yaml"
    path.write_text(USER_CATALOG.replace("account_of: instagram", f"account_of: {value}"),
                    encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog([path])
    text = err.value.render(lambda m: m)
    assert said in text and f"{path}:9" in text, text


def test_a_platform_switched_off_still_has_its_accounts(tmp_path: Path) -> None:
    """A user who does not sweep Instagram (``enabled: false``) keeps Threads' account_of."""
    path = tmp_path / "platforms.yaml"
    path.write_text("platforms:\n  instagram:\n    enabled: false\n", encoding="utf-8")
    catalog = load_catalog([path])
    assert "instagram" not in catalog and catalog.rules()["threads"].account_of == "instagram"


# --------------------------------------------------------------------------- the harness


def _world(*profiles: dict, sites: tuple[Site, ...] = ()) -> World:  # type: ignore[type-arg]
    return World("2026-11-20", "Quillmark", [make_profile(p) for p in profiles], list(sites))


def _threads(truth: str, handle: str = "quillmarkpapier") -> dict:  # type: ignore[type-arg]
    return {"platform": "threads", "handle": handle, "behaviour": "login_wall",
            "truth": {"class": truth}}


def _instagram(truth: str, handle: str = "quillmarkpapier", **extra) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {"platform": "instagram", "handle": handle, "truth": {"class": truth}, **extra}


def test_the_harness_expects_our_threads_profile_beside_our_declared_instagram() -> None:
    w = _world(_instagram("official"), _threads("redundant"))
    assert w.expected_class(w.profile("threads", "quillmarkpapier")) == "redundant"
    w = _world(_instagram("official"), _threads("official_unlisted", "QuillmarkPapier"))
    assert w.expected_class(w.profile("threads", "quillmarkpapier")) == "official_unlisted"


@pytest.mark.parametrize(("insta", "handle", "truth"), [
    (None, "quillmarkpapier", "redundant"),  # no Instagram account of that name
    ("official", "quillmarkpapie", "redundant"),  # one character off
    ("impostor", "quillmarkpapier", "redundant"),  # the twin is a scam
    ("official_unlisted", "quillmarkpapier", "redundant"),  # walled, nothing says it is ours
    ("official", "quillmarkpapier", "impostor"),  # the author's squatter
])
def test_the_harness_leaves_other_walled_threads_pages_unverified(
        insta: str | None, handle: str, truth: str) -> None:
    profiles = [_threads(truth, handle)]
    if insta is not None:
        profiles.append(_instagram(insta, behaviour="login_wall"
                                   if insta == "official_unlisted" else "normal"))
    w = _world(*profiles)
    p = w.profile("threads", handle)
    assert p is not None and w.expected_class(p) == "unverified"


# --------------------------------------------------------------------------- a real crawl


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    return env


def test_a_real_audit_of_the_simulated_web_reads_our_threads_profile(tmp_path: Path) -> None:
    """The demo world (Northwind Coffee declares instagram:northwindcoffee; Threads is outside
    its strategy) with one more walled Threads page a character off, both listed by the
    simulated search engine: the audit finds both behind Threads' login wall and reads the
    first as the company's own Threads profile, redundant, the second left to check by hand."""
    world = load_world().with_profile(
        platform="threads", handle="northwindcoffeee", display_name="Northwind Coffee",
        bio="Coffee lovers", indexed_by=["web_search"], truth={"class": "impostor"})
    assert world.expected_class(world.profile("threads", "northwindcoffee")) == "redundant"
    assert world.expected_class(world.profile("threads", "northwindcoffeee")) == "unverified"
    path = world.dump(tmp_path / "world.yaml")
    web = subprocess.Popen([sys.executable, "-m", "simweb", "--port", "0", "--world", str(path)],
                           cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    try:
        assert web.stdout is not None
        port = web.stdout.readline().strip()
        assert port.isdigit(), port
        out = tmp_path / "out"
        proc = subprocess.run(
            [sys.executable, "-m", "crawler.cli", "audit", str(ROOT / "seeds" /
                                                              "official_accounts.yaml"),
             "--resolve", f"*=127.0.0.1:{port}", "--allow-private-network",
             "--db", str(tmp_path / "a.db"), "--out", str(out), "--platforms",
             "instagram,threads", "--max-variants", "0", "--as-of", world.now, "-q"],
            cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600, check=False)
    finally:
        web.terminate()
        web.wait(timeout=30)
        if web.stdout is not None:
            web.stdout.close()
    assert proc.returncode in (0, 3), proc.stderr[-3000:]
    rows = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    by = {(f["platform"], f["handle"].lower()): f for f in rows}
    ours = by[("threads", "northwindcoffee")]
    assert ours["probe_state"] == "unverifiable"
    assert ours["class"] == "redundant", ours["evidence"]
    assert ours["evidence"][0]["value"] == OWN_TWIN
    assert "instagram:northwindcoffee" in ours["evidence"][0]["detail"]
    assert any(e["signal"] == "outside_strategy" for e in ours["evidence"])
    off = by[("threads", "northwindcoffeee")]
    assert off["probe_state"] == "unverifiable" and off["class"] == "unverified", off["evidence"]
