"""The preview follows the caret: what the journalist is editing is what the page shows.

Typing in paragraph 1 while the preview shows the related stories at the bottom
hides the effect of every keystroke. So after the caret moves (or the page is
updated) the preview scrolls the element being edited into view — the headline,
the deck, the featured photo, or the body block the caret is in — and leaves the
scroll alone while that element is already on screen, so reading elsewhere in the
preview is not disturbed by every key press.

``target`` is asked each time (after the page was updated, the model's block
positions are current): it returns a CSS selector, or ``("block", index)`` for a
body block in model order, or ``None`` to leave the scroll where it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

Target = tuple[str, int] | str | None
SETTLE_MS = 60  # coalesces a run of arrow keys into one scroll

SCROLL_SCRIPT = r"""
(() => {
  const [selector, index] = %s;
  let element = null;
  if (selector === null) {
    const body = document.querySelector('.article-body');
    element = body ? body.children[index] : null;
  } else {
    element = document.querySelector(selector);
  }
  if (!element) return 'missing';
  const box = element.getBoundingClientRect();
  const height = window.innerHeight;
  if (box.bottom > 24 && box.top < height - 24) return 'visible';
  element.scrollIntoView({block: box.height > height * 0.8 ? 'start' : 'center'});
  return 'scrolled';
})()
"""


class CaretFollower(QObject):
    """Scrolls ``pane`` (a ``PreviewPane``) to ``target()`` when asked and after updates."""

    def __init__(self, pane, target: Callable[[], Target], parent: QObject | None = None) -> None:
        super().__init__(parent or pane)
        self.pane = pane
        self.target = target
        self.last_result = ""
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self.scroll)
        pane.rendered.connect(lambda _ms: self.scroll())

    def follow(self) -> None:
        """The caret moved: scroll soon, or after the update that is on its way."""
        if not self.pane.update_pending():
            self._timer.start()

    def script(self) -> str | None:
        target = self.target()
        if target is None:
            return None
        if isinstance(target, str):
            return SCROLL_SCRIPT % json.dumps([target, 0])
        position = self._position(target[1])
        return None if position is None else SCROLL_SCRIPT % json.dumps([None, position])

    def _position(self, index: int) -> int | None:
        positions = self.pane.positions
        for candidate in range(min(index, len(positions) - 1), -1, -1):
            if positions[candidate] is not None:  # a block that shows nothing: the one before
                return positions[candidate]
        return None

    def scroll(self) -> None:
        self._timer.stop()
        script = self.script()
        if script is not None:
            self.pane.evaluate(script, self._done)

    def _done(self, result: object) -> None:
        self.last_result = str(result)
