"""Takedown data: the catalog's ``report:`` entries (the platform's way in) and the inventory's
rights holder (``legal_name``, ``contact``, ``trademarks``), with their file:line errors."""

from __future__ import annotations

import textwrap

import pytest

from crawler.catalog import CatalogError, load_catalog
from matching.inventory import load_inventory, validate_inventory

ENTRY = """\
platforms:
  myforum:
    hosts: [forum.example]
    profile_url: 'https://forum.example/u/{handle}'
    profile_patterns: ['^/u/(?P<handle>[a-z0-9]+)$']
    handle: {pattern: '[a-z0-9]+'}
    report: REPORT
"""


def _entry(tmp_path, report: str):
    path = tmp_path / "mine.yaml"
    path.write_text(ENTRY.replace("REPORT", report), encoding="utf-8")
    return path


def test_every_builtin_platform_has_a_way_in():
    catalog = load_catalog()
    for name, platform in catalog.items():
        assert platform.report is not None, name
        form = platform.report.form_url("someone", "https://x.example/someone", platform.params)
        assert form or platform.report.email, name
        if form:
            assert form.startswith("https://") and "{" not in form, (name, form)


def test_a_users_platform_brings_its_own_form(tmp_path):
    path = _entry(tmp_path, "{form: 'https://forum.example/report?user={handle}', "
                            "email: abuse@forum.example, steps: 'pick Impersonation'}")
    platform = load_catalog([path])["myforum"]
    assert platform.report.form_url("bad1", "https://forum.example/u/bad1", {}) == \
        "https://forum.example/report?user=bad1"
    assert platform.report.email == "abuse@forum.example"
    assert platform.report.steps == "pick Impersonation"


@pytest.mark.parametrize(
    ("report", "fragment", "hint"),
    [
        ("{steps: 'x'}", "give the impersonation form or an address", "report: {form:"),
        ("{form: 'ftp://forum.example/r'}", "is not an http(s) URL", "https://"),
        ("{email: 'abuse at forum'}", "is not an e-mail address", "abuse@example.com"),
        ("{form: 'https://forum.example/{who}'}", "unknown placeholder {who}", "{handle}"),
        ("{from: 'https://forum.example/r'}", "unknown key 'from'", "did you mean 'form'"),
    ],
)
def test_bad_report_entries_name_file_line_and_fix(tmp_path, report, fragment, hint):
    path = _entry(tmp_path, report)
    with pytest.raises(CatalogError) as err:
        load_catalog([path])
    text = str(err.value)
    assert f"{path}:7" in text, text
    assert fragment in text and hint in text, text


INVENTORY = """\
organization: Northwind Coffee Co.
legal_name: Northwind Coffee Company Limited
contact: CONTACT
trademarks: TRADEMARKS
brands:
  - name: Northwind Coffee
    accounts: [{platform: instagram, handle: northwindcoffee}]
"""


def _inventory(tmp_path, contact="legal@northwindcoffee.com", trademarks="[NORTHWIND, 'NWC']"):
    path = tmp_path / "inv.yaml"
    path.write_text(textwrap.dedent(INVENTORY).replace("CONTACT", contact)
                    .replace("TRADEMARKS", trademarks), encoding="utf-8")
    return path


def test_rights_holder_keys_load(tmp_path):
    catalog = load_catalog()
    inv = load_inventory(_inventory(tmp_path), catalog.rules(),
                         url_parser=catalog.match_profile_url)
    assert inv.legal_name == "Northwind Coffee Company Limited"
    assert inv.contact == "legal@northwindcoffee.com"
    assert inv.trademarks == ("NORTHWIND", "NWC")
    page = load_inventory(_inventory(tmp_path, contact="https://northwindcoffee.com/legal"),
                          catalog.rules(), url_parser=catalog.match_profile_url)
    assert page.contact == "https://northwindcoffee.com/legal"


@pytest.mark.parametrize(
    ("contact", "trademarks", "where", "fragment"),
    [
        ("'call us'", "[NWC]", ":3:", "must be an e-mail address or an http(s) URL"),
        ("legal@northwindcoffee.com", "NWC", ":4:", "'trademarks' in the inventory must be a list"),
        ("legal@northwindcoffee.com", "[{a: 1}]", ":4:", "each item of 'trademarks'"),
    ],
)
def test_bad_rights_holder_keys(tmp_path, contact, trademarks, where, fragment):
    catalog = load_catalog()
    path = _inventory(tmp_path, contact=contact, trademarks=trademarks)
    errors = validate_inventory(path, catalog.rules(), url_parser=catalog.match_profile_url)
    assert errors, "accepted"
    text = "\n".join(str(e) for e in errors)
    assert f"{path}{where}" in text and fragment in text, text


def test_the_demo_inventory_names_its_rights_holder():
    from crawler.cli import demo_inventory

    catalog = load_catalog()
    inv = load_inventory(demo_inventory(), catalog.rules(), url_parser=catalog.match_profile_url)
    assert inv.legal_name and inv.contact and inv.trademarks
