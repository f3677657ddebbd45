"""Inventory loading and validation: every error kind names file:line:column and a fix."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.inventory import (
    InventoryError,
    InventoryErrors,
    describe_handle_rule,
    load_inventory,
    validate_inventory,
)
from matching.models import HandleRule

FIXTURES = Path(__file__).parent / "fixtures" / "inventories"

RULES = {
    "instagram": HandleRule(r"^[A-Za-z0-9._]{1,30}$", 1, 30),
    "x": HandleRule(r"[A-Za-z0-9_]{1,15}", 1, 15),
    "facebook": HandleRule(r"[A-Za-z0-9.]{5,50}", 5, 50, ignore_chars="."),
    "linkedin": HandleRule(r"[A-Za-z0-9-]{2,100}", 2, 100),
    "tiktok": HandleRule(r"[A-Za-z0-9._]{2,24}", 2, 24),
    "youtube": HandleRule(r"[A-Za-z0-9._-]{3,30}", 3, 30),
}

_HOSTS = {"instagram.com": "instagram", "x.com": "x", "linkedin.com": "linkedin"}


def url_parser(url: str) -> tuple[str, str] | None:
    """A stand-in for the catalog's match_profile_url: host decides the platform."""
    parts = urlsplit(url)
    platform = _HOSTS.get((parts.hostname or "").removeprefix("www."))
    segments = [s for s in parts.path.split("/") if s]
    return (platform, segments[-1]) if platform and segments else None


def errors_of(name: str, **kw) -> list[InventoryError]:
    return validate_inventory(FIXTURES / name, RULES, url_parser=kw.get("url_parser", url_parser))


# --------------------------------------------------------------------------- the good sample


def test_good_sample_loads_into_inventory():
    path = FIXTURES / "good.yaml"
    inv = load_inventory(path, RULES, url_parser=url_parser)
    assert validate_inventory(path, RULES, url_parser=url_parser) == []
    assert inv.organization == "Northwind Coffee Co."
    assert inv.domains == ("northwindcoffee.com", "northwindcoffee.com.tr")
    assert [d.name for d in inv.departments] == ["Marketing", "Customer Care"]
    assert inv.department("Customer Care").owner == "care@northwindcoffee.com"
    nw = inv.brands[0]
    assert nw.names == ("Northwind Coffee", "Northwind", "NWC", "Northwind Kahve")
    assert nw.websites == ("https://www.northwindcoffee.com",)
    assert nw.strategy == ("instagram", "facebook", "linkedin", "tiktok", "x", "youtube")
    handles = [(a.platform, a.handle, a.department, a.line) for a in inv.accounts]
    assert handles == [
        ("instagram", "northwindcoffee", "Marketing", 12),
        ("x", "NorthwindCare", "Customer Care", 13),  # leading '@' stripped
        ("linkedin", "northwind-coffee", "Marketing", 14),  # derived from url
        ("instagram", "northwind.kids", None, 17),
    ]
    assert inv.accounts[2].url == "https://www.linkedin.com/company/northwind-coffee"
    assert inv.accounts[3].brand == "Northwind Kids"
    assert inv.accounts[3].note == "seasonal campaign"
    assert inv.allow[0].handle == "northwind_reseller"
    assert inv.source == str(path)
    assert inv.digest == hashlib.sha256(path.read_bytes()).hexdigest()


def test_url_account_without_parser_uses_last_path_segment():
    inv = load_inventory(FIXTURES / "good.yaml", RULES)
    assert inv.accounts[2].handle == "northwind-coffee"


def test_numbers_are_taken_as_written(tmp_path):
    p = tmp_path / "inv.yaml"
    p.write_text(
        "organization: 1907\nbrands:\n  - name: B\n    accounts:\n"
        "      - {platform: x, handle: 007}\n"
    )
    inv = load_inventory(p, RULES)
    assert inv.organization == "1907"
    assert inv.accounts[0].handle == "007"


# --------------------------------------------------------------------------- one per error kind

