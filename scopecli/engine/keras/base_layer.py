"""The tf-keras layer in TF1 graph mode (tf_keras/src/engine/base_layer_v1.py): how a
`tf.keras.layers.X` names itself, its weights and its ops.

* name: `name=` or a graph-unique snake-case default counted from 0 (`dense`, `dense_1`), the
  counts shared with the legacy tf.layers (backend.unique_object_name);
* every call opens `tf.name_scope(layer.name)` (graph-uniquified: a second call of `dense` is
  `dense_1/`, under a model `sequential/dense/`); variable scopes play no part;
* weights are resource variables named in that scope (`dense/kernel`), made on the first call
  (build), read by a `ReadVariableOp` at each use;
* every output remembers the call that made it (keras history), so a functional Model can replay
  the calls between its inputs and outputs (engine/keras/models.py).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from scopecli.engine.framework import dtypes
from scopecli.engine.layers.base import Layer, _unique_layer_name, input_dtype
from scopecli.errors import ScenarioError, tf_type_error, tf_value_error
from scopecli.model import ClassRef, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


class Node:
    """One layer call: the layer, its inputs (a tensor or a list) and keyword arguments."""

    __slots__ = ("layer", "inputs", "kwargs", "outputs")

    def __init__(self, layer: Any, inputs: Any, kwargs: dict[str, Any], outputs: Any):
        self.layer, self.inputs, self.kwargs, self.outputs = layer, inputs, kwargs, outputs


# Per graph: id(output tensor) -> the Node that made it (the tensor is held by the node).
_HISTORY: weakref.WeakKeyDictionary[Any, dict[int, Node]] = weakref.WeakKeyDictionary()


def history(graph: Any) -> dict[int, Node]:
    return _HISTORY.setdefault(graph, {})


def node_of(tensor: Any) -> Node | None:
    """The keras history of `tensor` (None: not made by a Keras layer nor a keras.Input)."""
    graph = getattr(getattr(tensor, "_op", None), "_graph", None)
    return None if graph is None else history(graph).get(id(tensor))


def flat(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def keras_initializer(state: TFState, value: Any, default: str) -> Any:
    """initializers.get: None -> the layer's default, a name ("he_normal") -> that initializer,
    an initializer (or callable) as is."""
    from scopecli.engine.ops.init_ops import KERAS

    value = default if value is None else value
    if isinstance(value, str):
        found = KERAS.get(value)
        if found is None:
            raise tf_value_error(f"Unknown initializer: '{value}'. Please ensure you are using a "
                                 "`keras.utils.custom_object_scope` and that this object is included in the "
                                 "scope. See https://www.tensorflow.org/guide/keras/save_and_serialize"
                                 "#registering_the_custom_object for details.")
        return found[1](state)
    if isinstance(value, ClassRef):  # the class itself (tf.keras.initializers.Zeros): an instance
        return value()
    return value


# tf_keras.src.activations names (those scopecli cannot build yet say so when called).
KERAS_ACTIVATIONS = frozenset(("relu", "elu", "softplus", "softsign", "relu6", "sigmoid", "tanh",
                               "exponential", "linear", "softmax", "selu", "swish", "silu", "gelu",
                               "hard_sigmoid", "mish", "leaky_relu", "log_softmax"))


def keras_regularizer(state: TFState, value: Any) -> Any:
    """regularizers.get: None, a callable, or a name ("l1", "l2", "l1_l2": Keras's 0.01 defaults)."""
    from scopecli.engine.ops import regularizers

    if value is None or (callable(value) and not isinstance(value, str)):
        return value
    makers = {"l1": regularizers.l1, "l2": regularizers.l2, "l1_l2": regularizers.l1_l2}
    if isinstance(value, str) and value in makers:
        return makers[value](state)
    raise tf_value_error(f"Could not interpret regularizer identifier: {value}")


class KerasLayer(Layer):
    """The Keras behaviour over a legacy layer's build-and-call (combined as
    `class Dense(KerasLayer, core.Dense)`): Keras's naming, scopes, weights and history."""

    API_PREFIX = "tf.keras.layers"

    def __init__(self, state: TFState, *args: Any, input_shape: Any = None, input_dim: Any = None,
                 batch_size: Any = None, batch_input_shape: Any = None, dtype: Any = None, **kwargs: Any):
        if kwargs.get("activity_regularizer") is not None:  # regularizers.get
            kwargs["activity_regularizer"] = keras_regularizer(state, kwargs["activity_regularizer"])
        if input_dim is not None and input_shape is None:
            input_shape = (input_dim,)
        if batch_input_shape is None and input_shape is not None:
            batch_input_shape = (batch_size, *flat(input_shape))
        self.batch_input_shape = tuple(batch_input_shape) if batch_input_shape is not None else None
        self.declared_dtype = dtypes.as_dtype(dtype) if dtype is not None else None
        kwargs.setdefault("_api", f"{self.API_PREFIX}.{type(self).__name__}")
        super().__init__(state, *args, **kwargs)
        self.inbound: list[Node] = []
        # (weight, regularizer): Keras's callable losses, built each time `losses` is read
        self.weight_losses: list[tuple[Any, Any]] = []
        # Keras resolves activation and initializer names in the constructor (activations.get,
        # initializers.get): an unknown one fails here, before any op exists.
        activation = getattr(self, "activation", None)
        if isinstance(activation, str) and activation not in KERAS_ACTIVATIONS:
            raise tf_value_error(f"Unknown activation function: '{activation}'. Please ensure you are using "
                                 "a `keras.utils.custom_object_scope` and that this object is included in "
                                 "the scope. See https://www.tensorflow.org/guide/keras/save_and_serialize"
                                 "#registering_the_custom_object for details.")
        for key in ("kernel_initializer", "bias_initializer", "embeddings_initializer"):
            value = getattr(self, key, None)
            if isinstance(value, str):
                keras_initializer(state, value, value)

    def _init_set_name(self, name: Any) -> tuple[str, str]:
        if name:
            if not isinstance(name, str):
                raise tf_type_error(f"Expected `name` argument to be a string, but got: {name}")
            return name, name
        return _unique_layer_name(self.graph, self.BASE_NAME, zero_based=True), self.BASE_NAME

    @contextmanager
    def calling(self) -> Iterator[Any]:
        """base_layer_v1.__call__: `backend.name_scope(self.name)`, a new (uniquified) name scope."""
        call = f"{self.api}(name={self.name_!r})"
        with self.graph.name_scope(self.name_, "name_scope", call) as scope:
            yield scope

    @method
    def __call__(self, inputs: Any, *args: Any, **kwargs: Any) -> Any:
        from scopecli.engine.ops_core import convert_to_tensor

        state = self.state
        if isinstance(inputs, (list, tuple)):
            converted: Any = [convert_to_tensor(state, x) for x in inputs]
        else:
            converted = convert_to_tensor(state, inputs)
        first = flat(converted)[0]
        if self.dtype_ is None:
            self.dtype_ = self.declared_dtype or input_dtype(first)
        self.check_input(converted)
        with self.calling():
            outputs = self.build_and_call(converted, *args, **kwargs)
            if self.activity_regularizer_ is not None:  # in the call's scope, a loss of the layer only
                self._handle_activity_regularization(outputs, collect=False)
        self.built_ = True
        if all(node_of(t) is not None for t in flat(converted)):
            node = Node(self, converted, dict(kwargs), outputs)
            self.inbound.append(node)
            table = history(self.graph)
            for out in flat(outputs):
                table[id(out)] = node
        return outputs

    def check_input(self, inputs: Any) -> None:
        """input_spec.assert_input_compatibility (each layer states its own spec)."""

    def add_weight(self, name: str, shape: list[Any], initializer: Any, trainable: bool = True,
                   dtype: Any = None, regularizer: Any = None, constraint: Any = None) -> Any:
        """base_layer_v1.add_weight -> make_variable: a resource variable `name` in the call's
        name scope, initialised by `initializer(shape, dtype)` (glorot_uniform for floats,
        zeros otherwise, when none is given)."""
        from scopecli.engine.framework.shapes import as_shape
        from scopecli.engine.ops.resource_variable_ops import make_resource_variable

        regularizer = keras_regularizer(self.state, regularizer)
        dtype = dtypes.as_dtype(dtype or self.dtype_ or dtypes.float32)
        default = "glorot_uniform" if dtype.is_floating else "zeros"
        init = keras_initializer(self.state, initializer, default)
        dims = list(shape)

        def initial_value() -> Any:
            return init(dims, dtype=dtype)

        variable = make_resource_variable(self.state, initial_value, trainable=trainable and self.trainable_,
                                          name=name, dtype=dtype, shape=as_shape(dims),
                                          created_by=f"{self.api} weight")
        variable.initializer_kind = getattr(init, "kind", "callable")
        variable.constraint_ = constraint
        self.weights_.append(variable)
        if regularizer is not None:
            self.weight_losses.append((variable, regularizer))
        return variable

    @attribute
    def losses(self) -> list[Any]:
        """base_layer_v1.losses: each weight regularizer applied anew, under
        `<weight op name>/Regularizer` in the current name scope (Keras adds no collection)."""
        found = list(self.losses_)  # activity losses first, as base_layer_v1.losses lists them
        for variable, regularizer in self.weight_losses:
            with self.graph.name_scope(variable.op.name + "/Regularizer"):
                found.append(regularizer(variable))
        return found

    @attribute
    def output(self) -> Any:
        """The outputs of the layer's first call on Keras tensors (base_layer_v1.output)."""
        if not self.inbound:
            raise ScenarioError("AttributeError", f"Layer {self.name_} has no inbound nodes.")
        return self.inbound[0].outputs

    @attribute
    def input(self) -> Any:
        if not self.inbound:
            raise ScenarioError("AttributeError", f"Layer {self.name_} is not connected, no input to return.")
        return self.inbound[0].inputs

    @method
    def count_params(self) -> int:
        from scopecli.engine.keras.summary import count_params

        if not self.built_:
            raise tf_value_error(f"You tried to call `count_params` on {self.name_}, but the layer isn't "
                                 "built. You can build it manually via: `"
                                 f"{self.name_}.build(batch_input_shape)`.")
        return count_params(self.weights)

    def __repr__(self) -> str:
        return f"<tf_keras.src.layers.{type(self).__name__} object>"
