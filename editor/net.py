"""Limits for fetching over the network, kept apart from the HTTP client itself.

An import names its limits (``FetchLimits``) whether or not it fetches anything, so
the limits live here and ``httpx`` (47–70 ms to import) is loaded only by the code
that really fetches (``editor.importers.fetch``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout: float = 15.0  # seconds for connecting and for each read, and for the whole body
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 5
