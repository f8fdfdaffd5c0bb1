"""Content-addressed cache of encoded photos, so a re-export does not re-encode.

The key hashes everything that changes the output: the source bytes, the focal
point, the image settings and a pipeline version. The first 8 hex digits go
into every file name, so browsers and CDNs can cache images forever and a
changed photo always gets a new URL.

An entry is a folder ``<cache>/<key[:2]>/<key>/`` holding the files under neutral
names plus ``manifest.json``; it is built in a temporary folder and renamed into
place, so a crash never leaves a half entry that looks complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any

from editor.media.types import Notice, ProcessedImage, Variant
from editor.site import ImageSettings

# Bump when the pipeline's output changes for the same inputs (filters, encoders).
PIPELINE_VERSION = 1
MANIFEST = "manifest.json"
READ_CHUNK = 1 << 20


def content_key(path: Path, focal: tuple[float, float], settings: ImageSettings) -> str:
    """SHA-256 over pipeline version, settings, focal point and the file's bytes."""
    digest = hashlib.sha256()
    params = {"v": PIPELINE_VERSION, "settings": asdict(settings),
              "focal": [round(focal[0], 4), round(focal[1], 4)]}
    digest.update(json.dumps(params, sort_keys=True).encode())
    with path.open("rb") as fh:
        while chunk := fh.read(READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def entry_dir(cache_dir: Path, key: str) -> Path:
    return cache_dir / key[:2] / key


def place(src: Path, dst: Path) -> None:
    """Hard-link ``src`` to ``dst`` (instant, no extra disk), copying across devices.

    Replacing rather than overwriting means a published file that happens to be
    a link into the cache is never modified in place.
    """
    tmp = dst.with_name(f".{dst.name}.{uuid.uuid4().hex}.tmp")
    try:
        os.link(src, tmp)
    except OSError:
        shutil.copyfile(src, tmp)
    os.replace(tmp, dst)


def published_name(prefix: str, neutral: str) -> str:
    """``banjir-1a2b3c4d`` + ``1600.avif`` -> ``banjir-1a2b3c4d-1600.avif``."""
    return f"{prefix}-{neutral}"


def restore(cache_dir: Path, key: str, out_dir: Path, prefix: str,
            crops: bool) -> ProcessedImage | None:
    """The cached result placed into ``out_dir`` as ``{prefix}-…``, or ``None`` on a miss."""
    entry = entry_dir(cache_dir, key)
    try:
        manifest = json.loads((entry / MANIFEST).read_text(encoding="utf-8"))
        if crops and not manifest["crops"]:
            return None
        crop_files = {v["file"] for v in manifest["crops"].values()}
        wanted = [n for n in manifest["files"] if crops or n not in crop_files]
        if not all((entry / n).is_file() for n in wanted):
            return None
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in wanted:
            place(entry / name, out_dir / published_name(prefix, name))
        return _from_manifest(manifest, key, out_dir, prefix, crops)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(cache_dir: Path, key: str, result: ProcessedImage, prefix: str) -> None:
    """Copy ``result``'s files into the cache; losing a race to another writer is fine."""
    entry = entry_dir(cache_dir, key)
    tmp = entry.parent / f".{key}.{uuid.uuid4().hex}.tmp"
    try:
        tmp.mkdir(parents=True)
        for path in result.files:
            place(path, tmp / _neutral(prefix, path))
        manifest = json.dumps(_manifest(result, prefix), indent=1)
        (tmp / MANIFEST).write_text(manifest, encoding="utf-8")
        if entry.exists():
            shutil.rmtree(entry, ignore_errors=True)
        os.replace(tmp, entry)
    except OSError:
        pass  # a cache that cannot be written only costs speed next time
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _neutral(prefix: str, path: Path) -> str:
    return path.name[len(prefix) + 1:]


def _manifest(result: ProcessedImage, prefix: str) -> dict[str, Any]:
    def neutral(variant: Variant) -> dict[str, Any]:
        return {**variant.to_dict(), "file": _neutral(prefix, variant.path)}

    return {
        "files": [_neutral(prefix, p) for p in result.files],
        "variants": [neutral(v) for v in result.variants],
        "fallback": neutral(result.fallback),
        "crops": {name: neutral(v) for name, v in result.crops.items()},
        "width": result.width,
        "height": result.height,
        "had_gps": result.had_gps,
        "notices": [n.to_dict() for n in result.notices],
    }


def _from_manifest(data: dict[str, Any], key: str, out_dir: Path, prefix: str,
                   crops: bool) -> ProcessedImage:
    def published(item: dict[str, Any]) -> Variant:
        return Variant.from_dict({**item, "file": published_name(prefix, item["file"])},
                                 out_dir)

    return ProcessedImage(
        variants=[published(v) for v in data["variants"]],
        fallback=published(data["fallback"]),
        crops={k: published(v) for k, v in data["crops"].items()} if crops else {},
        width=int(data["width"]),
        height=int(data["height"]),
        had_gps=bool(data["had_gps"]),
        notices=[Notice.from_dict(n) for n in data["notices"]],
        key=key,
    )
