"""Attr values as op_def_library checks and stores them (value_to_attr_value, _SatisfiesTypeConstraint
and friends, with TF's messages), and how a NodeDef's attrs read in TF's error messages."""

from __future__ import annotations

import math
import struct

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.dtypes import dt_attr
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.opdefs import AttrDef
from scopecli.errors import ScenarioError, tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def check_type(attr: AttrDef, dtype: dtypes.DType, param: str) -> None:
    """_SatisfiesTypeConstraint."""
    if attr.allowed is not None and dtype._base._name not in attr.allowed_set:
        raise tf_type_error(f"Value passed to parameter '{param}' has DataType {dtype.base_dtype.name} "
                            f"not in list of allowed values: {', '.join(attr.allowed)}")


def default_value(attr: AttrDef) -> Any:
    value = attr.default
    if attr.type == "type":
        return dtypes.as_dtype(value)
    if attr.type.startswith("list(") and value is not None:
        return list(value)
    return value


def check_attr(op_type: str, attr: AttrDef, value: Any) -> Any:
    """value_to_attr_value and the constraints of _ExtractAttrProto, with TF's messages."""
    key, kind = attr.name, attr.type
    if kind.startswith("list("):
        if not isinstance(value, (list, tuple)):
            raise tf_type_error(f"Expected list for attr {key}, obtained {type(value).__name__} instead.")
        items = [_make(kind[5:-1], item, key) for item in value]
        if attr.minimum is not None and len(items) < attr.minimum:
            raise tf_value_error(f"Attr '{key}' of '{op_type}' Op passed list of length {len(items)} less "
                                 f"than minimum {attr.minimum}.")
        if kind == "list(type)":
            for item in items:
                check_type(attr, item, key)
        return items
    made = _make(kind, value, key)
    if attr.allowed is not None and kind == "string" and made not in attr.allowed_set:
        allowed = '", "'.join(attr.allowed)
        raise tf_value_error(f"Attr '{key}' of '{op_type}' Op passed string '{made}' not in: \"{allowed}\".")
    if kind == "int" and attr.minimum is not None and made < attr.minimum:
        raise tf_value_error(f"Attr '{key}' of '{op_type}' Op passed {made} less than minimum "
                             f"{attr.minimum}.")
    if kind == "type":
        check_type(attr, made, key)
    return made


def _make(kind: str, value: Any, key: str) -> Any:
    """_MakeBool/_MakeInt/_MakeFloat/_MakeStr/_MakeType (shapes, tensors and funcs pass through)."""
    if kind == "bool":
        if not isinstance(value, bool):
            raise tf_type_error(f"Expected bool for argument '{key}' not {value!r}.")
        return value
    if kind == "int":
        if isinstance(value, str) or not isinstance(value, int):
            raise tf_type_error(f"Expected int for argument '{key}' not {value!r}.")
        return int(value)
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise tf_type_error(f"Expected float for argument '{key}' not {value!r}.")
        # AttrValue keeps a float attr as a 32-bit float: get_attr("alpha") of 0.2 is 0.20000000298023224.
        try:
            return struct.unpack("f", struct.pack("f", float(value)))[0]
        except OverflowError:  # beyond float32's range: the proto field holds an infinity
            return math.copysign(math.inf, value)
    if kind == "string":
        if not isinstance(value, (str, bytes)):
            raise tf_type_error(f"Expected string for argument '{key}' not {value!r}.")
        return value.decode() if isinstance(value, bytes) else value
    if kind == "type":
        try:
            return dtypes.as_dtype(value).base_dtype
        except ScenarioError as error:  # as_dtype raises scopecli's TypeError; TF rewords it
            if error.type_name != "TypeError":
                raise
            raise tf_type_error(f"Expected DataType for argument '{key}' not {value!r}.") from None
    return value


def attr_text(attrs: dict[str, Any]) -> str:
    """The attrs of a NodeDef as TF's shape errors quote them: "T=DT_INT32, transpose_a=false"."""
    return ", ".join(f"{key}={_attr_value_text(attrs[key])}" for key in sorted(attrs))


def _attr_value_text(value: Any) -> str:
    if isinstance(value, dtypes.DType):
        return dt_attr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(_attr_value_text(v) for v in value) + "]"
    if isinstance(value, float):
        return _float32_text(value)
    if isinstance(value, TensorShape):  # PartialTensorShape::DebugString
        dims = value.dims_
        if dims is None:
            return "<unknown>"
        return "[" + ",".join("?" if d is None else str(d) for d in dims) + "]"
    return str(value)


def _float32_text(value: float) -> str:
    """strings::FloatToBuffer, as a float attr is quoted: %.6g, or %.9g when that does not read
    back as the same 32-bit float ("epsilon=0.001", "exponential_avg_factor=1")."""
    if value != value:
        return "nan"
    if value in (float("inf"), float("-inf")):
        return "inf" if value > 0 else "-inf"
    text = f"{value:.6g}"
    if struct.unpack("f", struct.pack("f", float(text)))[0] != value:
        text = f"{value:.9g}"
    return text
