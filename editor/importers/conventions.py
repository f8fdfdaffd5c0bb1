"""The newsroom's typing conventions, recognised in every import.

Journalists in Word, Google Docs, wire copy or a Markdown file mark structure the
way the newsroom always has: the headline on the first line, a dateline prefix
(``JAKARTA, Situs.com –``, ``Semarang (ANTARA) -``), ``Baca Juga: …`` lines, a
closing ``(m/ci)``, ``Foto: …`` under a picture, ``Penulis:``/``Editor:`` lines.
``apply_conventions`` turns each into the model's structure and writes what it did
into the import report, so nothing is guessed silently. It runs after a format's
own reader, on the article that reader built.
"""

from __future__ import annotations

from editor.importers.conventions_text import (
    BACA_JUGA,
    SIGNOFF_ALONE,
    SIGNOFF_TRAILING,
    credit_lines,
    dateline_prefix,
    foto_line,
)
from editor.importers.report import BacaJugaLookup, ImportReport
from editor.model.article import Article, Author
from editor.model.blocks import BacaJuga, Block, ImageBlock, Paragraph
from editor.model.inline import Inline, Span, normalize, plain_text, strip

HEADLINE_MAX_CHARS = 160
HEADLINE_MAX_WORDS = 24


def apply_conventions(
    article: Article,
    report: ImportReport,
    *,
    lookup: BacaJugaLookup | None = None,
    headline_from_first_line: bool = True,
) -> None:
    """Recognise the conventions in ``article`` in place; each finding goes to ``report``."""
    article.body = _foto_lines(article.body, report)
    if headline_from_first_line and not article.headline.strip():
        _headline(article, report)
    _featured_first(article, report)
    _credits(article, report)
    _signoff(article, report)
    _dateline(article, report)
    article.body = baca_juga_lines(article.body, report, lookup)


