"""The two questions publishing may ask (trust an unknown server key? the password?)
and the short texts the publish dialog shows about targets and server keys.

Both are opened with ``open()`` over the publish dialog while its worker waits
for the answer (see ``editor.gui.publish.job``). The safe answer is the default:
Enter or Escape on the host-key question does not trust the server.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from editor.errors import RedaksiError
from editor.gui.i18n import Retranslates, current_language
from editor.model.draft import Draft
from editor.publish.drafts import DraftPublished, PasswordNotGiven, Secret
from editor.publish.failures import AuthFailed, HostKeyError, PublishCancelled, UrlTaken
from editor.publish.targets import Target
from editor.site import SiteProfile

ROLE = QMessageBox.ButtonRole
translate = QCoreApplication.translate


def mono_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def account_parts(account: str) -> tuple[str, str]:
    """A keyring account name (``sftp:user@host:port``, ``sftp-key:/path``) as (kind, who)."""
    kind, _, who = account.partition(":")
    return kind, who


def describe_target(target: Target) -> str:
    """Kind and address on one line, where readers will find the article on the next."""
    options = target.options
    if target.kind == "sftp":
        root = str(options.get("root", "") or "")
        address = f"{options.get('user', '')}@{options.get('host', '')}:" \
                  f"{options.get('port', 22)}{(' ' + root) if root else ''}"
        kind = translate("PublishDialog", "SFTP server")
    elif target.kind == "webdav":
        address, kind = str(options.get("url", "")), translate("PublishDialog", "WebDAV server")
    else:
        address = str(Path(str(options.get("path", ""))).expanduser())
        kind = translate("PublishDialog", "Folder")
    readers = translate("PublishDialog", "Readers find it at %1")
    return f"{kind} · {address}\n" + readers.replace("%1", target.public_base_url)


def success_text(outcome: DraftPublished, site: SiteProfile, recorded: str, draft: Draft) -> str:
    """Where and when, and whether the draft noted it (see ``record_publication``)."""
    result = outcome.result
    local = site.local(result.at)
    text = translate("PublishDialog", "Published to “%1” at %2.").replace(
        "%1", result.target).replace("%2", f"{local:%H:%M} {site.zone_abbreviation}")
    if recorded == "saved":
        note = translate("PublishDialog", "The draft is saved with the record.")
    elif recorded == "session":
        note = translate("PublishDialog", "The draft records it: save the draft to keep the "
                                          "record.")
    elif recorded == "kept":
        note = translate("PublishDialog", "The draft could not be saved now; the record is "
                                          "kept and goes into the draft when you save it.")
    elif recorded == "file":
        note = translate("PublishDialog", "It is recorded in %1.").replace(
            "%1", Path(draft.path).name if draft.path else "")
    else:
        note = translate("PublishDialog", "The draft could not record it; note the address "
                                          "below.")
    said = outcome.archive_warning or ""  # a whole sentence but for its capital
    warning = f" {said[:1].upper()}{said[1:]}" if said else ""
    return f"{text} {note}{warning}"


def error_text(error: Exception) -> str:
    """The whole message, in the current language; stops the journalist chose say so."""
    if isinstance(error, PasswordNotGiven):
        return translate("PublishDialog", "Publishing stopped: no password was given. Nothing "
                                          "was published.")
    if isinstance(error, HostKeyError) and not error.changed:
        return translate("PublishDialog", "Publishing stopped: the server %1 was not trusted. "
                                          "Nothing was published.").replace("%1", error.host)
    if isinstance(error, PublishCancelled):
        return error.message(current_language())
    if isinstance(error, UrlTaken):  # the core's text names the command line's flags
        text = translate("PublishDialog", "Publishing stopped: the address %1 is already live for "
                                          "another article, “%2”. Nothing was replaced. Give "
                                          "this article another slug, or replace that one.")
        return _fill(text, error.url, error.headline)
    if isinstance(error, AuthFailed):  # the core's text names the command line's way
        return translate("PublishDialog", "Publishing failed: the server rejected the password "
                                          "or key for %1. Nothing was published. Check the user "
                                          "name in the site profile, then type the password "
                                          "again with the Password… button.").replace(
                                              "%1", error.who)
    if isinstance(error, RedaksiError):
        return translate("PublishDialog", "Publishing failed: %1").replace(
            "%1", error.message(current_language()))
    return translate("PublishDialog", "Publishing failed unexpectedly: %1").replace(
        "%1", f"{type(error).__name__}: {error}")


def _fill(text: str, *values: str) -> str:
    """Qt's ``%1``, ``%2`` in one pass, so a value holding ``%2`` (a URL) is left alone."""
    return re.sub(r"%(\d)", lambda found: values[int(found.group(1)) - 1], text)


