"""HTML rendering of a :class:`~reports.view.ReportView`: Jinja with the safe defaults.

The environment uses an explicit package loader, ``autoescape=True`` for every template
(whatever its extension) and ``StrictUndefined`` so a typo in a template fails the tests
instead of printing nothing. CSS and JS are inlined so the report is one file; the script's
SHA-256 goes into the page's Content-Security-Policy, so the one script we ship is the only
script that can ever run, whatever a scraped bio manages to smuggle into the markup.

Text goes through Jinja's i18n extension (``_()``/``ngettext``, new-style: values are
escaped before they are put into a translated string) with the catalog of the view's language
(:mod:`reports.i18n`); there is one environment per language.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from markupsafe import Markup

from .i18n import Translator, translations
from .view import ReportView


class _TemplateCache(FileSystemBytecodeCache):
    """Compiled templates kept between runs, in Jinja's per-user cache folder (mode 0700,
    checked): compiling the report's templates cost 0.1-0.2 s of every audit. Entries are
    keyed by the template's path and checked against its source, so an edited template is
    compiled again. A cache that cannot be read or written is no cache, never an error."""

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> _TemplateCache | None:
    try:
        return _TemplateCache()
    except (OSError, RuntimeError):  # no safe folder of our own: compile every time
        return None


@lru_cache(maxsize=4)
def environment(lang: str = "en") -> Environment:
    env = Environment(
        bytecode_cache=_bytecode_cache(),
        loader=PackageLoader("reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.filters["num"] = Translator(lang).number  # remembered: reports/i18n.py, _formatted
    env.filters["dec"] = Translator(lang).decimal
    return env


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    env = environment()
    assert env.loader is not None
    css = env.loader.get_source(env, "report.css")[0]
    js = env.loader.get_source(env, "report.js")[0]
    # Static assets are trusted, but they must not be able to close their own element.
    assert "</style" not in css.lower() and "</script" not in js.lower()
    return css, js


def script_hash(js: str) -> str:
    """CSP source expression of an inline script: ``'sha256-<base64 digest>'``."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode() + "'"


def content_security_policy(js: str) -> str:
    return (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
        f"script-src {script_hash(js)}; base-uri 'none'; form-action 'none'"
    )


def _context(view: ReportView) -> dict[str, object]:
    css, js = _assets()
    return {"view": view, "css": Markup(css), "script": Markup(js),
            "csp": content_security_policy(js)}


def render_html(view: ReportView) -> str:
    """The self-contained report page. Deterministic: same view, same bytes."""
    return environment(view.lang).get_template("report.html").render(_context(view))


def write_html(path: Path, view: ReportView) -> Path:
    """``render_html(view)`` written to ``path`` as it is rendered: the page of 10,000
    findings (12 MB) is never one string, nor its pieces and their encoding all at once."""
    template = environment(view.lang).get_template("report.html")
    with Path(path).open("w", encoding="utf-8") as fh:
        buf: list[str] = []
        for piece in template.generate(_context(view)):
            buf.append(piece)
            if len(buf) >= 2000:
                fh.write("".join(buf))
                buf.clear()
        fh.write("".join(buf))
    return Path(path)
