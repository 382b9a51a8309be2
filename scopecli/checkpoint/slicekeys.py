"""The binary keys under which TF stores one slice of a partitioned variable (OrderedCode).

    00 ‖ escape(name) 00 01 ‖ NumIncreasing(ndims) ‖ (SignedNumIncreasing(start),
                                                      SignedNumIncreasing(length)) × ndims

as `tensorflow/core/util/saved_tensor_slice_util.cc` writes them (length -1: the whole dim).
These keys sort before every variable name, because they start with a zero byte.
"""

from __future__ import annotations

from scopecli.checkpoint.wire import Corrupt, signed64

# OrderedCode's kLengthToMask: the header bits of a SignedNumIncreasing of 1..8 bytes.
_MASKS = [0, 0x80, 0xC000, 0xE00000, 0xF0000000, 0xF800000000, 0xFC0000000000, 0xFE000000000000,
          0xFF00000000000000]
MAX_RANK = 64

Extent = tuple[int, int]  # (start, length); length -1 means "all of this dimension"


def _num_increasing(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise Corrupt("slice key truncated")
    length = data[pos]
    if length > 8 or pos + 1 + length > len(data):
        raise Corrupt("slice key number out of range")
    return int.from_bytes(data[pos + 1:pos + 1 + length], "big"), pos + 1 + length


def _signed_num_increasing(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise Corrupt("slice key truncated")
    negative = not data[pos] & 0x80
    flip = 0xFF if negative else 0
    first = data[pos] ^ flip
    if first == 0xFF:
        raise Corrupt("slice key offset too large")  # 9- and 10-byte forms: beyond any real shape
    length = 8 - (first ^ 0xFF).bit_length()
    if pos + length > len(data):
        raise Corrupt("slice key truncated")
    value = -1 if negative else 0
    for byte in data[pos:pos + length]:
        value = (value << 8) | byte
    value = (value & 0xFFFFFFFFFFFFFFFF) ^ _MASKS[length]
    return signed64(value), pos + length


def decode_slice_key(key: bytes) -> tuple[str, tuple[Extent, ...]]:
    """(variable name, extents) of a slice key."""
    if not key.startswith(b"\x00"):
        raise Corrupt("not a slice key")
    pos = 1
    name = bytearray()
    while True:
        if pos + 1 >= len(key):
            raise Corrupt("slice key name is not terminated")
        byte = key[pos]
        if byte == 0x00:
            follow = key[pos + 1]
            pos += 2
            if follow == 0x01:
                break
            if follow != 0xFF:
                raise Corrupt("bad escape in slice key name")
            name.append(0x00)
        elif byte == 0xFF:
            if key[pos + 1] != 0x00:
                raise Corrupt("bad escape in slice key name")
            name.append(0xFF)
            pos += 2
        else:
            name.append(byte)
            pos += 1
    rank, pos = _num_increasing(key, pos)
    if rank > MAX_RANK:
        raise Corrupt(f"slice key of rank {rank}")
    extents = []
    for _ in range(rank):
        start, pos = _signed_num_increasing(key, pos)
        length, pos = _signed_num_increasing(key, pos)
        extents.append((start, length))
    if pos != len(key):
        raise Corrupt("trailing bytes after a slice key")
    return name.decode("utf-8", "replace"), tuple(extents)


def slice_extents(slice_msg: dict[int, list]) -> tuple[Extent, ...]:
    """The extents of a `TensorSliceProto` (extent=1 -> {start=1, length=2}; no length: all)."""
    from scopecli.checkpoint.wire import message, one

    out = []
    for raw in slice_msg.get(1, ()):
        if not isinstance(raw, bytes):
            raise Corrupt("slice extent should be a message")
        extent = message(raw)
        start, length = one(extent, 1), one(extent, 2, -1)
        assert isinstance(start, int) and isinstance(length, int)
        out.append((signed64(start), signed64(length)))
    return tuple(out)


def full_extents(extents: tuple[Extent, ...], shape: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """Each extent as (start, stop) within `shape`, checked."""
    if len(extents) != len(shape):
        raise Corrupt(f"slice of rank {len(extents)} for a tensor of rank {len(shape)}")
    out = []
    for (start, length), dim in zip(extents, shape, strict=True):
        stop = dim if length == -1 else start + length
        if length == -1:
            start = 0
        if start < 0 or stop > dim or stop < start:
            raise Corrupt(f"slice {start}:{stop} outside a dimension of {dim}")
        out.append((start, stop))
    return tuple(out)
