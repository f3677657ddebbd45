"""``brandsweep report --pdf``: the report on paper, through WeasyPrint (an optional extra).

WeasyPrint lays out HTML and CSS without a browser and runs no script, which suits a page whose
scraped text must never run anyway. The report's print style (``@media print`` in report.css)
does the work: tables become labelled cards, every collapsed list is shown, long handles and
URLs wrap instead of being cut at the margin, the decision controls are left out. Avatars are
data: URIs already, so nothing is fetched: the URL fetcher refuses everything but ``data:``.

Install with ``pip install 'brandsweep[pdf]'`` (Debian needs the Pango libraries:
``apt-get install libpango-1.0-0 libpangoft2-1.0-0``).
"""

from __future__ import annotations

import re
from pathlib import Path


class PdfUnavailable(RuntimeError):
    """WeasyPrint (or its system libraries) is not installed; the message says how to fix it."""


def _data_only_fetcher() -> object:
    """A URL fetcher that serves ``data:`` URIs and refuses everything else."""
    try:  # WeasyPrint 68+: a URLFetcher with a protocol allow-list
        from weasyprint.urls import URLFetcher  # WeasyPrint: the optional 'pdf' extra

        return URLFetcher(allowed_protocols=("data",))
    except ImportError:  # older versions: a function
        from weasyprint import default_url_fetcher  # WeasyPrint: the optional 'pdf' extra

        def fetch(url: str, *args: object, **kwargs: object) -> object:
            if not url.startswith("data:"):
                raise ValueError(f"the report fetches nothing: {url[:80]}")
            return default_url_fetcher(url)

        return fetch


def print_html(html: str) -> str:
    """The page as it prints: every ``<details>`` open (WeasyPrint runs no script, so the
    page's own before-print handler cannot open them)."""
    return re.sub(r"<details(?![^>]*\bopen\b)", "<details open", html)


def check_pdf() -> None:
    """Raise :class:`PdfUnavailable` (what to install, and the browser's print as the other
    way) when WeasyPrint cannot run: said before anything is written."""
    try:
        import weasyprint  # noqa: F401  WeasyPrint: the optional 'pdf' extra
    except (ImportError, OSError) as exc:  # OSError: the Pango libraries are missing
        raise PdfUnavailable(
            f"--pdf needs WeasyPrint: pip install 'brandsweep[pdf]' ({exc}); on Debian also "
            "apt-get install libpango-1.0-0 libpangoft2-1.0-0 — or leave out --pdf and print "
            "report.html from a browser (the same print layout)"
        ) from exc


def write_pdf(html_path: Path, pdf_path: Path) -> Path:
    """Render ``report.html`` to ``pdf_path`` (A4, the report's print style)."""
    check_pdf()
    from weasyprint import HTML  # WeasyPrint: the optional 'pdf' extra (checked above)
    html = print_html(Path(html_path).read_text(encoding="utf-8"))
    pdf_path = Path(pdf_path)
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    HTML(
        string=html, base_url=str(Path(html_path).parent), url_fetcher=_data_only_fetcher(),
        media_type="print",
    ).write_pdf(pdf_path)
    return pdf_path


__all__ = ["PdfUnavailable", "check_pdf", "print_html", "write_pdf"]
