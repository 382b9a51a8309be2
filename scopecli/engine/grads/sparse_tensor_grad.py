"""Gradients of the SparseTensor arithmetic ops, as TF's sparse_grad.py builds them:
SparseTensorDenseMatMul (the dense operand's by the adjoint product, the values' by gathered
rows), SparseDenseCwiseMul/Div (the dense operand's summed back through SparseTensorDenseAdd)
and SparseTensorDenseAdd (the values' gathered from the incoming gradient)."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient, not_differentiable

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState


@gradient("SparseTensorDenseMatMul")
def _sparse_tensor_dense_matmul_grad(state: TFState, op: Operation, grad: Any) -> Any:
    from scopecli.engine.framework.op_def_library import apply_op
    from scopecli.engine.ops.array_join_ops import gather
    from scopecli.engine.ops.array_shape_ops import expand_dims, squeeze, transpose
    from scopecli.engine.ops.manip_ops import matrix_transpose
    from scopecli.engine.ops.math_arith_ops import matmul
    from scopecli.errors import tf_type_error

    a_indices, a_values, a_shape, b = op._inputs
    adj_a, adj_b = bool(op.attrs["adjoint_a"]), bool(op.attrs["adjoint_b"])
    a_type, b_type = a_values._dtype.base_dtype, b._dtype.base_dtype
    if a_type != b_type:
        raise tf_type_error(f"SparseTensorDenseMatMul op received operands with different types: "
                            f"`{a_type!r}` and `{b_type!r}`.")
    # gradient w.r.t. dense
    b_grad = apply_op(state, "SparseTensorDenseMatMul", None, a_indices=a_indices, a_values=a_values,
                      a_shape=a_shape, b=grad, adjoint_a=not adj_a, adjoint_b=False)._outputs[0]
    if adj_b:
        b_grad = matrix_transpose(state, b_grad, conjugate=True)
    # gradient w.r.t. the sparse values: grad's rows against b's rows at each index
    rows = a_indices[:, 0]
    cols = a_indices[:, 1]
    parts_a = gather(state, grad, rows if not adj_a else cols)
    parts_b = gather(state, b if not adj_b else transpose(state, b), cols if not adj_a else rows)
    if not adj_a and not adj_b:
        a_values_grad = matmul(state, expand_dims(state, parts_a, -2), expand_dims(state, parts_b, -2),
                               adjoint_b=True)
    elif adj_a and not adj_b:
        a_values_grad = matmul(state, expand_dims(state, parts_a, -1), expand_dims(state, parts_b, -1),
                               adjoint_a=True)
    elif not adj_a and adj_b:
        a_values_grad = matmul(state, expand_dims(state, parts_a, -2), expand_dims(state, parts_b, -1))
    else:
        a_values_grad = matmul(state, expand_dims(state, parts_a, -1), expand_dims(state, parts_b, -2),
                               adjoint_a=True, adjoint_b=True)
    return [None, squeeze(state, a_values_grad, axis=[-2, -1]), None, b_grad]


def _cwise_grad(state: TFState, op: Operation, grad: Any, is_mul: bool) -> Any:
    """_SparseDenseCwiseMulOrDivGrad: the dense operand's values at each (scaled) index; its own
    gradient added back into zeros of its shape."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.framework.sparse_tensor import SparseTensor
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.array_fill_ops import ones, zeros_like
    from scopecli.engine.ops.array_join_ops import concat
    from scopecli.engine.ops.array_ops import slice_
    from scopecli.engine.ops.array_shape_ops import expand_dims, shape, size
    from scopecli.engine.ops.manip_ops import gather_nd
    from scopecli.engine.ops.math_unary_ops import square

    x_indices, x_values, x_shape, y = op._inputs
    y_shape = m.cast(state, shape(state, y), dtypes.int64)
    num_added_dims = expand_dims(state, size(state, x_shape) - size(state, y_shape), 0)
    augmented_y_shape = concat(state, [ones(state, num_added_dims, dtypes.int64), y_shape], 0)
    scaling = x_shape // augmented_y_shape
    scaled_indices = x_indices // scaling
    scaled_indices = slice_(state, scaled_indices, concat(state, [[0], num_added_dims], 0), [-1, -1])
    dense_vals = gather_nd(state, y, scaled_indices)
    if is_mul:
        dx = grad * dense_vals
        dy_val = grad * x_values
    else:
        dx = grad / dense_vals
        dy_val = grad * (-x_values / square(state, dense_vals))
    # indices can repeat after scaling, so sparse_to_dense cannot be used: sparse_add(dense, sparse)
    sparse = SparseTensor(state, scaled_indices, dy_val, y_shape)
    dy = sparse_tensor_dense_add(state, sparse, zeros_like(state, y))
    return [None, dx, None, dy]


def sparse_tensor_dense_add(state: TFState, sparse: Any, dense: Any) -> Any:
    """sparse_ops.sparse_add of a SparseTensor and a dense tensor: SparseTensorDenseAdd."""
    from scopecli.engine.framework.op_def_library import apply_op

    return apply_op(state, "SparseTensorDenseAdd", None, a_indices=sparse._indices, a_values=sparse._values,
                    a_shape=sparse._dense_shape, b=dense)._outputs[0]


@gradient("SparseDenseCwiseMul")
def _sparse_dense_cwise_mul_grad(state: TFState, op: Operation, grad: Any) -> Any:
    return _cwise_grad(state, op, grad, True)


@gradient("SparseDenseCwiseDiv")
def _sparse_dense_cwise_div_grad(state: TFState, op: Operation, grad: Any) -> Any:
    return _cwise_grad(state, op, grad, False)


@gradient("SparseTensorDenseAdd")
def _sparse_tensor_dense_add_grad(state: TFState, op: Operation, out_grad: Any) -> Any:
    from scopecli.engine.ops.manip_ops import gather_nd

    return [None, gather_nd(state, out_grad, op._inputs[0]), None, out_grad]


@gradient("SparseAdd")
def _sparse_add_grad(state: TFState, op: Operation, *grads: Any) -> Any:
    """sparse_grad._SparseAddGrad: SparseAddGrad of the values' gradient, shaped like each values."""
    from scopecli.engine import gen

    a_indices, a_values, _, b_indices, b_values, _, _ = op._inputs
    a_grad, b_grad = gen.op("SparseAddGrad")(state, grads[1], a_indices, b_indices, op._outputs[0])
    a_grad.set_shape(a_values._shape)
    b_grad.set_shape(b_values._shape)
    return [None, a_grad, None, None, b_grad, None, None]


not_differentiable("SparseAddGrad")
