"""The legacy tf.layers layer (legacy_tf_layers/base.py Layer.__init__, _set_scope, __call__,
add_weight): the classes' base, and what every `tf.layers.<fn>(...)` builds and calls once.

Names come out as TF's: with `name=` the layer's scope is `variable_scope(name)` (a second
layer of that name re-opens the variable scope, so its weights clash unless `reuse`); without,
`variable_scope(None, default_name="dense")` uniquifies among variable scopes (`dense_1`).
The call then re-enters that variable scope without a new name scope and the name scope first
opened for it (`original_name_scope`), where the weights (`kernel`, `bias`) and ops are made.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from scopecli.engine import var_store
from scopecli.engine import variable_scope as vs
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.notes import Note
from scopecli.errors import InputError, tf_value_error
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


# Per graph: keras's unique_object_name counts of the layers' default names ("dense_1", ...).
_LAYER_UIDS: weakref.WeakKeyDictionary[Any, dict[str, int]] = weakref.WeakKeyDictionary()


def _unique_layer_name(graph: Any, base: str, zero_based: bool = False) -> str:
    """backend.unique_object_name(base, zero_based): the legacy layers count from 1 ("dense_1"),
    Keras layers from 0 ("dense", then "dense_1"); both share the graph's counts."""
    uids = _LAYER_UIDS.setdefault(graph, {})
    number = uids.get(base, 0)
    uids[base] = number + 1
    if zero_based:
        return f"{base}_{number}" if number else base
    return f"{base}_{number + 1}"


