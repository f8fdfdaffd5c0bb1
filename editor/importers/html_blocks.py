"""Clean, structural HTML -> article blocks: the shared reader of the document importers.

Word documents (through mammoth), other sites' pages (through trafilatura) and
Redaksi's own exported bodies all arrive as *semantic* HTML — ``p``, ``h1``…``h6``,
nested ``ul``/``ol``, ``blockquote``, ``table``, ``img``, ``figure`` — and so does a
paste once ``paste`` has cleaned the clipboard's style soup. This reader keeps that structure:
headings, nested lists, tables with their header row and caption, pictures (through
a callback that turns a ``src`` into a draft photo), quotes, Baca Juga boxes of
Redaksi pages, and footnote lists. What it cannot keep it reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import lxml.html
from lxml.html import HtmlElement

from editor.importers.html_inline import NOTE_ID, Marks, apply_marks, is_inline
from editor.importers.report import ImportReport
from editor.model.blocks import (
    BacaJuga,
    Block,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
    Table,
)
from editor.model.image import ImageRef
from editor.model.inline import Inline, Span, normalize, plain_text, strip

# (src, alt) -> a photo in the draft, or None when the picture cannot be had
ImageResolver = Callable[[str, str], ImageRef | None]

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
CONTAINERS = {"div", "section", "article", "main", "body", "html", "header", "span", "center"}
SKIPPED = {"script", "style", "noscript", "template", "nav", "form", "button", "head", "iframe"}
NOTE_BACKLINK = "↑"
UNSUPPORTED = "unsupported:"  # the src a reader gives a picture it cannot use (its type follows)


@dataclass(slots=True)
class ReadResult:
    blocks: list[Block] = field(default_factory=list)
    title: str = ""  # the first <h1> (or the Title style of a Word document)
    subtitle: str = ""  # <p class="subtitle">: the deck
    notes: list[Inline] = field(default_factory=list)  # footnotes and endnotes, in order


class HtmlReader:
    """Reads one HTML fragment; ``resolve`` places pictures, ``report`` hears what was lost."""

    def __init__(
        self,
        resolve: ImageResolver | None,
        report: ImportReport,
        base_url: str = "",
        *,
        fragment: bool = False,
    ) -> None:
        self.resolve = resolve
        self.report = report
        self.base_url = base_url  # relative links of a fetched page point at its site
        # a paste goes into an article: its first <h1> is no headline and its heading
        # levels stay as written, since they rank against the article's own
        self.fragment = fragment
        self.out = ReadResult()
        self._caption_above: Paragraph | None = None  # a Caption paragraph, maybe a table's

    def read(self, html: str) -> ReadResult:
        if not html.strip():
            return self.out
        return self.read_tree(lxml.html.fragment_fromstring(html, create_parent="div"))

    def read_tree(self, root: HtmlElement) -> ReadResult:
        """The blocks of an element built in memory (a cleaned paste), without a parse."""
        self._children(root)
        if not self.fragment:
            _normalise_headings(self.out.blocks)
        return self.out

    # -- block level -------------------------------------------------------------------
    def _children(self, parent: HtmlElement) -> None:
        pending: list[Span] = []
        if parent.text and parent.text.strip():
            pending.append(Span(parent.text))
        for child in parent:
            if not isinstance(child.tag, str):
                pending += self._tail(child)
                continue
            if is_inline(child):
                pending += self._inline(child, Marks())
            else:
                self._paragraph(pending)
                pending = []
                self._block(child)
            pending += self._tail(child)
        self._paragraph(pending)

    def _tail(self, child: HtmlElement) -> list[Span]:
        return [Span(child.tail)] if child.tail and child.tail.strip() else []

    def _block(self, el: HtmlElement) -> None:
        tag = el.tag.lower()
        if tag in SKIPPED:
            return
        if tag in HEADINGS:
            self._heading(el, HEADINGS[tag])
        elif tag == "p":
            self._p(el)
        elif tag in ("ul", "ol"):
            if _is_note_list(el):
                self._notes(el)
            else:
                self._list(el)
        elif tag == "blockquote":
            self._quote(el)
        elif tag == "table":
            self._table(el)
        elif tag == "figure":
            self._figure(el)
        elif tag == "img":
            self._image(el, "")
        elif tag == "aside" and "baca-juga" in (el.get("class") or ""):
            self._baca_juga(el)
        elif tag == "pre":
            self._paragraph(self._inline(el, Marks()))
        elif tag == "hr":
            return
        else:  # div, section, aside, li outside a list, dl ...: read what is inside
            self._children(el)

    def _paragraph(self, spans: list[Span]) -> None:
        inline = strip(normalize(spans))
        if plain_text(inline).strip():
            self.out.blocks.append(Paragraph(spans=inline))

    def _p(self, el: HtmlElement) -> None:
        css = el.get("class") or ""
        images = el.xpath(".//img")
        if images:  # a picture inside a paragraph stands on its own
            self._mixed(el)
            return
        spans = self._inline(el, Marks())
        if "caption" in css.split():
            if self._caption(plain_text(spans).strip()):
                return
            self._paragraph(spans)
            self._caption_above = self.out.blocks[-1] if self.out.blocks else None
            return
        if "subtitle" in css.split() and not self.out.subtitle:
            self.out.subtitle = plain_text(spans).strip()
            return
        self._paragraph(spans)

    def _mixed(self, el: HtmlElement) -> None:
        pending: list[Span] = [Span(el.text)] if el.text else []
        for child in el:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == "img":
                self._paragraph(pending)
                pending = []
                self._image(child, "")
            elif child.xpath(".//img"):
                self._paragraph(pending)
                pending = []
                self._mixed(child)
            else:
                pending += self._inline(child, Marks())
            if child.tail:
                pending.append(Span(child.tail))
        self._paragraph(pending)

    def _heading(self, el: HtmlElement, level: int) -> None:
        spans = strip(self._inline(el, Marks()))
        if not plain_text(spans).strip():
            return
        if level == 1 and not self.fragment and not self.out.title and not self.out.blocks:
            self.out.title = " ".join(plain_text(spans).split())
            return
        self.out.blocks.append(Heading(level=level, spans=spans))

    def _quote(self, el: HtmlElement) -> None:
        lines = [strip(self._inline(p, Marks())) for p in _paragraphs(el)]
        lines = [line for line in lines if line]
        spans: list[Span] = []
        for n, line in enumerate(lines):
            spans += ([Span("\n")] if n else []) + list(line)
        if spans:
            self.out.blocks.append(Quote(spans=normalize(spans)))

    def _list(self, el: HtmlElement) -> None:
        block = ListBlock(ordered=el.tag == "ol")
        self._items(el, block, 0)
        if block.items:
            if not any(block.depths):
                block.depths = []
            self.out.blocks.append(block)

    def _items(self, el: HtmlElement, block: ListBlock, depth: int) -> None:
        for li in el:
            if not isinstance(li.tag, str) or li.tag != "li":
                continue
            spans: list[Span] = [Span(li.text)] if li.text else []
            nested: list[HtmlElement] = []
            for child in li:
                if isinstance(child.tag, str) and child.tag in ("ul", "ol"):
                    nested.append(child)
                elif isinstance(child.tag, str) and child.tag in ("p", "div") and spans:
                    spans += [Span("\n")] + list(self._inline(child, Marks()))
                elif isinstance(child.tag, str):
                    spans += self._inline(child, Marks())
                if child.tail and child.tail.strip():
                    spans.append(Span(child.tail))
            item = strip(normalize(spans))
            if item:
                block.items.append(item)
                block.depths.append(depth)
            for sub in nested:
                self._items(sub, block, depth + 1 if item else depth)

    def _table(self, el: HtmlElement) -> None:
        rows: list[list[Inline]] = []
        header = bool(el.xpath("./thead"))
        for tr in el.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
            if not rows and cells and all(c.tag == "th" for c in cells):
                header = True
            rows.append([self._cell(c) for c in cells])
            if len(rows) == 1 and _has_nested_table(tr):
                self.report.dropped(
                    "Tabel di dalam tabel diratakan menjadi teks.",
                    "A table inside a table was flattened into text.",
                )
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        if not header and len(rows) > 1 and all(_all_bold(c) for c in rows[0] if c):
            header = True  # Word tables often mark the heading row only by bold type
            rows[0] = [tuple(replace(span, bold=False) for span in cell) for cell in rows[0]]
        caption = " ".join(el.xpath("string(./caption)").split())
        above = self.out.blocks[-1] if self.out.blocks else None
        if not caption and above is not None and above is self._caption_above:
            caption = above.plain().strip()  # Word puts a table's caption above it
            self.out.blocks.pop()
        self.out.blocks.append(Table(rows=rows, header=header, caption=caption))
        self.report.recognised(
            f"Tabel {len(rows)} baris × {max(len(r) for r in rows)} kolom.",
            f"A table of {len(rows)} rows × {max(len(r) for r in rows)} columns.",
        )

    def _cell(self, cell: HtmlElement) -> Inline:
        parts = _paragraphs(cell)
        if not parts:
            return strip(self._inline(cell, Marks()))
        spans: list[Span] = []
        for p in parts:
            line = strip(self._inline(p, Marks()))
            if line:
                spans += ([Span("\n")] if spans else []) + list(line)
        return normalize(spans)

    def _figure(self, el: HtmlElement) -> None:
        caption = " ".join(el.xpath("string(./figcaption)").split())
        for child in el:
            if not isinstance(child.tag, str) or child.tag == "figcaption":
                continue
            if child.tag == "img" or child.xpath(".//img"):
                img = child if child.tag == "img" else child.xpath(".//img")[0]
                self._image(img, caption)
                caption = ""
            else:
                self._block(child)
        if caption:
            self._paragraph([Span(caption)])

    def _image(self, img: HtmlElement, caption: str) -> None:
        src, alt = img.get("src") or "", " ".join((img.get("alt") or "").split())
        ref = self.resolve(src, alt) if self.resolve and src else None
        if ref is None and src.startswith(UNSUPPORTED):
            kind = src.removeprefix(UNSUPPORTED)
            self.report.dropped(
                f"Gambar berformat {kind} tidak didukung; simpan sebagai JPEG atau PNG di dokumen.",
                f"A picture in {kind} format is not supported; save it as JPEG or PNG.",
            )
            return
        if ref is None:
            self.report.dropped(
                f"Gambar yang tidak bisa diambil: {_short(src) or 'tanpa sumber'}.",
                f"A picture that could not be read: {_short(src) or 'no source'}.",
            )
            return
        ref.caption = ref.caption or caption
        self.out.blocks.append(ImageBlock(ref))

    def _caption(self, text: str) -> bool:
        """A Word "Caption" paragraph: under a picture or a table it becomes their caption."""
        last = self.out.blocks[-1] if self.out.blocks else None
        if isinstance(last, ImageBlock) and not last.image.caption:
            last.image.caption = text
            return True
        if isinstance(last, Table) and not last.caption:
            last.caption = text
            return True
        return False

    def _baca_juga(self, el: HtmlElement) -> None:
        links = el.xpath(".//a[@href]")
        title = " ".join((links[0].text_content() if links else "").split())
        url = links[0].get("href") if links else ""
        self.out.blocks.append(BacaJuga(url=url, title=title))

    def _notes(self, el: HtmlElement) -> None:
        for li in el:
            if isinstance(li.tag, str) and li.tag == "li":
                spans = [s for s in self._inline(li, Marks()) if s.text.strip() != NOTE_BACKLINK]
                note = strip(normalize(spans))
                if note:
                    self.out.notes.append(note)

    # -- inline ------------------------------------------------------------------------
    def _inline(self, el: HtmlElement, marks: Marks) -> list[Span]:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in SKIPPED:
            return []
        if tag == "br":
            return [marks.span("\n")]
        if tag == "img":
            return []
        marks = apply_marks(el, tag, marks, self.base_url)
        spans = [marks.span(el.text)] if el.text else []
        for child in el:
            if isinstance(child.tag, str):
                inner = self._inline(child, marks)
                if child.tag in ("p", "div", "li") and spans and inner:
                    spans.append(marks.span("\n"))
                spans += inner
            if child.tail:
                spans.append(marks.span(child.tail))
        return spans


def _paragraphs(el: HtmlElement) -> list[HtmlElement]:
    return [c for c in el if isinstance(c.tag, str) and c.tag in ("p", "div", "h4", "h5", "h6")]


def _is_note_list(el: HtmlElement) -> bool:
    items = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
    return bool(items) and all(NOTE_ID.match(li.get("id") or "") for li in items)


def _has_nested_table(tr: HtmlElement) -> bool:
    return bool(tr.xpath(".//table"))


def _all_bold(cell: Inline) -> bool:
    return all(span.bold for span in cell if span.text.strip())


def _short(src: str) -> str:
    if src.startswith("data:"):
        return src.split(",", 1)[0] + ",…"
    return src if len(src) <= 80 else src[:77] + "…"


def _normalise_headings(blocks: list[Block]) -> None:
    """The shallowest heading level used becomes H2, every deeper one H3 (the headline is
    the page's only H1), so a document that starts its subheadings at Heading 2 reads right."""
    levels = sorted({b.level for b in blocks if isinstance(b, Heading)})
    for block in blocks:
        if isinstance(block, Heading):
            block.level = 2 if block.level == levels[0] else 3
