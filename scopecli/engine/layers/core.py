"""tf.layers.dense, conv2d, conv2d_transpose, max/average_pooling2d, flatten and dropout:
the function forms of legacy_tf_layers (core.py, convolutional.py, pooling.py), each one layer
call whose `call` mirrors tf_keras's Dense / Conv / Conv2DTranspose / Pooling2D / Flatten /
Dropout in graph mode, op for op."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from scopecli.engine import initializers as inits
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.base import (
    LayerCall,
    activate,
    channels_last,
    input_dtype,
    normalize_padding,
    normalize_tuple,
)
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import InputError, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.graph import Tensor
    from scopecli.engine.state import TFState


def _bias_initializer(state: TFState, initializer: Any) -> Any:
    return initializer if initializer is not None else inits.Zeros(state)


@tf_export("layers.dense")
def dense(state: TFState, inputs: Any, units: Any, activation: Any = None, use_bias: Any = True,
          kernel_initializer: Any = None, bias_initializer: Any = None, kernel_regularizer: Any = None,
          bias_regularizer: Any = None, activity_regularizer: Any = None, kernel_constraint: Any = None,
          bias_constraint: Any = None, trainable: Any = True, name: Any = None, reuse: Any = None) -> Tensor:
    """legacy_tf_layers.core.dense: Dense(...)(inputs) with `_scope=name, _reuse=reuse`."""
    from scopecli.engine import math_ops as m
    from scopecli.engine.ops.nn_ops import bias_add

    _no_regularizers(kernel_regularizer, bias_regularizer, activity_regularizer)
    layer = LayerCall(state, "dense", name, True, reuse)
    inputs = convert_to_tensor(state, inputs)
    layer.dtype = input_dtype(inputs)
    units = int(units)
    if units <= 0:
        raise tf_value_error(f"Received an invalid value for `units`, expected a positive integer. Received: "
                             f"units={units}")
    with layer.calling(inputs):
        last = inputs._shape.dims_[-1] if inputs._shape.dims_ else None
        if last is None:
            raise tf_value_error("The last dimension of the inputs to a Dense layer should be defined. Found "
                                 "None. Full input shape received: "
                                 f"{_shape_text(inputs)}")
        kernel = layer.add_weight("kernel", [last, units], kernel_initializer, trainable)
        bias = layer.add_weight("bias", [units], _bias_initializer(state, bias_initializer), trainable) \
            if use_bias else None
        if inputs._shape.ndims != 2:
            raise InputError("tf.layers.dense on an input of rank other than 2 (tensordot) is not supported "
                             "by scopecli yet")
        outputs = m.matmul(state, inputs, kernel)
        if bias is not None:
            outputs = bias_add(state, outputs, bias)
        return activate(state, activation, outputs)


def _shape_text(tensor: Tensor) -> str:
    """The shape as TF 1.x prints a TensorShape ("(?, 6, 6, ?)")."""
    return str(tensor._shape)


def _no_regularizers(*regularizers: Any) -> None:
    if any(r is not None for r in regularizers):
        raise InputError("tf.layers regularizers are not supported by scopecli yet")


@tf_export("layers.conv2d")
def conv2d(state: TFState, inputs: Any, filters: Any, kernel_size: Any, strides: Any = (1, 1),
           padding: Any = "valid", data_format: Any = "channels_last", dilation_rate: Any = (1, 1),
           activation: Any = None, use_bias: Any = True, kernel_initializer: Any = None,
           bias_initializer: Any = None, kernel_regularizer: Any = None, bias_regularizer: Any = None,
           activity_regularizer: Any = None, kernel_constraint: Any = None, bias_constraint: Any = None,
           trainable: Any = True, name: Any = None, reuse: Any = None) -> Tensor:
    """legacy_tf_layers.convolutional.conv2d: Conv2D(...)(inputs); Conv.call runs
    tf.nn.convolution named after the class ("Conv2D"), then BiasAdd and the activation."""
    from scopecli.engine.ops.nn_conv_ops import conv2d as nn_conv2d
    from scopecli.engine.ops.nn_ops import bias_add

    _no_regularizers(kernel_regularizer, bias_regularizer, activity_regularizer)
    channels_last(data_format)
    kernel_size = normalize_tuple(kernel_size, 2, "kernel_size")
    strides = normalize_tuple(strides, 2, "strides")
    dilation_rate = normalize_tuple(dilation_rate, 2, "dilation_rate")
    padding = normalize_padding(padding)
    layer = LayerCall(state, "conv2d", name, True, reuse)
    inputs = convert_to_tensor(state, inputs)
    layer.dtype = input_dtype(inputs)
    with layer.calling(inputs):
        depth = _input_depth(inputs, 4, "Conv2D")
        filters = int(filters)
        kernel = layer.add_weight("kernel", [*kernel_size, depth, filters], kernel_initializer, trainable)
        bias = layer.add_weight("bias", [filters], _bias_initializer(state, bias_initializer), trainable) \
            if use_bias else None
        outputs = nn_conv2d(state, inputs, kernel, strides=list(strides), padding=padding.upper(),
                            dilations=list(dilation_rate), data_format="NHWC", name="Conv2D")
        if bias is not None:
            outputs = bias_add(state, outputs, bias, data_format="NHWC")
        return activate(state, activation, outputs)


def _input_depth(inputs: Tensor, rank: int, layer: str) -> int:
    """The input_spec check (min_ndim) and the channel dimension, which must be known."""
    dims = inputs._shape.dims_
    if dims is None or len(dims) != rank:
        found = "None" if dims is None else len(dims)
        raise tf_value_error(f"Input 0 of layer \"{layer.lower()}\" is incompatible with the layer: "
                             f"expected min_ndim={rank}, found ndim={found}. Full shape received: "
                             f"{_shape_text(inputs)}")
    if dims[-1] is None:
        raise tf_value_error("The channel dimension of the inputs should be defined. The input_shape "
                             f"received is {_shape_text(inputs)}, where axis -1 (0-based) is the channel "
                             "dimension, which found to be `None`.")
    return dims[-1]


@tf_export("layers.conv2d_transpose")
def conv2d_transpose(state: TFState, inputs: Any, filters: Any, kernel_size: Any, strides: Any = (1, 1),
                     padding: Any = "valid", data_format: Any = "channels_last", activation: Any = None,
                     use_bias: Any = True, kernel_initializer: Any = None, bias_initializer: Any = None,
                     kernel_regularizer: Any = None, bias_regularizer: Any = None,
                     activity_regularizer: Any = None, kernel_constraint: Any = None,
                     bias_constraint: Any = None, trainable: Any = True, name: Any = None,
                     reuse: Any = None) -> Tensor:
    """Conv2DTranspose.call: the output shape stacked from tf.shape(inputs)[0] and the static
    deconv lengths, backend.conv2d_transpose (whose `output_shape[0]` makes strided_slice_1),
    the static shape set, then BiasAdd and the activation."""
    from scopecli.engine import math_ops as m
    from scopecli.engine.array_ops import getitem
    from scopecli.engine.ops.nn_conv_ops import conv2d_transpose as nn_conv2d_transpose
    from scopecli.engine.ops.nn_ops import bias_add

    _no_regularizers(kernel_regularizer, bias_regularizer, activity_regularizer)
    channels_last(data_format)
    kernel_size = normalize_tuple(kernel_size, 2, "kernel_size")
    strides = normalize_tuple(strides, 2, "strides")
    padding = normalize_padding(padding)
    filters = int(filters)
    layer = LayerCall(state, "conv2d_transpose", name, True, reuse)
    inputs = convert_to_tensor(state, inputs)
    layer.dtype = input_dtype(inputs)
    with layer.calling(inputs):
        depth = _input_depth(inputs, 4, "Conv2DTranspose")
        kernel = layer.add_weight("kernel", [*kernel_size, filters, depth], kernel_initializer, trainable)
        bias = layer.add_weight("bias", [filters], _bias_initializer(state, bias_initializer), trainable) \
            if use_bias else None
        inputs_shape = m.shape(state, inputs)
        batch_size = getitem(inputs_shape, 0)
        dims = inputs._shape.dims_
        if dims[1] is None or dims[2] is None:
            raise InputError("tf.layers.conv2d_transpose with unknown height or width is not supported by "
                             "scopecli yet")
        out_height = _deconv_length(dims[1], kernel_size[0], padding, strides[0])
        out_width = _deconv_length(dims[2], kernel_size[1], padding, strides[1])
        output_shape = m.stack(state, [batch_size, out_height, out_width, filters])
        getitem(output_shape, 0)  # backend.conv2d_transpose asks `output_shape[0] is None`
        outputs = nn_conv2d_transpose(state, inputs, kernel, output_shape, strides=[1, *strides, 1],
                                      padding=padding.upper(), data_format="NHWC")
        outputs.set_shape(_known(dims[0], out_height, out_width, filters))
        if bias is not None:
            outputs = bias_add(state, outputs, bias, data_format="NHWC")
        return activate(state, activation, outputs)


def _known(*dims: Any) -> Any:
    from scopecli.engine.shapes import TensorShape

    return TensorShape.known(tuple(dims))


def _deconv_length(length: int, size: int, padding: str, stride: int) -> int:
    """conv_utils.deconv_output_length without output_padding."""
    if padding == "valid":
        return length * stride + max(size - stride, 0)
    if padding == "full":
        return length * stride - (stride + size - 2)
    return length * stride


def _pooling2d(kind: str, op_fn: str) -> Any:
    def pooling(state: TFState, inputs: Any, pool_size: Any, strides: Any, padding: Any = "valid",
                data_format: Any = "channels_last", name: Any = None) -> Tensor:
        """Pooling2D.call: tf.nn.max_pool / avg_pool in the layer's scope."""
        from scopecli.engine.ops import nn_conv_ops

        channels_last(data_format)
        pool_size = normalize_tuple(pool_size, 2, "pool_size")
        strides_t = normalize_tuple(strides if strides is not None else pool_size, 2, "strides")
        padding_s = normalize_padding(padding)
        layer = LayerCall(state, kind, name, False, None)
        inputs = convert_to_tensor(state, inputs)
        with layer.calling(inputs):
            if inputs._shape.dims_ is not None and len(inputs._shape.dims_) != 4:
                raise tf_value_error(f"Input 0 of layer \"{kind}\" is incompatible with the layer: expected "
                                     f"ndim=4, found ndim={len(inputs._shape.dims_)}. Full shape received: "
                                     f"{_shape_text(inputs)}")
            return getattr(nn_conv_ops, op_fn)(state, inputs, ksize=[1, *pool_size, 1],
                                               strides=[1, *strides_t, 1], padding=padding_s.upper(),
                                               data_format="NHWC")

    return pooling


