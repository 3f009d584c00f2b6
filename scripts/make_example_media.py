#!/usr/bin/env python3
"""Makes the example site's pictures and the Board's attendance spreadsheet.

The pictures are drawn as SVG in scripts/example-media/ and turned into a JPEG or PNG by headless
Chromium's screenshot. The family hub photo then gets an EXIF block with a GPS position, the way a
phone writes one, so that the example shows the build removing it. The attendance is written as a
CSV and as an OpenDocument spreadsheet with fixed timestamps, so running this again gives the same
bytes. Run from the repository root: python3 scripts/make_example_media.py
"""

import os
import pathlib
import struct
import subprocess
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
MEDIA = ROOT / "scripts" / "example-media"
CONTENT = ROOT / "content"

# Each drawing: its SVG, where it goes and its size in pixels.
PICTURES = [
    ("family-hub.svg", CONTENT / "images" / "family-hub.jpg", 1200, 750),
    ("plan-path.svg", CONTENT / "images" / "plan-path.jpg", 1200, 600),
    ("board-meeting.svg", CONTENT / "board" / "board-meeting.png", 1200, 600),
]

# Where the "phone" says the family hub photo was taken: a made-up spot on a moor.
GPS_LATITUDE = (53, 42, 31.5)
GPS_LONGITUDE = (2, 7, 12.25)

MEETINGS = ["2025-05-21", "2025-07-16", "2025-09-17", "2025-11-19", "2026-01-21", "2026-03-18"]


def chromium_screenshot(svg: pathlib.Path, out: pathlib.Path, width: int, height: int) -> None:
    """Renders `svg` at `width` by `height` into `out` (the format follows the extension)."""
    with tempfile.TemporaryDirectory() as folder:
        page = pathlib.Path(folder) / "page.html"
        page.write_text(
            "<!DOCTYPE html><html lang=\"en-GB\"><head><title>picture</title>"
            "<style>html,body{margin:0;overflow:hidden}img{display:block}</style></head>"
            f"<body><img src=\"{svg.as_uri()}\" width=\"{width}\" height=\"{height}\" alt=\"\"></body></html>",
            encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={folder}/profile", f"--window-size={width},{height}",
             f"--screenshot={out}", page.as_uri()],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rationals(values) -> bytes:
    """Degrees, minutes and seconds as three EXIF rationals (seconds to 1/100)."""
    degrees, minutes, seconds = values
    return struct.pack("<6I", degrees, 1, minutes, 1, round(seconds * 100), 100)


def exif_with_gps() -> bytes:
    """An APP1 EXIF segment like a phone's: make, model, and a GPS position (little-endian TIFF)."""
    make, model = b"Examplephone\0", b"Examplephone 12\0"
    # IFD0: Make, Model, GPS IFD pointer. Offsets are from the TIFF header.
    ifd0_offset = 8
    ifd0_size = 2 + 3 * 12 + 4
    make_offset = ifd0_offset + ifd0_size
    model_offset = make_offset + len(make)
    gps_offset = model_offset + len(model)
    gps_size = 2 + 5 * 12 + 4
    latitude_offset = gps_offset + gps_size
    longitude_offset = latitude_offset + 24
    ifd0 = struct.pack("<H", 3)
    ifd0 += struct.pack("<HHII", 0x010F, 2, len(make), make_offset)
    ifd0 += struct.pack("<HHII", 0x0110, 2, len(model), model_offset)
    ifd0 += struct.pack("<HHII", 0x8825, 4, 1, gps_offset)
    ifd0 += struct.pack("<I", 0)
    gps = struct.pack("<H", 5)
    gps += struct.pack("<HHI4s", 0x0000, 1, 4, bytes([2, 3, 0, 0]))
    gps += struct.pack("<HHI4s", 0x0001, 2, 2, b"N\0\0\0")
    gps += struct.pack("<HHII", 0x0002, 5, 3, latitude_offset)
    gps += struct.pack("<HHI4s", 0x0003, 2, 2, b"W\0\0\0")
    gps += struct.pack("<HHII", 0x0004, 5, 3, longitude_offset)
    gps += struct.pack("<I", 0)
    tiff = b"II*\0" + struct.pack("<I", ifd0_offset) + ifd0 + make + model + gps
    tiff += rationals(GPS_LATITUDE) + rationals(GPS_LONGITUDE)
    body = b"Exif\0\0" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def add_exif(jpeg: pathlib.Path) -> None:
    """Puts the EXIF segment straight after the JPEG's start-of-image marker."""
    data = jpeg.read_bytes()
    assert data[:2] == b"\xff\xd8", f"{jpeg} is not a JPEG"
    jpeg.write_bytes(data[:2] + exif_with_gps() + data[2:])


