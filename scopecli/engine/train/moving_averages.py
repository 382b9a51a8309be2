"""tf.train.ExponentialMovingAverage (TF's training/moving_averages.py): shadow variables
`<var>/ExponentialMovingAverage` made as slot_creator.create_slot makes them (initialized from
the variable's initialized_value() cond), and the `ExponentialMovingAverage/AssignMovingAvg*`
updates grouped into one NoOp."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_type_error
from scopecli.model import Exposed, attribute, method

if TYPE_CHECKING:
    from scopecli.engine.graph import Operation, Tensor
    from scopecli.engine.state import TFState
    from scopecli.engine.variables import Variable

MOVING_AVERAGE_VARIABLES = "moving_average_variables"
_FLOATS = ("bfloat16", "float16", "float32", "float64")


def assign_moving_average(state: TFState, variable: Variable, value: Any, decay: Any,
                          name: Any = None) -> Tensor:
    """moving_averages.assign_moving_average without zero_debias:
    variable -= (variable - value) * (1 - decay), the AssignSub named after its scope."""
    from scopecli.engine import extra_math_ops as xm
    from scopecli.engine import math_ops as m

    with name_scope(state, name, "AssignMovingAvg", [variable, value, decay]) as scope:
        decay = convert_to_tensor(state, 1.0 - decay, name="decay")
        if decay._dtype is not variable.dtype.base_dtype:
            decay = m.cast(state, decay, variable.dtype.base_dtype)
        return xm.assign_sub(state, variable, (variable - value) * decay, name=scope)


def create_slot(state: TFState, primary: Variable, val: Tensor, name: str) -> Variable:
    """slot_creator.create_slot: get_variable("") in variable_scope(None, "<primary>/<name>")."""
    from scopecli.engine import variable_scope as vs

    validate_shape = val._shape.is_fully_defined()
    prefix = primary.op.name
    with vs.variable_scope(state, state.graph, None, prefix + "/" + name, None, True, "variable_scope", {}):
        return vs.get_variable(state, "", initializer=val, trainable=False, validate_shape=validate_shape)


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
        from scopecli.engine import dtypes
        from scopecli.engine import math_ops as m
        from scopecli.engine.variables import TRAINABLE_VARIABLES, Variable, initialized_value

        state = self.state
        graph = state.graph
        if var_list is None:
            var_list = graph.get_collection(TRAINABLE_VARIABLES)
        var_list = list(var_list)
        for var in var_list:
            if not isinstance(var, Variable):
                # create_zeros_slot and zero_debias' biased/local_step variables
                raise InputError("tf.train.ExponentialMovingAverage.apply on tensors is not supported by "
                                 "scopecli yet; pass variables")
            if var.dtype.base_dtype.name not in _FLOATS:
                raise tf_type_error(f"The variables must be half, float, or double: {var.name}")
            if var not in self._averages:
                # ops.init_scope keeps the name scope a graph-mode caller is in
                avg = create_slot(state, var, initialized_value(var), self._name)
                graph.add_to_collection(MOVING_AVERAGE_VARIABLES, var)
                self._averages[var] = avg
        with name_scope(state, self._name, self._name, []) as scope:
            decay = convert_to_tensor(state, self._decay, dtype=dtypes.float32, name="decay")
            if self._num_updates is not None:
                num_updates = m.cast(state, self._num_updates, dtypes.float32, name="num_updates")
                decay = m.minimum(state, decay, (1.0 + num_updates) / (10.0 + num_updates))
            updates = [assign_moving_average(state, self._averages[var], var, decay) for var in var_list]
            return m.group(state, *updates, name=scope)

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
        from scopecli.engine.variables import GLOBAL_VARIABLES, TRAINABLE_VARIABLES

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
