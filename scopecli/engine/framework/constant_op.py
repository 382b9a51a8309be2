"""constant_op.constant and the conversion of Python values to arrays (tensor_util's
make_tensor_proto rules, numpy loaded only when a value is needed): the dtype a Python value
gets, the checks on it, and a shape filled from fewer values.

`FAST_PATHS`: the engine's shortcuts for common cases (tensor inputs, Python scalar constants
...), each the same as its general twin; tests/test_perf_equivalence.py turns it off to compare
the two (ops_core's and op_def_library's fast paths read it here too).
"""

from __future__ import annotations

import math

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.dtypes import DType
from scopecli.engine.framework.element_count import count_elements as _count_elements
from scopecli.engine.framework.graph import Graph, Tensor
from scopecli.engine.framework.shapes import Dimension, TensorShape
from scopecli.errors import LimitError, ScenarioError, tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    import numpy as np

    from scopecli.engine.framework.state import TFState

FAST_PATHS = True


def _type_name(value: Any) -> str:
    """type(value).__name__ as TF prints it: a graph tensor is a SymbolicTensor (TF >= 2.14)."""
    if isinstance(value, Tensor):
        return "SymbolicTensor"
    return getattr(value, "TYPE_NAME", None) or type(value).__name__


def _python_dtype(value: Any) -> DType | None:
    if isinstance(value, bool):
        return dtypes.bool_
    if isinstance(value, int):
        return dtypes.int32
    if isinstance(value, float):
        return dtypes.float32
    if isinstance(value, (str, bytes)):
        return dtypes.string
    return None


def _assert_compatible(flat: list[Any], dtype: DType) -> None:
    """tensor_util._AssertCompatible: e.g. "Expected int32, but got 1.5 of type 'float'."."""
    import numpy as np

    for item in flat:
        if isinstance(item, (np.ndarray, np.generic)):
            continue
        ok = True
        if dtype.kind == "bool":
            ok = isinstance(item, bool)
        elif dtype.kind in ("int", "uint"):
            # tensor_util._check_int: integral types and tensor_shape.Dimension
            ok = isinstance(item, (int, Dimension))
        elif dtype.kind in ("float", "complex"):
            ok = isinstance(item, (int, float)) or (dtype.kind == "complex" and isinstance(item, complex))
        elif dtype.kind == "string":
            ok = isinstance(item, (str, bytes))
        if not ok:
            # tensor_util._AssertCompatible formats the value with str(): `got x`, not `got 'x'`.
            raise tf_type_error(f"Expected {dtype.name}, but got {item} of type '{_type_name(item)}'.")


def _dimension_values(value: Any) -> Any:
    """`value` with each Dimension replaced by its int, as numpy reads it through __int__ (an
    unknown one fails there, as in TF)."""
    if isinstance(value, Dimension):
        if value._value is None:
            raise tf_type_error("__int__ returned non-int (type NoneType)")
        return value._value
    if isinstance(value, (list, tuple)):
        return [_dimension_values(v) for v in value]
    return value


def _flatten(value: Any, budget: int | None = None) -> list[Any]:
    """The leaves of nested lists, in order. With a budget (the element limit), every list and
    leaf visited counts: shared sub-lists make a value exponentially longer to walk than to build."""
    out: list[Any] = []
    stack = [value]
    visited = 0
    while stack:
        item = stack.pop()
        visited += 1
        if budget is not None and visited > 4 * budget:
            raise LimitError(f"a nested list of more than {4 * budget} items and sub-lists",
                             hint="raise --max-elements")
        if isinstance(item, (list, tuple)):
            stack.extend(reversed(item))
        else:
            out.append(item)
    return out


def to_numpy(state: TFState, value: Any, dtype: DType | None) -> np.ndarray:
    """A Python / numpy value as the array a Const would hold, with TF's dtype defaults."""
    import numpy as np

    if value is None:
        raise tf_value_error("None values not supported.")
    if isinstance(value, (np.ndarray, np.generic)):
        array = np.asarray(value)
        if dtype is not None and dtype.numpy_type is not None:
            array = array.astype(dtype.numpy_type)
        return array
    _count_elements(value, state.runtime.limits.elements)
    flat = _flatten(value, state.runtime.limits.elements)
    if any(f is None for f in flat):
        raise tf_value_error("None values not supported.")
    if dtype is not None:
        _assert_compatible(flat, dtype)
        try:
            if dtype.kind == "string":
                return np.array(value, dtype=object)
            if dtype.kind in ("int", "uint"):
                return np.array(_dimension_values(value)).astype(dtype.numpy_type)
            return np.array(value, dtype=dtype.numpy_type)
        except ValueError as error:
            raise tf_value_error(str(error)) from None
    if any(isinstance(f, Tensor) for f in flat):
        # tensor_util._check_not_tensor (no dtype given): a graph tensor is a core.Symbol
        raise tf_type_error("Expected any non-tensor type, but got a tensor instead.")
    kinds = {_python_dtype(f) for f in flat} - {None}
    if not flat:
        return np.zeros(np.array(value).shape, dtype=np.float32)
    if any(not isinstance(f, (bool, int, float, str, bytes, np.generic)) for f in flat):
        raise tf_type_error(
            f"Failed to convert elements of {value!r} to Tensor. Consider casting elements to a supported "
            "type. See https://www.tensorflow.org/api_docs/python/tf/dtypes for supported TF dtypes.")
    if dtypes.string in kinds and len(kinds) > 1:
        raise tf_type_error(
            f"Failed to convert elements of {value!r} to Tensor. Consider casting elements to a supported "
            "type. See https://www.tensorflow.org/api_docs/python/tf/dtypes for supported TF dtypes.")
    try:
        array = np.array(value)
    except ValueError as error:
        raise tf_value_error(str(error)) from None
    except OverflowError as error:
        raise ScenarioError("OverflowError", str(error)) from None
    if array.dtype == object:
        # A Python int beyond int64/uint64 (numpy keeps it as an object).
        raise tf_type_error(
            f"Failed to convert elements of {value!r} to Tensor. Consider casting elements to a supported "
            "type. See https://www.tensorflow.org/api_docs/python/tf/dtypes for supported TF dtypes.")
    if array.dtype == np.float64:
        array = array.astype(np.float32)
    elif array.dtype == np.int64:
        narrowed = array.astype(np.int32)
        if np.array_equal(narrowed, array):
            array = narrowed
    elif array.dtype.kind in ("U", "S"):
        array = array.astype(object)
    return array


