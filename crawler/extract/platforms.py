"""Page objects for platforms whose pages the declarative rules cannot fully describe.

Registered by name in ``registry.py`` and chosen with ``extractor:`` in the catalog.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from crawler.extract import values as V
from crawler.extract.generic import GenericPage, ProfileRead
from crawler.extract.layers import federated_host
from matching.models import ProbeState, ProfileFields


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
        return super().make_fields(values)


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
