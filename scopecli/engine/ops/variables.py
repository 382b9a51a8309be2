"""tf.Variable as TF1 builds it (RefVariable._init_from_args): four ops and the collections.

`tf.Variable(1.0, name="v")` opens name scope `v/` (uniquified: `v_1/` when taken) and builds
`v/initial_value` (Const), `v` (VariableV2), `v/Assign`, `v/read` (Identity). With a callable
initial value (what get_variable passes) the value is built under `v/Initializer/` instead.
"""

from __future__ import annotations

from scopecli.engine.framework import common_shapes as sf
from scopecli.engine.framework.colocation import attr_scope, colocated_with, init_scope_devices
from scopecli.engine.framework.control_dependencies import controlled_in
from scopecli.engine.framework.device_spec import placed_in
from scopecli.engine.framework.dtypes import DType
from scopecli.engine.framework.graph import (
    LINEAGE_RANDOM,
    Operation,
    Tensor,
    TensorConvertible,
)
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.notes import Note
from scopecli.engine.framework.op_def_library import apply_op as new_apply_op
from scopecli.engine.framework.op_def_library import shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape, as_shape
from scopecli.engine.ops.array_shape_ops import identity
from scopecli.engine.ops.variable_creator import call_creators
from scopecli.engine.ops.variable_enums import validate_synchronization_aggregation_trainable
from scopecli.engine.ops.variable_guard import GLOBAL_VARIABLES, guard_uninitialized, initialized_value
from scopecli.engine.ops.variable_guard import LOCAL_VARIABLES as LOCAL_VARIABLES  # re-exported
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import SourcePos, tf_value_error
from scopecli.model import attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

TRAINABLE_VARIABLES = "trainable_variables"


