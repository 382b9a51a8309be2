"""Public names declared on the functions that implement them (TF's `@tf_export`).

    @tf_export("nn.relu", "math.relu")   # tf.nn.relu and tf.math.relu
    def relu(state, features, name=None): ...

The decorator only records `(names, function)` in `EXPORTS`; engine.namespace builds the lazy
`tf` facade from these declarations when a run starts (importing the declaring modules first,
found by framework/discovery.py), binding each function to the run's TFState. There is no
other table of public names.

Objects that are not state-first functions (dtypes, `tf.GraphKeys`, classes such as
`tf.Variable`, `tf.Session`) are declared with `export_value("float32", make=...)`, where
`make(state)` builds the member for one run, the first time scenario code reads it.
"""

from __future__ import annotations

from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# qualified name without "tf." ("nn.relu") -> (function, whether the returned op is labelled)
EXPORTS: dict[str, tuple[Callable[..., Any], bool]] = {}
# qualified name -> options beyond the label (only names that have some): "accepts_callable"
OPTIONS: dict[str, dict[str, Any]] = {}
# qualified name -> make(state): a member that is not a state-first function (dtype, class ...)
VALUES: dict[str, Callable[[Any], Any]] = {}
# Names declared with replaceable=True: a later plain declaration of the same name wins quietly.
_REPLACEABLE: set[str] = set()


def tf_export(*names: str, label: bool = True, accepts_callable: bool = False,
              replaceable: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare `names` ("add", "math.add", "nn.relu") as public names of the decorated function,
    whose first parameter is the run's `state`.
    `label`: the op it returns is marked as the public call (what explain shows as `tf.add`).
    `accepts_callable`: an argument may be a scenario function (a custom_getter), passed as is.
    `replaceable`: a stand-in until the function's own module declares the name (used while
    branches migrate wrappers); whichever module is imported first, the plain declaration wins."""

    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        for name in names:
            if not _claim(name, replaceable, function):
                continue
            EXPORTS[name] = (function, label)
            if accepts_callable:
                OPTIONS[name] = {"accepts_callable": True}
            else:
                OPTIONS.pop(name, None)
        return function

    return register


def export_value(*names: str, make: Callable[[Any], Any], replaceable: bool = False) -> None:
    """Declare `names` as public members built per run by `make(state)` (a dtype, a class, a
    namespace of constants)."""
    for name in names:
        if _claim(name, replaceable, make):
            VALUES[name] = make


def _claim(name: str, replaceable: bool, owner: Any) -> bool:
    """Whether this declaration of `name` takes effect: a second plain declaration is refused, a
    plain one replaces a stand-in, a stand-in never replaces a plain one."""
    known = EXPORTS.get(name, (None,))[0] or VALUES.get(name)
    if known is None or known is owner:
        if replaceable:
            _REPLACEABLE.add(name)
        return True
    if replaceable:
        return name in _REPLACEABLE  # stand-in over stand-in: the later one, as before
    if name not in _REPLACEABLE:
        raise KeyError(f"tf.{name} exported twice")
    _REPLACEABLE.discard(name)
    EXPORTS.pop(name, None)
    VALUES.pop(name, None)
    OPTIONS.pop(name, None)
    return True


def is_stand_in(name: str) -> bool:
    """Whether `name`'s declaration so far is a replaceable stand-in (its own module may replace it)."""
    return name in _REPLACEABLE


def exports() -> dict[str, tuple[Callable[..., Any], bool]]:
    """Every exported function, after importing the modules that declare them."""
    load()
    return EXPORTS


def load() -> None:
    """Import the modules that declare exports (once; later imports are dictionary look-ups)."""
    from scopecli.engine.framework import discovery

    discovery.load_declarations()
