"""tf.layers.Conv2D / Conv2DTranspose / MaxPooling2D / AveragePooling2D and their function
forms (legacy_tf_layers/convolutional.py, pooling.py), whose `call` mirrors tf_keras's Conv,
Conv2DTranspose and Pooling2D in graph mode, op for op (channels_last)."""

from __future__ import annotations

from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.base import (
    Layer,
    activate,
    channels_last,
    export_class,
    normalize_padding,
    normalize_tuple,
)
from scopecli.engine.layers.core import KernelBiasLayer, bias_initializer, shape_text, spec_shape_text
from scopecli.errors import InputError, tf_value_error
from scopecli.model import attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _input_depth(inputs: Tensor, rank: int, layer: str, channels_first: bool = False) -> int:
    """The input_spec check (min_ndim; `layer` is the layer's name) and the channel dimension
    (axis -1, or 1 for channels_first), which must be known."""
    dims = inputs._shape.dims_
    if dims is not None and len(dims) < rank:
        raise tf_value_error(f"Input 0 of layer \"{layer}\" is incompatible with the layer: "
                             f"expected min_ndim={rank}, found ndim={len(dims)}. Full shape received: "
                             f"{spec_shape_text(inputs)}")
    if dims is None or len(dims) != rank:
        raise InputError(f"a {rank - 2}-D convolution layer on an input of rank {len(dims or ())} is not "
                         "supported by scopecli yet")
    axis = 1 - rank if channels_first else -1  # Conv._get_channel_axis: -1 - self.rank
    if dims[axis] is None:
        raise tf_value_error("The channel dimension of the inputs should be defined. The input_shape "
                             f"received is {shape_text(inputs)}, where axis {axis} (0-based) is the channel "
                             "dimension, which found to be `None`.")
    return dims[axis]


def data_format_of(layer: Any, data_format: Any) -> None:
    """conv_utils.normalize_data_format for layers that build channels_first too (Conv2D and the
    2-D poolings); the others refuse it by name (base.channels_last)."""
    if data_format is not None and isinstance(data_format, str) and data_format.lower() == "channels_first":
        layer.channels_first = True
        return
    channels_last(data_format)
    layer.channels_first = False


