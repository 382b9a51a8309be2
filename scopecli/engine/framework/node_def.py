"""`op.node_def` and `str(op)`: a NodeDef as TF's protobuf text format prints it.

TF prints a NodeDef's attr map in the order its C++ protobuf Map iterates, which is seeded per
process (the same graph prints `keep_dims, Tidx, T` in one run and `Tidx, keep_dims, T` in the
next), so there is no order to copy for ops with three or more attrs; scopecli prints them in
reverse key order, one of TF's orders, which is also what TF prints for every op whose attrs
were recorded in a stable order (Const: value then dtype; Placeholder: shape then dtype). A
Const's tensor is printed as make_tensor_proto builds it: `tensor_content` bytes for a
numeric tensor given element by element, else one `*_val` line per value given (a filled
`tf.constant(0.5, shape=[2, 2])` keeps the one value).
"""

from __future__ import annotations

import struct

from scopecli.engine.framework.dtypes import DType
from scopecli.engine.framework.shapes import TensorShape
from scopecli.model import Exposed, attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation

# tensor_util._TENSOR_CONTENT_TYPES: dtypes whose values a full tensor keeps as raw bytes.
_CONTENT = frozenset({"float32", "float64", "int32", "uint8", "int16", "int8", "int64", "qint8", "quint8",
                      "qint16", "quint16", "qint32", "uint32", "uint64"})
# dtype -> the TensorProto field its values go to (tensor_util's append functions).
_VAL_FIELD = {"float32": "float_val", "float64": "double_val", "int32": "int_val", "int16": "int_val",
              "int8": "int_val", "uint8": "int_val", "uint16": "int_val", "int64": "int64_val",
              "uint32": "uint32_val", "uint64": "uint64_val", "bool": "bool_val", "float16": "half_val",
              "bfloat16": "half_val", "complex64": "scomplex_val", "complex128": "dcomplex_val",
              "string": "string_val"}


class NodeDef(Exposed):
    """The NodeDef of one op (read-only): `name`, `op`, `input`, `device`, and `str()` as TF."""

    TYPE_NAME = "NodeDef"

    def __init__(self, op: Operation):
        self._op = op

    @attribute
    def name(self) -> str:
        return self._op._name

    @attribute
    def op(self) -> str:
        return self._op._type

    @attribute
    def input(self) -> list[str]:
        op = self._op
        return [t.op_input_name() for t in op._inputs] + [f"^{c._name}" for c in op.control_inputs_]

    @attribute
    def device(self) -> str:
        return self._op._device

    @attribute
    def attr(self) -> dict[str, AttrValue]:
        return {key: AttrValue(self._op, key) for key in sorted(self._op.attrs, reverse=True)}

    def __str__(self) -> str:
        return node_def_text(self._op)

    def __repr__(self) -> str:
        return str(self)


class AttrValue(Exposed):
    """One attr of a NodeDef; `str()` is its AttrValue message in text format."""

    TYPE_NAME = "AttrValue"

    def __init__(self, op: Operation, key: str):
        self._op, self._key = op, key

    def __str__(self) -> str:
        return "\n".join(_attr_lines(self._op, self._key, self._op.attrs[self._key])) + "\n"

    def __repr__(self) -> str:
        return str(self)


class TensorProto(Exposed):
    """What `op.get_attr("value")` returns for a Const: its TensorProto (text format on str())."""

    TYPE_NAME = "TensorProto"

    def __init__(self, op: Operation):
        self._op = op

    def __str__(self) -> str:
        return "\n".join(_tensor_lines(self._op, self._op.attrs["value"])) + "\n"

    def __repr__(self) -> str:
        return str(self)


class TensorShapeProto(Exposed):
    """What `op.get_attr` returns for a shape attr; `str()`/`repr()` are its text format
    ("dim {\n  size: -1\n}\n...", "unknown_rank: true\n", "" for a scalar)."""

    TYPE_NAME = "TensorShapeProto"

    def __init__(self, shape: TensorShape):
        self._shape = shape

    @attribute
    def unknown_rank(self) -> bool:
        return self._shape.dims_ is None

    @attribute
    def dim(self) -> list[TensorShapeProto.Dim]:
        return [TensorShapeProto.Dim(-1 if d is None else d) for d in self._shape.dims_ or ()]

    def __str__(self) -> str:
        return "".join(line + "\n" for line in _shape_lines(self._shape))

    def __repr__(self) -> str:
        return str(self)

    class Dim(Exposed):
        """One `dim { size: N }` of a TensorShapeProto (-1: unknown)."""

        TYPE_NAME = "Dim"

        def __init__(self, size: int):
            self._size = size

        @attribute
        def size(self) -> int:
            return self._size

        def __str__(self) -> str:
            return f"size: {self._size}\n"

        def __repr__(self) -> str:
            return str(self)


