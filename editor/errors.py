"""Typed errors that carry a user-facing message in Indonesian and English.

The core raises them; the CLI prints them with a non-zero exit code and the GUI
shows them in a dialog. Neither has to parse an exception's text.
"""

from __future__ import annotations

import errno
import os


def ui_language() -> str:
    """The language for user-facing core messages: ``REDAKSI_LANG`` or Indonesian."""
    lang = os.environ.get("REDAKSI_LANG", "id").lower()
    return "en" if lang.startswith("en") else "id"


def say(text_id: str, text_en: str, lang: str | None = None) -> str:
    """One of two texts, in ``lang`` or else the user's language (``ui_language()``)."""
    return text_en if (lang or ui_language()) == "en" else text_id


class Bilingual:
    """Mixed into a value that carries a message in both languages (``message_id`` and
    ``message_en``), so every such value says it the same way and with the same default."""

    __slots__ = ()
    message_id: str
    message_en: str

    def message(self, lang: str | None = None) -> str:
        return say(self.message_id, self.message_en, lang)


def describe_os_error(exc: OSError, named: object = None) -> tuple[str, str]:
    """What went wrong with a file, as a journalist would say it (Indonesian, English);
    the file is named unless it is ``named`` already (the message's path) or our temporary."""
    known = {
        errno.ENOSPC: ("disk penuh", "the disk is full"),
        errno.EDQUOT: ("kuota disk habis", "the disk quota is used up"),
        errno.EROFS: ("folder ini hanya-baca", "this folder is read-only"),
        errno.EACCES: ("tidak ada izin", "permission denied"),
        errno.EPERM: ("tidak ada izin", "permission denied"),
        errno.ENOENT: ("berkas atau folder tidak ada", "no such file or folder"),
        errno.ENOTDIR: ("bagian jalurnya bukan folder", "part of the path is not a folder"),
        errno.EISDIR: ("ini folder, bukan berkas", "this is a folder, not a file"),
        errno.EEXIST: ("sudah ada berkas dengan nama ini", "a file of this name exists"),
        errno.ENAMETOOLONG: ("nama berkas terlalu panjang", "the file name is too long"),
    }
    text_id, text_en = known.get(exc.errno, (exc.strerror or str(exc), exc.strerror or str(exc)))
    if exc.filename and str(exc.filename) != str(named) and not str(exc.filename).endswith(".tmp"):
        return f"{text_id} ({exc.filename})", f"{text_en} ({exc.filename})"
    return text_id, text_en


class RedaksiError(Exception):
    """Base of every error a user may see; ``message_id``/``message_en`` are whole sentences."""

    def __init__(self, message_id: str, message_en: str, *, path: str | None = None) -> None:
        self.message_id = message_id
        self.message_en = message_en
        self.path = path
        super().__init__(message_en)

    def __reduce__(self):
        """Picklable whole, so errors cross a batch export's process boundary intact:
        rebuilt without ``__init__`` (subclasses take other arguments, e.g. a host key's
        fingerprint), then every attribute restored."""
        return (_rebuild, (type(self), self.args), self.__dict__)

    def message(self, lang: str | None = None) -> str:
        text = say(self.message_id, self.message_en, lang)
        return f"{self.path}: {text}" if self.path else text

    def __str__(self) -> str:
        return self.message()


def _rebuild(cls: type[Exception], args: tuple) -> Exception:
    error = cls.__new__(cls)
    error.args = args
    return error


class DraftError(RedaksiError):
    """A draft file could not be read or written."""


class ImportError_(RedaksiError):
    """A source file (Markdown, pasted HTML, ...) could not be turned into an article."""


class SiteProfileError(RedaksiError):
    """A site profile is missing, unreadable or inconsistent."""


class ExportError(RedaksiError):
    """An article could not be exported."""


class MediaError(RedaksiError):
    """An image could not be read or processed."""


class PublishError(RedaksiError):
    """Publishing to a target failed."""