# -- tensors ----------------------------------------------------------------------------------

def shape_of_array(array: np.ndarray) -> TensorShape:
    return TensorShape.known(tuple(int(d) for d in array.shape))


def constant(state: TFState, value: Any, dtype: Any = None, shape: Any = None, name: str = "Const",
             api: str = "", graph: Graph | None = None) -> Tensor:
    """constant_op.constant in graph mode."""
    dt = dtypes.as_dtype(dtype) if dtype is not None else None
    graph = graph or state.graph
    known = _plain_constant(state, value, dt, shape) if FAST_PATHS else None
    if known is not None:
        # The array is made (and numpy imported) only when a value is needed: a session, a
        # printed value, explain, get_attr("value").
        out_dtype, dims, snapshot, fitted = known
        attrs = PendingConstAttrs.of(state, snapshot, dt, fitted, out_dtype)
        op = graph.create_op("Const", (), [(out_dtype, TensorShape.known(dims))], name=name, attrs=attrs,
                             api=api)
        if fitted is not None and math.prod(fitted) > 1:
            graph.const_given[op._name] = 1  # one value filled the shape: the NodeDef keeps one
        return op._outputs[0]
    array = to_numpy(state, value, dt)
    given = array.size
    if shape is not None:
        array = _fit_shape(array, shape, state)
    out_dtype = dt if dt is not None else dtypes.from_numpy(array.dtype)
    op = graph.create_op("Const", (), [(out_dtype, shape_of_array(array))], name=name,
                         attrs={"value": array, "dtype": out_dtype}, api=api)
    if 0 < given < array.size:
        graph.const_given[op._name] = given
    return op._outputs[0]


class PendingConstAttrs(dict):  # type: ignore[type-arg]
    """A Const's attrs whose "value" array is built on first read, by the general path
    (`to_numpy`, `_fit_shape`) from the Python value it was given, so it is the same array.

    Reading goes through `[]`, `get`, iteration, `items` and `values` (and so `dict(attrs)`),
    all of which build it first."""

    __slots__ = ("_pending",)
    _pending: tuple[Any, ...] | None

    @classmethod
    def of(cls, state: TFState, value: Any, dtype: DType | None, shape: tuple[int, ...] | None,
           out_dtype: DType) -> PendingConstAttrs:
        """{"value": (pending), "dtype": out_dtype}: dict's own constructor, no __init__ of ours
        (one per Const)."""
        attrs = cls()
        attrs["value"] = None
        attrs["dtype"] = out_dtype
        attrs._pending = (state, value, dtype, shape)
        return attrs

    def _build(self) -> None:
        pending = self._pending
        if pending is not None:
            state, value, dtype, shape = pending
            array = to_numpy(state, value, dtype)
            if shape is not None:
                array = _fit_shape(array, shape, state)
            dict.__setitem__(self, "value", array)
            self._pending = None

    def __getitem__(self, key: str) -> Any:
        if self._pending is not None and key == "value":
            self._build()
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        if self._pending is not None and key == "value":
            self._build()
        return dict.get(self, key, default)

    def __iter__(self) -> Any:
        self._build()
        return dict.__iter__(self)

    def items(self) -> Any:
        self._build()
        return dict.items(self)

    def values(self) -> Any:
        self._build()
        return dict.values(self)


def kept_number(op: Any) -> Any:
    """The Python number (or flat tuple of numbers) a Const keeps instead of its array, when it
    fills no shape: `constant(state, kept, dtype)` then makes the same array as one made from
    `attrs["value"]`, without numpy. None for any other Const."""
    pending = getattr(op.attrs, "_pending", None)
    if pending is None or pending[3] is not None:
        return None
    value = pending[1]
    if value.__class__ is int or value.__class__ is float:
        return value
    if value.__class__ is tuple and value and all(v.__class__ is int or v.__class__ is float for v in value):
        return value
    return None


