"""A real audit of a small simulated world reaches the impostors only the variant families of
#11's discovery round guess (nothing links them, no search lists them): the brand's words and
the company's country code with dots ('kestrel.tiles.ke', Instagram's spelling of a
"regional" page), the brand with a separator added at an end ('kestreltiles_', the handle a
platform suggests when the brand's is taken), a platform's own naming convention from the
catalog ('kestreltiles_bot': Telegram's bots end in "bot") and a late letter left out
('kestreltils'). Without those families (or with omissions taken from the name's start) none
is ever asked.
``brandsweep audit`` and ``python -m simweb`` run as subprocesses (tests/subprocess_audit.py),
on 127.0.0.1 only."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import yaml

from tests.subprocess_audit import REPO, SimWebProcess, audit_command, audit_env

NOW = "2026-11-20T12:00:00+00:00"
SITE = "https://www.kestreltiles.co.ke"

WORLD = {
    "now": NOW,
    "organization": "Kestrel Tiles Ltd",
    "sites": [{"host": "www.kestreltiles.co.ke", "kind": "company", "title": "Kestrel Tiles",
               "footer": [{"url": "https://www.instagram.com/kestreltiles/", "text": "Instagram"}],
               "pages": {"/": {"title": "Kestrel Tiles",
                               "body": "<p>Tiles made in Athi River.</p>"}}}],
    "profiles": [
        {"platform": "instagram", "handle": "kestreltiles", "display_name": "Kestrel Tiles",
         "bio": "Floor and wall tiles made in Kenya", "links": [SITE], "followers": 5200,
         "avatar": "logo:kestrel", "indexed_by": ["web_search"],
         "truth": {"class": "official"}},
        # indexed nowhere, linked by nobody: only a guess of the handle reaches them
        {"platform": "instagram", "handle": "kestrel.tiles.ke",
         "display_name": "Kestrel Tiles Kenya", "avatar": "logo:kestrel", "followers": 40,
         "bio": "Tile giveaway! Pay the KSh 500 delivery fee via M-Pesa to claim yours",
         "created_at": "2026-10-30", "indexed_by": [], "truth": {"class": "impostor"}},
        {"platform": "tiktok", "handle": "kestreltiles_", "display_name": "Kestrel Tiles",
         "avatar": "logo:kestrel", "followers": 12,
         "bio": "Official promo: DM us your phone number and M-Pesa PIN to win",
         "created_at": "2026-11-02", "indexed_by": [], "truth": {"class": "impostor"}},
        {"platform": "telegram", "handle": "kestreltiles_bot", "display_name": "Kestrel Tiles",
         "avatar": "logo:kestrel", "followers": 30,
         "bio": "Kestrel Tiles official bot: send your M-Pesa PIN to claim the tile giveaway",
         "created_at": "2026-11-05", "indexed_by": [], "truth": {"class": "impostor"}},
        {"platform": "instagram", "handle": "kestreltils", "display_name": "Kestrel Tiles",
         "avatar": "logo:kestrel", "followers": 25,
         "bio": "Tile giveaway! Pay the KSh 300 delivery fee via M-Pesa to claim yours",
         "created_at": "2026-11-08", "indexed_by": [], "truth": {"class": "impostor"}},
    ],
}

INVENTORY = {
    "organization": "Kestrel Tiles Ltd",
    "domains": ["kestreltiles.co.ke"],
    "brands": [{"name": "Kestrel Tiles", "websites": [SITE],
                "strategy": ["instagram", "tiktok", "telegram"],
                "accounts": [{"platform": "instagram", "handle": "kestreltiles"}]}],
}


def test_an_audit_reaches_impostors_only_the_new_variant_families_guess(tmp_path: Path) -> None:
    world, inventory = tmp_path / "world.yaml", tmp_path / "inventory.yaml"
    world.write_text(yaml.safe_dump(WORLD, allow_unicode=True), encoding="utf-8")
    inventory.write_text(yaml.safe_dump(INVENTORY), encoding="utf-8")
    out = tmp_path / "out"
    with SimWebProcess(world) as web:
        cmd = audit_command(inventory, web, tmp_path / "a.db", out, "--allow-private-network",
                            "--platforms", "instagram,tiktok,telegram")
        proc = subprocess.run(cmd, cwd=REPO, env=audit_env(), capture_output=True, text=True,
                              timeout=600)
    assert proc.returncode in (0, 3), proc.stderr[-2000:]
    findings = {(f["platform"], f["handle"].lower()): f
                for f in json.loads((out / "findings.json").read_text(encoding="utf-8"))}
    for key in (("instagram", "kestrel.tiles.ke"), ("tiktok", "kestreltiles_"),
                ("telegram", "kestreltiles_bot"), ("instagram", "kestreltils")):
        assert key in findings, sorted(findings)
        assert findings[key]["discovered_via"] == ["probe"], findings[key]
        assert findings[key]["probe_state"] == "found", findings[key]


DOBILAS_SITE = "https://www.dobilaslinen.lt"
DOBILAS_WORLD = {
    "now": NOW,
    "organization": "Dobilas Linen UAB",
    "sites": [{"host": "www.dobilaslinen.lt", "kind": "company", "title": "Dobilas Linen",
               "footer": [{"url": "https://www.instagram.com/dobilaslinen/",
                           "text": "Instagram"}],
               "pages": {"/": {"title": "Dobilas Linen",
                               "body": "<p>Linen woven in Lithuania.</p>"}}}],
    "profiles": [
        {"platform": "instagram", "handle": "dobilaslinen", "display_name": "Dobilas Linen",
         "bio": "Linen woven in Lithuania", "links": [DOBILAS_SITE], "followers": 4100,
         "avatar": "logo:dobilas", "indexed_by": ["web_search"],
         "truth": {"class": "official"}},
        # the alias with the first scam word, indexed nowhere: only a guess of the handle
        {"platform": "instagram", "handle": "dobilas.official", "display_name": "Dobilas",
         "avatar": "logo:dobilas", "followers": 31,
         "bio": "Linen giveaway! Pay the 5 EUR delivery fee by bank transfer to claim yours",
         "created_at": "2026-11-01", "indexed_by": [], "truth": {"class": "impostor"}},
    ],
}
DOBILAS_INVENTORY = {
    "organization": "Dobilas Linen UAB",
    "domains": ["dobilaslinen.lt"],
    "brands": [{"name": "Dobilas Linen", "aliases": ["Dobilas", "Linas Home"],
                "websites": [DOBILAS_SITE], "strategy": ["instagram"],
                "accounts": [{"platform": "instagram", "handle": "dobilaslinen"},
                             {"platform": "x", "handle": "DobilasCare"},
                             {"platform": "facebook", "handle": "dobilas.vilnius"},
                             {"platform": "facebook", "handle": "dobilas.kaunas"},
                             {"platform": "tiktok", "handle": "dobilasoutlet"},
                             {"platform": "bluesky", "handle": "dobilaslinen.lt"}]}],
}


def test_an_aliases_likeliest_variant_is_probed_within_the_default_budget(tmp_path: Path) -> None:
    """With the default 40 guesses on Instagram, the alias's 'dobilas.official' is asked: the
    handles that are the alias plus a word ('DobilasCare', 'dobilas.vilnius') spend nothing
    on their own affixes and typos before every root's tier 1 is asked. The single
    round-robin of before reached it after 42 guesses."""
    world, inventory = tmp_path / "world.yaml", tmp_path / "inventory.yaml"
    world.write_text(yaml.safe_dump(DOBILAS_WORLD, allow_unicode=True), encoding="utf-8")
    inventory.write_text(yaml.safe_dump(DOBILAS_INVENTORY), encoding="utf-8")
    out = tmp_path / "out"
    with SimWebProcess(world) as web:
        cmd = audit_command(inventory, web, tmp_path / "a.db", out, "--allow-private-network",
                            "--platforms", "instagram", "--max-variants", "40")
        proc = subprocess.run(cmd, cwd=REPO, env=audit_env(), capture_output=True, text=True,
                              timeout=600)
    assert proc.returncode in (0, 3), proc.stderr[-2000:]
    findings = {(f["platform"], f["handle"].lower()): f
                for f in json.loads((out / "findings.json").read_text(encoding="utf-8"))}
    found = findings.get(("instagram", "dobilas.official"))
    assert found is not None, sorted(findings)
    assert found["discovered_via"] == ["probe"], found


CZ_SITE = "https://www.jelenecpivo.cz"
CZ_WORLD = {
    "now": NOW,
    "organization": "Jelenec a.s.",
    "sites": [{"host": "www.jelenecpivo.cz", "kind": "company", "lang": "cs",
               "title": "Jelenec Pivo",
               "footer": [{"url": "https://www.instagram.com/jelenecpivo/", "text": "Instagram"}],
               "pages": {"/": {"title": "Jelenec Pivo", "body": "<p>Pivo z Vysočiny.</p>"}}}],
    "profiles": [
        {"platform": "instagram", "handle": "jelenecpivo", "display_name": "Jelenec Pivo",
         "bio": "Pivovar Jelenec", "links": [CZ_SITE], "followers": 3100,
         "avatar": "logo:jelenec", "indexed_by": ["web_search"],
         "truth": {"class": "official"}},
        # indexed nowhere, linked by nobody: only the Czech "offer" word's guess reaches it
        {"platform": "instagram", "handle": "jelenecpivo.akce", "display_name": "Jelenec Pivo",
         "avatar": "logo:jelenec", "followers": 18,
         "bio": "Akce! Pošlete číslo karty a vyhrajte sud piva Jelenec",
         "created_at": "2026-11-04", "indexed_by": [], "truth": {"class": "impostor"}},
    ],
}
CZ_INVENTORY = {
    "organization": "Jelenec a.s.",
    "domains": ["jelenecpivo.cz"],
    "brands": [{"name": "Jelenec Pivo", "websites": [CZ_SITE], "strategy": ["instagram"],
                "accounts": [{"platform": "instagram", "handle": "jelenecpivo"}]}],
}


def test_an_audit_reaches_an_offer_page_named_in_the_companys_language(tmp_path: Path) -> None:
    """'jelenecpivo.akce': the offer word of the language of the company's domain (Czech,
    matching/handle_words/cs.txt) after its name; a budget of 80 variants reaches it."""
    world, inventory = tmp_path / "world.yaml", tmp_path / "inventory.yaml"
    world.write_text(yaml.safe_dump(CZ_WORLD, allow_unicode=True), encoding="utf-8")
    inventory.write_text(yaml.safe_dump(CZ_INVENTORY), encoding="utf-8")
    out = tmp_path / "out"
    with SimWebProcess(world) as web:
        cmd = audit_command(inventory, web, tmp_path / "a.db", out, "--allow-private-network",
                            "--platforms", "instagram", "--max-variants", "80")
        proc = subprocess.run(cmd, cwd=REPO, env=audit_env(), capture_output=True, text=True,
                              timeout=600)
    assert proc.returncode in (0, 3), proc.stderr[-2000:]
    findings = {(f["platform"], f["handle"].lower()): f
                for f in json.loads((out / "findings.json").read_text(encoding="utf-8"))}
    found = findings.get(("instagram", "jelenecpivo.akce"))
    assert found is not None, sorted(findings)
    assert found["discovered_via"] == ["probe"] and found["probe_state"] == "found", found
