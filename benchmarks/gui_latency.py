"""Keystroke -> preview updated, on a generated Indonesian article of N words.

A "keystroke" here is what the editor window does after a key press: change the
draft's model (a letter added to the headline or to a body paragraph) and call
``PreviewPane.schedule_update``. Turning the QTextDocument into blocks is the
main window's work and is not included (about 9 ms per 10,000 words, measured
in ../shared/design/machine-notes.md).

Per keystroke the pane's own ``PreviewTiming`` is recorded; the figure the goal
is about is ``work``: from the moment the debounce timer fires to the DOM merged
and laid out (render on the UI thread + runJavaScript round trip). ``since_schedule``
adds the debounce wait itself. ``painted`` runs from the debounce firing to the
first paint of the web view's widget after the DOM update (the new frame is on
screen). A heartbeat timer records how long the UI thread was unable to process
events (a typing hitch).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit, QWidget

from benchmarks.corpus import paragraph, sentence
from benchmarks.gui_hooks import report
from editor.gui.preview.pane import PreviewPane  # before QApplication: QtWebEngine needs it
from editor.model import Article, Author, BacaJuga, Heading, ImageRef, ListBlock, Paragraph, Quote
from editor.model.draft import Draft
from editor.model.inline import Span, text

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PHOTO = ROOT / "resources" / "samples" / "banjir-rob-semarang.jpg"
WIB = timezone(timedelta(hours=7))
LETTERS = "banjir rob menggenangi "


def words_in(article: Article) -> int:
    return sum(len(block.plain().split()) for block in article.body)


def build_article(words: int, rng: random.Random) -> Article:
    """A long article shaped like real ones: subheads, Baca Juga, quotes, lists, bold text."""
    body: list = []
    while words_in(Article(body=body)) < words:
        n = len(body)
        if n % 9 == 4:
            body.append(
                BacaJuga(f"https://wartapesisir.example/berita/lain-{n}/", sentence(rng, 8))
            )
        elif n % 17 == 8:
            body.append(Heading(2, text(sentence(rng, 5)[:-1])))
        elif n % 23 == 12:
            body.append(Quote(text(sentence(rng, 14)), attribution="Warga Tanjung Mas"))
        elif n % 31 == 20:
            body.append(ListBlock(items=[text(sentence(rng, 6)) for _ in range(4)]))
        else:
            body.append(paragraph(rng))
    return Article(
        headline="Banjir Rob Rendam Pesisir Semarang, Ribuan Warga Bertahan di Rumah Panggung",
        deck=sentence(rng, 18),
        section="Daerah",
        tags=["banjir rob", "Semarang"],
        authors=[Author("Rina Kartikasari")],
        signoff="rk/ad",
        dateline="Semarang",
        published=datetime(2024, 6, 18, 20, 42, tzinfo=WIB),
        featured_image=ImageRef(
            "media/foto.jpg",
            alt="Genangan rob di jalan kampung",
            caption=sentence(rng, 14),
            credit="Warta Pesisir/Rina",
        ),
        body=body,
    )


def choose_target(article: Article, rng: random.Random, count: int) -> int | None:
    """``None`` for the headline (1 key in 4), else the rank of a random body paragraph."""
    if count % 4 == 0:
        return None
    return rng.randrange(sum(isinstance(block, Paragraph) for block in article.body))


def type_letter(article: Article, target: int | None, count: int) -> None:
    """Append one letter to the headline or to the ``target``-th paragraph."""
    letter = LETTERS[count % len(LETTERS)]
    if target is None:
        article.set_headline(article.headline + letter)
        return
    index = [i for i, block in enumerate(article.body) if isinstance(block, Paragraph)][target]
    spans = article.body[index].spans
    last = spans[-1]
    changed = Span(last.text + letter, last.bold, last.italic, last.href)
    article.body[index] = Paragraph((*spans[:-1], changed))


def scroll_to(pane: PreviewPane, target: int | None) -> None:
    """Bring the paragraph being typed into view, as the journalist would be looking at it.

    An edit outside the viewport produces no new frame, so "painted" needs it visible.
    """
    if target is None:
        script = "window.scrollTo(0, 0); 1"
    else:
        script = (
            "document.querySelectorAll('.article-body > p:not(.signoff)')"
            f"[{target}].scrollIntoView({{block: 'center'}}); 1"
        )
    box: list[object] = []
    pane.evaluate(script, box.append)
    wait_for(lambda: bool(box), 5_000)
    wait(60)


class Heartbeat:
    """Measures how late a 5 ms timer fires: the longest the UI thread could not react."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer(interval=5, timeout=self.beat)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def beat(self) -> None:
        self.gaps.append(max(0.0, self.clock.nsecsElapsed() / 1e6 - 5.0))
        self.clock.restart()


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(predicate, timeout_ms: int = 30_000) -> None:
    end = time.monotonic() + timeout_ms / 1000
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("preview did not update")
        wait(2)


