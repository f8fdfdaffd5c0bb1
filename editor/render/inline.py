"""Inline spans -> HTML. The single place where body text is escaped.

Links with unsafe schemes (``javascript:``, ``data:``...) lose their link and
keep their text, so hostile input can never become executable markup.
"""

from __future__ import annotations

from dataclasses import replace

from markupsafe import Markup, escape

from editor.model.inline import Inline, Span, clean_href


def span_html(span: Span) -> str:
    html = str(escape(span.text)).replace("\n", "<br>")  # escaping leaves "\n" alone
    if span.strike:
        html = f"<s>{html}</s>"
    if span.underline:
        html = f"<u>{html}</u>"
    if span.italic:
        html = f"<em>{html}</em>"
    if span.bold:
        html = f"<strong>{html}</strong>"
    href = clean_href(span.href)
    if href:
        html = f'<a href="{escape(href)}">{html}</a>'
    return html


def inline_html(spans: Inline, *, marks: bool = True) -> Markup:
    """Render spans; ``marks=False`` drops bold (headings are bold already)."""
    if not marks:
        spans = tuple(replace(s, bold=False) for s in spans)
    return Markup("".join(span_html(span) for span in spans))
