"""Plain-text reporting for `scopecli run`: the scenario's stdout, then errors on stderr.

The last stderr line of an uncaught error is `TypeName: first line of the message`, exactly as
Python's traceback ends, so `run` can be compared byte for byte with real TensorFlow.
"""

from __future__ import annotations

from scopecli.errors import ScenarioError
from scopecli.load import excerpt
from scopecli.run import RunResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import TextIO


def report_run(result: RunResult, out: TextIO, err: TextIO) -> int:
    out.write(result.stdout)
    out.flush()
    for notice in result.notices:
        err.write(f"scopecli: note: {notice}\n")
    error = result.error
    if error is not None:
        where = f"{error.pos}: " if error.pos else ""
        if isinstance(error, ScenarioError):
            lines = str(error).split("\n")
            err.write(f"{where}uncaught {error.type_name}\n")
            if error.explanation:
                err.write(f"  why: {error.explanation}\n")
            if error.fix:
                err.write(f"  fix: {error.fix}\n")
            first = lines[0]
            err.write(f"{error.type_name}: {first}\n" if first else f"{error.type_name}\n")
        else:
            err.write(f"scopecli: {error.one_line()}\n")
            shown = excerpt(error.pos)  # a limit: quote the line that hit it
            if shown:
                err.write(shown + "\n")
    unchecked = [check for check in result.expectations if not check.checked]
    for check in result.expectations:
        if not check.passed and (check.checked or len(unchecked) <= _UNCHECKED_SHOWN):
            state = "not checked (the scenario raised an error)" if not check.checked else \
                f"expected {check.expectation.expected!r}, got {check.actual!r}"
            err.write(f"{check.expectation.pos}: expectation failed: {check.expectation.text}: {state}\n")
    if len(unchecked) > _UNCHECKED_SHOWN:  # one line, not one per entry: the error above says why
        err.write(f"{unchecked[0].expectation.pos}: {len(unchecked)} expectations from here on were not "
                  "checked (the scenario raised an error)\n")
    return result.exit_code


_UNCHECKED_SHOWN = 10  # more unchecked entries than this are summed up in one line
