"""The layering and privacy boundaries hold: core is Qt-free, nothing imports network code."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import reflect

PACKAGE = Path(reflect.__file__).resolve().parent
NETWORK_MODULES = ("socket", "ssl", "http", "urllib", "requests", "httpx", "aiohttp", "ftplib")
QT_NETWORK = ("PySide6.QtNetwork", "PySide6.QtWebEngine")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_core_never_imports_qt_or_the_layers_above() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in (PACKAGE / "core").rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6"}
        or name.startswith(("reflect.app", "reflect.ui"))
    ]
    assert offenders == []


def test_ui_never_imports_the_app_layer() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for name in _imports(path)
        if name.startswith("reflect.app")
    ]
    assert offenders == []


def test_no_module_of_the_app_imports_network_code() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in PACKAGE.rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] in NETWORK_MODULES or name.startswith(QT_NETWORK)
    ]
    assert offenders == []


def test_importing_all_of_core_loads_neither_qt_nor_sockets() -> None:
    """Checked in a fresh interpreter, so what pytest itself loaded does not count."""
    modules = sorted(
        "reflect.core." + ".".join(p.relative_to(PACKAGE / "core").with_suffix("").parts)
        for p in (PACKAGE / "core").rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'socket')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
