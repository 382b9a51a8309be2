"""tf.train.Optimizer (training/optimizer.py) and GradientDescentOptimizer, for ref variables:
compute_gradients (tf.gradients with gate_gradients for GATE_OP, tuple for GATE_GRAPH),
apply_gradients (`<name>/` scope, `_prepare`, one `update_<var op name>` scope per variable,
`_finish` group, the global step's AssignAdd, the TRAIN_OP collection) and minimize."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import control_flow_ops as cf
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops.variables import Variable
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.engine.train.slot_creator import create_slot, create_slot_with_initializer, create_zeros_slot
from scopecli.errors import InputError, ScenarioError, tf_type_error, tf_value_error
from scopecli.model import Exposed, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

GATE_NONE, GATE_OP, GATE_GRAPH = 0, 1, 2
_VALID_DTYPES = ("float16", "bfloat16", "float32", "float64")


def _flatten(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return [item for v in value for item in _flatten(v)]
    if isinstance(value, dict):
        return [item for key in sorted(value) for item in _flatten(value[key])]
    return [value]


class Optimizer(Exposed):
    """optimizer.Optimizer: subclasses give `_prepare`, `_create_slots` and `_apply_dense`."""

    TYPE_NAME = "Optimizer"

    def __init__(self, state: TFState, use_locking: Any, name: Any):
        if not name:
            raise tf_value_error("Must specify the optimizer name")
        self.state = state
        self._use_locking = bool(use_locking)
        self._name = name
        self._slots: dict[str, dict[Any, Variable]] = {}
        self._non_slot_dict: dict[Any, Variable] = {}

    @method
    def get_name(self) -> str:
        return self._name

    @method
    def minimize(self, loss: Any, global_step: Any = None, var_list: Any = None,
                 gate_gradients: Any = GATE_OP, aggregation_method: Any = None,
                 colocate_gradients_with_ops: Any = False, name: Any = None,
                 grad_loss: Any = None) -> Operation:
        grads_and_vars = self.compute_gradients(
            loss, var_list=var_list, gate_gradients=gate_gradients, aggregation_method=aggregation_method,
            colocate_gradients_with_ops=colocate_gradients_with_ops, grad_loss=grad_loss)
        if not [v for g, v in grads_and_vars if g is not None]:
            names = [str(v) for _, v in grads_and_vars]
            raise tf_value_error("No gradients provided for any variable, check your graph for ops that do "
                                 f"not support gradients, between variables {names} and loss {loss}.")
        return self.apply_gradients(grads_and_vars, global_step=global_step, name=name)

    @method
    def compute_gradients(self, loss: Any, var_list: Any = None, gate_gradients: Any = GATE_OP,
                          aggregation_method: Any = None, colocate_gradients_with_ops: Any = False,
                          grad_loss: Any = None) -> list[tuple[Any, Any]]:
        from scopecli.engine.gradients_util import control_flow_tuple, gradients

        if gate_gradients not in (GATE_NONE, GATE_OP, GATE_GRAPH):
            raise tf_value_error("gate_gradients must be one of: Optimizer.GATE_NONE, Optimizer.GATE_OP, "
                                 f"Optimizer.GATE_GRAPH.  Not {gate_gradients}")
        if not isinstance(loss, Tensor):
            loss = convert_to_tensor(self.state, loss)
        self._assert_valid_dtypes([loss])
        if grad_loss is not None:
            self._assert_valid_dtypes([grad_loss])
        graph = self.state.graph
        if var_list is None:
            var_list = list(graph.get_collection("trainable_variables")) + list(
                graph.get_collection("trainable_resource_variables"))
        else:
            var_list = _flatten(var_list)
        if not var_list:
            raise tf_value_error("No variables to optimize.")
        for v in var_list:
            if not isinstance(v, (Variable, Tensor)):
                raise tf_type_error(f"('Trying to optimize unsupported type ', {v!r})")
        var_refs = [v.to_tensor(as_ref=True) if isinstance(v, Variable) else v for v in var_list]
        grads = gradients(self.state, loss, var_refs, grad_ys=grad_loss,
                          gate_gradients=gate_gradients == GATE_OP, aggregation_method=aggregation_method,
                          colocate_gradients_with_ops=colocate_gradients_with_ops)
        if gate_gradients == GATE_GRAPH:
            grads = control_flow_tuple(self.state, grads)
        grads_and_vars = list(zip(grads, var_list, strict=True))
        self._assert_valid_dtypes([v for g, v in grads_and_vars if g is not None])
        return grads_and_vars

    @method
    def apply_gradients(self, grads_and_vars: Any, global_step: Any = None, name: Any = None) -> Any:
        from scopecli.engine.framework.colocation import colocated_with
        from scopecli.engine.framework.name_scope import name_scope

        pairs = [tuple(pair) for pair in grads_and_vars]
        if not pairs:
            raise tf_value_error("No variables provided.")
        from scopecli.engine.grads.indexed_slices import IndexedSlices

        converted: list[tuple[Any, Any]] = []
        for g, v in pairs:
            if g is not None and not isinstance(g, IndexedSlices):  # convert_to_tensor_or_indexed_slices
                g = convert_to_tensor(self.state, g)
            if not isinstance(v, Variable):
                raise tf_type_error(f"('Trying to optimize unsupported type ', {v!r})")
            converted.append((g, v))
        var_list = [v for g, v in converted if g is not None]
        if not var_list:
            raise tf_value_error(f"No gradients provided for any variable: {[str(v) for _, v in converted]}.")
        graph = self.state.graph
        # ops.init_scope keeps the caller's name scope: non-slot variables (`beta1_power`) are
        # made inside it; slots go through get_variable, which resets the name scope itself
        self._create_slots(var_list)
        update_ops: list[Operation] = []
        with name_scope(self.state, name, self._name, []) as scope:
            self._prepare()
            for grad, var in converted:
                if grad is None:
                    continue
                # "We colocate all ops created in _apply_dense or _apply_sparse" with the variable
                with graph.name_scope("update_" + var.op.name), colocated_with(graph, var):
                    # _RefVariableProcessor.update_op
                    if isinstance(grad, IndexedSlices):
                        if var.variable_op._type == "VarHandleOp":  # _DenseResourceVariableProcessor
                            raise InputError(f"sparse (IndexedSlices) updates of the resource variable "
                                             f"{var.op.name} (a Keras Embedding, a resource embedding "
                                             f"lookup) by {self._name} are not supported by scopecli yet")
                        if var.constraint_ is not None:
                            raise ScenarioError("RuntimeError",
                                                "Cannot use a constraint function on a sparse variable.")
                        update_ops.append(self._apply_sparse_duplicate_indices(grad, var))
                    else:
                        update_ops.append(self._constrained(self._apply_dense(grad, var), var))
            if global_step is None:
                apply_updates: Any = self._finish(update_ops, scope)
            else:
                from scopecli.engine.backprop_util import control_dependencies
                from scopecli.engine.ops.variables import assign_op

                finish = self._finish(update_ops, "update")
                with control_dependencies(self.state, [finish]), colocated_with(graph, global_step):
                    step = global_step.to_tensor(as_ref=True)
                    apply_updates = assign_op(self.state, "AssignAdd", step, 1, scope)
            if isinstance(apply_updates, Tensor):
                apply_updates = apply_updates._op
            train_op = graph.get_collection_ref("train_op")
            if apply_updates not in train_op:
                train_op.append(apply_updates)
            return apply_updates

    @method
    def get_slot(self, var: Any, name: Any) -> Any:
        return self._slots.get(name, {}).get(var)

    @method
    def get_slot_names(self) -> list[str]:
        return sorted(self._slots)

    @method
    def variables(self) -> list[Any]:
        """Optimizer.variables: its non-slot and slot variables of the default graph, by name."""
        graph = self.state.graph
        found = [v for v in self._non_slot_dict.values() if v.variable_op._graph is graph]
        found += [v for slots in self._slots.values() for v in slots.values()
                  if v.variable_op._graph is graph]
        return sorted(found, key=lambda v: v.name)

    def _zeros_slot(self, var: Variable, slot_name: str, op_name: str | None = None) -> Variable:
        named = self._slots.setdefault(slot_name, {})
        if var not in named:
            named[var] = create_zeros_slot(self.state, var, op_name or self._name)
        return named[var]

    def _slot_with_initializer(self, var: Variable, initializer: Any, slot_name: str,
                               op_name: str | None = None) -> Variable:
        """_get_or_make_slot_with_initializer."""
        named = self._slots.setdefault(slot_name, {})
        if var not in named:
            named[var] = create_slot_with_initializer(self.state, var, initializer, op_name or self._name)
        return named[var]

    def _get_or_make_slot(self, var: Variable, val: Tensor, slot_name: str) -> Variable:
        """_get_or_make_slot: a slot whose initial value is the tensor `val`."""
        named = self._slots.setdefault(slot_name, {})
        if var not in named:
            named[var] = create_slot(self.state, var, val, self._name)
        return named[var]

    # -- what subclasses give -------------------------------------------------------------------------

    def _create_slots(self, var_list: list[Variable]) -> None:
        return None

    def _prepare(self) -> None:
        return None

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        raise NotImplementedError

    def _apply_sparse_duplicate_indices(self, grad: Any, var: Variable) -> Operation:
        """The duplicate indices summed (_deduplicate_indexed_slices: Unique, then
        UnsortedSegmentSum over shape(unique)[0] segments), then `_apply_sparse`."""
        from scopecli.engine.grads.indexed_slices import IndexedSlices
        from scopecli.engine.ops.tensor_getitem_override import getitem

        unique_indices, new_index_positions = gen.op("Unique")(self.state, grad.indices)
        summed_values = gen.op("UnsortedSegmentSum")(self.state, grad.values, new_index_positions,
                                                     getitem(shape_ops.shape(self.state, unique_indices), 0))
        return self._apply_sparse(IndexedSlices(self.state, summed_values, unique_indices, grad.dense_shape),
                                  var)

    def _apply_sparse(self, grad: Any, var: Variable) -> Operation:
        from scopecli.errors import InputError

        raise InputError(f"sparse (IndexedSlices) updates of {self._name} are not supported by scopecli yet")

    def _constrained(self, update: Any, var: Any) -> Any:
        """_RefVariableProcessor / _DenseResourceVariableProcessor.update_op: with a constraint,
        the variable is then assigned its constraint's value, after the update."""
        if var.constraint_ is None:
            return update
        from scopecli.engine.backprop_util import control_dependencies

        with control_dependencies(self.state, [update]):
            return var.assign(var.constraint_(var))

    def _finish(self, update_ops: list[Operation], name_scope: str) -> Operation:
        return cf.group(self.state, *update_ops, name=name_scope)

    def _assert_valid_dtypes(self, tensors: list[Any]) -> None:
        for t in tensors:
            dtype = t.dtype.base_dtype
            if dtype.name not in _VALID_DTYPES:
                raise tf_value_error(f"Invalid type tf.{dtype.name} for {t.name}, expected: "
                                     "[tf.float32, tf.float64, tf.float16, tf.bfloat16].")


