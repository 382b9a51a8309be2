"""What scenario code may touch of a scopecli object: an allowlist built at class definition.

The interpreter never calls ``getattr`` with a name the user wrote. Instead every class whose
instances reach scenario code derives from ``Exposed`` and marks its public surface:

    class Tensor(Exposed):
        @attribute
        def name(self) -> str: ...        # `t.name` calls this with the instance
        @method
        def eval(self, feed_dict=None): ...  # `t.eval(...)` binds then calls it

``__init_subclass__`` gathers the marks into ``cls.EXPOSED``, a plain ``{name: Member}`` dict,
so attribute access is one dict lookup (``lookup_attribute``). ``Builtin`` wraps a Python
function that scenario code may call (``tf.add``, ``print``) under the name it is known by.
"""

from __future__ import annotations

from collections.abc import Callable

from scopecli.records import ValueRecord

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# Member (a ValueRecord) and BoundMethod are plain slotted classes, not dataclasses, on purpose
# (start-up cost: see scopecli/records.py). They compare and hash by value as the frozen
# dataclasses did (`t.eval == t.eval`, a bound method as a dict key). Keep them plain.


class Member(ValueRecord):
    """One exposed name: `kind` is "attribute" (computed on access) or "method" (bound on access)."""

    __slots__ = ("name", "kind", "function")

    def __init__(self, name: str, kind: str, function: Callable[..., Any]):
        self.name = name
        self.kind = kind
        self.function = function


class ExposedProperty(property):
    """A property that scenario code may read too (made by `attribute`)."""

    __scopecli_member__ = "attribute"


def attribute(function: Callable[[Any], Any]) -> Any:
    """Mark a zero-argument method as a readable attribute: a property for Python code, and an
    exposed member for scenario code."""
    return ExposedProperty(function)


def method(function: Callable[..., Any]) -> Any:
    """Mark a method as callable from scenario code."""
    function.__scopecli_member__ = "method"  # type: ignore[attr-defined]
    return function


def renamed(name: str) -> Callable[[Callable[..., Any]], Any]:
    """Expose a marked member under another name (for names that clash with Python keywords)."""

    def mark(function: Callable[..., Any]) -> Any:
        function.__scopecli_name__ = name  # type: ignore[attr-defined]
        return function

    return mark


class Exposed:
    """Base for objects scenario code can hold; subclasses list their members with the marks."""

    EXPOSED: dict[str, Member] = {}
    # The name `type(x).__name__` would give in real TF, for messages such as
    # "'Tensor' object has no attribute 'foo'".
    TYPE_NAME = "object"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        members: dict[str, Member] = {}
        for base in reversed(cls.__mro__[1:]):
            members.update(base.__dict__.get("EXPOSED", {}))
        for key, value in cls.__dict__.items():
            if isinstance(value, ExposedProperty):
                members[key] = Member(key, "attribute", value.fget)  # type: ignore[arg-type]
                continue
            kind = getattr(value, "__scopecli_member__", None)
            if kind is not None:
                name = getattr(value, "__scopecli_name__", value.__name__)
                members[name] = Member(name, kind, value)
        cls.EXPOSED = members


class BoundMethod:
    """`obj.method` as a value, ready to be called by the interpreter."""

    __slots__ = ("owner", "member")

    def __init__(self, owner: Any, member: Member):
        self.owner = owner
        self.member = member

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not BoundMethod:
            return NotImplemented
        return (self.owner, self.member) == (other.owner, other.member)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.owner, self.member))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.member.function(self.owner, *args, **kwargs)

    @property
    def qualname(self) -> str:
        return f"{getattr(type(self.owner), 'TYPE_NAME', 'object')}.{self.member.name}"

    def __repr__(self) -> str:
        return f"<bound method {self.qualname}>"


class Builtin:
    """A Python function scenario code may call, under the name users know it by."""

    __slots__ = ("qualname", "function", "accepts_callable", "on_result")

    def __init__(self, qualname: str, function: Callable[..., Any], accepts_callable: bool = False,
                 on_result: Callable[[Any, str], None] | None = None):
        self.qualname = qualname
        self.function = function
        # True when an argument may be a scenario function (e.g. variable_scope's custom_getter);
        # the interpreter then passes its callables through unchanged.
        self.accepts_callable = accepts_callable
        # Told about every result, e.g. to label the op a public tf call returned ("tf.add").
        self.on_result = on_result

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        result = self.function(*args, **kwargs)
        if self.on_result is not None:
            self.on_result(result, self.qualname)
        return result

    def __repr__(self) -> str:
        return f"<function {self.qualname}>"


class Namespace(Exposed):
    """A module-like object (`tf`, `tf.nn`, `tf.GraphKeys`): a fixed table of members."""

    TYPE_NAME = "module"

    def __init__(self, qualname: str, members: dict[str, Any]):
        self.qualname = qualname
        self.members = members

    def __repr__(self) -> str:
        return f"<module '{self.qualname}'>"


def lookup_attribute(obj: Any, name: str) -> tuple[bool, Any]:
    """(found, value) for `obj.name` on a scopecli object; never consults Python's getattr."""
    if isinstance(obj, Namespace):
        if name in obj.members:
            return True, obj.members[name]
        return False, None
    table = getattr(type(obj), "EXPOSED", None)
    if table is None:
        return False, None
    member = table.get(name)
    if member is None:
        return False, None
    if member.kind == "attribute":
        return True, member.function(obj)
    return True, BoundMethod(obj, member)


class ExceptionType(Exposed):
    """An exception class as scenario code sees it (`ValueError`, `tf.errors.OpError` ...).

    Calling it builds the `ScenarioError` to raise; `except X` matches by the name hierarchy
    in `scopecli.errors.EXCEPTION_PARENTS`.
    """

    TYPE_NAME = "type"

    def __init__(self, name: str):
        self.name = name

    def __call__(self, *args: Any) -> Any:
        from scopecli.errors import ScenarioError

        message = str(args[0]) if len(args) == 1 else (str(args) if args else "")
        return ScenarioError(self.name, message, args=tuple(args))

    def __repr__(self) -> str:
        return f"<class '{self.name}'>"


class ClassRef(Exposed):
    """A scopecli class as scenario code sees it (`tf.Tensor`, `tf.Variable` ...).

    `isinstance(x, tf.Tensor)` checks against `python_class`; calling it calls `factory`
    when the class can be constructed from scenario code (e.g. `tf.Graph()`).
    """

    TYPE_NAME = "type"

    def __init__(self, name: str, python_class: type, factory: Any = None, subclass: Any = None):
        self.name = name
        self.python_class = python_class
        self.factory = factory
        # When scenario classes may derive from it (tf.keras.layers.Layer): makes the TF side
        # of such an instance, `subclass(methods, class_name, *init_args, **init_kwargs)`.
        self.subclass = subclass

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.factory is None:
            from scopecli.errors import InputError

            raise InputError(f"scopecli cannot construct {self.name} objects directly")
        return self.factory(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<class '{self.name}'>"


# Named tuples -> their field names: those the engine returns (TF's `TopKV2(values, indices)`) and
# those scenario code makes with the collections.namedtuple facade. The interpreter answers
# `.values`, `._fields` ... of their instances from this table only.
NAMED_TUPLES: dict[type, tuple[str, ...]] = {}


def named_tuple(typename: str, fields: tuple[str, ...]) -> type:
    """collections.namedtuple(typename, fields), registered so scenario code can read its fields."""
    import collections

    made = collections.namedtuple(typename, fields)  # type: ignore[misc]
    NAMED_TUPLES[made] = tuple(fields)
    return made
