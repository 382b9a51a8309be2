"""tf.Session / tf.InteractiveSession: variable values per session, `run`, default sessions.

A session holds the values of the variables of its graph (a new session starts with every
variable uninitialised, as in TF) and runs fetches with the executor. Results come back as TF
gives them: numpy scalars for 0-d tensors, arrays otherwise, bytes for strings, the fed array
itself for a fed tensor, None for an op.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from scopecli.engine.framework.graph import Graph, Operation, Tensor
from scopecli.errors import ScenarioError
from scopecli.evaluate import fetches as fx
from scopecli.evaluate.executor import DEAD, Executor, Memo, runtime_error
from scopecli.evaluate.kernels import Context
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


# Op types whose only CPU kernel takes certain data formats (registered with a data_format
# constraint): a node with another layout has no kernel on any device here.
_CPU_DATA_FORMATS: dict[str, tuple[str, ...]] = {"DepthToSpace": ("NHWC",), "SpaceToDepth": ("NHWC",)}


class Session(Exposed):
    TYPE_NAME = "Session"

    def __init__(self, state: TFState, graph: Graph | None = None, interactive: bool = False,
                 soft_placement: bool = False):
        self.state = state
        # ConfigProto.allow_soft_placement: ops pinned to absent devices run on the local CPU
        self.soft_placement = soft_placement
        self.graph_ = graph if graph is not None else state.graph
        self.values: dict[Operation, np.ndarray] = {}
        self.closed = False
        self.interactive = interactive
        self._draws: dict[Operation, int] = {}
        self._placed = 0  # how many of the graph's ops were checked against the local device
        self._pass: tuple[Memo, Executor] | None = None  # explain's one evaluation pass (_fetch)
        guard = state.runtime.guard
        self.ctx = Context(state.runtime.limits.elements, self._rng,
                           guard.charge if guard is not None else None, guard)
        self.ctx.counters = state.kernel_counters
        state.last_session = self
        if interactive:
            state.session_stack.append(self)

    @property
    def kernel_calls(self) -> int:
        return self.ctx.calls

    @attribute
    def graph(self) -> Graph:
        return self.graph_

    @method
    def run(self, fetches: Any, feed_dict: Any = None, options: Any = None, run_metadata: Any = None) -> Any:
        return self.run_fetches(fetches, feed_dict)

    @method
    def close(self) -> None:
        self.closed = True
        if self.interactive and self in self.state.session_stack:
            self.state.session_stack.remove(self)

    @method
    def as_default(self) -> Any:
        from scopecli.engine.framework.context_manager import ContextManager

        return ContextManager(lambda: self._as_default(), "_GeneratorContextManager")

    @contextmanager
    def _as_default(self) -> Iterator[Session]:
        self.state.session_stack.append(self)
        try:
            yield self
        finally:
            self.state.session_stack.pop()

    def __enter__(self) -> Session:
        if self.interactive:  # TF: InteractiveSession derives from BaseSession, which has no __enter__
            raise ScenarioError("TypeError", "'InteractiveSession' object does not support the context"
                                " manager protocol")
        # BaseSession.__enter__ makes the session's graph the default too (graph.as_default()),
        # so ops built inside `with tf.Session(graph=g):` land in g
        self.state.push_default_graph(self.graph_)
        self.state.session_stack.append(self)
        return self

    def __exit__(self, *exc: Any) -> bool:
        if self in self.state.session_stack:
            self.state.session_stack.remove(self)
        self.state.pop_default_graph(self.graph_)  # the entry __enter__ pushed: the last of ours
        self.close()
        return False

    def __repr__(self) -> str:
        kind = "InteractiveSession" if self.interactive else "Session"
        return f"<tensorflow.python.client.session.{kind} object>"

    # -- running -------------------------------------------------------------------------------

    def load_variable(self, variable: Any, value: np.ndarray) -> None:
        self.values[variable.variable_op] = np.asarray(value)

    def run_fetches(self, fetches: Any, feed_dict: Any) -> Any:
        if self.closed:
            raise ScenarioError("RuntimeError", "Attempted to use a closed Session.")
        if not self.graph_.ops:
            raise ScenarioError("RuntimeError", "The Session graph is empty. Add operations to the graph "
                                "before calling run().")
        self.state.last_session = self
        feeds = fx.feeds(self.graph_, feed_dict, self.ctx.limit)
        elements: list[Tensor | Operation] = []
        structure = fx.flatten(self.graph_, fetches, elements)
        self._check_placement()
        executor = Executor(self.values, self.ctx, feeds)
        memo: Memo = {}
        results = [self._result(executor, item, memo) for item in elements]
        if any(result is DEAD for result in results):
            raise _no_value(elements, results)
        return fx.rebuild(structure, iter(results))

    def _check_placement(self) -> None:
        """DirectSession places the whole graph: an op pinned (tf.device) to a device other than
        the local CPU:0 fails every run, unless the config allows soft placement; an op whose
        data_format no kernel takes fails every run whatever the config."""
        ops = self.graph_.ops
        for op in ops[self._placed:]:
            formats = _CPU_DATA_FORMATS.get(op._type)
            if formats is not None and op.attrs.get("data_format") not in formats:
                # no device at all has this kernel, so soft placement cannot help either
                raise runtime_error(
                    "InvalidArgumentError",
                    f"No OpKernel was registered to support Op '{op._type}' used by {{{{node {op._name}}}}} "
                    f"with these attrs: [data_format=\"{op.attrs.get('data_format')}\"]\n"
                    "Registered devices: [CPU]",
                    op, explanation=f"TF's CPU kernel of {op._type} takes only {' or '.join(formats)}",
                    fix=f"use data_format=\"{formats[0]}\"")
            if op._device and not self.soft_placement:
                from scopecli.engine.framework.device_spec import LOCAL_DEVICE, is_local

                if not is_local(op._device):
                    raise runtime_error(
                        "InvalidArgumentError",
                        f"Cannot assign a device for operation {op._name}: {{{{node {op._name}}}}} was "
                        f"explicitly assigned to {op._device} but available devices are [ {LOCAL_DEVICE} ]. "
                        "Make sure the device specification refers to a valid device.", op,
                        explanation=f"scopecli, like TF here, has only {LOCAL_DEVICE}",
                        fix="drop the tf.device scope, or use /cpu:0")
        self._placed = len(ops)

    def _fetch(self, item: Tensor | Operation, feeds: dict[Tensor, np.ndarray], memo: Memo) -> Any:
        """One fetch with a caller's memo, so explain evaluates a whole graph in one pass (one
        executor per memo: a while loop runs once for all its Exits, as in one session.run)."""
        cached = self._pass
        if cached is not None and cached[0] is memo and not feeds:
            executor = cached[1]
        else:
            executor = Executor(self.values, self.ctx, feeds)
            self._pass = (memo, executor)
        return self._result(executor, item, memo)

    def _result(self, executor: Executor, item: Tensor | Operation, memo: Memo) -> Any:
        if isinstance(item, Operation):
            executor.run(item, memo)
            return None
        value = executor.tensor(item, memo)
        if item in executor.feeds:
            return value
        if value is DEAD:
            return value  # run_fetches reports it, as DirectSession does
        return as_result(value)

    def _rng(self, op: Operation) -> np.random.Generator:
        """A reproducible stream per random op and draw: scopecli's numbers, never TF's."""
        draw = self._draws.get(op, 0)
        self._draws[op] = draw + 1
        seed = op.attrs.get("seed")
        return np.random.default_rng([op.index, draw, 0 if seed is None else int(seed)])


def _no_value(elements: list[Tensor | Operation], results: list[Any]) -> ScenarioError:
    """A fetched tensor that did not run (it reads an untaken cond branch): DirectSession names
    it by its place among the fetched tensors sorted by name."""
    names = sorted({item.name for item in elements if isinstance(item, Tensor)})
    dead = min(names.index(item.name) for item, result in zip(elements, results, strict=True)
               if result is DEAD)
    return ScenarioError("InvalidArgumentError",
                         f"Graph execution error:\n\nRetval[{dead}] does not have value",
                         explanation="a fetched tensor reads an op of a cond branch that did not run")


def as_result(value: Any) -> Any:
    """What TF hands back: a numpy scalar for 0-d results, bytes for strings, a fresh array."""
    array = np.asarray(value)
    if array.dtype == object:
        array = np.vectorize(lambda s: s.encode() if isinstance(s, str) else s, otypes=[object])(array)
    if array.ndim == 0:
        return array[()]
    return array.copy()