class Layer(Exposed):
    """A legacy tf.layers layer (base.Layer): its scope is fixed by the first call (or by
    `_scope` at construction), later calls re-enter it with reuse=True. Subclasses give
    `BASE_NAME` and `build_and_call(inputs, **kwargs)`, run inside the layer's scopes."""

    TYPE_NAME = "Layer"
    BASE_NAME = "layer"

    def __init__(self, state: TFState, name: Any = None, trainable: Any = True, _scope: Any = None,
                 _reuse: Any = None, _api: Any = None, activity_regularizer: Any = None):
        self.state = state
        self.activity_regularizer_ = activity_regularizer
        self.losses_: list[Any] = []  # activity losses, then (variable, name, regularizer) to re-run
        self.callable_losses: list[tuple[Any, str, Any]] = []
        self.graph = state.graph
        self.reuse = _reuse if _reuse else None
        self.trainable_ = bool(trainable)
        self.name_, self.base_name = self._init_set_name(name)
        self.scope: Any = None
        self.dtype_: Any = None
        self.built_ = False
        self.weights_: list[Any] = []
        self.updates_: list[Any] = []
        # What explain names as the scope's maker; a function form overrides it ("tf.layers.dense").
        self.api = _api or f"tf.layers.{type(self).__name__}"
        if _scope:
            with vs.variable_scope(state, self.graph, _scope, None, None, True, "variable_scope",
                                   {}) as captured:
                self.scope = captured
            self._label_scope()

    def _init_set_name(self, name: Any) -> tuple[str, str]:
        """(the layer's name, its base name): `name`, else a graph-unique default ("dense_1")."""
        if name:
            return name, name
        return _unique_layer_name(self.graph, self.BASE_NAME), self.BASE_NAME

    def _label_scope(self) -> None:
        """Record the layer call as the maker of the name scope its variable scope opened."""
        record = self.graph.scopes.get((self.scope.name_scope_ or "").rstrip("/"))
        if record is not None and record.kind == "variable_scope":
            named = self.base_name != self.BASE_NAME or self.name_ == self.BASE_NAME
            given = self.base_name if named else None
            record.call = f"{self.api}(name={given!r})" if given else f"{self.api}()"
            if not given:
                record.notes.append(Note("layer_default_name", {"base_name": self.BASE_NAME}))

    def _set_scope(self) -> None:
        if self.scope is not None:
            return
        if self.reuse:
            args: tuple[Any, Any] = (self.base_name, None)
        else:
            args = (None, self.base_name)
        with vs.variable_scope(self.state, self.graph, args[0], args[1], None, True, "variable_scope",
                               {}) as captured:
            self.scope = captured
        self._label_scope()

    @contextmanager
    def calling(self) -> Iterator[Any]:
        """Layer.__call__: the layer's variable scope (reuse as given on the first call, True
        after), without a new name scope, then its original name scope re-entered."""
        self._set_scope()
        reuse = True if self.built_ else self.reuse
        with vs.variable_scope(self.state, self.graph, self.scope, None, reuse, False, "variable_scope",
                               {}), \
                self.graph.name_scope(self.scope.name_scope_ or None, "op", "tf.layers"):
            yield self.scope

    @method
    def __call__(self, inputs: Any, *args: Any, **kwargs: Any) -> Any:
        from scopecli.engine.ops_core import convert_to_tensor

        inputs = convert_to_tensor(self.state, inputs)
        if self.dtype_ is None:
            self.dtype_ = input_dtype(inputs)
        with self.calling():
            result = self.build_and_call(inputs, *args, **kwargs)
            if self.activity_regularizer_ is not None:
                self._handle_activity_regularization(result)
        self.built_ = True
        return result

    def _handle_activity_regularization(self, outputs: Any, collect: bool = True) -> None:
        """base_layer._handle_activity_regularization: regularizer(output) / batch size, under
        `ActivityRegularizer/` of the call's name scope, a loss of the layer and of the graph."""
        from scopecli.engine.ops import array_shape_ops as shape_ops
        from scopecli.engine.ops.math_arith_ops import cast, truediv
        from scopecli.engine.ops.tensor_getitem_override import getitem
        from scopecli.engine.ops_core import convert_to_tensor

        for output in outputs if isinstance(outputs, (list, tuple)) else [outputs]:
            with self.graph.name_scope("ActivityRegularizer"):
                loss = convert_to_tensor(self.state, self.activity_regularizer_(output))
                batch_size = cast(self.state, getitem(shape_ops.shape(self.state, output), 0), loss._dtype)
                mean = truediv(self.state, loss, batch_size)
            self.losses_.append(mean)
            if collect:  # a legacy layer's add_loss also fills the collection; Keras's does not
                self.graph.add_to_collection("regularization_losses", mean)

    @method
    def apply(self, inputs: Any, *args: Any, **kwargs: Any) -> Any:
        return self.__call__(inputs, *args, **kwargs)

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError

    def add_weight(self, name: str, shape: list[Any], initializer: Any, trainable: bool = True,
                   dtype: Any = None, regularizer: Any = None, constraint: Any = None) -> Any:
        """base.Layer.add_weight -> vs.get_variable in the layer's scope (glorot_uniform when no
        initializer is given, as Keras does for float weights); a layer's weights once. A
        regularizer runs when the variable is created, under `<variable>/Regularizer/`, its
        loss put in REGULARIZATION_LOSSES (what get_variable does with one)."""
        from scopecli.engine import initializers as inits

        dtype = dtype or self.dtype_ or dtypes.float32
        if initializer is None:  # the layer's variable scope's initializer first, as TF's add_weight
            initializer = vs.get_variable_scope(self.state).initializer_
        if initializer is None:
            initializer = inits.GlorotUniform(self.state)
        store = vs.stores(self.graph)[0]
        known = set(store)
        variable = var_store.get_variable(self.state, name, shape=shape, dtype=dtype, initializer=initializer,
                                   trainable=trainable and self.trainable_, constraint=constraint)
        if regularizer is not None and variable.op.name not in known:
            self._regularize(variable, regularizer)
            self.callable_losses.append((variable, name, regularizer))
        if not self.built_ and all(variable is not w for w in self.weights_):
            self.weights_.append(variable)
        return variable

    def _regularize(self, variable: Any, regularizer: Any) -> None:
        from scopecli.engine.framework.name_scope import name_scope

        if not callable(regularizer):
            raise tf_value_error(f"Could not interpret regularizer identifier: {regularizer}")
        with name_scope(self.state, variable.op.name + "/Regularizer/", "", []):
            loss = regularizer(variable)
        if loss is not None:
            self.graph.add_to_collection("regularization_losses", loss)

    def add_update(self, update: Any) -> None:
        """Legacy Layer.__call__ adds a call's new updates to UPDATE_OPS (a callable update is
        built at once)."""
        if callable(update) and not hasattr(update, "_op"):
            update = update()
        op = getattr(update, "_op", update)
        self.updates_.append(op)
        self.graph.add_to_collection("update_ops", op)

    @attribute
    def name(self) -> str:
        return self.name_

    @attribute
    def built(self) -> bool:
        return self.built_

    @attribute
    def scope_name(self) -> str:
        """base.Layer.scope_name: the variable scope's original name scope, without its "/"."""
        if self.scope is None:
            raise tf_value_error("No name available for layer scope because the layer "
                                 f'"{self.name_}" has not been used yet. The scope name  is determined the '
                                 "first time the layer instance is called. You must therefore call the layer "
                                 "before querying `scope_name`.")
        return (self.scope.name_scope_ or "")[:-1]

    @attribute
    def trainable(self) -> bool:
        return self.trainable_

    @attribute
    def weights(self) -> list[Any]:
        return self.trainable_weights + self.non_trainable_weights

    @attribute
    def variables(self) -> list[Any]:
        return self.weights

    @attribute
    def trainable_weights(self) -> list[Any]:
        return [w for w in self.weights_ if w.trainable_] if self.trainable_ else []

    @attribute
    def trainable_variables(self) -> list[Any]:
        return self.trainable_weights

    @attribute
    def non_trainable_weights(self) -> list[Any]:
        if not self.trainable_:
            return list(self.weights_)
        return [w for w in self.weights_ if not w.trainable_]

    @attribute
    def non_trainable_variables(self) -> list[Any]:
        return self.non_trainable_weights

    @attribute
    def updates(self) -> list[Any]:
        return list(self.updates_)

    @attribute
    def losses(self) -> list[Any]:
        """Layer.losses: the activity losses, then each weight's regularizer run again (new ops
        under `<weight>/Regularizer/` of the current name scope, as Keras's callable losses)."""
        from scopecli.engine.framework.name_scope import name_scope

        collected = list(self.losses_)
        for variable, name, regularizer in self.callable_losses:
            with name_scope(self.state, name + "/Regularizer", "", []):
                loss = regularizer(variable)
            if loss is not None:
                collected.append(loss)
        return collected

    @attribute
    def activity_regularizer(self) -> Any:
        return self.activity_regularizer_

    def __repr__(self) -> str:
        return f"<tf_keras.src.legacy_tf_layers.{type(self).__name__} object>"