def board_partners() -> list[str]:
    """The partners' names from content/board/board.yml, in order (its `partners:` list)."""
    names, in_partners = [], False
    for line in (CONTENT / "board" / "board.yml").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            in_partners = line.startswith("partners:")
        elif in_partners and line.startswith("    name: "):
            names.append(line[len("    name: "):].strip().strip('"'))
    return names


def attendance() -> list[list[str]]:
    """Rows of the attendance table: partner, then "Yes", "No" or "Sent a deputy" per meeting."""
    rows = []
    for index, name in enumerate(board_partners()):
        marks = []
        for meeting in range(len(MEETINGS)):
            # A fixed pattern, not chance: most partners come to most meetings.
            code = (index * 7 + meeting * 3) % 11
            marks.append("No" if code == 0 else "Sent a deputy" if code in (4, 9) else "Yes")
        rows.append([name] + marks)
    return rows


def write_csv(rows: list[list[str]], out: pathlib.Path) -> None:
    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text
    lines = [",".join(cell(c) for c in ["Partner"] + MEETINGS)]
    lines += [",".join(cell(c) for c in row) for row in rows]
    out.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_ods(rows: list[list[str]], out: pathlib.Path) -> None:
    """A minimal OpenDocument spreadsheet: one sheet, a header row, text cells."""
    def row_xml(cells: list[str]) -> str:
        return "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{xml_escape(c)}</text:p></table:table-cell>'
            for c in cells) + "</table:table-row>"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="Attendance 2025 to 2026">'
        f'<table:table-column table:number-columns-repeated="{len(MEETINGS) + 1}"/>'
        '<table:table-header-rows>' + row_xml(["Partner"] + MEETINGS) + '</table:table-header-rows>'
        + "".join(row_xml(r) for r in rows)
        + '</table:table></office:spreadsheet></office:body></office:document-content>\n')
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
        "<dc:title>Brackenmoor Children's Trust Board: attendance, 2025 to 2026</dc:title>"
        '<dc:language>en-GB</dc:language><dc:date>2026-04-01T00:00:00</dc:date>'
        '</office:meta></office:document-meta>\n')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>\n')
    with zipfile.ZipFile(out, "w") as archive:
        # The mimetype comes first and uncompressed, so tools can tell the format from its first bytes.
        for name, data, method in [
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
            ("meta.xml", meta, zipfile.ZIP_DEFLATED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
        ]:
            info = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.encode("utf-8"))


def main() -> None:
    for svg, out, width, height in PICTURES:
        out.parent.mkdir(parents=True, exist_ok=True)
        chromium_screenshot(MEDIA / svg, out, width, height)
    add_exif(CONTENT / "images" / "family-hub.jpg")
    rows = attendance()
    write_csv(rows, CONTENT / "board" / "attendance-2025-26.csv")
    write_ods(rows, CONTENT / "board" / "attendance-2025-26.ods")
    for _, out, _, _ in PICTURES:
        print(out.relative_to(ROOT), os.path.getsize(out), "bytes")


if __name__ == "__main__":
    main()
