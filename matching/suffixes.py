"""The Public Suffix List, read from the snapshot tldextract ships without importing tldextract.

Private section on, never the network (see ``normalise.public_suffix_list``).

tldextract itself imports requests, urllib3, filelock and idna for its downloads and disk cache
(about 0.1 s of CPU at every start of the program) and builds two tries of the list on its first
call. brandsweep only ever reads the snapshot file tldextract ships, so it reads that file here,
without importing tldextract, and splits hosts with tldextract's own algorithm: the same
``suffix``, ``domain``, ``subdomain`` and ``top_domain_under_public_suffix`` as
``tldextract.TLDExtract(suffix_list_urls=(), include_psl_private_domains=True)`` for every
input (tests/test_suffixes.py compares the two on every rule of the list and on hostile text).
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import scheme_chars

__all__ = ["SuffixList", "Split", "snapshot_path"]

#: tldextract's reading of the list: a rule starts a line, comments ("//") and blanks are not
_RULE = re.compile(r"^(?P<suffix>[.*!]*\w[\S]*)", re.UNICODE | re.MULTILINE)
_PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="
_IPV4 = re.compile(
    r"^(?:(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.)"
    r"{3}(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$",
    re.ASCII,
)
_SCHEME_CHARS = frozenset(scheme_chars)
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


@dataclass(frozen=True, slots=True)
class Split:
    """A host split at its public suffix (tldextract's ``ExtractResult`` fields we use)."""

    subdomain: str
    domain: str
    suffix: str
    is_private: bool = False

    @property
    def top_domain_under_public_suffix(self) -> str:
        """``domain.suffix`` when both are there (the registered name), else ``""``."""
        return f"{self.domain}.{self.suffix}" if self.suffix and self.domain else ""


def snapshot_path() -> Path:
    """The suffix list file installed with tldextract (found without importing tldextract)."""
    spec = importlib.util.find_spec("tldextract")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("tldextract is not installed (brandsweep needs its suffix list)")
    return Path(next(iter(spec.submodule_search_locations))) / ".tld_set_snapshot"


class SuffixList:
    """Splits hosts and URLs at their public suffix; call it like a ``TLDExtract``."""

    def __init__(self, text: str):
        public, _, private = text.partition(_PRIVATE_SECTION)
        #: every rule (``co.uk``, ``*.ck``, ``!www.ck``) -> whether it is a private one
        self.rules: dict[str, bool] = dict.fromkeys(
            (m.group("suffix") for m in _RULE.finditer(public)), False)
        self.rules.update(dict.fromkeys(
            (m.group("suffix") for m in _RULE.finditer(private)), True))
        #: every rule and every tail of one (``uk`` of ``co.uk``): tldextract's trie as a set
        paths = set(self.rules)
        for rule in self.rules:
            dot = rule.find(".")
            while dot >= 0:
                paths.add(rule[dot + 1:])
                dot = rule.find(".", dot + 1)
        self.paths = frozenset(paths)

    @classmethod
    def snapshot(cls) -> SuffixList:
        return cls(snapshot_path().read_text(encoding="utf-8"))

    def __call__(self, url: str) -> Split:
        return self.split_host(_lenient_netloc(url))

    def split_host(self, netloc: str) -> Split:
        """tldextract's ``_extract_netloc``: an IP literal is a domain without a suffix."""
        host = netloc.translate(_DOTS)
        if len(host) >= 4 and host[0] == "[" and host[-1] == "]" and _is_ipv6(host[1:-1]):
            return Split("", host, "")
        labels = host.split(".")
        found = self._suffix_index(labels)
        if found is None:
            if len(labels) == 4 and host[:1].isdecimal() and _IPV4.fullmatch(host):
                return Split("", host, "")
            return Split(".".join(labels[:-1]), labels[-1], "")
        index, private = found
        return Split(".".join(labels[:index - 1]) if index >= 2 else "",
                     labels[index - 1] if index > 0 else "",
                     ".".join(labels[index:]), private)

    def _suffix_index(self, labels: list[str]) -> tuple[int, bool] | None:
        """Index of the first label of the public suffix and whether it is a private one:
        the trie walk of tldextract's ``suffix_index`` over ``paths``."""
        rules, paths = self.rules, self.paths
        path = ""
        index = len(labels)
        found: tuple[int, bool] | None = None
        for label in reversed(labels):
            name = _decode_punycode(label)
            step = f"{name}.{path}" if path else name
            if step in paths:
                index -= 1
                path = step
                if step in rules:
                    found = (index, rules[step])
                continue
            wildcard = f"*.{path}" if path else "*"
            if wildcard in paths:
                exception = f"!{name}.{path}" if path else f"!{name}"
                return (index if exception in paths else index - 1,
                        rules.get(wildcard, False))
            break
        return found


def _decode_punycode(label: str) -> str:
    lowered = label.lower()
    if lowered.startswith("xn--"):
        import idna  # rare (an internationalised label) and not small: only when one comes

        try:
            return idna.decode(lowered)
        except (UnicodeError, IndexError):
            pass
    return lowered


def _is_ipv6(text: str) -> bool:
    from ipaddress import AddressValueError, IPv6Address  # only for a bracketed host

    try:
        IPv6Address(text)
    except AddressValueError:
        return False
    return True


def _lenient_netloc(url: str) -> str:
    """The host of a URL-like text, parsed as leniently as tldextract does (case kept)."""
    authority = _schemeless(url).partition("/")[0].partition("?")[0].partition("#")[0]
    after_userinfo = authority.rpartition("@")[-1]
    if after_userinfo and after_userinfo[0] == "[":
        bracketed = after_userinfo.partition("]")
        if bracketed[1] == "]":
            return f"{bracketed[0]}]"
    return after_userinfo.partition(":")[0].strip().rstrip(".\u3002\uff0e\uff61")


def _schemeless(url: str) -> str:
    slashes = url.find("//")
    if slashes == 0:
        return url[2:]
    if slashes < 2 or url[slashes - 1] != ":" or set(url[:slashes - 1]) - _SCHEME_CHARS:
        return url
    return url[slashes + 2:]