tf_export("layers.max_pooling2d")(_pooling2d("max_pooling2d", "max_pool"))
tf_export("layers.average_pooling2d")(_pooling2d("average_pooling2d", "avg_pool"))


@tf_export("layers.flatten")
def flatten(state: TFState, inputs: Any, name: Any = None, data_format: Any = "channels_last") -> Tensor:
    """Flatten.call in graph mode: reshape to (-1, prod(dims[1:])) through a Const, (batch, -1)
    when only the batch is known, else [tf.shape(inputs)[0], -1]; rank 1 gets ExpandDims."""
    from scopecli.engine import math_ops as m
    from scopecli.engine.array_ops import expand_dims, getitem

    channels_last(data_format)
    layer = LayerCall(state, "flatten", name, False, None)
    inputs = convert_to_tensor(state, inputs)
    with layer.calling(inputs):
        dims = inputs._shape.dims_
        if dims is not None and len(dims) == 1:
            return expand_dims(state, inputs, 1)
        if dims is None:
            raise InputError("tf.layers.flatten of an input of unknown rank is not supported by scopecli yet")
        rest = dims[1:]
        if all(d is not None for d in rest):
            shape: Any = constant(state, [-1, int(math.prod(rest))])  # type: ignore[arg-type]
        elif dims[0] is not None:
            shape = constant(state, [int(dims[0]), -1])
        else:
            shape = [getitem(m.shape(state, inputs), 0), -1]
        return m.reshape(state, inputs, shape)


@tf_export("layers.dropout")
def dropout(state: TFState, inputs: Any, rate: Any = 0.5, noise_shape: Any = None, seed: Any = None,
            training: Any = False, name: Any = None) -> Tensor:
    """Dropout.call: smart_cond(training, tf.nn.dropout(rate=...), tf.identity(inputs)); a
    tensor `training` needs tf.cond, which scopecli does not build yet."""
    from scopecli.engine import math_ops as m
    from scopecli.engine.ops.nn_dropout import dropout_v2

    if not isinstance(training, bool):
        raise InputError("tf.layers.dropout with a tensor `training` (smart_cond builds a tf.cond) is not "
                         "supported by scopecli yet; pass a Python bool")
    layer = LayerCall(state, "dropout", name, False, None)
    inputs = convert_to_tensor(state, inputs)
    with layer.calling(inputs):
        if training:
            return dropout_v2(state, inputs, rate, noise_shape, seed)
        return m.identity(state, inputs)
