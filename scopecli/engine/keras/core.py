"""tf.keras.layers Dense, Activation, Dropout, Flatten, Reshape, Embedding, Conv2D and the 2-D
poolings in graph mode (tf_keras/src/layers/core, reshaping, convolutional, pooling): each is the
legacy tf.layers class's build-and-call (the same Keras code, op for op) under Keras's naming
(base_layer.KerasLayer)."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.keras.base_layer import KerasLayer
from scopecli.engine.layers import convolutional as legacy_conv
from scopecli.engine.layers import core as legacy
from scopecli.engine.layers import normalization as legacy_norm
from scopecli.engine.layers.base import Layer, activate, export_class
from scopecli.errors import InputError, ScenarioError, tf_value_error
from scopecli.model import attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _shape_tuple(inputs: Tensor) -> str:
    """The shape as a Python tuple prints (None for an unknown dimension)."""
    dims = inputs._shape.dims_ or ()
    return "(" + ", ".join(str(d) for d in dims) + ("," if len(dims) == 1 else "") + ")"


def _incompatible(layer: str, what: str, inputs: Tensor) -> Exception:
    shape = _shape_tuple(inputs)
    return tf_value_error(f"Input 0 of layer \"{layer}\" is incompatible with the layer: {what}, but "
                          f"received input with shape {shape}")


class Dense(KerasLayer, legacy.Dense):
    """Dense: input_spec min_ndim=2, then {-1: the built input depth}."""

    def check_input(self, inputs: Any) -> None:
        dims = inputs._shape.dims_
        if dims is None:
            return
        if len(dims) < 2:
            raise tf_value_error(f"Input 0 of layer \"{self.name_}\" is incompatible with the layer: "
                                 f"expected min_ndim=2, found ndim={len(dims)}. Full shape received: "
                                 f"{legacy.spec_shape_text(inputs)}")
        if self.kernel_ is not None:
            depth = self.kernel_.shape.dims_[0]
            if dims[-1] is not None and dims[-1] != depth:
                raise _incompatible(self.name_, f"expected axis -1 of input shape to have value {depth}",
                                    inputs)


class Activation(KerasLayer, Layer):
    """Activation(fn): the activation applied in the layer's scope (`activation/Tanh`)."""

    TYPE_NAME = "Activation"
    BASE_NAME = "activation"

    def __init__(self, state: TFState, activation: Any, name: Any = None, trainable: Any = True,
                 **kwargs: Any):
        super().__init__(state, name=name, trainable=trainable, **kwargs)
        self.activation = activation

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        return activate(self.state, self.activation, inputs)


class Dropout(KerasLayer, legacy.Dropout):
    """Dropout: `training` True -> tf.nn.dropout, False -> tf.identity; None (the learning
    phase) or a tensor -> both under a tf.cond (smart_cond)."""

    EXPECTS_TRAINING = True  # a model's call passes its `training` on

    def build_and_call(self, inputs: Tensor, training: Any = None, **kwargs: Any) -> Tensor:
        if isinstance(training, bool):
            return super().build_and_call(inputs, training=training)
        # None: backend.learning_phase(); a tensor as given: smart_cond builds a tf.cond
        from scopecli.engine.keras.backend import learning_phase
        from scopecli.engine.keras.smart_cond import cond
        from scopecli.engine.ops import array_shape_ops as shape_ops
        from scopecli.engine.ops.nn_dropout import dropout_v2
        from scopecli.engine.ops_core import convert_to_tensor

        state = self.state
        pred = learning_phase(state) if training is None else convert_to_tensor(state, training)
        return cond(state, pred, lambda: dropout_v2(state, inputs, self.rate, self.noise_shape, self.seed),
                    lambda: shape_ops.identity(state, inputs))


class Flatten(KerasLayer, legacy.Flatten):
    pass


class Reshape(KerasLayer, Layer):
    """Reshape.call: tf.reshape(inputs, (tf.shape(inputs)[0],) + target_shape), its static shape
    set from compute_output_shape."""

    TYPE_NAME = "Reshape"
    BASE_NAME = "reshape"

    def __init__(self, state: TFState, target_shape: Any, name: Any = None, **kwargs: Any):
        super().__init__(state, name=name, **kwargs)
        self.target_shape = tuple(int(d) for d in target_shape)

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        import math

        from scopecli.engine.framework.shapes import TensorShape
        from scopecli.engine.ops import array_shape_ops as shape_ops
        from scopecli.engine.ops.tensor_getitem_override import getitem

        state = self.state
        batch = getitem(shape_ops.shape(state, inputs), 0)
        result = shape_ops.reshape(state, inputs, [batch, *self.target_shape])
        dims = inputs._shape.dims_
        if dims is not None:
            target = list(self.target_shape)
            if -1 in target and all(d is not None for d in dims[1:]):
                known = math.prod(d for d in target if d != -1)
                target[target.index(-1)] = math.prod(dims[1:]) // known if known else None  # type: ignore[arg-type]
            result.set_shape(TensorShape.known((dims[0], *(None if d == -1 else d for d in target))))
        return result


