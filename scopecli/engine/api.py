"""The `tf` namespace scenario code sees: every name maps to a scopecli function or object.

Nothing here is real TensorFlow. Each public function is a `Builtin` bound to this run's
`TFState`; the op it returns is labelled with the call (`tf.add`), which tells `explain` the
ops a user asked for from the ones TF built behind them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from scopecli.engine import array_ops as arr
from scopecli.engine import (
    dtypes,
    operators,  # noqa: F401 - installs the Python operators on Tensor
)
from scopecli.engine import extra_math_ops as xm
from scopecli.engine import initializers as inits
from scopecli.engine import math_ops as m
from scopecli.engine import variable_scope as vs
from scopecli.engine.framework.tf_export import exports
from scopecli.engine.graph import Graph, Operation, Tensor
from scopecli.engine.ops_core import constant, convert_to_tensor, graph_of
from scopecli.engine.shapes import Dimension, TensorShape
from scopecli.engine.state import ContextManager, TFState
from scopecli.engine.variables import GLOBAL_VARIABLES, LOCAL_VARIABLES, TRAINABLE_VARIABLES, Variable
from scopecli.engine.variables import make_variable as _make_variable
from scopecli.errors import TF_ERROR_NAMES, tf_type_error, tf_value_error
from scopecli.model import Builtin, ClassRef, ExceptionType, Namespace

GRAPH_KEYS = {
    "GLOBAL_VARIABLES": GLOBAL_VARIABLES,
    "TRAINABLE_VARIABLES": TRAINABLE_VARIABLES,
    "LOCAL_VARIABLES": LOCAL_VARIABLES,
    "MODEL_VARIABLES": "model_variables",
    "VARIABLES": GLOBAL_VARIABLES,
    "UPDATE_OPS": "update_ops",
    "LOSSES": "losses",
    "REGULARIZATION_LOSSES": "regularization_losses",
    "SUMMARIES": "summaries",
    "QUEUE_RUNNERS": "queue_runners",
    "TRAIN_OP": "train_op",
    "INIT_OP": "init_op",
    "LOCAL_INIT_OP": "local_init_op",
    "READY_OP": "ready_op",
    "SAVERS": "savers",
    "ACTIVATIONS": "activations",
    "WEIGHTS": "weights",
    "BIASES": "biases",
    "GLOBAL_STEP": "global_step",
    "EVAL_STEP": "eval_step",
    "CONCATENATED_VARIABLES": "concatenated_variables",
    "MOVING_AVERAGE_VARIABLES": "moving_average_variables",
    "TRAINABLE_RESOURCE_VARIABLES": "trainable_resource_variables",
    "RESOURCES": "resources",
    "LOCAL_RESOURCES": "local_resources",
    "ASSET_FILEPATHS": "asset_filepaths",
    "COND_CONTEXT": "cond_context",
    "WHILE_CONTEXT": "while_context",
    "SAVEABLE_OBJECTS": "saveable_objects",
    "READY_FOR_LOCAL_INIT_OP": "ready_for_local_init_op",
    "SUMMARY_OP": "summary_op",
    "METRIC_VARIABLES": "metric_variables",
}


def _label(result: Any, qualname: str) -> None:
    """Mark the op a public call returned, so explain can tell it from internal ops."""
    op = result._op if isinstance(result, Tensor) else result if isinstance(result, Operation) else None
    if op is not None and not op.api:
        op.api = qualname


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
                record.notes.append("op_scope is deprecated since r0.11; use "
                                    "name_scope(name, default_name, values)")
        yield scope


# The new functions that tf.math also exports.
MORE_MATH = ("argmax", "argmin", "reduce_prod", "add_n", "logical_and", "logical_or", "logical_not", "sign",
             "rsqrt", "floor", "ceil", "log1p")


class TFNamespace:
    """Builds the namespace for one run; `tf` is the result of `build()`."""

    def __init__(self, state: TFState):
        self.state = state

    def fn(self, qualname: str, function: Callable[..., Any], label: bool = True) -> Builtin:
        return Builtin(qualname, functools.partial(function, self.state), on_result=_label if label else None)

    # -- scopes -------------------------------------------------------------------------------------

    def name_scope(self, name: Any, default_name: Any = None, values: Any = None) -> ContextManager:
        return self._name_scope(name, default_name, values, "name_scope")

    def _name_scope(self, name: Any, default_name: Any, values: Any, kind: str) -> ContextManager:
        if not (default_name is None or isinstance(default_name, str)):
            raise tf_type_error(f"`default_name` type ({type(default_name)}) is not a string type. "
                                f"You likely "
                                "meant to pass this into the `values` kwarg.")
        chosen = default_name if name is None else name
        # A partial of a module-level @contextmanager: decorating a nested function on every call
        # (functools.wraps) cost more than entering the scope itself.
        enter = functools.partial(_enter_name_scope, self.state, chosen, default_name, values, kind)
        return ContextManager(enter, "name_scope", chosen)

    def op_scope(self, values: Any, name: Any, default_name: Any = None) -> ContextManager:
        return self._name_scope(name, default_name, values, "op_scope")

    def variable_scope(self, name_or_scope: Any, default_name: Any = None, values: Any = None,
                       initializer: Any = None, regularizer: Any = None, caching_device: Any = None,
                       partitioner: Any = None, custom_getter: Any = None, reuse: Any = None,
                       dtype: Any = None,
                       use_resource: Any = None, constraint: Any = None,
                       auxiliary_name_scope: Any = True) -> ContextManager:
        return self._variable_scope(name_or_scope, default_name, values, reuse, auxiliary_name_scope,
                                    "variable_scope", initializer=initializer, regularizer=regularizer,
                                    caching_device=caching_device, partitioner=partitioner,
                                    custom_getter=custom_getter, dtype=dtype, use_resource=use_resource,
                                    constraint=constraint)

    def variable_op_scope(self, values: Any, name_or_scope: Any, default_name: Any = None,
                          initializer: Any = None, regularizer: Any = None, caching_device: Any = None,
                          partitioner: Any = None, custom_getter: Any = None, reuse: Any = None,
                          dtype: Any = None, use_resource: Any = None,
                          constraint: Any = None) -> ContextManager:
        return self._variable_scope(name_or_scope, default_name, values, reuse, True, "variable_op_scope",
                                    initializer=initializer, regularizer=regularizer,
                                    caching_device=caching_device, partitioner=partitioner,
                                    custom_getter=custom_getter, dtype=dtype, use_resource=use_resource,
                                    constraint=constraint)

    def _variable_scope(self, name_or_scope: Any, default_name: Any, values: Any, reuse: Any,
                        auxiliary_name_scope: Any, kind: str, **options: Any) -> ContextManager:
        reuse = vs.check_variable_scope_args(name_or_scope, default_name, reuse, auxiliary_name_scope)
        state = self.state
        graph = graph_of(state, values or [])

        def enter() -> Any:
            return vs.variable_scope(state, graph, name_or_scope, default_name, reuse, auxiliary_name_scope,
                                     kind, options)

        return ContextManager(enter, "variable_scope")

    # -- graph, collections, initialisation ---------------------------------------------------------

    def get_collection(self, key: Any, scope: Any = None) -> list[Any]:
        return self.state.graph.get_collection(key, scope)

    def global_variables(self, scope: Any = None) -> list[Any]:
        return self.state.graph.get_collection(GLOBAL_VARIABLES, scope)

    def trainable_variables(self, scope: Any = None) -> list[Any]:
        return self.state.graph.get_collection(TRAINABLE_VARIABLES, scope)

    def local_variables(self, scope: Any = None) -> list[Any]:
        return self.state.graph.get_collection(LOCAL_VARIABLES, scope)

    def add_to_collection(self, name: Any, value: Any) -> None:
        self.state.graph.add_to_collection(name, value)

    def variables_initializer(self, var_list: Any, name: str = "init") -> Operation:
        initializers = [v.initializer_op for v in var_list]
        if not initializers:
            return m.no_op(self.state, name=name)
        return m.group(self.state, *initializers, name=name)

    def global_variables_initializer(self) -> Operation:
        return self.variables_initializer(self.global_variables())

    def local_variables_initializer(self) -> Operation:
        return self.variables_initializer(self.local_variables(), name="init")

    def reset_default_graph(self) -> None:
        self.state.reset_default_graph()

    def no_effect(self, *args: Any, **kwargs: Any) -> None:
        return None

    def file_writer(self, logdir: Any = None, graph: Any = None, *args: Any, **kwargs: Any) -> Any:
        self.state.notices.append("tf.summary.FileWriter: scopecli writes no event files; `scopecli graph` "
                                  "draws the graph instead")
        return _FileWriter()

    def _more_ops(self) -> dict[str, Any]:
        """The array / math functions of engine.array_ops and engine.extra_math_ops."""
        f = self.fn
        return {
            "strided_slice": f("tf.strided_slice", arr.strided_slice),
            "transpose": f("tf.transpose", arr.transpose),
            "expand_dims": f("tf.expand_dims", arr.expand_dims),
            "squeeze": f("tf.squeeze", arr.squeeze),
            "tile": f("tf.tile", arr.tile),
            "gather": f("tf.gather", arr.gather),
            "zeros_like": f("tf.zeros_like", arr.zeros_like),
            "ones_like": f("tf.ones_like", arr.ones_like),
            "size": f("tf.size", arr.size),
            "rank": f("tf.rank", arr.rank),
            "argmax": f("tf.argmax", xm.argmax),
            "argmin": f("tf.argmin", xm.argmin),
            "reduce_prod": f("tf.reduce_prod", xm.reduce_prod),
            "add_n": f("tf.add_n", xm.add_n),
            "clip_by_value": f("tf.clip_by_value", xm.clip_by_value),
            "where": f("tf.where", xm.where),
            "one_hot": f("tf.one_hot", xm.one_hot),
            "range": f("tf.range", xm.range_),
            "logical_and": f("tf.logical_and", xm.logical_and),
            "logical_or": f("tf.logical_or", xm.logical_or),
            "logical_not": f("tf.logical_not", xm.logical_not),
            "sign": f("tf.sign", xm.sign),
            "rsqrt": f("tf.rsqrt", xm.rsqrt),
            "floor": f("tf.floor", xm.floor),
            "ceil": f("tf.ceil", xm.ceil),
            "log1p": f("tf.log1p", xm.log1p),
            "assign": f("tf.assign", xm.assign),
            "assign_add": f("tf.assign_add", xm.assign_add),
            "assign_sub": f("tf.assign_sub", xm.assign_sub),
            "newaxis": None,
        }

    def build(self) -> Namespace:
        s = self.state
        f = self.fn
        ops: dict[str, Any] = {
            "constant": f("tf.constant", constant),
            "convert_to_tensor": f("tf.convert_to_tensor", _convert_to_tensor),
            "identity": f("tf.identity", m.identity),
            "add": f("tf.add", m.add),
            "subtract": f("tf.subtract", m.subtract),
            "multiply": f("tf.multiply", m.multiply),
            "divide": f("tf.divide", m.divide),
            "truediv": f("tf.truediv", m.truediv),
            "floordiv": f("tf.floordiv", m.floordiv),
            "matmul": f("tf.matmul", m.matmul),
            "negative": f("tf.negative", m.negative),
            "square": f("tf.square", m.square),
            "sqrt": f("tf.sqrt", m.sqrt),
            "exp": f("tf.exp", m.exp),
            "log": f("tf.log", m.log),
            "tanh": f("tf.tanh", m.tanh),
            "sigmoid": f("tf.sigmoid", m.sigmoid),
            "abs": f("tf.abs", m.abs_),
            "pow": f("tf.pow", m.pow_),
            "maximum": f("tf.maximum", m.maximum),
            "minimum": f("tf.minimum", m.minimum),
            "less": f("tf.less", m.less),
            "greater": f("tf.greater", m.greater),
            "less_equal": f("tf.less_equal", m.less_equal),
            "greater_equal": f("tf.greater_equal", m.greater_equal),
            "equal": f("tf.equal", m.equal),
            "not_equal": f("tf.not_equal", m.not_equal),
            "round": f("tf.round", m.round_),
            "mod": f("tf.mod", m.floormod),
            "floormod": f("tf.floormod", m.floormod),
            "reduce_sum": f("tf.reduce_sum", m.reduce_sum),
            "reduce_mean": f("tf.reduce_mean", m.reduce_mean),
            "reduce_max": f("tf.reduce_max", m.reduce_max),
            "reduce_min": f("tf.reduce_min", m.reduce_min),
            "reshape": f("tf.reshape", m.reshape),
            "concat": f("tf.concat", m.concat),
            "stack": f("tf.stack", m.stack),
            "cast": f("tf.cast", m.cast),
            "to_float": f("tf.to_float", m.to_float),
            "to_int32": f("tf.to_int32", m.to_int32),
            "zeros": f("tf.zeros", m.zeros),
            "ones": f("tf.ones", m.ones),
            "fill": f("tf.fill", m.fill),
            "placeholder": f("tf.placeholder", m.placeholder),
            "shape": f("tf.shape", m.shape),
            "no_op": f("tf.no_op", m.no_op),
            "group": f("tf.group", m.group),
            "random_normal": f("tf.random_normal", m.random_normal),
            "random_uniform": f("tf.random_uniform", m.random_uniform),
            "truncated_normal": f("tf.truncated_normal", m.truncated_normal),
            **self._more_ops(),
        }
        nn = Namespace("tf.nn", {
            "softmax": f("tf.nn.softmax", m.softmax),
            "tanh": f("tf.nn.tanh", m.tanh),
            "sigmoid": f("tf.nn.sigmoid", m.sigmoid),
            "l2_loss": f("tf.nn.l2_loss", xm.l2_loss),
            "sigmoid_cross_entropy_with_logits": f("tf.nn.sigmoid_cross_entropy_with_logits",
                                                   xm.sigmoid_cross_entropy_with_logits),
        })
        math = Namespace("tf.math", {name: ops[name] for name in (
            "add", "subtract", "multiply", "divide", "truediv", "floordiv", "negative", "square", "sqrt",
            "exp", "log", "tanh", "sigmoid", "abs", "pow", "maximum", "minimum", "less", "greater",
            "less_equal", "greater_equal", "equal", "not_equal", "round", "floormod",
            "reduce_sum", "reduce_mean", "reduce_max", "reduce_min", *MORE_MATH)})
        initializer_classes = {
            name: ClassRef(name, cls, functools.partial(cls, s)) for name, cls in inits.CLASSES.items()
        }
        errors = Namespace("tf.errors", {name: ExceptionType(name) for name in TF_ERROR_NAMES})
        dtype_members: dict[str, Any] = dict(dtypes.EXPORTED)
        members: dict[str, Any] = {
            **ops,
            **dtype_members,
            **initializer_classes,
            "nn": nn,
            "math": math,
            "errors": errors,
            "GraphKeys": Namespace("tf.GraphKeys", dict(GRAPH_KEYS)),
            "AUTO_REUSE": vs.AUTO_REUSE,
            "name_scope": Builtin("tf.name_scope", self.name_scope),
            "op_scope": Builtin("tf.op_scope", self.op_scope),
            "variable_scope": Builtin("tf.variable_scope", self.variable_scope, accepts_callable=True),
            "variable_op_scope": Builtin("tf.variable_op_scope", self.variable_op_scope,
                                         accepts_callable=True),
            "get_variable_scope": f("tf.get_variable_scope", vs.get_variable_scope, label=False),
            "get_variable": Builtin("tf.get_variable", functools.partial(vs.get_variable, s),
                                    accepts_callable=True),
            "Variable": ClassRef("Variable", Variable, functools.partial(_make_variable, s)),
            "VariableScope": ClassRef("VariableScope", vs.VariableScope),
            "Tensor": ClassRef("Tensor", Tensor),
            "Operation": ClassRef("Operation", Operation),
            "TensorShape": ClassRef("TensorShape", TensorShape, TensorShape),
            "Dimension": ClassRef("Dimension", Dimension, Dimension),
            "DType": ClassRef("DType", dtypes.DType),
            "as_dtype": Builtin("tf.as_dtype", dtypes.as_dtype),
            "Graph": ClassRef("Graph", Graph, s.new_graph),
            "get_default_graph": Builtin("tf.get_default_graph", lambda: s.graph),
            "reset_default_graph": Builtin("tf.reset_default_graph", self.reset_default_graph),
            "get_collection": Builtin("tf.get_collection", self.get_collection),
            "add_to_collection": Builtin("tf.add_to_collection", self.add_to_collection),
            "global_variables": Builtin("tf.global_variables", self.global_variables),
            "all_variables": Builtin("tf.all_variables", self.global_variables),
            "trainable_variables": Builtin("tf.trainable_variables", self.trainable_variables),
            "local_variables": Builtin("tf.local_variables", self.local_variables),
            "global_variables_initializer": Builtin("tf.global_variables_initializer",
                                                    self.global_variables_initializer, on_result=_label),
            "initialize_all_variables": Builtin("tf.initialize_all_variables",
                                                self.global_variables_initializer, on_result=_label),
            "local_variables_initializer": Builtin("tf.local_variables_initializer",
                                                   self.local_variables_initializer, on_result=_label),
            "variables_initializer": Builtin("tf.variables_initializer", self.variables_initializer,
                                             on_result=_label),
            "disable_v2_behavior": Builtin("tf.disable_v2_behavior", self.no_effect),
            "disable_eager_execution": Builtin("tf.disable_eager_execution", self.no_effect),
            "set_random_seed": Builtin("tf.set_random_seed", self.no_effect),
            "summary": Namespace("tf.summary", {
                "FileWriter": Builtin("tf.summary.FileWriter", self.file_writer)}),
        }
        members["random"] = Namespace("tf.random", {
            "normal": ops["random_normal"], "uniform": ops["random_uniform"],
            "truncated_normal": ops["truncated_normal"], "set_random_seed": members["set_random_seed"]})
        members["initializers"] = Namespace("tf.initializers", {
            name.removesuffix("_initializer"): ref for name, ref in initializer_classes.items()})
        session = _session_classes(s)
        members.update(session)
        self._install_exports(members)
        from scopecli.engine.ops.losses import REDUCTIONS

        members["losses"].members["Reduction"] = Namespace("tf.losses.Reduction", dict(REDUCTIONS))
        from scopecli.engine.ops.template import make_template

        # Its function argument is scenario code, passed through unchanged (accepts_callable).
        members["make_template"] = Builtin("tf.make_template", functools.partial(make_template, s),
                                           accepts_callable=True)
        tf = Namespace("tf", members)
        members["compat"] = Namespace("tf.compat", {"v1": tf})
        return tf


    def _install_exports(self, members: dict[str, Any]) -> None:
        """The names declared with @tf_export (they win over the older table above)."""
        for name, (function, label) in exports().items():
            *path, leaf = name.split(".")
            table = members
            for depth, part in enumerate(path):
                namespace = table.get(part)
                if namespace is None:
                    namespace = table[part] = Namespace("tf." + ".".join(path[:depth + 1]), {})
                table = namespace.members
            table[leaf] = self.fn("tf." + name, function, label)


def _convert_to_tensor(state: TFState, value: Any, dtype: Any = None, name: Any = None,
                       preferred_dtype: Any = None, dtype_hint: Any = None) -> Tensor:
    hint = dtype_hint or preferred_dtype
    return convert_to_tensor(state, value, dtype, name, dtypes.as_dtype(hint) if hint is not None else None)


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


def _session_classes(state: TFState) -> dict[str, Any]:
    def make(target: Any = "", graph: Any = None, config: Any = None) -> Any:
        from scopecli.evaluate.session import Session

        return Session(state, graph)

    def make_interactive(*args: Any, **kwargs: Any) -> Any:
        from scopecli.evaluate.session import Session

        return Session(state, None, interactive=True)

    return {"Session": _SessionClassRef("Session", make),
            "InteractiveSession": _SessionClassRef("InteractiveSession", make_interactive)}


class _FileWriter(Namespace):
    def __init__(self) -> None:
        noop = Builtin("FileWriter.method", lambda *a, **k: None)
        super().__init__("FileWriter", {"add_graph": noop, "close": noop, "flush": noop,
                                        "add_summary": noop})