CASES = [
    # fixture, line, message fragment, hint fragment
    ("bad_yaml_syntax.yaml", 6, "YAML syntax error", "not closed"),
    ("bad_tabs.yaml", 4, "YAML syntax error", "tabs"),
    ("bad_unknown_key.yaml", 4, "unknown key 'alaises'", "did you mean 'aliases'?"),
    ("bad_unknown_platform.yaml", 5, "unknown platform 'instagarm'", "did you mean 'instagram'?"),
    ("bad_missing_key.yaml", 5, "missing 'platform'", "add platform:"),
    ("bad_missing_organization.yaml", 1, "missing 'organization'", "organization: Your Company"),
    ("bad_wrong_type.yaml", 4, "'aliases' in brand 'Northwind' must be a list", "[NW]"),
    (
        "bad_handle.yaml",
        5,
        "not a valid instagram handle",
        "Instagram handles are 1-30 of letters, digits, '.' and '_'",
    ),
    ("bad_handle_too_long.yaml", 5, "more than 15", "X handles are 1-15"),
    ("bad_handle_is_url.yaml", 5, "holds a URL", "write url: https://www.instagram.com/northwind"),
    (
        "bad_url_platform_mismatch.yaml",
        5,
        "is a profile on x, but platform is 'instagram'",
        "write platform: x",
    ),
    (
        "bad_department.yaml",
        8,
        "department 'Sales' is not declared",
        "declared departments: Customer Care, Marketing",
    ),
    ("bad_empty.yaml", 1, "the inventory is empty", "organization:"),
    ("bad_not_mapping.yaml", 1, "must be a mapping, got a list", "organization:"),
    ("bad_strategy.yaml", 4, "unknown platform 'tiktk'", "did you mean 'tiktok'?"),
    ("bad_websites.yaml", 4, "not an http(s) URL", "https://www.northwind.com"),
]


@pytest.mark.parametrize(("name", "line", "message", "hint"), CASES, ids=[c[0] for c in CASES])
def test_error_names_file_line_and_hint(name, line, message, hint):
    errors = errors_of(name)
    assert len(errors) == 1, errors
    text = str(errors[0])
    assert text.startswith(f"{FIXTURES / name}:{line}:")
    assert message in text
    assert hint in text
    assert errors[0].hint and hint in errors[0].hint
    with pytest.raises(InventoryErrors) as info:
        load_inventory(FIXTURES / name, RULES, url_parser=url_parser)
    assert info.value.errors == errors


def test_error_string_reads_like_a_compiler():
    e = InventoryError(
        "seeds/x.yaml", 12, 7, "unknown platform 'instagarm'", "did you mean 'instagram'?"
    )
    assert str(e) == "seeds/x.yaml:12:7: unknown platform 'instagarm' — did you mean 'instagram'?"
    assert str(InventoryError("f.yaml", None, None, "cannot read")) == "f.yaml: cannot read"


def test_unknown_platform_exact_column():
    (e,) = errors_of("bad_unknown_platform.yaml")
    assert (e.line, e.column) == (5, 20)


def test_duplicate_account_across_brands_reports_both_lines():
    (e,) = errors_of("bad_duplicate_account.yaml")
    assert e.line == 8
    assert "duplicate account instagram:NorthWind" in e.message
    assert "line 5" in e.message and "brand 'Northwind'" in e.message
    assert "remove one" in e.hint


def test_duplicate_department_and_bad_owner_both_reported():
    errors = errors_of("bad_department_duplicate.yaml")
    assert [(e.line, e.column) for e in errors] == [(4, 12), (4, 30)]
    assert "declared twice (also at line 3)" in errors[0].message
    assert "not an e-mail" in errors[1].message and "@" in errors[1].hint


def test_domains_no_scheme_no_path_registrable():
    errors = errors_of("bad_domains.yaml")
    assert [e.line for e in errors] == [3, 4, 5]
    assert "has a scheme" in errors[0].message and errors[0].hint.endswith("northwind.com")
    assert "has a path" in errors[1].message and errors[1].hint.endswith("northwind.com")
    assert "not a registrable domain" in errors[2].message
    assert errors[2].hint.endswith("northwind.com")