class PaintLog(QObject):
    """perf_counter times of the web view's paints: a new frame from Chromium on screen."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.times: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False

    def painted_after(self, since: float, updated: float) -> float | None:
        """First paint after the DOM update; if the frame beat the callback, the last before it."""
        end = time.monotonic() + 0.25
        while time.monotonic() < end and not [t for t in self.times if t >= updated]:
            wait(1)
        after = [t for t in self.times if t >= updated]
        before = [t for t in self.times if since <= t < updated]
        if after:
            return after[0]
        return before[-1] if before else None


def run_latency(words: int, keys: int, device: str, seed: int) -> int:
    rng = random.Random(seed)
    app = QApplication(sys.argv[:1])
    article = build_article(words, rng)
    draft = Draft(article=article, media={"media/foto.jpg": SAMPLE_PHOTO})
    window, pane = _window()
    pane.set_device(device)
    window.show()
    pane.show_draft(draft)
    wait_for(pane.is_settled)
    wait(500)
    heartbeat = Heartbeat()
    heartbeat.start()
    paints = PaintLog(pane.findChild(QWebEngineView).focusProxy())
    samples = [_one_key(pane, draft, rng, n, paints) for n in range(keys)]
    report(
        "latency",
        words=words_in(article),
        device=device,
        samples=samples,
        heartbeat_max=max(heartbeat.gaps),
        heartbeat_p95=_p95(heartbeat.gaps),
    )
    app.quit()
    return 0


def _one_key(pane: PreviewPane, draft: Draft, rng: random.Random, n: int, paints: PaintLog) -> dict:
    target = choose_target(draft.article, rng, n)
    scroll_to(pane, target)
    type_letter(draft.article, target, n)
    done: list[float] = []
    pane.rendered.connect(done.append)
    scheduled = time.perf_counter()
    pane.schedule_update(draft)
    wait_for(lambda: bool(done))
    updated = time.perf_counter()
    pane.rendered.disconnect(done.append)
    timing = pane.last_timing
    fired = scheduled + timing.debounce / 1000
    painted = paints.painted_after(fired, updated)
    wait(rng.randint(40, 120))  # a pause between keys
    return {
        "where": "headline" if target is None else "body",
        "since_schedule": timing.since_schedule,
        "debounce": timing.debounce,
        "work": timing.work,
        "render": timing.render,
        "apply": timing.apply,
        "js_parse": timing.js[0] if timing.js else None,
        "js_merge": timing.js[1] if timing.js else None,
        "js_layout": timing.js[2] if timing.js else None,
        "painted": (painted - fired) * 1000 if painted else None,
        "full_load": timing.full_load,
    }


def _window() -> tuple[QMainWindow, PreviewPane]:
    window = QMainWindow()
    splitter = QSplitter(window)
    QTextEdit(splitter)
    pane = PreviewPane(splitter)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    return window, pane


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else (values or [0.0])[0]


def run_app_latency(words: int, keys: int, seed: int, folder: Path) -> int:
    """Real key presses into the real window's body editor (``QTest.keyClick``).

    Adds what the model-level run leaves out: the window's own handling of each key
    press (``keystroke``: the UI thread's time for one key press) and its QTextDocument
    -> blocks conversion, which runs once per pause in typing (the checks' refresh,
    150 ms after the last key, or the preview's render if its debounce fires first),
    so it lands in ``key_to_dom``.
    """
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from editor.gui.app import create_application, start
    from editor.storage.draft import save_draft

    rng = random.Random(seed)
    article = build_article(words, rng)
    path = save_draft(
        Draft(article=article, media={"media/foto.jpg": SAMPLE_PHOTO}), folder / "panjang.redaksi"
    )
    application = create_application()
    window = start([str(path)])
    pane = window.findChild(PreviewPane)
    wait_for(pane.is_settled)
    wait(500)
    body = window.body
    body.setFocus()
    samples = []
    for n in range(keys):
        block = body.document().findBlockByNumber(rng.randrange(body.document().blockCount()))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        body.setTextCursor(cursor)
        sample = _one_real_key(pane, body, LETTERS[n % len(LETTERS)], QTest)
        if sample is not None:  # None: the key landed on a card, which takes no typing
            samples.append(sample)
        wait(rng.randint(40, 120))
    report(
        "latency",
        words=words_in(article),
        device=pane.device(),
        samples=samples,
        heartbeat_max=0.0,
        heartbeat_p95=0.0,
    )
    window.session.stack.setClean()
    application.quit()
    return 0


def _one_real_key(pane: PreviewPane, body: QWidget, letter: str, qtest) -> dict | None:
    done: list[float] = []
    pane.rendered.connect(done.append)
    pressed = time.perf_counter()
    qtest.keyClick(body, letter)
    handled = time.perf_counter()
    try:
        wait_for(lambda: bool(done), 3_000)
    except TimeoutError:
        return None
    finally:
        pane.rendered.disconnect(done.append)
    updated = time.perf_counter()
    timing = pane.last_timing
    return {
        "where": "body",
        "keystroke": (handled - pressed) * 1000,
        "key_to_dom": (updated - pressed) * 1000,
        "since_schedule": timing.since_schedule,
        "debounce": timing.debounce,
        "work": timing.work,
        "render": timing.render,
        "apply": timing.apply,
        "js_parse": timing.js[0] if timing.js else None,
        "js_merge": timing.js[1] if timing.js else None,
        "js_layout": timing.js[2] if timing.js else None,
        "painted": None,
        "full_load": timing.full_load,
    }
