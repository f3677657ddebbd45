"""Page objects for platforms whose pages the declarative rules cannot fully describe.

Registered by name in ``registry.py`` and chosen with ``extractor:`` in the catalog.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from crawler.extract import values as V
from crawler.extract.generic import GenericPage, ProfileRead
from crawler.extract.layers import federated_host
from matching.models import ProbeState, ProfileFields

#: a fediverse profile's path: ``/@user``, ``/@user@server`` (another server's account shown
#: here), ``/users/user`` (an ActivityPub actor's id)
_PROFILE_PATH = re.compile(r"^/(?:@|users/)(?P<user>[A-Za-z0-9_][A-Za-z0-9_.-]{0,63})"
                           r"(?:@(?P<server>[A-Za-z0-9.-]+\.[A-Za-z]{2,}))?/?$")


class TelegramPage(GenericPage):
    """t.me: the verified badge is an element whose *absence* means "not verified" on a found
    page, and the ``.tgme_page_extra`` line says what kind of account it is (channel
    subscribers, group members, a user's @name)."""

    def make_fields(self, values: Mapping[str, Any]) -> ProfileFields:
        values = dict(values)
        card = self.selector.css(".tgme_page_title, .tgme_channel_info_header_title")
        if values.get("verified") is None and card:
            values["verified"] = False
        extra = " ".join(self.selector.css(".tgme_page_extra::text").getall()).strip()
        counters = " ".join(self.selector.css(".tgme_channel_info_counter .counter_type::text")
                            .getall())
        if "subscriber" in extra or "subscriber" in counters:
            values["category"] = "channel"
        elif "member" in extra or "member" in counters:
            values["category"] = "group"
        elif extra.startswith("@"):
            values["category"] = "bot" if (self.handle or "").endswith("bot") else "user"
        else:
            values.pop("category", None)
        return super().make_fields(values)


class MastodonPage(GenericPage):
    """Mastodon accounts: profile links whose ``verified_at`` is set were proven by a rel="me"
    back-link (strong "owned by the site owner" evidence); bots and groups are categories. An
    answer from another server names its account by the local ``acct``: here it is
    ``user@server`` (Pleroma, Akkoma and Mastodon servers answer the same API)."""

    def read_rules(self) -> ProfileRead:
        result = super().read_rules()
        pleroma = self.json.get("pleroma") if isinstance(self.json, dict) else None
        if result.state is ProbeState.FOUND and isinstance(pleroma, dict) and \
                pleroma.get("deactivated") is True:
            # Pleroma and Akkoma keep a deactivated account's entity and say so here: gone
            return ProfileRead(ProbeState.NOT_FOUND, "deactivated", ProfileFields(),
                               result.handle, result.evidence)
        server = federated_host(self)
        if result.state is ProbeState.FOUND and result.handle and "@" not in result.handle \
                and server:
            return replace(result, handle=self.platform.canonical(f"{result.handle}@{server}"))
        return result

    def make_fields(self, values: Mapping[str, Any]) -> ProfileFields:
        values = dict(values)
        data = self.json if isinstance(self.json, dict) else None
        if data is not None:
            verified: list[str] = []
            rows = data.get("fields")
            for item in rows if isinstance(rows, list) else []:
                if not isinstance(item, dict) or not item.get("verified_at"):
                    continue
                for href in re.findall(r'href="([^"]+)"', str(item.get("value") or "")):
                    url = V.to_url(href)
                    if url:
                        verified.append(url)
            if verified:
                values["verified_links"] = V.dedupe(verified)
            pleroma = data.get("pleroma")
            if isinstance(pleroma, dict):
                # a count the account hides is shown as 0 by Pleroma and Akkoma: unknown
                for fname, keys in (("followers", ("hide_followers_count", "hide_followers")),
                                    ("following", ("hide_follows_count", "hide_follows"))):
                    if values.get(fname) == 0 and any(pleroma.get(k) is True for k in keys):
                        values.pop(fname)
            if data.get("bot") is True:
                values["category"] = "bot"
            elif data.get("group") is True:
                values["category"] = "group"
        moved = self.moved_to()
        if moved:
            values["moved_to"] = moved
        return super().make_fields(values)

    def moved_to(self) -> str | None:
        """The account this one moved to, as ``user@server`` (the configured instance's own
        accounts by their bare name, as the catalog keys them), read in each shape a server
        shows it: the REST API's ``moved`` account (its ``acct``, bare for an account of the
        answering server, else its ``url``), an ActivityPub actor's ``movedTo`` (the new
        actor's id), the web page's notice ("has moved to", "their new account is now": the
        link of ``.moved-account-widget`` (Mastodon 2.x-3.x) or ``.moved-account-banner``
        (4.x))."""
        data = self.json if isinstance(self.json, dict) else None
        if data is not None:
            moved = data.get("moved")
            if isinstance(moved, dict):
                acct = str(moved.get("acct") or "").strip().lstrip("@")
                if acct and "@" not in acct:
                    server = (urlsplit(str(moved.get("url") or "")).hostname
                              or urlsplit(self.url).hostname or "")
                    acct = f"{acct}@{server.lower()}" if server else acct
                return self._moved_handle(acct) or self._from_url(moved.get("url"))
            target = data.get("movedTo")
            if isinstance(target, dict):
                target = target.get("id") or target.get("url")
            return self._from_url(target)
        if self.is_json or not ("moved" in self.text or "new account is now" in self.text):
            return None  # (a page without the words has no notice: no parse for it)
        hrefs = self.selector.css(".moved-account-banner a::attr(href), "
                                  ".moved-account-widget a::attr(href)").getall()
        if not hrefs:
            # the words' own element, then the first link in it or after it (the 2.x widget
            # puts the new account's card beside its message)
            said = ('(//*[text()[contains(., "has moved to") or '
                    'contains(., "new account is now")]])[1]')
            hrefs = (self.selector.xpath(f"{said}//a/@href").getall()
                     or self.selector.xpath(f"{said}/following::a[1]/@href").getall())
        for href in hrefs:
            handle = self._from_url(href)
            if handle:
                return handle
        return None

    def _from_url(self, url: object) -> str | None:
        """``https://server/@user`` or ``https://server/users/user`` -> ``user@server``."""
        if not isinstance(url, str):
            return None
        try:
            parts = urlsplit(url.strip())
        except ValueError:
            return None
        m = _PROFILE_PATH.match(parts.path or "")
        host = (parts.hostname or "").lower()
        if not m or not host or parts.scheme not in ("http", "https"):
            return None
        return self._moved_handle(f"{m.group('user')}@{m.group('server') or host}")

    def _moved_handle(self, acct: str) -> str | None:
        """``user@server`` in the catalog's form, if it is a handle the platform can hold."""
        if not acct or acct.count("@") != 1:
            return None
        handle = self.platform.canonical(acct)
        return handle if self.platform.is_valid(handle) else None


class TikTokPage(GenericPage):
    """TikTok's web page: its state's ``statusCode`` 10222 says the account is private (its
    user object is there, its videos withheld from a logged-out visitor), and such a page
    gives its video count as 0 whatever the account posted (yt-dlp PR 14585): unknown, as a
    count Pleroma hides is."""

    def make_fields(self, values: Mapping[str, Any]) -> ProfileFields:
        values = dict(values)
        if values.get("posts") == 0 and self._withheld():
            values.pop("posts")
        return super().make_fields(values)

    def _withheld(self) -> bool:
        scope = self.document("ud") if "ud" in self.view.documents else None
        return isinstance(scope, dict) and scope.get("statusCode") == 10222
