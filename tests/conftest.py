"""Test set-up shared by the whole suite.

Qt runs offscreen; every test gets its own config, data and cache folders so
nothing touches the developer's real ones; tools that a test needs are looked
up once, and under CI (``CI=true``) a missing tool fails instead of skipping
(see ``tests/support.py``).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("REDAKSI_LANG", "id")

from tests.support import SAMPLE_DRAFT, TESTDATA, missing  # noqa: E402

# Module- and session-scoped fixtures run before ``isolated_dirs``: they get throw-away
# folders too, never the developer's own (an export reads the site's archive there).
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="redaksi-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_SESSION_HOME / _var.lower())


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    base = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (base / sub).mkdir()
        monkeypatch.setenv(var, str(base / sub))
    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(base / "cache" / "redaksi"))
    return base


@pytest.fixture
def testdata() -> Path:
    if not TESTDATA.is_dir():
        missing(
            f"reference test data not found at {TESTDATA} (a clone without ../shared beside it)"
        )
    return TESTDATA


@pytest.fixture
def sample_draft_path() -> Path:
    return SAMPLE_DRAFT


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session (Debian's chromium via Playwright)."""
    from tests.browser import chromium

    with chromium() as instance:
        yield instance
