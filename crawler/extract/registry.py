"""Names of platform-specific page objects, for ``extractor:`` in the catalog.

Kept as import paths (not classes) so the catalog can validate a name without importing the
extraction package, which itself imports the catalog.
"""

from __future__ import annotations

EXTRACTORS: dict[str, str] = {
    "generic": "crawler.extract.generic:GenericPage",
    "telegram": "crawler.extract.platforms:TelegramPage",
    "mastodon": "crawler.extract.platforms:MastodonPage",
    "tiktok": "crawler.extract.platforms:TikTokPage",
}
