"""Publishing over WebDAV/HTTP (httpx): MKCOL, PUT, COPY, MOVE, DELETE, basic auth, TLS verified.

Target fields: ``url`` (the WebDAV folder that is the site root), ``user``
(omit for no login), ``verify_tls`` (true, or the path of a CA bundle for a
private certificate authority; never switched off silently). The password
comes from the keyring account ``webdav:user@host:port``.

A version becomes live with a server-side COPY to a temporary name and one
``MOVE ... Overwrite: T`` onto the article's folder, so the swap is a single
request. Site files are written with ``If-Match``/``If-None-Match`` so a
server that honours them refuses a stale write (nginx ignores them; the site
lock covers that case).
"""

from __future__ import annotations

import contextlib
import posixpath
import secrets
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit

import httpx
from lxml import etree

from editor.publish import failures
from editor.publish import secrets as keyring_secrets
from editor.publish.localfiles import CHUNK
from editor.publish.transport import (
    AlreadyExists,
    OnChunk,
    PreconditionFailed,
    Transport,
    Versioned,
)

if TYPE_CHECKING:
    from editor.publish.targets import Target

DAV = "{DAV:}"


class WebdavTransport(Transport):
    def __init__(self, client: httpx.Client, base_url: str) -> None:
        self.client = client
        self.base = base_url.rstrip("/") + "/"
        parts = urlsplit(self.base)
        self.label = parts.netloc
        self._base_path = parts.path
        self._dirs: set[str] = set()

    def url(self, path: str, *, folder: bool = False) -> str:
        text = quote(path.strip("/"), safe="/")
        return self.base + text + ("/" if folder and text else "")

    def request(self, method: str, path: str, *, folder: bool = False, strict: bool = True,
                **kwargs: object) -> httpx.Response:
        """One request; network, TLS and auth failures become PublishErrors.

        ``strict`` False lets a 403 through: nginx answers 403 for a folder it
        will not list, which says nothing about our permissions.
        """
        try:
            response = self.client.request(method, self.url(path, folder=folder), **kwargs)
        except httpx.ConnectError as exc:
            if "CERTIFICATE" in str(exc).upper() or "SSL" in str(exc).upper():
                raise failures.tls_failed(self.label, exc) from exc
            raise failures.cannot_connect(self.label, exc) from exc
        except httpx.TransportError as exc:
            raise failures.connection_lost(self.label, exc) from exc
        _check_status(response, self.label, f"{method} {path}", strict)
        return response

    def close(self) -> None:
        with contextlib.suppress(Exception):  # never hide the error that got us here
            self.client.close()

    def size(self, path: str) -> int | None:
        response = self.request("HEAD", path)
        if response.status_code == 404:
            return None
        _expect(response, self.label, f"HEAD {path}", 200)
        length = response.headers.get("content-length")
        return int(length) if length is not None else None

    def exists(self, path: str) -> bool:
        return self.request("HEAD", path, strict=False).status_code != 404

    def makedirs(self, path: str) -> None:
        path = posixpath.normpath(path).strip("/")
        if path in self._dirs or path in ("", "."):
            return
        parent = posixpath.dirname(path)
        if parent:
            self.makedirs(parent)
        response = self.request("MKCOL", path, folder=True)
        # 405: it exists already; some servers answer 301/409 for an existing folder
        if response.status_code not in (200, 201, 204, 301, 405):
            _expect(response, self.label, f"MKCOL {path}", 201)
        self._dirs.add(path)

    def upload(self, local: Path, path: str, on_chunk: OnChunk) -> None:
        self.makedirs(posixpath.dirname(path))
        size = local.stat().st_size
        response = self.request("PUT", path, content=_chunks(local, on_chunk),
                                headers={"Content-Length": str(size)})
        _expect(response, self.label, f"PUT {path}", 200, 201, 204)

    def read(self, path: str) -> Versioned | None:
        response = self.request("GET", path)
        if response.status_code == 404:
            return None
        _expect(response, self.label, f"GET {path}", 200)
        return Versioned(response.content, response.headers.get("etag"))

    def write(self, path: str, data: bytes, *, if_match: str | None = None,
              if_absent: bool = False) -> None:
        """PUT guarded by the ETag that was read (or by ``If-None-Match: *`` for a new file)."""
        self.makedirs(posixpath.dirname(path))
        headers = {"If-Match": if_match} if if_match else {}
        if if_absent:
            headers["If-None-Match"] = "*"
        response = self.request("PUT", path, content=data, headers=headers)
        if response.status_code == 412:
            raise PreconditionFailed(path)
        _expect(response, self.label, f"PUT {path}", 200, 201, 204)

    def _move(self, src: str, dst: str, *, overwrite: bool, method: str = "MOVE") -> int:
        headers = {"Destination": self.url(dst, folder=True), "Overwrite": "T" if overwrite else "F"}
        if method == "COPY":
            headers["Depth"] = "infinity"
        response = self.request(method, src, folder=True, headers=headers)
        if response.status_code == 412 and not overwrite:
            raise AlreadyExists(dst)
        _expect(response, self.label, f"{method} {src}", 201, 204)
        self._forget(dst)
        if method == "MOVE":
            self._forget(src)
        return response.status_code

    def rename(self, src: str, dst: str) -> None:
        self.makedirs(posixpath.dirname(dst))
        self._move(src, dst, overwrite=False)

    def remove(self, path: str) -> None:
        response = self.request("DELETE", path)
        if response.status_code == 409:  # a folder addressed without its slash (nginx)
            return self.remove_tree(path)
        if response.status_code != 404:
            _expect(response, self.label, f"DELETE {path}", 200, 204)

    def remove_tree(self, path: str) -> None:
        response = self.request("DELETE", path, folder=True)
        if response.status_code != 404:
            _expect(response, self.label, f"DELETE {path}", 200, 204)
        self._forget(path)

    def list_dir(self, path: str) -> list[str] | None:
        """PROPFIND Depth 1 where the server has it (wsgidav, Apache); None on nginx."""
        response = self.request("PROPFIND", path, folder=True, headers={"Depth": "1"})
        if response.status_code == 404:
            return []
        if response.status_code in (400, 405, 501):
            return None
        _expect(response, self.label, f"PROPFIND {path}", 207)
        return _child_names(response.content, self.url(path, folder=True))

    def make_dir_exclusive(self, path: str) -> bool:
        self.makedirs(posixpath.dirname(path))
        response = self.request("MKCOL", path, folder=True)
        if response.status_code in (301, 405):
            return False
        _expect(response, self.label, f"MKCOL {path}", 201)
        return True

    def activate(self, release: str, live: str, trash: str) -> None:
        """COPY the release to a temporary name, then one MOVE with Overwrite onto ``live``."""
        self.makedirs(posixpath.dirname(live))
        self.makedirs(trash)
        temp = posixpath.join(trash, f"live-{secrets.token_hex(6)}")
        self._move(release, temp, overwrite=True, method="COPY")
        try:
            self._move(temp, live, overwrite=True)
        except BaseException:
            self.remove_tree(temp)
            raise

    def deactivate(self, live: str) -> None:
        self.remove_tree(live)

    def _forget(self, path: str) -> None:
        path = path.strip("/")
        self._dirs = {d for d in self._dirs if d != path and not d.startswith(path + "/")}