class GradientDescentOptimizer(Optimizer):
    TYPE_NAME = "GradientDescentOptimizer"

    def __init__(self, state: TFState, learning_rate: Any, use_locking: Any = False,
                 name: Any = "GradientDescent"):
        super().__init__(state, use_locking, name)
        self._learning_rate = learning_rate
        self._learning_rate_tensor: Tensor | None = None

    def _prepare(self) -> None:
        self._learning_rate_tensor = convert_to_tensor(self.state, self._learning_rate, name="learning_rate")

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        assert self._learning_rate_tensor is not None
        alpha = m.cast(self.state, self._learning_rate_tensor, var.dtype.base_dtype)
        if var.variable_op._type == "VarHandleOp":  # _resource_apply_dense: on the handle, no output
            from scopecli.engine.framework.op_def_library import apply_op

            return apply_op(self.state, "ResourceApplyGradientDescent", None, var=var.to_tensor(as_ref=True),
                            alpha=alpha, delta=grad, use_locking=self._use_locking)
        out = gen.op("ApplyGradientDescent")(self.state, var.to_tensor(as_ref=True), alpha, grad,
                                             use_locking=self._use_locking)
        return out._op

    def _apply_sparse_duplicate_indices(self, grad: Any, var: Variable) -> Operation:
        """var.scatter_sub(IndexedSlices(values * lr, indices)): one ScatterSub, duplicates and all."""
        assert self._learning_rate_tensor is not None
        delta = grad.values * m.cast(self.state, self._learning_rate_tensor, var.dtype.base_dtype)
        out = gen.op("ScatterSub")(self.state, var.to_tensor(as_ref=True), grad.indices, delta,
                                   use_locking=self._use_locking)
        return out._op


@tf_export("train.GradientDescentOptimizer", label=False)
def gradient_descent_optimizer(state: TFState, learning_rate: Any, use_locking: Any = False,
                               name: Any = "GradientDescent") -> GradientDescentOptimizer:
    return GradientDescentOptimizer(state, learning_rate, use_locking, name)
