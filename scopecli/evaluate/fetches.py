"""What `sess.run` accepts, with TF's messages: the fetch structure and the feed_dict.

Mirrors client/session.py: `_FetchMapper` (None, list/tuple, dict, or one graph element, each
leaf converted by `Graph.as_graph_element`, its TypeError / ValueError / KeyError wrapped in
"Argument `fetch` = ... ") and `_run`'s feed_dict checks (keys as tensors, no Tensor values,
ints that do not fit, numpy conversion to the tensor's dtype, the static shape check).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from scopecli.engine.framework.graph import Graph, Operation, Tensor, TensorConvertible
from scopecli.engine.framework.sparse_tensor import SparseTensor, SparseTensorValue
from scopecli.engine.grads.indexed_slices import IndexedSlices, IndexedSlicesValue
from scopecli.engine.ops_core import _count_elements
from scopecli.errors import LimitError, ScenarioError, tf_type_error, tf_value_error

Element = Tensor | Operation
Structure = tuple[Any, Any]  # (kind: "list", "tuple", "dict", "leaf" or a namedtuple class, payload)


def _text(value: Any) -> str:
    """str() of a fetch or feed as TF's f-strings show it."""
    return str(value)


def _type_name(value: Any) -> str:
    if isinstance(value, Tensor):
        return "Tensor"
    if isinstance(value, Operation):
        return "Operation"
    if isinstance(value, TensorConvertible):
        return "RefVariable"
    return type(value).__name__


def as_graph_element(graph: Graph, obj: Any, allow_operation: bool = True) -> Element:
    """Graph.as_graph_element: a tensor or op of `graph`, or the error TF raises."""
    if isinstance(obj, TensorConvertible):
        element = obj.graph_element()  # a resource variable's is its `Read/ReadVariableOp`
        if element is None:  # a PartitionedVariable has none of its own
            kind = obj.TYPE_NAME
            raise tf_type_error(f'Argument `fetch` = {obj!r} has invalid type "{kind}" must be a string or '
                                f"Tensor. (Can not convert a {kind} into a Tensor or Operation.)")
        obj = element
    if isinstance(obj, str):
        if ":" in obj:
            return graph.get_tensor_by_name(obj)
        if not allow_operation:
            raise tf_value_error(f"Name '{obj}' appears to refer to a Operation, not a Tensor.")
        return graph.get_operation_by_name(obj)
    if isinstance(obj, Tensor):
        if obj._op._graph is not graph:
            raise tf_value_error(f"Tensor {obj} is not an element of this graph.")
        return obj
    if isinstance(obj, Operation) and allow_operation:
        if obj._graph is not graph:
            raise tf_value_error(f"Operation {obj!r} is not an element of this graph.")
        return obj
    what = "Tensor or Operation" if allow_operation else "Tensor"
    raise tf_type_error(f"Can not convert a {_type_name(obj)} into a {what}.")


# A fetch structure of shared sub-lists is cheap to build and exponentially large to walk.
MAX_FETCH_NODES = 1_000_000


