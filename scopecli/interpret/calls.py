"""Calls and scenario functions: argument evaluation, the `tf.*` fast path, `def`/`lambda` and
running a `UserFunction`, and the check on every value the engine hands to scenario code.

`CallsMixin` is mixed into `Interpreter` (interpreter.py), which owns the state used here.
"""

from __future__ import annotations

import ast
import re
import types
from collections.abc import Callable

from scopecli.errors import InputError, InternalError, LimitError, ScenarioError, SourcePos
from scopecli.interpret.builtins import PyBuiltin
from scopecli.interpret.classes import EngineInstance, ScenarioClass, ScenarioInstance, ScenarioMethod
from scopecli.interpret.functions import Signature, UserFunction, declarations_of, local_names_of
from scopecli.interpret.generators import is_generator_node, run_generator
from scopecli.interpret.guard import CALL_STEPS, Guard, ndarray, typename
from scopecli.interpret.pyobjects import PyMethod
from scopecli.interpret.scopes import DeclaredVars, Return, Scope
from scopecli.interpret.spelling import closest
from scopecli.limits import Limits
from scopecli.model import BoundMethod, Builtin, ClassRef, ExceptionType, Exposed
from scopecli.runtime import Runtime

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    import inspect
    from typing import Any

    import numpy as np

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


