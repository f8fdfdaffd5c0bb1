"""Export: drafts -> publishable article folders (page, fragment, ninjs, images).

Names are loaded on first use: a batch export forks its workers before the
exporter's modules (Jinja, Babel, the schema validator) are imported, so that
every core imports them at the same time.
"""

from __future__ import annotations

from editor import lazy

_EXPORTS = {
    "ExportedArticle": "editor.export.article",
    "export_article": "editor.export.article",
    "BatchResult": "editor.export.batch",
    "collect_drafts": "editor.export.batch",
    "export_drafts": "editor.export.batch",
    "export_draft": "editor.export.recording",
}


__getattr__ = lazy.attributes("editor.export", _EXPORTS)

__all__ = ["BatchResult", "ExportedArticle", "collect_drafts", "export_article", "export_draft",
           "export_drafts"]
