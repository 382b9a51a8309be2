"""tf.norm (linalg_ops.norm, v1): euclidean/fro, 1, inf and p-norms of vectors and matrices,
op for op: sqrt(reduce_sum(t * t, axis, keepdims=True)), abs + reduce_sum/reduce_max, or the
p-power sum; then Squeeze unless keepdims. The matrix 2-norm (an SVD in a map_fn) is refused."""

from __future__ import annotations

import math

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _check(ord: Any, axis: Any) -> tuple[bool, Any]:  # noqa: A002 - TF's name
    is_matrix = isinstance(axis, (tuple, list)) and len(axis) == 2
    if is_matrix:
        axis = tuple(axis)
        if not isinstance(axis[0], int) or not isinstance(axis[1], int) or axis[0] == axis[1]:
            raise tf_value_error("'axis' must be None, an integer, or a tuple of 2 unique integers, got "
                                 f"{axis}")
        supported = ["euclidean", "fro", 1, 2, math.inf]
        if ord not in supported:
            raise tf_value_error(f"'ord' must be a supported matrix norm in ['euclidean', 'fro', 1, 2, inf], "
                                 f"got {ord}")
        return True, axis
    if not (isinstance(axis, int) or axis is None):
        raise tf_value_error(f"'axis' must be None, an integer, or a tuple of 2 unique integers, got {axis}")
    numeric = isinstance(ord, (int, float)) and not isinstance(ord, bool)
    if (not numeric or ord <= 0) and ord not in ["euclidean", 1, 2, math.inf]:
        raise tf_value_error(f"'ord' must be a supported vector norm, got {ord}")
    return False, None if axis is None else (axis,)


@tf_export("norm", "linalg.norm")
def norm(state: TFState, tensor: Any, ord: Any = "euclidean", axis: Any = None, keepdims: Any = None,  # noqa: A002
         name: Any = None, keep_dims: Any = None) -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops.array_shape_ops import squeeze
    from scopecli.engine.ops.reduction_ops import reduce_max, reduce_sum
    from scopecli.engine.ops_core import convert_to_tensor

    keepdims = bool(keepdims if keepdims is not None else keep_dims)
    is_matrix, axis = _check(ord, axis)
    with name_scope(state, name, "norm", [tensor]):
        tensor = convert_to_tensor(state, tensor)
        if ord in ["fro", "euclidean", 2, 2.0]:
            if is_matrix and ord in [2, 2.0]:
                raise InputError("tf.norm(ord=2) of a matrix (an SVD) is not supported by scopecli yet")
            squares = m.operator_binary(state, "mul", m.multiply, tensor, tensor)  # conj(x) is x for reals
            result = mu.sqrt(state, reduce_sum(state, squares, axis, keepdims=True))
        else:
            result = mu.abs_(state, tensor)
            if ord == 1:
                result = reduce_sum(state, result, None if axis is None else axis[0], keepdims=True)
                if is_matrix:
                    result = reduce_max(state, result, axis[-1], keepdims=True)
            elif ord == math.inf:
                if is_matrix:
                    result = reduce_sum(state, result, axis[1], keepdims=True)
                result = reduce_max(state, result, None if axis is None else axis[0], keepdims=True)
            else:
                powered = reduce_sum(state, m.pow_(state, result, ord), axis, keepdims=True)
                result = m.pow_(state, powered, 1.0 / ord)
        if not keepdims:
            result = squeeze(state, result, axis)
        return result
