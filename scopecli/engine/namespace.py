"""The `tf` facade scenario code sees, built lazily from the `@tf_export` declarations.

Nothing here is real TensorFlow and nothing here lists public names: `tf.nn.relu` exists because
a function says `@tf_export("nn.relu")`. A member is made the first time scenario code reads it
(a `Builtin` bound to this run's `TFState`), so a run pays only for the names it uses. Every
namespace can list its valid names (`names()`), for "did you mean" suggestions.

Calling an exported function opens a *frame*: while it runs, every op and scope it creates
records the call (`op.frame == "tf.layers.dense"`), so explain says `dense/` was made by
`tf.layers.dense` at the caller's line, not by a variable_scope the user opened. The op it
returns is also labelled with the call (`op.api`), which tells explain the ops a user asked for
from the ones TF built behind them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from scopecli.engine import operators  # noqa: F401 - installs the Python operators on Tensor
from scopecli.engine.framework import discovery, tf_export
from scopecli.engine.framework.operation import Tensor
from scopecli.model import Builtin, Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

_MISSING = object()
# name -> ("declared", qualified name) | ("root",) | subtree; what a declared name is (a function
# with its label and options, or a value's maker) is read when the member is first made, after
# importing the module that declares it (framework/discovery.py's index).
if TYPE_CHECKING:
    Tree = dict[str, Any]
_TREE: Tree = {}


_BUILT_FROM: list[int] = [-1]


def export_tree() -> Tree:
    """Every public name as a tree of namespaces, known from the declaration index without
    importing the declaring modules (built once; again only when a module imported later
    declared a name the index does not list, e.g. a test's own export)."""
    names = {*discovery.exported_names(), *tf_export.EXPORTS, *tf_export.VALUES}
    if len(names) != _BUILT_FROM[0]:
        _BUILT_FROM[0] = len(names)
        _TREE.clear()
        for name in sorted(names):
            _place(name, ("declared", name))
        _place("compat.v1", ("root",))
    return _TREE


def _declared(name: str) -> tuple[Any, ...]:
    """What `name` is, once the module that declares it is imported: ("function", function,
    label, accepts_callable) or ("value", make)."""
    if name not in tf_export.EXPORTS and name not in tf_export.VALUES or tf_export.is_stand_in(name):
        discovery.load_declaring("exports", name)
        if name not in tf_export.EXPORTS and name not in tf_export.VALUES:
            discovery.load_declarations()  # the index names a module that no longer declares it
    if name in tf_export.EXPORTS:
        function, label = tf_export.EXPORTS[name]
        return ("function", function, label, tf_export.OPTIONS.get(name, {}).get("accepts_callable", False))
    return ("value", tf_export.VALUES[name])


def _place(name: str, spec: tuple[Any, ...]) -> None:
    *path, leaf = name.split(".")
    table = _TREE
    for part in path:
        sub = table.setdefault(part, {})
        if not isinstance(sub, dict):
            raise KeyError(f"tf.{name}: tf.{part} is exported as a function, not a namespace")
        table = sub
    if isinstance(table.get(leaf), dict):
        raise KeyError(f"tf.{name} is exported as a namespace and as a member")
    table[leaf] = spec


def _label(result: Any, qualname: str) -> None:
    """Mark the op a public call returned, so explain can tell it from internal ops (each op of a
    returned list too: tf.split, tf.unstack, tf.shape_n)."""
    if result.__class__ is Tensor:  # the common case, without the lookups below
        op = result._op
        if op.api == "":
            op.api = qualname
        return
    if isinstance(result, (list, tuple)):
        for item in result:
            _label(item, qualname)
        return
    op = getattr(result, "_op", result)
    if getattr(op, "api", None) == "":
        op.api = qualname


def exported_call(qualname: str, function: Callable[..., Any], state: TFState) -> Callable[..., Any]:
    """`function` bound to `state`, opening the call's frame while it runs. A plain closure, so the
    facade's members stay plain `Builtin`s (the interpreter's fast call path); `__wrapped__`
    gives `inspect.signature` the public signature (the interpreter tells misuse from TF errors)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        if state.frame:  # inside another public call (a custom getter's get_variable): that one explains it
            return function(state, *args, **kwargs)
        state.frame = qualname
        try:
            return function(state, *args, **kwargs)
        finally:
            state.frame = ""

    call.__wrapped__ = functools.partial(function, state)  # type: ignore[attr-defined]
    call.__name__ = function.__name__
    return call


class LazyMembers(dict):  # type: ignore[type-arg]
    """A namespace's members, each made on first read and kept (so `tf.nn is tf.nn`).

    A dict, so that once made a member is read at dict speed (the interpreter's `tf.add` path
    calls `members.get`); before that, `in` and `[]` consult the export tree. Iterating or
    listing gives every valid name, made or not (for "did you mean")."""

    def __init__(self, state: TFState, qualname: str, tree: Tree, root: Callable[[], Namespace]):
        super().__init__()
        self._state, self._qualname, self._tree, self._root = state, qualname, tree, root

    def __missing__(self, name: str) -> Any:
        made = self._make(name, self._tree[name])  # KeyError: not a member
        dict.__setitem__(self, name, made)
        return made

    def __contains__(self, name: object) -> bool:
        return name in self._tree

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        if dict.__contains__(self, name):
            return dict.__getitem__(self, name)
        return self[name] if name in self._tree else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._tree)

    def __len__(self) -> int:
        return len(self._tree)

    def keys(self) -> Any:  # type: ignore[override]
        return self._tree.keys()

    def values(self) -> Any:  # type: ignore[override]
        return [self[name] for name in self._tree]

    def items(self) -> Any:  # type: ignore[override]
        return [(name, self[name]) for name in self._tree]

    def made(self) -> list[str]:
        """The members made so far (what a run used)."""
        return list(dict.keys(self))

    def _make(self, name: str, spec: Any) -> Any:
        qualname = f"{self._qualname}.{name}"
        if isinstance(spec, dict):
            return Namespace(qualname, LazyMembers(self._state, qualname, spec, self._root))
        if spec[0] == "root":  # tf.compat.v1 is the v1 API itself
            return self._root()
        spec = _declared(spec[1])
        if spec[0] == "function":
            _kind, function, label, accepts_callable = spec
            return Builtin(qualname, exported_call(qualname, function, self._state), accepts_callable,
                           _label if label else None)
        return spec[1](self._state)


def build_tf(state: TFState) -> Namespace:
    """The `tf` module of one run."""
    tree = export_tree()
    holder: list[Namespace] = []
    tf = Namespace("tf", LazyMembers(state, "tf", tree, lambda: holder[0]))
    holder.append(tf)
    return tf


def names(namespace: Any) -> list[str]:
    """The valid member names of a namespace such as `tf` or `tf.nn` (for "did you mean"):
    every declared name, made or not."""
    return sorted(namespace.members) if isinstance(namespace, Namespace) else []
