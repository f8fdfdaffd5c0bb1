"""Where Redaksi keeps files on this machine that are not the journalist's own.

Foundation: every layer may use it (the draft store unpacks photos under the cache,
the renderer keeps compiled templates there, the exporter its processed photos,
the editor its coloured icons), so it imports nothing of Redaksi.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def cache_root() -> Path:
    """The per-user cache folder; ``REDAKSI_CACHE_DIR`` overrides it (tests, batch jobs)."""
    override = os.environ.get("REDAKSI_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("redaksi"))
