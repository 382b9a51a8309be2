"""`scopecli explain`'s picture: one tree per graph, then printed output, expectations and error.

Name scopes are branches, variables and ops are leaves, columns aligned across depths (kind, dtype
and shape, cheap value, source line), with a `why:` line under every name a rule changed. Rows are
built as `rich.text.Text` so user text never meets markup; with colour off the same rows are plain.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from rich.text import Text

from scopecli.render.console import Terminal, safe_text
from scopecli.render.fold import Node, TreeOptions, differences, shape_tree
from scopecli.render.model import Explained, ExplainedGraph, ExplainedOp, ExplainedVariable, Site
from scopecli.render.notes import code_of
from scopecli.render.outcome import render_outcome

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
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
VALUE_CAPS = (None, 24, 16, 10, 0)  # the value column shrinks in these steps before rows stack


def render_explained(explained: Explained, terminal: Terminal, all_ops: bool = False,
                     options: TreeOptions | None = None) -> None:
    options = options or TreeOptions()
    console = terminal.console()
    if explained.title:
        console.print(Text(safe_text(explained.title), style=STYLE["header"]), soft_wrap=True)
    if explained.about:
        for line in _about_lines(explained.about, max(20, terminal.width - 2)):
            console.print(Text("  " + line, style="dim"), soft_wrap=True)
    for graph in explained.shown_graphs:
        if explained.title or explained.about or graph is not explained.shown_graphs[0]:
            console.print()
        render_graph(console, graph, terminal.width, all_ops, options)
    if explained.stopped is not None:  # partial results: the trees hold what was built until then
        console.print(Text(safe_text(explained.stopped), style=STYLE["error"]), soft_wrap=True)
    render_outcome(console, explained, terminal.width)


def _about_lines(about: str, width: int) -> list[str]:
    """The `about:` text at `width`, with the indent added by the caller, never broken inside a word.

    A paragraph whose lines all fit keeps its author's line breaks; one with a longer line is
    reflowed as a whole, so a narrow terminal does not leave one-word stubs between the lines.
    """
    lines: list[str] = []
    for paragraph in about.rstrip("\n").split("\n\n"):
        if lines:
            lines.append("")
        rows = [safe_text(row) for row in paragraph.split("\n")]
        if all(len(row) <= width for row in rows):
            lines.extend(rows)
            continue
        lines.extend(textwrap.wrap(" ".join(row.strip() for row in rows), width, break_long_words=False,
                                   break_on_hyphens=False) or [""])
    return lines


def render_graph(console: Console, graph: ExplainedGraph, width: int, all_ops: bool,
                 options: TreeOptions | None = None) -> None:
    options = options or TreeOptions()
    hidden = sum(1 for op in graph.ops if op.internal) - len(graph.variables)
    header = f"{graph.label} · {_count(len(graph.ops), 'op')} · {_count(len(graph.variables), 'variable')}"
    if hidden > 0:
        header += " (internal ops shown)" if all_ops else " (internal ops hidden: --all-ops)"
    console.print(Text(header, style=STYLE["header"]), soft_wrap=True)
    rows = tree_rows(graph, width, all_ops, options)
    lines = layout(rows, width)
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
    where: tuple[str, str]  # the source line, long and short: "line 7, called at line 11", "line 7 (at 11)"
    notes: list[str]
    note_guide: str  # what precedes a why-line under this row
    spans: bool = False  # a scope's call (`variable_scope('foo')`) spans the kind, type and value columns
    short_call: str = ""  # the call without its arguments, for a narrow terminal


def tree_rows(graph: ExplainedGraph, width: int, all_ops: bool, options: TreeOptions) -> list[_Row]:
    """One row per shown node, in tree order (its why-notes travel with it)."""
    rows: list[_Row] = []
    # Guides take 4 columns a level: below this depth they alone would fill the line.
    fit_depth = max(2, (width - 32) // 4)
    depth = fit_depth if options.depth is None else min(options.depth, fit_depth)
    root = shape_tree(graph, all_ops, TreeOptions(options.expand, depth, options.only))
    _collect(root, "", rows, False)
    if options.only is not None and not root.children:
        nothing = f"(no name matches {safe_text(options.only)!r})"
        rows.append(_Row("", [(nothing, "dim")], [], ("", ""), [], ""))
    return rows


def _collect(node: Node, prefix: str, rows: list[_Row], in_series: bool) -> None:
    children = list(node.children.values())
    for i, child in enumerate(children):
        last = i == len(children) - 1 and not node.hidden
        guide = prefix + ("└── " if last else "├── ")
        below = prefix + ("    " if last else "│   ")
        rows.append(_row(child, guide, below + ("│ " if child.children else "  "), in_series))
        _collect(child, below, rows, in_series or bool(child.members))
    if node.hidden:
        more = f"… {_count(node.hidden, 'name')} below (--depth, --only)"
        rows.append(_Row(prefix + "└── ", [(more, "dim")], [], ("", ""), [], ""))


def _row(node: Node, guide: str, note_guide: str, in_series: bool) -> _Row:
    item, scope = node.item, node.scope
    notes: list[str] = []
    spans = False
    empty = ("", "")
    where = _where(item.site) if item is not None else ("", "")
    if isinstance(item, ExplainedVariable):
        kind = ("get_variable" if item.created_by == "get_variable" else "Variable", STYLE["kind_variable"])
        name_style, notes = STYLE["variable"], _variable_notes(item)
        cells = [kind, _type_cell(item.dtype, item.shape), _value_cell(item, in_series or bool(node.members))]
    elif isinstance(item, ExplainedOp):
        name_style = STYLE["internal"] if item.internal else STYLE["op"]
        kind = (item.type, STYLE["internal"] if item.internal else STYLE["kind_op"])
        notes = list(item.notes)
        cells = [kind, _type_cell(item.dtype, item.shape), _value_cell(item, in_series or bool(node.members))]
    else:
        name_style, cells = STYLE["scope"], [empty, empty, empty]
    short_call = ""
    calls = ([scope] if scope is not None else []) + node.also
    if calls:
        notes = [*(scope.notes if scope is not None else []), *notes]
        for other in node.also:
            notes.append(f"get_variable names of {other.call} ({other.site.text()}) land here too; its ops "
                         f"and tf.Variable names are under `{other.name}/`")
        if item is None:
            text = " + ".join(c.call for c in calls)
            short_call = " + ".join(c.kind for c in calls)
            cells, spans = [(safe_text(text), STYLE["call"]), empty, empty], True
            sites = [c.site.text() for c in calls if c.site.line]
            where = ("; ".join(sites), "; ".join(_where(c.site)[1] for c in calls if c.site.line))
    # A branch without an op of its own is a name scope, even one TF opened internally.
    label = node.segment + ("/" if item is None and (calls or node.children or node.hidden) else "")
    uniquified = any(code_of(n) == "uniquified" for n in notes) and not node.members
    name = _name_pieces(label, name_style, uniquified)
    if node.members:
        name.append((f"  ×{len(node.members)}", STYLE["header"]))
        notes = [n for n in notes if code_of(n) != "uniquified"]
        for path, kinds in differences(node).items():
            spread = ", ".join(f"{text or '(none)'} ×{count}" for text, count in kinds[:3])
            more = f", {len(kinds) - 3} more" if len(kinds) > 3 else ""
            notes.append(f"differs: {path + ' ' if path else ''}{spread}{more}")
        if scope is not None and item is None:
            short_call = scope.kind
            cells[0] = (safe_text(scope.kind), STYLE["call"])
    return _Row(guide, name, cells, where, notes, note_guide, spans, short_call)


def _where(site: Site) -> tuple[str, str]:
    if not site.line:
        return ("", "")
    short = f"line {site.line}"
    if site.called_at:
        short += f" (at {', '.join(str(n) for n in site.called_at)})"
    return (site.text(), short)


def _is_random(row: _Row) -> bool:
    return bool(row.cells) and row.cells[2][0].startswith("= random")


def _name_pieces(label: str, style: str, uniquified: bool) -> Line:
    label = safe_text(label)
    match = _SUFFIX.search(label.rstrip("/")) if uniquified else None
    if not match:
        return [(label, style)]
    # The part a uniquifying rule added, so the eye finds it before reading the why-line.
    return [(label[:match.start()], style), (match.group(), STYLE["suffix"]), (label[match.end():], style)]


def _type_cell(dtype: str | None, shape: str | None) -> Piece:
    return ("", "") if dtype is None else (f"{dtype} {shape}", STYLE["type"])


def _value_cell(item: ExplainedOp | ExplainedVariable, in_series: bool) -> Piece:
    value = item.value
    if isinstance(item, ExplainedVariable) and item.random_init:
        kind = item.initializer.removeprefix("default ")
        return ("= random" + (f" ({kind})" if kind not in ("value", "callable") else ""), "dim")
    if value is not None and value.random:
        return ("= random", "dim")
    if value is None or in_series:  # one member's value would speak for all of them
        return ("", "")
    return ("= " + safe_text(value.text), STYLE["value"])


def _variable_notes(variable: ExplainedVariable) -> list[str]:
    notes = list(variable.notes)
    for site in variable.reused_at:
        notes.append(f"reused by get_variable at {site.text()} (same variable, no new ops)")
    return notes


# -- layout --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Plan:
    """Column widths for the whole tree: the name column, kind, type, value, and the where form."""

    name: int
    cells: tuple[int, int, int]
    short_where: bool


def _plan(rows: list[_Row], width: int) -> _Plan:
    """The widest alignment that fits: first the where column shortens, then values, then the name
    column gives way (its longest names then push their own rows); identifiers are never cut."""
    names = sorted(len(r.guide) + _length(r.name) for r in rows if r.cells) or [0]
    items = [r for r in rows if not r.spans and r.cells]
    kind_w, type_w, value_w = (max((len(r.cells[i][0]) for r in items), default=0) for i in range(3))
    tried = [min(names[-1], MAX_NAME_COLUMN), min(names[len(names) * 9 // 10], MAX_NAME_COLUMN)]
    for name_w in tried:  # alignment first; a value may lose its end
        for cap in VALUE_CAPS:
            value = value_w if cap is None else min(value_w, cap)
            for short in (False, True):
                where_w = max((len(r.where[short]) for r in rows), default=0)
                if name_w + 2 + kind_w + 2 + type_w + 2 + (value + 2 if value else 0) + where_w <= width:
                    return _Plan(name_w, (kind_w, type_w, value), short)
    where_w = max((len(r.where[1]) for r in rows), default=0)
    return _Plan(max(8, width - 6 - kind_w - type_w - where_w), (kind_w, type_w, 0), True)


def layout(rows: list[_Row], width: int) -> list[Line]:
    """One line per row whenever the row can fit: aligned, else compact; stacked only as a last resort."""
    plan = _plan(rows, width)
    lines: list[Line] = []
    for row in rows:
        lines.extend(_fitted(row, plan, width))
        for note in row.notes:
            lines.extend(_note_lines(row.note_guide, note, width))
    return lines


def _fitted(row: _Row, plan: _Plan, width: int) -> list[Line]:
    where = row.where[plan.short_where]
    line = _aligned(row, plan.name, plan.cells, plan.cells[2])
    if _length(line) + len(where) <= width:
        return [[*line, (where, STYLE["where"])]]
    where = row.where[1]
    head = len(row.guide) + _length(row.name) + 2
    for cap in VALUE_CAPS[1:]:  # this row's name is long: unaligned, its value shortened
        line = _aligned(row, 0, (0, 0, 0), cap or 0)
        if _length(line) + len(where) <= width:
            return [[*line, (where, STYLE["where"])]]
    if row.spans and head + len(row.short_call) + 2 + len(where) <= width:
        return [[(row.guide, ""), *row.name, ("  ", ""), (row.short_call, STYLE["call"]), ("  ", ""),
                 (where, STYLE["where"])]]
    # Too wide even so: the name alone, then the rest indented under it.
    rest = _Row(row.note_guide + "  ", [], row.cells, row.where, [], "", row.spans, row.short_call)
    if row.spans:
        rest.cells = [(row.short_call, STYLE["call"]), ("", ""), ("", "")]
    tail = _aligned(rest, 0, (0, 0, 0), 10)
    return [[(row.guide, ""), *row.name], [*tail, (where, STYLE["where"])]]


def _aligned(row: _Row, name_width: int, cell_widths: tuple[int, int, int], value_cap: int) -> Line:
    """The row up to its source line, each column padded to its width and 2 spaces apart."""
    line: Line = [(row.guide, ""), *row.name]
    used = len(row.guide) + _length(row.name)
    if not row.cells:
        return line
    line.append((" " * (max(0, name_width - used) + 2), ""))
    used = max(used, name_width) + 2
    if row.spans:
        call = row.cells[0]
        line.append(call)
        columns_end = name_width + 2 + sum(w + 2 for w in cell_widths if w)
        line.append((" " * max(2, columns_end - used - len(call[0])), ""))
        return line
    cells = list(row.cells)
    text, style = cells[2]
    if len(text) > value_cap:  # a value is not an identifier: it may end in "…"
        cells[2] = ((text[:value_cap - 1] + "…") if value_cap > 2 else "", style)
    for cell, cell_width in zip(cells, cell_widths, strict=True):
        if cell[0] or cell_width:
            line.append(cell)
            line.append((" " * (max(0, cell_width - len(cell[0])) + 2), ""))
    return line


def _length(line: Line) -> int:
    return sum(len(text) for text, _ in line)


def _note_lines(guide: str, note: str, width: int) -> list[Line]:
    body_width = max(20, width - len(guide) - 6)
    wrapped = textwrap.wrap(safe_text(note), body_width, break_long_words=False, break_on_hyphens=False)
    return [[(guide, ""), ("why: " if i == 0 else "     ", STYLE["why"]), (part, "")]
            for i, part in enumerate(wrapped or [""])]


def _rstrip(text: Text) -> Text:
    text.rstrip()
    return text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