class Variable(TensorConvertible):
    """A reference variable; `created_by` is "tf.Variable" or "get_variable"."""

    TYPE_NAME = "RefVariable"

    def __init__(self, state: TFState, variable_op: Operation, initial_value: Tensor,
                 initializer_op: Operation, snapshot: Tensor, trainable: bool, created_by: str):
        self.state = state
        self.variable_op = variable_op
        self.initial_value_ = initial_value
        self.initializer_op = initializer_op
        self.snapshot = snapshot
        self.trainable_ = trainable
        self.created_by = created_by
        self.site: tuple[SourcePos, ...] = variable_op.site
        self.notes: list[Note] = []
        self.reused_at: list[tuple[SourcePos, ...]] = []
        self.store_name: str | None = None  # the name get_variable keys it by ("foo/v")
        self.random_init = False  # True when its initial value comes from a random op
        self.initializer_kind = "value"  # "default glorot_uniform", "zeros", "value" ...
        self.constraint_: Any = None
        self.synchronization_: Any = None  # the enum members variable_enums validated
        self.aggregation_: Any = None
        self.save_slice_info: Any = None  # a shard of a PartitionedVariable: where it sits in the whole

    # -- what scenario code sees --------------------------------------------------------------------

    @attribute
    def name(self) -> str:
        return self.variable_op._outputs[0].name

    @attribute
    def op(self) -> Operation:
        return self.variable_op

    @attribute
    def dtype(self) -> DType:
        return self.variable_op._outputs[0]._dtype

    @attribute
    def shape(self) -> TensorShape:
        return self.variable_op._outputs[0]._shape

    @attribute
    def graph(self) -> Any:
        return self.variable_op._graph

    @attribute
    def initializer(self) -> Operation:
        return self.initializer_op

    @attribute
    def initial_value(self) -> Tensor:
        return self.initial_value_

    @attribute
    def trainable(self) -> bool:
        return self.trainable_

    @attribute
    def device(self) -> str:
        return self.variable_op._device

    @attribute
    def constraint(self) -> Any:
        return self.constraint_

    @attribute
    def synchronization(self) -> Any:
        return self.synchronization_

    @attribute
    def aggregation(self) -> Any:
        return self.aggregation_

    @method
    def get_shape(self) -> TensorShape:
        return self.shape

    @method
    def value(self) -> Tensor:
        return self.snapshot

    @method
    def read_value(self) -> Tensor:

        return identity(self.state, self.variable_op._outputs[0], name="read")

    @method
    def initialized_value(self) -> Tensor:
        return initialized_value(self)

    @method
    def eval(self, session: Any = None) -> Any:
        return self.state.run_in_default_session(self, None, session)

    @method
    def assign(self, value: Any, use_locking: Any = None, name: Any = None, read_value: bool = True) -> Any:
        return self._update("Assign", value, name, read_value)

    @method
    def assign_add(self, delta: Any, use_locking: Any = None, name: Any = None,
                   read_value: bool = True) -> Any:
        return self._update("AssignAdd", delta, name, read_value)

    @method
    def assign_sub(self, delta: Any, use_locking: Any = None, name: Any = None,
                   read_value: bool = True) -> Any:
        return self._update("AssignSub", delta, name, read_value)

    @method
    def count_up_to(self, limit: Any) -> Any:
        from scopecli.engine.ops.count_up_to_ops import variable_count_up_to

        return variable_count_up_to(self.state, self, limit)

    @method
    def load(self, value: Any, session: Any = None) -> None:
        from scopecli.engine.ops_core import to_numpy

        session = session or (self.state.session_stack[-1] if self.state.session_stack else None)
        if session is None:
            raise tf_value_error("Either session argument should be provided or default session should be "
                                 "established")
        if not hasattr(session, "load_variable"):
            session.run  # noqa: B018 - TF calls session.run: its AttributeError for a non-session
        session.load_variable(self, to_numpy(self.state, value, self.dtype.base_dtype))

    def _update(self, op_type: str, value: Any, name: Any, read_value: bool) -> Any:
        op = assign_op(self.state, op_type, self.variable_op._outputs[0], value, name)
        op.variable = self
        # A method call the user made (`v.assign(5)`), so the op is public, like a tf.* call's.
        op.api = f"Variable.{_METHODS[op_type]}"
        return op._outputs[0] if read_value else op

    def to_tensor(self, as_ref: bool = False) -> Tensor:
        return self.variable_op._outputs[0] if as_ref else self.snapshot

    def _as_graph_element(self) -> Tensor:
        """What tf.control_dependencies takes the op of: RefVariable._as_graph_element is the
        variable's ref (`v`, not `v/read`); a resource variable gives its handle op (`c.op`)."""
        return self.variable_op._outputs[0]

    def __repr__(self) -> str:
        return f"<tf.Variable '{self.name}' shape={self.shape} dtype={self.dtype.name}>"

    # compared and hashed by identity, as TF1's RefVariable: object's own __eq__/__hash__

    def __bool__(self) -> bool:
        return bool(self.snapshot)

    def __iter__(self) -> Any:
        return iter(self.snapshot)

    def __format__(self, spec: str) -> str:
        return format(repr(self), spec)


_METHODS = {"Assign": "assign", "AssignAdd": "assign_add", "AssignSub": "assign_sub"}


def assign_op(state: TFState, op_type: str, ref: Tensor, value: Any, name: Any,
              validate_shape: bool | None = None, use_locking: bool | None = False) -> Operation:
    """gen_state_ops.assign / assign_add / assign_sub: the op's output is the ref. None leaves an
    attr to its OpDef default (use_locking: true for Assign, false for AssignAdd/Sub)."""
    attrs: dict[str, Any] = {} if use_locking is None else {"use_locking": use_locking}
    if op_type == "Assign" and validate_shape is not None:
        attrs["validate_shape"] = validate_shape
    return new_apply_op(state, op_type, name, ref=ref, value=value, **attrs)


@shape_fn("Assign")
def _assign_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Assign merges the two shapes (state_ops.cc); without validate_shape it takes the value's."""
    target, new = inputs[0]._shape, inputs[1]._shape
    if not attrs["validate_shape"]:
        return [new]
    if not target.is_compatible_with(new):
        raise shape_error(sf.merge_error(target, new), name, "Assign", attrs, inputs)
    return [target]


