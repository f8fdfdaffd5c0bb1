"""Export: drafts -> publishable article folders (page, fragment, ninjs, images)."""

from __future__ import annotations

from editor.export.article import ExportedArticle, export_article
from editor.export.batch import BatchResult, collect_drafts, export_drafts

__all__ = ["BatchResult", "ExportedArticle", "collect_drafts", "export_article", "export_drafts"]
