"""tf.Session: runs the part of a graph a fetch needs, with numpy kernels and TF's errors.

Only the ops the fetches depend on are evaluated (an explicit-stack walk, memoised per run), so
cost follows the fetched sub-graph, not the whole graph. Variable values live in the session,
as in TF: a new session starts with every variable uninitialised.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np

from scopecli.engine.graph import Graph, Operation, Tensor, TensorConvertible
from scopecli.errors import LimitError, ScenarioError, tf_type_error, tf_value_error
from scopecli.evaluate.kernels import KERNELS, KernelError
from scopecli.model import Exposed, attribute, method

if TYPE_CHECKING:
    from scopecli.engine.state import TFState

_ASSIGNS = {"Assign", "AssignAdd", "AssignSub"}


def _runtime_error(type_name: str, detail: str, node: str, explanation: str | None = None,
                   fix: str | None = None) -> ScenarioError:
    return ScenarioError(type_name, f"Graph execution error:\n\n{detail}\n\t [[{{{{node {node}}}}}]]",
                         explanation=explanation, fix=fix)


class Session(Exposed):
    TYPE_NAME = "Session"

    def __init__(self, state: TFState, graph: Graph | None = None, interactive: bool = False):
        self.state = state
        self.graph_ = graph if graph is not None else state.graph
        self.values: dict[Operation, np.ndarray] = {}
        self.closed = False
        self._entered = 0
        state.last_session = self
        if interactive:
            state.session_stack.append(self)

    @attribute
    def graph(self) -> Graph:
        return self.graph_

    @method
    def run(self, fetches: Any, feed_dict: Any = None, options: Any = None, run_metadata: Any = None) -> Any:
        return self.run_fetches(fetches, feed_dict)

    @method
    def close(self) -> None:
        self.closed = True

    @method
    def as_default(self) -> Any:
        from scopecli.engine.state import ContextManager

        return ContextManager(lambda: self._as_default(), "_GeneratorContextManager")

    @contextmanager
    def _as_default(self) -> Iterator[Session]:
        self.state.session_stack.append(self)
        try:
            yield self
        finally:
            self.state.session_stack.pop()

    def __enter__(self) -> Session:
        self.state.session_stack.append(self)
        return self

    def __exit__(self, *exc: Any) -> bool:
        self.state.session_stack.pop()
        self.closed = True
        return False

    def __repr__(self) -> str:
        return "<tensorflow.python.client.session.Session object>"

    # -- running -----------------------------------------------------------------------------------

    def load_variable(self, variable: Any, value: np.ndarray) -> None:
        self.values[variable.variable_op] = value

    def run_fetches(self, fetches: Any, feed_dict: Any) -> Any:
        if self.closed:
            raise ScenarioError("RuntimeError", "Attempted to use a closed Session.")
        self.state.last_session = self
        feeds = self._feeds(feed_dict)
        flat: list[Any] = []
        structure = self._flatten(fetches, flat)
        memo: dict[Operation, list[Any]] = {}
        results = [self._fetch(item, feeds, memo) for item in flat]
        return self._rebuild(structure, iter(results))

    def _flatten(self, fetches: Any, out: list[Any]) -> Any:
        if isinstance(fetches, (list, tuple)):
            parts = [self._flatten(f, out) for f in fetches]
            return ("list" if isinstance(fetches, list) else "tuple", parts)
        if isinstance(fetches, dict):
            return ("dict", {k: self._flatten(v, out) for k, v in fetches.items()})
        out.append(self._element(fetches))
        return ("leaf", None)

    def _rebuild(self, structure: Any, results: Iterator[Any]) -> Any:
        kind, payload = structure
        if kind == "leaf":
            return next(results)
        if kind == "dict":
            return {k: self._rebuild(v, results) for k, v in payload.items()}
        items = [self._rebuild(p, results) for p in payload]
        return items if kind == "list" else tuple(items)

    def _element(self, fetch: Any) -> Tensor | Operation:
        if fetch is None:
            raise tf_type_error('Argument `fetch` = None has invalid type "NoneType". Cannot be None')
        if isinstance(fetch, str):
            if ":" in fetch:
                return self.graph_.get_tensor_by_name(fetch)
            return self.graph_.get_operation_by_name(fetch)
        if isinstance(fetch, TensorConvertible):
            fetch = fetch.to_tensor(as_ref=True)
        if not isinstance(fetch, (Tensor, Operation)):
            kind = type(fetch).__name__
            raise tf_type_error(f'Argument `fetch` = {fetch!r} has invalid type "{kind}" must be a string or '
                                f"Tensor. (Can not convert a {kind} into a Tensor or Operation.)")
        graph = fetch._op._graph if isinstance(fetch, Tensor) else fetch._graph
        if graph is not self.graph_:
            raise tf_value_error(f"{'Tensor' if isinstance(fetch, Tensor) else 'Operation'} {fetch} is not an "
                                 "element of this graph.")
        return fetch

    def _feeds(self, feed_dict: Any) -> dict[Tensor, np.ndarray]:
        feeds: dict[Tensor, np.ndarray] = {}
        if not feed_dict:
            return feeds
        if not isinstance(feed_dict, dict):
            raise tf_type_error("feed_dict must be a dictionary")
        for key, value in feed_dict.items():
            tensor = self._element(key)
            if isinstance(tensor, Operation):
                raise tf_type_error(f"The value of a feed cannot be a tf.Operation object. Acceptable feed "
                                    f"values include Python scalars, strings, lists, numpy ndarrays, or "
                                    f"TensorHandles. For reference, the tensor object was {key!r} which was "
                                    f"passed to the argument `feed_dict` with key {key!r}.")
            dtype = tensor._dtype.base_dtype
            from scopecli.engine.ops_core import _count_elements

            if not isinstance(value, np.ndarray):
                _count_elements(value, self.state.runtime.limits.elements)
            try:
                array = np.asarray(value, dtype=dtype.numpy_type)
            except (TypeError, ValueError) as error:
                raise tf_value_error(str(error)) from None
            if not tensor._shape.is_compatible_with(list(array.shape)):
                raise tf_value_error(f"Cannot feed value of shape {tuple(array.shape)} for Tensor "
                                     f"{tensor.name}, which has shape {tensor._shape}")
            feeds[tensor] = array
        return feeds

    def _fetch(self, item: Tensor | Operation, feeds: dict[Tensor, np.ndarray],
               memo: dict[Operation, list[Any]]) -> Any:
        if isinstance(item, Operation):
            self._evaluate(item, feeds, memo)
            return None
        if item in feeds:
            return _as_result(feeds[item])
        op = item._op
        if op._type == "VariableV2":
            if op not in self.values:
                name = op._name
                raise _runtime_error(
                    "FailedPreconditionError", f"Attempting to use uninitialized value {name}",
                    f"_retval_{name.replace('/', '_')}_0_0",
                    explanation=f"the variable `{name}` has no value in this session yet",
                    fix="run tf.global_variables_initializer() (or the variable's initializer) first")
            return _as_result(self.values[op])
        outputs = self._evaluate(op, feeds, memo)
        return _as_result(outputs[item._index])

    def _evaluate(self, target: Operation, feeds: dict[Tensor, np.ndarray],
                  memo: dict[Operation, list[Any]]) -> list[Any]:
        stack: list[tuple[Operation, bool]] = [(target, False)]
        while stack:
            op, ready = stack.pop()
            if op in memo:
                continue
            deps = [t._op for t in op._inputs if t not in feeds] + op.control_inputs_
            if op._type in _ASSIGNS:
                deps = [d for d in deps if d is not op._inputs[0]._op]
            if not ready:
                stack.append((op, True))
                stack.extend((d, False) for d in deps if d not in memo)
                continue
            memo[op] = self._compute(op, feeds, memo)
        return memo[target]

    def _compute(self, op: Operation, feeds: dict[Tensor, np.ndarray], memo: dict[Operation, list[Any]]) -> list[Any]:
        kind = op._type
        if kind == "Const":
            return [op.attrs["value"]]
        if kind == "Placeholder":
            tensor = op._outputs[0]
            if tensor in feeds:
                return [feeds[tensor]]
            dtype = op.attrs["dtype"].name
            dtype = {"float32": "float", "float64": "double"}.get(dtype, dtype)
            shape = op.attrs["shape"]
            shape_text = "<unknown>" if shape.dims_ is None else (
                "[" + ",".join("?" if d is None else str(d) for d in shape.dims_) + "]")
            raise _runtime_error(
                "InvalidArgumentError",
                f"Detected at node '{op._name}' defined at (most recent call last):\n"
                f"    File \"{op.site[-1].file}\", line {op.site[-1].line}, in <module>\nNode: '{op._name}'\n"
                f"You must feed a value for placeholder tensor '{op._name}' with dtype {dtype} and shape "
                f"{shape_text}", op._name,
                explanation=f"the placeholder `{op._name}` needs a value from feed_dict",
                fix=f"sess.run(..., feed_dict={{{op._name.split('/')[-1]}: value}})")
        if kind == "VariableV2":
            if op not in self.values:
                raise self._uninitialized(op, op)
            return [self.values[op]]
        if kind in ("NoOp",):
            return []
        if kind in _ASSIGNS:
            return [self._assign(op, feeds, memo)]
        inputs = []
        for t in op._inputs:
            if t in feeds:
                inputs.append(feeds[t])
            else:
                inputs.append(memo[t._op][t._index])
        kernel = KERNELS.get(kind)
        if kernel is None:
            from scopecli.errors import InputError

            raise InputError(f"scopecli cannot evaluate {kind} ops yet (op `{op._name}`)")
        self._check_size(op)
        try:
            return kernel(op, inputs)
        except KernelError as error:
            raise _runtime_error("InvalidArgumentError", f"Detected at node '{op._name}'\n{error}",
                                 op._name) from None

    def _uninitialized(self, variable_op: Operation, reader: Operation) -> ScenarioError:
        name = variable_op._name
        return _runtime_error(
            "FailedPreconditionError",
            f"Detected at node '{reader._name}'\nAttempting to use uninitialized value {name}", reader._name,
            explanation=f"the variable `{name}` has no value in this session yet",
            fix="run tf.global_variables_initializer() (or the variable's initializer) first")

    def _assign(self, op: Operation, feeds: dict[Tensor, np.ndarray], memo: dict[Operation, list[Any]]) -> Any:
        variable_op = op._inputs[0]._op
        value_t = op._inputs[1]
        value = feeds[value_t] if value_t in feeds else memo[value_t._op][value_t._index]
        dtype = variable_op.attrs["dtype"].numpy_type
        if op._type == "Assign":
            new = np.array(value, dtype=dtype)
        else:
            if variable_op not in self.values:
                raise self._uninitialized(variable_op, op)
            current = self.values[variable_op]
            new = (current + value if op._type == "AssignAdd" else current - value).astype(dtype)
        self.values[variable_op] = new
        return new

    def _check_size(self, op: Operation) -> None:
        for t in op._outputs:
            dims = t._shape.dims_
            if dims and all(d is not None for d in dims):
                total = math.prod(dims)  # type: ignore[arg-type]
                if total > self.state.runtime.limits.elements:
                    raise LimitError(f"op `{op._name}` would produce {total} elements (more than "
                                     f"{self.state.runtime.limits.elements})", hint="raise --max-elements")


def _as_result(value: Any) -> Any:
    """What TF hands back: a numpy scalar for 0-d results, bytes for strings."""
    array = np.asarray(value)
    if array.dtype == object:
        array = np.vectorize(lambda s: s.encode() if isinstance(s, str) else s, otypes=[object])(array)
    if array.ndim == 0:
        return array[()]
    return array.copy()
