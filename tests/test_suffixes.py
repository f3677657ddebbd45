"""matching/suffixes.py answers as tldextract does (its bundled snapshot, private section on):
every rule of the list under a few names, wildcards and their exceptions, IP literals,
internationalised labels, and hostile text. tldextract stays installed: it ships the list."""

from __future__ import annotations

import pytest
import tldextract

from matching.normalise import public_suffix_list, registered_domain
from matching.suffixes import SuffixList, snapshot_path

REFERENCE = tldextract.TLDExtract(suffix_list_urls=(), include_psl_private_domains=True,
                                  cache_dir=None)
OURS = SuffixList.snapshot()


def _same(text: str) -> None:
    want = REFERENCE(text)
    got = OURS(text)
    assert (got.subdomain, got.domain, got.suffix, got.is_private,
            got.top_domain_under_public_suffix) == (
        want.subdomain, want.domain, want.suffix, want.is_private,
        want.top_domain_under_public_suffix), text


def _rules() -> list[str]:
    return sorted(OURS.rules)


def test_the_list_is_the_snapshot_tldextract_ships():
    assert snapshot_path().name == ".tld_set_snapshot"
    assert set(OURS.rules) == set(REFERENCE.tlds)  # REFERENCE includes the private section
    assert OURS.rules["github.io"] is True and OURS.rules["co.uk"] is False
    assert public_suffix_list()("https://northwind.github.io/x").top_domain_under_public_suffix \
        == "northwind.github.io"


def test_every_rule_splits_as_tldextract_splits_it():
    """About 10,000 rules, each bare and under one and two names (wildcards and exceptions
    get a name in place of their ``*``/``!``)."""
    checked = 0
    for rule in _rules():
        base = rule.replace("*", "wild").lstrip("!")
        for text in (base, f"brand.{base}", f"www.brand.{base}", f"https://Shop.Brand.{base}:8443/p"):
            _same(text)
            checked += 1
    assert checked > 30_000


@pytest.mark.parametrize("text", [
    "", ".", "..", "...", "localhost", "northwind", "northwind.", "northwind.test",
    "192.168.0.1", "256.1.1.1", "1.2.3", "01.2.3.4", "http://127.0.0.1:8080/x",
    "[::1]", "http://[2001:db8::1]:80/", "[not-ipv6]", "http://user:pw@host.co.uk:1/",
    "www.ck", "a.www.ck", "b.ck", "a.b.ck", "city.kawasaki.jp", "x.city.kawasaki.jp",
    "foo.kawasaki.jp", "a.foo.kawasaki.jp", "xn--55qx5d.cn", "www.xn--55qx5d.cn",
    "xn--bad-.com", "xn--.com", "MÜNCHEN.de", "bücher.example.de", "例子。中国",
    "shop．northwind．com", "northwind.com\u3002", "//northwind.com/path", "mailto:a@b.co.uk",
    "northwind.com?q=a.b", "northwind.com#frag.co.uk", "ftp://northwind.co.uk",
    "javascript:alert(1)", "a" * 300 + ".com", "x.y.z.compute.amazonaws.com",
    "bucket.s3.amazonaws.com", "northwind.blogspot.co.uk", "north wind.com", "\tnorthwind.com ",
])
def test_odd_and_hostile_text_splits_as_tldextract_splits_it(text):
    _same(text)


def test_registered_domain_keeps_its_answers():
    assert registered_domain("https://shop.northwindcoffee.com.tr/x") == "northwindcoffee.com.tr"
    assert registered_domain("https://northwind.github.io/") == "northwind.github.io"
    assert registered_domain("github.io") == "github.io"
    assert registered_domain("localhost") == "localhost"
    assert registered_domain("https:///no-host") == ""
