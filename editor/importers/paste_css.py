"""Bold and italic declared in the paste's own ``<style>`` block.

Excel (and Word for some character styles) marks bold and italic only in
class rules — ``.xl91 {font-weight:700; font-style:italic}`` — and puts
nothing but ``class=xl91`` on the cell. We read just those two properties
from simple class selectors; the rest of the stylesheet (fonts, colours,
borders, ``display``) never matters to the article, so it is not interpreted.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
CSS_COMMENT_RE = re.compile(r"/\*.*?\*/|<!--|-->", re.DOTALL)
# ".xl91" or "td.xl91" or "span.Strong": one class, optionally on a tag.
CLASS_SELECTOR_RE = re.compile(r"^(?:[a-z][\w-]*)?\.([\w-]+)$", re.IGNORECASE)
MARK_PROPERTIES = ("font-weight", "font-style")

ClassStyles = dict[str, dict[str, str]]


def class_styles(document: HtmlElement) -> ClassStyles:
    """``{class name: {"font-weight": …, "font-style": …}}`` from every ``<style>``."""
    css = CSS_COMMENT_RE.sub(" ", " ".join(s.text_content() for s in document.iter("style")))
    rules: ClassStyles = {}
    for selectors, body in RULE_RE.findall(css):
        props = _mark_properties(body)
        if not props:
            continue
        for selector in selectors.split(","):
            match = CLASS_SELECTOR_RE.match(selector.strip())
            if match:
                rules.setdefault(match.group(1).lower(), {}).update(props)
    return rules


def _mark_properties(body: str) -> dict[str, str]:
    props: dict[str, str] = {}
    for declaration in body.split(";"):
        name, sep, value = declaration.partition(":")
        if sep and name.strip().lower() in MARK_PROPERTIES:
            props[name.strip().lower()] = value.strip().lower()
    return props


def styles_from_classes(el: HtmlElement, rules: ClassStyles) -> dict[str, str]:
    """The class-rule properties that apply to ``el`` (later classes win, as in order of rules)."""
    if not rules:
        return {}
    found: dict[str, str] = {}
    for name in (el.get("class") or "").lower().split():
        found.update(rules.get(name, {}))
    return found
