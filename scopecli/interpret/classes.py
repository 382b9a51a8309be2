"""Classes defined by scenario code: `class` statements, their instances, methods and `super()`.

A `ScenarioClass` keeps the class body's names in a plain dict and its bases' linearisation
(C3, as Python computes `__mro__`); a `ScenarioInstance` keeps its attributes in a plain dict.
Attribute lookup follows Python's order (instance dict, then the classes of the MRO) and binds
what it finds: a function becomes a `ScenarioMethod`, `@staticmethod` unwraps, `@classmethod`
binds the class, `@property` calls its getter. Nothing here ever calls Python's `getattr` with
a name the user wrote; every value is scenario data or scopecli's own object.
"""

from __future__ import annotations

from scopecli.errors import ScenarioError
from scopecli.model import Builtin

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

MISSING = _MISSING = object()  # `lookup` found nothing


class DynamicObject:
    """A facade object whose attributes are data (`FLAGS.batch_size`): the interpreter asks
    `scenario_get` / `scenario_set`, which look the name up in a dict of their own."""

    SCENARIO_TYPE_NAME = "object"

    def scenario_get(self, name: str) -> Any:
        raise NotImplementedError

    def scenario_set(self, name: str, value: Any) -> None:
        raise NotImplementedError


class StaticMethod:
    """`@staticmethod`: the function, unbound."""

    __slots__ = ("function",)
    SCENARIO_TYPE_NAME = "staticmethod"

    def __init__(self, function: Any):
        self.function = function


class ClassMethod:
    """`@classmethod`: bound to the class it is looked up on."""

    __slots__ = ("function",)
    SCENARIO_TYPE_NAME = "classmethod"

    def __init__(self, function: Any):
        self.function = function


class Property:
    """`@property` (and `@x.setter`): a getter and an optional setter, both scenario functions."""

    __slots__ = ("getter", "setter")
    SCENARIO_TYPE_NAME = "property"

    def __init__(self, getter: Any, setter: Any = None):
        self.getter = getter
        self.setter = setter


class ScenarioClass:
    """A class made by a `class` statement."""

    __slots__ = ("name", "bases", "namespace", "mro", "instance_type", "maker", "engine_base")
    SCENARIO_TYPE_NAME = "type"

    def __init__(self, name: str, bases: tuple[ScenarioClass, ...], namespace: dict[str, Any],
                 engine_base: Any = None):
        self.name = name
        self.bases = bases
        self.namespace = namespace
        self.mro: tuple[ScenarioClass, ...] = (self, *_linearise(name, bases))
        # The scopecli class (tf.keras.layers.Layer's ClassRef) this class derives from, itself
        # or through a base: its instances then have a TF side (EngineInstance.engine).
        self.engine_base = engine_base or next((b.engine_base for b in bases if b.engine_base), None)
        # Instances are of a Python class named as the scenario's, so Python's own messages
        # ("unsupported operand type(s) for +: 'Foo' and 'int'") name the scenario's class.
        base = EngineInstance if self.engine_base is not None else ScenarioInstance
        self.instance_type: type = type(name, (base,), {"__slots__": ()})
        # The interpreter's `instantiate`, so Python code (map, sorted's key, a facade) can call
        # the class too; None for `object`.
        self.maker: Any = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.maker is None:
            raise ScenarioError("TypeError", f"'{self.name}' cannot be instantiated here")
        return self.maker(self, args, kwargs, None)

    def lookup(self, name: str, start: int = 0) -> Any:
        """The first class attribute `name` along the MRO from index `start`, or _MISSING."""
        for klass in self.mro[start:]:
            value = klass.namespace.get(name, _MISSING)
            if value is not _MISSING:
                return value
        return _MISSING

    def is_subclass(self, other: ScenarioClass) -> bool:
        return other in self.mro

    def __repr__(self) -> str:
        if not self.bases and self.name == "object":
            return "<class 'object'>"
        return f"<class '__main__.{self.name}'>"


