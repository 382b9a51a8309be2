"""The AST walker that runs a scenario: never `exec`, `eval` or `compile` of user code.

Statements and expressions are dispatched through `{node type: bound handler}` tables; a node
type missing from the tables was already refused by `checker`. Python values are real Python
objects, but every attribute, call and allocation goes through the rules in `pyobjects`,
`operators`, `formatting` and `builtins`. Control flow (`break`, `continue`, `return`) uses
private exceptions. Errors:

* `ScenarioError` is the emulated program's exception: `try/except` in the scenario sees it.
  Python exceptions from operations on plain values (`1/0`, `[][0]`) become ScenarioErrors of
  the same type and message, positioned at the innermost statement.
* `LimitError` / `InputError` are never caught by scenario code and skip `finally` bodies (no
  scenario code runs after a refusal); `with` blocks still call `__exit__` on the way out so
  the engine's scope stacks stay consistent.
"""

from __future__ import annotations

import ast
import inspect
import sys
import types
from itertools import islice
from typing import TYPE_CHECKING, Any

from scopecli.errors import (
    InputError,
    InternalError,
    LimitError,
    ScenarioError,
    ScopecliError,
    SourcePos,
    is_subtype,
)
from scopecli.interpret.builtins import PYTHON_BUILTIN_NAMES, PyBuiltin, make_builtins
from scopecli.interpret.checker import COST, IMPORT_HINT, annotate_costs, check
from scopecli.interpret.formatting import SafeFormatter, to_text
from scopecli.interpret.functions import Signature, UserFunction
from scopecli.interpret.operators import (
    COMPARE,
    UNARY,
    check_array_operands,
    check_range_operand,
    make_binary,
    make_inplace,
)
from scopecli.interpret.pyobjects import (
    CALL_STEPS,
    RAISE_STEPS,
    Guard,
    PyMethod,
    get_attribute,
    py_error,
    typename,
)
from scopecli.load.scenario import Scenario
from scopecli.model import BoundMethod, Builtin, ClassRef, ExceptionType, Exposed, Namespace, lookup_attribute
from scopecli.runtime import Runtime

if TYPE_CHECKING:
    import numpy as np

# Python exceptions that an operation on plain values may raise; they become ScenarioErrors.
_CONVERTED = (ArithmeticError, TypeError, ValueError, LookupError, RuntimeError)
_MISSING = object()
# Python objects that must never reach scenario code, whatever the engine returns by mistake.
_FORBIDDEN = frozenset({
    types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType,
    types.FrameType, types.CodeType, types.GeneratorType, types.TracebackType,
    types.MethodWrapperType, types.WrapperDescriptorType, types.MethodDescriptorType,
    types.GetSetDescriptorType, types.MemberDescriptorType, types.CoroutineType,
    types.AsyncGeneratorType, types.ClassMethodDescriptorType, property, staticmethod, classmethod,
})
_ENGINE_CALLABLES = (Builtin, BoundMethod, ClassRef)
# Engine results that need no look inside; containers are walked element by element.
_SCALARS = frozenset({str, int, float, bool, type(None), bytes})
_CONTAINERS = frozenset({list, tuple, dict, set, frozenset})
# Nested interpreter calls need more than CPython's default 1000 frames; this stays well below
# what the C stack can take for C-level recursion (repr or == of deeply nested lists).
_RECURSION_LIMIT = 12_000


class _ControlFlow(Exception):
    pass


class _Break(_ControlFlow):
    pass


class _Continue(_ControlFlow):
    pass


class _Return(_ControlFlow):
    def __init__(self, value: Any):
        self.value = value


class _Scope:
    """Variables of one module, function call or comprehension, and the scope around it.

    `local_names` (functions only) are the names assigned anywhere in the function: reading one
    before it is set is an UnboundLocalError, as in Python, instead of falling through to globals.
    """

    __slots__ = ("vars", "local_names", "parent")

    def __init__(self, variables: dict[str, Any], local_names: frozenset[str] | None, parent: _Scope | None):
        self.vars = variables
        self.local_names = local_names
        self.parent = parent


