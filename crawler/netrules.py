"""The SSRF guard's address rules (crawler/netguard.py says why), without Scrapy or Twisted.

The guard's middleware and resolver apply them inside the crawl; the forked probe workers
(crawler/lane_fork.py) apply the same functions before Scrapy is imported.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import unquote, urlsplit

ALLOWED_SCHEMES = ("http", "https")


def address_refusal(address: str) -> str | None:
    """Why an IP address must not be crawled, or None when it is a public address.

    >>> address_refusal("169.254.169.254")
    'link-local address 169.254.169.254'
    >>> address_refusal("93.184.216.34") is None
    True
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"not an IP address: {address!r}"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for label, bad in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
    ):
        if bad:
            return f"{label} address {ip}"
    if not ip.is_global:
        return f"non-public address {ip}"
    return None


def ip_literal(host: str) -> str | None:
    """The host as an IP address when it is written as one (including 0x7f.1 style forms that
    ``inet_aton`` accepts and browsers resolve), else None."""
    host = host.strip("[]")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    try:
        return socket.inet_ntoa(socket.inet_aton(host))
    except OSError:
        return None


def url_host(url: str) -> str:
    """The host ``url`` names, read as browsers read it (the URL Standard, which w3lib 2.6
    applies as a Request is built and 2.5 did not): percent-decoded, lower case, without a
    final dot. ``http://%31%32%37.0.0.1./`` names 127.0.0.1 under both versions.

    >>> url_host("http://%31%32%37.0.0.1./admin"), url_host("https://Shop.Example.")
    ('127.0.0.1', 'shop.example')
    """
    host = unquote(urlsplit(url).hostname or "").lower()
    return host[:-1] if host.endswith(".") and not host.endswith("..") else host


def url_refusal_without_dns(url: str, allow_private: bool) -> str | None:
    """The checks that need no DNS: scheme and IP literals (:func:`url_host`, and the forms
    :func:`ip_literal` reads)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return f"scheme {parts.scheme or '(none)'!r} is not http/https"
    host = url_host(url)
    if not host:
        return "no host"
    literal = ip_literal(host)
    if literal and not allow_private:
        return address_refusal(literal)
    return None


def connect_refusal(address: str, name: str, allow_private: bool, names: set[str],
                    literals: set[str]) -> str | None:
    """Why ``name`` must not be connected to at ``address`` (the connection-time check of
    both transports: ``GuardedResolver`` and the probe lane's), or None."""
    if allow_private or name.lower() in names or (
            ip_literal(name) is not None and ip_literal(name) in literals):
        return None
    reason = address_refusal(address)
    if reason is None:
        return None
    return reason if ip_literal(name) else f"{name} resolves to a {reason}"