def test_all_errors_are_collected_in_line_order():
    errors = errors_of("bad_many.yaml")
    assert [e.line for e in errors] == [4, 6, 7, 8]
    assert "did you mean 'aliases'?" in str(errors[0])
    assert "did you mean 'instagram'?" in str(errors[1])
    assert "not a valid instagram handle" in str(errors[2])
    assert "did you mean 'department'?" in str(errors[3])
    with pytest.raises(InventoryErrors) as info:
        load_inventory(FIXTURES / "bad_many.yaml", RULES)
    assert str(info.value).count("\n") == 3


def test_unreadable_file_is_an_inventory_error(tmp_path):
    missing = tmp_path / "nope.yaml"
    (e,) = validate_inventory(missing, RULES)
    assert e.line is None and "cannot read" in e.message and str(missing) in str(e)


def test_url_not_a_profile_with_parser(tmp_path):
    p = tmp_path / "inv.yaml"
    p.write_text(
        "organization: O\nbrands:\n  - name: B\n    accounts:\n"
        "      - {platform: instagram, url: 'https://example.com/'}\n"
    )
    (e,) = validate_inventory(p, RULES, url_parser=url_parser)
    assert (e.line, "not a profile address") == (5, "not a profile address")
    assert "handle:" in e.hint


def test_url_and_handle_must_agree(tmp_path):
    p = tmp_path / "inv.yaml"
    p.write_text(
        "organization: O\nbrands:\n  - name: B\n    accounts:\n"
        "      - {platform: instagram, handle: a, url: 'https://instagram.com/b'}\n"
    )
    (e,) = validate_inventory(p, RULES, url_parser=url_parser)
    assert "url names 'b' but handle is 'a'" in e.message


def test_account_needs_handle_or_url(tmp_path):
    p = tmp_path / "inv.yaml"
    p.write_text(
        "organization: O\nbrands:\n  - name: B\n    accounts:\n"
        "      - platform: instagram\n        handle:\n"
    )
    (e,) = validate_inventory(p, RULES)
    assert e.line == 5 and "needs 'handle' or 'url'" in e.message


def test_allowed_account_cannot_be_official(tmp_path):
    p = tmp_path / "inv.yaml"
    p.write_text(
        "organization: O\nbrands:\n  - name: B\n    accounts:\n"
        "      - {platform: instagram, handle: Brand}\n"
        "allow:\n  - {platform: instagram, handle: brand}\n"
    )
    (e,) = validate_inventory(p, RULES)
    assert e.line == 7 and "also an official account (line 5)" in e.message


def test_duplicate_yaml_key_reported(tmp_path):
    p = tmp_path / "inv.yaml"
    p.write_text("organization: O\norganization: P\n")
    (e,) = validate_inventory(p, RULES)
    assert e.line == 2 and "duplicate key 'organization'" in e.message


def test_not_utf8(tmp_path):
    p = tmp_path / "inv.yaml"
    p.write_bytes(b"organization: Caf\xe9\n")
    (e,) = validate_inventory(p, RULES)
    assert e.line == 1 and "UTF-8" in e.message


def test_describe_handle_rule_falls_back_to_pattern():
    rule = HandleRule(r"(?!\.)[a-z]+|UC(?=x)[A-Z]{22}", 2, 24)
    assert describe_handle_rule("youtube", rule) == (
        "Youtube handles are 2-24 characters matching '(?!\\\\.)[a-z]+|UC(?=x)[A-Z]{22}'"
    )


