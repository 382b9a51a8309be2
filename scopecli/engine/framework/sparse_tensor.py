"""tf.SparseTensor (framework/sparse_tensor.py): three tensors, `indices` [N, rank] int64, `values`
[N] and `dense_shape` [rank] int64, standing for a dense tensor that is zero elsewhere.

It is not a tensor: converting it is refused, a session fetches its three parts and returns a
`SparseTensorValue`, and a feed of one feeds its three parts (Session's registered expansions).
`sp * dense` and `sp / dense` build SparseDenseCwiseMul / Div under the operator's name scope,
as override_binary_operator's binary_op_wrapper_sparse does.
"""

from __future__ import annotations

from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.shapes import TensorShape
from scopecli.model import Exposed, attribute, method, named_tuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

# collections.namedtuple("SparseTensorValue", ["indices", "values", "dense_shape"]), as TF's
SparseTensorValue = named_tuple("SparseTensorValue", ("indices", "values", "dense_shape"))


class SparseTensor(Exposed):
    """A SparseTensor of graph tensors; its static shape comes from `dense_shape`'s value."""

    TYPE_NAME = "SparseTensor"

    def __init__(self, state: TFState, indices: Any, values: Any, dense_shape: Any):
        from scopecli.engine.framework import dtypes
        from scopecli.engine.framework.name_scope import name_scope
        from scopecli.engine.ops.tensor_util import constant_value_as_shape
        from scopecli.engine.ops_core import convert_to_tensor

        self.state = state
        with name_scope(state, None, "SparseTensor", [indices, values, dense_shape]):
            indices = convert_to_tensor(state, indices, dtypes.int64, name="indices")
            values = convert_to_tensor(state, values, name="values")
            dense_shape = convert_to_tensor(state, dense_shape, dtypes.int64, name="dense_shape")
            default = constant_value_as_shape(dense_shape)
        self._indices, self._values, self._dense_shape = indices, values, dense_shape
        self._dense_shape_default = default
        indices_dims = _with_rank(indices._shape, 2)
        values_dims = _with_rank(values._shape, 1)
        shape_dims = _with_rank(dense_shape._shape, 1)
        _assert_compatible(indices_dims[0], values_dims[0])
        _assert_compatible(indices_dims[1], shape_dims[0])

    @attribute
    def indices(self) -> Tensor:
        return self._indices

    @attribute
    def values(self) -> Tensor:
        return self._values

    @attribute
    def dense_shape(self) -> Tensor:
        return self._dense_shape

    @attribute
    def dtype(self) -> Any:
        return self._values._dtype

    @attribute
    def shape(self) -> TensorShape:
        return self._dense_shape_default

    @attribute
    def op(self) -> Any:
        return self._values._op

    @attribute
    def graph(self) -> Any:
        return self._indices._op._graph

    @method
    def get_shape(self) -> TensorShape:
        return self._dense_shape_default

    @method
    def set_shape(self, shape: Any) -> None:
        """SparseTensor.set_shape: the static shape merged with `shape` (ranks must agree)."""
        from scopecli.engine.framework.shapes import as_shape

        self._dense_shape_default = self._dense_shape_default.merge_with(as_shape(shape))

    @method
    def eval(self, feed_dict: Any = None, session: Any = None) -> Any:
        return self.state.run_in_default_session(self, feed_dict, session)

    def components(self) -> list[Tensor]:
        """What a session fetches or feeds for it."""
        return [self._indices, self._values, self._dense_shape]

    def __repr__(self) -> str:
        return (f"SparseTensor(indices={self._indices}, values={self._values}, "
                f"dense_shape={self._dense_shape})")

    def __mul__(self, other: Any) -> SparseTensor:
        return _sparse_dense_binary(self, other, "mul", "SparseDenseCwiseMul")

    def __truediv__(self, other: Any) -> SparseTensor:
        return _sparse_dense_binary(self, other, "truediv", "SparseDenseCwiseDiv")


def to_sparse(state: TFState, value: Any) -> SparseTensor:
    """sparse_ops._convert_to_sparse_tensor: a SparseTensor, or one made from a SparseTensorValue."""
    from scopecli.errors import tf_type_error

    if isinstance(value, SparseTensor):
        return value
    if isinstance(value, SparseTensorValue):
        return SparseTensor(state, value.indices, value.values, value.dense_shape)
    raise tf_type_error(f"Input must be a SparseTensor, got {type(value).__name__}.")


def _with_rank(shape: TensorShape, rank: int) -> tuple[int | None, ...]:
    """TensorShape.with_rank: the dims, of unknown rank taken as `rank` unknown ones."""
    from scopecli.errors import tf_value_error

    if shape.dims_ is None:
        return (None,) * rank
    if len(shape.dims_) != rank:
        raise tf_value_error(f"Shape {shape} must have rank {rank}")
    return shape.dims_


def _assert_compatible(a: int | None, b: int | None) -> None:
    from scopecli.errors import tf_value_error

    if a is not None and b is not None and a != b:
        raise tf_value_error(f"Dimensions {a} and {b} are not compatible")


def _sparse_dense_binary(sp_x: SparseTensor, y: Any, op_name: str, op_type: str) -> SparseTensor:
    """binary_op_wrapper_sparse: `y` converted to the values' dtype as "y", then the cwise op
    named after the scope (`sp / y` of floats: _sparse_dense_truediv re-enters that scope and
    casts nothing); the result shares the indices and dense shape."""
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.framework.op_def_library import apply_op
    from scopecli.engine.ops_core import convert_to_tensor

    state = sp_x.state
    with name_scope(state, None, op_name, [sp_x, y]) as name:
        y = convert_to_tensor(state, y, sp_x._values._dtype.base_dtype, name="y")
        values = sp_x._values
        if op_name == "truediv":
            values, y = _truediv_cast(state, values, y)
        op = apply_op(state, op_type, name, sp_indices=sp_x._indices, sp_values=values,
                      sp_shape=sp_x._dense_shape, dense=y)
    return SparseTensor(state, sp_x._indices, op._outputs[0], sp_x._dense_shape)


# sparse_tensor._TRUEDIV_TABLE: the float dtype `sp / dense` divides integers in (None: as is).
_TRUEDIV_FLOATS = {"uint8": "float32", "int8": "float32", "uint16": "float32", "int16": "float32",
                   "uint32": "float64", "int32": "float64", "uint64": "float64", "int64": "float64",
                   "bfloat16": None, "float16": None, "float32": None, "float64": None,
                   "complex64": None, "complex128": None}


def _truediv_cast(state: TFState, values: Any, y: Any) -> tuple[Any, Any]:
    """_sparse_dense_truediv: integer values and divisor are both cast (Cast, Cast_1 in the
    truediv scope) to the float dtype of _TRUEDIV_TABLE; other dtypes are refused."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.ops.math_arith_ops import cast
    from scopecli.errors import tf_type_error

    x_dtype = values._dtype.base_dtype
    if x_dtype.name not in _TRUEDIV_FLOATS:
        expected = ", ".join(repr(dtypes.as_dtype(name)) for name in _TRUEDIV_FLOATS)
        raise tf_type_error(f"Invalid dtype {x_dtype!r} in __truediv__. Expected one of {{{expected}}}.")
    target = _TRUEDIV_FLOATS[x_dtype.name]
    if target is None:
        return values, y
    return cast(state, values, target), cast(state, y, target)
