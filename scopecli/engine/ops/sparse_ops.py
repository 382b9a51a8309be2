"""The SparseTensor API of graph models (sparse_ops.py, array_ops.sparse_placeholder): the class
and its value type, tf.sparse_placeholder, tf.sparse_retain, tf.sparse_tensor_dense_matmul, and
the shape functions of SparseTensorDenseMatMul, SparseDenseCwiseMul/Div, SparseTensorDenseAdd
(sparse_ops.cc)."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.sparse_tensor import SparseTensor, SparseTensorValue, to_sparse
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.engine.ops.tensor_util import constant_value_as_shape
from scopecli.errors import tf_value_error
from scopecli.model import ClassRef

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _sparse_tensor_class(state: TFState) -> ClassRef:
    def make(indices: Any, values: Any, dense_shape: Any) -> SparseTensor:
        return SparseTensor(state, indices, values, dense_shape)

    return ClassRef("SparseTensor", SparseTensor, make)


def _sparse_tensor_value_class(state: TFState) -> ClassRef:
    return ClassRef("SparseTensorValue", SparseTensorValue, SparseTensorValue)


for _name in ("SparseTensor", "sparse.SparseTensor"):
    export_value(_name, make=_sparse_tensor_class)
export_value("SparseTensorValue", make=_sparse_tensor_value_class)


# -- the public functions ------------------------------------------------------------------------

@tf_export("sparse_placeholder", "sparse.placeholder", label=False)
def sparse_placeholder(state: TFState, dtype: Any, shape: Any = None, name: Any = None) -> SparseTensor:
    """array_ops.sparse_placeholder: placeholders for the values and indices; the dense shape a
    placeholder (no `shape`) or a placeholder_with_default of the given shape."""
    from scopecli.engine.framework.shapes import Dimension
    from scopecli.engine.ops.array_shape_ops import placeholder, placeholder_with_default
    from scopecli.engine.ops_core import convert_to_tensor

    shape_name = f"{name}/shape" if name is not None else None
    default_shape_name = f"{name}/shape_default" if name is not None else None
    if shape is None:
        rank = None
        dense_shape = placeholder(state, dtypes.int64, shape=[rank], name=shape_name)
        dense_shape_default = constant_value_as_shape(dense_shape)
    else:
        from scopecli.engine.framework.graph import Tensor

        if isinstance(shape, Tensor):
            rank = shape._shape.dims_[0] if shape._shape.dims_ else None
            dense_shape_default = constant_value_as_shape(shape)
        else:
            dims = [d._value if isinstance(d, Dimension) else d for d in shape]
            rank = len(dims)
            dense_shape_default = TensorShape(tuple(None if d is None or d == -1 else d for d in dims))
            shape = convert_to_tensor(state, tuple(-1 if d is None else d for d in dims), dtypes.int64,
                                      name=default_shape_name)
        dense_shape = placeholder_with_default(state, shape, shape=shape._shape, name=shape_name)
    values = placeholder(state, dtype, shape=[None], name=f"{name}/values" if name is not None else None)
    indices = placeholder(state, dtypes.int64, shape=[None, rank],
                          name=f"{name}/indices" if name is not None else None)
    result = SparseTensor(state, indices, values, dense_shape)
    result.set_shape(dense_shape_default)
    return result


@tf_export("sparse_retain", "sparse.retain", label=False)
def sparse_retain(state: TFState, sp_input: Any, to_retain: Any) -> SparseTensor:
    """The entries of `sp_input` where `to_retain` (one bool per value) is true: Where, Reshape
    [-1], a gather of the indices and of the values, an Identity of the dense shape."""
    from scopecli.engine.ops.array_join_ops import gather
    from scopecli.engine.ops.array_shape_ops import identity, reshape
    from scopecli.engine.ops.reduction_ops import where_v2
    from scopecli.engine.ops_core import convert_to_tensor

    sp_input = to_sparse(state, sp_input)
    to_retain = convert_to_tensor(state, to_retain)
    retain_dims = to_retain._shape.dims_
    if retain_dims is not None and len(retain_dims) != 1:
        raise tf_value_error(f"Shape {to_retain._shape} must have rank 1")
    values_dims = sp_input._values._shape.dims_
    if values_dims is not None and retain_dims is not None and None not in (values_dims[0], retain_dims[0]) \
            and values_dims[0] != retain_dims[0]:
        raise tf_value_error(f"Dimensions {values_dims[0]} and {retain_dims[0]} are not compatible")
    where_true = reshape(state, where_v2(state, to_retain), [-1])
    new_indices = gather(state, sp_input._indices, where_true)
    new_values = gather(state, sp_input._values, where_true)
    return SparseTensor(state, new_indices, new_values, identity(state, sp_input._dense_shape))


@tf_export("sparse_tensor_dense_matmul", "sparse.sparse_dense_matmul", "sparse.matmul", label=False)
def sparse_tensor_dense_matmul(state: TFState, sp_a: Any, b: Any, adjoint_a: bool = False,
                               adjoint_b: bool = False, name: Any = None) -> Tensor:
    """sparse_ops.sparse_tensor_dense_matmul: SparseTensorDenseMatMul under its name scope (a
    sparse `b` is the transposed product of the operands swapped)."""
    from scopecli.engine.ops.array_shape_ops import transpose
    from scopecli.engine.ops_core import convert_to_tensor

    if isinstance(b, (SparseTensor, SparseTensorValue)):
        if adjoint_a != adjoint_b:
            return transpose(state, sparse_tensor_dense_matmul(state, b, sp_a, adjoint_a, adjoint_b))
        return transpose(state, sparse_tensor_dense_matmul(state, b, sp_a, adjoint_a=not adjoint_a,
                                                           adjoint_b=not adjoint_b))
    sp_a = to_sparse(state, sp_a)
    with name_scope(state, name, "SparseTensorDenseMatMul", [sp_a._indices, sp_a._values, b]):
        b = convert_to_tensor(state, b, name="b")
        # the generated wrapper is called without the scope's name: its op is "<scope>/<type>"
        op = apply_op(state, "SparseTensorDenseMatMul", None, a_indices=sp_a._indices, a_values=sp_a._values,
                      a_shape=sp_a._dense_shape, b=b, adjoint_a=adjoint_a, adjoint_b=adjoint_b)
    return op._outputs[0]


# -- shape functions -----------------------------------------------------------------------------

def _rank(shape: TensorShape, rank: int, node: str, op_type: str, attrs: dict[str, Any],
          inputs: list[Tensor]) -> tuple[int | None, ...]:
    if shape.dims_ is None:
        return (None,) * rank
    if len(shape.dims_) != rank:
        raise shape_error(f"Shape must be rank {rank} but is rank {len(shape.dims_)}", node, op_type, attrs,
                          inputs)
    return shape.dims_


@shape_fn("SparseTensorDenseMatMul")
def _sparse_dense_matmul_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """[rows of a (its dense_shape's value), columns of b], the inner dimensions merged."""
    op_type = "SparseTensorDenseMatMul"
    _rank(inputs[0]._shape, 2, node, op_type, attrs, inputs)
    _rank(inputs[1]._shape, 1, node, op_type, attrs, inputs)
    partial = constant_value_as_shape(inputs[2])
    a_shape = _rank(partial, 2, node, op_type, attrs, inputs)
    b = _rank(inputs[3]._shape, 2, node, op_type, attrs, inputs)
    adjoint_a, adjoint_b = bool(attrs["adjoint_a"]), bool(attrs["adjoint_b"])
    inner_left, inner_right = a_shape[0 if adjoint_a else 1], b[1 if adjoint_b else 0]
    if inner_left is not None and inner_right is not None and inner_left != inner_right:
        # the message lists a_shape's value as read by MakeShapeFromShapeTensor
        extra = "" if partial.dims_ is None else (
            " and with input tensors computed as partial shapes: input[2] = "
            f"[{','.join('?' if d is None else str(d) for d in partial.dims_)}]")
        raise shape_error(f"Dimensions must be equal, but are {inner_left} and {inner_right}", node, op_type,
                          attrs, inputs, extra)
    return [TensorShape.known((a_shape[1 if adjoint_a else 0], b[0 if adjoint_b else 1]))]


def _cwise_shape(op_type: str) -> Any:
    def shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        """A vector of one value per index (the indices' first dimension)."""
        indices = _rank(inputs[0]._shape, 2, node, op_type, attrs, inputs)
        return [TensorShape.known((indices[0],))]

    return shape


for _op_type in ("SparseDenseCwiseMul", "SparseDenseCwiseDiv"):
    shape_fn(_op_type)(_cwise_shape(_op_type))


@shape_fn("SparseTensorDenseAdd")
def _sparse_tensor_dense_add_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]
                                   ) -> list[TensorShape]:
    """The dense operand's shape."""
    return [inputs[3]._shape]


@tf_export("sparse.to_dense", "sparse_tensor_to_dense", label=False)
def sparse_tensor_to_dense(state: TFState, sp_input: Any, default_value: Any = None,
                           validate_indices: bool = True, name: Any = None) -> Tensor:
    """sparse_ops.sparse_tensor_to_dense: SparseToDense of the indices, the dense shape and the
    values, around a `zeros([])` default of the values' dtype."""
    from scopecli.engine.ops.array_fill_ops import zeros

    sp_input = to_sparse(state, sp_input)
    if default_value is None:
        default_value = zeros(state, [], dtype=sp_input._values._dtype)
    return apply_op(state, "SparseToDense", name, sparse_indices=sp_input._indices,
                    output_shape=sp_input._dense_shape, sparse_values=sp_input._values,
                    default_value=default_value, validate_indices=validate_indices)._outputs[0]