class Embedding(KerasLayer, Layer):
    """Embedding: `embeddings` [input_dim, output_dim] (uniform in +-0.05 by default), then
    tf.nn.embedding_lookup of the int ids (a ResourceGather on the weight)."""

    TYPE_NAME = "Embedding"
    BASE_NAME = "embedding"

    def __init__(self, state: TFState, input_dim: Any, output_dim: Any,
                 embeddings_initializer: Any = "uniform", embeddings_regularizer: Any = None,
                 activity_regularizer: Any = None,
                 embeddings_constraint: Any = None, mask_zero: Any = False, input_length: Any = None,
                 name: Any = None, **kwargs: Any):
        if input_dim <= 0 or output_dim <= 0:
            raise tf_value_error("Both `input_dim` and `output_dim` should be positive, Received input_dim = "
                                 f"{input_dim} and output_dim = {output_dim}")
        if embeddings_regularizer is not None or activity_regularizer is not None:
            raise InputError("tf.keras.layers.Embedding with a regularizer is not supported by scopecli yet")
        super().__init__(state, name=name, **kwargs)
        self.input_dim, self.output_dim = int(input_dim), int(output_dim)
        self.embeddings_initializer = embeddings_initializer
        self.embeddings_: Any = None

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops.nn_impl import embedding_lookup

        if self.embeddings_ is None:
            self.embeddings_ = self.add_weight("embeddings", [self.input_dim, self.output_dim],
                                               self.embeddings_initializer)
        if inputs._dtype.base_dtype not in (dtypes.int32, dtypes.int64):
            inputs = m.cast(self.state, inputs, dtypes.int32)
        return embedding_lookup(self.state, self.embeddings_, inputs)

    @attribute
    def embeddings(self) -> Any:
        if self.embeddings_ is None:
            raise ScenarioError("AttributeError", "'Embedding' object has no attribute 'embeddings'")
        return self.embeddings_


class Conv2D(KerasLayer, legacy_conv.Conv2D):
    pass


class MaxPooling2D(KerasLayer, legacy_conv.MaxPooling2D):
    def __init__(self, state: TFState, pool_size: Any = (2, 2), strides: Any = None, padding: Any = "valid",
                 data_format: Any = None, name: Any = None, **kwargs: Any):
        super().__init__(state, pool_size, strides, padding, data_format or "channels_last", name, **kwargs)


class AveragePooling2D(KerasLayer, legacy_conv.AveragePooling2D):
    def __init__(self, state: TFState, pool_size: Any = (2, 2), strides: Any = None, padding: Any = "valid",
                 data_format: Any = None, name: Any = None, **kwargs: Any):
        super().__init__(state, pool_size, strides, padding, data_format or "channels_last", name, **kwargs)


export_class(Dense, "keras.layers.Dense")
export_class(Activation, "keras.layers.Activation")
export_class(Dropout, "keras.layers.Dropout")
export_class(Flatten, "keras.layers.Flatten")
export_class(Reshape, "keras.layers.Reshape")
export_class(Embedding, "keras.layers.Embedding")
export_class(Conv2D, "keras.layers.Conv2D", "keras.layers.Convolution2D")
export_class(MaxPooling2D, "keras.layers.MaxPooling2D", "keras.layers.MaxPool2D")
export_class(AveragePooling2D, "keras.layers.AveragePooling2D", "keras.layers.AvgPool2D")


class BatchNormalization(KerasLayer, legacy_norm.BatchNormalization):
    """BatchNormalization in graph mode with a Python `training`: the legacy layer's ops (the
    Keras code); the moving-average updates (AssignSubVariableOp on the resource statistics) are
    built in the call but, unlike tf.layers', not put in UPDATE_OPS: they are `layer.updates`."""

    EXPECTS_TRAINING = True

    def build_and_call(self, inputs: Tensor, training: Any = None, **kwargs: Any) -> Tensor:
        return super().build_and_call(inputs, training=training)

    def training_value(self, training: Any) -> Any:
        """BatchNormalizationBase._get_training_value (in call, after build): None reads the
        learning-phase placeholder, which the tf.conds then switch on."""
        if training is None:
            from scopecli.engine.keras.backend import learning_phase

            return learning_phase(self.state)
        return training

    def add_update(self, update: Any) -> None:
        """base_layer_v1.add_update: kept on the layer (its `updates`), no collection."""
        made = update() if callable(update) else update
        self.updates_.append(getattr(made, "parent_op", None) or getattr(made, "_op", made))


export_class(BatchNormalization, "keras.layers.BatchNormalization")
