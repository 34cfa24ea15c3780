#!/usr/bin/env python3
"""Render resources/icons/recordroute.svg into the installers' icons (Qt offscreen, no display needed):

    packaging/linux/icons/hicolor/<N>x<N>/apps/recordroute.png   N = 16 … 512 (committed)
    packaging/windows/recordroute.ico                             16 … 256 (committed)
    packaging/macos/RecordRoute.icns                              16 … 512 (committed)

Run again after changing the SVG: `python packaging/render-icons.py`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "recordroute.svg"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def write_ico(images: list[QImage], path: Path) -> None:
    """ICO with PNG-compressed entries (Windows Vista+), written by hand: Qt's writer keeps one size."""
    header = bytearray((0, 0, 1, 0, len(images) & 0xFF, 0))
    blobs = [png_bytes(img) for img in images]
    offset = 6 + 16 * len(images)
    for img, blob in zip(images, blobs, strict=True):
        side = img.width() if img.width() < 256 else 0
        header += bytes((side, side, 0, 0)) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        header += len(blob).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(blob)
    path.write_bytes(bytes(header) + b"".join(blobs))


def write_icns(renderer: QSvgRenderer, path: Path) -> None:
    """ICNS with PNG entries (macOS 10.7+): ic07 128, ic08 256, ic09 512, ic10 1024, ic11/12/13/14 retina."""
    kinds = (("icp4", 16), ("icp5", 32), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024))
    body = b"".join(k.encode() + (8 + len(b)).to_bytes(4, "big") + b
                    for k, b in ((k, png_bytes(render(renderer, n))) for k, n in kinds))
    path.write_bytes(b"icns" + (8 + len(body)).to_bytes(4, "big") + body)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs a GUI application)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for n in LINUX_SIZES:
        out = ROOT / "packaging" / "linux" / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "recordroute.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(png_bytes(render(renderer, n)))
    write_ico([render(renderer, n) for n in (16, 24, 32, 48, 64, 128, 256)],
              ROOT / "packaging" / "windows" / "recordroute.ico")
    write_icns(renderer, ROOT / "packaging" / "macos" / "RecordRoute.icns")
    print("icons written: linux/icons/hicolor, windows/recordroute.ico, macos/RecordRoute.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
