"""tf.keras.Input / InputLayer, Sequential and the functional Model in TF1 graph mode
(tf_keras/src/engine/input_layer.py, sequential.py, functional.py, training_v1.py).

* `Input(shape)` is an InputLayer (`input_1`, counted by backend.get_uid from 1) whose output is
  a placeholder of that name; a Sequential whose first layer gives `input_shape` makes one named
  `<layer>_input` and calls its layers on it at once (their ops at the root: `dense/MatMul`);
* `Model(inputs, outputs)` keeps the layer calls between them (keras history); calling a model
  (`model(x)`) opens `tf.name_scope(model.name)` (`model/`, then `model_1/`) and replays those
  calls on `x`, so each layer's ops come out as `model/dense/MatMul` reading the same weights;
  a Sequential called without an input shape builds its layers there (`sequential/dense/kernel`).
"""

from __future__ import annotations

import functools

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.engine.keras.base_layer import KerasLayer, flat, history, node_of
from scopecli.engine.layers.base import _LAYER_UIDS, Layer, _unique_layer_name
from scopecli.errors import InputError, tf_type_error, tf_value_error
from scopecli.model import ClassRef, Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _get_uid(graph: Any, prefix: str) -> int:
    """backend.get_uid(prefix): a per-graph count from 1, apart from the layer names' counts."""
    uids = _LAYER_UIDS.setdefault(graph, {})
    key = "get_uid:" + prefix
    uids[key] = uids.get(key, 0) + 1
    return uids[key]


class InputLayer(KerasLayer, Layer):
    """InputLayer: a placeholder of the batch input shape named after the layer."""

    TYPE_NAME = "InputLayer"
    BASE_NAME = "input"

    def __init__(self, state: TFState, input_shape: Any = None, batch_size: Any = None, dtype: Any = None,
                 input_tensor: Any = None, sparse: Any = None, name: Any = None, ragged: Any = None,
                 type_spec: Any = None, batch_input_shape: Any = None, **kwargs: Any):
        if sparse or ragged or type_spec is not None:
            raise InputError("sparse, ragged or type_spec Keras inputs are not supported by scopecli yet")
        if not name:
            name = f"input_{_get_uid(state.graph, 'input')}"
        super().__init__(state, name=name, **kwargs)
        if input_tensor is not None:
            from scopecli.engine.ops_core import convert_to_tensor

            self.output_ = convert_to_tensor(state, input_tensor)
        else:
            if batch_input_shape is None:
                if input_shape is None:
                    raise tf_value_error("You should provide one of `input_shape`, `batch_size`, or "
                                         "`batch_input_shape` (InputLayer).")
                batch_input_shape = (batch_size, *flat(input_shape))
            from scopecli.engine.ops.array_shape_ops import placeholder

            dtype = dtypes.as_dtype(dtype) if dtype is not None else dtypes.float32
            self.output_ = placeholder(state, dtype, list(batch_input_shape), name=self.name_)
        self.built_ = True
        history(self.graph)[id(self.output_)] = _input_node(self, self.output_)

    @attribute
    def output(self) -> Tensor:
        return self.output_

    @attribute
    def input(self) -> Tensor:
        return self.output_


def _input_node(layer: InputLayer, tensor: Tensor) -> Any:
    from scopecli.engine.keras.base_layer import Node

    return Node(layer, None, {}, tensor)


@tf_export("keras.Input", "keras.layers.Input", label=False)
def keras_input(state: TFState, shape: Any = None, batch_size: Any = None, name: Any = None,
                dtype: Any = None, sparse: Any = None, tensor: Any = None, ragged: Any = None,
                type_spec: Any = None, batch_shape: Any = None) -> Tensor:
    """input_layer.Input: an InputLayer's placeholder."""
    if shape is None and tensor is None and batch_shape is None:
        raise tf_value_error("Please provide to Input a `shape` or a `tensor` or a `type_spec` argument. "
                             "Note that `shape` does not include the batch dimension.")
    if batch_shape is None and shape is not None:
        batch_shape = (batch_size, *flat(shape))
    return InputLayer(state, batch_input_shape=batch_shape, dtype=dtype, input_tensor=tensor, sparse=sparse,
                      name=name, ragged=ragged, type_spec=type_spec).output_


