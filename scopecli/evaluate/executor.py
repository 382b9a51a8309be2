"""One `sess.run` step: evaluate exactly the ops the fetches need, with TF's runtime errors.

The walk starts at the fetched ops and follows inputs and control inputs with an explicit
stack, memoising every op's outputs, so cost follows the fetched sub-graph, not the whole
graph, and a deep chain cannot exhaust Python's recursion. Fed tensors cut the walk: their
producers never run. Variable values live in the session (`values`), as in TF.

Op outputs are kept per (frame, iteration), as TF's executor keeps them: `FrameValues` holds one
memo per `FrameKey` (a while loop's frame instance and its iteration). Ops outside every loop run
in `ROOT` with a plain dict memo (the hot path); an Exit op hands its loop to while_frames.py,
which runs the body's ops in `(frame, i)` memos, one value per op, frame and iteration.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.errors import InputError, ScenarioError
from scopecli.evaluate.dead import _DEAD_NO_OUTPUTS, DEAD, _dead, _is_dead  # noqa: F401 - re-exported
from scopecli.evaluate.kernel_registry import KERNELS, kernel_for
from scopecli.evaluate.kernels import Context, KernelError

Memo = dict[Operation, list[Any]]
# (while-loop frame instance, iteration); ("", 0) is the root frame, outside every loop. A frame
# instance is (parent key, the loop's LoopCond op): while_frames.py.
FrameKey = tuple[Any, int]
ROOT: FrameKey = ("", 0)


class FrameValues:
    """The op outputs of one `session.run`, one memo per (frame, iteration)."""

    __slots__ = ("memos",)

    def __init__(self, root: Memo | None = None):
        self.memos: dict[FrameKey, Memo] = {ROOT: {} if root is None else root}

    def memo(self, key: FrameKey = ROOT) -> Memo:
        """The outputs computed in frame `key[0]`'s iteration `key[1]` (made when first asked)."""
        found = self.memos.get(key)
        if found is None:
            found = self.memos[key] = {}
        return found

    def value(self, op: Operation, index: int, key: FrameKey = ROOT) -> Any:
        return self.memos[key][op][index]
# op type -> positions of its ref inputs (OpDef is_ref): their kernels get a VariableRef there.
_REF_INPUTS: dict[str, tuple[int, ...]] = {}


def _ref_positions(op_type: str) -> tuple[int, ...]:
    found = _REF_INPUTS.get(op_type)
    if found is None:
        from scopecli.engine import opdefs

        definition = opdefs.get(op_type)
        found = () if definition is None else tuple(
            i for i, arg in enumerate(definition.inputs) if arg.is_ref and not arg.is_list)
        _REF_INPUTS[op_type] = found
    return found


class VariableRef:
    """A ref input as a kernel sees it (TF passes the variable's buffer): `read()` its value
    (FailedPreconditionError if it has none yet), `assign(array)` a new one."""

    __slots__ = ("variable_op", "values", "reader")

    def __init__(self, variable_op: Operation, values: dict[Operation, Any], reader: Operation):
        self.variable_op, self.values, self.reader = variable_op, values, reader

    @property
    def dtype(self) -> Any:
        return self.variable_op.attrs["dtype"]

    def read(self) -> Any:
        if self.variable_op not in self.values:
            raise uninitialized(self.variable_op, self.reader)
        return self.values[self.variable_op]

    def assign(self, value: Any) -> None:
        """Update the variable's buffer in place, as TF does: a ref read (`v/read`, an Identity)
        forwards that buffer, so an op that runs after the update (under a control dependency)
        sees the new value. A new shape or dtype (validate_shape=False) gets a new buffer."""
        current = self.values.get(self.variable_op)
        if (isinstance(current, np.ndarray) and current.shape == np.shape(value)
                and current.dtype == getattr(value, "dtype", None) and current.flags.writeable):
            if value is not current:
                np.copyto(current, value)
            return
        # an owned copy: never the buffer of a Const, a feed or another variable
        self.values[self.variable_op] = np.array(value)
_SWITCHES = frozenset({"Switch", "RefSwitch"})
# Ops of a while loop's frame machinery: Exit runs its loop; the others never run in ROOT.
_FRAME_OPS = frozenset({"Exit", "RefExit", "Enter", "RefEnter", "NextIteration", "RefNextIteration"})


# Ops whose ref output is their ref input, passed on.
_REF_FORWARDS = frozenset({"RefSwitch", "RefIdentity"})

# Steps one kernel call costs besides the elements it charges (interpret/guard.py calibrates a
# step at ~0.3 us; a kernel call costs several us of dispatch): `while True: sess.run(x)` over a
# graph of many ops then meets the steps limit in about a second, not the CPU-time deadline.
KERNEL_STEPS = 16