class Conv2D(KernelBiasLayer):
    """Conv.build (kernel kernel_size + (in, filters), bias) and call: tf.nn.convolution named
    after the class ("Conv2D"), BiasAdd, activation."""

    TYPE_NAME = "Conv2D"
    BASE_NAME = "conv2d"
    TRANSPOSE = False
    RANK = 2

    def __init__(self, state: TFState, filters: Any, kernel_size: Any, strides: Any = (1, 1),
                 padding: Any = "valid", data_format: Any = "channels_last", dilation_rate: Any = (1, 1),
                 activation: Any = None, use_bias: Any = True, kernel_initializer: Any = None,
                 bias_initializer: Any = None, kernel_regularizer: Any = None, bias_regularizer: Any = None,
                 activity_regularizer: Any = None, kernel_constraint: Any = None, bias_constraint: Any = None,
                 trainable: Any = True, name: Any = None, **kwargs: Any):
        # Conv.__init__: Layer.__init__ first (the layer's unique name is taken even when an
        # argument check below then fails), then kernel_size, strides, padding, data_format.
        super().__init__(state, name, trainable, activity_regularizer=activity_regularizer, **kwargs)
        self.kernel_size = normalize_tuple(kernel_size, 2, "kernel_size")
        self.strides = normalize_tuple(strides, 2, "strides")
        self.padding = normalize_padding(padding)
        if type(self) is Conv2D or self.RANK == 3:  # the others (Conv1D, separable) are NHWC only here
            data_format_of(self, data_format)
        else:
            channels_last(data_format)
            self.channels_first = False
        self.dilation_rate = normalize_tuple(dilation_rate, 2, "dilation_rate")
        self.filters_ = int(filters)
        self.init_kernel_bias(activation, use_bias, (kernel_regularizer, bias_regularizer),
                              (kernel_constraint, bias_constraint))
        self.kernel_initializer, self.bias_initializer = kernel_initializer, bias_initializer
        self.kernel_: Any = None
        self.bias_: Any = None

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        from scopecli.engine.ops.nn_ops import bias_add

        if not self.built_:
            depth = _input_depth(inputs, self.RANK + 2, self.name_, self.channels_first)
            shape = [*self.kernel_size, self.filters_, depth] if self.TRANSPOSE else \
                [*self.kernel_size, depth, self.filters_]
            self.kernel_ = self.add_weight("kernel", shape, self.kernel_initializer,
                                           regularizer=self.regularizers[0], constraint=self.constraints[0])
            if self.use_bias_:
                self.bias_ = self.add_weight("bias", [self.filters_],
                                             bias_initializer(self.state, self.bias_initializer),
                                             regularizer=self.regularizers[1], constraint=self.constraints[1])
        outputs = self.convolve(inputs)
        if self.bias_ is not None:
            data_format = "NCHW" if self.channels_first else "NHWC"
            outputs = bias_add(self.state, outputs, self.bias_, data_format=data_format)
        return activate(self.state, self.activation_, outputs)

    def convolve(self, inputs: Tensor) -> Tensor:
        from scopecli.engine.ops.nn_conv_ops import conv2d

        if any(r != 1 for r in self.dilation_rate):
            if self.channels_first:
                raise InputError("a dilated channels_first tf.layers.Conv2D is not supported by scopecli yet")
            # tf.nn.convolution(name="Conv2D") with a rate above 1: SpaceToBatchND, Conv2D, BatchToSpaceND
            from scopecli.engine.ops.nn_conv_extra_ops import convolution

            return convolution(self.state, inputs, self.kernel_, self.padding.upper(), list(self.strides),
                               dilation_rate=list(self.dilation_rate), name="Conv2D")
        return conv2d(self.state, inputs, self.kernel_, strides=list(self.strides),
                      padding=self.padding.upper(), dilations=list(self.dilation_rate),
                      data_format="NCHW" if self.channels_first else "NHWC", name="Conv2D")

    @attribute
    def filters(self) -> int:
        return self.filters_

    @attribute
    def kernel(self) -> Any:
        return self.kernel_

    @attribute
    def bias(self) -> Any:
        return self.bias_


class Conv2DTranspose(Conv2D):
    """Conv2DTranspose.call: the output shape stacked from tf.shape(inputs)[0] and the static
    deconv lengths, backend.conv2d_transpose (whose `output_shape[0]` makes strided_slice_1),
    the static shape set, then BiasAdd and the activation."""

    TYPE_NAME = "Conv2DTranspose"
    BASE_NAME = "conv2d_transpose"
    TRANSPOSE = True

    def convolve(self, inputs: Tensor) -> Tensor:
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops import array_shape_ops as shape_ops
        from scopecli.engine.ops.nn_conv_ops import conv2d_transpose
        from scopecli.engine.ops.tensor_getitem_override import getitem

        state = self.state
        batch_size = getitem(shape_ops.shape(state, inputs), 0)
        dims = inputs._shape.dims_
        if dims[1] is None or dims[2] is None:  # type: ignore[index]
            raise InputError("tf.layers.conv2d_transpose with unknown height or width is not supported by "
                             "scopecli yet")
        height = _deconv_length(dims[1], self.kernel_size[0], self.padding, self.strides[0])  # type: ignore[index]
        width = _deconv_length(dims[2], self.kernel_size[1], self.padding, self.strides[1])  # type: ignore[index]
        output_shape = join.stack(state, [batch_size, height, width, self.filters_])
        getitem(output_shape, 0)  # backend.conv2d_transpose asks `output_shape[0] is None`
        outputs = conv2d_transpose(state, inputs, self.kernel_, output_shape, strides=[1, *self.strides, 1],
                                   padding=self.padding.upper(), data_format="NHWC")
        outputs.set_shape(TensorShape.known((dims[0], height, width, self.filters_)))  # type: ignore[index]
        return outputs


def _deconv_length(length: int, size: int, padding: str, stride: int) -> int:
    """conv_utils.deconv_output_length without output_padding."""
    if padding == "valid":
        return length * stride + max(size - stride, 0)
    if padding == "full":
        return length * stride - (stride + size - 2)
    return length * stride