def node_def_text(op: Operation) -> str:
    lines = [f'name: "{_escape(op._name.encode())}"', f'op: "{op._type}"']
    lines += [f'input: "{name}"' for name in NodeDef(op).input]
    if op._device:  # NodeDef field 4, between the inputs and the attrs
        lines.append(f'device: "{_escape(op._device.encode())}"')
    attrs = op.attrs
    for key in sorted(attrs, reverse=True):
        lines.append("attr {")
        lines.append(f'  key: "{key}"')
        lines.append("  value {")
        lines += ["    " + line for line in _attr_lines(op, key, attrs[key])]
        lines.append("  }")
        lines.append("}")
    return "\n".join(lines) + "\n"


def _attr_lines(op: Operation, key: str, value: Any) -> list[str]:
    if key == "value" and op._type == "Const":
        return ["tensor {", *("  " + line for line in _tensor_lines(op, value)), "}"]
    if isinstance(value, list):
        items = [line for item in value for line in _scalar_lines(item)]
        return ["list {", *("  " + line for line in items), "}"]
    return _scalar_lines(value)


def _scalar_lines(value: Any) -> list[str]:
    if isinstance(value, DType):
        return [f"type: {_enum(value)}"]
    if isinstance(value, bool):
        return [f"b: {'true' if value else 'false'}"]
    if isinstance(value, int):
        return [f"i: {value}"]
    if isinstance(value, float):
        return [f"f: {_float32(value)}"]
    if isinstance(value, (str, bytes)):
        return [f's: "{_escape(value.encode() if isinstance(value, str) else value)}"']
    if isinstance(value, TensorShape):
        return ["shape {", *("  " + line for line in _shape_lines(value)), "}"]
    return [f"# {value!r}"]  # a kind no op scopecli builds has (func, placeholder attrs)


def _shape_lines(shape: TensorShape) -> list[str]:
    if shape.dims_ is None:
        return ["unknown_rank: true"]
    return [line for d in shape.dims_ for line in ("dim {", f"  size: {-1 if d is None else d}", "}")]


def _tensor_lines(op: Operation, array: Any) -> list[str]:
    dtype: DType = op.attrs["dtype"]
    name = dtype.name
    shape = TensorShape.known(tuple(int(d) for d in array.shape))
    lines = [f"dtype: {_enum(dtype)}", "tensor_shape {", *("  " + line for line in _shape_lines(shape)), "}"]
    flat = array.reshape(-1)
    given = op._graph.const_given.get(op._name, flat.size)
    if given == flat.size and name in _CONTENT and flat.size > 1:
        return [*lines, f'tensor_content: "{_escape(flat.tobytes())}"']
    field = _VAL_FIELD.get(name, "int_val")
    return [*lines, *(f"{field}: {_value_text(name, v)}" for v in flat[:given].tolist())]


def _value_text(dtype: str, value: Any) -> str:
    if dtype == "string":
        return f'"{_escape(value if isinstance(value, bytes) else str(value).encode())}"'
    if dtype == "bool":
        return "true" if value else "false"
    if dtype == "float32":
        return _float32(value)
    if dtype in ("float16", "bfloat16"):
        return str(struct.unpack("<H", struct.pack("<e", value))[0])
    if isinstance(value, float):  # SimpleDtoa: DBL_DIG (15) digits if they read back, else 17
        text = f"{value:.15g}"
        return text if float(text) == value else f"{value:.17g}"
    return str(value)


def _float32(value: float) -> str:
    """protobuf's SimpleFtoa: FLT_DIG (6) significant digits when they read back as the same
    float32, else FLT_DIG + 3 (9) — not the shortest text: -1.2247449 prints as -1.22474492."""
    if value != value or value in (float("inf"), float("-inf")):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}[repr(value)]
    text = f"{value:.6g}"
    if struct.pack("<f", float(text)) != struct.pack("<f", value):
        text = f"{value:.9g}"
    return text  # protobuf prints 1.0 as "1"


def _enum(dtype: DType) -> str:
    from scopecli.engine.framework.dtypes import dt_attr

    return dt_attr(dtype.base_dtype)


def _escape(data: bytes) -> str:
    """text_format's CEscape: printable ASCII as is, quotes and backslash escaped, other bytes octal."""
    out = []
    for byte in data:
        if byte == 0x0A:
            out.append("\\n")
        elif byte == 0x0D:
            out.append("\\r")
        elif byte == 0x09:
            out.append("\\t")
        elif byte in (0x22, 0x27, 0x5C):
            out.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)
