"""The TF1 control-flow contexts' common base and the op-creation hook (control_flow_ops.py:
ControlFlowContext, ops.py: Operation._control_flow_post_processing).

TF keeps three pieces of state while it builds v1 control flow, mirrored here with TF's names:
 1. the graph's current context (`Graph._get_control_flow_context`), changed by `Enter`/`Exit`;
 2. each op's context (`Operation._control_flow_context`), set when it is made, never changed
    (except for the Switch ops a context makes for itself);
 3. each context's `outer_context`, the context current when it was made.
A new op is handed to its context (`AddOp`) right after it joins the graph; the context may then
rewire its inputs (a cond's Switch) or add a control input (the pivot). The hook costs one
attribute test per op until the graph's first context is made (`Graph._control_flow_used`).

Subclasses (cond's CondContext, the while loop's WhileContext) define `AddOp`, `AddValue` and
their pivots; nothing here knows about either.
"""

from __future__ import annotations

from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Graph, Operation, Tensor


class GraphControlFlow:
    """The v1 control-flow part of tf.Graph (ops.py: Graph._get_control_flow_context,
    prevent_fetching, is_fetchable); the Graph holds `_control_flow_context` and
    `_unfetchable_ops`."""

    __slots__ = ()
    _control_flow_context: Any
    _unfetchable_ops: set[Operation]

    def _get_control_flow_context(self) -> Any:
        return self._control_flow_context

    def _set_control_flow_context(self, ctx: Any) -> None:
        self._control_flow_context = ctx

    def prevent_fetching(self, op: Operation) -> None:
        self._unfetchable_ops.add(op)

    def is_fetchable(self, tensor_or_op: Tensor | Operation) -> bool:
        op = getattr(tensor_or_op, "_op", tensor_or_op)  # a Tensor's op, or the Operation itself
        return op not in self._unfetchable_ops


class ControlFlowContext:
    """control_flow_ops.ControlFlowContext: the usage pattern is (Enter, Exit)* then ExitResult."""

    __slots__ = ("_graph", "_name", "_nested_contexts", "_outer_context", "_context_stack", "_values",
                 "_external_values", "__weakref__")

    def __init__(self, graph: Graph):
        self._graph = graph
        self._name = ""
        self._nested_contexts: list[ControlFlowContext] = []
        self._outer_context: ControlFlowContext | None = graph._control_flow_context
        if self._outer_context is not None:
            self._outer_context._nested_contexts.append(self)
        self._context_stack: list[ControlFlowContext | None] = []
        # The names of tensors that have been already seen in this context.
        self._values: set[str] = set()
        # Names of tensors referenced by but external to this context -> the tensor this context
        # uses to read them (e.g. a Switch output guarding a cond's input).
        self._external_values: dict[str, Tensor] = {}
        graph._control_flow_used = True

    @property
    def name(self) -> str:
        return self._name

    @property
    def outer_context(self) -> ControlFlowContext | None:
        """The context containing this context."""
        return self._outer_context

    @property
    def grad_state(self) -> Any:
        raise NotImplementedError("Abstract method")

    @property
    def back_prop(self) -> bool:
        raise NotImplementedError("Abstract method")

    def AddName(self, name: str) -> None:  # noqa: N802 - TF's method names, so wrappers read like TF's
        self._values.add(name)

    def Enter(self) -> None:  # noqa: N802
        """Enter this control flow context."""
        graph = self._graph
        self._context_stack.append(graph._control_flow_context)
        graph._control_flow_context = self

    def Exit(self) -> None:  # noqa: N802
        """Exit this control flow context."""
        self._graph._control_flow_context = self._context_stack.pop()

    def ExitResult(self, result: list[Any]) -> None:  # noqa: N802
        """Make a (flat) list of tensors available in the outer context."""
        if self._outer_context is not None:
            for x in result:
                self._outer_context.AddName(x.name)

    def GetWhileContext(self) -> ControlFlowContext | None:  # noqa: N802
        """The while context containing this context."""
        if self._outer_context is not None:
            return self._outer_context.GetWhileContext()
        return None

    def _RemoveExternalControlEdges(self, op: Operation) -> tuple[list[Operation], list[Operation]]:  # noqa: N802
        """Remove any control input of `op` from outside the enclosing while loop."""
        while_ctxt = self.GetWhileContext()
        control_inputs = list(op.control_inputs_)
        if while_ctxt is None:
            return control_inputs, []
        internal: list[Operation] = []
        external: list[Operation] = []
        for x in control_inputs:
            ctxt = GetOutputContext(x)
            if ctxt is not None and ctxt.GetWhileContext() is while_ctxt:
                internal.append(x)
            else:
                external.append(x)
        if len(internal) != len(control_inputs):
            op.control_inputs_ = internal if internal else ()
        return internal, external

    def AddOp(self, op: Operation) -> None:  # noqa: N802
        raise NotImplementedError("Abstract method")

    def AddValue(self, val: Tensor) -> Tensor:  # noqa: N802
        raise NotImplementedError("Abstract method")

    def AddInnerOp(self, op: Operation) -> None:  # noqa: N802
        """Notifies a scope about an operator added to an inner scope."""
        if self._outer_context is not None:
            self._outer_context.AddInnerOp(op)

    def GetControlPivot(self) -> Tensor | None:  # noqa: N802
        """The pivot node for this context, or None."""
        return None

    def IsWhileContext(self) -> bool:  # noqa: N802
        return False

    def IsCondContext(self) -> bool:  # noqa: N802
        return False

    def IsXLAContext(self) -> bool:  # noqa: N802
        return False

    def __str__(self) -> str:
        return self._name


