"""tf.train.AdamOptimizer (training/adam.py) with TF's creation order: the non-slot
`beta1_power`/`beta2_power` (colocated with the first variable by name), then per variable the
zeros slots `<var>/Adam` (m) and `<var>/Adam_1` (v) from slot_creator, all outside any name
scope; `Adam/update_<var>/ApplyAdam`; `_finish` multiplies the powers (`Adam/mul`,
`Adam/Assign` ...) after every update and groups them all."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import control_flow_ops as cf
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import math_unary_ops as mu
from scopecli.engine.ops.variables import Variable
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.engine.train.optimizer import Optimizer

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


class AdamOptimizer(Optimizer):
    TYPE_NAME = "AdamOptimizer"

    def __init__(self, state: TFState, learning_rate: Any = 0.001, beta1: Any = 0.9, beta2: Any = 0.999,
                 epsilon: Any = 1e-8, use_locking: Any = False, name: Any = "Adam"):
        super().__init__(state, use_locking, name)
        self._lr, self._beta1, self._beta2, self._epsilon = learning_rate, beta1, beta2, epsilon
        self._lr_t: Any = None
        self._beta1_t: Any = None
        self._beta2_t: Any = None
        self._epsilon_t: Any = None

    def _create_non_slot_variable(self, initial_value: Any, name: str, colocate_with: Variable) -> Variable:
        from scopecli.engine.ops.variables import make_variable

        key = (name, id(colocate_with.graph))
        found = self._non_slot_dict.get(key)
        if found is None:
            from scopecli.engine.framework.colocation import colocated_with

            with colocated_with(self.state.graph, colocate_with):  # colocate_vars_with(first var)
                found = make_variable(self.state, initial_value, name=name, trainable=False,
                                      use_resource=colocate_with.variable_op._type == "VarHandleOp")
            self._non_slot_dict[key] = found
        return found

    def _get_beta_accumulators(self) -> tuple[Variable, Variable]:
        graph_key = id(self.state.graph)
        slots = self._non_slot_dict
        return slots[("beta1_power", graph_key)], slots[("beta2_power", graph_key)]

    def _create_slots(self, var_list: list[Variable]) -> None:
        first_var = min(var_list, key=lambda x: x.name)
        self._create_non_slot_variable(self._beta1, "beta1_power", first_var)
        self._create_non_slot_variable(self._beta2, "beta2_power", first_var)
        for v in var_list:
            self._zeros_slot(v, "m")
            self._zeros_slot(v, "v")

    def _prepare(self) -> None:
        state = self.state
        self._lr_t = convert_to_tensor(state, self._lr, name="learning_rate")
        self._beta1_t = convert_to_tensor(state, self._beta1, name="beta1")
        self._beta2_t = convert_to_tensor(state, self._beta2, name="beta2")
        self._epsilon_t = convert_to_tensor(state, self._epsilon, name="epsilon")

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        state = self.state
        dtype = var.dtype.base_dtype
        mslot, vslot = self._slots["m"][var], self._slots["v"][var]
        beta1_power, beta2_power = self._get_beta_accumulators()
        if var.variable_op._type == "VarHandleOp":
            # _resource_apply_dense: on the handles; the powers are read inside the op's scope
            from scopecli.engine.framework.op_def_library import apply_op

            return apply_op(
                state, "ResourceApplyAdam", None, var=var.to_tensor(as_ref=True),
                m=mslot.to_tensor(as_ref=True), v=vslot.to_tensor(as_ref=True),
                beta1_power=m.cast(state, beta1_power, dtype), beta2_power=m.cast(state, beta2_power, dtype),
                lr=m.cast(state, self._lr_t, dtype), beta1=m.cast(state, self._beta1_t, dtype),
                beta2=m.cast(state, self._beta2_t, dtype), epsilon=m.cast(state, self._epsilon_t, dtype),
                grad=grad, use_locking=self._use_locking)
        out = gen.op("ApplyAdam")(
            state, var.to_tensor(as_ref=True), mslot.to_tensor(as_ref=True), vslot.to_tensor(as_ref=True),
            m.cast(state, beta1_power, dtype), m.cast(state, beta2_power, dtype),
            m.cast(state, self._lr_t, dtype),
            m.cast(state, self._beta1_t, dtype), m.cast(state, self._beta2_t, dtype),
            m.cast(state, self._epsilon_t, dtype), grad, use_locking=self._use_locking)
        return out._op

    def _apply_sparse(self, grad: Any, var: Variable) -> Operation:
        """_apply_sparse_shared with state_ops.scatter_add: m and v decayed by an Assign, then the
        scaled gradient rows added (ScatterAdd) behind it, var -= lr * m / (sqrt(v) + epsilon)."""
        from scopecli.engine.backprop_util import control_dependencies
        from scopecli.engine.ops import state_ops as state_ops

        state = self.state
        dtype = var.dtype.base_dtype
        values, indices = grad.values, grad.indices
        beta1_power, beta2_power = (m.cast(state, p, dtype) for p in self._get_beta_accumulators())
        lr_t, beta1_t, beta2_t, epsilon_t = (m.cast(state, t, dtype) for t in (
            self._lr_t, self._beta1_t, self._beta2_t, self._epsilon_t))
        lr = lr_t * mu.sqrt(state, 1 - beta2_power) / (1 - beta1_power)
        mslot = self._slots["m"][var]
        m_scaled_g_values = values * (1 - beta1_t)
        m_t: Any = state_ops.assign(state, mslot, mslot * beta1_t, use_locking=self._use_locking)
        with control_dependencies(state, [m_t]):
            m_t = gen.op("ScatterAdd")(state, mslot.to_tensor(as_ref=True), indices, m_scaled_g_values,
                                       use_locking=self._use_locking)
        vslot = self._slots["v"][var]
        v_scaled_g_values = (values * values) * (1 - beta2_t)
        v_t: Any = state_ops.assign(state, vslot, vslot * beta2_t, use_locking=self._use_locking)
        with control_dependencies(state, [v_t]):
            v_t = gen.op("ScatterAdd")(state, vslot.to_tensor(as_ref=True), indices, v_scaled_g_values,
                                       use_locking=self._use_locking)
        v_sqrt = mu.sqrt(state, v_t)
        var_update = state_ops.assign_sub(state, var, lr * m_t / (v_sqrt + epsilon_t),
                                          use_locking=self._use_locking)
        return cf.group(state, var_update, m_t, v_t)

    def _finish(self, update_ops: list[Operation], name_scope: str) -> Operation:
        from scopecli.engine.backprop_util import control_dependencies
        from scopecli.engine.framework.colocation import colocated_with

        with control_dependencies(self.state, update_ops):
            beta1_power, beta2_power = self._get_beta_accumulators()
            with colocated_with(self.state.graph, beta1_power):
                update_beta1 = beta1_power.assign(beta1_power * self._beta1_t,
                                                  use_locking=self._use_locking)
                update_beta2 = beta2_power.assign(beta2_power * self._beta2_t, use_locking=self._use_locking)
        return cf.group(self.state, *update_ops, update_beta1, update_beta2, name=name_scope)


@tf_export("train.AdamOptimizer", label=False)
def adam_optimizer(state: TFState, learning_rate: Any = 0.001, beta1: Any = 0.9, beta2: Any = 0.999,
                   epsilon: Any = 1e-8, use_locking: Any = False, name: Any = "Adam") -> AdamOptimizer:
    return AdamOptimizer(state, learning_rate, beta1, beta2, epsilon, use_locking, name)
