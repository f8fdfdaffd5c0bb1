"""The site profile: one newsroom's settings, read from a TOML file.

Everything that differs between newsrooms (name, URLs, home time zone, how
dates and datelines read, ad slots, theme, image widths, publish targets)
lives here, so the renderers and publishers hold no site-specific constants.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from editor.errors import SiteProfileError, describe_os_error
from editor.paths import RESOURCES
from editor.ready_rules import ReadyRules, RulesError, rules_from_table
from editor.site_keys import check_profile_keys

ZONE_ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}
DEFAULT_PROFILE = RESOURCES / "sites" / "warta-pesisir.toml"
URL_FIELDS = ("{yyyy}", "{mm}", "{dd}", "{slug}", "{section}")
THEMES = RESOURCES / "themes"


@dataclass(slots=True)
class ImageSettings:
    widths: tuple[int, ...] = (480, 800, 1200, 1600)
    max_pixels: int = 60_000_000
    jpeg_quality: int = 82
    webp_quality: int = 80
    avif_quality: int = 60


@dataclass(slots=True)
class ExportFiles:
    """Which files an export writes beside ``index.html`` (the page itself is always written:
    it is what publishing serves). Each can be switched off in the profile's ``[export]``."""

    fragment: bool = True  # fragment.html, the body for a CMS paste box
    ninjs: bool = True  # article.json, IPTC ninjs 2.2
    newsml: bool = True  # article.xml, IPTC NewsML-G2 2.35


@dataclass(slots=True)
class LatestNews:
    """The page's "Berita Terbaru" list: the site's newest articles from the archive at
    export time, in the page chrome (``[latest]`` in the profile)."""

    show: bool = True
    count: int = 5


@dataclass(slots=True)
class SiteProfile:
    name: str = "Warta Pesisir"
    domain_label: str = "WartaPesisir.com"
    base_url: str = "https://wartapesisir.example"
    article_url: str = "/berita/{yyyy}/{mm}/{dd}/{slug}/"
    timezone: str = "Asia/Jakarta"
    language: str = "id"
    date_style: str = "long"
    dateline_style: str = "{city}, {site} – "
    dateline_style_no_city: str = "{site} – "
    ad_slots: tuple[int, ...] = (3,)
    share_links: bool = True
    logo: Path | None = None
    theme: str = "default"
    accent: str = "#a4161a"
    sections: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    headline_range: tuple[int, int] = (60, 110)
    images: ImageSettings = field(default_factory=ImageSettings)
    export: ExportFiles = field(default_factory=ExportFiles)
    latest: LatestNews = field(default_factory=LatestNews)
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)
    checks: ReadyRules = field(default_factory=ReadyRules)  # what "ready" means: [checks]
    source: Path | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def zone_abbreviation(self) -> str:
        return ZONE_ABBREVIATIONS.get(self.timezone) or self.timezone

    def local(self, moment: datetime) -> datetime:
        """``moment`` shown in the newsroom's home zone."""
        return moment.astimezone(self.zone)

    def absolute_url(self, path: str) -> str:
        return self.base_url.rstrip("/") + "/" + path.lstrip("/")


