"""Retrying transient failures with exponential backoff and jitter.

Every publishing step is idempotent (uploads resume, releases are named by
content, the site index is merged), so the engine simply reruns the whole
operation on a fresh connection after a dropped link or a busy server.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from editor.publish import failures
from editor.publish.progress import CancelFlag

T = TypeVar("T")
MAX_DELAY = 30.0


def with_retries(action: Callable[[], T], *, retries: int, delay: float,
                 cancel: CancelFlag | None = None,
                 on_retry: Callable[[int, failures.TransientError], None] | None = None) -> T:
    """Run ``action``; on a ``TransientError`` wait and run it again, ``retries`` times at most."""
    for attempt in range(retries + 1):
        try:
            return action()
        except failures.TransientError as exc:
            if attempt >= retries:
                raise
            if on_retry is not None:
                on_retry(attempt + 1, exc)
            if _wait(backoff(attempt, delay), cancel):
                raise failures.cancelled() from exc
    raise AssertionError("unreachable")


def backoff(attempt: int, delay: float) -> float:
    """``delay`` doubled per attempt, ±25 % so two journalists do not retry in lockstep."""
    return min(MAX_DELAY, delay * 2**attempt) * random.uniform(0.75, 1.25)


def _wait(seconds: float, cancel: CancelFlag | None) -> bool:
    """Sleep, waking early (and returning True) if the user cancels."""
    if cancel is None:
        time.sleep(seconds)
        return False
    wait = getattr(cancel, "wait", None)
    if callable(wait):
        return bool(wait(seconds))
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cancel.is_set():
            return True
        time.sleep(min(0.1, max(0.0, end - time.monotonic())))
    return cancel.is_set()
