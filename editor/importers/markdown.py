"""Markdown with YAML front matter -> Article. The format is documented in docs/markdown.md.

The body is parsed by markdown-it-py (CommonMark). A paragraph that is exactly
``Baca Juga: [Judul](URL)`` becomes a Baca Juga block; an image alone in a
paragraph becomes an image block (title = caption, ``Caption | Credit``); a bare
YouTube/X/Instagram URL alone in a paragraph becomes an embed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from markdown_it import MarkdownIt
from markdown_it.token import Token

from editor.errors import ImportError_
from editor.importers.front_matter import FrontMatter, split_front_matter, to_datetime
from editor.importers.md_inline import inline_spans
from editor.importers.source_file import read_source
from editor.model.article import Article, Author, RelatedStory, make_slug
from editor.model.blocks import (
    EMBED_PROVIDERS,
    BacaJuga,
    Block,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
)
from editor.model.draft import Draft
from editor.model.image import ImageRef
from editor.model.inline import Span, plain_text, strip
from editor.model.typography import (
    HOUSE,
    Rules,
    dateline_spans,
    smarten,
    typeset_article,
    typeset_block,
)

BACA_JUGA = re.compile(
    r"^\s*Baca\s+Juga\s*:\s*\[(?P<title>.+)\]\((?P<url>\S+?)\)\s*$", re.IGNORECASE
)
MAX_SOURCE_BYTES = 1 << 20  # bounded time and memory: ~150,000 words, ten longest features
ATTRIBUTION = re.compile(r"^\s*(?:—|--|–)\s*(?P<who>.+)$")


def import_markdown(path: Path, *, zone: ZoneInfo | None = None,
                    typography: Rules = HOUSE) -> Draft:
    """``typography``: the house rules for the text (curly quotes, …); `code` keeps its own."""
    path = Path(path)
    try:
        text = read_source(path, MAX_SOURCE_BYTES).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportError_(
            "Berkas ini bukan teks UTF-8.", "This file is not UTF-8 text.", path=str(path)
        ) from exc
    front = split_front_matter(text, path)
    zone = zone or ZoneInfo("Asia/Jakarta")
    draft = Draft()
    draft.article = _article_from_front(front, path, zone, draft)
    parser = _BodyParser(path, front.body_line, draft, typography)
    draft.article.body = parser.parse(front.body)
    _typeset_fields(draft.article, typography)
    return draft


def _typeset_fields(article: Article, rules: Rules) -> None:
    """The house rules for what is not inline Markdown (set while parsing, `code` kept): the
    front matter's texts, captions, Baca Juga titles, the first paragraph's dateline."""
    typeset_article(article, rules, body=False)
    body = article.body
    for index, block in enumerate(body):
        if isinstance(block, ImageBlock | BacaJuga):
            body[index] = typeset_block(block, rules)
        elif isinstance(block, Quote):
            block.attribution = smarten(block.attribution, rules)
    if body and isinstance(body[0], Paragraph) and rules.dateline_dash:
        body[0] = Paragraph(dateline_spans(body[0].spans))


def _article_from_front(front: FrontMatter, path: Path, zone: ZoneInfo, draft: Draft) -> Article:
    data, lines = front.data, front.lines
    headline = str(data.get("headline") or "").strip()
    article = Article(
        headline=headline,
        deck=str(data.get("deck") or "").strip(),
        slug=make_slug(str(data["slug"])) if data.get("slug") else make_slug(headline),
        slug_locked=bool(data.get("slug")),
        section=str(data.get("section") or ""),
        tags=[str(t) for t in (data.get("tags") or [])],
        authors=[Author.from_dict(a) for a in data.get("authors") or []],
        signoff=str(data.get("signoff") or "").strip().strip("()"),
        dateline=str(data.get("dateline") or "").strip(),
        published=to_datetime(data.get("published"), zone, path, "published"),
        updated=to_datetime(data.get("updated"), zone, path, "updated"),
        language=str(data.get("language") or "id"),
        related=[_related(item, path, zone) for item in data.get("related") or []],
    )
    if data.get("image"):
        article.featured_image = _featured(data, path, draft, lines.get("image", 1))
    return article


def _featured(data: dict[str, Any], path: Path, draft: Draft, line: int) -> ImageRef:
    source = _media_file(path, str(data["image"]), f"{path}:{line}")
    focal = data.get("image_focal") or [0.5, 0.5]
    return ImageRef(
        file=draft.add_media(source),
        alt=str(data.get("image_alt") or ""),
        caption=str(data.get("image_caption") or ""),
        credit=str(data.get("image_credit") or ""),
        focal_x=float(focal[0]),
        focal_y=float(focal[1]),
    )


def _media_file(path: Path, name: str, where: str | None = None) -> Path:
    """A photo named by the article: only from the Markdown file's folder and below, with
    symlinks resolved first, so a hostile ``.md`` cannot pull ``~/.ssh/id_rsa`` into a draft."""
    folder = path.parent.resolve()
    try:
        source = (folder / name).resolve()
    except (OSError, ValueError):  # a NUL byte, a symlink loop
        source = folder / "\0"
    if not source.is_relative_to(folder):
        raise ImportError_(
            f"Foto di luar folder berkas Markdown ditolak: {name}",
            f"Image outside the Markdown file's folder refused: {name}",
            path=where or str(path),
        )
    if not source.is_file():
        raise ImportError_(
            f"Foto tidak ditemukan: {name}", f"Image not found: {name}", path=where or str(path)
        )
    return source


def _related(item: Any, path: Path, zone: ZoneInfo) -> RelatedStory:
    if not isinstance(item, dict) or not item.get("url"):
        raise ImportError_(
            "Setiap 'related' perlu title dan url.",
            "Each 'related' item needs a title and url.",
            path=str(path),
        )
    return RelatedStory(
        title=str(item.get("title") or ""),
        url=str(item["url"]),
        published=to_datetime(item.get("published"), zone, path, "related.published"),
    )


class _BodyParser:
    """Walks markdown-it's block tokens and builds typed blocks."""

    def __init__(self, path: Path, first_line: int, draft: Draft, rules: Rules) -> None:
        self.path, self.first_line, self.draft = path, first_line, draft
        self.rules = rules

    def parse(self, body: str) -> list[Block]:
        tokens = MarkdownIt("commonmark").parse(body)
        blocks: list[Block] = []
        index = 0
        while index < len(tokens):
            block, index = self._block(tokens, index)
            if block is not None:
                blocks.append(block)
        return blocks

    def where(self, token: Token) -> str:
        line = self.first_line + (token.map[0] if token.map else 0)
        return f"{self.path}:{line}"

    def _block(self, tokens: list[Token], i: int) -> tuple[Block | None, int]:
        token = tokens[i]
        if token.type == "paragraph_open":
            return self._paragraph(tokens[i + 1], token), i + 3
        if token.type == "heading_open":
            level = 3 if token.tag in ("h3", "h4", "h5", "h6") else 2
            spans = inline_spans(tokens[i + 1], self.where(token), self.rules)
            return Heading(level=level, spans=strip(spans)), i + 3
        if token.type in ("bullet_list_open", "ordered_list_open"):
            return self._list(tokens, i)
        if token.type == "blockquote_open":
            return self._quote(tokens, i)
        if token.type == "hr":
            return None, i + 1
        raise ImportError_(
            f"Bagian ini tidak didukung ({token.type}); pakai paragraf, subjudul, kutipan atau daftar.",
            f"Unsupported content ({token.type}); use paragraphs, headings, quotes or lists.",
            path=self.where(token),
        )

    def _paragraph(self, inline: Token, opener: Token) -> Block:
        content = inline.content.strip()
        match = BACA_JUGA.match(content)
        if match:
            return BacaJuga(url=match["url"], title=match["title"].strip())
        children = [
            c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())
        ]
        if len(children) == 1 and children[0].type == "image":
            return self._image(children[0], opener)
        if re.fullmatch(r"https?://\S+", content) and _is_embed(content):
            return Embed(url=content)
        return Paragraph(spans=strip(inline_spans(inline, self.where(opener), self.rules)))

    def _image(self, token: Token, opener: Token) -> ImageBlock:
        title = str(token.attrs.get("title") or "")
        caption, _, credit = title.partition("|")
        source = _media_file(self.path, str(token.attrs.get("src") or ""), self.where(opener))
        alt = (
            plain_text(inline_spans(token, self.where(opener))) if token.children else token.content
        )
        return ImageBlock(
            ImageRef(
                file=self.draft.add_media(source),
                alt=alt.strip(),
                caption=caption.strip(),
                credit=credit.strip(),
            )
        )

    def _list(self, tokens: list[Token], i: int) -> tuple[Block, int]:
        ordered = tokens[i].type == "ordered_list_open"
        depth, items, j = 0, [], i
        while True:
            token = tokens[j]
            depth += token.nesting if token.type.endswith(("list_open", "list_close")) else 0
            if token.type == "inline":
                items.append(strip(inline_spans(token, self.where(token), self.rules)))
            j += 1
            if depth == 0:
                return ListBlock(ordered=ordered, items=[item for item in items if item]), j

    def _quote(self, tokens: list[Token], i: int) -> tuple[Block, int]:
        depth, lines, j = 0, [], i
        while True:
            token = tokens[j]
            depth += token.nesting if token.type.startswith("blockquote") else 0
            if token.type == "inline":
                lines.append(token)
            j += 1
            if depth == 0:
                break
        attribution = _take_attribution(lines)
        spans: list = []
        for n, token in enumerate(lines):
            if n:
                spans.append(_newline())
            spans += inline_spans(token, self.where(token), self.rules)
        return Quote(spans=strip(tuple(spans)), attribution=attribution), j


def _take_attribution(lines: list[Token]) -> str:
    """A quote's last line starting with a dash (``— Nama, jabatan``) is its attribution."""
    if not lines:
        return ""
    last = lines[-1]
    tail = last.content.splitlines()[-1] if last.content else ""
    match = ATTRIBUTION.match(tail)
    if not match or (len(lines) == 1 and "\n" not in last.content):
        return ""
    children = last.children or []
    breaks = [n for n, c in enumerate(children) if c.type in ("softbreak", "hardbreak")]
    if breaks:
        last.children = children[: breaks[-1]]
    else:
        lines.pop()
    return match["who"].strip()


def _newline() -> Span:
    return Span("\n")


def _is_embed(url: str) -> bool:
    host = re.sub(r"^https?://(www\.|m\.)?", "", url).split("/")[0].lower()
    return host in EMBED_PROVIDERS
