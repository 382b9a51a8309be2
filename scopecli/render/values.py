"""Cheap values for explain: scalars and small arrays, computed with the numpy evaluator.

A fresh Session per graph, the variables a shown value reads initialised (not every weight of a
large model), then each small op evaluated with one shared memo so a chain of ops costs one
pass. A value that cannot be computed (a placeholder, an unsupported kernel, a runtime error) is
simply absent: explain never fails because of a value. Values that depend on a random op are
numpy's draws, not TF's, and are marked so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from scopecli.engine.framework.graph import Graph, Operation
from scopecli.errors import ScopecliError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

MAX_ELEMENTS = 16  # "small array": beyond this a value is more noise than help in a tree
MAX_TEXT = 40
MAX_STRING = 1000  # characters of a string value kept for explain (text and JSON)
MAX_OPS = 5000  # a very large graph gets names without values rather than a slow explain
RANDOM_OPS = frozenset({"RandomUniform", "RandomStandardNormal", "TruncatedNormal", "RandomUniformInt",
                        "Multinomial", "RandomShuffle", "LogUniformCandidateSampler",
                        "UniformCandidateSampler"})
_SKIPPED = frozenset({"Assign", "AssignAdd", "AssignSub", "Placeholder", "PlaceholderWithDefault", "NoOp"})
# What evaluating an op the scenario never ran may raise; none of it may stop explain.
_VALUE_ERRORS = (ScopecliError, ArithmeticError, ValueError, TypeError, IndexError, KeyError)


@dataclass(frozen=True)
class Value:
    text: str  # as numpy prints it, shortened to MAX_TEXT characters
    data: Any  # JSON-ready: nested lists, NaN/inf as None (see `text` for what they were)
    random: bool  # drawn by numpy from a random op: not the numbers TF would give


def graph_values(state: TFState, graph: Graph) -> dict[Operation, Value]:
    """The value of every small op and variable of `graph`, after initialising the variables."""
    from scopecli.evaluate.session import Session

    if len(graph.ops) > MAX_OPS:
        return {}
    previous = state.last_session
    session = Session(state, graph)
    state.last_session = previous  # explain must not change what the run left behind
    random = _random_ops(graph)
    needed = _upstream_of_shown(graph)
    with np.errstate(all="ignore"):
        for variable in graph.variables:
            if variable.variable_op not in needed:
                continue  # a large weight nothing shown reads: initialising it shows nothing
            try:
                session.run_fetches(variable.initializer_op, None)
            except _VALUE_ERRORS:
                continue  # e.g. initialised from a placeholder: the variable just has no value
        memo: dict[Operation, list[Any]] = {}
        values: dict[Operation, Value] = {}
        for op in graph.ops:
            if op.type == "VarHandleOp":  # a resource variable's handle: show the variable's value
                held = session.values.get(op)
                if held is not None and np.size(held) <= MAX_ELEMENTS:
                    values[op] = make_value(held, op in random)
                continue
            if op.type in _SKIPPED or len(op._outputs) != 1 or not _small(op):
                continue
            if op._outputs[0]._dtype.base_dtype.name == "resource":  # a handle (an Identity of one)
                continue
            try:
                # Session._fetch with a shared memo: one evaluation pass for the whole graph.
                result = session._fetch(op._outputs[0], {}, memo)
            except _VALUE_ERRORS:
                continue
            values[op] = make_value(result, op in random)
    return values


def make_value(result: Any, random: bool = False) -> Value:
    array = np.asarray(result)
    if array.dtype.kind in "OSU":  # strings: only what is shown is decoded, however long they are
        array = np.vectorize(_short_string, otypes=[object])(array.astype(object))
    return Value(_text(array), json_data(array), random)


def _short_string(item: Any) -> Any:
    return item[:MAX_STRING] if isinstance(item, (bytes, str)) and len(item) > MAX_STRING else item


def _upstream_of_shown(graph: Graph) -> set[Operation]:
    """The ops a shown value depends on (through inputs and control inputs): the small ops explain
    evaluates and the small resource variables it shows. Only the variables among them are
    initialised, so explaining a large model does not compute every weight (ResNet-50's 25M)."""
    stack = [op for op in graph.ops
             if op.type == "VarHandleOp" or op.type not in _SKIPPED and len(op._outputs) == 1 and _small(op)]
    seen: set[Operation] = set()
    while stack:
        op = stack.pop()
        if op in seen:
            continue
        seen.add(op)
        stack.extend(t._op for t in op._inputs)
        stack.extend(op.control_inputs_)
    return seen


def _small(op: Operation) -> bool:
    dims = op._outputs[0]._shape.dims_
    return dims is not None and all(d is not None for d in dims) and math.prod(dims) <= MAX_ELEMENTS  # type: ignore[arg-type]


def _random_ops(graph: Graph) -> set[Operation]:
    """Ops whose value depends on a random draw, also through a randomly initialised variable."""
    tainted: set[Operation] = set()
    random_vars = {v.variable_op for v in graph.variables if v.random_init}
    for op in graph.ops:  # inputs always precede their consumers in creation order
        if op.type in RANDOM_OPS or op in random_vars or any(t._op in tainted for t in op._inputs):
            tainted.add(op)
    return tainted


def _text(array: np.ndarray) -> str:
    if array.ndim == 0:
        item = array[()]
        text = repr(item) if isinstance(item, (bytes, str)) else str(item)
    else:
        text = np.array2string(array, separator=" ", max_line_width=10_000, threshold=MAX_ELEMENTS)
        text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "…"


def json_data(value: Any) -> Any:
    """A JSON-ready copy: numpy scalars to Python, NaN/inf to None, bytes decoded."""
    if isinstance(value, np.ndarray):
        return json_data(value.tolist())
    if isinstance(value, (list, tuple)):
        return [json_data(v) for v in value]
    if isinstance(value, np.generic):
        return json_data(value.item())
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, complex):
        return [json_data(value.real), json_data(value.imag)]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    return str(value)
