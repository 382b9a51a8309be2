"""Functions defined by scenario code (`def`, `lambda`) and how their arguments bind.

A `UserFunction` is a plain Python callable so the engine can call it (an initializer lambda,
a custom getter); the call goes back into the interpreter that created it, which pushes a frame
and enforces the call-depth and fuel limits. Binding follows CPython's rules and messages.
"""

from __future__ import annotations

import ast

from scopecli.errors import ScenarioError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    import inspect
    from typing import Any


class Signature:
    """The parameter list of one `def`/`lambda` node, computed once per node. A plain slotted
    class, not a dataclass, on purpose: `@dataclass` costs every `scopecli run` ~0.5 ms per class
    plus ~5 ms importing `dataclasses`; a Signature is never compared or printed."""

    __slots__ = ("positional", "posonly", "vararg", "kwonly", "kwarg", "simple")

    def __init__(self, positional: tuple[str, ...], posonly: int, vararg: str | None, kwonly: tuple[str, ...],
                 kwarg: str | None, simple: bool):
        self.positional = positional  # positional-only first, then ordinary parameters
        self.posonly = posonly  # how many of `positional` are positional-only
        self.vararg = vararg
        self.kwonly = kwonly
        self.kwarg = kwarg
        self.simple = simple  # only ordinary positional parameters: the fast binding path applies

    @staticmethod
    def of(args: ast.arguments) -> Signature:
        positional = tuple(a.arg for a in (*args.posonlyargs, *args.args))
        kwonly = tuple(a.arg for a in args.kwonlyargs)
        vararg = args.vararg.arg if args.vararg else None
        kwarg = args.kwarg.arg if args.kwarg else None
        simple = not (args.posonlyargs or kwonly or vararg or kwarg)
        return Signature(positional, len(args.posonlyargs), vararg, kwonly, kwarg, simple)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _names_list(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


class UserFunction:
    """A scenario-defined function: its node, defaults, and the scope it closes over."""

    __slots__ = ("interpreter", "name", "node", "signature", "defaults", "kw_defaults",
                 "closure", "local_names", "is_lambda", "declared", "owner_class", "qualname", "attributes",
                 "is_generator")
    SCENARIO_TYPE_NAME = "function"

    def __init__(
        self,
        interpreter: Any,
        name: str,
        node: ast.FunctionDef | ast.Lambda,
        signature: Signature,
        defaults: tuple[Any, ...],
        kw_defaults: dict[str, Any],
        closure: Any,
        local_names: frozenset[str],
    ):
        self.interpreter = interpreter
        self.name = name
        self.node = node
        self.signature = signature
        self.defaults = defaults
        self.kw_defaults = kw_defaults
        self.closure = closure
        self.local_names = local_names
        self.is_lambda = isinstance(node, ast.Lambda)
        # {name: "global" | "nonlocal"} declared in the body, or None (the common case).
        self.declared: dict[str, str] | None = None
        self.owner_class: Any = None  # the ScenarioClass whose body defined it (for `super()`)
        self.qualname = name  # "Class.method" for methods, as Python's messages name them
        # the function's __dict__ (`model.default_image_size = 224`), made on the first assignment
        self.attributes: dict[str, Any] | None = None
        self.is_generator = False  # its body yields: a call runs it eagerly (generators.py)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # Called from Python (the engine, sorted(key=...)): the call site is where that call began.
        interpreter = self.interpreter
        return interpreter.call_user(self, args, kwargs, interpreter.runtime.pos)

    def __repr__(self) -> str:
        return f"<function {self.name} at {id(self):#x}>"

    @property
    def __signature__(self) -> inspect.Signature:
        """The parameters as written, for the engine's checks that TF makes with tf_inspect
        (an initializer must take no arguments when no shape is given)."""
        import inspect  # here: only that check needs it, and importing it costs every run ~5 ms

        sig, empty = self.signature, inspect.Parameter.empty
        defaults = (empty,) * (len(sig.positional) - len(self.defaults)) + tuple(self.defaults)
        kinds = [inspect.Parameter.POSITIONAL_ONLY] * sig.posonly + \
            [inspect.Parameter.POSITIONAL_OR_KEYWORD] * (len(sig.positional) - sig.posonly)
        params = [inspect.Parameter(n, k, default=d) for n, k, d in zip(sig.positional, kinds, defaults,
                                                                         strict=True)]
        if sig.vararg:
            params.append(inspect.Parameter(sig.vararg, inspect.Parameter.VAR_POSITIONAL))
        params += [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY,
                                     default=self.kw_defaults.get(n, empty)) for n in sig.kwonly]
        if sig.kwarg:
            params.append(inspect.Parameter(sig.kwarg, inspect.Parameter.VAR_KEYWORD))
        return inspect.Signature(params)

    def bind(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        """The new frame's variables, or ScenarioError TypeError with CPython's message."""
        sig = self.signature
        names = sig.positional
        if sig.simple and not kwargs and len(args) == len(names):
            return dict(zip(names, args, strict=False))
        n = len(names)
        frame: dict[str, Any] = {}
        if len(args) > n:
            if sig.vararg is None:
                self._too_many(len(args), kwargs)
            frame[sig.vararg] = self.interpreter.guard.make_tuple(args[n:])
            args = args[:n]
        elif sig.vararg is not None:
            frame[sig.vararg] = ()
        for name, value in zip(names, args, strict=False):
            frame[name] = value
        extra: dict[str, Any] | None = {} if sig.kwarg is not None else None
        by_keyword = names[sig.posonly:]
        for key, value in kwargs.items():
            if key in by_keyword or key in sig.kwonly:
                if key in frame:
                    self._error(f"got multiple values for argument '{key}'")
                frame[key] = value
            elif extra is not None:
                extra[key] = value
            else:
                self._error(f"got an unexpected keyword argument '{key}'")
        first_default = n - len(self.defaults)
        missing = []
        for i, name in enumerate(names):
            if name not in frame:
                if i >= first_default:
                    frame[name] = self.defaults[i - first_default]
                else:
                    missing.append(name)
        if missing:
            self._error(f"missing {len(missing)} required positional argument"
                        f"{'s' if len(missing) > 1 else ''}: {_names_list(missing)}")
        for name in sig.kwonly:
            if name not in frame:
                if name in self.kw_defaults:
                    frame[name] = self.kw_defaults[name]
                else:
                    missing.append(name)
        if missing:
            self._error(f"missing {len(missing)} required keyword-only argument"
                        f"{'s' if len(missing) > 1 else ''}: {_names_list(missing)}")
        if extra is not None:
            frame[sig.kwarg] = extra
        return frame

    def _too_many(self, given: int, kwargs: dict[str, Any]) -> None:
        n = len(self.signature.positional)
        low = n - len(self.defaults)
        takes = _plural(n, "positional argument") if low == n else f"from {low} to {n} positional arguments"
        self._error(f"takes {takes} but {given} {'was' if given == 1 else 'were'} given")

    def _error(self, text: str) -> None:
        raise ScenarioError("TypeError", f"{self.qualname}() {text}")


def declarations_of(node: ast.FunctionDef | ast.Lambda) -> dict[str, str] | None:
    """{name: "global" | "nonlocal"} from the body's declarations (not nested scopes), or None."""
    if isinstance(node, ast.Lambda):
        return None
    found: dict[str, str] = {}
    stack: list[ast.AST] = list(node.body)
    while stack:
        n = stack.pop()
        kind = type(n)
        if kind is ast.Global or kind is ast.Nonlocal:
            for name in n.names:
                found[name] = "global" if kind is ast.Global else "nonlocal"
        elif kind is ast.FunctionDef or kind is ast.ClassDef or kind is ast.Lambda:
            continue
        elif isinstance(n, ast.stmt):
            stack.extend(ast.iter_child_nodes(n))
    return found or None


def local_names_of(node: ast.FunctionDef | ast.Lambda) -> frozenset[str]:
    """Parameters plus every name the function body assigns (not counting nested scopes), less
    the names it declares `global` or `nonlocal`."""
    a = node.args
    names = {x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs)}
    names.update(x.arg for x in (a.vararg, a.kwarg) if x is not None)
    stack: list[ast.AST] = list(node.body) if isinstance(node.body, list) else [node.body]
    scoped = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
    while stack:
        n = stack.pop()
        kind = type(n)
        if kind is ast.Name:
            if not isinstance(n.ctx, ast.Load):
                names.add(n.id)
            continue
        if kind is ast.ClassDef:
            names.add(n.name)
            stack.extend(n.bases)
            stack.extend(n.decorator_list)
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
    declared = declarations_of(node)
    if declared:
        names.difference_update(declared)
    return frozenset(names)
