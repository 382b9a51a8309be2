"""training_util.py: the global step (`global_step`, int64 scalar, zeros, not trainable, in the
GLOBAL_VARIABLES and GLOBAL_STEP collections, made outside any name scope)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_type_error, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState


@tf_export("train.get_global_step", label=False)
def get_global_step(state: TFState, graph: Any = None) -> Any:
    graph = graph or state.graph
    found = graph.get_collection("global_step")
    if len(found) == 1:
        step = found[0]
    elif not found:
        step = graph.by_name.get("global_step")
        if step is None:
            return None
        step = step._outputs[0]
    else:
        raise tf_value_error("Multiple tensors in global_step collection.")
    if not step.dtype.base_dtype.is_integer:
        raise tf_type_error(f"Existing \"global_step\" does not have integer type: {step.dtype}")
    return step


@tf_export("train.create_global_step", label=False)
def create_global_step(state: TFState, graph: Any = None) -> Any:
    from scopecli.engine.initializers import Zeros
    from scopecli.engine.var_store import get_variable

    graph = graph or state.graph
    if get_global_step(state, graph) is not None:
        raise tf_value_error('"global_step" already exists.')
    with state.graph_scope(graph), graph.name_scope(None):
        return get_variable(state, "global_step", shape=[], dtype=dtypes.int64, initializer=Zeros(state),
                            trainable=False, collections=["variables", "global_step"])


@tf_export("train.get_or_create_global_step", label=False)
def get_or_create_global_step(state: TFState, graph: Any = None) -> Any:
    graph = graph or state.graph
    step = get_global_step(state, graph)
    return create_global_step(state, graph) if step is None else step
