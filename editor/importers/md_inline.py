"""markdown-it inline tokens -> spans (bold, italic, links, hard line breaks)."""

from __future__ import annotations

from markdown_it.token import Token

from editor.errors import ImportError_
from editor.model.inline import Inline, Span, is_safe_url, normalize
from editor.model.typography import OFF, Rules, is_address, smarten


def inline_spans(token: Token, where: str, rules: Rules = OFF) -> Inline:
    """``rules``: house typography for the text, never for `code` (kept as written)."""
    spans: list[Span] = []
    bold = italic = 0
    links: list[str | None] = []
    for child in token.children or []:
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            href = str(child.attrs.get("href") or "")
            links.append(href if is_safe_url(href) else None)
        elif kind == "link_close":
            links.pop()
        elif kind in ("text", "code_inline"):
            content = child.content
            if kind == "text" and not (links and is_address(content)):
                before = spans[-1].text[-1:] if spans else ""
                content = smarten(content, rules, before=before)
            spans.append(Span(content, bold > 0, italic > 0, links[-1] if links else None))
        elif kind == "softbreak":
            spans.append(Span(" ", bold > 0, italic > 0, links[-1] if links else None))
        elif kind == "hardbreak":
            spans.append(Span("\n", bold > 0, italic > 0, links[-1] if links else None))
        elif kind == "image":
            raise ImportError_(
                "Foto harus berdiri sendiri di paragrafnya.",
                "An image must stand alone in its own paragraph.",
                path=where,
            )
        # html_inline is dropped: raw HTML never reaches the article.
    return normalize(spans)
