"""UI languages: Qt translators switched at run time.

Source strings are English inside ``tr()``; ``resources/i18n/redaksi_id.ts`` holds
the Indonesian, compiled to ``.qm`` by ``.ci/setup`` (``pyside6-lrelease``).
Installing a translator makes Qt send ``LanguageChange`` to every widget, and each
widget re-reads its texts in ``retranslate_ui()`` — no restart.

Qt ships no Indonesian translation of its own strings (context menus, standard
buttons), so ``editor.gui.qt_strings`` lists the ones our windows show and they
are translated in our ``.ts`` like any other.

The choice also sets ``REDAKSI_LANG``, which the core's error messages and
validation problems follow.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from editor.errors import describe_error
from editor.paths import RESOURCES, cache_root

log = logging.getLogger(__name__)

I18N_DIR = RESOURCES / "i18n"
DEFAULT_LANGUAGE = "id"
# Each language is named in itself, so it is found whatever the UI shows now.
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}



class Retranslates:
    """Mixed into a widget, before its Qt class: ``retranslate_ui()`` runs whenever Qt
    announces a new language, so every widget that shows text says so in one line
    (``class PhotoCard(Retranslates, QFrame)``) and keeps its texts in one method."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} shows text: set it in retranslate_ui")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]  # the Qt class after this mixin

def qm_path(language: str) -> Path | None:
    """The compiled translation; compiled on the fly into the cache if setup did not run."""
    ts = I18N_DIR / f"redaksi_{language}.ts"
    qm = ts.with_suffix(".qm")
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.is_file():
        return None
    return _compile(ts) or (qm if qm.is_file() else None)


def _compile(ts: Path) -> Path | None:
    """Run ``pyside6-lrelease`` (beside the Python running us) into the cache folder."""
    import shutil
    import subprocess  # only when setup did not compile: not at every start

    tool = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if not found:
        return None
    target = cache_root() / "i18n" / ts.with_suffix(".qm").name
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([found, "-silent", str(ts), "-qm", str(target)], check=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", ts, exc)
        return None
    return target


class Translations:
    """The application's one installed translator; ``apply`` swaps it."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def apply(self, language: str) -> str:
        """Switch to ``language`` (unknown codes fall back to Indonesian); returns it."""
        language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        path = qm_path(language)
        translator = QTranslator()
        if path is not None and translator.load(str(path)):
            if app is not None:
                app.installTranslator(translator)
            self._translator = translator
        elif language != "en":
            log.warning("no compiled translation for %s; showing English", language)
        self.language = language
        os.environ["REDAKSI_LANG"] = language
        locale = QLocale.Language.Indonesian if language == "id" else QLocale.Language.English
        QLocale.setDefault(QLocale(locale))
        return language


_translations = Translations()


def translations() -> Translations:
    return _translations


def current_language() -> str:
    return _translations.language


def error_text(error: BaseException) -> str:
    """Any error in the window's language (``editor.errors.describe_error``): ours as they
    say it, a file's or a server's described, never the operating system's English."""
    said_id, said_en = describe_error(error)
    return said_en if current_language() == "en" else said_id
