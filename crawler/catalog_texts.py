"""The built-in catalog's words for a reviewer, in the gettext catalogs (issue #11).

``crawler/platforms.yaml`` tells a rights holder how to report an impersonating account
(``report: {steps, note}``). Those words are written in English; a Turkish evidence pack says
them in Turkish through the same catalogs as the rest of the report
(``reports/locale/<lang>/LC_MESSAGES/messages.po``). The labels of the platform's own form stay
quoted as the platform shows them (``"Report an impersonation account"``): only the words
around them are translated.

:func:`extract_report_texts` is a Babel extraction method (``babel.cfg`` names it), so
``pybabel extract`` keeps these texts in ``messages.pot``. :func:`translate_report_text` is
what an evidence pack calls: a text the catalogs do not know (a user's own ``--platforms-file``)
is shown as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml

from reports.i18n import LanguageError, translations

#: the keys of ``report:`` whose text is words for a person (not an address or a date)
TRANSLATED_KEYS = ("steps", "note")


def extract_report_texts(fileobj: IO[bytes], keywords: Any, comment_tags: Any,
                         options: Any) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Babel extraction method: each ``report: {steps, note}`` of a platforms file."""
    data = yaml.safe_load(fileobj.read().decode("utf-8")) or {}
    platforms = data.get("platforms", data) if isinstance(data, dict) else {}
    for _name, entry in (platforms.items() if isinstance(platforms, dict) else ()):
        report = entry.get("report") if isinstance(entry, dict) else None
        if not isinstance(report, dict):
            continue
        for key in TRANSLATED_KEYS:
            if isinstance(report.get(key), str) and report[key].strip():
                yield 0, None, report[key], [f"platforms.yaml report {key}"]


def translate_report_text(text: str | None, lang: str | None) -> str | None:
    """``text`` in ``lang`` when the catalogs have it, else as written."""
    if not text:
        return text
    try:
        return translations(lang or "en").gettext(text)
    except LanguageError:
        return text


__all__ = ["TRANSLATED_KEYS", "extract_report_texts", "translate_report_text"]
