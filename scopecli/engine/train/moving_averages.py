"""tf.train.ExponentialMovingAverage (TF's training/moving_averages.py): shadow variables
`<var>/ExponentialMovingAverage` made as slot_creator.create_slot makes them (initialized from
the variable's initialized_value() cond), and the `ExponentialMovingAverage/AssignMovingAvg*`
updates grouped into one NoOp."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_type_error
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops.variables import Variable
    from scopecli.engine.ops_core import Operation, Tensor

MOVING_AVERAGE_VARIABLES = "moving_average_variables"
_FLOATS = ("bfloat16", "float16", "float32", "float64")


def assign_moving_average(state: TFState, variable: Variable, value: Any, decay: Any,
                          zero_debias: bool = True, name: Any = None) -> Tensor:
    """moving_averages.assign_moving_average: variable -= (variable - value) * (1 - decay), the
    AssignSub named after its scope; with zero_debias through _zero_debias's biased average."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import state_ops as state_ops

    with name_scope(state, name, "AssignMovingAvg", [variable, value, decay]) as scope:
        decay = convert_to_tensor(state, 1.0 - decay, name="decay")
        if decay._dtype is not variable.dtype.base_dtype:
            decay = m.cast(state, decay, variable.dtype.base_dtype)
        if zero_debias:
            return _zero_debias(state, variable, value, decay)
        return state_ops.assign_sub(state, variable, (variable - value) * decay, name=scope)


def _zero_debias(state: TFState, unbiased_var: Variable, value: Any, decay: Tensor) -> Tensor:
    """biased -= (biased - value) * decay; local_step += 1; unbiased = biased / (1 - (1 - decay)**step),
    the two helper variables made in the variable scope named after the unbiased variable."""
    from scopecli.engine import var_store
    from scopecli.engine import variable_scope as vs
    from scopecli.engine.initializers import Zeros
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import state_ops as state_ops
    from scopecli.engine.ops.variables import GLOBAL_VARIABLES

    graph = state.graph
    with vs.variable_scope(state, graph, unbiased_var.name[:-len(":0")], None, None, True, "variable_scope",
                           {}) as scope:
        taken = {v.op.name for v in graph.get_collection(GLOBAL_VARIABLES)}

        def maybe_get_unique(name: str) -> str:
            # _maybe_get_unique: the first free name among name, name_1, ... in this scope
            if scope.reuse_:
                return name
            full_name = scope.name_ + "/" + name
            if full_name not in taken:
                return name
            idx = 1
            while f"{full_name}_{idx}" in taken:
                idx += 1
            return f"{name}_{idx}"

        biased_var = var_store.get_variable(state, maybe_get_unique("biased"), initializer=Zeros(state),
                                     shape=unbiased_var.get_shape(), dtype=unbiased_var.dtype.base_dtype,
                                     trainable=False)
        local_step = var_store.get_variable(state, maybe_get_unique("local_step"), shape=[],
                                     dtype=unbiased_var.dtype.base_dtype, initializer=Zeros(state),
                                     trainable=False)
    update_biased = state_ops.assign_sub(state, biased_var, (biased_var - value) * decay)
    update_local_step = local_step.assign_add(1)
    bias_factor = 1 - m.pow_(state, 1.0 - decay, update_local_step)
    return state_ops.assign(state, unbiased_var, update_biased / bias_factor,
                            name=graph.get_name_scope() + "/")


def create_slot(state: TFState, primary: Any, val: Any, name: str, shape: Any = None, dtype: Any = None,
                validate_shape: bool | None = None, colocate_with_primary: bool = True) -> Variable:
    """slot_creator.create_slot / create_slot_with_initializer: get_variable("") in
    variable_scope(None, "<primary op>/<name>"); `shape`/`dtype` only with an initializer."""
    from contextlib import nullcontext

    from scopecli.engine import var_store
    from scopecli.engine import variable_scope as vs
    from scopecli.engine.framework.colocation import colocated_with

    if validate_shape is None:
        validate_shape = val._shape.is_fully_defined()
    prefix = primary.op.name
    with vs.variable_scope(state, state.graph, None, prefix + "/" + name, None, True, "variable_scope", {}):
        # the default strategy's colocate_vars_with is ops.colocate_with(primary): the slot lands
        # on its primary's device
        with colocated_with(state.graph, primary) if colocate_with_primary else nullcontext():
            return var_store.get_variable(state, "", initializer=val, trainable=False, shape=shape,
                                          dtype=dtype, validate_shape=validate_shape)


def create_zeros_slot(state: TFState, primary: Tensor, name: str) -> Variable:
    """slot_creator.create_zeros_slot for a tensor: a zeros initializer when its shape is known,
    else zeros(shape(primary)) as the initial value."""
    from scopecli.engine.initializers import Zeros
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops

    dtype = primary.dtype
    slot_shape = primary.get_shape()
    # EMA.apply colocates a tensor's shadow only when the tensor is a variable op's output
    colocate = primary.op.type in ("Variable", "VariableV2", "VarHandleOp")
    if slot_shape.is_fully_defined():
        return create_slot(state, primary, Zeros(state), name, shape=slot_shape, dtype=dtype,
                           validate_shape=True, colocate_with_primary=colocate)
    val = fill_ops.zeros(state, shape_ops.shape(state, primary), dtype=dtype)
    return create_slot(state, primary, val, name, colocate_with_primary=colocate)


