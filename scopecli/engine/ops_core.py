"""How TF turns values into tensors (constant_op, ops.convert_to_tensor) and the input
conversion op_def_library._apply_op_helper does per argument, including the names each consumes.

Two rules decide most names in a graph and live here:
* `constant` is created directly under the requested name (default "Const");
* `convert_to_tensor` makes a Const named after the *argument* ("x", "y", "a" ...) inside
  whatever name scope is open, so `tf.add(1, 2)` makes `Add/x` and `Add/y`.
The one apply_op (framework/op_def_library.py) opens the op's name scope, converts each input
there with `_convert_typed`, and names the op exactly like that scope.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from scopecli.engine.framework import constant_op as _const
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.constant_op import (  # noqa: F401 - re-exported
    PendingConstAttrs,
    _count_elements,
    _fit_shape,
    _flatten,
    _type_name,
    constant,
    shape_of_array,
    to_numpy,
)
from scopecli.engine.framework.dtypes import DType
from scopecli.engine.framework.graph import VALID_OP_NAME, Graph, Operation, Tensor, TensorConvertible
from scopecli.engine.framework.shapes import Dimension, TensorShape
from scopecli.errors import ScenarioError, tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

Outputs = list[tuple[DType, TensorShape]]

# Constants and Python-value conversion live in framework/constant_op.py (re-exported here, as
# most wrappers import them from this module); its FAST_PATHS switches every fast path.


# Types as_graph_element maps to None at once (a list of tensors is no graph element either).
_NOT_GRAPH_ELEMENTS = frozenset({int, float, bool, str, bytes, list, tuple, type(None)})


def graph_of(state: TFState, values: Sequence[Any]) -> Graph:
    """ops._get_graph_from_inputs: the graph of the first graph element, else the default."""
    found: Any = None
    for value in values:
        kind = value.__class__
        if kind is Tensor:  # the common case, without the general lookups below
            if found is None:
                found = value
                continue
            item: Any = value
        elif kind in _NOT_GRAPH_ELEMENTS:  # a Python value (a shape list, a scalar) names no graph
            continue
        else:
            # an op without outputs (AssignVariableOp, NoOp) tells its graph too
            item = value if isinstance(value, Operation) and not value._outputs else as_graph_element(value)
        if item is None:
            continue
        if found is None:
            found = item
        elif _graph(item) is not _graph(found):
            # TF appends both graphs' reprs (memory addresses there, "#n" here).
            raise tf_value_error(f"{item} must be from the same graph as {found} (graphs are "
                                 f"{_graph(item)!r} and {_graph(found)!r}).")
    if found is None:
        return state.graph
    return found._op._graph if found.__class__ is Tensor else _graph(found)


def _graph(item: Tensor | Operation) -> Graph:
    return item._graph if isinstance(item, Operation) else item._op._graph


def as_graph_element(value: Any) -> Tensor | None:
    if isinstance(value, Tensor):
        return value
    if isinstance(value, TensorConvertible):
        # a composite (IndexedSlices) names its graph without being converted
        element = getattr(value, "graph_element", None)
        return element() if element is not None else value.to_tensor(as_ref=False)
    if isinstance(value, Operation) and value._outputs:
        return value._outputs[0]
    return None


# -- Python values -> numpy, as tensor_util.make_tensor_proto does ----------------------------

def convert_to_tensor(state: TFState, value: Any, dtype: Any = None, name: str | None = None,
                      dtype_hint: DType | None = None, as_ref: bool = False) -> Tensor:
    """ops.convert_to_tensor: tensors pass through, variables give their read tensor (or their
    ref when `as_ref`), anything else becomes a Const named `name` in the current scope."""
    kind = value.__class__
    if kind is Tensor and dtype is None and _const.FAST_PATHS:
        return value
    dt = dtypes.as_dtype(dtype) if dtype is not None else None
    if (kind is float or kind is int) and dtype_hint is None:  # a Python number: a Const, as below
        return constant(state, value, dt, name="Const" if name is None else name)
    if isinstance(value, Tensor):
        _check_tensor_dtype(value, dt, name)
        return value
    if isinstance(value, TensorConvertible):
        # RefVariable._TensorConversionFunction: its own message, without the name prefix
        if dt is not None and value.dtype.base_dtype is not dt.base_dtype:
            raise tf_value_error(f"Incompatible type conversion requested to type '{dt.name}' for variable "
                                 f"of type '{value.dtype.name}'")
        if getattr(value, "NAMED_CONVERSION", False):  # IndexedSlices: the op it makes takes the name
            return value.to_tensor(as_ref=as_ref, name=name)
        return value.to_tensor(as_ref=as_ref)
    if isinstance(value, Operation):
        raise tf_type_error(f"Can't convert Operation '{value.name}' to Tensor (target dtype={dt}, "
                            f"name={name}, as_ref={as_ref})")
    if isinstance(value, (TensorShape, Dimension)):
        return _shape_as_tensor(state, value, dt, name)
    if isinstance(value, (list, tuple)) and _holds_tensor(state, value):
        packed = _autopack(state, value, dt, name or "packed")
        if isinstance(packed, Tensor):
            return packed
    if name is None:  # name="" is kept: a Const named by its scope ("s/"), invalid at the root
        name = "Const"
    if dt is None and dtype_hint is not None:
        try:
            return constant(state, value, dtype_hint, name=name)
        except ScenarioError as error:
            if error.type_name not in ("TypeError", "ValueError"):
                raise
    return constant(state, value, dt, name=name)


def _shape_as_tensor(state: TFState, value: TensorShape | Dimension, dt: DType | None,
                     name: str | None) -> Tensor:
    """constant_op's conversion functions of TensorShape and Dimension: a fully known value as an
    int32 Const (int64 when a size needs it) named `shape_as_tensor` unless named."""
    if isinstance(value, Dimension):
        if value._value is None:
            raise tf_value_error(f"Cannot convert unknown Dimension {value} to a Tensor.")
        sizes: Any = value._value
        large = 0
    else:
        if not value.is_fully_defined():
            raise tf_value_error(f"Cannot convert a partially known TensorShape {value} to a Tensor.")
        sizes = list(value.dims_)
        large = next((d for d in sizes if d >= 2**31), 0)
    what = "Dimension" if isinstance(value, Dimension) else "TensorShape"
    if dt is not None:
        if dt not in (dtypes.int32, dtypes.int64):
            raise tf_type_error(f"Cannot convert {what} {value} to dtype {dt}. Allowed dtypes are tf.int32 "
                                "and tf.int64.")
        if dt is dtypes.int32 and large:
            raise tf_value_error(f"Cannot convert TensorShape {value} to dtype int32; a dimension is too "
                                 "large. Consider using tf.int64.")
    else:
        dt = dtypes.int64 if large else dtypes.int32
    return constant(state, sizes, dt, name=name if name is not None else "shape_as_tensor")


def _holds_tensor(state: TFState, value: list[Any] | tuple[Any, ...]) -> bool:
    """Whether a (nested) list holds a tensor, walked until the first one. The walk is bounded:
    a list built by doubling shared sub-lists is cheap to make and exponentially long to walk."""
    budget = state.runtime.limits.elements
    stack: list[Any] = [value]
    visited = 0
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            visited += len(item) + 1
            if visited > budget:
                _const._count_elements(value, budget)  # too many elements: its usual LimitError
                if visited > 4 * budget:  # empty lists, shared many times over
                    from scopecli.errors import LimitError

                    raise LimitError(f"a nested list of more than {4 * budget} items and sub-lists",
                                     hint="raise --max-elements")
            stack.extend(item)
        elif isinstance(item, (Tensor, TensorConvertible)):
            return True
    return False


def _nested_tensor_dtype(value: Any, budget: int | None = None) -> DType | None:
    """array_ops._get_dtype_from_nested_lists: the dtype of the first tensor, depth first."""
    for item in _flatten(value, budget):
        if isinstance(item, (Tensor, TensorConvertible)):
            return convert_to_tensor(_state_of(item), item)._dtype.base_dtype
    return None


def _state_of(item: Tensor | TensorConvertible) -> TFState:
    tensor = item if isinstance(item, Tensor) else item.to_tensor()
    return tensor._op._graph.state


def _autopack(state: TFState, values: list[Any] | tuple[Any, ...], dtype: DType | None, name: str) -> Any:
    """array_ops._autopacking_helper: a list holding tensors becomes a Pack op named `name`.

    Every list level opens a name scope (consumed even when it holds no tensor and comes back
    as a plain list); Python elements become Consts named after their index ("shape/1").
    """
    if dtype is None:
        dtype = _nested_tensor_dtype(values, state.runtime.limits.elements)
    graph = graph_of(state, _flatten(list(values), state.runtime.limits.elements))
    with state.graph_scope(graph), graph.name_scope(name) as scope:
        converted: list[Any] = []
        must_pack = False
        for i, item in enumerate(values):
            if isinstance(item, (Tensor, TensorConvertible)):
                tensor = convert_to_tensor(state, item)
                if dtype is not None and tensor._dtype.base_dtype is not dtype:
                    raise tf_type_error(f"Cannot convert a list containing a tensor of dtype "
                                        f"{tensor._dtype.base_dtype!r} to {dtype!r} (Tensor is: {tensor!r})")
                converted.append(tensor)
                must_pack = True
            elif isinstance(item, (list, tuple)):
                inner = _autopack(state, item, dtype, str(i))
                must_pack = must_pack or isinstance(inner, Tensor)
                converted.append(inner)
            else:
                converted.append(item)
        if not must_pack:
            return converted
        tensors = [item if isinstance(item, Tensor) else constant(state, item, dtype, name=str(i))
                   for i, item in enumerate(converted)]
        return _PACK[0](state, tensors, scope)


# The list packer (TF's array_ops._autopacking_conversion_function, which TF registers in its
# tensor_conversion_registry): op_def_library registers the Pack it builds when it is imported,
# so converting never imports the op library, which imports this module.
_PACK: list[Callable[[TFState, list[Tensor], str], Tensor]] = []


def register_pack(pack: Callable[[TFState, list[Tensor], str], Tensor]) -> None:
    _PACK[:] = [pack]


def _check_tensor_dtype(tensor: Tensor, dt: DType | None, name: str | None = None) -> None:
    """Tensor.__tf_tensor__; the registry prefixes the message with the conversion's name, if any."""
    if dt is not None and tensor._dtype._base is not dt._base:
        prefix = "" if name is None else f"{name}: "
        raise tf_value_error(f"{prefix}Tensor conversion requested dtype {dt.name} for Tensor with dtype "
                             f"{tensor._dtype.name}: {tensor!r}")


