"""The loaded form of a scenario, whatever file it came from."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from scopecli.errors import SourcePos


@dataclass(frozen=True)
class Expectation:
    """One `expect:` entry: after the steps ran, `expression` must give `expected`.

    `expected` is a str (compared with str() of the result), or an int / float / bool / list
    (compared by value, tensors evaluated with the numpy evaluator).
    """

    text: str
    expression: ast.Expression
    expected: Any
    pos: SourcePos


@dataclass(frozen=True)
class Scenario:
    """A program ready to interpret.

    Every AST node's `lineno` is a line of `source` (1-based) and its `col_offset` a 0-based
    column *in characters* of that line, already shifted for YAML steps, so a message can say
    `path:line:col` directly.
    """

    path: str  # as the user named it ("<stdin>" for -)
    source: str  # the whole file, for showing source lines
    language: str  # "python" or "yaml"
    module: ast.Module
    title: str | None = None
    about: str | None = None
    expectations: tuple[Expectation, ...] = field(default_factory=tuple)

    def line(self, lineno: int) -> str:
        # ast counts lines by "\n" only; str.splitlines() would also split at \x0c or \u2028.
        lines = self.source.split("\n")
        return lines[lineno - 1] if 0 < lineno <= len(lines) else ""

    def pos(self, node: ast.AST) -> SourcePos:
        return SourcePos(self.path, getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1)
