"""What the window's commands do: the handlers named in ``actions.ACTIONS``.

Handlers stay thin: files go to ``FileController``, text changes to the body
editor's formatting and card functions, field changes to ``DraftSession.edit``.
Dialogs are opened with ``open()`` and finish in their ``accepted`` callback.

The export and preferences dialogs are imported when first opened: the export
dialog alone pulls in the exporter (Jinja, Babel; ~20 ms), which the window's
first frame never needs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from editor import interaction
from editor.gui.body import formatting as fmt
from editor.gui.dialogs import forms
from editor.gui.dialogs.image import ImageDialog
from editor.gui.i18n import error_text, translations
from editor.gui.tasks import run_task
from editor.gui.thumbnails import PhotoFacts, photo_facts
from editor.model.article import RelatedStory
from editor.model.blocks import BacaJuga, Block, Embed, ImageBlock, Table
from editor.model.image import ImageRef
from editor.model.validate import Problem

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QScrollArea, QStackedWidget

    from editor.gui.archive.service import ArchiveService
    from editor.gui.article.header import HeaderPanel
    from editor.gui.article.meta_panel import MetaPanel
    from editor.gui.article.photo import PhotoCard
    from editor.gui.article.related import RelatedPanel
    from editor.gui.article.session import DraftSession
    from editor.gui.body.editor import BodyEdit
    from editor.gui.find.bar import FindBar
    from editor.gui.preview.pane import PreviewPane
    from editor.gui.settings import Settings
    from editor.gui.thumbnails import ThumbnailCache
    from editor.gui.window.drawer import Drawer
    from editor.gui.window.file_ops import FileController
    from editor.gui.window.importing import ImportController


class WindowActions:
    """Mixed into ``MainWindow`` (a ``QMainWindow``: ``close``, ``tr``), which builds the
    widgets declared here; the handlers keep the dialogs they open in the last five."""

    settings: Settings
    session: DraftSession
    archive: ArchiveService
    archive_search: Callable[[], QWidget]  # ArchiveDesk's
    files: FileController
    imports: ImportController
    actions: dict[str, QAction]
    body: BodyEdit
    header: HeaderPanel
    photo: PhotoCard
    related: RelatedPanel
    meta: MetaPanel  # a property of the window: the drawer builds it when first opened
    drawer: Drawer
    scroll: QScrollArea
    preview: PreviewPane
    preview_area: QStackedWidget  # the page or the search and social preview
    thumbnails: ThumbnailCache
    find_bar: FindBar
    active_dialog: QDialog | None
    export_dialog: QDialog
    preferences_dialog: QDialog
    publish_dialog: QDialog
    shortcut_sheet: QDialog

    # ----------------------------------------------------------------- file
    def on_new(self) -> None:
        self.files.new()

    def on_open(self) -> None:
        self.files.open()

    def on_import(self) -> None:
        self.imports.import_dialog()

    def on_save(self) -> None:
        self.files.save()

    def on_save_as(self) -> None:
        self.files.save_as()

    def on_revert(self) -> None:
        self.files.revert()

    def on_export(self) -> None:
        from editor.gui.dialogs.export import ExportDialog

        dialog = ExportDialog(self, self.session.draft, self.settings)
        self.export_dialog = dialog
        dialog.open()

    def on_publish(self) -> None:
        from editor.gui.publish.dialog import PublishDialog

        dialog = PublishDialog(self, self.session, self.session.draft,
                               save=self.files.save_quietly)
        self.publish_dialog = dialog
        dialog.open()

    def on_quit(self) -> None:
        self.close()

    # ----------------------------------------------------------------- edit
    def on_undo(self) -> None:
        self.session.stack.undo()

    def on_redo(self) -> None:
        self.session.stack.redo()

    def _focused(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def on_cut(self) -> None:
        self._focused("cut")

    def on_copy(self) -> None:
        self._focused("copy")

    def on_paste(self) -> None:
        self._focused("paste")

    def on_paste_plain(self) -> None:
        if self.body.hasFocus():
            self.body.paste_plain()
        else:
            self._focused("paste")

    def on_select_all(self) -> None:
        self._focused("selectAll")

    def on_find(self) -> None:
        self.find_bar.open(replace=False)

    def on_replace(self) -> None:
        self.find_bar.open(replace=True)

    def on_find_next(self) -> None:
        self.find_bar.step(1)

    def on_find_previous(self) -> None:
        self.find_bar.step(-1)

    def on_preferences(self) -> None:
        from editor.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self, self.settings)
        self.preferences_dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- cards
    def on_card_button(self, position: int, name: str) -> None:
        actions = {"edit": self.edit_card, "up": lambda p: self.body.move_card(-1, p),
                   "down": lambda p: self.body.move_card(1, p),
                   "remove": lambda p: self.body.delete_card(p)}
        actions[name](position)

    def on_card_edit(self) -> None:
        position = self.body.card_position()
        if position is not None:
            self.edit_card(position)

    def on_card_up(self) -> None:
        self.body.move_card(-1)

    def on_card_down(self) -> None:
        self.body.move_card(1)

    def on_card_delete(self) -> None:
        self.body.delete_card()

    def edit_card(self, position: int) -> None:
        card = self.body.card_at_position(position)
        if isinstance(card, BacaJuga):
            dialog = forms.baca_juga_dialog(self, card.url, card.title,
                                            self.settings.get("recent_links"),
                                            self.archive_search())
            self._open_card_dialog(dialog, lambda v: BacaJuga(v["url"], v["title"],
                                                              card.archive_id), position)
        elif isinstance(card, Embed):
            dialog = forms.embed_dialog(self, card.url, card.caption)
            self._open_card_dialog(dialog, lambda v: Embed(v["url"], v["caption"]), position)
        elif isinstance(card, Table):
            dialog = forms.table_dialog(self, card.caption)
            self._open_card_dialog(dialog, lambda v: Table(card.rows, card.header,
                                                           v["caption"].strip()), position)
        elif isinstance(card, ImageBlock):
            file = card.image.file
            dialog = ImageDialog(self, card.image, self.session.draft.media_path(file),
                                 self.thumbnails)
            self._open_card_dialog(dialog, lambda _v: ImageBlock(dialog.image(file)), position)

    def _open_card_dialog(self, dialog: forms.FormDialog, build, position: int | None) -> None:
        """``position`` None inserts a new card at the cursor; else replaces that card."""
        def accepted() -> None:
            card: Block = build(dialog.values())
            if isinstance(card, BacaJuga):
                self.settings.add_recent_link(card.url, card.title)
            if position is None:
                self.body.insert_card(card)
            else:
                self.body.replace_card(position, card)
            self.body.setFocus()

        dialog.accepted.connect(accepted)
        self.active_dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- insert
    def on_insert_baca_juga(self) -> None:
        dialog = forms.baca_juga_dialog(self, "", "", self.settings.get("recent_links"),
                                        self.archive_search())
        self._open_card_dialog(dialog, lambda v: BacaJuga(v["url"], v["title"]), None)

    def on_insert_embed(self) -> None:
        dialog = forms.embed_dialog(self, "", "")
        self._open_card_dialog(dialog, lambda v: Embed(v["url"], v["caption"]), None)

    def _ask_photo(self, key: str) -> Path | None:
        return interaction.current().ask_open_file(
            key, self.tr("Choose a photo"), self.settings.get("last_folder"),
            self.files.photo_filter())

    def on_choose_photo(self) -> None:
        path = self._ask_photo("photo")
        if path:
            self.set_featured_photo(path)

    def _probe(self, path: Path, done) -> None:
        """Read the photo's facts in a worker; a bad file is explained, not added."""
        def failed(error: Exception) -> None:
            interaction.current().error(self.tr("Photo"), error_text(error))

        run_task(lambda _progress: photo_facts(Path(path)), done, failed)

    def set_featured_photo(self, path: Path) -> None:
        """The photo's cleaned copy goes into the draft; its own caption and credit fill
        the fields still empty, in the same undo step."""
        def done(facts: PhotoFacts) -> None:
            key = self.session.draft.add_media(facts.stored or Path(path))

            def change(article) -> None:
                old = article.featured_image or ImageRef()
                article.featured_image = ImageRef(key, old.alt, old.caption or facts.caption,
                                                  old.credit or facts.credit)

            self.session.edit(self.tr("Set featured photo"), change)
            self.photo.show_notices(key, facts.notices)

        self._probe(path, done)

    def on_insert_image(self) -> None:
        path = self._ask_photo("inline_image")
        if path:
            self.insert_images([path])

    def insert_images(self, paths: list[Path]) -> None:
        """Photos dropped or chosen for the text: each asks for its alt text, then goes in."""
        for path in paths[:1]:  # one dialog at a time; more would stack up
            def done(facts: PhotoFacts, path=path) -> None:
                stored = facts.stored or Path(path)
                key = self.session.draft.add_media(stored)
                ref = ImageRef(key, caption=facts.caption, credit=facts.credit)
                dialog = ImageDialog(self, ref, stored, self.thumbnails, facts.notices)
                self._open_card_dialog(dialog, lambda _v: ImageBlock(dialog.image(key)), None)

            self._probe(path, done)

    # ----------------------------------------------------------------- related
    def on_add_related(self) -> None:
        self.drawer.show_section("related")
        dialog = forms.related_dialog(self, "", "", None, self.session.site.zone,
                                      self.settings.get("recent_links"), self.archive_search())

        def accepted() -> None:
            values = dialog.values()
            self.settings.add_recent_link(values["url"], values["title"])
            picked = dialog.picked if dialog.picked and dialog.picked.url == values["url"] \
                else None
            image = (picked.image or "") if picked else ""
            self.related.add_story(RelatedStory(values["title"], values["url"],
                                                values["published"], image))

        dialog.accepted.connect(accepted)
        self.active_dialog = dialog
        dialog.open()

    def edit_related(self, row: int) -> None:
        stories = self.session.article.related
        if not 0 <= row < len(stories):
            return
        story = stories[row]
        dialog = forms.related_dialog(self, story.title, story.url, story.published,
                                      self.session.site.zone, self.settings.get("recent_links"),
                                      self.archive_search())

        def accepted() -> None:
            values = dialog.values()
            picked = dialog.picked if dialog.picked and dialog.picked.url == values["url"] \
                else None
            image = (picked.image or "") if picked else story.image
            self.related.replace_story(row, RelatedStory(values["title"], values["url"],
                                                         values["published"], image))

        dialog.accepted.connect(accepted)
        self.active_dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- format
    def _format(self, change) -> None:
        self.body.edit_cursor(change)
        self.body.setFocus()

    def on_bold(self, checked: bool) -> None:
        self._format(lambda cursor: fmt.set_bold(cursor, checked))

    def on_italic(self, checked: bool) -> None:
        self._format(lambda cursor: fmt.set_italic(cursor, checked))

    def on_link(self) -> None:
        cursor = self.body.textCursor()
        extent = fmt.link_extent(cursor)
        dialog = forms.link_dialog(self, extent[2] if extent else "",
                                   need_text=not cursor.hasSelection() and extent is None)

        def accepted() -> None:
            values = dialog.values()
            self._format(lambda c: fmt.set_link(c, values["href"], values.get("text", "")))

        dialog.accepted.connect(accepted)
        self.active_dialog = dialog
        dialog.open()

    def on_paragraph(self) -> None:
        self._format(lambda cursor: fmt.set_block_kind(cursor, "paragraph"))

    def on_heading2(self, _checked: bool = False) -> None:
        self._format(lambda cursor: fmt.set_block_kind(cursor, "h2"))

    def on_heading3(self, _checked: bool = False) -> None:
        self._format(lambda cursor: fmt.set_block_kind(cursor, "h3"))

    def on_quote(self, _checked: bool = False) -> None:
        self._format(lambda cursor: fmt.set_block_kind(cursor, "quote"))

    def on_quote_attribution(self) -> None:
        cursor = self.body.textCursor()
        if fmt.state_at(cursor).quote:
            from editor.gui.body.formats import quote_attribution

            dialog = forms.attribution_dialog(self, quote_attribution(cursor.block().blockFormat()))
            dialog.accepted.connect(lambda: self._format(
                lambda c: fmt.set_quote_attribution(c, dialog.values()["attribution"])))
            self.active_dialog = dialog
            dialog.open()

    def on_bullets(self, _checked: bool = False) -> None:
        self._format(lambda cursor: fmt.toggle_list(cursor, ordered=False))

    def on_numbers(self, _checked: bool = False) -> None:
        self._format(lambda cursor: fmt.toggle_list(cursor, ordered=True))

    def on_clear_format(self) -> None:
        self._format(fmt.clear_formatting)

    def refresh_format_actions(self) -> None:
        """Checked toolbar buttons follow the cursor; card commands only on a card."""
        state = fmt.state_at(self.body.textCursor())
        checks = {"bold": state.bold, "italic": state.italic, "heading2": state.heading == 2,
                  "heading3": state.heading == 3, "quote": state.quote,
                  "bullets": state.list_ordered is False, "numbers": state.list_ordered is True}
        for name, value in checks.items():
            self.actions[name].setChecked(value)
        for name in ("card_edit", "card_up", "card_down", "card_delete"):
            self.actions[name].setEnabled(state.card)
        self.actions["quote_attribution"].setEnabled(state.quote)

    # ----------------------------------------------------------------- view
    def on_toggle_preview(self, checked: bool) -> None:
        self.preview_area.setVisible(checked)
        self.settings.set("preview_visible", checked)

    def on_show_section(self, name: str) -> None:
        self.drawer.show_section("" if self.drawer.current() == name else name)

    def on_language(self, language: str) -> None:
        language = translations().apply(language)
        self.settings.set("language", language)
        self.actions[f"lang_{language}"].setChecked(True)

    def on_shortcuts(self) -> None:
        from editor.gui.dialogs.shortcuts import ShortcutSheet

        self.shortcut_sheet = ShortcutSheet(self, self.actions)
        self.shortcut_sheet.open()

    def on_about(self) -> None:
        interaction.current().info(
            self.tr("About Redaksi"),
            self.tr("Redaksi — write, lay out and export news articles.\n"
                    "Version %1.").replace("%1", _version()))

    # ----------------------------------------------------------------- checks
    def jump_to_problem(self, problem: Problem) -> None:
        """Put the cursor where the problem is: a field, a body block or a related story."""
        if problem.field == "body" and problem.block is not None:
            number = self.session.block_number(problem.block)
            if number is not None:
                self.body.goto_block(number)
                return
        if problem.field == "related":
            self.drawer.show_section("related")
            self.related.select(problem.block or 0)
            self.related.list.setFocus()
            return
        if problem.field in ("authors", "tags", "signoff", "dateline"):
            self.drawer.show_section("meta")
            getattr(self.meta, problem.field).setFocus()
            return
        widgets = {"headline": self.header.headline, "deck": self.header.deck,
                   "section": self.header.section, "published": self.header.published,
                   "updated": self.header.update_row.updated, "featured_image": self.photo.alt,
                   "featured_image.caption": self.photo.caption,
                   "featured_image.credit": self.photo.credit, "body": self.body}
        widget = widgets.get(problem.field)
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus()


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("redaksi")
    except Exception:  # not installed as a package (running from a checkout)
        return "0.1"