class ScenarioInstance:
    """An object made by calling a ScenarioClass."""

    __slots__ = ("cls", "attributes")

    def __init__(self, cls: ScenarioClass):
        self.cls = cls
        self.attributes: dict[str, Any] = {}

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Called from Python code (map, a facade): the class's `__call__`, as the interpreter
        would call it."""
        method = self.cls.lookup("__call__")
        if method is MISSING:
            raise ScenarioError("TypeError", f"'{self.cls.name}' object is not callable")
        return bind(method, self, self.cls)(*args, **kwargs)

    # Python's protocols, answered by the scenario class's own special methods when it has
    # them (each a scenario call, with the interpreter's limits), else as for a plain object.

    def _special(self, name: str) -> Any:
        method = self.cls.lookup(name)
        return None if method is MISSING else bind(method, self, self.cls)

    def __repr__(self) -> str:
        method = self._special("__repr__")
        if method is None:
            return f"<__main__.{self.cls.name} object at {id(self):#x}>"
        return _text_result(method(), "__repr__")

    def __str__(self) -> str:
        method = self._special("__str__")
        return repr(self) if method is None else _text_result(method(), "__str__")

    def __len__(self) -> int:
        method = self._special("__len__")
        if method is None:
            raise ScenarioError("TypeError", f"object of type '{self.cls.name}' has no len()")
        result = method()
        if type(result) is not int:
            raise ScenarioError("TypeError",
                                f"'{type(result).__name__}' object cannot be interpreted as an integer")
        return result

    def __bool__(self) -> bool:
        method = self._special("__bool__")
        if method is not None:
            result = method()
            if type(result) is not bool:
                raise ScenarioError("TypeError",
                                    f"__bool__ should return bool, returned {type(result).__name__}")
            return result
        return self._special("__len__") is None or len(self) != 0

    def __getitem__(self, key: Any) -> Any:
        method = self._special("__getitem__")
        if method is None:
            raise ScenarioError("TypeError", f"'{self.cls.name}' object is not subscriptable")
        return method(key)

    def __iter__(self) -> Any:
        method = self._special("__iter__")
        if method is None:
            raise ScenarioError("TypeError", f"'{self.cls.name}' object is not iterable")
        result = method()
        if not hasattr(result, "__next__"):
            raise ScenarioError("TypeError",
                                f"iter() returned non-iterator of type '{type(result).__name__}'")
        return result

    def __contains__(self, item: Any) -> bool:
        method = self._special("__contains__")
        if method is not None:
            return bool(method(item))
        if self._special("__iter__") is None:
            raise ScenarioError("TypeError", f"argument of type '{self.cls.name}' is not iterable")
        return any(item is x or item == x for x in self)


class EngineInstance(ScenarioInstance):
    """An instance of a scenario class deriving from a scopecli class (a Keras layer): `engine`
    is the TF side `super().__init__(...)` made (engine/keras/subclassed.py), None before."""

    __slots__ = ("engine",)

    def __init__(self, cls: ScenarioClass):
        super().__init__(cls)
        self.engine: Any = None


def _text_result(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ScenarioError("TypeError", f"{name} returned non-string (type {type(value).__name__})")
    return value



class ScenarioMethod:
    """A function bound to its first argument (an instance, or a class for @classmethod)."""

    __slots__ = ("function", "owner")
    SCENARIO_TYPE_NAME = "method"

    def __init__(self, function: Any, owner: Any):
        self.function = function
        self.owner = owner

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(self.owner, *args, **kwargs)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, ScenarioMethod) and other.function is self.function
                and other.owner is self.owner)

    def __hash__(self) -> int:
        return hash((id(self.function), id(self.owner)))

    def __repr__(self) -> str:
        owner = self.owner
        name = getattr(self.function, "name", "?")
        if isinstance(owner, ScenarioInstance):
            return f"<bound method {owner.cls.name}.{name} of {owner!r}>"
        return f"<bound method {name} of {owner!r}>"


class Super:
    """`super()` / `super(C, obj)`: attribute lookup from the class after C in obj's MRO."""

    __slots__ = ("start_class", "obj")
    SCENARIO_TYPE_NAME = "super"

    def __init__(self, start_class: ScenarioClass, obj: Any):
        self.start_class = start_class
        self.obj = obj

    def __repr__(self) -> str:
        return f"<super: <class '{self.start_class.name}'>, <{typename_of(self.obj)} object>>"


def typename_of(obj: Any) -> str:  # noqa: D103
    return obj.cls.name if isinstance(obj, ScenarioInstance) else type(obj).__name__


