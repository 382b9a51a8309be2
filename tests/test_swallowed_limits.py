"""Swallowed limits (issue 13): a limit, a call-depth error or a refusal ends the run, whatever
the scenario catches and whatever a context manager's `__exit__` raises while unwinding.

Mechanism: the first LimitError/InputError that passes a statement is latched on the run's
Guard (`Guard.fatal`); an error raised by `__exit__` during that unwinding is dropped in favour
of it, a `try` that catches any error re-raises it, and the run cannot end normally while it is
set. The examples of the issue are the cases.
"""

from __future__ import annotations

import ast
from typing import Any

import pytest

from scopecli.errors import InputError, LimitError, ScenarioError
from scopecli.interpret import Interpreter
from scopecli.limits import Limits
from scopecli.load.scenario import Scenario
from scopecli.model import Builtin, Exposed, Namespace
from scopecli.runtime import Runtime


class FailingExit(Exposed):
    """A context manager whose `__exit__` raises a catchable IndexError (as closing a session
    twice inside `with sess:` once did)."""

    TYPE_NAME = "Session"

    def __enter__(self) -> FailingExit:
        return self

    def __exit__(self, *exc: Any) -> bool:
        raise ScenarioError("IndexError", "pop from empty list")


class PythonFailingExit(FailingExit):
    """The same with a raw Python error from the engine (what the session bug raised)."""

    def __exit__(self, *exc: Any) -> bool:
        [].pop()
        return False


def run(source: str, limits: Limits | None = None) -> Runtime:
    scenario = Scenario("f.py", source, "python", ast.parse(source))
    runtime = Runtime("f.py", limits or Limits())
    tf = Namespace("tf", {"Session": Builtin("tf.Session", FailingExit),
                          "PySession": Builtin("tf.PySession", PythonFailingExit)})
    Interpreter(scenario, runtime, {"tensorflow": tf}, {"tf": tf}).run()
    return runtime


BODIES = {
    "limit": ("9**9**9", LimitError, "max-int-bits"),
    "loop-limit": ("[0 for _ in range(10**9)]", LimitError, "max-loop-iterations"),
    "call-depth": ("f()", LimitError, "max-call-depth"),
    "refusal": ("open('x')", InputError, None),
}


@pytest.mark.parametrize("manager", ["Session", "PySession"])
@pytest.mark.parametrize("body", sorted(BODIES))
@pytest.mark.parametrize("handler", ["except IndexError as e", "except Exception", "except"])
def test_a_failing_exit_cannot_swallow_a_limit_or_refusal(manager: str, body: str, handler: str) -> None:
    code, kind, limit = BODIES[body]
    source = (f"def f():\n    return f()\nsess = tf.{manager}()\ntry:\n    with sess:\n        {code}\n"
              f"{handler}:\n    print('caught')\nprint('went on')\n")
    with pytest.raises(kind) as info:
        run(source)
    line = 2 if body == "call-depth" else 6  # where the recursion, or the body, stands
    assert info.value.pos is not None and info.value.pos.line == line, info.value.pos
    if limit is not None:
        assert info.value.limit == limit  # type: ignore[attr-defined]


def test_a_failing_exit_still_replaces_a_scenario_error_as_in_python() -> None:
    # Python semantics: an exception raised by __exit__ replaces the body's ordinary exception.
    runtime = run("try:\n    with tf.Session():\n        1/0\n"
                  "except IndexError as e:\n    print('caught', e)\n")
    assert runtime.stdout == "caught pop from empty list\n"


def test_nested_handlers_and_finally_cannot_resume_after_a_limit() -> None:
    source = ("for i in range(3):\n    try:\n        try:\n            with tf.Session():\n"
              "                'a' * 10**10\n        finally:\n            pass\n    except:\n"
              "        continue\nprint('went on')\n")
    with pytest.raises(LimitError) as info:
        run(source)
    assert info.value.limit == "max-sequence-length" and info.value.pos.line == 5


def test_interactive_session_is_not_a_context_manager_as_in_tf(tmp_path: Any) -> None:
    # Recorded with TF 2.21 (tf.compat.v1): `with tf.InteractiveSession():` raises
    # TypeError: 'InteractiveSession' object does not support the context manager protocol
    from scopecli.load import load_scenario
    from scopecli.run import run_scenario

    path = tmp_path / "s.py"
    path.write_text("import tensorflow.compat.v1 as tf\nsess = tf.InteractiveSession()\ntry:\n"
                    "    with sess:\n        sess.close()\n        sess.close()\nexcept TypeError as e:\n"
                    "    print(e)\n", encoding="utf-8")
    result = run_scenario(load_scenario(str(path)))
    assert result.error is None
    assert result.stdout == "'InteractiveSession' object does not support the context manager protocol\n"
