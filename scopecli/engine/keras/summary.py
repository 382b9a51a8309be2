"""Model.summary() as tf-keras prints it (utils/layer_utils.print_summary): the layer table
(name and class, output shape, parameter count, and for a model that is not a chain of
single-input calls the "Connected to" column), wrapped as Keras wraps cells, then the totals
with their memory sizes."""

from __future__ import annotations

import math
from collections.abc import Callable

from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _shape_text(dims: Any) -> str:
    return str(tuple(dims))


def output_shape(layer: Any) -> Any:
    """Layer.output_shape: the shape of its calls' outputs on Keras tensors, "multiple" when it
    has none or they differ (InputLayer: a list of one shape)."""
    if layer.TYPE_NAME == "InputLayer":
        return f"[{_shape_text(layer.output_._shape.dims_ or ())}]"
    shapes = {_shape_text(out._shape.dims_ or ()) for node in layer.inbound for out in _flat(node.outputs)
              if out._shape.dims_ is not None}
    counts = {len(_flat(node.outputs)) for node in layer.inbound}
    if len(shapes) != 1 or counts != {1}:
        return "multiple"
    return next(iter(shapes))


def _flat(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def count_params(weights: list[Any]) -> int:
    unique = {id(w): w for w in weights}.values()
    return int(sum(math.prod(d or 0 for d in (w.shape.dims_ or ())) for w in unique))


def _memory(weights: list[Any]) -> int:
    unique = {id(w): w for w in weights}.values()
    return sum(math.prod(w.shape.dims_ or ()) * w.dtype.size for w in unique
               if w.shape.dims_ is not None and None not in w.shape.dims_)


def readable_memory_size(size: float) -> str:
    for unit in ("Byte", "KB", "MB", "GB", "TB", "PB"):
        if size / 1024 < 1:
            return f"{size:.2f} {unit}"
        size /= 1024
    return f"{size:.2f} PB"


def _print_row(print_fn: Callable[[str], None], fields: list[Any], positions: list[int]) -> None:
    """print_row: each cell cut to its column, broken after "),", "},", "]," or "',"."""
    left = [str(x) for x in fields]
    while any(left):
        line = ""
        for col in range(len(left)):
            start = positions[col - 1] if col > 0 else 0
            end = positions[col]
            space = 2 if col != len(positions) - 1 else 0
            cutoff = end - start - space
            if col != len(positions) - 1:
                cutoff -= 1
            fit = left[col][:cutoff]
            breaks = [fit.find(x) + len(x) for x in ("),", "},", "],", "',") if fit.find(x) >= 0]
            if breaks:
                cutoff = min(breaks)
                fit = fit[:cutoff]
            if col == 0:
                line += " "
            line += fit + (" " * space if space else "")
            left[col] = left[col][cutoff:]
            line += " " * (positions[col] - len(line))
        print_fn(line)


def _chain(model: Any) -> bool:
    """Whether the model's calls form one chain of single-input calls (sequential_like)."""
    if model.TYPE_NAME == "Sequential":
        return True
    if len(model.inputs_) > 1:
        return False
    consumed: set[int] = set()
    seen_layers: set[int] = set()
    for node in model.nodes:
        inputs = _flat(node.inputs)
        if len(inputs) != 1 or id(inputs[0]) in consumed or id(node.layer) in seen_layers:
            return False
        consumed.add(id(inputs[0]))
        seen_layers.add(id(node.layer))
    return True


def _connections(model: Any, layer: Any, node_of: Callable[[Any], Any]) -> list[str]:
    found = []
    for node in layer.inbound:
        if all(node is not n for n in model.nodes):
            continue
        for tensor in _flat(node.inputs):
            source = node_of(tensor)
            if source is None:
                continue
            inbound = source.layer
            index = 0 if not hasattr(inbound, "inbound") or not inbound.inbound else \
                next(i for i, n in enumerate(inbound.inbound) if n is source)
            position = next(i for i, t in enumerate(_flat(source.outputs)) if t is tensor)
            found.append(f"{inbound.name}[{index}][{position}]")
    return found


def print_summary(model: Any, print_fn: Callable[[str], None], line_length: Any = None,
                  positions: Any = None, *, node_of: Callable[[Any], Any]) -> None:
    """Model.summary's table; `node_of(tensor)` is the Keras history of a tensor (base_layer's,
    passed in so this renderer imports no Keras class)."""
    if model.TYPE_NAME == "Sequential" and not model.outputs_:
        if model.layers_ and any(layer.built for layer in model.layers_):
            raise InputError("summary() of a Sequential called only on plain tensors (no Keras input) is not "
                             "supported by scopecli yet")
        raise tf_value_error("This model has not yet been built. Build the model first by calling `build()` "
                             "or by calling the model on a batch of data.")
    chain = _chain(model)
    if chain:
        line_length = line_length or 65
        positions = positions or [0.45, 0.85, 1.0]
        header = ["Layer (type)", "Output Shape", "Param #"]
    else:
        line_length = line_length or 98
        positions = positions or [0.3, 0.6, 0.70, 1.0]
        header = ["Layer (type)", "Output Shape", "Param #", "Connected to"]
    if positions[-1] <= 1:
        positions = [int(line_length * p) for p in positions]
    print_fn(f'Model: "{model.name}"')
    print_fn("_" * line_length)
    _print_row(print_fn, header, positions)
    print_fn("=" * line_length)
    for layer in model.all_layers():
        kind = "InputLayer" if layer.TYPE_NAME == "InputLayer" else type(layer).__name__
        if chain and not layer.built:
            params: Any = "0 (unused)"
        else:
            params = count_params(layer.weights)
        fields = [f"{layer.name} ({kind})", output_shape(layer), params]
        if not chain:
            fields.append(_connections(model, layer, node_of))
        _print_row(print_fn, fields, positions)
        print_fn(" " * line_length)
    print_fn("=" * line_length)
    trainable, frozen = model.trainable_weights, model.non_trainable_weights
    trainable_memory, frozen_memory = _memory(trainable), _memory(frozen)
    trainable_count, frozen_count = count_params(trainable), count_params(frozen)
    print_fn(f"Total params: {trainable_count + frozen_count} "
             f"({readable_memory_size(trainable_memory + frozen_memory)})")
    print_fn(f"Trainable params: {trainable_count} ({readable_memory_size(trainable_memory)})")
    print_fn(f"Non-trainable params: {frozen_count} ({readable_memory_size(frozen_memory)})")
    print_fn("_" * line_length)
