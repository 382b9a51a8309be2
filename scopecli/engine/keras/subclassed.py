"""Layers the scenario subclasses (`class MyDense(tf.keras.layers.Layer)`, `class Block(
tf.layers.Layer)`): the TF side of such an object, whose `build` / `call` are scenario methods.

The scenario instance stays a scenario object (interpret/classes.py); `super().__init__(...)`
makes one of these for it, and TF's Layer.__call__ runs here as for a built-in layer: Keras's
name scope per call (`my_dense/`, `my_dense_1/`) or the legacy layer's variable scope; on the
first call `build(input_shape)` (when the class defines one), then `call(inputs, ...)`.
The scenario's methods are reached through `methods(name)`, given by the interpreter, which
answers only methods the scenario class defines (its own code, run with its limits).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.tf_export import export_value
from scopecli.engine.keras.base_layer import KerasLayer
from scopecli.engine.keras.models import Model, Network
from scopecli.engine.layers.base import Layer
from scopecli.engine.layers.rnn_cell_impl import RNNCell
from scopecli.errors import InputError
from scopecli.model import ClassRef, Exposed, attribute, method

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState

# name -> the scenario's method of that name bound to its instance, or None when it has none.
Methods = Callable[[str], Any]


def to_snake_case(name: str) -> str:
    """generic_utils.to_snake_case: a layer's default name from its class name (`MyDense` ->
    `my_dense`)."""
    intermediate = re.sub("(.)([A-Z][a-z0-9]+)", r"\1_\2", name)
    insecure = re.sub("([a-z])([A-Z])", r"\1_\2", intermediate).lower()
    return insecure if insecure[0] != "_" else "private" + insecure


class _Subclassed(Exposed):
    """What both layer kinds share: the scenario's build/call run in TF's place, and the
    weights of the layers the scenario object holds (Keras's attribute tracking) after its own."""

    methods: Methods
    sublayers: Callable[[], list[Any]]
    built_: bool
    trainable_: bool
    weights_: list[Any]

    def build_and_call(self, inputs: Any, *args: Any, **kwargs: Any) -> Any:
        runtime = self.state.runtime  # type: ignore[attr-defined]
        site = runtime.pos  # the layer call's line: both methods are "called at" it
        if not self.built_:
            build = self.methods("build")
            if build is not None:
                shapes = [x.shape for x in inputs] if isinstance(inputs, list) else inputs.shape
                build(shapes)
                runtime.pos = site
            self.built_ = True
        call = self.methods("call")
        if call is None:  # Layer.call's default returns the inputs (base_layer_v1.call)
            return inputs
        return call(inputs, *args, **kwargs)

    def base_call(self, *args: Any, **kwargs: Any) -> Any:
        """TF's Layer.__call__ itself (`super().__call__(...)` from a scenario `__call__`)."""
        return super().__call__(*args, **kwargs)  # type: ignore[misc]

    @method
    def build(self, input_shape: Any = None) -> None:
        """Layer.build: marks the layer built (what `super().build(input_shape)` does)."""
        self.built_ = True

    def _tracked(self) -> list[Any]:
        """The layers held in the scenario object's attributes, in assignment order, once each."""
        found: list[Any] = []
        for value in self.sublayers():
            known = value is self or any(value is f for f in found)
            if isinstance(value, (Layer, Network)) and not known:
                found.append(value)
        return found

    @attribute
    def trainable_weights(self) -> list[Any]:
        if not self.trainable_:
            return []
        own = [w for w in self.weights_ if w.trainable_]
        return own + [w for layer in self._tracked() for w in layer.trainable_weights]

    @attribute
    def non_trainable_weights(self) -> list[Any]:
        own = list(self.weights_) if not self.trainable_ else [w for w in self.weights_ if not w.trainable_]
        nested = [w for layer in self._tracked()
                  for w in (layer.weights if not self.trainable_ else layer.non_trainable_weights)]
        return own + nested

    @attribute
    def trainable_variables(self) -> list[Any]:
        return self.trainable_weights

    @attribute
    def non_trainable_variables(self) -> list[Any]:
        return self.non_trainable_weights

    @attribute
    def weights(self) -> list[Any]:
        return self.trainable_weights + self.non_trainable_weights

    @attribute
    def variables(self) -> list[Any]:
        return self.weights


def _weight_args(name: Any, shape: Any, dtype: Any, initializer: Any, regularizer: Any,
                 trainable: Any, constraint: Any) -> dict[str, Any]:
    if name is None:
        raise InputError("add_weight without a `name` is not supported by scopecli")
    if constraint is not None:
        raise InputError("add_weight with a `constraint` is not supported by scopecli yet")
    from scopecli.engine.framework.shapes import as_shape

    # TensorShape(shape): `input_shape[-1]` is a Dimension in TF1, an int to the initializers
    dims = [] if shape is None else as_shape(shape).as_list()
    return {"name": name, "shape": dims, "initializer": initializer,
            "trainable": True if trainable is None else bool(trainable), "dtype": dtype,
            "regularizer": regularizer}


class SubclassedKerasLayer(_Subclassed, KerasLayer):
    """`tf.keras.layers.Layer` as a scenario class's base (base_layer_v1.Layer)."""

    TYPE_NAME = "Layer"

    def __init__(self, state: TFState, methods: Methods, sublayers: Callable[[], list[Any]], class_name: str,
                 **kwargs: Any):
        self.methods, self.sublayers = methods, sublayers
        self.BASE_NAME = to_snake_case(class_name)
        kwargs.setdefault("_api", class_name)
        super().__init__(state, **kwargs)

    @method
    def add_weight(self, name: Any = None, shape: Any = None, dtype: Any = None, initializer: Any = None,
                   regularizer: Any = None, trainable: Any = None, constraint: Any = None) -> Any:
        return KerasLayer.add_weight(self, **_weight_args(name, shape, dtype, initializer, regularizer,
                                                          trainable, constraint))

    def __repr__(self) -> str:
        return f"<{self.api} object>"


class SubclassedLegacyLayer(_Subclassed, Layer):
    """`tf.layers.Layer` as a scenario class's base (legacy_tf_layers/base.py Layer)."""

    TYPE_NAME = "Layer"

    def __init__(self, state: TFState, methods: Methods, sublayers: Callable[[], list[Any]], class_name: str,
                 name: Any = None, trainable: Any = True, dtype: Any = None, _scope: Any = None,
                 _reuse: Any = None):
        self.methods, self.sublayers = methods, sublayers
        self.BASE_NAME = to_snake_case(class_name)
        super().__init__(state, name=name, trainable=trainable, _scope=_scope, _reuse=_reuse,
                         _api=class_name)
        if dtype is not None:
            from scopecli.engine.framework import dtypes

            self.dtype_ = dtypes.as_dtype(dtype)

    @method
    def add_weight(self, name: Any = None, shape: Any = None, dtype: Any = None, initializer: Any = None,
                   regularizer: Any = None, trainable: Any = None, constraint: Any = None) -> Any:
        return Layer.add_weight(self, **_weight_args(name, shape, dtype, initializer, regularizer,
                                                     trainable, constraint))

    def __repr__(self) -> str:
        return f"<{self.api} object>"


class SubclassedRNNCell(_Subclassed, RNNCell):
    """`tf.nn.rnn_cell.RNNCell` as a scenario class's base (legacy_cells.RNNCell): the scenario
    gives `state_size`, `output_size` and `call(inputs, state)` (and may give `build` or its own
    `__call__`); dynamic_rnn and friends call it as any cell."""

    TYPE_NAME = "RNNCell"

    def __init__(self, state: TFState, methods: Methods, sublayers: Callable[[], list[Any]], class_name: str,
                 **kwargs: Any):
        self.methods, self.sublayers = methods, sublayers
        self.BASE_NAME = to_snake_case(class_name)
        super().__init__(state, **kwargs)
        self.api = class_name

    def _declared(self, name: str) -> Any:
        found = self.methods(name)
        if found is None:
            raise InputError(f"{self.api} must define `{name}` (an RNNCell's abstract property)")
        return found()

    def state_size_(self) -> Any:
        return self._declared("state_size")

    def output_size_(self) -> Any:
        return self._declared("output_size")

    def cell_call(self, inputs: Any, state: Any) -> Any:
        if not self.built_:
            build = self.methods("build")
            if build is not None:
                build(inputs.shape)
        call = self.methods("call")
        if call is None:
            raise InputError(f"{self.api} defines neither `call` nor `__call__`")
        return call(inputs, state)

    @method
    def __call__(self, inputs: Any, state: Any, scope: Any = None) -> Any:
        own = self.methods("__call__")  # an old-style cell's own __call__ (dynamic_rnn calls it)
        if own is not None:
            return own(inputs, state) if scope is None else own(inputs, state, scope=scope)
        return RNNCell.__call__(self, inputs, state, scope)

    @method
    def add_weight(self, name: Any = None, shape: Any = None, dtype: Any = None, initializer: Any = None,
                   regularizer: Any = None, trainable: Any = None, constraint: Any = None) -> Any:
        return Layer.add_weight(self, **_weight_args(name, shape, dtype, initializer, regularizer,
                                                     trainable, constraint))

    def __repr__(self) -> str:
        return f"<{self.api} object>"


class SubclassedKerasModel(SubclassedKerasLayer):
    """`tf.keras.Model` as a scenario class's base: in graph mode a subclassed Model names and
    calls as a Layer does (`net/dense/kernel`, `net_1/` for a second call)."""

    TYPE_NAME = "Model"
    API_PREFIX = "tf.keras"


def subclass_maker(state: TFState, subclassed: type) -> Callable[..., Any]:
    """ClassRef.subclass for a base: the TF side of a scenario instance, the run's state bound."""
    def subclass(methods: Methods, sublayers: Callable[[], list[Any]], class_name: str, *args: Any,
                 **kwargs: Any) -> Any:
        return subclassed(state, methods, sublayers, class_name, *args, **kwargs)

    return subclass


def _base(name: str, python_class: type, subclassed: type) -> Callable[[Any], ClassRef]:
    def make(state: TFState) -> ClassRef:
        return ClassRef(name, python_class, None, subclass=subclass_maker(state, subclassed))

    return make


export_value("keras.layers.Layer", make=_base("Layer", KerasLayer, SubclassedKerasLayer))
export_value("layers.Layer", make=_base("Layer", Layer, SubclassedLegacyLayer))
export_value("nn.rnn_cell.RNNCell", make=_base("RNNCell", RNNCell, SubclassedRNNCell))


def _model_class(state: TFState) -> ClassRef:
    """tf.keras.Model: functional when called with inputs/outputs, and a base for scenario
    classes (subclassed Models)."""
    return ClassRef("Model", Model, functools.partial(Model, state),
                    subclass=subclass_maker(state, SubclassedKerasModel))


export_value("keras.Model", "keras.models.Model", make=_model_class)
