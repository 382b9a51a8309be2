"""The static check every scenario passes before one statement runs.

Default deny: a node type not in `ALLOWED` is refused with the construct's name and position,
so syntax added to future Pythons is refused until someone reviews it. Also refused here:
dunder identifiers and attributes (the door to `__class__.__bases__`, `__globals__` ...) but
the few SPEC 5.1 lists (`DUNDER_NAMES`, `DUNDER_ATTRIBUTES`, `DUNDER_METHODS`), imports other than
TensorFlow's and the facades', `break`/`return` outside a loop or function (the parser accepts
them; the compiler would not), and nesting deeper than `limits.ast_depth` (a deep tree would
overflow the recursive walker). The walk uses an explicit stack, so the check itself cannot
overflow. Names with one leading `_` are ordinary (`self._hidden`): the interpreter never hands a
user's name to `getattr`, so they open nothing.

A refusal does not stop the run before it starts: `refuse_at_run_time` swaps the statement that
holds a refused node for a `RefusedStatement`, so the run builds everything up to it and stops
there (partial results, SPEC 5.1).
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from scopecli.errors import InputError, LimitError, SourcePos
from scopecli.interpret.node_costs import _BODIES, _COSTS_DONE, _PARTS, _PASS_THROUGH, COST
from scopecli.interpret.refusals import RefusedStatement, swap_all
from scopecli.limits import Limits
from scopecli.load.line_memo import MemoLine

ALLOWED_IMPORTS = ("tensorflow", "tensorflow.compat.v1")
IMPORT_HINT = "only `import tensorflow as tf` forms and the facades (numpy, math, functools, "\
    "operator, collections, six, os.path) are supported"
# Dunders scenario code may use (SPEC 5.1): `if __name__ == "__main__":`, `type(x).__name__`,
# `self.__class__.__name__`, `super().__init__(...)`, `Base.__init__(self)`, `obj.__call__`.
DUNDER_NAMES = frozenset({"__name__"})
# Class-body dunders of Python 2 era files that are only data in Python 3: assigning them is fine.
DUNDER_CLASS_DATA = frozenset({"__metaclass__", "__slots__"})
DUNDER_ATTRIBUTES = frozenset({"__init__", "__name__", "__class__", "__call__", "__dict__"})
# Special methods a scenario class may define; Python's protocols reach them through
# `ScenarioInstance` (print, len, `[]`, `in`, iteration, truth), always as scenario calls.
DUNDER_METHODS = frozenset({"__init__", "__call__", "__str__", "__repr__", "__len__", "__getitem__",
                            "__iter__", "__contains__", "__bool__"})

ALLOWED: frozenset[type] = frozenset({
    ast.Module, ast.Expression, ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.If,
    ast.For, ast.With, ast.withitem, ast.FunctionDef, ast.Return, ast.Pass, ast.Break,
    ast.Continue, ast.Try, ast.ExceptHandler, ast.Raise, ast.Assert, ast.Import, ast.ImportFrom,
    ast.alias, ast.arguments, ast.arg, ast.keyword, ast.comprehension,
    ast.BoolOp, ast.BinOp, ast.UnaryOp, ast.Lambda, ast.IfExp, ast.Dict, ast.Set, ast.ListComp,
    ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Compare, ast.Call, ast.FormattedValue,
    ast.JoinedStr, ast.Constant, ast.Attribute, ast.Subscript, ast.Starred, ast.Name, ast.List,
    ast.Tuple, ast.Slice, ast.ClassDef, ast.While, ast.Global, ast.Nonlocal, ast.Delete,
    ast.Yield, ast.YieldFrom, ast.Load, ast.Store, ast.Del,
    ast.And, ast.Or, ast.Add, ast.Sub, ast.Mult, ast.MatMult, ast.Div, ast.Mod, ast.Pow,
    ast.LShift, ast.RShift, ast.BitOr, ast.BitXor, ast.BitAnd, ast.FloorDiv, ast.Invert, ast.Not,
    ast.UAdd, ast.USub, ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot,
    ast.In, ast.NotIn,
})

# Allowed nodes without children or rules (contexts, operators): not worth a stack entry.
_ALLOWED_LEAVES: frozenset[type] = frozenset(
    t for t in ALLOWED if issubclass(t, (ast.expr_context, ast.operator, ast.boolop, ast.cmpop, ast.unaryop))
)
# The allowed expression and statement node types, for the cost count.
_EXPRESSIONS: frozenset[type] = frozenset(t for t in ALLOWED if issubclass(t, ast.expr))
_STATEMENTS: frozenset[type] = frozenset(t for t in ALLOWED if issubclass(t, ast.stmt))
# Nodes without lineno/col_offset: errors inside them point at the nearest enclosing node.
_NO_POSITION: frozenset[type] = frozenset(
    {ast.Module, ast.Expression, ast.arguments, ast.comprehension, ast.withitem, *_ALLOWED_LEAVES}
)

CONSTRUCT_NAMES: dict[type, str] = {
    ast.While: "while loop", ast.Global: "global statement", ast.Nonlocal: "nonlocal statement",
    ast.Delete: "del statement", ast.ClassDef: "class definition", ast.Yield: "yield",
    ast.YieldFrom: "yield from", ast.Await: "await", ast.AsyncFunctionDef: "async def",
    ast.AsyncFor: "async for", ast.AsyncWith: "async with", ast.NamedExpr: "assignment expression (:=)",
    ast.Match: "match statement", ast.Del: "del statement", ast.TryStar: "try/except*",
}


def construct_name(node: ast.AST) -> str:
    return CONSTRUCT_NAMES.get(type(node), type(node).__name__)


def refused_identifier(name: str | None, allowed: frozenset[str] = DUNDER_NAMES) -> bool:
    """True for dunders (`__x__`) other than `allowed`; `_x`, `__x` and `_` are ordinary names."""
    return (name is not None and name.startswith("__") and name.endswith("__") and len(name) > 4
            and name not in allowed)


class Checker:
    """One pass over a tree; `check` raises on the first refused node in source order."""

    def __init__(self, path: str, limits: Limits):
        self.path = path
        self.limits = limits
        self.refused: ast.AST | None = None  # the node of the last refusal, for RefusedStatement
        self.swapped: list[InputError] = []  # refusals met as RefusedStatements already in the tree
        self._special: dict[type, Callable[[ast.AST], str | None]] = {
            ast.Name: lambda n: self._identifier(n.id, "name"),
            ast.Attribute: self._attribute,
            ast.arg: lambda n: self._identifier(n.arg, "parameter", frozenset()),
            ast.keyword: lambda n: self._identifier(n.arg, "keyword argument", frozenset()),
            ast.alias: lambda n: self._identifier(n.asname, "name", frozenset()),
            ast.ExceptHandler: lambda n: self._identifier(n.name, "name", frozenset()),
            ast.Global: lambda n: self._names(n.names),
            ast.Nonlocal: lambda n: self._names(n.names),
            ast.FunctionDef: self._function,
            ast.ClassDef: self._class,
            ast.Import: self._import,
            ast.ImportFrom: self._import_from,
        }

    def pos(self, node: ast.AST) -> SourcePos:
        return SourcePos(self.path, getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1)

    def check(self, tree: ast.AST,
              refusals: list[tuple[ast.AST, InputError, ast.stmt | None]] | None = None) -> None:
        """Refuse what scopecli does not run; on the way, count statement costs (`annotate_costs`),
        so a checked tree is walked once: this pass is most of the start-up of a long file.

        With `refusals`, a refused node does not end the check: (node, error, its statement or
        None) is noted, its subtree skipped, and the walk goes on (one pass finds them all)."""
        max_depth = self.limits.ast_depth
        special_rules = self._special
        costs: dict[ast.AST, int] = {}
        # A repeated line's template is checked once, at its first occurrence (the first error in
        # source order is there); every occurrence costs what the template costs.
        memo_lines: list[MemoLine] = []
        checked_templates: set[int] = set()
        # (node, depth, inside a function, inside a loop, nearest node with a position, the
        # statements / comprehensions / lambdas its expression nodes count for)
        stack: list[tuple[ast.AST, int, bool, bool, ast.AST, tuple[ast.AST, ...]]] = [
            (tree, 0, False, False, tree, ())]
        push = stack.append
        while stack:
            node, depth, in_function, in_loop, where, owners = stack.pop()
            try:
                kind = node.__class__
                if kind is MemoLine:
                    memo_lines.append(node)  # type: ignore[arg-type]
                    template = node.template  # type: ignore[attr-defined]
                    if id(template) not in checked_templates:
                        checked_templates.add(id(template))
                        push((template, depth, in_function, in_loop, where, owners))
                    continue
                if kind not in _NO_POSITION:
                    where = node
                if kind is RefusedStatement:  # refused by an earlier check of this tree (a rerun)
                    self.swapped.append(node.error)  # type: ignore[attr-defined]
                    continue
                if kind not in ALLOWED:
                    self.refused = where
                    raise InputError(f"unsupported construct: {construct_name(node)}", self.pos(where))
                if depth > max_depth:
                    raise LimitError(
                        f"the scenario nests expressions or blocks more than {max_depth} levels deep",
                        self.pos(where),
                        f"raise it with --max-ast-depth (now {max_depth})",
                    )
                if kind is ast.Name:  # the commonest node, so its one rule is inlined
                    name = node.id  # type: ignore[attr-defined]
                    if name[0] == "_" and refused_identifier(name) and not (
                            name in DUNDER_CLASS_DATA and node.ctx.__class__ is ast.Store):  # type: ignore[attr-defined]
                        self.refused = where
                        raise InputError(self._identifier(name, "name") or "", self.pos(where))
                    if name in DUNDER_NAMES and node.ctx.__class__ is not ast.Load:  # type: ignore[attr-defined]
                        self.refused = where
                        raise InputError(f"assigning to `{name}` is not supported", self.pos(where))
                else:
                    special = special_rules.get(kind)
                    if special is not None:
                        problem = special(node)
                        if problem:
                            self.refused = where
                            raise InputError(problem, self.pos(where))
                if kind is ast.Return and not in_function:
                    self.refused = node
                    raise InputError("'return' outside function", self.pos(node))
                if kind is ast.Nonlocal and not in_function:  # Python's symtable refuses it
                    self.refused = node
                    raise InputError("nonlocal declaration not allowed at module level", self.pos(node))
                if (kind is ast.Break or kind is ast.Continue) and not in_loop:
                    word = "break" if kind is ast.Break else "continue"
                    self.refused = node
                    raise InputError(f"'{word}' outside loop", self.pos(node))
                # Costs: see annotate_costs, which this reproduces node for node.
                is_stmt = False
                if kind in _EXPRESSIONS:
                    for owner in owners:
                        costs[owner] += 1
                elif kind in _STATEMENTS:
                    costs[node] = 1
                    owners = (node,)
                    is_stmt = True
                elif kind is not ast.comprehension and kind not in _PASS_THROUGH:
                    owners = ()
                parts = _PARTS.get(kind)
                if parts is not None or kind is ast.Lambda:
                    costs[node] = 0
                first_child = len(stack)
                child_depth = depth + 1
                for field in kind._fields:
                    value = getattr(node, field, None)
                    inner_function, inner_loop = in_function, in_loop
                    inner = owners
                    if field == "body":
                        if kind is ast.FunctionDef or kind is ast.Lambda:
                            inner_function, inner_loop = True, False
                        elif kind is ast.For or kind is ast.While:
                            inner_loop = True
                        elif kind is ast.ClassDef:
                            inner_function, inner_loop = False, False
                    if is_stmt:
                        if field in _BODIES or field == "decorator_list":
                            inner = ()
                    elif parts is not None:
                        if field in parts or field == "generators":
                            inner = (*owners, node)  # a generator's node below drops it but for `ifs`
                    elif kind is ast.Lambda:
                        if field == "body":
                            inner = (*owners, node)
                    elif kind is ast.comprehension and field != "ifs":
                        inner = owners[:-1]  # its target and iterable count for the outer owners only
                    items = value if type(value) is list else (value,)
                    for item in items:
                        if isinstance(item, ast.AST) and item.__class__ not in _ALLOWED_LEAVES:
                            push((item, child_depth, inner_function, inner_loop, where, inner))
                # Children were pushed in source order; reverse them so they pop in source order.
                if len(stack) - first_child > 1:
                    stack[first_child:] = stack[first_child:][::-1]
            except InputError as error:
                if refusals is None:
                    raise
                # Deferred (check_for_run): note it with its statement when the walk knows it
                # (the first owner; the node itself for a statement), skip its subtree, go on.
                refused = self.refused or where
                self.refused = None
                statement = owners[0] if owners and isinstance(owners[0], ast.stmt) else \
                    node if isinstance(node, ast.stmt) else None
                refusals.append((refused, error, statement))
        for counted, cost in costs.items():
            setattr(counted, COST, cost)
        for memo in memo_lines:
            setattr(memo, COST, getattr(memo.template, COST, 1))
        setattr(tree, _COSTS_DONE, True)

    # -- node-specific rules: each returns a message when the node is refused --------------

    @staticmethod
    def _identifier(name: str | None, what: str, allowed: frozenset[str] = DUNDER_NAMES) -> str | None:
        if refused_identifier(name, allowed):
            return f"{what} `{name}` is not accessible in scopecli (dunder names are reserved)"
        return None

    def _names(self, names: list[str]) -> str | None:
        for name in names:
            problem = self._identifier(name, "name", frozenset())
            if problem:
                return problem
        return None

    @staticmethod
    def _attribute(node: ast.Attribute) -> str | None:
        if refused_identifier(node.attr, DUNDER_ATTRIBUTES):
            return f"attribute `{node.attr}` is not accessible"
        if node.attr in DUNDER_ATTRIBUTES and not isinstance(node.ctx, ast.Load):
            return f"assigning to `{node.attr}` is not supported"
        return None

    def _class(self, node: ast.ClassDef) -> str | None:
        if any(k.arg != "metaclass" for k in node.keywords):
            return "unsupported construct: class keyword arguments other than metaclass="
        return self._identifier(node.name, "class name", frozenset())

    def _function(self, node: ast.FunctionDef) -> str | None:
        if refused_identifier(node.name, DUNDER_METHODS):
            listed = ", ".join(f"`{name}`" for name in sorted(DUNDER_METHODS))
            return f"defining `{node.name}` is not supported by scopecli " \
                f"(of the special methods, only {listed} are)"
        a = node.args
        names = [x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs)]
        names += [x.arg for x in (a.vararg, a.kwarg) if x is not None]
        if len(set(names)) != len(names):
            return f"duplicate argument in function definition of {node.name}"
        return None

    @staticmethod
    def _import(node: ast.Import) -> str | None:
        from scopecli.interpret.facades import is_facade

        for alias in node.names:
            if alias.name.startswith("tensorflow."):
                continue  # a part of TF: the run looks it up in scopecli's `tf`, and names it if missing
            if alias.name not in ALLOWED_IMPORTS and not is_facade(alias.name):
                return f"cannot import `{alias.name}`: {IMPORT_HINT}"
        return None

    @staticmethod
    def _import_from(node: ast.ImportFrom) -> str | None:
        module = "." * node.level + (node.module or "")
        if module == "__future__":
            return None  # `from __future__ import print_function` is a no-op in Python 3
        if any(a.name == "*" for a in node.names):
            return f"unsupported construct: star-import from `{module}`"
        from scopecli.interpret.facades import is_facade

        if is_facade(module) and all(is_facade(f"{module}.{a.name}") or a.name[0] != "_"
                                     for a in node.names):
            return None  # a facade module, or names of one (refused by name when missing)
        if module == "tensorflow" or module.startswith("tensorflow."):
            return None  # names from TF: looked up in scopecli's `tf` when the import runs
        if module != "tensorflow.compat" or any(a.name != "v1" for a in node.names):
            names = ", ".join(a.name for a in node.names)
            return f"cannot import `{names}` from `{module}`: {IMPORT_HINT}"
        return None


def check(tree: ast.AST, path: str, limits: Limits) -> None:
    """Raise InputError/LimitError for the first construct scopecli refuses in `tree`."""
    Checker(path, limits).check(tree)


def check_for_run(tree: ast.Module, path: str, limits: Limits) -> list[InputError]:
    """Check a module to run: every statement holding a refused node becomes a RefusedStatement
    (it raises when reached); the refusals in source order. LimitErrors still raise here.
    One checking pass, one pass to find the statements and one to swap them, whatever their number."""
    found: list[tuple[ast.AST, InputError, ast.stmt | None]] = []
    checker = Checker(path, limits)
    checker.check(tree, found)
    if found:
        swap_all(tree, found)
    errors = [error for _, error, _ in found] + checker.swapped
    return sorted(errors, key=lambda e: (e.pos.line, e.pos.col) if e.pos else (0, 0))
