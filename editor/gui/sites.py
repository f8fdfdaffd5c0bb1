"""Which site profiles the journalist can choose from, as the preferences list them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from editor.errors import SiteProfileError
from editor.gui.settings import Settings
from editor.site import DEFAULT_PROFILE, SiteProfile, load_profile


def site_choices(paths: list[str]) -> list[tuple[str, str]]:
    """(label, path) pairs for the bundled profile ("" path) and the given files."""
    bundled = QCoreApplication.translate("Sites", "%1 (sample profile)")
    choices = [(bundled.replace("%1", load_profile(DEFAULT_PROFILE).name), "")]
    for path in paths:
        try:
            label = f"{load_profile(path).name} — {Path(path).name}"
        except SiteProfileError:
            label = QCoreApplication.translate("Sites", "%1 (cannot be read)").replace("%1", path)
        choices.append((label, path))
    return choices


def load_site(path: str) -> SiteProfile:
    """The profile at ``path`` ("" = bundled); raises ``SiteProfileError``."""
    return load_profile(path or None)


def active_site(settings: Settings) -> tuple[SiteProfile, SiteProfileError | None]:
    """The chosen profile, or the bundled one and the reason the chosen one failed."""
    try:
        return load_site(settings.get("active_site")), None
    except SiteProfileError as exc:
        return load_profile(), exc
