"""More tf.keras.layers in graph mode: the other convolutions and poolings (the legacy layers'
Keras code under Keras's naming), LeakyReLU, the global poolings, ZeroPadding2D and Lambda."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.keras.base_layer import KerasLayer
from scopecli.engine.layers import convolutional as legacy_conv
from scopecli.engine.layers import convolutional_nd as legacy_nd
from scopecli.engine.layers.base import Layer, export_class
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


class Conv2DTranspose(KerasLayer, legacy_conv.Conv2DTranspose):
    pass


class Conv1D(KerasLayer, legacy_nd.Conv1D):
    pass


class Conv3D(KerasLayer, legacy_nd.Conv3D):
    pass


class SeparableConv2D(KerasLayer, legacy_nd.SeparableConv2D):
    pass


def _pooling(legacy_cls: type, default_size: Any) -> type:
    class Pooling(KerasLayer, legacy_cls):  # type: ignore[valid-type, misc]
        def __init__(self, state: TFState, pool_size: Any = default_size, strides: Any = None,
                     padding: Any = "valid", data_format: Any = None, name: Any = None, **kwargs: Any):
            super().__init__(state, pool_size, strides, padding, data_format or "channels_last", name,
                             **kwargs)

    Pooling.__name__ = Pooling.__qualname__ = legacy_cls.__name__
    return Pooling


MaxPooling1D = _pooling(legacy_nd.MaxPooling1D, 2)
AveragePooling1D = _pooling(legacy_nd.AveragePooling1D, 2)
MaxPooling3D = _pooling(legacy_nd.MaxPooling3D, (2, 2, 2))
AveragePooling3D = _pooling(legacy_nd.AveragePooling3D, (2, 2, 2))


class LeakyReLU(KerasLayer, Layer):
    """LeakyReLU: backend.relu(x, alpha) -> tf.nn.leaky_relu (`leaky_re_lu/LeakyRelu`)."""

    TYPE_NAME = "LeakyReLU"
    BASE_NAME = "leaky_re_lu"

    def __init__(self, state: TFState, alpha: Any = 0.3, name: Any = None, **kwargs: Any):
        if alpha is None:
            raise tf_value_error(f"The alpha value of a Leaky ReLU layer cannot be None. Expecting a float. "
                                 f"Received: {alpha}")
        super().__init__(state, name=name, **kwargs)
        self.alpha = float(alpha)

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        from scopecli.engine.ops.nn_ops import leaky_relu

        return leaky_relu(self.state, inputs, alpha=self.alpha)


def _global_pooling(type_name: str, base_name: str, rank: int, reduce: str) -> type:
    class GlobalPooling(KerasLayer, Layer):
        """Global pooling: backend.mean / max over the spatial axes (keepdims=False)."""

        TYPE_NAME = type_name
        BASE_NAME = base_name

        def __init__(self, state: TFState, data_format: Any = None, keepdims: Any = False, name: Any = None,
                     **kwargs: Any):
            super().__init__(state, name=name, **kwargs)
            self.keepdims = bool(keepdims)

        def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
            from scopecli.engine.ops import reduction_ops as red

            axes: Any = 1 if rank == 1 else list(range(1, rank + 1))
            function = red.reduce_mean if reduce == "mean" else red.reduce_max
            return function(self.state, inputs, axes, keepdims=self.keepdims)

    GlobalPooling.__name__ = GlobalPooling.__qualname__ = type_name
    return GlobalPooling


GlobalAveragePooling1D = _global_pooling("GlobalAveragePooling1D", "global_average_pooling1d", 1, "mean")
GlobalAveragePooling2D = _global_pooling("GlobalAveragePooling2D", "global_average_pooling2d", 2, "mean")
GlobalMaxPooling1D = _global_pooling("GlobalMaxPooling1D", "global_max_pooling1d", 1, "max")
GlobalMaxPooling2D = _global_pooling("GlobalMaxPooling2D", "global_max_pooling2d", 2, "max")


class ZeroPadding2D(KerasLayer, Layer):
    """ZeroPadding2D: backend.spatial_2d_padding -> tf.pad with [[0,0], top/bottom, left/right, [0,0]]."""

    TYPE_NAME = "ZeroPadding2D"
    BASE_NAME = "zero_padding2d"

    def __init__(self, state: TFState, padding: Any = (1, 1), data_format: Any = None, name: Any = None,
                 **kwargs: Any):
        super().__init__(state, name=name, **kwargs)
        if isinstance(padding, int):
            self.padding = ((padding, padding), (padding, padding))
        elif len(padding) == 2 and all(isinstance(p, int) for p in padding):
            self.padding = ((padding[0], padding[0]), (padding[1], padding[1]))
        elif len(padding) == 2:
            self.padding = (tuple(padding[0]), tuple(padding[1]))
        else:
            raise tf_value_error(f"`padding` should have two elements. Received: padding={padding}.")

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        from scopecli.engine.ops.array_ops import pad

        pattern = [[0, 0], list(self.padding[0]), list(self.padding[1]), [0, 0]]
        return pad(self.state, inputs, pattern)


class Lambda(KerasLayer, Layer):
    """Lambda(fn): fn(inputs) in the layer's scope (`lambda/mul`)."""

    TYPE_NAME = "Lambda"
    BASE_NAME = "lambda"

    def __init__(self, state: TFState, function: Any, output_shape: Any = None, mask: Any = None,
                 arguments: Any = None, name: Any = None, **kwargs: Any):
        if not callable(function):
            raise tf_type_error(f"'{type(function).__name__}' object is not callable")
        super().__init__(state, name=name, **kwargs)
        self.function, self.arguments = function, dict(arguments or {})

    def build_and_call(self, inputs: Any, *args: Any, **kwargs: Any) -> Any:
        return self.function(inputs, **self.arguments)


for _cls in (Conv2DTranspose, Conv1D, Conv3D, SeparableConv2D, LeakyReLU, GlobalAveragePooling1D,
             GlobalAveragePooling2D, GlobalMaxPooling1D, GlobalMaxPooling2D, ZeroPadding2D):
    export_class(_cls, f"keras.layers.{_cls.__name__}")
export_class(Conv2DTranspose, "keras.layers.Convolution2DTranspose")
for _pool in (MaxPooling1D, AveragePooling1D, MaxPooling3D, AveragePooling3D):
    export_class(_pool, f"keras.layers.{_pool.__name__}",
                 f"keras.layers.{_pool.__name__.replace('Pooling', 'Pool')}")


@tf_export("keras.layers.Lambda", label=False, accepts_callable=True)
def _lambda(state: TFState, *args: Any, **kwargs: Any) -> Lambda:
    return Lambda(state, *args, **kwargs)
