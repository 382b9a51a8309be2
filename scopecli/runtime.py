"""Per-run state shared by the interpreter and the engine: limits, printed output, call sites.

The interpreter updates `pos` before every call into scopecli's `tf` and keeps `frames`, the
call sites of the user functions active now, so the engine can record *where* each op and
variable was created ("line 4, called at line 10") without knowing about the AST.
"""

from __future__ import annotations

from scopecli.errors import LimitError, SourcePos
from scopecli.limits import DEFAULT_LIMITS, Limits


class Runtime:
    def __init__(self, filename: str, limits: Limits = DEFAULT_LIMITS):
        self.filename = filename
        self.limits = limits
        self.pos = SourcePos(filename, 1, 1)
        self.frames: list[SourcePos] = []
        self._out: list[str] = []
        self._out_chars = 0
        self.ops_created = 0

    def site(self) -> tuple[SourcePos, ...]:
        """Where the current call happens: outermost user call first, the current position last."""
        if not self.frames:
            return (self.pos,)
        return (*self.frames, self.pos)

    def write(self, text: str) -> None:
        self._out_chars += len(text)
        if self._out_chars > self.limits.output_chars:
            raise LimitError(
                f"the scenario printed more than {self.limits.output_chars} characters",
                self.pos,
                "raise --max-output or print less",
            )
        self._out.append(text)

    @property
    def stdout(self) -> str:
        return "".join(self._out)

    def count_op(self) -> None:
        self.ops_created += 1
        if self.ops_created > self.limits.ops:
            raise LimitError(
                f"the scenario created more than {self.limits.ops} ops", self.pos, "raise --max-ops"
            )
