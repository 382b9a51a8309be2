"""tf.nn's other pooling entry points and raw conv ops (TF's nn_ops.py / gen_nn_ops.py):
max_pool2d / max_pool_v2 (scope `MaxPool2d`), max_pool1d / avg_pool1d (ExpandDims, the 2-D
pool named as the scope, Squeeze), avg_pool_v2, depthwise_conv2d_native and
conv2d_backprop_input."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.nn_conv_ops import avg_pool, convert_padding, get_sequence

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("nn.max_pool2d")
def max_pool2d(state: TFState, input: Any, ksize: Any, strides: Any, padding: Any,  # noqa: A002 - TF's name
               data_format: Any = "NHWC", name: Any = None) -> Tensor:
    """nn_ops.max_pool2d: scope `MaxPool2d`, MaxPool named as the scope."""
    with name_scope(state, name, "MaxPool2d", [input]) as scope:
        data_format = data_format or "NHWC"
        index = 1 if data_format.startswith("NC") else 3
        ksize = get_sequence(ksize, 2, index, "ksize")
        strides = get_sequence(strides, 2, index, "strides")
        padding, explicit = convert_padding(padding)
        return output(apply_op(state, "MaxPool", scope, input=input, ksize=ksize, strides=strides,
                               padding=padding, explicit_paddings=explicit, data_format=data_format))


@tf_export("nn.max_pool_v2")
def max_pool_v2(state: TFState, input: Any, ksize: Any, strides: Any, padding: Any,  # noqa: A002
                data_format: Any = None, name: Any = None) -> Tensor:
    """nn_ops.max_pool_v2 for 2-D inputs: max_pool2d."""
    return max_pool2d(state, input, ksize, strides, padding, data_format or "NHWC", name)


@tf_export("nn.avg_pool_v2")
def avg_pool_v2(state: TFState, input: Any, ksize: Any, strides: Any, padding: Any,  # noqa: A002
                data_format: Any = None, name: Any = None) -> Tensor:
    """nn_ops.avg_pool_v2 for 2-D inputs: scope `AvgPool`, as avg_pool."""
    return avg_pool(state, input, ksize, strides, padding, data_format or "NHWC", name)


def _pool1d(op_type: str, scope_name: str) -> Any:
    def pool(state: TFState, input: Any, ksize: Any, strides: Any, padding: Any,  # noqa: A002
             data_format: Any = "NWC", name: Any = None) -> Tensor:
        """nn_ops.max_pool1d / avg_pool1d: a height of 1 added, the 2-D pool, Squeeze."""
        from scopecli.engine.ops.array_shape_ops import expand_dims, squeeze

        with name_scope(state, name, scope_name, [input]) as scope:
            data_format = data_format or "NWC"
            index = 1 if data_format.startswith("NC") else 2
            ksize = [1, *get_sequence(ksize, 1, index, "ksize")]
            strides = [1, *get_sequence(strides, 1, index, "strides")]
            extra: dict[str, Any] = {}
            if op_type == "MaxPool":
                padding, explicit = convert_padding(padding, 3)
                extra["explicit_paddings"] = [0, 0, *explicit] if padding == "EXPLICIT" else explicit
            expanding_dim = 1 if data_format == "NWC" else 2
            expanded = expand_dims(state, input, expanding_dim)
            extra["input" if op_type == "MaxPool" else "value"] = expanded
            result = output(apply_op(state, op_type, scope, ksize=ksize, strides=strides, padding=padding,
                                     data_format="NHWC" if data_format == "NWC" else "NCHW", **extra))
            return squeeze(state, result, expanding_dim)

    return pool


max_pool1d = tf_export("nn.max_pool1d")(_pool1d("MaxPool", "MaxPool1d"))
avg_pool1d = tf_export("nn.avg_pool1d")(_pool1d("AvgPool", "AvgPool1D"))


@tf_export("nn.depthwise_conv2d_native")
def depthwise_conv2d_native(state: TFState, input: Any, filter: Any, strides: Any,  # noqa: A002 - TF's names
                            padding: Any, data_format: Any = "NHWC", dilations: Any = (1, 1, 1, 1),
                            name: Any = None) -> Tensor:
    """gen_nn_ops.depthwise_conv2d_native (via nn_ops: explicit paddings converted)."""
    padding, explicit = convert_padding(padding)
    return output(apply_op(state, "DepthwiseConv2dNative", name, input=input, filter=filter, strides=strides,
                           padding=padding, explicit_paddings=explicit, data_format=data_format or "NHWC",
                           dilations=list(dilations)))


@tf_export("nn.conv2d_backprop_input")
def conv2d_backprop_input(state: TFState, input_sizes: Any, filter: Any = None,  # noqa: A002 - TF's name
                          out_backprop: Any = None, strides: Any = None, padding: Any = None,
                          use_cudnn_on_gpu: Any = True, data_format: Any = "NHWC",
                          dilations: Any = (1, 1, 1, 1), name: Any = None, filters: Any = None) -> Tensor:
    """nn_ops.conv2d_backprop_input (v1): gen_nn_ops.conv2d_backprop_input."""
    filter = filters if filters is not None else filter
    padding, explicit = convert_padding(padding)
    return output(apply_op(state, "Conv2DBackpropInput", name, input_sizes=input_sizes, filter=filter,
                           out_backprop=out_backprop, strides=strides, padding=padding,
                           use_cudnn_on_gpu=use_cudnn_on_gpu, explicit_paddings=explicit,
                           data_format=data_format or "NHWC", dilations=list(dilations)))
