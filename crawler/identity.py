"""Who brandsweep says it is: its version and its User-Agent (crawler/settings.py's
``USER_AGENT``), Scrapy-free for the forked probe workers (crawler/lane_fork.py).

Honest and descriptive, with a contact URL: Reddit's API rules say never lie about the
user-agent, GitHub rejects requests without one. No browser impersonation, ever.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("brandsweep")
except PackageNotFoundError:  # running from a checkout that was not pip-installed
    VERSION = "0.1.0"

USER_AGENT = (
    f"brandsweep/{VERSION} (+https://github.com/brandsweep/brandsweep; brand-protection audit)"
)
