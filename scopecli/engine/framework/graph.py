"""The graph: ops, tensors, TF's name uniquification and the name-scope stack (framework/ops.py).

Every rule here mirrors `tensorflow/python/framework/ops.py` (`Graph.unique_name`,
`Graph.name_scope`, `_create_op_internal`) so later names collide exactly as in TF. Besides the
names, each op keeps where it was created (`site`) and `notes`: the facts that decided its name,
which `explain` turns into "why" lines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import AbstractContextManager, nullcontext
from types import MappingProxyType

# The rare cases of create_op (control dependencies, devices, colocation, control flow), imported
# here and not inside it: an import statement run per op cost ~2 us (5% of a 1000-layer MLP).
from scopecli.engine.framework.colocation import apply_colocation
from scopecli.engine.framework.control_dependencies import apply_control_dependencies
from scopecli.engine.framework.control_flow_context import GraphControlFlow, control_flow_post_processing
from scopecli.engine.framework.device_spec import apply_device_functions
from scopecli.engine.framework.dtypes import DType
from scopecli.engine.framework.graph_api import GraphApi
from scopecli.engine.framework.name_scope_context import _NameScope
from scopecli.engine.framework.notes import Note
from scopecli.engine.framework.operation import Operation, Tensor, TensorConvertible  # noqa: F401 - re-exported
from scopecli.engine.framework.shapes import TensorShape
from scopecli.errors import SourcePos, tf_type_error, tf_value_error
from scopecli.model import Exposed
from scopecli.runtime import OPS_PER_FREEZE

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

VALID_OP_NAME = re.compile(r"^[A-Za-z0-9.][A-Za-z0-9_.\\/>-]*$")
VALID_SCOPE_NAME = re.compile(r"^[A-Za-z0-9_.\\/>-]*$")
# Scope pieces ("MatMul", "read", "Initializer" ...) already matched against VALID_SCOPE_NAME,
# without a "\n" (which the regexes' `$` lets through at the end): most ops reuse a few dozen.
_VALID_PIECES: set[str] = set()
_MAX_VALID_PIECES = 4096
# The same for root scope names matched against VALID_OP_NAME (a variable's ops open one each).
_VALID_ROOTS: set[str] = set()


def _match_scope_name(name: str, pattern: re.Pattern[str], what: str, known: set[str]) -> None:
    """TF's ValueError unless `name` matches `pattern`; a match without a "\n" is remembered."""
    if not pattern.match(name):
        raise tf_value_error(f"'{name}' is not a valid {what} name. A {what} name has to match the "
                             f"following pattern: {pattern.pattern}")
    if "\n" not in name and len(known) < _MAX_VALID_PIECES:
        known.add(name)


def _is_op_name(name: str) -> bool:
    return "\n" not in name and VALID_OP_NAME.match(name) is not None


class ScopeRecord:
    """A name scope the first time it was created: who opened it, where, and why it is named so.
    A plain slotted class, not a dataclass, on purpose: `@dataclass` costs every `scopecli run`
    ~0.5 ms per class plus ~5 ms importing `dataclasses`; nothing compares or prints records."""

    __slots__ = ("name", "kind", "site", "notes", "call", "frame")

    def __init__(self, name: str, kind: str, site: tuple[SourcePos, ...], notes: list[Note] | None = None,
                 call: str = "", frame: str = ""):
        self.name = name  # full scope name without trailing "/"
        # "name_scope", "variable_scope", "op_scope" or "variable_op_scope" (an op wrapper's own
        # scope keeps no record: Graph.uniquified_op_scopes)
        self.kind = kind
        self.site = site
        self.notes: list[Note] = [] if notes is None else notes
        self.call = call  # e.g. 'variable_scope("foo")'
        self.frame = frame  # the public call running when it was opened ("tf.layers.dense"), if any


# Lineage bits, so a variable's constructor knows in O(1) whether its initial value reads another
# variable (TF then guards it) or draws random numbers (explain says "not TF's numbers").
LINEAGE_VARIABLE = 1
LINEAGE_RANDOM = 2
LINEAGE: dict[str, int] = {
    **dict.fromkeys(("Variable", "VariableV2", "VarHandleOp"), LINEAGE_VARIABLE),
    **dict.fromkeys(("RandomUniform", "RandomStandardNormal", "TruncatedNormal", "RandomUniformInt"),
                    LINEAGE_RANDOM),
}


