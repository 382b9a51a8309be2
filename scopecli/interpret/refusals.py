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


def innermost_statement(tree: ast.AST, node: ast.AST) -> ast.stmt | None:
    """The innermost statement of `tree` (templates of repeated lines included) holding `node`."""
    stack: list[tuple[ast.AST, ast.stmt | None]] = [(tree, None)]
    while stack:
        current, owner = stack.pop()
        if isinstance(current, ast.stmt) and not isinstance(current, MemoLine):
            owner = current
        if current is node:
            return owner
        if isinstance(current, MemoLine):
            stack.append((current.template, owner))
            continue
        for child in ast.iter_child_nodes(current):
            stack.append((child, owner))
    return None


def swap_in(tree: ast.AST, statement: ast.stmt, error: InputError) -> bool:
    """Replace `statement` (and every repeated line made from it) by a RefusedStatement."""
    refused = RefusedStatement(error, statement)
    swapped = False
    stack: list[ast.AST] = [tree]
    while stack:
        current = stack.pop()
        if isinstance(current, MemoLine):
            stack.append(current.template)
            continue
        for field in _BODY_FIELDS:
            body = getattr(current, field, None)
            if type(body) is not list:
                continue
            for i, item in enumerate(body):
                if item is statement or (isinstance(item, MemoLine) and item.template is statement):
                    body[i] = refused
                    swapped = True
        stack.extend(ast.iter_child_nodes(current))
    return swapped
