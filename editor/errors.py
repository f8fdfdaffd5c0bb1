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


OS_ERRORS = {
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
    errno.EIO: ("galat baca-tulis pada disk", "an input/output error on the disk"),
    errno.EFBIG: ("berkas terlalu besar untuk disk ini", "the file is too large for this disk"),
    errno.EMFILE: ("terlalu banyak berkas terbuka", "too many files are open"),
    errno.EBUSY: ("sedang dipakai program lain", "it is in use by another program"),
}
NETWORK_ERRORS = {
    "refused": ("server menolak sambungan (tidak ada layanan di alamat itu)",
                "the server refused the connection (nothing answers at that address)"),
    "dns": ("nama server tidak ditemukan (periksa alamatnya dan sambungan internet)",
            "the server's name was not found (check the address and the internet connection)"),
    "unreachable": ("jaringan tidak terjangkau (periksa sambungan internet)",
                    "the network is unreachable (check the internet connection)"),
    "certificate": ("sertifikat keamanan server tidak dipercaya",
                    "the server's security certificate is not trusted"),
    "tls": ("sambungan aman (TLS) dengan server gagal",
            "the secure (TLS) connection to the server failed"),
    "timeout": ("server tidak menjawab tepat waktu", "the server did not answer in time"),
    "dropped": ("sambungan terputus di tengah jalan", "the connection dropped midway"),
    "redirects": ("terlalu banyak pengalihan (redirect)", "too many redirects"),
    "address": ("alamatnya tidak sah", "the address is not valid"),
    None: ("server tidak dapat dihubungi", "the server cannot be reached"),
}
DATABASE_ERRORS = {  # by sqlite3's primary result code (``sqlite_errorname``)
    "SQLITE_NOTADB": ("berkasnya bukan basis data", "the file is not a database"),
    "SQLITE_CORRUPT": ("basis datanya rusak", "the database is damaged"),
    "SQLITE_BUSY": ("basis datanya sedang dipakai program lain",
                    "the database is in use by another program"),
    "SQLITE_LOCKED": ("basis datanya sedang dikunci", "the database is locked"),
    "SQLITE_FULL": ("disk penuh", "the disk is full"),
    "SQLITE_IOERR": ("galat baca-tulis pada disk", "an input/output error on the disk"),
    "SQLITE_CANTOPEN": ("berkas basis data tidak bisa dibuka", "the database file cannot be opened"),
    "SQLITE_READONLY": ("basis datanya hanya-baca", "the database is read-only"),
    "SQLITE_PERM": ("tidak ada izin", "permission denied"),
}
_NETWORK_ERRNOS = {errno.ECONNREFUSED: "refused", errno.ETIMEDOUT: "timeout",
                   errno.ECONNRESET: "dropped", errno.ECONNABORTED: "dropped",
                   errno.EPIPE: "dropped", errno.ENETUNREACH: "unreachable",
                   errno.EHOSTUNREACH: "unreachable"}
_NETWORK_NAMES = (("gaierror", "dns"), ("SSLCertVerificationError", "certificate"),
                  ("SSLError", "tls"), ("Timeout", "timeout"), ("TooManyRedirects", "redirects"),
                  ("RemoteProtocolError", "dropped"), ("ReadError", "dropped"),
                  ("InvalidURL", "address"), ("UnsupportedProtocol", "address"))


def describe_os_error(exc: OSError, named: object = None) -> tuple[str, str]:
    """What went wrong with a file, as a journalist would say it (Indonesian, English);
    the file is named unless it is ``named`` already (the message's path) or our temporary.
    An error no table knows is named by its code in Indonesian, never quoted in English."""
    if exc.errno in _NETWORK_ERRNOS:
        return NETWORK_ERRORS[_NETWORK_ERRNOS[exc.errno]]
    text_id, text_en = OS_ERRORS.get(exc.errno) or (
        f"galat sistem {errno.errorcode.get(exc.errno or 0, exc.errno or '')}".strip(),
        exc.strerror or str(exc))
    if exc.filename and str(exc.filename) != str(named) and not str(exc.filename).endswith(".tmp"):
        return f"{text_id} ({exc.filename})", f"{text_en} ({exc.filename})"
    return text_id, text_en


def describe_network_error(exc: BaseException) -> tuple[str, str]:
    """Why a server could not be reached or did not answer whole (Indonesian, English)."""
    return NETWORK_ERRORS[_network_kind(exc)]


def _network_kind(exc: BaseException) -> str | None:
    """Read from the exception and its causes (httpx wraps the socket's own error), by
    class name and error number, so no HTTP client or ``ssl`` is imported for it."""
    seen: BaseException | None = exc
    for _depth in range(8):
        if seen is None:
            return None
        if isinstance(seen, OSError) and seen.errno in _NETWORK_ERRNOS:
            return _NETWORK_ERRNOS[seen.errno]
        names = [cls.__name__ for cls in type(seen).__mro__]
        for part, kind in _NETWORK_NAMES:
            if any(part in name for name in names):
                return kind
        seen = seen.__cause__ or seen.__context__
    return None


def describe_error(exc: BaseException) -> tuple[str, str]:
    """Any error as (Indonesian, English): ours carry both; a network, file or database
    error is described; anything else (a bug) is named by its type, its text only in
    English."""
    if isinstance(exc, RedaksiError):
        return exc.message("id"), exc.message("en")
    kind = _network_kind(exc)
    if kind is not None or type(exc).__module__.split(".")[0] in ("httpx", "httpcore"):
        return NETWORK_ERRORS[kind]
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    database = str(getattr(exc, "sqlite_errorname", "")).split("_")[:2]  # SQLITE_IOERR_READ
    if database[0] == "SQLITE":
        return DATABASE_ERRORS.get("_".join(database), ("galat basis data", "a database error"))
    name = type(exc).__name__
    return f"galat tak terduga ({name})", f"unexpected error ({name}: {exc})"


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
