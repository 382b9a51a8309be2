"""Running TF1 while loops in a session: one value per op, frame and iteration, as TF's executor.

A v1 `tf.while_loop` is a cycle in the graph: Enter -> Merge -> (LoopCond) Switch -> Identity ->
body -> NextIteration -> back into the Merge, and Switch's false output -> Exit. TF's executor
runs the ops between Enter and Exit in a child *frame*, once per iteration. Here a frame instance
is `(parent key, LoopCond op)` (a nested loop runs once per iteration of its outer loop) and
each value lives in the memo of `(frame instance, iteration)` (executor.FrameValues).

Who reads what, where (op at key `(frame, i)`):
* Enter reads its input in the parent frame's key (every iteration: a loop constant or the
  initial value of a loop variable, which only iteration 0's Merge asks for);
* a loop Merge (its second input a NextIteration) takes the Enter at iteration 0, the
  NextIteration of iteration i-1 after that;
* Exit, asked for in the parent frame, runs the loop: LoopCond at iterations 0, 1, ... until
  false (or dead: the loop sits in an untaken cond branch), then reads Switch's false output
  of that last iteration;
* every other op reads its inputs in its own key.

A value computed in a loop frame is dropped once every op that reads it there has run (a count
of its readers, from the graph), so a loop keeps about one iteration of values alive, as TF
does; a value some reader never asks for (pruned) stays until the run ends.

Each iteration pays one unit of the run's loop-iteration budget (the scenario's `fuel`) before
it runs, and STEPS_PER_OP steps for each op it ran, so `tf.while_loop(lambda i: True, ...)`
ends with a LimitError (located at the loop when the iterations run out), counted in the work
report, never a hang.
"""

from __future__ import annotations

from scopecli.errors import InternalError, LimitError
from scopecli.evaluate.dead import _dead, _is_dead

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.evaluate.executor import Executor, FrameKey

ENTERS = frozenset(("Enter", "RefEnter"))
EXITS = frozenset(("Exit", "RefExit"))
NEXT_ITERATIONS = frozenset(("NextIteration", "RefNextIteration"))
_MERGES = frozenset(("Merge", "RefMerge"))
# An op run in a loop frame costs ~5 us of Python, ~15 interpreter steps; a count low enough that
# a runaway loop of cheap ops stops on steps well before the CPU deadline.
STEPS_PER_OP = 8


def is_loop_merge(op: Operation) -> bool:
    """A while loop's Merge: [Enter, NextIteration] (a cond's Merge joins two Switch branches)."""
    return len(op._inputs) == 2 and op._inputs[1]._op._type in NEXT_ITERATIONS