class _Unread:
    """A variable's ref passed on (RefSwitch) without reading it: a later read takes the value the
    variable has then (an Assign in between counts), or fails if it has none."""

    def __init__(self, variable_op: Operation):
        self.variable_op = variable_op


def _frames(op: Operation, indent: str) -> str:
    return "".join(f'{indent}File "{pos.file}", line {pos.line}, in <module>\n' for pos in op.site)


def runtime_error(type_name: str, detail: str, op: Operation | None, node: str | None = None,
                  explanation: str | None = None, fix: str | None = None) -> ScenarioError:
    """TF's OpError text: "Graph execution error:", where the node was defined, the message."""
    if op is None:
        message = f"Graph execution error:\n\n{detail}\n\t [[{{{{node {node}}}}}]]"
    else:
        name = op._name
        message = (f"Graph execution error:\n\nDetected at node '{name}' defined at "
                   f"(most recent call last):\n{_frames(op, '    ')}Node: '{name}'\n{detail}\n"
                   f"\t [[{{{{node {name}}}}}]]\n\n"
                   f"Original stack trace for '{name}':\n{_frames(op, '  ')}")
    return ScenarioError(type_name, message, explanation=explanation, fix=fix)


def uninitialized(variable_op: Operation, reader: Operation | None) -> ScenarioError:
    name = variable_op._name
    return runtime_error(
        "FailedPreconditionError", f"Attempting to use uninitialized value {name}", reader,
        node=f"_retval_{name.replace('/', '_')}_0_0",
        explanation=f"the variable `{name}` has no value in this session yet",
        fix="run tf.global_variables_initializer() (or the variable's initializer) first")


def not_fetchable(op: Operation) -> ScenarioError:
    """An op inside a while loop's frame reached from outside it (TF: prevent_fetching)."""
    return ScenarioError("InaccessibleTensorError",
                         f"Operation {op._name} has been marked as not fetchable. Typically this "
                         "happens when it is defined in another function or code block. Use return "
                         "values, explicit Python locals or TensorFlow collections to access it.")


def _placeholder_text(op: Operation) -> str:
    dtype = op.attrs["dtype"].name
    dtype = {"float32": "float", "float64": "double"}.get(dtype, dtype)
    shape = op.attrs["shape"]
    text = f"You must feed a value for placeholder tensor '{op._name}' with dtype {dtype}"
    if shape.dims_ is not None:
        text += " and shape [" + ",".join("?" if d is None else str(d) for d in shape.dims_) + "]"
    return text


