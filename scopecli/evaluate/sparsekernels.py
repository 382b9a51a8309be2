"""Kernels of the SparseTensor arithmetic ops (sparse_tensor_dense_matmul_op.cc,
sparse_dense_binary_op_shared.cc, sparse_tensor_dense_add_op.cc): a sparse operand given as
indices [N, rank], values [N] and its dense shape, in the values' dtype."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import PY_ITEM, kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _points(indices: np.ndarray, shape: np.ndarray, values: np.ndarray, op_type: str) -> tuple[Any, ...]:
    """The indices as numpy index arrays, checked against the dense shape as TF checks them."""
    if indices.ndim != 2 or values.ndim != 1 or indices.shape[0] != values.shape[0]:
        raise KernelError(f"{op_type}: indices should be a matrix and values a vector of the same length, "
                          f"got indices {list(indices.shape)} and values {list(values.shape)}")
    if indices.shape[1] != shape.shape[0]:
        raise KernelError(f"{op_type}: the indices' width {indices.shape[1]} is not the rank "
                          f"{shape.shape[0]} of the dense shape")
    for axis, size in enumerate(shape.tolist()):
        column = indices[:, axis]
        bad = np.nonzero((column < 0) | (column >= size))[0]
        if bad.size:
            row = int(bad[0])
            raise KernelError(f"k ({int(column[row])}) from index[{row},{axis}] out of bounds (>={size})")
    return tuple(indices[:, axis] for axis in range(indices.shape[1]))


@kernel("SparseTensorDenseMatMul")
def _sparse_dense_matmul(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """The sparse matrix made dense, adjointed as asked, times (the adjoint of) b."""
    indices, values, a_shape, b = (np.asarray(x) for x in inputs)
    if a_shape.shape != (2,):
        raise KernelError(f"Tensor 'a_shape' is not a vector of length 2: {list(a_shape.shape)}")
    points = _points(indices.astype(np.int64), a_shape, values, "SparseTensorDenseMatMul")
    rows, cols = (int(d) for d in a_shape)
    ctx.allocate(op, (rows, cols))
    dense = np.zeros((rows, cols), dtype=values.dtype)
    np.add.at(dense, points, values)
    if op.attrs["adjoint_a"]:
        dense = dense.conj().T
    right = b.conj().T if op.attrs["adjoint_b"] else b
    if dense.shape[1] != right.shape[0]:
        raise KernelError(f"Cannot multiply A and B because inner dimension does not match: {dense.shape[1]} "
                          f"vs. {right.shape[0]}.  Did you forget a transpose?  Dimensions of A: "
                          f"[{rows}, {cols}).  Dimensions of B: {list(b.shape)}")
    ctx.allocate(op, (dense.shape[0], right.shape[1]))
    return [np.matmul(dense, right).astype(values.dtype, copy=False)]


def _cwise(op: Any, inputs: list[Any], ctx: Context, divide: bool) -> list[Any]:
    """Each value with the dense operand's element at its index (the dense one broadcast to the
    sparse tensor's shape, aligned on the right)."""
    indices, values, shape, dense = (np.asarray(x) for x in inputs)
    op_type = op._type
    points = _points(indices.astype(np.int64), shape, values, op_type)
    target = tuple(int(d) for d in shape)
    try:
        wide = np.broadcast_to(dense, target)
    except ValueError:
        raise KernelError(f"SparseDenseBinaryOpShared broadcasts dense to sparse only; got incompatible "
                          f"shapes: [{','.join(str(d) for d in target)}] vs. "
                          f"[{','.join(str(d) for d in dense.shape)}]") from None
    picked = wide[points] if values.size else np.zeros((0,), values.dtype)
    ctx.allocate(op, values.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = values / picked if divide else values * picked
    return [np.asarray(result).astype(values.dtype, copy=False)]


@kernel("SparseDenseCwiseMul")
def _sparse_dense_mul(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return _cwise(op, inputs, ctx, divide=False)


@kernel("SparseDenseCwiseDiv")
def _sparse_dense_div(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return _cwise(op, inputs, ctx, divide=True)


@kernel("SparseTensorDenseAdd")
def _sparse_tensor_dense_add(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """b with each value added at its index."""
    indices, values, shape, b = (np.asarray(x) for x in inputs)
    if tuple(int(d) for d in shape) != b.shape:
        raise KernelError(f"Dimensions of a_shape and b.shape do not match: {list(shape)} vs. "
                          f"{list(b.shape)}")
    points = _points(indices.astype(np.int64), shape, values, "SparseTensorDenseAdd")
    ctx.allocate(op, b.shape)
    out = b.copy()
    np.add.at(out, points, values)
    return [out]


@kernel("SparseAdd")
def _sparse_add(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """sparse_add_op.cc: merge the two (row-major ordered) index lists; where both hold a value
    the sum is kept only when |sum| >= thresh, a value only one side holds is copied as is."""
    a_ind, a_val, a_shape, b_ind, b_val, b_shape, thresh = (np.asarray(x) for x in inputs)
    if a_shape.shape != b_shape.shape or not np.array_equal(a_shape, b_shape):
        raise KernelError(f"Operands' shapes do not match: got {list(a_shape)} and {list(b_shape)}")
    ctx.charge((len(a_ind) + len(b_ind)) * PY_ITEM)
    a_keys = [tuple(int(v) for v in row) for row in a_ind.reshape(len(a_val), -1)]
    b_keys = [tuple(int(v) for v in row) for row in b_ind.reshape(len(b_val), -1)]
    indices: list[tuple[int, ...]] = []
    values: list[Any] = []
    i = j = 0
    while i < len(a_keys) or j < len(b_keys):
        if j >= len(b_keys) or (i < len(a_keys) and a_keys[i] < b_keys[j]):
            indices.append(a_keys[i])
            values.append(a_val[i])
            i += 1
        elif i >= len(a_keys) or b_keys[j] < a_keys[i]:
            indices.append(b_keys[j])
            values.append(b_val[j])
            j += 1
        else:
            total = a_val[i] + b_val[j]
            if thresh <= abs(total):
                indices.append(a_keys[i])
                values.append(total)
            i += 1
            j += 1
    rank = a_shape.shape[0] if a_shape.ndim == 1 else 0
    out_ind = np.array(indices, dtype=np.int64).reshape(len(indices), rank)
    return [out_ind, np.array(values, dtype=a_val.dtype).reshape(len(values)), a_shape.astype(np.int64)]


@kernel("SparseAddGrad")
def _sparse_add_grad(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """Each value of a and of b gets the sum's gradient at its index (zero where a threshold
    dropped the sum)."""
    grad, a_ind, b_ind, sum_ind = (np.asarray(x) for x in inputs)
    ctx.charge((len(a_ind) + len(b_ind) + len(sum_ind)) * PY_ITEM)
    at = {tuple(int(v) for v in row): k for k, row in enumerate(sum_ind)}
    zero = np.zeros((), dtype=grad.dtype)

    def pick(indices: np.ndarray) -> np.ndarray:
        rows = [at.get(tuple(int(v) for v in row)) for row in indices]
        return np.array([zero if k is None else grad[k] for k in rows], dtype=grad.dtype).reshape(len(rows))

    return [pick(a_ind), pick(b_ind)]
