"""tf.nn's convolutions and poolings (TF's nn_ops.py): conv1d/2d/3d, conv2d_transpose, max/avg
pool, mirroring TF's Python (`_get_sequence`, `convert_padding`, the scopes each opens); their
shape functions (common_shape_fns.cc: the windowed output size, TF's shape errors) live in
engine/ops/nn_conv_shapes.py and dropout in engine/ops/nn_dropout.py."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import nn_conv_shapes  # noqa: F401 - registers the shape functions
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def get_sequence(value: Any, n: int, channel_index: int, name: str) -> list[Any]:
    """nn_ops._get_sequence: an int or list widened to n + 2 entries (batch and channel 1)."""
    if value is None:
        return [1] * (n + 2)
    if isinstance(value, (list, tuple)):
        value = list(value)
    elif isinstance(value, int):
        value = [value]
    else:
        value = [value]
    if len(value) == n + 2:
        return value
    if len(value) == 1:
        value = value * n
    elif len(value) != n:
        raise tf_value_error(f"{name} should be of length 1, {n} or {n + 2}. Received: {name}={value} of "
                             f"length {len(value)}")
    return [1, 1, *value] if channel_index == 1 else [1, *value, 1]


def convert_padding(padding: Any, expected_length: int = 4) -> tuple[Any, list[Any]]:
    """nn_ops.convert_padding: a list of pairs becomes "EXPLICIT" and the flat paddings."""
    explicit: list[Any] = []
    if padding == "EXPLICIT":
        raise tf_value_error("'EXPLICIT' is not a valid value for `padding`. To use explicit padding, "
                             "`padding` must be a list.")
    if isinstance(padding, (list, tuple)):
        for i, pair in enumerate(padding):
            if not isinstance(pair, (list, tuple)):
                raise tf_value_error("When `padding` is a list, each element of `padding` must be a "
                                     f"list/tuple of size 2. Received: padding={padding} with element at "
                                     f"index {i} of type {type(pair)}")
            if len(pair) != 2:
                raise tf_value_error("When `padding` is a list, each element of `padding` must be a "
                                     f"list/tuple of size 2. Received: padding={padding} with element at "
                                     f"index {i} of size {len(pair)}")
            explicit.extend(pair)
        if len(padding) != expected_length:
            raise tf_value_error(f"When padding is a list, it must be of size {expected_length}. Received: "
                                 f"padding={padding} of size {len(padding)}")
        padding = "EXPLICIT"
    return padding, explicit


def _channel_index(data_format: Any) -> int:
    return 1 if data_format.startswith("NC") else len(data_format) - 1


@tf_export("nn.conv2d")
def conv2d(state: TFState, input: Any, filter: Any = None, strides: Any = None,  # noqa: A002 - TF's names
           padding: Any = None, use_cudnn_on_gpu: Any = True, data_format: Any = "NHWC",
           dilations: Any = (1, 1, 1, 1), name: Any = None, filters: Any = None) -> Tensor:
    """nn_ops.conv2d (v1): gen_nn_ops.conv2d with strides/dilations widened to 4 values."""
    filter = filters if filters is not None else filter
    padding, explicit = convert_padding(padding)
    data_format = data_format or "NHWC"
    index = _channel_index(data_format)
    strides = get_sequence(strides, 2, index, "strides")
    dilations = get_sequence(list(dilations) if isinstance(dilations, tuple) else dilations, 2, index,
                             "dilations")
    return output(apply_op(state, "Conv2D", name, input=input, filter=filter, strides=strides,
                           padding=padding, use_cudnn_on_gpu=use_cudnn_on_gpu, explicit_paddings=explicit,
                           data_format=data_format, dilations=dilations))


@tf_export("nn.conv3d")
def conv3d(state: TFState, input: Any, filter: Any = None, strides: Any = None,  # noqa: A002 - TF's names
           padding: Any = None, data_format: Any = "NDHWC", dilations: Any = (1, 1, 1, 1, 1),
           name: Any = None, filters: Any = None) -> Tensor:
    """nn_ops.conv3d_v1: gen_nn_ops.conv3d (strides given in full, as TF's v1 wants them)."""
    filter = filters if filters is not None else filter
    return output(apply_op(state, "Conv3D", name, input=input, filter=filter, strides=strides,
                           padding=padding, data_format=data_format or "NDHWC", dilations=list(dilations)))


@tf_export("nn.conv1d")
def conv1d(state: TFState, value: Any = None, filters: Any = None, stride: Any = None, padding: Any = None,
           use_cudnn_on_gpu: Any = None, data_format: Any = None, name: Any = None, input: Any = None,  # noqa: A002
           dilations: Any = None) -> Tensor:
    """nn_ops.conv1d: the input and filter get a spatial dimension of 1 (ExpandDims), Conv2D
    named as the scope `conv1d`, then Squeeze inside it."""
    from scopecli.engine.ops.array_shape_ops import expand_dims, squeeze

    value = input if input is not None else value
    with name_scope(state, name, "conv1d", [value, filters]) as scope:
        if data_format is None or data_format in ("NHWC", "NWC"):
            data_format, spatial_start_dim, channel_index = "NHWC", -3, 2
        elif data_format in ("NCHW", "NCW"):
            data_format, spatial_start_dim, channel_index = "NCHW", -2, 1
        else:
            raise tf_value_error(f"`data_format` must be 'NWC' or 'NCW'. Received: data_format={data_format}")
        strides = [1, *get_sequence(stride, 1, channel_index, "stride")]
        dilations = [1, *get_sequence(dilations, 1, channel_index, "dilations")]
        value = expand_dims(state, value, spatial_start_dim)
        filters = expand_dims(state, filters, 0)
        result = output(apply_op(state, "Conv2D", scope, input=value, filter=filters, strides=strides,
                                 padding=padding, use_cudnn_on_gpu=use_cudnn_on_gpu, data_format=data_format,
                                 dilations=dilations, explicit_paddings=[]))
        return squeeze(state, result, [spatial_start_dim])


@tf_export("nn.conv2d_transpose")
def conv2d_transpose(state: TFState, value: Any = None, filter: Any = None,  # noqa: A002 - TF's name
                     output_shape: Any = None, strides: Any = None, padding: Any = "SAME",
                     data_format: Any = "NHWC", name: Any = None, input: Any = None,  # noqa: A002
                     filters: Any = None, dilations: Any = None) -> Tensor:
    """nn_ops.conv2d_transpose: `conv2d_transpose/` entered (twice: v1 then v2 use the same
    name, the second re-enters the first), Conv2DBackpropInput named as the scope."""
    value = input if input is not None else value
    filter = filters if filters is not None else filter
    with name_scope(state, name, "conv2d_transpose", [value, filter, output_shape]) as scope:
        data_format = data_format or "NHWC"
        index = _channel_index(data_format)
        strides = get_sequence(strides, 2, index, "strides")
        dilations = get_sequence(dilations, 2, index, "dilations")
        padding, explicit = convert_padding(padding)
        return output(apply_op(state, "Conv2DBackpropInput", scope, input_sizes=output_shape, filter=filter,
                               out_backprop=value, strides=strides, padding=padding,
                               explicit_paddings=explicit, data_format=data_format, dilations=dilations))


def _pool(state: TFState, op_type: str, value: Any, ksize: Any, strides: Any, padding: Any,
          data_format: Any, name: Any, explicit_ok: bool) -> Tensor:
    """nn_ops.max_pool / avg_pool (v1): scope `MaxPool`/`AvgPool`, the op named as the scope."""
    with name_scope(state, name, op_type, [value]) as scope:
        data_format = data_format or "NHWC"
        index = _channel_index(data_format)
        ksize = get_sequence(ksize, 2, index, "ksize")
        strides = get_sequence(strides, 2, index, "strides")
        extra: dict[str, Any] = {}
        if explicit_ok:
            padding, explicit = convert_padding(padding)
            if any(v == 0 for v in ksize):
                raise tf_value_error(f"`ksize` cannot be zero. Received: ksize={ksize}")
            extra["explicit_paddings"] = explicit
        extra["input" if op_type == "MaxPool" else "value"] = value  # the OpDefs' input names
        return output(apply_op(state, op_type, scope, ksize=ksize, strides=strides, padding=padding,
                               data_format=data_format, **extra))


@tf_export("nn.max_pool")
def max_pool(state: TFState, value: Any = None, ksize: Any = None, strides: Any = None, padding: Any = None,
             data_format: Any = "NHWC", name: Any = None, input: Any = None) -> Tensor:  # noqa: A002
    value = input if input is not None else value
    return _pool(state, "MaxPool", value, ksize, strides, padding, data_format, name, True)


@tf_export("nn.avg_pool", "nn.avg_pool2d")
def avg_pool(state: TFState, value: Any = None, ksize: Any = None, strides: Any = None, padding: Any = None,
             data_format: Any = "NHWC", name: Any = None, input: Any = None) -> Tensor:  # noqa: A002
    value = input if input is not None else value
    return _pool(state, "AvgPool", value, ksize, strides, padding, data_format, name, False)


def _pool3d(op_type: str, scope_name: str) -> Any:
    def pool(state: TFState, input: Any, ksize: Any, strides: Any, padding: Any,  # noqa: A002
             data_format: Any = "NDHWC", name: Any = None) -> Tensor:
        """nn_ops.max_pool3d / avg_pool3d: widened ksize/strides, the op named as the scope."""
        with name_scope(state, name, scope_name, [input]) as scope:
            data_format = data_format or "NDHWC"
            index = _channel_index(data_format)
            return output(apply_op(state, op_type, scope, input=input,
                                   ksize=get_sequence(ksize, 3, index, "ksize"),
                                   strides=get_sequence(strides, 3, index, "strides"), padding=padding,
                                   data_format=data_format))

    return pool


max_pool3d = tf_export("nn.max_pool3d")(_pool3d("MaxPool3D", "MaxPool3D"))
avg_pool3d = tf_export("nn.avg_pool3d")(_pool3d("AvgPool3D", "AvgPool3D"))

