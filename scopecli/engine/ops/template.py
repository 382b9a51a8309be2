"""tf.make_template (TF's ops/template.py, graph mode): a function whose variables are made on
the first call, in variable scope `name` (uniquified: `template`, `template_1` ...), and reused
by every later call, each in a new name scope of that variable scope (`template_1/` ...).
Also the collection helpers tf.add_to_collections / tf.get_collection_ref."""

from __future__ import annotations

import functools

from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.variables import GLOBAL_VARIABLES, LOCAL_VARIABLES, TRAINABLE_VARIABLES
from scopecli.errors import tf_value_error
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


class Template(Exposed):
    """template.Template: the wrapped function and the variable scope of its first call."""

    TYPE_NAME = "Template"

    def __init__(self, state: TFState, name: Any, func: Any, unique_name: Any, custom_getter: Any,
                 create_scope_now: Any = False):
        if name is None:
            raise tf_value_error("name cannot be None.")
        self._state, self._name, self._func = state, name, func
        self._unique_name, self._custom_getter = unique_name, custom_getter
        self._variable_scope: Any = None
        self._variables_created = False
        self._first_call = True
        if create_scope_now:
            # The variable scope (not a name scope) is captured now, uniquified as a default name.
            from scopecli.engine import variable_scope as vs

            scope_name = unique_name or vs.unique_variable_scope(state, name)
            with vs.pure_variable_scope(state, scope_name, custom_getter=custom_getter) as scope:
                self._variable_scope = scope

    @method
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from scopecli.engine import variable_scope as vs

        state = self._state
        graph = state.graph
        if self._variable_scope is not None:
            reuse = vs.check_variable_scope_args(self._variable_scope, None, not self._first_call, True)
            with vs.variable_scope(state, graph, self._variable_scope, None, reuse, True, "variable_scope",
                                   {}):
                return self._call_func(args, kwargs)
        options = {"custom_getter": self._custom_getter} if self._custom_getter is not None else {}
        with vs.variable_scope(state, graph, self._unique_name, self._name, None, True, "variable_scope",
                               options) as scope:
            self._variable_scope = scope
            return self._call_func(args, kwargs)

    def _call_func(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        graph = self._state.graph
        if self._variables_created:
            trainable_at_start = len(graph.get_collection(TRAINABLE_VARIABLES))
            result = self._func(*args, **kwargs)
            trainable = graph.get_collection(TRAINABLE_VARIABLES)
            if trainable_at_start != len(trainable):
                raise tf_value_error("Trainable variable created when calling a template after the first "
                                     "time, perhaps you used tf.Variable when you meant tf.get_variable: "
                                     f"{trainable[trainable_at_start:]}")
            return result
        self._first_call = False
        try:
            result = self._func(*args, **kwargs)
        except BaseException:
            self._first_call = True
            raise
        self._variables_created = True
        return result

    @attribute
    def name(self) -> Any:
        return self._name

    @attribute
    def variable_scope(self) -> Any:
        return self._variable_scope

    @attribute
    def variable_scope_name(self) -> Any:
        if self._variable_scope is None:
            return None
        name = self._variable_scope.name_
        return name if not name or name[-1] == "/" else name + "/"

    def _collection(self, key: str) -> list[Any]:
        if not self._variables_created:
            return []
        return self._state.graph.get_collection(key, self.variable_scope_name)

    @attribute
    def global_variables(self) -> list[Any]:
        return self._collection(GLOBAL_VARIABLES)

    @attribute
    def local_variables(self) -> list[Any]:
        return self._collection(LOCAL_VARIABLES)

    @attribute
    def trainable_variables(self) -> list[Any]:
        return self._collection(TRAINABLE_VARIABLES)

    @attribute
    def non_trainable_variables(self) -> list[Any]:
        trainable = set(map(id, self.trainable_variables))
        return [v for v in self.global_variables if id(v) not in trainable]

    @attribute
    def variables(self) -> list[Any]:
        return self.global_variables + self.local_variables

    def __repr__(self) -> str:
        return "<tensorflow.python.ops.template.Template object>"


@tf_export("make_template", accepts_callable=True)
def make_template(state: TFState, name_: Any, func_: Any, create_scope_now_: Any = False,
                  unique_name_: Any = None, custom_getter_: Any = None, **kwargs: Any) -> Template:
    """template.make_template (graph mode): keyword arguments are bound to `func_`."""
    func = functools.partial(func_, **kwargs) if kwargs else func_
    return Template(state, name_, func, unique_name_, custom_getter_, create_scope_now_)


@tf_export("add_to_collections", label=False)
def add_to_collections(state: TFState, names: Any, value: Any) -> None:
    """ops.add_to_collections: a single string is one name; each name once."""
    names = (names,) if isinstance(names, str) else dict.fromkeys(names)  # TF: a set
    for name in names:
        state.graph.add_to_collection(name, value)


@tf_export("get_collection_ref", label=False)
def get_collection_ref(state: TFState, key: Any) -> list[Any]:
    """ops.get_collection_ref: the collection's own list (appending to it adds to the graph)."""
    return state.graph.get_collection_ref(key)
