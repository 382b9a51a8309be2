"""`scopecli diff`'s output: a table for people (the differing part of each name highlighted),
or the versioned JSON document (scopecli/schema/diff-v1.schema.json) and TSV for scripts."""

from __future__ import annotations

import json
import re

from scopecli.render.align import opcodes
from scopecli.render.console import Terminal, safe_text
from scopecli.render.diff import SCHEMA, Created, Diff, Row, SideError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any, TextIO

# -- highlighting --------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[/_:]|[^/_:]+")


def name_spans(left: str, right: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Each name cut into (text, differs) pieces: whole name parts (`scope_vars/`, `_1`), not letters."""
    a, b = _TOKEN.findall(left), _TOKEN.findall(right)
    out_a: list[tuple[str, bool]] = []
    out_b: list[tuple[str, bool]] = []
    for tag, i1, i2, j1, j2 in opcodes(a, b):
        same = tag == "equal"
        if i2 > i1:
            out_a.append(("".join(a[i1:i2]), not same))
        if j2 > j1:
            out_b.append(("".join(b[j1:j2]), not same))
    return out_a, out_b


# -- table ---------------------------------------------------------------------------------------------

_STYLE_LEFT = "bold red"
_STYLE_RIGHT = "bold green"
_STYLE_ERROR = "bold magenta"


def render_table(diff: Diff, terminal: Terminal, show_all: bool = False) -> None:
    """Header, one line per row with its why notes under the names, errors, then the counts."""
    from rich.padding import Padding
    from rich.text import Text

    rows = diff.rows if show_all else diff.changed_rows
    lines = [(_where(row), _kind(row), *_name_cells(row)) for row in rows]
    notes = [row.why for row in rows]
    for i in range(1, len(rows)):
        # "not created: that run stopped at ..." once is enough for a run of such rows.
        if rows[i].status in ("added", "removed") and rows[i].why == rows[i - 1].why:
            notes[i] = []
    for error, column in ((diff.left.error, 0), (diff.right.error, 1)):
        if error is not None:
            # The type in its column; the message gets the full width on the lines below.
            cells: list[Text] = [Text(""), Text("")]
            cells[column] = Text(error.type_name, style=_STYLE_ERROR)
            lines.append((str(error.pos.line) if error.pos is not None else "", "error", *cells))
            notes.append([f"\0{line}" for line in error.message.split("\n") if line.strip()][:_ERROR_LINES]
                         + ([error.explanation] if error.explanation else []))
    header = ("line", "kind", Text(safe_text(diff.left.label)), Text(safe_text(diff.right.label)))
    widths = _widths([header, *lines], terminal.width)
    indent = widths[0] + widths[1] + 2 * _GAP
    console = terminal.console()
    with console.capture() as captured:
        if lines:
            console.print(_grid(widths, header, "bold"))
        for line, why in zip(lines, notes, strict=True):
            console.print(_grid(widths, line, ""))
            for note in why:
                # "\0" marks an error message line, shown as is; the rest are why notes.
                text = Text(safe_text(note[1:])) if note.startswith("\0") else \
                    Text(f"why: {safe_text(note)}", style="dim")
                console.print(Padding(text, (0, 0, 0, indent), expand=False))
        console.print(Text(_summary(diff, show_all)))
    # rich pads every cell to its column width; drop that padding at the line ends.
    terminal.stream.write("\n".join(line.rstrip() for line in captured.get().split("\n")))


_GAP = 2
_ERROR_LINES = 6  # of a long TF message (a traceback after "Originally defined at:"), in the table


def _widths(lines: list[tuple[Any, ...]], total: int) -> list[int]:
    """Line and kind columns as wide as their longest cell; the names share what is left."""
    from rich.text import Text

    def width(cell: Any) -> int:
        return max(len(part) for part in (cell.plain if isinstance(cell, Text) else cell).split("\n"))

    fixed = [max(width(line[i]) for line in lines) for i in (0, 1)]
    room = max(20, total - sum(fixed) - 3 * _GAP)
    wanted = [max(width(line[i]) for line in lines) for i in (2, 3)]
    if sum(wanted) <= room:
        return [*fixed, *wanted]
    half = room // 2
    if wanted[0] <= half:
        return [*fixed, wanted[0], room - wanted[0]]
    if wanted[1] <= half:
        return [*fixed, room - wanted[1], wanted[1]]
    return [*fixed, half, room - half]


def _grid(widths: list[int], cells: tuple[Any, ...], style: str) -> Any:
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, _GAP, 0, 0))
    for i, w in enumerate(widths):
        grid.add_column(width=w, no_wrap=i < 2, overflow="fold")
    grid.add_row(*(Text(c, style=style or ("cyan" if i == 1 else "")) if isinstance(c, str) else c
                   for i, c in enumerate(cells)))
    if style:
        for cell in grid.columns:
            cell.header_style = style
        grid.rows[0].style = style
    return grid


def _where(row: Row) -> str:
    if row.left is not None and row.right is not None and row.left.where() != row.right.where():
        return f"{row.left.where()} / {row.right.where()}"
    return row.first.where()


def _kind(row: Row) -> str:
    if row.left is None or row.right is None or row.left.kind == row.right.kind:
        return row.first.kind
    return f"{row.left.kind} / {row.right.kind}"


def _name_cells(row: Row) -> tuple[Any, Any]:
    from rich.text import Text

    if row.left is None or row.right is None:
        missing = Text("—", style="dim")
        present = Text(safe_text(row.first.name), style=_STYLE_LEFT if row.right is None else _STYLE_RIGHT)
        present = _elide(present)
        return (present, missing) if row.right is None else (missing, present)
    spans_a, spans_b = name_spans(row.left.name, row.right.name)
    cells = []
    for spans, style in ((spans_a, _STYLE_LEFT), (spans_b, _STYLE_RIGHT)):
        text = Text()
        for piece, differs in spans:
            text.append(safe_text(piece), style=style if differs else "")
        cells.append(_elide(text))
    return cells[0], cells[1]


TABLE_NAME_MAX = 240  # a name longer than this shows its ends in the table (TSV/JSON keep it whole)


def _elide(text: Any) -> Any:
    """A very long name (a scope 100k levels deep) as its two ends: folding it into the column
    would print thousands of lines per row, and cost the table their square."""
    from rich.text import Text

    if len(text) <= TABLE_NAME_MAX:
        return text
    keep = TABLE_NAME_MAX // 2 - 10
    hidden = len(text) - 2 * keep
    return Text.assemble(text[:keep], (f"…{hidden:,} characters…", "dim"), text[-keep:])


def _summary(diff: Diff, show_all: bool) -> str:
    changed = len(diff.changed_rows)
    unchanged = len(diff.rows) - changed
    text = f"{changed} changed · {unchanged} unchanged"
    if unchanged and not show_all:
        text += " (--all to list)"
    if diff.errors_differ:
        text += " · the runs ended differently"
    if diff.left.stdout != diff.right.stdout and not diff.differs:
        text += " · printed output differs"  # the only sign of the swap: say so
    return text


# -- machine formats -----------------------------------------------------------------------------------

def _object_json(c: Created | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"kind": c.kind, "name": c.name, "tensor": c.tensor, "line": c.line,
            "site": [{"line": p.line, "col": p.col} for p in c.site], "count": c.count, "graph": c.graph}


def _error_json(error: SideError | None) -> dict[str, Any] | None:
    if error is None:
        return None
    return {"type": error.type_name, "message": error.message,
            "line": error.pos.line if error.pos else None, "col": error.pos.col if error.pos else None}


def diff_document(diff: Diff, show_all: bool = False) -> dict[str, Any]:
    """The JSON document: both sides, the rows (changed only unless `show_all`), and counts."""
    rows = diff.rows if show_all else diff.changed_rows
    return {
        "schema": SCHEMA,
        "left": {"label": diff.left.label, "path": diff.left.path, "error": _error_json(diff.left.error)},
        "right": {"label": diff.right.label, "path": diff.right.path, "error": _error_json(diff.right.error)},
        "rows": [{"status": r.status, "line": r.first.line, "kind": r.first.kind,
                  "left": _object_json(r.left), "right": _object_json(r.right), "why": r.why} for r in rows],
        "changed": len(diff.changed_rows),
        "unchanged": len(diff.rows) - len(diff.changed_rows),
        "differs": diff.differs,
        "printed_output_differs": diff.left.stdout != diff.right.stdout,
    }


def render_json(diff: Diff, out: TextIO, show_all: bool = False) -> None:
    out.write(json.dumps(diff_document(diff, show_all), ensure_ascii=False, indent=1) + "\n")


TSV_COLUMNS = ("status", "line", "kind", "left", "right", "why")


def render_tsv(diff: Diff, out: TextIO, show_all: bool = False) -> None:
    """One header line, then one line per row; errors as `error` rows; "" where a side has nothing."""
    out.write("\t".join(TSV_COLUMNS) + "\n")
    for r in diff.rows if show_all else diff.changed_rows:
        fields = [r.status, str(r.first.line), r.first.kind, r.left.name if r.left else "",
                  r.right.name if r.right else "", "; ".join(r.why)]
        out.write("\t".join(_tsv_field(f) for f in fields) + "\n")
    for error, column in ((diff.left.error, 3), (diff.right.error, 4)):
        if error is not None:
            fields = ["error", str(error.pos.line) if error.pos else "", error.type_name, "", "", ""]
            fields[column] = error.one_line()
            out.write("\t".join(_tsv_field(f) for f in fields) + "\n")


def _tsv_field(text: str) -> str:
    # A tab or line break inside a field would break the columns, an ESC would reach the terminal
    # of whoever reads it: show them escaped.
    text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return safe_text(text)