def bind(value: Any, instance: Any, klass: ScenarioClass) -> Any:
    """What `instance.name` gives for a class attribute `value` (instance None: `Class.name`)."""
    from scopecli.interpret.functions import UserFunction

    kind = type(value)
    if kind is UserFunction:
        return value if instance is None else ScenarioMethod(value, instance)
    if kind is StaticMethod:
        return value.function
    if kind is ClassMethod:
        return ScenarioMethod(value.function, klass)
    if kind is Property:
        if instance is None:
            return value
        return value.getter(instance)
    return value


def instance_attribute(obj: ScenarioInstance, name: str) -> Any:
    """`obj.name`, or ScenarioError AttributeError with Python's message."""
    value = obj.attributes.get(name, _MISSING)
    if value is not _MISSING:
        return value
    value = obj.cls.lookup(name)
    if value is _MISSING:
        raise ScenarioError("AttributeError", f"'{obj.cls.name}' object has no attribute '{name}'")
    return bind(value, obj, obj.cls)


def class_attribute(klass: ScenarioClass, name: str) -> Any:
    value = klass.lookup(name)
    if value is _MISSING:
        raise ScenarioError("AttributeError", f"type object '{klass.name}' has no attribute '{name}'")
    return bind(value, None, klass)


def super_attribute(proxy: Super, name: str) -> Any:
    obj = proxy.obj
    klass = obj.cls if isinstance(obj, ScenarioInstance) else obj
    mro = klass.mro
    start = mro.index(proxy.start_class) + 1 if proxy.start_class in mro else len(mro)
    value = klass.lookup(name, start)
    if value is _MISSING:
        if name == "__init__":  # object.__init__: takes nothing, does nothing
            return Builtin("object.__init__", _object_init)  # a callable scenario code may call
        raise ScenarioError("AttributeError", f"'super' object has no attribute '{name}'")
    return bind(value, obj if isinstance(obj, ScenarioInstance) else None, klass)


def _object_init(*args: Any, **kwargs: Any) -> None:
    if args or kwargs:
        raise ScenarioError("TypeError",
                            "object.__init__() takes exactly one argument (the instance to initialize)")


def set_attribute(obj: Any, name: str, value: Any) -> bool:
    """`obj.name = value` for scenario objects; False when `obj` is not one (refused by caller)."""
    if isinstance(obj, ScenarioInstance):
        found = obj.cls.lookup(name)
        if type(found) is Property:
            if found.setter is None:
                raise ScenarioError("AttributeError",
                                    f"property '{name}' of '{obj.cls.name}' object has no setter")
            found.setter(obj, value)
            return True
        obj.attributes[name] = value
        return True
    if isinstance(obj, ScenarioClass):
        obj.namespace[name] = value
        return True
    if isinstance(obj, DynamicObject):
        obj.scenario_set(name, value)
        return True
    from scopecli.interpret.functions import UserFunction

    if type(obj) is UserFunction:  # a def or lambda takes attributes, as Python functions do
        if obj.attributes is None:
            obj.attributes = {}
        obj.attributes[name] = value
        return True
    return False


def delete_attribute(obj: Any, name: str) -> bool:
    if isinstance(obj, ScenarioInstance):
        if name not in obj.attributes:
            raise ScenarioError("AttributeError", f"'{obj.cls.name}' object has no attribute '{name}'")
        del obj.attributes[name]
        return True
    if isinstance(obj, ScenarioClass):
        if name not in obj.namespace:
            raise ScenarioError("AttributeError", f"type object '{obj.name}' has no attribute '{name}'")
        del obj.namespace[name]
        return True
    from scopecli.interpret.functions import UserFunction

    if type(obj) is UserFunction:
        if obj.attributes is None or name not in obj.attributes:
            raise ScenarioError("AttributeError", f"'function' object has no attribute '{name}'")
        del obj.attributes[name]
        return True
    return False


def _linearise(name: str, bases: tuple[ScenarioClass, ...]) -> list[ScenarioClass]:
    """C3 linearisation of the bases (Python's MRO after the class itself)."""
    sequences = [list(b.mro) for b in bases] + [list(bases)]
    result: list[ScenarioClass] = []
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        for sequence in sequences:
            head = sequence[0]
            if not any(head in s[1:] for s in sequences):
                break
        else:
            names = ", ".join(b.name for b in bases)
            raise ScenarioError(
                "TypeError", f"Cannot create a consistent method resolution order (MRO) for bases {names}")
        result.append(head)
        for s in sequences:
            if s and s[0] is head:
                del s[0]
