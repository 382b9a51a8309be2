"""V1 single-file checkpoints (`Saver(write_version=SaverDef.V1)`): one SSTable of
`SavedTensorSlices` protos.

Key `""`: meta=1 -> `SavedTensorSliceMeta` (tensor=1 -> `SavedSliceMeta` {name=1, shape=2,
type=3, slice=4}). Every other key is a slice key (`slicekeys.py`) whose value has data=2 ->
`SavedSlice` {name=1, slice=2, data=3 -> `TensorProto`}. Values live in the TensorProto's typed
fields (float_val=5, double_val=6, int_val=7, string_val=8, scomplex_val=9, int64_val=10,
bool_val=11, dcomplex_val=12, half_val=13) or its raw tensor_content=4.
"""

from __future__ import annotations

from scopecli.checkpoint import dtypes
from scopecli.checkpoint.bundle import parse_shape
from scopecli.checkpoint.model import StoredTensor
from scopecli.checkpoint.slicekeys import decode_slice_key, full_extents, slice_extents
from scopecli.checkpoint.sstable import Table
from scopecli.checkpoint.wire import (
    Corrupt,
    message,
    one,
    packed_fixed,
    packed_varints,
    signed64,
    sub,
    subs,
    text,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def read_v1(data: bytes) -> list[StoredTensor]:
    """The tensors of a V1 checkpoint's bytes, each with its slices' TensorProtos kept for values."""
    items = Table(data).items()
    first = next(items, None)
    if first is None or first[0] != b"":
        raise Corrupt("no V1 metadata (the first key should be empty)")
    meta = sub(message(first[1]), 1)
    tensors: dict[str, StoredTensor] = {}
    for entry in subs(meta, 1):
        name = text(entry, 1)
        code = one(entry, 3)
        if not isinstance(code, int):
            raise Corrupt(f"V1 tensor {name!r} has no dtype")
        shape = parse_shape(sub(entry, 2))
        tensor = StoredTensor(name, dtypes.dtype_name(code), code, shape)
        tensor.values_inline = []
        tensors[name] = tensor
    for key, value in items:
        name, extents = decode_slice_key(key)
        tensor = tensors.get(name)
        if tensor is None:
            raise Corrupt(f"V1 data for {name!r}, which the metadata does not list")
        saved = sub(message(value), 2)
        if slice_extents(sub(saved, 2)) != extents:
            raise Corrupt(f"V1 slice of {name!r} does not match its key")
        proto = one(saved, 3, b"")
        tensor.values_inline.append((extents, proto))
        tensor.size += len(proto)  # type: ignore[arg-type]
    return [tensors[name] for name in sorted(tensors)]


def v1_values(tensor: StoredTensor, max_elements: int) -> Any:
    """The tensor's values, assembled from its stored slices (TF itself refuses sliced V1 ones)."""
    import numpy as np

    if tensor.shape is None:
        raise Corrupt(f"{tensor.name!r} has an unknown shape")
    if tensor.elements > max_elements:
        raise Corrupt(f"{tensor.name!r} has more than {max_elements} elements")
    base = tensor.dtype_code % dtypes.REF_OFFSET
    name, kind, _ = dtypes.DTYPES[base]
    if base != 7 and (not kind or kind == "bf16"):
        raise Corrupt(f"V1 values of dtype {name} are not decoded")
    full = np.zeros(tensor.shape, dtype=object if base == 7 else kind)
    for extents, proto in tensor.values_inline or ():
        bounds = full_extents(extents, tensor.shape)
        part_shape = tuple(stop - start for start, stop in bounds)
        count = 1
        for dim in part_shape:
            count *= dim
        flat = _proto_values(message(proto), base, kind, count)
        full[tuple(slice(a, b) for a, b in bounds)] = np.asarray(flat, dtype=full.dtype).reshape(part_shape)
    return full


def _proto_values(msg: dict, base: int, kind: str, count: int) -> list:
    import numpy as np

    content = one(msg, 4, b"")
    if isinstance(content, bytes) and content:
        if len(content) != count * np.dtype(kind).itemsize:
            raise Corrupt(f"tensor_content of {len(content)} bytes for {count} elements")
        return list(np.frombuffer(content, kind))
    if base == 7:
        values: list = [v for v in msg.get(8, ()) if isinstance(v, bytes)]
    elif base == 1:
        values = packed_fixed(msg, 5, "f")
    elif base == 2:
        values = packed_fixed(msg, 6, "d")
    elif base == 8:
        pairs = packed_fixed(msg, 9, "f")
        values = [complex(pairs[i], pairs[i + 1]) for i in range(0, len(pairs) - 1, 2)]
    elif base == 18:
        pairs = packed_fixed(msg, 12, "d")
        values = [complex(pairs[i], pairs[i + 1]) for i in range(0, len(pairs) - 1, 2)]
    elif base == 9:
        values = [signed64(v) for v in packed_varints(msg, 10)]
    elif base == 10:
        values = [bool(v) for v in packed_varints(msg, 11)]
    elif base == 19:
        bits = np.array(packed_varints(msg, 13), dtype=np.uint16)
        values = list(bits.view(np.float16))
    elif base in (22, 23):
        values = packed_varints(msg, 16 if base == 22 else 17)
    else:  # int32, int16, int8, uint8, uint16 and the quantized ints: int_val (negatives sign-extended)
        values = [signed64(v) for v in packed_varints(msg, 7)]
    if len(values) == 1 and count > 1:  # TF writes one value for a tensor of equal elements
        values = values * count
    if len(values) != count:
        raise Corrupt(f"{len(values)} values for {count} elements")
    return values