class LoopRunner:
    """The while loops of one `session.run`: the keyed walk and the iteration driver."""

    __slots__ = ("executor", "finished", "computed", "readers", "pending")

    def __init__(self, executor: Executor):
        self.executor = executor
        # frame instance -> the iteration whose LoopCond was false (the loop's last key)
        self.finished: dict[Any, int] = {}
        self.computed = 0  # ops run in loop frames, not yet paid for
        self.readers: dict[Operation, int] | None = None  # op -> reads of it (input slots, control)
        self.pending: dict[tuple[Operation, FrameKey], int] = {}  # reads still to come, per loop key

    # -- the keyed walk --------------------------------------------------------------------------

    def run(self, target: Operation, key: FrameKey) -> list[Any]:
        """`target`'s outputs at `key`, computing what it needs first (explicit stack, memoised)."""
        frames = self.executor.frames
        memo = frames.memo(key)
        if target in memo:
            return memo[target]
        stack: list[tuple[Operation, FrameKey, bool]] = [(target, key, False)]
        while stack:
            op, at, ready = stack.pop()
            here = frames.memo(at)
            if op in here:
                continue
            if ready:
                here[op] = _dead(op) if op.control_inputs_ and self._control_dead(op, at) \
                    else self.compute(op, at)
                self.computed += 1
                if op._type not in ENTERS:  # an Enter reads its parent frame's value every iteration
                    self._release(op, at)
                continue
            stack.append((op, at, True))
            for dep, dep_key in reversed(self.dependencies(op, at)):
                if dep not in frames.memo(dep_key):
                    stack.append((dep, dep_key, False))
        found = memo[target]
        if found is _FREED:
            raise InternalError(f"scopecli dropped the value of {target._name} in a while loop too early")
        return found

    def _release(self, op: Operation, key: FrameKey) -> None:
        """`op` ran at `key`: one read fewer of each value it read in a loop frame; a value
        nothing will read any more is dropped."""
        if self.readers is None:
            self.readers = _count_readers(op._graph.ops)
        frames, pending, readers = self.executor.frames, self.pending, self.readers
        for dep, dep_key in self.dependencies(op, key):
            if not dep_key[0]:
                continue  # the root frame keeps its values (fetches and explain read them)
            slot = (dep, dep_key)
            left = pending.get(slot, readers.get(dep, 0)) - 1
            if left > 0:
                pending[slot] = left
                continue
            pending.pop(slot, None)
            memo = frames.memo(dep_key)
            if dep in memo:
                memo[dep] = _FREED

    def _control_dead(self, op: Operation, key: FrameKey) -> bool:
        """An op behind a dead control input does not run (TF propagates deadness on control edges),
        except a ControlTrigger, which TF's executor runs whatever its inputs (a gradient's f_sync
        waits for stack pushes in cond branches that did not run)."""
        if op._type == "ControlTrigger":
            return False
        memo = self.executor.frames.memo(parent(key) if op._type in ENTERS else key)
        return any(_is_dead(memo[control]) for control in op.control_inputs_)

    def dependencies(self, op: Operation, key: FrameKey) -> list[tuple[Operation, FrameKey]]:
        feeds = self.executor.feeds
        kind = op._type
        if kind in EXITS:  # its input lives in the child frame: compute() runs the loop
            return [(c, key) for c in op.control_inputs_]
        if kind in ENTERS:
            at = parent(key)
        elif kind in _MERGES and key[0] and is_loop_merge(op):
            iteration = key[1]
            source = op._inputs[0] if iteration == 0 else op._inputs[1]
            at = key if iteration == 0 else (key[0], iteration - 1)
            return [] if source in feeds else [(source._op, at)]
        else:
            at = key
        deps = [(t._op, at) for t in op._inputs if t not in feeds and t._op._type != "VariableV2"]
        deps.extend((c, at) for c in op.control_inputs_)
        return deps

    def compute(self, op: Operation, key: FrameKey) -> list[Any]:
        executor = self.executor
        kind = op._type
        if kind in EXITS:
            return [self.exit_value(op, key)]
        if kind in ENTERS:
            value = executor._input(op, 0, executor.frames.memo(parent(key)))
            return [value]
        if kind in _MERGES and key[0] and is_loop_merge(op):
            iteration = key[1]
            index = 0 if iteration == 0 else 1
            at = key if iteration == 0 else (key[0], iteration - 1)
            value = executor._input(op, index, executor.frames.memo(at))
            return [value, _index(index)]
        if kind in NEXT_ITERATIONS:
            return [executor._input(op, 0, executor.frames.memo(key))]
        return executor._compute(op, executor.frames.memo(key), key)

    # -- the iteration driver --------------------------------------------------------------------

    def exit_value(self, exit_op: Operation, key: FrameKey) -> Any:
        """Exit at `key`: run the loop (once per frame instance) and read its last Switch."""
        from scopecli.evaluate.dead import DEAD

        source = exit_op._inputs[0]
        switch = source._op
        # a gradient loop's Exit may read its Switch through Identities (a Merge gradient's
        # control_flow_ops.tuple): the loop is the Switch's, the value the Exit's own input.
        while switch._type in ("Identity", "RefIdentity"):
            switch = switch._inputs[0]._op
        loop_cond = switch._inputs[1]._op
        frame = (key, loop_cond)
        last = self.finished.get(frame)
        if last is None:
            last = self._iterate(frame, loop_cond)
            self.finished[frame] = last
        value = self.run(source._op, (frame, last))[source._index]
        return DEAD if value is DEAD else value

    def _iterate(self, frame: Any, loop_cond: Operation) -> int:
        from scopecli.evaluate.dead import DEAD

        guard = self.executor.ctx.guard
        iteration = 0
        while True:
            if guard is not None:
                if guard.fuel + 1 > guard.max_fuel:
                    raise _runaway(loop_cond, iteration, guard)
                guard.tick(1)
                guard.spend(self.computed * STEPS_PER_OP)
                self.computed = 0
            pred = self.run(loop_cond, (frame, iteration))[0]
            if pred is DEAD or not bool(pred):
                return iteration
            iteration += 1


class _Freed(list):
    """A dropped value: reading it is a bug of the release counts, said clearly."""

    def __getitem__(self, index: Any) -> Any:
        raise InternalError("scopecli dropped a value in a while loop that was still to be read")


_FREED = _Freed()


def _count_readers(ops: list[Operation]) -> dict[Operation, int]:
    """How many times each op's outputs and control edge are read at the op's own key: input slots
    and control inputs (an Exit reads its Switch only at the last iteration: not counted)."""
    readers: dict[Operation, int] = {}
    for op in ops:
        for t in () if op._type in EXITS else op._inputs:
            readers[t._op] = readers.get(t._op, 0) + 1
        for control in op.control_inputs_:
            readers[control] = readers.get(control, 0) + 1
    return readers


def parent(key: FrameKey) -> FrameKey:
    """The key an Enter at `key` reads its input in: the frame instance's parent key."""
    frame = key[0]
    return frame[0]


def _index(index: int) -> Any:
    import numpy as np

    return np.int32(index)


def _runaway(loop_cond: Operation, iteration: int, guard: Any) -> LimitError:
    """The loop-iteration budget is spent: say which loop, where it was built, how far it got."""
    if guard.expired:
        return guard.deadline_error()
    loop = loop_cond._name.rpartition("/")[0] or loop_cond._name
    pos = loop_cond.site[-1] if loop_cond.site else None
    limit = guard.limit_fuel
    return LimitError(f"the while loop `{loop}` was still running after {iteration} iterations in "
                      f"session.run: the run may do {limit} loop iterations, comprehension elements or "
                      "calls in all", pos, f"raise it with --max-loop-iterations (now {limit})")