def flatten(graph: Graph, fetches: Any, out: list[Element], nodes: list[int] | None = None) -> Structure:
    """The fetch structure, with each leaf converted and appended to `out`."""
    nodes = [0] if nodes is None else nodes
    nodes[0] += 1
    if nodes[0] > MAX_FETCH_NODES:
        raise LimitError(f"a fetch structure of more than {MAX_FETCH_NODES} items and sub-lists")
    if fetches is None:
        raise tf_type_error('Argument `fetch` = None has invalid type "NoneType". Cannot be None')
    if isinstance(fetches, (list, tuple)):
        kind: Any = "list" if isinstance(fetches, list) else "tuple"
        if hasattr(type(fetches), "_fields"):  # a namedtuple comes back as the same namedtuple
            kind = type(fetches)
        return (kind, [flatten(graph, f, out, nodes) for f in fetches])
    if isinstance(fetches, dict):
        return ("dict", {key: flatten(graph, value, out, nodes) for key, value in fetches.items()})
    if isinstance(fetches, SparseTensor):
        # session's registered expansion: its three tensors, fetched as a SparseTensorValue
        return (SparseTensorValue, [flatten(graph, part, out, nodes) for part in fetches.components()])
    if isinstance(fetches, IndexedSlices):
        # the same for an IndexedSlices: values, indices (and dense_shape) as an IndexedSlicesValue
        parts = [fetches._values, fetches._indices]
        if fetches._dense_shape is None:
            return (_indexed_slices_value_without_shape, [flatten(graph, part, out, nodes) for part in parts])
        parts.append(fetches._dense_shape)
        return (IndexedSlicesValue, [flatten(graph, part, out, nodes) for part in parts])
    if not isinstance(fetches, (str, Tensor, Operation, TensorConvertible)):
        raise tf_type_error(f'Argument `fetch` = {_text(fetches)} has invalid type "{_type_name(fetches)}" '
                            f"must be a string or Tensor. (Can not convert a {_type_name(fetches)} into a "
                            "Tensor or Operation.)")
    try:
        out.append(as_graph_element(graph, fetches))
    except ScenarioError as error:
        if error.type_name == "TypeError":
            raise tf_type_error(f'Argument `fetch` = {_text(fetches)} has invalid type '
                                f'"{_type_name(fetches)}" must be a string or Tensor. ({error})') from None
        if error.type_name in ("ValueError", "KeyError"):
            raise tf_value_error(f"Argument `fetch` = {_text(fetches)} cannot be interpreted as a Tensor. "
                                 f"({error})") from None
        raise
    element = out[-1]
    if graph._unfetchable_ops and not graph.is_fetchable(element):
        op = element._op if isinstance(element, Tensor) else element
        raise ScenarioError("InaccessibleTensorError",
                            f"Operation {op._name} has been marked as not fetchable. Typically this happens "
                            "when it is defined in another function or code block. Use return values, "
                            "explicit Python locals or TensorFlow collections to access it.")
    return ("leaf", None)


def _indexed_slices_value_without_shape(values: Any, indices: Any) -> Any:
    return IndexedSlicesValue(values, indices, None)


def rebuild(structure: Structure, results: Iterator[Any]) -> Any:
    kind, payload = structure
    if kind == "leaf":
        return next(results)
    if kind == "dict":
        return {key: rebuild(value, results) for key, value in payload.items()}
    items = [rebuild(part, results) for part in payload]
    if not isinstance(kind, str):
        return kind(*items)
    return items if kind == "list" else tuple(items)


def feeds(graph: Graph, feed_dict: Any, limit: int) -> dict[Tensor, np.ndarray]:
    """feed_dict as {tensor: array of the tensor's dtype}, checked as Session._run checks it."""
    found: dict[Tensor, np.ndarray] = {}
    if not feed_dict:
        return found
    if not isinstance(feed_dict, dict):
        raise tf_type_error(f"Feed argument {_text(feed_dict)} has invalid type \"{_type_name(feed_dict)}\"")
    for key, value in _flatten_dict_items(feed_dict).items():
        try:
            tensor = as_graph_element(graph, key, allow_operation=False)
        except ScenarioError as error:
            if error.type_name not in ("TypeError", "ValueError", "KeyError"):
                raise
            detail = error.exc_args[0] if error.exc_args else str(error)
            raise tf_type_error(f"Cannot interpret feed_dict key as Tensor: {detail}") from None
        assert isinstance(tensor, Tensor)
        if isinstance(value, (Tensor, TensorConvertible)):
            raise tf_type_error(
                "The value of a feed cannot be a tf.Tensor object. Acceptable feed values include Python "
                "scalars, strings, lists, numpy ndarrays, or TensorHandles. For reference, the tensor object "
                f"was {_text(value)} which was passed to the argument `feed_dict` with key {_text(key)}.")
        found[tensor] = _feed_array(tensor, value, limit)
    return found


