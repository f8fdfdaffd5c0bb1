"""Share links as plain URLs: no third-party script ever loads on the page."""

from __future__ import annotations

from urllib.parse import quote

NETWORKS = (
    ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?{}", "u", None),
    ("x", "X", "https://twitter.com/intent/tweet?{}", "url", "text"),
    ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?{}", None, "text"),
    ("telegram", "Telegram", "https://t.me/share/url?{}", "url", "text"),
    ("line", "LINE", "https://social-plugins.line.me/lineit/share?{}", "url", None),
)


def share_links(url: str, title: str) -> list[dict[str, str]]:
    """Each network's share URL; URL and title are percent-encoded once for all of them."""
    q_url, q_title = quote(url, safe=""), quote(title, safe="")
    links = []
    for key, name, pattern, url_param, text_param in NETWORKS:
        params = []
        if url_param:
            params.append(f"{url_param}={q_url}")
        if text_param:
            params.append(f"{text_param}={q_title if url_param else q_title + '%20' + q_url}")
        links.append({"key": key, "name": name, "url": pattern.format("&".join(params))})
    return links