class CallsMixin:
    """Calls, functions and the engine-result check of `Interpreter`. Borrowed: `eval`, `pos`,
    `_eval_at`, `_exec_block` (core)."""

    # Owned by Interpreter (interpreter.py); declared here for readers.
    guard: Guard
    runtime: Runtime
    limits: Limits
    scope: Scope
    _expr: dict[type, Callable[[Any], Any]]
    _signatures: dict[ast.AST, tuple[Signature, frozenset[str], dict[str, str] | None, bool]]
    unwrap_call: Callable[..., Any] | None
    _py_signatures: dict[Any, inspect.Signature | None]

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
        for value in args:
            if type(value) is range:  # the engine would walk it in Python, unbudgeted: measure it
                self._measure_ranges(args, kwargs)
                break
        if kwargs:
            for value in kwargs.values():
                if type(value) is range:
                    self._measure_ranges(args, kwargs)
                    break
        if kind is Builtin:  # a `tf.*` function: Builtin.__call__ inlined, the commonest call
            if self.unwrap_call is not None:  # facade values (np.float32) become numpy's
                args, kwargs = self.unwrap_call(args, kwargs)
            try:
                result = function.function(*args, **kwargs)
                if function.on_result is not None:
                    function.on_result(result, function.qualname)
            except TypeError as e:
                if not self._binds(function, args, kwargs):
                    raise self._wrong_arguments(function, e, pos) from None
                raise
            return self._checked(result)
        if kind is PyBuiltin or kind is PyMethod:
            return function(*args, **kwargs)
        if kind is ScenarioMethod:
            owner = function.function
            if type(owner) is UserFunction:
                return self.call_user(owner, (function.owner, *args), kwargs, self.pos(node))
            return self.call(owner, (function.owner, *args), kwargs, node)
        if kind is ScenarioClass:
            return self.instantiate(function, args, kwargs, node)  # type: ignore[attr-defined]
        if issubclass(kind, ScenarioInstance):
            from scopecli.interpret.classes import MISSING, bind

            method = function.cls.lookup("__call__")
            if method is MISSING and isinstance(function, EngineInstance):  # TF's Layer.__call__
                from scopecli.interpret.engine_bases import instance_call

                return self.call(instance_call(function), args, kwargs, node)
            if method is MISSING:
                raise ScenarioError("TypeError", f"'{function.cls.name}' object is not callable")
            return self.call(bind(method, function, function.cls), args, kwargs, node)
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
        if self.unwrap_call is not None:
            args, kwargs = self.unwrap_call(args, kwargs)
        try:
            result = target(*args, **kwargs)
        except TypeError as e:
            if not self._binds(target, args, kwargs):
                raise self._wrong_arguments(target, e, pos) from None
            raise
        return self._checked(result)

    def _measure_ranges(self, args: Any, kwargs: dict[str, Any]) -> None:
        """A `range` handed to scopecli's `tf` (or a built-in) is iterated in Python where no
        budget is checked: its length is bounded and paid for as if the scenario iterated it."""
        for value in (*args, *kwargs.values()):
            if type(value) is range:
                size = max(0, (value.stop - value.start + value.step - (1 if value.step > 0 else -1))
                           // value.step)
                self.guard.check_len(size)
                self.guard.tick(size)

    def _checked(self, value: Any) -> Any:
        """What the engine hands to scenario code: scopecli objects and plain data only, checked
        element by element (a list of ops, a dict of collections, an array), and paid for by size."""
        kind = type(value)
        if kind in _SCALARS or isinstance(value, Exposed):
            return value
        if kind in _FORBIDDEN or isinstance(value, type):
            _forbidden(value)
        array = ndarray()
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

    def _wrong_arguments(self, target: Any, error: TypeError, pos: SourcePos) -> InputError:
        """Python's TypeError about the call, worded with the public name TF users know (never
        scopecli's class names), and the closest parameters to a misspelt keyword."""
        public = _qualname(target)
        short = public.rpartition(".")[2]
        text = _PY_CALLEE.sub(f"{short}()", str(error), count=1)
        hint = None
        unexpected = _UNEXPECTED.search(text)
        if unexpected is not None:
            signature = self._py_signatures.get(self._python_function(target))
            if signature is not None:
                found = closest(unexpected.group(1), signature.parameters)
                if found:
                    hint = "did you mean " + " or ".join(f"`{name}=`" for name in found) + "?"
        made = InputError(f"wrong arguments to {public}(): {text}", pos, hint)
        function, found, detail = str(error).partition("() ")
        if found:  # the shape of a signature mismatch: kept as facts for diff's TF wording
            made.code = "wrong_arguments"
            made.facts = {"api": public, "function": function.rpartition(".")[2], "detail": detail}
        return made

    @staticmethod
    def _python_function(target: Any) -> Any:
        if isinstance(target, BoundMethod):
            return target.member.function
        if isinstance(target, ClassRef):
            return target.factory
        return target.function

    def _binds(self, target: Any, args: Any, kwargs: dict[str, Any]) -> bool:
        """Whether the call's arguments fit the Python signature (decides: misuse or TF error)."""
        if isinstance(target, BoundMethod):
            function, args = target.member.function, (target.owner, *args)
        elif isinstance(target, ClassRef):
            function = target.factory
        else:
            function = target.function
        if function not in self._py_signatures:
            import inspect  # here: a wrong call is rare, and importing inspect costs every run ~5 ms

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
        if function.declared is not None:
            variables = DeclaredVars(variables, self._declared_targets(function))
        frames.append(pos)
        self.runtime.frames_site = None
        saved = self.scope
        self.scope = Scope(variables, function.local_names, function.closure, False, function)
        try:
            if function.is_generator:
                return run_generator(self, function.node.body)  # type: ignore[arg-type]
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
            except Return as r:
                return r.value
            return None
        finally:
            self.scope = saved
            frames.pop()
            self.runtime.frames_site = None

    def _declared_targets(self, function: UserFunction) -> dict[str, dict[str, Any]]:
        """Where each `global`/`nonlocal` name of `function` lives: the module's variables, or
        those of the nearest enclosing function that has the name."""
        targets: dict[str, dict[str, Any]] = {}
        for name, kind in (function.declared or {}).items():
            if kind == "global":
                targets[name] = self.globals  # type: ignore[attr-defined]
                continue
            scope = function.closure
            while scope is not None and scope.local_names is not None:
                if name in scope.local_names or name in scope.vars:
                    targets[name] = scope.vars
                    break
                scope = scope.parent
            else:
                raise InputError(f"no binding for nonlocal '{name}' found")
        return targets

    def _lambda(self, node: ast.Lambda) -> UserFunction:
        return self._make_function(node, "<lambda>")

    def _make_function(self, node: ast.FunctionDef | ast.Lambda, name: str) -> UserFunction:
        cached = self._signatures.get(node)
        if cached is None:
            cached = self._signatures[node] = (Signature.of(node.args), local_names_of(node),
                                               declarations_of(node), is_generator_node(node))
        signature, local_names, declared, generator = cached
        args = node.args
        defaults = tuple(self.eval(d) for d in args.defaults)
        pairs = zip(args.kwonlyargs, args.kw_defaults, strict=True)
        kw_defaults = {a.arg: self.eval(d) for a, d in pairs if d is not None}
        scope = self.scope
        closure = scope.parent if scope.is_class else scope  # methods skip the class body's scope
        function = UserFunction(self, name, node, signature, defaults, kw_defaults, closure, local_names)
        function.declared = declared
        function.is_generator = generator
        return function


# Python names the function by its __qualname__ ("TFNamespace.variable_scope()"): scopecli's
# class, which users must not see.
_PY_CALLEE = re.compile(r"^[\w.<>]+\(\)")
_UNEXPECTED = re.compile(r"unexpected keyword argument '(\w+)'")


def _qualname(target: Any) -> str:
    if isinstance(target, ClassRef):
        return target.name
    return target.qualname


def _forbidden(value: Any) -> None:
    raise InternalError(f"scopecli bug: a Python {type(value).__name__} reached scenario code")
