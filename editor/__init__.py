"""Redaksi: an offline editorial layout tool for Indonesian news sites.

Everything outside ``editor.gui`` is plain Python with no Qt import, so the
model, storage, renderers, image pipeline and publishers run headless.
"""

from __future__ import annotations

__version__ = "0.1.0"
