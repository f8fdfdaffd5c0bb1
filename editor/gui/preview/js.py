"""The JavaScript that updates the preview page in place.

Reloading the page on every keystroke would flash white, lose the scroll
position and re-decode every photo. Instead the new page (the exporter's exact
HTML) is parsed with ``DOMParser`` and merged into the live document: nodes that
are equal are left alone, so an edit to one paragraph touches one text node and
images are never re-created unless their ``src`` changed.

The script runs in Qt's ``ApplicationWorld`` (an isolated JavaScript world), so
it works with the page's own JavaScript switched off, and its globals survive
between updates until the document is replaced by a real navigation.
"""

from __future__ import annotations

import json

MORPH_LIBRARY = r"""
if (!window.__redaksiPreview) {
  const same = (a, b) => a.nodeType === b.nodeType && a.nodeName === b.nodeName;
  const syncAttributes = (a, b) => {
    for (const attr of Array.from(a.attributes)) {
      if (!b.hasAttribute(attr.name)) a.removeAttribute(attr.name);
    }
    for (const attr of Array.from(b.attributes)) {
      if (a.getAttribute(attr.name) !== attr.value) a.setAttribute(attr.name, attr.value);
    }
  };
  const adopt = (node) => document.importNode(node, true);
  let changed = 0;
  const morphNode = (a, b) => {
    if (a.isEqualNode(b)) return;
    changed += 1;
    if (same(a, b) && (a.nodeType === 3 || a.nodeType === 8)) { a.data = b.data; return; }
    if (same(a, b) && a.nodeType === 1) { syncAttributes(a, b); morphChildren(a, b); return; }
    a.parentNode.replaceChild(adopt(b), a);
  };
  // Equal prefix and suffix are kept; the differing middle is morphed pairwise when it
  // has the same length (typing), else replaced (blocks added, removed or moved).
  const morphChildren = (oldParent, newParent) => {
    const o = Array.from(oldParent.childNodes);
    const n = Array.from(newParent.childNodes);
    let start = 0;
    while (start < o.length && start < n.length && o[start].isEqualNode(n[start])) start++;
    let oldEnd = o.length, newEnd = n.length;
    while (oldEnd > start && newEnd > start && o[oldEnd - 1].isEqualNode(n[newEnd - 1])) {
      oldEnd--; newEnd--;
    }
    if (oldEnd - start === newEnd - start) {
      for (let i = start; i < oldEnd; i++) morphNode(o[i], n[i]);
      return;
    }
    changed += 1;
    const anchor = oldEnd < o.length ? o[oldEnd] : null;
    for (let i = start; i < oldEnd; i++) oldParent.removeChild(o[i]);
    for (let i = start; i < newEnd; i++) oldParent.insertBefore(adopt(n[i]), anchor);
  };
  window.__redaksiPreview = {
    apply(html) {
      const t0 = performance.now();
      const fresh = new DOMParser().parseFromString(html, "text/html");
      const t1 = performance.now();
      const x = window.scrollX, y = window.scrollY;
      changed = 0;
      syncAttributes(document.documentElement, fresh.documentElement);
      morphChildren(document.head, fresh.head);
      morphChildren(document.body, fresh.body);
      syncAttributes(document.body, fresh.body);
      const t2 = performance.now();
      void document.body.offsetHeight;  // lay out now, so the timing includes it
      if (window.scrollX !== x || window.scrollY !== y) window.scrollTo(x, y);
      const t3 = performance.now();
      // PySide6 turns a returned array into '', so the numbers travel as JSON text.
      return JSON.stringify([t1 - t0, t2 - t1, t3 - t2, changed]);
    },
  };
}
"""


# The page's width and the left edge of the article's column, in CSS px, as JSON text.
COLUMN_SCRIPT = r"""
(() => {
  const column = ['.article-header', 'article', 'main']
    .map((selector) => document.querySelector(selector)).find((found) => found);
  const left = column ? column.getBoundingClientRect().left + window.scrollX : 0;
  return JSON.stringify([window.innerWidth, left]);
})()
"""


def apply_script(page_html: str) -> str:
    """A script that merges ``page_html`` into the document; it returns its timings as JSON.

    The page travels as a JSON string literal, which is valid JavaScript for any text.
    """
    return MORPH_LIBRARY + f"window.__redaksiPreview.apply({json.dumps(page_html)});"


def parse_result(result: object) -> list[float] | None:
    """The ``[parse, merge, layout, changed]`` list, or ``None`` if the script did not run."""
    if not isinstance(result, str):
        return None
    try:
        values = json.loads(result)
    except ValueError:
        return None
    return [float(v) for v in values] if isinstance(values, list) else None
