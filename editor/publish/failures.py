"""Every way publishing can fail, as ``PublishError``s with whole sentences in both languages.

Transports translate protocol exceptions (paramiko, httpx, OSError) into these,
so the engine, CLI and GUI only ever see one error type. ``TransientError``
marks failures worth retrying with backoff (a dropped connection, a busy
server); everything else (wrong password, refused host key) stops at once.
"""

from __future__ import annotations

from editor.errors import PublishError, describe_error

Detail = str | tuple[str, str] | BaseException


def _both(detail: Detail) -> tuple[str, str]:
    """A failure's detail in (Indonesian, English). An exception is described, so no
    English text of the OS or a library lands in an Indonesian sentence; a protocol's own
    words ("403 Forbidden") read the same in both."""
    if isinstance(detail, BaseException):
        return describe_error(detail)
    if isinstance(detail, tuple):
        return detail
    return detail, detail


class TransientError(PublishError):
    """A failure that may go away by itself; the engine reconnects and retries."""


class PublishCancelled(PublishError):
    """The user pressed cancel; the live site is unchanged."""


class PasswordNotGiven(PublishCancelled):
    """The user closed the password prompt; nothing was published."""


class SecretMissing(PublishError):
    """No password or key passphrase for the target is in the keyring; a GUI can ask for one."""


class AuthFailed(PublishError):
    """The server refused the password or key; ``who`` names the account (a GUI asks again)."""

    def __init__(self, message_id: str, message_en: str, *, who: str) -> None:
        super().__init__(message_id, message_en)
        self.who = who


class HostKeyError(PublishError):
    """The SFTP server's key is unknown or changed; carries the SHA256 fingerprint to show."""

    def __init__(self, message_id: str, message_en: str, *, host: str, fingerprint: str,
                 previous: str | None = None) -> None:
        super().__init__(message_id, message_en)
        self.host = host
        self.fingerprint = fingerprint
        self.previous = previous

    @property
    def changed(self) -> bool:
        return self.previous is not None


class UrlTaken(PublishError):
    """The article's address is live for a different article; nothing was replaced.

    Carries the live article's headline and URL so a GUI can offer its own way out
    (a new slug, or replacing it on purpose)."""

    def __init__(self, message_id: str, message_en: str, *, url: str, headline: str,
                 slug: str) -> None:
        super().__init__(message_id, message_en)
        self.url = url
        self.headline = headline
        self.slug = slug


def url_taken(url: str, headline: str, published: str, slug: str) -> UrlTaken:
    other = f"{slug}-2"
    return UrlTaken(
        f"Alamat {url} sudah dipakai artikel lain: “{headline}” (terbit {published}). "
        f"Tidak ada yang diganti. Beri draf ini slug lain (misalnya --slug {other}), atau "
        "tambahkan --replace bila artikel itu memang harus diganti.",
        f"The address {url} is already live for another article: “{headline}” (published "
        f"{published}). Nothing was replaced. Give this draft another slug (for example "
        f"--slug {other}), or add --replace if that article really must be replaced.",
        url=url, headline=headline, slug=slug,
    )


def cancelled() -> PublishCancelled:
    return PublishCancelled(
        "Penerbitan dibatalkan. Situs tetap menayangkan versi sebelumnya.",
        "Publishing was cancelled. The site still serves the previous version.",
    )


def password_not_given() -> PasswordNotGiven:
    return PasswordNotGiven("Kata sandi tidak diisi; tidak ada yang diterbitkan.",
                            "No password was given; nothing was published.")


def connection_lost(host: str, detail: Detail) -> TransientError:
    detail_id, detail_en = _both(detail)
    return TransientError(
        f"Sambungan ke {host} terputus ({detail_id}). Situs tetap menayangkan versi sebelumnya; "
        "terbitkan lagi untuk menuntaskan, bagian yang sudah terunggah dipakai ulang.",
        f"The connection to {host} dropped ({detail_en}). The site still serves the previous "
        "version; publish again to finish, what was already uploaded is reused.",
    )


def cannot_connect(host: str, detail: Detail) -> TransientError:
    detail_id, detail_en = _both(detail)
    return TransientError(
        f"Tidak dapat tersambung ke {host} ({detail_id}). Periksa jaringan dan alamat server.",
        f"Cannot connect to {host} ({detail_en}). Check the network and the server address.",
    )


def server_busy(host: str, detail: Detail) -> TransientError:
    detail_id, detail_en = _both(detail)
    return TransientError(
        f"Server {host} sedang bermasalah ({detail_id}). Coba lagi sebentar lagi.",
        f"The server {host} is having trouble ({detail_en}). Try again in a moment.",
    )


def auth_failed(who: str) -> AuthFailed:
    return AuthFailed(
        f"Server menolak kata sandi atau kunci untuk {who}. Periksa nama pengguna dan "
        "kata sandinya, lalu simpan ulang kata sandinya (redaksi publish --save-password).",
        f"The server rejected the password or key for {who}. Check the user name and "
        "password, then store the password again (redaksi publish --save-password).",
        who=who,
    )


def host_key_unknown(host: str, fingerprint: str) -> HostKeyError:
    return HostKeyError(
        f"Server {host} belum dikenal. Sidik jari kuncinya {fingerprint}. Cocokkan dengan "
        "sidik jari dari pengelola server sebelum mempercayainya (--trust-host-key).",
        f"The server {host} is not known yet. Its key fingerprint is {fingerprint}. Compare "
        "it with the one from your server administrator before trusting it (--trust-host-key).",
        host=host, fingerprint=fingerprint,
    )


