"""V2 checkpoints ("tensor bundles"): the `.index` SSTable of `BundleEntryProto`s and the
`.data-NNNNN-of-NNNNN` shards holding the bytes.

Key `""` holds the `BundleHeaderProto` (num_shards=1, endianness=2, version=3). Each variable name
holds a `BundleEntryProto`: dtype=1, shape=2, shard_id=3, offset=4, size=5, crc32c=6 (fixed32,
masked), slices=7. A partitioned variable's entry has only dtype, full shape and slices; each
slice has its own entry under a binary slice key (`slicekeys.py`).
"""

from __future__ import annotations

from scopecli.checkpoint import dtypes
from scopecli.checkpoint.model import Slice, StoredTensor
from scopecli.checkpoint.slicekeys import decode_slice_key, full_extents, slice_extents
from scopecli.checkpoint.sstable import Table
from scopecli.checkpoint.wire import Corrupt, Message, message, one, signed64, sub, varint

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

MAX_SHARDS = 99_999  # five digits in the file name
MAX_RANK = 64
OBJECT_GRAPH_KEY = "_CHECKPOINTABLE_OBJECT_GRAPH"


def shard_path(prefix: str, shard: int, num_shards: int) -> str:
    return f"{prefix}.data-{shard:05d}-of-{num_shards:05d}"


def parse_shape(msg: Message) -> tuple[int, ...] | None:
    """A `TensorShapeProto`: dim=2 -> {size=1}, unknown_rank=3."""
    if one(msg, 3):
        return None
    dims = []
    for raw in msg.get(2, ()):
        if not isinstance(raw, bytes):
            raise Corrupt("shape dim should be a message")
        size = signed64(int(one(message(raw), 1)))
        if size < 0:
            raise Corrupt(f"stored shape has a dimension of {size}")
        dims.append(size)
    if len(dims) > MAX_RANK:
        raise Corrupt(f"stored shape of rank {len(dims)}")
    return tuple(dims)


def _int(msg: Message, number: int) -> int:
    value = one(msg, number)
    if not isinstance(value, int):
        raise Corrupt(f"field {number} should be a number")
    return value


def _fast_shape(raw: bytes) -> tuple[int, ...] | None:
    """A TensorShapeProto of plain dims (`12 len 08 size`), or None to take the general path."""
    dims = []
    pos, end = 0, len(raw)
    while pos < end:
        if raw[pos] != 0x12 or pos + 1 >= end:
            return None
        length = raw[pos + 1]
        if length >= 0x80 or pos + 2 + length > end:
            return None
        if length:
            if raw[pos + 2] != 0x08:
                return None
            size, after = varint(raw, pos + 3, pos + 2 + length)
            if after != pos + 2 + length or size >= 1 << 63:
                return None
            dims.append(size)
        else:
            dims.append(0)
        pos += 2 + length
    return tuple(dims) if len(dims) <= MAX_RANK else None


def _fast_entry(name: str, raw: bytes, num_shards: int) -> StoredTensor | None:
    """The common BundleEntryProto (dtype, shape, shard, offset, size, crc; no slices) without
    building a message dict: listing 10k variables is mostly this. None: take the general path."""
    code = shard = offset = size = 0
    crc = None
    shape: tuple[int, ...] | None = ()
    pos, end = 0, len(raw)
    while pos < end:
        key = raw[pos]
        pos += 1
        if key == 0x35:
            if pos + 4 > end:
                return None
            crc = int.from_bytes(raw[pos:pos + 4], "little")
            pos += 4
        elif key == 0x12:
            if pos < end and raw[pos] < 0x80:
                length = raw[pos]
                pos += 1
            else:
                length, pos = varint(raw, pos, end)
            if pos + length > end:
                return None
            shape = _fast_shape(raw[pos:pos + length])
            if shape is None:
                return None
            pos += length
        elif key in (0x08, 0x18, 0x20, 0x28):
            if pos < end and raw[pos] < 0x80:
                value = raw[pos]
                pos += 1
            else:
                value, pos = varint(raw, pos, end)
            if key == 0x08:
                code = value
            elif key == 0x18:
                shard = value
            elif key == 0x20:
                offset = value
            else:
                size = value
        else:
            return None
    if shard >= num_shards:
        raise Corrupt(f"{name!r} is in shard {shard} of {num_shards}")
    tensor = StoredTensor(name, dtypes.dtype_name(code), code, shape, shard, offset, size, crc)
    width = dtypes.item_size(code)
    if width and size != tensor.elements * width:
        raise Corrupt(f"{name!r}: {size} bytes for shape {list(shape)} of {tensor.dtype}")
    return tensor