class Interpreter:
    """Runs one scenario against the `tf` objects in `modules`; one instance per run."""

    def __init__(
        self,
        scenario: Scenario,
        runtime: Runtime,
        modules: dict[str, Any],
        predefined: dict[str, Any] | None = None,
    ):
        self.scenario = scenario
        self.runtime = runtime
        self.modules = modules
        self.limits = runtime.limits
        self.guard = g = Guard(runtime.limits)
        runtime.guard = g  # the engine charges new name scopes and checks the deadline through it
        self.formatter = SafeFormatter(g, self.get_attribute, self._format_item)
        g.formatter = self.formatter
        self.builtins = make_builtins(g, runtime.write)
        self.globals: dict[str, Any] = dict(predefined or {})
        self._module_scope = _Scope(self.globals, None, None)
        self.scope = self._module_scope
        self._handling: list[ScenarioError] = []
        self._positions: dict[ast.AST, SourcePos] = {}
        self._signatures: dict[ast.AST, tuple[Signature, frozenset[str]]] = {}
        self._py_signatures: dict[Any, inspect.Signature | None] = {}
        self._binary = make_binary(g)
        self._inplace = make_inplace(g, self._binary)
        self._stmt = {
            ast.Expr: self._expr_stmt, ast.Assign: self._assign, ast.AugAssign: self._augassign,
            ast.AnnAssign: self._annassign, ast.If: self._if, ast.For: self._for,
            ast.With: self._with, ast.FunctionDef: self._def, ast.Return: self._return,
            ast.Pass: self._pass, ast.Break: self._break, ast.Continue: self._continue,
            ast.Try: self._try, ast.Raise: self._raise, ast.Assert: self._assert,
            ast.Import: self._import, ast.ImportFrom: self._import_from,
        }
        self._expr = {
            ast.Constant: self._constant, ast.Name: self._name, ast.Attribute: self._attribute,
            ast.Call: self._call, ast.BinOp: self._binop, ast.UnaryOp: self._unaryop,
            ast.BoolOp: self._boolop, ast.Compare: self._compare, ast.IfExp: self._ifexp,
            ast.Subscript: self._subscript, ast.Slice: self._slice, ast.List: self._list,
            ast.Tuple: self._tuple, ast.Set: self._set, ast.Dict: self._dict,
            ast.ListComp: self._listcomp, ast.SetComp: self._setcomp, ast.DictComp: self._dictcomp,
            ast.GeneratorExp: self._genexp, ast.JoinedStr: self._joinedstr, ast.Lambda: self._lambda,
            ast.Starred: self._starred, ast.FormattedValue: self._formatted,
        }

    # ---- entry points ------------------------------------------------------------------

    def run(self) -> None:
        """Check, then run the scenario's module; raises ScenarioError, LimitError or InputError."""
        check(self.scenario.module, self.scenario.path, self.limits)
        annotate_costs(self.scenario.module)
        self._guarded(self._exec_block, self.scenario.module.body)

    def evaluate(self, expression: ast.Expression) -> Any:
        """The value of an `expect:` expression, in the module's globals."""
        check(expression, self.scenario.path, self.limits)
        annotate_costs(expression)
        self.scope = self._module_scope
        return self._guarded(self._eval_at, expression.body)

    def _guarded(self, function: Any, argument: Any) -> Any:
        old_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old_limit, _RECURSION_LIMIT))
        self.guard.start_clock()
        try:
            return function(argument)
        except RecursionError:
            raise LimitError(
                "the scenario nested calls or values too deeply for scopecli",
                self.runtime.pos,
                "nest less deeply",
            ) from None
        except MemoryError:
            error = self.guard.memory_error()
            error.pos = self.runtime.pos
            raise error from None
        finally:
            self.guard.stop_clock()
            sys.setrecursionlimit(old_limit)

    def _eval_at(self, node: ast.expr, where: ast.AST | None = None) -> Any:
        """Evaluate an expression outside a statement list (lambda body, expect entry); errors
        without a position get `where`'s (default: the expression's)."""
        try:
            return self._expr[node.__class__](node)
        except ScopecliError as e:
            if e.pos is None:
                e.pos = self.pos(where or node)
            raise
        except RecursionError:
            raise
        except _CONVERTED as e:
            error = self._py_error(e)
            error.pos = self.pos(where or node)
            raise error from None

    def pos(self, node: ast.AST) -> SourcePos:
        p = self._positions.get(node)
        if p is None:
            p = self._positions[node] = self.scenario.pos(node)
        return p

    # ---- statements --------------------------------------------------------------------

    def _exec_block(self, body: list[ast.stmt]) -> None:
        handlers = self._stmt
        g = self.guard
        stmt = None
        try:
            for stmt in body:
                g.steps += stmt.scopecli_cost  # type: ignore[attr-defined]  # checker.annotate_costs
                if g.steps > g.max_steps:
                    g.out_of_steps()
                handlers[stmt.__class__](stmt)
        except ScopecliError as e:
            if e.pos is None and stmt is not None:
                e.pos = self.pos(stmt)
            raise
        except RecursionError:
            raise
        except _CONVERTED as e:
            error = self._py_error(e)
            error.pos = self.pos(stmt)
            raise error from None

    def _py_error(self, error: BaseException) -> ScenarioError:
        for arg in error.args:  # KeyError's text is the repr of its key: measure it first
            self.guard.text_size(arg, quoted=True)
        return py_error(error)

    def _expr_stmt(self, node: ast.Expr) -> None:
        value = node.value
        self._expr[value.__class__](value)

    def _assign(self, node: ast.Assign) -> None:
        value = node.value
        value = self._expr[value.__class__](value)
        for target in node.targets:
            if target.__class__ is ast.Name:
                self.scope.vars[target.id] = value
            else:
                self._store(target, value)

    def _annassign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self._store(node.target, self.eval(node.value))

    def _augassign(self, node: ast.AugAssign) -> None:
        target = node.target
        op = node.op.__class__
        if target.__class__ is ast.Name:
            old = self._name(target)
            value = self.eval(node.value)
            self._operator_pos(old, value, node)
            self.scope.vars[target.id] = self._inplace(op, old, value)
        else:  # Subscript: the checker refuses attribute targets
            obj = self.eval(target.value)
            key = self.eval(target.slice)
            old = self._getitem(obj, key, target)
            value = self.eval(node.value)
            self._operator_pos(old, value, node)
            self._setitem(obj, key, self._inplace(op, old, value))

    def _store(self, target: ast.expr, value: Any) -> None:
        kind = target.__class__
        if kind is ast.Name:
            self.scope.vars[target.id] = value
        elif kind is ast.Tuple or kind is ast.List:
            self._unpack(target.elts, value)
        elif kind is ast.Subscript:
            obj = self.eval(target.value)
            self._setitem(obj, self.eval(target.slice), value)
        else:
            raise InputError(f"cannot assign to {type(target).__name__}", self.pos(target))

    def _unpack(self, targets: list[ast.expr], value: Any) -> None:
        g = self.guard
        n = len(targets)
        stars = [i for i, t in enumerate(targets) if t.__class__ is ast.Starred]
        if not stars:
            if (type(value) is tuple or type(value) is list) and len(value) == n:
                items = value
            else:
                items = list(islice(g.iterator(value), n + 1))
                g.tick(len(items))
                if len(items) > n:
                    raise ScenarioError("ValueError", f"too many values to unpack (expected {n})")
                if len(items) < n:
                    raise ScenarioError(
                        "ValueError", f"not enough values to unpack (expected {n}, got {len(items)})"
                    )
            for t, v in zip(targets, items, strict=False):
                self._store(t, v)
            return
        if len(stars) > 1:
            raise InputError("multiple starred expressions in assignment", self.pos(targets[stars[1]]))
        star = stars[0]
        items = g.consume(value)
        after = n - star - 1
        if len(items) < n - 1:
            raise ScenarioError(
                "ValueError", f"not enough values to unpack (expected at least {n - 1}, got {len(items)})"
            )
        for t, v in zip(targets[:star], items[:star], strict=False):
            self._store(t, v)
        self._store(targets[star].value, items[star:len(items) - after])
        for t, v in zip(targets[star + 1:], items[len(items) - after:], strict=False):
            self._store(t, v)

    def _setitem(self, obj: Any, key: Any, value: Any) -> None:
        kind = type(obj)
        if kind is list:
            if type(key) is slice:
                value = self.guard.consume(value)
                self.guard.check_len(len(obj) + len(value))
            obj[key] = value
        elif kind is dict:
            obj[key] = value
        elif kind is _ndarray():
            check_range_operand(self.guard, key, value)
            obj[key] = value
        else:
            raise ScenarioError("TypeError", f"'{typename(obj)}' object does not support item assignment")

    def _if(self, node: ast.If) -> None:
        test = node.test
        if self._expr[test.__class__](test):
            self._exec_block(node.body)
        elif node.orelse:
            self._exec_block(node.orelse)

    def _for(self, node: ast.For) -> None:
        g = self.guard
        iterator = g.iterator(self.eval(node.iter))
        target = node.target
        name = target.id if target.__class__ is ast.Name else None
        variables = self.scope.vars
        body = node.body
        run = self._exec_block
        for item in iterator:
            g.fuel += 1
            if g.fuel > g.max_fuel:
                g.out_of_fuel()
            if name is not None:
                variables[name] = item
            else:
                self._store(target, item)
            try:
                run(body)
            except _Break:
                break
            except _Continue:
                continue
        else:
            if node.orelse:
                run(node.orelse)

    def _with(self, node: ast.With) -> None:
        self._with_item(node, 0)

    def _with_item(self, node: ast.With, index: int) -> None:
        if index == len(node.items):
            self._exec_block(node.body)
            return
        item = node.items[index]
        manager = self.eval(item.context_expr)
        kind = type(manager)
        if not isinstance(manager, Exposed) or not hasattr(kind, "__enter__"):
            raise ScenarioError(
                "TypeError", f"'{typename(manager)}' object does not support the context manager protocol"
            )
        where = self.pos(item.context_expr)
        self.runtime.pos = where
        value = kind.__enter__(manager)
        try:
            if item.optional_vars is not None:
                self._store(item.optional_vars, value)
            self._with_item(node, index + 1)
        except ScenarioError as e:
            self.runtime.pos = where
            if not kind.__exit__(manager, type(e), e, None):
                raise
        except _ControlFlow:
            self.runtime.pos = where
            kind.__exit__(manager, None, None, None)
            raise
        except BaseException as e:
            # A refusal, a limit or a bug ends the run; unwind the engine's stacks, never suppress.
            self.runtime.pos = where
            kind.__exit__(manager, type(e), e, None)
            raise
        else:
            self.runtime.pos = where
            kind.__exit__(manager, None, None, None)

    def _def(self, node: ast.FunctionDef) -> None:
        self.scope.vars[node.name] = self._make_function(node, node.name)

    def _lambda(self, node: ast.Lambda) -> UserFunction:
        return self._make_function(node, "<lambda>")

    def _make_function(self, node: ast.FunctionDef | ast.Lambda, name: str) -> UserFunction:
        cached = self._signatures.get(node)
        if cached is None:
            cached = self._signatures[node] = (Signature.of(node.args), _local_names(node))
        signature, local_names = cached
        args = node.args
        defaults = tuple(self.eval(d) for d in args.defaults)
        pairs = zip(args.kwonlyargs, args.kw_defaults, strict=True)
        kw_defaults = {a.arg: self.eval(d) for a, d in pairs if d is not None}
        return UserFunction(self, name, node, signature, defaults, kw_defaults, self.scope, local_names)

    def _return(self, node: ast.Return) -> None:
        raise _Return(None if node.value is None else self.eval(node.value))

    def _pass(self, node: ast.Pass) -> None:
        pass

    def _break(self, node: ast.Break) -> None:
        raise _Break

    def _continue(self, node: ast.Continue) -> None:
        raise _Continue

    def _try(self, node: ast.Try) -> None:
        if not node.finalbody:
            self._try_except(node)
            return
        try:
            self._try_except(node)
        except (ScenarioError, _ControlFlow):
            self._exec_block(node.finalbody)
            raise
        self._exec_block(node.finalbody)

    def _try_except(self, node: ast.Try) -> None:
        try:
            self._exec_block(node.body)
        except ScenarioError as e:
            self.guard.spend(RAISE_STEPS)
            handler = self._matching_handler(node.handlers, e)
            if handler is None:
                raise
            self._handling.append(e)
            try:
                if handler.name:
                    self.scope.vars[handler.name] = e
                try:
                    self._exec_block(handler.body)
                finally:
                    if handler.name:
                        self.scope.vars.pop(handler.name, None)
            finally:
                self._handling.pop()
            return
        if node.orelse:
            self._exec_block(node.orelse)

    def _matching_handler(self, handlers: list[ast.ExceptHandler], error: ScenarioError) -> Any:
        for handler in handlers:
            if handler.type is None:
                return handler
            try:
                matches = _exception_matches(error.type_name, self.eval(handler.type))
            except ScenarioError as e:
                if e.pos is None:
                    e.pos = self.pos(handler)
                raise
            if matches:
                return handler
        return None

    def _raise(self, node: ast.Raise) -> None:
        if node.exc is None:
            if not self._handling:
                raise ScenarioError("RuntimeError", "No active exception to reraise")
            raise self._handling[-1]
        error = self.eval(node.exc)
        if node.cause is not None:
            self.eval(node.cause)
        if isinstance(error, ExceptionType):
            error = error()
        if not isinstance(error, ScenarioError):
            raise ScenarioError("TypeError", "exceptions must derive from BaseException")
        error.pos = self.pos(node)
        raise error

    def _assert(self, node: ast.Assert) -> None:
        if self.eval(node.test):
            return
        if node.msg is None:
            raise ScenarioError("AssertionError", "")
        message = self.eval(node.msg)
        raise ScenarioError("AssertionError", to_text(self.guard, message), args=(message,))

    def _import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.scope.vars[alias.asname] = self._module(alias.name, node)
            else:
                top = alias.name.split(".")[0]
                self.scope.vars[top] = self._module(top, node)

    def _import_from(self, node: ast.ImportFrom) -> None:
        if node.module == "__future__":
            return
        for alias in node.names:
            module = self._module(f"{node.module}.{alias.name}", node)
            self.scope.vars[alias.asname or alias.name] = module

    def _module(self, name: str, node: ast.AST) -> Any:
        module = self.modules.get(name)
        if module is None:
            raise InputError(f"cannot import `{name}`: {IMPORT_HINT}", self.pos(node))
        return module

    # ---- expressions -------------------------------------------------------------------

    def eval(self, node: ast.expr) -> Any:
        return self._expr[node.__class__](node)

    def _constant(self, node: ast.Constant) -> Any:
        return node.value

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
        raise ScenarioError("NameError", f"name '{name}' is not defined")

    def _attribute(self, node: ast.Attribute) -> Any:
        value = node.value
        obj = self._expr[value.__class__](value)
        if obj.__class__ is Namespace:  # `tf.add`: get_attribute's Namespace branch, inlined
            name = node.attr
            found = obj.members.get(name, _MISSING)
            if found is not _MISSING and name[0] != "_":
                self.runtime.pos = self.pos(node)
                return self._checked(found)
        if isinstance(obj, Exposed):
            self.runtime.pos = self.pos(node)
        return self.get_attribute(obj, node.attr)

    def get_attribute(self, obj: Any, name: str) -> Any:
        """`obj.name` by scopecli's rules (also used for `{0.name}` in format strings)."""
        if name.startswith("_"):
            raise InputError(f"attribute `{name}` is not accessible")
        if isinstance(obj, Exposed):
            found, value = lookup_attribute(obj, name)
            if not found:
                if isinstance(obj, Namespace):
                    raise InputError(f"`{obj.qualname}.{name}` is not supported by scopecli")
                raise InputError(
                    f"'{type(obj).TYPE_NAME}' object has no attribute '{name}' (not supported by scopecli)"
                )
            return self._checked(value)
        return get_attribute(self.guard, obj, name)

    def _format_item(self, obj: Any, key: Any) -> Any:
        return obj[key]

    def _subscript(self, node: ast.Subscript) -> Any:
        obj = self.eval(node.value)
        return self._getitem(obj, self.eval(node.slice), node)

    def _getitem(self, obj: Any, key: Any, node: ast.AST) -> Any:
        if isinstance(obj, Exposed):
            self.runtime.pos = self.pos(node)
            return self._checked(obj[key])
        if type(obj) is _ndarray():
            check_range_operand(self.guard, key, None)
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
            array = _ndarray()
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
        return tuple(self._elements(node.elts))

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
        self.scope = _Scope({}, None, saved)
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

    # ---- calls ---------------------------------------------------------------------------

    def _call(self, node: ast.Call) -> Any:
        function = node.func
        function = self._expr[function.__class__](function)
        args: list[Any] = []
        for arg in node.args:
            if arg.__class__ is ast.Starred:
                args.extend(self.guard.consume(self.eval(arg.value)))
            else:
                args.append(self._expr[arg.__class__](arg))
        kwargs: dict[str, Any] = {}
        for keyword in node.keywords:
            if keyword.arg is not None:
                kwargs[keyword.arg] = self.eval(keyword.value)
                continue
            mapping = self.eval(keyword.value)
            if type(mapping) is not dict:
                raise ScenarioError(
                    "TypeError", f"argument after ** must be a mapping, not {typename(mapping)}"
                )
            for key, value in mapping.items():
                if type(key) is not str:
                    raise ScenarioError("TypeError", "keywords must be strings")
                if key in kwargs:
                    raise ScenarioError("TypeError", f"got multiple values for keyword argument '{key}'")
                kwargs[key] = value
        return self.call(function, args, kwargs, node)

    def call(self, function: Any, args: Any, kwargs: dict[str, Any], node: ast.AST) -> Any:
        kind = type(function)
        if kind is UserFunction:
            return self.call_user(function, args, kwargs, self.pos(node))
        pos = self.runtime.pos = self.pos(node)
        if kind is Builtin:  # a `tf.*` function: Builtin.__call__ inlined, the commonest call
            try:
                result = function.function(*args, **kwargs)
                if function.on_result is not None:
                    function.on_result(result, function.qualname)
            except TypeError as e:
                if not self._binds(function, args, kwargs):
                    raise InputError(f"wrong arguments to {_qualname(function)}(): {e}", pos) from None
                raise
            return self._checked(result)
        if kind is PyBuiltin or kind is PyMethod:
            return function(*args, **kwargs)
        if kind is ExceptionType:
            if kwargs:
                raise ScenarioError("TypeError", f"{function.name}() takes no keyword arguments")
            for arg in args:
                self.guard.text_size(arg)
            return function(*args)
        if isinstance(function, _ENGINE_CALLABLES):
            target = function
        elif isinstance(function, Exposed) and "__call__" in type(function).EXPOSED:
            target = BoundMethod(function, type(function).EXPOSED["__call__"])
        else:
            raise ScenarioError("TypeError", f"'{typename(function)}' object is not callable")
        try:
            result = target(*args, **kwargs)
        except TypeError as e:
            if not self._binds(target, args, kwargs):
                raise InputError(f"wrong arguments to {_qualname(target)}(): {e}", pos) from None
            raise
        return self._checked(result)

    def _checked(self, value: Any) -> Any:
        """What the engine hands to scenario code: scopecli objects and plain data only, checked
        element by element (a list of ops, a dict of collections, an array), and paid for by size."""
        kind = type(value)
        if kind in _SCALARS or isinstance(value, Exposed):
            return value
        if kind in _FORBIDDEN or isinstance(value, type):
            _forbidden(value)
        array = _ndarray()
        if kind is array:
            self._check_array(value)
            return value
        if kind not in _CONTAINERS:
            return value  # numpy scalars, dtypes, ScenarioErrors, user functions: plain data
        g = self.guard
        stack = [value]
        while stack:
            item = stack.pop()
            kind = type(item)
            if kind in _CONTAINERS:
                g.tick(len(item))
                stack.extend(item.items() if kind is dict else item)
            elif kind in _FORBIDDEN or isinstance(item, type):
                _forbidden(item)
            elif kind is array:
                self._check_array(item)
        return value

    def _check_array(self, array: np.ndarray) -> None:
        """Arrays from sess.run: bounded by limits.elements each, and paid for by size, so a loop
        cannot pile them up; an object array may only hold strings (TF string tensors)."""
        self.guard.tick(array.size >> 4)
        if array.dtype == object:
            for item in array.flat:
                if type(item) not in (str, bytes):
                    _forbidden(item)

    def _binds(self, target: Any, args: Any, kwargs: dict[str, Any]) -> bool:
        """Whether the call's arguments fit the Python signature (decides: misuse or TF error)."""
        if isinstance(target, BoundMethod):
            function, args = target.member.function, (target.owner, *args)
        elif isinstance(target, ClassRef):
            function = target.factory
        else:
            function = target.function
        if function not in self._py_signatures:
            try:
                self._py_signatures[function] = inspect.signature(function)
            except (TypeError, ValueError):
                self._py_signatures[function] = None
        signature = self._py_signatures[function]
        if signature is None:
            return True
        try:
            signature.bind(*args, **kwargs)
        except TypeError:
            return False
        return True

    def call_user(self, function: UserFunction, args: Any, kwargs: dict[str, Any], pos: SourcePos) -> Any:
        """Run a scenario function: one frame, one fuel, bounded depth."""
        frames = self.runtime.frames
        if len(frames) >= self.limits.call_depth:
            raise LimitError(
                f"scenario functions called each other more than {self.limits.call_depth} levels deep",
                pos,
                f"raise it with --max-call-depth (now {self.limits.call_depth})",
            )
        g = self.guard
        g.fuel += 1
        if g.fuel > g.max_fuel:
            g.out_of_fuel()
        g.steps += CALL_STEPS
        if g.steps > g.max_steps:
            g.out_of_steps()
        variables = function.bind(args, kwargs)
        frames.append(pos)
        saved = self.scope
        self.scope = _Scope(variables, function.local_names, function.closure)
        try:
            if function.is_lambda:
                g.steps += function.node.scopecli_cost  # type: ignore[union-attr]
                return self._eval_at(function.node.body)
            body = function.node.body
            if len(body) == 1 and body[0].__class__ is ast.Return and body[0].value is not None:
                # `def f(x): return ...` is common; skip the exception that carries the value.
                g.steps += body[0].scopecli_cost  # type: ignore[attr-defined]
                return self._eval_at(body[0].value, body[0])
            try:
                self._exec_block(function.node.body)
            except _Return as r:
                return r.value
            return None
        finally:
            self.scope = saved
            frames.pop()