def load_profile(path: str | Path | None = None) -> SiteProfile:
    """Read a profile; no path means the bundled sample profile."""
    path = Path(path) if path else DEFAULT_PROFILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SiteProfileError(
            "Profil situs tidak ditemukan.", "Site profile not found.", path=str(path)
        ) from exc
    except OSError as exc:  # a folder, no permission
        text_id, text_en = describe_os_error(exc, path)
        raise SiteProfileError(
            f"Profil situs tidak bisa dibaca: {text_id}.",
            f"The site profile cannot be read: {text_en}.",
            path=str(path),
        ) from exc
    except UnicodeDecodeError as exc:
        raise SiteProfileError(
            "Profil situs bukan teks UTF-8.", "The site profile is not UTF-8 text.", path=str(path)
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        where = f" (baris {at[1]}, kolom {at[2]})" if at else ""
        raise SiteProfileError(
            f"Profil situs bukan TOML yang sah{where}.",
            f"The site profile is not valid TOML: {exc}.",
            path=str(path),
        ) from exc
    return profile_from_dict(data, source=path)


def profile_from_dict(data: dict[str, Any], source: Path | None = None) -> SiteProfile:
    defaults = SiteProfile()
    where = str(source) if source else None
    check_profile_keys(data, where)
    try:
        profile = SiteProfile(
            name=str(data.get("name", defaults.name)),
            domain_label=str(data.get("domain_label", data.get("name", defaults.domain_label))),
            base_url=str(data.get("base_url", defaults.base_url)).rstrip("/"),
            article_url=str(data.get("article_url", defaults.article_url)),
            timezone=str(data.get("timezone", defaults.timezone)),
            language=str(data.get("language", defaults.language)),
            date_style=str(data.get("date_style", defaults.date_style)),
            dateline_style=str(data.get("dateline_style", defaults.dateline_style)),
            dateline_style_no_city=str(
                data.get("dateline_style_no_city", defaults.dateline_style_no_city)
            ),
            ad_slots=tuple(int(n) for n in data.get("ad_slots", defaults.ad_slots)),
            share_links=bool(data.get("share_links", defaults.share_links)),
            logo=_resolve(source, data.get("logo"), "logo"),
            theme=_theme(source, str(data.get("theme", defaults.theme))),
            accent=str(data.get("accent", defaults.accent)),
            sections=tuple(str(s) for s in data.get("sections", ())),
            tags=tuple(str(s) for s in data.get("tags", ())),
            headline_range=tuple(data.get("headline_range", defaults.headline_range)),
            images=_image_settings(data.get("images", {})),
            export=_export_files(data.get("export", {})),
            latest=_latest_news(data.get("latest", {})),
            targets=dict(data.get("targets", {})),
            source=source,
        )
    except (TypeError, ValueError) as exc:
        raise SiteProfileError(
            f"Nilai tidak sah di profil situs: {exc}",
            f"Invalid value in the site profile: {exc}",
            path=where,
        ) from exc
    profile.checks = _ready_rules(data.get("checks", {}), profile.headline_range, where)
    _check(profile, where)
    return profile


def _ready_rules(table: Any, headline_range: tuple[int, int], where: str | None) -> ReadyRules:
    try:
        return rules_from_table(table, headline_range)
    except RulesError as exc:
        raise SiteProfileError(exc.message_id, exc.message_en, path=where) from exc


def _image_settings(data: dict[str, Any]) -> ImageSettings:
    base = ImageSettings()
    return ImageSettings(
        widths=tuple(sorted({int(w) for w in data.get("widths", base.widths)})),
        max_pixels=int(data.get("max_pixels", base.max_pixels)),
        jpeg_quality=int(data.get("jpeg_quality", base.jpeg_quality)),
        webp_quality=int(data.get("webp_quality", base.webp_quality)),
        avif_quality=int(data.get("avif_quality", base.avif_quality)),
    )


def _export_files(data: dict[str, Any]) -> ExportFiles:
    unknown = set(data) - set(ExportFiles.__slots__)
    if unknown:
        raise ValueError(f"[export] {', '.join(sorted(unknown))}")
    return ExportFiles(**{name: bool(value) for name, value in data.items()})


def _latest_news(data: dict[str, Any]) -> LatestNews:
    unknown = set(data) - set(LatestNews.__slots__)
    if unknown:
        raise ValueError(f"[latest] {', '.join(sorted(unknown))}")
    default = LatestNews()
    count = data.get("count", default.count)
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 20:
        raise ValueError(f"[latest] count = {count!r} (0–20)")
    return LatestNews(show=bool(data.get("show", default.show)), count=count)


def _resolve(source: Path | None, value: Any, key: str) -> Path | None:
    """A file the profile names (logo, theme): inside the profile's folder or the bundled
    resources, symlinks resolved first, so a profile cannot inline ``~/.ssh/id_rsa`` into
    every page. Profiles built in code (no ``source``) take paths as given."""
    if not value:
        return None
    path = Path(str(value)).expanduser()
    if source is None:
        return path
    folder = source.parent.resolve()
    resolved = (folder / path).resolve()
    if not any(resolved.is_relative_to(base) for base in (folder, RESOURCES.resolve())):
        raise SiteProfileError(
            f"{key} harus berada di folder profil situs: {value}",
            f"{key} must be inside the site profile's folder: {value}",
            path=str(source),
        )
    return resolved


def _theme(source: Path | None, value: str) -> str:
    """A bundled theme by name (``default``), or a ``.css`` file beside the profile."""
    if value.endswith(".css"):
        return str(_resolve(source, value, "theme"))
    if value.replace("-", "").isalnum() and (THEMES / f"{value}.css").is_file():
        return value
    bundled = ", ".join(sorted(p.stem for p in THEMES.glob("*.css")))
    raise SiteProfileError(
        f"theme tidak dikenal: {value} (bawaan: {bundled}, atau berkas .css di folder profil).",
        f"Unknown theme: {value} (bundled: {bundled}, or a .css file in the profile's folder).",
        path=str(source) if source else None,
    )


def _check_article_url(pattern: str, where: str | None) -> None:
    """Placeholders are known and plain; the path stays inside the output folder."""
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in string.Formatter().parse(pattern)
                  if name is not None]
    except ValueError:
        fields = [("", "?", None)]
    for name, spec, conv in fields:
        if "{" + name + "}" not in URL_FIELDS or spec or conv:
            shown = "{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
            if spec == "?":
                shown = pattern
            raise SiteProfileError(
                f"article_url: {shown} tidak dikenal; pakai {' '.join(URL_FIELDS)}.",
                f"article_url: {shown} is not known; use {' '.join(URL_FIELDS)}.",
                path=where,
            )
    parts = pattern.replace("\\", "/").split("/")
    if any(part in (".", "..") for part in parts):
        raise SiteProfileError(
            f"article_url tidak boleh keluar dari folder hasil ekspor: {pattern}",
            f"article_url must not leave the output folder: {pattern}",
            path=where,
        )


def _check(profile: SiteProfile, where: str | None) -> None:
    try:
        ZoneInfo(profile.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SiteProfileError(
            f"Zona waktu tidak dikenal: {profile.timezone}",
            f"Unknown time zone: {profile.timezone}",
            path=where,
        ) from exc
    _check_article_url(profile.article_url, where)
    if "{slug}" not in profile.article_url:
        raise SiteProfileError(
            "Pola URL artikel harus memuat {slug}.",
            "The article URL pattern must contain {slug}.",
            path=where,
        )
    if not profile.base_url.startswith(("http://", "https://")):
        raise SiteProfileError(
            "Alamat base_url harus diawali http:// atau https://.",
            "The base_url must start with http:// or https://.",
            path=where,
        )
