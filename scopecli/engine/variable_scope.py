"""Variable scopes and the variable store (ops/variable_scope.py), rule for rule.

The two stacks TF1 users confuse live side by side: the *name scope* (graph.name_stack, prefixes
ops and tf.Variable) and the *variable scope* (VarScopeStore.current_scope, prefixes only
get_variable). `variable_scope("foo")` pushes both; its variable scope name is never uniquified
while the name scope it opens is (`foo_1/`). Both stores live in the graph, as in TF, so a new
graph starts with fresh scopes and a fresh variable store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Graph
from scopecli.engine.framework.notes import Note
from scopecli.engine.ops.variables import Variable
from scopecli.errors import tf_type_error, tf_value_error
from scopecli.model import Builtin, Exposed, attribute, method

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState


class ReuseMode(Exposed):
    """tf.AUTO_REUSE (variable_scope._ReuseMode.AUTO_REUSE)."""

    TYPE_NAME = "_ReuseMode"

    @attribute
    def name(self) -> str:
        return "AUTO_REUSE"

    @attribute
    def value(self) -> int:
        return 1

    def __repr__(self) -> str:
        return "<_ReuseMode.AUTO_REUSE: 1>"

    def __str__(self) -> str:
        return "_ReuseMode.AUTO_REUSE"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


AUTO_REUSE = ReuseMode()


class VariableScope(Exposed):
    """The defaults get_variable reads: name prefix, reuse, initializer, dtype ..."""

    TYPE_NAME = "VariableScope"

    def __init__(self, reuse: Any, name: str = "", initializer: Any = None, regularizer: Any = None,
                 caching_device: Any = None, partitioner: Any = None, custom_getter: Any = None,
                 name_scope: str = "", dtype: Any = dtypes.float32, use_resource: Any = None,
                 constraint: Any = None):
        self.reuse_ = reuse
        self.name_ = name
        self.initializer_ = initializer
        self.regularizer_ = regularizer
        self.caching_device_ = caching_device
        self.partitioner_ = partitioner
        self.custom_getter_ = custom_getter
        self.name_scope_ = name_scope
        self.dtype_ = dtype
        self.use_resource_ = use_resource
        self.constraint_ = constraint
        # For explain: where this scope object was opened and how its settings came about.
        self.site: Any = None
        self.notes: list[Note] = []
        self.reuse_set_at: Any = None
        self.opened_name_scope: str | None = None  # the name scope its `with` opened (None: none opened)
        self.state_: Any = None  # the run's TFState: get_collection reads its default graph, as TF's does

    @attribute
    def name(self) -> str:
        return self.name_

    @attribute
    def original_name_scope(self) -> str:
        return self.name_scope_

    @attribute
    def reuse(self) -> Any:
        return self.reuse_

    @attribute
    def initializer(self) -> Any:
        return self.initializer_

    @attribute
    def dtype(self) -> Any:
        return self.dtype_

    @attribute
    def regularizer(self) -> Any:
        return self.regularizer_

    @attribute
    def caching_device(self) -> Any:
        return self.caching_device_

    @attribute
    def partitioner(self) -> Any:
        return self.partitioner_

    @attribute
    def custom_getter(self) -> Any:
        return self.custom_getter_

    @attribute
    def use_resource(self) -> Any:
        return self.use_resource_

    @attribute
    def constraint(self) -> Any:
        return self.constraint_

    @method
    def reuse_variables(self) -> None:
        self.reuse_ = True
        self.reuse_set_at = "reuse_variables()"

    @method
    def set_initializer(self, initializer: Any) -> None:
        self.initializer_ = initializer

    @method
    def set_dtype(self, dtype: Any) -> None:
        self.dtype_ = dtype

    @method
    def set_regularizer(self, regularizer: Any) -> None:
        self.regularizer_ = regularizer

    @method
    def set_caching_device(self, caching_device: Any) -> None:
        self.caching_device_ = caching_device

    @method
    def set_partitioner(self, partitioner: Any) -> None:
        self.partitioner_ = partitioner

    @method
    def set_custom_getter(self, custom_getter: Any) -> None:
        self.custom_getter_ = custom_getter

    @method
    def set_use_resource(self, use_resource: Any) -> None:
        self.use_resource_ = use_resource

    @method
    def get_collection(self, name: Any) -> list[Any]:
        """VariableScope.get_collection: the default graph's collection filtered by this scope."""
        return self.state_.graph.get_collection(name, self.name_ + "/" if self.name_ else "")

    @method
    def trainable_variables(self) -> list[Any]:
        return self.get_collection("trainable_variables")

    @method
    def global_variables(self) -> list[Any]:
        return self.get_collection("variables")

    @method
    def local_variables(self) -> list[Any]:
        return self.get_collection("local_variables")

    def __repr__(self) -> str:
        return "<tensorflow.python.ops.variable_scope.VariableScope object>"


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
        parts = name.split("/")
        for i in range(1, len(parts)):
            self._live.setdefault("/".join(parts[:i]), set()).add(name)

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

@contextmanager
def pure_variable_scope(state: TFState, name_or_scope: Any, reuse: Any = None, initializer: Any = None,
                        regularizer: Any = None, caching_device: Any = None, partitioner: Any = None,
                        custom_getter: Any = None, old_name_scope: Any = None, dtype: Any = None,
                        use_resource: Any = None, constraint: Any = None) -> Iterator[VariableScope]:
    """_pure_variable_scope: push a VariableScope (no name scope), pop it on exit."""
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
    try:
        yield scope
    finally:
        if store.current_scope is not scope:
            raise tf_type_error("Improper nesting of variable_scope.")  # pragma: no cover
        if saved is not None:
            store.restore(saved)
        else:
            store.close_subscopes(new_name)
        store.current_scope = old


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


@contextmanager
def variable_scope(state: TFState, graph: Graph, name_or_scope: Any, default_name: Any, reuse: Any,
                   auxiliary_name_scope: bool, kind: str, options: dict[str, Any]) -> Iterator[VariableScope]:
    """variable_scope.__enter__ / _enter_scope_uncached / __exit__."""
    call = f"{kind}({name_or_scope.name_ if isinstance(name_or_scope, VariableScope) else name_or_scope!r})"
    with ExitStack() as stack:
        stack.enter_context(state.graph_scope(graph))
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
                opened = stack.enter_context(name_scope_cm)
                old_name_scope = opened if isinstance(name_or_scope, str) else name_or_scope.name_scope_
                scope = stack.enter_context(pure_variable_scope(
                    state, name_or_scope, reuse=reuse, old_name_scope=old_name_scope, **options))
            else:
                scope = stack.enter_context(pure_variable_scope(state, name_or_scope, reuse=reuse, **options))
        else:
            if reuse:
                raise tf_value_error("reuse=True cannot be used without a name_or_scope")
            name_scope_cm = name_scope_cm or graph.name_scope(default_name, kind, call)
            opened = stack.enter_context(name_scope_cm)
            unique = unique_variable_scope(state, default_name)
            scope = stack.enter_context(pure_variable_scope(state, unique, old_name_scope=opened, **options))
            if unique != default_name:
                scope.notes.append(Note("default_name_uniquified", {"wanted": default_name, "got": unique}))
        if not auxiliary_name_scope:
            scope.notes.append(Note("no_auxiliary_name_scope"))
        if kind == "variable_op_scope":
            scope.notes.append(Note("variable_op_scope_deprecated"))
        scope.opened_name_scope = graph.name_stack if auxiliary_name_scope else None
        graph.scope_objects.append(scope)
        yield scope
