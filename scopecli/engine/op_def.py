"""A small op_def_library._apply_op_helper for ops whose inputs have fixed or restricted types.

ops_core.apply_op covers ops where every input shares one type attr. Many ops are stricter:
LogicalAnd takes only bool, GatherV2's `indices` only int16/int32/int64, Floor only floats. TF
checks each input as it converts it, in order, inside the op's name scope, so a failure leaves
the Consts made so far (and no op) and is worded by the first input that fails:
"Expected bool passed to parameter 'x' of op 'LogicalAnd' ...", "Input 'x' of 'LogicalAnd' Op
has type int32 that does not match expected type of bool.", "Value passed to parameter
'indices' has DataType float32 not in list of allowed values: int16, int32, int64".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scopecli.engine.dtypes import DType
from scopecli.engine.graph import Operation, Tensor
from scopecli.engine.ops_core import (
    _convert_typed,
    _type_name,
    convert_to_tensor,
    graph_of,
    node_text,
    shapes_text,
)
from scopecli.engine.ops_core import dt_attr as dt_attr
from scopecli.errors import ScenarioError, tf_type_error, tf_value_error

if TYPE_CHECKING:
    import numpy as np

    from scopecli.engine.shapes import TensorShape
    from scopecli.engine.state import TFState

FLOATS = ("bfloat16", "float16", "float32", "float64")
INDEX = ("int16", "int32", "int64")
# The "numbertype" list of most math ops, in TF's order.
NUMBERS = (
    "float32",
    "float64",
    "int32",
    "uint8",
    "int16",
    "int8",
    "complex64",
    "int64",
    "qint8",
    "quint8",
    "qint32",
    "bfloat16",
    "qint16",
    "quint16",
    "uint16",
    "complex128",
    "float16",
    "uint32",
    "uint64",
)
REAL = (
    "float32",
    "float64",
    "int32",
    "uint8",
    "int16",
    "int8",
    "int64",
    "bfloat16",
    "uint16",
    "float16",
    "uint32",
    "uint64",
    "qint8",
    "quint8",
    "qint32",
    "qint16",
    "quint16",
)


@dataclass(frozen=True)
class Attr:
    """An input typed by the attr `name` (the first such input fixes it); `allowed` restricts it."""

    name: str = "T"
    allowed: tuple[str, ...] | None = None


Spec = Attr | DType
Infer = Callable[[str, list[Tensor]], list[tuple[DType, "TensorShape"]]]


def _convert_fixed(state: TFState, value: Any, arg: str, op_type: str, dtype: DType) -> Tensor:
    try:
        return convert_to_tensor(state, value, dtype, name=arg)
    except ScenarioError as error:
        if error.type_name == "TypeError":
            raise tf_type_error(
                f"Expected {dtype.name} passed to parameter '{arg}' of op '{op_type}', got {value!r} of type "
                f"'{_type_name(value)}' instead. Error: {error}"
            ) from None
        if error.type_name != "ValueError":
            raise
    observed = convert_to_tensor(state, value)._dtype.base_dtype.name
    raise tf_type_error(
        f"Input '{arg}' of '{op_type}' Op has type {observed} that does not match expected type "
        f"of {dtype.name}."
    )


def apply(
    state: TFState,
    op_type: str,
    name: Any,
    inputs: Sequence[tuple[str, Any, Spec]],
    infer: Infer,
    attrs: dict[str, Any] | None = None,
) -> Operation:
    """The op `op_type` named `name` (default its type), each input converted and checked in turn."""
    graph = graph_of(state, [value for _, value, _ in inputs])
    with state.graph_scope(graph), graph.name_scope(name or op_type) as scope:
        types: dict[str, tuple[DType, str]] = {}
        converted: list[Tensor] = []
        for arg, value, spec in inputs:
            if isinstance(spec, DType):
                converted.append(_convert_fixed(state, value, arg, op_type, spec))
                continue
            known = types.get(spec.name)
            tensor = _convert_typed(
                state, value, arg, op_type, known[0] if known else None, known[1] if known else "", False
            )
            if known is None:
                dtype = tensor._dtype.base_dtype
                if spec.allowed is not None and dtype.name not in spec.allowed:
                    raise tf_type_error(
                        f"Value passed to parameter '{arg}' has DataType {dtype.name} not in "
                        f"list of allowed values: {', '.join(spec.allowed)}"
                    )
                types[spec.name] = (dtype, arg)
            converted.append(tensor)
        outputs = infer(scope[:-1], converted)
        return graph.create_op(op_type, tuple(converted), outputs, name=scope, attrs=attrs)


def const_value(tensor: Tensor) -> np.ndarray | None:
    """What TF's shape refiner can evaluate while building: a Const, a Cast or Pack of Consts."""
    import numpy as np  # numpy only when a value is needed

    op = tensor._op
    if op._type == "Const":
        return np.asarray(op.attrs["value"])
    if op._type == "Cast":
        source = const_value(op._inputs[0])
        target = op._outputs[0]._dtype.base_dtype.numpy_type
        return None if source is None or target is None else source.astype(target)
    if op._type == "Rank" and op._inputs[0]._shape.dims_ is not None:
        # The refiner materializes Rank (like Shape and Size) from a known static shape.
        return np.asarray(len(op._inputs[0]._shape.dims_), dtype=np.int32)
    if op._type == "Range":
        # EvaluateConstantTensor runs small constant subgraphs, such as range(rank(t)).
        bounds = [const_value(t) for t in op._inputs]
        if all(b is not None for b in bounds):
            return np.arange(*bounds, dtype=op._outputs[0]._dtype.base_dtype.numpy_type)  # type: ignore[misc]
    if op._type == "Pack" and op.attrs.get("axis", 0) == 0:
        parts = [const_value(t) for t in op._inputs]
        if all(p is not None for p in parts):
            return np.stack(parts)  # type: ignore[arg-type]
    return None


def summarize(value: np.ndarray) -> str:
    """Tensor::SummarizeValue(10): up to ten values, space separated, "..." after."""
    import numpy as np

    flat = np.asarray(value).reshape(-1)
    items = [_scalar_text(v) for v in flat[:10]]
    return " ".join(items) + ("..." if flat.size > 10 else "")


def _scalar_text(v: Any) -> str:
    import numpy as np

    if isinstance(v, (np.floating, float)):
        return f"{float(v):g}"
    if isinstance(v, (np.bool_, bool)):
        return "1" if v else "0"
    return str(v)


def computed(values: dict[int, np.ndarray]) -> str:
    """The " and with computed input tensors: input[1] = <5>, ..." tail of a shape error."""
    if not values:
        return ""
    return " and with computed input tensors: " + ", ".join(
        f"input[{i}] = <{summarize(v)}>" for i, v in sorted(values.items())
    )


def shape_error(
    message: str, name: str, op_type: str, attrs: str, inputs: Sequence[Tensor], extra: str = ""
) -> ScenarioError:
    """A shape function's failure as graph construction reports it (a ValueError)."""
    return tf_value_error(
        f"{message} for {node_text(name, op_type, attrs, inputs)} with input shapes: "
        f"{shapes_text(inputs)}{extra}."
    )
