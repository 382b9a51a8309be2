"""tf.nn.pool (v1) as nn_ops.pool builds it: a `<type>_pool` scope, the `dilation_rate` constant
of with_space_to_batch, and max_pool/avg_pool (1-D through an expand_dims/squeeze, 3-D the
pool3d ops) named as the scope; a dilation above 1 spreads a 2-D NHWC input with
SpaceToBatchND/BatchToSpaceND around an undilated pool (nn_space_to_batch.with_space_to_batch)."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _ints(values: Any, count: int, what: str) -> list[int]:
    """_get_strides_and_dilation_rate for one argument: [1] * count when None, else positive."""
    if values is None:
        return [1] * count
    values = [int(v) for v in values]
    if len(values) != count:
        raise tf_value_error(f"`len({what})` should be {count}. Received: {what}={values} of length "
                             f"{len(values)}")
    if any(v < 1 for v in values):
        raise tf_value_error(f"all values of `{what}` must be positive. Received: {what}="
                             f"[{' '.join(str(v) for v in values)}]")
    return values


def _np_list(values: list[int]) -> str:
    return f"[{' '.join(str(v) for v in values)}]"


@tf_export("nn.pool")
def pool(state: TFState, input: Any, window_shape: Any, pooling_type: Any, padding: Any,  # noqa: A002
         dilation_rate: Any = None, strides: Any = None, name: Any = None, data_format: Any = None,
         dilations: Any = None) -> Tensor:
    """nn_ops.pool."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.ops_core import constant

    if dilations is not None and dilation_rate is not None:
        raise tf_value_error("Cannot specify both 'dilations' and 'dilation_rate'")
    dilation_rate = dilations if dilation_rate is None else dilation_rate
    with name_scope(state, name, f"{str(pooling_type).lower()}_pool", [input]) as scope:
        input = convert_to_tensor(state, input, name="input")  # noqa: A001
        window_shape = [int(w) for w in window_shape]
        spatial = len(window_shape)
        if spatial < 1 or spatial > 3:
            raise tf_value_error(f"`len(window_shape)` must be 1, 2, or 3. Received: window_shape="
                                 f"{window_shape} of length {spatial}")
        input._shape.with_rank(spatial + 2)
        rate = _ints(dilation_rate, spatial, "dilation_rate")
        steps = _ints(strides, spatial, "strides")
        if any(s > 1 for s in steps) and any(r > 1 for r in rate):
            raise tf_value_error("`strides > 1` not supported in conjunction with `dilation_rate > 1`. "
                                 f"Received: strides={_np_list(steps)} and dilation_rate={_np_list(rate)}")
        if padding == "SAME" and any(r > 1 for r in rate):
            raise tf_value_error("pooling with 'SAME' padding is not implemented for `dilation_rate` > 1. "
                                 f"Received: padding={padding} and dilation_rate={_np_list(rate)}")
        if any(s > w for s, w in zip(steps, window_shape, strict=True)):
            raise tf_value_error("`strides` > `window_shape` not supported due to inconsistency between CPU "
                                 f"and GPU implementations. Received: strides={_np_list(steps)} and "
                                 f"window_shape={window_shape}")
        if pooling_type not in ("MAX", "AVG"):
            raise tf_value_error(f"{spatial}-D {pooling_type} pooling is not supported.")
        build = _pool_op(state, scope, pooling_type, window_shape, steps, spatial, data_format)
        if all(r == 1 for r in rate):
            constant(state, rate, dtype=dtypes.int32, name="dilation_rate")
            return build(input, padding)
        if spatial != 2 or (data_format or "NHWC") != "NHWC":
            raise InputError("tf.nn.pool with dilation_rate > 1 is supported by scopecli for 2-D NHWC inputs "
                             "only")
        from scopecli.engine.ops.nn_space_to_batch import with_space_to_batch

        return with_space_to_batch(state, input, rate, padding, window_shape,
                                   lambda spread: build(spread, "VALID"))


def _pool_op(state: TFState, scope: str, pooling_type: str, window: list[int], steps: list[int],
             spatial: int, data_format: Any) -> Any:
    """nn_ops.pool's inner `op`: the pooling function of (type, rank) on adjusted window/strides."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import nn_conv_ops as conv

    channels_first = data_format is not None and str(data_format).startswith("NC")
    ksize = [1, 1, *window] if channels_first else [1, *window, 1]
    strides = [1, 1, *steps] if channels_first else [1, *steps, 1]
    axis = 2 if channels_first else 1
    if spatial == 1:
        if data_format not in (None, "NWC", "NCW"):
            raise tf_value_error("data_format must be either 'NWC' or 'NCW'. Received: "
                                 f"data_format={data_format}")
        layout = "NCHW" if data_format == "NCW" else "NHWC"
        ksize, strides = [1, *ksize], [1, *strides]
    else:
        layout = data_format
    if spatial == 3:
        function = conv.max_pool3d if pooling_type == "MAX" else conv.avg_pool3d
    else:
        function = conv.max_pool if pooling_type == "MAX" else conv.avg_pool

    def build(value: Tensor, padding: Any) -> Tensor:
        if spatial == 1:
            value = shape_ops.expand_dims(state, value, axis)
        kwargs = {} if layout is None else {"data_format": layout}
        result = function(state, value, ksize, strides, padding, name=scope, **kwargs)
        if spatial == 1:
            result = shape_ops.squeeze(state, result, [axis])
        return result

    return build