# -- ops through op_def_library -----------------------------------------------------------------

def node_text(name: str, op_type: str, attrs: str, inputs: Sequence[Tensor]) -> str:
    """The NodeDef summary TF's shape errors quote: '{{node Add}} = AddV2[T=DT_INT32](x, y)'."""
    args = ", ".join(t.op_input_name() for t in inputs)
    return f"'{{{{node {name}}}}} = {op_type}[{attrs}]({args})'"


def shapes_text(inputs: Sequence[Tensor]) -> str:
    return ", ".join(_shape_brackets(t._shape) for t in inputs)


def _shape_brackets(shape: TensorShape) -> str:
    if shape.dims_ is None:
        return "?"
    return "[" + ",".join("?" if d is None else str(d) for d in shape.dims_) + "]"


def _check_node_name(graph: Graph, name: str) -> None:
    """Operation.from_node_def validates the name, and TF_FinishOperation refuses a duplicate,
    before shape inference runs: a name taken as-is ("a/") can clash, and that error wins."""
    if name is not graph.valid_node_name and not VALID_OP_NAME.match(name):
        raise tf_value_error(f"`{name}` is not a valid node name. Accepted names conform to Regex "
                             f"/{VALID_OP_NAME!r}/")
    if name in graph.by_name:
        raise tf_value_error(f"Duplicate node name in graph: '{name}'")