def test_describe_handle_rule_spells_out_each_alternative():
    """A pattern with an alternation (a Facebook page's name, or groups/<name or id>) is said
    in words, each alternative in turn, not quoted as a regex."""
    rule = HandleRule(r"(?:groups/[A-Za-z0-9][A-Za-z0-9._-]{0,49}|[A-Za-z0-9.]{5,50})", 5, 57)
    assert describe_handle_rule("facebook", rule) == (
        "Facebook handles are 5-57 characters: 'groups/' followed by letters, digits, '.', '_' "
        "and '-'; or letters, digits and '.'")
    assert describe_handle_rule("youtube", HandleRule(r"[a-z]+|UC[A-Z]{22}", 2, 24)) == (
        "Youtube handles are 2-24 characters: lowercase letters; or 'UC' followed by uppercase "
        "letters")
    from reports.i18n import Translator

    tr = describe_handle_rule("facebook", rule).render(Translator("tr").gettext)
    assert tr.startswith("Facebook kullanıcı adları 5-57 karakterdir: 'groups/' ve ardından "
                         "harfler, rakamlar"), tr
    assert "; ya da harfler, rakamlar ve '.'" in tr, tr


def test_describe_handle_rule_spells_out_the_counted_class():
    rule = HandleRule(r"(?!\.)(?![0-9]+$)[A-Za-z0-9_.]{2,24}(?<!\.)", 2, 24)
    text = describe_handle_rule("tiktok", rule)
    assert text.startswith("Tiktok handles are 2-24 of letters, digits, '_' and '.' (exact rule:")
    # characters outside the class are named even when the pattern has lookarounds
    p_errors = [e for e in _check_text("tiktok", "a b") if "tiktok handle" in e.message]
    assert "contains ' '" in p_errors[0].message


def _check_text(platform: str, handle: str) -> list[InventoryError]:
    import tempfile

    rules = {**RULES, "tiktok": HandleRule(r"(?!\.)(?![0-9]+$)[A-Za-z0-9_.]{2,24}(?<!\.)", 2, 24)}
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "inv.yaml"
        p.write_text(
            f"organization: O\nbrands:\n  - name: B\n    accounts:\n"
            f"      - {{platform: {platform}, handle: '{handle}'}}\n"
        )
        return validate_inventory(p, rules)


def test_yaml_error_names_the_enclosing_block(tmp_path):
    p = tmp_path / "inv.yaml"
    p.write_text("organization: X\nbrands:\n  - name: A\n   aliases: [b]\n")
    (e,) = validate_inventory(p, RULES)
    assert (e.line, e.column) == (4, 4)
    assert f"the enclosing block starts at {p}:3:" in e.hint


# --------------------------------------------------------------------------- property

_TOKENS = st.sampled_from(
    list("abcdefghij xyz:-[]{},'\"#&*!|>@%`\t\n012.?/\\")
    + [
        "organization",
        "brands",
        "accounts",
        "platform",
        "handle",
        "instagram",
        "url",
        "  ",
        "- ",
        ": ",
        "\n  ",
        "\n    - ",
        "https://x.com/a",
        "department",
        "allow",
        "domains",
        "\x00",
        "<<",
        "~",
        "null",
        "yes",
        "é",
        "\ufeff",
    ]
)
_YAMLISH = st.one_of(st.lists(_TOKENS, max_size=40).map("".join), st.text(max_size=40))


@settings(max_examples=150, deadline=None)
@given(text=_YAMLISH)
def test_arbitrary_text_only_raises_inventory_errors(tmp_path_factory, text):
    p = tmp_path_factory.mktemp("h") / "inv.yaml"
    p.write_text(text, encoding="utf-8")
    for parser in (None, url_parser):
        try:
            load_inventory(p, RULES, url_parser=parser)
        except InventoryErrors as e:
            assert e.errors
            assert all(str(err).startswith(str(p)) for err in e.errors)


_KEYS = st.sampled_from(
    [
        "organization",
        "domains",
        "departments",
        "brands",
        "allow",
        "name",
        "owner",
        "aliases",
        "websites",
        "strategy",
        "accounts",
        "platform",
        "handle",
        "url",
        "department",
        "note",
        "zz",
    ]
)
_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.sampled_from(
        [
            "instagram",
            "x",
            "@a",
            "a b",
            "https://x.com/a",
            "x.com",
            "Marketing",
            "m@x.com",
            "",
            "https://",
            "a" * 40,
        ]
    ),
    st.text(max_size=8),
)
_DOCS = st.recursive(
    _LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=5)),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None)
