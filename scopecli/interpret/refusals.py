"""Refusals that wait for the run to reach them: the statement holding a refused node.

The checker finds constructs scopecli refuses before anything runs. Refusing the whole file
there would throw away everything the file builds before the refused line; instead the
statement that holds the refused node is swapped for a `RefusedStatement`, which raises the
refusal when the run reaches it. The run therefore builds exactly what the file builds up to
that line (SPEC 5.1 "partial results"), and no refused code ever runs: the whole statement is
gone from the tree. A refusal the run never reaches (in a function nobody calls) still ends the
run with exit 2 once everything else ran (`Interpreter.run`).
"""

from __future__ import annotations

import ast

from scopecli.errors import InputError
from scopecli.load.line_memo import MemoLine

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_BODY_FIELDS = ("body", "orelse", "finalbody", "handlers")


class RefusedStatement(ast.stmt):
    """Stands where a refused statement stood; running it raises `error`."""

    _fields = ()

    def __init__(self, error: InputError, replaced: ast.stmt):
        super().__init__()
        self.error = error
        self.lineno = getattr(replaced, "lineno", 1)
        self.col_offset = getattr(replaced, "col_offset", 0)
        self.end_lineno = getattr(replaced, "end_lineno", self.lineno)
        self.end_col_offset = getattr(replaced, "end_col_offset", self.col_offset)
        self.scopecli_cost = 1


def swap_all(tree: ast.AST, found: list[tuple[ast.AST, InputError, ast.stmt | None]]) -> None:
    """Replace the innermost statement holding each refused node (and every repeated line made
    from it) by a RefusedStatement raising the first refusal in it. The checker usually knows the
    statement; only the others cost a walk over the whole tree. A refusal outside any statement
    cannot wait: it is raised now."""
    owners: dict[int, tuple[ast.stmt, InputError]] = {}

    def note(statement: ast.stmt, error: InputError) -> None:
        known = owners.get(id(statement))
        if known is None or _before(error, known[1]):
            owners[id(statement)] = (statement, error)

    unknown: dict[int, InputError] = {}
    for node, error, statement in found:
        if statement is not None:
            note(statement, error)
        else:
            unknown.setdefault(id(node), error)
    if unknown:
        _find_statements(tree, unknown, note)
    replacements = {key: RefusedStatement(error, statement) for key, (statement, error) in owners.items()}
    # Statement lists only: nothing below an expression holds a statement.
    stack: list[ast.AST] = [tree]
    while stack:
        current = stack.pop()
        for field in _BODY_FIELDS:
            body = getattr(current, field, None)
            if type(body) is not list:
                continue
            for i, item in enumerate(body):
                key = id(item.template) if isinstance(item, MemoLine) else id(item)
                if key in replacements:
                    body[i] = replacements[key]
                elif not isinstance(item, MemoLine):
                    stack.append(item)


def _find_statements(tree: ast.AST, unknown: dict[int, InputError], note: Any) -> None:
    stack: list[tuple[ast.AST, ast.stmt | None]] = [(tree, None)]
    while stack and unknown:
        current, owner = stack.pop()
        if isinstance(current, MemoLine):
            stack.append((current.template, owner))
            continue
        if isinstance(current, ast.stmt):
            owner = current
        error = unknown.pop(id(current), None)
        if error is not None:
            if owner is None:
                raise error
            note(owner, error)
        stack.extend((child, owner) for child in ast.iter_child_nodes(current))
    if unknown:  # a refused node the walk did not meet: refuse the file as it stands
        raise next(iter(unknown.values()))


def _before(a: InputError, b: InputError) -> bool:
    if a.pos is None or b.pos is None:
        return False
    return (a.pos.line, a.pos.col) < (b.pos.line, b.pos.col)