def input_dtype(inputs: Tensor) -> Any:
    """The '_infer' dtype policy: the first input's dtype (float32 when not floating)."""
    base = inputs._dtype.base_dtype
    return base if base.is_floating else dtypes.float32


def activate(state: TFState, activation: Any, outputs: Tensor) -> Tensor:
    """`self.activation(outputs)`: a callable (tf.nn.relu, a lambda), None, or a Keras name
    (activations.get: "relu" -> tf.nn.relu ... each building the op TF's Keras builds)."""
    if activation is None:
        return outputs
    if isinstance(activation, str):
        return _named_activation(state, activation, outputs)
    if not callable(activation):
        raise tf_value_error(f"Could not interpret activation function identifier: {activation}")
    return activation(outputs)


def _named_activation(state: TFState, name: str, x: Tensor) -> Tensor:
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import nn_ops, nn_xent

    simple = {"relu": nn_ops.relu, "elu": nn_ops.elu, "softplus": nn_ops.softplus,
              "softsign": nn_ops.softsign, "relu6": nn_ops.relu6, "sigmoid": mu.sigmoid, "tanh": mu.tanh,
              "exponential": mu.exp}
    if name == "linear":
        return x
    if name in simple:
        return simple[name](state, x)
    if name == "softmax":
        if x._shape.ndims is not None and x._shape.ndims <= 1:
            raise tf_value_error(f"Cannot apply softmax to a tensor that is 1D. Received input: {x}")
        return nn_xent.softmax(state, x, axis=-1)
    if name == "gelu":
        from scopecli.engine.ops.nn_gelu import gelu

        return gelu(state, x)
    if name in ("selu", "swish", "silu", "hard_sigmoid", "mish", "leaky_relu"):
        raise InputError(f"the Keras activation {name!r} is not supported by scopecli yet")
    raise tf_value_error(f"Unknown activation function: '{name}'. Please ensure you are using a "
                         "`keras.utils.custom_object_scope` and that this object is included in the "
                         "scope. See https://www.tensorflow.org/guide/keras/save_and_serialize"
                         "#registering_the_custom_object for details.")


def normalize_padding(value: Any) -> str:
    """conv_utils.normalize_padding."""
    padding = value.lower() if isinstance(value, str) else value
    if padding not in {"valid", "same", "causal"}:
        raise tf_value_error("The `padding` argument must be a list/tuple or one of \"valid\", \"same\" (or "
                             f"\"causal\", only for `Conv1D). Received: {padding}")
    return padding


def normalize_tuple(value: Any, n: int, name: str) -> tuple[int, ...]:
    """conv_utils.normalize_tuple (allow_zero=False)."""
    if isinstance(value, int) and not isinstance(value, bool):
        result: tuple[int, ...] = (value,) * n
    else:
        try:
            result = tuple(value)
        except TypeError:
            raise tf_value_error(f"The `{name}` argument must be a tuple of {n} integers. Received: "
                                 f"{value}") from None
        if len(result) != n:
            raise tf_value_error(f"The `{name}` argument must be a tuple of {n} integers. Received: "
                                 f"{value}")
    bad = sorted({v for v in result if not isinstance(v, int) or v <= 0})
    if bad:
        raise tf_value_error(f"The `{name}` argument must be a tuple of {n} integers. Received: {value} "
                             f"including {{{', '.join(str(v) for v in bad)}}} that does not satisfy the "
                             "requirement `> 0`.")
    return result


def channels_last(data_format: Any) -> None:
    """conv_utils.normalize_data_format, then: only channels_last layers are built today (say so
    by name for channels_first)."""
    if data_format is None:
        return
    if not isinstance(data_format, str) or data_format.lower() not in ("channels_first", "channels_last"):
        raise tf_value_error('The `data_format` argument must be one of "channels_first", "channels_last". '
                             f"Received: {data_format}")
    if data_format.lower() != "channels_last":
        raise InputError(f"tf.layers with data_format={data_format!r} is not supported by scopecli yet")


if TYPE_CHECKING:
    Fn = Callable[..., Any]


def export_class(cls: type[Layer], *names: str) -> None:
    """Declare a layer class's public names: scenario code calls it like the class (the state
    bound first, as for every export); the instance is not an op, so nothing is labelled."""
    from scopecli.engine.framework.tf_export import tf_export

    def construct(state: TFState, *args: Any, **kwargs: Any) -> Layer:
        return cls(state, *args, **kwargs)

    construct.__name__ = construct.__qualname__ = cls.__name__
    construct.__doc__ = f"tf.{names[0]}(...): a {cls.__name__} layer."
    tf_export(*names, label=False)(construct)