register_shape("AssignAdd", lambda name, inputs, attrs: [inputs[0]._shape])
register_shape("AssignSub", lambda name, inputs, attrs: [inputs[0]._shape])
register_shape("VariableV2", lambda name, inputs, attrs: [attrs["shape"]])
register_shape("IsVariableInitialized", lambda name, inputs, attrs: [TensorShape.known(())])

# The module of resource_variable_ops.make_resource_variable, looked up when first needed (its
# ResourceVariable subclasses Variable, so this module cannot import it without a cycle).
_RESOURCE_VARIABLE_OPS = "scopecli.engine.ops.resource_variable_ops"


def make_variable(state: TFState, initial_value: Any = None, trainable: Any = None, collections: Any = None,
                  validate_shape: bool = True, caching_device: Any = None, name: Any = None,
                  variable_def: Any = None, dtype: Any = None, expected_shape: Any = None,
                  import_scope: Any = None, constraint: Any = None, use_resource: Any = None,
                  synchronization: Any = None, aggregation: Any = None, shape: Any = None,
                  created_by: str = "tf.Variable") -> Variable:
    """VariableV1(...): through the graph's variable creators (tf.variable_creator_scope), innermost
    first, down to the default creator, RefVariable._init_from_args (use_resource: ResourceVariable's)."""
    if state.graph.variable_creator_stack:
        return call_creators(state, default_variable_creator, created_by, dict(
            initial_value=initial_value, trainable=trainable, collections=collections,
            validate_shape=validate_shape, caching_device=caching_device, name=name,
            variable_def=variable_def, dtype=dtype, expected_shape=expected_shape, import_scope=import_scope,
            constraint=constraint,
            use_resource=use_resource, synchronization=synchronization, aggregation=aggregation, shape=shape))
    return default_variable_creator(state, initial_value, trainable, collections, validate_shape,
                                    caching_device, name, dtype=dtype, constraint=constraint,
                                    use_resource=use_resource,
                                    synchronization=synchronization, aggregation=aggregation, shape=shape,
                                    created_by=created_by)


def default_variable_creator(state: TFState, initial_value: Any = None, trainable: Any = None,
                             collections: Any = None, validate_shape: bool = True, caching_device: Any = None,
                             name: Any = None, variable_def: Any = None, dtype: Any = None,
                             expected_shape: Any = None, import_scope: Any = None, constraint: Any = None,
                             use_resource: Any = None, synchronization: Any = None, aggregation: Any = None,
                             shape: Any = None, created_by: str = "tf.Variable") -> Variable:
    """variable_v1.default_variable_creator: RefVariable._init_from_args, op for op; a resource
    variable when asked, else when the variable scope or the global toggle says so."""
    if use_resource is None:
        store = state.graph.var_scope_store
        use_resource = store.current_scope.use_resource_ if store is not None else None
        if use_resource is None:
            use_resource = state.default_use_resource
    if use_resource:
        import importlib

        make = importlib.import_module(_RESOURCE_VARIABLE_OPS).make_resource_variable
        return make(state, initial_value, trainable, collections, validate_shape, name, dtype, shape,
                    created_by)
    state.runtime.count_variable()  # bounded work: a variable costs about ten ops' bookkeeping
    if initial_value is None:
        raise tf_value_error("initial_value must be specified.")
    synchronization, aggregation, trainable = validate_synchronization_aggregation_trainable(
        synchronization, aggregation, trainable, name)
    if collections is None:
        collections = [GLOBAL_VARIABLES]
    if not isinstance(collections, (list, tuple, set)):
        raise tf_value_error(f"collections argument to Variable constructor must be a list, tuple, or set. "
                             f"Got {collections} of type {type(collections).__name__}")
    collections = list(collections)
    if trainable and TRAINABLE_VARIABLES not in collections:
        collections.append(TRAINABLE_VARIABLES)
    # ops.init_scope: a variable is made outside any while body or cond branch and outside any
    # tf.control_dependencies (TF clears both for the variable's ops: they never run per
    # iteration, and initializing it never waits for, say, batch norm's update ops).
    with controlled_in(state.graph, None), init_scope_devices(state.graph):
        variable = _make_variable(state, initial_value, trainable, collections, validate_shape, name, dtype,
                                  shape, created_by, caching_device)
    variable.constraint_ = constraint
    variable.synchronization_, variable.aggregation_ = synchronization, aggregation
    return variable


