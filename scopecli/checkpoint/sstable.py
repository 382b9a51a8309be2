"""Read a LevelDB-format SSTable (TF's fork, no filter blocks): the `.index` of a V2 checkpoint and
the whole of a V1 checkpoint.

    file   = data_block* metaindex_block index_block footer
    block  = contents ‖ type:u8 ‖ masked crc32c(contents ‖ type):u32le
    footer = varint handles (meta, index) ‖ zero padding to 40 bytes ‖ magic:u64le
    contents = entry* ‖ restart:u32le × n ‖ n:u32le
    entry  = varint shared ‖ varint non_shared ‖ varint value_len ‖ key[shared:] ‖ value

Every block's crc is checked (with it, corruption gives an error, not a wrong listing), keys must
be strictly increasing, and each length is bounded by the bytes present.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from scopecli.checkpoint.wire import Corrupt, crc32c, mask, snappy_decompress, varint

MAGIC = 0xDB4775248B80FB57
FOOTER_SIZE = 48
_TRAILER = 5  # type byte + crc


def is_sstable(data: bytes) -> bool:
    return len(data) >= FOOTER_SIZE and int.from_bytes(data[-8:], "little") == MAGIC


def _handle(data: bytes, pos: int, end: int) -> tuple[int, int, int]:
    offset, pos = varint(data, pos, end)
    size, pos = varint(data, pos, end)
    return offset, size, pos


class Table:
    """The entries of one SSTable held in memory, checked as they are read."""

    def __init__(self, data: bytes):
        if len(data) < FOOTER_SIZE:
            raise Corrupt(f"{len(data)} bytes is too short for an SSTable (its footer alone is 48)")
        if not is_sstable(data):
            raise Corrupt("not an SSTable (bad magic number at the end of the file): truncated, or not "
                          "a checkpoint index")
        self.data = data
        footer_at = len(data) - FOOTER_SIZE
        pos = footer_at
        _meta_off, _meta_size, pos = _handle(data, pos, footer_at + 40)
        index_off, index_size, pos = _handle(data, pos, footer_at + 40)
        self.index = self.block(index_off, index_size, footer_at)

    def block(self, offset: int, size: int, limit: int) -> bytes:
        """The contents of the block at `offset` (crc checked, decompressed)."""
        if offset + size + _TRAILER > limit:
            raise Corrupt(f"block at byte {offset} of {size} bytes runs past byte {limit}")
        raw = self.data[offset:offset + size + 1]
        stored = int.from_bytes(self.data[offset + size + 1:offset + size + _TRAILER], "little")
        if mask(crc32c(raw)) != stored:
            raise Corrupt(f"block checksum mismatch in bytes {offset}..{offset + size + _TRAILER}")
        kind = raw[-1]
        if kind == 0:
            return bytes(raw[:-1])
        if kind == 1:
            return snappy_decompress(raw[:-1])
        raise Corrupt(f"block at byte {offset} has unknown compression type {kind}")

    def items(self) -> Iterator[tuple[bytes, bytes]]:
        """Every (key, value) in key order."""
        previous: bytes | None = None
        limit = len(self.data) - FOOTER_SIZE
        for separator, handle in block_entries(self.index):
            offset, size, _ = _handle(handle, 0, len(handle))
            last = None
            for key, value in block_entries(self.block(offset, size, limit)):
                if previous is not None and key <= previous:
                    raise Corrupt(f"keys out of order: {key[:60]!r} after {previous[:60]!r}")
                previous = last = key
                yield key, value
            if last is not None and separator < last:
                raise Corrupt(f"index separator {separator[:60]!r} is below its block's last key")


def block_entries(contents: bytes) -> Iterator[tuple[bytes, bytes]]:
    """The prefix-compressed entries of one block's contents."""
    if len(contents) < 4:
        raise Corrupt("block too short for its restart count")
    restarts = struct.unpack_from("<I", contents, len(contents) - 4)[0]
    if 4 + 4 * restarts > len(contents):
        raise Corrupt(f"block claims {restarts} restart points in {len(contents)} bytes")
    end = len(contents) - 4 - 4 * restarts
    points = struct.unpack_from(f"<{restarts}I", contents, end)
    if end and restarts and (points[0] != 0 or max(points) >= end):
        raise Corrupt("block restart points out of range")
    pos = 0
    key = b""
    while pos < end:
        # Three varints, nearly always one byte each (keys share < 128 bytes, values are short).
        if pos + 3 <= end and contents[pos] < 0x80 and contents[pos + 1] < 0x80 and contents[pos + 2] < 0x80:
            shared, non_shared, size = contents[pos], contents[pos + 1], contents[pos + 2]
            pos += 3
        else:
            shared, pos = varint(contents, pos, end)
            non_shared, pos = varint(contents, pos, end)
            size, pos = varint(contents, pos, end)
        if shared > len(key) or non_shared + size > end - pos:
            raise Corrupt(f"block entry at byte {pos} runs past its block")
        key = key[:shared] + contents[pos:pos + non_shared]
        pos += non_shared
        yield key, contents[pos:pos + size]
        pos += size
