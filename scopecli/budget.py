"""One budget for one whole command, and the work counters it keeps.

A command (`run`, `explain`, `names`, `diff`, `graph`, one scenario of `check`) arms one
`CommandBudget`: a CPU-time deadline and a memory ceiling that cover loading, interpreting,
checking every `expect:` entry and rendering, so nothing the command does runs outside them.
Both are last resorts: what stops a hostile input is a count (steps, loop iterations, ops,
elements, characters), charged before the work is done. The deadline only catches a count
that misjudged a cost.

The counters of every run under the budget (`report`) are written as JSON to the file named by
the environment variable ``SCOPECLI_WORK_REPORT`` when the command exits, so a test can assert
*which* bound stopped an input and how much work was done, never how long it took.
"""

from __future__ import annotations

import os
import signal
from types import TracebackType

from scopecli.errors import LimitError, ScopecliError, SourcePos
from scopecli.limits import Limits

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

try:
    import resource
except ImportError:  # not Unix: no memory ceiling
    resource = None  # type: ignore[assignment]

# Memory the whole command may add beyond what its run may: drawing the 100k-op benchmark's
# tree (what the counts admit) takes ~600 MB of data segment; the run itself stays within
# limits.memory_mb (the Guard arms that stricter ceiling while scenario code runs).
RENDER_MB = 450
DEADLINE_GRACE = 1.0  # CPU seconds between flagging the deadline and raising it by force
REPORT_VARIABLE = "SCOPECLI_WORK_REPORT"

_active: CommandBudget | None = None
_last: CommandBudget | None = None


def active() -> CommandBudget | None:
    """The budget of the command running now, if any (library callers may run without one)."""
    return _active


class CommandBudget:
    """The deadline and memory ceiling of one command; a context manager that arms both."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.guard: Any = None  # the interpreter's Guard while scenario code runs, else None
        self.guards: list[Any] = []  # every Guard that ran under this budget
        self.runtimes: list[Any] = []  # every Runtime made under this budget
        self.expired = False
        self.error: ScopecliError | None = None  # the error the command ended with, if any
        self._saved: Any = None

    # -- arming ---------------------------------------------------------------------------------

    def __enter__(self) -> CommandBudget:
        global _active, _last
        self._saved = (_active, arm_timer(self.limits.seconds, self._on_timer),
                       arm_memory(self.limits.memory_mb + RENDER_MB))
        _active = _last = self
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        global _active
        outer, timer, memory = self._saved
        disarm(timer, memory)
        _active = outer
        if isinstance(error, ScopecliError):
            self.error = error

    def enter(self, guard: Any) -> None:
        """Scenario code starts running under `guard`: the deadline now flags it."""
        self.guard = guard
        if guard not in self.guards:
            self.guards.append(guard)
        if self.expired:
            guard.expire()

    def leave(self, guard: Any) -> None:
        if self.guard is guard:
            self.guard = None

    def _on_timer(self, signum: int, frame: Any) -> None:
        guard = self.guard
        if not self.expired and guard is not None:
            # Scenario code runs: flag its guard so the next budget check fails at a safe point;
            # raise from here only if no check comes within the grace period.
            self.expired = True
            guard.expire()
            signal.setitimer(signal.ITIMER_PROF, DEADLINE_GRACE)
            return
        self.expired = True
        raise self.deadline_error()

    def deadline_error(self) -> LimitError:
        seconds = self.limits.seconds
        return LimitError(f"the command ran for more than {seconds:g} s of CPU time",
                          self.where(), f"raise it with --max-seconds (now {seconds:g})")

    def where(self) -> SourcePos | None:
        """Where the last scenario code ran (a limit outside it is reported there)."""
        return self.runtimes[-1].pos if self.runtimes else None

    # -- counters -------------------------------------------------------------------------------

    def report(self, code: int) -> dict[str, Any]:
        error = self.error
        return {
            "exit": code,
            "limit": error.limit if isinstance(error, LimitError) else None,
            "error": type(error).__name__ if error is not None else None,
            "steps": sum(g.steps for g in self.guards),
            "fuel": sum(g.fuel for g in self.guards),
            "charged": sum(g.charged for g in self.guards),
            "ops": sum(r.ops_created for r in self.runtimes),
            "scopes": sum(r.scopes_created for r in self.runtimes),
            "output_chars": sum(r.output_chars for r in self.runtimes),
            "deadline": self.expired,
        }


def last() -> CommandBudget | None:
    """The budget of the command that ran last (still set after it was disarmed)."""
    return _last


def note_error(error: ScopecliError) -> None:
    """The command ends with `error` (recorded for the work report)."""
    command = _active or _last
    if command is not None and command.error is None:
        command.error = error


def write_report(code: int) -> None:
    """At exit: the last budget's counters to $SCOPECLI_WORK_REPORT, when a test asked for them."""
    path = os.environ.get(REPORT_VARIABLE)
    if not path or _last is None:
        return
    import json  # here: only a test asks for the report, and json costs every run ~1.5 ms

    with open(path, "w", encoding="utf-8") as out:
        json.dump(_last.report(code), out)


# -- the mechanisms: a CPU-time timer and RLIMIT_DATA --------------------------------------------

def arm_timer(seconds: float, handler: Any) -> Any:
    """Start a CPU-time timer calling `handler`; the previous handler and timer, or None when
    signals are unavailable here (not the main thread, not Unix)."""
    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer"):
        return None
    try:  # signal.signal itself tells the main thread (not importing threading saves a run ~1 ms)
        previous_handler = signal.signal(signal.SIGPROF, handler)
    except ValueError:  # "signal only works in main thread of the main interpreter"
        return None
    return previous_handler, signal.setitimer(signal.ITIMER_PROF, seconds)


def arm_memory(megabytes: int) -> Any:
    """Cap the data segment at its current size plus `megabytes` (Linux: /proc tells the size);
    the previous limits, or None when they cannot be set."""
    if resource is None or not megabytes or megabytes <= 0:
        return None
    try:
        with open("/proc/self/status", "rb") as status:  # bytes: no codec module to import
            used_kb = next(int(line.split()[1]) for line in status if line.startswith(b"VmData:"))
        previous = resource.getrlimit(resource.RLIMIT_DATA)
        ceiling = used_kb * 1024 + megabytes * 1024 * 1024
        if previous[0] != resource.RLIM_INFINITY and previous[0] <= ceiling:
            return None  # already stricter
        hard = previous[1]
        resource.setrlimit(resource.RLIMIT_DATA, (ceiling if hard == resource.RLIM_INFINITY
                                                  else min(ceiling, hard), hard))
        return previous
    except (OSError, ValueError, StopIteration):
        return None


def disarm(timer: Any, memory: Any) -> None:
    """Undo `arm_timer` and `arm_memory` (either may be None)."""
    if timer is not None:
        previous_handler, previous_timer = timer
        signal.setitimer(signal.ITIMER_PROF, *previous_timer)
        signal.signal(signal.SIGPROF, previous_handler)
    if memory is not None and resource is not None:
        resource.setrlimit(resource.RLIMIT_DATA, memory)
