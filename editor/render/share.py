"""Share links as plain URLs: no third-party script ever loads on the page."""

from __future__ import annotations

from urllib.parse import quote, urlencode

NETWORKS = (
    ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?{}", "u", None),
    ("x", "X", "https://twitter.com/intent/tweet?{}", "url", "text"),
    ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?{}", None, "text"),
    ("telegram", "Telegram", "https://t.me/share/url?{}", "url", "text"),
    ("line", "LINE", "https://social-plugins.line.me/lineit/share?{}", "url", None),
)


def share_links(url: str, title: str) -> list[dict[str, str]]:
    links = []
    for key, name, pattern, url_param, text_param in NETWORKS:
        params: dict[str, str] = {}
        if url_param:
            params[url_param] = url
        if text_param:
            params[text_param] = title if url_param else f"{title} {url}"
        links.append(
            {"key": key, "name": name, "url": pattern.format(urlencode(params, quote_via=quote))}
        )
    return links