def fingerprint_lines(error: Exception) -> str:
    """The key fingerprint(s) of a host-key error, for a monospaced label; "" otherwise."""
    if not isinstance(error, HostKeyError):
        return ""
    if error.changed:
        rows = [(translate("PublishDialog", "New key:"), error.fingerprint),
                (translate("PublishDialog", "Previous key:"), str(error.previous))]
    else:
        rows = [(translate("PublishDialog", "Key fingerprint:"), error.fingerprint)]
    width = max(len(label) for label, _ in rows)  # a monospaced font: pad to line up
    return "\n".join(f"{label.ljust(width)}  {value}" for label, value in rows)


class HostKeyQuestion(Retranslates, QMessageBox):
    """"The server is not known yet: trust this fingerprint?" — no, unless the journalist says so."""

    def __init__(self, parent: QWidget | None, host: str, fingerprint: str) -> None:
        super().__init__(parent)
        self.setObjectName("hostKeyQuestion")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(QMessageBox.Icon.Question)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.host, self.fingerprint = host, fingerprint
        self.trust_button = self.addButton("", ROLE.AcceptRole)
        self.refuse_button = self.addButton("", ROLE.RejectRole)
        self.setDefaultButton(self.refuse_button)
        self.setEscapeButton(self.refuse_button)
        self.retranslate_ui()

    def trusted(self) -> bool:
        return self.clickedButton() is self.trust_button

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Unknown server"))
        self.setText(self.tr("The server %1 is not known yet.")
                     .replace("%1", f"<b>{html.escape(self.host)}</b>"))
        family = html.escape(mono_font().family())
        self.setInformativeText(
            "<p>" + html.escape(self.tr("Its key fingerprint is:")) + "</p>"
            f"<p style=\"font-family: '{family}'\">{html.escape(self.fingerprint)}</p><p>"
            + html.escape(self.tr("Compare it with the fingerprint from your server "
                                  "administrator. Trust this server only if they match."))
            + "</p>")
        self.trust_button.setText(self.tr("Trust and Publish"))
        self.refuse_button.setText(self.tr("Do Not Trust"))


class PasswordDialog(Retranslates, QDialog):
    """The password (or key passphrase) for one target, with "remember in the keyring"."""

    def __init__(self, parent: QWidget | None, account: str) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kind, self.who = account_parts(account)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password = QLineEdit(self, objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self, objectName="remember")
        self.remember.setChecked(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a side remark
        self.field_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.field_label, self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate_ui()

    def secret(self) -> Secret:
        return Secret(self.password.text(), self.remember.isChecked())

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.password.clear()

    def retranslate_ui(self) -> None:
        passphrase = self.kind == "sftp-key"
        self.setWindowTitle(self.tr("Passphrase") if passphrase else self.tr("Password"))
        who = self.who.removesuffix(" (passphrase)")
        self.intro.setText(
            self.tr("The key %1 is locked with a passphrase.").replace("%1", who) if passphrase
            else self.tr("The server asks for the password of %1.").replace("%1", who))
        self.field_label.setText(self.tr("Passphrase:") if passphrase else self.tr("Password:"))
        self.remember.setText(self.tr("Remember in the system keyring"))
        self.note.setText(self.tr("Redaksi keeps passwords only in the system keyring, never "
                                  "in its settings or files."))
        self.ok_button.setText(self.tr("Publish"))
