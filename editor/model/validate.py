"""Validation: the problems an editor would point out before publishing.

``validate`` never raises; it returns every problem found, each naming the
field (and block index) it belongs to so the editor can jump there, with a
message in Indonesian and English. What is broken is checked here; what the
site requires before an article is ready (byline, section, length, photo
credits) comes from its profile's rules (``readiness``), and markup left in
the text from ``residue``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from editor.model.article import Article
from editor.model.blocks import BacaJuga, Embed, ImageBlock, Paragraph
from editor.model.image import ImageRef
from editor.model.inline import is_safe_url
from editor.model.problems import Problem, Severity
from editor.model.problems import error as _error
from editor.model.problems import warning as _warning
from editor.model.readiness import photo_text_problems, ready_problems
from editor.model.residue import residue_problems
from editor.model.web_address import url_key
from editor.ready_rules import ReadyRules

__all__ = ["Problem", "Severity", "validate"]

FUTURE_TOLERANCE = timedelta(minutes=5)


def validate(
    article: Article, *, now: datetime | None = None, own_url: str | None = None,
    rules: ReadyRules | None = None,
) -> list[Problem]:
    """All problems of ``article``; ``own_url`` is its public URL, to catch self-links;
    ``rules`` the site's (``SiteProfile.checks``), the documented defaults without one."""
    now = now or datetime.now(UTC)
    rules = rules or ReadyRules()
    problems: list[Problem] = []
    if not article.headline.strip():
        problems.append(_error("headline", "Judul belum diisi.", "The headline is missing."))
    problems += ready_problems(article, rules)
    problems += _check_dates(article, now)
    problems += _check_body(article, own_url, rules)
    problems += _check_related(article, own_url)
    problems += _check_twice(article)
    problems += _check_authors(article)
    if article.featured_image is not None:
        problems += _check_image(article.featured_image, "featured_image", None, rules)
    problems += residue_problems(article)
    return problems


def _check_dates(article: Article, now: datetime) -> list[Problem]:
    problems = []
    if article.published and article.published > now + FUTURE_TOLERANCE:
        problems.append(
            _warning(
                "published",
                "Waktu terbit masih di masa depan.",
                "The publish date is in the future.",
            )
        )
    if article.published and article.updated and article.updated < article.published:
        problems.append(
            _error(
                "updated",
                "Waktu pembaruan lebih awal dari waktu terbit.",
                "The update time is earlier than the publish time.",
            )
        )
    return problems


def _check_body(article: Article, own_url: str | None, rules: ReadyRules) -> list[Problem]:
    if not any(isinstance(b, Paragraph) and b.plain().strip() for b in article.body):
        return [_error("body", "Isi berita masih kosong.", "The article body is empty.")]
    problems: list[Problem] = []
    for index, block in enumerate(article.body):
        if isinstance(block, BacaJuga):
            problems += _check_baca_juga(block, index, own_url)
        elif isinstance(block, ImageBlock):
            problems += _check_image(block.image, "body", index, rules)
        elif isinstance(block, Embed) and not _is_web_url(block.url):
            problems.append(
                _error(
                    "body",
                    "Sematan tanpa alamat web yang sah.",
                    "An embed has no valid web address.",
                    index,
                )
            )
        elif hasattr(block, "spans"):
            problems += _check_links(block.spans, index)
    return problems


def _check_links(spans, index: int) -> list[Problem]:
    return [
        _error(
            "body",
            f"Tautan tidak aman atau tidak sah: {span.href}",
            f"Unsafe or invalid link: {span.href}",
            index,
        )
        for span in spans
        if span.href and not is_safe_url(span.href)
    ]


def _check_baca_juga(block: BacaJuga, index: int, own_url: str | None) -> list[Problem]:
    if not block.url.strip():
        return [_error("body", "Baca Juga tanpa tautan.", "A Baca Juga has no link.", index)]
    if not _is_web_url(block.url):
        return [
            _error(
                "body",
                f"Tautan Baca Juga tidak sah: {block.url}",
                f"The Baca Juga link is not a valid web address: {block.url}",
                index,
            )
        ]
    problems = []
    if not block.title.strip():
        problems.append(
            _error("body", "Baca Juga tanpa judul.", "A Baca Juga has no title.", index)
        )
    if own_url and _same_url(block.url, own_url):
        problems.append(
            _error(
                "body",
                "Baca Juga menautkan ke berita ini sendiri.",
                "A Baca Juga links to this article itself.",
                index,
            )
        )
    return problems


def _check_related(article: Article, own_url: str | None) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, story in enumerate(article.related):
        key = url_key(story.url)
        if not story.title.strip() or not _is_web_url(story.url):
            problems.append(
                _error(
                    "related",
                    f"Berita terkait #{index + 1} perlu judul dan tautan yang sah.",
                    f"Related story #{index + 1} needs a title and a valid link.",
                    index,
                )
            )
        elif key in seen:
            problems.append(
                _warning(
                    "related",
                    f"Berita terkait ganda: {story.title}",
                    f"Duplicate related story: {story.title}",
                    index,
                )
            )
        elif own_url and _same_url(story.url, own_url):
            problems.append(
                _error(
                    "related",
                    "Berita terkait menautkan ke berita ini sendiri.",
                    "A related story links to this article itself.",
                    index,
                )
            )
        seen.add(key)
    return problems


def _check_twice(article: Article) -> list[Problem]:
    """A story linked as Baca Juga and listed as related: the reader is sent to it twice,
    and the slot could point at another story."""
    related = {url_key(story.url) for story in article.related if story.url.strip()}
    return [
        _warning(
            "body",
            f"Berita yang sama menjadi Baca Juga dan Berita Terkait: {block.title or block.url}",
            f"The same story is both a Baca Juga and a related story: {block.title or block.url}",
            index,
        )
        for index, block in enumerate(article.body)
        if isinstance(block, BacaJuga) and block.url.strip() and url_key(block.url) in related
    ]


def _check_authors(article: Article) -> list[Problem]:
    """An author's link ends up in JSON-LD and ninjs: only web addresses."""
    return [
        _error(
            "authors",
            f"Tautan penulis {author.name} tidak aman atau tidak sah: {author.url.strip()}",
            f"The link of author {author.name} is unsafe or invalid: {author.url.strip()}",
            index,
        )
        for index, author in enumerate(article.authors)
        if author.url.strip() and not _is_web_url(author.url)
    ]


def _check_image(image: ImageRef, field: str, block: int | None,
                 rules: ReadyRules) -> list[Problem]:
    problems = []
    if not image.file:
        problems.append(_error(field, "Foto tanpa berkas.", "An image has no file.", block))
    return problems + photo_text_problems(image, field, block, rules)


def _is_web_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _same_url(a: str, b: str) -> bool:
    return url_key(a) == url_key(b)
