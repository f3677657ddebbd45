"""How a probe's answer reads: found, not found or unverifiable, with the profile's fields.

Scrapy-free, so the same rules serve the sweep spider's callback (``enrich._read``, on a Scrapy
response) and the forked probe workers (crawler/lane_fork.py), which read answers before Scrapy
is even imported: one place decides, whichever process fetched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from matching.models import ProbeState, ProfileFields

from .credentials import BAD_CREDENTIALS
from .extract import read_profile

if TYPE_CHECKING:
    from .catalog import Platform

#: statuses a probe callback must see (HttpErrorMiddleware drops the rest). 3xx only where the
#: catalog turns redirects off: listing them would stop RedirectMiddleware everywhere.
ERROR_STATUSES = [400, 401, 403, 404, 405, 406, 409, 410, 422, 429, 451,
                  500, 502, 503, 504, 520, 521, 522, 523, 524, 999]
REDIRECT_STATUSES = [301, 302, 303, 307, 308]
#: statuses that can never prove absence (PLATFORMS.md, rule 2)
NEVER_ABSENT = {401, 403, 407, 429, 451, 999}
#: a date this far past the crawl's clock is not evidence of anything (pages claiming 2099)
FUTURE_SLACK_DAYS = 366


def implausible(fields: ProfileFields) -> dict[str, Any]:
    """The values of ``fields`` no real profile can have (negative counts, dates in the
    future), each mapped to None: the changes that make the fields plausible."""
    changes: dict[str, Any] = {}
    for name in ("followers", "following", "posts"):
        value = getattr(fields, name)
        if isinstance(value, int) and value < 0:
            changes[name] = None
    horizon = datetime.now(UTC) + timedelta(days=FUTURE_SLACK_DAYS)
    for name in ("created_at", "last_active_at"):
        value = getattr(fields, name)
        if not value:
            continue
        try:
            when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            changes[name] = None
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        if when > horizon:
            changes[name] = None
    return changes


def read_outcome(platform: Platform, url: str, status: int, headers: Mapping[str, str],
                 body: bytes, handle: str, *, rate_limited: bool = False,
                 credential_sent: bool = False,
                 ) -> tuple[ProbeState, str | None, ProfileFields, list[str]]:
    """(state, reason, plausible fields, names of the values dropped as implausible) of one
    answer. A refused credential is the caller's to check (it needs the request).

    ``credential_sent``: the request carried the user's credential (``meta["bs_auth"]``).
    Without one, an answer whose words say a credential is wrong ("bad_credentials") cannot be
    about ours: the platform wants a signed-in or signed client (Mastodon in secure mode
    answers 401 to every anonymous request), a wall like any login wall."""
    read = read_profile(platform, url, status, headers, body, handle)
    state, reason, fields = ProbeState(read.state), read.reason, read.fields or ProfileFields()
    if reason == BAD_CREDENTIALS and not credential_sent:
        reason = "login_wall"
    changes = implausible(fields)
    if changes:
        fields = dataclasses.replace(fields, **changes)
    dropped = sorted(changes)
    if rate_limited and state is not ProbeState.FOUND:
        return ProbeState.UNVERIFIABLE, "rate_limited", fields, dropped
    if state is ProbeState.NOT_FOUND and (status in NEVER_ABSENT or status >= 500):
        # belt and braces: a block can never prove absence, whatever a page object says
        return ProbeState.UNVERIFIABLE, reason or f"http_{status}", fields, dropped
    if state is ProbeState.UNVERIFIABLE and not reason:
        reason = "rate_limited" if status == 429 else f"http_{status}"
    return state, reason, fields, dropped
