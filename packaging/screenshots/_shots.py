"""What the shoot_*.py scripts share: a runner that finishes tasks at once, and grab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget


class NowRunner:
    """Runs tasks at once, so each screen is ready when it is grabbed."""

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> object:
        try:
            result = fn(*args, progress=on_progress) if on_progress else fn(*args)
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)
        return self

    @property
    def is_finished(self) -> bool:
        return True

    def wait_all(self, timeout_ms: int = 0) -> bool:
        return True

    def busy(self) -> bool:
        return False


def grab(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> None:
    """Show ``widget`` (at ``size`` if given), let it lay out, save a PNG, print the path."""
    if size is not None:
        widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)
