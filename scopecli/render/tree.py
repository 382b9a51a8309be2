"""`scopecli explain`'s picture: one tree per graph, then printed output, expectations and error.

Name scopes are branches, variables and ops are leaves, columns aligned across depths (kind, dtype
and shape, cheap value, source line), with a `why:` line under every name a rule changed. Rows are
built as `rich.text.Text` so user text never meets markup; with colour off the same rows are plain.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.text import Text

from scopecli.render.console import Terminal, safe_text
from scopecli.render.model import (
    Explained,
    ExplainedError,
    ExplainedGraph,
    ExplainedOp,
    ExplainedScope,
    ExplainedVariable,
)

if TYPE_CHECKING:
    from rich.console import Console

STYLE = {
    "scope": "bold blue",
    "variable": "bold green",
    "op": "",
    "internal": "dim",
    "kind_variable": "green",
    "kind_op": "cyan",
    "call": "blue",
    "type": "magenta",
    "value": "",
    "where": "dim",
    "why": "yellow",
    "suffix": "bold red",
    "header": "bold",
    "pass": "green",
    "fail": "bold red",
    "error": "bold red",
}
_SUFFIX = re.compile(r"_\d+$")
MAX_NAME_COLUMN = 44


@dataclass
class Node:
    """One path component of a graph's names: maybe a scope, maybe an item, maybe both."""

    segment: str
    scope: ExplainedScope | None = None
    item: ExplainedOp | ExplainedVariable | None = None
    children: dict[str, Node] = field(default_factory=dict)

    def child(self, segment: str) -> Node:
        if segment not in self.children:
            self.children[segment] = Node(segment)
        return self.children[segment]


def build_tree(graph: ExplainedGraph, all_ops: bool = False) -> Node:
    """The name hierarchy of `graph`: scopes the user opened, variables, and (public) ops."""
    root = Node("")
    variable_ops = {v.name: v for v in graph.variables}
    scopes = {s.name: s for s in graph.scopes}
    shown = {op.name for op in graph.ops if all_ops or not op.internal or op.name in variable_ops}

    def place(name: str) -> Node:
        node = root
        for segment in name.split("/"):
            node = node.child(segment)
        return node

    entries: list[tuple[int, int, ExplainedScope | ExplainedOp]] = [(s.order, 0, s) for s in scopes.values()]
    entries += [(op.order, 1, op) for op in graph.ops if op.name in shown]
    for _, _, entry in sorted(entries, key=lambda e: (e[0], e[1])):
        node = place(entry.name)
        if isinstance(entry, ExplainedScope):
            node.scope = entry
        elif entry.name in variable_ops:
            node.item = variable_ops[entry.name]
        else:
            node.item = entry
    return root


def render_explained(explained: Explained, terminal: Terminal, all_ops: bool = False) -> None:
    console = terminal.console()
    if explained.title:
        console.print(Text(safe_text(explained.title), style=STYLE["header"]))
    if explained.about:
        for line in explained.about.rstrip("\n").split("\n"):
            console.print(Text("  " + safe_text(line), style="dim"))
    for graph in explained.shown_graphs:
        if explained.title or explained.about or graph is not explained.shown_graphs[0]:
            console.print()
        render_graph(console, graph, terminal.width, all_ops)
    if explained.stopped is not None:  # partial results: the trees hold what was built until then
        console.print(Text(safe_text(explained.stopped), style=STYLE["error"]), soft_wrap=True)
    render_outcome(console, explained, terminal.width)


def render_graph(console: Console, graph: ExplainedGraph, width: int, all_ops: bool) -> None:
    hidden = sum(1 for op in graph.ops if op.internal) - len(graph.variables)
    header = f"{graph.label} · {_count(len(graph.ops), 'op')} · {_count(len(graph.variables), 'variable')}"
    if hidden > 0:
        header += " (internal ops shown)" if all_ops else " (internal ops hidden: --all-ops)"
    console.print(Text(header, style=STYLE["header"]))
    rows: list[_Row] = []
    _collect(build_tree(graph, all_ops), "", rows)
    lines = _layout(rows, width)
    if console.color_system is None:
        # Without colour rich would only copy the text, at a cost that dominates on large graphs.
        console.file.write("".join("".join(text for text, _ in line).rstrip() + "\n" for line in lines))
    else:
        tree = Text("\n").join(_rstrip(Text.assemble(*line)) for line in lines)
        console.print(tree, soft_wrap=True)
    if any(_is_random(r) for r in rows):
        console.print(Text("random: numpy's draws, not TF's numbers", style="dim"))


# -- rows --------------------------------------------------------------------------------------------
# Rows are lists of (text, style) pieces, made into rich Text only when colour is on: building
# Text objects piece by piece costs more than everything else on a large graph.

