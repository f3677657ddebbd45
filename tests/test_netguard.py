"""The SSRF guard's rules, table-driven, with real DNS only for names that need none (literals,
localhost) and overrides standing in for a hostile resolver."""

from __future__ import annotations

import asyncio

import pytest
from twisted.internet.error import DNSLookupError

from crawler.netguard import PrivateNetworkGuard, address_refusal, ip_literal


@pytest.mark.parametrize(
    "address,refused",
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("::ffff:127.0.0.1", "loopback"),
        ("fd00::1", "private"),
        ("100.64.0.1", "non-public"),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_refusal(address, refused):
    reason = address_refusal(address)
    if refused is None:
        assert reason is None
    else:
        assert reason is not None and reason.startswith(refused), reason


@pytest.mark.parametrize(
    "host,literal",
    [("127.0.0.1", "127.0.0.1"), ("[::1]", "::1"), ("0x7f.1", "127.0.0.1"),
     ("2130706433", "127.0.0.1"), ("www.example.com", None)],
)
def test_ip_literal_forms(host, literal):
    assert ip_literal(host) == literal


def guard(**kw):
    defaults = dict(allow_private=False, resolve_map={}, behind_proxy=False, dns_overrides={})
    defaults.update(kw)
    return PrivateNetworkGuard(**defaults)


def refusal(g, url):
    return asyncio.run(g.refusal(url))


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:8080/admin",
        "http://[::1]/",
        "http://0x7f.1/",
        "https://2130706433/",
    ],
)
def test_private_literals_are_refused(url):
    assert refusal(guard(), url)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/a",
                                 "data:text/html,<b>x</b>", "gopher://127.0.0.1:25/"])
def test_only_http_and_https(url):
    assert "scheme" in refusal(guard(), url)


def test_names_resolving_to_private_addresses_are_refused():
    g = guard(dns_overrides={"rewards.example": ["93.184.216.34", "10.0.0.7"]})
    assert "10.0.0.7" in refusal(g, "https://rewards.example/claim")


def test_localhost_name_is_refused_via_real_resolution():
    assert "loopback" in refusal(guard(), "http://localhost/")


def test_behind_a_proxy_literals_still_refused_but_unknown_names_pass():
    g = guard(behind_proxy=True)
    assert refusal(g, "http://10.0.0.1/")
    # An unresolvable name (no DNS query leaves the machine: the resolver is stubbed).
    async def unresolvable(host):
        return None

    g._resolve = unresolvable
    assert refusal(g, "http://intranet-only.example/") is None


def test_routed_names_are_trusted_but_literals_are_not():
    g = guard(resolve_map={"*": "127.0.0.1:9999"})
    assert refusal(g, "https://www.instagram.com/northwindcoffee/") is None
    assert refusal(g, "http://127.0.0.1:9999/") is not None
    assert refusal(g, "http://169.254.169.254/") is not None


def test_allow_private_network_lifts_the_address_rule_only():
    g = guard(allow_private=True)
    assert refusal(g, "http://127.0.0.1/") is None
    assert refusal(g, "javascript:alert(1)") is not None


def test_a_resolve_pin_allows_its_literal_but_no_name_resolving_to_it():
    """The connection-time resolver (DNS rebinding): the pinned target's own literal passes
    (Twisted asks the resolver even for a literal), a *name* answering with the pinned address
    is refused like any private answer; a proxy named by the operator stays reachable."""
    from crawler.netguard import GuardedResolver, operator_hosts

    class Settings(dict):
        def getdict(self, key):
            return self.get(key) or {}

    names, literals = operator_hosts(Settings(BRANDSWEEP_RESOLVE={"www.quillmark.com":
                                                                   "127.0.0.1:8123"},
                                               BRANDSWEEP_PROXY="http://proxy.corp:3128"))
    assert literals == {"127.0.0.1"} and "proxy.corp" in names
    resolver = object.__new__(GuardedResolver)
    resolver.allow_private, resolver.names, resolver.literals = False, names, literals
    assert resolver.check("127.0.0.1", "127.0.0.1") == "127.0.0.1"
    assert resolver.check("10.0.0.8", "proxy.corp") == "10.0.0.8"
    with pytest.raises(DNSLookupError, match="rebind.example resolves to a loopback"):
        resolver.check("127.0.0.1", "rebind.example")
    with pytest.raises(DNSLookupError):
        resolver.check("127.0.0.2", "127.0.0.2")  # a literal that is not the pin