def _make_variable(state: TFState, initial_value: Any, trainable: Any, collections: list[Any],
                   validate_shape: bool, name: Any, dtype: Any, shape: Any, created_by: str,
                   caching_device: Any = None) -> Variable:
    from_fn = callable(initial_value) and not isinstance(initial_value, (Tensor, TensorConvertible))
    static_shape = as_shape(shape) if shape is not None else None
    # (default_variable_creator entered ops.init_scope's empty control dependencies already)
    with _scope(state, name, "Variable", [] if from_fn else [initial_value]) as scope:
        graph = state.graph
        if from_fn:
            # RefVariable._init_from_args: `ops.name_scope("Initializer"), ops.device(None)`, so a
            # get_variable under tf.device places the variable but not its initializer ops.
            # ...and `_attr_scope({"_class": loc:@<name>})`: the initializer ops join its group.
            with attr_scope(graph, {"_class": [f"loc:@{scope[:-1]}".encode()]}), placed_in(graph, None), \
                    graph.name_scope("Initializer"):
                value = initial_value()
                init_tensor = convert_to_tensor(state, value, dtype, name="initial_value")
        else:
            init_tensor = convert_to_tensor(state, initial_value, dtype, name="initial_value")
        var_shape = static_shape if static_shape is not None else (
            init_tensor._shape if validate_shape else TensorShape(None))
        base = init_tensor._dtype.base_dtype
        # name="" opens the root scope ""; _apply_op_helper then names the op by its type
        variable_op = new_apply_op(state, "VariableV2", scope or None, shape=var_shape, dtype=base)
        if validate_shape and not init_tensor._shape.is_fully_defined():
            raise tf_value_error(f"initial_value must have a shape specified: {init_tensor}")
        guarded = guard_uninitialized(state, scope, init_tensor)
        # The Assign reads `guarded` as in TF (the evaluator runs its Switch/Merge guards).
        initializer = assign_op(state, "Assign", variable_op._outputs[0], guarded, None, validate_shape,
                                use_locking=None)
        if guarded is not init_tensor:
            initializer.add_note(Note("guarded_initial_value", {"tensor": guarded.name}))
        if caching_device is None:  # colocate_with(the variable): its group and device
            with colocated_with(graph, variable_op):
                snapshot = identity(state, variable_op._outputs[0], name="read")
        else:
            snapshot = _cached_read(state, variable_op, caching_device)
    variable = Variable(state, variable_op, init_tensor, initializer, snapshot, bool(trainable), created_by)
    variable.random_init = _depends_on_random(init_tensor)
    for op in (variable_op, initializer, snapshot._op):
        op.variable = variable
    if init_tensor._op._name.startswith(variable_op._name + "/"):
        init_tensor._op.variable = variable
    graph = variable_op._graph
    if scope:  # the op is named by the variable's scope, so its notes are the scope's
        variable.notes.extend(variable_op.notes)
    graph.variables.append(variable)
    for key in collections:
        graph.collections.setdefault(str(key), []).append(variable)
    return variable


def _cached_read(state: TFState, variable_op: Operation, caching_device: Any) -> Tensor:
    """RefVariable: `with ops.device(caching_device): identity(variable, name="read")` (a device
    function is called with the new op, as any device function is)."""
    with placed_in(state.graph, caching_device):
        return identity(state, variable_op._outputs[0], name="read")


def _depends_on_random(tensor: Tensor) -> bool:
    return bool(tensor._op.lineage & LINEAGE_RANDOM)