Piece = tuple[str, str]
Line = list[Piece]


@dataclass
class _Row:
    guide: str  # "│   ├── "
    name: Line
    cells: list[Piece]  # kind, type, value
    where: str
    notes: list[str]
    note_guide: str  # what precedes a why-line under this row
    spans: bool = False  # a scope's call (`variable_scope('foo')`) spans the kind, type and value columns


def _collect(node: Node, prefix: str, rows: list[_Row]) -> None:
    children = list(node.children.values())
    for i, child in enumerate(children):
        last = i == len(children) - 1
        guide = prefix + ("└── " if last else "├── ")
        below = prefix + ("    " if last else "│   ")
        rows.append(_row(child, guide, below + ("│ " if child.children else "  ")))
        _collect(child, below, rows)


def _row(node: Node, guide: str, note_guide: str) -> _Row:
    item, scope = node.item, node.scope
    notes: list[str] = []
    spans = False
    empty = ("", "")
    if isinstance(item, ExplainedVariable):
        kind = ("get_variable" if item.created_by == "get_variable" else "Variable", STYLE["kind_variable"])
        name_style, notes, where = STYLE["variable"], _variable_notes(item), item.site.text()
        cells = [kind, _type_cell(item.dtype, item.shape), _value_cell(item)]
    elif isinstance(item, ExplainedOp):
        name_style = STYLE["internal"] if item.internal else STYLE["op"]
        kind = (item.type, STYLE["internal"] if item.internal else STYLE["kind_op"])
        notes, where = list(item.notes), item.site.text()
        cells = [kind, _type_cell(item.dtype, item.shape), _value_cell(item)]
    else:
        name_style, where, cells = STYLE["scope"], "", [empty, empty, empty]
    if scope is not None:
        notes = [*scope.notes, *notes]
        if item is None:
            cells, spans = [(safe_text(scope.call), STYLE["call"]), empty, empty], True
            where = scope.site.text()
    # A branch without an op of its own is a name scope, even one TF opened internally.
    label = node.segment + ("/" if item is None and (scope is not None or node.children) else "")
    name = _name_pieces(label, name_style, any(n.startswith("uniquified") for n in notes))
    return _Row(guide, name, cells, where, notes, note_guide, spans)


def _is_random(row: _Row) -> bool:
    return row.cells[2][0].startswith("= random")


def _name_pieces(label: str, style: str, uniquified: bool) -> Line:
    label = safe_text(label)
    match = _SUFFIX.search(label.rstrip("/")) if uniquified else None
    if not match:
        return [(label, style)]
    # The part a uniquifying rule added, so the eye finds it before reading the why-line.
    return [(label[:match.start()], style), (match.group(), STYLE["suffix"]), (label[match.end():], style)]


def _type_cell(dtype: str | None, shape: str | None) -> Piece:
    return ("", "") if dtype is None else (f"{dtype} {shape}", STYLE["type"])


def _value_cell(item: ExplainedOp | ExplainedVariable) -> Piece:
    value = item.value
    if isinstance(item, ExplainedVariable) and item.random_init:
        kind = item.initializer.removeprefix("default ")
        return ("= random" + (f" ({kind})" if kind not in ("value", "callable") else ""), "dim")
    if value is not None and value.random:
        return ("= random", "dim")
    if value is None:
        return ("", "")
    return ("= " + safe_text(value.text), STYLE["value"])


def _variable_notes(variable: ExplainedVariable) -> list[str]:
    notes = list(variable.notes)
    for site in variable.reused_at:
        notes.append(f"reused by get_variable at {site.text()} (same variable, no new ops)")
    return notes


def _layout(rows: list[_Row], width: int) -> list[Line]:
    """Align columns across depths; a row too wide for the terminal drops the alignment, then moves
    its source line down."""
    name_width = min(max((len(r.guide) + _length(r.name) for r in rows), default=0), MAX_NAME_COLUMN)
    items = [r for r in rows if not r.spans]
    cell_widths = [max((len(r.cells[i][0]) for r in items), default=0) for i in range(3)]
    lines: list[Line] = []
    for row in rows:
        where = (row.where, STYLE["where"])
        line = _aligned(row, name_width, cell_widths)
        if _length(line) + len(row.where) > width:
            line = _aligned(row, 0, [0, 0, 0])
        if _length(line) + len(row.where) > width:
            # Too wide even unaligned: the name alone, then the rest indented under it.
            lines.append([(row.guide, ""), *row.name])
            rest = _Row(row.note_guide + "  ", [], row.cells, "", [], "", row.spans)
            line = _aligned(rest, 0, [0, 0, 0])
            if _length(line) + len(row.where) > width:
                lines.append(line)
                line = [(row.note_guide + "  ", "")]
        line.append(where)
        lines.append(line)
        for note in row.notes:
            lines.extend(_note_lines(row.note_guide, note, width))
    return lines