def _foto_lines(blocks: list[Block], report: ImportReport) -> list[Block]:
    """``Foto: …`` (or ``… (Foto: …)``) right under a picture gives its caption and credit."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if isinstance(block, Paragraph) and isinstance(last, ImageBlock):
            found = foto_line(block.plain())
            if found is not None:
                caption, credit = found
                last.image.caption = last.image.caption or caption
                last.image.credit = last.image.credit or credit
                report.recognised(
                    f"Keterangan foto “{caption or '—'}”, kredit “{credit or '—'}”.",
                    f"Photo caption “{caption or '—'}”, credit “{credit or '—'}”.",
                )
                continue
        out.append(block)
    return out


def _featured_first(article: Article, report: ImportReport) -> None:
    """A picture before the first paragraph is the featured photo (as on the page)."""
    if article.featured_image is not None:
        return
    for index, block in enumerate(article.body):
        if isinstance(block, ImageBlock):
            article.featured_image = block.image
            del article.body[index]
            report.recognised(
                "Foto pertama (sebelum isi berita) menjadi foto utama.",
                "The first picture (before the story) became the featured photo.",
            )
            return
        if isinstance(block, Paragraph):
            return  # the story has begun: a picture after it stays where it is


def _headline(article: Article, report: ImportReport) -> None:
    """The first short line, when more follows, is the headline."""
    if len(article.body) < 2 or not isinstance(article.body[0], Paragraph):
        return
    line = " ".join(article.body[0].plain().split())
    if (
        len(line) > HEADLINE_MAX_CHARS
        or len(line.split()) > HEADLINE_MAX_WORDS
        or "\n" in article.body[0].plain().strip()
        or line.endswith((".", ",", ";", ":"))
        or BACA_JUGA.match(line)
        or dateline_prefix(line) is not None
    ):
        return
    article.headline = line
    del article.body[0]
    report.recognised(f"Judul dari baris pertama: {line}", f"Headline from the first line: {line}")


def _credits(article: Article, report: ImportReport) -> None:
    keep: list[Block] = []
    for block in article.body:
        found = credit_lines(block.plain()) if isinstance(block, Paragraph) else None
        if not found:
            keep.append(block)
            continue
        for role, names in found:
            people = article.authors if role == "author" else article.editors
            known = {p.name.casefold() for p in people}
            people += [Author(name) for name in names if name.casefold() not in known]
            label_id, label_en = ("Penulis", "Writer") if role == "author" else ("Editor", "Editor")
            report.recognised(
                f"{label_id}: {', '.join(names)}.", f"{label_en}: {', '.join(names)}."
            )
    article.body = keep


def _signoff(article: Article, report: ImportReport) -> None:
    """A closing ``(m/ci)``: on its own line, or at the end of the last paragraph."""
    last = _last_paragraph(article.body)
    if last is None:
        return
    index, block = last
    text = block.plain()
    alone = SIGNOFF_ALONE.match(text.strip())
    trailing = None if alone else SIGNOFF_TRAILING.search(text)
    match = alone or trailing
    if match is None or (article.signoff and article.signoff != match["code"]):
        return
    article.signoff = match["code"].replace(" ", "")
    if alone:
        del article.body[index]
    else:
        article.body[index] = Paragraph(cut_end(block.spans, len(text) - trailing.start()))
    report.recognised(
        f"Inisial penulis di akhir berita: ({article.signoff}).",
        f"Writer/editor sign-off at the end: ({article.signoff}).",
    )


def _last_paragraph(blocks: list[Block]) -> tuple[int, Paragraph] | None:
    for index in range(len(blocks) - 1, -1, -1):
        if isinstance(blocks[index], Paragraph):
            return index, blocks[index]
    return None


def _dateline(article: Article, report: ImportReport) -> None:
    first = next((i for i, b in enumerate(article.body) if isinstance(b, Paragraph)), None)
    if first is None:
        return
    block = article.body[first]
    found = dateline_prefix(block.plain())
    if found is None:
        return
    city, length = found
    rest = cut_start(block.spans, length)
    if not plain_text(rest).strip():
        return
    article.body[first] = Paragraph(rest)
    prefix = block.plain()[:length].strip()
    if city and not article.dateline:
        article.dateline = city
    report.recognised(
        f"Dateline “{prefix}”: kota {city or '—'}; halaman memakai dateline situs sendiri.",
        f"Dateline “{prefix}”: city {city or '—'}; the page uses the site's own dateline.",
    )


def baca_juga_lines(
    blocks: list[Block], report: ImportReport, lookup: BacaJugaLookup | None = None
) -> list[Block]:
    """Only the ``Baca Juga: …`` convention: for text pasted into a story being written."""
    return [_baca_juga(block, report, lookup) for block in blocks]


def _baca_juga(block: Block, report: ImportReport, lookup: BacaJugaLookup | None) -> Block:
    if not isinstance(block, Paragraph):
        return block
    match = BACA_JUGA.match(block.plain())
    if match is None:
        return block
    title = " ".join(match["title"].split()).strip("“”\"' ")
    url = next((span.href for span in block.spans if span.href), None)
    archive_id = None
    if url is None and lookup is not None:
        hit = lookup(title)
        if hit is not None:
            url, archive_id = hit
            report.recognised(f"Baca Juga: {title} (tautan dari arsip: {url})",
                              f"Read also (Baca Juga): {title} (link from the archive: {url})")
            return BacaJuga(url=url, title=title, archive_id=archive_id)
    if url:
        report.recognised(f"Baca Juga: {title}", f"Read also (Baca Juga): {title}")
    else:
        report.dropped(
            f"Baca Juga “{title}” tanpa tautan: tambahkan URL-nya.",
            f"Baca Juga “{title}” has no link: add its URL.",
        )
    return BacaJuga(url=url or "", title=title, archive_id=archive_id)


def cut_start(spans: Inline, count: int) -> Inline:
    """``spans`` without their first ``count`` characters (marks kept)."""
    out: list[Span] = []
    for span in spans:
        if count >= len(span.text):
            count -= len(span.text)
            continue
        out.append(_with_text(span, span.text[count:]))
        count = 0
    return strip(normalize(out))


def cut_end(spans: Inline, count: int) -> Inline:
    """``spans`` without their last ``count`` characters."""
    total = sum(len(span.text) for span in spans)
    keep, out = total - count, []
    for span in spans:
        if keep <= 0:
            break
        out.append(_with_text(span, span.text[:keep]))
        keep -= len(span.text)
    return strip(normalize(out))


def _with_text(span: Span, text: str) -> Span:
    return Span(text, span.bold, span.italic, span.href, span.underline, span.strike)

