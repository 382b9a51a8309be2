"""TF's `DataType` enum as checkpoints store it, and turning a tensor's stored bytes into values.

Codes and names are TF 2.21's `types.proto` (1..33); `_REF` types are the code + 100. numpy is
imported only when values are decoded, so listing a checkpoint does not pay for it.
"""

from __future__ import annotations

from scopecli.checkpoint.wire import Corrupt, crc32c, mask, varint

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# code -> (TF name, numpy type string or "" when numpy has no such type, bytes per element)
DTYPES: dict[int, tuple[str, str, int]] = {
    1: ("float32", "<f4", 4), 2: ("float64", "<f8", 8), 3: ("int32", "<i4", 4),
    4: ("uint8", "u1", 1), 5: ("int16", "<i2", 2), 6: ("int8", "i1", 1), 7: ("string", "", 0),
    8: ("complex64", "<c8", 8), 9: ("int64", "<i8", 8), 10: ("bool", "?", 1),
    11: ("qint8", "i1", 1), 12: ("quint8", "u1", 1), 13: ("qint32", "<i4", 4),
    14: ("bfloat16", "bf16", 2), 15: ("qint16", "<i2", 2), 16: ("quint16", "<u2", 2),
    17: ("uint16", "<u2", 2), 18: ("complex128", "<c16", 16), 19: ("float16", "<f2", 2),
    20: ("resource", "", 0), 21: ("variant", "", 0), 22: ("uint32", "<u4", 4),
    23: ("uint64", "<u8", 8), 24: ("float8_e5m2", "", 1), 25: ("float8_e4m3fn", "", 1),
    26: ("float8_e4m3fnuz", "", 1), 27: ("float8_e4m3b11fnuz", "", 1),
    28: ("float8_e5m2fnuz", "", 1), 29: ("int4", "", 1), 30: ("uint4", "", 1),
    31: ("int2", "", 1), 32: ("uint2", "", 1), 33: ("float4_e2m1fn", "", 1),
}
REF_OFFSET = 100


def dtype_name(code: int) -> str:
    """TF's name for a DataType code (`float32`, `int64_ref`); unknown codes are corruption."""
    base = code - REF_OFFSET if code > REF_OFFSET else code
    if base not in DTYPES:
        raise Corrupt(f"unknown dtype code {code}")
    return DTYPES[base][0] + ("_ref" if code > REF_OFFSET else "")


def item_size(code: int) -> int:
    return DTYPES[code % REF_OFFSET][2]


def decodable(code: int) -> bool:
    base = code % REF_OFFSET
    return base == 7 or bool(DTYPES[base][1])


def decode(code: int, shape: tuple[int, ...], raw: bytes, stored_crc: int | None) -> Any:
    """A numpy array from a tensor's bytes in a `.data` shard (string layout for DT_STRING).

    `stored_crc` is the entry's masked crc32c; a mismatch means the bytes are not the tensor.
    """
    import numpy as np

    base = code % REF_OFFSET
    count = 1
    for dim in shape:
        count *= dim
    if base == 7:
        strings = np.empty(count, dtype=object)
        strings[:] = _strings(raw, count, stored_crc)
        return strings.reshape(shape)
    if stored_crc is not None and mask(crc32c(raw)) != stored_crc:
        raise Corrupt("checksum of the tensor's bytes does not match its index entry")
    name, kind, width = DTYPES[base]
    if not kind:
        raise Corrupt(f"values of dtype {name} are not decoded")
    if len(raw) != count * width:
        raise Corrupt(f"{len(raw)} bytes for {count} elements of {name}")
    if kind == "bf16":  # the upper half of a float32
        halves = np.frombuffer(raw, "<u2").astype(np.uint32) << 16
        return halves.view(np.float32).reshape(shape)
    return np.frombuffer(raw, kind).reshape(shape)


def _strings(raw: bytes, count: int, stored_crc: int | None) -> list[bytes]:
    """`[varint64 len] × N ‖ u32le masked crc32c(lengths as u32le) ‖ the bytes`; the entry's crc
    covers the lengths as u32le, then the 4 checksum bytes, then the string bytes."""
    if count > len(raw):  # every length takes at least one byte
        raise Corrupt(f"string tensor of {count} elements in {len(raw)} bytes")
    lengths = []
    pos = 0
    for _ in range(count):
        length, pos = varint(raw, pos)
        lengths.append(length)
    as_u32 = b"".join((n & 0xFFFFFFFF).to_bytes(4, "little") for n in lengths)
    if count:
        if pos + 4 > len(raw):
            raise Corrupt("string tensor truncated before its length checksum")
        if int.from_bytes(raw[pos:pos + 4], "little") != mask(crc32c(as_u32)):
            raise Corrupt("checksum of the string lengths does not match")
        as_u32 += raw[pos:pos + 4]
        pos += 4
    if sum(lengths) != len(raw) - pos:
        raise Corrupt("string tensor lengths do not add up to its bytes")
    if stored_crc is not None and mask(crc32c(raw[pos:], crc32c(as_u32))) != stored_crc:
        raise Corrupt("checksum of the tensor's bytes does not match its index entry")
    out = []
    for length in lengths:
        out.append(raw[pos:pos + length])
        pos += length
    return out
