"""tf.hessians (v1, gradients_impl.hessians): each x's second derivatives, built as TF does, by a
tf.while_loop over the flattened first gradient that writes one gradient row per iteration into
a TensorArray, stacked and reshaped to shape(x) + shape(x)."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@tf_export("hessians")
def hessians(state: TFState, ys: Any, xs: Any, name: Any = "hessians",
             colocate_gradients_with_ops: Any = False, gate_gradients: Any = False,
             aggregation_method: Any = None) -> list[Any]:
    """gradients_impl.hessians; like TF, `name` is accepted and not used."""
    from scopecli.engine.framework.constant_op import constant
    from scopecli.engine.gradients_util import gradients
    from scopecli.engine.ops.array_join_ops import concat
    from scopecli.engine.ops.array_shape_ops import reshape, shape, size
    from scopecli.engine.ops.tensor_array_ops import TensorArray
    from scopecli.engine.ops.tensor_getitem_override import getitem
    from scopecli.engine.ops.while_loop import while_loop

    xs = list(xs) if isinstance(xs, (list, tuple)) else [xs]
    kwargs = {"colocate_gradients_with_ops": colocate_gradients_with_ops, "gate_gradients": gate_gradients,
              "aggregation_method": aggregation_method}
    result = []
    for gradient, x in zip(gradients(state, ys, xs, **kwargs), xs, strict=True):
        gradient = reshape(state, gradient, [-1])
        n = size(state, x)
        loop_vars = [constant(state, 0, dtypes.int32), TensorArray(state, x.dtype, n)]

        def body(j: Any, array: Any, gradient: Any = gradient, x: Any = x) -> tuple[Any, Any]:
            return j + 1, array.write(j, gradients(state, getitem(gradient, j), x)[0])

        _, hessian = while_loop(state, lambda j, _, n=n: j < n, body, loop_vars)
        x_shape = shape(state, x)
        result.append(reshape(state, hessian.stack(), concat(state, (x_shape, x_shape), 0)))
    return result
