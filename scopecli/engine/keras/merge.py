"""tf.keras.layers merge layers (tf_keras/src/layers/merging): Add, Subtract, Multiply,
Concatenate and their function forms, each called on a list of tensors and building its ops in
the layer's scope (`add/add`, `concatenate/concat`)."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.keras.base_layer import KerasLayer
from scopecli.engine.layers.base import Layer, export_class
from scopecli.errors import tf_value_error
from scopecli.model import method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


class _Merge(KerasLayer, Layer):
    """_Merge.call: the inputs must be a list; `merge(inputs)` combines them."""

    def __init__(self, state: TFState, name: Any = None, **kwargs: Any):
        super().__init__(state, name=name, **kwargs)

    @method
    def __call__(self, inputs: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(inputs, (list, tuple)):
            from scopecli.engine.ops_core import convert_to_tensor

            # _Merge.build runs first: its message shows the input's shape as a tuple
            dims = convert_to_tensor(self.state, inputs)._shape.dims_
            shape = "None" if dims is None else \
                "(" + ", ".join(map(str, dims)) + ("," if len(dims) == 1 else "") + ")"
            raise tf_value_error("A merge layer should be called on a list of inputs. Received: "
                                 f"input_shape={shape} (not a list of shapes)")
        return super().__call__(list(inputs), *args, **kwargs)

    def build_and_call(self, inputs: Any, *args: Any, **kwargs: Any) -> Any:
        return self.merge(inputs)

    def merge(self, inputs: list[Any]) -> Any:
        raise NotImplementedError


class Add(_Merge):
    TYPE_NAME = "Add"
    BASE_NAME = "add"

    def merge(self, inputs: list[Any]) -> Any:
        output = inputs[0]
        for item in inputs[1:]:
            output += item
        return output


class Subtract(_Merge):
    TYPE_NAME = "Subtract"
    BASE_NAME = "subtract"

    def merge(self, inputs: list[Any]) -> Any:
        if len(inputs) != 2:
            raise tf_value_error(f"A `Subtract` layer should be called on exactly 2 inputs. Received: "
                                 f"inputs={inputs}")
        return inputs[0] - inputs[1]


class Multiply(_Merge):
    TYPE_NAME = "Multiply"
    BASE_NAME = "multiply"

    def merge(self, inputs: list[Any]) -> Any:
        output = inputs[0]
        for item in inputs[1:]:
            output = output * item
        return output


class Concatenate(_Merge):
    """backend.concatenate: a negative axis made positive from the first input's rank."""

    TYPE_NAME = "Concatenate"
    BASE_NAME = "concatenate"

    def __init__(self, state: TFState, axis: Any = -1, name: Any = None, **kwargs: Any):
        super().__init__(state, name=name, **kwargs)
        self.axis = int(axis)

    def merge(self, inputs: list[Any]) -> Any:
        from scopecli.engine.ops import array_join_ops as join

        axis = self.axis
        if axis < 0:
            rank = inputs[0]._shape.ndims
            axis = axis % rank if rank else 0
        return join.concat(self.state, inputs, axis)


for _cls in (Add, Subtract, Multiply, Concatenate):
    export_class(_cls, f"keras.layers.{_cls.__name__}")


@tf_export("keras.layers.add", label=False)
def add(state: TFState, inputs: Any, **kwargs: Any) -> Any:
    return Add(state, **kwargs)(inputs)


@tf_export("keras.layers.subtract", label=False)
def subtract(state: TFState, inputs: Any, **kwargs: Any) -> Any:
    return Subtract(state, **kwargs)(inputs)


@tf_export("keras.layers.multiply", label=False)
def multiply(state: TFState, inputs: Any, **kwargs: Any) -> Any:
    return Multiply(state, **kwargs)(inputs)


@tf_export("keras.layers.concatenate", label=False)
def concatenate(state: TFState, inputs: Any, axis: Any = -1, **kwargs: Any) -> Any:
    return Concatenate(state, axis=axis, **kwargs)(inputs)
