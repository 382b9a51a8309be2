"""Statement handlers of SPEC 5.1's Python: `class`, decorators, `while`, `global`/`nonlocal`,
`del`, attribute assignment, and the refusals the run reaches (`RefusedStatement`).

`DefinitionsMixin` is mixed into `Interpreter` (interpreter.py); the objects it makes live in
`classes`. Assigning to an attribute works on scenario objects only: scopecli's own objects
(tensors, variables, the `tf` namespace) stay read-only.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from scopecli.errors import InputError, ScenarioError
from scopecli.interpret.classes import (
    MISSING,
    ClassMethod,
    Property,
    ScenarioClass,
    ScenarioInstance,
    StaticMethod,
    delete_attribute,
    set_attribute,
)
from scopecli.interpret.functions import UserFunction
from scopecli.interpret.guard import Guard, typename
from scopecli.interpret.refusals import RefusedStatement
from scopecli.interpret.scopes import Break, Continue, Scope
from scopecli.model import Builtin, ClassRef, ExceptionType, Exposed

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# The `object` every scenario class derives from.
OBJECT = ScenarioClass("object", (), {})


class DefinitionsMixin:
    """Borrowed: `eval`, `pos`, `call`, `_exec_block`, `_make_function`, `_store`, `_getitem`,
    `_inplace`, `_operator_pos` (the other mixins)."""

    guard: Guard
    scope: Scope
    globals: dict[str, Any]
    _expr: dict[type, Callable[[Any], Any]]

    def _refused(self, node: RefusedStatement) -> None:
        raise node.error

    def _decorated(self, value: Any, decorators: list[ast.expr]) -> Any:
        # Decorator expressions are evaluated top to bottom, then applied bottom-up, as in Python.
        functions = [self.eval(d) for d in decorators]  # type: ignore[attr-defined]
        for decorator, node in zip(reversed(functions), reversed(decorators), strict=True):
            value = self.call(decorator, [value], {}, node)  # type: ignore[attr-defined]
        return value

    def _def(self, node: ast.FunctionDef) -> None:
        decorators = node.decorator_list
        function = self._make_function(node, node.name)  # type: ignore[attr-defined]
        self.scope.vars[node.name] = self._decorated(function, decorators) if decorators else function

    def _classdef(self, node: ast.ClassDef) -> None:
        from scopecli.interpret.engine_bases import engine_base_of

        bases: list[ScenarioClass] = []
        engine_base = None  # tf.keras.layers.Layer, tf.layers.Layer: a TF side for the instances
        for base_node in node.bases:
            base = self.eval(base_node)  # type: ignore[attr-defined]
            if base is OBJECT:
                continue
            if isinstance(base, ScenarioClass):
                bases.append(base)
            elif engine_base_of(base) is not None:
                if engine_base is not None:
                    raise InputError(f"class {node.name} derives from two scopecli layer classes: not "
                                     "supported by scopecli", self.pos(base_node))  # type: ignore[attr-defined]
                engine_base = base
            elif isinstance(base, ClassRef | Builtin | ExceptionType):  # tf.keras.layers.Layer, Exception
                # Named as the file spells it (`tf.nn.rnn_cell.RNNCell`): a TF API scopecli lacks.
                raise InputError(f"subclassing `{ast.unparse(base_node)}` is not supported by scopecli",
                                 self.pos(base_node))  # type: ignore[attr-defined]
            else:
                raise InputError(f"a class cannot derive from a '{typename(base)}' value in scopecli",
                                 self.pos(base_node))  # type: ignore[attr-defined]
        for keyword in node.keywords:  # metaclass=: only abc.ABCMeta, which changes nothing here
            meta = self.eval(keyword.value)  # type: ignore[attr-defined]
            if getattr(meta, "qualname", None) != "abc.ABCMeta":
                raise InputError("a metaclass other than abc.ABCMeta is not supported by scopecli",
                                 self.pos(keyword.value))  # type: ignore[attr-defined]
        namespace: dict[str, Any] = {"__module__": "__main__"}
        saved = self.scope
        self.scope = Scope(namespace, None, saved, is_class=True)
        try:
            self._exec_block(node.body)  # type: ignore[attr-defined]
        finally:
            self.scope = saved
        del namespace["__module__"]
        klass = ScenarioClass(node.name, tuple(bases) or (OBJECT,), namespace, engine_base)
        if klass.engine_base is not None:
            from scopecli.interpret.engine_bases import install_unwrapper

            install_unwrapper(self)
        kinds = {b.python_class for b in (engine_base, *(c.engine_base for c in bases)) if b is not None}
        if len(kinds) > 1:
            raise InputError(f"class {node.name} derives from two scopecli layer classes: not supported by "
                             "scopecli", self.pos(node))  # type: ignore[attr-defined]
        klass.maker = self.instantiate
        for value in namespace.values():
            function = value.getter if type(value) is Property else getattr(value, "function", value) \
                if type(value) in (StaticMethod, ClassMethod) else value
            if type(function) is UserFunction and function.owner_class is None:
                function.owner_class = klass
                function.qualname = f"{node.name}.{function.name}"
            if type(value) is Property and type(value.setter) is UserFunction:
                value.setter.owner_class = value.setter.owner_class or klass
        self.scope.vars[node.name] = self._decorated(klass, node.decorator_list) \
            if node.decorator_list else klass

    def _while(self, node: ast.While) -> None:
        g = self.guard
        test = node.test
        evaluate = self._expr[test.__class__]
        cost = node.scopecli_cost  # type: ignore[attr-defined]  # the test's nodes, per iteration
        first = True
        while True:
            if not first:
                g.steps += cost
                if g.steps > g.max_steps:
                    g.out_of_steps()
            first = False
            if not evaluate(test):
                break
            g.fuel += 1
            if g.fuel > g.max_fuel:
                g.out_of_fuel()
            try:
                self._exec_block(node.body)  # type: ignore[attr-defined]
            except Break:
                return
            except Continue:
                continue
        if node.orelse:
            self._exec_block(node.orelse)  # type: ignore[attr-defined]

    def _declaration(self, node: ast.Global | ast.Nonlocal) -> None:
        """Declarations take effect when the function is called (`call_user`); nothing to run."""

    def _delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self._delete_target(target)

    def _delete_target(self, target: ast.expr) -> None:
        kind = target.__class__
        if kind is ast.Name:
            variables = self.scope.vars
            if target.id not in variables:
                raise ScenarioError("NameError", f"name '{target.id}' is not defined")
            variables.pop(target.id)
        elif kind is ast.Tuple or kind is ast.List:
            for element in target.elts:
                self._delete_target(element)
        elif kind is ast.Subscript:
            obj = self.eval(target.value)  # type: ignore[attr-defined]
            key = self.eval(target.slice)  # type: ignore[attr-defined]
            if type(obj) is list or type(obj) is dict:
                del obj[key]
            else:
                raise ScenarioError("TypeError", f"'{typename(obj)}' object doesn't support item deletion")
        elif kind is ast.Attribute:
            obj = self.eval(target.value)  # type: ignore[attr-defined]
            if not delete_attribute(obj, target.attr):
                raise InputError(f"deleting attributes of a '{typename(obj)}' object is not supported "
                                 "by scopecli", self.pos(target))  # type: ignore[attr-defined]
        else:
            raise InputError(f"cannot delete {type(target).__name__}", self.pos(target))  # type: ignore[attr-defined]

    def set_attribute(self, obj: Any, name: str, value: Any, node: ast.AST | None) -> None:
        """`obj.name = value`: scenario objects only; scopecli's own objects are read-only."""
        if not set_attribute(obj, name, value):
            if type(obj).__name__ in _OPEN_ENGINE_TYPES and isinstance(obj, Exposed):
                self._add_attribute(obj, name, value)
                return
            if isinstance(obj, Exposed):
                what = f"a {type(obj).TYPE_NAME}"
            else:
                what = f"a '{typename(obj)}' object"
            raise InputError(f"assigning to attributes of {what} is not supported by scopecli "
                             "(only objects of the scenario's own classes take new attributes)",
                             None if node is None else self.pos(node))  # type: ignore[attr-defined]

    def _add_attribute(self, obj: Any, name: str, value: Any) -> None:
        """A new attribute on a variable, tensor, op or graph (TF's Python objects take any): kept
        in the run's side table, read back by get_attribute; TF's own members stay read-only."""
        if name[:1] == "_":  # private and dunder names stay out of reach, read or written
            raise InputError(f"assigning to the attribute `{name}` of a {type(obj).TYPE_NAME} is not "
                             "supported by scopecli")
        member = type(obj).EXPOSED.get(name)
        if member is not None:
            if member.kind == "attribute":
                raise ScenarioError("AttributeError", f"property '{name}' of '{type(obj).TYPE_NAME}' object "
                                    "has no setter")
            raise InputError(f"replacing the method `{name}` of a {type(obj).TYPE_NAME} is not supported "
                             "by scopecli")
        entry = self.added_attributes.setdefault(id(obj), (obj, {}))  # type: ignore[attr-defined]
        entry[1][name] = value

    def instantiate(self, klass: ScenarioClass, args: Any, kwargs: dict[str, Any], node: ast.AST) -> Any:
        """`Class(...)`: a new instance, `__init__` run on it."""
        from scopecli.interpret.classes import bind

        obj = klass.instance_type(klass)
        self.guard.tick(1)
        init = klass.lookup("__init__")
        if init is MISSING and klass.engine_base is not None:  # TF's Layer.__init__ itself
            from scopecli.interpret.engine_bases import make_engine

            make_engine(obj, args, kwargs)  # type: ignore[arg-type]
            return obj
        if init is MISSING:
            if args or kwargs:
                raise ScenarioError("TypeError", f"{klass.name}() takes no arguments")
            return obj
        result = self.call(bind(init, obj, klass), args, kwargs, node)  # type: ignore[attr-defined]
        if result is not None:
            raise ScenarioError("TypeError", f"__init__() should return None, not '{typename(result)}'")
        return obj



