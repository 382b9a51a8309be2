"""The loaded form of a scenario, whatever file it came from."""

from __future__ import annotations

import ast

from scopecli.errors import SourcePos
from scopecli.records import ValueRecord

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# Expectation and Scenario are ValueRecords, not dataclasses, on purpose (start-up cost: see
# scopecli/records.py); they behave as the frozen dataclasses did. Keep them plain.


class Expectation(ValueRecord):
    """One `expect:` entry: after the steps ran, `expression` must give `expected`.

    `expected` is a str (compared with str() of the result), or an int / float / bool / list
    (compared by value, tensors evaluated with the numpy evaluator).
    """

    __slots__ = ("text", "expression", "expected", "pos")

    def __init__(self, text: str, expression: ast.Expression, expected: Any, pos: SourcePos):
        self.text = text
        self.expression = expression
        self.expected = expected
        self.pos = pos


class Scenario(ValueRecord):
    """A program ready to interpret.

    Every AST node's `lineno` is a line of `source` (1-based) and its `col_offset` a 0-based
    column *in characters* of that line, already shifted for YAML steps, so a message can say
    `path:line:col` directly.
    """

    __slots__ = ("path", "source", "language", "module", "title", "about", "expectations")

    def __init__(self, path: str, source: str, language: str, module: ast.Module, title: str | None = None,
                 about: str | None = None, expectations: tuple[Expectation, ...] = ()):
        self.path = path  # as the user named it ("<stdin>" for -)
        self.source = source  # the whole file, for showing source lines
        self.language = language  # "python" or "yaml"
        self.module = module
        self.title = title
        self.about = about
        self.expectations = expectations

    def line(self, lineno: int) -> str:
        # ast counts lines by "\n" only; str.splitlines() would also split at \x0c or \u2028.
        lines = self.source.split("\n")
        return lines[lineno - 1] if 0 < lineno <= len(lines) else ""

    def pos(self, node: ast.AST) -> SourcePos:
        return SourcePos(self.path, getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1)
