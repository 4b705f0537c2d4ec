"""What the UI needs from a task runner, without importing ``reflect.app``.

The real runner is ``reflect.app.tasks.TaskRunner``; tests use
``tests.helpers.fakes.InstantRunner``, which runs the work at once on the calling
thread. Widgets receive one of these and never start threads themselves.

Usage::

    runner.run(vault_unlock, path, passphrase, on_done=self._opened, on_error=self._failed)
    runner.run(export, entries, on_done=..., on_error=..., on_progress=bar.update)
    # with on_progress, fn is called with progress=<callable(done: int, total: int)>.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class TaskLike(Protocol):
    """A started piece of work."""

    @property
    def is_finished(self) -> bool:
        """True once ``on_done`` or ``on_error`` has been called."""
        ...


class TaskRunnerLike(Protocol):
    """Runs slow work off the UI thread; callbacks come back on the UI thread."""

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> TaskLike:
        """Start ``fn(*args)``; its result goes to ``on_done``, an exception to ``on_error``."""
        ...

    def wait_all(self, timeout_ms: int = ...) -> bool:
        """Wait for every running task and deliver its callbacks; False on timeout."""
        ...

    def busy(self) -> bool:
        """Whether any task is still running or waiting to deliver its result."""
        ...
