"""tf.layers.Conv1D / Conv3D / SeparableConv2D, Max/AveragePooling1D and 3D, and their function
forms (legacy_tf_layers/convolutional.py, pooling.py): tf_keras's Conv (tf.nn.convolution named
after the class: conv1d's ExpandDims/Conv2D/Squeeze under `Conv1D`, Conv3D), SeparableConv2D
(tf.nn.separable_conv2d) and Pooling1D (ExpandDims, 2-D pool, Squeeze) / Pooling3D."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.base import Layer, export_class, normalize_padding, normalize_tuple
from scopecli.engine.layers.convolutional import Conv2D, _input_depth
from scopecli.engine.layers.core import bias_initializer, spec_shape_text
from scopecli.errors import tf_value_error
from scopecli.model import attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


class _ConvND(Conv2D):
    """Conv2D's build and call with another number of spatial dimensions."""

    RANK = 1

    def __init__(self, state: TFState, filters: Any, kernel_size: Any, strides: Any = 1,
                 padding: Any = "valid", data_format: Any = "channels_last", dilation_rate: Any = 1,
                 *args: Any, **kwargs: Any):
        n = self.RANK
        super().__init__(state, filters, _pair(kernel_size, n), _pair(strides, n), padding, data_format,
                         _pair(dilation_rate, n), *args, **kwargs)
        self.kernel_size = normalize_tuple(kernel_size, n, "kernel_size")
        self.strides = normalize_tuple(strides, n, "strides")
        self.dilation_rate = normalize_tuple(dilation_rate, n, "dilation_rate")


def _pair(value: Any, n: int) -> Any:
    """What Conv2D's own normalisation accepts, for an n-D value (checked again for n)."""
    return (1, 1) if n != 2 else value


class Conv1D(_ConvND):
    TYPE_NAME = "Conv1D"
    BASE_NAME = "conv1d"
    RANK = 1

    def convolve(self, inputs: Tensor) -> Tensor:
        from scopecli.engine.ops.nn_conv_ops import conv1d

        return conv1d(self.state, inputs, self.kernel_, stride=list(self.strides),
                      padding=self.padding.upper(), data_format="NWC", dilations=list(self.dilation_rate),
                      name="Conv1D")


class Conv3D(_ConvND):
    TYPE_NAME = "Conv3D"
    BASE_NAME = "conv3d"
    RANK = 3

    def convolve(self, inputs: Tensor) -> Tensor:
        from scopecli.engine.ops.nn_conv_ops import conv3d

        if self.channels_first:  # tf.nn.convolution with NCDHW: strides and dilations (1, 1) + spatial
            return conv3d(self.state, inputs, self.kernel_, strides=[1, 1, *self.strides],
                          padding=self.padding.upper(), data_format="NCDHW",
                          dilations=[1, 1, *self.dilation_rate], name="Conv3D")
        return conv3d(self.state, inputs, self.kernel_, strides=[1, *self.strides, 1],
                      padding=self.padding.upper(), dilations=[1, *self.dilation_rate, 1], name="Conv3D")


class Conv3DTranspose(Conv3D):
    """Conv3DTranspose.call: the output shape stacked from tf.shape(inputs)'s batch and spatial
    sizes (deconv_output_length on those tensors: `mul`, and `add` for valid padding), then
    tf.nn.conv3d_transpose, the static shape set, BiasAdd and the activation."""

    TYPE_NAME = "Conv3DTranspose"
    BASE_NAME = "conv3d_transpose"
    TRANSPOSE = True

    def convolve(self, inputs: Tensor) -> Tensor:
        from scopecli.engine.framework.shapes import TensorShape
        from scopecli.engine.layers.convolutional import _deconv_length
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops import array_shape_ops as shape_ops
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops.nn_conv_extra_ops import conv3d_transpose
        from scopecli.engine.ops.tensor_getitem_override import getitem

        state = self.state
        inputs_shape = shape_ops.shape(state, inputs)
        batch_size = getitem(inputs_shape, 0)
        axes = (2, 3, 4) if self.channels_first else (1, 2, 3)
        sizes = [getitem(inputs_shape, axis) for axis in axes]
        lengths: list[Any] = []
        for size, kernel, stride in zip(sizes, self.kernel_size, self.strides, strict=True):
            # conv_utils.deconv_output_length on a tensor: the same arithmetic, as ops
            length = m.operator_binary(state, "mul", m.multiply, size, stride)
            if self.padding == "valid":
                length = m.operator_binary(state, "add", m.add_dispatch, length, max(kernel - stride, 0))
            elif self.padding == "full":
                length = m.operator_binary(state, "sub", m.subtract, length, stride + kernel - 2)
            lengths.append(length)
        if self.channels_first:
            output_shape = [batch_size, self.filters_, *lengths]
            strides = [1, 1, *self.strides]
        else:
            output_shape = [batch_size, *lengths, self.filters_]
            strides = [1, *self.strides, 1]
        outputs = conv3d_transpose(state, inputs, self.kernel_, join.stack(state, output_shape), strides,
                                   padding=self.padding.upper(),
                                   data_format="NCDHW" if self.channels_first else "NDHWC")
        dims = inputs._shape.dims_
        if dims is not None:  # compute_output_shape, set on the op's output
            spatial = [None if dims[a] is None else _deconv_length(dims[a], k, self.padding, s)
                       for a, k, s in zip(axes, self.kernel_size, self.strides, strict=True)]
            static = [dims[0], self.filters_, *spatial] if self.channels_first else \
                [dims[0], *spatial, self.filters_]
            outputs.set_shape(TensorShape.known(tuple(static)))
        return outputs


