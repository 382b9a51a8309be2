"""Kernels of the v1 summary ops (summary_op.cc, summary_tensor_op.cc): each outputs a
serialized `Summary` protocol buffer, encoded here by hand as protobuf's C++ serializer writes
it (fields in number order), so the bytes equal TF's.

Image and audio summaries encode PNG / WAV data with TF's own encoders; scopecli refuses to
evaluate them rather than return different bytes.
"""

from __future__ import annotations

import struct

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError, _dims

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_DBL_MAX = float(np.finfo(np.float64).max)
# types.proto's DataType numbers.
_DATATYPE = {"float32": 1, "float64": 2, "int32": 3, "uint8": 4, "int16": 5, "int8": 6, "string": 7,
             "complex64": 8, "int64": 9, "bool": 10, "bfloat16": 14, "uint16": 17, "complex128": 18,
             "float16": 19, "uint32": 22, "uint64": 23}


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number: int, payload: bytes) -> bytes:
    """A length-delimited field (wire type 2)."""
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def _double(number: int, value: float) -> bytes:
    """A proto3 double: omitted when it is 0 (no presence)."""
    if value == 0.0 and struct.pack("<d", value) == b"\0" * 8:
        return b""
    return _varint(number << 3 | 1) + struct.pack("<d", value)


def _text(value: Any) -> bytes:
    return value.encode() if isinstance(value, str) else bytes(value)


def _scalar_text(value: Any) -> bytes:
    return _text(np.asarray(value, dtype=object).reshape(-1)[0])


def _summary(values: list[bytes]) -> np.ndarray:
    """Summary{value: [...]} as a 0-d string tensor."""
    out = np.empty((), dtype=object)
    out[()] = b"".join(_field(1, v) for v in values)
    return out


def _require_scalar_tag(op: Any, tag: np.ndarray) -> None:
    if tag.ndim != 0:
        raise KernelError("tags must be scalar" if op.type == "HistogramSummary" else "tag must be scalar")