def _flatten_dict_items(feed_dict: dict[Any, Any]) -> dict[Any, Any]:
    """nest.flatten_dict_items, as Session._run applies it: a tuple key (an LSTM's state, a
    MultiRNNCell's tuple of them) feeds each of its tensors from the same place in the value."""
    from scopecli.engine.framework import nest

    flat: dict[Any, Any] = {}
    for key, value in feed_dict.items():
        if isinstance(key, SparseTensor):
            # session's feed expansion: zip(indices, values, dense_shape) with the value's parts
            for part, part_value in zip(key.components(), _sequence(value), strict=False):
                flat[part] = part_value
            continue
        if isinstance(key, IndexedSlices):
            # _get_feeds_for_indexed_slices: zip(values, indices[, dense_shape]) with the value's parts
            parts = [key._values, key._indices] + ([] if key._dense_shape is None else [key._dense_shape])
            for part, part_value in zip(parts, _sequence(value), strict=False):
                flat[part] = part_value
            continue
        if not isinstance(key, tuple):
            flat[key] = value
            continue
        keys, values = nest.flatten(key), nest.flatten(value)
        if len(keys) != len(values):
            raise tf_value_error(f"Could not flatten dictionary. Key had {len(keys)} elements, but value had "
                                 f"{len(values)} elements. Key: {_text(keys)}, value: {_text(values)}.")
        for sub_key, sub_value in zip(keys, values, strict=True):
            if sub_key in flat:
                raise tf_value_error(f"Could not flatten dictionary: key {_text(sub_key)} is not unique.")
            flat[sub_key] = sub_value
    return flat


def _sequence(value: Any) -> Any:
    """What zip() iterates for a sparse feed's value (a SparseTensorValue or a tuple)."""
    if isinstance(value, (tuple, list)):
        return value
    raise tf_type_error(f"'{_type_name(value)}' object is not iterable")


def _feed_array(tensor: Tensor, value: Any, limit: int) -> np.ndarray:
    dtype = tensor._dtype.base_dtype
    numpy_type = dtype.numpy_type
    if not isinstance(value, np.ndarray):
        _count_elements(value, limit)
    if isinstance(value, int) and not isinstance(value, bool) and dtype.kind in ("int", "uint"):
        info = np.iinfo(numpy_type)
        if not info.min <= value <= info.max:
            raise tf_type_error(
                f"Type of feed value {value} with type <class 'int'> is not compatible with Tensor type "
                f"<class 'numpy.{numpy_type}'>. Try explicitly setting the type of the feed tensor to a "
                "larger type (e.g. int64).")
    try:
        if dtype.kind == "string":
            array = np.asarray(value, dtype=object)
            _check_strings(array, value)
        elif np.issubdtype(numpy_type, np.number):
            # numpy_compat.np_asarray under numpy 2: asarray, then astype (so floats truncate to
            # ints and a string's error names np.str_('x'), as TF's feeds do)
            array = np.asarray(value).astype(numpy_type)
        else:
            array = np.asarray(value, dtype=numpy_type)
    except (TypeError, ValueError, OverflowError) as error:
        raise tf_value_error(str(error)) from None
    if not tensor._shape.is_compatible_with(list(array.shape)):
        raise tf_value_error(f"Cannot feed value of shape {tuple(array.shape)} for Tensor {tensor.name}, "
                             f"which has shape {tensor._shape}")
    return array


def _check_strings(array: np.ndarray, value: Any) -> None:
    """A string tensor holds only str/bytes; TF 2.21 (recorded) refuses anything else: a scalar
    at the feed with a TypeError, an element of a list when a kernel reads it with
    `InternalError: Graph execution error: Unsupported object type int` (scopecli says so at
    the feed, which also covers fetching the placeholder itself, where TF hands the list back)."""
    for item in array.flat:
        if not isinstance(item, (str, bytes)):
            if array.ndim == 0:
                raise tf_type_error(
                    f"Type of feed value {value!r} with type <class '{type(item).__name__}'> is not "
                    "compatible with Tensor type <class 'object'>. Try explicitly setting the type of the "
                    "feed tensor to a larger type (e.g. int64).")
            raise ScenarioError("InternalError", "Graph execution error:\n\nUnsupported object type "
                                f"{type(item).__name__}")

