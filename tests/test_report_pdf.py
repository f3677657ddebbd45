"""``brandsweep report --pdf`` on the demo audit: nothing clipped, nothing lost.

The demo is audited (a subprocess, as the CLI tests do), re-rendered with ``--pdf``, and the
PDF read back with pdftotext (poppler-utils): every word lies inside its page, and every
finding's handle and every evidence sentence the HTML shows is in the PDF whole (compared
without whitespace: a long handle may wrap, it must not be cut). Skipped when WeasyPrint or
pdftotext is not installed (``pip install 'brandsweep[pdf]'``; Debian: poppler-utils)."""

from __future__ import annotations

import html as htmlmod
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("weasyprint")
if not shutil.which("pdftotext"):
    pytest.skip("no pdftotext (Debian: poppler-utils)", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def brandsweep(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                          text=True, timeout=900, cwd=ROOT)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pdf")
    demo = brandsweep("demo", "--out", str(tmp / "demo"), "-q")
    assert demo.returncode == 0, demo.stderr[-3000:]
    out = tmp / "printed"
    res = brandsweep("report", "--db", str(tmp / "demo" / "brandsweep.db"), "--out", str(out),
                     "--pdf", "--lang", "en", "--timezone", "UTC")
    assert res.returncode == 0, res.stderr[-3000:]
    assert (out / "report.pdf").is_file() and "report.pdf" in res.stdout
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_word_is_inside_its_page(printed):
    xml = subprocess.run(["pdftotext", "-bbox", str(printed / "report.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = re.split(r"<page ", xml)[1:]
    assert pages
    outside = []
    for n, page in enumerate(pages, 1):
        w, h = (float(x) for x in re.match(r'width="([\d.]+)" height="([\d.]+)"', page).groups())
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
            page,
        ):
            if float(x0) < 0 or float(y0) < 0 or float(x1) > w + 0.5 or float(y1) > h + 0.5:
                outside.append((n, word))
    assert outside == []


def test_every_handle_and_evidence_sentence_is_whole(printed):
    # the words as laid out (-bbox): plain pdftotext joins a word broken after a hyphen at a
    # line end and drops the hyphen ("coffee-" + "rewards" -> "coffeerewards")
    xml = subprocess.run(["pdftotext", "-bbox", str(printed / "report.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    flat = _squash("".join(htmlmod.unescape(w) for w in re.findall(r"<word [^>]*>([^<]*)</word>",
                                                                    xml)))
    findings = json.loads((printed / "findings.json").read_text(encoding="utf-8"))
    assert findings
    missing = [f["handle"] for f in findings if _squash(f["handle"]) not in flat]
    assert missing == []
    page = (printed / "report.html").read_text(encoding="utf-8")
    def shown(li: str) -> str:  # a quoted value prints between curly quotes
        li = re.sub(r"<q\b[^>]*>", "\u201c", li).replace("</q>", "\u201d")
        return htmlmod.unescape(re.sub(r"<[^>]+>", "", li))

    sentences = {
        shown(li)
        for li in re.findall(r'<li title="[^"]*" data-signal="[^"]*">(.*?)</li>', page, re.S)
    }
    assert len(sentences) > 20
    cut = sorted(s for s in sentences if _squash(s) not in flat)
    assert cut == []