class ExponentialMovingAverage(Exposed):
    """Keeps `shadow = decay * shadow + (1 - decay) * variable` for the variables it is applied to."""

    TYPE_NAME = "ExponentialMovingAverage"

    def __init__(self, state: TFState, decay: Any, num_updates: Any = None, zero_debias: bool = False,
                 name: str = "ExponentialMovingAverage"):
        self.state = state
        self._decay, self._num_updates, self._zero_debias, self._name = decay, num_updates, zero_debias, name
        self._averages: dict[Variable, Variable] = {}

    @attribute
    def name(self) -> str:
        return self._name

    @method
    def apply(self, var_list: Any = None) -> Operation:
        """Creates the missing shadows, then one AssignMovingAvg per variable, grouped."""
        from scopecli.engine.framework.public_call import public_call

        build = public_call("tf.train.ExponentialMovingAverage.apply")(lambda _state: self._apply(var_list))
        return build(self.state)

    def _apply(self, var_list: Any) -> Operation:
        from scopecli.engine.framework.device_spec import placed_in
        from scopecli.engine.ops import control_flow_ops as cf
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops.control_flow_ops import controlled_in
        from scopecli.engine.ops.variables import TRAINABLE_VARIABLES, Variable, initialized_value
        from scopecli.engine.ops_core import Tensor, dtypes

        state = self.state
        graph = state.graph
        if var_list is None:
            var_list = graph.get_collection(TRAINABLE_VARIABLES)
        var_list = list(var_list)
        zero_debias_true: set[Variable] = set()
        for var in var_list:
            if not isinstance(var, (Variable, Tensor)):
                raise InputError(f"tf.train.ExponentialMovingAverage.apply: {var!r} is not a variable or "
                                 "tensor")
            if var.dtype.base_dtype.name not in _FLOATS:
                raise tf_type_error(f"The variables must be half, float, or double: {var.name}")
            if var not in self._averages:
                # ops.init_scope keeps the name scope a graph-mode caller is in but clears its
                # control dependencies: `with tf.control_dependencies([train]): ema.apply()` must
                # not make the shadows' initializers wait for a training step
                with controlled_in(graph, None):
                    if isinstance(var, Variable):
                        # the initial-value cond is built on the variable's device (ops.device(var.device))
                        with placed_in(graph, var.device):
                            initial = initialized_value(var)
                        avg = create_slot(state, var, initial, self._name)
                        graph.add_to_collection(MOVING_AVERAGE_VARIABLES, var)
                    else:
                        avg = create_zeros_slot(state, var, self._name)
                        if self._zero_debias:
                            zero_debias_true.add(avg)
                self._averages[var] = avg
        with name_scope(state, self._name, self._name, []) as scope:
            decay = convert_to_tensor(state, self._decay, dtype=dtypes.float32, name="decay")
            if self._num_updates is not None:
                num_updates = m.cast(state, self._num_updates, dtypes.float32, name="num_updates")
                decay = m.minimum(state, decay, (1.0 + num_updates) / (10.0 + num_updates))
            updates = [assign_moving_average(state, self._averages[var], var, decay,
                                             self._averages[var] in zero_debias_true) for var in var_list]
            return cf.group(state, *updates, name=scope)

    @method
    def average(self, var: Any) -> Any:
        return self._averages.get(var)

    @method
    def average_name(self, var: Any) -> str:
        if var in self._averages:
            return self._averages[var].name[:-len(":0")]
        return self.state.graph.unique_name(var.name[:-len(":0")] + "/" + self._name, mark_as_used=False)

    @method
    def variables_to_restore(self, moving_avg_variables: Any = None) -> dict[str, Any]:
        """{shadow name: variable} for the averaged variables, {op name: variable} for the rest."""
        from scopecli.engine.ops.variables import GLOBAL_VARIABLES, TRAINABLE_VARIABLES

        graph = self.state.graph
        if moving_avg_variables is None:
            moving_avg_variables = (graph.get_collection(TRAINABLE_VARIABLES)
                                    + graph.get_collection(MOVING_AVERAGE_VARIABLES))
        averaged = list(dict.fromkeys(moving_avg_variables))
        name_map = {self.average_name(v): v for v in averaged}
        averaged_names = {v.name for v in averaged}
        for v in dict.fromkeys(graph.get_collection(GLOBAL_VARIABLES)):
            if v.name not in averaged_names and v.op.name not in name_map:
                name_map[v.op.name] = v
        return name_map


@tf_export("train.ExponentialMovingAverage", label=False)
def exponential_moving_average(state: TFState, decay: Any, num_updates: Any = None, zero_debias: bool = False,
                               name: str = "ExponentialMovingAverage") -> ExponentialMovingAverage:
    return ExponentialMovingAverage(state, decay, num_updates, zero_debias, name)
