"""Storage: the draft file format, atomic writes, migrations and crash recovery."""

from __future__ import annotations

from editor.model.draft import Draft
from editor.storage.draft import open_draft, save_draft

__all__ = ["Draft", "open_draft", "save_draft"]
