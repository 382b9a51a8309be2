"""TF's framework/ops.py public surface: name scopes, the default graph, collections, and the
classes and constants scenario code reads (`tf.Graph`, `tf.float32`, `tf.GraphKeys`, `tf.errors`,
`tf.Session`)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.context_manager import ContextManager
from scopecli.engine.framework.graph import Graph, Operation, Tensor
from scopecli.engine.framework.shapes import Dimension, TensorShape, new_dimension
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.engine.ops.variables import GLOBAL_VARIABLES, LOCAL_VARIABLES, TRAINABLE_VARIABLES
from scopecli.engine.ops_core import graph_of
from scopecli.errors import TF_ERROR_NAMES, tf_type_error, tf_value_error
from scopecli.model import Builtin, ClassRef, ExceptionType, Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


GRAPH_KEYS = {
    "GLOBAL_VARIABLES": GLOBAL_VARIABLES, "TRAINABLE_VARIABLES": TRAINABLE_VARIABLES,
    "LOCAL_VARIABLES": LOCAL_VARIABLES, "MODEL_VARIABLES": "model_variables",
    "VARIABLES": GLOBAL_VARIABLES,
    "UPDATE_OPS": "update_ops", "LOSSES": "losses", "REGULARIZATION_LOSSES": "regularization_losses",
    "SUMMARIES": "summaries", "QUEUE_RUNNERS": "queue_runners", "TRAIN_OP": "train_op",
    "INIT_OP": "init_op",
    "LOCAL_INIT_OP": "local_init_op", "READY_OP": "ready_op", "SAVERS": "savers",
    "ACTIVATIONS": "activations",
    "WEIGHTS": "weights", "BIASES": "biases", "GLOBAL_STEP": "global_step", "EVAL_STEP": "eval_step",
    "CONCATENATED_VARIABLES": "concatenated_variables",
    "MOVING_AVERAGE_VARIABLES": "moving_average_variables",
    "TRAINABLE_RESOURCE_VARIABLES": "trainable_resource_variables", "RESOURCES": "resources",
    "LOCAL_RESOURCES": "local_resources", "ASSET_FILEPATHS": "asset_filepaths",
    "COND_CONTEXT": "cond_context",
    "WHILE_CONTEXT": "while_context", "SAVEABLE_OBJECTS": "saveable_objects",
    "READY_FOR_LOCAL_INIT_OP": "ready_for_local_init_op", "SUMMARY_OP": "summary_op",
    "METRIC_VARIABLES": "metric_variables",
}


# -- name scopes ------------------------------------------------------------------------------------

@contextmanager
def _enter_name_scope(state: TFState, chosen: Any, default_name: Any, values: Any,
                      kind: str) -> Iterator[str]:
    """What entering `tf.name_scope(...)` / `tf.op_scope(...)` does."""
    if chosen is None and values is not None:
        raise tf_value_error(f"At least one of name ({chosen}) and default_name ({default_name}) "
                             "must be provided.")
    graph = graph_of(state, values) if values else state.graph
    with state.graph_scope(graph), graph.name_scope(chosen, kind, f"{kind}({chosen!r})") as scope:
        if kind == "op_scope" and scope:
            record = graph.scopes.get(scope[:-1])
            if record is not None and record.site == state.runtime.site():
                from scopecli.engine.framework.notes import Note

                record.notes.append(Note("op_scope_deprecated"))
        yield scope


def _name_scope(state: TFState, name: Any, default_name: Any, values: Any, kind: str) -> ContextManager:
    if not (default_name is None or isinstance(default_name, str)):
        raise tf_type_error(f"`default_name` type ({type(default_name)}) is not a string type. You likely "
                            "meant to pass this into the `values` kwarg.")
    chosen = default_name if name is None else name
    # A partial of a module-level @contextmanager: decorating a nested function on every call
    # (functools.wraps) cost more than entering the scope itself.
    enter = functools.partial(_enter_name_scope, state, chosen, default_name, values, kind)
    return ContextManager(enter, "name_scope", chosen)


@tf_export("name_scope", label=False)
def name_scope(state: TFState, name: Any, default_name: Any = None, values: Any = None) -> ContextManager:
    return _name_scope(state, name, default_name, values, "name_scope")


@tf_export("op_scope", label=False)
def op_scope(state: TFState, values: Any, name: Any, default_name: Any = None) -> ContextManager:
    return _name_scope(state, name, default_name, values, "op_scope")


# -- the default graph and its collections -----------------------------------------------------------

@tf_export("get_default_graph", label=False)
def get_default_graph(state: TFState) -> Graph:
    return state.graph


@tf_export("reset_default_graph", label=False)
def reset_default_graph(state: TFState) -> None:
    state.reset_default_graph()


@tf_export("get_collection", label=False)
def get_collection(state: TFState, key: Any, scope: Any = None) -> list[Any]:
    return state.graph.get_collection(key, scope)


@tf_export("add_to_collection", label=False)
def add_to_collection(state: TFState, name: Any, value: Any) -> None:
    state.graph.add_to_collection(name, value)


# Stand-ins (replaceable): the random and summary branches may declare these names properly.
@tf_export("disable_v2_behavior", "disable_eager_execution", "set_random_seed", "random.set_random_seed",
           label=False, replaceable=True)
def no_effect(state: TFState, *args: Any, **kwargs: Any) -> None:
    """Calls that change nothing scopecli models (graph mode is the only mode; seeds: see notices)."""
    return None


@tf_export("summary.FileWriter", label=False, replaceable=True)
def file_writer(state: TFState, logdir: Any = None, graph: Any = None, *args: Any, **kwargs: Any) -> Any:
    notice = "tf.summary.FileWriter: scopecli writes no event files; `scopecli graph` draws the graph instead"
    if notice not in state.notices:  # said once, however many writers: stderr is not flooded
        state.notices.append(notice)
    noop = Builtin("FileWriter.method", lambda *a, **k: None)
    return Namespace("FileWriter", {"add_graph": noop, "close": noop, "flush": noop, "add_summary": noop})


# -- classes and constants ---------------------------------------------------------------------------

def _class(name: str, cls: type, factory: Any = None) -> Any:
    return lambda state: ClassRef(name, cls, factory)


export_value("Tensor", make=_class("Tensor", Tensor))
export_value("Operation", make=_class("Operation", Operation))
export_value("TensorShape", make=_class("TensorShape", TensorShape, TensorShape))
export_value("Dimension", make=_class("Dimension", Dimension, new_dimension))
export_value("DType", make=_class("DType", dtypes.DType))
export_value("Graph", make=lambda state: ClassRef("Graph", Graph, state.new_graph))
export_value("as_dtype", make=lambda state: Builtin("tf.as_dtype", dtypes.as_dtype))
export_value("newaxis", make=lambda state: None)
export_value("GraphKeys", make=lambda state: Namespace("tf.GraphKeys", dict(GRAPH_KEYS)))
export_value("errors",
             make=lambda state: Namespace("tf.errors", {n: ExceptionType(n) for n in TF_ERROR_NAMES}))
for _name, _dtype in dtypes.EXPORTED.items():
    export_value(_name, make=functools.partial(lambda dtype, state: dtype, _dtype))


class _SessionClassRef(ClassRef):
    """tf.Session / tf.InteractiveSession, whose class (the evaluator, and so numpy) is imported
    only when a scenario uses it: a scenario that computes no value never loads numpy."""

    def __init__(self, name: str, make: Any):
        self.name = name
        self._factory = make

    @property  # type: ignore[override]
    def python_class(self) -> type:
        from scopecli.evaluate.session import Session

        return Session

    @property  # type: ignore[override]
    def factory(self) -> Any:
        return self._factory


def _session(state: TFState, target: Any = "", graph: Any = None, config: Any = None) -> Any:
    from scopecli.evaluate.session import Session

    return Session(state, graph, soft_placement=_soft_placement(config))


def _soft_placement(config: Any) -> bool:
    """ConfigProto.allow_soft_placement of a session's config (a protocol message is data the
    interpreter's facade reads by field name)."""
    read = getattr(config, "scenario_get", None)
    return bool(read("allow_soft_placement")) if read is not None else False


def _interactive_session(state: TFState, target: Any = "", graph: Any = None, config: Any = None) -> Any:
    from scopecli.evaluate.session import Session

    return Session(state, graph, interactive=True, soft_placement=_soft_placement(config))


export_value("Session", make=lambda state: _SessionClassRef("Session", functools.partial(_session, state)))
export_value("InteractiveSession", make=lambda state: _SessionClassRef(
    "InteractiveSession", functools.partial(_interactive_session, state)))
