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


_translators: list[object] = []


def use_language_from_env(app: QApplication) -> None:
    """REFLECT_LANGUAGE=pseudo (or a language's code) shoots the screens in that language.

    Run from a copy of this folder to keep the pictures apart, e.g.
    ``cp -r packaging/screenshots /tmp/shots && REFLECT_LANGUAGE=pseudo
    QT_QPA_PLATFORM=offscreen .venv/bin/python /tmp/shots/shoot_app.py``."""
    import os

    from reflect.core import language
    from reflect.ui.common.translations import install

    # English too: its catalogue holds the plural forms ("1 entry", "2 entries").
    code = os.environ.get("REFLECT_LANGUAGE") or language.SOURCE
    language.set_current(code)
    _translators.extend(install(app, code))


def grab(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> None:
    """Show ``widget`` (at ``size`` if given), let it lay out, save a PNG, print the path."""
    if size is not None:
        widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)
