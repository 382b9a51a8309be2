"""Run one scenario end to end and return the result as data (no printing, no rendering).

load -> interpret (with a fresh `tf` namespace and graph state) -> check expectations. Every
renderer (run, explain, names, diff, graph, check) consumes the `RunResult`.
"""

from __future__ import annotations

import math
import warnings

from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.state import TFState
from scopecli.engine.namespace import build_tf
from scopecli.errors import InputError, LimitError, ScenarioError, ScopecliError
from scopecli.interpret import Interpreter
from scopecli.interpret.facades.flags import add_flags
from scopecli.interpret.facades.protos import add_protos
from scopecli.limits import DEFAULT_LIMITS, Limits
from scopecli.load import Expectation, Scenario
from scopecli.runtime import Runtime

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# Checking one `expect:` entry (checking its expression, measuring and comparing the value,
# ~50 us besides the expression's own steps) as evaluation steps.
EXPECT_STEPS = 150


# ExpectationResult and RunResult are plain classes, not dataclasses, on purpose: `@dataclass`
# costs every `scopecli run` ~0.5 ms per class plus ~5 ms importing `dataclasses` (which pulls in
# `inspect`). Nothing compares or prints them whole. Keep them plain.


class ExpectationResult:
    def __init__(self, expectation: Expectation, passed: bool, actual: str, checked: bool = True):
        self.expectation = expectation
        self.passed = passed
        self.actual = actual  # str() of the value, or the error it raised
        self.checked = checked  # False when the scenario ended in an error before expectations ran


class RunResult:
    def __init__(self, scenario: Scenario, state: TFState, stdout: str, error: ScopecliError | None = None,
                 expectations: list[ExpectationResult] | None = None):
        self.scenario = scenario
        self.state = state
        self.stdout = stdout
        # ScenarioError (uncaught), LimitError, or InputError (a refusal): the run stopped there,
        # and `state` holds everything built before it (partial results, SPEC 5.1).
        self.error = error
        self.expectations: list[ExpectationResult] = [] if expectations is None else expectations

    @property
    def failed(self) -> bool:
        return self.error is not None or any(not e.passed for e in self.expectations)

    @property
    def exit_code(self) -> int:
        if self.error is not None:
            return self.error.exit_code  # 2 for a refusal, 1 for a TF error or a limit
        return 1 if self.failed else 0

    @property
    def stopped(self) -> str | None:
        """"stopped at FILE:LINE: reason" when the run ended early, else None."""
        return stopped_text(self.error)

    @property
    def notices(self) -> list[str]:
        return self.state.notices


def stopped_text(error: ScopecliError | None) -> str | None:
    if error is None:
        return None
    where = f"{error.pos.file}:{error.pos.line}" if error.pos is not None else "?"
    reason = error.one_line() if isinstance(error, ScenarioError) else error.message
    return f"stopped at {where}: {reason.split(chr(10), 1)[0]}"


def run_scenario(scenario: Scenario, limits: Limits = DEFAULT_LIMITS,
                 keep_input_errors: bool = True) -> RunResult:
    """Interpret `scenario`. A refusal (InputError: an unsupported construct, call or argument)
    ends the run like a TF error, keeping what was built before it; the result's exit code is 2.
    `keep_input_errors=False` lets it propagate instead.
    """
    from scopecli import budget

    if budget.active() is None:  # a library call: the run and its expectations share one budget
        with budget.CommandBudget(limits):
            return _run(scenario, limits, keep_input_errors)
    return _run(scenario, limits, keep_input_errors)


def _run(scenario: Scenario, limits: Limits, keep_input_errors: bool) -> RunResult:
    from scopecli import budget

    runtime = Runtime(scenario.path, limits)
    state = TFState(runtime)
    tf = build_tf(state)
    modules = {"tensorflow": tf, "tensorflow.compat.v1": tf}
    predefined = {"tf": tf} if scenario.language == "yaml" else None
    interpreter = Interpreter(scenario, runtime, modules, predefined)
    add_flags(tf, interpreter)
    add_protos(tf)
    result = RunResult(scenario, state, "")
    try:
        with warnings.catch_warnings():
            # numpy's warnings (divide by zero ...) become notes at the scenario's line, once
            # each, as Python shows them once per place; never a path inside scopecli.
            warnings.simplefilter("default")
            warnings.showwarning = _noting(runtime, state.notices)
            interpreter.run()
    except (ScenarioError, LimitError) as error:
        budget.note_error(error)
        result.error = error
    except InputError as error:
        if not keep_input_errors:
            raise
        result.error = error
    result.stdout = runtime.stdout
    # The latch keeps scenario code from swallowing a limit or refusal; the run has ended now and
    # its error is recorded, so checking the expectations starts unlatched.
    interpreter.guard.fatal = None
    if scenario.expectations:
        interpreter.guarded(lambda: _check_all(interpreter, state, result))
    return result