@kernel("ScalarSummary")
def _scalar_summary(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """ScalarSummaryOp: one Value{tag, simple_value} per element; tags and values alike shaped."""
    tags, values = np.asarray(inputs[0], dtype=object), np.asarray(inputs[1])
    if tags.shape != values.shape:
        single = f" (tag '{_scalar_text(tags).decode()}')" if tags.size == 1 else ""
        raise KernelError(f"tags and values are not the same shape: {_dims(tags.shape)} != "
                          f"{_dims(values.shape)}{single}")
    out = []
    for tag, value in zip(tags.reshape(-1), values.reshape(-1), strict=True):
        out.append(_field(1, _text(tag)) + b"\x15" + struct.pack("<f", np.float32(value)))
    return [_summary(out)]


def _bucket_limits() -> list[float]:
    """histogram.cc's default buckets: +-1e-12 growing by 10% to 1e20, DBL_MAX and 0 between."""
    positive, v = [], 1.0e-12
    while v < 1.0e20:
        positive.append(v)
        v *= 1.1
    positive.append(_DBL_MAX)
    return [-x for x in reversed(positive)] + [0.0] + positive


_LIMITS: list[float] = []


@kernel("HistogramSummary")
def _histogram_summary(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """SummaryHistoOp: histogram::Histogram over the values as doubles, encoded without its empty
    buckets (each run of empty buckets becomes one, ending at the run's last limit)."""
    tag = np.asarray(inputs[0], dtype=object)
    _require_scalar_tag(op, tag)
    values = np.asarray(inputs[1]).astype(np.float64).reshape(-1)
    if not np.isfinite(values).all():
        raise KernelError(f"Nan in summary histogram for: {op.name}")
    if not _LIMITS:
        _LIMITS.extend(_bucket_limits())
    limits = np.array(_LIMITS)
    counts = np.bincount(np.searchsorted(limits, values, side="right"), minlength=len(limits)).astype(float)
    histo = b""
    if values.size:
        total = float(np.cumsum(values)[-1])  # sequential, as the C++ loop adds
        squares = float(np.cumsum(values * values)[-1])
        histo = (_double(1, float(values.min())) + _double(2, float(values.max())) +
                 _double(3, float(values.size)) + _double(4, total) + _double(5, squares))
    else:
        histo = _double(1, _DBL_MAX) + _double(2, -_DBL_MAX)
    ends, kept = [], []
    i = 0
    while i < len(counts):
        end, count = limits[i], counts[i]
        i += 1
        if count <= 0.0:
            while i < len(counts) and counts[i] <= 0.0:
                end, count = limits[i], counts[i]
                i += 1
        ends.append(end)
        kept.append(count)
    histo += _field(6, struct.pack(f"<{len(ends)}d", *ends)) + _field(7, struct.pack(f"<{len(kept)}d", *kept))
    return [_summary([_field(1, _scalar_text(tag)) + _field(5, histo)])]


def _tensor_proto(value: np.ndarray, dtype: Any) -> bytes:
    """Tensor::AsProtoTensorContent: dtype, shape, then the content (strings as string_val)."""
    shape = b"".join(_field(2, _varint(8) + _varint(d) if d else b"") for d in value.shape)
    head = _varint(8) + _varint(_DATATYPE[dtype.name]) + _field(2, shape)
    if value.dtype == object:
        return head + b"".join(_field(8, _text(v)) for v in value.reshape(-1))
    content = np.ascontiguousarray(value).tobytes()
    return head + (_field(4, content) if content else b"")


@kernel("TensorSummaryV2")
def _tensor_summary(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """SummaryTensorOpV2: Value{tag, tensor, metadata}."""
    tag, tensor, metadata = (np.asarray(v, dtype=object) if i != 1 else np.asarray(v)
                             for i, v in enumerate(inputs))
    _require_scalar_tag(op, tag)
    dtype = op.attrs["T"]
    tensor_bytes = _tensor_proto(np.asarray(tensor, dtype=object if dtype.name == "string" else None), dtype)
    value = _field(1, _scalar_text(tag)) + _field(8, tensor_bytes) + _field(9, _scalar_text(metadata))
    return [_summary([value])]


@kernel("MergeSummary")
def _merge_summary(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """SummaryMergeOp: every input's values in order; a tag seen twice is an error."""
    seen: set[bytes] = set()
    out: list[bytes] = []
    for item in inputs:
        for serialized in np.asarray(item, dtype=object).reshape(-1):
            for value in _values_of(_text(serialized), op):
                tag = _tag_of(value)
                if tag and tag in seen:
                    raise KernelError(f"Duplicate tag {tag.decode()} found in summary inputs ")
                seen.add(tag)
                out.append(value)
    return [_summary(out)]


def _read_varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def _fields(data: bytes) -> list[tuple[int, int, bytes]]:
    """(number, wire type, payload) of each field; raises IndexError/ValueError when malformed."""
    out, at = [], 0
    while at < len(data):
        key, at = _read_varint(data, at)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, at = _read_varint(data, at)
            out.append((number, wire, _varint(value)))
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            out.append((number, wire, data[at:at + size]))
            at += size
        elif wire == 2:
            size, at = _read_varint(data, at)
            out.append((number, wire, data[at:at + size]))
            at += size
        else:
            raise ValueError("wire type")
        if at > len(data):
            raise ValueError("truncated")
    return out


def _values_of(serialized: bytes, op: Any) -> list[bytes]:
    try:
        return [payload for number, wire, payload in _fields(serialized) if number == 1 and wire == 2]
    except (IndexError, ValueError):
        raise KernelError(f"Could not parse one of the summary inputs for {op.name}") from None


def _tag_of(value: bytes) -> bytes:
    return next((p for n, w, p in _fields(value) if n == 1 and w == 2), b"")


def _refused(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    from scopecli.errors import InputError

    raise InputError(f"evaluating `{op.name}` ({op.type}) is not supported by scopecli: TF encodes the "
                     "images or sounds with its own PNG / WAV encoders, whose bytes scopecli does not "
                     "reproduce; fetch the summaries without it")


kernel("ImageSummary")(_refused)
kernel("AudioSummaryV2")(_refused)