# What dir() lists for an instance of a class with nothing in it, in the running Python.
_PLAIN_CLASS_NAMES = frozenset(dir(type("Plain", (), {})()))
# Engine classes whose objects take new attributes, as TF's Python objects do (tflib's
# `param.param = True` on a tf.Variable); the key is the Python class name.
_OPEN_ENGINE_TYPES = frozenset(("Variable", "RefVariable", "ResourceVariable", "Tensor", "Operation",
                                "Graph"))


class InterpreterBuiltinsMixin:
    """Built-ins that need the running interpreter: `type`, `super`, `getattr`, `hasattr`,
    `setattr` (the last three by scopecli's attribute rules, never Python's getattr)."""

    def _interpreter_builtins(self) -> dict[str, Any]:
        from scopecli.interpret.builtins import PyBuiltin

        return {
            "type": PyBuiltin("type", self._type_of),
            "super": PyBuiltin("super", self._super),
            "getattr": PyBuiltin("getattr", self._getattr),
            "hasattr": PyBuiltin("hasattr", self._hasattr),
            "setattr": PyBuiltin("setattr", self._setattr),
            "vars": PyBuiltin("vars", self._vars),
            "dir": PyBuiltin("dir", self._dir),
            "object": OBJECT,
        }


    def _type_of(self, *args: Any) -> Any:
        from scopecli.interpret.builtins import TypeView

        if len(args) != 1:
            raise InputError("type() with three arguments (making a class) is not supported by scopecli")
        obj = args[0]
        if isinstance(obj, ScenarioInstance):
            return obj.cls
        if isinstance(obj, ScenarioError):
            return ExceptionType(obj.type_name)
        for name in ("bool", "int", "float", "str", "list", "tuple", "dict", "set", "range"):
            builtin = self.builtins[name]  # type: ignore[attr-defined]
            if type(obj) is builtin.pytype:
                return builtin
        name = typename(obj)
        if name == "Tensor":  # TF 2.x graph tensors are SymbolicTensor objects
            return TypeView("tensorflow.python.framework.ops.SymbolicTensor")
        return TypeView(name)

    def _super(self, *args: Any) -> Any:
        from scopecli.interpret.classes import Super

        if len(args) == 2:
            klass, obj = args
            if type(klass) is not ScenarioClass:
                raise ScenarioError("TypeError", "super() argument 1 must be a type")
            return Super(klass, obj)
        if args:
            raise InputError("super() with one argument is not supported by scopecli")
        scope = self.scope  # the innermost function call (a comprehension inside it has none)
        while scope is not None and scope.function is None:
            scope = scope.parent
        function = None if scope is None else scope.function
        if function is None or function.owner_class is None:
            raise ScenarioError("RuntimeError", "super(): __class__ cell not found")
        if not function.signature.positional:
            raise ScenarioError("RuntimeError", "super(): no arguments")
        first = function.signature.positional[0]
        scope = self.scope
        while scope is not None and first not in scope.vars:
            scope = scope.parent
        if scope is None:
            raise ScenarioError("RuntimeError", "super(): arg[0] deleted")
        return Super(function.owner_class, scope.vars[first])

    def _getattr(self, obj: Any, name: Any, *default: Any) -> Any:
        if type(name) is not str:
            raise ScenarioError("TypeError", "attribute name must be string, not " + f"'{typename(name)}'")
        try:
            return self.get_attribute(obj, name)  # type: ignore[attr-defined]
        except ScenarioError as error:
            if default and error.type_name == "AttributeError":
                return default[0]
            raise
        except InputError:
            if default:
                return default[0]
            raise

    def _vars(self, *args: Any) -> Any:
        if len(args) == 1 and isinstance(args[0], ScenarioInstance):
            return args[0].attributes
        if len(args) == 1 and hasattr(type(args[0]), "scenario_vars"):  # argparse's Namespace
            return args[0].scenario_vars()
        raise InputError("vars() is supported by scopecli only on objects of the scenario's own classes")

    def _dir(self, *args: Any) -> list[str]:
        """dir() of the scenario's own objects: the instance's attributes, its classes' and those
        every plain Python class has (`__init__`, `__dict__` ...), sorted."""
        if len(args) == 1 and isinstance(args[0], (ScenarioInstance, ScenarioClass)):
            obj = args[0]
            klass = obj.cls if isinstance(obj, ScenarioInstance) else obj
            if klass.engine_base is None:
                names = set(_PLAIN_CLASS_NAMES)
                if isinstance(obj, ScenarioInstance):
                    names.update(obj.attributes)
                for base in klass.mro:
                    names.update(k for k in base.namespace if k != "__qualname__")
                return sorted(names)
        raise InputError("dir() is supported by scopecli only on objects of the scenario's own classes")

    def _hasattr(self, obj: Any, name: Any) -> bool:
        missing = object()
        return self._getattr(obj, name, missing) is not missing

    def _setattr(self, obj: Any, name: Any, value: Any) -> None:
        if type(name) is not str:
            raise ScenarioError("TypeError", "attribute name must be string, not " + f"'{typename(name)}'")
        if name[:2] == "__":
            raise InputError(f"attribute `{name}` is not accessible")
        self.set_attribute(obj, name, value, None)
