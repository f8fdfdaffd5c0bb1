"""Indonesian spelling: real words (affixed forms too) pass, misspellings are flagged,
tags, names in the word lists, URLs, addresses and numbers never are."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from editor.model.article import Article, RelatedStory
from editor.model.blocks import BacaJuga, ImageBlock, Paragraph
from editor.model.image import ImageRef
from editor.model.inline import text
from editor.model.validate import Severity
from editor.site import load_profile
from editor.spelling import dictionary as dictionaries
from editor.spelling.checker import SpellChecker, checker_for
from editor.spelling.notes import spelling_notes
from editor.spelling.tokens import words
from editor.spelling.wordlists import add_word, personal_list_path, read_words, site_list_path

CORRECT = ("menyerang kebanjiran diperbarui memperbaiki keberangkatan pengungsian "
           "ditinggikan berkoordinasi menjelaskan kelurahan kecamatan warga mengungsi "
           "Banjir rumahnya dikatakannya anak-anak rumah-rumah berlari-lari Jakarta").split()
WRONG = ["menyreang", "kebanjirn", "diprbarui", "bnajir", "gubenur", "pengungsiaan"]


def test_correct_and_affixed_words_pass(dictionary) -> None:
    checker = SpellChecker(dictionary)
    assert [word for word in CORRECT if not checker.known(word)] == []


def test_misspellings_are_flagged_with_suggestions(dictionary) -> None:
    checker = SpellChecker(dictionary)
    assert [word for word in WRONG if checker.known(word)] == []
    assert checker.suggest("menyreang")[0] == "menyerang"
    assert "kebanjiran" in checker.suggest("kebanjirn")
    assert "gubernur" in checker.suggest("gubenur")


def test_urls_addresses_numbers_and_code_are_never_words() -> None:
    line = ("Lihat https://bmkg.go.id/cuaca/smrng atau www.contoh.example/bnajir, tulis ke "
            "redaksi.pesisir@contoh.example, COVID-19 naik 3D 12,5 persen #BanjirSmg @wartapsr "
            "`kdoe` rob")
    assert [word for _s, _e, word in words(line)] == ["Lihat", "atau", "tulis", "ke", "naik",
                                                      "persen", "rob"]


def test_tags_and_word_lists_are_never_flagged(dictionary, tmp_path: Path) -> None:
    profile = tmp_path / "situs.toml"
    profile.write_text('name = "Situs"\ntags = ["banjir rob", "Tambaklorok"]\n', encoding="utf-8")
    site = load_profile(profile)
    site_list_path(site).write_text("# nama\nSuparmi\n", encoding="utf-8")
    checker = checker_for(site, dictionary)
    line = "TAMBAKLOROK – Suparmi di Tambaklorok melihat rob dan bnajir di https://x.example/rob"
    assert [miss.word for miss in checker.misses(line)] == ["bnajir"]
    add_word(personal_list_path(), "bnajir")
    assert read_words(personal_list_path()) == ["bnajir"]
    assert checker_for(site, dictionary).misses(line) == []


def test_abbreviations_and_the_house_words(dictionary) -> None:
    checker = checker_for(load_profile(), dictionary)
    text_ = "BMKG dan DPRD menyebut Selasa pukul 10.00 WIB"
    assert checker.misses(text_) == []


def test_adding_a_word_keeps_the_list_and_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "kata.txt"
    path.write_text("# daftar\nDemak", encoding="utf-8")
    add_word(path, "Kemijen")
    add_word(path, "Kemijen")
    assert path.read_text(encoding="utf-8") == "# daftar\nDemak\nKemijen\n"


def test_the_dictionary_is_found_in_the_user_folder(dictionary, monkeypatch, tmp_path) -> None:
    folder = tmp_path / "kamus"
    folder.mkdir()
    for suffix in (".aff", ".dic"):
        (folder / f"id_ID{suffix}").write_bytes((dictionary.folder / f"id_ID{suffix}").read_bytes())
    monkeypatch.setattr(dictionaries, "SYSTEM_FOLDERS", ())
    monkeypatch.setenv("REDAKSI_DATA_DIR", str(tmp_path / "data"))
    assert dictionaries.find_dictionary() is None
    monkeypatch.setenv("DICPATH", str(folder))
    assert dictionaries.find_dictionary() == folder


def test_no_dictionary_says_so_clearly(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(dictionaries, "SYSTEM_FOLDERS", ())
    monkeypatch.setenv("REDAKSI_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DICPATH", raising=False)
    checker = checker_for(load_profile())
    assert not checker.available and checker.misses("bnajir") == []
    notes = spelling_notes(Article(headline="bnajir"), checker)
    assert [n.severity for n in notes] == [Severity.NOTE]
    assert "hunspell-id" in notes[0].message("id") and "id_ID.dic" in notes[0].message("en")
    assert str(tmp_path / "dictionaries") in notes[0].message("en")


def test_notes_name_each_place(dictionary) -> None:
    article = Article(
        headline="Banjir Rob Menyreang Pesisir", deck="Warga mengungsi",
        featured_image=ImageRef("a.jpg", caption="Warga kebanjirn"),
        body=[Paragraph(text("Air naik, bnajir dan bnajir lagi.")),
              ImageBlock(ImageRef("b.jpg", caption="Perahu nelayn")),
              BacaJuga("https://contoh.example/a", "Tanggul jebol")],
        related=[RelatedStory("Gubenur meninjau", "https://contoh.example/b")])
    checker = SpellChecker(dictionary, ["rob"])
    notes = {(n.field, n.block): n.message("id") for n in spelling_notes(article, checker)}
    assert notes == {("headline", None): "Kata tidak dikenal: Menyreang",
                     ("featured_image", None): "Kata tidak dikenal: kebanjirn",
                     ("body", 0): "Kata tidak dikenal: bnajir",
                     ("body", 1): "Kata tidak dikenal: nelayn",
                     ("related", 0): "Kata tidak dikenal: Gubenur"}


def test_a_table_is_read_cell_by_cell_and_its_caption_too(dictionary) -> None:
    from editor.model.blocks import Table

    table = Table([[text("Kelurahan"), text("Tinggi")], [text("Bandarharjo"), text("sedang")],
                   [text("Kemijen"), text("bnajir")]], caption="Tinggi genangan per kelurhan")
    article = Article(headline="Banjir", body=[Paragraph(text("Warga mengungsi.")), table])
    checker = SpellChecker(dictionary, ["Bandarharjo", "Kemijen"])
    notes = [(n.field, n.block, n.message("id")) for n in spelling_notes(article, checker)]
    assert notes == [("body", 1, "Kata tidak dikenal: bnajir"),
                     ("body", 1, "Kata tidak dikenal: kelurhan")]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_redaksi_check_lists_unknown_words_as_notes(dictionary, tmp_path, lang) -> None:
    import subprocess
    import sys

    from editor.model.draft import Draft
    from editor.storage.draft import save_draft
    from tests.factories import full_article, ready_article

    article = replace(full_article(), headline="Banjir Rob Menyreang Pesisir Semarang Lagi")
    path = save_draft(Draft(article=article), tmp_path / "a.redaksi")
    env = {"REDAKSI_LANG": lang, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "editor.cli", "check", str(path)],
                            capture_output=True, text=True, env=env)
    word = {"id": "CATATAN", "en": "NOTE"}[lang]
    assert f"{word}: headline: " in result.stdout and "Menyreang" in result.stdout
    quiet = subprocess.run([sys.executable, "-m", "editor.cli", "check", "--no-spelling",
                            str(path)], capture_output=True, text=True, env=env)
    assert "Menyreang" not in quiet.stdout
    assert result.returncode == quiet.returncode  # notes never fail a check
    ready = save_draft(Draft(article=ready_article()), tmp_path / "siap.redaksi")
    result = subprocess.run([sys.executable, "-m", "editor.cli", "check", str(ready)],
                            capture_output=True, text=True, env=env)
    assert f"{word}: " in result.stdout and result.returncode == 0
    assert result.stdout.splitlines()[-1].endswith(("tidak ada masalah", "OK"))


def test_a_word_added_while_it_is_being_judged_is_known_after(dictionary) -> None:
    """The worker thread judges a word while the journalist adds it to a list (the UI
    thread's ``accept``): the verdict judged before must not be remembered after."""
    checker: SpellChecker
    added: list[str] = []

    class AddedMeanwhile:
        """The real dictionary; the first time it is asked, the word is added."""

        def spell(self, word: str) -> bool:
            if not added:
                added.append(word)
                checker.accept([word])
            return dictionary.spell(word)

    checker = SpellChecker(AddedMeanwhile())
    assert not checker.known("Kemijen")  # judged before the word was added
    assert checker.known("Kemijen")
