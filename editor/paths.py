"""Where Redaksi's own files are: the bundled resources, and the per-user cache and data.

``RESOURCES`` is the package ``editor.resources`` (the checkout's top-level
``resources/`` folder, mapped into the package by ``setup.py``), found where that
package was imported from, so that an installed wheel reads its own copy: templates,
themes, the draft schema, icons, translations, the sample profile and articles.
(``importlib.resources.files`` says the same but loads eight modules, ~3 ms of every
start; a wheel installs unpacked, so the package's files are plain files on disk.)

Foundation: every layer may use it (the draft store unpacks photos under the cache,
the renderer keeps compiled templates there, the exporter its processed photos,
the editor its coloured icons), so it imports nothing of Redaksi but its resources.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

import editor.resources

RESOURCES = Path(editor.resources.__file__).parent
SAMPLE_DRAFT = RESOURCES / "samples" / "banjir-rob-semarang.redaksi"


def cache_root() -> Path:
    """The per-user cache folder; ``REDAKSI_CACHE_DIR`` overrides it (tests, batch jobs)."""
    override = os.environ.get("REDAKSI_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("redaksi"))


def data_root() -> Path:
    """The per-user data folder (crash recovery, publish state, site archives, the word list,
    a dictionary the journalist added); ``REDAKSI_DATA_DIR`` overrides it."""
    override = os.environ.get("REDAKSI_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("redaksi"))


def config_root() -> Path:
    """The per-user config folder (the editor's settings, trusted SFTP host keys);
    ``REDAKSI_CONFIG_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("REDAKSI_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("redaksi"))
