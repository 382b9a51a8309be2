"""Run one scenario end to end and return the result as data (no printing, no rendering).

load -> interpret (with a fresh `tf` namespace and graph state) -> check expectations. Every
renderer (run, explain, names, diff, graph, check) consumes the `RunResult`.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any

from scopecli.engine.api import TFNamespace
from scopecli.engine.graph import Tensor, TensorConvertible
from scopecli.engine.state import TFState
from scopecli.errors import InputError, LimitError, ScenarioError, ScopecliError
from scopecli.interpret import Interpreter
from scopecli.interpret.facades.flags import add_flags
from scopecli.limits import DEFAULT_LIMITS, Limits
from scopecli.load import Expectation, Scenario
from scopecli.runtime import Runtime


@dataclass
class ExpectationResult:
    expectation: Expectation
    passed: bool
    actual: str  # str() of the value, or the error it raised
    checked: bool = True  # False when the scenario ended in an error before expectations ran


@dataclass
class RunResult:
    scenario: Scenario
    state: TFState
    stdout: str
    # ScenarioError (uncaught), LimitError, or InputError (a refusal): the run stopped there, and
    # `state` holds everything built before it (partial results, SPEC 5.1).
    error: ScopecliError | None = None
    expectations: list[ExpectationResult] = field(default_factory=list)

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
    runtime = Runtime(scenario.path, limits)
    state = TFState(runtime)
    tf = TFNamespace(state).build()
    modules = {"tensorflow": tf, "tensorflow.compat.v1": tf}
    predefined = {"tf": tf} if scenario.language == "yaml" else None
    interpreter = Interpreter(scenario, runtime, modules, predefined)
    add_flags(tf, interpreter)
    result = RunResult(scenario, state, "")
    try:
        with warnings.catch_warnings():
            # numpy's warnings (divide by zero ...) become notes at the scenario's line, once
            # each, as Python shows them once per place; never a path inside scopecli.
            warnings.simplefilter("default")
            warnings.showwarning = _noting(runtime, state.notices)
            interpreter.run()
    except (ScenarioError, LimitError) as error:
        result.error = error
    except InputError as error:
        if not keep_input_errors:
            raise
        result.error = error
    result.stdout = runtime.stdout
    for expectation in scenario.expectations:
        if result.error is not None:
            result.expectations.append(ExpectationResult(expectation, False, "not checked", checked=False))
            continue
        result.expectations.append(_check(interpreter, state, expectation))
    return result


def _noting(runtime: Runtime, notices: list[str]) -> Any:
    seen: set[str] = set()

    def show(message: Any, category: type, *args: Any, **kwargs: Any) -> None:
        note = f"{runtime.pos}: {category.__name__}: {message}"
        if note not in seen:
            seen.add(note)
            notices.append(note)

    return show


def _check(interpreter: Interpreter, state: TFState, expectation: Expectation) -> ExpectationResult:
    try:
        value = interpreter.evaluate(expectation.expression)
        expected = expectation.expected
        if isinstance(expected, str):
            actual = str(value)
            return ExpectationResult(expectation, actual == expected, actual)
        value = _evaluate_tensor(state, value)
        return ExpectationResult(expectation, _same_value(value, expected), str(value))
    except (ScenarioError, LimitError) as error:
        return ExpectationResult(expectation, False, error.one_line())


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
    try:
        a_num = float(actual)
    except (TypeError, ValueError):
        return False
    floating = isinstance(expected, float) or np.asarray(actual).dtype.kind == "f"
    if floating:
        both_nan = math.isnan(a_num) and math.isnan(expected)
        return math.isclose(a_num, float(expected), rel_tol=1e-6) or both_nan
    return a_num == expected

