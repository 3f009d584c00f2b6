#!/usr/bin/env python3
"""Writes the image fixtures, byte by byte, with nothing but the standard library:

phone-photo.jpg  a 1000 x 600 greyscale baseline JPEG (flat 8 x 8 blocks in a gradient) that
                 carries what a phone photo carries: an APP1 EXIF segment naming the camera
                 ("PhoneCam") with a GPS position (51 deg 30 min N, 0 deg 7 min W). trustsite must
                 publish it and every copy of it without any of that.
small-photo.jpg  a 300 x 200 one without metadata (narrower than every srcset width).

Run it from this folder: python3 make-fixtures.py
"""
import struct



def exif_segment():
    """APP1 'Exif': a big-endian TIFF with IFD0 (Make, GPS pointer) and a GPS IFD."""
    make = b"PhoneCam\0"
    ifd0_entries = 2
    ifd0_size = 2 + ifd0_entries * 12 + 4
    make_offset = 8 + ifd0_size
    gps_offset = make_offset + len(make) + (len(make) % 2)
    gps_entries = 4
    gps_size = 2 + gps_entries * 12 + 4
    latitude_offset = gps_offset + gps_size
    longitude_offset = latitude_offset + 24

    def entry(tag, kind, count, value):
        return struct.pack(">HHI", tag, kind, count) + value

    tiff = b"MM\0\x2a" + struct.pack(">I", 8)
    tiff += struct.pack(">H", ifd0_entries)
    tiff += entry(0x010F, 2, len(make), struct.pack(">I", make_offset))  # Make
    tiff += entry(0x8825, 4, 1, struct.pack(">I", gps_offset))  # GPSInfo
    tiff += struct.pack(">I", 0)
    tiff += make + b"\0" * (len(make) % 2)
    tiff += struct.pack(">H", gps_entries)
    tiff += entry(0x0001, 2, 2, b"N\0\0\0")  # GPSLatitudeRef
    tiff += entry(0x0002, 5, 3, struct.pack(">I", latitude_offset))  # GPSLatitude
    tiff += entry(0x0003, 2, 2, b"W\0\0\0")  # GPSLongitudeRef
    tiff += entry(0x0004, 5, 3, struct.pack(">I", longitude_offset))  # GPSLongitude
    tiff += struct.pack(">I", 0)
    tiff += struct.pack(">IIIIII", 51, 1, 30, 1, 0, 1)
    tiff += struct.pack(">IIIIII", 0, 1, 7, 1, 0, 1)
    payload = b"Exif\0\0" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.value = 0
        self.count = 0

    def write(self, bits, length):
        for shift in range(length - 1, -1, -1):
            self.value = (self.value << 1) | ((bits >> shift) & 1)
            self.count += 1
            if self.count == 8:
                self.out.append(self.value)
                if self.value == 0xFF:
                    self.out.append(0)  # byte stuffing
                self.value = 0
                self.count = 0

    def flush(self):
        while self.count:
            self.write(1, 1)  # pad with ones
        return bytes(self.out)


# The standard luminance DC table (ITU T.81 K.3): code lengths per category 0 to 11.
DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALUES = list(range(12))
# An AC table with one code, "0", for end-of-block: every block is flat.
AC_BITS = [1] + [0] * 15
AC_VALUES = [0]


def huffman_codes(bits, values):
    codes, code, index = {}, 0, 0
    for length, count in enumerate(bits, start=1):
        for _ in range(count):
            codes[values[index]] = (code, length)
            code += 1
            index += 1
        code <<= 1
    return codes


def jpeg(WIDTH, HEIGHT, exif):
    dc = huffman_codes(DC_BITS, DC_VALUES)
    eob = huffman_codes(AC_BITS, AC_VALUES)[0]
    writer = BitWriter()
    previous = 0
    for block_y in range((HEIGHT + 7) // 8):
        for block_x in range((WIDTH + 7) // 8):
            grey = 40 + (block_x * 3 + block_y * 2) % 180
            coefficient = 8 * (grey - 128)  # the DC of a flat block, quantised by 1
            diff = coefficient - previous
            previous = coefficient
            category = abs(diff).bit_length()
            writer.write(*dc[category])
            if category:
                writer.write(diff if diff > 0 else diff + (1 << category) - 1, category)
            writer.write(*eob)
    scan = writer.flush()

    def segment(marker, payload):
        return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload

    out = b"\xff\xd8" + (exif_segment() if exif else b"")
    out += segment(0xDB, b"\x00" + b"\x01" * 64)  # one quantisation table of ones
    out += segment(0xC0, struct.pack(">BHHB", 8, HEIGHT, WIDTH, 1) + b"\x01\x11\x00")
    out += segment(0xC4, b"\x00" + bytes(DC_BITS) + bytes(DC_VALUES))
    out += segment(0xC4, b"\x10" + bytes(AC_BITS) + bytes(AC_VALUES))
    out += segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    return out + scan + b"\xff\xd9"


if __name__ == "__main__":
    with open("phone-photo.jpg", "wb") as file:
        file.write(jpeg(1000, 600, exif=True))
    with open("small-photo.jpg", "wb") as file:
        file.write(jpeg(300, 200, exif=False))
