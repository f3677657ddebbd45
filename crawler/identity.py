"""Who brandsweep says it is: its version and its User-Agent (crawler/settings.py's
``USER_AGENT``), Scrapy-free for the forked probe workers (crawler/lane_fork.py).

Honest and descriptive, with a contact URL: Reddit's API rules say never lie about the
user-agent, GitHub rejects requests without one. No browser impersonation, ever.

The version is read from the installed package's ``METADATA`` beside the code, else from the
checkout's ``pyproject.toml``: ``importlib.metadata`` (its email parser and zip support)
cost every command 0.02-0.06 s of start-up before the first probe, for one line of text; it
stays the last resort.
"""

from __future__ import annotations

import re
from pathlib import Path

_HERE = Path(__file__).resolve().parent.parent  # site-packages, or the checkout


def read_version(root: Path = _HERE) -> str:
    """brandsweep's version: ``brandsweep-*.dist-info/METADATA`` in ``root`` (installed),
    ``root/pyproject.toml`` (a checkout, an editable install), else the package metadata."""
    try:
        for info in sorted(root.glob("brandsweep-*.dist-info")):
            with open(info / "METADATA", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
                    if not line.strip():
                        break
        project = root / "pyproject.toml"
        if project.is_file():
            text = project.read_text(encoding="utf-8")
            block = re.search(r"(?ms)^\[project\]\s*$(.*?)(?=^\[|\Z)", text)
            found = re.search(r'(?m)^version\s*=\s*"([^"]+)"', block.group(1) if block else "")
            if found and re.search(r'(?m)^name\s*=\s*"brandsweep"', block.group(1)):
                return found.group(1)
    except OSError:
        pass
    from importlib.metadata import PackageNotFoundError, version  # the last resort (above)

    try:
        return version("brandsweep")
    except PackageNotFoundError:  # running from a copy that was neither installed nor a checkout
        return "0.1.0"


VERSION = read_version()

USER_AGENT = (
    f"brandsweep/{VERSION} (+https://github.com/brandsweep/brandsweep; brand-protection audit)"
)
