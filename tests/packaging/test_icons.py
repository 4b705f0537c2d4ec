"""The application icons drawn from the SVG: Linux theme sizes, a Windows .ico, a macOS .icns."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers.scripts import load_script

ROOT = Path(__file__).parents[2]
pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    out = tmp_path_factory.mktemp("icons")
    load_script("packaging/icons/make_icons.py").make_all(out)
    return out


def _image(png: bytes) -> QImage:
    image = QImage.fromData(png)
    assert not image.isNull()
    return image


def test_the_ico_holds_every_size_windows_asks_for(icons: Path) -> None:
    data = (icons / "reflect.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _c, _r, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        image = _image(data[offset : offset + length])
        side = width or 256
        assert (image.width(), image.height()) == (side, height or 256)
        assert (planes, bpp) == (1, 32)
        sizes.append(side)
    assert sizes == [16, 20, 24, 32, 40, 48, 64, 256]


def test_the_icns_holds_retina_sizes_up_to_1024(icons: Path) -> None:
    data = (icons / "reflect.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    position, found = 8, {}
    while position < len(data):
        code = data[position : position + 4].decode()
        (length,) = struct.unpack_from(">I", data, position + 4)
        found[code] = _image(data[position + 8 : position + length]).width()
        position += length
    assert found["ic10"] == 1024 and found["ic09"] == 512 and found["icp4"] == 16


def test_the_theme_icons_are_drawn_not_blank(icons: Path) -> None:
    png = icons / "hicolor" / "256x256" / "apps" / "io.github.reflectjournal.Reflect.png"
    image = _image(png.read_bytes())
    assert image.size().width() == 256
    # The teal square fills the middle; the corners outside the rounded square stay clear.
    assert image.pixelColor(128, 20).name() == "#2d6a6e"
    assert image.pixelColor(0, 0).alpha() == 0
    scalable = icons / "hicolor" / "scalable" / "apps" / "io.github.reflectjournal.Reflect.svg"
    assert scalable.exists()