class Executor:
    """Evaluates ops for one session; `memo` may be shared by several fetches of one run."""

    def __init__(self, values: dict[Operation, np.ndarray], ctx: Context, feeds: dict[Tensor, np.ndarray]):
        self.values = values
        self.ctx = ctx
        ctx.variables = values  # resource kernels (resource_kernels.py) reach variables through it
        self.feeds = feeds
        self.frames = FrameValues()
        self.loops: Any = None  # the run's while_frames.LoopRunner, made at the first Exit

    def tensor(self, tensor: Tensor, memo: Memo) -> Any:
        """The value of one fetched tensor (a fed tensor gives the fed array itself, as in TF)."""
        if tensor in self.feeds:
            return self.feeds[tensor]
        op = tensor._op
        if op._type == "VariableV2":
            if op not in self.values:
                raise uninitialized(op, None)
            return self.values[op]
        return self.run(op, memo)[tensor._index]

    def run(self, target: Operation, memo: Memo | None = None, frame: FrameKey = ROOT) -> list[Any]:
        """`target`'s outputs in `frame` (its memo: `memo`, which is kept as that frame's table)."""
        if memo is None:
            memo = self.frames.memo(frame)
        else:
            self.frames.memos[frame] = memo
        stack: list[tuple[Operation, bool]] = [(target, False)]
        while stack:
            op, ready = stack.pop()
            if op in memo:
                continue
            if ready:
                dead = op.control_inputs_ and self.control_dead(op, memo)
                memo[op] = _dead(op) if dead else self._compute(op, memo)
                continue
            stack.append((op, True))
            stack.extend((dep, False) for dep in reversed(self._dependencies(op)) if dep not in memo)
        return memo[target]

    @staticmethod
    def control_dead(op: Operation, memo: Memo) -> bool:
        """Whether a control input of `op` did not run (an untaken cond branch's pivot): then
        neither does `op` (TF's executor propagates deadness along control edges)."""
        return any(_is_dead(memo[control]) for control in op.control_inputs_)

    def _dependencies(self, op: Operation) -> list[Operation]:
        if op._type in _FRAME_OPS:
            if op._type in ("Exit", "RefExit"):  # its input is in the loop's frame: _compute runs it
                return list(op.control_inputs_)
            raise not_fetchable(op)
        deps = [t._op for t in op._inputs if t not in self.feeds and t._op._type != "VariableV2"]
        return [*deps, *op.control_inputs_]

    def _input(self, op: Operation, position: int, memo: Memo) -> Any:
        tensor = op._inputs[position]
        if tensor in self.feeds:
            return self.feeds[tensor]
        source = tensor._op
        if source._type == "VariableV2":
            if source not in self.values:
                raise uninitialized(source, op)
            return self.values[source]
        return memo[source][tensor._index]

    def _compute(self, op: Operation, memo: Memo, key: FrameKey = ROOT) -> list[Any]:
        kind = op._type
        if kind in _FRAME_OPS:
            return self.loop_runner().compute(op, key)
        if kind == "Const":
            return [op.attrs["value"]]
        if kind == "Placeholder":
            raise runtime_error("InvalidArgumentError", _placeholder_text(op), op,
                                explanation=f"the placeholder `{op._name}` needs a value from feed_dict",
                                fix=f"sess.run(..., feed_dict={{{op._name.split('/')[-1]}: value}})")
        if kind == "VariableV2":
            if op not in self.values:
                raise uninitialized(op, op)
            return [self.values[op]]
        if kind == "NoOp":
            return []
        if kind == "IsVariableInitialized":
            return [np.bool_(op._inputs[0]._op in self.values)]
        if kind in _SWITCHES:
            return self._switch(op, memo)
        if kind == "Merge" or kind == "RefMerge":
            return self._merge(op, memo)
        kernel = KERNELS.get(kind) or kernel_for(kind)
        if kernel is None:
            raise InputError(f"scopecli cannot evaluate {kind} ops yet (op `{op._name}`)")
        refs = _ref_positions(kind)
        inputs = [self._ref(op, i, memo) if i in refs else self._input(op, i, memo)
                  for i in range(len(op._inputs))]
        if any(value is DEAD for value in inputs):
            return _dead(op)
        if any(isinstance(value, _Unread) for value in inputs):
            inputs = [self._read_ref(value, op) if isinstance(value, _Unread) else value for value in inputs]
        self.ctx.calls += 1
        guard = self.ctx.guard
        if guard is not None:
            guard.spend(KERNEL_STEPS)
        try:
            outputs = kernel(op, inputs, self.ctx)
        except KernelError as error:
            raise runtime_error(error.type_name, str(error), op) from None
        return [_flush_denormals(value) for value in outputs]

    def loop_runner(self) -> Any:
        if self.loops is None:
            from scopecli.evaluate.while_frames import LoopRunner

            self.loops = LoopRunner(self)
        return self.loops

    def _switch(self, op: Operation, memo: Memo) -> list[Any]:
        """Switch(data, pred) -> [output_false, output_true]; the other output is dead."""
        source = op._inputs[0]
        if source not in self.feeds and source._op._type == "VariableV2":
            # A RefSwitch forwards the variable itself; a Switch reads it now.
            ref = _Unread(source._op)
            data: Any = ref if op._type == "RefSwitch" else self._read_ref(ref, op)
        else:
            data = self._input(op, 0, memo)
        pred = self._input(op, 1, memo)
        if data is DEAD or pred is DEAD:
            return [DEAD, DEAD]
        return [DEAD, data] if bool(pred) else [data, DEAD]

    def _read_ref(self, ref: _Unread, reader: Operation) -> Any:
        """The value a forwarded variable ref has now."""
        if ref.variable_op not in self.values:
            raise uninitialized(ref.variable_op, reader)
        return self.values[ref.variable_op]

    def _merge(self, op: Operation, memo: Memo) -> list[Any]:
        """Merge: the first input that is alive, and its index."""
        for index in range(len(op._inputs)):
            value = self._input(op, index, memo)
            if value is not DEAD:
                return [value, np.int32(index)]
        return [DEAD, DEAD]

    def _ref(self, op: Operation, position: int, memo: Memo) -> Any:
        tensor = op._inputs[position]
        source = tensor._op
        while source._type in _REF_FORWARDS:  # a RefSwitch in a cond branch passes the variable on
            if memo[source][tensor._index] is DEAD:
                return DEAD
            tensor = source._inputs[0]
            source = tensor._op
        if source._type != "VariableV2":
            raise InputError(f"scopecli cannot evaluate a {op._type} op whose ref input is not a variable")
        return VariableRef(source, self.values, op)


def _flush_denormals(value: Any) -> Any:
    """TF runs kernels with flush-to-zero on: a denormal float result is a (signed) zero."""
    if not isinstance(value, (np.ndarray, np.generic)) or value.dtype.kind != "f":
        return value
    tiny = np.finfo(value.dtype).tiny
    small = np.abs(value) < tiny
    if not np.any(small):
        return value
    return np.where(small, np.copysign(np.zeros_like(value), value), value)
