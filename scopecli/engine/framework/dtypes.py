"""TF's DType objects (`tf.float32`, `tf.int32_ref` ...) and how Python values map onto them."""

from __future__ import annotations

import sys
from functools import cached_property

from scopecli.errors import ScenarioError, tf_type_error
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class DType(Exposed):
    """One TensorFlow dtype; `_ref` variants are the dtypes of reference variables."""

    TYPE_NAME = "DType"

    def __init__(self, name: str, numpy_name: str, kind: str, is_ref: bool = False):
        self._name = name
        self._numpy_name = numpy_name  # numpy is imported only when a value is computed
        self.kind = kind  # "float", "int", "uint", "bool", "complex", "string"
        self.is_ref = is_ref
        self._base: DType = self
        self._ref: DType = self

    @cached_property
    def numpy_type(self) -> Any:
        """The numpy dtype of its values (imports numpy on first use)."""
        import numpy as np

        return np.dtype(self._numpy_name)

    @attribute
    def name(self) -> str:
        return self._name + ("_ref" if self.is_ref else "")

    @attribute
    def base_dtype(self) -> DType:
        return self._base

    @attribute
    def is_floating(self) -> bool:
        return self.kind == "float"

    @attribute
    def is_integer(self) -> bool:
        return self.kind in ("int", "uint")

    @attribute
    def is_unsigned(self) -> bool:
        return self.kind == "uint"

    @attribute
    def is_bool(self) -> bool:
        return self.kind == "bool"

    @attribute
    def is_complex(self) -> bool:
        return self.kind == "complex"

    @attribute
    def is_quantized(self) -> bool:
        return self._name in ("qint8", "quint8", "qint16", "quint16", "qint32")

    @attribute
    def as_numpy_dtype(self) -> str:
        return str(self.numpy_type)

    @attribute
    def size(self) -> int:
        if self._name == "bfloat16":  # computed as float32 here, two bytes in TF
            return 2
        return self.numpy_type.itemsize if self.numpy_type is not None else 1

    @attribute
    def real_dtype(self) -> DType:
        return {"complex64": float32, "complex128": float64}.get(self._name, self)

    @attribute
    def as_datatype_enum(self) -> int:
        return _DATATYPE_ENUM[self._name] + (100 if self.is_ref else 0)

    @attribute
    def min(self) -> Any:
        return self._limit("minimum", "min")

    @attribute
    def max(self) -> Any:
        return self._limit("maximum", "max")

    def _limit(self, what: str, field: str) -> Any:
        """DType.min/max: numpy's finfo/iinfo bound (bfloat16's own), TF's TypeError otherwise."""
        import numpy as np

        if self.kind in ("bool", "string", "complex", "resource"):
            raise tf_type_error(f"Cannot find {what} value of {self} with type {self}.")
        if self._name == "bfloat16":
            return np.float32(-3.38953139e38 if field == "min" else 3.38953139e38)
        info = np.finfo(self.numpy_type) if self.kind == "float" else np.iinfo(self.numpy_type)
        return getattr(info, field)

    @method
    def is_compatible_with(self, other: Any) -> bool:
        other = as_dtype(other)
        return self._base is other._base

    def __eq__(self, other: object) -> bool:
        """DType.__eq__: dtypes are interned, so identity, after as_dtype for a name or numpy type."""
        if other is self or type(other) is DType or other is None:
            return other is self
        if type(other).__name__ == "ScalarType":  # the numpy facade's np.float32: its dtype
            other = other.dtype
        try:
            return as_dtype(other) is self
        except ScenarioError:  # TF: any value as_dtype refuses is simply unequal
            return False

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"tf.{self.name}"

    def __str__(self) -> str:
        return f"<dtype: '{self.name}'>"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _make(name: str, numpy_name: str, kind: str) -> DType:
    base = DType(name, numpy_name, kind)
    ref = DType(name, numpy_name, kind, is_ref=True)
    base._ref = ref
    ref._base = base
    ref._ref = ref
    return base