def _entry(name: str, raw: bytes, num_shards: int) -> StoredTensor:
    fast = _fast_entry(name, raw, num_shards)
    if fast is not None:
        return fast
    msg = message(raw)
    code = _int(msg, 1)
    dtype = dtypes.dtype_name(code)
    shape = parse_shape(sub(msg, 2))
    shard, offset, size = _int(msg, 3), _int(msg, 4), _int(msg, 5)
    if shard >= num_shards:
        raise Corrupt(f"{name!r} is in shard {shard} of {num_shards}")
    crc = _int(msg, 6) if 6 in msg else None
    tensor = StoredTensor(name, dtype, code, shape, shard, offset, size, crc)
    for raw_slice in msg.get(7, ()):
        if not isinstance(raw_slice, bytes):
            raise Corrupt(f"{name!r} has a malformed slice")
        extents = slice_extents(message(raw_slice))
        if shape is None:
            raise Corrupt(f"partitioned {name!r} has no shape")
        full_extents(extents, shape)
        tensor.slices.append(Slice(extents, -1, 0, 0, None))
    width = dtypes.item_size(code)
    if shape is not None and not tensor.slices and width and size != tensor.elements * width:
        raise Corrupt(f"{name!r}: {size} bytes for shape {list(shape)} of {dtype}")
    return tensor


def read_index(data: bytes) -> tuple[int, list[StoredTensor]]:
    """(number of shards, tensors in key order) of a V2 `.index` file's bytes."""
    table = Table(data)
    items = table.items()
    first = next(items, None)
    if first is None or first[0] != b"":
        raise Corrupt("no bundle header (the first key should be empty)")
    header = message(first[1])
    num_shards = _int(header, 1)
    if not 1 <= num_shards <= MAX_SHARDS:
        raise Corrupt(f"header says {num_shards} shards")
    if _int(header, 2) != 0:
        raise Corrupt("big-endian checkpoints are not supported")
    tensors: list[StoredTensor] = []
    slices: dict[tuple[str, tuple], StoredTensor] = {}
    for key, value in items:
        if key.startswith(b"\x00"):
            name, extents = decode_slice_key(key)
            slices[(name, extents)] = _entry(name, value, num_shards)
            continue
        try:
            name = key.decode("utf-8")
        except UnicodeDecodeError:
            raise Corrupt(f"key {key[:60]!r} is not UTF-8") from None
        tensors.append(_entry(name, value, num_shards))
    for tensor in tensors:
        for i, part in enumerate(tensor.slices):
            stored = slices.pop((tensor.name, part.extents), None)
            if stored is None:
                raise Corrupt(f"slice {i} of partitioned {tensor.name!r} has no entry")
            tensor.slices[i] = Slice(part.extents, stored.shard, stored.offset, stored.size, stored.crc)
        if tensor.slices:
            tensor.size = sum(part.size for part in tensor.slices)
    if slices:
        name, _ = next(iter(slices))
        raise Corrupt(f"slice entries of {name!r} belong to no variable")
    return num_shards, tensors


class ShardReader:
    """Reads tensor bytes from the `.data` shards of one prefix, bounded by the file's size."""

    def __init__(self, prefix: str, num_shards: int, max_bytes: int):
        self.prefix = prefix
        self.num_shards = num_shards
        self.max_bytes = max_bytes

    def raw(self, shard: int, offset: int, size: int) -> tuple[str, bytes]:
        import os

        path = shard_path(self.prefix, shard, self.num_shards)
        try:
            with open(path, "rb") as f:
                length = os.fstat(f.fileno()).st_size
                if offset + size > length:
                    raise Corrupt(f"bytes {offset}..{offset + size} are past the end of {path} "
                                  f"({length} bytes): truncated data file")
                if size > self.max_bytes:
                    raise Corrupt(f"a tensor of {size} bytes is more than the limit of {self.max_bytes}")
                f.seek(offset)
                return path, f.read(size)
        except FileNotFoundError:
            raise Corrupt(f"data file {path} is missing") from None

    def values(self, tensor: StoredTensor) -> Any:
        """The tensor as a numpy array (partitioned variables assembled from their slices)."""
        if tensor.shape is None:
            raise Corrupt(f"{tensor.name!r} has an unknown shape")
        if not dtypes.decodable(tensor.dtype_code):
            raise Corrupt(f"values of dtype {tensor.dtype} are not decoded")
        if not tensor.slices:
            _, raw = self.raw(tensor.shard, tensor.offset, tensor.size)
            return dtypes.decode(tensor.dtype_code, tensor.shape, raw, tensor.crc)
        import numpy as np

        width = max(dtypes.item_size(tensor.dtype_code), 1)
        if tensor.elements * width > self.max_bytes:
            raise Corrupt(f"{tensor.name!r} is more than the limit of {self.max_bytes} bytes")
        first = None
        full = None
        for part in tensor.slices:
            bounds = full_extents(part.extents, tensor.shape)
            part_shape = tuple(stop - start for start, stop in bounds)
            _, raw = self.raw(part.shard, part.offset, part.size)
            piece = dtypes.decode(tensor.dtype_code, part_shape, raw, part.crc)
            if full is None:
                first = piece
                full = np.zeros(tensor.shape, dtype=piece.dtype)
            full[tuple(slice(start, stop) for start, stop in bounds)] = piece
        return full if full is not None else first