class Network(Exposed):
    """What Sequential and the functional Model share: a name, layers, weights and a call that
    replays the layers under the model's name scope."""

    TYPE_NAME = "Functional"
    BASE_NAME = "model"
    API = "tf.keras.Model"  # what explain names as the maker of the model's call scope

    def __init__(self, state: TFState, name: Any = None, trainable: Any = True):
        self.state, self.graph = state, state.graph
        self.name_ = name or _unique_layer_name(self.graph, self.BASE_NAME, zero_based=True)
        self.trainable_ = bool(trainable)
        self.inputs_: list[Any] = []
        self.outputs_: list[Any] = []
        self.list_outputs = False  # a Model built with a list of outputs returns a list

    def all_layers(self) -> list[Any]:
        raise NotImplementedError

    def replay(self, inputs: list[Any], training: Any) -> list[Any]:
        raise NotImplementedError

    @method
    def __call__(self, inputs: Any, training: Any = None, mask: Any = None) -> Any:
        from scopecli.engine.ops_core import convert_to_tensor

        given = [convert_to_tensor(self.state, x) for x in flat(inputs)]
        call = f"{self.API}(name={self.name_!r})"
        with self.graph.name_scope(self.name_, "name_scope", call):
            outputs = self.replay(given, training)
        return outputs if self.list_outputs else outputs[0]

    @method
    def apply(self, inputs: Any, *args: Any, **kwargs: Any) -> Any:
        return self.__call__(inputs, *args, **kwargs)

    @attribute
    def name(self) -> str:
        return self.name_

    @attribute
    def layers(self) -> list[Any]:
        return self.all_layers()

    @attribute
    def inputs(self) -> list[Any]:
        return list(self.inputs_)

    @attribute
    def outputs(self) -> list[Any]:
        return list(self.outputs_)

    @attribute
    def input(self) -> Any:
        return self.inputs_[0] if len(self.inputs_) == 1 else list(self.inputs_)

    @attribute
    def output(self) -> Any:
        return self.outputs_[0] if len(self.outputs_) == 1 else list(self.outputs_)

    @attribute
    def input_shape(self) -> Any:
        shapes = [tuple(t._shape.dims_ or ()) for t in self.inputs_]
        return shapes[0] if len(shapes) == 1 else shapes

    @attribute
    def output_shape(self) -> Any:
        shapes = [tuple(t._shape.dims_ or ()) for t in self.outputs_]
        return shapes[0] if len(shapes) == 1 else shapes

    @attribute
    def trainable_weights(self) -> list[Any]:
        if not self.trainable_:
            return []
        return _unique(w for layer in self.all_layers() for w in layer.trainable_weights)

    @attribute
    def non_trainable_weights(self) -> list[Any]:
        if not self.trainable_:
            return _unique(w for layer in self.all_layers() for w in layer.weights)
        return _unique(w for layer in self.all_layers() for w in layer.non_trainable_weights)

    @attribute
    def weights(self) -> list[Any]:
        return self.trainable_weights + self.non_trainable_weights

    @attribute
    def trainable_variables(self) -> list[Any]:
        return self.trainable_weights

    @attribute
    def non_trainable_variables(self) -> list[Any]:
        return self.non_trainable_weights

    @attribute
    def variables(self) -> list[Any]:
        return self.weights

    @attribute
    def losses(self) -> list[Any]:
        """The layers' weight-regularization losses, built anew on each read (tf.add_n(model.losses))."""
        return [loss for layer in self.all_layers() for loss in layer.losses]

    @attribute
    def updates(self) -> list[Any]:
        """The layers' updates (BatchNormalization's moving averages): what TF1 code runs with the
        train op, since Keras puts none in UPDATE_OPS."""
        return [u for layer in self.all_layers() for u in layer.updates]

    @attribute
    def built(self) -> bool:
        return bool(self.outputs_) or any(layer.built for layer in self.all_layers())

    @method
    def get_layer(self, name: Any = None, index: Any = None) -> Any:
        layers = self.all_layers()
        if index is not None:
            if len(layers) <= index:
                raise tf_value_error(f"Was asked to retrieve layer at index {index} but model only has "
                                     f"{len(layers)} layers.")
            return layers[index]
        for layer in layers:
            if layer.name == name:
                return layer
        names = [layer.name for layer in layers]
        raise tf_value_error(f"No such layer: {name}. Existing layers are: {names}.")

    @method
    def summary(self, line_length: Any = None, positions: Any = None, print_fn: Any = None,
                expand_nested: Any = False, show_trainable: Any = False, layer_range: Any = None) -> None:
        from scopecli.engine.keras.summary import print_summary

        if expand_nested or show_trainable or layer_range is not None:
            raise InputError("Model.summary() with expand_nested, show_trainable or layer_range is not "
                             "supported by scopecli yet")
        write = print_fn if print_fn is not None else (lambda line: self.state.runtime.write(line + "\n"))
        print_summary(self, write, line_length, positions, node_of=node_of)

    @method
    def compile(self, *args: Any, **kwargs: Any) -> None:
        from scopecli.engine.keras.training_v1 import compile_model

        compile_model(self, *args, **kwargs)

    @attribute
    def total_loss(self) -> Any:
        return getattr(self, "total_loss_", None)

    @attribute
    def optimizer(self) -> Any:
        return getattr(self, "optimizer_", None)

    def __repr__(self) -> str:
        return f"<tf_keras.src.engine.{self.TYPE_NAME.lower()}.{self.TYPE_NAME} object>"


def _unique(items: Any) -> list[Any]:
    seen: list[Any] = []
    for item in items:
        if all(item is not s for s in seen):
            seen.append(item)
    return seen


def _call_layer(layer: Any, inputs: Any, kwargs: dict[str, Any], training: Any) -> Any:
    """Layer.__call__ with the model's `training` passed on to layers that take one (call_context)."""
    if training is not None and getattr(layer, "EXPECTS_TRAINING", False) and "training" not in kwargs:
        kwargs = {**kwargs, "training": training}
    return layer(inputs, **kwargs)