def host_key_changed(host: str, fingerprint: str, previous: str, known_hosts: str) -> HostKeyError:
    return HostKeyError(
        f"PERINGATAN: kunci server {host} berubah. Sidik jari baru {fingerprint}, sebelumnya "
        f"{previous}. Sambungan mungkin disadap, jadi penerbitan dihentikan. Bila pengelola "
        f"server memastikan kuncinya memang diganti, hapus baris {host} dari {known_hosts}.",
        f"WARNING: the key of server {host} has changed. New fingerprint {fingerprint}, "
        f"previously {previous}. Someone may be intercepting the connection, so publishing "
        f"stopped. If your server administrator confirms the key was replaced, remove the "
        f"{host} line from {known_hosts}.",
        host=host, fingerprint=fingerprint, previous=previous,
    )


def tls_failed(host: str, detail: Detail) -> PublishError:
    detail_id, detail_en = _both(detail)
    return PublishError(
        f"Sertifikat TLS {host} tidak dapat dipercaya ({detail_id}). Penerbitan dihentikan.",
        f"The TLS certificate of {host} cannot be trusted ({detail_en}). Publishing stopped.",
    )


def refused(host: str, what: str, detail: Detail) -> PublishError:
    detail_id, detail_en = _both(detail)
    return PublishError(
        f"Server {host} menolak {what} ({detail_id}). Periksa hak akses akun di server.",
        f"The server {host} refused {what} ({detail_en}). Check the account's permissions.",
    )


def no_password(who: str) -> SecretMissing:
    return SecretMissing(
        f"Kata sandi untuk {who} belum tersimpan di keyring sistem. Simpan dulu "
        "(redaksi publish --save-password).",
        f"No password for {who} is stored in the system keyring. Store it first "
        "(redaksi publish --save-password).",
    )


def no_keyring(detail: str) -> PublishError:
    return PublishError(
        f"Keyring sistem tidak tersedia ({detail}). Redaksi tidak pernah menyimpan kata sandi "
        "di berkas biasa; pasang atau buka kunci keyring sistem.",
        f"The system keyring is not available ({detail}). Redaksi never keeps passwords in a "
        "plain file; install or unlock the system keyring.",
    )


def bad_target(name: str, detail_id: str, detail_en: str) -> PublishError:
    return PublishError(
        f"Target terbit '{name}' di profil situs tidak sah: {detail_id}",
        f"The publish target '{name}' in the site profile is invalid: {detail_en}",
    )


def unknown_target(name: str, known: list[str]) -> PublishError:
    names = ", ".join(known) or "-"
    return PublishError(
        f"Target terbit '{name}' tidak ada di profil situs (yang ada: {names}).",
        f"There is no publish target '{name}' in the site profile (defined: {names}).",
    )


def bad_path(path: str) -> PublishError:
    return PublishError(
        f"Lokasi artikel tidak sah: '{path}'. Harus berupa jalur relatif tanpa '..'.",
        f"Invalid article location: '{path}'. It must be a relative path without '..'.",
    )


def local_missing(path: str) -> PublishError:
    return PublishError(
        f"Folder hasil ekspor tidak ditemukan atau kosong: {path}",
        f"The exported folder is missing or empty: {path}",
    )


def verify_failed(path: str, detail: str) -> TransientError:
    return TransientError(
        f"Berkas {path} di server tidak sama dengan aslinya ({detail}); akan diunggah ulang.",
        f"The file {path} on the server differs from the original ({detail}); it will be "
        "uploaded again.",
    )


def not_published(path: str) -> PublishError:
    return PublishError(
        f"Artikel '{path}' tidak sedang terbit di target ini.",
        f"The article '{path}' is not published on this target.",
    )


def not_listed(name: str) -> PublishError:
    return PublishError(
        f"'{name}' bukan artikel yang tercantum di indeks situs ini, jadi tidak ada yang "
        "diubah. Sebutkan slug artikel atau lokasinya persis (misalnya "
        "berita/2024/06/18/slug).",
        f"'{name}' is not an article listed in this site's index, so nothing was changed. "
        "Give the article's slug or its exact location (for example berita/2024/06/18/slug).",
    )


def no_earlier_version(path: str) -> PublishError:
    return PublishError(
        f"Tidak ada versi sebelumnya dari '{path}' untuk dikembalikan. Gunakan unpublish "
        "untuk menurunkan artikel.",
        f"There is no earlier version of '{path}' to go back to. Use unpublish to take the "
        "article down.",
    )


def site_busy(detail: str) -> TransientError:
    return TransientError(
        f"Indeks situs sedang diperbarui oleh penerbitan lain ({detail}). Coba lagi.",
        f"The site index is being updated by another publish ({detail}). Try again.",
    )


def corrupt_site_file(path: str, detail: str) -> PublishError:
    return PublishError(
        f"Berkas {path} di server rusak ({detail}). Perbaiki atau hapus berkas itu dulu; "
        "Redaksi tidak menimpanya agar arsip situs tidak hilang.",
        f"The file {path} on the server is damaged ({detail}). Repair or remove it first; "
        "Redaksi does not overwrite it so the site's archive is not lost.",
    )