def _aligned(row: _Row, name_width: int, cell_widths: list[int]) -> Line:
    """The row up to its source line, each column padded to its width and 2 spaces apart."""
    line: Line = [(row.guide, ""), *row.name]
    used = len(row.guide) + _length(row.name)
    line.append((" " * (max(0, name_width - used) + 2), ""))
    used = max(used, name_width) + 2
    if row.spans:
        call = row.cells[0]
        line.append(call)
        columns_end = name_width + 2 + sum(w + 2 for w in cell_widths)
        line.append((" " * max(2, columns_end - used - len(call[0])), ""))
        return line
    for cell, cell_width in zip(row.cells, cell_widths, strict=True):
        if cell[0] or cell_width:
            line.append(cell)
            line.append((" " * (max(0, cell_width - len(cell[0])) + 2), ""))
    return line


def _length(line: Line) -> int:
    return sum(len(text) for text, _ in line)


def _note_lines(guide: str, note: str, width: int) -> list[Line]:
    body_width = max(20, width - len(guide) - 8)
    wrapped = textwrap.wrap(safe_text(note), body_width) or [""]
    return [[(guide, ""), ("why: " if i == 0 else "     ", STYLE["why"]), (part, "")]
            for i, part in enumerate(wrapped)]


def _rstrip(text: Text) -> Text:
    text.rstrip()
    return text


# -- after the tree ------------------------------------------------------------------------------------

def render_outcome(console: Console, explained: Explained, width: int) -> None:
    console.print()
    if explained.stdout:
        console.print(Text("printed", style=STYLE["header"]))
        for line in explained.stdout.rstrip("\n").split("\n"):
            console.print(Text("  " + safe_text(line) if line else ""), soft_wrap=True)
    else:
        console.print(Text("printed  (nothing)", style=STYLE["header"]))
    if explained.expectations:
        console.print(Text("expectations", style=STYLE["header"]))
        for check in explained.expectations:
            console.print(_check_line(check.text, check.expected, check.actual, check.passed, check.checked,
                                      check.line), soft_wrap=True)
    if explained.error is not None:
        render_error(console, explained, explained.error, width)
    for notice in explained.notices:
        console.print(Text("note: " + safe_text(notice), style="dim"))


def _check_line(text: str, expected: object, actual: str, passed: bool, checked: bool, line: int) -> Text:
    out = Text("  ")
    if passed:
        out.append("✓ ", style=STYLE["pass"])
        out.append(f"{safe_text(text)} = {safe_text(actual)}")
    elif not checked:
        out.append("- ", style="dim")
        out.append(f"{safe_text(text)}: not checked (the scenario raised an error)")
    else:
        out.append("✗ ", style=STYLE["fail"])
        out.append(f"{safe_text(text)}: expected {safe_text(repr(expected))}, got {safe_text(actual)}")
    out.append(f"  line {line}", style=STYLE["where"])
    return out


def render_error(console: Console, explained: Explained, error: ExplainedError, width: int) -> None:
    where = f" at {error.file}:{error.line}:{error.col}" if error.line else ""
    head = Text("error  ", style=STYLE["error"])
    head.append(safe_text(error.type), style=STYLE["error"])
    head.append(safe_text(where))
    console.print(head)
    if error.line and error.source_line is not None:
        _source(console, explained, error)
    for line in error.message.rstrip().split("\n"):
        console.print(Text("  " + safe_text(line) if line.strip() else ""), soft_wrap=True)
    for label, text in (("why: ", error.explanation), ("fix: ", error.fix)):
        if text:
            for i, part in enumerate(textwrap.wrap(safe_text(text), max(20, width - 8))):
                line = Text("  ")
                line.append(label if i == 0 else "     ", style=STYLE["why"])
                line.append(part)
                console.print(line)


def _source(console: Console, explained: Explained, error: ExplainedError) -> None:
    assert error.line is not None and error.source_line is not None
    if console.color_system is not None:
        from rich.syntax import Syntax

        lines = explained.source.split("\n")
        first = max(1, error.line - 1)
        snippet = "\n".join(safe_text(line) for line in lines[first - 1:error.line])
        console.print(Syntax(snippet, "python" if explained.language == "python" else "yaml",
                             line_numbers=True, start_line=first, highlight_lines={error.line},
                             word_wrap=True, indent_guides=False, background_color="default"))
        return
    number = str(error.line)
    console.print(Text(f"  {number} | {safe_text(error.source_line)}"), soft_wrap=True)
    col = max(1, error.col or 1)
    console.print(Text(f"  {' ' * len(number)} | {' ' * (col - 1)}^"))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