def _ndarray() -> type | None:
    """numpy's array type once numpy is imported (no array exists before), else None: numpy
    is imported only when a scenario computes a value."""
    np = sys.modules.get("numpy")
    return np.ndarray if np is not None else None


def _qualname(target: Any) -> str:
    if isinstance(target, ClassRef):
        return target.name
    return target.qualname


def _forbidden(value: Any) -> None:
    raise InternalError(f"scopecli bug: a Python {type(value).__name__} reached scenario code")


def _exception_matches(type_name: str, kind: Any) -> bool:
    if type(kind) is tuple:
        return any(_exception_matches(type_name, k) for k in kind)
    if isinstance(kind, ExceptionType):
        return is_subtype(type_name, kind.name)
    raise ScenarioError("TypeError", "catching classes that do not inherit from BaseException is not allowed")


def _local_names(node: ast.FunctionDef | ast.Lambda) -> frozenset[str]:
    """Parameters plus every name the function body assigns (not counting nested scopes)."""
    a = node.args
    names = {x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs)}
    names.update(x.arg for x in (a.vararg, a.kwarg) if x is not None)
    stack: list[ast.AST] = list(node.body) if isinstance(node.body, list) else [node.body]
    scoped = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
    while stack:
        n = stack.pop()
        kind = type(n)
        if kind is ast.Name:
            if isinstance(n.ctx, ast.Store):
                names.add(n.id)
            continue
        if kind is ast.FunctionDef or kind is ast.Lambda:
            if kind is ast.FunctionDef:
                names.add(n.name)
            stack.extend(n.args.defaults)
            stack.extend(d for d in n.args.kw_defaults if d is not None)
            continue
        if kind in scoped:
            stack.append(n.generators[0].iter)
            continue
        if kind is ast.ExceptHandler and n.name:
            names.add(n.name)
        elif kind is ast.alias:
            names.add((n.asname or n.name).split(".")[0])
        stack.extend(ast.iter_child_nodes(n))
    return frozenset(names)