_INT32_MIN, _INT32_MAX = -(2**31), 2**31 - 1
_FLOAT_SAFE = 3.0e38  # below float32's largest value: no overflow (nor a numpy warning) in the cast
_INT_TARGETS = ("int32", "int64")
_FLOAT_TARGETS = ("float32", "float64")
_ALL_TARGETS = _INT_TARGETS + _FLOAT_TARGETS


def _plain_constant(state: TFState, value: Any, dt: DType | None,
                    shape: Any) -> tuple[DType, tuple[int, ...], Any, tuple[int, ...] | None] | None:
    """(dtype, dims, value to keep, fitted shape) of a constant whose array the general path is
    sure to build without an error or a warning: a Python scalar (optionally filling `shape`) or
    a short flat list of numbers. None for anything else, which takes the general path now."""
    kind = value.__class__
    if kind is list or kind is tuple:
        if shape is not None or len(value) > 1000:
            return None
        if not value:
            # an empty list is a float32 array unless a numeric dtype is given (tf.shape of a scalar)
            if dt is None:
                return dtypes.float32, (0,), (), None
            return (dt, (0,), (), None) if not dt.is_ref and dt._name in _ALL_TARGETS else None
        if len(value) > state.runtime.limits.elements:
            _count_elements(value, state.runtime.limits.elements)  # raises, as the general path would
        # (a nested list is not kept: the general path counts its elements and refuses as before)
        if value[0].__class__ is str:
            # a flat list of str (a Saver's tensor names): an object array of them, typed string
            if dt is not None and dt._name != "string" or not all(v.__class__ is str for v in value):
                return None
            return dtypes.string, (len(value),), tuple(value), None
        base = _plain_numbers(value, dt)
        if base is None:
            return None
        return base, (len(value),), tuple(value), None
    base = _plain_scalar(value, kind, dt)
    if base is None:
        return None
    if shape is None:
        return base, (), value, None
    # _fit_shape's checks, made now as the general path would make them.
    if shape.__class__ is int:
        dims = [shape]
    elif (shape.__class__ is list or shape.__class__ is tuple) and all(d.__class__ is int for d in shape):
        dims = list(shape)
    else:
        return None
    if any(d < 0 for d in dims):
        return None
    total = math.prod(dims)
    if total > state.runtime.limits.elements:
        raise LimitError(f"a constant with {total} elements (more than {state.runtime.limits.elements})",
                         hint="raise --max-elements")
    return base, tuple(dims), value, tuple(dims)


def _plain_scalar(value: Any, kind: type, dt: DType | None) -> DType | None:
    name = dt._name if dt is not None and not dt.is_ref else None
    if dt is not None and name is None:
        return None
    if kind is float:
        if not (-_FLOAT_SAFE < value < _FLOAT_SAFE):
            return None
        return dtypes.float32 if dt is None else dt if name in _FLOAT_TARGETS else None
    if kind is int:
        if dt is None:
            return dtypes.int32 if _INT32_MIN <= value <= _INT32_MAX else None
        if name in _INT_TARGETS:
            return dt if _INT32_MIN <= value <= _INT32_MAX else None
        return dt if name in _FLOAT_TARGETS and -(2**53) < value < 2**53 else None
    if kind is bool:
        return dtypes.bool_ if dt is None or name == "bool" else None
    if kind is str:
        return dtypes.string if dt is None or name == "string" else None
    return None


def _plain_numbers(items: list[Any] | tuple[Any, ...], dt: DType | None) -> DType | None:
    """The dtype of a flat list of ints and floats (no bools), as the general path infers it."""
    floats = False
    for item in items:
        kind = item.__class__
        if kind is int:
            if not _INT32_MIN <= item <= _INT32_MAX:
                return None
        elif kind is float:
            if not -_FLOAT_SAFE < item < _FLOAT_SAFE:
                return None
            floats = True
        else:
            return None
    if dt is None:
        return dtypes.float32 if floats else dtypes.int32
    if dt.is_ref:
        return None
    if dt._name in _FLOAT_TARGETS:
        return dt
    return dt if dt._name in _INT_TARGETS and not floats else None


def _fit_shape(array: np.ndarray, shape: Any, state: TFState) -> np.ndarray:
    import numpy as np

    dims = [int(d) for d in shape] if isinstance(shape, (list, tuple)) else [int(shape)]
    total = math.prod(dims)
    if total > state.runtime.limits.elements:
        raise LimitError(f"a constant with {total} elements (more than {state.runtime.limits.elements})",
                         hint="raise --max-elements")
    if array.size == 1 or array.size == 0:
        return np.full(dims, array.reshape(-1)[0] if array.size else 0, dtype=array.dtype)
    if array.size > total:
        raise tf_value_error(f"Too many elements provided. Takes at most {total:d}, but got {array.size:d}.")
    flat = array.reshape(-1)
    if array.size < total:
        flat = np.concatenate([flat, np.repeat(flat[-1:], total - array.size)])
    return flat.reshape(dims)