def _check_all(interpreter: Interpreter, state: TFState, result: RunResult) -> None:
    from scopecli import budget

    for expectation in result.scenario.expectations:
        if result.error is not None:
            result.expectations.append(ExpectationResult(expectation, False, "not checked", checked=False))
            continue
        try:
            interpreter.guard.spend(EXPECT_STEPS)
            result.expectations.append(_check(interpreter, state, expectation))
        except LimitError as error:  # a bound ends the run here too: the rest is not checked
            if error.pos is None:
                error.pos = expectation.pos
            budget.note_error(error)
            result.error = error
            result.expectations.append(ExpectationResult(expectation, False, "not checked", checked=False))


def _noting(runtime: Runtime, notices: list[str]) -> Any:
    seen: set[str] = set()

    def show(message: Any, category: type, *args: Any, **kwargs: Any) -> None:
        note = f"{runtime.pos}: {category.__name__}: {message}"
        if note not in seen:
            seen.add(note)
            notices.append(note)

    return show


def _check(interpreter: Interpreter, state: TFState, expectation: Expectation) -> ExpectationResult:
    """One `expect:` entry. Its value is measured before it is turned into text or an array,
    like anything the scenario itself converts; a limit ends the run (it is not a failed entry)."""
    from scopecli.interpret.formatting import to_text

    guard = interpreter.guard
    try:
        value = interpreter.evaluate(expectation.expression)
        expected = expectation.expected
        if isinstance(expected, str):
            actual = to_text(guard, value)
            return ExpectationResult(expectation, actual == expected, actual)
        value = _evaluate_tensor(state, value)
        actual = to_text(guard, value)
        _measure(guard, value, expected)
        return ExpectationResult(expectation, _same_value(value, expected), actual)
    except ScenarioError as error:
        return ExpectationResult(expectation, False, error.one_line())


def _measure(guard: Any, actual: Any, expected: Any) -> None:
    """Charge the comparison by the elements numpy will convert, and refuse it past the bound."""
    from scopecli.interpret.operators import leaf_count

    cap = guard.limits.elements
    size = max(leaf_count(actual, cap) if isinstance(actual, (list, tuple)) else getattr(actual, "size", 1),
               leaf_count(expected, cap) if isinstance(expected, list) else 1)
    if size > cap:
        raise LimitError(f"an expectation compares {size} elements",
                         hint=f"raise it with --max-elements (now {cap})")
    guard.charge(size)


def _evaluate_tensor(state: TFState, value: Any) -> Any:
    if not isinstance(value, (Tensor, TensorConvertible)):
        return value
    from scopecli.evaluate.session import Session

    graph = value._op._graph if isinstance(value, Tensor) else value.to_tensor()._op._graph
    session = state.last_session if state.last_session is not None and state.last_session.graph_ is graph \
        else Session(state, graph)
    if session.closed:
        fresh = Session(state, graph)
        fresh.values = dict(session.values)
        session = fresh
    return session.run_fetches(value, None)


def _same_value(actual: Any, expected: Any) -> bool:
    import numpy as np

    if isinstance(expected, list):
        try:
            a = np.asarray(actual)
            e = np.asarray(expected)
        except (TypeError, ValueError):
            return False
        if a.shape != e.shape:
            return False
        if a.dtype.kind in "fc" or e.dtype.kind in "fc":
            return bool(np.allclose(a, e, rtol=1e-6, atol=0, equal_nan=True))
        return bool(np.array_equal(a, e))
    if isinstance(expected, bool) or isinstance(actual, (str, bytes)):
        return bool(actual == expected)
    if type(expected) is int and type(actual) is int:
        return actual == expected  # exact, however many digits (float() of 10**5000 overflows)
    try:
        a_num = float(actual)
        float(expected)
    except (TypeError, ValueError, OverflowError):
        return False
    floating = isinstance(expected, float) or np.asarray(actual).dtype.kind == "f"
    if floating:
        both_nan = math.isnan(a_num) and math.isnan(expected)
        return math.isclose(a_num, float(expected), rel_tol=1e-6) or both_nan
    return a_num == expected

