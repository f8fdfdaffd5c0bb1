"""The main window: the writing column on the left, the live preview on the right.

This module builds and wires the window; what each command does is in
``window_actions`` (the handlers named by the action table).

Start-up is tuned for the first frame (benchmarks/README.md): the drawer's panels
are built when first opened, and thumbnails, the preview's web view and the
recovery-journal scan wait for the first frame (``startup.FirstFrame``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.gui import icons, style, writing
from editor.gui.archive.links import LinkChecks
from editor.gui.archive.service import ArchiveService
from editor.gui.archive.suggest import ArchiveSuggestions
from editor.gui.article.header import HeaderPanel
from editor.gui.article.photo import PhotoCard
from editor.gui.article.session import DraftSession
from editor.gui.body.clipboard import document_paths
from editor.gui.body.decorations import MARGIN
from editor.gui.body.editor import BodyEdit
from editor.gui.checks.photos import PhotoChecks
from editor.gui.fields import set_global_undo, share_undo
from editor.gui.find.bar import FindBar
from editor.gui.i18n import Retranslates, current_language
from editor.gui.preview.follow import CaretFollower
from editor.gui.preview.pane import PreviewPane
from editor.gui.settings import Settings
from editor.gui.sites import active_site
from editor.gui.spelling.service import SpellService
from editor.gui.startup import FirstFrame
from editor.gui.thumbnails import ThumbnailCache
from editor.gui.window.actions import (
    SPECS,
    build_actions,
    build_menus,
    fill_toolbar,
    retranslate_actions,
    retranslate_menus,
)
from editor.gui.window.archive_desk import ArchiveDesk
from editor.gui.window.autosave import Autosaver
from editor.gui.window.desk import DeskActions
from editor.gui.window.drawer import Drawer
from editor.gui.window.file_ops import FileController
from editor.gui.window.handlers import WindowActions
from editor.gui.window.importing import ImportController
from editor.gui.window.state import WindowState
from editor.gui.window.status import StatusInfo
from editor.model.validate import Problem

if TYPE_CHECKING:
    from editor.gui.article.meta_panel import MetaPanel
    from editor.gui.article.related import RelatedPanel
    from editor.gui.article.seo_panel import SeoPanel
    from editor.gui.checks.panel import ChecksPanel
    from editor.gui.preview.social import SocialPreview

REFRESH_MS = 150  # checks and counts follow typing after this pause
SPELLING_DELAY_MS = 400  # after the first frame
ARCHIVE_DELAY_MS = 700  # after the first frame (and the dictionary): opening costs ~0.2 s


def _indented(widget: QWidget, left: int) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(left, 0, 0, 0)
    layout.addWidget(widget)
    return holder


class MainWindow(WindowActions, DeskActions, ArchiveDesk, WindowState, Retranslates,
                 QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 preview: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        writing.follow(settings)
        self._with_preview = preview
        self._problems: list[Problem] = []
        self.first_frame = FirstFrame.of(self)
        self.thumbnails = ThumbnailCache(self)
        self.thumbnails.pause()  # decoding in a worker would slow building the window
        self.first_frame.later(self.thumbnails.resume)
        self.photo_checks = PhotoChecks(self)
        self.photo_checks.pause()  # Pillow loads in the probe's worker: after the first frame
        self.first_frame.later(self.photo_checks.resume)
        self.body = BodyEdit()
        self.session = DraftSession(self.body, self)
        self.spelling = SpellService(self)
        self.autosaver = Autosaver(self.session, settings, parent=self)
        self.files = FileController(self.session, settings, self.autosaver, self)
        self.imports = ImportController(self.session, settings, self.files, self)
        self.archive = ArchiveService(self)
        self.suggestions = ArchiveSuggestions(self.session, self.archive, self)
        self.link_checks = LinkChecks(self.archive, self)
        self.setAcceptDrops(True)  # .docx, .md, .txt, .html and .redaksi files open here
        self._build_column()
        self._build_panels()
        self._build_chrome()
        self._wire()
        self._watch_spelling()
        self.apply_site()
        self.restore_state()
        self.retranslate_ui()

    # ----------------------------------------------------------------- building
    def _build_column(self) -> None:
        self.header = HeaderPanel(self.session)
        self.photo = PhotoCard(self.session, self.thumbnails)
        self.body.thumbnails = self.thumbnails
        self.body.media_path = lambda key: self.session.current.media_path(key)
        column = QWidget(objectName="writingColumn")
        column.setMaximumWidth(style.COLUMN_MAX_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 22, 28, 40)
        inner.setSpacing(14)
        # the body's text starts after its margin for problem marks; align the rest with it
        indent = int(MARGIN) - 2
        for widget in (self.header, self.photo):
            inner.addWidget(_indented(widget, indent))
        inner.addWidget(self.body)
        inner.addStretch(1)
        self.page = QWidget(objectName="writingPage")
        row = QHBoxLayout(self.page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        self.scroll = QScrollArea(objectName="writingScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.page)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        share_undo(self.body)

    def _watch_spelling(self) -> None:
        """Underlines in the body and the head fields; the dictionary loads in a worker
        after the first frame, and a missing one is said once in the status bar."""
        self.spelling.set_enabled(bool(self.settings.get("spell_check")))
        self.spelling.watch(self.body.document(), self.header.headline.document(),
                            self.header.deck.document(), self.photo.caption.document(),
                            self.photo.alt.document())
        self.spelling.missing.connect(lambda problem: self.statusBar().showMessage(
            problem.message(current_language()), 15000))

    def _build_panels(self) -> None:
        self.drawer = Drawer()
        self.drawer.add_section("related", self._build_related)
        self.drawer.add_section("meta", self._build_meta)
        self.drawer.add_section("seo", self._build_seo)
        self.drawer.add_section("checks", self._build_checks)
        left = QWidget(objectName="leftSide")
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.find_bar = FindBar(self)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.drawer)
        self.preview = PreviewPane(self, web=self._with_preview)
        self.preview.before_render = self.session.sync_body
        self.follower = CaretFollower(self.preview, self.caret_target)
        self._social: SocialPreview | None = None  # built when first shown (it loads the renderer)
        self.preview_area = QStackedWidget(objectName="previewArea")
        self.preview_area.addWidget(self.preview)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview_area)
        self.splitter.setStretchFactor(0, 56)
        self.splitter.setStretchFactor(1, 44)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    # ----------------------------------------------------------------- drawer panels
    @property
    def related(self) -> RelatedPanel:
        return self.drawer.page("related")

    @property
    def meta(self) -> MetaPanel:
        return self.drawer.page("meta")

    @property
    def checks(self) -> ChecksPanel:
        return self.drawer.page("checks")

    @property
    def seo(self) -> SeoPanel:
        return self.drawer.page("seo")

    @property
    def social(self) -> SocialPreview:
        """The search and social preview, built on first use."""
        if self._social is None:
            from editor.gui.preview.social import SocialPreview

            self._social = SocialPreview(self.thumbnails)
            self._social.source = lambda: (self.session.draft, self.session.site)
            self.preview_area.addWidget(self._social)
        return self._social

    def _build_related(self) -> RelatedPanel:
        from editor.gui.article.related import RelatedPanel

        panel = RelatedPanel(self.session)
        panel.add_requested.connect(self.on_add_related)
        panel.edit_requested.connect(self.edit_related)
        panel.refresh()
        self.add_suggestions(panel)
        return panel

    def _build_meta(self) -> MetaPanel:
        from editor.gui.article.meta_panel import MetaPanel

        panel = MetaPanel(self.session)
        panel.refresh()
        return panel

    def _build_seo(self) -> SeoPanel:
        from editor.gui.article.seo_panel import SeoPanel

        panel = SeoPanel(self.session)
        panel.refresh()
        return panel

    def _build_checks(self) -> ChecksPanel:
        from editor.gui.checks.panel import ChecksPanel

        panel = ChecksPanel()
        panel.show_problems(self._problems)
        panel.problem_activated.connect(self.jump_to_problem)
        return panel

    def _build_chrome(self) -> None:
        self.actions = build_actions(self)
        self.menus = build_menus(self.menuBar(), self.actions)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        fill_toolbar(self.toolbar, self.actions)
        self.addToolBar(self.toolbar)
        self.status_info = StatusInfo(self)
        self.statusBar().addWidget(self.status_info, 1)
        set_global_undo(self.actions["undo"], self.actions["redo"])
        self.body.context_actions = [self.actions[name] for name in
                                     ("card_edit", "card_up", "card_down", "card_delete")]
        self.refresh_recent(self.settings.get("recent_files"))

    def _wire(self) -> None:
        session = self.session
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_checks)
        self.photo_checks.changed.connect(self._refresh_timer.start)
        session.changed.connect(self._article_changed)
        session.head_changed.connect(self.refresh_fields)
        session.draft_loaded.connect(self._draft_loaded)
        session.dirty_changed.connect(lambda _dirty: self.refresh_title())
        session.stack.canUndoChanged.connect(self.actions["undo"].setEnabled)
        session.stack.canRedoChanged.connect(self.actions["redo"].setEnabled)
        self.actions["undo"].setEnabled(False)
        self.actions["redo"].setEnabled(False)
        self.files.recent_changed.connect(self.refresh_recent)
        self.files.saved_at_changed.connect(self.refresh_title)
        self.autosaver.written.connect(lambda _path: self.refresh_title())
        self.body.card_button.connect(self.on_card_button)
        self.body.images_dropped.connect(self.insert_images)
        self.body.article_paste = self.imports.pasted
        self.body.spot_clicked.connect(lambda _n: self.on_insert_baca_juga())
        self.body.proposal_clicked.connect(self.on_proposal)
        self.suggestions.changed.connect(self.suggestions_changed)
        self.link_checks.changed.connect(self._refresh_timer.start)
        self.archive.state_changed.connect(self._refresh_timer.start)
        self.body.format_state_changed.connect(self.refresh_format_actions)
        self.body.cursor_rect_changed.connect(self._keep_cursor_visible)
        self.body.cursorPositionChanged.connect(self.follower.follow)
        self.preview.zoom_changed.connect(self.zoom_changed)
        self.photo.choose_requested.connect(self.on_choose_photo)
        self.photo.photo_dropped.connect(self.set_featured_photo)
        self.drawer.section_changed.connect(self._section_changed)
        self.settings.changed.connect(self._setting_changed)
        app = QApplication.instance()
        # bound methods: Qt disconnects them when the window goes away
        app.focusChanged.connect(self._focus_changed)
        app.applicationStateChanged.connect(self._app_state_changed)

    # ----------------------------------------------------------------- updates
    def _article_changed(self) -> None:
        """On every key press: only cheap work here (the body is converted later, once)."""
        self.preview.schedule_update(self.session.current)
        if self._social is not None:
            self._social.schedule()
        self._refresh_timer.start()
        self.refresh_title()

    def _draft_loaded(self) -> None:
        self.body.language = self.session.article.language or "id"
        self.spelling.set_language(self.body.language)
        self.preview.show_draft(self.session.draft)
        self.refresh_checks()

    def refresh_fields(self) -> None:
        article, site = self.session.article, self.session.site
        self.header.load(article, site)
        self.photo.refresh()
        for name in ("related", "meta", "seo"):
            if self.drawer.built(name):
                self.drawer.page(name).refresh()
        self.refresh_drawer_titles()

    def refresh_checks(self) -> None:
        """Problems, marks in the text and counts; after a pause in typing."""
        self._refresh_timer.stop()
        session = self.session
        problems = session.problems() + self.photo_checks.problems(session.draft, session.site.images)
        self.link_checks.request(session.article)  # the archive's answer comes later
        problems += self.link_checks.problems
        self._problems = problems
        if self.drawer.built("checks"):
            self.checks.show_problems(problems)
        marks: dict[int, str] = {}
        for problem in problems:
            if problem.field == "body" and problem.block is not None:
                number = self.session.block_number(problem.block)
                if number is not None and marks.get(number) != "error":
                    marks[number] = problem.severity.value
        self.body.decorations.marks = marks
        self.body.viewport().update()
        self.status_info.update_counts(self.session.article)
        self.refresh_drawer_titles()

    def refresh_title(self) -> None:
        draft = self.session.current  # head fields only: no need to convert the body
        headline = " ".join(draft.article.headline.split())
        name = headline if headline else (draft.path.stem if draft.path else self.tr("Untitled"))
        if len(name) > 60:
            name = name[:57].rstrip() + "…"
        self.setWindowTitle(f"{name}[*] — Redaksi")
        self.setWindowModified(self.session.is_dirty())
        self.status_info.update_state(
            dirty=self.session.is_dirty(), has_file=draft.path is not None,
            saved_at=self.files.saved_at,
            recovered_at=self.autosaver.last_written if self.session.is_dirty() else None)

    def refresh_drawer_titles(self) -> None:
        count = len(self.session.article.related)
        self.drawer.set_title("related", self.tr("Related stories (%1)").replace("%1", str(count)))
        self.drawer.set_title("meta", self.tr("Tags and authors"))
        self.drawer.set_title("seo", self.tr("Search and social"))
        total = len(self._problems)
        text = self.tr("Checks (%1 ⚠)").replace("%1", str(total)) if total else self.tr("Checks ✓")
        self.drawer.set_title("checks", text)

    def _keep_cursor_visible(self, rect) -> None:
        if self.body.hasFocus():
            point = self.body.mapTo(self.page, QPoint(rect.left(), rect.center().y()))
            self.scroll.ensureVisible(point.x(), point.y(), 0, rect.height() + 24)

    def apply_site(self) -> None:
        site, problem = active_site(self.settings)
        self.session.set_site(site)
        # the dictionary loads in a worker (~50 ms holding Python's lock) once start-up's
        # own workers (thumbnails, photo checks, preview) are done with the first moments
        self.first_frame.later(lambda: QTimer.singleShot(
            SPELLING_DELAY_MS, self, lambda: self.spelling.set_site(site)))
        self.preview.set_site(site)
        self.body.set_accent(site.accent)
        self.page.setStyleSheet(style.column_stylesheet(site.accent))
        self.body.decorations.every = int(self.settings.get("baca_juga_every"))
        self.archive.set_site(site)
        self.suggestions.set_places(self.body.decorations.every > 0)
        self.first_frame.later(lambda: QTimer.singleShot(ARCHIVE_DELAY_MS, self,
                                                         self.archive.refresh))
        if problem is not None:
            self.statusBar().showMessage(problem.message(), 8000)
        self.refresh_fields()

    def _setting_changed(self, key: str) -> None:
        if key in ("active_site", "site_profiles", "baca_juga_every"):
            self.apply_site()
            self.body.viewport().update()
        elif key == "preview_debounce_ms":
            self.preview.set_debounce_ms(self.settings.get(key))
        elif key in writing.KEYS:
            writing.follow(self.settings)
            self.spelling.set_enabled(bool(self.settings.get("spell_check")))

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        """Leaving a field ends its undo step: the next typing there is a new one."""
        self.session.seal()
        self.follower.follow()

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            QTimer.singleShot(0, self.files.check_disk)
            if self.archive.articles is not None:
                self.archive.refresh()  # "redaksi archive sync" may have run meanwhile

    # ----------------------------------------------------------------- language
    def retranslate_ui(self) -> None:
        retranslate_actions(self.actions)
        retranslate_menus(self.menus)
        self.toolbar.setWindowTitle(self.tr("Formatting"))
        self.body.labels = {
            "photo": self.tr("PHOTO"), "embed": self.tr("EMBED"), "table": self.tr("TABLE"),
            "table_size": self.tr("%1 rows × %2 columns"),
            "credit": self.tr("Credit: %1"), "alt": self.tr("Alt: %1"),
            "no_alt": self.tr("No alt text: describe the photo"), "no_link": self.tr("No link"),
            "edit": self.tr("Edit this card (F2)"), "up": self.tr("Move up a paragraph"),
            "down": self.tr("Move down a paragraph"), "remove": self.tr("Delete this card"),
            "spot": self.tr("A Baca Juga would fit here: click to insert one"),
            "proposal": self.tr("Suggested Baca Juga: %1. Click to insert or reject it"),
        }
        self.body.decorations.proposal_label = self.tr("Baca Juga?").upper()
        self.body.hint = self.tr("Write the story here…")
        self.body.document().markContentsDirty(0, self.body.document().characterCount())
        self.recent_menu_texts()
        self.refresh_drawer_titles()
        self.refresh_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "actions"):
            self.follow_palette()
        super().changeEvent(event)

    def follow_palette(self) -> None:
        """Light/dark switched while running: repaint icons and the column's colours."""
        icons.clear_cache()
        for action_id, action in self.actions.items():
            name = SPECS[action_id].icon
            if name:
                action.setIcon(icons.icon(name))
        self.page.setStyleSheet(style.column_stylesheet(self.session.site.accent))
        self.body.viewport().update()

    # ----------------------------------------------------------------- drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if document_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if document_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A dropped draft opens; a dropped document is imported as a new draft."""
        paths = document_paths(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        if paths[0].suffix.lower() != ".redaksi":
            self.imports.import_path(paths[0])
        elif self.files.maybe_save():
            self.files.open_path(paths[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_state()
        self.archive.shutdown()
        self.autosaver.discard()
        self.autosaver.timer.stop()
        event.accept()
