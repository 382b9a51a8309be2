"""Resource variables in graph mode (resource_variable_ops.py ResourceVariable._init_from_args),
what tf-keras layers make for their weights and `tf.Variable(..., use_resource=True)` builds.

`ResourceVariable(init_fn, name="kernel")` opens name scope `kernel/` and builds, in TF's order,
`kernel/Initializer/...` (the initial value), `kernel` (VarHandleOp, shared_name "kernel"),
`kernel/IsInitialized/VarIsInitializedOp`, `kernel/Assign` (AssignVariableOp) and
`kernel/Read/ReadVariableOp` (its graph element). Every later use of the variable as a tensor
reads it again: a `ReadVariableOp` in the scope of the op that converts it (`dense/MatMul/
ReadVariableOp`), which is why a Keras graph has one read per use.
"""

from __future__ import annotations

from scopecli.engine.framework.colocation import attr_scope, colocated_with, init_scope_devices
from scopecli.engine.framework.device_spec import placed_in
from scopecli.engine.framework.graph import Operation, Tensor, TensorConvertible
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape, as_shape
from scopecli.engine.ops.variables import (
    GLOBAL_VARIABLES,
    TRAINABLE_VARIABLES,
    Variable,
    _depends_on_random,
    guard_uninitialized,
)
from scopecli.errors import tf_value_error
from scopecli.model import attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.dtypes import DType
    from scopecli.engine.framework.state import TFState


class ResourceVariable(Variable):
    """A resource variable: `variable_op` is its VarHandleOp, `snapshot` its graph element
    (`<name>/Read/ReadVariableOp`); converting it to a tensor builds a new ReadVariableOp."""

    TYPE_NAME = "ResourceVariable"

    @attribute
    def dtype(self) -> DType:
        return self.variable_op.attrs["dtype"]

    @attribute
    def shape(self) -> TensorShape:
        return self.variable_op.attrs["shape"]

    @attribute
    def handle(self) -> Tensor:
        return self.variable_op._outputs[0]

    @method
    def value(self) -> Tensor:
        """ResourceVariable.value: a read outside any colocation (and so any device scope)."""
        with colocated_with(self.state.graph, None, True):
            return read_variable_op(self.state, self.handle, self.dtype)

    @method
    def is_initialized(self, name: Any = None) -> Tensor:
        return apply_op(self.state, "VarIsInitializedOp", name, resource=self.handle)._outputs[0]

    @method
    def read_value(self) -> Tensor:
        from scopecli.engine.ops.array_shape_ops import identity

        with self.state.graph.name_scope("Read"):
            value = read_variable_op(self.state, self.handle, self.dtype)
        return identity(self.state, value)

    def _update(self, op_type: str, value: Any, name: Any, read_value: bool) -> Any:
        """assign / assign_add / assign_sub: the *VariableOp on the handle; with read_value a
        read made after it (TF's _UnreadVariable graph element)."""
        from scopecli.engine.ops_core import convert_to_tensor

        state = self.state
        value_tensor = convert_to_tensor(state, value, self.dtype)
        if op_type == "Assign":
            if not self.shape.is_compatible_with(value_tensor._shape):
                raise tf_value_error(f"Cannot assign value to variable ' {self.name}': Shape mismatch.The "
                                     f"variable shape {self.shape}, and the assigned value shape "
                                     f"{value_tensor._shape} are incompatible.")
            op = apply_op(state, "AssignVariableOp", name, resource=self.handle, value=value_tensor,
                          validate_shape=self.shape.is_fully_defined())
        else:
            op = apply_op(state, op_type + "VariableOp", name, resource=self.handle, value=value_tensor)
        op.variable = self
        op.api = f"Variable.{_METHODS[op_type]}"
        return UnreadVariable(self, op) if read_value else op

    def to_tensor(self, as_ref: bool = False) -> Tensor:
        """_dense_var_to_tensor: a new read (as_ref: the handle, what tf.gradients differentiates)."""
        return self.handle if as_ref else self.value()

    def graph_element(self) -> Tensor:
        """Graph.as_graph_element(variable): what `sess.run(variable)` fetches."""
        return self.snapshot

    def __bool__(self) -> bool:
        return bool(self.snapshot)