class SeparableConv2D(Conv2D):
    """SeparableConv2D: depthwise_kernel (k, k, in, multiplier), pointwise_kernel
    (1, 1, in * multiplier, filters), bias; call: tf.nn.separable_conv2d, BiasAdd, activation."""

    TYPE_NAME = "SeparableConv2D"
    BASE_NAME = "separable_conv2d"

    def __init__(self, state: TFState, filters: Any, kernel_size: Any, strides: Any = (1, 1),
                 padding: Any = "valid", data_format: Any = "channels_last", dilation_rate: Any = (1, 1),
                 depth_multiplier: Any = 1, activation: Any = None, use_bias: Any = True,
                 depthwise_initializer: Any = None, pointwise_initializer: Any = None,
                 bias_initializer: Any = None, depthwise_regularizer: Any = None,
                 pointwise_regularizer: Any = None,
                 bias_regularizer: Any = None, activity_regularizer: Any = None,
                 depthwise_constraint: Any = None, pointwise_constraint: Any = None,
                 bias_constraint: Any = None, **kwargs: Any):
        super().__init__(state, filters, kernel_size, strides, padding, data_format, dilation_rate,
                         activation, use_bias, None, bias_initializer, None, bias_regularizer,
                         activity_regularizer, None, bias_constraint, **kwargs)
        self.pointwise_regularizers = (depthwise_regularizer, pointwise_regularizer)
        self.pointwise_constraints = (depthwise_constraint, pointwise_constraint)
        self.depth_multiplier = int(depth_multiplier)
        self.initializers = (depthwise_initializer, pointwise_initializer)
        self.pointwise_: Any = None

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        from scopecli.engine.layers.base import activate
        from scopecli.engine.ops.nn_conv_extra_ops import separable_conv2d
        from scopecli.engine.ops.nn_ops import bias_add

        if not self.built_:
            depth = _input_depth(inputs, 4, self.name_)
            self.kernel_ = self.add_weight("depthwise_kernel",
                                           [*self.kernel_size, depth, self.depth_multiplier],
                                           self.initializers[0], regularizer=self.pointwise_regularizers[0],
                                           constraint=self.pointwise_constraints[0])
            self.pointwise_ = self.add_weight("pointwise_kernel",
                                              [1, 1, depth * self.depth_multiplier, self.filters_],
                                              self.initializers[1],
                                              regularizer=self.pointwise_regularizers[1],
                                              constraint=self.pointwise_constraints[1])
            if self.use_bias_:
                self.bias_ = self.add_weight("bias", [self.filters_],
                                             bias_initializer(self.state, self.bias_initializer),
                                             regularizer=self.regularizers[1], constraint=self.constraints[1])
        outputs = separable_conv2d(self.state, inputs, self.kernel_, self.pointwise_, [1, *self.strides, 1],
                                   self.padding.upper(), rate=list(self.dilation_rate), data_format="NHWC")
        if self.bias_ is not None:
            outputs = bias_add(self.state, outputs, self.bias_, data_format="NHWC")
        return activate(self.state, self.activation_, outputs)

    @attribute
    def depthwise_kernel(self) -> Any:
        return self.kernel_

    @attribute
    def pointwise_kernel(self) -> Any:
        return self.pointwise_


