"""tf.VariableSynchronization and tf.VariableAggregation (variables.py) and TF's
`validate_synchronization_aggregation_trainable`: a variable synchronized ON_READ is not
trainable unless asked to be; and the resource-variables toggle (resource_variables_toggle.py)."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.errors import tf_value_error
from scopecli.model import Exposed, Namespace, attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class EnumMember(Exposed):
    """One member of a Python enum TF exports (`VariableSynchronization.ON_READ`)."""

    def __init__(self, enum: str, name: str, value: int):
        self.enum, self.name_, self.value_ = enum, name, value

    @attribute
    def name(self) -> str:
        return self.name_

    @attribute
    def value(self) -> int:
        return self.value_

    def __repr__(self) -> str:
        return f"<{self.enum}.{self.name_}: {self.value_}>"

    def __str__(self) -> str:
        return f"{self.enum}.{self.name_}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _enum(name: str, members: dict[str, int]) -> dict[str, EnumMember]:
    return {key: EnumMember(name, key, value) for key, value in members.items()}


SYNCHRONIZATION = _enum("VariableSynchronization", {"AUTO": 0, "NONE": 1, "ON_WRITE": 2, "ON_READ": 3})
# The v1 enum: ONLY_FIRST_TOWER is an alias of ONLY_FIRST_REPLICA (same member, as in Python's Enum).
AGGREGATION = _enum("VariableAggregation", {"NONE": 0, "SUM": 1, "MEAN": 2, "ONLY_FIRST_REPLICA": 3})
AGGREGATION_NAMES = dict(AGGREGATION, ONLY_FIRST_TOWER=AGGREGATION["ONLY_FIRST_REPLICA"])

export_value("VariableSynchronization",
             make=lambda state: Namespace("tf.VariableSynchronization", dict(SYNCHRONIZATION)))
export_value("VariableAggregation", make=lambda state: Namespace("tf.VariableAggregation", AGGREGATION_NAMES))


def validate_synchronization_aggregation_trainable(synchronization: Any, aggregation: Any, trainable: Any,
                                                   name: Any) -> tuple[EnumMember, EnumMember, bool]:
    """variables.validate_synchronization_aggregation_trainable."""
    if aggregation is None:
        aggregation = AGGREGATION["NONE"]
    elif aggregation not in AGGREGATION.values():
        raise tf_value_error(f"Invalid variable aggregation mode: {aggregation} for variable: {name}")
    if synchronization is None:
        synchronization = SYNCHRONIZATION["AUTO"]
    elif synchronization not in SYNCHRONIZATION.values():
        raise tf_value_error(f"Invalid variable synchronization mode: {synchronization} for variable: {name}")
    if trainable is None:
        trainable = synchronization is not SYNCHRONIZATION["ON_READ"]
    return synchronization, aggregation, trainable


# -- resource_variables_toggle ----------------------------------------------------------------------

@tf_export("enable_resource_variables", label=False)
def enable_resource_variables(state: Any) -> None:
    state.default_use_resource = True


@tf_export("disable_resource_variables", label=False)
def disable_resource_variables(state: Any) -> None:
    state.default_use_resource = False


@tf_export("resource_variables_enabled", label=False)
def resource_variables_enabled(state: Any) -> bool:
    return state.default_use_resource
