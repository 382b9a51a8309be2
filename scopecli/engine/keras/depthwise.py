"""tf.keras.layers.DepthwiseConv2D in graph mode (tf_keras DepthwiseConv2D): a `depthwise_kernel`
(k, k, in, depth_multiplier) and a bias of in * depth_multiplier, called through
backend.depthwise_conv2d -> tf.compat.v1.nn.depthwise_conv2d (its `depthwise` scope), BiasAdd,
activation. Keras's own naming and resource weights come from KerasLayer."""

from __future__ import annotations

from scopecli.engine.keras.core import Conv2D
from scopecli.engine.layers.base import export_class

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


class DepthwiseConv2D(Conv2D):
    TYPE_NAME = "DepthwiseConv2D"
    BASE_NAME = "depthwise_conv2d"

    def __init__(self, state: TFState, kernel_size: Any, strides: Any = (1, 1), padding: Any = "valid",
                 depth_multiplier: Any = 1, data_format: Any = None, dilation_rate: Any = (1, 1),
                 activation: Any = None, use_bias: Any = True,
                 depthwise_initializer: Any = "glorot_uniform", bias_initializer: Any = "zeros",
                 depthwise_regularizer: Any = None, bias_regularizer: Any = None,
                 activity_regularizer: Any = None, depthwise_constraint: Any = None,
                 bias_constraint: Any = None, **kwargs: Any):
        super().__init__(state, 0, kernel_size, strides, padding, data_format or "channels_last",
                         dilation_rate, activation, use_bias, None, bias_initializer, depthwise_regularizer,
                         bias_regularizer, activity_regularizer, depthwise_constraint, bias_constraint,
                         **kwargs)
        self.depth_multiplier = int(depth_multiplier)
        self.depthwise_initializer = depthwise_initializer

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        from scopecli.engine.keras.base_layer import keras_initializer
        from scopecli.engine.layers.base import activate
        from scopecli.engine.layers.convolutional import _input_depth
        from scopecli.engine.layers.core import bias_initializer
        from scopecli.engine.ops.nn_conv_extra_ops import depthwise_conv2d
        from scopecli.engine.ops.nn_ops import bias_add

        if not self.built_:
            depth = _input_depth(inputs, 4, self.name_)
            self.kernel_ = self.add_weight(
                "depthwise_kernel", [*self.kernel_size, depth, self.depth_multiplier],
                keras_initializer(self.state, self.depthwise_initializer, "glorot_uniform"),
                regularizer=self.regularizers[0])
            if self.use_bias:
                self.bias_ = self.add_weight("bias", [depth * self.depth_multiplier],
                                             bias_initializer(self.state, self.bias_initializer),
                                             regularizer=self.regularizers[1])
        outputs = depthwise_conv2d(self.state, inputs, self.kernel_, [1, *self.strides, 1],
                                   self.padding.upper(), rate=list(self.dilation_rate), data_format="NHWC")
        if self.bias_ is not None:
            outputs = bias_add(self.state, outputs, self.bias_, data_format="NHWC")
        return activate(self.state, self.activation, outputs)


export_class(DepthwiseConv2D, "keras.layers.DepthwiseConv2D")