def _convert_typed(state: TFState, value: Any, arg: str, op_type: str, dtype: DType | None, t_arg: str,
                   as_ref: bool) -> Tensor:
    """One input of op_def_library._ExtractInputsAndAttrs once its type attr is known.

    A TypeError converting to that dtype (a Python 1.5 for int32) is reworded "Expected int32
    passed to parameter 'y' ..."; a ValueError (a tensor of another dtype) makes TF convert the
    value again without a dtype, to report its type: "Input 'y' of 'Mul' Op has type float32 that
    does not match type int32 of argument 'x'." That second conversion of a Python value leaves
    a stray Const (named "Const" in the op's scope), as in TF.
    """
    if dtype is None:
        return convert_to_tensor(state, value, name=arg, as_ref=as_ref)
    try:
        return convert_to_tensor(state, value, dtype, name=arg, as_ref=as_ref)
    except ScenarioError as error:
        if error.type_name == "TypeError":
            raise tf_type_error(
                f"Expected {dtype.name} passed to parameter '{arg}' of op '{op_type}', got {value!r} of type "
                f"'{_type_name(value)}' instead. Error: {error}") from None
        if error.type_name != "ValueError":
            raise
    try:
        observed = convert_to_tensor(state, value, as_ref=as_ref)._dtype.base_dtype.name
    except ScenarioError as error:
        if error.type_name != "ValueError":
            raise
        raise tf_value_error(f"Tried to convert '{arg}' to a tensor and failed. Error: {error}") from None
    raise tf_type_error(f"Input '{arg}' of '{op_type}' Op has type {observed} that does not match type "
                        f"{dtype.name} of argument '{t_arg}'.")
