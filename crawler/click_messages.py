"""click's own usage errors in the reader's language ("Hata: Eksik argüman 'INVENTORY'.").

click marks its messages for gettext (``from gettext import gettext as _`` in each of its
modules) but reads the process-wide domain, which needs compiled ``.mo`` files on disk; our
catalogs are ``.po`` files compiled in memory (reports/i18n.py). So :func:`speaking` points
click's modules' ``_`` and ``ngettext`` at our catalog while a command line is parsed and its
errors shown, for the messages listed here only (the error messages and "Usage:"; the help's
headings stay English like the help texts themselves). The language is ``--lang`` as given on
the command line, else the machine's; it is looked up when the first listed message is asked
for, so a command line without a mistake costs nothing.

The lists below repeat click's wording so pybabel extracts it into reports/locale (README
"Languages"); a click release that rewords one leaves that message English, never wrong.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterator, Sequence


def N_(message: str) -> str:  # noqa: N802 (gettext's marker, as reports.i18n's; not imported:
    return message            # reports.i18n costs every command's start-up a few hundredths)


def NP_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    return singular, plural


#: click's messages a user meets on a mistyped command line (click 8.1-8.3 wording)
MESSAGES: tuple[str, ...] = (
    N_("Error: {message}"),
    N_("Usage:"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Missing command."),
    N_("Could not open file {filename!r}: {message}"),
    N_("Option {name!r} does not take a value."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."),
    N_("Aborted!"),
)

#: click's singular/plural pairs, keyed by the singular
PLURALS: tuple[tuple[str, str], ...] = (
    NP_("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    NP_("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    NP_("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    NP_("{value!r} does not match the format {format}.",
        "{value!r} does not match the formats {formats}."),
    NP_("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
)

#: click's modules that call ``_`` / ``ngettext`` when a command line is parsed or refused
CLICK_MODULES = ("click.core", "click.exceptions", "click.parser", "click.types",
                 "click.formatting", "click.decorators", "click.termui", "click.utils")

_SINGULARS = frozenset(s for s, _p in PLURALS)
_KNOWN = frozenset(MESSAGES)


def command_line_language(argv: Sequence[str]) -> str | None:
    """The language ``--lang`` names on the command line (``--lang tr``, ``--lang=tr``), if
    it is one with a catalog; ``None`` otherwise (click refuses a wrong one itself)."""
    from reports.i18n import LANGUAGES  # (the names of the catalogs only)

    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else \
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if value in LANGUAGES:
            return value
    return None


class _Speaker:
    """click's ``_`` and ``ngettext`` for one command line, its language read once."""

    def __init__(self, argv: Sequence[str]):
        self.argv = list(argv)
        self._translations: object | None = None
        self.lang: str | None = None
        # the help is English: its "Usage:" heading too (an error's usage line is not)
        self.helping = "--help" in self.argv or "-h" in self.argv

    def catalog(self):
        if self._translations is None:
            # the machine's language and the compiled catalog only when a message is shown
            from reports.i18n import system_language, translations

            self._translations = translations(self.lang or command_line_language(self.argv)
                                              or system_language())
        return self._translations

    def settle(self, lang: str) -> None:
        """The command has decided its language (--lang, else the inventory's or the
        audits'): click's "Error:" before its refusal speaks it too."""
        self.lang = lang
        self._translations = None

    def gettext(self, message: str) -> str:
        if message not in _KNOWN or (message == "Usage:" and self.helping):
            return message
        return self.catalog().gettext(message)  # type: ignore[attr-defined]

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        if singular in _SINGULARS:
            return self.catalog().ngettext(singular, plural, n)  # type: ignore[attr-defined]
        return singular if n == 1 else plural


@contextlib.contextmanager
def speaking(argv: Sequence[str]) -> Iterator[_Speaker]:
    """click's listed messages in ``--lang`` (else the machine's language) inside the block."""
    speaker = _Speaker(argv)
    _SPEAKERS.append(speaker)
    saved: list[tuple[object, str, Callable]] = []
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        for attr, ours in (("_", speaker.gettext), ("ngettext", speaker.ngettext)):
            if callable(getattr(module, attr, None)):
                saved.append((module, attr, getattr(module, attr)))
                setattr(module, attr, ours)
    try:
        yield speaker
    finally:
        _SPEAKERS.remove(speaker)
        for module, attr, theirs in reversed(saved):
            setattr(module, attr, theirs)


#: the speakers of the command lines being run (one, but for a test's nested runs)
_SPEAKERS: list[_Speaker] = []


def settle(lang: str) -> None:
    """The running command's language, once it knows it: click's own words follow it."""
    if _SPEAKERS:
        _SPEAKERS[-1].settle(lang)
