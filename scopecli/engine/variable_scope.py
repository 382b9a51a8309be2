"""Variable scopes and the variable store (ops/variable_scope.py), rule for rule.

The two stacks TF1 users confuse live side by side: the *name scope* (graph.name_stack, prefixes
ops and tf.Variable) and the *variable scope* (VarScopeStore.current_scope, prefixes only
get_variable). `variable_scope("foo")` pushes both; its variable scope name is never uniquified
while the name scope it opens is (`foo_1/`). Both stores live in the graph, as in TF, so a new
graph starts with fresh scopes and a fresh variable store.
"""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Graph
from scopecli.engine.framework.notes import Note
from scopecli.engine.ops.variables import Variable
from scopecli.engine.variable_scope_objects import AUTO_REUSE, ReuseMode, VariableScope  # noqa: F401 - re-exported
from scopecli.errors import tf_type_error, tf_value_error
from scopecli.model import Builtin

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


class VarScopeStore:
    """_VariableScopeStore: the current variable scope and the default_name counters.

    `close_subscopes` zeroes every counter below a scope; TF scans all counters for it, here an
    index of the non-zero ones keeps a deep or long model linear.
    """

    def __init__(self) -> None:
        self.current_scope = VariableScope(False)
        self.counts: dict[str, int] = {}
        self._live: dict[str, set[str]] = {}  # prefix -> names below it with a non-zero count

    def open(self, name: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1
        live = self._live
        i = name.find("/")
        while i != -1:  # each prefix before a "/" ("a", "a/b" of "a/b/c")
            below = live.get(name[:i])
            if below is None:
                live[name[:i]] = {name}
            else:
                below.add(name)
            i = name.find("/", i + 1)

    def close_subscopes(self, name: str) -> None:
        for key in self._live.pop(name, ()):
            self.counts[key] = 0

    def count(self, name: str) -> int:
        return self.counts.get(name, 0)

    def snapshot(self) -> tuple[dict[str, int], dict[str, set[str]]]:
        return dict(self.counts), {k: set(v) for k, v in self._live.items()}

    def restore(self, saved: tuple[dict[str, int], dict[str, set[str]]]) -> None:
        self.counts, self._live = saved


def stores(graph: Graph) -> tuple[dict[str, Variable], VarScopeStore]:
    """The graph's variable store and variable-scope store, made on first use as TF does."""
    if graph.var_store is None:
        graph.var_store = {}
        graph.var_scope_store = VarScopeStore()
    return graph.var_store, graph.var_scope_store


def get_variable_scope(state: TFState) -> VariableScope:
    scope = stores(state.graph)[1].current_scope
    scope.state_ = state
    return scope


# -- entering scopes ----------------------------------------------------------------------------------

class pure_variable_scope:  # noqa: N801 - a context manager, TF's _pure_variable_scope
    """_pure_variable_scope: push a VariableScope (no name scope), pop it on exit. A class, not a
    @contextmanager: every variable_scope enters one (an optimizer's slots, each layer)."""

    __slots__ = ("state", "name_or_scope", "reuse", "options", "store", "old", "new_name", "saved", "scope")

    def __init__(self, state: TFState, name_or_scope: Any, reuse: Any = None, **options: Any):
        self.state, self.name_or_scope, self.reuse, self.options = state, name_or_scope, reuse, options

    def __enter__(self) -> VariableScope:
        return self._enter(self.state, self.name_or_scope, self.reuse, **self.options)

    def _enter(self, state: TFState, name_or_scope: Any, reuse: Any, initializer: Any = None,
               regularizer: Any = None, caching_device: Any = None, partitioner: Any = None,
               custom_getter: Any = None, old_name_scope: Any = None, dtype: Any = None,
               use_resource: Any = None, constraint: Any = None) -> VariableScope:
        store = stores(state.graph)[1]
        old = store.current_scope
        site = state.runtime.site()
        if isinstance(name_or_scope, VariableScope):
            new_name = name_or_scope.name_
            scope = VariableScope(
                name_or_scope.reuse_ if not reuse else reuse, name=new_name,
                initializer=name_or_scope.initializer_, regularizer=name_or_scope.regularizer_,
                caching_device=name_or_scope.caching_device_, partitioner=name_or_scope.partitioner_,
                dtype=name_or_scope.dtype_, custom_getter=name_or_scope.custom_getter_,
                name_scope=name_or_scope.name_scope_, use_resource=name_or_scope.use_resource_,
                constraint=constraint)
            scope.notes.append(Note("reentered_captured_scope", {"scope": new_name}))
            store.open(new_name)
            saved = store.snapshot()
        else:
            new_name = old.name_ + "/" + name_or_scope if old.name_ else name_or_scope
            inherited = reuse or old.reuse_
            scope = VariableScope(
                inherited, name=new_name, initializer=old.initializer_, regularizer=old.regularizer_,
                caching_device=old.caching_device_, partitioner=old.partitioner_, dtype=old.dtype_,
                use_resource=old.use_resource_, custom_getter=old.custom_getter_,
                name_scope=name_or_scope if old_name_scope is None else old_name_scope, constraint=constraint)
            if not reuse and old.reuse_:
                scope.reuse_set_at = "inherited"
            saved = None
        if initializer is not None:
            scope.initializer_ = initializer
        if regularizer is not None:
            scope.regularizer_ = regularizer
        if caching_device is not None:
            scope.caching_device_ = caching_device
        if partitioner is not None:
            scope.partitioner_ = partitioner
        if custom_getter is not None:
            outer = (name_or_scope if isinstance(name_or_scope, VariableScope) else old).custom_getter_
            scope.custom_getter_ = _wrap_custom_getter(custom_getter, outer)
        if dtype is not None:
            scope.dtype_ = dtypes.as_dtype(dtype)
        if use_resource is not None:
            scope.use_resource_ = use_resource
        if not isinstance(name_or_scope, VariableScope):
            store.open(new_name)
        scope.site, scope.state_ = site, state
        store.current_scope = scope
        self.store, self.old, self.new_name, self.saved, self.scope = store, old, new_name, saved, scope
        return scope

    def __exit__(self, *exc_info: object) -> None:
        store, scope = self.store, self.scope
        if store.current_scope is not scope:
            raise tf_type_error("Improper nesting of variable_scope.")  # pragma: no cover
        if self.saved is not None:
            store.restore(self.saved)
        else:
            store.close_subscopes(self.new_name)
        store.current_scope = self.old


def _wrap_custom_getter(custom_getter: Any, old_getter: Any) -> Any:
    """variable_scope._maybe_wrap_custom_getter: a nested scope's getter runs first and is handed
    the enclosing scope's getter (bound to the real one) as its `getter`."""
    if old_getter is None:
        return custom_getter

    def wrapped(getter: Any, *args: Any, **kwargs: Any) -> Any:
        def outer(*inner_args: Any, **inner_kwargs: Any) -> Any:
            return old_getter(getter, *inner_args, **inner_kwargs)

        return custom_getter(Builtin("getter", outer), *args, **kwargs)

    return Builtin("custom_getter", wrapped, accepts_callable=True)


def unique_variable_scope(state: TFState, prefix: str) -> str:
    """_get_unique_variable_scope: default_name counts variable scopes, not name scopes."""
    store = stores(state.graph)[1]
    current = store.current_scope
    name = current.name_ + "/" + prefix if current.name_ else prefix
    if store.count(name) == 0:
        return prefix
    idx = 1
    while store.count(f"{name}_{idx}") > 0:
        idx += 1
    return f"{prefix}_{idx}"


def check_variable_scope_args(name_or_scope: Any, default_name: Any, reuse: Any,
                              auxiliary_name_scope: Any) -> Any:
    """variable_scope.__init__'s checks; returns reuse normalised (False -> None)."""
    if default_name is None and name_or_scope is None:
        raise tf_type_error("If default_name is None then name_or_scope is required")
    if reuse is False:
        reuse = None
    if not (reuse is True or reuse is None or reuse is AUTO_REUSE):
        raise tf_value_error("The reuse parameter must be True or False or None.")
    if not isinstance(auxiliary_name_scope, bool):
        raise tf_type_error("The auxiliary_name_scope must be `True` or `False`, while get "
                            f"{auxiliary_name_scope}")
    return reuse


class variable_scope:  # noqa: N801 - a context manager, used as TF's variable_scope is
    """variable_scope.__enter__ / _enter_scope_uncached / __exit__: the graph made default, the
    name scope (unless auxiliary_name_scope=False) and the pure variable scope, left in reverse
    order. A class holding the managers it entered, not a @contextmanager over an ExitStack:
    every layer and every optimizer slot opens one."""

    __slots__ = ("state", "graph", "name_or_scope", "default_name", "reuse", "auxiliary_name_scope", "kind",
                 "options", "entered")

    def __init__(self, state: TFState, graph: Graph, name_or_scope: Any, default_name: Any, reuse: Any,
                 auxiliary_name_scope: bool, kind: str, options: dict[str, Any]):
        self.state, self.graph, self.name_or_scope = state, graph, name_or_scope
        self.default_name, self.reuse, self.auxiliary_name_scope = default_name, reuse, auxiliary_name_scope
        self.kind, self.options = kind, options
        self.entered: list[Any] = []

    def _enter_context(self, manager: Any) -> Any:
        value = manager.__enter__()
        self.entered.append(manager)
        return value

    def __enter__(self) -> VariableScope:
        try:
            return self._enter()
        except BaseException:
            self.__exit__(None, None, None)  # what the ExitStack did: leave what was entered
            raise

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        entered = self.entered
        while entered:
            manager = entered.pop()
            try:
                manager.__exit__(exc_type, exc, tb)
            except BaseException:
                self.__exit__(exc_type, exc, tb)  # the others are still left, as an ExitStack does
                raise

    def _enter(self) -> VariableScope:
        state, graph, name_or_scope = self.state, self.graph, self.name_or_scope
        default_name, reuse, auxiliary_name_scope = self.default_name, self.reuse, self.auxiliary_name_scope
        kind, options = self.kind, self.options
        shown = name_or_scope.name_ if isinstance(name_or_scope, VariableScope) else name_or_scope
        call = f"{kind}({shown!r})"
        self._enter_context(state.graph_scope(graph))
        name_scope_cm: Any = None
        if not auxiliary_name_scope:
            current = graph.name_stack
            name_scope_cm = graph.name_scope(current + "/" if current else current, kind, call)
        if name_or_scope is not None:
            if not isinstance(name_or_scope, (VariableScope, str)):
                raise tf_type_error("VariableScope: name_or_scope must be a string or VariableScope.")
            if isinstance(name_or_scope, str):
                scope_name = name_or_scope
            else:
                scope_name = name_or_scope.name_.split("/")[-1]
            if scope_name or name_scope_cm is not None:
                name_scope_cm = name_scope_cm or graph.name_scope(scope_name, kind, call)
                opened = self._enter_context(name_scope_cm)
                old_name_scope = opened if isinstance(name_or_scope, str) else name_or_scope.name_scope_
                scope = self._enter_context(pure_variable_scope(
                    state, name_or_scope, reuse=reuse, old_name_scope=old_name_scope, **options))
            else:
                scope = self._enter_context(pure_variable_scope(state, name_or_scope, reuse=reuse, **options))
        else:
            if reuse:
                raise tf_value_error("reuse=True cannot be used without a name_or_scope")
            name_scope_cm = name_scope_cm or graph.name_scope(default_name, kind, call)
            opened = self._enter_context(name_scope_cm)
            unique = unique_variable_scope(state, default_name)
            scope = self._enter_context(pure_variable_scope(state, unique, old_name_scope=opened, **options))
            if unique != default_name:
                scope.notes.append(Note("default_name_uniquified", {"wanted": default_name, "got": unique}))
        if not auxiliary_name_scope:
            scope.notes.append(Note("no_auxiliary_name_scope"))
        if kind == "variable_op_scope":
            scope.notes.append(Note("variable_op_scope_deprecated"))
        scope.opened_name_scope = graph.name_stack if auxiliary_name_scope else None
        graph.scope_objects.append(scope)
        return scope
