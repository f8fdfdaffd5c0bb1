"""Site profiles: unknown keys, wrong value kinds, URL patterns, and where theme and logo come from.

A profile is a file a newsroom copies between machines; a typo must not silently
fall back to a default, and a hostile profile must not read files from elsewhere
(a logo is inlined into every page and uploaded to the site root).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.errors import SiteProfileError
from editor.render.page import theme_css
from editor.site import DEFAULT_PROFILE, load_profile

LOGO = "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='30'/>"


def _profile(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "profil"
    folder.mkdir(exist_ok=True)
    (folder / "logo.svg").write_text(LOGO)
    path = folder / "situs.toml"
    path.write_text('name = "Warta Uji"\n' + text, encoding="utf-8")
    return path


def _refused(tmp_path: Path, text: str, *words: str) -> str:
    path = _profile(tmp_path, text)
    with pytest.raises(SiteProfileError) as info:
        load_profile(path)
    for lang in ("id", "en"):
        message = info.value.message(lang)
        assert message.startswith(f"{path}: ") and "\n" not in message
    message = info.value.message("en")
    for word in words:
        assert word in message, message
    return message


def test_the_bundled_profile_and_a_minimal_one_load() -> None:
    assert load_profile(DEFAULT_PROFILE).name == "Warta Pesisir"
    assert load_profile().images.widths == (480, 800, 1200, 1600)


UNKNOWN = [
    ('nmae = "Warta"\n', "Unknown key: nmae (did you mean name?)"),
    ("[imagse]\nwidths = [480]\n", "Unknown table: imagse (did you mean images?)"),
    ("[images]\nwidht = [480]\n", "Unknown key: images.widht (did you mean images.widths"),
    ('[targets.lokal]\nkind = "folder"\npth = "/srv/situs"\n', "targets.lokal.pth (did you mean path?)"),
    ("headline_rnage = [60, 110]\n", "did you mean headline_range?"),
    ("warna_utama = 1\n", "Unknown key: warna_utama"),
]


@pytest.mark.parametrize("text,words", UNKNOWN, ids=[u[0].split("=")[0] for u in UNKNOWN])
def test_unknown_keys_and_tables_are_named_with_the_closest_known_name(
    tmp_path: Path, text: str, words: str
) -> None:
    _refused(tmp_path, text, words.replace("images.widths", "widths"))


WRONG = [
    ("images = 5\n", "'images' must be a table [images]"),
    ("[targets]\nx = 5\n", "'targets.x' must be a table [targets.x]"),
    ("targets = 5\n", "'targets' must be a table [targets.NAME]"),
    ("ad_slots = 3\n", "'ad_slots' must be a list of whole numbers"),
    ('share_links = "ya"\n', "'share_links' must be true or false"),
    ("domain_label = 5\n", "'domain_label' must be text"),
    ("headline_range = [110, 60]\n", "'headline_range' must be two whole numbers"),
    ('sections = "Daerah"\n', "'sections' must be a list of text"),
    ('[images]\nwidths = ["besar"]\n', "'images.widths' must be a list of widths"),
    ("[images]\njpeg_quality = 500\n", "'images.jpeg_quality' must be a whole number 1–100"),
    ('[targets.lokal]\nport = "22"\n', "'targets.lokal.port' must be a port number"),
]


@pytest.mark.parametrize("text,words", WRONG, ids=[w[0].split("=")[0] for w in WRONG])
def test_wrong_value_kinds_are_named(tmp_path: Path, text: str, words: str) -> None:
    _refused(tmp_path, text, words)


BAD_PATTERNS = [
    ("/berita/{year}/{slug}/", "{year}"),
    ("/berita/{slug!r}/", "{slug!r}"),
    ("/berita/{slug:>40}/", "{slug:>40}"),
    ("/berita/{slug", "/berita/{slug"),
    ("/{}/{slug}/", "{}"),
    ("/../../{slug}/", "output folder"),
    ("/berita/{yyyy}/../../../{slug}/", "output folder"),
    ("/berita/{slug}/..", "output folder"),
    ("/berita/./{slug}/", "output folder"),
    ("/berita\\\\..\\\\{slug}/", "output folder"),
    ("/berita/{yyyy}/", "{slug}"),
]


@pytest.mark.parametrize("pattern,words", BAD_PATTERNS, ids=[b[0] for b in BAD_PATTERNS])
def test_article_url_patterns_are_checked_when_the_profile_loads(
    tmp_path: Path, pattern: str, words: str
) -> None:
    _refused(tmp_path, f'article_url = "{pattern}"\n', "article_url", words)


def test_good_article_url_patterns_load(tmp_path: Path) -> None:
    for pattern in ("/{section}/{yyyy}{mm}{dd}/{slug}.html", "{slug}", "/berita/{yyyy}/{mm}/{dd}/{slug}/"):
        assert load_profile(_profile(tmp_path, f'article_url = "{pattern}"\n')).article_url == pattern


@pytest.mark.parametrize("key", ["logo", "theme"])
def test_theme_and_logo_outside_the_profile_folder_are_refused(tmp_path: Path, key: str) -> None:
    secret = tmp_path / "rahasia.css"
    secret.write_text("body { background: url(rahasia) }")
    (tmp_path / "rahasia.svg").write_text(LOGO)
    name = "rahasia.css" if key == "theme" else "rahasia.svg"
    for value in (f"../{name}", str(tmp_path / name), "/etc/passwd", "~/.ssh/id_rsa"):
        _refused(tmp_path, f'{key} = "{value}"\n', key, "profile's folder")
    link = tmp_path / "profil" / f"tautan{Path(name).suffix}"
    os.symlink(tmp_path / name, link)
    _refused(tmp_path, f'{key} = "{link.name}"\n', key, "profile's folder")


def test_theme_and_logo_inside_the_profile_folder_or_bundled_are_used(tmp_path: Path) -> None:
    path = _profile(tmp_path, 'logo = "logo.svg"\ntheme = "tema/koran.css"\n')
    (path.parent / "tema").mkdir()
    (path.parent / "tema" / "koran.css").write_text("body { font-family: serif; }")
    site = load_profile(path)
    assert site.logo == path.parent / "logo.svg"
    assert "font-family: serif" in theme_css(site.theme, site.accent)
    site = load_profile(_profile(tmp_path, 'theme = "default"\n'))
    assert ":root" in theme_css(site.theme, site.accent)
    _refused(tmp_path, 'theme = "defualt"\n', "theme", "defualt")
