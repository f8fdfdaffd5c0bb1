"""Backoff and retry: transient failures are retried, the rest are not, cancel wakes early."""

from __future__ import annotations

import threading
import time

import pytest

from editor.publish import failures
from editor.publish.retry import backoff, with_retries


def flaky(failures_first: int, error: Exception):
    calls = []

    def action() -> str:
        calls.append(time.monotonic())
        if len(calls) <= failures_first:
            raise error
        return "ok"

    return action, calls


def test_transient_errors_are_retried_with_growing_waits() -> None:
    action, calls = flaky(2, failures.connection_lost("h", "reset"))
    assert with_retries(action, retries=3, delay=0.05) == "ok"
    assert len(calls) == 3
    assert calls[2] - calls[1] > calls[1] - calls[0]  # waits grow


def test_gives_up_after_the_last_retry() -> None:
    action, calls = flaky(5, failures.server_busy("h", "503"))
    with pytest.raises(failures.TransientError):
        with_retries(action, retries=2, delay=0.01)
    assert len(calls) == 3


def test_permanent_errors_are_not_retried() -> None:
    action, calls = flaky(5, failures.auth_failed("u@h"))
    with pytest.raises(failures.PublishError):
        with_retries(action, retries=5, delay=0.01)
    assert len(calls) == 1


def test_cancel_interrupts_the_wait() -> None:
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    action, calls = flaky(5, failures.connection_lost("h", "reset"))
    with pytest.raises(failures.PublishCancelled):  # an uninterrupted wait would never end
        with_retries(action, retries=3, delay=3600.0, cancel=cancel)
    assert len(calls) == 1


def test_backoff_is_capped_and_jittered() -> None:
    waits = {round(backoff(3, 1.0), 3) for _ in range(20)}
    assert len(waits) > 1 and all(6 <= w <= 10 for w in waits)
    assert backoff(20, 1.0) <= 30 * 1.25
