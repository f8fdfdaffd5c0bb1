"""Every setting the editor keeps, declared once with its default.

Two kinds, in two files, because they age differently (Picard's options,
ReText's ``configOptions`` vs ``cacheOptions``):

- *preferences* (``preferences.ini``) are choices the journalist makes on purpose in
  the Preferences dialog or the View menu; they are worth backing up;
- *UI state* (``state.ini``) is what the window remembers by itself: geometry,
  splitter positions, recent files, recently used links. Deleting it loses nothing.

Both live in the user's config folder (``editor.paths.config_root``), which
tests redirect through ``XDG_CONFIG_HOME`` or ``REDAKSI_CONFIG_DIR``. Values are
stored as JSON text, because the INI backend returns a one-element list as a
plain string and every number as a string.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from editor.paths import config_root


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    default: Any
    doc: str


PREFERENCES: dict[str, Option] = {
    option.key: option
    for option in (
        Option("language", "id", "UI language: 'id' (Bahasa Indonesia) or 'en'"),
        Option("site_profiles", [], "paths of site profile TOML files the journalist added"),
        Option("active_site", "", "profile for preview, checks and export; '' = bundled sample"),
        Option("default_author", "", "author name put on new drafts"),
        Option("default_signoff", "", "sign-off initials put on new drafts, e.g. 'rk/ad'"),
        Option("autosave_seconds", 30, "seconds between recovery copies while unsaved"),
        Option("baca_juga_every", 4, "suggest a Baca Juga spot after this many paragraphs; 0 = off"),
        Option("preview_debounce_ms", 200,
               "longest pause in typing before the preview updates (shorter when updates "
               "are cheap)"),
        Option("open_after_export", True, "open the exported page when an export finishes"),
        # the writing desk: house typography, Markdown-style shortcuts, spelling
        Option("typography_quotes", True, "straight quotes become Indonesian curly quotes"),
        Option("typography_ellipsis", True, "three dots become an ellipsis (…)"),
        Option("typography_spaces", True, "double spaces collapse to one"),
        Option("typography_dateline_dash", True, "the dateline's dash becomes an en dash (–)"),
        Option("markdown_shortcuts", True, "'## ', '- ', '1. ', '> ' at a paragraph's start "
               "make a subheading, list or quote"),
        Option("spell_check", True, "underline unknown words as you type"),
    )
}

UI_STATE: dict[str, Option] = {
    option.key: option
    for option in (
        Option("geometry", b"", "main window geometry (QMainWindow.saveGeometry)"),
        Option("window_state", b"", "toolbars and docks (QMainWindow.saveState)"),
        Option("main_splitter", b"", "writing column | preview splitter"),
        Option("drawer_section", "", "which bottom section was open: related, meta, checks"),
        Option("preview_device", "phone", "preview width: 'phone' or 'desktop'"),
        Option("preview_zoom", {}, "preview zoom chosen per device, e.g. {'desktop': 0.75}"),
        Option("preview_visible", True, "whether the preview pane is shown"),
        Option("recent_files", [], "most recently opened drafts, newest first"),
        Option("recent_titles", {}, "headline of each recent draft, by path, for the menu"),
        Option("recent_links", [], "Baca Juga links used lately, for completion: [url, title]"),
        Option("last_folder", "", "folder of the last opened or saved draft"),
        Option("export_folder", "", "output folder of the last export"),
    )
}

RECENT_FILES_MAX = 10
RECENT_LINKS_MAX = 50


class Settings(QObject):
    """Typed access to both files; ``changed(key)`` lets open windows follow a preference."""

    changed = Signal(str)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder) if folder else config_root()
        self.folder.mkdir(parents=True, exist_ok=True)
        ini = QSettings.Format.IniFormat
        self._preferences = QSettings(str(self.folder / "preferences.ini"), ini)
        self._state = QSettings(str(self.folder / "state.ini"), ini)

    def _store(self, key: str) -> tuple[QSettings, Option]:
        if key in PREFERENCES:
            return self._preferences, PREFERENCES[key]
        if key in UI_STATE:
            return self._state, UI_STATE[key]
        raise KeyError(f"undeclared setting {key!r}")

    def get(self, key: str) -> Any:
        store, option = self._store(key)
        raw = store.value(key)
        if raw is None:
            return _copy(option.default)
        if isinstance(option.default, bytes):
            return bytes(raw.data()) if isinstance(raw, QByteArray) else option.default
        try:
            value = json.loads(raw)
        except (TypeError, ValueError):
            return _copy(option.default)
        return value if _same_kind(value, option.default) else _copy(option.default)

    def set(self, key: str, value: Any) -> None:
        store, option = self._store(key)
        if isinstance(option.default, bytes):
            store.setValue(key, QByteArray(bytes(value)))
        else:
            store.setValue(key, json.dumps(value, ensure_ascii=False))
        self.changed.emit(key)

    def reset(self, key: str) -> None:
        store, _option = self._store(key)
        store.remove(key)
        self.changed.emit(key)

    def sync(self) -> None:
        self._preferences.sync()
        self._state.sync()

    def add_recent_file(self, path: Path, headline: str = "") -> list[str]:
        """Move ``path`` to the top of the recent list, remembering its headline (the
        menu shows headlines: file names are slugs); returns the new list."""
        entry = str(Path(path).resolve())
        files = [item for item in self.get("recent_files") if item != entry]
        files = [entry, *files][:RECENT_FILES_MAX]
        titles = {key: value for key, value in self.get("recent_titles").items() if key in files}
        if headline.strip():
            titles[entry] = " ".join(headline.split())
        self.set("recent_titles", titles)
        self.set("recent_files", files)
        return files

    def add_recent_link(self, url: str, title: str) -> None:
        links = [item for item in self.get("recent_links") if item and item[0] != url]
        self.set("recent_links", [[url, title], *links][:RECENT_LINKS_MAX])


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _same_kind(value: Any, default: Any) -> bool:
    """A hand-edited file may hold anything; fall back to the default on a wrong type."""
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))