# The attrs of the many ops that have none: one read-only mapping, not an empty dict per op.
_NO_ATTRS: Mapping[str, Any] = MappingProxyType({})


class Graph(GraphControlFlow, GraphApi, Exposed):
    """A tf.Graph: ops by name, the names in use, the current name scope, collections."""

    TYPE_NAME = "Graph"

    def __init__(self, state: TFState, index: int):
        state.runtime.count_graph()  # a graph costs what a few dozen steps do: bounded like them
        self.state = state
        self.index = index  # creation order among the run's graphs, for rendering
        # TFState.graph_scope of the graph already default: nothing to do, one reusable manager
        self.as_is: AbstractContextManager[Graph] = nullcontext(self)
        self.ops: list[Operation] = []
        self.by_name: dict[str, Operation] = {}
        self.names_in_use: dict[str, int] = {}
        # Who first took each lower-cased name, for "why was this uniquified": (kind, name, site,
        # whether it is a scope), kind "op" or the scope's kind, formatted only when a note needs it.
        self.name_owner: dict[str, tuple[str, str, tuple[SourcePos, ...], bool]] = {}
        # The op wrappers' own scopes that were uniquified: the op named by the scope takes the
        # note (most ops open such a scope, so no record is kept).
        self.uniquified_op_scopes: set[str] = set()
        self.name_stack = ""
        # Name stacks found to be valid node names, and the last op scope entered under one, whose
        # full name is therefore one too (see _enter_scope; core._check_node_name skips its regex).
        self._valid_stacks: set[str] = set()
        self.valid_node_name = ""
        self._scope_owned = ""  # the last op scope entered, whose name_owner entry exists
        self._scope_site: Any = None  # the call site that scope was entered at
        self.collections: dict[str, list[Any]] = {}
        self.scopes: dict[str, ScopeRecord] = {}
        self.variables: list[Any] = []
        self.scope_objects: list[Any] = []  # VariableScope objects opened, for explain
        self.var_store: Any = None  # set by engine.variable_scope on first use
        self.var_scope_store: Any = None
        self.partitioned_vars: dict[str, Any] = {}  # get_variable's PartitionedVariables, by name
        # Const op name -> how many values its Python value had, when fewer than its elements
        # (tf.constant(0.5, shape=[2, 2])): its NodeDef keeps only those (make_tensor_proto).
        self.const_given: dict[str, int] = {}
        # tf.control_dependencies controllers entered (engine/ops/control_flow_ops.py) and the
        # merged device string of the tf.device scopes entered.
        self.control_stack: list[Any] = []
        self.device_scope = ""
        self.device_stack: list[Any] = []  # tf.device entries, outermost first (strings, functions, None)
        self.device_functions = 0  # how many entries are device functions (then each op runs them)
        self.colocation_stack: list[Any] = []  # tf.colocate_with ops, outermost first
        # (the stack, its sorted _class groups, its device): worked out once per stack (colocation.py)
        self.colocation_cache: tuple[list[Any], list[bytes], str | None] | None = None
        self.base_devices: Any = None  # the device state colocate_with set aside (init_scope's)
        self.attr_scope: dict[str, Any] = {}  # Graph._attr_scope: attrs every new op gets
        self.variable_creator_stack: list[Any] = []  # tf.variable_creator_scope creators, outermost first
        # The v1 control-flow context ops are made in now (a cond branch, a while body), and
        # whether any context was ever made: until then new ops skip the post-processing hook
        # (framework/control_flow_context.py). Ops inside a context cannot be fetched.
        self._control_flow_context: Any = None
        self._control_flow_used = False
        self._unfetchable_ops: set[Operation] = set()

    # -- naming (ops.py: Graph.unique_name / Graph.name_scope) ------------------------------

    def unique_name(self, name: str, mark_as_used: bool = True) -> str:
        if self.name_stack:
            name = self.name_stack + "/" + name
        return self._unique(name, name.lower(), mark_as_used)[0]

    def _unique(self, name: str, name_key: str, mark_as_used: bool = True) -> tuple[str, str]:
        """Graph.unique_name of the full `name` (lower-cased: `name_key`): (the unique name, its key)."""
        in_use = self.names_in_use
        i = in_use.get(name_key, 0)
        if mark_as_used:
            in_use[name_key] = i + 1
        if i > 0:
            base_name_key = name_key
            while name_key in in_use:
                name_key = f"{base_name_key}_{i}"
                i += 1
            if mark_as_used:
                in_use[name_key] = 1
            name = f"{name}_{i - 1}"
        return name, name_key

    def name_scope(self, name: str | None, kind: str = "op", call: str = "") -> _NameScope:
        """Graph.name_scope, recording who opened each new scope (entering yields the scope string)."""
        return _NameScope(self, name, kind, call)

    def _enter_scope(self, name: str | None, kind: str, call: str) -> str:
        """The work of entering a name scope; returns what `as` binds. The caller restores the stack."""
        if name:
            if not isinstance(name, str):
                # TF matches the name against its regex first, so `re` raises this TypeError.
                raise tf_type_error(f"expected string or bytes-like object, got '{type(name).__name__}'")
            if self.name_stack:
                if name not in _VALID_PIECES:
                    _match_scope_name(name, VALID_SCOPE_NAME, "scope", _VALID_PIECES)
            elif name not in _VALID_ROOTS:
                _match_scope_name(name, VALID_OP_NAME, "root scope", _VALID_ROOTS)
        if not name:
            self.name_stack = ""
            return ""
        if name[-1] == "/":
            self.name_stack = name[:-1]
            return name
        stack = self.name_stack
        wanted = (stack + "/" + name) if stack else name
        key = wanted.lower()
        if kind != "op":
            full, key = self._unique(wanted, key)
            self._record_scope(wanted, full, key, kind, call)
            self.name_stack = full
            return full + "/"
        # An op wrapper's own scope (one per op): _unique and _record_scope inlined.
        in_use = self.names_in_use
        i = in_use.get(key, 0)
        in_use[key] = i + 1
        full = wanted
        if i:
            base_key = key
            while key in in_use:
                key = f"{base_key}_{i}"
                i += 1
            in_use[key] = 1
            full = f"{wanted}_{i - 1}"
            self.uniquified_op_scopes.add(full)  # the op named by it takes the note
        runtime = self.state.runtime
        runtime.scopes_created += 1  # Runtime.count_scope, inlined (one per op)
        if runtime.scopes_created > runtime.max_ops:
            runtime.too_many_scopes()
        owners = self.name_owner
        site = self._scope_site = runtime.site()
        if key not in owners:
            owners[key] = ("op", full, site, True)
        self._scope_owned = full  # create_op: its lower-cased name has an owner already
        if stack and name in _VALID_PIECES:
            # A valid node-name prefix, "/", a valid piece without "\n" (and maybe "_<n>"): a valid
            # node name, which op_def_library's check then need not match again.
            valid = self._valid_stacks
            if stack in valid:
                self.valid_node_name = full
            elif _is_op_name(stack):
                valid.add(stack)
                self.valid_node_name = full
        self.name_stack = full
        return full + "/"

    def _record_scope(self, wanted: str, full: str, key: str, kind: str, call: str) -> None:
        """Remember who opened scope `full` (asked for as `wanted`; `key` is `full` lower-cased)."""
        runtime = self.state.runtime
        runtime.count_scope()  # bounded work: a loop of new scopes creates no ops
        site = runtime.site()
        if kind == "op":
            if full != wanted:
                self.uniquified_op_scopes.add(full)
        elif full not in self.scopes:
            notes = [self._uniquified_note(wanted, full)] if full != wanted else []
            self.scopes[full] = ScopeRecord(full, kind, site, notes, call, self.state.frame)
        owners = self.name_owner
        if key not in owners:
            owners[key] = (kind, full, site, True)

    def _uniquified_note(self, wanted: str, got: str) -> Note:
        owner = self.name_owner.get(wanted.lower())
        if owner is None:
            return Note("uniquified", {"got": got, "wanted": wanted})
        kind, name, site, is_scope = owner
        return Note("uniquified", {"got": got, "wanted": wanted, "owner_kind": kind,
                                   "owner": name + "/" if is_scope else name, "owner_line": site[-1].line})

    # -- ops --------------------------------------------------------------------------------

    def create_op(self, op_type: str, inputs: tuple[Tensor, ...], outputs: list[tuple[DType, TensorShape]],
                  name: str | None = None, attrs: dict[str, Any] | None = None, api: str = "",
                  checked_name: str | None = None, site: Any = None) -> Operation:
        """Graph._create_op_internal: name it (a trailing "/" means "use as-is"), validate, add.
        `checked_name`: the name to use as-is, which the caller already validated and found free;
        `site`: the current call site when the caller has it at hand (runtime.site())."""
        runtime = self.state.runtime
        runtime.ops_created += 1  # the ops bound and the deadline (Runtime.check_ops)
        guard = runtime.guard
        if runtime.ops_created > runtime.max_ops or guard is not None and guard.expired:
            runtime.check_ops()
        if not runtime.ops_created % OPS_PER_FREEZE and runtime.freeze_batches:
            runtime.freeze_young_objects()
        if self.finalized_:
            self.check_not_finalized()
        wanted = None  # set when the name is made unique here (not used as-is)
        key: str | None
        if checked_name is not None:
            name = checked_name
            # the op named by the scope just entered: that entered its owner already
            key = None if checked_name is self._scope_owned else checked_name.lower()
        elif name and name[-1] == "/":
            name = name[:-1]
            key = name.lower()
        else:
            if name is None:
                name = op_type
            stack = self.name_stack
            wanted = (stack + "/" + name) if stack else name
            name, key = self._unique(wanted, wanted.lower())
        by_name = self.by_name
        if checked_name is None:
            if not VALID_OP_NAME.match(name):
                raise tf_value_error(f"`{name}` is not a valid node name. Accepted names conform to Regex "
                                     f"/{VALID_OP_NAME!r}/")
            if name in by_name:
                # A name used as-is ("y/") is not uniquified, and unique_name does not know names taken
                # that way: TF's C layer refuses the second node (ops.py: _create_c_op).
                raise tf_value_error(f"Duplicate node name in graph: '{name}'")
        lineage = LINEAGE.get(op_type, 0)
        for t in inputs:
            lineage |= t._op.lineage
            if t._op._graph is not self:
                raise tf_value_error(
                    f"Tensor(\"{t.name}\", shape={t._shape}, dtype={t._dtype.name}) must be from the same "
                    f"graph as Tensor(\"{inputs[0].name}\", shape={inputs[0]._shape}, "
                    f"dtype={inputs[0]._dtype.name}).")
        if site is None:
            site = runtime.site()
        ops = self.ops
        op = Operation(self, name, op_type, inputs, attrs or _NO_ATTRS, site, len(ops), api, lineage)
        if len(outputs) == 1:
            dtype, shape = outputs[0]
            op._outputs = [Tensor(op, 0, dtype, shape)]
        else:
            op._outputs = [Tensor(op, i, dtype, shape) for i, (dtype, shape) in enumerate(outputs)]
        if wanted is None:
            uniquified = self.uniquified_op_scopes
            if name in uniquified:
                uniquified.discard(name)
                op._uniquified = True
        elif wanted != name:
            op._uniquified = True
        if self.control_stack:
            apply_control_dependencies(self.control_stack, op, inputs)
        if self.device_functions:
            apply_device_functions(self, op)
        elif self.device_scope:
            op._device = self.device_scope
        if self.colocation_stack or self.attr_scope:
            apply_colocation(self, op)
        ops.append(op)
        by_name[name] = op
        if key is not None:
            owners = self.name_owner
            if key not in owners:  # usually taken already, by the op's own name scope
                owners[key] = ("op", name, site, False)
        if self._control_flow_used:
            control_flow_post_processing(op, inputs)
        return op

    def __repr__(self) -> str:
        return f"<tf.Graph #{self.index}>"
