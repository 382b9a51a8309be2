"""What `explain` shows after the tree: printed output, expectations, the error with its source."""

from __future__ import annotations

import textwrap

from rich.text import Text

from scopecli.render.console import safe_text
from scopecli.render.model import Explained, ExplainedError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from rich.console import Console

STYLE = {"header": "bold", "pass": "green", "fail": "bold red", "error": "bold red", "why": "yellow",
         "where": "dim"}

# -- after the tree ------------------------------------------------------------------------------------

PRINTED_LINES = 1000  # lines of the scenario's output shown under "printed"
PRINTED_CHARS = 2000  # characters of one such line


def render_outcome(console: Console, explained: Explained, width: int) -> None:
    console.print()
    if explained.stdout:
        console.print(Text("printed", style=STYLE["header"]))
        lines = explained.stdout.rstrip("\n").split("\n", PRINTED_LINES)
        for line in lines[:PRINTED_LINES]:
            console.print(Text("  " + safe_text(line[:PRINTED_CHARS]) if line else ""), soft_wrap=True)
        if len(lines) > PRINTED_LINES:  # a tree is for reading: `scopecli run` prints everything
            more = lines[PRINTED_LINES].count("\n") + 1
            console.print(Text(f"  … {more} more lines (`scopecli run` prints them all)",
                               style=STYLE["where"]))
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
