"""The publish dialog: pick a target, watch the upload, get the public address.

Publishing runs in a worker (``editor.gui.publish.job.PublishJob``); this dialog only
shows what the worker reports and answers its questions. While it runs, Escape,
the window's close button and Cancel all mean "cancel": the dialog stays until
the worker has stopped, so it can say what happened (the site keeps its previous
version). Every message is kept as an object and rendered again on a language
switch, so even a core error changes language with the rest of the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.errors import PublishError
from editor.gui.article.session import DraftSession
from editor.gui.dialogs.export import draft_copy
from editor.gui.i18n import Retranslates, current_language
from editor.gui.icons import icon
from editor.gui.publish.job import (
    STEPS,
    DraftPublished,
    PublishJob,
    PublishRequest,
    Question,
    SaveDraft,
    Secret,
    record_publication,
)
from editor.gui.publish.prompts import (
    HostKeyQuestion,
    PasswordDialog,
    describe_target,
    error_text,
    fingerprint_lines,
    mono_font,
    success_text,
)
from editor.gui.tasks import Task, run_task
from editor.model.draft import Draft
from editor.publish.failures import HostKeyError, PublishCancelled, UrlTaken
from editor.publish.secrets import target_account
from editor.publish.targets import Target, load_target, target_names

Text = Callable[[], str]
ICON_SIZE = 20
WIDTH = 600  # wide enough for a URL's start and most messages on two lines
TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


def open_in_browser(url: str) -> bool:
    """The desktop's browser; a function of its own so tests can watch it."""
    return QDesktopServices.openUrl(QUrl(url))


