"""Publish targets as the site profile names them, and opening a connection to one.

``[targets.NAME]`` tables in the profile are read here. Common fields:
``kind`` ("folder", "sftp" or "webdav"), ``public_base_url`` (where readers
find the site; default the profile's ``base_url``), ``state_dir`` (default
``.redaksi``), ``keep_versions`` (5), ``retries`` (4), ``retry_delay`` (1.0 s),
``timeout`` (30 s), ``lock_ttl`` (30 s) and ``lock_wait`` (120 s). The fields
of each kind are read by its transport module. A password in the profile is
refused: secrets live in the system keyring only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from editor.publish import failures
from editor.publish.layout import Layout, normalize_state_dir
from editor.publish.transport import Transport
from editor.site import SiteProfile
from editor.site_keys import SECRET_KEYS

KINDS = ("folder", "sftp", "webdav")


@dataclass(frozen=True, slots=True)
class Target:
    """One ``[targets.NAME]`` table, checked and with defaults filled in."""

    name: str
    kind: str
    public_base_url: str
    layout: Layout
    keep_versions: int = 5
    retries: int = 4
    retry_delay: float = 1.0
    timeout: float = 30.0
    lock_ttl: float = 30.0
    lock_wait: float = 120.0
    options: dict[str, Any] = field(default_factory=dict)

    def text(self, key: str, default: str | None = None) -> str:
        value = self.options.get(key, default)
        if value is None or str(value).strip() == "":
            raise failures.bad_target(self.name, f"kolom '{key}' wajib diisi.",
                                      f"the field '{key}' is required.")
        return str(value).strip()

    def number(self, key: str, default: int) -> int:
        try:
            return int(self.options.get(key, default))
        except (TypeError, ValueError) as exc:
            raise failures.bad_target(self.name, f"'{key}' harus bilangan bulat.",
                                      f"'{key}' must be a whole number.") from exc


def target_names(site: SiteProfile) -> list[str]:
    return list(site.targets)


def load_target(site: SiteProfile, name: str | None = None) -> Target:
    """The named target (or the first one in the profile when ``name`` is None)."""
    names = target_names(site)
    if name is None and names:
        name = names[0]
    if name not in site.targets:
        raise failures.unknown_target(str(name), names)
    raw = dict(site.targets[name])
    _refuse_secrets(name, raw)
    kind = str(raw.get("kind", "folder")).lower()
    if kind not in KINDS:
        raise failures.bad_target(name, f"kind harus salah satu dari {', '.join(KINDS)}.",
                                  f"kind must be one of {', '.join(KINDS)}.")
    try:
        return _build(name, kind, raw, site)
    except (TypeError, ValueError) as exc:
        raise failures.bad_target(name, str(exc), str(exc)) from exc


def _build(name: str, kind: str, raw: dict[str, Any], site: SiteProfile) -> Target:
    state = normalize_state_dir(str(raw.get("state_dir", ".redaksi")),
                                allow_parent=kind != "webdav")
    return Target(
        name=name,
        kind=kind,
        public_base_url=str(raw.get("public_base_url") or site.base_url).rstrip("/"),
        layout=Layout(state),
        keep_versions=max(1, int(raw.get("keep_versions", 5))),
        retries=max(0, int(raw.get("retries", 4))),
        retry_delay=max(0.0, float(raw.get("retry_delay", 1.0))),
        timeout=max(1.0, float(raw.get("timeout", 30.0))),
        lock_ttl=max(1.0, float(raw.get("lock_ttl", 30.0))),
        lock_wait=max(0.0, float(raw.get("lock_wait", 120.0))),
        options=raw,
    )


def _refuse_secrets(name: str, raw: dict[str, Any]) -> None:
    found = [key for key in raw if key.lower() in SECRET_KEYS]
    if found:
        raise failures.bad_target(
            name,
            f"'{found[0]}' tidak boleh ada di profil; kata sandi disimpan di keyring sistem.",
            f"'{found[0]}' must not be in the profile; passwords live in the system keyring.",
        )


def open_transport(target: Target, confirm_host_key: Callable[[str, str], bool] | None = None
                   ) -> Transport:
    """Connect to the target; the caller closes the transport (it is a context manager)."""
    if target.kind == "sftp":
        from editor.publish.sftp import open_sftp

        return open_sftp(target, confirm_host_key)
    if target.kind == "webdav":
        from editor.publish.webdav import open_webdav

        return open_webdav(target)
    from editor.publish.folder import open_folder

    return open_folder(target)
