"""Draw Reflect's application icons from ``resources/icons/reflect.svg``.

Writes, into the folder given (default ``build/icons``):

- ``hicolor/<size>x<size>/apps/<APP_ID>.png`` for the Linux icon theme (16-512),
  next to ``hicolor/scalable/apps/<APP_ID>.svg``;
- ``reflect.ico`` for Windows (16-256, PNG-compressed entries, as Windows Vista
  and later read them);
- ``reflect.icns`` for macOS (16-1024, PNG entries with Apple's type codes).

Both containers are written here rather than with an image library: each is a
short header and a table of PNGs. Qt draws the PNGs (QtSvg), so the icon looks
exactly as it does inside the app. Run::

    QT_QPA_PLATFORM=offscreen python packaging/icons/make_icons.py build/icons
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "reflect.svg"
sys.path.insert(0, str(ROOT))

from reflect.core.app_id import APP_ID  # noqa: E402 - after the path is set

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# Apple's type codes for PNG entries: (code, pixel size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a readable SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding one PNG per size (256 is written as 0, as the format says)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    table, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size
        table += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + table + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns file: ``icns``, the total length, then (type, length, PNG) entries."""
    body = b""
    for code, size in ICNS_TYPES:
        png = pngs[size]
        body += code + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_all(out: Path) -> None:
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _code, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    (out / "reflect.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out / "reflect.icns").write_bytes(icns_bytes(pngs))


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "icons"
    app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    make_all(out)
    del app
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
