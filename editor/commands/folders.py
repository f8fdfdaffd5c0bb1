"""The folder a command writes into (``-o``), checked before any work is done.

An existing file, a folder that cannot be created or a read-only disk is one clear
line at once, not a traceback or one failure per draft after minutes of work.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from editor.errors import RedaksiError, describe_os_error


def output_folder(raw: str | Path, error: type[RedaksiError]) -> Path:
    """``raw`` as a writable folder (created when missing), or ``error`` naming it."""
    folder = Path(raw)
    if folder.exists() and not folder.is_dir():
        raise error(
            "-o harus berupa folder, tetapi ini berkas.",
            "-o must be a folder, but this is a file.",
            path=str(folder),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, suffix=".tmp"):  # root passes access checks
            pass
    except OSError as exc:
        text_id, text_en = describe_os_error(exc, folder)
        raise error(
            f"Tidak bisa menulis ke folder hasil: {text_id}.",
            f"The output folder cannot be written to: {text_en}.",
            path=str(folder),
        ) from exc
    return folder