float16 = _make("float16", "float16", "float")
float32 = _make("float32", "float32", "float")
float64 = _make("float64", "float64", "float")
bfloat16 = _make("bfloat16", "float32", "float")
int8 = _make("int8", "int8", "int")
int16 = _make("int16", "int16", "int")
int32 = _make("int32", "int32", "int")
int64 = _make("int64", "int64", "int")
uint8 = _make("uint8", "uint8", "uint")
uint16 = _make("uint16", "uint16", "uint")
uint32 = _make("uint32", "uint32", "uint")
uint64 = _make("uint64", "uint64", "uint")
bool_ = _make("bool", "bool", "bool")
complex64 = _make("complex64", "complex64", "complex")
complex128 = _make("complex128", "complex128", "complex")
string = _make("string", "object", "string")
# A handle to a resource (a TensorArray, a stack): its value is an object only kernels look into.
resource = _make("resource", "object", "resource")

ALL: dict[str, DType] = {
    d._name: d
    for d in (float16, float32, float64, bfloat16, int8, int16, int32, int64, uint8, uint16, uint32,
              uint64, bool_, complex64, complex128, string, resource)
}
# Names the `tf` namespace exports for dtypes (`tf.half` is float16, `tf.double` float64 ...).
EXPORTED: dict[str, DType] = {**ALL, "half": float16, "double": float64}

_STRING_ALIASES: dict[str, DType] = {**ALL, "half": float16, "float": float32, "double": float64}

_BY_NUMPY: dict[Any, DType] = {}  # numpy dtype -> DType, filled when first needed (numpy is loaded)


def _by_numpy() -> dict[Any, DType]:
    if not _BY_NUMPY:
        _BY_NUMPY.update({d.numpy_type: d for d in ALL.values() if d is not bfloat16 and d is not resource})
    return _BY_NUMPY


def as_dtype(value: Any) -> DType:
    """tf.as_dtype: a DType, its name ("float32", "float32_ref"), or a numpy dtype."""
    if isinstance(value, DType):
        return value
    if isinstance(value, str):
        ref = value.endswith("_ref")
        # dtypes._STRING_TO_TF also knows the C type names: "float", "double", "half".
        base = _STRING_ALIASES.get(value[:-4] if ref else value)
        if base is not None:
            return base._ref if ref else base
    np = sys.modules.get("numpy")  # a numpy dtype exists only once numpy is imported
    if np is not None and isinstance(value, np.dtype) and value in _by_numpy():
        return _BY_NUMPY[value]
    raise tf_type_error(f"Cannot convert the argument `type_value`: {value!r} to a TensorFlow DType.")


def from_numpy(dtype: Any) -> DType:
    found = _by_numpy().get(dtype)
    if found is None:
        if dtype.kind in ("U", "S", "O"):
            return string
        raise tf_type_error(f"Cannot convert the argument `type_value`: {dtype!r} to a TensorFlow DType.")
    return found


# types.proto's DataType numbers (a ref dtype adds 100).
_DATATYPE_ENUM = {"float32": 1, "float64": 2, "int32": 3, "uint8": 4, "int16": 5, "int8": 6, "string": 7,
                  "complex64": 8, "int64": 9, "bool": 10, "bfloat16": 14, "uint16": 17, "complex128": 18,
                  "float16": 19, "resource": 20, "uint32": 22, "uint64": 23}

# types.proto's enum names where they differ from the dtype's name.
_DT_ENUM = {"float32": "DT_FLOAT", "float64": "DT_DOUBLE", "complex64": "DT_COMPLEX64"}


def dt_attr(dtype: DType) -> str:
    """The attr text of a dtype ("DT_FLOAT"), as shape-error messages quote it (made per op: cached)."""
    text = _DT_ATTR.get(dtype)
    if text is None:
        name = dtype._base._name
        text = _DT_ATTR[dtype] = _DT_ENUM.get(name, "DT_" + name.upper())
    return text


_DT_ATTR: dict[DType, str] = {}