class UnreadVariable(ResourceVariable):
    """_UnreadVariable: what `v.assign(...)` returns; every read of it (and its graph element,
    built at once) runs after the assignment `parent_op`; it is named after that op."""

    TYPE_NAME = "_UnreadVariable"

    def __init__(self, parent: ResourceVariable, parent_op: Operation):
        self.parent_op = parent_op
        with parent.state.graph.control_dependencies([parent_op]):
            element = read_variable_op(parent.state, parent.handle, parent.dtype)
        super().__init__(parent.state, parent.variable_op, parent.initial_value_, parent.initializer_op,
                         element, parent.trainable_, parent.created_by)

    @attribute
    def name(self) -> str:
        return self.parent_op._name

    @method
    def value(self) -> Tensor:
        with self.state.graph.control_dependencies([self.parent_op]):
            return read_variable_op(self.state, self.handle, self.dtype)

    @method
    def read_value(self) -> Tensor:
        return self.value()

    def _update(self, op_type: str, value: Any, name: Any, read_value: bool) -> Any:
        with self.state.graph.control_dependencies([self.parent_op]):
            return super()._update(op_type, value, name, read_value)


_METHODS = {"Assign": "assign", "AssignAdd": "assign_add", "AssignSub": "assign_sub"}


def _read_first(dunder: str) -> Any:
    """variables._OverloadOperator: `v * 2` reads `v.value()` first, in the caller's scope (a
    `ReadVariableOp` beside `mul`, not inside it), then applies the tensor's operator."""

    def op(self: ResourceVariable, *other: Any) -> Any:
        return getattr(self.value(), dunder)(*other)

    op.__name__ = dunder
    return op


for _name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "and", "or", "xor"):
    for _dunder in (f"__{_name}__", f"__r{_name}__"):
        setattr(ResourceVariable, _dunder, _read_first(_dunder))
for _dunder in ("__neg__", "__abs__", "__invert__", "__lt__", "__le__", "__gt__", "__ge__"):
    setattr(ResourceVariable, _dunder, _read_first(_dunder))


def read_variable_op(state: TFState, handle: Tensor, dtype: DType, name: Any = None) -> Tensor:
    return apply_op(state, "ReadVariableOp", name, resource=handle, dtype=dtype)._outputs[0]


def resource_gather(state: TFState, variable: ResourceVariable, indices: Any, name: Any = None) -> Tensor:
    """ResourceVariable.sparse_read (what array_ops.gather does with a resource variable)."""
    return apply_op(state, "ResourceGather", name, resource=variable.handle, indices=indices,
                    dtype=variable.dtype)._outputs[0]


def _gather_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """ResourceGather (batch_dims 0): the indices' shape, then the variable's without its first."""
    params, indices = _handle_shape(inputs[0]), inputs[1]._shape
    if params.dims_ is None or indices.dims_ is None:
        return [TensorShape(None)]
    return [TensorShape.known((*indices.dims_, *params.dims_[1:]))]


register_shape("ResourceGather", _gather_shape)


def _handle_shape(handle: Tensor) -> TensorShape:
    """The variable's shape, as the handle data a VarHandleOp carries gives it to its readers."""
    op = handle._op
    return op.attrs["shape"] if op._type == "VarHandleOp" else TensorShape(None)


register_shape("VarHandleOp", lambda name, inputs, attrs: [TensorShape.known(())])
register_shape("VarIsInitializedOp", lambda name, inputs, attrs: [TensorShape.known(())])
register_shape("ReadVariableOp", lambda name, inputs, attrs: [_handle_shape(inputs[0])])
for _op_type in ("AssignVariableOp", "AssignAddVariableOp", "AssignSubVariableOp",
                 "ResourceApplyGradientDescent", "ResourceApplyAdam", "ResourceApplyMomentum",
                 "ResourceApplyRMSProp", "ResourceApplyCenteredRMSProp"):
    register_shape(_op_type, lambda name, inputs, attrs: [])


