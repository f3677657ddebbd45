"""matching/offline_tld.py: tldextract imported without requests, which brandsweep's offline use
of it never calls; everything tldextract or anyone else asks of requests later is the real one.
Each case runs in a fresh interpreter (this one has requests loaded already)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, cache: Path | None = None) -> str:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    if cache is not None:
        env["TLDEXTRACT_CACHE"] = str(cache)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_domains_are_read_without_importing_requests(tmp_path: Path) -> None:
    """Once tldextract has its suffix lists cached (the first run on a machine builds the
    cache, through a requests session that downloads nothing)."""
    code = (
        "import sys\n"
        "from matching.normalise import registered_domain, public_suffix_list\n"
        "print(registered_domain('https://shop.northwindcoffee.com.tr/x'),\n"
        "      registered_domain('northwind.github.io'), registered_domain('a.b.ck'),\n"
        "      public_suffix_list()('forums.bbc.co.uk').suffix)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('requests', 'requests_file', 'urllib3')))\n"
    )
    first = _run(code, tmp_path).splitlines()
    domains, loaded = _run(code, tmp_path).splitlines()
    assert first[0] == domains
    assert domains == "northwindcoffee.com.tr northwind.github.io a.b.ck co.uk"
    assert loaded == "[]"


def test_what_is_used_later_is_the_real_requests() -> None:
    out = _run(
        "import matching.normalise, sys\n"
        "import tldextract.suffix_list as sl\n"
        "from tldextract.cache import DiskCache\n"
        "try:\n"
        "    sl.find_first_response(DiskCache(None), ())  # builds a requests.Session\n"
        "except sl.SuffixListNotFound:\n"
        "    print('snapshot')\n"
        "import requests, requests.exceptions\n"
        "print(type(requests.Session()).__module__,\n"
        "      requests.exceptions.RequestException.__module__)\n"
        "print(isinstance(sys.modules['requests'], type(sys)) and hasattr(requests, 'get'))\n"
    )
    assert out.splitlines() == ["snapshot", "requests.sessions requests.exceptions", "True"]


def test_requests_loaded_first_is_left_alone() -> None:
    out = _run(
        "import requests\n"
        "from matching.offline_tld import import_tldextract\n"
        "import sys\n"
        "t = import_tldextract()\n"
        "print(sys.modules['requests'] is requests, t.TLDExtract(suffix_list_urls=())"
        "('a.example.co.uk').top_domain_under_public_suffix)\n"
    )
    assert out == "True example.co.uk"
