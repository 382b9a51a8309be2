"""Generator functions (`def f(): ... yield x`), run eagerly: calling one runs its body to the
end (with fuel, like any call) and returns an iterator over the values it yielded, as the
interpreter does for generator expressions. A lazy generator would resume scenario code from
inside whatever consumes it (a C function included), outside the interpreter's control; model
files use generators for batching (`for batch in memory.loop(32): ...`), where the values are
all the same. What differs: side effects between yields happen before the first value is
used, `yield` evaluates to None (nothing is ever sent), and an endless generator runs out of
fuel instead of being consumed partly."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from scopecli.errors import ScenarioError
from scopecli.interpret.scopes import Return
from scopecli.load.line_memo import MemoLine

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def is_generator_node(node: ast.FunctionDef | ast.Lambda) -> bool:
    """Whether the function's own body (not a nested function's or class's) holds a yield."""
    stack: list[ast.AST] = list(node.body) if isinstance(node.body, list) else [node.body]
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(n, _NESTED):
            continue
        if isinstance(n, MemoLine):  # a repeated line (load/line_memo.py): its template's nodes
            stack.append(n.template)
            continue
        stack.extend(ast.iter_child_nodes(n))
    return False


def run_generator(interpreter: Any, body: list[ast.stmt]) -> Iterator[Any]:
    """The body run to its end (a `return` ends it, its value dropped as a generator's is)."""
    values: list[Any] = []
    interpreter.yields.append(values)
    try:
        interpreter._exec_block(body)
    except Return:
        pass
    finally:
        interpreter.yields.pop()
    return iter(values)


def _values(interpreter: Any, node: ast.AST) -> list[Any]:
    if not interpreter.yields:
        raise ScenarioError("SyntaxError", "'yield' outside function")
    return interpreter.yields[-1]  # type: ignore[no-any-return]


def yield_value(interpreter: Any, node: ast.Yield) -> None:
    """`yield x`: x joins the running generator's values."""
    values = _values(interpreter, node)
    values.append(None if node.value is None else interpreter.eval(node.value))
    interpreter.guard.check_len(len(values))


def yield_from(interpreter: Any, node: ast.YieldFrom) -> None:
    """`yield from xs`: every item of xs joins the values (consumed with fuel)."""
    values = _values(interpreter, node)
    values.extend(interpreter.guard.consume(interpreter.eval(node.value)))
    interpreter.guard.check_len(len(values))
