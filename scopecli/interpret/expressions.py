"""Expression handlers: names, attributes, subscripts, operators, literals, f-strings and
comprehensions.

`ExpressionsMixin` is mixed into `Interpreter` (interpreter.py), which maps each expression node
type to a `_<kind>` method in its `_expr` table; calls and `lambda` are in `calls.py`. Reading
from a scopecli object sets `runtime.pos` first (the engine records where each op was made) and
hands the result through `_checked`.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable

from scopecli.errors import InputError, ScenarioError
from scopecli.interpret.builtins import PYTHON_BUILTIN_NAMES, PyBuiltin, type_name_of
from scopecli.interpret.classes import (
    DynamicObject,
    Property,
    ScenarioClass,
    ScenarioInstance,
    Super,
    class_attribute,
    instance_attribute,
    super_attribute,
)
from scopecli.interpret.cost import charge_compare
from scopecli.interpret.engine_bases import engine_member, inherited, super_engine
from scopecli.interpret.formatting import SafeFormatter
from scopecli.interpret.guard import Guard, ndarray, typename
from scopecli.interpret.node_costs import COST
from scopecli.interpret.operators import (
    COMPARE,
    UNARY,
    check_array_operands,
    check_index,
    check_range_operand,
)
from scopecli.interpret.pyobjects import get_attribute
from scopecli.interpret.scopes import Scope
from scopecli.interpret.spelling import closest, did_you_mean
from scopecli.model import Builtin, Exposed, Namespace, lookup_attribute
from scopecli.runtime import Runtime

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_MISSING = object()

# Operand types whose comparison C does element by element: charged first (charge_compare).
_CHARGED = frozenset({list, tuple, range})


# A string constant of the source -> the string its evaluation gives (interned if name-like):
# decided once per distinct string, not at every evaluation.
_CONSTANT_STRINGS: dict[str, str] = {}

class ExpressionsMixin:
    """The `_expr` handlers of `Interpreter`, calls aside. Borrowed: `eval`, `pos` (core);
    `_store` (statements); `_checked` (calls)."""

    # Owned by Interpreter (interpreter.py); declared here for readers.
    guard: Guard
    runtime: Runtime
    scope: Scope
    builtins: dict[str, Any]
    formatter: SafeFormatter
    _expr: dict[type, Callable[[Any], Any]]
    _binary: dict[type, Callable[[Any, Any], Any]]

    def _constant(self, node: ast.Constant) -> Any:
        value = node.value
        if value.__class__ is str:
            # CPython interns every name-like string constant of its code objects, so
            # `FLAGS.norm is not 'None'` is False when both are the literal 'None'.
            known = _CONSTANT_STRINGS.get(value)
            if known is None:
                known = sys.intern(value) if value.isascii() and value.replace("_", "a").isalnum() else value
                if len(value) <= 64 and len(_CONSTANT_STRINGS) < 100_000:
                    _CONSTANT_STRINGS[value] = known
            return known
        return value

    def _name(self, node: ast.Name) -> Any:
        name = node.id
        scope = self.scope
        while scope is not None:
            value = scope.vars.get(name, _MISSING)
            if value is not _MISSING:
                return value
            if scope.local_names is not None and name in scope.local_names:
                if scope is self.scope:
                    raise ScenarioError(
                        "UnboundLocalError",
                        f"cannot access local variable '{name}' where it is not associated with a value",
                    )
                raise ScenarioError(
                    "NameError",
                    f"cannot access free variable '{name}' where it is not associated with a value"
                    " in enclosing scope",
                )
            scope = scope.parent
        value = self.builtins.get(name, _MISSING)
        if value is not _MISSING:
            return value
        if name in PYTHON_BUILTIN_NAMES:
            raise InputError(f"`{name}` is not available in scopecli", self.pos(node))
        known: list[str] = list(self.builtins)
        scope = self.scope
        while scope is not None:
            known.extend(scope.vars)
            scope = scope.parent
        found = closest(name, known)
        fix = "did you mean " + " or ".join(f"'{c}'" for c in found) + "?" if found else None
        raise ScenarioError("NameError", f"name '{name}' is not defined", fix=fix)

    def _attribute(self, node: ast.Attribute) -> Any:
        value = node.value
        obj = self._expr[value.__class__](value)
        if obj.__class__ is Namespace:  # `tf.add`: get_attribute's Namespace branch, inlined
            name = node.attr
            members = obj.members  # a dict (a LazyMembers for `tf`: its get makes a member)
            found = dict.get(members, name, _MISSING)  # made already: read at dict speed
            if found is _MISSING:
                found = members.get(name, _MISSING)
            if found is not _MISSING and name[0] != "_":
                # A namespace member is a fixed value: reading it builds nothing, so no position
                # is recorded (the call that usually follows records its own).
                kind = found.__class__
                return found if kind is Builtin or kind is Namespace else self._checked(found)
        if isinstance(obj, Exposed):
            self.runtime.pos = self.pos(node)
        try:
            return self.get_attribute(obj, node.attr)
        except InputError as error:  # a refused attribute: point at it, not at its statement
            if error.pos is None:
                error.pos = self.pos(node)
            raise

    def get_attribute(self, obj: Any, name: str) -> Any:
        """`obj.name` by scopecli's rules (also used for `{0.name}` in format strings)."""
        if name[:2] == "__":
            return self._dunder_attribute(obj, name)
        if isinstance(obj, Exposed):
            found, value = lookup_attribute(obj, name)
            if not found:
                added = self.added_attributes.get(id(obj))  # type: ignore[attr-defined]
                if added is not None and name in added[1]:
                    return added[1][name]  # set by scenario code: `param.param = True`
                if isinstance(obj, Namespace):
                    from scopecli.engine.removed_api import removed_error

                    removed = removed_error(obj.qualname, name)
                    if removed is not None:  # a pre-1.0 name: TF's AttributeError, catchable
                        raise removed
                    raise InputError(f"`{obj.qualname}.{name}` is not supported by scopecli"
                                     + did_you_mean(name, obj.members, f"{obj.qualname}."))
                raise InputError(
                    f"'{type(obj).TYPE_NAME}' object has no attribute '{name}' (not supported by scopecli)"
                    + did_you_mean(name, type(obj).EXPOSED)
                )
            return self._checked(value)
        kind = obj.__class__
        if issubclass(kind, ScenarioInstance):
            if inherited(obj, name):  # TF's Layer attributes of a scenario Layer subclass
                return self.get_attribute(engine_member(obj, name), name)
            return instance_attribute(obj, name)
        if kind is ScenarioClass:
            return class_attribute(obj, name)
        if kind is Super:
            engine = super_engine(obj, name)
            return super_attribute(obj, name) if engine is None else self.get_attribute(engine, name)
        if issubclass(kind, DynamicObject):
            return obj.scenario_get(name)
        if kind is Property and name == "setter":
            return PyBuiltin("setter", lambda setter: Property(obj.getter, setter))
        return get_attribute(self.guard, obj, name)

    def _dunder_attribute(self, obj: Any, name: str) -> Any:
        """The few dunders SPEC 5.1 lists: `__name__` of types and functions, `__class__` of a
        scenario object, `__init__` / `__call__` of scenario classes (`super().__init__`)."""
        kind = obj.__class__
        if name == "__name__":
            found = type_name_of(obj)
            if found is not None:
                return found
        elif name == "__class__" and issubclass(kind, ScenarioInstance):
            return obj.cls
        elif name == "__dict__" and issubclass(kind, ScenarioInstance):
            return obj.attributes  # the instance's own dict of scenario values
        elif name in ("__init__", "__call__"):
            if kind is Super:
                return super_engine(obj, name) or super_attribute(obj, name)
            if issubclass(kind, ScenarioInstance):
                return instance_attribute(obj, name)
            if kind is ScenarioClass:
                return class_attribute(obj, name)
        raise InputError(f"attribute `{name}` is not accessible")

    def _format_item(self, obj: Any, key: Any) -> Any:
        return obj[key]

    def _subscript(self, node: ast.Subscript) -> Any:
        obj = self.eval(node.value)
        return self._getitem(obj, self.eval(node.slice), node)

    def _getitem(self, obj: Any, key: Any, node: ast.AST) -> Any:
        if isinstance(obj, Exposed):
            self.runtime.pos = self.pos(node)
            return self._checked(obj[key])
        if type(obj) is ndarray():
            check_range_operand(self.guard, key, None)
            check_index(self.guard, obj, key)
        return obj[key]

    def _slice(self, node: ast.Slice) -> slice:
        ev = self.eval
        return slice(
            None if node.lower is None else ev(node.lower),
            None if node.upper is None else ev(node.upper),
            None if node.step is None else ev(node.step),
        )

    def _operator_pos(self, left: Any, right: Any, node: ast.AST) -> None:
        if isinstance(left, Exposed) or isinstance(right, Exposed):
            self.runtime.pos = self.pos(node)
        else:
            array = ndarray()
            if array is not None and (type(left) is array or type(right) is array):
                check_array_operands(self.guard, left, right)

    def _binop(self, node: ast.BinOp) -> Any:
        left = self.eval(node.left)
        right = self.eval(node.right)
        self._operator_pos(left, right, node)
        return self._binary[node.op.__class__](left, right)

    def _unaryop(self, node: ast.UnaryOp) -> Any:
        operand = self.eval(node.operand)
        if isinstance(operand, Exposed):
            self.runtime.pos = self.pos(node)
        return UNARY[node.op.__class__](operand)

    def _boolop(self, node: ast.BoolOp) -> Any:
        value = None
        if node.op.__class__ is ast.And:
            for child in node.values:
                value = self.eval(child)
                if not value:
                    return value
            return value
        for child in node.values:
            value = self.eval(child)
            if value:
                return value
        return value

    def _compare(self, node: ast.Compare) -> Any:
        left = self.eval(node.left)
        result: Any = True
        for op, comparator in zip(node.ops, node.comparators, strict=False):
            right = self.eval(comparator)
            self._operator_pos(left, right, node)
            if type(right) in _CHARGED or type(left) in _CHARGED:
                charge_compare(self.guard, op.__class__, left, right)
            result = COMPARE[op.__class__](left, right)
            if len(node.ops) > 1 and not result:
                return result
            left = right
        return result

    def _ifexp(self, node: ast.IfExp) -> Any:
        return self.eval(node.body) if self.eval(node.test) else self.eval(node.orelse)

    def _elements(self, nodes: list[ast.expr]) -> list[Any]:
        out: list[Any] = []
        for node in nodes:
            if node.__class__ is ast.Starred:
                out.extend(self.guard.consume(self.eval(node.value)))
            else:
                out.append(self._expr[node.__class__](node))
        self.guard.check_len(len(out))
        return out

    def _list(self, node: ast.List) -> list:
        return self._elements(node.elts)

    def _tuple(self, node: ast.Tuple) -> tuple:
        return self.guard.make_tuple(self._elements(node.elts))

    def _set(self, node: ast.Set) -> set:
        return set(self._elements(node.elts))

    def _dict(self, node: ast.Dict) -> dict:
        out: dict[Any, Any] = {}
        for key, value in zip(node.keys, node.values, strict=False):
            if key is None:
                mapping = self.eval(value)
                if type(mapping) is not dict:
                    raise ScenarioError("TypeError", f"'{typename(mapping)}' object is not a mapping")
                self.guard.tick(len(mapping))
                out.update(mapping)
            else:
                out[self.eval(key)] = self.eval(value)
        return out

    def _starred(self, node: ast.Starred) -> Any:
        raise InputError("a starred expression is not supported here", self.pos(node))

    def _formatted(self, node: ast.FormattedValue) -> str:
        return self._joinedstr(ast.JoinedStr(values=[node]))

    def _joinedstr(self, node: ast.JoinedStr) -> str:
        parts: list[str] = []
        total = 0
        for part in node.values:
            if part.__class__ is ast.Constant:
                text = part.value
            else:
                value = self.eval(part.value)
                spec = "" if part.format_spec is None else self._joinedstr(part.format_spec)
                text = self.formatter.fstring_field(value, part.conversion, spec)
            total += len(text)
            self.guard.check_len(total)
            parts.append(text)
        return "".join(parts)

    # ---- comprehensions: their own scope, one fuel per element ---------------------------

    def _comprehension(self, node: ast.expr, generators: list[ast.comprehension], emit: Any) -> None:
        first = self.eval(generators[0].iter)  # evaluated in the enclosing scope, as in Python
        saved = self.scope
        self.scope = Scope({}, None, saved)
        try:
            self._comprehension_level(generators, 0, first, emit, getattr(node, COST, 1))
        finally:
            self.scope = saved

    def _comprehension_level(self, generators: list[ast.comprehension], index: int, iterable: Any,
                             emit: Any, cost: int) -> None:
        g = self.guard
        generator = generators[index]
        target = generator.target
        name = target.id if target.__class__ is ast.Name else None
        variables = self.scope.vars
        conditions = generator.ifs
        last = index + 1 == len(generators)
        for item in g.iterator(iterable):
            g.fuel += 1
            if g.fuel > g.max_fuel:
                g.out_of_fuel()
            g.steps += cost
            if g.steps > g.max_steps:
                g.out_of_steps()
            if name is not None:
                variables[name] = item
            else:
                self._store(target, item)
            if conditions and not all(self.eval(c) for c in conditions):
                continue
            if last:
                emit()
            else:
                inner = generators[index + 1].iter
                self._comprehension_level(generators, index + 1, self.eval(inner), emit, cost)

    def _listcomp(self, node: ast.ListComp) -> list:
        out: list[Any] = []
        elt = node.elt
        self._comprehension(node, node.generators, lambda: out.append(self.eval(elt)))
        return out

    def _setcomp(self, node: ast.SetComp) -> set:
        out: set[Any] = set()
        elt = node.elt
        self._comprehension(node, node.generators, lambda: out.add(self.eval(elt)))
        return out

    def _dictcomp(self, node: ast.DictComp) -> dict:
        out: dict[Any, Any] = {}

        def emit() -> None:
            key = self.eval(node.key)
            out[key] = self.eval(node.value)

        self._comprehension(node, node.generators, emit)
        return out

    def _genexp(self, node: ast.GeneratorExp) -> Any:
        # Evaluated eagerly (with fuel): a lazy generator would run scenario code from inside
        # whatever C function consumes it, outside the interpreter's control.
        out: list[Any] = []
        elt = node.elt
        self._comprehension(node, node.generators, lambda: out.append(self.eval(elt)))
        return iter(out)