class Sequential(Network):
    """Sequential: its layers applied in order (built on an InputLayer at once when the first
    layer declares its input shape)."""

    TYPE_NAME = "Sequential"
    BASE_NAME = "sequential"
    API = "tf.keras.Sequential"

    def __init__(self, state: TFState, layers: Any = None, name: Any = None):
        super().__init__(state, name)
        self.layers_: list[Any] = []
        for layer in flat(layers) if layers is not None else []:
            self.add(layer)

    def all_layers(self) -> list[Any]:
        return list(self.layers_)

    @method
    def add(self, layer: Any) -> None:
        if isinstance(layer, InputLayer):
            self.inputs_, self.outputs_ = [layer.output_], [layer.output_]
            return
        if not isinstance(layer, (KerasLayer, Network)):
            raise tf_type_error("The added layer must be an instance of class Layer. Received: "
                                f"layer={layer} of type {type(layer).__name__}.")
        if not self.outputs_ and not self.layers_ and getattr(layer, "batch_input_shape", None) is not None:
            source = InputLayer(self.state, batch_input_shape=layer.batch_input_shape,
                                dtype=layer.declared_dtype, name=layer.name + "_input")
            self.inputs_, self.outputs_ = [source.output_], [source.output_]
        self.layers_.append(layer)
        if self.outputs_:
            self.outputs_ = [layer(self.outputs_[0])]

    def replay(self, inputs: list[Any], training: Any) -> list[Any]:
        if len(inputs) != 1:
            raise tf_value_error(f"Layer \"{self.name_}\" expects 1 input(s), but it received {len(inputs)} "
                                 "input tensors.")
        value = inputs[0]
        for layer in self.layers_:
            value = _call_layer(layer, value, {}, training)
        return [value]


class Model(Network):
    """The functional Model: the layer calls between `inputs` and `outputs`, in call order."""

    TYPE_NAME = "Functional"

    def __init__(self, state: TFState, inputs: Any = None, outputs: Any = None, name: Any = None,
                 trainable: Any = True, **kwargs: Any):
        if inputs is None or outputs is None:
            raise InputError("subclassed tf.keras.Model (no `inputs` and `outputs`) is not supported by "
                             "scopecli yet")
        super().__init__(state, name, trainable)
        self.inputs_, self.outputs_ = flat(inputs), flat(outputs)
        self.list_outputs = isinstance(outputs, (list, tuple))
        self.nodes = self._nodes()

    def _nodes(self) -> list[Any]:
        """The calls the outputs depend on, back to the inputs (functional._map_graph_network)."""
        wanted = {id(t) for t in self.inputs_}
        for tensor in self.inputs_:
            node = node_of(tensor)
            if node is None or not isinstance(node.layer, InputLayer):
                raise tf_value_error("Input tensors to a Functional must come from `tf.keras.Input`. "
                                     f"Received: {tensor} (missing previous layer metadata).")
        found: list[Any] = []
        stack = list(self.outputs_)
        seen: set[int] = set()
        while stack:
            tensor = stack.pop()
            if id(tensor) in wanted or id(tensor) in seen:
                continue
            seen.add(id(tensor))
            node = node_of(tensor)
            if node is None or isinstance(node.layer, InputLayer):
                at = node.layer.name if node else "?"
                raise tf_value_error(f"Graph disconnected: cannot obtain value for tensor {tensor} at layer "
                                     f"\"{at}\". The following previous layers were accessed without issue: "
                                     "[]")
            if all(node is not f for f in found):
                found.append(node)
            stack.extend(flat(node.inputs))
        return sorted(found, key=lambda n: min(t._op.index for t in flat(n.outputs)))

    def all_layers(self) -> list[Any]:
        inputs = [node_of(t).layer for t in self.inputs_]  # type: ignore[union-attr]
        return _unique([*inputs, *(node.layer for node in self.nodes)])

    def replay(self, inputs: list[Any], training: Any) -> list[Any]:
        if len(inputs) != len(self.inputs_):
            raise tf_value_error(f"Layer \"{self.name_}\" expects {len(self.inputs_)} input(s), but it "
                                 f"received {len(inputs)} input tensors.")
        values = {id(t): v for t, v in zip(self.inputs_, inputs, strict=True)}
        for node in self.nodes:
            args = [values[id(t)] for t in flat(node.inputs)]
            given = args if isinstance(node.inputs, (list, tuple)) else args[0]
            result = _call_layer(node.layer, given, node.kwargs, training)
            for old, new in zip(flat(node.outputs), flat(result), strict=True):
                values[id(old)] = new
        return [values[id(t)] for t in self.outputs_]


def _class(name: str, cls: type) -> Any:
    """A class scenario code constructs with the run's state bound first."""
    return lambda state: ClassRef(name, cls, functools.partial(cls, state))


export_value("keras.Sequential", "keras.models.Sequential", make=_class("Sequential", Sequential))
# keras.Model is exported by subclassed.py: it is also a base for scenario classes.
export_value("keras.layers.InputLayer", make=_class("InputLayer", InputLayer))
