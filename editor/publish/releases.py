"""The versions of one article kept on a target, oldest first, the live one last.

``manifest.json`` beside the release folders records them, with the index
entry each was published with, so a rollback restores the headline and
summary in the site index too. It is only changed under the site lock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from editor.model.article import parse_time
from editor.model.entry import IndexEntry
from editor.publish import failures
from editor.publish.layout import Layout
from editor.publish.transport import Transport


@dataclass(slots=True)
class Release:
    id: str
    at: datetime
    entry: IndexEntry

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "at": self.at.isoformat(), "entry": self.entry.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Release:
        at = parse_time(data["at"])
        assert at is not None
        return cls(str(data["id"]), at, IndexEntry.from_dict(data["entry"]))  # type: ignore[arg-type]


@dataclass(slots=True)
class Manifest:
    rel_dir: str
    releases: list[Release] = field(default_factory=list)

    @property
    def current(self) -> Release | None:
        return self.releases[-1] if self.releases else None

    def push(self, release: Release) -> None:
        """Make ``release`` the live one (moving it up if it was published before)."""
        self.releases = [old for old in self.releases if old.id != release.id] + [release]

    def back_to(self, release_id: str) -> list[Release]:
        """Drop every version newer than ``release_id``; returns what was dropped."""
        ids = [release.id for release in self.releases]
        if release_id not in ids:
            return []
        cut = ids.index(release_id) + 1
        dropped, self.releases = self.releases[cut:], self.releases[:cut]
        return dropped

    def prune(self, keep: int) -> list[Release]:
        """Forget all but the newest ``keep`` versions; returns the forgotten ones."""
        if len(self.releases) <= keep:
            return []
        dropped, self.releases = self.releases[:-keep], self.releases[-keep:]
        return dropped


def read_manifest(tx: Transport, layout: Layout, rel_dir: str) -> Manifest:
    found = tx.read(layout.manifest(rel_dir))
    if found is None:
        return Manifest(rel_dir)
    try:
        data = json.loads(found.data)
        return Manifest(rel_dir, [Release.from_dict(row) for row in data["releases"]])
    except (ValueError, KeyError, TypeError, AssertionError) as exc:
        raise failures.corrupt_site_file(layout.manifest(rel_dir), str(exc)) from exc


def write_manifest(tx: Transport, layout: Layout, manifest: Manifest) -> None:
    data = {"path": manifest.rel_dir, "releases": [r.to_dict() for r in manifest.releases]}
    tx.write(layout.manifest(manifest.rel_dir), json.dumps(data, indent=1).encode())
