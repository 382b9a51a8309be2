"""tf.nn.dropout (nn_ops.dropout v1 -> dropout_v2 -> _dropout), op for op as TF 2.21 builds it:
`x * (1 / keep)` (or `x / (1 - rate)` for a tensor rate), a RandomUniform of the noise shape,
`random >= rate`, SelectV2 against 0, and the input's static shape set on the result."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import TensorConvertible, constant, convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _is_real(value: Any) -> bool:
    """isinstance(value, numbers.Real) (bools are Reals too)."""
    return isinstance(value, (int, float))


@tf_export("nn.dropout")
def dropout(state: TFState, x: Any, keep_prob: Any = None, noise_shape: Any = None, seed: Any = None,
            name: Any = None, rate: Any = None) -> Tensor:
    """nn_ops.dropout (v1): `1. - keep_prob` is computed first (a `sub` op outside the scope
    when keep_prob is a tensor), then dropout_v2."""
    from scopecli.engine.ops import math_arith_ops as m

    rate_from_keep = None
    if keep_prob is not None:
        if _is_real(keep_prob):
            rate_from_keep = 1.0 - keep_prob
        elif isinstance(keep_prob, (Tensor, TensorConvertible)):
            rate_from_keep = m.operator_reflected(state, "sub", m.subtract, keep_prob, 1.0)
        else:
            raise tf_value_error("`keep_prob` must be a floating point number or Tensor. Received: "
                                 f"keep_prob={keep_prob}")
    if rate is not None and rate_from_keep is not None:
        raise tf_value_error("Cannot specify both 'keep_prob' and 'rate'.")
    rate = rate if rate is not None else rate_from_keep
    if rate is None:
        raise tf_value_error(f"`rate` must be provided. Received: rate={rate}")
    return dropout_v2(state, x, rate, noise_shape, seed, name)


def dropout_v2(state: TFState, x: Any, rate: Any, noise_shape: Any = None, seed: Any = None,
               name: Any = None) -> Tensor:
    """nn_ops._dropout with random_uniform as the sampler."""
    from scopecli.engine.ops import math_arith_ops as m

    with name_scope(state, name, "dropout", [x]):
        is_number = _is_real(rate)
        if is_number and (rate < 0 or rate >= 1):
            raise tf_value_error("`rate` must be a scalar tensor or a float in the range [0, 1). Received: "
                                 f"rate={rate}")
        x = convert_to_tensor(state, x, name="x")
        x_dtype = x._dtype.base_dtype
        if not x_dtype.is_floating:
            raise tf_value_error("`x.dtype` must be a floating point tensor as `x` will be scaled. Received: "
                                 f"x_dtype=<dtype: '{x_dtype.name}'>")
        if is_number and rate == 0:
            return x
        if not isinstance(rate, Tensor):
            if not is_number:
                raise tf_value_error(f"`rate` must be a scalar or scalar tensor. Received: rate={rate}")
            scale = constant(state, 1 / (1 - rate), dtype=x_dtype)
            ret = output(apply_op(state, "Mul", None, x=x, y=scale))
        else:
            if rate._shape.dims_ is not None and len(rate._shape.dims_) != 0:
                raise tf_value_error(f"Shape {rate._shape} must have rank 0")
            if rate._dtype.base_dtype is not x_dtype:
                # DType.is_compatible_with holds only for the same base dtype, so TF's Cast to
                # x's dtype that follows is never reached.
                raise tf_value_error("`x.dtype` must be compatible with `rate.dtype`. Received: "
                                     f"x.dtype=<dtype: '{x_dtype.name}'> and rate.dtype=<dtype: "
                                     f"'{rate._dtype.base_dtype.name}'>")
            one = constant(state, 1, dtype=x_dtype)
            ret = output(apply_op(state, "RealDiv", None, x=x,
                                  y=output(apply_op(state, "Sub", None, x=one, y=rate))))
        shape = _noise_shape(state, x, noise_shape)
        random_tensor = _random_uniform(state, shape, x_dtype, seed)
        keep_mask = m.operator_binary(state, "GreaterEqual", m.greater_equal, random_tensor, rate)
        zero = constant(state, 0, dtype=x_dtype)
        ret = output(apply_op(state, "SelectV2", None, condition=keep_mask, t=ret, e=zero))
        ret.set_shape(x._shape)
        return ret


def _noise_shape(state: TFState, x: Tensor, noise_shape: Any) -> Any:
    """nn_ops._get_noise_shape: tf.shape(x), or the given shape with x's known dims filled in."""
    from scopecli.engine.framework.shapes import TensorShape, as_shape
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.errors import ScenarioError

    if noise_shape is None:
        return shape_ops.shape(state, x)
    if isinstance(noise_shape, Tensor):
        return noise_shape
    try:
        given = as_shape(noise_shape)
    except ScenarioError as error:
        if error.type_name not in ("TypeError", "ValueError"):
            raise
        return noise_shape  # e.g. [shape[0], 1, shape[-1]] of tensors: random_uniform packs it
    dims, wanted = x._shape.dims_, given.dims_
    if dims is not None and wanted is not None and len(dims) == len(wanted):
        return TensorShape.known(tuple(d if w is None and d is not None else w for d, w in zip(dims, wanted,
                                                                                               strict=True)))
    return noise_shape


def _random_uniform(state: TFState, shape: Any, dtype: dtypes.DType, seed: Any) -> Tensor:
    """random_ops.random_uniform(noise_shape, seed=seed, dtype=x_dtype), as nn_ops.dropout calls it:
    minval 0 and maxval 1 make only the RandomUniform op."""
    from scopecli.engine.ops.random_ops import random_uniform

    return random_uniform(state, shape, dtype=dtype, seed=seed)