def _conv_function(cls: type[Conv2D], api: str) -> Any:
    def function(state: TFState, inputs: Any, filters: Any, kernel_size: Any, strides: Any = (1, 1),
                 padding: Any = "valid", data_format: Any = "channels_last", *args: Any, name: Any = None,
                 reuse: Any = None, **kwargs: Any) -> Tensor:
        """legacy_tf_layers.convolutional.<fn>: the class built with `_scope=name, _reuse=reuse`."""
        return cls(state, filters, kernel_size, strides, padding, data_format, *args, name=name, _scope=name,
                   _reuse=reuse, _api=api, **kwargs)(inputs)

    return function


def _transpose_function(state: TFState, inputs: Any, filters: Any, kernel_size: Any, strides: Any = (1, 1),
                        padding: Any = "valid", data_format: Any = "channels_last", activation: Any = None,
                        *args: Any, name: Any = None, reuse: Any = None, **kwargs: Any) -> Tensor:
    """conv2d_transpose has no dilation_rate between data_format and activation."""
    return Conv2DTranspose(state, filters, kernel_size, strides, padding, data_format, (1, 1), activation,
                           *args, name=name, _scope=name, _reuse=reuse, _api="tf.layers.conv2d_transpose",
                           **kwargs)(inputs)


tf_export("layers.conv2d")(_conv_function(Conv2D, "tf.layers.conv2d"))
tf_export("layers.conv2d_transpose")(_transpose_function)
export_class(Conv2D, "layers.Conv2D")
export_class(Conv2DTranspose, "layers.Conv2DTranspose")


class _Pooling2D(Layer):
    """Pooling2D.call: tf.nn.max_pool / avg_pool with ksize/strides (1,) + size + (1,)."""

    OP = "max_pool"

    def __init__(self, state: TFState, pool_size: Any, strides: Any, padding: Any = "valid",
                 data_format: Any = "channels_last", name: Any = None, **kwargs: Any):
        super().__init__(state, name, **kwargs)  # Pooling2D.__init__: the name first, then the checks
        self.pool_size = normalize_tuple(pool_size, 2, "pool_size")
        self.strides = normalize_tuple(strides if strides is not None else pool_size, 2, "strides")
        self.padding = normalize_padding(padding)
        data_format_of(self, data_format)

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        from scopecli.engine.ops import nn_conv_ops

        if inputs._shape.dims_ is not None and len(inputs._shape.dims_) != 4:
            raise tf_value_error(f"Input 0 of layer \"{self.name_}\" is incompatible with the layer: "
                                 f"expected ndim=4, found ndim={len(inputs._shape.dims_)}. Full shape "
                                 f"received: {spec_shape_text(inputs)}")
        if self.channels_first:  # (1, 1) + pool_size, data_format NCHW
            return getattr(nn_conv_ops, self.OP)(self.state, inputs, ksize=[1, 1, *self.pool_size],
                                                 strides=[1, 1, *self.strides], padding=self.padding.upper(),
                                                 data_format="NCHW")
        return getattr(nn_conv_ops, self.OP)(self.state, inputs, ksize=[1, *self.pool_size, 1],
                                             strides=[1, *self.strides, 1], padding=self.padding.upper(),
                                             data_format="NHWC")


class MaxPooling2D(_Pooling2D):
    TYPE_NAME = "MaxPooling2D"
    BASE_NAME = "max_pooling2d"


class AveragePooling2D(_Pooling2D):
    TYPE_NAME = "AveragePooling2D"
    BASE_NAME = "average_pooling2d"
    OP = "avg_pool"


def _pool_function(cls: type[_Pooling2D], api: str) -> Any:
    def function(state: TFState, inputs: Any, pool_size: Any, strides: Any, padding: Any = "valid",
                 data_format: Any = "channels_last", name: Any = None) -> Tensor:
        return cls(state, pool_size, strides, padding, data_format, name, _api=api)(inputs)

    return function


tf_export("layers.max_pooling2d")(_pool_function(MaxPooling2D, "tf.layers.max_pooling2d"))
tf_export("layers.average_pooling2d")(_pool_function(AveragePooling2D, "tf.layers.average_pooling2d"))
export_class(MaxPooling2D, "layers.MaxPooling2D", "layers.MaxPool2D")
export_class(AveragePooling2D, "layers.AveragePooling2D", "layers.AveragePool2D")