def _chunks(local: Path, on_chunk: OnChunk) -> Iterator[bytes]:
    with local.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk
            on_chunk(len(chunk))


def _check_status(response: httpx.Response, label: str, what: str, strict: bool) -> None:
    """Statuses that mean the same whatever the request: login, permission, overload."""
    status = response.status_code
    if status == 401:
        raise failures.auth_failed(label)
    if status == 403 and strict:
        raise failures.refused(label, what, "403 Forbidden")
    if status == 507:
        raise failures.refused(label, what, "507 Insufficient Storage")
    if status in (423, 429) or 500 <= status < 600:
        raise failures.server_busy(label, f"{status} {response.reason_phrase}")


def _expect(response: httpx.Response, label: str, what: str, *ok: int) -> None:
    if response.status_code not in ok:
        raise failures.refused(label, what, f"{response.status_code} {response.reason_phrase}")


def _child_names(body: bytes, folder_url: str) -> list[str]:
    folder_path = unquote(urlsplit(folder_url).path).rstrip("/")
    names = []
    for href in etree.fromstring(body).iter(f"{DAV}href"):
        path = unquote(urlsplit(href.text or "").path).rstrip("/")
        if path != folder_path and posixpath.dirname(path) == folder_path:
            names.append(posixpath.basename(path))
    return sorted(names)


def open_webdav(target: Target) -> WebdavTransport:
    """Open a client and check the login once, before anything is written."""
    url = target.text("url")
    if not url.startswith(("http://", "https://")):
        raise failures.bad_target(target.name, "url harus diawali http:// atau https://.",
                                  "url must start with http:// or https://.")
    auth = _auth(target, url)
    verify = _verify(target)
    # identity: a HEAD's Content-Length must be the stored size, not a gzipped one
    headers = {"User-Agent": "Redaksi", "Accept-Encoding": "identity"}
    client = httpx.Client(auth=auth, verify=verify, timeout=target.timeout,
                          follow_redirects=False, headers=headers)
    transport = WebdavTransport(client, url)
    try:
        transport.request("OPTIONS", "", folder=True, strict=False)  # a wrong password stops here
    except BaseException:
        client.close()
        raise
    return transport


def _verify(target: Target) -> ssl.SSLContext | bool:
    """True, or a context trusting a CA bundle; switching verification off is refused."""
    value = target.options.get("verify_tls", True)
    if isinstance(value, str):
        try:
            return ssl.create_default_context(cafile=str(Path(value).expanduser()))
        except (OSError, ssl.SSLError) as exc:
            raise failures.bad_target(target.name, f"berkas CA tidak terbaca: {exc}",
                                      f"cannot read the CA file: {exc}") from exc
    if value is not True:
        raise failures.bad_target(
            target.name,
            "verify_tls tidak boleh dimatikan; beri jalur berkas CA untuk sertifikat sendiri.",
            "verify_tls cannot be turned off; give a CA file path for a private certificate.",
        )
    return True


def _auth(target: Target, url: str) -> httpx.BasicAuth | None:
    user = target.options.get("user")
    if not user:
        return None
    name = keyring_secrets.target_account(target)
    password = keyring_secrets.get_secret(name) if name else None
    if password is None:
        raise failures.no_password(f"{user} @ {urlsplit(url).netloc}")
    return httpx.BasicAuth(str(user), password)
