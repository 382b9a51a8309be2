"""The byte-level codecs a checkpoint uses: protobuf wire format, crc32c and snappy blocks.

Hand-written because checkpoints need only a few small messages, and neither `protobuf` nor any
other package reads the SSTable/snappy/crc layers around them. Every length and count is checked
against the bytes actually present before anything is allocated; a violation raises `Corrupt`
(a plain message, turned into a file-level `CheckpointError` by the caller).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

MAX_SNAPPY_OUTPUT = 64 << 20  # one block; TF's target block size is 256 KiB


class Corrupt(ValueError):
    """The bytes break the format; the message says how."""


def varint(data: bytes, pos: int, end: int | None = None) -> tuple[int, int]:
    """Decode a base-128 varint at `pos`: (value, position after it). At most 10 bytes."""
    stop = len(data) if end is None else end
    if pos < stop and data[pos] < 0x80:  # one byte: most tags, dtypes, dims and small sizes
        return data[pos], pos + 1
    result = shift = 0
    for i in range(pos, pos + 10 if pos + 10 < stop else stop):
        byte = data[i]
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, i + 1
        shift += 7
    raise Corrupt(f"truncated or over-long varint at byte {pos}")


def signed64(value: int) -> int:
    """An int64 field's varint as a signed number (negatives are 10-byte two's complement)."""
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value


# A decoded message: field number -> the values in order (int for varint/fixed, bytes for length-
# delimited). Unknown fields are kept, as protobuf does, so a newer writer does not break reading.
Message = dict[int, list]


def fields(data: bytes, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, int | bytes]]:
    """(field number, wire type, value) of each field of one message, in order."""
    stop = len(data) if end is None else end
    pos = start
    while pos < stop:
        key = data[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = varint(data, pos, stop)
        number, wire = key >> 3, key & 7
        if number == 0:
            raise Corrupt(f"field number 0 at byte {pos}")
        if wire == 0:
            value, pos = varint(data, pos, stop)
            yield number, wire, value
        elif wire == 2:
            size, pos = varint(data, pos, stop)
            if size > stop - pos:
                raise Corrupt(f"field {number} claims {size} bytes, {stop - pos} are left")
            yield number, wire, bytes(data[pos:pos + size])
            pos += size
        elif wire in (1, 5):
            width = 8 if wire == 1 else 4
            if pos + width > stop:
                raise Corrupt(f"field {number} is truncated")
            yield number, wire, int.from_bytes(data[pos:pos + width], "little")
            pos += width
        else:
            raise Corrupt(f"unsupported wire type {wire} for field {number}")


def message(data: bytes) -> Message:
    out: Message = {}
    for number, _wire, value in fields(data):
        values = out.get(number)
        if values is None:
            out[number] = [value]
        else:
            values.append(value)
    return out


def one(msg: Message, number: int, default: int | bytes = 0) -> int | bytes:
    """The last value of a singular field (protobuf's "last one wins"), or its default."""
    values = msg.get(number)
    return values[-1] if values else default


def text(msg: Message, number: int) -> str:
    raw = one(msg, number, b"")
    if not isinstance(raw, bytes):
        raise Corrupt(f"field {number} should be a string")
    return raw.decode("utf-8", "replace")


def sub(msg: Message, number: int) -> Message:
    raw = one(msg, number, b"")
    if not isinstance(raw, bytes):
        raise Corrupt(f"field {number} should be a message")
    return message(raw)


def subs(msg: Message, number: int) -> list[Message]:
    out = []
    for raw in msg.get(number, ()):
        if not isinstance(raw, bytes):
            raise Corrupt(f"field {number} should be a message")
        out.append(message(raw))
    return out


def packed_varints(msg: Message, number: int) -> list[int]:
    """A repeated varint field, packed (one bytes value) or not (several ints)."""
    out: list[int] = []
    for raw in msg.get(number, ()):
        if isinstance(raw, int):
            out.append(raw)
            continue
        pos = 0
        while pos < len(raw):
            value, pos = varint(raw, pos)
            out.append(value)
    return out


def packed_fixed(msg: Message, number: int, fmt: str) -> list:
    """A repeated fixed32/fixed64 field (floats, doubles), packed or not."""
    width = struct.calcsize(fmt)
    out: list = []
    for raw in msg.get(number, ()):
        chunk = raw.to_bytes(width, "little") if isinstance(raw, int) else raw
        if len(chunk) % width:
            raise Corrupt(f"packed field {number} has {len(chunk)} bytes, not a multiple of {width}")
        out.extend(struct.unpack(f"<{len(chunk) // width}{fmt}", chunk))
    return out


# -- crc32c (Castagnoli), as LevelDB and TF store it: masked ---------------------------------------

def _table() -> list[int]:
    table = []
    for n in range(256):
        crc = n
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
        table.append(crc)
    return table


_CRC_TABLE = _table()


def crc32c(data: bytes, crc: int = 0) -> int:
    """crc32c of `data`, continuing from `crc` (0 to start)."""
    table = _CRC_TABLE
    crc ^= 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def mask(crc: int) -> int:
    """LevelDB's masked form of a crc, as stored next to data that may itself contain crcs."""
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


# -- snappy block format ----------------------------------------------------------------------------

def snappy_decompress(data: bytes, limit: int = MAX_SNAPPY_OUTPUT) -> bytes:
    """Decompress one raw snappy block (no framing), checking every length and offset."""
    size, pos = varint(data, 0)
    if size > limit:
        raise Corrupt(f"snappy block claims {size} bytes uncompressed (limit {limit})")
    out = bytearray()
    end = len(data)
    while pos < end:
        tag = data[pos]
        pos += 1
        kind = tag & 3
        if kind == 0:  # literal
            length = tag >> 2
            if length >= 60:
                extra = length - 59
                if pos + extra > end:
                    raise Corrupt("truncated snappy literal length")
                length = int.from_bytes(data[pos:pos + extra], "little")
                pos += extra
            length += 1
            if pos + length > end or len(out) + length > size:
                raise Corrupt("snappy literal runs past the block")
            out += data[pos:pos + length]
            pos += length
            continue
        if kind == 1:
            if pos >= end:
                raise Corrupt("truncated snappy copy")
            length = 4 + ((tag >> 2) & 7)
            offset = ((tag >> 5) << 8) | data[pos]
            pos += 1
        else:
            width = 2 if kind == 2 else 4
            if pos + width > end:
                raise Corrupt("truncated snappy copy")
            length = (tag >> 2) + 1
            offset = int.from_bytes(data[pos:pos + width], "little")
            pos += width
        if offset == 0 or offset > len(out) or len(out) + length > size:
            raise Corrupt(f"snappy copy offset {offset} or length {length} out of range")
        start = len(out) - offset
        if length <= offset:
            out += out[start:start + length]
        else:  # an overlapping copy repeats the last `offset` bytes
            pattern = bytes(out[start:])
            out += (pattern * (length // offset + 1))[:length]
    if len(out) != size:
        raise Corrupt(f"snappy block decompressed to {len(out)} bytes, header says {size}")
    return bytes(out)
