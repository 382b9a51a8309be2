"""Scenario classes deriving from a scopecli class (`class MyDense(tf.keras.layers.Layer)`): how
the scenario object and its TF side (engine/keras/subclassed.py) meet.

The instance stays a scenario object: its own attributes and methods come first, as Python's
lookup would find them; what it inherits from TF (`add_weight`, `name`, `weights`, calling it)
is looked up on its TF side by scopecli's attribute rules for scopecli objects. The TF side
reaches back only for the scenario's own `build` / `call`, as bound scenario methods.
"""

from __future__ import annotations

from scopecli.errors import InputError, ScenarioError
from scopecli.interpret.classes import MISSING, EngineInstance, Property, ScenarioClass, Super, bind
from scopecli.interpret.functions import UserFunction

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def engine_base_of(base: Any) -> Any:
    """The ClassRef `base` when scenario classes may derive from it, else None."""
    from scopecli.model import ClassRef

    return base if isinstance(base, ClassRef) and base.subclass is not None else None


def make_engine(obj: EngineInstance, args: Any, kwargs: dict[str, Any]) -> None:
    """`super().__init__(...)` reaching TF's Layer.__init__: the instance's TF side."""
    if obj.engine is not None:
        return  # __init__ run again: TF re-initialises; scopecli keeps the first
    klass = obj.cls

    def methods(name: str) -> Any:
        """A method as bound to `obj`; a property or plain attribute (an RNNCell's
        `state_size`) as a function of nothing that reads it."""
        if name in obj.attributes:
            return lambda: obj.attributes[name]
        value = klass.lookup(name)
        if value is MISSING:
            return None
        if type(value) is UserFunction:
            return bind(value, obj, klass)
        if type(value) is Property:
            return lambda: value.getter(obj)
        return None if callable(value) else (lambda: value)

    def sublayers() -> list[Any]:
        """The values the instance holds, one level into lists, tuples and dicts (Keras tracks
        layers there too), each scenario Layer as its TF side."""
        found: list[Any] = []
        for value in obj.attributes.values():
            kind = type(value)
            items = value.values() if kind is dict else value if kind in (list, tuple) else (value,)
            for item in items:
                found.append(item.engine if isinstance(item, EngineInstance) else item)
        return found

    obj.engine = klass.engine_base.subclass(methods, sublayers, klass.name, *args, **kwargs)


def engine_of(obj: EngineInstance) -> Any:
    if obj.engine is None:
        raise InputError(f"'{obj.cls.name}' derives from `{obj.cls.engine_base.name}` but its __init__ "
                         "did not call super().__init__(...): scopecli needs that call to make the layer")
    return obj.engine


def engine_member(obj: EngineInstance, name: str) -> Any:
    """The TF side holding `obj.name`; Python's AttributeError (the scenario class named) when
    neither the instance nor TF's Layer has it, so `hasattr` / `getattr(..., default)` work."""
    engine = engine_of(obj)
    if name not in type(engine).EXPOSED:
        raise ScenarioError("AttributeError", f"'{obj.cls.name}' object has no attribute '{name}'")
    return engine


def inherited(obj: Any, name: str) -> bool:
    """Whether `obj.name` is one only the TF side answers (not the instance's nor its classes')."""
    return (isinstance(obj, EngineInstance) and name not in obj.attributes
            and obj.cls.lookup(name) is MISSING)


def super_engine(proxy: Super, name: str) -> Any:
    """`super().name` past the scenario's classes: TF's `__init__`, else None (look on the TF
    side, or fail as Python would)."""
    obj = proxy.obj
    if not isinstance(obj, EngineInstance) or not isinstance(proxy.start_class, ScenarioClass):
        return None
    mro = obj.cls.mro
    start = mro.index(proxy.start_class) + 1 if proxy.start_class in mro else len(mro)
    if obj.cls.lookup(name, start) is not MISSING:
        return None
    from scopecli.interpret.builtins import PyBuiltin

    if name == "__init__":
        def init(*args: Any, **kwargs: Any) -> None:
            make_engine(obj, args, kwargs)

        return PyBuiltin("__init__", init)
    if name == "__call__":  # TF's own, never back into the scenario's override
        return PyBuiltin("__call__", engine_of(obj).base_call)
    return engine_of(obj)


def instance_call(obj: EngineInstance) -> Any:
    """What `layer(x)` calls when the class defines no `__call__`: TF's Layer.__call__."""
    if obj.cls.engine_base is None:
        raise ScenarioError("TypeError", f"'{obj.cls.name}' object is not callable")
    return engine_of(obj)


def install_unwrapper(interpreter: Any) -> None:
    """Once a scenario class derives from a TF layer: its instances handed to `tf.*` (a
    Sequential's layers, `model.add(layer)`) cross as their TF side. Files without such a
    class keep the call path as it was."""
    previous = interpreter.unwrap_call
    if getattr(previous, "unwraps_layers", False):
        return

    def unwrap(args: Any, kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        args = [_engine_value(a) for a in args]
        kwargs = {k: _engine_value(v) for k, v in kwargs.items()}
        return previous(args, kwargs) if previous is not None else (args, kwargs)

    unwrap.unwraps_layers = True  # type: ignore[attr-defined]
    interpreter.unwrap_call = unwrap


def _engine_value(value: Any) -> Any:
    if isinstance(value, EngineInstance):
        return engine_of(value)
    kind = type(value)
    if (kind is list or kind is tuple) and any(isinstance(v, EngineInstance) for v in value):
        return kind(engine_of(v) if isinstance(v, EngineInstance) else v for v in value)
    return value