class _PoolingND(Layer):
    RANK = 1
    OP = "max_pool"

    def __init__(self, state: TFState, pool_size: Any, strides: Any, padding: Any = "valid",
                 data_format: Any = "channels_last", name: Any = None, **kwargs: Any):
        from scopecli.engine.layers.base import channels_last
        from scopecli.engine.layers.convolutional import data_format_of

        if self.RANK == 3:  # Pooling3D builds channels_first by transposing around the pool
            data_format_of(self, data_format)
        else:
            channels_last(data_format)
            self.channels_first = False
        self.pool_size = normalize_tuple(pool_size, self.RANK, "pool_size")
        self.strides = normalize_tuple(strides if strides is not None else pool_size, self.RANK, "strides")
        self.padding = normalize_padding(padding)
        super().__init__(state, name, **kwargs)

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        from scopecli.engine.ops import nn_conv_ops
        from scopecli.engine.ops.array_shape_ops import expand_dims, squeeze

        dims = inputs._shape.dims_
        if dims is not None and len(dims) != self.RANK + 2:
            raise tf_value_error(f"Input 0 of layer \"{self.name_}\" is incompatible with the layer: "
                                 f"expected ndim={self.RANK + 2}, found ndim={len(dims)}. Full shape "
                                 f"received: {spec_shape_text(inputs)}")
        state, padding = self.state, self.padding.upper()
        if self.RANK == 3:
            from scopecli.engine.ops.array_shape_ops import transpose

            pool = nn_conv_ops.max_pool3d if self.OP == "max_pool" else nn_conv_ops.avg_pool3d
            if self.channels_first:  # "TF does not support channels_first with 3D pooling": NDHWC
                inputs = transpose(state, inputs, (0, 2, 3, 4, 1))
            outputs = pool(state, inputs, [1, *self.pool_size, 1], [1, *self.strides, 1], padding)
            return transpose(state, outputs, (0, 4, 1, 2, 3)) if self.channels_first else outputs
        # Pooling1D.call: a width of 1 added at axis 2, the 2-D pool, the axis squeezed away.
        expanded = expand_dims(state, inputs, 2)
        pooled = getattr(nn_conv_ops, self.OP)(state, expanded, ksize=[1, *self.pool_size, 1, 1],
                                               strides=[1, *self.strides, 1, 1], padding=padding,
                                               data_format="NHWC")
        return squeeze(state, pooled, 2)


class MaxPooling1D(_PoolingND):
    TYPE_NAME, BASE_NAME = "MaxPooling1D", "max_pooling1d"


class AveragePooling1D(_PoolingND):
    TYPE_NAME, BASE_NAME, OP = "AveragePooling1D", "average_pooling1d", "avg_pool"


class MaxPooling3D(_PoolingND):
    TYPE_NAME, BASE_NAME, RANK = "MaxPooling3D", "max_pooling3d", 3


class AveragePooling3D(_PoolingND):
    TYPE_NAME, BASE_NAME, RANK, OP = "AveragePooling3D", "average_pooling3d", 3, "avg_pool"


def _conv_function(cls: type[Conv2D], api: str) -> Any:
    def function(state: TFState, inputs: Any, filters: Any, kernel_size: Any, *args: Any,
                 name: Any = None, reuse: Any = None, **kwargs: Any) -> Tensor:
        """legacy_tf_layers.convolutional.<fn>: the class built with `_scope=name, _reuse=reuse`."""
        return cls(state, filters, kernel_size, *args, name=name, _scope=name, _reuse=reuse, _api=api,
                   **kwargs)(inputs)

    return function


def _pool_function(cls: type[_PoolingND], api: str) -> Any:
    def function(state: TFState, inputs: Any, pool_size: Any, strides: Any, padding: Any = "valid",
                 data_format: Any = "channels_last", name: Any = None) -> Tensor:
        return cls(state, pool_size, strides, padding, data_format, name, _api=api)(inputs)

    return function


def _conv3d_transpose(state: TFState, inputs: Any, filters: Any, kernel_size: Any, strides: Any = (1, 1, 1),
                      padding: Any = "valid", data_format: Any = "channels_last", activation: Any = None,
                      *args: Any, name: Any = None, reuse: Any = None, **kwargs: Any) -> Tensor:
    """legacy conv3d_transpose: no dilation_rate between data_format and activation."""
    return Conv3DTranspose(state, filters, kernel_size, strides, padding, data_format, 1, activation, *args,
                           name=name, _scope=name, _reuse=reuse, _api="tf.layers.conv3d_transpose",
                           **kwargs)(inputs)


tf_export("layers.conv3d_transpose")(_conv3d_transpose)
export_class(Conv3DTranspose, "layers.Conv3DTranspose", "layers.Convolution3DTranspose")
for _cls, _fn in ((Conv1D, "conv1d"), (Conv3D, "conv3d"), (SeparableConv2D, "separable_conv2d")):
    tf_export(f"layers.{_fn}")(_conv_function(_cls, f"tf.layers.{_fn}"))
    export_class(_cls, f"layers.{_cls.__name__}")
for _pool_cls, _fn in ((MaxPooling1D, "max_pooling1d"), (AveragePooling1D, "average_pooling1d"),
                       (MaxPooling3D, "max_pooling3d"), (AveragePooling3D, "average_pooling3d")):
    tf_export(f"layers.{_fn}")(_pool_function(_pool_cls, f"tf.layers.{_fn}"))
    export_class(_pool_cls, f"layers.{_pool_cls.__name__}",
                 f"layers.{_pool_cls.__name__.replace('Pooling', 'Pool')}")
