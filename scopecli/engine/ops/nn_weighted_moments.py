"""tf.nn.weighted_moments (v1) as nn_impl.weighted_moments builds it: in a `weighted_moments`
scope, the weighted sum, the sum of the weights broadcast to x, their DivNoNan quotient as the
mean, the weighted squared distance and its quotient as the variance (every sum keeping its
dims, squeezed at the end unless keep_dims); float16 computed in float32."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("nn.weighted_moments")
def weighted_moments(state: TFState, x: Any, axes: Any, frequency_weights: Any, name: Any = None,
                     keep_dims: Any = None, keepdims: Any = None) -> tuple[Tensor, Tensor]:
    """nn_impl.weighted_moments."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.losses import div_no_nan, squared_difference

    if keep_dims is not None and keepdims is not None:
        raise tf_value_error("Cannot specify both 'keepdims' and 'keep_dims'")
    keep = bool(keep_dims if keepdims is None else keepdims)
    with name_scope(state, name, "weighted_moments", [x, frequency_weights, axes]):
        x = convert_to_tensor(state, x, name="x")
        frequency_weights = convert_to_tensor(state, frequency_weights, name="frequency_weights")
        needs_cast = x._dtype.base_dtype is dtypes.float16
        if needs_cast:
            x = m.cast(state, x, dtypes.float32)
        if frequency_weights._dtype.base_dtype is not x._dtype.base_dtype:
            frequency_weights = m.cast(state, frequency_weights, x._dtype)
        weighted_input_sum = red.reduce_sum(state, frequency_weights * x, axes, name="weighted_input_sum",
                                            keepdims=True)
        broadcasted_weights = frequency_weights + fill_ops.zeros_like(state, x)
        sum_of_weights = red.reduce_sum(state, broadcasted_weights, axes, name="sum_of_weights",
                                        keepdims=True)
        weighted_mean = div_no_nan(state, weighted_input_sum, sum_of_weights)
        distances = frequency_weights * squared_difference(state, x, weighted_mean)
        weighted_distsq = red.reduce_sum(state, distances, axes, name="weighted_distsq", keepdims=True)
        weighted_variance = div_no_nan(state, weighted_distsq, sum_of_weights)
        if not keep:
            weighted_mean = shape_ops.squeeze(state, weighted_mean, axis=axes)
            weighted_variance = shape_ops.squeeze(state, weighted_variance, axis=axes)
        if needs_cast:
            weighted_mean = m.cast(state, weighted_mean, dtypes.float16)
            weighted_variance = m.cast(state, weighted_variance, dtypes.float16)
        return weighted_mean, weighted_variance