class PublishDialog(Retranslates, QDialog):
    published = Signal(object)  # DraftPublished
    failed = Signal(object)  # Exception

    def __init__(self, parent: QWidget | None, session: DraftSession, draft: Draft,
                 save: SaveDraft | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened with open(), not exec()
        self.session = session
        self.draft = draft
        self.save = save  # the window's quiet save, used when the record is the only change
        self.site = session.site
        self.targets: dict[str, Target | PublishError] = {}
        self.job: PublishJob | None = None
        self.task: Task | None = None
        self.outcome: DraftPublished | None = None
        self.error: Exception | None = None
        self.recorded = ""
        self.question: QDialog | None = None  # the host-key or password prompt on screen
        self._typed: Secret | None = None
        self._status: Text = lambda: ""
        self._fingerprints: Text = lambda: ""
        self._state_icon = ""
        self._sized = False
        self._build()
        self._load_targets()
        self.retranslate_ui()

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        self.article_label, self.site_label, self.target_label = (QLabel(self) for _ in range(3))
        self.article = QLabel(self, wordWrap=True, alignment=TOP_LEFT)
        self.site_name = QLabel(self)
        self.target_box = QComboBox(self, objectName="target")
        self.target_box.currentIndexChanged.connect(self._target_changed)
        self.target_info = QLabel(self, alignment=TOP_LEFT)  # two lines; wrapping leaves gaps
        self.target_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.addRow(self.article_label, self.article)
        self.form.addRow(self.site_label, self.site_name)
        self.form.addRow(self.target_label, self.target_box)
        self.form.addRow("", self.target_info)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addLayout(self._build_status())
        layout.addWidget(self._build_result())
        layout.addStretch(1)
        layout.addWidget(self._build_buttons())
        self.setMinimumWidth(560)

    def _build_status(self) -> QHBoxLayout:
        self.state_icon = QLabel(self)
        self.state_icon.setFixedWidth(ICON_SIZE)
        self.state_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.status = QLabel(self, wordWrap=True, objectName="status", alignment=TOP_LEFT)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(self, objectName="fingerprint")
        self.fingerprint.setFont(mono_font())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.hide()
        texts = QVBoxLayout()
        texts.addWidget(self.status)
        texts.addWidget(self.fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.state_icon)
        row.addLayout(texts, 1)
        return row

    def _build_result(self) -> QWidget:
        self.result_row = QWidget(self)
        self.url_label = QLabel(self.result_row)
        self.url = QLineEdit(self.result_row, objectName="url")
        self.url.setReadOnly(True)
        self.copy_button = QPushButton(self.result_row, objectName="copy")
        self.copy_button.clicked.connect(self.copy_url)
        self.open_button = QPushButton(self.result_row, objectName="openInBrowser")
        self.open_button.clicked.connect(self.open_url)
        row = QHBoxLayout(self.result_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.url_label)
        row.addWidget(self.url, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        self.result_row.hide()
        return self.result_row

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.password_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.password_button.clicked.connect(self.ask_password_then_publish)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self.cancel_publish)
        self.cancel_button.hide()
        self.replace_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.replace_button.setObjectName("replace")
        self.replace_button.clicked.connect(self.replace_and_publish)
        self.replace_button.hide()
        self.publish_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _load_targets(self) -> None:
        """Each ``[targets.NAME]`` of the window's site profile, checked once here."""
        for name in target_names(self.site):
            try:
                self.targets[name] = load_target(self.site, name)
            except PublishError as exc:
                self.targets[name] = exc
            self.target_box.addItem(name, name)

    # ----------------------------------------------------------------- state
    @property
    def running(self) -> bool:
        return self.task is not None

    def current_target(self) -> Target | PublishError | None:
        return self.targets.get(self.target_box.currentData())

    def _target_changed(self, _index: int = 0) -> None:
        """Another target: what the last run said was about the previous one."""
        self._typed = None  # a password belongs to the target it was typed for
        self.outcome, self.error = None, None
        self.result_row.hide()
        self.progress.setValue(0)
        self._set_status(lambda: "")
        self._show_target()
        self._update_buttons()

    def _update_buttons(self) -> None:
        target = self.current_target()
        usable = isinstance(target, Target)
        self.publish_button.setEnabled(usable and not self.running)
        self.target_box.setEnabled(not self.running)
        self.password_button.setVisible(usable and target_account(target) is not None)
        self.password_button.setEnabled(not self.running)
        self.cancel_button.setVisible(self.running)
        self.replace_button.setVisible(isinstance(self.error, UrlTaken) and not self.running)
        self.close_button.setVisible(not self.running)
        self.publish_button.setText(self.tr("Publish Again") if self.outcome else self.tr("Publish"))

    def _set_status(self, text: Text, state: str = "", fingerprints: Text | None = None) -> None:
        self._status, self._state_icon = text, state
        self._fingerprints = fingerprints or (lambda: "")
        self._render_status()

    def _render_status(self) -> None:
        self.status.setText(self._status())
        if self._state_icon:
            self.state_icon.setPixmap(icon(self._state_icon).pixmap(ICON_SIZE, ICON_SIZE))
        else:
            self.state_icon.clear()
        lines = self._fingerprints()
        self.fingerprint.setText(lines)
        self.fingerprint.setVisible(bool(lines))
        self._fit()

    def _fit(self) -> None:
        """Grow to show every line of a long message (word-wrapped labels never ask to)."""
        if not self._sized:
            return
        # Pending layout requests first: a button whose text just grew ("Publish Again")
        # lives in the button box's own layout, which the dialog's activate() leaves alone.
        QCoreApplication.sendPostedEvents(self.buttons, QEvent.Type.LayoutRequest)
        self.layout().activate()
        need = self.heightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            self._sized = True
            width = max(WIDTH, self.minimumSizeHint().width())
            self.resize(width, max(self.heightForWidth(width), self.minimumSizeHint().height()))
        super().showEvent(event)

    # ----------------------------------------------------------------- running
    def start(self, *, replace: bool = False) -> None:
        """Publish the draft as it is now; the journalist's later edits are not included.
        ``replace``: the journalist chose to replace another article at the same address."""
        target = self.current_target()
        if self.running or not isinstance(target, Target):
            return
        self.draft.article.ensure_id()  # the copy and the window's draft: one article
        snapshot = draft_copy(self.draft)
        request = PublishRequest(snapshot, self.site, target.name, self._typed, replace)
        self._typed = None
        self.job = PublishJob(request, self.answer_question)
        self.outcome, self.error, self.recorded = None, None, ""
        self.result_row.hide()
        self.progress.setRange(0, 0)
        self._set_status(lambda: self.tr("Preparing the article…"))
        # owner: once the dialog is gone (its window closed), no callback reaches it
        self.task = run_task(self.job.run, self._done, self._failed,
                             on_progress=self._progress, owner=self)
        cancel = self.job.cancel
        self.destroyed.connect(lambda *_: cancel.set())  # never leave a worker waiting
        self._update_buttons()

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.job is not None and self.job.cancel.is_set():
            return  # keep saying "cancelling"
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if message:
            self._set_status(lambda: message)

    def cancel_publish(self) -> None:
        if self.job is None or not self.running:
            return
        self.job.cancel.set()
        self.cancel_button.setEnabled(False)
        self._set_status(lambda: self.tr("Cancelling… The site keeps the version it has now."))

    def _finish_run(self) -> None:
        self.task = None
        self.cancel_button.setEnabled(True)
        if self.question is not None:
            self.question.reject()
        self._update_buttons()

    def replace_and_publish(self) -> None:
        """Replace…: after ``UrlTaken``, publish over the other article on purpose."""
        if isinstance(self.error, UrlTaken):
            self.start(replace=True)

    def _done(self, outcome: DraftPublished) -> None:
        self.outcome = outcome
        self._finish_run()
        self.progress.setRange(0, STEPS)
        self.progress.setValue(STEPS)
        self.recorded = record_publication(self.session, self.draft, outcome, self.save)
        self.url.setText(outcome.result.url)
        self.url.setCursorPosition(0)
        self.copy_button.setText(self.tr("Copy"))
        self.result_row.show()
        recorded, draft = self.recorded, self.draft
        self._set_status(lambda: success_text(outcome, self.site, recorded, draft), "ok")
        self.published.emit(outcome)

    def _failed(self, error: Exception) -> None:
        self.error = error
        self._finish_run()
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        # the journalist's own choice (cancel, no password, distrust) is a warning, not an error
        chose = isinstance(error, PublishCancelled) or (isinstance(error, HostKeyError)
                                                         and not error.changed)
        self._set_status(lambda: error_text(error), "warning" if chose else "error",
                         lambda: fingerprint_lines(error))
        self.failed.emit(error)

    # ----------------------------------------------------------------- questions
    def answer_question(self, question: Question) -> None:
        """On the UI thread, for the waiting worker: show the prompt, reply when closed."""
        if question.kind == "host_key":
            box = HostKeyQuestion(self, question.subject, question.fingerprint)
            box.finished.connect(lambda _result: question.reply(box.trusted()))
        else:
            box = PasswordDialog(self, question.subject)
            box.finished.connect(lambda result: question.reply(
                box.secret() if result == QDialog.DialogCode.Accepted else None))
        box.finished.connect(self._question_closed)
        self.question = box
        self._set_status(lambda: self.tr("Waiting for your answer…"))
        box.open()

    def _question_closed(self) -> None:
        self.question = None

    def ask_password_then_publish(self) -> None:
        """Password…: type a (new) password for this target and publish with it."""
        target = self.current_target()
        account = target_account(target) if isinstance(target, Target) else None
        if account is None or self.running:
            return
        dialog = PasswordDialog(self, account)
        self.question = dialog

        def typed(result: int) -> None:
            self.question = None
            if result == QDialog.DialogCode.Accepted:
                self._typed = dialog.secret()
                self.start()

        dialog.finished.connect(typed)
        dialog.open()

    # ----------------------------------------------------------------- result
    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.url.text())
        self.copy_button.setText(self.tr("Copied"))

    def open_url(self) -> None:
        if self.url.text():
            open_in_browser(self.url.text())

    # ----------------------------------------------------------------- closing
    def reject(self) -> None:
        """While publishing, Escape and Close cancel; the dialog stays to say how it ended."""
        if self.running:
            self.cancel_publish()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel_publish()
            event.ignore()
            return
        super().closeEvent(event)

    # ----------------------------------------------------------------- language
    def _show_target(self) -> None:
        target = self.current_target()
        if isinstance(target, PublishError):
            self.target_info.setText(target.message(current_language()))
        elif isinstance(target, Target):
            self.target_info.setText(describe_target(target))
        else:
            self.target_info.setText(self.tr(
                "The site profile “%1” names no publish target. Add a [targets.NAME] table to "
                "it (the sample profile shows how).").replace("%1", self.site.name))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Publish"))
        self.article_label.setText(self.tr("Article:"))
        headline = " ".join(self.draft.article.headline.split())
        self.article.setText(headline or self.tr("(no headline)"))
        self.site_label.setText(self.tr("Site:"))
        self.site_name.setText(self.site.name)
        self.target_label.setText(self.tr("Target:"))
        self.url_label.setText(self.tr("Address:"))
        self.copy_button.setText(self.tr("Copy"))
        self.open_button.setText(self.tr("Open in Browser"))
        self.password_button.setText(self.tr("Password…"))
        self.password_button.setToolTip(self.tr("Type the password for this target (for "
                                                "example after it was changed) and publish"))
        self.cancel_button.setText(self.tr("Cancel Publishing"))
        self.replace_button.setText(self.tr("Replace It"))
        self.replace_button.setToolTip(self.tr("Publish this article at that address in place "
                                               "of the other one"))
        self._show_target()
        self._update_buttons()
        self._render_status()

