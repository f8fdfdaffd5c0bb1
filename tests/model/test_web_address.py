"""Typed web addresses: completed when they are one, refused with a reason when not."""

from __future__ import annotations

import pytest

from editor.model.web_address import NO_DOT, NO_HOST, NO_SCHEME, SPACE, web_address


@pytest.mark.parametrize(("typed", "address"), [
    ("www.bmkg.go.id", "https://www.bmkg.go.id"),
    ("  bmkg.go.id/cuaca/prakiraan?kota=semarang ", "https://bmkg.go.id/cuaca/prakiraan?kota=semarang"),
    ("https://www.bmkg.go.id/", "https://www.bmkg.go.id/"),
    ("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"),
    ("HTTPS://Warta.Example/Berita", "HTTPS://Warta.Example/Berita"),
])
def test_web_addresses_are_kept_or_completed(typed: str, address: str) -> None:
    found = web_address(typed)
    assert (found.address, found.problem) == (address, "")
    assert found.completed == (not typed.strip().lower().startswith("http"))


@pytest.mark.parametrize(("typed", "problem"), [
    ("https://warta", NO_DOT),
    ("http://localhost:8000/", NO_DOT),
    ("https://", NO_HOST),
    ("ftp://arsip.example/berkas", NO_SCHEME),
    ("javascript:alert(1)", NO_SCHEME),
    ("warta", NO_SCHEME),
    ("www.bmkg .go.id", SPACE),
])
def test_what_cannot_be_a_link_is_refused_with_a_reason(typed: str, problem: str) -> None:
    assert web_address(typed).problem == problem


def test_empty_is_no_address_and_no_problem() -> None:
    assert web_address("   ") == web_address("")
    assert (web_address("").address, web_address("").problem) == ("", "")


@pytest.mark.parametrize(("one", "other", "same"), [
    ("https://warta.example/berita/a/", "http://www.Warta.example/berita/a", True),
    ("https://warta.example/a?utm_source=wa&fbclid=x#komentar", "https://warta.example/a", True),
    ("https://warta.example/a?id=1", "https://warta.example/a?id=2", False),
    ("https://warta.example:8443/a", "https://warta.example/a", False),
    ("https://warta.example:443/a", "https://warta.example/a", True),
    ("https://warta.example:x/a", "https://warta.example/a", False),  # never raises
])
def test_one_story_whatever_the_spelling(one: str, other: str, same: bool) -> None:
    from editor.model.web_address import url_key

    assert (url_key(one) == url_key(other)) is same


def test_an_address_is_told_from_a_path() -> None:
    from editor.model.web_address import is_url

    assert is_url("HTTPS://warta.example/a") and is_url("http://x")
    assert not is_url("berita/https.md") and not is_url("ftp://x") and not is_url("")