# -- control_flow_util.py -----------------------------------------------------------------------

def IsSwitch(op: Operation) -> bool:  # noqa: N802
    return op._type in ("Switch", "RefSwitch")


def IsMerge(op: Operation) -> bool:  # noqa: N802
    return op._type in ("Merge", "RefMerge")


def IsLoopEnter(op: Operation) -> bool:  # noqa: N802
    return op._type in ("Enter", "RefEnter")


def IsLoopExit(op: Operation) -> bool:  # noqa: N802
    return op._type in ("Exit", "RefExit")


def GetOutputContext(op: Operation) -> ControlFlowContext | None:  # noqa: N802
    """The control flow context of the op's outputs (an Exit's is its loop's outer context)."""
    ctxt = op._control_flow_context
    if ctxt is not None and IsLoopExit(op):
        ctxt = ctxt.outer_context
    return ctxt


def GetContainingWhileContext(ctxt: ControlFlowContext | None,  # noqa: N802
                              stop_ctxt: ControlFlowContext | None = None) -> ControlFlowContext | None:
    while ctxt is not None:
        if ctxt.IsWhileContext() or ctxt is stop_ctxt:
            return ctxt
        ctxt = ctxt.outer_context
    return None


def GetContainingCondContext(ctxt: ControlFlowContext | None) -> ControlFlowContext | None:  # noqa: N802
    while ctxt is not None:
        if ctxt.IsCondContext():
            return ctxt
        ctxt = ctxt.outer_context
    return None


def IsContainingContext(ctxt: ControlFlowContext | None,  # noqa: N802
                        maybe_containing_ctxt: ControlFlowContext | None) -> bool:
    """Whether `maybe_containing_ctxt` is or contains `ctxt`."""
    while ctxt is not maybe_containing_ctxt:
        if ctxt is None:
            return False
        ctxt = ctxt.outer_context
    return True


def OpInContext(op: Operation, ctxt: ControlFlowContext | None) -> bool:  # noqa: N802
    return IsContainingContext(op._control_flow_context, ctxt)


def TensorInContext(tensor: Tensor, ctxt: ControlFlowContext | None) -> bool:  # noqa: N802
    return OpInContext(tensor._op, ctxt)


def IsInCond(op: Operation) -> bool:  # noqa: N802
    return GetContainingCondContext(op._control_flow_context) is not None


def IsInWhileLoop(op: Operation) -> bool:  # noqa: N802
    return GetContainingWhileContext(op._control_flow_context) is not None


def _grad_state(ctxt: ControlFlowContext | None) -> Any:
    return None if ctxt is None else getattr(ctxt, "grad_state", None)


def CheckInputFromValidContext(op: Operation, input_op: Operation) -> None:  # noqa: N802
    """control_flow_util.CheckInputFromValidContext: only inputs from the op's while context or an
    enclosing one (or outside every context) are valid; ValueError otherwise."""
    op_ctxt = op._control_flow_context
    input_ctxt = GetOutputContext(input_op)
    if input_ctxt is None or op_ctxt is input_ctxt:
        return
    while_ctxt = GetContainingWhileContext(op_ctxt)
    input_while_ctxt = GetContainingWhileContext(input_ctxt)
    valid = False
    if while_ctxt is None:
        # Neither in a while loop (conds only) is allowed; an Enter or Switch has its context
        # cleared while it is made.
        valid = input_while_ctxt is None or IsLoopEnter(op) or IsSwitch(op)
    elif IsContainingContext(while_ctxt, input_while_ctxt):
        valid = True
    else:
        grad_state = _grad_state(while_ctxt)
        input_grad_state = _grad_state(input_while_ctxt)
        if grad_state is not None and (
                IsContainingContext(grad_state.forward_context, input_while_ctxt)
                or grad_state.forward_context is input_while_ctxt.outer_context):  # type: ignore[union-attr]
            valid = True
        elif input_grad_state is not None and (
                input_grad_state.forward_context is while_ctxt
                or (_grad_state(input_grad_state.forward_context) is not None
                    and _grad_state(input_grad_state.forward_context).forward_context is while_ctxt)):
            valid = True
    if not valid:
        if while_ctxt is not None:
            message = (f"Cannot use '{input_op._name}' as input to '{op._name}' because they are in "
                       "different while loops.")
        else:
            message = (f"Cannot use '{input_op._name}' as input to '{op._name}' because "
                       f"'{input_op._name}' is in a while loop.")
        raise tf_value_error(message + " See info log for more details.")


def control_flow_post_processing(op: Operation, inputs: tuple[Tensor, ...]) -> None:
    """Operation._control_flow_post_processing: check each input's context, then hand the op to
    its own context (which may add Switch ops and rewire the op's inputs)."""
    for tensor in inputs:
        CheckInputFromValidContext(op, tensor._op)
    ctxt = op._control_flow_context
    if ctxt is not None:
        ctxt.AddOp(op)
