"""Statement handlers: assignment and unpacking, `if`/`for`/`with`/`try`, `raise`, `assert`,
`return`/`break`/`continue` and imports.

`StatementsMixin` is mixed into `Interpreter` (interpreter.py), which owns the state used here
and maps each statement node type to a `_<kind>` method in its `_stmt` table; `def` is in
`calls.py`, next to the code that runs the function.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from itertools import islice

from scopecli.errors import InputError, ScenarioError, ScopecliError, is_subtype
from scopecli.interpret.checker import IMPORT_HINT
from scopecli.interpret.facades import facade, is_facade
from scopecli.interpret.formatting import to_text
from scopecli.interpret.guard import RAISE_STEPS, Guard, ndarray, typename
from scopecli.interpret.operators import check_range_operand
from scopecli.interpret.scopes import Break, Continue, ControlFlow, Return, Scope
from scopecli.model import ExceptionType, Exposed
from scopecli.runtime import Runtime

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class StatementsMixin:
    """The `_stmt` handlers of `Interpreter`. Borrowed: `eval`, `pos`, `_exec_block` (core);
    `_name`, `_getitem`, `_operator_pos` (expressions)."""

    # Owned by Interpreter (interpreter.py); declared here for readers.
    guard: Guard
    runtime: Runtime
    scope: Scope
    modules: dict[str, Any]
    _handling: list[ScenarioError]
    _expr: dict[type, Callable[[Any], Any]]
    _inplace: Callable[..., Any]

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
        elif target.__class__ is ast.Attribute:
            obj = self.eval(target.value)
            old = self.get_attribute(obj, target.attr)
            value = self.eval(node.value)
            self._operator_pos(old, value, node)
            self.set_attribute(obj, target.attr, self._inplace(op, old, value), target)
        else:  # Subscript
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
        elif kind is ast.Attribute:
            self.set_attribute(self.eval(target.value), target.attr, value, target)
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
        elif kind is dict or isinstance(obj, dict):  # OrderedDict, defaultdict (facades)
            obj[key] = value
        elif kind is ndarray():
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
            except Break:
                break
            except Continue:
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
        except ControlFlow:
            self.runtime.pos = where
            kind.__exit__(manager, None, None, None)
            raise
        except BaseException as e:
            # A refusal, a limit or a bug ends the run; unwind the engine's stacks, never suppress,
            # and never let an error raised by `__exit__` while unwinding take its place.
            self.runtime.pos = where
            self.guard.fatal = self.guard.fatal or (e if isinstance(e, ScopecliError) else None)
            try:
                kind.__exit__(manager, type(e), e, None)
            except (ScopecliError, ArithmeticError, TypeError, ValueError, LookupError, RuntimeError):
                raise e from None
            raise
        else:
            self.runtime.pos = where
            kind.__exit__(manager, None, None, None)

    def _return(self, node: ast.Return) -> None:
        raise Return(None if node.value is None else self.eval(node.value))

    def _pass(self, node: ast.Pass) -> None:
        pass

    def _break(self, node: ast.Break) -> None:
        raise Break

    def _continue(self, node: ast.Continue) -> None:
        raise Continue

    def _try(self, node: ast.Try) -> None:
        if not node.finalbody:
            self._try_except(node)
            return
        try:
            self._try_except(node)
        except (ScenarioError, ControlFlow):
            self._exec_block(node.finalbody)
            raise
        self._exec_block(node.finalbody)

    def _try_except(self, node: ast.Try) -> None:
        try:
            self._exec_block(node.body)
        except ScenarioError as e:
            if self.guard.fatal is not None:  # a limit or refusal became this error: not catchable
                raise self.guard.fatal from None
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
            full = f"{node.module}.{alias.name}"
            if full in self.modules or is_facade(full):
                value = self._module(full, node)
            else:  # a name from a facade module: refused by name when the facade lacks it
                value = self.get_attribute(self._module(str(node.module), node), alias.name)
            self.scope.vars[alias.asname or alias.name] = value

    def _module(self, name: str, node: ast.AST) -> Any:
        module = self.modules.get(name)
        if module is None:
            module = facade(name, self)
        if module is None and name.startswith("tensorflow.") and "tensorflow" in self.modules:
            # `import tensorflow.contrib.slim as slim`: that part of scopecli's `tf`, refused by
            # its TF name (`tf.contrib`) when scopecli does not have it.
            module = self.modules["tensorflow"]
            try:
                for part in name.split(".")[1:]:
                    module = self.get_attribute(module, part)
            except InputError as error:
                if error.pos is None:
                    error.pos = self.pos(node)
                raise
        if module is None:
            raise InputError(f"cannot import `{name}`: {IMPORT_HINT}", self.pos(node))
        return module


def _exception_matches(type_name: str, kind: Any) -> bool:
    if type(kind) is tuple:
        return any(_exception_matches(type_name, k) for k in kind)
    if isinstance(kind, ExceptionType):
        return is_subtype(type_name, kind.name)
    raise ScenarioError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
