"""tf.layers.SeparableConv1D / separable_conv1d (tf_keras SeparableConv1D.call): the input, the
depthwise (k, in, multiplier) and pointwise (1, in * multiplier, filters) kernels each get an
ExpandDims to 2-D, then tf.nn.separable_conv2d, BiasAdd, and a Squeeze of the added axis
(before the activation); channels_last only, "causal" padding not yet."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.base import export_class, normalize_tuple
from scopecli.engine.layers.convolutional import _input_depth
from scopecli.engine.layers.convolutional_nd import SeparableConv2D, _conv_function, _pair
from scopecli.engine.layers.core import bias_initializer

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


class SeparableConv1D(SeparableConv2D):
    TYPE_NAME = "SeparableConv1D"
    BASE_NAME = "separable_conv1d"

    def __init__(self, state: TFState, filters: Any, kernel_size: Any, strides: Any = 1,
                 padding: Any = "valid", data_format: Any = "channels_last", dilation_rate: Any = 1,
                 *args: Any, **kwargs: Any):
        super().__init__(state, filters, _pair(kernel_size, 1), _pair(strides, 1), padding, data_format,
                         _pair(dilation_rate, 1), *args, **kwargs)
        self.kernel_size = normalize_tuple(kernel_size, 1, "kernel_size")
        self.strides = normalize_tuple(strides, 1, "strides")
        self.dilation_rate = normalize_tuple(dilation_rate, 1, "dilation_rate")

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        from scopecli.engine.layers.base import activate
        from scopecli.engine.ops.array_shape_ops import expand_dims, squeeze
        from scopecli.engine.ops.nn_conv_extra_ops import separable_conv2d
        from scopecli.engine.ops.nn_ops import bias_add

        if not self.built_:
            depth = _input_depth(inputs, 3, self.name_)
            regularizers, constraints = self.pointwise_regularizers, self.pointwise_constraints
            self.kernel_ = self.add_weight("depthwise_kernel",
                                           [*self.kernel_size, depth, self.depth_multiplier],
                                           self.initializers[0], regularizer=regularizers[0],
                                           constraint=constraints[0])
            self.pointwise_ = self.add_weight("pointwise_kernel",
                                              [1, depth * self.depth_multiplier, self.filters_],
                                              self.initializers[1], regularizer=regularizers[1],
                                              constraint=constraints[1])
            if self.use_bias_:
                self.bias_ = self.add_weight("bias", [self.filters_],
                                             bias_initializer(self.state, self.bias_initializer),
                                             regularizer=self.regularizers[1], constraint=self.constraints[1])
        state = self.state
        inputs = expand_dims(state, inputs, 1)
        depthwise = expand_dims(state, self.kernel_, 0)
        pointwise = expand_dims(state, self.pointwise_, 0)
        outputs = separable_conv2d(state, inputs, depthwise, pointwise, [1, *self.strides * 2, 1],
                                   self.padding.upper(), rate=[1, *self.dilation_rate], data_format="NHWC")
        if self.bias_ is not None:
            outputs = bias_add(state, outputs, self.bias_, data_format="NHWC")
        outputs = squeeze(state, outputs, [1])
        return activate(state, self.activation_, outputs)


tf_export("layers.separable_conv1d")(_conv_function(SeparableConv1D, "tf.layers.separable_conv1d"))
export_class(SeparableConv1D, "layers.SeparableConv1D")
