"""tf.keras.backend basics TF1-era files use (tf_keras/src/backend.py in graph mode) and
tf.keras.activations (tf_keras/src/activations.py): floatx, epsilon, int_shape, ndim,
image_data_format, learning_phase (the graph's `keras_learning_phase` PlaceholderWithDefault),
set_session / get_session, clear_session; relu, sigmoid, tanh, softmax ... by name."""

from __future__ import annotations

import weakref

from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import InputError, tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

# Per graph: its learning-phase placeholder (backend._GRAPH_LEARNING_PHASES).
_LEARNING_PHASES: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
# Per run state: the session given to set_session (backend._SESSION).
_SESSIONS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


@tf_export("keras.backend.floatx", label=False)
def floatx(state: TFState) -> str:
    return "float32"


@tf_export("keras.backend.epsilon", label=False)
def epsilon(state: TFState) -> float:
    return 1e-07


@tf_export("keras.backend.image_data_format", label=False)
def image_data_format(state: TFState) -> str:
    return "channels_last"


@tf_export("keras.backend.int_shape", label=False)
def int_shape(state: TFState, x: Any) -> Any:
    """The static shape as a tuple (None for unknown dimensions), None for an unknown rank."""
    from scopecli.engine.ops_core import convert_to_tensor

    dims = convert_to_tensor(state, x)._shape.dims_
    return None if dims is None else tuple(dims)


@tf_export("keras.backend.ndim", label=False)
def ndim(state: TFState, x: Any) -> Any:
    from scopecli.engine.ops_core import convert_to_tensor

    return convert_to_tensor(state, x)._shape.ndims


@tf_export("keras.backend.learning_phase", label=False)
def learning_phase(state: TFState) -> Tensor:
    """backend.learning_phase in a TF1 graph: one `keras_learning_phase` placeholder per graph,
    False unless fed (made outside any name scope, as init_scope does)."""
    graph = state.graph
    found = _LEARNING_PHASES.get(graph)
    if found is None:
        found = _LEARNING_PHASES[graph] = _make_learning_phase(state)
    return found


def _make_learning_phase(state: TFState) -> Tensor:
    from scopecli.engine import gen

    graph = state.graph
    saved = graph.name_stack
    graph.name_stack = ""
    try:
        return gen.op("PlaceholderWithDefault")(state, False, shape=(), name="keras_learning_phase")
    finally:
        graph.name_stack = saved


@tf_export("keras.backend.set_session", label=False)
def set_session(state: TFState, session: Any) -> None:
    _SESSIONS[state] = session


@tf_export("keras.backend.get_session", label=False)
def get_session(state: TFState, op_input_list: Any = ()) -> Any:
    """The session given to set_session, else the default session, else a new one (made once)."""
    from scopecli.evaluate.session import Session

    found = _SESSIONS.get(state)
    if found is None and state.session_stack:
        return state.session_stack[-1]
    if found is None:
        found = _SESSIONS[state] = Session(state, None)
    return found


@tf_export("keras.backend.clear_session", label=False)
def clear_session(state: TFState) -> None:
    """backend.clear_session in TF1: a new default graph (so Keras's name counts restart) with a
    new learning-phase placeholder, and no Keras session."""
    state.reset_default_graph()
    _SESSIONS.pop(state, None)
    learning_phase(state)


_ACTIVATIONS = ("relu", "sigmoid", "tanh", "softmax", "linear", "elu", "softplus", "softsign",
                "exponential", "relu6", "gelu")


def _activation(name: str) -> Any:
    def activation(state: TFState, x: Any, *args: Any, **kwargs: Any) -> Any:
        from scopecli.engine.layers.base import activate
        from scopecli.engine.ops_core import convert_to_tensor

        if args or any(value not in (None, 0, 0.0, -1) for value in kwargs.values()):
            raise InputError(f"tf.keras.activations.{name} with arguments is not supported by scopecli yet")
        return activate(state, name, convert_to_tensor(state, x))

    activation.__name__ = activation.__qualname__ = name
    activation.__doc__ = f"tf.keras.activations.{name}(x): the {name} activation Keras layers apply."
    return activation


for _name in _ACTIVATIONS:
    if _name not in ("gelu", "relu6"):  # tf.compat.v1.keras.activations has neither (only the names)
        tf_export(f"keras.activations.{_name}", label=False)(_activation(_name))


@tf_export("keras.activations.get", label=False)
def get(state: TFState, identifier: Any) -> Any:
    """activations.get: None -> linear, a name -> that activation, a callable as is."""
    from scopecli.model import Builtin

    if identifier is None:
        identifier = "linear"
    if isinstance(identifier, str):
        if identifier not in _ACTIVATIONS:
            raise tf_value_error(f"Unknown activation function: '{identifier}'. Please ensure you are "
                                 "using a `keras.utils.custom_object_scope` and that this object is included "
                                 "in the scope. See https://www.tensorflow.org/guide/keras/save_and_serialize"
                                 "#registering_the_custom_object for details.")
        function = _activation(identifier)
        return Builtin(f"tf.keras.activations.{identifier}", lambda *a, **k: function(state, *a, **k))
    if callable(identifier):
        return identifier
    raise tf_type_error(f"Could not interpret activation function identifier: {identifier}")