@given(doc=st.dictionaries(_KEYS, _DOCS, max_size=6))
def test_schema_shaped_documents_only_raise_inventory_errors(tmp_path_factory, doc):
    import yaml

    p = tmp_path_factory.mktemp("h") / "inv.yaml"
    p.write_text(yaml.safe_dump(doc), encoding="utf-8")
    for parser in (None, url_parser):
        try:
            inv = load_inventory(p, RULES, url_parser=parser)
        except InventoryErrors as e:
            assert e.errors and all(err.line is not None for err in e.errors)
        else:
            assert inv.organization


def test_an_inventory_of_no_brand_is_refused(tmp_path):
    """'brands: []' passed validate and its audit searched nothing and reported nothing:
    a clean bill for a sweep that never ran."""
    for text in ("organization: X\nbrands: []\n", "organization: X\n"):
        p = tmp_path / "inv.yaml"
        p.write_text(text, encoding="utf-8")
        errors = validate_inventory(p, RULES)
        assert [e.message for e in errors] == [
            "the inventory declares no brand: an audit would search for nothing"]


# --------------------------------------------------------------------------- Mastodon servers


def _catalog_inventory(tmp_path, accounts: str):  # type: ignore[no-untyped-def]
    from crawler.catalog import load_catalog

    cat = load_catalog()
    p = tmp_path / "inv.yaml"
    p.write_text("organization: Tallowmere Cycles Ltd\nbrands:\n  - name: Tallowmere\n"
                 "    accounts:\n" + accounts, encoding="utf-8")
    return cat, p, validate_inventory(p, cat.rules(), url_parser=cat.match_profile_url)


def test_a_mastodon_account_on_any_server_is_declared_by_its_address_or_user_at_server(tmp_path):
    """``platform: mastodon`` makes ``https://<server>/@<user>`` (and ``/users/<user>``) an
    account on that server, whatever the catalog's list of Mastodon hosts: the handle is
    ``user@server``, which the crawl probes on that server."""
    cat, p, errors = _catalog_inventory(tmp_path, (
        "      - {platform: mastodon, url: 'https://mastodon.nz/@shop'}\n"
        "      - {platform: mastodon, url: 'https://toot.example.org/users/care/'}\n"
        "      - {platform: mastodon, handle: news@mastodon.nz}\n"
        "      - {platform: mastodon, handle: '@jobs@social.example.com'}\n"
        "      - {platform: mastodon, url: 'https://mastodon.social/@tallowmere'}\n"))
    assert errors == []
    inv = load_inventory(p, cat.rules(), url_parser=cat.match_profile_url)
    m = cat["mastodon"]
    got = [m.canonical(a.handle) for a in inv.accounts]
    assert got == ["shop@mastodon.nz", "care@toot.example.org", "news@mastodon.nz",
                   "jobs@social.example.com", "tallowmere"]
    assert m.probe_url("shop@mastodon.nz").startswith("https://mastodon.nz/api/v1/accounts/")


def test_an_undeclarable_mastodon_address_says_how_to_declare_it(tmp_path):
    _cat, _p, errors = _catalog_inventory(tmp_path, (
        "      - {url: 'https://mastodon.nz/@shop'}\n"
        "      - {platform: instagram, url: 'https://mastodon.nz/@shop2'}\n"
        "      - {platform: mastodon, url: 'https://mastodon.nz/shop3'}\n"
        "      - {platform: mastodon, handle: shop4@localhost}\n"))
    said = {(e.line, e.message, e.hint) for e in errors}
    fix = ("if it is an account on a mastodon server the catalog does not list, "
           "write platform: mastodon")
    assert (5, "url 'https://mastodon.nz/@shop' is not a profile address of a known platform",
            fix) in said
    assert (6, "url 'https://mastodon.nz/@shop2' is not a profile address of a known platform",
            fix) in said
    assert any(e.line == 7 and "give the profile page's address" in e.hint for e in errors)
    (bad,) = [e for e in errors if e.line == 8]
    assert "not a valid mastodon handle" in bad.message
    assert "name@server.tld, e.g. shop@mastodon.nz" in bad.hint
    assert all(e.path == str(_p) for e in errors)