def make_resource_variable(state: TFState, initial_value: Any = None, trainable: Any = None,
                           collections: Any = None, validate_shape: bool = True, name: Any = None,
                           dtype: Any = None, shape: Any = None,
                           created_by: str = "tf.Variable") -> ResourceVariable:
    """ResourceVariable._init_from_args in graph mode, op for op."""
    from scopecli.engine.ops_core import convert_to_tensor

    state.runtime.count_variable()  # bounded work, as for a reference variable
    if initial_value is None:
        raise tf_value_error("The `initial_value` arg to `tf.Variable` must be specified except when you "
                             "are not providing a `variable_def`. You provided neither.")
    trainable = True if trainable is None else bool(trainable)
    collections = [GLOBAL_VARIABLES] if collections is None else collections
    if not isinstance(collections, (list, tuple, set)):
        raise tf_value_error(f"collections argument to Variable constructor must be a list, tuple, or set. "
                             f"Got {collections} of type {type(collections).__name__}")
    collections = list(collections)
    if trainable and TRAINABLE_VARIABLES not in collections:
        collections.append(TRAINABLE_VARIABLES)
    from_fn = callable(initial_value) and not isinstance(initial_value, (Tensor, TensorConvertible))
    graph = state.graph
    with init_scope_devices(graph), \
            name_scope(state, name, "Variable", [] if from_fn else [initial_value]) as scope:
        handle_name = scope[:-1] if scope.endswith("/") else scope
        # attr_scope({"_class": loc:@<handle>}) and device(None): "simulate colocate_with" for the
        # initial value's ops, as ResourceVariable._init_from_args does.
        with attr_scope(graph, {"_class": [f"loc:@{handle_name}".encode()]}), placed_in(graph, None), \
                graph.name_scope("Initializer"):
            value = initial_value() if from_fn else initial_value
            init_tensor = convert_to_tensor(state, value, dtype, name="initial_value")
        if shape is not None:
            var_shape = as_shape(shape)
            if not init_tensor._shape.is_compatible_with(var_shape):
                raise tf_value_error(f"In this `tf.Variable` creation, the initial value's shape "
                                     f"({init_tensor._shape}) is not compatible with the explicitly "
                                     f"supplied `shape` argument ({var_shape}).")
        else:
            var_shape = init_tensor._shape if validate_shape else TensorShape(None)
        base = init_tensor._dtype.base_dtype
        handle_op = apply_op(state, "VarHandleOp", scope or None, shape=var_shape, dtype=base,
                             shared_name=handle_name, debug_name=scope, container="")
        handle = handle_op._outputs[0]
        with graph.name_scope("IsInitialized"):
            is_initialized = apply_op(state, "VarIsInitializedOp", None, resource=handle)
        # ops.name_scope("Assign"), colocate_with(None, ignore_existing=True), device(handle.device)
        with graph.name_scope("Assign") as assign_scope, colocated_with(graph, None, True), \
                placed_in(graph, handle_op._device or None):
            guarded = guard_uninitialized(state, scope, init_tensor)
            initializer = apply_op(state, "AssignVariableOp", assign_scope, resource=handle, value=guarded)
        with graph.name_scope("Read"):
            graph_element = read_variable_op(state, handle, base)
    variable = ResourceVariable(state, handle_op, init_tensor, initializer, graph_element, trainable,
                                created_by)
    variable.random_init = _depends_on_random(init_tensor)
    for op in (handle_op, is_initialized, initializer, graph_element._op):
        op.variable = variable
    if init_tensor._op._name.startswith(handle_op._name + "/"):
        init_tensor._op.variable = variable
    variable.notes.extend(handle_op.notes)
    graph.variables.append(variable)
    for key in collections:
        graph.collections.setdefault(str(key), []).append(variable)
    return variable


def is_resource_variable(value: Any) -> bool:
    return isinstance(value, ResourceVariable)


def variable_of(op: Operation) -> ResourceVariable | None:
    """The resource variable whose handle `op` is (None for any other op)."""
    found = getattr(op, "variable", None)
    return found if isinstance(found, ResourceVariable) and found.variable_op is op else None

