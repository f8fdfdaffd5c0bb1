"""The Indonesian Hunspell dictionary the spelling tests need (Debian's hunspell-id)."""

from __future__ import annotations

import pytest

from editor.spelling.dictionary import Dictionary, load_dictionary
from tests.support import missing


@pytest.fixture(scope="session")
def dictionary() -> Dictionary:
    found = load_dictionary()
    if found is None:
        missing("the Indonesian Hunspell dictionary is not installed (apt-get install "
                "hunspell-id; bash .ci/setup installs it)")
    return found
