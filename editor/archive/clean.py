"""Making a source's fields safe to keep: clean text, checked URLs, dates with a zone.

Feeds and sitemaps come from other systems and sometimes from attackers: a title can
carry markup or a script, a link can be ``javascript:``, a date can be ``kemarin``.
Everything stored in the archive passes through here, so the archive only ever holds
plain text, http(s) URLs and zone-aware times.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import nh3

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
SPACE = re.compile(r"\s+")
SIMPLE_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d{1,5})?(?:/[A-Za-z0-9._~%/!$'()*+,;=:@-]*)?")
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_GRACE = timedelta(days=2)
HEADLINE_MAX = 300
SUMMARY_MAX = 1000
BODY_MAX = 200_000


def clean_text(value: object, limit: int = HEADLINE_MAX) -> tuple[str, bool]:
    """Plain text from a field that may hold markup; ``True`` when markup was removed.

    Tags are dropped (``<script>`` and ``<style>`` with their content), entities
    decoded once, control and bidi-override characters removed, white space collapsed.
    """
    text = "" if value is None else str(value)
    if _plain(text, limit):
        return text, False
    had_markup = False
    if "<" in text or "&" in text:
        stripped = nh3.clean(text, tags=set(), clean_content_tags={"script", "style"})
        decoded = html.unescape(stripped)
        had_markup = "<" in text and decoded != html.unescape(text)
        text = decoded
    text = SPACE.sub(" ", CONTROL.sub("", text)).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text, had_markup


def _plain(text: str, limit: int) -> bool:
    """Already clean (the common case, checked without regular expressions)."""
    return (len(text) <= limit and text.isprintable() and "<" not in text and "&" not in text
            and "  " not in text and text == text.strip())


def clean_url(value: object, base: str | None = None) -> str | None:
    """An absolute http(s) URL with a host, or None (``javascript:``, ``data:``, junk)."""
    text = "" if value is None else str(value)
    if SIMPLE_URL.fullmatch(text):
        return text
    text = CONTROL.sub("", text).strip()
    if not text:
        return None
    if base and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", text):
        from urllib.parse import urljoin

        text = urljoin(base, text)
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in text:
        return None
    return text


def parse_date(value: object, *, now: datetime | None = None) -> datetime | None:
    """A zone-aware time from ISO 8601/W3C or RFC 822 text; None if absent.

    Raises ``ValueError`` for text that is not a date, a date without a zone where
    one is needed, or a date before 1990 or more than two days in the future.
    """
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    moment = _parse(text)
    now = now or datetime.now(UTC)
    if moment < EARLIEST or moment > now + FUTURE_GRACE:
        raise ValueError(text)
    return moment


def _parse(text: str) -> datetime:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # a W3C date alone: that day, UTC
        return datetime.combine(date.fromisoformat(text), time(0), UTC)
    if re.match(r"^\d{4}-\d{2}", text):
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    else:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError) as exc:
            raise ValueError(text) from exc
    if moment is None or moment.tzinfo is None:
        raise ValueError(text)
    return moment


def slug_headline(url: str) -> str:
    """A readable stand-in headline from a URL's last path segment (for bare sitemaps)."""
    segment = [part for part in urlsplit(url).path.split("/") if part]
    words = re.sub(r"[-_]+", " ", re.sub(r"\.[a-z0-9]+$", "", segment[-1] if segment else ""))
    words = re.sub(r"\s\d+$", "", words).strip()
    return words[:1].upper() + words[1:] if words else ""
