"""Terminal state, decided once per command and injected into renderers (httpie's Environment).

Colour only on a terminal, never with NO_COLOR or `--no-color`; `--color` forces it. Renderers
never build their own rich Console, so tests can pass a fake `Terminal` with a fixed width.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any, TextIO

    from rich.console import Console


@dataclass
class Terminal:
    stream: TextIO
    color: bool
    width: int

    @classmethod
    def detect(cls, stream: TextIO | None = None, color: bool | None = None,
               width: int | None = None) -> Terminal:
        """`color`: True/False from --color/--no-color, None to decide from the stream and NO_COLOR."""
        stream = stream if stream is not None else sys.stdout
        is_tty = bool(getattr(stream, "isatty", lambda: False)())
        if color is None:
            color = is_tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        if width is None:
            columns = os.environ.get("COLUMNS", "")
            if columns.isdigit() and int(columns) > 0:
                width = int(columns)
            elif is_tty:
                width = _tty_width(stream)
            else:
                width = 100
        return cls(stream, bool(color), max(40, width))

    def console(self) -> Console:
        """A rich Console for this terminal: no markup guessing, no number highlighting."""
        from rich.console import Console

        class _Console(Console):
            def on_broken_pipe(self) -> None:
                # rich would exit 1 here, as if the scenario had failed; the command decides (141).
                raise BrokenPipeError

        return _Console(file=self.stream, force_terminal=self.color, no_color=not self.color,
                       color_system="auto" if self.color else None, highlight=False, markup=False,
                       emoji=False, width=self.width, soft_wrap=False)


def _tty_width(stream: Any) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 100


def safe_text(text: str) -> str:
    """User text for a terminal: control characters (ESC, BEL, CR ...) shown escaped, never sent."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch == "\n" or ch == "\t" or ch.isprintable():
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)
