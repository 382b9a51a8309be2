"""The public variable surface (TF's variable_scope.py and variables.py exports): variable scopes,
get_variable, tf.Variable, the variable collections and their initializers."""

from __future__ import annotations

import functools

from scopecli.engine import variable_scope as vs
from scopecli.engine.framework.context_manager import ContextManager
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.engine.ops.variables import GLOBAL_VARIABLES, LOCAL_VARIABLES, TRAINABLE_VARIABLES, Variable
from scopecli.engine.ops.variables import make_variable as _make_variable
from scopecli.engine.ops_core import graph_of
from scopecli.engine.var_store import get_variable
from scopecli.model import ClassRef

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState


def _variable_scope(state: TFState, name_or_scope: Any, default_name: Any, values: Any, reuse: Any,
                    auxiliary_name_scope: Any, kind: str, **options: Any) -> ContextManager:
    reuse = vs.check_variable_scope_args(name_or_scope, default_name, reuse, auxiliary_name_scope)
    graph = graph_of(state, values or [])

    def enter() -> Any:
        return vs.variable_scope(state, graph, name_or_scope, default_name, reuse, auxiliary_name_scope,
                                 kind, options)

    return ContextManager(enter, "variable_scope")


@tf_export("variable_scope", label=False, accepts_callable=True)
def variable_scope(state: TFState, name_or_scope: Any, default_name: Any = None, values: Any = None,
                   initializer: Any = None, regularizer: Any = None, caching_device: Any = None,
                   partitioner: Any = None, custom_getter: Any = None, reuse: Any = None, dtype: Any = None,
                   use_resource: Any = None, constraint: Any = None,
                   auxiliary_name_scope: Any = True) -> ContextManager:
    return _variable_scope(state, name_or_scope, default_name, values, reuse, auxiliary_name_scope,
                           "variable_scope", initializer=initializer, regularizer=regularizer,
                           caching_device=caching_device, partitioner=partitioner,
                           custom_getter=custom_getter, dtype=dtype, use_resource=use_resource,
                           constraint=constraint)


@tf_export("variable_op_scope", label=False, accepts_callable=True)
def variable_op_scope(state: TFState, values: Any, name_or_scope: Any, default_name: Any = None,
                      initializer: Any = None, regularizer: Any = None, caching_device: Any = None,
                      partitioner: Any = None, custom_getter: Any = None, reuse: Any = None,
                      dtype: Any = None, use_resource: Any = None, constraint: Any = None) -> ContextManager:
    return _variable_scope(state, name_or_scope, default_name, values, reuse, True, "variable_op_scope",
                           initializer=initializer, regularizer=regularizer, caching_device=caching_device,
                           partitioner=partitioner, custom_getter=custom_getter, dtype=dtype,
                           use_resource=use_resource, constraint=constraint)


@tf_export("get_local_variable", label=False, accepts_callable=True)
def get_local_variable(state: TFState, name: Any, shape: Any = None, dtype: Any = None,
                       initializer: Any = None, regularizer: Any = None, trainable: Any = False,
                       collections: Any = None,
                       caching_device: Any = None, partitioner: Any = None, validate_shape: bool = True,
                       use_resource: Any = None, custom_getter: Any = None, constraint: Any = None,
                       synchronization: Any = None, aggregation: Any = None) -> Any:
    """variable_scope.get_local_variable: get_variable into LOCAL_VARIABLES, never trainable
    (TF ignores the `trainable` it is given and extends the caller's collections list in place)."""
    if collections:
        collections += [LOCAL_VARIABLES]
    else:
        collections = [LOCAL_VARIABLES]
    return get_variable(state, name, shape=shape, dtype=dtype, initializer=initializer,
                        regularizer=regularizer, trainable=False, collections=collections,
                        caching_device=caching_device,
                        partitioner=partitioner, validate_shape=validate_shape, use_resource=use_resource,
                        custom_getter=custom_getter, constraint=constraint, synchronization=synchronization,
                        aggregation=aggregation)


tf_export("get_variable_scope", label=False)(vs.get_variable_scope)
tf_export("get_variable", label=False, accepts_callable=True)(get_variable)
export_value("AUTO_REUSE", make=lambda state: vs.AUTO_REUSE)
export_value("VariableScope", make=lambda state: ClassRef("VariableScope", vs.VariableScope))
export_value("Variable",
             make=lambda state: ClassRef("Variable", Variable, functools.partial(_make_variable, state)))


@tf_export("global_variables", "all_variables", label=False)
def global_variables(state: TFState, scope: Any = None) -> list[Any]:
    return state.graph.get_collection(GLOBAL_VARIABLES, scope)


@tf_export("trainable_variables", label=False)
def trainable_variables(state: TFState, scope: Any = None) -> list[Any]:
    return state.graph.get_collection(TRAINABLE_VARIABLES, scope)


@tf_export("local_variables", label=False)
def local_variables(state: TFState, scope: Any = None) -> list[Any]:
    return state.graph.get_collection(LOCAL_VARIABLES, scope)


@tf_export("variables_initializer")
def variables_initializer(state: TFState, var_list: Any, name: str = "init") -> Operation:
    from scopecli.engine.ops import control_flow_ops as cf

    initializers = [v.initializer for v in var_list]  # TF's duck typing, and its AttributeError
    if not initializers:
        return cf.no_op(state, name=name)
    return cf.group(state, *initializers, name=name)


@tf_export("global_variables_initializer", "initialize_all_variables")
def global_variables_initializer(state: TFState) -> Operation:
    return variables_initializer(state, global_variables(state))


@tf_export("local_variables_initializer")
def local_variables_initializer(state: TFState) -> Operation:
    return variables_initializer(state, local_variables(state), name="init")
