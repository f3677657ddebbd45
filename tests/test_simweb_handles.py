"""Handle grammar checked when a world loads (#11: authors wrote their own scripts to check
handles against PLATFORMS.md). simweb keeps the rules as data (it may not import crawler/);
these tests keep them in step with the catalog and check the error an author reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crawler.catalog import load_catalog
from simweb.handles import HANDLE_RULES, handle_problem
from simweb.world import PLATFORMS, WorldError, load_world

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-11-20T12:00:00+00:00"


def test_simweb_handle_rules_are_the_catalogs() -> None:
    raw = yaml.safe_load((ROOT / "crawler" / "platforms.yaml").read_text(encoding="utf-8"))
    assert set(HANDLE_RULES) == set(PLATFORMS)
    for name in PLATFORMS:
        rule, catalog = HANDLE_RULES[name], raw["platforms"][name]["handle"]
        assert (rule.pattern, rule.min_length, rule.max_length) == (
            catalog["pattern"], catalog["min_length"], catalog["max_length"]), name


@pytest.mark.parametrize(("platform", "handle", "ok"), [
    ("x", "NorthwindCare", True),
    ("x", "NorthwindCoffeeCo", False),  # 17 > 15
    ("telegram", "nwc", False),
    ("telegram", "northwind_news", True),
    ("tiktok", "northwind.", False),
    ("instagram", "northwind.coffee", True),
    ("github", "north--wind", False),
    ("reddit", "r/NorthwindCoffee", True),
    ("linkedin", "in/jane-doe", True),
    ("facebook", "groups/northwindfans", True),
    ("mastodon", "shop@mastodon.nz", True),  # a deleted entry on another server
    ("bluesky", "northwindcoffee.com", True),
    ("youtube", "@northwind", False),  # written without the @
])
def test_handle_grammar_agrees_with_the_catalog(platform: str, handle: str, ok: bool) -> None:
    assert (handle_problem(platform, handle) is None) is ok
    if not handle.startswith("@"):
        assert load_catalog().get(platform).is_valid(handle) is ok, (platform, handle)


def test_a_handle_its_platform_refuses_names_file_line_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        f'now: "{NOW}"\norganization: Northwind\nprofiles:\n'
        "  - platform: x\n    handle: NorthwindCare\n    truth: {class: official}\n"
        "  - platform: x\n    handle: NorthwindCustomerCare\n    truth: {class: impostor}\n",
        encoding="utf-8")
    with pytest.raises(WorldError) as err:
        load_world(path)
    text = str(err.value)
    assert text.startswith(f"{path}:8: x handle 'NorthwindCustomerCare'")
    assert "1 to 15 characters (this one has 21)" in text
    assert "hint: give the account a handle the platform allows" in text


def test_a_mastodon_profile_names_its_server_apart(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(yaml.safe_dump({"now": NOW, "organization": "N", "profiles": [
        {"platform": "mastodon", "handle": "shop@mastodon.nz", "truth": {"class": "official"}}]}),
        encoding="utf-8")
    with pytest.raises(WorldError, match="`instance:`"):
        load_world(path)


def test_every_bundled_and_tuning_world_loads() -> None:
    worlds = [ROOT / "simweb" / "world.yaml", ROOT / "simweb" / "hostile_world.yaml",
              *sorted((ROOT / "simweb" / "examples").rglob("world.yaml")),
              *sorted((ROOT / "evaluation" / "tuning").glob("*/world.yaml"))]
    assert len(worlds) > 40
    for path in worlds:
        assert load_world(path).profiles, path


def test_every_world_field_is_in_the_schema_header() -> None:
    """Authors write worlds from the header of simweb/world.yaml: a field it does not name
    (a rename's ``moved_to``, a deletion's ``reason``) is one they cannot find."""
    import re
    from dataclasses import fields

    from simweb.world import DeletedAccount, Site, WorldProfile

    header = (ROOT / "simweb" / "world.yaml").read_text(encoding="utf-8").split("\nnow:")[0]
    for cls in (WorldProfile, DeletedAccount, Site):
        for f in fields(cls):
            name = f.name.removeprefix("truth_")
            assert re.search(rf"\b{name}\b", header), (cls.__name__, f.name)
