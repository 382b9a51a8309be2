"""Run one scenario end to end and return the result as data (no printing, no rendering).

load -> interpret (with a fresh `tf` namespace and graph state) -> check expectations. Every
renderer (run, explain, names, diff, graph, check) consumes the `RunResult`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.state import TFState
from scopecli.engine.namespace import build_tf
from scopecli.errors import InputError, LimitError, ScenarioError, ScopecliError
from scopecli.interpret import Interpreter
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
    error: ScopecliError | None = None  # ScenarioError (uncaught) or LimitError
    expectations: list[ExpectationResult] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.error is not None or any(not e.passed for e in self.expectations)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    @property
    def notices(self) -> list[str]:
        return self.state.notices


def run_scenario(scenario: Scenario, limits: Limits = DEFAULT_LIMITS,
                 keep_input_errors: bool = False) -> RunResult:
    """Interpret `scenario`. InputError (a refused construct) propagates: it means exit 2.

    With `keep_input_errors` it ends the run like a TF error instead, keeping what was built
    before it (`scopecli diff` shows a swap that broke a call in that column).
    """
    runtime = Runtime(scenario.path, limits)
    state = TFState(runtime)
    tf = build_tf(state)
    modules = {"tensorflow": tf, "tensorflow.compat.v1": tf}
    predefined = {"tf": tf} if scenario.language == "yaml" else None
    interpreter = Interpreter(scenario, runtime, modules, predefined)
    result = RunResult(scenario, state, "")
    try:
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

