"""Helpers shared by tests: repository paths, reference data, required tools."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TESTDATA = SHARED / "testdata"
SAMPLE_DRAFT = ROOT / "resources" / "samples" / "banjir-rob-semarang.redaksi"
SAMPLE_MARKDOWN = ROOT / "resources" / "samples" / "banjir-rob-semarang.md"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing(reason: str) -> None:
    """Skip locally with a clear reason; fail under CI, where every tool must be installed."""
    if in_ci():
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


def require_tool(name: str, *candidates: str) -> str:
    for candidate in candidates or (name,):
        found = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if found:
            return found
    missing(f"{name} is not installed (bash .ci/setup installs it)")
    raise AssertionError("unreachable")


def node_tool(*parts: str) -> Path:
    """A file from the npm tools that ``.ci/setup`` installs (vnu-jar, axe-core)."""
    base = Path(os.environ.get("REDAKSI_NODE_TOOLS", ROOT / ".venv" / "node"))
    path = base.joinpath("node_modules", *parts)
    if not path.is_file():
        missing(f"{'/'.join(parts)} is not installed (bash .ci/setup installs it)")
    return path
