"""What proves that a page IS the profile it was fetched for, before anyone calls it "found".

A bot wall, a rate-limit notice, a consent or login interstitial and a generic error page are
often served under the profile's own URL: their ``og:url`` and canonical link echo the address
asked for, their title may even carry the handle (``(@name) / X``), and a platform's name as
their ``og:title`` ("Pinterest", "Facebook"). None of that is about the account. Calling such a
page "found" tells the reviewer an account exists when the truth is "could not check"
(PLATFORMS.md rule 0.2), so a page read as found must also show data of the account itself:

- a profile document: an embedded state object or JSON-LD entity naming the handle or id, or a
  rule marker that reads one (``doc:``/``json:``), or a profile element of the rendered page
  (``.tgme_page_title``, ``.p-nickname``);
- ``profile:username`` in the head (the page names its own account);
- counts or an id of the account anywhere the readers found them (``2,362 Followers`` in a
  description, ``fb://profile/<id>``, an InnerTube header's subscriber count);
- the handle itself in the head's sharing tags beside a name (``og:title`` "Name (@h) on X",
  an ``og:description`` "... from Name (@h)").

The URL the page was fetched from, its canonical link and its ``<title>`` alone never prove a
profile. Plain values in, a short label out: no Scrapy, testable on hand-written pages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:  # pragma: no cover
    from crawler.extract.generic import GenericPage
    from crawler.extract.layers import LayerRead

# fields only the account's own data gives (a wall's generic avatar and footer links do not count)
ACCOUNT_FIELDS = frozenset({"display_name", "bio", "followers", "following", "posts",
                            "platform_id", "verified", "created_at", "is_private",
                            "last_active_at"})
COUNT_FIELDS = ("followers", "following", "posts", "platform_id")
# rule markers that read the page's head or address, not the account: a title, a link, a meta
_HEAD_CSS = re.compile(r"(?i)^\s*(?:html\s*>?\s*)?(?:head\s*>?\s*)?(?:title|link|meta|head)\b")
_HEAD_XPATH = re.compile(r"(?i)//(?:title|link|meta|head)\b")


def marker_proof(marker: Mapping[str, Any]) -> str | None:
    """Which kind of account data a rule marker reads (None: only the URL, head or text)."""
    if marker.get("absent"):
        return None
    if "doc" in marker or "json" in marker:
        return "document"
    if marker.get("meta") == "profile:username":
        return "profile_username"
    css = marker.get("css")
    if isinstance(css, str) and css.strip() and not _HEAD_CSS.match(css):
        return "element"
    xpath = marker.get("xpath")
    if isinstance(xpath, str) and xpath.strip() and not _HEAD_XPATH.search(xpath):
        return "element"
    return None


def profile_proof(
    page: GenericPage,
    found_by: Iterable[Mapping[str, Any]],
    fields: Mapping[str, Any],
    layer: LayerRead,
    handle: str | None,
    field_sources: Mapping[str, Mapping[str, Any]] | None = None,
) -> str | None:
    """A label for what shows the page is the account's (see the module docstring), or None.

    ``found_by``: the markers of the rule that read the page as found; ``fields``: what the
    rules read; ``layer``: what the generic layers read; ``handle``: whose page it should be;
    ``field_sources``: the rule source each of ``fields`` came from."""
    for marker in found_by:
        kind = marker_proof(marker)
        if kind:
            return f"rule_{kind}"
    for name, source in (field_sources or {}).items():
        kind = marker_proof(source)
        if kind and name in ACCOUNT_FIELDS and fields.get(name) not in (None, "", ()):
            return f"rule_field_{kind}"
    for name, source in layer.layers.items():
        if source not in ("meta", "absent") and (name in ACCOUNT_FIELDS
                                                 or name == "external_links"):
            # the account's own links (rel="me", a labelled 'Website' row) count too
            return source
    for value in page.selector.xpath(
        "//meta[@property='profile:username' or @name='profile:username']/@content"
    ).getall()[:3]:
        if page.valid_handle(html.unescape(value).strip()):
            return "profile_username"
    if any(layer.layers.get(name) == "meta" for name in COUNT_FIELDS):
        return "meta_counts"
    if any(fields.get(name) not in (None, "", ()) for name in COUNT_FIELDS):
        return "rule_counts"
    if handle and _handle_in_sharing_tags(page, handle):
        return "meta_handle"
    if handle and _named_title(page, handle):
        return "title_name_handle"
    if handle and handle_in_body(page, handle):
        return "body_handle"
    if handle and _profile_card(page, layer, handle):
        return "meta_card"
    if layer.kind == "profile" and layer.handle == handle and layer.notes.get("age_gate"):
        return "age_gate"  # a platform asks a viewer's age only before an account that exists
    return None


def _named_title(page: GenericPage, handle: str) -> bool:
    """A title 'Name (@handle) ...' or 'Name (handle) ...' whose name is not the handle: the
    account's own name beside its handle, which a block page served for any address cannot
    know (a bare '(@handle) / X' or 'handle - Profile' can)."""
    rx = re.compile(r"^\s*(?:\(\d{1,4}\+?\)\s+)?(?P<name>.+?)\s*\(@?"
                    + re.escape(handle.lstrip("@")) + r"(?:@[\w.\-]+)?\)", re.I)
    titles = page.selector.xpath("//title/text()").getall()[:1] + page.selector.xpath(
        "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' or "
        "@property='twitter:title']/@content").getall()[:2]
    for title in titles:
        m = rx.match(html.unescape(title or ""))
        if not m:
            continue
        name = " ".join(m.group("name").split()).lstrip("@")
        # the name as written: 'Megadeth' for 'megadeth' or 'Lakeside Bakery' for
        # 'lakeside.bakery' is the account's own spelling, an echo of the address is not
        if name and name != handle.lstrip("@") and _squash(name) not in _platform_names(page):
            return True
    return False


def handle_in_body(page: GenericPage, handle: str) -> bool:
    """The handle as a line of the page's own body: a heading that is the handle, or an
    element reading '@handle' (Telegram's '@name' under the title, old Reddit's h1)."""
    bare = handle.lstrip("@").casefold()
    texts = page.selector.xpath(
        "//body//*[self::h1 or self::h2 or self::h3 or self::span or self::div or self::p or "
        "self::strong or self::b][not(ancestor::script or ancestor::style or ancestor::a)]"
        "/text()[normalize-space()]").getall()[:4000]
    for text in texts:
        text = " ".join(text.split()).casefold()
        if text in (f"@{bare}", f"u/{bare}", f"/u/{bare}"):
            return True
    return any(" ".join(t.split()).casefold() == bare for t in page.selector.xpath(
        "//body//*[self::h1 or self::h2][not(ancestor::a)]//text()[normalize-space()]"
    ).getall()[:40])


def _profile_card(page: GenericPage, layer: LayerRead, handle: str) -> bool:
    """A link-preview card of the account: the page names itself as the handle's (og:url,
    canonical, profile:username or an app link), its og:title is a name that is neither the
    platform's nor the handle, and the card carries the account's bio or picture."""
    if page_identity(page) != handle:
        return False
    titles = page.selector.xpath("//meta[@property='og:title' or @name='og:title' or "
                                 "@name='twitter:title' or @property='twitter:title']"
                                 "/@content").getall()[:2]
    name = layer.values.get("display_name") if layer.layers.get("display_name") == "meta" else None
    if not titles or not isinstance(name, str) or not name.strip():
        return False
    if name.strip().lstrip("@") == handle.lstrip("@") or _squash(name) in _platform_names(page):
        return False  # the address echoed as a name, or the site's own name
    if not any(_squash(name) and _squash(name) in _squash(html.unescape(t)) for t in titles):
        return False
    return any(layer.layers.get(f) == "meta" for f in ("bio", "avatar_url"))


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", html.unescape(text or "")).casefold()


def _platform_names(page: GenericPage) -> set[str]:
    return {_squash(page.platform.title), _squash(page.platform.name)}


def _handle_in_sharing_tags(page: GenericPage, handle: str) -> bool:
    """The handle as '@handle' or '(handle)' in og:/twitter: tags beside other words (a name):
    tags written from the account's data for link previews, not the page's bare address."""
    rx = re.compile(r"(?i)(?:@|\()" + re.escape(handle.lstrip("@")) + r"(?![\w.\-])")
    for value in page.selector.xpath(
        "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' or "
        "@property='twitter:title' or @property='og:description' or @name='og:description' or "
        "@name='twitter:description' or @property='twitter:description']/@content"
    ).getall()[:8]:
        text = html.unescape(value or "").strip()
        m = rx.search(text)
        if m and len(re.sub(r"[\W_]+", "", text[: m.start()])) >= 1:
            return True
    return False


def identity_urls(page: GenericPage) -> list[str]:
    """The addresses a page gives as its own (og:url, twitter:url, canonical)."""
    sel = page.selector
    urls = sel.xpath(
        "//meta[@property='og:url' or @name='og:url' or @name='twitter:url']/@content"
        " | //link[@rel='canonical']/@href"
    ).getall()
    return [html.unescape(u).strip() for u in urls if u and u.strip()]


def page_identity(page: GenericPage) -> str | None:
    """The page's own handle: profile:username, og:url, canonical, app links."""
    sel = page.selector
    for value in sel.xpath("//meta[@property='profile:username' or @name='profile:username']"
                           "/@content").getall():
        hit = page.valid_handle(value)
        if hit:
            return hit
    for url in identity_urls(page):
        if not url.startswith(("http", "//")):
            url = page.absolute(url)
        hit = page.platform_handle_from_url(url)
        if hit:
            return hit
    for url in sel.xpath("//meta[starts-with(@property, 'al:')]/@content").getall():
        try:
            query = parse_qs(urlsplit(url).query)
        except ValueError:
            continue
        for key in ("username", "screen_name", "domain"):
            if query.get(key):
                hit = page.valid_handle(query[key][0])
                if hit:
                    return hit
    return None
