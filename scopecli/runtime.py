"""Per-run state shared by the interpreter and the engine: limits, printed output, call sites.

The interpreter updates `pos` before every call into scopecli's `tf` and keeps `frames`, the
call sites of the user functions active now, so the engine can record *where* each op and
variable was created ("line 4, called at line 10") without knowing about the AST.
"""

from __future__ import annotations

import gc

import scopecli
from scopecli import budget
from scopecli.errors import LimitError, SourcePos
from scopecli.limits import DEFAULT_LIMITS, Limits

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# A variable is a dozen ops of bookkeeping plus the store (~250 us): charged as evaluation steps
# so that a loop of get_variable calls ends in about a second, while a 1000-layer MLP's 2000
# variables fit easily.
VARIABLE_STEPS = 400
# A new tf.Graph (its tables, its record among the run's graphs, ~8 us) as evaluation steps.
GRAPH_STEPS = 25
# Graph.create_op calls Runtime.freeze_young_objects every OPS_PER_FREEZE ops; it freezes while
# the young objects average at most YOUNG_PER_OP per op since the last freeze (an op makes ~8).
OPS_PER_FREEZE = 64
YOUNG_PER_OP = 64

class Runtime:
    def __init__(self, filename: str, limits: Limits = DEFAULT_LIMITS):
        self.filename = filename
        self.limits = limits
        self.max_ops = limits.ops  # read per op by the engine's inlined counters (Graph)
        # The command line's process keeps every op, tensor and shape the run makes to its end
        # (cli.main): see freeze_young_objects.
        self.freeze_batches = scopecli.SINGLE_RUN_PROCESS and scopecli.FREEZE_GRAPHS and gc.isenabled()
        self.pos = SourcePos(filename, 1, 1)
        self.frames: list[SourcePos] = []
        self._out: list[str] = []
        self._out_chars = 0
        self.ops_created = 0
        self.scopes_created = 0
        self.guard: Any = None  # the interpreter's budget Guard (steps, fuel, deadline), once running
        # The last site outside any user function, shared by every op and scope one call makes
        # (a call builds several): op.site is read-only, so one tuple serves them all.
        self._top_site: tuple[SourcePos, ...] = (self.pos,)
        # The same inside user functions: (*frames, pos), made again when pos moves or the
        # interpreter pushes or pops a frame (which sets it to None).
        self.frames_site: tuple[SourcePos, ...] | None = None
        command = budget.active()
        if command is not None:  # its counters join the command's work report
            command.runtimes.append(self)

    def site(self) -> tuple[SourcePos, ...]:
        """Where the current call happens: outermost user call first, the current position last."""
        if not self.frames:
            site = self._top_site
            if site[0] is not self.pos:
                site = self._top_site = (self.pos,)
            return site
        site = self.frames_site
        if site is None or site[-1] is not self.pos:
            site = self.frames_site = (*self.frames, self.pos)
        return site

    def write(self, text: str) -> None:
        self._out_chars += len(text)
        if self._out_chars > self.limits.output_chars:
            raise LimitError(
                f"the scenario printed more than {self.limits.output_chars} characters",
                self.pos,
                f"print less, or raise it with --max-output (now {self.limits.output_chars})",
            )
        self._out.append(text)

    @property
    def output_chars(self) -> int:
        return self._out_chars

    @property
    def stdout(self) -> str:
        return "".join(self._out)

    def check_ops(self) -> None:
        """The ops bound and the deadline, once Graph.create_op has counted a new op (inlined there:
        `ops_created += 1`, then this call when over the bound or past the deadline)."""
        if self.ops_created > self.max_ops:
            raise LimitError(
                f"the scenario created more than {self.limits.ops} ops", self.pos,
                f"raise it with --max-ops (now {self.limits.ops})",
            )
        guard = self.guard
        if guard is not None and guard.expired:
            raise guard.deadline_error()

    def freeze_young_objects(self) -> None:
        """Every OPS_PER_FREEZE ops in the command line's process: take the objects made since
        the last time out of the cyclic collector's reach (gc.freeze), as cli.main does with what
        importing made. They are the graph's own (ops, tensors, shapes), which live to the end:
        a young collection would walk each once to free nothing (~4 % of a large build, nine
        collections of ~1 ms for BERT-12). Refcounting still frees what dies later; only a
        reference cycle among them would stay, so the freeze is made only while they average at
        most YOUNG_PER_OP per op (an op makes ~8): code that makes lots of other objects (a loop
        of caught exceptions) is collected as before, and what may stay is bounded by the ops
        (a graph dropped mid-run stays too: at most what --max-ops ops take, as one big graph)."""
        if gc.get_count()[0] <= OPS_PER_FREEZE * YOUNG_PER_OP:
            gc.freeze()

    def count_scope(self) -> None:
        """Called by the engine when it opens a new name scope: costs about what an op costs, so
        it shares the ops bound (each op opens one too, so the bound is per kind). (Graph's op
        scopes inline it: `scopes_created += 1`, then `too_many_scopes` past the bound.)"""
        self.scopes_created += 1
        if self.scopes_created > self.max_ops:
            self.too_many_scopes()

    def too_many_scopes(self) -> None:
        raise LimitError(
            f"the scenario opened more than {self.limits.ops} name scopes", self.pos,
            f"raise it with --max-ops (now {self.limits.ops})",
        )

    def count_graph(self) -> None:
        """Called by the engine before it creates a graph."""
        guard = self.guard
        if guard is not None:
            guard.spend(GRAPH_STEPS)

    def count_variable(self) -> None:
        """Called by the engine before it creates a variable."""
        guard = self.guard
        if guard is not None:
            guard.spend(VARIABLE_STEPS)
