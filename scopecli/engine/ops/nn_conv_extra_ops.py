"""More of tf.nn's convolutions (TF's nn_impl.py / nn_ops.py): depthwise_conv2d,
separable_conv2d (undilated), atrous_conv2d and convolution (dilated 2-D: nn_space_to_batch),
max_pool_with_argmax and
conv3d_transpose; with the shape functions of DepthwiseConv2dNative, MaxPoolWithArgmax and
Conv3DBackpropInputV2."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.nn_conv_ops import get_sequence
from scopecli.engine.ops.nn_conv_shapes import (
    _Fail,
    _layout,
    _pool,
    _with_rank,
    shape_from_tensor,
    windowed_size,
)
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _rates(rate: Any) -> list[int]:
    if rate is None:
        return [1, 1]
    values = list(rate) if isinstance(rate, (list, tuple)) else [rate, rate]
    return [int(v) for v in values]


def _space_to_batch_prelude(state: TFState, source: Tensor, filter_tensor: Tensor, rate: list[int]) -> None:
    """with_space_to_batch's first ops: the filter's Shape (a Const when known) and the
    dilation_rate Const; a rate above 1 continues with SpaceToBatchND, not built yet."""
    from scopecli.engine.ops import array_shape_ops as shape_ops

    shape_ops.shape(state, filter_tensor)
    constant(state, rate, dtype=dtypes.int32, name="dilation_rate")
    if any(r != 1 for r in rate):
        raise InputError("a dilated depthwise/separable convolution (with_space_to_batch: SpaceToBatchND) is "
                         "not supported by scopecli yet")


@tf_export("nn.depthwise_conv2d")
def depthwise_conv2d(state: TFState, input: Any, filter: Any, strides: Any, padding: Any,  # noqa: A002
                     rate: Any = None, name: Any = None, data_format: Any = None,
                     dilations: Any = None) -> Tensor:
    """nn_impl.depthwise_conv2d: scope `depthwise`, DepthwiseConv2dNative named as the scope."""
    rate = _rates(dilations if dilations is not None else rate)
    with name_scope(state, name, "depthwise", [input, filter]) as scope:
        input = convert_to_tensor(state, input, name="tensor_in")
        filter = convert_to_tensor(state, filter, name="filter_in")
        _space_to_batch_prelude(state, input, filter, rate)
        return output(apply_op(state, "DepthwiseConv2dNative", scope, input=input, filter=filter,
                               strides=list(strides), padding=padding, data_format=data_format or "NHWC",
                               dilations=[1, 1, 1, 1], explicit_paddings=[]))


@tf_export("nn.separable_conv2d")
def separable_conv2d(state: TFState, input: Any, depthwise_filter: Any, pointwise_filter: Any,  # noqa: A002
                     strides: Any, padding: Any, rate: Any = None, name: Any = None, data_format: Any = None,
                     dilations: Any = None) -> Tensor:
    """nn_impl.separable_conv2d: `depthwise` inside the scope, then a 1x1 VALID Conv2D named as
    the scope."""
    from scopecli.engine.ops.nn_conv_ops import conv2d

    rate = _rates(dilations if dilations is not None else rate)
    with name_scope(state, name, "separable_conv2d", [input, depthwise_filter, pointwise_filter]) as scope:
        input = convert_to_tensor(state, input, name="tensor_in")
        depthwise_filter = convert_to_tensor(state, depthwise_filter, name="depthwise_filter")
        pointwise_filter = convert_to_tensor(state, pointwise_filter, name="pointwise_filter")
        dims = pointwise_filter._shape.dims_
        if dims is not None and len(dims) != 4:
            raise tf_value_error(f"Shape {pointwise_filter._shape} must have rank 4")
        for d in (dims or [1, 1])[:2]:
            if d is not None and d != 1:
                raise tf_value_error(f"Dimensions {d} and 1 are not compatible")
        _space_to_batch_prelude(state, input, depthwise_filter, rate)
        depthwise = output(apply_op(state, "DepthwiseConv2dNative", "depthwise", input=input,
                                    filter=depthwise_filter, strides=list(strides), padding=padding,
                                    data_format=data_format or "NHWC", dilations=[1, 1, 1, 1],
                                    explicit_paddings=[]))
        return conv2d(state, depthwise, pointwise_filter, [1, 1, 1, 1], padding="VALID",
                      data_format=data_format or "NHWC", name=scope)


@tf_export("nn.convolution")
def convolution(state: TFState, input: Any, filter: Any, padding: Any, strides: Any = None,  # noqa: A002
                dilation_rate: Any = None, name: Any = None, data_format: Any = None, filters: Any = None,
                dilations: Any = None) -> Tensor:
    """nn_ops.convolution (v1) for 2-D inputs without dilation: scope `convolution`, Conv2D
    named as the scope."""
    from scopecli.engine.ops.nn_conv_ops import conv2d

    filter = filters if filters is not None else filter
    rate = dilations if dilations is not None else dilation_rate
    with name_scope(state, name, "convolution", [input, filter]) as scope:
        input = convert_to_tensor(state, input, name="input")
        rates = _rates(rate)
        if any(int(r) != 1 for r in rates):
            if input._shape.ndims != 4 or (data_format or "NHWC") != "NHWC":
                raise InputError("a dilated tf.nn.convolution other than 2-D NHWC is not supported by "
                                 "scopecli yet")
            from scopecli.engine.ops.nn_space_to_batch import dilated_conv2d

            # the filter stays as given (a variable is read when the Conv2D converts it)
            return dilated_conv2d(state, scope, input, filter, rates, padding,
                                  [int(s) for s in (strides or [1, 1])])
        filter = convert_to_tensor(state, filter, name="filter")
        rank = input._shape.ndims or filter._shape.ndims
        if rank != 4:
            raise InputError("tf.nn.convolution on inputs of rank other than 4 is not supported by scopecli "
                             "yet")
        data_format = data_format or "NHWC"
        return conv2d(state, input, filter, strides=get_sequence(strides, 2, 1 if data_format.startswith("NC")
                                                                 else 3, "strides"),
                      padding=padding, data_format=data_format, name=scope)


@tf_export("nn.atrous_conv2d")
def atrous_conv2d(state: TFState, value: Any, filters: Any, rate: Any, padding: Any,
                  name: Any = None) -> Tensor:
    """nn_ops.atrous_conv2d: convolution(dilation_rate=[rate, rate])."""
    return convolution(state, value, filters, padding, dilation_rate=[rate, rate], name=name)


@tf_export("nn.max_pool_with_argmax")
def max_pool_with_argmax(state: TFState, input: Any, ksize: Any, strides: Any, padding: Any,  # noqa: A002
                         data_format: Any = "NHWC", Targmax: Any = None, name: Any = None,  # noqa: N803
                         output_dtype: Any = None,
                         include_batch_in_index: Any = False) -> tuple[Tensor, Tensor]:
    """nn_ops.max_pool_with_argmax_v1: MaxPoolWithArgmax (int64 indices by default). TF returns
    a namedtuple (output, argmax); scopecli a plain pair (no namedtuples yet)."""
    if data_format != "NHWC":
        raise tf_value_error("`data_format` values other  than 'NHWC' are not supported. Received: "
                             f"data_format={data_format}")
    targmax = Targmax if Targmax is not None else output_dtype
    op = apply_op(state, "MaxPoolWithArgmax", name, input=input, ksize=ksize, strides=strides,
                  padding=padding, Targmax=targmax if targmax is not None else dtypes.int64,
                  include_batch_in_index=include_batch_in_index)
    return op._outputs[0], op._outputs[1]


@tf_export("nn.conv3d_transpose")
def conv3d_transpose(state: TFState, value: Any, filter: Any = None, output_shape: Any = None,  # noqa: A002
                     strides: Any = None, padding: Any = "SAME", data_format: Any = "NDHWC", name: Any = None,
                     input: Any = None, filters: Any = None, dilations: Any = None) -> Tensor:  # noqa: A002
    """nn_ops.conv3d_transpose (v1): scope `conv3d_transpose`, Conv3DBackpropInputV2 named as it."""
    value = input if input is not None else value
    filter = filters if filters is not None else filter
    with name_scope(state, name, "conv3d_transpose", [value, filter, output_shape]) as scope:
        return output(apply_op(state, "Conv3DBackpropInputV2", scope, input_sizes=output_shape, filter=filter,
                               out_backprop=value, strides=strides, padding=padding,
                               data_format=data_format or "NDHWC",
                               dilations=list(dilations) if dilations is not None else [1, 1, 1, 1, 1]))


@shape_fn("DepthwiseConv2dNative")
def _depthwise_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """DepthwiseConv2DNativeShapeImpl: output depth = input depth * multiplier."""
    try:
        source = _with_rank(inputs[0]._shape, 4)
        kernel = _with_rank(inputs[1]._shape, 4)
        channel, spatial = _layout(attrs["data_format"], 4)
        depth, filter_depth, multiplier = source[channel], kernel[2], kernel[3]
        if depth is not None and filter_depth is not None and depth != filter_depth:
            raise _Fail(f"Dimensions must be equal, but are {depth} and {filter_depth}")
        depth = depth if depth is not None else filter_depth
        out: list[Any] = [source[0], None, None, None]
        out[channel] = None if depth is None or multiplier is None else depth * multiplier
        strides, dilations = attrs["strides"], attrs["dilations"]
        for i, axis in enumerate(spatial):
            window = kernel[i]
            out[axis] = None if window is None else windowed_size(source[axis], window, dilations[axis],
                                                                  strides[axis], attrs["padding"])
    except _Fail as failure:
        raise shape_error(str(failure), name, "DepthwiseConv2dNative", attrs, inputs) from None
    return [TensorShape.known(tuple(out))]


_max_pool_shape = _pool("MaxPoolWithArgmax", 4)


@shape_fn("MaxPoolWithArgmax")
def _max_pool_with_argmax_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    shape = _max_pool_shape(name, inputs, {**attrs, "data_format": "NHWC"})[0]
    return [shape, shape]


@shape_fn("Conv3DBackpropInputV2")
def _conv3d_backprop_input(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The output is `input_sizes` (5 values)."""
    shape = shape_from_tensor(inputs[0])
    if shape.dims_ is not None and len(shape.dims_) != 5:
        raise shape_error(f"Shape must be rank 5 but is rank {len(shape.dims_)}", name,
                          "Conv3DBackpropInputV2", attrs, inputs)
    return [shape if shape.dims_ is not None else TensorShape.known((None,) * 5)]
